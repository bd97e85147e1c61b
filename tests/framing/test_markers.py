"""Scare quotes, hedges and loaded words on real-style sentences, through the public API,
plus hand-built readouts where the rule depends on an attribution."""
import spacy

from wortlaut import analyze_text, span_problems
from wortlaut.framing import frame
from wortlaut.model import Attribution, Content, Document, Readout, Source


def markers(text: str, lang: str, kind: str) -> list[str]:
    readout = analyze_text(text, lang)
    assert span_problems(readout) == []
    return [m.text for m in readout.markers if m.kind == kind]


def framed(text: str, lang: str, content: str, source: str) -> Readout:
    """``text`` with one attribution of ``content`` to ``source``, framed on a blank pipeline."""
    start, at = text.index(content), text.index(source)
    att = Attribution("a1", "indirect", Source(source, at, at + len(source), source),
                      None, Content.of(text, start, start + len(content)))
    readout = Readout(doc=Document(text=text, lang=lang), attributions=[att])
    frame(spacy.blank(lang)(text), readout)
    assert span_problems(readout) == []
    return readout


def test_hedged_fragment_is_a_scare_quote():
    assert markers("Die Regierung verteidigte die sogenannten „Schutzzonen“ an der Grenze.", "de",
                   "scare_quote") == ["„Schutzzonen“"]
    assert markers('The government defended its so-called "buffer zones" along the border.', "en",
                   "scare_quote") == ['"buffer zones"']


def test_names_and_titles_are_not_scare_quotes():
    for text in ("Die „Süddeutsche Zeitung“ hatte zuerst darüber berichtet.",
                 "Der Film „Million Dollar Baby“ gewann vier Auszeichnungen.",
                 "Eine Maschine des Typs „Fokker 100“ musste notlanden.",
                 "Apple stellte den „iPod nano“ vor."):
        assert markers(text, "de", "scare_quote") == [], text
    assert markers('He wrote for "The Washington Post" until 2015.', "en", "scare_quote") == []


def test_statements_and_words_as_words_are_not_scare_quotes():
    assert markers("Das Wort „Krise“ fiel in der Rede kein einziges Mal.", "de", "scare_quote") == []
    assert markers("Die Menge rief: „Nie wieder!“", "de", "scare_quote") == []
    assert markers('The crowd chanted the slogan "lock her up" for minutes.', "en", "scare_quote") == []


def test_a_speakers_quoted_term_is_not_a_scare_quote_but_the_outlets_is():
    text = "Der Minister nannte die Vorwürfe „Hetze“. Die Opposition sprach von Versagen."
    assert [m for m in framed(text, "de", "die Vorwürfe „Hetze“", "Der Minister").markers
            if m.kind == "scare_quote"] == []
    loaded = [m for m in framed(text, "de", "die Vorwürfe „Hetze“", "Der Minister").markers if m.kind == "loaded"]
    assert [(m.text, m.attributed_to) for m in loaded] == [("Hetze", "Der Minister")]
    unattributed = Readout(doc=Document(text=text, lang="de"))
    frame(spacy.blank("de")(text), unattributed)
    assert [m.text for m in unattributed.markers if m.kind == "scare_quote"] == ["„Hetze“"]


def test_a_term_quoted_at_a_distance_once_is_a_scare_quote_everywhere():
    text = ("Die Regierung sprach von einer „Friedensmission“. "
            "Beobachter bezweifeln die angebliche „Friedensmission“ seit Wochen.")
    readout = framed(text, "de", "von einer „Friedensmission“", "Die Regierung")
    scare = [m for m in readout.markers if m.kind == "scare_quote"]
    assert [(m.start, m.attributed_to) for m in scare] == [(text.index("„"), "Die Regierung"),
                                                           (text.rindex("„"), None)]


