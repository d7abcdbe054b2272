"""One name per person across the corpus (analysis.quotes.aliases), on small quotes tables written here.

Expected values come from reading the tables below, not from running the code.
"""
import logging

import pandas as pd
import pytest

from analysis.quotes import COLUMNS, canonical_speakers, speaker_aliases
from analysis.quotes.aliases import ALIAS_COLUMNS, RULES


def table(*rows):
    """A quotes table from (article_id, speaker) or (article_id, speaker, speaker_type) rows."""
    records = []
    for i, row in enumerate(rows):
        article_id, speaker, stype = (*row, "person") if len(row) == 2 else row
        records.append((article_id, "direct", f"Quote {i}.", speaker, speaker, stype, "", "said", "text", 10 * i,
                        10 * i + 9, 0, 2, f"Quote {i}.", 2))
    return pd.DataFrame(records, columns=COLUMNS)


def mapping(quotes, **kw):
    out = speaker_aliases(quotes, **kw)
    return {a: (s, r) for a, s, r in zip(out["alias"], out["speaker"], out["rule"])}


def test_columns_and_rules():
    out = speaker_aliases(table(("a1", "Donald Trump")))
    assert list(out.columns) == ALIAS_COLUMNS
    assert out.iloc[0].to_dict() == {"alias": "Donald Trump", "speaker": "Donald Trump", "n_rows": 1,
                                     "n_articles": 1, "rule": "same name"}
    assert set(RULES) == {"same name", "title dropped", "middle name or initial", "surname alone", "people joined",
                          "body name", "user"}


def test_middle_initial_merges_into_the_more_frequent_form():
    q = table(("a1", "Donald Trump"), ("a1", "Donald Trump"), ("a2", "Donald Trump"),
              ("a3", "Donald J. Trump"), ("a3", "Donald J. Trump"),
              ("a4", "Donald John Trump"))
    m = mapping(q)
    assert m["Donald J. Trump"] == ("Donald Trump", "middle name or initial")
    assert m["Donald John Trump"] == ("Donald Trump", "middle name or initial")
    assert m["Donald Trump"] == ("Donald Trump", "same name")
    out = speaker_aliases(q).set_index("alias")
    assert out.loc["Donald J. Trump", "n_rows"] == 2 and out.loc["Donald J. Trump", "n_articles"] == 1
    assert out.loc["Donald Trump", "n_rows"] == 3 and out.loc["Donald Trump", "n_articles"] == 2
    assert canonical_speakers(q)["speaker"].tolist() == ["Donald Trump"] * 6


def test_the_fuller_form_wins_when_it_is_more_frequent():
    q = table(("a1", "Hillary Rodham Clinton"), ("a2", "Hillary Rodham Clinton"), ("a3", "Hillary Clinton"))
    assert mapping(q)["Hillary Clinton"] == ("Hillary Rodham Clinton", "middle name or initial")


def test_ties_go_to_the_longest_form():
    q = table(("a1", "Hillary Rodham Clinton"), ("a2", "Hillary Clinton"))
    assert set(canonical_speakers(q)["speaker"]) == {"Hillary Rodham Clinton"}


def test_different_first_names_never_merge():
    q = table(("a1", "Bill Clinton"), ("a2", "Hillary Clinton"), ("a2", "Hillary Clinton"))
    m = mapping(q)
    assert m["Bill Clinton"] == ("Bill Clinton", "same name")
    assert m["Hillary Clinton"] == ("Hillary Clinton", "same name")


def test_different_middle_names_and_initials_stay_apart():
    # George W. Bush and George H. W. Bush are two people; a bare "George Bush" could be either
    q = table(("a1", "George W. Bush"), ("a2", "George H. W. Bush"), ("a3", "George Bush"),
              ("a4", "Mary Ann Smith"), ("a5", "Mary Jane Smith"))
    m = mapping(q)
    assert m["George W. Bush"][0] == "George W. Bush"
    assert m["George H. W. Bush"][0] == "George H. W. Bush"
    assert m["George Bush"][0] == "George Bush"
    assert m["Mary Ann Smith"][0] == "Mary Ann Smith" and m["Mary Jane Smith"][0] == "Mary Jane Smith"


def test_generational_suffix_tells_father_and_son_apart():
    q = table(("a1", "Donald Trump"), ("a2", "Donald Trump Jr."), ("a3", "Donald Trump, Jr."))
    m = mapping(q)
    assert m["Donald Trump"][0] == "Donald Trump"
    assert m["Donald Trump Jr."][0] == "Donald Trump Jr."
    assert m["Donald Trump, Jr."][0] == "Donald Trump Jr."


