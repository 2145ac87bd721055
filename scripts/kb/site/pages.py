"""Markdown for every generated page, one function per kind of page.

Each function takes the glossary and a language and returns (path, Markdown);
nothing here touches MkDocs, so tests can call them directly.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..languages import BY_CODE, CODES
from ..locale_format import fact_value, items
from ..tiers import format_range
from .chart import tier_chart
from .collation import index_buckets
from .markdown_text import Writer, entry_page, escape_md
from .structured_data import defined_term, faq_page, script_tag

Page = tuple[str, str]


def front_matter(title: str, description: str | None = None) -> str:
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
    if description:
        lines.append(f"description: {json.dumps(description, ensure_ascii=False)}")
    return "\n".join([*lines, "---", ""])


def source_link(w: Writer, source_id: str, section_id: str | None = None) -> str:
    source = w.glossary["sources"][source_id]
    label = escape_md(source["title"])
    link = f"[{label}]({w.link_to('sources.md', source_id)})"
    if section_id:
        heading = next(s["heading"] for s in source["sections"] if s["id"] == section_id)
        link += f", § {escape_md(heading)}"
    return link


def citations(w: Writer, cites: list[dict[str, str]]) -> str:
    return "\n".join(f"- {source_link(w, c['source'], c['section'])}" for c in cites)


def entry_list(w: Writer, ids: list[str]) -> str:
    lines = []
    for entry_id in ids:
        block, _ = w.block(w.glossary["entries"][entry_id])
        lines.append(f"- {w.term_link(entry_id, block['name'], None)}: {w.text(block['short'])}")
    return "\n".join(lines)


def ranges_for(glossary: dict[str, Any], entry_id: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [
        (scheme, tier)
        for scheme in glossary["schemes"].values()
        for tier in scheme["tiers"]
        if tier["entry"] == entry_id
    ]


def scheme_name(w: Writer, scheme: dict[str, Any]) -> str:
    block, _ = w.block(scheme)
    return w.plain(block["name"])


def range_text(w: Writer, tier: dict[str, Any]) -> str:
    text = format_range(tier, w.code)
    if tier["typical"]:
        typical = tier["typical"]
        text += " (" + w.words["typical"].format(
            min=w.plain(f"{{n:{typical['min']}}}"), max=w.plain(f"{{n:{typical['max']}}}")) + ")"
    return text


def render_entry(glossary: dict[str, Any], code: str, entry_id: str) -> Page:
    path = entry_page(entry_id)
    w = Writer(glossary, code, path)
    entry = glossary["entries"][entry_id]
    block, fallback = w.block(entry)
    words = w.words
    out = [front_matter(block["name"], w.plain(block["short"]))]
    out.append(f"# {escape_md(block['name'])} {{#{entry_id}}}\n")
    out.append(script_tag(defined_term(glossary, entry_id, code)) + "\n")
    if fallback:
        out.append(w.fallback_notice() + "\n")
    kind = words["kind_tier"] if entry["type"] == "tier" else words["kind_term"]
    tags = " · ".join(words.get(f"tag_{tag}", tag) for tag in entry["tags"] if tag != "tier")
    out.append(f'<p class="kb-meta">{html.escape(kind)} · {html.escape(tags)}</p>\n')
    if block["alt_names"]:
        names = " · ".join(escape_md(name) for name in block["alt_names"])
        if fallback:
            names = f'<span lang="en">{names}</span>'
        out.append(f"**{words['also_called']}:** {names}\n")
    out.append(f"## {words['definition']} {{#definition}}\n")
    out.append(w.in_english(w.text(block["short"]), fallback) + "\n")
    out.append(f"## {words['explanation']} {{#explanation}}\n")
    out.append(w.in_english(w.text(block["long"]), fallback) + "\n")

    placed = ranges_for(glossary, entry_id)
    disagreements = [d for d in glossary["disagreements"].values() if d["entry"] == entry_id]
    if placed or entry["type"] == "tier":
        out.append(f"## {words['follower_ranges']} {{#follower-ranges}}\n")
        if placed:
            out.append(f"| {words['sources']} | {words['range_column']} |\n|---|---|")
            for scheme, tier in placed:
                link = f"[{escape_md(scheme_name(w, scheme))}]({w.link_to('tiers.md', scheme['id'])})"
                out.append(f"| {link} | {escape_md(range_text(w, tier))} |")
            out.append("")
        else:
            out.append(words["no_ranges"] + "\n")
        for item in disagreements:
            text_block, text_fallback = w.block(item)
            body = w.in_english(w.text(text_block["text"]), text_fallback)
            out.append(f'!!! warning "{words["tiers_disagree"]}"\n\n' + _indent(body) + "\n")

    facts = [f for f in glossary["facts"].values() if entry_id in f["entries"]]
    if facts:
        out.append(f"## {words['facts']} {{#facts}}\n")
        for fact in facts:
            out.append(f"- {fact_text(w, fact)}")
        out.append("")
    for key, anchor, label in (("broader", "broader", "broader"),
                               ("narrower", "narrower", "narrower"),
                               ("related", "related", "related")):
        if entry[key]:
            out.append(f"## {words[label]} {{#{anchor}}}\n")
            out.append(entry_list(w, entry[key]) + "\n")
    out.append(f"## {words['sources']} {{#sources}}\n")
    out.append(citations(w, entry["sources"]) + "\n")
    out.append(f"## {words['cite_heading']} {{#cite}}\n")
    out.append(words["cite_text"] + "\n")
    out.append(f"<code class=\"kb-cite\">/{BY_CODE[code].code}/glossary/{entry_id}/</code>\n"
               if code != "en" else f"<code class=\"kb-cite\">/glossary/{entry_id}/</code>\n")
    return path, "\n".join(out)


def fact_text(w: Writer, fact: dict[str, Any]) -> str:
    block, fallback = w.block(fact)
    text = block["text"]
    if fact["value"] is not None:
        text = text.replace("{value}", fact_value(fact["value"], fact["unit"], w.code))
    cites = "; ".join(source_link(w, c["source"], c["section"]) for c in fact["sources"])
    body = w.text(text)
    if fallback:
        body = f'<span lang="en">{body}</span>'
    return f"{body} ({cites})"


def start_page(
    glossary: dict[str, Any], code: str, path: str, title: str, anchor: str, intro: str
) -> tuple[Writer, list[str]]:
    """A page's writer, and its first lines: front matter, heading and introduction."""
    w = Writer(glossary, code, path)
    words = w.words
    return w, [front_matter(words[title]), f"# {words[title]} {{#{anchor}}}\n",
               words[intro] + "\n"]


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.split("\n"))


