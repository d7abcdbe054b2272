"""Mentioned vs quoted (analysis.quotes.people, its chart and ``python -m analysis people``).

Expected values come from reading the seed articles and the texts written below, not from running the code.
"""
import io
import json
import logging
from contextlib import redirect_stdout

import pandas as pd
import pytest

import analysis
from analysis.cli import main
from analysis.quotes.people import (INFERRED_GENDER, NO_VALUE, NOT_LISTED, PEOPLE_COLUMNS, by_attribute,
                                    describe_people, inferred_gender, least_heard, most_heard, people, person_mentions,
                                    read_lookup, with_lookup)
from conftest import DATA, ID_2021, ID_2024

# Maria Lopez: named twice ("Maria Lopez", "Lopez"), once "she said"; three attributions: "Lopez said ..."
# (indirect), "It is a great day for the town" (8 words, cue "she said") and its follow-on "We waited ten years"
# (4 words, no cue of its own). Tom Baker: named twice, never heard.
BRIDGE = ("Maria Lopez, the mayor of Riverton, opened the new bridge on Monday.\n\n"
          "Lopez said the bridge would cut journeys by half. \"It is a great day for the town,\" she said. "
          "\"We waited ten years.\"\n\n"
          "Tom Baker, a local shopkeeper, watched the ceremony from his doorway. Baker has run the shop since 1990.\n")
# John Smith: named twice, never heard.
COUNCIL = ("The council met on Tuesday to discuss the budget.\n\n"
           "Councillor Ann Price told the meeting that rents were too high. \"Small shops are closing,\" she said.\n\n"
           "John Smith, a farmer, asked about the roads. Smith was not given an answer.\n")
# Jane Smith: named twice ("Jane Smith", "Smith"), quoted once (3 words).
SCHOOL = ("Jane Smith, a teacher at the village school, spoke to parents on Wednesday.\n\n"
          "\"The roof leaks,\" Smith said.\n")


def write(folder, texts: dict):
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return analysis.load_articles(folder, progress=False)


def row(table, person, group=None):
    rows = table[(table["person"] == person) & ((table["group"] == group) if group else True)]
    assert len(rows) == 1, (person, group, table)
    return rows.iloc[0]


@pytest.fixture(scope="module")
def seeds():
    articles = analysis.load_articles(DATA, progress=False)
    return articles, people(articles, by="article_id", progress=False)


@pytest.fixture
def small(tmp_path):
    articles = write(tmp_path / "small", {"bridge": BRIDGE, "council": COUNCIL, "school": SCHOOL})
    return articles, people(articles, by="article_id", progress=False)


def test_seed_2021_blinken_mentioned_and_quoted(seeds):
    _, table = seeds
    blinken = row(table, "Antony Blinken", ID_2021)
    # names: "Secretary of State Antony Blinken", "Blinken said", "Blinken reinforced"; references at cues:
    # "the secretary continued" (twice), "the secretary said", "he said", "he added"
    assert (blinken["name_mentions"], blinken["references"], blinken["mentions"]) == (3, 5, 8)
    # quoted words: 14 ("urge on my behalf ... of violence") + 24 + 34 + 2 ("extra burden") + 41 + 55 + 25 + 33
    assert blinken["quoted_words"] == 228
    # said Wednesday (indirect), "urge ..." (partial), continued, said, reinforced the stance (indirect), "extra
    # burden" (partial), he said, continued, he added, and the quotation that follows "he added"
    assert blinken["attributions"] == 10


def test_seed_amr_and_biden_mentioned_never_quoted(seeds):
    _, table = seeds
    amr = row(table, "Hady Amr", ID_2021)
    assert (amr["mentions"], amr["attributions"], amr["quoted_words"]) == (2, 0, 0)  # "Hady Amr", "Amr will"
    # "The Biden administration" and "President Biden" (inside Blinken's quotation)
    biden = row(table, "Biden", ID_2021)
    assert (biden["mentions"], biden["attributions"]) == (2, 0)
    assert table[table["person"].str.contains("Biden")]["attributions"].sum() == 0
    assert table[table["person"].str.contains("Amr")]["attributions"].sum() == 0
    # "The United States remains committed": a place, not a person called States
    assert set(table.loc[table["group"] == ID_2021, "person"]) == {"Antony Blinken", "Hady Amr", "Biden"}


