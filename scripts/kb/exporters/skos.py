"""SKOS: each entry a skos:Concept, labels and definitions per language.

The JSON-LD is written as a plain dictionary (stable order, byte-identical
across builds); Turtle is produced from it by rdflib.
"""

from __future__ import annotations

import json
from typing import Any

from ..languages import CODES
from .common import entry_url, page_url, plain

CONTEXT = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
    "definition": {"@id": "skos:definition", "@container": "@language"},
    "broader": {"@id": "skos:broader", "@type": "@id"},
    "narrower": {"@id": "skos:narrower", "@type": "@id"},
    "related": {"@id": "skos:related", "@type": "@id"},
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "hasTopConcept": {"@id": "skos:hasTopConcept", "@type": "@id"},
    "memberList": {"@id": "skos:memberList", "@type": "@id", "@container": "@list"},
    "notation": "skos:notation",
    "source": {"@id": "dct:source"},
}
SCHEME_ID = page_url("glossary/")


def to_document(glossary: dict[str, Any]) -> dict[str, Any]:
    concepts = []
    entries = glossary["entries"]
    for entry_id, entry in entries.items():
        texts = entry["texts"]
        concept: dict[str, Any] = {
            "@id": entry_url(entry_id),
            "@type": "skos:Concept",
            "notation": entry_id,
            "inScheme": SCHEME_ID,
            "prefLabel": {code: texts[code]["name"] for code in CODES if code in texts},
            "definition": {code: plain(glossary, texts[code]["short"], code)
                           for code in CODES if code in texts},
        }
        alt = {code: texts[code]["alt_names"] for code in CODES
               if code in texts and texts[code]["alt_names"]}
        if alt:
            concept["altLabel"] = alt
        for key in ("broader", "narrower", "related"):
            if entry[key]:
                concept[key] = [entry_url(target) for target in entry[key]]
        concepts.append(concept)
    top = [entry_url(e) for e, entry in entries.items()
           if not entry["broader"] and entry["type"] == "term"]
    ladder = sorted((e for e in entries.values() if e["tier_rank"]), key=lambda e: e["tier_rank"])
    graph = [
        {"@id": SCHEME_ID, "@type": "skos:ConceptScheme",
         "prefLabel": {"en": "Influencer tiers glossary"}, "hasTopConcept": top},
        {"@id": page_url("tiers/#ladder"), "@type": "skos:OrderedCollection",
         "prefLabel": {"en": "Influencer tiers, smallest first"},
         "memberList": [entry_url(e["id"]) for e in ladder]},
        *concepts,
    ]
    return {"@context": CONTEXT, "@graph": graph}


def to_jsonld(glossary: dict[str, Any]) -> str:
    return json.dumps(to_document(glossary), ensure_ascii=False, indent=2) + "\n"


def to_turtle(glossary: dict[str, Any]) -> str:
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=to_jsonld(glossary), format="json-ld")
    graph.bind("skos", "http://www.w3.org/2004/02/skos/core#")
    return graph.serialize(format="turtle")
