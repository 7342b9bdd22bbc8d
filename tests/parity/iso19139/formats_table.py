#!/usr/bin/env python3
"""Writes rules/vocabularies/iso19139-formats.tsv from the stylesheet's EncodingLabelToUri
template: each format name it knows and the IRI it gives it.

    python3 tests/parity/iso19139/formats_table.py
"""
import pathlib
import re

HERE = pathlib.Path(__file__).parent
BASES = {
    "opft": "http://publications.europa.eu/resource/authority/file-type/",
    "iana-mt": "https://www.iana.org/assignments/media-types/",
    "inspire-mt": "http://inspire.ec.europa.eu/media-types/",
}
HEADER = """# ISO 19139 format names (gmd:MD_Format/gmd:name) and the file-type or media-type IRI that
# SEMIC's iso-19139-to-dcat-ap stylesheet gives them (template EncodingLabelToUri), read from
# tests/parity/iso19139/iso-19139-to-dcat-ap.xsl (SEMICeu/iso-19139-to-dcat-ap 6074ec5,
# EUPL 1.2) by tests/parity/iso19139/formats_table.py. The name is matched trimmed,
# whitespace collapsed, lowercased, a file-type IRI prefix removed; the first row wins.
# name<TAB>IRI
"""


def main():
    text = (HERE / "iso-19139-to-dcat-ap.xsl").read_text(encoding="utf-8")
    start = text.index('<xsl:template name="EncodingLabelToUri">')
    body = text[start : text.index("</xsl:template>", start)]
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    rows = []
    pattern = (
        r'<xsl:when test="([^"]*)">\s*'
        r"<xsl:value-of select=\"concat\(\$([\w-]+),'([^']*)'\)\"/>\s*</xsl:when>"
    )
    for when in re.finditer(pattern, body):
        for label in re.findall(r"\$norm-label = '([^']*)'", when.group(1)):
            rows.append(f"{label}\t{BASES[when.group(2)]}{when.group(3)}\n")
    out = HERE.parent.parent.parent / "rules" / "vocabularies" / "iso19139-formats.tsv"
    out.write_text(HEADER + "".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
