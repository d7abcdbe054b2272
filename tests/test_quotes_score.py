"""The scorer on small hand-made tables: the expected figures are counted by hand in each test."""
import math

import pandas as pd

from analysis.quotes import locate_gold, quote_errors, score_quotes
from analysis.quotes.score import normalise_speaker


def frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "kind", "start", "end", "speaker", "text"])


GOLD = frame([
    ("a", "direct", 0, 100, "Jane Doe", "g1"),
    ("a", "direct", 200, 300, "John Roe", "g2"),
    ("a", "indirect", 400, 420, "Israel", "g3"),
    ("b", "partial", 10, 20, "the U.S.", "g4"),
])
PRED = frame([
    ("a", "direct", 10, 90, "Jane Doe", "p1"),        # inside g1: match, right speaker
    ("a", "direct", 260, 400, "Jane Doe", "p2"),      # 40 chars overlap with g2 of 100 < 50: no match
    ("a", "indirect", 405, 500, "israel", "p3"),      # 15 of shorter 20 ≥ 10: match, speaker equal after lower-casing
    ("b", "direct", 12, 20, "The U.S.", "p4"),         # matches g4 only when kind is ignored
])


def test_scores_per_kind_and_all():
    t = score_quotes(PRED, GOLD).set_index("kind")
    # direct: gold 2, predicted 3 (p1, p2, p4), matched 1 (p1-g1)
    assert (t.loc["direct", "n_gold"], t.loc["direct", "n_predicted"], t.loc["direct", "n_matched"]) == (2, 3, 1)
    assert math.isclose(t.loc["direct", "precision"], 1 / 3) and math.isclose(t.loc["direct", "recall"], 1 / 2)
    assert math.isclose(t.loc["direct", "f1"], 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    # partial: gold 1, predicted 0
    assert t.loc["partial", "n_matched"] == 0 and t.loc["partial", "recall"] == 0
    assert math.isnan(t.loc["partial", "precision"])
    # all: p1-g1, p3-g3, p4-g4 -> 3 of 4 predicted, 3 of 4 gold, speakers all right
    assert t.loc["all", "n_matched"] == 3 and t.loc["all", "precision"] == 0.75 and t.loc["all", "recall"] == 0.75
    assert t.loc["all", "speaker_accuracy"] == 1.0
    assert t.loc["all", "n_exact"] == 0  # no matched pair has identical boundaries


def test_matching_is_one_to_one():
    gold = frame([("a", "direct", 0, 10, "X", "g")])
    pred = frame([("a", "direct", 0, 10, "X", "p"), ("a", "direct", 2, 8, "Y", "q")])
    t = score_quotes(pred, gold).set_index("kind")
    assert t.loc["direct", "n_matched"] == 1 and t.loc["direct", "precision"] == 0.5
    assert t.loc["direct", "speaker_accuracy"] == 1.0  # the larger overlap (p, right speaker) wins
    assert t.loc["direct", "n_exact"] == 1


def test_errors_table_lists_missed_spurious_and_wrong_speaker():
    gold = frame([("a", "direct", 0, 10, "X", "g1"), ("a", "direct", 50, 60, "Y", "g2")])
    pred = frame([("a", "direct", 0, 10, "Z", "p1"), ("a", "direct", 100, 110, "Y", "p2")])
    errors = quote_errors(pred, gold)
    assert list(errors["error"]) == ["wrong speaker", "missed", "spurious"]


def test_normalise_speaker():
    assert normalise_speaker("The U.S.") == "u.s"
    assert normalise_speaker(" the  Washington Post's ") == "washington post"


def test_locate_gold_first_occurrence_and_missing():
    arts = pd.DataFrame({"article_id": ["a"], "text": ["say “extra burden” and extra burden"]})
    gold = pd.DataFrame({"article_id": ["a", "a"], "text": ["extra burden", "absent"]})
    out = locate_gold(gold, arts)
    assert list(out["start"]) == [5, -1] and list(out["end"]) == [17, -1]


def test_read_gold_file_folder_and_nothing(tmp_path):
    from analysis.quotes import read_gold

    good = "article_id,kind,text,speaker\na,direct,Hello there,Jo Li\n"
    (tmp_path / "g.csv").write_text(good, encoding="utf-8")
    (tmp_path / "other.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    assert list(read_gold(tmp_path)["speaker"]) == ["Jo Li"]
    assert list(read_gold(tmp_path / "g.csv")["text"]) == ["Hello there"]
    assert read_gold("").empty and read_gold(tmp_path / "missing").empty


def test_headline_rows_are_not_scored_against_text_gold():
    import pandas as pd
    from analysis.quotes import score_quotes
    gold = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "start": [0], "end": [10], "speaker": ["X"]})
    pred = pd.DataFrame({"article_id": ["a", "a"], "kind": ["direct", "direct"], "start": [0, 0], "end": [10, 10],
                         "speaker": ["Y", "X"], "location": ["title", "text"]})
    row = score_quotes(pred, gold).set_index("kind").loc["direct"]
    # the title row (offsets into the headline) neither matches nor counts as a prediction
    assert (row["n_predicted"], row["n_matched"], row["speaker_accuracy"]) == (1, 1, 1.0)
