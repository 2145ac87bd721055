"""The data contract: every export parses and lists every entry in every language."""

from __future__ import annotations

import csv
import io
import json

import pytest
from lxml import etree

from conftest import ROOT, run_kb
from kb.languages import CODES

REQUIRED_IDS = [
    "influencer-marketing", "influencer", "nano-influencer", "micro-influencer",
    "macro-influencer", "mega-influencer", "celebrity", "brand-ambassador",
    "internal-influencer", "employee-generated-content", "user-generated-content",
    "employee-advocacy", "parasocial-relationship", "engagement-rate", "conversion-rate", "kpi",
    "hashtag-campaign", "social-listening", "out-degree", "bought-followers", "gamification",
    "social-commerce", "buyer-persona", "niche-audience", "authenticity",
]
TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def exported() -> dict[str, str]:
    out = {}
    for fmt in ("json", "tbx", "skos", "turtle", "csv"):
        result = run_kb("export", "--format", fmt)
        assert result.code == 0, result.err
        out[fmt] = result.out
    return out


def test_json_lists_every_required_id(exported, glossary) -> None:
    data = json.loads(exported["json"])
    assert set(REQUIRED_IDS) <= set(data["entries"])
    assert set(data["entries"]) == set(glossary["entries"])


def test_json_round_trips(exported, glossary) -> None:
    from kb.exporters.json_export import to_json

    data = json.loads(exported["json"])
    assert data == glossary  # load -> export -> load
    assert to_json(data) == exported["json"]  # and export again gives the same bytes


def test_json_matches_its_published_schema(exported) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "glossary" / "schema" / "export.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(exported["json"])))
    assert errors == []


def test_json_keeps_numbers_as_numbers(exported) -> None:
    data = json.loads(exported["json"])
    for scheme in data["schemes"].values():
        for tier in scheme["tiers"]:
            assert isinstance(tier["min"], int)
            assert tier["max"] is None or isinstance(tier["max"], int)
    assert data["facts"]["employees-post-unprompted"]["value"] == 33


def test_tbx_has_a_concept_per_entry_and_a_preferred_term_per_language(exported, glossary):
    root = etree.fromstring(exported["tbx"].encode("utf-8"))
    assert root.tag == f"{TBX}tbx" and root.get("type") == "TBX-Basic"
    assert root.find(f"{TBX}tbxHeader/{TBX}fileDesc/{TBX}sourceDesc") is not None
    concepts = root.findall(f"{TBX}text/{TBX}body/{TBX}conceptEntry")
    assert {c.get("id") for c in concepts} == set(glossary["entries"])
    for concept in concepts:
        lang_secs = concept.findall(f"{TBX}langSec")
        assert [s.get(XML_LANG) for s in lang_secs] == list(CODES)
        for lang_sec in lang_secs:
            assert lang_sec.find(f"{TBX}descripGrp/{TBX}descrip[@type='definition']").text
            statuses = [n.text for n in lang_sec.iterfind(
                f"{TBX}termSec/{TBX}termNote[@type='administrativeStatus']")]
            assert statuses.count("preferredTerm-admn-sts") == 1
            assert set(statuses) <= {"preferredTerm-admn-sts", "admittedTerm-admn-sts"}
            for term_sec in lang_sec.findall(f"{TBX}termSec"):
                assert term_sec.find(f"{TBX}term").text.strip()
            # TBX-Basic order inside langSec: descriptive data before the termSecs
            tags = [etree.QName(child).localname for child in lang_sec]
            assert tags.index("descripGrp") < tags.index("termSec")


def test_tbx_preferred_terms_are_the_glossary_names(exported, glossary) -> None:
    root = etree.fromstring(exported["tbx"].encode("utf-8"))
    concept = root.find(f".//{TBX}conceptEntry[@id='micro-influencer']")
    zh = concept.find(f"{TBX}langSec[@{XML_LANG}='zh-Hant']")
    terms = {sec.find(f"{TBX}term").text for sec in zh.findall(f"{TBX}termSec")}
    texts = glossary["entries"]["micro-influencer"]["texts"]["zh-Hant"]
    assert terms == {texts["name"], *texts["alt_names"]}
    assert {"微影響者", "微型影響者", "微網紅", "微觀影響者"} <= terms


@pytest.mark.parametrize("fmt", ["skos", "turtle"])
def test_skos_has_one_preferred_label_per_language_for_every_concept(exported, glossary, fmt):
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    graph.parse(data=exported[fmt], format="json-ld" if fmt == "skos" else "turtle")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(glossary["entries"])
    for concept in concepts:
        labels = [label for label in graph.objects(concept, SKOS.prefLabel)
                  if isinstance(label, Literal)]
        # exactly one prefLabel per language (rdflib writes language tags in lower case)
        assert sorted(str(label.language).lower() for label in labels) == sorted(
            code.lower() for code in CODES)
    micro = next(c for c in concepts if str(c).endswith("/glossary/micro-influencer/"))
    broader = {str(b) for b in graph.objects(micro, SKOS.broader)}
    assert any(b.endswith("/glossary/influencer/") for b in broader)
    influencer = next(c for c in concepts if str(c).endswith("/glossary/influencer/"))
    narrower = {str(n).rsplit("/", 2)[-2] for n in graph.objects(influencer, SKOS.narrower)}
    tiers = {"nano-influencer", "micro-influencer", "macro-influencer", "mega-influencer"}
    assert tiers <= narrower


def test_csv_has_a_row_per_entry_and_language(exported, glossary) -> None:
    rows = list(csv.DictReader(io.StringIO(exported["csv"])))
    assert len(rows) == len(glossary["entries"]) * len(CODES)
    assert {(row["id"], row["language"]) for row in rows} == {
        (entry_id, code) for entry_id in glossary["entries"] for code in CODES}
    micro_de = next(r for r in rows if r["id"] == "micro-influencer" and r["language"] == "de")
    assert "10.000" in micro_de["long"]  # numbers written the German way


def test_site_publishes_the_exports_under_api_v1(site, glossary) -> None:
    api = site / "api" / "v1"
    for name in ("glossary.json", "glossary.schema.json", "glossary.tbx", "glossary.skos.jsonld",
                 "glossary.ttl", "glossary.csv"):
        assert (api / name).stat().st_size > 0, name
    for entry_id in glossary["entries"]:
        one = json.loads((api / "entries" / f"{entry_id}.json").read_text("utf-8"))
        assert one["entry"]["id"] == entry_id
        assert set(one["entry"]["texts"]) == set(CODES)


def json_ld(html: str) -> list[dict]:
    import re

    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("code", CODES)
def test_term_and_faq_pages_carry_json_ld_in_their_language(site, code) -> None:
    from kb.languages import url_prefix

    prefix = site / url_prefix(code)
    term = json_ld((prefix / "glossary" / "micro-influencer" / "index.html").read_text("utf-8"))
    assert [d["@type"] for d in term] == ["DefinedTerm"]
    assert term[0]["inLanguage"] == code and term[0]["termCode"] == "micro-influencer"
    assert term[0]["inDefinedTermSet"]["@type"] == "DefinedTermSet"
    faq = json_ld((prefix / "faq" / "index.html").read_text("utf-8"))
    assert [d["@type"] for d in faq] == ["FAQPage"]
    assert faq[0]["inLanguage"] == code
    assert all(q["acceptedAnswer"]["text"] for q in faq[0]["mainEntity"])