def test_a_lone_surname_maps_to_the_only_person_with_it():
    q = table(("a1", "Barack Obama"), ("a2", "Obama"), ("a3", "Obama's"), ("a4", "Bill de Blasio"),
              ("a5", "de Blasio"))
    m = mapping(q)
    assert m["Obama"] == ("Barack Obama", "surname alone")
    assert m["Obama's"] == ("Barack Obama", "surname alone")
    assert m["de Blasio"] == ("Bill de Blasio", "surname alone")


def test_a_lone_surname_shared_by_two_people_stays():
    q = table(("a1", "Bill Clinton"), ("a2", "Hillary Clinton"), ("a3", "Clinton"), ("a4", "Mrs Clinton"))
    m = mapping(q)
    assert m["Clinton"] == ("Clinton", "same name")
    # "Mrs" says which one: the only Clinton whose given name is not 90% male in the census
    assert m["Mrs Clinton"] == ("Hillary Clinton", "surname alone")


def test_a_lone_surname_with_no_full_name_stays():
    m = mapping(table(("a1", "Blair"), ("a2", "Tony Smith")))
    assert m["Blair"] == ("Blair", "same name")


def test_titles_are_dropped():
    q = table(("a1", "Jeff Merkley"), ("a2", "Sens. Jeff Merkley"), ("a3", "President Barack Obama"),
              ("a4", "Barack Obama"), ("a5", "Secretary of State Rex Tillerson"), ("a6", "Mr. Tillerson"),
              ("a7", "Republican Sen. Ted Cruz"), ("a8", "Dr Jane Goodall"))
    m = mapping(q)
    assert m["Sens. Jeff Merkley"] == ("Jeff Merkley", "title dropped")
    assert m["President Barack Obama"] == ("Barack Obama", "title dropped")
    assert m["Secretary of State Rex Tillerson"] == ("Rex Tillerson", "title dropped")
    assert m["Mr. Tillerson"] == ("Rex Tillerson", "surname alone")
    assert m["Republican Sen. Ted Cruz"] == ("Ted Cruz", "title dropped")
    assert m["Dr Jane Goodall"] == ("Jane Goodall", "title dropped")


def test_the_canonical_form_has_no_title_even_when_the_titled_form_is_most_frequent():
    q = table(("a1", "President Donald J. Trump"), ("a2", "President Donald J. Trump"), ("a3", "Donald Trump"))
    assert set(canonical_speakers(q)["speaker"]) == {"Donald J. Trump"}


def test_what_is_not_a_name_is_left_as_it_is():
    q = table(("a1", "the secretary"), ("a2", "Pope Francis"), ("a3", "President"), ("a4", "Francis Smith"),
              ("a5", "Air Force"), ("a6", "he"))
    m = mapping(q)
    assert m["the secretary"] == ("the secretary", "same name")
    assert m["Pope Francis"] == ("Pope Francis", "same name")  # a title before a first name, not a surname
    assert m["President"] == ("President", "same name")
    assert m["Air Force"] == ("Air Force", "same name")
    assert m["he"] == ("he", "same name")


def test_only_person_speakers_are_listed_and_changed():
    q = table(("a1", "Barack Obama"), ("a2", "Obama", "organization"), ("a3", "the U.S.", "organization"),
              ("a4", "Obama"))
    out = canonical_speakers(q)
    assert out["speaker"].tolist() == ["Barack Obama", "Obama", "the U.S.", "Barack Obama"]
    listed = speaker_aliases(q).set_index("alias")
    assert set(listed.index) == {"Barack Obama", "Obama"}
    assert listed.loc["Obama", "n_rows"] == 1  # the person row only


def test_same_rows_order_index_and_other_columns():
    q = table(("a2", "Obama"), ("a1", "Barack Obama"), ("a1", ""), ("a3", None)).set_index(pd.Index([7, 3, 5, 1]))
    out = canonical_speakers(q)
    assert out.index.tolist() == [7, 3, 5, 1]
    assert out["speaker"].tolist()[:3] == ["Barack Obama", "Barack Obama", ""] and pd.isna(out["speaker"].iloc[3])
    pd.testing.assert_frame_equal(out.drop(columns="speaker"), q.drop(columns="speaker"))
    assert out["speaker"].dtype == q["speaker"].dtype
    assert q["speaker"].iloc[0] == "Obama"  # the input is not changed


