"""Paragraphs, sentences and tokens: offsets, quotes and apostrophes, stop words."""
import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import paragraphs, sentences, tokens
from analysis.units import WORD_PATTERN, TOKEN_PATTERN, iter_tokens
from conftest import ID_2021, ID_2024


def one(text, article_id="a"):
    return pd.DataFrame({"article_id": [article_id], "text": [text]})


def norms(text):
    return tokens(one(text))["norm"].tolist()


def test_curly_and_straight_possessives_give_the_same_tokens():
    assert norms("Israel’s right") == norms("Israel's right") == ["israel", "'s", "right"]
    kinds = tokens(one("Israel’s right"))["kind"].tolist()
    assert kinds == ["word", "clitic", "word"]


def test_quote_marks_are_not_tokens():
    assert norms("“We are here,” he said. 'Yes' \"no\"") == ["we", "are", "here", "he", "said", "yes", "no"]


def test_abbreviations_hyphens_contractions_and_numbers():
    assert norms("The U.S. and U.N. back a two‑state plan; don’t evacuate 800,000 in the ’90s.") == [
        "the", "u.s.", "and", "u.n.", "back", "a", "two-state", "plan", "don't", "evacuate", "800,000",
        "in", "the", "'90s"]


def test_token_offsets_point_into_the_text(articles):
    toks = tokens(articles)
    text = dict(zip(articles["article_id"], articles["text"]))
    assert all(text[a][s:e] == t for a, s, e, t in zip(toks.article_id, toks.start, toks.end, toks.token))
    for _, group in toks.groupby("article_id"):
        assert group["position"].tolist() == list(range(len(group)))
        assert group["start"].is_monotonic_increasing


def test_stop_words_are_flagged_not_dropped():
    toks = tokens(one("The secretary said that we are focused"))
    assert toks.loc[toks["is_stop"], "norm"].tolist() == ["the", "that", "we", "are"]


def test_sentences_respect_abbreviations_and_paragraphs():
    text = "The U.S. Senate voted. Mr. Blair said no.\n\nA new paragraph here."
    sents = sentences(one(text))
    assert sents["text"].tolist() == ["The U.S. Senate voted.", "Mr. Blair said no.", "A new paragraph here."]
    assert sents["paragraph"].tolist() == [0, 0, 1]


def test_seed_units_agree_with_the_articles_table(articles):
    paras, sents = paragraphs(articles), sentences(articles)
    for article_id in (ID_2021, ID_2024):
        assert (paras["article_id"] == article_id).sum() == articles.loc[article_id, "n_paragraphs"]
        assert (sents["article_id"] == article_id).sum() == articles.loc[article_id, "n_sentences"]
    # The four-sentence 2021 quote block: "“We are very focused on this. ..." splits into three sentences.
    p3 = sents[(sents["article_id"] == ID_2021) & (sents["paragraph"] == 3)]["text"].tolist()
    assert p3[0] == "“We are very focused on this."
    assert p3[-1].endswith("the secretary continued.") and len(p3) == 3


def test_empty_input_gives_empty_frames():
    empty = pd.DataFrame({"article_id": [], "text": []})
    assert tokens(empty).empty and paragraphs(empty).empty and sentences(empty).empty


def test_iter_tokens_on_unicode_letters():
    assert [t for *_, t, _k in iter_tokens("Chưa có bình luận")] == ["Chưa", "có", "bình", "luận"]


def test_sentence_splitter_agrees_with_nltk_punkt_on_the_seeds(articles):
    from analysis.units import punkt_sentence_spans, sentence_spans
    for text in articles["text"]:
        assert sentence_spans(text) == punkt_sentence_spans(text)


def test_a_dotted_abbreviation_after_the_goes_on_into_a_name_but_not_into_a_new_sentence():
    text = ("Gerald MacPhee, president of the P.E.I. Short-Term Rental Hosts Association, said so. "
            "She moved to the U.A.E. He stayed.")
    assert sentences(one(text))["text"].tolist() == [
        "Gerald MacPhee, president of the P.E.I. Short-Term Rental Hosts Association, said so.",
        "She moved to the U.A.E.", "He stayed."]


def test_initials_before_a_name_go_on_but_a_place_s_initials_after_a_comma_end_the_sentence():
    text = ("At the fair, potter R.K. Jayasinghe, 61, sold out. Then George H.W. Ashby spoke. She lives in "
            "Langford, B.C. Officials agreed. He flew to N.J. Police met him.")
    assert sentences(one(text))["text"].tolist() == [
        "At the fair, potter R.K. Jayasinghe, 61, sold out.", "Then George H.W. Ashby spoke.",
        "She lives in Langford, B.C.", "Officials agreed.", "He flew to N.J.", "Police met him."]


def test_a_single_initial_goes_on_into_a_name_unless_a_quotation_closes_after_it():
    text = ('Said John F. Kennedy. It was "like Cell Block H." Labour agreed. Then Anna K. Lind spoke.')
    assert sentences(one(text))["text"].tolist() == [
        "Said John F. Kennedy.", 'It was "like Cell Block H."', "Labour agreed.", "Then Anna K. Lind spoke."]


