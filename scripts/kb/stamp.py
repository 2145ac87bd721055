"""`kb stamp`: record in a file that its translations match the current English.

Edits the file as text, one line per language, so comments and layout stay as
the translator left them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .hashing import TRACKING_FIELD, english_hash
from .languages import DEFAULT
from .yamlfile import Path_, YamlDocument, read_yaml

_STAMP = re.compile(TRACKING_FIELD + r": *\"?[0-9a-fA-F]*\"?")


def text_blocks(data: dict[str, Any]) -> Iterator[Path_]:
    """Paths of every `texts` mapping in a glossary file, whatever its kind."""
    if "texts" in data:
        yield ("texts",)
    for collection in ("facts", "schemes", "disagreements"):
        for index, item in enumerate(data.get(collection) or []):
            if isinstance(item, dict) and "texts" in item:
                yield (collection, index, "texts")


def stamp_file(path: Path, languages: list[str] | None = None) -> list[str]:
    doc, problems = read_yaml(path)
    if doc is None or problems:
        raise ValueError(problems[0].message if problems else "cannot read the file")
    lines = path.read_text(encoding="utf-8").split("\n")
    edits: list[tuple[int, str, str]] = []  # (0-based line, action, new text)
    said: list[str] = []
    for texts_path in text_blocks(doc.data):
        texts = _get(doc.data, texts_path)
        expected = english_hash(texts[DEFAULT])
        for code, block in texts.items():
            if code == DEFAULT or (languages and code not in languages):
                continue
            if block.get(TRACKING_FIELD) == expected:
                continue
            edits.append(_edit(doc, lines, (*texts_path, code), block, expected))
            said.append(f"{'.'.join(map(str, (*texts_path, code)))}: {expected}")
    for index, action, text in sorted(edits, reverse=True):
        if action == "replace":
            lines[index] = text
        else:
            lines.insert(index, text)
    path.write_text("\n".join(lines), encoding="utf-8")
    return said


def _edit(
    doc: YamlDocument, lines: list[str], block_path: Path_, block: dict[str, Any], expected: str
) -> tuple[int, str, str]:
    stamp = f'{TRACKING_FIELD}: "{expected}"'  # quoted: "12345678" would read as a number
    if TRACKING_FIELD in block:
        index = doc.lines[(*block_path, TRACKING_FIELD)] - 1
        return index, "replace", _STAMP.sub(stamp, lines[index], count=1)
    key_line = doc.lines[block_path] - 1
    child_line = doc.lines[(*block_path, next(iter(block)))] - 1
    if child_line == key_line:  # flow style: `es: {name: …}` gets the stamp first inside
        brace = lines[key_line].index("{", lines[key_line].index(f"{block_path[-1]}:"))
        line = lines[key_line]
        return key_line, "replace", f"{line[: brace + 1]}{stamp}, {line[brace + 1:].lstrip()}"
    return child_line, "insert", f"{_leading_spaces(lines[child_line])}{stamp}"


def _leading_spaces(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data
