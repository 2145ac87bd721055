"""The tier chart: each source's ranges on a logarithmic follower axis, as SVG."""

from __future__ import annotations

import html
import math
from typing import Any

from ..labels import labels
from ..locale_format import count
from ..tiers import text_in

AXIS_MIN, AXIS_MAX = 100, 10_000_000
LEFT, WIDTH, ROW, TOP = 10, 780, 58, 10
PALETTE = ("#5c6bc0", "#26a69a", "#ef6c00", "#8e24aa", "#c62828", "#2e7d32")


def _x(value: float) -> float:
    value = min(max(value, AXIS_MIN), AXIS_MAX)
    share = (math.log10(value) - math.log10(AXIS_MIN)) / (
        math.log10(AXIS_MAX) - math.log10(AXIS_MIN))
    return round(LEFT + share * WIDTH, 1)


def tier_chart(glossary: dict[str, Any], code: str) -> str:
    words = labels(code)
    schemes = list(glossary["schemes"].values())
    tier_ids = sorted({t["entry"] for s in schemes for t in s["tiers"]},
                      key=lambda e: (glossary["entries"][e]["tier_rank"] or 0, e))
    colour = {entry_id: PALETTE[i % len(PALETTE)] for i, entry_id in enumerate(tier_ids)}
    height = TOP + ROW * len(schemes) + 40
    parts = [
        f'<svg class="kb-chart" viewBox="0 0 {LEFT + WIDTH + 20} {height}" role="img" '
        f'aria-labelledby="kb-chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="kb-chart-title">{html.escape(words["tiers_chart"])}</title>',
    ]
    for power in range(int(math.log10(AXIS_MIN)), int(math.log10(AXIS_MAX)) + 1):
        x = _x(10**power)
        parts.append(f'<line x1="{x}" y1="{TOP - 8}" x2="{x}" y2="{height - 30}" '
                     'class="kb-grid"/>')
        parts.append(f'<text x="{x}" y="{height - 12}" text-anchor="middle" '
                     f'class="kb-axis">{count(10**power, code)}</text>')
    for row, scheme in enumerate(schemes):
        y = TOP + row * ROW
        name = text_in(scheme["texts"], code)["name"]
        parts.append(f'<text x="{LEFT}" y="{y + 14}" class="kb-scheme">{html.escape(name)}</text>')
        for tier in scheme["tiers"]:
            start = _x(tier["min"] or AXIS_MIN)
            end = _x(tier["max"]) if tier["max"] is not None else LEFT + WIDTH
            tier_name = text_in(glossary["entries"][tier["entry"]]["texts"], code)["name"]
            label = ""
            if _text_width(tier_name) < end - start - 6:  # else the legend names it
                label = (f'<text x="{round((start + end) / 2, 1)}" y="{y + 38}" '
                         f'text-anchor="middle" class="kb-bar">{html.escape(tier_name)}</text>')
            parts.append(
                f'<g><rect x="{start}" y="{y + 20}" width="{round(end - start, 1)}" height="26" '
                f'rx="3" fill="{colour[tier["entry"]]}"/>{label}'
                f'<title>{html.escape(tier_name)}</title></g>')
    parts.append("</svg>")
    legend = "".join(
        f'<li><span class="kb-swatch" style="background:{colour[entry_id]}"></span>'
        f'{html.escape(text_in(glossary["entries"][entry_id]["texts"], code)["name"])}</li>'
        for entry_id in tier_ids)
    return "".join(parts) + f'<ul class="kb-legend">{legend}</ul>'


def _text_width(text: str) -> float:
    """Rough width at 11 px: wide for CJK, narrow for Thai marks and Latin."""
    return sum(11 if ord(ch) > 0x2E80 else 4 if 0x0E31 <= ord(ch) <= 0x0E4E else 6.2
               for ch in text)
