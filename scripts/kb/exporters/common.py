"""What every export shares: where concepts live on the web, and plain-text rendering."""

from __future__ import annotations

import os
from typing import Any

from ..inline import render_plain
from ..languages import url_prefix

# Where the site is published; every absolute URL (hreflang, sitemap, SKOS and
# TBX identifiers, JSON-LD) derives from it. Set KB_SITE_URL when deploying.
SITE_URL = os.environ.get("KB_SITE_URL", "https://influencer-tiers.example/").rstrip("/") + "/"
API_PATH = "api/v1/"


def page_url(path: str, code: str = "en") -> str:
    """Absolute address of a page (`faq/`, `glossary/x/`, `tiers/#ladder`) in a language."""
    return f"{SITE_URL}{url_prefix(code)}{path}"


def entry_url(entry_id: str, code: str = "en") -> str:
    """The stable address of an entry's page: also its identifier in SKOS and TBX."""
    return page_url(f"glossary/{entry_id}/", code)


def plain(glossary: dict[str, Any], text: str, code: str) -> str:
    return render_plain(text, glossary, code)


def citation_text(glossary: dict[str, Any], cite: dict[str, str]) -> str:
    source = glossary["sources"][cite["source"]]
    heading = next(s["heading"] for s in source["sections"] if s["id"] == cite["section"])
    return f"{source['title']} ({source['language']}), § {heading}"
