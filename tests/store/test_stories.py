"""Stories: the store groups the articles that tell one event, and compares how each outlet told it."""
from __future__ import annotations

import pytest

from tests.readouts import accusation_readout, call_readout
from tests.stories_corpus import fire_corpus, ingest, ingest_story_corpus
from wortlaut.store import Store
from wortlaut.store.compare import compare
from wortlaut.store.stories import find_story, group_stored, list_stories


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text):
    path = tmp_path_factory.mktemp("stories") / "stories.duckdb"
    return path, ingest_story_corpus(path, seed_text)


# Two outlets' reports of one event, worded apart (no sentence or quotation in common), and a
# report of the same day that names the same two politicians on another topic.
SHOOTING_GAZETTE = (
    'Trump and Clinton answer the Orlando nightclub shooting\n\n'
    'Donald Trump and Hillary Clinton responded on Monday to the massacre at the Pulse nightclub in '
    'Orlando, where a gunman killed forty-nine people. Trump renewed his call to ban Muslim immigration '
    'and said the attack proved him right. Clinton urged tighter gun laws, asking Congress to keep '
    'assault weapons away from terror suspects. The gunman, who had pledged allegiance to the Islamic '
    'State, was shot dead by police after a three-hour standoff at the Orlando club. Vigils for the '
    'victims of the shooting were held across Florida.')
SHOOTING_WIRE = (
    'Orlando massacre splits the presidential candidates\n\n'
    'After a gunman opened fire inside an Orlando gay nightclub and left forty-nine people dead, Hillary '
    'Clinton and Donald Trump offered sharply different answers. Clinton called for assault weapons to be'
    ' kept from people on terror watch lists and pressed Congress to act on gun laws. Trump, speaking in '
    'New Hampshire, demanded a ban on Muslim immigration and blamed the attack on weak leadership. Police'
    ' killed the shooter, who had sworn loyalty to the Islamic State, after a standoff of three hours at '
    'the Pulse club in Florida.')
TRADE = (
    'Trump attacks Clinton over trade pacts in Pennsylvania\n\n'
    'Donald Trump told steelworkers in Pennsylvania on Monday that Hillary Clinton had supported trade '
    'agreements that shipped factory jobs to Mexico and China. Trump promised to renegotiate NAFTA, '
    "withdraw from the Trans-Pacific Partnership and impose tariffs on imported steel. Clinton's campaign"
    ' replied that Trump had made his own ties and suits abroad. Economists warned that a trade war would'
    ' raise prices for American families.')


def _story_of(con, doc_id: str) -> tuple:
    return con.execute("SELECT story_id, signal, score, joined_with FROM story_articles WHERE doc_id = ?",
                       [doc_id]).fetchone()


def test_the_call_told_by_four_articles_is_one_story_and_the_summit_a_week_later_another(corpus):
    path, ids = corpus
    with Store.open(path, read_only=True) as store:
        stories = {s["story_id"]: s for s in list_stories(store.con).dicts()}
        call = _story_of(store.con, ids["seed"])[0]
        assert {_story_of(store.con, ids[n])[0] for n in ("whitehouse", "broadcaster", "republished")} == {call}
        assert _story_of(store.con, ids["summit"])[0] != call
        assert len(stories) == 2
        assert stories[call]["articles"] == 4 and stories[call]["outlets"] == 4
        assert (stories[call]["first_date"], stories[call]["last_date"]) == ("2022-02-12", "2022-02-13")
        assert stories[call]["title"].startswith("Biden telefoniert mit Putin")


def test_each_article_joins_by_the_signal_it_shares(corpus):
    path, ids = corpus
    with Store.open(path, read_only=True) as store:
        story, signal, score, joined_with = _story_of(store.con, ids["republished"])
        assert (signal, joined_with) == ("text", ids["seed"]) and score > 0.7  # a new title, a cut paragraph
        assert _story_of(store.con, ids["broadcaster"])[1] == "quote"  # Uschakow's words, quoted by both
        assert _story_of(store.con, ids["whitehouse"])[1] == "event"  # English: the call, Biden and Putin
        assert _story_of(store.con, ids["seed"])[1:] == ("first", None, None)


def test_stories_are_listed_by_date_and_outlet(corpus):
    path, ids = corpus
    with Store.open(path, read_only=True) as store:
        assert [s["title"][:5] for s in list_stories(store.con, since="2022-02-20").dicts()] == ["Biden"]
        assert len(list_stories(store.con, until="2022-02-14").rows) == 1
        assert len(list_stories(store.con, outlet="tagesschau").rows) == 2
        assert len(list_stories(store.con, outlet="White House").rows) == 1


def test_the_comparison_shows_sources_claims_framing_and_omissions_with_evidence(corpus):
    path, ids = corpus
    with Store.open(path, read_only=True) as store:
        result = compare(store.con, _story_of(store.con, ids["seed"])[0])
        texts = dict(store.con.execute("SELECT id, text FROM documents").fetchall())
    assert {a.outlet for a in result.articles} == {"RT DE", "White House", "Tagesschau", "Freie Presse"}
    uschakow = {c.outlet: c for c in result.sources if c.source == "Juri Uschakow"}
    assert set(uschakow) == {"RT DE", "Tagesschau", "Freie Presse"}
    assert uschakow["Tagesschau"].direct == 1 and uschakow["Tagesschau"].quoted_words > 10
    framing = {(c.outlet, c.kind, c.text) for c in result.framing}
    assert ("RT DE", "scare_quote", '"russische Invasion"') in framing
    assert ("RT DE", "hedge", "angeblich") in framing
    assert not any(outlet == "White House" for outlet, _, _ in framing)
    denied = [c for c in result.claims if c.kind == "denial" and c.outlet == "RT DE"]
    assert any("Angriff auf die Ukraine" in c.claim for c in denied)
    assert any(c.kind == "event" and c.outlet == "White House" and c.carried == "asserted" for c in result.claims)
    assert ("White House", "Juri Uschakow") in {(o.outlet, o.source) for o in result.omissions}
    cells = [*result.sources, *result.claims, *result.framing, *result.omissions]
    assert all(c.evidence for c in cells)
    assert all(0 <= e.start < e.end <= len(texts[e.doc_id]) for c in cells for e in c.evidence)
    scare = next(c for c in result.framing if c.text == '"russische Invasion"')
    assert all(texts[e.doc_id][e.start:e.end] == scare.text for e in scare.evidence)


