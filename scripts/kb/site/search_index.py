"""The name index behind the site's search box, one small JSON file per language.

Readers type any name of an entry, in any of the six languages, including
parts of unspaced Thai and Chinese words. Full-text engines need word
segmentation for those (see shared/notes/toolchain.md); names are few and
short, so the browser matches substrings of every name directly, and results
are shown in the reader's language.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from ..inline import render_plain
from ..tiers import text_in


def normalise(text: str) -> str:
    """What both sides of a match are reduced to: NFKC, lower case, no spaces or dashes.

    Kept identical to `normalise` in kb-search.js; tests check both.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not (ch.isspace() or ch in "-‐‑–—_·・.\u200b"))


def search_index(glossary: dict[str, Any], code: str) -> dict[str, Any]:
    entries = []
    for entry_id, entry in glossary["entries"].items():
        own = text_in(entry["texts"], code)
        keys: list[str] = []
        for block in entry["texts"].values():
            for name in (block["name"], *block.get("alt_names", [])):
                key = normalise(name)
                if key and key not in keys:
                    keys.append(key)
        if normalise(entry_id) not in keys:
            keys.append(normalise(entry_id))
        entries.append({
            "id": entry_id,
            "name": own["name"],
            "short": render_plain(own["short"], glossary, code),
            "url": f"glossary/{entry_id}/",
            "keys": keys,
        })
    questions = []
    for faq_id, item in sorted(glossary["faq"].items(), key=lambda kv: kv[1]["order"]):
        question = render_plain(text_in(item["texts"], code)["question"], glossary, code)
        questions.append({"id": faq_id, "name": question, "url": f"faq/#{faq_id}",
                          "keys": [normalise(question)]})
    return {"entries": entries, "faq": questions}


def search_index_json(glossary: dict[str, Any], code: str) -> str:
    return json.dumps(search_index(glossary, code), ensure_ascii=False, separators=(",", ":"))
