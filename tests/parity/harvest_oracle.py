#!/usr/bin/env python3
"""udata's own DCAT harvest mapping and quality score, as the reference for `--input dcat`.

Reads an RDF file with rdflib, picks the records udata's DCAT backend picks
(`dcat:Dataset` and `dcat:DatasetSeries`, less those only named by a data service; a record
without `dct:identifier` is skipped as the backend skips it), maps each with udata's
`dataset_from_rdf`, computes its last update and `Dataset.quality` with the clock frozen at
--as-of, and prints one JSON line per record, in title order:

    {"title": "...", "quality": {... udata's quality object ...}}

A record udata skips (no title) prints nothing. Nothing is saved: no database is needed. udata
looks licences up in its database; on data.gouv.fr a harvested dataset always gets one (the
guessed licence, else `notspecified`), so `License.default` returns `notspecified` and
`License.guess` its default here: which licence it is does not change the score.

    .venv-udata/bin/python tests/parity/harvest_oracle.py catalog.ttl --as-of 2026-11-22T12:00:00Z
    .venv-udata/bin/python tests/parity/harvest_oracle.py catalog.ttl --convert xml catalog.rdf

`--convert FORMAT OUT` writes the file's graph in another syntax (`xml`, `json-ld`, `nt`)
instead, for the parity test to read the same records in every syntax.
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
    parser.add_argument("input", help="an RDF file (Turtle, RDF/XML, JSON-LD, N-Triples)")
    parser.add_argument("--as-of", help="the frozen clock, ISO 8601")
    parser.add_argument("--description-length", type=int, default=200)
    parser.add_argument("--convert", nargs=2, metavar=("FORMAT", "OUT"))
    args = parser.parse_args()
    from rdflib import RDF, Graph

    graph = Graph().parse(args.input)
    if args.convert:
        graph.serialize(destination=args.convert[1], format=args.convert[0])
        return
    # data.gouv.fr's language: literals in French are preferred.
    settings = configure(args.description_length, "DEFAULT_LANGUAGE = 'fr'\n")
    try:
        from freezegun import freeze_time
        from udata.app import create_app
        from udata.harvest.exceptions import HarvestSkipException
        from udata.rdf import DCAT

        app = create_app()
        with app.app_context(), freeze_time(instant(args.as_of)):
            from udata.core.dataset import models, rdf

            notspecified = models.License(id="notspecified", title="License Not Specified")
            models.License.default = classmethod(lambda cls: notspecified)
            models.License.guess = classmethod(lambda cls, *strings, **kw: kw.get("default"))
            from udata.harvest.backends.dcat import DcatBackend
            from udata.rdf import DCT
            from udata.utils import uniquify

            external = DcatBackend.is_dataset_external_to_this_graph
            lines = []
            for node in uniquify(graph.subjects(RDF.type, [DCAT.Dataset, DCAT.DatasetSeries])):
                if external(None, node, graph) or not graph.value(node, DCT.identifier):
                    continue
                try:
                    dataset = rdf.dataset_from_rdf(graph, node=node, dryrun=True)
                except HarvestSkipException:
                    continue
                dataset.last_update = dataset.compute_last_update()
                dataset.quality_cached = None
                lines.append({"title": dataset.title, "quality": dataset.quality})
            for line in sorted(lines, key=lambda line: line["title"]):
                print(json.dumps(line, sort_keys=True))
    finally:
        os.unlink(settings)


if __name__ == "__main__":
    sys.exit(main())