def test_a_syndicated_copy_adds_an_outlet_to_its_story_not_an_article(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(call_readout(1, "dpa", "2022-02-12"))
        assert not store.add(call_readout(1, "Spiegel", "2022-02-12"))
        [story] = list_stories(store.con).dicts()
        assert (story["articles"], story["outlets"]) == (1, 2)
        assert compare(store.con, story["story_id"]).articles[0].syndicated


def test_the_same_call_text_a_week_apart_is_two_stories(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(call_readout(1, "A", "2022-02-12"))
        store.add(call_readout(2, "B", "2022-02-13"))
        store.add(call_readout(3, "C", "2022-02-20"))
        assert sorted(s["articles"] for s in list_stories(store.con).dicts()) == [1, 2]


def test_two_events_inside_one_country_with_the_same_persons_stay_two_stories(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add(accusation_readout("At a rally in Ohio, Trump accuses Clinton of lying about her emails.", "A",
                                     "2016-07-06"))
        store.add(accusation_readout("Trump accuses Clinton of backing the trade deal that closed factories in Michigan.",
                                     "B", "2016-07-06"))
        assert store.count("events") == 1  # one "USA accuses USA" event, as the events table groups them
        assert store.count("stories") == 2


def _regrouped(con, columns: str, stories: int) -> tuple[list, list]:
    """``columns`` of every story article as ingested, and again after the story tables were
    emptied and the stored articles grouped anew (as a migration groups an older store)."""
    query = f"SELECT {columns} FROM story_articles ORDER BY 1"
    grouped = con.execute(query).fetchall()
    for table in ("story_keys", "story_articles", "stories"):
        con.execute(f"DELETE FROM {table}")
    assert group_stored(con) == stories
    return grouped, con.execute(query).fetchall()


def test_a_store_from_before_stories_is_grouped_as_if_ingested_with_them(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        for n, day in ((1, "2022-02-12"), (2, "2022-02-13"), (3, "2022-02-20")):
            store.add(call_readout(n, "A", day))
        grouped, regrouped = _regrouped(store.con, "doc_id, story_id", stories=2)
        assert regrouped == grouped


def test_an_article_that_matches_two_stories_merges_them_into_the_oldest(tmp_path):
    path = tmp_path / "fire.duckdb"
    gazette, wire, rewrite = fire_corpus()
    ids = ingest(path, (gazette, wire))
    with Store.open(path, read_only=True) as store:
        assert store.count("stories") == 2  # the same fire, told with no text, quotation or person in common
    ids |= ingest(path, (rewrite,))
    with Store.open(path, read_only=True) as store:
        [story] = list_stories(store.con).dicts()
        assert story["story_id"] == ids["gazette"]
        assert (story["articles"], story["outlets"]) == (3, 3)
        assert (story["first_date"], story["last_date"]) == ("2024-05-02", "2024-05-03")
        assert story["title"].startswith("Warehouse fire in Millbrook")
        assert _story_of(store.con, ids["wire"])[0] == ids["gazette"]
        story_id, signal, score, joined_with = _story_of(store.con, ids["rewrite"])
        assert (story_id, signal, joined_with) == (ids["gazette"], "text", ids["wire"]) and score > 0.5
        assert find_story(store.con, ids["wire"]) == ids["gazette"]  # the merged story's id still finds it


def test_stories_merge_the_same_way_when_a_store_from_before_stories_is_grouped(tmp_path):
    path = tmp_path / "fire.duckdb"
    ingest(path, fire_corpus())
    with Store.open(path) as store:
        grouped, regrouped = _regrouped(store.con, "doc_id, story_id, signal", stories=1)
        assert regrouped == grouped


def test_two_outlets_differently_worded_reports_of_one_event_are_one_story_by_their_topic(tmp_path):
    ids = ingest(tmp_path / "s.duckdb", (("gazette", SHOOTING_GAZETTE, "en", "Harbour Gazette", "2016-06-13"),
                                         ("wire", SHOOTING_WIRE, "en", "Valley Press Agency", "2016-06-14")))
    with Store.open(tmp_path / "s.duckdb", read_only=True) as store:
        story_id, signal, score, joined_with = _story_of(store.con, ids["wire"])
        assert (story_id, signal, joined_with) == (ids["gazette"], "topic", ids["gazette"]) and score > 0.2


def test_same_day_reports_naming_the_same_politicians_on_other_topics_stay_apart(tmp_path):
    ids = ingest(tmp_path / "s.duckdb", (("gazette", SHOOTING_GAZETTE, "en", "Harbour Gazette", "2016-06-13"),
                                         ("trade", TRADE, "en", "Valley Press Agency", "2016-06-13")))
    with Store.open(tmp_path / "s.duckdb", read_only=True) as store:
        assert _story_of(store.con, ids["trade"])[1] == "first"
        assert store.count("stories") == 2
