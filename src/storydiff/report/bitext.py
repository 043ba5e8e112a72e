"""Aligned bitext exports for translators and corpus builders: TSV and TMX 1.4.

Only units that at least two documents carry are exported (a unique statement has no
translation to pair with). Each unit is one row / one ``<tu>``; a document's member
segments are joined with a space.

TSV: a header row, then ``unit``, ``relation``, ``score`` and one column per document;
tabs and line breaks inside text become spaces so a row is always one line.

TMX: built with :mod:`xml.etree.ElementTree`, which escapes text and attributes, so
article text cannot break the XML. ``srclang`` is the first document's language;
each ``<tuv>`` carries its document's language (``und`` where unknown) and the document
id as a ``<prop type="x-document">``, since two accounts may share a language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .. import __version__
from ..model import Comparison
from ..patterns import compiled
from .markdown import unit_texts

# Characters XML 1.0 cannot hold at all (ElementTree would write them and break the file).
_NOT_XML = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", " ".join(text.split()))


def render_tsv(comparison: Comparison) -> str:
    docs = [d.id for d in comparison.documents]
    lines = ["\t".join(["unit", "relation", "score", *(_clean(d) for d in docs)])]
    for unit in comparison.units:
        if len(unit.documents) < 2:
            continue
        texts = unit_texts(comparison, unit)
        score = f"{unit.score:.4f}" if unit.score is not None else ""
        row = [str(unit.id), unit.relation.value, score]
        row += [_clean(texts.get(d, "")) for d in docs]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def render_tmx(comparison: Comparison) -> str:
    docs = comparison.documents
    langs = {d.id: d.lang or "und" for d in docs}
    srclang = langs[docs[0].id] if docs else "und"
    tmx = ET.Element("tmx", version="1.4")
    ET.SubElement(
        tmx,
        "header",
        {
            "creationtool": "storydiff",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "storydiff.comparison/1",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(tmx, "body")
    for unit in comparison.units:
        if len(unit.documents) < 2:
            continue
        tu = ET.SubElement(body, "tu", tuid=str(unit.id))
        ET.SubElement(tu, "prop", type="x-relation").text = unit.relation.value
        if unit.score is not None:
            ET.SubElement(tu, "prop", type="x-score").text = f"{unit.score:.4f}"
        texts = unit_texts(comparison, unit)
        for doc in docs:
            if doc.id not in texts:
                continue
            tuv = ET.SubElement(tu, "tuv", {"xml:lang": langs[doc.id]})
            ET.SubElement(tuv, "prop", type="x-document").text = doc.id
            ET.SubElement(tuv, "seg").text = _clean(texts[doc.id])
    ET.indent(tmx)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tmx, encoding="unicode") + "\n"
