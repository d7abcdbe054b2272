"""Quote extraction: one test per capability, each on a small text written here (British and American styles).

Expected values come from reading the texts below, not from running the extractor.
"""
import pandas as pd
import pytest

from analysis.quotes import COLUMNS, extract_article, extract_quotes
from analysis.quotes.marks import quote_spans
from analysis.units import paragraph_spans


def rows(text):
    return extract_article(text, "t")


def quotes_of(text):
    """The rows ``extract_quotes`` gives a one-article corpus of ``text`` (its canonical speakers included)."""
    return extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)


def speakers_and_texts(body):
    """``[speaker, text]`` of each row of an article with a headline and ``body``."""
    return rows("Headline\n\n" + body)[["speaker", "text"]].values.tolist()


def texts_of(body):
    """The text of each row of an article with a headline and ``body``."""
    return rows("Headline\n\n" + body)["text"].tolist()


def after_a_sentence(text):
    """:func:`speakers_and_texts` of ``text`` after a first sentence that reports nothing (so ``text`` does not open
    the article)."""
    return speakers_and_texts("The plan was announced. " + text)


def only(frame, text_part):
    hit = frame[frame["text"].str.contains(text_part, regex=False)]
    assert len(hit) == 1, f"expected one row containing {text_part!r}, got:\n{frame[['kind', 'text', 'speaker']]}"
    return hit.iloc[0]


def test_columns_and_offsets_point_into_the_text():
    text = 'Mr Blair said: "We will win."'
    out = rows(text)
    assert list(out.columns) == COLUMNS
    row = only(out, "We will win")
    assert text[row["start"]:row["end"]] == row["text"] == "We will win."
    assert row["n_words"] == 3 and row["paragraph"] == 0


# -- quote marks -----------------------------------------------------------------------------------------------

def test_curly_double_quotes():
    row = only(rows("“The talks are over,” the minister said."), "talks")
    assert row["text"] == "The talks are over," and row["kind"] == "direct"


def test_straight_double_quotes():
    row = only(rows('"The talks are over," the minister said.'), "talks")
    assert row["text"] == "The talks are over,"


def test_british_single_quotes_told_apart_from_apostrophes():
    text = ("Israel’s envoy, Mr Cohen, spoke in the ’90s style of Chirac's aides.\n\n"
            "'We don't accept Britain's position,' Mr Cohen said. 'The voters' choice is clear.'")
    out = rows(text)
    assert set(out["text"]) >= {"We don't accept Britain's position,", "The voters' choice is clear."}
    assert not out["text"].str.contains("90s").any()
    assert (out.loc[out["kind"] == "direct", "speaker"] == "Mr Cohen").all() or \
        (out.loc[out["kind"] == "direct", "speaker"] == "Cohen").all()


def test_curly_single_quotes():
    row = only(rows("‘It is over,’ said Ms Hewitt."), "over")
    assert row["text"] == "It is over," and row["speaker_mention"] == "Ms Hewitt"


def test_doubled_apostrophes_as_quotes():
    row = only(rows("''It is over,'' said Douglas Smith."), "over")
    assert row["text"] == "It is over," and row["speaker"] == "Douglas Smith"


def test_closing_mark_typed_to_open_a_paragraph_opens_its_quote():
    # some pages type the opening mark as ”: at the start of a paragraph or line it cannot close anything
    text = ("Readers wrote in.\n\n”We are tired of this race. It never ends.” ― Ana Ruiz\n"
            "”Vote early,” said Tom Reed.\n\n” … and then it rained,” he said.")
    spans = [(text[q.start:q.end], q.closed) for q in quote_spans(text, paragraph_spans(text))]
    assert spans == [("We are tired of this race. It never ends.", True), ("Vote early,", True),
                     (" … and then it rained,", True)]
    assert only(rows(text), "tired")["speaker"] == "Ana Ruiz"


def test_opening_mark_typed_to_close_a_quote_closes_it():
    # “It's unusual,“ said X: after punctuation and before a space, an opening mark cannot open anything
    text = "“It's unusual,“ said Lena Ortiz. “It is hard to do.”\n\n“We won,“ she said. “Now we rest.“"
    spans = [(text[q.start:q.end], q.closed) for q in quote_spans(text, paragraph_spans(text))]
    assert spans == [("It's unusual,", True), ("It is hard to do.", True), ("We won,", True),
                     ("Now we rest.", True)]
    assert set(rows(text)["speaker"]) == {"Lena Ortiz"}


def test_multi_sentence_quote():
    text = '"We are ready. We have the votes. We will win," said Nancy Pelosi.'
    row = only(rows(text), "We are ready")
    assert row["text"] == "We are ready. We have the votes. We will win,"
    assert row["speaker"] == "Nancy Pelosi" and row["kind"] == "direct"


def test_quote_over_several_paragraphs_reopened_each_paragraph():
    text = ('Gordon Brown said: "The economy is strong.\n\n'
            '"Inflation is low.\n\n'
            '"Growth is steady."\n\n'
            'The Tories disagreed.')
    out = rows(text)
    direct = out[out["kind"] == "direct"]
    # one attribution per paragraph (issue 11), the reopening mark left out, one speaker
    assert direct["text"].tolist() == ["The economy is strong.", "Inflation is low.", "Growth is steady."]
    assert direct["paragraph"].tolist() == [0, 1, 2]
    assert set(direct["speaker"]) == {"Gordon Brown"}
    assert [text[s:e] for s, e in zip(direct["start"], direct["end"])] == direct["text"].tolist()


def test_unclosed_quote_stops_at_its_paragraph():
    text = ('Jane Doe said: "We will fight on.\n\n'
            'The council voted on Tuesday. Nobody else spoke.')
    spans = quote_spans(text, paragraph_spans(text))
    assert len(spans) == 1 and spans[0].end <= text.index("\n\n") and not spans[0].closed
    assert not rows(text)["text"].str.contains("council").any()


def test_unclosed_quote_reopened_in_the_next_paragraph_ends_at_the_next_opening_mark():
    text = ('Ruth Kelly told the BBC: "It is important to support teachers. "We have made huge progress on the '
            'difficult cases.\n\n"But what parents want is less disruption in class. "I would like to see more."')
    out = rows(text)
    assert "We have made huge progress on the difficult cases." in out["text"].tolist()
    assert "But what parents want is less disruption in class." in out["text"].tolist()


def test_stray_marks_do_not_crash_or_swallow():
    text = 'He is 6\'2" tall. "\n\nThe rest\' of the " article, is plain.\n\n"'
    out = rows(text)
    paras = paragraph_spans(text)
    for s, e in zip(out["start"], out["end"]):
        assert any(ps <= s and e <= pe for ps, pe in paras)


# -- cue positions -------------------------------------------------------------------------------------------

def test_cue_after_the_quote():
    row = only(rows('"No deal," Boris Johnson told reporters.'), "No deal")
    assert row["speaker"] == "Boris Johnson" and row["cue"] == "told"


def test_cue_after_inverted():
    row = only(rows('"No deal," said the prime minister, Boris Johnson.'), "No deal")
    assert row["speaker"] == "Boris Johnson" and row["cue"] == "said"


def test_cue_before_with_colon():
    row = only(rows('Sir Digby Jones added: "Stability is the key word."'), "Stability")
    assert row["speaker"] == "Sir Digby Jones" or row["speaker"] == "Digby Jones"
    assert row["cue"] == "added" and row["kind"] == "direct"


def test_cue_before_with_comma():
    row = only(rows('Hillary Clinton said, "We need a plan."'), "We need")
    assert row["speaker"] == "Hillary Clinton" and row["cue"] == "said"


def test_cue_in_the_middle_of_an_interrupted_quote():
    text = '"My hope," Barack Obama said, "is that we act now."'
    out = rows(text)
    assert list(out["text"]) == ["My hope,", "is that we act now."]
    assert set(out["speaker"]) == {"Barack Obama"} and set(out["kind"]) == {"direct"}


@pytest.mark.parametrize("text, expected", [
    # ", suggesting that" reports after a report, as ", saying that" does
    ("Senator Ruiz said the bill was dead, suggesting that a renewal might pass.",
     [["Ruiz", "the bill was dead"], ["Ruiz", "a renewal might pass"]]),
    # but after a fact it is the writer's inference
    ("Sales fell 5 percent in May, suggesting that demand is weak.", []),
    # (after a conjunction too: "while", "before")
    ("Senator Ruiz will argue the bill is dead, while suggesting that a renewal might pass.",
     [["Ruiz", "the bill is dead"], ["Ruiz", "a renewal might pass"]]),
    ("Senator Ruiz defended the bill, before insisting that it would pass.", [["Ruiz", "it would pass"]])])
def test_suggesting_that_after_a_report_reports(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, kind", [
    # a whole sentence quoted after its cue in lower case is direct: a determiner or pronoun, a finite verb, its point
    ('Asked about the claims, Ivey said, "the timing is a little curious but I believe them."', "direct"),
    ('The group added "this costly approach has harmed local newspapers for years."', "direct"),
    # a fragment is partial: no subject, or too short to be more than a phrase
    ('Asked about the claims, Ivey said, "is deeply ashamed and knows it will not help."', "partial"),
    ('Asked about the claims, Ivey said, "we\'ve long anticipated."', "partial")])
def test_a_sentence_quoted_whole_in_lower_case_is_direct(text, kind):
    assert rows(text)["kind"].tolist() == [kind]


def test_dash_attribution():
    row = only(rows("'We shall fight for Europe' - Chirac"), "fight")
    assert row["speaker"] == "Chirac" and row["speaker_type"] == "person"


def test_told_an_outlet_is_not_the_speaker():
    row = only(rows('"We have serious concerns," a senior official told the Washington Post.'), "serious")
    assert row["speaker"] == "a senior official" and row["speaker_type"] == "anonymous" and row["cue"] == "told"


def test_according_to_with_a_quote():
    row = only(rows('According to Amnesty International, "the camps must close."'), "camps")
    assert row["speaker"] == "Amnesty International" and row["speaker_type"] == "organization"
    assert row["cue"] == "According to"


# -- follow-on quotes and coreference -------------------------------------------------------------------------

def test_follow_on_quote_inherits_speaker():
    text = ('"We are listening," said Jack Straw. "We will act."\n\n'
            '"There is no other way."\n\n'
            'The debate continues.')
    out = rows(text)
    assert list(out["text"]) == ["We are listening,", "We will act.", "There is no other way."]
    assert set(out["speaker"]) == {"Jack Straw"}


def test_pronoun_resolves_to_most_recent_person():
    text = ("Secretary of State Antony Blinken spoke on Wednesday.\n\n"
            "“We are very focused on this,” he said.")
    row = only(rows(text), "focused")
    assert row["speaker"] == "Antony Blinken" and row["speaker_mention"] == "he"


def test_role_noun_resolves_to_person_with_that_role():
    text = ("Foreign Minister Ana Lopez met Senator Tom Wright on Monday.\n\n"
            "“The talks went well,” the minister said.")
    row = only(rows(text), "talks")
    assert row["speaker"] == "Ana Lopez" and row["speaker_type"] == "person"


def test_title_and_surname_resolve_to_full_name():
    text = ("Tony Blair and Patricia Hewitt visited Leeds.\n\n"
            "'It is a good day,' Mr Blair said.\n\n"
            "'We agree,' Ms Hewitt said.")
    out = rows(text)
    assert only(out, "good day")["speaker"] == "Tony Blair"
    assert only(out, "We agree")["speaker"] == "Patricia Hewitt"


# -- speaker types --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("a senior administration official", "anonymous"),
    ("officials", "anonymous"),
    ("a spokesperson", "anonymous"),
    ("sources", "anonymous"),
    ("Israel", "organization"),
    ("the U.S.", "organization"),
    ("the U.N.", "organization"),
    ("the Washington Post", "media"),
    ("local reports", "media"),
])
def test_speaker_types(source, expected):
    text = f"The fighting went on. Aid would arrive within days, {source} said."
    row = only(rows(text), "Aid would arrive")
    assert row["speaker_type"] == expected and row["kind"] == "indirect"


def test_a_report_by_an_outlet_is_the_outlet():
    text = "According to a report by the New York Times, the deal was signed in March."
    row = only(rows(text), "deal was signed")
    assert row["speaker"] == "the New York Times" and row["speaker_mention"] == "a report by the New York Times"
    assert row["speaker_type"] == "media"


# -- indirect speech ------------------------------------------------------------------------------------------

def test_indirect_said_that():
    row = only(rows("Jane Smith said that the budget would be balanced by 2026."), "budget")
    assert row["text"] == "the budget would be balanced by 2026" and row["speaker"] == "Jane Smith"
    assert row["kind"] == "indirect" and row["cue"] == "said"


def test_indirect_said_without_that():
    row = only(rows("Mr Balls said there would be no spending spree before polling day."), "spending")
    assert row["text"] == "there would be no spending spree before polling day" and row["cue"] == "said"


def test_indirect_argues_that():
    row = only(rows("Israel argues that an invasion is necessary to end the attacks."), "invasion")
    assert row["speaker"] == "Israel" and row["cue"] == "argues"


def test_indirect_reported_that():
    row = only(rows("The U.N. reported that 300,000 people had fled the city."), "fled")
    assert row["speaker"] == "U.N."  # (a body written without its article: one speaker however it is written)
    assert row["speaker_type"] == "organization" and row["cue"] == "reported"


def test_indirect_has_emphasized_that():
    row = only(rows("The White House has emphasized that it is not withholding aid from its allies."), "withholding")
    assert row["cue"] == "has emphasized" and row["speaker_type"] == "organization"


def test_indirect_according_to_first_and_last():
    out = rows("According to police, the suspect fled on foot.\n\n"
               "Riots broke out in several towns overnight, according to local reports.")
    assert only(out, "suspect")["text"] == "the suspect fled on foot"
    assert only(out, "suspect")["speaker"] == "police"
    row = only(out, "Riots")
    assert row["text"] == "Riots broke out in several towns overnight" and row["speaker_type"] == "media"


def test_indirect_cue_after_content():
    row = only(rows("The envoy is heading to the region to meet leaders, Secretary of State Antony Blinken said."),
               "envoy")
    assert row["text"] == "The envoy is heading to the region to meet leaders" and row["speaker"] == "Antony Blinken"


def indirect_texts(text):
    out = rows(text)
    return out.loc[out["kind"] == "indirect", "text"].tolist()


def test_indirect_trailing_cue_then_a_clause_of_the_writer():
    out = rows("The plan will cut costs for most families, Jane Smith said on Friday, as critics gathered outside.")
    assert out[["kind", "text", "speaker"]].values.tolist() == [
        ["indirect", "The plan will cut costs for most families", "Jane Smith"]]


def test_indirect_trailing_cue_that_is_also_a_noun():
    assert indirect_texts("The UK has 529 quangos, many of them useless, a report claims.") == [
        "The UK has 529 quangos, many of them useless"]


def test_indirect_trailing_cue_coordinated_with_another():
    assert indirect_texts("A disputed ballot should be counted for Yancey, the Virginian-Pilot reported and Yancey "
                          "confirmed.") == ["A disputed ballot should be counted for Yancey"]


def test_indirect_as_aside_splits_the_clause():
    out = rows("Hawaii, as one adviser pointed out, rarely gets two hurricanes in a row.")
    assert out["text"].tolist() == ["Hawaii", "rarely gets two hurricanes in a row"]
    assert set(out["speaker_mention"]) == {"one adviser"}


@pytest.mark.parametrize("verb", ["maintained", "alleged", "cautioned", "replied", "asserted", "joked",
                                  "lamented"])
