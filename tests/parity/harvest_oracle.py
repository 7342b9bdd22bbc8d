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
    .venv-udata/bin/python tests/parity/harvest_oracle.py answer.xml --csw --as-of ...

`--convert FORMAT OUT` writes the file's graph in another syntax (`xml`, `json-ld`, `nt`)
instead, for the parity test to read the same records in every syntax; `--convert csw OUT`
writes it as the answer of a CSW server to udata's `GetRecords` request, a record (RDF/XML)
per dataset with what it links to, plus one record in ISO 19139. `--csw` reads such an answer
as udata's CSW-DCAT backend does (`walk_paginated_graph`, its request answered with the file),
then maps each record's datasets as above.
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
    parser.add_argument("--csw", action="store_true", help="the input is a GetRecords answer")
    parser.add_argument(
        "--csw-iso",
        metavar="XSL",
        help="the input is a GetRecords answer in ISO 19139, converted with this stylesheet",
    )
    parser.add_argument("--dump", action="store_true", help="print each record's DCAT (Turtle)")
    args = parser.parse_args()
    from rdflib import Graph

    if args.convert:
        graph = Graph().parse(args.input)
        if args.convert[0] == "csw":
            write_csw_answer(graph, args.convert[1])
        else:
            graph.serialize(destination=args.convert[1], format=args.convert[0])
        return
    # data.gouv.fr's language: literals in French are preferred.
    # udata resolves the host of each remote URL to refuse internal addresses; offline every
    # lookup fails, which udata lets pass, after a wait: not resolving gives the same verdicts
    # at once.
    settings = configure(
        args.description_length, "DEFAULT_LANGUAGE = 'fr'\nURLS_RESOLVE_HOSTNAME = False\nCACHE_TYPE = 'NullCache'\n"
    )
    try:
        from freezegun import freeze_time
        from udata.app import create_app
        from rdflib import RDF
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
            if args.csw_iso:
                graphs = csw_graphs(args.input, args.csw_iso)
            elif args.csw:
                graphs = csw_graphs(args.input)
            else:
                graphs = [Graph().parse(args.input)]
            lines = []
            for graph in graphs:
                if args.dump:
                    print(graph.serialize(format="turtle"), file=sys.stderr)
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


def csw_graphs(path, stylesheet=None):
    """The graphs udata's CSW-DCAT backend reads from the GetRecords answer in `path`, its
    request answered with the file (one page: the answer says no record follows); with
    `stylesheet`, the graphs its CSW-ISO-19139 backend makes of ISO 19139 records, the
    stylesheet it downloads answered with that file."""
    from udata.harvest.backends.dcat import CswDcatBackend, CswIso19139DcatBackend
    from udata.harvest.models import HarvestSource

    with open(path, encoding="utf-8") as handle:
        text = handle.read()

    class Answer:
        def __init__(self, text):
            self.text = text

        def raise_for_status(self):
            pass

    class Offline(CswIso19139DcatBackend if stylesheet else CswDcatBackend):
        def post(self, url, data, headers={}, **kwargs):
            return Answer(text)

        def get(self, url, **kwargs):
            with open(stylesheet, encoding="utf-8") as handle:
                return Answer(handle.read())

        def add_harvest_item(self, item):
            # A record the backend fails (dry run: no job to record it in): not harvested.
            pass

    backend = Offline(HarvestSource(url="https://csw.example.org/csw", config={}), dryrun=True)
    return [graph for graph, _ in backend.walk_paginated_graph("https://csw.example.org/csw")]


def write_csw_answer(graph, out):
    """`graph` as a CSW server's answer: each dataset with what it links to (its concise
    bounded description), as an RDF/XML record, then a record in ISO 19139."""
    from rdflib import RDF, BNode, Graph, Namespace

    DCAT = Namespace("http://www.w3.org/ns/dcat#")

    records = []
    datasets = sorted(set(graph.subjects(RDF.type, DCAT.Dataset)) |
                      set(graph.subjects(RDF.type, DCAT.DatasetSeries)), key=str)
    for node in datasets:
        record = Graph()
        pending, seen = [node], set()
        while pending:
            subject = pending.pop()
            if subject in seen:
                continue
            seen.add(subject)
            for triple in graph.triples((subject, None, None)):
                record.add(triple)
                if isinstance(triple[2], BNode):
                    pending.append(triple[2])
        text = record.serialize(format="xml")
        records.append(text.split("?>", 1)[1].strip() if text.startswith("<?xml") else text)
    records.append('<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"/>')
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">\n'
            '<csw:SearchStatus timestamp="2026-11-22T12:00:00"/>\n'
            f'<csw:SearchResults numberOfRecordsMatched="{len(records)}" '
            f'numberOfRecordsReturned="{len(records)}" nextRecord="0">\n'
            + "\n".join(records)
            + "\n</csw:SearchResults>\n</csw:GetRecordsResponse>\n"
        )


if __name__ == "__main__":
    sys.exit(main())
