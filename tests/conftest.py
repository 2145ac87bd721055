"""Shared fixtures: the project's paths, `kb` as a subprocess, and glossary copies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KB = [sys.executable, "-m", "kb.cli"]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_kb(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Result:
    completed = subprocess.run(
        [*KB, *args], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def minimal_glossary(tmp_path: Path) -> Path:
    """A small valid glossary in a temporary folder, free to break."""
    target = tmp_path / "glossary"
    shutil.copytree(FIXTURES / "minimal", target)
    return target