def test_an_aside_with_any_verb_of_saying_splits_the_clause(verb):
    out = rows(f"Mr Hollin said the budget was tight. The levy, he {verb}, would be spent on the harbour wall.")
    split = out[out["cue"] == verb]
    assert split["text"].tolist() == ["The levy", "would be spent on the harbour wall"]
    assert set(split["speaker"]) == {"Hollin"}


@pytest.mark.parametrize("text, content", [
    ("Jane Smith said recently that the schools should stay open.", "the schools should stay open"),
    ("Mike Pence says too much is made of the tweets.", "too much is made of the tweets"),
    ("Donald Trump said praise from Putin would not affect his policy.",
     "praise from Putin would not affect his policy"),
    ("Terry McAuliffe has said about 20 people have shown an interest in the seat.",
     "about 20 people have shown an interest in the seat"),
    ("Most Gibraltarians said in a referendum they wanted to remain British.", "they wanted to remain British"),
    ("The White House is saying that the revelations show the need for reform.",
     "the revelations show the need for reform"),
    ("The guide says before a new body is set up, an assessment should be made.",
     "before a new body is set up, an assessment should be made"),
])
def test_indirect_that_less_clause_after_adverbs_adjuncts_and_unusual_first_words(text, content):
    assert indirect_texts(text) == [content]


def test_indirect_an_order_with_its_addressee():
    assert indirect_texts("Barack Obama told his advisers to find a way around Congress.") == [
        "his advisers to find a way around Congress"]


def test_indirect_saying_without_a_comma():
    out = rows("Charles Clarke has rejected that idea saying intercept evidence is only a small part of the case.")
    row = only(out, "intercept")
    assert row["text"] == "intercept evidence is only a small part of the case" and row["cue"] == "saying"
    assert row["speaker"] == "Charles Clarke"


def test_a_belief_is_not_reported_speech():
    assert rows("The Lib Dems believe the Home Secretary should allow phone tapping evidence.").empty


@pytest.mark.parametrize("sentence, content", [
    # a fear is a belief, as the guidelines' hopes and beliefs are: no row of its own
    ("Villagers feared radioactive dust would blow into the lake.", []),
    ("Growers fear that the pause will last into the autumn.", []),
    # said, then a fear: one report, the fear inside what was said
    ("Parents at the meeting said they feared the move would cut their children's last ties.",
     ["they feared the move would cut their children's last ties"]),
    ("Ms Oakley said the rents had doubled and feared the shop would close.",
     ["the rents had doubled and feared the shop would close"]),
    # a belief set against a report in the same sentence states a position (the 2024 seed's call)
    ("The council argues that the levy is needed, but traders fear that it will drive shoppers away.",
     ["the levy is needed", "it will drive shoppers away"]),
    ("The council argues that the levy is needed. Traders fear that it will drive shoppers away.",
     ["the levy is needed"]),
])
def test_a_fear_is_a_belief_reported_only_by_a_verb_of_saying(sentence, content):
    assert texts_of(sentence) == content


def test_indirect_clause_ends_before_another_cue_of_a_quotation():
    out = rows("When Hillary Clinton noted that Trump had paid no federal income tax ― as was true for several "
               "years ― Trump boasted, “That makes me smart.”")
    row = only(out, "income tax")
    assert row["kind"] == "indirect" and row["text"].startswith("Trump had paid no federal income tax")
    assert "smart" not in row["text"] and only(out, "smart")["kind"] == "direct"


def test_indirect_clause_beside_a_partial_quote_of_the_same_cue():
    out = rows("Donald Trump is telling veterans that the military is “depleted” and says he will expand the "
               "armed forces.")
    assert only(out, "expand")["text"] == "he will expand the armed forces"


@pytest.mark.parametrize("text, mention", [
    ("Martin Mubanga was questioned by a British man who said he was from the security service.",
     "a British man"),
    ("Adam Schiff, 56, who has served on the committee for a decade, told reporters it is clear the hacking "
     "came from Russia.", "Adam Schiff"),
    ("In a statement, one of the family's lawyers, Justin Bamberg, said the videos show him leaving his car "
     "calmly.", "Justin Bamberg"),
])
def test_indirect_subject_before_a_relative_clause_or_an_opening_adjunct(text, mention):
    out = rows(text)
    assert out["kind"].tolist() == ["indirect"] and out["speaker_mention"].str.endswith(mention).all()


def test_indirect_content_stops_at_a_line_break():
    out = rows("Only four of the twelve were Muslim, he added\nFigures published last week showed a rise in "
               "searches.")
    assert not out["text"].str.contains("Figures").any()


def test_a_plural_noun_after_a_verb_is_no_cue():
    out = rows("Lawmaker probed on sex reports, congressman denies charges")
    assert "charges" not in out["cue"].tolist()


@pytest.mark.parametrize("text", [
    "The president revisited his own promise to guide the country into a new age of unity.",
    "The president kept a campaign promise to guide the country into a new age of unity.",
])
def test_a_noun_cue_after_own_or_a_noun_after_a_is_no_cue(text):
    assert rows(text).empty


def test_an_adjunct_of_time_with_its_adverb_after_a_cue_is_no_content():
    out = rows("\"It is plagiarism,\" David Axelrod, a former adviser, said just after midnight on CNN.")
    assert out["kind"].tolist() == ["direct"]
    assert indirect_texts("Johan van der Merwe said shortly after the collapse that the dam had passed an "
                          "inspection.") == ["the dam had passed an inspection"]
    # "after that" is "afterwards": the clause follows it with no "that" of its own
    assert indirect_texts("Many supporters complained soon after that the long lines hurt the senator.") \
        == ["soon after that the long lines hurt the senator"]


@pytest.mark.parametrize("text, content", [
    ("Senators are split on whether they would vote for Garland. Jeff Flake said he would.", "he would"),
    ("Asked if he had read the report, Smith said he had not.", "he had not"),
])
def test_a_pronoun_and_an_auxiliary_whose_verb_is_understood_are_a_clause(text, content):
    assert indirect_texts(text) == [content]


def test_a_bare_verb_form_and_a_preposition_after_a_cue_open_a_clause_as_a_noun():
    assert indirect_texts("Trump says praise from Putin helps the U.S.") == ["praise from Putin helps the U.S"]
    assert indirect_texts("Trump says praise from Putin and others.") == []  # (no verb: praise is said, no clause)


def test_a_share_of_people_after_a_is_the_subject_of_a_bare_cue():
    assert indirect_texts("A few claim the plan would fail.") == ["the plan would fail"]


@pytest.mark.parametrize("text, content", [
    ("The IMF pointed to Britain's decision to leave the union as an example of rising protectionism.",
     "Britain's decision to leave the union as an example of rising protectionism"),
    ("Jo Formicola, a professor at Seton Hall, described Trump's approach as lowering expectations.",
     "Trump's approach as lowering expectations"),
    ("Aaron Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.",
     "the candidate tended to make announcements"),
])
def test_indirect_point_to_describe_a_question_and_a_dashed_aside(text, content):
    assert indirect_texts(text) == [content]


def test_indirect_clause_resumed_after_a_trailing_cue():
    assert indirect_texts("Lenox was a juggernaut, Mr Clarke said, until it went bankrupt in 1999.") == [
        "Lenox was a juggernaut", "until it went bankrupt in 1999"]


def test_indirect_clause_resumed_after_but():
    # the written gold gives the clause after "but" to the speaker in 4 of 5 such sentences, PolNeAR in 2 of 2
    assert indirect_texts("The plan was rejected by voters, Jane Smith said, but the council will vote again.") == [
        "The plan was rejected by voters", "the council will vote again"]


def test_a_quoted_word_modifying_a_noun_is_a_term_not_a_quote():
    out = rows("A firm that commissioned a “dossier” detailing the links said in a filing that it was leaked.")
    assert "dossier" not in out["text"].str.cat()
    # inside a reported clause, or right after a verb of naming, the word is somebody's
    out = rows("Barack Obama said his refusal was a “manufactured” issue. "
               "Senators called “fraud” what they saw.")
    assert {"manufactured", "fraud"} <= set(out["quoted_text"].str.strip(" ,."))
    # a noun phrase with its own article modifies no noun after it
    out = rows("Within minutes, Ortega called Ruiz “a lightweight” multiple times.")
    assert out[["kind", "speaker", "text"]].values.tolist() == [["partial", "Ortega", "a lightweight"]]


@pytest.mark.parametrize("text, speaker, name", [
    ("Lydia Ortega called Ruiz “Little Marco” on Tuesday.", "Lydia Ortega", "Little Marco"),
    ("Ms. Lerner called Mrs. Hale an “Aunt Tom.” The two never spoke again.", "Lerner", "Aunt Tom."),
    ("Lydia Ortega never once named him; she called her opponent “Senator Ruiz” instead.", "Lydia Ortega",
     "Senator Ruiz")])
def test_a_name_a_speaker_gives_a_person_is_the_speakers_words(text, speaker, name):
    out = rows(text)
    assert out[["kind", "speaker", "text"]].values.tolist() == [["partial", speaker, name]]


@pytest.mark.parametrize("text", [
    "Tom Reyes has set up a website called “Cape Breton If Ruiz Wins” that pitches the island.",
    "Everyone in the neighbourhood called her “Miss Dora.” She ran the shop for forty years."])
def test_a_things_name_or_a_nickname_people_use_is_nobodys_words(text):
    assert rows(text).empty


@pytest.mark.parametrize("text", [
    "Campaigning against Mitt Romney in 2012, he barely mentioned climate change.",  # an object, not an adjunct
    "They wouldn't tell the agency anything it doesn't already know.",  # "anything it ...": a relative clause
    "Her appointment sends a strong signal that racism will not be tolerated.",  # a noun before "that"
    "His message of patriotism is one that elevates hate and normalizes fear.",  # "one that": a relative clause
])
def test_not_reported_speech(text):
    assert rows(text).empty


def test_a_relative_that_after_the_addressee_is_not_the_content():
    out = rows("Angela Merkel told reporters after the meeting that was held on a boat that the talks went well.")
    assert not out["text"].str.startswith("was held").any()


def test_an_opening_subordinate_clause_ends_at_its_comma():
    assert indirect_texts("As he welcomed several hundred guests, Bobby Scott was also launching his bid for the "
                          "Senate.") == ["several hundred guests"]


def test_indirect_clause_ends_at_a_semicolon_and_before_a_coordinated_cue_with_its_subject():
    assert indirect_texts("The researchers reported that Apple holds billions offshore; Nike holds less.") == [
        "Apple holds billions offshore"]
    assert indirect_texts("Don Fowler said the politics would be more intense — and he noted that any change would "
                          "come late.") == ["the politics would be more intense", "any change would come late"]


@pytest.mark.parametrize("text, contents", [
    ("The truth, the senator said then, was that Trump had attacked his wife.",
     ["The truth", "was that Trump had attacked his wife"]),
    ("Pence was the subject of most of the conversation, Twitter announced, gaining new followers.",
     ["Pence was the subject of most of the conversation"]),
    ("The video does not show whether Scott had a gun, as police have said.",
     ["The video does not show whether Scott had a gun"]),
])
def test_indirect_trailing_cue_with_an_adverb_a_participle_or_as(text, contents):
    assert indirect_texts(text) == contents


@pytest.mark.parametrize("text, contents", [
    ("Though that change was seamless, he said, replacing Clinton would be much harder.",
     ["Though that change was seamless", "replacing Clinton would be much harder"]),
    ("Bernie Sanders told MSNBC's “Morning Joe” that nobody would question her knowledge.",
     ["nobody would question her knowledge"]),
    ("Adam Schiff told USA TODAY's weekly video newsmaker series it is clear the hacking came from Russia.",
     ["it is clear the hacking came from Russia"]),
    ("Donald Trump said after the convention he would not accept the endorsement.",
     ["he would not accept the endorsement"]),
    ("The Republican nominee continues to insist that he wants to release his taxes.",
     ["he wants to release his taxes"]),
])
def test_indirect_gerund_after_an_aside_long_addressees_adjuncts_and_continues_to(text, contents):
    assert indirect_texts(text) == contents


def test_indirect_purpose_infinitive_of_saying():
    assert indirect_texts("Kory Langhofer wrote a letter to congressional committees to say the team had improperly "
                          "received the emails.") == ["the team had improperly received the emails"]
    assert indirect_texts("The minister declined to say whether the plan would go ahead.") == []


@pytest.mark.parametrize("text, contents", [
    ("Kory Langhofer argued that, while such teams have public duties, they are private organizations.",
     ["while such teams have public duties, they are private organizations"]),
    ("Fusion also complained about a Fox News report which said Ohr's wife had worked for Fusion.",
     ["Ohr's wife had worked for Fusion"]),
])
def test_indirect_opening_subordinate_clause_and_a_report_which_said(text, contents):
    assert indirect_texts(text) == contents


def test_a_reported_clause_does_not_stop_at_a_but_inside_its_quotation():
    out = rows('Barack Obama said the museum was a story of "suffering and delight, one of fear, but also of hope" '
               'for every visitor.')
    row = only(out, "suffering")
    assert row["kind"] == "partial" and row["text"].startswith("the museum was a story of")


def test_indirect_that_clause_after_an_adjunct_holding_a_show_title():
    assert indirect_texts("Richard Shelby said on CNN's “State of the Union” that he did not vote for Moore.") == [
        "he did not vote for Moore"]


def test_indirect_two_word_object_of_welcome():
    assert indirect_texts("Nicola Sturgeon welcomed the move but added that the public should be consulted.") == [
        "the move", "the public should be consulted"]


def test_partial_quote_is_not_also_an_indirect_row():
    text = "Benjamin Netanyahu has vowed to invade the city with “extreme force,” a scenario his allies fear."
    out = rows(text)
    assert len(out) == 1
    row = only(out, "extreme force")
    # one attribution: the reported clause, its quoted words marked
    assert row["kind"] == "partial" and row["text"].startswith("to invade the city with “extreme force,”")
    assert row["quoted_text"] == "extreme force," and row["n_quoted_words"] == 2
    assert row["speaker"] == "Benjamin Netanyahu" and row["cue"] == "has vowed"


def test_scare_quotes_without_a_cue_are_dropped():
    out = rows("The so-called “peace plan” was published on Monday.")
    assert out.empty


def test_reporting_verbs_are_data():
    from analysis.quotes.lexicon import lexicon
    verbs = lexicon().verbs
    for form in ["say", "told", "added", "continued", "vowed", "argues", "insisted", "warned", "urged", "claimed",
                 "denied", "acknowledged", "explained", "noted"]:
        assert form in verbs


def test_extract_quotes_on_many_articles_and_on_none():
    arts = pd.DataFrame({"article_id": ["b", "a"], "text": ['"Yes," he said.', 'Jo Li said: "No."']})
    out = extract_quotes(arts)
    assert list(out["article_id"]) == ["a", "b"]
    empty = extract_quotes(arts.iloc[0:0])
    assert list(empty.columns) == COLUMNS and empty.empty


def test_spokesman_of_a_named_person_is_anonymous():
    row = only(rows("'We will not comment,' Mr Blair's official spokesman said."), "comment")
    assert row["speaker_type"] == "anonymous"


def test_titled_given_name_resolves_to_full_name():
    text = ("Sir Digby Jones, CBI director general, spoke on Monday.\n\n"
            "Sir Digby added: \"Please don't give it away.\"")
    assert only(rows(text), "give it away")["speaker"] == "Digby Jones"


