"""Quotes in headlines: rows located in the title, speakers taken from the body, summaries counting them apart.

Small articles written for the test (articles tables with article_id, title, text); expected values from reading
them.
"""
import io
from contextlib import redirect_stdout

import distributed
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import execute
from analysis.cli import main
from analysis.quotes import COLUMNS, extract_quotes, describe_quotes, quote_positions, quoted_share, speaker_shares

HOWARD = ("Tory leader Michael Howard said the UK \"needs true immigration data\" before any target is set.\n\n"
          "He added that the figures were a mess.")
STRAW = ("Home Secretary Jack Straw has said the Law Lords were wrong to rule against the detention of foreign "
         "suspects.\n\n\"They were wrong,\" Mr Straw said.")
PLAN = "Ann Lee, the housing minister, said: \"We will deliver it.\""


def articles(*rows, title=True):
    """An articles table of (article_id, title, text) rows; without the title column when ``title`` is False."""
    frame = pd.DataFrame(rows, columns=["article_id", "title", "text"])
    return frame if title else frame.drop(columns="title")


def title_rows(quotes):
    return quotes[quotes["location"] == "title"]


def test_partial_quote_in_headline_takes_the_speaker_of_the_body_quote_with_its_words():
    title = "UK 'needs true immigration data'"
    out = extract_quotes(articles(("a", title, HOWARD)))
    assert list(out.columns) == COLUMNS
    head = title_rows(out)
    assert len(head) == 1
    row = head.iloc[0]
    assert (row["kind"], row["text"], row["speaker"], row["speaker_type"]) == \
        ("partial", "needs true immigration data", "Michael Howard", "person")
    assert title[row["start"]:row["end"]] == row["text"] and row["paragraph"] == -1 and row["n_words"] == 4
    assert row["cue"] == "" and row["speaker_mention"] == ""  # nothing in the headline names him
    # the body's rows are unchanged and come after the title's
    assert list(out["location"]) == ["title", "text", "text"]
    assert (out.loc[out["location"] == "text", "paragraph"] >= 0).all()


def test_headline_words_compared_without_case_or_punctuation():
    body = 'Mr Blair said: "I will fight on, whatever happens."'
    out = extract_quotes(articles(("a", "Blair: 'Will fight on'", body)))
    row = title_rows(out).iloc[0]
    assert row["speaker"] == "Blair" and row["text"] == "Will fight on"


def test_headline_title_of_a_work_quoted_in_an_indirect_row_is_nobody_s_words():
    body = ("The studio is to cut 140 jobs.\n\n"
            "Staff were told by Niamh Kerr that work on the sequel to the 2021 hit \"Lanternfall\" had been halted.")
    out = extract_quotes(articles(("a", "Studio behind hit game 'Lanternfall' to cut jobs", body)))
    assert title_rows(out).empty
    # a word the body gives as its speaker's own, unquoted, still is hers
    body = "Scottish Conservative leader David McLetchie claims he has been cleared over a conflict of interest."
    out = extract_quotes(articles(("a", "Tory leader 'cleared' over work", body)))
    assert list(title_rows(out)["speaker"]) == ["David McLetchie"]


def test_headline_paraphrase_takes_the_body_attribution_with_all_its_content_words():
    body = ("Gordon Brown gave a speech to the conference.\n\n"
            "The chancellor said he was proud of his party's record on the economy.\n\n"
            "Ann Lee said the economy was weak.")
    row = title_rows(extract_quotes(articles(("b", "Brown 'proud of economy record'", body)))).iloc[0]
    assert (row["kind"], row["speaker"], row["speaker_type"]) == ("partial", "Gordon Brown", "person")
    # word stems: the headline's "truanted" is the body's "truant"
    body = "Michael Howard has admitted he used to play truant at a snooker hall."
    row = title_rows(extract_quotes(articles(("h", "Howard 'truanted to play snooker'", body)))).iloc[0]
    assert row["speaker"] == "Michael Howard"


def test_one_word_headline_quote_must_be_verbatim_in_the_body():
    body = "Andy Williams said it was a Welsh-English issue."  # "Welsh" alone, not the headline's 'no Welsh'
    assert title_rows(extract_quotes(articles(("w", "Hospital suspends 'no Welsh' plan", body)))).empty


def test_dash_source_in_headline_is_the_body_person():
    out = extract_quotes(articles(("s", "Lords wrong on detainees - Straw", STRAW)))
    head = title_rows(out)
    assert len(head) == 1
    row = head.iloc[0]
    assert (row["kind"], row["text"], row["speaker"], row["speaker_mention"], row["speaker_type"], row["cue"]) == \
        ("indirect", "Lords wrong on detainees", "Jack Straw", "Straw", "person", "-")
    assert row["start"] == 0 and row["paragraph"] == -1