def render_glossary_index(glossary: dict[str, Any], code: str) -> Page:
    path = "glossary/index.md"
    w, out = start_page(glossary, code, path, "nav_glossary", "glossary", "glossary_intro")
    words = w.words
    tags = sorted({tag for entry in glossary["entries"].values() for tag in entry["tags"]})
    buttons = [f'<button type="button" data-filter="" aria-pressed="true">'
               f'{html.escape(words["filter_all"])}</button>']
    for tag in tags:
        buttons.append(f'<button type="button" data-filter="{tag}" aria-pressed="false">'
                       f'{html.escape(words.get(f"tag_{tag}", tag))}</button>')
    out.append(f'<div class="kb-filter" role="group" aria-label="{html.escape(words["filter_label"])}">'
               + "".join(buttons) + "</div>\n")
    names = {entry_id: w.name(entry_id) for entry_id in glossary["entries"]}
    out.append('<div class="kb-index" markdown>')
    for label, entry_ids in index_buckets(names, code):
        out.append(f'<section class="kb-letter" markdown>\n\n### {escape_md(label)}\n')
        out.append('<ul class="kb-index-list">')
        for entry_id in entry_ids:
            entry = glossary["entries"][entry_id]
            block, fallback = w.block(entry)
            href = f"{entry_id}/"
            lang = ' lang="en"' if fallback else ""
            out.append(
                f'<li data-tags="{" ".join(entry["tags"])}" data-type="{entry["type"]}"{lang}>'
                f'<a href="{href}">{html.escape(block["name"])}</a> '
                f'<span class="kb-short">{html.escape(w.plain(block["short"]))}</span></li>')
        out.append("</ul>\n\n</section>")
    out.append("</div>\n")
    out.append('<script src="../../assets/kb/glossary-filter.js" defer></script>'
               if code != "en" else '<script src="../assets/kb/glossary-filter.js" defer></script>')
    return path, "\n".join(out)


