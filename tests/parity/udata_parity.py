#!/usr/bin/env python3
"""Parity of dglint's data.gouv.fr score with udata's own code, on every instance setting.

Generates varied dataset objects shaped like the udata API v1 (boundary descriptions,
every frequency id current and legacy, last updates an hour either side of each deadline,
harvest dates in the past, now and the future, formats in every case and spacing, empty and
null fields, remote and uploaded resources with every `check:available` state), scores them
with `dglint score --input api` and with udata's code (tests/parity/udata_oracle.py), and
fails on any difference in any criterion or in the score. It does so for each instance
setting: data.gouv.fr (`[udata] instance = "data.gouv.fr"`, udata run with
QUALITY_DESCRIPTION_LENGTH = 200) and udata's defaults (`instance = "udata"`, 100).

    python3 tests/parity/udata_parity.py --dglint target/release/dglint \
        --oracle-python .venv-udata/bin/python [--count 6000] [--seed 3]

Typed dates (harvest `modified_at`, `last_modified`) are written in UTC, naive or with `Z` /
`+00:00`: the portal stores them in UTC, while the oracle builds its objects in memory and
would drop a non-UTC offset instead of converting it. `analysis:last-modified-at`, a string
extra that udata itself reads by dropping the offset, gets any offset.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import tomllib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_ORACLE = os.path.join(HERE, "udata_oracle.py")
# (name in dglint.toml, QUALITY_DESCRIPTION_LENGTH udata runs with)
INSTANCES = [("data.gouv.fr", 200), ("udata", 100)]
AS_OF = datetime(2026, 11, 22, 12, 0, 0, tzinfo=timezone.utc)

FORMATS = [None, "", " ", "csv", "CSV", " csv", "csv ", "Csv", "pdf", "PDF", " pdf", "Pdf ",
           "doc", "DOCX", "docx", "word", "Word", "xls", "XLS", "excel", "EXCEL", "xlsx",
           " xlsx", "XlSx", "zip", "html", "ogc:wms", "unknown", "json", "geojson", "ods"]
LICENSES = ["lov2", "notspecified", "odc-odbl", "other-at", "fr-lo", "cc-by", "anything", "", None]
CHECK_STATES = ["absent", True, False, None, "unknown", "true"]
FILETYPES = ["remote", "file", "absent", None, ""]
TYPES = ["main", "documentation", "api", "update", "code", "other", None]


def load_frequencies():
    path = os.path.join(REPO, "rules", "vocabularies", "frequencies.toml")
    with open(path, "rb") as handle:
        table = tomllib.load(handle)
    units = {"min": 60, "h": 3600, "day": 86400, "days": 86400}
    deltas = {}
    for frequency in table["frequency"]:
        delta = frequency.get("delta")
        if delta:
            amount, unit = delta.split()
            deltas[frequency["id"]] = timedelta(seconds=int(amount) * units[unit])
        else:
            deltas[frequency["id"]] = None
    legacy = {item["id"]: item["current"] for item in table["legacy"]}
    return deltas, legacy


def typed(moment, rng):
    """A UTC date-time as the API or a naive writer would put it."""
    moment = moment.astimezone(timezone.utc)
    style = rng.randrange(5)
    if style == 0:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 1:
        return moment.isoformat()
    if style == 2:
        return moment.replace(tzinfo=None).isoformat()
    if style == 3:
        return moment.replace(tzinfo=None, microsecond=rng.randrange(1_000_000)).isoformat()
    return moment.strftime("%Y-%m-%d") if moment.hour == 0 and moment.minute == 0 else moment.isoformat()


def wall(moment, rng):
    """A date string with any offset (read as wall-clock time by udata and dglint)."""
    offset = timezone(timedelta(hours=rng.choice([0, 1, 2, -5, 5, 14, -12])))
    return moment.replace(tzinfo=offset).isoformat()


def description(rng):
    kind = rng.randrange(16)
    if kind == 0:
        return "absent"
    if kind == 1:
        return None
    if kind == 2:
        return ""
    length = rng.choice([99, 100, 101, 102, 150, 199, 200, 201, 202, 5])
    unit = rng.choice(["a", "é", "😀", " ", "\n", "e\u0301", "x "])
    text = (unit * length)[: length * len(unit)]
    if unit in ("e\u0301", "x "):
        # Two code points per unit: cut to the exact code point count.
        text = (unit * length)[:length]
    return text


def deadline_date(deltas, frequency, rng):
    """A last update around the deadline of the frequency (or anywhere)."""
    delta = deltas.get(frequency) if frequency else None
    if delta is None:
        return AS_OF - timedelta(days=rng.randrange(0, 4000), seconds=rng.randrange(86400))
    boundary = AS_OF - delta - timedelta(days=1)
    return boundary + rng.choice([
        timedelta(hours=-1), timedelta(hours=1), timedelta(0), timedelta(minutes=-1),
        timedelta(minutes=1), timedelta(seconds=-1), timedelta(days=-400), timedelta(days=2),
        -delta / 2, delta,
    ])


def resource(rng, moment, index):
    item = {"id": f"r{index}", "title": f"resource {index}"}
    format_ = rng.choice(FORMATS)
    if format_ is not None or rng.random() < 0.5:
        item["format"] = format_
    filetype = rng.choice(FILETYPES)
    if filetype != "absent":
        item["filetype"] = filetype
    type_ = rng.choice(TYPES)
    if type_ is not None:
        item["type"] = type_
    item_description = rng.choice(["absent", None, "", " ", "Dictionnaire des variables"])
    if item_description != "absent":
        item["description"] = item_description
    extras = {}
    state = rng.choice(CHECK_STATES)
    if state != "absent":
        extras["check:available"] = state
    dated = rng.randrange(5)
    if dated == 0:
        item["last_modified"] = typed(moment, rng)
    elif dated == 1:
        item["last_modified"] = typed(moment - timedelta(days=900), rng)
        item["harvest"] = {"modified_at": typed(rng.choice([moment, AS_OF, AS_OF + timedelta(days=30)]), rng)}
    elif dated == 2:
        item["last_modified"] = typed(moment - timedelta(days=900), rng)
        extras["analysis:last-modified-at"] = wall(moment.replace(tzinfo=None), rng)
    elif dated == 3:
        item["last_modified"] = typed(moment - timedelta(days=rng.randrange(0, 60)), rng)
    if extras or rng.random() < 0.3:
        item["extras"] = extras
    return item


def generate(count, seed):
    deltas, legacy = load_frequencies()
    frequency_ids = list(deltas) + list(legacy) + ["unknown", None, "", "absent"]
    rng = random.Random(seed)
    datasets = []
    for index in range(count):
        # Cycle through the frequencies so every id gets many cases.
        frequency = frequency_ids[index % len(frequency_ids)]
        resolved = legacy.get(frequency, frequency)
        dataset = {"id": f"ds{index:05d}", "title": f"Dataset {index}"}
        if frequency != "absent":
            dataset["frequency"] = frequency
        text = description(rng)
        if text != "absent":
            dataset["description"] = text
        license_id = rng.choice(LICENSES + ["absent"])
        if license_id != "absent":
            dataset["license"] = license_id
        coverage = rng.choice(["absent", None, {}, {"start": None, "end": None}, {"start": "2020-01-01", "end": "2024-12-31"}])
        if coverage != "absent":
            dataset["temporal_coverage"] = coverage
        spatial = rng.choice(["absent", None, {}, {"zones": [], "granularity": "other", "geom": None}, {"zones": ["country:fr"], "granularity": "country"}])
        if spatial != "absent":
            dataset["spatial"] = spatial
        moment = deadline_date(deltas, resolved, rng)
        where = rng.randrange(4)
        if where == 0:
            harvest_at = rng.choice([moment, AS_OF + timedelta(days=rng.randrange(1, 400))])
            dataset["harvest"] = {"modified_at": typed(harvest_at, rng), "backend": "dcat"}
        if rng.random() < 0.5:
            dataset["last_modified"] = typed(moment if where != 0 else AS_OF, rng)
        count_resources = rng.choice([0, 0, 1, 1, 2, 3, 4])
        resources = [resource(rng, moment, n) for n in range(count_resources)]
        if resources or rng.random() < 0.5:
            dataset["resources"] = resources
        datasets.append(dataset)
    return datasets


def run_dglint(binary, path, instance):
    config = os.path.join(os.path.dirname(path), f"{instance}.toml")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(f'[udata]\ninstance = "{instance}"\n')
    result = subprocess.run(
        [binary, "score", "--config", config, "--input", "api", "--output-format", "json",
         "--as-of", AS_OF.isoformat(), path],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"dglint failed ({result.returncode}): {result.stderr}")
    report = json.loads(result.stdout)
    return {item["id"]: item["udata"]["quality"] for item in report["datasets"]}


def run_oracle(python, oracle, path, description_length):
    result = subprocess.run(
        [python, oracle, path, "--as-of", AS_OF.isoformat(),
         "--description-length", str(description_length)],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"the oracle failed ({result.returncode}): {result.stderr[-2000:]}")
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {answer["id"]: answer["quality"] for answer in answers}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dglint", default=os.path.join(REPO, "target", "release", "dglint"))
    parser.add_argument("--oracle-python", default=os.path.join(REPO, ".venv-udata", "bin", "python"))
    parser.add_argument("--oracle", default=DEFAULT_ORACLE)
    parser.add_argument("--count", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--keep", help="also write the generated datasets to this file")
    args = parser.parse_args()

    datasets = generate(args.count, args.seed)
    failed = False
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "datasets.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for dataset in datasets:
                handle.write(json.dumps(dataset, ensure_ascii=False) + "\n")
        if args.keep:
            with open(args.keep, "w", encoding="utf-8") as handle, open(path, encoding="utf-8") as source:
                handle.write(source.read())
        for instance, description_length in INSTANCES:
            ours = run_dglint(args.dglint, path, instance)
            theirs = run_oracle(args.oracle_python, args.oracle, path, description_length)
            print(f"instance {instance} (QUALITY_DESCRIPTION_LENGTH = {description_length})")
            failed |= report(datasets, ours, theirs)
    return 1 if failed else 0


def report(datasets, ours, theirs):
    """Prints the comparison; returns whether they differ."""
    differences = []
    for dataset in datasets:
        key = dataset["id"]
        mine, reference = ours.get(key), theirs.get(key)
        if mine is None or reference is None:
            differences.append((key, "missing", mine, reference))
            continue
        for name in sorted(set(mine) | set(reference)):
            if mine.get(name) != reference.get(name):
                differences.append((key, name, mine.get(name), reference.get(name)))
    points = {}
    for quality in theirs.values():
        k = round(quality["score"] * 9)
        points[k] = points.get(k, 0) + 1
    described = sum(1 for quality in theirs.values() if quality.get("dataset_description_quality"))
    print(f"  compared {len(datasets)} datasets ({len(theirs)} scored by udata, {len(ours)} by dglint)")
    print("  udata points distribution: " + ", ".join(f"{k}/9: {n}" for k, n in sorted(points.items())))
    print(f"  descriptions counted by udata: {described}")
    print(f"  differences: {len(differences)}")
    by_id = {dataset["id"]: dataset for dataset in datasets}
    for key, name, mine, reference in differences[:20]:
        print(f"    {key} {name}: dglint {mine!r}, udata {reference!r}")
        print(f"      {json.dumps(by_id.get(key), ensure_ascii=False)[:600]}")
    return bool(differences)


if __name__ == "__main__":
    sys.exit(main())
