"""Reported speech outside quotation marks: ``X <verb> (that) ...``, ``X vowed to ...``, ``..., X said.``,
``according to X, ...``, statement nouns (``assurances from X that ...``); the content ends at the sentence end or
before ``, but``/``, although``/``, while``, and before the next coordinated cue of its sentence."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache
from itertools import compress, count, takewhile

from ..units import count_words
from .clauses import (adjective_after_preposition, after_that_time, ANONYMITY_ASKED, anonymity_because, Clauses,
                      CONTRACTED_PRONOUN, CURRENCIES, DASHES, ED_END, END_PUNCT, FINITE_VERBS, goes_on_to,
                      ING_NOT_GERUND, IRREGULAR_PAST, is_aux, knowing_at, NAMING_PARTICIPLES, NEGATION, NOT_ADVERB,
                      note_noun, NUMBER_WORDS, participle_modifier, past_form, PREP_OR_CLAUSE, PUT_TO,
                      relative_after_bare, SET_OFF, state_as_noun, THAT_TIMES, WH_WORDS)
from .lexicon import (according_source_length, AUXILIARIES, BE_FORMS, CLAUSE_WORDS, CLOSING_MARKS, DATELINE,
                      DETERMINERS, lexicon, MONTHS, OPENING_MARKS, PEOPLE_QUANTIFIERS, POSSESSIVE_DETERMINERS,
                      PREPOSITIONS, PRONOUNS, TIME_WORDS, TOKEN_END, TOKEN_START, TOKEN_TEXT)
from .marks import mark_width
from .speakers import KIN_NOUNS, NEWSPAPER_ENDS, PERSON_NOUN, plural_of_common


#: Verbs whose addressee may take an infinitive as what was said: "asked the judge to consider that history" (the
#: "that" after the infinitive is its own).
_OBJECT_TO_VERBS = frozenset("ask urge encourage invite implore beg".split())
#: Past participles opening an aside inside an adjunct before "that": "said in its report, released in October, that"
#: (the "that" right after the aside's closing comma, not one inside it: "released after auditors found that").
_PARTICIPLE_ASIDE = re.compile(r"released|published|issued|dated|seen|obtained|written|sent|filed|posted|submitted")
#: How a document cited after "according to" was had or came out, an aside before the clause: ", obtained by The
#: Herald under freedom of information legislation,", ", seen by Reuters,".
_DOCUMENT_ASIDE = re.compile(r",\s+(?:obtained|seen|reviewed|viewed|released|published|issued|dated|leaked)\s"
                             r"[^,.;:!?\"“”]{0,100},")
#: A concession opening a sentence, to its comma: "Although the Republicans see the effort as crucial, ".
_CONCESSION_OPENING = re.compile(r"(?:Although|Though|While|Even though|Even as|Despite)\s[^,;:\"“”]{3,200},\s+")
#: An aside that describes a person named after "according to": ", a close friend of the mayor,", ", who was ...,"
#: (what the source says follows it).
_PERSON_ASIDE = re.compile(r",\s+(?:(?:a|an)\s+((?:[\w'’-]+\s+){2,12}?[\w'’-]+)"
                           r"|(?:who|whose)\s[^,;:!?\"“”]{3,100}),\s")
#: The head of what "according to" names, after a determiner: "(according to) the size (of their fleets)".
_MEASURE_SOURCE = re.compile(r"(?:(?:the|their|its|his|her|our|your)\s+)?([A-Za-z]+)\b")
#: Measures something is shared or ranked by, which say nothing: "according to the size of their fleets" (but "the
#: plan", "the numbers": documents and figures may be sources).
_MEASURE_NOUNS = frozenset("""size sizes level levels amount amounts rate rates type types weight age ages degree severity
extent value values proportion length needs need ability seniority merit distance priority income category categories
rank ranking""".split())
#: Norms something is done by, which say nothing either: "according to their instinctive preference", "according to
#: tradition" ("according to plan" too, with no determiner; but rules and schedules are documents: "according to the
#: rules of the competition").
_NORM_NOUNS = frozenset("preference preferences tradition traditions custom customs instinct instincts taste tastes "
                        "wishes conscience".split())
#: Conjunctions of contrast: after a comma they end what a cue reports (:data:`_CONTENT_STOP`), though not the words
#: before a trailing cue's source (:data:`_CONTRAST`).
_CONTRAST_WORDS = r"(?:but|although|though|while|whereas|even though|even as)"
_CONTRAST = re.compile(r"[,\"”’']+\s+" + _CONTRAST_WORDS + r"\s")
#: Words in -s that are never verbs (what :meth:`ReportedSpeech.may_be_finite` passes over).
_S_NOT_VERBS = frozenset("his its this us as thus plus less unless across perhaps whereas yes".split())
#: "according to" ending a reported clause whose source was cut off after it.
_TRAILING_ACCORDING = re.compile(r"[\s,]*\baccording\s+to$", re.I)
_CONTENT_STOP = re.compile(r"(?:,|(?<=,[\"”’']))\s+" + _CONTRAST_WORDS + r"\s+"
                           r"(?!that\b)(?!(?:not|only)(?:\s+[\w'’-]+){1,5}\s*[.]?$)|;"  # (not an ellipsis ending the
                           # sentence: "for foreign suspects, but not Britons", "but only in the broadest terms")
                           r"|(?<=\.)[ \t]+[-–•][ \t]+(?=[A-Z])"  # (a list's item after a point: "... the
                           # rampage. - Nicholas Cleves, 23, of New York City.")
                           r"|,\s+and\s+(?:has|have|had)\s+(?:also\s+|instead\s+|since\s+)?[a-z]+ed\b"
                           r"|(?:,|(?<=,[\"”’']))\s+citing\s"
                           r"|,\s+(?:compared\s+(?:with|to)|versus|vs\.?)\s+[^,;]{0,60}?\bwho\s+(?:say|says|said)\b"
                           r"|,\s+(?:a|an)\s+[a-z]+\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:[a-z]+ed|had\s+[a-z]+ed)"
                           r"\s*(?:[.,;]|$)"
                           # (a writer's appositive with a named subject: "..., a recommendation Attorney General
                           # Loretta Lynch adopted.")
                           r"|,\s+(?:calling|accusing|branding|accused|putting|prompting|sparking|triggering|fuell?ing"
                           r"|stoking|ramping\s+up)\s|,?\s+and\s+went\s+on\s+to\b"
                           r"|,\s+(?:without\s+(?:providing|giving|offering|citing|presenting)"
                           r"|something\s+(?:that|which)|(?:a|an)\s+(?:charge|claim|allegation|accusation|assertion"
                           r"|contention|fact)\s+(?:that|which)"
                           r"|a\s+(?:bit|little|slightly|few\s+points)\s+(?:more|less|higher|lower)\s+than)\s"
                           r"|,\s+compared\s+(?:with|to)\s+(?=\d|a\s|an\s|just\s|only\s)"
                           r"|(?<=(?-i:[a-z0-9]))\s+[—–]\s+(?:a|an)\s+(?![^—–\n]*[—–])",
                           re.I)  # (", citing theft and ...": the reasons, not
# the report; after a comma inside a closing mark the stop starts after the mark, outside the quotation: "accused the
# province of "playing politics with kids' lives," while X said"; ", compared with 23 percent who said ...": another
# group's answer; ", calling the probes a witch hunt", ", accused rival Democrats of ...": a report of its own; ",
# putting it at odds with ...", ", ramping up his fight ...": the writer's account of what followed; ", without
# providing evidence", ", something that Trump mocked", ", a charge that X denied", ", compared with 33 percent last
# month", "— a controversial proposal he has raised" (no second dash after it): the writer's comment on it)
_WRITING = frozenset({"write", "post", "tweet"})  # verbs whose object may be the thing written, not what it says
_ADDING = frozenset({"adding", "saying", "noting", "arguing", "insisting", "warning", "explaining", "remarking",
                     "stressing", "asserting", "acknowledging", "contending", "predicting", "suggesting"})
_FINITE = frozenset("would will was were is are had has could should must can might did does shall".split())
_PAST_BE = frozenset({"was", "were"})  # (a coordinated predicate's passive: "and was released")
_ADJUNCT_START = frozenset({"on", "in", "at", "during", "after", "before", "since"}) | TIME_WORDS  # "said on Friday"


def _listed_subject(rest: list) -> bool:
    """The tokens open with a list of capitalised names and a finite verb (``Australia, China and France were ...``),
    or of plural nouns (:func:`_listed_nouns`)."""
    i = 0
    while i + 2 < len(rest) and rest[i][2][:1].isupper() and rest[i + 1][2] == "," and rest[i + 2][2][:1].isupper():
        i += 2
    if i == 0:
        return _listed_nouns(rest)
    return i + 3 < len(rest) and rest[i][2][:1].isupper() and rest[i + 1][2] in {"and", "or"} \
        and rest[i + 2][2][:1].isupper() and (rest[i + 3][2].lower() in _FINITE_AUX
                                              or rest[i + 3][2].islower() and ED_END.search(rest[i + 3][2]) is not None)


#: Adverbs between a name's comma and its description: "Boucher, also a physician, (had)".
_BEFORE_DESCRIPTION = frozenset("also now then once herself himself itself".split())


def _described_subject(rest: list) -> bool:
    """The tokens open with a capitalised name, a description or relative clause set off by commas and a finite verb
    (``Haddock, a mother of two, had lost ...``, ``Kilbride, who traded as "DK Heating Solutions", had fitted``): a
    clause's subject, where ``said Smith, a neighbour, ...`` has no verb after it."""
    if len(rest) > 6 and rest[2][2] in _BEFORE_DESCRIPTION and rest[3][2].lower() in {"a", "an"}:
        rest = rest[:2] + rest[3:]  # "Boucher, also a physician like Paul, had ...": an adverb before the description
    participle = rest[2][2].islower() and rest[2][2].endswith("ing") and len(rest[2][2]) > 5
    if len(rest) < 6 or not rest[0][2][:1].isupper() or rest[1][2] != "," \
            or rest[2][2].lower() not in {"a", "an", "who", "which"} | _ASIDE_PREPOSITIONS and not participle:
        return False
    close = next((i for i in range(3, min(len(rest) - 1, 12 if rest[2][2].lower() in {"a", "an"} else 16))
                  if rest[i][2] == ","), None)
    after = rest[close + 1][2] if close is not None else ""
    return close is not None and (after.lower() in _FINITE_AUX or after.islower() and past_form(after)) \
        and not ((rest[2][2].lower() in _ASIDE_PREPOSITIONS or participle) and close > 9)
    # ("Trump, despite his wealth, is"; "Millennials, numbering 75.3 million, surpassed")


#: Words after which "that" is a demonstrative, no clause's opening word: "(to do) that", "(more) than that".
_DEMONSTRATIVE_THAT_AFTER = frozenset("do did does than all just and or but".split())
#: Words that open a clause before an "according to" aside, the clause going on after it: "after, (according to him,)
#: Televisa censured".
_OPENS_AFTER_ASIDE = frozenset("after because that when although but and if".split())
#: Cues after which "about a dozen ..." opens what was said, not what it was about ("complained about a dozen cars").
_SAY_LIKE = frozenset("say tell estimate add note explain report confirm announce allege warn claim state predict"
                      .split())
#: A full name set off before a description, maybe with an age: "Rochelle Bivens, 58, (a retired bus driver)".
_NAME_SET_OFF_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)+,\s+(?:\d{1,3},\s+)?$")
#: A name, then a relative clause set off after it: "(Coun. Teresa Marchetti), who".
_NAME_THEN_WHO = re.compile(r"\b(?:said|says|told|added|asked|explained)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]+),"
                            r"\s+who\s")  # (the name right after the cue, not one inside its description)
#: Prepositions that open an aside set off after a clause's subject: "Trump, despite his wealth, is".
_ASIDE_PREPOSITIONS = frozenset("despite like unlike for in at as after before with without by".split())


#: One-word asides set off right after a clause's subject: "she, too, wants", "he, however, argued".
_SUBJECT_ASIDES = frozenset("too also however though meanwhile likewise instead personally".split())


def _aside_after_subject(rest: list) -> bool:
    """The tokens open with a pronoun subject and a one-word aside set off by commas (``she, too, wants an
    inquiry``): a clause's subject, not a list or an address (not ``it``, an object as often: ``said it, too, when``)."""
    return len(rest) > 4 and rest[0][2].lower() in {"he", "she", "they", "we", "i"} and rest[1][2] == "," \
        and rest[2][2].lower() in _SUBJECT_ASIDES and rest[3][2] == ","


def _listed_nouns(rest: list) -> bool:
    """The tokens open with a list of plural nouns, then ``and`` and up to five words and a finite auxiliary:
    ``schools, nurseries and GP waiting rooms were ...``."""
    i = 0
    while i + 1 < len(rest) and rest[i][2].isalpha() and rest[i][2].islower() and rest[i][2].endswith("s") \
            and rest[i + 1][2] == ",":
        i += 2
    if i < 2 or i + 1 >= len(rest) or not rest[i][2].isalpha() or not rest[i][2].endswith("s") \
            or rest[i + 1][2] not in {"and", "or"}:
        return False
    return any(t[2].lower() in _FINITE_AUX for t in rest[i + 2:i + 8])


def _counted_adjective(toks: list, k: int) -> bool:
    """The word at ``k`` stands after a number (and ``new``, ``more``, ...) and before a plural noun, the next word
    or, after a noun or adjective, the one after it: an adjective, not a cue (``eight reported incidents``, ``11 new
    estimated risk areas``, ``2,940 confirmed dengue cases``)."""
    counted = toks[k - 1][2] in _COUNTED_ADJECTIVES and k > 1 and _is_number(toks[k - 2][2])
    if not (counted or _is_number(toks[k - 1][2])):
        return False
    after = [t[2] for t in toks[k + 1:k + 3]]
    noun = next((w for w in after if w.endswith("s")), "") if after[:1] and after[0].isalpha() \
        and after[0].islower() and after[0] not in DETERMINERS | CLAUSE_WORDS else after[0] if after else ""
    return noun.isalpha() and noun.islower() and noun.endswith("s") and noun not in DETERMINERS | CLAUSE_WORDS


#: Adjectives in -ly that may open a reported clause (no adverb of its cue): "said monthly readings show".
_ADJECTIVES_IN_LY = frozenset("monthly weekly yearly quarterly elderly costly deadly".split())
#: What a priest says that is no report: "said weekly Mass", "said monthly prayers".
_RITES = frozenset("mass masses prayer prayers grace rosary vespers".split())
#: Words that make a number approximate before it: "about 30", "at least 200", "more than 40".
_ABOUT_NUMBER = frozenset("about nearly almost around roughly some over only just".split())
_ABOUT_NUMBER_PAIRS = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"), ("less", "than"),
                                 ("up", "to")})
_PAIR_OPENERS = frozenset(first for first, _ in _ABOUT_NUMBER_PAIRS)


def _is_number(word: str) -> bool:
    """A number in digits or words: ``31``, ``2,940``, ``eight``."""
    return word[:1].isdigit() or word.lower() in NUMBER_WORDS


def _count_opens(toks: list, c: int) -> bool:
    """Whether a count opens at token ``c``: a number, or the words before one that make it approximate (``about 30``,
    ``at least 200``)."""
    low = toks[c][2].lower()
    if _is_number(low):
        return True
    if low not in _ABOUT_NUMBER and low not in _PAIR_OPENERS:  # (most words: one set lookup each)
        return False
    at = c + 1 if low in _ABOUT_NUMBER else c + 2
    return at < len(toks) and _is_number(toks[at][2]) \
        and (at == c + 1 or (low, toks[c + 1][2].lower()) in _ABOUT_NUMBER_PAIRS)


def _is_time_token(token: str) -> bool:
    """A word of a time adjunct: ``Friday``, ``July``, ``last``, ``week``, ``2016``; a month capitalised only (``this
    may be the first year``: the modal)."""
    low = token.lower()
    return low in TIME_WORDS or low in MONTHS and (token[:1].isupper() or low not in _MONTH_VERBS) or token.isdigit()


def _past_tense(word: str) -> bool:
    """A past form in lower case (``came``, ``stayed``), no word in -ing."""
    return word.isalpha() and word.islower() and past_form(word) and not word.endswith("ing")


def _present_or_past(word: str) -> bool:
    """A verb's present in -s or past form, in lower case (``goes``, ``came``, ``stayed``), not a word in -ss."""
    return _past_tense(word) or word.isalpha() and word.islower() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is"))


def _finite_within(toks: list) -> bool:
    """Whether a finite auxiliary or modal or a past tense comes among ``toks`` before any punctuation (an
    abbreviation's point is part of its token)."""
    for t in toks:
        if not t[2][:1].isalnum():
            return False
        if t[2].lower() in _FINITE or t[2].islower() and past_form(t[2]):
            return True
    return False


def _finite_among(toks: list) -> bool:
    """Whether a finite verb comes anywhere among ``toks``: an auxiliary or modal, a past tense (not after a
    determiner: "a covered stage"), or a present tense in -s between a word that is no determiner, preposition or
    number and a determiner, preposition or pronoun ("the cause of the fire remains under investigation", not "the
    cards", "for cars", "12 jobs", "public washrooms")."""
    return any(t[2].lower() in _FINITE_ANY
               or t[2].islower() and past_form(t[2]) and not (i and toks[i - 1][2].lower() in DETERMINERS)
               or 0 < i < len(toks) - 1 and t[2].islower() and t[2].endswith("s")
               and not t[2].endswith(("ss", "us", "is")) and not toks[i - 1][2][:1].isdigit()
               and toks[i - 1][2].lower() not in _NOUN_PHRASE_WORDS and toks[i + 1][2].lower() in _OBJECT_OPENERS
               for i, t in enumerate(toks))


def _after_time(toks: list, k: int) -> int:
    """The index after a time adjunct at token ``k``: a preposition, then up to three words of a time (``on Friday``,
    ``last month``, ``in July 2024``); ``k`` when there is none."""
    first = m = k + 1 if k < len(toks) and toks[k][2].lower() in PREPOSITIONS else k
    while m < len(toks) and m - k < 4 and (_is_time_token(toks[m][2])
                                           or toks[m][2] == "." and m > first and _MONTH_SHORT.fullmatch(toks[m - 1][2])
                                           and toks[m - 1][1] == toks[m][0]):
        m += 1  # (a month's short form and its point: "said Dec. 6 on CNN")
    return m if m > first else k


_MONTH_SHORT = re.compile(r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec")


#: Months that are verbs in lower case: "may", "march".
_MONTH_VERBS = frozenset({"may", "march"})


_NOT_CLAUSE = frozenset("to so that yes no nothing something anything goodbye hello more less little much what how why "
                        "whether if when where who which as".split())
#: What is added to something rather than said: "another magic number to the mix", "a layer of cost to projects".
#: An amount opening what is added: "(added) 0.3%", "(added) around 292,000 jobs", "(added) another $2 billion".
_AMOUNT = re.compile(r"(?:(?:around|about|some|nearly|almost|roughly|over|more than|less than|fewer than|another|"
                     r"an additional|a further|just|only)\s+)*[$£€]?\d")
#: Text put into a bill or a document, what "added" then means: "Collins also added language to reduce ...".
_ADDED_TEXT = re.compile(r"(?:language|wording|a provision|provisions|an amendment|amendments|a clause|clauses)\b")
_ADDS_TO = re.compile(r"(?!.*\b(?:would|will|was|were|is|are|has|have|had|could|can|should|may|might|must|did|does)\b)"
                      r"(?:an?|another|the|some|more|new|\d[\d,.]*)\s+[^,;:“”\"]{0,60}?"
                      r"\bto\s+(?:the|a|an|its|their|his|her)\s+"
                      r"[\w-]+(?:\s+[\w-]+)?\s*[.,]?$")
#: How long before or after, between a cue and its "that" or its clause: "announced two days earlier that", "said a week
#: ago the plan", "said days later that".
_ELAPSED_THAT = re.compile(r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+"
                           r"(?:minutes?|hours?|days?|weeks?|months?|years?)|(?:minutes|hours|days|weeks|months|years))"
                           r"\s+(?:earlier|later|ago|before)\s+"
                           r"(?=(?:that|he|she|it|they|we|I|the|a|an|his|her|its|their)\b)")
#: Where a trailing cue's words were written, however long: "(said) in an order posted on its website".
_IN_DOCUMENT = re.compile(r"in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|order|filing|letter"
                          r"|post|interview|report|release|note|notice|email|e-mail|message|submission|ruling"
                          r"|judgment)\b")
#: A reported question's first word, and the words that make a cue say nothing ("did not say whether").
_WH_START = re.compile(r"(?:whether|if|how|why|what|when|who|whom|which|where)\b", re.I)
_NEGATIONS = frozenset({"not", "n't", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't",
                        "couldn't", "won't", "cannot"})
_PARTICIPLE_CUES = frozenset("say add tell note argue claim insist warn explain state write".split())
#: ... and those that cue one only before "that": ", ruling that he ...", ", finding that ...", ", remarking that".
_PARTICIPLE_THAT = frozenset("rule find conclude remark stress assert acknowledge contend predict suggest".split())
#: Conjunctions between a comma and such a participle before "that": "..., while suggesting that ...", "..., before
#: warning that ..." (not "without": "without saying that" says nothing).
_PARTICIPLE_LINKS = frozenset({"while", "before", "after", "also", "then"})
#: ... of which those that may be the writer's inference from a fact: ", suggesting that" reports only after a report
#: ("Cardin said ..., suggesting that ..."; not "Sales fell 5 percent, suggesting that demand is weak").
_INFERRING = frozenset({"suggest"})
#: Adjectives between a number and an "-ed" adjective: "11 new estimated risk areas", "three more reported cases".
_COUNTED_ADJECTIVES = frozenset({"new", "more", "other", "additional", "further"})
_PREP_OR_TIME = PREPOSITIONS | TIME_WORDS
_PRONOUN_OR_THERE = PRONOUNS | {"there"}
#: Prepositions of place or way the shared list lacks: "said outside the courthouse", "said via text message" is
#: where or how, not what.
_PLACE_PREPOSITIONS = frozenset("outside inside behind beside beyond near amid aboard alongside toward towards "
                                "via".split())
#: Adverbs of place after a cue, before its clause or alone: "said onstage Tuesday night", "said here he would ...".
_PLACE_ADVERBS = frozenset("onstage backstage offstage here abroad".split())
#: What an authority declares by acting, not saying: "(declared) a major incident", "a state of emergency", "itself
#: bankrupt".
_DECLARED_STATE = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}(?:incident|emergency|calamity|disaster|"
                             r"state\s+of\b|curfew|holiday|mourning)|\s+(?:itself|themselves)\s+bankrupt")
#: What is recalled by calling it back, not by remembering it aloud: an envoy, a product.
_RECALLED_THING = re.compile(r"\s+(?:(?:its|their|the|an?|all)\s+)?(?:[a-z-]+\s+){0,2}(?:ambassadors?|envoys?|"
                             r"diplomats?|consuls?|products?|vehicles?|cars?|devices?|batches|lots?)\b")
#: "because he (also) " before a verb: a reason given in the writer's words.
_BECAUSE_PRONOUN = re.compile(r"\bbecause\s+(?:he|she|they|we)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?\Z")
#: A legal action a court dismisses or a lawyer argues: "dismissed a judicial review", "argued the case".
_LEGAL_ACTION = re.compile(r"\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}(case|cases|appeal|appeals|"
                           r"lawsuit|lawsuits|suit|review|application|motion|claim|claims|charges?|petition|"
                           r"complaint|action)\b")
#: Of those, what a politician may dismiss aloud; a court's dismissal only when a court or judge dismisses it.
_CLAIMS = frozenset({"claim", "claims", "charge", "charges", "complaint"})
_BENCH = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge|[Jj]ustice|[Bb]ench|[Mm]agistrate)s?\b")
#: Words that open an adjunct between a cue and "that": "said on Friday that", "said outside court that".
_ADJUNCT_OPENERS = _PREP_OR_TIME | _PLACE_PREPOSITIONS | _PLACE_ADVERBS
_NOT_CLAUSE_START = PREPOSITIONS | TIME_WORDS | _NOT_CLAUSE | _PLACE_PREPOSITIONS | _PLACE_ADVERBS | frozenset(
    "and but or nor yet".split())
_WH = WH_WORDS
#: Verbs whose content may be a question: explained why ..., asked whether ...
_ASKING = frozenset("explain ask reveal disclose describe questioned".split())
#: Whom police or lawyers question, after "questioned": people, not a claim ("questioned the two men for hours").
_QUESTIONED_SOMEONE = re.compile(r"(?:him|her|them|(?:[\w'’-]+\s+){0,3}?(?:m[ae]n|wom[ae]n|suspects?|witness(?:es)?|"
                                 r"drivers?|officers?|staff|people|pair|couple|boys?|girls?|teenagers?|students?|"
                                 r"employees?|workers?|residents?|executives?|officials?))"
                                 r"(?:\s+(?:for|about|over|on|at|in|after|under)\b|[\s.,;]*$)")
_OPENING_PREPOSITION = PREPOSITIONS - {"to"}  # "During his years in office, he said, ...": not what he said
#: Prepositions of an adjunct between a cue and its clause (said in a statement it ...); not those of a topic whose
#: relative clause follows (recalled of a conversation she had ..., notes about what she ...)
#: Words before a determiner that opens no clause after an adjunct: another determiner, "at least", "at most".
_NOT_BEFORE_CLAUSE_DETERMINER = DETERMINERS | {"least", "most"}
_ADJUNCT_PREPOSITIONS = _OPENING_PREPOSITION - {"of", "about", "for"} | _PLACE_PREPOSITIONS
_ADJUNCT_OPENING = _ADJUNCT_START | _ADJUNCT_PREPOSITIONS
_OPENING_CONJUNCTION = frozenset("but and yet so then".split())
#: Cues of a passive aside that names its source: "As (first) reported by X, ...", "..., as noted by X."
_AS_REPORTED = frozenset("reported noted stated announced revealed disclosed confirmed".split())
_AS_REPORTED_ADVERBS = frozenset("first previously earlier originally widely also".split())
#: A comma between clauses or phrases, not inside a number ("2,200").
_CLAUSE_COMMA = re.compile(r",(?!\d)")
#: Heads of a time phrase that can open a sentence ("The next day, according to X, ...")
_TIME_NOUNS = TIME_WORDS | frozenset("day days weeks months years hour hours time moment decade".split())
_SUBORDINATOR = frozenset("before after if when while although though because unless once until since as".split())
_CLAUSE_SUBJECT = PRONOUNS | {"there", "this", "these", "those"}
#: Forms of a reporting verb that are only participles: a cue only after an auxiliary, a comma or before "by".
_PARTICIPLES_ONLY = frozenset("written shown".split())
#: Words before a cue that make it an aside or a subordinate clause: "..., Mr. Rogan said in an interview, ...".
_ASIDE_OPENERS = frozenset("as when while if because since though although".split())
#: Words that open a relative clause or a phrase after a noun: no clause's subject ends before them.
_RELATIVES = frozenset("which who whom whose that with".split())
#: Where or how something was said, in a phrase after its cue: "(said) in an interview, ...", "at a rally".
_SAID_IN = frozenset("interview interviews rally speech conference briefing hearing meeting email letter call "
                     "podcast broadcast appearance event session address remarks".split())