def tier_rows(glossary: dict[str, Any]) -> list[str]:
    """Tier concepts in ladder order: by the lowest count any scheme gives them."""
    lowest: dict[str, tuple[int, int]] = {}
    for scheme in glossary["schemes"].values():
        for tier in scheme["tiers"]:
            rank = glossary["entries"][tier["entry"]]["tier_rank"] or 0
            key = (tier["min"], rank)
            lowest[tier["entry"]] = min(lowest.get(tier["entry"], key), key)
    return sorted(lowest, key=lambda entry_id: lowest[entry_id])


def render_tiers(glossary: dict[str, Any], code: str) -> Page:
    path = "tiers.md"
    w, out = start_page(glossary, code, path, "nav_tiers", "tiers", "tiers_intro")
    words = w.words
    schemes = list(glossary["schemes"].values())
    out.append(f"## {words['tiers_disagree']} {{#disagreements}}\n")
    for item in glossary["disagreements"].values():
        block, fallback = w.block(item)
        out.append(w.in_english(w.text(block["text"]), fallback) + "\n")
    with_numbers = {s for scheme in schemes for s in scheme["sources"]}
    without = [glossary["sources"][s]["title"] for s in glossary["sources"] if s not in with_numbers]
    if without:
        out.append(words["tiers_no_numbers"].format(sources=items(without, code)) + "\n")

    header = [words["tier_column"], *(scheme_name(w, s) for s in schemes)]
    out.append("| " + " | ".join(escape_md(h) for h in header) + " |")
    out.append("|" + "---|" * len(header))
    for entry_id in tier_rows(glossary):
        cells = [w.term_link(entry_id, w.name(entry_id), None)]
        for scheme in schemes:
            tier = next((t for t in scheme["tiers"] if t["entry"] == entry_id), None)
            cells.append(escape_md(range_text(w, tier)) if tier else "—")
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out.append(f"## {words['tiers_chart']} {{#chart}}\n")
    out.append(tier_chart(glossary, code) + "\n")

    out.append(f"## {words['lookup_heading']} {{#lookup}}\n")
    out.append(lookup_widget(w, schemes))

    out.append(f"## {words['tiers_schemes']} {{#schemes}}\n")
    for scheme in schemes:
        block, fallback = w.block(scheme)
        out.append(f"### {escape_md(w.plain(block['name']))} {{#{scheme['id']}}}\n")
        out.append(w.in_english(w.text(block["note"]), fallback) + "\n")
        out.append(f"| {words['tier_column']} | {words['range_column']} | {words['sources']} |")
        out.append("|---|---|---|")
        for tier in scheme["tiers"]:
            cite = source_link(w, tier["cite"]["source"], tier["cite"]["section"])
            out.append(f"| {w.term_link(tier['entry'], w.name(tier['entry']), None)} | "
                       f"{escape_md(range_text(w, tier))} | {cite} |")
        out.append("")
    return path, "\n".join(out)


def lookup_data(w: Writer, schemes: list[dict[str, Any]]) -> dict[str, Any]:
    """What the in-page lookup needs: the scheme data as exported, names in this language."""
    words = w.words
    return {
        "locale": w.code,
        "labels": {key: words[key] for key in
                   ("lookup_below", "lookup_above", "lookup_gap", "lookup_invalid", "followers")},
        "schemes": [
            {
                "id": scheme["id"],
                "name": scheme_name(w, scheme),
                "tiers": [
                    {**{k: tier[k] for k in ("entry", "min", "min_inclusive", "max",
                                             "max_inclusive")},
                     "name": w.name(tier["entry"]),
                     "range": range_text(w, tier),
                     "href": f"../glossary/{tier['entry']}/"}
                    for tier in scheme["tiers"]
                ],
            }
            for scheme in schemes
        ],
    }