def test_place_names_are_not_people():
    text = ("Barbara Roche, Labour MP for Hornsey and Wood Green, spoke in New York.\n\n"
            "\"Migration is good for us,\" she said.")
    row = only(rows(text), "Migration")
    assert row["speaker"] == "Barbara Roche"


def test_quote_ending_a_sentence_does_not_take_the_next_sentence_as_cue():
    text = ('"The vocational route is weak." The Curriculum Authority has also told the government to act.')
    row = only(rows(text), "vocational")
    assert row["speaker"] != "the Curriculum Authority" and row["cue"] != "has also told"


def test_pronoun_prefers_the_paragraphs_speaker_over_a_person_named_as_object():
    # British style: "Mr Balls said ... Mr Brown's Budget ... 'quote,' he said" -- he is Balls, the speaker.
    text = ("Ed Balls, a former Treasury adviser, spoke on Tuesday.\n\n"
            "Mr Balls said he was sure Mr Brown's Budget would not put the economy at risk. "
            "\"I don't think we'll see a spending spree,\" he said.\n\n"
            "He also said the party would win.")
    rows = extract_article(text, "a")
    direct = rows[rows["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["Ed Balls"]
    assert set(rows["speaker"]) == {"Ed Balls"}


def test_pronoun_in_a_new_paragraph_takes_a_person_named_there():
    text = ("The minister, Ana Ruiz, said the plan was ready.\n\n"
            "The plan was criticised by John Smith, a Labour MP. \"It is wrong,\" he said.")
    rows = extract_article(text, "a")
    assert rows.loc[rows["kind"] == "direct", "speaker"].tolist() == ["John Smith"]


def test_cue_in_the_paragraph_before_a_quotation_that_stands_alone():
    text = ("The senator spoke on Tuesday.\n\nCaddell continued:\n\n"
            "\"The health issue overall is very much a problem for her campaign.\"\n\n"
            "The New York Times reports:\n\n\"In an illustration of the lack of enthusiasm, donors stayed away.\"")
    out = rows(text)
    assert list(out["kind"]) == ["direct", "direct"]
    assert list(out["speaker"]) == ["Caddell", "the New York Times"]
    assert list(out["cue"]) == ["continued", "reports"]


def test_a_colon_paragraph_without_a_cue_gives_no_speaker():
    out = rows("Here is the list:\n\n\"Stop lying. Show humility.\"")
    assert list(out["speaker_type"]) == ["unresolved"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Ruth Kelly spoke on Monday. But she denied her faith meant she would refuse key government jobs.", "she",
     "her faith meant she would refuse key government jobs"),
    ("Russia denies interfering in the election.", "Russia", "interfering in the election"),
    ("Republicans have accused Democrats of leaking information to the press.", "Republicans",
     "Democrats of leaking information to the press"),
    ("Trump has asked Congress to come up with a permanent solution by March.", "Trump",
     "Congress to come up with a permanent solution by March"),
])
def test_noun_phrase_content_of_denials_accusations_and_requests(text, speaker, content):
    out = rows(text)
    assert list(out["kind"]) == ["indirect"] and list(out["text"]) == [content]
    assert list(out["speaker_mention"]) == [speaker]


@pytest.mark.parametrize("text", [
    "Hamas may welcome an extended conflict in the city.",   # a guess about Hamas, not its words
    "The senator praised him on Friday at a rally in Pensacola.",   # a person praised, nothing said
    "The senator praised her on Friday at a rally in Pensacola.",
    "The judge asked the lawyer about the videos posted online.",   # no question's words
    "Democratic state attorneys general filed the suit on Friday.",  # "state" as a noun
    "Analysts at a nonpartisan think tank published the study.",
])
def test_no_noun_phrase_content(text):
    assert rows(text).empty


def test_coordinated_cue_ends_the_first_content():
    out = rows("The minister said the plan was dead and added that talks would go on.")
    assert list(out["text"]) == ["the plan was dead", "talks would go on"]
    assert list(out["cue"]) == ["said", "added"]


def test_subject_with_an_age_and_a_place_set_off_by_commas():
    out = rows("Martin Mubanga was freed in January. Mr Mubanga, 32, from Wembley, London, said he was brutally "
               "interrogated at the camp.")
    assert list(out["speaker"]) == ["Martin Mubanga"]
    assert list(out["text"]) == ["he was brutally interrogated at the camp"]


def test_a_list_of_quoted_fragments_is_one_attribution():
    # PolNeAR annotates a list of epithets after one cue as one attribution
    text = ('The two men traded insults for months. Cruz called Trump a "pathological liar" who is "utterly amoral,"'
            ' a "serial philanderer," a "bully" and "sick."')
    out = rows(text)
    quoted = out[out["kind"] == "partial"]
    assert len(quoted) == 1
    row = quoted.iloc[0]
    # (from the first opening mark to the last closing one, so the marks in the text pair up)
    assert row["speaker"] == "Cruz"
    assert row["text"].startswith('"pathological liar"') and row["text"].endswith('"sick."')
    assert row["quoted_text"] == "pathological liar … utterly amoral, … serial philanderer, … bully … sick."
    assert row["n_quoted_words"] == 8
    # a quotation that ends its sentence ends the list
    out = rows('Mr Smith called the plan "a disgrace." "It will fail," he said.')
    assert len(out) == 2
    assert only(out, "a disgrace")["kind"] == "partial" and only(out, "It will fail")["kind"] == "direct"
    # fragments joined by "but" or "and then" in one sentence are one attribution too
    out = rows('He claimed fraud was "a big problem in this country" but "nobody has the guts to talk about it."\n\n'
               'Mr Smith told them to "go to your place and vote" and then "go pick some other place."')
    assert len(out) == 2 and set(out["kind"]) == {"partial"}
    assert only(out, "nobody has the guts")["quoted_text"] == \
        "a big problem in this country … nobody has the guts to talk about it."
    assert only(out, "go pick")["text"].startswith('"go to your place')


def test_indirect_unnamed_source_with_a_participle():
    # "restructuring experts", "elected officials": a participle modifying an unnamed source's head noun
    assert indirect_texts("Patriot chose Richmond, where restructuring experts say some judges are eager to act.") \
        == ["some judges are eager to act"]
    out = rows("He lacks a record, but elected officials say he has forged a reputation as a hard worker.")
    assert only(out, "he has forged")["speaker_mention"] == "elected officials"


def test_indirect_lower_case_plural_before_who():
    out = rows("He took calls from black listeners who said they had misgivings about the plan.")
    row = only(out, "they had misgivings")
    assert row["kind"] == "indirect" and row["speaker_mention"] == "black listeners"


def test_indirect_passive_with_an_agent():
    out = rows("Mr Smith, a Democrat, was accused by a former aide, Jane Roe, of touching her without permission.")
    row = only(out, "touching her")
    assert row["kind"] == "indirect" and row["text"] == "touching her without permission"
    assert row["speaker"] == "Jane Roe" and row["cue"] == "was accused"
    out = rows("But Talley was reported by the magazine Slate to have posted comments about the group.")
    assert only(out, "have posted")["speaker_mention"] == "the magazine Slate"
    # without an agent nobody is named as the speaker: no row
    assert indirect_texts("Mr Quiros was accused of using $50 million for personal expenses.") == []


def test_passive_told_by_an_agent_before_a_name_or_an_adjunct():
    # "that" ends the agent even before a capital ("that Denning had ...")
    out = rows("The court was told by prosecutor Simon Gale that Denning had visited the terminal twice.")
    row = only(out, "Denning had visited")
    assert (row["text"], row["speaker"], row["cue"]) == ("Denning had visited the terminal twice", "Simon Gale",
                                                         "was told")
    # an adjunct between the agent and "that" is not part of the agent
    out = rows("Russo said he was told by league officials as recently as last week that a check was on its way.")
    assert only(out, "league officials")["speaker"] == "Russo"
    assert out.loc[out["text"] == "a check was on its way", "speaker_mention"].tolist() == ["league officials"]
    out = rows("Staff were told by the managing director, Niamh Kerr, at an all-hands meeting on Monday morning that "
               "work on the sequel had been halted.")
    row = only(out, "work on the sequel")
    assert row["speaker"] == "Niamh Kerr" and row["text"] == "work on the sequel had been halted"


def test_indirect_relative_that_after_a_noun_cue_is_not_content():
    # "rules that could lead": a relative clause of the noun "rules", nobody's words
    assert indirect_texts("The agency drafted a set of Clean Air Act rules that could lead to the closing of plants.") \
        == []
    # after a verb, "that" before a modal is the clause's subject, no complementiser: a row that keeps it
    assert indirect_texts("But opposition parties say that will not happen in practice.") == [
        "that will not happen in practice"]


def test_indirect_addressee_then_a_preposition_is_not_content():
    out = rows('"We will get there," Angela Merkel told reporters after the long meeting that was held on a boat.')
    assert indirect_texts('"We will get there," Angela Merkel told reporters after the long meeting that was held '
                          'on a boat.') == []
    assert only(out, "We will get there")["speaker"] == "Angela Merkel"


def test_indirect_supposition_is_not_a_report():
    assert indirect_texts("Let's say you think a degree will cost $160,000 in 18 years.") == []
    assert indirect_texts("There are other tools. Say Mexico demanded that the United States prove it.") == []


def test_partial_quote_without_its_own_cue_takes_the_clause_that_holds_it():
    text = 'Hillary Clinton spoke on Twitter, saying that city officials should release the videos "without delay."'
    row = only(rows(text), "without delay")
    assert row["kind"] == "partial" and row["speaker"] == "Hillary Clinton" and row["cue"] == "saying"
    assert row["text"].startswith("city officials should release") and row["quoted_text"] == "without delay."



def test_partial_quote_cued_by_a_progressive():
    row = only(rows('The doctor is calling the candidate "extremely physically fit."'), "physically fit")
    assert row["kind"] == "partial" and row["speaker"] == "the doctor" and row["cue"] == "is calling"
    row = only(rows('Trump is promising lower taxes and "jobs, jobs, jobs," but he has also sharpened his warnings.'),
               "jobs, jobs")
    assert row["speaker"] == "Trump" and row["cue"] == "is promising"


def test_a_quoted_two_word_term_before_its_noun_is_not_speech():
    out = rows('She would also close the notorious "carried interest" loophole, which Mr. Smith called unfair.')
    assert out[out["text"].str.contains("carried interest", regex=False)].empty


def test_likened_and_proclaimed_cue_their_partial_quotes():
    out = rows('Another critic, Laurence Tribe, likened the rules to "burning the Constitution" last year.\n\n'
               'In his speech, Mark Hale proclaimed a goal of "peace through strength."')
    assert only(out, "burning")["speaker"] == "Laurence Tribe"
    assert only(out, "peace through")["speaker"] == "Mark Hale"


def test_a_short_single_quoted_paragraph_is_a_subhead_in_american_style_only():
    us = ('"We will win this state," Ms. Fiorina said. "Nobody else can."\n\n'
          "'A fight from start to finish.'\n\n"
          'The board voted in 2005. "It was over," said Tom Perkins.')
    out = rows(us)
    assert sorted(out["text"]) == ["It was over,", "Nobody else can.", "We will win this state,"]
    # British style: single marks are the quotation marks, and the short paragraph stays a quote
    uk = ("'We will win this seat,' Ms Hewitt said. 'Nobody else can.'\n\n'A fight from start to finish.'\n\n"
          "The party voted in 2005. 'It was over,' said Tom Perkins.")
    assert "A fight from start to finish." in set(rows(uk)["text"])


@pytest.mark.parametrize("heading", ["- 'Test me again' -", "‘Test me again’", "'Test me again?'"])
def test_a_section_heading_quoting_its_section_is_the_partial_of_who_says_it_there(heading):
    text = ('Headline\n\n"We train every day," Rose Wanjiru said.\n\n' + heading + '\n\nThe coach, Naomi Korir, '
            'was banned in March. "Test me again and again, I am clean," she said.')
    out = rows(text)
    heads = out[out["kind"] == "partial"]
    assert heads[["text", "speaker", "cue"]].values.tolist() == [[heading.strip("-‘’' "), "Naomi Korir", ""]]
    # a heading no attribution of the article holds gives no row
    assert len(rows(text.replace("Test me again and again", "Look"))) == 2


def test_a_straight_mark_after_a_no_break_space_opens_a_quote():
    text = 'Mr Trump was asked about it. "They sue," he said.\xa0"Everybody sues, right?"'
    spans = [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]
    assert spans == ["They sue,", "Everybody sues, right?"]


def test_a_title_after_a_noun_of_a_work_is_not_speech():
    text = ('His family stayed, Mr. Rubio said in his 2012 book, "An American Son." So they never went back.\n\n'
            'She wrote about the merger in her memoir, "Tough Choices." It sold well.\n\n'
            '"We will win," Ms. Fiorina said.')
    out = rows(text)
    assert "We will win," in set(out["text"])
    assert not out["text"].str.contains("American Son|Tough Choices").any()


def test_an_appositive_subject_may_hold_that_as_a_determiner():
    out = rows("The author of that report, Ana Ferreira, said the plan will at least test the rules.")
    assert list(zip(out["kind"], out["speaker"], out["text"])) == [
        ("indirect", "Ana Ferreira", "the plan will at least test the rules")]


@pytest.mark.parametrize("sentence, asker, question", [
    ("Tom Reed was asked about the budget during a long radio interview.", "(unresolved)",
     "about the budget during a long radio interview"),
    ("When asked by a reporter if the plan had failed, Tom Reed left.", "a reporter", "if the plan had failed"),
])
def test_a_reported_question_is_indirect_speech_of_its_asker(sentence, asker, question):
    row = only(rows(sentence), question)
    assert (row["kind"], row["speaker"], row["text"]) == ("indirect", asker, question)


@pytest.mark.parametrize("sentence", [
    "When asked whether he would run again, Tom Reed smiled.",
    "Asked about the mayor's claim that it was a bomb, Tom Reed said nothing.",
    "Asked to describe the device that caused the blast, Tom Reed declined.",
    "Jason Miller could not explain why a marriage requirement is cited on the website.",
    "The ministry did not say whether a replanting fund was among them.",
    "The district has not said what it will do with the building.",
])
def test_the_reporters_own_question_and_a_cue_that_says_nothing_are_no_attribution(sentence):
    # no row in the gold of the written, BBC and Reuters sets (PolNeAR annotates them: README)
    assert rows(sentence).empty


def test_a_quote_after_a_question_with_no_asker_follows_on_from_its_speaker():
    text = ('"Nobody gets it right," Tom Reed said when asked about the new standards, which were set last year. '
            '"We keep trying."')
    out = rows(text)
    assert list(out.loc[out["kind"] == "direct", "speaker"]) == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize("subject, speaker", [
    ("People briefed on the talks", "People briefed on the talks"),
    ("But polling specialists", "polling specialists"),
    ("Sen. Maria Ortega (a Nevada Democrat so tall she has been mistaken for a basketball player)", "Maria Ortega"),
])
def test_a_subject_may_hold_a_participle_or_a_long_aside(subject, speaker):
    row = only(rows(f"The vote ended. {subject} say the result might not even be final."), "might not")
    assert row["speaker"] == speaker


def test_a_verb_after_a_group_is_not_a_participle_of_the_source():
    text = ("Democrats seized on the mayor's early December remarks, saying they showed the council would cut "
            "spending.")
    row = only(rows(text), "they showed")
    assert row["speaker"] == "Democrats"


@pytest.mark.parametrize("clause", ["tonight he’s a step closer to the nomination",
                                    "12,400 citizens living abroad cast votes by mail"])
