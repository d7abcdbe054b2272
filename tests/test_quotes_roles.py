"""The ``role`` column: the role a named speaker is given in the article, as written (texts written for the tests)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import COLUMNS, extract_article, extract_quotes


def roles(text: str) -> dict[str, str]:
    rows = extract_article(text)
    return dict(zip(rows["speaker"], rows["role"]))


def test_role_column_follows_speaker_type():
    assert COLUMNS.index("role") == COLUMNS.index("speaker_type") + 1


@pytest.mark.parametrize("text, speaker, role", [
    ('Secretary of State Antony Blinken said on Wednesday that the envoy would travel.', "Antony Blinken",
     "Secretary of State"),
    ('Tory shadow chancellor Oliver Letwin said: "It is a mess."', "Oliver Letwin", "Tory shadow chancellor"),
    ("Lib Dem foreign affairs spokesman Menzies Campbell said the war was wrong.", "Menzies Campbell",
     "Lib Dem foreign affairs spokesman"),
    # the opening of the sentence is not part of the role
    ("On Tuesday Prime Minister Tony Blair said the vote would be close.", "Tony Blair", "Prime Minister"),
    ("But Senator Jane Doe said the bill would pass.", "Jane Doe", "Senator"),
    # an appositive after the name; a relative clause is cut
    ("Lauren Ehrsam, a department spokeswoman, said the talks would go on.", "Lauren Ehrsam",
     "department spokeswoman"),
    ("Paul Chipok, a lawyer in Orlando who works on zoning, said the rule was new.", "Paul Chipok",
     "lawyer in Orlando"),
    ("Dennis Ross, a former senior adviser to Mr. Obama, said the deal was weak.", "Dennis Ross",
     "former senior adviser to Mr. Obama"),
])
def test_role_as_written(text, speaker, role):
    assert roles(text)[speaker] == role


def test_role_from_the_first_mention_carries_to_later_quotes():
    text = ('Defence Secretary Ann Lee visited the base on Monday.\n\n'
            '"We are ready," Lee said.')
    rows = extract_article(text)
    assert list(rows["speaker"]) == ["Ann Lee"]
    assert list(rows["role"]) == ["Defence Secretary"]


@pytest.mark.parametrize("text, speaker", [
    # courtesy titles are how a name is written, not a role
    ("Mr Tom Hardy said the plan would fail.", "Tom Hardy"),
    # another person's role: "a spokesman for" someone
    ('"We have no comment," said a spokesman for Mr. Clinton. Bill Clinton later said the report was false.',
     "Bill Clinton"),
    # an age or a party alone is no role
    ("Mary Smith, 63, said she would vote.", "Mary Smith"),
])
def test_no_role(text, speaker):
    assert roles(text).get(speaker) == ""


def test_role_stops_at_another_persons_name():
    text = ("Secretary of State Hillary Clinton and former Maryland Gov. Martin Kelly said the plan was sound.")
    assert roles(text)["Martin Kelly"] == "former Maryland Gov."


def test_unnamed_speakers_have_no_role():
    rows = extract_article("A senior administration official said the talks had stalled.")
    assert list(rows["speaker_type"]) == ["anonymous"]
    assert list(rows["role"]) == [""]


def test_role_survives_canonical_speakers_across_articles():
    articles = pd.DataFrame({
        "article_id": ["a", "b"],
        "text": ["Treasury Secretary Jacob J. Lew said the deficit had fallen.",
                 '"Growth is steady," Jacob Lew said.'],
    })
    rows = extract_quotes(articles)
    assert set(rows["speaker"]) == {"Jacob J. Lew"}
    # a role is what the article says: the second article gives none
    assert dict(zip(rows["article_id"], rows["role"])) == {"a": "Treasury Secretary", "b": ""}
