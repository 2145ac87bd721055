"""Numbers and lists the way each language writes them, from CLDR (Babel)."""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from .languages import BY_CODE


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(BY_CODE[code].cldr)


def count(value: int | float, code: str) -> str:
    """10000 -> 10,000 / 10.000 / 10 000 as the language writes it."""
    return format_decimal(value, locale=_locale(code))


def percent(value: int | float, code: str) -> str:
    """33 -> 33 % / 33% / 33 % (the value is in percent, not a fraction)."""
    return format_percent(value / 100, locale=_locale(code))


def multiple(value: int | float, code: str) -> str:
    """6 -> '6 times' / '6 veces' / '6 倍': CLDR has no unit for this, so docs/labels.yaml does."""
    from .labels import labels

    return labels(code)["times"].format(value=count(value, code))


def items(values: list[str], code: str) -> str:
    return format_list(values, locale=_locale(code)) if values else ""


def fact_value(value: int | float, unit: str | None, code: str) -> str:
    if unit == "percent":
        return percent(value, code)
    if unit == "multiple":
        return multiple(value, code)
    return count(value, code)