def test_a_that_less_clause_may_open_with_a_time_adverb_or_a_number(clause):
    row = only(rows(f"The count ended. Maria Ortega says {clause}."), clause[:10])
    assert (row["kind"], row["speaker"], row["text"]) == ("indirect", "Maria Ortega", clause)


def test_a_number_of_minutes_after_the_cue_is_not_a_clause():
    out = rows('"We are done," Maria Ortega said 10 minutes later.')
    assert list(out["kind"]) == ["direct"]


def test_a_long_addressee_before_that_and_a_clause_opening_with_at_least():
    text = ("Maria Ortega told a crowded banquet hall at a hotel in downtown Leeds that she is not giving up. "
            "The parade went on. The BBC reported at least six small planes flew over the town.")
    out = rows(text)
    assert list(zip(out["speaker"], out["text"])) == [
        ("Maria Ortega", "she is not giving up"), ("the BBC", "at least six small planes flew over the town")]


def test_no_that_clause_is_reached_across_a_clause_or_a_coordinated_verb():
    text = ("The ethics panel said on Friday it had begun an inquiry into public reports that the mayor lied. "
            "The council has promised a veto and attempted to make the case to members of both parties that the "
            "plan is a bad idea.")
    out = rows(text)
    assert list(out["text"]) == ["it had begun an inquiry into public reports that the mayor lied",
                                 "a veto and attempted to make the case to members of both parties that the plan is "
                                 "a bad idea"]


def test_an_exclamation_right_after_its_cue_is_speech_not_a_title():
    out = rows("When the mayor said it was great to be home, a man yelled “Stay there!”\n\n"
               "She declared “What a Super Tuesday!” and left.")
    assert list(zip(out["text"], out["speaker"])) == [
        ("it was great to be home", "the mayor"), ("Stay there!", "a man"), ("What a Super Tuesday!", "(unresolved)")]


def test_a_title_case_name_after_a_cue_without_end_punctuation_is_still_a_title():
    out = rows("The senator called it “Project Fear” and moved on.")
    assert out.empty


def test_a_stray_closing_mark_before_another_closing_mark_opens_a_quote():
    text = "Chris Ortiz met voters.\n\nHe says,” there are a lot of people who never get listened to.”"
    spans = [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]
    assert spans == [" there are a lot of people who never get listened to."]
    assert only(rows(text), "listened")["speaker"] == "Chris Ortiz"


@pytest.mark.parametrize("sentence, speaker, fragment", [
    ("Chancellor Angela Ruiz heralded the deal with Turkey as a “breakthrough.”", "Angela Ruiz", "breakthrough"),
    ("The panel completed its review and deemed him \"well qualified,\" its highest rating.", "the panel",
     "well qualified"),
    ("Critics dubbed the plan a “tax on breathing.”", "Critics", "tax on breathing"),
])
def test_verbs_of_judging_cue_a_partial_quote(sentence, speaker, fragment):
    row = only(rows(sentence), fragment)
    assert (row["kind"], row["speaker"]) == ("partial", speaker)


def test_an_opening_single_mark_between_letters_is_an_apostrophe():
    text = "Donald Trump‘s comments were wrong, the spokesman said. “He disagrees with them,” he added."
    spans = [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]
    assert spans == ["He disagrees with them,"]


def test_an_opening_single_mark_after_a_letter_and_before_a_space_is_an_apostrophe():
    text = "On CBS‘ Sunday show, she stated, “The absence of action would have been worse,” adding, “Far worse.”"
    spans = [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]
    assert spans == ["The absence of action would have been worse,", "Far worse."]


def test_an_adjunct_holding_a_clause_of_its_own_may_come_before_that():
    row = only(rows("Ana Ruiz said after the report was released that the mayor had misled the council."), "misled")
    assert (row["speaker"], row["text"]) == ("Ana Ruiz", "the mayor had misled the council")


def test_indicated_takes_a_that_less_clause_and_splits_from_a_coordinated_said():
    out = rows("Representative Ana Ruiz said on Wednesday she wanted to focus on national issues and indicated she "
               "might run for president in 2020.")
    assert list(out["cue"]) == ["said", "indicated"]
    assert list(out["text"]) == ["she wanted to focus on national issues",
                                 "she might run for president in 2020"]


def test_promises_to_be_is_no_promise():
    assert rows("Here is the outlook for what promises to be a turbulent few weeks in Congress.").empty


@pytest.mark.parametrize("text, content", [
    ("Schiff said the hearing would go ahead, but described him as a key witness.", "him as a key witness"),
    ("A day after Bannon accused him of using his religion to avoid service, Romney hit back.",
     "him of using his religion to avoid service"),
])
def test_a_pronoun_object_with_what_is_said_of_it(text, content):
    out = rows(text)
    assert any(t.startswith(content) for t in out["text"]), out[["text", "cue"]]


def test_a_reported_clause_holding_a_nickname_is_still_reported_speech():
    row = only(rows("Clinton says the Ohio native nicknamed “King James” is a longtime advocate for children."),
               "advocate")
    assert (row["kind"], row["speaker"], row["cue"]) == ("indirect", "Clinton", "says")
    assert row["text"] == "the Ohio native nicknamed “King James” is a longtime advocate for children"


@pytest.mark.parametrize("text, quoted", [
    ('Pope Francis said Mr. Trump "is not Christian" after a question on his flight.', "is not Christian"),
    ('Trump tweeted that she was "Disgraceful!" and left the stage.', "Disgraceful!"),
])
def test_capitalised_words_with_a_verb_or_an_exclamation_are_words_not_a_title(text, quoted):
    out = rows(text)
    assert list(out["kind"]) == ["partial"] and quoted in out["quoted_text"].iloc[0]


def test_rated_cues_a_partial_quote_and_claims_after_of_is_a_noun():
    out = rows("PolitiFact rated 32% of Republican claims as “false,” compared to 11% of Democratic claims. "
               "Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” in the same period.")
    assert list(out["speaker"]) == ["PolitiFact", "PolitiFact"] and list(out["cue"]) == ["rated", "rated"]


def test_a_date_in_an_inverted_source():
    row = only(rows("“The rationales do not hold weight,” said 9/11 widow Terry Strada."), "rationales")
    assert row["speaker"] == "Terry Strada"


@pytest.mark.parametrize("text, speaker, content", [
    ("During the interview Mr Kennedy revealed that he planned to build the campaign around the birth of his son.",
     "Kennedy", "he planned to build the campaign around the birth of his son"),
    ("Mr Martin revealed some MPs had been using their phones during debates.", "Martin",
     "some MPs had been using their phones during debates"),
    ("Voters will listen for hints on whether, as the Conservatives claim, he plans to raise tax after the election.",
     "Conservatives", "he plans to raise tax after the election"),
])
def test_more_subjects_and_clauses_of_the_fourth_gold_set(text, speaker, content):
    row = only(rows(text), content)
    assert row["speaker"] == speaker


@pytest.mark.parametrize("text, speaker, content", [
    ("Iran denied it was behind the missile launch.", "Iran", "it was behind the missile launch"),
    ("But the agency announced on Oct. 19 that it would abandon those efforts.", "the agency",
     "it would abandon those efforts"),
    ("Defense officials noted recently the presence of three carriers in the region was reassuring allies.",
     "Defense officials", "the presence of three carriers in the region was reassuring allies"),
    ("His father, James Drake, told local news media, that his son was a project manager.", "James Drake",
     "his son was a project manager"),
])
def test_that_less_denials_abbreviations_adverbs_and_a_comma_before_that(text, speaker, content):
    row = only(rows(text), content)
    assert row["speaker"] == speaker and row["text"] == content


@pytest.mark.parametrize("text", [
    "Following claims that US forces had worked inside Iran to identify targets, Mr Blair was asked about it.",
    "The minister resigned amid reports that he had misled the House.",
])
def test_claims_and_reports_after_a_preposition_are_nouns(text):
    assert rows(text).empty


def test_a_that_less_clause_with_a_determiner_after_a_short_adjunct():
    row = only(rows("FCC Commissioner Mignon Clyburn, a Democrat, said at the hearing Wednesday the move would lead to "
                    "further consolidation."), "the move")
    assert (row["speaker"], row["text"]) == ("Mignon Clyburn", "the move would lead to further consolidation")
    assert rows("For months, most Republicans - who have long argued against running up the deficit - have "
                "downplayed that impact.").empty


@pytest.mark.parametrize("text, speaker, content", [
    # the wire lead: a claim, then its source after a comma, past a dateline, an abbreviation or a long role phrase
    ("WASHINGTON (Reuters) - The Senate will not consider the bill this year, Senator John Cornyn said on Monday.",
     "John Cornyn", "The Senate will not consider the bill this year"),
    ("The Senate will not consider the bill this year, No. 2 Senate Republican John Cornyn said on Monday.",
     "John Cornyn", "The Senate will not consider the bill this year"),
    ("The Senate will not consider the bill this year, second-ranking Senate Republican John Cornyn said.",
     "John Cornyn", "The Senate will not consider the bill this year"),
    ("Republicans will delay the bill until Thursday, the head of the chamber's tax panel said late on Tuesday.",
     "the head of the chamber's tax panel", "Republicans will delay the bill until Thursday"),
])
def test_a_claim_before_its_trailing_source(text, speaker, content):
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == [[speaker, content]]


@pytest.mark.parametrize("text, content", [
    # a comma inside a number is no end of an opening clause
    ("As the paper reported, investigators found over 2,200 emails.", "investigators found over 2,200 emails"),
    ("As Kabar reported, a total of 1,067 cases were registered last year.",
     "a total of 1,067 cases were registered last year"),
    # and a content after the comma closing the clause the cue is in is not that clause's object
    ("Even on Friday, as Breitbart News reported, the White House was refusing to call it terrorism, aides said.",
     "the White House was refusing to call it terrorism")])
def test_an_opening_as_clause_with_a_cue_reports_the_main_clause(text, content):
    out = quotes_of(text)
    assert content in out["text"].tolist(), out.to_string()


@pytest.mark.parametrize("text, speaker, content", [
    ("As reported by Western Journalism, investigators found over 2,200 emails.", "Western Journalism",
     "investigators found over 2,200 emails"),
    ("As noted by the Brookings Institution, the plan would cost billions.", "Brookings Institution",
     "the plan would cost billions"),
    ("Clinton raised $1 million from bankers, as first reported by the New York Times.", "the New York Times",
     "Clinton raised $1 million from bankers")])
def test_an_aside_as_reported_by_a_source_reports_its_clause(text, speaker, content):
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == [[speaker, content]]


@pytest.mark.parametrize("text, speaker", [
    ("Support is particularly strong among the most active wing of the unions, teachers and union officials told "
     "POLITICO.", "teachers and union officials"),
    ("The ice is thinner than usual after a mild December, outfitters and safety officials said.",
     "outfitters and safety officials"),
    # the last two of a list are not the whole subject
    ("The plan will save $2 million, but lawyers, mayors and community leaders warn it will hurt victims.", None)])
def test_two_plural_nouns_of_people_joined_are_one_source(text, speaker):
    out = quotes_of(text)
    if speaker is None:
        assert "mayors and community leaders" not in out["speaker"].tolist()
    else:
        assert out["speaker"].tolist() == [speaker]


def test_a_trailing_cue_before_a_dash_and_the_writers_comment_on_the_whole():
    text = ("Falling deficit\n\nWASHINGTON --  A six-year trend of falling deficits will end this year, the "
            "Congressional Budget Office reported on Tuesday -- a development that raises new questions.")
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == [["Congressional Budget Office",
                                                         "A six-year trend of falling deficits will end this year"]]


@pytest.mark.parametrize("text, expected", [
    ("The lawsuit claims that Gowdy made false statements.", [["the lawsuit", "Gowdy made false statements"]]),
    ("The statement estimates that counties could collect $11 million a year.",
     [["the statement", "counties could collect $11 million a year"]]),
    # a plural noun before a relative "that" stays a noun
    ("The insurance claims that were filed rose sharply.", [])])
def test_a_source_noun_then_a_cue_in_s_and_that_is_a_verb(text, expected):
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == expected


@pytest.mark.parametrize("text, speaker, mention", [
    ("Later, Michael Briggs, Sanders's spokesman, suggested that the party had been sabotaged.", "Michael Briggs",
     "Michael Briggs, Sanders's spokesman"),
    ("Separately, the firm's lawyer, Jane Doe, said the claim was false.", "Jane Doe", "the firm's lawyer, Jane Doe")])
def test_an_opening_adverb_and_its_comma_are_no_part_of_an_appositive_source(text, speaker, mention):
    out = quotes_of(text)
    assert out[["speaker", "speaker_mention"]].values.tolist() == [[speaker, mention]]


@pytest.mark.parametrize("text, content", [
    ("Senator Rhoda Vance vowed last month to take her campaign all the way to the convention.",
     "to take her campaign all the way to the convention"),
    ("Rhoda Vance promised on Friday to cut taxes for families.", "to cut taxes for families"),
    # a noun after an owner and its adjective is no cue
    ("Rhoda Vance broke her official pledge in 2009 to remove herself from the board.", None)])
def test_a_time_between_a_cue_and_its_infinitive(text, content):
    out = quotes_of(text)
    assert out["text"].tolist() == ([content] if content else [])


def test_an_opening_subordinate_clause_ends_before_an_appositive_source():
    text = "Asked if there had been fraud, Michael Briggs, the spokesman, suggested that the party had been sabotaged."
    out = quotes_of(text)
    assert out[["speaker", "speaker_mention"]].values.tolist() == [["Michael Briggs", "Michael Briggs, the spokesman"]]


def test_a_high_commissioner_to_a_country_is_the_source_not_the_country():
    text = "It comes after Pakistan's High Commissioner to Britain said some Pakistanis should integrate more."
    out = quotes_of(text)
    assert out["speaker_mention"].tolist() == ["Pakistan's High Commissioner to Britain"]


def test_according_to_a_survey_of_a_number_of_people_is_the_surveys_owner():
    text = ("The Estonian Education Personnel Union wants a raise. According to the union's own survey of 3,100 "
            "members, published in November, 41 percent of teachers are considering leaving.")
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == [["Estonian Education Personnel Union",
                                                         "41 percent of teachers are considering leaving"]]


@pytest.mark.parametrize("text", [
    "Both the US and Turkey would have reversed previous pledges and red lines.",
    "He said he could no longer ask players to train without being paid."])
def test_a_verb_group_before_a_cue_like_noun_is_no_subject(text):
    out = quotes_of(text)
    assert not any(" would " in s or " could " in s for s in out["speaker"]), out.to_string()


@pytest.mark.parametrize("text, content", [
    # an infinitive or an object ends before the source's next predicate or a new clause
    ("Clinton has vowed to keep abortion legal and celebrated the ruling Monday.", "to keep abortion legal"),
    ("The city urged people to seek shelter that way, and the hashtag was soon trending.",
     "people to seek shelter that way"),
    ("Mr. Obama blamed the fog of war for the failure, and continued to defend the notion that a video inspired it.",
     "the fog of war for the failure"),
    # (what is denied too, before a last verb or a passive of the source's own)
    ("Mr. Okafor denied a role in the fraud and was released on bail.", "a role in the fraud"),
    ("Ms. Lund, accused of taking the money, denied wrongdoing and resigned.", "wrongdoing"),
    # but not an adjective before its noun, a passive's participles, or a reported clause's own verbs
    ("Mr. Diaz criticized the schools and elected officials of the county.", "the schools and elected officials of the "
     "county"),
    ("Ms. Vidal called for the law to be withdrawn and replaced by an agreement.",
     "the law to be withdrawn and replaced by an agreement"),
    ("Ms. Vidal said the plan had failed and cost the town its library.", "the plan had failed and cost the town its "
     "library")])
