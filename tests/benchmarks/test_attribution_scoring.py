"""Unit tests of the scoring in benchmarks/attribution.py, on hand-made examples.

None of these needs the attribution engine: predictions are written by hand or come from
the tiny stand-in predictor below (test-only; it is not wortlaut).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


B = load_benchmark("attribution")
Frame = B.Frame


def F(cue=(), source=(), message=(), addr=(), nested=False):
    return Frame(cue=frozenset(cue), roles={"Source": frozenset(source), "Message": frozenset(message),
                                            "Addr": frozenset(addr)}, nested=nested)


# ----------------------------------------------------------------- text rebuilding

def test_build_text_keeps_tokens_verbatim_and_spaces_punctuation():
    sents = [["Der", "Staatsanwalt", "sagte", ",", "der", "Sohn", "habe", "sich", "„", "bewusst", "“", "getötet", "."],
             ["(", "dpa", ")", "Er", "sagte", ":", "„", "Nein", "“", "."]]
    text, offsets = B.build_text(sents)
    assert text == ('Der Staatsanwalt sagte, der Sohn habe sich „bewusst“ getötet. '
                    '(dpa) Er sagte: „Nein“.')
    flat = [t for s in sents for t in s]
    assert len(offsets) == len(flat)
    for tok, (s, e) in zip(flat, offsets):
        assert text[s:e] == tok


def test_build_text_english_and_ascii_quotes():
    text, _ = B.build_text([["He", "said", '"', "no", '"', "and", "“", "yes", "”", "."]])
    assert text == 'He said "no" and “yes”.'


def test_token_index_maps_any_overlap():
    text, offsets = B.build_text([["Putin", "sagte", ",", "alles", "sei", "gut", "."]])
    index = B.TokenIndex(offsets)
    start = text.index("alles")
    assert index.tokens(start, len(text)) == {3, 4, 5, 6}
    assert index.tokens(start + 1, start + 2) == {3}  # part of a token counts
    assert index.tokens(5, 6) == set()  # the space between "Putin" and "sagte"
    assert index.tokens(0, 0) == set()


def test_readout_frames_use_cue_parts_for_split_cues():
    text, offsets = B.build_text([["Uschakow", "teilte", "mit", ",", "es", "sei", "gut", "."]])
    index = B.TokenIndex(offsets)
    teilte, mit = text.index("teilte"), text.index("mit")
    readout = {"attributions": [{
        "id": "a1", "type": "indirect",
        "source": {"text": "Uschakow", "start": 0, "end": 8},
        "cue": {"text": text[teilte:mit + 3], "start": teilte, "end": mit + 3, "lemma": "mitteilen",
                "parts": [{"text": "teilte", "start": teilte, "end": teilte + 6},
                          {"text": "mit", "start": mit, "end": mit + 3}]},
        "content": {"text": "es sei gut", "start": text.index("es"), "end": text.index("es") + 10},
        "nested_in": None}]}
    (frame,) = B.readout_frames(readout, index)
    assert frame.cue == {1, 2}
    assert frame.role("Source") == {0}
    assert frame.role("Message") == {4, 5, 6}


def test_readout_frames_use_the_pieces_of_a_message_around_its_cue_and_source():
    text, offsets = B.build_text([["Die", "Lage", ",", "so", "der", "Minister", ",", "sei", "ernst", "."]])
    so, sei = text.index(" so") + 1, text.index("sei")
    readout = {"attributions": [{
        "id": "a1", "type": "indirect",
        "source": {"text": "der Minister", "start": so + 3, "end": so + 15},
        "cue": {"text": "so", "start": so, "end": so + 2, "lemma": "so", "parts": []},
        "content": {"text": text[:sei + 9], "start": 0, "end": sei + 9,
                    "parts": [{"text": "Die Lage", "start": 0, "end": 8},
                              {"text": "sei ernst", "start": sei, "end": sei + 9}]},
        "nested_in": None}]}
    (frame,) = B.readout_frames(readout, B.TokenIndex(offsets))
    assert frame.role("Message") == {0, 1, 7, 8}


def test_spkatt_frames_give_a_quotation_inside_mixed_content_a_direct_frame_of_its_own():
    tokens = ["Künast", "sagte", ",", "es", "müsse", "Schluss", "sein", "mit", "„", "gegenseitigen",
              "Schuldzuweisungen", "“", "und", "der", "„", "Grünen", "Zapfsäule", "“", "."]
    text, offsets = B.build_text([tokens])
    index = B.TokenIndex(offsets)
    start, end = text.index("es"), text.rindex(".")
    readout = {"doc": {"text": text}, "attributions": [{
        "id": "a1", "type": "mixed",
        "source": {"text": "Künast", "start": 0, "end": 6},
        "cue": {"text": "sagte", "start": 7, "end": 12, "lemma": "sagen"},
        "content": {"text": text[start:end], "start": start, "end": end},
        "nested_in": None}]}
    whole, fragment = B.spkatt_frames(readout, index)  # the title-case "Grünen Zapfsäule" is a name
    assert whole.role("Message") == set(range(3, 18))
    assert fragment.cue == {1} and fragment.role("Source") == {0}
    assert fragment.role("Message") == {8, 9, 10, 11}
    readout["attributions"][0]["type"] = "indirect"
    assert len(B.spkatt_frames(readout, index)) == 1
    readout["attributions"][0]["type"] = "mixed"
    assert len(B.readout_frames(readout, index)) == 1


def test_spkatt_frames_give_a_report_without_a_cue_its_closing_full_stop_as_the_guidelines_do():
    tokens = ["Er", "sagte", ",", "er", "komme", "."], ["Grund", "sei", "die", "Lage", "."]
    text, offsets = B.build_text(list(tokens))
    index = B.TokenIndex(offsets)
    said, going_on = (offsets[3][0], offsets[4][1]), (offsets[6][0], offsets[9][1])
    readout = {"doc": {"text": text}, "attributions": [
        {"id": "a1", "type": "indirect", "source": {"text": "Er", "start": 0, "end": 2},
         "cue": {"text": "sagte", "start": 3, "end": 8, "lemma": "sagen"},
         "content": {"text": text[said[0]:said[1]], "start": said[0], "end": said[1]}, "nested_in": None},
        {"id": "a2", "type": "indirect", "source": {"text": "Er", "start": 0, "end": 2}, "cue": None,
         "content": {"text": text[going_on[0]:going_on[1]], "start": going_on[0], "end": going_on[1]},
         "nested_in": None}]}
    with_cue, without = B.spkatt_frames(readout, index)
    assert with_cue.role("Message") == {3, 4}
    assert without.role("Message") == {6, 7, 8, 9, 10}
    assert B.readout_frames(readout, index)[1].role("Message") == {6, 7, 8, 9}
    readout["attributions"][1]["type"] = "direct"  # direct speech keeps no stop after its closing mark
    assert B.spkatt_frames(readout, index)[1].role("Message") == {6, 7, 8, 9}


# ----------------------------------------------------------------- token-level scoring

def test_perfect_prediction_scores_one():
    gold = [F(cue={1}, source={0}, message={3, 4, 5})]
    c = B.score_frames(gold, [F(cue={1}, source={0}, message={3, 4, 5})])
    fig = B.token_figures(c)
    for role in ("Cue", "Source", "Message", "Joint"):
        assert fig[role]["f1"] == pytest.approx(1.0)


def test_partial_message_counts_tokens():
    gold = [F(cue={1}, source={0}, message={3, 4, 5, 6})]
    pred = [F(cue={1}, source={0}, message={4, 5, 6, 7, 8, 9})]
    fig = B.token_figures(B.score_frames(gold, pred))
    m = fig["Message"]
    assert (m["tp"], m["pred"], m["gold"]) == (3, 6, 4)
    assert m["p"] == pytest.approx(0.5)
    assert m["r"] == pytest.approx(0.75)
    assert m["f1"] == pytest.approx(0.6)
    # joint pools Cue, Source, Message, Addr: tp 1+1+3, pred 1+1+6, gold 1+1+4
    j = fig["Joint"]
    assert (j["tp"], j["pred"], j["gold"]) == (5, 8, 6)


def test_roles_of_unmatched_cues_are_errors_not_credit():
    # same message, but the predicted cue is another word: no pairing, no role credit
    gold = [F(cue={1}, source={0}, message={3, 4})]
    pred = [F(cue={7}, source={0}, message={3, 4})]
    fig = B.token_figures(B.score_frames(gold, pred))
    assert fig["Message"]["tp"] == 0
    assert fig["Source"]["tp"] == 0
    assert fig["attributions"]["matched"] == 0


def test_cueless_gold_is_paired_by_message():
    gold = [F(cue=(), source={0}, message={5, 6, 7, 8})]  # free indirect speech: no cue
    pred = [F(cue=(), source=(), message={6, 7, 8, 9})]
    c = B.score_frames(gold, pred)
    fig = B.token_figures(c)
    assert c["att_matched"] == 1 and c["att_matched_cue"] == 0
    assert fig["Message"]["tp"] == 3
    assert fig["Source"]["tp"] == 0 and fig["Source"]["gold"] == 1


def test_pairing_is_one_to_one_best_first():
    # two gold attributions share the cue "sagte" (1); predictions should pair by message
    gold = [F(cue={1}, message={3, 4}), F(cue={1}, message={10, 11})]
    pred = [F(cue={1}, message={10, 11}), F(cue={1}, message={3, 4})]
    pairs = sorted(B.match_frames(gold, pred))
    assert pairs == [(0, 1, "cue"), (1, 0, "cue")]
    fig = B.token_figures(B.score_frames(gold, pred))
    assert fig["Message"]["f1"] == pytest.approx(1.0)
    # a third prediction finds nothing left to pair with and counts as false positive
    c = B.score_frames(gold, pred + [F(cue={1}, message={20})])
    assert c["att_pred"] == 3 and c["att_matched"] == 2
    assert c["Message_pred"] == 5 and c["Message_tp"] == 4


def test_addr_gold_counts_as_miss_in_joint():
    gold = [F(cue={1}, source={0}, message={3}, addr={2})]
    pred = [F(cue={1}, source={0}, message={3})]
    fig = B.token_figures(B.score_frames(gold, pred))
    assert fig["Joint"]["r"] == pytest.approx(3 / 4)
    assert fig["Joint"]["p"] == pytest.approx(1.0)


def test_empty_inputs_do_not_divide_by_zero():
    fig = B.token_figures(B.score_frames([], []))
    assert fig["Joint"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 0}


def test_spkatt_doc_reads_token_ids_across_sentences():
    data = {"Sentences": [{"SentenceId": 0, "Tokens": ["Er", "sagte", ":"]},
                          {"SentenceId": 1, "Tokens": ["„", "Ja", "“", "."]}],
            "Annotations": [{"Cue": ["0:1"], "Source": ["0:0"], "Message": ["1:0", "1:1", "1:2"], "Addr": [],
                             "IsNested": False, "Form": "Direct"}]}
    text, offsets, (frame,) = B.spkatt_doc(data)
    assert text == "Er sagte: „Ja“."
    assert frame.cue == {1} and frame.role("Source") == {0} and frame.role("Message") == {3, 4, 5}


def test_top_level_drops_nested_gold_and_predictions():
    data = {"Sentences": [{"SentenceId": 0, "Tokens": ["A", "sagte", ",", "B", "sagte", ",", "x", "."]}],
            "Annotations": [
                {"Cue": ["0:1"], "Source": ["0:0"], "Message": ["0:3", "0:4", "0:5", "0:6"], "Addr": [], "IsNested": False},
                {"Cue": ["0:4"], "Source": ["0:3"], "Message": ["0:6"], "Addr": [], "IsNested": True}]}
    text, offsets, gold = B.spkatt_doc(data)

    def predict(t, lang):  # predicts only the outer attribution
        s = t.index("B")
        return {"doc": {"text": t}, "attributions": [
            {"id": "a1", "type": "indirect", "source": {"text": "A", "start": 0, "end": 1},
             "cue": {"text": "sagte", "start": 2, "end": 7}, "content": {"text": t[s:-1], "start": s, "end": len(t) - 1},
             "nested_in": None}]}

    all_c = B.run_token_benchmark([("d", text, offsets, gold)], "de", predict)
    top_c = B.run_token_benchmark([("d", text, offsets, gold)], "de", predict, top_level=True)
    assert all_c["att_gold"] == 2 and top_c["att_gold"] == 1
    assert B.token_figures(top_c)["Joint"]["f1"] == pytest.approx(1.0)
    assert B.token_figures(all_c)["Joint"]["r"] < 1.0


def test_readout_with_other_text_is_refused():
    text, offsets = B.build_text([["Er", "sagte", "nichts", "."]])
    with pytest.raises(RuntimeError):
        B.run_token_benchmark([("d", text, offsets, [])], "de",
                              lambda t, lang: {"doc": {"text": t + " "}, "attributions": []})


# ----------------------------------------------------------------- PolNeAR

ANN = """T1\tSource 0 5\tTrump
T2\tCue 6 10\tsaid
T3\tContent 11 20;25 30\tthe wall would
T4\tAttribution 6 10\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 40 47\taccording
T6\tContent 50 60\tsomething
T7\tAttribution-no-source 40 47\taccording
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
"""


def test_parse_brat_discontinuous_and_sourceless():
    atts = B.parse_brat(ANN)
    assert atts[0] == {"Source": [(0, 5)], "Cue": [(6, 10)], "Content": [(11, 20), (25, 30)]}
    assert atts[1]["Source"] == [] and atts[1]["Content"] == [(50, 60)]


def test_dice_matching_threshold_and_source_accuracy():
    gold = [F(cue={1}, source={0}, message={3, 4, 5, 6}), F(cue={10}, source=(), message={12, 13})]
    pred = [F(cue={1}, source={0}, message={4, 5, 6, 7}),  # dice 0.75, source right
            F(cue={10}, source={9}, message={12, 13, 14, 15, 16, 17})]  # dice 0.5, source wrong (gold has none)
    c = B.score_dice(gold, pred)
    assert c["matched"] == 2 and c["source_right"] == 1 and c["cue_right"] == 2
    fig = B.dice_figures(c)
    assert fig["content"]["f1"] == pytest.approx(1.0)
    assert fig["source_acc"] == pytest.approx(0.5)
    # token level: gold {3,4,5,6,12,13}, pred {4,5,6,7,12..17}
    assert (fig["content_tokens"]["tp"], fig["content_tokens"]["pred"], fig["content_tokens"]["gold"]) == (5, 10, 6)
    # below the threshold nothing matches
    c = B.score_dice(gold[:1], [F(cue={1}, source={0}, message={6, 7, 8, 9, 10, 11})])
    assert c["matched"] == 0


def test_polnear_joins_a_quotation_continued_after_its_cue_to_the_piece_before():
    """PolNeAR annotates "“A,” Trump said. “B.”" as one attribution with two content pieces; the
    readout gives "“B.”" on its own, with no cue and the same source mention."""
    text = "“We win,” Trump said. “We win big.”\n\n“Again.”"
    index = B.TokenIndex(B.word_offsets(text))
    source = {"text": "Trump", "start": 10, "end": 15}

    def att(start, end, cue=None):
        return {"type": "direct", "source": source, "cue": cue, "nested_in": None,
                "content": {"text": text[start:end], "start": start, "end": end}}

    first, second, third = (text.index("“We win,”"), text.index(",”") + 2), (22, 35), (37, len(text))
    readout = {"attributions": [att(*first, cue={"text": "said", "start": 16, "end": 20}), att(*second),
                                att(*third)]}
    joined, apart = B.polnear_pred_frames(readout, index, text)  # ("“Again.”" is in the next paragraph)
    assert joined.role("Message") == B.readout_frames(readout, index)[0].role("Message") \
        | B.readout_frames(readout, index)[1].role("Message")
    assert apart.role("Message") == B.readout_frames(readout, index)[2].role("Message")
    readout["attributions"][1]["source"] = {"text": "We", "start": 23, "end": 25}
    assert len(B.polnear_pred_frames(readout, index, text)) == 3  # another speaker's words stay apart



def test_polnear_joins_a_continued_quotation_past_a_report_between_to_its_speakers_piece():
    """"“A,” said Ekovich, who noted that B. “C.”": "“C.”" continues "“A,”" (same source mention), not the
    relative clause's report between them, which keeps its own frame."""
    text = "“Up,” said Ekovich, who noted that prices fell. “Moving.”"
    index = B.TokenIndex(B.word_offsets(text))

    def att(start, end, source, cue=None):
        return {"type": "direct" if cue is None or text[start] == "“" else "indirect", "nested_in": None,
                "source": {"text": text[source[0]:source[1]], "start": source[0], "end": source[1]},
                "cue": cue, "content": {"text": text[start:end], "start": start, "end": end}}

    ekovich, who = (11, 18), (20, 23)
    quote, clause, more = (0, 6), (text.index("that"), text.index(".")), (text.index("“Moving"), len(text))
    readout = {"attributions": [att(*quote, ekovich, cue={"text": "said", "start": 6, "end": 10}),
                                att(*clause, who, cue={"text": "noted", "start": 24, "end": 29}),
                                att(*more, ekovich)]}
    frames = B.readout_frames(readout, index)
    joined, between = B.polnear_pred_frames(readout, index, text)
    assert joined.role("Message") == frames[0].role("Message") | frames[2].role("Message")
    assert between.role("Message") == frames[1].role("Message")


