"""MkDocs hooks: a thin adapter between MkDocs events and kb.site functions.

Loaded by path from mkdocs.yml, so imports are absolute. mkdocs-static-i18n
runs one MkDocs build per language, nested inside the first one; events fire
for each, and `_i18n(config).building` tells the nested ones apart.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from kb.exporters.common import SITE_URL
from kb.labels import labels
from kb.site import publish, session
from kb.site.generate import generate
from kb.validate import validate

ROOT = Path(__file__).resolve().parents[3]
_state: dict[str, Any] = {}


def _source(name: str) -> Path:
    """glossary/ and docs/ of the project, or other ones for a test build (KB_GLOSSARY, KB_DOCS)."""
    return Path(os.environ.get(f"KB_{name.upper()}", ROOT / name))


def _i18n(config: MkDocsConfig) -> Any:
    return config.plugins["i18n"]


def _language(config: MkDocsConfig) -> str:
    return _i18n(config).current_language


# After static-i18n (-100) has switched the config to the language being built:
# the site's name comes from docs/labels.yaml like every other interface string,
# and its address from kb (one source for pages, sitemap and exports).
@event_priority(-200)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.site_name = labels(_language(config))["site_name"]
    config.site_url = SITE_URL
    return config


# Once per build (not per language): validate the glossary (unless `kb build` just
# did), write the pages, and start the data exports in another process so they
# are ready when MkDocs is done. A glossary with errors stops the build first.
def on_pre_build(config: MkDocsConfig) -> None:
    if _i18n(config).building:
        return
    glossary = session.take()
    one_off = glossary is not None  # handed over by `kb build`, not a `kb serve` rebuild
    if glossary is None:
        loaded = validate(_source("glossary"))
        errors = [p for p in loaded.problems if p.severity == "error"]
        if errors:
            raise PluginError("the glossary has errors:\n" + "\n".join(map(str, errors)))
        glossary = loaded.glossary
    problems = generate(glossary, _source("docs"), Path(config.docs_dir))
    if problems:
        raise PluginError("\n".join(map(str, problems)))
    _state["glossary"] = glossary
    _state["api"] = publish.start_api(glossary, background=one_off)


# hreflang alternates (absolute, with x-default) and the page's language, for
# the templates in theme/.
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any):
    code = _language(config)
    context["kb"] = publish.page_context(config.site_url or "", code, page.url)
    return context


# After the last language is built: the files that span languages.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    if _i18n(config).building:
        return
    publish.finish_site(_state["glossary"], Path(config.site_dir), config.site_url or "",
                        _state.pop("api"))
