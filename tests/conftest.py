"""Shared fixtures: the project's paths, `kb` as a subprocess, and glossary copies."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
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


# --- the built site, served on localhost, and a real browser ---------------------


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files like a production host: the site's own 404.html for missing paths."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(directory: Path, port: int = 0) -> Iterator[str]:
    handler = functools.partial(_SiteHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class BuiltSite:
    path: Path
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def build(tmp: Path, glossary: Path | None = None, docs: Path | None = None) -> BuiltSite:
    """Build a site whose own address (hreflang, sitemap) is where the tests serve it."""
    port = free_port()
    site = tmp / "site"
    args = ["build", "--site-dir", str(site)]
    if glossary:
        args += ["--glossary", str(glossary)]
    if docs:
        args += ["--docs", str(docs)]
    result = run_kb(*args, env={"KB_SITE_URL": f"http://127.0.0.1:{port}/"})
    assert result.code == 0, result.err
    return BuiltSite(site, port)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The project's site, built once per test run."""
    return build(tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def site(built_site: BuiltSite) -> Path:
    return built_site.path


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite) -> Iterator[str]:
    with serve(built_site.path, built_site.port) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(locale="en-US")
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def glossary() -> dict:
    from kb.validate import validate

    return validate(ROOT / "glossary").glossary


HOSTILE_NAME = "big-tier &lt;script&gt;alert(1)&lt;/script&gt;"
HOSTILE_ALT = '" onfocus="alert(2)" autofocus="'


def make_fixture_glossary(target: Path) -> Path:
    """The minimal glossary plus what the contract tests need: a former id, a missing
    Thai text (fallback) and texts that look like markup (must stay inert)."""
    shutil.copytree(FIXTURES / "minimal", target)
    small = target / "entries" / "small-tier.yaml"
    text = small.read_text("utf-8")
    text = text.replace("tags: [tier]", "former_ids: [little-tier]\ntags: [tier]")
    text = text[: text.index("  th:\n")]
    small.write_text(text, "utf-8")
    big = target / "entries" / "big-tier.yaml"
    text = big.read_text("utf-8")
    english = text[text.index("  en:\n"): text.index("  es:\n")]
    hostile = (
        "  en:\n"
        f'    name: "{HOSTILE_NAME}"\n'
        f"    alt_names: ['{HOSTILE_ALT}']\n"
        '    short: "See [this](https://example.org/\\"onmouseover=\\"alert(3)) and '
        '[[small-tier|x\\" onmouseover=\\"alert(4)]]."\n'
        "    long: \"&lt;img src=x onerror=alert(5)&gt; and *{n:10000}* followers.\"\n")
    big.write_text(text.replace(english, hostile), "utf-8")
    return target


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    tmp = tmp_path_factory.mktemp("fixture-site")
    glossary = make_fixture_glossary(tmp / "glossary")
    built = build(tmp, glossary, FIXTURES / "site-docs")
    with serve(built.path, built.port):
        yield built
