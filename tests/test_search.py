"""Search in a real browser: any name, any language, sub-words of Thai and Chinese.

The list of queries (search_queries.yaml) is the contract: each must return its
entry among the first three results, shown in the reader's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kb.languages import url_prefix
from kb.site.search_index import normalise

QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yaml").read_text("utf-8"))
CASES = [(code, case["query"], case["expect"]) for code, cases in QUERIES.items() for case in cases]


def test_every_language_has_at_least_five_queries_with_subwords_for_thai_and_chinese() -> None:
    for code, cases in QUERIES.items():
        assert len(cases) >= 5, code
    for code in ("th", "zh-Hant"):
        assert any(case.get("subword") for case in QUERIES[code]), code


def search(page, query: str) -> list[tuple[str, str]]:
    box = page.locator("#kb-search-input")
    box.click()
    box.fill(query)
    results = page.locator("#kb-search-results [role=option] a")
    results.first.wait_for(timeout=5000)
    return [(results.nth(i).get_attribute("href"), results.nth(i).locator("strong").inner_text())
            for i in range(min(3, results.count()))]


@pytest.mark.browser
@pytest.mark.parametrize(("code", "query", "expect"), CASES,
                         ids=[f"{c}-{q}" for c, q, _ in CASES])
def test_query_finds_its_entry_in_the_top_three(page, site_url, glossary, code, query, expect):
    page.goto(f"{site_url}/{url_prefix(code)}faq/")
    top = search(page, query)
    resolved = [page.evaluate("h => new URL(h, location.href).pathname", href) for href, _ in top]
    wanted = f"/{url_prefix(code)}glossary/{expect}/"
    assert wanted in resolved, (query, top)
    name = glossary["entries"][expect]["texts"][code]["name"]
    assert name in [shown for _, shown in top]  # shown in the reader's language


@pytest.mark.browser
def test_search_index_is_loaded_only_when_the_reader_searches(browser, site_url) -> None:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{site_url}/th/glossary/kpi/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in fetched if "kb-search.json" in url]
    search(page, "ไมโคร")
    assert [url for url in fetched if url.endswith("/th/kb-search.json")]
    assert not [url for url in fetched if "wordcut" in url or "lunr" in url]
    context.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("Micro-Influencer", "microinfluencer"),
    ("ｍｉｃｒｏ　influencer", "microinfluencer"),  # full-width letters and space (NFKC)
    ("ไมโคร อินฟลูเอนเซอร์", "ไมโครอินฟลูเอนเซอร์"),
])
def test_names_are_normalised_for_matching(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expect"), [
    # full-width, as a CJK keyboard types it
    ("ｍｉｃｒｏ　ｉｎｆｌｕｅｎｃｅｒ", "micro-influencer"),
    ("USER GENERATED CONTENT", "user-generated-content"),
    ("ไมโคร อินฟลูเอนเซอร์", "micro-influencer"),  # a space the name does not have
])
def test_typed_variants_of_a_name_still_match(page, site_url, query, expect) -> None:
    """The browser reduces queries the way the index was built (kb.site.search_index)."""
    page.goto(f"{site_url}/")
    hrefs = [page.evaluate("h => new URL(h, location.href).pathname", href)
             for href, _ in search(page, query)]
    assert f"/glossary/{expect}/" in hrefs
