#!/usr/bin/env python3
"""Parity of `dglint check --input csw` on ISO 19139 records with udata's CSW-ISO-19139 backend.

Generates a CSW server's answer holding ISO 19139 records (`gmd:MD_Metadata`) whose elements
vary everything SEMIC's stylesheet and udata's DCAT mapping read for the score: the scope
(`gmd:hierarchyLevel`: dataset, series, non-geographic dataset, service, none, two), the
metadata language and translations (`gmd:PT_FreeText`), identifiers (codes, code spaces,
anchors, none), titles (text, anchors, none), abstracts around the 200-character threshold
(plain, HTML, padded), maintenance frequencies (every code, unknown ones), keywords (free,
from a thesaurus as text or anchors, HVD anchors), bounding boxes (whole, with a bound left
out or empty) and geographic identifiers, temporal extents (periods, open periods, instants,
in GML 3.1 and 3.2), citation dates (publication, revision, creation, in the future, years),
online resources (every function, GetCapabilities URLs, OGC protocols), formats (known names,
unknown ones, anchors, distributor formats) and constraints (use limitations, other
constraints as text or anchors, restriction codes). Then udata's own code
(tests/parity/harvest_oracle.py `--csw-iso`: the CSW-ISO-19139 backend, running the
stylesheet in tests/parity/iso19139/ with saxonche, then `dataset_from_rdf` and the quality)
and dglint read the same answer; every criterion dglint decides must equal udata's, record by
record (matched by title), and the records udata makes no dataset of must be the ones dglint
leaves out.

    python3 tests/parity/iso_parity.py --dglint target/debug/dglint \\
        --oracle-python .venv-udata/bin/python [--count 600] [--seed 1] [--keep answer.xml]
"""
import argparse
import os
import random
import shutil
import sys
import tempfile
from xml.sax.saxutils import escape

from harvest_parity import AS_OF, dglint_qualities, oracle_qualities

HERE = os.path.dirname(os.path.abspath(__file__))
STYLESHEET = os.path.join(HERE, "iso19139", "iso-19139-to-dcat-ap.xsl")
WORDS = ("données géographiques de référence produites par le service compétent pour chaque "
         "commune du territoire et diffusées avec leur documentation ").split()
FREQUENCIES = ["continual", "daily", "weekly", "fortnightly", "semimonthly", "monthly",
               "quarterly", "biannually", "annually", "biennially", "periodic", "asNeeded",
               "irregular", "notPlanned", "unknown", "yearly", ""]
FORMATS = ["ESRI Shapefile", "shp", "CSV", "GeoJSON", "geojson", "GML", "PDF", "xlsx",
           "Format inconnu", "KML", "ZIP", "GeoTIFF", "MapInfo MIF/MID", ""]
NAMESPACES = ('xmlns:gmd="http://www.isotc211.org/2005/gmd" '
              'xmlns:gco="http://www.isotc211.org/2005/gco" '
              'xmlns:gmx="http://www.isotc211.org/2005/gmx" '
              'xmlns:xlink="http://www.w3.org/1999/xlink"')


def text(value):
    return f"<gco:CharacterString>{escape(value)}</gco:CharacterString>"


def prose(rng, length):
    words = []
    while len(" ".join(words)) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length].strip()


def localised(rng, value):
    """The value, with a translation half of the time."""
    if rng.random() < 0.15:
        return (text(value) + '<gmd:PT_FreeText><gmd:textGroup><gmd:LocalisedCharacterString '
                f'locale="#EN">{escape(value)} (en)</gmd:LocalisedCharacterString>'
                '</gmd:textGroup></gmd:PT_FreeText>')
    return text(value)


def code(list_name, value):
    return (f'<gmd:{list_name} codeList="http://standards.iso.org/iso/19139/resources/'
            f'gmxCodelists.xml#{list_name}" codeListValue="{value}">{value}</gmd:{list_name}>')


