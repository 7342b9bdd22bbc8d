#!/usr/bin/env python3
"""Parity of `dglint check --input dcat` with udata's own DCAT harvest code.

Generates a DCAT catalogue in Turtle whose records vary every field udata's `dataset_from_rdf`
reads for its score (titles or none; plain descriptions around the 200-character threshold, in
French and English, HTML ones, `dct:abstract`; keywords and themes; frequencies as EU and
Dublin Core URIs, literals in any case, unknown ones; temporal coverages as ranges, years,
months, periods with schema.org, DCAT or no dates, named periods; spatial coverages as
bounding boxes, WKT and GeoJSON polygons, multipolygons, points and broken shapes; harvest
dates in the past and the future; distributions with download or access URLs or none, formats
as text, EU file types and media types, titles, descriptions, access services). rdflib writes
the same graph as RDF/XML, JSON-LD and N-Triples, and as a CSW server's answer to udata's
`GetRecords` (a record per dataset, in RDF/XML). dglint reads all five; udata's code
(tests/parity/harvest_oracle.py) reads the Turtle, and the CSW answer as its CSW-DCAT backend
does; every udata criterion dglint decides must
equal udata's, record by record (matched by title), in every syntax, and the records udata
skips (no title, no `dct:identifier`, which the backend keys datasets by) must be the ones
dglint skips.

    python3 tests/parity/harvest_parity.py --dglint target/debug/dglint \\
        --oracle-python .venv-udata/bin/python [--count 600] [--seed 1]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "harvest_oracle.py")
AS_OF = datetime(2026, 11, 22, 12, 0, 0, tzinfo=timezone.utc)
EUFREQ = "http://publications.europa.eu/resource/authority/frequency/"
FREQ = "http://purl.org/cld/freq/"
WORDS = ("données publiques de la collectivité mises à jour avec soin par le service "
         "compétent pour chaque commune du territoire et accompagnées de leur documentation ").split()

PREFIXES = """@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix locn: <http://www.w3.org/ns/locn#> .
@prefix gsp: <http://www.opengis.net/ont/geosparql#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def literal(text, suffix=""):
    return json.dumps(text, ensure_ascii=False) + suffix


def prose(rng, length):
    words = []
    while len(" ".join(words)) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length].strip()


def description(rng):
    kind = rng.choice(["none", "plain", "plain", "plain", "both", "abstract", "html", "html-long",
                       "html-near"])
    if kind == "none":
        return []
    text = prose(rng, rng.randint(150, 260))
    if kind == "plain":
        return [f"dct:description {literal('  ' + text + ' ')}"]
    if kind == "both":
        return [f"dct:description {literal(text, '@fr')}, {literal('short', '@en')}"]
    if kind == "abstract":
        return [f"dct:abstract {literal(text)}"]
    if kind == "html":
        return [f"dct:description {literal('<p>Les <b>arbres</b> &amp; les haies.</p>')}"]
    if kind == "html-near":
        return [f"dct:description {literal('<p>' + prose(rng, rng.randint(170, 240)) + '</p>')}"]
    return [f"dct:description {literal('<p>' + prose(rng, 450) + '</p><ul><li>un</li></ul>')}"]


def frequency(rng):
    kind = rng.choice(["none", "eu", "dc", "literal", "unknown", "blank"])
    eu = ["ANNUAL", "ANNUAL_2", "MONTHLY", "WEEKLY", "DAILY", "IRREG", "UNKNOWN", "NEVER",
          "AS_NEEDED", "1MIN", "OTHER"]
    dc = ["annual", "monthly", "weekly", "daily", "irregular", "threeTimesAWeek", "continuous"]
    if kind == "none":
        return []
    if kind == "eu":
        return [f"dct:accrualPeriodicity <{EUFREQ}{rng.choice(eu)}>"]
    if kind == "dc":
        return [f"dct:accrualPeriodicity <{FREQ}{rng.choice(dc)}>"]
    if kind == "literal":
        word = rng.choice(eu + dc)
        word = rng.choice([word, word.lower(), word.upper()])
        return [f"dct:accrualPeriodicity {literal(word)}"]
    if kind == "unknown":
        return [f"dct:accrualPeriodicity {literal('hebdomadaire')}"]
    return ["dct:accrualPeriodicity [ rdfs:label \"monthly\" ]"]


