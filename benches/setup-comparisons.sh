#!/usr/bin/env bash
# Installs the tools benches/compare.py compares dglint with, beside the checkout:
# check-jsonschema (PyPI) in .venv-bench, udata (PyPI) in .venv-udata (as .ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-bench/bin/check-jsonschema ]; then
  python3 -m venv .venv-bench
  .venv-bench/bin/pip install --quiet --disable-pip-version-check check-jsonschema
fi
if [ ! -x .venv-udata/bin/python ]; then
  python3 -m venv .venv-udata
  .venv-udata/bin/pip install --quiet --disable-pip-version-check udata==17.18.0 freezegun
fi
