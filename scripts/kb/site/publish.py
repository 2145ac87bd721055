"""What the site needs beyond MkDocs' pages: alternates, 404s, redirects, data files."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from ..labels import labels
from ..languages import CODES, DEFAULT, url_prefix


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


def finish_site(glossary: dict[str, Any], site: Path, site_url: str) -> None:
    (site / "404.html").write_text(not_found_page(), encoding="utf-8")
    for code in CODES:
        stray = site / url_prefix(code) / "404.html"
        if code != DEFAULT and stray.exists():
            stray.unlink()
