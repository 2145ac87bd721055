"""The repository's own files: lint-clean code and YAML, a complete glossary."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, run_kb


def test_python_code_is_ruff_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "scripts", "tests", "bench"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_glossary_yaml_passes_yamllint() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", ".yamllint.yaml", "-f", "parsable",
         "glossary", "docs/labels.yaml"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_glossary_is_complete_in_all_six_languages() -> None:
    """Strict: no error, no missing, unstamped or stale translation."""
    result = run_kb("validate", "--strict", "--report")
    assert result.code == 0, result.err
    complete = next(line for line in result.out.splitlines() if line.startswith("complete"))
    totals = complete.split()[1:]
    assert len(set(totals)) == 1 and totals[0].split("/")[0] == totals[0].split("/")[1]


def test_interface_strings_exist_in_every_language() -> None:
    import yaml

    labels = yaml.safe_load((ROOT / "docs" / "labels.yaml").read_text("utf-8"))
    keys = set(labels["en"])
    for code, strings in labels.items():
        assert set(strings) == keys, code


def test_hand_written_pages_exist_in_every_language() -> None:
    from kb.languages import CODES

    english = sorted(p.name for p in (ROOT / "docs" / "en").glob("*.md"))
    for code in CODES:
        assert sorted(p.name for p in (ROOT / "docs" / code).glob("*.md")) == english, code
