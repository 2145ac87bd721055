"""Benchmarks: print a table of figures and record them in bench/RESULTS.md.

    make bench            # validate + build timings, scaling to 1,000 entries, page weight, search
    make bench FULL=1     # also builds the 10,000-entry site (about a quarter of an hour)

Figures, never assertions: a slower change shows up in the diff of RESULTS.md.
"""

from __future__ import annotations

import gzip
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import make_glossary  # noqa: E402

KB = [sys.executable, "-m", "kb.cli"]
ROWS: list[tuple[str, str]] = []


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time (s) and peak memory (MiB) of one command run to completion."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_of(runs: int, command: list[str], env: dict[str, str] | None = None):
    results = [measure(command, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def size_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def row(name: str, value: str) -> None:
    ROWS.append((name, value))
    print(f"{name:<58} {value}", flush=True)


def bare_build(site: Path) -> list[str]:
    """The same generated pages through MkDocs + Material + static-i18n, without kb's hooks."""
    generated = ROOT / "build" / "bare-docs"
    shutil.rmtree(generated, ignore_errors=True)
    subprocess.run([sys.executable, "-c", (
        "from pathlib import Path; from kb.validate import validate; "
        "from kb.site.generate import generate; "
        f"generate(validate(Path('{ROOT}/glossary')).glossary, Path('{ROOT}/docs'), "
        f"Path('{generated}'))")], cwd=ROOT, check=True)
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("hooks:\n  - scripts/kb/site/hooks.py\n", "")
    config = config.replace("docs_dir: build/docs", f"docs_dir: {generated}")
    config = config.replace("custom_dir: scripts/kb/site/theme",
                            f"custom_dir: {ROOT}/scripts/kb/site/theme")
    bare = ROOT / "build" / "bare-mkdocs.yml"
    bare.write_text(config, "utf-8")
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(bare), "-d", str(site)]


def build_benchmarks(tmp: Path) -> None:
    site = tmp / "site"
    full_command = [*KB, "build", "--site-dir", str(site)]
    bare_command = bare_build(tmp / "bare")
    fulls, bares = [], []
    for _ in range(3):  # alternate, so a slower moment of the machine hits both alike
        fulls.append(measure(full_command)[0])
        bares.append(measure(bare_command, {"NO_MKDOCS_2_WARNING": "1"})[0])
    full, bare = statistics.median(fulls), statistics.median(bares)
    row("build, six languages, real glossary (median of 3, kb build)", f"{full:.2f} s")
    row("bare MkDocs+Material+i18n build of the same pages (median of 3, interleaved)",
        f"{bare:.2f} s")
    row("ratio full / bare", f"{full / bare:.2f}×")
    row("site size on disk", f"{size_mib(site):.1f} MiB")


def scaling(tmp: Path, sizes: list[int], build_sizes: list[int]) -> None:
    for size in sizes:
        glossary = make_glossary(tmp / f"glossary-{size}", size)
        command = [*KB, "validate", str(glossary)]
        cold, cold_memory = median_of(3 if size < 10_000 else 1, command, {"KB_NO_CACHE": "1"})
        measure(command)  # fills the parse cache
        warm, warm_memory = median_of(3, command)
        row(f"validate {size:>6} entries: cold (no cache), warm (cache)",
            f"{cold:.2f} s / {warm:.2f} s, peak {max(cold_memory, warm_memory):.0f} MiB")
        if size in build_sizes:
            site = tmp / f"site-{size}"
            seconds, memory = measure([*KB, "build", "--site-dir", str(site),
                                       "--glossary", str(glossary),
                                       "--docs", str(ROOT / "tests" / "fixtures" / "site-docs")])
            row(f"build    {size:>6} entries: time, peak memory, size",
                f"{seconds:.1f} s, {memory:.0f} MiB, {size_mib(site):.0f} MiB")
            shutil.rmtree(site)


def browser_benchmarks(tmp: Path) -> None:
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, CHROMIUM_ARGS, build, serve
    from kb.languages import CODES, url_prefix

    built = build(tmp / "browser")
    with serve(built.path, built.port) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for code in ("th", "zh-Hant"):
            page = browser.new_page()
            loaded: list[tuple[str, bytes]] = []
            page.on("response", lambda r, store=loaded: store.append((r.url, r.body())))
            page.goto(f"{url}/{url_prefix(code)}glossary/micro-influencer/")
            page.wait_for_load_state("networkidle")
            total = sum(len(gzip.compress(body, 9)) for _, body in loaded)
            kinds = {}
            for address, body in loaded:
                kind = address.rsplit(".", 1)[-1] if "." in address.rsplit("/", 1)[-1] else "html"
                kinds[kind] = kinds.get(kind, 0) + len(gzip.compress(body, 9))
            detail = ", ".join(f"{k} {v / 1024:.1f}" for k, v in sorted(kinds.items()))
            row(f"term page weight ({code}), gzipped, all it loads",
                f"{total / 1024:.1f} KB ({detail}; fonts: system, 0 KB)")
            page.close()
        for code in CODES:
            page = browser.new_page()
            fetched: list[int] = []
            page.on("response", lambda r, store=fetched: store.append(len(gzip.compress(
                r.body(), 9))) if "kb-search.json" in r.url else None)
            page.goto(f"{url}/{url_prefix(code)}")
            page.wait_for_load_state("networkidle")
            start = page.evaluate("performance.now()")
            page.fill("#kb-search-input", "micro")
            page.locator("#kb-search-results [role=option]").first.wait_for()
            elapsed = page.evaluate("performance.now()") - start
            row(f"search ({code}): bytes for a first search, time to first result",
                f"{sum(fetched) / 1024:.1f} KB gzipped, {elapsed:.0f} ms")
            page.close()
        browser.close()


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.platform()}, "
            f"Python {platform.python_version()}")


def main() -> None:
    full = os.environ.get("FULL") == "1"
    print(f"machine: {machine()}\n")
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tmp_path = Path(tmp)
        seconds, memory = median_of(3, [*KB, "validate", "glossary"], {"KB_NO_CACHE": "1"})
        row("validate, real glossary, no cache (median of 3)", f"{seconds:.2f} s, {memory:.0f} MiB")
        build_benchmarks(tmp_path)
        scaling(tmp_path, [100, 1000, 10_000], [100, 1000, 10_000] if full else [100, 1000])
        browser_benchmarks(tmp_path)
    lines = ["# Benchmark results", "",
             f"Measured {time.strftime('%Y-%m-%d')} with `make bench` on: {machine()}.", "",
             "| measure | result |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in ROWS]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\nwritten to bench/RESULTS.md")


if __name__ == "__main__":
    main()
