"""A problem found in the glossary, said the way a person can act on it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    entry: str | None
    field: str | None
    message: str
    severity: Severity = "error"
    kind: str = "entry"  # what `entry` names: entry, faq, fact, scheme, source…

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where, self.severity]
        if self.entry:
            parts.append(f"{self.kind} '{self.entry}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.severity == "error"]