def test_an_object_content_ends_before_the_next_predicate(text, content):
    out = quotes_of(text)
    assert out["text"].tolist() == [content]


@pytest.mark.parametrize("text, expected", [
    # a trailing cue followed by a long prepositional adjunct with no clause of its own
    ("His allegiance has shifted to Cruz, Wilkin said during his campaign speech to be a national delegate.",
     [["Wilkin", "His allegiance has shifted to Cruz"]]),
    ("The files are in storage, Pat Kennedy wrote in a memo to State Department Inspector General Steve Linick.",
     [["Pat Kennedy", "The files are in storage"]]),
    ("Many voters found it offensive, journalist Martha Raddatz said in posing the question to Chris Christie.",
     [["Martha Raddatz", "Many voters found it offensive"]]),
    # a passive's agent is no adjunct of saying: a book was written, nothing was said
    ('The lorry is on the cover of "Green Giants", a history of the team written by Alan Sharpe and published in'
     ' 2018.', [])])
def test_a_trailing_cue_before_a_long_adjunct(text, expected):
    out = quotes_of(text)
    assert out[["speaker", "text"]].values.tolist() == expected


@pytest.mark.parametrize("text, rows_", [
    # "that" + a past tense + a preposition after a noun-like cue is a relative clause, not what is reported
    ("The two taped an hourlong show that aired on Thursday, and was light on details.", 0),
    ("The report says that increased spending would help.", 1),
])
def test_a_noun_cue_before_a_relative_that(text, rows_):
    assert len(quotes_of(text)) == rows_


@pytest.mark.parametrize("text, speaker, content", [
    # an opening time phrase (after a conjunction, or led by a determiner) is where, not what: the clause after the
    # "according to" aside is reported
    ("But the next day, according to Roffman, Trump made further demands.", "Roffman", "Trump made further demands"),
    ("The following week, according to aides, the senator called three donors.", "aides",
     "the senator called three donors"),
    # a relative clause holding the cue ends at its closing comma, before the main clause's verb
    ("Her Iraq war vote, which Hillary Clinton has said was a mistake, was a factor in her defeat.",
     "Hillary Clinton", "was a mistake"),
    ("The minister would publish the data, which Aminata Ndiaye said had been compiled by monitors, and would summon "
     "the envoy.", "Aminata Ndiaye", "had been compiled by monitors"),
])
def test_the_reported_part_around_an_aside_or_a_relative_clause(text, speaker, content):
    out = quotes_of(text)
    assert [speaker, content] in out[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("verb", ["fumed", "marvelled", "groused", "lamented", "bragged", "fretted"])
def test_verbs_of_manner_cue_the_quotation_beside_them(verb):
    text = f'Headline\n\n"They would have gone to the only bill with support from both parties," Dana Whitcombe {verb}.'
    out = extract_article(text)
    assert out[["kind", "speaker"]].values.tolist() == [["direct", "Dana Whitcombe"]]


@pytest.mark.parametrize("line, speaker", [("- Glenna Tarrow.", "Glenna Tarrow"),
                                           ("— Sen. Ruben Ostrakov, Jan. 14, 2016", "Ruben Ostrakov")])
def test_a_quotation_paragraph_attributed_by_a_dash_line_after_it(line, speaker):
    text = f'Headline\n\n"We will win this state, and we will win it big."\n\n{line}\n\nThe claim does not hold up.'
    assert extract_article(text)[["kind", "speaker"]].values.tolist() == [["direct", speaker]]


def test_a_dash_line_after_a_sentence_ending_in_a_quotation_is_a_credit_not_a_speaker():
    text = ('Headline\n\nThe candidate Ruben Ostrakov has called rivals "cowards" and "my friends from the coast."'
            '\n\n- Reuters.')
    assert "Reuters" not in extract_article(text)["speaker"].tolist()


@pytest.mark.parametrize("text, rows_", [
    # a participle between a number and a plural noun is an adjective, not a report
    ("Harriet Vance leads Lowell Brandt by roughly 270 pledged delegates as the season ends.", 0),
    ("Only one person was killed last year, and there were only eight reported incidents of a gun being fired.", 0),
    # a number that is the subject of the verb still reports
    ("The statement by the two suggested both are invested in ending the infighting.", 1),
])
def test_a_cue_participle_after_a_number_before_a_plural_noun(text, rows_):
    assert len(quotes_of(text)) == rows_


@pytest.mark.parametrize("sentence", [
    "A worker named Antonio Arroyo has nothing but positive things to say about his job, much like his colleagues.",
    "When reached by the Associated Press, Lewandowski had little to say.",
])
def test_to_say_after_a_noun_of_quantity_reports_nothing(sentence):
    assert rows("Headline\n\n" + sentence).empty


def test_reminded_with_an_addressee_and_a_that_clause_reports():
    frame = rows("Headline\n\nIn her summing up, Judge Nerys Howell reminded jurors that the case was \u201cnot a "
                 "competition about taste\u201d.")
    assert only(frame, "competition")["speaker"] == "Nerys Howell"


def test_reminded_him_of_a_quoted_phrase_is_no_cue():
    frame = rows('Headline\n\nPatrick Murphy spoke on Monday.\n\nHe said he had seen schools that reminded him of "a '
                 'third-world country," where teachers had no supplies.')
    assert only(frame, "third-world")["cue"] == "said"


def test_a_report_after_a_noun_is_a_document_not_a_cue():
    frame = rows("Headline\n\nThe committee meets on Oct. 8. A staff report released Friday recommends approving the "
                 "project, saying a fourth floor \u201cwould be visible from the street.\u201d")
    row = only(frame, "fourth floor")
    assert (row["speaker"], row["cue"]) == ("A staff report", "saying")


def test_a_cue_form_right_after_told_is_an_adjective():
    frame = rows("Headline\n\nThe federation named three runners on Monday.\n\nSelection committee chairman Dawit Alemu "
                 "told state broadcaster EBC that the medical report had arrived \"after the deadline\" and had not "
                 "been signed.\n\nHe told state television that the plan was \"dead\" and would not return.")
    assert only(frame, "after the deadline")["cue"] == "told"
    assert only(frame, "plan was")["cue"] == "told"


def test_state_between_a_preposition_and_a_noun_is_no_cue():
    frame = rows('Headline\n\nBut the memo concedes that the regiment would struggle to mount a full escort on state '
                 'occasions "without borrowing from other units".')
    assert only(frame, "without borrowing")["cue"] == "concedes"


@pytest.mark.parametrize("sentence, speaker", [
    ("Manchester Crown Court heard that the labels were printed in a locked room.", "Manchester Crown Court"),
    ("The Government Accountability Office recommended that the agency review its contracts.",
     "Government Accountability Office"),
])
def test_heard_and_recommended_take_a_that_clause(sentence, speaker):
    frame = rows("Headline\n\n" + sentence)
    assert frame["speaker"].tolist() == [speaker]


def test_heard_a_noun_reports_nothing():
    assert rows("Headline\n\nNeighbours heard a loud bang shortly after midnight.").empty


@pytest.mark.parametrize("sentence, content", [
    ("Dr. Ian Moss said more cases are likely to be reported in the coming weeks.",
     "more cases are likely to be reported in the coming weeks"),
    ("Two people familiar with the matter said at least one large electronics brand had required its suppliers to "
     "submit plans.", "at least one large electronics brand had required its suppliers to submit plans"),
    ("Lise Dupuis, executive director of the partnership, said roughly one in five summer visitors to the region "
     "comes off the boat.", "roughly one in five summer visitors to the region comes off the boat"),
    ("The mayor said nearly two dozen schools will close.", "nearly two dozen schools will close"),
    ("The unions say about 2,600 employees across the country received notices.",
     "about 2,600 employees across the country received notices"),
])
def test_a_that_less_clause_may_open_with_a_quantity(sentence, content):
    assert texts_of(sentence) == [content]


@pytest.mark.parametrize("sentence", ["The mayor said at one point during the campaign that it was over.",
                                      "The mayor said about two weeks ago that it was over."])
def test_a_number_of_a_time_after_said_opens_no_clause(sentence):
    assert texts_of(sentence) == ["it was over"]


@pytest.mark.parametrize("sentence, content", [
    ("He said schools, nurseries and GP waiting rooms were the places where the virus spread.",
     "schools, nurseries and GP waiting rooms were the places where the virus spread"),
    ("The spokesperson said $11.2 million the department has set aside would begin flowing next spring.",
     "$11.2 million the department has set aside would begin flowing next spring"),
    ("Political analysts said early elections remained unlikely.", "early elections remained unlikely"),
])
def test_a_that_less_clause_may_open_with_a_list_a_sum_or_an_adjective_of_time(sentence, content):
    assert rows("Headline\n\nDr. Ian Moss spoke on Monday. " + sentence)["text"].tolist() == [content]


def test_said_on_a_day_as_he_did_something_reports_nothing():
    assert rows("Headline\n\nThe talks opened. President Hollande said Friday as he entered the talks.").empty


def test_a_trailing_cue_closed_by_a_semicolon_reports_both_clauses():
    frame = rows("Headline\n\nWanjiru Mbugua spoke on Monday. The families did not want charity, she said; they wanted "
                 "their land back.")
    assert frame["text"].tolist() == ["The families did not want charity", "they wanted their land back"]
    assert set(frame["speaker"]) == {"Wanjiru Mbugua"}


def test_a_long_adjunct_opened_by_a_preposition_may_stand_before_that():
    frame = rows("Headline\n\nKelowna RCMP said in a news release at the time of Pruitt\u2019s arrest in October 2024 that "
                 "the investigation involved the major crime unit.")
    assert frame["text"].tolist() == ["the investigation involved the major crime unit"]


def test_an_adjunct_before_that_holds_no_clause_of_its_own():
    frame = rows("Headline\n\nPaul previously said on Twitter he suffered the broken ribs from the Nov. 3 incident and "
                 "that X-rays showed a buildup of fluid.")
    assert frame["text"].tolist()[0].startswith("he suffered the broken ribs")


def test_a_reported_clause_ends_before_citing_its_reasons():
    out = rows('In a statement, Kessler Drug said the location had become "unsustainable," citing theft and shrinking '
               "payments.")
    assert out["text"].tolist() == ['the location had become "unsustainable,"']


@pytest.mark.parametrize("act", ["declared a major incident shortly after 7am",
                                 "has declared a state of calamity in four municipalities",
                                 "has effectively declared itself bankrupt"])
def test_declaring_a_state_or_an_incident_is_an_act_not_a_report(act):
    assert indirect_texts(f"The council {act}.") == []
    assert indirect_texts("Peru recalled its ambassador to Bolivia for consultations on Wednesday.") == []
    # declaring war is a statement PolNeAR annotates
    assert indirect_texts("The authorities declared war on the rebels in the north.") == ["war on the rebels in the north"]


def test_an_appositive_after_according_to_is_no_clause():
    out = rows("In the short term, probably not much, unless the hold drags on, according to Marianne Yuen, executive "
               "director of the Western Pulse Growers Council.")
    assert out["text"].tolist() == ["In the short term, probably not much, unless the hold drags on"]


def test_according_to_a_quoted_term_is_no_source_but_a_quoted_title_is():
    assert rows('Practices are paid according to "units of dental activity", a measure introduced in 2006.').empty
    out = rows('One Sunday, according to "Perfect Enough" by George Anders, Fiorina sat in her study and wrote.')
    assert len(out) == 1 and out.iloc[0]["cue"] == "according to"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("Ms Bell has written to the First Minister asking whether the evidence should be referred to the committee.",
     "Bell", "whether the evidence should be referred to the committee"),
    ("RPC lawyer Serge Agbodjan wrote to the commission on Wednesday asking whether the signatures had been checked.",
     "Serge Agbodjan", "whether the signatures had been checked")])
def test_a_participle_of_asking_before_whether_reports_the_question(sentence, speaker, content):
    # (the question keeps its "whether": without it the content reads as something asserted)
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [f"Headline\n\n{sentence}"]}))
    assert out[["speaker", "kind"]].values.tolist() == [[speaker, "indirect"]]
    assert sentence.endswith(content + ".") and out["text"].iloc[0] == content


@pytest.mark.parametrize("content", ["family members had been given less than three weeks",
                                     "only about a dozen people could still make the glass",
                                     "last August\u2019s oxygen readings near the bottom were the lowest"])
def test_a_clause_opened_by_a_word_in_ly_that_is_no_adverb_is_reported(content):
    text = f"Headline\n\nJohn Smith runs the firm. He said {content}."
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert out[["text", "speaker"]].values.tolist() == [[content, "John Smith"]]


def test_blame_reports_what_is_blamed():
    text = ("Headline\n\nThe mill opened in 1950. The Vancouver-based company blamed weak global pulp prices and the "
            "rising cost of wood for the closure.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert out[["kind", "text", "cue"]].values.tolist() == [
        ["indirect", "weak global pulp prices and the rising cost of wood for the closure", "blamed"]]


@pytest.mark.parametrize("sentence, content", [
    ("The Conservatives, for their part, questioned whether Canada could house the people it has already taken in.",
     "whether Canada could house the people it has already taken in"),
    ("Several athletes have questioned the reliability of the handheld infrared devices used at the event.",
     "the reliability of the handheld infrared devices used at the event"),
    ("Detectives questioned the two men for several hours on Tuesday.", None),
    ("The committee will hear a simple question about the budget.", None)])
def test_questioned_reports_a_doubt_not_an_interrogation(sentence, content):
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [f"Headline\n\n{sentence}"]}))
    assert out["text"].tolist() == ([content] if content else [])


def test_a_participle_after_a_number_and_new_is_an_adjective():
    text = ("Headline\n\nPublic Health Ontario said in an emailed statement that it added 11 new estimated risk areas "
            "in the province last year.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert out["cue"].tolist() == ["said"]


def test_a_listed_subject_with_a_longer_last_noun_phrase_opens_a_reported_clause():
    text = ("Headline\n\nThe plan was approved. But critics said defendants, witnesses and victims in rural areas "
            "would face long journeys.")
    out = extract_quotes(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert out["text"].tolist() == ["defendants, witnesses and victims in rural areas would face long journeys"]


@pytest.mark.parametrize("sentence, content", [
    ("Smith is warning that the plan will fail.", ["the plan will fail"]),
    ("The trust is now warning that the council will sell the ground.", ["the council will sell the ground"]),
    ("The trust is also calling on the council to list the ground as an asset.",
     ["the council to list the ground as an asset"]),
    ("The company is reporting losses this year.", [])])
def test_a_progressive_before_that_reports_but_not_before_a_bare_noun(sentence, content):
    assert texts_of(sentence) == content


def one_article(text):
    """``extract_quotes`` on one article, as a loaded corpus gets it (the corpus's people included)."""
    return extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text], "title": [""]}))


@pytest.mark.parametrize("sentence, content", [
    ("She said as many as a third of the beds are occupied by patients waiting for care.",
     "as many as a third of the beds are occupied by patients waiting for care"),
    ("Outside, retired Canada Border Services Agency officer Glen Sato said he cleared passengers for 22 summers.",
     "he cleared passengers for 22 summers"),
    ("The witness, Gurleen Bhatia, testified she paid $6,500 in 2021 for a diploma.",
     "she paid $6,500 in 2021 for a diploma"),
    ("Ari Lindqvist said weekend day-trippers account for nearly half of her sales.",
     "weekend day-trippers account for nearly half of her sales"),
    ("Ari Lindqvist said last week that shifts were cut.", "shifts were cut"),
    ("He said Haddock, a mother of two, had lost her career.", "Haddock, a mother of two, had lost her career"),
    ("Edward Lacey asked whether the government had any plan for a fleet that earns a third of its income.",
     "whether the government had any plan for a fleet that earns a third of its income")])  # (a question keeps
    # its "whether")
