"""Quality gates on the built site: links and anchors, reproducibility, accessibility."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from conftest import BuiltSite, build, run_kb
from kb.languages import CODES, url_prefix
from kb.site.linkcheck import check_site


def test_every_internal_link_and_anchor_resolves(built_site: BuiltSite) -> None:
    report = check_site(built_site.path, built_site.url + "/")
    assert report.pages > 200 and report.links > 10_000
    assert report.broken == []
    # links to other hosts are listed, never loaded by a page (see test_site_browser)
    assert report.external == {"https://squidfunk.github.io/mkdocs-material/"}


def test_the_link_check_notices_a_broken_link_and_anchor(fixture_site, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(fixture_site.path, copy)
    page = copy / "glossary" / "small-tier" / "index.html"
    page.write_text(page.read_text("utf-8").replace(
        "<article", '<a href="../nope/">x</a><a href="../big-tier/#nowhere">y</a><article', 1),
        "utf-8")
    broken = check_site(copy, fixture_site.url + "/").broken
    assert len(broken) == 2
    assert any("no file" in b for b in broken) and any("no #nowhere" in b for b in broken)


def _tree_differences(left: Path, right: Path) -> list[str]:
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp, prefix: str) -> None:
        differences.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False)
        differences.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return differences


def test_two_builds_of_the_same_commit_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for target in (first, second):
        result = run_kb("build", "--site-dir", str(target))
        assert result.code == 0, result.err
    assert _tree_differences(first, second) == []


AXE_PAGES = ["", "tiers/", "faq/", "glossary/", "glossary/micro-influencer/"]


@pytest.mark.browser
@pytest.mark.parametrize("code", CODES)
def test_no_serious_accessibility_violations(browser, site_url, code) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context()
    page = context.new_page()
    found = []
    for path in AXE_PAGES:
        page.goto(f"{site_url}/{url_prefix(code)}{path}")
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                found.append(f"{path or 'home'}: {violation['id']} {targets}")
        assert page.locator("html").get_attribute("lang") == code
    context.close()
    assert found == []


def test_build_is_stopped_by_an_unknown_term_link_in_a_hand_written_page(tmp_path: Path):
    docs = tmp_path / "docs" / "en"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nSee [[no-such-entry]].\n", "utf-8")
    (docs / "integrators.md").write_text("# Integrators\n", "utf-8")
    result = run_kb("build", "--site-dir", str(tmp_path / "site"), "--docs", str(tmp_path / "docs"))
    assert result.code == 1
    assert "index.md:3" in result.err and "[[no-such-entry]]" in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "site").exists()  # nothing half-written


def test_a_glossary_with_errors_builds_nothing(tmp_path: Path, minimal_glossary: Path) -> None:
    entry = minimal_glossary / "entries" / "small-tier.yaml"
    entry.write_text(entry.read_text("utf-8").replace("related: [big-tier]", "related: [nope]"))
    site = tmp_path / "out"
    result = run_kb("build", "--site-dir", str(site), "--glossary", str(minimal_glossary))
    assert result.code == 1 and "unknown entry id 'nope'" in result.err
    assert not site.exists()


def test_build_keeps_the_previous_site_when_it_fails(tmp_path: Path, minimal_glossary: Path):
    site = build(tmp_path, minimal_glossary, Path(__file__).parent / "fixtures" / "site-docs")
    before = sorted(p.relative_to(site.path) for p in site.path.rglob("*"))
    entry = minimal_glossary / "entries" / "small-tier.yaml"
    entry.write_text(entry.read_text("utf-8").replace("related: [big-tier]", "related: [nope]"))
    result = run_kb("build", "--site-dir", str(site.path), "--glossary", str(minimal_glossary))
    assert result.code == 1
    assert sorted(p.relative_to(site.path) for p in site.path.rglob("*")) == before


def _heading_ids(page: Path) -> list[str]:
    from lxml import html

    tree = html.fromstring(page.read_bytes())
    return [h.get("id") for h in tree.xpath("//article//*[self::h1 or self::h2 or self::h3]")]


@pytest.mark.parametrize("path", ["faq", "tiers", "glossary/micro-influencer",
                                  "glossary/kpi", "integrators", ""])
def test_heading_anchors_are_the_same_in_every_language(site: Path, path: str) -> None:
    english = _heading_ids(site / path / "index.html")
    assert english and all(english)
    for code in CODES:
        assert _heading_ids(site / url_prefix(code) / path / "index.html") == english, code
