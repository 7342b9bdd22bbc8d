#!/usr/bin/env python3
"""dglint side by side with the tools users would pick instead, in one invocation.

    bash benches/setup-comparisons.sh          # check-jsonschema, udata (PyPI)
    cargo build --release
    python3 benches/compare.py [--runs 5] [--datasets 100000] [--score-runs 3] > run.md

1. Pre-commit latency: one manifest, whole process: `dglint check` (every rule) against
   `check-jsonschema --schemafile schemas/dataset.schema.json` (schema only).
2. Repository lint: 10 000 manifests, the same two commands.
3. Scoring throughput: the real catalogue chunk (tests/data) replicated to --datasets
   records: dglint on the CSV (`dglint audit --catalog`, every rule and both scores) and on the
   same datasets as API JSON Lines (`dglint score --input api`), against udata's own Python
   code on the JSON Lines (tests/parity/udata_oracle.py, with data.gouv.fr's threshold); every
   score is compared.

Runs of the tools compared alternate (A, B, A, B...), so that a noisy machine slows both
alike; each figure is the median of the runs; peak memory is the largest of the runs, read
from wait4. Results are printed as Markdown.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CORPUS = os.path.join(REPO, "tests", "data")
ORACLE = os.path.join(REPO, "tests", "parity", "udata_oracle.py")


def run(command, cwd, stdout=subprocess.DEVNULL):
    """Runs a command; returns (seconds, peak KiB, exit code)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, process.returncode


def side_by_side(commands, cwd, runs, warm_up=True, outputs=None):
    """Runs each command `runs` times, alternating, after one warm-up each (unless told);
    the last run of each writes its output to `outputs[name]` when given."""
    if warm_up:
        for command in commands.values():
            run(command, cwd)
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            target = outputs.get(name) if outputs else None
            if target:
                with open(target, "w") as handle:
                    elapsed, peak, code = run(command, cwd, stdout=handle)
            else:
                elapsed, peak, code = run(command, cwd)
            if code not in (0, 1):
                sys.exit(f"{name} failed with {code}: {' '.join(command)}")
            samples[name].append((elapsed, peak))
    return {
        name: (statistics.median(t for t, _ in values), max(p for _, p in values))
        for name, values in samples.items()
    }


def row(name, seconds, peak_kib, extra=""):
    return f"| {name} | {seconds * 1000:.1f} ms | {peak_kib / 1024:.0f} MiB | {extra} |"


COMPLETE = """title: Liste et localisation des musées de France {n}
description: >-
  Liste des établissements qui portent l'appellation « Musée de France », avec leur adresse,
  leurs coordonnées géographiques et leur date d'appellation, mise à jour chaque année.
description_short: Les musées de France, leur adresse et leur appellation.
tags: [musees, culture, patrimoine]
license: lov2
frequency: annual
last_update: 2026-06-15
temporal_coverage: {{start: 2002-01-04, end: 2026-06-15}}
spatial: {{zones: ["country:fr"], granularity: poi}}
resources:
  - title: Liste des musées {n}
    type: main
    format: csv
    url: https://example.org/musees/liste_musees_{n}.csv
    description: Une ligne par musée.
"""

IMPERFECT = """title: EQUIPEMENTS SPORTIFS {n}
description: Recensement des équipements sportifs de la commune {n}.
tags: [Sport, équipements]
licence: etalab-2.0
frequency: biannual
last_update: 2025-03-01
resources:
  - title: Équipements
    format: xlsx
    url: https://example.org/sport/Equipements Sportifs {n}.csv
"""


def manifests(directory, count):
    names = []
    for n in range(count):
        template = COMPLETE if n % 2 == 0 else IMPERFECT
        name = f"d{n:05}.dataset.yaml"
        with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
            handle.write(template.format(n=n))
        names.append(name)
    return names