def test_a_clause_reported_without_that_is_found_after_a_quantity_a_long_title_or_testified(sentence, content):
    text = f"Headline\n\n{sentence}"
    q = one_article(text)
    assert [text[s:e] for s, e in zip(q.start, q.end)] == [content]


def test_a_verb_after_but_and_an_aside_reports_for_the_sentences_subject():
    text = ("Headline\n\nThe base commander, Col. Andrea Szabo, declined an interview request but, through a "
            "spokesperson, said the base has not been told of any decision.")
    q = one_article(text)
    assert [(text[s:e], p) for s, e, p in zip(q.start, q.end, q.speaker)] == [
        ("the base has not been told of any decision", "Andrea Szabo")]


def test_the_mayor_of_a_town_in_the_lead_is_the_one_mayor_named_after():
    text = ("Headline\n\n(ANSA) - NAPLES, MAR 11 - The mayor of Pozzuoli on Wednesday accused the government of "
            "leaving the area \"alone with its fear\".\n\nNo one was killed, the Naples prefecture said.\n\n"
            "\"The evacuation plan exists only on paper,\" Mayor Raffaele Iovino told ANSA.")
    out = one_article(text)
    assert out["speaker"].tolist()[0] == "Raffaele Iovino"


@pytest.mark.parametrize("after, speaker", [
    ("Ruth Kilbride says this with a laugh, sitting in the empty stalls.", "Ruth Kilbride"),
    # (not "says this": a report of its own; the quotation is still hers, as the person the next paragraph opens
    # with, a rule of its own)
    ("Ruth Kilbride said that while the play was hers, the kettle was not.", "Ruth Kilbride"),
    ("The words drew the loudest applause of the night. They came from Pete Ambrose, a retired captain.",
     "Pete Ambrose")])
def test_a_quotation_is_the_one_whom_the_next_sentence_says_says_this(after, speaker):
    text = f"Headline\n\n“The first thing to go was the kettle. It was never going to whistle.”\n\n{after}"
    out = one_article(text)
    assert out[out["kind"] == "direct"]["speaker"].tolist() == [speaker]
    if "said that" in after:
        assert out[out["kind"] == "indirect"]["text"].tolist() == ["while the play was hers, the kettle was not"]


def test_that_after_a_preposition_is_a_demonstrative_not_a_clause():
    text = ("Headline\n\nAccording to a report by council officers, 58 per cent of the 2,900 people who responded to "
            "that consultation backed a zone in their area.")
    assert rows(text)["cue"].tolist() == ["According to"]


@pytest.mark.parametrize("sentence, content", [
    ("The club also posted on Facebook that entry fees would be refunded in full.",
     "entry fees would be refunded in full"),
    ("Deputy Le Van Tuan proposed that contractors which repeatedly miss deadlines be barred from bidding.",
     "contractors which repeatedly miss deadlines be barred from bidding"),
    ("Riverside Leisure Cruisers Ltd admitted failing to ensure the safety of its customers.",
     "failing to ensure the safety of its customers"),
])
def test_posted_and_proposed_take_a_that_clause_and_admitted_a_gerund(sentence, content):
    assert texts_of(sentence) == [content]


@pytest.mark.parametrize("asker, rows_", [
    # the press's question opening a sentence is no one's words, as an unnamed asker's is
    ("reporters at the depot", 1), ("journalists", 1), ("the Examiner", 1), ("the News Letter", 1),
    # a named person's question, one reporter's, or a wire agency's (a row in the Reuters gold) is
    ("Councillor Okafor", 2), ("a reporter", 2), ("Reuters", 2),
])
def test_a_question_asked_by_the_press_is_no_report(asker, rows_):
    out = rows(f"Headline\n\nAsked by {asker} whether the owners had been told, Mr Reed said letters had gone out.")
    assert len(out) == rows_ and out["text"].iloc[-1] == "letters had gone out"


@pytest.mark.parametrize("sentence, contents", [
    # the speaker's own request, told inside the report that holds it: one row
    ("Councillor Dee Hart said she had asked the heritage board to consider a demolition delay.",
     ["she had asked the heritage board to consider a demolition delay"]),
    # someone else's request inside a report: two rows
    ("Mr Pruitt said the union had asked the firm in March to consider rotating furloughs.",
     ["the union had asked the firm in March to consider rotating furloughs",
      "the firm in March to consider rotating furloughs"]),
])
def test_a_request_told_by_the_one_who_made_it_is_one_row(sentence, contents):
    assert texts_of(sentence) == contents


@pytest.mark.parametrize("sentence, content", [
    # a thing added is no words
    ("The project will rebuild the water mains and add a covered stage and public washrooms.", []),
    ("Regina is the only large city that does not add fluoride to its water.", []),
    # words added: a clause with a finite verb, past, modal or present
    ("Mr Dyck added the cause of the fire remains under investigation.",
     ["the cause of the fire remains under investigation"]),
    ("She added the council would review the fees in March.", ["the council would review the fees in March"]),
    # reporting something to someone is no words: whom it went to
    ("The bank had reported the matter to the Bank of Ghana.", []),
    ("The couple backed away and reported the encounter to police.", []),
    # what was reported, and a report inside a report, are
    ("She told jurors she reported it to the state police the same week.",
     ["she reported it to the state police the same week"]),
    ("The campaign reported raising $9 million, most of it money he lent to his campaign.",
     ["raising $9 million, most of it money he lent to his campaign"]),
    # what a finding bore out is what others said before, no words of its own
    ("Mr Hale said the audit confirmed what his caucus argued last spring.",
     ["the audit confirmed what his caucus argued last spring"]),
    ("The council confirmed it would raise the parking levy.", ["it would raise the parking levy"]),
])
def test_a_thing_added_or_reported_to_someone_is_no_report(sentence, content):
    assert texts_of(sentence) == content


@pytest.mark.parametrize("sentence, content", [
    # a plea to a charge: the court's words, no report of the accused's own
    ("The mother-of-two admitted fraud by false representation at an earlier hearing and was jailed for a year.", []),
    ("Pellow admitted two offences under the Environmental Permitting Regulations when he appeared in court.", []),
    ("Ms Garvey denies 11 counts of fraud by abuse of position.", []),
    ("Mr Tandy admitted the charge of theft.", []),
    ("He admitted an offence of assault at Carlisle Crown Court.", []),
    # what is said about the charges, or an act admitted, is a report
    ("Mr Tandy denied the charges were politically motivated.", ["the charges were politically motivated"]),
    ("Ms Garvey admitted fraud had taken place in her department.", ["fraud had taken place in her department"]),
    ("The firm admitted failing to ensure the safety of its workers.", ["failing to ensure the safety of its workers"]),
    ("The senator denied any wrongdoing.", ["any wrongdoing"]),
])
def test_a_plea_to_a_charge_is_no_report(sentence, content):
    assert texts_of(sentence) == content


def test_a_post_after_an_adjective_is_a_job_and_during_is_no_gerund():
    assert rows("Headline\n\nCruz will block his nomination to a key post at the Department of Agriculture until "
                "he gets a meeting about biofuels.").empty
    assert rows("Headline\n\n\"There is today,\" Murphy admitted during an interview for POLITICO's \"Off "
                "Message\" podcast.")["kind"].tolist() == ["direct"]


def test_after_an_object_pronoun_a_bare_noun_may_open_the_clause_but_not_after_to_tell():
    assert rows("Headline\n\nShe told them prices had risen sharply.")["text"].tolist() == ["prices had risen sharply"]
    assert rows("Headline\n\nStaff were phoning families to tell them there was no bed.").empty


def test_a_number_with_thousands_commas_is_one_token_as_in_the_text_units():
    from analysis.quotes.lexicon import words
    text = "about 2,600 staff, 3, 4 and 1,200,000 people; 12,34"
    assert [t for _, _, t in words(text, 0, len(text))] == [
        "about", "2,600", "staff", ",", "3", ",", "4", "and", "1,200,000", "people", ";", "12", ",", "34"]


@pytest.mark.parametrize("sentence, speaker, content", [
    # a role opened by "a", then the name, each set off, before the cue (the quotation marks' rule already read it)
    ("The mill will close in March, a spokeswoman, Priya Nandakumar, said.", "Priya Nandakumar",
     "The mill will close in March"),
    # an inverted source of more than five words, its name after the role, ending the sentence
    ("The mill is under pressure from cheaper imports, said the company's chief executive, Orla Brennan.",
     "Orla Brennan", "The mill is under pressure from cheaper imports"),
])
def test_a_reported_clause_before_a_described_and_named_source(sentence, speaker, content):
    out = rows("Headline\n\n" + sentence)
    assert out[["speaker", "text"]].values.tolist() == [[speaker, content]]


def test_a_role_after_a_is_needed_before_a_set_off_place_is_taken_for_the_source():
    # "Houston, Texas" is where the delegate is from, not his name: the source stays the man named before
    out = rows("Headline\n\nThe turmoil at the convention was part of the show, Marcus Odell, an African-American "
               "delegate from Houston, Texas, said.")
    assert out["speaker"].tolist() == ["Marcus Odell"]


def test_since_inside_a_perfect_before_the_cue_keeps_the_subject():
    out = rows("Headline\n\nGwen Ashby opened the clinic in 2019. Ms. Ashby has since said she would expand it to "
               "a second town.")
    assert out[["speaker", "text"]].values.tolist() == [["Gwen Ashby", "she would expand it to a second town"]]


def test_a_sign_put_up_before_a_colon_is_no_speech_and_the_pronoun_after_goes_to_who_put_it_up():
    text = ("Headline\n\n“We sell out of jerky by Wednesday,” said owner Denise Kowal, who has run the store for 14 "
            "years.\n\nTables at the Legion have been booked, said branch secretary Myrna Tkach.\n\n“We had a sergeant "
            "teach the hall a song,” Tkach said.\n\nBack at the store, Kowal has taped a handwritten sign to the jerky "
            "shelf: “Limit 5 per soldier.”\n\n“They’re polite and they pay cash,” she said.")
    out = rows(text)
    assert "Limit 5 per soldier." not in out["text"].tolist()
    assert out["speaker"].tolist()[-1] == "Denise Kowal"


def test_refusing_to_sign_before_a_colon_still_quotes():
    out = rows("Headline\n\nThe mayor, Ray Bloom, refused to sign the deal. He said: “I will not put my name to this.”")
    assert "I will not put my name to this." in out["text"].tolist()


def test_an_inverted_source_goes_on_through_a_lower_case_description_to_the_name():
    out = rows("Headline\n\n“We have heard the words before,” said the group’s chair, retired paramedic Dilys "
               "Abbot. “Every time, the service goes.”\n\nShe said the group would meet next week.")
    assert out["speaker"].tolist() == ["Dilys Abbot"] * 3


def test_the_council_paragraphs_after_another_council_is_named_in_passing_stays_the_article_s_council():
    text = ("Headline\n\nFife Council has published plans for a new harbour wall.\n\nThe council's own budget will "
            "pay for most of it.\n\nKirkcaldy Community Council posted on Facebook that it backed the plans.\n\n"
            "Fishermen want more berths.\n\nTraders want more parking.\n\nBoat owners want a new slipway.\n\n"
            "The council says work could start in April.")
    out = rows(text)
    assert out.loc[out["text"] == "work could start in April", "speaker"].tolist() == ["Fife Council"]


def test_the_university_far_from_any_name_is_the_one_the_article_names_most():
    text = ("Headline\n\nEastern Plains University's trustees voted on Friday to cut 14 programs.\n\nEastern Plains "
            "University has lost a quarter of its students since 2016.\n\nOne student said her brother was already "
            "looking at Central Plains University.\n\nThe union said it would complain.\n\nParents were angry.\n\n"
            "Alumni were angrier.\n\nSix programs had fewer than five students, according to university data.")
    out = rows(text)
    assert out.loc[out["text"] == "Six programs had fewer than five students", "speaker"].tolist() \
        == ["Eastern Plains University"]


def test_a_department_whose_field_holds_and_is_one_body_for_the_agency():
    text = ("Headline\n\nThe beach closed on Monday, according to the Oregon Department of Agriculture.\n\nToxin levels "
            "were twice the limit, the agency said.\n\nThe closure went up on the Oregon Department of Fish and "
            "Wildlife’s shellfish page shortly after noon. “Razor clam harvest is CLOSED,” the agency wrote on "
            "Facebook.")
    out = rows(text)
    assert out.loc[out["text"] == "Razor clam harvest is CLOSED,", "speaker"].tolist() \
        == ["Oregon Department of Fish and Wildlife"]


def test_a_noun_before_the_subject_s_head_stays_in_the_source():
    out = rows("Headline\n\nA Denver water judge has ordered a gravel company to stop pumping, ruling that the company "
               "had no legal right to the water.")
    assert out["speaker"].tolist() == ["A Denver water judge"]


def test_the_company_is_the_firm_an_industry_names_not_a_campaign_group():
    text = ("Headline\n\nParents in Marsh End say an incinerator would put a chimney next to their school.\n\n"
            "Redlane Energy Recovery applied for planning permission last month.\n\nThe plant would burn 240,000 "
            "tonnes of waste a year, according to the company.\n\nMrs Okoro helped set up the Marsh End Clean Air "
            "Group, which met last week.\n\nThe company added that the chimney height had been set by modelling.")
    out = rows(text)
    got = dict(zip(out["text"], out["speaker"]))
    assert got["The plant would burn 240,000 tonnes of waste a year"] == "Redlane Energy Recovery"
    assert got["the chimney height had been set by modelling"] == "Redlane Energy Recovery"


def test_the_company_after_a_mixed_case_dateline_is_the_firm_opening_the_sentence():
    out = rows("Headline\n\nModena, 3 Dec. (Adnkronos) - Ceramiche Valsenna, one of the historic tile makers of the "
               "district, plans to cut 310 jobs, the company said in a note on Tuesday.")
    assert out["speaker"].tolist() == ["Ceramiche Valsenna"]


@pytest.mark.parametrize("dateline", ["MODENA, Italy (AP) — ", "Modena, 3 Dec. (Adnkronos) - ", "PORTLAND, Maine - "])
def test_what_a_lead_reports_starts_after_its_dateline(dateline):
    out = rows(f"Headline\n\n{dateline}Ceramiche Valsenna plans to cut 310 jobs, the company said.")
    assert out["text"].tolist() == ["Ceramiche Valsenna plans to cut 310 jobs"]


def test_a_coordinated_verb_keeps_a_subject_named_after_a_long_body_name():
    out = rows("Headline\n\nThe president of the Mallorca Vehicle Rental Business Association (AEVAM), Bartomeu Riba, "
               "has described the law as \"an expropriation in disguise\" and has announced that the association "
               "will challenge it in the courts.")
    assert out["speaker"].tolist() == ["Bartomeu Riba", "Bartomeu Riba"]
    assert out["speaker_mention"].str.endswith("Bartomeu Riba").all()  # (not "The president", a role to resolve)


def test_according_to_a_measure_is_no_source():
    out = rows("Headline\n\nFrancisca Vidal has explained that the places will be shared out among companies according to "
               "the size of their fleets in 2024.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Francisca Vidal", "the places will be shared out among companies according to the size of their fleets in "
                            "2024"]]


