"""A site built from a small fixture glossary: redirects, fallbacks, hostile texts."""

from __future__ import annotations

import pytest

from conftest import HOSTILE_ALT, HOSTILE_NAME
from kb.labels import labels
from kb.languages import CODES, url_prefix

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("code", CODES)
def test_a_former_id_redirects_to_the_current_entry(page, fixture_site, code) -> None:
    base = f"{fixture_site.url}/{url_prefix(code)}glossary/"
    page.goto(f"{base}little-tier/#definition")
    page.wait_for_url(f"{base}small-tier/#definition")
    assert page.locator("html").get_attribute("lang") == code


def test_the_sitemap_lists_current_pages_with_alternates_not_former_ids(fixture_site) -> None:
    sitemap = (fixture_site.path / "sitemap.xml").read_text("utf-8")
    assert "little-tier" not in sitemap
    entry = f"{fixture_site.url}/th/glossary/small-tier/"
    assert f"<loc>{entry}</loc>" in sitemap
    assert f'hreflang="x-default" href="{fixture_site.url}/glossary/small-tier/"' in sitemap


def test_a_former_id_that_collides_is_rejected(minimal_glossary) -> None:
    from conftest import run_kb

    entry = minimal_glossary / "entries" / "big-tier.yaml"
    entry.write_text(entry.read_text("utf-8").replace(
        "tags: [tier]", "former_ids: [small-tier]\ntags: [tier]"), "utf-8")
    result = run_kb("validate", str(minimal_glossary))
    assert result.code == 1 and "former id 'small-tier'" in result.err


def test_a_missing_translation_falls_back_to_english_with_a_notice(page, fixture_site) -> None:
    page.goto(f"{fixture_site.url}/th/glossary/small-tier/")
    assert page.locator("html").get_attribute("lang") == "th"
    notice = page.locator(".kb-fallback")
    assert notice.inner_text() == labels("th")["fallback_notice"]
    english = page.locator('[lang="en"]', has_text="A longer text about the small-tier")
    assert english.count() == 1
    assert "10,000" in english.inner_text()  # the English text, formatted the English way


def test_a_complete_translation_shows_no_notice(page, fixture_site) -> None:
    page.goto(f"{fixture_site.url}/de/glossary/small-tier/")
    assert page.locator(".kb-fallback").count() == 0
    assert "10.000" in page.locator("#explanation + p").inner_text()


def test_an_untranslated_hand_written_page_falls_back_with_a_notice(page, fixture_site) -> None:
    page.goto(f"{fixture_site.url}/it/")
    assert page.locator(".kb-fallback").inner_text() == labels("it")["fallback_notice"]
    assert page.locator("html").get_attribute("lang") == "it"


@pytest.mark.parametrize("path", ["glossary/big-tier/", "glossary/", "", "tiers/", "faq/"])
@pytest.mark.parametrize("code", ["en", "th"])
def test_hostile_texts_stay_inert(browser, fixture_site, code, path) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{fixture_site.url}/{url_prefix(code)}{path}")
    page.wait_for_load_state("networkidle")
    page.locator("#kb-search-input").fill("big")  # the search list renders names too
    page.mouse.move(5, 5)
    for link in page.locator("article a").all():
        link.hover()
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
        ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))")
    inline_code = page.evaluate(  # executable inline scripts only, not JSON data islands
        "() => [...document.scripts].filter(s => !s.src && (!s.type || /javascript|module/"
        ".test(s.type))).map(s => s.textContent).join(' ')")
    context.close()
    assert dialogs == []
    assert handlers == []
    assert "alert(" not in inline_code


def test_hostile_text_is_shown_as_text(page, fixture_site) -> None:
    page.goto(f"{fixture_site.url}/glossary/big-tier/")
    heading = page.evaluate(
        "() => { const h = document.querySelector('h1').cloneNode(true);"
        " h.querySelectorAll('.headerlink').forEach(e => e.remove()); return h.textContent; }")
    assert heading.strip() == HOSTILE_NAME.replace("&lt;", "<").replace("&gt;", ">")
    assert HOSTILE_ALT in page.locator("article").inner_text()