def identifiers(rng, index):
    kind = rng.random()
    if kind < 0.05:
        return ""
    if kind < 0.1:
        return "<gmd:identifier><gmd:MD_Identifier><gmd:code/></gmd:MD_Identifier></gmd:identifier>"
    if kind < 0.3:
        value = f"https://geo.example.fr/id/{index}"
        return f"<gmd:identifier><gmd:MD_Identifier><gmd:code>{text(value)}</gmd:code></gmd:MD_Identifier></gmd:identifier>"
    if kind < 0.45:
        space = rng.choice(["https://geo.example.fr/ns/", "FR-123456789", "urn:example"])
        return (f"<gmd:identifier><gmd:RS_Identifier><gmd:code>{text(str(index))}</gmd:code>"
                f"<gmd:codeSpace>{text(space)}</gmd:codeSpace></gmd:RS_Identifier></gmd:identifier>")
    if kind < 0.55:
        return (f'<gmd:identifier><gmd:MD_Identifier><gmd:code><gmx:Anchor xlink:href="https://'
                f'geo.example.fr/a/{index}">id-{index}</gmx:Anchor></gmd:code></gmd:MD_Identifier>'
                "</gmd:identifier>")
    return f"<gmd:identifier><gmd:MD_Identifier><gmd:code>{text(f'fr-{index}')}</gmd:code></gmd:MD_Identifier></gmd:identifier>"


def date(rng):
    day = AS_OF.date().toordinal() - rng.randint(-60, 2000)
    from datetime import date as day_of
    value = day_of.fromordinal(day).isoformat()
    form = rng.random()
    if form < 0.15:
        return f"<gco:DateTime>{value}T10:00:00</gco:DateTime>"
    if form < 0.2:
        return f"<gco:Date>{value[:4]}</gco:Date>"
    return f"<gco:Date>{value}</gco:Date>"


def citation_dates(rng):
    parts = []
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(["publication", "revision", "creation", "revision"])
        parts.append(f"<gmd:date><gmd:CI_Date><gmd:date>{date(rng)}</gmd:date><gmd:dateType>"
                     f"{code('CI_DateTypeCode', kind)}</gmd:dateType></gmd:CI_Date></gmd:date>")
    return "".join(parts)


def keywords(rng, index):
    parts = []
    for _ in range(rng.randint(0, 3)):
        kind = rng.random()
        words = [rng.choice(WORDS) + str(rng.randint(0, 3)) for _ in range(rng.randint(1, 3))]
        if kind < 0.4:
            body = "".join(f"<gmd:keyword>{localised(rng, w)}</gmd:keyword>" for w in words)
            parts.append(f"<gmd:MD_Keywords>{body}</gmd:MD_Keywords>")
            continue
        if kind < 0.7:
            body = "".join(f"<gmd:keyword>{text(w)}</gmd:keyword>" for w in words)
        elif kind < 0.85:
            body = "".join(f'<gmd:keyword><gmx:Anchor xlink:href="http://inspire.ec.europa.eu/'
                           f'theme/{w}">{w}</gmx:Anchor></gmd:keyword>' for w in words)
        else:
            body = ('<gmd:keyword><gmx:Anchor xlink:href="http://data.europa.eu/bna/c_ac64a52d">'
                    'Géospatiales</gmx:Anchor></gmd:keyword>')
        thesaurus = rng.choice([
            f"<gmd:title>{text('GEMET - INSPIRE themes, version 1.0')}</gmd:title>",
            '<gmd:title><gmx:Anchor xlink:href="http://data.europa.eu/bna/asd487ae75">'
            'High-value dataset categories</gmx:Anchor></gmd:title>',
            "<gmd:title/>",
        ])
        parts.append(f"<gmd:MD_Keywords>{body}<gmd:thesaurusName><gmd:CI_Citation>{thesaurus}"
                     f"{citation_dates(rng) if rng.random() < 0.3 else ''}</gmd:CI_Citation>"
                     "</gmd:thesaurusName></gmd:MD_Keywords>")
    return "".join(f"<gmd:descriptiveKeywords>{p}</gmd:descriptiveKeywords>" for p in parts)


def bbox(rng):
    bounds = {"westBoundLongitude": "-5.1", "eastBoundLongitude": "9.56",
              "southBoundLatitude": "41.3", "northBoundLatitude": "51.1"}
    form = rng.random()
    parts = []
    for name, value in bounds.items():
        if form < 0.05 and name == "northBoundLatitude":
            continue
        if 0.05 <= form < 0.1 and name == "southBoundLatitude":
            value = ""
        if 0.1 <= form < 0.15:
            value = value.split(".")[0]
        parts.append(f"<gmd:{name}><gco:Decimal>{value}</gco:Decimal></gmd:{name}>")
    return ("<gmd:geographicElement><gmd:EX_GeographicBoundingBox>" + "".join(parts)
            + "</gmd:EX_GeographicBoundingBox></gmd:geographicElement>")