@pytest.mark.parametrize("text", [
    "They pull the lever for Republicans, according to their instinctive preference.",
    "The launch went ahead according to plan.",
    "Votes are counted by hand according to tradition.",
])
def test_according_to_a_norm_is_no_source(text):
    assert rows(text).empty


def test_according_to_a_plan_or_the_rules_is_a_documents_word():
    assert rows("Costs will rise, according to the plan.")["speaker"].tolist() == ["the plan"]
    assert rows("The winner receives a car, according to the rules of the competition.")["speaker"].tolist() \
        == ["the rules of the competition"]


def test_a_kind_bodys_own_document_is_the_bodys():
    out = rows("Headline\n\nThe Oregon Land Use Board of Appeals sent the plan back to the county on Friday.\n\nThe "
               "company had not secured the credits when the county approved the plan, according to the board's "
               "opinion.")
    assert out["speaker"].tolist() == ["Oregon Land Use Board of Appeals"]


def test_the_group_paragraphs_after_the_article_introduced_it_by_its_kind_is_that_group():
    text = ("Headline\n\nSeveral speakers wore stickers reading \"Keep Sixth Human,\" a slogan the neighborhood group "
            "Friends of Two Rivers has printed on yard signs.\n\nThe council voted 5-2.\n\nThe mayor was absent.\n\n"
            "The hearing ran late.\n\nIn a post on Facebook on Friday morning, the group called the delay a reprieve, "
            "not a victory.")
    out = rows(text)
    assert out.loc[out["text"].str.contains("reprieve"), "speaker"].tolist() == ["Friends of Two Rivers"]


def test_a_time_before_the_subject_with_no_comma_is_no_part_of_the_source():
    out = rows("Headline\n\nThe Ty Gobaith Trust runs the unit.\n\nLast month the trust posted a video on Facebook of "
               "new solar panels, writing: \u201cLights on, all night, for the first time.\u201d")
    assert out["speaker_mention"].tolist() == ["the trust"]
    assert out["speaker"].tolist() == ["Ty Gobaith Trust"]


def test_a_subject_s_appositive_may_hold_a_party_and_a_role_before_the_name():
    out = rows("Headline\n\nThe committee chair, Sinn Fein councillor Niamh Donnell, defended the project, saying most "
               "of the increase was down to asbestos.")
    assert out["speaker"].tolist() == ["Niamh Donnell"]


def test_the_report_is_its_maker_named_where_it_was_introduced_not_who_obtained_it():
    text = ("Headline\n\nA 96-page report prepared for the three towns by Halifax-based Kestrel Policing Group "
            "recommends one service.\n\nBut the report found that one in six posts was empty.\n\nAn internal memo "
            "obtained by the Daily Courier warns of delays.\n\nThe memo said the planes were grounded.")
    out = rows(text)
    got = dict(zip(out["text"], out["speaker"]))
    assert got["one in six posts was empty"] == "Kestrel Policing Group"
    assert got["the planes were grounded"] != "Daily Courier"


@pytest.mark.parametrize("text, content", [
    ("Officials told local media 31 people had been killed across the region.",
     "31 people had been killed across the region"),
    ("The minister told the Post & Times that the offers had been substantially lower.",
     "the offers had been substantially lower")])
def test_an_addressee_with_an_ampersand_or_before_a_number_opening_the_clause(text, content):
    assert rows("Headline\n\n" + text)["text"].tolist() == [content]


def test_a_participle_before_the_plural_noun_that_ends_the_subject():
    out = rows("Headline\n\nFrench fishing groups have long complained that British dredgers take too much.")
    assert out[["speaker", "text"]].values.tolist() == [["French fishing groups", "British dredgers take too much"]]


def test_a_long_work_title_set_off_after_a_document_and_its_maker_is_no_quotation():
    out = rows("Headline\n\nA 2024 study by her faculty, “Fish Stocks of Lake Skadar: Trends and Pressures”, said "
               "illegal fishing was the main cause.")
    assert out[["kind", "text"]].values.tolist() == [["indirect", "illegal fishing was the main cause"]]


@pytest.mark.parametrize("text, content", [
    ("Glenda Maclean said about 140 growers in the two counties ship to Cobequid Bay.",
     "about 140 growers in the two counties ship to Cobequid Bay"),
    ("Shelley Tran, who runs cottages on the lake, said about a third of her summer guests tow their own boats.",
     "about a third of her summer guests tow their own boats"),
    ("The manager, Tom Ash, said by email his company had already placed orders with a Danish supplier.",
     "his company had already placed orders with a Danish supplier"),
    ("Coun. Sienna Larocque said at the Nov. 4 council meeting she wants the town to pause the block.",
     "she wants the town to pause the block"),
    ("He said at least a dozen parents had contacted him since the offer became public.",
     "at least a dozen parents had contacted him since the offer became public")])
def test_a_that_less_clause_after_a_short_adjunct_or_opening_with_a_rough_quantity(text, content):
    assert rows("Headline\n\n" + text)["text"].tolist() == [content]


def test_two_adjuncts_before_a_subject_with_an_aside():
    out = rows("Headline\n\nSpeaking by video link from Odesa, through an interpreter, Olena Savchuk, the secretary of "
               "the town council, said the town was grateful for the generators.")
    assert out[["speaker", "text"]].values.tolist() == [["Olena Savchuk", "the town was grateful for the generators"]]


@pytest.mark.parametrize("text, speaker", [
    ("Oxford County director of community planning Gordon Riehl told council that the interchange is one of two "
     "sites.", "Gordon Riehl"),
    ("Head of marketing Jane Doe said sales rose in the spring.", "Jane Doe")])
def test_a_field_s_gerund_in_a_role_before_a_name(text, speaker):
    assert rows("Headline\n\n" + text)["speaker"].tolist() == [speaker]


def test_a_subject_with_an_aside_after_a_comma_and_and():
    out = rows("Headline\n\nVibrio multiplies fastest when water is warm, and Dr. Celeste Arceneaux, an epidemiologist "
               "with the health department, said the coast had an unusually long stretch of warm water.")
    assert out[["speaker", "text"]].values.tolist() == [
        ["Celeste Arceneaux", "the coast had an unusually long stretch of warm water"]]


@pytest.mark.parametrize("text, speaker", [
    ("A neighbour who lives two doors down and did not want to be named said the building had been for sale.",
     "A neighbour"),
    ("The director at Conserve Valpadana, a canner near Parma that buys about 6,000 tonnes of beans a year, said the "
     "company will test every shipment.", "the director at Conserve Valpadana")])
def test_a_relative_clause_of_two_verbs_or_after_a_place_in_the_subject(text, speaker):
    assert rows("Headline\n\n" + text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text", [
    "She held a placard her grandchildren had made, reading \"Welcome home, Grandpa\".",
    "A hand-lettered sign tied to the gate of the Brandt orchard Thursday read \"Spraying Today — Keep Out.\"",
    "The hills, often described as the \"lungs of Islamabad,\" are shrinking.",
    "Police said officers traced the sales to an account with the username \"hessleroadhero\".",
    "The town said the report was released in December under the title “Two Councils, One Community?”",
    "The analyst said the firm has marketed itself as \"the no-quibble insurer\" for years."])
def test_signs_names_and_descriptions_are_no_quotations(text):
    assert "partial" not in rows("Headline\n\n" + text)["kind"].tolist()


@pytest.mark.parametrize("text, quoted", [
    ("At every campus, banners carry the network’s motto: “Every Child Blooms.”", []),
    ("One placard summed up the mood: \"Lights off, women out.\"", []),
    ("The signs along the shore have carried the same two words: \"No Swimming.\"", []),
    ("The union posted a sign at the gate and its leader said: \"We will not move.\"", ["We will not move."]),
    ("Before every race he leans toward the horse to say the same three words: “Let’s go home.”", ["Let’s go home."])])
def test_a_sign_s_or_a_motto_s_words_after_a_colon_are_no_quotation(text, quoted):
    assert rows("Headline\n\n" + text)["text"].tolist() == quoted


@pytest.mark.parametrize("text, quoted", [
    ("“Undertow,” a three-metre bowl of weathered steel by artist Maren Solberg, was installed on Lakeshore Drive.",
     []),
    ("“Priming Season,” Vandevelde’s first full-length script, opens Thursday at the town hall.", []),
    ("\"Voices Over the Valley,\" directed by Nadia Popoff, won the award.", []),
    ("“Absolutely Not,” the minister said.", ["Absolutely Not,"]),
    ("\"Family Medical Leave,\" the document states, becomes available after a year.", ["Family Medical Leave,"])])
def test_a_title_opening_a_sentence_before_what_the_work_is_is_no_quotation(text, quoted):
    assert rows("Headline\n\n" + text)["text"].tolist() == quoted


@pytest.mark.parametrize("text, quoted", [
    ("Smith refused to sign the deal, saying: \"We were cheated.\"", ["We were cheated."]),
    ("“We Are Ready,” the premier of Ontario, Doug Ford, said.", ["We Are Ready,"]),
    ("\"Not Guilty,\" a juror, Mary Smith, whispered.", ["Not Guilty,"]),
    ("The chamber, which Reid once called \"a graveyard for good ideas,\" is quiet.", ["a graveyard for good ideas,"])])
def test_speech_near_a_sign_or_a_title_like_quotation_stays_speech(text, quoted):
    assert rows("Headline\n\n" + text)["text"].tolist() == quoted


@pytest.mark.parametrize("text, content", [
    ("Wade Northwest said what sets Skye apart is her footwork.", ["what sets Skye apart is her footwork"]),
    ("He said what he had to say and left the room.", [])])
def test_a_free_relative_subject_after_said(text, content):
    assert rows("Headline\n\n" + text)["text"].tolist() == content


@pytest.mark.parametrize("text, speaker", [
    ("One official involved in the project said the note had circulated narrowly.",
     "One official involved in the project"),
    ("Two residents interviewed at the scene said the water rose fast.", "Two residents interviewed at the scene")])
def test_a_source_s_participle_after_its_noun_is_part_of_an_unnamed_source(text, speaker):
    out = rows("Headline\n\n" + text)
    assert out[["speaker", "speaker_type"]].values.tolist() == [[speaker, "anonymous"]]


@pytest.mark.parametrize("text", [
    'Her story is told in the short documentary "Pies de viento", which will be screened this month.',
    "He recorded his first song, “Hooyo iyo Dhul”, in 1978, at his father's well.",
    'On the walls of the club, a faded poster advertises the song "Lion du Plateau".'])
def test_a_title_in_another_language_after_a_noun_of_a_work_is_not_speech(text):
    out = rows('Headline\n\n"We stay here," Rubén Loya said.\n\n' + text)
    assert out["text"].tolist() == ["We stay here,"]


def test_words_after_a_noun_of_a_work_are_still_speech_when_they_read_as_a_sentence():
    out = rows('Headline\n\nThe report, "We are failing our children," was read out by the chair.')
    assert out["text"].tolist() == ["We are failing our children,"]


@pytest.mark.parametrize("text", [
    "The children in the waiting tent nicknamed her \"the lady with the lollipops\" within a week.",
    "Staff in the unit have nicknamed it \"the runway\" because it is so busy."])
def test_a_nickname_given_to_someone_or_something_is_not_speech(text):
    out = rows('Headline\n\n"We stay here," Ibrahim Adoum said.\n\n' + text)
    assert out["text"].tolist() == ["We stay here,"]


@pytest.mark.parametrize("text, expected", [
    ("Crown prosecutor Ari Feldman had asked for 11 years.", ["11 years"]),
    ("Defence lawyer Curtis Bell asked for a conditional sentence to be served at home.",
     ["a conditional sentence to be served at home"]),
    # a request inside another report is that report's, and a habit is no report
    ("Councillor Iain Lamont said he had asked for a site visit.", ["he had asked for a site visit"]),
    ("Fraudsters price up kitchens and ask for a deposit of half the cost.", []),
    ("She asked whether the council had a plan.", ["whether the council had a plan"])])  # (the question's word kept)
def test_what_was_asked_for_is_reported_like_what_was_called_for(text, expected):
    assert indirect_texts("Headline\n\n" + text) == expected


@pytest.mark.parametrize("text, speaker, said", [
    ('Mikel Larrañaga, a Reno historian and the author of "Beds and Bread: The Basque Hotels of the Great Basin," '
     'said the Iriarte was one of a dozen boardinghouses.', "Mikel Larrañaga",
     "the Iriarte was one of a dozen boardinghouses"),
    ('Elaine Marchetti, co-author of the guidebook "Reading the Rocks: A Visitor\'s Guide to Rock Art," said the '
     'message to visitors is simple.', "Elaine Marchetti", "the message to visitors is simple"),
    ('Stéphane Gingras, who runs a café and describes himself as "a francophone who chose Lennoxville," said the '
     'rules are the same for everyone.', "Stéphane Gingras", "the rules are the same for everyone")])
def test_a_quotation_naming_something_inside_an_aside_leaves_the_report_after_it(text, speaker, said):
    out = rows("Headline\n\n" + text)
    indirect = out[out["kind"] == "indirect"]
    assert indirect[["speaker", "text"]].values.tolist() == [[speaker, said]]
    # a book's title is no one's words
    assert not out["text"].str.contains("Basque Hotels|Visitor").any()


def test_a_quotation_opening_the_sentence_keeps_its_trailing_cue():
    out = rows('Headline\n\n"We will not close the school, whatever the board says," said the mayor.')
    assert out[["kind", "speaker"]].values.tolist() == [["direct", "the mayor"]]


@pytest.mark.parametrize("text, expected", [
    ("Reg Comben used to tell new apprentices that a good mason listened with his hands.",
     ["a good mason listened with his hands"]),
    ("As the coach likes to say, defence wins titles.", ["defence wins titles"]),
    # "used to" with no habit of saying: the grant was used for it
    ("The grant was used to tell the story of the mill.", [])])
def test_a_habit_of_saying_is_reported_speech(text, expected):
    assert indirect_texts("Headline\n\n" + text) == expected


def test_a_claim_rebutted_may_have_an_aside_before_its_that():
    assert indirect_texts("Headline\n\nHe dismissed claims, made by two rivals this week, that he had lied.") == \
        ["claims, made by two rivals this week, that he had lied"]


@pytest.mark.parametrize("text, speaker", [
    ("The virus spreads easily, said the officer, Meera Lakhani.", "Meera Lakhani"),
    ("The plan will cut costs, said the chief of police, Eric Stubbs.", "Eric Stubbs"),
    ("Norovirus spreads easily, said Kingston's medical officer of health, Dr. Meera Lakhani.", "Meera Lakhani")])
def test_an_inverted_source_may_be_a_role_in_lower_case_then_a_name(text, speaker):
    out = rows("Headline\n\n" + text)
    assert out[["kind", "speaker"]].values.tolist() == [["indirect", speaker]]


def test_a_participle_of_saying_after_an_addressee_is_its_own_cue_not_the_first_report_resumed():
    out = rows("Headline\n\nThe deal is close, the minister told reporters, adding that talks would resume Monday.")
    assert out[["cue", "text"]].values.tolist() == [["told", "The deal is close"],
                                                     ["adding", "talks would resume Monday"]]


@pytest.mark.parametrize("text, expected", [
    ("The firm has denied any wrongdoing.", ["any wrongdoing"]),
    # an object that points back to what was said is no content (the guidelines' "denied the claims")
    ("He denied the claims.", [])])
def test_a_short_denial_is_reported_unless_its_object_points_back(text, expected):
    assert indirect_texts("Headline\n\n" + text) == expected


