"""`kb build` and `kb serve`: run MkDocs on the generated pages.

A build goes to a temporary folder beside site/ and replaces site/ only when
it succeeded, so a failed build never leaves a half-written site behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "mkdocs.yml"


def _prepare() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material 9.8's notice on every build
    (ROOT / "build" / "docs").mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")


def build_site(site_dir: Path, glossary: Path | None = None, docs: Path | None = None,
               quiet: bool = True) -> int:
    """Build the site of `glossary` (default: the project's) into `site_dir`."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _prepare()
    if glossary:
        os.environ["KB_GLOSSARY"] = str(glossary.resolve())
    if docs:
        os.environ["KB_DOCS"] = str(docs.resolve())
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    generated = Path(tempfile.mkdtemp(prefix="kb-docs-"))
    try:
        config = load_config(str(CONFIG), site_dir=str(staging), docs_dir=str(generated))
        build(config)
    except (MkDocsException, SystemExit) as error:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"kb build: failed: {error}", file=sys.stderr)
        return 1
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(generated, ignore_errors=True)
    old = site_dir.with_name(site_dir.name + ".old")
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    if not quiet:
        print(f"kb build: site written to {site_dir}", file=sys.stderr)
    return 0


def serve_site(address: str) -> int:
    from mkdocs.commands.serve import serve

    _prepare()
    serve(str(CONFIG), dev_addr=address, livereload=True,
          watch=[str(ROOT / "glossary"), str(ROOT / "docs")])
    return 0