def geographic_identifier(rng):
    value = rng.choice(["https://id.insee.fr/geo/commune/75056", "urn:ogc:def:crs:EPSG::2154",
                        "Paris"])
    return ("<gmd:geographicElement><gmd:EX_GeographicDescription><gmd:geographicIdentifier>"
            f"<gmd:MD_Identifier><gmd:code>{text(value)}</gmd:code></gmd:MD_Identifier>"
            "</gmd:geographicIdentifier></gmd:EX_GeographicDescription></gmd:geographicElement>")


def temporal(rng):
    gml = rng.choice(["http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2"])
    start, end = "2019-01-01", rng.choice(["2024-12-31", "2026-12-31", ""])
    form = rng.random()
    if form < 0.5:
        period = (f'<gml:TimePeriod xmlns:gml="{gml}" gml:id="t1"><gml:beginPosition>{start}'
                  f"</gml:beginPosition><gml:endPosition>{end}</gml:endPosition></gml:TimePeriod>")
    elif form < 0.65:
        period = (f'<gml:TimePeriod xmlns:gml="{gml}" gml:id="t1"><gml:beginPosition>{start}'
                  "</gml:beginPosition></gml:TimePeriod>")
    elif form < 0.8:
        period = (f'<gml:TimeInstant xmlns:gml="{gml}" gml:id="t1"><gml:timePosition>2021'
                  "</gml:timePosition></gml:TimeInstant>")
    else:
        period = (f'<gml:TimePeriod xmlns:gml="{gml}" gml:id="t1"><gml:beginPosition>'
                  f"{start}T00:00:00</gml:beginPosition><gml:endPosition>2025-06-30T00:00:00"
                  "</gml:endPosition></gml:TimePeriod>")
    return ("<gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>" + period
            + "</gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>")


def online(rng, index):
    function = rng.choice(["download", "download", "information", "search", "offlineAccess",
                           "order", "browsing", None])
    url = rng.choice([
        f"https://data.example.fr/files/{index}.zip",
        f"https://data.example.fr/files/{index}.csv",
        "https://geo.example.fr/wms?SERVICE=WMS&REQUEST=GetCapabilities",
        "https://geo.example.fr/ows?service=wfs&request=GetCapabilities",
        "https://geo.example.fr/ows?request=GetCapabilities",
        f"https://data.example.fr/page/{index}",
    ])
    protocol = rng.choice(["WWW:DOWNLOAD-1.0-http--download", "OGC:WMS", "OGC:WFS", None])
    parts = [f"<gmd:linkage><gmd:URL>{escape(url)}</gmd:URL></gmd:linkage>"]
    if protocol:
        parts.append(f"<gmd:protocol>{text(protocol)}</gmd:protocol>")
    if rng.random() < 0.7:
        parts.append(f"<gmd:name>{localised(rng, 'couche ' + str(index))}</gmd:name>")
    if rng.random() < 0.5:
        parts.append(f"<gmd:description>{text(prose(rng, rng.randint(5, 80)))}</gmd:description>")
    if function:
        parts.append(f"<gmd:function>{code('CI_OnLineFunctionCode', function)}</gmd:function>")
    return f"<gmd:onLine><gmd:CI_OnlineResource>{''.join(parts)}</gmd:CI_OnlineResource></gmd:onLine>"


def format_names(rng):
    parts = []
    for _ in range(rng.randint(0, 2)):
        name = rng.choice(FORMATS)
        if rng.random() < 0.1:
            value = ('<gmx:Anchor xlink:href="http://publications.europa.eu/resource/authority/'
                     'file-type/GEOJSON">GeoJSON</gmx:Anchor>')
        else:
            value = text(name)
        parts.append(f"<gmd:MD_Format><gmd:name>{value}</gmd:name><gmd:version>"
                     f"{text('1.0')}</gmd:version></gmd:MD_Format>")
    return parts