# Guards from a second review (the session's last three rules): each input came out wrong at the rule's first form.
@pytest.mark.parametrize("text, expected", [
    # a role and a name after "said" that go on with a verb are what was said, not an inverted source
    ("The mayor, who took office in May, said the chief of police, Eric Stubbs, would retire next year.",
     [["the mayor", "the chief of police, Eric Stubbs, would retire next year"]]),
    # a participle of saying without "that" may open what was said after the aside
    ("Prices will keep rising, the bank said in its quarterly report, warning households could face higher bills.",
     [["the bank", "Prices will keep rising"], ["the bank", "warning households could face higher bills"]]),
    # "denied" meaning refused
    ("The judge denied his request.", []),
    ("She denied a report.", []),
    # a relative clause set off by commas ends before the main clause's verb
    ("Smith, who has denied any wrongdoing, is due in court on Monday.", [["Smith", "any wrongdoing"]]),
    ("Smith, who has said the charges are false, is due in court on Monday.", [["Smith", "the charges are false"]])])
def test_review_guards_of_the_last_rules(text, expected):
    assert speakers_and_texts(text) == expected


def test_review_the_name_of_what_a_role_is_of_is_no_speaker():
    out = rows("Headline\n\nThe talks failed, said the spokesman for the company, Rolls Royce.")
    assert "Rolls Royce" not in out["speaker"].tolist()


@pytest.mark.parametrize("text, expected", [
    # a bond's note is no verb
    ("Bond prices rose. The yield on the benchmark 10-year Treasury note fell to 1.45 percent on Friday.", []),
    ("The yield on the 30-year note climbed to 2.9 percent by the close.", []),
    ("Analysts note the yield climbed to 2.9 percent by the close.",
     [["Analysts", "the yield climbed to 2.9 percent by the close"]]),
    # "that" and a past verb with its particle or object opens a relative clause after the addressee
    ("Ortega told a crowd at the Blue Door Tavern that spilled out onto the pavement.", []),
    ("Ortega told a crowd at the tavern that armed guards would stay on the door.",
     [["Ortega", "armed guards would stay on the door"]]),
    # a person dismissed is fired; a claim dismissed, or a person dismissed as something, is a report
    ("But Vance did not dismiss Holloway on Tuesday, and neither apologized.", []),
    ("The lodge dismissed Lorna Pettigrew without cause in June.", []),
    ("Keane dismisses Tory tax fears.", [["Keane", "Tory tax fears"]]),
    ("Keane dismissed Governor Ada Walsh as an ineffective leader.",
     [["Keane", "Governor Ada Walsh as an ineffective leader"]]),
    ("Keane dismissed Ada Walsh’s accusations that the party broke the rules.",
     [["Keane", "Ada Walsh’s accusations that the party broke the rules"]])])
def test_a_bond_note_a_relative_that_and_a_person_dismissed_are_no_reports(text, expected):
    assert speakers_and_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how much someone said is no inverted source
    ("In court, Pruett, in a grey jail jumpsuit, said little, offering only short confirmations.", []),
    # a plural noun after "other", no verb in -s
    ("Other estimates put the number of eligible workers substantially higher.", []),
    ("Most claims that the count was rigged were false.", []),
    ("Several reports say the plan will fail.", [["Several reports", "the plan will fail"]])])
def test_said_little_and_a_plural_noun_after_other_are_no_reports(text, expected):
    assert speakers_and_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date after a trailing cue is when it was said, and a date may open the adjunct before a clause
    ('"This is a radical group," Ferris said Dec. 6 on CNN.', [["Ferris", "This is a radical group,"]]),
    ('"This is a radical group," Ferris said December 6 on CNN.', [["Ferris", "This is a radical group,"]]),
    ("Ferris said Dec. 6 the plan would fail.", [["Ferris", "the plan would fail"]]),
    ("Ferris said March sales rose 5 percent.", [["Ferris", "March sales rose 5 percent"]]),
    # after a time adjunct, a clause may open with a noun phrase that has no determiner
    ("The Kesler Center said in June total weekday circulation for daily papers fell 8 percent.",
     [["Kesler Center", "total weekday circulation for daily papers fell 8 percent"]]),
    ("Ferris said on Monday talks had stalled.", [["Ferris", "talks had stalled"]]),
    ("Ferris said this summer was the first time he had seen it.",
     [["Ferris", "this summer was the first time he had seen it"]]),
    # a cue's bare form after "a" and a modifier is a noun (a singular subject would take "says")
    ("The most conservative voters have a larger say than they do in the general election.", []),
    ("After a close call driving down a slick mountain road, Seacord said he felt lucky.",
     [["Seacord", "he felt lucky"]]),
    ("A majority say the plan will fail.", [["A majority", "the plan will fail"]])])
def test_a_date_after_the_cue_and_a_bare_cue_after_a_modifier(text, expected):
    assert speakers_and_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's trailing "recalled" tells a memory, not a product called back
    ("The vaccines are free in all public health services, the ministry recalled.",
     [["the ministry", "The vaccines are free in all public health services"]]),
    ("The agency has recalled cheeses made in May.", []),
    # "indicated", "testified" as trailing cues, but not a participle after a described thing
    ("The association has 4,200 registered members across the country, the president indicated.",
     [["the president", "The association has 4,200 registered members across the country"]]),
    ("Critics note that the mayor owns shares in a firm in the valley, a holding disclosed in his filings.",
     [["Critics", "the mayor owns shares in a firm in the valley, a holding disclosed in his filings"]]),
    # "on appeal" is when a lawyer argued, not the case argued
    ("County prosecutors argued on appeal that any errors were minor.",
     [["County prosecutors", "any errors were minor"]]),
    ("The lawyer argued the case before the Supreme Court.", []),
    # "called on" with a long object before its infinitive
    ("The ministry called on all citizens and residents aged 30 and above to take part in the campaign.",
     [["the ministry", "all citizens and residents aged 30 and above to take part in the campaign"]]),
    # a who-clause of one past verb is part of the subject
    ("People who spoke urged the council to hold off.", [["People who spoke", "the council to hold off"]]),
    # what was asked for after "asked that", not "asked that question"
    ("The commissioners asked that the closures be moved to weekdays.",
     [["the commissioners", "the closures be moved to weekdays"]]),
    ("He asked that question again in May.", []),
    # a who-clause's content ends at the comma before the main clause's verb of saying
    ("The principal, who urged the board to act, said staff see hungry children every month.",
     [["the principal", "the board to act"], ["the principal", "staff see hungry children every month"]])])
def test_cues_from_the_written_rows_missed(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The first game, Kowal said, felt routine.", [["Kowal", "The first game"], ["Kowal", "felt routine"]]),
    ("For most of April, Asante says, nobody came.", [["Asante", "nobody came"]]),
    # (a participle after the aside is the writer's)
    ("The market, Kowal said, closing early on Friday.", [["Kowal", "The market"]])])
def test_a_short_predicate_or_clause_after_a_reporting_aside(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue's bare form opening a long clause is a noun
    ("Okafor said state monitoring wells in the upper Deschutes Basin have recorded declines since the 1990s.",
     [["Okafor", "state monitoring wells in the upper Deschutes Basin have recorded declines since the 1990s"]]),
    # "anything" and an adjective as a clause's subject
    ("Hoch says anything complicated goes to the supervising dentist.",
     [["Hoch", "anything complicated goes to the supervising dentist"]]),
    ("Hoch said nothing about the laws.", []),
    # after an addressee: a subject of two joined noun phrases, a name's appositive and its who-clause
    ("Halvorsen told jurors the fans and its water stations met industry standards.",
     [["Halvorsen", "the fans and its water stations met industry standards"]]),
    ("Amis told the court his wife, Linda Westwood, who worked as the office manager, had known nothing of it.",
     [["Amis", "his wife, Linda Westwood, who worked as the office manager, had known nothing of it"]])])
def test_clauses_after_said_and_told_from_the_written_rows_missed(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a contracted negation ends the clause's finite verb
    ("Observers warn the increases aren’t over yet.", [["Observers", "the increases aren’t over yet"]]),
    # "that" before "hasn't" is the clause's subject, after a pronoun's verb in -s too
    ("He says that hasn't changed.", [["(unresolved)", "that hasn't changed"]]),
    ("Opposition parties say that will not happen.", [["Opposition parties", "that will not happen"]]),
    ("The rules that could lead to cuts were passed.", []),
    # a share in words opens the clause like a number
    ("Ruiz said about a third of the families her pantry serves each week have children at school.",
     [["Ruiz", "about a third of the families her pantry serves each week have children at school"]]),
    ("Ruiz spoke for about a third of the hour.", [])])
def test_contracted_negations_that_as_subject_and_shares_in_words(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report after its owner is a noun, its verb in -s after it
    ("The auditor’s report notes that the policy was extended twice.",
     [["the auditor’s report", "the policy was extended twice"]]),
    # plural people of a place, after "But", are a subject however long in lower case
    ("But traders at the eastern end of the street say the closure has hit businesses.",
     [["traders at the eastern end of the street", "the closure has hit businesses"]])])
def test_an_owners_report_and_people_of_a_place_are_subjects(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name a source gives in "what X called Y" is its report, to the end of the phrase
    ("He was jailed in what prosecutors called one of the largest poaching cases in Maine.",
     [["prosecutors", "one of the largest poaching cases in Maine"]]),
    ("The choir won, capping what organizers are calling one of the strongest years the festival has seen.",
     [["organizers", "one of the strongest years the festival has seen"]]),
    ("Dan Okafor denounced what he called a witch hunt by the press, and left.",
     [["Dan Okafor", "a witch hunt by the press"]]),
    ("Dan Okafor denounced what he called the angry, divisive rhetoric of the campaign.",
     [["Dan Okafor", "the angry, divisive rhetoric of the campaign"]]),
    # a quoted name is a partial quote's, and "what he called for" a demand
    ('Dan Okafor attacked what he called the "Washington cartel" and cast himself as an outsider.',
     [["Dan Okafor", "Washington cartel"]])])
def test_the_name_given_after_what_someone_called(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after an addressee, a contracted negation soon after a determiner's noun is the clause's finite verb
    ("Vlachakis also told lawmakers the government wouldn't rule out extending it.",
     [["Vlachakis", "the government wouldn't rule out extending it"]]),
    # (not inside a relative clause)
    ("They wouldn't tell the agency anything it doesn't already know.", [])])
def test_a_contracted_negation_after_an_addressee(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr Varga settled with one former aide, but he has denied wrongdoing.", [["Varga", "wrongdoing"]]),
    ("Mr Varga has denied responsibility.", [["Varga", "responsibility"]]),
    ("He denied it.", []),
    ("He denied it and left.", []),
    ("He denied them access.", []),
    # two words with no determiner name a charge
    ("Ms. Lund denied improper conduct.", [["Lund", "improper conduct"]]),
    ("He denied the claims.", []),
    # a report told before is no denial's words, whatever describes it; a clause or a that-clause is
    ("Mr. Okafor has denied the allegations of bribery.", []),
    ("Ms. Lund denied the claims first made by her rivals.", []),
    ("Ms. Lund denied the charges were true.", [["Lund", "the charges were true"]]),
    ("Ms. Lund denied the report that she would resign.", [["Lund", "the report that she would resign"]])])
def test_a_charge_denied_is_reported_but_not_a_report_told_before(text, expected):
    assert after_a_sentence(text)[-1:] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ms. Lund denied the claims, saying she had never met him.", [["Lund", "she had never met him"]]),
    # (what is denied is no source after the cue: the participle's is the sentence's subject)
    ("Veltra, which does not disclose its sales, denied the report, saying the year would meet its goals.",
     [["Veltra", "the year would meet its goals"]]),
    # (after a quotation it may be inverted)
    ('"It never happened," denied the spokesman.', [["the spokesman", "It never happened,"]])])
def test_a_report_denied_is_no_source_and_a_participle_after_it_has_the_row(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Advocacy group Open Air criticized Kessler's proposal.", [["Open Air", "Kessler's proposal"]]),
    ("Opposition councillors condemned the proposals.", [["Opposition councillors", "the proposals"]]),
    # (not a verb joined on)
    ("The ministry said it condemned and prohibited torture.",
     [["the ministry", "it condemned and prohibited torture"]]),
    ("The club criticized it.", []),
    # so is what is urged, a headline's terse demand among them
    ("Senator Ruiz urged Harry's apology.", [["Ruiz", "Harry's apology"]]),
    ("She urged calm.", [])])
def test_a_two_word_object_of_criticism_is_reported(text, expected):
    assert after_a_sentence(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 40 rabbis have said that they plan to join the protest, according to an organizer.",
     [["an organizer", "About 40 rabbis have said that they plan to join the protest"],
      ["About 40 rabbis", "they plan to join the protest"]]),
    ('Ferris said he was "happy to see" that Khan was voted in, according to the Times.',
     [["Ferris", 'he was "happy to see" that Khan was voted in']]),
    # what something is sorted by is no source
    ("A spokesperson said the cases are not listed according to whether a householder was charged.",
     [["A spokesperson", "the cases are not listed according to whether a householder was charged"]])])
def test_a_clause_reported_inside_a_trailing_source_s_words_ends_before_according_to(text, expected):
    assert speakers_and_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that", a noun and a preposition with no verb after them: a determiner, no clause
    ("Podesta reiterated that approach in his interview last week, saying Ruiz was committed.",
     [["Podesta", "Ruiz was committed"]]),
    ("He said he had already promised that job to his grandson.", [["(unresolved)", "he had already promised that job "
                                                                   "to his grandson"]]),
    ("He said that money in the account was lost.", [["(unresolved)", "money in the account was lost"]]),
    ("He said that even with such support, council tax could rise.",
     [["(unresolved)", "even with such support, council tax could rise"]])])
def test_that_before_a_noun_and_a_preposition_with_no_verb_is_a_determiner(text, expected):
    assert speakers_and_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past tense in a series of the subject's verbs set off by commas reports, and ends where the last verb comes
    ("Ferris denied the accusations, accused rival Democrats and the media of a smear campaign, and went on to win.",
     [["Ferris", "rival Democrats and the media of a smear campaign"]]),
    ("Ferris backed the strikes, urged that more forces be left in Iraq, and pushed to arm the rebels.",
     [["Ferris", "more forces be left in Iraq"]]),
    # not a participle set off after a name, nor a verb after a relative clause's
    ("Ferris, accused of fraud, quit the board, and left.", [])])
def test_a_cue_in_a_series_of_verbs_set_off_by_commas(text, expected):
    assert speakers_and_texts(text) == expected


def test_the_question_put_to_a_speaker_is_no_report_of_theirs():
    text = ('Ray Osei said he had "run out of polite ways" to raise it. Asked whether he blamed the city or the '
            'province, he laughed: "Pick one. They have both had the file."')
    out = extract_article(text)
    assert "the city or the province" not in out["text"].tolist()
    assert out["speaker"].tolist() == ["Ray Osei", "Ray Osei"]


def test_a_no_break_space_is_a_space_to_the_rules_and_rows_quote_the_text_as_written():
    text = "Secretary of State Ann\u00a0Lee said\u00a0the plan was fine. Ann Lee said the port would reopen."
    out = extract_article(text)
    assert out["speaker"].tolist() == ["Ann Lee", "Ann Lee"]
    assert out["speaker_mention"].tolist()[0] == "Secretary of State Ann Lee"
    assert out["text"].tolist()[0] == "the plan was fine"
    assert text[out["start"].iloc[0]:out["end"].iloc[0]] == "the plan was fine"
