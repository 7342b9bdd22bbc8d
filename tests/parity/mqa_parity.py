#!/usr/bin/env python3
"""Parity of dglint's `mqa` profile with data.europa.eu's indicators read from udata's own
DCAT export.

Generates varied dataset objects shaped like the udata API v1 (every licence of the portal's
list and none, organisations, owners, contact points of every role, temporal coverages with
and without dates, spatial coverages, every access type and restriction reason, harvested
datasets and resources with and without their dates, resources in every format, case and
spacing, media types with parameters, file sizes of 0 and none), scores them with
`dglint score --profile mqa --input api` and with udata's RDF export
(tests/parity/mqa_oracle.py), and fails on any difference in any indicator (met, missed or
unknown) or in the points.

    python3 tests/parity/mqa_parity.py --dglint target/release/dglint \
        --oracle-python .venv-udata/bin/python [--count 3000] [--seed 5]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import tomllib
import uuid
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_ORACLE = os.path.join(HERE, "mqa_oracle.py")

FORMATS = [None, "", "csv", "CSV", " csv ", "xlsx", "xls", "pdf", "PDF", "geojson", "json",
           "ogc:wms", "zip", "ttl", "shp", "ods", "docx", "tableur", "html", "GeoJSON"]
MIMES = [None, "", "text/csv", "text/csv; charset=utf-8", "application/pdf", "application/json",
         "application/vnd.ms-excel", "application/x-weird", "TEXT/CSV", "image/png"]
ROLES = ["contact", "publisher", "creator", "custodian", "distributor", "user", "rightsHolder"]
ACCESS_TYPES = ["open", "open_with_account", "restricted"]
REASONS = ["confidentiality_of_proceedings_of_public_authorities",
           "international_relations_public_security_or_national_defence"]
DATES = [None, "2024-03-01T10:00:00", "2025-12-31T23:59:59"]


def license_ids():
    with open(os.path.join(REPO, "rules", "vocabularies", "licenses.toml"), "rb") as handle:
        return [item["id"] for item in tomllib.load(handle)["license"]]


def object_id(rng):
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def harvest(rng):
    return {"issued_at": rng.choice(DATES), "modified_at": rng.choice(DATES)}


def resource(rng):
    item = {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "title": "Ressource",
        "url": f"https://example.org/{rng.randrange(10**6)}",
        "format": rng.choice(FORMATS),
        "mime": rng.choice(MIMES),
        "filesize": rng.choice([None, 0, 1234]),
        "filetype": "remote",
    }
    if rng.random() < 0.25:
        item["harvest"] = harvest(rng)
    return item


def dataset(rng, licenses):
    item = {
        "id": object_id(rng),
        "title": rng.choice(["Jeu de données", "Jeu de données", "Jeu de données", " "]),
        "description": rng.choice(["Une description.", "Une description.", "", "  "]),
        "tags": rng.choice([[], ["a"], ["transport", "velo"]]),
        "license": rng.choice(licenses + [None, None]),
        "organization": None,
        "owner": None,
        "contact_points": [
            {"role": rng.choice(ROLES), "name": "Service", "email": "service@example.org"}
            for _ in range(rng.choice([0, 0, 1, 2]))
        ],
        "temporal_coverage": rng.choice([None, {"start": "2020-01-01"},
                                         {"start": "2020-01-01", "end": "2021-12-31"}]),
        "spatial": rng.choice([None, {"granularity": "country", "zones": ["country:fr"]}]),
        "resources": [resource(rng) for _ in range(rng.choice([0, 1, 1, 2, 3, 4]))],
        "page": "https://www.data.gouv.fr/datasets/x",
    }
    publisher = rng.random()
    if publisher < 0.5:
        item["organization"] = {"id": object_id(rng), "name": "Ministère"}
    elif publisher < 0.75:
        item["owner"] = {"id": object_id(rng), "first_name": "Camille"}
    access = rng.random()
    if access < 0.6:
        item["access_type"] = rng.choice(ACCESS_TYPES)
    elif access < 0.7:
        item["access_type"] = None
    if rng.random() < 0.15:
        item["access_type_reason_category"] = rng.choice(REASONS)
    if rng.random() < 0.3:
        item["harvest"] = harvest(rng)
    if rng.random() < 0.1:
        del item["contact_points"]
    return item


def run_dglint(binary, path):
    result = subprocess.run(
        [binary, "score", "--isolated", "--profile", "mqa", "--input", "api",
         "--output-format", "json", path],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"dglint failed ({result.returncode}): {result.stderr}")
    report = json.loads(result.stdout)
    answers = {}
    for item in report["datasets"]:
        mqa = item["mqa"]
        values = {
            indicator["id"]: None if indicator["unknown"] else indicator["earned"]
            for indicator in mqa["indicators"]
        }
        answers[item["id"]] = {"points": mqa["points"], "indicators": values}
    return answers


def run_oracle(python, oracle, path):
    result = subprocess.run([python, oracle, path], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"the oracle failed ({result.returncode}): {result.stderr[-2000:]}")
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {answer["id"]: answer for answer in answers}


def compare(datasets, ours, theirs):
    """Prints the comparison; returns whether they differ."""
    differences = []
    for item in datasets:
        key = item["id"]
        mine, reference = ours.get(key), theirs.get(key)
        if mine is None or reference is None:
            differences.append((key, "missing", mine, reference))
            continue
        if mine["points"] != reference["points"]:
            differences.append((key, "points", mine["points"], reference["points"]))
        names = set(mine["indicators"]) | set(reference["indicators"])
        for name in sorted(names):
            if mine["indicators"].get(name) != reference["indicators"].get(name):
                differences.append((key, name, mine["indicators"].get(name),
                                    reference["indicators"].get(name)))
    met = Counter()
    for answer in theirs.values():
        for name, value in answer["indicators"].items():
            met[name] += value is True
    print(f"compared {len(datasets)} datasets ({len(theirs)} read from udata's RDF export, "
          f"{len(ours)} scored by dglint)")
    print("indicators met (udata's export): "
          + ", ".join(f"{name} {count}" for name, count in sorted(met.items())))
    points = sorted(answer["points"] for answer in theirs.values())
    if points:
        print(f"points: min {points[0]}, median {points[len(points) // 2]}, max {points[-1]}")
    print(f"differences: {len(differences)}")
    by_id = {item["id"]: item for item in datasets}
    for key, name, mine, reference in differences[:20]:
        print(f"  {key} {name}: dglint {mine!r}, udata export {reference!r}")
        print(f"    {json.dumps(by_id.get(key), ensure_ascii=False)[:700]}")
    return bool(differences)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dglint", default=os.path.join(REPO, "target", "release", "dglint"))
    parser.add_argument("--oracle-python",
                        default=os.path.join(REPO, ".venv-udata", "bin", "python"))
    parser.add_argument("--oracle", default=DEFAULT_ORACLE)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    licenses = license_ids()
    datasets = [dataset(rng, licenses) for _ in range(args.count)]
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "datasets.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for item in datasets:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        ours = run_dglint(args.dglint, path)
        theirs = run_oracle(args.oracle_python, args.oracle, path)
    return 1 if compare(datasets, ours, theirs) else 0


if __name__ == "__main__":
    sys.exit(main())