def lookup_widget(w: Writer, schemes: list[dict[str, Any]]) -> str:
    words = w.words
    data = json.dumps(lookup_data(w, schemes), ensure_ascii=False).replace("</", "<\\/")
    asset = "../assets/kb/tier-lookup.js" if w.code == "en" else "../../assets/kb/tier-lookup.js"
    return "\n".join([
        '<form class="kb-lookup" id="kb-lookup" novalidate>',
        f'<label for="kb-followers">{html.escape(words["lookup_label"])}</label> ',
        '<input id="kb-followers" name="followers" type="text" inputmode="numeric" '
        'autocomplete="off" required> ',
        f'<button type="submit" class="md-button md-button--primary">'
        f'{html.escape(words["lookup_button"])}</button>',
        '<output id="kb-lookup-result" for="kb-followers" aria-live="polite"></output>',
        '</form>',
        f'<script type="application/json" id="kb-lookup-data">{data}</script>',
        f'<script src="{asset}" defer></script>',
        "",
    ])


def render_faq(glossary: dict[str, Any], code: str) -> Page:
    path = "faq.md"
    w, out = start_page(glossary, code, path, "nav_faq", "faq", "faq_intro")
    words = w.words
    out.insert(2, script_tag(faq_page(glossary, code)) + "\n")
    for faq_id, item in sorted(glossary["faq"].items(), key=lambda kv: kv[1]["order"]):
        block, fallback = w.block(item)
        out.append(f"## {escape_md(w.plain(block['question']))} {{#{faq_id}}}\n")
        out.append(w.in_english(w.text(block["answer"]), fallback) + "\n")
        if item["entries"]:
            links = ", ".join(w.term_link(e, w.name(e), None) for e in item["entries"])
            out.append(f'<p class="kb-meta">{html.escape(words["faq_entries"])}:</p>\n\n{links}\n')
        cites = "; ".join(source_link(w, c["source"], c["section"]) for c in item["sources"])
        out.append(f'<p class="kb-meta">{html.escape(words["sources"])}:</p>\n\n{cites}\n')
    return path, "\n".join(out)


def render_sources(glossary: dict[str, Any], code: str) -> Page:
    path = "sources.md"
    w, out = start_page(glossary, code, path, "nav_sources", "sources", "sources_intro")
    words = w.words
    for source_id, source in glossary["sources"].items():
        out.append(f"## {escape_md(source['title'])} {{#{source_id}}}\n")
        rows = [
            (words["source_language"], words[f"lang_{source['language']}"]),
            (words["source_publisher"], source["publisher"] or words["source_not_stated"]),
            (words["source_published"], source["published"] or words["source_not_stated"]),
        ]
        if source["same_content_as"]:
            same = glossary["sources"][source["same_content_as"]]["title"]
            rows.append((words["source_same_as"],
                         f"[{escape_md(same)}](#{source['same_content_as']})"))
        out.append("\n".join(f"- **{label}:** {value}" for label, value in rows) + "\n")
        citing = sorted(
            (entry_id for entry_id, entry in glossary["entries"].items()
             if any(c["source"] == source_id for c in entry["sources"])),
            key=lambda entry_id: w.name(entry_id))
        if citing:
            links = ", ".join(w.term_link(e, w.name(e), None) for e in citing)
            out.append(f"**{words['source_cited_by']}:** {links}\n")
    return path, "\n".join(out)


def all_pages(glossary: dict[str, Any], code: str) -> list[Page]:
    pages = [render_entry(glossary, code, entry_id) for entry_id in glossary["entries"]]
    pages += [render_glossary_index(glossary, code), render_tiers(glossary, code),
              render_faq(glossary, code), render_sources(glossary, code)]
    return pages


__all__ = ["CODES", "all_pages"]