def test_empty_table():
    empty = table()
    assert list(speaker_aliases(empty).columns) == ALIAS_COLUMNS and speaker_aliases(empty).empty
    assert canonical_speakers(empty).empty


def test_user_csv_overrides_the_rules(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,speaker\nBernie,Bernie Sanders\nClinton,Hillary Clinton\n"
                    "Donald Trump,Donald J. Trump\n", encoding="utf-8")
    q = table(("a1", "Bernie Sanders"), ("a2", "Bernie"), ("a3", "Bill Clinton"), ("a4", "Hillary Clinton"),
              ("a5", "Clinton"), ("a6", "Donald Trump"), ("a6", "Donald Trump"), ("a7", "Donald J. Trump"),
              ("a8", "Trump"))
    m = mapping(q, aliases=path)
    assert m["Bernie"] == ("Bernie Sanders", "user")  # a nickname: merged only because the user says so
    assert m["Clinton"] == ("Hillary Clinton", "user")
    assert m["Donald Trump"] == ("Donald J. Trump", "user")
    # the user renamed the person: every alias of Donald Trump follows
    assert m["Donald J. Trump"] == ("Donald J. Trump", "same name")
    assert m["Trump"] == ("Donald J. Trump", "surname alone")
    assert m["Bill Clinton"] == ("Bill Clinton", "same name")
    same = mapping(q, aliases=pd.DataFrame({"alias": ["Bernie", "Clinton", "Donald Trump"],
                                            "speaker": ["Bernie Sanders", "Hillary Clinton", "Donald J. Trump"]}))
    assert same == m
    assert canonical_speakers(q, aliases=str(path))["speaker"].tolist() == [
        "Bernie Sanders", "Bernie Sanders", "Bill Clinton", "Hillary Clinton", "Hillary Clinton",
        "Donald J. Trump", "Donald J. Trump", "Donald J. Trump", "Donald J. Trump"]


def test_user_alias_may_rename_a_speaker_of_another_type():
    q = table(("a1", "the U.S.", "organization"), ("a2", "Barack Obama"))
    out = canonical_speakers(q, aliases={"the U.S.": "United States"})
    assert out["speaker"].tolist() == ["United States", "Barack Obama"]
    assert mapping(q, aliases={"the U.S.": "United States"})["the U.S."] == ("United States", "user")


def test_malformed_csv_lines_warn_and_the_rest_applies(tmp_path, caplog):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,speaker\n"
                    "Bernie,Bernie Sanders\n"
                    "Trump, Donald,Donald Trump\n"  # line 3: three fields
                    "Obama\n"  # line 4: one field
                    ",Nobody\n"  # line 5: empty alias
                    "Bernie,Bernard Sanders\n"  # line 6: Bernie already given
                    "Hillary,Hillary Clinton\n", encoding="utf-8")
    q = table(("a1", "Bernie"), ("a2", "Hillary"), ("a3", "Trump"))
    with caplog.at_level(logging.WARNING, logger="analysis.quotes.aliases"):
        m = mapping(q, aliases=path)
    assert m["Bernie"] == ("Bernie Sanders", "user") and m["Hillary"] == ("Hillary Clinton", "user")
    assert m["Trump"] == ("Trump", "same name")
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 4
    for line, message in zip([3, 4, 5, 6], messages):
        assert f"line {line}" in message and "\n" not in message
    assert all(r.exc_info is None for r in caplog.records)


def test_csv_without_header_or_not_utf8_warns_and_applies_nothing(tmp_path, caplog):
    no_header = tmp_path / "a.csv"
    no_header.write_text("Bernie,Bernie Sanders\n", encoding="utf-8")
    latin = tmp_path / "b.csv"
    latin.write_bytes("alias,speaker\nJosé,José Martí\n".encode("latin-1"))
    q = table(("a1", "Bernie"))
    with caplog.at_level(logging.WARNING, logger="analysis.quotes.aliases"):
        assert mapping(q, aliases=no_header)["Bernie"] == ("Bernie", "same name")
        assert mapping(q, aliases=latin)["Bernie"] == ("Bernie", "same name")
    assert len(caplog.records) == 2 and "line 1" in caplog.records[0].getMessage()
    assert "UTF-8" in caplog.records[1].getMessage()


