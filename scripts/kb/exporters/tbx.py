"""TBX-Basic (ISO 30042:2019, DCA style): one conceptEntry per entry.

Each language gets a langSec with the definition and a termSec per name: the
preferred name as preferredTerm, every alternative as admittedTerm.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..languages import CODES
from .common import citation_text, entry_url, plain

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RNG = ("https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
       "TBXcoreStructV03_TBX-Basic_integrated.rng")


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str):
    element = etree.SubElement(parent, f"{{{TBX_NS}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def to_tree(glossary: dict[str, Any]) -> etree._ElementTree:
    root = etree.Element(f"{{{TBX_NS}}}tbx", {"type": "TBX-Basic", "style": "dca",
                                               XML_LANG: "en"}, nsmap={None: TBX_NS})
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", "Influencer tiers glossary")
    source_desc = _sub(file_desc, "sourceDesc")
    for source in glossary["sources"].values():
        _sub(source_desc, "p", f"{source['id']}: {source['title']} ({source['language']})")
    body = _sub(_sub(root, "text"), "body")
    for entry_id, entry in glossary["entries"].items():
        concept = _sub(body, "conceptEntry", id=entry_id)
        _sub(concept, "descrip", "influencer marketing", type="subjectField")
        for target in entry["related"]:
            _sub(concept, "ref", target, type="crossReference", target=target)
        _sub(concept, "xref", entry_url(entry_id), type="externalCrossReference",
             target=entry_url(entry_id))
        sources = "; ".join(citation_text(glossary, cite) for cite in entry["sources"])
        for code in CODES:
            block = entry["texts"].get(code)
            if block is None:
                continue
            lang_sec = _sub(concept, "langSec", **{XML_LANG: code})
            group = _sub(lang_sec, "descripGrp")
            _sub(group, "descrip", plain(glossary, block["short"], code), type="definition")
            _sub(group, "admin", sources, type="source")
            for name, status in [(block["name"], "preferredTerm-admn-sts"),
                                 *((alt, "admittedTerm-admn-sts") for alt in block["alt_names"])]:
                term_sec = _sub(lang_sec, "termSec")
                _sub(term_sec, "term", name)
                _sub(term_sec, "termNote", status, type="administrativeStatus")
    return etree.ElementTree(root)


def to_tbx(glossary: dict[str, Any]) -> str:
    tree = to_tree(glossary)
    body = etree.tostring(tree, encoding="unicode", pretty_print=True)
    model = (f'<?xml-model href="{RNG}" type="application/xml" '
             'schematypens="http://relaxng.org/ns/structure/1.0"?>\n')
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + model + body
