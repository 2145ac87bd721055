"""The site as a reader meets it, in Debian's chromium: pages, switcher, lookup, 404."""

from __future__ import annotations

import re

import pytest

from conftest import run_kb
from kb.languages import CODES, url_prefix
from kb.tiers import place

pytestmark = pytest.mark.browser


def heading(page) -> str:
    """The page's h1 as a reader reads it (without the ¶ permalink)."""
    return page.evaluate(
        "() => { const h = document.querySelector('h1').cloneNode(true);"
        " h.querySelectorAll('.headerlink').forEach(e => e.remove());"
        " return h.textContent.trim(); }")


def entry_url(base: str, code: str, entry_id: str) -> str:
    return f"{base}/{url_prefix(code)}glossary/{entry_id}/"


@pytest.mark.parametrize("code", CODES)
def test_every_entry_page_opens_in_its_language(page, site_url, glossary, code) -> None:
    for entry_id, entry in glossary["entries"].items():
        response = page.goto(entry_url(site_url, code, entry_id))
        assert response.status == 200, entry_id
        assert page.locator("html").get_attribute("lang") == code
        expected = entry["texts"].get(code, entry["texts"]["en"])["name"]
        assert heading(page) == expected


@pytest.mark.parametrize("code", CODES)
def test_language_switcher_leads_to_the_same_entry(page, site_url, glossary, code) -> None:
    entry_id = "micro-influencer"
    for target in CODES:
        if target == code:
            continue
        page.goto(entry_url(site_url, code, entry_id))
        page.locator(".md-header__option .md-select").hover()
        page.locator(f'.md-select__link[hreflang="{target}"]').click()
        page.wait_for_load_state()
        assert page.url == entry_url(site_url, target, entry_id)
        assert page.locator("html").get_attribute("lang") == target
        name = glossary["entries"][entry_id]["texts"][target]["name"]
        assert heading(page) == name


def boundary_counts(glossary: dict) -> list[int]:
    """Both sides of every boundary of every scheme, from the YAML."""
    counts: set[int] = set()
    for scheme in glossary["schemes"].values():
        for tier in scheme["tiers"]:
            for bound in (tier["min"], tier["max"]):
                if bound is not None:
                    counts.update(n for n in (bound - 1, bound, bound + 1) if n >= 0)
    return sorted(counts)


def lookup_in_page(page, count: int) -> dict[str, tuple[str, str | None]]:
    page.fill("#kb-followers", str(count))
    items = page.locator("#kb-lookup-result li")
    items.first.wait_for()
    return {
        items.nth(i).get_attribute("data-scheme"): (
            items.nth(i).get_attribute("data-status"), items.nth(i).get_attribute("data-tier"))
        for i in range(items.count())
    }


@pytest.mark.parametrize("code", ["en", "th"])
def test_tier_lookup_gives_the_tier_on_both_sides_of_every_boundary(
    page, site_url, glossary, code
) -> None:
    page.goto(f"{site_url}/{url_prefix(code)}tiers/")
    for count in boundary_counts(glossary):
        shown = lookup_in_page(page, count)
        for scheme_id, scheme in glossary["schemes"].items():
            expected = place(scheme, count)
            tier = expected.tier["entry"] if expected.tier else None
            assert shown[scheme_id] == (expected.status, tier), (count, scheme_id)


def test_tier_lookup_known_answers(page, site_url) -> None:
    """Fixed points from the sources themselves, independent of kb.tiers."""
    page.goto(f"{site_url}/tiers/")
    expectations = {
        9_999: {"tint": "nano-influencer", "de-classification": "micro-influencer",
                "th-article": "nano-influencer"},
        10_000: {"tint": "micro-influencer", "de-classification": "influencer",
                 "th-article": "micro-influencer"},
        100_000: {"tint": "micro-influencer", "de-classification": "macro-influencer",
                  "th-article": "micro-influencer"},
        1_500_001: {"de-classification": "celebrity"},
    }
    for count, tiers in expectations.items():
        shown = lookup_in_page(page, count)
        for scheme_id, entry_id in tiers.items():
            assert shown[scheme_id] == ("in", entry_id), (count, scheme_id)
    assert lookup_in_page(page, 999)["th-article"] == ("below", None)
    assert lookup_in_page(page, 100_001)["tint"] == ("above", None)


def test_tier_lookup_accepts_locale_formatted_numbers(page, site_url) -> None:
    page.goto(f"{site_url}/de/tiers/")
    assert lookup_in_page(page, "25.000")["de-classification"] == ("in", "influencer")


@pytest.mark.parametrize("count", [0, 999, 1000, 10000, 100001, 1500001])
def test_kb_lookup_command_agrees_with_the_schemes(glossary, count) -> None:
    from kb.labels import labels

    result = run_kb("lookup", str(count))
    assert result.code == 0
    for scheme in glossary["schemes"].values():
        placement = place(scheme, count)
        name = scheme["texts"]["en"]["name"]
        line = next(line for line in result.out.splitlines() if line.strip().startswith(name))
        if placement.tier:
            entry_name = glossary["entries"][placement.tier["entry"]]["texts"]["en"]["name"]
            assert f": {entry_name} (" in line
            assert placement.tier["cite"]["source"] in line
        else:
            assert labels("en")[f"lookup_{placement.status}"] in line


@pytest.mark.parametrize("code", CODES)
def test_missing_page_gives_the_404_in_the_readers_language(page, site_url, code) -> None:
    from kb.labels import labels

    response = page.goto(f"{site_url}/{url_prefix(code)}no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == code
    heading = page.locator("section:not([hidden]) h1")
    assert heading.inner_text() == labels(code)["not_found_title"]


def test_pages_load_nothing_missing_and_nothing_from_other_hosts(browser, site_url) -> None:
    context = browser.new_context()
    page = context.new_page()
    failures: list[str] = []
    page.on("response",
            lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("request", lambda r: failures.append(f"external {r.url}")
            if not r.url.startswith(site_url) and not r.url.startswith("data:") else None)
    for code in CODES:
        for path in ("", "tiers/", "glossary/", "faq/", "sources/", "glossary/kpi/"):
            page.goto(f"{site_url}/{url_prefix(code)}{path}")
            page.wait_for_load_state("networkidle")
    context.close()
    assert failures == []


def test_glossary_index_filters_by_tag(page, site_url, glossary) -> None:
    page.goto(f"{site_url}/glossary/")
    tiers = {e for e, entry in glossary["entries"].items() if "tier" in entry["tags"]}
    page.locator('.kb-filter button[data-filter="tier"]').click()
    visible = page.locator(".kb-index-list li:visible a")
    shown = {re.sub(r"/$", "", href).rsplit("/", 1)[-1]
             for href in visible.evaluate_all("els => els.map(e => e.getAttribute('href'))")}
    assert shown == tiers
