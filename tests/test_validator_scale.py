"""Large glossaries: files read on every core and from the cache give the same report."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT, run_kb

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import make_glossary


def test_a_large_glossary_reports_the_same_problems_cold_and_warm(tmp_path: Path) -> None:
    glossary = make_glossary(tmp_path / "glossary", 450)  # enough to be read in parallel
    broken = glossary / "entries" / "term-00321.yaml"
    broken.write_text(broken.read_text("utf-8").replace(
        "related: [term-00322]", "related: [term-99999]"), "utf-8")
    env = {"KB_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_kb("validate", str(glossary), env=env)
    warm = run_kb("validate", str(glossary), env=env)
    assert cold.code == warm.code == 1
    assert cold.err == warm.err
    assert f"{broken}:5: error: entry 'term-00321': field 'related[0]': unknown entry id " \
           "'term-99999'" in cold.err
