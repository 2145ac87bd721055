"""Every kind of malformed glossary file: exit 1, file and line named, no traceback.

Each fixture in fixtures/bad/ replaces one file of the minimal glossary; its
header says which file it replaces, the line the error must name, and a piece
of the expected message.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, run_kb

BAD = sorted((FIXTURES / "bad").glob("*.yaml"))


def header(path: Path) -> dict[str, str]:
    text = path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    return dict(re.findall(r"^# (target|line|expect|strict): (.*)$", text, re.MULTILINE))


def test_the_minimal_fixture_is_valid(minimal_glossary: Path) -> None:
    result = run_kb("validate", "--strict", str(minimal_glossary))
    assert result.code == 0, result.err


@pytest.mark.parametrize("fixture", BAD, ids=[path.stem for path in BAD])
def test_bad_input_is_reported_with_file_and_line(fixture: Path, minimal_glossary: Path) -> None:
    expected = header(fixture)
    target = minimal_glossary / expected["target"]
    shutil.copyfile(fixture, target)
    args = ["validate", str(minimal_glossary)]
    if expected.get("strict"):
        args.insert(1, "--strict")

    result = run_kb(*args)

    assert result.code == 1, result.err
    assert "Traceback" not in result.err + result.out
    located = [line for line in result.err.splitlines() if expected["target"] in line]
    assert located, f"no message names {expected['target']}:\n{result.err}"
    matching = [line for line in located if expected["expect"] in line]
    assert matching, f"expected {expected['expect']!r} in:\n{result.err}"
    if "line" in expected:
        assert any(f"{expected['target']}:{expected['line']}:" in line for line in matching), (
            f"expected line {expected['line']} in:\n{result.err}")


def test_all_errors_of_a_run_are_reported(minimal_glossary: Path) -> None:
    for name in ("unknown-reference", "overlapping-ranges"):
        fixture = FIXTURES / "bad" / f"{name}.yaml"
        shutil.copyfile(fixture, minimal_glossary / header(fixture)["target"])
    result = run_kb("validate", str(minimal_glossary))
    assert result.code == 1
    assert "unknown entry id 'no-such-entry'" in result.err
    assert "overlaps the tier before it" in result.err


def test_warnings_pass_without_strict(minimal_glossary: Path) -> None:
    fixture = FIXTURES / "bad" / "stale-translation.yaml"
    shutil.copyfile(fixture, minimal_glossary / header(fixture)["target"])
    result = run_kb("validate", str(minimal_glossary))
    assert result.code == 0
    assert "translation is stale" in result.err


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = run_kb("validate", str(tmp_path / "nowhere"))
    assert result.code == 1
    assert "no such folder" in result.err


def test_a_second_run_reports_the_same_problems_from_its_cache(
    minimal_glossary: Path, tmp_path: Path
) -> None:
    env = {"KB_CACHE_DIR": str(tmp_path / "cache")}
    for name in ("unknown-reference", "duplicate-key"):
        fixture = FIXTURES / "bad" / f"{name}.yaml"
        target = minimal_glossary / header(fixture)["target"]
        if name == "duplicate-key":
            target = minimal_glossary / "entries" / "big-tier.yaml"
        shutil.copyfile(fixture, target)
    cold = run_kb("validate", str(minimal_glossary), env=env)
    assert (tmp_path / "cache").exists()
    warm = run_kb("validate", str(minimal_glossary), env=env)
    uncached = run_kb("validate", str(minimal_glossary), env={"KB_NO_CACHE": "1"})
    assert cold.code == warm.code == uncached.code == 1
    assert cold.err == warm.err == uncached.err


def test_an_edited_file_is_read_again(minimal_glossary: Path, tmp_path: Path) -> None:
    env = {"KB_CACHE_DIR": str(tmp_path / "cache")}
    assert run_kb("validate", str(minimal_glossary), env=env).code == 0
    entry = minimal_glossary / "entries" / "small-tier.yaml"
    entry.write_text(entry.read_text("utf-8").replace("related: [big-tier]", "related: [gone]"))
    result = run_kb("validate", str(minimal_glossary), env=env)
    assert result.code == 1 and "unknown entry id 'gone'" in result.err
