"""Read one YAML file into plain data plus the line of every value.

PyYAML alone is not enough for a glossary: it silently keeps the last of two
duplicate keys, reads `no`/`on`/`yes` as booleans, `2021-08-02` as a date and
`010` as octal 8, and its values carry no line numbers. We let libyaml compose
the node tree (fast, and every node knows its line) and build the data
ourselves, so each of those surprises becomes a clear, located problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is several times faster; fall back so a bare PyYAML still works
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_OCTAL_LOOKING = re.compile(r"[-+]?0[0-9_]+$|[-+]?0o[0-7_]+$")
_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)
_constructor = yaml.constructor.SafeConstructor()


@dataclass
class Implicit:
    """A plain scalar that YAML turned into something other than a string."""

    raw: str
    kind: str  # bool, int, float, null, timestamp


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    implicit: dict[Path_, Implicit] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """Line of the value at `path`, or of its nearest parent that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class LazyDocument(YamlDocument):
    """A document known from the cache: its ids now, its line numbers when asked.

    `data` holds only the ids of its records (the loader has them in full from
    the cache); lines come from parsing the file again, only when a problem
    needs one.
    """

    def __init__(self, path: Path, data: Any) -> None:
        self.data = data
        self.implicit = {}
        self._path = path
        self._lines: dict[Path_, int] | None = None

    @property  # type: ignore[override]
    def lines(self) -> dict[Path_, int]:
        if self._lines is None:
            doc, _ = read_yaml(self._path)
            self._lines = doc.lines if doc else {}
        return self._lines


@dataclass
class ReadProblem:
    line: int | None
    field: str | None
    message: str


class _Builder:
    def __init__(self) -> None:
        self.doc = YamlDocument(data=None)
        self.problems: list[ReadProblem] = []

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.doc.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(ReadProblem(line, _dotted(path), "a key must be a plain name"))
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(ReadProblem(
                    line, _dotted(path), "merge keys (<<) are not allowed; write fields out"))
                continue
            if key_node.tag != _STR:
                self.problems.append(
                    ReadProblem(
                        line,
                        _dotted((*path, key_node.value)),
                        f"key {key_node.value!r} is read by YAML as a "
                        f"{_kind(key_node.tag)}, not a name; quote it",
                    )
                )
                continue
            key = key_node.value
            if key in result:
                first = self.doc.lines.get((*path, key))
                self.problems.append(
                    ReadProblem(
                        line,
                        _dotted((*path, key)),
                        f"duplicate key '{key}' (first at line {first}); "
                        "YAML would silently keep only the last one",
                    )
                )
                continue
            self.doc.lines[(*path, key)] = line
            result[key] = self.build(value_node, (*path, key))
            self.doc.lines[(*path, key)] = line
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        if node.tag == _STR:
            return node.value
        line = node.start_mark.line + 1
        if node.tag == _INT and not node.style and _OCTAL_LOOKING.match(node.value):
            self.problems.append(
                ReadProblem(
                    line,
                    _dotted(path),
                    f"{node.value} has a leading zero, which YAML 1.1 reads as an octal "
                    "number; write it without the zero, or quote it if it is text",
                )
            )
        value = _constructor.construct_object(node, deep=True)
        if not node.style and node.tag != _STR:  # plain (libyaml says "", PyYAML None)
            self.doc.implicit[path] = Implicit(node.value, _kind(node.tag))
        return value


def _kind(tag: str) -> str:
    return tag.rsplit(":", 1)[-1]


def _dotted(path: Path_) -> str | None:
    if not path:
        return None
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def dotted(path: Path_) -> str | None:
    """`('texts', 'en', 'alt_names', 0)` -> `texts.en.alt_names[0]`."""
    return _dotted(path)


def read_yaml(path: Path) -> tuple[YamlDocument | None, list[ReadProblem]]:
    """Parse one file; on failure return no document and the problems found."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [
            ReadProblem(1, None, "the file starts with a byte-order mark; save it as UTF-8 "
                        "without BOM")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        return None, [
            ReadProblem(line, None, f"byte 0x{byte:02x} is not valid UTF-8; save the file as UTF-8")
        ]
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return None, [ReadProblem(1, None, "the file is empty; expected a YAML mapping")]
    tab = _TAB_INDENT.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        return None, [
            ReadProblem(line, None, "a tab is used for indentation; YAML indents with spaces")
        ]
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(part for part in (error.context, error.problem) if part)
        return None, [ReadProblem(line, None, f"not valid YAML: {what}")]
    except yaml.YAMLError as error:
        return None, [ReadProblem(None, None, f"not valid YAML: {error}")]
    if len(nodes) != 1:
        return None, [
            ReadProblem(1, None, f"expected one YAML document, found {len(nodes)} (remove '---')")
        ]
    builder = _Builder()
    builder.doc.data = builder.build(nodes[0], ())
    if not isinstance(builder.doc.data, dict):
        builder.problems.append(ReadProblem(1, None, "expected a mapping of fields at the top"))
    return builder.doc, builder.problems