def distribution(rng, index):
    formats = "".join(f"<gmd:distributionFormat>{f}</gmd:distributionFormat>"
                      for f in format_names(rng))
    options = "".join(online(rng, index * 10 + n) for n in range(rng.randint(0, 3)))
    parts = [formats]
    if options:
        parts.append("<gmd:transferOptions><gmd:MD_DigitalTransferOptions>" + options
                     + "</gmd:MD_DigitalTransferOptions></gmd:transferOptions>")
    if rng.random() < 0.2:
        distributor_formats = "".join(f"<gmd:distributorFormat>{f}</gmd:distributorFormat>"
                                      for f in format_names(rng))
        parts.append("<gmd:distributor><gmd:MD_Distributor>" + distributor_formats
                     + "<gmd:distributorTransferOptions><gmd:MD_DigitalTransferOptions>"
                     + online(rng, index * 10 + 7)
                     + "</gmd:MD_DigitalTransferOptions></gmd:distributorTransferOptions>"
                     "</gmd:MD_Distributor></gmd:distributor>")
    return ("<gmd:distributionInfo><gmd:MD_Distribution>" + "".join(parts)
            + "</gmd:MD_Distribution></gmd:distributionInfo>")


def constraints(rng):
    parts = []
    for _ in range(rng.randint(0, 2)):
        kind = rng.random()
        if kind < 0.3:
            parts.append("<gmd:MD_Constraints><gmd:useLimitation>"
                         + text(rng.choice(["Licence Ouverte / Open Licence version 2.0",
                                            "Aucune condition", "ODbL"]))
                         + "</gmd:useLimitation></gmd:MD_Constraints>")
        elif kind < 0.6:
            other = rng.choice([
                text("Licence Ouverte 2.0"),
                '<gmx:Anchor xlink:href="https://www.etalab.gouv.fr/licence-ouverte-open-licence">'
                "Licence ouverte</gmx:Anchor>",
                text("Pas de restriction d'accès public"),
            ])
            parts.append("<gmd:MD_LegalConstraints><gmd:useConstraints>"
                         + code("MD_RestrictionCode", "otherRestrictions")
                         + f"</gmd:useConstraints><gmd:otherConstraints>{other}"
                         "</gmd:otherConstraints></gmd:MD_LegalConstraints>")
        else:
            parts.append("<gmd:MD_LegalConstraints><gmd:accessConstraints>"
                         + code("MD_RestrictionCode", "otherRestrictions")
                         + '</gmd:accessConstraints><gmd:otherConstraints><gmx:Anchor xlink:href="'
                         'http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/'
                         'noLimitations">Pas de restriction</gmx:Anchor></gmd:otherConstraints>'
                         "</gmd:MD_LegalConstraints>")
    return "".join(f"<gmd:resourceConstraints>{p}</gmd:resourceConstraints>" for p in parts)


