from wortlaut import Readout, analyze_text, span_problems
from wortlaut.model import Attribution, Content, Cue, Document, Source, Span


def _readout() -> Readout:
    text = "Uschakow teilte am Samstag mit, das Gespräch sei gut gewesen."
    cue = Cue(text[9:30], 9, 30, "mitteilen", parts=(Span.of(text, 9, 15), Span.of(text, 27, 30)))
    att = Attribution("a1", "indirect", Source("Uschakow", 0, 8, "Juri Uschakow", None), cue,
                      Content.of(text, 32, 60), confidence=0.74)
    return Readout(doc=Document(text=text, lang="de"), attributions=[att])


def test_round_trip_through_json_dict():
    readout = _readout()
    again = Readout.from_dict(readout.to_dict())
    assert again.to_dict() == readout.to_dict()
    assert again.attributions[0].cue.parts[1].text == "mit"
    assert again.attributions[0].confidence == 0.74


def test_the_pieces_of_a_message_survive_the_round_trip():
    text = "Die Lage, so der Minister, sei ernst."
    content = Content(text[:36], 0, 36, parts=(Span.of(text, 0, 8), Span.of(text, 27, 36)))
    att = Attribution("a1", "indirect", Source("der Minister", 13, 25), Cue("so", 10, 12, "so"), content)
    readout = Readout(doc=Document(text=text, lang="de"), attributions=[att])
    data = readout.to_dict()
    assert [p["text"] for p in data["attributions"][0]["content"]["parts"]] == ["Die Lage", "sei ernst"]
    assert Readout.from_dict(data).attributions[0].content == content
    assert span_problems(readout) == []


def test_a_readout_written_before_message_pieces_reads_as_one_piece():
    data = _readout().to_dict()
    del data["attributions"][0]["content"]["parts"]
    assert Readout.from_dict(data).attributions[0].content.parts == ()


def test_a_readout_written_before_confidence_reads_as_not_scored():
    data = _readout().to_dict()
    del data["attributions"][0]["confidence"]
    assert Readout.from_dict(data).attributions[0].confidence is None


def test_document_id_is_sha256_prefix_of_text():
    readout = _readout()
    assert len(readout.doc.id) == 16
    assert readout.to_dict()["schema"] == "wortlaut.readout/1"


def test_span_problems_reports_a_span_whose_text_does_not_match():
    readout = _readout()
    assert span_problems(readout) == []
    bad = Attribution("a2", "direct", None, None, Content("Gespräch", 0, 8))
    readout.attributions.append(bad)
    problems = span_problems(readout)
    assert len(problems) == 1 and "a2 content" in problems[0]


def test_readout_of_real_text_is_sound(example_path):
    readout = analyze_text(example_path.read_text(encoding="utf-8"))
    assert readout.doc.lang == "de"
    assert span_problems(readout) == []
