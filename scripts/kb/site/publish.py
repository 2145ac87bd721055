"""What the site needs beyond MkDocs' pages: alternates, 404s, redirects, data files."""

from __future__ import annotations

import gzip
import html
import json
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ..exporters.common import API_PATH
from ..labels import labels
from ..languages import CODES, DEFAULT, url_prefix


SCHEMA_FILE = Path(__file__).resolve().parents[3] / "glossary" / "schema" / "export.schema.json"


def language_path(code: str, url: str) -> str:
    """`glossary/x/` of language `code` -> its path from the site root."""
    return f"{url_prefix(code)}{url}"


def strip_language(url: str) -> str:
    for code in CODES:
        prefix = url_prefix(code)
        if prefix and url.startswith(prefix):
            return url[len(prefix):]
    return url


def page_context(site_url: str, code: str, page_url: str) -> dict[str, Any]:
    neutral = strip_language(page_url)
    base = site_url.rstrip("/") + "/"
    alternates = [(other, base + language_path(other, neutral)) for other in CODES]
    depth = neutral.count("/")
    return {
        "lang": code,
        "alternates": alternates,
        "x_default": base + language_path(DEFAULT, neutral),
        "root": "../" * depth or "./",
        "labels": labels(code),
    }


def not_found_page() -> str:
    """One 404 page for every language: the message shown matches the address's language."""
    sections = []
    for code in CODES:
        words = labels(code)
        home = "/" + url_prefix(code)
        hidden = "" if code == DEFAULT else " hidden"
        sections.append(
            f'<section lang="{code}" data-lang="{code}"{hidden}>'
            f"<h1>{html.escape(words['not_found_title'])}</h1>"
            f"<p>{html.escape(words['not_found_text'])}</p>"
            f'<p><a href="{home}">{html.escape(words["not_found_home"])}</a></p></section>')
    codes = [c for c in CODES if c != DEFAULT]
    script = (
        "<script>(function(){var m=location.pathname.match(/^\\/(" + "|".join(codes)
        + ")\\//);if(!m)return;var s=document.querySelectorAll('section[data-lang]');"
        "for(var i=0;i<s.length;i++){s[i].hidden=s[i].dataset.lang!==m[1];}"
        "document.documentElement.lang=m[1];document.title=s.length&&"
        "document.querySelector('section[data-lang=\"'+m[1]+'\"] h1').textContent;})();</script>")
    en = labels(DEFAULT)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{html.escape(en['not_found_title'])}</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;"
        "padding:0 1rem;line-height:1.5}</style></head><body>"
        + "".join(sections) + script + "</body></html>\n")


def redirect_page(target: str, words: dict[str, str], code: str) -> str:
    """A static redirect that keeps the #fragment (meta refresh alone would drop it)."""
    safe = html.escape(target, quote=True)
    return (
        f'<!doctype html><html lang="{code}"><head><meta charset="utf-8">'
        f'<title>{html.escape(words["redirect_text"])}</title>'
        f'<link rel="canonical" href="{safe}">'
        f'<meta http-equiv="refresh" content="0; url={safe}">'
        f"<script>location.replace({json.dumps(target)} + location.hash)</script>"
        f'</head><body><p><a href="{safe}">{html.escape(words["redirect_text"])}</a></p>'
        "</body></html>\n")


def write_redirects(glossary: dict[str, Any], site: Path) -> list[Path]:
    """Every former id's address, in every language, leads to the entry's current page."""
    written = []
    for entry_id, entry in glossary["entries"].items():
        for former in entry["former_ids"]:
            for code in CODES:
                folder = site / url_prefix(code) / "glossary" / former
                folder.mkdir(parents=True, exist_ok=True)
                page = folder / "index.html"
                page.write_text(redirect_page(f"../{entry_id}/", labels(code), code),
                                encoding="utf-8")
                written.append(page)
    return written


def neutral_pages(site: Path, redirects: set[Path]) -> list[str]:
    """Language-neutral paths of the English pages (each exists in every language)."""
    others = {url_prefix(code).rstrip("/") for code in CODES if code != DEFAULT}
    pages = []
    for page in sorted(site.rglob("index.html")):
        relative = page.parent.relative_to(site).as_posix()
        if relative.split("/", 1)[0] in others or page in redirects:
            continue
        pages.append("" if relative == "." else relative + "/")
    return pages


def sitemap(site_url: str, pages: list[str]) -> str:
    """Pages with their alternates and x-default; no dates, so builds are reproducible."""
    base = site_url.rstrip("/") + "/"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for neutral in pages:
        links = [f'<xhtml:link rel="alternate" hreflang="{code}" '
                 f'href="{base}{language_path(code, neutral)}"/>' for code in CODES]
        links.append(f'<xhtml:link rel="alternate" hreflang="x-default" '
                     f'href="{base}{language_path(DEFAULT, neutral)}"/>')
        for code in CODES:
            lines.append(f"<url><loc>{base}{language_path(code, neutral)}</loc>"
                         + "".join(links) + "</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap(site: Path, site_url: str, redirects: set[Path]) -> None:
    """One sitemap of the whole site at the root of every language, and a small one
    beside every page.

    Material's language switcher fetches `sitemap.xml` relative to each
    `<link rel="alternate" hreflang>` of a page, so a page-level hreflang would
    cost a 404 per language on every page view without the small ones.
    """
    pages = neutral_pages(site, redirects)
    whole = sitemap(site_url, pages)
    for code in CODES:
        folder = site / url_prefix(code)
        (folder / "sitemap.xml").write_text(whole, encoding="utf-8")
        with gzip.GzipFile(folder / "sitemap.xml.gz", "wb", mtime=0) as compressed:
            compressed.write(whole.encode("utf-8"))
        for neutral in pages:
            if neutral:
                (folder / neutral / "sitemap.xml").write_text(
                    sitemap(site_url, [neutral]), encoding="utf-8")


def finish_site(glossary: dict[str, Any], site: Path, site_url: str, api: Future) -> None:
    (site / "404.html").write_text(not_found_page(), encoding="utf-8")
    for code in CODES:
        stray = site / url_prefix(code) / "404.html"
        if code != DEFAULT and stray.exists():
            stray.unlink()
    redirects = set(write_redirects(glossary, site))
    for name, text in api.result().items():
        target = site / API_PATH / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    write_sitemap(site, site_url, redirects)


def start_api(glossary: dict[str, Any], background: bool) -> Future:
    """Produce the data files, in a second process while MkDocs builds the pages when
    `background` (a one-off build; `kb serve` runs threads, which fork does not mix with)."""
    if not background:
        done: Future = Future()
        done.set_result(api_files(glossary))
        return done
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(api_files, glossary)
    pool.shutdown(wait=False)
    return future


def api_files(glossary: dict[str, Any]) -> dict[str, str]:
    """The versioned data files other tools read (see the integrators page), by path."""
    from ..exporters import export
    from ..exporters.json_export import entry_json

    files = {
        "glossary.json": export(glossary, "json"),
        "glossary.tbx": export(glossary, "tbx"),
        "glossary.skos.jsonld": export(glossary, "skos"),
        "glossary.ttl": export(glossary, "turtle"),
        "glossary.csv": export(glossary, "csv"),
        "glossary.schema.json": SCHEMA_FILE.read_text(encoding="utf-8"),
    }
    for entry_id in glossary["entries"]:
        files[f"entries/{entry_id}.json"] = entry_json(glossary, entry_id)
    return files