def test_seed_2024_netanyahu_one_two_word_partial_quote(seeds):
    _, table = seeds
    netanyahu = row(table, "Benjamin Netanyahu", ID_2024)
    # "Israeli Prime Minister Benjamin Netanyahu has vowed to invade Rafah with "extreme force""
    assert (netanyahu["mentions"], netanyahu["attributions"], netanyahu["quoted_words"]) == (1, 1, 2)
    assert not (table["group"] == ID_2024)[table["person"] == "Antony Blinken"].any()


def test_columns_voice_and_order(small):
    _, table = small
    assert list(table.columns) == PEOPLE_COLUMNS
    lopez = row(table, "Maria Lopez", "bridge")
    assert lopez["voice"] == lopez["attributions"] / lopez["mentions"]
    assert pd.isna(table["voice"]).sum() == 0
    assert list(table["group"]) == sorted(table["group"])


def test_counts_names_pronouns_and_follow_on(small):
    _, table = small
    lopez = row(table, "Maria Lopez", "bridge")
    # "she said" is one reference; the follow-on "We waited ten years." adds an attribution, not a reference
    assert (lopez["name_mentions"], lopez["references"], lopez["mentions"]) == (2, 1, 3)
    assert (lopez["attributions"], lopez["quoted_words"]) == (3, 12)
    baker = row(table, "Tom Baker", "bridge")
    assert (baker["mentions"], baker["attributions"], baker["quoted_words"]) == (2, 0, 0)
    price = row(table, "Ann Price", "council")
    assert (price["name_mentions"], price["references"], price["attributions"], price["quoted_words"]) == (1, 1, 2, 4)


def test_shared_surname_stays_apart(tmp_path):
    articles = write(tmp_path / "smiths", {"council": COUNCIL, "school": SCHOOL})
    table = people(articles, progress=False)
    assert set(table["group"]) == {"all"}
    john, jane = row(table, "John Smith"), row(table, "Jane Smith")
    assert (john["mentions"], john["attributions"]) == (2, 0)
    assert (jane["mentions"], jane["attributions"], jane["quoted_words"]) == (2, 1, 3)
    assert "Smith" not in set(table["person"])


def test_one_person_across_articles_quoted_or_not(tmp_path):
    quoted = write(tmp_path / "quoted", {
        "c1": "Antony Blinken, the secretary of state, arrived in Cairo on Sunday.\n\n"
              "\"We want a ceasefire now,\" Blinken said.\n",
        "c2": "Talks resumed in Doha on Monday.\n\nMr Blinken said the talks were serious.\n\n"
              "Critics said Blinken had promised too much.\n"})
    table = people(quoted, progress=False)
    assert list(table["person"]) == ["Antony Blinken"]
    # c1: "Antony Blinken", "Blinken"; c2: "Mr Blinken", "Blinken"
    assert tuple(table.iloc[0][["mentions", "attributions", "quoted_words", "n_articles"]]) == (4, 2, 5, 2)
    unquoted = write(tmp_path / "unquoted", {
        "d1": "Talks in Cairo\n\nAntony Blinken arrived in Cairo on Sunday. The talks began at noon.\n",
        "d2": "Talks in Doha\n\nReporters waited for Mr Blinken outside the hotel in Doha. Nobody came out.\n"})
    table = people(unquoted, progress=False)
    assert list(table["person"]) == ["Antony Blinken"]
    assert table.iloc[0]["mentions"] == 2


def test_people_use_the_quote_speakers_names(small):
    articles, table = small
    quotes = analysis.extract_quotes(articles, progress=False)
    speakers = set(quotes.loc[quotes["speaker_type"] == "person", "speaker"])
    assert speakers == set(table.loc[table["attributions"] > 0, "person"])


def test_least_and_most_heard(small):
    _, table = small
    least = least_heard(table, top=5)
    # Maria Lopez and Ann Price are attributed as often as they are mentioned (or more): not in the list
    assert list(zip(least["group"], least["person"])) == [("bridge", "Tom Baker"), ("council", "John Smith"),
                                                          ("school", "Jane Smith")]
    most = most_heard(table, top=1)
    assert dict(zip(most["group"], most["person"])) == {"bridge": "Maria Lopez", "council": "Ann Price",
                                                        "school": "Jane Smith"}


