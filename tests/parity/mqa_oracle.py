#!/usr/bin/env python3
"""data.europa.eu's MQA indicators, computed from udata's own DCAT export: the reference dglint's
`mqa` profile is compared with.

Reads dataset objects shaped like the udata API v1 (JSON Lines), builds udata's documents in
memory (no database), serialises each with udata's RDF export (`dataset_to_rdf`, the code behind
data.gouv.fr's DCAT feed, which data.europa.eu harvests), and reads the indicators from that
graph as the MQA methodology defines them (presence of each DCAT property; the vocabulary
indicators with the lists of `rules/vocabularies/mqa.toml`; reachability is left unknown, as no
link is checked). It prints one JSON line per dataset:

    {"id": "...", "points": 270, "indicators": {"keywordAvailability": true, ...}}

where an indicator is true (met), false (missed) or null (unknown). The dataset scores as its
best distribution (the most distribution-level points, the first on a tie), plus its
dataset-level indicators; dates count on the dataset or that distribution.

The licences live in data.gouv.fr's database, not in udata's code: each licence is built with
the `url` that `rules/vocabularies/licenses.toml` records for it.

    .venv-udata/bin/python tests/parity/mqa_oracle.py datasets.jsonl
"""
import argparse
import json
import os
import sys
import tempfile
import tomllib
import uuid
from datetime import date, datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/"


def load_toml(*parts):
    with open(os.path.join(REPO, *parts), "rb") as handle:
        return tomllib.load(handle)


class Lists:
    """The MQA vocabularies and the indicators' points, from the repository's data files."""

    def __init__(self):
        mqa = load_toml("rules", "vocabularies", "mqa.toml")
        self.code_of_format = {}
        self.code_of_media_type = {}
        for file_type in mqa["file_type"]:
            for name in [file_type["code"], *file_type.get("formats", [])]:
                self.code_of_format[name.lower()] = file_type["code"]
            for media_type in file_type.get("media_types", []):
                self.code_of_media_type[media_type.lower()] = file_type["code"]
        self.non_proprietary = set(mqa["non_proprietary"])
        self.machine_readable = set(mqa["machine_readable"])
        self.access_rights = set(mqa["access_rights"])
        self.known_licences = set(mqa["known_licences"])
        licenses = load_toml("rules", "vocabularies", "licenses.toml")["license"]
        self.licenses = {item["id"]: item for item in licenses}
        self.license_of_url = {item["url"]: item["id"] for item in licenses if item.get("url")}
        indicators = load_toml("rules", "criteria", "mqa.toml")["indicator"]
        self.points = {item["id"]: item["points"] for item in indicators}
        self.level = {item["id"]: item["level"] for item in indicators}

    def codes(self, media_type, file_format):
        codes = []
        if media_type is not None:
            essence = str(media_type).split(";")[0].strip().lower()
            codes.append(self.code_of_media_type.get(essence))
        if file_format is not None:
            codes.append(self.code_of_format.get(str(file_format).strip().lower()))
        return [code for code in codes if code]


def instant(text):
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def configure():
    settings = tempfile.NamedTemporaryFile("w", suffix=".cfg", delete=False)
    settings.write(
        "SECRET_KEY = 'mqa-oracle'\n"
        "API_TOKEN_SECRET = 'mqa-oracle'\n"
        "SERVER_NAME = 'www.data.gouv.fr'\n"
    )
    settings.close()
    os.environ["UDATA_SETTINGS"] = settings.name
    return settings.name


class Builder:
    """Turns API-shaped dicts into udata documents."""

    def __init__(self, lists):
        from bson import ObjectId
        from udata.core.contact_point.models import ContactPoint
        from udata.core.dataset import models
        from udata.core.organization.models import Organization
        from udata.core.user.models import User

        self.ObjectId = ObjectId
        self.ContactPoint = ContactPoint
        self.models = models
        self.Organization = Organization
        self.User = User
        self.lists = lists

    def resource(self, raw):
        models = self.models
        resource = models.Resource(
            id=uuid.UUID(raw["id"]),
            title=raw.get("title") or "resource",
            url=raw["url"],
            format=raw.get("format"),
            mime=raw.get("mime"),
            filesize=raw.get("filesize"),
        )
        harvest = raw.get("harvest")
        if harvest is not None:
            resource.harvest = models.HarvestResourceMetadata(
                issued_at=instant(harvest.get("issued_at")),
                modified_at=instant(harvest.get("modified_at")),
            )
        return resource

    def dataset(self, raw):
        models = self.models
        dataset = models.Dataset(
            id=self.ObjectId(raw["id"]),
            title=raw.get("title"),
            description=raw.get("description"),
            tags=raw.get("tags") or [],
        )
        license = self.lists.licenses.get(raw.get("license"))
        if license:
            dataset.license = models.License(
                id=license["id"], title=license["title"], url=license.get("url")
            )
        organization = raw.get("organization")
        if organization:
            dataset.organization = self.Organization(
                id=self.ObjectId(organization["id"]), name=organization["name"]
            )
        owner = raw.get("owner")
        if owner:
            dataset.owner = self.User(
                id=self.ObjectId(owner["id"]), first_name=owner["first_name"], last_name="X"
            )
        dataset.contact_points = [
            self.ContactPoint(
                id=self.ObjectId(), role=contact["role"], name=contact.get("name"),
                email=contact.get("email"),
            )
            for contact in raw.get("contact_points") or []
        ]
        coverage = raw.get("temporal_coverage")
        if coverage is not None:
            start = coverage.get("start")
            end = coverage.get("end")
            dataset.temporal_coverage = models.DateRange(
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
            )
        spatial = raw.get("spatial")
        if spatial is not None:
            dataset.spatial = models.SpatialCoverage(granularity=spatial.get("granularity"))
        if "access_type" in raw:
            dataset.access_type = raw["access_type"]
        if raw.get("access_type_reason_category"):
            dataset.access_type_reason_category = raw["access_type_reason_category"]
        harvest = raw.get("harvest")
        if harvest is not None:
            dataset.harvest = models.HarvestDatasetMetadata(
                issued_at=instant(harvest.get("issued_at")),
                modified_at=instant(harvest.get("modified_at")),
            )
        dataset.resources = [self.resource(item) for item in raw.get("resources") or []]
        return dataset


