"""Alphabetical order and index letters per language, from ICU (CLDR collation).

Code-point order would put Thai prevowels and Traditional Chinese in
meaningless places; ICU's AlphabeticIndex gives each language its own
buckets (A-Z with Ñ for Spanish, Thai consonants, stroke counts for zh-Hant).
"""

from __future__ import annotations

import icu

from ..languages import BY_CODE


def index_buckets(names: dict[str, str], code: str) -> list[tuple[str, list[str]]]:
    """Group ids by the index letter of their name: [(label, [ids in order])]."""
    index = icu.AlphabeticIndex(icu.Locale(BY_CODE[code].cldr))
    index.addLabels(icu.Locale.getEnglish())  # Latin names (KPI) inside CJK and Thai lists
    for record_id, name in names.items():
        index.addRecord(name, record_id)
    buckets: list[tuple[str, list[str]]] = []
    index.resetBucketIterator()
    while index.nextBucket():
        if not index.bucketRecordCount:
            continue
        ids: list[str] = []
        while index.nextRecord():
            ids.append(index.recordData)
        buckets.append((index.bucketLabel, ids))
    return buckets