def temporal(rng):
    kind = rng.choice(["none", "range", "year", "month", "day", "schema", "dcat", "end-only",
                       "empty-period", "bad"])
    if kind == "none":
        return []
    if kind == "range":
        return ['dct:temporal "2019-01-01/2021-06-30"']
    if kind == "year":
        return ['dct:temporal "2019"']
    if kind == "month":
        return ['dct:temporal "2020-02"']
    if kind == "day":
        return ['dct:temporal "2020-02-03"']
    if kind == "schema":
        return ['dct:temporal [ schema:startDate "2018-01-01"^^xsd:date ; schema:endDate "2019-12-31"^^xsd:date ]']
    if kind == "dcat":
        return ['dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2018-01-01"^^xsd:date ]']
    if kind == "end-only":
        return ['dct:temporal [ dcat:endDate "2018-01-01"^^xsd:date ]']
    if kind == "empty-period":
        return ['dct:temporal [ a dct:PeriodOfTime ]']
    return ['dct:temporal "n/a"']


def spatial(rng):
    kind = rng.choice(["none", "bbox", "bad-bbox", "wkt", "multi", "point", "geojson",
                       "geojson-point", "open-ring", "lowercase"])
    polygon = "1.5 43.1, 2.5 43.1, 2.5 44.2, 1.5 44.2, 1.5 43.1"
    if kind == "none":
        return []
    if kind == "bbox":
        return ['dct:spatial "1.5,43.1,2.5,44.2"']
    if kind == "bad-bbox":
        return ['dct:spatial "1.5,43.1,2.5"']
    if kind == "wkt":
        return [f'dct:spatial [ locn:geometry "POLYGON(({polygon}))"^^gsp:wktLiteral ]']
    if kind == "lowercase":
        return [f'dct:spatial [ locn:geometry "polygon (({polygon}))"^^gsp:wktLiteral ]']
    if kind == "multi":
        return [f'dct:spatial [ locn:geometry "MULTIPOLYGON((({polygon})),(({polygon})))"^^gsp:wktLiteral ]']
    if kind == "point":
        return ['dct:spatial [ dcat:centroid "POINT(1.5 43.1)"^^gsp:wktLiteral ]']
    if kind == "open-ring":
        return ['dct:spatial [ locn:geometry "POLYGON((1 2, 3 4, 5 6, 7 8))"^^gsp:wktLiteral ]']
    if kind == "geojson":
        ring = [[1.5, 43.1], [2.5, 43.1], [2.5, 44.2], [1.5, 43.1]]
        geo = json.dumps({"type": "Polygon", "coordinates": [ring]})
        return [f"dct:spatial [ locn:geometry {literal(geo)}^^gsp:geoJSONLiteral ]"]
    geo = json.dumps({"type": "Point", "coordinates": [1.5, 43.1]})
    return [f"dct:spatial [ locn:geometry {literal(geo)}^^gsp:geoJSONLiteral ]"]


def date(rng):
    moment = AS_OF + timedelta(days=rng.choice([-900, -400, -40, -10, -1, 3, 30]))
    return literal(moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "^^xsd:dateTime")


def distribution(rng, index):
    lines = ["a dcat:Distribution"]
    url = f"https://files.example.org/{index}/data.{rng.choice(['csv', 'pdf', 'json'])}"
    kind = rng.choice(["download", "access", "none", "download"])
    if kind == "download":
        lines.append(f"dcat:downloadURL <{url}>")
    elif kind == "access":
        lines.append(f"dcat:accessURL <{url}?page=1>")
    fmt = rng.choice(["none", '"CSV"', '"pdf"', "<http://publications.europa.eu/resource/authority/file-type/CSV>",
                      "<http://publications.europa.eu/resource/authority/file-type/PDF>",
                      "<https://www.iana.org/assignments/media-types/text/csv>", '"XLS"', '"geojson"'])
    if fmt != "none":
        lines.append(f"dct:format {fmt}")
    if rng.random() < 0.5:
        lines.append(f"dct:title {literal('Fichier ' + str(index))}")
    if rng.random() < 0.3:
        lines.append(f"dct:description {literal('Une ligne par commune.')}")
    if rng.random() < 0.15:
        lines.append("dcat:accessService [ a dcat:DataService ]")
    if rng.random() < 0.4:
        lines.append(f"dct:modified {date(rng)}")
    return "[ " + " ;\n      ".join(lines) + " ]"


