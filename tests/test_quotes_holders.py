"""An office named alone ("the chancellor said") goes to the person the rest of the corpus names with it
(analysis.quotes.holders), on small articles written here.

Expected values come from reading the texts below, not from running the code.
"""
import pandas as pd
import pytest

from analysis.quotes import extract_quotes
from analysis.quotes.speakers import office_of

BROWN = {
    "a1": "Chancellor Gordon Brown said the economy was growing faster than forecast.\n\nHe spoke in Leeds.",
    "a2": "Chancellor Gordon Brown told MPs the budget would balance next year.\n\nThe Tories disagreed.",
}
#: Never names anyone with the office: "the chancellor" is Gordon Brown only to a reader who knows who holds it.
RIFT = ("Gordon Brown has criticised a union leader.\n\nJonathan Baume, of the top civil servants' union, spoke of "
        "\"competing agendas\" in government. But the chancellor said Mr Baume was never at their meetings. "
        "He said the union leader was trying to block reform.")


def speakers_of(texts: dict, article_id: str, scheduler: str = "sync") -> dict:
    arts = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    q = extract_quotes(arts, scheduler=scheduler, progress=False)
    q = q[q["article_id"] == article_id]
    return {text: (speaker, stype) for text, speaker, stype in zip(q["text"], q["speaker"], q["speaker_type"])}


def test_office_alone_goes_to_the_corpus_holder_named_in_the_article():
    got = speakers_of({**BROWN, "rift": RIFT}, "rift")
    assert got["Mr Baume was never at their meetings"] == ("Gordon Brown", "person")
    # the pronoun that carries the same speaker on, in the same paragraph
    assert got["the union leader was trying to block reform"] == ("Gordon Brown", "person")
    assert got["competing agendas"] == ("Jonathan Baume", "person")


def test_same_table_with_local_processes():
    texts = {**BROWN, "rift": RIFT}
    assert speakers_of(texts, "rift", "processes") == speakers_of(texts, "rift", "sync")


def test_one_other_article_is_not_enough():
    got = speakers_of({"a1": BROWN["a1"], "rift": RIFT}, "rift")
    assert got["Mr Baume was never at their meetings"][0] != "Gordon Brown"


def test_holder_must_be_named_in_the_article():
    rift = RIFT.replace("Gordon Brown has", "The Treasury has")
    got = speakers_of({**BROWN, "rift": rift}, "rift")
    assert "Gordon Brown" not in {speaker for speaker, _ in got.values()}


@pytest.mark.parametrize("title, holder", [("Prime Minister", True), ("Deputy Prime Minister", False)])
def test_a_rank_makes_another_office(title, holder):
    texts = {
        "d1": f"{title} John Prescott said the plan would go ahead.",
        "d2": f"{title} John Prescott told the BBC the homes would be built.",
        "x": ("John Prescott visited Hull on Monday.\n\nTom Hale, a guest, listened to him. "
              "Later the prime minister said the plan would cost less than feared."),
    }
    got = speakers_of(texts, "x")
    assert (got["the plan would cost less than feared"][0] == "John Prescott") == holder


def test_a_person_known_by_another_office_is_not_its_holder():
    # Jane Roe is a senator in four articles and a club's chairwoman in two: not the chairwoman the corpus knows
    senator = "Senator Jane Roe said the bill would pass in {}."
    texts = {f"s{i}": senator.format(month) for i, month in enumerate(["May", "June", "July", "August"])}
    texts.update({"p1": "Chairwoman Jane Roe of the rowing club said the regatta would go ahead.",
                  "p2": "Chairwoman Jane Roe of the rowing club told members the boathouse would reopen.",
                  "x": ("Jane Roe spoke at the dinner.\n\nAnn Hale, a guest, sat beside her. "
                        "The chairwoman said the budget would be cut.")})
    got = speakers_of(texts, "x")
    assert got["the budget would be cut"][0] == "Ann Hale"  # (the article's own rule: the last woman named)
    del texts["s3"], texts["s2"]  # a chairwoman in two articles of four: the office she is known by
    assert speakers_of(texts, "x")["the budget would be cut"][0] == "Jane Roe"


def test_a_speaker_by_surname_holds_the_office_of_their_full_name():
    texts = {"o1": "President Lena Marsh said the treaty would be signed in May.",
             "o2": "President Lena Marsh told reporters the talks had gone well.",
             "k1": "President Kim Dale of the rowing club said the regatta would go ahead.",
             "k2": "President Kim Dale of the rowing club told members the boathouse would reopen.",
             "x": "Kim Dale met Ms. Marsh at the dinner on Friday. The president said the treaty was ready."}
    # the article's rule gives "Ms. Marsh"; the corpus names Lena Marsh president: kept, not Kim Dale's
    assert speakers_of(texts, "x")["the treaty was ready"][0] == "Lena Marsh"


@pytest.mark.parametrize("mention, office", [
    ("the chancellor", {"chancellor"}),
    ("The prime minister", {"prime", "minister"}),
    ("the former president", {"former", "president"}),
    ("the secretary of state", {"secretary", "state"}),
    ("the spokesman", set()),  # an unnamed source's noun
    ("the first lady", set()),
    ("the Lib Dem spokesman", set()),
    ("Gordon Brown", set()),
])
def test_office_of(mention, office):
    assert office_of(mention) == office


def test_an_office_named_with_another_person_gives_both():
    # the corpus names Dana Whitcombe as prime minister twice; this article names her without the title, then
    # "the prime minister and" another person as one source: both of them, and "she" after it is neither alone
    texts = {"p1": "Prime Minister Dana Whitcombe said the port would be dredged.",
             "p2": "Prime Minister Dana Whitcombe told reporters the strike was over.",
             "x": ("Dana Whitcombe is being urged to act on aid.\n\nOxfam's Lena Burr said the figures were stark. "
                   "Both the prime minister and Chancellor Ian Roper have called for urgent action on debt.")}
    got = speakers_of(texts, "x")
    assert got["urgent action on debt"] == ("Dana Whitcombe & Ian Roper", "person")
    assert got["the figures were stark"] == ("Lena Burr", "person")
    del texts["p2"]  # named with the office in one other article only: not known to hold it
    assert speakers_of(texts, "x")["urgent action on debt"] == ("Ian Roper", "person")