def test_findings_name_the_unheard(small):
    _, table = small
    lines = describe_people(table, by="article_id")
    bridge = next(line for line in lines if "article bridge" in line)
    assert "Mentioned and never quoted: Tom Baker (2 mention(s))" in bridge
    assert "2 people are named or quoted; 1 of them is quoted" in bridge
    # Maria Lopez: 8 + 4 quoted words, all of the article's
    assert "Most quoted: Maria Lopez, with 12 of the 12 words quoted from named people (100.0%)." in bridge


HOSTILE_LOOKUP = ("person,party,note\n"
                  "Maria Lopez,Green,\"=HYPERLINK(\"\"http://evil\"\")\x1b[2J\u202e\"\n"
                  "Baker,Blue,shop\n"
                  ",Red,no person\n"
                  "Jane Smith,Red\n"
                  "Maria Lopez,Orange,again\n")


def test_lookup_read_as_untrusted_text(tmp_path, caplog):
    path = tmp_path / "lookup.csv"
    path.write_text(HOSTILE_LOOKUP, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        lookup = read_lookup(path)
    assert list(lookup.columns) == ["person", "party", "note"]
    assert list(lookup["person"]) == ["Maria Lopez", "Baker"]  # empty person, short row, repeated person: skipped
    note = lookup.iloc[0]["note"]
    assert note == "=HYPERLINK(\"http://evil\")[2J"  # kept as text, never evaluated; controls removed
    assert "line 4" in caplog.text and "line 5" in caplog.text and "line 6" in caplog.text


def test_lookup_refuses_a_file_without_person_column(tmp_path):
    path = tmp_path / "lookup.csv"
    path.write_text("name,party\nA,B\n", encoding="utf-8")
    with pytest.raises(ValueError, match="person"):
        read_lookup(path)
    path.write_bytes(b"person,party\n\xff\xfe,B\n")
    with pytest.raises(ValueError, match="UTF-8"):
        read_lookup(path)


def test_lookup_joined_on_canonical_person(small, tmp_path):
    _, table = small
    path = tmp_path / "lookup.csv"
    path.write_text("person,party\nLopez,Green\nTom Baker,\nJane Smith,Red\n", encoding="utf-8")
    joined = with_lookup(table, path)
    party = dict(zip(joined["person"], joined["party"]))
    # "Lopez" names the one Lopez of the corpus; Tom Baker is listed with no value; John Smith is not listed
    assert party == {"Maria Lopez": "Green", "Tom Baker": NO_VALUE, "Ann Price": NOT_LISTED,
                     "John Smith": NOT_LISTED, "Jane Smith": "Red"}
    sums = by_attribute(table, path, "party")
    red = sums[(sums["group"] == "school") & (sums["value"] == "Red")].iloc[0]
    assert (red["people"], red["mentions"], red["attributions"], red["quoted_words"]) == (1, 2, 1, 3)


def test_inferred_gender_says_inferred(small):
    _, table = small
    guess = inferred_gender(table)
    assert "inferred" in INFERRED_GENDER and list(guess.columns) == ["person", INFERRED_GENDER]
    values = dict(zip(guess["person"], guess[INFERRED_GENDER]))
    assert values["Maria Lopez"] == "female (inferred)" and values["Tom Baker"] == "male (inferred)"
    assert all("inferred" in v for v in values.values())


def test_chart_colours_and_labels(small):
    from analysis.plots import plot_mentions_attributions
    articles, table = small
    colors = analysis.group_colors(articles, by="article_id")
    fig = plot_mentions_attributions(table, colors=colors, label_top=1)
    assert fig.group_colors == {g: colors[g] for g in ("bridge", "council", "school")}
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"Maria Lopez", "Ann Price", "Jane Smith"} <= texts and "Tom Baker" not in texts
    assert "1 most mentioned people of each group" in fig.axes[0].get_title()


