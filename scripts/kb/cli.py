"""`kb`: validate, build, serve, export and look up the glossary."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .problems import Problem

DEFAULT_GLOSSARY = Path("glossary")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a person gets a sentence, a developer can ask for more
        if os.environ.get("KB_DEBUG"):
            raise
        print(f"kb: internal error: {type(error).__name__}: {error} "
              "(set KB_DEBUG=1 for the traceback)", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kb", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def glossary_arg(command: argparse.ArgumentParser, positional: bool = False) -> None:
        if positional:
            command.add_argument("dir", nargs="?", type=Path, default=DEFAULT_GLOSSARY,
                                 help="glossary folder (default: glossary/)")
        else:
            command.add_argument("--glossary", dest="dir", type=Path, default=DEFAULT_GLOSSARY,
                                 help="glossary folder (default: glossary/)")

    validate = commands.add_parser("validate", help="check the glossary; exit 1 on any error")
    glossary_arg(validate, positional=True)
    validate.add_argument("--strict", action="store_true",
                          help="missing, unstamped or stale translations fail too")
    validate.add_argument("--report", action="store_true",
                          help="print coverage: entries × languages, stale texts, sources")
    validate.set_defaults(run=_validate)

    export = commands.add_parser("export", help="print the glossary in a data format")
    glossary_arg(export)
    export.add_argument("--format", required=True,
                        choices=["json", "tbx", "skos", "turtle", "csv"])
    export.add_argument("--output", "-o", type=Path, help="write to a file instead of stdout")
    export.set_defaults(run=_export)

    lookup = commands.add_parser("lookup", help="the tier of a follower count under every scheme")
    glossary_arg(lookup)
    lookup.add_argument("followers", type=_follower_count)
    lookup.add_argument("--lang", default="en", help="language of the answer (default en)")
    lookup.set_defaults(run=_lookup)

    stamp = commands.add_parser(
        "stamp", help="record that translations are up to date with the English")
    stamp.add_argument("files", nargs="+", type=Path)
    stamp.add_argument("--lang", action="append",
                       help="only these languages (repeatable; default: all)")
    stamp.set_defaults(run=_stamp)

    build = commands.add_parser("build", help="validate, then build the site into site/")
    glossary_arg(build)
    build.add_argument("--site-dir", type=Path, default=Path("site"))
    build.add_argument("--docs", type=Path, help="hand-written pages (default: docs/)")
    build.set_defaults(run=_build)

    serve = commands.add_parser("serve", help="validate, build and serve with live reload")
    glossary_arg(serve)
    serve.add_argument("--address", default="127.0.0.1:8000")
    serve.set_defaults(run=_serve)
    return parser


def _follower_count(text: str) -> int:
    cleaned = text.replace("_", "").replace(",", "")
    if not cleaned.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of followers")
    return int(cleaned)


def _print_problems(problems: list[Problem], strict: bool) -> bool:
    """Print problems; True when they should fail the command."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    for problem in problems:
        print(problem, file=sys.stderr)
    failed = bool(errors) or (strict and bool(warnings))
    if problems:
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)"
              + (" (warnings count as errors with --strict)" if strict and warnings else ""),
              file=sys.stderr)
    return failed


def _load_or_fail(args: argparse.Namespace):
    """Validate first; commands other than `validate` show errors and count warnings."""
    from .validate import validate

    loaded = validate(args.dir)
    errors = [p for p in loaded.problems if p.severity == "error"]
    if errors:
        _print_problems(errors, strict=False)
        return None
    warnings = len(loaded.problems)
    if warnings:
        print(f"kb: {warnings} warning(s); `kb validate` lists them", file=sys.stderr)
    return loaded


def _validate(args: argparse.Namespace) -> int:
    from .validate import validate

    loaded = validate(args.dir)
    failed = _print_problems(loaded.problems, args.strict)
    if args.report:
        from .report import render_coverage

        print(render_coverage(loaded.glossary))
    if not failed:
        counts = {key: len(loaded.glossary[key]) for key in ("entries", "faq", "facts")}
        print(f"ok: {counts['entries']} entries, {counts['faq']} FAQ answers, "
              f"{counts['facts']} facts in {len(loaded.glossary['languages'])} languages",
              file=sys.stderr)
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    from .exporters import export

    loaded = _load_or_fail(args)
    if loaded is None:
        return 1
    text = export(loaded.glossary, args.format)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _lookup(args: argparse.Namespace) -> int:
    from .tiers import describe_lookup

    loaded = _load_or_fail(args)
    if loaded is None:
        return 1
    print(describe_lookup(loaded.glossary, args.followers, args.lang))
    return 0


def _stamp(args: argparse.Namespace) -> int:
    from .stamp import stamp_file

    failed = False
    for path in args.files:
        try:
            changed = stamp_file(path, args.lang)
        except ValueError as error:
            print(f"{path}: {error}", file=sys.stderr)
            failed = True
            continue
        for line in changed:
            print(f"{path}: {line}")
    return 1 if failed else 0


def _build(args: argparse.Namespace) -> int:
    from .site import session
    from .site.build import build_site

    loaded = _load_or_fail(args)
    if loaded is None:
        return 1
    session.hand_over(loaded.glossary)
    return build_site(args.site_dir, args.dir, args.docs, quiet=False)


def _serve(args: argparse.Namespace) -> int:
    from .site.build import serve_site

    loaded = _load_or_fail(args)
    if loaded is None:
        return 1
    return serve_site(args.address)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