def test_colon_source_in_headline():
    body = "President Donald Trump will visit Israel next week, the news site Politico reported."
    row = title_rows(extract_quotes(articles(("p", "Trump to visit Israel next week: Politico", body)))).iloc[0]
    assert (row["text"], row["speaker"], row["speaker_type"], row["cue"]) == \
        ("Trump to visit Israel next week", "Politico", "media", ":")


def test_quote_after_a_leading_person_is_that_persons_whatever_the_body_attributes():
    # "Pence:" says who speaks; in the body the word "mocking" is also said by another person
    body = ("Donald Trump said on Saturday that he was mocking the Clinton camp.\n\n"
            "Mike Pence said the tweet was a joke. \"It was mocking them,\" Mr. Pence said.")
    title = "Pence: Trump was 'mocking' Clinton camp"
    row = title_rows(extract_quotes(articles(("m", title, body)))).iloc[0]
    assert (row["kind"], row["text"], row["speaker"], row["speaker_mention"], row["cue"]) == \
        ("partial", "mocking", "Mike Pence", "Pence", ":")
    # a quote outside the leading person's content, or a label that names nobody, keeps the body's speaker
    row = title_rows(extract_quotes(articles(("n", "Debate: Trump was 'mocking' Clinton camp", body)))).iloc[0]
    assert row["speaker"] == "Donald Trump" and row["speaker_mention"] == ""


def test_label_before_a_trailing_source_is_not_content():
    title = "Exclusive: U.S. needs to improve oversight of labs - report"
    row = title_rows(extract_quotes(articles(("r", title, PLAN)))).iloc[0]
    assert (row["text"], row["speaker"], row["speaker_type"]) == ("U.S. needs to improve oversight of labs", "report",
                                                                  "media")
    assert title[row["start"]:row["end"]] == row["text"]


def test_headline_label_that_is_no_source_gives_no_row():
    # a topic label or a name the body does not give is not a source
    out = extract_quotes(articles(("x", "Brexit: what happens to the border next", PLAN),
                                  ("y", "Lords wrong on detainees - Straw", PLAN)))
    assert title_rows(out).empty


def test_headline_without_quote_gives_no_title_row():
    out = extract_quotes(articles(("a", "Minister backs housing plan", PLAN)))
    assert title_rows(out).empty and list(out["speaker"]) == ["Ann Lee"]


def test_cue_less_headline_fragment_the_body_does_not_quote_is_a_scare_quote():
    out = extract_quotes(articles(("a", "Minister backs 'radical' plan", PLAN)))
    assert title_rows(out).empty


def test_cue_less_full_quote_in_headline_with_no_body_match_is_unresolved():
    row = title_rows(extract_quotes(articles(("a", "\"We will not back down\"", PLAN)))).iloc[0]
    assert (row["kind"], row["speaker"], row["speaker_type"]) == ("direct", "(unresolved)", "unresolved")


def test_missing_or_empty_titles_and_no_title_column():
    table = articles(("a", None, PLAN), ("b", "", PLAN), ("c", float("nan"), PLAN))
    out = extract_quotes(table)
    assert set(out["location"]) == {"text"} and len(out) == 3
    no_title = extract_quotes(articles(("a", "ignored", PLAN), title=False))
    assert list(no_title.columns) == COLUMNS and list(no_title["location"]) == ["text"]
    empty = extract_quotes(articles(title=False))
    assert list(empty.columns) == COLUMNS and empty.empty


def test_rows_sorted_title_first_per_article():
    out = extract_quotes(articles(("b", "Lords wrong on detainees - Straw", STRAW),
                                  ("a", "UK 'needs true immigration data'", HOWARD)))
    key = list(zip(out["article_id"], out["location"] != "title", out["start"]))
    assert key == sorted(key) and list(out["location"][:2]) == ["title", "text"]


def test_summaries_count_headlines_apart():
    table = articles(("a", "UK 'needs true immigration data'", HOWARD), ("b", "Minister backs plan", PLAN))
    table["n_words"] = [30, 10]
    found = extract_quotes(table)
    share = quoted_share(found, table, by="article_id").set_index("group")
    assert share.loc["a", "n_title"] == 1 and share.loc["b", "n_title"] == 0
    assert share.loc["a", "quoted_words"] == 4  # the body's quote, not the headline's too
    assert share.loc["a", "n_attributions"] == 2 and share.loc["a", "n_partial"] == 1
    shares = speaker_shares(found, table, by="article_id")
    assert shares.loc[shares["group"] == "a", "quoted_words"].tolist() == [4]
    positions = quote_positions(found, table, by="article_id")
    assert (positions["paragraph"] >= 0).all() and len(positions) == (found["location"] == "text").sum()
    lines = describe_quotes(found, table, by="article_id")
    assert "1 more attribution(s) are in the headline(s)" in lines[0]
    assert "headline" not in lines[1]