# ----------------------------------------------------------------- GePaDe evaluation

def _gold_sentence():
    # "Sie hat gesagt , dass es gut ist ." with two candidate frames: 2 (event) and 6 (not an event)
    roles = ["B-Source", "_", "B-V", "_", "B-Message", "I-Message", "I-Message", "I-Message", "_"]
    return {"s-sentence-0": {"words": "Sie hat gesagt , dass es gut ist .".split(),
                             "annotations": {"2": {"predicate": "speech", "roles": roles},
                                             "6": {"predicate": "_", "roles": ["_"] * 9}}}}


def test_gepade_scores_perfect_and_partial():
    gold = _gold_sentence()
    perfect = {"s-sentence-0": {"annotations": {k: dict(v) for k, v in gold["s-sentence-0"]["annotations"].items()}}}
    f = B.gepade_figures(B.gepade_frame_scores(gold, perfect))
    assert f["cue_accuracy"] == 1.0
    assert f["strict"]["all"]["f1"] == pytest.approx(1.0)
    assert f["event"]["f1"] == pytest.approx(1.0)
    # message one token short: strict counts one FP and one FN, overlap counts per token
    roles = ["B-Source", "_", "B-V", "_", "_", "B-Message", "I-Message", "I-Message", "_"]
    partial = {"s-sentence-0": {"annotations": {"2": {"predicate": "speech", "roles": roles},
                                                "6": {"predicate": "_", "roles": ["_"] * 9}}}}
    c = B.gepade_frame_scores(gold, partial)
    assert (c["strict_Message"]["tp"], c["strict_Message"]["fp"], c["strict_Message"]["fn"]) == (0, 1, 1)
    assert (c["overlap_Message"]["tp"], c["overlap_Message"]["fp"], c["overlap_Message"]["fn"]) == (3, 0, 1)
    assert c["strict_Source"]["tp"] == 1
    # a missed cue: all gold roles become misses; the non-event frame still counts as a cue hit
    missed = {"s-sentence-0": {"annotations": {"2": {"predicate": "_", "roles": ["_"] * 9},
                                               "6": {"predicate": "_", "roles": ["_"] * 9}}}}
    c = B.gepade_frame_scores(gold, missed)
    assert c["cue"]["tp"] == 1 and c["cue"]["fp"] == 1
    assert c["overlap_all"]["fn"] == 5 and c["overlap_all"]["tp"] == 0
    assert c["cue"]["event_tp"] == 0 and c["cue"]["event_gold"] == 1


