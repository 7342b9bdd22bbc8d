#!/usr/bin/env python3
"""udata's own quality score, as the reference dglint is compared with.

Reads dataset objects shaped like the udata API v1 (a JSON array or JSON Lines), turns each
into udata's MongoEngine documents in memory (nothing is saved: no database is needed), reads
`Dataset.quality` with the clock frozen at --as-of, and prints one JSON line per dataset:

    {"id": "...", "quality": {... udata's quality object, score included ...}}

udata reads QUALITY_DESCRIPTION_LENGTH from its settings: --description-length sets it (200
is data.gouv.fr's production value, 100 udata's default).

    python3 -m venv .venv-udata
    .venv-udata/bin/pip install udata==17.18.0 freezegun
    .venv-udata/bin/python tests/parity/udata_oracle.py datasets.jsonl \\
        --as-of 2026-11-22T12:00:00Z --description-length 200

How the API fields map to udata's model (the conventions the parity generator follows):
- `license`: any non-empty id is a License reference (even `notspecified`); null, "" or
  absent is none.
- `frequency`: an id of udata's vocabulary (legacy ids accepted), `unknown`, or nothing.
- `temporal_coverage`, `spatial`: an object (even empty) is an embedded document; null or
  absent is none.
- `harvest.modified_at` (dataset and resource), resource `extras`, resource and dataset
  `last_modified` (udata's `last_modified_internal`) are set as udata stores them.
"""
import argparse
import json
import os
import sys
import tempfile
from datetime import datetime, timezone


def instant(text):
    """An ISO 8601 date or date-time, naive ones read as UTC; None for nothing."""
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_datasets(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if text.lstrip().startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def configure(description_length, extra=""):
    """Writes udata's settings file and points UDATA_SETTINGS at it (before udata loads);
    `extra` holds more settings, one per line."""
    settings = tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False)
    settings.write(
        "SECRET_KEY = 'parity-oracle'\n"
        "API_TOKEN_SECRET = 'parity-oracle'\n"
        f"QUALITY_DESCRIPTION_LENGTH = {int(description_length)}\n"
        + extra
    )
    settings.close()
    os.environ["UDATA_SETTINGS"] = settings.name
    return settings.name


class Builder:
    """Turns API-shaped dicts into udata documents."""

    def __init__(self, models, constants):
        self.models = models
        self.constants = constants

    def resource(self, raw):
        models = self.models
        resource = models.Resource(
            title=raw.get("title") or "resource",
            url=raw.get("url") or "https://example.org/data",
            description=raw.get("description"),
            format=raw.get("format"),
            type=raw.get("type") or "main",
            filetype=raw.get("filetype") or "remote",
            extras=raw.get("extras") or {},
        )
        modified = instant(raw.get("last_modified"))
        if modified:
            resource.last_modified_internal = modified
        harvested = instant((raw.get("harvest") or {}).get("modified_at"))
        if harvested:
            resource.harvest = models.HarvestResourceMetadata(modified_at=harvested)
        return resource

    def dataset(self, raw):
        models, constants = self.models, self.constants
        dataset = models.Dataset(
            title=raw.get("title") or "dataset",
            description=raw.get("description") or "",
        )
        if raw.get("frequency"):
            dataset.frequency = constants.UpdateFrequency(raw["frequency"])
        if raw.get("license"):
            dataset.license = models.License(id=raw["license"], title=raw["license"])
        coverage = raw.get("temporal_coverage")
        if coverage is not None:
            start = instant(coverage.get("start"))
            end = instant(coverage.get("end"))
            dataset.temporal_coverage = models.DateRange(
                start=start.date() if start else None, end=end.date() if end else None
            )
        spatial = raw.get("spatial")
        if spatial is not None:
            dataset.spatial = models.SpatialCoverage(granularity=spatial.get("granularity") or "other")
        harvested = instant((raw.get("harvest") or {}).get("modified_at"))
        if harvested:
            dataset.harvest = models.HarvestDatasetMetadata(modified_at=harvested)
        modified = instant(raw.get("last_modified"))
        if modified:
            dataset.last_modified_internal = modified
        dataset.resources = [self.resource(item) for item in raw.get("resources") or []]
        dataset.last_update = dataset.compute_last_update()
        return dataset


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input", help="datasets as a JSON array or JSON Lines")
    parser.add_argument("--as-of", required=True, help="the frozen clock, ISO 8601")
    parser.add_argument(
        "--description-length",
        type=int,
        default=100,
        help="udata's QUALITY_DESCRIPTION_LENGTH (default 100, udata's own default)",
    )
    args = parser.parse_args()
    settings = configure(args.description_length)
    try:
        from flask import current_app
        from freezegun import freeze_time
        from udata.app import create_app
        from udata.core.dataset import constants, models

        app = create_app()
        with app.app_context(), freeze_time(instant(args.as_of)):
            configured = current_app.config.get("QUALITY_DESCRIPTION_LENGTH")
            if configured != args.description_length:
                sys.exit(f"udata runs with QUALITY_DESCRIPTION_LENGTH {configured}")
            builder = Builder(models, constants)
            for raw in read_datasets(args.input):
                dataset = builder.dataset(raw)
                dataset.quality_cached = None
                print(json.dumps({"id": raw.get("id"), "quality": dataset.quality}, sort_keys=True))
    finally:
        os.unlink(settings)


if __name__ == "__main__":
    main()
