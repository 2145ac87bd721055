"""The six languages and what each tool calls them.

The glossary, the URLs and the exports use BCP 47 codes (`zh-Hant`). Babel and
ICU want their own locale ids, and Material's interface strings read more
naturally in `zh-TW` than in its `zh-Hant` set.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47: glossary keys, URL prefixes, <html lang>
    cldr: str  # Babel / ICU locale id
    material: str  # Material for MkDocs theme.language
    name: str  # the language's own name, for the switcher


LANGUAGES: tuple[Language, ...] = (
    Language("en", "en", "en", "English"),
    Language("es", "es", "es", "Español"),
    Language("zh-Hant", "zh_Hant_TW", "zh-TW", "繁體中文"),
    Language("de", "de", "de", "Deutsch"),
    Language("it", "it", "it", "Italiano"),
    Language("th", "th", "th", "ไทย"),
)
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
DEFAULT = "en"
BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}


def url_prefix(code: str) -> str:
    """Site path of a language's pages: English lives at the root."""
    return "" if code == DEFAULT else f"{code}/"