def test_hedges_are_found_and_linked_to_what_they_qualify_where_parsed():
    assert markers("Der mutmaßliche Täter wurde am Montag festgenommen.", "de", "hedge") == ["mutmaßliche"]
    readout = analyze_text("Police arrested the alleged gunman on Monday.", "en")
    hedge = next(m for m in readout.markers if m.kind == "hedge")
    assert hedge.text == "alleged" and hedge.target is not None and hedge.target.text == "gunman"


def test_a_hedge_before_quotation_marks_qualifies_the_quotation_without_a_parse():
    text = "Die Regierung warnte vor einer angeblich geplanten „Provokation“ an der Grenze."
    readout = Readout(doc=Document(text=text, lang="de"))
    frame(spacy.blank("de")(text), readout)
    hedge = next(m for m in readout.markers if m.kind == "hedge")
    assert hedge.target.text == "geplanten „Provokation“"


def test_loaded_words_are_marked_with_compounds_but_not_neutral_look_alikes():
    assert markers("Das Assad-Regime spricht von Kriegshysterie im Westen.", "de", "loaded") == [
        "Assad-Regime", "Kriegshysterie"]
    assert markers("Das Sanktionsregime der EU wurde verlängert.", "de", "loaded") == []
    assert markers("State media accused the regime of spreading propaganda.", "en", "loaded") == [
        "regime", "propaganda"]


def test_credits_and_appeals_are_not_searched_but_appeals_are_marked():
    text = ("Wahl in Ungarn\n\nIn Brüssel herrscht seit Tagen „Hysterie“.\n"
            "Foto: „Hysterie“ / dpa\n\n"
            "Unterstützen Sie unabhängigen Journalismus: Teilen Sie unsere Artikel und spenden Sie jetzt!")
    readout = analyze_text(text, "de")
    assert [(m.kind, m.text) for m in readout.markers] == [
        ("scare_quote", "„Hysterie“"), ("loaded", "Hysterie"), ("appeal", text[text.index("Unterstützen"):])]


def test_american_punctuation_inside_the_marks_keeps_a_fragment_a_term():
    text = 'He reserved his passion for the cause of "comprehensive immigration reform."'
    assert markers(text, "en", "scare_quote") == ['"comprehensive immigration reform."']


def test_a_fragment_only_conjoined_to_a_reporting_verb_is_not_governed_by_it():
    text = 'I learned to see in the dark, and through this "night vision" I began to see politics anew.'
    assert markers(text, "en", "scare_quote") == ['"night vision"']


def test_a_reporting_verb_in_the_fragments_clause_makes_it_the_speakers_words():
    text = "Hillary Clinton accuses Bernie Sanders of subjecting her to an “artful smear” on Wall Street."
    assert markers(text, "en", "scare_quote") == []


def test_konjunktiv_reportage_is_someones_speech_even_without_its_speaker():
    assert markers("Eine „offene architektonische Frage“ sei der Grund für die Verzögerung.", "de",
                   "scare_quote") == []
    assert markers("Eine „offene architektonische Frage“ ist der Grund für die Verzögerung.", "de",
                   "scare_quote") == ["„offene architektonische Frage“"]


def test_sources_domains_and_given_names_in_quotation_marks_are_not_scare_quotes():
    for text in ("Das Update komme im Herbst, schreibt die „Computerwoche“.",
                 "Die Oberfläche wird laut „Computerwoche“ stärker verändert.",
                 "Die Registrierung für die Domain „.asia“ begann am Montag.",
                 "Der Konzern zeigte die nächste Version (Codename: „Maelstrom“) erstmals öffentlich."):
        assert markers(text, "de", "scare_quote") == [], text


def test_a_label_coordinated_with_a_quoted_label_is_the_speakers_too():
    text = ("Die Mönche beschrieb die Agentur unter Berufung auf den Vorsitzenden der Regierung, "
            "Qiangba Puncog, als „aggressiv“ und „herausfordernd“ gegenüber den Sicherheitskräften.")
    assert markers(text, "de", "scare_quote") == []
