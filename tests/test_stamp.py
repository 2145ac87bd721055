"""`kb stamp`: after a translator catches up with the English, the texts are current again."""

from __future__ import annotations

from pathlib import Path

from conftest import run_kb


def edit_english(glossary: Path) -> Path:
    entry = glossary / "entries" / "small-tier.yaml"
    entry.write_text(entry.read_text("utf-8").replace(
        "long: A longer text about", "long: An edited text about"), "utf-8")
    return entry


def test_an_english_edit_makes_translations_stale_until_stamped(minimal_glossary: Path) -> None:
    entry = edit_english(minimal_glossary)
    stale = run_kb("validate", "--strict", str(minimal_glossary))
    assert stale.code == 1 and stale.err.count("translation is stale") == 5
    before = entry.read_text("utf-8").splitlines()

    stamped = run_kb("stamp", str(entry), "--lang", "es", "--lang", "th")
    assert stamped.code == 0
    after = entry.read_text("utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert len(changed) == 2 and all("translated_from" in new for _, new in changed)
    still = run_kb("validate", "--strict", str(minimal_glossary))
    assert still.err.count("translation is stale") == 3


def test_stamping_a_one_line_block_keeps_it_on_one_line(minimal_glossary: Path) -> None:
    schemes = minimal_glossary / "schemes.yaml"
    schemes.write_text(schemes.read_text("utf-8").replace(
        "note: Two tiers.}", "note: Just two tiers.}"), "utf-8")
    lines = len(schemes.read_text("utf-8").splitlines())
    assert run_kb("stamp", str(schemes)).code == 0
    assert len(schemes.read_text("utf-8").splitlines()) == lines
    assert run_kb("validate", "--strict", str(minimal_glossary)).code == 0


def test_stamping_a_broken_file_says_why_and_fails(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", "utf-8")
    result = run_kb("stamp", str(broken))
    assert result.code == 1 and "not valid YAML" in result.err
    assert "Traceback" not in result.err