def test_sentence_splitter_cases_punkt_gets_wrong():
    text = ("“You winning?” she said. “Mr. Trump embodies it,” said Rep. Joseph Crowley (D-N.Y.), a Democrat. "
            "It was 2 a.m. Friday. He cited Clinton v. Jones in court.")
    assert sentences(one(text))["text"].tolist() == [
        "“You winning?” she said.", "“Mr. Trump embodies it,” said Rep. Joseph Crowley (D-N.Y.), a Democrat.",
        "It was 2 a.m. Friday.", "He cited Clinton v. Jones in court."]


def test_a_bullet_after_a_period_opens_the_next_sentence_without_it():
    # a factbox's items written inline: "* Name - what happened."
    text = ("Four staff left. * Todd Ricketts - a co-owner, withdrew in April. • Robin Townley - an aide, was "
            "rejected, according to Politico.")
    assert sentences(one(text))["text"].tolist() == [
        "Four staff left.", "Todd Ricketts - a co-owner, withdrew in April.",
        "Robin Townley - an aide, was rejected, according to Politico."]


def test_sentences_end_before_and_after_french_guillemets_spaced_or_not():
    # Canadian copy quotes French as written: « Nous sommes là » with spaces inside the marks
    text = ("The utility restored power. « Nous sommes là, » he said. Il a dit « non. » Ensuite «Oui.» Fin.")
    assert sentences(one(text))["text"].tolist() == [
        "The utility restored power.", "« Nous sommes là, » he said.", "Il a dit « non. »", "Ensuite «Oui.»", "Fin."]


def test_a_clock_time_ends_a_sentence_unless_a_day_month_or_time_zone_follows():
    text = ("Police came at 3 a.m. Staff Sgt. Kevin Doucette said so. It was 10 a.m. Friday. It closed at 5 p.m. "
            "Eastern. Const. Ana Roy and Cpl. Li Wei spoke.")
    assert sentences(one(text))["text"].tolist() == [
        "Police came at 3 a.m.", "Staff Sgt. Kevin Doucette said so.", "It was 10 a.m. Friday.",
        "It closed at 5 p.m. Eastern.", "Const. Ana Roy and Cpl. Li Wei spoke."]


def test_a_state_or_province_abbreviation_after_a_place_ends_a_sentence_before_a_capital():
    text = ("Kessler will close its plant in Manitowoc, Wis. The company said so. A Mississauga, Ont., adviser was "
            "jailed. It was in Toronto, Ont. Police said it. Sen. Lee of Fla. Rubio agreed.")
    assert sentences(one(text))["text"].tolist() == [
        "Kessler will close its plant in Manitowoc, Wis.", "The company said so.",
        "A Mississauga, Ont., adviser was jailed.", "It was in Toronto, Ont.", "Police said it.",
        "Sen. Lee of Fla. Rubio agreed."]


def test_a_state_abbreviation_in_lower_case_is_a_word_that_ends_a_sentence():
    text = "Alan Smith was ill. In March, he told his daughter. He lives in Springfield, Ill. Last year he moved."
    assert sentences(one(text))["text"].tolist() == [
        "Alan Smith was ill.", "In March, he told his daughter.", "He lives in Springfield, Ill.", "Last year he moved."]


def test_shipped_stop_words_are_scikit_learns_list():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from analysis.units import STOP_WORDS
    assert STOP_WORDS - {"'s", "s"} == ENGLISH_STOP_WORDS


# The counting pattern against TOKEN_PATTERN itself (the readable rules), on texts made of the characters
# where their branches differ: letters (ASCII, accented, '²' which is a letter to [^\W\d_]), digits, dots
# and the number separators, every apostrophe and hyphen, '%', '_' and white space.
_TOKEN_PIECES = list("aZs.,:'’ʼ`-‐‑‒%_ \n") + ["é", "²", "7", "0", "U.S.", "p.m", "1.5", "’90s", "two-state", "Israel’s"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=40).map("".join))
@example("ʼ1.5 ʼU.S. ʼword")  # ʼ is a letter and an apostrophe: a number, an abbreviation, a word
def test_the_counting_pattern_finds_the_tokens_of_the_token_pattern(text):
    assert WORD_PATTERN.findall(text) == [m.group() for m in TOKEN_PATTERN.finditer(text)]
    assert [m.span() for m in WORD_PATTERN.finditer(text)] == [m.span() for m in TOKEN_PATTERN.finditer(text)]


def test_the_counting_pattern_finds_the_tokens_of_the_token_pattern_in_the_seeds(articles):
    for text in articles["text"]:
        assert WORD_PATTERN.findall(text) == [m.group() for m in TOKEN_PATTERN.finditer(text)]


def test_no_with_a_point_abbreviates_number_only_before_a_number():
    text = "The No. 2 Republican voted no. One of them said so. He was ranked No. 3 last year."
    assert sentences(one(text))["text"].tolist() == [
        "The No. 2 Republican voted no.", "One of them said so.", "He was ranked No. 3 last year."]