def test_summaries_of_a_table_without_location():
    table = articles(("a", "UK 'needs true immigration data'", HOWARD))
    table["n_words"] = [30]
    found = extract_quotes(table).drop(columns="location")
    found = found[found["paragraph"] >= 0]
    assert quoted_share(found, table, by="article_id")["n_title"].tolist() == [0]


def test_cli_prints_the_location(tmp_path):
    """The loader moves the headline line into ``title``; the quotes command prints its row and the column."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "2005-02-07_migration.txt").write_text("UK 'needs true immigration data'\n\n" + HOWARD + "\n",
                                                     encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["quotes", str(folder), "--format", "csv"]) == 0
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == COLUMNS
    assert frame[["location", "kind", "speaker", "paragraph"]].values.tolist()[0] == \
        ["title", "partial", "Michael Howard", -1]
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["quotes", str(folder)]) == 0
    assert "location" in out.getvalue().splitlines()[0] and " title " in out.getvalue()


def test_dask_path_equals_pandas_path():
    table = articles(("a", "UK 'needs true immigration data'", HOWARD),
                     ("b", "Lords wrong on detainees - Straw", STRAW),
                     ("c", "Minister backs plan", PLAN),
                     ("d", None, PLAN))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster:
        try:
            work = execute.distribute(table, cluster.scheduler_address, npartitions=2)
            assert_frame_equal(extract_quotes(work), extract_quotes(table))
        finally:
            execute.close_clients(cluster.scheduler_address)


def test_a_headline_role_is_the_body_person_who_holds_it():
    out = extract_quotes(articles(("a", "Maine governor says he will not expand Medicaid despite vote",
                                   "Maine Governor Paul LePage said on Wednesday he would not expand the program.")))
    head = out[out["location"] == "title"]
    assert (head["speaker"].tolist(), head["speaker_type"].tolist()) == (["Paul LePage"], ["person"])


def test_a_headline_role_after_a_places_name_is_the_bodys_one_holder_of_the_role():
    body = ("NAPLES - The evacuation plan exists only on paper, Mayor Raffaele Iovino told ANSA. The council's chief "
            "executive and leader of its officers, Helen Ofori, said a review was under way.")
    head = title_rows(extract_quotes(articles(("a", "Campi Flegrei: Pozzuoli mayor says plan a 'shambles'", body),
                                              ("b", "Tory council leader says plan a 'shambles'", body))))
    assert head["speaker"].tolist() == ["Raffaele Iovino", "Tory council leader"]


def test_a_country_or_a_bare_noun_before_words_the_body_quotes_is_the_body_speaker():
    body = ("Fisheries Minister Ingrid Solbakken said on Monday the new quota was \"a slap in the face\" for coastal "
            "towns.\n\nThe ministry said talks would continue.")
    for title in ("Norway says new cod quota 'a slap in the face'", "Minister says cod quota 'a slap in the face'"):
        out = title_rows(extract_quotes(articles(("a", title, body))))
        assert out["speaker"].tolist() == ["Ingrid Solbakken"], title


def test_a_one_word_headline_quote_the_body_quotes_goes_to_its_body_speaker_but_a_group_stays():
    body = ('Playwright Tobias Renfrew called the cancellation "cowardice" and said he would stage the play '
            "elsewhere.\n\nThe theatre said the decision was final.")
    out = title_rows(extract_quotes(articles(("a", "Theatre drops play; playwright calls decision 'cowardice'", body))))
    assert out["speaker"].tolist() == ["Tobias Renfrew"]
    body = 'Fisherman Angus Rae said the plan was "a disaster for the island".'
    out = title_rows(extract_quotes(articles(("b", "Islanders say ferry plan 'a disaster for the island'", body))))
    assert out["speaker"].str.lower().tolist() == ["islanders"]


def test_a_one_word_headline_quote_inside_a_longer_body_quotation_and_a_quoted_sentence_go_to_the_body_speaker():
    body = ("Two coaches were questioned. Head coach Rick Dunleavy said he was being \"made a scapegoat\" for the "
            "players.\n\nAssistant coach Mia Lowe declined to comment.")
    out = title_rows(extract_quotes(articles(("a", "University fires coach; coach says he's a 'scapegoat'", body))))
    assert out["speaker"].tolist() == ["Rick Dunleavy"]
    body = '"They took the heart out of this neighborhood," said Gloria Benítez, who has lived nearby for 30 years.'
    out = title_rows(extract_quotes(articles(
        ("b", "Council closes library: 'They took the heart out of this neighborhood,' resident says", body))))
    assert out["speaker"].tolist() == ["Gloria Benítez"]


def test_a_surname_the_body_writes_alone_takes_the_full_name_the_headline_gives():
    body = ('"The comments were outrageous and dangerous," said Richards. "We will keep fighting," Richards said.')
    # another Richards in the corpus: the corpus-wide surname rule cannot decide, the article's headline can
    other = ("c", "Texas politics", '"Texas is changing," Ann Richards said in 1990.')
    out = extract_quotes(articles(("a", "Cecile Richards: 'I'm sick of men telling us what to do'", body), other))
    body_rows = out[(out["location"] == "text") & (out["article_id"] == "a")]
    assert body_rows["speaker"].tolist() == ["Cecile Richards", "Cecile Richards"]
    out = extract_quotes(articles(("b", "Hacker Guccifer: server 'like an open orchid'",
                                   '"It was easy," Guccifer said.')))
    assert out.loc[out["location"] == "text", "speaker"].tolist() == ["Guccifer"]


def test_a_bodys_short_form_in_a_headline_is_the_body_the_text_names_in_full():
    body = ("Calder Point Capital, the activist hedge fund, has called on Thornbury Group to sell its defence arm.\n\n"
            "Donald Trump said the deal was bad.")
    row = title_rows(extract_quotes(articles(("c", "Calder Point calls for Thornbury to sell defence arm", body))))
    assert (row.iloc[0]["speaker"], row.iloc[0]["speaker_type"]) == ("Calder Point Capital", "organization")
    # a person the body names in full keeps the person, even with a body of that name speaking too
    body = "The Trump Organization said it would appeal.\n\nDonald Trump said the ruling was a disgrace."
    row = title_rows(extract_quotes(articles(("t", "Trump says ruling is a disgrace", body)))).iloc[0]
    assert row["speaker"] == "Donald Trump"
    # but not a body whose name goes on with "of" another's: the county is not the county's office of the coroner
    body = ("Heat killed 90 people in Yavapai County last year, according to a report released Monday by the Yavapai "
            "County Office of the Medical Examiner.\n\nThe report said most of the dead were over 60.")
    title = "Heat killed 90 people in Yavapai County. Here's what the county says it will change"
    row = title_rows(extract_quotes(articles(("y", title, body)))).iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("Yavapai County", "organization")


def test_a_headlines_unnamed_source_is_the_person_the_body_describes_with_its_words():
    body = ('Plans to downgrade the unit have been described as "a betrayal of every family on this coast" by the '
            'shadow health minister.\n\nConservative frontbencher Dr Rupert Aldane said the plan was wrong.')
    title = "Maternity unit downgrade 'a betrayal of families', says shadow minister"
    row = title_rows(extract_quotes(articles(("m", title, body)))).iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("Rupert Aldane", "person")


def test_says_charity_in_a_headline_is_the_body_its_quoted_source_works_for():
    title = "Dumped e-bikes are 'a menace to blind Londoners', says charity"
    body = ("Raymond Osei, chief executive of the London Vision Alliance, said dumped bikes had become \"a menace to "
            "blind Londoners\".")
    row = title_rows(extract_quotes(articles(("a", title, body)))).iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("London Vision Alliance", "organization")


def test_says_coach_in_a_headline_keeps_the_person_the_body_quotes():
    title = "Team was 'never good enough', says coach"
    body = "Dale Pruden, head coach of the Minnedosa Mallards, said the team was \"never good enough\"."
    assert title_rows(extract_quotes(articles(("a", title, body)))).iloc[0]["speaker"] == "Dale Pruden"


def test_a_question_after_a_headline_colon_is_no_ones_report():
    body = "Ted Cruz is running for president. \"I will win,\" Ted Cruz said."
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [
        "Ted Cruz: Constitutional conservative or another typical career politician?"], "text": [body]}))
    assert (out["location"] == "title").sum() == 0


def test_a_headline_verb_after_a_body_noun_ends_the_source_phrase():
    title = "Nepal's top court reinstates sacked anti-graft chief, calls dismissal 'unconstitutional'"
    text = ("KATHMANDU, Feb 6 (Reuters) - Nepal's Supreme Court on Thursday reinstated the head of the country's "
            "anti-corruption agency, ruling that the government's decision to dismiss him was unconstitutional and "
            "\"tainted by a clear conflict of interest.\"")
    row = title_rows(extract_quotes(articles(("a", title, text)))).iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("Nepal's Supreme Court", "organization")


def test_a_headline_source_by_its_letters_is_the_body_it_stands_for():
    text = "Veltrona is recalling 210,000 insulin pumps, the U.S. Food and Drug Administration said on Tuesday."
    head = title_rows(extract_quotes(articles(("a", "Veltrona recalls insulin pumps, FDA says", text))))
    assert head.loc[head["cue"] == "says", "speaker"].tolist() == ["U.S. Food and Drug Administration"]


def test_a_headlines_noun_after_calls_is_its_object_not_the_cue():
    title = "Councillor docked 90 days’ pay for leaking memo; she calls report ‘a hit job’"
    body = ("Hamilton city council has docked Coun. Dana Szabo 90 days’ pay.\n\nSzabo told reporters the "
            "investigation had been “a hit job from start to finish.”")
    assert title_rows(extract_quotes(articles(("a", title, body))))["speaker"].tolist() == ["Dana Szabo"]


def test_a_role_in_capitals_in_a_headline_is_the_body_source_described_with_it():
    body = "Joanne Rumbolt, the Progressive Conservative MHA for Lake Melville, said the new directive was wrong."
    out = extract_quotes(articles(("a", "Patients will be sleeping in their cars under travel rule, MHA warns", body),
                                  ("b", "Patients will be sleeping in their cars under travel rule, NATO warns", body)))
    assert title_rows(out)["speaker"].tolist() == ["Joanne Rumbolt", "NATO"]


def test_a_headlines_he_is_the_person_the_body_gives_the_quoted_words_not_a_name_written_before():
    title = "American Royal strips Olathe pitmaster of brisket title; he says he ‘cooked every bite’ himself"
    body = ("The brisket that took the top prize at this year’s American Royal World Series of Barbecue was not cooked "
            "on the contest grounds, organizers concluded this week, and the Olathe pitmaster who turned it in has "
            "been stripped of his grand championship.\n\nDale Renfro, 52, whose team won the brisket category, says "
            "the ruling has cost him something worth more than money.\n\n“I cooked every bite of that brisket "
            "myself,” Renfro told The Star on Tuesday.\n\nIn a four-page decision released Monday, the American "
            "Royal’s contest committee found that the winning brisket was cooked off site.")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head.loc[head["cue"] == "says", "speaker"].tolist() == ["Dale Renfro"]


def test_a_headlines_boss_is_no_plural_group_and_takes_the_body_speaker_of_its_quoted_words():
    title = "Ottawa shelves Keefer Terminal dredging; port boss warns grain ships will sail 'half-empty'"
    body = ("Marcie Lindqvist, president of the Thunder Bay Port Authority, criticised the news.\n\nLindqvist warned the "
            "decision could leave grain vessels sailing out of the Lakehead \"half-empty\" by the end of the decade.")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["speaker"].tolist() == ["Marcie Lindqvist"]


def test_a_headlines_label_before_a_colon_is_not_the_subject_of_its_coordinated_verb():
    title = "Kota coaching fire: HC raps Rajasthan govt, says safety rules 'exist only on paper'"
    body = ("The Rajasthan High Court on Wednesday pulled up the state government, observing that fire safety rules "
            "appeared to \"exist only on paper\".\n\nA fire audit submitted to the court by the Kota Municipal "
            "Corporation said that 40 buildings lacked exits.")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["speaker"].tolist() == ["Rajasthan High Court"]
    assert head["speaker_mention"].tolist() == ["HC"]


def test_a_headlines_trailing_source_in_letters_takes_the_body_name_a_body_row_wrote_them_for():
    title = "Halal certification deadline for small food vendors extended to 2028: BPJPH"
    body = ("The Halal Product Assurance Agency (BPJPH) has given small vendors until 2028.\n\nMore than 1.2 million "
            "products have been certified, according to BPJPH data.")
    assert title_rows(extract_quotes(articles(("a", title, body))))["speaker"].tolist() == [
        "Halal Product Assurance Agency"]


@pytest.mark.parametrize("title", [
    "Kessler to cut 420 jobs; veteran machinist says workers saw it coming",
    "Fisherman recalls the storm that sank his boat",
])
def test_one_unnamed_person_in_a_headline_is_the_first_person_the_body_quotes(title):
    body = ("The company will lay off about 420 workers.\n\nDarnell Pruitt, 51, said workers had expected the cuts for "
            "months.\n\nMayor Ann Lee said the city would help.")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["speaker"].tolist() == ["Darnell Pruitt"]


def test_a_group_in_a_headline_stays_the_group():
    title = "Fishermen say the new quota will ruin them"
    body = "Darnell Pruitt, 51, said the quota was too low.\n\nOthers agreed."
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["speaker"].tolist() != ["Darnell Pruitt"]


def test_a_label_after_a_colon_holding_a_comma_is_no_headline_source():
    title = "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal."
    body = "Tom Clarke, a nursing home owner, bought a coal mine in Kentucky to keep the coal in the ground."
    assert title_rows(extract_quotes(articles(("a", title, body)))).empty


def test_a_whole_quotation_the_headline_gives_by_no_name_is_whose_the_body_says_it_is():
    title = "Water judge orders gravel pit to stop pumping from ditch: 'The water was never theirs to take'"
    text = ("Water Judge Lorna Castell ordered Cedar Mesa Aggregates to stop pumping from the Highline Ditch.\n\n"
            "\"The water was never theirs to take,\" said Wade Prewitt, the ditch company's president.")
    out = extract_quotes(articles(("a", title, text)), progress=False)
    head = out[out["location"] == "title"]
    assert head[["kind", "text", "speaker"]].values.tolist() == [
        ["direct", "The water was never theirs to take", "Wade Prewitt"]]


def test_a_headline_s_trailing_role_is_the_body_s_one_holder_of_it():
    body = ("BAKU, November 10. Georgia will start joint customs control in 2027, Georgia's Deputy Minister of Finance "
            "Nodar Kvinikadze told Trend.")
    minister = body.replace("Deputy ", "")
    head = title_rows(extract_quotes(articles(
        ("a", "Georgia to start joint customs control in 2027 – deputy minister", body),
        ("b", "Georgia to start joint customs control in 2027 – Minister", minister),
        ("c", "Georgia to start joint customs control in 2027 – Minister", body))))  # (a deputy is no "Minister")
    assert head["speaker"].tolist() == ["Nodar Kvinikadze", "Nodar Kvinikadze", "Minister"]


def test_a_headline_s_portfolio_and_office_is_the_body_s_one_holder_of_the_office():
    body = ("MASERU – Community councils will keep 30 percent of local revenue, the Minister of Local Government and "
            "Chieftainship Affairs, Honourable Motlatsi Ramakoae, told the National Assembly.")
    head = title_rows(extract_quotes(articles(("a", "Councils to keep 30 percent of revenue – Local Government Minister",
                                               body))))
    assert head["speaker"].tolist() == ["Motlatsi Ramakoae"]


def test_a_headline_quote_ending_in_s_closes_before_its_colon_not_at_a_later_possessive():
    title = "‘We sang our way out of the shafts’: After 46 years, the Miners’ Chorus takes its final bow"
    body = "“We sang our way out of the shafts. That’s how I always put it,” said Walter Nieminen, 81."
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head[["text", "speaker"]].values.tolist() == [["We sang our way out of the shafts", "Walter Nieminen"]]


def test_a_headline_quote_naming_what_the_body_quote_calls_by_a_pronoun_is_the_body_speaker_s():
    title = "'Fly knows what I'm thinking before I do': shepherd, 74, to run for Wales"
    body = ("Emrys Thomas has trained his dog for six years.\n\n\"Somewhere around two she just clicked, and now she "
            "knows what I'm thinking before I do,\" Mr Thomas said.")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["speaker"].tolist() == ["Emrys Thomas"]


def test_a_body_denial_echoing_a_headline_s_words_does_not_take_its_quotation():
    title = 'Rota leaves wards "dangerously short of nurses at night"'
    body = ("The union said wards were left without enough nurses at night.\n\nHospital director Ann Moss said: \"Our "
            "wards are not dangerously short of staff at night.\"")
    assert title_rows(extract_quotes(articles(("a", title, body)))).empty


COUNCILLORS = ("Cllr Moira Strachan, who represents the city centre, said the move would \"take the game away from "
               "ordinary Perth folk\".\n\nBut the council's depute leader, Cllr Ewan Farquharson, insisted there were "
               "no good options left. The SNP councillor said the course lost money.")


def test_a_headline_s_role_noun_is_the_holder_the_body_gives_the_quoted_words_to():
    title = "Closing golf course would 'take the game away from ordinary Perth folk', says councillor"
    head = title_rows(extract_quotes(articles(("a", title, COUNCILLORS))))
    assert head[["speaker", "speaker_type"]].values.tolist() == [["Moira Strachan", "person"]]


def test_a_headline_s_role_noun_before_a_quoted_fragment_is_the_holder_the_body_gives_the_fragment_to():
    # the span is what the marks hold (the marks outside it); "Summer Games" is no person either
    title = "Town pulls out of 2028 Alberta Summer Games bid; councillor calls 4-3 vote 'a failure of nerve'"
    body = ("The town will not host the 2028 Alberta Summer Games after council voted 4-3.\n\nMayor Ron Plaxton said "
            "the decision was the hardest of his two terms. Coun. Leah Moroz said the town could not afford it.\n\n"
            "Coun. Dana Kirchner, who sat on the bid committee, called the vote \"a failure of nerve.\"")
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head[["text", "speaker"]].values.tolist() == [["a failure of nerve", "Dana Kirchner"]]


def test_a_headline_s_plural_group_stays_a_group_whoever_the_body_quotes():
    title = "Closing golf course would 'take the game away from ordinary Perth folk', councillors say"
    head = title_rows(extract_quotes(articles(("a", title, COUNCILLORS))))
    assert head["speaker"].tolist() == ["councillors"]


def test_a_headline_s_role_noun_passes_over_a_body_speaker_who_does_not_hold_it():
    body = ('Resident Jane Doe said the plan would "destroy the village". Councillor Tom Hale, who chairs planning, '
            'agreed the scheme would "destroy the village".')
    head = title_rows(extract_quotes(articles(("a", "Plan would 'destroy the village', says councillor", body))))
    assert head[["speaker", "speaker_type"]].values.tolist() == [["Tom Hale", "person"]]


def test_a_headline_s_role_noun_with_a_country_is_the_minister_of_that_country():
    body = ("The deal was signed by Guyana’s Minister of Foreign Affairs, Mr Rohan Kissoon, and Barbados’ Minister of "
            "Tourism and International Transport, Ms Deborah Clarke-Gittens.\n\nKissoon said the service would start "
            "soon. Clarke-Gittens said the first sailing was expected ‘within 18 months’.")
    title = "Guyana, Barbados sign ferry deal; first sailing ‘within 18 months’, says Barbados minister"
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert set(head["speaker"]) == {"Deborah Clarke-Gittens"}


def test_an_office_s_initials_after_a_headline_s_dash_are_the_body_s_holder_of_that_office():
    body = ("Three people have died in an anthrax outbreak, Dr Ronald Tumusiime, the Kiruhura District Health "
            "Officer, told reporters on Monday. Dr Annet Mugisha, a vet, said cattle were being vaccinated.")
    head = title_rows(extract_quotes(articles(("a", "Three dead in Kiruhura anthrax outbreak - DHO", body))))
    assert head[["speaker", "speaker_type"]].values.tolist() == [["Ronald Tumusiime", "person"]]


def test_review_a_force_s_initials_after_a_headline_s_dash_stay_the_force():
    body = "Two people died in a crash on Highway 401 on Monday, Ontario Provincial Police Const. Maggie Pickett said."
    head = title_rows(extract_quotes(articles(("a", "Two dead in Highway 401 crash - OPP", body))))
    assert head["speaker"].tolist() != ["Maggie Pickett"]


def test_a_headline_s_village_head_is_the_body_s_alcalde():
    # (fiftieth session: "Alcalde" is a title, "alcalde" a role noun)
    out = extract_quotes(articles(("a", "Clinic closed for a month, alcalde says",
                                   "SAN BENITO - Alcalde Marcos Choc told reporters that the clinic had no nurse.")))
    head = out[out["location"] == "title"]
    assert (head["speaker"].tolist(), head["speaker_type"].tolist()) == (["Marcos Choc"], ["person"])


def test_a_headline_s_office_initials_are_the_body_s_holder_of_the_office_so_bracketed():
    # (fiftieth session: initials the body gives an office in brackets, four letters here)
    out = extract_quotes(articles(("a", "Walkout as Health CECM says clinics will open in June",
                                   "The County Executive Committee Member (CECM) for Health, Ms. Wanjiru Kamau, told "
                                   "reporters the budget had been approved.")))
    head = out[out["location"] == "title"]
    assert (head["speaker"].tolist(), head["speaker_type"].tolist()) == (["Wanjiru Kamau"], ["person"])


def test_a_body_s_letters_after_a_title_are_not_the_office_s():
    # (fiftieth session's review: the Chief Executive Officer is no "NHIF")
    out = extract_quotes(articles(("a", "Claims backlog cleared, says NHIF",
                                   "The Chief Executive Officer (NHIF), Dr. Peter Kamau, said the backlog had been "
                                   "cleared.")))
    head = out[out["location"] == "title"]
    assert (head["speaker"].tolist(), head["speaker_type"].tolist()) == (["NHIF"], ["organization"])


@pytest.mark.parametrize("title, expected", [
    # a headline in title case: its reporting verb read as a verb, what it reports as written
    ("Trump Says He Will Not Release His Tax Returns Before The Election",
     [("Donald Trump", "He Will Not Release His Tax Returns Before The Election")]),
    ("Theresa May Says Britain Will Leave The Customs Union",
     [("Theresa May", "Britain Will Leave The Customs Union")])])
def test_a_title_case_headline_s_reporting_verb(title, expected):
    body = {"Trump": "Donald Trump said on Tuesday that he would not release his returns.",
            "Theresa": "Theresa May said on Tuesday that Britain would leave."}[title.split()[0]]
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert list(zip(head["speaker"], head["text"])) == expected


def test_a_title_case_headline_that_quotes_keeps_its_reading():
    # (the quoted words stay a partial quotation, not a clause in title case)
    out = extract_quotes(articles(("a", "Annika Thorsen Says Ferry Cuts 'Will Hurt'",
                                   "Annika Thorsen said the cuts \"will hurt\" islanders.")))
    head = title_rows(out)
    assert head["kind"].tolist() == ["partial"] and head["text"].tolist() == ["Will Hurt"]


@pytest.mark.parametrize("title, body, speaker", [
    ("GOP Rep McCaul Announces Bill Revoking Security Clearances.",
     "Rep. Michael McCaul discussed the legislation on Wednesday.", "Michael McCaul"),
    ("Former Mexico leader Calderon calls border wall 'stupid'",
     "Count former Mexican President Felipe Calderon among the plan's detractors.", "Felipe Calderon")])
def test_a_headline_surname_after_role_words_is_the_body_person(title, body, speaker):
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [title], "text": [body]}), progress=False,
                         scheduler="sync")
    assert out.loc[out["location"] == "title", "speaker"].tolist() == [speaker]


@pytest.mark.parametrize("title, body", [
    ("GOP Rep McCaul Announces Bill Revoking Security Clearances.",
     "The Texas congressman discussed the legislation on Wednesday. His daughter, Caroline McCaul, said he was tired."),
    ("Former Mexico leader Calderon calls border wall 'stupid'",
     "Count the former president among the detractors. Analyst Luis Calderon said the remark was typical.")])
def test_a_headline_surname_after_role_words_is_no_body_person_of_another_role(title, body):
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [title], "text": [body]}), progress=False,
                         scheduler="sync")
    assert not set(out.loc[out["location"] == "title", "speaker"]) & {"Caroline McCaul", "Luis Calderon"}


def test_a_headline_ministry_by_its_field_is_the_ministry_the_body_names_in_full():
    title = "Nadi flood levee pushed back to 2028 – Waterways Ministry"
    body = ("NADI – The flood levee will not be finished before 2028, the Ministry of Agriculture and Waterways has "
            "confirmed.\n\nThe Waterways Ministry said funding had been delayed.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [title], "text": [body]}), progress=False,
                         scheduler="sync")
    assert set(out["speaker"]) == {"Ministry of Agriculture and Waterways"}


@pytest.mark.parametrize(("title", "reading"), [
    # an adverb between a name and its verb, and a modal that is also a given name, are no part of the name
    ("Donald Trump Just Revealed Who He Wants As His Running Mate",
     "Donald Trump just revealed who he Wants as his Running Mate"),
    ("Trump May Not Have Suggested A Muslim Database", "Trump may not have suggested A Muslim Database"),
    # ... but a given name keeps its capital
    ("Theresa May Says Brexit Means Brexit Today", "Theresa May says Brexit Means Brexit Today"),
    ("Will Hutton Says Britain Will Be Fine Soon", "Will Hutton says Britain will be Fine Soon"),
])
def test_title_case_adverbs_and_modals_are_read_in_lower_case(title, reading):
    from analysis.quotes.headlines import sentence_cased
    assert sentence_cased(title) == reading


@pytest.mark.parametrize("title, kind", [
    # a sentence quoted whole after a semicolon opens a clause of its own, as after a colon or a full stop
    ("Council split over naming the rink; 'It sends the wrong message,' councillor says", "direct"),
    ("Council split over naming the rink: 'It sends the wrong message,' councillor says", "direct"),
    # inside a clause the words quoted are a fragment of it
    ("Driver was 'looking at her phone, not the road,' judge says", "partial"),
])
def test_headline_sentence_quoted_after_a_semicolon_is_direct(title, kind):
    body = "Councillor Ann Roy said: \"It sends the wrong message, and I voted against it.\""
    head = title_rows(extract_quotes(articles(("a", title, body))))
    assert head["kind"].tolist() == [kind]
