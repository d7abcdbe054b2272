"""Speaker rules of issue 11 on small texts written for the test (expected speakers from reading them)."""
import pandas as pd
import pytest

from analysis.quotes import extract_article, extract_quotes
from analysis.quotes.speakers import find_people


def rows(text):
    return extract_article(text)[["kind", "text", "speaker", "speaker_mention", "speaker_type"]]


def body_speakers(body):
    """The speakers of the rows of ``body`` under a headline, in order."""
    return rows("Headline\n\n" + body)["speaker"].tolist()


def only(text):
    out = rows(text)
    assert len(out) == 1, out.to_string()
    return out.iloc[0]


def test_a_name_does_not_run_across_the_headline_line_break():
    row = only('Lords wrong on detainees - Straw\n\nJack Straw has attacked the ruling. "It is wrong," he said.')
    assert row["speaker"] == "Jack Straw"


@pytest.mark.parametrize("opener", ["Although", "When", "Meanwhile", "Though"])
def test_a_capitalised_stop_word_is_not_part_of_the_name(opener):
    row = only(f"Kate Reynolds leads the group. {opener} Reynolds said the plan would fail, others disagreed.")
    assert row["speaker"] == "Kate Reynolds"


def test_they_without_a_group_is_unresolved_never_a_person_called_they():
    row = only('The ministers met on Monday. "We will not move," they said.')
    assert (row["speaker"], row["speaker_type"]) == ("(unresolved)", "unresolved")


def test_a_cue_less_direct_quote_with_no_earlier_speaker_is_unresolved():
    row = only('"We will not move on this at all."')
    assert (row["speaker"], row["speaker_type"]) == ("(unresolved)", "unresolved")


def test_her_as_a_source_is_the_woman_named_before():
    from analysis.quotes.speakers import classify_source, find_people
    text = "Mary Smith spoke first. Her"
    assert classify_source("Her", len(text), find_people(text)) == ("Mary Smith", "person")


def test_a_name_followed_by_an_appositive_is_the_speaker_not_the_role():
    row = only("Lauren Ehrsam, a department spokeswoman, said the agency disagreed with the ruling.")
    assert (row["speaker"], row["speaker_type"]) == ("Lauren Ehrsam", "person")


def test_a_description_naming_someone_else_before_the_appositive_name_is_the_named_persons():
    text = ("Headline\n\nTed Cruz spoke in Iowa.\n\nOne pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist "
            "Church in Marion, said he had made more than 150 phone calls to other pastors.")
    assert only(text)["speaker"] == "Darran Whiting"


def test_another_full_name_set_off_after_a_name_gives_it_no_roles():
    from analysis.quotes.speakers import find_people
    text = "Ted Cruz spoke. One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said so."
    roles = {m.person.name: m.person.roles for m in find_people(text)}
    assert roles["Ted Cruz"].isdisjoint({"darran", "whiting", "liberty", "baptist", "church"})


def test_of_a_place_is_not_part_of_a_name():
    row = only("Representative Bobby Scott of Virginia said he had never harassed anyone.")
    assert row["speaker"] == "Bobby Scott"


def test_may_after_a_title_is_a_surname_not_the_modal():
    out = rows("Green Party leader Elizabeth May spoke on Monday. Ms. May said the count would be challenged.")
    assert list(out["speaker"]) == ["Elizabeth May"]
    assert list(out["text"]) == ["the count would be challenged"]


def test_a_short_reported_clause_is_an_attribution():
    row = only("Jane Doe arrived late. She said the weather was fine.")
    assert (row["kind"], row["text"], row["speaker"]) == ("indirect", "the weather was fine", "Jane Doe")


@pytest.mark.parametrize("word", ["Billionaire", "Rival", "Crooked"])
def test_an_ordinary_word_before_a_name_is_not_part_of_it(word):
    row = only(f"{word} Donald Trump said the election was rigged against him.")
    assert row["speaker"] == "Donald Trump"


def test_she_goes_to_the_woman_by_her_given_name_not_the_last_man_named():
    text = ('Caroline Lucas welcomed the report on Monday. Officials met John Smith later. '
            '"This is a step forward," she added.')
    out = rows(text)
    assert out[out["kind"] == "direct"]["speaker"].tolist() == ["Caroline Lucas"]


def test_a_person_named_in_what_is_reported_is_not_the_pronoun_speaker():
    text = ('Tony Blair has failed, Michael Howard has said.\n\n'
            'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution".')
    out = rows(text)
    assert set(out["speaker"]) == {"Michael Howard"}, out.to_string()


@pytest.mark.parametrize("opener", ["Despite", "Like", "Citing"])
def test_a_preposition_or_participle_opening_the_sentence_is_not_part_of_the_name(opener):
    row = only(f"Paul Santilli spoke to the crowd. {opener} Santilli, officials said the rally would go ahead as planned.")
    assert row["speaker"] == "officials"


def test_title_case_words_before_a_name_are_not_part_of_it():
    row = only("Progressives Are Celebrating Hillary Clinton said the campaign had raised more money this month.")
    assert row["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize("source", ["But", "One", "Thursday"])
def test_a_source_that_names_nobody_is_unresolved(source):
    row = only(f'"We will not move on this at all," {source} said.')
    assert (row["speaker"], row["speaker_type"]) == ("(unresolved)", "unresolved")


def test_a_conjunction_before_a_pronoun_is_dropped():
    from analysis.quotes.speakers import classify_source, find_people
    text = "Mary Smith arrived late on Monday. But she said"
    people = find_people(text)
    assert classify_source("But she", text.index("But she") + 7, people) == ("Mary Smith", "person")


def test_a_partial_quote_takes_the_verb_that_cues_quotations_not_the_nearest_verb():
    row = only('Rex Tillerson said his visit showed "real progress" on the talks.')
    assert (row["kind"], row["speaker"]) == ("partial", "Rex Tillerson")


def test_a_short_form_of_a_body_takes_the_full_name_the_article_wrote():
    text = ("The Qualifications and Curriculum Authority (QCA) published its review on Monday. "
            "The QCA said the exams would change. "
            "The Committee for a Responsible Federal Budget met later. The Committee said the plan was too costly.")
    assert rows(text)["speaker"].tolist() == ["Qualifications and Curriculum Authority",
                                              "Committee for a Responsible Federal Budget"]


@pytest.mark.parametrize("full, short", [
    ("the U.S. Department of Agriculture", "a USDA statement"),
    ("the Centers for Disease Control and Prevention", "the CDC"),
    ("the Food Standards Agency", "The FSA"),
])
def test_initials_not_defined_in_brackets_take_the_one_name_they_abbreviate(full, short):
    # the article writes the name in full once and its initials later, without "(USDA)" between them
    text = (f"Inspections were halted on Monday by {full}, officials said. "
            f"The outbreak began in March, according to {short}.")
    assert rows(text)["speaker"].tolist()[-1] == full.removeprefix("the ")


@pytest.mark.parametrize("full, short", [
    ("the Ministry of Defence", "the MoD"),  # a link word's letter in lower case
    ("the Department for Education", "the DfE"),
    ("the Department of Justice", "the DOJ"),  # a link word's letter in capitals
    ("the Organisation for Economic Co-operation and Development", "the OECD"),  # one letter per hyphenated part
])
def test_british_and_hyphenated_initials_take_the_name_they_abbreviate(full, short):
    text = (f"Inspections were halted on Monday by {full}, officials said. "
            f"The outbreak began in March, according to {short}.")
    assert rows(text)["speaker"].tolist()[-1] == full.removeprefix("the ")


def test_initials_defined_in_brackets_may_skip_words_of_the_name():
    text = ("The bowler has not played since February, when the England and Wales Cricket Board (ECB) said he had "
            "withdrawn. In a statement, the ECB said it would support him \"in whatever way he needs\".")
    assert rows(text)["speaker"].tolist()[-1] == "England and Wales Cricket Board"


@pytest.mark.parametrize("quoted", ["Morning Joe", "Contract with America", "Miss Piggy", "@realDonaldTrump",
                                    "60 Minutes"])
def test_names_of_works_slogans_nicknames_and_handles_are_not_attributions(quoted):
    out = rows(f'Jane Doe appeared on "{quoted}" on Monday and said she would run again next year.')
    assert "partial" not in out["kind"].tolist()


def test_a_verb_form_after_a_determiner_or_possessive_is_a_noun_not_a_cue():
    assert rows('Critics shared his comments on the "very fine people" at the rally again on Monday.').empty


@pytest.mark.parametrize("text", [
    'Hundreds marched on Saturday. The signs read "Save Heritage Park - Stop the Tower." Organisers said 300 came.',
    'Sahra\'s slogan, "The sun works for everyone," is painted on every site, Laila Bennani said on Monday.',
    '"We will not sign," Amy Cole said. A card bearing the words "Nothing about the ocean without us" went round.',
    '"We will not sign," Amy Cole said. Many wore orange T-shirts that read "Our Homes, Not Your Portfolio."',
    '"We will not sign," Amy Cole said. Its new flier reads "It is never too late to make the call."',
    '"We will not sign," Amy Cole said. The text has been nicknamed the "Kingston clause" in the corridors.',
    '"We will not sign," Amy Cole said. The council ran a campaign under the slogan \u201cUm azulejo, uma hist\u00f3ria'
    '\u201d (\u201cOne tile, one story\u201d) last year.',
    '"We will not sign," Amy Cole said. Lassiter kept a spreadsheet, labeled \u201cthe rotation,\u201d of the bids.',
    '"We will not sign," Amy Cole said. Most would pay more for items labeled \u201cMade in the U.S.A.\u201d',
])
def test_a_slogan_or_what_a_sign_reads_is_no_attribution(text):
    out = rows(text)
    assert out[(out["kind"] != "indirect") & ~out["text"].str.startswith("We will not")].empty  # (the sentence may
    # still be reported as a whole)


def test_a_participle_after_a_quoted_titles_comma_is_the_sentence_subjects_cue():
    text = ("Headline\n\n\"He is dishonest,\" Trump said of Comey.\n\nFormer Mayor Rudy Giuliani, who backs Trump, "
            "trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer.”")
    out = extract_article(text)
    assert out[["speaker", "cue"]].values.tolist()[-1] == ["Rudy Giuliani", "calling"]


def test_a_participle_after_a_quotations_comma_reports_its_that_clause():
    text = ("Headline\n\nJustice Anneliese Toews rejected the suggestion that it was “a single terrible moment,” "
            "writing that it was the product of “months of choices.”")
    assert rows(text)["text"].tolist()[-1] == "it was the product of “months of choices.”"


def test_a_participle_after_a_document_and_its_time_is_the_issuers_cue():
    text = ("Headline\n\n\"It was a war,\" J.J. Goldberg said.\n\nThe Holocaust Memorial Museum issued a report this "
            "month charging the Islamic State with \"crimes against humanity,\" \"genocide\" and \"mass atrocities.\"")
    assert set(rows(text)["speaker"].tolist()[1:]) == {"Holocaust Memorial Museum"}


def test_an_opening_adjunct_ending_inside_a_titles_marks_ends_before_the_subject():
    text = ("Headline\n\nSpeaking Sunday on ABC’s “This Week,” Ben Carson admitted that the course name was "
            "inaccurate, but said his campaign had found the article and would release it.")
    out = rows(text)
    assert out[["speaker", "text"]].values.tolist() == [
        ["Ben Carson", "the course name was inaccurate"],
        ["Ben Carson", "his campaign had found the article and would release it"]]


@pytest.mark.parametrize("sentence", [
    "But the debate was so subdued that Mr. Trump was prompted to say,",
    "The debate was subdued. That prompted Mr. Trump to say,",
])
def test_who_a_verb_of_causing_moves_to_speak_is_the_speaker(sentence):
    text = f"Headline\n\nTed Cruz spoke first.\n\n{sentence} \"I cannot believe how civil it's been up here.\""
    assert only(text)["speaker"] == "Trump"


@pytest.mark.parametrize("sentence", [
    "Gordon Brown announced plans to merge 35 agencies into nine - described by one civil service union as a",
    "The plan was described by one civil service union as a",
])
def test_a_passive_cues_agent_says_the_fragment(sentence):
    out = rows(f"Headline\n\n{sentence} \"bonfire of the quangos\".")
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["one civil service union"]


def test_called_after_a_singular_word_and_a_preposition_still_cues():
    text = "Mr. Trump uttered charges that Rush Limbaugh, for one, called \u201cliberal Democrat lingo.\u201d"
    assert only(text)["speaker"] == "Rush Limbaugh"


@pytest.mark.parametrize("verb", ["called", "welcomed", "criticised", "condemned"])
def test_verbs_of_judgement_cue_a_partial_quote(verb):
    row = extract_article(f'Jane Doe {verb} the plan a "historic mistake" on Monday.').iloc[0]
    assert (row["kind"], row["speaker"], row["cue"]) == ("partial", "Jane Doe", verb)


@pytest.mark.parametrize("adjunct", ["on Friday", "in July", "last week"])
def test_a_that_less_clause_after_a_time_adjunct_is_reported_speech(adjunct):
    row = only(f"The ethics committee said {adjunct} it had begun an investigation into the reports.")
    assert (row["kind"], row["text"]) == ("indirect", "it had begun an investigation into the reports")


def test_a_cue_set_off_by_commas_in_the_middle_of_the_clause():
    out = rows("Michael Howard spoke on Monday. The Tories, he said, can cut crime and improve public services.")
    # the clause split by its cue is two rows, as a direct quote interrupted by its cue is
    assert out[["text", "speaker"]].values.tolist() == [["The Tories", "Michael Howard"],
                                                         ["can cut crime and improve public services",
                                                          "Michael Howard"]]


def test_a_trailing_cue_followed_by_adding_gives_two_rows_of_one_source():
    out = rows("The camp is full and needs more tents, the Red Cross said, adding that more aid was on the way.")
    assert out["text"].tolist() == ["The camp is full and needs more tents", "more aid was on the way"]
    assert set(out["speaker"]) == {"Red Cross"} and set(out["speaker_type"]) == {"organization"}


def test_an_inverted_trailing_cue_with_an_appositive():
    row = only("Prices will rise next year, said John Smith, chief executive of Acme.")
    assert (row["text"], row["speaker"]) == ("Prices will rise next year", "John Smith")


def test_an_inverted_trailing_source_with_a_place_after_it():
    row = only("The meeting went badly from there, said one GOP source in the room.")
    assert (row["text"], row["speaker_mention"]) == ("The meeting went badly from there", "one GOP source")
    # an object after the verb is not a source: "wrote a host of new songs" reports nothing
    assert rows("Since then, the band, with Brian Burton, wrote a host of new songs.").empty


@pytest.mark.parametrize("addressee", ["MPs", "researchers", "the committee"])
def test_a_that_less_clause_after_an_addressee(addressee):
    row = only(f"Mark Jones told {addressee} the UK would not send more troops.")
    assert (row["text"], row["speaker"]) == ("the UK would not send more troops", "Mark Jones")


def test_an_aside_between_commas_before_that():
    row = only("Jane Doe's lawyers also contended, to no avail, that he was entitled to a new trial.")
    assert row["text"] == "he was entitled to a new trial"


def test_added_with_a_market_figure_is_not_speech():
    assert rows("The CAC 40 added 0.3% to close at a record high on Monday afternoon.").empty


def test_a_titled_name_before_an_appositive_is_the_speaker():
    row = only("Sir Andrew Green, chairman of the organisation, said there was no need for a new body.")
    assert row["speaker"] == "Andrew Green"


def test_three_ordinary_words_are_a_body_not_a_person():
    row = only("Fair Trials Abroad director Stephen Jakobi said there were similarities between the accounts.")
    assert row["speaker"] == "Stephen Jakobi"


def test_a_trailing_adverb_is_not_part_of_the_source():
    row = only("Lib Dem spokesman Ed Davey meanwhile said the plan would cost too much.")
    assert row["speaker"] == "Ed Davey"


def test_a_role_noun_goes_to_the_person_with_that_role():
    out = rows("Cardinal Cormac Murphy-O'Connor spoke at Mass. The cardinal said the war had cost billions of pounds.")
    assert out["speaker"].tolist() == ["Cormac Murphy-O'Connor"]


def test_he_is_the_man_who_opens_the_last_sentence_since_the_last_speaker():
    text = ("Martin Mubanga was held for 33 months. "
            'Home Secretary Charles Clarke said: "I am not organising an investigation." '
            "Mr Mubanga is the first of the four detainees to give an interview. "
            "He told the Observer his worst moment was when he was told he would be released.")
    out = rows(text)
    assert out[out["kind"] == "indirect"]["speaker"].tolist() == ["Martin Mubanga"]


def test_a_leading_and_before_a_name_is_not_a_body_name():
    row = only("And Menzies Campbell, the party's foreign affairs spokesman, said it was vital to act now.")
    assert row["speaker"] == "Menzies Campbell"


def test_a_document_source_goes_to_who_wrote_it():
    text = ("Kory Langhofer, counsel to the transition team, wrote a letter to congressional committees on Saturday. "
            "The letter said the materials had been obtained unlawfully. "
            "Fusion GPS said in a court filing on Friday that its banking data leaked to the media. "
            "The court filing said the company had been targeted by Republicans.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Kory Langhofer", "Fusion GPS", "Fusion GPS"]
    assert "a letter to congressional committees on Saturday" not in out["text"].tolist()


def test_a_first_of_two_surnames_resolves_to_the_full_name():
    out = rows("Melba Acosta Febo runs the bank. Ms. Acosta said the problems started with the lending.")
    assert out["speaker"].tolist() == ["Melba Acosta Febo"]


@pytest.mark.parametrize("source, expected", [("Organizers", ("organizers", "anonymous")),
                                              ("she’s", ("Mary Smith", "person")),
                                              ("Mr", ("(unresolved)", "unresolved"))])
def test_sources_that_are_no_name(source, expected):
    from analysis.quotes.speakers import classify_source, find_people
    text = "Mary Smith arrived. " + source
    assert classify_source(source, len(text), find_people(text)) == expected


def test_it_after_a_document_is_the_document_writer():
    text = ("Kory Langhofer wrote a letter to the committees on Saturday. The staff produced the emails unlawfully, "
            "according to the letter. It said the materials included tens of thousands of emails.")
    assert set(rows(text)["speaker"]) == {"Kory Langhofer"}


def test_a_role_qualified_by_a_name_goes_to_the_person_named_before():
    out = rows("Home Office minister Hazel Blears spoke on Tuesday. "
               "The Salford MP said the threat was most likely to come from extremists.")
    assert out["speaker"].tolist() == ["Hazel Blears"]


def test_an_unnamed_role_does_not_go_to_the_last_person_named():
    out = rows("Jane Doe met the team on Tuesday. The spokesman said the talks would resume next week.")
    assert out["speaker_type"].tolist() == ["anonymous"]


# -- name boundaries: titles, bodies and groups around names (texts written for these tests) -----------------------

def test_title_word_after_a_given_name_is_a_surname():
    rows = extract_article('Michelle Obama spoke first.\n\n"It is over," said Charlie King, a New York Democrat.')
    assert list(rows["speaker"]) == ["Charlie King"]


def test_given_name_after_a_body_starts_the_name():
    rows = extract_article("Chairman of the Joint Chiefs Mark Milley said the troops would stay.")
    assert list(rows["speaker"]) == ["Mark Milley"]
    assert list(rows["role"]) == ["Chairman of the Joint Chiefs"]


def test_plural_group_is_not_a_person_but_a_plural_surname_is():
    names = [m.person.name for m in find_people(
        "American Muslims protested. Jeff Sessions said it was legal. Senate Republicans agreed.")]
    assert names == ["Jeff Sessions"]


def test_short_body_name_goes_to_the_body_not_to_a_person_holding_its_office():
    text = ("The U.S. Commerce Department released data on Monday. Commerce Secretary Wilbur Ross praised it. "
            "Commerce said exports rose by a tenth.")
    rows = extract_article(text)
    assert list(rows["speaker"]) == ["U.S. Commerce Department"]
    assert list(rows["speaker_type"]) == ["organization"]


def test_opening_time_adjunct_is_not_part_of_the_subject():
    rows = extract_article("On Tuesday Prime Minister Tony Blair said the vote would be close.")
    assert list(rows["speaker"]) == ["Tony Blair"] and list(rows["text"]) == ["the vote would be close"]


def test_a_document_dated_by_a_weekday_is_the_document_and_a_noun_cue_is_no_verb():
    rows = extract_article("A news report published Wednesday said the secretary used a private account.")
    # one attribution (not a second one to "A news", cued by the noun "report"), to the report, not to "Wednesday"
    assert list(rows["speaker"]) == ["A news report"] and list(rows["speaker_type"]) == ["media"]
    rows = extract_article("The senator claims the bill will pass.")
    assert list(rows["speaker"]) == ["the senator"]


def test_listed_body_goes_to_the_full_name_the_article_gives_it():
    text = "The U.S. Treasury Department released a study on Monday. Treasury said the plan would pay for itself."
    assert list(extract_article(text)["speaker"]) == ["U.S. Treasury Department"]
    # a state is not short for a body named after it
    text = "The Israel Defence Forces moved in. Israel said the raid was over by noon."
    assert list(extract_article(text)["speaker"]) == ["Israel"]


def test_titled_name_after_from_is_a_person_not_a_place():
    text = ('Lawyers faced tough questioning from Judge Paul Niemeyer, who asked when it would end. '
            '"It is a black box," Niemeyer said.')
    # two attributions: the question he asked (indirect) and the quotation
    assert list(extract_article(text)["speaker"]) == ["Paul Niemeyer", "Paul Niemeyer"]


@pytest.mark.parametrize("text, speaker, stype", [
    ('"Look at the numbers," Ask said.', "Ask", "unknown"),  # a verb, not a surname
    ('"It is free," the Open Library Project said.', "Open Library Project", "organization"),  # "the": a body
    ('"We won," Cruz said.', "Cruz", "person"),  # a surname the article gives alone
    ('"We won," Ann Porter said.', "Ann Porter", "person"),
])
def test_capitalised_words_are_a_person_only_when_they_read_as_a_name(text, speaker, stype):
    out = extract_article(text)
    assert list(out["speaker"]) == [speaker] and list(out["speaker_type"]) == [stype]


def test_the_head_noun_of_a_body_named_before_is_that_body():
    text = ("The House Ethics Committee opened a probe on Thursday. "
            "The committee said the inquiry was not a sign of guilt.")
    out = extract_article(text)
    assert list(out["speaker"]) == ["House Ethics Committee"] and list(out["speaker_type"]) == ["organization"]


def test_a_name_after_from_is_a_person_not_a_place():
    text = ("The best plan comes from Kevin Mackie, a financial adviser in Eau Claire. "
            '"Save a quarter," Mr. Mackie said.')
    assert only(text)["speaker"] == "Kevin Mackie"
    # a place stays a place: no census given name first, or a US state
    assert find_people("She flew in from Virginia Beach and from Los Angeles on Monday.") == []


def test_a_country_after_a_given_name_is_a_surname():
    text = 'Rep. Jim Jordan, an oversight panel member, spoke first. "It raises questions," Jordan said.'
    assert only(text)["speaker"] == "Jim Jordan"


def test_a_partial_quote_whose_nearest_cue_is_inside_a_reported_clause_takes_the_sentence_reporting_verb():
    text = ('Hillary Clinton says Donald Trump\'s flurry of late-night tweets targeting a former beauty queen was '
            '"unhinged, even for him."')
    out = rows(text)
    partial = out[out["kind"] == "partial"]
    assert partial["speaker"].tolist() == ["Hillary Clinton"]


def test_a_follow_on_quote_after_a_partial_inside_a_clause_keeps_the_reporter():
    text = ('Lib Dem spokesman Ed Davey said instead of the "bonfire of quangos" New Labour had promised, there had '
            'been an "explosion" of them. "These agencies have mushroomed."')
    out = rows(text)
    assert set(out.loc[out["kind"] != "indirect", "speaker"]) == {"Ed Davey"}


def test_he_after_a_reporting_verb_is_the_person_who_opens_the_sentence():
    text = ('"There was absolutely no collusion," Donald Trump told reporters on Friday. Russia denies interfering in '
            'the election. On Friday, Representative Adam Schiff, the top Democrat on the committee, said he has '
            'warned that the committee will close its investigation too soon.')  # (a report inside the report: "said he
    # fears ..." was one before fears became a belief, now one row of "said")
    out = rows(text)
    row = out[out["text"].str.startswith("the committee will close")].iloc[0]
    assert row["speaker"] == "Adam Schiff"


@pytest.mark.parametrize("end", [".", "?"])
def test_a_cue_after_a_quote_that_ended_its_sentence_opens_a_new_report(end):
    text = (f'Conservative spokesman John Redwood said: "The research endorses our policy{end}" Lib Dem spokesman '
            'Ed Davey said instead of the "bonfire of quangos" New Labour had promised, there had been an explosion.')
    out = rows(text)
    assert out.loc[out["text"] == f"The research endorses our policy{end}", "speaker"].tolist() == ["John Redwood"]


def test_a_qualified_role_noun_is_not_the_holder_of_the_same_role_under_another_qualifier():
    text = ("Jack Straw has attacked the ruling. Home Secretary Charles Clarke vowed the men would stay in prison. "
            "The foreign secretary said the law lords were wrong to imply the men were held on a whim.")
    out = rows(text)
    row = out[out["text"].str.startswith("the law lords were wrong")].iloc[0]
    assert row["speaker"] == "Jack Straw"


def test_an_abbreviated_title_holds_its_role():
    text = ("Sen. Mary Lane and Bob Price met voters in Ohio on Monday. The tax plan is dead, the senator said.")
    out = rows(text)
    assert out.loc[out["text"] == "The tax plan is dead", "speaker"].tolist() == ["Mary Lane"]


def test_a_date_after_a_body_name_is_not_part_of_it():
    text = ("The U.S. Treasury Department on Monday released a one-page analysis. "
            "Treasury said the tax plan would more than pay for itself in ten years.")
    assert only(text)["speaker"] == "U.S. Treasury Department"


@pytest.mark.parametrize("text", [
    'The plan was swiftly criticized by tax experts and attacked as "fake math" by Democrats on Monday.',
    "Tax study slammed as 'fake math' by Democrats\n\nThe study was released on Monday.",
])
def test_the_agent_of_a_passive_cue_speaks_the_partial_quote(text):
    row = only(text)
    assert (row["kind"], row["speaker"]) == ("partial", "Democrats")


def test_a_ticker_in_brackets_does_not_end_a_trailing_cue():
    text = ('"We are pleased to release an analysis," Treasury Secretary Steven Mnuchin, a former Goldman Sachs '
            '(GS.N) banker, said in a statement.')
    assert only(text)["speaker"] == "Steven Mnuchin"


def test_a_source_cut_before_the_name_its_title_introduces_reaches_the_name():
    text = ("Democratic candidate Hillary Clinton, like Obama, has encouraged European nations to bolster defense "
            "spending but has said she will hold firm to U.S. defense commitments.")
    out = rows(text)
    assert set(out["speaker"]) == {"Hillary Clinton"}


def test_a_role_no_one_holds_goes_to_the_recent_speaker_before_the_last_person_named():
    text = ("Gordon Brown said the union leader was wrong about the government. Jonathan Baume had spoken of rival "
            "agendas between Mr Brown and Mr Blair. But the chancellor said Mr Baume was never at their meetings.")
    out = rows(text)
    row = out[out["text"].str.startswith("Mr Baume was never")].iloc[0]
    assert row["speaker"] == "Gordon Brown"


def test_the_letter_is_its_writer_named_with_a_long_appositive():
    text = ("Kory Langhofer, counsel to the transition team known as Trump for America, Inc. (TFA), wrote a letter to "
            'two committees on Saturday. Staff "unlawfully produced private materials," according to the letter.')
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Kory Langhofer"]


def test_a_transcript_label_opening_a_quotation_is_its_speaker():
    text = ('Mike Pence spoke to Chris Wallace on Sunday.\n\n"WALLACE: Why would he do that?\n\n'
            '"PENCE: Well, look, the question really should be why she invited him.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Chris Wallace", "Mike Pence"]


@pytest.mark.parametrize("text, words, speaker", [
    ('"They broke me," Martin Mubanga said. The US government has held him since 2002. In a statement, it said: '
     '"He was properly detained."', "He was properly detained.", "US government"),
    ("The ethanol industry has opposed caps for years. They said that more ethanol would lower the prices of credits.",
     "more ethanol would lower the prices of credits", "the ethanol industry"),
    ('Some Republicans have argued that Mueller should be fired. Langhofer\'s letter was sent to two committees. It '
     'asked Congress to act "to protect future transitions" from such agencies. Kory Langhofer is its author.',
     'Congress to act "to protect future transitions" from such agencies', "Kory Langhofer"),
])
def test_it_and_they_are_the_body_that_opens_a_sentence_since_the_last_attribution(text, words, speaker):
    out = rows(text)
    assert out.loc[out["text"] == words, "speaker"].tolist() == [speaker]


def test_a_document_with_an_owner_is_the_body_that_owns_it():
    text = ("Fusion GPS asked a judge to block the subpoena on Tuesday. Fusion's court document said that the "
            "subpoena was part of an effort to discredit the firm. The court document said that its founder had "
            "testified in November.")
    out = rows(text)
    assert out.loc[out["text"].str.contains("subpoena was|founder had"), "speaker"].tolist() == ["Fusion GPS"] * 2


def test_a_body_source_with_a_description_after_a_comma_is_the_body():
    text = ("The Congressional Budget Office, a nonpartisan research unit of Congress, has forecast that wealthy "
            "taxpayers would gain the most.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Congressional Budget Office", "organization")


def test_an_account_label_before_a_list_of_posts_is_the_account_owner():
    text = ("The following statements were posted to the Twitter account of U.S. President Donald Trump. Reuters has "
            "not edited the statements or confirmed their accuracy.  @realDonaldTrump : - Our tax bill has a new "
            'source of "love" - that is big companies giving bonuses.')
    row = only(text)
    assert (row["kind"], row["speaker"]) == ("partial", "Donald Trump")


def test_a_body_source_cut_at_for_is_the_body_named_at_that_place():
    text = ('The Committee for a Responsible Federal Budget, a conservative fiscal watchdog in Washington, said the '
            'analysis "makes a mockery of dynamic scoring," referring to forecasting methods.')
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Committee for a Responsible Federal Budget"]


def test_he_after_a_sentence_opened_by_a_role_noun_is_the_holder_of_the_role():
    text = ("Cardinal Cormac Murphy-O'Connor will lead the service. Dr Rowan Williams said the war had damaged faith "
            'in politics.\n\nOn Friday, the Cardinal will ask the congregation to search for peace. "It is possible, '
            'it is real," he will say.')
    out = rows(text)
    assert out.loc[out["kind"] == "direct", "speaker"].tolist() == ["Cormac Murphy-O'Connor"]


def test_a_participle_cue_with_no_source_of_its_own_is_the_person_who_opens_the_sentence():
    text = ('When asked by reporters on Thursday if he was planning to quit, Ryan said with a chuckle: "I\'m not, no." '
            'Asked later about the report, Ryan spokeswoman AshLee Strong did not directly deny it, instead saying: '
            '"This is pure speculation."')
    out = rows(text)
    assert out.loc[out["text"] == "This is pure speculation.", "speaker"].tolist() == ["AshLee Strong"]


@pytest.mark.parametrize("source, expected", [
    ("a document viewed by Reuters on Thursday", ("a document", "media")),
    ("the legal team for two Algerian suspects being held without trial",
     ("the legal team for two Algerian suspects", "unknown")),
    ("Reuters/Ipsos polling", ("Reuters/Ipsos", "media")),
    ("a new Quinnipiac University poll", ("Quinnipiac University", "media")),
])
def test_a_reduced_relative_clause_is_not_the_source_and_a_poll_is_its_pollster(source, expected):
    from analysis.quotes.speakers import classify_source
    assert classify_source(source, 100, []) == expected


def test_the_panel_is_the_committee_the_article_named_with_that_modifier():
    text = ("The U.S. House of Representatives Ethics Committee said on Friday it had begun an investigation. "
            "The ethics panel said that the probe was not a sign the committee had found any wrongdoing.")
    out = rows(text)
    row = out[out["text"].str.startswith("the probe")].iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("U.S. House of Representatives Ethics Committee", "organization")


@pytest.mark.parametrize("text, words", [
    ("WASHINGTON (Reuters) - The head of a conservative Republican faction in Congress, who voted this month for a "
     "huge expansion of the debt, called himself a \"fiscal conservative\" on Sunday. In keeping with a pivot among "
     "Republicans, Representative Mark Meadows drew a line.",
     "fiscal conservative"),
    ("UK Muslims should accept that they are more likely to be stopped by police, a Home Office minister has said.\n\n"
     "Mark Meadows said innocent people would be targeted.", "UK Muslims should accept that they are more likely "
     "to be stopped by police"),
])
def test_a_description_in_the_first_sentence_is_the_person_the_next_sentence_names(text, words):
    out = rows(text)
    assert out.loc[out["text"] == words, "speaker"].tolist() == ["Mark Meadows"]


def test_a_person_of_a_body_is_the_person():
    text = ('Peter Morgan, a lawyer at the Sierra Club, spoke first. "It was the least bad outcome," said Mr. Morgan '
            'of the Sierra Club.')
    assert only(text)["speaker"] == "Peter Morgan"


def test_a_person_followed_by_a_relative_clause_is_the_source():
    text = ("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, said "
            "the statement did not clarify the matter.")
    assert only(text)["speaker"] == "Aparna Mathur"


@pytest.mark.parametrize("text, speaker", [
    ("Mark Meadows, who last year promised voters major tax cuts, wants a bill on his desk.", "Mark Meadows"),
    ("Another dissenter is Sir Mike Tomlinson's predecessor as chief schools inspector, Professor Anne Gray, who has "
     "said there is no need for such a \"massive upheaval\".", "Anne Gray"),
])
def test_a_cue_inside_a_relative_clause_on_a_person_is_that_persons(text, speaker):
    out = rows(text)
    assert out[["speaker", "speaker_type"]].values.tolist() == [[speaker, "person"]]


def test_a_role_in_the_lead_is_held_by_the_person_the_next_sentence_names():
    text = ("Muslims are more likely to be stopped by police, a Home Office minister has said.\n\n"
            "Hazel Blears said innocent people would be targeted. Mark Hill, a campaigner, said it was wrong.\n\n"
            "Later, the minister said she understood there was a perception of unfairness.")
    out = rows(text)
    assert out.loc[out["text"].str.startswith("she understood"), "speaker"].tolist() == ["Hazel Blears"]


@pytest.mark.parametrize("source, expected", [
    ("the Virginian-Pilot newspaper", ("Virginian-Pilot", "media")),
    ("a Fox News report", ("Fox News", "media")),
])
def test_a_named_outlet_and_what_it_publishes_is_the_outlet(source, expected):
    from analysis.quotes.speakers import classify_source
    assert classify_source(source, 100, []) == expected


def test_a_noun_read_as_a_cue_gives_way_to_the_name_and_verb_after_its_comma():
    text = ('Judge Anne Gray questioned the lawyer. "It is a little tricky to find the rationale in those" Twitter '
            'posts, Gray said at the hearing.')
    assert only(text)["speaker"] == "Anne Gray"


def test_a_time_phrase_between_subject_and_cue_is_not_the_source():
    text = "Farm lobby members from corn states this week had asked Cruz to offer specific proposals on credits."
    assert only(text)["speaker"] == "Farm lobby members from corn states"


def test_a_document_sent_to_a_person_speaks_not_the_person():
    text = ("A letter sent to Martin Hill said his British passport would not be issued. This suggested he was likely "
            "to take part in action against allied targets, it said.")
    out = rows(text)
    assert out["speaker"].tolist() == ["A letter", "A letter"]


def test_the_website_is_the_outlet_named_before_with_that_noun():
    text = ("The editorial board of the AL.com website has endorsed Jones. In an editorial on Sunday, the website "
            "urged voters to consider a write-in candidate.")
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("AL.com", "media")


def test_his_office_is_the_office_of_the_last_man_named():
    text = ("Senator Kate Brown spoke first. The vote was complicated by Senator John McCain's hospitalization. His "
            "office said he looks forward to returning to work.")
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("John McCain's office", "organization")


def test_officials_for_named_people_are_the_officials_not_the_people():
    text = ("Officials for Iowa Senators Chuck Grassley and Joni Ernst declined to comment, saying Cruz's office had "
            "not yet contacted them.")
    assert (only(text)["speaker"], only(text)["speaker_type"]) == (
        "Officials for Iowa Senators Chuck Grassley and Joni Ernst", "anonymous")


def test_others_after_some_of_a_group_are_the_other_members():
    text = "More than 20 states refused outright and others said they needed to study whether they could provide data."
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("other states", "anonymous")


def test_the_court_filing_is_the_owner_of_the_court_document():
    text = ("Fusion GPS filed a notice on Tuesday. Fusion's court document said the data had leaked. Her work was "
            "confidential until Simpson told the hearing about it, the court filing said.")
    out = rows(text)
    assert out.loc[out["text"].str.startswith("Her work"), "speaker"].tolist() == ["Fusion GPS"]


def test_he_does_not_fall_back_to_a_woman_who_spoke_last():
    text = ("Hazel Blears said innocent people would be targeted, and Mark Hill said it was wrong.\n\n"
            "Later, Ms Blears said she understood the worry.\n\n"
            '"It is not aimed at a particular community," he added.')
    out = rows(text)
    assert out.loc[out["text"].str.startswith("It is not aimed"), "speaker"].tolist() == ["Mark Hill"]


def test_a_title_of_the_other_sex_is_not_the_woman_named_in_full():
    """"Mr. Clinton" in an article that names only Hillary Clinton in full is another Clinton: the title's sex
    contradicts the given name's (census share), so the surname is not resolved to her, and "He" follows him."""
    text = ("Hillary Clinton spoke at the rally in Ohio on Monday.\n\n"
            "“We will win this state,” Mr. Clinton said.\n\nHe added that the polls were wrong.")
    found = rows(text)
    assert list(found["kind"]) == ["direct", "indirect"]
    assert list(found["speaker"]) == ["Clinton", "Clinton"]


@pytest.mark.parametrize("text, mention, content", [
    ("About 9 percent said they had no preference.", "About 9 percent", "they had no preference"),
    ("In Vermont, about half of the voters said they want a change of policy.", "about half of the voters",
     "they want a change of policy"),
    ("Party spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
     "Party spokesman Sean Spicer", "the party was not in a crisis"),
    ("The agency last week said it would widen the inquiry.", "The agency", "it would widen the inquiry"),
    ("Wilcox, whose education was paid for by the army, said he would like more students to have the chance.",
     "Wilcox", "he would like more students to have the chance"),
    ("Cruz said if elected president he could work with the leadership.", "Cruz",
     "if elected president he could work with the leadership"),
    ("The budget office said about half of the adjustment reflected lost revenue.", "The budget office",
     "about half of the adjustment reflected lost revenue"),
    ("Mr. Minassian said ending foreign appeals before other sources of money could be found could hurt the charity.",
     "Mr. Minassian", "ending foreign appeals before other sources of money could be found could hurt the charity"),
    # told + an outlet whose name holds a verb ("Post"), then a clause without "that"
    ("Calabrese told the National Post he’s already received hundreds of emails.", "Calabrese",
     "he’s already received hundreds of emails"),
    ("Joyce told The Huffington Post he's not planning an appeal of the ruling.", "Joyce",
     "he's not planning an appeal of the ruling"),
    ("At least a dozen members of Congress told The Huffington Post she thinks the House is within reach.",
     "At least a dozen members of Congress", "she thinks the House is within reach"),
])
def test_subjects_with_a_quantity_a_time_or_a_relative_clause_and_clauses_without_that(text, mention, content):
    row = only(text)
    assert (row["speaker_mention"], row["text"]) == (mention, content)


def test_a_clause_after_the_verb_is_not_an_inverted_subject():
    # "..., said the base was angry": no inverted source, so no row naming "the base was angry" as the speaker
    out = rows("Hogan Gidley, a former director of the party, whose roots are in the church, said the base was angry.")
    assert not out["speaker"].str.contains("angry").any()
    assert rows("Six in 10 said they were not looking forward to the campaign.")["speaker_mention"].tolist() == \
        ["Six in 10"]


@pytest.mark.parametrize("text, speaker, quoted", [
    ("Ryan went after Trump over his taxes, calling it “disqualifying” and asserting more.", "Ryan", "disqualifying"),
    ('Cruz belittled the issue of the loans, calling it a "paperwork error" on Friday.', "Cruz", "paperwork error"),
    ("Mark Cuban said he would back Trump. He went on to call Cruz “the worst politician in Texas.”", "Mark Cuban",
     "the worst politician in Texas."),
    # the participle's subject is the speaker of the cue before it, not the sentence's first noun phrase
    ('Mr Blair has failed to tackle these problems, Michael Howard claimed, saying he has the "wrong solution" to '
     'them.', "Michael Howard", "wrong solution"),
    # "going on to say": the speaker of the cue before it, not the quotation's first words
    ('"That is insane," Bernie Sanders said, going on to say that the country has spent "hundreds of years fighting '
     'racism."', "Bernie Sanders", "hundreds of years fighting racism."),
])
def test_a_partial_quote_after_a_participle_or_went_on_to_call(text, speaker, quoted):
    out = extract_article(text)
    row = out[out["kind"] == "partial"].iloc[0]
    assert (row["speaker"], row["quoted_text"]) == (speaker, quoted)


def test_a_reported_clause_ends_before_the_subjects_next_predicate():
    # ", and has instead argued ...": the ethanol industry's next act, not part of what it said
    row = only("The ethanol industry has said in the past that placing caps on the credits was a non-starter, and has "
               "instead argued for higher volumes.")
    assert (row["speaker_mention"], row["text"]) == ("The ethanol industry",
                                                     "placing caps on the credits was a non-starter")


@pytest.mark.parametrize("adjunct", ["at a hustings in Leeds, West Yorkshire,", ", most recently in an interview with CBC Radio,"])
def test_an_adjunct_with_commas_before_that(adjunct):
    row = only(f"Sarah Booth insists {adjunct} that the council will not raise rents this year.".replace(" ,", ","))
    assert (row["text"], row["speaker"]) == ("the council will not raise rents this year", "Sarah Booth")


def test_an_adjunct_of_any_preposition_before_a_pronoun_clause():
    row = only("Peter Hale admitted under questioning from MPs he had not read the report before signing it.")
    assert (row["text"], row["speaker"]) == ("he had not read the report before signing it", "Peter Hale")


@pytest.mark.parametrize("verb", ["appeared", "seemed"])
def test_a_cue_after_appeared_to_has_the_subject_of_appeared(verb):
    row = only(f"Helen Marsh {verb} to suggest that the budget would be delayed until the spring.")
    assert (row["text"], row["speaker"]) == ("the budget would be delayed until the spring", "Helen Marsh")


@pytest.mark.parametrize("link", [",", " --"])
def test_many_of_whom_speak_for_the_group_before_them(link):
    row = only(f"The decision angered the town's fishermen{link} many of whom say the quota system has ruined them.")
    assert (row["text"], row["speaker_mention"]) == ("the quota system has ruined them", "the town's fishermen")


def test_an_unnamed_source_with_a_participle_and_a_prepositional_phrase():
    row = only("Despite the row, elected officials from both parties say the bridge will open on time.")
    assert (row["text"], row["speaker_mention"]) == ("the bridge will open on time",
                                                     "elected officials from both parties")


def test_a_coordinated_cue_before_a_quotation_ends_the_reported_clause():
    out = rows('Ms Clarke said the fire was started by a faulty heater and said, "We were lucky to get out."')
    assert list(zip(out["kind"], out["text"])) == [("indirect", "the fire was started by a faulty heater"),
                                                   ("direct", "We were lucky to get out.")]


def test_a_name_and_appositive_after_a_clause_and_its_comma():
    row = only("Two candidates were ruled ineligible, Ann Wells, the party's returning officer, said she had "
               "received threats.")
    assert (row["text"], row["speaker"]) == ("she had received threats", "Ann Wells")


def test_much_of_opens_a_reported_clause():
    row = only("Tom Reid said much of the meeting was about the budget.")
    assert row["text"] == "much of the meeting was about the budget"


def test_an_adjunct_set_off_by_dashes_before_that():
    row = only("His agent, Paul Dunn, said — on Twitter, as it happens — that the deal was off.")
    assert (row["text"], row["speaker"]) == ("the deal was off", "Paul Dunn")


@pytest.mark.parametrize("share", ["42%", "About 42%", "42% of voters"])
def test_a_share_of_a_poll_is_a_subject(share):
    row = only(f"The survey had good news for him. {share} say the economy is getting better.")
    assert (row["text"], row["speaker_mention"]) == ("the economy is getting better", share)


def test_a_share_after_a_verb_is_its_object_not_a_subject():
    assert only("Of the rest, 32% say they are unsure.")["speaker_mention"] == "32%"
    out = rows("The watchdog rated 32% of Labour claims as misleading.")
    assert "32% of Labour" not in set(out["speaker_mention"])


def test_a_past_tense_after_an_addressee_and_a_possessive():
    row = only("Helen Park told the BBC her firm worked with the council for years.")
    assert (row["text"], row["speaker"]) == ("her firm worked with the council for years", "Helen Park")


# An unnamed source is the phrase as written (benchmarks/gold/README.md), its relative clause included
@pytest.mark.parametrize("subject, verb", [("Campaign groups that have backed him", "say"),
                                           ("People who have fought fires in the area", "say"),
                                           ("A 2019 study that appeared in a journal", "says")])
def test_a_subject_with_a_relative_clause_before_the_cue(subject, verb):
    mention = subject
    row = only(f"{subject} {verb} the new rules could make things worse.")
    assert (row["text"], row["speaker_mention"]) == ("the new rules could make things worse", mention)
    # an appositive's relative clause closed by a comma is not the subject: the name before it is
    out = rows("Sam Cole, a farmer who voted for Blair, said the new rules could make things worse.")
    assert "a farmer" not in set(out["speaker_mention"])


def test_according_to_after_an_opening_adjunct_reports_the_clause_after_it():
    row = only("Since last spring, according to Amnesty International, the police have detained 300 students.")
    assert (row["text"], row["speaker"]) == ("the police have detained 300 students", "Amnesty International")
    row = only("At least 20 people died, according to police, after the bridge collapsed on Monday.")
    assert row["text"] == "At least 20 people died"  # a clause before the aside: what police report


@pytest.mark.parametrize("source", ["People close to the minister", "Officials loyal to the president"])
def test_an_unnamed_source_close_to_a_person_is_not_that_person(source):
    row = only(f"{source} said the plan had been dropped.")
    assert (row["text"], row["speaker_mention"]) == ("the plan had been dropped", source)


def test_since_after_an_aside_continues_what_was_said():
    out = rows("The reform hurt the party with farmers, Mr Hale said, since most of them rely on the subsidy.")
    assert list(out["text"]) == ["The reform hurt the party with farmers", "since most of them rely on the subsidy"]


def test_a_relative_clause_with_that_inside_an_appositive_subject():
    row = only("Jane Smith, the official that oversees the fund, said it would pay out next year.")
    assert (row["text"], row["speaker"]) == ("it would pay out next year", "Jane Smith")


def test_adding_after_a_quotation_mark_is_a_report_of_its_own():
    out = rows('Acme said the firm would be "very successful when it was listed," adding that its value had doubled.')
    assert list(zip(out["kind"], out["text"], out["speaker"])) == [
        ("partial", 'the firm would be "very successful when it was listed,"', "Acme"),
        ("indirect", "its value had doubled", "Acme")]


@pytest.mark.parametrize("modal", ["would", "could", "might"])
def test_a_cue_after_a_modal_of_a_hypothetical_reports_nothing(modal):
    assert rows(f"Under the plan, the agency {modal} formally declare its intention to leave the pact.").empty
    row = only("On Friday, the bishop will tell the congregation that peace is possible.")  # a speech given out
    assert row["text"] == "peace is possible"


@pytest.mark.parametrize("phrase", ["as much", "so", "yes"])
def test_a_short_phrase_standing_for_what_was_said(phrase):
    out = rows(f"Asked about the plan, the party's leader Anna Berg said {phrase} in an interview.")
    assert list(zip(out["text"], out["speaker"])) == [(phrase, "Anna Berg")]  # (the reporter's question: no row)


def test_what_a_warning_is_against():
    row = only("Mr Lowe warned against cuts to the school budget.")
    assert (row["text"], row["speaker"]) == ("cuts to the school budget", "Lowe")
    assert rows("Mr Lowe said so far the budget was fine and complained about a report which said it was not.") \
        ["text"].isin(["so", "a report"]).sum() == 0


def test_a_coordinated_cue_after_an_opening_subordinate_clause_has_the_main_subject():
    out = rows("When the strikes began, Ann Cole and Tom Hart called them unlawful and described the union's "
               "demands as reckless.")
    described = out[out["text"].str.startswith("the union")]
    assert list(described["speaker_mention"]) == ["Ann Cole and Tom Hart"]


@pytest.mark.parametrize("text", [
    # a role between a party adjective and the name, the quote cued by a verb after the subject's clause
    "Republican presidential hopeful Laura Quinlan is launching a new radio ad that urges listeners to “stand firm” "
    "against the tax.",
    # ... with an appositive participle between the name and the cue
    "Ohio state delegate Laura Quinlan, dressed in a sash covered in badges, said the vote would be a “disaster” "
    "if the rules changed.",
    # a dateline in mixed case before the subject; the participle cue takes the sentence's subject
    "Denver (AFP) – Democrat Laura Quinlan has taken a swipe at the governor’s budget, saying that “reckless cuts” "
    "would hurt schools.",
])
def test_words_before_a_name_in_the_sentence_subject_do_not_replace_it(text):
    row = only(text)
    assert row["speaker"] == "Laura Quinlan"


def test_the_role_noun_after_a_place_is_the_person_holding_it_not_the_place():
    text = ("Tom Arkwright ended his campaign on Tuesday, and the Vermont senator thanked his staff.\n\n"
            "The Vermont senator sought to calm the crowd, saying the party would “come back stronger” next year.")
    row = only(text)
    assert row["speaker"] == "Tom Arkwright"


@pytest.mark.parametrize("text", [
    "Speaking to reporters on Monday in Leeds, which hosts the final debate on Friday, Ann Petrova praised the "
    "mayor but described the budget as a “work in progress.”",
    "Hastily changing the subject ― much as she had done at the first debate ― Ann Petrova blamed the council, and "
    "stressed the “lasting damage” done to the town.",
])
def test_a_participle_clause_opening_the_sentence_is_not_the_speaker(text):
    row = only(text)
    assert row["speaker"] == "Ann Petrova"


def test_a_place_before_a_party_noun_is_an_unnamed_source_not_a_person():
    text = ("“We are far behind,” said an Ohio Democrat.\n\n"
            "“It is over,” added a West Virginia Democrat.")
    out = rows(text)
    assert list(out["speaker"]) == ["an Ohio Democrat", "a West Virginia Democrat"]
    assert set(out["speaker_type"]) == {"anonymous"}


def test_a_titled_name_before_its_description_is_the_speaker():
    row = only("Senate Leader Maria Okafor, the top-ranking Democrat in Congress, also said the mayor "
               "should resign.")
    assert (row["speaker"], row["speaker_type"]) == ("Maria Okafor", "person")


def test_a_source_close_to_a_person_is_not_that_person():
    row = only("Dan Whitfield called the governor. A source close to Whitfield confirmed the call, describing it "
               "as “friendly but short.”")
    assert (row["speaker"], row["speaker_type"]) == ("A source close to Whitfield", "anonymous")


@pytest.mark.parametrize("subject", ["Nine lawmakers", "Ms Ruiz’s lawyers"])
def test_a_number_or_possessive_before_a_plural_noun_keeps_the_noun(subject):
    # the subject of a purpose infinitive ("to argue") and of a verb coordinated after an adverb ("and therefore
    # urged") is the sentence's subject
    text = (f"{subject} had requested the hearing to argue that the rules were unfair, and therefore urged the "
            "court to suspend them.")
    assert set(rows(text)["speaker"]) == {subject}


def test_a_reporting_verb_form_after_a_name_s_possessive_is_an_adjective():
    text = ("Lena Brandt said the party had suspended Mr Ivers. Ms Brandt said the main issue was that Mr Ivers's "
            "reported views had been presented as party policy. She said they were not.")
    out = rows(text)
    assert set(out["speaker"]) == {"Lena Brandt"}
    assert len(out) == 3


@pytest.mark.parametrize("companion", ["standing next to Mr Ivers", "after meeting with Ivan Ivers"])
def test_he_is_not_the_man_named_beside_him_in_his_own_sentence(companion):
    text = ("Paul Okoro said his country was winning.\n\n"
            f"But {companion} he added that it was crucial to “tackle the causes” of the war.")
    out = rows(text)
    assert list(out["speaker"]) == ["Paul Okoro", "Paul Okoro"]


def test_people_named_together_are_one_joint_speaker_and_they_is_them():
    text = ("Paula Reyes met Tom Okafor on Monday. On Tuesday, Reyes and Okafor pledged to keep the clinic open. "
            "“This will not close,” they said in a joint statement.")
    out = rows(text)
    assert list(out["speaker"]) == ["Paula Reyes & Tom Okafor"] * 2
    assert set(out["speaker_type"]) == {"person"}


def test_a_list_of_people_with_a_description_after_it_is_one_joint_speaker():
    row = only("Judges Ana Silva and Rosa Marin, two members of the panel, said the ruling would stand.")
    assert row["speaker"] == "Ana Silva & Rosa Marin"


def test_an_ordinary_word_before_a_name_in_a_title_case_headline_is_not_part_of_it():
    text = ("Derelict Ortiz and Reyes Fail the City\n\n"
            "Mayor Dan Ortiz said the budget was fine. Ortiz said the roads would be fixed.")
    assert {m.person.name for m in find_people(text) if "Ortiz" in m.person.name} == {"Dan Ortiz"}


def test_a_name_after_role_words_ends_before_a_verb_the_lexicon_does_not_know():
    row = only("Democratic presidential nominee Laura Quinlan chimed in on Twitter, saying that officials should "
               "release the videos “without delay.”")
    assert row["speaker"] == "Laura Quinlan"


def test_a_group_named_in_a_lead_is_not_the_person_the_next_sentence_names():
    text = ("NEW YORK (Reuters) - Mayor Dan Ortiz’s lawyers told a state judge on Tuesday that she had no "
            "jurisdiction and therefore urged her to dismiss the lawsuit. The lawsuit was filed by Ana Silva, a "
            "former aide.")
    assert set(rows(text)["speaker"]) == {"Mayor Dan Ortiz’s lawyers"}


def test_a_group_and_who_leads_it_is_the_group():
    row = only("Mr Ortiz’s lawyers, led by Ana Silva, said the court had no jurisdiction.")
    assert (row["speaker"], row["speaker_type"]) == ("Mr Ortiz’s lawyers", "anonymous")


def test_a_role_of_a_body_with_no_one_named_is_an_unnamed_source_not_a_word_of_the_body():
    row = only("The head of sovereign ratings at S&P Global told Reuters the deficit could prompt a downgrade.")
    assert (row["speaker"], row["speaker_type"]) == ("the head of sovereign ratings at S&P Global", "anonymous")


def test_a_report_is_the_body_that_says_something_in_it():
    text = ("Millions of children will die needlessly, Oxfam says in a report, Paying the Price.\n\n"
            "The report said: \"Aid is an obligation.\" It also argues that the price will be felt everywhere.")
    out = rows(text)
    assert set(out["speaker"]) == {"Oxfam"}


def test_a_subject_before_an_aside_is_the_partial_quote_s_speaker_not_the_sentence_s_first():
    text = ("Prime Minister Anne Dube's office declined to comment, but a senior government official, speaking on "
            "background, said Ottawa was \"monitoring the situation closely.\"")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("a senior government official", "anonymous")


def test_a_body_and_where_it_spoke_is_the_body():
    row = only("Fusion GPS, in a notice to a federal judge late on Tuesday, said that a subpoena would "
               "\"irreparably harm\" its business.")
    assert row["speaker"] == "Fusion GPS"


def test_a_nationality_after_the_is_no_person():
    text = ("Russian channels dominate the airwaves. The Chinese language, by contrast, is rarely heard. But "
            "ordinary Chinese traders say business is poor.")
    assert find_people(text) == []
    row = only(text)
    # (unnamed people: anonymous since the fifty-eighth session, "unknown" before)
    assert (row["speaker"], row["speaker_type"]) == ("ordinary Chinese traders", "anonymous")


def test_a_given_name_after_a_party_word_before_a_plural_noun_of_people_is_no_person():
    # ("Conservative" reads as a title, "Christian" as a given name: but the two describe the activists)
    text = "Headline\n\nConservative Christian activists and rural Republicans said the move was overdue."
    assert find_people(text) == []
    assert only(text)["speaker"] == "Conservative Christian activists and rural Republicans"
    assert only("Headline\n\nSenator Christian said the move was overdue.")["speaker"] == "Christian"
    # (a verb in -s after a peer's name is no plural noun)
    assert only("Headline\n\nLord Ashdown insists that the plan is fair.")["speaker"] == "Ashdown"


def test_she_prefers_a_woman_named_before_to_a_name_of_unknown_gender_named_since():
    text = ("Carly Ortiz led the company for six years. Her decision to buy Compaq Computer became a liability.\n\n"
            '"The merger was the best option for us," she said.')
    assert only(text)["speaker"] == "Carly Ortiz"


@pytest.mark.parametrize("text, speaker", [
    ("Another delegate on the Ohio slate, Jim Poolman, said he was only “leaning Cruz.”", "Jim Poolman"),
    ("Earlier in the primaries, Mr. Ivan Ruiz suggested a boycott and posted that the firm “would crash.”",
     "Ivan Ruiz"),
    ("Maria Ortega spoke in May.\n\nLast month, when I asked Maria Ortega if she would run, she looked at the "
     "camera and said, \"I'm going to run.\"", "Maria Ortega"),
])
def test_a_sentence_subject_after_an_opening_adjunct_or_a_role_with_a_phrase(text, speaker):
    out = rows(text)
    assert set(out["speaker"]) == {speaker}


def test_a_surname_ending_in_s_that_is_no_plural_is_a_name():
    # "Idris" is in the common-word list, but not as the plural of a word (not a group like "American Muslims"),
    # and "Bilal" is no census given name
    text = ('Bilal Idris, director of the city\'s race equality council, said the leaflet was shocking. "We are '
            'appalled," he said.\n\nMr Idris said the group had called the police.')
    out = rows(text)
    assert list(out["speaker"]) == ["Bilal Idris"] * 3


def test_a_quoted_nickname_between_given_name_and_surname_is_one_name():
    text = ('The snooker player Jimmy "the Whirlwind" White once skipped school. "I went for a while," Mr White said.')
    assert only(text)["speaker"] == "Jimmy White"


@pytest.mark.parametrize("text, speaker", [
    ("Tony Blair met MPs on Monday. Deputy Prime Minister John Prescott hosted a dinner where the prime minister "
     "said he would stand down.", "Tony Blair"),
    ("Gordon Brown spoke first. Shadow Chancellor Oliver Letwin sat down. Then the chancellor said the cuts were "
     "wrong.", "Gordon Brown"),
])
def test_a_deputy_or_shadow_does_not_hold_the_role_itself(text, speaker):
    assert only(text)["speaker"] == speaker


def test_a_nationality_with_a_compass_word_before_a_role_noun_is_no_name():
    text = ("Archbishop Desmond Tutu has called for the release of the inmates. The South African archbishop said "
            "detention without trial was wrong.")
    assert find_people(text)[-1].person.name == "Desmond Tutu"
    assert rows(text)["speaker"].tolist()[-1] == "Desmond Tutu"


def test_a_co_chairman_is_a_role_noun():
    text = 'Tory Liam Fox said his party offered a choice. The Conservative Party Co-Chairman said voters would decide.'
    out = rows(text)
    assert list(out["speaker"]) == ["Liam Fox", "Liam Fox"]


def test_a_coordinated_verb_after_have_since_takes_the_sentence_subject():
    out = rows("Several Republican lawmakers initially called on him to quit the race, but have since said the "
               "decision is up to voters.")
    assert list(out["speaker"]) == ["Several Republican lawmakers", "Several Republican lawmakers"]
    assert list(out["text"]) == ["him to quit the race", "the decision is up to voters"]  # (what they called for,
    # then what they said)


@pytest.mark.parametrize("text, speaker", [
    ("Senator Jane Holt voted against the bill. The Republican from Maine said the credit would help families.",
     "Jane Holt"),
    ("Representative Tom Baker, 88, denied the claims. The Democratic congressman from Ohio issued a statement on "
     "Tuesday. The statement said the payment was a severance.", "Tom Baker"),
])
def test_a_definite_role_from_a_place_is_the_person_named_before(text, speaker):
    assert only(text)["speaker"] == speaker


def test_a_spokesman_for_someone_is_not_that_person():
    row = only("A spokesman for Representative Jeb Miller, chairman of the finance committee, said the aide had "
               "left.")
    assert (row["speaker"], row["speaker_type"]) == ("A spokesman for Representative Jeb Miller", "anonymous")


def test_her_lawyer_is_neither_her_nor_the_last_man_named():
    text = ("President Donald Trump named a new director. Leandra English sued him. English has been active at the "
            "agency this week, said her lawyer.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("her lawyer", "anonymous")


def test_an_opening_when_clause_before_a_subject_with_a_relative_clause():
    text = ('When asked by a reporter if he planned to run, Ortiz, who has represented the city for 20 years, said he '
            'wanted to spend months touring the country “talking with as many people as possible.”')
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Ortiz"]


def test_an_opening_discourse_adverb_is_not_part_of_the_source():
    row = only("Meanwhile, the Congressional Budget Office (CBO), another research unit of Congress, said the bill "
               "would add to the deficit.")
    assert row["speaker"] == "Congressional Budget Office"


def test_a_quotation_cued_by_a_gerund_after_by_is_the_sentence_subject():
    text = ('Mr Herron said he was not convinced. On Wednesday, Mr Mallon provoked fury by branding the campaign '
            '"two-bit Tories" in a confrontation outside its offices.')
    out = rows(text)
    assert out.loc[out["kind"] == "partial", ["speaker", "text"]].values.tolist() == [["Mallon", "two-bit Tories"]]


def test_a_body_before_its_appositive_after_a_time_adjunct_is_the_source():
    row = only("In December the House of Lords, the country's highest court, ruled that the measures broke the law.")
    assert (row["speaker"], row["speaker_type"]) == ("House of Lords", "organization")


def test_a_bodys_website_is_the_body_not_an_outlet_called_bnps():
    text = ("The British National Party (BNP) has distributed leaflets. According to the BNP's website, they have "
            "been posted to homes in the ward.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("British National Party", "organization")


def test_the_committee_is_the_committee_on_x_named_at_a_sentence_end():
    text = ("The rules have been questioned by the Joint Committee on Human Rights. In a report published last July "
            "the committee stated there was a \"significant risk\" the rules broke the law.")
    row = only(text)
    assert (row["speaker"], row["kind"]) == ("Joint Committee on Human Rights", "partial")


def test_a_subject_after_an_opening_adjunct_that_ends_in_a_time():
    row = only("In a report published last July the cross-party panel stated that the rules broke the law.")
    assert row["speaker_mention"] == "the cross-party panel"


def test_a_titled_surname_of_a_workplace_is_the_person():
    text = 'David Nevins runs the network.\n\n"It is irresistible," said Mr. Nevins of Showtime.'
    assert only(text)["speaker"] == "David Nevins"


def test_a_titled_surname_of_a_country_or_a_peers_territory_is_the_person():
    assert only("President Musharraf of Pakistan said hiding women away was a backward view.")["speaker"] \
        == "Musharraf"
    # a peer is named by his title's name, as "Lord Nicholls" is everywhere else in the article
    assert only("Lord Nicholls of Birkenhead said the law was wrong.")["speaker"] == "Nicholls"


def test_the_paper_is_the_outlet_named_before_as_a_newspaper():
    out = rows("The Mirror newspaper said on Tuesday it had been handed a dossier. The paper said the document had "
               "been found in a London street.")
    assert list(out["speaker"]) == ["Mirror", "Mirror"]


def test_the_president_with_no_one_introduced_as_president_is_the_most_named_person():
    text = ("Donald Trump signed the order on Friday. Trump met lawmakers. Press Secretary Sean Spicer said the "
            "meeting went well. Trump left early. The president argued there were bad people “on both sides.”")
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Donald Trump"]


def test_an_opening_adverb_with_its_adjunct_is_not_the_subject():
    text = ("Shortly after the announcement of his death, Senate Majority Leader Mitch McConnell (R-Ky.) issued a "
            "statement saying that the Senate should not confirm a replacement.")
    assert only(text)["speaker"] == "Mitch McConnell"


@pytest.mark.parametrize("opening", ["But almost immediately after she spoke,", "Not long after the vote,",
                                     "Almost immediately after the debate,", "And even if she wins,"])
def test_an_adverb_of_degree_before_an_opening_clause_is_no_subject(opening):
    text = (f"Headline\n\n{opening} David Axelrod, who was senior adviser to Obama in the White House, tweeted this: "
            "\"She did it again and I'll say it again.\"")
    assert only(text)["speaker"] == "David Axelrod"


@pytest.mark.parametrize("source", ["three current and former Podesta employees", "five past and present workers"])
def test_words_of_tenure_joined_by_and_are_one_source(source):
    row = only(f"Headline\n\nIn separate interviews, {source} said disagreements broke out within the firm.")
    assert (row["speaker"], row["text"]) == (source, "disagreements broke out within the firm")


@pytest.mark.parametrize("source, stype", [
    ("The state officials whose laws have been invalidated", "anonymous"),
    ("Parents whose children attend the school", "anonymous"),
])
def test_a_source_with_a_whose_clause_is_the_people_it_describes(source, stype):
    row = only(f"Headline\n\n{source} say the real change has come in the makeup of the judiciary.")
    assert (row["speaker_mention"], row["speaker_type"], row["text"]) == (
        source, stype, "the real change has come in the makeup of the judiciary")


def test_a_long_lower_case_source_whose_head_is_a_plural_role_before_of_is_a_subject():
    row = only("Headline\n\nWhile the top candidates of both political parties say the United States must play a "
               "prominent role, they differ by degree.")
    assert (row["speaker"], row["text"]) == ("the top candidates of both political parties",
                                             "the United States must play a prominent role")


@pytest.mark.parametrize("source", ["Aides to Clinton", "Advisers to Clinton", "An adviser to Clinton"])
def test_people_who_serve_someone_are_not_that_person(source):
    row = only(f"Headline\n\nHillary Clinton spoke in Houston. {source} say she is shifting her tack toward Bernie "
               "Sanders.")
    assert (row["speaker"], row["speaker_type"]) == (source, "anonymous")


def test_a_person_and_his_named_aide_are_one_joint_source():
    row = only("Headline\n\nTony Blair and his campaign boss Alan Milburn have already insisted the election will be "
               "fought on the economy.")
    assert (row["speaker"], row["speaker_mention"]) == ("Tony Blair & Alan Milburn",
                                                        "Tony Blair and his campaign boss Alan Milburn")


@pytest.mark.parametrize("opening", ["The prime minister and", "Both the prime minister and"])
def test_a_role_held_by_someone_named_with_it_and_another_person_are_one_joint_source(opening):
    row = rows(f"Headline\n\nPrime Minister Dana Whitcombe toured the port.\n\n{opening} Chancellor Ian Roper said "
               "the plan would work.").iloc[-1]
    assert (row["speaker"], row["speaker_mention"]) == ("Dana Whitcombe & Ian Roper",
                                                        f"{opening} Chancellor Ian Roper")
    # (a role no one was named with stays the one person named; nor is a subject's verb and object one source)
    row = rows("Headline\n\nDana Whitcombe toured the port.\n\nShe met the prime minister and Chancellor Ian Roper "
               "said the plan would work.").iloc[-1]
    assert (row["speaker"], row["speaker_mention"]) == ("Ian Roper", "Chancellor Ian Roper")


def test_a_person_and_his_unnamed_group_are_the_source_together():
    row = only("Headline\n\nDonald Trump and his attorneys have said the fraud claims are baseless.")
    assert row["speaker_mention"] == "Donald Trump and his attorneys"


def test_a_body_described_with_a_whose_clause_is_the_body():
    row = only("Headline\n\nThe World Polymers Council, an industry body whose members include the largest plastic "
               "manufacturers, said it regretted the lack of agreement.")
    assert row["speaker"] == "World Polymers Council"


def test_points_with_no_to_out_or_that_is_a_noun_not_a_cue_before_a_participle():
    text = ("Headline\n\nChris Christie repeated accusations that Rubio recites the same campaign points, calling him "
            "a “talented guy” who is not ready.")
    assert only(text)["speaker"] == "Chris Christie"


@pytest.mark.parametrize("adverb", ["Likewise", "Similarly", "Otherwise"])
def test_an_opening_adverb_with_its_comma_is_no_subject_of_a_coordinated_verb(adverb):
    row = only(f"Headline\n\n{adverb}, Trump went after Hillary Clinton for following the refusal and called for her "
               "to quit her bid for president.")
    assert row["speaker"] == "Trump"


@pytest.mark.parametrize("pronoun", ["He’s", "He's"])
def test_a_contracted_pronoun_opening_the_sentence_is_the_subject_of_a_later_verb(pronoun):
    text = (f"Headline\n\nFormer Gov. Jeb Bush is panning the measures. {pronoun} comparing the gun actions to the "
            "action on immigration and says Obama is flouting the Constitution.")
    assert only(text)["speaker"] == "Jeb Bush"


@pytest.mark.parametrize("opening", ["Even", "And even"])
def test_even_before_a_name_is_no_part_of_the_subject(opening):
    text = (f"Headline\n\nBarack Obama met the two leaders on Wednesday. {opening} Obama tried to help them off the "
            "hook, noting that he would demur in their position.")
    row = only(text)
    assert (row["speaker"], row["speaker_mention"]) == ("Barack Obama", "Obama")


@pytest.mark.parametrize("text", [
    "The prime minister's enthusiasm remains undimmed, Alan Milburn, Labour's election strategist told Radio 4's "
    "Today programme on Saturday.",
    "The prime minister's enthusiasm remains undimmed, Alan Milburn told Radio 4's Today programme on Saturday.",
])
def test_a_trailing_told_with_a_longer_addressee_and_a_name_before_its_description(text):
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Alan Milburn", "The prime minister's enthusiasm remains undimmed")


def test_sources_familiar_with_someones_work_are_not_that_person():
    row = only("Christopher Steele wrote the dossier. Sources familiar with Steele's work said he began working for "
               "the firm in May 2016.")
    assert (row["speaker"], row["speaker_type"]) == ("Sources familiar with Steele's work", "anonymous")


def test_the_republican_lawmaker_is_the_lawmaker_named_before():
    text = ('House Ways and Means Committee Chairman Kevin Brady spoke on Friday. "We are pleased with the '
            'progress," the Republican lawmaker said.')
    assert only(text)["speaker"] == "Kevin Brady"


def test_an_unnamed_source_with_a_capitalised_word_in_ed_and_a_participle_aside():
    row = only("A former Fed official, contacted over the summer as part of the search, said it was clear the "
               "administration was not interested.")
    assert (row["speaker"], row["speaker_type"]) == ("A former Fed official", "anonymous")


def test_a_quotation_cued_by_who_said_after_a_passive_agent():
    text = ('He accused the party of signing a deal with the Tories. But the claim was denied by a party spokesman, '
            'who said: "These accusations are empty."')
    out = rows(text)
    assert out.loc[out["kind"] == "direct", "speaker"].tolist() == ["a party spokesman"]


def test_a_lower_case_role_before_a_name_is_held_and_opens_a_he_sentence():
    text = ("Lib Dem spokesman Vince Cable attacked the plan.\n\nMr Cable said pensioners paid high rates. Mr Brown "
            "earmarked money for councils. But the Lib Dem spokesman questioned the sums. He urged the government to "
            "scrap the \"grossly unfair\" tax.")
    assert find_people(text)[0].person.roles >= {"lib", "dem", "spokesman"}
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Vince Cable"]


def test_our_correspondent_is_the_correspondent_named_before():
    text = ('BBC correspondent James Hardy said the speech would matter.\n\n"Mr Brown will lay out his credentials," '
            'our correspondent said.')
    assert list(rows(text)["speaker"]) == ["James Hardy", "James Hardy"]


def test_quoted_x_as_saying_is_x_and_a_document_adjunct_is_not_part_of_the_subject():
    out = rows("The New York Times reported on the case. The paper quoted Trump as saying the bone spurs had been "
               "“temporary.”")
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Trump"]
    row = only("U.S. intelligence agencies in a report in January called RT a “state-run propaganda machine.”")
    assert row["speaker"] == "U.S. intelligence agencies"


@pytest.mark.parametrize("text, speaker", [
    # the man who opens the sentence, not the last speaker (the narrator of the paragraph)
    ("Paul Jones said the fund was late. Mark Reed, who chairs the fund, was away, but he told the "
     "paper the accounts were in order.", "Mark Reed"),
    ("Paul Jones said the fund was late. Mark Reed’s office did not reply, but he has told the paper the accounts "
     "were in order.", "Mark Reed"),
])
def test_he_later_in_a_sentence_is_the_man_who_opens_it(text, speaker):
    assert rows(text)["speaker"].tolist() == ["Paul Jones", speaker]


def test_he_in_a_trailing_cue_is_not_the_man_who_opens_what_is_reported():
    text = ('Paul Jones said the fund was late. Mark Reed’s fund was "a disgrace to the city," he added.')
    assert rows(text)["speaker"].tolist() == ["Paul Jones", "Paul Jones"]


@pytest.mark.parametrize("text", [
    # a source inside what a man reports, or the owner of a reported claim, does not become "he"
    "Paul Jones denied Mark Reed, his deputy, said the plan was dead. He also said the board would meet in May.",
    "Paul Jones hit back at Mark Reed’s claim that the plan was dead. He said the board would meet in May.",
])
def test_he_after_a_nested_or_owned_report_is_the_man_who_reports(text):
    out = rows(text)
    assert out["speaker"].tolist()[0] == "Paul Jones" and out["speaker"].tolist()[-1] == "Paul Jones"


def test_he_after_a_quotation_introduced_by_a_colon_is_the_man_who_opens_the_sentence():
    text = 'Paul Jones said the fund was late. Mark Reed ticked through the rules: "Nobody boasts," he said.'
    assert rows(text)["speaker"].tolist() == ["Paul Jones", "Mark Reed"]


def test_a_name_with_a_party_tag_before_its_description_is_the_source_not_its_state():
    row = only("Former Pennsylvania governor Ed Rendell (D), a Clinton supporter, said the time had come to unite.")
    assert row["speaker"] == "Ed Rendell"


@pytest.mark.parametrize("text, speaker", [
    ("Mr Lewis asked why. The report is published by the Efficiency in Government Unit, a joint effort of two think "
     "tanks. It says a new public body should be assessed first.", "Efficiency in Government Unit"),
    ("The lawsuit by Jane Roe, a former contestant, was filed on Monday. The lawsuit said the denials were false.",
     "Jane Roe"),
    # the author is read where it is written, not among the people named near the source
    ("A poll by the Public Policy Institute of California came out on Monday. Mr. Sanders trails Mrs. Clinton. "
     "The poll showed that either candidate would win in November.", "Public Policy Institute of California"),
])
def test_a_document_by_someone_is_theirs(text, speaker):
    assert rows(text)["speaker"].tolist()[-1].removeprefix("the ") == speaker


@pytest.mark.parametrize("text, speaker", [
    # a determiner before capitalised words: someone unnamed or a body, not a person whose surname is the last word
    ("A South Carolina Democrat spoke first. Later an Iowa Democrat said the race was close.", "an Iowa Democrat"),
    # a state whose name is a given name too, before a party, is no one's name
    ("Polls closed at 7. Later a South Carolina Democrat said the race was close.", "a South Carolina Democrat"),
    ("Polls closed at 7. Later a Florida Republican said the race was close.", "a Florida Republican"),
    ("Earth Action spent heavily. The fiscally conservative Club for Growth Action reported spending $1 million.",
     "the fiscally conservative Club for Growth Action"),
])
def test_a_determiner_before_capitalised_words_is_no_surname(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_sentence_opening_word_is_not_part_of_a_bodys_name():
    out = rows("As The Atlantic noted in March, trust in government is collapsing around the world.")
    assert out["speaker"].tolist() == ["Atlantic"]


def test_a_lead_source_described_then_a_time_is_the_person_the_next_sentence_names():
    text = ("Republicans will delay the tax bill by one day, the head of the tax-writing panel said late on Tuesday. "
            '"We have decided to release the text on Thursday," Chairman Kevin Brady said in a statement.')
    assert rows(text)["speaker"].tolist() == ["Kevin Brady", "Kevin Brady"]


def test_a_qualified_role_before_its_holder_is_named_is_that_holder():
    text = ("Martin Mubanga claimed an officer played a key role. The home secretary said he would not be launching an "
            'investigation. Home Secretary Charles Clarke told the BBC: "I am not organising an investigation."')
    assert rows(text)["speaker"].tolist() == ["Martin Mubanga", "Charles Clarke", "Charles Clarke"]


def test_the_group_after_a_body_spoke_is_that_body():
    out = rows("The National Association of Broadcasters said it backs the plan. "
               "The group added that the rules were outdated.")
    assert out["speaker"].tolist() == ["National Association of Broadcasters"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Other lawmakers have expressed concern. They said the provision would sink the bill.", "Other lawmakers"),
    ("Refiners oppose the rule because they say it costs them millions.", "Refiners"),
    ("Experts studying the seas off the west coast have forecast more storms. They predicted the damage would grow.",
     "Experts studying the seas off the west coast"),
    # after an opening adverb and its comma
    ("Later, farmers blocked the road as they complained prices were too low.", "farmers"),
    # (after an opening time phrase: the sentence's subject follows its comma)
    ("Since taking over the council in May, Labour councillors have yet to pass a budget. That will change, they "
     "say.", "Labour councillors"),
])
def test_they_is_the_group_of_people_who_opens_a_sentence(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_they_is_no_person_whose_name_ends_like_a_group():
    out = rows("Bernie Sanders said the race was not over. Instead, Sanders arrived reenergized after his win. "
               "They argued again over health care.")
    assert out["speaker"].tolist()[-1] != "Sanders"


@pytest.mark.parametrize("text", [
    "The numbers have grown every year. They show the top 1 percent captured most of the growth.",
    "He promised that if voters backed him they would see results.",
])
def test_they_is_not_a_plural_thing_nor_a_group_inside_a_clause(text):
    assert "anonymous" not in rows(text)["speaker_type"].tolist()


@pytest.mark.parametrize("text", [
    'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."',
    "The decision was a blow. Colin Asplin, Blackpool Hotel Association said the town had tried hard.",
])
def test_a_name_opening_the_sentence_before_a_bodys_name_is_the_source(text):
    assert rows(text)["speaker"].tolist() == ["Colin Asplin"]


def test_he_after_an_unnamed_person_spoke_is_that_person_not_the_last_person_named():
    text = ('Mark Smith said the vote was fair. An attorney for the Democratic Caucus said the ruling was wrong. '
            '"We are assessing all options," he said.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Mark Smith"] + ["An attorney for the Democratic Caucus"] * 2


def test_a_hyphenated_role_word_before_a_name_keeps_the_name_the_subject():
    text = 'Conservative co-chairman Liam Fox derided the photo call, saying: "The show was the worst acting."'
    assert rows(text)["speaker"].tolist() == ["Liam Fox"]


def test_the_lawyer_for_someone_in_a_lead_is_the_lawyer_the_next_sentence_names():
    text = ('WASHINGTON (Reuters) - The lawyer for former national security adviser Michael Flynn on Friday labeled '
            'as "false" a report that Flynn planned a deal. "Today\'s allegation is false," lawyer Robert Kelner '
            'said in a statement.')
    assert set(rows(text)["speaker"]) == {"Robert Kelner"}


def test_a_surname_that_looks_like_a_demonym_is_the_person_named_before():
    out = rows("FCC chairman Ajit Pai proposed the change. President Donald Trump and Pai have said the rules are "
               "outdated.")
    assert out["speaker"].tolist() == ["Donald Trump & Ajit Pai"]


@pytest.mark.parametrize("title", ["Const.", "Cst.", "Cpl.", "Insp.", "Coun.", "Police Constable", "Councillor"])
def test_canadian_and_british_police_and_council_titles_are_not_the_name(title):
    out = rows(f'"We were lucky," said {title} Sarah Tremblay of the city police. The driver fled.')
    assert out["speaker"].tolist() == ["Sarah Tremblay"]


@pytest.mark.parametrize("title, role", [("Police Constable", "constable"), ("Councillor", "councillor")])
def test_the_constable_and_the_councillor_go_to_the_person_holding_that_title(title, role):
    out = rows(f"{title} Mark Hughes said the road was closed. The {role} said no one was hurt.")
    assert out["speaker"].tolist() == ["Mark Hughes", "Mark Hughes"]


def test_a_relative_clause_after_a_named_persons_description_goes_to_the_person_not_the_place():
    out = rows("Tom Pickering, a paramedic based in Whitby, who is no relation, said ambulance crews were stretched.")
    assert out["speaker"].tolist() == ["Tom Pickering"]


def test_a_coordinated_verb_after_a_source_opened_by_one_shares_that_source():
    out = rows('One senior Labour backbencher said the plan had landed "like a brick" and warned that '
               "ministers risked defeat.")
    assert len(out) == 2 and out["speaker"].nunique() == 1
    assert out["speaker"].iloc[1].endswith("senior Labour backbencher")


def test_told_before_a_colon_takes_its_addressee_as_the_addressee_not_the_speaker():
    out = rows('Speaking in the Commons on Wednesday, Dr Jane Aldine, a former GP, told MPs: "Forty miles is not a '
               'line on a map."')
    assert out["speaker"].tolist() == ["Jane Aldine"]


@pytest.mark.parametrize("description", ["A spokesperson for the National Prosecuting Authority",
                                         "A spokesman for the company"])
def test_a_name_set_off_after_an_unnamed_sources_description_is_the_speaker(description):
    out = rows(f"{description}, Sipho Mabaso, said a police docket remained under review.")
    assert out["speaker"].tolist() == ["Sipho Mabaso"]


def test_the_company_is_the_last_company_named_with_its_legal_form():
    out = rows("Kessler Housewares Inc. will close its plant in Manitowoc, Wis. The company said the decision "
               "followed a review. It said 342 jobs would go.")
    assert out["speaker"].tolist() == ["Kessler Housewares Inc.", "Kessler Housewares Inc."]
    assert out["speaker_type"].tolist() == ["organization", "organization"]


def test_a_ministry_whose_name_ends_with_an_industry_is_never_the_company():
    out = rows("Kharas Green Energy plans a $9 billion plant in the park. Namibia's Ministry of Industries said the "
               "permit was under review.\n\nThe company said it would restrict construction to a small area.")
    assert out["speaker"].tolist() == ["Namibia's Ministry of Industries", "Kharas Green Energy"]


def test_a_bare_kind_noun_takes_the_name_an_appositive_gave_that_kind():
    # a two-word name with no head word of a body, defined as one by the appositive after it
    out = rows("Landvolk Niedersachsen, the state's main farmers' association, reacted with anger on Tuesday. "
               "The association said it would hold a protest outside the state parliament.")
    assert out["speaker"].tolist() == ["Landvolk Niedersachsen"]


@pytest.mark.parametrize("name", ["Marula Ridge Mining", "Nordvik Cell AB", "Baltic Capital Partners",
                                  "Saguaro Freight Solutions", "Corvel Systems", "Kahu Minerals"])
def test_a_name_ending_with_an_industry_or_legal_form_is_an_organisation_and_the_company_after_it(name):
    out = rows(f"{name} said it would appeal the ruling. The company said it had paid the families.")
    assert out["speaker"].tolist() == [name, name]
    assert out["speaker_type"].tolist() == ["organization", "organization"]


def test_a_bare_surname_goes_to_the_holder_named_before_it_not_one_introduced_later():
    out = rows('On Monday, Jeff Halvorsen learned he would be the last. "It\'s like losing a family member," said '
               "Halvorsen, 49.\n\nAcross the street, owner Patty Halvorsen said she expects to lose business.")
    assert out["speaker"].tolist() == ["Jeff Halvorsen", "Patty Halvorsen"]


@pytest.mark.parametrize("text, speaker, content", [
    ("German Agriculture Minister Katrin Hollweg told reporters Berlin supported the proposal.", "Katrin Hollweg",
     "Berlin supported the proposal"),
    ("Thabo Nkosi, who led the legal team, told reporters the next phase of the case would determine damages.",
     "Thabo Nkosi", "the next phase of the case would determine damages"),
    ("Kessler Housewares Inc. told employees at a morning meeting that it will close the plant.",
     "Kessler Housewares Inc.", "it will close the plant"),
    ("A senior official said roughly $3 billion of the shortfall came from lower tax revenue.", "A senior official",
     "roughly $3 billion of the shortfall came from lower tax revenue"),
    ("That farmer, Walter Huang, 81, testified last week that he spent months trying to pay.", "Walter Huang",
     "he spent months trying to pay"),
])
def test_reported_clauses_after_an_addressee_a_quantity_or_an_opening_demonstrative(text, speaker, content):
    out = rows(text)
    assert out[["speaker", "text"]].values.tolist() == [[speaker, content]]


@pytest.mark.parametrize("text, content", [
    ("Anwen Pritchard called on the administrators to guarantee the wages.", "the administrators to guarantee the wages"),
    ("Anwen Pritchard called for an independent inquiry into the deaths.", "an independent inquiry into the deaths"),
    ("Anwen Pritchard has called climate change a hoax invented abroad.", "climate change a hoax invented abroad"),
    ("Anwen Pritchard called him a master at bolting deals together.", "him a master at bolting deals together"),
    ("Anwen Pritchard called this a false narrative.", "this a false narrative"),
    ("With the vote near, Anwen Pritchard — who’s called for big tax rises — spoke.", "big tax rises"),
    # a dash written as a hyphen between spaces
    ("With the vote near, Anwen Pritchard - who has called for big tax rises - spoke.", "big tax rises"),
])
def test_called_for_called_on_and_called_x_a_y_report_what_was_called(text, content):
    out = rows(text)
    assert out[["speaker", "text"]].values.tolist() == [["Anwen Pritchard", content]]


@pytest.mark.parametrize("text", ["Mehmet Oz has been called a charlatan.",
                                  "The band leader called Democratic bigwigs to the stage.",
                                  "Republicans had called the hearing.", "She called on Tuesday for an hour."])
def test_a_passive_a_summons_or_a_time_after_called_is_no_report(text):
    assert rows(text).empty


def test_a_persons_lawyer_is_not_the_person():
    out = rows("Gregory Halloran pleaded guilty. Halloran's lawyer argued that six years would be appropriate.")
    assert out["speaker"].tolist() == ["Halloran's lawyer"]
    assert out["speaker_type"].tolist() == ["anonymous"]


def test_where_a_quote_was_said_is_not_what_was_said():
    out = rows('"We respect the verdict," Ruth Oyelaran said outside the courthouse. "We will appeal."')
    assert out["kind"].tolist() == ["direct", "direct"]


@pytest.mark.parametrize("where", ["onstage Tuesday night", "aboard his campaign bus on Monday", "via text message",
                                   "alongside her husband", "toward the end of the rally", "backstage after the show"])
def test_where_or_how_a_quote_was_said_is_not_what_was_said(where):
    out = rows(f'"We respect the verdict," Ruth Oyelaran said {where}. "We will appeal."')
    assert out["kind"].tolist() == ["direct", "direct"]


@pytest.mark.parametrize("text, said", [
    ("Ruth Oyelaran said aboard the ferry that the plan would work.", "the plan would work"),
    ("Ruth Oyelaran said onstage she would run again.", "she would run again"),
    ("Ruth Oyelaran said here Tuesday the plan would work.", "the plan would work"),
    ("Ruth Oyelaran said via a spokesman that she was sorry.", "she was sorry"),
    ('"We respect the verdict," Ruth Oyelaran said at her office on Monday as she packed her books.', None),
    ('"We respect the verdict," Ruth Oyelaran said at the table where she has kept her logbooks for years.', None)])
def test_a_place_between_a_cue_and_its_clause_is_no_part_of_the_clause(text, said):
    out = rows("Headline\n\n" + text)
    assert out.loc[out["kind"] == "indirect", "text"].tolist() == ([said] if said else [])


def test_a_request_for_anonymity_is_no_report_and_not_part_of_the_source():
    out = rows("Another victim, a retired machinist from Brampton who asked not to be named, said he had been lied to.")
    assert out["text"].tolist() == ["he had been lied to"]
    assert out["speaker"].tolist() == ["Another victim, a retired machinist from Brampton"]


@pytest.mark.parametrize("text, speaker", [
    ("Among them was Rosemary Dunleavy, 74, a retired school cafeteria worker who said her rent had doubled.",
     "Rosemary Dunleavy"),
    ("At a town hall in New Hampshire, a young woman asked about several women who said they were harassed.",
     "several women"),
])
def test_the_antecedent_of_who_said(text, speaker):
    out = extract_article(text)
    assert out.loc[out["cue"] == "said", "speaker"].tolist() == [speaker]


def test_a_description_with_a_countrys_possessive_in_a_wire_lead_is_the_person_named_next():
    text = ("BRUSSELS (Reuters) - Poland's agriculture minister said on Monday that the plan was \"dead on arrival\", "
            "deepening a rift.\n\nSpeaking to reporters in Brussels, Tomasz Wierzbicki said Warsaw would not back it.")
    assert rows(text)["speaker"].tolist() == ["Tomasz Wierzbicki", "Tomasz Wierzbicki"]


def test_a_companys_short_name_and_the_company_after_its_own_words_go_to_the_company():
    text = ("A judge ruled that platinum producer Marula Ridge Mining was liable for the collapse.\n\n"
            "Marula Ridge said in a statement it was studying the judgment carefully.\n\n"
            "Twitter acknowledged that the issue remained tricky. \"There is no magic algorithm,\" the company said.")
    out = rows(text)
    assert out["speaker"].tolist() == ["A judge", "Marula Ridge Mining", "Twitter", "Twitter"]


@pytest.mark.parametrize("text, content", [
    ("Police officials said a second device was also found in Chelsea and that location is being treated as a "
     "crime scene.", "a second device was also found in Chelsea and that location is being treated as a crime scene"),
    ("She said supervisors would sometimes dismiss her proposals, only to laud them later.",
     "supervisors would sometimes dismiss her proposals, only to laud them later"),
    ("Mook asserted that Trump tells so many lies that Clinton could lose her message.",
     "Trump tells so many lies that Clinton could lose her message"),
])
def test_a_passive_a_hypothetical_or_a_result_clause_inside_a_report_is_not_a_report_of_its_own(text, content):
    assert rows(text)["text"].tolist() == [content]


@pytest.mark.parametrize("text, content", [
    ("Don Fowler is calling for a process to identify a successor.", "a process to identify a successor"),
    ("Don Fowler wrote to the university, calling for his dismissal from the faculty.", "his dismissal from the faculty"),
    ("Don Fowler called Friday for releasing the police videos.", "releasing the police videos"),
])
def test_calling_for_as_a_progressive_a_participle_or_after_a_day(text, content):
    assert rows(text)[["speaker", "text"]].values.tolist() == [["Don Fowler", content]]


@pytest.mark.parametrize("text, speaker", [
    ("He read letters from black listeners to his radio program who said they had misgivings about her.",
     "black listeners to his radio program"),
    ("He met the head of the program who said it would close.", "the head of the program"),
])
def test_who_said_after_a_thing_goes_back_to_the_people_it_belongs_to(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_shared_surname_stays_with_the_holder_it_named_alone_first():
    out = rows('Jeff Halvorsen learned on Monday he would be the last. "It is like losing a family member," said '
               "Halvorsen, 49.\n\nAcross the street, owner Patty Halvorsen said she expects to lose business.\n\n"
               "Back in the parking lot, Halvorsen said he had not decided what to tell his son.")
    assert out["speaker"].tolist() == ["Jeff Halvorsen", "Patty Halvorsen", "Jeff Halvorsen"]


def test_the_first_of_two_surnames_is_the_surname_before_someone_else_with_it_is_named():
    out = rows('"We are against being lied to," said Eusebio Quispe Huamán, president of the community.\n\n'
               "Quispe said the communities would not lift the blockade.\n\n"
               "Quispe's niece, Rosa Quispe, 26, said women were cooking for the drivers.\n\n"
               "At the blockade, Quispe said the communities were prepared to wait.")
    assert out["speaker"].tolist() == ["Eusebio Quispe Huamán", "Eusebio Quispe Huamán", "Rosa Quispe",
                                       "Eusebio Quispe Huamán"]


def test_a_capitalised_particle_opening_a_sentence_is_the_surname_of_the_person_named_with_it():
    text = ("Mayor Bill de Blasio rejected the criticism on Monday.\n\n"
            "De Blasio said the move was made by the police commissioner.")
    assert [m.person.name for m in find_people(text)] == ["Bill de Blasio", "Bill de Blasio"]
    assert rows(text)["speaker"].tolist() == ["Bill de Blasio"]


def test_he_after_a_fronted_phrase_is_the_subject_it_fronts_not_the_last_speaker():
    out = rows("Mr. Oduya, who first heard Cornelius Whitfield play at a wedding, said he was not trying to fill "
               "anyone's shoes.\n\n"
               "Asked what he would miss most, Mr. Whitfield did not mention the music.\n\n"
               '"I have watched people get married from right here," he said.')
    assert out["speaker"].tolist()[-1] == "Cornelius Whitfield"


@pytest.mark.parametrize("given, gender", [("Marie-Ève", "f"), ("Jean-François", "m"), ("Anne-Marie", "f"),
                                           ("José", "m"), ("María", "f"), ("Hélène", "f"), ("Jean-Marie", ""),
                                           ("Stéphane", "m"), ("Clinton-Sanders", "")])
def test_hyphenated_and_accented_given_names_take_the_gender_of_their_parts(given, gender):
    from analysis.quotes.lexicon import given_name_gender
    assert given_name_gender(given) == gender


def test_she_after_a_woman_with_a_compound_given_name_is_her_not_the_university_named_last():
    out = rows("Marie-Ève Bouchard-Tanguay trains in Calgary and studies online through the Université du Québec à "
               "Chicoutimi. She said she hopes to work in sports rehabilitation.")
    assert out["speaker"].tolist() == ["Marie-Ève Bouchard-Tanguay"]


def test_a_person_described_by_age_is_the_one_of_that_age_or_the_last_named_without_one():
    out = rows("Rokeya Begum, 38, said she had brought in her son. Doctors told Abdul Karim, 61, to wait.\n\n"
               '"There is nowhere to wait," the 38-year-old garment worker told AFP.\n\n'
               "Marie-Ève Bouchard-Tanguay has trained here since she was eight.\n\n"
               '"I used to cry because my feet were frozen," the 19-year-old speed skater said.')
    assert out["speaker"].tolist() == ["Rokeya Begum", "Rokeya Begum", "Marie-Ève Bouchard-Tanguay"]


def test_a_plural_described_by_age_is_no_one_named_before():
    out = rows('Jane Doe runs the club. "We train at dawn," the 20-year-old students said.')
    assert out["speaker"].tolist() == ["the 20-year-old students"]


def test_the_title_of_a_work_is_no_person_for_he_to_refer_to():
    text = ("Stanley Wragg spent 38 years at the steelworks. His novel, The Furnace Men, follows three generations "
            'of a family and was written, he says, "in bits and bobs".')
    assert [m.person.name for m in find_people(text)] == ["Stanley Wragg"]
    assert rows(text)["speaker"].tolist() == ["Stanley Wragg"]


def test_a_work_title_needs_its_article_after_a_comma_so_the_author_after_one_is_still_named():
    text = "In his book, Clinton Evans argues that the war was lost in 1917."
    assert [m.person.name for m in find_people(text)] == ["Clinton Evans"]


def test_a_relative_named_by_a_given_name_alone_is_a_person():
    out = rows("Stanley Wragg left school at 15.\n\nHis wife, Maureen, confirms that the writing was a family joke. "
               '"For years it was Stan\'s book," she says.')
    assert out["speaker"].tolist() == ["Maureen Wragg", "Maureen Wragg"]  # (his wife: his family name)


def test_she_after_a_cleft_sentence_is_its_focus():
    out = rows('Nadia Rahman, his publisher, said the manuscript was "something special".\n\n'
               "It was one of those grandchildren, 24-year-old Ellie Wragg, who typed up the pages.\n\n"
               '"He would have left it in the loft forever," she says.')
    assert out["speaker"].tolist()[-1] == "Ellie Wragg"


def test_the_spokesman_after_a_spokesman_for_a_body_is_that_same_unnamed_source():
    out = rows("A spokesman for the Department for Environment, Food and Rural Affairs said that licences had been "
               'granted.\n\n"We have issued more than 1,800 licences," the spokesman said.')
    assert out["speaker"].tolist() == ["A spokesman for the Department for Environment, Food and Rural Affairs"] * 2
    assert out["speaker_type"].tolist() == ["anonymous", "anonymous"]


def test_the_spokesman_is_not_an_earlier_unnamed_source_with_another_head():
    out = rows('A Defra official said licences had been granted.\n\n"We will engage," the spokesman said.')
    assert out["speaker"].tolist() == ["A Defra official", "the spokesman"]


def test_a_short_given_name_before_a_surname_that_is_also_a_given_name_is_kept():
    text = ('"That is a terrible thing," said Norm Coleman, the former senator.\n\n'
            '"Folks recognize that we have time," Mr. Coleman said.')
    assert [m.person.name for m in find_people(text)] == ["Norm Coleman", "Norm Coleman"]
    assert rows(text)["speaker"].tolist() == ["Norm Coleman", "Norm Coleman"]


def test_a_preposition_opening_a_headline_is_no_given_name():
    text = "Beneath Clinton's Wins, a Warning\n\nHillary Clinton won again on Tuesday."
    assert [m.person.name for m in find_people(text)] == ["Hillary Clinton", "Hillary Clinton"]


def test_an_inverted_cue_before_a_surname_is_no_given_name():
    text = 'Ryan Ellis, a tax expert, disagreed. Said Ellis: "It would make the code more complicated."'
    assert [m.person.name for m in find_people(text)] == ["Ryan Ellis", "Ryan Ellis"]


def test_a_that_less_clause_may_open_with_a_gerund_and_its_noun():
    out = rows("Rep. Chris Collins, R-NY, says meeting participants outlined a scenario in which the front-runner "
               "wins.")
    assert out["speaker"].tolist() == ["Chris Collins"]
    assert out["text"].tolist() == ["meeting participants outlined a scenario in which the front-runner wins"]


def test_a_group_compared_with_others_is_the_group():
    out = rows("Democratic economists, like their Republican counterparts, say the tax encourages savings.")
    assert out["speaker"].tolist() == ["Democratic economists"]


def test_a_clause_after_the_verb_is_no_inverted_source_but_an_outgoing_chief_is():
    out = rows("Yet economists, like their counterparts, say taxing consumption encourages savings.\n\n"
               "The plan is dead, said outgoing chief executive Jane Doe.")
    assert "taxing consumption encourages savings" not in out["speaker"].tolist()
    assert out["speaker"].tolist()[-1] == "Jane Doe"


def test_the_prime_minister_is_not_someone_named_with_another_office():
    out = rows("Tony Blair spoke in Glasgow on Monday.\n\n"
               "Health Secretary John Reid said the reports were damaging. "
               "But the prime minister said he had discussed these claims with the chancellor.")
    assert out["speaker"].tolist() == ["John Reid", "Tony Blair"]


def test_the_siblings_are_the_two_people_named_together_before():
    out = rows("The company is run by Martin Hartley, the founder's grandson, and his sister, Catherine Hartley, who "
               "is finance director.\n\nIn a statement, the siblings said they were heartbroken.\n\n"
               '"We fought for as long as we could," they said.')
    assert out["speaker"].tolist() == ["Martin Hartley & Catherine Hartley"] * 2


@pytest.mark.parametrize("two", ["the two", "The two"])
def test_the_two_after_a_quotation_are_the_pair_named_together_before(two):
    text = ("Headline\n\nJudiciary Chairman Bob Goodlatte and Committee Chairman Trey Gowdy sent a letter to Comey on "
            f"Monday. “You seem to have picked a new standard,” {two} write.")
    assert only(text)["speaker"] == "Bob Goodlatte & Trey Gowdy"


def test_the_couple_with_no_pair_named_before_stays_unnamed():
    out = rows("Martin Hartley runs the bakery.\n\nThe couple said they were heartbroken.")
    assert out["speaker"].tolist() == ["the couple"]


@pytest.mark.parametrize("text, name, gender", [
    ("Siân Pritchard-Jones says she has been told the theatre is no longer a priority.", "Siân Pritchard-Jones", "f"),
    ("The company is run by Rhys Pryce and his sister, Ffion Pryce, who is finance director.", "Ffion Pryce", "f"),
    ("Owain Hughes, who joined the youth group at 11, said his first job was there.", "Owain Hughes", "m"),
    ("Nkechi Obi, 79, who has lived alone since her husband died in 2021, said the path was too steep.", "Nkechi Obi",
     "f"),
])
def test_the_text_gives_the_gender_the_name_list_lacks(text, name, gender):
    assert {m.person.name: m.person.gender for m in find_people(text)}[name] == gender


def test_she_after_a_speaker_of_unknown_gender_is_the_woman_named_since():
    out = rows("Siân Pritchard-Jones says she has run the theatre for 22 years.\n\n"
               'The actor Owain Tudur said the closure was "unthinkable".\n\n'
               '"She gave me my first job," he said.\n\n'
               "Colleagues describe Pritchard-Jones as formidable.\n\n"
               '"Maybe we go dark in July," she says.')
    assert out["speaker"].tolist()[-1] == "Siân Pritchard-Jones"


@pytest.mark.parametrize("text", [
    'Graham Whitcomb, the managing partner, declined to be interviewed. In a statement provided by a spokeswoman, he '
    'said the fees reflected costs.\n\n"We are not developers," the statement said.',
    "Eastside Crossing's managing member, Brent Kowalczyk, said in a written statement that a notice had been "
    'mailed.\n\n"We regret the pain," the statement said.',
])
def test_the_statement_is_whoever_spoke_in_it_before(text):
    out = rows(text)
    assert out["speaker"].iloc[-1] in {"Graham Whitcomb", "Brent Kowalczyk"}
    assert out["speaker"].nunique() == 1


@pytest.mark.parametrize("text, speaker", [
    ("Ochoa's temperature was 108 degrees, according to an autopsy report entered into evidence.", "an autopsy report"),
    ("Ochoa's temperature was 108 degrees, according to an autopsy report released by his family's attorney.",
     "an autopsy report"),
    ("About 540 students will be moved, according to a district plan presented at the meeting.", "a district plan"),
    ("The company owes $41 million, according to documents posted online by its monitor.", "documents"),
    ("A Republican committee aide, granted anonymity to discuss the talks, said the vote would slip.",
     "A Republican committee aide"),
    ('The note, written for the trust\'s board in November, said the wards were "not safe".', "the note"),
])
def test_an_unnamed_document_or_source_is_its_noun_phrase_without_what_follows_its_head(text, speaker):
    # where it was entered, presented or posted, and why a source is unnamed, are not part of the source
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Nearly all of the money would be spent within three years, according to a Congressional Budget Office estimate "
     "released in June.", "Congressional Budget Office"),
    ("Yields have fallen by a third, according to an agriculture ministry report seen by Reuters.",
     "agriculture ministry"),
    ("At least 14 drugs are out of stock, according to an internal Health Ministry list dated Nov. 3.",
     "Health Ministry"),
    ("Incomes stalled for a decade, according to a report published by the Institute for Fiscal Studies.",
     "Institute for Fiscal Studies"),
    ("The UK Health Security Agency is investigating. Cases are rising, according to a UKHSA briefing.",
     "UK Health Security Agency"),
])
def test_a_document_named_by_the_body_that_made_it_is_that_body(text, speaker):
    assert rows(text)["speaker"].str.replace("the ", "", regex=False).tolist() == [speaker]


def test_a_document_about_another_body_is_not_that_body():
    out = rows("Sanders raised more from small donors, according to a POLITICO analysis of FEC records.")
    assert "FEC" not in out["speaker"].tolist()


def test_the_coroner_is_the_person_a_description_before_her_name_made_coroner():
    out = rows("Recording a conclusion on Thursday, the senior coroner for Leicester City, Catherine Wragg, said the "
               "barriers had been inadequate.\n\nMs Wragg said she would write to the department. It remained lawful "
               "to sell the scooters, the coroner noted.")
    assert out["speaker"].tolist() == ["Catherine Wragg"] * 3


def test_the_union_leader_is_the_unions_president():
    out = rows("Juan Pablo Caceres, president of the smelter's main workers' union, told Radio Bio Bio that workers "
               'had complained for months.\n\n"We warned them, in writing," the union leader said.')
    assert out["speaker"].tolist() == ["Juan Pablo Caceres"] * 2


def test_a_coach_from_a_rival_team_is_someone_new_and_the_coach_after_him_is_him():
    out = rows("Head coach Tore Myhre said the ban was absurd.\n\nA coach from a rival team, who asked not to be "
               "identified, said the IBU could not look lenient.\n\n"
               '"Every team will come with a lawyer next time," the coach said.')
    assert out["speaker"].tolist() == ["Tore Myhre", "A coach from a rival team", "A coach from a rival team"]


def test_a_relative_clause_after_a_name_gives_that_person_no_role():
    text = "Ola Brenden, who spoke alongside head coach Tore Myhre, said the federation would appeal."
    roles = {m.person.name: m.person.roles for m in find_people(text)}
    assert "coach" not in roles["Ola Brenden"] and "coach" in roles["Tore Myhre"]


def test_a_long_title_joined_by_and_before_an_appositive_name_is_that_person():
    out = rows("Ontario's Minister of Northern Economic Development and Growth, Denise Beaulne-Carter, said in a "
               'statement the province was "deeply disappointed" by the decision.')
    assert out["speaker"].tolist() == ["Denise Beaulne-Carter"]


def test_a_canadian_dateline_lead_description_is_the_person_the_next_sentence_names():
    out = rows("MONTREAL — Quebec's transport minister accused Montreal city hall on Tuesday of staging \"political "
               'theatre" over looming cuts.\n\n"Montreal has known for three years what its obligations are," Minister '
               "of Transport and Sustainable Mobility Geneviève Lalonde-Ouellet told reporters in Quebec City.")
    assert out["speaker"].tolist() == ["Geneviève Lalonde-Ouellet"] * 2


def test_the_family_by_its_surname_is_its_members_named_before():
    out = rows("James Tranter, 34, and his wife, Olivia Tranter, 31, were arrested on Friday.\n\n"
               "In a short statement, the Tranters said they had never intended any disrespect.")
    assert out["speaker"].tolist() == ["James Tranter & Olivia Tranter"]


def test_two_given_names_joined_before_one_surname_are_two_people_and_the_family_is_them():
    text = ("James and Olivia Tranter, both 34, were arrested on Sunday.\n\nMr Tranter's brother, Ben Tranter, said "
            "the family were sick with worry.\n\nIn a statement, the Tranters said they had never intended any "
            'disrespect.\n\n"We are co-operating fully," they said.')
    assert [m.person.name for m in find_people(text)][:2] == ["James Tranter", "Olivia Tranter"]
    assert rows(text)["speaker"].tolist() == ["Ben Tranter"] + ["James Tranter & Olivia Tranter"] * 2


def test_he_is_never_two_people():
    out = rows('James and Olivia Tranter said they were sorry.\n\n"We never meant it," he said.')
    assert "&" not in out["speaker"].iloc[-1]


@pytest.mark.parametrize("retort", ["shot back", "fired back", "hit back"])
def test_a_verb_of_retort_with_back_cues_the_quotation_it_opens(retort):
    text = (f'The mayor called the budget reckless on Monday. Councillor Priya Natarajan {retort}: "The mayor has '
            'not read it."')
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Priya Natarajan", "The mayor has not read it.")


def test_as_someone_put_it_names_the_speaker_before_and_after_the_quotation():
    before = ('Few expected the vote. As Owen Gallagher, the club secretary, put it: "Nobody saw this coming."')
    after = 'Few expected the vote. "Nobody saw this coming," as Owen Gallagher put it.'
    assert only(before)["speaker"] == only(after)["speaker"] == "Owen Gallagher"


@pytest.mark.parametrize("verb", ["issued", "released"])
def test_a_person_who_issued_the_following_statement_speaks_the_next_paragraph(verb):
    row = only(f"The bridge closed on Friday. Mayor Lidia Moreau {verb} the following statement:\n\n"
               '"We will reopen it as soon as engineers say it is safe."')
    assert row["speaker"] == "Lidia Moreau"


@pytest.mark.parametrize("description", ["the communications director for the Green Party",
                                         "president and chief executive of the dairy board"])
def test_a_name_opening_the_sentence_before_a_description_with_no_closing_comma_is_the_speaker(description):
    row = only(f'Talks ended on Friday. Marta Ekdahl, {description} said: "We are ready for the vote."')
    assert row["speaker"] == "Marta Ekdahl"


def test_a_place_opening_the_sentence_before_a_description_is_no_speaker():
    row = only('Talks ended on Friday. In Uppsala, the communications director for the Green Party said: "We are '
               'ready for the vote."')
    assert row["speaker"] != "Uppsala"


@pytest.mark.parametrize("subject,speaker", [("Others, however,", "others"),
                                             ("Hartley and Obuya both", "Hartley and Obuya"),
                                             ("Dana Hartley, the party chair, this past week", "Dana Hartley"),
                                             ("Dana Hartley, who has led the party since its split with the "
                                              "unions, on Monday", "Dana Hartley")])
def test_an_aside_between_a_subject_and_its_verb_is_not_the_speaker(subject, speaker):
    out = rows(f"The party met. {subject} argued that the split would cost seats.")
    assert out["speaker"].tolist() == [speaker]


def test_a_negated_auxiliary_is_not_part_of_the_subject():
    out = rows("The channel covered the rally. Still, Courier didn't report that the minister had apologized.")
    assert "didn" not in out["speaker"].iloc[0]


def test_a_dateline_with_a_state_abbreviation_is_not_the_subject():
    out = rows("BUENA PARK, Calif. — Senator Ruth Okafor toured the plant last week and promised that she would "
               "fight for the jobs.")
    assert out["speaker"].tolist() == ["Ruth Okafor"]


def test_an_organisations_role_no_one_holds_is_not_the_last_person_named():
    out = rows("The defence minister met his counterpart Han Jae-won on Monday.\n\nNATO's secretary general, "
               "meanwhile, said that the alliance would respond.")
    assert out["speaker"].tolist() == ["NATO's secretary general"]


def test_a_cue_after_a_question_followed_by_how_it_was_said_keeps_its_speaker():
    text = ('The phone rang twice. "Are you voting today?" Ines Varga, a retired nurse, asked cheerfully into the '
            'phone. "I can drive you to the polls."')
    assert rows(text)["speaker"].tolist() == ["Ines Varga"] * 2


def test_a_lone_surname_before_its_appositive_is_the_speaker_and_a_body_keeps_its_name():
    person = only('"Are you voting today?" Varga, a retired nurse, asked cheerfully.')
    body = only('"The figures are wrong," Korvex, the Finnish mining company, said on Monday.')
    assert (person["speaker"], body["speaker"], body["speaker_type"]) == ("Varga", "Korvex", "organization")


def test_would_only_say_is_a_report_not_a_hypothetical():
    out = rows("Asked about the merger, the chief executive would only say that the talks were continuing.")
    assert "the talks were continuing" in out["text"].tolist()


@pytest.mark.parametrize("opener", ["But in a call with reporters on Dec. 2,", "And although the vote was close,"])
def test_a_conjunction_before_an_opening_adjunct_leaves_the_subject_after_it(opener):
    out = rows(f'The vote was held. {opener} Col. Ray Dunmore, a spokesman in Kabul, told reporters: "We are '
               'pleased with the result."')
    assert out["speaker"].tolist()[-1] == "Ray Dunmore"


def test_only_in_the_verb_group_is_not_part_of_the_source():
    row = only('The schedule was odd, and a spokesman for the Hale campaign could only quip: "We go where the '
               'voters are."')
    assert row["speaker"] == "a spokesman for the Hale campaign"


@pytest.mark.parametrize("body,description", [("Bread for Tomorrow", "a coalition of food banks and charities"),
                                              ("Opportunity Works Action", "a conservative advocacy group that "
                                                                           "scores votes")])
def test_a_body_before_its_appositive_is_named_without_it(body, description):
    out = rows(f"The bill reached the floor on Monday. {body}, {description}, urged members to vote against it.")
    assert out[["speaker", "speaker_type"]].values.tolist() == [[body, "organization"]]


def test_the_protesters_and_how_they_are_made_up_are_the_protesters():
    out = rows("The mine opened in 2020. The protesters, most of them farmers from four villages, say the mine will "
               "drain the springs.")
    assert out["speaker"].tolist() == ["the protesters"]


def test_a_body_and_its_kind_are_the_body_and_the_kind_alone_is_it_later():
    out = rows("Is it the same everywhere? No. Research by the Halden Institute think tank suggests waits are "
               "longest in rural areas.\n\nThe think tank said some areas had fewer than 30 dentists per 100,000 "
               "people.")
    assert out["speaker"].tolist() == ["Halden Institute"] * 2


def test_the_company_is_the_one_the_article_is_about_not_the_last_one_named():
    out = rows("Larchwood Timber Inc. will close its sawmill in Prince George, it said on Tuesday. Larchwood blamed "
               "weak prices. Larchwood shares fell 4 per cent, according to analysts at Bayview Capital Corp.\n\n"
               "The Vancouver-based company said severance would follow the collective agreement.")
    assert out["speaker"].tolist()[-1] == "Larchwood Timber Inc."


@pytest.mark.parametrize("intro", ["Homeware retailer Larkfield Home", "Leeds-based Larkfield Home"])
def test_the_company_paragraphs_after_its_introduction_is_the_one_introduced_as_a_company(intro):
    far = "\n\n".join(["Shoppers cut back in the autumn.",
                        'Jane Doe, the chief executive, said the cuts were "painful".',
                        '"We have too many stores," she said.', '"We will find them roles," she said.'])
    out = rows(f"{intro} is to close 38 stores.\n\n{far}\n\nThe company said most would close by March.")
    assert out["speaker"].tolist()[-1] == "Larkfield Home"


def test_of_two_companies_named_as_often_the_company_is_the_one_named_first():
    out = rows("Calder Point has a stake in Thornbury Group. It wants Thornbury to sell its unit, known as Thornbury "
               "Mission Systems, by December.\n\nIn a statement, the company said its board had listened.")
    assert out["speaker"].tolist()[-1] == "Thornbury Group"


def test_a_name_and_its_role_before_a_relative_clause_on_the_body_is_the_speaker():
    out = rows("The mill opened in 1921. Dana Whitlock, president of Local 2207, which represents about 300 of the "
               "mill's workers, said members learned of the closure at a morning meeting.")
    assert out["speaker"].tolist() == ["Dana Whitlock"]


def test_a_lead_description_is_the_one_holder_of_its_role_not_whoever_the_next_sentence_names():
    out = rows("Inquest hears of unlit trench\n\nA coroner has warned that more riders will die unless the law "
               "changes.\n\nTomas Reyes, 15, died in March. Coroner Helen Marsh said the trench had no lights.")
    assert out["speaker"].tolist() == ["Helen Marsh"] * 2


def test_an_aside_set_off_by_double_hyphens_and_holding_commas_leaves_the_subject_before_it():
    row = only("The vote was close. Socialist regional leader Ana Sousa -- no relation to the mayor, in a town where the "
               'surname is common -- said the council had "a duty" to refuse the deal.')
    assert row["speaker"] == "Ana Sousa"


def test_a_party_tag_in_brackets_does_not_make_a_trailing_source_too_long():
    out = rows('At least 14 Republicans have said they will oppose the rule.\n\n"It is a betrayal, plain and '
               'simple," Rep. Dale Ostrander (R-Okla.), a Freedom Caucus member who is organizing the opposition, '
               "said in an interview.")
    assert out["speaker"].tolist()[-1] == "Dale Ostrander"


def test_a_company_named_by_its_first_word_is_the_company_when_the_industry_word_follows_in_its_name():
    out = rows("The court quashed a consent allowing Kahu Minerals to dredge iron sand.\n\nKahu said the mine would "
               "create about 300 jobs in Northland.")
    assert out["speaker"].tolist()[-1] == "Kahu Minerals"


def test_a_name_after_a_title_ending_in_at_large_is_found():
    out = rows('Among those who voted no was Councilor at Large Steven Kourkoulis, the mayor\'s cousin, who said the '
               'plan was "rushed".')
    assert out["speaker"].tolist() == ["Steven Kourkoulis"]


def test_a_long_title_with_for_before_the_name_gives_that_name():
    out = rows("Nurses arrived in May. Minister of Rural Health and Minister Responsible for Seniors Harold Wiebe "
               'rejected the claim, and said the province had added seats.\n\n"Nobody is left alone," Mr. Wiebe said.')
    assert out["speaker"].tolist() == ["Harold Wiebe"] * 2


@pytest.mark.parametrize("title, name", [
    ("Minister of State for Defence Procurement and Estates", "Gareth Lloyd-Ellis"),
    ("Minister of Environment and Minister Responsible for the Water Security Agency", "Gordon Rempel"),
])
def test_a_title_going_on_after_and_or_for_ends_in_no_surname(title, name):
    # an ordinary word before "and"/"for" ("Procurement", "Responsible") is the title's, and the role noun later is
    # the person named after the whole title
    out = rows(f"The base will close. {title} {name} insisted the decision had been scrutinised.\n\n"
               'The minister said no soldier would lose a job.')
    assert out["speaker"].tolist() == [name] * 2


@pytest.mark.parametrize("text", [
    'Sporting Minds, a charity founded by former athletes, said his decision would "save lives".',
    'Harbour Lights, a charity, said the decision would "save lives".',
    "The Edhi Foundation, Pakistan's largest ambulance service, said its morgue had received 61 bodies.",
])
def test_a_name_before_an_appositive_whose_head_is_a_kind_of_body_is_the_body(text):
    # a capitalised -ing word opening a name is no participle clause, and a participle after the head is skipped
    assert rows(text)["speaker"].tolist() == [text.split(",")[0].removeprefix("The ")]


@pytest.mark.parametrize("text, speaker", [
    ("When Laila Bennani opened her first plant in 2009, her father told her she was wasting her degree.\n\n"
     "Abdelkrim Bennani, a retired engineer, does not dispute it.", "Abdelkrim Bennani"),
    ("Chidi Okonkwo, a doctor, left for Britain.\n\nAdaeze Okonkwo stayed in Lagos.\n\nChidi Okonkwo said he had "
     "thought about it.\n\nHis sister said she was not ready to go.", "Adaeze Okonkwo"),
    ("Osman was on the flight, according to his brother Alastair Osman. Richard Osman was 40.\n\nHe had just become a "
     "father again, his brother added.", "Alastair Osman"),
])
def test_a_relative_named_only_as_such_is_the_one_person_of_the_family_named_in_full(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_name_after_a_role_and_a_description_set_off_by_commas_is_the_subject():
    out = rows("Delegates met at the UN Environment Programme's headquarters.\n\nBut after 11 days, the chair of the "
               "talks, the Ecuadorian diplomat Martín Quiroga Salas, suspended the session, telling delegates there "
               'was "no basis for consensus".\n\n"We have come far," he said.')
    assert out["speaker"].tolist() == ["Martín Quiroga Salas"] * 2


def test_a_report_by_a_body_written_in_lower_case_is_the_bodys_and_so_is_the_report_later():
    out = rows("An estimated 1.1 million people owe money to illegal lenders, according to a report published today "
               "by the all-party parliamentary group on financial inclusion.\n\nThe report said lenders were "
               "advertising openly.")
    assert out["speaker"].tolist() == ["the all-party parliamentary group on financial inclusion"] * 2
    assert out["speaker_type"].tolist() == ["organization"] * 2


def test_a_couple_named_together_share_the_surname_even_when_the_census_lacks_the_first_name():
    out = rows("Gareth and Ann Pritchard, from Swansea, were on the upper deck.\n\n\"There was a bang,\" Mrs Pritchard "
               "said.\n\nMr Pritchard, 67, said a crew member had pulled a man out.")
    assert out["speaker"].tolist() == ["Ann Pritchard", "Gareth Pritchard"]


def test_it_after_the_company_in_its_sentence_is_that_company():
    out = rows("Homeware retailer Larkfield Home is to close 38 stores.\n\nShares in the Leeds-based company fell 31% "
               'after it told the stock market that profits would be "materially below" forecasts.')
    assert out["speaker"].tolist() == ["Larkfield Home"]


def test_an_unnamed_source_ends_before_an_appositive_on_its_body():
    out = rows("A senior official in the Liberal Democratic Alliance (ALD), the largest party in the coalition, told "
               'Reuters the ALD had offered a compromise.\n\n"They wanted the exit," the official said.')
    assert out["speaker"].tolist() == ["A senior official in the Liberal Democratic Alliance"] * 2


@pytest.mark.parametrize("title", ["Assemblymember", "Assemblywoman"])
def test_a_state_legislators_title_is_no_part_of_the_name(title):
    out = rows(f"{title} Gloria Benavides said the bill would pass. Benavides said she had the votes.")
    assert out["speaker"].tolist() == ["Gloria Benavides"] * 2


def test_the_developer_is_the_company_named_before():
    out = rows("Kempenfelt Shores Developments Inc. sued the group in March.\n\nThe developer said the campaign had "
               "scared off a lender.")
    assert out["speaker"].tolist() == ["Kempenfelt Shores Developments Inc."]


def test_a_bodys_office_speaking_for_it_is_the_body():
    out = rows("Kevin Pruitt, president of the American Federation of Government Employees local, spoke on Monday.\n\n"
               'The union\'s national office said in a statement that it would fight the closures "in Congress".')
    assert out["speaker"].tolist()[-1] == "American Federation of Government Employees"


def test_a_bylines_writer_is_no_antecedent_of_he():
    out = rows("Chess prodigy eyes world stage\n\nBy Timur Nasriddinov\n\nTASHKENT (Reuters) - Madina Kholmatova was "
               "seven when she first beat her father at chess. He has not won a game against her since, he says.")
    assert "Timur Nasriddinov" not in out["speaker"].tolist()


def test_she_after_her_in_a_relative_clause_gives_no_gender_to_the_person_named():
    # "who has trained her since she was nine": she is the girl; the coach is the "he" who speaks later
    out = rows('"She plays like she has nowhere else to be," said her coach, Grandmaster Rustam Khodjaev, who has '
               "trained her since she was nine.\n\nHer father, Bakhtiyor Kholmatov, plays with her on Sundays.\n\n"
               "Khodjaev said her weakness was the clock. She often rushes her last moves, he said.")
    assert out["speaker"].tolist()[0] == "Rustam Khodjaev"
    assert out["speaker"].tolist()[-1] == "Rustam Khodjaev"


def test_a_body_named_after_its_description_is_the_body():
    out = rows("BUCHAREST, Oct 14 (Reuters) - Romania's junior ruling partner, the Civic Renewal Party (PRC), pulled "
               'its ministers out of the government on Tuesday, saying a plan had "torn up" the agreement.')
    assert out["speaker"].tolist() == ["Civic Renewal Party"]


def test_saint_abbreviated_in_a_place_name_does_not_end_the_sentence():
    out = rows("In 2020, the Supreme Court of Canada used a case from Sault Ste. Marie to set out the test, warning "
               "that such suits can discourage people from taking part in public debate.")
    assert out["speaker"].tolist() == ["Supreme Court of Canada"]


def test_a_bylines_beat_in_title_case_is_no_part_of_the_name():
    out = rows("Milk prices fall\n\nTom Ainsworth Food and farming correspondent\n\nDairy farmers are angry.\n\n"
               'The Department for Environment, Food and Rural Affairs said it was "monitoring the situation".')
    assert out["speaker"].tolist()[-1] == "Department for Environment, Food and Rural Affairs"


def test_an_unnamed_person_from_a_place_before_a_relative_clause_is_the_person():
    out = rows("One woman from Stoke-on-Trent, who gave evidence anonymously, said she had borrowed 300 pounds.")
    assert out["speaker"].tolist() == ["One woman from Stoke-on-Trent"]


def test_one_role_turned_another_before_a_name_is_part_of_the_subject():
    out = rows('Former England bowler turned broadcaster Derek Pendry wrote in his column that the calendar was '
               '"indefensible".')
    assert out["speaker"].tolist() == ["Derek Pendry"]


def test_a_verb_coordinated_after_an_asked_clause_takes_the_subject_not_asked():
    out = rows('Ms Kenyon said sales fell.\n\nAsked whether more closures could follow, she said she would "never say '
               'never", but insisted the rest of the estate was "profitable and performing".')
    assert out[out["kind"] == "partial"]["speaker"].tolist() == ["Kenyon", "Kenyon"]


def test_she_in_the_next_paragraph_stays_with_the_unnamed_source_she_stood_for():
    out = rows("Shabana Hussain told the BBC her mother had waited 41 hours.\n\nOne senior nurse at the hospital, who "
               "asked not to be named because she was not authorised to speak, said staff were stretched.\n\n"
               '"We do our best," she said.\n\nShe said some colleagues had left for agency work.')
    assert out["speaker"].tolist()[-1] == "One senior nurse at the hospital"


def test_a_given_name_alone_after_brothers_named_together_is_that_brother():
    # "Karim" is no census given name and is a frequent word: the article never writes it in lower case and names
    # his brother by the same surname
    out = rows("Brothers Karim and Youssef Ragab, who farm beside the line, heard the crash.\n\nKarim, the elder of "
               "the two, said villagers had used a tractor.")
    assert out["speaker"].tolist() == ["Karim Ragab"]


def test_a_kind_noun_is_not_the_body_of_another_kind_that_spoke_just_before():
    out = rows('"Four carriages came off the rails," the railway authority said.\n\nThe health ministry said 17 '
               "people had died.")
    assert out["speaker"].tolist() == ["the railway authority", "the health ministry"]


def test_a_family_name_before_a_hyphenated_given_name_is_the_surname():
    out = rows("Prosecutors sought a five-year term for Park Jae-hyun, 46. Park Yong-soo, the group's honorary "
               'chairman, said he was "deeply ashamed".\n\n"I bear responsibility," Mr. Park said.\n\n'
               "Ban Ki-moon spoke next. He said the deal would hold.")
    assert out["speaker"].tolist() == ["Park Yong-soo", "Park Yong-soo", "Ban Ki-moon"]


def test_an_arabic_article_joined_to_a_surname_is_part_of_the_name():
    out = rows('Ministry spokesman Ayman el-Sherbini told AFP the toll "could rise". More than 60 ambulances had been '
               'sent, he said.\n\n"We have won," Assad said after President Bashar al-Assad spoke.')
    assert out["speaker"].tolist() == ["Ayman el-Sherbini", "Ayman el-Sherbini", "Bashar al-Assad"]


def test_a_kind_of_body_before_its_name_gives_the_name_and_the_kind_later_is_it():
    out = rows("The road safety charity Marlow Trust has called the rules a mess. The charity said at least 19 riders "
               "had died.")
    assert out["speaker"].tolist() == ["Marlow Trust"] * 2


def test_a_union_keeps_the_word_union_as_its_name_is_written():
    out = rows("Workers walked out on Monday. The Unite union said the offer was an insult.")
    assert out["speaker"].tolist() == ["Unite union"]


def test_the_head_word_of_a_possessive_body_name_is_the_owner():
    out = rows("The Bank of Thailand's Monetary Policy Committee voted to cut rates. Ministers wanted more, while the "
               "bank has repeatedly said it must guard against debt.")
    assert out["speaker"].tolist()[-1] == "Bank of Thailand"


def test_a_relative_named_by_given_name_after_the_owners_surname_is_of_that_family_and_he_is_him():
    out = rows('Ryan Tulk skipped the rink to the title. "This is for the town," Tulk said.\n\nTulk\'s younger '
               "brother Aaron, who throws third stones, was in tears. He said the brothers had learned the game from "
               "their father.")
    assert out["speaker"].tolist() == ["Ryan Tulk", "Aaron Tulk"]


def test_a_digest_item_names_its_source_after_a_dash_before_the_colon():
    row = only('TURNOUT IN THE NORTH FELL AGAIN - Priya Raman and Tom Healy: "Fewer people voted than in 2019."')
    assert row["speaker"] == "Priya Raman & Tom Healy"


def test_a_cue_verb_far_before_the_colon_still_cues_the_quotation():
    out = rows("Asked about the strike, Halvorsen responded with a phrase that could have come from his rival "
               'himself: "We need to win this one."')
    assert out[out["kind"] == "direct"]["speaker"].tolist() == ["Halvorsen"]


def test_an_addressee_and_how_it_was_asked_do_not_make_a_new_report():
    out = rows('"You think I am going to change?" Tremblay asked reporters rhetorically at a news conference. "I am '
               'not changing."')
    assert out["speaker"].tolist() == ["Tremblay"] * 2


def test_speculated_reports_what_was_said_and_the_quotation_after_it_is_the_same_speaker():
    out = rows("The men were detained on Monday.\n\nIn a video on Thursday, Mayor Ana Ruiz speculated that the men "
               'could be part of a larger ring.\n\n"It could be the beginning of something."')
    assert out["speaker"].tolist() == ["Ana Ruiz"] * 2


def test_a_common_word_opening_a_sentence_is_not_a_name_before_the_noun_phrase_it_opens():
    out = rows("Officials met on Friday. Nuclear proliferation experts have discounted the claims, but have "
               "speculated that the regime might be able to boost its yield.")
    assert out["speaker"].tolist() == ["Nuclear proliferation experts"]


def test_mused_cues_a_quotation():
    out = rows('"Imagine a third candidate on the same stage," mused radio host Lena Varga. "It would be chaos."')
    assert out["speaker"].tolist() == ["Lena Varga"] * 2


def test_a_time_ago_between_subject_and_verb_is_not_the_subject():
    out = rows("The emails were released on Friday. The Transport Department less than two weeks ago said that some "
               "files were missing.")
    assert out["speaker"].tolist() == ["Transport Department"]


def test_adding_after_a_trailing_cue_is_that_cues_source():
    out = rows("Okafor had his son with him. Okafor left as soon as prayers were finished, Nefzi said, adding, \"He "
               'was always in a hurry."')
    assert out["speaker"].tolist() == ["Nefzi"] * 2


def test_according_to_a_titled_name_keeps_the_name_past_the_titles_point():
    out = rows("The probe ended in May. According to Rep. Dana Whitcomb, the inquiry uncovered the missing files.")
    assert out["speaker"].tolist() == ["Dana Whitcomb"]


def test_an_aside_of_a_few_words_after_a_party_tag_leaves_both_people():
    out = rows("Jason Chaffin leads the panel. Chaffin and Rep. Bob Goodwin (R-Va.), for example, earlier asked the "
               "attorney to investigate.")
    assert out["speaker"].tolist() == ["Jason Chaffin & Bob Goodwin"]


def test_a_name_with_a_particle_inside_is_a_person_though_its_words_are_common():
    out = rows("PARIS (AP) — France's far-right party leader, Marine Le Pen, voiced support for the candidate on "
               "Wednesday, saying he would be good for France.")
    assert out["speaker"].tolist() == ["Marine Le Pen"]


def test_two_groups_joined_by_and_are_one_source():
    out = rows("The leak was confirmed. Security experts and U.S. officials, however, said they believed Russia was "
               "behind it.")
    assert out["speaker"].tolist() == ["Security experts and U.S. officials"]


@pytest.mark.parametrize("verb", ["interjected", "pressed"])
def test_interjected_and_pressed_cue_quotations(verb):
    out = rows(f'"Is it negotiable?" Dana Hollis {verb}. "Would you let some people stay?"')
    assert out["speaker"].tolist() == ["Dana Hollis"] * 2


def test_the_agency_after_a_body_that_spoke_is_that_body():
    out = rows("The Société de transport de Laval said on Monday that it faces a $118-million shortfall.\n\n"
               "Without new money from Quebec, the agency said it would have to cut 42 bus lines.")
    assert out["speaker"].tolist() == ["Société de transport de Laval"] * 2


@pytest.mark.parametrize("source,speaker", [("Reuters calculations", "Reuters"),
                                            ("KCDC data", "Korea Centre for Disease Control")])
def test_a_bodys_data_or_calculations_are_that_body(source, speaker):
    out = rows("The Korea Centre for Disease Control (KCDC) said 40 people had died. Most cases are in one district, "
               f"according to {source}.")
    assert out["speaker"].tolist()[-1] == speaker


def test_a_document_a_body_released_is_that_bodys():
    out = rows("The Ohio Department of Health confirmed the cases on Friday. Most are clustered in one town, "
               "according to a map the department released Friday.")
    assert out["speaker"].tolist() == ["Ohio Department of Health", "Ohio Department of Health"]


def test_a_group_and_where_it_is_from_is_the_group_not_a_place_named_there():
    out = rows("The protesters, from a dozen communities near the Marcapata Grande mine, say the operator has "
               "contaminated their streams.")
    assert out["speaker"].tolist() == ["the protesters"]



def test_a_document_drawn_up_by_a_body_is_that_bodys():
    out = rows("Officials in Humber published a consultation on Tuesday.\n\nThe document, drawn up by the local "
               "integrated care board, states that the unit has relied on agency locums.")
    assert out["speaker"].tolist() == ["the local integrated care board"]


def test_its_own_report_after_a_body_spoke_is_that_bodys():
    out = rows("The Arts Council of Wales says its decisions were the hardest it had taken. Its budget has fallen "
               "by a fifth since 2010, according to its own annual report.")
    assert out["speaker"].tolist() == ["Arts Council of Wales"] * 2


def test_a_qualified_role_in_the_lead_is_its_one_holder_named_later_under_a_long_title():
    out = rows("TORONTO — Ontario's fisheries minister accused Ottawa on Tuesday of \"abandoning\" the "
               "inshore fleet.\n\nThe federal department announced the quota cut on Monday.\n\n\"Ottawa has known "
               'for years," Minister of Fisheries and Aquaculture Roseline Thibodeau told reporters.')
    assert out["speaker"].tolist()[0] == out["speaker"].tolist()[-1] == "Roseline Thibodeau"


@pytest.mark.parametrize("place", ["Nova Scotia", "British Columbia", "Ottawa"])
def test_a_canadian_province_or_the_capital_is_no_person(place):
    out = rows(f"{place} said on Tuesday that the fishery would reopen in May.")
    assert out["speaker_type"].tolist() == ["organization"]


def test_a_possessive_after_a_final_s_names_its_owner():
    out = rows("The firm paid $168,000 last year. Fusion GPS’ statement said it had told Congress about the payments.")
    assert out["speaker"].tolist() == ["Fusion GPS"]


def test_the_wife_of_someone_is_not_him_but_the_woman_of_his_family_named_in_the_article():
    text = ("WASHINGTON (Reuters) - The wife of Senate candidate Roy Moore said on Friday her husband would not end "
            "his campaign. Kayla Moore told supporters he would fight on.")
    alone = "The wife of Senate candidate Roy Moore said on Friday her husband would not end his campaign."
    assert rows(text)["speaker"].tolist() == ["Kayla Moore"] * 2
    assert rows(alone)[["speaker", "speaker_type"]].values.tolist() == [
        ["the wife of Senate candidate Roy Moore", "anonymous"]]


def test_a_title_chain_stops_at_another_person_before_and():
    from analysis.quotes.speakers import find_people
    text = ("Cardinal Cormac Doyle criticised the war. Both the Cardinal and Archbishop of Canterbury Dr Rowan "
            "Whitby appealed for more time.")
    roles = {m.person.name: m.person.roles for m in find_people(text)}
    assert "archbishop" in roles["Rowan Whitby"] and "cardinal" not in roles["Rowan Whitby"]


@pytest.mark.parametrize("noun,pronoun", [("spokesman", "he"), ("spokeswoman", "she")])
def test_he_or_she_in_the_next_paragraph_is_the_unnamed_source_whose_noun_says_that_gender(noun, pronoun):
    out = rows("Owen Price, a dentist, said he had stopped taking patients.\n\nA " + noun + " for the department "
               'said the system was broken.\n\n"We are reforming the contract," ' + pronoun + " added.")
    assert out["speaker"].tolist()[-1] == f"A {noun} for the department"


@pytest.mark.parametrize("title,name", [("FAA Deputy Chief Operating Officer for Air Traffic Services", "Teresa Callow"),
                                        ("Deputy Secretary of the Cabinet for Economic Development", "Aaron Lusk"),
                                        ("Deputy Superintendent of Police", "Ramesh Kumar Thapa")])
def test_a_long_title_ending_in_ordinary_words_or_a_body_is_followed_by_the_name(title, name):
    surname = name.split()[-1]
    out = rows(f"{title} {name} said the agency would hire 1,650 people. \"We are short,\" {surname} said.")
    assert out["speaker"].tolist() == [name] * 2


def test_a_description_then_a_name_set_off_by_commas_is_that_person_not_the_body_after():
    out = rows("The parish president was indicted. His brother, Kevin Thibault, a member of the St. Mary Parish "
               "Council, said Thursday that he had not spoken with him.")
    assert out["speaker"].tolist() == ["Kevin Thibault"]


def test_the_report_after_a_bodys_report_is_that_bodys():
    out = rows("Staffing fell again, according to a Government Accountability Office report released in March. The "
               "report found that controllers routinely worked six-day weeks.")
    assert out["speaker"].tolist() == ["Government Accountability Office"] * 2


@pytest.mark.parametrize("beat", ["he laughed.", "Marsden shrugged."])
def test_a_quotation_after_a_sentence_that_only_says_how_its_speaker_acted_is_theirs(beat):
    out = rows(f'Kevin Marsden drives the 7.15 bus. Asked about his plans for the weekend, {beat} "Sleep. Then the '
               'early shift."')
    assert out[out["kind"] == "direct"]["speaker"].tolist() == ["Kevin Marsden"]


def test_a_body_that_put_out_a_statement_speaks_the_quotation_after_it():
    row = only('The strike began on Monday. The ministry put out a statement: "We regret the delays."')
    assert (row["speaker"], row["speaker_type"]) == ("the ministry", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("The site is run by Fernhollow Waste Solutions, which sorts recycling for three councils in the North East. "
     "In a statement, the company said it was working with the fire service.", "Fernhollow Waste Solutions"),
    ("Lyon-based Atelier Sorbel was accused of copying the designs. The company said it was open to talks.",
     "Atelier Sorbel"),
    ("Parents from the group Aire Limpio Ahora marched on Plaza Mayor on Sunday. The group has said it will march "
     "again.", "Aire Limpio Ahora"),
    ("Glenmoor College will end its rowing programme next year, the school said on Monday.", "Glenmoor College"),
    ("The Cask Lane Theatre lost its grant in March. The theatre said it would close by the summer.",
     "Cask Lane Theatre"),
    ("Claims rose by a third, according to the Marine Underwriters Bureau of Ireland.\n\nFloods cost more.\n\n"
     "Premiums followed.\n\nRepairs are slow, the bureau says.", "Marine Underwriters Bureau of Ireland"),
])
def test_a_body_named_by_its_kind_only_is_the_last_body_of_that_kind_named(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_body_named_by_its_kind_is_not_a_person_a_place_or_a_public_authority():
    out = rows("The Ministry of Transport fined the ferry operator Kestrel Ferries on Friday. Port captain Maria Ferraz "
               "said the fine was fair. Managers met officials in Harbour Square. The company said it would appeal.")
    assert out["speaker"].tolist()[-1] == "Kestrel Ferries"


def test_the_statement_after_a_body_no_list_knows_said_in_a_statement_is_that_bodys():
    out = rows('In a statement to CBC News, Manitoba\'s Ministry of Forestry said the closures were "temporary".\n\n"We '
               'know there is more work to do," the statement said.')
    assert out["speaker"].tolist() == ["Manitoba's Ministry of Forestry"] * 2


def test_a_report_released_at_a_time_by_a_body_is_that_bodys():
    out = rows("Half of rural counties have no maternity ward, according to a report released this month by the "
               "Prairie Health Institute. The report found that 14 hospitals had closed.")
    assert [s.removeprefix("the ") for s in out["speaker"]] == ["Prairie Health Institute"] * 2


def test_the_letter_after_a_letter_a_source_sent_is_that_sources():
    out = rows("Her insurer, Alder Mutual Insurance, has agreed to pay. According to a letter the company sent the "
               'family, her policy covers "rescue" but not searches. The letter said the insurer had paid $38,000.')
    assert out["speaker"].tolist() == ["Alder Mutual Insurance"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("She said the manager spoke to her only through his brother and deputy, Owen Castell.\n\nHis brother, who "
     "still coaches the side, said in a statement that he had passed on every message.", "Owen Castell"),
    ("Anya started skating at six, when her aunt, Rhoda Penner, flooded the backyard. She still trains her.\n\nHer "
     "aunt said the rink would open to other children in January.", "Rhoda Penner"),
    ("Teodora Salas's son, who is four, caught the flu at a clinic, his mother said.", "Teodora Salas"),
    ("Her skis are waxed by a team that includes her older brother, Even Brekke, a former racer.\n\nHer brother told "
     "reporters that the team had used the same wax all season.", "Even Brekke"),
])
def test_a_relative_named_only_as_such_is_the_person_named_as_that_relative_before(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_relative_named_as_such_with_no_one_named_so_stays_as_written():
    out = rows("Teodora Salas's son, who is four, caught the flu at a clinic, his father said.")
    assert out["speaker"].tolist() == ["his father"]


def test_the_role_no_list_has_goes_to_the_person_named_with_it_before():
    out = rows('"This is the worst outbreak in 30 years," Dr. Amara Osei, the district\'s health officer, said.\n\n'
               "Parents were worried. Tom Reyes said he had kept his children home.\n\n"
               "The health officer urged parents to check vaccination records.")
    assert out["speaker"].tolist() == ["Amara Osei", "Tom Reyes", "Amara Osei"]


def test_he_after_any_one_unnamed_person_described_is_that_person():
    out = rows("Dockers went on strike in Rosario last week, union leader Ramiro Paz said.\n\nAn analyst at a Chicago "
               'brokerage said two cargoes had been diverted. "Nobody waits three weeks for a berth," he said.')
    assert out["speaker"].tolist()[-2:] == ["An analyst at a Chicago brokerage"] * 2


def test_he_after_an_unnamed_asker_who_named_someone_is_the_one_asked():
    out = rows('Senator Ruth Calder toured the plant on Monday. "We need these jobs," she said.\n\nA reporter asked '
               'Dale Ormond how he was feeling. He replied: "Better than yesterday."')
    assert out["speaker"].tolist()[-1] == "Dale Ormond"


def test_a_name_set_off_after_a_description_is_a_person_whatever_its_words():
    out = rows("The family's lawyer, Made Suartana, told reporters his clients were sorry. He said they would pay "
               "any fine.")
    assert out["speaker"].tolist() == ["Made Suartana"] * 2


@pytest.mark.parametrize("text, speaker", [
    ('A judge ruled that the noise from Quarryline Digital’s data centre was a nuisance.\n\nIn a statement, '
     'Quarryline said it was "evaluating all options."', "Quarryline Digital"),
    ("The regulator fined Van Hoek Brouwerijen on Monday. Van Hoek said it would appeal.", "Van Hoek Brouwerijen"),
])
def test_a_bodys_short_form_is_the_one_full_name_the_article_gives_it(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


@pytest.mark.parametrize("text", [
    "Senior Republicans met on Monday. Iowa Democrats were absent. Iowa said it would keep its caucus date.",
    "Judicial Watch President Tom Fitton spoke on Monday. Judicial Watch said the emails were public records.",
])
def test_a_short_form_is_not_lengthened_by_a_title_a_person_or_a_plural(text):
    assert rows(text)["speaker"].tolist()[-1] in {"Iowa", "Judicial Watch"}


@pytest.mark.parametrize("text, speaker", [
    ("Owen Pritchard, 61, was struck on the A64 in May.\n\nHis widow, Gwen, 58, attended every day of the trial.\n\n"
     '"He was everything to us," Mrs Pritchard said.', "Gwen Pritchard"),
    ("Leah Adeyemi waited two years for a diagnosis.\n\nIn the end she and her husband, Tobias, paid for one.\n\n"
     '"It was the best money we spent," Mr Adeyemi said.', "Tobias Adeyemi"),
    # no comma between the relative and the name
    ("Elaine Fraser has run the post office for 22 years.\n\nHer husband Douglas, a retired sergeant, said the "
     'soldiers had always been there.\n\n"They coached the kids," Mr Fraser said.', "Douglas Fraser"),
    # a wife's given name the census lacks ("Kirsty")
    ("Kirsty Bowyer, 38, said she and her husband, Dean, had turned to a lender.\n\n\"He seemed friendly,\" Mrs "
     "Bowyer said.\n\nMr Bowyer said the lender had demanded the keys.", "Dean Bowyer"),
])
def test_a_given_name_set_off_after_his_or_her_relative_takes_the_family_name(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_titled_surname_stays_with_the_person_named_in_full_not_a_relative_named_by_given_name():
    out = rows("Walter Brennock grew up in Queens. He learned from watching his brother, Fergus, who struggled.\n\n"
               '"I watched him and I learned," Mr. Brennock said.')
    assert out["speaker"].tolist()[-1] == "Walter Brennock"


def test_others_as_a_source_with_no_group_before_are_unnamed_people():
    out = rows("Some parents kept their children home. Lena Ortiz said she was worried.\n\nOthers said the outbreak "
               "had frightened them.")
    assert (out["speaker"].iloc[-1], out["speaker_type"].iloc[-1]) == ("others", "anonymous")


def test_the_chief_executive_is_a_person_holding_that_role_not_a_body():
    out = rows("Aldmoor chief executive Fiona Reddick defended the plan.\n\nAsked whether she would resign, the chief "
               'executive said: "That is a hypothetical."')
    assert (out["speaker"].iloc[-1], out["speaker_type"].iloc[-1]) == ("Fiona Reddick", "person")


@pytest.mark.parametrize("name, title", [("Jordan Pelletier", "Mr."), ("Georgia Okonkwo", "Ms.")])
def test_a_given_name_that_is_also_a_country_opens_a_persons_name(name, title):
    out = rows(f'{name}, who covers retailers for a brokerage, said the deal made sense. "It is cheap," {title} '
               f'{name.split()[-1]} said.')
    assert out["speaker"].tolist() == [name] * 2


def test_someone_who_said_the_document_showed_something_did_not_write_it():
    out = rows("An internal memo obtained by the newspaper shows the plan was shelved.\n\nMP Hugo Lantagne said the memo "
               'raised "troubling questions."\n\nThe memo says the department will revisit the plan.')
    assert out["speaker"].iloc[-1] != "Hugo Lantagne"


@pytest.mark.parametrize("text, speaker", [
    ("Patients were treated at a clinic run by Lakeshore Health, the largest hospital system in the region. In a "
     "statement, Lakeshore Health said the decision was hard. The system said referrals had halved.", "Lakeshore Health"),
    ("Activist investor Pine Ridge Capital Management has built a stake in Cordwell Medical. The fund said it "
     "would nominate directors.", "Pine Ridge Capital Management"),
])
def test_a_fund_or_a_health_system_named_by_its_kind_is_the_body_of_that_kind(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Liberal shipping critic Aurelie Banville said the timetable was "a fantasy."', "Aurelie Banville"),
    ("Green planning spokesman Tobias Renwick said the scheme would be delayed again.", "Tobias Renwick"),
])
def test_a_noun_ending_in_ing_before_a_role_is_part_of_the_title_not_a_verb(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_who_after_a_person_and_the_court_and_town_they_sit_in_is_the_person():
    out = rows("The appeal cites an order by Judge Ngozi Ahaiwe of the Federal High Court in Abuja, who ruled that the "
               "seizure had been unlawful.")
    assert out["speaker"].tolist() == ["Ngozi Ahaiwe"]


def test_a_legislators_party_tag_before_a_relative_clause_is_not_the_speaker():
    out = rows("Rep. Dolores Maxey, R-Lubbock, whose district includes the reservoir, said she would oppose the "
               "permit.")
    assert out["speaker"].tolist() == ["Dolores Maxey"]


def test_a_source_described_by_a_who_clause_is_the_whole_phrase_not_a_word_inside_it():
    out = rows("A former dispatcher who worked at the depot until 2019 said drivers skipped their breaks.")
    assert out["speaker"].tolist() == ["A former dispatcher who worked at the depot until 2019"]
    out = rows("Parents who rallied outside Lindon Academy in March say the fees are unfair.")
    assert out["speaker"].tolist() == ["Parents who rallied outside Lindon Academy in March"]


def test_a_source_who_gave_one_name_only_is_that_name():
    out = rows("Outside the shelter, a man who gave his name only as Dariusz said he had slept there for a week.")
    assert out["speaker"].tolist() == ["Dariusz"]


def test_a_description_then_two_people_sharing_a_surname_is_both_of_them():
    out = rows("In a statement, the boy's grandparents, Edna and Harold Quaid, said the school had failed him.")
    assert out["speaker"].tolist() == ["Edna Quaid & Harold Quaid"]


def test_asking_not_to_be_named_because_of_something_is_not_a_report():
    out = rows("A junior doctor at the trust, who asked not to be named because she feared for her job, said rotas "
               "were drawn up a day in advance.")
    assert out["text"].tolist() == ["rotas were drawn up a day in advance"]


def test_who_after_an_unnamed_person_at_a_place_is_that_person_not_the_place():
    out = rows("A volunteer at the food bank, who asked not to be named, said demand had doubled since spring. "
               '"We ran out of rice on Tuesday," she said.')
    assert out["speaker"].tolist() == ["A volunteer at the food bank"] * 2


def test_a_pronoun_the_unnamed_source_was_given_follows_it_into_the_next_paragraph():
    out = rows("Ines Vasconcelos, the plant's owner, said the strike would end soon.\n\nA welder at the plant, who spoke "
               "on condition of anonymity because he feared losing his job, said morale had collapsed.\n\n"
               '"Nobody trusts the schedule any more," he said.')
    assert out["speaker"].tolist()[-1] == "A welder at the plant"


@pytest.mark.parametrize("text, speaker", [
    ("Halvorsen Shipping, which owns the vessel, declined to comment. Its losses widened to $40 million last year, "
     "according to its latest annual report.", "Halvorsen Shipping"),
    ("The Norwegian Chess Federation has suspended the player. According to the federation's disciplinary "
     "regulations, a ban can last three years.", "Norwegian Chess Federation"),
])
def test_a_document_a_body_owns_by_its_or_its_kind_goes_to_that_body(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_partial_quote_in_a_reported_clause_takes_the_whole_subject_of_its_cue():
    out = rows('Two military analysts, Linus Ferrante and Odile Marchetti, found that the air force was "the best in '
               'the world."')
    assert out["speaker"].tolist() == ["Linus Ferrante & Odile Marchetti"]


def test_a_name_the_finder_misses_before_a_role_appositive_is_the_person():
    out = rows("June Halloway, a spokeswoman for the Western Growers Council, said the harvest would be late.")
    assert (out["speaker"].iloc[0], out["speaker_type"].iloc[0]) == ("June Halloway", "person")


def test_two_people_after_a_named_owners_description_are_both_of_them():
    out = rows("Ulysses Grant's biographers, Nora and Felix Aldine, wrote that he distrusted the press.")
    assert out["speaker"].tolist() == ["Nora Aldine & Felix Aldine"]


def test_a_title_listing_its_portfolios_with_commas_opens_the_subject_of_a_second_verb():
    out = rows("Minister of Fisheries, Oceans and Coast Guard Leona Brightwater met the mayors on Friday, and said the "
               'quota cut was "not up for debate."')
    assert out["speaker"].tolist() == ["Leona Brightwater"]


def test_a_plural_possessive_opens_the_description_before_a_name():
    out = rows("The Greens' transport spokeswoman, Ottilie Marchbank, called the scheme \"a gift to hauliers\" and "
               "urged ministers to rethink it.")
    assert out["speaker"].tolist() == ["Ottilie Marchbank"] * 2


@pytest.mark.parametrize("subject", [
    "Ravi Chaudhry, head of research at Meridian Partners, which owns 3% of the firm,",
    "Ravi Chaudhry, who runs research at Meridian Partners, which owns 3% of the firm,",
])
def test_which_on_a_body_inside_a_persons_description_leaves_the_person_the_subject(subject):
    out = rows(f"{subject} said he would vote against the deal.")
    assert out["speaker"].tolist() == ["Ravi Chaudhry"]


@pytest.mark.parametrize("verb, content", [("urged", "drivers to avoid the area"),
                                           ("added that", 'a solution was "weeks away"')])
def test_a_coordinated_second_verb_shares_the_first_verbs_whole_subject(verb, content):
    out = rows(f"A spokesperson for the coastguard said two boats had been recovered and {verb} {content}.")
    assert out["speaker"].tolist() == ["A spokesperson for the coastguard"] * 2


def test_the_elder_of_two_people_sharing_a_surname_is_the_older_by_the_ages_given():
    out = rows("Marta Quince, 61, drives her daughter, Lena Quince, 34, to every appointment.\n\n"
               '"We used to live next door," the elder Ms. Quince said.\n\n"Now it is an hour," the younger Ms. Quince '
               "said.")
    assert out["speaker"].tolist() == ["Marta Quince", "Lena Quince"]


@pytest.mark.parametrize("text, speaker", [
    ("A letter from Harbourline Water to the county council, dated March 3, said the pipes were sound.",
     "Harbourline Water"),
    ("A briefing paper sent to councillors last week, a copy of which has been seen by the Echo, says the "
     "depot will close.", "A briefing paper"),
])
def test_a_document_from_someone_is_theirs_and_one_sent_to_someone_is_the_document(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("later", ["the official", "the woman"])
def test_the_noun_of_an_unnamed_source_quoted_earlier_is_that_source_even_after_others_spoke(later):
    out = rows("A Treasury official familiar with the talks, who asked not to be named, said a deal was close.\n\n"
               "The bank's chief economist, Oona Hartigan, said markets had priced it in.\n\n"
               f'"We are nearly there," {later} said.')
    assert out["speaker"].tolist()[-1] == "A Treasury official familiar with the talks"


@pytest.mark.parametrize("source", ["the council's own timetable", "council documents"])
def test_a_record_a_body_of_that_kind_keeps_goes_to_the_body(source):
    out = rows("Hartlepool Borough Council approved the scheme in 2021.\n\n"
               f"According to {source}, the first buses would have run in 2027.")
    assert out["speaker"].tolist()[-1] == "Hartlepool Borough Council"


def test_a_short_form_of_nested_body_names_is_the_longest_name():
    out = rows("Activist investor Brookfield Lane Capital Management has built a stake in the company.\n\n"
               "Brookfield Lane Capital said in a letter that the board had failed. Brookfield Lane said it would "
               "nominate directors.")
    assert set(out["speaker"]) == {"Brookfield Lane Capital Management"}


def test_a_described_lead_source_with_a_who_clause_is_the_person_the_next_sentence_names():
    out = rows("A senior judge who has resigned in protest over the new sentencing rules has said they are unjust.\n\n"
               "Dame Helena Strick said the rules tied judges' hands.")
    assert out["speaker"].tolist()[0] == "Helena Strick"


@pytest.mark.parametrize("text, speaker", [
    ("With the fuel duty rise we had many MPs who were happy to say that it was fair.", "many MPs"),
    ("Gordon Brown made an appeal for unity after reports claimed that ministers were divided.", "reports"),
])
def test_a_source_before_an_infinitive_or_a_noun_that_is_also_a_verb(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_participle_before_a_capitalised_title_is_no_subject():
    assert rows("The Senate passed the bill on Tuesday, backing President Jane Doe's call for a larger navy.").empty


def test_says_after_a_compound_noun_subject_is_a_verb_not_a_plural_noun():
    out = rows("The ministry report says that about 48,000 hectares have been converted. It warns that the true figure "
               "is probably higher.")
    assert out["text"].tolist() == ["about 48,000 hectares have been converted", "the true figure is probably higher"]


@pytest.mark.parametrize("text, speaker", [
    ("Pastor Lorne Abernathy of First Methodist Church said the town had other worries.", "Lorne Abernathy"),
    ('A spokesperson for the Cricketers\' Association, which represented him at the hearing, said it would "not be '
     'appropriate" to comment.', "A spokesperson for the Cricketers' Association"),
    ('A Premier League spokesperson said demand for tickets had "gone through the roof".',
     "A Premier League spokesperson"),
])
def test_a_name_before_of_a_body_with_first_and_a_source_before_which_or_said(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_relative_and_a_given_name_with_no_comma_is_that_name():
    out = rows("Bolat Serikbayev mends nets on the shore.\n\nHis sister Zhanar, who dries fish for the market, said prices "
               "had doubled.")
    assert out["speaker"].tolist() == ["Zhanar"]


def test_a_long_description_then_a_magistrates_name_is_the_magistrate():
    # "First Section" is no person titled First, and "Magistrate" is a title, not a given name
    out = rows("In a 94-page ruling, the president of the First Section of the Provincial Court of Seville, "
               "Magistrate Inmaculada Ortega, wrote that the mayor had rigged the tender.\n\n"
               "The magistrate said several witnesses had placed him at the meetings.")
    assert out["speaker"].tolist() == ["Inmaculada Ortega", "Inmaculada Ortega"]


def test_a_name_with_a_party_tag_set_off_after_a_description_speaks_for_a_participle():
    out = rows("The panel’s top Democrat, Rep. Alicia Ferreira (D-Ore.), pushed back, saying Republicans had "
               "voted for the cuts last year.")
    assert out["speaker"].tolist() == ["Alicia Ferreira"]


def test_a_role_in_the_lead_after_byline_and_date_lines_is_the_person_the_next_paragraph_names():
    text = ("Alberta to cap municipal tax hikes\n\nRhiannon Duguay\n\nEdmonton\n\nPublished November 20, 2026\n\n"
            "Alberta’s Municipal Affairs Minister says the province will cap property-tax increases for its largest "
            "cities next year.\n\nGrant Kowalczyk announced Tuesday that the bill would be tabled this month.")
    assert rows(text)["speaker"].tolist() == ["Grant Kowalczyk", "Grant Kowalczyk"]


def test_the_ruling_is_the_courts_unless_a_judge_was_said_to_write_it():
    court = rows("The Provincial Court of Seville on Tuesday sentenced the former mayor to six years in prison.\n\n"
                 "He must also repay 1.2 million euros, according to the ruling.")
    assert court["speaker"].tolist() == ["Provincial Court of Seville"]
    judge = rows("The Nagoya District Court on Thursday ordered the farm to pay damages.\n\n"
                 "Presiding Judge Kenji Morimoto said in the ruling that the farm had neglected its duty.\n\n"
                 "According to the ruling, the six worked up to 14 hours a day.")
    assert judge["speaker"].tolist() == ["Kenji Morimoto", "Kenji Morimoto"]


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it_and_a_mother_is_a_woman():
    text = ("At dawn, Serik Zhaksylykov hauls a net into his boat.\n\n"
            "His mother Aigul, who dries part of the catch, said the price of bream had doubled.\n\n"
            "Back on shore, Serik pointed at the old trawlers.\n\n"
            '"My father worked on those boats," he said.')
    assert rows(text)["speaker"].tolist() == ["Aigul", "Serik Zhaksylykov"]


@pytest.mark.parametrize("text, speaker", [
    ("Serik Zhaksylykov fishes here.\n\nSerik's son, Daulet Zhaksylykov, 24, came home last year. He said he had no "
     "regrets.", "Daulet Zhaksylykov"),
    ("Amara Osei-Bonsu won her claim.\n\nOsei-Bonsu's solicitor, Daniel Fenwick, read a statement on her behalf.\n\n"
     '"I loved my job," she said.', "Amara Osei-Bonsu"),
])
def test_a_pronoun_after_an_owners_relative_named_in_an_appositive_is_that_relative_when_the_gender_fits(
        text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_the_statement_is_the_last_sources_when_an_earlier_one_also_spoke_in_a_statement():
    text = ('"Prices are already high," Commissioner Élise Fortin-Nakamura said in a statement.\n\n'
            "In a statement issued through spokesperson Kyle Brophy, Harbourline Foods accused the bureau of "
            '"cherry-picking" phrases.\n\n'
            '"The bureau is describing a market that no longer exists," the statement said.')
    assert rows(text)["speaker"].tolist() == ["Élise Fortin-Nakamura", "Harbourline Foods", "Harbourline Foods"]


def test_a_short_name_two_bodies_open_with_is_the_one_named_first():
    text = ("Harbourline Foods Ltd.'s board agreed to buy the rival chain last year.\n\n"
            "Shares of its parent, Harbourline Holdings Inc., fell 3 per cent on Tuesday.\n\n"
            "Harbourline said it would fight the application.")
    assert rows(text)["speaker"].tolist() == ["Harbourline Foods Ltd."]


def test_a_participle_after_a_verb_and_its_object_takes_the_sentences_subject_not_the_object():
    out = rows("State Representative Jamal Sutton, a Louisville Democrat who sits on the House committee, accused "
               "Republicans of rewriting history, noting that the package passed both chambers.")
    assert out["speaker"].tolist() == ["Jamal Sutton", "Jamal Sutton"]


def test_a_name_with_a_particle_after_role_words_then_an_appositive_is_the_subject():
    out = rows("Dutch conservative lawmaker Pieter van Aalst, a member of the European Parliament's civil liberties "
               'committee, welcomed the draft, saying the EU had been "far too naive" for too long.')
    assert out["speaker"].tolist() == ["Pieter van Aalst", "Pieter van Aalst"]


def test_a_partial_quote_after_who_said_goes_to_the_person_the_relative_clause_is_about():
    out = rows("That statement drew a sharp response from Mireille Tshibangu, executive director of the network, who "
               'said the government "keeps saying the right things and doing nothing."')
    assert out[["kind", "speaker"]].values.tolist() == [["partial", "Mireille Tshibangu"]]


def test_the_spokesperson_is_the_one_the_text_named_with_that_role():
    text = ("Senior Commissioner Ketut Wirawan, a spokesperson for Bali police, said the couple had been "
            "co-operative.\n\nThe couple could face fines if convicted, the spokesperson said.")
    assert rows(text)["speaker"].tolist() == ["Ketut Wirawan", "Ketut Wirawan"]
    unnamed = rows("A spokesperson for Bali police said the couple had been co-operative.\n\n"
                   "The couple could face fines if convicted, the spokesperson said.")
    assert unnamed["speaker_type"].tolist() == ["anonymous", "anonymous"]


@pytest.mark.parametrize("text, speaker, speaker_type", [
    ("The Federal Bureau of Prisons said it would review the policy.", "Federal Bureau of Prisons", "organization"),
    ("The indictment against Paul Manafort and Rick Gates said they had laundered money.", "indictment", "media"),
    ("The report, seen by Reuters, said the program needed an overhaul.", "report", "media"),
])
def test_a_body_a_document_about_people_and_a_document_seen_by_an_outlet_are_no_person(text, speaker, speaker_type):
    row = rows(text).iloc[0]
    assert (row["speaker"].removeprefix("the "), row["speaker_type"]) == (speaker, speaker_type)


def test_a_holiday_is_no_person_a_pronoun_could_stand_for():
    from analysis.quotes.speakers import find_people
    text = "Price spoke in Richmond on Labor Day. Doris Day sang on Election Day."
    assert [m.person.name for m in find_people(text)] == ["Doris Day"]


def test_a_name_after_according_to_is_a_source_not_a_place():
    from analysis.quotes.speakers import find_people
    text = "Probably not by much, according to Wei-Lin Chao, who studies trade at UBC. Chao said prices would fall."
    assert [m.person.name for m in find_people(text)] == ["Wei-Lin Chao", "Wei-Lin Chao"]


def test_relatives_named_together_share_the_family_name_and_his_brother_is_that_relative():
    text = ("Brothers Andrés and Rafael Galindo Pérez, owners of the firm, were each sentenced to four years.\n\n"
            'His brother Andrés told the court that the firm had won the contracts "because it was the cheapest."')
    assert rows(text)["speaker"].tolist() == ["Andrés Galindo Pérez"]


def test_initials_written_together_open_a_name_but_a_places_initials_do_not():
    from analysis.quotes.speakers import find_people
    text = "J.J. Goldberg, an editor, wrote about it. George H.W. Bush agreed. The U.S. Army declined to comment."
    assert [m.person.name for m in find_people(text)] == ["J.J. Goldberg", "George H.W. Bush"]


@pytest.mark.parametrize("text, mention", [
    ("The report highlighted the rapid growth of the agency and noted that it had offices in New York.", "The report"),
    ("A Reuters report on Oct. 26 said one of the associates had pitched a plan.", "A Reuters report"),
    ("A 2016 ruling by a tribunal in The Hague invalidated the claims and found that the shoal was a fishing ground.",
     "A 2016 ruling"),
])
def test_a_subject_whose_noun_is_also_a_verb_or_that_carries_a_date_is_read_whole(text, mention):
    assert rows(text)["speaker_mention"].tolist()[-1] == mention


def test_its_document_is_the_body_whose_possession_the_reported_clause_opens_with():
    text = ("Calder Point Capital wants a sale.\n\nThornbury’s mission systems unit, which makes radar equipment, "
            "generated 38 per cent of group profit last year, according to its annual report.")
    assert rows(text)["speaker"].tolist()[-1] == "Thornbury"


def test_a_titled_person_whose_surname_is_an_outlet_is_a_person_and_an_opener_is_no_part_of_an_outlet():
    text = ('"There is no bad publicity," said Atlantic City Mayor Don Guardian in an interview.\n\n'
            '"We are open for business," Guardian said.\n\nThe Charlotte Observer reported the figures.\n\n'
            "Yet Bloomberg says it started marking down her wealth in February.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Don Guardian", "Don Guardian", "Bloomberg"]
    assert out["speaker_type"].tolist() == ["person", "person", "media"]


@pytest.mark.parametrize("given", ["Khaled", "Saeed"])
def test_a_given_name_ending_like_a_participle_is_a_given_name_not_an_opener(given):
    # "Khaled" and "Saeed" end in -ed but are no verb's form ("Understated Perez" is): father and son stay apart
    text = (f'Mahmoud Sabbagh makes hats.\n\nHis son {given} Sabbagh, 41, helps in the shop.\n\n'
            f'"People write to us," {given} Sabbagh said.\n\n"I make them," Mahmoud Sabbagh said.')
    assert rows(text)["speaker"].tolist() == [f"{given} Sabbagh", "Mahmoud Sabbagh"]


def test_a_husband_introduced_as_such_is_not_mrs_of_his_surname():
    text = ("A year later, Mr. Obama called Naghmeh Abedini. Her husband, Farid Abedini, was free.\n\n"
            '"I could see his love," Mrs. Abedini wrote on her Facebook page.')
    assert rows(text)["speaker"].tolist() == ["Naghmeh Abedini"]


def test_a_nickname_is_no_quotation_and_leaves_he_to_the_man_the_story_turned_to():
    text = ('The minister, Gareth Penhaligon, resigned. Sir Malcolm Tredgold, the adviser, found a breach. He wrote '
            'that a "reasonable observer" could have seen a conflict.\n\n'
            'Mr Penhaligon, nicknamed "the river man" by colleagues, has been one of the most visible ministers.\n\n'
            'Speaking to BBC Radio Cornwall, he said he had offered to sell the shares.\n\n'
            'The bowler, known on the amateur circuit as "The Conductor", took five wickets.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Malcolm Tredgold", "Gareth Penhaligon"]
    assert "the river man" not in " ".join(out["text"])


@pytest.mark.parametrize("named", [
    "The men were named as Tom Ashcroft, 34, from Sheffield, and Rhys Gwilliam, 37, from Abergavenny.",
    "Two men died.",  # Gwilliam is named only in the possessive: the relative noun before her name decides
])
def test_he_in_what_a_partner_said_is_the_partner_who_died_not_the_speakers_gender(named):
    # Siân is no census name: her gender comes from the text, and the "he" she reports is Gwilliam, not her
    text = (f"Headline\n\nJuliette Marchand, a guide, saw the fall. {named}\n\n"
            "Gwilliam’s partner, Siân Morgan, said through a spokesperson that he had died doing what he loved.\n\n"
            "“Rhys was the most careful climber I knew,” she said.")
    assert rows(text)["speaker"].tolist() == ["Siân Morgan", "Siân Morgan"]


def test_a_comma_before_and_ends_a_place_so_the_name_after_it_is_a_person():
    from analysis.quotes.speakers import find_people
    text = ("Headline\n\nThey were named as Tom Ashcroft, 34, from Sheffield, and Rhys Gwilliam, 37.\n\n"
            "She was the MP for Hornsey and Wood Green.")
    assert [m.person.name for m in find_people(text)] == ["Tom Ashcroft", "Rhys Gwilliam"]


@pytest.mark.parametrize("source, name", [
    ("One of them, a 29-year-old street vendor who gave only her first name, Chileshe,", "Chileshe"),
    ("A nurse identified only as Maria", "Maria"),
])
def test_a_source_named_by_the_name_it_gave_is_that_person_and_she_follows(source, name):
    text = (f"Headline\n\nNatasha Phiri, an activist, spoke first.\n\n{source} said prices had doubled.\n\n"
            '"We cannot eat," she said.')
    assert rows(text)["speaker"].tolist() == [name, name]


def test_a_sentence_opening_with_a_relative_set_off_before_the_name_makes_that_relative_he():
    text = ('Headline\n\n"No excuses," captain Hamza Tareen said at the airport.\n\n'
            "Tareen's cousin, fast bowler Usman Tareen, was one of the few players to emerge with credit. "
            'He said on Instagram that the squad had "let down millions".')
    assert rows(text)["speaker"].tolist() == ["Hamza Tareen", "Usman Tareen"]


@pytest.mark.parametrize("introduced, later", [
    ("Veterans ombud Nadine Poirier-Lachance said the review was overdue.", "the ombud"),
    ("Dr. Nadine Poirier-Lachance, the medical officer of health for the South Zone, said 29 cases were confirmed.",
     "the medical officer of health"),
    ("Dr. Nadine Poirier-Lachance, the medical officer of health for the South Zone, said 29 cases were confirmed.",
     "the medical officer"),
])
def test_a_role_no_list_has_goes_to_the_one_named_with_every_word_of_it(introduced, later):
    text = f'Headline\n\n{introduced}\n\nMark Ellis, a veteran, waited.\n\n"Act now," {later} said.'
    assert rows(text)["speaker"].tolist() == ["Nadine Poirier-Lachance"] * 2


def test_the_relative_is_the_one_the_text_named_as_that_relative():
    text = ('Headline\n\nMahmoud Haddad, 78, makes hats.\n\nHis son Karim Haddad, 41, helps on Saturdays.\n\n'
            'But the son said he had no plans to take over the shop.')
    assert rows(text)["speaker"].tolist() == ["Karim Haddad"]


@pytest.mark.parametrize("source, speaker", [
    ("A buyer for a perfume house in Grasse, in southern France, who asked not to be named,",
     "A buyer for a perfume house in Grasse"),
    ("Two employees of the recorder’s office, who spoke on the condition of anonymity,",
     "Two employees of the recorder’s office"),
])
def test_an_unnamed_source_before_bodies_and_places_and_a_who_clause_is_the_person_with_its_phrases(source, speaker):
    text = f"Headline\n\nSofia Lind runs the plant.\n\n{source} said prices had doubled since spring."
    out = rows(text)
    assert out["speaker"].tolist() == [speaker]
    assert out["speaker_type"].tolist() == ["anonymous"]


def test_an_executive_at_a_trading_house_is_an_unnamed_person_whom_he_follows():
    text = ('Headline\n\nHis lawyer, Pascal Rochat, said his client would appeal.\n\n'
            'A senior executive at a rival Geneva trading house, who declined to be identified because he was not '
            'authorised to speak to the media, said the fine was "manageable" for Valtrade.\n\n'
            'He said at least three lenders had cut credit lines to the company.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Pascal Rochat"] + ["A senior executive at a rival Geneva trading house"] * 2
    assert out["speaker_type"].tolist() == ["person", "anonymous", "anonymous"]


def test_in_charge_of_is_part_of_the_source_and_adding_a_thing_to_a_mix_is_no_speech():
    text = ("Headline\n\nA municipal official in charge of the restoration programme told AFP that the workshop was "
            "listed.\n\nBut the rules of the party adds another magic number to the mix.\n\n"
            "He added that the plan would add jobs to the region.")
    out = rows(text)
    assert out["speaker"].tolist()[0] == "A municipal official in charge of the restoration programme"
    assert out["text"].tolist() == ["the workshop was listed", "the plan would add jobs to the region"]


def test_a_company_named_after_its_kind_is_its_name_and_the_company_later():
    text = ("Headline\n\nSupermarket chain Penrose has said it will install cameras in all 310 of its stores.\n\n"
            "The company says the system cut thefts by a third during a trial.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Penrose", "Penrose"]
    assert out["speaker_type"].tolist() == ["organization", "organization"]


def test_a_document_signed_by_someone_then_described_by_a_relative_clause_is_by_its_signer():
    text = ("Headline\n\nDr. Roshni Varghese, the medical officer of health, said 29 cases were confirmed.\n\n"
            "The orders apply to students without records, according to a letter signed by Varghese that went home "
            "to parents Wednesday.")
    assert rows(text)["speaker"].tolist() == ["Roshni Varghese", "Roshni Varghese"]


def test_the_central_bank_is_the_bank_the_article_named():
    text = ("Headline\n\nThe National Bank of Moldova raised its key rate on Monday.\n\n"
            "Sergiu Lupu, an economist, said the move was expected.\n\n"
            "The three lenders had extended loans worth 1.9 billion lei, the central bank said.")
    assert rows(text)["speaker"].tolist()[-1] == "National Bank of Moldova"


def test_he_opening_the_next_paragraph_is_the_unnamed_person_who_spoke_last():
    text = ("Headline\n\nHer husband, Alan Fewster, 77, said they were worried.\n\n"
            "At the same meeting, one of the council's coastal engineers said the cliffs had retreated by 2.4 metres "
            'a year.\n\nHe explained that the clay turns "soft as butter" once it is soaked. A single storm had taken '
            "six metres from the top of the cliff at the end of Cliff Lane, he said.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Alan Fewster"] + ["one of the council's coastal engineers"] * 3
    assert out["speaker_type"].tolist() == ["person"] + ["anonymous"] * 3


def test_a_panel_is_a_body_not_a_person_and_it_goes_on_as_that_body():
    text = ("Headline\n\nThe National Anti-Doping Panel said it was satisfied that the trace was consistent with a "
            "kebab. It found that she bore no fault and lifted her suspension.")
    out = rows(text)
    assert out["speaker_type"].tolist() == ["organization", "organization"]
    assert out["speaker"].str.removeprefix("the ").tolist() == ["National Anti-Doping Panel"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Western Australia will allow drug checking at festivals this summer, the state government said on Thursday, "
     "dropping years of opposition.", "state government"),
    ("Some state officials said the count would take a week.", "Some state officials"),
    ("Sources told POLITICO that she did chime in, a point Feinstein also acknowledged.", "Sources"),
])
def test_a_verb_form_after_a_determiner_before_the_head_noun_is_part_of_the_subject(text, speaker):
    assert rows(f"Headline\n\n{text}")["speaker"].str.removeprefix("the ").tolist() == [speaker]


def test_a_trailing_cue_with_where_it_was_written_after_it_reports_the_sentence_before():
    text = ("Headline\n\nThe planes will stay on the ground until each record has been reconciled, the regulator said "
            "in an order posted on its website.")
    out = rows(text)
    assert out["text"].tolist() == ["The planes will stay on the ground until each record has been reconciled"]


def test_a_whole_clause_opened_by_a_prepositional_phrase_before_a_cue_aside_is_reported():
    text = ("Headline\n\nUnder federal rules, an airline that gives notice must keep flying until a replacement is "
            "found, the department said, though such searches can take months.\n\nIn Kabul, he said, the talks go on.")
    out = rows(text)
    assert out["text"].tolist()[0] == ("Under federal rules, an airline that gives notice must keep flying until a "
                                       "replacement is found")
    assert not any(t.startswith("In Kabul") for t in out["text"])


@pytest.mark.parametrize("document, speaker", [
    ("an agreed statement of facts read to the jury", "an agreed statement of facts"),
    ("a notice of group termination filed with the province's Department of Labour", "a notice of group termination"),
    ("the management information circular filed with securities regulators", "the management information circular"),
])
def test_an_unnamed_document_of_something_is_its_noun_phrase_without_where_it_went(document, speaker):
    text = f"Headline\n\nThe fire was set deliberately, according to {document}."
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_document_sent_by_a_body_is_that_bodys_whoever_it_went_to():
    text = "Headline\n\nThe school will close on Friday, according to a letter sent by the ministry to parents."
    out = rows(text)
    assert out["speaker"].tolist() == ["the ministry"]
    assert out["speaker_type"].tolist() == ["organization"]


def test_a_place_joined_to_based_or_led_is_no_name_and_the_carrier_is_the_company():
    from analysis.quotes.speakers import find_people
    text = ("Headline\n\nPrairie Wing Airlines said on Monday it would stop flying to nine small cities.\n\n"
            "The Bismarck-based carrier said it could not hire pilots. A Saudi-led coalition said its strikes hit "
            "military targets.")
    assert rows(text)["speaker"].tolist()[:2] == ["Prairie Wing Airlines"] * 2
    assert find_people(text) == []


def test_after_a_relative_set_off_an_ordinary_word_is_the_given_name():
    text = ("Headline\n\nIngrid Lindqvist walks the rows of her vineyard.\n\nHer husband, Per Lindqvist, has booked an "
            "excavator. The couple will replant at $35,000 an acre, Mr. Lindqvist said.")
    assert rows(text)["speaker"].tolist() == ["Per Lindqvist"]


def test_a_sentence_opening_with_a_relative_the_text_named_makes_that_relative_he():
    text = ("Headline\n\nIngrid Lindqvist walks the rows of her vineyard.\n\nHer husband, Per Lindqvist, has booked an "
            'excavator.\n\n"It will cost a lot," said Navdeep Sahota, the council\'s president.\n\n'
            'Ms. Lindqvist laughs about the name now. Her husband does not.\n\n"There is no line," he said.')
    assert rows(text)["speaker"].tolist() == ["Navdeep Sahota", "Per Lindqvist"]


def test_a_body_named_where_a_role_is_held_is_no_person_and_a_ministry_of_is_a_body():
    text = ("Headline\n\nHelen Marsh-Whitley, chief executive of Fair Checkout, said the apology came late.\n\n"
            "The Ministry of Justice said it was considering the issue carefully.\n\n"
            "Durham Association of Educators President Priya Venkataraman said the strike would go ahead.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Helen Marsh-Whitley", "Ministry of Justice", "Priya Venkataraman"]
    assert out["speaker_type"].tolist() == ["person", "organization", "person"]


@pytest.mark.parametrize("source, speaker", [
    ("Article 47 of the constitution, as amended after the 2004 referendum,", "Article 47 of the constitution"),
    ("The leaked report, also seen by Reuters,", "the leaked report"),
])
def test_how_a_document_was_amended_or_seen_is_no_part_of_it(source, speaker):
    text = f"Headline\n\n{source} states that water \u201cshall be provided exclusively by the state\u201d."
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a plural after a number is a noun, not the cue of a partial quote inside the reported clause
    ('Brenda Oyelaran said the senator had been tested, coming from 40 to 50 percentage points behind to a "dead '
     'heat" in Ohio.', ["Brenda Oyelaran", "Brenda Oyelaran"]),
    # a verb in the words after "said" makes them a clause, not an inverted subject: the quotation he cites and the
    # clause he reports are both his
    ("Mr. Kowalczyk, citing ''the unique energy of the place,'' said the town could be a contender.",
     ["Kowalczyk", "Kowalczyk"]),
    # a time span opening the sentence is an adjunct, not its subject
    ('Hours later, Gerald Ossining returned the compliment, telling reporters: "We have been friends for years."',
     ["Gerald Ossining"]),
    # a hometown after a name and age is a description of that person, not whom "who" stands for
    ('"I will vote for her," said Nicole Ferrante, 24, from Manchester, who said the mayor deserved a second term.',
     ["Nicole Ferrante", "Nicole Ferrante"]),
    # two titles joined by "and" before one name
    # an opening adverb set off by a comma is no subject
    ("Marta Quillan wrote the report. Still, Quillan, who thinks the rules are too loose, called the new law "
     "\u201cmuch, much better\u201d than the old one.", ["Marta Quillan"]),
    # a partial quote in a clause whose speaker follows it inverted: that speaker's, not the clause's subject
    ("Polling shows that ''the public is not comfortable with the plan,'' said Sylke Tamborra, an editor.",
     ["Sylke Tamborra"]),
    ('"He is reprising that role," said former Pennsylvania Gov. and State Party Chairman Edward Ranelli.',
     ["Edward Ranelli"]),
])
def test_words_around_a_speaker_that_are_not_the_speaker(text, speakers):
    assert body_speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the quotation's verb coordinated with a cue in a relative clause: that clause's subject
    ('And the trade pact, which Gordon Trask had called a "disaster" and promised to "rip up"? It stayed.',
     ["Gordon Trask", "Gordon Trask"]),
    # the same in a subordinate clause
    ('Hilda Carvel was circumspect. Though she called the bank\u2019s behaviour "outrageous" and called for pay to be '
     '"clawed back" for executives, Carvel limited her comments.', ["Hilda Carvel", "Hilda Carvel"]),
    # the cue before it is read with its own subject, not an inverted one after a comma
    ('Rep. Yvette Sandor, the ranking member, said she shares the chair\'s frustration but called the threat "a press '
     'release."', ["Yvette Sandor", "Yvette Sandor"]),
    # an inverted subject after a comma and the cue, far from the quotation
    ('The region has mixed feelings, and the state has used "velvet gloves" there, said Nargis Kassenbay, an expert.',
     ["Nargis Kassenbay"]),
    ('The paradox of Nancy, says Carl Antonelli, a historian, is that she was "one of the most powerful first ladies," '
     'not for her policy.', ["Carl Antonelli", "Carl Antonelli"]),
])
def test_the_speaker_of_a_partial_quote_from_a_coordinated_or_inverted_cue(text, speakers):
    assert body_speakers(text) == speakers


def test_the_subject_of_a_participle_after_with_is_its_speaker():
    text = ('Headline\n\nAt a rally in Birmingham, Alabama, on Saturday, supporters pushed a protester, with Gordon '
            'Trask reportedly yelling: "Get him out of here!"')
    assert rows(text)["speaker"].tolist() == ["Gordon Trask"]


@pytest.mark.parametrize("text, speaker", [
    # a named owner's document, however qualified, is the owner's
    ('Kelvedon Resources runs the quarry. Kelvedon\u2019s most recent sustainability report says the site "meets '
     'every standard."', "Kelvedon Resources"),
    # a document carried out, tabled or published by someone is theirs
    ("The Welsh Rugby Union runs the game. A survey carried out by the union last year found that most clubs are "
     "losing money.", "Welsh Rugby Union"),
    ("Dr. Anita Bhardwan studies ticks. A study she published last year with colleagues found that the ticks carry "
     "the disease.", "Anita Bhardwan"),
])
def test_a_document_goes_to_its_named_maker(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_document_goes_to_the_maker_the_article_names_for_it_later():
    text = ("Headline\n\nThe bloc is considering cutting aid to countries that refuse returns, according to a draft "
            "document seen by AFP.\n\nThe 14-page paper, prepared by the Northern Commission for a meeting next "
            "month, proposes tougher rules.\n\nUnder the proposal, the fund would be redirected, the document says.")
    assert rows(text)["speaker"].tolist() == ["Northern Commission"] * 2


def test_two_documents_with_other_makers_keep_a_statement_apart():
    text = ("Headline\n\nA letter signed by Roshna Varma went home to parents.\n\nThe clinic would close in March, "
            "the statement said.")
    assert "Roshna Varma" not in rows(text)["speaker"].tolist()


def test_a_passive_cue_before_a_quotation_gives_the_agent_after_it():
    text = ('Headline\n\nThe plan has been described as "a betrayal of every family on this coast" by the shadow health '
            'minister.\n\nConservative frontbencher Dr Rupert Aldane said the proposal was wrong.\n\nBut health '
            'minister Priya Chandran insisted the change was about safety.')
    out = rows(text)
    assert out[["kind", "speaker"]].values.tolist()[0] == ["partial", "Rupert Aldane"]


def test_which_after_a_day_stands_for_the_noun_before_the_day():
    text = ("Headline\n\nThe row broke out after officials published a consultation document on Tuesday which said "
            "the unit had been unable to recruit enough staff.")
    assert rows(text)["speaker"].tolist() == ["a consultation document"]


def test_an_organisation_is_named_without_its_description_and_one_way_in_an_article():
    text = ("Headline\n\nThe mine's operator, Toronto-based Cordillera Minerals Corp, said production would resume "
            "next week.\n\nToronto-based Cordillera Minerals Corp. said separately that it had hired 40 workers.\n\n"
            "Houston's Pinecrest Oilfield Group Inc. said it would bid for the site.\n\n"
            "The Ministry of Trade, Industry and Fisheries said it was watching closely.")
    speakers = rows(text)["speaker"].tolist()
    assert speakers[0] == speakers[1] and speakers[0].rstrip(".") == "Cordillera Minerals Corp"
    assert speakers[2:] == ["Pinecrest Oilfield Group Inc.", "Ministry of Trade, Industry and Fisheries"]


def test_a_kind_noun_after_a_field_word_is_the_body_named_with_that_word():
    text = ("Headline\n\nThe train derailed at a crossing, according to a statement from Egyptian State Railways."
            '\n\n"Four carriages came off the rails," the railway authority said.\n\nThe health ministry said 21 '
            "people were injured.")
    assert rows(text)["speaker"].tolist() == ["Egyptian State Railways"] * 2 + ["the health ministry"]


@pytest.mark.parametrize("text, speaker", [
    # a cue after a quotation that ended its sentence keeps it when only where and when follow, however long
    ('"Pat Kendall is the greatest!" McDonagh wrote in a September 16, 2012 email to top State officials.',
     "McDonagh"),
    # a long appositive before the cue: an owner's role, or one opened by "another"
    ('"Positions will soften," California Rep. Duncan Hunt\u2019s chief of staff, Joe Kasperek, told reporters.',
     "Joe Kasperek"),
    ("''I hope you don't mind,'' another fraternity brother, Stuart Oltwick, recalled him saying.", "Stuart Oltwick"),
    # a verb of manner
    ('"This is fantastic!" beamed Donna Hartwell of Madison, Alabama.', "Donna Hartwell"),
    # a clause saying when it was said, and an aside before the speaker
    ('"The great state of Alabama is proud to cast its votes!" Senator Jeff Sessford said as he launched the vote.',
     "Jeff Sessford"),
    ("''He was going to make the name known,'' as his father dreamed, Bruce Turvey said.", "Bruce Turvey"),
    # an aside of the writer's, then an inverted source
    ("''To see the cases that could change is stunning,'' since so many were decided 5-to-4, said Lea Epperson, "
     "who teaches law.", "Lea Epperson"),
])
def test_cues_after_a_quotation_with_long_subjects_and_adjuncts(text, speaker):
    assert body_speakers(text) == [speaker]


def test_echoed_cues_the_quotation_after_it():
    text = 'Headline\n\n17-year-old Jared Pottinger echoed:\n\n"He speaks his mind, and the country needs that."'
    assert rows(text)["speaker"].tolist() == ["Jared Pottinger"]


def test_no_inverted_source_after_a_quotation_that_ended_its_sentence():
    text = ('Headline\n\nShe signed the email, "Leandra Engel, Acting Director." Engel has been active at the agency '
            'this week, said her lawyer.')
    out = rows(text)
    assert "her lawyer" not in out.loc[out["kind"] == "direct", "speaker_mention"].tolist()


@pytest.mark.parametrize("text, speaker", [
    # "Like X," opens a sentence as an adjunct: the subject follows it
    ('Like Corbett, Menard also rejected the notion, arguing that there is "flexibility for the administration".',
     "Menard"),
    # an adverb set off by a comma opens a sentence, never its subject
    ('Publicly, the GOP nominee feuds with his party and dismisses the "standard" approaches.', "the GOP nominee"),
    # a weekday before a document's noun says when, never who
    ('"There are invertebrates with more spine," reads a Wednesday editorial in the local paper.',
     "a Wednesday editorial"),
])
def test_openers_and_days_that_are_not_the_speaker(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_reporters_title_before_a_name_is_no_part_of_it():
    assert rows('Headline\n\n"It is chaos," CNN Reporter Jomana Karadeniz said.')["speaker"].tolist() == [
        "Jomana Karadeniz"]


def test_a_title_of_one_gender_names_the_holder_of_the_surname_known_to_have_it():
    # Dev Maskell is named first; "Ms Maskell" is his daughter Lucy, and "he" stays him
    text = ('Headline\n\nThe comedian Dev Maskell has accused a council of bias. Maskell, 61, said he learned of it '
            'from a fan.\n\nHis daughter, Lucy Maskell, said the family was taking advice.\n\n'
            'Ms Maskell said that three venues had been in touch.\n\n"It is a gift," he said.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Dev Maskell", "Dev Maskell", "Lucy Maskell", "Lucy Maskell", "Dev Maskell"]


def test_a_short_given_name_and_its_long_form_with_one_surname_are_one_person():
    text = ('Headline\n\nGwenllian Prosser started washing the kit in 1973.\n\n'
            '"I would do it all again," said Gwen Prosser, 79.')
    assert rows(text)["speaker"].tolist() == ["Gwenllian Prosser"]


def test_written_between_a_preposition_and_its_noun_is_no_cue():
    text = ('Headline\n\nA lawyer representing him said in written submissions that he had made "serious errors" '
            'but had been let down.')
    row = only(text)
    assert (row["kind"], row["text"]) == ("partial", 'he had made "serious errors" but had been let down')


@pytest.mark.parametrize("text, speaker", [
    ('A lawyer representing him said in written submissions that he accepted the errors.\n\n'
     'The submission said he had since closed the business.', "A lawyer representing him"),
    ("A spokesperson for the health minister said in an emailed statement that doses were sent.\n\n"
     '"Immunization is the best protection," the statement said.', "A spokesperson for the health minister"),
])
def test_a_document_one_unnamed_person_spoke_in_is_theirs(text, speaker):
    assert body_speakers(text) == [speaker, speaker]


def test_she_after_an_unnamed_mother_spoke_is_the_mother():
    text = ('Headline\n\nImran Sadiq, 38, ran a pharmacy from a unit in Oldham.\n\nHer mother, who cannot be named, '
            'told reporters the family had been left "shaken to the core".\n\n"She typed in a date of birth," she said.')
    assert rows(text)["speaker"].tolist() == ["Her mother", "Her mother"]


@pytest.mark.parametrize("words", ["Greater Manchester", "SlimPath Direct"])
def test_place_and_company_words_are_never_names(words):
    text = f"Imran Sadiq ran the business from a unit in Oldham, {words}, the hearing was told."
    assert words not in {text[m.start:m.end] for m in find_people(text)}


@pytest.mark.parametrize("sentence, content", [
    ("Her mother told BBC News the family had been left shaken.", "the family had been left shaken"),
    ("The mayor told the BBC the plan was dead.", "the plan was dead"),
    ("Mr Baume told BBC News there were sometimes tensions.", "there were sometimes tensions"),
    ("Ms Kelly told the BBC progress had been made.", "progress had been made"),
    ("He told the Observer his worst moment was in March.", "his worst moment was in March"),
    ("The minister told reporters Berlin supported the plan.", "Berlin supported the plan"),
])
def test_an_addressees_name_is_not_the_reported_clause(sentence, content):
    assert only("Headline\n\n" + sentence)["text"] == content


def test_the_dean_is_the_person_introduced_as_dean_and_dean_is_still_a_given_name():
    text = ('Headline\n\nThe Very Rev Dr Marcus Allingham, the Dean of Carlisle, said he had sympathy.\n\n'
            '"Nobody became a priest to put prices on things," the Dean said.\n\n'
            '"We are stunned," said Dean Bowyer, a churchwarden.')
    assert rows(text)["speaker"].tolist() == ["Marcus Allingham", "Marcus Allingham", "Dean Bowyer"]


@pytest.mark.parametrize("sentence, speaker", [
    # a relative clause's own commas (a city and its country) are no aside after the subject
    ("Segundo Paucar, who flew from Cuenca, Ecuador, for the trial, said he had not missed a day.", "Segundo Paucar"),
    # a name described as someone's relative, then a relative clause: the name
    ("Marisol Paucar, Edwin Paucar’s widow, who flew in for the trial, said she had not missed a day.",
     "Marisol Paucar"),
])
def test_a_relative_clause_after_a_name_and_its_description(sentence, speaker):
    assert only("Headline\n\n" + sentence)["speaker"] == speaker


def test_she_after_a_mother_named_as_someones_relative_with_a_bare_possessive():
    text = ("Headline\n\nPruitt's attorney, Miriam Castellanos, said the case showed how a conviction can harden.\n\n"
            '"We asked," Castellanos said.\n\nShe said her team would seek compensation.\n\nThe attorney general\'s '
            "office did not respond to a request for comment Thursday.\n\nDarnell Hayes' mother, Gloria Hayes, sat in "
            "the second row of the courtroom as the ruling was read. She said afterward that she did not blame Pruitt.")
    out = rows(text)
    assert out["speaker"].tolist()[-1] == "Gloria Hayes"
    assert out["text"].tolist()[-1] == "she did not blame Pruitt"


def test_a_name_set_off_after_a_short_description_keeps_where_they_work():
    text = "Headline\n\nHis attorney, Miriam Castellanos of the Delta Justice Initiative, said the case was over."
    assert only(text)["speaker"] == "Miriam Castellanos"


def test_she_after_a_person_introduced_after_among_is():
    text = ('Headline\n\nVeterans’ Affairs Minister Agostinho Soares has defended the reform.\n\n"We are taking away '
            'the abuses," Soares told AFP.\n\nAmong those camped outside parliament is Domingas Soares, 61, who '
            'carried messages as a schoolgirl.\n\n"Let him come here and find one," she said.')
    assert rows(text)["speaker"].tolist()[-1] == "Domingas Soares"


def test_the_agency_is_the_bureau_named_before():
    text = ('Headline\n\nThe Bureau of Land Management on Friday halted a roundup of wild horses.\n\n'
            'In a statement, the agency said it was suspending the operation.')
    assert only(text)["speaker"] == "Bureau of Land Management"


@pytest.mark.parametrize("sentence", [
    "A judge will hear arguments in a lawsuit the American Mustang Defense Fund filed in June, which claims that the "
    "targets are old.",
    "A lawsuit the American Mustang Defense Fund filed in June claims that the targets are old.",
])
def test_a_document_a_named_body_made_is_the_bodys(sentence):
    assert only("Headline\n\n" + sentence)["speaker"] == "American Mustang Defense Fund"


def test_it_after_a_document_described_at_length_is_the_documents_source():
    text = ('Headline\n\nThe review, written by the Cabinet Office last year and seen by The Times, found that savings '
            'were small.\n\nIt says net savings amount to £41 million.')
    assert rows(text)["speaker"].tolist() == ["Cabinet Office", "Cabinet Office"]


@pytest.mark.parametrize("text, speaker", [
    ('Joel Tavoa, 41, sings reggae. Tavoa’s movement won four seats, and Tavoa told AFP he would wait.\n\n'
     'His father, Samuel Tavoa, a pastor, said his son had always been stubborn.\n\n'
     '"He has not forgotten," the elder Tavoa said.', "Samuel Tavoa"),
    ('Edwin Paucar and his cousin Luis Paucar worked on the site.\n\nSegundo Paucar, Luis Paucar’s father, said he had '
     'come for the trial.\n\n"My son does not come out," the elder Mr. Paucar said.', "Segundo Paucar"),
])
def test_the_elder_is_the_one_introduced_as_a_parent(text, speaker):
    assert body_speakers(text)[-1] == speaker


def test_a_partial_quotes_source_before_a_whose_clause_keeps_its_long_title():
    text = ("Headline\n\nEmployment, Workforce Development and Labour Minister Ruth Okafor-Denis, whose department "
            "drafted the proposal, said on Wednesday that Canada “values this partnership” but would wait.")
    assert only(text)["speaker"] == "Ruth Okafor-Denis"


@pytest.mark.parametrize("sentence", [
    'Her parents, Martin and Judith Vance, who have campaigned for her, said in a statement: "We are heartbroken."',
    "Her parents, Martin and Judith Vance, who have campaigned for her, said they were heartbroken.",
])
def test_a_description_and_the_two_people_named_after_it_are_the_pair(sentence):
    text = "Headline\n\nEleanor Vance, 34, was arrested in March.\n\n" + sentence
    assert only(text)["speaker"] == "Martin Vance & Judith Vance"


@pytest.mark.parametrize("text, speaker", [
    # a document described after a comma is still the one the source wrote or was cited from
    ("In a letter to council leaders, Rebecca Thornhill, the minister, wrote that the premium had failed.\n\n"
     "The letter, dated 3 February, asks councils to submit evidence.", "Rebecca Thornhill"),
    ("The price was 30% above market rates, according to the memo from the National Audit Office.\n\n"
     "The memo, dated Feb. 26, said the ministry had waived a tender.", "National Audit Office"),
    # a ruling is the court's that spoke last, named in lower case
    ("The administrative court in Caen found that the bells exceeded noise limits.\n\n"
     "The bells may still ring for Sunday mass, the ruling said.", "administrative court in Caen"),
    # an order a judge ruled in is the judge's
    ("Circuit Judge Evelyn Marchbanks vacated the conviction in a 41-page order on Tuesday.\n\n"
     "Withholding it violated his right to a fair trial, the order said.", "Evelyn Marchbanks"),
])
def test_a_document_goes_to_who_wrote_or_ruled_in_it(text, speaker):
    assert body_speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ("A report published by the charity Bridges for Refugees in 2022 found that many refugees waited.\n\n"
     "The charity said on Tuesday that it was studying the proposals.", ["Bridges for Refugees"] * 2),
    ("The Confederation of Burgundy Appellation Growers, a federation of winemakers, said the sentences were light.",
     ["Confederation of Burgundy Appellation Growers"]),
    ("The Saltmarsh folk festival, which began in 1995, announced on Monday that it would not return.",
     ["Saltmarsh folk festival"]),
])
def test_bodies_named_with_of_for_and_kind_words(text, speakers):
    assert body_speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Hoosier Crossroads Energy has filed a proposal. The utility argues in its filing that customers could pay.\n\n"
     '"We are being asked to build a grid," Chief Executive Dana Richter said before the Indiana Utility Regulatory '
     "Commission.\n\nThe utility says it has received requests.",
     ["Hoosier Crossroads Energy", "Dana Richter", "Hoosier Crossroads Energy"]),
    ("The Lindora, operated by Estonian ferry company Saarlink, lost its signal on Tuesday, the company said.",
     ["Saarlink"]),
])
def test_a_kind_noun_is_the_body_of_that_kind(text, speakers):
    assert body_speakers(text) == speakers


def test_a_leads_role_is_its_one_holder_named_later_wherever_the_description_stands():
    text = ("Headline\n\nOntario paid $96 million for empty beds, the province’s auditor general says in a report that "
            "accuses the ministry of losing track.\n\nHer father, Albert Tsang, spent 71 days at Scarborough General "
            "Hospital.\n\nIn a special report, Auditor General Marisol Ferreira-Kent found that the ministry kept "
            "paying.\n\nAccording to the auditor general, 19 homes have reopened the beds.")
    assert rows(text)["speaker"].tolist() == ["Marisol Ferreira-Kent"] * 3


@pytest.mark.parametrize("sentence", [
    "One section, headed “The empty desk problem”, describes a hub in the West Midlands.",
    "The poster shows the comedian beneath the line “Retire? I can’t afford to die”.",
    "Demand has soared, and the website’s slogan - “Your new shape, delivered” - promised next-day delivery.",
    "The report, titled “Paying for Empty Rooms: Oversight of Bed Funding,” was released Wednesday.",
])
def test_titles_lines_and_slogans_are_no_attribution(sentence):
    assert rows("Headline\n\n" + sentence).empty


def test_a_sentence_after_entitled_is_still_quoted_text():
    text = ("Headline\n\nThe Post responded with a second piece, entitled “Bernie Sanders’s ideas are not too bold. "
            "They are too facile.”")
    assert len(rows(text)) == 1


@pytest.mark.parametrize("sentence, kinds", [
    ("Many still rely on the so-called “black stone,” a charred bone pressed against the wound.", []),
    ('Skylark, whose slogan was "Fly more, pay less", was founded in 2011.', []),
    # a term quoted in a reported clause leaves it indirect
    ('She warned that so-called "loyalty discounts" sometimes mask bigger increases.', ["indirect"]),
])
def test_so_called_terms_and_slogans_are_not_quotes(sentence, kinds):
    assert rows("Headline\n\n" + sentence)["kind"].tolist() == kinds


def test_a_participle_of_a_role_before_a_name_opens_a_subject():
    text = ("Headline\n\nOutside the theatre on Wednesday, retired teacher Marion Kells said she had bought tickets for "
            "her husband’s birthday.")
    assert only(text)["speaker"] == "Marion Kells"


def test_a_list_of_names_opens_a_that_less_clause():
    text = "Headline\n\nDiplomats said Australia, China and France were all following the talks closely."
    assert only(text)["text"] == "Australia, China and France were all following the talks closely"


def test_both_men_are_a_man_and_the_relative_named_with_him():
    text = ("Headline\n\nJulian Carbery, 58, is alleged to have run a production line of fakes from a garage behind "
            "his home in Knutsford, Cheshire, with his nephew Toby Carbery, 31, who painted them.\n\n"
            "Both men deny conspiracy to defraud and conspiracy to conceal criminal property.")
    assert only(text)["speaker"] == "Julian Carbery & Toby Carbery"


@pytest.mark.parametrize("text, speaker", [
    ("Canadian speed skater Mireille Sauvé has been stripped of a medal.\n\nThe skater said she was already thinking "
     "about the World Cup season.", "Mireille Sauvé"),
    ("Gisèle Rancourt was not relieved. The retired Sudbury teacher says the billing records show 19 appointments she "
     "never went to.", "Gisèle Rancourt"),
])
def test_a_description_by_a_noun_for_a_person_is_the_person_so_described(text, speaker):
    assert body_speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Research by the consultancy Haverford Partners published last month found that 41 companies had left.",
     "Haverford Partners"),
    ("Ticket prices have risen about 38% since 2021, according to data compiled by Bloomberg from operators' fares.",
     "Bloomberg"),
    ('"When I was a kid, this was my babysitter," said Marisela Solís, executive director of Amigos del Alcázar, the '
     "nonprofit that now leases the building.\n\nThe mayor's office declined to comment.\n\nHalvorsen Properties "
     "bought the block.\n\nParking is scarce.\n\nAll 1,400 tickets sold out, according to the nonprofit.",
     "Amigos del Alcázar"),
])
def test_makers_and_bodies_named_with_their_kind(text, speaker):
    assert body_speakers(text)[-1] == speaker


def test_a_day_before_a_kind_noun_is_no_body():
    text = ("Headline\n\nSANTIAGO, Nov 25 (Reuters) - An explosion at a copper smelter killed three workers on "
            "Wednesday, the company that operates the plant said, forcing it to halt production.\n\nThe company said an "
            "investigation was under way.")
    assert "Wednesday" not in set(rows(text)["speaker"])


def test_a_kind_nouns_own_document_is_the_bodys_and_an_appositive_name_is_no_document():
    text = ("Headline\n\nThe Ministry of Justice plans to close 12 courts.\n\nAccording to the ministry's own "
            "consultation document, 14 of the 40 courts had been refurbished.\n\nRetail Insight Partners, a "
            'consultancy, counted the closures. Its head of research, Amara Nwosu, said homeware had become "the '
            'canary in the coal mine".')
    assert rows(text)["speaker"].tolist() == ["Ministry of Justice", "Amara Nwosu"]


def test_a_leads_closing_source_before_a_participle_clause_is_the_person_named_next():
    text = ("Headline\n\nMASERU, March 4 (Reuters) - Lesotho wants South Africa to double the royalties it pays for water "
            "piped from its dams, its water minister said on Tuesday, calling the treaty unfair.\n\nLerato Mokhothu, who "
            "became minister in January, said Maseru would ask for the 1986 treaty governing the Lesotho Highlands Water "
            "Project to be reopened.")
    assert rows(text)["speaker"].tolist()[0] == "Lerato Mokhothu"


def test_a_spokesman_in_a_lead_is_not_the_person_named_next():
    text = ('Headline\n\n"Governor Romney has no plans to attend the convention," a spokesman said, adding that he '
            "would campaign instead.\n\nSen. John McCain will attend, his office said.")
    assert rows(text)["speaker"].tolist()[0] != "John McCain"


@pytest.mark.parametrize("sentence, speaker", [
    ("Unite, the union that represents most of Dunmore’s workforce, said ministers had a responsibility.", "Unite"),
    ("In a statement, Gulf Meridian Shipbuilding, the Pascagoula, Miss., company building the ships, said it had met "
     'every "milestone within our control."', "Gulf Meridian Shipbuilding"),
])
def test_a_body_described_after_its_name_is_the_body(sentence, speaker):
    assert only("Headline\n\n" + sentence)["speaker"] == speaker


def test_a_description_with_commas_of_its_own_then_the_name_that_ends_the_source():
    text = ("Headline\n\nKenya’s cabinet secretary for investments, trade and industry, Grace Wanjiru Mbugua, said in a "
            "statement that her country would not negotiate.")
    assert only(text)["speaker"] == "Grace Wanjiru Mbugua"


@pytest.mark.parametrize("sentence, speaker", [
    ("The bill contains a clause the mayor said would cost jobs.", "the mayor"),
    ("Shares fell, a measure the industry’s main lobby group warned would force companies to cut sailings.",
     "the industry’s main lobby group"),
])
def test_a_reduced_relatives_subject_starts_after_the_noun_it_is_about(sentence, speaker):
    assert only("Headline\n\n" + sentence)["speaker"] == speaker


@pytest.mark.parametrize("sentence, texts", [
    ("Both are vaccinated, she said, but the school had no record of the younger boy's second dose.",
     ["Both are vaccinated", "the school had no record of the younger boy's second dose"]),
    ("One person who died was over 80, it said, but the notice did not say whether listeriosis caused the death.",
     ["One person who died was over 80"]),
    ("Paul Ryan would like to retire, Politico reported on Thursday, but the lawmaker played down the report, saying he "
     "was staying.", ["Paul Ryan would like to retire", "he was staying"]),
])
def test_a_clause_after_but_goes_on_with_the_reported_words(sentence, texts):
    assert rows("Headline\n\nShe spoke on Tuesday.\n\n" + sentence)["text"].tolist() == texts


@pytest.mark.parametrize("sentence, speaker", [
    ('Its chair, retired district judge Margaret Hollins, added: "Justice that people cannot reach is not justice."',
     "Margaret Hollins"),
    ("Its national co-ordinator, 17-year-old Aanya Thibodeau-Sharma of Surrey, B.C., called the result “a really, "
     "really good day.”", "Aanya Thibodeau-Sharma"),
])
def test_an_appositive_ending_in_a_name_before_the_cue_is_the_source(sentence, speaker):
    assert only("Headline\n\nThe alliance opposes the closures.\n\n" + sentence)["speaker"] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Aalto’s attorney, Nadine Brooks of Fairbanks, said her client was never heard before the board voted, and called "
     'the process "backward from start to finish."', "Nadine Brooks"),
    ("Mr Orrell would not say whether ministers had been warned about the finances, but insisted the government had "
     '"acted properly at every stage".', "Orrell"),
])
def test_a_cue_after_comma_and_shares_the_main_clauses_subject(sentence, speaker):
    assert rows("Headline\n\n" + sentence)["speaker"].tolist()[-1] == speaker


def test_one_of_a_group_then_a_titled_name_and_party_tag_is_the_person():
    text = ("Headline\n\nOne of the three Democrats who voted against it, state Sen. Priya Natarajan (D-Henderson), said "
            'she supported "95 percent of this bill" but could not back a rent cap.')
    assert only(text)["speaker"] == "Priya Natarajan"


def test_a_participle_right_after_the_article_is_part_of_the_subject():
    text = ("Headline\n\nGisèle Rancourt was not relieved. The retired Sudbury teacher, who says the records are wrong, "
            'called the ruling "a slap in the face" to every patient.')
    assert rows(text)["speaker"].tolist() == ["Gisèle Rancourt", "Gisèle Rancourt"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Quebec’s anti-corruption unit, UPAC, which led the investigation, said in a statement that the verdict sends "
     '"a clear message" to elected officials.', "UPAC"),
    ("The agency, CBSA, said the border was open.", "CBSA"),
])
def test_a_bodys_initials_after_its_description_name_it(sentence, speaker):
    assert only("Headline\n\n" + sentence)["speaker"] == speaker


def test_it_after_a_dateline_and_a_body_opening_the_lead_is_the_body():
    text = ("Headline\n\nOTTAWA — The federal government wants to make it illegal to resell a ticket for more than its "
            'face value, tabling legislation Tuesday that it says will end the "gold rush" of automated bots.')
    assert only(text)["speaker"] == "the federal government"


def test_an_unnamed_person_described_by_a_noun_is_he_and_a_relative_clause_ends_at_its_comma():
    text = ("Headline\n\nThe race marshal, Dwight Carver, said the data showed the machine.\n\nThe snowmachine rider, who "
            "asked not to be named because he said he had received threats online, told The Associated Press he had "
            'been checking a trapline.\n\n"I saw a dog team stuck in the drifts," he said.')
    out = rows(text)
    assert out["text"].tolist()[1] == "he had received threats online"
    assert out["speaker"].tolist()[1:] == ["the snowmachine rider"] * 3


def test_the_subject_of_a_free_relative_starts_after_what():
    text = ('Headline\n\nA French court sentenced a wine merchant to three years in prison, in what prosecutors called '
            '"fraud on an industrial scale".')
    assert only(text)["speaker"] == "prosecutors"


def test_the_panel_is_the_court_that_ruled():
    text = ("Headline\n\nThe Court of Arbitration for Sport stripped the skater of her medal on Monday.\n\n"
            'The panel said the rules on equipment were "strict by design".')
    assert only(text)["speaker"] == "Court of Arbitration for Sport"


def test_an_owned_description_of_one_person_is_she_who_spoke_next():
    text = ("Headline\n\nUniversity President Celeste Harmon-Yee said the inquiry was closed.\n\nThe pitcher’s mother, "
            'who asked that her name not be published, said he spent two nights in the hospital. "He was scared," she '
            "said.")
    assert rows(text)["speaker"].tolist()[-1] == "the pitcher’s mother"


def test_a_couple_sharing_a_surname_keeps_two_people_when_the_second_given_name_is_rare():
    text = ("Headline\n\nA local couple, the entrepreneurs Tobias and Fenella Marsh, have offered to buy it.\n\n"
            '"Nobody loves this church more than we do," Mrs Marsh said.\n\n"We are adding a kitchen," Mr Marsh said.')
    assert rows(text)["speaker"].tolist() == ["Fenella Marsh", "Tobias Marsh"]


def test_a_quotation_after_a_beat_and_a_colon_is_the_beats_subject():
    text = ("Headline\n\nRicky Dowd scored the winner.\n\nA police spokesman said the crowd had behaved.\n\n"
            'Asked who he wanted in the draw, Dowd grinned: "Someone with a big away end."')
    assert rows(text)["speaker"].tolist() == ["A police spokesman", "Ricky Dowd"]


def test_surname_senior_is_the_parent_of_two_sharing_it():
    text = ("Headline\n\nRicky Dowd, 27, scored the winner. \"I didn't see it go in,\" Dowd said.\n\n"
            "The striker's father, Terry Dowd, has been the kit man for 22 years.\n\n"
            'Dowd senior, 61, said he had first watched the club in 1975. "We have had dark days," he said.')
    assert rows(text)["speaker"].tolist() == ["Ricky Dowd", "Terry Dowd", "Terry Dowd"]


def test_the_elder_of_two_sharing_a_surname_is_not_the_one_named_as_a_son():
    text = ('Headline\n\n"The rink is the town," said Rick Bergeron, who has coached the team for 14 seasons and whose '
            "son Tyler is its captain.\n\nTyler Bergeron said he had turned down an offer.\n\n"
            "After the win, the elder Bergeron said he keeps talk of the arena away from his players.")
    assert rows(text)["speaker"].tolist() == ["Rick Bergeron", "Tyler Bergeron", "Rick Bergeron"]


def test_she_after_his_wife_is_the_wife_named_in_full_before():
    text = ("Headline\n\nLinda and Ray Costa bought the house in 1987.\n\nDonna Raposo said she voted for the sewer.\n\n"
            "Ray Costa said he voted for the sewer. His wife voted against it.\n\n"
            '"We have been married 51 years," she said.')
    assert rows(text)["speaker"].tolist() == ["Donna Raposo", "Ray Costa", "Linda Costa"]


@pytest.mark.parametrize("opening", ["Outside court", "Beyond the verdict", "Following the hearing", "Amid the cheers"])
def test_a_preposition_no_list_held_opens_an_adjunct_before_the_subject(opening):
    text = (f"Headline\n\nKofi Bramwell, 34, was cleared on Thursday.\n\n{opening}, Mr Bramwell thanked the jury and "
            "said he would offer to paint the wall for free.")
    assert only(text)["speaker"] == "Kofi Bramwell"


def test_the_younger_of_two_sharing_a_surname_is_the_one_named_as_a_nephew():
    text = ("Headline\n\nGivi Nizharadze leads the choir.\n\nHis nephew, Levan Nizharadze, came back from Warsaw.\n\n"
            '"Here I have songs and no money," the younger Nizharadze said.')
    assert only(text)["speaker"] == "Levan Nizharadze"


def test_it_after_a_sentence_opened_by_a_kind_noun_is_the_body_of_that_kind():
    text = ("Headline\n\nZimbabwe stayed within the limits set by the Zambezi River Authority, the body the two countries "
            "run.\n\nThe authority itself has tried to stay out of the crossfire. In a statement last month, it said "
            "the power station had used more water than allocated.")
    assert only(text)["speaker"] == "Zambezi River Authority"


def test_the_utility_is_the_one_utility_named_however_far_back():
    paragraphs = ["Manitoba Hydro is asking the regulator to approve two rate increases of 7.5 per cent.",
                  "The increases would take effect in April.", "What is the increase for?",
                  "Two increases, one on April 1 and another a year later.",
                  "In its filing, the utility said three years of low water had cut the power it could produce."]
    assert only("Headline\n\n" + "\n\n".join(paragraphs))["speaker"] == "Manitoba Hydro"


def test_an_observatory_is_an_organisation_and_keeps_the_words_after_for():
    text = ("Headline\n\nThe Citizen Observatory for Justice, a Tegucigalpa-based watchdog, found in a report that 140 "
            "cases had not advanced.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Citizen Observatory for Justice", "organization")


def test_a_family_by_a_plural_surname_a_list_took_for_a_name_is_the_couple():
    text = ("Headline\n\nA local couple, the entrepreneurs Tobias and Fenella Marsh, have offered to buy it.\n\n"
            "The Marshes, who live in a converted mill, insist the alternative is far worse. Without a buyer, they say, "
            "the building will sit empty.")
    assert rows(text)["speaker"].tolist() == ["Tobias Marsh & Fenella Marsh"] * 2


def test_which_after_a_name_and_its_appositive_is_the_name():
    text = ("Headline\n\nSouth Africa eats a lot of chicken, according to the Poultry Producers' Forum, an industry "
            "group, which has warned that a long outbreak could cost the sector 2 billion rand.")
    assert rows(text)["speaker"].tolist() == ["Poultry Producers' Forum"] * 2


def test_a_given_name_and_an_initial_name_a_person():
    text = ("Headline\n\nThe hiker, identified only as Markus S. under privacy rules, slipped in September.\n\n"
            'His lawyer having left, he argued that the signs had been "barely visible".')
    assert only(text)["speaker"] == "Markus S."


def test_the_company_is_the_one_word_name_set_off_after_a_company_kind():
    text = ("Headline\n\nThe hiker, identified only as Markus S., used an app. The app is run by a Munich start-up, "
            "Alpinera. The company said in a statement that closures are shown as soon as they are reported.")
    assert only(text)["speaker"] == "Alpinera"


def test_a_document_a_body_circulated_to_someone_is_the_bodys():
    text = ("Headline\n\nA memo the Fiscal Integrity Caucus circulated to members Monday described the grants as "
            "\u201cthe single largest pot of money\u201d and urged leadership to \u201chold the line.\u201d")
    assert rows(text)["speaker"].tolist() == ["Fiscal Integrity Caucus"] * 2


def test_words_after_a_pronoun_subject_and_a_determiner_make_no_titled_name():
    text = ("Headline\n\nCrown Services Minister Ren\u00e9e Beaulieu said the government would not interfere in the "
            "review. But she blamed the previous Progressive Conservative government for leaving Hydro without a "
            "plan, calling the Tories' record \"a sugar high that Manitobans are now paying for.\"")
    # (three reports: what she said, whom she blamed, what she called the record)
    assert rows(text)["speaker"].tolist() == ["Ren\u00e9e Beaulieu"] * 3


def test_a_document_released_on_a_weekday_by_a_possessive_body_is_the_bodys():
    text = ("Headline\n\nThe effort ran $240 million over budget, according to a report released Wednesday by the State "
            "Department\u2019s Office of Inspector General.\n\nSenators were angry.\n\nThe report estimated that "
            "310,000 applications were still late.")
    assert rows(text)["speaker"].tolist() == ["State Department\u2019s Office of Inspector General"] * 2


def test_initials_defined_in_parentheses_are_the_body_named_before_them():
    text = ("Headline\n\nReinhold waited for an assessment by the State Criminal Police Office (LKA).\n\nAccording to "
            "the LKA's internal report, the data included names. The server could be reached without a password, the "
            "LKA said.")
    assert rows(text)["speaker"].tolist() == ["State Criminal Police Office"] * 2


def test_a_place_owning_a_body_named_with_its_initials_is_left_out():
    text = ("Headline\n\nThe ship was stopped by Russia's Federal Security Service (FSB), which guards the border.\n\n"
            "The captain could face charges, the FSB said.")
    assert only(text)["speaker"] == "Federal Security Service"


def test_a_document_commissioned_from_a_firm_is_the_firms():
    text = ("Headline\n\nAn analysis the town commissioned from Coastal Systems Group, a Falmouth engineering firm, found "
            "that septic systems account for most of the nitrogen.")
    assert only(text)["speaker"] == "Coastal Systems Group"


def test_who_were_granted_anonymity_is_no_part_of_an_unnamed_source():
    text = ("Headline\n\nAt least 14 Republicans are prepared to vote against the package, according to three people "
            "familiar with the whip count who were granted anonymity to describe private conversations.")
    assert only(text)["speaker"] == "three people familiar with the whip count"


def test_it_after_a_sentence_opened_by_a_relative_clause_is_the_body_before():
    text = ("Headline\n\nThe Public Health Agency of Canada said eight people had been hospitalized. The person who "
            "died was a Quebec resident over the age of 80, it said.")
    assert rows(text)["speaker"].tolist() == ["Public Health Agency of Canada"] * 2


def test_a_states_possessive_before_a_bodys_name_is_left_out():
    text = ('Headline\n\nRussia\'s Federal Security Service said the ship had "violated the border regime" and would '
            "be inspected.")
    assert only(text)["speaker"] == "Federal Security Service"


def test_a_document_after_according_to_ends_before_its_own_reporting_clause():
    text = ('Headline\n\nThe regiment will lose a third of its horses, according to a leaked memo that warns ceremonial '
            'duties may have to be "reviewed" as a result.')
    assert rows(text)["speaker"].tolist() == ["a leaked memo"] * 2


def test_the_suit_and_the_complaint_are_the_plaintiffs():
    text = ("Headline\n\nKristin Halvorsen Dahl, a granddaughter of the founder, sued the board last week. The suit, "
            "which names her brother, Chief Executive Erik Halvorsen, alleges they ran \u201ca rigged process.\u201d\n\n"
            "According to the complaint, the two men met four times in 2023.")
    assert rows(text)["speaker"].tolist() == ["Kristin Halvorsen Dahl"] * 2


def test_a_document_filed_by_a_relative_named_after_a_comma_is_theirs():
    text = ("Headline\n\nPruitt died in the county jail in 2022. The lawsuit was filed the following year by his mother, "
            "Denise Pruitt.\n\nAccording to the lawsuit, he told a nurse he needed insulin.")
    assert rows(text)["speaker"].iloc[0] == "Denise Pruitt"


def test_the_letter_is_its_signer_named_after_words_about_it():
    text = ("Headline\n\nThe players' letter to the union, dated Friday and signed by captain Isikeli Waqanivalu on "
            "behalf of 33 squad members, asked for their fees.\n\n\"Our families cannot live on promises,\" the letter "
            "said.")
    assert rows(text)["speaker"].tolist()[-1] == "Isikeli Waqanivalu"


def test_a_document_from_a_body_opening_with_a_verb_form_is_a_subject():
    text = ("Headline\n\nA fiscal note from the Legislature\u2019s budget office says the state could save $2.1 million "
            "a year, though it cautions that the estimate rests on \u201climited data from other states.\u201d")
    assert rows(text)["speaker"].tolist() == ["Legislature\u2019s budget office"] * 2


def test_a_currencys_letter_after_a_company_is_no_part_of_its_name():
    text = ("Headline\n\nA court fined iron ore miner Redbank Minerals A$9 million for destroying two rock shelters.\n\n"
            "In a statement, Redbank said it accepted the decision. It said it had overhauled its procedures.")
    assert rows(text)["speaker"].tolist() == ["Redbank Minerals"] * 2


@pytest.mark.parametrize("source", ["two people familiar with the matter", "a source close to the minister"])
def test_an_inverted_unnamed_source_ends_the_sentence_with_what_it_is_close_to(source):
    text = f"Headline\n\nThe levy could be announced as soon as next month, said {source}."
    assert only(text)["speaker"] == source


def test_the_people_are_the_unnamed_group_described_before():
    text = ("Headline\n\nNickel producers fell after people familiar with the matter said the government is "
            "considering a levy.\n\nThe levy, which would apply to nickel pig iron, is being discussed by the Finance "
            "Ministry and could be announced next month, said the people, who asked not to be identified. No final "
            "decision has been made, they said.")
    out = rows(text)
    assert out["speaker"].tolist() == ["people familiar with the matter"] * 3
    assert out["text"].tolist()[1].startswith("The levy, which would apply")


@pytest.mark.parametrize("document, name", [
    ("An engineering assessment commissioned by the town", "An engineering assessment"),
    ("an agreed statement of facts tendered to the court", "an agreed statement of facts"),
])
def test_a_document_with_no_maker_is_named_without_how_it_was_made(document, name):
    text = f"Headline\n\nThe roof trusses are near the end of their life, according to {document}."
    assert only(text)["speaker"] == name


def test_and_said_after_a_that_clause_is_the_reporters_not_a_subject_inside_it():
    text = ("Headline\n\nOntario Court Justice Priya Raghunathan delivered her decision.\n\nShe found that the video "
            "showed Adeyemi\u2019s face pressed to the pavement \u201cat all relevant times\u201d and said the "
            "evidence had been \u201cshaped to fit the defence.\u201d")
    assert rows(text)["speaker"].tolist() == ["Priya Raghunathan"] * 2


@pytest.mark.parametrize("subject", ["The fund, which manages about $4.1bn,", "The fund, valued at about \u00a33.1bn,"])
def test_a_sum_of_money_inside_a_subjects_aside_keeps_the_subject(subject):
    text = f"Headline\n\nCalder Point Capital bought a stake.\n\n{subject} said it wanted the unit sold."
    assert only(text)["speaker"] == "Calder Point Capital"


def test_an_inverted_source_after_a_relative_clause_with_a_decimal_is_the_source():
    text = ("Headline\n\nThe Senate approved a different plan, which would boost output by 0.7 percent in 2018, said "
            "the Tax Policy Center, a nonpartisan think tank.")
    assert only(text)["speaker"] == "Tax Policy Center"


def test_the_company_is_not_a_fund_that_spoke_just_before():
    text = ("Headline\n\nCalder Point Capital wants Thornbury Group to sell its defence arm.\n\nThe fund said it wanted a "
            "sale by the end of the year.\n\nThornbury rejected the proposals. In a statement, the company said a "
            "forced sale would hurt shareholders.")
    assert rows(text)["speaker"].tolist()[-1] == "Thornbury Group"


def test_an_aside_holding_a_question_keeps_the_name_before_it_as_the_subject():
    text = "Headline\n\nStang, asked whether he would support the petition drive, said he would not sign it."
    assert only(text)["speaker"] == "Stang"


def test_state_before_a_noun_opening_a_source_is_an_adjective_and_operator_a_company_kind():
    text = ("Headline\n\nAround 40 flights were cancelled overnight, state airport operator Lithuanian Airports "
            "said.")
    assert only(text)["speaker"] == "Lithuanian Airports"


@pytest.mark.parametrize("after", [
    "\n\nThat was how Farah Qureshi, the NDP's critic for home care, put it at Queen's Park on Thursday.",
    " That is how Farah Qureshi, president of Qureshi Pharmaceutical Co., describes the economics of her business.",
    "\n\nThat is the verdict of Dr Farah Qureshi, a former Army medical officer who now advises NHS trusts.",
    " Those were the words of Farah Qureshi, the NDP's critic for home care.",
    " That was Representative Farah Qureshi of Texas, who told reporters afterward she was pleased.",
    "\n\nThat's Farah Qureshi talking.",
    " The remark, from veteran backbencher Farah Qureshi, drew laughter."])
def test_that_was_how_x_put_it_after_a_quotation_names_its_speaker(after):
    text = 'Headline\n\nCritics have long warned of waste.\n\n"Families are being billed for ghosts."' + after
    out = rows(text)
    assert out[["kind", "speaker"]].values.tolist()[0] == ["direct", "Farah Qureshi"]
    assert len(out) == 1 + ("told" in after)  # ("describes" reports nothing)


def test_a_warning_after_an_article_is_a_noun_and_adding_up_no_cue():
    text = ('Headline\n\nThe prosecutor, Mark Oyelaran, spoke after the hearing.\n\n"It was planned," he said. He had '
            'a blunt warning for anyone tempted to copy the stunt: "This is a crime."')
    assert rows(text)["speaker"].tolist() == ["Mark Oyelaran"] * 2
    text = 'Headline\n\nFor the companies, the math stopped adding up long ago: "We lose money on every box we ship."'
    assert only(text)["speaker_type"] == "unresolved"  # nobody is named


def test_a_plural_possessive_description_before_a_body_s_name_gives_the_name():
    text = ("Headline\n\nThe players' union, the Women's Volleyball Players Association, said it was exploring legal "
            "action.")
    assert only(text)["speaker"] == "Women's Volleyball Players Association"


def test_a_surname_that_reads_as_a_two_letter_word_s_plural_is_a_surname():
    # "Lis" is no plural of "li": the lawmaker named in full, then by his surname
    text = ('Headline\n\nGrzegorz Lis, a lawmaker who sits on the committee, called the verdict "a warning". Lis said '
            "the committee would discuss it.")
    assert rows(text)[["speaker", "speaker_type"]].values.tolist() == [["Grzegorz Lis", "person"]] * 2


def test_a_short_quotation_ending_a_subject_s_aside_keeps_the_report():
    text = ('Headline\n\nKiana Broussard, whom teammates call "Skyscraper," said she was owed about $14,000.\n\n'
            'Tulsa setter Marisol Vega posted a photo of her car. "Twelve hours to drive home," she wrote.')
    out = rows(text)
    assert out[["kind", "text", "speaker"]].values.tolist() == [
        ["indirect", "she was owed about $14,000", "Kiana Broussard"],
        ["direct", "Twelve hours to drive home,", "Marisol Vega"]]


def test_a_body_s_modelling_after_an_opening_adjunct_is_the_body_s_and_that_opens_the_clause():
    text = ("Headline\n\nOn the current trajectory, according to Audit Scotland's modelling, that figure would not be "
            "reached until the early 2040s.")
    row = only(text)
    assert (row["text"], row["speaker"], row["speaker_type"]) == (
        "that figure would not be reached until the early 2040s", "Audit Scotland", "organization")


def test_a_body_described_before_it_is_named_is_the_body_a_later_mention_of_its_kind_names():
    text = ('Headline\n\nThe peatland scheme is "years behind" its targets despite £38m being spent on it, the public '
            "spending watchdog has warned.\n\nA report by Audit Scotland found that 43,000 hectares had been restored.\n\nThe watchdog said the fund "
            "had been hampered by a shortage of contractors.")
    assert rows(text)["speaker"].tolist() == ["Audit Scotland"] * 3
    # two bodies of that kind: the description stays
    two = text + "\n\nAnother watchdog, Fair Spend, said the figures were wrong. The watchdog said it would act."
    assert rows(two)["speaker"].tolist()[0] == "the public spending watchdog"


def test_ruling_or_finding_after_a_comma_before_that_reports_for_the_subordinate_clause_s_source():
    text = ("Headline\n\nIn January, a Lisbon court ordered a dealer to return 220 tiles, ruling that he \u201ccould not "
            "reasonably have ignored\u201d where they came from.")
    row = extract_article(text).iloc[0]
    assert (row["kind"], row["speaker"], row["cue"]) == ("partial", "a Lisbon court", "ruling")
    text = ("Headline\n\nA man walked free after a judge threw out his conviction, ruling that the analysis was "
            "worthless.")
    assert only(text)["speaker_mention"] == "a judge"
    # "as a group" is no clause, and "ruling" with no "that" is no cue
    text = "Headline\n\nRepublicans opposed the bill as a group, arguing the money would be better spent on roads."
    assert only(text)["speaker"] == "Republicans"
    assert rows("Headline\n\nThe court met on Monday, ruling out any delay.").empty


def test_the_platform_is_the_lone_name_that_opened_the_sentence_before():
    text = ("Headline\n\nTikTok removed the video two days after it was posted. The platform said at the time that the "
            "account had been banned.")
    assert only(text)["speaker"] == "TikTok"
    # a person's surname opening the sentence is no company
    text = ("Headline\n\nJane Hollis runs the shop.\n\nThe council met. Hollis removed the sign. The company said the "
            "sign had been banned.")
    assert only(text)["speaker"] == "the company"


def test_a_body_s_name_opening_with_a_list_keeps_its_first_words():
    text = "Headline\n\nThe Foreign, Commonwealth and Development Office said its position had not changed."
    assert only(text)["speaker"] == "Foreign, Commonwealth and Development Office"
    # people listed are no body's name
    text = "Headline\n\nJane Hollis, Tom Reed and Ann Lee said the plan had failed."
    assert only(text)["speaker_type"] == "person"


def test_a_drugstore_chain_named_by_drug_is_a_company():
    row = only("Headline\n\nIn a statement, Kessler Drug said the location had become unsustainable.")
    assert (row["speaker"], row["speaker_type"]) == ("Kessler Drug", "organization")


def test_a_body_s_officer_is_no_person_named_before_and_makes_the_report():
    text = ("Headline\n\nCurtis Vandermolen, a veteran of the bureau, testified on Tuesday.\n\nSeven people died, "
            "according to a report released in March by the Justice Department\u2019s inspector general. The report "
            "found that staffing was short.")
    out = rows(text)
    assert out["speaker"].tolist()[-2:] == ["the Justice Department\u2019s inspector general"] * 2


def test_the_couple_is_the_pair_of_one_surname_named_together_paragraphs_before():
    text = ("Headline\n\nGareth and Ann Pritchard, from Swansea, were on the upper deck.\n\n\"There was a bang,\" Mrs "
            "Pritchard said.\n\nMr Pritchard, 67, said a crew member had helped.\n\nThe ferry was towed to port. Its "
            "owner apologised.\n\nThe couple said they had been given blankets at a hall.")
    assert rows(text)["speaker"].tolist()[-1] == "Gareth Pritchard & Ann Pritchard"


def test_a_name_set_off_before_one_of_a_kind_is_the_source():
    row = only("Headline\n\nClearpath Minds, one of the largest, said it had carried out 9,000 assessments.")
    assert row["speaker"] == "Clearpath Minds"


def test_a_name_the_census_lacks_after_a_long_title_is_the_person():
    text = ('Headline\n\n"Tourists are welcome," Deputy Minister for Natural Resources and Tourism Halima Mshana told '
            "reporters.\n\nMshana said the ministry had warned operators.")
    assert rows(text)["speaker"].tolist() == ["Halima Mshana"] * 2
    # an initial is no word of such a pair, and a name with no title before it keeps its words
    assert only('Headline\n\n"It works," said Jock A. Finlayson.')["speaker"] == "Jock A. Finlayson"


def test_a_source_who_gave_one_name_only_is_that_name_and_an_owned_role_is_nobody_named_before():
    text = ("Headline\n\n\u201cI buy from houses that are being demolished,\u201d said one seller, who gave his name only "
            "as Joaquim. Asked whether he could tell, he shrugged. \u201cNobody can.\u201d\n\nThe dealer\u2019s lawyer "
            "said his client had bought the panel in good faith.")
    assert rows(text)["speaker"].tolist() == ["Joaquim", "Joaquim", "the dealer\u2019s lawyer"]


@pytest.mark.parametrize("text, speaker, content", [
    ("His mother, Grace Adeyemi, said outside court that her son still suffers headaches.", "Grace Adeyemi",
     "her son still suffers headaches"),
    ("Renee Vold, director of the Watertown Regional Airport in South Dakota, said about 40 percent of passengers on "
     "the city's two daily flights to Minneapolis were traveling for medical care.", "Renee Vold",
     "about 40 percent of passengers on the city's two daily flights to Minneapolis were traveling for medical care"),
    ("A senior EU diplomat, speaking on condition of anonymity because the talks are confidential, said several "
     "member states were reluctant.", "A senior EU diplomat", "several member states were reluctant"),
    ("Two government MLAs, speaking on background because caucus discussions are confidential, said several rural "
     "members had pushed for the bill.", "Two government MLAs", "several rural members had pushed for the bill"),
    ("A resident, who asked not to be named because she feared reprisals, said the deal was close.", "A resident",
     "the deal was close"),
    ("At the hospital, where a list of survivors was taped to a wall, Rosalinda Manalo, 61, said she had heard "
     "nothing from her son.", "Rosalinda Manalo", "she had heard nothing from her son"),
])
def test_a_place_adjunct_a_long_quantity_subject_and_an_anonymity_aside_keep_the_report(text, speaker, content):
    row = only("Headline\n\n" + text)
    assert (row["speaker"], row["text"]) == (speaker, content)


def test_a_name_modifying_a_source_s_noun_and_a_noun_s_participle():
    text = "Headline\n\nJohn Podesta founded the firm.\n\nOne former Podesta employee said Gates described the role."
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("One former Podesta employee", "anonymous")
    text = ("Headline\n\nAs the chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, "
            "\u201cImagine a world where we lead.\u201d")
    assert only(text)["speaker"] == "Jeff Weiner"


def test_a_relative_clause_with_an_irregular_past_before_a_name_set_off():
    text = ("Headline\n\nBut the group that brought the case, Consumatori in Movimento, said the fee had done little to "
            "reduce crowds.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Consumatori in Movimento", "the fee had done little to reduce crowds")


@pytest.mark.parametrize("opening", ["Labour and the", "Both Labour and the"])
def test_two_bodies_joined_by_and_both_speak(opening):
    row = only(f"Headline\n\n{opening} Conservatives have said the plan is unfair.")
    assert (row["speaker"], row["speaker_type"]) == ("Labour & Conservatives", "organization")
    # a person before "and" is no body joined
    assert only("Headline\n\nTony Blair and the Conservatives say the plan is unfair.")["speaker"] != \
        "Tony Blair & Conservatives"


def test_a_participle_after_with_and_its_subject_reports_for_that_subject():
    row = only('Headline\n\nThe man was found guilty, with a judge ruling that the blows were "gratuitous".')
    assert (row["speaker"], row["kind"]) == ("a judge", "partial")
    row = only("Headline\n\nThe board met on Friday, with the leader of the city council warning that jobs would go.")
    assert row["speaker_mention"] == "the leader of the city council"


def test_a_show_named_after_its_host_names_the_host_not_a_person_called_show():
    text = ("Headline\n\nClinton spoke to MSNBC's The Rachel Maddow Show on Tuesday.\n\n\"I'm not sure,\" Maddow said.")
    assert only(text)["speaker"] == "Rachel Maddow"


def test_a_relative_named_after_a_preposition_does_not_take_the_subjects_surname():
    text = ("Headline\n\nThe report said Ray Comeau pressed officials on behalf of his brother, Luc Comeau, in 2025.\n\n"
            "Comeau said he accepted the findings.")
    assert rows(text)["speaker"].tolist()[-1] == "Ray Comeau"
    # a relative who opens a sentence becomes its subject, and the surname alone is then the relative's
    text = ("Headline\n\nDoreen Pelletier, 84, told the court she lost her savings.\n\n"
            "Her son, Marc Pelletier, was in court on Friday.\n\n\"She is not the same,\" Pelletier said.")
    assert rows(text)["speaker"].tolist()[-1] == "Marc Pelletier"


@pytest.mark.parametrize("relative", ["who has a son in the Army", "whose son joined the Army in January"])
def test_a_hometown_set_off_after_a_name_before_a_relative_clause_is_no_speaker(relative):
    text = (f"Headline\n\nSarah Pengelly, from Plymouth, {relative}, told BBC News she had learned of the loss from a "
            "letter.")
    assert only(text)["speaker"] == "Sarah Pengelly"


def test_an_unnamed_relative_is_the_same_unnamed_relative_named_before_and_her_pronoun_too():
    text = ("Headline\n\nJudge Anjali Deshmukh found that the board failed the boy.\n\n"
            "The boy's mother, who cannot be named, told CBC News the ruling was fair.\n\n"
            "His mother, a nurse who works rotating shifts, testified that she got time off for only one day.\n\n"
            "\"He used to ask me every morning,\" she said.")
    assert rows(text)["speaker"].tolist() == ["Anjali Deshmukh"] + ["the boy's mother"] * 3


@pytest.mark.parametrize("role", ["prefect", "sheriff", "treasurer", "headteacher", "admiral", "registrar"])
def test_more_offices_are_roles_the_noun_alone_refers_back_to(role):
    text = (f"Headline\n\nThe island's {role}, Thierry Valencourt, told reporters that all 74 passengers were "
            f"detained.\n\n\"We will not let a posture block the law,\" the {role} said.")
    assert rows(text)["speaker"].tolist() == ["Thierry Valencourt"] * 2


@pytest.mark.parametrize("how", ["simply", "this way", "more bluntly"])
def test_put_it_and_a_few_words_before_a_colon_cue_the_quotation(how):
    text = (f"Headline\n\nCampaigners have already promised a legal challenge.\n\nMs Mared Hughes put it {how}: \"The "
            "mountain has been here a lot longer than any of us.\"")
    out = rows(text)
    assert out[out["kind"] == "direct"]["speaker"].tolist() == ["Mared Hughes"]


def test_a_second_relative_clause_after_a_comma_leaves_the_first_ones_antecedent_the_source():
    text = ("Headline\n\nA city employee who works at the facility, who asked not to be named because she was not "
            "authorized to speak to the media, told CTV News that staff had complained for months.\n\n"
            "\"We wrote it up,\" she said.")
    assert rows(text)["speaker"].tolist() == ["A city employee who works at the facility"] * 2


def test_through_a_spokeswoman_is_an_aside_after_a_subject_that_ends_the_report_before_it():
    text = ('Headline\n\nMs Ingrid Solheim-Berg is the Norwegian minister.\n\nA spokesman for the embassy said '
            'afterwards that the door to further talks "remains open", and Ms Solheim-Berg, through a spokeswoman, '
            'later said she was "happy to meet Mr Crewe at any time".')
    assert rows(text)[["text", "speaker"]].values.tolist() == [
        ['the door to further talks "remains open"', "A spokesman for the embassy"],
        ['she was "happy to meet Mr Crewe at any time"', "Ingrid Solheim-Berg"]]


@pytest.mark.parametrize("these", ["those people", "these people"])
def test_those_people_are_the_unnamed_people_named_before(these):
    text = ("Headline\n\nThe delegation pressed Tokyo to double its quota, according to people familiar with the "
            f"negotiations. Japanese negotiators offered an increase of about 20%, {these} said.")
    assert rows(text)["speaker"].tolist() == ["people familiar with the negotiations"] * 2


def test_the_town_and_the_bench_are_the_body_named_before_with_that_head():
    text = ("Headline\n\nA justice on Tuesday ordered the Town of Islip to redraw its districts.\n\n"
            "The town said it would appeal the decision.")
    assert rows(text)["speaker"].tolist()[-1] == "Town of Islip"
    text = ("Headline\n\nThe Supreme Court of Nepal ruled on Friday that the removal was unlawful.\n\n"
            'The bench said the decision "cannot be reconciled" with the constitution.')
    assert rows(text)["speaker"].tolist()[-1] == "Supreme Court of Nepal"


def test_the_developer_in_a_lead_is_the_one_company_named_soon_after():
    text = ("Headline\n\nThe developer says it would bring 150 jobs and take pressure off the crowded paths.\n\n"
            "Eryri Skyline Ltd wants to build a 2.4km cable car from a new visitor centre.")
    assert only(text)["speaker"] == "Eryri Skyline Ltd"
    # a company named only far later is no one the lead's noun stands for
    far = text.replace("\n\nEryri", "\n\n" + "The valley is quiet in winter. " * 25 + "\n\nEryri")
    assert only(far)["speaker"] == "the developer"


@pytest.mark.parametrize("body", ["Isère prefecture", "Hebron municipality", "Basra governorate"])
def test_a_place_before_a_prefecture_municipality_or_governorate_names_a_body(body):
    row = only(f"Headline\n\nThe {body}, which approved the project in 2023, said it was taking note of the decision.")
    assert (row["speaker"], row["speaker_type"]) == (body, "organization")


def test_the_audit_is_the_report_its_maker_released_just_before():
    text = ("Headline\n\nThe passport overhaul ran $240 million over budget, according to a report released Wednesday "
            "by the State Department’s Office of Inspector General.\n\nThe 64-page audit found that the project was "
            "launched before it had been tested at scale.")
    assert rows(text)["speaker"].tolist() == ["State Department’s Office of Inspector General"] * 2


@pytest.mark.parametrize("document, person", [("his figures", "Tobias Wren"), ("her estimates", "Nathalie Gallant")])
def test_a_document_owned_by_his_or_her_is_that_persons(document, person):
    text = ("Headline\n\nNathalie Gallant studies the call-centre trade.\n\nTobias Wren said London had too few "
            f"specialist investors.\n\nRivals trade at 31 times earnings, according to {document}.")
    assert rows(text)["speaker"].tolist()[-1] == person


def test_a_court_described_in_a_lead_is_the_court_named_soon_after():
    text = ("Headline\n\nA provincial appeals court on Friday struck down the rule, ruling that the agency had exceeded "
            "its authority.\n\nThe Ontario Court of Appeal said the statute was clear.")
    assert rows(text)["speaker"].tolist() == ["Ontario Court of Appeal"] * 2


@pytest.mark.parametrize("document", ["report", "statement"])
def test_a_cue_form_after_the_is_a_noun_before_the_cue_after_a_quotation(document):
    text = f'Headline\n\n"The brother stood to gain from the decision he was pressing for," the {document} said.'
    row = only(text)
    assert (row["speaker"], row["speaker_mention"]) == (f"the {document}", f"the {document}")


def test_a_body_of_a_name_with_of_inside_is_a_body_whose_report_is_its_own():
    text = ('Headline\n\nIn a report released Thursday, the Office of the Conflict of Interest and Ethics Commissioner '
            'said the MP "improperly furthered the private interests" of his brother.\n\n'
            '"The brother stood to gain," the report said.')
    out = rows(text)
    assert out["speaker"].tolist() == ["Office of the Conflict of Interest and Ethics Commissioner"] * 2
    assert out["speaker_type"].tolist() == ["organization"] * 2


def test_a_cue_after_a_document_noun_and_its_modifier_is_the_verb():
    text = ("Headline\n\nThe ministry report estimates that about 48,000 hectares of coffee have been converted since "
            "2021. It warns that the true figure is probably higher.")
    out = rows(text)
    assert out["text"].tolist() == ["about 48,000 hectares of coffee have been converted since 2021",
                                    "the true figure is probably higher"]


def test_the_ministry_report_is_the_one_cited_with_its_maker_however_far_before():
    text = ("Headline\n\nFarmers earn more from durian, according to an agriculture ministry report seen by Reuters.\n\n"
            "Prices rose.\n\nExports rose.\n\nImports fell.\n\nThe ministry report estimates that about 48,000 "
            "hectares have been converted since 2021.")
    assert rows(text)["speaker"].tolist() == ["agriculture ministry"] * 2


def test_who_reviewed_a_document_is_not_its_source():
    text = ("Headline\n\nMs. Kaszuba flew the drone within 600 metres of the perimeter, according to a charge sheet "
            "reviewed by The Globe.")
    assert only(text)["speaker"] == "a charge sheet"


def test_winters_are_no_group_of_people_they_can_stand_for():
    text = ("Headline\n\nHealth officials say the surge has two main drivers. A pair of unusually wet winters allowed "
            "the fungus to grow, they said.")
    assert rows(text)["speaker"].tolist() == ["Health officials"] * 2


def test_a_source_in_a_lead_is_not_the_person_the_next_sentence_names():
    text = ("Headline\n\nThe aircraft circled over Grande Comore for 40 minutes before turning back, according to a "
            "French police source. Comorian official Fahardine Madi met the plane.")
    assert rows(text)["speaker"].tolist()[0] == "a French police source"


def test_blamed_cues_a_quotation_in_its_object_and_the_elder_takes_two_surnames():
    text = ('Headline\n\nThe labour minister, Anisur Rahman Talukder, blamed the unrest on "a handful of outsiders" who '
            'want to damage the industry.\n\nMedia shares the blame, critics say.')
    out = rows(text)
    assert out[out["kind"] == "partial"]["speaker"].tolist() == ["Anisur Rahman Talukder"]
    text = ("Headline\n\nThe chief executive, Marta Cordeiro Lopes, apologised. Her father, Antonio Cordeiro Lopes, "
            'spoke to staff.\n\nThe elder Cordeiro Lopes also blamed "a supplier\'s mistake" for the error.')
    assert rows(text)["speaker"].tolist()[-1] == "Antonio Cordeiro Lopes"


@pytest.mark.parametrize("source", ["one adviser to the board", "a spokesman for the council", "an aide to Mr. Bush"])
def test_an_inverted_source_goes_on_through_for_to_or_at_after_its_noun(source):
    text = f'Headline\n\n"This is a warning shot, not a crisis," said {source}.'
    assert only(text)["speaker_mention"] == source


@pytest.mark.parametrize("source", ["the former top aide to President George W. Bush",
                                    "one longtime adviser to Bill Clinton"])
def test_someone_described_by_whom_they_serve_is_not_that_person(source):
    row = only(f'Headline\n\n"This is eerily similar to the first debate in 2000," said {source}.')
    assert (row["speaker"], row["speaker_type"]) == (source, "anonymous")


def test_a_description_and_a_name_set_off_after_a_long_clause_are_its_source():
    text = ("Headline\n\nMathieu Gagnon-Roy, 38, was freed in the capital, Bamako, on Sunday evening and handed over "
            "to officials, his sister, Julie Gagnon-Roy, told The Canadian Press on Monday.")
    row = only(text)
    assert (row["speaker"], row["speaker_mention"]) == ("Julie Gagnon-Roy", "his sister, Julie Gagnon-Roy")
    assert row["text"].endswith("handed over to officials")


@pytest.mark.parametrize("sentence, speaker", [
    ('The plans were scrapped, with the leader of the city council calling the decision "an act of vandalism".',
     "the leader of the city council"),
    ('Talks ended, with Foreign Minister Kristjan Meriloo calling the interference "reckless and deliberate".',
     "Kristjan Meriloo")])
def test_a_participle_after_with_and_its_subject_cues_a_quotation_in_its_object(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker
    # a thing after "with" speaks for no one
    assert rows('Headline\n\nThey replaced it with softer language calling for "appropriate assistance."').empty


def test_a_conjunction_before_the_participle_after_with_opens_it_no_subject_between():
    text = ("Headline\n\nSome Republicans spotlight their differences with Trump while saying they will still vote "
            "for him.")
    assert rows(text)["speaker"].tolist() == ["Some Republicans"]


@pytest.mark.parametrize("sign", ['parents held up banners reading "Save Oakfield Bank" and "Our kids, our school"',
                                  'The scoreboard, still reading "HOME 0 VISITOR 0"'])
def test_what_a_sign_reads_is_no_speech_nor_the_next_of_its_list(sign):
    text = f'Headline\n\n"We will not give up," said Kemi Adebayo-Clarke.\n\nOutside the court, {sign}, stayed up.'
    assert rows(text)["speaker"].tolist() == ["Kemi Adebayo-Clarke"]


def test_a_thing_called_a_quoted_name_is_no_speech_but_a_successor_named_in_due_course_is():
    text = ('Headline\n\n"It is the paper of record," said editor Armando Medeiros.\n\nThe paper ran a column called '
            '"Cartas da Terra," a recipe and the football results.')
    assert rows(text)["speaker"].tolist() == ["Armando Medeiros"]
    text = 'Headline\n\nDowning Street said a successor would be named "in due course".'
    assert only(text)["kind"] == "partial"


def test_known_as_the_quoted_name_is_a_name():
    text = ('Headline\n\n"Kids need shade," Curtis Lamberth told the board.\n\nThe reading, known to many coaches '
            'simply as the "black globe," rose past 90.')
    assert rows(text)["speaker"].tolist() == ["Curtis Lamberth"]


def test_a_country_that_speaks_is_a_state_not_a_person():
    row = only("Headline\n\nGuyana accused neighboring Suriname on Tuesday of seizing a dredge on the border river.")
    assert (row["speaker"], row["speaker_type"]) == ("Guyana", "organization")


def test_a_capitalised_relative_noun_is_the_relative_not_a_person_so_named():
    text = ("Headline\n\nThe report said Ray Comeau pressed officials for his brother, Luc Comeau, in 2025.\n\n"
            "Brother says he never asked\n\nLuc Comeau said he had never asked for help.")
    assert rows(text)["speaker"].tolist()[1:] == ["Luc Comeau", "Luc Comeau"]
    assert only("Headline\n\nBrother says he never asked")["speaker_type"] == "anonymous"


@pytest.mark.parametrize("sentence", [
    "In a decision released Monday, Justice Alisha Sandhu dismissed a judicial review brought by the landlord.",
    "The tribunal upheld her claims but dismissed a claim of constructive unfair dismissal.",
    "Theresa Okafor, who represented the farmers, argued the case before the Supreme Court last spring."])
def test_a_court_dismissing_or_a_lawyer_arguing_a_case_reports_nothing(sentence):
    assert rows(f"Headline\n\n{sentence}").empty


def test_a_politician_dismissing_claims_still_reports():
    text = ("Headline\n\nTony Blair earlier dismissed the claim he had reneged on a promise to stand aside for "
            "Gordon Brown as old news.")
    assert only(text)["speaker"] == "Tony Blair"


def test_feared_after_because_and_a_pronoun_is_a_reason_not_a_report():
    text = ("Headline\n\nA crew supervisor, who asked not to be named because he feared losing his job, said masks "
            "were rare.")
    assert rows(text)["text"].tolist() == ["masks were rare"]


@pytest.mark.parametrize("text", [
    "Headline\n\nStephen Kallas of Swampscott, whose family trust has held the lot since 1987, called the vote "
    "\u201clegalized theft.\u201d",
    "Headline\n\nThe owner, Stephen Kallas of Swampscott, whose family trust has held the lot since 1987, called the "
    "vote \u201clegalized theft\u201d and said he would sue."])
def test_a_hometown_after_a_name_is_not_the_speaker(text):
    assert set(rows(text)["speaker"]) == {"Stephen Kallas"}


def test_the_hospital_is_the_medical_center_named_before():
    row = only("Headline\n\nThe ward at Arkalon Regional Medical Center in Liberal will close, the hospital announced "
               "last week.")
    assert (row["speaker"], row["speaker_type"]) == ("Arkalon Regional Medical Center", "organization")


def test_the_diocese_is_the_diocese_named_before():
    text = ("Headline\n\nThe vicar was suspended at once, a spokesman for the Diocese of Leicester told reporters. The "
            "diocese said it would help the parish.")
    assert rows(text)["speaker"].tolist()[-1] == "Diocese of Leicester"


def test_state_after_a_capital_and_before_a_body_is_part_of_its_name():
    row = only("Headline\n\nThe Tyrolean state government says the bans have cut pollution by a fifth.")
    assert (row["speaker"], row["speaker_type"]) == ("Tyrolean state government", "organization")


def test_a_plural_possessive_is_inside_the_subject_and_a_verb_in_s_ends_it():
    row = only("Headline\n\nThe hauliers' association disputes that, arguing that most of the cut came from cleaner "
               "engines.")
    assert row["speaker_mention"] == "The hauliers' association"


def test_the_report_may_stand_for_a_survey_cited_with_its_maker():
    text = ("Headline\n\nA survey published last month by the Levant Diabetes Network found that 62% of refugees had "
            "skipped doses. The report, titled \u201cRunning on Empty,\u201d warned that rationing could lead to "
            "kidney failure.")
    assert rows(text)["speaker"].tolist() == ["Levant Diabetes Network"] * 2


def test_a_name_given_in_quotation_marks_is_no_person_of_its_own():
    text = ("Headline\n\nFatima al-Hariri has diabetes. So does her son, Omar al-Hariri. Neighbors know her as "
            "\u201cUmm Omar,\u201d Omar\u2019s mother.\n\nOmar, a lanky teenager, said he felt dizzy most mornings.")
    assert only(text)["speaker"] == "Omar al-Hariri"


def test_mrs_and_ms_with_one_surname_are_two_women():
    text = ("Headline\n\nAmira Haddad was 15 when she first collapsed.\n\nMs Haddad, now 28, has waited 22 months.\n\n"
            "Her mother, Leila Haddad, who gave up her job, says she has watched her \u201cdisappear\u201d.\n\n"
            "\u201cShe used to organise everyone,\u201d Mrs Haddad says.\n\nMs Haddad says she has stopped counting.")
    assert rows(text)["speaker"].tolist()[1:] == ["Leila Haddad", "Amira Haddad"]


def test_a_document_about_something_is_by_the_maker_named_after_by():
    row = only("Headline\n\nShe has waited a year, according to an analysis of NHS waiting list data by the Pelvic Pain "
               "Alliance, a charity.")
    assert (row["speaker"], row["speaker_type"]) == ("Pelvic Pain Alliance", "organization")


def test_told_is_never_followed_by_its_subject():
    text = ("Headline\n\nBut on September 4, Fiona Lennox, the Minister for Transport, told Holyrood's Net Zero, Energy "
            "and Transport Committee that the future of the route was \"under review\".")
    assert set(rows(text)["speaker"]) == {"Fiona Lennox"}


def test_a_plural_word_in_a_title_with_and_is_no_second_person():
    row = only("Headline\n\nScottish Conservative Highlands and Islands MSP Euan Morrison went further, calling for Ms "
               "Lennox to resign.")
    assert row["speaker"] == "Euan Morrison"


def test_minutes_of_a_body_meeting_are_the_body_and_the_same_minutes_later_too():
    text = ("Headline\n\nAccording to minutes of a Transport Scotland meeting held on June 12, obtained by The Herald "
            "under freedom of information legislation, senior officials agreed to cut the service.\n\n"
            + "\n\n".join(["Islanders were not told."] * 4)
            + "\n\nAccording to the same minutes, officials warned that patients would struggle.")
    out = rows(text)
    out = out[out["speaker_mention"].str.contains("minutes")]
    assert out["speaker"].tolist() == ["Transport Scotland"] * 2
    assert out["text"].iloc[0] == "senior officials agreed to cut the service"


@pytest.mark.parametrize("sentence", ["The latest estimate is $4.9 billion, according to the report.",
                                      "He argued that the town's estimate assumed a grant it has not received."])
def test_estimate_after_a_modifier_is_a_noun_not_a_cue(sentence):
    assert "estimate" not in set(extract_article(f"Headline\n\n{sentence}")["cue"])


def test_a_second_relative_clause_joined_by_and_is_about_the_first_ones_antecedent():
    row = only("Headline\n\nThat did little to mollify Coun. Jamal Osei-Barnes, who has represented a neighbouring "
               "ward since 2018 and who once described the project as \"the most-announced, least-built transit line "
               "in North America.\"")
    assert row["speaker"] == "Jamal Osei-Barnes"


@pytest.mark.parametrize("text, speaker", [
    ("The new timeline is buried in a city staff report posted online late Thursday, which says \"utility "
     "relocation\" has pushed the start to 2029.", "a city staff report"),
    ("Most of the Britons were on a tour organised by Northern Lights Holidays, which said it was \"in constant "
     "contact\" with families.", "Northern Lights Holidays")])
def test_a_which_clause_quotes_its_antecedent_past_a_participle_phrase(text, speaker):
    assert only(f"Headline\n\n{text}")["speaker"] == speaker


def test_the_decision_is_by_the_judge_who_opens_a_sentence_after_in_a_decision():
    text = ("Headline\n\nIn a 64-page decision released Tuesday, Justice Harriet Okonkwo-Bell ordered the hospital to "
            "pay $1.87 million in damages.\n\nAccording to the decision, the man was triaged as less urgent.")
    assert only(text)["speaker"] == "Harriet Okonkwo-Bell"


def test_the_decision_is_not_a_person_named_inside_what_the_court_found():
    text = ("Headline\n\nIn a 38-page decision published Thursday, the Court of Arbitration for Sport found that "
            "Mireille Sauv\u00e9's blades had been reshaped.\n\nThe change was made without her knowledge, according "
            "to the decision.")
    assert rows(text)["speaker"].tolist()[-1] != "Mireille Sauv\u00e9"


def test_a_person_after_and_ends_a_body_name_so_its_short_form_expands():
    text = ("Headline\n\nJustice Okonkwo ordered Bramalea Memorial Hospital and Dr. Leonard Szabo to pay $1.87 "
            "million.\n\nBramalea Memorial said in a statement that it was \"reviewing the decision carefully\".")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Bramalea Memorial Hospital", "organization")


def test_a_document_that_also_found_is_the_source_of_the_quotation_in_its_clause():
    out = rows("Headline\n\nThe agency spent $38 million on readers that never worked, according to an internal audit "
               "that also found the agency paid a contractor for work \u201cnot supported by any deliverable.\u201d")
    assert set(out["speaker"]) == {"an internal audit"}


def test_a_relative_in_the_lead_is_the_person_later_named_as_that_relative():
    text = ("Headline\n\nWINNIPEG \u2014 The husband of a Winnipeg nurse sentenced to two years in a Dubai prison for "
            "carrying codeine painkillers through the city\u2019s airport says the federal government has treated her case as "
            "\u201ca file, not a person.\u201d\n\nCarolyn Marchetti, 44, a surgical nurse, was arrested on Feb. 9."
            "\n\n\u201cShe packed her pills the way she always does,\u201d said her husband, Dario Marchetti.")
    assert rows(text)["speaker"].tolist() == ["Dario Marchetti"] * 2


def test_a_long_title_after_a_report_noun_is_a_name_and_a_purpose_after_a_particle_reports_nothing():
    text = ("Headline\n\nOfficials appeared before the committee, which had called them in to explain why the glossy "
            "2023 progress report, \u201cRestoring Centre Block: Building for the Next Century,\u201d was the last "
            "public update.")
    assert rows(text).empty


def test_it_was_spoken_by_names_the_speaker_of_the_quotation_before():
    text = ("Headline\n\nOne sentence drew a groan around the table: \u201cWe will not know the final cost until the "
            "last wall has been opened.\u201d\n\nIt was spoken by Jocelyne Bergeron-Tait, the assistant deputy "
            "minister.")
    assert only(text)["speaker"] == "Jocelyne Bergeron-Tait"


def test_a_coordinated_cue_after_a_semicolon_takes_that_clauses_subject():
    text = ("Headline\n\nMaribel Ortiz said she had called the city about rats \u201cmore times than I can count\u201d; "
            "her neighbor, Edwin Flores, told councilors that the lot had become a place where people use drugs, and "
            "asked them to \u201cjust finish it.\u201d")
    assert rows(text)["speaker"].tolist() == ["Maribel Ortiz", "Edwin Flores", "Edwin Flores"]


@pytest.mark.parametrize("sentence, listed", [
    ("Hungary backed him, while Denmark, Sweden and Germany called for the 2030 date to be kept.",
     "Denmark, Sweden and Germany"),
    ("France, Italy and Spain said the plan was unfair.", "France, Italy and Spain")])
def test_a_listed_subject_of_one_word_names_is_read_whole(sentence, listed):
    assert only(f"Headline\n\n{sentence}")["speaker_mention"] == listed


@pytest.mark.parametrize("text, speaker", [
    ("Commission spokesperson Teresa Amaral told reporters the Commission did not comment on leaked documents but "
     "remained \"fully committed to a transition away from cages.\"", "Teresa Amaral"),
    ("Mokoena told analysts on a conference call that the mine was \"back on track.\"", "Mokoena")])
def test_a_negated_verb_or_a_noun_call_is_no_cue_for_the_quotation(text, speaker):
    assert only(f"Headline\n\n{text}")["speaker"] == speaker


@pytest.mark.parametrize("subject, body", [("European farmers' lobby Copa-Cogeca", "Copa-Cogeca"),
                                           ("Civil rights group Liberty", "Liberty"),
                                           ("The shopworkers' union Usdaw", "Usdaw")])
def test_a_body_named_after_its_kind_is_the_body(subject, body):
    out = rows(f"Headline\n\n{subject} said in a statement that it welcomed the plan. It also called for a review.")
    assert set(out["speaker"]) == {body} and set(out["speaker_type"]) == {"organization"}


@pytest.mark.parametrize("text, speaker", [
    ("Another woman, resting a bandaged foot, had a simpler message for both governments: \u201cStop fighting over us "
     "and give us water.\u201d She gave her name only as Dayana, 27, from Guayaquil.", "Dayana"),
    ("\u201cThis is politics, not policy. You cannot close a jungle.\u201d\n\nThat assessment came from Mariela "
     "G\u00f3ndola, a former deputy foreign minister.", "Mariela G\u00f3ndola")])
def test_the_next_sentence_names_the_speaker_of_the_quotation(text, speaker):
    assert only(f"Headline\n\n{text}")["speaker"] == speaker


def test_two_bodies_joined_by_and_the_are_one_joint_source():
    out = rows("Headline\n\nThe U.N. refugee agency and the International Organization for Migration said in a joint "
               "statement that closing crossings \u201cwill not stop people from moving.\u201d\n\nLabour and the "
               "Liberal Democrats say the sums do not add up and claim it would cut services.")
    assert out["speaker"].tolist() == ["U.N. refugee agency & International Organization for Migration",
                                       "Labour & Liberal Democrats", "Labour & Liberal Democrats"]


def test_a_documents_makers_after_by_are_not_joined_into_its_subject():
    row = only("Headline\n\nA study by Vanderbilt University and the Pennsylvania State University Graduate School of "
               "Education found that tuition costs are highest in New Jersey.")
    assert "Vanderbilt" not in row["speaker"]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Austrian Transport Ministry in Vienna said the bans were \"legal and necessary\".",
     "Austrian Transport Ministry"),
    ("The U.S. Embassy in Manila said it was \"monitoring the situation\".", "U.S. Embassy in Manila"),
    ("Global Affairs Canada\u2019s travel advice for the UAE warns that some drugs can lead to arrest.",
     "Global Affairs Canada")])
def test_where_a_body_sits_and_what_its_advice_is_for_are_no_part_of_its_name(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker


@pytest.mark.parametrize("opening, name", [
    ("Opening the case at Worcester Crown Court on Monday, Rebecca Lyall KC said", "Rebecca Lyall"),
    ("Philippa Dunne, prosecuting, said", "Philippa Dunne")])
def test_the_prosecutor_is_who_opened_the_case_or_was_prosecuting(opening, name):
    text = f"Headline\n\n{opening} the fraud came to light last year.\n\nThe prosecutor said the firm had no staff."
    assert rows(text)["speaker"].tolist() == [name, name]


def test_a_byline_with_its_outlet_names_no_one_the_story_stands_for():
    text = ("Headline\n\nT\u00f3mas Villeneuve, The Canadian Press\n\nTORONTO \u2014 A former adviser was sentenced "
            "Friday to nine years in prison, in what the judge described as \"a calculated betrayal.\"\n\nIn her "
            "reasons, Ontario Superior Court Justice Marguerite O'Hanlon-Baptiste wrote that he had targeted clients.")
    assert rows(text)["speaker"].tolist() == ["Marguerite O'Hanlon-Baptiste"] * 2


def test_a_short_name_defined_in_brackets_is_the_body_and_a_report_by_it_is_a_noun():
    text = ("Headline\n\nThe National Geology and Mining Service (Sernageomin) said it had opened an inquiry.\n\n"
            "According to a March inspection report by Sernageomin seen by Reuters, inspectors found \"deficiencies in "
            "the maintenance\" of two converters.")
    assert rows(text)["speaker"].tolist() == ["National Geology and Mining Service"] * 2


def test_a_trailing_source_with_a_that_clause_and_a_dated_dateline():
    out = extract_article("Headline\n\nSANTIAGO, Nov 25 (Reuters) - An explosion killed three workers on Wednesday, "
                          "the company that operates the plant said.")
    assert out["text"].tolist() == ["An explosion killed three workers on Wednesday"]
    assert out["speaker_mention"].tolist() == ["the company that operates the plant"]


@pytest.mark.parametrize("sentence, content", [
    ("Minister Harold Wiebe rejected the suggestion that recruits were being left to fend for themselves.",
     ["the suggestion that recruits were being left to fend for themselves"]),
    ("The state secretary rejected Bosnian claims that the river was at risk.",
     ["Bosnian claims that the river was at risk"]),
    ("The council rejected the proposal to build a new arena.", []),
    # who made the claim may stand between it and its clause; attacks, reports and rumours are claims too
    ("Mr. Drummond rejected attacks from his rivals that he was not a conservative.",
     ["attacks from his rivals that he was not a conservative"]),
    ("Ms. Kelly dismissed reports that she would resign.", ["reports that she would resign"])])
def test_a_rebutted_claim_with_its_that_clause_is_a_report(sentence, content):
    assert rows(f"Headline\n\n{sentence}")["text"].tolist() == content


def test_a_negated_verb_after_a_quotation_does_not_cue_it():
    text = ("Headline\n\nMariann Wang, the lead lawyer for Zervos, argued, \u201cThere is no case that holds that a "
            "federal official cannot be held to account in a state court.\u201d  Trump\u2019s lawyers did not dispute "
            "that the case could go ahead.")
    assert rows(text)["speaker"].tolist()[0] == "Mariann Wang"


@pytest.mark.parametrize("sentence, mention", [
    ("Figures compiled by the heritage charity Sacred Stones show that about a dozen cathedrals now charge.",
     "Figures compiled by the heritage charity Sacred Stones"),
    ("Records filed with the city show that the recall committee raised $40,000.", "Records")])
def test_a_document_and_how_it_was_made_can_be_a_subject(sentence, mention):
    assert only(f"Headline\n\n{sentence}")["speaker_mention"] == mention


@pytest.mark.parametrize("sentence, speaker", [
    ("The report, titled \u201cPaying for Empty Rooms,\u201d found that ministry staff relied on figures from "
     "operators.", "the report"),
    ("A report last year by the Ontario Caregivers Network, titled \u201cWaiting at the Door,\u201d found that one in "
     "five visits were missed.", "Ontario Caregivers Network")])
def test_a_documents_title_set_off_before_its_verb_is_passed_over(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker


def test_a_court_or_jury_hears_evidence_and_others_hear_nothing_reported():
    text = ("Headline\n\nConnor Ward, 34, took \u00a3240,000 from pensioners over four years, Manchester Crown Court "
            "heard.\n\nThe court heard the widow's son-in-law eventually became suspicious.\n\nResidents heard the "
            "blast had shattered windows across the street.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Manchester Crown Court"] * 2


def test_a_titled_judge_ends_a_courts_name():
    text = ("Headline\n\nOntario Superior Court Justice Marguerite O'Hanlon-Baptiste sentenced him on Friday.\n\n"
            "Court heard Halloran used the money to pay off gambling debts.")
    assert only(text)["speaker"] == "Ontario Superior Court"


@pytest.mark.parametrize("sentence, content", [
    ("Health Canada advises patients who cannot find their medication to speak to a pharmacist.",
     ["patients who cannot find their medication to speak to a pharmacist"]),
    ("Fuentes-Weir recommends shopping around at every renewal.", ["shopping around at every renewal"]),
    ("The group worked into the night to draw up its own recommended list of loyalists.", []),
    ("Women judged to be at higher risk of complications were advised to give birth at York Hospital.", []),
    ("Naomi Pratt, its consumer rights editor, advised customers to keep all receipts for food.",
     ["customers to keep all receipts for food"]),
    ("The agency said the risk was low, but advised people in the affected area to stay indoors.",
     ["the risk was low", "people in the affected area to stay indoors"])])
def test_advising_and_recommending_report_what_is_advised(sentence, content):
    assert rows(f"Headline\n\n{sentence}")["text"].tolist() == content


def test_an_abbreviations_possessive_stays_one_word():
    row = only("Headline\n\nA spokesperson for B.C.\u2019s Ministry of Agriculture and Food said the province was "
               "\u201cmonitoring the situation closely.\u201d")
    assert row["speaker"] == "A spokesperson for B.C.\u2019s Ministry of Agriculture and Food"


def test_a_nickname_after_a_role_and_a_given_name_is_inside_one_name():
    text = ('Headline\n\nSaxophonist Trevor "Smoke" Haliburton, who has led the jam session for 19 years, said '
            'losing the club would hurt.\n\nDonald Trump said Hillary Clinton "caused death." Bernie Sanders called '
            'Trump a "pathological liar."')
    out = rows(text)
    assert out["speaker"].iloc[0].endswith("Trevor Haliburton")
    assert out["speaker"].tolist()[-1] == "Bernie Sanders"


@pytest.mark.parametrize("sentence, speaker", [
    ("The Patriotic Rally for Change said the count had been rigged.", "Patriotic Rally for Change"),
    ("The vote was close. The Civic Platform for Transparent Elections, a coalition of 40 groups, said the count had "
     "been rigged.", "Civic Platform for Transparent Elections"),
    ("The vote was close. The Patriotic Rally said the count had been rigged.", "Patriotic Rally"),
    ("In a news release, the U.S. Attorney’s Office for the Southern District of Florida said the case was "
     "closed.", "U.S. Attorney’s Office for the Southern District of Florida"),
    ("The governing Progressive Bloc for Development dismissed the claims as “noise”.",
     "the governing Progressive Bloc for Development")])
def test_a_bodys_name_of_ordinary_words_after_the_names_no_person(sentence, speaker):
    row = only(f"Headline\n\n{sentence}")
    assert row["speaker"] == speaker and row["speaker_type"] != "person"


def test_a_surname_after_the_as_a_modifier_still_names_a_person():
    out = rows("Headline\n\nThe Bush administration said it would act. He said the plan was good.")
    assert out["speaker"].tolist()[-1] == "Bush"


@pytest.mark.parametrize("place", ["Saint Lucia", "Landlocked Paraguay"])
def test_a_countrys_name_is_no_one_a_pronoun_stands_for(place):
    text = (f"Headline\n\nThe minister, Celso Ramirez Ortiz, spoke in the capital. {place} depends on the river, and "
            "its trade has suffered.\n\n\u201cWe cannot wait for the rain,\u201d he said.")
    assert only(text)["speaker"] == "Celso Ramirez Ortiz"


def test_two_relative_clauses_joined_by_and_who_before_a_partial_quotes_cue():
    text = ("Headline\n\nAhmed El Khatib, whose daughter Yasmina, 24, was driving home from a night shift when the "
            "ceiling came down, and who attended every one of the trial\u2019s 14 hearings, said the suspended "
            "sentences were \u201chard to swallow\u201d.")
    assert only(text)["speaker"] == "Ahmed El Khatib"


def test_a_firms_name_ending_in_engineering_is_no_person():
    text = ("Headline\n\nThe court convicted Stabilis Engineering, the contractor.\n\n\u201cThese were not errors of "
            "judgment,\u201d the presiding judge said as she read a summary.")
    assert only(text)["speaker"] == "the presiding judge"


def test_one_of_a_group_then_a_name_set_off_is_that_person():
    text = ("Headline\n\nOne of those daughters, Carmen Montilla, a pediatrician at C\u00f3rdoba's Reina Sof\u00eda "
            "hospital, said the family had \"never for one moment\" considered selling.")
    assert only(text)["speaker"] == "Carmen Montilla"


def test_a_subject_set_off_after_though_is_the_sources():
    text = ("Headline\n\nHe had not, a spokesperson for the minister later confirmed, though the spokesperson, "
            "Julie-Anne Ferland, said the ministry had met with \u201cseveral\u201d municipal associations.")
    assert rows(text)["speaker"].tolist()[-1] == "Julie-Anne Ferland"  # ("He had not", confirmed: a row too)


@pytest.mark.parametrize("sentence, speaker", [
    ("On the docks at Ayolas, river pilot Celso Ramirez Ortiz, 54, said he had never seen the channel so shallow.",
     "Celso Ramirez Ortiz"),
    ("At a market in the Isotry neighbourhood, shoe seller Fidy Rakotomalala, 29, said he had not bothered to vote.",
     "Fidy Rakotomalala")])
def test_an_occupation_without_an_article_before_a_name_after_an_opening_adjunct(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker


def test_that_before_a_time_inside_an_appositive_is_no_clause_opener():
    text = ("Headline\n\nIn a statement read to the court, Hannah Briggs, a mother of two from Horsham who had been due "
            "to fly to Tenerife that day, said her son had been too frightened to get on a plane since.")
    assert only(text)["speaker"] == "Hannah Briggs"


def test_his_party_is_the_one_party_the_article_names():
    text = ("Headline\n\nLUSAKA (AP) \u2014 Police arrested a prominent opposition leader Thursday, his party said.\n\n"
            "Mutale Kabwe, 47, who leads the Patriotic Renewal Movement, was taken from his home.\n\n"
            "Kabwe's party said in a statement that his words had been twisted.")
    assert rows(text)["speaker"].tolist() == ["Patriotic Renewal Movement"] * 2


def test_his_party_stays_as_written_when_two_parties_are_named():
    text = ("Headline\n\nThe Labour Party and the Green Party met on Monday. Mutale Kabwe was arrested.\n\n"
            "Kabwe's party said in a statement that his words had been twisted.")
    assert rows(text)["speaker"].tolist() == ["Kabwe's party"]


def test_a_name_in_a_long_subject_counts_as_one_word():
    text = ("Headline\n\nThe plant opened. A survey of 212 manufacturers published in April by the Northern Industrial "
            "Parks Association found that 38% had lost production to outages in the past year.")
    assert only(text)["speaker"] == "Northern Industrial Parks Association"


def test_a_verb_and_its_named_object_make_no_long_subject():
    text = ("Headline\n\nA second U.S. judge on Thursday blocked President Donald Trump\u2019s administration from "
            "enforcing new rules that undermine an Obamacare requirement.")
    assert rows(text).empty


def test_the_paper_is_the_bodys_that_published_it():
    text = ("Headline\n\nUnder proposals in a consultation paper published by the Department for Transport on Tuesday, "
            "the pass would be restricted. The paper says the change would save about \u00a3640m a year by 2030.")
    assert only(text)["speaker"] == "Department for Transport"


def test_a_document_posted_on_a_bodys_website_is_the_bodys():
    text = ("Headline\n\nThe fee, set out in a consultation document posted on the Home Office website without an "
            "announcement, would apply to visas. The document says the change would raise about \u00a340m a year.")
    assert only(text)["speaker"] == "Home Office"


def test_note_after_a_nouns_modifier_is_a_document_not_a_cue():
    text = ("Headline\n\nAccording to a UKHSA briefing note shared with councillors, samples showed legionella levels "
            "\u201csignificantly above\u201d the point at which action must be taken.")
    row = only(text)
    assert row["speaker"] == "UKHSA" and row["text"].startswith("samples showed")


@pytest.mark.parametrize("sentence, speaker", [
    ("Dairy farmers who supply one of Britain\u2019s biggest supermarket chains have accused it of \u201cbullying\u201d "
     "them.", "Dairy farmers who supply one of Britain\u2019s biggest supermarket chains"),
    ("A former treasury official who prosecutors say funneled bribes into condos was sentenced after calling "
     "corruption \u201cthe water everyone swam in.\u201d", "prosecutors")])
def test_a_who_clause_before_a_partial_quotations_cue_keeps_its_antecedent(sentence, speaker):
    assert rows(f"Headline\n\n{sentence}")["speaker"].iloc[0] == speaker


def test_a_bylines_beat_names_no_one():
    text = ("Headline\n\nGareth Lyne, Athletics Correspondent\n\nKezia Mensah-Hart has been cleared to run.\n\n"
            "British Athletics confirmed that Mensah-Hart was eligible for selection.")
    assert only(text)["speaker"] == "British Athletics"


@pytest.mark.parametrize("sentence", [
    "The letter from the Missouri Department of Social Services arrived two days before Christmas.",
    "The Missouri Department of Social Services sent a letter in December."])
def test_it_is_the_body_a_long_subject_or_an_irregular_past_names(sentence):
    text = f"Headline\n\n{sentence} It told Tasha Quarles that her son no longer qualified for Medicaid."
    assert only(text)["speaker"] == "Missouri Department of Social Services"


def test_its_still_not_clear_opens_no_subject_for_it():
    text = ("Headline\n\nIt\u2019s still not clear how loyal all of Cruz\u2019s slate will be. It told reporters the "
            "delegates would decide.")
    assert only(text)["speaker_type"] == "unresolved"


def test_a_documents_signer_set_off_before_its_verb_is_its_source():
    text = ("Headline\n\nA letter to East Riding of Yorkshire Council, signed by Helen Mawson, director of flood and "
            "coastal risk at Defra, and seen by The Yorkshire Post, says the scheme \"no longer represents the best "
            "use of limited capital\".")
    assert only(text)["speaker"] == "Helen Mawson"


def test_a_participle_before_a_role_and_a_name_is_a_title_not_an_opening_clause():
    text = ("Headline\n\nPresiding coroner Helen Marchetti thanked the jurors for their attention, and told them their "
            "work \"matters well beyond this courtroom.\"")
    assert only(text)["speaker"] == "Helen Marchetti"


def test_a_balinese_name_keeps_its_marker_and_birth_order_name():
    text = ("Headline\n\nThe head of the agency, I Made Suarjana, told reporters that the canals were drying up. "
            "\u201cWhen the water stops, all of that stops,\u201d Suarjana said.")
    assert rows(text)["speaker"].tolist() == ["I Made Suarjana", "I Made Suarjana"]


def test_a_body_where_it_sits_is_no_person_named_by_its_nationality():
    text = ("Headline\n\nThe Argentine embassy in London said it was \"following the matter with interest\".")
    assert only(text)["speaker"] == "Argentine embassy in London"


@pytest.mark.parametrize("source, speaker", [
    ("House of Commons Library figures", "House of Commons Library"),
    ("figures Alberta Education tabled in the legislature last spring", "Alberta Education"),
    ("figures Charbonneau provided to the committee", "H\u00e9l\u00e8ne Charbonneau")])
def test_figures_go_to_the_body_or_person_whose_they_are(source, speaker):
    text = (f"Headline\n\nH\u00e9l\u00e8ne Charbonneau runs the office.\n\nThe backlog grew to 4,000 cases last year, "
            f"according to {source}.")
    assert rows(text)["speaker"].iloc[-1] == speaker


def test_her_husband_is_no_one_the_text_names_as_her_son():
    text = ("Headline\n\nMargaret Ellery had been on the phone for 20 minutes, trying to book a blood test for her "
            "husband, when she realised she had been talking to a computer.\n\n\u201cIt was very polite,\u201d said "
            "the 78-year-old retired teacher from Hastings.\n\nHer son, David Ellery, who lives in Leeds, said he had "
            "complained twice.")
    assert rows(text)["speaker"].tolist() == ["Margaret Ellery", "David Ellery"]


def test_an_elided_de_before_a_capitalised_name_is_a_name_word():
    text = ("Headline\n\nLise d\u2019Entremont, executive director of the Tri-County Tourism Partnership, said one "
            "visitor in five comes off the boat. She warned that motels would feel it \u201cwithin one season\u201d."
            "\n\n\u201cWe hear \u2018subsidy\u2019 and people roll their eyes,\u201d d\u2019Entremont said.")
    assert rows(text)["speaker"].tolist() == ["Lise d\u2019Entremont"] * 3


def test_a_country_with_a_curly_apostrophe_is_no_person():
    assert find_people("Prices rose in C\u00f4te d\u2019Ivoire, the ministry said.") == []


@pytest.mark.parametrize("sentence", [
    "A workforce study commissioned by the Legislature found that 40% of nurses plan to leave.",
    "The study, commissioned by the Legislature in 2023, found that 40% of nurses plan to leave."])
def test_a_study_is_its_own_source_not_whoever_commissioned_it(sentence):
    assert only(f"Headline\n\n{sentence}")["speaker_type"] == "media"


def test_put_it_before_a_long_adjunct_and_a_colon_cues_the_quotation():
    text = ("Headline\n\n\u201cIt was fine,\u201d said Brenda Okafor-Lutz, a lawyer for the coalition.\n\nOne "
            "plaintiff put it more bluntly in a sworn declaration filed with the suit: \u201cI hear them before I see "
            "them.\u201d")
    assert extract_article(text)["cue"].tolist() == ["said", "put it"]


def test_one_unnamed_person_is_the_one_introduced_right_after_by_that_noun():
    text = ("Headline\n\nAt the market, one trader put it bluntly: \u201cWhen the soldiers fight, it is us who run."
            "\u201d The trader, Moses Drale, said he had abandoned his shop.")
    assert rows(text)["speaker"].tolist() == ["Moses Drale", "Moses Drale"]


def test_which_after_a_list_of_places_goes_back_to_the_body_they_describe():
    text = ("Headline\n\nThe lawsuit was brought by the Quiet Skies Coalition, a group of homeowners' associations in "
            "Texas, Arizona and North Carolina, which argued that the rule would expose residents to flights.")
    assert only(text)["speaker"] == "Quiet Skies Coalition"


def test_and_inside_a_role_before_its_holder_set_off_does_not_end_the_subject():
    text = ("Headline\n\nThe shadow work and pensions minister, Giles Penrose, called the closures \"a false economy "
            "dressed up as modernisation\".")
    assert only(text)["speaker"] == "Giles Penrose"


def test_a_which_clause_after_a_bodys_name_is_no_part_of_the_source():
    text = ("Headline\n\nUnite, which represents around 500 workers at the site, said it had not been given \"a "
            "single day's notice\" and called the cuts \"a devastating blow to Newport\".")
    assert rows(text)["speaker"].tolist() == ["Unite", "Unite"]


def test_and_who_after_a_restrictive_relative_clause_keeps_its_antecedent():
    text = ("Headline\n\nThe sharpest criticism came from Pete Ambrose, a retired tugboat captain who has lived on "
            "Vashon for 31 years and who said he would gladly help train engineers himself.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Pete Ambrose", "he would gladly help train engineers himself")


def test_and_who_after_a_comma_keeps_the_first_clauses_antecedent():
    text = ("Headline\n\nA neighbour who lives on the lane leading to the fields, and who did not want to be named, "
            "told the paper the smell was \"unbearable at times\".")
    assert only(text)["speaker"] == "A neighbour"


def test_a_complaint_is_whoever_the_lawsuit_is_from():
    text = ("Headline\n\nThe book has drawn a lawsuit from Marwood\u2019s only child, Delphine Marwood-Lowe, who says "
            "it betrays her mother.\n\nThe complaint, filed in New York State Supreme Court in Manhattan, argues that "
            "the letter was binding and asks a judge to halt sales.")
    assert rows(text)["speaker"].tolist() == ["Delphine Marwood-Lowe"] * 3


def test_the_report_paragraphs_on_is_the_one_maker_the_article_gave_a_report():
    text = ("Headline\n\nNova Scotia has spent $71.4 million on the ferry, according to a report tabled Tuesday by the "
            "province\u2019s auditor general.\n\nIn the 64-page audit, Auditor General Carolyn MacIsaac found no "
            "business case.\n\n\u201cThis is a blank cheque,\u201d MacIsaac told reporters.\n\nThe vessel carried "
            "41,800 passengers last season, the report said.")
    assert rows(text)["speaker"].tolist() == ["Carolyn MacIsaac"] * 3


def test_a_quotation_opening_the_next_paragraph_goes_on_with_one_unnamed_source():
    text = ("Headline\n\nRebecca Thorne, who chairs the committee, called the plan \u201creckless\u201d.\n\nOne work "
            "coach at a jobcentre in north Devon, who asked not to be named because civil servants may not speak to the "
            "media, said colleagues had learned of the closure \u201cin a Teams call that lasted eight minutes\u201d."
            "\n\n\u201cWhere exactly are they supposed to go?\u201d she said.")
    assert rows(text)["speaker"].tolist()[-1] == "One work coach at a jobcentre in north Devon"


def test_a_quotation_after_one_questioner_is_the_answer_of_the_person_asked():
    text = ("Headline\n\nDonald Trump says political correctness has run amok in the military.\n\nAt a forum on "
            "Monday, one questioner claimed that social engineering was hurting the military.\n\n\u201cYou\u2019re "
            "right, we have a politically correct military,\u201d he said.")
    assert rows(text)["speaker"].tolist()[-1] == "Donald Trump"


def test_one_unnamed_source_may_carry_a_capitalised_modifier_but_not_ask():
    text = ("Headline\n\nTasha Quarles lost her benefits in May.\n\nA former Clearpath analyst, who spoke on the "
            "condition of anonymity, said the company judged its analysts by speed.\n\n\u201cNobody ever asked me "
            "whether a family was eligible,\u201d she said.")
    assert rows(text)["speaker"].tolist()[-1] == "A former Clearpath analyst"
    text = ("Headline\n\nHillary Clinton caused a stir when an Iowa voter asked if she might consider appointing "
            "Obama.\n\n\u201cWow, what a great idea,\u201d she replied.")
    assert rows(text)["speaker"].tolist()[-1] == "Hillary Clinton"


def test_the_elder_after_an_opening_phrase_and_before_an_age_is_the_father():
    text = ("Headline\n\nDouglas Whitford, 52, runs the firm. It was founded by Mr. Whitford's father, Harold, who "
            "started it with two trucks. Harold Whitford and his family hold 11 per cent.\n\nReached at his home in "
            "Red Deer, the elder Mr. Whitford, now 81, said he was \"sad, but not sorry\" to see the company sold.")
    assert rows(text)["speaker"].tolist() == ["Harold Whitford"]


def test_a_relative_named_by_a_given_name_after_a_comma_does_not_take_the_surname():
    text = ("Mark Barden\u2019s son, Daniel, was one of 20 students killed at the school. Barden now leads a "
            "program. Barden says far too many lives have been lost.")
    assert [mt.person.name for mt in find_people(text)] == ["Mark Barden", "Daniel Barden", "Mark Barden",
                                                              "Mark Barden"]


def test_the_elder_before_a_surname_in_a_narrative_sentence_is_the_father():
    text = ("Headline\n\nDaniel Hern\u00e1ndez, 34, sells tickets. His father, Osmany Hern\u00e1ndez, 71, played "
            "there for 20 years.\n\n\u201cThe day games suit me,\u201d said Daniel Hern\u00e1ndez.\n\nThe elder "
            "Hern\u00e1ndez is less at peace with the change.\n\n\u201cWhen I was a boy, the lights were the brightest "
            "thing in the city,\u201d he said.")
    assert rows(text)["speaker"].tolist() == ["Daniel Hern\u00e1ndez", "Osmany Hern\u00e1ndez"]


def test_a_given_name_joined_to_a_group_of_his_opens_a_narrative_subject():
    text = ("Headline\n\nCoach Ruben Delgado has run the team for 20 years. His son, Mateo Delgado, is the "
            "quarterback.\n\n\u201cWe will play again,\u201d said Ruben Delgado.\n\nOn Saturday morning, Mateo and three "
            "of his remaining teammates met at the field anyway.\n\n\u201cSomebody\u2019s got to keep the grass "
            "cut,\u201d he said.")
    assert rows(text)["speaker"].tolist() == ["Ruben Delgado", "Mateo Delgado"]


def test_a_works_title_set_off_in_the_subject_leaves_the_work_and_its_maker():
    text = ("Headline\n\nThe Pelvic Pain Alliance is a charity. The charity\u2019s report, \u201cLeft in Pain\u201d, "
            "published on Wednesday, found that gynaecology has the fastest-growing waiting list.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Pelvic Pain Alliance", "gynaecology has the fastest-growing waiting list")


@pytest.mark.parametrize("body", ["Department of Health and Social Care", "Ministry of Fisheries and Maritime Economy"])
def test_ordinary_words_after_and_end_a_bodys_name_not_a_persons(body):
    text = f"Headline\n\nCases rose by a third last year, the {body} said."
    assert only(text)["speaker"] == body


def test_a_district_is_a_body_not_a_surname_after_role_words():
    text = ("Headline\n\nMeasles cases in the county rose to 14 this week, according to the Spokane Regional Health "
            "District.")
    assert only(text)["speaker"] == "Spokane Regional Health District"


@pytest.mark.parametrize("sentence, speaker", [
    ("A spokesman for Scottish Land & Estates, which represents rural landowners, said its members were "
     "\"reviewing\" the plan.", "A spokesman for Scottish Land & Estates"),
    ("A crew supervisor at a solar project near Tehachapi, who asked not to be named, said masks were available "
     "\"maybe one day in five.\"", "A crew supervisor at a solar project near Tehachapi")])
def test_an_unnamed_source_before_a_partial_quotation_keeps_what_it_is_for_or_at(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker


def test_a_second_verb_takes_the_subject_set_off_before_the_first():
    text = ("Headline\n\nA spokesperson for the Caribbean Community, the regional bloc to which both countries belong, "
            "said its secretariat was in contact with both capitals and urged the two governments to talk.")
    assert rows(text)["speaker"].tolist() == ["A spokesperson for the Caribbean Community"] * 2


def test_a_documents_date_set_off_leaves_no_comma_in_its_name():
    text = "Headline\n\nThe memo, dated April 2, warns that stocks \"will be exhausted by mid-May\"."
    assert only(text)["speaker"] == "the memo"


@pytest.mark.parametrize("sentence, speaker", [
    ("Stocks have been held since March, according to a memo signed by the Health Department's deputy secretary for "
     "public health, Dr. Kila Morea, and seen by The Associated Press.", "Kila Morea"),
    ("According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the employee an email.",
     "an FBI summary of its investigation")])
def test_according_to_a_role_and_the_name_set_off_after_it_is_that_person(sentence, speaker):
    assert only(f"Headline\n\n{sentence}")["speaker"] == speaker


def test_a_description_set_off_after_a_name_before_a_dashed_aside_leaves_the_name():
    text = ("Headline\n\nRepresentative Lena Ostrander, a Colorado Democrat\u2014no relation to the Idaho congressman, "
            "as both are quick to point out\u2014has said she could back a version of the bill.")
    assert only(text)["speaker"] == "Lena Ostrander"


def test_figures_published_overnight_by_a_body_are_the_bodys():
    text = ("Headline\n\nThe businessman won 51.8 percent of the vote, according to figures published overnight by the "
            "Independent National Electoral Commission (CENI).")
    assert only(text)["speaker"] == "Independent National Electoral Commission"


def test_a_lone_capital_before_a_name_is_an_initial():
    text = ("Headline\n\n\u201cWe have lost everything,\u201d said S Anthonysamy, president of the boat owners' "
            "association. Anthonysamy added that 40 boats were still held.\n\nThey were told by Ramanathapuram "
            "District Collector M Vasanthi Devi that relief would be paid.")
    assert rows(text)["speaker"].tolist() == ["S Anthonysamy"] * 2 + ["M Vasanthi Devi"]


def test_a_letter_joined_by_an_ampersand_is_no_initial():
    text = "Headline\n\nThe head of ratings at S&P Global told Reuters the deficit could prompt a downgrade."
    assert only(text)["speaker"] == "the head of ratings at S&P Global"


def test_a_capitalised_joined_particle_opening_a_sentence_is_the_same_surname():
    text = ("Headline\n\nTalks were led by Iraqi Deputy Water Resources Minister Karim Jassim al-Bayati.\n\n"
            "Al-Bayati described the deal as \"a first practical step\" and said Baghdad expected more water.")
    assert rows(text)["speaker"].tolist() == ["Karim Jassim al-Bayati"] * 2


def test_a_nickname_and_the_surname_name_the_man_named_in_full_with_it():
    text = ("Headline\n\nWhen Clarence \"Bo\" Thibodeaux's father founded the ride in 1967, it crossed open pasture."
            "\n\nBo Thibodeaux said he has already told his granddaughter that the ride will be hers.")
    assert rows(text)["speaker"].tolist() == ["Clarence Thibodeaux"] * 2


@pytest.mark.parametrize("role", ["the Sinn Fein MLA", "the DUP MLA", "the SNP MSP"])
def test_a_party_member_of_a_legislature_is_the_member_named_before(role):
    text = ("Headline\n\nPublic Accounts Committee member and Upper Bann MLA Sinead Mulgrew said the findings were "
            f"\"frankly astonishing\".\n\n\"Four point six million pounds,\" {role} said.")
    assert rows(text)["speaker"].tolist() == ["Sinead Mulgrew"] * 2


def test_a_titled_name_ends_before_of_and_the_court_it_sits_on():
    text = ("Headline\n\nIn a 114-page decision, Water Judge Harlan Voss of Water Division 2 wrote that the analysis "
            "\u201cassumed away the very injuries it was required to measure.\u201d\n\nFarms lie between Manzanola "
            "and Rocky Ford.\n\n\u201cA water right is not a commodity,\u201d the judge wrote.")
    assert rows(text)["speaker"].tolist() == ["Harlan Voss"] * 2


def test_a_titled_surname_two_people_share_is_the_one_named_with_that_office():
    text = ("Headline\n\nSkyreach managing director Eamon Magennis said the firm was \"deeply disappointed\".\n\n"
            "\"Ninety jobs were riding on this,\" Mr Magennis said.\n\nSinn Fein councillor Ciaran Magennis (no "
            "relation), who chaired the committee, defended the vote.\n\n\"Nobody was trying to pull a fast one,\" "
            "Cllr Magennis told reporters.")
    assert rows(text)["speaker"].tolist() == ["Eamon Magennis"] * 2 + ["Ciaran Magennis"]


@pytest.mark.parametrize("later, speaker", [
    ("The document says he kept no records.", "an agreed statement of facts"),
    ("The memo says he kept no records.", "an internal budget memo")])
def test_the_document_is_the_one_named_before_when_no_one_made_it(later, speaker):
    earlier = ("an agreed statement of facts filed in court" if "agreed" in speaker else
               "an internal budget memo obtained by the Star")
    text = f"Headline\n\nThe fund lost $2 million, according to {earlier}.\n\n{later}"
    assert rows(text)["speaker"].tolist() == [speaker] * 2


def test_a_bodys_letters_stand_for_its_name_as_written_with_the_countrys():
    text = ("Headline\n\nVeltrona is recalling pumps, the U.S. Food and Drug Administration said on Tuesday.\n\n"
            "The FDA said the recall was in its most serious category.")
    assert rows(text)["speaker"].tolist() == ["U.S. Food and Drug Administration"] * 2


@pytest.mark.parametrize("sentence", [
    "The Canadian Food Inspection Agency has recalled brie-style cheeses sold under two brands.",
    "Veltrona recalls 210,000 insulin pumps after a software fault."])
def test_products_recalled_are_no_memory_told(sentence):
    assert rows(f"Headline\n\n{sentence}").empty


def test_a_person_recalls_a_memory():
    assert only("Headline\n\nSmith recalled the night the fire started.")["speaker"] == "Smith"


def test_a_copy_of_the_ruling_seen_by_an_agency_is_the_courts():
    text = ("Headline\n\nSEOUL (Reuters) - A South Korean court on Wednesday sentenced Park Jae-hyun to three years in "
            "prison.\n\nThe Seoul Central District Court also fined Haeun Shipping 5 billion won, according to a copy "
            "of the ruling seen by Reuters.")
    assert only(text)["speaker"] == "Seoul Central District Court"


@pytest.mark.parametrize("sentence, speaker", [
    ("A ministry briefing note released in September said the trees are more than 800 years old.",
     "A ministry briefing note"),
    ("An internal Metrolinx report dated Sept. 18 recommends reducing midday service on both lines.",
     "An internal Metrolinx report")])
def test_a_briefing_note_and_a_dated_report_are_documents_that_speak(sentence, speaker):
    out = extract_article(f"Headline\n\n{sentence}")
    assert out[["speaker", "cue"]].values.tolist() == [[speaker, "said" if "said" in sentence else "recommends"]]


@pytest.mark.parametrize("role", ["The congresswoman", "The congresswoman from Kentucky"])
def test_a_womans_role_is_no_man_named_last(role):
    text = ("Headline\n\nRep. Dana Whitfield (R-Ky.) spoke first. Rep. Leonard Pruett (R-Ky.) spoke next.\n\n"
            f"{role} told reporters the plan would fail.")
    assert only(text)["speaker"] == "Dana Whitfield"


def test_a_word_after_an_outlets_the_is_no_ones_surname():
    assert find_people("The agency said in a statement to The Hill that it remains committed.") == []


def test_his_inside_a_whether_clause_says_nothing_of_the_subjects_gender():
    text = ("Headline\n\nJean Barraclough, 71, said she had used the food bank.\n\nLabour group leader Priya Mistry "
            "said Pettifer should have gone.\n\nMistry demanded an investigation into whether other members of the "
            "group shared his views.\n\n\"This is not one bad apple,\" she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Priya Mistry"


def test_a_pronoun_after_a_when_clause_says_nothing_of_the_gender_of_its_subject():
    text = ("Headline\n\nJustice Kavita Nahar heard the case.\n\nAdditional Advocate General Harish Meena told the "
            "bench that 86 buildings had been sealed.\n\nWhen Harish Meena replied that an inquiry was under way, she "
            "remarked: \"An inquiry is not an answer.\"\n\nThe government, Harish Meena said, was finalising rules.")
    assert find_people(text)[1].person.gender != "f"


def test_the_regulator_is_the_authority_named_before_not_the_company_it_fined():
    text = ("Headline\n\nThe Financial Conduct Authority fined the insurer £27.4 million. In a final notice published "
            "yesterday, the regulator said Fernhill Insurance had set targets to \"slow the flow\" of payments.")
    assert only(text)["speaker"] == "Financial Conduct Authority"


@pytest.mark.parametrize("before, speaker", [
    ("Dr. Samer Haddad runs the clinic.", "Samer Haddad"),
    ("Maria Lopez waited four hours at the clinic.", "the doctor")])
def test_the_doctor_is_a_doctor_named_before_or_no_one_named(before, speaker):
    text = f"Headline\n\n{before}\n\nThe doctor said a vial of insulin costs about 9 dinars."
    assert only(text)["speaker"] == speaker


def test_the_skater_is_the_one_named_most_of_two_skaters():
    text = ("Headline\n\nCALGARY — Canadian speed skater Mireille Sauvé has been stripped of her bronze medal.\n\n"
            "The ruling upholds an appeal by Dutch skater Femke Oosterhuis-Blom. Sauvé has 21 days to appeal.\n\n"
            "The skater, for her part, said she was already thinking about the World Cup season.")
    assert only(text)["speaker"] == "Mireille Sauvé"


def test_a_partys_acronym_in_brackets_leaves_the_member_after_it_the_speaker_of_a_partial_quote():
    text = ("Headline\n\nDemocratic Progressive Party (DPP) lawmaker Chen Wei-ting, who led the debate, said the ban "
            "would mean little while exemptions were granted \"behind closed doors\".")
    assert only(text)["speaker"] == "Chen Wei-ting"


def test_a_family_name_written_first_is_the_surname_the_elder_and_the_younger_share():
    text = ("Headline\n\nA drone landed outside the clinic of Yang Zhengming.\n\n\"Now I walk to the door,\" said "
            "Yang, 56.\n\nYang's daughter, Yang Li, a nurse, loads the drone. The younger Yang said she had trained "
            "for two months.\n\nThe elder Yang said the time saved had allowed him to make more home visits.")
    assert rows(text)["speaker"].tolist() == ["Yang Zhengming", "Yang Li", "Yang Zhengming"]


def test_xi_alone_is_the_family_name_of_xi_jinping_though_wordfreq_lists_xi_as_a_word():
    text = ("Chinese President Xi Jinping met the visiting prime minister on Thursday. Xi said trade was fair. "
            "Later Xi told reporters the talks were good.")
    assert [(text[m.start:m.end], m.person.name) for m in find_people(text)] == [
        ("Xi Jinping", "Xi Jinping"), ("Xi", "Xi Jinping"), ("Xi", "Xi Jinping")]
    assert body_speakers(text) == ["Xi Jinping", "Xi Jinping"]


def test_a_subheading_in_title_case_names_no_one_he_is_named_before_it():
    # "Gender Equality." and "An Ambitious, Divisive Legacy." are subheadings, paragraphs of their own in title case:
    # the "he" after them is the man named before
    text = ("Headline\n\nBan Ki-moon leaves office in December after ten years and an ambitious and divisive legacy."
            "\n\nGender Equality.\n\nIt was under Mr. Ban's watch that the General Assembly established U.N. Women, "
            "dedicated to promoting gender equality. In recent months, he said he backed the idea of a woman "
            "succeeding him.\n\nAn Ambitious, Divisive Legacy.\n\nAll of this, he acknowledges, could be undone.")
    speakers = rows(text)["speaker"].tolist()
    assert len(speakers) >= 2 and set(speakers) == {"Ban Ki-moon"}
    assert not any(m.person.name in {"Gender Equality", "Divisive Legacy"} for m in find_people(text))


def test_a_short_paragraph_naming_someone_with_a_given_name_or_title_is_no_subheading():
    # a caption-like line naming a senator in title case is no subheading: the "He" after it is his
    text = "Headline\n\nMarco Rubio spoke first.\n\nSenator Ted Cruz.\n\nHe said the vote was close."
    assert rows(text)["speaker"].tolist() == ["Ted Cruz"]


def test_miss_universe_is_a_title_not_a_woman_she_is_named_before():
    text = ("Headline\n\nHillary Clinton is describing as unhinged a tweet attacking a former Miss Universe. She says "
            "his temperament is dangerous for a president.\n\nMiss Brown, a teacher, said the talk was long.")
    assert rows(text)["speaker"].tolist() == ["Hillary Clinton", "Brown"]


def test_a_sentence_adverb_without_its_comma_is_no_speaker():
    # "Sadly" and "Clearly" open their sentences as adverbs, no one's name: no row names them; "Kelly", a given name,
    # and "Hastily ... ―", an adjunct before the subject, are as before
    text = ("Headline\n\nFrederick Forsyth wrote about the new terror laws.\n\nSadly comments such as his will make "
            "a lot of people believe that they are governed by tyrants. "
            "Clearly says a lot about the state of debate.\n\n"
            "Kelly says the bill will pass.\n\nHastily politicizing the tragedy ― much like he did before ― Trump "
            "emphasized the threat that \u201cIslamic terrorism\u201d poses.")
    speakers = rows(text)["speaker"].tolist()
    assert "Sadly" not in speakers and "Clearly" not in speakers
    assert speakers[:1] == ["Kelly"] and "Trump" in speakers


def test_a_surname_in_ly_the_text_writes_as_a_name_is_no_adverb():
    # a reviewer's texts: "Daily" and "Sully" are written as names inside a sentence before they open one
    text = ("Fire chief retires\n\nBOSTON — Fire Chief Kevin Daily retired on Friday after 35 years with the "
            "department.\n\nDaily told reporters he planned to spend time with his grandchildren.")
    assert rows(text)["speaker"].tolist() == ["Kevin Daily"]
    text = ("Pilot honoured\n\nCapt. Chesley \"Sully\" Sullenberger was honored Thursday in New York.\n\nSully "
            "told the crowd he still thinks of the passengers every day.")
    assert len(rows(text)) == 1


def test_a_name_on_a_line_of_its_own_is_no_subheading():
    # a caption-like line: "Keir" is no census name, and "Starmer" comes back later; "Narendra Modi" never comes back,
    # but the text never writes "narendra" or "modi" in lower case: a name, not ordinary words
    text = ("Leaders gather for summit\n\nLeaders gathered in Brussels on Thursday for a two-day summit.\n\nKeir "
            "Starmer.\n\nStarmer said the meeting was a chance to reset relations.")
    assert rows(text)["speaker"].tolist() == ["Keir Starmer"]
    text = ("Leaders gather for summit\n\nLeaders gathered in Brussels on Thursday for a two-day summit.\n\nNarendra "
            "Modi\n\nThe leader said the meeting was \"a chance to reset relations.\" He also said he was "
            "\"optimistic.\"")
    assert rows(text)["speaker"].tolist() == ["Narendra Modi", "Narendra Modi"]


def test_miss_before_a_surname_that_is_also_a_word_is_a_woman():
    for surname in ("Gold", "Temple", "Sweet"):
        text = (f"Headline\n\n\"We carried them out one by one,\" said Miss {surname}, a senior nurse on the ward.")
        assert rows(text)["speaker"].tolist() == [surname], surname


def test_she_is_the_relative_who_opens_a_sentence_after_a_phrase_naming_no_one():
    text = ("Headline\n\nBut Mrs Justice Dornan said there was no evidence of any warning.\n\nOutside the court, Mr "
            "Lavery’s sister Bernadette Lavery read a statement on behalf of the family.\n\n“For 48 years my mother "
            "and father were told Eamon was a gunman,” she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Bernadette Lavery"


def test_new_years_day_names_no_one_before_she():
    text = ("Headline\n\nDolores Ianucci has one rule for New Year’s Day: no coffee after 5 a.m.\n\n“You drink coffee, "
            "you need a bathroom,” she said.\n\nHer husband, Salvatore Ianucci, died in 2020. The following New "
            "Year’s Day, with the parade canceled, she walked the route alone with her banjo.")
    assert rows(text)["speaker"].tolist()[0] == "Dolores Ianucci"


def test_a_nickname_given_in_quotation_marks_names_the_person_named_before_it():
    text = ("Headline\n\nPAOAY – The loom fills the ground floor of Consolacion Agcaoili’s house. At 81, the woman "
            "everyone here calls “Lola Connie” still weaves six hours a day.\n\nHer granddaughter Janine Agcaoili said "
            "sales had doubled.\n\nFor Lola Connie, the recognition has come late.\n\n“When my hands stop, I stop,” "
            "she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Consolacion Agcaoili"


def test_the_health_unit_is_the_body_not_the_doctor_who_works_with_it():
    text = ("Headline\n\nDr. Priyanka Menon, an associate medical officer of health with the South East Health Unit, "
            "said no illnesses had been reported.\n\nThe health unit says tap water should be boiled.")
    assert rows(text)["speaker"].tolist() == ["Priyanka Menon", "South East Health Unit"]


@pytest.mark.parametrize("source, speaker", [
    ("Assistant U.S. Attorney Celeste Mouton, who heads the public corruption unit in the Eastern District,",
     "Celeste Mouton"),
    ("Detective Constable Rachel Kenny, of Greater Manchester Police's economic crime unit,", "Rachel Kenny"),
    ("Assistant Governor Pimchanok Srisuwan, who oversees the central bank's payments department,",
     "Pimchanok Srisuwan")])
def test_a_titled_name_before_a_description_of_where_they_work_is_the_person(source, speaker):
    assert only(f"Headline\n\n\"The levees are not a line item,\" {source} said at a news conference.")["speaker"] \
        == speaker


def test_a_body_of_a_named_place_stays_whole_across_an_aside_before_a_second_verb():
    text = ("Headline\n\nThe Consulate of Mexico in Nogales said it was in contact with drivers. The government of "
            "Sonora, in a separate statement, described the situation as unsustainable and said it had asked federal "
            "officials for help.")
    assert rows(text)["speaker"].tolist() == ["Consulate of Mexico in Nogales"] + ["the government of Sonora"] * 2


@pytest.mark.parametrize("rank", ["Lt.-Cmdr.", "Lt.", "Capt."])
def test_the_spokesperson_is_the_one_named_with_that_role_before_a_rank(rank):
    text = (f"Headline\n\nIn an email, National Defence spokesperson {rank} Julien Paquette said no decision had been "
            "made. The department regularly reviews its training, the spokesperson added.")
    assert rows(text)["speaker"].tolist() == ["Julien Paquette"] * 2



@pytest.mark.parametrize("dateline", ["FUKUOKA, Feb. 26 (Kyodo) --", "Jaipur, Apr 8 (PTI)"])
def test_a_dateline_with_a_double_dash_or_none_is_not_the_subject_of_a_participle(dateline):
    text = (f"Headline\n\n{dateline} The Fukuoka High Court on Thursday ordered a retrial, saying new analysis cast "
            "\"reasonable doubt\" on the confession.")
    assert only(text)["speaker"] == "Fukuoka High Court"


@pytest.mark.parametrize("noun, speaker", [("the Oshawa mother", "Karen Tremblay"),
                                           ("the boy’s mother", "the boy’s mother")])
def test_a_gendered_epithet_is_the_one_person_of_that_gender_named_just_before(noun, speaker):
    text = ("Headline\n\nFor three weeks, Karen Tremblay drove from pharmacy to pharmacy. Her pharmacist, Ravi Patel, "
            f"had none.\n\n\"Seventeen,\" {noun} said.")
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_the_campaign_of_a_person_stays_the_campaign_before_a_second_verb():
    text = ("Headline\n\nWASHINGTON (Reuters) - The campaign of Roy Moore, the Republican candidate for U.S. senator "
            "in Alabama, appealed on Sunday to President Donald Trump’s supporters, saying a vote for Moore would be a "
            "vote for Trump’s agenda.")
    assert only(text)["speaker"] != "Roy Moore"


def test_the_ally_is_the_unnamed_ally_a_sentence_introduced_before():
    text = ("Headline\n\nA senior Whitehall source described the dispute as “the most serious since the election”. An "
            "ally of the science secretary was blunter. “If Adrian wants her scalp, he is going the right way about "
            "it,” the ally said.")
    assert rows(text)["speaker"].tolist()[-1] == "ally of the science secretary"


def test_a_spokesperson_in_title_case_is_unnamed_not_the_last_person_named():
    text = ("Headline\n\nThe deal covers flights between Lahore and Almaty, Nadeem Bhatti said.\n\nThe Foreign Office "
            "Spokesperson said the Prime Minister had accepted an invitation to visit Astana.")
    assert rows(text)["speaker"].tolist()[-1].lower() == "the foreign office spokesperson"


def test_a_speaker_who_was_blunter_before_a_colon_says_the_quotation():
    text = ("Headline\n\n\"I have done the sums and they do not work,\" said Gordon Pybus, 61.\n\nHis daughter, Kirsty "
            "Pybus, who sells cakes from the unit opposite, was blunter: \"It is daylight robbery, and everybody in "
            "here knows it.\"")
    assert rows(text)["speaker"].tolist() == ["Gordon Pybus", "Kirsty Pybus"]


def test_his_message_was_blunt_is_his_not_whom_the_message_was_to():
    text = ("Headline\n\n\"We are listening to a recording,\" Brandt Kessler said.\n\nHis message to Dallas City Hall "
            "was blunt: \"Fix it, or we will fix it for you.\"")
    assert rows(text)["speaker"].tolist() == ["Brandt Kessler"] * 2


def test_a_nickname_known_to_many_words_of_people_as_is_no_quotation():
    text = ("Headline\n\nCllr Jonathan Haverley said it was \"the final nail\".\n\nGordon Pybus - known to three "
            "generations of shoppers simply as \"Pybus the butcher\" - has run a stall for 38 years. He said he would "
            "have to cut the hours of his staff.")
    assert rows(text)["speaker"].tolist() == ["Jonathan Haverley", "Gordon Pybus"]


def test_the_agent_of_a_passive_cue_in_a_relative_clause_asks_not_the_antecedent():
    text = ("Headline\n\nCllr Heather Gilchrist, who was asked by opposition members whether traders had been "
            "consulted, replied that officers had met the association twice.")
    assert rows(text)["speaker"].tolist() == ["opposition members", "Heather Gilchrist"]


def test_she_goes_on_with_an_unnamed_neighbour_not_the_last_woman_named():
    text = ("Headline\n\nHelen Mawson, of the Environment Agency, said the site was unsafe.\n\n\"If a price looks too "
            "good to be true, it almost certainly is,\" Mr Tully added.\n\nA neighbour who did not want to be named "
            "told The Northern Echo that lorries had been arriving \"at all hours\" throughout the summer.\n\n\"We "
            "used to joke that he must be building a motorway down there,\" she said.")
    assert rows(text)["speaker"].tolist()[-1] == "A neighbour"


def test_the_subject_of_a_where_clause_set_off_by_a_relative_clause_is_the_source():
    text = ("Headline\n\nThe decision prompted an angry exchange at Holyrood on Tuesday, where Scottish Conservative "
            "MSP Iain Corstorphine, who represents Mid Scotland and Fife, accused ministers of \"washing their hands\" "
            "of the bridge.")
    assert only(text)["speaker"] == "Iain Corstorphine"


def test_whose_report_concluded_is_the_report_makers():
    text = ("Headline\n\nCouncil voted to impose the penalty recommended by integrity commissioner Martin Ouellette, "
            "whose report concluded that the councillor \"knowingly disclosed\" information.")
    assert only(text)["speaker"] == "Martin Ouellette"


def test_added_up_to_is_a_sum_not_a_report():
    text = ("Headline\n\nDubose said the state would show jurors two sets of records. The gap between the two, she "
            "said, added up to hundreds of dollars a week.")
    assert rows(text)["speaker_mention"].tolist() == ["Dubose", "she", "she"]


def test_a_library_is_a_body_not_a_person_named_library():
    text = ("Headline\n\nThe manuscripts were handed to the National Library of Indonesia on Monday.\n\nLeiden "
            "University Library, which held most of the manuscripts for more than a century, said in a statement "
            "that its conservators had worked with Indonesian archivists.")
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("Leiden University Library", "organization")


def test_a_verb_coordinated_inside_a_while_clause_is_that_clauses_subjects():
    text = ("Headline\n\nRetired teacher Maureen Hollis, 72, said breaking away was \"about time\", while Daniel "
            "Okafor, 34, who commutes into the city centre, called the idea \"mad\" and asked who would pay for the "
            "buses.")
    assert rows(text)["speaker"].tolist() == ["Maureen Hollis", "Daniel Okafor", "Daniel Okafor"]


def test_a_name_after_a_long_title_through_the_house_of_representatives():
    text = ("Headline\n\nAt a hearing, Deputy Chairperson of Commission VIII of the House of Representatives Nurul "
            "Hidayah asked whether the agency had enough halal assistants.")
    assert only(text)["speaker"] == "Nurul Hidayah"


def test_the_office_of_the_legislative_auditor_is_a_body_and_its_evaluation_is_its_report():
    text = ("Headline\n\nMinnesota handed out $38 million in grants, according to a report released Tuesday by the "
            "Office of the Legislative Auditor.\n\nThe 64-page evaluation found that the board never required "
            "recipients to show how the money would be spent.\n\nThe board \u201crelied almost entirely on the word of "
            "applicants,\u201d the report said.")
    assert rows(text)["speaker"].tolist() == ["Office of the Legislative Auditor"] * 3


def test_it_is_the_body_that_opened_the_sentence_before_past_its_relative_clause():
    text = ("Headline\n\nThe Tay Road Bridge Joint Board, which runs the crossing, agreed the restriction at an "
            "emergency meeting in Dundee on Monday. It said the cost of the work had risen from an estimated \u00a314m "
            "to \u00a331m.")
    assert only(text)["speaker"] == "Tay Road Bridge Joint Board"


def test_a_subject_with_an_aside_in_the_cues_own_sentence_is_what_they_say():
    text = ("Headline\n\nBut Mr. Grassley and Mr. Leahy say other changes are needed.\n\nThe program, which was "
            "created in 1990, has expanded well beyond its original intent, they say.")
    assert rows(text)["speaker"].tolist()[-1] != "the program"


def test_two_people_named_together_before_a_participle_aside_speak_together():
    text = ("Headline\n\nTom and Linda Brewer, visiting from Ohio, said the cathedral was the highlight of their "
            "trip.")
    assert only(text)["speaker"] == "Tom Brewer & Linda Brewer"


@pytest.mark.parametrize("epithet, name, pronoun", [("the former civil servant", "Prem Bahadur Khadka", "he"),
                                                    ("the former dinner lady", "Jean Barraclough", "she")])
def test_an_epithet_is_the_one_person_named_in_its_paragraph_and_the_one_before(epithet, name, pronoun):
    text = (f"Headline\n\n\"Nobody is above the constitution,\" {name}, 63, told reporters outside the court, where "
            f"{pronoun} had waited since dawn.\n\n\"I will be at my desk tomorrow morning,\" added {epithet}.")
    assert rows(text)["speaker"].tolist() == [name, name]


def test_the_agent_of_was_told_by_runs_through_of_to_that():
    text = "Headline\n\nAnadolu was told by a member of the Iraqi delegation that the talks had stalled."
    row = only(text)
    assert (row["speaker"], row["text"]) == ("a member of the Iraqi delegation", "the talks had stalled")


def test_a_verb_after_a_relative_that_is_no_source_noun():
    text = ("Headline\n\nA spokesperson for a Swedish fashion retailer that sources from dozens of Bangladeshi "
            "factories said the company was \"monitoring the situation closely\".")
    assert only(text)["speaker"] == "A spokesperson for a Swedish fashion retailer"


def test_an_unnamed_source_for_someone_a_relative_clause_describes_keeps_both():
    text = "Headline\n\nA lawyer for the man who was charged said his client \u201cdeeply regrets it.\u201d"
    assert only(text)["speaker"] == "A lawyer for the man who was charged"


def test_the_subject_of_a_clause_joined_by_comma_and_reaches_through_its_phrases():
    text = ("Headline\n\nThe prime minister was criticised, and the junior partner in the governing coalition said it "
            "would not back the budget until the deal was fully explained.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("the junior partner in the governing coalition",
                                             "it would not back the budget until the deal was fully explained")


def test_a_provinces_acting_director_is_an_unnamed_officer_not_the_last_person_named():
    text = ("Headline\n\n\"They told me if I stop, it comes back stronger,\" Jonah Kaiwi said.\n\nWestern Province's "
            "acting health director said two outlying clinics had already run out of linezolid.")
    assert rows(text)["speaker"].tolist() == ["Jonah Kaiwi", "Western Province's acting health director"]


def test_a_span_of_time_inside_the_verb_group_is_no_part_of_the_subject():
    text = ("Headline\n\nFishermen in Sri Lanka's Northern Province have for years complained that Indian bottom "
            "trawlers damage their nets.")
    assert only(text)["speaker"] == "Fishermen in Sri Lanka's Northern Province"


@pytest.mark.parametrize("title, name", [("Kazakhstan's Minister of Trade and Integration", "Yerlan Sadykov"),
                                         ("State Secretary at the Ministry of Environmental Protection and Green "
                                          "Transition", "Tomislav Brkic")])
def test_a_titles_last_words_after_and_are_no_part_of_the_name_after_them(title, name):
    text = f"Headline\n\n{title} {name} said the agreement would open a new chapter in relations."
    assert only(text)["speaker"] == name


def test_a_clause_in_the_past_tense_after_a_short_adjunct_is_reported_without_that():
    text = ("Headline\n\nThe government said in a statement the site met all Croatian and European Union safety "
            "standards.")
    assert only(text)["text"] == "the site met all Croatian and European Union safety standards"


def test_a_participle_after_a_preposition_and_its_noun_is_no_reported_clause():
    text = ("Headline\n\n\u201cWe will use the powers we have,\u201d he said in Las Vegas at a forum hosted by an "
            "advocacy group.")
    assert rows(text)["kind"].tolist() == ["direct"]


def test_a_noun_right_after_said_is_what_is_reported_not_the_cue():
    text = ("Headline\n\nA spokesperson for Birmingham Children's Trust, which provides services for children, said "
            "demand for inpatient care had \"risen sharply\" since the pandemic.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("A spokesperson for Birmingham Children's Trust",
                                             "demand for inpatient care had \"risen sharply\" since the pandemic")


def test_an_unnamed_source_before_a_participle_cue_keeps_where_it_works():
    text = ("Headline\n\nA senior Labour source at the council was less diplomatic, telling BirminghamLive the petition "
            "had \"no chance whatsoever\" of success.")
    assert only(text)["speaker"] == "A senior Labour source at the council"


def test_that_after_a_passive_verb_of_its_own_is_no_clause_of_the_cue_before():
    text = ("Headline\n\nFarmer Robert Ainsley had agreed to let Coulthard fill a dip in one of his fields after being "
            "assured that the material was inert and would improve drainage.")
    assert rows(text).empty


def test_a_nationality_and_a_role_are_the_one_holder_named_under_that_countrys_name():
    text = ("Headline\n\nThe talks were co-chaired by Federal Minister for Commerce Ayesha Rauf Khan and Kazakhstan's "
            "Minister of Trade and Integration Yerlan Sadykov.\n\nAyesha Rauf Khan said the agreements would \"open a "
            "new chapter\" in relations.\n\nThe Kazakh minister also invited Pakistani companies to set up "
            "warehouses, saying it could serve as a hub.")
    assert rows(text)["speaker"].tolist() == ["Ayesha Rauf Khan", "Yerlan Sadykov"]


def test_and_between_two_nouns_before_a_units_head_stays_inside_the_subject():
    text = ("Headline\n\nDet. Sgt. Carla Mendes of the service\u2019s drug and gun unit said investigators were trying "
            "to find the source.")
    assert only(text)["speaker"] == "Carla Mendes"


def test_a_ministrys_name_after_its_of_is_no_person():
    text = ("State Secretary at the Ministry of Environmental Protection and Green Transition Tomislav Brkic said it "
            "was safe.")
    assert {mt.person.name for mt in find_people(text)} == {"Tomislav Brkic"}


def test_a_noun_like_verb_between_an_adjective_and_the_head_stays_inside_the_subject():
    text = ("Headline\n\nSeveral seniors who spoke during the public comment period said they would be \"trapped\" in "
            "their homes until spring.")
    assert only(text)["speaker"] == "Several seniors who spoke during the public comment period"


def test_a_role_of_a_body_the_which_clause_is_on_leaves_the_person_named_before_it():
    text = ("Headline\n\nDale Kowalchuk, owner of Northern Lights Feed & Tack, which has sponsored the Classic since "
            "2004, said his business would keep its sponsorship in place.")
    assert only(text)["speaker"] == "Dale Kowalchuk"


def test_capitals_joined_by_an_ampersand_are_one_name():
    text = ("Headline\n\nA spokesperson for The R&A, which organises the championship, confirmed that Duthie would be "
            "one of only a handful of amateurs in the field.")
    assert only(text)["speaker"] == "A spokesperson for The R&A"


def test_a_plurals_possessive_after_but_opens_the_subject_of_a_participle():
    text = ("Headline\n\nBut residents' group Save Our Mournes brought a judicial review, arguing that the council's "
            "planning committee had not been properly told.")
    assert only(text)["speaker"] == "Save Our Mournes"


def test_a_cue_inside_a_passive_reports_clause_leaves_the_quotation_to_the_agent():
    text = ("Headline\n\nJurors were told by Ms Fairbanks that messages found on Lewis Brennan's phone showed the "
            "brothers \"picking\" flights in advance.")
    assert only(text)["speaker"] == "Fairbanks"


def test_a_deputy_and_a_rapporteur_are_roles_of_the_person_named_with_them():
    text = ("Headline\n\nAccording to the bill\u2019s rapporteur, Deputy Marcos Vin\u00edcius Albuquerque (PSD-PE), "
            "that promise \u201cwas never kept\u201d.\n\n\u201cPassengers were told they would pay less,\u201d the "
            "deputy said during the debate.\n\nUnder the text, the allowance applies to domestic flights.\n\nThe "
            "rapporteur said he expected the Senate to vote on the bill before the July recess.")
    assert rows(text)["speaker"].tolist() == ["Marcos Vin\u00edcius Albuquerque"] * 3


def test_the_diplomat_is_the_ambassador_named_before_and_nobody_else():
    named = ("Headline\n\nBolivia\u2019s ambassador in Bras\u00edlia, Gabriela Quiroga Antezana, said the response had "
             "been \u201cquick and generous\u201d.\n\n\u201cChiquitania is living through one of the worst moments in "
             "its history,\u201d the diplomat said.")
    assert rows(named)["speaker"].tolist() == ["Gabriela Quiroga Antezana"] * 2
    unnamed = named.replace("Bolivia\u2019s ambassador in Bras\u00edlia, Gabriela Quiroga Antezana,", "John Smith")
    assert rows(unnamed)["speaker"].tolist() == ["John Smith", "the diplomat"]


def test_a_riding_that_opens_with_lake_is_a_place_and_an_mha_a_role():
    text = ("Headline\n\nJoanne Rumbolt, the Progressive Conservative MHA for Lake Melville, said the directive was "
            "wrong.\n\nThe Lake Melville MHA said she plans to table a petition on Thursday.")
    assert rows(text)["speaker"].tolist() == ["Joanne Rumbolt"] * 2
    assert {mt.person.name for mt in find_people(text)} == {"Joanne Rumbolt"}


def test_a_leads_unnamed_person_after_a_headlines_row_is_the_person_the_next_sentence_names():
    text = ("Patients will be \u2018sleeping in their cars\u2019, MHA warns\n\nST. JOHN\u2019S, N.L. \u2014 A change "
            "to the way the province pays for hotel rooms will leave some families \u201csleeping in their cars in the "
            "parking lot,\u201d the Opposition\u2019s health critic warned Tuesday in the House of Assembly.\n\n"
            "Joanne Rumbolt, the Progressive Conservative MHA for Lake Melville, said the directive was wrong.")
    frame = extract_article(text)
    assert frame.loc[frame["cue"] == "warned", "speaker"].tolist() == ["Joanne Rumbolt"]


@pytest.mark.parametrize("words", ["to earn her keep", "to \"go earn your keep.\""])
def test_a_verb_after_and_inside_a_when_clause_is_that_clauses_subjects(words):
    text = ("Headline\n\nShe has been shearing since she was 16, when her father, Wallace Pruitt, handed her a pair of "
            f"hand blades and told her {words}")
    assert only(text)["speaker"] == "Wallace Pruitt"


def test_a_vietnamese_name_keeps_its_family_name_and_thi_marks_a_woman():
    text = ("Headline\n\nDirector of the Vietnamese Cultural Centre in France Vu Thi Lan Huong said the tour was part "
            "of efforts to introduce the art to young audiences.\n\nDeputy Le Van Tuan of Dong Thap province said "
            "contractors should be barred.\n\nMany of the children had never seen water puppetry before, she noted.")
    assert rows(text)["speaker"].tolist() == ["Vu Thi Lan Huong", "Le Van Tuan", "Vu Thi Lan Huong"]


def test_a_chinese_name_says_no_gender_by_its_family_name_so_the_text_decides():
    text = ("Headline\n\nWu Tingfang, the pharmacist, said he loads the drones each morning.\n\nLong Xiuying, 79, who "
            "has lived alone since her husband died, said her knees had become too weak. \"When the medicine ran out, "
            "I just waited,\" she said.")
    assert rows(text)["speaker"].tolist() == ["Wu Tingfang", "Long Xiuying", "Long Xiuying"]


def test_while_after_a_closing_mark_ends_the_reported_clause_and_its_pronoun_stays_in_the_next():
    text = ("Headline\n\nScarborough Coun. Jamal Whitfield accused the province of \u201cplaying politics with kids\u2019 "
            "lives,\u201d while Etobicoke Coun. Stella Kosarek said she welcomed the audit and had been asking for one "
            "since 2023.")
    frame = extract_article(text)
    assert frame.loc[frame["cue"] == "accused", "text"].tolist() == [
        "the province of \u201cplaying politics with kids\u2019 lives,\u201d"]
    assert set(frame.loc[frame["cue"] != "accused", "speaker"]) == {"Stella Kosarek"}


def test_a_documents_maker_ends_before_for_a_and_a_name_between_dashes_is_the_subject():
    paper = ("Headline\n\nThe 14-page paper, prepared by the European Commission for a meeting of EU interior and "
             "development ministers next month, proposes that the bloc use all relevant policies as leverage.")
    assert only(paper)["speaker"] == "European Commission"
    dashed = ("Headline\n\nThe greatest player never to win the championship - Jimmy \"the Whirlwind\" White - has "
              "previously admitted missing lessons, instead spending his days in smoky halls.")
    assert only(dashed)["speaker"] == "Jimmy White"


def test_madam_marks_a_woman_and_her_honour_is_a_judges_title():
    text = ("Headline\n\nMr Yaw Asamoah Mensah lost the vote.\n\nThe Presiding Member, Madam Comfort Adjoa Mensah, "
            "disagreed.\n\n\"Some came with minds made up,\" Madam Mensah said.")
    assert rows(text)["speaker"].tolist() == ["Comfort Adjoa Mensah"]
    judge = ("Headline\n\nThe court, presided over by Her Honour Mrs Afua Serwaa Dapaah, ordered a refund.\n\nHer Honour "
             "Dapaah said: \"Rural banks serve ordinary farmers.\"")
    assert only(judge)["speaker"] == "Afua Serwaa Dapaah"


def test_a_newspaper_after_the_is_no_one_a_pronoun_stands_for():
    text = ("Headline\n\nCouncillor Nadia Farouk said the levy had been a success.\n\nSpeaking to the Nottingham Post, "
            "she said: \"Nobody likes paying more.\"")
    assert rows(text)["speaker"].tolist() == ["Nadia Farouk", "Nadia Farouk"]


def test_something_unnamed_set_off_by_a_description_is_the_phrase_not_the_description():
    tout = ("Headline\n\nOne tout, a 22-year-old Anglia Ruskin University student who did not want to be named, said he "
            "made £300 a week.")
    assert (only(tout)["speaker"], only(tout)["speaker_type"]) == ("One tout", "anonymous")
    text = ("Headline\n\nThe final declaration, adopted by consensus, stated that members would \"work together on the "
            "matter\".")
    assert only(text)["speaker"] == "the final declaration"
    made = ("Headline\n\nThe planning application, lodged by their company, Marsh Occasions, describes the barn as "
            "\"a rural events venue\".")
    assert only(made)["speaker"] != "the planning application"


def test_a_hyphened_given_name_after_a_family_name_says_no_gender_by_the_census():
    text = ("Headline\n\nLin Chih-wei, director-general of the department, told a news conference that the budget would "
            "pay for ships.\n\nLin said Taiwan relies on foreign vessels.\n\n\"A cable ship is not a plan,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Lin Chih-wei"] * 3


def test_who_after_a_description_and_its_body_set_off_after_a_name_is_that_person():
    text = ("Headline\n\nDr Gifty Owusu-Ansah, a senior lecturer at the Department of Political Science, University of "
            "Cape Coast, who told the GNA in a telephone interview that the rejections strengthened the case.")
    assert only(text)["speaker"] == "Gifty Owusu-Ansah"
    place = ("Headline\n\n\"It may be of concern,\" said Alan Berger, a gynecologist from Englewood, New Jersey, who said "
             "he took issue with the reluctance.")
    assert rows(place)["speaker"].tolist() == ["Alan Berger", "Alan Berger"]


def test_a_participle_after_a_number_and_before_a_noun_and_its_plural_is_an_adjective():
    text = ("Headline\n\nThe Ministry of Public Health reported on Friday that 2,940 confirmed dengue cases have been "
            "registered this year, and warned that the rainy season would keep transmission high.")
    frame = extract_article(text)
    assert frame["cue"].tolist() == ["reported", "warned"]
    assert frame["text"].tolist()[0] == "2,940 confirmed dengue cases have been registered this year"


def test_a_field_body_noun_stands_for_the_name_of_that_field_that_just_spoke_among_two():
    text = ("Headline\n\nPrairie Mountain Health said in a news release Thursday that the cooling system on the scanner "
            "at Brandon Regional Health Centre failed on Jan. 8. Repairs will require parts from Germany, the health "
            "authority said.")
    assert rows(text)["speaker"].tolist() == ["Prairie Mountain Health"] * 2


def test_a_sum_inside_a_subjects_relative_clause_does_not_end_the_subject():
    text = ("Headline\n\nA Labour trade minister who took his wife on a £38,000 taxpayer-funded tour of the Caribbean "
            "last night insisted the trip was \"not a jolly\".\n\nJulian Ashcombe, 52, flew to Barbados in February.")
    assert only(text)["speaker"] == "Julian Ashcombe"
    hyphened = text.replace("a £38,000 taxpayer-funded", "a 38,000-pound")
    assert only(hyphened)["speaker"] == "Julian Ashcombe"
    head = "Headline\n\nThat is a small fraction of the minimum $20 million experts say is needed for the work."
    assert only(head)["speaker"] == "experts" or "$" not in only(head)["speaker_mention"]


def test_so_says_or_that_observation_came_from_after_a_quotation_names_its_speaker():
    so = ("Headline\n\nPenhallow told reporters outside: \"I accept the decision.\"\n\n\"I have walked that path every "
          "Sunday since 1961.\" So says Margaret Ellery, 81, who gave evidence to council investigators.")
    assert rows(so)["speaker"].tolist() == ["Penhallow", "Margaret Ellery"]
    came = ("Headline\n\nThe commander said no incident had been recorded.\n\n\"When an Assembly rejects a nominee twice, "
            "it is telling us something.\"\n\nThat observation came from Dr Gifty Owusu-Ansah, a senior lecturer.")
    assert rows(came)["speaker"].tolist()[-1] == "Gifty Owusu-Ansah"


def test_a_titles_portfolios_listed_after_a_comma_then_the_name_are_one_subject_after_an_opening_clause():
    text = ("Headline\n\nSpeaking on behalf of the Council, Grenada's Minister of Foreign Affairs, Trade and Export "
            "Development, Kerwin Baptiste, described the agreement as \"a practical answer to a practical danger.\"")
    assert only(text)["speaker"] == "Kerwin Baptiste"
    pair = ("Headline\n\nBut the two leading Republicans, Donald J. Trump and Senator Ted Cruz, have questioned the "
            "science of climate change and criticized the Paris agreement.")
    assert len(rows(pair)) == 2


def test_their_document_is_the_group_that_opened_the_sentence_before():
    text = ("Headline\n\nPlanning officers have recommended that the scheme be approved.\n\nTheir report warned that the "
            "viewing station would be \"visible from much of the Llanberis Pass\".")
    assert rows(text)["speaker"].tolist() == ["Planning officers", "Planning officers"]


def test_they_and_their_letter_after_two_people_named_together_are_both():
    text = ("Headline\n\nGord Sawchyn and Leanne Friesen wrote to the minister last month. {} losing court days will "
            "pull officers off the road.")
    for opening in ("Their letter says", "In the letter, they said"):
        assert only(text.format(opening))["speaker"] == "Gord Sawchyn & Leanne Friesen"


def test_two_capitalised_words_after_the_ending_in_an_ordinary_word_name_a_thing_not_a_person():
    text = ("Headline\n\nOpposition to the Trans-Pacific Partnership (TPP) trade agreement was at the heart of "
            "Sanders's critique of an economic system that he said has favored the richest Americans.")
    assert only(text)["speaker"] != "Trans-Pacific Partnership"
    named = "Headline\n\nBernie Sanders spoke in Ohio.\n\n" + text.split("\n\n", 1)[1]
    assert only(named)["speaker"] == "Bernie Sanders"


def test_a_name_whose_second_word_is_an_ordinary_word_is_not_read_family_name_first():
    text = ("Headline\n\n\"Word is,\" Trump said on Twitter, \"that Ford Motor is moving its plant.\"\n\nTrump was wrong in "
            "his claim about Ford canceling its plant in Mexico. Ford itself said the deal was on.")
    frame = rows(text)
    assert frame.loc[frame["kind"] == "indirect", "speaker_type"].tolist() != ["person"]


def test_a_documents_maker_after_where_it_went_what_it_is_about_or_who_saw_it():
    audit = ("Headline\n\nA fire audit submitted to the court by the Kota Municipal Corporation, a copy of which has been "
             "seen by PTI, said that 40 buildings lacked exits.")
    assert only(audit)["speaker"] == "Kota Municipal Corporation"
    crafts = ("Headline\n\nA 2024 report by the Andalusian regional government on traditional crafts found that 40 "
              "workshops had closed.")
    assert only(crafts)["speaker"] == "Andalusian regional government"
    seen = ("Headline\n\nAn engineering report by consultants Halliday Strachan, seen by The Courier, found that the "
            "bridge was unsafe.")
    assert only(seen)["speaker"] == "Halliday Strachan"
    unnamed = ("Headline\n\nRents have nearly doubled, according to a 2025 report prepared for the society by a "
               "Vancouver real-estate consultancy.")
    assert "consultancy" not in only(unnamed)["speaker"]


def test_told_an_addressee_then_a_clause_whose_verb_is_an_irregular_past():
    text = "Headline\n\nJohn Smith told reporters the vessels left the port early on Monday."
    assert only(text)["text"] == "the vessels left the port early on Monday"
    outlet = ("Headline\n\nAmandeep Dhillon, who watched the trial, told Global News the verdict brought \"some relief\" "
              "to the family.")
    assert only(outlet)["text"] == "the verdict brought \"some relief\" to the family"


def test_a_phrase_set_off_after_a_cue_then_a_clause_is_reported_with_the_clause():
    frame = rows("Headline\n\nHe said between January 2023 and June 2024, the convict operated fake accounts.")
    assert frame["text"].tolist() == ["between January 2023 and June 2024, the convict operated fake accounts"]
    said_in = rows("Headline\n\nShe said in an interview, the company lost money on every sale.")
    assert said_in["text"].tolist() == ["the company lost money on every sale"]
    aside = ("Headline\n\nWhen the Rogans' turn came, Mr. Rogan said in an interview, Mr. Clinton greeted them warmly "
             "and joked about the weather.")
    assert not any(text.startswith("in an interview") for text in rows(aside)["text"])
    appositive = ("Headline\n\nMr. Lew said at the opening session of the talks, the Strategic Dialogue, held this year "
                  "in Beijing.")
    assert rows(appositive).empty


def test_ruling_or_finding_after_a_comma_reports_a_bare_clause_with_a_finite_verb():
    ruling = rows("Headline\n\nThe judge found the club liable for the crash, ruling the club failed to mark a steel gate.")
    assert ruling["text"].tolist() == ["the club failed to mark a steel gate"]
    finding = rows("Headline\n\nShe cut the award by 15 per cent, finding Heikkinen should have been riding with his "
                   "high beams on.")
    assert finding["text"].tolist() == ["Heikkinen should have been riding with his high beams on"]
    assert rows("Headline\n\nPolice searched the area, finding the bodies in a field near the river.").empty


def test_the_report_after_a_report_by_a_body_with_an_adjective_or_a_one_word_bodys_paper_is_the_bodys():
    text = ("Headline\n\nDempsey pointed to a 2025 report by the state Department of Audits and Accounts. The report "
            "also questioned whether job figures submitted by studios could be verified.")
    assert rows(text)["speaker"].tolist()[-1] == "Department of Audits and Accounts"
    paper = ("Headline\n\nA Treasury options paper seen by The Sunday Times proposes holding back research money. The "
             "paper says the move would \"release headroom without a headline cut\".")
    assert rows(paper)["speaker"].tolist()[-1] == "Treasury"
    person = ("Headline\n\nRobby Mook sent a Clinton campaign memo on Sunday. \"We feel very good about our prospects,\" "
              "the memo stated.")
    assert rows(person)["speaker"].tolist() != ["Hillary Clinton"]


def test_a_bodys_letters_in_brackets_stand_for_it_even_in_another_language():
    text = ("Headline\n\nThe Halal Product Assurance Agency (BPJPH) has given small vendors more time. BPJPH said the "
            "deadline was extended to 2028.")
    assert only(text)["speaker"] == "Halal Product Assurance Agency"
    owned = ("Headline\n\nA drug developed by Cuba's Center for Genetic Engineering and Biotechnology (CIGB) cut the "
             "death rate. CIGB said the trial was a success.")
    assert only(owned)["speaker"] == "Center for Genetic Engineering and Biotechnology"


def test_the_company_after_a_sentence_opened_by_a_bodys_name_is_that_body():
    text = ("Headline\n\nBrazos Kitchens, the Irving-based maker of frozen tamales, will close its North Texas plant by "
            "September, eliminating about 480 jobs, the company said Thursday.")
    assert only(text)["speaker"] == "Brazos Kitchens"
    forums = ("Headline\n\nPro-Islamic State forums posted old messages in which the terrorist group urged followers to "
              "carry out attacks.")
    assert "Pro-Islamic State" != only(forums)["speaker"]


def test_a_participle_only_form_with_no_auxiliary_is_an_adjective_not_a_cue():
    frame = extract_article("Headline\n\nShe said the union would seek written guarantees that no stores would close.")
    assert frame["cue"].tolist() == ["said"]
    shown = extract_article("Headline\n\nThe figures have shown that the plan failed.")
    assert shown["cue"].tolist() == ["have shown"]


def test_a_document_read_or_shown_to_a_court_is_the_document():
    read = "Headline\n\nHe died of a head injury, according to a pathologist's report read to the inquest."
    assert only(read)["speaker"] == "a pathologist's report"
    shown = "Headline\n\nShe moved £40,000 in a month, according to bank records shown to the court."
    assert (only(shown)["speaker"], only(shown)["speaker_type"]) == ("bank records", "media")


def test_mr_with_a_shared_surname_is_the_holder_never_called_dr():
    text = ("Headline\n\nDr. Aaron Pruitt, an emergency physician, helped design the program. \"I was the skeptic,\" Dr. "
            "Pruitt said.\n\nDale Pruitt, a paramedic for 22 years, is wary. (He is not related to Dr. Pruitt.)\n\n"
            "\"Nobody is against nurses,\" Mr. Pruitt said.")
    assert rows(text)["speaker"].tolist() == ["Aaron Pruitt", "Dale Pruitt"]


def test_a_country_accusing_in_the_lead_is_the_official_who_speaks_for_it_next():
    text = ("Headline\n\nNorway has accused Britain of acting in \"bad faith\" after talks on cod stocks collapsed.\n\n"
            "Ingrid Solheim-Berg, the Norwegian fisheries minister, said in Oslo that the British delegation had "
            "\"walked away from a fair offer\".")
    assert rows(text)["speaker"].tolist() == ["Ingrid Solheim-Berg", "Ingrid Solheim-Berg"]
    said = text.replace("has accused Britain of acting in", "said Britain acted in")
    assert rows(said)["speaker"].tolist()[0] == "Norway"


def test_petty_officer_is_a_title_before_the_name_set_off_after_a_description():
    text = ("Headline\n\nA spokesperson for the district, Petty Officer Kayla Brandt, said the boarding was conducted "
            "\"professionally and without incident\".")
    assert only(text)["speaker"] == "Kayla Brandt"


def test_the_report_after_a_report_by_a_long_name_after_a_based_adjective():
    text = ("Headline\n\nA report released in March by the Bishkek-based Central Asian Institute for Applied Geosciences "
            "warned that glaciers were shrinking. The report called for new monitoring stations in the mountains.")
    assert rows(text)["speaker"].tolist()[-1] == "Central Asian Institute for Applied Geosciences"


def test_a_us_state_after_a_bodys_place_is_no_part_of_its_name():
    text = "Headline\n\nThe Consulate of Mexico in Nogales, Arizona, urged travelers to avoid the crossing."
    assert only(text)["speaker"] == "Consulate of Mexico in Nogales"


@pytest.mark.parametrize("subject, speaker", [
    ("Residents living near the plant", "Residents living near the plant"),
    ("Two officials speaking on condition of anonymity", "Two officials"),
    ("Democrats hoping to win the seat", "Democrats hoping to win the seat"),
])
def test_a_present_participle_after_a_plural_source_is_part_of_the_subject(subject, speaker):
    row = only(f"Headline\n\n{subject} said the smell from the works had been unbearable for weeks.")
    assert (row["speaker"], row["text"]) == (speaker, "the smell from the works had been unbearable for weeks")


def test_a_past_tense_verb_after_a_plural_source_is_no_participle_of_the_subject():
    text = ("Headline\n\nPaul Ryan spoke on Monday. Democrats seized on Ryan's remarks, saying they showed the party "
            "would cut spending.")
    assert rows(text)["speaker"].tolist()[-1] == "Democrats"


@pytest.mark.parametrize("opening, speaker", [("Said one resident", "one resident"),
                                              ("Explained council leader Tom Jones", "Tom Jones")])
def test_a_reporting_verb_opening_the_sentence_before_its_source_and_a_colon(opening, speaker):
    text = f"Headline\n\nJane Doe spoke first. {opening}: \"We are scared of what comes next.\""
    row = extract_article(text).iloc[-1]
    assert (row["speaker"], row["cue"]) == (speaker, opening.split()[0])


def test_an_accented_given_name_shares_the_surname_after_and():
    text = "Headline\n\nThe couple, Hélène and Bernard Duval, said the bells woke them every hour of the night."
    assert only(text)["speaker"] == "Hélène Duval & Bernard Duval"


def test_two_people_set_off_after_a_description_ending_in_a_partys_members():
    text = ("Headline\n\nThe city’s two Labour MPs, Alison Trevithick and Ben Sayers, said they were disappointed by "
            "the decision.")
    assert only(text)["speaker"] == "Alison Trevithick & Ben Sayers"


def test_a_department_whose_fields_are_listed_with_commas_is_one_name():
    text = ("Headline\n\nThe Ministry of Agriculture, Forestry and Fisheries issued new rules on Monday. The ministry "
            "said imports would be checked at the border.")
    assert only(text)["speaker"] == "Ministry of Agriculture, Forestry and Fisheries"


def test_a_name_joined_by_an_ampersand_is_a_firm():
    text = "Headline\n\nRydal & Crane is to close its factory. The company said production would move to Morocco."
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("Rydal & Crane", "organization")
    said = "Headline\n\nRydal & Crane said production would move to Morocco."
    assert (only(said)["speaker"], only(said)["speaker_type"]) == ("Rydal & Crane", "organization")


def test_a_cue_in_the_sentence_after_a_quoted_sentence_end_is_not_the_partials():
    text = ("Headline\n\nHaley Morris is the campaign's spokeswoman. Morris says the campaign will seek matching funds "
            "and will “compete vigorously for the nomination.” The move was first reported by MSNBC.")
    assert only(text)["speaker"] == "Haley Morris"


@pytest.mark.parametrize("clause", ["Mitch McConnell, the majority leader, delivered a blunt message to the nominee",
                                    "Mitch McConnell had a message for the nominee"])
def test_a_named_subjects_clause_ending_in_a_colon_before_a_quotation(clause):
    text = f"Headline\n\nScott Walker spoke first. {clause}: \"It is time to quit attacking people.\""
    assert rows(text)["speaker"].tolist()[-1] == "Mitch McConnell"


def test_a_text_shown_or_quoted_after_a_colon_is_not_the_subjects_speech():
    text = "Headline\n\nScott Walker spoke first. Mitch McConnell quoted Lincoln: \"A house divided cannot stand.\""
    assert rows(text)["speaker_type"].tolist()[-1] == "unresolved"
    text = "Headline\n\nScott Walker spoke first. Protesters outside held a banner: \"A house divided cannot stand.\""
    assert rows(text).empty  # (a banner's words are no one's quote at all)


def test_a_cueless_fragment_after_a_named_subjects_active_verb_is_the_subjects():
    text = ("Headline\n\nAmy Schumer tweeted her support. \"This is great,\" she said.\n\nJulianne Moore thanked him for "
            "\"stepping up and taking action when Congress won’t.\"")
    assert rows(text)["speaker"].tolist() == ["Amy Schumer", "Julianne Moore"]
    passive = text.replace("Julianne Moore thanked him for", "Julianne Moore was praised for")
    assert rows(passive)["speaker"].tolist()[-1] != "Julianne Moore"


def test_a_cueless_quotation_after_a_paragraph_about_a_named_person_is_theirs():
    text = ("Headline\n\nTed Cruz spoke first. \"No,\" Cruz said.\n\nDonald Trump took to Twitter early Wednesday to "
            "continue his assault on the nominee.\n\n\"Crooked Hillary Clinton and her team were extremely careless.\"")
    assert rows(text)["speaker"].tolist() == ["Ted Cruz", "Donald Trump"]


def test_a_cueless_quotation_right_after_a_sentence_about_a_named_person_is_theirs():
    text = ("Headline\n\n\"Time is short,\" said Craig Robinson, an editor.\n\nIowa State University's Dianne Bystrom "
            "agreed. \"Mainstream Republicans are running out of time.\"")
    assert rows(text)["speaker"].tolist() == ["Craig Robinson", "Dianne Bystrom"]
    # a sentence that quotes someone is no narrative of the next quotation: it goes on from that quote's speaker
    text = ("Headline\n\nMr. Ross argues that distance never helped. \"This was not our policy,\" Mr. Rhodes said. "
            "\"The basis was a two-state solution.\"")
    assert rows(text)["speaker"].tolist() == ["Ross", "Rhodes", "Rhodes"]


def test_a_cueless_fragment_after_a_named_subject_with_its_owner_is_the_subjects():
    text = ("Headline\n\n\"Time is short,\" said Craig Robinson, an editor.\n\nThe New Republic's Jeet Heer sees the "
            "piece as a return to \"aristocratic conservatism.\"")
    assert rows(text)["speaker"].tolist() == ["Craig Robinson", "Jeet Heer"]


@pytest.mark.parametrize("source, speaker", [
    ("According to a Ministry of Finance document consulted by Lusa,", "Ministry of Finance"),
    ("According to a 2021 Law Foundation of Saskatchewan report,", "Law Foundation of Saskatchewan"),
    ("According to a Wednesday editorial,", "a Wednesday editorial"),
])
def test_a_body_named_before_a_documents_noun_is_its_maker(source, speaker):
    assert only(f"Headline\n\n{source} fuel subsidies cost the state 2% of its output.")["speaker"] == speaker


def test_they_after_a_plural_group_in_lower_case_is_that_group():
    text = ("Headline\n\nSami Girgis has been held in jail ever since, his relatives said. They said he has not been "
            "charged with a crime.")
    assert rows(text)["speaker"].tolist() == ["his relatives", "his relatives"]


def test_a_person_named_in_an_opening_clause_is_who_he_is_when_he_reports_what_follows():
    text = ("Headline\n\nWhen Alan Marsh was told in March that his cancer had spread, he told his daughter he had only "
            "one wish.")
    assert rows(text)["speaker"].tolist()[-1] == "Alan Marsh"


def test_an_affiliation_between_an_article_and_a_persons_noun_is_no_name():
    assert [m.person.name for m in find_people("Headline\n\nHe met a former Air Force physician.")] == []
    assert [m.person.name for m in find_people("Headline\n\nA Mary Smith fan said so.")] == ["Mary Smith"]


def test_a_capitalised_title_after_the_and_before_of_is_no_name():
    text = "Headline\n\nWe met. The Head of the agency, Mr. Francis Kamau, spoke."
    assert [m.person.name for m in find_people(text)] == ["Francis Kamau"]


@pytest.mark.parametrize("title", ["Advocate", "Barrister"])
def test_advocate_and_barrister_before_a_name_are_titles(title):
    text = (f"Headline\n\n{title} Rumana Akter Khan stood for the petitioners.\n\nLater, {title} Khan said the "
            "petitioners had gone to the administration five times.")
    assert only(text)["speaker"] == "Rumana Akter Khan"


def test_a_frequent_word_before_a_particle_surname_is_the_given_name_of_the_person_named_in_full_so():
    # "Khalid" is frequent in English text and the census lacks it: read alone, "Khalid Al Nuaimi" is a role and a
    # surname, which the woman of that surname named before would take
    text = ("Headline\n\nDr. Alia Humaid Al Nuaimi, a member from Ajman, urged the ministry to act, while Khalid Obaid "
            "Al Nuaimi, a member from Umm Al Quwain, cautioned against it.\n\n\"Transparency is not the enemy,\" "
            "Dr. Alia Al Nuaimi said.\n\n\"We need numbers, not intentions,\" said Khalid Al Nuaimi.")
    assert rows(text)["speaker"].tolist()[-1] == "Khalid Obaid Al Nuaimi"


def test_a_courtesy_title_goes_to_the_holder_of_unknown_gender_named_last_in_full():
    # Pat's census share leaves the gender open; Ms fits her, and she is the one named last
    text = ("Headline\n\nCllr Dawn Haldane said residents had been kept in the dark.\n\nPat Haldane, who runs a cafe "
            "opposite the scaffolding, said trade had fallen.\n\n\"People used to sit outside,\" Ms Haldane said.")
    assert rows(text)["speaker"].tolist() == ["Dawn Haldane", "Pat Haldane", "Pat Haldane"]


def test_the_younger_of_a_surname_keeps_it_for_the_surname_alone_after():
    text = ("Headline\n\nEli Francis was a six-year-old in sock feet.\n\n\"He was out there every night,\" said Darren "
            "Francis, Eli's father.\n\nNow 18, the younger Francis plays in goal.\n\n\"I don't really love it,\" "
            "Francis said.")
    assert rows(text)["speaker"].tolist() == ["Darren Francis", "Eli Francis"]


def test_a_departments_name_listing_fields_of_two_words_is_not_cut_at_its_comma():
    text = ("Headline\n\nA spokesperson for the Department of Housing, Local Government and Heritage said the "
            "application was under consideration.")
    assert only(text)["speaker"] == "A spokesperson for the Department of Housing, Local Government and Heritage"


@pytest.mark.parametrize("text, speaker", [
    ("The plan drew fire from a councillor who called it \u201ca beach tax.\u201d", "a councillor"),
    ("The council heard from one resident who said the plan was \u201ca tax on families.\u201d", "one resident"),
])
def test_an_unnamed_person_with_a_relative_clause_holding_the_cue_is_the_speaker(text, speaker):
    assert only(f"Headline\n\n{text}")["speaker"] == speaker


def test_a_relative_clause_before_a_colon_does_not_report_the_quotation_after_it():
    text = ("Headline\n\nReporter Isaac Saul tweeted back at Trump, noting the irony coming from a candidate who "
            "promised mass deportation: \u201cYour proposal is to spend billions.\u201d")
    out = rows(text)
    assert out[out["kind"] == "direct"]["speaker"].tolist() == ["Isaac Saul"]


def test_an_abbreviated_title_holds_its_role_for_a_lead_description():
    text = ("Headline\n\nDrivers will pay to park after council approved the fees, over the objections of a councillor "
            "who called the plan \u201ca beach tax by any other name.\u201d\n\nCoun. Brenda Kowalchuk, who led the "
            "opposition, said families depend on the beach.")
    assert rows(text)["speaker"].tolist() == ["Brenda Kowalchuk", "Brenda Kowalchuk"]


def test_the_engineer_is_the_person_named_with_that_title():
    text = ("Headline\n\nContacted over phone, BWDB Sirajganj Executive Engineer Md Nazmul Hossain Sarker said the "
            "board would start work before the monsoon.\n\n\"The court order helps us,\" the engineer added.")
    assert rows(text)["speaker"].tolist() == ["Nazmul Hossain Sarker", "Nazmul Hossain Sarker"]


def test_an_irregular_past_after_the_subjects_noun_ends_the_subject_of_a_coordinated_cue():
    text = "Headline\n\nAt the time, the council put the cost at \u00a31.9m and said the work would take 14 months."
    assert only(text)["speaker"] == "the council"


@pytest.mark.parametrize("source", ["A legislative fiscal note", "A new annual report"])
def test_a_document_with_several_modifiers_before_its_noun_is_the_subject_of_an_estimate(source):
    row = only(f"Headline\n\n{source} estimates the charge would raise about $9 million a year.")
    assert row["speaker"] == source and row["text"] == "the charge would raise about $9 million a year"


def test_a_bodys_name_opening_with_a_list_of_counties_is_one_body():
    text = ("Headline\n\nThe Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board (BOB ICB), which "
            "commissions GP services in the county, said patients did not need to do anything yet.")
    row = only(text)
    assert row["speaker"] == "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
    assert row["speaker_type"] == "organization"


def test_a_bodys_name_ending_in_division_with_its_field_is_no_person():
    text = "Headline\n\nThe Utah Division of Air Quality issues daily alerts and asks residents to limit driving."
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Utah Division of Air Quality", "organization")


def test_a_place_after_a_preposition_is_no_person():
    text = "Headline\n\nBusiness owners on both sides of the Cabot Strait warned the cut would cost jobs."
    assert [m.person.name for m in find_people(text)] == []
    assert only(text)["speaker"] == "Business owners on both sides of the Cabot Strait"


@pytest.mark.parametrize("sentence, content", [
    ("Smith warned the plan would cost jobs.", "the plan would cost jobs"),
    ("Smith promised the new budget will cut taxes.", "the new budget will cut taxes"),
])
def test_a_determiners_noun_and_a_finite_verb_after_warned_open_the_clause_not_an_addressee(sentence, content):
    assert only(f"Headline\n\n{sentence}")["text"] == content


def test_an_addressees_name_after_told_opens_no_clause():
    assert rows("Headline\n\nPaul told the Examiner but did not elaborate on what he meant.").empty


def test_a_patronymic_initial_joined_by_its_point_is_part_of_the_name_as_written():
    text = ("Headline\n\nPrime Minister L.Oyun-Erdene said the budget would be revised.\n\n\"We will not raise taxes,\" "
            "Oyun-Erdene said.\n\nSpeaker of the State Great Khural D.Amarbayasgalan said the session would open on "
            "Monday.\n\nTs.Bayarjargal, head of the herders' association, said the winter was harsh. \"We lost a third "
            "of our animals,\" he said.")
    assert rows(text)["speaker"].tolist() == ["L.Oyun-Erdene", "L.Oyun-Erdene", "D.Amarbayasgalan", "Ts.Bayarjargal",
                                              "Ts.Bayarjargal"]


def test_an_abbreviation_joined_to_a_word_is_no_dotted_name():
    assert only("Headline\n\nThe U.S.Army said the base would close.")["speaker_type"] == "organization"


@pytest.mark.parametrize("source, speaker", [
    ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim"),
    ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),
    ("Alhaji Musa Bello", "Musa Bello"),
    ("Engr. Chukwuma Obi", "Chukwuma Obi"),
    ("Haji Abdul Qadir", "Abdul Qadir"),
])
def test_honorifics_of_malaysian_west_african_and_afghan_copy_are_titles(source, speaker):
    assert only(f"Headline\n\n{source} said the budget was fair.")["speaker"] == speaker


def test_tan_before_a_given_name_is_the_chinese_family_name_not_an_honour():
    assert only("Headline\n\nTan Wei Ming said the budget was fair.")["speaker"] == "Tan Wei Ming"


@pytest.mark.parametrize("full, short", [
    ("Mexican President Andrés Manuel López Obrador", "López Obrador"),
    ("Myanmar leader Aung San Suu Kyi", "Suu Kyi"),
])
def test_the_last_two_words_of_a_longer_name_used_alone_name_that_person(full, short):
    text = f"Headline\n\n{full} said the plan would work.\n\n\"It is a good plan,\" {short} said."
    name = full.split(" ", 2)[2]  # (after the nationality and the title)
    assert rows(text)["speaker"].tolist() == [name, name]


def test_a_given_name_and_surname_do_not_merge_into_a_longer_misread_name():
    text = ("Headline\n\nVermonter Bernie Sanders said he had raised $20 million.\n\n\"We are winning,\" Bernie Sanders "
            "said.")
    assert rows(text)["speaker"].tolist()[-1] == "Bernie Sanders"


@pytest.mark.parametrize("source, speaker", [
    ("Deputy Prime Minister and Minister for Foreign Affairs Ishaq Dar", "Ishaq Dar"),
    ("Minister of Water Raed Abu Saud", "Raed Abu Saud"),
    ("The Director-General, Ngozi Okonjo-Iweala,", "Ngozi Okonjo-Iweala"),
    ("Prime Minister KP Sharma Oli", "KP Sharma Oli"),
])
def test_titles_of_wire_copy_before_names_the_census_lacks(source, speaker):
    assert only(f"Headline\n\n{source} said the visit was a success.")["speaker"] == speaker


def test_a_ministry_of_ordinary_words_is_no_person():
    assert [m.person.name for m in find_people("Headline\n\nThe Ministry of Water Resources met.")] == []


def test_a_participles_clause_before_a_name_and_its_appositive_is_not_the_source():
    text = "Headline\n\nSpeaking to Anadolu Agency, Yilmaz Demir, head of the chamber, said exports had risen."
    assert only(text)["speaker"] == "Yilmaz Demir"


def test_quoted_by_an_agency_as_saying_is_the_subjects_report():
    text = ("Headline\n\nMinister Ahmed Hassan was quoted by the state news agency as saying that the border would "
            "reopen.")
    assert only(text)["speaker"] == "Ahmed Hassan"


def test_two_capitals_of_a_title_or_body_are_no_initials():
    assert only("Headline\n\nPM Modi said it would cut travel time.")["speaker"] == "Modi"
    assert only("Headline\n\nUN Secretary General Antonio Guterres said so.")["speaker"] == "Antonio Guterres"


def test_a_documents_signer_after_a_description_is_its_maker_for_every_later_reference():
    text = ("Headline\n\nBut the report, written by the council's head of property services, Gareth Lowther, says "
            "\"significantly worse than anticipated\" corrosion was found in the frame. It warns the work will not be "
            "finished until 2027.\n\nAccording to the report, \u00a31.6m has already been spent.")
    assert rows(text)["speaker"].tolist() == ["Gareth Lowther"] * 3


def test_a_name_ending_in_ing_opening_the_sentence_is_no_participle():
    text = ("Headline\n\nOthers fear the change. Aisling Byrne, 29, a nurse who lives above a bakery on Kingsland Road, "
            "said she had moved to the area \"because something is always happening\".")
    assert rows(text)["speaker"].tolist()[-1] == "Aisling Byrne"


def test_an_initial_and_a_surname_naming_a_firm_takes_no_courtesy_title():
    text = ("Headline\n\nHis daughter, Karen Beardall, who has run S Beardall & Daughter since 2004, said the decision "
            "was hard.\n\n\"Dad would keep going,\" Ms Beardall said.")
    assert rows(text)["speaker"].tolist() == ["Karen Beardall", "Karen Beardall"]


def test_a_posting_to_where_it_serves_stays_in_the_subject():
    text = ("Headline\n\nAddressing the debate, Counsellor Faisal Al-Mutairi of Kuwait's Permanent Mission to the "
            "United Nations said the year had been \"among the darkest\" for aid workers.")
    assert only(text)["speaker"] == "Faisal Al-Mutairi"
    assert only("Headline\n\nAn adviser to the president said the plan was \"dead\".")["speaker_type"] == "anonymous"


def test_member_states_is_no_cue_of_a_partial_quote():
    text = ("Headline\n\nMariela Vidal spoke next. She appealed to member states to \"stop treating these deaths as "
            "the cost of doing business.\"")
    assert "member" not in rows(text)["speaker"].tolist()


def test_a_nationality_alone_is_no_persons_name():
    text = ("Headline\n\nFaisal Al-Mutairi spoke first. The Kuwaiti diplomat proposed that the body be staffed by "
            "investigators. Such a body would not replace existing inquiries, he explained.")
    assert "Kuwaiti" not in rows(text)["speaker"].tolist()
    assert [m.person.name for m in find_people(text)] == ["Faisal Al-Mutairi"]


def test_a_diplomatic_mission_is_no_persons_name():
    names = [m.person.name for m in find_people("Headline\n\nCounsellor Faisal Al-Mutairi of Kuwait's Permanent "
                                                "Mission spoke. The British Embassy said so.")]
    assert names == ["Faisal Al-Mutairi"]


def test_a_role_with_a_prepositional_phrase_in_the_lead_is_the_holder_named_right_after():
    text = ("Headline\n\nThe council voted 7-2 to oppose the proposal, with the councillor behind the motion warning "
            "the change would leave \"a $30-million hole\" in the budget.\n\nCoun. Darren Koslowski, who chairs the "
            "committee, said the regulation amounted to the province \"reaching into our pocket.\"\n\nCoun. Priya "
            "Venkataraman said the city could phase in the loss.")
    assert rows(text)["speaker"].tolist() == ["Darren Koslowski", "Darren Koslowski", "Priya Venkataraman"]


def test_a_source_inside_the_last_report_is_not_who_the_next_cue_goes_on_from():
    text = ("Headline\n\nCouncil leader Cllr Martin Oyelaran said the plan was needed.\n\nOne Labour councillor, who "
            "asked not to be named, told the Daily Echo that several members of the group had privately urged Cllr "
            "Oyelaran to phase the increase in.\n\n\"There was real unease in the room,\" the councillor said.")
    assert rows(text)["speaker"].tolist()[-1] == "One Labour councillor"


def test_a_party_tag_set_off_by_commas_ends_the_subject_before_it():
    text = ("Headline\n\nAt the roundtable, state Sen. Rich Dombrowski, R-Sewickley, said he plans a resolution, while "
            "state Rep. Angela Ferrante, D-Aliquippa, countered that a resolution \u201cwon\u2019t move a single "
            "truck.\u201d")
    assert rows(text)["speaker"].tolist()[-1] == "Angela Ferrante"


def test_a_ward_number_before_a_title_is_part_of_the_subject():
    text = ("Headline\n\nCouncil voted.\n\nWard 2 Coun. Tom Lalonde cast the lone vote against, saying the city "
            "\u201ccan\u2019t expect Michigan to carry a bridge we all drive on.\u201d")
    assert only(text)["speaker"] == "Tom Lalonde"


def test_one_unnamed_person_before_a_colon_is_the_person_introduced_next():
    text = ("Headline\n\nAt the co-op on Thursday, one grower summed up the mood in a single sentence: \u201cNobody in "
            "this valley is sleeping right now.\u201d\n\nThe grower, Trevor Kinney, farms about 400 acres.")
    assert only(text)["speaker"] == "Trevor Kinney"
    text = ("Headline\n\nSelma Nghipandulwa spoke.\n\nA theatre nurse at Katutura Intermediate Hospital summed up the "
            "mood in the room: \u201cPatience does not pay rent.\u201d The nurse, Petrina Amupolo, said she was owed "
            "about N$21,000.")
    assert rows(text)["speaker"].tolist() == ["Petrina Amupolo", "Petrina Amupolo"]


def test_an_owners_verdict_before_a_colon_is_the_owners_words():
    text = ("Headline\n\nHis coach, Abdul Rahim Tawana, said Noori had trained twice a day.\n\nThe coach's verdict on "
            "his pupil was blunt: \"He is ready for the seniors now.\"")
    assert rows(text)["speaker"].tolist() == ["Abdul Rahim Tawana", "Abdul Rahim Tawana"]


def test_he_after_a_new_paragraph_names_someone_is_not_the_earlier_unnamed_source():
    text = ("Headline\n\nA Burnley man has been held for a year, his family said.\n\nA spokesman for the High "
            "Commission in London said Mr Rafiq had \"full access to legal counsel\".\n\nThe case has been taken up "
            "by Cllr Saeed Akhtar, who represents Daneshouse on the council. He said he had written to the Foreign "
            "Secretary asking for \"the same energy\".")
    assert rows(text)["speaker"].tolist()[-1] == "Saeed Akhtar"


def test_a_name_set_off_after_an_owners_relative_is_the_source_whatever_the_appositive():
    text = ("Headline\n\nGeorge Pawlak died in May. Pawlak\u2019s daughter, Kristen Pawlak, a 33-year-old intensive "
            "care nurse, said her father had driven an ambulance himself.")
    assert only(text)["speaker"] == "Kristen Pawlak"


def test_where_a_document_came_out_names_no_source():
    text = ("Headline\n\nThe ministry issued new rules. The resolution, published in the official gazette Kuwait "
            "Alyoum, says farm holders must notify the authority within 48 hours.")
    assert only(text)["speaker"].lower() == "the resolution"


def test_a_protocol_is_a_document_without_the_participle_after_it():
    text = ("Headline\n\nOfficials met in Herat. A joint protocol signed at the end of the meeting, a copy of which "
            "was seen by Pajhwok, says Turkmenistan will finish the line by June.")
    assert only(text)["speaker"].lower() == "a joint protocol"


def test_a_hometown_set_off_after_the_age_is_not_the_source():
    text = ("Headline\n\nListeners loved the show.\n\nMarge Pawlowski, 88, of White Oak, who has called in nearly "
            "every week since 1996, said hearing her name read on the radio was the only conversation she had all day.")
    assert rows(text)["speaker"].tolist()[-1] == "Marge Pawlowski"


@pytest.mark.parametrize("seat, name", [("Bolton South East", "Yasmin Qureshi"), ("Romford", "Andrew Rosindell"),
                                        ("Hornsey and Wood Green", "Catherine West")])
def test_a_legislators_seat_before_the_name_is_no_part_of_it(seat, name):
    text = f"Headline\n\nLabour MP for {seat} {name} said the cuts were \"cruel\"."
    assert only(text)["speaker"] == name


def test_the_pronoun_after_a_passive_question_is_the_person_asked():
    text = ("Headline\n\nRachel Onions, representing Neil Salt, said her client had \"relied entirely\" on "
            "figures.\n\nA second former employee, packer Janet Cope, 59, was asked by Ms Onions whether she had ever "
            "seen Neil Salt in the room. She said she had not.")
    assert rows(text)["speaker"].tolist()[-1] == "Janet Cope"


@pytest.mark.parametrize("place, name", [("B.C.", "David Eby"), ("N.W.T.", "R.J. Simpson"), ("P.E.I.", "Rob Lantz")])
def test_a_places_dotted_abbreviation_before_a_title_is_no_part_of_the_name(place, name):
    assert only(f"Headline\n\n{place} Premier {name} said the province would \"fight back.\"")["speaker"] == name


def test_wire_copys_reaffirmed_underscored_and_highlighted_are_cues():
    assert only("Headline\n\nAl-Saadi reaffirmed the Kingdom's keenness to strengthen ties with Bulgaria.")["text"] \
        == "the Kingdom's keenness to strengthen ties with Bulgaria"
    out = rows("Headline\n\nThe minister underscored that talks must continue. The report highlighted that 40 per cent "
               "of homes lacked heating.")
    assert out["text"].tolist() == ["talks must continue", "40 per cent of homes lacked heating"]
    assert rows("Headline\n\nThe court affirmed the lower court ruling on Tuesday.").empty


def test_a_question_set_off_after_an_unnamed_source_is_no_part_of_it():
    text = ("Headline\n\nA Devonport-based officer, asked whether morale would suffer, said sailors \u201cgo where "
            "they are sent\u201d.")
    assert only(text)["speaker"] == "A Devonport-based officer"


def test_an_inverted_dotted_name_is_one_name():
    text = ("Headline\n\n\u201cIf we only fine the man holding the shovel, nothing will change,\u201d said "
            "G.Uranchimeg.\n\nShe asked whether the rules were enforced.")
    assert rows(text)["speaker"].tolist() == ["G.Uranchimeg", "G.Uranchimeg"]


def test_a_russian_style_surname_says_the_gender_a_given_name_the_census_lacks_does_not():
    text = ("Headline\n\nProfessor Elchin Gasimov praised the plan.\n\nAytan Karimova, whose son has received a "
            "transfusion every three weeks since he was a year old, said the family had raised money.\n\n\"We sold "
            "my father's car,\" she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Aytan Karimova"


def test_a_clinic_is_no_persons_name():
    text = "Headline\n\nElchin Gasimov heads a department at the Teaching Therapeutic Clinic of the university."
    assert [m.person.name for m in find_people(text)] == ["Elchin Gasimov"]


def test_a_roles_letters_are_no_body():
    text = ("Headline\n\nBaljit Kaur, the Labour MP for Derby South, said she had been given \u201cno warning\u201d."
            "\n\n\u201cI found out from a text message,\u201d said the MP.")
    assert rows(text)["speaker"].tolist() == ["Baljit Kaur", "Baljit Kaur"]


def test_an_adjective_after_a_quantifier_is_no_cue():
    text = ("Headline\n\n\u201cThis is not a glitch,\u201d said council member Yvette Boudreaux-Lacoste, whose "
            "Gentilly district had more estimated accounts than any other. \u201cThis is a system that guessed.\u201d")
    assert rows(text)["speaker"].tolist() == ["Yvette Boudreaux-Lacoste"] * 2


def test_a_capitalised_nickname_between_a_given_name_the_census_lacks_and_a_surname():
    text = ("Headline\n\nThe hoop nets are stacked, and Verlyn \u201cDutch\u201d Haugen says he has not decided.\n\n"
            "For 61 years, Haugen, 83, fished the sloughs. His father, Orville Haugen, used to fish too.\n\n"
            "\u201cWinch cable, 1971,\u201d Haugen said.")
    assert rows(text)["speaker"].tolist() == ["Verlyn Haugen", "Verlyn Haugen"]


def test_a_titled_name_then_where_the_person_works_is_the_person():
    text = ("Headline\n\nSpeaking after the hearing, Detective Sergeant Paul Whitworth of Derbyshire "
            "Constabulary\u2019s organised crime team, who led the investigation, said the sentences sent \u201ca very "
            "clear message\u201d.")
    assert only(text)["speaker"] == "Paul Whitworth"


def test_a_reduced_relatives_possessed_subject_is_the_source():
    text = ("Headline\n\nThe Iowa Senate voted 31-18 on Tuesday to take over the county coordinators, a shift its "
            "sponsor said would give every Iowan the same readiness \u201cwhether you live in Polk County or Page "
            "County.\u201d")
    assert only(text)["speaker_mention"] == "its sponsor"


def test_a_habitual_cue_is_its_subjects_words():
    text = ("Headline\n\nHis father, Orville Haugen, used to say the river \u201cgives you a living and takes a piece "
            "of you for it\u201d \u2014 a line his son repeats without being asked.")
    assert only(text)["speaker"] == "Orville Haugen"


def test_the_final_say_is_no_cue():
    text = ("Headline\n\nHis attorney, Michael Strand, told jurors last week that the pilot, Brent Sorensen, had the "
            "final say over whether to take off and that conditions were within limits when he did.")
    assert rows(text)["speaker"].tolist() == ["Michael Strand"]


def test_no_ends_a_sentence_unless_a_number_follows():
    text = ("Headline\n\nTwo Democrats, both from Henderson, joined Republicans in voting no. One of them, Assemblyman "
            "Peter Lund, said he supported the goal but that the county's numbers deserved a hearing.")
    assert only(text)["speaker"] == "Peter Lund"


def test_a_three_word_hometown_after_an_appositive_name():
    text = ("Headline\n\nThe driver, Tesfaye Alemu of North Las Vegas, has driven for both apps since 2019 and said "
            "airport runs make up a third of his trips.")
    assert only(text)["speaker"] == "Tesfaye Alemu"


def test_which_after_a_named_persons_role_is_not_the_source():
    text = ("Headline\n\nFarid Huseynov, chairman of the Public Union \"Hope for Life\" for Children with "
            "Thalassaemia, which has helped around 300 families since 2016, welcomed the move.")
    assert only(text)["speaker"] == "Farid Huseynov"


def test_that_was_and_a_name_after_a_quotation_names_its_speaker():
    text = ("Headline\n\nJoan Pugh, 81, insists the record books \"don't tell the whole story\".\n\n\"I intend to make "
            "it three,\" Mrs Pugh says.\n\nOne verdict from the crowd summed her up: \"She walks faster now than she "
            "ran when I first saw her.\" That was Bill Corfield, 83, who has watched every Games.")
    assert rows(text)["speaker"].tolist() == ["Joan Pugh", "Joan Pugh", "Bill Corfield"]


def test_a_cue_less_quotation_paragraph_goes_to_the_name_that_opens_the_next():
    text = ("Headline\n\nA CBP spokesperson said the agency \"continually evaluates\" staffing.\n\nThat is little "
            "comfort in Dawson.\n\n\"You sell people the loop. Take out one piece and it's a dead end.\"\n\nRuth "
            "Bergeron, who has worked in Dawson tourism for 22 years, said members were upset.")
    assert rows(text)["speaker"].tolist()[1:] == ["Ruth Bergeron", "Ruth Bergeron"]


def test_a_passive_before_a_colon_is_no_cue_and_the_sentences_subject_speaks():
    text = ("Headline\n\nD.Gombojav, the abbot of the monastery, testified in October.\n\nThe monastery\u2019s abbot, "
            "who testified at the first hearing, addressed the court once more before the verdict was read: "
            "\u201cThese statues were not made to be sold.\u201d")
    assert only(text)["speaker"] == "D.Gombojav"



def test_a_group_named_in_quote_marks_is_the_source_by_its_name():
    text = ("Headline\n\nThe \"Twenty's Plenty for Walcot\" group, which has been campaigning since 2019, welcomed the "
            "report as \"a victory for common sense\".")
    assert rows(text)["speaker"].tolist()[-1] == "Twenty's Plenty for Walcot"
    assert only("Headline\n\nThe \u201cSave Our Pool\u201d campaign group said the decision was \"a betrayal\".")[
        "speaker"] == "Save Our Pool"


def test_a_bodys_name_after_its_owners_possessive_is_the_body():
    text = ("Headline\n\nThe board overcharged customers, according to an audit released Wednesday by the city\u2019s "
            "Office of Inspector General.\n\nThe audit, which examined records from 2024, found that 6,200 accounts "
            "had been billed on estimates.")
    assert rows(text)["speaker"].tolist() == ["Office of Inspector General"] * 2


def test_a_bodys_decision_is_the_bodys_words():
    text = ("Headline\n\nThe State Agency on Mandatory Health Insurance approved the plan on Monday.\n\nThe agency's "
            "decision states that all patients with a confirmed diagnosis will be eligible for a transplant.")
    assert only(text)["speaker"] == "State Agency on Mandatory Health Insurance"


@pytest.mark.parametrize("written, name", [
    ("Eng. Salim bin Mohammed Al Amri", "Salim bin Mohammed Al Amri"),
    ("Dr. Maryam bint Saeed Al Harthi", "Maryam bint Saeed Al Harthi"),
    ("Sheikh Khalid bin Ahmed Al Harthi", "Khalid bin Ahmed Al Harthi"),
    ("Sayyid Badr bin Hamad Al Busaidi", "Badr bin Hamad Al Busaidi")])
def test_a_gulf_name_of_descent_keeps_its_given_name_and_drops_its_honorific(written, name):
    surname = name.split()[-1]
    text = f"Headline\n\n{written}, the minister, said the floods were \"unprecedented\". {surname} added more."
    assert [m.person.name for m in find_people(text)] == [name, name]


@pytest.mark.parametrize("full, short", [("Ursula von der Leyen", "Von der Leyen"),
                                         ("Marcelo Rebelo de Sousa", "Rebelo de Sousa")])
def test_a_three_word_family_name_with_a_particle_names_the_person_named_in_full(full, short):
    text = f"Headline\n\nPresident {full} said the deal was fair. {short} added that tariffs would fall."
    assert [m.person.name for m in find_people(text)] == [full, full]


def test_a_seats_name_before_a_role_qualifies_it_and_names_no_one():
    text = ("Headline\n\nSarah Jones MP said the closure was \"a blow\". The Croydon Central MP added that she would "
            "fight it.")
    assert rows(text)["speaker"].tolist() == ["Sarah Jones", "Sarah Jones"]


def test_an_adverb_after_a_trailing_cue_is_no_inverted_speaker():
    text = ('Headline\n\nRuben Aponte, 77, told the delegation his building had been shut for months, and a woman who '
            'gave only her first name, Dottie, said simply, "Please hurry."')
    assert "simply" not in rows(text)["speaker"].tolist()


def test_a_source_who_would_give_only_a_first_name_is_that_name():
    text = 'Headline\n\nRuben Aponte spoke first. A man who would give only his first name, Jim, said, "Please hurry."'
    assert only(text)["speaker"] == "Jim"


@pytest.mark.parametrize("opening, pronoun, name", [("Vice Minister Daniyar Kuanyshbekov", "him",
                                                     "Daniyar Kuanyshbekov"),
                                                    ("Mayor Anna Berg", "her", "Anna Berg")])
def test_according_to_him_or_her_is_the_person_named_before(opening, pronoun, name):
    text = (f"Headline\n\n{opening} spoke to deputies on Monday.\n\nAccording to {pronoun}, emergency crews restored "
            "heating to all 211 apartment blocks by Sunday evening.")
    assert (only(text)["speaker"], only(text)["speaker_type"]) == (name, "person")


def test_that_person_is_the_unnamed_source_introduced_before():
    text = ("Headline\n\nThree men were charged, according to a person familiar with the case who was not authorized "
            "to discuss it publicly. That person said charges against at least one of them could come early next "
            "year.")
    assert rows(text)["speaker"].tolist() == ["a person familiar with the case"] * 2


def test_a_body_set_off_after_a_name_before_a_relative_clause_is_where_the_speaker_works():
    text = ("Headline\n\nDetective Constable Aisha Burrows, of Kent Police's Swale Community Safety Unit, who led the "
            "investigation, said the case showed the value of home security cameras.")
    assert only(text)["speaker"] == "Aisha Burrows"


@pytest.mark.parametrize("source, phrase", [
    ("One visiting coach from a Midlands university club", "One visiting coach from a Midlands university club"),
    ("One serving officer based in the north of the county", "One serving officer based in the north of the county"),
    ("A senior nurse on the stroke ward", "A senior nurse on the stroke ward")])
def test_one_unnamed_person_keeps_the_phrase_that_describes_them_before_a_relative_clause(source, phrase):
    text = (f"Headline\n\nMembers backed the decision. {source}, who asked not to be named, said other regattas had "
            "gone ahead in \"far worse\" conditions.\n\n\"Rowers know the risks,\" the coach said.")
    assert rows(text)["speaker"].tolist()[0] == phrase


def test_an_unnamed_persons_relative_clause_without_commas_is_not_kept():
    text = ("Headline\n\nA neighbour who lives on the lane, and who did not want to be named, told the Echo that "
            "lorries had been arriving at all hours.")
    assert only(text)["speaker"] == "A neighbour"


def test_a_place_opened_by_lake_or_fort_before_a_title_leaves_the_name_after_it():
    text = ("Headline\n\nLake Country Mayor Trent Vosburgh said Tuesday he will not resign.\n\n\"I have never bullied "
            "anyone,\" Vosburgh told reporters.")
    assert rows(text)["speaker"].tolist() == ["Trent Vosburgh", "Trent Vosburgh"]


def test_a_place_opened_by_lake_with_a_role_and_no_name_is_no_person():
    assert find_people("Headline\n\nThe Lake Melville MHA said Tuesday he will not resign.") == []


def test_of_two_people_sharing_a_surname_the_one_speaking_goes_on():
    text = ("Headline\n\nLucille Gagnon, of Cumberland, said her father, Roland Gagnon, 88, had complained of itching "
            "for weeks.\n\n\"I had to find out from another family in the parking lot,\" Gagnon said.")
    assert rows(text)["speaker"].tolist() == ["Lucille Gagnon", "Lucille Gagnon"]


def test_a_surname_after_two_people_who_spoke_together_is_the_one_it_names():
    text = ("Headline\n\nMayors Gord Sawchyn and Leanne Friesen wrote jointly to the minister asking her to "
            "reconsider the closures.\n\n\"It's a small line on a spreadsheet in Regina,\" said Friesen.")
    assert rows(text)["speaker"].tolist()[-1] == "Leanne Friesen"


def test_a_description_after_a_person_introduced_in_the_sentence_before_is_that_person():
    text = ("Headline\n\nBrimmond chief executive Alasdair Ritchie told the Evening Express the firm had moved staff "
            "into the shelter.\n\n\"The safety of our people is the only thing that matters,\" he said.\n\nEwan "
            "Duthie, 38, from Westhill, spoke to the Evening Express by phone from Maputo.\n\nThe pipeline inspector "
            "said the wind had picked up steadily through Saturday evening.")
    assert rows(text)["speaker"].tolist() == ["Alasdair Ritchie", "Alasdair Ritchie", "Ewan Duthie"]


def test_a_title_after_a_person_introduced_in_the_sentence_before_is_still_its_holder():
    text = ("Headline\n\nPrime Minister Tony Blair said the talks had gone well.\n\nGeorge Bush arrived in London on "
            "Monday for a two-day visit.\n\nThe prime minister said Mr Bush had learned that force was not the only "
            "way.")
    assert rows(text)["speaker"].tolist() == ["Tony Blair", "Tony Blair"]


def test_a_south_asian_middle_name_says_a_mans_name_where_the_census_share_is_only_a_bound():
    text = ("Headline\n\nFarmer Bhim Limbu said prices had halved.\n\nChief of the Agriculture Knowledge Centre, Ilam, "
            "Krishna Prasad Dahal, informed that cardamom is grown on about 6,800 hectares in the district.\n\nHe "
            "stated that the centre had sent a proposal to the ministry for a price stabilisation fund.")
    assert rows(text)["speaker"].tolist()[-1] == "Krishna Prasad Dahal"


def test_a_quotation_after_but_at_the_end_of_a_reported_clause_is_the_reporters():
    text = ("Headline\n\nA doctor at the hospital told LETA that staff had complained for years that some equipment "
            "was overpriced, but \"nobody listened to the people who actually use it\".")
    partial = rows(text).query("kind == 'partial'")
    assert partial["speaker"].tolist() == ["A doctor at the hospital"]


@pytest.mark.parametrize("sentence, speaker", [
    ("The GNA was told by a senior official at the regional council that the nomination stood.",
     "a senior official at the regional council"),
    ("She said she was told by a scheduler in early April that the file had been flagged.", "a scheduler"),
    ("A GP in south Bristol, who asked not to be named, said her surgery had seen \"a rise\" in appointments.",
     "A GP in south Bristol"),
    ("A nurse in south Bristol, who asked not to be named, said her ward had seen a rise in admissions.",
     "A nurse in south Bristol")])
def test_an_unnamed_agent_or_initialism_keeps_its_description_but_not_when_it_spoke(sentence, speaker):
    assert rows(f"Headline\n\n{sentence}")["speaker"].tolist()[-1] == speaker


def test_a_participle_clause_goes_to_a_titled_name_whose_surname_has_a_joined_particle():
    text = ("Headline\n\nDefence lawyer Hisham el-Sherbiny, who represents Abdel Salam, told MENA he would appeal, "
            "arguing that his client was \"a programmer who sold a product, not a banker\".")
    assert rows(text)["speaker"].tolist() == ["Hisham el-Sherbiny", "Hisham el-Sherbiny"]


def test_a_trooper_is_a_title_before_a_name():
    text = ("Headline\n\nS.C. Highway Patrol Master Trooper Lance Whitaker said the truck rolled over. Whitaker said "
            "the driver was hurt.")
    assert rows(text)["speaker"].tolist() == ["Lance Whitaker", "Lance Whitaker"]


def test_a_nickname_given_with_the_names_no_one_a_pronoun_stands_for():
    text = ("Headline\n\nWhen Willie Tiffin first stepped into the ring at Grasmere in 1977, he was a 17-year-old "
            "shepherd.\n\nNext month the 66-year-old, who farms 400 acres of fell land above Caldbeck, will wrestle "
            "there for the 49th summer in a row, in the veterans' class he has won 11 times. He has no plans to stop."
            "\n\n\"People keep asking me when I am going to stop,\" he said.\n\nTiffin, known around the northern "
            "fells as \"the Caldbeck Hammer\", learned the holds from his father.")
    assert only(text)["speaker"] == "Willie Tiffin"


def test_an_inverted_source_with_two_descriptions_joined_by_and_is_the_name_after_them():
    text = ("Headline\n\n\"We are not asking people to accept a worse service,\" said the partnership's chief medical "
            "officer and former Sandwell stroke lead, Dr Helen Marsh.")
    assert only(text)["speaker"] == "Helen Marsh"


def test_a_relative_described_after_a_comma_is_the_relative_named_before():
    text = ("Headline\n\nAmong the students were Elena and Lucas Moreau, twins from Cheney.\n\nHer brother, a trumpet "
            "player, said he had already started looking at transferring.")
    assert only(text)["speaker"] == "Lucas Moreau"


def test_a_dated_memo_from_a_provost_is_the_provosts():
    text = ("Headline\n\nA Feb. 12 memo from Provost Kenneth Oduya to the university's deans, obtained by The "
            "Spokesman-Review, said the 14 programs were chosen by weighing enrollment. The memo also told deans to "
            "expect \"difficult conversations\" with faculty.")
    assert rows(text)["speaker"].tolist() == ["Kenneth Oduya", "Kenneth Oduya"]



def test_a_bodys_name_written_right_before_a_persons_name_stops_before_it():
    text = ("Headline\n\nThe Health Ministry's action plan says 45 new posts will be advertised each year.\n\nA "
            "director at the Health Ministry Marko Gorjanc said the first results were visible. The ministry said it "
            "would send amendments.")
    assert rows(text)["speaker"].tolist() == ["Health Ministry", "Marko Gorjanc", "Health Ministry"]


def test_a_petrochemicals_firm_is_a_company_the_company_goes_back_to():
    text = ("Headline\n\nNorlam Petrochemicals said in a statement the release involved a quantity of ethylene.\n\nHer "
            "cousin, Curtis Henhawk, said the line was not called until 7:05 a.m., 25 minutes after Norlam's own alarm "
            "sounded.\n\nAccording to the company, all 11 workers were treated at hospital.")
    out = rows(text)
    assert out["speaker"].tolist()[-1] == "Norlam Petrochemicals" and out["speaker_type"].tolist()[0] == "organization"


def test_the_two_of_a_surname_are_the_two_people_named_with_it():
    text = ("Headline\n\nSuleiman Khawaldeh, who runs a quarry near Ajloun, said costs had doubled. His cousin Ibrahim "
            "Khawaldeh, who owns a marble workshop, agreed.\n\nThe two Khawaldehs said they had applied to install "
            "rooftop solar systems.")
    assert rows(text)["speaker"].tolist()[-1] == "Suleiman Khawaldeh & Ibrahim Khawaldeh"


def test_it_going_on_from_a_name_that_reports_on_its_own_makes_the_name_a_bodys():
    text = ("Headline\n\nSevern Trent said in a statement that its storm overflows had operated \"within their "
            "permits\".\n\nIt said engineers had checked its sites along the river on Tuesday and found no faults.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Severn Trent"] * 2
    assert out["speaker_type"].tolist() == ["organization"] * 2


def test_it_never_goes_on_from_a_person():
    text = "Headline\n\nTesfaye Woldemariam said the talks had gone well. It said the border would stay closed."
    assert rows(text)["speaker"].tolist() == ["Tesfaye Woldemariam", "(unresolved)"]


@pytest.mark.parametrize("verb", ["barked", "growled", "sneered", "sighed", "chuckled"])
def test_a_manner_of_speaking_after_a_quotation_cues_it(verb):
    text = f"Headline\n\nRamos tried to ask a question. \"Go back to your seat,\" Mayor Dana Trump {verb}."
    assert only(text)["speaker"] == "Dana Trump"


def test_a_titled_name_before_of_and_a_hometown_is_the_persons():
    text = ("Headline\n\nThe bill stalled in committee.\n\nState Sen. Lucia Ferrer of Lincoln, who has drafted a "
            "rival bill, said she expected a hearing in March.\n\nDarnell Price of south Tulsa, whose daughter spent "
            "a month at the centre, said he visits twice a week.")
    assert rows(text)["speaker"].tolist() == ["Lucia Ferrer", "Darnell Price"]


def test_a_judicial_circuit_after_a_name_is_a_body_not_a_person():
    text = ("Headline\n\n\"He took their money and poured sand,\" Assistant State Attorney Joan Pryce of the 4th "
            "Judicial Circuit said in her opening statement.")
    assert only(text)["speaker"] == "Joan Pryce"


def test_an_inverted_title_with_a_phrase_after_it_is_the_name_set_off_after_both():
    text = ("Headline\n\n\"Five years ago a single case would have shocked us,\" said the county's medical officer for "
            "the eastern district, Dr. Amara Singh. \"Now we see one a month.\"")
    assert rows(text)["speaker"].tolist() == ["Amara Singh", "Amara Singh"]


def test_a_relative_set_off_by_a_given_name_alone_is_that_name_or_the_full_name_written_later():
    text = ("Headline\n\nEleni Markou runs the cafe on the front.\n\nHer husband, Vangelis, added that takings fell "
            "by a third last summer.\n\nHer sister, Odile, who lives in Regina, told the paper she gave up arguing "
            "years ago.\n\n\"You don't win that one,\" Odile Fournier said.")
    assert rows(text)["speaker"].tolist() == ["Vangelis Markou", "Odile Fournier", "Odile Fournier"]  # (her husband
    # bears her family name; her sister is named in full later)


@pytest.mark.parametrize("sentence, signer", [
    ("The letter, signed by its secretary, Gwen Parfitt, says the traders \"cannot survive another summer\".",
     "Gwen Parfitt"),
    ("A plaque hangs by the till. Signed by the club's president, Arturo Bell, it says the shop \"kept the town "
     "fed\".", "Arturo Bell"),
    ("A memo sent to staff, signed by finance director Leah Monroe and seen by the Echo, said a 30-day "
     "consultation would start on Monday.", "Leah Monroe"),
])
def test_a_document_signed_by_someone_is_the_signers(sentence, signer):
    assert rows("Headline\n\nThe plan has angered traders.\n\n" + sentence)["speaker"].tolist() == [signer]


@pytest.mark.parametrize("sentence, speakers", [
    ("Tomas Reyes said he sold a third of his crop in spring, when Brazilian demand was pushing prices up.",
     ["Tomas Reyes"]),
    ("For Tomas Reyes, the mood in Weiner, whose welcome sign reads \"Rice Capital of the South,\" is grim.", []),
    ("The savings figure came from a consultant's report the board commissioned last year.", []),
])
def test_a_cue_word_used_as_a_noun_reports_nothing(sentence, speakers):
    assert rows("Headline\n\nPrices fell.\n\n" + sentence)["speaker"].tolist() == speakers


def test_a_verb_right_after_a_cue_in_a_relative_clause_still_reports():
    text = "Headline\n\nLast year the festival sold 31,000 tickets, a figure Ms Alder says is its highest ever."
    assert only(text)["speaker"] == "Alder"


def test_a_document_published_by_a_body_named_after_it_is_the_bodys():
    text = ("Headline\n\nAccording to a notice published by the utility, Gulf Coastal Power, the project has been "
            "\"paused indefinitely\" while the government reviews its plans.")
    assert only(text)["speaker"] == "Gulf Coastal Power"


def test_an_unnamed_source_who_gave_a_reason_for_anonymity_is_the_source_not_the_reason():
    text = ("Headline\n\nMiriam Hale was charged on Friday.\n\nA neighbour who asked not to be named because she "
            "still lives down the road told the paper she had heard barking \"day and night\".\n\n\"Nobody saw the "
            "barn,\" she said.")
    assert rows(text)["speaker"].tolist() == ["A neighbour"] * 2


def test_a_person_named_right_after_an_areas_name_in_a_title():
    text = ("Headline\n\nGovernment Commissioner for the Development of the Upper Tisza Region Zsolt Vámosi, who "
            "drafted the bill, said the river bank was being sold off.\n\n\"It belongs to everyone,\" Vámosi said.")
    assert rows(text)["speaker"].tolist() == ["Zsolt Vámosi"] * 2


def test_a_place_before_an_occupation_and_a_name_is_no_person():
    text = ("Headline\n\nIn a statement read to the court, Marsh End farmer Edith Crane, 70, said she no longer slept."
            "\n\n\"I lie awake listening for engines,\" she wrote.")
    assert rows(text)["speaker"].tolist() == ["Edith Crane"] * 2


def test_an_event_and_a_place_opened_by_al_are_no_people():
    text = ("Headline\n\nHannah Kloet won the horse class at the Wellington County Plowing Match.\n\nShe will compete "
            "at the International Plowing Match next year. \"The horses know when you're nervous,\" she said.")
    assert only(text)["speaker"] == "Hannah Kloet"
    text = ("Headline\n\nColonel Salim bin Hamad Al Rawahi told ONA that teams went to 31 sites.\n\nThree cars were "
            "swept away in Al Dakhiliyah. \"We ask everyone to wait,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Salim bin Hamad Al Rawahi"] * 2


def test_the_force_is_the_police_force_named_before_as_a_units_owner():
    text = ("Headline\n\nSergeant Carl Dunne, of Norfolk Constabulary's Rural Crime Team, said the bans would help.\n\n"
            "According to the force, reports fell to 612 last season. The force has urged anyone who sees coursing "
            "to call 999.")
    assert rows(text)["speaker"].tolist() == ["Carl Dunne", "Norfolk Constabulary", "Norfolk Constabulary"]


@pytest.mark.parametrize("source, speaker", [
    ("her owner, Carmel resident Tom Kellerman", "Tom Kellerman"),
    ("the track's historian, Lyle Brandt, who has kept records since 1988", "Lyle Brandt"),
])
def test_according_to_a_person_noun_then_a_name_set_off_is_the_named_person(source, speaker):
    text = f"Headline\n\nThe dog collapsed hours after a swim in the cove on July 27, according to {source}."
    assert only(text)["speaker"] == speaker


def test_a_place_named_after_an_areas_kind_and_of_is_no_person():
    text = ("Headline\n\nColonel Salim bin Hamad Al Rawahi told reporters that teams went to 31 sites.\n\nFloods swept "
            "through wadis in the Governorate of Al Dakhiliyah. \"We ask everyone to wait,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Salim bin Hamad Al Rawahi"] * 2


def test_a_long_title_with_for_then_a_name_and_a_relative_clause_is_the_named_persons_for_a_partial_quote():
    text = ("Headline\n\nGovernment Commissioner for the Development of the Upper Tisza Region Zsolt Vámosi, who "
            "drafted the bill, said the bank was being \"sold off plot by plot\".")
    assert only(text)["speaker"] == "Zsolt Vámosi"


def test_a_source_with_a_reflexive_is_the_source():
    text = ("Headline\n\nThe Health Ministry has drawn up a plan.\n\nThe ministry itself admits that little will "
            "change this summer.")
    assert only(text)["speaker"] == "Health Ministry"


def test_a_bodys_website_is_the_bodys():
    text = "Headline\n\nThe consultation runs until December 12, according to the Ministry of Energy's website."
    assert only(text)[["speaker", "speaker_type"]].tolist() == ["Ministry of Energy", "organization"]


def test_the_company_is_the_business_named_after_its_kind_not_the_dateline():
    text = ("Dairy to close\n\nSLAVONSKI BROD, 18 Nov 2025 (Hina) - The Danish-Swedish dairy group Nordlac will close "
            "its plant in Slavonski Brod by March, cutting 240 jobs, the company said on Tuesday.")
    assert only(text)["speaker"] == "Nordlac"


def test_the_companies_are_the_two_companies_named_before():
    text = ("Headline\n\nTulsa-based Redbud Bancorp Inc. has agreed to be acquired by Plains Ridge Financial Corp. in "
            "an all-stock deal, the companies announced Monday.\n\nThe deal needs approval from regulators. The "
            "companies said they expect it to close next year.")
    assert rows(text)["speaker"].tolist() == ["Redbud Bancorp Inc. & Plains Ridge Financial Corp."] * 2


def test_the_ordinary_first_words_of_a_bodys_name_are_no_person():
    text = ("Headline\n\nDrivers face months of delays, according to a draft plan published by East Riding of "
            "Yorkshire Council.\n\nAssociate Justice Maribel Okafor of Washington County Superior Court said the path "
            "must reopen.")
    out = rows(text)
    assert out["speaker"].tolist() == ["East Riding of Yorkshire Council", "Maribel Okafor"]


def test_a_hometown_with_its_state_before_a_relative_clause_is_no_person():
    text = ("Headline\n\nAmong those on the walk was Tina Ferraro, from Columbus, Ohio, who said it was her third "
            "tour.\n\n\"I come back for the guide,\" she said.")
    assert rows(text)["speaker"].tolist() == ["Tina Ferraro"] * 2


def test_two_titles_joined_then_a_name_and_where_it_was_said():
    text = "Headline\n\n\"This was not an easy decision,\" said Kestrel president and CEO Allan Brisbin in the release."
    assert only(text)["speaker"] == "Allan Brisbin"


def test_a_spokesperson_set_off_with_the_firm_they_work_at_is_the_named_person():
    text = ("Headline\n\nA spokeswoman for the company, Jenna Morrow of the Tulsa public relations firm Redbud "
            "Strategies, said in an email that the company regretted how workers learned of the closure.")
    assert only(text)["speaker"] == "Jenna Morrow"


def test_a_relative_with_a_given_name_set_off_is_not_another_relative():
    text = ("Headline\n\nBernard Scaife, 81, has led the tours since 1985. His daughter, Lucy Scaife, now runs the "
            "office.\n\nHis late wife, Margaret, used to tell him that he \"could frighten a lamp post\".")
    assert only(text)["speaker"] == "Margaret"


def test_a_party_member_named_by_the_party_is_the_member_named_before_with_a_tag_or_the_noun():
    text = ("Headline\n\nRep. Angela Burris, D-Tulsa, asked how a judge would know. Rep. Tom Vanderhoof, R-Ada, said "
            "the bill was fine.\n\n\"We already have a system,\" the first-term Democrat said.")
    assert rows(text)["speaker"].tolist()[-1] == "Angela Burris"
    text = ("Headline\n\nRuth Calloway, a Maryland Democrat, and Grant Ekholm, a Republican, wrote the bill. "
            "\"It works,\" the Maryland Democrat said. \"It does not,\" the Ohio Republican said.")
    assert rows(text)["speaker"].tolist() == ["Ruth Calloway", "the Ohio Republican"]


def test_the_younger_and_the_older_of_a_family_without_ages():
    text = ("Headline\n\nDonna Huckaby won the race.\n\nHuckaby's crew was her husband, Rick Huckaby, and their "
            "daughter, Megan Huckaby, a student.\n\n\"People think she is tough,\" the younger Huckaby said.")
    assert only(text)["speaker"] == "Megan Huckaby"
    text = ("Headline\n\nThe pub reopened, Mayor Jaroslav Pokorny said.\n\nThe previous landlord, Josef Pokorny, the "
            "mayor's uncle, who ran the pub for 27 years, said he had given up.\n\n\"In the end I was pouring beer for "
            "eight regulars,\" the older Pokorny said.")
    assert rows(text)["speaker"].tolist()[-1] == "Josef Pokorny"


def test_a_given_name_and_an_initial_written_twice_is_a_person():
    text = ("Headline\n\nThe court sentenced a 58-year-old amber dealer to two years.\n\nMarek K., who ran two shops, "
            "was also fined.\n\nDefence lawyer Wojciech Nalepa said his client would appeal.\n\nMarek K. declined to "
            "speak to journalists. The 58-year-old told the court last week that he had never cheated anyone.")
    assert rows(text)["speaker"].tolist() == ["Wojciech Nalepa", "Marek K."]


def test_the_lawmaker_is_the_legislator_named_before():
    text = ("Headline\n\nSen. Yousif Al-Hammadi expressed reservations about the draft law.\n\n\"We all want to "
            "protect the riders,\" the lawmaker said.")
    assert only(text)["speaker"] == "Yousif Al-Hammadi"


def test_a_bodys_page_named_by_its_kind_is_the_body_named_before():
    text = ("Headline\n\nBecva Hospital in Prerov was hit by a cyber attack on Monday.\n\nSurgeries were postponed, "
            "according to a notice on the hospital's website.\n\nThe Grove Street Basque Club is raising money. More "
            "than $40,000 has come in, according to the club's online fundraising page.")
    assert rows(text)["speaker"].tolist() == ["Becva Hospital", "Grove Street Basque Club"]


def test_a_museum_or_a_high_commission_keeps_where_it_is():
    text = ("Headline\n\nThe Sri Lanka High Commission in Dhaka said the visas would be issued. A costume can weigh 60 "
            "kilograms, according to the Regional History Museum in Pernik.")
    assert rows(text)["speaker"].tolist() == ["Sri Lanka High Commission in Dhaka", "Regional History Museum in Pernik"]


def test_an_initialism_is_the_bodys_name_with_those_initials_after_a_place():
    text = ("Headline\n\nThe Iowa Department of Natural Resources tested the lake last week.\n\nThe DNR said the water "
            "was safe to swim in.")
    assert only(text)["speaker"] == "Iowa Department of Natural Resources"


@pytest.mark.parametrize("body, sponsor", [
    ("State Rep. Dale Moreno, a Lancaster Republican who wrote the bill, told colleagues the levy cap was fair.",
     "Dale Moreno"),
    ("\"We are writing a blank check,\" said Sen. Harold Pruett, a Gainesville Republican.", "Harold Pruett"),
])
def test_a_bills_sponsor_in_a_lead_is_the_legislator_named_after(body, sponsor):
    text = ("Headline\n\nThe Ohio House voted 58-37 on Wednesday to cap library levies, sending the Senate a bill its "
            "sponsor said would give \"homeowners a breather\".\n\nLibrarians opposed it.\n\n" + body)
    assert rows(text)["speaker"].tolist()[0] == sponsor


def test_a_thing_named_after_someone_is_no_person_a_pronoun_goes_to():
    text = ("Headline\n\nGrace Lowe, 40, runs the gallery.\n\nRay Lowe said the Don Quixote mural was his idea. \"It "
            "took 40 coats,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Ray Lowe", "Ray Lowe"]
    people = [m.person.name for m in find_people(text)]
    assert "Don Quixote" not in people


def test_an_unnamed_person_from_a_place_before_who_is_the_person_not_the_place():
    text = ("Headline\n\nThe scheme began to unravel when a woman from Horwich who had been sponsoring a dog called "
            "Biscuit asked if she could visit him.")
    assert only(text)[["speaker", "speaker_type"]].tolist() == [
        "a woman from Horwich who had been sponsoring a dog called Biscuit", "anonymous"]



def test_an_acronym_ending_a_sentence_is_no_part_of_the_next_one():
    text = ("Headline\n\nOne of them was flown to Winnipeg, according to RCMP. The second man was treated and "
            "released.\n\nThe Harvest Plains Milling oat plant will stay shut. The company said the plant would "
            "reopen in May.")
    assert rows(text)["speaker"].tolist() == ["RCMP", "Harvest Plains Milling"]


@pytest.mark.parametrize("body, name", [
    ("The chairman of the Exmouth Watersports Safety Forum, Sam Ridd, said patrols were needed.", "Sam Ridd"),
    ("Head of the Department of Traumatology of the Aragats University Hospital, orthopedic surgeon Gevorg "
     "Martirosyan, noted that the price has not changed since 2019.", "Gevorg Martirosyan"),
    ("Chairman of the Standing Committee on Environmental Protection Hovhannes Hakobyan from the ruling \"Civil "
     "Contract\" faction told reporters that the committee will hold hearings.", "Hovhannes Hakobyan"),
    ("Chairperson of the Chipata Women Cross-Border Traders Cooperative, Ruth Phiri, said many of her members, who "
     "sell fish in Malawi, had been forced to sleep at the border.", "Ruth Phiri"),
])
def test_a_person_named_after_the_title_of_a_body_is_the_speaker(body, name):
    assert only("Headline\n\n" + body)["speaker"] == name


def test_a_quoted_title_inside_an_aside_keeps_the_source():
    text = ("Headline\n\nDan Okafor, a storyteller whose show \u201cEverything I Know About Bees\u201d ran at the "
            "Undercroft, said the company had stopped replying.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Dan Okafor", "the company had stopped replying")


def test_a_delegates_title_is_no_given_name():
    text = ("Headline\n\nCassandra Vell, the commissioner, said the agency had 6,180 children in care.\n\nDel. Marcus "
            "Tolliver asked Vell how many nights had been spent in the office. She said she did not have that "
            "breakdown with her.\n\nDel Harris said the figures were late.")
    speakers = rows(text)["speaker"].tolist()
    assert speakers[-2:] == ["Cassandra Vell", "Del Harris"]
    assert "Marcus Tolliver" in speakers


def test_a_co_op_is_no_person():
    text = "Headline\n\nCarol Hiebert said the fundraiser starts at the Saskatchewan Avenue Co-op this Saturday."
    assert [m.person.name for m in find_people(text)] == ["Carol Hiebert"]


def test_a_question_then_its_asker_and_where_it_was_asked():
    text = ("Headline\n\n\"What did the minister do with it?\" Mount Lorne-Southern Lakes MLA Annie Lamothe, the "
            "Opposition critic for Energy, Mines and Resources, asked during question period Wednesday afternoon.")
    assert only(text)["speaker"] == "Annie Lamothe"


def test_a_noun_after_its_owner_is_no_cue_of_the_quotation_after_it():
    text = ("Headline\n\nEnergy Minister Glen Haldane spoke first.\n\nOutside the chamber, Lamothe called the "
            "minister's answer \"a shrug dressed up as a plan.\"")
    assert only(text)["speaker"] == "Lamothe"


@pytest.mark.parametrize("body, name", [
    ("Ljupcho Arsovski, owner of the Bregalnica Konfekcija factory, said orders were lower.\n\nThe owner said the "
     "minimum wage increase had hit the sector hard.", "Ljupcho Arsovski"),
    ("Lynn Forster lives two streets away.\n\nThe 52-year-old, a former care assistant, said she had used the centre "
     "herself.", "Lynn Forster"),
    ("In Shorobe, Kgosi Kabelo Tshwenyego said the village had not seen so many sick people.", "Kabelo Tshwenyego"),
])
def test_a_person_named_before_by_a_role_an_age_or_a_chiefs_title(body, name):
    assert rows("Headline\n\n" + body)["speaker"].tolist()[-1] == name


def test_an_unnamed_lead_source_is_the_person_who_opens_the_next_paragraph():
    text = ("OQLF gives pub 30 days to fix its chalkboard\n\nThe owner of a Queen Street pub in Lennoxville says she "
            "will not be wiping the English off her chalkboard.\n\nDeborah Lachance, who has run the pub since 2003, "
            "received the letter last Tuesday.")
    assert only(text)["speaker"] == "Deborah Lachance"


def test_the_only_name_an_unnamed_source_gives_is_the_speaker():
    text = ("Headline\n\nOne of those volunteers, who asked to be named only as Rob, said 14 people had been treated."
            "\n\n\"That is about normal,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Rob", "Rob"]


def test_an_unnamed_owner_is_written_without_the_description_set_off_after():
    text = "Headline\n\nThe owner of one longtime sponsor, a Duquesne bakery, said the business would keep its sign."
    assert only(text)["speaker"] == "the owner of one longtime sponsor"


@pytest.mark.parametrize("text, said", [
    ("Wayne Fisher has raked blueberries since he was 12. He says this may be the first year he leaves them.",
     "this may be the first year he leaves them"),
    ("Prosecutor Laura Feeney said Kilbride, who traded as \"DK Heating Solutions\", had fitted 11 boilers without "
     "being registered.", "Kilbride, who traded as \"DK Heating Solutions\", had fitted 11 boilers without being "
                          "registered"),
])
def test_reported_words_that_open_with_a_modal_after_this_or_a_name_and_its_relative_clause(text, said):
    assert only("Headline\n\n" + text)["text"] == said


def test_a_source_who_asked_that_her_surname_not_be_published():
    text = ("Headline\n\nVerica, a seamstress with 26 years of experience who asked that her surname not be "
            "published, said she had been at home since September.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Verica", "she had been at home since September")


def test_an_ordinary_word_opening_a_sentence_is_nobodys_name():
    text = ("Headline\n\nThe factory will close in May. Staff leaving the site at lunchtime described the mood as "
            "\"like a funeral\". Other staff said nothing.")
    row = only(text)
    assert row["speaker_type"] != "person"


@pytest.mark.parametrize("first, again, name", [
    ("The council's cabinet member for highways, County Coun Graham Pilling, said the road would open in May.",
     "\"I understand people are frustrated,\" said County Coun Pilling.", "Graham Pilling"),
    ("Plaid Cymru MS for South Wales West Rhodri Bevan said the breakdowns were predictable.",
     "\"We were warning about this two years ago,\" said Mr Bevan.", "Rhodri Bevan"),
])
def test_a_person_named_after_a_title_or_a_seat_is_the_same_person_later(first, again, name):
    assert rows(f"Headline\n\n{first}\n\n{again}")["speaker"].tolist() == [name, name]


def test_a_nickname_inside_a_name_after_a_quotation():
    text = "Headline\n\n\"Long lines forward and back,\" Marjorie \"Midge\" Thibault said into the microphone."
    assert only(text)["speaker"] == "Marjorie Thibault"


def test_a_place_before_an_occupation_is_no_person_and_the_lead_source_is_named_next():
    text = ("Headline\n\nAn Elizabethtown-Kitley Township dairy farmer says a drone had been buzzing his calf barn."
            "\n\nGordon Kerr, 61, took the stand Tuesday.")
    assert only(text)["speaker"] == "Gordon Kerr"


def test_a_group_and_its_relative_clause_opening_the_sentence_says_both_things():
    text = ("Headline\n\nPrivate minibus operators, who had asked for 35 soms, called the decision \"a death sentence "
            "for the marshrutka\" and warned that some routes could stop running.")
    # (what the relative clause asked for is a report of its own, cut at the comma before the main clause's verb)
    assert rows(text)["speaker"].tolist() == ["Private minibus operators"] * 3


def test_a_second_verb_goes_with_the_first_verbs_subject_and_its_appositive():
    text = ("Headline\n\nFernando Sapalo, chairman of the municipal council, was sentenced to four years.\n\nIn "
            "Cubal, the chairman of the parents' and guardians' commission of the municipality's schools, Tomás "
            "Cassinda, welcomed the verdict but said the money should be returned to the schools.")
    assert set(rows(text)["speaker"]) == {"Tomás Cassinda"}


def test_a_dateline_with_an_agency_and_a_colon_is_no_subject():
    text = ("Headline\n\nLilongwe, December 4, Mana: Chairperson of the Parliamentary Committee on Agriculture, "
            "Honourable Felix Kamwendo, has faulted the Ministry of Agriculture over delays in the delivery of "
            "fertilizer, saying thousands of farmers risk planting without basal dressing.")
    assert only(text)["speaker"] == "Felix Kamwendo"


def test_an_age_and_a_description_with_a_name_of_a_place():
    text = ("Headline\n\nAlun Jenkins was winched to safety on Sunday.\n\nThe 61-year-old, a retired electrician at "
            "the Trostre tinplate works, said he had no intention of giving up sailing.")
    assert only(text)["speaker"] == "Alun Jenkins"


def test_she_after_an_unnamed_source_at_a_place_of_work():
    text = ("Headline\n\nCouncillor Asha Devlin said her committee would ask for a pause.\n\nA senior nurse on the "
            "stroke ward, who asked not to be named, told the Express & Star that staff were \"running on goodwill\"."
            "\n\n\"Some of us would rather work in a bigger team,\" she said.")
    assert rows(text)["speaker"].tolist()[-1] == "A senior nurse on the stroke ward"


def test_a_lead_source_after_a_standfirst_is_the_person_named_next():
    text = ("Drone hovered over my calves, farmer tells court\n\nDefence says client was protecting his herd\n\nAn "
            "Elizabethtown-Kitley Township dairy farmer says a neighbour's drone had been buzzing his calf barn.\n\n"
            "Gordon Kerr, 61, took the stand Tuesday in Ontario Court in Brockville.")
    assert rows(text)["speaker"].tolist()[-1] == "Gordon Kerr"


def test_a_companys_first_word_alone_is_the_company():
    text = ("Headline\n\nKessler Aero Structures will lay off about 420 workers at its Wichita plant.\n\nThe cuts "
            "amount to a quarter of the workforce, according to a notice Kessler filed with the state.")
    assert only(text)[["speaker", "speaker_type"]].tolist() == ["Kessler Aero Structures", "organization"]


def test_the_company_is_no_ordinary_word_opening_a_standfirst():
    text = ("Kelmar Coatings to close Brockville plant\n\nCompany blames falling orders and tariffs\n\nWorkers at "
            "Kelmar Coatings learned Thursday that the plant will close.\n\nThe company, which makes coatings, said in "
            "a statement that the operation was \"no longer sustainable.\"")
    assert rows(text)["speaker"].tolist()[-1] != "Company"


def test_a_document_closing_the_first_sentence_is_no_person_named_next():
    text = ("Headline\n\nThe company will lay off about 420 workers, a notice said.\n\nDarnell Pruitt, 51, said "
            "workers had expected the cuts.")
    assert rows(text)["speaker"].tolist()[0] != "Darnell Pruitt"


def test_her_father_is_the_man_she_was_introduced_as_the_daughter_of():
    text = ("Headline\n\nErnesto Trujillo, 79, still paints cars. \"Paint is cheap,\" Trujillo said.\n\nHis daughter, "
            "Celina Trujillo, 52, who keeps the books, said her father still works six days a week.\n\nShe said the "
            "family had turned down offers because her mother, Pauline, who died in 2021, wanted the car to stay in "
            "New Mexico.\n\nHer father said the mural was Pauline's idea.")
    assert rows(text)["speaker"].tolist()[-1] == "Ernesto Trujillo"


def test_a_trailing_cue_reports_a_clause_holding_a_request():
    text = ("Headline\n\nWard chairman Tran Van Long said three contractors were fined on Monday.\n\nThe ward has "
            "also asked the owners of 17 other sites to drain standing water by the end of September, Long said.")
    out = rows(text)
    whole = out[out["text"].str.startswith("The ward has also asked")]
    assert whole["speaker"].tolist() == ["Tran Van Long"]
    assert not out["text"].str.contains("Long said").any()


def test_a_surname_that_is_also_an_adverb_is_a_subject():
    text = "Headline\n\nThe fines were issued by the end of September, Long said."
    assert only(text)["speaker_mention"] == "Long"


def test_the_coroner_is_the_assistant_coroner_named_before():
    text = ("Headline\n\nThe coroner asked Dr Fiona Marchetti whether the delay had contributed to the death.\n\n"
            "Recording a narrative conclusion, assistant coroner Rebecca Hadley-Moss said the woman died of natural "
            "causes.\n\n\"This is the third inquest I have heard,\" the coroner said.")
    assert rows(text)["speaker"].tolist()[-1] == "Rebecca Hadley-Moss"


def test_the_doctor_is_the_doctor_named_with_a_deputy_role():
    text = ("Headline\n\nThe number of patients has doubled, said Dr Nguyen Thi Minh Chau, deputy head of the "
            "hospital's Tropical Diseases Centre.\n\nThe doctor said the hospital has set aside two more wards.")
    assert rows(text)["speaker"].tolist()[-1] == "Nguyen Thi Minh Chau"


def test_a_councillors_party_and_ward_in_brackets_are_no_person():
    text = ("Headline\n\nCllr Ebbage's wife, Cllr Linda Ebbage (Lib Dem, Springfield North), declared an interest "
            "and left the chamber before the vote. She said afterwards she had stepped out \"because it's the right "
            "thing to do\".\n\nThe motion, tabled by Cllr Diane Prewer (Con, Great Baddow East), accused the leader "
            "of \"keeping councillors in the dark\".")
    assert rows(text)["speaker"].tolist()[-2:] == ["Linda Ebbage", "Diane Prewer"]


def test_a_nationality_before_demand_and_a_modal_is_no_cue():
    text = ("Headline\n\nMost plants were built on the bet that Chinese demand would keep climbing, analyst Cheryl "
            "Anand said.")
    assert "Chinese" not in rows(text)["speaker"].tolist()


@pytest.mark.parametrize("body", ["The Bath Buskers' Collective", "The Farmers’ Union of Wales"])
def test_a_plurals_possessive_inside_a_bodys_name(body):
    out = only(f"Headline\n\n{body} says the ban will make it impossible for many members to earn a living.")
    assert (out["speaker"], out["speaker_type"]) == (body.removeprefix("The "), "organization")


def test_the_family_by_its_surname_is_the_family():
    text = ("Headline\n\nMargaret Tovey, 91, died in hospital.\n\nIn a statement, the Tovey family said: \"Mum was "
            "independent.\"")
    assert only(text)[["speaker", "speaker_type"]].tolist() == ["Tovey family", "organization"]


def test_his_or_her_excellency_before_a_role():
    text = ("Headline\n\nMinister of State for International Cooperation Fatima bint Saad Al Kuwari said the aid had "
            "arrived.\n\nIn a statement to QNA, HE the Minister of State said: \"Qatar stands with Somalia.\"")
    assert rows(text)["speaker"].tolist() == ["Fatima bint Saad Al Kuwari"] * 2


def test_a_document_and_its_relative_clause():
    text = ("Headline\n\nThe order, a copy of which was reviewed by The Bee, describes the land as \"state property\"."
            "\n\nNotices would be used only \"as a last resort\", according to the report that went before cabinet.")
    assert rows(text)["speaker"].tolist() == ["the order", "the report"]


def test_an_anonymous_source_whose_reason_holds_a_verb():
    text = ("Headline\n\nA crew member who spoke on the condition of anonymity because he was not authorized to talk "
            "to reporters told the News Tribune the steering problem lasted \"maybe a minute.\"")
    assert "crew member" in only(text)["speaker"]


def test_a_role_and_a_name_of_a_body():
    text = ("Headline\n\nTenant organizer Jess Amankwah of the Kingston Renters’ Network warned the decision would "
            "mean “open season” on students.")
    assert only(text)["speaker"] == "Jess Amankwah"


def test_an_athletes_epithet_is_the_athlete_just_named():
    text = ("Headline\n\nSpeaking after the ceremony, Elvin Gurbanli said he had dedicated the victory to his family."
            "\n\n\"Eight months ago I could not climb the stairs,\" the athlete said.\n\nNika Kapanadze, who won "
            "silver, praised his opponent. \"He was faster than me today,\" the Georgian judoka said.")
    assert rows(text)["speaker"].tolist() == ["Elvin Gurbanli", "Elvin Gurbanli", "Nika Kapanadze"]


def test_rev_without_a_point_is_a_title():
    text = ("Headline\n\nThe Rev Janet Ollerhead, who chairs the group, said churches had been given notice.\n\n"
            "Rev Ollerhead said the group would meet on Monday.")
    assert rows(text)["speaker"].tolist() == ["Janet Ollerhead"] * 2


def test_a_description_set_off_before_a_title_and_name_gives_the_role():
    people = find_people("It opened.\n\nThe senior coroner for Leicester City, Dr Catherine Wragg, said it.")
    assert {"senior", "coroner"} <= people[0].person.roles


def test_a_given_names_relative_takes_the_family_name():
    text = ("Headline\n\nHis son, Mark Underhill, said his father never sold a fly.\n\nIt was Mark's daughter, "
            "Brooke, who pushed for the donation. She said she started the account \"as a joke.\"")
    assert rows(text)["speaker"].tolist()[-1] == "Brooke Underhill"


def test_a_long_title_in_capitals_after_said():
    text = ("Headline\n\n\"The fire was walking boat to boat,\" said Bedford County Department of Fire and Rescue "
            "Deputy Chief of Operations Kenneth Saunders.")
    assert only(text)["speaker"] == "Kenneth Saunders"


def test_people_for_a_role_are_not_the_role():
    text = ("Headline\n\nEloy Martinez, 71, said the well had dropped.\n\nAt a hearing, hydrologists for the State "
            "Engineer dismissed his observations as \"anecdotal.\"")
    assert rows(text)["speaker"].tolist()[-1] == "hydrologists for the State Engineer"


def test_told_the_court_a_name_and_its_relative_clause_then_the_verb():
    text = ("Headline\n\nMitigating, David Okonjo told the court Rowbotham, who has no previous convictions, had "
            "worked as a scaffolder since leaving school.")
    assert only(text)["text"].startswith("Rowbotham, who has no previous convictions, had worked")


def test_told_an_addressee_after_a_time_clause_that():
    text = ("Headline\n\nProsecutor Damir Zelic told reporters after the verdict was announced that the office would "
            "decide on an appeal.")
    assert only(text)["text"] == "the office would decide on an appeal"


def test_eng_with_a_point_is_a_title_inside_a_sentence():
    text = ("Headline\n\nThe director of the corporation, Eng. Fuad Abdo Nasser, told Saba that the corporation would "
            "publish a daily schedule.")
    assert only(text)["speaker"] == "Fuad Abdo Nasser"


def test_a_nickname_aside_between_the_name_and_said():
    text = ("Headline\n\nThe centre's chief restorer, Salem Omar Baabbad, known to the staff as \"the paper doctor\", "
            "said about a third of the manuscripts had needed treatment.")
    out = rows(text)
    assert out[["speaker", "text"]].values.tolist() == [
        ["Salem Omar Baabbad", "about a third of the manuscripts had needed treatment"]]


def test_early_before_a_noun_and_its_verb_opens_the_clause():
    text = "Headline\n\nJamie Sutherland would not discuss the case but said early fishing is a sore point."
    assert only(text)["text"] == "early fishing is a sore point"


def test_said_after_bin_is_a_name_not_a_verb_in_title_case():
    text = ("Headline\n\nEng. Ahmed bin Said Al Mashani, Director of the Department at the Authority, said the "
            "turtles were back.")
    assert only(text)["speaker"] == "Ahmed bin Said Al Mashani"


def test_a_body_known_as_its_letters_stays_the_subject():
    out = only("Headline\n\nThe regulator, known locally as the ALT, said in a statement it would convene a meeting.")
    assert out["speaker_mention"] == "The regulator, known locally as the ALT"


def test_the_minister_is_the_one_described_as_minister_before_his_name():
    text = ("Headline\n\nThe Cabinet, in its session chaired by Prime Minister Dr. Abdulraqeeb al-Haddad, reviewed a "
            "report presented by the Minister of Electricity and Energy, Eng. Mohsen Ali Barakat.\n\nThe minister "
            "explained that the plan covers the purchase of diesel for three months.")
    assert rows(text)["speaker"].tolist()[-1] == "Mohsen Ali Barakat"


def test_back_at_a_place_opens_a_sentence_before_its_subject():
    text = ("Headline\n\nBack at Bishops Frome, Mr Bayliss said he would keep his yards going, and insisted there was "
            "still a future for English hops.")
    assert rows(text)["speaker"].tolist() == ["Bayliss", "Bayliss"]


def test_a_role_of_a_body_opening_the_sentence_before_the_name():
    text = ("Headline\n\nHead coach of Azerbaijan's men's judo team Farid Mammadli said the victory was \"the result "
            "of patient work\". According to the coach, the doctors had decided not to rush him back.")
    assert rows(text)["speaker"].tolist() == ["Farid Mammadli", "Farid Mammadli"]


@pytest.mark.parametrize("record, body", [("the council's planning portal", "North Lincolnshire Council"),
                                          ("the ambulance service's call log", "South Western Ambulance Service")])
def test_a_bodys_record_by_its_kind_is_the_body(record, body):
    text = f"Headline\n\n{body} said it was busy.\n\nThe case was a category 3 call, according to {record}."
    assert rows(text)["speaker"].tolist() == [body, body]


def test_figures_published_by_a_department_with_and_in_its_name():
    text = ("Headline\n\nThe Department of Agriculture, Environment and Rural Affairs said it was monitoring prices."
            "\n\nLamb prices fell by 12 per cent, according to figures published by the department in January.")
    assert rows(text)["speaker"].tolist() == ["Department of Agriculture, Environment and Rural Affairs"] * 2


def test_a_campaigns_name_opening_with_save_is_no_person():
    text = ("Headline\n\nThe campaign group Save Dale View said it would fight.\n\nAccording to the campaign, a "
            "petition had gathered 5,600 signatures.")
    assert rows(text)[["speaker", "speaker_type"]].values.tolist() == [["Save Dale View", "organization"]] * 2


def test_a_body_named_after_a_sentences_opening_article():
    text = ("Headline\n\nA Home Ministry official, who spoke on condition of anonymity, said rescue teams had been "
            "sent.\n\nMore than 200 people have died, according to the ministry's disaster information portal.")
    assert rows(text)["speaker"].tolist()[-1] == "Home Ministry"


def test_a_plurals_possessive_body_is_no_person_for_he():
    text = ("Headline\n\nThe Bath Buskers' Collective says the ban is unfair.\n\nIts spokesman, the guitarist Tom "
            "Ferrabee, has played in the city for 14 years.\n\n\"You set up, you find your crowd,\" he said.\n\nThe "
            "collective says it will hold a protest on March 28.")
    assert rows(text)["speaker"].tolist() == ["Bath Buskers' Collective", "Tom Ferrabee", "Bath Buskers' Collective"]


def test_an_occupation_opening_a_sentence_before_a_name():
    assert only("Headline\n\nHarpist Maisie Okafor said she was most worried about the Abbey.")["speaker"] \
        == "Maisie Okafor"


def test_the_commander_is_the_one_named_in_a_title_case_description():
    text = ("Headline\n\nScottish Fire and Rescue Service Group Commander for Glasgow City South, Stephen Rennie, said "
            "crews faced difficult conditions.\n\nThe Paphos-born aunt, Eleni Georgiou, said she had left her goats."
            "\n\nThe group commander said the cause of the fire was not yet known.")
    assert rows(text)["speaker"].tolist()[-1] == "Stephen Rennie"


def test_a_year_before_a_document_noun_is_no_subject():
    text = ("Headline\n\nA 2023 report by the Maryland Office of the Inspector General first flagged the problem, "
            "saying the funds were missing.")
    assert "A 2023" != only(text)["speaker"]


def test_an_occupation_before_a_name_the_census_lacks():
    assert only("Headline\n\nFarmer Bhim Bahadur Limbu of Mai Jogmai said the rain was late.")["speaker"] \
        == "Bhim Bahadur Limbu"


@pytest.mark.parametrize("sentence, content", [
    ("Hillary Clinton is continuing to insist she will release the transcripts.", "she will release the transcripts"),
    ("The Saudis have warned they could sell off their assets.", "they could sell off their assets"),
    ("Cruz has said for weeks he is the only candidate who can win.", "he is the only candidate who can win")])
def test_a_clause_after_a_continuing_cue_a_warning_or_a_span_of_time(sentence, content):
    assert only(f"Headline\n\n{sentence}")["text"] == content


@pytest.mark.parametrize("sentence", [
    'A sign taped to the skywalk doors last week read "Closed for inspection - use street level."',
    'By midmorning, someone had scrawled "FREE KESS" in the frost on a railing.',
    'He taped a handwritten sign to the front counter Wednesday morning that read "DALE K. - 900."'])
def test_a_signs_words_or_graffiti_are_no_attribution(sentence):
    assert rows(f"Headline\n\nMayor Jane Halvorsen said the skywalk mattered.\n\n{sentence}")["speaker"].tolist() \
        == ["Jane Halvorsen"]


def test_a_description_the_text_gave_before_a_name_is_that_person():
    text = ("Headline\n\nWarrington Borough Council's cabinet member for communities and neighbourhoods, Cllr Ian "
            "Marsden, said he understood the strength of feeling.\n\nRSIS fellow Lim Shu Wen said the risk was high."
            "\n\nThe cabinet member added that officers were talking to businesses. The RSIS fellow said that talks "
            "would continue.")
    assert rows(text)["speaker"].tolist()[-2:] == ["Ian Marsden", "Lim Shu Wen"]


def test_a_bench_or_a_document_is_not_the_person_named_after_its_noun():
    text = ("Headline\n\nA bench of Justice Kavita Nahar and Justice Anil Mehta heard the petition.\n\n\"Lives have "
            "been lost,\" the bench said in its order.")
    assert rows(text)["speaker"].tolist() != ["Kavita Nahar"]


def test_the_company_after_a_dateline_opening_the_sentence():
    text = ("Headline\n\nEAST PEORIA — Illini Valley Hydraulics will lay off 140 of the 310 workers at its East Peoria "
            "plant after its largest customer canceled an order, the company said Tuesday.")
    assert only(text)["speaker"] == "Illini Valley Hydraulics"


def test_the_company_is_the_business_whose_workers_the_text_names():
    text = ("Headline\n\nWorkers at Kelmar Coatings learned Thursday morning that the plant will close.\n\nThe "
            "company, which makes protective coatings, said in a statement that the operation was \"no longer "
            "sustainable.\"\n\nMayor Carol Pettigrew said the city had contacted the company.")
    assert rows(text)["speaker"].tolist()[0] == "Kelmar Coatings"


def test_a_place_before_plant_is_no_business():
    text = ("Headline\n\nPrairie Pulse Ingredients will idle its Moose Jaw plant, the company announced Tuesday.\n\n"
            "Analyst Cheryl Anand said the Moose Jaw plant is one of four to cut production.\n\nThe company said the "
            "remaining employees would keep the plant in care and maintenance.")
    assert rows(text)["speaker"].tolist()[-1] == "Prairie Pulse Ingredients"


def test_a_latin_singular_body_name_is_no_group_of_people():
    text = "Headline\n\nNexus, which runs the ferry, said the service would stop from January 5."
    assert only(text)["speaker"] == "Nexus"


def test_the_body_is_the_body_that_spoke_before():
    text = ("Headline\n\nThe Scottish Ambulance Service said the change would improve cover across the region.\n\n"
            "The body said the pontoon had reached \"the end of its working life\".")
    assert rows(text)["speaker"].tolist() == ["Scottish Ambulance Service"] * 2


@pytest.mark.parametrize("source, body", [
    ("HM Revenue and Customs trade figures", "HM Revenue and Customs"), ("DEQ monitoring data", "DEQ")])
def test_a_bodys_figures_about_a_topic_are_the_bodys(source, body):
    assert only(f"Headline\n\nExports of whisky fell by 31 per cent last year, according to {source}.")["speaker"] \
        == body


def test_a_legislature_is_no_person():
    people = find_people("Headline\n\nThe Legislature's top budget writer called the request a bailout.")
    assert [mt.person.name for mt in people] == []


def test_a_long_title_before_a_name_makes_her_the_subject_a_pronoun_then_names():
    text = ("Headline\n\nNexus director Karen Whitfield said: \"We know.\"\n\nAsked whether tickets would be "
            "accepted, Ms Whitfield said they would.\n\nLeader of South Tyneside Council Coun Margaret Lennox has "
            "written to Nexus asking it to keep the ferry running.\n\nShe said: \"The ferry is not a tourist "
            "attraction.\"")
    assert rows(text)["speaker"].tolist()[-1] == "Margaret Lennox"


def test_a_relative_by_given_name_takes_no_family_name_from_a_title_its_owner_may_bear():
    # "Ms Whitfield" is Karen Whitfield herself; Chloe is Lynne Gardner's daughter, whose family name she bears
    text = ("Headline\n\nNexus director Karen Whitfield said the crossing would close.\n\nFor Lynne Gardner, 47, a "
            "care assistant, the closure will add an hour to her day.\n\nHer daughter Chloe, 19, said many of her "
            "friends could not afford the fares.\n\nMs Whitfield said tickets would be accepted.")
    assert rows(text)["speaker"].tolist()[1] == "Chloe Gardner"


def test_a_relative_set_off_by_commas_takes_the_family_name_a_title_of_their_gender_gives():
    text = ("Headline\n\nMairi Macleod, 47, has worked on the filleting line for 16 years. Her husband, Angus, drives "
            "one of the company's lorries.\n\n\"Both our wages come out of that building,\" she said.\n\nMr Macleod "
            "said the couple had heard rumours since the summer.\n\n\"We'll fight for it,\" Mrs Macleod said.")
    assert rows(text)["speaker"].tolist() == ["Mairi Macleod", "Angus Macleod", "Mairi Macleod"]


def test_a_courtesy_title_goes_to_the_holder_of_its_gender_a_kin_noun_gave():
    text = ("Headline\n\nFor 62 summers, Margaret Ferris has sat in the same wooden hut at the Priory Fields ground."
            "\n\nShe has scored three generations of her own family, now her grandson, Callum, who captains the "
            "first XI.\n\nCallum Ferris, 24, said his grandmother was \"the most feared person at the club\".\n\n"
            "Mrs Ferris is unconvinced by the technology.\n\n\"I tried one of those apps once,\" she says.")
    assert rows(text)["speaker"].tolist() == ["Callum Ferris", "Margaret Ferris"]


def test_a_place_named_like_a_person_after_the_is_no_person():
    assert [mt.person.name for mt in find_people("Headline\n\nShe sat at the edge of the Priory Fields ground.")] \
        == []


def test_a_town_and_its_office_before_a_name_after_to():
    people = find_people("Headline\n\nThat was news to Creighton Mayor Doreen Kachur, who said her town learned of it.")
    assert [mt.person.name for mt in people] == ["Doreen Kachur"]


def test_the_county_is_the_county_not_its_manager_nor_a_facility_it_runs():
    text = ("Headline\n\nResidents will have to use clear bags under a bylaw Oxford County council approved last "
            "week.\n\nBags will be left behind, said Priya Raman, the county’s manager of waste management.\n\nThe "
            "Oxford County Waste Management Facility near Salford is on track to fill up by the early 2050s.\n\n"
            "Retired nurse Margaret Szabo said she did not want her neighbours “reading my mail off the curb.”\n\n"
            "The county says staff will not open bags.")
    assert rows(text)["speaker"].tolist()[-1] == "Oxford County"


def test_the_city_is_no_city_councilor():
    text = ("Headline\n\nCity Councilor Jeannette Harjo said the program had exposed how few options people have."
            "\n\nThe program operates from 7 p.m. to 7 a.m., when clinics are closed, according to the city.")
    assert rows(text)["speaker"].tolist()[-1] == "the city"


@pytest.mark.parametrize("sentence, source", [
    ("Here is what the new rule means and why the county says it needs it.", "the county"),
    ("The report explained how the firm says it will pay the debt.", "the firm")])
def test_why_or_how_opens_a_clause_before_the_subject(sentence, source):
    assert rows(f"Headline\n\n{sentence}")["speaker_mention"].tolist()[-1].lower() == source


def test_a_role_at_a_body_written_with_a_is_someone_new():
    text = ("Headline\n\nBags will be left behind, said Priya Raman, the county’s manager of waste management.\n\n"
            "The manager of a Broadway hardware store, who asked that her name not be used, said clear bags had been "
            "selling out since the vote.")
    assert rows(text)["speaker"].tolist()[-1] != "Priya Raman"


@pytest.mark.parametrize("text, name", [
    ("Chief physician of the centre, Excellent Worker of Health Care of the Republic of Tajikistan Saodat Nurova "
     "told reporters the centre has a unit.", "Saodat Nurova"),
    ("He met Honoured Artist of Uzbekistan Saodat Nurova.", "Saodat Nurova"),
    ("Deputy Minister of Health Aida Kurmanbekova said it.", "Aida Kurmanbekova")])
def test_an_honorary_title_of_ordinary_words_is_no_name(text, name):
    assert [mt.person.name for mt in find_people(f"Headline\n\n{text}")] == [name]


@pytest.mark.parametrize("text, name", [
    ("Wichita police Officer Derek Sallee testified that he found him conscious. The officer said a bystander had "
     "used a rake.", "Derek Sallee"),
    ("Cabinet member for housing and communities, Cllr Naveed Bashir, said the council faced choices.\n\n\"We "
     "would have built on it,\" Cllr Bashir said.\n\nThe cabinet member insisted that no plot holder would be left "
     "without somewhere to grow.", "Naveed Bashir")])
def test_a_description_capitalised_as_a_title_or_to_open_a_sentence_still_names(text, name):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist()[-1] == name


def test_one_word_before_which_is_a_body():
    row = only("Headline\n\nNexus, which runs the ferry, said the service would stop from January 5.")
    assert (row["speaker"], row["speaker_type"]) == ("Nexus", "organization")


def test_a_trailing_cue_with_a_date_in_brackets():
    text = "Headline\n\nHosmer Ridge Coal will lay off 210 workers at its mine, the company announced Monday (Jan. 12)."
    assert only(text)["speaker"] == "Hosmer Ridge Coal"


def test_the_company_is_not_the_customer_its_own_clause_names():
    text = ("Headline\n\nHosmer Ridge Coal will lay off 210 workers at its mine, the company announced Monday (Jan. "
            "12).\n\nIn a news release, the Calgary-based company said Gwangan Steel will stop taking coal from the "
            "mine.\n\n\"This is not a decision we wanted,\" president and CEO Brent Okafor said in the release.")
    assert rows(text)["speaker"].tolist() == ["Hosmer Ridge Coal", "Hosmer Ridge Coal", "Brent Okafor"]


@pytest.mark.parametrize("cue, speaker", [
    ("president and CEO Brent Okafor said", "Brent Okafor"), ("owner and chef Brent Okafor said", "Brent Okafor")])
def test_a_lower_case_title_joined_by_and_before_the_name(cue, speaker):
    assert only(f"Headline\n\n\"This is not a decision we wanted,\" {cue}.")["speaker"] == speaker


def test_a_quotation_then_and_a_person_saying_is_not_that_persons():
    text = "Headline\n\nTed Cruz accuses Obama of \"leading from behind\" and Donald Trump says he is ready."
    assert rows(text)["speaker"].tolist()[0] == "Ted Cruz"


def test_a_gaelic_bodys_name_is_no_person():
    people = find_people("Headline\n\nComhairle nan Eilean Siar backed its third Gaelic Language Plan by 19 votes to "
                         "eight.\n\nCouncil leader Cllr Kenneth Morrison said it was a good day.")
    assert [mt.person.name for mt in people] == ["Kenneth Morrison"]


def test_a_partial_quote_in_a_clause_joined_by_and_is_that_clauses_subjects():
    text = ("Headline\n\nSeven inmates at Drumheller Institution have now tested positive for active tuberculosis, and "
            "the union representing correctional officers at the federal prison says its members have been \"left "
            "guessing\" about the risk.")
    assert only(text)["speaker_mention"].startswith("the union")


def test_the_filing_is_the_body_that_spoke_in_a_filing_after_its_addressee():
    text = ("Headline\n\nDaesan Precision Co., which makes seat frames, told the Korea Exchange in a regulatory filing "
            "on Wednesday that it had \"withdrawn from the Alabama investment\" because of rising costs.\n\nThe "
            "filing said the company would write off about 41 billion won.")
    assert rows(text)["speaker"].tolist() == ["Daesan Precision Co."] * 2


def test_a_processor_is_a_company():
    text = ("Headline\n\nPrairie Pulse Ingredients will idle its plant in Moose Jaw, the company announced Tuesday.\n\n"
            "In a statement, the Saskatoon-based processor blamed the tariff China placed on Canadian peas.")
    assert rows(text)["speaker"].tolist() == ["Prairie Pulse Ingredients"] * 2


def test_the_indictment_is_the_prosecutors_office_the_story_names():
    text = ("Headline\n\nThe court sentenced the former administrator to eight years in prison.\n\nAccording to the "
            "indictment, part of the food paid for by the municipality never reached the schools.\n\nThe Public "
            "Prosecutor's Office said it was satisfied with the verdict.")
    assert rows(text)["speaker"].tolist() == ["Public Prosecutor's Office"] * 2


def test_the_indictment_is_no_prosecutor_named_with_an_office():
    text = ("Headline\n\nProsecutor Jonas Imhof of the Office of the Attorney General of Switzerland told the court "
            "the payments were bribes.\n\nAccording to the indictment, Valtrade channelled the payments through a "
            "consultancy.")
    assert rows(text)["speaker"].tolist()[-1] != "Jonas Imhof"


def test_a_role_a_copula_gives_before_a_name():
    text = ("Headline\n\nHer coach is her uncle, Tiaon Kaiea, a former national lifter.\n\n\"When Tia came to me she "
            "was 12,\" said the coach.")
    assert only(text)["speaker"] == "Tiaon Kaiea"


def test_an_age_description_with_where_the_person_is_from():
    text = ("Headline\n\n\"The price was fixed in Dakar,\" the president of the federation, Lamine Mané, told APS.\n\n"
            "\"It must come back to the table with us,\" the 58-year-old farmer from Bounkiling said.")
    assert rows(text)["speaker"].tolist() == ["Lamine Mané"] * 2


def test_told_an_addressee_then_a_described_subject_set_off_by_a_relative_clause():
    text = ("Headline\n\nDefence lawyer Colleen Abernathy told the court the 61-year-old, who has a heart condition, "
            "had sold two of his horses to cover legal costs.")
    assert only(text)["text"] == ("the 61-year-old, who has a heart condition, had sold two of his horses to cover "
                                  "legal costs")


def test_a_statement_noun_before_a_relative_clause_reports_nothing():
    text = ("Headline\n\nProspector Tom Creighton is said to have had a battered copy with him when he staked the "
            "claims that gave the city its name.")
    assert rows(text).empty


@pytest.mark.parametrize("source, speaker", [
    ("The Save Henbury Fields group, which gathered 2,300 objections,", "Save Henbury Fields"),
    ("The Liberal Democrat group, which has three seats on the council,", "Liberal Democrat group")])
def test_a_campaigns_name_before_group_but_not_a_partys(source, speaker):
    assert only(f"Headline\n\n{source} said it was taking legal advice.")["speaker"] == speaker


def test_an_unnamed_relative_is_named_by_whose_relative_it_is():
    text = ("Headline\n\nNolan Bighetty, 17, plays the prospector in the show.\n\nHis mother, who drives him to "
            "rehearsals three nights a week, said she has not seen him this excited.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Nolan Bighetty's mother", "anonymous")


def test_a_dashed_aside_after_and_is_no_joined_clauses_subject():
    text = ("Headline\n\nMr. Obama leaves a raft of new rules, and an aggressive - some say unrealistic - pledge made "
            "in Paris to cut emissions 80 percent by 2050.")
    assert "an aggressive - some" not in rows(text)["speaker_mention"].tolist()


def test_a_bodys_press_service_speaks_for_the_body():
    text = ("Headline\n\nThe Jizzakh Regional Court for Criminal Cases has sentenced the former head of the branch to "
            "eight years in prison, the press service of the court reported.")
    assert only(text)["speaker"] == "Jizzakh Regional Court for Criminal Cases"


def test_the_official_is_the_office_holder_who_just_spoke():
    text = ("Headline\n\nThe decree was signed last Friday by the minister, Isabel Cangombe.\n\n\"We cannot fish "
            "today what should be caught tomorrow,\" said Isabel Cangombe.\n\nThe official announced that the "
            "Government will allocate 1.2 billion Kwanzas to support families.")
    assert rows(text)["speaker"].tolist() == ["Isabel Cangombe"] * 2


def test_the_official_is_the_unnamed_official_the_text_introduced():
    text = ("Headline\n\nOne official involved in the project said the note had circulated narrowly.\n\nMinister "
            "Stéphanie Lavoie-Dunn said the figure was a worst case.\n\nThe official said the figure had been "
            "included for safety.")
    assert rows(text)["speaker"].tolist()[-1] != "Stéphanie Lavoie-Dunn"


def test_a_document_of_a_body_with_and_in_its_name_is_the_bodys():
    text = ("Headline\n\nRIVERTON — State lawmakers on Tuesday pressed Wyoming Game and Fish Department officials to "
            "explain delays.\n\nThe lab tested 9,412 samples last season, according to the department's annual "
            "surveillance report.")
    assert only(text)["speaker"] == "Wyoming Game and Fish Department"


def test_a_kind_noun_after_a_clause_opened_by_a_long_name_is_that_body():
    text = ("Headline\n\nClark Fork Recovery House will cut its beds from 16 to eight later this month, the nonprofit "
            "announced Monday.")
    assert only(text)["speaker"] == "Clark Fork Recovery House"


def test_its_press_service_after_a_clause_about_a_body_is_the_bodys():
    text = ("Headline\n\nA bill on private schools passed its first reading.\n\nThe Ministry of Education and Science "
            "supported the bill in general but proposed several amendments, its press service said.")
    assert only(text)["speaker"] == "Ministry of Education and Science"


def test_a_bodys_short_name_is_its_full_name_going_on_with_of():
    text = ("Headline\n\nMore than 1,200 trucks were queuing at the checkpoint on Monday, the Border Service of the "
            "State Committee for National Security said.\n\nPassenger cars were crossing without delays, the Border "
            "Service added.")
    assert rows(text)["speaker"].tolist() == ["Border Service of the State Committee for National Security"] * 2


def test_she_after_an_unnamed_woman_who_spoke_is_that_woman():
    text = ("Headline\n\nThe woman, a 34-year-old from Leeds who was not named at the hearing, said in a written "
            "statement that she had been stuck.\n\n\"I will never forget that he came back for me,\" she said.")
    assert rows(text)["speaker"].tolist() == ["the woman"] * 2


def test_a_title_before_a_name_set_off_after_a_role_keeps_the_name_not_a_later_body():
    text = ("Headline\n\nThe trust's chairman, Cdr Gerald Tonkin, a retired Royal Navy officer, said a full review "
            "would be carried out.\n\n\"We will look at every decision,\" Cdr Tonkin said.")
    assert rows(text)["speaker"].tolist() == ["Gerald Tonkin"] * 2


def test_so_far_inside_a_reported_clause_opens_no_subject():
    text = ("Headline\n\nCdr Gerald Tonkin said a review would follow.\n\nHe said nothing he had seen so far suggested "
            "the ship had been \"anywhere she shouldn't have been\".")
    assert rows(text)["speaker"].tolist() == ["Gerald Tonkin"] * 2


def test_a_clock_time_inside_a_documents_subject_and_its_makers_initials():
    text = ("Headline\n\nThe City and Borough of Juneau said the road was closed.\n\nA CBJ text alert sent to Thane "
            "Road residents at 5:12 a.m. warned them to \"stay inside and stay off the road.\"")
    assert rows(text)["speaker"].tolist() == ["City and Borough of Juneau"] * 2


def test_the_agency_after_a_body_whose_head_is_protection():
    text = ("Headline\n\nSWEETGRASS, Mont. — The port will close overnight starting May 4, U.S. Customs and Border "
            "Protection announced Tuesday.\n\nIn a statement, the agency said the change would let it shift officers "
            "to daytime shifts.")
    assert rows(text)["speaker"].tolist() == ["U.S. Customs and Border Protection"] * 2


def test_nouns_joined_by_and_inside_an_unnamed_sources_description():
    text = ("Headline\n\nThe owner of a paddleboard and canoe hire business on the lake, who asked not to be named, "
            "said bookings had fallen off a cliff.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == (
        "the owner of a paddleboard and canoe hire business on the lake", "anonymous")


def test_an_office_written_in_capitals_is_its_holder_not_a_body():
    text = ("Headline\n\nThe Director-General of Health Services, Dr. Ilídio Sarmento da Cruz, said four people had "
            "died.\n\n“We are at the peak of the rainy season,” said the Director-General.")
    assert rows(text)["speaker"].tolist() == ["Ilídio Sarmento da Cruz"] * 2


def test_a_coastguard_is_a_body_no_one_he_stands_for():
    text = ("Headline\n\nFalmouth Coastguard relayed the distress call to Ponta Delgada, the trust said.\n\n\"She is "
            "in a safe berth,\" he said.")
    assert "Falmouth Coastguard" not in rows(text).query("kind == 'direct'")["speaker"].tolist()


def test_the_prosecution_is_the_one_prosecutors_office_the_story_names():
    text = ("Headline\n\nTIRANA — The Special Prosecution Office (SPAK) has seized three apartments.\n\nAccording to "
            "the prosecution, the fuel was then sold at market prices.")
    assert rows(text)["speaker"].tolist()[-1] == "Special Prosecution Office"


def test_a_bulletin_named_by_a_bodys_initials_is_that_bodys():
    text = ("Headline\n\nDILI — The Ministry of Health (MoH) has recorded 1,214 dengue cases.\n\nAccording to the MoH "
            "epidemiological bulletin published on Monday, children account for 41% of the patients.")
    assert only(text)["speaker"] == "Ministry of Health"


def test_a_name_after_a_roles_of_is_what_the_role_is_of_not_who_holds_it():
    text = ("Headline\n\nThe Chief of Suco Bairro Pite, Agostinho Lemos Pereira, said the suco had organised "
            "community cleaning every Saturday since January.")
    assert only(text)["speaker"] == "Agostinho Lemos Pereira"


def test_a_noun_after_a_number_compound_is_no_verb_ending_the_subject():
    text = ("Headline\n\nThe developer of a planned 68-turbine project northeast of Aberdeen said the rule would make "
            "the project all but impossible to build.")
    assert "Aberdeen" != only(text)["speaker"]


def test_an_appositive_inside_an_opening_adjunct_is_not_the_subject():
    text = ("Headline\n\nAsked what she planned to do with her gold ulu, the knife-shaped medal the Games award "
            "instead of a disc, Cadiente laughed and said it would go to her grandmother in Hoonah.")
    assert only(text)["speaker"] == "Cadiente"


def test_a_bodys_short_form_that_reads_as_a_name_is_no_person():
    text = ("Headline\n\nClark Fork Recovery House will cut its beds from 16 to eight.\n\nOne patient said he had "
            "tried to quit before a bed opened up at Clark Fork in March.\n\n\"The last time, I was shaking,\" he "
            "said.")
    assert "Clark Fork" not in rows(text)["speaker"].tolist()


def test_a_courtesy_title_keeps_to_the_holder_it_named_before():
    text = ("Headline\n\nTrevor and Linda Stainsby, of Harrowby Lane, were among hundreds of tourists.\n\nMrs "
            "Stainsby, 64, said the building had been swaying.\n\n\"There were people screaming,\" Mr Stainsby, 67, "
            "said.\n\nTheir son, Dean Stainsby, 38, said he had first heard about it from a friend.\n\nMr and Mrs "
            "Stainsby said they had no plans to cut their holiday short.\n\n\"We have been coming here for 15 "
            "years,\" said Mr Stainsby.")
    assert rows(text)["speaker"].tolist()[-1] == "Trevor Stainsby"


@pytest.mark.parametrize("body", ["the U.S. Food and Drug Administration", "the Wisconsin Department of Natural "
                                  "Resources"])
def test_the_agency_is_the_body_of_its_kind_named_just_before(body):
    text = (f"Headline\n\nOSHKOSH – {body[0].upper() + body[1:]} on Tuesday called off the season.\n\nIn a "
            "notice posted on its website, the agency said crews had measured less than 5 inches of ice.")
    assert only(text)["speaker"] == body.removeprefix("the ")


def test_confirmed_after_the_content_is_a_trailing_cue():
    text = ("Headline\n\nJapan has stopped accepting beef from the company's plant in east Cheyenne, the company "
            "confirmed Thursday.")
    row = only(text)
    assert (row["kind"], row["text"]) == ("indirect", "Japan has stopped accepting beef from the company's plant in "
                                                      "east Cheyenne")


def test_a_bare_role_opening_a_standfirst_is_its_one_holder():
    text = ("Fruitvale contractor fined $36,000 for dumping asbestos\n\nJudge says renovator treated public forest "
            "'like a free landfill'\n\nA Fruitvale renovation contractor was fined $36,000 on Thursday.\n\nJudge "
            "Maureen Ostrowski said the dumping had been deliberate.")
    assert rows(text)["speaker"].tolist()[0] == "Maureen Ostrowski"


def test_her_group_is_the_body_she_was_named_with():
    text = ("Headline\n\nJune Albrecht, president of the Southeast Wyoming Stockgrowers Council, said her group has "
            "asked the state's congressional delegation to press the USDA for a quick review.")
    assert rows(text)["speaker"].tolist() == ["June Albrecht", "Southeast Wyoming Stockgrowers Council"]


def test_specified_is_a_trailing_cue_whose_speaker_adding_goes_on_with():
    text = ("Headline\n\nThe training will cost 12 million FCFA, Mrs Kouadio specified, adding that the first group "
            "would be made up of 30 young people.")
    assert rows(text)["speaker"].tolist() == ["Kouadio"] * 2


def test_a_person_named_after_an_office_of_a_body_with_a_place_in_its_name():
    text = ("Headline\n\nChairman of the Union of Bakers of Osh Talant Ermekov said the price of bread would rise "
            "next month.")
    assert only(text)["speaker"] == "Talant Ermekov"


def test_an_occupation_of_a_unit_then_a_titled_name_is_that_person():
    text = ("Headline\n\nConsultant Virologist of the Medical Research Institute Dr. Nirosha Wijeratne explained that "
            "dengue cases had doubled since March.")
    assert only(text)["speaker"] == "Nirosha Wijeratne"


def test_initials_and_an_age_after_an_occupation_name_one_person():
    text = ("Headline\n\nAt the market, vegetable farmer M.P. Gunasekara, 61, said prices had fallen by half this "
            "season.")
    assert only(text)["speaker"] == "M.P. Gunasekara"


def test_an_office_of_a_chancellery_is_a_body_not_a_person():
    text = ("Headline\n\nThe permit may be appealed within 30 days, the regional office of the State Chancellery in "
            "Cahul reported.")
    assert only(text)["speaker_type"] == "organization"


def test_a_linking_adverb_and_a_where_clause_are_no_part_of_an_unnamed_source():
    text = ("Headline\n\nHowever, fishermen from Kalpitiya, where a trawler sank in March, say they have been "
            "ignored by the ministry.")
    assert only(text)["speaker"] == "fishermen from Kalpitiya"
    text = "Headline\n\nFishermen from Negombo say they have been ignored by the ministry."
    assert tuple(only(text)[["speaker", "speaker_type"]]) == ("Fishermen from Negombo", "anonymous")


def test_the_written_out_rank_is_the_person_named_with_its_abbreviation():
    text = ("Headline\n\nThe head of the border police, Maj. Gen. Idris Kamal Eltayeb, said the goods were seized in "
            "two raids.\n\n\"We will find the rest,\" the Major General added.")
    assert rows(text)["speaker"].tolist() == ["Idris Kamal Eltayeb"] * 2


def test_a_name_no_list_knows_after_to_is_a_person_when_who_follows_or_it_speaks_alone():
    text = ("Headline\n\nPruitt took the photographs to Tsubasa Tanabe, who teaches at the college. The script was "
            "carved by hand, Tanabe said.")
    assert only(text)["speaker"] == "Tsubasa Tanabe"


def test_a_name_after_to_with_an_age_set_off_is_a_person_whatever_its_given_name():
    # (a given name English text uses as a word, which no list gives as a name)
    text = ("Headline\n\nThe trophy was awarded to Magnus Tulloch, 35, a joiner. \"I have waited 16 years,\" said "
            "Tulloch.\n\nHis father, Jim Tulloch, said he was nervous.")
    assert rows(text)["speaker"].tolist() == ["Magnus Tulloch", "Jim Tulloch"]


def test_a_body_joined_by_and_after_an_office_of_the_is_no_person():
    text = ("Headline\n\nHead of the Attapeu Provincial Education and Sports Department Mr. Khamphanh Sisouk "
            "stated that the centre would train 300 young people this year.")
    assert only(text)["speaker"] == "Khamphanh Sisouk"


def test_however_set_off_after_a_source_is_no_part_of_it():
    text = ("Headline\n\nHerders interviewed by ACP, however, questioned the new wells, which they say run dry every "
            "June.")
    assert rows(text)["speaker"].tolist() == ["Herders interviewed by ACP"] * 2


def test_a_where_clause_after_a_listed_place_is_no_part_of_the_source():
    text = ("Headline\n\nStallholders in Bridge Street, Sun Street and Castlegate, where most of the market stands, "
            "say the new charges will drive them out.")
    assert only(text)["speaker"] == "Stallholders in Bridge Street, Sun Street and Castlegate"


def test_an_office_of_a_place_names_no_one_and_a_dateline_dash_opens_a_description():
    text = ("Minister opens the season in Kiffa\n\nKiffa, 3 May 2026 (AMI) - The Minister of Livestock, Mr. Sidi "
            "Ould Ahmed Salem, opened the season on Saturday in Kiffa.\n\nThe ceremony was attended by the Wali of "
            "Assaba Kiffa, Mr. Brahim Ould Cheikh Sidiya, and local breeders.\n\nEarlier, the Wali of Assaba Kiffa "
            "had welcomed the delegation.\n\n\"Water is our first problem,\" the Minister said.")
    out = rows(text)
    assert out.loc[out["kind"] == "direct", "speaker"].tolist() == ["Sidi Ould Ahmed Salem"]


def test_confided_cues_a_quote():
    text = "Headline\n\n\"My father never shouts,\" the young drummer confided."
    assert only(text)["speaker"] == "the young drummer"


def test_a_vessel_s_numbered_name_is_no_person_a_pronoun_could_stand_for():
    text = ("Headline\n\nMiho Arakawa, who teaches at the college, read the bell. It bore the name of a fishing "
            "boat, the Shinsei Maru No. 3. \"It was carved by hand,\" she said.")
    assert only(text)["speaker"] == "Miho Arakawa"
    text = "Headline\n\nJuror No. 4 posted under a handle. She wrote that she was \"stuck in a room with 11 people.\""
    assert only(text)["speaker"].startswith("Juror No")  # (a person's number)


def test_the_agent_after_by_is_not_the_he_of_the_main_clause():
    text = ("Headline\n\nTsubasa Hoshino read the inscription for the museum.\n\nIn a letter translated by Hoshino, he "
            "wrote that he had given up hope. \"The sea took everything,\" Mr. Abe wrote.\n\n\"We kept the bell,\" "
            "she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Tsubasa Hoshino"


@pytest.mark.parametrize("noun", ["veteran dancer", "widow", "French technician"])
def test_an_epithet_of_what_someone_is_is_the_person_just_named(noun):
    text = (f"Headline\n\nKouassi Bi Gohi, 62, has lived in the village for 40 years.\n\nAsked about the future, "
            f"the {noun} said the young people were leaving for the city.")
    assert only(text)["speaker"] == "Kouassi Bi Gohi"


def test_a_document_s_seen_by_aside_after_a_fronted_in_a_letter_leaves_the_writer_its_subject():
    text = ("Headline\n\nIn a letter to the club, seen by the Warrington Guardian, the council's director of leisure "
            "and sport, Gareth Pennock, said the grant would end in April.\n\nThe letter also warned that the pitch "
            "fees would rise.")
    assert rows(text)["speaker"].tolist() == ["Gareth Pennock"] * 2
    text = ("Headline\n\nIn a letter to the family's MP, Nadia Ferris, seen by the Observer, the Foreign Office "
            "minister Alan Quarry wrote that ministers had raised the case.\n\nThe letter said the UK could not "
            "interfere in the courts of another state.")
    assert rows(text)["speaker"].tolist() == ["Alan Quarry"] * 2  # (not the addressee)


def test_a_body_whose_fields_are_listed_with_commas_is_one_according_to_source():
    text = ("Headline\n\nAccording to the Regional Directorate of Water, Forests, Hunting and Soil Conservation "
            "(DREFCS), the region lost 40,000 hectares of forest in ten years.")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Regional Directorate of Water, Forests, Hunting and Soil Conservation",
                                             "the region lost 40,000 hectares of forest in ten years")



@pytest.mark.parametrize("text", [
    'Crews on this part of the coast often call the young seals "pups of the tide", and Ms Kerr said the name was old.',
    'He fenced off some of the most popular ground, including a ridge system hunters call "the Saddle."',
    'Moreau, whom colleagues at the lab call "the clock" because she is never late, began in 1998.',
    'Visitors took to calling it "the singing bridge." It creaks.',
    'Ana, whose nickname among her teammates is "the Oruro wall", began playing at 12.',
    'Most learned of it from a notice pinned to the door which reads "Shut for good - thanks for coming". Few knew.',
    'Someone had spray-painted "NO TRAILERS" on a sheet of plywood.',
    'Among them is necrotising fasciitis, the infection often labelled "flesh-eating disease." It is rare.',
])
def test_a_name_people_give_a_thing_or_the_words_on_a_board_are_no_quote(text):
    out = rows(f'"We will not sign," Amy Cole said. {text}')
    assert out[(out["kind"] != "indirect") & ~out["text"].str.startswith("We will not")].empty


def test_people_calling_something_a_name_in_a_headline_still_speak():
    out = rows("Council picks developer for campus; neighbours call deal 'a giveaway'\n\nThe council voted 6-3.")
    assert out[["kind", "speaker"]].values.tolist() == [["partial", "neighbours"]]


def test_the_two_ministers_are_the_two_ministers_named_before():
    text = ("Headline\n\nMinister of Labour Irina Rusu met her Latvian counterpart, Minister of Welfare Daina Kalnina, "
            "in Chisinau.\n\nIn a joint statement, the two ministers said their institutions would exchange data "
            "from 2028.")
    assert only(text)["speaker"] == "Irina Rusu & Daina Kalnina"
    text = ("Headline\n\nThe deal was signed by the Minister of Labour, Irina Rusu, and the Minister of Welfare of "
            "Latvia, Daina Kalnina.\n\nIn a joint statement, the two ministers said their institutions would "
            "exchange data from 2028.")
    assert only(text)["speaker"] == "Irina Rusu & Daina Kalnina"  # (a description after "and" is the next one's)


def test_an_aside_after_a_subordinator_reports_the_clause_after_it_for_the_person_named_before():
    text = ("Headline\n\n\"Carys is fearless,\" Mr Pugh said.\n\nHer grandfather, Emlyn Morgan, took part in the 1980s "
            "when, he says, the event was muddier.")
    out = rows(text)
    assert out[["text", "speaker"]].values.tolist()[-1] == ["the event was muddier", "Emlyn Morgan"]
    assert len(out) == 2


def test_a_place_named_for_someone_is_no_person_a_pronoun_stands_for():
    text = ("An Alexis Creek rancher is jailed\n\nDale Kinnear, 54, pleaded guilty in provincial court in Williams "
            "Lake in August.\n\nThe 54-year-old addressed the court.\n\n\"I lied to them,\" he said.")
    assert rows(text)["speaker"].tolist()[-1] == "Dale Kinnear"
    assert only("Headline\n\nRicki Lake said the show would return next year.")["speaker"] == "Ricki Lake"


def test_a_role_and_a_name_open_a_subject_whose_relative_clause_runs_to_the_cue():
    text = ('Headline\n\nSaddle bronc rider Tyler Grube of Powell, who has ridden a Sandvik saddle at the Cody Nite '
            'Rodeo since he was 17, said the shop once restitched a stirrup leather for him "and wouldn\'t take a '
            'dime for it."')
    assert only(text)["speaker"] == "Tyler Grube"


def test_someone_standing_in_for_a_source_is_not_the_source():
    text = ("Headline\n\nThe Governor of Kasai, Mr. Honoré Kanku Muteba, represented by the Provincial Minister of "
            "Health, Mrs. Albertine Ngalula Tshibangu, welcomed the memorandum and described it as \"a lifeline\".")
    assert set(rows(text)["speaker"]) == {"Honoré Kanku Muteba"}


@pytest.mark.parametrize("office", ["Representative of the World Health Organization (WHO) in the DRC",
                                    "representative of the WHO in the DRC"])
def test_an_office_held_in_a_country_then_its_holder_after_the_cue(office):
    text = f'Headline\n\n"The memorandum is a good first step," said the {office}, Dr. Moussa Diallo-Keita.'
    assert only(text)["speaker"] == "Moussa Diallo-Keita"


def test_don_and_a_given_name_is_the_one_person_named_in_full_with_it():
    text = ("Headline\n\nHer father, Eusebio Mamani Quispe, a bricklayer by trade, rode beside her.\n\n"
            "\"I did not know anything about athletics,\" recalled Don Eusebio, laughing.")
    assert only(text)["speaker"] == "Eusebio Mamani Quispe"


def test_a_headline_person_described_before_the_colon_speaks_the_quotation():
    import pandas as pd
    from analysis.quotes import extract_quotes
    title = 'Wara Mamani, South American racewalking champion: "In El Alto the wind trains you for free"'
    text = ("A 10-year-old Wara Mamani Condori was already walking the avenues. Mamani crossed the line ahead of the "
            "Colombian Luisa Fernanda Ortiz.\n\n\"In El Alto the wind trains you for free,\" the athlete told ABI.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [title], "text": [text]}), progress=False)
    assert out["speaker"].tolist() == ["Wara Mamani Condori", "Wara Mamani Condori"]


def test_an_epithet_is_not_the_rival_a_winner_beat():
    text = ("Headline\n\nEdmilson Santos, 22, became the first Cabo Verdean to win a stage, beating the Brazilian Caio "
            "Mendonça in the final.\n\n\"I still have that door,\" the athlete told Inforpress.")
    assert only(text)["speaker"] == "Edmilson Santos"


def test_a_description_after_and_is_the_next_persons_not_the_one_before():
    text = ("Headline\n\nThe document was signed by the Minister of Health, Jorge Mendoza, and the president of "
            "Comcipo, Marco Choque.\n\n\"Dialogue has won,\" said Mendoza.\n\nThe Comcipo president asked the "
            "sectors to clear the roads \"in an orderly manner\".")
    assert rows(text)["speaker"].tolist() == ["Jorge Mendoza", "Marco Choque"]


def test_a_name_modifying_a_persons_noun_after_one_is_an_unnamed_source():
    row = only("Headline\n\nOne long-standing Sutton Mill member said the atmosphere had been bad.")
    assert (row["speaker"], row["speaker_type"]) == ("One long-standing Sutton Mill member", "anonymous")


def test_a_fronted_place_adjunct_is_no_part_of_the_source():
    text = ("Headline\n\nSouth of the border, the Northwest Lumber Producers Alliance, an industry group that has "
            "pressed for the duties, said the curtailment showed \"the system is working as intended\".")
    assert only(text)["speaker"] == "Northwest Lumber Producers Alliance"


def test_a_statement_a_person_opened_a_sentence_with_is_theirs():
    text = ("Headline\n\nChief Luis Ortega did not speak during the meeting. In a brief statement released through the "
            "department Tuesday morning, he thanked the officers.\n\n\"I love this department,\" the statement said.")
    assert only(text)["speaker"] == "Luis Ortega"


@pytest.mark.parametrize("named, noun", [("Tory MP Anne Smith", "MP"), ("nurse Mirna Vera", "nurse"),
                                         ("Opposition senator Rosa Acosta", "legislator")])
def test_a_role_noun_is_the_person_named_with_it(named, noun):
    name = " ".join(named.split()[-2:])
    text = f'Headline\n\n{named} said she covered night shifts.\n\n"It was wrong," the {noun} said.'
    assert rows(text)["speaker"].tolist() == [name, name]


def test_a_coordinator_is_a_title_and_a_body_before_its_officers_title_is_the_body():
    text = ("Headline\n\nMunicipality of Kincardine Fire Chief and Community Emergency Management Co-ordinator Kyle "
            "Vandenberg said the fire was out. The municipality said residents should avoid the core.")
    assert rows(text)["speaker"].tolist() == ["Kyle Vandenberg", "Municipality of Kincardine"]


def test_the_company_is_the_owner_not_the_place_of_its_site():
    text = ("Headline\n\nAbout 140 workers at Bulkley Timber's Smithers sawmill will be off the job, after the company "
            "said higher U.S. duties made it impossible to sell lumber.")
    assert only(text)["speaker"] == "Bulkley Timber"


def test_the_same_source_is_who_spoke_just_before():
    text = ("Headline\n\nThe chairman of APG, Carlos Manuel Delgado, told Inforpress that the failure affected a pump. "
            "According to the same source, APG has set up a distribution plan.")
    assert rows(text)["speaker"].tolist() == ["Carlos Manuel Delgado", "Carlos Manuel Delgado"]


def test_an_owned_role_with_a_nationality_before_the_name_is_held_by_the_name():
    text = ('Headline\n\nHer coach, the Cuban Reinaldo Fuentes Arias, stated that Mamani "has the best technique".\n\n'
            '"She did not receive a single warning," the coach stressed.')
    assert rows(text)["speaker"].tolist() == ["Reinaldo Fuentes Arias", "Reinaldo Fuentes Arias"]


def test_a_mans_son_named_by_his_given_name_after_the_man_spoke_bears_his_family_name():
    text = ('Headline\n\nJamie Kowalchuk, who was anchored nearby with his wife, said he noticed smoke.\n\n"It was '
            'in flames," Kowalchuk said.\n\nHis son Tyler, 16, said one woman was holding a small dog.\n\n'
            '"She would not let go of it," Tyler said.')
    assert rows(text)["speaker"].tolist() == ["Jamie Kowalchuk"] * 2 + ["Tyler Kowalchuk"] * 2


@pytest.mark.parametrize("company", ["Narrows Marine Holidays", "Orca Voyages", "Red River Oilseeds"])
def test_an_industry_word_ending_a_name_makes_it_the_company(company):
    text = (f"Headline\n\nThe boat was rented from {company}. In a statement posted on Saturday, the company said its "
            "boats are inspected before every rental.")
    assert only(text)["speaker"] == company


@pytest.mark.parametrize("text", [
    'Above the cash register hangs a hand-lettered sign: "Measure twice. Cut once. Complain never."',
    'The words "Finish the rep" are painted above the door to the locker room.',
    'Traders marched with placards reading "Gambela ezali ya biso" (Gambela is ours, in Lingala) and "No to '
    'relocation without dialogue".',
    'Her findings, referred to in court filings as the "Lund report," were delivered in March.',
])
def test_a_signs_words_and_a_name_given_in_the_passive_are_no_quote(text):
    out = rows(f'"We will not sign," Amy Cole said. {text}')
    assert out[(out["kind"] != "indirect") & ~out["text"].str.startswith("We will not")].empty


def test_a_person_who_refers_to_someone_as_something_speaks():
    assert only('Headline\n\nBush referred to Rubio as "a bright, charismatic leader" on Tuesday.')["speaker"] == "Bush"
    text = 'Headline\n\nDonald Trump, on Thursday, referred to Barack Obama as "the most valuable player" of the group.'
    assert only(text)["speaker"] == "Donald Trump"


def test_a_holidays_day_is_no_person_an_age_stands_for():
    text = ("Headline\n\nMagnus Rendall, 34, won the Ba' on Thursday. His father, Jim Rendall, who won the Christmas "
            "Day Ba' in 1991, said he had been nervous.\n\n\"You can't do anything from the outside,\" the 68-year-old "
            "added.")
    assert rows(text)["speaker"].tolist() == ["Jim Rendall", "Jim Rendall"]


def test_a_places_role_noun_in_a_headline_is_the_holder_the_body_names():
    import pandas as pd
    from analysis.quotes import extract_quotes
    title = "Hastings council leader quits after lido vote defeat, saying town has 'lost its nerve'"
    text = ("Cllr Matt Denholm steps down after the council rejects his plan\n\nThe leader of Hastings Borough "
            "Council has resigned after councillors threw out his plan.\n\nCllr Matt Denholm announced he was "
            "stepping down in a letter on Thursday.\n\n\"The town has lost its nerve,\" he wrote.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [title], "text": [text]}), progress=False)
    assert out["speaker"].tolist() == ["Matt Denholm"] * 3


def test_a_reeve_is_a_title_and_a_local_governments_name_stops_before_it():
    from analysis.quotes.speakers import BodyNames
    text = ("Headline\n\nCounty of Stettler Reeve Gordon Pfeiffer said the road would close.\n\n\"We will see,\" "
            "the reeve said.")
    assert rows(text)["speaker"].tolist() == ["Gordon Pfeiffer", "Gordon Pfeiffer"]
    assert [name for _, name in BodyNames(text).names] == ["County of Stettler"]


def test_a_nations_minister_is_the_one_named_under_that_countrys_name_even_with_listed_fields():
    text = ("Headline\n\nThe memorandum was signed by the Congolese Minister of Public Health, Hygiene and Social "
            "Welfare, Dr. Augustin Mwamba Kalala, and the Angolan Minister of Health, Dr. Teresa Gaspar Neto.\n\n"
            "\"Cholera does not ask for a passport,\" declared the Congolese minister.\n\nSpeaking through an "
            "interpreter, the Angolan Minister of Health said her country had recorded 412 cases.")
    assert rows(text)["speaker"].tolist() == ["Augustin Mwamba Kalala", "Teresa Gaspar Neto"]


def test_a_body_defining_its_acronym_is_no_person_a_pronoun_stands_for():
    text = ("Headline\n\nThe rider of the club Espoir Cycliste de Kaya (ECK), who made his debut in 2005, holds the "
            "record.\n\n\"I started on my father's bicycle,\" he recalls.")
    assert only(text)["speaker"] != "Espoir Cycliste de Kaya"


def test_a_role_in_a_long_appositive_or_after_a_possessive_is_the_names_role():
    text = ("Headline\n\nAgronomist Sergio Maaz Coc, a researcher at the Northern University Centre (CUNOR) of the "
            "University of San Carlos of Guatemala in Cobán, explained that thrips multiply in dry weather.\n\n"
            "\"Cardamom is a shade crop,\" the researcher noted.")
    assert rows(text)["speaker"].tolist() == ["Sergio Maaz Coc"] * 2
    text = ("Headline\n\nHis coach at ECK, Mr Boukary Zongo, said the veteran would help.\n\nAccording to the coach, "
            "Salif Ouédraogo still climbs \"like a 25-year-old\".")
    assert rows(text)["speaker"].tolist() == ["Boukary Zongo"] * 2


def test_someone_introduced_unnamed_is_not_the_person_named_before():
    text = ("Headline\n\nJulian Ashcroft-Pell, 61, sold fake silver, Lincoln Crown Court heard.\n\nThe fraud came to "
            "light when a collector from Oakham took a pair of candlesticks to be valued.\n\nWhen officers searched "
            "Ashcroft-Pell's home they found punches.\n\nIn a statement read to the court, the Oakham collector said "
            "he had felt \"foolish and ashamed\" ever since.")
    row = rows(text).iloc[-1]
    assert row["speaker_mention"] == "the Oakham collector" and row["speaker"] != "Julian Ashcroft-Pell"
    text = ("Headline\n\nJuana Pablo Ramírez, 24, said her son was ill. \"When a mother is vaccinated, the baby is "
            "protected,\" the nurse had told her.\n\n\"Nobody told us,\" the young mother said.")
    assert rows(text)["speaker"].tolist()[-1] == "Juana Pablo Ramírez"


def test_el_hadj_is_an_honour_before_a_name():
    text = ("Headline\n\nThe president of the National Union of Pastoralists of Burkina (UNAPAB), El Hadj Hamadou "
            "Dicko, welcomed \"a text we have waited 20 years for\".\n\n\"Every year we lose animals,\" said El Hadj "
            "Dicko, 64.")
    assert rows(text)["speaker"].tolist() == ["Hamadou Dicko"] * 2


def test_a_nations_minister_is_the_one_who_signed_for_that_country():
    text = ("Headline\n\nThe agreement was signed for Burkina Faso by the Minister of Agriculture, Moussa Tapsoba, and "
            "for Mali by the Minister of Livestock and Fisheries, Kadiatou Diarra.\n\n\"This is about peace,\" "
            "Minister Tapsoba said.\n\nFor her part, the Malian minister stressed that the text \"turns the page\".")
    assert rows(text)["speaker"].tolist() == ["Moussa Tapsoba", "Kadiatou Diarra"]


def test_a_bodys_board_speaks_for_the_body():
    text = ("Headline\n\nThe Rainy Lake Skating Club has 80 members, president Ann Roy said.\n\nIn a letter to "
            "council, the skating club's board wrote: \"We are not asking for special treatment.\"")
    assert rows(text)["speaker"].tolist() == ["Ann Roy", "Rainy Lake Skating Club"]


def test_a_common_noun_with_a_capital_is_no_name_of_a_work():
    text = "Headline\n\nThe council voted on Monday. The mayor calls the plan \"a Band-Aid.\""
    assert only(text)["kind"] == "partial"


def test_a_name_of_a_place_after_a_name_no_list_knows_and_comrade_and_gp():
    text = ("Headline\n\nHer lawyer, Ravi Anand of Calgary, said in an email that his client \"intends to defend "
            "herself vigorously.\"")
    assert only(text)["speaker"] == "Ravi Anand"
    text = "Headline\n\nAsked whether Government would cap deductions, Cde Chakanyuka said the act was under review."
    assert only(text)["speaker"] == "Chakanyuka"
    text = ("Headline\n\nDr Hamish Whitfield runs the practice.\n\nAsked whether the practice would reconsider, the GP "
            "said the door was \"never completely closed\".")
    assert only(text)["speaker"] == "Hamish Whitfield"


def test_a_deed_inside_a_whose_clause_is_no_report_of_the_main_clause():
    text = ("Headline\n\nLoretta Vance, 58, was sentenced on Monday.\n\nThe board president, Gail Hutchins, whose "
            "signature Vance admitted forging, wrote in a letter to the judge that the board \"failed in its duty\".")
    row = only(text)
    assert (row["speaker"], row["text"]) == ("Gail Hutchins", 'the board "failed in its duty"')


def test_a_relative_who_spoke_does_not_take_the_surname_from_the_story_subject():
    text = ("Headline\n\nWhen Maya Ferris was four, she rode her bike.\n\n\"She didn't ask anybody,\" said her mother, "
            "Kerri Ferris.\n\n\"I just like going fast,\" Ferris said.")
    assert rows(text)["speaker"].tolist() == ["Kerri Ferris", "Maya Ferris"]
    text = ("Headline\n\nLucille Gagnon said her father, Roland Gagnon, had complained.\n\n\"He was right,\" Gagnon "
            "said.")
    assert rows(text)["speaker"].tolist() == ["Lucille Gagnon", "Lucille Gagnon"]


def test_places_and_outlets_are_no_people():
    text = ("Headline\n\n\"We are not talking about a few businesses,\" Dr Jane Sayce told Bristol Live.\n\nA GP in "
            "south Bristol, who asked not to be named, said her surgery had seen \"a noticeable rise\" in visits.")
    assert rows(text)["speaker"].tolist() == ["Jane Sayce", "A GP in south Bristol"]
    text = ("Headline\n\nMarcelina Holguín Palma learned to run in the Sierra Tarahumara, wearing sandals.\n\n\"In the "
            "sierra nobody runs alone,\" the Rarámuri athlete told Notimex.")
    assert only(text)["speaker"] == "Marcelina Holguín Palma"


def test_a_son_named_by_his_given_name_after_his_father_spoke_and_a_body_joined_by_and():
    text = ("Headline\n\nObert Chikowore, 58, said the prices were low.\n\nHis son, Tawanda, said the family had "
            "borrowed US$900.")
    assert rows(text)["speaker"].tolist() == ["Obert Chikowore", "Tawanda Chikowore"]
    text = ("Headline\n\nTobacco Industry and Marketing Board (TIMB) chief executive Mr Lovemore Chiwanza said 148 000 "
            "growers had registered.")
    assert only(text)["speaker"] == "Lovemore Chiwanza"


def test_a_joint_communique_is_its_two_signers_not_the_witness():
    text = ("Headline\n\nThe session was co-chaired by the Minister of Livestock, Mrs. Mariem Mint Ahmedou Sidina, and "
            "the Malian Minister of Livestock and Fisheries, Mr. Seydou Bagayoko, in the presence of the Wali of Hodh "
            "Ech Chargui, Mr. Yahya Ould Cheikh Mohamed Fall.\n\nThe next session will be held in Nioro du Sahel, "
            "Mali, in 2027, according to the communiqué.")
    assert only(text)["speaker"] == "Mariem Mint Ahmedou Sidina & Seydou Bagayoko"


def test_a_bodys_data_without_an_article_is_the_bodys():
    text = "Headline\n\nExports rose 12 percent last year, according to Export Promotion Bureau (EPB) data."
    assert only(text)["speaker"] == "Export Promotion Bureau"
    assert only("Headline\n\nExports rose 12 percent last year, according to the report.")["speaker"] == "the report"


def test_a_race_and_a_team_are_no_people_a_pronoun_stands_for():
    from analysis.quotes.speakers import find_people
    for text in ("Headline\n\nHe will start the Tour du Faso on Friday.",
                 "Headline\n\nThe Portage Storm won on Friday."):
        assert find_people(text) == []


def test_a_rural_municipalitys_division_before_a_councillor_ends_no_sentence():
    text = ("Headline\n\nNot every councillor agreed. Div. 4 Coun. Lorne Wasylyshyn, one of the two who voted against "
            "the motion, said he worried the RM would get a worse deal.")
    assert only(text)["speaker"] == "Lorne Wasylyshyn"


def test_the_authority_is_the_council_and_the_health_board_is_the_nhs_board():
    text = ("Headline\n\nCanterbury City Council's licensing committee voted for the ban.\n\nBut the authority insists "
            "the move is about safety.")
    assert only(text)["speaker"] == "Canterbury City Council"
    text = ("Headline\n\nFigures released by NHS Grampian show long waits.\n\nThe health board said it was recruiting "
            "more audiologists.")
    assert only(text)["speaker"] == "NHS Grampian"


def test_an_unnamed_source_keeps_who_they_are_before_a_request_for_anonymity():
    text = ("Headline\n\nA woman who was aboard the houseboat, and who asked that her name not be published, said the "
            "group had been on the lake for two days.\n\n\"It was terrifying,\" she said.")
    assert rows(text)["speaker"].tolist() == ["A woman who was aboard the houseboat"] * 2


def test_an_age_is_no_antecedent_of_who_and_the_worker_is_the_employee_just_quoted():
    text = ("Headline\n\nOne woman in her 30s, who has a chronic condition, said she has been without a doctor since "
            "2021.")
    assert only(text)["speaker"] == "One woman in her 30s"
    text = ("Headline\n\nOne longtime employee, who spoke on condition of anonymity, said several people had been in "
            "touch with recruiters.\n\n\"If they go, they don't come back,\" the worker said.")
    assert rows(text)["speaker"].tolist() == ["One longtime employee"] * 2


def test_how_a_source_spoke_and_a_verbs_object_are_no_part_of_the_source():
    text = ("Headline\n\nAaluk Kilabuk of Pangnirtung won silver.\n\nKilabuk, 17, speaking through an interpreter in "
            "Inuktitut, said she was proud to share the podium.")
    assert only(text)["speaker"] == "Aaluk Kilabuk"
    text = ("Headline\n\nPriya Natarajan told the council her landlord had warned her last year that a winery was "
            "willing to pay nearly twice her rent.")
    assert "her landlord" in rows(text)["speaker"].tolist()


def test_a_perfect_verb_group_ends_no_subject_of_a_cue_word_after_it():
    text = ("Headline\n\nMark Serwotka, the union's leader, said: \"There was a time when the worry was petrol.\" He "
            "said Mr Brown had made welcome announcements on tax loopholes, while cutting \"the very people who "
            "deliver them.\"")
    assert rows(text)["speaker"].tolist() == ["Mark Serwotka"] * 3


def test_a_body_described_as_a_company_based_somewhere_is_the_company_named_back():
    text = ("Headline\n\nVidrios del Moncayo, a family-owned company based in Zaragoza, announced Thursday that it had "
            "chosen a site.\n\nConstruction is expected to begin next spring, according to the company.")
    assert rows(text)["speaker"].tolist() == ["Vidrios del Moncayo"] * 2


def test_a_holder_named_after_a_places_role_is_the_subject_of_a_second_verb():
    text = ("Headline\n\nNot everyone is convinced. Allonby parish councillor Jean Carrick – Mr Carrick's "
            "sister-in-law – said villagers had been given no say and questioned whether the roads could cope.")
    assert rows(text)["speaker"].tolist() == ["Jean Carrick"] * 2


def test_a_report_by_a_bodys_officer_named_after_the_office_is_the_officers():
    text = ("Headline\n\nAccording to a report by TfL’s chief finance officer, Priya Ramaswamy, ridership fell by a "
            "third.\n\nThe savings would help to close a £64 million gap, the report says.")
    out = rows(text)
    assert out.loc[out["speaker_mention"] == "the report", "speaker"].tolist() == ["Priya Ramaswamy"]


def test_a_party_tag_with_a_place_of_two_words_and_the_place_named_with_the_party():
    text = ("Headline\n\nThe bill's sponsor, Rep. Dwight Kessler, R-Coeur d'Alene, told the House the state has no "
            "business acting as a timber company. He said private owners would pay taxes.")
    assert rows(text)["speaker"].tolist() == ["Dwight Kessler"] * 2
    text = ("Headline\n\nRep. Colleen Marsh, R-Lewiston, said in an interview that she had heard from both sides."
            "\n\n\"I hunt, too,\" the Lewiston Republican said.")
    assert rows(text)["speaker"].tolist() == ["Colleen Marsh"] * 2


def test_a_name_in_a_title_or_a_make_before_its_model_is_no_person():
    assert find_people('The club has set up an online fundraising page titled "Paddle Ellie to Portugal".') == []
    assert find_people("The last lot was a 1978 John Deere 4440 that went for $21,500.") == []


def test_the_holder_named_after_a_long_possessive_role_is_the_source():
    for end in (': "We hope this sends a clear message."', " said the message was clear."):
        text = ("Headline\n\nDerbyshire Dales District Council's planning committee chairman Coun Philippa Marsden"
                + (" said" if end.startswith(":") else "") + end)
        assert only(text)["speaker"] == "Philippa Marsden"


def test_where_a_titled_person_is_from_may_stand_between_a_description_and_the_name():
    text = ("Headline\n\nThe secretary general of the Union of Sahel Transit Hauliers (USTS), the Burkinabè Mr "
            "Issoufou Boukary Zongo, called for “a grace period” of at least three months.")
    assert only(text)["speaker"] == "Issoufou Boukary Zongo"


def test_a_sign_in_title_case_is_no_bodys_name_and_a_hydro_is_a_body():
    text = ("Headline\n\nBC Hydro has long said some sloughing is expected.\n\nSomeone has nailed a sign to a power "
            "pole: “Hydro Owes Us a Straight Answer.”\n\nHydro said the slope was stable.")
    out = rows(text)
    assert set(out.loc[out["kind"] == "indirect", "speaker"]) == {"BC Hydro"}


def test_a_quotation_opening_the_next_paragraph_goes_on_with_the_unnamed_owner_of_a_shop():
    text = ("Headline\n\nAngela Pinder runs a cafe on the parade.\n\nBut the owner of a gift shop two doors along, who "
            "did not want to be named, said some families had stopped visiting the village on Sundays.\n\n\"I have "
            "got nothing against bikers,\" she said.")
    assert rows(text)["speaker"].tolist() == ["the owner of a gift shop two doors along"] * 2


def test_a_report_with_a_relative_clause_without_that_is_a_noun_and_a_kinds_figures_are_its():
    text = ("Headline\n\nA preliminary incident report the department released Thursday said an airblast sprayer was "
            "applying an insecticide.")
    assert only(text)["speaker_mention"] == "A preliminary incident report the department released Thursday"
    text = ("Headline\n\nThe Washington State Department of Agriculture is investigating the drift.\n\nPesticide drift "
            "complaints have ranged from 14 to 29 a year, according to agriculture department figures.")
    assert only(text)["speaker"] == "Washington State Department of Agriculture"


def test_the_company_is_the_body_that_spoke_before_not_a_place_in_its_quoted_words():
    text = ("Headline\n\nIn a brief statement, Tamarlane Midstream said it was “pleased” with the decision and remains "
            "committed to being “a good neighbour in the North Peace.”\n\nThe company added it has spent $2.1 million "
            "since 2022 on noise walls.")
    assert rows(text)["speaker"].tolist() == ["Tamarlane Midstream"] * 2


def test_a_listed_ministry_after_of_the_and_an_acronym_set_off_after_a_description():
    text = ("Headline\n\nThe Ministry of the Environment, Conservation and Parks issued an advisory.\n\nBlooms can "
            "vanish within days, the ministry said.")
    assert only(text)["speaker"] == "Ministry of the Environment, Conservation and Parks"
    text = ("Headline\n\nThe country’s disaster agency, CONRED, has evacuated several communities and warned that "
            "flows could reach ravines.")
    assert only(text)["speaker"] == "CONRED"


def test_a_shared_surname_followed_by_said_he_is_the_man_who_holds_it():
    text = ("Headline\n\nFor Dale Pruden, who has lived on the crescent for 31 years, the news landed as a blow.\n\n"
            "His daughter, Shayla Pruden, who lives in Fort St. John, said her father had emailed photos of the cracks."
            "\n\nPruden said he and his wife, Arlene, will spend the winter in Shayla’s basement suite.")
    assert rows(text)["speaker"].tolist() == ["Shayla Pruden", "Dale Pruden"]


def test_a_document_of_a_group_by_a_plurals_possessive_is_the_groups():
    text = "Headline\n\nThe gully advanced by nearly eight metres last year, according to residents' estimates."
    assert (only(text)["speaker"], only(text)["speaker_type"]) == ("residents", "anonymous")


def test_a_book_set_off_with_its_title_is_its_authors_and_a_partys_posters_are_the_partys():
    text = ("Headline\n\nAccording to a new book, Brown's Britain by Sunday Telegraph journalist Robert Peston, Mr "
            "Blair went back on a pledge.\n\nHe then changed his mind in June 2004, according to the book.")
    out = rows(text)
    assert out.loc[out["speaker_mention"] == "the book", "speaker"].tolist() == ["Robert Peston"]
    text = "Headline\n\nLabour's new posters say Britain is enjoying the lowest inflation since the 1960s."
    assert only(text)["speaker"] == "Labour"


def test_the_high_court_is_the_court_named_before_and_a_day_after_court_is_no_courts_name():
    text = ("Headline\n\nThe U.S. Supreme Court on Monday allowed the ban to go into full effect.\n\nThe high court "
            "said in two similar one-page orders that lower court rulings should be put on hold.")
    assert only(text)["speaker"] == "U.S. Supreme Court"
    text = ("Headline\n\nGordon Pasloski pleaded guilty in Moose Jaw provincial court Wednesday to four counts.\n\nThe "
            "court heard that the building's only boiler failed on Jan. 6.")
    assert only(text)["speaker"] != "Wednesday"


def test_an_experts_noun_is_an_epithet_for_the_person_just_named_not_for_an_unnamed_one():
    text = ("Headline\n\nThe head of pediatrics at the National Hospital, Edgar Recinos Ordóñez, indicated that eleven "
            "children are in hospital.\n\n\"The cough comes in fits,\" the specialist said.\n\n\"We ask mothers not to "
            "wait,\" insisted the pediatrician.")
    assert rows(text)["speaker"].tolist() == ["Edgar Recinos Ordóñez"] * 3
    text = ("Headline\n\nA researcher at the university said the figures were wrong.\n\n\"They are wrong,\" the "
            "researcher said.")
    assert rows(text)["speaker"].tolist() == ["A researcher at the university"] * 2


@pytest.mark.parametrize("epithet, name", [("the grandfather-of-five", "Malcolm Thackray"),
                                           ("the father-of-two", "Malcolm Thackray"),
                                           ("the mother-of-three", "Ann Thackray")])
def test_a_parent_counted_by_children_is_the_person_just_named(epithet, name):
    text = ("Malcolm Thackray, 64, a retired joiner, was bitten at his allotment. His sister, Ann Thackray, 58, "
            "was with him.\n\n"
            f'"I thought I was just getting old," said {epithet}.')
    rows_ = rows(text)
    assert rows_[rows_["kind"] == "direct"]["speaker"].tolist() == [name]


def test_a_quotation_paragraph_after_a_named_speakers_beat_is_theirs():
    text = ("Asked whether the band planned to write new songs, Dean Mallory laughed.\n\n"
            "“Let’s see if we survive one show first.”")
    assert only(text)["speaker"] == "Dean Mallory"


def test_a_beat_in_the_paragraph_before_does_not_reach_a_quotation_with_more_text_after_it():
    text = ("Asked whether the band planned to write new songs, Dean Mallory laughed.\n\n"
            "“Let’s see if we survive one show first.” The band plays on Friday in the old hall.")
    assert only(text)["speaker"] == "(unresolved)"


def test_indicated_after_a_quotation_is_its_cue():
    text = ("“We take a drop of blood from the heel of every baby in the ward,” indicated the head of the hospital, "
            "Professor Jean Mbata.")
    assert only(text)["speaker"] == "Jean Mbata"


def test_a_document_dated_and_seen_by_an_agency_is_the_source_not_the_agency():
    row = only("An unsigned internal memo dated 10 October and seen by ATPE indicates, however, that the stocks "
               "covered four days of consumption.")
    assert row["speaker_mention"].startswith("An unsigned internal memo") and "ATPE" not in row["speaker"]


def test_a_document_makers_name_does_not_run_across_a_paragraph_break_or_into_a_hyphenated_word():
    text = ("The meeting was co-chaired by Tep Sovichet, Secretary of State, and Bounthavy Phommachanh, Deputy "
            "Minister of Agriculture and Forestry of the Lao PDR.\n\n"
            "According to the joint minutes signed by the two co-chairs, mixed teams will patrol the river.\n\n"
            "The next meeting will be held in Pakse in 2027, according to the joint minutes.")
    speakers = rows(text)["speaker"].tolist()
    assert len(speakers) == 2 and not any("\n" in s or s.endswith(" co") for s in speakers), speakers


def test_a_titled_name_set_off_after_a_role_listing_its_fields_is_the_speaker():
    text = ("Presenting the bill, the Minister of Agriculture, Water, Fisheries, Livestock and Fisheries Resources, "
            "Mr Houssein Abdillahi Guedi, explained that the old law no longer matched the sector.")
    assert only(text)["speaker"] == "Houssein Abdillahi Guedi"
    text = ("Speaking after the hearing, Somerset Council's executive member for communities, public health and "
            'regulatory services, Councillor Martin Ellery, said: "Clocking is not a victimless crime."')
    assert only(text)["speaker"] == "Martin Ellery"


def test_a_bodys_report_introduced_by_whose_is_the_bodys():
    text = ("The increase was recommended by the council's Independent Remuneration Panel, whose report said "
            "allowances had fallen well behind those of neighbouring boroughs.")
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == ("Independent Remuneration Panel", "organization")


def test_a_building_named_with_the_and_a_particle_is_no_person_an_epithet_can_stand_for():
    text = ("At 74, Omar Dirir Kamil will lay down his oud on Friday with a farewell concert at the Palais du "
            "Peuple.\n\n"
            "“I have sung for weddings and for the newborn. Now my fingers ask for rest,” the singer told ADI.")
    assert only(text)["speaker"] == "Omar Dirir Kamil"
    assert [m.person.name for m in find_people("A concert at the Maison de la Culture on Friday.")] == []
    assert [m.person.name for m in find_people("Charles de Gaulle said no.")] == ["Charles de Gaulle"]


def test_a_surname_with_an_elided_particle_capitalised_at_a_sentences_start_is_the_person_named_before():
    text = "Kirk d’Eon, who fishes out of Wedgeport, was angry. D’Eon said the fishermen will appeal the licence."
    assert only(text)["speaker"] == "Kirk d’Eon"


def test_the_company_is_not_the_newspaper_someone_spoke_to_nor_the_person_named_next():
    text = ("An Aspen climber was rescued Thursday after an avalanche, according to the Kathmandu company that "
            "organized the expedition.\n\n"
            "He was in stable condition Friday, his wife, Anna Pruitt, told The Aspen Times.\n\n"
            "The guide, Pasang Nuru Sherpa, 41, was swept off the ridge, the company said.")
    speakers = rows(text)["speaker"].tolist()
    assert speakers[0].startswith("the Kathmandu company") and speakers[2] == "the company", speakers


@pytest.mark.parametrize("text, words", [
    ("The county grew fast last year, according to figures it released in December.", "figures"),
    ("He was told to stand down, according to the officer in charge of the base that night.", "officer"),
    ("WEST PALM BEACH — Hundreds of condominium owners from Century Village filled a county meeting room Wednesday "
     "and told the delegation that special assessments are forcing retirees out.", "Hundreds"),
])
def test_a_source_never_ends_with_a_word_that_opens_a_phrase(text, words):
    speaker = only(text)["speaker"]
    assert words in speaker and speaker.split()[-1].lower() not in {"of", "in", "that", "the", "by"}, speaker


def test_an_undersecretary_is_a_title_before_the_name():
    assert only("Infrastructure Undersecretary Fabrizio Cantoni said the bridge would reopen.")["speaker"] \
        == "Fabrizio Cantoni"


@pytest.mark.parametrize("text, body", [
    ("Sleeping Bear Dunes National Lakeshore will require reservations next summer. Visitors arriving before 10 a.m. "
     "will not need a reservation, according to the park.", "Sleeping Bear Dunes National Lakeshore"),
    ("Fountain Street Medical Practice has closed its list. Patients already registered do not need to do anything, "
     "the surgery has said.", "Fountain Street Medical Practice"),
    ("Lakeview Clinic closed its doors on Monday. Patients will be moved to other sites, the clinic said.",
     "Lakeview Clinic"),
])
def test_a_park_a_surgery_or_a_clinic_is_the_body_of_that_kind_named_before(text, body):
    row = only(text)
    assert (row["speaker"], row["speaker_type"]) == (body, "organization")


def test_a_name_followed_by_its_own_its_is_a_body_that_the_club_stands_for():
    # "its website": no person, so "the club" two sentences on is Lieksan Pallo, the one body named
    text = ("Lieksan Pallo announced on its website on Friday that it had suspended two of its players. "
            "The club did not name the players, but said both had been questioned by police on Thursday.")
    assert not find_people(text)
    out = rows(text)
    assert out[out["text"].str.startswith("both had been")]["speaker"].tolist() == ["Lieksan Pallo"]


def test_a_name_that_confirmed_is_the_company_a_later_description_stands_for():
    text = ("The barrier is to stay in place all year round, National Highways has confirmed.\n\n"
            "But a review published by the government-owned company on Tuesday concluded that removing it was no "
            "longer a sustainable use of public money.")
    out = rows(text)
    assert out[out["text"].str.startswith("removing")]["speaker"].tolist() == ["National Highways"]


def test_a_verb_after_the_quoted_words_inside_a_clause_a_later_cue_reports_is_no_cue():
    # "threaten rare species" is what the ecologist warns of; "Wetschka warned" reports the whole clause
    out = rows("Nutrients from the Danube could change the lake's chemistry \"within a few seasons\" and threaten "
               "rare soda-lake species, Wetschka warned.")
    assert out["speaker"].tolist() == ["Wetschka"] and out["text"].iloc[0].startswith("Nutrients"), out.to_string()


def test_the_quoted_words_a_cue_before_them_governs_stay_that_speakers():
    out = rows("Julian Ashcroft-Pell, 61, told buyers the teapots had come from \"a country house clearance in "
               "Rutland\", Lincoln Crown Court heard.")
    assert out["speaker"].tolist() == ["Julian Ashcroft-Pell"], out.to_string()


def test_a_last_note_before_a_colon_is_a_remark_of_the_sentence_subject():
    row = only("As rehearsal wraps up near 9 p.m., Eusebio Trujillo zips his coat and offers the cast one last note: "
               "“Don’t act sad. Be sad.”")
    assert row["speaker"] == "Eusebio Trujillo"


def test_a_note_held_up_before_a_colon_is_still_shown_not_said():
    out = rows("Outside the hall one woman held up a note: “Save our school.”")
    assert "woman" not in " ".join(out["speaker"]), out.to_string()  # (a sign's words: no one says them)


def test_are_between_a_given_name_and_the_surname_is_a_middle_name():
    text = ("The pen held around 190,000 salmon, general manager Trond Are Sandvik tells NTB.\n\n"
            "He says the company will count the remaining fish, according to Sandvik.")
    assert [m.person.name for m in find_people(text)][:1] == ["Trond Are Sandvik"]
    assert set(rows(text)["speaker"]) == {"Trond Are Sandvik"}


def test_are_in_a_headline_in_title_case_is_still_a_verb():
    assert [m.person.name for m in find_people("Progressives Are Celebrating Hillary Clinton")] == ["Hillary Clinton"]


def test_the_son_of_someone_named_in_full_is_never_that_person():
    row = only("Mohammed Rafiq's son said the family had been upset.")
    assert (row["speaker"], row["speaker_type"]) == ("Mohammed Rafiq's son", "anonymous")


def test_the_son_set_off_after_the_possessive_is_not_his_father():
    row = only("The shop has been run by the Rafiq family for 19 years. Mohammed Rafiq's son, Adil, who manages the "
               "store, said the family had been \"in bits\" since police rang them at 4am.")
    assert row["speaker"] != "Mohammed Rafiq"


def test_a_conference_of_ministers_is_one_body_not_a_person_of_somewhere():
    row = only("The Swiss Conference of Cantonal Ministers of Education (EDK) said in a statement last month that the "
               "strategy had “proven itself” and that it expected all cantons to respect it.")
    assert row["speaker"] == "Swiss Conference of Cantonal Ministers of Education"
    assert only("Bobby Scott of Virginia said the plan was bad.")["speaker"] == "Bobby Scott"


def test_bare_police_is_the_force_the_article_named():
    out = rows("A man was arrested in Cochrane on Monday, Cochrane RCMP said in a news release.\n\n"
               "Police said the man, 34, was found with stolen tools.")
    assert list(out["speaker"]) == ["Cochrane RCMP", "Cochrane RCMP"]


def test_bare_police_is_not_another_body_whose_name_holds_police():
    out = rows("Nepal's Armed Police Force took part in the rescue.\n\nPolice said four people were missing.")
    assert list(out["speaker"]) == ["Police"]


def test_a_couple_named_together_speaks_together_across_an_aside():
    row = only("Steve and Julie Harnett, who run a card shop, said they had collected more than 500 signatures.")
    assert row["speaker"] == "Steve Harnett & Julie Harnett"


def test_two_people_of_different_surnames_do_not_become_a_couple():
    row = only("Jack Smith and Julie Harnett, who run a card shop, said they had collected signatures.")
    assert "Harnett" in row["speaker"] and "Steve" not in row["speaker"] and "Smith Harnett" not in row["speaker"]


def test_figures_a_body_released_are_that_body_s_when_written_it_released():
    out = rows("The Gallatin City-County Health Department has warned about measles. According to figures it released "
               "Monday, 40 people were sick.")
    assert list(out["speaker"]) == ["Gallatin City-County Health Department"]


def test_figures_a_named_person_presented_are_that_person_s():
    out = rows("Leonard Pruett, the county treasurer, spoke on Monday. According to figures he presented to the "
               "subcommittee, tax receipts fell by 12 per cent.")
    assert list(out["speaker"]) == ["Leonard Pruett"]


def test_a_title_and_a_name_after_a_municipality_s_name_are_a_person():
    text = "Municipality of Argyle Warden Norma Amirault said the charts were wrong. Amirault said no."
    assert {mt.person.name for mt in find_people(text)} == {"Norma Amirault"}


def test_a_governorate_of_a_place_is_still_no_person():
    assert find_people("The Governorate of Al Dakhiliyah said no.") == []


def test_she_after_an_unnamed_resident_who_spoke_is_the_resident_not_the_last_woman_named():
    text = ('Ruth Ashdown, the tower captain, said the ringers had cut practice by half an hour. "We have listened," '
            "she said.\n\nThe resident, who asked not to be named, told the Advertiser she was not trying to stop the "
            'bells being rung on Sundays.\n\n"I moved here knowing there was an abbey next door," she said.')
    assert rows(text)["speaker"].tolist()[-1] == "the resident"


def test_she_after_the_captain_who_is_no_unnamed_source_stays_with_the_person_named():
    text = ('Ruth Ashdown, the tower captain, said the ringers had cut practice. "We have listened," she said.\n\n'
            'The captain said she was pleased.\n\n"It went well," she said.')
    assert rows(text)["speaker"].tolist()[-1] == "Ruth Ashdown"


def test_it_after_a_one_word_name_that_said_it_would_is_that_body():
    out = rows("In a statement, Hoshizora said it would invest £1.2 million in new machinery. It said there were no "
               "plans to move any production to Asia.")
    assert out["speaker"].tolist() == ["Hoshizora", "Hoshizora"]
    assert out["speaker_type"].tolist() == ["organization", "organization"]


def test_it_after_a_woman_named_by_her_surname_is_not_her():
    out = rows('Ms Halloran said the plan would fail. "We warned them," she said.\n\nIt said the plan would cost more.')
    assert out["speaker"].tolist()[-1] != "Halloran"


def test_it_after_an_unsigned_petition_is_the_petition():
    out = rows("An online petition had more than 2,300 signatures by Wednesday afternoon. It calls on the province to "
               "suspend the licence until a study is done.")
    assert out["speaker"].tolist() == ["An online petition"] and out["speaker_type"].tolist() == ["media"]


def test_a_role_with_modifiers_before_of_a_body_is_an_unnamed_person_not_the_body():
    from analysis.quotes.speakers import classify_source
    mention = "The general director of a mid-sized hospital in Limburg"
    assert classify_source(mention, len(mention), [])[1] == "anonymous"
    text = ("Thomas Wauters, the minister, said the budget was fair.\n\nThe general director of a mid-sized hospital "
            "in Limburg, who asked not to be named, told Belga that supplements were 14 percent of its income. "
            '"If that money disappears, I will have to choose," he said.')
    assert rows(text)["speaker"].tolist()[-1].startswith("the general director")


def test_a_capitalised_body_before_of_stays_a_body():
    from analysis.quotes.speakers import classify_source
    mention = "the Scottish Executive of the party"
    assert classify_source(mention, len(mention), [])[1] == "organization"


def test_she_after_one_unnamed_person_by_a_noun_for_a_person_is_that_person():
    text = ('"I looked at rentals for three weeks," Leah Morrisseau said.\n\nNot everyone is applauding. One Dryden '
            "family physician, who asked not to be named because she is negotiating her own contract, said doctors "
            'already practising in the city are not eligible.\n\nShe called that decision "a slap in the face."')
    assert rows(text)["speaker"].tolist()[-1] == "One Dryden family physician"


def test_a_deputy_head_of_a_body_then_a_name_is_that_person_not_someone_called_head():
    text = ('Rescuers installed booms.\n\n"It is a real threat," Deputy Head of Zhytomyr Regional Military '
            "Administration Natalia Kovalchuk told Interfax-Ukraine.")
    assert [mt.person.name for mt in find_people(text)] == ["Natalia Kovalchuk"]


def test_a_president_s_surname_before_of_a_country_is_still_read():
    assert [mt.person.name for mt in find_people("Rescuers came.\n\nPresident Musharraf of Pakistan said no.")] \
        == ["Musharraf"]


def test_a_street_is_no_person():
    assert find_people("Council approved a building on a lot off Matterson Drive, brushing aside objections.") == []


def test_a_state_s_agency_named_with_and_is_no_person():
    assert find_people("Colorado Parks and Wildlife said the bear was euthanized.") == []
    assert [mt.person.name for mt in find_people("Georgia Pryce and Tom Smith said no.")] \
        == ["Georgia Pryce", "Tom Smith"]


@pytest.mark.parametrize("text", ["The coach at Lycée Boganda, a school in Bangui, said the girls had trained hard.",
                                  "Connect Registry, which matches patients with doctors, said the list was long."])
def test_a_french_school_or_a_registry_is_no_person(text):
    assert find_people(text) == []


@pytest.mark.parametrize("title", ["Minister of Roads, Rail Freight and Opening-Up",
                                   "Minister of Roads, Ports and Opening-Up"])
def test_a_title_listing_its_fields_with_commas_ends_before_the_name(title):
    # the fields of a title set off by commas and joined by "and" are the title's words, not a person between them,
    # and a hyphenated compound of ordinary words ends the title, not a given name
    text = (f"Senegalese {title} Awa Ndiaye Faye told reporters in Dakar that the toll had been raised unilaterally."
            '\n\n"We are asking our neighbours to respect what we signed," the minister said.')
    assert rows(text)["speaker"].tolist() == ["Awa Ndiaye Faye", "Awa Ndiaye Faye"]


def test_two_offices_joined_by_cum_are_a_title_not_a_name():
    text = ("Shimla Deputy Commissioner-cum-Chairperson of the Hill Roads Authority Meera Joshi said the toll would "
            "pay for parking and waste.")
    assert rows(text)["speaker"].tolist() == ["Meera Joshi"]


@pytest.mark.parametrize("office, letters", [("Prime Minister", "PM"), ("Shimla Deputy Commissioner", "DC"),
                                             ("Chief Minister", "CM")])
def test_an_office_s_initials_after_the_stand_for_its_holder(office, letters):
    text = (f"{office} Meera Joshi said the toll would pay for parking.\n\n"
            f'"We had to take a call," the {letters} told reporters.')
    assert rows(text)["speaker"].tolist() == ["Meera Joshi", "Meera Joshi"]


def test_initials_no_office_of_anyone_spells_stay_a_body():
    text = ("Prime Minister Meera Joshi said the toll would pay for parking.\n\n"
            '"We had to take a call," the IMF said.')
    assert rows(text)["speaker"].tolist() == ["Meera Joshi", "IMF"]


def test_the_who_in_capitals_is_the_health_body_not_a_relative_pronoun():
    out = rows('Dr Lena Marsh said cases were rising.\n\nThe WHO said the outbreak was over. "It is over," the WHO '
               "said.")
    assert out[["speaker", "text"]].values.tolist() == [["Lena Marsh", "cases were rising"],
                                                       ["WHO", "the outbreak was over"], ["WHO", "It is over,"]]


def test_a_relatives_given_name_the_census_lacks_takes_the_family_name():
    # "Callum" is no 1990 US census given name; written only capitalised, after "Petrie's son", it is his son's name
    text = ("Graham Petrie, 52, was jailed on Friday. Outside court, Petrie's son Callum, 24, said the family felt "
            '"nothing but sorrow".\n\n"Dad knows he has let everybody down," Callum said.')
    assert rows(text)["speaker"].tolist() == ["Callum Petrie", "Callum Petrie"]


def test_the_pronoun_opening_the_next_sentence_gives_the_subject_its_gender():
    # "Imad" is no census given name; "He" after the sentence he opens, whose other person is a woman, is him
    text = ("Rana Fakhoury, 31, received her badge on Saturday.\n\nCommittee head Imad Salameh said Fakhoury had "
            "passed every test. He revealed that she will referee in Asia next year.\n\nPlayers call her the Iron "
            'Whistle. "I would rather they remembered my decisions," she said.')
    out = rows(text)
    assert out["speaker"].tolist()[-1] == "Rana Fakhoury"


@pytest.mark.parametrize("text, speaker", [
    ('The vicar, the Rev Canon David Elwin, said the causeway was safe.\n\n"We pray," Canon Elwin said.',
     "David Elwin"),
    ('Cr Trevor Hinksey said the plan was sound.\n\n"It is fine," Cr Hinksey said.', "Trevor Hinksey"),
    ('Archdeacon Ruth Galeson said the church would reopen.\n\n"We are glad," Archdeacon Galeson said.',
     "Ruth Galeson")])
def test_church_and_council_titles_are_no_given_names(text, speaker):
    assert body_speakers(text) == [speaker, speaker]


def test_a_role_before_a_name_stops_at_the_line_break():
    out = extract_article("Headline\n\nCr Trevor Hinksey said the plan was sound.")
    assert out["role"].tolist() == ["Cr"]


def test_a_body_s_name_with_and_before_a_role_and_a_name_is_one_person():
    out = rows("Headline\n\nEgremont Crab Fair and Sports committee chairman Neil Bownes said the fair would go ahead.")
    assert out["speaker"].tolist() == ["Neil Bownes"]
    both = rows("Headline\n\nJohn Smith and Labour councillor Jane Doe said the fair would go ahead.")
    assert both["speaker"].tolist() == ["John Smith & Jane Doe"]


def test_a_title_set_off_before_a_name_gives_its_holder_the_role():
    text = ("Headline\n\nThe Deputy Prosecutor General at the Special Criminal Court, Mr Herve Ndong Esson, on Tuesday "
            "requested ten years in prison.\n\n\"This money was meant to clear rubbish,\" the prosecutor declared.")
    assert rows(text)["speaker"].tolist() == ["Herve Ndong Esson"]


@pytest.mark.parametrize("text, speaker", [
    ("Welder Conor Quinlan said the yard would close.", "Conor Quinlan"),
    ("Skipper Sigrid Haugen said the catch was poor.", "Sigrid Haugen"),
    ("Motorist Callum Rowley said the road was blocked.", "Callum Rowley"),
    ("Baker Mayfield said he was ready.", "Baker Mayfield"),
    ("Agriculture and Water Management Minister Radomir Vesko said prices would hold.", "Radomir Vesko")])
def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_gendered_noun_before_a_rare_given_name_outweighs_its_census_share():
    # "Tam" is in the 1990 census women's file alone, at its cut-off: "her grandfather" says more
    text = ("Headline\n\nIsla Reid, 17, won the award. Her film follows her grandfather, Tam Reid, 86.\n\n"
            "\"I honestly didn't think we'd win,\" Isla said.\n\nMr Reid said he had been \"a reluctant star\".\n\n"
            "\"She had me up at five,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Isla Reid", "Tam Reid", "Tam Reid"]


def test_a_title_listing_many_fields_then_honourable_gives_the_name_and_the_role():
    text = ("Headline\n\nMASERU (LENA) – The Minister of Gender, Youth, Sports, Arts, Culture and Social Development, "
            "Honourable Mpho Lekhooana, says the medal is good news.\n\nLater a coach said the track was poor.\n\n"
            "The Minister pledged that the ministry would build a track.")
    assert rows(text)["speaker"].tolist() == ["Mpho Lekhooana", "a coach", "Mpho Lekhooana"]


def test_a_title_opening_a_sentence_set_off_before_a_name_is_the_holder_s_role():
    text = ("Headline\n\nChairperson Grace Banda said the deliveries were late.\n\nPrincipal Secretary in the Ministry "
            "of Agriculture, Dr Mphatso Gondwe, told the committee that most had arrived.\n\n\"We will pay by Friday,\" "
            "the Principal Secretary said.")
    assert rows(text)["speaker"].tolist() == ["Grace Banda", "Mphatso Gondwe", "Mphatso Gondwe"]


def test_sesotho_courtesy_titles_are_no_given_names():
    text = ("Headline\n\nHer father, Ntate Tseliso Mokoena, said she ran daily.\n\n\"She runs,\" Ntate Mokoena said.\n\n"
            "Her aunt, M'e Palesa Sello, said she was proud.")
    out = extract_article(text)
    assert out["speaker"].tolist() == ["Tseliso Mokoena", "Tseliso Mokoena", "Palesa Sello"]
    assert out["role"].tolist() == ["Ntate", "Ntate", "M'e"]


@pytest.mark.parametrize("text, speaker", [
    ("Deputy Mayor of Ulaanbaatar in charge of Ecology, Green Development and Tourism Batbayar Tuvshin told reporters "
     "the city would act.", "Batbayar Tuvshin"),
    ("The Consulate of Mexico in Nogales, Arizona, said in a statement that it was in contact with the authorities.",
     "Consulate of Mexico in Nogales")])
def test_fields_listed_in_a_title_and_a_place_set_off_in_a_subject(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_company_s_name_ends_at_its_legal_form_before_a_possessive():
    text = ("Headline\n\nProduction has been halted at Northshield Gold Corp.’s Bidgood Ridge Mine after a rockburst.\n\n"
            "In a statement, Northshield said the event happened at night.\n\nThe company said the workers were safe.")
    assert rows(text)["speaker"].tolist() == ["Northshield Gold Corp.", "Northshield Gold Corp."]


@pytest.mark.parametrize("text, speaker", [
    ("The prosecutor read aloud a letter from Gail Ouellet, a retired teacher.\n\n\"We sold the truck,\" the letter "
     "said.", "Gail Ouellet"),
    ("The council received a letter from the Ridgeview Tenants Association.\n\nThe letter said rents had doubled.",
     "Ridgeview Tenants Association"),
    ("A September report from the Postal Service's inspector general painted a bleak picture.\n\nOn-time delivery fell in rural areas, the "
     "report said.", "Postal Service's inspector general"),
    ("A letter obtained by the Herald shows the plan.\n\nThe letter said rents had doubled.", "the letter")])
def test_a_document_from_a_named_maker_goes_to_the_maker(text, speaker):
    assert body_speakers(text) == [speaker]


def test_jean_before_a_man_s_name_without_a_hyphen_is_a_man_s_compound_name():
    text = ("Headline\n\nThe trader Esperanza Nyirahabimana argued that the ministry had ignored the costs.\n\n"
            "The Vice Mayor of Musanze District, Jean Claude Kamanzi, dismissed the concern.\n\n"
            "He said two more cold stores were under construction.\n\nJean Baker, 71, said the fair was fun.\n\n"
            "She said it was cold.")
    assert rows(text)["speaker"].tolist() == ["Esperanza Nyirahabimana", "Jean Claude Kamanzi", "Jean Baker",
                                              "Jean Baker"]


@pytest.mark.parametrize("text, speaker", [
    ("Some said they had cringed as the talks were likened to property deals.", "some"),
    ("The plan was flawed from the start, many said.", "many")])
def test_some_and_many_alone_are_unnamed_speakers(text, speaker):
    out = extract_article("Headline\n\n" + text)
    assert out[["speaker", "speaker_type"]].values.tolist() == [[speaker, "anonymous"]]


@pytest.mark.parametrize("text, speaker", [
    ("Activists clamoring to block Donald Trump say they are in the midst of a bump.",
     "Activists clamoring to block Donald Trump"),
    ("Lib Dem spokesman Ed Davey said the plan was a mistake.", "Ed Davey")])
def test_a_name_after_an_infinitive_in_the_subject_is_its_object_not_the_source(text, speaker):
    assert body_speakers(text) == [speaker]


def test_adjectives_before_a_plural_source_with_a_participle():
    text = "Republican activists clamoring to block Donald Trump from the nomination say they are in the midst of a bump."
    assert body_speakers(text) == [text[:text.index(" say ")]]
    # an auxiliary is no plural noun: "Hillary Clinton is seizing upon ..." names no source "... is seizing ..."
    text = "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss in 1995."
    assert not any("seizing" in s for s in rows("Headline\n\n" + text)["speaker"])


def test_the_official_is_the_office_holder_just_named_unless_an_unnamed_official_spoke():
    text = ("Headline\n\nThe Minister of Social Security of the Republic of Lithuania, Giedre Baranauskiene, signed the "
            "deal.\n\n“We want those who come to us to be treated fairly,” the Lithuanian official said.")
    assert rows(text)["speaker"].tolist() == ["Giedre Baranauskiene"]
    text = ("Headline\n\nStephanie Lavoie, a director at the department, said the agency would publish an update.\n\n"
            "One official involved in the project, who asked not to be named, said the note had circulated narrowly. "
            "The official said the figure had been included to reassure ministers.")
    assert rows(text)["speaker"].tolist() == ["Stephanie Lavoie"] + ["One official involved in the project"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("A memo from county human resources director Tasha Grier, included in the packet, compared wages.\n\nThe memo "
     "recommended a retention bonus for officers who stay.", "Tasha Grier"),
    ("The assessment, written for the Department for Education by Miriam Achter, a professor, found that asbestos was "
     "a risk.\n\nThe assessment said the schools should be surveyed.", "Miriam Achter")])
def test_a_document_s_maker_after_a_role_or_a_comma(text, speaker):
    assert set(rows("Headline\n\n" + text)["speaker"]) == {speaker}


def test_a_listed_ministry_before_a_person_s_name_keeps_its_fields():
    text = ("Headline\n\nThe Ministry of Agriculture, Forestry and Water Management said the protocol ends an absurd "
            "situation.\n\nState Secretary at the Ministry of Agriculture, Forestry and Water Management Radomir Bulat "
            "told MINA that the old arrangement had been unworkable.\n\nThe ministry said two patrol boats would be "
            "financed from a fund.")
    assert rows(text)["speaker"].tolist()[-1] == "Ministry of Agriculture, Forestry and Water Management"


def test_a_title_s_gender_passes_over_a_holder_a_pronoun_after_the_full_name_gives_the_other_gender():
    text = ("Headline\n\nGarel Pritchard, 46, of Cwm Lane, admitted seven offences when he appeared in court.\n\n"
            "Asked why, Pritchard said: \"I know now that was wrong.\"\n\nIts founder, Sianed Pritchard – who is no relation – said the sentence sent a clear message.\n\n"
            "\"Some of the mums had never walked on grass,\" Mrs Pritchard told the Chronicle.")
    out = rows(text)
    assert out[out["text"].str.startswith("Some of the mums")]["speaker"].tolist() == ["Sianed Pritchard"]


def test_an_age_after_now_ranks_people_sharing_a_surname():
    text = ("Headline\n\nThe park was founded by Derek Oldfield, now 84. It is run by Paul Oldfield, 52.\n\n"
            "Paul Oldfield said he understood the concerns.\n\n\"I am 84,\" the elder Mr Oldfield said.")
    assert rows(text)["speaker"].tolist() == ["Paul Oldfield", "Derek Oldfield"]


def test_a_role_before_a_document_s_maker_is_no_longer_phrase_and_an_official_statement_is_no_official():
    text = ("Headline\n\nThe council received a report from a consultant hired by manager Jane Doe last year.\n\n"
            "The report said costs had doubled since 2020.")
    assert rows(text)["speaker"].tolist() == ["the report"]
    text = ("Headline\n\nMinister Ann Lee opened the plant on Monday, and an official statement was released.\n\n"
            "“It is a great day for the region,” the official said.")
    assert rows(text)["speaker"].tolist() == ["Ann Lee"]


def test_a_capitalised_notice_on_a_kind_body_s_website_is_the_body_s():
    text = ("Headline\n\nThe Becva Hospital in Prerov has stopped admissions. A notice on the hospital's website said "
            "visits were suspended until further notice.")
    assert rows(text)["speaker"].tolist() == ["Becva Hospital"]


def test_a_quoted_nickname_after_capitalised_role_words_stays_inside_the_name():
    text = ("Headline\n\nTown Chair Robert “Bud” Meunier said Tuesday the board should have caught the problem years "
            "ago.\n\n“We trusted her, and we didn’t check,” Meunier said.")
    assert rows(text)["speaker"].tolist() == ["Robert Meunier", "Robert Meunier"]


@pytest.mark.parametrize("text, speaker", [
    ("A worker at the quarry who spoke to the agency on condition of anonymity said 80 labourers had been sent home.",
     "A worker at the quarry"),
    ("An official at the county treasury who sought anonymity said salary payments had been delayed.",
     "An official at the county treasury")])
def test_a_request_for_anonymity_after_an_unnamed_source_is_no_part_of_it(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_body_speaking_through_its_advocate_is_the_body():
    text = ("Headline\n\nMurindati Stone Works, through its advocate Mr. Peter Kamau Njoroge, had argued that it held a "
            "valid licence from the authority.")
    out = rows(text)
    assert out[["speaker", "speaker_type"]].values.tolist() == [["Murindati Stone Works", "organization"]]


def test_a_dated_document_signed_by_a_person_is_the_signer_s():
    text = ("Headline\n\nThe letter, dated Monday and signed by Officer Dana Kowalczyk, president of the Valdez Police "
            "Officers Association, asked the council to pause the hiring.")
    assert rows(text)["speaker"].tolist() == ["Dana Kowalczyk"]


def test_a_given_name_before_an_arabic_article_is_a_given_name_not_a_role():
    text = ("Headline\n\nLayla Ahmed Al Qassab said she had spent two years believing the boy was ignoring her.\n\n"
            "Her husband, Hussain Al Qassab, said Ali had been fitted with a hearing aid last month.")
    assert rows(text)["speaker"].tolist() == ["Layla Ahmed Al Qassab", "Hussain Al Qassab"]


def test_a_shorter_name_goes_to_the_one_fuller_name_with_its_given_name_and_surname():
    text = ("Headline\n\nSalim bin Musallam Al Kathiri has tapped the trees for 40 years. His son, Musallam bin Salim Al "
            "Kathiri, 26, said the price had doubled.\n\nFor Salim Al Kathiri, the young harvesters are a comfort. "
            "\"The trees will be in safe hands,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Musallam bin Salim Al Kathiri", "Salim bin Musallam Al Kathiri"]


@pytest.mark.parametrize("text, speaker", [
    ("Seed potato growers in Carrick say they face losses of up to £3 million.\n\nCouncillor Moira Tennant, whose "
     "Maybole, North Carrick and Coylton ward includes several farms, said she had written to the minister.",
     "Seed potato growers in Carrick"),
    ("Eel fishermen on the western shore of Lough Neagh say they are facing ruin after the season was called off.",
     "Eel fishermen on the western shore of Lough Neagh")])
def test_a_compass_point_or_a_lough_before_a_place_names_no_person(text, speaker):
    assert body_speakers(text)[0] == speaker


def test_a_body_s_initials_before_a_place_are_a_body_not_a_person_the_council_extends():
    text = ("Headline\n\nNHS Highland said the ward would close in March.\n\nHighland Council said it would help with "
            "transport to Inverness.\n\nNHS Highland added that staff would move to Raigmore.")
    assert rows(text)["speaker"].tolist() == ["NHS Highland", "Highland Council", "NHS Highland"]


def test_a_place_after_a_body_s_initials_is_no_surname_of_another_body_read_as_a_person():
    text = ("Headline\n\nHealthwatch Devon said patients were worried about the night closures.\n\nNHS Devon said the "
            "unit would keep its X-ray service.")
    assert rows(text)["speaker"].tolist() == ["Healthwatch Devon", "NHS Devon"]


def test_a_place_before_a_plural_of_people_is_no_person_s_name():
    text = ("Headline\n\nBirmingham parents of children with severe eating disorders say they are being failed.\n\n"
            "A spokesperson for Birmingham Women's and Children's NHS Foundation Trust said demand was high.")
    assert rows(text)["speaker"].tolist()[0] == "Birmingham parents of children with severe eating disorders"


def test_a_spouse_or_child_named_by_the_given_name_alone_bears_the_family_name_of_the_person_just_named():
    text = ("Headline\n\nRachel Gooderham, who set up the action group, said the decision had been taken on a map.\n\n"
            "Her husband, Mark, a lorry driver, put it more bluntly: \"One of us is giving up a job to drive him.\"")
    assert rows(text)["speaker"].tolist() == ["Rachel Gooderham", "Mark Gooderham"]
    text = ("Headline\n\nFor 62 summers, Margaret Ferris has kept the score. She started when her late husband, Ron, "
            "was the opening bowler.\n\n\"I have never missed a ball,\" says the 89-year-old.")
    assert rows(text)["speaker"].tolist() == ["Margaret Ferris"]


def test_their_child_named_by_a_given_name_the_census_lacks_bears_the_family_name():
    text = ("Headline\n\nRachel Gooderham said the decision had been taken on a map.\n\nTheir son Alfie, 12, who is in "
            "Year 7, said he would be \"a bit scared\" walking past the lorries.")
    assert rows(text)["speaker"].tolist() == ["Rachel Gooderham", "Alfie Gooderham"]


@pytest.mark.parametrize("text, speaker", [
    # signed by a person: the signer's
    ("A letter to parents signed by head teacher Curtis Oyelaran said respirators would be issued.", "Curtis Oyelaran"),
    ("A memo to staff signed by Warden Curtis Oyelaran on Feb. 27 said N95 respirators would be issued.",
     "Curtis Oyelaran"),
    # released after its addressee is named: the document is the subject, not the addressee
    ("A report to the U.S. Congress released on Wednesday accused Chinese state media of spying.", "A report"),
    ("A report to Congress released on Wednesday accused Chinese state media of spying.", "A report")])
def test_a_document_to_its_addressees_is_read_past_them(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_relative_clause_s_verb_gives_the_role_a_bare_role_noun_later_names():
    text = ("Headline\n\nEdmilson Santos won the title on Sunday.\n\nAnilton Brito, who has coached the athlete since "
            "he was 14, described him as a natural.\n\n\"Talent he has,\" the coach underlined.")
    assert rows(text)["speaker"].tolist() == ["Anilton Brito", "Anilton Brito"]


@pytest.mark.parametrize("text, content", [
    ("Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry.",
     "she, too, wants a Justice Department inquiry"),
    ("Mike Shields, president of the fund, said nearly every conversation he has had with donors lately centers on "
     "the need for a firewall.",
     "nearly every conversation he has had with donors lately centers on the need for a firewall")])
def test_a_that_less_clause_opened_by_an_aside_or_a_quantifier_s_adverb_is_reported(text, content):
    assert rows("Headline\n\n" + text)["text"].tolist() == [content]


def test_a_report_commissioned_last_year_from_a_firm_of_a_town_is_the_firm_s():
    text = ("Headline\n\nThe skywalk has about five years of safe use left, according to an engineering report the city "
            "commissioned last year from Hartwell Engineering of Minneapolis.\n\nThe report said road salt had "
            "corroded parts of the frame.")
    assert rows(text)["speaker"].tolist() == ["Hartwell Engineering", "Hartwell Engineering"]


def test_a_document_from_a_date_is_no_document_sent_by_that_date():
    text = ("Headline\n\nA municipal engineering report from October 2023 said a section of the road was in poor "
            "condition. It recommended that the section be rebuilt within three years.")
    out = rows(text)
    assert out[["speaker", "speaker_type"]].values.tolist() == [
        ["A municipal engineering report from October 2023", "media"]] * 2


def test_a_relative_after_whose_bears_the_family_name_of_the_person_it_follows():
    text = ("Headline\n\nGroup chair Bernadette Foley, whose husband Michael survived a stroke in 2021, said the unit "
            "saved him.\n\nMr Foley, now 67, said he could remember \"almost nothing\" of that morning.")
    assert rows(text)["speaker"].tolist() == ["Bernadette Foley", "Michael Foley"]


def test_words_before_a_body_s_initials_and_its_name_are_no_person():
    text = ("Headline\n\nParents in Northamptonshire say their children are falling further behind.\n\nThe service is "
            "run by Northamptonshire Healthcare NHS Foundation Trust (NHFT).")
    assert rows(text)["speaker"].tolist() == ["Parents in Northamptonshire"]


@pytest.mark.parametrize("text, speaker", [
    ("According to figures released by NHS Grampian under freedom of information legislation, 1,140 people in Moray "
     "are waiting.", "NHS Grampian"),
    ("According to figures published by Clean Severn Worcester, a volunteer group that samples the river every week, "
     "bacteria levels were high.", "Clean Severn Worcester")])
def test_a_document_s_maker_ends_before_how_it_was_obtained_or_what_the_maker_is(text, speaker):
    assert body_speakers(text) == [speaker]


def test_an_unnamed_source_described_twice_is_its_first_description():
    text = ("Headline\n\nThe youngest craftsman on the street, a 26-year-old law graduate who works in his uncle's "
            "shop, said the trade was dying.\n\nThe woman, a 34-year-old from Leeds who was not named, said she was "
            "scared.")
    assert rows(text)["speaker"].tolist() == ["the youngest craftsman on the street", "the woman"]


@pytest.mark.parametrize("source, speaker", [
    ("Rep. Kim Ga-yeon of the ruling Democratic Party (DP), who sponsored the bill, told reporters after the vote",
     "Kim Ga-yeon"),
    ("John Smith of the main opposition Democratic Party, who sponsored the bill, said", "John Smith")])
def test_a_name_and_a_long_body_then_a_relative_clause_after_a_quotation_is_its_source(source, speaker):
    assert rows(f'Headline\n\n"This is a bill that protects lives," {source}.')["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The meeting came down to five words: “Don’t sell into a panic.”\n\nIt came from Rhonda Vossberg, who chairs "
     "Alberta Beef Producers.", "Rhonda Vossberg"),
    ("The boat sank fast.\n\n“The sea just stood up.”\n\nThat is how Jamie Toombs, who was hauling traps about two "
     "kilometres away when he heard the mayday on his radio, described the moment the wave hit.", "Jamie Toombs"),
    ("“Welcome to another Sunday.”\n\nFor 52 years, that is how Stanley Wojcik has opened his show on WMVQ-AM.",
     "Stanley Wojcik")])
def test_the_sentence_after_a_quotation_that_names_its_speaker(text, speaker):
    assert body_speakers(text) == [speaker]


def test_a_quoted_message_then_it_was_signed_by_a_person_is_the_signer_s():
    text = ("Headline\n\nThe email sent to competing clubs was brief: \"With great regret, the committee has decided "
            "that the regatta cannot go ahead safely.\" It was signed by the regatta's honorary secretary, Maureen "
            "Tolley.")
    assert rows(text)["speaker"].tolist() == ["Maureen Tolley"]


@pytest.mark.parametrize("text, speaker", [
    ("The report's conclusion was stark: \"Without a step change in delivery, ministers will not meet their "
     "commitment.\"", "the report"),
    ("One remark drew applause from the gallery: \"The salt does not wait for paperwork.\" It came from Deputy Le Van "
     "Tuan of Dong Thap province, who proposed fines.", "Le Van Tuan")])
def test_an_owned_conclusion_before_a_colon_and_it_came_from_a_named_deputy_name_the_speaker(text, speaker):
    assert body_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker, words", [
    ("Resident Margaret Hill, 71, said: ‘It is not our fault, it is the developers’. They built on a flood plain and "
     "walked away.’", "Margaret Hill", "walked away"),
    ("‘The decision should have been the parents’. Nobody asked us what we wanted,’ said Claire Dunn, 40.",
     "Claire Dunn", "what we wanted"),
    ("‘We were round at the Thomas’; they had the only generator left in the street,’ said Julie Price, 48.",
     "Julie Price", "only generator"),
    ("‘Everyone blames the nurses’: that is what it feels like on the ward,’ said Unison rep Karen Lloyd.",
     "Karen Lloyd", "on the ward")])
def test_review_a_plural_possessive_inside_a_quotation_does_not_end_it(text, speaker, words):
    out = rows("Headline\n\n" + text)
    assert out["speaker"].tolist() == [speaker] and words in out["text"].iloc[0]


@pytest.mark.parametrize("text, speaker", [
    ('Asked whether she had read the report, "Not yet," Ms Hughes replied.', "Hughes"),
    ('Of the show, "Absolutely brilliant," said Karen Wells, 54.', "Karen Wells"),
    ('The man\'s condition was listed as "critical but stable," a hospital spokesperson said.',
     "a hospital spokesperson")])
def test_review_short_words_after_a_work_s_noun_or_listed_as_before_a_reporting_verb_are_speech(text, speaker):
    assert body_speakers(text) == [speaker]


def test_review_an_object_pronoun_and_an_aside_after_said_open_no_clause():
    assert rows("Headline\n\nObama said it, too, when he ran for president in 2008.").empty


@pytest.mark.parametrize("text", [
    "Resident Jo Park was asleep when it happened.\n\n\"There was a loud bang and the whole house shook.\" It came "
    "from Hartley Chemicals, a plant two miles away.",
    "Jets captain Adam Lowry was blunt after the game. \"We just ran out of gas.\" That is how Winnipeg ended its "
    "season, with a 4-1 loss.",
    "Farmer Owen Price surveyed his flooded fields.\n\nThe mood in Carmarthen was bleak: \"We have lost the whole "
    "harvest.\""])
def test_review_a_sentence_after_a_quotation_about_something_else_names_no_speaker(text):
    out = rows("Headline\n\n" + text)
    assert out["speaker"].isin(["(unresolved)", "Jo Park", "Adam Lowry", "Owen Price"]).all()


def test_review_a_report_written_by_someone_after_a_speaker_s_quotation_leaves_it_the_speaker_s():
    text = ("Headline\n\nDr Susan Hale said the inspection report was long overdue.\n\n\"It is damning. Every page of "
            "it.\" It was written by the chief inspector, Mark Evans, last year.")
    assert rows(text)["speaker"].tolist() == ["Susan Hale", "Susan Hale"]


@pytest.mark.parametrize("text, speaker", [
    ("Sarah Jenkins runs the cafe. Her husband, David Brown, is a firefighter.\n\nSarah Jenkins said the fire was "
     "terrible. Her husband, David, said: \"It is the job.\"", "David Brown"),
    ("Maria Gonzalez, who married John Pearce in 2010, runs the farm.\n\nHer husband, John, said: \"We will "
     "rebuild.\"", "John Pearce"),
    ("Tom and Lisa Brennan lost their home in the fire. Fire chief Gary Holt said crews arrived in minutes.\n\nTheir "
     "son, Alfie, 12, said: \"I was scared.\"", "Alfie Brennan")])
def test_review_a_relative_by_given_name_takes_the_right_family_name(text, speaker):
    assert body_speakers(text)[-1] == speaker


def test_review_whose_relative_takes_no_family_name_from_a_person_not_named_right_before():
    text = ("Headline\n\nDetective Inspector Claire Moss said the inquiry continued. The victim, whose husband, Mark, "
            "found her, was 54.\n\n\"She was everything to me,\" Mark said.")
    assert rows(text)["speaker"].tolist()[-1] == "Mark"


def test_review_a_verb_without_its_object_in_a_relative_clause_gives_no_role():
    text = ("Headline\n\nGuest Lisa Grant, who managed to climb out of a window, was unhurt. Fire chief Dan Ross said "
            "the blaze began in the kitchen.\n\n\"We got everyone out,\" the hotel's manager said.")
    assert rows(text)["speaker"].tolist()[-1] == "the hotel's manager"


def test_review_a_nationality_before_an_arabic_article_is_no_given_name():
    text = 'Headline\n\n"The strike hit a school," Palestinian Al Quds Brigades said on Telegram.'
    assert rows(text)["speaker"].tolist() == ["Al Quds Brigades"]


def test_a_police_force_s_name_ends_at_a_line_break():
    text = "Headline\n\nCape Breton Regional Police arrested a man on Friday.\n\n\"He is in custody,\" police said."
    assert rows(text)["speaker"].tolist() == ["Cape Breton Regional Police"]


def test_a_document_from_a_person_named_like_a_month_is_hers():
    text = "Headline\n\nA letter from May Mahmoud, the head teacher, said the school would close."
    assert rows(text)["speaker"].tolist() == ["May Mahmoud"]


@pytest.mark.parametrize("text, speaker", [
    # the last man named is named only as an owner ("manager Colin Fallaize's squad"): "he" is the man the story is
    # about, named before
    ("Headline\n\nFor 15 years Sam Domaille has watched the final from the terraces.\n\nThe centre-half was named in "
     "manager Colin Fallaize’s squad on Monday.\n\n‘I had given up,’ he said.", "Sam Domaille"),
    # an owner who is also named as a subject is a candidate like any other
    ("Headline\n\nSam Domaille has watched the final for years.\n\nColin Fallaize named him on Monday. Colin "
     "Fallaize’s squad is young.\n\n‘He earned it,’ he said.", "Colin Fallaize"),
    # no man named before the owner: the owner
    ("Headline\n\nThe centre-half was named in manager Colin Fallaize’s squad on Monday.\n\n‘He earned it,’ he said.",
     "Colin Fallaize")])
def test_he_passes_over_a_man_named_only_as_an_owner(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text", ["Back on Long Wharf, the boats were tied up.", "The march went down Gary Street.",
                                  "She lives on Carol Terrace, near the school."])
def test_a_place_whose_first_word_is_a_given_name_is_no_person(text):
    assert find_people(text) == []


def test_the_elder_after_a_fronted_phrase_is_who_he_is_next():
    text = ("Headline\n\nPeter Halsey, 67, has fished the bay for 53 years. His son, Luke Halsey, 34, fishes with "
            "him.\n\nLuke Halsey said the season was poor. “Five bushels,” he said.\n\nBack on Long Wharf, the elder "
            "Halsey hosed down his board.\n\nHe said he would keep going out through December.")
    assert rows(text)["speaker"].tolist()[-1] == "Peter Halsey"


def test_a_relative_opening_a_paragraph_is_the_one_other_of_the_family_named():
    text = ("Headline\n\nRosa Pedrazzini, 68, and her son, Dante Pedrazzini, 41, run the dairy.\n\nNeighbour Lorna "
            "Feeney said the ruling was common sense.\n\nDante Pedrazzini said the family would hire two more "
            "workers.\n\nHis mother was less interested in the future. Asked what she would do next, she laughed."
            "\n\n“Four-thirty tomorrow morning, same as always,” she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Rosa Pedrazzini"


def test_a_relative_is_not_one_the_text_named_as_another_relative():
    text = ("Headline\n\nJenna Haskell runs the bait shop. Her cousin Dale Haskell, who leads the board, said it "
            "would meet in December.\n\nEarl Haskell said the fight was about more than money. His father bought "
            "the shed in 1958.\n\n“People see a pretty harbor,” he said.")
    assert rows(text)["speaker"].tolist()[-1] == "Earl Haskell"


def test_a_document_a_body_published_is_the_body_s():
    text = ("Headline\n\nThe Committee for Economic Development yesterday published a policy letter setting out "
            "proposals for the dairy.\n\nThe document says the dairy lost £1.4m last year.")
    assert rows(text)["speaker"].tolist() == ["Committee for Economic Development"]


@pytest.mark.parametrize("text", [
    "Headline\n\nThe three members who voted no — board chair Tobias Whitmore, Joan Delacroix-Park and Ruth Abernathy "
    "— said the panels would be visible.",
    "Headline\n\n\"It is too big,\" the three members — Tobias Whitmore, Joan Delacroix-Park and Ruth Abernathy — "
    "said."])
def test_people_listed_between_dashes_speak_together(text):
    assert rows(text)["speaker"].tolist() == ["Tobias Whitmore & Joan Delacroix-Park & Ruth Abernathy"]


def test_a_title_joins_the_one_holder_of_a_surname_whose_census_gender_the_text_overrules():
    # most Gwyns in the US census are women; the text says this one is a man ("his team-mates")
    text = ("Retired postman Gwyn Prosser, 61, delivered the post to most of his team-mates' farms. Mr Prosser said "
            "the team would win.")
    assert {m.person.name for m in find_people(text)} == {"Gwyn Prosser"}
    # without the text's word, the title still names another holder of the surname
    text = "Mary Smith runs the farm. Mr Smith said the team would win."
    assert {m.person.name for m in find_people(text)} == {"Mary Smith", "Smith"}


def test_a_relative_after_a_family_s_plural_possessive_bears_its_name():
    text = ("Headline\n\nEmyr Watkins has pulled for the club for 20 years.\n\nThe youngest puller is the Watkinses' "
            "son, Rhodri, 19. He said he had started at 14.")
    assert rows(text)["speaker"].tolist() == ["Rhodri Watkins"]


@pytest.mark.parametrize("text, speaker", [
    ("Headline\n\nThe trial ended on Monday.\n\nDaughter: “It was no accident”\n\nThe woman’s daughter, Tove Bakken, "
     "followed the trial from the gallery.\n\n“It was no accident,” she said.", "Tove Bakken"),
    ("Headline\n\nSon says parents were on ‘holiday of a lifetime’\n\nA couple died in a crash in Italy.\n\nTheir son, "
     "Euan Lauder, 37, lives in Leith. He said his mother had phoned him.", "Euan Lauder"),
    # no relative introduced later: the noun as written
    ("Headline\n\nThe trial ended on Monday.\n\nDaughter: “It was no accident”\n\nThe court rose.", "daughter")])
def test_a_relative_speaking_in_a_subhead_is_the_one_introduced_after(text, speaker):
    assert rows(text)["speaker"].tolist()[0] == speaker


def test_a_body_s_short_name_does_not_grow_into_a_numbered_thing_it_runs():
    text = ("Headline\n\nOfficers met Vireo Airlines Flight 842 when it touched down.\n\nIn an emailed statement, Vireo "
            "Airlines said the aircraft diverted “out of an abundance of caution.”")
    assert rows(text)["speaker"].tolist() == ["Vireo Airlines"]


@pytest.mark.parametrize("text, speaker", [
    ("Headline\n\nThe Ontario Land Tribunal heard 40 appeals in May.\n\nThe tribunal's most recent annual report says "
     "appeals take 14 months.", "Ontario Land Tribunal"),
    ("Headline\n\nThe Ministry of Health opened the clinic.\n\nThe ministry's report on the first phase says 400 "
     "patients were seen.", "Ministry of Health"),
    # no body of that kind named: the document as written
    ("Headline\n\nThe clinic opened in May.\n\nThe ministry's report on the first phase says 400 patients were seen.",
     "the ministry's report on the first phase")])
def test_a_document_of_a_body_named_by_its_kind_is_that_body_s(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


# Guards from a helper's review of the forty-eighth session's rules: each input came out wrong at some commit of the
# session (the rule's first form) and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a body that published a document opens its sentence as the subject
    ("Headline\n\nAfter the Home Office published a policy paper in May, charities protested.\n\nThe document says "
     "asylum claims rose.", ["the document"]),
    # another document than the one the article is about
    ("Headline\n\nThe Home Office published a policy paper in May.\n\nA second document, leaked to the BBC, says "
     "asylum claims rose.", ["A second document"]),
    # places listed between dashes are no people
    ("Headline\n\nOfficials in three cities — New York, Los Angeles and San Francisco — said they would sue.",
     ["Officials in three cities"]),
    # a man named as an owner is passed over only for one named before as a sentence's subject
    ("Headline\n\nPolice charged Mark Doe with murder.\n\nThe body was found in Dr. Alan Fry’s clinic.\n\n“It was a "
     "terrible shock,” he said.", ["Alan Fry"]),
    ("Headline\n\nCouncillor John Lee moved the motion.\n\nMike Smith’s bakery has been on Main Street since 1985."
     "\n\n“Half my customers drive here,” he said.", ["Mike Smith"]),
    # a relative in a subhead is one the article introduces who speaks in it
    ("Headline\n\nThe crash happened at noon.\n\nWife: “He was my whole world”\n\nThe driver of the lorry, Tom Reed, "
     "45, and his wife, Anne Reid, were unhurt.", ["wife"]),
    # a lake is a surname too
    ("Headline\n\nFans gave a standing ovation to Greg Lake, who said he was moved.\n\n“I never expected it,” Lake "
     "said.", ["Greg Lake", "Greg Lake"]),
    # a union's local is part of its name; a flight is not
    ("Headline\n\nOfficers met Vireo Airlines Flight VA842 on the tarmac.\n\nVireo Airlines said the crew acted well.",
     ["Vireo Airlines"])])
def test_review_guards_of_the_forty_eighth_session(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_review_a_reporting_verb_between_a_name_and_a_pronoun_says_nothing_of_the_name_s_gender():
    text = "Lindsay Clarke, 34, said the minister had let down his constituents. Mr Clarke said he agreed with his wife."
    assert {m.person.name for m in find_people(text)} == {"Lindsay Clarke", "Clarke"}


def test_review_a_quotation_before_an_inverted_source_is_the_source_s():
    text = ('Headline\n\nLast year, the company described its outlook as "cautiously optimistic about the second '
            'half," said analyst Ken Wu.')
    assert rows(text)[["kind", "speaker"]].values.tolist() == [["partial", "Ken Wu"]]


def test_review_what_was_asked_for_is_the_object_not_a_clause_after_it():
    out = rows("Headline\n\nJones, 45, asked for forgiveness from the victim's family before he was sentenced.")
    assert out["text"].tolist() == ["forgiveness from the victim's family before he was sentenced"]


# Rules from the written files 391-402 (forty-ninth session): each input is the shape of a miss read there.
def test_a_nickname_in_quotes_after_a_title_and_a_given_name_the_census_lacks_joins_the_name():
    text = ("Headline\n\nCouncillor Ganesh \u2018Ricky\u2019 Ramlall, who sits on the waste committee, said he had "
            "raised concerns six times. He argued that the council never produced records.")
    assert rows(text)["speaker"].tolist() == ["Ganesh Ramlall", "Ganesh Ramlall"]


def test_an_office_set_off_before_its_holder_is_no_person():
    text = ("Headline\n\nActing Town Clerk, Mr Rawle Hinds, confirmed that the council owed the contractor $186 "
            "million.")
    assert rows(text)["speaker"].tolist() == ["Rawle Hinds"]
    assert [m.person.name for m in find_people(text)] == ["Rawle Hinds"]


def test_ratu_is_a_fijian_chiefly_title_before_the_name():
    text = ("Headline\n\nMinister for Sugar Industry Ratu Josefa Vuniwai said the Fund's reserves had fallen.\n\n"
            "\"Every grower knows the cutters are not coming back,\" Ratu Josefa said.")
    assert rows(text)["speaker"].tolist() == ["Josefa Vuniwai", "Josefa Vuniwai"]


@pytest.mark.parametrize("tag", ["D-Leland", "D-Leland Township"])
def test_a_party_tag_after_a_surname_in_ing_is_neither_a_name_nor_the_subject(tag):
    text = (f"Headline\n\nCommissioners Mark Ebeling and Ann Wiltse voted no.\n\nEbeling, {tag}, said the majority "
            "was wrong and warned that lake associations would push for a ballot proposal.\n\n\"If this board "
            "won't protect the water, the voters will,\" he said.")
    assert rows(text)["speaker"].tolist() == ["Mark Ebeling"] * 3


def test_a_clause_after_said_is_no_inverted_subject_for_a_coordinated_cue():
    text = ("Headline\n\nA Chatham member of the school committee, who asked not to be named, said the Harwich vote "
            "caught members off guard and warned that it could sour a budget process.")
    assert rows(text)["speaker"].tolist() == ["A Chatham member of the school committee"] * 2


def test_a_platform_s_post_is_a_noun_not_a_cue():
    text = ("Headline\n\nThe Leelanau Realtors Council praised the vote in a Facebook post Wednesday, saying the "
            "repeal would \"restore common sense to closings\" and end delays.")
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Leelanau Realtors Council"]


def test_an_inverted_source_may_name_what_the_role_is_for():
    text = ("Headline\n\nA bat out in daylight is more likely to be sick, said a spokeswoman for Ventura County "
            "Animal Services.")
    out = rows(text)
    assert out[["text", "speaker"]].values.tolist() == [
        ["A bat out in daylight is more likely to be sick", "a spokeswoman for Ventura County Animal Services"]]


def test_mr_surname_senior_is_the_elder_of_two_relatives():
    text = ("Headline\n\nHis father, Richard Hallett, 81, ran the shop for 35 years.\n\nJames Hallett, 52, said the "
            "family had spoken to retailers.\n\n\"My grandfather opened this shop,\" Mr Hallett senior said.")
    assert rows(text)["speaker"].tolist() == ["James Hallett", "Richard Hallett"]


def test_a_country_s_office_set_off_before_a_name_is_that_person_s_role_but_not_a_body_s_office():
    text = ("It was signed by Barbados’ Minister of Tourism and International Transport, Ms Deborah "
            "Clarke-Gittens.")
    assert {"barbados", "minister"} <= find_people(text)[0].person.roles
    text = ("Dustin Karsten is charged with arson. According to the Flathead County Attorney's Office, Karsten had "
            "been warned twice.")
    assert "attorney" not in find_people(text)[-1].person.roles


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nCurtis Nygaard told council the contract includes a penalty of $2,500 a day.",
     "the contract includes a penalty of $2,500 a day"),
    ("Headline\n\nTheodora Fisk told The Chronicle the commission's plan calls for about 300 native plantings.",
     "the commission's plan calls for about 300 native plantings"),
    ("Headline\n\nHarold Bzowy said shipping his own cars saves the family $25 a tonne.",
     "shipping his own cars saves the family $25 a tonne"),
    # after a gerund and its noun, the present's object need not open with a determiner
    ("Headline\n\nDemocratic economists say taxing consumption encourages savings and growth.",
     "taxing consumption encourages savings and growth"),
    # a contracted negation is a finite verb soon after the gerund
    ("Headline\n\nBut Dr. Alma Reyes said bullying doesn't just happen to children.",
     "bullying doesn't just happen to children"),
    ("Headline\n\nBut Dr. Alma Reyes said bullying wasn’t new at the school.", "bullying wasn’t new at the school")])
def test_a_clause_whose_verb_is_a_present_in_s_after_a_cue(text, content):
    assert only(text)["text"] == content


@pytest.mark.parametrize("text", [
    "Headline\n\nCarter said referring to the bill that it needs work.",
    "Headline\n\nThe mayor told the council costs of the plan in detail."])
def test_no_clause_without_a_verb_after_the_cue(text):
    assert rows(text).empty


def test_a_pronoun_and_its_verb_after_said_are_no_inverted_source_of_a_quotation_before():
    text = ("Headline\n\nCouncilmember Travis Edelman, who described himself as \u201ca fence-sitter on this one,\u201d "
            "said he wanted staff to return with options.")
    assert set(rows(text)["speaker"]) == {"Travis Edelman"}


def test_hon_is_a_courtesy_title_not_part_of_the_name():
    text = "Headline\n\nThe Majority Leader, Hon. Peter Wachira Macharia, said the budget was fine."
    assert rows(text)["speaker"].tolist() == ["Peter Wachira Macharia"]


def test_a_pronoun_aside_after_a_subject_its_owner_opens_is_the_owner():
    text = ("Headline\n\nCatriona Beaton, 41, throws the hammer.\n\nHughie MacDonald, president of the society, said "
            "the society has contributed $500.\n\nBeaton’s training playlist, she said, leans heavily on Gaelic songs "
            "her grandmother used to sing.")
    assert rows(text)["speaker"].tolist() == ["Hughie MacDonald", "Catriona Beaton", "Catriona Beaton"]


def test_a_trailing_pronoun_cue_after_a_clause_is_not_its_owner_s():
    text = ("Headline\n\nJohn Reid, the minister, spoke first.\n\nMary Adams, 40, said the plan was late.\n\n"
            "Reid's government was a failure, she said.")
    assert rows(text)["speaker"].tolist()[-1] == "Mary Adams"


# Guards from a helper's review of the forty-ninth session's first rules: each input came out wrong with the rule's
# first form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a role "for" something, then a name set off, after "said": what was said, not an inverted source
    ("Headline\n\nJane Smith, the union's president, said the minister for Housing, Sean Fraser, had ignored tenants "
     "for years.", ["Jane Smith"]),
    # a Taiwanese given name is no party tag
    ("Headline\n\nThe study's lead author, I-Chun Lin, a marine biologist at Academia Sinica, said the reefs were "
     "recovering.\n\n\"We expected far worse,\" Lin said.", ["I-Chun Lin", "I-Chun Lin"]),
    # "left" in a source is an adjective
    ("Headline\n\nThe party has lost its way, said Labour left winger Jon Trickett, adding that members were leaving "
     "in droves.", ["Jon Trickett", "Jon Trickett"]),
    # a surname that is a role word, then a list of people
    ("Headline\n\nLabour councillor Niamh Sheriff, Tom Lee and Ann Price voted against the plan. Sheriff said the "
     "scheme would \"ruin the seafront\".", ["Niamh Sheriff"]),
    # "Mrs ... senior": the elder of the women
    ("Headline\n\nTom Dowd, 70, his wife Ann Dowd, 66, and their daughter Sarah Dowd, 38, run the farm together."
     "\n\n\"We will never sell,\" Mrs Dowd senior said.", ["Ann Dowd"])])
def test_review_guards_of_the_forty_ninth_session(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text", [
    "Headline\n\nThe treasurer told council the repair costs for each of the three bridges in detail.",
    "Headline\n\nPolice reminded drivers the road closures this weekend on Highway 3.",
    "Headline\n\nFinance director Amy Lee told councillors the water rates for 2025 at Monday's meeting."])
def test_review_a_plural_noun_is_no_present_verb_after_an_addressee(text):
    assert rows(text).empty


def test_review_a_gerund_s_present_verb_is_near_it():
    out = rows("Headline\n\n\"We have no choice,\" Carter said citing pay offers for nurses and paramedics.")
    assert out["kind"].tolist() == ["direct"]


def test_review_an_office_s_owner_is_a_role_word_only_when_a_country():
    text = "It was announced by Trump's Chief of Staff, Susie Wiles, on Monday."
    assert "trump" not in find_people(text)[-1].person.roles


def test_its_document_in_a_sentence_about_a_body_named_by_its_kind_is_that_body_s():
    text = ("Headline\n\nThe Qu’Appelle Valley Seed Cleaning Co-operative opened in 1952.\n\nDoug Kowalchuk said the "
            "plant was insured.\n\nTara Kowalchuk said it was a blow.\n\nOle Sveinson said he had seed waiting.\n\n"
            "The co-op has about 340 members, according to its most recent annual report.\n\nThe co-op said it would "
            "rebuild.")
    out = rows(text)
    assert out["speaker"].tolist()[-2:] == ["Qu’Appelle Valley Seed Cleaning Co-operative"] * 2


def test_a_co_op_s_head_is_no_op():
    text = "Headline\n\nThe Lake Winnipeg Fishers’ Co-operative met on Monday.\n\nThe co-op said members were angry."
    assert rows(text)[["speaker", "speaker_type"]].values.tolist() == [
        ["Lake Winnipeg Fishers’ Co-operative", "organization"]]


@pytest.mark.parametrize("text, speaker", [
    # the initials given in brackets after the name, of its last words
    ("Headline\n\nThe Pacific Islands Forum Fisheries Agency (FFA) met in Honiara.\n\nAccording to the FFA's \"Tuna "
     "Economic Indicators 2025\" report, longline catches were worth US$1.3 billion last year.",
     "Pacific Islands Forum Fisheries Agency"),
    # a name whose initials those are
    ("Headline\n\nThe Food and Drug Administration met on Monday.\n\nThe FDA's annual report says drug recalls rose "
     "by a third.", "Food and Drug Administration")])
def test_a_document_of_a_body_named_by_its_initials_is_that_body_s(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_the_agency_may_stand_for_a_body_whose_name_ends_in_services():
    text = "Headline\n\nVentura County Animal Services picks up bats.\n\nThe agency urged residents to use thick gloves."
    assert rows(text)["speaker"].tolist() == ["Ventura County Animal Services"]


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nMike Whitfield said finding 60 skilled tradespeople in south Georgian Bay would be harder than "
     "building the boats.",
     "finding 60 skilled tradespeople in south Georgian Bay would be harder than building the boats"),
    ("Headline\n\nAnn Okafor said trading standards officers went on to trace 67 more vehicles.",
     "trading standards officers went on to trace 67 more vehicles"),
    ("Headline\n\nGraham Peckover said fishing boats from Rye Harbour tied up there on big tides.",
     "fishing boats from Rye Harbour tied up there on big tides")])
def test_a_gerund_opens_a_clause_whose_verb_comes_later(text, content):
    assert only(text)["text"] == content


def test_a_plural_noun_in_s_opens_a_clause_whose_verb_comes_late():
    text = ("Headline\n\nA Democratic aide said comments from Rice, Rhodes, Panetta and Petraeus were consistent with "
            "their previous statements.")
    assert only(text)["text"] == ("comments from Rice, Rhodes, Panetta and Petraeus were consistent with their "
                                  "previous statements")


def test_a_gerund_before_a_preposition_is_how_it_was_said():
    assert rows("Headline\n\nCarter said referring to the bill passed last year.").empty


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nDeb Brandt said during public comment the problem started long before the current sheriff.",
     "the problem started long before the current sheriff"),
    ("Headline\n\nCurtis Mandeville said roughly 420 people live in the alert area.",
     "roughly 420 people live in the alert area")])
def test_a_clause_after_an_adjunct_or_a_counted_plural_without_s(text, content):
    assert only(text)["text"] == content


def test_admitted_a_number_of_people_is_no_report():
    assert rows("Headline\n\nThe centre admitted about 640 people last year, its director said.")["text"].tolist() \
        != ["about 640 people last year"]


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nMarsha Teddy-Lennie told the meeting the latest aerial survey, flown in July, counted an estimated "
     "14,800 animals.", "the latest aerial survey, flown in July, counted an estimated 14,800 animals"),
    ("Headline\n\nOliver Quested told the court Pettifer, a self-employed scaffolder, had since handed over his "
     "stock.", "Pettifer, a self-employed scaffolder, had since handed over his stock")])
def test_told_an_addressee_a_clause_whose_subject_has_an_aside(text, content):
    assert only(text)["text"] == content


@pytest.mark.parametrize("text", [
    "Headline\n\nCllr Sanjay Mistry asked at a scrutiny meeting last week whether the council had calculated the cost.",
    "Headline\n\nMarcus Hollingberry asked in a letter to the agency Wednesday whether the ferry system had spent the "
    "money."])
def test_asked_an_adjunct_then_whether(text):
    assert only(text)["text"].removeprefix("whether ").startswith("the ")


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nHospice leaders say this year is the worst they can remember.",
     "this year is the worst they can remember"),
    ("Headline\n\nJohn Smith said last year was the worst he can remember.", "last year was the worst he can remember"),
    ("Headline\n\nJohn Smith said last week he would resign.", "he would resign"),
    # (after a participle set off by a comma too)
    ("Headline\n\nVeltra rejected the idea, saying this year would be better.", "this year would be better")])
def test_a_time_may_be_the_subject_of_what_is_said(text, content):
    assert only(text)["text"] == content



# Guards from a helper's review of the forty-ninth session's later rules: each input came out wrong with the rule's
# first form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a subject a person owns before a pronoun aside: the owner only when the last speaker is not of that gender
    ("Headline\n\nVice President Kamala Harris campaigned in Michigan on Monday.\n\nJennifer Walsh, a political "
     "scientist at Wayne State University, said turnout would decide the race.\n\nHarris's campaign, she said, had "
     "run out of time to win over union voters.", ["Jennifer Walsh"] * 3),
    # an inverted pronoun before a preposition
    ("Headline\n\nPremier Danielle Smith spoke on Monday. \"Alberta will not be bullied by Ottawa,\" said she on "
     "Monday.", ["Danielle Smith"]),
    # "Hon" without a point is a given name
    ("Headline\n\nE-cigarette inventor Hon Lik said the device was safe. Hon said he was disappointed.",
     ["Hon Lik", "Hon Lik"]),
    # "its" after another body named by its kind
    ("Headline\n\nNorfolk County Council is reviewing its contract with the James Paget University Hospitals NHS "
     "Foundation Trust.\n\nThe council was told the trust had overspent by £4m, according to its most recent annual "
     "report.", ["its most recent annual report"]),
    # two letters may be an office's
    ("Headline\n\nThe Metropolitan Police has opened an inquiry. According to the MP's expenses report, she claimed "
     "£4,000 for a flat.", ["the MP's expenses report"])])
def test_review_guards_of_the_forty_ninth_session_later_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text", [
    "Headline\n\nThe council said citing safety concerns raised by residents at a public meeting.",
    "Headline\n\nGovernor Andrew Bailey said warning households faced higher bills.",
    "Headline\n\nThe minister said referring to the bill passed last year that it had worked.",
    "Headline\n\nThe airline said pointing to a surge in bookings that summer fares had risen.",
    "Headline\n\nSmith told the jury the story, then paused, looked at the defendant and wept.",
    "Headline\n\nOfficials reported about 300 people without power on Tuesday.",
    "Headline\n\nResidents who asked at the open house whether the road would be widened were told no."])
def test_review_no_report_in_these(text):
    assert rows(text).empty


def test_review_an_adjunct_ending_in_a_past_tense_is_a_clause_of_its_own():
    text = "Headline\n\nMayor Jane Doe said after the province announced the cuts the town would lose two nurses."
    assert "Jane Doe" not in rows(text)["speaker"].tolist()


def test_review_the_coop_is_a_co_op():
    text = "Headline\n\nThe Qu’Appelle Valley Seed Cleaning Co-operative opened in 1952.\n\nThe coop said it would rebuild."
    assert rows(text)["speaker"].tolist() == ["Qu’Appelle Valley Seed Cleaning Co-operative"]


@pytest.mark.parametrize("text, speaker", [
    # a document read as of no kind, and a body that released one
    ("Headline\n\nWhitemud Valley Railway Co. released a notice on its website Oct. 3.\n\nThe notice states the "
     "company \"intends to discontinue operation\" of its Consul subdivision.", "Whitemud Valley Railway Co."),
    # a document signed by a place's role holder: the person, not the place
    ("Headline\n\nThe theatre needs a new roof. The assessment, signed by Yorkton engineer Raj Dhillon, estimates the "
     "work at $640,000.\n\nA structural assessment completed in September found that the trusses had been weakened.",
     "Raj Dhillon")])
def test_a_document_goes_to_the_maker_the_article_names(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker


@pytest.mark.parametrize("text, roles", [
    # a title in title case whose last word is a country's name, before the name
    ("Japan will provide USD 42 million, Deputy Minister for Development of Communities and Territories of Ukraine "
     "Yurii Moroziuk has said.", {"deputy", "minister", "ukraine"}),
    # "of the" inside a title, and a title of two joined by "-cum-"
    ("Meanwhile, Kullu Deputy Commissioner-cum-Chairperson of the Manali Planning and Development Authority Aditi Rana "
     "said the tax was fine.", {"deputy", "commissioner", "chairperson", "authority"})])
def test_a_long_title_in_title_case_before_a_name_gives_its_role_words(text, roles):
    assert roles <= find_people(text)[0].person.roles


def test_an_office_s_initials_are_its_holder_named_with_a_long_title():
    text = ("Headline\n\nMeanwhile, Kullu Deputy Commissioner-cum-Chairperson of the Manali Planning and Development "
            "Authority Aditi Rana said the tax was fine.\n\n\"We had to take a call,\" the DC told ANI.")
    assert rows(text)["speaker"].tolist() == ["Aditi Rana", "Aditi Rana"]


# Guards from a helper's review of the forty-ninth session's last rules: each input came out wrong with the rule's
# first form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a time after a cue whose object is a relative clause's gap is no subject of what was said
    ("Headline\n\nWhat the prime minister said last week was a betrayal of farmers, the union's president argued.",
     ["the union's president"]),
    ("Headline\n\nThe economy, which the central bank predicted last month would grow 2 per cent, shrank in the third "
     "quarter.", []),
    # another person's title before "and" is not hers
    ("Headline\n\nThe policy was sent to the Minister of Finance and Sarah Kim, the deputy mayor. The finance minister "
     "said the plan was sound.", ["the finance minister"]),
    # a railway may be a line; the company is the body that spoke
    ("Headline\n\nA landslip has closed the Settle-Carlisle Railway near Appleby. Network Rail said engineers were on "
     "site.\n\nThe company said the line would reopen next week.", ["Network Rail", "Network Rail"]),
    # a lawsuit is no defendant's document
    ("Headline\n\nMaria Lopez is suing the Toronto Transit Commission over a fall. A document filed by the TTC denies "
     "any negligence.\n\nThe lawsuit claims the stairs were icy and unlit.",
     ["Toronto Transit Commission", "the lawsuit"])])
def test_review_guards_of_the_forty_ninth_session_last_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_review_a_maker_s_words_after_it_are_role_words_only():
    text = ("Headline\n\nThe assessment, carried out by Deloitte for minister Jane Philpott, was published in May.\n\n"
            "A structural assessment completed in September found that the trusses were weak.")
    assert "Jane Philpott" not in rows(text)["speaker"].tolist()


# Rules of the fiftieth session, from the written files 403-414 (expected speakers from reading each text).
@pytest.mark.parametrize("text, speakers", [
    # an office's initials in brackets after a title set off before its holder: "the PS" is her
    ("Headline\n\nPrincipal Secretary (PS) in the Ministry of Tourism, Thandeka Dlamini, told reporters the levy "
     "would stay.\n\nThe PS said hotels had been consulted.", ["Thandeka Dlamini", "Thandeka Dlamini"]),
    # the member of an assembly is a lawmaker
    ("Headline\n\nThe National Assembly Member for Kiang West, Hon. Ousman Ceesay, criticised the ministry.\n\nThe "
     "lawmaker said he would table a motion next week.", ["Ousman Ceesay"] * 2),  # (what he criticised is a row too)
    # a description opened by "Testifying as" names the holder's role; a subject after an opening phrase that ends
    # with another's name is not that person
    ("Headline\n\nTestifying as the second prosecution witness, Detective Sergeant Lamin Darboe told the court he "
     "seized the ledgers.\n\nCross-examined by Lawyer Binta Sowe, the witness said the ledgers were complete.",
     ["Lamin Darboe", "Lamin Darboe"]),
    # a relative clause whose verb says what the person does, with a number as its object
    ("Headline\n\nTaulapapa Sione Fa'alogo, who coached three national crews in the 1980s, argued that the boats were "
     "too heavy.\n\nThe veteran coach also said the fees were too high.",
     ["Taulapapa Sione Fa'alogo", "Taulapapa Sione Fa'alogo"]),
    # "X and Area Chamber of Commerce": a body's name, no person called X
    ("Headline\n\nThe Kaslo and Area Chamber of Commerce said in a statement that its members were worried.",
     ["Kaslo and Area Chamber of Commerce"]),
    # a rowing seat before a name, then an age and a description ending with a body: the person
    ("Headline\n\nStroke Fiona Mair, 52, a nurse at Peterhead Community Hospital, described the race as \"a proper battle\".",
     ["Fiona Mair"]),
    # a bare surname after "said he" is the holder named in full, not her son named by his given name
    ("Headline\n\nThe infant was Megan Doyle's son, Finn, who was six weeks old when he fell ill. Doyle said he spent "
     "a week in hospital.", ["Megan Doyle"])])
def test_rules_of_the_fiftieth_session_speakers(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a date alone after an abbreviated day opens no subject
    ("Headline\n\nBELMOPAN, Thurs. June 5, 2025-- Farmers of Santa Elena, a village on the Cayo "
     "border, say their road has been closed since March.", ["Farmers of Santa Elena"]),
    # a notification's maker is the body of the kind that issued it
    ("Headline\n\nThe Department of Livestock has closed the market.\n\nIn a notification issued on Monday, the "
     "department said the market would reopen in June.\n\nThe notification states that 40 cattle were tested.",
     ["Department of Livestock", "Department of Livestock"]),
    # a release a body issued, by a clause with no "by"
    ("Headline\n\nThe Gambia Teachers Union has given the ministry a week. The deadline came in a press release the "
     "union issued in Banjul on Friday.\n\n\"We have waited long enough,\" the release stated.",
     ["Gambia Teachers Union"]),
    # a document its owner made names the owner again as "the statement"
    ("Headline\n\nThe Ministry of Trade's Annual Export Statement, tabled on Tuesday, states that exports fell by a "
     "tenth.\n\nAccording to the statement, imports rose by a fifth.", ["Ministry of Trade", "Ministry of Trade"]),
    # a statement from a named body, set off with an appositive, opens two coordinated cues
    ("Headline\n\nA statement from the Northern Orchard Alliance, a group of fruit growers, called the tariff \"a "
     "disaster\" and urged the minister to drop it.", ["Northern Orchard Alliance", "Northern Orchard Alliance"])])
def test_rules_of_the_fiftieth_session_sources(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # two roles joined by "and" before the name an inverted cue gives
    ("Headline\n\n\"It was the best day of my life,\" said club treasurer and retired bus driver Hamish Reid, who "
     "raised the money.", ["Hamish Reid"]),
    # an owner's logbook or diary is the owner's
    ("Headline\n\nAgnes Kowalski, 91, has kept the village's rain records since 1961.\n\nThe wettest month was "
     "October 1987, according to her logbooks.", ["Agnes Kowalski"]),
    # an office's initials the text gave it in brackets name its holder, however many letters
    ("Headline\n\nThe County Executive Committee Member (CECM) for Health, Ms. Wanjiru Kamau, told reporters the "
     "clinics would open.\n\nThe CECM said nurses had been hired.", ["Wanjiru Kamau", "Wanjiru Kamau"]),
    # a lede's "the company" before the company is named: the body that opens the next paragraph
    ("Headline\n\nA maker of wooden toys has closed its last factory, the company said on Friday.\n\nHolzwerk "
     "Brandauer, founded in 1921, employed 80 people.", ["Holzwerk Brandauer"])])
def test_rules_of_the_fiftieth_session_later(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of the fiftieth session's first rules: each input came out wrong with the rule's
# first form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a faculty senate or an opera house board member is no lawmaker
    ("Headline\n\nState Sen. Maria Lopez said the increase was unfair. Professor Tom Baker, a member of the Faculty "
     "Senate, said the vote was rushed. \"We were ignored,\" the lawmaker said.",
     ["Maria Lopez", "Tom Baker", "Maria Lopez"]),
    # an unnamed source's noun that only qualifies a description is not its holder's role
    ("Headline\n\nThe mother of a witness, Jane Smith, said her son was shaken. \"He saw everything,\" the witness "
     "said.", ["the mother of a witness, Jane Smith", "the witness"]),
    ("Headline\n\nA neighbour's daughter, Amy Brown, said she called 911. \"The smoke was everywhere,\" the neighbour "
     "said.", ["Amy Brown", "the neighbour"]),
    ("Headline\n\nAppearing as a witness's lawyer, Jane Doe said her client had been threatened. \"I saw the gun,\" "
     "the witness said.", ["Jane Doe", "the witness"]),
    # a span of years is no dateline
    ("Headline\n\nJohn Major, prime minister from 1990 - 1997, said the party had lost its way.", ["John Major"]),
    # a letter's clause with an object is what was said, not who made the letter: the letter is the regulators',
    # who spoke in it (since the seventy-fifth session), never the company's
    ("Headline\n\nAcme Chemicals runs the plant outside Leeds. Regulators said in a letter the company sent false "
     "data to inspectors. \"The data cannot be trusted,\" the letter said.", ["regulators", "regulators"]),
    # another statement written between an owner's document and "the statement" keeps it from the owner (it is the
    # opposition's, a body since the fifty-third session)
    ("Headline\n\nThe Ministry of Finance's Fiscal Policy Statement, tabled on Thursday, states that debt will fall. "
     "The opposition said in a statement that the figures were wrong. \"This is a fantasy,\" the statement said.",
     ["Ministry of Finance", "the opposition", "the opposition"])])
def test_review_guards_of_the_fiftieth_session_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_review_guard_a_cue_in_an_appositive_s_relative_clause_keeps_the_appositive():
    out = rows("Headline\n\nJane Doe, a witness who told police she saw the crash, said the driver was speeding. "
               "\"He never braked,\" the witness said.")
    said = out[out["text"].isin(["the driver was speeding", "He never braked,"])]
    assert said["speaker"].tolist() == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize("text, speakers", [
    # a document a body made, the body's name holding "of", in a clause with no "that"
    ("Headline\n\nAccording to figures the Ministry of Trade tabled in Parliament last week, exports will fall by a "
     "third.", ["Ministry of Trade"]),
    # an owner's document and the year it covers
    ("Headline\n\nThe Water Services Agency runs the dams. According to the Water Services Agency's annual report for "
     "2024, leaks cost the island a fifth of its water.", ["Water Services Agency"]),
    # a body's kind in capitals as a document's owner: the one body of that kind named before
    ("Headline\n\nThe Ministry of Fisheries and Marine Resources sets the quotas. According to the Ministry's annual "
     "notifiable catch report, tuna landings fell by a quarter last year.", ["Ministry of Fisheries and Marine Resources"]),
    # a body named before its kind noun, then the kind noun alone
    ("Headline\n\nThe Glen Valley Dairy Farmers cooperative will close its creamery, the cooperative announced on "
     "Tuesday.", ["Glen Valley Dairy Farmers"]),
    # "The co-op" is no body's name: the body named in full before
    ("Headline\n\nPrices fell, according to the Lakeshore Fishers' Co-operative, which markets fish for 90 members.\n\n"
     "The co-op has asked for help. In a post on Tuesday, the co-op wrote that its members were struggling.",
     ["Lakeshore Fishers' Co-operative", "Lakeshore Fishers' Co-operative"])])
def test_rules_of_the_fiftieth_session_documents_and_kinds(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of the fiftieth session's later rules: each input came out wrong with the rule's
# first form and is right again (or left unresolved, as before the rule).
@pytest.mark.parametrize("text, speakers", [
    # "the judge and defence barrister Tom Reid" names two people: the judge is the one named before
    ("Headline\n\nJudge Susan Hale opened the trial of Mark Dunn on Monday.\n\n\"This case is about trust,\" said "
     "the judge and defence barrister Tom Reid.", ["Susan Hale"]),
    # another person named with the office's initials leaves them to no one
    ("Headline\n\nThe County Executive Committee Member (CECM) for Finance, Mr. Daniel Mwangi Gachanja, presented "
     "the budget.\n\nMeanwhile, Health CECM Mary Wanjiru said the new hospital wing would open in June.\n\nThe CECM "
     "said nurses would be hired before the opening.",
     ["Mary Wanjiru", "County Executive Committee Member"]),
    # whom a participle's phrase is about is no holder of the office
    ("Headline\n\nRepresenting the County Executive Committee Member (CECM), Mr. John Kamau read the speech on "
     "Thursday.\n\nThe CECM later told reporters that the budget would be balanced.",
     ["County Executive Committee Member"]),
    # a report from another year is another report
    ("Headline\n\nThe Health Care Agency published its annual report on Monday.\n\nAccording to the report from "
     "2019, infections were already rising.", ["the report from 2019"]),
    # a body of the owner's kind named in lower case makes the capitalised kind no one's
    ("Headline\n\nFarmers met officials from the Ministry of Agriculture on Monday. Ghana's finance ministry later "
     "released its mid-year budget review.\n\nAccording to the Ministry's mid-year budget review for 2025, spending "
     "rose by five per cent.", ["the Ministry's mid-year budget review for 2025"])])
def test_review_guards_of_the_fiftieth_session_later_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_review_guard_a_rival_opening_the_next_paragraph_is_no_lede_s_company():
    out = rows("Headline\n\nA carmaker will cut 2,000 jobs, the company said on Monday.\n\nRival Volkswagen, which is "
               "also cutting staff, said it had no plans to buy the plant.")
    assert out["speaker"].iloc[0] == "the company"



def test_a_place_s_kind_is_no_person_named_with_it():
    # (fiftieth session: "the county" is the county, not its fire chief named with "County of Stettler")
    out = rows("Headline\n\nCounty of Ponoka regional fire chief Dale Moen said the fire started in a ditch.\n\nAbout "
               "90 people registered at the reception centre, the county said.")
    assert out["speaker"].tolist() == ["Dale Moen", "County of Ponoka"]


@pytest.mark.parametrize("text, speakers", [
    # a couple named after their plural noun, given names no census holds
    ("Headline\n\nMarek's parents, Jolanta and Dariusz Wiśniewski, described him as \"a boy who never stopped "
     "laughing\".", ["Jolanta Wiśniewski & Dariusz Wiśniewski"]),
    # a relation owned by a name is no second person
    ("Headline\n\nSkipper Ewan Reid, 52, said the fire spread fast.\n\nHis son, Callum Reid, 23, was among the crew."
     "\n\nShona Reid, Ewan's wife and Callum's mother, told the paper she had been woken by a phone call.",
     ["Ewan Reid", "Shona Reid"]),
    # a document's maker ends before "and" and another participle
    ("Headline\n\nThe inspection report, written by environmental health officer Mairi Todd and lodged with the court, "
     "described the kitchen as \"well below what any customer would expect\".", ["Mairi Todd"])])
def test_rules_of_the_fiftieth_session_couples_and_makers(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_couple_told_apart_by_courtesy_titles_is_not_joined_by_their_plural_noun():
    # (the titles would have to decide which of two given names no census holds is whose: "Ms. Khan" is no guess)
    out = rows("Headline\n\nThe confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump grew.\n\n"
               "Mr. Khan said the candidate had sacrificed nothing.\n\nMs. Khan said she had not spoken because she "
               "could not remain composed.")
    assert out["speaker"].tolist()[1] != "Khizr Khan"


def test_an_unnamed_source_s_head_in_er_before_its_aside_opens_a_coordinated_cue_s_subject():
    # (fiftieth session: "An Edmonton fur buyer, who ..., said ... and predicted": one source for both)
    out = rows("Headline\n\nA Regina fur buyer, who asked not to be named because he still does business with "
               "European auction houses, said several of them are struggling as fashion brands drop fur, and predicted "
               "that prices for wild fur will fall again this year.")
    assert out["speaker"].tolist() == ["A Regina fur buyer", "A Regina fur buyer"]


# Guards from a helper's review of the fiftieth session's last rules: each input came out wrong with the rule's first
# form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # a first word written alone elsewhere is a name of its own, not a couple's given name
    ("Headline\n\nThe company's co-founders, Okonkwo and Priya Raman, met at Stanford.\n\nRaman said the money would "
     "fund hiring. Okonkwo said the firm would open an office in Lagos.", ["Priya Raman", "Okonkwo"]),
    ("Headline\n\nThe vineyard's founders, Dufresne and Claire Moreau, planted their first vines in 2009.\n\nDufresne "
     "said the harvest had been excellent. Moreau said the tasting room would open in May.",
     ["Dufresne", "Claire Moreau"]),
    # a relation owned by a name after two people named keeps both
    ("Headline\n\nMaria Walsh and her husband were trapped in their car on Sunday.\n\nMaria Walsh and Dan Walsh, "
     "Maria's husband, said they were grateful to the firefighters.", ["Maria Walsh & Dan Walsh"]),
    # a famous body's letters are not those of a local body's last words
    ("Headline\n\nThe Fairmount Park Community Development Corporation has opened a pop-up vaccination clinic.\n\nThe "
     "CDC said on Friday that measles cases had reached their highest level in five years.", ["CDC"])])
def test_review_guards_of_the_fiftieth_session_last_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_statement_posted_online_is_the_post_that_says_it_again():
    # (fiftieth session: "In a statement posted to its Facebook page, X said ... the post said": X's)
    out = rows("Headline\n\nIn a statement posted to its Facebook page, the Cook Inlet Drift Association said boats had "
               "been tied up for most of July.\n\n\"Every user group is going to feel this,\" the post said.")
    assert out["speaker"].tolist() == ["Cook Inlet Drift Association", "Cook Inlet Drift Association"]


@pytest.mark.parametrize("text, speakers", [
    # a letter from a body named by its kind, the body named before
    ("Headline\n\nAlan Pettigrew, president of the Harbour Business Alliance, presented a letter from the alliance "
     "asking the council to wait. The letter says the alliance supports transit \"in principle\" but that the county "
     "has not done enough.", ["Harbour Business Alliance"]),
    # a post a body put out, opening a sentence
    ("Headline\n\nThe Kilbride Gaelic Choir won the quaich at the Mòd.\n\nIn a post on its Facebook page on Sunday, the "
     "Kilbride Gaelic Choir thanked the island's bakers.\n\n\"We left the island as a wee choir,\" the post read.",
     ["Kilbride Gaelic Choir"])])
def test_rules_of_the_fiftieth_session_letters_and_posts(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_census_gender_the_text_overrules_keeps_a_shared_surname_with_its_holder():
    # (fiftieth session: most Jesses in the census are men; "said she" and "Ms" say this one is not)
    out = rows("Headline\n\nDairy farmer Jess Hartigan, who is 31 weeks pregnant with her second child, said she had "
               "been told to book a room in Swan Hill.\n\n\"Who's going to milk the cows?\" Ms Hartigan said.\n\nHer "
               "sister-in-law, Kate Hartigan, gave birth on the side of the highway in 2019.")
    assert out["speaker"].tolist() == ["Jess Hartigan", "Jess Hartigan"]


@pytest.mark.parametrize("text, speakers", [
    # a long clause whose subject posted a photo with a message, then the message
    ("Headline\n\nMaja Sorensen finished 12th.\n\nSorensen posted a photo of her bib on Instagram (@maja.ski) later "
     "Saturday with a short message: \"Banff, I heard you all the way from here.\"", ["Maja Sorensen"]),
    # a message someone else wrote that the subject quotes is not the subject's
    ("Headline\n\nThe senator quoted a letter from a soldier's mother with a short message: \"Bring him home.\"",
     ["(unresolved)"])])
def test_a_message_posted_with_a_photo_is_the_poster_s(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a paragraph ending with how its subject answered, then the answer as a paragraph of its own
    ("Headline\n\nMoira Blake chairs the trust.\n\nAsked whether the trust was being naive about the cost, Mrs Blake "
     "did not hesitate.\n\n\"Of course it's a lot of money. Everything worth doing here has been.\"", ["Moira Blake"]),
    ("Headline\n\nCouncillor Dev Patel opposed the plan.\n\nMr Patel was blunt.\n\n\"It is a waste of money.\"",
     ["Dev Patel"])])
def test_a_paragraph_saying_how_someone_answered_gives_the_next_quotation_its_speaker(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of the fiftieth session's closing rules: each input came out wrong with the rule's
# first form and is right again (or left as it was before the rule).
@pytest.mark.parametrize("text, speakers", [
    # a letter from a body's own people is not the body's
    ("Headline\n\nWorkers at Brennan Foods walked out on Monday. The company said production had stopped.\n\nUnion "
     "members later received a letter from the company's lawyers warning of legal action.\n\n\"Your strike is unlawful "
     "and we will seek damages,\" the letter said.", ["Brennan Foods", "the letter"]),
    # "said she" about someone else gives the speaker no gender
    ("Headline\n\nSam Grant, 19, clung to a branch for an hour on Sunday before rescuers reached the river bank.\n\n"
     "Her father, Michael Grant, said she was recovering in hospital.\n\n\"I thought I was going to die,\" Ms Grant "
     "said.", ["Michael Grant", "Grant"]),
    # a letter or a note received or found is not its finder's message
    ("Headline\n\nMargaret Hill, 81, complained about the potholes for two years.\n\nHill received a letter from the "
     "council with a short reply: \"The road will be repaired in the spring.\"", ["(unresolved)"]),
    # what was said is no speaker: "The question was blunt."
    ("Headline\n\nReporters asked Health Minister Paul Rees whether he would resign. The question was blunt.\n\n\"Will "
     "you take responsibility for the deaths?\"", ["reporters", "reporters"])])
def test_review_guards_of_the_fiftieth_session_closing_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Rules of the fifty-first session, from the errors in the written files 415-426 (each test text written for it).
@pytest.mark.parametrize("text, speakers", [
    # a Recorder is a judge's title, not a given name
    ("Headline\n\nJailing her, Recorder Alan Pryce said she had \"lied to a whole village\".\n\nRecorder Pryce said "
     "only custody would do.", ["Alan Pryce", "Alan Pryce"]),
    # a firm named after its partners is no person of the shared surname
    ("Headline\n\nHis solicitor, Meera Shah, of Leeds firm Hartley Shah, said the ruling was \"long overdue\".\n\n"
     "\"This sends a message,\" Ms Shah added.", ["Meera Shah", "Meera Shah"]),
    # a one-word capitalised nickname inside a name after a word that is also an ordinary one
    ("Headline\n\nThe club's coach, Colt \"Sparky\" Mends, said he spotted her at a school match.\n\n\"She can bowl "
     "all day,\" Mends said.", ["Colt Mends", "Colt Mends"]),
    # a ministry whose listed fields end "and the ...", and "the ministry" for it
    ("Headline\n\nThe Ministry of Tourism, Culture and the Arts said in a statement that the festival would go ahead."
     "\n\n\"Visitors are welcome,\" the ministry said.",
     ["Ministry of Tourism, Culture and the Arts", "Ministry of Tourism, Culture and the Arts"]),
    # a township, village or borough of a place is a body, not a person called Township
    ("Headline\n\nThe Township of Amaranth, in a post on its website, called the mural \"a gift to the town\".",
     ["Township of Amaranth"]),
    # an age spelled out opening the sentence is no part of the name
    ("Headline\n\nForty-one-year-old Delroy Baptiste said he waited six hours.\n\n\"Nobody came,\" Baptiste said.",
     ["Delroy Baptiste", "Delroy Baptiste"])])
def test_rules_of_the_fifty_first_session_names(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a body's document with several words between the owner and the head noun
    ("Headline\n\nThe reservoir is low. According to the Department of Water Affairs’s latest dam levels report, "
     "inflows fell by half.", ["Department of Water Affairs"]),
    # results posted by a body on a weekday are the body's
    ("Headline\n\nThe levy was failing, according to results posted by Pierce County Elections on Thursday evening.",
     ["Pierce County Elections"]),
    # a document's relative clause in the present tense is no part of who said it
    ("Headline\n\nShe has sold 300 quilts, according to the notebook that sits by the till.", ["the notebook"]),
    # a report to a committee is the report, not the committee
    ("Headline\n\nA report to the council's planning committee, published on Monday, said the plan would cost "
     "£2m.", ["A report"]),
    # but a memo to someone from someone else is the sender's
    ("Headline\n\nThe town will pay $2 million, according to a memo to councilors from the finance director, Rosa "
     "Lind.", ["Rosa Lind"]),
    # a review done at someone's request by a firm, and a firm named after its kind and a place (right before too,
    # when the firm's name was read as a person's; now that it is not, the firm is read by its kind)
    ("Headline\n\nThe 30-page review, carried out at the board's request by the Denver law firm Ashby Kemp, found "
     "that rules were broken.\n\nThe Denver law firm Ashby Kemp said the board erred.", ["Ashby Kemp", "Ashby Kemp"]),
    # a body's initials before a document with a participle after it
    ("Headline\n\nInspectors from the Health and Safety Authority (HSA) visited the site. According to the HSA "
     "inspection report exhibited in court, the warning was \"ignored\".", ["Health and Safety Authority"])])
def test_rules_of_the_fifty_first_session_documents(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # someone named as dead is no pronoun's speaker
    ("Headline\n\nJimmy Reid has built boats for 50 years. He learned under the late Donald Innes at a yard in "
     "Buckie.\n\n\"You don't rush it,\" he said.", ["Jimmy Reid"]),
    # the person who opens the sentence, not a judge named after a preposition
    ("Headline\n\nThe victim's widow, Rosa Mendez, covered her face as the verdict was read in the courtroom of "
     "Superior Court Judge Helen Marsh. Outside the courthouse, speaking through an interpreter, she said the family "
     "was relieved.", ["Rosa Mendez"]),
    # but someone named after a preposition and introduced there is who the next pronoun is
    ("Headline\n\nMayor Tom Hale waved to the crowd. The loudest cheer went to a float courtesy of Ben Ortiz, a "
     "farmer who dressed as a scarecrow.\n\n\"I thought it would be funny,\" he said.", ["Ben Ortiz"]),
    # an age opening a sentence before the subject's name
    ("Headline\n\nSchool board chair Ruth Kowal called the vote \"rushed\".\n\nNine-year-old Ava Kowal, Ruth's "
     "daughter, is in Grade 4. She said she would miss her teacher.", ["Ruth Kowal", "Ava Kowal"]),
    # who asked not to be named and why: the unnamed source, not whom the reason names
    ("Headline\n\nDan Roper runs tours.\n\nA Jasper guide who asked not to be named because he still works with some "
     "of Roper’s clients said the baiting was \"well known\".\n\n\"Everyone knew,\" he said.",
     ["A Jasper guide", "A Jasper guide"]),
    # "the mother" after "The mother of a player ... said": that unnamed mother
    ("Headline\n\n\"She was tough,\" Lily Ward said.\n\nThe mother of a current player, who asked not to be named, "
     "said the coach \"had favourites\".\n\n\"Nobody wanted her gone,\" the mother said.",
     ["Lily Ward", "the mother of a current player", "the mother of a current player"])])
def test_rules_of_the_fifty_first_session_pronouns_and_unnamed(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a month that is a woman's given name, before a surname (but not in a date: "In April Sanders won")
    ("Headline\n\nOne of those who agreed was June Okada, 86, whose parents farmed here.\n\nOkada said she has no "
     "memories of the farm.", ["June Okada"]),
    ("Headline\n\nIn April Sanders won the primary, Tom Reyes said.", ["Tom Reyes"]),
    # "Mrs X" is the mother or wife, not the girl of the surname
    ("Headline\n\nWhen Keisha Grant was eight, she bowled at an oil drum.\n\nGrant said she did not feel special.\n\n"
     "Her mother, Sharon Grant, a nurse, admitted she was nervous.\n\n\"She is still my baby,\" Mrs Grant said.",
     ["Keisha Grant", "Sharon Grant", "Sharon Grant"]),
    # (a grown son is "Mr" as often as his father: "Mr X" after "His son, X" is left to the holder named so far)
    ("Headline\n\nRetired miner Brian Clarke, 82, died three days after falling at his home.\n\nHis son, David "
     "Clarke, told the inquest his father had been discharged without a care plan.\n\nMr Clarke said: \"Nobody "
     "checked whether he could manage the stairs.\"", ["David Clarke", "David Clarke"]),
    # a ministry whose listed fields a survey's maker names, and the survey later
    ("Headline\n\nAccording to a 2023 survey by the Ministry of Trade, Industry, Labour and Tourism, most households "
     "traded across the border. The survey said most of that trade was in fish.",
     ["Ministry of Trade, Industry, Labour and Tourism", "Ministry of Trade, Industry, Labour and Tourism"]),
    # "and who asked not to be named" set off after a relative clause
    ("Headline\n\nOne seed dealer who works in two counties, and who asked not to be named, said most farmers never "
     "clean their drills.", ["One seed dealer who works in two counties"]),
    # "said about a dozen of ..." reports a clause
    ("Headline\n\nFire Chief Trent Olsen spoke on Monday. He said about a dozen of his 38 firefighters live in the "
     "county and could be forced to choose.", ["Trent Olsen"])])
def test_rules_of_the_fifty_first_session_families_and_bodies(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a reported clause whose subject is a name set off by a prepositional aside: not "said Smith, in a statement"
    ("Headline\n\nSenator Andy Ruiz said Trump, despite his wealth, was better placed than Romney.", ["Andy Ruiz"]),
    ("Headline\n\nThe plan is dead, said Ruiz, in a statement, adding that talks would go on.", ["Ruiz", "Ruiz"])])
def test_a_name_with_a_prepositional_aside_opens_a_reported_clause(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of the fifty-first session's first rules (4cc0fc7): each input came out wrong with the
# rule's first form and is right again.
@pytest.mark.parametrize("text, speakers", [
    # someone named after a preposition in a sentence of their own is who the next pronoun is
    ("Headline\n\nSarah Miles sued the city in 2021 after she was fired. The lawsuit is now before U.S. District "
     "Judge Helen Cho.\n\n\"The city failed to follow its own rules,\" she wrote in a ruling Tuesday.", ["Helen Cho"]),
    ("Headline\n\nNurse Jenny Adams walked the picket line on Tuesday. Talks resumed Wednesday with Chief Executive "
     "Sarah Blake.\n\n\"Our door is always open,\" she said.", ["Sarah Blake"]),
    # "the late X" named again as a subject, or opening a sentence, or "the late X header": no one dead to pronouns
    ("Headline\n\nThe Wildcats will wear black patches in honor of the late Bill Foster, who died in June. Foster led "
     "the team to three titles.\n\n\"Winning was never the point,\" he told the Herald in 2019.", ["Bill Foster"]),
    ("Headline\n\nErling Haaland scored twice as City beat Arsenal 2-1. Arsenal had equalised before the late Haaland "
     "header settled it.\n\n\"We never stopped believing,\" he said.", ["Erling Haaland"]),
    # a newspaper called the Recorder is no judge
    ("Headline\n\nSelectboard Chair John Hayes opened the meeting. Voters approved the budget, the Greenfield Recorder "
     "reported.", ["Greenfield Recorder"]),
    # a place's body, then a title no list holds, then the person
    ("Headline\n\n\"The road will reopen in May,\" said Township of Wall Administrator Jeff Bertrand.",
     ["Jeff Bertrand"]),
    # a firm's kind, then a capitalised title, then the person
    ("Headline\n\n\"The deal makes sense,\" said law firm Managing Partner Jane Doe.", ["Jane Doe"]),
    # "The mother of a ..." with her name set off after it, and "As the mother of ...": no one unnamed
    ("Headline\n\nMaria Lopez is a nurse. As the mother of a teenager, she worries about the road.\n\n\"It is a "
     "death trap,\" the mother said.", ["Maria Lopez"]),
    # "Burnham and the Mayor" after a title listing fields: two speakers, not the title's fields
    ("Headline\n\nHours after the resignation of the Minister of Health, Smith and the Premier said a replacement "
     "would be named soon.", ["Smith and the Premier"])])
def test_review_guards_of_the_fifty_first_session(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # an agency's dateline with no dash is no part of the source
    ("Headline\n\nKano, Nov. 15, 2026 (NAN) The Rice Growers Association of Nigeria says its members have lost "
     "crops worth N2 billion.", ["Rice Growers Association of Nigeria"]),
    # a surname that is also an -ing word, after the full name
    ("Headline\n\nDawn Keeping, the health authority's director, told the crowd the post was advertised.\n\nKeeping "
     "said a doctor would hold clinics twice a month.", ["Dawn Keeping", "Dawn Keeping"]),
    # a sentence opening inside a quotation: its first word is no subject of a later verb
    ("Headline\n\n\"Finally. Maybe now people will believe us,\" said Rita Bivens, 58, a retired bus driver who lives "
     "nearby and testified that she turned down the money.", ["Rita Bivens", "Rita Bivens"]),
    ("Headline\n\n\"We are a 24-hour town. People go over late,\" said Coun. Teresa Mancini, who raised the closure "
     "and asked staff to draft an objection.", ["Teresa Mancini", "Teresa Mancini"])])
def test_datelines_surnames_and_sentences_opening_in_quotations(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of b7ad7e5-756a4ae: each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, speakers", [
    # a month in a date after "and", "to" or "past" is no woman's given name
    ("Headline\n\nTom Harris has been the league's best forward.\n\nIn May and June Harris scored nine goals.\n\n\"I "
     "just try to be in the right place,\" Harris said.", ["Tom Harris"]),
    ("Headline\n\nMark Thompson has lived in the flat for 20 years.\n\nThis past June Thompson received an eviction "
     "notice.\n\n\"I have nowhere else to go,\" Thompson said.", ["Mark Thompson"]),
    # "the late X" named again later is still no pronoun's speaker while someone else could be
    ("Headline\n\nTom Briggs learned his trade under the late Bill Foster.\n\nFoster, who died in 2019, managed the "
     "club for 15 years.\n\n\"He taught me everything I know,\" he said.", ["Tom Briggs"]),
    ("Headline\n\nTom Briggs, 58, is one of the last links to the late Bill Foster era.\n\n\"He was the best coach I "
     "ever had,\" he said.", ["Tom Briggs"]),
    # "the mother of a classmate" with a place set off after it: someone unnamed
    ("Headline\n\nPolice have charged Jessica Moore, 31, with the killing.\n\nThe mother of a classmate who "
     "witnessed the shooting in Raleigh, North Carolina, last week spoke to reporters.\n\n\"My daughter hasn't "
     "slept since,\" the mother said.", ["the mother"]),
    # what someone complained or testified about is no reported clause
    ("Headline\n\nResidents complained about a dozen abandoned cars that have been parked on Elm Street for months.",
     []),
    ("Headline\n\nThe former aide testified about a dozen meetings that were held at the senator's home in 2019.", [])])
def test_review_guards_of_the_fifty_first_session_second_review(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_firm_whose_first_name_is_an_occupation_s_word_is_a_body():
    found = rows("Headline\n\nThe families are represented by law firm Slater Gordon, which said the claims could be "
                 "worth millions.")
    assert found[["speaker", "speaker_type"]].values.tolist() == [["Slater Gordon", "organization"]]


def test_a_verb_after_a_quoted_noun_is_no_inverted_source():
    # 'Romney's "47 percent" comment was nearly as dismissive': "was nearly" is no one
    found = rows("Headline\n\nMitt Romney’s “47 percent” comment was nearly as dismissive as the senator’s "
                 "vitriol.")
    assert "was nearly" not in found["speaker"].tolist()


@pytest.mark.parametrize("text, speakers", [
    # what may not be done is no report
    ("Headline\n\nThe district's manager, Tim Vance, said its options are narrow. Under the rule of capture, the "
     "district cannot deny a permit simply because neighbors object.", ["Tim Vance"])])
def test_slogans_and_what_cannot_be_done(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_campaign_slogan_opening_with_an_imperative_names_no_one():
    from analysis.quotes.speakers import find_people
    text = ("When Kalyna Hnat opens her fiddle case, she smiles. Posters at the post office read \"Send Kalyna to "
            "Ottawa!\"")
    assert {m.person.name for m in find_people(text)} == {"Kalyna Hnat"}


@pytest.mark.parametrize("text, speakers", [
    # an epithet for the person just named: "the former international"
    ("Headline\n\nOdette Ngaina played 40 times for her country.\n\n\"Football saved me,\" said the former "
     "international, who coaches girls free of charge.", ["Odette Ngaina"])])
def test_epithets_of_the_fifty_first_session(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the harbour master" after "Harbour master Captain Ian Tennant", whatever lists hold the words
    ("Headline\n\nHarbour master Captain Ian Teal said dredging had never stopped.\n\nWhen will it be fixed?\n\nThe "
     "commissioners said a dredger could not be booked until September.\n\nAn excavator will clear the silt, the "
     "harbour master confirmed.", ["Ian Teal", "the commissioners", "Ian Teal"]),
    # but not words followed by a clause: "The former aide whom Vance blocked"
    ("Headline\n\nSenator Dale Vance said the claims were false.\n\nThe former aide whom Vance blocked from leaving "
     "now works in Denver. In a statement, the former aide said she had come forward \"so it stops\".",
     ["Dale Vance", "the former aide"]),
    # a voivode is a title ("West Pomeranian Voivode Tomasz Wierzbicki") and a role
    ("Headline\n\nWest Pomeranian Voivode Tomasz Wierzbicki told a press conference that carcasses had been found.\n\n"
     "The voivode added that a crisis team would meet every day.", ["Tomasz Wierzbicki", "Tomasz Wierzbicki"])])
def test_a_role_named_before_a_title_and_a_name(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's third review (d8bf7f4, e91129b): each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, speakers", [
    # initials in brackets after a number are no agency's dateline without a month before them
    ("Headline\n\nFinance ministers from the Group of 20 (G20) said on Saturday that growth remained fragile.",
     ["Finance ministers from the Group of 20"]),
    # the name before ", who" only right after the cue, not one inside its description
    ("Headline\n\n\"It was chaos,\" said Ana Ruiz, a neighbor of Tom Kelly, who died in the fire, and told reporters "
     "the alarm never sounded.", ["Ana Ruiz"]),
    # "about a dozen" after confirm-like cues, a relative clause inside the clause's subject
    ("Headline\n\nPolice confirmed about a dozen people were arrested at the rally.", ["Police"]),
    ("Headline\n\nPolice said about a dozen cars that were parked on Main Street were crushed by falling trees.",
     ["Police"]),
    # "to June X" and "and June X" are names
    ("Headline\n\nThe council sent a letter to June Tanabe, the state's housing director. \"We need answers,\" she "
     "said.", ["June Tanabe"]),
    ("Headline\n\nThe festival's co-founders, Mark Davis and June Okafor, said ticket sales had doubled.\n\n\"We were "
     "stunned,\" Okafor said.", ["Mark Davis & June Okafor", "June Okafor"])])
def test_review_guards_of_the_fifty_first_session_third_review(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, reported", [
    # "According to X," after a colon, or set off after a clause's opening word, reports what follows it
    ("Headline\n\nIt has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.",
     ["the mayor holds only 14 percent of the vote"]),
    ("Headline\n\nHe left the country after, according to him, the network censured his first report.",
     ["the network censured his first report"]),
    # but what precedes it when nothing follows: "has no power to do that, according to Okafor."
    ("Headline\n\nThe council has no power to do that, according to Dan Okafor.",
     ["The council has no power to do that"])])
def test_according_to_set_off_after_a_clause_s_opening_word(text, reported):
    assert rows(text)["text"].tolist() == reported


@pytest.mark.parametrize("text, reported", [
    # a share set off after the subject, and a hyphenated fraction opening it
    ("Headline\n\nAbout two-thirds of voters, 67 percent, say they will vote for the mayor.",
     ["they will vote for the mayor"]),
    # a name set off by a participle's aside opens a reported clause
    ("Headline\n\nThe Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015.",
     ["Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015"])])
def test_shares_and_participles_set_off_after_a_subject(text, reported):
    assert rows(text)["text"].tolist() == reported


# Guards from a helper's fourth review (9b025e8-b5659fc): each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, speakers", [
    # "the grower", "the mother of three" after someone unnamed so introduced: that unnamed person
    ("Headline\n\nMaria Lopez, the county's farm adviser, said well levels were low.\n\nA grower in the Westlands "
     "district who farms almonds said he had fallowed a third of his land. \"We can't farm without water,\" the "
     "grower said.", ["Maria Lopez", "A grower in the Westlands district who farms almonds",
                      "A grower in the Westlands district who farms almonds"]),
    # "The Wales international" is no one else just named
    ("Headline\n\nAaron Ramsey will miss six weeks, the club confirmed.\n\nManager Erol Bulut said he would need a "
     "scan.\n\nThe Wales international said on Instagram that he would come back stronger.",
     ["the club", "Erol Bulut", "Wales international"]),
    # "the fire marshal" is not an assistant fire marshal named before
    ("Headline\n\nAssistant fire marshal Dana Cole examined the scene.\n\nThe fire marshal said the cause remained "
     "under investigation.", ["the fire marshal"]),
    # what may not lawfully be done is no report
    ("Headline\n\nUnder state law, the school district cannot legally deny a building permit to a charter school.",
     [])])
def test_review_guards_of_the_fifty_first_session_fourth_review(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, reported", [
    # a clause-ending "while", "though" or demonstrative "that" before "according to": what precedes it
    ("Headline\n\nThe mine had been idle for a while, according to residents, before the new owners arrived.",
     ["The mine had been idle for a while"]),
    ("Headline\n\nWilson has repeatedly denied doing that, according to his lawyer, and plans to fight the ban.",
     ["Wilson has repeatedly denied doing that"]),
    # a relative "that" after a noun: what follows
    ("Headline\n\nThey arrived with a boat that, according to Mr Noble, one rival crew had mistaken for a table.",
     ["one rival crew had mistaken for a table"])])
def test_according_to_after_a_clause_ending_word(text, reported):
    assert rows(text)["text"].tolist()[:1] == reported


@pytest.mark.parametrize("text, speakers", [
    # an occupation opening a sentence before a given name the census lacks and a quoted nickname: the name alone
    ("Headline\n\nGhillie Alasdair “Sandy” Renwick, who has worked the beats for 38 years, said most of his regulars "
     "already put their fish back.", ["Alasdair Renwick"]),
    # a group described in the lede is the group, not the person who speaks for it in the next sentence
    ("Headline\n\nGEORGETOWN – The parliamentary opposition demanded that the ministry suspend a contract.\n\n"
     "Opposition spokesperson Shondell Adams-Grant told a press conference that the award was wrong.",
     ["the parliamentary opposition", "Shondell Adams-Grant"]),
    # "the agency" after a transport agency named in the same sentence
    ("Headline\n\nThe ferry will not return until 2031, two years later than Washington State Ferries had projected, "
     "the agency said this week.", ["Washington State Ferries"]),
    # "..., asked the judge to sentence his client to probation, saying": the subject, not whom he asked
    ("Headline\n\nPruitt’s attorney, Glen Haverford of Santa Rosa, asked the judge to sentence his client to "
     "probation and community service, saying Pruitt had sought treatment.", ["Glen Haverford", "Glen Haverford"]),
    # a document's maker in a relative clause: "a report that X presented", "a survey X released"
    ("Headline\n\nThe delay is laid out in a report that Washington State Ferries presented to the commission on "
     "Wednesday. The report states that the first ferry will not sail before 2029.", ["Washington State Ferries"]),
    ("Headline\n\nThe figures come from a survey the Canadian Federation of Independent Business released on Monday. "
     "The survey found that most owners were worried.", ["Canadian Federation of Independent Business"]),
    ("Headline\n\nThe figures come from a survey that Lisa Marsh published on Monday. The survey found that most "
     "owners were worried.", ["Lisa Marsh"])])
def test_speakers_from_the_written_files_427_to_438(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # "state Sen." after an opening adjunct: a state's office, not the verb "state"
    ("Headline\n\nIn Olympia, state Sen. Lorraine Smith, a Democrat, said she would introduce a bill.",
     ["Lorraine Smith"]),
    # a second verb joined to a first whose subject is set off before it
    ("Headline\n\nIn Olympia, state Sen. Lorraine Vickery-Pak, D-Anacortes, called the new timeline “unacceptable” "
     "and said she would introduce a bill.", ["Lorraine Vickery-Pak", "Lorraine Vickery-Pak"]),
    # a work's title in quotation marks ends the aside after the name
    ("Headline\n\nYvonne Chapman-Lall, a lecturer at the University of Guyana and author of “Feet on Fire: The "
     "Masquerade Tradition in Guyana”, said Georgetown once had at least 15 bands.", ["Yvonne Chapman-Lall"]),
    # a participle's aside inside the adjunct before "that"
    ("Headline\n\nThe province's technical review committee said in its report, released in October, that the site "
     "meets provincial setback requirements.", ["the province's technical review committee"])])
def test_sources_found_in_the_written_files_427_to_438(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    # a body's figures under its kind's two words: the one body named with the field's word
    ("Headline\n\nNorthern Health has cancelled surgeries at the Prince Rupert hospital.\n\nAccording to the health "
     "authority’s most recent figures, more than 1,400 people are waiting.", ["Northern Health"]),
    # "<Given name> Elementary" is a school, not a person: the principal described is the person named before
    ("Headline\n\nFor 41 years, Everton Blagrove has run the school.\n\nThe 68-year-old principal of Christiana "
     "Elementary confirmed yesterday that he would retire.", ["Everton Blagrove"])])
def test_bodies_and_schools_from_the_written_files_427_to_438(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's review of 58a8196-34b439b: each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, speakers", [
    # a field's authority is not any body named with the field's word
    ("Headline\n\nBus drivers represented by the Amalgamated Transit Union walked off the job on Monday. The strike "
     "has cut ridership by half, according to the transit authority’s most recent figures.",
     ["the transit authority’s most recent figures"]),
    # "The leader of the opposition" is a person, whoever the next sentence names
    ("Headline\n\nLONDON — The leader of the opposition has accused the government of hiding the true cost of the "
     "scheme.\n\nKemi Badenoch told MPs on Wednesday that the figures did not add up.",
     ["Kemi Badenoch", "Kemi Badenoch"]),
    # "a report that X had sent an ultimatum" says what the report said, not who made it
    ("Headline\n\nThe company on Tuesday denied a report that Elon Musk had sent an ultimatum to staff. The report, "
     "citing two people familiar with the matter, said the memo went out Friday.", ["the company", "the report"]),
    # a contractor whose name ends in "Transit" is not "the agency"
    ("Headline\n\nThe Federal Transit Administration has opened an inquiry into a crash involving a bus run by First "
     "Transit, a private contractor. The inquiry will take months, the agency said.",
     ["Federal Transit Administration"])])
def test_review_guards_of_the_fifty_second_session(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_that_inside_a_participle_s_aside_is_not_what_was_said():
    text = ("Headline\n\nThe watchdog said in a report, released after auditors found that $2 million was missing, "
            "that the agency must overhaul its books.")
    said = rows(text)
    assert "$2 million was missing, that the agency must overhaul its books" not in \
        said.loc[said["speaker"] == "the watchdog", "text"].tolist()


def test_a_work_s_own_title_is_not_an_aside_of_its_subject():
    text = ("Headline\n\nThe charity's report “Left in Pain”, published on Wednesday, found that patients waited "
            "hours for painkillers.")
    assert not any("Left in Pain" in speaker for speaker in rows(text)["speaker"])


def test_high_is_a_surname_too():
    text = "Headline\n\nGordon High, the county’s chief executive, said the budget would be balanced."
    assert rows(text)[["speaker", "speaker_type"]].values.tolist() == [["Gordon High", "person"]]


@pytest.mark.parametrize("text, reported", [
    # the "that" after an infinitive is the infinitive's own: what was asked starts at the addressee
    ("Headline\n\nOcampo asked the judge to consider that history.", ["the judge to consider that history"]),
    # a relative clause's report ends at the comma before the main clause's past verb and its object
    ("Headline\n\nDale Okamura, who said he employs 11 guides, called the plan unfair.", ["he employs 11 guides"]),
    # "described" after a quotation takes an object, never an inverted source
    ("Headline\n\nBeryl Sutcliffe, 78, who said she had bought her bread at the shop “for sixty-odd years”, "
     "described the news as “like losing a friend”.",
     ["she had bought her bread at the shop “for sixty-odd years”", "the news as “like losing a friend”"])])
def test_reports_from_the_written_files_427_to_438(text, reported):
    assert rows(text)["text"].tolist() == reported


def test_the_officer_after_an_unnamed_officer_introduced_before():
    text = ("Headline\n\nA CBSA officer who works in the region, and who spoke on condition of anonymity because "
            "officers are not authorized to talk to the press, said the station has been short two officers since "
            "spring.\n\n\"We have been holding it together with overtime,\" the officer said.")
    assert rows(text)["speaker"].tolist() == ["A CBSA officer who works in the region"] * 2


def test_a_ministry_of_a_field_is_no_person_whose_title_holds_the_field_word():
    text = ("Headline\n\nDeputy Tourism Minister Kyriacos Stavrinides said the law would protect tenants.\n\nThe "
            "deputy ministry said the zones had been drawn where rents had risen fastest.")
    assert rows(text)["speaker"].tolist() == ["Kyriacos Stavrinides", "the deputy ministry"]


def test_a_couple_in_the_lede_is_the_pair_named_next():
    text = ("Headline\n\nAn Instow couple have described watching a wildfire race down a hillside towards their "
            "hotel.\n\nJanet and Roger Pengelly, both 67, were among around 40 British holidaymakers moved from hotels.")
    assert rows(text)["speaker"].tolist() == ["Janet Pengelly & Roger Pengelly"]


# Guards from a helper's second review (98e9333-aae2acb): each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, reported", [
    # a series of verbs goes on with the reported clause
    ("Headline\n\nThe mayor met Ruth Bell, who said the crash killed two people, injured a third and closed the road "
     "for hours.", ["the crash killed two people, injured a third and closed the road for hours"]),
    # a plural noun after the comma is no verb
    ("Headline\n\nThe plan was backed by Jim Hall, who said the town needs more housing, homes that young families "
     "can afford.", ["the town needs more housing, homes that young families can afford"]),
    # "to" after an adjunct's noun is no infinitive
    ("Headline\n\nThe chief executive urged in a memo to staff that spending be frozen.", ["spending be frozen"])])
def test_review_guards_of_the_fifty_second_session_second_review_reports(text, reported):
    assert rows(text)["text"].tolist() == reported


@pytest.mark.parametrize("text, speakers", [
    # initials a list holds are not another body's with the same initials
    ("Headline\n\nThe International Diabetes Federation warned that patients in Gaza had run out of insulin.\n\nThe "
     "IDF said it had allowed 40 trucks of medical supplies into the territory.",
     ["International Diabetes Federation", "IDF"]),
    # a health system whose name reads like a person's is still the field's body
    ("Headline\n\nLee Health has postponed elective surgeries at its four Fort Myers hospitals.\n\nThe health "
     "system said patients would be contacted to reschedule.", ["Lee Health"]),
    # another body holding the field's word leaves the health authority's figures to the one whose name ends with it
    ("Headline\n\nNorthern Health has cancelled surgeries after Health Canada recalled a sterilizing agent.\n\n"
     "According to the health authority’s most recent figures, more than 1,400 people are waiting.",
     ["Health Canada", "Northern Health"]),
    # another officer introduced between: "the officer" is not the first one
    ("Headline\n\nA CBSA officer who works at the crossing said the station had been short-staffed for months.\n\n"
     "On Sunday, a second officer at the crossing was injured when a driver sped through the checkpoint.\n\n"
     "\"I heard the engine and jumped,\" the officer said from hospital.",
     ["A CBSA officer who works at the crossing", "the officer"]),
    # "as she surveyed": a time clause after "described one resident", who is the source
    ("Headline\n\n“It was like a war zone,” described one resident as she surveyed the damage.", ["one resident"])])
def test_review_guards_of_the_fifty_second_session_second_review(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_body_named_right_after_a_sentence_that_ends_in_a_capital():
    text = ("Headline\n\nThe pilot could start as soon as December. The Utah Department of Transportation, which "
            "controls the state highway, would have to sign off.\n\nUDOT, in a written statement, said it had not "
            "received a request.")
    assert rows(text)["speaker"].tolist() == ["Utah Department of Transportation"]


@pytest.mark.parametrize("text, speakers", [
    # someone unnamed whom a name qualifies is not the name's holder, who keeps his own later rows
    ("Headline\n\nA Delta Air Lines pilot said the runway was icy.", ["A Delta Air Lines pilot"]),
    ("Headline\n\nOne Chilkat Summit guide said several crew members had started looking for jobs.",
     ["One Chilkat Summit guide"]),
    # (a guard: the holder keeps his own later rows; not taken from the people found, as a first form of the rule did)
    ("Headline\n\nBernie Sanders spoke in Oakland.\n\nA Sanders supporter said the rally was huge.\n\nSanders said the "
     "race was not over.", ["A Sanders supporter", "Bernie Sanders"])])
def test_someone_unnamed_a_name_qualifies(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


# Guards from a helper's third review (4d21053-af14049): each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, reported", [
    # the relative clause on the sentence's subject ends before the main verb, whatever its tense
    ("Headline\n\nSmith, who said the tax was unfair, plans to challenge it in court.", ["the tax was unfair"]),
    ("Headline\n\nBell, who said the storm destroyed her home, toured the shelter and thanked the volunteers on "
     "Sunday.", ["the storm destroyed her home"]),
    # one on an object ends the sentence: its series goes on to the end
    ("Headline\n\nThe mayor met Ruth Bell, who said crews cleared the debris, repaired the barrier and reopened the "
     "road by noon.", ["crews cleared the debris, repaired the barrier and reopened the road by noon"])])
def test_review_guards_of_the_fifty_second_session_third_review_reports(text, reported):
    assert rows(text)["text"].tolist() == reported


@pytest.mark.parametrize("text, speakers", [
    # a name after a title's point is no body
    ("Headline\n\nGov. Jared Polis said the shooting was a tragedy.\n\nThe police department said the suspect had "
     "been arrested.", ["Jared Polis", "the police department"]),
    ("Headline\n\nShares of Warner Bros. Discovery Inc. fell 3% on Monday.\n\nThe company said it would cut 1,000 "
     "jobs.", ["the company"]),
    # a description of the same person between is no other worker
    ("Headline\n\nOne longtime employee said the plant had been losing money for years.\n\nHe said he had been a "
     "worker there for 30 years.\n\n\"It was only a matter of time,\" the worker said.",
     ["One longtime employee"] * 3)])
def test_review_guards_of_the_fifty_second_session_third_review(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, kind", [
    # a company or a document a name qualifies is no unnamed person
    ("Headline\n\nA Japanese automaker said it would cut production.", "unknown"),
    ("Headline\n\nA Kremlin readout said the leaders had spoken for an hour.", "unknown")])
def test_review_guards_of_the_fifty_second_session_third_review_types(text, kind):
    assert rows(text)["speaker_type"].tolist() == [kind]


def test_the_that_after_an_infinitive_whose_subject_follows_for():
    text = ("Headline\n\nThe union urged in a letter for members to make sure that their ballots are returned by "
            "Friday.")
    assert "their ballots are returned by Friday" not in rows(text)["text"].tolist()


# From the written files 439-450 (fifty-third session): each input came out wrong before its rule.
def test_according_to_a_source_after_an_abbreviated_rank():
    out = rows("Headline\n\nThe woman was taken to a hospital in Loveland, according to Estes Park Police Cmdr. Alan "
               "Brightwater. He said she was in stable condition Sunday.")
    assert out["speaker"].tolist() == ["Alan Brightwater"] * 2


def test_a_spokesperson_s_title_with_and_before_the_name_is_one_person():
    out = rows("Headline\n\nOpposition Spokesperson on Agriculture and Marine Resources Dwayne Cartwright-Moss said "
               "the government had been caught flat-footed.")
    assert out["speaker"].tolist() == ["Dwayne Cartwright-Moss"]


def test_the_opposition_is_a_body_not_someone_s_surname():
    out = rows("Headline\n\nThe Opposition has called for an investigation into the contract.")
    assert out[["speaker", "speaker_type"]].values.tolist() == [["Opposition", "organization"]]


@pytest.mark.parametrize("text", [
    "Headline\n\nNorthwind Air will cut its weekly flights into Sangster International Airport.\n\nThe Toronto-based "
    "airline said it would reduce service on its Toronto routes.",
    "Headline\n\nNorthwind Air will cut its weekly flights into Sangster International Airport.\n\nThe carrier said "
    "it would reduce service on its Toronto routes."])
def test_an_airline_named_by_its_kind_and_base(text):
    assert rows(text)["speaker"].tolist() == ["Northwind Air"]


def test_a_report_seen_by_an_outlet_without_the_is_its_maker_s():
    out = rows("Headline\n\nA preliminary report by the Office of the Auditor General, seen by Daily Monitor, says the "
               "contract was awarded through direct procurement.")
    assert out["speaker"].tolist() == ["Office of the Auditor General"]


def test_the_accused_as_a_noun_and_a_count_after_told():
    out = rows("Headline\n\nA source in the DPP’s office, who asked not to be named, told the Guardian at least 200 "
               "murder accused had been on remand for more than seven years.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["A source in the DPP’s office", "at least 200 murder accused had been on remand for more than seven years"]]


@pytest.mark.parametrize("text, speaker", [
    # the second verb goes on the clause after "after", whose subject it shares
    ("Headline\n\nA labourer walked free yesterday, after a judge stayed the indictment and ruled that the delays had "
     "made a fair trial impossible.", "a judge"),
    # "after" as a preposition opens no clause, nor does one inside what the first verb reports
    ("Headline\n\nThe mayor spoke after the vote and said that the plan would go ahead.", "The mayor"),
    ("Headline\n\nShe said her group had not been consulted before the motion was tabled, and urged council to delay "
     "the closure.", "She")])
def test_a_coordinated_verb_after_an_adverbial_clause(text, speaker):
    assert rows(text)["speaker_mention"].tolist()[-1] == speaker


def test_a_court_s_judge_in_a_lede_is_the_justice_named_later():
    out = rows("Headline\n\nA labourer walked free yesterday after a High Court judge ruled that the delays had made a "
               "fair trial impossible.\n\nJustice Anjanie Seecharan-Boodoo said the delay was shocking.")
    assert out["speaker"].tolist() == ["Anjanie Seecharan-Boodoo"] * 2


@pytest.mark.parametrize("text, speaker", [
    # a hyphenated kind owns the document ("co-op"); an application is a document
    ("Headline\n\nThe Irma & District Seed Cleaning Co-op will close.\n\nIt cleaned about 400,000 bushels last year, "
     "according to the co-op’s most recent annual report.", "Irma & District Seed Cleaning Co-op"),
    ("Headline\n\nThe Town of Okotoks wants more land.\n\nThe town’s application says the population could top "
     "50,000 by 2045.", "Town of Okotoks")])
def test_a_document_a_body_owns_by_its_kind(text, speaker):
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_body_s_letter_signed_by_someone_named_is_the_signer_s():
    out = rows("Headline\n\nFoothills County opposes the annexation.\n\nThe county’s letter, signed by chief "
               "administrative officer Harold Venn, argues the town has not shown it needs land. It also claims the "
               "annexation would strip $400,000 a year from the county.")
    assert out["speaker"].tolist() == ["Harold Venn"] * 2


def test_an_unnamed_worker_whose_occupation_holds_a_gerund():
    out = rows("Headline\n\nA medical imaging technologist at the hospital, who asked not to be named, said the night "
               "rotation was burning people out.\n\n\"We asked for help over and over,\" the technologist said.")
    assert out["speaker"].tolist() == ["A medical imaging technologist at the hospital"] * 2


def test_a_pronoun_of_the_other_gender_inside_someone_s_report_reports_for_itself():
    text = ("Headline\n\nMele Fifita, a social worker, said she watched videos of the storm.\n\nHer uncle, Sione Fifita, "
            "fishes out of a village. She said he told her in a voice message that his boat had been thrown onto the "
            "road.")
    out = rows(text)
    assert out.loc[out["text"] == "his boat had been thrown onto the road", "speaker"].tolist() == ["Sione Fifita"]


def test_a_quotation_inside_a_report_stays_the_reporter_s_whatever_the_pronoun():
    text = ("Headline\n\n\"She has the best hands on this backstretch,\" said trainer Buck Henley.\n\nHenley said she "
            "can tell whether a horse is sore, and that her notes are \"better than any vet report I ever paid for.\"")
    out = rows(text)
    assert out.loc[out["kind"] == "partial", "speaker"].tolist() == ["Buck Henley"]


@pytest.mark.parametrize("text, reported", [
    # an adjective in -ly opens the clause, no adverb of "said"
    ("Headline\n\nHana Ostrowski said monthly readings show the sky has brightened.",
     "monthly readings show the sky has brightened"),
    # a nationality between the count and its plural noun
    ("Headline\n\nExecutive Director Carmen Ibarguen said about 220 Peruvian herders work in Idaho in a typical year.",
     "about 220 Peruvian herders work in Idaho in a typical year"),
    # a plural's relative clause inside the subject's appositive, its verb without -s
    ("Headline\n\nThe Palouse Basin Water Partnership, a group of local governments and the two universities that "
     "share the aquifer, warned in May that summer pumping had outpaced recharge.",
     "summer pumping had outpaced recharge"),
    # a nickname ends the aside, its comma after the closing mark
    ("Headline\n\nCecil Albury, owner of Abaco Ocean Products and known as the \"Crawfish King\", said his plant was "
     "holding about 110,000lbs of product.", "his plant was holding about 110,000lbs of product")])
def test_clauses_and_subjects_missed_in_the_written_files_439_450(text, reported):
    assert rows(text)["text"].tolist() == [reported]


# Guards from a helper's review of the rules above (2647fe0-f7e5a93): each input came out wrong with their first form.
@pytest.mark.parametrize("text, speakers", [
    # a title with a point after "according to", read off the name
    ("Headline\n\nThe talks stalled, according to Amb. Rosemary DiCarlo. She said more work was needed.",
     ["Rosemary DiCarlo"] * 2),
    ("Headline\n\nThe church will close, according to Fr. Michael Dolan, the parish priest.", ["Michael Dolan"]),
    # a carrier described otherwise is no airline named nearby
    ("Headline\n\nRyanair passengers faced delays after British Airways staff walked out. The budget carrier said "
     "flights would resume.", ["the budget carrier"]),
    # another minister's name is not the unnamed one's
    ("Headline\n\nShares fell on Tuesday after the Finance Minister said the deficit would widen.\n\nHealth Minister "
     "Mark Holland said the budget was sound.", ["the Finance Minister", "Mark Holland"]),
    # a document signed by two, or written by someone unnamed, is not the last name's
    ("Headline\n\nThe union's letter, signed by president Maria Lopez and secretary Tom Baird, says pay is too low.",
     ["Maria Lopez"]),
    ("Headline\n\nThe ministry's memo, written by an aide to Minister Sean Fraser, says the plan failed.",
     ["the ministry's memo"]),
    # a man whose given name the census counts as a woman's, and a son left unnamed (he is not the chief named before,
    # nor her: someone unnamed, since 0ce379c)
    ("Headline\n\nAndrea Bocelli said he had warned organisers that the stage was unsafe.", ["Andrea Bocelli"] * 2),
    ("Headline\n\nPolice Chief Tom Ward said officers arrived.\n\nMaria Lopez said her son called her that night. She "
     "said he told her he was being followed.", ["Tom Ward", "Maria Lopez", "Maria Lopez", "(unresolved)"])])
def test_review_guards_of_the_fifty_third_session_first_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, mention", [
    # the main clause's subject goes on after an adverbial clause that is not set off, or whose subject holds no office
    ("Headline\n\nPacheco resigned after the audit was released and said he had done nothing wrong.", "Pacheco"),
    ("Headline\n\nThe judge adjourned the case because the defendant fell ill and said it would resume on Monday.",
     "The judge"),
    # a plural after a noun in -al is no occupation's gerund
    ("Headline\n\nIn the capital striking teachers, who have been out for six weeks, said pay was too low.",
     "teachers")])
def test_review_guards_of_the_fifty_third_session_first_rules_mentions(text, mention):
    assert rows(text)["speaker_mention"].tolist()[-1] == mention


def test_a_body_named_in_spanish_is_the_association():
    # (named more than three paragraphs before, where only a name of that kind is read)
    out = rows("Headline\n\nThe swimmer reached Morocco, according to Asociación Estrecho Libre, the Tarifa-based body "
               "that sanctions the crossings.\n\nHe set off at 9.14am.\n\nThe water was cold.\n\nHis daughter "
               "swam the first hour with him.\n\nThe association said he was the oldest swimmer from Gibraltar to "
               "complete the route.")
    assert out["speaker"].tolist()[-1] == "Asociación Estrecho Libre"


def test_an_unnamed_civil_servant_is_the_official_who_speaks_next():
    out = rows("Headline\n\nThe loan was approved in 2021.\n\nThe firm collapsed a year later.\n\nThe report was "
               "published on Tuesday.\n\nTreasury Minister Niall Corlett said he accepted the report.\n\nA senior "
               "civil servant, who "
               "asked not to be named, said there had been enthusiasm from the top.\n\n\"Everyone wanted a success "
               "story,\" the official said.")
    assert out["speaker"].tolist() == ["Niall Corlett"] + ["A senior civil servant"] * 2
    assert out["speaker_type"].tolist()[1:] == ["anonymous"] * 2


# Guards from a helper's review of 20a83c2-a32e5e6: each input came out wrong with the rules' first form.
@pytest.mark.parametrize("text, speakers", [
    # a rite said is no report; "wrote about" is a topic
    ("Headline\n\nFather Tom Kelly said weekly Mass for the prisoners at the jail until 2019.", []),
    ("Headline\n\nThe historian wrote about 20 French villages in her first book.", []),
    # "Union" opens companies' names in English and Spanish alike
    ("Headline\n\nUnion Pacific said on Monday it would close its yard in North Platte.\n\nThe union said about 300 "
     "workers would lose their jobs.", ["Union Pacific", "the union"]),
    # a civil servant named is that person
    ("Headline\n\nA former civil servant named David Boyd said the files had been shredded.", ["David Boyd"]),
    # "he" inside her report, with only her son for him, is someone unnamed
    ("Headline\n\nMaria Lopez said her son called her that night. She said he told her the boat had sunk.",
     ["Maria Lopez", "Maria Lopez", "(unresolved)"]),
    # the adverbial clause's person by office or as a source noun, whatever the main subject's article
    ("Headline\n\nThe case collapsed on Friday, after a High Court judge stayed the indictment and ruled that the "
     "delays were too long.", ["a High Court judge"]),
    ("Headline\n\nPatients were moved to another ward, after a nurse raised the alarm and said the ceiling was "
     "leaking.", ["a nurse"])])
def test_review_guards_of_the_fifty_third_session_second_rules(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text", [
    # a plural's "that" before a noun phrase opens what is reported, not a relative clause in the subject
    "Headline\n\nThe union told members that senior managers, speaking privately, said the offer was final.",
    # a nickname given right before the comma
    "Headline\n\nThe club's captain, nicknamed \"The Wall\", said the squad was ready."])
def test_review_guards_of_the_fifty_third_session_second_rules_subjects(text):
    assert not any(" that " in m or "nicknamed" in m for m in rows(text)["speaker_mention"])


def test_a_relative_clause_on_the_adjunct_before_that():
    out = rows("Headline\n\nCorey Lewandowski said on CNN, where he is now a paid contributor, that Manafort should be "
               "held to account.")
    assert out[["speaker", "text"]].values.tolist() == [["Corey Lewandowski", "Manafort should be held to account"]]


@pytest.mark.parametrize("text, reported", [
    # a name given to something introduced is no report
    ("Headline\n\nA volunteer group called Naco Sin Agua keeps a running count of dry days on Facebook.", []),
    # what someone is called is
    ("Headline\n\nAn official called Trump a liar.", ["Trump a liar"])])
def test_a_name_given_after_called_is_no_report(text, reported):
    assert rows(text)["text"].tolist() == reported


def test_a_body_named_after_called_is_the_group_later():
    out = rows("Headline\n\nResidents formed a group called Save Our Park last spring.\n\nThe group said the council "
               "had ignored them.")
    assert out["speaker"].tolist() == ["Save Our Park"]


@pytest.mark.parametrize("written, name", [
    # a title after "bin" is the father's: part of the name, not where it starts
    ("Ketua Kampung Haji Abdul Rahim bin Haji Bakar", "Abdul Rahim bin Haji Bakar"),
    ("Dr Hajah Nurul Izzati binti Haji Metussin", "Nurul Izzati binti Haji Metussin"),
    # Malay courtesy titles (Dayang for women, Awang for men) are no given names
    ("Resident Dayang Rosnah binti Ahmad", "Rosnah binti Ahmad"),
    ("Former player Awang Haji Zulkifli bin Haji Tengah", "Zulkifli bin Haji Tengah")])
def test_a_malay_name_of_descent_keeps_the_fathers_title_and_drops_its_own(written, name):
    out = rows(f"Headline\n\n{written} said the clean-up would be held every fortnight.")
    assert out["speaker"].tolist() == [name]


def test_a_malay_second_reference_by_the_given_names_before_binti_is_the_person():
    # Malay names have no surname: "Dr Nurul Izzati" and "Abdul Rahim" are the people named in full before
    text = ("Headline\n\nActing Director Dr Hajah Nurul Izzati binti Haji Metussin said teams had found larvae.\n\n"
            "Village head Haji Abdul Rahim bin Haji Bakar said a clean-up was planned.\n\nDr Nurul Izzati said 38 "
            "notices had been issued.\n\nAbdul Rahim said the village would help.")
    assert rows(text)["speaker"].tolist() == ["Nurul Izzati binti Haji Metussin", "Abdul Rahim bin Haji Bakar"] * 2


def test_bin_and_binti_give_the_gender_a_malay_given_name_lacks():
    # "he" is the man named with "bin" (son of), not the woman named with "binti" before him
    text = ("Headline\n\nDr Hajah Nurul Izzati binti Haji Metussin said cases had doubled.\n\nConsultant Dr Mohd Firdaus "
            "bin Haji Md Yusof advised patients with fever to seek treatment.\n\n\"Please do not wait at home,\" he "
            "said.")
    assert rows(text)["speaker"].tolist()[-1] == "Mohd Firdaus bin Haji Md Yusof"


def test_a_long_malay_name_before_a_relative_clause_is_the_subject():
    text = ("Headline\n\nFormer national player Awang Haji Zulkifli bin Haji Tengah, who coached the first squad in "
            "2019, described the qualification as \"the biggest thing to happen to takraw\".")
    assert rows(text)["speaker"].tolist() == ["Zulkifli bin Haji Tengah"]


def test_a_shared_surname_first_used_alone_before_a_pronoun_names_the_holder_of_its_gender():
    # the father speaks last before "Okafor" is first used alone; the next sentence's "She" says it is his daughter,
    # who keeps the surname alone from then on
    text = ("Headline\n\nWhen Maya Okafor was six, she rode her first bike into a stump.\n\n\"She had a scrape,\" "
            "David Okafor recalled.\n\nEleven years later, the student is headed for the big stage. Okafor was named "
            "Tuesday to the squad. She is one of four junior women selected.\n\n\"The trails raised me,\" Okafor said."
            "\n\nOkafor, for her part, said she was aiming for \"a clean race\".")
    assert rows(text)["speaker"].tolist() == ["David Okafor", "Maya Okafor", "Maya Okafor"]


def test_a_left_single_mark_inside_a_word_is_no_quotation_and_rows_keep_it():
    # "Moloa‘a" and "Kaua‘i" are Hawaiian places typed with a left mark for the ʻokina: the place is no speaker, and
    # the rows write the words as the text does
    text = ("Headline\n\n\"They are eating us alive,\" said Moloa‘a farmer Leilani Kauhane, who grows taro on "
            "Kaua‘i.\n\n\"It is the Kaua‘i way,\" she said.")
    out = rows(text)
    assert out["speaker"].tolist() == ["Leilani Kauhane"] * 2
    assert out["speaker_mention"].tolist()[0] == "Moloa‘a farmer Leilani Kauhane"
    assert out["text"].tolist()[1] == "It is the Kaua‘i way,"


@pytest.mark.parametrize("text, speaker", [
    ("Headline\n\nRosalind Mori, president of the association, posted on its Facebook page that 140 relatives were "
     "safe.\n\n\"Please wait for family to confirm,\" the post read.", "Rosalind Mori"),
    ("Headline\n\nFor Kimiko Erwin, the wait ended on Tuesday. She texted a reporter a photo of her mother.\n\n"
     "\"She's OK. House is gone,\" the text read.", "Kimiko Erwin"),
    # the sender is the verb's subject: not the daughter who testified that her mother texted her
    ("Headline\n\nTheir daughter, Dana Castellano, testified that her mother texted her a photo. The message read: "
     "\"Wish us luck.\"", None)])
def test_a_message_named_by_its_noun_is_its_senders(text, speaker):
    out = rows(text)
    assert out["speaker"].tolist()[-1] == speaker if speaker else out["speaker"].tolist()[-1] != "Dana Castellano"


@pytest.mark.parametrize("text, speakers", [
    # the person the sentence opens with, described by where they are, is who the clause and the cue are about
    ("Headline\n\nSteve Kulas, the lockmaster, said the gates would stay shut.\n\nA pilot on one of the stranded "
     "towboats, who asked not to be named because he was not authorized to speak, said crews were tying off. Some "
     "companies were sending crews home, he said.",
     ["Steve Kulas"] + ["A pilot on one of the stranded towboats"] * 2),
    # "the paramedic" after "A paramedic based at ...": the one so introduced
    ("Headline\n\nA paramedic based at Bude ambulance station, who asked not to be named, said crews waited for "
     "hours.\n\n\"We are running on empty,\" the paramedic said.",
     ["A paramedic based at Bude ambulance station"] * 2)])
def test_an_unnamed_person_described_by_place_before_a_relative_clause(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_person_named_in_the_sentence_of_a_source_who_keeps_their_name_back_is_not_he():
    text = ("Headline\n\nJordan Pike, 34, died on Sunday.\n\nA climber who was about 200 feet below Pike and his "
            "partner, and who asked not to be identified, told the Herald he heard a shout and saw Pike sliding "
            "past.\n\n\"It was quiet, and then it wasn't,\" he said.")
    out = rows(text)
    assert out["speaker"].tolist()[-1] == out["speaker"].tolist()[-2] != "Jordan Pike"


@pytest.mark.parametrize("text", [
    "Headline\n\n\"We paddled for the whole island,\" steersman Kainoa Medeiros, 38, said by phone.",
    "Headline\n\nThe crew trained for 14 months, farmer Kainoa Medeiros, 38, said on Sunday."])
def test_a_name_with_a_lower_case_role_before_its_age_is_the_subject(text):
    assert rows(text)["speaker"].tolist() == ["Kainoa Medeiros"]


def test_a_street_after_a_preposition_is_not_the_person_a_lead_describes():
    text = ("Headline\n\nParking charges would \"price families out\", Congleton's mayor has warned.\n\nThe council is "
            "consulting on a tariff at the car park off Padgbury Lane.")
    assert rows(text)["speaker"].tolist() == ["Congleton's mayor"]


@pytest.mark.parametrize("written, name", [("Curtis Lee “Sonny” Wynn", "Curtis Lee Wynn"),
                                           ("Mary Ann \"Midge\" Thibault", "Mary Ann Thibault")])
def test_two_given_names_before_a_one_word_nickname_and_a_surname_are_one_name(written, name):
    assert rows(f"Headline\n\n{written}, 56, said she was tired.")["speaker"].tolist() == [name]


@pytest.mark.parametrize("text, speakers", [
    # a nickname's aside that goes on after the nickname, and an age before it
    ("Headline\n\nGerald Lapointe won a prize.\n\nLapointe, 71, known to two generations of geologists as \"Two-Pan "
     "Gerry\" for the pair of gold pans strapped to his pack, said he cried when his lawyer phoned.",
     ["Gerald Lapointe"]),
    # "the 41-year-old" is the man named before, not the team of "the St George's wicketkeeper"
    ("Headline\n\nRashad Burgess-Place will retire, a career that has made the St George's wicketkeeper a star.\n\n"
     "The 41-year-old, known to fans as \"Lighthouse\" because of his height, confirmed in an interview that this "
     "match would be his last.", ["Rashad Burgess-Place"])])
def test_a_subject_before_a_long_nickname_aside(text, speakers):
    assert rows(text)["speaker"].tolist() == speakers


def test_a_document_by_a_place_and_a_kind_of_firm_is_the_firms():
    text = ("Headline\n\nThe vote followed a review by Calgary engineering firm Lindqvist & Orr, presented to council "
            "last month. According to the review, only 31 per cent of the fibre had been laid by January.")
    assert rows(text)["speaker"].tolist() == ["Lindqvist & Orr"]


def test_a_departments_field_alone_is_the_department_named_in_full():
    text = ("Headline\n\nThe Department of Public Health and Social Services on Thursday confirmed nine cases of dengue "
            "fever.\n\nPublic Health said it would post daily case updates on its website.")
    assert set(rows(text)["speaker"]) == {"Department of Public Health and Social Services"}


@pytest.mark.parametrize("text, body", [
    ("Headline\n\nIn a news release Sunday, Colorado Parks and Wildlife said the bull would not be euthanized. The "
     "agency said officers would continue to monitor the animal.", "Colorado Parks and Wildlife"),
    ("Headline\n\nA spokesperson for Fisheries and Oceans Canada said closures are based on water sampling. The "
     "department said it has increased sampling in the area.", "Fisheries and Oceans Canada"),
    ("Headline\n\nA Parks Canada spokesperson said a dive team had examined the gate.\n\nThe agency said repairs "
     "could take at least a week.", "Parks Canada")])
def test_a_public_bodys_kind_is_the_body_that_spoke_last(text, body):
    assert rows(text)["speaker"].tolist()[-1] == body


@pytest.mark.parametrize("text, speaker", [
    ("Headline\n\nHolland Creek Shellfish, one of the last independent oyster processors on the island, will shut its "
     "plant in December.\n\nThe family-owned company announced the closure in a news release on Monday.",
     "Holland Creek Shellfish"),
    # a person who opens the sentence before is no company
    ("Headline\n\nMr Aldridge, known to clubmates as \"Postie\", was a founder member of the Vale of Evesham "
     "Wheelers.\n\nThe club said on its Facebook page that members would ride his favourite loop.", None)])
def test_a_company_opening_its_sentence_is_the_body_the_sentence_before_opens_with(text, speaker):
    assert rows(text)["speaker"].tolist()[-1] == speaker if speaker else "Mr Aldridge" not in rows(text)["speaker"].tolist()


@pytest.mark.parametrize("text, speakers", [
    # "Awang" ends a Malaysian name; it is a Bruneian courtesy title only before a name of descent
    ("Headline\n\nAbdul Hadi Awang, the PAS president, said the party would not join the coalition.\n\n\"We will "
     "stand alone,\" Awang said.", ["Abdul Hadi Awang"] * 2),
    ("Headline\n\nSarawak deputy premier Awang Tengah Ali Hasan said the plan was good for the state.",
     ["Awang Tengah Ali Hasan"]),
    # a message is its sender's only in its paragraph, or the one before when the quotation opens its own
    ("Headline\n\nMayor Jane Doe posted a photo of the flooded street on Tuesday.\n\nThe city's police department also "
     "took to Facebook. \"Stay off the roads until further notice,\" the post read.", ["the post"]),
    ("Headline\n\nTom Reed, 34, posted bail on Monday and was released.\n\n\"The suspect has been released pending "
     "trial,\" the post read.", ["the post"]),
    # "working" qualifies the noun here; it opens no phrase
    ("Headline\n\nA working mother of three in Leeds said she spends half her salary on nursery fees.\n\n\"I have "
     "applied four times and heard nothing,\" the mother said.", ["A working mother of three in Leeds"] * 2),
    # the source who keeps her name back is a woman: "he" is the landlord she named
    ("Headline\n\nA woman who asked not to be identified said her landlord, Tom Reed, had cut off her heating.\n\n"
     "\"The boiler broke and I fixed it in two days,\" he said.", ["A woman", "Tom Reed"]),
    # a verb between the sentence's opening and the relative clause
    ("Headline\n\nA friend of the driver told police his neighbour, who lives nearby, said the car had been stolen.",
     ["his neighbour"]),
    # an age after an appositive
    ("Headline\n\nThe driver's son, a pupil at St Mary's, 14, said his father was not speeding.", ["the driver's son"]),
    # a surname that is a place's last word after "by"
    ("Headline\n\nA retired teacher says the council ignored her complaints about flooding.\n\nThe complaints, first "
     "made by Margaret Hill in 2014, were never answered.", ["Margaret Hill"]),
    # a nickname's aside, then a clause of its own before another person's cue
    ("Headline\n\nRay Cole, known to fans as \"the Hammer\", had been out since March when his trainer, Luis Ortega, "
     "said the fight would go ahead.", ["Luis Ortega"]),
    # a firm's name before a day
    ("Headline\n\nA review by Calgary engineering firm Lindqvist & Orr Tuesday found the bolts had failed. \"The bolts "
     "were undersized,\" the review said.", ["Lindqvist & Orr"])])
def test_review_guards_of_the_fifty_fourth_session(text, speakers):
    out = rows(text)
    assert out["speaker"].tolist()[-len(speakers):] == speakers


@pytest.mark.parametrize("opening", ["Weeks later he", "Two weeks later, he", "A few weeks later he"])
def test_a_span_of_time_before_the_subject_of_joined_verbs_is_no_subject(opening):
    text = (f"Headline\n\nDarren Pelling, 52, was jailed.\n\n{opening} returned and told her the new stack had "
            "shifted in the frost and needed more work.")
    assert rows(text)["speaker"].tolist() == ["Darren Pelling"]


@pytest.mark.parametrize("text, kept", [
    # a group of others does something with a quoted term: no one's words
    ("Headline\n\n\"It was sheeting on the ground,\" Beaulieu said.\n\nStaff set up rows of \"cholera beds,\" cots "
     "with a hole cut in the middle.", False),
    ("Headline\n\n\"We are asking the town to do its part,\" she said.\n\nTraffic engineers grade intersections on a "
     "\"level of service\" scale from A to F.", False),
    # a report that goes on after a copula keeps its speaker
    ("Headline\n\nThe foreign secretary said the right to life was the \"most important liberty\". Law lords were "
     "\"simply wrong\" to imply it.", True)])
def test_a_quoted_term_in_a_sentence_about_others_takes_no_earlier_speaker(text, kept):
    assert (len(rows(text)) == 2) == kept


@pytest.mark.parametrize("text, poster", [
    ("Headline\n\nJanet Pengelly, 67, was on holiday.\n\n\"It was terrifying,\" said the hotel manager, Sue Braund.\n\n"
     "Mrs Pengelly posted a photograph of the blackened hillside behind the hotel on Facebook on Tuesday morning with "
     "the caption: \"Safe, tired, smelling like a bonfire.\"", "Janet Pengelly"),
    ("Headline\n\nBrooke Haugen, 16, won the title.\n\n\"What Brooke has is patience,\" Tanis Morrow said.\n\nHaugen has "
     "built a modest following online, where she posts run videos. After her qualification was confirmed, she posted a "
     "photo of Biscuit with her nose in a feed bucket and the caption: \"She did all the work.\"", "Brooke Haugen")])
def test_a_caption_is_the_words_of_who_posted_the_picture(text, poster):
    assert rows(text)["speaker"].tolist()[-1] == poster


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Less than 24 hours later, the Harlow City Council turned the offer down on a 3-2 vote, insisting that the "
     "county should cover 70% of the cost.", "Harlow City Council"),
    ("Just two weeks later, the Harlow City Council turned the offer down, insisting that the county should pay.",
     "Harlow City Council"),
    ("Ward 3 council member Lyle Brekke cast the lone vote against the offer, saying the city should not commit a "
     "dollar until traffic is counted.", "Lyle Brekke"),
    ("Reached by phone Tuesday, Brekke, 54, declined to discuss the terms but said he was relieved it was over.",
     "Lyle Brekke"),
])
def test_openings_before_the_subject_of_joined_verbs_are_no_subject(sentence, speaker):
    # a bound before a span of time, a numbered ward before a role and its holder, a past participle's clause
    text = f"Headline\n\nLyle Brekke chairs the finance panel.\n\n{sentence}"
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A circular sent to patients by the Health Department in February said the new criteria were necessary.",
     "Health Department"),
    ("A petition circulated by the Health Department and signed by 412 residents said the new criteria were "
     "necessary.", "Health Department"),
])
def test_a_documents_maker_after_its_addressee_or_a_second_makers_verb(sentence, speaker):
    text = f"Headline\n\nThe Health Department changed the rules for travel grants.\n\n{sentence}"
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_possessive_inside_a_reported_clause_with_its_own_subject_says_no_gender_of_the_speaker():
    # "his" belongs to the reported clause (its subject "members" came first), not to Priya Chaudhary, whose given
    # name the census list does not hold: the "she" after her quotation is hers, not the known woman's named before
    text = ("Headline\n\nDerek Ansell, 71, and his wife Margaret Ansell live in Westcott. \"He never stops,\" "
            "Margaret Ansell said.\n\nThe club's chairman, Priya Chaudhary, said members had organised Sunday's ride "
            "after realising his 10,000th climb was close.\n\n\"Derek is the person every new member meets first,\" "
            "she said.")
    assert rows(text)["speaker"].tolist() == ["Margaret Ansell", "Priya Chaudhary", "Priya Chaudhary"]


def test_a_roles_noun_and_a_title_before_a_name_and_its_body_name_the_person():
    text = ("Headline\n\nThe festival opens on Friday. Cultural historian Dr Sharmaine Weekes of the Montserrat "
            "National Trust said the calypso tent's role had grown after 1995.")
    assert rows(text)["speaker"].tolist() == ["Sharmaine Weekes"]


@pytest.mark.parametrize("body", ["Royal St Christopher and Nevis Police Force", "Caldera and Nevis Fire Service"])
def test_a_bodys_name_joined_by_and_is_no_persons_name(body):
    # a place's saint, or a first word no census given name: the words before "and" open the body's name
    text = (f"Headline\n\nIn a statement issued after the verdict, the {body} said the officer had been dismissed "
            "in 2023.")
    assert rows(text)["speaker"].tolist() == [body]


@pytest.mark.parametrize(("opening", "source"), [
    ("Two doors down, a café owner, who asked not to be named because she feared losing customers,", "a café owner"),
    ("One of the remaining nurses, who did not want her name published,", "One of the remaining nurses"),
    ("The daughter of one of the 11 patients, who asked not to be named,", "The daughter of one of the 11 patients"),
])
def test_an_unnamed_source_kept_whole_before_her_aside_and_her_next_quotation(opening, source):
    # a distance opening the sentence is no source; "one of" the group is the source, not the group; her "she
    # said" after is hers, not the woman named before
    text = (f"Headline\n\nAndrea Mossman runs the hardware store. \"It's a gauntlet,\" she said.\n\n{opening} said "
            "the bylaw was \"a fire hose to put out a birthday candle\".\n\n\"They buy hot chocolate, they sit on the "
            "bench, they leave,\" she said.")
    assert rows(text)["speaker"].str.lower().tolist() == ["andrea mossman", source.lower(), source.lower()]


def test_a_name_set_off_after_its_owners_noun_takes_the_gender_of_the_pronoun_after_it():
    # the owner named first in the sentence ("Kittredge’s host") is not the subject: "his" is Batbayar's, so the
    # "he" of the next sentence is his, not the last name read ("Steppe Lifeline", which no list types)
    text = ("Headline\n\nCEDARVILLE — Marlys Kittredge has pulled calves for 40 years.\n\nKittredge’s host, Dorj "
            "Batbayar, 34, lost 140 of his 220 animals last winter. Speaking through an interpreter on a video call "
            "arranged by Steppe Lifeline, he said he had learned more.")
    assert rows(text)["speaker"].tolist() == ["Dorj Batbayar"]


def test_a_message_published_by_a_person_named_in_an_appositive_is_theirs():
    text = ("Headline\n\nThe players refused to train on Monday.\n\nHours earlier, the team’s captain, defender "
            "Tyrique Liburd, had published a message on Instagram on behalf of the squad.\n\n“We love this badge and "
            "we will always play for it,” the post read.")
    assert rows(text)["speaker"].tolist() == ["Tyrique Liburd"]


@pytest.mark.parametrize("sentence", [
    "The Centrale Bank van Curaçao en Sint Maarten said food prices rose 9.1 percent.",
    "Sint Maarten said food prices rose 9.1 percent.",
])
def test_a_saints_place_and_a_body_named_on_after_a_particle_name_no_person(sentence):
    assert [m.person.name for m in find_people(sentence)] == []


def test_a_saints_name_after_a_title_is_a_person():
    assert [m.person.name for m in find_people("Father St John said the hall would reopen.")] == ["St John"]


@pytest.mark.parametrize("opening", [
    "Tobol Heat Energy rejected the accusations of negligence in a statement posted on its website.",
    "Tobol Heat Energy said in a statement posted on its website that it was not to blame.",
])
def test_the_statement_is_its_authors_when_a_stance_was_taken_in_it_and_a_crosshead_is_no_part_of_the_name(opening):
    # the crosshead ends its line with a capital and no point: the author's name starts on the next line
    text = (f"Headline\n\nHeating Failure\n\n{opening}\n\n\"The breakdown of boiler No. 3 was caused by a sharp rise "
            "in load,\" the statement read.")
    assert rows(text)["speaker"].tolist()[-1] == "Tobol Heat Energy"


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("According to her coach, the Norwegian ocean rower Lars Eriksen, the hardest part of the crossing will not be "
     "physical.", "Lars Eriksen", "the hardest part of the crossing will not be physical"),
    ("Her coach, Lars Eriksen of the Bergen Ocean Rowing Club, called her \"the most stubborn athlete I have ever "
     "coached\".", "Lars Eriksen", None),
])
def test_a_role_and_the_person_named_after_it_speak_as_that_person(sentence, speaker, content):
    out = rows(f"Headline\n\nRebecca Hale will row the Atlantic alone.\n\n{sentence}")
    assert out["speaker"].tolist() == [speaker]
    if content:
        assert out["text"].tolist() == [content]


@pytest.mark.parametrize(("ages", "speaker"), [("16", "Sadie Caldwell"), ("46", "the teen")])
def test_the_teen_is_the_one_person_named_with_a_teenagers_age(ages, speaker):
    # her grandfather's age is no teenager's; with no teenager named, the phrase stays
    text = (f"Headline\n\nSadie Caldwell, {ages}, grew the pumpkin with her grandfather Ray Caldwell, 74. The teen said "
            "she plans to grow her own next year.")
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("named", "speaker"), [
    ("a lawsuit brought by Marta and Dieter Vandenberg", "Marta Vandenberg & Dieter Vandenberg"),
    ("a lawsuit brought by Ann Lee and Tom Cole", "Ann Lee & Tom Cole"),
    ("a lawsuit brought by Ann Lee with Tom Cole", "the couple"),
])
def test_the_couple_is_the_two_people_named_together_before(named, speaker):
    text = (f"Headline\n\nThe ruling ends {named}, who have grown flax since 2006. The couple said drift from a "
            "neighbouring field cost them their certification.")
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("street", ["Belle Parade", "Rose Crescent", "Albert Terrace", "Laurier Boulevard"])
def test_a_street_named_like_a_person_is_no_person(street):
    text = f"The library's current building on {street} would be put up for sale, the council said."
    assert [m.person.name for m in find_people(text)] == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The council voted for the sign, despite one of its longest-serving members, Cllr Dennis Armstrong, calling it "
     "\"a vanity project\".", "Dennis Armstrong"),
    ("The council voted for the sign, despite Cllr Dennis Armstrong calling it \"a vanity project\".",
     "Dennis Armstrong"),
    ("Cllr Dennis Armstrong, who lost the vote with a show of hands, will fight on, calling the sign \"a vanity "
     "project\".", "Dennis Armstrong"),
])
def test_despite_a_person_calling_it_is_that_persons_words(sentence, speaker):
    text = f"Headline\n\nHaltwhistle Town Council met on Monday.\n\n{sentence}"
    assert rows(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # a distance needs a number and a unit; a relative clause after the comma is the source's
    ("A man further down, who asked not to be named, said the police came too late.\n\n\"They took an hour,\" he "
     "said.", ["A man further down", "A man further down"]),
    # after "according to", a document and a name set off after it are no role and its holder
    ("According to the lawsuit, Dr. Karen Mills, a surgeon at St. Luke's, failed to order a scan.", ["the lawsuit"]),
    # an unnamed teenager written after the named one; a schoolboy is no girl
    ("Jake Moore, 17, died in hospital on Friday. A 16-year-old girl was arrested on Saturday. The teen told officers "
     "she had been threatened.", ["the teen"]),
    ("His sister, Grace Okoye, 15, raised the alarm. The schoolboy told rescuers he had fallen.", ["the schoolboy"]),
    # a person's name before "and" a body's name, with no saint in it
    ("Nnamdi Okafor and Access Bank executives signed the loan deal on Monday. \"This is a new chapter for our "
     "farmers,\" Okafor said.", ["Nnamdi Okafor"]),
    # the owner of the noun before the name may own the possessive: it says nothing of the name's gender
    ("Tom Hale's spouse, Robin Ashby, said his illness had been missed for months.\n\n\"The doctors failed him,\" "
     "she said.", ["Robin Ashby", "Robin Ashby"]),
    # a message posted or published by someone else
    ("Police released a video of Tom Cole, posted by his daughter on Facebook on Monday. \"My dad did nothing "
     "wrong,\" the post read.", ["the post"]),
    ("The newspaper's editor, Jane Fox, had published a post by the victim's sister. \"She was loved,\" the post "
     "read.", ["the post"]),
    # "with" and a name set off before the participle: the sentence's subject still speaks
    ("The president appeared on the balcony with his wife, Melania, saying the country was \"blessed\".",
     ["the president"]),
    ("The Royal St Christopher and Nevis Police Force said two men had been arrested.",
     ["Royal St Christopher and Nevis Police Force"]),
])
def test_review_guards_of_the_fifty_fifth_session(text, speakers):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist() == speakers


def test_a_name_after_a_preposition_of_place_and_the_is_a_place():
    # "the Rio Hondo" is the river, so "the lower Hondo" in an unnamed grower's description names no one
    text = ("Headline\n\nThe Sedillo family has picked apples along the Rio Hondo for 103 years.\n\nA neighboring "
            "grower on the lower Hondo, who asked not to be named, said two other orchards are for sale.\n\n"
            "\"Nobody puts up a sign,\" he said.")
    assert rows(text)["speaker"].tolist() == ["A neighboring grower on the lower Hondo"] * 2
    assert [m.person.name for m in find_people("Boats sailed along the Rio Hondo and past the Firth of Clyde.")] == []


def test_where_someone_of_a_given_age_lives_is_no_person():
    assert [m.person.name for m in find_people("Curtis Wynn, 56, of Ruidoso Downs, pleaded guilty in October.")] \
        == ["Curtis Wynn"]


def test_a_place_a_role_and_a_nicknamed_name_opening_the_sentence_before_a_relative_clause_are_one_subject():
    text = ("Headline\n\nThe council met on Tuesday.\n\nWailua resident Tomasina \"Tommie\" Reyes, who wore a T-shirt "
            "reading \"Keep Kauai Clucking,\" told the council the chickens \"belong here more than half the people "
            "in this room.\"")
    assert rows(text)["speaker"].tolist() == ["Tomasina Reyes"]


@pytest.mark.parametrize(("text", "speakers"), [
    # a title or a given name in a run after a preposition of place and "the": a person
    ("The choir filed past the Revd Canon Andrew Hay, who led prayers. \"It was moving,\" he said.", ["Andrew Hay"]),
    ("Reporters crowded around the Senate Majority Leader Chuck Schumer after the vote. \"We will pass it,\" he said.",
     ["Chuck Schumer"]),
    # a name after a preposition, ending the phrase before a relative clause, is the object, not the subject
    ("Family and friends of Jake Moore, who died on Friday, said he was \"a gentle giant.\"", ["Family"]),
    ("Aides to Donald Trump, who spoke on condition of anonymity, said the meeting was \"tense.\"", ["Aides"]),
])
def test_second_review_guards_of_the_fifty_fifth_session(text, speakers):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist() == speakers


def test_a_role_before_the_name_that_opens_a_sentence_makes_it_the_subject_a_pronoun_then_refers_to():
    # Mrs Mawdsley spoke last, but the customer introduced since opens her sentence: "she" is the customer
    text = ("Headline\n\n\"It is sad,\" Mrs Joan Mawdsley said.\n\nRegular customer Brenda Lea, 81, of Burscough, has "
            "been buying a slab every Thursday since the early 1970s.\n\n\"I came in with my mum,\" she said.")
    assert rows(text)["speaker"].tolist() == ["Joan Mawdsley", "Brenda Lea"]


@pytest.mark.parametrize(("verb", "speaker"), [("wrote", "Derek Halsall"), ("said", "Alan Prescott")])
def test_he_wrote_after_a_letter_from_someone_is_the_sender(verb, speaker):
    # writing is the letter's sender's; saying is still the last man who spoke
    text = ("Headline\n\n\"It is the end of a line,\" Dr Alan Prescott said.\n\nPinned behind the counter is a letter "
            "from Derek Halsall, who grew up on Derby Street.\n\n"
            f"He {verb} that the shop was \"the first thing I think of\" when he thinks of home.")
    assert rows(text)["speaker"].tolist() == ["Alan Prescott", speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Western Health and Social Care Trust is closing two clinics and has written to each patient. The letter, "
     "dated October 20, states that the trust will \"no longer provide routine nail care\".",
     "Western Health and Social Care Trust"),
    ("The Forest Service has already posted the lookout job for next season. The posting said applicants must "
     "\"tolerate extended isolation.\"", "Forest Service"),
    # a letter the sentence before does not say anyone sent stays the document
    ("The Forest Service has already posted the lookout job for next season. The letter said applicants must "
     "\"tolerate extended isolation.\"", "the letter"),
])
def test_the_document_opening_a_sentence_is_from_whom_the_sentence_before_says_sent_it(sentence, speaker):
    assert rows(f"Headline\n\n{sentence}")["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text", ["the 2028 Alberta Summer Games", "the Highland Games", "the Winter Olympics",
                                  "the Prairie Championships"])
def test_games_and_championships_are_no_people(text):
    assert [m.person.name for m in find_people(f"Volunteers worked at {text} last year.")] == []


@pytest.mark.parametrize(("sentence", "speakers"), [
    # a group of people after "and" opens a report of its own
    ("The feud spilled into the open as commissioners demanded an accounting of the shortfall and fair board members "
     "accused the commission of \"micromanaging a volunteer board.\"", ["commissioners", "fair board members"]),
    # not a group joined to another noun, nor "and that" carrying on the same report
    ("In a statement, Nordlys Cruises said 64 passengers and nine crew members had reported symptoms since Sept. 7.",
     ["Nordlys Cruises", "64 passengers and nine crew members"]),
    ("A city spokesperson said Friday that the draft was still being revised and that council members had asked staff "
     "to look at exempting acoustic performers.", ["A city spokesperson"]),
])
def test_a_report_ends_where_a_group_of_people_opens_the_next_one(sentence, speakers):
    out = rows(f"Headline\n\n{sentence}")
    assert out["speaker"].tolist()[:len(speakers)] == speakers
    if len(speakers) == 1 or "Nordlys" in sentence:
        assert out["text"].iloc[0].endswith(("performers", "since Sept. 7"))  # the first report is whole


@pytest.mark.parametrize(("subject", "speaker"), [
    ("Det. Const. Paula Viens of the Bruce Peninsula OPP, who led the investigation,", "Paula Viens"),
    # a run after a preposition is no person the body is set off from
    ("A spokesperson for National Parks of Montenegro, which manages the lake,", "National Parks of Montenegro"),
])
def test_a_person_of_a_body_named_after_them_without_a_comma_speaks_as_that_person(subject, speaker):
    text = f"Headline\n\n{subject} said officers got their break in September."
    assert rows(text)["speaker"].tolist() == [speaker]


def test_state_after_a_state_s_name_is_no_reporting_verb():
    text = ("Headline\n\nAccording to the publisher, 2,000 copies will be given to Marshallese communities in "
            "Arkansas, Oklahoma and Washington state.")
    assert rows(text)["speaker"].tolist() == ["the publisher"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("According to a summary DMR area biologist Kara Thibodeau sent the town last month", "Kara Thibodeau"),
    # a document the row before only names stays the document
    ("According to a summary sent to the town last month", "the summary"),
])
def test_the_document_a_row_before_introduced_is_whose_that_row_says(opening, speaker):
    text = (f"Headline\n\n{opening}, clam densities fell by about 38 percent. Green crabs turned up on every flat, the "
            "summary says.")
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_document_named_by_its_maker_s_initials_is_that_body_s():
    text = ("Headline\n\nEvery fifth grader will be offered a heart scan under a new Department of Health (DOH) "
            "program.\n\nAccording to a DOH fact sheet sent home with students this week, early valve damage is most "
            "often found between the ages of 9 and 12.")
    assert rows(text)["speaker"].tolist() == ["Department of Health"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("One post in the group, by Hethersett resident Tom Kerrison,", "Tom Kerrison"),
    ("A post by Tom Kerrison", "Tom Kerrison"),
    # a writer further on is no writer named right after "by"
    ("A post by the council about Tom Kerrison", "(unresolved)"),
])
def test_it_after_a_message_by_someone_is_the_writer(opening, speaker):
    text = (f"Headline\n\nThe group has 3,000 members.\n\n{opening} had been shared 800 times by Thursday. It read: "
            "\u201cIf the oak can survive Kett, it can survive this.\u201d")
    assert rows(text)["speaker"].tolist() == [speaker]


def test_a_company_named_after_the_place_it_is_based_in_is_its_name_without_the_place():
    text = ("Headline\n\nNorthstar Forage Ltd. told growers that Osaka-based Hokuyo Feed Co. had put orders on hold "
            "after inspecting a shipment.\n\nIn an emailed statement, Hokuyo Feed said it \"values its long "
            "partnership with Canadian suppliers.\"")
    assert rows(text)["speaker"].tolist()[-1] == "Hokuyo Feed Co."


@pytest.mark.parametrize(("before", "speaker"), [
    ("", "Jonathan Pring"),
    # a councillor named beyond the next three paragraphs is no lead's source
    ("Officers disagree.\n\nThe library opened in 1974.\n\nIt has 3,000 members.\n\n", "A councillor"),
])
def test_a_lead_s_unnamed_councillor_is_the_first_councillor_named_after_who_speaks(before, speaker):
    # (another councillor speaks later: the lead's source is not the article's one councillor)
    text = ("Headline\n\nA councillor has branded a plan to move Crediton\u2019s library into the town hall a "
            "\u201cdone deal\u201d.\n\nThe county council's cabinet is due to decide on Wednesday.\n\n" + before
            + "Cllr Jonathan Pring (Lib Dem, Crediton) said the options had been \u201crigged from the start\u201d."
            "\n\nThe cabinet member for communities, Cllr Philippa Soper, rejected the claim, saying no decision had "
            "been made.")
    assert rows(text)["speaker"].tolist()[0] == speaker


def test_a_lead_s_unnamed_councillor_is_the_one_whose_later_quotation_repeats_the_lead_s_words():
    text = ("Headline\n\nCouncil is divided over a plan to lease the port, with one councillor calling the deal \u201ca "
            "fire sale of the waterfront\u201d.\n\nThe port lost money in seven of ten years.\n\nCoun. Maria Lenz said "
            "the numbers were clear.\n\nThe marina would pay $185,000 a year.\n\nThe lease runs 20 years.\n\n"
            "Coun. Ray Fennimore disagreed. \u201cThis is a fire sale of the waterfront,\u201d he said.")
    out = rows(text)
    assert out["speaker"].tolist()[0] == "Ray Fennimore"


def test_a_lead_s_unnamed_judge_is_the_judge_named_after_who_speaks():
    text = ("Headline\n\nA federal judge in Boise has thrown out 11 grazing permits, ruling that the agency skipped a "
            "required review.\n\nThe decision covers 310,000 acres. U.S. District Judge Marian Toller gave the agency "
            "until Nov. 1 to propose a fix, and said the permits would remain in force.")
    assert rows(text)["speaker"].tolist() == ["Marian Toller", "Marian Toller"]


@pytest.mark.parametrize(("text", "content"), [
    ("Headline\n\nThe bank announced two days earlier that it was beginning a search.", "it was beginning a search"),
    ("Headline\n\nMs. Reyes said a few weeks ago the plan was dead.", "the plan was dead")])
def test_how_long_before_is_no_part_of_what_was_said(text, content):
    assert only(text)["text"] == content


@pytest.mark.parametrize(("text", "speakers"), [
    # two nouns joined by "and" as the reported clause's subject are no second report
    ("Police said residents and shopkeepers reported hearing several shots shortly after 10 p.m.",
     ["Police", "residents and shopkeepers"]),
    ("In a statement, Nordlys Cruises said passengers and crew members had reported symptoms since Sept. 7.",
     ["Nordlys Cruises", "passengers and crew members"]),
    # "state" after a state's name, then "that" or a determiner: the verb
    ("Officials in California state that more than 2,000 homes have been destroyed.", ["Officials in California"]),
    ("Election officials in Georgia state the recount will finish by Friday.", ["Election officials in Georgia"]),
    # a passive verb of sending says who received or went, not who wrote; a mention that names its sender keeps it
    ("Sgt. Tim Holt was posted to the town in 2015. The notice on the station door says it is \"closed until further "
     "notice\".", ["the notice on the station door"]),
    ("The Forest Service has been posted a complaint. The notice said hikers must \"tolerate extended isolation.\"",
     ["the notice"]),
    # a document with a word of its own before the noun is not the one the row before introduced
    ("According to a statement from Tom Hill, the driver never stopped. The police statement said a man had been "
     "\"arrested\".", ["Tom Hill", "the police statement"]),
    # "by" and a day is no writer; "It" after the sentence right before only
    ("A letter by Friday had reached Tom Kerrison. It said the tree would be felled \"within weeks\".",
     ["(unresolved)"]),
    ("A post by Tom Kerrison drew replies. Many residents shared a leaflet from the parish council. It said the tree "
     "would be felled \"within weeks\".", ["(unresolved)"]),
    # a name set off from a body without a comma speaks for it only when it opens the sentence
    ("The widow of Det. Const. Paul Smith of the Toronto Police Service, who was killed in 2019, said she was "
     "grateful.", ["Toronto Police Service"]),
    ("Master Officer Kayla Brandon of the Wildlife Resources Commission, who led the crash investigation, testified "
     "that the boat was travelling at about 41 mph.", ["Kayla Brandon"]),
])
def test_review_guards_of_the_fifty_sixth_session(text, speakers):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist() == speakers


@pytest.mark.parametrize(("middle", "verb", "speaker"), [
    # a phrase before the subject, not the subject's role: the pronoun is still the one who spoke
    ("Before manager Tom Barker arrived, the club was bottom of the league.", "said", "David Moss"),
    ("Every customer Anne Barker brings in gets a free bun.", "said", "David Moss"),
    # "He has written to" is no writing of the letter's: the one who spoke
    ("Among the items is a postcard from Arthur Blake, who was killed on the Somme in 1916.", "has written to schools "
     "inviting pupils to", "David Moss"),
])
def test_review_guards_for_pronouns_of_the_fifty_sixth_session(middle, verb, speaker):
    text = (f"Headline\n\n\"We are in a good position,\" chairman David Moss said.\n\n{middle}\n\n"
            f"He {verb} \"come and see history\".")
    assert rows(text)["speaker"].tolist() == ["David Moss", speaker]


@pytest.mark.parametrize(("named", "speaker"), [("", "Darcy Kowalchuk"), (" Ann Moss agreed.", "Tom Moss")])
def test_a_rare_given_name_takes_the_gender_of_the_next_cue_s_pronoun_before_anyone_else_is_named(named, speaker):
    # the census lists Darcy among women only, at a share too small to say a gender: the text's "he" does, unless
    # someone else is named before it
    text = ("Headline\n\n\"We won,\" chairman Tom Moss said.\n\nBoard chair Darcy Kowalchuk, who farms north of the "
            f"village, said the co-op is insured.{named}\n\n\"We'll rebuild,\" he said.")
    assert rows(text)["speaker"].tolist()[-1] == speaker


def test_a_kind_of_body_s_most_recent_report_with_modifiers_is_that_body_s():
    text = ("Headline\n\nThe lodge, run by the Big Country Housing Foundation, has 34 beds and a waiting list of 27 "
            "people, according to the foundation's most recent annual report.")
    assert rows(text)["speaker"].tolist() == ["Big Country Housing Foundation"]


def test_her_husband_after_a_speaker_of_no_known_gender_is_that_speaker_s_family_s_man():
    # Dana says no gender; the judge named before her is a woman, but Dana spoke last
    text = ("Headline\n\nJudge Harriet Okafor-Lind wrote that the board \"stretched the meaning\" of the permit.\n\n"
            "The inn's owners, Dana and Peter Vaillancourt, said they were \"stunned.\"\n\n\"We have 31 couples "
            "booked,\" Dana Vaillancourt said.\n\nHer husband said the couple spent roughly $410,000 on the barn.")
    assert rows(text)["speaker"].tolist()[-1] == "Peter Vaillancourt"


def test_a_run_after_a_body_s_head_and_of_is_no_person():
    # ("the port" stays as written: a port named before may be a destination, not the speaker)
    text = ("Headline\n\nThe Port of Cromarty Firth has announced a new deep-water berth.\n\nCruise lines have booked "
            "42 calls.\n\nThe port said the berth would open in 2027.")
    assert rows(text)["speaker"].tolist() == ["Port of Cromarty Firth", "the port"]
    assert [m.person.name for m in find_people("Ships dock at the Port of Cromarty Firth and the Bank of Montreal.")] \
        == []


@pytest.mark.parametrize("where", ["outside the courtroom", "after the hearing", "behind the courthouse"])
def test_a_trailing_cue_before_a_place_s_adjunct_reports_the_clause_before_it(where):
    text = f"Headline\n\nKellerby plans to testify in his own defense, Costigan said {where}."
    out = rows(text)
    assert out[["speaker", "text"]].values.tolist() == [["Costigan", "Kellerby plans to testify in his own defense"]]


@pytest.mark.parametrize(("text", "last"), [
    # a rare name takes a cue's pronoun only when the person reports just before the quotation
    ("Volunteer Lacey Doyle has run the shop since 2011.\n\nA spokesman for the hospice said rents had doubled. \"It "
     "is not viable,\" he said.\n\n\"We are heartbroken,\" she said.", "Lacey Doyle"),
    ("Mayor Tom Moss thanked volunteers. \"Darcy Kowalchuk worked day and night,\" he said.\n\nKowalchuk said she was "
     "proud. \"It was a team effort,\" she said.", "Darcy Kowalchuk"),
    ("Coach Tom Hart said the team played well.\n\nCaptain Ciara Walsh scored twice. \"She was outstanding,\" he "
     "said.\n\n\"I just wanted to win for the girls,\" she said.", "Ciara Walsh"),
    # "Her husband" after a speaker of no known gender: a relative named with that speaker as a pair only
    ("Nurse Sarah Lyle, 41, died after being hit by a van.\n\nFamily friend Chris Dunlop, who runs a garage with Kyle "
     "Dunlop, paid tribute. \"She was a wonderful mother,\" Chris Dunlop said.\n\nHer husband said he had lost his "
     "best friend.", "Sarah Lyle's husband"),
    # "the port" is no port named as a destination; a long run after "Port of" keeps its person
    ("Ships bound for the Port of Rotterdam were held at Felixstowe as the storm hit.\n\nThe port said 30 vessels were "
     "waiting offshore.", "the port"),
    # a kind's document with a field word before the kind is no body of that kind named before
    ("The Department of Education issued advice in August. The Department of Health followed in September.\n\nMasks "
     "are optional, according to the state education department's most recent guidance.",
     "the state education department's most recent guidance"),
])
def test_second_review_guards_of_the_fifty_sixth_session(text, last):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist()[-1] == last


def test_a_long_run_after_port_of_keeps_its_person():
    out = only("Headline\n\nPort of Felixstowe Harbour Master Aidan Bell said the channel was closed.")
    assert out.speaker.endswith("Aidan Bell") and out.speaker_type == "person"


# -- fifty-eighth session: real-corpus readings (PolNeAR train, BBC politics) -------------------------------------

@pytest.mark.parametrize("text", [
    # a town's state set off by commas after an opening adjunct is no subject ("Ohio" was the speaker)
    "At a Trump campaign event in St. Clairsville, Ohio, Brenda Johnson railed against immigrants, and explained that "
    "it upset her to hear them.",
    # an age written as one word before the name, then a verb coordinated with the cue
    "62-year-old Brenda Johnson railed against immigrants and explained that it upset her to hear them.",
])
def test_the_subject_of_a_coordinated_cue_past_a_place_or_an_age(text):
    out = only(f"Headline\n\n{text}")
    assert (out.speaker, out.speaker_type) == ("Brenda Johnson", "person")


def test_a_country_list_after_an_opening_adjunct_stays_the_subject():
    out = rows("Headline\n\nIn a statement, Britain, France and Germany condemned the move and said it was illegal.")
    assert out["speaker"].tolist() == ["Britain, France and Germany"] * 2  # (what they condemned, and said)


@pytest.mark.parametrize(("text", "speaker", "stype"), [
    # a capital inside one word no one is named by: a body
    ("CalMac confirmed that one of the two vessels is to be sent to Islay.", "CalMac", "organization"),
    ("PolitiFact announced that it will have 18 fact-checkers at the debate.", "PolitiFact", "organization"),
    # ... but a surname's prefix, or a given name after the capital, is a person's
    ("McCain said that the bill would fail in the Senate.", "McCain", "person"),
    ("JaMarcus said that he would play on Sunday against Dallas.", "JaMarcus", "person"),
    # a social network speaking on its own account, and bodies of the shipped list
    ("Twitter said in a statement that it would remove the posts.", "Twitter", "organization"),
    ("Oxfam says in a report that aid budgets are half their 1960 levels.", "Oxfam", "organization"),
])
def test_one_word_bodies_are_organisations(text, speaker, stype):
    out = only(f"Headline\n\n{text}")
    assert (out.speaker, out.speaker_type) == (speaker, stype)


def test_a_post_on_a_social_network_is_not_the_networks_statement():
    out = only("Headline\n\nA Facebook post said that the meeting had been cancelled for good.")
    assert out.speaker != "Facebook" and out.speaker_type != "organization"


def test_a_seats_member_described_again_is_the_recent_speaker():
    out = rows("Headline\n\nDerek Wyatt predicted the campaign would get under way properly after the budget. The MP "
               "for Sittingbourne and Sheppey said Tony Blair had been \"trying very hard\" to improve his standing.")
    assert out["speaker"].tolist() == ["Derek Wyatt", "Derek Wyatt"]
    # a spokesman for a body is someone else
    out = rows("Headline\n\nDerek Wyatt predicted the campaign would get under way properly after the budget. The "
               "spokesman for Sittingbourne Council said Tony Blair had been \"trying very hard\" to improve.")
    assert out["speaker"].tolist()[-1] != "Derek Wyatt"


def test_a_bodys_officer_just_after_a_person_of_that_body_is_that_person():
    out = rows("Headline\n\n\"Aid must rise,\" Oxfam's Barbara Stocking said. \"The world's poorest children are "
               "paying with their lives,\" the charity's director added.")
    assert out["speaker"].tolist() == ["Barbara Stocking", "Barbara Stocking"]
    # someone named with a role of their own is not the director
    out = rows("Headline\n\n\"Aid must rise,\" Barbara Stocking, a volunteer, said. \"The world's poorest children are "
               "paying with their lives,\" the charity's director added.")
    assert out["speaker"].tolist()[-1] != "Barbara Stocking"


@pytest.mark.parametrize("text", [
    # a cue's base form after a singular noun, then "that" and a verb in -s: a noun and its relative clause
    "Enacting the bill would trigger cuts under a congressional budget rule that requires laws that add to the "
    "deficit to be offset.",
    # ... after a quoted modifier (a factbox's line)
    "INTERNATIONAL SYSTEM. Ends ‘deferral’ rule that lets corporations hold foreign profits abroad tax-free.",
])
def test_a_noun_and_its_relative_clause_are_no_attribution(text):
    assert rows(f"Headline\n\n{text}").empty


@pytest.mark.parametrize(("text", "speaker"), [
    ("The judges rule that the law is void in every state.", "the judges"),  # a plural subject: the verb has no -s
    ("The court heard that officers boarded his boat at the quay.", "the court"),  # a past form, a plural subject
    ("The court will rule that the law is void in every state.", "the court"),
])
def test_a_verb_before_that_with_its_subject_still_cues(text, speaker):
    assert only(f"Headline\n\n{text}").speaker == speaker


@pytest.mark.parametrize(("text", "speaker", "stype"), [
    # a source headed by a noun for people is someone unnamed, not "unknown"
    ("\"They stole the country,\" the man shouted.", "the man", "anonymous"),
    ("A man near the stage shouted, \"Go home!\"", "A man near the stage", "anonymous"),
    # a share of a group of people is no party or body
    ("Some Democrats say the plan would help the party.", "Some Democrats", "anonymous"),
    ("About 72 percent of Democrats said the economy was improving.", "About 72 percent of Democrats", "anonymous"),
    # ... but the party itself is, and a body named after the people it represents stays what it was
    ("Democrats said the bill would fail in the Senate.", "Democrats", "organization"),
    ("The union representing correctional officers at the prison said staffing was unsafe.",
     "the union representing correctional officers at the prison", "unknown"),
    ("Some cities said the rules would cost them millions of dollars.", "Some cities", "unknown"),
    # a state before a plural role noun is no one's name ("The Vermont" was read as a titled name)
    ("The Vermont senators said in a statement that they would vote against it.", "the Vermont senators",
     "anonymous"),
    ("One commenter wrote that the plan was a waste of money.", "One commenter", "anonymous"),
])
def test_the_type_shown_for_unnamed_people(text, speaker, stype):
    out = only(f"Headline\n\n{text}")
    assert (out.speaker, out.speaker_type) == (speaker, stype)


@pytest.mark.parametrize(("text", "speaker"), [
    # a party member and a state, for someone named with a bracketed party tag of that state
    ("House Speaker Paul Ryan (R-Wis.) spoke on Monday. The Wisconsin Republican said the bill would pass.",
     "Paul Ryan"),
    ("Sen. Tim Kaine (D-Va.) spoke first. The Virginia Democrat said the plan was a mistake.", "Tim Kaine"),
    ("Rep. Trey Gowdy (R-S.C.) led the panel. Sen. Tim Kaine (D-Va.) disagreed. The South Carolina Republican "
     "argued the inquiry was needed.", "Trey Gowdy"),
])
def test_a_state_party_member_is_the_one_tagged_with_that_state(text, speaker):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist()[-1] == speaker


def test_a_sentence_adverb_without_its_comma_is_no_part_of_the_name():
    out = rows("Headline\n\nThe party was founded by Christoph Blocher in 1971. Interestingly Blocher said the "
               "campaign had gone too far.")
    assert out["speaker"].tolist() == ["Christoph Blocher"]
    # a surname in -ly stays a name
    out = rows("Headline\n\nFire Chief Kevin Daily spoke at noon. Daily said the fire was out by evening.")
    assert out["speaker"].tolist() == ["Kevin Daily"]


def test_a_documents_label_is_no_person():
    out = only("Headline\n\nThe governor spoke in Cleveland.\n\nTranscript as follows:\n\n\"Tonight we arrived in "
               "Cleveland, and we went to a restaurant.\"")
    assert out.speaker_type == "unresolved"  # (no person, and no body called Transcript either)


@pytest.mark.parametrize("text", [
    # someone introduced without a name, then the noun again: not the last man named
    "One man in Manchester waited two hours to see Jeb Bush. \"They stole the country,\" the man shouted.",
    "Bernie Sanders drew crowds.\n\nOne man in Manchester, responding to Sanders' account of the Bush "
    "administration's role, interrupted him:\n\n\"They stole the country,\" the man shouted.",
])
def test_the_noun_of_someone_unnamed_stays_unnamed(text):
    out = rows(f"Headline\n\n{text}")
    assert (out["speaker"].tolist()[-1], out["speaker_type"].tolist()[-1]) == ("the man", "anonymous")


@pytest.mark.parametrize(("text", "speaker", "stype"), [
    # a document no maker is found for is media, not unknown
    ("Prosecutors charged the two men on Monday. The indictment says that more than $75 million flowed through "
     "offshore accounts.", "the indictment", "media"),
    # a plural of people in -ists opening a sentence is a group, not a person called Ecologists
    ("Ecologists are warning that the river is dying in the summer heat.", "ecologists", "anonymous"),
    # a participle after the statement it describes: the statement's maker, past a noun "report"
    ("House Speaker Paul Ryan issued a statement earlier calling the latest news report \"extremely troubling.\"",
     "Paul Ryan", "person"),
])
def test_review_of_bbc_and_reuters_rows(text, speaker, stype):
    out = only(f"Headline\n\n{text}")
    assert (out.speaker, out.speaker_type) == (speaker, stype)


def test_a_statement_then_each_speakers_own_participle():
    # "Ryan saying" comes nearer the quotation than the statement's "expressing": his words
    out = rows("Headline\n\nDonald Trump met House Speaker Paul Ryan on Thursday. And soon after it was over, both "
               "men issued a statement expressing optimism about working together - Ryan saying he was \"very "
               "encouraged\" and Trump calling it a \"great meeting.\"")
    assert out["speaker"].tolist()[0] == "Paul Ryan"


def test_a_negated_verb_after_a_comma_has_no_inverted_source():
    out = rows("Headline\n\nTrump's opponents said the U.S. should stand with Israel, not declare neutrality.")
    assert out["speaker"].tolist() == ["Trump's opponents"]


def test_a_relative_clause_after_a_role_of_a_body_is_the_persons():
    out = only("Headline\n\nThe group was led by Alfonso Aguilar, president of the Latino Partnership for Conservative "
               "Principles, who also said that the party had to change.")
    assert out.speaker == "Alfonso Aguilar"


@pytest.mark.parametrize(("text", "speaker"), [
    # a time phrase between the relative pronoun and its verb: the antecedent speaks, not "last year"
    ("Aid workers who on Tuesday said the camp was full were turned away.", "Aid workers"),
    ("Maria Lopez, who last week told the council the road was unsafe, has moved.", "Maria Lopez"),
    # a subject pronoun and its verb open no noun phrase: the people the clause is about
    ("He met other women who said he had harassed them.", "other women"),
    ("Police interviewed local men who said they saw the car.", "local men"),
])
def test_the_antecedent_of_a_relative_clause(text, speaker):
    assert only(f"Headline\n\n{text}").speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # where the words were said, after an inverted source, is no part of the name
    ('"Crop insurance only works because farmers trust each other," said Crown attorney Raj Sidhu outside court.',
     "Raj Sidhu"),
    ('"We are ready for the storm," said Mayor Jane Orr outside the town hall.', "Jane Orr"),
    # an office of two fields joined by "and", then the holder's name
    ('"Booking means you are seen at a time you know," said the trust’s director of primary and community '
     "services, Dr Anil Mistry.", "Anil Mistry"),
])
def test_an_inverted_source_and_what_follows_it(text, speaker):
    assert only(f"Headline\n\n{text}").speaker == speaker


def test_a_kin_noun_before_a_name_says_more_than_the_given_names_census_share():
    # the 1990 census gives "Jess" to more men than women; "his granddaughter" says she is a woman
    out = rows("Headline\n\nTom Reed, 70, will bowl at the championships with his granddaughter Jess Reed.\n\n"
               "Margaret Hale, the club's treasurer, said a raffle had raised $2,400.\n\n"
               "Jess, for her part, said she was not thinking about medals.\n\n"
               "\"If we get home in one piece, that's a win,\" she said.")
    assert out["speaker"].tolist()[-1] == "Jess Reed"


@pytest.mark.parametrize(("text", "speaker"), [
    # a short form of the given name of the one person named in full with it: a feature's first-name reference
    ("When Valerie Buffett first walked on to the green in 1979, she came to make the sandwiches.\n\n"
     "\"I said to the selectors, are you sure?\" Val said, laughing.", "Valerie Buffett"),
    ("Daniel Okafor has fished the bay for thirty years.\n\n\"The catch is half what it was,\" Dan said.",
     "Daniel Okafor"),
])
def test_a_short_form_of_a_given_name_alone(text, speaker):
    assert rows(f"Headline\n\n{text}")["speaker"].tolist()[-1] == speaker


def test_a_cueless_fragment_after_a_report_in_its_paragraph_is_that_speakers():
    out = rows("Headline\n\n\"You would not have had the standoff if not for him,\" says Jo Marsh, an expert on "
               "militias.\n\nTom Coan, his attorney, argues that his client never encouraged violence. \"The government is "
               "alleging that his calls asking people to come peacefully\" were provoking violence.")
    assert out["speaker"].tolist() == ["Jo Marsh", "Tom Coan", "Tom Coan"]


@pytest.mark.parametrize("text", [
    "Tad Devine said that Clinton will arrive at the convention with enough pledged delegates to win the nomination.",
    "The company said its stated goal of doubling output by 2030 was within reach.",
])
def test_a_participle_between_a_determiner_and_its_noun_is_no_cue(text):
    # one row at most, from "said"; no row cued by the modifier ("pledged", "stated")
    assert all(cue == "said" for cue in extract_article(f"Headline\n\n{text}")["cue"])


def test_a_participle_after_a_subject_still_cues():
    out = extract_article("Headline\n\nBoth candidates have pledged to end the program.")
    assert out["cue"].tolist() == ["have pledged"]


@pytest.mark.parametrize("text", [
    # quoted words right after the article that opens the subject: a term inside it, no one's words
    'An "informal trawl" of court records found 11 people had been prosecuted.',
    "The “pay-as-you-go” rule applies to the Medicare program.",
    # a cue's noun after a preposition is no cue: "without charge"
    "If the government can hold 'suspects' without charge or trial, what is next?",
])
def test_quoted_words_that_are_no_ones(text):
    assert extract_article(f"Headline\n\n{text}").empty


def test_a_subject_cut_at_its_article_keeps_a_later_quote():
    out = extract_article("Headline\n\nThe first deputy mayor, Mr Edem Kofi Amegnran, who chaired part of the "
                          "session, invited councillors to “put the interest of the commune above party quarrels” and "
                          "announced that a consultation framework would be set up.")
    assert out["kind"].tolist() == ["partial", "indirect"]  # (the partial's speaker is still cut: left alone)


def test_a_figure_set_off_with_the_document_it_comes_from_is_its_makers():
    out = only("Headline\n\nA previous estimate, contained in a 1998 Department of Transport Document, suggested such "
               "a move could save 50 lives a year.")
    assert (out.speaker, out.speaker_type) == ("Department of Transport", "organization")


def test_a_role_noun_subject_after_a_fronted_question_is_who_he_is_next():
    out = rows("Headline\n\nAdm. Harry B. Harris Jr. leads the Pacific Command.\n\n\"We are watching the shoal "
               "closely,\" said Gen. Joseph F. Dunford Jr., the chairman of the Joint Chiefs of Staff.\n\nGen. Dunford "
               "recently asked Admiral Harris just that question. Asked later - war or not over the shoal - the admiral "
               "chuckled.\n\n\"It is good that my voice is low,\" he said.")
    assert out["speaker"].tolist() == ["Joseph F. Dunford Jr.", "Harry B. Harris Jr."]


@pytest.mark.parametrize("text", [
    "Polls show as many as 30 percent of Mr. Sanders's backers say they will not vote for Mrs. Clinton.",
    "Some Sanders followers say they will stay home in November.",
])
def test_a_persons_backers_are_an_unnamed_group_not_the_person(text):
    out = only(f"Headline\n\nBernie Sanders spoke in Ohio.\n\n{text}")
    assert out.speaker_type == "anonymous" and "Sanders" in out.speaker


def test_they_after_a_party_opens_a_sentence_is_that_party():
    out = rows("Headline\n\nYet Republicans have already spent a lot of time on Benghazi, and they are circulating "
               "talking points on the issue. They say Clinton advocated against leaving a force in 2011.")
    assert (out["speaker"].tolist()[-1], out["speaker_type"].tolist()[-1]) == ("Republicans", "anonymous")


def test_a_headline_that_says_is_not_the_poster():
    out = only("Headline\n\nSarah Palin posted her message under a headline that said, “Council Votes to Close the "
               "Library.”")
    assert (out.speaker, out.speaker_type) == ("a headline", "media")


def test_a_time_set_off_after_an_opening_adjunct_comes_before_the_subject():
    out = rows("Headline\n\n\"We must lead,\" Jeb Bush said on Sunday.\n\nAt a campaign event in Ames, Iowa, on Sunday, "
               "Mrs. Clinton tried to expand on her earlier statement, saying that the United States should play a "
               "leadership role and \"be rallying our partners.\"")
    assert out["speaker"].tolist() == ["Jeb Bush", "Clinton"]


def test_a_described_subject_and_its_name_before_a_colon_say_the_quotation():
    out = rows("Headline\n\n\"We will build the wall,\" Mr. Trump said.\n\nOne early supporter, Representative Lee "
               "Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: \"You "
               "can easily argue that the president is wrong.\"")
    assert out["speaker"].tolist() == ["Trump", "Lee Zeldin"]


def test_the_former_office_is_the_one_named_with_it():
    out = rows("Headline\n\nFormer President Bill Clinton campaigned with Bernie Sanders in Ohio. \"It was a good "
               "day,\" the former president said.")
    assert out["speaker"].tolist() == ["Bill Clinton"]


def test_an_office_opening_a_sentence_after_a_participles_phrase_says_its_fragments():
    out = rows("Headline\n\nFormer Secretary of State Hillary Clinton and Sen. Bernie Sanders met in Iowa. \"We need a "
               "revolution,\" Sanders said.\n\nReprising one of her own favorite lines, the former secretary of state "
               "talked about continuing the “progress we had under President Obama.”")
    assert out["speaker"].tolist() == ["Bernie Sanders", "Hillary Clinton"]


def test_a_titled_subject_after_a_participles_phrase_says_the_fragment():
    out = rows("Headline\n\nCity experts say there is a £10bn \"black hole\" in the public finances. Lib Dem spokesman "
               "Vince Cable said the public did not know whom to believe. Responding to the pre-Budget report, Mr Cable "
               "also attacked Labour's \"unfair\" and over-complicated taxes.")
    assert out["speaker"].tolist()[-1] == "Vince Cable"


def test_a_question_asked_as_something_happens_keeps_its_asker():
    out = rows("Headline\n\n\"Who can help?\" Clinton asks as a guy walks in.")
    assert out["speaker"].tolist() == ["Clinton"]


def test_according_to_after_a_factbox_item_reports_that_item_only():
    out = extract_article("Headline\n\nFour staff left in the spring. * Todd Ricketts - a co-owner, withdrew in April. "
                          "* Robin Townley - an aide, was rejected in February, according to Politico.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Politico", "Robin Townley - an aide, was rejected in February"]]


def test_an_inverted_source_with_a_relative_clause_says_the_clause_before_it():
    out = extract_article("Headline\n\nThe mayor warned the governor during their meeting not to cut the budget, said "
                          "an aide who was briefed on the meeting and spoke anonymously.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["an aide", "The mayor warned the governor during their meeting not to cut the budget"]]


def test_a_subject_with_a_relative_clause_after_said_is_the_reported_clauses():
    out = extract_article("Headline\n\nDana Wexler, the county's manager of health, said residents who cannot travel "
                          "can ask a neighbour to bring the sample.")
    said = out[out["cue"] == "said"]
    assert said[["speaker", "text"]].values.tolist() == [
        ["Dana Wexler", "residents who cannot travel can ask a neighbour to bring the sample"]]


def test_a_states_abbreviation_set_off_after_a_town_is_no_subject():
    out = extract_article("Headline\n\nAt a rally in Portsmouth, N.H., on Tuesday, Senator Dana Wexler of Vermont "
                          "backed the mayor, saying that the mayor would \"do a fine job.\"")
    assert out["speaker"].tolist() == ["Dana Wexler"]


def test_a_name_then_a_past_verb_then_another_name_is_the_first_persons_clause():
    out = extract_article("Headline\n\nDana Wexler endorsed Maria Ortiz, saying that her old rival would be a good "
                          "mayor.")
    assert out[["speaker", "text"]].values.tolist() == [["Dana Wexler", "her old rival would be a good mayor"]]


def test_a_pronoun_after_a_topic_set_before_it_is_that_person():
    out = extract_article("Headline\n\nMark Wexler warned against a contested convention. As for Tom Reyes, he said "
                          "he is not worried.")
    assert out["speaker"].tolist() == ["Mark Wexler", "Tom Reyes"]


def test_went_on_to_say_is_said_by_the_subject_of_went():
    out = extract_article("Headline\n\nThe review goes on to say that the council failed its tenants. Farmers were "
                          "depended on to counter the claims that the scheme was failing.")
    assert out[["speaker", "cue"]].values.tolist() == [["the review", "goes on to say"]]


def test_an_infinitive_or_including_after_a_cue_set_off_goes_on_with_the_reported_clause():
    out = extract_article("Headline\n\nMark Wexler spoke on Monday. It is his job, he said, to talk to the council "
                          "about the budget. The emails were on the server, the Times said, including speeches and "
                          "calls.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Mark Wexler", "It is his job"], ["Mark Wexler", "to talk to the council about the budget"],
        ["the Times", "The emails were on the server"], ["the Times", "including speeches and calls"]]


def test_the_predicate_after_an_inverted_source_set_off_is_reported_too():
    out = extract_article("Headline\n\nAny clear reading of the drills, said Mark Wexler, an expert on Russia at the "
                          "institute, would see them as a warning.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Mark Wexler", "Any clear reading of the drills"], ["Mark Wexler", "would see them as a warning"]]


def test_a_share_of_people_polled_who_said_is_a_speaker_and_another_shares_answer_is_not_the_first():
    out = extract_article("Headline\n\nSome 40 percent said the plan was fair, compared with 23 percent who said the "
                          "plan was unfair. Another 18% say they are unsure.")
    assert out[["speaker", "speaker_type", "text"]].values.tolist() == [
        ["Some 40 percent", "anonymous", "the plan was fair"], ["23 percent", "anonymous", "the plan was unfair"],
        ["Another 18%", "anonymous", "they are unsure"]]


def test_a_relative_clause_on_the_subject_ends_before_the_main_verb_and_its_time():
    out = extract_article("Headline\n\nJane Smith, who said the plan was flawed, resigned on Monday.")
    assert out[["speaker", "text"]].values.tolist() == [["Jane Smith", "the plan was flawed"]]


def test_a_conditional_clause_then_a_contracted_pronoun_is_what_was_said():
    out = extract_article("Headline\n\nMark Wexler said if Maria Ortiz is elected mayor, she'll raise taxes.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Mark Wexler", "if Maria Ortiz is elected mayor, she'll raise taxes"]]


def test_an_adverb_set_off_between_the_addressee_and_that_keeps_the_clause():
    out = extract_article("Headline\n\nTwo aides told the newspaper, however, that the mayor had seen the report.")
    assert out[["speaker", "text"]].values.tolist() == [["Two aides", "the mayor had seen the report"]]


def test_a_participles_phrase_set_off_after_a_name_is_no_part_of_the_speaker():
    out = extract_article("Headline\n\nMark Wexler, citing the polls, said the mayor could win the state.")
    assert out[["speaker", "speaker_type", "text"]].values.tolist() == [
        ["Mark Wexler", "person", "the mayor could win the state"]]


def test_a_name_opening_a_subhead_in_title_case_ends_before_the_subheads_verb():
    out = extract_article("Headline\n\n8\n\nDana Wexler Opened Up About Her Years In Hollywood.\n\nThe star Dana "
                          "Wexler spoke about her early career.\n\n9\n\nMaria Ortiz Got Real About Fame.\n\nThe star "
                          "Maria Ortiz spoke at a festival. The actress explained why fame is a \"backhanded "
                          "compliment.\"")
    assert out["speaker"].tolist() == ["Maria Ortiz"]


def test_states_after_a_number_or_adjective_and_pledged_before_delegates_and_added_jobs_are_no_cues():
    out = extract_article("Headline\n\nRepublicans control both chambers in 30 states that vote early. Sanders "
                          "is counting on Western states to cut into her lead. She keeps a large pledged delegate lead "
                          "over him. The U.S. added around 292,000 jobs in December. The ruling states that the men "
                          "must pay a fine.")
    assert out[["speaker", "cue"]].values.tolist() == [["the ruling", "states"]]


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it():
    out = extract_article("Headline\n\nEntrusting Mark Wexler with the budget is a risk. He urged the council to "
                          "approve it.")
    assert out["speaker"].tolist() == ["Mark Wexler"]


def test_a_body_is_not_named_by_a_quoted_nickname_or_a_sentence_opener_holding_its_name():
    out = extract_article("Headline\n\nSome accounts give their location as \"Wilayat Twitter.\" Because Twitter, "
                          "Facebook and YouTube host so much content, they rely on users. In a blog post, Twitter said "
                          "threats were against its rules.")
    assert out[out["cue"] == "said"]["speaker"].tolist() == ["Twitter"]


def test_a_line_of_headline_links_makes_no_person_of_words_before_a_capitalised_preposition():
    text = ("Headline\n\nThe search went on.\n\n— Here Is What We Know So Far About The Missing Plane— Navy Officials: "
            "Personal Belongings, Debris From Harbour Jet Found— Families Gather In Cairo\n\nMore soon.")
    assert not any("Debris" in m.person.name for m in find_people(text))


def test_what_is_denied_or_said_ends_before_a_participle_of_its_own_report_or_of_the_writers():
    out = extract_article("Headline\n\nMark Wexler denies any collusion with the developers, calling the probe a "
                          "witch hunt. The county party said it would keep backing him, putting it at odds with the "
                          "state leaders. Maria Ortiz also added language to cut the fee.")
    assert out[["cue", "text"]].values.tolist() == [
        ["denies", "any collusion with the developers"], ["calling", "the probe a witch hunt"],
        ["said", "it would keep backing him"]]


def test_a_body_under_a_leader_is_the_speaker_not_the_leader():
    out = extract_article("Headline\n\nLast year, the Harbour Authority under Mayor Dana Wexler said the rules were "
                          "outdated.")
    assert out["speaker"].tolist() == ["Harbour Authority"]


def test_an_announcement_to_come_is_no_report():
    out = extract_article("Headline\n\nThere are suggestions Mark Wexler is set to announce lower taxes for "
                          "farmers. He wrote a letter to announce that fees will rise.")
    assert out[["cue", "text"]].values.tolist()[-1] == ["announce", "fees will rise"]
    assert "set to announce" not in " ".join(out["cue"]) and len(out[out["cue"] == "announce"]) == 1


def test_a_clause_or_an_owners_role_before_a_name_set_off_gives_it_no_office():
    clause = find_people("The talks ended. The prime minister's enthusiasm for the job remains undimmed, Mark Wexler, "
                         "the party's strategist, told the radio programme.")
    owned = find_people("The talks ended. The minister's spokesman, Mark Wexler, said the plan would go ahead.")
    assert {"prime", "minister"}.isdisjoint(clause[-1].person.roles)
    assert "minister" not in owned[-1].person.roles and "spokesman" in owned[-1].person.roles


def test_a_list_of_people_named_in_full_is_one_speaker_and_a_list_of_states_says_nothing():
    out = extract_article("Headline\n\nInstead, Wexler, the Herald's Maria Ortiz and the Post's Tom Reyes argued that "
                          "the plan was naive. Mark Wexler, Maria Ortiz and Tom Reyes said the panel would meet again. "
                          "Unions in North Kordofan, White Nile, Sennar and Gedaref states.")
    assert out["speaker"].tolist()[-1] == "Mark Wexler & Maria Ortiz & Tom Reyes"
    assert out["cue"].tolist()[-1] == "said"


def test_two_names_each_owned_by_an_outlet_after_the_are_both_speakers():
    out = extract_article("Headline\n\nThe Herald's Maria Ortiz and the Post's Tom Reyes argued that the plan was "
                          "naive.")
    assert out["speaker"].tolist() == ["Maria Ortiz & Tom Reyes"]


def test_a_participle_after_a_joined_clause_is_said_by_that_clauses_subject():
    out = extract_article("Headline\n\nTenant groups say the new rules are less about safety than about cost, and "
                          "the Harbour Residents Association has already sued the city over them, saying they break "
                          "the lease. \"We want to rest, but we must not give up,\" Maria Ortiz said, adding that the "
                          "fight could take years.")
    assert out[["speaker", "cue", "text"]].values.tolist() == [
        ["Tenant groups", "say", "the new rules are less about safety than about cost"],
        ["Harbour Residents Association", "saying", "they break the lease"],
        ["Maria Ortiz", "said", "We want to rest, but we must not give up,"],
        ["Maria Ortiz", "adding", "the fight could take years"]]


def test_a_body_named_after_its_kind_is_a_body_though_its_name_reads_like_a_persons():
    out = extract_article("Headline\n\nThe French collective Solidarité Vallorie said the episode amounted to a "
                          "scandal. It urged both governments to act. \"It is over,\" said Tom Reyes of consulting "
                          "firm Brightline.")
    assert out[["speaker", "speaker_type"]].values.tolist() == [
        ["Solidarité Vallorie", "organization"], ["Solidarité Vallorie", "organization"], ["Tom Reyes", "person"]]


def test_nobody_saying_and_likening_to_saying_are_no_reports():
    out = extract_article("Headline\n\nAll three candidates issued statements, and none has said they want a war. "
                          "No one has said the plan will fail. That is not the same as saying the mayor can't be fair. "
                          "Maria Ortiz said the plan would fail.")
    assert out[["speaker", "text"]].values.tolist() == [["Maria Ortiz", "the plan would fail"]]


def test_the_writers_comment_after_a_reported_clause_is_not_part_of_it():
    out = extract_article("Headline\n\nMaria Ortiz said that her bag was stopped by the gate, something that Tom "
                          "Reyes mocked. Tom Reyes said the report had cost as much as $12 million, without providing "
                          "evidence. He faces charges that he took the money, which he has denied and which his "
                          "partner later backed away from.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Maria Ortiz", "her bag was stopped by the gate"], ["Tom Reyes", "the report had cost as much as $12 million"]]


def test_labels_web_addresses_headlines_and_lists_of_titles_are_nobodys_words():
    out = extract_article("Headline\n\nMaria Ortiz said the council was broke. She doubled down on the \"queen of "
                          "cuts\" moniker, and the vote showed the weakness of \"moderate\" as a label. Most mail went "
                          "to a \"city.gov\" e-mail address. The site ran stories with headlines such as \"Taxes "
                          "make you poor\" and \"Would you rather pay or leave?\" Tom Reyes named \"Criminal Minds,\" "
                          "\"Game of Thrones,\" \"Breaking Bad\" and \"Veep\" as his top shows.")
    assert out[["speaker", "text"]].values.tolist() == [["Maria Ortiz", "the council was broke"]]


def test_a_gloat_cues_a_quotation_and_a_participle_after_but_and_a_new_subject_is_theirs():
    out = extract_article("Headline\n\nAnd Mr. Reyes gloated: \"I told you she wouldn't be ready.\"\n\nMayor Maria "
                          "Ortiz has told friends she would like to retire, the Herald reported on Thursday, but the "
                          "mayor and an aide played down the report, saying she was not quitting.")
    assert out[["speaker", "cue"]].values.tolist()[0] == ["Reyes", "gloated"]
    assert out[["speaker", "cue", "text"]].values.tolist()[-1] == [
        "the mayor and an aide", "saying", "she was not quitting"]


def test_that_before_a_verb_is_the_reported_clauses_subject_and_what_x_called_is_xs():
    out = extract_article("Headline\n\nAsked about schools, Maria Ortiz has suggested that is exactly what she will "
                          "fund. He defended the depot in 1976, in what Tom Reyes, a party aide, called "
                          "\"hand-to-hand combat.\"")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Maria Ortiz", "that is exactly what she will fund"], ["Tom Reyes", "hand-to-hand combat."]]


def test_a_day_after_a_state_a_passive_without_agent_and_a_document_relating_to_a_name():
    out = extract_article("Headline\n\nAt the meeting in Hudson, New Hampshire Monday, the Reyes supporter retorted: "
                          "\"There is no plan.\" Mayor Maria Ortiz defended her deputy as a \"very decent man\" "
                          "Tuesday, hours after the staffer was charged with battery. A newly released email relating "
                          "to Tom Reyes finds that the depot had only two guards.")
    assert out["speaker"].tolist() == ["the Reyes supporter", "Maria Ortiz", "A newly released email"]
    assert out["cue"].tolist()[1] != "was charged"


def test_a_relative_clause_with_its_own_pronoun_subject_is_not_said_by_its_antecedent():
    out = extract_article("Headline\n\nA spokesman said Tom Reyes had friends in common with Ms Maria Ortiz, who he "
                          "described as a \"tireless campaigner\".")
    assert "Maria Ortiz" not in out["speaker"].tolist()


def test_claimed_gains_a_told_joke_a_chant_and_a_body_founded_by_a_person():
    out = extract_article("Headline\n\nDemocrats claimed historic gains in the statehouse on Tuesday. On "
                          "Friday morning, the third day of his tour, Tom Reyes told a joke. He joked, \"You are "
                          "ridiculous,\" "
                          "drawing jeers and \"MARIA!\" chants. A group founded by Maria Ortiz said the plan failed. "
                          "Tom Reyes claimed victory was near.")
    assert out[["speaker", "cue", "text"]].values.tolist() == [
        ["Tom Reyes", "joked", "You are ridiculous,"], ["A group founded by Maria Ortiz", "said", "the plan failed"],
        ["Tom Reyes", "claimed", "victory was near"]]


def test_a_cue_deep_in_an_opening_subordinate_clause_reports_up_to_its_comma():
    out = extract_article("Headline\n\nEven after the council unveiled a budget on which Maria Ortiz pledged to spend "
                          "$2 million a week, some remained skeptical that she would follow through.")
    assert out[["speaker", "text"]].values.tolist()[0] == ["Maria Ortiz", "to spend $2 million a week"]


def test_a_remarking_participle_is_a_report_and_the_writers_comparisons_and_dash_asides_end_content():
    out = extract_article("Headline\n\nMaria Ortiz warned that the flood could return, remarking that it showed the "
                          "need for a new levee. Just 28 percent of voters said they trusted the council, compared "
                          "with 33 percent last month. Thirty-one percent say they would be satisfied, a bit more than "
                          "the 28% who would be scared. Tom Reyes said that he does not want to close the depot — "
                          "a proposal he has raised before. She said the plan — a $2 billion overhaul — would start "
                          "soon.")
    assert out["text"].tolist() == [
        "the flood could return", "it showed the need for a new levee", "they trusted the council",
        "they would be satisfied", "he does not want to close the depot",
        "the plan — a $2 billion overhaul — would start soon"]


def test_called_upon_reports_and_a_charge_that_others_denied_ends_the_content():
    out = extract_article("Headline\n\nMaria Ortiz called upon the mayor to release the minutes. Tom Reyes complained "
                          "that the vote had been rigged against him, a charge that party leaders strongly denied.")
    assert out["text"].tolist() == ["the mayor to release the minutes", "the vote had been rigged against him"]


def test_a_place_that_boasted_a_thing_said_nothing():
    out = extract_article("Headline\n\nOhio boasted only one paid staffer ahead of the election. Maria Ortiz boasted "
                          "she won the county.")
    assert out[["speaker", "text"]].values.tolist() == [["Maria Ortiz", "she won the county"]]


def test_the_official_after_an_unnamed_official_with_an_abbreviated_country_is_that_official():
    out = extract_article("Headline\n\nMayor Maria Ortiz will meet President Tom Reyes on Thursday. A U.S. official "
                          "said both sides were \"in sync\" about the visit. The talks would avoid thorny issues, the "
                          "official told reporters.")
    assert out["speaker"].tolist() == ["A U.S. official", "A U.S. official"]


def test_a_surname_goes_to_the_holder_whose_relative_was_named_last_not_the_relative():
    out = extract_article("Headline\n\nThe dead included officer Sean Tolliver and two guards. Officer Sean Tolliver "
                          "had served ten years.\n\nHowever, Patricia Tolliver, mother of victim Sean Tolliver, "
                          "rejected the claim.\n\n\"She lied to me,\" Tolliver said.")
    assert out["speaker"].tolist() == ["Patricia Tolliver"]


def test_a_name_before_a_participle_citing_a_quotation_reports_the_clause_after_said():
    out = extract_article("Headline\n\nOn Monday, Mr. Tom Reyes, citing \"the unique magic of the place,\" said the "
                          "town could be a contender.")
    assert out[["speaker", "kind", "text"]].values.tolist() == [
        ["Tom Reyes", "partial", "the unique magic of the place,"],
        ["Tom Reyes", "indirect", "the town could be a contender"]]


def test_a_statement_someone_provided_is_theirs():
    out = extract_article("Headline\n\nThe Herald said Tom Reyes provided a written statement in response to its "
                          "questions.\n\n\"The mayor believes it was a mistake,\" the statement said.")
    assert out["speaker"].tolist()[-1] == "Tom Reyes"


def test_called_on_a_pronoun_to_act_reports_the_call():
    out = extract_article("Headline\n\nTom Reyes called on her to resign from her post and said, \"She is done!\"")
    assert out[["speaker", "kind", "text"]].values.tolist() == [
        ["Tom Reyes", "indirect", "her to resign from her post"], ["Tom Reyes", "direct", "She is done!"]]


def test_a_purpose_infinitive_after_a_medium_or_an_act_reports_for_the_subject():
    out = extract_article("Headline\n\nTom Reyes took to Twitter to say that the vote was rigged. Maria Ortiz used her "
                          "speech to call for a recount of the votes. Ana Lopez asked Tom Reyes to say what happened. "
                          "The race was too close to call for most of the night.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Tom Reyes", "the vote was rigged"], ["Maria Ortiz", "a recount of the votes"],
        ["Ana Lopez", "Tom Reyes to say what happened"]]


def test_a_progressive_report_with_an_adverb_between_auxiliary_and_verb():
    out = extract_article("Headline\n\nMany Republicans are quietly saying it is time to accept a new reality.")
    assert out[["speaker", "cue", "text"]].values.tolist() == [
        ["Many Republicans", "are quietly saying", "it is time to accept a new reality"]]


def test_a_cue_after_an_exclamation_then_a_participle_keeps_its_speaker():
    out = extract_article('Headline\n\n"We are ready!" Tom Reyes said, adding that the rival had lied to voters.')
    assert out[["speaker", "kind", "text"]].values.tolist() == [
        ["Tom Reyes", "direct", "We are ready!"], ["Tom Reyes", "indirect", "the rival had lied to voters"]]


def test_when_or_to_whom_a_quotation_was_said_is_no_report_of_its_own():
    out = extract_article('Headline\n\n"If they can work with us, we can work with you," Tom Reyes said he told the '
                          'envoy.\n\n"Hi," Maria Ortiz wrote while they were having problems with the server.')
    assert out[["speaker", "kind", "text"]].values.tolist() == [
        ["Tom Reyes", "direct", "If they can work with us, we can work with you,"],
        ["Maria Ortiz", "direct", "Hi,"]]


def test_an_according_to_source_goes_on_past_an_initial_and_an_abbreviated_month():
    out = extract_article("Headline\n\nAccording to Diane D. Blair, a close friend of the mayor, the plan was dead. "
                          "The firm lost money, according to filings through Sept. 30 reviewed by the Herald.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Diane D. Blair", "the plan was dead"], ["filings through Sept. 30", "The firm lost money"]]


def test_an_aside_describing_an_according_to_source_is_no_part_of_what_it_says():
    out = extract_article("Headline\n\nAccording to Ana Lopez, a historian at the city's university, the bridge was "
                          "built in 1890. According to Tom Reyes, a camera hidden on a buoy recorded the boat, the "
                          "Mary Ann, cutting the lines.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Ana Lopez", "the bridge was built in 1890"],
        ["Tom Reyes", "a camera hidden on a buoy recorded the boat, the Mary Ann, cutting the lines"]]


def test_people_a_named_person_has_are_not_that_person():
    out = extract_article("Headline\n\nTom Reyes spoke on Monday. Reyes's biggest boosters in New Hampshire insisted "
                          "the dip was temporary. Reyes's campaign manager said the race was tight. Reyes's son said "
                          "the family was proud. Reyes's statement said the count was over.")
    assert out["speaker"].tolist() == ["Reyes's biggest boosters in New Hampshire", "Reyes's campaign manager",
                                       "Reyes's son", "Tom Reyes"]


def test_a_cue_noun_after_a_possessive_and_a_modifier_and_write_off_are_no_reports():
    out = extract_article("Headline\n\nLabour got into trouble over its central claim that the Tories were planning "
                          "cuts. Her research estimates that the lake lost a tenth of its water. The plan would let "
                          "firms immediately write off capital investment.")
    assert out[["cue", "text"]].values.tolist() == [["estimates", "the lake lost a tenth of its water"]]


def test_two_people_joined_before_a_relative_clause_are_both_the_source():
    out = extract_article("Headline\n\nTom Reyes and Maria Ortiz, who both sit on the committee, said the vote was "
                          "unfair.\n\nMany owners in Glen Arbor and Empire, who run shops there, said the fee was too "
                          "high.")
    assert out["speaker"].tolist()[0] == "Tom Reyes & Maria Ortiz"
    assert " & " not in out["speaker"].tolist()[1]  # (two places joined are no two sources)


def test_a_reported_question_keeps_its_question_word():
    out = extract_article("Headline\n\nJudge Tom Reyes asked when it would be justified for courts to step in. Maria "
                          "Ortiz asked the minister whether the money would reach the island.")
    assert out["text"].tolist() == ["when it would be justified for courts to step in",
                                    "whether the money would reach the island"]


def test_an_inverted_document_with_who_made_it_is_the_source():
    out = extract_article("Headline\n\nThe law protects those who use force at home, said the leaflet published "
                          "jointly by the police and prosecutors.\n\nBuzzFeed, which does not disclose its finances, "
                          "denied the report, saying this year will meet expectations.")
    # (who made the document speaks for it, as when it opens the sentence: "A leaflet published by X said")
    assert out[["speaker", "text"]].values.tolist()[0] == ["the police and prosecutors",
                                                           "The law protects those who use force at home"]
    assert out["speaker"].tolist()[1:] == ["BuzzFeed"]  # (a document after "denied" is what is denied, no source)


def test_one_of_them_named_and_whom_a_meeting_saw_warn_are_the_sources():
    out = extract_article("Headline\n\nSeveral insurers have lost money. One of them, UnitedHealth Group, has "
                          "threatened to leave the exchanges, saying the losses were too big.\n\nA private meeting on "
                          "Monday saw normally loyal MPs warn that feuding could cost them the election. The saw mill "
                          "owner said the plant would close.")
    assert out["speaker"].tolist() == ["UnitedHealth Group", "UnitedHealth Group", "normally loyal MPs",
                                       "the saw mill owner"]


def test_a_sentence_quoted_whole_right_after_its_verb_is_direct():
    # (in lower case too when it is a whole clause, its subject first: test_quotes.py has the fragments that are not)
    out = extract_article('Headline\n\nSenator Tom Reyes criticized the plan and said "Voters reject the ugly politics '
                          'of the group." The firm added "this approach has harmed competitors."')
    assert out[["speaker", "kind"]].values.tolist()[-2:] == [["Tom Reyes", "direct"], ["the firm", "direct"]]


def test_whom_a_verb_of_judging_judges_for_saying_said_it():
    out = extract_article("Headline\n\nTom Reyes attacked Maria Ortiz for saying that he had sacrificed nothing. The "
                          "senator criticized a neighbour for saying the budget was balanced. Ana Lopez apologized "
                          "for saying that the mayor was a liar. Tom Reyes called Wednesday for Judge Ana Ruiz to "
                          "resign for saying publicly that he was unfit to serve.")
    assert out.loc[out["cue"] == "saying", "speaker"].tolist() == ["Maria Ortiz", "a neighbour", "Ana Lopez",
                                                                   "Ana Ruiz"]


def test_a_label_of_a_text_that_follows_is_no_speaker():
    out = extract_article('Headline\n\nTranscript as follows:\n\n"Tonight we arrived in Cleveland, and we are ready '
                          'to win."')
    assert out["speaker"].tolist() == ["(unresolved)"]


def test_a_content_ends_before_a_list_item_after_a_point():
    out = extract_article("Headline\n\nHis father told local news media that his son was a project manager near the "
                          "scene of the rampage. - Tom Reyes, 23, of New York City.")
    assert out["text"].tolist() == ["his son was a project manager near the scene of the rampage"]


def test_a_concession_opening_a_sentence_is_no_part_of_what_a_trailing_source_says():
    out = extract_article("Headline\n\nAlthough the council sees the plan as crucial to its budget, nearly half of "
                          "residents oppose it, according to a survey by the Herald.")
    assert out["text"].tolist() == ["nearly half of residents oppose it"]


def test_a_second_verb_after_and_takes_the_first_verbs_whole_subject():
    out = extract_article('Headline\n\nLabour\'s deputy minister for women Ana Lopez accused the Lib Dems of offering '
                          '"false promises" to women and said their sums did not add up.')
    assert out["speaker"].tolist() == ["Ana Lopez", "Ana Lopez"]


def test_he_after_an_unnamed_source_by_a_role_noun_is_that_source():
    # a role noun after "a"/"one" introduces someone unnamed, not the last man named ("delegate" is a role noun only)
    out = extract_article('Headline\n\nTom Reyes was nominated this week. One California delegate said he tried to '
                          'give away guest passes. He was unable to find a single taker, he said. "Not even one," he '
                          'said.')
    assert out["speaker"].tolist() == ["One California delegate"] * 3


def test_a_quotation_after_a_relative_clause_with_its_own_cue_goes_on_with_the_outer_report():
    # the relative clause closes at its second comma: "insult" is what Reyes said, not what some argued
    out = extract_article('Headline\n\nTom Reyes spoke on Sunday. He said that the Cruz campaign\'s announcement, '
                          'which some have argued was intended to win votes, was an "insult" to the "hundreds and '
                          'maybe thousands" of volunteers.')
    reyes = out[out["speaker"] == "Tom Reyes"]
    assert reyes["kind"].tolist() == ["partial"]
    assert reyes["text"].iloc[0].startswith("the Cruz campaign's announcement, which")
    assert reyes["text"].iloc[0].endswith("of volunteers")
    assert not out["text"].isin(["insult", "hundreds and maybe thousands"]).any()


def test_warned_and_a_clause_whose_subject_holds_a_place_name():
    # "the threat from North Korea" is the clause's subject, not whom he warned
    out = extract_article("Headline\n\nDefence Minister Ken Sato warned the threat from North Korea has grown to a "
                          "critical level.")
    assert out["text"].tolist() == ["the threat from North Korea has grown to a critical level"]
    assert out["speaker"].tolist() == ["Ken Sato"]


@pytest.mark.parametrize("text", [
    "Ana Lopez said the timing of Tom Reyes's remark makes it seem insensitive.",
    "Tom Reyes's remarks came at a rally in Tempe, where students had gathered.",
    "The mayor's boast makes the plan seem cheaper than it is.",
])
def test_remark_or_boast_after_a_possessive_is_a_noun_not_a_cue(text):
    out = extract_article("Headline\n\n" + text)
    assert not out["cue"].str.contains("remark|boast").any(), out.to_string()


def test_a_report_in_a_relative_clause_ends_before_the_main_verb():
    # "who ruled that ..." is the judges' ruling; "said" is the main verb, whose subject is the judges, not "its law"
    out = extract_article("Headline\n\nThe judges who ruled that Texas could not implement its law said the problem "
                          "was not requiring a photo ID.")
    assert out.loc[out["cue"] == "ruled", "text"].tolist() == ["Texas could not implement its law"]
    said = out[out["cue"] == "said"]
    assert said["text"].tolist() == ["the problem was not requiring a photo ID"]
    assert said["speaker"].iloc[0].lower().startswith("the judges")


def test_a_label_given_in_the_passive_is_not_the_last_speakers_words():
    out = extract_article('Headline\n\n"Cities can be crucial," said Tom Reyes, a former governor.\n\nIn 2008, the '
                          'late mayor helped by sending what has been described as a "political army" into the state.')
    assert out["text"].tolist() == ["Cities can be crucial,"]


def test_opined_surmised_confessed_and_elaborated_are_cues():
    out = extract_article('Headline\n\n"Gun owners should leave their weapons at home," opined the Plain Dealer. Tom '
                          'Reyes surmised the plan would fail. Ana Lopez confessed that she had lied. "We will build '
                          'it," Ana Lopez elaborated.')
    assert out["cue"].tolist() == ["opined", "surmised", "confessed", "elaborated"]
    assert out["speaker"].tolist() == ["Plain Dealer", "Tom Reyes", "Ana Lopez", "Ana Lopez"]


def test_it_does_not_go_to_an_unnamed_person():
    out = extract_article('Headline\n\nTom Reyes spoke. One attendee said the message was clear.\n\nNow, his team is '
                          'bracing supporters for a long race that it says will reward his patience.')
    assert out.loc[out["speaker_mention"] == "it", "speaker"].tolist() == ["(unresolved)"]


def test_a_content_ends_before_the_bracket_closing_the_writers_aside():
    out = extract_article("Headline\n\nThe deal fell through. (Tom Reyes said the timing was unrelated.) Ana Lopez "
                          "said the plan (a big one) was good.")
    assert out["text"].tolist() == ["the timing was unrelated", "the plan (a big one) was good"]


def test_an_inverted_document_and_its_maker_after_a_partial_quotation():
    out = extract_article('Headline\n\nThe law protects those who use "something to hand" as a weapon, said a leaflet '
                          'published jointly by the Crown Prosecution Service.\n\nMore force can be used in '
                          'self-defence, it said.')
    assert out["speaker"].tolist() == ["Crown Prosecution Service"] * 2


@pytest.mark.parametrize("dateline", ["WASHINGTON/NEW YORK (Reuters) - ", "(Reuters) - ",
                                      "(ANSA) - PALERMO, NOVEMBER 26 - "])
def test_a_dateline_of_two_places_or_the_agency_alone_is_no_part_of_what_was_said(dateline):
    out = extract_article("Headline\n\n" + dateline + "The plan will cost more than $1.2 trillion, the Congressional "
                          "Budget Office said on Tuesday.")
    assert out["text"].tolist() == ["The plan will cost more than $1.2 trillion"]


def test_a_list_of_quoted_fragments_runs_from_the_first_mark_to_the_last():
    out = extract_article("Headline\n\nA senior official on Thursday called his experience \u201cunique\u201d and "
                          "\u201crefreshing\u201d at the bank.")
    assert out["text"].tolist() == ["\u201cunique\u201d and \u201crefreshing\u201d"]


@pytest.mark.parametrize("text, content", [
    ('Tom Reyes said "firm action" was needed.', '"firm action" was needed'),
    # the quotation may be the subject's first words only
    ("Tom Reyes testified \u201cthousands\u201d of emails in fact had not been turned over.",
     "\u201cthousands\u201d of emails in fact had not been turned over"),
    ('One councillor said "three or four" members would back a study.', '"three or four" members would back a study')])
def test_a_quotation_opening_a_reported_clause_as_its_subject(text, content):
    out = extract_article("Headline\n\n" + text)
    assert out[["kind", "text"]].values.tolist() == [["partial", content]]


def test_a_quoted_capital_letter_after_a_noun_is_a_name_not_speech():
    out = extract_article('Headline\n\nLord Reyes said: "Indefinite imprisonment is anathema."\n\nIn a statement, '
                          'detainee \'A\' in Woodhill Prison said: "I hope the government will act."')
    assert "A" not in out["text"].tolist()
    assert len(out) == 2


@pytest.mark.parametrize("opener", ["So far", "Thus far"])
def test_an_adverb_of_two_words_opening_the_sentence_is_no_part_of_the_source(opener):
    out = extract_article(f"Headline\n\n{opener} the council has said the plan will go ahead.")
    assert out["speaker"].tolist() == ["the council"]


def test_a_cue_word_after_an_owner_does_not_cut_the_clause_before_a_quotation():
    # "the president's remarks" is a noun: the quotation goes on with the same "said" clause, not a cue of its own
    out = extract_article("Headline\n\nHis lawyers have said in court filings that Ana Lopez is making false, "
                          "self-contradictory and politically motivated accusations and that the president's remarks "
                          "were \u201cnon-actionable fiery rhetoric.\u201d")
    assert len(out) == 1
    assert out["text"].iloc[0].startswith("Ana Lopez is making false, self-contradictory")


def test_a_person_from_a_town_and_state_with_no_comma_after_the_state():
    out = extract_article("Headline\n\nAna Lopez of Columbia, South Carolina says she thinks the senator can win.")
    assert out["speaker"].tolist() == ["Ana Lopez"]


def test_that_night_before_a_clause_is_when_not_part_of_it():
    out = extract_article("Headline\n\nCNN reported that night Ex-CIA chief Tom Reyes testifies the attack was "
                          "terrorism. Ana Lopez added that night buses would run every 10 minutes.")
    assert out.loc[out["cue"] == "reported", "text"].tolist() == ["Ex-CIA chief Tom Reyes testifies the attack was "
                                                                  "terrorism"]
    assert out.loc[out["cue"] == "testifies", "speaker"].tolist() == ["Tom Reyes"]
    assert out.loc[out["cue"] == "added", "text"].tolist() == ["night buses would run every 10 minutes"]


def test_a_writers_appositive_with_a_named_subject_ends_the_content():
    out = extract_article("Headline\n\nTom Reyes said she should face no criminal charges, a recommendation Attorney "
                          "General Ana Lopez adopted.")
    assert out["text"].tolist() == ["she should face no criminal charges"]


def test_according_to_set_off_after_but_reports_the_clause_after_it():
    out = extract_article("Headline\n\nThe agencies have made structural changes, but according to the audit report, "
                          "the program has not undergone a comprehensive review.")
    assert out["text"].tolist() == ["the program has not undergone a comprehensive review"]


def test_an_ellipsis_after_but_ending_the_sentence_is_part_of_what_was_said():
    out = extract_article("Headline\n\nTom Reyes said he had met the envoy, but only in the broadest terms. Ana Lopez "
                          "said the plan was good, but the council disagreed.")
    assert out["text"].tolist() == ["he had met the envoy, but only in the broadest terms", "the plan was good"]


def test_both_of_those_men_are_the_two_named_before():
    out = extract_article("Headline\n\nThe accused include Republican Tom Reyes of Alabama, who is running for the "
                          "Senate, and Democratic Representative Ana Lopez, who resigned on Tuesday. Both of those men "
                          "have denied any wrongdoing.")
    assert out["speaker"].tolist() == ["Tom Reyes & Ana Lopez"]


def test_a_participle_clause_ending_in_a_message_before_a_colon_is_its_subjects():
    out = extract_article("Headline\n\nEver since she endorsed him this month, Ms. Lopez has been a powerful "
                          "surrogate, visiting the campaign's headquarters to encourage staffers with a simple "
                          "message: \"Don't screw this up!\"")
    assert out["speaker_mention"].tolist() == ["Ms. Lopez"]


@pytest.mark.parametrize("text, speaker", [
    ("Veterans interviewed at rallies in Ohio said they had no problem with the plan.",
     "Veterans interviewed at rallies in Ohio"),
    ("Commuters questioned outside the station said fares were too high.", "Commuters questioned outside the station"),
    ("Farmers surveyed last spring said prices were too low.", "Farmers surveyed last spring")])
def test_a_plural_noun_and_a_participle_of_asking_are_one_unnamed_source(text, speaker):
    out = only("Headline\n\n" + text)
    assert (out["kind"], out["speaker"]) == ("indirect", speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("But farmers, including Tom Reyes, said they had no problem with the plan.", "they had no problem with the plan",
     "Tom Reyes"),
    ("And on Tuesday, Ana Lopez, chair of the finance committee, said that the council might delay the vote.",
     "the council might delay the vote", "Ana Lopez")])
def test_a_conjunction_opening_the_sentence_is_no_part_of_a_subject_set_off(text, content, speaker):
    out = only("Headline\n\n" + text)
    assert (out["text"], out["speaker"]) == (content, speaker)


def test_a_name_and_its_past_tense_set_off_are_a_clause_not_a_subject():
    out = rows("Headline\n\nTo give you a sense of the interview, Reyes went on to promote his show, note that he had "
               "just bought a hotel, and boast about his golf club.")
    assert not any("went" in s for s in out["speaker"])


@pytest.mark.parametrize("text, content, speaker", [
    ("And Reyes, said Lopez, doesn't forgive or forget.", "doesn't forgive or forget", "Lopez"),
    ("And Reyes, said Lopez, who worked for him for years, does not forgive or forget.",
     "does not forgive or forget", "Lopez")])
def test_a_subject_too_short_for_a_row_then_an_inverted_source_reports_the_predicate(text, content, speaker):
    out = only("Headline\n\n" + text)
    assert (out["text"], out["speaker"]) == (content, speaker)


@pytest.mark.parametrize("text", [
    # a bare verb form is no inverted cue ("project" before a role)
    "Tom Reyes, project manager for contractor Delta Paving, said noisier jobs would be kept to daytime hours.",
    # a time after a participle is no source
    "The qualification, first promised four years ago, had been due to be taught in classrooms from September."])
def test_no_predicate_is_reported_after_what_is_no_inverted_source(text):
    out = rows("Headline\n\n" + text)
    assert out["speaker"].isin(["Tom Reyes"]).all(), out.to_string()


def test_an_inverted_source_and_others_is_one_source():
    out = rows("Headline\n\nThe contrast with Reyes, said Lopez and others, would be clear since he has no allies.")
    assert out[["text", "speaker_mention"]].values.tolist() == [
        ["The contrast with Reyes", "Lopez and others"],
        ["would be clear since he has no allies", "Lopez and others"]]


@pytest.mark.parametrize("text, content", [
    ("The pay is good, but it wasn't just the money that kept her there, Ms. Lopez said.",
     "The pay is good, but it wasn't just the money that kept her there"),
    ("Prices are rising, although wages will catch up, said the minister.",
     "Prices are rising, although wages will catch up"),
    ("No one was hurt, but two homes were damaged, according to the fire service.",
     "No one was hurt, but two homes were damaged"),
    # after the cue a contrast still ends what was said
    ("The minister said prices are rising, but the opposition disagreed.", "prices are rising")])
def test_a_contrast_before_a_trailing_cue_is_part_of_what_was_said(text, content):
    assert only("Headline\n\n" + text)["text"] == content


@pytest.mark.parametrize("text, content", [
    ("Tom Reyes told me the photo violates DNC rules.", "the photo violates DNC rules"),
    ("Ana Lopez told reporters the contract includes Mr Reyes's fee.", "the contract includes Mr Reyes's fee")])
def test_a_present_tense_before_a_name_opens_the_clause_after_an_addressee(text, content):
    assert only("Headline\n\n" + text)["text"] == content


def test_people_of_a_kind_in_lower_case_are_one_subject_however_long():
    out = only("Headline\n\nIndeed, proponents of more controls on hate speech here say there is a direct link.")
    assert (out["speaker"], out["text"]) == ("proponents of more controls on hate speech here",
                                             "there is a direct link")


def test_people_of_a_kind_then_a_past_tense_are_no_subject():
    out = rows("Headline\n\nOn Tuesday, supporters of the former council president shared posts under a hashtag, "
               "claiming the case against him was politically motivated.")
    assert not any(s.endswith("shared") for s in out["speaker"])


@pytest.mark.parametrize("text, expected", [
    ("The implication, according to the aide, is that the council cheated.",
     ["The implication", "is that the council cheated"]),
    ("Missing from the talks, according to two members, was any mention of the audit.",
     ["Missing from the talks", "was any mention of the audit"]),
    # a clause before the source set off is what the source says, no subject waiting for a verb
    ("The council cheated, according to the aide, and the mayor knew it.", ["The council cheated"])])
def test_a_subject_then_according_to_set_off_then_its_verb_gives_both_parts(text, expected):
    out = rows("Headline\n\n" + text)
    assert out["text"].tolist() == expected
    assert out["speaker"].nunique() == 1


def test_a_role_with_its_qualifiers_goes_to_the_one_named_with_them():
    text = ("Headline\n\nTory spokesman Ann Reyes said no. Lib Dem spokesman Tom Lopez said the public did not know. "
            "But the Tory spokesman questioned whether the money was found. The Lib Dem spokesman said it was not.")
    assert rows(text)["speaker"].tolist() == ["Ann Reyes", "Tom Lopez", "Ann Reyes", "Tom Lopez"]


@pytest.mark.parametrize("text, speaker", [
    ("The Parliamentary Group on Betting and Gaming held an inquiry. The all-party group recommended 15 ways to "
     "protect punters.", "Parliamentary Group on Betting and Gaming"),
    ("The plan was questioned by the Joint Committee on Human Rights. The cross-party committee said there was a "
     "significant risk.", "Joint Committee on Human Rights")])
def test_a_body_described_by_a_modifier_not_in_its_name_is_the_body_named_before(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Creston Valley Packers, which has packed apples since 1961, has been sold to Kelowna-based Northfield Fresh Inc. "
     "for an undisclosed price, the two companies announced Monday.", "Creston Valley Packers & Northfield Fresh Inc."),
    ("The figures were compiled by the Transit Workers Alliance and the Federation of Bus Drivers of Ontario.\n\n"
     "The unions say about 600 drivers were told.", "Transit Workers Alliance & Federation of Bus Drivers of Ontario"),
    ("Canada and Norway signed an agreement on Tuesday.\n\nBoth governments said the deal would save lives.",
     "Canada & Norway")])
def test_bodies_by_their_kind_in_the_plural_are_the_last_two_named(text, speaker):
    out = only("Headline\n\n" + text)
    assert (out["speaker"], out["speaker_type"]) == (speaker, "organization")


def test_bodies_by_their_kind_in_the_plural_need_two_bodies_named():
    out = only("Headline\n\nThe Transit Workers Alliance met on Monday.\n\nThe unions say about 600 drivers were told.")
    assert out["speaker"] != "Transit Workers Alliance"


def test_a_relative_clauses_report_ends_before_an_irregular_past_of_the_main_clause():
    out = rows("Headline\n\nThe mayor's son, who has denied any wrongdoing, met with a developer at the hotel in June.")
    assert out["text"].tolist() == ["any wrongdoing"]


@pytest.mark.parametrize("text, speaker", [
    # a plural role noun after "All of the" and a capitalised modifier
    ("All of the GOP candidates oppose the plan, and have pledged to end the program.", "All of the GOP candidates"),
    # a web address is one name, not its last letters
    ("Outsports.com reported that the pitcher had shared it.", "Outsports.com"),
    # someone counted among those a relative clause reports
    ("Ana Lopez, a supporter from Hemet, is among those who say they have no intention of voting.", "Ana Lopez"),
    # a document and its participle: the document, not nothing
    ("A statement posted on the website said listings are generated by users.", "A statement")])
def test_subjects_of_a_review_of_polnear_speakers(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


def test_a_headline_labels_persons_words_hold_no_subject_of_their_own():
    articles = pd.DataFrame({"article_id": ["a"],
                             "title": ["Tom Reyes: Harbor Investigation Helped Reveal Council Email Scandal"],
                             "text": ["Council member Tom Reyes said on Wednesday that the review had uncovered it."]})
    out = extract_quotes(articles, progress=False)
    title = out[out["paragraph"] == -1]
    assert title["speaker"].tolist() == ["Tom Reyes"]


def test_a_plural_document_and_its_participle_are_a_subject():
    out = only("Headline\n\nCourt papers filed by the company state that it ran into difficulties last year.")
    assert (out["text"], out["speaker_mention"]) == ("it ran into difficulties last year",
                                                     "Court papers filed by the company")


def test_a_dash_before_a_name_and_an_age_opens_a_lists_next_person_not_an_attribution():
    text = ("Headline\n\n\"She was kind and a great friend,\" Tom Reyes wrote. \"She always had a kind word for "
            "everyone.\" - Ana Lopez, 31, of Staden, Belgium. Lopez was visiting with her sisters.")
    assert rows(text)["speaker"].tolist() == ["Tom Reyes", "Tom Reyes"]


def test_a_name_and_where_the_person_writes_from_is_the_name():
    assert only("Headline\n\nAndrew in Derby complains that raising the wage is a trick.")["speaker"] == "Andrew"


def test_whom_a_person_speaks_through_gives_the_person_no_role():
    text = "Headline\n\nCulture Minister Kelsey Marchuk, through her press secretary, said the province expects more."
    person = next(m.person for m in find_people(text) if m.person.name == "Kelsey Marchuk")
    assert {"minister", "culture"} <= person.roles and not {"press", "secretary"} & person.roles


def test_an_object_pronoun_and_a_preposition_are_no_subject():
    out = only("Headline\n\nSen. Tom Reyes accused her of making racist remarks by using the term \"superpredator\" "
               "in 1996.")
    assert out["speaker"] == "Tom Reyes"


@pytest.mark.parametrize("text, speaker", [
    ("Some seek to be removed from the lists, fearing the exposure, and argue that their worth is far lower.", "some"),
    ("Some local therapists complain about the wait, and say that counseling is easier to find.",
     "Some local therapists")])
def test_a_verb_after_some_is_no_part_of_the_first_verbs_subject(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


@pytest.mark.parametrize("text, speakers", [
    ("Marlow repeated his oft-stated promise to build a new bridge.", []),
    ("Marlow defended her campaign pledge to cut the tax.", []),
    ("His aides promise to release the tapes.", ["His aides"]),
    ("Their children promise to visit every summer.", ["Their children"])])
def test_a_promise_after_a_possessive_and_its_modifier_is_a_noun(text, speakers):
    assert body_speakers(text) == speakers


def test_a_report_ends_before_a_pronoun_and_its_own_cue_after_but():
    out = rows('Headline\n\nBackbencher Ellen Hartley said the proposals were a step in the right direction but she '
               'told the Courier: "I would have gone further."')
    assert out[["kind", "text"]].values.tolist() == [
        ["indirect", "the proposals were a step in the right direction"], ["direct", "I would have gone further."]]


def test_a_name_and_its_verb_open_the_clause_after_a_time_adjunct():
    out = only("Headline\n\nIntelligence chief Dana Whitlow said last week North Ardenia could be months away from a "
               "working missile.")
    assert (out["speaker"], out["text"]) == ("Dana Whitlow",
                                             "North Ardenia could be months away from a working missile")


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz became an advocate of the nomination, Fed and government officials said.", "Fed and government officials"),
    ("Ortiz is urging colleagues to keep policing the industry, said several current and former agency officials "
     "who were not authorized to speak.", "several current and former agency officials"),
    ("Harlan and his supporters say the system gives too much power to party elites.", "Harlan and his supporters")])
def test_modifiers_joined_before_an_unnamed_sources_noun_are_one_source(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


@pytest.mark.parametrize("text, said", [
    ("The ministry pointed out the controls were no longer in place.", ["the controls were no longer in place"]),
    ("The guide pointed out the spot where the steamer went down.", [])])
def test_pointed_out_takes_a_bare_clause_but_not_a_place(text, said):
    assert rows("Headline\n\n" + text)["text"].tolist() == said


@pytest.mark.parametrize("text, speaker, said", [
    ("Rep. Dana Kerrigan, a Democrat who has led the push to revise the rules, called for an investigation.",
     "Dana Kerrigan", "an investigation"),
    ("Local reports have said Orland, also a physician like Kerr, had a long dispute with the senator.",
     "Local reports", "Orland, also a physician like Kerr, had a long dispute with the senator"),
    ("Harbour College research claims cutting the limit would save 65 lives a year.", "Harbour College",
     "cutting the limit would save 65 lives a year"),
    ("The paper detailed the accounts of three women who claim Orland pursued them for years.", "three women",
     "Orland pursued them for years"),
    ("The paper spoke to dozens of women who claim he harassed them.", "dozens of women", "he harassed them"),
    ("Orland has acknowledged settling with one former staffer over her claims.", "Orland",
     "settling with one former staffer over her claims"),
    ("The coalition also includes individuals who claim to represent Asian Americans.", "individuals",
     "to represent Asian Americans")])
def test_reports_held_out_articles_missed(text, speaker, said):
    out = only("Headline\n\n" + text)
    assert (out["speaker"], out["text"]) == (speaker, said)


@pytest.mark.parametrize("text", ["The size and length of the scheme called for prison time.",
                                  "Orland called for help."])
def test_what_a_thing_calls_for_is_no_report(text):
    assert rows("Headline\n\n" + text).empty


def test_a_noun_phrase_set_off_after_a_trailing_cue_says_what_the_words_were():
    out = rows("Headline\n\nThe group includes volunteers.\n\n\"And I'm not being paid!\" Orland declared, a point he "
               "likes to make.")
    assert out.loc[out["kind"] == "direct", "speaker"].tolist() == ["Orland"]


def test_a_buildings_name_is_no_full_name_of_its_first_word():
    out = only("Headline\n\nIn 2006, Varga bought an apartment in Kessler Tower in New York. Kessler has denied any "
               "collusion by his campaign.")
    assert out["speaker"] == "Kessler"


@pytest.mark.parametrize("set_off", [", ", " - "])
def test_a_name_before_a_role_for_a_body_is_whom_a_who_clause_is_on(set_off):
    out = only(f"Headline\n\n* Jason Kettering{set_off}communications director for Mayor Ruiz's transition team, who "
               "was named in December, said days later that he would not take the job.")
    assert (out["speaker"], out["text"]) == ("Jason Kettering", "he would not take the job")


@pytest.mark.parametrize("text, speaker", [
    ("But, legal nuances aside, Republicans can reasonably campaign saying that they won the battle.", "Republicans"),
    ("There, the district GOP Chairman Carl Wetherby declined to name the delegates but said one was an avowed "
     "supporter.", "Carl Wetherby"),
    ("Over the past two weeks, prosecutors charged the officer with murder and Ellison fired his police chief, "
     "Garry Miles, acknowledging that parts of the city have lost trust in the force.", "Ellison")])
def test_the_subject_of_a_coordinated_verb_or_participle_after_an_opening_aside_or_a_second_clause(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


def test_a_participle_after_one_subject_of_two_names_is_theirs():
    out = rows("Headline\n\nCarla Ortega and Luis Ruiz met on Monday. Ortega and Ruiz issued a statement describing "
               "their meeting as a “very positive step toward unification.”")
    assert out["speaker"].tolist() == ["Carla Ortega & Luis Ruiz"]


@pytest.mark.parametrize("text, speaker", [
    ("As Andrew J. Tabard, an expert on the region at the Institute for Policy, noted, ''Everyone is just waiting.''",
     "Andrew J. Tabard"),
    ("As Andrew Tabard, an expert on the region, noted, the region is waiting.", "Andrew Tabard"),
    ("As Secretary of State, Clara Ruiz said the plan was sound.", "Clara Ruiz")])
def test_a_name_after_as_is_the_as_clauses_subject(text, speaker):
    assert only("Headline\n\n" + text)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "The anxiety about the race was underscored Wednesday when Speaker Carla Ortega of Wisconsin lamented the state of "
    "the campaign and criticized the identity politics on display in the race.",
    "The anxiety about the race was underscored Wednesday when Speaker Carla Ortega of Wisconsin lamented the "
    "\"disheartened\" state of the campaign and criticized the \"identity politics\" on display in the race."])
def test_a_verb_joined_to_a_subordinate_clauses_verb_is_its_subjects(text):
    assert body_speakers(text) == ["Carla Ortega", "Carla Ortega"]


def test_a_name_before_a_role_for_a_body_is_whom_a_which_clause_after_the_body_is_on():
    out = only("Headline\n\nMarta Ruiz, volunteer coordinator for the Canyon Country Site Stewards, which monitors the "
               "sites, said the case had prompted a wave of calls.")
    assert out["speaker"] == "Marta Ruiz"


@pytest.mark.parametrize("text, speakers", [
    ("In Kayar, a fishing town 60 km (37 miles) north of Dakar, canoe owners welcomed the move but said it had come "
     "years too late.", ["canoe owners", "canoe owners"]),
    ("In the days before the rally at Ames, a group of farmers called for a boycott of the speech, and the civil "
     "rights group the Anti-Bias League strongly denounced the plan and said it would \"redirect\" the donations.",
     ["a group of farmers", "the civil rights group the Anti-Bias League"])])
def test_a_place_described_after_an_opening_adjunct_and_a_lower_case_subject(text, speakers):
    assert body_speakers(text) == speakers


def test_a_short_predicate_after_an_aside_is_a_row_of_its_own():
    out = rows("Headline\n\nThe solution, the partner told them, was simple.")
    assert out["text"].tolist() == ["The solution", "was simple"]


@pytest.mark.parametrize("text, said", [
    ("The lawyer denies reports of a plan to deliver the cleric to Turkey.",
     ["reports of a plan to deliver the cleric to Turkey"]),
    ("Local reports of fraud were rejected by the board.", [])])
def test_a_report_noun_before_of_is_what_a_verb_denies(text, said):
    assert rows("Headline\n\n" + text)["text"].tolist() == said


@pytest.mark.parametrize("text, said", [
    ("Sen. Dana Ruiz called him divisive and accused him of lying.", ["him divisive", "him of lying"]),
    ("Democrats called it erroneous.", ["it erroneous"]),
    ("She called him back and asked about the plan.", []),
    ("A collector called her sister, her daughter's former boyfriend and the manager.", []),
    ("A newly formed group called Future 45 ran its first ads using her comments.", [])])
def test_what_a_speaker_calls_someone_after_a_pronoun(text, said):
    assert rows("Headline\n\n" + text)["text"].tolist() == said


def test_an_unnamed_lawyer_is_the_lawyer_the_next_sentence_names():
    out = rows('Headline\n\nLena Arkwright signed the email. Arkwright has been at her desk all week, said her lawyer. '
               '"She is doing the work of the bureau," said attorney Deepak Mehra.')
    assert out["speaker"].tolist() == ["Deepak Mehra", "Deepak Mehra"]
    # (not when the next sentence names no one of that office)
    out = rows("Headline\n\nLena Arkwright signed the email. Arkwright has been at her desk all week, said her lawyer. "
               "Budget director Tom Vale disagreed.")
    assert out["speaker"].tolist() == ["her lawyer"]


def test_she_is_not_an_unnamed_spokesman_when_a_woman_is_named_since():
    assert body_speakers("Margaret Lyle was kidnapped in May. A spokesman said Mr Dunn had friends in common with Ms "
                         "Lyle. New footage showed Mrs Lyle asking for troops to leave. She also urged the charity to "
                         "close its office.") == ["A spokesman", "Margaret Lyle"]


def test_he_after_a_sentence_opened_by_a_role_of_two_words_is_its_holder():
    assert body_speakers('Prime Minister Tom Hale will stand again, Ian Reed told reporters. He said: "I do not know." '
                         "On Friday, the prime minister completed a tour, during which he unveiled his pledges. "
                         "Starting in Leeds, he visited towns, pledging to build on what he said were the party's "
                         "gains.") == ["Ian Reed", "Ian Reed", "Tom Hale"]


@pytest.mark.parametrize("text, speakers", [
    ("Several hundred fishermen from the lagoon villages marched on Wednesday to the prefecture. They accuse the "
     "dredging of destroying spawning grounds.", ["Several hundred fishermen from the lagoon villages"]),
    ("Two South African officials familiar with the talks told Reuters that Maseru was unlikely to agree. They argued "
     "that prices would rise.", ["Two South African officials familiar with the talks"] * 2),
    ("More women are founding companies. Within marriages, they said, women now have more say.", ["(unresolved)"])])
def test_they_is_the_group_of_people_that_opened_the_sentence_before(text, speakers):
    assert body_speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Measles is spreading at a pace local health officials haven't seen in a decade, and they say babies are most "
     "at risk.", ["local health officials"]),
    ("The vote only came after MPs bombarded the minister with requests as they complained they had been ignored.",
     ["MPs"]),
    ("Senate Democrats blocked the bill because they said it was a poison pill.", ["Senate Democrats"]),
    ("Officials met the farmers after the storm, and they said the damage was worse than feared.", ["(unresolved)"])])
def test_they_is_the_group_that_is_the_subject_of_a_clause_before_it(text, speakers):
    assert body_speakers(text) == speakers


def test_figures_it_released_are_the_body_s_after_a_group_spoke():
    assert body_speakers("Measles is spreading at a pace local health officials haven't seen, and they say babies are "
                         "most at risk.\n\nThe Tamarack County Health Department has confirmed 47 cases since Jan. 1, "
                         "according to figures it released Monday.")[:2] == ["local health officials",
                                                                               "Tamarack County Health Department"]


def test_an_owner_s_role_held_in_a_place_is_a_person_s_role_not_a_body():
    assert body_speakers("Canada's ambassador to France said the talks would resume.") \
        == ["Canada's ambassador to France"]
    assert rows("Headline\n\nCanada's ambassador to France said the talks would resume.")["speaker_type"].tolist() \
        == ["anonymous"]
    assert body_speakers("Marcus Ode, Cleveland's director of public utilities, flew to Columbus. Cleveland's director "
                         "of public utilities said the measure would leave residents on the hook.") == ["Marcus Ode"]


@pytest.mark.parametrize("role", ["investigating officer", "senior investigating officer", "arresting officer",
                                  "prosecuting counsel", "supervising nurse"])
def test_a_role_opened_by_a_participle_names_the_person_after_an_opening_phrase(role):
    out = rows(f'Outside court, {role} Claire Dunmore said: "This was never a misunderstanding about paperwork."')
    assert out["speaker"].tolist() == ["Claire Dunmore"]
    # a participle after its auxiliary is a verb: "they were investigating reports that ..." is what police said
    out = rows("Police said they were investigating reports that the fire started at a rubbish dump.")
    assert out["speaker"].tolist() == ["Police"]


@pytest.mark.parametrize("source", ["an official with knowledge of the plan",
                                    "a senior official with knowledge of the matter",
                                    "a source with direct knowledge of the talks",
                                    "a diplomat familiar with the negotiations"])
def test_an_unnamed_source_and_what_it_knows_reports_before_a_trailing_cue(source):
    out = rows(f"The talks will resume on Monday, {source} said.")
    assert out["text"].tolist() == ["The talks will resume on Monday"] and out["speaker"].tolist() == [source]
    assert out["speaker_type"].tolist() == ["anonymous"]


@pytest.mark.parametrize("cue", ["said", "told Reuters", "told The Associated Press"])
def test_why_a_source_is_not_named_is_not_what_it_said(cue):
    out = rows(f"The talks will resume on Monday, a senior official {cue} on condition of anonymity because he was "
               "not authorized to speak publicly.")
    assert out["text"].tolist() == ["The talks will resume on Monday"]
    assert out["speaker"].tolist() == ["a senior official"]
    # a reason of the report's own stays in it
    out = rows("The official said the talks would resume because both sides wanted a deal.")
    assert out["text"].tolist() == ["the talks would resume because both sides wanted a deal"]


@pytest.mark.parametrize("titled, speaker", [
    ("Councillor Lisa Hall", "Lisa Hall"), ("Coun. Lisa Park, who represents Ward 4,", "Lisa Park"),
    ("Sen. Jane Park", "Jane Park"), ("Councillor Tom Church", "Tom Church"),
])
def test_a_title_and_a_given_name_make_a_place_word_a_surname(titled, speaker):
    out = rows(f"{titled} said the ward would vote against the plan.")
    assert out["speaker"].tolist() == [speaker] and out["speaker_type"].tolist() == ["person"]


@pytest.mark.parametrize("described, speaker", [
    ("Pensioner Joan Smith, 81, of Oak Road,", "Joan Smith"), ("Mother-of-two Kelly Brown", "Kelly Brown"),
    ("Stallholder Nadia Crisp", "Nadia Crisp"),
    # a given name, then a surname with its particle: the whole name
    ("Chandler Van Voorhis", "Chandler Van Voorhis"),
])
def test_a_word_for_a_person_before_a_full_name_is_no_part_of_it(described, speaker):
    out = rows(f"{described} said the market would not survive another winter.")
    assert out["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("source, speaker", [
    ("Tánaiste Micheál Martin", "Micheál Martin"),  # an Irish title before the name
    ("Plaid Cymru MS Rhun ap Iorwerth", "Rhun ap Iorwerth"),  # a Welsh patronymic particle inside the name
    ("Rhun ap Iorwerth", "Rhun ap Iorwerth"),
])
def test_irish_titles_and_welsh_particles(source, speaker):
    out = rows(f"{source} said the funding would not be enough.")
    assert out["speaker"].tolist() == [speaker] and out["speaker_type"].tolist() == ["person"]


def test_a_participle_before_a_noun_is_no_cue_of_a_partial_quote():
    # "reported" modifies "faults": the partial quotation is what the spokesperson said
    out = rows('Asked about it, a spokesman for the college said any reported leaks were "fixed within the week".')
    assert out["speaker"].tolist() == ["a spokesman for the college"]
    assert out["text"].tolist() == ['any reported leaks were "fixed within the week"']


def test_an_unnamed_source_described_up_to_the_verb_joined_to_its_cue():
    out = rows("At the clinic, a boy in a green raincoat sat down in the chair and asked whether the drill was loud.")
    assert out["speaker"].tolist() == ["a boy in a green raincoat"]
    assert out["text"].tolist() == ["whether the drill was loud"]


def test_a_capital_opening_a_sentence_before_a_relative_of_part_is_no_name():
    out = rows('Cab drivers, several of whom sat in the public gallery, called the ruling "a gamble with lives".')
    assert out["speaker"].tolist() == ["Cab drivers"] and out["speaker_type"].tolist() == ["anonymous"]


def test_a_role_owning_the_person_named_is_someone_elses():
    out = body_speakers("Mayor Owen Keel said the sale was fair.\n\nThe one vote against came from Councillor Rose "
                        "Keel, the mayor's sister, who said the sale was \"far too quick\".\n\nThe mayor said three "
                        "buyers had already called.")
    assert out == ["Owen Keel", "Rose Keel", "Owen Keel"]
    # what a body owns is still the role: "the union's leader" leads the union
    out = body_speakers("Tomas Ruiz, the union's leader, said the talks had failed.\n\nThe union leader said the "
                        "strike would go on.")
    assert out == ["Tomas Ruiz", "Tomas Ruiz"]


@pytest.mark.parametrize("clause", ["profits rose", "sales fell", "he agreed"])
def test_a_whole_clause_of_two_words_is_reported(clause):
    out = rows(f"Asked about the year, Nora Quill said {clause}.")
    assert out["text"].tolist() == [clause] and out["speaker"].tolist() == ["Nora Quill"]


def test_a_two_word_relative_clause_wanting_its_object_is_no_report():
    out = rows("He said it was a form that nobody at the office ever told him he needed.")
    assert out["text"].tolist() == ["it was a form that nobody at the office ever told him he needed"]


def test_a_body_whose_name_holds_an_ampersand_is_it():
    out = body_speakers("The boy was hurt, the coroner said.\n\nThe Lake & Marsh Trust, which runs the reserve, sent a "
                        "report to the inquest. It said the fence had been checked in May.")
    assert out == ["the coroner", "Lake & Marsh Trust"]


def test_a_nations_people_are_no_person():
    out = rows("Headline\n\nNovak said his crew plans a joint drill with Portal in June. The Canadians, he added, have "
               "promised to bring the trucks.")
    assert set(out.loc[out["speaker_mention"] == "he", "speaker"]) == {"Novak"}


@pytest.mark.parametrize("office", ["the Attorney General's office", "the Governor of Finnmark's office"])
def test_a_person_named_before_the_office_they_work_in_and_a_relative_clause(office):
    # (a long office too: the owner's phrase inside it must not change whom the clause is about)
    out = rows(f"Crown lawyer Ingrid Vold of {office}, who led the case, had asked for a fine of 5,000 crowns.")
    assert out["speaker"].tolist() == ["Ingrid Vold"]


def test_a_name_set_off_after_a_role_is_the_subject_of_the_second_verb_too():
    out = rows('Her deputy, Cllr Anna Birch - no relation - wrote online that the plan "reads like an advert" and '
               'questioned whether the figures had been checked.')
    assert out["speaker"].tolist() == ["Anna Birch", "Anna Birch"]


def test_the_one_unnamed_source_of_a_noun_is_the_noun_further_back():
    filler = ("The river has fallen for three years in a row.\n\nBoats are smaller this year.\n\nBait shops have cut "
              "their hours.\n\nMotels report fewer bookings.")
    head = "The river is low, according to a spokeswoman for the water board in Leeds."
    out = body_speakers(f"{head}\n\n{filler}\n\nTom Hale said the town would help.\n\nThe spokeswoman said the board "
                        "will update its forecast in April.")
    assert out == ["a spokeswoman for the water board in Leeds", "Tom Hale",
                   "a spokeswoman for the water board in Leeds"]
    # not when someone has been named in that role since
    out = body_speakers(f"{head}\n\n{filler}\n\nTown spokeswoman Ann Hale said the town would help.\n\nThe spokeswoman "
                        "said the board will update its forecast in April.")
    assert out[-1] == "Ann Hale"


def test_a_court_named_for_the_crown_and_a_court_ending_its_sentence():
    out = body_speakers("A Court of Queen's Bench judge ordered the firm to clean up the sites.\n\nThe court heard the "
                        "wells had been idle since 2016.")
    assert out == ["Court of Queen's Bench"]
    out = body_speakers("The skipper asked whether to appeal to the Tromsø Court of Appeal.\n\nThe court declined to "
                        "ban him, saying a ban would be \"out of proportion\" for a first offence.")
    assert out[-1] == "Tromsø Court of Appeal"


def test_the_second_of_two_verbs_of_a_relative_clause_is_its_antecedents():
    text = ("The one vote against came from Councillor Ruth Dale, who said the plan had been \"rushed\" without a "
            "public meeting and warned that families might \"sell to whoever pays most\".")
    assert body_speakers(text) == ["Ruth Dale", "Ruth Dale"]
    text = ("The one vote against came from Councillor Ruth Dale, who said the plan had been rushed through and "
            "warned that families might sell the land.")
    assert body_speakers(text) == ["Ruth Dale", "Ruth Dale"]
    # the person named right before the comma, not the whole clause the sentence opens with
    text = ("The three members who voted against the budget were led by Cllr Owen Pike, who accused the county of "
            "\"passing the buck\" and said residents were being asked to pay twice.")
    assert body_speakers(text) == ["Owen Pike", "Owen Pike"]


def test_a_participle_after_a_report_inside_a_report_is_the_outer_sources():
    out = rows("Headline\n\nA spokesman for the Harbour Traders' Guild said members welcomed 'a fair compromise', "
               "adding that many visitors would simply go elsewhere.")
    assert out["speaker"].tolist() == ["A spokesman for the Harbour Traders' Guild"] * 2


def test_the_red_cross_is_a_body():
    out = rows("Headline\n\nThe Red Cross said the camp was full, adding that more tents were needed.")
    assert out["speaker"].tolist() == ["Red Cross"] * 2 and set(out["speaker_type"]) == {"organization"}


def test_a_role_inside_what_a_person_reports_is_someone_else():
    out = rows("Headline\n\nMary Holt said the minister announced the plan last week.")
    assert out["speaker"].tolist() == ["Mary Holt", "the minister"]


def test_a_quantity_opening_a_reported_clause():
    out = rows("Headline\n\nIrena Kovac, the college's director of exchanges, said more than a third of the students "
               "in this year's course come from families that lost their farms.")
    assert out["text"].tolist() == ["more than a third of the students in this year's course come from families that "
                                    "lost their farms"]
    # a quantity that is what is claimed, no clause
    out = rows("Headline\n\nRuritania claims more than half of Freedonia's coast since the 19th century.")
    assert out.empty


def test_a_proposal_of_a_gerund_clause():
    out = rows("Headline\n\nCouncilwoman Ida Berg suggested keeping the old sign on a smaller panel beneath the new "
               "one.")
    assert out["text"].tolist() == ["keeping the old sign on a smaller panel beneath the new one"]
    assert out["speaker"].tolist() == ["Ida Berg"]


@pytest.mark.parametrize("told", ["told reporters", "told the Gazette last week", "told the Herald on Monday"])
def test_a_clause_whose_verb_an_adverb_opens_after_an_addressee(told):
    out = rows(f"Headline\n\nNora Platt {told} the county now reviews fire plans before each season.")
    assert out["text"].tolist() == ["the county now reviews fire plans before each season"]
    assert out["speaker"].tolist() == ["Nora Platt"]


def test_a_clause_after_a_trailing_cue_is_no_source():
    # a headline's second verb: what follows "says" is a clause, not who says it
    out = rows("Judge orders town to reopen road, says closure stranded a farm family\n\nA judge ordered the town to "
               "reopen the road.")
    assert not out["speaker"].str.contains("closure").any()
    # an inverted source opened by a number and a participle is still one
    out = rows('"No," said one unaligned Ohio Republican strategist.')
    assert out["speaker"].tolist() == ["one unaligned Ohio Republican strategist"]


def test_an_unnamed_source_described_by_whose_before_keeping_the_name_back():
    out = rows('Headline\n\nA crofter whose fields border the forest, who asked not to be named, told the Courier he '
               'feared the trust would "find out what it costs".')
    assert out["speaker"].tolist() == ["A crofter whose fields border the forest"]


def test_two_kin_nouns_before_two_names_give_neither_a_gender():
    text = ("The plaque honours Pte. Walter Reid, who died in 1917. His grandson and granddaughter, Gordon Reid and "
            "Ruth Reid, both live nearby.\n\nGordon Reid said the family had always known about the plaque.\n\n"
            "\"It was just there on the wall,\" he said.")
    assert body_speakers(text) == ["Gordon Reid", "Gordon Reid"]


def test_a_cantonese_name_is_written_family_name_first():
    text = ("Leung Ka Ming, who runs a pawnshop near the square, said trade had fallen. Chao Sio Leung, the chain's "
            "chairman, said nine branches would close.\n\n\"A pawnshop lives on the customer who comes back,\" Leung "
            "said.")
    assert body_speakers(text) == ["Leung Ka Ming", "Chao Sio Leung", "Leung Ka Ming"]


def test_a_quantifier_floated_after_two_names_is_no_appositive_role():
    text = ("His son and daughter, Ian Moss and Ruth Moss, both live in the area and were among the first donors.\n\n"
            "The donors said the plaque was overdue.")
    assert body_speakers(text) == ["the donors"]


@pytest.mark.parametrize("firm, speaker", [("Hokuyo Feed GmbH", "Hokuyo Feed GmbH"),
                                           ("Osaka-based Marubeni Oy", "Marubeni Oy"),
                                           ("Brannock Hale LLP", "Brannock Hale LLP")])
def test_a_company_by_its_legal_form_is_a_body(firm, speaker):
    out = rows(f"Headline\n\n{firm} said the orders would resume in May.")
    assert out["speaker"].tolist() == [speaker] and out["speaker_type"].tolist() == ["organization"]


def test_a_firm_named_development_is_it_and_a_role_of_development_is_not():
    out = rows("Headline\n\nBuyers complained. The developer, Jinsha Property Development, said building had been "
               "slowed by market conditions.\n\nIt denied misleading buyers, saying every contract had been "
               "registered.")
    assert set(out["speaker"]) == {"Jinsha Property Development"} and set(out["speaker_type"]) == {"organization"}
    out = rows("Headline\n\nPaul Dyer's daughter, Nina Dyer, the company's vice-president of development, said she had "
               "booked the crane herself.")
    assert out["speaker"].tolist() == ["Nina Dyer"]



def test_a_headlines_second_verb_reports_for_the_headlines_subject():
    text = ("Judge refuses to halt Ayer's Cliff cell tower, says fight belongs in Ottawa\n\nBy Ann Lee\n\nA Superior "
            "Court judge has refused to halt a cell tower. Justice Marie Brodeur said the dispute belongs in federal "
            "court.")
    out = rows(text)
    assert out[["text", "speaker"]].values.tolist()[0] == ["fight belongs in Ottawa", "Marie Brodeur"]
    # no clause of its own after the cue: the headline's source convention
    out = rows("Tower will go ahead, says mayor\n\nThe mayor said the vote was final.")
    assert out["text"].tolist()[0] == "Tower will go ahead"


def test_a_trailing_cue_in_a_document_then_a_participle_of_the_writers():
    text = ("HANOI (Wire) – Tan Phat Holdings will close nine of its 16 shops by March, the company said in a filing "
            "to the Ho Chi Minh City stock exchange on Monday, blaming a change in its customers.\n\nThe filing said "
            "income fell 31 percent in the six months to September.")
    out = rows("Headline\n\n" + text)
    assert out["text"].tolist()[0] == "Tan Phat Holdings will close nine of its 16 shops by March"
    assert set(out["speaker"]) == {"Tan Phat Holdings"}


def test_a_body_written_with_its_kind_after_its_name_is_the_kind_noun():
    text = ("The Estevan Otters swim club, which has about 45 members, had offered to raise $50,000.\n\nIn a post on "
            "its page on Wednesday, the club wrote that its members were \"heartbroken, but not finished\".")
    assert body_speakers(text) == ["Estevan Otters"]
    # a determiner between is another phrase: "told The Oban Times the company said"
    text = ("Angus Bell told The Oban Times the company had been delayed.\n\nThe company said the farm would open in "
            "2028.")
    assert "Oban Times" not in body_speakers(text)


def test_a_day_then_when_it_was_said_after_a_closed_quotation_keeps_the_cue():
    text = ('It was her sharpest reply yet.\n\n"Will the mayor finally say the word? If not she should resign!" the '
            'party\'s leading candidate, Marla Quent, posted Sunday after a fire at the Dunmore depot.')
    assert body_speakers(text) == ["Marla Quent"]
    # a clause of its own after the day opens a new report, as before
    text = ('"Why now?" Ray Tobin asked Tuesday the council must publish its figures before the vote.')
    assert "Ray Tobin" not in rows(text).query("kind == 'direct'")["speaker"].tolist()


def test_a_document_the_text_introduces_goes_to_the_maker_its_own_phrase_names():
    text = ('A report released in March by the Tamsin Valley Health Trust, a Bangor-based research group, called the '
            'waiting list for hip operations "a slow-motion disaster." Ward staff said they agreed.')
    assert body_speakers(text)[0] == "Tamsin Valley Health Trust"
    # a maker named in a later sentence is not the document's phrase
    text = 'A report called the waiting list "a slow-motion disaster." It was praised by the Tamsin Valley Health Trust.'
    assert body_speakers(text)[0] != "Tamsin Valley Health Trust"


@pytest.mark.parametrize("text, speakers", [
    pytest.param(
        'Mia Thorne won the junior race. Her coach, Tom Lee, watched from the finish.\n\n"I got lost more times '
        'than I can count," she laughed.',
        ["Mia Thorne"], id="laughed_after_a_quotation_is_its_cue"),
    pytest.param(
        'A report commissioned by the trust from Cardiff consultancy Tarrow Ecology and published in May warned '
        'that the otter population was "in serious trouble".',
        ["Tarrow Ecology"], id="a_commissioned_document_is_its_writers_not_the_body_that_paid_for_it"),
    pytest.param(
        "The date settled the debate, according to Professor Ilias Doukas of the University of Patras, who shares "
        'the donor\'s surname but, he stressed with a laugh, "no known family connection".',
        ["Ilias Doukas", "Ilias Doukas"], id="a_laugh_after_an_article_is_a_noun_not_the_cue_before_a_quotation"),
    pytest.param(
        'NASSAU (IPS) - Small island states spend more on debt than on health, a new report says.\n\nThe report, '
        '"Paying Twice: Debt and Storms", released on Monday by the Reef Debt Observatory, a research consortium, '
        'found that 22 of the 39 states spent more than 15 percent of revenue on debt.',
        ["Reef Debt Observatory"] * 2, id="a_report_whose_title_stands_before_its_maker_is_the_makers"),
    pytest.param(
        "Commissioners were swayed by a county study of rental activity.\n\nThat study, prepared in August by the "
        "Durango firm Pellworth Housing Analytics, estimated that about one in five homes is rented by the night. "
        "It counted basement suites as their own dwellings, the study said.",
        ["Pellworth Housing Analytics"] * 2,
        id="a_document_prepared_by_a_firm_named_after_its_town_and_kind_is_the_firms"),
    pytest.param(
        "A Royal Marines bomb disposal team from Exeter arrived before noon and confirmed that the object was a "
        "practice shell.",
        ["A Royal Marines bomb disposal team"],
        id="two_nouns_before_a_sources_head_after_a_name_are_the_subject_of_a_second_verb"),
    pytest.param(
        "An impact assessment commissioned by the council from the Bergen consultancy Fjellvik Analyse warned that "
        "operators could cut calls at the port. The report added that the loss could reach 11 million crowns.",
        ["Fjellvik Analyse"] * 2, id="a_document_commissioned_from_a_firm_and_named_whole_as_the_subject_is_the_firms"),
    pytest.param(
        'As Ms. Varga put it in a statement to a colleague of mine in July, the channel is "offering a view you '
        'won\'t get from the mainstream press."',
        ["Varga"], id="put_it_after_as_cues_a_partial_quotation_later_in_the_sentence"),
    pytest.param(
        '"We can only wonder what the court intends," state Senate leader Roy Pettit and House Speaker Dale '
        'Amsel, both Republicans, said in a statement.',
        ["Roy Pettit & Dale Amsel"],
        id="two_names_joined_then_what_they_share_set_off_before_a_trailing_cue_are_joint_speakers"),
    pytest.param(
        "Nadeem is believed to have been on the flight, according to an interview his brother Tariq Nadeem gave "
        "to ITV.",
        ["Tariq Nadeem"], id="a_document_a_relative_named_after_their_kin_noun_gave_is_that_relatives"),
    pytest.param(
        "The municipality of Drenas, which owns the bus company, said in a statement that it would seek damages. "
        "The municipality added that the company had since changed suppliers.",
        ["the municipality of Drenas"] * 2,
        id="a_body_written_in_lower_case_with_its_place_is_what_its_kind_stands_for_later"),
    pytest.param(
        "Glenmorvan has been owned since 2016 by Taipei-based Jade Crane Spirits Holdings, which also makes gin."
        "\n\nIn a filing to the Taiwan Stock Exchange on Monday, the group said it expected to write down "
        "the value of its whisky stocks.",
        ["Jade Crane Spirits Holdings"], id="a_body_the_sentence_writes_to_is_no_group_that_speaks_in_it"),
    pytest.param(
        "A March 2023 letter to the owner from Lt. Dwayne Pruitt of the state's motor carrier division, which "
        "prosecutors introduced as evidence, warned that the company's permit would be revoked.",
        ["Dwayne Pruitt"], id="a_document_opening_the_sentence_is_what_an_object_relative_clause_is_about"),
    pytest.param(
        "Ana Quiroga, president of the Southern Valle de Uco Winegrowers' Association and no relation to Raúl "
        "Quiroga, said small producers were facing a third bad season.\n\n\"The declaration is not enough,\" "
        "the association's president told reporters.",
        ["Ana Quiroga", "Ana Quiroga"], id="an_office_set_off_before_and_no_relation_is_held"),
    pytest.param(
        "Residents object to the snow dump; mayor says city has run out of options\n\n"
        "\"We looked at nine sites,\" said Mayor Dana Whitcombe.",
        ["Dana Whitcombe", "Dana Whitcombe"], id="a_role_alone_as_a_deck_writes_it_is_its_one_holder_named_later"),
    pytest.param(
        "The two councillors who voted against the motion, Rhona Gask and Peter Ullard, said in a joint statement "
        "that residents had been given nine days to comment.",
        ["Rhona Gask & Peter Ullard"],
        id="two_names_set_off_after_a_description_with_a_relative_clause_are_joint_speakers"),
    pytest.param(
        "A neighbour from the village, whom he refers to only as Morven, suggested a walk up Lochnagar \"to blow "
        "the cobwebs away\".",
        ["Morven"], id="the_only_name_a_description_gives_is_the_speaker"),
    # the seventy-fifth session's
    pytest.param(
        "Carol Denholm, who runs the club, said it would close in March.\n\nA Stirling sports physiotherapist familiar "
        "with the club, who asked not to be named, said the online classes were no substitute.\n\n\"Half of what "
        "that room does is company,\" she said.",
        ["Carol Denholm", "A Stirling sports physiotherapist familiar with the club",
         "A Stirling sports physiotherapist familiar with the club"],
        id="an_unnamed_source_familiar_with_something_goes_on_speaking_as_she"),
    pytest.param(
        "Iain Rennie, the ferryman, said he would appeal.\n\nA Tiree sea kayak guide, who did not want to be named "
        "because he works for several operators, said the case had been \"the talk of the pier\".\n\n\"Nobody here "
        "wants to be next,\" he said.",
        ["Iain Rennie", "A Tiree sea kayak guide", "A Tiree sea kayak guide"],
        id="an_unnamed_source_of_three_modifiers_goes_on_speaking_as_he"),
    pytest.param(
        "Glen Sorensen said the pilot had climbed out on his own.\n\nDarcy Leclerc, a retired paramedic, said he "
        "swam to the cabin and held the door open. The second passenger freed herself, he said.",
        ["Glen Sorensen", "Darcy Leclerc", "Darcy Leclerc"],
        id="a_rare_given_names_gender_is_the_pronoun_opening_its_own_report"),
    pytest.param(
        "Pryor admitted fraud.\n\nSentencing him on Friday, Judge Georgina Kerr said he had \"stolen a summer\".\n\n"
        "She told him: \"You built something that looked real.\"",
        ["Georgina Kerr", "Georgina Kerr"],
        id="but_not_when_a_man_is_named_before_it_in_the_sentence"),
    pytest.param(
        "Nevada’s Office of the Consumer Health Advocate received 880 complaints last year, according to its annual "
        "report.",
        ["Office of the Consumer Health Advocate"],
        id="its_document_is_the_bodys_a_possessive_opens_not_the_owners"),
    pytest.param(
        "In a report to the committee, licensing officers said the kiosk would cause no nuisance.\n\nThe report "
        "added that objections had been \"few and general\".",
        ["licensing officers", "licensing officers"],
        id="a_document_unnamed_people_spoke_in_goes_on_speaking_as_theirs"),
    pytest.param(
        "Cleaners said they were told of the closure in a group text message sent at midnight.\n\n\"Effective "
        "immediately, the hostel has closed,\" the message read.",
        ["cleaners", "the message"],
        id="but_not_a_document_their_report_names"),
    pytest.param(
        "In a victim impact statement read to the court, the pensioner's son, who asked not to be named, said his "
        "father had \"stopped opening the door\".\n\n\"They took his savings and his nerve,\" the statement said.",
        ["the pensioner's son", "the pensioner's son"],
        id="so_does_one_unnamed_person_of_no_listed_kind"),
    pytest.param(
        "The statement quoted the Director General of the Port Authority, Mr. Tamba J. Kollie, as saying: \"No cargo "
        "will be held.\"",
        ["Tamba J. Kollie"], id="quoted_as_saying_before_a_quotation_gives_whom_it_quotes"),
    pytest.param(
        "\"The port remains open,\" Deputy Director for Operations, Hon. Amara K. Sirleaf, was quoted as saying in "
        "the release.",
        ["Amara K. Sirleaf"], id="so_does_was_quoted_as_saying_after_one"),
    pytest.param(
        "\"We will not close,\" the radio station quoted Amara Sirleaf as saying.",
        ["Amara Sirleaf"], id="and_quoted_as_saying_after_one"),
    pytest.param(
        "The ferry's master, Jaan Org, said in a statement that his crew had \"done what we train for\".\n\n\"The "
        "screens froze,\" the statement quoted him as saying.",
        ["Jaan Org", "Jaan Org"], id="but_a_pronoun_it_quotes_is_read_as_for_any_other_cue"),
    pytest.param(
        "In a statement, the airline said the route had lost money.\n\n\"We did not decide this lightly,\" said the "
        "statement, which was attributed to company president Joan Whitcombe.",
        ["the airline", "Joan Whitcombe"], id="a_document_attributed_to_someone_after_its_inverted_verb_is_theirs"),
    pytest.param(
        "The board received a letter written by retired Hiram College music teacher Edith Larsen and signed by 40 "
        "residents. The letter urged the board to reject the lease.",
        ["Edith Larsen"], id="a_signers_name_after_a_body_and_a_role_in_lower_case"),
    pytest.param(
        "Rhoda Vinje said the change would hurt.\n\nIn a letter signed by Teton County Commission Chairman Amos Lund, "
        "the county asked for a delay. The closure \"will fall hardest on farmers,\" the letter said.",
        ["Rhoda Vinje", "the county", "Amos Lund"], id="a_signers_name_after_a_role_of_four_capitalised_words"),
    pytest.param(
        "Pennock's Bakery received a letter last month from Nordhavn Foods. The letter claimed the bakery's tins "
        "copied a trade mark.",
        ["Nordhavn Foods"], id="a_documents_sender_after_when_it_came"),
    pytest.param(
        "Tom Garvey said he did not remember. But he had always thought of the family as \"part of the furniture\" "
        "at the fair, he said.\n\nQueen Street Grills' owner, Dean Ferris, did not return calls. In a statement, the "
        "company said it had \"followed every rule\".",
        ["Tom Garvey", "Tom Garvey", "Queen Street Grills"],
        id="a_name_whose_owner_is_named_after_it_is_the_company"),
    pytest.param(
        "Rhoda Lindvall said the vote was rushed.\n\nLindvall chairs the Seldovia Gillnetters’ Association, which sent "
        "the council a letter last week. The letter asked the council to postpone the vote.",
        ["Rhoda Lindvall", "Seldovia Gillnetters’ Association"],
        id="a_document_a_relative_clause_says_a_body_sent_is_the_bodys"),
    pytest.param(
        "\"It is a giveaway,\" said Rhoda Lindvall, a gillnetter.\n\nRhoda Lindvall chairs the gillnetters' group."
        "\n\nCouncil member Ingrid Haldorsen cast the lone vote against the lease. She said she could not support it.",
        ["Rhoda Lindvall", "Ingrid Haldorsen"], id="council_member_before_a_name_opening_a_sentence_is_a_title"),
    pytest.param(
        "Seventeen-year-old Idil Abdi Warfaa won the 800 metres. \"I knew nobody could catch me,\" Idil told SONNA."
        "\n\nHer father, Abdi Warfaa Nuur, a bus driver, said he had been reluctant to let her race.\n\n\"Now the "
        "same people call me before every race,\" Mr. Abdi said.\n\nAsked about her next target, Idil said she hopes "
        "to run faster.\n\n\"My mother still worries,\" she said.",
        ["Idil Abdi Warfaa", "Abdi Warfaa Nuur", "Abdi Warfaa Nuur", "Idil Abdi Warfaa", "Idil Abdi Warfaa"],
        id="a_middle_word_that_is_anothers_given_name_is_no_first_surname"),
    pytest.param(
        "The President of the Kenya Rowing Federation, Ms. Achieng Wafula, said the federation would enter two crews."
        "\n\nThe federation described the regatta as \"a milestone for Kenyan rowing\".",
        ["Achieng Wafula", "Kenya Rowing Federation"], id="a_title_and_of_the_before_a_bodys_name_are_not_the_bodys"),
    pytest.param(
        "President of the National Federation of Citrus Growers Nadia Khelifi said the harvest was \"late\".\n\n"
        "Khelifi said the federation had warned the ministry that some quotas went to farms that existed only on "
        "paper.",
        ["Nadia Khelifi", "Nadia Khelifi", "National Federation of Citrus Growers"],
        id="nor_is_the_name_after_it"),
    pytest.param(
        "Letters came from all over. The last letter is from Ana do Rosário Teixeira, 84, who wrote that she has read "
        "the paper every week.\n\nMaria das Dores Pereira, her neighbour, said she would miss it too.",
        ["Ana do Rosário Teixeira", "Maria das Dores Pereira"], id="a_names_particles_are_kept_in_it"),
    pytest.param(
        "The ministry said the tender was fair.\n\nMinister within the Ministry of Housing Sunil Persaud went further, "
        "writing on his Facebook page that the opposition was “trying to stall the houses”.",
        ["the ministry", "Sunil Persaud"], id="a_title_its_body_and_a_name_with_no_comma_are_one_source"),
    pytest.param(
        "For 30 hours, Zarina Begum lay on a trolley in a hospital corridor, with a blanket over her legs.\n\n\"My mum "
        "is 84 and she had broken her hip,\" her daughter, Farah Begum, told the BBC.\n\nMrs Begum, who is now "
        "recovering at home, said she had felt \"like a parcel nobody wanted\".\n\n\"I didn't want to make a fuss,\" "
        "she said.\n\nThe trust apologised. For the Begum family, the apology feels thin. Ms Begum said she had "
        "complained to the trust - not to blame the staff, she stressed, but \"so that somebody writes it down\".",
        ["Farah Begum", "Zarina Begum", "Zarina Begum", "Farah Begum", "Farah Begum", "Farah Begum"],
        id="mrs_is_not_a_daughter_sharing_the_surname_and_an_asides_pronoun_is_the_reporter_the_sentence_opens_with"),
    pytest.param(
        "Heat killed 90 people last year, according to a report released Monday by the Yavapai County Office of the "
        "Medical Examiner.\n\nDrug use was a factor in 30 of the deaths, the report said.",
        ["Yavapai County Office of the Medical Examiner", "Yavapai County Office of the Medical Examiner"],
        id="a_makers_name_after_by_goes_on_over_of_the"),
    pytest.param(
        "The Ministry of Health and Medical Services has confirmed 23 cases of typhoid.\n\nDr Mere Tuilagi said "
        "the Ministry would raise the matter with the Ministry of Rural and Maritime Development.\n\nThe Ministry "
        "said a vaccination campaign was not planned.",
        ["Ministry of Health and Medical Services", "Mere Tuilagi", "Ministry of Health and Medical Services"],
        id="of_two_bodies_a_head_word_may_stand_for_the_one_named_other_than_after_a_preposition"),
    pytest.param(
        "The Lake Huron Open Water Association sanctions the swim.\n\nA swimmer may not touch the support boat at "
        "any point, the association’s rules say.\n\nThe Ashby Sailing Club runs the regatta. Every boat must carry a "
        "radio, according to the club's handbook.",
        ["Lake Huron Open Water Association", "Ashby Sailing Club"],
        id="a_bodys_rules_or_handbook_are_the_bodys_named_before"),
    pytest.param(
        "The measures are set out in a draft decree prepared by the Energy Ministry and seen by Bloomberg News. The "
        "decree would bar mines from drawing power in the evening, according to the document.",
        ["Energy Ministry"], id="the_document_is_the_document_named_just_before_under_its_own_noun"),
    pytest.param(
        "Tom Ellery helped found Ashby Ridge Neighbours, which gathered 300 signatures on a petition against the mast. "
        "The petition argued that the company had not studied other sites.\n\nA petition titled “Let Leeds Play,” "
        "started by Rowan Pike, a street performer, had gathered 3,000 signatures by Friday. The petition argues "
        "that the limit is unfair to buskers.",
        ["Ashby Ridge Neighbours", "Rowan Pike"], id="the_petition_is_theirs_who_got_it_up"),
    pytest.param(
        "Prosecuting, Hannah Whitlow said a fundraising page was set up in May.\n\nThe defendant had never been "
        "treated for cancer, the prosecutor said.",
        ["Hannah Whitlow", "Hannah Whitlow"], id="prosecuting_before_a_name_makes_its_holder_the_prosecutor"),
    pytest.param(
        "Dr Owen Pryce, the director of public health, said anyone unsure should call their surgery.\n\nA GP at a "
        "city centre practice, who did not want to be named, told the Post the surgery had seen a steady stream of "
        "students.\n\n\"Please ring first,\" the GP said. \"We are swamped,\" the doctor said.",
        ["Owen Pryce", "A GP at a city centre practice", "A GP at a city centre practice",
         "A GP at a city centre practice"],
        id="the_noun_of_an_unnamed_source_introduced_since_a_named_holder_was_last_named_is_the_unnamed_one"),
    pytest.param(
        "Owen Hale, a pipefitter, said he would pay a toll. His wife, Megan Hale, a nurse, was less sure: \"Two tolls a "
        "day is a car payment.\"",
        ["Owen Hale", "Megan Hale"], id="less_sure_before_a_colon_is_a_manner_of_speaking"),
    pytest.param(
        "The town's lawyer, Priya Nandakumar, wrote to the city clerk on Friday that the town would seek an "
        "injunction. The letter calls the city's move \"a unilateral rewriting of the deal\".",
        ["Priya Nandakumar", "Priya Nandakumar"], id="the_letter_is_theirs_whose_name_wrote_to_someone_right_after_it"),
    pytest.param(
        "Alliance president Tom Vachon said the alliance has written to the minister asking for help. The letter, "
        "signed by 38 businesses, calls the delays \"a slow-motion disaster\".",
        ["Tom Vachon", "the letter"], id="but_not_one_who_says_another_wrote_to_someone"),
    pytest.param(
        "Prosecutors said Ingram, who ran the orchard for six years, sold the crop privately.",
        ["Prosecutors"], id="a_name_its_relative_clause_and_a_past_verb_are_a_reported_clause"),
    pytest.param(
        "Fire Chief Wes Dorn said crews arrived in four minutes. Workers who spoke to the Courier outside the mill "
        "said they heard \"a loud bang\" before the smoke.",
        ["Wes Dorn", "Workers who spoke to the Courier outside the mill"],
        id="the_subject_of_a_partial_quotes_cue_is_the_noun_before_its_relative_clause"),
    pytest.param(
        "Dr. Nouf Saleh Al Hajri said the drive aims to reach 200,000 people.\n\nShe explained that the test takes "
        "ten minutes.\n\nAsked about residents, Dr. Al Hajri said the ministry was studying the matter.\n\nOmar "
        "Saeed Al Hajri, a 51-year-old driver, said he had gone in for a prescription.\n\nAl Hajri, who is not "
        "related to the official, said he had since lost weight.",
        ["Nouf Saleh Al Hajri", "Nouf Saleh Al Hajri", "Nouf Saleh Al Hajri", "Omar Saeed Al Hajri",
         "Omar Saeed Al Hajri"], id="a_shared_surname_set_apart_by_a_relative_clause_before_he_is_the_man_named_last"),
    pytest.param(
        "Deputy Karim Ben Salah, elected in Gabes, said the price had fallen. Deputy Leila Mansour, who represents "
        "Kasserine, asked whether the office could buy oil. The Gabes deputy was not reassured, arguing that a price "
        "would mean little.", ["Karim Ben Salah", "Leila Mansour", "Karim Ben Salah"],
        id="the_place_and_role_of_an_epithet_are_the_speaker_named_with_that_place"),
    pytest.param(
        "Tan Mei Ling, a senior fellow at Singapore's S. Rajaratnam School of International Studies, said the message "
        "was aimed at voters. Tom Brown, a professor, said it was not. The RSIS fellow said she expected talks to "
        "resume.", ["Tan Mei Ling", "Tom Brown", "Tan Mei Ling"], id="or_the_initials_of_a_body_named_with_them"),
    pytest.param(
        "Counsellor Faisal Al-Sabah of Kuwait's Permanent Mission said the year had been dark. The Kuwaiti diplomat "
        "proposed that the mechanism be staffed by independent investigators.", ["Faisal Al-Sabah", "Faisal Al-Sabah"],
        id="or_their_country"),
    pytest.param(
        "Ed Henry, a reporter in Vermont, said the photo was real. The Vermont senators said they had not seen it.",
        ["Ed Henry", "the Vermont senators"], id="but_not_several_people"),
    pytest.param(
        "The news was met with anger on the island, where the chairman of Arran Community Council, Iain Dunlop, said "
        "islanders had been forgotten.", ["Iain Dunlop"], id="a_subject_set_off_after_where_opens_a_reported_clause"),
    pytest.param(
        "Independent councillor for North, West and Central Badenoch Fiona Dunbar said she would raise the prices.",
        ["Fiona Dunbar"], id="a_councillors_ward_listed_with_commas_is_no_part_of_her_name"),
    pytest.param(
        "MP for North Devon Karen Hollis said she would raise the prices.", ["Karen Hollis"],
        id="nor_a_given_name_after_a_compass_word_in_a_seat"),
    pytest.param(
        "Composer Kenji Tanabe, who grew up in Portland's Beacon Hill neighborhood and whose grandmother farmed there, "
        "wrote the score. He said the mix was deliberate.", ["Kenji Tanabe"],
        id="a_name_after_a_places_possessive_and_before_neighborhood_is_a_place"),
    pytest.param(
        "The United Bakery and Confectionery Workers union, which represents about 6,000 employees, said it had not "
        "been consulted.", ["United Bakery and Confectionery Workers union"],
        id="a_bodys_name_in_capitals_goes_on_over_and_before_its_kind"),
    pytest.param(
        "The opposition group, led by Per Hedlund, will vote against it. \"It cannot be undone,\" Hedlund says. "
        "Prices rose 5 per cent.", ["Per Hedlund"], id="per_before_a_surname_is_a_given_name"),
    pytest.param(
        "Her coach at the academy in Quetta, former international Tariq Khan Durrani, described her as "
        "\"the most stubborn player I have trained\". \"She reads the ball one shot earlier,\" the coach said.",
        ["Tariq Khan Durrani", "Tariq Khan Durrani"], id="an_owned_role_with_where_it_is_held_is_the_named_persons"),
    pytest.param(
        "Maseru says the water treaty with Pretoria is 'no longer fair', demands higher royalties.", ["Maseru"],
        id="a_bare_noun_phrase_after_a_verb_that_may_cue_is_its_object_no_inverted_source"),
    pytest.param(
        "\"It is dangerous,\" warned experts. \"No,\" cautioned a man who lives nearby. \"Yes,\" insisted local "
        "farmers.", ["experts", "a man", "local farmers"], id="but_people_after_it_are_its_source"),
    pytest.param(
        "Dr. Imani Okoro-Bell said supplies were low. An advisory she signed and sent to clinics Monday asks them to "
        "\"keep the last units for emergencies\".", ["Imani Okoro-Bell", "Imani Okoro-Bell"],
        id="a_documents_makers_two_verbs_joined_by_and_stay_in_its_subject"),
    pytest.param(
        "Tandridge District Council published its plan. The council's own Green Belt study, published alongside the "
        "plan, concluded that most sites made only a \"weak\" contribution.", ["Tandridge District Council"],
        id="a_bodys_document_set_off_with_a_participle_is_the_bodys"),
    pytest.param(
        "Mayor Istvan Bakos said the lake was shrinking. The mayor of another lakeside village said tourists were "
        "staying away.", ["Istvan Bakos", "the mayor of another lakeside village"],
        id="a_role_held_in_another_place_is_someone_unnamed"),
    pytest.param(
        "\"Look at your partner,\" Ilona Sarkozi said with a laugh. The older woman said she never expected to see the "
        "dance in Hungary.", ["Ilona Sarkozi", "Ilona Sarkozi"], id="the_older_woman_is_the_woman_just_named"),
    pytest.param(
        "Moussa Ibrahim Garba won the title. He trained under his father, Ibrahim Garba, a former champion. \"I never "
        "reached a final,\" said Ibrahim Garba, 61.", ["Ibrahim Garba"],
        id="a_fathers_name_that_ends_his_sons_is_the_father"),
    pytest.param(
        "Marie-Claude Tremblay-Ross spent Tuesday morning in a hard hat at the Ambridge plant.\n\nBy the afternoon, "
        "Canada's consul general for the region was telling anyone who would listen that the tariffs cost jobs.",
        ["Marie-Claude Tremblay-Ross"], id="a_places_office_after_a_sentence_opening_with_a_new_name_is_that_persons"),
    pytest.param(
        "Her colleague on the Committee on Rural Affairs, Darius Kalnins (Liberal Movement – Latvian Christian "
        "Democrats), took the mayor's side, arguing that the town had been given \"nothing but promises\".",
        ["Darius Kalnins"], id="a_partys_plural_after_a_given_name_is_no_person"),
    pytest.param(
        "Jakob Penner has sold machines for fifty years.\n\nHe still slips into Low German when a bidder hesitates. It "
        "works \"better than a microphone,\" he says.", ["Jakob Penner"], id="a_languages_variety_is_no_person"),
    pytest.param(
        "Kapisanan ng Magsasaka ng Tarlac, a local farmers' association, said in a statement that the response had "
        "been \"all talk and no rice.\"", ["Kapisanan ng Magsasaka ng Tarlac"],
        id="a_name_described_as_a_body_in_lower_case_is_that_body"),
    pytest.param(
        "Aron Friesen has sold cattle since 1980.\n\nHe learned the trade from his uncle, Menno Klassen, who ran sales "
        "across the county in the 1960s and used to tell him that a good auctioneer \"talks fast but listens slower.\"",
        ["Menno Klassen"], id="a_relative_clauses_second_verb_cues_for_its_antecedent"),
    pytest.param(
        "Tidnish River Frozen Foods said it will pay 30 cents a pound. Tidnish River said the tariff has cost it two "
        "customers.", ["Tidnish River Frozen Foods", "Tidnish River Frozen Foods"],
        id="a_companys_first_words_before_two_more_are_the_company"),
    pytest.param(
        "Shift manager Darcy Lindqvist met the crew on Tuesday. Most of the lumber goes south, Lindqvist said. The new "
        "duties mean the company pays more at the border, he said.", ["Darcy Lindqvist", "Darcy Lindqvist"],
        id="a_census_gender_gives_way_to_the_pronoun_that_cues_next"),
    pytest.param(
        "Ivan and Oksana spent a year living with Ted and Marta Kowal, who farm south of town.\n\nMarta Kowal, whose "
        "grandparents homesteaded near Hazel Dell, said the family came with \"two suitcases.\"\n\nHer husband, Ted, "
        "said the couple had talked about a bakery \"from the second week.\"", ["Marta Kowal", "Ted Kowal"],
        id="a_name_after_near_is_a_place_whatever_given_name_opens_it"),
    pytest.param(
        "Arne Lund played second base until 1984. The team's manager at the time, the late Olaf Berg, asked him to "
        "take over. He said he agreed to do it \"for a year or two.\"", ["Olaf Berg", "Arne Lund"],
        id="a_pronoun_after_the_dead_mans_report_is_the_living_mans"),
    pytest.param(
        "The boat's captain, Sutrisno, said the engine had failed.\n\n\"We prayed every night,\" the captain said.",
        ["Sutrisno", "Sutrisno"], id="a_single_name_set_off_after_a_role_holds_it"),
    pytest.param(
        "Governor Rosa Quitugua signed the bill. The council's chairwoman, Min-ji Park, said bookings had slowed.\n\n"
        "\"Our partners plan six months ahead,\" she told reporters.", ["Min-ji Park", "Min-ji Park"],
        id="a_korean_given_name_written_first_then_a_family_name_that_is_a_word"),
    pytest.param(
        "Silver went to Ooloota Anguk of Team Nunavut, whose best kick came first. Anguk, 16, speaking through an "
        "interpreter, said she was proud of the medal.", ["Ooloota Anguk"],
        id="a_name_after_to_and_before_of_is_a_person_when_its_surname_has_an_age"),
    pytest.param(
        "Meera Shah, of the law firm Dunmore Lees, which represented the families, said the ruling was a warning.",
        ["Meera Shah"], id="a_person_then_a_firm_set_off_with_its_kind_and_a_which_clause_is_the_person"),
    pytest.param(
        "Mayor Jean-Paul Mbemba said the digging had to stop.\n\nOne of the sand diggers, who gave his name only as "
        "Firmin, rejected the accusation. The ravine was there long before the diggers, he argued.",
        ["Jean-Paul Mbemba", "Firmin"], id="the_one_name_a_source_gives_may_be_a_pronouns"),
    pytest.param(
        "Omar Haddad presses felt over a brass mould.\n\nHis son Sami Haddad, 41, helps in the shop on Saturdays.\n\n"
        "But the son said he had no plans to take over. The felt now costs six times as much, the older man said.",
        ["Sami Haddad", "Omar Haddad"], id="the_older_man_of_a_father_and_son_is_the_father"),
    pytest.param(
        "Among them was Rana Saleh, a Reston mother of two and a founder of the group Quiet Oakton, who said she had "
        "measured 94 decibels in her kitchen.", ["Rana Saleh"],
        id="a_person_described_as_a_founder_of_a_named_group_then_who_said_is_the_person"),
    pytest.param(
        "Kelso Ladies won the cup.\n\nAfter the match the club said the win was \"thirty years in the making\".",
        ["the club"], id="a_subject_after_an_opening_phrase_with_no_comma_starts_at_its_own_the"),
    pytest.param(
        "Ravi Patel said the Vogels posted a photo of the sign to their travel blog, \"Two Dutchmen on 66,\" and that "
        "he had taken three bookings from the Netherlands.", ["Ravi Patel"],
        id="a_blogs_name_in_title_case_is_no_quotation"),
    pytest.param(
        "The Préfecture maritime de la Manche, which co-ordinates rescues, said the yacht ‘Mor Glas’ had begun taking "
        "on water after 1am.", ["Préfecture maritime de la Manche"],
        id="a_french_prefectures_name_is_a_body_and_a_yachts_name_no_quotation"),
    pytest.param(
        "The last letter is from Ana da Silva Moreira, 84, who wrote that she has read the paper since 1969.\n\n"
        "Reached by phone Friday, Moreira said she will miss the obituaries most.",
        ["Ana da Silva Moreira", "Ana da Silva Moreira"], id="a_name_with_a_particle_after_from_is_a_person"),
    pytest.param(
        "Rep. Karl Ostby chairs the panel. Members said they were told by Ostby's office only an hour before the "
        "session that the motion would come up.", ["Members", "Ostby's office"],
        id="a_passive_agent_ends_before_only_and_a_time"),
    pytest.param(
        "Coach Mary Holt said she was proud of the team.\n\nMarr led Glen Lake with 17 points, and a late shot by "
        "Tessa Marr hit the rim.\n\nIn the stands behind the Leland bench sat Kelly Voss, Ava's mother. She said "
        "she watched overtime from the top row.",
        ["Mary Holt", "Kelly Voss"], id="a_subject_after_a_place_and_a_verb_of_posture_is_a_pronouns"),
    pytest.param(
        "Ronald Emmerson, 74, has led the team since 1978.\n\nFolk historian Dr Peter Ashby said the dance was "
        '"little short of a miracle".\n\nIt was during one of those lean years, in 1978, that Mr Emmerson took over '
        'as leader from his uncle, Harold Emmerson.\n\nHe admits he was not a natural leader.\n\n"I shouted a lot," '
        "he said.",
        ["Peter Ashby", "Ronald Emmerson", "Ronald Emmerson"], id="a_cleft_sentences_subject_after_that_is_a_pronouns"),
    pytest.param(
        'Folk historian Dr Peter Ashby said the dance was "little short of a miracle".\n\nIn 1978 Ronald Emmerson '
        'took over as leader – or "captain" – from his uncle.',
        ["Peter Ashby"], id="a_quoted_gloss_after_or_between_dashes_is_a_term"),
    pytest.param(
        "Staff were told of the plans on Monday, according to two employees who spoke on condition of "
        "anonymity.\n\nOne, an engineer with 14 years at the company, said workers had been offered a choice. "
        '"Norway might as well be the moon," he said.',
        ["two employees", "an engineer with 14 years at the company", "an engineer with 14 years at the company"],
        id="one_of_a_group_set_off_before_a_description_is_that_description_and_its_pronoun"),
    pytest.param(
        '"You cannot see inside a stone tower until you open it up," said Cllr Martin Fenwick.\n\nAsked whether any '
        "of the overspend could be recovered from the contractor, Humberside-based Ellerby Stone Restoration, he "
        'said that was "a matter for the lawyers".',
        ["Martin Fenwick", "Martin Fenwick"], id="a_name_after_where_a_body_is_based_is_the_body_no_person"),
    pytest.param(
        "Defending Connor Ward, Rebecca Shah said her client had developed a gambling addiction. He was, she said, "
        '"genuinely ashamed" and had written letters of apology to each of his victims.',
        ["Rebecca Shah", "Rebecca Shah"], id="letters_written_are_what_is_written_no_report"),
    pytest.param(
        "A report by Anthony Mercer, the council's director of environment, says the closures would save about "
        '£1.1m a year.\n\nIt acknowledges that the proposals are likely to be "unpopular".',
        ["Anthony Mercer", "Anthony Mercer"], id="it_after_a_report_given_to_its_named_author_is_the_author"),
    pytest.param(
        "A report by the council's director of resources, Marcus Tennant, says charging £1.50 could raise £92,000 a "
        "year.\n\nIt warns that without new income the council faces a gap of £640,000.",
        ["Marcus Tennant", "Marcus Tennant"], id="it_after_a_report_by_a_role_and_its_holder_is_the_holder"),
    pytest.param(
        "A report to the council's cabinet says keeping the path open would add about £1.2m to the cost.",
        ["A report"], id="a_document_opening_a_sentence_before_to_is_the_source_not_whom_it_went_to"),
    pytest.param(
        "Gordon Kerr, 61, took the stand Tuesday in Ontario Court, where he is on trial on charges of careless use "
        "of a firearm.\n\nNatalie Fraser suggested the drone was over the Boyd property. The accused disagreed, "
        'saying it had "come right across the fence line".',
        ["Natalie Fraser", "Gordon Kerr"], id="the_accused_is_the_one_person_said_to_be_on_trial"),
    pytest.param(
        'Parents have won a high court challenge, after a judge ruled that the consultation was "so flawed as to be '
        'unlawful".\n\nMrs Justice Okafor-Lane quashed the decision.\n\nIn her judgment, the judge said the council '
        "had misled parents.",
        ["a judge", "Okafor-Lane"], id="an_unnamed_sources_noun_is_the_holder_of_the_role_named_since"),
    pytest.param(
        "Ahead of the hearing, the Hopi Cultural Preservation Office sent the court a letter describing the panel "
        'as part of a "living record" of clan migrations.',
        ["Hopi Cultural Preservation Office"], id="a_two_word_preposition_opening_a_sentence_is_no_subject"),
    pytest.param(
        'ANGUS LINDSAY opened the bakery on the square in 1989 and still lights the ovens at four.\n\n"I never '
        'meant to stay this long," Mr Lindsay said.\n\nHe said the bakery would close on Christmas Eve.',
        ["Angus Lindsay", "Angus Lindsay"], id="a_name_set_in_capitals_opening_a_lead_is_the_name_a_title_gives_later"),
    pytest.param(
        "Dr Colin Baird, a marine ecologist, said the counts were rare.\n\nHer successor as the Saturday counter is "
        'Stonehaven teenager Euan Ritchie, 15, who has walked the beach with her since June.\n\n"She is very strict '
        'about the notebook," he said.',
        ["Colin Baird", "Euan Ritchie"], id="a_description_then_is_puts_the_subject_named_after_it"),
    pytest.param(
        "The kits were posted in March. Among the first to send one back was Tam Lennox, 67, a retired miner from "
        'Dalmellington.\n\nHis wife, Jean Lennox, said she had nagged him every morning.\n\n"Don\'t leave it in the '
        'drawer," Mr Lennox said.',
        ["Jean Lennox", "Tam Lennox"], id="a_rare_census_gender_yields_to_the_pronoun_opening_the_next_sentence"),
    pytest.param(
        "Graham Dorward was fined £12,000 at Banff Sheriff Court.\n\nOutside court, one of the growers who had been "
        'underpaid, who asked not to be named, said the money was "only half the story".\n\n"It\'s the fact that he '
        'was doing this," he said.',
        ["one of the growers who had been underpaid", "one of the growers who had been underpaid"],
        id="one_of_a_group_with_a_relative_clause_is_one_unnamed_person"),
    pytest.param(
        "Wick councillors Morag Sinclair and Alasdair Gunn, who voted against refusal, said in a joint statement "
        "that the committee had missed a chance.",
        ["Morag Sinclair & Alasdair Gunn"], id="two_names_joined_before_a_relative_clause_are_a_joint_source"),
    pytest.param(
        "Graham Dorward, 58, was charged with altering the calibration of two meters.\n\nSheriff Alasdair Rennie "
        "said he had taken the early plea into account.\n\nDorward was fined £12,000.\n\nOutside court, one of the "
        'growers who had been underpaid, who asked not to be named, said the money was "only half the '
        'story".\n\n"You don\'t get that back with a cheque," he said.',
        ["Alasdair Rennie", "one of the growers who had been underpaid", "one of the growers who had been underpaid"],
        id="a_subject_named_before_one_unnamed_person_spoke_is_not_he"),
    pytest.param(
        "Ione Marsh, 91, said she still prints every morning.\n\nMarsh's early work was not universally admired. A "
        'critic for the Harbor Advocate wrote in 1967 that her harbor scenes were "all nerve and no caution."\n\n"I '
        'thought it was the nicest thing anybody ever said about me," she said.',
        ["Ione Marsh", "A critic for the Harbor Advocate", "Ione Marsh"], id="one_who_wrote_is_not_there_to_be_she"),
    pytest.param(
        "None of the patients is in danger, according to Dr Hinatea Vairaa, the doctor in charge of the medical "
        'centre.\n\nThe bride, Moeata Tehahe, 27, spent Sunday on a drip herself. "We will remember our wedding," '
        "she says.\n\nOn Monday, several guests asked Dr Vairaa whether they would be able to eat fish "
        "again.\n\nShe said they should avoid fish for several weeks.",
        ["Hinatea Vairaa", "Moeata Tehahe", "several guests", "Hinatea Vairaa"],
        id="the_one_asked_by_name_is_she_opening_the_next_sentence"),
    pytest.param(
        'Defence counsel Peter Ohaitoro of the Public Solicitor\'s Office said his client had "lost everything".',
        ["Peter Ohaitoro"], id="counsel_is_a_role_before_a_name"),
    pytest.param(
        "When Chelsea Thomas first swam a length of the Jamestown pool, she had never seen a lane rope.\n\nFour "
        "years later, the Longwood teenager has become the first St Helena swimmer in a decade to make a qualifying "
        'time for the Island Games, where she will race in the 50 metres.\n\n"The sea was my pool until I was '
        'twelve," she said.',
        ["Chelsea Thomas"], id="a_saints_place_after_a_lower_case_word_is_no_person"),
    pytest.param(
        "The land belongs to Neil and Marta Sorensen, who farm 2,400 acres with their son.\n\nSpeaking outside the "
        'courthouse, Neil Sorensen said the fine was fair.\n\n"They hauled away a lot of dirt," he said. "But that '
        'slough had ducks on it every spring of my life. It has not had a duck in two years."\n\nThe couple said '
        "they learned about the leak from their neighbour.",
        ["Neil Sorensen", "Neil Sorensen", "Neil Sorensen", "Marta Sorensen & Neil Sorensen"],
        id="the_couple_is_the_two_named_in_full_with_the_last_surname"),
    pytest.param(
        "Parents at six village schools have protested against the closures.\n\nAnna Berg, who has two children at "
        "the school in Nyvattnet, says the bus ride would take two hours.\n\nHer husband, Johan Berg, says closing "
        'the school would be "the beginning of the end" for the village.\n\nThe parents argue that the municipality '
        "has not properly investigated the consequences for the children.",
        ["Anna Berg", "Johan Berg", "the parents"], id="the_parents_are_a_group_not_the_two_of_the_last_surname"),
    pytest.param(
        "Plans to move the statue have sparked a row with Moray Council.\n\nA draft masterplan for the town centre, "
        "published by the council for consultation last week, states that the statue should be moved.",
        ["Moray Council"], id="a_document_about_something_published_by_a_body_is_the_bodys"),
    pytest.param(
        "AUKI, Malaita Province (Solomon Star) – Dengue cases in Auki have tripled in a month, the provincial "
        "health director said on Monday.",
        ["the provincial health director"], id="an_outlet_in_brackets_in_a_dateline_is_no_person"),
    pytest.param(
        "KIRAKIRA, Makira Province – Malaria cases have doubled in a month, the provincial health director said on "
        "Monday, as health workers began spraying.\n\nThe director, Dr Rose Tagini, told reporters that the "
        "hospital had recorded 126 cases.",
        ["Rose Tagini", "Rose Tagini"], id="a_leads_source_then_a_clause_of_time_is_the_person_named_next"),
    pytest.param(
        "An Estonian timber company is to build a £9 million import terminal at the docks, bringing up to 60 "
        "jobs.\n\nSaaremaa Lumber, based in the town of Rakvere, will lease a 4.2-hectare site at the "
        "port.\n\nCouncillors on the planning committee approved the scheme on Tuesday after a two-hour "
        "debate.\n\nResidents of the nearby streets had objected to the noise of lorries and the loss of a "
        "footpath.\n\nThe port has handled timber since the 1820s, when the first sawmills opened along the "
        "river.\n\nWork on the new store is due to start in the spring, with the first ships arriving next "
        "autumn.\n\nThe terminal is expected to employ about 45 people, according to the company’s planning "
        "statement.",
        ["Saaremaa Lumber"],
        id="the_company_far_from_its_name_is_the_body_the_lead_or_the_next_paragraph_opens_with"),
    pytest.param(
        "A village shop has won a contract. Dunbar's of Moffat, run by husband and wife Morag and Neil Dunbar from "
        'a former bank, will supply 400 hampers. "We thought it was a prank," said Mrs Dunbar. Mr Dunbar said they '
        "would hire two staff. The couple said the paperwork had been the hardest part.",
        ["Morag Dunbar", "Neil Dunbar", "Morag Dunbar & Neil Dunbar"], id="husband-and-wife"),
    pytest.param(
        "The council voted to grant a lease. Council leader Ardak Temir, who voted for it, said the beach was not "
        'being sold. "Nobody is putting up a fence," Cr Temir told the meeting. The petition was organised by the '
        'Women\'s Association, whose president, Zarina Temir, is a cousin of the leader. "My cousin says there '
        'will be no fence," Ms Temir said.',
        ["Ardak Temir", "Ardak Temir", "Zarina Temir"], id="councillor-not-ms"),
    pytest.param(
        "Among the entrants are sisters Edna Kowalyk and Elsie Kowalyk, 81, of Kerrobert. Elsie Kowalyk said the "
        'pair took up curling at 75, and that their physiotherapist in Kerrobert had told them to "slow down." "My '
        'knees are new, my slide is not," she said.',
        ["Elsie Kowalyk", "their physiotherapist in Kerrobert", "Elsie Kowalyk"], id="owned-person-in-place"),
    pytest.param(
        "It was for Tomasi Lolohea, the 61-year-old referee, who was taking charge of his last match. Mr Lolohea "
        "first refereed in 1988. Sione Lolohea, 27, the referee's son, played for the losing side. The younger "
        "Lolohea said his father had never once given him a penalty.",
        ["Sione Lolohea"], id="aged-appositive"),
    pytest.param(
        "Her husband, Kaiea Tong, said he had not been paid. One of the three women in the crew, a 24-year-old from "
        "Tabiteuea who asked to be identified only by her first name, Nei, because she feared she would not be "
        'hired again, said she had sent most of her wages home. "I was too ashamed to tell my family," she said.',
        ["Kaiea Tong", "Nei", "Nei"], id="identified-only-by-first-name"),
    pytest.param(
        "Residents are angry about the landfill. Glenkindie and Towie Community Council, which organised the "
        "meeting, has lodged a formal objection. The community council's written objection, submitted to the "
        "planning service last week, states that the application contains no assessment of odour.",
        ["Glenkindie and Towie Community Council"], id="two-word-kind-owned-document"),
    pytest.param(
        "Prairie Basin Carbon Line, a Minot-based company formed last year, wants to build about 90 miles of pipe. "
        "Its manager, Tor Lund, said the company expects to file by the end of the year. The company's website says "
        "it will hold open houses in Stanley this summer.",
        ["Tor Lund", "Prairie Basin Carbon Line"], id="company-formed"),
    pytest.param(
        "The court fined the skipper. The trawler's operator, the Bilbao-based Pesqueras Cantábricas del Norte, "
        "said in a statement that it had no knowledge of the false entries.",
        ["Pesqueras Cantábricas del Norte"], id="description-then-the-body"),
    pytest.param(
        "The port authority wants a lentil plant. The authority commissioned a feasibility study from Coulee Ag "
        "Analytics, a Havre consulting firm, last winter. The study estimated that growers planted about 200,000 "
        "acres of lentils in a typical year.",
        ["Coulee Ag Analytics"], id="commissioned-from"),
    pytest.param(
        "A memo from city attorney Dana Rusk, included in the council packet, said state law leaves it to each city "
        "to decide. It warned that the city could face claims.",
        ["Dana Rusk", "Dana Rusk"], id="bare-form-noun-tense"),
    pytest.param(
        "MIQUELON (L'Écho des Caps) — The labour tribunal of Saint-Pierre-et-Miquelon on Thursday ordered the fish "
        "plant to pay €200,000 to nine former workers, ruling that the company had dismissed them without valid "
        "grounds.",
        ["the labour tribunal of Saint-Pierre-et-Miquelon"], id="outlet-dateline-any-case"),
    pytest.param(
        "Søren Vestergaard had never heard of Minot. Instructor Dale Haugen said the students wanted to know how a "
        'person becomes a millwright. Through his son, Vestergaard told them to "find an old man and carry his '
        'tools."',
        ["Dale Haugen", "Søren Vestergaard"], id="surname-after-kin-adjunct"),
    pytest.param(
        "The firm signed a deal. The Town of Kindersley also welcomed the agreement. Mayor Rod Perrault said "
        "council had tried for years to attract such jobs.",
        ["Town of Kindersley", "Rod Perrault"], id="the-town-of"),
    pytest.param(
        "The Shire voted to lease the jetty to the Perth-based dive company Reefline Tours.\n\nThe lease runs for 15 "
        "years.\n\nThe vote was 5-2.\n\nCr Amin Yusof said the lease was rushed.\n\n\"This was decided quickly,\" "
        "Cr Yusof said in Cocos Malay.\n\nIn a post on its Instagram account, the company wrote that it was grateful "
        "for the community's patience.",
        ["Amin Yusof", "Amin Yusof", "Reefline Tours"], id="sentence-end-name-no-body"),
    pytest.param(
        "Mr Aldridge, known to clubmates as Postie, was a founder member of the Vale of Evesham Wheelers. The club "
        "said on its Facebook page that members would ride his favourite 60-mile loop.",
        ["Vale of Evesham Wheelers"], id="member-of-body"),
    pytest.param(
        "In a letter to commissioners, deputies Arlen Voss and Cody Manske wrote that they were leaving for "
        "jobs that pay \"$6 more an hour.\" Voss has taken a job in Great Falls.",
        ["Arlen Voss & Cody Manske"], id="joint-lower-case-plural-title"),
    pytest.param(
        "The coastguard confirmed it had been called. The Seamen's Mission said its chaplain was with the "
        "families.",
        ["the coastguard", "Seamen's Mission"], id="mission-body"),
    pytest.param(
        "Tam Gilchrist, secretary of the Eyemouth Creel Association, said the closure was \"a sair blow\" for "
        "the harbour.\n\n\"These are family boats,\" Mr Gilchrist said.",
        ["Tam Gilchrist", "Tam Gilchrist"], id="census-cut-off-name-and-title"),
    pytest.param(
        "The lawyer, Colin Rusk of Yorkton, said the ruling should be read by every family.\n\nA rancher whose "
        "land borders theirs to the east, who asked not to be named because his daughter works at the plant, "
        "said he had his own well tested.\n\n\"I am glad for them,\" he said.",
        ["Colin Rusk", "A rancher whose land borders theirs to the east",
         "A rancher whose land borders theirs to the east"], id="unnamed-whose-then-anonymity"),
    pytest.param(
        "Lifeboat coxswain Ewan Brodie said conditions had been \"pretty lumpy\".\n\nOne retired skipper "
        "watching from the pier, who did not want to be named, said the Morning Star was \"a good sea boat\" "
        "that had been well kept.\n\n\"You will hear folk say she was an old boat,\" he said.",
        ["Ewan Brodie", "One retired skipper watching from the pier", "One retired skipper watching from the pier"],
        id="one-participle-person-noun"),
    pytest.param(
        "Growers face losses after a Korean buyer rejected nine containers of the crop at Busan last week, "
        "saying tests had found traces of a fungicide.\n\nThe buyer, Hanbit Fresh Produce, told exporters in a "
        "letter dated 2 May that the crop could not be accepted.",
        ["Hanbit Fresh Produce", "Hanbit Fresh Produce"], id="nationality-before-lead-noun"),
    pytest.param(
        "Lifeboat coxswain Ewan Brodie said conditions had been \"pretty lumpy\".\n\nOne retired skipper "
        "watching from the pier, who did not want to be named, said the Silver Dawn was \"a good sea boat\" "
        "that had been well kept.\n\n\"You will hear folk say she was an old boat,\" he said.",
        ["Ewan Brodie", "One retired skipper watching from the pier", "One retired skipper watching from the pier"],
        id="vessel-after-the"),
    pytest.param(
        "Chairman of the landowners' association, Mr Peni Tovua, told reporters that bulldozers had pushed a "
        "road across the river.\n\nKolombangara Logging's camp manager, who gave his name only as Mr Wong, "
        "denied the company had entered the catchment.\n\n\"We are working inside our licence,\" he said by "
        "phone.",
        ["Peni Tovua", "Wong", "Wong"], id="named-only-as-set-off"),
    pytest.param(
        "That lady was 88-year-old Ella Baird, of Annan, who says she is \"quite certain\" that a young woman "
        "at the fair is her grandmother, Agnes Baird.\n\n\"That is my granny,\" Mrs Baird told the Courier.",
        ["Ella Baird", "Ella Baird"], id="owner-before-owned-kin-with-title"),
    pytest.param(
        "Chairman of the Fiji Ginger Exporters Council, Mr Joeli Vakarau, said the council had followed every "
        "instruction.\n\nA spokesperson for the importer said samples had been tested twice.\n\nAsked whether "
        "the council would still ship to Japan next season, the council chairman said: \"We will have to.\"",
        ["Joeli Vakarau", "A spokesperson for the importer", "Joeli Vakarau"], id="office-of-body-set-off-before-name"),
    pytest.param(
        "Mere Tawhai said she now asks her son to send money.\n\nA retired schoolteacher next door, who did not "
        "want to be named, said she had stopped using transfer shops altogether.\n\n\"It is not safe, I know,\" "
        "the woman said.",
        ["Mere Tawhai", "A retired schoolteacher next door", "A retired schoolteacher next door"],
        id="unnamed-next-door"),
    pytest.param(
        "The Custer County Weed District sprays about 3,000 acres a year.\n\nThe district's annual report said "
        "leafy spurge along the river had spread.",
        ["Custer County Weed District"], id="district-named-as-place-head"),
    pytest.param(
        "Reeve Arne Dahl said the counts were taken in March. He warned that the RM would ask the agency for an "
        "order.\n\n\"A field you can see from the kitchen window\"\n\nGord Mazur farms 2,800 acres on both "
        "sides of the main line.\n\n\"Twenty extra kilometres to seed a field you can see from the kitchen "
        "window,\" he said.",
        ["Arne Dahl", "Arne Dahl", "Gord Mazur", "Gord Mazur"], id="subheading-said-again-later"),
    pytest.param(
        "FUNAFUTI – The Member of Parliament for Niutao, Hon. Pita Lauti, has accused the ministry of \"leaving "
        "the north to fend for itself\".\n\nThe minister, Hon. Seve Taupo, said the ship would sail next "
        "week.\n\nThe MP told reporters he would call for a vote of no confidence.",
        ["Pita Lauti", "Seve Taupo", "Pita Lauti"], id="member-of-parliament-is-the-mp"),
    pytest.param(
        "Presenting the paper, the Portfolio Holder for Fisheries, MLA Rhona Pitaluga, told the Assembly that "
        "fewer licences were \"the price of a healthy stock\".\n\nHer fellow member, MLA Duncan Biggs, said the "
        "quota should be reviewed.\n\nThe Portfolio Holder said she would hold a public meeting in the Fox Bay "
        "hall next month.",
        ["Rhona Pitaluga", "Duncan Biggs", "Rhona Pitaluga"], id="title-set-off-before-mla"),
    pytest.param(
        "The drive, held each fall since 1966, moves the herd, according to a spokeswoman for North Dakota "
        "Game, Fish and Parks.\n\nA spokesman for Kansas Wildlife, Parks and Tourism said about 60 riders take "
        "part each year.",
        ["a spokeswoman for North Dakota Game, Fish and Parks", "A spokesman for Kansas Wildlife, Parks and Tourism"],
        id="listed-fields-after-a-spokeswoman"),
    pytest.param(
        "The Carter County Fossil Society dug the bones out in October.\n\nAccording to the society's field "
        "notes, the leg and hip were wrapped in plaster jackets on Oct. 11.\n\nThe clerk had been heard fairly, "
        "the South Dakota Supreme Court wrote in a unanimous opinion.\n\n\"The Constitution guarantees a public "
        "employee a fair hearing,\" the opinion said.",
        ["Carter County Fossil Society", "South Dakota Supreme Court", "South Dakota Supreme Court"],
        id="notes-and-opinion-documents"),
    pytest.param(
        "An engineer's report prepared for the county by Red Lake Engineering of Grand Forks City found that "
        "the culvert was too small.\n\nThe report said most of the added water would pass downstream within two "
        "days.",
        ["Red Lake Engineering", "Red Lake Engineering"], id="owned-document-made-by-firm-of-place"),
    pytest.param(
        "The complaint, filed Oct. 28 in the 16th Judicial District Court by Dale and Renee Hofer, says a "
        "conductor on a line crossing their pasture had sagged for months.",
        ["Dale Hofer & Renee Hofer"], id="document-made-by-two-named-together"),
    pytest.param(
        "Rector Oksana Hnatiuk said the exchange would begin in the fall.\n\nThe agreement, signed by Hnatiuk "
        "and Kari Lindgren, NDSU Fargo's director of international programs, says the two schools will share "
        "course materials.",
        ["Oksana Hnatiuk", "Oksana Hnatiuk & Kari Lindgren"], id="joint-then-owners-role"),
    pytest.param(
        "The South Dakota Supreme Court on Thursday upheld the firing of the town's police chief.\n\nHis "
        "attorney had argued that two council members showed bias. The justices disagreed, writing that the "
        "remarks did not show a closed mind.",
        ["His attorney", "South Dakota Supreme Court"], id="judges-as-their-court"),
    pytest.param(
        "\"They will just park across my drive,\" said one man in Kirkhill Road.",
        ["one man in Kirkhill Road"], id="inverted-unnamed-and-where-they-live"),
    pytest.param(
        "A retired engineer from Penzance, sailing his own sloop single-handed, said the landing rules were "
        "\"the most complicated in the Atlantic\".\n\nA retired farmer from Truro, walking the coast path, said "
        "the fees were too high.",
        ["A retired engineer from Penzance", "A retired farmer from Truro"], id="unnamed-then-what-they-were-doing"),
    pytest.param(
        "The Island Remittance Monitor, a twice-yearly survey compiled by the Wellington-based Tasman Payments "
        "Institute, found that the average cost of sending money had risen.",
        ["Tasman Payments Institute"], id="titled-document-then-maker"),
    pytest.param(
        "Prairie Ridge Oil Ltd. was placed into receivership in July.\n\nThe receiver, Kestrel Insolvency Inc., "
        "wrote in its first report that unsecured creditors should not expect a meaningful recovery.\n\nThe "
        "receiver's report says 212 of the company's wells are inactive, and the receiver has asked the court "
        "for permission to sell the wells.",
        ["Kestrel Insolvency Inc.", "Kestrel Insolvency Inc.", "Kestrel Insolvency Inc."],
        id="kind-set-off-before-a-body"),
])
def test_rules_written_from_the_seventy_third_session_on(text, speakers):
    # one text of my own (names changed) for each rule, the rule named by the id; each seen to fail without its rule
    assert body_speakers(text) == speakers


def test_a_leads_role_description_is_the_first_holder_of_the_role_named_after_it():
    # (a text of my own, names changed; a headline and a byline, as the article the rule was written from has)
    text = ("Tram scheme scrapped in 'act of economic vandalism', says council leader\n\nBy Harriet Mace, BBC News\n\n"
            "Plans for a £410m tram network in Stoke-on-Trent have been scrapped by the government, with the leader of "
            "the city council calling the decision \"an act of economic vandalism\".\n\nBut Gareth Mowbray, the Labour "
            "leader of Stoke-on-Trent City Council, said the authority had spent £14m on the plans.\n\nMr Mowbray "
            "rejected that characterisation, saying the cost increases were the result of \"construction inflation\"."
            "\n\nLorraine Bagley, chief executive of Staffordshire Chambers of Commerce, said firms had invested in "
            "the valley.\n\nAsked whether the council would take legal action, Mr Mowbray said: \"Nothing is off the "
            "table.\"")
    out = rows(text)
    assert out.loc[out["speaker_mention"] == "the leader of the city council", "speaker"].tolist() == ["Gareth Mowbray"]

def test_state_before_an_office_and_a_name_after_a_quotation_is_no_cue():
    text = ('"This is a big year for our county!" Hale\'s niece, state Del. Cora Pitts, shouted to the crowd. "We have '
            'to show that we have his back."')
    assert body_speakers(text)[0] == "Cora Pitts"


def test_a_noun_phrase_after_a_quoted_description_is_no_inverted_source():
    text = 'Maria Ostby is describing as "unhinged" a Tom Garr tweet attacking a former beauty queen.'
    assert body_speakers(text) == ["Maria Ostby"]
    # a plural subject opening with "a" still takes its verb's bare form, and so do names opening with "An"
    assert body_speakers('"We will not move," a few residents say.') == ["a few residents"]
    assert body_speakers('"We will not move," Anneke Vos and Brendan Holt say.') == ["Anneke Vos & Brendan Holt"]


@pytest.mark.parametrize("before, name, rest", [
    ("Public Prosecutor", "Siti Rahmah Zainal Abidin", "said the case against the men was strong."),
    ("Senior Prosecutor", "Siti Rahmah Zainal Abidin", "said the case against the men was strong."),
    ("Mayor Pro Tem", "Delia Markowski", "said the town would act on parking."),
    ("Senate President Pro Tempore", "Delia Markowski", "said the town would act on parking."),
    ("New Zealander", "Aroha Whaanga", "said the final climb was the hardest of the race."),
    ("New Yorker", "Aroha Whaanga", "said the final climb was the hardest of the race.")])
def test_words_leading_a_name_are_no_part_of_it(before, name, rest):
    # a word qualifying a role, "Pro Tem" after an office, a nationality of two words
    assert body_speakers(f"{before} {name} {rest}") == [name]


def test_a_past_participle_opening_a_sentence_is_no_subject():
    text = ('Mere Paku has shorn sheep for 20 years. "It never gets easier," she said. Known around the sheds as '
            '"Wiri", she stands a little over 1.6 metres and says she has learned to use leverage.')
    assert body_speakers(text) == ["Mere Paku", "Mere Paku"]
    text = "Based in Leeds, the agency employs 40 people and said it would appeal against the ruling."
    assert body_speakers(text) == ["the agency"]


def test_one_name_set_off_after_the_office_its_holder_has_is_a_person():
    text = "Speaking through an interpreter, the trawler’s skipper, Suyatno, said the engine had failed at sea."
    assert only("Headline\n\n" + text).speaker == "Suyatno"
    # not after a body's noun: "The company, Hartwell," is the body named
    assert body_speakers("The company, Hartwell, said the engine had failed.") == ["the company, Hartwell"]


@pytest.mark.parametrize("source", ["A Lord Bute fishing guide", "A Lord Howe tour guide"])
def test_a_name_before_an_occupation_after_a_is_a_modifier(source):
    text = f"{source}, who did not want to be named, said the case had been the talk of the jetty."
    assert body_speakers(text) == [source]


def test_two_given_names_sharing_a_surname_after_a_clause_word_are_a_couple():
    text = ("When Dale and Marit Sorlie posted a notice on the shop door in August saying the store would close, "
            "the phone started ringing.\n\nThe Sorlies, who have run the store since 1994, say they are ready to "
            "retire.")
    assert body_speakers(text) == ["Dale Sorlie & Marit Sorlie"] * 2


def test_offices_given_by_a_verb_with_by_or_by_a_copula_after_the_name_are_held():
    text = ("The grants panel is chaired by Rob Dunn, a retired bank manager, whose cousin, Iain Dunn, is the current "
            "captain of Kirkhope Golf Club.\n\nThe panel chairman denied that he had a conflict of interest.\n\n"
            "Iain Dunn said the club had applied in good faith.\n\n"
            "'Come up the hill and see the place,' the club captain added.")
    assert body_speakers(text) == ["Rob Dunn", "Iain Dunn", "Iain Dunn"]


@pytest.mark.parametrize("when", ["Late on Wednesday", "Early this morning,"])
def test_late_or_early_then_a_time_opening_a_sentence_is_no_subject(when):
    text = (f"Rob Dunn chairs the panel.\n\n{when} the panel chairman issued a statement saying he would ask the "
            "trustees for a review.")
    assert body_speakers(text) == ["Rob Dunn"]


def test_the_head_of_a_description_read_as_a_person_goes_on_naming_them():
    lede = ("A Kemptville dairy farmer says a neighbour's drone had been buzzing his calf barn for most of a summer."
            "\n\nDouglas Reid, 61, took the stand Tuesday in Ontario Court in Brockville.\n\n"
            "The Crown alleges Reid fired two shots at a drone flown by his neighbour, Tyler Boyd.\n\n")
    text = lede + "The farmer testified that his calves had bolted into a steel gate twice that summer."
    assert body_speakers(text) == ["Douglas Reid", "Crown", "Douglas Reid"]
    # not after another one of that kind spoke unnamed
    text = lede + ("A farmer from the next concession, who asked not to be named, said drones were a nuisance.\n\n"
                   "\"They come every day,\" the farmer said.")
    assert body_speakers(text) == ["Douglas Reid", "Crown", "A farmer from the next concession",
                                   "A farmer from the next concession"]


@pytest.mark.parametrize("noun", ["the last reading", "the day's reading"])
def test_an_ing_noun_before_a_colon_is_no_cue_the_verb_before_is(noun):
    text = ("Neil Brandt said it was the first award.\n\nOn her final report form, mailed to Great Falls on Oct. 2, "
            f"Ruth Aasen wrote a line in the margin beside {noun}: \"Thank you for letting me do this.\"")
    assert body_speakers(text) == ["Neil Brandt", "Ruth Aasen"]


def test_the_coroner_is_the_one_coroner_the_article_names_even_later():
    text = ("An inquest in Flax Bourton heard on Tuesday that Mrs Tovey had waited nine hours for an ambulance.\n\n"
            "Paramedic Owen Price said crews had been queuing outside hospitals.\n\n"
            "The coroner asked Dr Nadia Ferris whether the delay had contributed to the death.\n\n"
            "Dr Ferris said it was \"more likely than not\" that it had.\n\n"
            "Recording a narrative conclusion, assistant coroner Helen Pryce-Jones said the woman died from "
            "pneumonia.")
    assert body_speakers(text)[1] == "Helen Pryce-Jones"


@pytest.mark.parametrize("firm", ["Hartley's Bakery", "Dunmore's Brewery"])
def test_a_firm_named_after_its_owner_and_its_trade_is_what_the_firm_stands_for(firm):
    text = f"{firm} will leave its cramped site on Mill Road for a new unit. The firm says the move will create jobs."
    assert body_speakers(text) == [firm]


def test_two_names_each_after_a_place_and_a_role_are_joint_speakers():
    text = ("Two councillors who voted against the amendment, Arorangi representative Tane Purua and Ngatangiia "
            "representative Mere Tangaroa, said the island had not been consulted.")
    assert body_speakers(text) == ["Tane Purua & Mere Tangaroa"]
    # one body's name with "and" in it, then a role and one person: one speaker
    assert body_speakers("Keswick Show and Sports committee chairman Neil Bowes said the show would go ahead.") \
        == ["Neil Bowes"]
