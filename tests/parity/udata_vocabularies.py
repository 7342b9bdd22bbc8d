#!/usr/bin/env python3
"""udata's vocabularies, read from the installed udata package, against the fixture the tests use.

`tests/data/udata-vocabularies.json` holds udata's update frequencies (id, English label, French
label, delta), its legacy frequency ids, its closed formats and data.gouv.fr's licences; the
Rust test `tests/integration/vocabularies.rs` checks dglint's own tables (`rules/vocabularies/`) against it.
This script checks the fixture against the udata package itself (the frequencies, legacy ids
and closed formats; the licences live in data.gouv.fr's database, not in udata's code), so the
fixture cannot drift from udata without CI saying so.

    .venv-udata/bin/python tests/parity/udata_vocabularies.py --check tests/data/udata-vocabularies.json
    .venv-udata/bin/python tests/parity/udata_vocabularies.py > udata-vocabularies.json   # print
"""
import argparse
import gettext
from importlib import metadata
import json
import os
import sys
import tempfile


def delta_text(delta):
    """A delta as dglint's vocabulary writes it: `5 min`, `12 h`, `31 days`; None for none."""
    if delta is None:
        return None
    seconds = int(delta.total_seconds())
    if seconds % 86400 == 0:
        days = seconds // 86400
        return f"{days} day" if days == 1 else f"{days} days"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    return f"{seconds // 60} min"


def read_package():
    settings = tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False)
    settings.write("SECRET_KEY = 'vocabularies'\n")
    settings.close()
    os.environ["UDATA_SETTINGS"] = settings.name
    try:
        import udata
        from udata.core.dataset import constants
    finally:
        os.unlink(settings.name)
    catalogue = os.path.join(os.path.dirname(udata.__file__), "translations", "fr", "LC_MESSAGES", "udata.mo")
    with open(catalogue, "rb") as handle:
        french = gettext.GNUTranslations(handle)
    frequencies = []
    for frequency in constants.UpdateFrequency:
        english = frequency.label._args[0]
        frequencies.append({
            "id": frequency.id,
            "label_en": english,
            "label_fr": french.gettext(english),
            "delta": delta_text(frequency.delta),
        })
    legacy = {old: new.id for old, new in constants.UpdateFrequency._LEGACY_FREQUENCIES.items()}
    return {
        "udata_version": metadata.version("udata"),
        "frequencies": frequencies,
        "legacy_frequencies": legacy,
        "closed_formats": list(constants.CLOSED_FORMATS),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", metavar="FIXTURE", help="compare with this fixture instead of printing")
    args = parser.parse_args()
    package = read_package()
    if not args.check:
        json.dump(package, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    with open(args.check, encoding="utf-8") as handle:
        fixture = json.load(handle)
    differences = [
        key for key in ("frequencies", "legacy_frequencies", "closed_formats")
        if fixture.get(key) != package[key]
    ]
    print(f"udata {package['udata_version']}: {len(package['frequencies'])} frequencies, "
          f"{len(package['legacy_frequencies'])} legacy ids, {len(package['closed_formats'])} closed formats")
    for key in differences:
        print(f"  {key} differs from the fixture:\n    fixture {fixture.get(key)}\n    udata   {package[key]}")
    print(f"differences: {len(differences)}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