def catalogue(directory, count):
    """The real chunk replicated to `count` records (new ids), as the export's CSV and as the
    API JSON Lines the oracle reads (the fields udata's score reads)."""
    with open(os.path.join(CORPUS, "export-dataset-20260116-chunk83.csv"), newline="",
              encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, records = rows[0], rows[1:]
    column = {name: index for index, name in enumerate(header)}
    csv_path = os.path.join(directory, "export-dataset.csv")
    jsonl_path = os.path.join(directory, "datasets.jsonl")
    with open(csv_path, "w", newline="", encoding="utf-8") as csv_out, \
            open(jsonl_path, "w", encoding="utf-8") as jsonl_out:
        writer = csv.writer(csv_out, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        for n in range(count):
            record = list(records[n % len(records)])
            record[column["id"]] = f"{n:024x}"
            if record[column["archived"]] not in ("", "False"):
                record[column["archived"]] = "False"
            writer.writerow(record)
            jsonl_out.write(json.dumps(api_dataset(record, column)) + "\n")
    return csv_path, jsonl_path


def api_dataset(record, column):
    value = lambda name: record[column[name]] if name in column else ""
    start, end = value("temporal_coverage.start"), value("temporal_coverage.end")
    granularity, zones = value("spatial.granularity"), value("spatial.zones")
    dataset = {
        "id": value("id"),
        "title": value("title"),
        "description": value("description"),
        "license": value("license") or None,
        "frequency": value("frequency") or None,
        "last_modified": value("last_modified") or None,
        "resources": [],
    }
    if start or end:
        dataset["temporal_coverage"] = {"start": start or None, "end": end or None}
    if granularity or zones:
        dataset["spatial"] = {"granularity": granularity or None,
                              "zones": [zone for zone in zones.split(",") if zone]}
    if value("harvest.modified_at"):
        dataset["harvest"] = {"modified_at": value("harvest.modified_at")}
    return dataset


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dglint", default=os.path.join(REPO, "target/release/dglint"))
    parser.add_argument("--check-jsonschema",
                        default=os.path.join(REPO, ".venv-bench/bin/check-jsonschema"))
    parser.add_argument("--oracle-python", default=os.path.join(REPO, ".venv-udata/bin/python"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--datasets", type=int, default=100_000)
    parser.add_argument("--score-runs", type=int, default=3,
                        help="runs of each scoring command (udata's takes minutes at 100 000)")
    args = parser.parse_args()
    dglint, checker = os.path.abspath(args.dglint), os.path.abspath(args.check_jsonschema)
    schema = os.path.join(REPO, "schemas", "dataset.schema.json")
    print(f"Machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; medians of "
          f"{args.runs} alternating runs.\n")
    with tempfile.TemporaryDirectory() as directory:
        one = manifests(directory, 1)[0]
        many_dir = os.path.join(directory, "many")
        os.mkdir(many_dir)
        many = manifests(many_dir, 10_000)

        print("## 1. Pre-commit latency: one manifest, whole process\n")
        print("| tool | median | peak memory | |\n|---|---:|---:|---|")
        results = side_by_side({
            "dglint check (57 rules, both scores)":
                [dglint, "check", "--output-format", "concise", one],
            "check-jsonschema (the schema only)":
                [checker, "--schemafile", schema, one],
        }, directory, max(args.runs, 20))
        (d, dp), (c, cp) = results.values()
        print(row("dglint check", d, dp, f"{c / d:.0f}× faster"))
        print(row("check-jsonschema", c, cp, ""))

        print("\n## 2. Repository lint: 10 000 manifests\n")
        print("| tool | median | peak memory | |\n|---|---:|---:|---|")
        results = side_by_side({
            "dglint": [dglint, "check", "--output-format", "concise", "."],
            "check-jsonschema": [checker, "--schemafile", schema, *many],
        }, many_dir, args.runs)
        (d, dp), (c, cp) = results.values()
        print(row("dglint check", d, dp, f"{c / d:.0f}× faster"))
        print(row("check-jsonschema", c, cp, ""))

        print(f"\n## 3. Scoring throughput: {args.datasets:,} datasets\n")
        csv_path, jsonl_path = catalogue(directory, args.datasets)
        oracle_out = os.path.join(directory, "oracle.jsonl")
        dglint_out = os.path.join(directory, "dglint.csv")
        commands = {
            "dglint audit --catalog (CSV, every rule, both scores)":
                [dglint, "audit", "--catalog", csv_path, "--as-of", "2026-11-22T12:00:00Z",
                 "--output-format", "concise", "-o", os.devnull],
            "dglint score --input api (JSON Lines)":
                [dglint, "score", "--input", "api", jsonl_path, "--as-of",
                 "2026-11-22T12:00:00Z", "--output-format", "csv"],
            "udata's Python (JSON Lines)":
                [args.oracle_python, ORACLE, jsonl_path, "--as-of", "2026-11-22T12:00:00Z",
                 "--description-length", "200"],
        }
        names = list(commands)
        # Long runs: no warm-up; the outputs of the measured runs are compared.
        results = side_by_side(commands, directory, args.score_runs, warm_up=False,
                               outputs={names[1]: dglint_out, names[2]: oracle_out})
        print(f"Each command ran {args.score_runs} time(s).\n")
        print("| tool | median | datasets/s | peak memory |\n|---|---:|---:|---:|")
        rates = {}
        for name, (seconds, peak) in results.items():
            rates[name] = args.datasets / seconds
            print(f"| {name} | {seconds:.2f} s | {rates[name]:,.0f} | {peak / 1024:.0f} MiB |")
        print(f"\ndglint (JSON Lines) is {rates[names[1]] / rates[names[2]]:.0f}× udata's "
              f"throughput on the same input.")
        # Agreement on every score.
        ours = {}
        with open(dglint_out, newline="") as handle:
            for record in csv.DictReader(handle):
                ours[record["id"]] = int(record["udata_points"])
        differences = 0
        with open(oracle_out) as handle:
            for line in handle:
                answer = json.loads(line)
                points = round(answer["quality"]["score"] * 9)
                if ours.get(answer["id"]) != points:
                    differences += 1
        print(f"Scores compared: {len(ours):,}; differences: {differences}.")
        if differences:
            sys.exit(1)


if __name__ == "__main__":
    main()