def run(argv):
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def test_cli_columns(tmp_path):
    folder = tmp_path / "cli"
    write(folder, {"bridge": BRIDGE, "school": SCHOOL})
    code, out = run(["people", str(folder), "--by", "article_id", "--format", "csv"])
    assert code == 0
    table = pd.read_csv(io.StringIO(out))
    assert list(table.columns) == ["group", "person", "mentions", "attributions", "quoted_words"]
    lopez = table[table["person"] == "Maria Lopez"].iloc[0]
    assert (lopez["group"], lopez["mentions"], lopez["attributions"], lopez["quoted_words"]) == ("bridge", 3, 3, 12)
    code, out = run(["people", str(folder), "--format", "json"])
    assert code == 0 and {r["group"] for r in json.loads(out)} == {"all"}
    lookup = tmp_path / "lookup.csv"
    lookup.write_text("person,party\nMaria Lopez,\"Green\x1b[2J\"\n", encoding="utf-8")
    code, out = run(["people", str(folder), "--lookup", str(lookup)])
    assert code == 0 and "\x1b" not in out and "party" in out.splitlines()[0]
    assert run(["people", str(folder), "--by", "nope"])[0] == 2


def _obamas(barack: int, michelle: int, lone: dict) -> dict:
    """Articles naming Barack Obama in full ``barack`` times, Michelle Obama ``michelle`` times, and ``lone``."""
    texts = {f"b{i}": f"Barack Obama spoke to farmers in town number {i} on Monday. The crowd was large.\n"
             for i in range(barack)}
    texts.update({f"m{i}": f"Michelle Obama opened a school garden in town number {i} on Tuesday.\n"
                  for i in range(michelle)})
    texts.update(lone)
    return texts


def test_surname_alone_goes_by_courtesy_title(tmp_path):
    # three articles name each Obama in full; "Mr. Obama" can only be Barack, "Mrs. Obama" only Michelle; a bare
    # "President Obama" or "Obama's" in an article that writes the surname with a courtesy title stays alone (it may
    # be someone else: "Mrs Johnson ... Johnson, who was at the birth"), and so does "President Obama" where the two
    # are named in as many articles
    articles = write(tmp_path / "obamas", _obamas(3, 3, {
        "mr": "The bill\n\nPresident Obama signed the bill on Friday. Mr. Obama thanked the senators.\n",
        "mrs": "A garden\n\nMrs. Obama planted tomatoes on Friday. Obama's staff watched from the lawn.\n",
        "none": "A speech\n\nPresident Obama spoke for an hour on Friday.\n"}))
    table = people(articles, progress=False)
    assert row(table, "Barack Obama")["mentions"] == 3 + 1  # "Mr. Obama"
    assert row(table, "Michelle Obama")["mentions"] == 3 + 1  # "Mrs. Obama"
    assert row(table, "Obama")["mentions"] == 3


def test_surname_alone_goes_to_the_one_the_corpus_names(tmp_path):
    # Barack Obama named in full in 9 articles of 10 that name an Obama in full (90%): "President Obama" is his;
    # named in 8 of 10, it is not (a guess that close is no longer made)
    lone = {"pres": "A speech\n\nPresident Obama spoke for an hour on Friday. Obama left at noon.\n"}
    table = people(write(tmp_path / "nine", _obamas(9, 1, lone)), progress=False)
    assert row(table, "Barack Obama")["mentions"] == 9 + 2
    assert "Obama" not in set(table["person"])
    table = people(write(tmp_path / "eight", _obamas(8, 2, lone)), progress=False)
    assert row(table, "Barack Obama")["mentions"] == 8
    assert row(table, "Obama")["mentions"] == 2


def test_surname_alone_goes_to_the_one_quoted_there(tmp_path):
    # Michelle Obama is named in full in 18 articles of 20, but this article quotes "President Obama" with "he
    # said", which the quote rules give to Barack Obama (quoted in full elsewhere, the one man of the name): its
    # "President Obama" is his too
    lone = {"bq": "\"Jobs are back,\" Barack Obama said in Ohio on Monday.\n",
            "quoted": "A speech\n\nPresident Obama spoke in Ohio on Friday. \"We did it,\" he said.\n"}
    table = people(write(tmp_path / "quoted", _obamas(1, 18, lone)), progress=False)
    barack = row(table, "Barack Obama")
    assert (barack["name_mentions"], barack["attributions"]) == (3, 2)
    assert row(table, "Michelle Obama")["name_mentions"] == 18


