#!/bin/bash
# Compares two builds of dglint, run alternately: the median wall time and the peak resident
# memory of N runs each of
#   - an audit of a catalogue export with the three score profiles (concise output),
#   - a check of a directory of manifests (concise output);
# and with REPORTS=1 also
#   - the same audit with the JSON report on standard output,
#   - the same audit, concise, writing the HTML report.
#
# Usage: benches/compare-builds.sh BEFORE_BINARY AFTER_BINARY EXPORT.csv MANIFEST_DIR [N]
# (build the older commit with `git worktree add /tmp/before COMMIT` and
# `CARGO_TARGET_DIR=/tmp/before-target cargo build --release` in it; `cargo bench --bench
# audit` writes a 100 000-record export in its temp directory, or replicate
# tests/data/export-dataset-20260116-chunk83.csv).
set -euo pipefail
before=$(realpath "$1") after=$(realpath "$2") export=$(realpath "$3") manifests=$(realpath "$4")
runs=${5:-5}
times=$(mktemp)
empty=$(mktemp -d)  # no dglint.toml to discover
cd "$empty"
for _ in $(seq 1 "$runs"); do
  for who in before after; do
    binary=$before
    [ "$who" = after ] && binary=$after
    /usr/bin/time -f "audit-$who %e %M" "$binary" audit --catalog "$export" --include-archived \
      --output-format concise --as-of 2026-01-16 --profile mqa > /dev/null 2>> "$times" || true
    /usr/bin/time -f "check-$who %e %M" "$binary" check "$manifests" --output-format concise \
      --as-of 2026-01-16 > /dev/null 2>> "$times" || true
    if [ -n "${REPORTS:-}" ]; then
      /usr/bin/time -f "json-$who %e %M" "$binary" audit --catalog "$export" --include-archived \
        --output-format json --as-of 2026-01-16 --profile mqa > /dev/null 2>> "$times" || true
      /usr/bin/time -f "html-$who %e %M" "$binary" audit --catalog "$export" --include-archived \
        --output-format concise --report html=page.html --as-of 2026-01-16 --profile mqa \
        > /dev/null 2>> "$times" || true
    fi
  done
done
grep -E '^(audit|check|json|html)-(before|after) ' "$times" | python3 -c '
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in sys.stdin:
    name, seconds, kib = line.split()
    runs[name].append((float(seconds), int(kib)))
for name in sorted(runs):
    seconds = sorted(s for s, _ in runs[name])
    peak = max(k for _, k in runs[name]) / 1024
    print(f"{name}: median {statistics.median(seconds):.2f} s of {seconds}, peak {peak:.0f} MiB")
'
rm -rf "$times" "$empty"
