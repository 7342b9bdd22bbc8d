#!/usr/bin/env python3
"""Parity of `dglint check --input ckan` with udata's own CKAN harvest code.

Generates CKAN packages as `package_show` returns them, varying what udata's CKAN backend
validates and reads: keys missing or of the wrong type (in the package, its tags, resources,
extras and organisation), resource URLs udata refuses (local, private, unknown top-level domain,
unknown scheme), notes as plain text around the 200-character threshold (with lines udata's
html2text escapes) or HTML, licences, tags, the `frequency` extra (Dublin Core and EU URIs,
udata's current and legacy ids, unknown text, numbers), `temporal_start` and `temporal_end`
(years, months, dates, date-times, text dateutil cannot read, one bound alone), `spatial`
(Polygon and MultiPolygon as objects or text, points, broken JSON, no type), `spatial-text`,
empty and null extras, resources of every type with or without descriptions, formats and
`last_modified` dates in the past and the future, packages without resources.

udata's code (tests/parity/ckan_oracle.py) and dglint read the same file: the packages udata
refuses and skips must be the ones dglint names, and every udata criterion dglint decides must
equal udata's, package by package (matched by title).

    python3 tests/parity/ckan_parity.py --dglint target/debug/dglint \\
        --oracle-python .venv-udata/bin/python [--count 600] [--seed 1]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "ckan_oracle.py")
AS_OF = datetime(2026, 11, 22, 12, 0, 0, tzinfo=timezone.utc)
WORDS = ("données publiques de la collectivité mises à jour avec soin par le service "
         "compétent pour chaque commune du territoire et accompagnées de leur documentation ").split()
MISSING = object()


def prose(rng, length):
    words = []
    while len(" ".join(words)) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length].strip()


def notes(rng):
    kind = rng.random()
    length = rng.choice([40, 150, 190, 198, 200, 201, 202, 205, 210, 260, 400])
    if kind < 0.1:
        return rng.choice([None, "", "   "])
    if kind < 0.45:
        return prose(rng, length)
    if kind < 0.7:
        # Lines html2text escapes, breaks it collapses, backslashes it doubles.
        lines = [prose(rng, length // 4) for _ in range(4)]
        marks = ["- ", "+ ", "1. ", "12. ", "-- ", "* ", "  - ", ""]
        text = "\n".join(rng.choice(marks) + line for line in lines)
        if rng.random() < 0.3:
            text += rng.choice(["\r\n\r\nFin\\.", " chemin C:\\_donnees", "\n\n\n-\nfin"])
        return text
    if kind < 0.9:
        paragraphs = [prose(rng, length // 2), prose(rng, length // 2)]
        return "".join(f"<p>{text}</p>" for text in paragraphs)
    return prose(rng, length // 2) + " &amp; " + prose(rng, length // 2)


def date(rng, spread=4000):
    moment = AS_OF - timedelta(days=rng.randint(-300, spread), hours=rng.randint(0, 23))
    return rng.choice([moment.strftime("%Y-%m-%dT%H:%M:%S.%f"), moment.strftime("%Y-%m-%d"),
                       moment.strftime("%Y-%m-%dT%H:%M:%S")])


def extras(rng):
    extras = []
    roll = rng.random()
    if roll < 0.6:
        value = rng.choice([
            "http://purl.org/cld/freq/weekly", "http://purl.org/cld/freq/annual",
            "http://publications.europa.eu/resource/authority/frequency/DAILY",
            "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
            " http://purl.org/cld/freq/monthly ", "daily", "weekly", "annual", "monthly",
            "unknown", "punctual", "realtime", "fourTimesAWeek", "Tous les jours", "Weekly",
            "http://example.org/freq/often", 5, "",
        ])
        extras.append({"key": "frequency", "value": value})
    if rng.random() < 0.5:
        bounds = [("2019", "2021"), ("2020-03", "2020-06"), ("2018-01-01", "2019-12-31"),
                  ("2020-01-01T00:00:00", "2021-06-30T00:00:00"), ("n/a", "2020"),
                  ("2020", "inconnue"), ("2020-02-30", "2021")]
        start, end = rng.choice(bounds)
        if rng.random() < 0.85:
            extras.append({"key": "temporal_start", "value": start})
        if rng.random() < 0.85:
            extras.append({"key": "temporal_end", "value": end})
    if rng.random() < 0.3:
        ring = [[1.0, 43.0], [2.0, 43.0], [2.0, 44.0], [1.0, 43.0]]
        shape = rng.choice([
            {"type": "Polygon", "coordinates": [ring]},
            json.dumps({"type": "Polygon", "coordinates": [ring]}),
            json.dumps({"type": "MultiPolygon", "coordinates": [[ring], [ring]]}),
            {"type": "Point", "coordinates": [1, 2]},
            "{not json", json.dumps({"coordinates": [ring]}),
        ] + [{"type": "Polygon", "coordinates": [ring]}] * 4)
        extras.append({"key": "spatial", "value": shape})
    if rng.random() < 0.1:
        extras.append({"key": "spatial-text", "value": rng.choice(["Paris", "Bretagne"])})
    if rng.random() < 0.2:
        extras.append({"key": rng.choice(["theme", "frequency", "spatial"]),
                       "value": rng.choice([None, "", "  "])})
    return extras


def resource(rng, index):
    url = f"https://ckan.example.org/dataset/{index}/resource.csv"
    if rng.random() < 0.04:
        url = rng.choice(["http://127.0.0.1/x.csv", "http://10.1.2.3/x", "gopher://example.org/x",
                          "https://example.invalidtld/x", "not a url", "ckan.example.org/x.csv",
                          "http://100.64.0.1/x", "http://[::1]/x", "http://1.255.255.255/x",
                          "http://93.184.215.14/x.csv", "HTTPS://CKAN.EXAMPLE.ORG/X",
                          "https://user:pw@ckan.example.org/x", "https://ckan.example.org:8443/x"])
    item = {
        "id": f"r{index}",
        "position": 0,
        "name": rng.choice([f"Fichier {index}", None, ""]),
        "description": rng.choice([None, "", "Le fichier complet, par commune.", "<p>Notice</p>"]),
        "format": rng.choice(["CSV", "csv", "PDF", "XLS", "JSON", "", "GeoJSON", "SHP"]),
        "mimetype": rng.choice([None, "text/csv", "Application/JSON"]),
        "size": rng.choice([None, 1200, "3400"]),
        "hash": rng.choice([None, "", "0" * 32]),
        "created": date(rng),
        "last_modified": rng.choice([None, date(rng, 900), date(rng, 60), "2024-05"]),
        "url": url,
        # `metadata` is kept by the backend but refused by its schema: rare here.
        "resource_type": rng.choice([None, "", "file", "file", "file.upload", "api",
                                     "documentation", "image", "visualization"]
                                    if rng.random() > 0.02 else ["metadata"]),
    }
    return item


def package(rng, index):
    item = {
        "id": f"id-{index}",
        "name": f"jeu-{index}",
        "title": f"Jeu {index:04d} des données",
        "notes": notes(rng),
        "license_id": rng.choice(["fr-lo", "lov2", "cc-by", "odc-odbl", "notspecified", None,
                                  "other-at", "une-licence-maison"]),
        "license_title": rng.choice([None, "Licence Ouverte", "Maison"]),
        "tags": [{"id": f"t{n}", "name": name} for n, name in
                 enumerate(rng.sample(["Mobilité", "parkings", "ab", "Énergie", "eau"],
                                      rng.randint(0, 3)))],
        "metadata_created": date(rng),
        "metadata_modified": date(rng),
        "organization": rng.choice([None, {"id": "o", "name": "org", "title": "Org",
                                           "type": "organization", "is_organization": True,
                                           "approval_status": "approved", "state": "active",
                                           "created": "2020-01-01T00:00:00", "description": "",
                                           "image_url": ""}]),
        "resources": [resource(rng, index * 10 + n) for n in range(rng.choice([0, 1, 1, 2, 3]))],
        "extras": extras(rng),
        "private": rng.choice([False, "false", 0]),
        "type": "dataset",
        "author": None,
        "author_email": rng.choice([None, "", "contact@example.org"]),
        "maintainer": None,
        "maintainer_email": None,
        "state": "active",
        "url": rng.choice([None, "", "https://ckan.example.org/page", "pas une url"]),
    }
    if rng.random() < 0.08:
        breakage = rng.choice([
            ("title", MISSING), ("notes", MISSING), ("tags", None), ("private", 2.5),
            ("type", "harvest"), ("metadata_created", "nope"), ("author_email", "nobody"),
            ("extras", {}), ("organization", "org"), ("license_id", 3),
        ])
        key, value = breakage
        if value is MISSING:
            del item[key]
        else:
            item[key] = value
    if item["resources"] and rng.random() < 0.05:
        key, value = rng.choice([("position", "1"), ("format", None), ("created", None),
                                 ("id", 5), ("resource_type", "weird"), ("size", "abc")])
        item["resources"][0][key] = value
    return item


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({result.returncode}):\n{result.stderr}")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dglint", required=True)
    parser.add_argument("--oracle-python", required=True)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    packages = [package(rng, n) for n in range(args.count)]
    titles = {item["name"]: item.get("title") for item in packages}
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "packages.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(packages, handle, ensure_ascii=False)
        oracle, refused, skipped = {}, set(), 0
        for line in run([args.oracle_python, ORACLE, path, "--as-of",
                         AS_OF.isoformat()]).stdout.splitlines():
            item = json.loads(line)
            if "refused" in item:
                refused.add(item["name"])
            elif "skipped" in item:
                skipped += 1
            else:
                quality = item["quality"]
                quality.pop("score", None)
                oracle[titles[item["name"]]] = quality
        result = run([args.dglint, "check", "--isolated", "--lang", "en", "--input", "ckan",
                      "--as-of", AS_OF.isoformat(), "--output-format", "json", path])
        ours = {}
        for dataset in json.loads(result.stdout)["datasets"]:
            quality = dict(dataset["udata"]["quality"])
            quality.pop("score", None)
            ours[dataset["title"]] = quality
        our_refused = set(re.findall(r"refuses the package `([^`]*)`", result.stderr))
        counts = re.findall(r"(\d+) packages? ha(?:s|ve) no resource", result.stderr)
        our_skipped = sum(int(count) for count in counts)
        differences = 0
        if our_refused != refused:
            differences += 1
            print(f"refused: dglint only {sorted(our_refused - refused)[:5]}, "
                  f"udata only {sorted(refused - our_refused)[:5]}")
        if our_skipped != skipped:
            differences += 1
            print(f"skipped (no resource): dglint {our_skipped}, udata {skipped}")
        if set(ours) != set(oracle):
            differences += 1
            print(f"datasets differ: dglint only {sorted(set(ours) - set(oracle))[:5]}, "
                  f"udata only {sorted(set(oracle) - set(ours))[:5]}")
        decided = undecided = 0
        for title, quality in sorted(ours.items()):
            theirs = oracle.get(title, {})
            for key, value in quality.items():
                decided += 1
                if theirs.get(key) != value:
                    differences += 1
                    if differences <= 20:
                        print(f"{title} {key}: dglint {value}, udata {theirs.get(key)}")
            undecided += len(set(theirs) - set(quality))
        print(f"packages: {args.count}; harvested {len(oracle)}, refused {len(refused)}, "
              f"skipped {skipped}; criteria decided by dglint: {decided}, left unknown: "
              f"{undecided}")
        print(f"differences: {differences}")
        return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
