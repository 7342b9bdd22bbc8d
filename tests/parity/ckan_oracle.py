#!/usr/bin/env python3
"""udata's own CKAN harvest mapping and quality score, as the reference for `--input ckan`.

Reads a JSON file holding a list of CKAN packages (as `package_show` returns them), runs udata's
`CkanBackend.process_dataset` on each (its schema validation, its mapping) with the clock frozen
at --as-of, computes its last update and `Dataset.quality`, and prints one JSON line per package, in input order:

    {"name": "...", "quality": {... udata's quality object ...}}
    {"name": "...", "skipped": "..."}     the backend skips it (no resource)
    {"name": "...", "refused": "..."}     the backend refuses it (its schema, a geometry, any error)

Nothing is saved: no database is needed. What reads the database is replaced by what an
empty one gives: no earlier copy of the dataset (`get_item` makes a new one), no geographic
zone named by `spatial-text`; udata looks licences up in its database, so `License.guess`
returns its default (`notspecified`, data.gouv.fr's): which licence it is does not change the
score, and whether udata can guess one is compared by `tests/parity/ckan_parity.py` apart.

    .venv-udata/bin/python tests/parity/ckan_oracle.py packages.json --as-of 2026-11-22T12:00:00Z
"""
import argparse
import json
import os
import sys

from udata_oracle import configure, instant


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input", help="a JSON file: a list of CKAN packages")
    parser.add_argument("--as-of", help="the frozen clock, ISO 8601")
    parser.add_argument("--description-length", type=int, default=200)
    args = parser.parse_args()
    with open(args.input, encoding="utf-8") as handle:
        packages = json.load(handle)
    # udata resolves each URL's host name to refuse internal addresses; offline every lookup
    # fails, which udata lets pass, after a wait: not resolving gives the same verdicts at once.
    settings = configure(args.description_length, "URLS_RESOLVE_HOSTNAME = False\n")
    try:
        from freezegun import freeze_time
        from udata.app import create_app

        app = create_app()
        with app.app_context(), freeze_time(instant(args.as_of)):
            for package in packages:
                print(json.dumps(harvest(package), sort_keys=True, default=str))
    finally:
        os.unlink(settings)


def harvest(package):
    """What udata's CKAN backend makes of `package`."""
    from udata.core.dataset import models
    from udata.harvest.backends.ckan import harvesters
    from udata.harvest.exceptions import HarvestSkipException
    from udata.harvest.models import HarvestItem, HarvestSource

    notspecified = models.License(id="notspecified", title="License Not Specified")
    models.License.default = classmethod(lambda cls: notspecified)
    models.License.guess = classmethod(lambda cls, *strings, **kw: kw.get("default"))

    class NoZones:
        def count(self):
            return 0

    harvesters.GeoZone.objects = lambda *args, **kwargs: NoZones()

    class Offline(harvesters.CkanBackend):
        def get_action(self, endpoint, fix=False, **kwargs):
            return {"success": True, "result": package}

        def get_item(self, remote_id, item_class):
            item = item_class()
            item.set_harvested()
            return item

    backend = Offline(HarvestSource(url="https://ckan.example.org/"), dryrun=True)
    name = package.get("name") if isinstance(package, dict) else None
    item = HarvestItem(remote_id=name)
    try:
        dataset = backend.process_dataset(item)
        dataset.harvest = backend.update_harvest_metadata(dataset.harvest, item.remote_id)
    except HarvestSkipException as error:
        return {"name": name, "skipped": str(error)}
    except Exception as error:  # noqa: BLE001 - the backend fails the item on any error
        return {"name": name, "refused": f"{type(error).__name__}: {error}"}
    dataset.last_update = dataset.compute_last_update()
    dataset.quality_cached = None
    return {"name": name, "quality": dataset.quality}


if __name__ == "__main__":
    sys.exit(main())