_SUBJECT_PRONOUNS = frozenset("i he she it we they".split())
_DETERMINERS_NOT_THAT = DETERMINERS - {"that"}
_OBJECT_PRONOUNS = frozenset("him them it me us you himself herself themselves".split())  # "her": her_alone
#: Whom something is reported to: "reported it to police", "reported the lost gear to the department".
_NOTIFIED = re.compile(r"\bto\s+(?:the|a|an|his|her|their|its|police|[A-Z])")
#: Finite auxiliaries and modals of any person ("Millennials have ...").
_FINITE_ANY = _FINITE | {"have", "do", "am"}
#: Words a plural noun follows, where a present tense in -s would not ("the cards", "for cars").
_NOUN_PHRASE_WORDS = DETERMINERS | PREPOSITIONS
#: Words that open what a present tense in -s takes after it ("remains under ...", "requires them").
_OBJECT_OPENERS = _NOUN_PHRASE_WORDS | _OBJECT_PRONOUNS | {"that", "not"}

#: Words opening a relative clause: inside a question put to a speaker, a report of someone else's ("Asked whether
#: he had visited the parks where residents say ...").
_RELATIVE_WORDS = frozenset("where who whom whose which that".split())
#: Words that name the press as an asker: "Asked by reporters whether ...".
_PRESS_WORDS = frozenset("reporters journalists press media".split())
_ASKED = re.compile(r"\b(?:to|whether|if|why|how|what|when|where|who)\b")
#: Words before "say" that make it a noun: "the final say", "a say", "no say".
_SAY_NOUN_BEFORE = frozenset("a the final last no any more little bigger greater real".split())
#: Present forms of cues that are more often nouns: a cue only before "that" or a clause's subject.
_AMBIGUOUS_CUES = frozenset("state states think show shows report reports claim claims".split())
#: Short phrases that stand for what was said (said as much, said the same thing, 46 percent said yes).
_ANAPHORIC = (("the", "same", "thing"), ("much", "the", "same"), ("as", "much"), ("the", "same"), ("so",), ("yes",),
              ("no",))
_ANAPHORIC_FIRST = frozenset(p[0] for p in _ANAPHORIC) | {"against", "of"}
_SAYING = frozenset("say tell indicate suggest acknowledge admit confirm argue write state".split())
#: Verbs of warning and the prepositions that introduce what they warn of (warned against X); not a complaint's
#: topic (complained about a report: news copy seldom reports that as what was said)
_COMPLAINING = {"warn": {"against", "of"}, "caution": {"against"}}
_HYPOTHETICAL = frozenset("would could might should".split())  # before a cue: nothing was said
#: The comma closing a relative clause mid-sentence: the main clause's verb follows ("..., was a factor", "..., and
#: would summon")
#: Forms of saying with no "-ed" that report a clause of their own: "(but the lawmaker) said", "told".
_PAST_SAYING = frozenset("said told wrote says tells writes".split())
#: Cues that end a relative clause when they follow its comma: "(X, who ...,) told".
_PAST_CUES = _PAST_SAYING | frozenset("added argued warned insisted claimed".split())
_RELATIVE_CLOSE = re.compile(r",\s+(?:(?:and|but)\s+)?(?:" + "|".join(sorted(FINITE_VERBS | _PAST_CUES)) + r")\b")
#: A relative clause set off by a comma and still open where a cue's subject stands: ", who asked not to be named
#: because (he said)".
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\s[^,;:]*$")
_MODALS = frozenset("may might could would should will can must".split())  # "Hamas may welcome": no report
_COMMA_BEFORE_PARTICIPLE = re.compile(r"\s*,[\"”’']?\s*$")  # the comma (and closing mark) before "..., adding that"
#: Numbers and quantifiers that open a noun phrase joined to another ("64 passengers and nine crew members").
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS | PEOPLE_QUANTIFIERS | {"one", "few", "all"}))
_COORDINATED_END = re.compile(r"(?:,|\s[—–-]+)?\s+(?:but|and|while)(?:\s+(?:also|later|then))?"
                              r"(?:\s+(?:he|she|they|we|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                              r"|(?P<group>(?!(?:and|but|while|that|" + _NUMBER_WORDS + r")\b)[a-z][\w-]*"
                              r"(?:\s+(?!(?:and|but|while)\b)[a-z][\w-]*){0,2}))"
                              r"(?:,[^,;:\n“”\"]{1,40},)?"  # (an aside: ", and Ms Solheim-Berg, through a spokeswoman,")
                              r"(?:\s+(?:also|later|then))?)?\s*$")  # ... but added that / — and he noted that
#: What is won or taken when "claim" is no speech: "claimed historic gains", "claimed the title", "claimed 12 lives"
#: (not a clause, "claimed victory was near"; nor "claimed victory", a speech act).
_CLAIMED_WIN = re.compile(r"(?:(?:the|a|an|his|her|their|its|\d[\d,]*)\s+)?(?:[\w-]+\s+){0,2}?(?:gains?|seats?|lives"
                          r"|titles?|wins?|crown|prize|medals?|majority|control|spoils)\b"
                          r"(?!\s+(?:was|were|is|are|would|will|had|has|have|could|should|might|may)\b)", re.I)
#: Words before "saying" that liken something to saying it: "the same as saying", "tantamount to saying".
_LIKENED = frozenset({("same", "as"), ("tantamount", "to"), ("equivalent", "to"), ("akin", "to"), ("is", "like"),
                      ("was", "like"), ("’s", "like"), ("'s", "like")})
#: A clause of a subject pronoun and an auxiliary whose verb is understood: "(said) he would", "(said) they did not".
#: Past tenses that want an object: "(what) she needed" is a relative clause's, not a whole clause.
_NEEDS_OBJECT = frozenset("needed wanted liked loved made got took gave had did said told knew found kept".split())
_ELLIPTIC = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:would|will|could|can|did|does|do|had|has|have"
                       r"|should|might|may|must|was|were)(?:\s+not|n['’]t)?")
#: A second relative clause joined to the one a cue ends: "which he has denied (and which ...)".
_ANOTHER_RELATIVE = re.compile(r"(?:and|but|or)\s+(?:which|who|whom)\b", re.I)
#: The end of a clause before another joined to it: ", and", ", but", ";".
_JOINED_BEFORE = re.compile(r"(?:,\s+(?:and|but)|;)\s+$")
#: A relative clause right after a source: "(his friend Donald Trump), who has pledged".
_WHO_NEXT = re.compile(r",?\s+(?:who|which|that)\b")
def _people_group(words: str) -> bool:
    """A lower-case subject ending in a plural noun for people (:data:`PERSON_NOUN`): ``fair board members``,
    ``residents``, ``local officials``."""
    last = words.rsplit(None, 1)[-1]
    return last.endswith("s") and (PERSON_NOUN.search(last) is not None or last.endswith("ials"))


#: Who hears evidence in court or hearing copy: "the court heard", "an inquest heard", "the committee heard".
_HEARERS = frozenset({"court", "jury", "tribunal", "inquest", "hearing", "inquiry", "committee", "panel", "trial",
                      "magistrates", "judge"})
_ADVISING = frozenset({"advise", "recommend"})
#: Verbs that rebut a claim, and the claim's noun and "that" after them: "rejected the suggestion that ...".
_REBUTTING = frozenset({"reject", "dismiss", "dispute", "deny", "refute"})
_CLAIM_THAT = re.compile(r"(?:(?:the|any|a)\s+)?(?:[A-Z][a-z]+\s+)?(?:suggestion|claim|idea|notion|accusation"
                         r"|allegation|argument|charge|assertion|characteri[sz]ation|criticism|view|premise|contention"
                         r"|assessment|attack|complaint|rumou?r|report|speculation)s?"
                         r"(?:,\s+[^,.;:\"“”]{3,80},|\s+(?:from|by)\s+[^,.;:\"“”]{3,60}?)?\s+that\b", re.I)  # (an
# aside: "suggestions, circulated by accounts based in Florida, that"; who made it: "attacks from Jeb Bush and other
# candidates that")
#: Cue forms that are also nouns ("a news report", "the court claim").
_NOUN_CUES = frozenset("report reports claim claims comment comments note notes answer answers reply replies "
                       "statement post posts tweet tweets warning warnings promise promises vow vows pledge pledges "
                       "point points signal signals estimate estimates remark remarks boast boasts".split())
_NOUN_OR_AMBIGUOUS_CUES = _NOUN_CUES | _AMBIGUOUS_CUES
#: Words before a noun, never a relative pronoun ("that"): "the (remarks)", "his (remarks)".
_ARTICLE_OR_POSSESSIVE = POSSESSIVE_DETERMINERS | {"the", "a", "an"}
#: Quotation marks as tokens.
_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})
#: A relative clause's cue right after its pronoun: "(The judges) who (have) ruled".
_WHO_BEFORE = re.compile(r"\bwho\s+(?:(?:has|have|had|also|first|later|once)\s+){0,2}$")
_NOT_NP_OBJECT = PREPOSITIONS | TIME_WORDS | {"that", "to", "and", "or", "nor"}  # (a verb joined on: "it condemned
# and prohibited torture" has no object of "condemned")
#: Conjunctions that open a clause whose words follow an aside: "... when, he says, the event was muddier".
_SUBORDINATORS = frozenset("when because although if while where whereas unless until".split())  # (not "since",
# "before", "though": adverbs too, "He has not won a game since, he says")
#: Words that alone are no reported content ("However, he said, ...").
_DISCOURSE = frozenset("""however but and so yet still meanwhile instead now then also indeed moreover furthermore
nonetheless nevertheless first second finally again thus therefore otherwise besides today yesterday though""".split())
#: After "..., he said," these open a clause of the writer's, not the rest of the reported one.

#: A negated report of a question: "did not say whether", "would not explain why".
_NOT_SAID_WHETHER = re.compile(r"\b(?:not|n[’']t)\s+(?:\w+\s+)?(?:say|said|explain|specify|disclose|confirm|indicate)"
                               r"\s+(?:whether|if|why|how|when|what)\b")
# ("but" goes on with the reported words: "Production has since resumed, she said, but rebuilding will take ...")
_NEW_CLAUSE = frozenset("according referring who which compared as while although though whereas".split())
#: Verbs of an aside that splits or trails a reported clause ("The museum, he said, would ...").
_ASIDE_CUES = frozenset("""say add tell note argue claim insist warn explain write contend suggest acknowledge concede
predict recall point report state declare stress emphasize emphasise admit reckon announce hear confirm
specify indicate reveal testify observe disclose remark maintain allege caution reply assert joke
lament""".split())
#: Verbs whose addressee and infinitive are what was said: told his advisers to ..., warned X to ...
#: Verbs whose object of two words is what was said (welcomed the move, pledged support).
_SHORT_OBJECT = frozenset("welcome pledge deny criticize criticise condemn reject urge".split())
#: What a denial of two words or fewer opens with to be a report: "he has denied wrongdoing", "denied any
#: involvement" (a word in -ing too: "denied cheating").
_DENIED_ALONE = frozenset("wrongdoing wrongdoings responsibility involvement guilt any".split())
#: What is denied when it only points back at a report told before: "denied the allegations of meddling", "have denied
#: the accusations against them", "denied the claims, saying ..." (no words of the denial: a participle after it has
#: its own row; but "denied the report that ...", "denied the charges were true": what is denied is said).
_DENIED_CLAIM = re.compile(r"(?i:the|these|those|such)\s+(?:claim|allegation|accusation|charge|report|suggestion"
                           r"|rumou?r)s?\b(?![^,;]*\b(?:that|was|were|is|are|had|has|have|would|will|could|can|did"
                           r"|do|does|should|might|must)\b)")
#: Verbs whose content is the noun phrase they take: "demanded (an accounting)", "criticised (the plan)".
_NOUN_OBJECT = frozenset("""demand urge welcome criticise criticize condemn deny reject praise accuse blame describe
cite raise question dispute defend back support oppose recount recall detail""".split())
#: A comma and the verb of a main clause after a relative clause set off: "(who has denied any wrongdoing), is due".
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:is|was|are|were|has|have|had|will|would|remains|remained|faces|faced"
                                    r"|pleaded|appeared|died|declined)\b")
#: A past or present verb and the start of its object after a comma: the main clause after a relative aside.
_VERB_AND_OBJECT_AFTER_COMMA = re.compile(r",\s+([a-z]{3,})\s+(?:the|a|an|his|her|their|its|this|that|to)\s"
                                          r"|,\s+([a-z]{3,}ed)(?=\s+(?:on|in|at|after|before|last|this|earlier|later"
                                          r"|yesterday|today|from|with)\b|\s*[.;]?\s*$)"
                                          r"|,\s+(%s|said|says|told|tells)\s" % "|".join(sorted(IRREGULAR_PAST)))
# (or a past verb and when or where: ", resigned on Monday"; or an irregular past: ", met with a Russian lawyer"; or
# a verb of saying: "X, who urged the board to act, said staff ...")
#: Words that set one clause against another: "X argues that ..., but Y fears that ...".
_CONTRASTING = frozenset("but while whereas".split())
#: Verbs of a plea, whose gerund is what is admitted or denied: "admitted failing to ...".
_PLEADING = frozenset("admit deny acknowledge".split())
#: What is admitted or denied in a plea to a charge: a count of offences or an offence by name ("admitted two offences
#: under the Animal Welfare Act", "denies 11 counts of fraud", "admitted fraud by false representation"), not a report
#: (the charges are the court's words; what is said of them is a clause: "denied the charges were true").
_PLEA = re.compile(r"(?i:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|\d+"
                   r"|[a-z]+teen|several|multiple|both|all|the|further|separate|related|other|lesser|new)[- ]+)*"
                   r"(?:offen[cs]es?|counts?|charges?|breach(?:es)?)"
                   r"|fraud|theft|manslaughter|murder|assault|burglary|robbery|arson|affray|harassment|stalking"
                   r"|perjury|blackmail|false accounting|money laundering"
                   r"|(?:dangerous|careless|drink|drug)[- ]driving)\b"
                   r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|did)\b)")
_ORDERING = frozenset("tell warn urge ask caution".split())
#: Quantifiers that open a clause's subject ("said more cases are likely to be reported").
_QUANTIFIERS = frozenset("more most many several few fewer".split())
#: Adverbs that stand before a finite verb: "(the county) now (reviews)".
_VERB_ADVERBS = frozenset("now also still already often usually never always routinely".split())
#: Plain present verbs that end the subject a quantity opens: "(more than a third of the students) come from".
_PLAIN_VERBS = frozenset("come live work want need say have remain face use support oppose".split())
#: Verbs of proposing whose content may be a gerund's clause: "suggested keeping the old slogan".
_PROPOSING = frozenset({"suggest", "propose"})
#: Time nouns that name when something was said only after a determiner ("this week"): bare, they modify a noun.
_BARE_TIME_NOUNS = frozenset("weekend week month year morning afternoon evening night".split())
#: Words of a quantity between two "as": "as many as", "as much as", "as few as".
_AS_MUCH = frozenset("many much few little".split())
#: Words of a quantity that may open a reported clause (said about 20 people have ...).
#: A name set off after a role: ", Dr. Kila Morea," (then a comma, the sentence's end or "and"), maybe after where the
#: person lives: ", Fishers resident Tom Kellerman".
_NAME_SET_OFF = re.compile(r",\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|[A-Z][\w'’-]+\s+[a-z]+\s+(?=[A-Z]))?"
                           r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
                           r"(?:\s+\([A-Z][\w.-]{0,11}\))?)(?=,|\.?$|\.\s)")  # (a party tag: "(PSD-PE)")
#: Nouns for people that end in no s: whom an advice may be for.
_PEOPLE_WORDS = frozenset("people children men women staff anyone everyone".split())
_QUANTITY = frozenset("about around nearly almost roughly over more fewer less at only just up".split())
#: Adverbs of a number's size that may open a reported clause before a number word: "said roughly one in five ...".
_ROUGHLY = frozenset("about around nearly almost roughly approximately".split())
#: The flags of "call" before "for"/"on": a noun-phrase content (what is called for), like "urge".
_CALL_FOR = frozenset({"n"})
#: Before "called": a passive ("has been called a charlatan"), whose caller is not the subject.
_PASSIVE_AUX = frozenset("been being was were is are be so".split())
#: After "called": a phrasal verb or a place, not what something is called ("called off", "called to the stage").
_CALL_PARTICLES = frozenset("for on to off out up back in into at from".split())
#: Object pronouns before what a speaker calls someone: "called him divisive" (not "her", a possessive too).
_CALLED_PRONOUNS = frozenset({"him", "them", "it"})
#: Words only a plural noun follows: "other (estimates)", "several (reports)".
_PLURAL_BEFORE = PEOPLE_QUANTIFIERS | {"other", "these", "those", "both", "most", "few"}
#: Where a clause after an addressee stops being looked for a finite verb.
_STOP_CLAUSE = CLAUSE_WORDS | _WH
_PREPOSITION_OR_SUBORDINATOR = _OPENING_PREPOSITION | _SUBORDINATOR
#: A relative clause set off by a dash after its antecedent: "Hillary Clinton — who’s called for ... —".
#: A dash: an em dash, or one or two hyphens between spaces (the Washington Post's " - ").
_DASH = re.compile(r"\s*(?:—|\s--?\s)\s*")
_DASH_WHO = re.compile(_DASH.pattern + r"who\b")
#: Words that are no subject of a cue: an object pronoun of a relative clause, "who's".
_NOT_A_SUBJECT = _OBJECT_PRONOUNS - {"it", "you"} | {"who's", "who’s"}
_PRONOUN_LIKE = frozenset("nothing something everything anything none".split())
_PRONOUN_OR_LIKE = PRONOUNS | _PRONOUN_LIKE
#: Where a name given after "what X called" ends: a comma before a clause's word or a capital, "and" before a past
#: verb, or a closing bracket.
_NAME_GIVEN_END = re.compile(r",\s+(?:and|but|while|which|who|as|though|although|because|saying|adding|[A-Z])"
                             r"|\s+and\s+\w+ed\b|\s*\)")
#: Punctuation that may end a reported clause inside a sentence the splitter did not cut.
_BREAKS = frozenset({",", ";", ":", "―", "—", "–", "-", "--"})
_FINITE_AUX = _FINITE | frozenset("have has do be been".split())
#: A finite verb right after a source set off by commas: the predicate of the subject before the source goes on.
_VERB_AFTER_ASIDE = re.compile(r",\s+((?:%s)\b|\w+n[’']t\b)" % "|".join(sorted(_FINITE - {"had", "has"})))
_NOT_ENDS = ("n't", "n’t")  # a contracted negation ends a finite verb only: "doesn't", "wasn’t", "won't"
#: Ends of a pronoun's contracted verb or a contracted negation ("they'd", "we'll", "isn't").
_CONTRACTED_VERB_ENDS = ("'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve") + _NOT_ENDS
_FINITE_OR_MODAL = _FINITE_AUX | _MODALS
#: Function words, none of which is the noun after a gerund opening a clause ("says meeting participants outlined").
_FUNCTION_WORDS = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | PRONOUNS
#: Before a bare participle these make it a noun or a progressive ("the saying", "is saying", "keeps saying").
_NOT_BEFORE_PARTICIPLE = DETERMINERS | frozenset("without".split())
#: Before an "asked" whose asker the sentence need not name: a passive's auxiliary ("was asked whether ...") or an
#: opening adjunct's conjunction ("When asked whether ..., X said").
_ASKED_PASSIVE = frozenset("was were is are been being".split())
_ASKED_OPENING = frozenset("when after if once".split())
_BEFORE_NOUN = PREPOSITIONS | {"following", "amid", "despite"}  # before a cue word in -s: a noun ("amid reports")
_FACING = frozenset({"face", "faces", "faced", "facing"})  # before a cue word in -s, a noun: "faces charges that"
_RAISING = frozenset({"promise", "threaten"})  # "what promises to be a turbulent week": no speech
_CHARGE_LINK = {"describe": "as", "accuse": "of", "praise": "as", "criticise": "for"}
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years second minute hour day week month year".split())
#: What "nearly every" may count that says how often, not who: "said nearly every week that ...".
_TIMES_OF = _TIME_UNITS | {"time", "times", "night", "nights"}
_NOT_BEFORE_CUE = frozenset("to be been being is was were are the a an his her its their".split())
_PURPOSE_CUES = frozenset("say tell warn announce explain argue insist note stress declare call".split())  # not
# "claim" ("call": "used his speech to call for ...", which reports only with its "for" or "on X to")
#: Verbs taking the medium a purpose infinitive is said on: "took to Twitter to say", "went on CNN to warn".
_MEDIUM_VERBS = frozenset("took take takes taking went go goes going appeared appear appears appearing".split())
_NOT_BEFORE_PURPOSE = frozenset("""want wants going need needs able like likes refuse refuses decline declines try tries
seem seems appear appears begin begins began expect expects plan plans used ought chance time right way reason
set due poised expected likely certain about scheduled slated
whether how what where when who why
things nothing something anything everything much little lot plenty more""".split())  # ("positive things to say";
# "he is set to announce ...": what is to come, not said)
#: Words before "to call" that make it no purpose of the act before it: "too close to call for", "unable to call for
#: help", "planning to call on", "urged residents to check ... and to call 911 for ..." (PolNeAR annotates "ready to
#: say", "and to say": the other purpose cues keep them).
_NOT_BEFORE_CALL = frozenset("close unable planning hoping trying wanting ready and or but".split())
_NAME_MARKS = frozenset({"'", "’", "“", "”", '"', "&"})  # told MSNBC's "Morning Joe" that ..., the Post & Times
_PROGRESSIVE = frozenset("is was were are been".split())
#: Adverbs between a progressive's auxiliary and its verb: "is also warning", "are now urging".
_PROGRESSIVE_ADVERBS = frozenset("also now still again already increasingly repeatedly publicly privately quietly openly"
                                 .split())
#: Verbs of judging someone for what they did or said: "attacked X for saying".
_JUDGING = frozenset("""attacked attacks criticized criticised criticizes criticises slammed slams blasted blasts
condemned condemns praised praises thanked thanks mocked mocks ridiculed ridicules fired fires suspended suspends
sued sues censured rebuked chastised scolded faulted faults blamed blames lambasted denounced denounces applauded
commended""".split())
#: Verbs of witnessing whose object does what follows: "(the meeting) saw (MPs) warn", "heard (them) say".
_WITNESSING = frozenset("saw sees see heard hears watched".split())
_LETS = re.compile(r"(?-i:[A-Z\W]*\s)?[Ll]et(?:['’]s| us)")  # (after a kicker in capitals: "SAVE A QUARTER Let's")
_BE = frozenset("is was were are been be being".split())
#: Finite forms of "be" and "have": after a cue that is also a noun, that noun's verb ("demand was pushing").
_FINITE_BE = frozenset("is was were are has had".split())
#: Cues that are also nouns of asking: "(Colombian) demand (was pushing prices up)".
_DEMAND_NOUNS = frozenset("demand demands request requests call calls appeal appeals offer offers".split())
#: Spans of time after "for" between a cue and its clause: "(said) for weeks (he ...)".
_SPANS_OF_TIME = frozenset("days weeks months years decades".split())
#: Verbs of saying whose clause may open with a time as its subject: "say this year is the worst" (not "states this
#: week had asked", "tweet Sunday morning was").
_TIME_SUBJECT_CUES = frozenset("say add warn argue insist predict".split())
#: Past participles not in -ed and not past tenses too: "the survey, flown in July,".
_PAST_PARTICIPLES = frozenset("flown shown known drawn grown thrown given taken written seen done gone begun chosen "
                              "driven eaten fallen forgotten hidden ridden risen spoken stolen sworn torn worn".split())
#: Particles of phrasal verbs: "tied up", "handed over".
_VERB_PARTICLES = frozenset("up down out off back away over".split())
#: After "that" and a past verb, the words that make it a relative clause: "(a crowd) that spilled out", "(a
#: documentary) that showed off", "(the firm) that hired him".
_AFTER_RELATIVE_PAST = _VERB_PARTICLES | _OBJECT_PRONOUNS | {"onto", "into"}
#: What opens a sentence before a clause's subject, or ends what comes before one joined to it.
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?")
_JOINED_CLAUSE_END = re.compile(r"(?:[,;:]|\band|\bbut)\s*$")
#: Words that open a subject whose clause has a gap: "Everything the company said ...", "What he said ...".
_GAP_HEADS = frozenset("what whatever everything all anything nothing".split())
#: Plural nouns not in -s, after a number: "roughly 420 people".
_PLURALS_WITHOUT_S = frozenset("people children men women police cattle sheep fish".split())
#: Verbs in -s that take "for" as their object's preposition: "the plan calls for", "the county pays for".
_VERBS_FOR = frozenset("calls asks pays accounts allows provides".split())
#: Verbs in -s before an infinitive: "the department expects to run", "the town plans to".
_VERBS_TO = frozenset("expects plans wants needs intends hopes aims seeks".split())
#: A share named by a fraction: "(about) a third of".
_SHARES = frozenset("half third quarter fifth tenth".split())
#: Shares in words after "about a": "(said about a) third (of the families ...)".
_SHARE_WORDS = _SHARES | {"dozen"}
#: Words for a share of people after "a": "a few (say)", "a majority (claim)" are subjects, not nouns before a noun.
_SHARE_NOUNS = _SHARES | frozenset("few number majority minority dozen handful lot couple host plurality hundred "
                                   "thousand million".split())
#: Subordinators of time that open an adjunct clause between a cue and "that".
_SUBORDINATE_TIME = frozenset({"after", "before", "when", "once", "as", "while", "since"})
#: Words that open a subordinate clause whose own subject a verb joined to its verb by "and" shares.
_SUBORDINATE_CLAUSE = _SUBORDINATE_TIME | {"because", "where"}
#: Adverbs of how close in time, before an adjunct of time: "(just) after midnight", "(shortly) before the vote".
_TIME_BOUNDS = frozenset("just shortly soon right immediately directly".split())
#: Verbs whose passive's agent tells a that-clause: "was told by a member of the delegation that".
_TELLING = frozenset("tell inform assure warn advise remind".split())
_PASSIVE_LINKS = frozenset("of for to that".split())  # accused of, criticised for, reported to, told that
#: Words that end a passive's agent and open an adjunct before what it reported ("told by X at a meeting that").
_AGENT_ADJUNCT = frozenset({"as", "at", "on", "in", "during", "earlier", "last", "this", "only", "before", "after",
                            "yesterday", "recently"}) | _TIME_BOUNDS
#: Reporting verb forms in -s that are never a plural noun.
_ONLY_VERBS = frozenset("says warns insists argues suggests concludes".split())
#: Adverbs between a relative pronoun and its verb: "superdelegates who have not yet declared".
_CLAUSE_ADVERBS = frozenset("not yet also already never still since publicly previously repeatedly recently long "
                            "just now often once".split())


@lru_cache(maxsize=1)
def _indirect_cues() -> frozenset:
    """The words (lower case) that can start an indirect row; nothing else can."""
    return frozenset(lexicon().verbs.keys() | {"according", "that"})




def _singular_modifier(word: str) -> bool:
    """A lower-case singular word that is no subject of a bare verb after it: no pronoun, auxiliary, adverb in -ly,
    clause word, preposition or conjunction (``budget`` in ``budget rule``)."""
    return word.isalpha() and word.islower() and not word.endswith(("s", "ly")) and word not in PRONOUNS \
        and word not in AUXILIARIES and word not in CLAUSE_WORDS and word not in PREPOSITIONS \
        and word not in {"to", "and", "or", "but", "nor"}

def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


