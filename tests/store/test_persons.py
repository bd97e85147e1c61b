"""One identity per person across a corpus: titles, surnames, transliterations, aliases, pronouns."""
import duckdb
import pytest

from wortlaut.nlp.titles import bare_name, naming_facts
from wortlaut.store import Store
from wortlaut.store.persons import add_speakers, fold, name_key, search_forms


@pytest.mark.parametrize("name, lang, bare", [
    ("US-Präsident Joe Biden", "de", "Joe Biden"),
    ("Außenministerin Annalena Baerbock", "de", "Annalena Baerbock"),
    ("Der diplomatische Berater des russischen Präsidenten Juri Uschakow", "de", "Juri Uschakow"),
    ("Russlands Botschaft in den USA", "de", "Russlands Botschaft in den USA"),
    ("Foreign Secretary David Lammy", "en", "David Lammy"),
    ("Kremlin spokesman Dmitry Peskov", "en", "Dmitry Peskov"),
    ("White House", "en", "White House"),
    ("Martin Luther King Jr.", "en", "Martin Luther King Jr."),
    ("Prime Minister", "en", "Prime Minister"),
])
def test_titles_before_a_name_are_not_part_of_it(name, lang, bare):
    assert bare_name(name, naming_facts(lang)) == bare


@pytest.mark.parametrize("german, english", [("Juri Uschakow", "Yuri Ushakov"), ("Sergej Lawrow", "Sergei Lavrov"),
                                             ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),
                                             ("Maria Sacharowa", "Maria Zakharova")])
def test_german_and_english_spellings_of_a_name_share_a_key(german, english):
    assert name_key(german) == name_key(english)


def test_different_names_keep_different_keys():
    assert name_key("Joe Biden") != name_key("Hunter Biden")
    assert name_key("Olaf Scholz") != name_key("Olaf Schulz")


def test_search_forms_fold_case_accents_umlauts_and_sharp_s():
    assert fold("Müller") == "mueller" and fold("Müller", umlauts_as_e=False) == "muller"
    assert fold("Strauß") == "strauss" and fold("José  Martí") == "jose marti"
    assert "mueller" in search_forms("Müller") and "muller" in search_forms("Müller")


@pytest.fixture
def con(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        yield store.con


def persons(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    return dict(con.execute("SELECT name, person FROM persons").fetchall())


def test_a_surname_joins_the_one_full_name_even_when_it_comes_first(con):
    add_speakers(con, [("Biden", "de")])
    assert persons(con) == {"Biden": "Biden"}
    add_speakers(con, [("US-Präsident Joe Biden", "de"), ("Joe Biden", "en"), ("Yuri Ushakov", "en"),
                       ("Juri Uschakow", "de"), ("Uschakow", "de")])
    assert persons(con) == {"Biden": "Joe Biden", "US-Präsident Joe Biden": "Joe Biden", "Joe Biden": "Joe Biden",
                            "Yuri Ushakov": "Yuri Ushakov", "Juri Uschakow": "Yuri Ushakov",
                            "Uschakow": "Yuri Ushakov"}


def test_a_surname_two_full_names_share_stays_on_its_own(con):
    add_speakers(con, [("Joe Biden", "en"), ("Hunter Biden", "en"), ("Biden", "en")])
    assert persons(con)["Biden"] == "Biden"


def test_pronouns_are_nobody_and_aliases_are_their_person(con):
    add_speakers(con, [("Er", "de"), ("she", "en"), ("Kremlin", "en"), ("Kreml", "de")])
    assert persons(con) == {"Er": None, "she": None, "Kremlin": "Kreml", "Kreml": "Kreml"}


def test_a_middle_initial_and_a_short_given_name_are_the_same_person(con):
    add_speakers(con, [("Joseph R. Biden", "en"), ("Joe Biden", "de"), ("Jill Biden", "en")])
    assert persons(con) == {"Joseph R. Biden": "Joseph R. Biden", "Joe Biden": "Joseph R. Biden",
                            "Jill Biden": "Jill Biden"}