def test_bom_and_column_order(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_bytes("\ufeffspeaker,alias\nBernie Sanders,Bernie\n".encode("utf-8"))
    assert mapping(table(("a1", "Bernie")), aliases=path)["Bernie"] == ("Bernie Sanders", "user")


def test_order_of_rows_does_not_matter():
    rows = [("a1", "Donald Trump"), ("a2", "Donald J. Trump"), ("a2", "Donald J. Trump"), ("a3", "Trump"),
            ("a4", "Hillary Clinton"), ("a5", "Hillary Rodham Clinton"), ("a6", "Bill Clinton"), ("a6", "Clinton"),
            ("a7", "Barack Obama"), ("a8", "President Obama"), ("a9", "George Bush"), ("a9", "George W. Bush"),
            ("b1", "George H. W. Bush"), ("b2", "Sen. Jeff Merkley"), ("b3", "Jeff Merkley")]
    q = table(*rows)
    expected = speaker_aliases(q)
    for seed in range(5):
        shuffled = q.sample(frac=1, random_state=seed)
        pd.testing.assert_frame_equal(speaker_aliases(shuffled), expected)
        out = canonical_speakers(shuffled)
        assert out.index.tolist() == shuffled.index.tolist()
        pd.testing.assert_series_equal(out["speaker"].sort_index(), canonical_speakers(q)["speaker"])
    assert dict(zip(expected["alias"], expected["speaker"]))["Donald Trump"] == "Donald J. Trump"


def test_extract_quotes_is_canonical_across_articles_and_extract_article_is_not():
    from analysis.quotes import extract_article, extract_quotes

    texts = {"a": 'Donald J. Trump said: "We will win."',
             "b": 'Donald J. Trump said: "We will build it."',
             "c": 'Donald Trump said: "It is over."',
             "d": 'Mr. Trump said: "No more."'}
    articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    per_article = extract_article(texts["c"], "c")
    assert per_article["speaker"].tolist() == ["Donald Trump"]
    out = extract_quotes(articles, progress=False)
    assert set(out["speaker"]) == {"Donald J. Trump"}, out[["article_id", "speaker", "speaker_mention"]]
    renamed = extract_quotes(articles, progress=False, aliases={"Donald J. Trump": "Trump"})
    assert set(renamed["speaker"]) == {"Trump"}


@pytest.mark.parametrize("speaker, expected", [
    ("Ursula von der Leyen", "Ursula von der Leyen"),
    ("Mr. de Blasio", "de Blasio"),
    ("Adam Schiff, D-Calif.", "Adam Schiff"),
    ("Boris Johnson MP", "Boris Johnson"),
    ("then-Sen. Barack Obama", "Barack Obama"),
    ("White House press secretary Sean Spicer", "Sean Spicer"),
    ("Sir Keir Starmer", "Keir Starmer"),
])
def test_name_forms(speaker, expected):
    assert mapping(table(("a1", speaker)))[speaker][0] == expected


def speakers_by_article(*texts):
    """extract_quotes of one article per text (ids a, b, c...): article_id -> speaker (one quote each)."""
    from analysis.quotes import extract_quotes
    articles = pd.DataFrame({"article_id": list("abcdefgh"[:len(texts)]), "text": list(texts)})
    return extract_quotes(articles).set_index("article_id")["speaker"].to_dict()


def test_a_surname_alone_is_not_mapped_when_the_articles_mention_another_person_with_it():
    # "Obama" is quoted alone in one article, Michelle Obama by full name in another, and Barack Obama is named
    # (not quoted) in a third: "Obama" may be Barack, so it stays as written
    texts = ["Obama said the economy was recovering well this year.",
             "Michelle Obama said the garden would open to children in the spring.",
             "Barack Obama met the troops at the base on Monday morning."]
    assert speakers_by_article(*texts) == {"a": "Obama", "b": "Michelle Obama"}
    # without the third article nothing says Obama is someone else
    assert speakers_by_article(*texts[:2]) == {"a": "Michelle Obama", "b": "Michelle Obama"}


def test_a_surname_alone_goes_to_the_one_holder_of_the_gender_its_mentions_give():
    # "Obama" is cued by "Mr. Obama" and "he": not Michelle Obama (a female given name), so Barack Obama
    assert speakers_by_article(
        "Barack Obama spoke first. Mr. Obama said the economy was recovering well this year.",
        "Michelle Obama said the garden would open to children in the spring.",
        "Later on Monday, Mr. Obama said the troops would be home by the end of the year.",
    ) == {"a": "Barack Obama", "b": "Michelle Obama", "c": "Barack Obama"}


def test_each_person_of_a_joint_source_takes_their_canonical_name():
    quotes = table(("a1", "Donald J. Trump"), ("a2", "Donald J. Trump"), ("a3", "Donald Trump & Paul Ryan"),
                   ("a4", "Obama & Paul Ryan"), ("a5", "Barack Obama"))
    got = mapping(quotes)
    assert got["Donald Trump & Paul Ryan"] == ("Donald J. Trump & Paul Ryan", "people joined")
    assert got["Obama & Paul Ryan"] == ("Barack Obama & Paul Ryan", "people joined")
    assert got["Donald J. Trump"] == ("Donald J. Trump", "same name")


def test_a_surname_alone_goes_to_the_holder_the_corpus_names_far_more_than_the_others():
    # with the articles naming each holder in full counted: 9 of 10 for Tony Blair (at least 90%, at least 3)
    quotes = table(("a1", "Blair"))
    assert mapping(quotes, mentioned={"Tony Blair": 9, "Cherie Blair": 1})["Blair"] == ("Tony Blair", "surname alone")
    # 8 of 9 is under 90%; 2 articles are too few; a set of names has no counts
    assert mapping(quotes, mentioned={"Tony Blair": 8, "Cherie Blair": 1})["Blair"] == ("Blair", "same name")
    assert mapping(quotes, mentioned={"Tony Blair": 2})["Blair"] == ("Blair", "same name")
    assert mapping(quotes, mentioned={"Tony Blair": 3})["Blair"] == ("Tony Blair", "surname alone")
    assert mapping(quotes, mentioned=frozenset({"Tony Blair", "Cherie Blair"}))["Blair"] == ("Blair", "same name")


def test_the_most_named_holder_must_fit_the_gender_the_rows_give():
    def cued(*mentions):
        q = table(*[("a1", "Blair")] * len(mentions))
        return q.assign(speaker_mention=list(mentions))

    counts = {"Tony Blair": 2, "Cherie Blair": 5}
    # "Mrs Blair" and "she": among the women, Cherie Blair (5 articles); "Mr Blair": Tony, in too few articles
    assert mapping(cued("Mrs Blair", "she"), mentioned=counts)["Blair"] == ("Cherie Blair", "surname alone")
    assert mapping(cued("Mr Blair", "he"), mentioned=counts)["Blair"][0] == "Blair"
    # titles and pronouns pointing both ways: never mapped by the counts
    assert mapping(cued("Mrs Blair", "he"), mentioned={"Tony Blair": 9, "Cherie Blair": 1})["Blair"][0] == "Blair"


def test_extract_quotes_counts_the_articles_naming_each_holder():
    from analysis.quotes import extract_quotes

    def corpus(n_tony):
        texts = [f"Tony Blair said plan number {i} was sound and would work well." for i in range(n_tony)]
        texts += ["Cherie Blair opened the new wing of the hospital on Friday morning.",
                  "Blair said the economy was strong and stable this year."]
        return pd.DataFrame({"article_id": [f"x{i:02d}" for i in range(len(texts))], "text": texts})

    out = extract_quotes(corpus(9), progress=False)
    assert out.loc[out["article_id"] == "x10", "speaker"].tolist() == ["Tony Blair"]
    out = extract_quotes(corpus(8), progress=False)  # 8 of 9
    assert out.loc[out["article_id"] == "x09", "speaker"].tolist() == ["Blair"]


def test_a_body_written_several_ways_is_one_speaker_of_one_type():
    quotes = table(("a1", "the Associated Press", "media"), ("a2", "Associated Press", "organization"),
                   ("a3", "Associated Press", "media"), ("a4", "POLITICO", "organization"), ("a5", "Politico", "media"),
                   ("a6", "Politico", "media"), ("a7", "AP", "media"), ("a8", "Labour", "organization"))
    out = canonical_speakers(quotes)
    assert out["speaker"].tolist() == ["Associated Press", "Associated Press", "Associated Press", "Politico",
                                       "Politico", "Politico", "AP", "Labour"]
    assert out["speaker_type"].tolist() == ["media"] * 7 + ["organization"]
    got = mapping(quotes)
    assert got["the Associated Press"] == ("Associated Press", "body name")
    assert got["POLITICO"] == ("Politico", "body name") and got["Politico"] == ("Politico", "same name")
    assert "AP" not in got and "Labour" not in got  # (written one way: not listed)
    # the user's name for the body wins
    renamed = canonical_speakers(quotes, aliases={"Associated Press": "AP"})
    assert renamed["speaker"].tolist()[:3] == ["AP", "AP", "AP"]
