"""JSON Schema validation of each glossary file, with errors said for people.

The schemas live in `glossary/schema/` so editors (yaml-language-server) check
files as they are typed; here the same schemas run in `kb validate`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from .yamlfile import Path_, YamlDocument

_KINDS = {
    "entry": "entry.schema.json",
    "faq": "faq.schema.json",
    "facts": "facts.schema.json",
    "sources": "sources.schema.json",
    "schemes": "schemes.schema.json",
}


@cache
def validator(schema_dir: Path, kind: str) -> Draft202012Validator:
    resources = []
    for path in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    return Draft202012Validator({"$ref": _KINDS[kind]}, registry=registry)


@cache
def fast_validator(schema_dir: Path, kind: str) -> Any:
    """jsonschema-rs on the same schema, bundled into one document.

    It answers "valid or not" many times faster than the pure-Python validator,
    which is then asked only about the files that fail, for its detailed errors.
    """
    import jsonschema_rs

    return jsonschema_rs.validator_for(bundle(schema_dir, _KINDS[kind]))


def bundle(schema_dir: Path, name: str) -> dict[str, Any]:
    """One self-contained schema: `other.schema.json#/$defs/x` becomes `#/$defs/other--x`."""
    def load(file: str) -> dict[str, Any]:
        return json.loads((schema_dir / file).read_text(encoding="utf-8"))

    main = load(name)
    defs: dict[str, Any] = {}

    def rewrite(node: Any, file: str) -> Any:
        if isinstance(node, dict):
            result = {key: rewrite(value, file) for key, value in node.items()
                      if key not in ("$defs", "$schema", "$id")}
            ref = node.get("$ref")
            if isinstance(ref, str):
                target_file, _, pointer = ref.partition("#")
                target_file = target_file or file
                key = pointer.rsplit("/", 1)[-1]
                if target_file != name:
                    result["$ref"] = f"#/$defs/{target_file}--{key}"
                    if f"{target_file}--{key}" not in defs:
                        defs[f"{target_file}--{key}"] = {}
                        defs[f"{target_file}--{key}"] = rewrite(
                            _pointer(load(target_file), pointer), target_file)
            return result
        if isinstance(node, list):
            return [rewrite(item, file) for item in node]
        return node

    body = rewrite(main, name)
    local = {key: rewrite(value, name) for key, value in main.get("$defs", {}).items()}
    return {"$schema": main["$schema"], **body, "$defs": {**local, **defs}}


def _pointer(document: dict[str, Any], pointer: str) -> Any:
    for part in pointer.strip("/").split("/"):
        document = document[part]
    return document


def schema_errors(
    doc: YamlDocument, schema_dir: Path, kind: str
) -> Iterator[tuple[Path_, str]]:
    """(path of the offending value, what was expected) for each schema error."""
    try:
        if fast_validator(schema_dir, kind).is_valid(doc.data):
            return
    except ValueError:  # a value JSON has no type for (a YAML date): explained below
        pass
    for error in validator(schema_dir, kind).iter_errors(doc.data):
        yield from _explain(error, doc)


def _explain(error: ValidationError, doc: YamlDocument) -> Iterator[tuple[Path_, str]]:
    path: Path_ = tuple(error.absolute_path)
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda sub: len(sub.absolute_path))
        yield from _explain(best, doc)
        return
    implicit = doc.implicit.get(path)
    if error.validator == "type" and implicit and "string" in _as_list(error.validator_value):
        yield path, (
            f"`{implicit.raw}` is read by YAML as a {implicit.kind}, but text is expected; "
            f'put it in quotes: "{implicit.raw}"'
        )
        return
    if error.validator == "additionalProperties":
        # Point at the unknown key itself, not at the mapping that holds it.
        for extra in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
            yield (*path, extra), f"unknown field '{extra}'; check the spelling"
        return
    yield path, _message(error)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _message(error: ValidationError) -> str:
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required field '{missing}'"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown field(s) {', '.join(map(repr, extra))}; check the spelling"
    if kind == "propertyNames":
        return f"{error.instance!r}: key not allowed here ({error.message})"
    if kind == "type":
        return f"expected {' or '.join(_as_list(value))}, got {_describe(error.instance)}"
    if kind == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(repr, value))}"
    if kind == "pattern":
        return f"{error.instance!r} does not have the expected form ({value})"
    if kind == "minLength":
        return "must not be empty"
    if kind == "minItems":
        return f"needs at least {value} item(s)"
    if kind == "uniqueItems":
        return "lists the same value twice"
    if kind in ("minimum", "maximum"):
        return f"{error.instance!r} is out of range ({kind} {value})"
    if kind == "dependentRequired":
        return error.message
    return error.message


def _describe(instance: Any) -> str:
    if isinstance(instance, bool):
        return f"a boolean ({str(instance).lower()})"
    if instance is None:
        return "nothing (null)"
    if isinstance(instance, (int, float)):
        return f"a number ({instance})"
    if isinstance(instance, str):
        return f"text ({instance!r})"
    if isinstance(instance, list):
        return "a list"
    if isinstance(instance, dict):
        return "a mapping"
    return type(instance).__name__