def record(rng, index):
    lines = [rng.choice(["a dcat:Dataset", "a dcat:Dataset", "a dcat:DatasetSeries"])]
    if rng.random() > 0.03:
        lines.append(f"dct:identifier {literal(f'jeu-{index}')}")
    if rng.random() > 0.03:
        lines.append(f"dct:title {literal(f'Jeu {index:04d} des données', '@fr')}")
    lines += description(rng)
    tags = rng.sample(["Mobilité", "parkings", "ab", "Énergie renouvelable", "eau"], rng.randint(0, 3))
    if tags:
        lines.append("dcat:keyword " + ", ".join(literal(tag) for tag in tags))
    if rng.random() < 0.3:
        lines.append('dcat:theme [ skos:prefLabel "Environnement"@fr ]')
    lines += frequency(rng)
    lines += temporal(rng)
    lines += spatial(rng)
    if rng.random() < 0.5:
        lines.append(f"dct:modified {date(rng)}")
    if rng.random() < 0.5:
        lines.append("dct:license <https://www.etalab.gouv.fr/licence-ouverte-open-licence>")
    distributions = [distribution(rng, index * 10 + n) for n in range(rng.randint(0, 3))]
    if distributions:
        lines.append("dcat:distribution " + ",\n    ".join(distributions))
    return f"<https://catalog.example.org/dataset/{index}> " + " ;\n  ".join(lines) + " ."


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def dglint_qualities(binary, path, input_kind="dcat"):
    report = json.loads(run([binary, "check", "--isolated", "--input", input_kind, "--as-of",
                             AS_OF.isoformat(), "--output-format", "json", path]))
    qualities = {}
    for dataset in report["datasets"]:
        quality = dict(dataset["udata"]["quality"])
        quality.pop("score", None)
        qualities[dataset["title"]] = quality
    return qualities


def oracle_qualities(python, arguments):
    """udata's quality of each record, by title (see harvest_oracle.py)."""
    qualities = {}
    for line in run([python, ORACLE, *arguments, "--as-of", AS_OF.isoformat()]).splitlines():
        item = json.loads(line)
        quality = item["quality"]
        quality.pop("score", None)
        qualities[item["title"]] = quality
    return qualities


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dglint", required=True)
    parser.add_argument("--oracle-python", required=True)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as directory:
        turtle = os.path.join(directory, "catalog.ttl")
        with open(turtle, "w", encoding="utf-8") as handle:
            handle.write(PREFIXES + "\n" + "\n\n".join(record(rng, n) for n in range(args.count)) + "\n")
        oracle = oracle_qualities(args.oracle_python, [turtle])
        files = {"turtle": turtle}
        for name, fmt, extension in [("RDF/XML", "xml", "rdf"), ("JSON-LD", "json-ld", "jsonld"),
                                     ("N-Triples", "nt", "nt")]:
            path = os.path.join(directory, f"catalog.{extension}")
            run([args.oracle_python, ORACLE, turtle, "--convert", fmt, path])
            files[name] = path
        # The same records in a CSW server's answer, as udata's CSW-DCAT backend reads them.
        answer = os.path.join(directory, "answer.xml")
        run([args.oracle_python, ORACLE, turtle, "--convert", "csw", answer])
        csw_oracle = oracle_qualities(args.oracle_python, [answer, "--csw"])
        if csw_oracle != oracle:
            print("udata reads the records differently in a CSW answer: the comparison below "
                  "is against its reading of the CSW answer")
        files["CSW"] = answer
        differences = 0
        decided = undecided = 0
        for name, path in files.items():
            if name == "CSW":
                oracle = csw_oracle
            ours = dglint_qualities(args.dglint, path, "csw" if name == "CSW" else "dcat")
            if set(ours) != set(oracle):
                print(f"{name}: records differ: dglint only {sorted(set(ours) - set(oracle))[:5]}, "
                      f"udata only {sorted(set(oracle) - set(ours))[:5]}")
                differences += 1
            for title, quality in sorted(ours.items()):
                theirs = oracle.get(title, {})
                for key, value in quality.items():
                    if name == "turtle":
                        decided += 1
                    if theirs.get(key) != value:
                        differences += 1
                        if differences <= 20:
                            print(f"{name} {title} {key}: dglint {value}, udata {theirs.get(key)}")
                if name == "turtle":
                    undecided += len(set(theirs) - set(quality))
        print(f"records: {len(oracle)} harvested of {args.count}; criteria decided by dglint: "
              f"{decided}, left unknown: {undecided}; syntaxes: {', '.join(files)}")
        print(f"differences: {differences}")
        return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