class ReportedSpeech(Clauses):
    """Rules of indirect speech, one sentence at a time."""

    def indirect(self):
        rows = []
        cues = _indirect_cues()
        tokens = self.tokens
        # prefilter: the rules below start only at a cue token, so a sentence with none yields nothing. The starts
        # of the whole text's cue tokens, found in one pass; a sentence holding none of them is skipped unless one of
        # its ends cuts a token (then its own tokens are read again and could differ from the whole text's)
        cue_starts = [t[0] for t in compress(tokens.all,
                                             map(cues.__contains__, map(str.lower, map(TOKEN_TEXT, tokens.all))))]
        for s_lo, s_hi in self.sentence_lines():
            i = bisect_left(cue_starts, s_lo)
            if (i == len(cue_starts) or cue_starts[i] >= s_hi) and not tokens.inside_token(s_lo) \
                    and not tokens.inside_token(s_hi):
                continue
            toks = tokens.between(s_lo, s_hi)
            end = s_hi
            while end > s_lo and self.text[end - 1] in " .\n":
                end -= 1
            skip_to = -1
            # why a source is not named ("on condition of anonymity because he was not authorized to ..."): it ends
            # what a cue before it can take
            unnamed_why = [m for m in range(1, len(toks)) if anonymity_because(toks, m, adjacent=True)] \
                if self.text.find("because", s_lo, s_hi) >= 0 else []
            # the indices of tokens whose lower case is a cue, with no Python step per token (most are not)
            for k in compress(count(), map(cues.__contains__, map(str.lower, map(TOKEN_TEXT, toks)))):
                t0, _, tok = toks[k]
                low = tok.lower()
                if self.in_quote(t0) or t0 < skip_to:
                    continue
                if low == "according" and k + 1 < len(toks) and toks[k + 1][2].lower() == "to":
                    found = self._according(toks, k, s_lo, end)
                    rows.extend(found)
                    skip_to = max([f[2][1] for f in found], default=-1)
                    continue
                if low == "that" and k > 0:
                    rows.extend(self._statement_noun(toks, k, s_lo, end))
                    continue
                if low in _AS_REPORTED and k + 2 < len(toks) and toks[k + 1][2] == "by" \
                        and (found := self._as_reported(toks, k, s_lo, end)):
                    rows.extend(found)  # "As reported by Western Journalism, investigators found ..."
                    skip_to = found[0][2][1]
                    continue
                if low == "asked" and (found := self._asked(toks, k, end)):
                    rows.append(found)
                    continue
                v = self.lx.verb(tok) if tok[:1].islower() else None
                if v and v[0] == "call" and self.call_content(toks, k) is not None:
                    # called for an inquiry / called on X to ... / called climate change a hoax: what is called for,
                    # or what is called what
                    v = (v[0], _CALL_FOR)
                if not v or not ({"c", "t", "i", "n"} & v[1] or v[0] in _REBUTTING) \
                        or "b" in v[1] and not self.position_against(toks, k):
                    continue
                if v[0] == "add" and k + 1 < len(toks) and toks[k + 1][2].lower() == "up":
                    continue  # "The gap between the two, she said, added up to hundreds of dollars": a sum
                # "is calling for", ", calling for"
                with_np = low.endswith("ing") and self.with_subject(toks, k) is not None  # "with X calling"
                that_next = k + 1 < len(toks) and toks[k + 1][2] == "that"
                # a progressive before "that": "is also warning that" (not a bare clause, "is reporting losses", nor an
                # object: "is urging members to" added as many unmatched rows as rows found)
                progressing = low.endswith("ing") and self.progressive(toks, k) and (that_next or v[0] == "call")
                calling = v[0] == "call" and k > 0 and (toks[k - 1][2].lower() in _PROGRESSIVE or toks[k - 1][2] == ","
                                                        or with_np) or progressing
                asking = v[0] == "ask" and k > 0 and k + 1 < len(toks) and toks[k + 1][2] in {"whether", "if"} \
                    and (toks[k - 1][2] == "," or toks[k - 1][2][:1].isalnum()
                         and toks[k - 1][2].lower() not in _NOT_BEFORE_PARTICIPLE)
                # ("wrote to the First Minister asking whether ...": a question put in writing, its writer's)
                if low.endswith("ing") and not ((self.after_comma(toks, k) or with_np
                                                 or k > 1 and toks[k - 1][2].lower() in _PARTICIPLE_LINKS
                                                 and toks[k - 2][2] == "," and that_next) and (
                        v[0] in _PARTICIPLE_CUES or v[0] in _PARTICIPLE_THAT
                        and (that_next or self.finite_clause_next(toks, k)))) \
                        and not self.bare_participle(toks, k, v[0]) and not calling and not asking:
                    continue  # only a participle of saying counts: "..., saying (that) ..."
                if low in _PARTICIPLES_ONLY and k and not is_aux(toks[k - 1][2]) and toks[k - 1][2] != "," \
                        and not (k + 1 < len(toks) and toks[k + 1][2] in {"by", "that"}):
                    continue  # "would seek written guarantees": a participle with no auxiliary is an adjective
                if k and ED_END.search(low) and _counted_adjective(toks, k):
                    continue  # "roughly 270 pledged delegates", "eight reported incidents", "11 new estimated risk
                    # areas": an adjective after a number (and a word like "new"), before a plural noun (but "the two
                    # suggested both are")
                if adjective_after_preposition(toks, k) or state_as_noun(toks, k):
                    continue  # "said in written submissions", "in Oklahoma and Washington state"
                if k and toks[k - 1][2].endswith("s") and _LETS.fullmatch(self.text, toks[0][0], toks[k - 1][1]):
                    continue  # "Let's say you think ...": a supposition, not a report (ending in "Let's" or "let us",
                    # the words before the cue end in "s": tested before the pattern)
                if "p" in v[1] and (found := self._passive_with_agent(toks, k, end)):
                    rows.extend(found)
                    continue
                before = k - 1
                while before > 0 and is_aux(toks[before][2]) and toks[before][2].lower() not in _NOT_BEFORE_CUE:
                    before -= 1  # the adverbs of "was also found"
                if before >= 0 and toks[before][2].lower() in _NOT_BEFORE_CUE \
                        and (before == k - 1 or toks[before][2].lower() in _BE) \
                        and not (low.endswith("ing") and (self.progressive(toks, k) or progressing)) \
                        and not self.purpose_infinitive(toks, k, v[0]) \
                        and not goes_on_to(toks, k):
                    continue  # "was told", "was also found", "to say", "the report"; but "is saying that ..."
                if k > 1 and toks[k - 1][2] == "own" or low == v[0] and k > 2 \
                        and toks[k - 2][2].lower() in {"a", "an"} and toks[k - 1][2].isalpha() \
                        and toks[k - 1][2].islower() and not toks[k - 1][2].endswith(("s", "ly")) \
                        and toks[k - 1][2] not in _SHARE_NOUNS and not is_aux(toks[k - 1][2]) \
                        and (low in _NOUN_CUES or not (low == "call" and toks[k + 1][2] == "for")):
                    continue  # "revisited his own promise to", "kept a campaign promise to", "After a close call",
                    # "have a larger say than": a noun (a bare verb would not agree with a singular noun after "a";
                    # "made an unprompted call for": the maker's demand, read as "called for")
                nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
                if low in {"counter", "counters"} and nxt.lower() not in _CLAUSE_SUBJECT | DETERMINERS | {","} \
                        and not CONTRACTED_PRONOUN.fullmatch(nxt):
                    continue  # "taped a sign to the front counter Wednesday": a noun (but "critics counter that",
                    # "Other voices counter it's time to ...")
                if low in NAMING_PARTICIPLES and nxt[:1].isupper() and self.noun_named(toks, k):
                    continue  # "A volunteer group called Naco Sin Agua keeps ...": a name given, no report
                if low == "accused" and nxt.lower() in _FINITE_BE | _MODALS | {"had", "have", "has"}:
                    continue  # "at least 200 murder accused had been on remand": the people charged, a noun (the verb
                    # takes an object)
                if low == "say" and k > 0 and toks[k - 1][2].lower() in _SAY_NOUN_BEFORE:
                    continue  # "had the final say over whether ...", "a say in": a noun
                if low in {"write", "writes", "wrote", "written", "writing"} and nxt.lower() in {"off", "down"}:
                    continue  # "would let businesses write off capital investment": no writing
                if k > 0 and toks[k - 1][2].lower() in _QUANTIFIERS and low.endswith("ed") and nxt.isalpha() \
                        and nxt.islower() and nxt not in _CLAUSE_SUBJECT | DETERMINERS | {"that"}:
                    continue  # "had more estimated accounts than any other": an adjective after a quantifier
                if k > 0 and toks[k - 1][2].endswith(("'s", "’s")) and toks[k - 1][2][:1].isupper() \
                        and ED_END.search(low) and nxt.isalpha() \
                        and nxt.islower() and nxt not in _CLAUSE_SUBJECT | DETERMINERS | {"that"}:
                    continue  # "Mr Houston's reported views": an adjective after a name's possessive (but "he's argued")
                if low.endswith("s") and low not in _ONLY_VERBS \
                        and (self.verb_follows(toks, k + 1) or self.object_of_verb(toks, k)) \
                        and not self.report_noun(toks, k + 1):
                    continue  # "local reports (also) said": a plural noun, not a verb ("Pence says too much ...";
                    # never "says", "warns": "The ministry report says that ..."; but "denies reports of": the verb
                    # before a report noun and its "of")
                if low in _AMBIGUOUS_CUES and nxt.lower() not in _CLAUSE_SUBJECT | DETERMINERS \
                        and not (nxt in END_PUNCT and self.comma_before(toks[k][0] - 1, s_lo) is None
                                 and self.text.rfind(",", s_lo, toks[k][0]) >= 0) \
                        and not (nxt == "," and self.as_subject(toks, k)) \
                        and not (nxt.islower() and nxt.endswith("ing")
                                 and any(t[2].lower() in _FINITE_OR_MODAL for t in toks[k + 2:k + 8])) \
                        and not (toks[k - 1][2].lower() in {"they", "we", "who"}
                                 and (nxt == "to" or nxt[:1].isupper() and self.finite_clause_next(toks, k))):
                    continue  # "Democratic state attorneys general", "states like Iowa", "a think tank" (but ", as
                    # the Conservatives claim, ...", "research claims cutting the limit would ...", "they claim to",
                    # "women who claim Moore pursued them")
                if low.endswith("s") and k > 0 and (toks[k - 1][2].lower() in _FACING
                                                    or low in _NOUN_OR_AMBIGUOUS_CUES
                                                    and toks[k - 1][2].lower() in _BEFORE_NOUN):
                    continue  # "Following claims that US forces ...", "amid reports that ...", "He faces charges
                    # that": a noun
                if low in _NOUN_CUES and k > 1 and toks[k - 1][2].islower() and not is_aux(toks[k - 1][2]) \
                        and (toks[k - 2][2].lower() in {"a", "an", "the"}
                             or toks[k - 2][2].lower() in POSSESSIVE_DETERMINERS and not low.endswith("s")) \
                        and nxt and (is_aux(nxt) or ED_END.search(nxt) or self.lx.verb(nxt) or nxt == "that"
                                     or nxt == "to" and toks[k - 2][2].lower() in POSSESSIVE_DETERMINERS
                                     and not toks[k - 1][2].endswith("s")
                                     and toks[k - 1][2].lower() not in _PLURALS_WITHOUT_S | {"staff"}) \
                        and not (nxt == "that" and low.endswith("s") and self.source_noun(toks[k - 1][2])):
                    continue  # "A news report published Wednesday said", "over its central claim that ...": a noun
                    # (but "The lawsuit claims that ...": a source's noun, then the verb that agrees with it)
                    # after its determiner and modifier (a verb's bare form would not agree with a singular noun after
                    # "its"; but "Her research estimates that ...": a verb; "his oft-stated promise to build": a noun
                    # before its infinitive, but not "their children promise to")
                if low in {"report", "statement"} and nxt.lower() in {"the", "a", "an"} and k > 2 \
                        and not toks[k - 1][2].endswith("s") \
                        and any(toks[d][2].lower() in {"a", "an", "the"}
                                and all(t[2].isalpha() and t[2].islower() and not is_aux(t[2]) for t in toks[d + 1:k])
                                for d in range(max(0, k - 4), k - 1)):
                    continue  # "A preliminary incident report the department released Thursday said": a noun, then
                    # a relative clause without "that"
                if low in _NOUN_CUES and k > 0 and toks[k - 1][2].endswith(("'s", "’s")) and nxt.lower() != "that":
                    continue  # "comes from a consultant's report the board commissioned": a noun after a possessive
                    # (but "Mr. Trump's claims that his net worth exceeds ...": what he claims)
                if k > 0 and toks[k - 1][2].lower() == "whose" \
                        or nxt.lower() in _FINITE_BE and low in _NOUN_CUES | _AMBIGUOUS_CUES | _DEMAND_NOUNS \
                        or nxt.lower() in _MODALS and low in _DEMAND_NOUNS and k > 0 \
                        and toks[k - 1][2].lower() not in PRONOUNS:
                    continue  # "whose welcome sign reads", "when Colombian demand was pushing prices up", "the bet
                    # that Chinese demand would keep climbing": a noun (but "a figure she says is higher": the gap of a
                    # relative clause)
                if low in {"post", "posts"} and k > 1 and toks[k - 2][2].lower() in {"a", "an", "the"} \
                        and toks[k - 1][2].isalpha() and toks[k - 1][2].islower():
                    continue  # "his nomination to a key post at the Department": a job, not a verb
                if v[0] == "post" and k > 1 and toks[k - 1][2].lower() in {"that", "which"} \
                        and self.lx.has("media_head", toks[k - 2][2]):
                    continue  # "in a story that posted this week that ...": the story came out, it reports nothing
                if note_noun(toks, k):
                    continue  # "A ministry briefing note released in September said": a document, not a verb
                if k > 0 and low.endswith("s") and toks[k - 1][2].lower() in _PLURAL_BEFORE \
                        and self.lx.lemma(low) != low:
                    continue  # "Other estimates put the number higher": a plural noun, no verb in -s after "other"
                if k > 0 and is_aux(toks[k - 1][2]) and self.after_modal(toks, k):
                    continue
                if v[0] in _ADVISING and ED_END.search(low) and nxt and (nxt == "to" or nxt.isalpha() and nxt.islower()
                                                                     and nxt not in DETERMINERS | _OBJECT_PRONOUNS
                                                                     and not is_aux(nxt)) \
                        and not (nxt != "to" and self.object_then_to(toks, k + 1)):
                    continue  # "its own recommended list", "women judged at risk advised to give birth": an
                    # adjective or a passive, no report (but "advised customers to keep all receipts": whom, then what)
                flags = v[1] | {"c"} if v[0] in _PARTICIPLE_THAT and low.endswith("ing") and not that_next else v[1]
                # (", ruling the club failed to ...": a bare clause after a participle that otherwise needs "that")
                why = next((toks[m][0] for m in unnamed_why if m > k + 1), end)
                rows.extend(self._verb_clause(toks, k, flags, s_lo, min(end, why)) or ())
        return self.split_coordinated([self.before_other_quotation(row) for row in rows])

    @staticmethod
    def noun_named(toks: list, k: int) -> bool:
        """Whether the participle at ``k`` follows a noun phrase opened by ``a``/``an``, all in lower case, and its name
        comes before a verb or an aside (``A volunteer group called Naco Sin Agua keeps``): a name given, not what
        anyone said."""
        d = next((d for d in range(k - 1, max(-1, k - 5), -1) if toks[d][2].lower() in {"a", "an"}), None)
        if d is None or d == k - 1 or not all(t[2].isalpha() and t[2].islower() and not is_aux(t[2])
                                              and t[2] not in PRONOUNS for t in toks[d + 1:k]):
            return False
        after = k + 1
        while after < len(toks) and toks[after][2][:1].isupper():
            after += 1
        nxt = toks[after][2] if after < len(toks) else ""
        # (then the sentence's verb, or an aside: not "called Trump a liar", what was called)
        return nxt in {",", "which", "that", "who"} or nxt in _FINITE_AUX or nxt.islower() and nxt.isalpha() \
            and (nxt.endswith("s") or past_form(nxt))

    def relative_aside_end(self, toks: list, k: int, content: tuple[int, int]) -> int | None:
        """Where the content of a cue in a relative clause set off by commas (``Smith, who has denied any wrongdoing,
        is due in court``) ends: the comma before the main clause's verb, if the content runs past it; else None."""
        j = k - 1
        while j >= 0 and is_aux(toks[j][2]):
            j -= 1
        if j < 1 or toks[j][2].lower() not in {"who", "which"} or toks[j - 1][2] != ",":
            return None
        verb = _MAIN_VERB_AFTER_COMMA.search(self.text, content[0], content[1])
        if verb is None and not any(t[2][:1].islower() and (self.lx.verb(t[2]) or t[2] in IRREGULAR_PAST
                                                            or t[2] in FINITE_VERBS or ED_END.search(t[2]))
                                    for t in toks[:j - 1]) \
                and (verb := _VERB_AND_OBJECT_AFTER_COMMA.search(self.text, content[0], content[1])) \
                and not (self.lx.verb(word := verb.group(1) or verb.group(2) or verb.group(3)) or word in IRREGULAR_PAST
                         or ED_END.search(word)
                         or len(word) >= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            verb = None  # ("Okamura, who said he employs 11 guides, added that", "Smith, who said the tax was unfair,
            # plans to challenge it": the main verb and its object after a relative clause on the sentence's subject,
            # no verb before it; not after an object's, which ends the sentence: "The mayor met Ruth Bell, who said
            # the crash killed two people, injured a third")
        return verb.start() if verb else None

    @staticmethod
    def what_called(toks: list, k: int) -> bool:
        """Whether ``call`` at ``k`` follows ``what`` and its subject and takes an object (``in what prosecutors called
        one of the largest cases``, ``what organizers are calling``; not ``what he called for``)."""
        what = next((w for w in range(k - 2, max(-1, k - 6), -1) if toks[w][2].lower() == "what"), None)
        return what is not None and k + 1 < len(toks) and toks[k + 1][2][:1].isalnum() \
            and toks[k + 1][2].lower() not in _CALL_PARTICLES \
            and all(t[2][:1].isalnum() and t[2].lower() not in _STOP_CLAUSE for t in toks[what + 1:k]) \
            and not any(t[2] in _QUOTE_TOKENS or t[2] in {"'", "‘"} for t in toks[k + 1:k + 8])
        # (a quoted name is the quote rules': "what he called the “Washington cartel”", "the ''crooked'' process")

    @classmethod
    def call_content(cls, toks: list, k: int) -> int | None:
        """Where what the verb ``call`` at ``k`` reports starts: its object after ``what`` and the subject (``what
        prosecutors called one of the largest cases``), after ``for`` (``called for`` an inquiry, ``called
        Friday for``), after ``on`` when a ``to`` follows within ten words (``called on`` X to do Y, ``called on all
        citizens and residents aged 30 and above to``; not ``called on Tuesday``), or the object of ``called X a Y``
        (:meth:`calls_something`); None when it reports nothing."""
        j = k + 1
        if cls.what_called(toks, k):
            return j  # "in what prosecutors called one of the largest poaching cases": the name given, the object
        if k + 3 < len(toks) and _is_time_token(toks[j][2]) and toks[j + 1][2] == "for":
            j += 1  # called Friday for the release of ...
        if j + 1 < len(toks) and toks[j + 1][2][:1].isalnum() and not _is_time_token(toks[j + 1][2]):
            prep = toks[j][2].lower()
            if prep == "for" or (prep in {"on", "upon"} and any(t[2] == "to" for t in toks[j + 2:j + 12])):
                return j + 1
        return k + 1 if cls.calls_something(toks, k) else None

    def described_thing(self, subj: tuple[int, int]) -> bool:
        """Whether a subject opening with ``a``/``an`` names a thing no source could be, the noun a participle
        describes (``..., a holding disclosed in his filings``), not ``a spokesman``, ``a report``."""
        words_ = self.text[subj[0]:subj[1]].split()
        if len(words_) < 2 or words_[0].lower() not in {"a", "an"}:
            return False
        head = words_[at - 1] if (at := knowing_at([w.lower() for w in words_])) > 0 else words_[-1]
        # (the source before what it knows: "a diplomat familiar with the negotiations")
        return not (self.source_head(head) or self.source_noun(head.lower()))

    @staticmethod
    def resumed_length(rest: list) -> int:
        """The fewest words of what goes on after a reporting aside (``rest``: its tokens): one for a predicate that
        opens with a finite or past verb (``is different``, ``felt routine``), two for a subject and such a verb
        (``nobody came``), else three."""
        def finite(word: str) -> bool:
            return word.lower() in _FINITE_AUX or _past_tense(word)
        if finite(rest[0][2]):
            return 1
        return 2 if len(rest) > 1 and rest[0][2].isalpha() and finite(rest[1][2]) else 3

    @staticmethod
    def request_subject(word: str) -> bool:
        """Whether ``word`` after ``asked that`` opens the subject of what was asked for (``the``, ``her``, ``all``,
        ``at least``, a name), not a noun ``that`` points to (``asked that question``)."""
        low = word.lower()
        return low in _CLAUSE_SUBJECT or low in _DETERMINERS_NOT_THAT or low in {"all", "at", "both", "each"} \
            or word[:1].isupper()

    def dismissed_words(self, content: tuple[int, int]) -> bool:
        """Whether a content after ``dismissed`` that opens with a capitalised word is what someone said or how they
        were judged: the words are an owner (``Sanders' accusations``) or a modifier (``Tory tax fears``), or ``as``
        follows (``Walker as a lightweight``); not a person alone (``dismissed Lewandowski on Tuesday``)."""
        words_ = self.text[content[0]:content[1]].split()
        names = list(takewhile(lambda w: w[:1].isupper(), words_))
        after = words_[len(names)] if len(names) < len(words_) else ""
        return any(w.endswith(("'s", "’s", "'", "’")) for w in names) or "as" in words_[len(names):] \
            or after.isalpha() and after.islower() and after not in PREPOSITIONS

    @staticmethod
    def calls_something(toks: list, k: int) -> bool:
        """``Trump has called climate change a hoax``, ``called him a master at ...``: an object, then within ten words
        and before any punctuation or verb, ``a``/``an`` opening what it is called; not a passive (``has been called a
        charlatan``: who called is not said) nor ``called X to the stage``."""
        if k == 0 or toks[k - 1][2].lower() in _PASSIVE_AUX or k + 2 >= len(toks) \
                or toks[k + 1][2].lower() in _CALL_PARTICLES or not toks[k + 1][2][:1].isalpha():
            return False
        if toks[k + 1][2].lower() in _CALLED_PRONOUNS and toks[k + 2][2].isalpha() \
                and toks[k + 2][2].islower() and toks[k + 2][2] not in PREP_OR_CLAUSE | DETERMINERS | _CALL_PARTICLES \
                and not is_aux(toks[k + 2][2]) and not lexicon().verb(toks[k + 2][2]) \
                and (k + 3 == len(toks) or toks[k + 3][2] in {".", ";"}
                     or toks[k + 3][2].lower() in {"and", "but", "because", "for"}):
            return True  # "called him divisive and accused him of ...": a pronoun and what it is called (not "her",
            # a possessive too, nor a list after it: "called her sister, her daughter's former boyfriend and ...")
        for j in range(k + 2, min(len(toks), k + 12)):
            low = toks[j][2].lower()
            if low in {"a", "an"} or low in POSSESSIVE_DETERMINERS and j > k + 2 \
                    and toks[k + 1][2] in POSSESSIVE_DETERMINERS | {"him", "them"}:
                # (a quoted name, "called Trump a "pathological liar"", is a partial quote's: the quote rules'; "called
                # her fallen son her hero", but not a name given: "a super PAC called Future 45 ran ... her")
                return j + 1 < len(toks) and toks[j + 1][2][:1].isalnum()
            if not toks[j][2][:1].isalnum() or low in _FINITE_AUX or low in PREPOSITIONS - {"of", "in"} \
                    or low in CLAUSE_WORDS:
                return False
        return False

    def _asked(self, toks: list, k: int, end: int):
        """``When asked whether ...,`` / ``Trump was asked about ...`` / ``Asked by a reporter if ...``: the question
        as an indirect row whose source is the asker, unnamed (an empty subject: ``unresolved``) unless ``by X``
        names them; None for any other use of ``asked``."""
        before = toks[k - 1][2].lower() if k > 0 else ""
        opening = k == 0 or before in _ASKED_OPENING
        if toks[k][2].lower() != "asked" or not (opening or before in _ASKED_PASSIVE):
            return None
        j, agent = k + 1, None
        if j < len(toks) and toks[j][2].lower() == "by":
            stop = next((m for m in range(j + 1, min(len(toks), j + 8)) if toks[m][2].lower() in _WH | {"about"}),
                        None)
            if stop is None or stop == j + 1:
                return None
            agent, j = (toks[j + 1][0], toks[stop - 1][1]), stop
        if j >= len(toks) or toks[j][2].lower() not in _WH | {"about"} | ({"to"} if opening else set()) \
                or toks[j][2].lower() == "when":
            return None  # (an opening "Asked to describe the device, X said" is a request too)
        # the question ends at a comma: an opening adjunct's (When asked whether ..., he said) or before a
        # relative clause with a report of its own (was asked about X during an interview, in which he said ...)
        comma = next((m for m in range(j + 1, len(toks)) if toks[m][2] == ","), None)
        hi = toks[comma - 1][1] if comma is not None else end
        content = self._content(toks[j][0], hi)
        if content is None:
            return None
        if opening and (agent is None or self.press(*agent)):
            return None  # "Asked whether he would step down, he said ...", "Asked by the Examiner whether ...": the
            # reporter's question, no one's words
        cue_lo = toks[k - 1][0] if before in _ASKED_PASSIVE else toks[k][0]
        return "indirect", content, agent or (cue_lo, cue_lo), (cue_lo, toks[k][1])

    def press(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` names the press as a whole: reporters or journalists, or a newspaper by name (``the
        Journal``, ``the News Letter``); not one reporter (``a reporter``) nor a wire agency (``Asked by Reuters if
        ...`` is a row in the Reuters gold)."""
        words = self.text[lo:hi].split()
        return words[0].lower() in _PRESS_WORDS or words[0] in {"the", "The"} and len(words) > 1 \
            and all(w[:1].isupper() for w in words[1:]) and any(w in NEWSPAPER_ENDS for w in words[1:])

    def sentence_lines(self):
        """``(start, end)`` of every sentence, cut at line breaks (a headline or a paragraph without its full stop
        is not part of the next sentence)."""
        for _, lo, hi in self.sentences:
            nl = self.text.find("\n", lo, hi)
            while nl >= 0:
                yield lo, nl
                lo = nl + 1
                nl = self.text.find("\n", lo, hi)
            yield lo, hi

    def object_of_verb(self, toks: list, k: int) -> bool:
        """``denies charges``: a noun right after a reporting verb (itself not a noun after a determiner, as in
        ``a report claims``, or after a determiner and up to three modifiers, ``The ministry report estimates``)."""
        if k > 1 and toks[k - 1][2].istitle() and toks[k - 1][2].isalpha() and toks[k - 2][2].islower() \
                and self.is_verb(toks[k - 2][2], "qctin") and toks[k][2].lower() in _NOUN_CUES:
            return True  # "rejected Bosnian claims that": a noun after a verb and a capitalised modifier
        if not (k > 0 and self.is_verb(toks[k - 1][2], "qctin")) or k > 1 and (
                toks[k - 2][2].lower() in DETERMINERS or toks[k - 2][2].endswith(("'s", "’s"))):
            return False  # ("The auditor's report notes that": a noun after an owner, then the verb)
        if toks[k - 1][2].lower() in _NOUN_CUES:
            # (up to three modifiers: "A new annual report estimates", "A legislative fiscal note estimates")
            m = k - 2
            while m >= max(0, k - 4) and toks[m][2].isalpha() and toks[m][2].islower() \
                    and toks[m][2] not in DETERMINERS and not is_aux(toks[m][2]):
                m -= 1
            if m < k - 2 and m >= 0 and toks[m][2].lower() in {"a", "an", "the"}:
                return False
        return True

    def through_first_quotation(self, content: tuple[int, int]) -> tuple[int, int]:
        """``content`` cut after the closing mark of the first quotation that opens inside it, if any."""
        lo, hi = content
        i = bisect_left(self.quote_opens, lo)
        if i < len(self.quotes) and self.quote_opens[i] < hi and self.quotes[i].closed:
            return lo, min(hi, self.quotes[i].close_at + mark_width(self.text, self.quotes[i].close_at))
        return content

    def purpose_infinitive(self, toks: list, k: int, lemma: str) -> bool:
        """``wrote a letter to the committees to say ...``, ``went on television to warn ...``: ``to`` + a verb of
        saying after a noun (not ``declined to say``, ``wants to say``, ``is expected to say``)."""
        if k < 2 or toks[k - 1][2] != "to" or lemma not in _PURPOSE_CUES:
            return False
        noun = toks[k - 2][2]
        if noun[:1].isupper() and noun.isalpha():  # "took to Twitter to say", "went on CNN to warn": a medium
            # after "to" or "on" (not "asked Smith to say": whom the asker wants to say it)
            first = k - 2
            while first > 0 and toks[first - 1][2][:1].isupper() and toks[first - 1][2].isalpha():
                first -= 1
            return first > 1 and toks[first - 1][2].lower() in {"to", "on"} \
                and toks[first - 2][2].lower() in _MEDIUM_VERBS
        return noun.isalpha() and noun.islower() and not ED_END.search(noun) and not self.lx.verb(noun) \
            and not is_aux(noun) and noun not in _NOT_BEFORE_PURPOSE and noun not in PREPOSITIONS \
            and not (lemma == "call" and noun in _NOT_BEFORE_CALL)  # (a particle:
        # "had called them in to explain why ...": what they were called for, not said)

    def first_verb_subject(self, toks: list, k: int, subj: tuple[int, int]) -> tuple[int, int]:
        """For a verb at ``k`` joined by ``and`` to an earlier one, whose subject ``subj`` the sentence's opening gave:
        the first reporting verb's subject when it starts there too and runs on to that verb, no verb inside it
        (``Labour's deputy minister for women Jacqui Smith accused ... and said``: the sentence's subject stops at
        "for"); or the antecedent of a relative clause that holds the first verb (``Councillor Hattie Warren, who said
        ... and warned``); else ``subj``."""
        if (antecedent := self.relative_joined(toks, k)) is not None:
            return antecedent
        first = next((v for v in range(k - 2) if toks[v][0] >= subj[1] and toks[v][2].islower()
                      and self.lx.verb(toks[v][2])), None)
        last = next((v for v in range(k - 2, 0, -1) if toks[v][0] >= subj[1] and toks[v][2].islower()
                     and self.lx.verb(toks[v][2]) and past_form(toks[v][2])),
                    None)  # (the nearest verb in the past, not a noun: "the "disheartened" state of the campaign")
        # (the subject before it is read only when a subordinator comes between: most coordinated cues have none)
        near = self.subject_before(toks, last, 0) if last is not None and any(
            t[2] in _SUBORDINATE_CLAUSE for t in toks[:last] if t[0] >= subj[1]) else None
        if near and near[0] > subj[1] and (b := self.tokens_before(toks, near[0])) >= 0 \
                and toks[b][2] in _SUBORDINATE_CLAUSE \
                and not any(t[2] in {",", "and", "but"} for t in toks[last + 1:k - 1]):
            return near  # "The anxiety ... was underscored Wednesday when House Speaker Paul D. Ryan lamented ... and
            # criticized": the subordinate clause's subject, whose two verbs they are
        whole = self.subject_before(toks, first, 0) if first is not None else None
        if whole and whole[0] == subj[0] and subj[1] < whole[1] == toks[first - 1][1] \
                and not any(t[2].islower() and (self.lx.verb(t[2]) or t[2] in _FINITE_AUX or ED_END.search(t[2])
                                                or t[2] in IRREGULAR_PAST) for t in toks[:first] if whole[0] <= t[0]):
            return whole
        return subj

    @staticmethod
    def report_noun(toks: list, i: int) -> bool:
        """Token ``i`` is the noun of a report or claim before what it is of or about (``reports of a plan``, ``claims
        that ...``), not a verb."""
        return i + 1 < len(toks) and toks[i][2].lower() in _NOUN_CUES \
            and toks[i + 1][2].lower() in {"of", "that", "about", "from", "by"}

    @staticmethod
    def judged_for(toks: list, f: int) -> tuple[int, int] | None:
        """Whom a verb of judging before ``for`` at ``f`` judges (``attacked Khizr Khan for``, ``called for Ruth Bader
        Ginsburg to resign for``): the one who did what ``for`` names; None if no such verb comes first."""
        for v in range(f - 2, max(-1, f - 10), -1):
            word = toks[v][2].lower()
            if not toks[v][2][:1].isalnum():
                return None
            if word in _JUDGING:  # (the words between are its object: a name, or a noun phrase with its determiner)
                first = toks[v + 1][2]
                named = first[:1].isupper() and all(t[2][:1].isupper() for t in toks[v + 1:f])
                described = first.lower() in DETERMINERS and f - v <= 6
                return (toks[v + 1][0], toks[f - 1][1]) if v + 1 < f and (named or described) else None
            if word == "to" and v > 2 and toks[v - 1][2][:1].isupper():
                start = v - 1
                while start > 0 and toks[start - 1][2][:1].isupper():
                    start -= 1
                called = start - 2 - (start > 2 and _is_time_token(toks[start - 2][2]))  # ("called Wednesday for")
                if toks[start - 1][2].lower() in {"for", "on"} and called >= 0 \
                        and toks[called][2].lower() in {"called", "calls", "calling"}:
                    return toks[start][0], toks[v - 1][1]  # (the one called on to resign)
                return None
        return None

    @staticmethod
    def tokens_before(toks: list, pos: int) -> int:
        """The index of the last token ending by ``pos`` (-1 if none)."""
        return bisect_right(toks, pos, key=TOKEN_END) - 1  # (tokens are in text order, their ends rising)

    def verb_follows(self, toks: list, i: int) -> bool:
        """A finite auxiliary or a reporting verb at ``i``, after any adverbs (``also``, ``repeatedly``)."""
        while i < len(toks) and is_aux(toks[i][2]) and toks[i][2].lower() not in _FINITE_AUX:
            i += 1
        return i < len(toks) and (toks[i][2].lower() in _FINITE_AUX or bool(self.lx.verb(toks[i][2])))

    @staticmethod
    def bare_participle(toks: list, k: int, lemma: str) -> bool:
        """``rejected that idea saying ...``, ``aside from saying ...``, ``by telling them ...``: a participle of
        saying or telling with no comma before it, after a word that is not a determiner or a form of *be*."""
        if lemma not in {"say", "tell"} or k == 0:
            return False
        before = toks[k - 1][2]
        return before[:1].isalnum() and before.lower() not in _NOT_BEFORE_PARTICIPLE

    @staticmethod
    def her_alone(toks: list, i: int) -> bool:
        """``her`` at ``i`` is an object pronoun (``praised her on Friday``), not a possessive (``denied her faith
        meant ...``): no lower-case word other than a preposition or time word follows it."""
        if toks[i][2].lower() != "her":
            return False
        after = toks[i + 1][2] if i + 1 < len(toks) else ""
        return not (after.isalpha() and after.islower() and after not in _NOT_NP_OBJECT)

    @cached_property
    def quote_opens(self) -> list[int]:
        """The offsets of the quotations' opening marks, in order."""
        return [q.open_at for q in self.quotes]

    def before_other_quotation(self, row: tuple) -> tuple:
        """A content that runs into a quotation cued by another verb ends at the last break before that verb:
        ``When Clinton noted that Trump paid nothing ― as was true ― Trump boasted, "That makes me smart."`` gives
        ``Trump paid nothing ― as was true``, not a clause holding the quotation (which would drop the row)."""
        kind, (lo, hi), subj, cue = row
        i = bisect_left(self.quote_opens, lo)
        if i == len(self.quote_opens) or self.quote_opens[i] >= hi or hi <= cue[0]:
            return row
        toks = self.tokens.between(lo, self.quote_opens[i])
        verb = next((v for v in range(len(toks) - 1, -1, -1) if self.is_verb(toks[v][2], "q")
                     and not (v and (toks[v - 1][2].endswith(("'s", "’s"))
                                     and not CONTRACTED_PRONOUN.fullmatch(toks[v - 1][2])
                                     or toks[v - 1][2].lower() in _ARTICLE_OR_POSSESSIVE))), None)
        # (not a noun after its owner or determiner: "and that the president’s remarks were “...”"; but "he's said")
        stop = next((b for b in range(verb - 1, 0, -1) if toks[b][2] in _BREAKS), None) if verb else None
        if verb and stop is None:
            # said the move was made by X and said, "...": the coordinated verb of the same subject
            b = verb - 1
            while b > 0 and is_aux(toks[b][2]):
                b -= 1
            if b > 1 and toks[b][2].lower() in _SUBJECT_PRONOUNS and toks[b - 1][2].lower() in {"and", "but"}:
                b -= 1  # said the proposals were ... but he told the Financial Times: "...": a clause of its own
            stop = b if b > 0 and toks[b][2].lower() in {"and", "but"} else None
        if stop and toks[stop][2] == "," and toks[stop + 1][2].lower() in {"which", "who"} \
                and any(t[2] == "," for t in toks[verb + 1:]):
            return row  # "the announcement, which some have argued was rushed, was an "insult"": the relative
            # clause closes before the quotation, which goes on with the clause reported
        cut = self._content(lo, toks[stop][0]) if stop else None
        return (kind, cut, subj, cue) if cut else row

    def split_coordinated(self, rows: list) -> list:
        """A content that runs into the next cue of its sentence ends before it: ``welcomed the move but added
        that ...`` gives ``the move``, and ``it came late`` to ``added``."""
        # (a row whose cue lies in a later cue's content, and holds that cue in its own, is inside what the later
        # cue reports: "The ward has also asked the owners to ..., Long said" is Long's whole, the ward's request
        # its own row ending before Long; the later row is not cut at the inner cue)
        inner = {}
        for i, (_, (lo, hi), _, cue) in enumerate(rows):
            outer = next((o_subj for _, (o_lo, o_hi), o_subj, c in rows
                          if cue[0] < c[0] and lo < c[0] < hi and o_lo <= cue[0] < o_hi and o_subj), None)
            if outer is not None:
                inner[i] = self._content(lo, outer[0]) if lo < outer[0] < hi else (lo, hi)
            elif (main := next((c for _, _, o_subj, c in rows
                                if lo < c[0] < hi and o_subj and o_subj[0] <= cue[0] < o_subj[1]
                                and _WHO_BEFORE.search(self.text, o_subj[0], cue[0])), None)):
                inner[i] = self._content(lo, main[0])  # "The judges who ruled that Texas could not ... said the
                # problem was ...": a relative clause's report ends before the main verb of the subject it is in
        cues = sorted(row[3][0] for i, row in enumerate(rows) if i not in inner)
        rows = [(kind, inner.get(i, span), subj, cue) for i, (kind, span, subj, cue) in enumerate(rows)
                if inner.get(i, span) is not None]
        sources = sorted(row[2][0] for row in rows if row[2] and not _WHO_NEXT.match(self.text, row[2][1]))
        out = []
        for kind, (lo, hi), subj, cue in rows:
            inside = sources[bisect_right(sources, lo):bisect_left(sources, hi)] if cue[1] <= lo else ()
            if inside and (joined := _JOINED_BEFORE.search(self.text, lo, inside[0])) \
                    and (cut := self._content(lo, joined.start())):
                lo, hi = cut  # "say ..., and the ACLU has sued the city over the rules, saying": a clause joined to
                # the content whose subject is another row's source is no part of it (unless a relative clause
                # speaks of it: "two guests: Tim Cook, and his friend Donald Trump, who has pledged")
            later = [c for c in cues if lo < c < hi]
            m = _COORDINATED_END.search(self.text, lo, later[0]) if later else None
            if m and m.group("group") and not (_people_group(m.group("group"))
                                               and (m.group()[:1] == ","
                                                    or self.report_before_group(lo, m.start(), cue))):
                m = None  # (a group of people may open the next report: "as commissioners demanded an accounting
                # ... and fair board members accused the commission of ..."; not "and then", nor a group that is
                # the reported clause's subject with another: "said residents and shopkeepers reported")
            stop, participle = (m.start() if m else None), False
            if later and m is None and self.text[later[0]:later[0] + 12].split()[0].lower() in _ADDING \
                    and (m := _COMMA_BEFORE_PARTICIPLE.search(self.text, lo, later[0])):
                # ...," adding that ...: a report of its own (the quotation's mark stays before it)
                stop, participle = m.end(), True
            if m is None and self.object_content(lo, cue):
                stop = self.predicate_end(lo, hi)  # "vowed to keep abortion legal and celebrated the ruling": the
                # source's next predicate
            if stop is not None:  # a cue inside the content that is not coordinated is part of what is reported
                verb = self.lx.verb(self.text[cue[0]:cue[1]].split()[-1])
                first = self.text[lo:stop].split()[:1]
                called = verb is not None and verb[0] == "call" and bool(first) \
                    and first[0].lower() in _CALLED_PRONOUNS  # ("called him divisive and accused him of ...": a
                # pronoun and its complement)
                cut = self.denied(lo, stop) if verb and verb[0] == "deny" \
                    else self._content(lo, stop, min_words=2 if verb and verb[0] in _SHORT_OBJECT or called else 3)
                if cut is None and participle:
                    cut = (lo, hi)  # "criticised it, saying ...": too short a content alone; left whole
                if cut is None:
                    continue
                lo, hi = cut
            out.append((kind, (lo, hi), subj, cue))
        return out

    def denied(self, lo: int, hi: int) -> tuple[int, int] | None:
        """What is denied from ``lo`` to ``hi``: one or two words only when they name a charge or an act
        (``denied wrongdoing``, ``denied any wrongdoing``, ``denied pressuring pilots``, ``denied inappropriate
        travel``), not ``denied the claims`` (told before, with whatever follows: :data:`_DENIED_CLAIM`), ``denied
        his request`` (refused), ``denied them access`` or ``denied it``."""
        content = self._content(lo, hi, min_words=1)
        if content and _DENIED_CLAIM.match(self.text, *content):
            return None
        if content and len(words := self.text[content[0]:content[1]].split()) < 3 \
                and not (words[0].lower() in _DENIED_ALONE or words[0].lower().endswith("ing")
                         or len(words) == 2 and words[0].islower()
                         and words[0] not in DETERMINERS | _OBJECT_PRONOUNS):
            return None
        return content

    def position_against(self, toks: list, k: int) -> bool:
        """Whether the belief at ``toks[k]`` states a position set against a report earlier in its sentence: ``Israel
        argues that ..., but the U.S. fears that ...`` (a verb of saying and ``that``, then a comma and ``but``,
        ``while`` or ``whereas`` before the belief's own subject and its ``that``)."""
        if k + 1 >= len(toks) or toks[k + 1][2] != "that":
            return False
        conj = next((i for i in range(k - 1, max(0, k - 8), -1) if toks[i][2].lower() in _CONTRASTING), None)
        if conj is None or toks[conj - 1][2] != ",":
            return False
        return any(toks[i + 1][2] == "that" and (v := self.lx.verb(toks[i][2])) and "t" in v[1] and "b" not in v[1]
                   for i in range(conj - 2))

    def names_no_words(self, lemma: str, cue_end: int, content: tuple[int, int]) -> bool:
        """Whether the words right after a cue (ending at ``cue_end``; no ``that``, comma or addressee between) are an
        object, not what was said: a report told before that is denied (:data:`_DENIED_CLAIM`, wherever it
        stands), a plea to a charge (``admitted two offences under ...``: :data:`_PLEA`), a thing added (``and
        add a covered stage``), something reported to someone (``had reported the matter to the Bank of Ghana``,
        but ``reported raising $9 million, most of it money he lent to his campaign``), both with no finite
        verb, or what a finding bore out (``the audit confirmed what his caucus argued``, ``confirmed as
        much``)."""
        lo, hi = content
        if lemma == "deny" and _DENIED_CLAIM.match(self.text, lo, hi):
            return True  # a report told before, nothing said ("BuzzFeed, which ..., denied the report, saying ...":
            # the participle's row alone, no source after the cue)
        if self.text[cue_end:lo].strip():
            return False
        if lemma in _PLEADING:
            return _PLEA.match(self.text, lo) is not None
        if lemma == "confirm":
            return self.text.startswith(("what ", "as much"), lo)
        if lemma == "report" and (not _NOTIFIED.search(self.text, lo, hi)
                                  or self.text[lo:hi].split(None, 1)[0].endswith("ing")):
            return False
        return lemma in {"add", "report"} and not _finite_among(self.tokens.between(lo, hi))

    def object_content(self, lo: int, cue: tuple[int, int]) -> bool:
        """Whether the content at ``lo`` is an infinitive or the object of a cue that takes no clause (``vowed to
        keep``, ``urged people to``, ``blamed the fog of war``), not a reported clause of its own."""
        if self.text.startswith("to ", lo):
            return True
        verb = self.lx.verb(self.text[cue[0]:cue[1]].split()[-1])
        return bool(verb) and ("c" not in verb[1] or verb[0] == "deny") \
            and not self.text[cue[1]:lo].strip().lower().endswith("that")  # (what is denied is mostly a charge: a
        # clause's own verbs stop :meth:`predicate_end`, "denied it and left", not "denied he had lied and left")

    def predicate_end(self, lo: int, hi: int) -> int | None:
        """Where a content with no finite verb of its own (an infinitive, an object, a subjunctive) ends before the
        source's next predicate or a new clause: ``to keep abortion legal`` | ``and celebrated the ruling``, ``people to
        seek shelter`` | ``, and the hashtag was soon trending``; None when the content has a finite verb before them
        (``the plan failed and cost jobs`` is one reported clause) or none follows."""
        toks = list(self.tokens.between(lo, hi))
        for i, (start, _, tok) in enumerate(toks[:-2]):
            low = tok.lower()
            if low in _FINITE or low.endswith(_NOT_ENDS) or low in _SUBJECT_PRONOUNS | {"be", "been", "being"} \
                    and not (i == 0 and low == "it" and toks[1][2] == "and"):  # ("denied it and left": an object)
                return None  # a clause of its own (a relative clause's too), whose verbs may be coordinated, or a
                # passive whose participles may be ("the law to be withdrawn and replaced by an agreement")
            if i and past_form(low) and tok.islower() \
                    and toks[i - 1][2].lower() not in BE_FORMS | {"be", "been", "being", "to", "and", "or"}:
                return None  # (a past tense after its subject: "the plan failed and cost jobs")
            nxt = toks[i + 1][2]
            after = toks[i + 2][2]
            if i > 1 and low == "and" and (toks[i - 1][2][:1].isalnum() or toks[i - 1][2] == ",") \
                    and (nxt.islower() and past_form(nxt) and len(nxt) > 4
                         and (after.lower() in DETERMINERS | PREPOSITIONS | _OBJECT_PRONOUNS | {"her"}
                              or after[:1].isupper() and after.isalpha())
                         or nxt in _PAST_BE and after.islower() and past_form(after)):
                # (a verb takes its object or a preposition: not an adjective before its noun, "and unaccompanied
                # minors", "and elected officials", "and well-connected"; the subject's passive: "denied the charges
                # and was released on bail")
                return toks[i - 1 - (toks[i - 1][2] == ",")][1]
            if i and tok == "," and nxt == "and" and toks[i + 2][2].lower() in DETERMINERS - {"that"} \
                    and any(t[2].lower() in _FINITE for t in toks[i + 3:i + 8]):
                return toks[i - 1][1]
        if len(toks) > 2 and toks[-2][2] == "and" and toks[-3][2][:1].isalnum() \
                and toks[-1][2].islower() and past_form(toks[-1][2]):
            return toks[-3][1]  # the subject's last verb, alone: "denied it and left", "criticised the plan and
            # resigned"
        return None

    def report_before_group(self, lo: int, hi: int, cue: tuple[int, int]) -> bool:
        """Whether the content from ``lo`` to an ``and`` at ``hi`` (with no comma before it) is a report whole before a
        group of people opens the next: a clause with a finite verb (``found that landlords raised rents ... and
        tenants reported``) or the noun phrase a verb of demanding, judging or describing takes (``demanded an
        accounting of the shortfall``), not a subject that ``and`` joins to the group (``said residents and
        shopkeepers reported``)."""
        verb = self.lx.verb(self.text[cue[0]:cue[1]].split()[-1].lower())
        if verb and verb[0] in _NOUN_OBJECT:
            return True
        return any(w in FINITE_VERBS or past_form(w)
                   for w in self.text[lo:hi].lower().split()[1:])

    def _content(self, lo: int, hi: int, min_words: int = 3, before_cue: bool = False) -> tuple[int, int] | None:
        """The words reported from ``lo`` to ``hi``, trimmed and ended at a stop of :data:`_CONTENT_STOP`, or None
        when fewer than ``min_words``; ``before_cue``: the words run up to a trailing cue's source, so a contrast after
        a comma goes on with them ("The pay is good, but it wasn't just the money, Ms. Hawkins said")."""
        while lo < hi and self.text[lo] in " ,":
            lo += 1
        if (dateline := DATELINE.match(self.text, lo, hi)) and self.sentence_of(lo)[0] == lo:
            lo = dateline.end()  # "WASHINGTON (Reuters) - The Senate will ..., X said": what X said starts after it
            if again := DATELINE.match(self.text, lo, hi):
                lo = again.end()  # ("(ANSA) - PALERMO, NOVEMBER 26 - Homes in Agrigento will ...")
            while lo < hi and self.text[lo].isspace():
                lo += 1  # ("WASHINGTON --  A six-year trend": two spaces after the dash)
        m = _CONTENT_STOP.search(self.text, lo, hi)
        while m and (not self.text[lo:m.start()].strip(" ,") or self.in_quote(m.start())
                     or before_cue and _CONTRAST.match(self.text, m.start())):
            # argued that, while ..., they are ...: an opening clause; one of "fear, but also of hope": quoted words
            m = _CONTENT_STOP.search(self.text, m.end(), hi)
        if m:
            hi = m.start()
        while hi > lo and self.text[hi - 1] in " ,.;:":
            hi -= 1
        if self.text.endswith(" to", lo, hi) and (cut := _TRAILING_ACCORDING.search(self.text, lo, hi)) is not None:
            hi = cut.start()  # "they plan to join the protest, according to (an organizer)": the source's cue, not the
            # content (the words up to a trailing source end at its cue)
        if hi > lo and self.text[hi - 1] == ")" and "(" not in self.text[lo:hi]:
            hi -= 1  # "(News Corporation denied the reports.)": the bracket closes the writer's aside, not the content
            while hi > lo and self.text[hi - 1] in " ,.;:":
                hi -= 1
        elliptic = min_words == 3 and (_ELLIPTIC.fullmatch(self.text, lo, hi) or self.two_word_clause(lo, hi))
        if count_words(self.text[lo:hi]) < min_words and not elliptic or _ANOTHER_RELATIVE.match(self.text, lo, hi):
            return None  # ("allegations ..., which he has denied and which ...": what he denied is before the cue; but
            # "Jeff Flake said he would.": a clause whose verb is understood)
        return lo, hi

    def reports_clause(self, word: str) -> bool:
        """``word`` is a reporting verb's form that takes a clause (``warning``, ``saying``; not ``blaming``)."""
        found = self.lx.verb(word)
        return found is not None and bool({"c", "t"} & found[1])

    def two_word_clause(self, lo: int, hi: int) -> bool:
        """The words from ``lo`` to ``hi`` are a whole clause of two: a pronoun or a plural noun, then a past tense
        (``profits rose``, ``he agreed``)."""
        words_ = self.text[lo:hi].split()
        return len(words_) == 2 and words_[1].isalpha() and words_[1].islower() and past_form(words_[1]) \
            and words_[1] not in _NEEDS_OBJECT \
            and (words_[0] in _SUBJECT_PRONOUNS or words_[0].isalpha() and words_[0].islower()
                 and words_[0].endswith("s") and not words_[0].endswith("ss") and not self.lx.verb(words_[0])
                 and words_[0] not in CLAUSE_WORDS | DETERMINERS | AUXILIARIES)

    def _verb_clause(self, toks, k, flags, s_lo, s_end):
        if participle_modifier(toks, k):
            return None  # "enough pledged delegates", "the alleged victims": an adjective, no report
        if len(toks) > 2 and toks[0][2] in PUT_TO and toks[1][2].lower() in WH_WORDS | {"which"} \
                and k < next((i for i, t in enumerate(toks) if t[2] == ","), 0) \
                and not any(t[2].lower() in _RELATIVE_WORDS for t in toks[2:k]):
            return None  # "Asked whether he blamed the TTC or Metrolinx, he laughed": the reporter's question (but
            # "Asked whether he had visited the parks where residents say rents have doubled": their report)
        if k > 1 and relative_after_bare(toks, k) and _singular_modifier(toks[k - 1][2]):
            return None  # "due to a congressional budget rule that requires laws ...": a noun and its relative clause
            # (a singular subject would give the verb its -s: "the court rules that")
        if k > 0 and (toks[k - 1][2].lower() in {"cannot", "can't", "can’t"}
                      or k > 1 and toks[k - 1][2].endswith("ly") and toks[k - 2][2].lower() in {"cannot", "can't",
                                                                                                 "can’t"}):
            return None  # "the district cannot (legally) deny a permit": what may not be done, no report
        if k > 1 and toks[k][2].lower() == "saying" and (toks[k - 2][2].lower(), toks[k - 1][2].lower()) in _LIKENED:
            return None  # "That's not the same as saying ...": a comparison, no report
        cue_lo = toks[k][0]
        j = k - 1
        while j >= 0 and (is_aux(toks[j][2]) or self.perfect_since(toks, j)):
            cue_lo = toks[j][0]
            j -= 1
        if j >= 0 and (toks[j][2].lower() in {"none", "nobody"}
                       or j > 0 and (toks[j - 1][2].lower(), toks[j][2].lower()) == ("no", "one")):
            return None  # "none has said they want ...": a report that nobody said it
        subj = self.subject_before(toks, k, 0)
        if subj is not None and self.lx.lemma(toks[k][2]) == toks[k][2].lower() \
                and (saw := next((i for i in range(k - 2, 0, -1) if subj[0] < toks[i][0]
                                  and toks[i][2] in _WITNESSING), None)) is not None:
            subj = toks[saw + 1][0], subj[1]  # "A private meeting on Monday saw normally loyal MPs warn that": who
            # the meeting saw warn (the object of "saw" is the bare verb's subject; not "The saw mill owner said")
        if subj is None and goes_on_to(toks, k):
            verb = k - 3 if toks[k - 2][2].lower() == "on" else k - 2  # (the subject of "goes", in "goes on to")
            cue_lo = toks[verb][0]  # continues to insist that ...: the subject of "continues"
            subj = self.subject_before(toks, verb, 0)
        elif subj is None and self.purpose_infinitive(toks, k, self.lx.verb(toks[k][2])[0]):
            subj = self.sentence_subject(s_lo, toks[k][0])  # X wrote a letter to Y to say ...: X
        if j >= 3 and toks[j][2] == "," and (aside := next(
                (c for c in range(j - 2, max(0, j - 7), -1) if toks[c][2] == ","), None)) \
                and toks[aside - 1][2].lower() in {"but", "and"} and (subj is None or subj[0] > toks[aside][0]):
            j = aside - 1  # "declined an interview request but, through a spokesperson, said": an aside after "but"
            subj = None
        coordinated = j >= 0 and toks[j][2].lower() in {"but", "and"}
        if not coordinated and subj is None and (series_end := self.verb_in_series(toks, k, j)) is not None:
            coordinated, s_end = True, series_end  # (no subject right before it: a comma; what it reports ends
            # where the series' last verb comes)
        participle = toks[k][2].lower().endswith("ing") and not self.progressive(toks, k)  # ("The trust is also
        # warning that": a tense)
        # a headline's second verb after a comma, its subject the headline's (no source inverted after it): "Judge
        # refuses to halt cell tower, says fight belongs in Ottawa"
        participle = participle or s_lo == 0 and toks[k][2] in {"says", "say"} and k > 1 and toks[k - 1][2] == "," \
            and not self.text[toks[k][1]:_line_end(self.text, toks[k][1])].rstrip().endswith(".") \
            and self.subject_after(toks, k) is None
        if participle and (quoted := self.quoted_as(toks, k)) is not None:
            subj = quoted  # The paper quoted Trump as saying ...: Trump says it
        elif participle and (with_ := self.with_subject(toks, k)) is not None:
            subj = with_  # "..., with the leader of the city council calling the decision "...""
        elif participle and k > 1 and self.after_comma(toks, k):
            if self.lx.lemma(toks[k][2]) in _INFERRING and self.subject_of_previous_cue(toks, k - 2, s_lo) is None:
                return None
            subj = self.joined_clause_before(toks, k, s_lo) or self.subject_of_previous_cue(toks, k - 2, s_lo) \
                or self.subordinate_subject(toks, k - 1) or subj
        elif participle and k > 2 and toks[k - 1][2] == "for" and (judged := self.judged_for(toks, k - 1)):
            subj = judged  # "Trump attacked Khizr Khan for saying ...": Khan said it
        elif participle:  # rejected that idea saying ...: the subject of the sentence, not "idea"
            subj = self.subject_of_previous_cue(toks, k - 1, s_lo) or self.sentence_subject(s_lo, toks[k][0])
        if subj is None and (coordinated or participle):
            subj = self.sentence_subject(s_lo, toks[k][0])
            if coordinated and subj is not None:
                subj = self.first_verb_subject(toks, k, subj)
            if subj is None and coordinated and (subj := self.relative_clause_subject(toks, k, who_only=True)) \
                    and (named := _NAME_SET_OFF_BEFORE.search(self.text, max(0, subj[0] - 60), subj[0])):
                subj = named.start(), subj[1]  # ('"Finally. Maybe ...," said Rochelle Bivens, 58, a retired bus
                # driver who lives nearby and testified that': a sentence opening inside a quotation; the person
                # the relative clause's noun describes)
            if subj is None and self.in_quote(s_lo) \
                    and (who := list(_NAME_THEN_WHO.finditer(self.text, s_lo, toks[k][0]))) \
                    and not self.in_quote(who[-1].start()):
                subj = who[-1].span(1)  # ('"...," said Coun. Teresa Marchetti, who raised the closure ... and asked
                # staff to', '"...," said Teh, who is not related to ..., adding that': the name the relative clause
                # is about)
            if coordinated and subj and (first := self.subject_of_previous_cue(toks, j - 1, s_lo)) \
                    and first[0] == subj[0] and first[1] > subj[1]:
                subj = first  # "A spokesperson for the force said ... and urged": the first verb's whole subject
            elif coordinated and subj and (v := next((v for v in range(1, j) if toks[v][0] > subj[1]
                                                      and toks[v - 1][2] == "," and toks[v][2].islower()
                                                      and (self.lx.verb(toks[v][2]) or ED_END.search(toks[v][2]))),
                                                     None)) \
                    and (aside := self.appositive_subject(toks, v)) and aside[0] == subj[0] and aside[1] > subj[1] \
                    and self.text[aside[1] - 1].isalpha() and (last := self.text[:aside[1]].split()[-1])[:1].isupper() \
                    and last.lower() not in TIME_WORDS | MONTHS:
                subj = aside  # "the chairman of the commission, Tomás Cassinda, welcomed the verdict but said": the
                # first verb's subject and its appositive
            if subj and self.text[subj[0]:subj[1]].split()[0].lower() in _SUBORDINATOR \
                    and 0 < (comma := self.text.find(",", subj[0], toks[k][0])):
                # When terrorists are revealed, Obama and Clinton call them ... and describe ...: the main clause's
                subj = self.sentence_subject(comma + 1, toks[k][0]) or subj
            elif coordinated and subj:
                subj = self.inner_clause_subject(subj, toks[j][0], toks[k][0]) or subj
        if subj is not None and self.text[subj[0]:subj[1]].lower() in _NOT_A_SUBJECT:
            subj = None  # "organizations that have endorsed him say": the object of a relative clause; "who's"
        elif subj is not None and not participle \
                and (people := self.relative_clause_subject(toks, k, who_only=True)) and people[0] <= subj[0]:
            subj = people  # "A former officer who worked there until 2023 said": the officer and the clause, not 2023
        if subj is None and not participle:
            subj = self.relative_subject(toks, k) or self.appositive_subject(toks, k) or self.dashed_subject(toks, k) \
                or self.joined_clause_subject(toks, k)
            if subj is None and toks[k][2].lower() not in _NOUN_OR_AMBIGUOUS_CUES:
                subj = self.relative_clause_subject(toks, k)  # ("groups that favored her in other states": a noun)
        if subj is None and coordinated and (v := next((v for v in range(j - 1, 0, -1) if toks[v - 1][2] == ","
                                                        and toks[v][2].islower() and self.lx.verb(toks[v][2])),
                                                       None)) is not None:
            subj = self.appositive_subject(toks, v)  # "In Olympia, state Sen. Lorraine Vickery-Pak, D-Anacortes,
            # called the timeline "unacceptable" and said": the first verb's subject set off before it (with no
            # relative clause, whose verb the split of the first verb's row reads: "X, whose organisation had joined
            # ..., welcomed the verdict and called for")
            if subj and re.search(r"\b(?:who|whose|which|that)\b", self.text[subj[0]:subj[1]]):
                subj = None
        nxt = k + 1
        lemma = self.lx.verb(toks[k][2])[0]
        if nxt < len(toks) and toks[nxt][2].lower() == "out" and lemma == "point":
            nxt += 1  # pointed out that / pointed out the controls were ...: "out" takes a bare clause too (not
            # an object: "pointed out the spot where the steamer went down")
            if self.finite_clause_next(toks, k + 1) \
                    and not any(t[2].lower() in {"where", "who", "which", "that", "when"} for t in toks[k + 3:k + 8]):
                flags = flags | {"c"}
        if lemma == "declare" and _DECLARED_STATE.match(self.text, toks[k][1]):
            return None  # "declared a major incident", "has declared a state of calamity": an act, not a report
        if lemma == "recall" and _RECALLED_THING.match(self.text, toks[k][1]):
            return None  # "Guatemala recalled its ambassador to Belize": called back, not remembered aloud
        if lemma == "fear" and _BECAUSE_PRONOUN.search(self.text, max(0, toks[k][0] - 30), toks[k][0]):
            return None  # "who asked not to be named because he feared losing his job": why, not a report
        if lemma in {"dismiss", "argue"} and (legal := _LEGAL_ACTION.match(self.text, toks[k][1])) \
                and legal.group().split()[0] not in PREPOSITIONS \
                and (legal.group(1) not in _CLAIMS or subj is not None
                     and _BENCH.search(self.text, subj[0], subj[1])):
            return None  # "Justice Sandhu dismissed a judicial review", "argued the case before the Supreme Court",
            # "the tribunal dismissed a claim of ...": a court's or a lawyer's act, not a report (but "Tony Blair
            # dismissed claims that ...": he spoke; "argued on appeal that": when)
        if lemma == "point" and (nxt >= len(toks) or toks[nxt][2].lower() not in {"to", "that"}) \
                and (k + 1 >= len(toks) or toks[k + 1][2].lower() != "out"):
            return None  # "a one point fall", "critics point as ...": only "pointed out", "pointed to"
        if lemma == "call":
            nxt = self.call_content(toks, k) or nxt  # called for / called on / called Friday for: after it
        asked_for = lemma == "ask" and toks[k][2] == "asked" and nxt + 1 < len(toks) \
            and toks[nxt][2].lower() == "for" and toks[nxt + 1][2][:1].isalnum() and subj is not None \
            and not any(t[2].lower() == "that" or (v := self.lx.verb(t[2])) and "q" in v[1]
                        for t in toks if t[1] <= subj[0])
        if asked_for:
            nxt += 1  # "Crown prosecutor Ari Feldman had asked for 11 years": what was asked for, like "called for"
            # (not a request inside another report, "said he had asked for a site visit", nor a habit, "ask for a
            # deposit")
        if nxt + 1 < len(toks) and toks[nxt][2].lower() == "to" and lemma == "point" and subj is not None:
            # The IMF pointed to Britain's decision as an example of ...: what is pointed to is the content
            content = self._content(toks[nxt][1], s_end)
            return [("indirect", content, subj, (cue_lo, toks[k][1]))] if content else None
        adverb = nxt
        while adverb + 1 < len(toks) and is_aux(toks[adverb][2]) and toks[adverb][2].lower() not in _FINITE_AUX:
            adverb += 1
        if adverb > nxt and toks[adverb][2].lower() == "that":
            nxt = adverb  # said recently that / complain bitterly that: an adverb before the that-clause
        elif adverb > nxt and "c" in flags and adverb < len(toks) \
                and toks[adverb][2].lower() in _CLAUSE_SUBJECT | _DETERMINERS_NOT_THAT:
            nxt = adverb  # noted recently the presence of ... was: an adverb before a that-less clause
        if nxt < len(toks) and (elapsed := _ELAPSED_THAT.match(self.text, toks[nxt][0])):
            nxt = self.tokens_before(toks, elapsed.end()) + 1  # "announced two days earlier that": when, then "that"
        if nxt + 2 < len(toks) and toks[nxt][2].lower() in _TIME_BOUNDS \
                and (toks[nxt + 1][2].lower() in _SUBORDINATE_TIME or toks[nxt + 1][2].lower() == "during") \
                and toks[nxt + 2][2].lower() != "that":
            nxt += 1  # "said just after midnight on CNN that ...": how close in time, then the adjunct (but
            # "complained soon after that the long lines ...": "after that" is "afterwards")
        # addressee or adjunct before the content: told reporters that / said on Tuesday that
        if nxt < len(toks) and toks[nxt][2].lower() != "that":
            # (an addressee of up to 14 words: "told a crowded banquet hall at a hotel in downtown Baltimore that")
            # (an adjunct opened by a preposition, of up to 16: "said in a news release at the time of Pruitt's
            # arrest in October 2024 that")
            for m in range(nxt, min(len(toks), nxt + (14 if "o" in flags else 16 if toks[nxt][2].lower()
                                                      in _ADJUNCT_OPENERS else 10))):
                if toks[m][2].lower() == "that":
                    relative = m + 1 < len(toks) and toks[m + 1][2].lower() in _FINITE_AUX  # the meeting that was
                    # (or a past verb and its particle or object: "told a crowd at Hamburger Mary's that spilled out")
                    relative = relative or m + 2 < len(toks) and toks[m + 1][2].isalpha() \
                        and toks[m + 1][2].islower() and past_form(toks[m + 1][2]) \
                        and toks[m + 2][2] in _AFTER_RELATIVE_PAST
                    result = any(t[2].lower() in {"so", "such"} for t in toks[nxt:m])  # tells so many lies that
                    # (nor a question before it: "asked whether the government had a plan for a fleet that earns")
                    result = result or toks[nxt][2].lower() in _WH
                    # (nor a demonstrative after a preposition: "people who responded to that consultation backed")
                    result = result or toks[m - 1][2].lower() in PREPOSITIONS
                    # (nor a passive verb of its own right before "that": "agreed to let Coulthard fill a dip ... after
                    # being assured that")
                    result = result or m > nxt + 1 and toks[m - 2][2].lower() in _BE \
                        and ED_END.search(toks[m - 1][2]) is not None and self.lx.verb(toks[m - 1][2]) is not None \
                        and not (toks[m - 2][2].lower() in _FINITE_BE
                                 and any(t[2].lower() in _SUBORDINATE_TIME for t in toks[nxt:m - 3]))
                    # (but "told FENA after the verdict was announced that": a time clause with a subject of its own)
                    if ("o" in flags or toks[nxt][2].lower() in _ADJUNCT_OPENERS) and not relative and not result and \
                            all(t[2][0].isalnum() or t[2] in _NAME_MARKS or self.abbreviation_point(toks, i)
                                or (t[2] == "," and (i == m - 1 or _PARTICIPLE_ASIDE.fullmatch(toks[i + 1][2])
                                                     or i + 2 == m - 1 and toks[i + 1][2].lower() in _DISCOURSE))
                                for i, t in enumerate(toks[nxt:m], nxt)) and \
                            (toks[m - 1][2] == "," or all(t[2] != "," for t in toks[nxt:m])) and \
                            not any(toks[i][2].lower() in _CLAUSE_SUBJECT
                                    and (toks[i + 1][2].lower() in _FINITE_AUX or ED_END.search(toks[i + 1][2])
                                         or toks[i + 1][2] in IRREGULAR_PAST)
                                    for i in range(nxt, m)) and \
                            not any(toks[i][2] in {"and", "but"} and toks[i + 1][2].islower()
                                    and (ED_END.search(toks[i + 1][2]) or self.lx.verb(toks[i + 1][2]))
                                    for i in range(nxt, m)) and \
                            not (lemma in _OBJECT_TO_VERBS and any(
                                toks[i][2] == "to" and toks[i + 1][2].isalpha() and toks[i + 1][2].islower()
                                and toks[i + 1][2] not in DETERMINERS
                                and (toks[nxt][2].lower() not in PREPOSITIONS
                                     or any(t[2] == "for" for t in toks[max(nxt, i - 3):i]))
                                for i in range(nxt + 1, m - 1))):  # ("urged in a letter for members to make sure
                        # that": the infinitive's subject after "for", an adjunct before it)
                        # (no clause before it, "said on Friday it had begun an inquiry into reports that ...", though
                        # "said after the testimony was released that ..."; no coordinated verb: "promised a veto and
                        # attempted to make the case to members of both parties that ...")
                        nxt = m
                    break
        if nxt < len(toks) and toks[nxt][2] == ",":
            # contended, to no avail, that ...: an aside between commas before a that-clause
            close = next((m for m in range(nxt + 1, min(len(toks), nxt + 8)) if toks[m][2] == ","), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1][2].lower() == "that":
                nxt = close + 1
        if "t" in flags and nxt < len(toks) and toks[nxt][2].lower() != "that":
            nxt = self.adjunct_before_that(toks, nxt)
        if lemma == "ask" and nxt < len(toks) and toks[nxt][2].lower() in _ADJUNCT_PREPOSITIONS \
                and toks[k - 1][2].lower() not in {"who", "that"}:
            nxt = self.adjunct_before_whether(toks, nxt)  # (not in a relative clause, whose end the content would run
            # past: "Residents who asked at the open house whether the road would be widened were told no")
        if "c" in flags and nxt + 1 < len(toks) and toks[nxt][2].lower() in _PLACE_ADVERBS:
            nxt += 1  # said onstage he ..., said here Tuesday the plan ...: where, then the clause or its adjunct
        adjunct_clause = None
        if "c" in flags and nxt + 2 < len(toks) and toks[nxt][2].lower() == "for" \
                and toks[nxt + 1][2].lower() in _SPANS_OF_TIME \
                and toks[nxt + 2][2].lower() in _CLAUSE_SUBJECT | _DETERMINERS_NOT_THAT:
            nxt += 2  # "has said for weeks he's the only candidate": how long, then the clause
        if "c" in flags and nxt < len(toks) and (toks[nxt][2].lower() in _ADJUNCT_OPENING
                                                 or toks[nxt][2].istitle() and toks[nxt][2].lower() in MONTHS):
            # said on Friday it had begun ... / said in July the plan would ...: a time adjunct before the clause
            # (or a date: "said Dec. 6 the plan would ...")
            if (m := _after_time(toks, nxt)) > nxt and m < len(toks) \
                    and (toks[m][2].lower() in _CLAUSE_SUBJECT | DETERMINERS
                         or toks[m][2][:1].isupper() and self.finite_clause_next(toks, m - 1)
                         or toks[nxt][2].lower() in _ADJUNCT_PREPOSITIONS and self.bare_subject_clause(toks, m)):
                nxt = m  # (or a name and its verb: "said last week North Korea could be ..."; or a noun phrase with no
                # determiner: "said in June total weekday circulation for daily newspapers fell")
            elif toks[nxt][2].lower() in _ADJUNCT_PREPOSITIONS:
                # said in a statement it would ... / said at a rally they had ... / admitted under questioning he
                # had ...: a short adjunct, then a pronoun
                m = next((m for m in range(nxt + 2, min(len(toks), nxt + 8))
                          if not (toks[m][2][:1].isalnum() or self.abbreviation_point(toks, m))
                          or toks[m][2].lower() in _PRONOUN_OR_THERE), None)  # ("at the Nov. 4 meeting she")
                if m is not None and toks[m][2].lower() in _PRONOUN_OR_THERE \
                        and not any(self.lx.verb(t[2]) or t[2].lower() in _FINITE_AUX | _SUBORDINATORS | {"as"}
                                    for t in toks[nxt + 1:m]):
                    nxt = m
                elif m is not None and toks[m][2] == "," and (after := self.clause_after_adjunct(toks, k, nxt, m)):
                    nxt = adjunct_clause = after  # "said between January 2023 and June 2024, the convict operated
                    # ...": the clause and its own adjunct (after "in a statement," the clause alone)
                elif (d := self.determiner_after_adjunct(toks, nxt)) is not None:
                    nxt = d  # said at the hearing Wednesday the move would ...: a determiner's clause
        content = self._content(toks[adjunct_clause][0], s_end) if adjunct_clause is not None else None
        if content is None and "o" in flags and "c" in flags and nxt + 1 < len(toks) and lemma != "tell" \
                and toks[nxt][2].lower() in _SUBJECT_PRONOUNS and toks[nxt + 1][2].lower() in _FINITE_OR_MODAL:
            content = self._content(toks[nxt][0], s_end)  # "The Saudis have warned they could sell ...": no
            # addressee, a subject pronoun and its verb open the clause (not "told he would be": a passive's)
        if content is None and "o" in flags and nxt < len(toks) and toks[nxt][2].lower() != "that" \
                and not (lemma in _ASKING and toks[nxt][2].lower() in _WH | {"if"}):
            # told reporters he would ... : skip a short addressee, then a clause must start with a pronoun (not
            # "asked whether it would ...": the question's word, no addressee)
            m = nxt  # told USA TODAY's weekly video series it is clear ...
            to = next((m for m in range(nxt + 1, min(len(toks) - 1, nxt + 5)) if toks[m][2] == "to"), None)
            while m < len(toks) and m - nxt < 6 and toks[m][2][:1].isalnum() \
                    and not CONTRACTED_PRONOUN.fullmatch(toks[m][2]) and toks[m][2].lower() not in PRONOUNS \
                    and not (toks[m][2] == "there" and toks[m - 1][2][:1].isupper()) \
                    and not (toks[m][2].islower() and self.lx.verb(toks[m][2])):
                # (a contracted pronoun opens the clause too: told the National Post he's received ...; so does
                # "there" after a name: told BBC News there were ...; a capital is part of the addressee's name, not
                # a verb: "Post")
                m += 1
            if m < len(toks) and m > nxt and (toks[m][2].lower() in _PRONOUN_OR_THERE
                                              or CONTRACTED_PRONOUN.fullmatch(toks[m][2])) \
                    and toks[m - 1][2].lower() not in _PRONOUN_LIKE:  # "tell X anything it knows": a relative
                content = self._content(toks[m][0], s_end)
            elif to is not None and lemma in _ORDERING and toks[to + 1][2].isalpha() \
                    and toks[to + 1][2].islower() and toks[to + 1][2] not in DETERMINERS \
                    and all(t[2][:1].isalnum() for t in toks[nxt:to]):
                # told his advisers to figure out ... / warned North Korea to refrain ...: an order, with its addressee
                content = self._content(toks[nxt][0], s_end)
            else:
                # told MPs the UK would ... / told researchers the scheme was failing: after a short addressee, a
                # noun phrase with a finite verb soon after it
                # the token after the addressee's name, once one is read (or after an object pronoun that is never a
                # possessive: "told him staffing levels there would not change")
                # (not after "to": "phoning families to tell them there was no bed" is a purpose, no report)
                named_addressee = nxt + 1 if toks[nxt][2].lower() in {"him", "them", "us", "me"} \
                    and toks[k - 1][2].lower() != "to" else -1
                timed = -1  # where the clause may open after a time set after the addressee's name
                for c in range(nxt + 1, min(len(toks), nxt + 6)):
                    if c > nxt + 3 and c != timed:
                        break
                    low = toks[c][2].lower()
                    if c == named_addressee and low in {"last", "this", "on", "earlier"} and c + 1 < len(toks) \
                            and _is_time_token(toks[c + 1][2]):
                        named_addressee = timed = c + 2
                        continue  # "told the Pioneer-Gazette last week the county ...": when, after whom
                    name = toks[c][2][:1].isupper()
                    # (after an addressee's name, a bare noun may open the clause: "told the BBC progress had been")
                    bare = c == named_addressee and low.isalpha() and toks[c][2].islower() and low not in CLAUSE_WORDS \
                        and low not in _DETERMINERS_NOT_THAT
                    counted = _count_opens(toks, c)  # ("told local media 31 people had been", "at least 200")
                    if not ((low in _DETERMINERS_NOT_THAT or name or bare or counted)
                            and all(t[2][:1].isalnum() for t in toks[nxt:c])
                            and toks[c - 1][2].lower() not in _PREPOSITION_OR_SUBORDINATOR):
                        continue
                    if name and (toks[c - 1][2].lower() in DETERMINERS or self.names_outlet(toks, nxt, c)):
                        named_addressee = c + 1
                        continue  # "told the BBC the plan ...", "told BBC News the family ...": the addressee's name
                    stop = next((j for j in range(c + 1, min(len(toks), c + 9)) if not toks[j][2][:1].isalnum()
                                 or toks[j][2].lower() in _STOP_CLAUSE
                                 and not (toks[j][2] == "and" and toks[j + 1][2].lower() in _DETERMINERS_NOT_THAT)),
                                min(len(toks), c + 9))  # ("the fans and its water stations met": one subject)
                    if (name or low in _DETERMINERS_NOT_THAT) and stop + 2 < len(toks) and toks[stop][2] == "," \
                            and (self.opens_aside(toks[stop + 1][2]) or toks[stop + 1][2].istitle()) \
                            and (close := self.aside_close(toks, stop)) is not None \
                            and self.verb_after_aside(toks, close + 1):
                        content = self._content(toks[c][0], s_end)  # "told the court Rowbotham, who has no previous
                        break  # convictions, had worked ...": the name (or "the 61-year-old"), its relative clause
                        # or other aside ("the latest aerial survey, flown in July, counted"), then the verb
                    past_ok = toks[nxt][2].lower() not in _STOP_CLAUSE
                    det = low in _DETERMINERS_NOT_THAT or counted
                    if any(t[2].lower() in _FINITE and (not bare or j <= c + 2)
                           or det and c + 1 < j <= c + 3 and t[2].endswith(_NOT_ENDS)
                           and not any(u[2].lower() in _PRONOUN_OR_LIKE for u in toks[c:j])
                           or ((det and j > c + 1 or name and j == c + 1)
                               and past_ok and t[2].islower() and past_form(t[2]))
                           or det and j > c + 1 and past_ok and self.present_after_noun(toks, j)
                           for j, t in enumerate(toks[c + 1:stop], c + 1)):
                        # (told the AP his firm worked closely ...: a past tense after a determiner's noun, regular or
                        # not, "told reporters the vessels left the port", a present, "told council the contract
                        # includes a penalty", or a contracted negation soon after the noun, "told lawmakers the
                        # government wouldn't", not in a relative clause; told reporters Berlin supported ...: right
                        # after a name; told reporters the next phase of the case would ...: a finite verb within
                        # eight words, in the same stretch of words)
                        content = self._content(toks[c][0], s_end)
                        break
            if content is None and "c" in flags and toks[nxt][2].lower() in _DETERMINERS_NOT_THAT:
                # warned the plan would cost jobs: no addressee, a determiner's noun and at once a finite verb open
                # the clause (told the AP his firm ...: the addressee's words come before another noun phrase)
                # (a place's name after a preposition is part of the noun phrase: "warned the threat from North
                # Korea has grown ...")
                f = next((f for f in range(nxt + 1, min(len(toks), nxt + 7))
                          if not (toks[f][2].isalpha() and toks[f][2].islower() and not self.lx.verb(toks[f][2])
                                  and toks[f][2] not in CLAUSE_WORDS
                                  or toks[f][2][:1].isupper() and toks[f][2].isalpha()
                                  and (toks[f - 1][2] in PREPOSITIONS or toks[f - 1][2][:1].isupper()))
                          or toks[f][2] in _FINITE), None)
                if f is not None and f > nxt + 1 and (toks[f][2] in _FINITE or toks[f][2].endswith(_NOT_ENDS)
                                                      and not any(t[2].lower() in _PRONOUN_OR_LIKE
                                                                  for t in toks[nxt + 1:f])):
                    # ("warn the increases aren't over": a contracted negation ends a finite verb; not "tell the agency
                    # anything it doesn't know": a relative clause)
                    content = self._content(toks[nxt][0], s_end)
            flags = flags - {"c"}
            if content is not None and lemma in _ASKING \
                    and (w := self.tokens_before(toks, content[0])) > k and toks[w][2].lower() in _WH | {"if"}:
                content = toks[w][0], content[1]  # "asked the minister whether the money ...": the question's word
                # opens it, after the addressee
        if content is not None:
            pass
        elif nxt < len(toks) and toks[nxt][2].lower() == "that" and "t" in flags \
                and not (lemma == "ask" and nxt + 1 < len(toks) and not self.request_subject(toks[nxt + 1][2])):
            # ("asked that the closures be moved", not "asked that question again"; after a pronoun a cue in -s is a
            # verb: "He says that hasn't changed")
            # "Clean Air Act rules that could lead to ...": after a cue that may be a noun, "that" before a finite
            # verb is a relative pronoun ("opposition parties say that will not happen": a subject, after a verb)
            cue_word = toks[k][2].lower()
            if (cue_word.endswith("s") or cue_word in _NOUN_OR_AMBIGUOUS_CUES) and nxt + 1 < len(toks) \
                    and not (k > 0 and toks[k - 1][2].lower() in PRONOUNS) \
                    and (toks[nxt + 1][2].lower() in _FINITE_OR_MODAL
                         or (ED_END.search(toks[nxt + 1][2]) and toks[nxt + 1][2].islower() and nxt + 2 < len(toks)
                             and toks[nxt + 2][2].lower() in PREPOSITIONS and k > 0 and toks[k - 1][2].islower()
                             and toks[k - 1][2].isalpha() and toks[k - 1][2] not in PRONOUNS)):
                return None  # (or a past tense before a preposition: "an hourlong show that aired on Thursday")
            demonstrative = nxt + 1 < len(toks) and (toks[nxt + 1][2].lower() in _FINITE_OR_MODAL
                                                     or toks[nxt + 1][2].endswith(_NOT_ENDS))  # "that hasn't"
            if nxt + 2 < len(toks) and toks[nxt + 1][2].lower() in THAT_TIMES and after_that_time(toks[nxt + 2][2]):
                nxt += 1  # "reported that night Ex-CIA chief Petraeus testifies ...": when it was said, then the clause
            content = self._content(toks[nxt][0 if demonstrative else 1], s_end)  # ("he has suggested that is
            # exactly what he will do": "that" the clause's subject, no conjunction)
            if content is not None and not demonstrative and nxt + 2 < len(toks) and toks[nxt + 1][2].isalpha() \
                    and toks[nxt + 1][2].islower() and toks[nxt + 2][2].lower() in PREPOSITIONS \
                    and not self.may_be_finite(content):
                return None  # "Podesta reiterated that approach in his interview last week, saying": "that" a
                # determiner, a noun and a preposition, and no verb before a comma: no clause
        elif "i" in flags and (to_at := _after_time(toks, nxt)) > nxt and to_at + 1 < len(toks) \
                and toks[to_at][2] == "to" \
                and toks[to_at + 1][2].isalpha() and toks[to_at + 1][2].islower() \
                and not (k > 1 and toks[k - 2][2].lower() in POSSESSIVE_DETERMINERS and toks[k - 1][2].islower()):
            # (not a noun after an owner and its adjective: "her official pledge in 2009 to remove herself")
            content = self._content(toks[to_at][0], s_end)  # "vowed last month to take his campaign ...": when, then
            # the infinitive
        elif nxt < len(toks) and toks[nxt][2].lower() == "to" and "i" in flags:
            if not (lemma in _RAISING and nxt + 1 < len(toks) and toks[nxt + 1][2].lower() == "be"):
                content = self._content(toks[nxt][0], s_end)  # (but "what promises to be a turbulent week")
        elif nxt < len(toks) and "c" in flags and subj is not None:
            first = toks[nxt][2]
            low = first.lower()
            rest = toks[nxt:bisect_left(toks, s_end, key=TOKEN_START)]  # (the tokens before the sentence's end)
            np_object = lemma in {"report", "confirm", "announce", "estimate", "reveal"}
            finite_soon = any(t[2].lower() in _FINITE_AUX or t[2].endswith(_NOT_ENDS) for t in rest[1:8])
            finite_later = any(t[2].lower() in _FINITE_AUX for t in rest[8:12]) \
                and not any(rest[i][2].lower() == "that" and rest[i + 1][2].lower() not in _FINITE_OR_MODAL
                            for i in range(1, min(len(rest) - 1, 12)))  # (a relative "that had" may sit in the
            # subject: "said rising costs, ... and a bill that had almost doubled ... had made")
            gerund_verb = low.endswith("ing") and first.islower() and len(rest) > 3 \
                and (finite_later or not self.lx.verb(first) and rest[1][2].lower() not in PREPOSITIONS
                     and self.verb_after_opening_noun(rest))
            # (a gerund of a cue verb opens a clause only with a finite verb, "said noting residents complained" and
            # "said warning households faced higher bills" being how it was said; a finite verb late in a clause of
            # its own is none: "said referring to the bill passed last year that it had worked")
            clause_start = (first[:1].isalnum() and (low not in _NOT_CLAUSE_START or self.time_noun_opens(rest))
                            and not (low.endswith("ly") and (low not in NOT_ADVERB | _ADJECTIVES_IN_LY
                                                             or len(rest) > 1 and rest[1][2].lower() in _RITES))
                            # (but "said family members", "said monthly readings show")
                            and (not self.lx.verb(first) or ((finite_soon or gerund_verb
                                                              or (low.endswith("s") or self.lx.lemma(low) == low)
                                                              and finite_later or self.noun_before_preposition(rest)
                                                              or self.lx.lemma(low) == low and len(rest) > 3
                                                              and rest[1][2].islower()
                                                              and not self.lx.verb(rest[1][2])
                                                              and self.verb_after_opening_noun(rest))
                                                             and first.islower())))
            # (a cue's bare form opening the clause is a noun: "said state monitoring wells in the upper Deschutes
            # Basin have recorded")
            # ("said finding 60 skilled tradespeople in south Georgian Bay would be harder": a gerund of a cue verb
            # whose clause's verb comes late; "said comments from Rice, Rhodes, Panetta and Petraeus were": a noun in
            # -s whose verb comes late)
            gerund_subject = len(rest) > 3 and rest[1][2].isalpha() and rest[1][2].islower() \
                and rest[1][2] not in _FUNCTION_WORDS \
                and rest[2][2].islower() and past_form(rest[2][2])
            if clause_start and low.endswith("ing") and not finite_soon and not gerund_subject and not gerund_verb:
                # (but "says meeting participants outlined ...": a gerund's noun, then a past tense; "said shipping
                # his own cars saves the family $25 a tonne", "said trading standards officers went on to trace":
                # a tense after the gerund's noun, verb_after_opening_noun)
                clause_start = False  # "..." Carter said referring to the bill (but "said ending X before Y could")
            elif first in _QUOTE_TOKENS and (close := next((j for j in range(2, min(len(rest) - 1, 10))
                                                            if rest[j][2] in _QUOTE_TOKENS), None)) \
                    and (aux := next((m for m in range(close + 1, min(len(rest), close + 6))
                                      if not rest[m][2].isalpha() or rest[m][2].lower() in _FINITE_AUX), None)) \
                    and rest[aux][2].lower() in _FINITE_AUX and not any(
                        t[2].islower() and (self.lx.verb(t[2]) or ED_END.search(t[2])) for t in rest[close + 1:aux]):
                clause_start = True  # said "firm action" was needed: a quotation opening the clause as its subject,
                # or its first words ("testified “thousands” of emails in fact had not been turned over")
            elif low in _WH and (lemma in _ASKING or self.negated(toks, k)) and len(rest) > 3:
                clause_start = True  # could not explain why ... / have not said when ...
            elif low == "what" and lemma in {"say", "add"} and len(rest) > 4 and rest[1][2].isalpha() \
                    and rest[1][2].islower() and rest[1][2] not in _MODALS \
                    and any(t[2] in {"is", "was", "are", "were"} for t in rest[2:10]):
                clause_start = True  # said what sets Skye apart is her footwork: a free relative as the subject (not
                # "feared what would happen if ...", what was feared)
            elif low in _SUBORDINATOR and (self.clause_after_comma(rest) or self.pronoun_clause(rest[1:9])):
                # It says before a new body is set up, an assessment should be made / said if elected he could ...
                clause_start = True
            elif low in _QUANTITY and (finite_soon or any(t[2].islower() and (t[2] in IRREGULAR_PAST
                                                                              or ED_END.search(t[2]) is not None)
                                                          for t in rest[2:8])
                                       or self.finite_before_comma(rest[1:16])) \
                    and any(t[2].lower() in _SHARE_WORDS and lemma in _SAY_LIKE or any(c.isdigit() for c in t[2])
                            for t in rest[1:3]):  # (not "complained about a dozen cars that have been parked")
                clause_start = True  # said about 20 people have ... / said at least 111 of the bodies had ... / said
                # about a third of the company's 40 trucks cross ... / said
                # about 40 percent of passengers on the city's two daily flights to Minneapolis were ...
            elif low in _ROUGHLY and len(rest) > 5 and rest[1][2][:1].isdigit() \
                    and (n := 3 if rest[2][2].istitle() and rest[2][2].isalpha() and lemma in _SAY_LIKE else 2) \
                    and rest[n][2].isalpha() and rest[n][2].islower() \
                    and (rest[n][2].endswith("s") or rest[n][2] in _PLURALS_WITHOUT_S and lemma in _TIME_SUBJECT_CUES) \
                    and rest[n][2] not in _TIME_UNITS and rest[n + 1][2].isalpha() \
                    and rest[n + 1][2].lower() not in TIME_WORDS:
                clause_start = True  # said about 140 growers in the two counties ship ...: a counted plural noun and
                # more words, its verb maybe a present the rules cannot tell (not "about 20 minutes"; "said roughly
                # 420 people live in the alert area" too; not "admitted about 640 people last year": patients; a
                # nationality may come before the noun: "said about 220 Peruvian herders work")
            elif low in _ROUGHLY and len(rest) > 4 and rest[1][2].lower() in NUMBER_WORDS | {"one"} \
                    and rest[2][2].lower() not in _TIME_UNITS:
                clause_start = True  # said roughly one in five summer visitors ... comes (not "about two weeks ago",
                # "at one point")
            elif low == "at" and len(rest) > 5 and rest[1][2].lower() == "least" \
                    and (rest[2][2][:1].isdigit() or rest[2][2].lower() in NUMBER_WORDS | {"a", "one"}):
                clause_start = True  # reported at least six planes filled the skies ...
            elif low in _QUANTITY and len(rest) > 4 and rest[1][2].lower() in {"a", "one"} \
                    and rest[2][2].lower() in {"dozen", "hundred", "thousand", "handful", "score"} \
                    and lemma in _SAY_LIKE and (finite_soon or self.finite_before_comma(rest[3:16])):
                clause_start = True  # said about a dozen of his 38 firefighters live in the county and could ...
            elif low in _QUANTITY and len(rest) > 3 and rest[1][2].lower() == "half" and rest[2][2].lower() == "of":
                clause_start = True  # said about half of the adjustment reflected ...
            elif low in {"early", "late"} and len(rest) > 3 and rest[1][2].isalpha() and rest[1][2].islower() \
                    and rest[2][2].lower() in _FINITE_AUX:
                clause_start = True  # said early fishing is a sore point: an adjective, not when it was said
            elif low in _QUANTITY and len(rest) > 4 and rest[1][2].lower() in {"a", "one"} \
                    and rest[2][2].lower() in _SHARES and rest[3][2].lower() == "of" \
                    and (finite_soon or len(rest) > 7 and rest[4][2].lower() not in {"the", "a"} | _TIME_UNITS):
                clause_start = True  # said about a third of the manuscripts had needed ...
            elif low in {"nearly", "almost", "virtually", "practically"} and len(rest) > 4 \
                    and rest[1][2].lower() in {"every", "all", "everyone", "everybody", "everything", "each", "no",
                                               "none", "nobody", "nothing"} \
                    and rest[2][2].lower() not in _TIMES_OF \
                    and (finite_soon or any(t[2].islower() and len(t[2]) > 3 and t[2].endswith("s")
                                            and self.lx.verb(t[2]) for t in rest[3:14])):
                clause_start = True  # said nearly every conversation he has had ... centers on ...: an adverb of the
                # subject's quantifier, not of "said"
            elif low == "much" and len(rest) > 2 and rest[1][2].lower() == "of" and finite_soon:
                clause_start = True  # said much of the discussion was about ...
            elif low in _QUANTIFIERS and len(rest) > 3 and rest[1][2].isalpha() and rest[1][2].islower() \
                    and rest[1][2] not in PREPOSITIONS and finite_soon:
                clause_start = True  # said more cases are likely ..., said many residents were ...
            elif low in {"more", "less", "fewer"} and len(rest) > 5 and rest[1][2] == "than" \
                    and rest[2][2].lower() not in {"once", "twice", "ever", "that"} \
                    and any(t[2].lower() in _FINITE_AUX | _PLAIN_VERBS or t[2].islower() and past_form(t[2])
                            for t in rest[3:14]):
                clause_start = True  # said more than a third of the students ... come from: a quantity opens the
                # clause, its verb soon after (not "said more than once that", "claims more than half of Belize's
                # territory")
            elif low in _PRONOUN_LIKE and len(rest) > 1 and (rest[1][2].lower() in _FINITE_AUX or len(rest) > 3 and (
                    rest[1][2].isalpha() and rest[1][2].islower() and rest[1][2] not in _FUNCTION_WORDS
                    and _present_or_past(rest[2][2]))):
                clause_start = True  # said nothing had changed, says anything complicated goes to ...
            elif low == "as" and len(rest) > 5 and rest[1][2].lower() in _AS_MUCH and rest[2][2].lower() == "as" \
                    and rest[3][2].lower() not in _PRONOUN_OR_THERE and any(t[2].lower() in _FINITE_AUX
                                                                            for t in rest[4:12]):
                clause_start = True  # said as many as a third of the beds are occupied: a quantity opens the clause
                # (not "said as much as he could")
            elif low in TIME_WORDS and len(rest) > 2 and (rest[1][2].lower() in _PRONOUN_OR_THERE
                                                          or CONTRACTED_PRONOUN.fullmatch(rest[1][2])):
                clause_start = True  # says tonight he's a step closer ...: a time adverb opens the clause
            elif low in TIME_WORDS and len(rest) > 2 and rest[1][2].endswith(("'s", "’s")) \
                    and _is_time_token(rest[1][2][:-2]) and rest[2][2].isalpha():
                clause_start = True  # said last August's oxygen readings were ...: a time's possessive opens a noun
            elif low in TIME_WORDS and len(rest) > 3 and _is_time_token(rest[1][2]) \
                    and lemma in _TIME_SUBJECT_CUES \
                    and rest[2][2].lower() in {"is", "was", "will", "has", "had", "would"} and rest[3][2].isalpha() \
                    and (self.subject_opens_clause(subj, s_lo) if not toks[k][2].endswith("ing")
                         else toks[k - 1][2] == ","):
                clause_start = True  # said this year is the worst, said last year was: a time as the subject (not
                # "What the prime minister said last week was a betrayal": the cue's object is a gap, the time its
                # adjunct); so after a participle set off by a comma (", saying this year will meet expectations")
            elif low in TIME_WORDS and len(rest) > 1 and _is_time_token(rest[1][2]):
                clause_start = False  # "..." Trump said this month on CNBC
            elif first[:1].isdigit():
                # says 34,570 citizens living abroad cast votes, said 342 jobs would go (but "said 10 minutes
                # later": a time adjunct)
                clause_start = (len(rest) > 4 or len(rest) == 4 and finite_soon) \
                    and rest[1][2].lower() not in _TIME_UNITS
            elif first in CURRENCIES and len(rest) > 4 and rest[1][2][:1].isdigit() and finite_soon:
                clause_start = True  # said $11.2 million the department has set aside would begin flowing
            elif low in TIME_WORDS and len(rest) > 3 and rest[1][2].isalpha() and rest[1][2].islower() \
                    and rest[1][2].endswith("s") and len(rest[1][2]) > 3 and not _is_time_token(rest[1][2]) \
                    and rest[1][2] not in CLAUSE_WORDS | PREPOSITIONS \
                    and any(t[2].lower() in _FINITE_AUX or ED_END.search(t[2]) for t in rest[2:4]):
                clause_start = True  # said early elections remained unlikely: an adjective of time, then a noun
            noun_phrase_only = lemma in _WRITING and (
                low in _DETERMINERS_NOT_THAT or self.lx.has("document", low.removesuffix("s"))) and not any(
                t[2].lower() in _FINITE or ED_END.search(t[2]) for t in rest[1:9])  # "wrote a letter to X", "had
            # written letters of apology to each of his victims"
            time_adjunct = low in TIME_WORDS and len(rest) > 1 and _is_time_token(rest[1][2]) and not clause_start \
                or low in MONTHS and _after_time(rest, 0) > 1 and rest[_after_time(rest, 0) - 1][2].isdigit()
            # ("..." Rubio said Dec. 6 on CNN: a date)
            two_words = len(rest) == 2 and nxt == k + 1 and self.two_word_clause(rest[0][0], rest[1][1])  # said profits
            # rose (right after the cue: "nobody ever told her she needed" is the relative clause of a noun before it)
            if (low in _CLAUSE_SUBJECT or low in _DETERMINERS_NOT_THAT
                    or (first[:1].isupper() and low not in TIME_WORDS) or clause_start or two_words
                    or (np_object and first[:1].isalnum() and low not in _NOT_NP_OBJECT | CLAUSE_WORDS)) \
                    and (len(rest) > 2 or two_words
                         or len(rest) == 2 and _ELLIPTIC.fullmatch(self.text, rest[0][0], rest[1][1])) \
                    and not (len(rest) > 2 and rest[1][2] == "," and not (first.isdigit() and rest[2][2].isdigit())
                                               and not _listed_subject(rest)
                                               and not _described_subject(rest)
                                               and not _aside_after_subject(rest)) \
                    and not noun_phrase_only and not time_adjunct:
                content = self._content(toks[nxt][0], s_end)
        if content is None and lemma in _PROPOSING and subj is not None and nxt == k + 1 and nxt < len(toks) \
                and toks[nxt][2].islower() and toks[nxt][2].endswith("ing") and len(toks[nxt][2]) > 5 \
                and toks[nxt][2] not in ING_NOT_GERUND:
            content = self._content(toks[nxt][0], s_end, min_words=2)  # "Molde suggested keeping the old slogan":
            # what is proposed, a gerund's clause
        if content is None and "n" in flags and subj is not None and nxt < len(toks) \
                and not (k > 0 and toks[k - 1][2].lower() in _MODALS) \
                and toks[nxt][2][:1].isalnum() and (toks[nxt][2].lower() not in _NOT_NP_OBJECT | _OBJECT_PRONOUNS
                                                    or self.person_and_charge(toks, nxt, lemma)
                                                    or lemma == "call" and (toks[nxt - 1][2].lower() in {"on", "upon"}
                                                                            or nxt == k + 1 and toks[k][2] != "call"
                                                                            and self.calls_something(toks, k))) \
                and (not self.lx.verb(toks[nxt][2]) or self.report_noun(toks, nxt)) \
                and not (self.her_alone(toks, nxt) and lemma != "call"):
            # X denied the allegations / welcomed the move / accused Y of Z / urged Y to Z: a noun-phrase content
            # ("praised him": a person, not what was said; "asked X about Y": a question only with its words; a
            # report's noun before "of" is no verb: "denies reports of a plan")
            called_for = lemma == "call" and (toks[nxt - 1][2].lower() == "for"
                                              and toks[nxt][2].lower() in {"a", "an", "the"}
                                              or toks[nxt][2].lower() in _CALLED_PRONOUNS)
            # ("called for an investigation", not "the scheme called for prison time": what it required; "called him
            # divisive")
            content = self.denied(toks[nxt][0], s_end) if lemma == "deny" \
                else self._content(toks[nxt][0], s_end, min_words=2 if lemma in _SHORT_OBJECT or asked_for
                                   or called_for else 3)
            if content and lemma == "describe":
                content = self.through_first_quotation(content)  # described X as "Y": to Y's closing mark
            if content and lemma == "call" and self.what_called(toks, k) \
                    and (end := _NAME_GIVEN_END.search(self.text, content[0], content[1])):
                content = self._content(content[0], end.start(), min_words=1)  # "what he called a witch hunt, and
                # left", "what he called his campaign and cast himself as ...": the name given ends the phrase (not
                # a comma between adjectives: "what she called the angry, divisive rhetoric")
            if content and lemma == "ask" and not asked_for and not _ASKED.search(self.text, *content):
                content = None  # (but what is asked for is content: "had asked for a 30-month term")
            if content and lemma == "advise" and " to " not in self.text[content[0]:content[1]]:
                content = None  # ("advises the campaign": whom an adviser serves; "advises patients who ... to
                # speak to a pharmacist": what is advised)
            if content and lemma == "dismiss" and toks[nxt][2][:1].isupper() and not self.dismissed_words(content):
                content = None  # "did not dismiss Lewandowski on Tuesday": fired, no words (but "dismissed Sanders'
                # accusations", "dismissed Walker as an ineffective leader")
        if content and self.names_no_words(lemma, toks[k][1], content):
            return None
        if content is None and lemma in _PLEADING and subj is not None and nxt < len(toks) \
                and toks[nxt][2].isalpha() and toks[nxt][2].islower() and toks[nxt][2].endswith("ing") \
                and len(toks[nxt][2]) > 5 and toks[nxt][2] not in PREPOSITIONS | ING_NOT_GERUND \
                and toks[k][2].islower() and not participle:
            content = self._content(toks[nxt][0], s_end)  # "admitted failing to ensure the safety of its customers",
            # "denied causing death by dangerous driving": the act owned or denied
        if content is None and lemma in _REBUTTING and subj is not None and nxt < len(toks) \
                and _CLAIM_THAT.match(self.text, toks[nxt][0]):
            content = self._content(toks[nxt][0], s_end)  # "rejected the suggestion that recruits were ...": the
            # claim rebutted, with what it says
        if content is None and subj is not None and nxt < len(toks) and k + 1 == nxt:
            content = self.anaphoric_content(toks, nxt, lemma, s_end)
        resumed = None  # X, he said, Y: the words after the aside, a row of their own
        if content is None:
            # ..., X said (Wednesday).   /   ..., said X.   /   ..., X said, adding ...   /   X, he said, Y
            rest = toks[k + 1:bisect_left(toks, s_end, key=TOKEN_START)]  # (the tokens before the sentence's end)
            dash = next((i for i, t in enumerate(rest) if t[2] in DASHES), None)
            after = next((i for i in range(dash, len(rest)) if rest[i][2] not in DASHES), len(rest)) \
                if dash is not None else len(rest)  # ("--" is two tokens)
            if after < len(rest) and rest[after][2].lower() in {"a", "an"}:
                rest = rest[:dash]  # "..., the Budget Office reported on Tuesday -- a development that injects
                # ...": the writer's comment on the whole after a dash
            # (a participle's clause after the cue's adjunct is the writer's: "..., the company said in a filing to
            # the Hong Kong stock exchange on Monday, blaming a change in ..."; not one that reports a clause,
            # "warning households could face ...")
            tail = next((i for i in range(1, len(rest) - 1) if rest[i][2] == "," and rest[i + 1][2].islower()
                         and rest[i + 1][2].endswith("ing") and not self.reports_clause(rest[i + 1][2])), len(rest)) \
                if rest and _IN_DOCUMENT.match(self.text, rest[0][0]) else len(rest)
            counted = sum(t[2] not in {"(", ")"} for t in rest[:tail])  # ("announced Monday (Jan. 12).")
            short = (counted <= 5 or ("o" in flags and counted <= 10)
                     or tail <= 14 and _IN_DOCUMENT.match(self.text, rest[0][0]) is not None
                     or counted <= 12 and self.long_adjunct(rest[:tail])) \
                and all(t[2][0].isalnum() or t[2] in {".", "'", "’", "(", ")"} for t in rest[:tail])  # (told Radio
            # 4's Today ...)
            # (..., the regulator said in an order posted on its website.)
            adding = len(rest) > 1 and rest[0][2] == "," and rest[1][2].lower() in _ADDING
            comma = self.comma_before(cue_lo, s_lo)
            aside = self.aside_end(rest) if subj is not None and j + 1 <= k and not participle \
                and lemma in _ASIDE_CUES else None
            if aside is not None and not self.adjunct_only([t for t in rest[:aside - 1] if t[2] != "out"], flags):
                aside = None  # conceded the seat, and ...: an object before the comma, not an aside
            before = self.comma_before(subj[0], s_lo) if subj is not None else None
            m = self.tokens_before(toks, subj[0]) if subj is not None else -1
            as_aside = m >= 0 and toks[m][2].lower() == "as" and aside is not None
            if m >= 0 and toks[m][2].lower() == "as" and aside is None:
                before = self.comma_before(toks[m][0], s_lo)  # ..., as police have said.
            if as_aside:
                # Hawaii, as one adviser pointed out, normally does not ... / if, as X suggested, Y: the clause
                # around the aside; the words before it only when they are a few (a subject), not a clause
                before = self.comma_before(toks[m][0], s_lo)
                if before is None or count_words(self.text[s_lo:before]) > 3:
                    before = s_lo
            if (short or adding) and subj is not None and j + 1 <= k:
                if before is not None and (adding or (self.adjunct_only(rest, flags)
                                                      and lemma in _ASIDE_CUES)) \
                        and not (lemma != "hear" and self.described_thing(subj)):  # ("..., an inquest heard")
                    content = self._content(s_lo, before, before_cue=True)
                    if content and self.adverbial_only(*content):
                        content = None  # "On Friday morning, the third day in his swing, Gary Johnson told a joke":
                        # when he spoke, not what he said
            elif aside is not None and before is not None and (subj[1] - subj[0] < 40 or as_aside):
                # ..., Graham said, since ...  /  The museum, Mr. Obama said, would make ...: the words before the
                # cue are reported (however short), and those after it too unless a new clause starts there
                content = self._content(s_lo, before, min_words=1) \
                    if before > s_lo and (toks[0][2].lower() not in _OPENING_PREPOSITION
                                          or count_words(self.text[s_lo:before]) >= 10) else None
                # ("In Kabul, he said, ...": where, not what; but "Under federal rules, an airline that gives notice
                # must keep flying, the department said, though ...": a whole clause)
                if content and (all(w in _DISCOURSE for w in self.text[content[0]:content[1]].lower().split())
                                or (aside < len(rest) and self.in_quote(rest[aside][0] + 1))
                                or self.text[s_lo:before].rstrip(" ,").rpartition(" ")[2].lower() in _SUBORDINATORS):
                    content = None  # "However, he said, ...", "As a phone rang, he said, '...'": not what was said
                    # ("took part in the 1980s when, he says, the event was ...": the clause after the aside is)
                wh_complement = aside + 1 < len(rest) and rest[aside][2].lower() in PREPOSITIONS \
                    and rest[aside + 1][2].lower() in _WH  # a model, he said, for how the industry can ...
                infinitive = aside + 1 < len(rest) and rest[aside][2] == "to" \
                    and rest[aside + 1][2].isalpha() and rest[aside + 1][2].islower() \
                    and rest[aside + 1][2] not in DETERMINERS | _OBJECT_PRONOUNS | {"her"} \
                    and not rest[aside + 1][2].endswith("s")
                # ("It is his job, he said, to talk to Congress": an infinitive goes on with the reported clause)
                if aside < len(rest) and (not self.starts_new_clause(rest[aside][2]) or wh_complement or infinitive) \
                        and not (
                        rest[aside][2].endswith("ing") and rest[aside][2] != "including"
                        and not any(t[2] in _FINITE_AUX for t in rest[aside:aside + 6])) \
                        and not (rest[aside][2].lower() in _ADDING and aside + 1 < len(rest)
                                 and rest[aside + 1][2].lower() == "that"):
                    # (a participle opens a clause of the writer's, "gaining ..."; a gerund subject does not,
                    # "replacing Clinton would be ..."; a participle of saying before "that" is a cue of its own:
                    # "told reporters, adding that ...")
                    resumed = self._content(rest[aside + (rest[aside][2].lower() == "but")][0], s_end,
                                            min_words=self.resumed_length(rest[aside:])) \
                        if aside + 1 < len(rest) else None  # (a short predicate after its subject: "This campaign, he
                    # says, is different", "The first game, he said, felt routine"; a short clause: "nobody came")
                    if resumed and rest[aside][2].lower() == "but" and (
                            _NOT_SAID_WHETHER.search(self.text, resumed[0], resumed[1])
                            or self.reports_of_its_own(rest[aside + 1:])):
                        resumed = None  # "..., it said, but the notice did not say whether ...": nothing reported;
                        # "..., Politico reported, but the lawmaker played down the report, saying ...": another's
                    if content is None:
                        content, resumed = resumed, None
            elif (short or adding) and comma is not None \
                    and not (k > 0 and toks[k - 1][2].lower() in {"not", "never"}):
                subj = self.subject_after(toks, k)  # (not after a negation: "..., not declare neutrality")
                if subj and any(t[2].lower() in _FINITE_AUX for t in self.tokens.between(*subj)):
                    subj = None  # "..., said the base was angry": a clause after the verb, not an inverted subject
                content = self._content(s_lo, comma, before_cue=True) if subj else None
            elif comma is not None and (subj := self.subject_after(toks, k)) \
                    and (self.text[subj[1]:s_end].startswith(",")
                         or self.looks_like_source(subj) and (self.adjunct_to_end(toks, subj[1], s_end)
                                                              or self.relative_to_end(toks, subj[1]))
                         or not self.text[subj[1]:s_end].strip(" .") and (self.near_source(subj)
                                                                           or self.looks_like_source(subj))
                         or self.document_made_by(toks, k, subj)):
                # ..., said John Smith, chief executive of Acme.  /  ..., said one GOP source in the room.
                content = self._content(s_lo, comma, before_cue=True)
                resumed = self.predicate_after_source(toks, subj, (s_lo, comma), s_end)
                if content is None and toks[k - 1][2] == "," and lemma != toks[k][2].lower():
                    content, resumed = resumed, None  # "And Trump, said Sunshine, doesn't forgive": a subject too
                    # short for a row of its own, the predicate after the source is what is reported (after an
                    # inflected cue: "Gavin Ross, project manager for ..., said" is no inversion of "project")
                subj = self.document_with_maker(toks, k, subj) or subj  # "..., said a leaflet published by the CPS":
                # its maker
        # (what is added or recalled after "that" is a clause: "added that 40 boats were held")
        bare = content is not None and self.text[max(0, content[0] - 5):content[0]] != "that "
        if bare and lemma == "add" and (_AMOUNT.match(self.text, content[0])
                                        or _ADDED_TEXT.match(self.text, content[0])) \
                or content is not None and lemma == "add" and _ADDS_TO.match(self.text, content[0], content[1]):
            return None  # "the CAC 40 added 0.3%": a market figure, not speech; "adds another number to the mix"
        words = self.text[content[0]:content[1]].split() if bare and lemma == "boast" else []
        if words and not any(w in FINITE_VERBS or i and past_form(w)
                             and words[i - 1] in PRONOUNS for i, w in enumerate(words)):
            return None  # "Ohio boasted only one paid staffer": had, not said (not "boasted he won the state")
        if bare and lemma == "claim" and _CLAIMED_WIN.match(self.text, content[0], content[1]):
            return None  # "Democrats claimed historic gains", "the blast claimed 12 lives": won or took, not said
        if bare and lemma == "recall" and subj is not None and content[0] > toks[k][0] \
                and (self.text[content[0]].isdigit()
                     or self.text[subj[0]:subj[1]].split()[-1].lower() in lexicon().lists["org_head"]):
            return None  # "Veltrona recalls 210,000 insulin pumps", "The agency has recalled cheeses": products
            # called back, not a memory told (but "The vaccines are free ..., the ministry recalled")
        if content is None or subj is None:
            return None
        if (cut := self.relative_aside_end(toks, k, content)) is not None:
            content = self._content(content[0], cut, min_words=1) or content  # "Smith, who has denied any wrongdoing,
            # is due in court": the relative clause ends at the comma before the main clause's verb
        if asked_for and content[0] != toks[nxt][0]:
            content = self._content(toks[nxt][0], s_end, min_words=2)  # what was asked for is the object, not a
            # clause after it ("asked for forgiveness ... before he was sentenced" is no report of his sentence)
            if content is None:
                return None
        if lemma == "questioned" and _QUESTIONED_SOMEONE.match(self.text, content[0], content[1]):
            return None  # "Detectives questioned the two men for hours": an interrogation, no doubt voiced
        if lemma == "hear" \
                and (self.text[subj[0]:subj[1]].lower().split()[-1] not in _HEARERS
                     or any(t[2].lower() in _MODALS | {"to"} for t in toks[max(0, k - 3):k])):
            return None  # only a court or a hearing "hears" evidence ("Manchester Crown Court heard", "a jury has
            # heard"), not "residents heard gunshots", and what it heard ("A judge will hear arguments": nothing yet)
        if lemma in {"ask", "request"} and any(
                ANONYMITY_ASKED.match(self.text, at) for at in (content[0], toks[k][1] + 1)):
            return None  # "who asked not to be named (because she was ...)": a request for anonymity, not a report
        if content[0] < subj[1] <= content[1] and content[0] > subj[0]:
            return None
        if _WH_START.match(self.text, content[0]) and any(t[2].lower() in _NEGATIONS for t in toks[max(0, k - 3):k]):
            return None  # "It did not say whether ...", "The ministry has not explained why ...": nothing was said
        m = self.tokens_before(toks, subj[0])
        opener = int(len(toks) > 1 and toks[0][2].lower() in {"but", "and", "so", "even", "just", "only"})
        if content[0] > subj[1] and toks[opener][2].lower() in _SUBORDINATOR and toks[opener][0] >= s_lo \
                and (0 <= m <= 1 or "," not in self.text[toks[opener][1]:cue_lo]) \
                and "," not in self.text[cue_lo:content[0]] \
                and (comma := _CLAUSE_COMMA.search(self.text, content[0], content[1])):
            # As he welcomed several hundred guests, Scott was ...: an opening subordinate clause ends at its comma
            # (a cue deep inside it too: "Even after the campaign unveiled an ad campaign on which Trump pledged to
            # spend $2 million per week, some remained skeptical")
            content = self._content(content[0], comma.start()) or content
        if (m >= 1 and toks[m][2].lower() in {"which", "who", "whom"} and toks[m - 1][2] == ","
            or _OPEN_RELATIVE.search(self.text[toks[0][0]:subj[0]])) \
                and (close := _RELATIVE_CLOSE.search(self.text, content[0], content[1])):
            # Her vote, which she has said was a mistake, was a factor ...: the relative clause ends at its comma
            # (also when the cue is further inside it: "X, who asked not to be named because he said ..., told")
            content = self._content(content[0], close.start(), min_words=1) or content
        elif m >= 1 and toks[m][2].lower() == "whose" and toks[m - 1][2] == "," \
                and (close := _RELATIVE_CLOSE.search(self.text, content[0], content[1])) \
                and " " not in self.text[content[0]:close.start()].strip():
            return None  # "Gail Hutchins, whose signature Vance admitted forging, wrote ... that": a deed, and the
            # main clause's report after the relative clause
        if _DASH_WHO.match(self.text, subj[1]) and (cut := _DASH.search(self.text, content[0], content[1])):
            content = self._content(content[0], cut.start(), min_words=1) or content  # X — who's called for Y —
            # said: Y (or "X - who previously said Y - said")
        cue = (cue_lo, toks[k][1])
        return [("indirect", content, subj, cue)] + ([("indirect", resumed, subj, cue)] if resumed else [])

    def adverbial_only(self, lo: int, hi: int) -> bool:
        """The words from ``lo`` to ``hi`` open with a preposition of time or place and hold no verb of a clause
        (``On Friday morning, the third day in his four-day campaign swing``)."""
        words = self.text[lo:hi].split()
        return bool(words) and words[0].lower() in _ADJUNCT_START - TIME_WORDS \
            and not any(w in FINITE_VERBS or past_form(w) for w in words[1:])

    @classmethod
    def aside_close(cls, toks: list, comma: int) -> int | None:
        """The comma that closes an aside opening after the comma at ``comma`` (within 15 tokens), and after a name's
        aside the relative clause set off after it (``his wife, Linda Westwood, who worked as the office manager,``);
        None if there is none."""
        close = next((j for j in range(comma + 2, min(len(toks) - 1, comma + 16)) if toks[j][2] == ","), None)
        if close is not None and toks[comma + 1][2].istitle() and close + 1 < len(toks) \
                and toks[close + 1][2].lower() in {"who", "whose"}:
            close = next((j for j in range(close + 2, min(len(toks) - 1, close + 16)) if toks[j][2] == ","), None)
        return close

    @staticmethod
    def opens_aside(word: str) -> bool:
        """``word`` after a comma opens an aside inside a noun phrase: a relative word, an article or a possessive, a
        number, a past participle (``the survey, flown in July,``); not an adverb or conjunction (``the story, then
        paused``)."""
        low = word.lower()
        return low in {"who", "whose", "which", "where", "a", "an", "the", "his", "her", "its", "their"} \
            or word[:1].isdigit() or word.islower() and (low in IRREGULAR_PAST or low in _PAST_PARTICIPLES
                                                         or len(low) > 4 and ED_END.search(low) is not None)

    def subject_opens_clause(self, subj: tuple[int, int], s_lo: int) -> bool:
        """The cue's subject opens its sentence or a clause joined by a comma, ``and`` or ``but``, and holds no gap of
        a relative clause: not ``What the prime minister (said)``, ``The economy, which the central bank
        (predicted)``, ``Everything the company (said)``, ``The figure the Office for Budget Responsibility
        (predicted)``."""
        before = self.text[s_lo:subj[0]]
        if not (_CLAUSE_OPENING.fullmatch(before) or _JOINED_CLAUSE_END.search(before)):
            return False
        words_ = self.text[subj[0]:subj[1]].split()
        return bool(words_) and words_[0].lower() not in _GAP_HEADS and not any(
            w.isalpha() and w.islower() and w not in PREPOSITIONS and w not in DETERMINERS
            and nxt.lower() in {"the", "a", "an"} for w, nxt in zip(words_, words_[1:]))

    def verb_after_aside(self, toks: list, j: int) -> bool:
        """Token ``j``, right after an aside's closing comma, is a clause's verb: a finite auxiliary, or a past or
        present tense in lower case before its object or adjunct (``, counted an estimated 14,800``, ``, costs about
        $190,000``)."""
        if j >= len(toks) - 1:
            return False
        word, after = toks[j][2], toks[j + 1][2]
        if word.lower() in _FINITE:
            return True
        if not (word.isalpha() and word.islower()) or word in PREPOSITIONS or word in CLAUSE_WORDS:
            return False
        tense = word in IRREGULAR_PAST or len(word) > 3 and ED_END.search(word) is not None \
            or len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and plural_of_common(word)
        return tense and (after.lower() in DETERMINERS or after[:1].isdigit() or after in CURRENCIES
                          or after.lower() in PREPOSITIONS or after.lower() in _ROUGHLY)

    def verb_after_opening_noun(self, rest: list) -> bool:
        """Within six words of a gerund or a bare form opening ``rest`` (not one before a preposition, ``referring
        to``), a past or present tense after a word that is no determiner, preposition or -ing word: the verb of a
        clause the gerund or its noun opens (``fishing boats from Rye Harbour tied up``, ``shipping his own cars
        saves``), or the noun the bare form is an adjective of (``state law leaves it to each city``)."""
        for i in range(2, min(len(rest), 7)):
            word, before = rest[i][2], rest[i - 1][2]
            if before.lower() in DETERMINERS or before.lower() in PREPOSITIONS or before.endswith("ing") \
                    or not before[:1].isalnum():
                continue
            after = rest[i + 1][2].lower() if i + 1 < len(rest) else ""
            if word in IRREGULAR_PAST or self.present_after_noun(rest, i, any_object=True) \
                    or len(word) > 3 and word.islower() and ED_END.search(word) and after != "by" \
                    and (after in PREPOSITIONS or after in DETERMINERS or after in _VERB_PARTICLES
                         or after[:1].isdigit()):
                return True  # (a participle before "by" or an adjective before its noun is none: "safety concerns
                # raised by residents", "the city's limited budget")
        return False

    def noun_before_preposition(self, rest: list) -> bool:
        """``rest`` (the tokens after a reporting verb) opens with a verb's bare form and a preposition, then a past
        or an -s form before a determiner within eight tokens: a noun opening the clause (``says praise from Putin
        helps the U.S.``; a bare verb never follows a reporting verb in a clause of its own)."""
        return len(rest) > 3 and rest[0][2] == self.lx.lemma(rest[0][2]) and rest[1][2] in PREPOSITIONS \
            and any(t[2].islower() and (past_form(t[2])
                                        or t[2].endswith("s") and rest[i + 1][2].lower() in DETERMINERS)
                    for i, t in enumerate(rest[2:9], 2) if i + 1 < len(rest))

    def present_after_noun(self, toks: list, j: int, any_object: bool = False) -> bool:
        """Token ``j`` is a verb in the present's -s form between a noun and its object (``the contract includes a
        penalty``, ``cars saves the family``, ``the plan calls for``): an -s form of a common word, after a lower-case
        word that is no determiner, preposition, clause word or -ing word (``rising costs``), and before a
        determiner (not before a time: "this weekend"), a capitalised word, a number or, after a few verbs, ``for`` or
        ``to``. (A list of verbs would tell more; the project ships none but the cues.) ``any_object``: before any word
        that is no preposition or conjunction too, where a gerund has opened the clause (``taxing consumption
        encourages savings``)."""
        word, before = toks[j][2], toks[j - 1][2]
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        if before in _VERB_ADVERBS and j > 1:
            # "the county now reviews line schedules": an adverb that goes before a verb, the noun before it
            before, any_object = toks[j - 2][2], True
        if not (len(word) > 4 and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                and (after.lower() in DETERMINERS or after[:1].isdigit() or after in CURRENCIES
                     or after[:1].isupper() and after.isalpha() and after != "I"  # ("the photo violates DNC rules")
                     or after == "for" and word in _VERBS_FOR or after == "to" and word in _VERBS_TO
                     or any_object and after.isalpha() and after.lower() not in PREPOSITIONS | CLAUSE_WORDS
                     and not (past_form(after) or after.endswith("ing")))):
            # (a plural noun before a verb form is none: "citing safety concerns raised by residents")
            return False
        if after.lower() in DETERMINERS and j + 2 < len(toks) and toks[j + 2][2].lower() in TIME_WORDS:
            return False  # "reminded drivers the road closures this weekend": a time after a plural noun
        return plural_of_common(word) and before.isalpha() and before.islower() and before not in DETERMINERS \
            and before not in PREPOSITIONS and before not in CLAUSE_WORDS and not before.endswith("ing") \
            and not is_aux(before)

    def names_outlet(self, toks: list, lo: int, k: int) -> bool:
        """The words from ``lo`` through ``k`` name an outlet the lexicon lists (``BBC News``, ``Sky News``)."""
        return " ".join(t[2] for t in toks[lo:k + 1]).lower() in self.lx.lists["media"]

    @staticmethod
    def finite_clause_next(toks: list, k: int) -> bool:
        """A clause right after the token at ``k``: a subject pronoun, a determiner or a capitalised name, then
        within five words, no comma between, a finite auxiliary or modal or a past tense (", ruling the club failed
        to mark ...", ", finding Heikkinen should have been ..."; not ", finding the bodies in a field")."""
        if k + 2 >= len(toks):
            return False
        first = toks[k + 1][2]
        if not (first.lower() in _DETERMINERS_NOT_THAT | _SUBJECT_PRONOUNS or first[:1].isupper()):
            return False
        return _finite_within(toks[k + 2:k + 7])

    @staticmethod
    def verb_in_series(toks: list, k: int, j: int) -> int | None:
        """The cue at ``k`` is a past tense in a series of the subject's verbs set off by commas, a past tense after
        a comma before it (``j``) and ``and`` with a past tense after it: "Trump denied the accusations, accused
        rival Democrats and the media of a smear campaign, and went on to win" (not a participle after a name:
        "Smith, accused of fraud, said"; ``toks``: the sentence's tokens): where the series' last verb is joined on
        (its ``and`` or the comma before it), else None."""
        if j < 2 or toks[j][2] != "," or k + 1 >= len(toks) or not _past_tense(toks[k][2]) \
                or toks[k + 1][2].lower() in PREPOSITIONS:
            return None
        before = next((v for v in range(j - 1, -1, -1) if toks[v][2] in {",", ";", ":"} or _past_tense(toks[v][2])),
                      None)
        # (the verb before it opens the sentence's predicate: no comma or relative word before it, "X, who visited
        # the centre, praised")
        if before is None or not toks[before][2][:1].isalpha() \
                or any(t[2] in {",", ";", ":"} or t[2].lower() in {"who", "which", "whose", "that"}
                       for t in toks[:before]):
            return None
        last = next((a for a in range(k + 2, len(toks) - 1) if toks[a][2] == "and" and _past_tense(toks[a + 1][2])),
                    None)
        return None if last is None else toks[last - 1][0] if toks[last - 1][2] == "," else toks[last][0]

    def may_be_finite(self, span: tuple[int, int]) -> bool:
        """Whether the words of ``span`` hold a word that may be a finite verb or a clause's subject pronoun: an
        auxiliary or modal, a contraction, a past tense, a word in -s (not :data:`_S_NOT_VERBS`), a subject pronoun
        or a quotation mark (quoted words may hold the verb), before a semicolon or a participle set off by a
        comma."""
        toks = self.tokens.between(*span)
        for i, t in enumerate(toks):
            w = t[2].lower()
            if w == ";" or w == "," and i + 1 < len(toks) and toks[i + 1][2].endswith("ing"):
                return False  # (a participle after a comma is the sentence's: "..., saying Clinton was committed")
            if w in OPENING_MARKS or w in CLOSING_MARKS or w in _FINITE_OR_MODAL or w in _SUBJECT_PRONOUNS \
                    or w in {"you", "there"} or w.endswith(_CONTRACTED_VERB_ENDS) or past_form(w) \
                    or w.endswith("s") and w not in _S_NOT_VERBS:
                return True
        return False

    def bare_subject_clause(self, toks: list, k: int) -> bool:
        """A clause opening at ``k`` with a lower-case noun phrase and no determiner (``total circulation fell``,
        ``talks had stalled``): a word that is no verb, preposition, adverb or clause word, then within seven
        words, no punctuation but an abbreviation's, a finite auxiliary or modal or a past tense."""
        first = toks[k][2]
        if not (first.isalpha() and first.islower()) or first in CLAUSE_WORDS or first in PREPOSITIONS \
                or first in _FINITE or past_form(first) or self.lx.verb(first) or first.endswith(("ing", "ed", "ly")):
            return False
        return _finite_within(toks[k + 1:k + 8])

    def clause_after_adjunct(self, toks: list, k: int, nxt: int, comma: int) -> int | None:
        """After the cue at ``k`` that opens its sentence's report (no comma, ``as`` or ``when`` in the five tokens
        before it: not an aside), a prepositional phrase from ``nxt`` (not ``by``/``of``) set off by the comma at
        ``comma``, with no verb form in it, then a clause (a determiner, pronoun or capitalised name, and a finite
        verb within six words, no relative word or comma before it): the index the content starts at, the
        preposition, or the clause after the comma when the phrase says when, where or how it was said (``on
        Saturday``, ``in a statement``); else None."""
        if comma + 2 >= len(toks) or toks[nxt][2].lower() in {"by", "of"} \
                or any(t[2] == "," or t[2].lower() in _ASIDE_OPENERS for t in toks[max(0, k - 5):k]):
            return None
        phrase = toks[nxt + 1:comma]
        if any(t[2].islower() and (self.lx.verb(t[2]) or t[2] in IRREGULAR_PAST or t[2] in _FINITE_AUX
                                   or t[2].endswith(("ing", "ed")) and t[2] not in TIME_WORDS) for t in phrase):
            return None
        first = toks[comma + 1][2]
        if not (first.lower() in _DETERMINERS_NOT_THAT | _SUBJECT_PRONOUNS or first[:1].isupper()):
            return None
        for j in range(comma + 2, min(len(toks), comma + 8)):
            word = toks[j][2]
            if word == "," or word.lower() in _RELATIVES:
                return None
            if word.lower() in _FINITE or word.islower() and past_form(word):
                break
        else:
            return None
        said_in = all(_is_time_token(t[2]) or t[2].lower() in DETERMINERS for t in phrase) \
            or any(self.lx.has("media_head", t[2].lower()) or t[2].lower() in _SAID_IN for t in phrase)
        return comma + 1 if said_in else nxt

    def determiner_after_adjunct(self, toks: list, nxt: int) -> int | None:
        """After a short adjunct at ``nxt`` (``at the hearing Wednesday``: a preposition, an article, a noun, a
        time), the index of a determiner that opens a clause with a finite auxiliary or a past tense soon after, else
        None."""
        for d in range(nxt + 2, min(len(toks) - 2, nxt + 6)):
            low = toks[d][2].lower()
            if low in _DETERMINERS_NOT_THAT and toks[d - 1][2].lower() not in _NOT_BEFORE_CLAUSE_DETERMINER:
                # ("by email his company"; not "at least a dozen parents", a quantity opening the clause)
                if all(t[2][:1].isalnum() and t[2].lower() not in _FINITE_AUX
                       and (not self.lx.verb(t[2]) or i == d - 1 > nxt + 1 and toks[i - 1][2].isalpha()
                            and toks[i - 1][2].islower() and toks[i - 1][2] not in PREPOSITIONS
                            and self.lx.verb(t[2])[0] == t[2].lower())  # (a noun: "comment", not "announced")
                       for i, t in enumerate(toks[nxt + 1:d], nxt + 1)) and not toks[nxt + 1][2].endswith("ing") \
                        and (any(t[2].lower() in _FINITE_AUX for t in toks[d + 1:d + 7])
                             or toks[d - 1][2].lower() not in PREPOSITIONS | CLAUSE_WORDS
                             and any((toks[i][2] in IRREGULAR_PAST or toks[i][2].islower() and ED_END.search(toks[i][2]))
                                     and toks[i + 1][2].lower() != "by"
                                     for i in range(d + 2, min(len(toks) - 1, d + 4)))):
                    # (a gerund after the preposition is no adjunct: "argued against running up the deficit"; a past
                    # tense after the clause's noun: "said in a statement the site met all standards"; a cue's noun
                    # after its adjective ends the adjunct: "said during public comment the problem started")
                    return d
                return None
        return None

    @staticmethod
    def abbreviation_point(toks: list, i: int) -> bool:
        """The point at ``i`` ends an abbreviation (``on Oct. 19``, ``Mr.``): after a short capitalised word."""
        return toks[i][2] == "." and i > 0 and toks[i - 1][2].isalpha() and toks[i - 1][2][:1].isupper() \
            and len(toks[i - 1][2]) <= 4 and toks[i - 1][1] == toks[i][0]

    @staticmethod
    def as_subject(toks: list, k: int) -> bool:
        """``as`` opens the clause of the verb at ``k`` after a comma: ``, as the Conservatives claim``."""
        i = next((i for i in range(k - 1, max(-1, k - 6), -1) if toks[i][2].lower() == "as"), None)
        return i is not None and (i == 0 or toks[i - 1][2] == ",") \
            and all(t[2][:1].isalnum() for t in toks[i + 1:k])

    @staticmethod
    def person_and_charge(toks: list, i: int, lemma: str) -> bool:
        """``described him as a key witness``, ``accused them of lying``, ``called him a master``: a pronoun object,
        then what is said of it."""
        return toks[i][2].lower() in _OBJECT_PRONOUNS and i + 1 < len(toks) \
            and (toks[i + 1][2].lower() == _CHARGE_LINK.get(lemma)
                 or lemma == "call" and toks[i + 1][2].lower() in {"a", "an"})  # called him a master at ...

    def adjunct_to_end(self, toks: list, pos: int, s_end: int) -> bool:
        """From ``pos`` to the sentence's end, one short prepositional phrase with no verb: the tail of an inverted
        source (``..., said one GOP source in the room.``)."""
        rest = [t for t in toks if pos <= t[0] < s_end]
        words_ = [t[2] for t in rest if t[2][:1].isalnum()]
        return all(t[2][:1].isalnum() or t[2] in {".", "'", "’"} for t in rest) and 0 < len(words_) <= 8 \
            and words_[0].lower() in PREPOSITIONS \
            and not any(w.lower() in _FINITE_AUX or self.lx.verb(w) for w in words_)

    def anaphoric_content(self, toks: list, i: int, lemma: str, s_end: int) -> tuple[int, int] | None:
        """What was said, named by a short phrase after the cue: ``said as much``, ``has said the same thing``, ``said
        so``, ``said yes`` (a poll's answer); and what a warning is against: ``warned against potential hackers``.
        Else None."""
        if toks[i][2].lower() not in _ANAPHORIC_FIRST:
            return None
        words_ = [t[2].lower() for t in toks[i:i + 4]]
        for phrase in _ANAPHORIC:
            n = len(phrase)
            if tuple(words_[:n]) == phrase and lemma in _SAYING:
                after = toks[i + n][2].lower() if i + n < len(toks) else "."
                if after in END_PUNCT or after in {",", "while", "but"} or after in _PREP_OR_TIME:
                    return toks[i][0], toks[i + n - 1][1]
                return None
        if lemma in _COMPLAINING and words_[0] in _COMPLAINING[lemma] and i + 1 < len(toks) \
                and toks[i + 1][2][:1].isalnum():
            # (to a relative clause: "complained about a Fox News report which said ...": the report says the rest)
            rel = next((t[0] for t in toks[i + 2:] if t[2].lower() in {"which", "who", "that"} and t[0] < s_end), s_end)
            return self._content(toks[i + 1][0], rel, min_words=2)
        return None

    @staticmethod
    def after_comma(toks: list, k: int) -> bool:
        """A comma before token ``k``, or a comma and a closing quotation mark (``... a decade ago," adding that``)."""
        return k > 0 and (toks[k - 1][2] == "," or (k > 1 and toks[k - 1][2] in _NAME_MARKS and toks[k - 2][2] == ","))

    @staticmethod
    def after_modal(toks: list, k: int) -> bool:
        """A modal of a hypothetical in the verb group before the cue (``would formally declare``, ``could threaten
        to``): nothing was said. Not ``will`` (``the Cardinal will ask ...``: a speech given out in advance) nor a
        negation (``could not explain why ...``)."""
        j, modal = k - 1, False
        while j >= 0 and is_aux(toks[j][2]):
            low = toks[j][2].lower()
            if low in NEGATION or low.endswith(("n't", "n’t")) or low == "only":
                return False  # ("would only say that ...": said, and no more)
            modal = modal or low in _HYPOTHETICAL
            j -= 1
        return modal

    def relative_clause_subject(self, toks: list, k: int, who_only: bool = False) -> tuple[int, int] | None:
        """``people who have battled other online threats say``, ``organizations that have endorsed him say``: the
        noun phrase before a relative clause (``who`` and a lower-case word, or ``that`` and a finite or past verb)
        that ends at the cue, with that clause; with ``who_only``, a ``who`` clause of two words or more."""
        for w in range(k - 1, max(0, k - 16), -1):
            tok = toks[w][2]
            if not (tok[:1].isalnum() or tok in {"'", "’"}):
                return None
            if tok.lower() in {"who", "that", "which"}:
                verb = toks[w + 1][2]
                # ("the company that operates the plant said": a verb in -s, then its object)
                transitive = verb.islower() and verb.endswith("s") and w + 2 < k \
                    and toks[w + 2][2].lower() in DETERMINERS
                if who_only and not transitive and (tok != "who" or w + 2 > k or not verb.isalpha()
                                                    or not verb.islower()
                                                    or w + 2 == k and not (past_form(verb) and not is_aux(verb)
                                                                           and verb not in _CLAUSE_ADVERBS)):
                    return None  # ("Residents who live near the plant say": who, then a verb in any tense; "People
                    # who spoke urged": a past verb alone)
                if not who_only \
                        and not (verb.lower() in _FINITE_AUX or (verb.islower() and ED_END.search(verb)) or transitive):
                    return None
                found = self.noun_phrase_before(toks, w, any_case=True)
                if found and tok.lower() == "who":
                    found = self.unnamed_before_places(toks, found) or found  # ("a woman from Horwich who had been
                    # sponsoring a dog asked": the woman, not the place)
                end = k - 1
                while end > w and (is_aux(toks[end][2]) or toks[end][2] in _CLAUSE_ADVERBS):
                    end -= 1
                if end == w or not found or toks[end][2] in {"and", "but", "or", "to"}:
                    return found  # "a militant group that has pledged", "a pollster who ... and called", "MPs who
                    # were happy to say": the cue is the clause's own verb
                return found[0], toks[end][1]  # (the phrase with its clause, as it is written)
        return None

    def adjunct_before_that(self, toks: list, nxt: int) -> int:
        """``says at a campaign stop in Toledo, Ohio, that ...``, ``insists, most recently in an interview with ABC,
        that ...``, ``said — on Twitter, as it happens — that``: after a cue, an adjunct (a preposition or adverb
        first, words, commas and dashes only, no verb) and a comma or dash before ``that``: the index of ``that``,
        else ``nxt``."""
        i = nxt + 1 if toks[nxt][2] in SET_OFF else nxt
        while i < len(toks) and (is_aux(toks[i][2]) or toks[i][2] in {"most", "more"}) and toks[i][2].islower() \
                and toks[i][2] not in _FINITE_AUX:
            i += 1  # most recently in ...
        if i >= len(toks) or toks[i][2].lower() not in _ADJUNCT_PREPOSITIONS:
            return nxt
        for m in range(i + 1, min(len(toks) - 1, i + 20)):
            tok = toks[m][2]
            if tok.lower() == "that":
                relative = toks[m + 1][2].lower() in _FINITE_OR_MODAL  # the meeting that was ...
                return m if toks[m - 1][2] in SET_OFF and not relative else nxt
            if tok == "," and toks[m + 1][2] in {"where", "which", "when"} \
                    and (close := next((c for c in range(m + 2, min(len(toks) - 1, m + 16)) if toks[c][2] == ","),
                                       None)) is not None and toks[close + 1][2] == "that":
                return close + 1  # "said on CNN, where he is now a paid contributor, that": a relative clause on the
                # adjunct's noun, then what was said
            if not (tok[:1].isalnum() or tok in SET_OFF or tok in {"'", "’"}) or tok.lower() in _FINITE_AUX \
                    or (tok.islower() and self.lx.verb(tok)):
                return nxt
        return nxt

    def adjunct_before_whether(self, toks: list, nxt: int) -> int:
        """``asked at a scrutiny meeting last week whether ...``, ``asked in a letter to the agency Wednesday
        whether ...``: after a cue of asking, an adjunct opening with a preposition at ``nxt`` (words only, no verb, no
        comma) before ``whether``: the index of ``whether``, read then as right after the cue, else ``nxt``."""
        for m in range(nxt + 1, min(len(toks) - 1, nxt + 12)):
            tok = toks[m][2]
            if tok == "whether":
                return m
            if not tok[:1].isalnum() or tok.lower() in _FINITE_AUX or tok.islower() and self.lx.verb(tok):
                return nxt
        return nxt

    @staticmethod
    def adjunct_only(rest: list, flags) -> bool:
        """After a trailing cue, nothing but an adjunct: ``(said) Wednesday.``, ``(said) in a statement.``, ``(told)
        reporters on Monday.``, ``(said) outside the courtroom.``; not an object (``mentioned climate change``, ``said
        enough``)."""
        words_ = [t[2] for t in rest if t[2][:1].isalnum()]
        if "o" in flags and words_ and words_[0].lower() not in _ADJUNCT_OPENERS:
            words_ = words_[next((i for i, w in enumerate(words_) if w.lower() in _ADJUNCT_OPENERS), len(words_)):]
        first = words_[0].lower() if words_ else ""
        return not words_ or first in _ADJUNCT_OPENERS or _is_time_token(first) or first in AUXILIARIES \
            or first.endswith("ly") or (first == "and" and any(t[2].islower() and lexicon().verb(t[2]) for t in rest))

    @staticmethod
    def long_adjunct(rest: list) -> bool:
        """After a trailing cue, a prepositional adjunct with no clause of its own: ``(said) during his campaign speech
        to be a national delegate.``, ``(wrote) in a memo to State Department Inspector General Steve Linick.``; not a
        passive's agent (``a history written by X and published in 2018``)"""
        clause_words = _FINITE_AUX - {"be"} | _MODALS | _SUBJECT_PRONOUNS | {"that", "whether", "if"}
        return rest[0][2].lower() in _ADJUNCT_PREPOSITIONS - {"by"} and not any(t[2].lower() in clause_words
                                                                                for t in rest)

    @staticmethod
    def pronoun_clause(toks: list) -> bool:
        """A subject pronoun right before a finite auxiliary or modal somewhere in ``toks`` (``... he could``)."""
        return any(a[2].lower() in _SUBJECT_PRONOUNS and b[2].lower() in _FINITE_OR_MODAL
                   for a, b in zip(toks, toks[1:])) \
            or any(CONTRACTED_PRONOUN.fullmatch(t[2]) and t[2][:1] != "I" for t in toks)  # ("... she'll")

    @staticmethod
    def clause_after_comma(rest: list) -> bool:
        """A comma within the first 20 tokens of ``rest``, then a clause's subject (a pronoun, determiner or name)."""
        comma = next((i for i, t in enumerate(rest[2:20], 2) if t[2] == ","), None)
        if comma is None or comma + 1 >= len(rest):
            return False
        after = rest[comma + 1][2]
        return after.lower() in _CLAUSE_SUBJECT | _DETERMINERS_NOT_THAT or after[:1].isupper() \
            or CONTRACTED_PRONOUN.fullmatch(after) is not None  # ("if she wins, she'll ...")

    @staticmethod
    def aside_end(rest: list) -> int | None:
        """After a cue, ``(Friday afternoon), ...``: the index in ``rest`` of the first token after the comma (or
        semicolon: ``..., she said; they wanted ...``) that closes the cue's short adjunct, else None."""
        for i, t in enumerate(rest[:7]):
            if t[2] in {",", ";"}:  # ("The families wanted land, she said; they ...")
                return i + 1 if i + 1 < len(rest) else None
            if not t[2][:1].isalnum():
                return None
        return None

    def reports_of_its_own(self, rest: list) -> bool:
        """The words hold a cue of their own in the past (``said``, ``denied``) or a participle of saying after a
        comma (``, saying``)."""
        for i, (_, _, tok) in enumerate(rest):
            if tok in END_PUNCT:
                return False
            if tok.islower() and self.lx.verb(tok) and (tok.endswith("ed") or tok in _PAST_SAYING
                                                         or tok.endswith("ing") and i and rest[i - 1][2] == ","):
                return True
        return False

    def predicate_after_source(self, toks: list, subj: tuple[int, int], before: tuple[int, int],
                               s_end: int) -> tuple[int, int] | None:
        """The predicate that goes on after an inverted source set off mid-sentence, when the words ``before`` it are
        a subject with no verb: "Any clear interpretation, said Michael Kofman, an expert on Russia, (would read this
        as a warning)", "And Trump, said Sunshine, (doesn't forgive or forget)". Else None."""
        if any(t[2].lower() in _FINITE_AUX or t[2].endswith(_NOT_ENDS) for t in toks if before[0] <= t[0] < before[1]):
            return None
        rest = [t for t in toks if subj[1] <= t[0] < s_end]
        for i in range(len(rest) - 1):
            if rest[i][2] == ",":
                nxt = rest[i + 1][2].lower()
                if nxt in _FINITE_AUX or nxt.endswith(_NOT_ENDS):
                    return self._content(rest[i + 1][0], s_end)
                if nxt in {"who", "whose"} and i == 0:
                    continue  # (a relative clause about the source: "said Sunshine, who remains friendly with her
                    # former boss, doesn't forgive")
                if nxt in CLAUSE_WORDS or nxt in {"and", "but"} or self.in_quote(rest[i + 1][0]):
                    return None
        return None

    @staticmethod
    def starts_new_clause(token: str) -> bool:
        """A word after ``..., he said,`` that opens a clause of the writer's (``adding``, ``according``, ``who``, a
        preposition, a quotation mark), not the rest of the reported one (``since ...``, ``and ...``, ``would ...``)."""
        low = token.lower()
        return not token[:1].isalnum() or low in _NEW_CLAUSE or (low in PREPOSITIONS and low != "since")

    @staticmethod
    def time_noun_opens(rest: list) -> bool:
        """A time noun with no determiner right after the verb is a modifier opening the clause, not when it was said
        (``said weekend day-trippers account for ...``, ``said night shifts were cut``; but ``said this week``)."""
        return len(rest) > 3 and rest[0][2].lower() in _BARE_TIME_NOUNS and rest[1][2][:1].islower() \
            and rest[1][2].replace("-", "").isalpha() and rest[1][2] not in PREPOSITIONS | CLAUSE_WORDS | DETERMINERS

    @staticmethod
    def clause_holding(indirect: list, lo: int, hi: int) -> tuple | None:
        """``(subject, cue, content)`` of the first reported clause (rows of :meth:`indirect`) that holds ``lo:hi``
        (``The paper attacked Trump, saying he "has offended ..."``: the quotation is part of what the paper
        says), else None."""
        return next(((subj, cue, content) for _, content, subj, cue in indirect
                     if content[0] <= lo and hi <= content[1]), None)

    @staticmethod
    def progressive(toks: list, k: int) -> bool:
        """The ``-ing`` form at ``k`` is a progressive tense: after ``is``/``are``/``was``/``were``/``been``, an adverb
        between (``is also warning``, ``are now urging``)."""
        j = k - 1
        if j > 0 and toks[j][2].lower() in _PROGRESSIVE_ADVERBS:
            j -= 1
        return j >= 0 and toks[j][2].lower() in _PROGRESSIVE

    @staticmethod
    def object_then_to(toks: list, j: int) -> bool:
        """A plural noun phrase of up to five words from token ``j``, then ``to`` and a word in lower case: whom an
        advice is for, then what (``customers to keep``, ``people in the affected area to stay``)."""
        for m in range(j, min(len(toks) - 1, j + 6)):
            word = toks[m][2]
            if word == "to":
                return m > j and (toks[j][2].endswith("s") or toks[j][2] in _PEOPLE_WORDS) \
                    and toks[m + 1][2].isalpha() and toks[m + 1][2].islower()
            if not (word.isalpha() and word.islower()):
                return False
        return False

    @staticmethod
    def finite_before_comma(toks: list) -> bool:
        """A finite auxiliary among ``toks`` before any comma, ``that`` or ``which``: the verb of a long subject."""
        for t in toks:
            low = t[2].lower()
            if low in {",", "that", "which", "who"}:
                return False
            if low in _FINITE_AUX:
                return True
        return False

    def subordinate_subject(self, toks: list, comma: int) -> tuple[int, int] | None:
        """The subject of a subordinate clause that ends at ``comma``, when it is an article and up to three words
        ending in a noun of a source (``after a judge threw out his conviction, ruling that ...``: the judge), else
        None."""
        sub = next((i for i in range(comma - 1, max(-1, comma - 25), -1)
                    if toks[i][2] in {",", ";"} or toks[i][2].lower() in _SUBORDINATOR - {"as"}), None)
        if sub is None or toks[sub][2] in {",", ";"} or sub + 2 >= comma \
                or toks[sub + 1][2].lower() not in {"a", "an", "the"}:
            return None
        lists = self.lx.lists
        for end in range(sub + 2, min(comma, sub + 5)):
            word = toks[end][2].lower()
            if not toks[end][2].isalpha() or not toks[end][2].islower():
                return None
            if word in lists["role"] or word in lists["anonymous"] or word in lists["org_head"]:
                return (toks[sub + 1][0], toks[end][1]) if end + 1 < comma else None  # (a verb follows)
        return None

    @staticmethod
    def clause_join_before(toks: list, last: int) -> int | None:
        """The index of the nearest sentence end, ``;`` or ``and``/``but`` after a comma at or before token ``last``
        (where a clause joined to the one before it starts), else None."""
        return next((c for c in range(last, 1, -1) if toks[c][2] in END_PUNCT or toks[c][2] == ";"
                     or toks[c][2] in {"and", "but"} and toks[c - 1][2] == ","), None)

    def joined_clause_before(self, toks: list, k: int, s_lo: int) -> tuple[int, int] | None:
        """The subject of a clause joined by ``, and``/``, but``/``;`` that runs up to the participle at ``k`` with a
        verb of its own in the active voice (``Protest groups say ..., and the ACLU has already sued the city over
        the rules, saying ...``: the ACLU), else None."""
        c = self.clause_join_before(toks, k - 3)
        if c is None or toks[c][0] < s_lo or toks[c][2] in END_PUNCT or self.in_quote(toks[c][0]) \
                or any(self.finite_reporting_verb(toks, v) for v in range(c + 1, k)):
            return None  # (a reporting verb after it is the previous cue, read by the caller)
        v = next((v for v in range(c + 2, k - 2) if toks[v][2] in FINITE_VERBS
                  or toks[v][2] in IRREGULAR_PAST or ED_END.search(toks[v][2]) and toks[v][2].islower()), None)
        if v is None or toks[v][2] in BE_FORMS or toks[v + 1][2] == "been":
            return None  # ("..., and the plan was dropped, saying": a passive, whose subject says nothing)
        subj = self.subject_before(toks, v, 0)
        return subj if subj and subj[0] == toks[c + 1][0] else None

    def joined_clause_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """The subject of a clause joined by ``, and``/``, but``/``;`` whose verb is ``k``, when it runs up to the
        verb (``..., and the junior partner in the governing coalition said``); else None."""
        c = self.clause_join_before(toks, k - 2)
        if c is None or toks[c][2] in END_PUNCT:
            return None
        subj = self.sentence_subject(toks[c][1], toks[k][0])
        j = k - 1
        while j > c and is_aux(toks[j][2]):
            j -= 1
        if subj is None or subj[0] <= toks[c][0]:
            return None
        rest = [t[2] for t in toks[c + 1:j + 1] if t[0] >= subj[1]]
        # (its phrases up to the verb: "the junior partner in the governing coalition (said)")
        if len(rest) <= 8 and all(w.isalpha() and not is_aux(w) and not (w.islower() and self.lx.verb(w))
                                  and w.lower() not in CLAUSE_WORDS for w in rest) \
                and (not rest or rest[0].lower() in PREPOSITIONS):
            return subj[0], toks[j][1]
        return None

    def _passive_with_agent(self, toks: list, k: int, s_end: int) -> list:
        """``X was accused by Y of Z`` / ``was criticised by Y for Z`` / ``was reported by Y to have Z`` / ``was
        told by Y that Z``: the agent Y reports Z. Only with ``by`` and a name or noun phrase (without an agent,
        who spoke is unknown)."""
        j = k - 1
        while j >= 0 and toks[j][2].lower().endswith("ly") and toks[j][2].islower():
            j -= 1  # was harshly criticised by
        if j < 0 or toks[j][2].lower() not in _BE or k + 2 >= len(toks) or toks[k + 1][2].lower() != "by":
            return []
        first = k + 2
        if not (toks[first][2][:1].isupper() or toks[first][2].lower() in DETERMINERS or toks[first][2].islower()):
            return []
        told = self.lx.lemma(toks[k][2]) in _TELLING
        adjunct = None
        for m in range(first + 1, min(len(toks) - 1, first + 20)):
            word = toks[m][2]
            if word == "that" or word.lower() in _PASSIVE_LINKS and not toks[m + 1][2][:1].isupper() \
                    and not (told and word.lower() in {"of", "for"}):
                break  # (the Department of Justice: "of" before a capital is part of the agent's name; "was told by
                # a member of the Iraqi delegation that": only "that" ends the agent of a verb of telling)
            if not (word[:1].isalnum() or word in {",", "'", "’", "."}) or word.lower() in _FINITE_AUX \
                    or (word.islower() and self.lx.verb(word)):
                return []
            if adjunct is None and word in _AGENT_ADJUNCT:
                adjunct = m  # "told by league officials as recently as last week that", "..., at a meeting on Monday"
            elif adjunct is None and m >= first + 12:
                return []
        else:
            return []
        agent_end = (adjunct or m) - 1
        while agent_end > first and toks[agent_end][2] in {",", "'", "’"}:
            agent_end -= 1
        if not self.plausible_subject(toks[first:agent_end + 1]):
            return []
        lo = toks[m][0] if toks[m][2].lower() == "to" else toks[m][1]
        content = self._content(lo, s_end)
        if content is None:
            return []
        return [("indirect", content, (toks[first][0], toks[agent_end][1]), (toks[j][0], toks[k][1]))]

    def source_noun(self, word: str) -> bool:
        """A singular noun that may be a source: a document, a body or someone unnamed (``lawsuit``, ``agency``)."""
        return not word.endswith("s") and any(self.lx.has(kind, word) for kind in (
            "document", "org_head", "anonymous", "role", "media_head"))

    def _as_reported(self, toks, k, s_lo, s_end):
        """``As reported by X, CLAUSE`` and ``CLAUSE, as (first) reported by X.``: X reports the clause; [] when the
        cue is not in such an aside."""
        at = k - 1 - (k > 1 and toks[k - 1][2].lower() in _AS_REPORTED_ADVERBS)
        if at < 0 or toks[at][2].lower() != "as":
            return []
        src_at = toks[k + 2][0]
        n = according_source_length(self.text[src_at:s_end])
        if not n:
            return []
        src, cue = (src_at, src_at + n), (toks[at][0], toks[k + 1][1])
        if at == 0 or toks[at - 1][2] in {"\"", "“"}:
            comma = self.text.find(",", src[1], s_end)
            content = self._content(comma + 1, s_end) if comma == src[1] else None  # (the source ends the aside)
        elif toks[at - 1][2] == ",":
            content = self._content(s_lo, toks[at - 1][0], before_cue=True) \
                if self.text[src[1]:s_end].strip(" .") == "" else None
        else:
            content = None
        return [("indirect", content, src, cue)] if content else []

    def _according(self, toks, k, s_lo, s_end):
        cue = (toks[k][0], toks[k + 1][1])
        n = according_source_length(self.text[cue[1]:s_end].lstrip())
        if not n:
            return []
        src_lo = cue[1] + (len(self.text[cue[1]:s_end]) - len(self.text[cue[1]:s_end].lstrip()))
        src = (src_lo, src_lo + n)
        if (measure := _MEASURE_SOURCE.match(self.text, src[0], src[1])) \
                and measure.group(1).lower() in _MEASURE_NOUNS \
                or (head := self.text[src[0]:src[1]].lower().split(" of ")[0].split()) == ["plan"] \
                or head[-1:] and head[-1] in _NORM_NOUNS or head[:1] and head[0] in WH_WORDS:
            return []  # "share out the places according to the size of their fleets": a measure something goes by,
            # no one who says it; "according to their instinctive preference", "according to plan": a norm;
            # "listed according to whether they were committed by ...": what something is sorted by
        tail = self.text[src[0]:src[1]].split()[-5:]
        held = {w.lower() for w in tail} | {w.lower()[:-1] for w in tail if w.endswith("s")}  # ("auditors")
        if tail[-1].isalpha() and tail[-1].islower() \
                and any(w in KIN_NOUNS or self.lx.has("role", w) or self.lx.has("anonymous", w)
                        or self.lx.has("org_head", w) or self.lx.has("company_head", w) or PERSON_NOUN.search(w)
                        for w in held) \
                and (named := _NAME_SET_OFF.match(self.text, src[1], s_end + 1)):
            # "a memo signed by the Health Department's deputy secretary for public health, Dr. Kila Morea, and seen
            # by": the role's holder named after it; "a notice published by the utility, Oman Coastal Power,": the
            # body (not "an FBI summary of its investigation, Cheryl Mills, a top
            # Clinton aide, sent": the clause's subject)
            src = (src[0], named.end(1) - (self.text[named.end(1) - 1] == "."))
        before = self.text[s_lo:cue[0]].strip(" ,")
        last_two = before.lower().split()[-2:]
        opener = bool(last_two) and last_two[-1] in _OPENS_AFTER_ASIDE and self.text[cue[0] - 2:cue[0]] == ", " \
            and not (last_two[-1] == "that" and (len(last_two) < 2 or last_two[0].endswith("ing")
                                                 or last_two[0] in PREPOSITIONS | _DEMONSTRATIVE_THAT_AFTER))
        opener = opener or self.text[max(0, cue[0] - 6):cue[0]] in {", but ", ", and "} \
            and self.text.startswith(",", src[1])  # ("..., but according to the GAO report, the program has not
        # ...": a clause of its own after the source set off)
        aside = _DOCUMENT_ASIDE.match(self.text, src[1], s_end)  # ("According to minutes of ..., obtained by The
        # Herald under freedom of information legislation, senior officials agreed ...")
        if aside is None and (last := self.text[src[0]:src[1]].split()[-1])[:1].isupper() and last[-1].isalpha() \
                and (aside := _PERSON_ASIDE.match(self.text, src[1], s_end)) and aside.group(1) \
                and self.clause_in_aside(aside.group(1)):
            aside = None  # "According to Diane Blair, a close friend of the mayor, (the plan ...)": about the source
            # (a name's last word; not ", a man was arrested,", ", a camera hidden on a buoy recorded X,": a clause)
        follows = self._content(aside.end() if aside else src[1], s_end) \
            if before.endswith(":") and toks[k][2] == "According" or opener else None
        # ("And it hasn't gone unnoticed: According to recent polls, Trump holds ...", "after, according to him,
        # Televisa censured his first report", "and, according to officials, adopted a new strategy": what follows
        # the source is what it says, when something does; not "has no power to do that, according to Okafor.";
        # "that" opens a clause after a verb or a noun, "noted that,", "a boat that,", not "doing that,")
        if follows is None and self.text[cue[0] - 2:cue[0]] == ", " and (verb := _VERB_AFTER_ASIDE.match(
                self.text, src[1], s_end)) and not self.adverbial_only(s_lo, cue[0]) \
                and (subject := self._content(s_lo, cue[0], min_words=1, before_cue=True)) \
                and (predicate := self._content(verb.start(1), s_end)):
            # "The implication, according to the aide, is that ...": the subject before the source set off and the
            # predicate after it, a row each (as "The implication, the aide said, is that ...")
            return [("indirect", subject, src, cue), ("indirect", predicate, src, cue)]
        if follows is not None:
            content = follows
        elif len(before.split()) >= 3 and not self.opening_adjunct_aside(s_lo, cue[0], src[1], s_end):
            content = self._content(s_lo, cue[0], before_cue=True)
            if content and (concession := _CONCESSION_OPENING.match(self.text, content[0], content[1])):
                content = self._content(concession.end(), content[1]) or content  # "Although the Republicans see
                # the effort as crucial ..., nearly half of Americans oppose the plan, according to ... polling": the
                # writer's framing, then what the poll found
        else:
            content = self._content(aside.end() if aside else src[1], s_end)
        if content is None:
            return []
        return [("indirect", content, src, cue)]

    @staticmethod
    def clause_in_aside(words: str) -> bool:
        """Whether the words after "a"/"an" set off after a source are a clause (a finite auxiliary, or a verb in
        "-ed" after the first word, before any relative word): ``man was arrested``, ``camera hidden on a buoy
        recorded``; not ``retired teacher``, ``industry group that represents ...``."""
        for n, word in enumerate(words.split()):
            if word in {"that", "who", "which", "whose"}:
                return False
            if word in _FINITE_AUX or n > 0 and word.islower() and ED_END.search(word):
                return True
        return False

    def opening_adjunct_aside(self, s_lo: int, cue_lo: int, src_hi: int, s_end: int) -> bool:
        """``Since last November, according to X, security forces have killed ...``: the words before the aside are
        an opening adjunct (a preposition, subordinator or time word first, no verb) and a clause follows it (not a
        preposition or conjunction: ``At least 20 people died, according to police, after ...``)."""
        before = self.tokens.between(s_lo, cue_lo)
        after = self.tokens.between(src_hi, s_end)
        if before and before[0][2].lower() in _OPENING_CONJUNCTION:
            before = before[1:]  # "But the next day, according to X, ..."
        if not before or len(after) < 4 or after[0][2] != "," or before[-1][2] != ",":
            return False
        first, nxt = before[0][2].lower(), after[1][2]
        time_phrase = first in DETERMINERS and len(before) <= 5 and before[-2][2].lower() in _TIME_NOUNS
        # ("..., that figure would not be reached": "that" as a determiner before a noun opens the clause)
        that_noun = nxt.lower() == "that" and after[2][2].isalpha() and after[2][2].islower() \
            and after[2][2] not in _FINITE_AUX | DETERMINERS | PRONOUNS
        return (first in _OPENING_PREPOSITION | _SUBORDINATOR | TIME_WORDS or first == "last" or time_phrase) \
            and not any(t[2].lower() in _FINITE_AUX or (t[2].islower() and (ED_END.search(t[2]) or self.lx.verb(t[2])))
                        for t in before) \
            and nxt[:1].isalnum() and (nxt.lower() not in _NOT_CLAUSE_START or that_noun) \
            and any(t[2].lower() in _FINITE_AUX or t[2] in IRREGULAR_PAST or t[2].islower() and ED_END.search(t[2])
                    or t[2].islower() and t[2].endswith("s") and self.lx.verb(t[2]) for t in after[2:])
        # (a clause has a verb: not "..., according to Marianne Yuen, executive director of the ... Council")

    def _statement_noun(self, toks, k, s_lo, s_end):
        nouns = self.lx.lists["statement_noun"]
        for n in range(k - 1, max(-1, k - 6), -1):
            tok = toks[n][2]
            if not tok[0].isalnum():
                return []
            if tok.lower() not in nouns:
                continue
            content = self._content(toks[k][1], s_end)
            if content is None:
                return []
            if k + 1 < len(toks) and toks[k + 1][2].isalpha() and toks[k + 1][2].islower() \
                    and (toks[k + 1][2] in _FINITE_AUX or toks[k + 1][2] in IRREGULAR_PAST
                         or ED_END.search(toks[k + 1][2])):
                return []  # "staked the claims that gave the city its name": a relative clause, no content
            if n >= 2 and toks[n - 1][2].lower() in DETERMINERS and toks[n - 2][2][:1].islower() \
                    and toks[n - 2][2].isalpha() and toks[n - 2][2].lower() not in PREP_OR_CLAUSE:
                subj = self.subject_before(toks, n - 2, 0)
                if subj:
                    return [("indirect", content, subj, (toks[n - 2][0], toks[n][1]))]
            if n + 1 < k and toks[n + 1][2].lower() in {"from", "by", "of"}:
                src = (toks[n + 2][0], toks[k - 1][1]) if n + 2 < k else None
                if any(t[2].lower() in _FINITE_AUX for t in toks[n + 2:k]):
                    return []  # "his message of patriotism is one that ...": a relative clause, no source
                return [("indirect", content, src, (toks[n][0], toks[n][1]))] if src else []
            return []
        return []