def indicators(graph, node, lists):
    """The indicators of the dataset `node` of `graph`, from its triples alone."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCAT, DCTERMS as DCT

    def has(subject, predicate):
        return graph.value(subject, predicate) is not None

    def filled(subject, predicate):
        value = graph.value(subject, predicate)
        return isinstance(value, Literal) and str(value).strip() != ""

    access_rights = [str(o) for o in graph.objects(node, DCT.accessRights)]
    dataset = {
        "keywordAvailability": has(node, DCAT.keyword),
        "categoryAvailability": has(node, DCAT.theme),
        "spatialAvailability": has(node, DCT.spatial),
        "temporalAvailability": has(node, DCT.temporal),
        "accessRightsAvailability": bool(access_rights),
        "accessRightsVocabularyAlignment": any(
            right.startswith(ACCESS_RIGHT) and right[len(ACCESS_RIGHT):] in lists.access_rights
            for right in access_rights
        ),
        "contactPointAvailability": has(node, DCAT.contactPoint),
        "publisherAvailability": has(node, DCT.publisher),
        "dateIssuedAvailability": has(node, DCT.issued),
        "dateModifiedAvailability": has(node, DCT.modified),
    }
    distributions = list(graph.objects(node, DCAT.distribution))
    dataset["dcatApCompliance"] = (
        filled(node, DCT.title)
        and filled(node, DCT.description)
        and all(has(distribution, DCAT.accessURL) for distribution in distributions)
    )

    def on_distribution(distribution):
        media_type = graph.value(distribution, DCAT.mediaType)
        file_format = graph.value(distribution, DCT.format)
        codes = lists.codes(media_type, file_format)
        license = graph.value(distribution, DCT.license)
        licence_id = lists.license_of_url.get(str(license)) if isinstance(license, URIRef) else None
        return {
            "accessUrlStatusCode": None,
            "downloadUrlAvailability": has(distribution, DCAT.downloadURL),
            "downloadUrlStatusCode": None,
            "formatAvailability": file_format is not None,
            "mediaTypeAvailability": media_type is not None,
            "formatMediaTypeVocabularyAlignment": bool(codes),
            "formatMediaTypeNonProprietary": any(c in lists.non_proprietary for c in codes),
            "formatMediaTypeMachineInterpretable": any(c in lists.machine_readable for c in codes),
            "licenceAvailability": license is not None,
            "knownLicence": licence_id in lists.known_licences,
            "rightsAvailability": has(distribution, DCT.rights),
            "byteSizeAvailability": has(distribution, DCAT.byteSize),
            "dateIssuedAvailability": has(distribution, DCT.issued),
            "dateModifiedAvailability": has(distribution, DCT.modified),
        }

    def distribution_points(values):
        return sum(
            lists.points[metric]
            for metric, value in values.items()
            if value is True and lists.level[metric] == "distribution"
        )

    best = None
    for distribution in distributions:
        values = on_distribution(distribution)
        if best is None or distribution_points(values) > distribution_points(best):
            best = values
    result = {}
    for metric, level in lists.level.items():
        if level == "dataset":
            result[metric] = dataset[metric]
        elif level == "distribution":
            result[metric] = best[metric] if best else False
        else:
            result[metric] = dataset[metric] or bool(best and best[metric])
    return result


def read_datasets(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input", help="datasets as JSON Lines")
    args = parser.parse_args()
    settings = configure()
    try:
        from udata.app import create_app, standalone
        from udata.core.dataset.rdf import dataset_to_rdf

        app = standalone(create_app())
        lists = Lists()
        with app.app_context(), app.test_request_context():
            builder = Builder(lists)
            for raw in read_datasets(args.input):
                node = dataset_to_rdf(builder.dataset(raw))
                values = indicators(node.graph, node.identifier, lists)
                points = sum(lists.points[m] for m, value in values.items() if value is True)
                print(json.dumps({"id": raw["id"], "points": points, "indicators": values}))
    finally:
        os.unlink(settings)


if __name__ == "__main__":
    sys.exit(main())
