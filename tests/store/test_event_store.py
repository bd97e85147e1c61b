"""The store joins what many articles tell about one event into one event row."""
from __future__ import annotations

from tests.readouts import call_readout
from wortlaut.store import Store
from wortlaut.store import queries


def test_the_same_event_told_by_ten_articles_is_one_event_with_ten_articles(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        for n in range(10):
            store.add(call_readout(n, f"outlet {n % 4}", f"2022-02-1{2 + n % 2}", reverse=n % 3 == 0))
        rows = queries.events(store.con).dicts()
        assert len(rows) == 1
        assert rows[0]["articles"] == 10
        assert rows[0]["outlets"] == 4
        assert rows[0]["mentions"] == 10
        assert rows[0]["first_date"] == "2022-02-12" and rows[0]["last_date"] == "2022-02-13"
        assert store.count("event_mentions") == 10


def test_the_same_parties_a_month_apart_are_two_events(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(call_readout(1, "A", "2022-02-12"))
        store.add(call_readout(2, "B", "2022-03-15"))
        rows = queries.events(store.con).dicts()
        assert [r["articles"] for r in rows] == [1, 1]


def test_events_are_filtered_by_actor_type_date_and_outlet(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(call_readout(1, "A", "2022-02-12"))
        store.add(call_readout(2, "B", "2022-03-15"))
        assert len(queries.events(store.con, actor="RUS").rows) == 2  # a meeting's parties in either order
        assert len(queries.events(store.con, actor="Biden", since="2022-03-01").rows) == 1
        assert len(queries.events(store.con, type="ASSAULT").rows) == 0
        assert len(queries.events(store.con, outlet="B").rows) == 1
        assert len(queries.events(store.con, modality="claimed").rows) == 0
