"""Generate a glossary of N entries (all six languages, stamped) for benchmarks."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from kb.hashing import english_hash  # noqa: E402
from kb.languages import CODES  # noqa: E402

WORDS = {
    "en": "creator audience follower brand campaign niche trust content",
    "es": "creador audiencia seguidor marca campaña nicho confianza contenido",
    "zh-Hant": "創作者 受眾 粉絲 品牌 活動 利基 信任 內容",
    "de": "Creator Publikum Follower Marke Kampagne Nische Vertrauen Inhalt",
    "it": "creator pubblico follower brand campagna nicchia fiducia contenuto",
    "th": "ครีเอเตอร์ ผู้ชม ผู้ติดตาม แบรนด์ แคมเปญ นิช ความไว้ใจ คอนเทนต์",
}


def _text(code: str, index: int, length: int) -> str:
    words = WORDS[code].split()
    return " ".join(words[(index + i) % len(words)] for i in range(length))


def make_glossary(target: Path, size: int) -> Path:
    """Copy the minimal fixture's sources, schemes, facts and FAQ; add `size` entries."""
    fixture = ROOT / "tests" / "fixtures" / "minimal"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(fixture, target)
    entries = target / "entries"
    for index in range(size):
        entry_id = f"term-{index:05d}"
        related = f"term-{(index + 1) % size:05d}" if size > 1 else "small-tier"
        english = {
            "name": f"term {index}",
            "short": f"The term {index}: " + _text("en", index, 12) + ".",
            "long": (_text("en", index, 60) + f" See [[{related}]] and {{n:10000}}. ") * 2,
        }
        lines = [
            "# yaml-language-server: $schema=../../../glossary/schema/entry.schema.json",
            f"id: {entry_id}", "type: term", "tags: [strategy]", f"related: [{related}]",
            "sources:", "  - {source: article-one, section: intro}", "texts:",
        ]
        stamp = english_hash(english)
        for code in CODES:
            lines.append(f"  {code}:")
            if code != "en":
                lines.append(f'    translated_from: "{stamp}"')
            name = english["name"] if code == "en" else f"{_text(code, index, 2)} {index}"
            lines.append(f'    name: "{name}"')
            lines.append(f'    alt_names: ["alias {index} {code}"]')
            short = english["short"] if code == "en" else _text(code, index, 12)
            long = english["long"] if code == "en" else (
                _text(code, index, 60) + f" [[{related}]] {{n:10000}}. ") * 2
            lines.append(f"    short: >-\n      {short}")
            lines.append(f"    long: >-\n      {long}")
        (entries / f"{entry_id}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return target


if __name__ == "__main__":
    make_glossary(Path(sys.argv[1]), int(sys.argv[2]))
