"""Exports load back: Parquet with pyarrow, CSV and JSON Lines with the standard library, the
GDELT-format file with GDELT 2.0's 61 columns, PLOVER records as JSON. Real pipeline output."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from accord.events.ontology import cameo_table
from accord.export import FORMATS, GDELT_COLUMNS, export, export_tables
from accord.export.gdelt import global_event_id, split_actor_code
from accord.store import schema
from accord.store.repository import Repository


@pytest.fixture(scope="module")
def repo(tmp_path_factory, wikinews_articles):
    r = Repository(f"sqlite:///{tmp_path_factory.mktemp('store') / 'a.db'}")
    r.add_articles(wikinews_articles)
    return r


def test_parquet_csv_and_jsonl_of_every_table_load_back(repo, tmp_path):
    tables = export_tables(repo)
    assert {"articles", "events", "quotes", "figures", "actors", "sentences", "event_sentences"} <= {t.name for t in tables}
    for fmt in ("parquet", "csv", "jsonl"):
        files = export(repo, fmt, tmp_path / fmt)
        assert len(files) == len(tables)
        for t, f in zip(tables, files):
            n = repo.count(t.name) if t.name in schema.metadata.tables else f["rows"]   # crossdoc: its own
            assert f["rows"] == n, (fmt, t.name)
            if fmt == "parquet":
                loaded = pq.read_table(f["path"])
                assert loaded.num_rows == n and loaded.column_names == list(t.columns.keys())
            elif fmt == "csv":
                with open(f["path"], encoding="utf-8", newline="") as fh:
                    assert sum(1 for _ in csv.DictReader(fh)) == n
            else:
                with open(f["path"], encoding="utf-8") as fh:
                    assert sum(1 for line in fh if json.loads(line)) == n
    events = pq.read_table(tmp_path / "parquet" / "events.parquet").to_pylist()
    assert events == list(repo.iter_rows("events"))                  # values survive the round trip


def test_gdelt_file_has_the_61_gdelt_columns(repo, tmp_path):
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert GDELT_COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    [f] = export(repo, "gdelt", tmp_path)
    with open(f["path"], encoding="utf-8", newline="") as fh:
        rows = [dict(zip(GDELT_COLUMNS, line.rstrip("\n").split("\t"))) for line in fh]
    with open(f["path"], encoding="utf-8") as fh:
        assert {len(line.rstrip("\n").split("\t")) for line in fh} == {61}
    occurred = [e for e in repo.iter_rows("events") if e["status"] == "occurred"]
    assert len(rows) == f["rows"] == len(occurred) > 0
    by_id = {global_event_id(e["id"]): e for e in occurred}
    assert len(by_id) == len(occurred)                               # ids do not collide
    labels = cameo_table()
    for r in rows:
        e = by_id[int(r["GLOBALEVENTID"])]
        assert r["EventCode"] == e["cameo"] in labels and r["EventRootCode"] == e["root"]
        assert float(r["GoldsteinScale"]) == e["goldstein"] and int(r["QuadClass"]) == e["quad_class"]
        assert r["Actor1Code"] == (e["source_code"] or "") and r["Actor2CountryCode"] == (e["target_country"] or "")
        if e["date"] and len(e["date"]) == 10:
            assert r["Day"] == e["date"].replace("-", "") and r["Year"] == e["date"][:4]
            assert int(r["Year"]) <= float(r["FractionDate"]) < int(r["Year"]) + 1
        assert r["SOURCEURL"] and len(r["DATEADDED"]) == 14 and r["AvgTone"] == "" and r["ActionGeo_Lat"] == ""


def test_plover_records_are_json_with_plover_types(repo, tmp_path):
    [f] = export(repo, "plover", tmp_path)
    with open(f["path"], encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    assert len(recs) == f["rows"] > 0
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    for r in recs:
        assert r["event"] in types and r["status"] == "occurred" and r["text"]
        assert r["source"] is None or {"actorText", "code"} <= set(r["source"][0])
    everything = export(repo, "plover", tmp_path / "all", statuses=("occurred", "planned", "negated", "hypothetical"))
    assert everything[0]["rows"] + everything[0]["skipped"] == repo.count("events")


def test_actor_codes_split_as_gdelt_does():
    assert split_actor_code("RUSGOV", "RUS") == {"KnownGroupCode": "", "Type1Code": "GOV", "Type2Code": "", "Type3Code": ""}
    assert split_actor_code("IGOUNO", None)["KnownGroupCode"] == "UNO"
    assert split_actor_code("IGOUNO", None)["Type1Code"] == "IGO"
    assert split_actor_code("AFGREBTAL", "AFG") == {"KnownGroupCode": "TAL", "Type1Code": "REB", "Type2Code": "", "Type3Code": ""}
    assert split_actor_code("USAMILGOV", "USA")["Type2Code"] == "GOV"
    assert split_actor_code(None, None)["Type1Code"] == ""


def test_an_unknown_format_is_a_clear_error(repo, tmp_path):
    with pytest.raises(ValueError, match="format must be one of"):
        export(repo, "xlsx", tmp_path)
    assert FORMATS == ("jsonl", "csv", "parquet", "gdelt", "plover")


def test_postgres_exports_the_same_events(repo, postgres_url, wikinews_articles, tmp_path):
    pg = Repository(postgres_url)
    pg.add_articles(wikinews_articles)
    for name, store in (("lite", repo), ("pg", pg)):
        export(store, "parquet", tmp_path / name)
        export(store, "gdelt", tmp_path / name)
    for table in ("events", "quotes", "actors", "event_sentences"):
        assert pq.read_table(tmp_path / "lite" / f"{table}.parquet").to_pylist() == \
               pq.read_table(tmp_path / "pg" / f"{table}.parquet").to_pylist()

    def gdelt(name):     # DATEADDED is when each store ingested: the rest must match
        with open(tmp_path / name / "events.gdelt.tsv", encoding="utf-8") as fh:
            return [line.split("\t")[:59] + line.split("\t")[60:] for line in fh]
    assert gdelt("lite") == gdelt("pg")
    pg.engine.dispose()


def test_accord_export_command(repo, tmp_path, capsys):
    from accord.cli import main

    assert main(["export", "--format", "parquet", "--out", str(tmp_path / "p"), "--db", repo.url]) == 0
    assert pq.read_table(tmp_path / "p" / "events.parquet").num_rows == repo.count("events")
    assert main(["export", "--format", "gdelt", "--out", str(tmp_path / "g"), "--db", repo.url,
                 "--statuses", "occurred,planned"]) == 0
    with open(tmp_path / "g" / "events.gdelt.tsv", encoding="utf-8") as fh:
        lines = fh.readlines()
    assert len(lines) == sum(e["status"] in ("occurred", "planned") for e in repo.iter_rows("events"))
    assert "events.gdelt.tsv" in capsys.readouterr().err
