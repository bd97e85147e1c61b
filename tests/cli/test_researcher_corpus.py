"""A researcher's corpus end to end: one agency text published by two outlets, and one person
named in four ways across articles and languages. ``speakers``, ``balance``, ``said`` and the web
app count one person, every publication, and mark the syndicated statements."""
from __future__ import annotations

import json
import warnings

import pytest

from wortlaut.cli import main
from wortlaut.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

AGENCY = ("Kreml weist Vorwürfe zurück\n\nKremlsprecher Dmitri Peskow sagte am Montag, Russland plane keinen "
          "Angriff auf die Ukraine. Die Vorwürfe seien haltlos, fügte Peskow hinzu.")
ARTICLES = [
    {"text": AGENCY, "outlet": "Nordkurier", "published": "2022-02-14", "url": "https://nord.example/kreml"},
    {"text": AGENCY, "outlet": "Südkurier", "published": "2022-02-14T09:30:00+01:00", "url": "https://sued.example/k"},
    {"text": "Verhandlungen in Genf\n\nUS-Präsident Joe Biden sagte am Montag in Washington, die Verhandlungen mit "
             "Russland seien schwierig, aber nicht aussichtslos.", "outlet": "Nordkurier", "published": "2022-02-14",
     "url": "https://nord.example/genf"},
    {"text": "Neue Sanktionen\n\nPräsident Biden kündigte am Dienstag an, die Regierung werde die Sanktionen gegen "
             "Moskau verschärfen. Er sagte, Russland müsse seine Truppen abziehen.", "outlet": "Südkurier",
     "published": "2022-02-15", "url": "https://sued.example/sanktionen"},
    {"text": "Sanctions\n\nBiden told reporters that the sanctions would stay in place until the troops had left.",
     "outlet": "Ledger", "published": "2022-02-16", "url": "https://ledger.example/sanctions"},
    {"text": "Talks continue\n\nPresident Joe Biden said on Wednesday that the talks in Geneva would continue "
             "next week.", "outlet": "Ledger", "published": "2022-02-16", "url": "https://ledger.example/talks"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(folder / "corpus.duckdb")
    assert main(["ingest", str(feed), "--db", path]) == 0
    return path


def rows(capsys, *args: str) -> list[dict]:
    assert main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_one_person_under_four_names_and_every_publication_counted(db, capsys):
    speakers = rows(capsys, "speakers", "--db", db)
    biden = {r["outlet"]: r for r in speakers if r["speaker"] == "Joe Biden"}
    assert {o: r["statements"] for o, r in biden.items()} == {"Nordkurier": 1, "Südkurier": 2, "Ledger": 2}
    assert not any(r["speaker"] in {"Biden", "Er", "Präsident Biden"} for r in speakers)
    peskow = {r["outlet"]: r for r in speakers if r["speaker"] == "Dmitri Peskow"}
    assert {o: (r["statements"], r["syndicated"]) for o, r in peskow.items()} == {"Nordkurier": (2, 2),
                                                                                   "Südkurier": (2, 2)}
    assert {r["syndicated"] for r in speakers if r["speaker"] == "Joe Biden"} == {0}


def test_balance_counts_the_syndicated_text_for_each_outlet(db, capsys):
    """The agency text's headline "Kreml weist Vorwürfe zurück" is the Kremlin's denial."""
    balance = rows(capsys, "balance", "--db", db, "--outlet", "Südkurier")
    assert {r["speaker"]: (r["statements"], r["share"]) for r in balance} == {"Joe Biden": (2, 40.0),
                                                                              "Dmitri Peskow": (2, 40.0),
                                                                              "Kreml": (1, 20.0)}


def test_said_finds_every_name_folded_and_exact(db, capsys):
    said = rows(capsys, "said", "--by", "biden", "--db", db)
    assert len(said) == 5 and {r["speaker"] for r in said} == {"Joe Biden"}
    assert {r["as_named"] for r in said} == {"Joe Biden", "Biden"}
    assert len(rows(capsys, "said", "--by", "PESKOW", "--db", db)) == 2
    agency = rows(capsys, "said", "--by", "Peskow", "--db", db)[0]
    assert agency["outlet"] == "Nordkurier, Südkurier" and agency["syndicated"] is True
    assert rows(capsys, "said", "--by", "Biden", "--exact", "--db", db) != []
    assert rows(capsys, "said", "--by", "Bide", "--exact", "--db", db) == []


def test_date_ranges_narrow_every_count(db, capsys):
    assert {r["outlet"] for r in rows(capsys, "speakers", "--db", db, "--since", "2022-02-16")} == {"Ledger"}
    early = rows(capsys, "said", "--by", "biden", "--db", db, "--until", "2022-02-14")
    assert [r["published"] for r in early] == ["2022-02-14"]


def test_the_web_app_counts_the_same(db):
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    speakers = client.get("/api/speakers").json()
    assert sum(r["statements"] for r in speakers if r["speaker"] == "Joe Biden") == 5
    page = client.get("/speakers").text
    assert "Joe Biden" in page and "Präsident Biden" not in page


def test_persons_lists_every_name_and_a_users_aliases_count_from_then_on(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES[2:4]), encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    assert main(["ingest", str(feed), "--db", db]) == 0
    [biden] = rows(capsys, "persons", "biden", "--db", db)
    assert biden["person"] == "Joe Biden" and biden["names"] == "Biden; Joe Biden" and biden["statements"] == 3
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("person\tvariant\nJoseph R. Biden\tJoe Biden\nJoseph R. Biden\tBiden\n", encoding="utf-8")
    assert [r["person"] for r in rows(capsys, "persons", "--aliases", str(aliases), "--db", db)] == ["Joseph R. Biden"]
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps(ARTICLES[4]) + "\n", encoding="utf-8")
    assert main(["ingest", str(more), "--db", db]) == 0
    capsys.readouterr()
    assert [(r["person"], r["statements"]) for r in rows(capsys, "persons", "--db", db)] == [("Joseph R. Biden", 4)]
    bad = tmp_path / "bad.tsv"
    bad.write_text("only one column\n", encoding="utf-8")
    assert main(["persons", "--aliases", str(bad), "--db", db]) == 1
    assert "separated by a tab" in capsys.readouterr().err