def test_gepade_pred_frames_from_token_frames():
    gold = _gold_sentence()
    starts = {"s-sentence-0": 0}
    words = gold["s-sentence-0"]["words"]
    pred = [F(cue={2}, source={0}, message={4, 5, 6, 7})]
    out = B.gepade_pred_frames(gold, ["s-sentence-0"], starts, pred, lambda t: words[t])
    assert out["s-sentence-0"]["annotations"]["2"]["roles"] == gold["s-sentence-0"]["annotations"]["2"]["roles"]
    assert out["s-sentence-0"]["annotations"]["6"]["roles"] == ["_"] * 9


GEPADE = SHARED / "data" / "spkatt_german_gepade"


@pytest.mark.skipif(not (GEPADE / "dev.json").is_file(), reason="GePaDe data not beside the repo")
def test_gepade_reimplementation_reproduces_reference_numbers():
    """SOURCE.md of the GePaDe data gives the official script's figures for the example output."""
    gold = json.loads((GEPADE / "dev.json").read_text(encoding="utf-8"))
    pred = {}
    for line in (GEPADE / "example_system_output" / "pred_dev_seed42.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pred[row["sentence_id"]] = row
    f = B.gepade_figures(B.gepade_frame_scores(gold, pred))
    assert f["cue_accuracy"] == pytest.approx(0.9496, abs=1e-4)
    s = f["strict"]["all"]
    assert (s["tp"], s["fp"], s["fn"]) == (576, 318, 242)
    o = f["overlap"]["all"]
    assert (o["tp"], o["fp"], o["fn"]) == (2733, 583, 736)
    assert f["strict"]["Message"]["f1"] == pytest.approx(0.621, abs=1e-3)
    assert f["strict"]["Source"]["f1"] == pytest.approx(0.799, abs=1e-3)


# ----------------------------------------------------------------- commands with a stand-in predictor

def standin_predict(text: str, lang: str) -> dict:
    """Test-only stand-in for wortlaut: 'X sagte/said, CONTENT.' -> one attribution."""
    atts = []
    for m in re.finditer(r"(\w+) (sagte|said),? ([^.]+)\.", text):
        atts.append({"id": f"a{len(atts) + 1}", "type": "indirect",
                     "source": {"text": m.group(1), "start": m.start(1), "end": m.end(1)},
                     "cue": {"text": m.group(2), "start": m.start(2), "end": m.end(2)},
                     "content": {"text": m.group(3), "start": m.start(3), "end": m.end(3)},
                     "nested_in": None, "stance": "neutral"})
    return {"doc": {"text": text}, "attributions": atts}


NEWS = SHARED / "data" / "spkatt2023_news" / "data" / "train" / "task2"


@pytest.mark.skipif(not NEWS.is_dir(), reason="SpkAtt news data not beside the repo")
def test_spkatt_news_command_runs_with_standin(tmp_path, capsys):
    out = tmp_path / "fig.json"
    B.main(["spkatt-news", "--split", "train", "--limit", "5", "--out", str(out)], predict=standin_predict)
    fig = json.loads(out.read_text(encoding="utf-8"))
    assert fig["docs"] == 5
    assert 0.0 <= fig["token_level"]["Joint"]["f1"] <= 1.0
    assert fig["token_level"]["Message"]["gold"] > 0
    assert "Message" in capsys.readouterr().out


SEED = SHARED / "fixtures" / "seed" / "gold.json"


@pytest.mark.skipif(not SEED.is_file(), reason="founding article not beside the repo")
def test_seed_command_scores_a_perfect_readout_as_perfect(tmp_path):
    gold = json.loads(SEED.read_text(encoding="utf-8"))

    def oracle(text, lang):
        atts = []
        for i, g in enumerate(gold["attributions"]):
            at = text.find(g["content"])
            atts.append({"id": f"a{i}", "type": g["type"], "cue": None,
                         "source": {"text": g["source"], "start": 0, "end": 0, "canonical": g["source"]}
                         if g.get("source") else None,
                         "content": {"text": g["content"], "start": at, "end": at + len(g["content"])}})
        return {"doc": {"text": text}, "attributions": atts}

    out = tmp_path / "seed.json"
    B.main(["seed", "--out", str(out)], predict=oracle)
    fig = json.loads(out.read_text(encoding="utf-8"))["all"]
    assert fig["source_acc"] == pytest.approx(1.0)
    assert fig["content_f1"] > 0.9


TRIAL = SHARED / "data" / "spkatt2023_news" / "data" / "trial"


def _oracle_from_gold(gold_by_text):
    """A predictor that returns the gold attributions as readout spans (one span per role)."""

    def predict(text, lang):
        offsets, frames = gold_by_text[text]

        def span(toks):
            if not toks:
                return None
            s, e = offsets[min(toks)][0], offsets[max(toks)][1]
            return {"text": text[s:e], "start": s, "end": e}

        atts = []
        for i, f in enumerate(frames):
            cue = None
            if f.cue:
                parts = [{"text": text[offsets[t][0]:offsets[t][1]], "start": offsets[t][0], "end": offsets[t][1]}
                         for t in sorted(f.cue)]
                cue = {**span(f.cue), "parts": parts}
            atts.append({"id": f"a{i}", "type": "indirect", "cue": cue, "source": span(f.role("Source")),
                         "content": span(f.role("Message")) or {"text": "", "start": 0, "end": 0},
                         "nested_in": "a0" if f.nested else None})
        return {"doc": {"text": text}, "attributions": atts}

    return predict


@pytest.mark.skipif(not TRIAL.is_dir(), reason="SpkAtt news trial data not beside the repo")
def test_gold_fed_back_through_char_spans_scores_full_marks():
    """Text rebuilding, char->token mapping and scoring agree end to end (trial split)."""
    docs, gold_by_text = [], {}
    for name, data in B.spkatt_news_docs("trial"):
        text, offsets, frames = B.spkatt_doc(data)
        gold_by_text[text] = (offsets, frames)
        docs.append((name, text, offsets, frames))
    fig = B.token_figures(B.run_token_benchmark(docs, "de", _oracle_from_gold(gold_by_text)))
    assert fig["attributions"]["matched"] == fig["attributions"]["gold"] > 0
    for role in ("Cue", "Source", "Message"):
        assert fig[role]["f1"] == pytest.approx(1.0)
    assert fig["Joint"]["p"] == pytest.approx(1.0)  # only the unpredicted Addr tokens are missing


@pytest.mark.skipif(not (NEWS.is_dir() and SEED.is_file() and (GEPADE / "dev.json").is_file()),
                    reason="shared data not beside the repo")
def test_all_command_runs_every_data_set(tmp_path):
    out = tmp_path / "all.json"
    B.main(["all", "--limit", "2", "--out", str(out)], predict=standin_predict)
    fig = json.loads(out.read_text(encoding="utf-8"))
    assert set(fig) == {"spkatt-news", "gepade", "polnear", "seed"}
    assert fig["spkatt-news"]["docs"] == 2 and fig["polnear"]["docs"] == 2


def test_model_option_per_language():
    assert B.parse_models(None) == {}
    assert B.parse_models(["de=/tmp/de_model", "en_core_web_sm"]) == {"de": "/tmp/de_model", "*": "en_core_web_sm"}
    assert B.parse_models("de_core_news_lg") == {"*": "de_core_news_lg"}


def test_a_prediction_is_right_only_with_its_message_and_its_source():
    gold = [Frame(cue=frozenset({1}), roles={"Source": frozenset({0}), "Message": frozenset({2, 3, 4, 5})})]
    right_source = Frame(cue=frozenset({1}), roles={"Source": frozenset({0}), "Message": frozenset({2, 3, 4})})
    wrong_source = Frame(cue=frozenset({1}), roles={"Source": frozenset({7}), "Message": frozenset({2, 3, 4, 5})})
    short_message = Frame(cue=frozenset({1}), roles={"Source": frozenset({0}), "Message": frozenset({5})})
    assert B.right_predictions(gold, [right_source]) == [True]
    assert B.right_predictions(gold, [wrong_source]) == [False]
    assert B.right_predictions(gold, [short_message]) == [False]
    spurious = Frame(cue=frozenset({9}), roles={"Source": frozenset({8}), "Message": frozenset({10, 11})})
    assert B.right_predictions(gold, [right_source, spurious]) == [True, False]


def test_reliability_bins_compare_confidence_with_the_share_right():
    scored = [(0.05, False)] * 9 + [(0.05, True)] + [(0.95, True)] * 9 + [(0.95, False)]
    fig = B.reliability_figures(scored)
    low, high = fig["bins"][0], fig["bins"][9]
    assert (low["n"], low["right"]) == (10, 0.1) and (high["n"], high["right"]) == (10, 0.9)
    assert fig["ece"] == pytest.approx(0.05) and fig["right"] == 0.5
    half = next(t for t in fig["thresholds"] if t["min_confidence"] == 0.5)
    assert (half["kept"], half["right_of_kept"], half["right_kept"]) == (0.5, 0.9, 0.9)


def test_a_source_resolved_to_the_gold_speaker_s_name_is_right_by_name_only():
    """"he" resolved to Kevin D. Williamson, where PolNeAR marks "Williamson" in another sentence: wrong by
    span, right by name (as ``score_attributions.py`` judges); another name stays wrong both ways."""
    gold = [Frame(cue=frozenset({5}), roles={"Source": frozenset({0}), "Message": frozenset({7, 8, 9})},
                  info={"source": "Williamson"})]
    resolved = Frame(cue=frozenset({5}), roles={"Source": frozenset({4}), "Message": frozenset({7, 8, 9})},
                     info={"source": "he", "canonical": "Kevin D. Williamson"})
    other = Frame(cue=frozenset({5}), roles={"Source": frozenset({4}), "Message": frozenset({7, 8, 9})},
                  info={"source": "he", "canonical": "Donald Trump"})
    right = B.dice_figures(B.score_dice(gold, [resolved]))
    wrong = B.dice_figures(B.score_dice(gold, [other]))
    assert (right["source_acc"], right["source_acc_by_name"]) == (0.0, 1.0)
    assert (wrong["source_acc"], wrong["source_acc_by_name"]) == (0.0, 0.0)