def record(rng, index):
    level = rng.choices(["dataset", "series", "nonGeographicDataset", "service", None, "two"],
                        [80, 6, 5, 3, 3, 3])[0]
    language = rng.choice(["fre", "fre", "fre", "eng", "fra", None])
    title = f"Jeu {index} {rng.choice(WORDS)}"
    parts = [f"<gmd:fileIdentifier>{text(f'uuid-{index}')}</gmd:fileIdentifier>"]
    if language:
        parts.append(f"<gmd:language>{code('LanguageCode', language)}</gmd:language>")
    if level == "two":
        parts.append(f"<gmd:hierarchyLevel>{code('MD_ScopeCode', 'dataset')}</gmd:hierarchyLevel>"
                     f"<gmd:hierarchyLevel>{code('MD_ScopeCode', 'series')}</gmd:hierarchyLevel>")
    elif level:
        parts.append(f"<gmd:hierarchyLevel>{code('MD_ScopeCode', level)}</gmd:hierarchyLevel>")
    parts.append(f"<gmd:dateStamp>{date(rng)}</gmd:dateStamp>")
    parts.append('<gmd:locale><gmd:PT_Locale id="EN"><gmd:languageCode>'
                 f"{code('LanguageCode', 'eng')}</gmd:languageCode></gmd:PT_Locale></gmd:locale>")
    title_element = (f"<gmd:title>{localised(rng, title)}</gmd:title>" if rng.random() < 0.97
                     else f'<gmd:title><gmx:Anchor xlink:href="https://x.fr/t">{title}</gmx:Anchor></gmd:title>')
    citation = f"<gmd:CI_Citation>{title_element}{citation_dates(rng)}{identifiers(rng, index)}</gmd:CI_Citation>"
    length = rng.choice([0, 20, 150, 199, 200, 201, 260, 600])
    abstract = prose(rng, length)
    if rng.random() < 0.1:
        abstract = f"<p>{abstract}</p>"
    if rng.random() < 0.1:
        abstract = f"\n   {abstract}   \n"
    ident = [f"<gmd:citation>{citation}</gmd:citation>"]
    if length or rng.random() < 0.5:
        ident.append(f"<gmd:abstract>{localised(rng, abstract)}</gmd:abstract>")
    if rng.random() < 0.8:
        frequency = rng.choice(FREQUENCIES)
        ident.append("<gmd:resourceMaintenance><gmd:MD_MaintenanceInformation>"
                     "<gmd:maintenanceAndUpdateFrequency>"
                     + code("MD_MaintenanceFrequencyCode", frequency)
                     + "</gmd:maintenanceAndUpdateFrequency></gmd:MD_MaintenanceInformation>"
                     "</gmd:resourceMaintenance>")
    ident.append(keywords(rng, index))
    ident.append(constraints(rng))
    extent = []
    if rng.random() < 0.2:
        extent.append(geographic_identifier(rng))
    if rng.random() < 0.7:
        extent.append(bbox(rng))
    if rng.random() < 0.6:
        extent.append(temporal(rng))
    if extent:
        ident.append(f"<gmd:extent><gmd:EX_Extent>{''.join(extent)}</gmd:EX_Extent></gmd:extent>")
    parts.append("<gmd:identificationInfo><gmd:MD_DataIdentification>" + "".join(ident)
                 + "</gmd:MD_DataIdentification></gmd:identificationInfo>")
    parts.extend(distribution(rng, index * 10 + n) for n in range(rng.randint(0, 2)))
    return f"<gmd:MD_Metadata {NAMESPACES}>{''.join(parts)}</gmd:MD_Metadata>"


def answer(records):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">\n'
            '<csw:SearchStatus timestamp="2026-11-22T12:00:00"/>\n'
            f'<csw:SearchResults numberOfRecordsMatched="{len(records)}" '
            f'numberOfRecordsReturned="{len(records)}" nextRecord="0">\n'
            + "\n".join(records) + "\n</csw:SearchResults>\n</csw:GetRecordsResponse>\n")


def compare(name, ours, theirs):
    differences = 0
    if set(ours) != set(theirs):
        print(f"{name}: records differ: dglint only {sorted(set(ours) - set(theirs))[:5]}, "
              f"udata only {sorted(set(theirs) - set(ours))[:5]}")
        differences += 1
    decided = 0
    for title, quality in sorted(ours.items()):
        for key, value in quality.items():
            decided += 1
            if theirs.get(title, {}).get(key) != value:
                differences += 1
                if differences <= 20:
                    print(f"{name} {title} {key}: dglint {value}, "
                          f"udata {theirs.get(title, {}).get(key)}")
    return differences, decided


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dglint", required=True)
    parser.add_argument("--oracle-python", required=True)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="also write the generated answer here")
    parser.add_argument("answers", nargs="*", help="saved answers (real records) to compare too")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    differences = 0
    with tempfile.TemporaryDirectory() as directory:
        generated = os.path.join(directory, "answer.xml")
        with open(generated, "w", encoding="utf-8") as handle:
            handle.write(answer([record(rng, n) for n in range(args.count)]))
        if args.keep:
            shutil.copy(generated, args.keep)
        for path in [generated, *args.answers]:
            theirs = oracle_qualities(args.oracle_python, [path, "--csw-iso", STYLESHEET])
            ours = dglint_qualities(args.dglint, path, "csw")
            found, decided = compare(os.path.basename(path), ours, theirs)
            differences += found
            print(f"{path}: {len(theirs)} datasets harvested by udata, {len(ours)} by dglint; "
                  f"criteria compared: {decided}")
    print(f"differences: {differences}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