def test_surname_alone_stays_with_its_quotes(tmp_path):
    # the quote rules keep "Obama" alone as the speaker here ("he" after "President Obama", no Obama quoted in full
    # anywhere): the article's mention stays with those rows, not with Michelle Obama, named in 9 articles of 10
    # (and the one man of the name, Barack Obama, named in full once, goes by the quotes table's name for him)
    lone = {"quoted": "A speech\n\nPresident Obama spoke in Ohio on Friday. \"Jobs are back,\" he said.\n"}
    table = people(write(tmp_path / "kept", _obamas(1, 9, lone)), progress=False)
    obama = row(table, "Obama")
    assert (obama["name_mentions"], obama["attributions"]) == (2, 1)
    assert row(table, "Michelle Obama")["name_mentions"] == 9


def test_bare_surname_after_mrs_in_the_article_stays_alone(tmp_path):
    # a reviewer's corpus: Boris Johnson named in full in 10 articles, Carrie Johnson in 3; the article says "Mrs
    # Johnson" (Carrie) and then "Johnson, who was at the birth" (her husband): the bare surname is not given to her
    texts = {f"b{i}": f"Boris Johnson visited town number {i} on Monday. The crowd was large.\n" for i in range(10)}
    texts.update({f"c{i}": f"Carrie Johnson opened a garden in town number {i} on Tuesday.\n" for i in range(3)})
    texts["birth"] = ("A birth\n\nThe prime minister's wife has given birth. Mrs Johnson and the baby are doing well."
                      "\n\nJohnson, who was at the birth, is expected to take paternity leave.\n")
    table = people(write(tmp_path / "johnsons", texts), progress=False)
    assert row(table, "Carrie Johnson")["name_mentions"] == 3 + 1  # "Mrs Johnson"
    assert row(table, "Boris Johnson")["name_mentions"] == 10


def test_capitalised_everyday_words_and_places_are_no_one(tmp_path):
    # the finder reads these runs as names; the table lists only the two people
    articles = write(tmp_path / "conventions", {"a": (
        "Delegates gathered at the Republican National Convention in Cleveland on Monday. Veterans of World War II "
        "and Social Security recipients lined the hall, and African American voters cheered.\n\n"
        "The Vermont senator, Bernie Sanders, spoke first. Saddam Hussein's name came up twice.\n")})
    table = people(articles, analysis.extract_quotes(articles, progress=False))
    assert set(table["person"]) == {"Bernie Sanders", "Saddam Hussein"}


def test_a_joint_source_counts_for_each_of_its_people(tmp_path):
    # "Ryan and McConnell said": one attribution, credited to each of the two, never to a person called the pair
    articles = write(tmp_path / "joint", {
        "a": "Budget talks\n\nPaul Ryan and Mitch McConnell said the bill would pass before the recess.\n",
        "b": "Senate week\n\nPaul Ryan spoke on Monday. Mitch McConnell spoke on Tuesday.\n"})
    table = people(articles, analysis.extract_quotes(articles, progress=False)).set_index("person")
    assert sorted(table.index) == ["Mitch McConnell", "Paul Ryan"]
    assert table.loc["Paul Ryan", "attributions"] == 1 and table.loc["Mitch McConnell", "attributions"] == 1
    assert table.loc["Paul Ryan", "mentions"] == 2 and table.loc["Paul Ryan", "n_articles"] == 2


def test_a_club_named_in_the_plural_before_its_kind_is_no_person():
    text = ("The 17-year-old, a member of the Lickby Tors Orienteers club, was picked for the squad. Mia Thorne said "
            "she was happy.")
    names = person_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)["name"].tolist()
    assert names == ["Mia Thorne"]


def test_a_place_then_offices_joined_by_a_hyphen_before_a_name_leave_the_name():
    text = ("The signs would cost $38,000, according to a memo from City Clerk-Treasurer Dana Holm. Holm said the "
            "deadline is April 15.")
    names = person_mentions(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)["name"].tolist()
    assert names == ["Dana Holm", "Dana Holm"]
