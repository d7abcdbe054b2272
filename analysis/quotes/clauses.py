"""Noun phrases around a reporting verb: the subject before it (``Mr Smith said``), the inverted subject after it
(``said Mr Smith``), an appositive (``Phil Lovas, the campaign's chairman, said``) and the subject of a sentence's
first clause (``X reinforced ..., but said ...``); and the word tests the rules share."""
from __future__ import annotations

import re
from functools import lru_cache

from .aliases import STATE_ABBREVIATIONS, STATE_NAMES, US_STATES
from .article import ArticleText
from .roles import role_heads
from .speakers import (AGE_WORD, COMPASS, DASHED_NAMES, JOINED_PARTICLE, KIN_NOUNS, listed_people, NAME_PARTICLES,
                       names_a_body, PERSON_NOUN, US_PARTY_TAG)
from .lexicon import (common_words, first_names, given_name_gender, lexicon, AUXILIARIES, CLAUSE_WORDS, CLOSING_MARKS,
                      DATELINE, DETERMINERS, MADE_BY, MONTHS, OPENING_MARKS, PEOPLE_QUANTIFIERS, POSSESSIVE_DETERMINERS,
                      PREPOSITIONS, PRONOUNS, TIME_WORDS, WHEN_WORDS)


#: Dashes that set off a source (``"..." - Chirac``) or a dateline.
DASHES = {"-", "–", "—", "―"}
#: Punctuation that ends a sentence or clause.
END_PUNCT = {".", "!", "?", ";"}
NOT_ADVERB = frozenset("family ally rally assembly supply reply italy only early july holy".split())
_NAME_AUXILIARIES = frozenset({"may", "will", "can", "long", "still", "just", "even", "now"})
#: Verbs that quote someone, before whom they quote and "as saying": "quoted X as saying".
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _ly_adverb(low: str) -> bool:
    """``publicly``, ``sadly``: a word (lower case) of five letters or more in ``-ly``, none of :data:`NOT_ADVERB`
    (``family``, ``early``)."""
    return len(low) > 4 and low.endswith("ly") and low not in NOT_ADVERB


def _sentence_adverb(word: str, text: str) -> bool:
    """``Sadly``, ``Clearly``: an :func:`_ly_adverb` of the shipped list of ordinary words, no given name (``Kelly``,
    ``Beverly``), that ``text`` never writes capitalised inside a sentence (``Fire Chief Kevin Daily ... Daily said``,
    ``Chesley "Sully" Sullenberger``: a name)."""
    low = word.lower()
    return _ly_adverb(low) and low in common_words() and low not in first_names() \
        and re.search(rf"[\w,;] [\"“‘']?{re.escape(word)}\b", text) is None


#: Nouns of a time that "that" points to as an adverb, not a conjunction: "reported that night (X ...)".
THAT_TIMES = frozenset({"night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year"})
#: Adverbs of two words that open a sentence before its subject with no comma: "So far (the Senate has ...)".
_TWO_WORD_OPENERS = frozenset({("so", "far"), ("thus", "far"), ("until", "now"), ("until", "then"), ("since", "then"),
                               ("by", "then"), ("even", "so")})


def after_that_time(word: str) -> bool:
    """A word that opens a clause after ``that night`` (:data:`THAT_TIMES`): a capital, a pronoun or a determiner
    (``that morning he would ...``, ``that night Ex-CIA chief ...``), not a noun the time word qualifies (``that night
    buses would run``) nor a verb whose subject it is (``that day was the worst``)."""
    return word[:1].isupper() and (word.isalpha() or "-" in word) \
        or word.lower() in PRONOUNS | POSSESSIVE_DETERMINERS | {"the", "a", "an", "that"}


def _after_time_adjunct(toks: list, start: int, end: int) -> int:
    """Index of the first token after an opening time adjunct with no comma (``On Tuesday Prime Minister Tony
    Blair said``, ``Last week the minister said``), else ``start``."""
    i = start
    if 0 < i < end and toks[i - 1][2].lower() == "that" and toks[i][2].lower() in THAT_TIMES \
            and after_that_time(toks[i + 1][2]):
        return i + 1  # "CNN reported that night Ex-CIA chief Petraeus testifies": when, then the subject
    if i + 2 <= end and (toks[i][2].lower(), toks[i + 1][2].lower()) in _TWO_WORD_OPENERS:
        return i + 2  # "So far the Senate has confirmed", "Since then the council has said"
    if i <= end and toks[i][2].lower() in {"on", "in", "at", "during", "since", "by", "last", "this", "early", "late"}:
        i += 1
        if i <= end and toks[i][2].lower() in {"last", "this", "next", "early", "late"}:
            i += 1
        k = i
        while k <= end and (toks[k][2].lower() in TIME_WORDS or toks[k][2].lower() in MONTHS
                            or toks[k][2].isdigit()):
            k += 1
        return k if k > i and k <= end else start
    return start


def _addressee_word(tok: tuple) -> bool:
    """A token of a named addressee after a document's ``to``: a capitalised word, ``the`` or an abbreviation's
    point ("to the U.S. Congress")."""
    return tok[2][:1].isupper() or tok[2] in {"the", "."}


def _before_time_adjunct(toks: list, start: int, end: int) -> int:
    """Index of the last token before a time adjunct that closes a subject (``Sean Spicer on Thursday evening
    said``, ``Mr. Smith last week said``), else ``end``. A lone month is left alone (``Theresa May said``)."""
    k = end
    while k > start and (toks[k][2].lower() in TIME_WORDS or toks[k][2].lower() in MONTHS):
        k -= 1  # (not a number: "six in 10 said")
    if k == end:
        return end
    if toks[k][2].lower() in _TIME_PREPOSITIONS and k > start:
        return k - 1  # on Thursday evening
    first = toks[k + 1][2].lower()
    return k if first in {"last", "this", "earlier", "later"} and k + 1 < end else end  # last week


#: Words of a time before "ago": "less than two weeks ago", "a few days ago".
_AGO_WORDS = frozenset("""less more than about nearly almost just only a few several some one two three four five six
seven eight nine ten days weeks months years hours minutes decade decades""".split())


#: Words that open a time adjunct set off after an appositive ("this past week", "on Monday", "earlier").
_TIME_OPENERS = frozenset("this last past next on earlier later".split())


def _before_time_aside(toks: list, j: int) -> int:
    """The comma before a time adjunct that ends at token ``j`` after an appositive (``Reince Priebus, the GOP
    chairman, this past week announced``), else ``j``."""
    t = j
    while t > 0 and (toks[t][2].lower() in TIME_WORDS or toks[t][2].lower() in _TIME_OPENERS):
        t -= 1
    return t if t < j and toks[t][2] == "," and toks[t + 1][2].lower() in _TIME_OPENERS else j


def _is_name_end(words_: list[str]) -> bool:
    """A phrase ending in a capitalised modal after a capitalised word is a name: ``Ms. May``, ``Theresa May``; so is
    one such word alone (``..., Long said``: Tran Van Long re-mentioned)."""
    return (len(words_) == 1 or words_[-2][:1].isupper()) and words_[-1][:1].isupper() \
        and words_[-1].lower() in _NAME_AUXILIARIES


#: Before "to" + a cue, verbs whose subject is the cue's: continues to insist that ..., went on to call ..., appeared
#: to suggest that ...
_GOING_ON = frozenset("""continues continue continued continuing on appeared appears appear seemed seems seem used likes
liked""".split())  # ("used to say", "likes to tell visitors that": a habit of saying)
_GO = frozenset("go goes went going gone".split())


def _in_listed_name(toks: list, j: int, end: int) -> bool:
    """Whether the comma at ``j`` lists the parts of a body's name that ends at ``end``: ``Department for
    Environment, Food and Rural Affairs``, ``Secretary of State for Business, Energy and Industrial Strategy``,
    ``Ministry of Health, Wellness and the Environment`` (but not ``the Department of Justice, and the FBI``, nor ``the
    Secretary of State for Transport, Burnham and the Mayor``)."""
    rest = [t[2] for t in toks[j + 1:end + 1]]
    k = j - 1
    while k > max(1, j - 4) and toks[k - 1][2][:1].isupper() and toks[k - 1][2].isalpha():
        k -= 1  # (the first field of more words: "a spokeswoman for South Dakota Game, Fish and Parks")
    return k > 0 and toks[k - 1][2] in {"for", "of"} and toks[j - 1][2][:1].isupper() and "and" in rest \
        and all(w[:1].isupper() or w in {"and", "&", ","}
                or w == "the" and rest[i - 1] in {"and", "&"} and i + 1 < len(rest)
                and not lexicon().has("title", rest[i + 1].lower())
                and not lexicon().has("role", rest[i + 1].lower())
                for i, w in enumerate(rest)) and rest[-1][:1].isupper() and rest[0] not in {"and", "&"} \
        and ("the" not in rest or not any(names_a_body(w) for w in rest if w[:1].isupper()))
    # (no initials or body head words among the fields when "and the" lists them: not "the Department of Health, NHS
    # England and the Care Quality Commission", three bodies; but "Culture, Heritage and the Gaeltacht")


def _in_listed_subject(toks: list, j: int, end: int) -> bool:
    """Whether the comma at ``j`` lists names that end with ``and`` and a name at ``end``, after a clause word or the
    sentence's start: ``(while) Denmark, Sweden and Germany (called for ...)``."""
    rest = [t[2] for t in toks[j + 1:end + 1]]
    before = toks[j - 2][2].lower() if j > 1 else ""
    if not (j > 0 and toks[j - 1][2][:1].isupper()):
        return False
    if len(rest) >= 3 and (j == 1 or before in CLAUSE_WORDS or before == ",") and rest[-2] == "and" \
            and all(w[:1].isupper() for w in rest[::2]) and all(w == "," for w in rest[1:-2:2]):
        return True  # one-word names
    # names of two words or more, an owner's possessive before them: "Matthews, MSNBC’s Alex Seitz-Wald and Reuters’
    # Luciana Lopez (argued)"
    first = j - 1
    while first > 0 and first > j - 4 and toks[first - 1][2][:1].isupper() \
            and toks[first - 1][2].lower() not in PREPOSITIONS | CLAUSE_WORDS | DETERMINERS:
        first -= 1  # (the first name's words: "Chris Matthews, ..."; not "In Washington, ...")
    if not (first == 0 or toks[first - 1][2].lower() in CLAUSE_WORDS or toks[first - 1][2] == ","):
        return False
    groups = [g.split() for g in " ".join(rest).replace(" and ", " , ").split(" , ")]
    lx, given, common = lexicon(), first_names(), common_words()

    def person(g: list) -> bool:  # a surname alone, or a name with a given name, no title, role or body's head
        return 0 < len(g) <= 4 and all(w[:1].isupper() or w in {"’", "'", "s"} for w in g) and g[-1][:1].isupper() \
            and not any(lx.has(kind, w.lower().rstrip(".")) for w in g for kind in ("title", "role", "org_head")) \
            and (g[0].lower() not in common if len(g) == 1 else any(w.lower() in given for w in g))
    return "and" in rest and len(groups) >= 2 and all(map(person, groups))


#: A role in lower case after a determiner or an owner, then a name set off by a comma: "the medical officer of
#: health, Dr. Meera Lakhani" (the role's words checked by the caller).
_ROLE_THEN_NAME = re.compile(r"(?:the|[A-Z][\w'’.-]*['’]s)\s+(?P<role>(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*),\s+"
                            r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")
#: Words a role set off before a name never holds: a determiner or a preposition of what the role is of ("the
#: spokesman for the company, Rolls Royce", "the governor of the province, Kandahar Province").
_NOT_IN_ROLE = frozenset("the a an for to with at from by his her their its".split())
#: Marks that may close a work's title set off inside a subject: "The charity's report, “Left in Pain”, found".
_CLOSING_TITLE = frozenset({'"', "”", "’", "'"})


def _quoted_name_start(toks: list, i: int) -> int | None:
    """When token ``i`` closes a short quoted name inside a noun phrase (``The "Twenty's Plenty for Walcot" group``),
    the index of its opening mark, else None."""
    if toks[i][2] not in {"”", '"', "’"} or i < 2 or toks[i - 1][1] != toks[i][0]:
        return None
    opening = next((o for o in range(i - 2, max(-1, i - 10), -1) if toks[o][2] in {"“", '"', "‘"}), None)
    if opening is None or not toks[opening + 1][2][:1].isupper() or toks[opening][1] != toks[opening + 1][0] \
            or any(t[2] in {".", ",", ";", ":", "!", "?"} for t in toks[opening + 1:i]):
        return None
    return opening


def _posted_to(toks: list, j: int) -> bool:
    """``to`` at ``j`` joins a posting to where it serves, inside one noun phrase: ``Counsellor X of Kuwait's Permanent
    Mission to the United Nations said``, ``An adviser to the president said``."""
    return 0 < j < len(toks) - 1 and toks[j][2] == "to" and toks[j - 1][2].lower() in _POSTED \
        and (toks[j + 1][2][:1].isupper() or toks[j + 1][2].lower() in {"the", "his", "her", "their", "its"})


def _title_opening(toks: list, i: int, after: str = ",") -> int | None:
    """The index of the opening mark of a work's title whose closing mark is token ``i``, before a comma: up to twelve
    tokens (words, colons, hyphens), the first capitalised, the opening mark right after ``after`` (a comma: a title
    set off, ``, “Left in Pain”,``, ``, “Fish Stocks of Lake Skadar: Trends and Pressures”,``; or ``of``: a title
    ending an aside, ``X, author of “Feet on Fire”, said``); else None."""
    if i + 1 >= len(toks) or toks[i + 1][2] != ",":
        return None
    for m in range(i - 2, max(0, i - 14), -1):
        if toks[m][2] in {'"', "“", "‘", "'"}:
            return m if m > 0 and toks[m - 1][2].lower() == after and toks[m + 1][2][:1].isupper() else None
        if not (toks[m][2][:1].isalnum() or toks[m][2] in {":", "-", "'", "’"}):
            return None
    return None


#: Participles that give a name or title right before it: 'nicknamed "The Wall"', 'headed "Save Our Carousel"', 'a
#: group called Naco Sin Agua'.
NAMING_PARTICIPLES = frozenset("nicknamed dubbed called named headed titled entitled".split())
#: Words that name what follows them in quotation marks: "describes himself as", "nicknamed", "the guidebook", and
#: any "of" ("the author of", "spoke of": the words quoted are the aside's, the report after them the subject's).
_NAMING_WORDS = NAMING_PARTICIPLES | frozenset("as of guidebook book novel memoir".split())
#: Short words a title in title case leaves in lower case.
_TITLE_SMALL = frozenset("a an the and or of in on at to for from by with but nor s".split())


def _aside_quotation_opening(toks: list, j: int) -> int | None:
    """When token ``j`` closes, after a comma inside the mark, a quotation that names something inside an aside (a
    work's title in title case or words after a naming word, :data:`_NAMING_WORDS`: ``X, the author of "Beds and
    Bread: The Basque Hotels of the Great Basin," said``, ``X, who describes himself as "a francophone who chose
    Lennoxville," said``), or any quotation after a participle set off (``Mr. Manafort, citing "the unique magic of
    Trump," said``), the index of its opening mark (the first of a doubled ``''`` too); else None. Up to 24 tokens,
    after a word (never a quotation opening the sentence)."""
    doubled = toks[j][2] == "'"
    opening = next((m for m in range(j - 2, max(0, j - 25), -1)
                    if (toks[m][2] == toks[m - 1][2] == "'" if doubled else toks[m][2] in {'"', "“"})), None)
    opening = opening - 1 if doubled and opening is not None else opening
    if opening is None or opening < 2 or not toks[opening - 1][2][:1].isalpha():
        return None
    words = [t[2] for t in toks[opening + 1:j - 1] if t[2][:1].isalpha()]
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    titled = len(content) >= 2 and words[0][:1].isupper() and sum(w[:1].isupper() for w in content) >= 0.75 * len(content)
    before = toks[opening - 1][2]
    participle = before.islower() and before.endswith("ing") and before not in ING_NOT_GERUND \
        and toks[opening - 2][2] == ","
    return opening if titled or before.lower() in _NAMING_WORDS or participle else None


def anonymity_because(toks: list, i: int, adjacent: bool = False) -> bool:
    """``because`` at ``i`` gives why a source is not named (``speaking on condition of anonymity because ...``,
    ``speaking on background because ...``, ``who asked not to be named because ...``); with ``adjacent``, only right
    after the words that say so (not "voted against the background checks proposal because ...")."""
    if toks[i][2] != "because":
        return False
    if adjacent:
        before = toks[i - 1][2].lower() if i > 0 else ""
        return before in _UNNAMED_HOW and (before != "background" or i > 1 and toks[i - 2][2].lower() == "on")
    window = 10 if i > 0 and toks[i - 1][2] == "," else 4  # (after the one name given, set off: "who asked to be
    # identified only by her first name, Rereati, because")
    return any(t[2].lower() in _UNNAMED_HOW for t in toks[max(0, i - window):i])


#: A request for anonymity after "asked": "asked not to be named", "asked that her surname not be published"; no
#: report.
ANONYMITY_ASKED = re.compile(r"(?:not|that\s+(?:his|her|their)\s+(?:sur|family\s+|last\s+|full\s+)?names?\s+not)\s+"
                             r"(?:to\s+)?be\s+(?:named|identified|quoted|used|published)")


#: The words saying how a source spoke unnamed, before the reason: "on condition of anonymity", "on background".
_UNNAMED_HOW = frozenset({"anonymity", "background", "named", "identified"})


def _lists_name_parts(toks: list, j: int) -> bool:
    """Whether the comma at ``j`` lists the parts of a title's or body's name that goes on after it: ``Minister of
    Housing, Infrastructure and Communities (Marc-André Lévesque)``."""
    if toks[j][2] != "," or j < 2 or toks[j - 2][2] not in {"for", "of"} or not toks[j - 1][2][:1].isupper():
        return False
    i = j + 1
    while i < len(toks) and i < j + 8 and (toks[i][2][:1].isupper() or toks[i][2] == ","):
        i += 1
    return i + 1 < len(toks) and toks[i][2] in {"and", "&"} and toks[i + 1][2][:1].isupper()


def goes_on_to(toks: list, k: int) -> bool:
    """``continues to`` / ``went on to`` / ``appeared to`` right before the cue at ``k``: the cue's subject is that
    verb's."""
    return k > 1 and toks[k - 1][2] == "to" and toks[k - 2][2].lower() in _GOING_ON \
        and (toks[k - 2][2].lower() != "on" or k > 2 and toks[k - 3][2].lower() in _GO)  # (not "depended on to")


#: Prepositions before a participle that is an adjective of the noun after it ("in written submissions").
_ADJECTIVE_PREPOSITIONS = frozenset({"in", "through", "via", "with"})
_IRREGULAR_PARTICIPLES = frozenset({"written", "spoken", "sworn", "unwritten", "unspoken"})


def adjective_after_preposition(toks: list, k: int) -> bool:
    """The cue word at ``k`` stands between a preposition and a lower-case noun, as an adjective (``said in written
    submissions``, ``through published accounts``, ``on state occasions``), not as a verb."""
    return 0 < k < len(toks) - 1 and (toks[k - 1][2] in _ADJECTIVE_PREPOSITIONS
                                      and (ED_END.search(toks[k][2]) or toks[k][2] in _IRREGULAR_PARTICIPLES)
                                      or toks[k][2] == "state" and toks[k - 1][2] in PREPOSITIONS) \
        and toks[k + 1][2].isalpha() and toks[k + 1][2].islower() and toks[k + 1][2] not in DETERMINERS | CLAUSE_WORDS


#: Words before "state(s)" that make it the noun, with :data:`NUMBER_WORDS`: "several states", "swing states".
_STATES_NOUN_WORDS = frozenset("""one any all both several many other few more most those these each every future home
neighboring neighbouring member swing battleground border key red blue purple first second third fourth fifth last next
voting""".split())


def _states_noun_before(word: str) -> bool:
    """``word`` before "state(s)" makes it the noun: a number or quantifier, or an adjective by its ending (a
    direction, a superlative, a compound): "30 states", "Western states", "largest state", "delegate-rich states" (not a
    participle: "the ruling states")."""
    low = word.lower()
    return word.replace(",", "").isdigit() or low in NUMBER_WORDS | _STATES_NOUN_WORDS \
        or word.isalpha() and low.endswith(("ern", "est")) or "-" in word and word.islower()


def state_as_noun(toks: list, k: int) -> bool:
    """The cue word at ``k`` is ``state`` or ``states`` after a word that makes it a noun
    (:func:`_states_noun_before`), or ``state`` before a capital (``state Sen.``), or right after a US state's name and
    before the sentence's end or a noun, the noun (``communities in Arkansas, Oklahoma and Washington state.``, ``New
    York state officials``), not the verb (``Officials in California state that ...``, ``in Georgia state the recount
    ...``)."""
    after = toks[k + 1][2] if k + 1 < len(toks) else "."
    before = toks[k - 1][2] if k > 0 else ""
    clause = after in {"that", ":", ",", "“", '"'} and not (before.islower() and ("-" in before or before.isalpha()))
    if 0 < k and toks[k][2] in {"state", "states"} and _states_noun_before(before) and not clause \
            or k + 1 < len(toks) and toks[k][2] == "state" and after[:1].isupper() \
            or toks[k][2] == "states" and after in {".", ";", ")"} and k > 3 and toks[k - 2][2] == "and" \
            and toks[k - 4][2] == ",":
        return True  # "in 30 states", "any states", "Western states", "the other early voting states", "delegate-rich
        # states that vote", "the nation's largest state", "state Sen. Jason Holsman", a list's "..., White Nile,
        # Sennar and Gedaref states.": the noun (but "An AFA notice dated October 2 states that ...": the verb, before
        # its clause, after a number or a capital)
    if not (0 < k and toks[k][2] == "state" and (toks[k - 1][2].lower() in US_STATES or toks[k - 1][2] == "York")):
        return False
    return after in {".", ",", ";", ":", ")"} or after.isalpha() and after.islower() \
        and after not in DETERMINERS | CLAUSE_WORDS | PRONOUNS | {"that"}


_NOUN_DETERMINERS = frozenset("the a an his her its their our my your this these those of".split())


#: A name alone between dashes, a quoted nickname allowed: "- Jimmy "the Whirlwind " White -".
_DASHED_NAME = re.compile(r"[A-Z][\w'’.-]+"
                          r"(?:\s+(?:[\"“‘'][^\"”’'\n]{1,30}[\"”’']|[A-Z][\w'’.-]+)){1,4}")
#: A clause set off inside a sentence, with a subject of its own: "X said ..., while Y ...", "..., when Y ...".
_ADVERBIAL_OPENERS = frozenset("after before because until although though".split())
_INNER_CLAUSE = re.compile(r",\s+(?:while|whereas|whilst|when|where)\s+"
                           rf"|(?:,\s+|\s+)(?:{'|'.join(_ADVERBIAL_OPENERS)})\s+(?!(?:it|this|that)\b)")
# (an adverbial clause too: "walked free after a High Court judge stayed the indictment and ruled that")


#: A year before a noun: "(A) 2023 (report)".
_YEAR = re.compile(r"(?:19|20)\d\d")


def is_noun_context(before: str) -> bool:
    """The token before a verb form makes it a noun: a determiner or possessive (``his comments``, ``the report``,
    ``Trump's claims``) or ``of``."""
    low = before.lower()
    return low in _NOUN_DETERMINERS or low.endswith(("'s", "’s")) or _YEAR.fullmatch(low) is not None
    # (a year too: "A 2023 report by ...")


#: Words before a participle that make it a noun's modifier: "enough pledged delegates", "its stated goal".
_MODIFIER_BEFORE = _NOUN_DETERMINERS - {"of"} | {"enough", "more", "most", "many", "some", "no", "any", "every",
                                                "several", "few"}  # (not "all", "both", "each": they float after a
# subject, "X and his company each admitted two offences")


#: Words whose "'s" is "is" or "has": "he's predicted big wins", "that's reported".
_CONTRACTED = frozenset({"that", "there", "who", "what", "here", "where", "it", "he", "she"})


def participle_modifier(toks: list, k: int) -> bool:
    """The cue at ``k`` is a past participle between a determiner, quantifier or possessive and a noun in lower case
    (``enough pledged delegates``, ``the alleged victims``, ``Clinton's current pledged delegate lead``): a modifier of
    the noun, no verb."""
    if k < 1 or k + 1 >= len(toks) or not toks[k][2].endswith("ed"):
        return False
    before, after = toks[k - 1][2], toks[k + 1][2]
    if toks[k][2] == "pledged" and after in {"delegate", "delegates"}:
        return True  # "a large pledged delegate lead": the delegates bound to a candidate, whatever comes before
    return (before.lower() in _MODIFIER_BEFORE or before.endswith(("'s", "’s"))
            and before[:-2].lower() not in PRONOUNS | _CONTRACTED) \
        and after.isalpha() and after.islower() and after not in PREP_OR_CLAUSE and after not in DETERMINERS \
        and after not in PRONOUNS and not is_aux(after)


def relative_after_bare(toks: list, k: int) -> bool:
    """A cue's base form at ``k`` (``rule``, not ``heard``), then ``that`` and a verb in -s that no auxiliary
    follows (``rule that requires laws``, ``'deferral' rule that lets``): ``that`` opens a relative clause, not what
    is reported (a clause after ``that`` has its own subject)."""
    if k + 3 >= len(toks) or toks[k + 1][2] != "that":
        return False
    cue, verb, after = toks[k][2], toks[k + 2][2], toks[k + 3][2]
    return cue.isalpha() and cue.islower() and lexicon().lemma(cue) == cue \
        and verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss") \
        and verb not in AUXILIARIES and after.lower() not in AUXILIARIES


def _name_run_end(toks: list, n: int) -> int:
    """The index after the capitalised words from ``n`` (a title's point between them: "Coun. Jean Carrick"), the name
    a role's holder is written by after the role."""
    while n < len(toks) and (toks[n][2][:1].isupper()
                             or toks[n][2] == "." and n + 1 < len(toks) and toks[n + 1][2][:1].isupper()):
        n += 1
    return n


def noun_cue_form(toks: list, k: int) -> bool:
    """``report``/``statement`` at ``k`` is a noun after a noun (``A staff report released Friday``, ``Kelvedon’s
    most recent sustainability report, published in March,``, ``a March inspection report by Sernageomin``): a
    lower-case word before it, itself after a determiner or followed by a comma, ``by``, ``from``, ``of`` or a past
    participle."""
    if toks[k][2] == "post" and k >= 2 and toks[k - 1][2][:1].isupper() and is_noun_context(toks[k - 2][2]):
        return True  # "praised the vote in a Facebook post Wednesday, saying": a platform's post
    if toks[k][2] not in _NOUN_CUE_FORMS or k < 2:
        return False
    before = toks[k - 1][2]
    if not (before.replace("-", "").isalpha() and before[:1].islower()) or before in PRONOUNS or is_aux(before):
        return False  # (a compound too: "the pre-Budget report")
    if toks[k][2] == "note" and before.endswith("s"):
        return False  # "analysts note that": a plural subject's verb (but "a UKHSA briefing note shared with")
    nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
    return is_noun_context(toks[k - 2][2]) or nxt in {",", "by", "from", "of"} or bool(ED_END.search(nxt)) \
        or k > 2 and toks[k - 2][2].isalpha() and toks[k - 2][2].islower() and not is_aux(toks[k - 2][2]) \
        and toks[k - 2][2] not in PRONOUNS and toks[k - 3][2].lower() in {"the", "a", "an"}  # ("the latest news
    # report": an adjective between the article and the noun before it)


def made_by_at(toks: list, j: int) -> bool:
    """A participle of a document's making at ``j``, with ``by`` right after it or after one adverb: ``published
    (jointly) by``."""
    return toks[j][2] in MADE_BY and any(t[2] == "by" for t in toks[j + 1:j + 3])


@lru_cache(maxsize=1 << 16)  # (a word's test alone, asked of the same words all through the subject rules)
def is_aux(token: str) -> bool:
    """Auxiliary or adverb inside a verb group: ``has also``, ``categorically``."""
    low = token.lower()
    if token[:1].isupper() and low in _NAME_AUXILIARIES:
        return False  # "Ms. May said", "Will Hutton said": a name, not the modal
    adverb = token[:1].islower() and _ly_adverb(low)
    return low in AUXILIARIES or adverb


# word sets the rules test tokens against, built once rather than at every test
_NOT_SUBJECT_END = PREPOSITIONS | DETERMINERS | AUXILIARIES
#: A title set off after a document, before the verb: "(The report), titled "Paying for Empty Rooms," (found)".
_TITLED = frozenset({"titled", "entitled", "called", "headlined"})
_TITLE_ASIDE_END = frozenset({",", "”", "\"", "’", "'"})
NEGATION = frozenset("not n't never".split())
#: Lower-case words joining a title's words in title case: "Department of Fire and Rescue".
_TITLE_JOINS = frozenset({"of", "and", "for", "&"})
#: Reporting verbs whose next noun phrase is their object, never an inverted subject: "accused Republicans of".
_TAKES_OBJECT = frozenset({"accuse", "urge", "tell", "call", "blame", "criticise", "criticize", "praise", "thank",
                           "remind", "assure", "inform", "convince", "persuade", "reject", "welcome"})
#: Lower-case words inside a name or a title of a body: "Chairperson of the X Cooperative".
_NAME_LINKS = frozenset({"of", "the", "for", "and", "on", "de", "du", "van", "von"})
_NOT_INVERTED = PREPOSITIONS | TIME_WORDS | {"that", "it", "so", "to", "out"} | {
    "little", "nothing", "something", "anything", "everything", "less", "otherwise", "plenty"}
# ("out": pointed out; nor how much was said: "Lazar, in a green jail jumpsuit, said little")
_INVERTED_END = CLAUSE_WORDS | PREPOSITIONS - {"of"} | {"outside", "inside", "near", "beside", "behind"}
# (where it was said: "said Sidhu outside court")
#: Lower-case words that open a description before a name: "his sister, (Julie Gagnon-Roy)".
_OWNER_OPENERS = frozenset({"his", "her", "their", "its", "the", "a", "an"})
#: Words after which a relative clause goes on with a clause of its own: "who asked not to be named because ...".
_RELATIVE_STOPS = frozenset("because since as when while after before until if although though that".split())
#: Words in -ing that are prepositions or "being", no verb of their own: ", including ...", "admitted being".
ING_NOT_GERUND = frozenset("being during according including regarding following concerning notwithstanding".split())
#: Prepositions that go on with a source's noun: "(said a spokesman) for the council", "(one adviser) to the board".
_ROLE_LINKS = frozenset({"for", "to", "at"})
END_OR_COMMA = END_PUNCT | {","}
#: Words opening an adjunct before a sentence's subject (a two-word preposition by its first word: "Ahead of the
#: hearing, the office sent ...", "Prior to the vote, ...").
_OPENING_ADJUNCT = PREPOSITIONS | {"according", "despite", "after", "as", "like", "unlike", "outside", "inside", "beyond",
                                    "behind", "throughout", "amid", "amidst", "near", "alongside", "following",
                                    "toward", "towards", "ahead", "prior"}
#: Before an appositive subject: "When asked, the firm's lawyer, Jane Doe, said".
_OPENING_CLAUSE = _OPENING_ADJUNCT | {"when", "if", "while", "although", "though", "because", "since", "once", "unless"}
_MONTH_NAMES = frozenset(m.title() for m in MONTHS)
_MONTH_STEMS = frozenset(m[:3] for m in _MONTH_NAMES)


def _after_dated_line(toks: list, i: int) -> bool:
    """The dash at ``i`` (one of a run of dashes) comes right after a date ending in its year: a dateline's date,
    ``May 22, 2025--`` (not a span of years: "prime minister from 1990 - 1997")."""
    while i > 0 and toks[i - 1][2] in DASHES:
        i -= 1
    return i > 3 and len(toks[i - 1][2]) == 4 and toks[i - 1][2].isdigit() and toks[i - 2][2] == "," \
        and toks[i - 3][2].isdigit() and toks[i - 4][2][:3] in _MONTH_STEMS


_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*")
_SUBJECT_WORDS = DETERMINERS | {"of", "."}
#: Words that open a question ("asked whether he would", "could not explain why"), and currency signs ("$4.1bn").
WH_WORDS = frozenset("why how whether when where what who if".split())
#: Participles opening a sentence with the question put to its subject: "Asked whether ..., she said".
PUT_TO = frozenset("Asked Pressed Questioned Challenged Quizzed".split())
CURRENCIES = frozenset("$ £ €".split())
#: Owners' pronouns: after a cue they open its content, never an inverted source ("said its nominee, a ..., had").
#: Forms of cues that are nouns after a noun: "A staff report released Friday", "a phone call on Wednesday".
_NOUN_CUE_FORMS = frozenset({"report", "reports", "statement", "statements", "call", "note"})
#: Words that make "note" a document after them: "briefing note", "explanatory notes".
NOTE_KINDS = frozenset({"briefing", "explanatory", "internal", "diplomatic", "handwritten", "suicide", "ransom",
                        "fiscal", "research", "policy", "client", "investor", "analyst", "staff", "legal", "advisory",
                        "treasury", "promissory"})
_BOND_TERM = re.compile(r"\d+-year")


def note_noun(toks: list, k: int) -> bool:
    """Whether ``note``/``notes`` at ``k`` is a document or a bond, after its kind or term: "A ministry briefing note
    said", "The yield on the 10-year Treasury note fell", "the 10-year note"."""
    return toks[k][2].lower() in {"note", "notes"} and k > 0 \
        and (toks[k - 1][2].lower() in NOTE_KINDS or _BOND_TERM.fullmatch(toks[k - 1][2]) is not None)


#: Adverbs that open a sentence's adjunct before its subject, or stand alone with their comma: "Earlier in the
#: primaries, Mr. Trump suggested ...", "Later, X, the spokesman, said", "Likewise, Trump went after ... and called
#: for".
_OPENING_ADVERBS = frozenset("""earlier later meanwhile separately instead last shortly recently prior soon previously
initially eventually finally subsequently afterward afterwards still however nevertheless nonetheless yet moreover
indeed again now then ultimately overall back likewise similarly otherwise therefore thus hence besides consequently
also furthermore elsewhere yesterday today there here""".split())  # ("Back at Bishops Frome, Mr Bayliss said",
# "There, the district GOP chairman ... declined")
PREP_OR_CLAUSE = PREPOSITIONS | CLAUSE_WORDS
#: A subject pronoun and a contracted auxiliary: "he's", "they're", "I'd".
CONTRACTED_PRONOUN = re.compile(r"([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)['’](?:s|re|d|ll|ve|m)")
#: Words of tenure joined before a source's noun: "current and former (employees)", "past and present (members)".
_TENURES = frozenset("current former past present serving retired sitting".split())
_THIRD_PERSON = frozenset("he she they".split())  # (not "it": "It’s become such a presence", no one)
#: Adverbs of degree or time before an opening clause or adverb: "(Almost immediately) after she did, X ...", "(Not
#: long) after the vote" ("even" only before a conjunction: "(Even) if a Democrat wins, ...", not "Even in Iowa, ...").
_BEFORE_OPENING = frozenset("almost nearly immediately just right only long not well directly".split())
#: A number joined to a noun by a hyphen, an adjective before a head noun: "68-turbine", "10-year".
_NUMBER_COMPOUND = re.compile(r"\d[\d,.]*-[a-z][\w-]*")
_PARTICIPLE_ENDS = ("ed", "ing")  # (str.endswith: a token holds no line break)
#: Reporting verbs in the past or present that are never a noun: a phrase ending in one is no subject.
_SPEECH_PAST = frozenset("said says told tells added adds".split())
#: Adjectives that tie an unnamed source to what it knows: "familiar with", "close to", "briefed on".
_SOURCE_ADJECTIVES = frozenset("familiar close involved briefed knowledgeable".split())
ED_END = re.compile(r"ed$")
_RELATIVE = frozenset({"who", "which", "whose"})
#: Pronouns that are a clause's subject, never part of a noun phrase after them: "(He met) other women who said".
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you", "us", "them", "him", "me"})
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})
#: Plurals of people with no -s.
_PEOPLE = frozenset({"people", "women", "men", "children", "folk"})
#: Adverbs that come before a verb, not inside a noun phrase: "(The coalition) also includes individuals who".
_VERB_ADVERBS = frozenset("also still often already never always sometimes usually generally".split())
#: Heads of a share of people polled: "(23) percent (who said)", "(18)%".
_PERCENT_HEADS = frozenset({"percent", "%"})
#: Words that open a time phrase set off by commas: ", on Sunday,", ", last week,", ", earlier this month,".
_SET_OFF_TIME_OPENERS = _TIME_OPENERS | {"early", "late", "in"}


def _time_after_relative(toks: list, j: int) -> bool:
    """Tokens ``j - 1`` and ``j`` are a time phrase right after a relative pronoun: "who last year", "which on
    Tuesday"."""
    return j >= 3 and toks[j][2].lower() in WHEN_WORDS and toks[j - 1][2].lower() in _TIME_OPENERS \
        and toks[j - 2][2].lower() in _RELATIVE


#: A decade of someone's life: "(in her) 30s", "(in his) early forties", "(in their) teens".
_AGE_DECADE = re.compile(r"\d0['’]?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties")
#: Before "of whom": the part of a group that speaks (X, many of whom say ...).
#: Before "to" in an unnamed source: "people close to him", "officials loyal to the president".
_CLOSE_TO = frozenset("close closest loyal allied near".split())
#: Words that open a main verb's object after "had"/"has": "had more estimated accounts", "has no record".
_OBJECT_OPENERS = frozenset("more less fewer no a an the some many few several".split())
#: Postings "to" joins to where they serve: "Kuwait's Permanent Mission to the United Nations", "An adviser to the
#: president", "the EU delegation to Ukraine".
_POSTED = frozenset("mission missions ambassador ambassadors envoy envoys representative representatives"
                    " delegation delegations emissary delegate delegates adviser advisor advisers advisors attaché"
                    " attache commissioner commissioners consul nuncio aide aides assistant assistants counsel"
                    " consultant consultants".split())  # ("High Commissioner to Britain", "Aides to Clinton")
_QUANTIFIERS = frozenset("most more less other all both".split())  # before a participle: "other emails combed"
_PART_OF = frozenset("many some most all several both each few one two three none half".split())
#: What sets off an aside: a comma or a dash ("X, many of whom say", "said -- on Twitter -- that").
SET_OFF = DASHES | {",", "--"}
#: "About 9 percent said", "about half of Democratic voters said": a preposition that opens a quantity, not a phrase
_APPROXIMATELY = frozenset("about around over under nearly almost roughly".split())
#: Participles that describe an unnamed source after its noun ("People briefed on the situation", "voters
#: interviewed by the Times"), unlike a verb of its own ("Democrats seized on ...").
_SOURCE_PARTICIPLES = frozenset("""briefed involved interviewed surveyed polled questioned contacted consulted quoted
cited asked informed based elected appointed""".split())
#: Number words that open a quantity ("Nine lawmakers", "at least six planes").
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozen
dozens hundreds""".split())
#: Words of a share or number of people before "of": "dozens of women who ...", "some of the men who ...".
_PARTS_OF_PEOPLE = NUMBER_WORDS | PEOPLE_QUANTIFIERS | frozenset("thousands millions most all none few one each both "
                                                                 "half".split())
#: Words after a plural noun of people that say which ones: "proponents of", "traders at (the eastern end)".
_PEOPLE_OF_A_PLACE = frozenset("of at in from near along across around outside".split())
_FRACTIONS = frozenset("half a one two three four five some two-thirds one-third three-quarters one-quarter two-fifths "
                        "three-fifths".split())
#: The start of a time adjunct between a subject and its verb: "Sean Spicer on Thursday evening said".
_TIME_PREPOSITIONS = frozenset("on in at during".split())
#: A web or e-mail address: "state.gov", "www.example.com", "Outsports.com".
WEB_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|co\.uk|uk|io|info)", re.I)
_IMPERATIVES = frozenset("let say suppose imagine".split())
_PREPOSITION_OR_IMPERATIVE = PREPOSITIONS | _IMPERATIVES
#: Discourse adverbs set off by commas between a subject and its verb, and quantifiers floating after a subject.
_ASIDES = frozenset("however though too also meanwhile moreover nonetheless nevertheless instead therefore".split())
#: First words of a short aside after a subject: "for example", "in turn", "of course", "by contrast", "through a
#: spokeswoman".
_ASIDE_OPENERS = frozenset("for in of by at through via".split())
_FLOATING = frozenset("both all each alone".split())
#: Participles of a document's aside after the phrase that names it: "In a letter ..., seen by the Guardian, ".
_SEEN_BY = frozenset("seen obtained dated sent published released received reviewed shared signed addressed "
                     "leaked copied".split())
#: Heads a gerund names a business with, besides the organisation heads: "trading house", "mining giant".
_GERUND_HEADS = frozenset({"house", "houses", "giant", "giants", "business", "businesses"})
#: Words before a verb's form that, with "of"/"for" after it, make it a noun: "in charge of", "the review of".
_NOUN_BEFORE = frozenset("in the a an".split())
#: Links of a chain of phrases after an unnamed person: "A buyer for a perfume house in Grasse".
_PLACE_LINKS = frozenset("of at for from in with on".split())
#: Spans of time a verb group holds: "have for years complained".
_SPANS = frozenset("years months weeks decades days ages".split())
#: Words of a sum after its number: "$20 million", "£3bn".
_SUM_UNITS = frozenset("million billion trillion m bn".split())
#: Participles that qualify a role as an adjective: "Ontario's acting health director", "the outgoing chair".
_ROLE_PARTICIPLES = frozenset("acting presiding managing visiting outgoing incoming founding consulting attending "
                              "governing serving sitting reigning retiring investigating arresting commanding "
                              "supervising prosecuting treating examining".split())
#: What qualifies an unnamed source by what it knows: "with (direct) knowledge of", "familiar with", "close to".
_KNOWING = re.compile(r"\b(?:with (?:direct |first-hand |firsthand )?knowledge of|familiar with|close to|briefed on"
                      r"|involved in|aware of|privy to)\b")


def knowing_at(lows: list[str]) -> int:
    """The index of the word that opens :data:`_KNOWING` in ``lows`` (the words of a phrase), or -1."""
    found = _KNOWING.search(joined := " ".join(lows))
    return joined.count(" ", 0, found.start()) if found else -1


#: A verb in -s or -ed right after a relative "that"/"which": "a retailer that sources from ...".
_RELATIVE_VERB = re.compile(r"[a-z]+(?:s|ed)")
#: First words of a phrase naming an unnamed person or people: "A buyer", "One nurse", "Two employees".
_UNNAMED_START = frozenset("a an one two three four five several some".split())
#: Words that join a clause after a comma, its subject set off with a name after them: ", and (the club's captain,
#: Ian Mole, said)", ", where (the chairman of the council, Iain McFadyen, said)".
_JOINING_SUBJECT = frozenset({"and", "but", "where", "while"})
_PHRASE_START = DETERMINERS | frozenset("one two three both all each".split())  # one of the lawyers, X,
_PHRASE_OR_NUMBER_START = _PHRASE_START | NUMBER_WORDS
_FINITE_WORDS = frozenset("is was were are has have had did does do will would".split())
#: "Hours later, Trump ...": a time span and its direction open a sentence as an adjunct, not its subject
_TIME_SPANS = frozenset("seconds minutes hours days weeks months years moments decades".split())
_LATER = frozenset("later earlier after before ago".split())
#: Words bounding a span of time before its number: "Less than (24 hours later)", "Just (two weeks later)".
_SPAN_BOUNDS = _APPROXIMATELY | frozenset("just only barely some".split())
#: Numbered districts before a role and its holder: "Ward 3 council member Lyle Brekke".
_NUMBERED_AREAS = frozenset("Ward District Precinct Division Zone Region Area Riding".split())
_SMALL_NUMBERS = frozenset("a two three four five six seven eight nine ten few several".split())
_MODAL_WORDS = frozenset("could should can may might must shall".split())
#: Common irregular past tenses: the verb of a relative clause ("the group that brought the case") or of a clause
#: opening with a quantity ("said roughly $3 billion ... came").
IRREGULAR_PAST = frozenset("brought made took gave led ran won lost left sent held built began wrote told bought sold "
                           "paid spent kept found got put set cut hit met fought caught taught came went rose fell "
                           "grew saw cost spoke stood knew thought felt became broke chose drove flew threw "
                           "sat".split())


def past_form(word: str) -> bool:
    """``word`` reads as a past tense or participle: a listed irregular one (``brought``) or a word in -ed."""
    return word in IRREGULAR_PAST or ED_END.search(word) is not None


#: Finite auxiliaries and modals: after a cue they make the words a clause of their own ("said the candidate could
#: be", "..., which she said was a mistake, was a factor").
FINITE_VERBS = _FINITE_WORDS | _MODAL_WORDS


#: Participles before "to" that make a preposition of it inside a subject: "A newly released email relating to
#: Benghazi (finds)".
_RELATING = frozenset({"relating", "pertaining", "referring", "related"})
#: Heads of bodies' names that, in lower case, name a thing and no people: "his radio program who said".
_THINGS = frozenset({"program", "programme", "initiative"})


def _bracketed_acronym(toks: list, j: int) -> bool:
    """Token ``j`` is a bracket of an acronym after a name, and a role or name follows: ``Perikatan Nasional (PN)
    assemblyman`` (not a verb in -ed: ``The Ethiopian Athletics Federation (EAF) named``)."""
    if toks[j][2] == "(":
        return 0 < j < len(toks) - 3 and toks[j + 1][2].isupper() and toks[j + 2][2] == ")" \
            and not ED_END.search(toks[j + 3][2])
    return toks[j][2] == ")" and j > 1 and toks[j - 2][2] == "(" and toks[j - 1][2].isupper()


#: Past participles neither in -ed nor in IRREGULAR_PAST that open a clause before the subject: "Known as ...,",
#: "Born in ...,".
_OPENING_PAST_PARTICIPLES = frozenset("known born seen grown given taken written hidden driven chosen shown".split())
#: Words after such a participle that make it open a clause: "Known around ...", "Born in ...", "Named as ...".
_AFTER_OPENING_PARTICIPLE = PREPOSITIONS | {"as", "around", "near", "across", "throughout"}


def _opens_with_participle(toks: list) -> bool:
    """``Speaking to MSNBC ...,``, ``Hastily politicizing the tragedy ―``, ``Asked about ...,``: a participle clause
    opens the sentence."""
    first, at = toks[0][2], 0
    if first.endswith("ly") and len(toks) > 1:
        first, at = toks[1][2], 1
    if first in PUT_TO or first in {"Reached", "Contacted", "Approached", "Interviewed"}:
        return True  # "Asked whether more closures could follow, she said ...", "Reached by phone Tuesday, Heims"
    if at + 1 < len(toks) and toks[at + 1][2] in _AFTER_OPENING_PARTICIPLE and first[:1].isupper() \
            and ((low := first.lower()) in _OPENING_PAST_PARTICIPLES or low in IRREGULAR_PAST
                 or len(low) > 4 and ED_END.search(low) and low in common_words() and low not in first_names()):
        return True  # "Known around the island's sheds as "Tiny", she ... says", "Based in Leeds, the firm said"
    if not (len(first) > 4 and first.endswith("ing") and first[:1].isalpha()):
        return False
    if at + 1 < len(toks) and toks[at + 1][2] == "," and first.lower() not in common_words():
        return False  # a surname in -ing set off by a comma: "Ebeling, D-Leland Township, said" (but "Smiling, she")
    if at + 2 < len(toks) and toks[at + 1][2].isalpha() and toks[at + 1][2].islower() \
            and toks[at + 2][2][:1].isupper() and toks[at + 1][2] not in DETERMINERS | PREPOSITIONS:
        return False  # a title: "Presiding coroner Helen Marchetti thanked ..." (but "Speaking to MSNBC")
    # but a name and its appositive: "Sporting Minds, a charity founded by athletes, said"
    comma = next((i for i in range(at + 2, min(len(toks), at + 6)) if toks[i][2] == ","), None)
    return not (comma is not None and all(t[2][:1].isupper() for t in toks[at + 1:comma])
                and comma + 1 < len(toks) and toks[comma + 1][2] in {"a", "an"})


def _age_after_name(toks: list, j: int) -> bool:
    """An age set off after a capitalised word ends at token ``j``: "(Lapointe), 71"."""
    return j >= 2 and toks[j][2].isdigit() and len(toks[j][2]) <= 3 and toks[j - 1][2] == "," \
        and toks[j - 2][2][:1].isupper()


#: Words before a participle's own subject: "with Trump yelling", "despite X calling it".
_GERUND_SUBJECT_OPENERS = frozenset({"with", "despite"})
#: Quantities that pick people out of a group named after "of": "One of the nurses", "Two of its members".
_ONE_OF = frozenset("one two three four five several some many most none each both".split())
#: Words ending a distance or a span that opens a sentence as an adjunct: "Two doors down,", "A few miles away,".
_DISTANCE_ENDS = frozenset("down up away along over back ahead off across later earlier ago".split())
_DISTANCE_UNITS = frozenset("doors houses blocks streets miles kilometres kilometers metres meters yards feet floors "
                            "stalls farms hours days weeks months years minutes".split())


def _after_distance(toks: list, start: int, end: int) -> int:
    """After an opening distance or span and its comma (``Two doors down, (a café owner)``, ``A few miles away,``):
    a number, one or two lower-case words, a word of :data:`_DISTANCE_ENDS`; else ``start``."""
    comma = next((m for m in range(start + 2, min(end, start + 5)) if toks[m][2] == ","), None)
    first = toks[start][2].lower()
    if comma is None or not (first.isdigit() or first in NUMBER_WORDS or first == "a"
                             and toks[start + 1][2] in {"few", "couple"}) \
            or toks[comma - 1][2].lower() not in _DISTANCE_ENDS \
            or not any(t[2].lower() in _DISTANCE_UNITS for t in toks[start + 1:comma - 1]) \
            or comma + 1 < len(toks) and toks[comma + 1][2].lower() in {"who", "which", "that"}:
        return start  # (not "A man further down, who asked not to be named, said": the man)
    return comma + 1


def _place_set_off(toks: list, comma: int) -> int | None:
    """The comma closing a US state or a country set off after the comma at ``comma`` (``, Ohio,``, ``, New
    Zealand,``, ``, N.H.,``, ``, W.Va.,``), else None."""
    for e in range(comma + 2, min(len(toks), comma + 7)):
        if toks[e][2] == ",":
            part = toks[comma + 1:e]
            while len(part) > 1 and part[-1][2].lower() in WHEN_WORDS:
                part = part[:-1]  # "in Hudson, New Hampshire Monday,": the day after the state
            name = "".join(t[2] + " " * (n + 1 < len(part) and part[n + 1][0] > t[1])
                           for n, t in enumerate(part)).lower()
            if all(t[2][:1].isupper() or t[2] == "." for t in part) \
                    and (name in STATE_NAMES or name in STATE_ABBREVIATIONS
                         or lexicon().has("country", name)):
                return e
            return None
    return None


def _time_set_off(toks: list, comma: int) -> int | None:
    """The comma closing a time phrase set off after the comma at ``comma`` (``, on Sunday,``, ``, last week,``),
    else None."""
    for e in range(comma + 2, min(len(toks), comma + 6)):
        if toks[e][2] == ",":
            words = [t[2].lower() for t in toks[comma + 1:e]]
            return e if words[0] in _SET_OFF_TIME_OPENERS and any(w in WHEN_WORDS for w in words) \
                and all(w in WHEN_WORDS or w in _SET_OFF_TIME_OPENERS or w.isdigit() for w in words) else None
    return None


def _subject_may_start(toks: list, pos: int) -> bool:
    """Whether a subject may start at the token starting at offset ``pos``: the first token, or one after a comma,
    semicolon, dash or clause word (not "should choose the candidate (who won the most)")."""
    f = next(i for i, t in enumerate(toks) if t[0] == pos)
    return f == 0 or toks[f - 1][2] in {",", ";", "—", "--"} or toks[f - 1][2].lower() in CLAUSE_WORDS


def _adjunct_end(toks: list) -> int:
    """Index of the first token after an opening adjunct: after its comma, or the dash closing an aside set off by
    dashes before any comma, and after a relative or subordinate clause that follows it (``Speaking ... in New
    Hampshire, which is set to host ..., Bush referred``, ``Last month, when I asked him ..., he said``) or an
    appositive of its last noun before a capitalised subject; ``len(toks)`` when none closes it."""
    ends = [i for i, t in enumerate(toks) if t[2] == "," or t[2] in DASHES]
    if not ends:
        return len(toks)
    i = ends[0]
    if toks[i][2] in DASHES:
        i = next((e for e in ends[1:] if toks[e][2] in DASHES and e > i + 1), i)
    while i + 1 < len(toks) and toks[i + 1][2].lower() in {"which", "who", "where", "when", "while", "as", "after",
                                                            "before", "because", "although", "if"}:
        i = next((e for e in ends if e > i + 1 and toks[e][2] == ","), len(toks) - 1)
    while toks[i][2] == "," and i > 0 and toks[i - 1][2][:1].isupper() and (e := _place_set_off(toks, i)) is not None:
        i = e  # "At a rally in St. Clairsville, Ohio, Brenda Johnson railed ...": the town's state, then the subject
    if toks[i][2] == "," and (e := _time_set_off(toks, i)) is not None:
        i = e  # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried": a time set off after the adjunct
    if toks[i][2] == "," and i + 2 < len(toks) and toks[i + 1][2] in {"the", "a", "an"} and toks[i - 1][2].islower() \
            and (e := next((e for e in ends if i + 2 < e <= i + 14), None)) is not None and toks[e][2] == "," \
            and e + 1 < len(toks) and toks[e + 1][2][:1].isupper():
        i = e  # "Asked what she planned to do with her gold ulu, the knife-shaped medal the Games award instead of a
        # disc, Cadiente laughed": an appositive of the adjunct's last noun, then the subject
    elif toks[i][2] == "," and i + 2 < len(toks) and toks[0][2].lower() in PREPOSITIONS \
            and toks[i - 1][2][:1].isupper() and toks[i + 1][2] in {"a", "an"} \
            and (e := next((e for e in ends if i + 2 < e <= i + 16), None)) is not None \
            and toks[e][2] == "," and e + 1 < len(toks) and toks[e + 1][2][:1].isalpha() \
            and not any(t[2].islower() and (is_aux(t[2]) or past_form(t[2])
                                            or lexicon().verb(t[2])) for t in toks[i + 2:e]):
        i = e  # "In Kayar, a fishing town 60 km (37 miles) north of Dakar, canoe owners welcomed": what the place named
        # is, set off, then the subject
    while i + 1 < len(toks) and toks[i + 1][2] in CLOSING_MARKS:
        i += 1  # "Speaking Sunday on ABC’s “This Week,” Carson admitted": the comma inside a title's marks
    return i + 1


def _acronym_bracket(toks: list, j: int) -> bool:
    """Token ``j`` is a bracket around an acronym: ``(WHO)``."""
    return toks[j][2] == "(" and j + 2 < len(toks) and toks[j + 1][2].isupper() and toks[j + 2][2] == ")" \
        or toks[j][2] == ")" and j > 1 and toks[j - 1][2].isupper() and toks[j - 2][2] == "("


#: Courtesy and council titles that open a name set off right before its verb: ", Councillor Martin Ellery, said".
_SET_OFF_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Professor Councillor Cllr Coun Mme Mlle Sir Dame".split())


def _modifier(word: str, lx) -> bool:
    """Whether ``word`` may modify a noun after it: a determiner or a word that is no verb, pronoun, preposition or
    clause word (``Republican``, ``local``)."""
    low = word.lower()
    return low in DETERMINERS or word.isalpha() and not lx.verb(low) and low not in CLAUSE_WORDS | PRONOUNS \
        and low not in PREPOSITIONS


def _listed_field(toks: list, i: int) -> bool:
    """Whether the comma at ``i`` lists one capitalised field of a title after another: "Minister of Gender(,) Youth,
    Sports, Arts, Culture and Social Development" (such commas do not count towards an aside's few); the list ends in
    "and" (not a place: "Nogales, Arizona, said")."""
    if not (0 < i and toks[i - 1][2][:1].isupper()):
        return False
    j = i
    while j < len(toks) - 2 and toks[j][2] == "," and toks[j + 1][2][:1].isupper() and toks[j + 1][2].isalpha():
        j += 2
    return j > i and j < len(toks) - 1 and toks[j][2] in {"and", "&"} and toks[j + 1][2][:1].isupper()


def _titled_name_set_off(toks: list, comma: int) -> tuple[int, int] | None:
    """``<a role listing its fields>, Mr Houssein Abdillahi Guedi, explained``: a titled name of up to five words set
    off by the comma at ``comma`` and one before it, after a role whose last words list fields with commas and ``and``
    (``the Minister of Agriculture, Water, Fisheries, Livestock and Fisheries Resources``): the subject, its span; else
    None."""
    name = comma - 1
    while name > 0 and (toks[name][2][:1].isupper() or toks[name][2] == ".") and comma - name <= 6:
        name -= 1
    if toks[name][2] != "," or name + 2 >= comma or toks[name + 1][2] not in _SET_OFF_TITLES \
            or not all(t[2][:1].isupper() or t[2] == "." for t in toks[name + 2:comma]):
        return None
    listed = next((c for c in range(name - 1, max(0, name - 12), -1) if toks[c][2] == ","), None)
    if listed is None or not any(t[2] == "and" for t in toks[listed + 1:name]):
        return None  # (a role with no list in it is read whole with its name: "The Minister of Agriculture and
        # Fisheries, Mr X, explained")
    return toks[name + 1][0], toks[comma - 1][1]


#: How a document reached someone, before "by": "(dated 10 October and) seen by ATPE".
_HANDED = frozenset("seen obtained reviewed shared sent shown given leaked circulated received".split())


def _after_opening_object(toks: list, start: int, last: int) -> int:
    """``(After) the match the club (said)``: the noun phrase after an opening preposition's object written with no
    comma, whose ``the`` follows a lower-case noun, is the subject: the index of that ``the``, else ``start``."""
    if start == 0 or toks[start - 1][2].lower() not in PREPOSITIONS or toks[start][2].lower() not in DETERMINERS:
        return start
    return next((d for d in range(last - 1, start, -1) if toks[d][2] == "the" and toks[d - 1][2].isalpha()
                 and toks[d - 1][2].islower() and toks[d - 1][2] not in PREPOSITIONS
                 and toks[d - 1][2] not in DETERMINERS and toks[d - 1][2] not in CLAUSE_WORDS), start)


class Clauses(ArticleText):
    """Subject-finding rules over an article's tokens."""

    @staticmethod
    def perfect_since(toks: list, j: int) -> bool:
        """``since`` as an adverb inside a perfect: ``but have since said``."""
        return toks[j][2] == "since" and j > 0 and toks[j - 1][2].lower() in {"have", "has", "had"}

    def subject_before(self, toks: list, k: int, lo: int) -> tuple[int, int] | None:
        """Span of the subject noun phrase ending before token ``k`` (auxiliaries skipped, and ``since`` inside a
        perfect: ``Mrs. Clinton has since said``)."""
        j = k - 1
        while j >= 0 and (is_aux(toks[j][2]) or self.perfect_since(toks, j)):
            j -= 1
        if _time_after_relative(toks, j):
            return None  # "other women who last year accused him": the relative clause's (its antecedent's) time
        if j > 3 and toks[j][2] == "," and (titled_name := _titled_name_set_off(toks, j)) is not None:
            return titled_name  # "... executive member for communities, public health and regulatory services,
            # Councillor Martin Ellery, said:"
        if j >= 3 and toks[j][2].lower() in _SPANS and toks[j - 1][2].lower() in {"for", "in"} \
                and is_aux(toks[j - 2][2]):
            j -= 2  # "Fishermen in the north have for years complained": a span of time inside the verb group
            while j >= 0 and is_aux(toks[j][2]):
                j -= 1
        if j >= 4 and toks[j][2] in _TITLE_ASIDE_END and (titled := next(
                (t for t in range(j - 2, max(0, j - 30), -1) if toks[t][2] in _TITLED and toks[t - 1][2] == ","),
                None)) and toks[titled + 1][2] in OPENING_MARKS:
            j = titled - 2  # "The report, titled "Paying for Empty Rooms," found": the document before its title
        if j >= 3 and toks[j][2] == "," \
                and (tag := next((t for t in range(j - 1, max(1, j - 4), -1) if US_PARTY_TAG.match(toks[t][2])), None)) \
                and toks[tag - 1][2] == "," and toks[tag - 2][2][:1].isupper() \
                and all(t[2][:1].isalpha() for t in toks[tag + 1:j]):
            j = tag - 2  # "state Rep. Angela Ferrante, D-Aliquippa, countered": the name before its party tag (of a
            # place of two words too: "R-Coeur d'Alene")
        if j >= 4 and toks[j][2] == "," and (known := next(
                (c for c in range(j - 3, max(0, j - 24), -1) if toks[c][2] == "known" and toks[c - 1][2] == ","),
                None)) and any(t[2] == "as" for t in toks[known:j]) \
                and any(t[2] in OPENING_MARKS for t in toks[known:j]) \
                and not any(t[2] == "," or is_aux(t[2]) or t[2] in FINITE_VERBS for t in toks[max(
                    (m for m in range(known, j) if toks[m][2] in _CLOSING_TITLE), default=known) + 1:j]):
            # (what follows the nickname up to the verb is one phrase, no clause: 'known to fans as "the Hammer",
            # had been out since March when his trainer, Luis Ortega, said' is the trainer's)
            j = known - 2  # 'Salem Omar Ba'abbad, known to the staff as "the paper doctor", said': the name before
            # its nickname's aside
            if _age_after_name(toks, j):
                j -= 2  # ('Lapointe, 71, known to ... as "Two-Pan Gerry" ..., said': the name before its age)
        elif j >= 3 and toks[j][2] == "," and _age_after_name(toks, j - 1) \
                and toks[j - 3][2][-2:] not in {"'s", "’s"} \
                and not any(t[2] == "," and toks[c + 1][2].lower() in {"a", "an", "the"}
                            for c, t in enumerate(toks[max(0, j - 12):j - 3], max(0, j - 12))):
            j -= 3  # "steersman Kainoa Medeiros, 38, said": the name before its age (not at the end of an appositive:
            # "The driver's son, a pupil at St Mary's, 14, said")
        c = next((c for c in range(j - 2, max(-1, j - 6), -1) if toks[c][2] == ","), None) \
            if j >= 2 and toks[j][2] == "," else None
        if c is not None and c > 0 and toks[c + 1][2][:1].isdigit() \
                and [t[2] for t in toks[c + 2:j]] in (["percent"], ["%"], ["per", "cent"]) \
                and toks[c - 1][2][:1].isalnum():
            j, c = c - 1, None  # "about two-thirds of voters, 67 percent, say": the share set off after the subject
        if c is not None and c > 0 and all(t[2].isalpha() and t[2].islower() for t in toks[c + 1:j]) \
                and (toks[c + 1][2] in _ASIDE_OPENERS or j - c == 2 and toks[c + 1][2] in _ASIDES) \
                and not any(toks[w][2] in _RELATIVE and toks[w - 1][2] == "," for w in range(1, c)):
            j = c - 1  # "Others, however, say", "Trump, in turn, cites": an aside set off after the subject (not
            # the end of a relative clause: "X, who flew from Cuenca, Ecuador, for the trial, said")
        elif j >= 1 and toks[j][2] in _FLOATING and toks[j - 1][2][:1].isupper():
            j -= 1  # "Richards and Menendez both stressed"
        j = _before_time_aside(toks, j)
        if j > 2 and toks[j][2] == "ago":  # "The State Department less than two weeks ago said"
            t = j - 1
            while t > 0 and (toks[t][2].lower() in _AGO_WORDS or toks[t][2].isdigit()):
                t -= 1
            j = t if t < j - 2 else j
        end = j
        listed = 0
        while j >= 0:
            tok = toks[j][2]
            low = tok.lower() if tok != "WHO" else tok  # ("The WHO said": initials, no relative pronoun)
            if tok == ")":  # Rep. John Mica (R-Fla.) said
                depth = j
                while depth >= 0 and toks[depth][2] != "(":
                    depth -= 1
                if depth > 0 and j - depth == 2 and toks[depth + 1][2].isupper() and 2 <= len(toks[depth + 1][2]) <= 6 \
                        and toks[depth - 1][2][:1].isdigit() \
                        and any(t[2].rstrip(".") in _MONTH_NAMES | _MONTH_STEMS for t in toks[max(0, depth - 6):depth]):
                    break  # "Kano, Nov. 15, 2026 (NAN) The Rice Growers Association says": an agency's dateline
                if depth > 0 and j - depth < 20:  # (a long aside: "Sen. Chris Murphy (a Connecticut Democrat ...)")
                    if j == end and j - depth >= 8:
                        end = depth - 1  # the subject ends before a long aside
                    j = depth - 1
                    continue
                break
            if tok == "%" and j > 0 and toks[j - 1][2][:1].isdigit():
                j -= 2  # a share of a poll opens the subject: "42% say", "45% of Republicans say", "Another 18% say"
                if j >= 0 and toks[j][2].lower() in _APPROXIMATELY | {"another", "only", "just", "some"}:
                    j -= 1
                if j >= 0 and toks[j][2][:1].isalnum() and toks[j][2].lower() not in CLAUSE_WORDS:
                    return None  # "PolitiFact rated 32% of Republican claims as ...": an object, not a subject
                break
            if tok == "." and j != end and j > 0 and toks[j - 1][2].istitle() and len(toks[j - 1][2]) <= 4 \
                    and toks[j - 1][1] == toks[j][0] and toks[j - 1][2] not in _MONTH_NAMES \
                    and (toks[j - 1][2] != "No" or toks[j + 1][2][:1].isdigit()):  # (but "No. Research by")
                j -= 1  # an abbreviation's point inside the subject: "No. 2 Senate Republican John Cornyn said"
                continue
            if tok == "." and 0 < j < end and WEB_ADDRESS.fullmatch(self.text, toks[j - 1][0], toks[j + 1][1]):
                j -= 1  # a web address's point: "a screen image captured by Outsports.com showed"
                continue
            if tok == "." and j + 1 == end and j > 2 and toks[j - 1][2] in _MONTH_NAMES and toks[end][2].isdigit() \
                    and toks[j - 2][2] in {"on", "in"} and toks[j - 3][2][:1].isalnum():
                end = j = j - 3  # "A Reuters report on Oct. 26 said": the subject before its date
                continue
            if tok == "." and j + 1 <= end and j > 1 and toks[j - 1][2] in _MONTH_NAMES and toks[j + 1][2].isdigit() \
                    and toks[j - 2][2] == "dated":
                j -= 3  # "An internal memo dated Sept. 18 and obtained by X (recommends)": the document, its date
                continue
            if tok == "," and (_in_listed_name(toks, j, end) or _in_listed_subject(toks, j, end)):
                j -= 1
                listed += 2  # (the listed parts do not count against a subject's length)
                continue
            if j < end and (opening := _quoted_name_start(toks, j)) is not None:
                j = opening - 1  # a quoted name inside the subject: 'The "Twenty's Plenty for Walcot" group said'
                continue
            if tok in {"’", "'"} and 0 < j < end and toks[j - 1][2][-1:] in {"s", "S"} \
                    and toks[j - 1][1] == toks[j][0] and toks[j + 1][2][:1].isalpha():
                j -= 1  # "Fusion GPS’ statement said": a possessive after a final s ("The Farmers' Union of Wales
                continue  # said": inside a body's name)
            if tok == ":" and 0 < j < end and toks[j - 1][2].isdigit() and toks[j + 1][2].isdigit() \
                    and toks[j - 1][1] == toks[j][0] and toks[j][1] == toks[j + 1][0]:
                j -= 1  # a clock time inside the subject: "A text alert sent to residents at 5:12 a.m. (warned)"
                continue
            if not tok[0].isalnum() and tok not in {"&"} and not (
                    tok in CURRENCIES and toks[j + 1][2][:1].isdigit()
                    and j + 2 + (toks[j + 2][2] in _SUM_UNITS) < end):
                break  # (a sum inside the subject: "A minister who took his wife on a £38,000 tour (insisted)",
                # "Fight for $15 organizing director Kendall Fells (told)"; but a sum before the head is no part of
                # it: "the minimum $20 million experts (say)")
            if low in {"had", "has", "have"} and j < end and toks[j + 1][2].lower() in _OBJECT_OPENERS:
                break  # "whose Gentilly district had more estimated accounts": a clause's verb and its object
            if j < end and toks[j + 1][2] in {"her", "his", "their", "its", "our"} and tok.isalpha() and tok.islower() \
                    and low not in DETERMINERS and low not in PREPOSITIONS and low not in CLAUSE_WORDS \
                    and not is_aux(tok) and not self.lx.verb(tok) and low not in IRREGULAR_PAST \
                    and not ED_END.search(low) and not low.endswith("ing"):
                break  # "told the council (her landlord) had warned": a verb's object, then the subject
            if (low in CLAUSE_WORDS and not (low == "so" and j < end and toks[j + 1][2] == "far")  # ("seen so far")
                    or low == "what" and j < end) and not (low == "and" and j > 0 and j + 1 <= end
                                            and (toks[j - 1][2][:1].isupper() and toks[j + 1][2][:1].isupper()
                                                 or self.lx.has("anonymous", toks[j - 1][2])
                                                 or self.heads_joined(toks, j)
                                                 or self.plurals_joined(toks, j, end)
                                                 or self.joins_bodies(toks, j, end)
                                                 or self.joins_modifiers(toks, j, end))):
                break  # (but "Paul Ryan and Mitch McConnell said", "RNC members and officials said", "the mayor
                # and an aide said")
            if (tok[:1].islower() and self.lx.verb(tok) and j != end
                    and low not in {"report", "reports", "post", "statement"}
                    and not note_noun(toks, j)
                    and not (low == "think" and toks[j + 1][2] in {"tank", "tanks"})
                    and not (j > 0 and _NUMBER_COMPOUND.fullmatch(toks[j - 1][2]))  # ("a 68-turbine project")
                    and not (j > 0 and toks[j - 1][2].lower() in _NOUN_BEFORE and toks[j + 1][2] in {"of", "for"})
                    and not (low == "state" and (j == 0 or not toks[j - 1][2][:1].isalnum())
                             and toks[j + 1][2].isalpha() and toks[j + 1][2].islower()
                             and toks[j + 1][2] not in DETERMINERS | CLAUSE_WORDS | PRONOUNS)
                    and not (low == "state" and j > 0 and toks[j - 1][2][:1].isupper()
                             and toks[j - 1][2].lower() not in DETERMINERS and self.source_head(toks[j + 1][2]))
                    and not (j > 1 and toks[j - 2][2].lower() in {"a", "an", "the"} and toks[j - 1][2].isalpha()
                             and toks[j - 1][2].islower() and toks[j + 1][2] in {"from", "of", "by"})
                    and not (j > 0 and toks[j - 1][2].lower() in DETERMINERS
                             and (j + 1 == end and toks[end][2].islower()
                                  or low == "state" and toks[j + 1][2][:1].isupper()
                                  or low.endswith("ing") and (toks[j + 1][2][:1].isupper()
                                                              or toks[j + 1][2] in OPENING_MARKS)))
                    and not (j > 1 and j + 1 == end and toks[j - 2][2].lower() in {"the", "a", "an"}
                             and toks[j - 1][2].isalpha() and toks[j - 1][2].islower()
                             and not self.lx.verb(toks[j - 1][2]) and toks[end][2].isalpha()
                             and toks[end][2].islower() and toks[end][2] not in PRONOUNS)) \
                    or low == "according" or low == "to" and not (j > 0 and toks[j - 1][2].lower() in _RELATING):
                # (a verb's form after a determiner and before the subject's head noun, or between "in" and "of", is
                # a noun or an adjective: "the state government said", "An official in charge of the programme
                # said"; "state" before a body's name too: "the state Department of Health said", and opening a
                # source before a noun: ", state airport operator Lithuanian Airports said"; "A fiscal note from";
                # "state" after a capital, before a body's or source's head: "The Tyrolean state government says";
                # an -ing form between a determiner and a name: 'of the ruling "Civil Contract" faction told';
                # between an adjective and the head: "the public comment period")
                if not self.close_to(toks, j) and not self.reduced_relative(toks, j) and not _posted_to(toks, j) \
                        and not (j > 0 and ED_END.search(low) and self.document_noun(toks[j - 1][2])) \
                        and not self.document_sent_to(toks, j) and not self.participle_to(toks, j) \
                        and not self.document_addressed_to(toks, j) \
                        and not (j > 0 and self.people_doing([t[2] for t in toks[j - 1:j + 2]], 1, opening=False)):
                    break  # (but "People close to the president said": the people, not the president)
            j -= 1
            if low in PRONOUNS and j + 1 == end:
                break  # "angered, they threatened": a pronoun is a whole subject
            if low in DETERMINERS and j >= 0 and (toks[j][2].lower() in TIME_WORDS or toks[j][2] in _MONTH_NAMES
                                                  or toks[j][2].isdigit()):
                break  # "In a report published last July the cross-party committee stated": a time before it
            if low in {"the", "a", "an", "its", "his", "her", "their"} and j >= 1 and toks[j][2].isalpha() \
                    and toks[j][2].islower() \
                    and toks[j][2] not in DETERMINERS | PREPOSITIONS | CLAUSE_WORDS | PRONOUNS \
                    and not self.lx.verb(toks[j][2]) and not is_aux(toks[j][2]) \
                    and toks[j - 1][2].lower() in {"a", "an"} \
                    and not any(t[2].islower() and (ED_END.search(t[2]) or self.lx.verb(t[2]))
                                for t in toks[j + 2:end + 1]):
                break  # "a clause the mayor said would cost jobs": a noun before a reduced relative's subject (not
                # "A lawsuit the Fund filed in June claims": the relative clause is the lawsuit's)
        because = next((b for b in range(j, max(0, j - 12), -1) if toks[b][2] == "because"), -1) if 0 < j < end \
            and all(t[2] != "," for t in toks[j:end + 1]) else -1  # (the reason may hold a verb that stopped the
        # reading: "because he was not authorized to talk to reporters told")
        if because > 0 and anonymity_because(toks, because) \
                and (w := next((w for w in range(because - 1, max(0, because - 8), -1) if toks[w][2] == "who"),
                               None)) \
                and (found := self.noun_phrase_before(toks, w, any_case=True)):
            return found[0], toks[end][1]  # "A neighbour who asked not to be named because she still lives down the
            # road told": the neighbour and the clause, not the reason's subject
        if 0 < j < end and (w := next((w for w in range(j - 1, max(0, j - 16), -1) if toks[w][2] == "who"), None)) \
                and w + 2 < j and toks[w + 2][2] == "that" and self.lx.verb(toks[w + 1][2]) \
                and not any(t[2] == "," for t in toks[w:end + 1]):
            j = w  # "The judges who ruled that Texas could not implement its law said": the judges and their clause,
            # not the reported clause's object
        if 0 < j <= end and (w := next((w for w in range(end - 1, max(0, j - 1), -1) if toks[w][2] == "whose"), None)) \
                and toks[w - 1][2][:1].isalnum() and not any(t[2] == "," for t in toks[w:end + 1]) \
                and (found := self.noun_phrase_before(toks, w, any_case=True)) and _subject_may_start(toks, found[0]):
            return found[0], toks[end][1]  # "The state officials whose laws have been invalidated (say)": the people
            # and their relative clause, not its verb's words
        if 0 < j < end - 2 and toks[j][2] == "who" and toks[j - 1][2][:1].isalnum() and toks[j + 1][2].isalpha() \
                and toks[j + 1][2].islower() and not is_aux(toks[j + 1][2]) \
                and (found := self.noun_phrase_before(toks, j, any_case=True)) and _subject_may_start(toks, found[0]):
            # (where a subject may start: not "should choose the candidate who won the most (pledged)")
            return found[0], toks[end][1]  # "Dairy farmers who supply one of Britain's biggest supermarket chains
            # (have accused)": the people and their clause, not the clause's words alone (but "an official who
            # prosecutors (say)": the subject after "who")
        if 0 < j < end - 1 and toks[j][2] == "who" and toks[j + 1][2].isalpha() and toks[j + 1][2].islower() \
                and (found := self.noun_phrase_before(toks, j, any_case=True)) \
                and (held := self.unnamed_before_places(toks, found)):
            return held[0], toks[end][1]  # "A lawyer for the man who was charged (said)": the lawyer, with whom
            # the lawyer is for
        if 1 < j < end and toks[j][2].lower() in _PLACE_LINKS and toks[j + 1][2][:1].isalpha() \
                and (held := self.unnamed_before_places(toks, (toks[j + 1][0], toks[end][1]))):
            return held  # "A GP in south Bristol, who asked not to be named, said": the GP, not the place
        if 1 < j < end - 2 and toks[j][2] in {"that", "which"} and _RELATIVE_VERB.fullmatch(toks[j + 1][2]) \
                and not is_aux(toks[j + 1][2]) and toks[j + 1][2] not in PRONOUNS \
                and (found := self.noun_phrase_before(toks, j, any_case=True)) \
                and (held := self.unnamed_before_places(toks, found)):
            return held  # "A spokesperson for a Swedish fashion retailer that sources from dozens of Bangladeshi
            # factories said": the spokesperson, not what the relative clause says ("sources")
        start = _after_time_adjunct(toks, j + 1, end)
        start = self.name_before_description(toks, start, end)
        end = self.before_document_adjunct(toks, start, end)
        made = document = None  # a participle after a document's noun, or after its addressee's name ("A report to
        # the U.S. Congress released"): then the document's noun
        for p in range(start + 1, end + 1):
            if toks[p][2].islower() and ED_END.search(toks[p][2]):
                if self.document_noun(toks[p - 1][2]):
                    made, document = p, p - 1
                elif toks[p - 1][2][:1].isupper() and (named := self.document_to_name(toks, start, p)) is not None:
                    made, document = p, named
                if made is not None:
                    break
        if made is not None and not any(t[2] in {"by", "for"} for t in toks[made + 1:end + 1]):
            end = document  # "Figures published last week (showed)", "Records filed with the city (show)": the
            # document, not how it came out (its maker after "by" is kept: "Figures compiled by the charity", "A
            # report published on Tuesday by Healthwatch England", "Research conducted for the Women's Media
            # Center"); "A report to the U.S. Congress released on Wednesday (accused)": not whom it went to
        if start >= 4 and toks[start - 1][2] == "," and toks[start - 3][2] in {"of", "from"} \
                and toks[start - 2][2][:1].isupper() \
                and " ".join(t[2] for t in toks[start:end + 1]).lower() in STATE_NAMES \
                and (found := self.noun_phrase_before(toks, start - 3, any_case=True)):
            return found[0], toks[end][1]  # "Stacy Baker of Columbia, South Carolina says" (no comma closing the
            # state): the person and where she is from, not the state
        for last in dict.fromkeys((_before_time_adjunct(toks, start, end), end)):  # without a time adjunct, or with
            if toks[last][2] == ")":  # "Rep. Bob Goodlatte (R-Va.), for example,": the subject before its tag
                opening = next((o for o in range(last - 1, max(start - 1, last - 8), -1) if toks[o][2] == "("), None)
                last = opening - 1 if opening is not None and opening > start else last
            while last >= start and toks[last][2] in {")", "("}:
                last -= 1
            named = 0 if last - start <= 12 + listed or any(
                toks[p][2].islower() and ED_END.search(toks[p][2])
                and (toks[p + 1][2][:1].isupper() or toks[p + 1][2] in DETERMINERS) for p in range(start, last)) \
                else sum(toks[p][2][:1].isupper() and toks[p - 1][2][:1].isupper() for p in range(start + 1, last + 1))
            # (a name counts as one word: "A survey of 212 manufacturers published in April by the Northern
            # Industrial Parks Association"; not after a verb and its object: "A second U.S. judge on Thursday
            # blocked President Donald Trump’s administration from enforcing new (rules)"; counted only for a
            # subject longer than the bound, which a shorter one meets whatever the count)
            if start <= last and last - start - named <= 12 + listed and self.plausible_subject(toks[start:last + 1]):
                if start >= 2 and toks[start - 1][2] == "and" and toks[start][2] in {"his", "her", "their"} \
                        and (first := self.subject_before(toks, start - 1, lo)) is not None \
                        and (toks[0][0] == first[0] or self.text[:first[0]].rstrip()[-1:] in {",", ";", "."}):
                    return first[0], toks[last][1]  # "The prime minister and his campaign boss Alan Milburn have
                    # insisted": both, the first and who is his
                return toks[_after_opening_object(toks, start, last)][0], toks[last][1]
        if start <= end and toks[start][2].lower() in PREPOSITIONS:
            # "During the interview Mr Kennedy revealed": an opening phrase with no comma, then a name
            first = end
            while first > start and _NAME_TOKEN.fullmatch(toks[first - 1][2]) and end - first < 3:
                first -= 1
            before = toks[first - 1][2] if first > start else ""
            if _NAME_TOKEN.fullmatch(toks[end][2]) and before.isalpha() and before.islower() \
                    and before not in DETERMINERS and before not in PREPOSITIONS:
                return toks[first][0], toks[end][1]
        return None

    def before_document_adjunct(self, toks: list, start: int, end: int) -> int:
        """``U.S. intelligence agencies in a report in January called``: the subject's last token before ``in`` + a
        document (``a report``, ``a statement``, ``an interview``) between it and its verb, else ``end``."""
        for i in range(start + 1, end - 1):
            if toks[i][2] == "in" and toks[i + 1][2].lower() in _NOUN_DETERMINERS \
                    and self.lx.has("document", toks[i + 2][2].lower()):
                return i - 1
        return end

    def name_before_description(self, toks: list, start: int, end: int) -> int:
        """``..., Alan Milburn, Labour's election strategist told``: a description with no closing comma after a
        name set off by commas; the name's first token, else ``start``."""
        comma = start - 1
        while comma > 0 and start - comma <= 3 and (toks[comma][2] == "and" or self.lx.has("role", toks[comma][2])):
            comma -= 1  # "Anthony Anton, president and CEO of the association stated": roles joined by "and"
        if comma < 2 or toks[comma][2] != ",":
            return start  # (no name set off before: most subjects, tested before the description's words are read)
        first = toks[start][2] if start <= end else ""
        body = start <= end and all(t[2][:1].isupper() for t in toks[start:end + 1]) \
            and self.lx.has("org_head", toks[end][2].lower())  # "Colin Asplin, Blackpool Hotel Association said:"
        roles = (start <= end and comma < start - 2 and toks[start - 1][2] == "and") \
            or (first.islower() and any(self.lx.has("role", t[2]) for t in toks[start:min(end + 1, start + 3)]))
        # ("president and CEO of", "chief executive of": role words, not a body's name)
        if not (first.lower() in {"the", "a", "an"} or first.endswith(("'s", "’s")) or body or roles) \
                or toks[comma - 1][2].lower() in WHEN_WORDS:
            return start  # (not a day: "in Hudson, New Hampshire Monday, the Christie supporter retorted")
        i = comma - 1
        while i >= 0 and _NAME_TOKEN.fullmatch(toks[i][2]) and comma - 1 - i < 4:
            i -= 1
        if comma - 1 - i >= 2 and (i >= 0 and toks[i][2] == "," or i < 0 and (body or given_name_gender(toks[0][2]))):
            # (a name opening the sentence before a body's name, or a person's: "Sam Lau, the communications
            # director for the Iowa Democratic Party said")
            return i + 1
        return start

    def plausible_subject(self, toks: list) -> bool:
        """Reject phrases that are not noun phrases: a leading or trailing preposition, a bare verb form
        (``prompting claims``, ``also rejected claims``), long lower-case stretches."""
        words_ = [t[2] for t in toks if t[2][:1].isalnum()]
        if not words_:
            return False
        lows = [w.lower() for w in words_]
        if len(lows) == 1 and _sentence_adverb(words_[0], self.text):
            return False  # "Clearly says a lot about ...": a sentence adverb, no one
        approximate = len(lows) > 1 and (lows[0] in _APPROXIMATELY and (lows[1][:1].isdigit() or lows[1] in _FRACTIONS)
                                         or lows[:2] == ["at", "least"])  # at least a dozen members of Congress
        if (lows[0] in _PREPOSITION_OR_IMPERATIVE and not approximate) \
                or (lows[-1] in _NOT_SUBJECT_END and not _is_name_end(words_)
                    and not (len(lows) == 1 and lows[0] in PEOPLE_QUANTIFIERS)):  # ("Some said ...": unnamed people)
            return False  # (an imperative opens a supposition: "Let's say you think ...", "Say Mexico demanded")
        if len(words_) > 6 and all(w[:1].islower() for w in words_) \
                and not (len(words_) <= 10 and lows[0] in {"the", "a", "an"} and "of" in lows[2:4]
                         and ((h := lows[lows.index("of", 2) - 1]) == "head" or self.source_head(h))) \
                and not (len(words_) <= 10 and lows[1] in _PEOPLE_OF_A_PLACE and self.plural_noun(lows[0])
                         and not past_form(lows[-1])) \
                and not (len(words_) <= 12 and 0 < (at := knowing_at(lows)) <= 4 and self.source_head(lows[at - 1])):
            # (a role of a body is one noun phrase however long: "the head of the chamber’s tax-writing panel", "the
            # top candidates of both political parties"; so are people of a kind or a place, "proponents of more
            # controls on hate speech here", "(But) traders at the eastern end of the street", not ending in a past
            # tense: "supporters of the former council president shared"; and an unnamed source and what it knows,
            # "a senior official with knowledge of the matter")
            return False
        if words_[0].islower() and lows[0] in _FINITE_WORDS:
            return False  # "(people who) have fought fires in the area": a verb group, not a subject
        if len(lows) > 1 and lows[0] in {"her", "him", "them", "us", "me"} and lows[1] in PREPOSITIONS:
            return False  # "accused her of making racist (remarks)": an object and what it is accused of
        if any(w in _MODAL_WORDS or w in {"would", "will"} for w in words_[1:-1]):
            return False  # "Both the US and Turkey would have reversed previous (pledges)": a clause and its verb group
            # before a noun, no subject (a modal in lower case is no one's name: "Theresa May", "Will Hurd")
        if len(lows) > 2 and lows[-2] in {"had", "has", "have"} and words_[-1].islower() \
                and past_form(lows[-1]):
            return False  # "(He said) Mr Brown had made (welcome announcements)": a perfect verb group ends it
        if len(words_) > 1 and words_[-1] in _SPEECH_PAST:
            return False  # "A World Snooker Tour spokesperson said (demand ...)": a clause, not the subject of a noun
        if len(words_) == 1 and words_[0].islower() and self.lx.verb(words_[0]) \
                and not any(self.lx.has(kind, words_[0]) for kind in ("document", "media_head", "anonymous")):
            return False  # "said demand had doubled": a reporting verb is no subject of the noun after it (but
            # "after reports claimed": a document)
        source_head = None  # (found once, when a participle asks for it)
        for i, w in enumerate(words_):
            if not (w[:1].islower() and w.endswith(_PARTICIPLE_ENDS) and len(w) > 4) \
                    or w in _ROLE_PARTICIPLES and i + 1 < len(words_) and (i == 0 or lows[i - 1] not in AUXILIARIES):
                continue  # (only a participle makes the phrase no subject: the readings below excuse one; a role's
                # participle before its noun is none, "investigating officer", but "they were investigating" is)
            if i == len(words_) - 2 and w.endswith("ing") and words_[i + 1].islower() and words_[i + 1].endswith("s"):
                continue  # "hacking specialists", "leading economists", "French fishing groups": a participle before
                # the plural noun that ends the phrase
            if w == "turned" and 0 < i < len(words_) - 1 and words_[i - 1].islower() and words_[i + 1].islower():
                continue  # "Former England bowler turned broadcaster Derek Pendry": one role after another
            if i == 0 and w.endswith("ed") and len(words_) >= 4 and words_[1].islower() \
                    and (n_low := next((m for m, x in enumerate(words_) if x[:1].isupper()), len(words_))) <= 4 \
                    and len(words_) - n_low >= 2 and all(x[:1].isupper() for x in words_[n_low:]) \
                    and not {x.lower() for x in words_[1:n_low]} & (PREPOSITIONS | DETERMINERS):
                continue  # "retired (district) teacher Marion Kells": a participle of a role before a name
            if i == 0 and w.endswith("ed") and len(words_) >= 5 \
                    and [m for m, x in enumerate(words_[1:], 1) if not x[:1].isupper()] == [len(words_) - 3] \
                    and lows[-3] not in PREPOSITIONS | DETERMINERS | CLAUSE_WORDS:
                continue  # "retired Canada Border Services Agency officer Glen Sato": the role's body in capitals
            if w.endswith("ing") and 0 < i < len(words_) - 1 and "of" in lows[:i] and words_[i + 1][:1].isupper() \
                    and (lows[i - 1] == "of" or words_[i - 1].islower()) \
                    and any(x in self.lx.lists["role"] or x == "head" for x in lows[:lows.index("of")]):
                continue  # "(Oxford County) director of community planning Gordon Riehl", "Head of marketing Jane
                # Doe": a field's gerund in a role, before a name
            if not ("-" in w and i + 1 < len(words_) and words_[i + 1][:1].isupper()) \
                    and not (i + 1 < len(words_) and words_[i + 1].islower()
                             and (self.lx.has("role", lows[i + 1]) or self.lx.has("anonymous", lows[i + 1])
                                  or i + 2 < len(words_) and words_[i + 2].islower()
                                  and self.lx.has("role", lows[i + 2]))):
                # (a hyphenated compound before a name is an adjective: "second-ranking Senate Republican X"; a noun
                # before a role names its field: "Conservative housing critic X", "the planning director", "planning
                # committee chairman Coun X")
                if source_head is None:
                    # "elected officials", "restructuring experts": a participle modifying the head noun of an
                    # unnamed source (the head may come before a prepositional phrase: "officials from both parties")
                    head = next((lows[m - 1] for m in range(2, len(lows)) if lows[m] in PREPOSITIONS), lows[-1])
                    source_head = len(words_) > 1 and (self.lx.has("anonymous", head) or self.people_doing(words_, i)
                                                       or self.lx.has("anonymous", lows[-1])
                                                       or (i >= 1 and w in _SOURCE_PARTICIPLES
                                                           and (self.lx.has("anonymous", lows[i - 1])
                                                                or self.plural_noun(lows[i - 1])))
                                                       or i >= 1 and self.document_noun(lows[i - 1]))
                    # ("People briefed on the situation": the participle right after the source's noun; "Figures
                    # compiled by the charity (show)", "billing records obtained by Global News": a document's)
                if not source_head and not any(x in DETERMINERS or x in _QUANTIFIERS for x in lows[:i]):
                    return False
        return True

    def looks_like_source(self, span) -> bool:
        """A phrase of capitalised words, determiners, owners and source nouns only (``Mr Smith``, ``the minister``,
        ``the company's chief executive``)."""
        lists = self.lx.lists
        head = False  # a source noun read: "for" and "at" may follow it ("a spokeswoman for Ventura County Animal
        # Services", "an analyst at Harbourfront")
        what_for = False  # "for" or "at" read: no comma may follow ("said the minister for Housing, Sean Fraser, had
        # ignored tenants": what was said, the role then a name, which role_then_name reads)
        toks = self.tokens.between(*span)
        # lower-case words before the source's noun that ends the phrase are its modifiers ("several current and
        # former agency officials")
        headed = bool(toks) and (self.lx.has("anonymous", toks[-1][2]) or self.lx.has("role", toks[-1][2]))
        for _, _, tok in toks:
            low = tok.lower()
            if low in lists["anonymous"] or low in lists["role"]:
                head = True
            elif what_for and low == "," or not (
                    tok[:1].isupper() or low in DETERMINERS or low.endswith(("'s", "’s"))
                    or low in {"of", ",", "'", "’", "senior", "former", "chief", "deputy", "top", "one", "two",
                               "another"} or head and low in {"for", "at"}
                    or headed and not head and tok.isalpha() and tok.islower() and not is_aux(tok)
                    and tok not in FINITE_VERBS and tok not in NUMBER_WORDS):
                return self.role_then_name(span)
            what_for = what_for or head and low in {"for", "at"}
        return True

    def role_then_name(self, span) -> bool:
        """A role in lower case set off before a name that ends the sentence (``the medical officer of health, Dr.
        Meera Lakhani.``, ``the chief of police, Eric Stubbs.``): not ``said the chief of police, Eric Stubbs, would
        retire`` (what was said), nor ``the spokesman for the company, Rolls Royce`` (the name of what the role is
        of)."""
        named = _ROLE_THEN_NAME.fullmatch(self.text, *span)
        role = named["role"].split() if named else []
        return bool(role) and self.text[span[1]:span[1] + 1] in {".", ""} and any(w in role_heads() for w in role) \
            and not any(w in _NOT_IN_ROLE or w.endswith("ing") for w in role)

    def subject_of_previous_cue(self, toks: list, last: int, s_lo: int) -> tuple[int, int] | None:
        """``..., the Red Cross said, adding that ...``: the source of the reporting verb before ``last`` in the
        sentence (its subject, or the inverted one of ``..., said X, adding``)."""
        for v in range(last, -1, -1):
            tok = toks[v][2]
            if v > 1 and tok.isalpha() and tok.islower() and past_form(tok) \
                    and toks[v - 1][2][:1].isupper() and not self.finite_reporting_verb(toks, v):
                j = v - 1
                while j > 0 and toks[j][2][:1].isupper():
                    j -= 1
                if toks[j][2] in {"and", "but"} and j > 0 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower():
                    return toks[j + 1][0], toks[v - 1][1]  # "prosecutors charged the officer with murder and Emanuel
                    # fired his police chief, ..., acknowledging that": the nearer clause's subject (not "Trump and
                    # Ryan issued": one subject)
            if self.finite_reporting_verb(toks, v):
                if self.comma_before(toks[v][0], s_lo) is not None:
                    if self.lx.lemma(tok) in _TAKES_OBJECT:
                        return None  # "..., a Democrat who sits on the committee, accused Republicans of ...,
                        # noting that": not the object after the verb; the sentence's subject, found by the caller
                    after = self.subject_after(toks, v)
                    if after and self.lx.lemma(tok) == "ask" \
                            and re.search(r"\sto\s+[a-z]", self.text[after[0]:after[1]]):
                        return None  # "..., asked the judge to sentence his client to probation, saying": whom he
                        # asked to act, not an inverted subject
                    if after and self._holds_finite_verb(toks, v + 1, after[1]):
                        after = None  # "..., said the Harwich vote caught members off guard and warned": what was
                        # said, a clause with its own verb, not an inverted subject
                    return after or self.subject_before(toks, v, 0) \
                        or self.appositive_subject(toks, v)  # ("A spokesperson for the Caribbean Community, the
                    # regional bloc ..., said ... and urged": the subject before the aside)
                subj = self.subject_before(toks, v, 0)
                i = next((i for i in range(v) if toks[i][0] == subj[0]), 0) if subj else 0
                u = i - 2 if i > 1 and toks[i - 1][2] == "that" else i - 1
                if u >= 0 and self.finite_reporting_verb(toks, u) and not self.in_quote(toks[u][0]):
                    return self.subject_of_previous_cue(toks, u, s_lo) or subj  # "A spokeswoman for the association
                    # said members welcomed '...', adding that": the reporting verb whose clause holds that one
                return subj
        return None

    def finite_reporting_verb(self, toks: list, v: int) -> bool:
        """Token ``v`` is a reporting verb, not its ``-ing`` form nor a noun (``confirmed the call, describing``; "A
        staff report released Friday recommends ..., saying"; "played down the report")."""
        tok = toks[v][2]
        return tok[:1].islower() and self.is_verb(tok, "qct") and not tok.lower().endswith("ing") \
            and not (v > 0 and is_noun_context(toks[v - 1][2])) and not noun_cue_form(toks, v) \
            and not (tok in {"point", "points"} and (v + 1 == len(toks) or toks[v + 1][2] not in {"to", "out", "that"}))
        # ("Rubio recites the same campaign points, calling him": a noun; the verb points to, out or that)

    def _holds_finite_verb(self, toks: list, i: int, end: int) -> bool:
        """Tokens from ``i`` up to offset ``end`` hold a past verb with a lower-case object after a lower-case noun:
        ``the Harwich vote caught members``; never a phrase ending in a capitalised name."""
        if self.text[max(0, end - 60):end].rsplit(None, 1)[-1][:1].isupper():
            return False  # "said Labour left winger Jon Trickett": a source ending in a name
        while i + 1 < len(toks) and toks[i + 1][1] <= end:
            word = toks[i][2]
            if i > 0 and toks[i - 1][2].isalpha() and toks[i - 1][2].islower() \
                    and toks[i - 1][2] not in DETERMINERS and word != "left" \
                    and (word in IRREGULAR_PAST or ED_END.search(word) and self.lx.verb(word)) \
                    and toks[i + 1][2][:1].islower():
                return True  # (not "the hard left group": "left" is an adjective as often as a verb)
            i += 1
        return False

    @staticmethod
    def relative_to_end(toks: list, pos: int) -> bool:
        """From offset ``pos`` to the sentence's end, a relative clause on ``who`` and nothing else: the tail of an
        inverted source (``..., said a senior official who spoke on condition of anonymity.``), not the subject of a
        clause of its own (``said residents who cannot make the trip can ask ...``)."""
        rest = [t for t in toks if t[0] >= pos]
        if rest and rest[0][2] == ",":
            rest = rest[1:]
        if len(rest) < 2 or rest[0][2].lower() != "who" \
                or any(t[2] in {",", ";", ":", "\"", "“", "”"} for t in rest[1:]):
            return False
        for i in range(2, len(rest)):
            low = rest[i][2].lower()
            if low in _RELATIVE_STOPS:
                return True  # (a reason or time of its own: "who asked not to be named because the talks are ...")
            if low in FINITE_VERBS and rest[i - 1][2].lower() not in {"and", "or", "not"}:
                return False  # a second verb group: the main clause's ("... can ask")
        return True

    def document_made_by(self, toks: list, k: int, inverted: tuple[int, int]) -> bool:
        """After ``said`` or ``added`` at ``k``, an inverted document (``inverted``), then who made it and nothing else
        to the sentence's end: ``..., said the leaflet published jointly by the Crown Prosecution Service.``."""
        head = self.text[max(0, inverted[1] - 12):inverted[1]].rsplit(None, 1)[-1].lower()
        if self.lx.lemma(toks[k][2]) not in {"say", "add"} or head not in self.lx.lists["document"]:
            return False  # (the word tests first: the tokens after the source are read only for a document)
        rest = [t for t in toks if t[0] >= inverted[1]]
        return len(rest) > 2 and made_by_at(rest, 0) \
            and not any(t[2] in {",", ";", ":", "\"", "“", "”"} or t[2].lower() in FINITE_VERBS for t in rest[1:])

    def document_with_maker(self, toks: list, k: int, inverted: tuple[int, int]) -> tuple[int, int] | None:
        """The inverted document of :meth:`document_made_by` with who made it, to the sentence's end (``the leaflet
        published jointly by the Crown Prosecution Service``: the maker is the source), else None."""
        if not self.document_made_by(toks, k, inverted):
            return None
        last = next(t for t in reversed(toks) if t[2][:1].isalnum() or t[2] == ")")
        return inverted[0], max(inverted[1], last[1])

    def subject_after(self, toks: list, k: int) -> tuple[int, int] | None:
        """Span of an inverted subject (``said Mr Smith``) after token ``k``."""
        j = k + 1
        if j < len(toks) and toks[j][2].lower() in _NOT_INVERTED \
                or self.lx.lemma(toks[k][2]) in _TAKES_OBJECT:
            return None  # ("X, the minister, told Holyrood's Net Zero, Energy and Transport Committee that": an object)
        if j < len(toks) and not toks[j][2][:1].isupper() and self.lx.lemma(toks[k][2]) == "deny" \
                and self.text[max(0, toks[k][0] - 3):toks[k][0]].rstrip()[-1:] not in CLOSING_MARKS:
            return None  # ("BuzzFeed, which ..., denied the report, saying": what is denied; but '"...," denied the
            # spokesman')
        if j < len(toks) and toks[j][2].islower() and toks[j][2].endswith("ing") \
                and not any(t[2][:1].isupper() or self.lx.has("anonymous", t[2]) or self.lx.has("role", t[2])
                            for t in toks[j + 1:j + 5] if t[2][:1].isalpha()):
            return None  # ", say taxing consumption encourages savings": a clause (but "said outgoing CEO Jane Doe")
        if j + 1 < len(toks) and toks[j][2] in {"he", "she", "they", "we", "I"} and toks[j + 1][2].isalpha() \
                and toks[j + 1][2].islower() and toks[j + 1][2] not in PREPOSITIONS \
                and toks[j + 1][2] not in TIME_WORDS and not toks[j + 1][2].endswith("ly"):
            return None  # '..., "a fence-sitter," said he wanted staff to return': a clause (but '"...," said she on
            # Monday', 'said he firmly': the inverted pronoun)
        if j + 2 < len(toks) and toks[j][2].isalpha() and toks[j][2].islower() and not toks[j][2].endswith("s") \
                and toks[j][2] not in DETERMINERS | NUMBER_WORDS | {"one", "another"} \
                and not self.person_head(toks[j][2]) and toks[j + 1][2].isalpha() and toks[j + 1][2].islower() \
                and (past_form(toks[j + 1][2]) and toks[j + 2][2][:1].islower()
                     or toks[j + 1][2].endswith("s") and not toks[j + 1][2].endswith("ss")
                     and not self.lx.has("org_head", toks[j][2]) and not self.people_noun(toks[j + 1][2])
                     and toks[j + 2][2][:1].isalnum() and not toks[j + 2][2][:1].isupper()):
            return None  # "Judge orders county to reopen road, says closure stranded ranch family", "..., says fight
            # belongs in Ottawa": a clause, a bare singular noun, its verb and what follows it (no inverted source; but
            # "said one unaligned Florida strategist", "said union members in Leeds")
        start = j
        if j < len(toks) and toks[j][2].islower() and is_aux(toks[j][2]):
            return None  # 'Mitt Romney’s “47 percent” comment was nearly as dismissive': a verb, no inverted subject
        placed = False  # (someone unnamed, then where they live: "one man in Caledonia Road")
        while j < len(toks) and (toks[j][2][0].isalnum() or toks[j][2] in {"'", "’"}
                                 or j > start and _acronym_bracket(toks, j)  # "the World Health Organization (WHO)"
                                 or (toks[j][2] == "/" and j > start and toks[j - 1][2].isdigit())
                                 or (toks[j][2] == "." and j > start and j + 1 < len(toks)  # "said G.Uranchimeg"
                                     and toks[j - 1][1] == toks[j][0] == toks[j + 1][0] - 1
                                     and len(toks[j - 1][2]) <= 2 and toks[j + 1][2][:1].isupper())) \
                and j - start < 10:
            # (a date in the source: "said 9/11 widow Terry Strada")
            if placed and toks[j][2][:1].islower():
                break  # (where they live is its capitalised name: "said a German user from Hanover (going by ...)")
            if toks[j][2].lower() in _INVERTED_END and j > start and not self.close_to(toks, j) \
                    and not toks[j][2].isupper() \
                    and not (toks[j][2] == "and" and toks[j - 1][2] in _TENURES and j + 1 < len(toks)
                             and toks[j + 1][2] in _TENURES) \
                    and not (toks[j][2] in _ROLE_LINKS and j + 1 < len(toks) and toks[j + 1][2][:1].isalpha()
                             and any(self.lx.has(kind, toks[j - 1][2]) for kind in ("anonymous", "role", "title"))) \
                    and not (placed := toks[j][2] in {"in", "from"} and j + 1 < len(toks)
                             and toks[j + 1][2][:1].isupper() and toks[start][2].lower() in {"a", "an", "one", "another"}
                             and self.people_noun(toks[j - 1][2])):
                break  # (but "said two people familiar with the matter", "said one adviser to the board", "said the
                # medical health officer for the north-central area, Dr. Olivia Szabo", "said two current and former
                # officials", "said one man in Caledonia Road": someone unnamed and where they live)
            if j > start and made_by_at(toks, j):
                break  # "said the leaflet published jointly by ...": the source, then who made it
            j += 1
        if start < j and j + 1 < len(toks) and toks[j][2] == "and" and toks[j + 1][2] == "others" \
                and (j + 2 == len(toks) or toks[j + 2][2] in END_OR_COMMA):
            j += 2  # "The contrast with Trump, said Doyle and others, would be clear": the source and the rest
        if start < j < len(toks) and toks[j][2] == "in" and (named := self.office_where_named(toks, start, j)):
            return toks[start][0], named  # "said the Representative of the World Health Organization in the DRC, Dr.
            # Moussa Diallo-Keita": the office where it is held, then its holder's name
        if j > start and toks[start][2][:1].isupper():
            m = start  # "said Bedford County Department of Fire and Rescue Deputy Chief of Operations Kenneth
            # Saunders": a long title in capitals joined by "of" and "and", then the name, closing the sentence
            while m < len(toks) and m - start < 20 and (toks[m][2][:1].isupper() or toks[m][2] in _TITLE_JOINS):
                m += 1
            if m > j + 1 and (m == len(toks) or toks[m][2] in END_OR_COMMA) and toks[m - 1][2][:1].isupper() \
                    and toks[m - 2][2][:1].isupper():
                j = m
        if j == start or any(t[2] in FINITE_VERBS for t in toks[start + 1:j]):
            return None  # (a verb in it: "said the candidate could be in a competitive situation" is a clause)
        if j == start + 1 and toks[start][2].islower() and toks[start][2].endswith("ly"):
            return None  # "Dottie, said simply, '...'": an adverb of the cue, not an inverted subject
        if j + 2 < len(toks) and toks[j][2] == "and" and self.lx.has("title", toks[j - 1][2]):
            # "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two titles
            m = j + 1
            while m < len(toks) and m - j < 9 and toks[m][2][:1].isupper():
                m += 1
            if m - j > 2 and (m == len(toks) or toks[m][2] in END_OR_COMMA or toks[m][2] in PREPOSITIONS):
                j = m  # (then maybe where it was said: "said Kestrel president and CEO Allan Brisbin in the release")
        if j + 3 < len(toks) and toks[j][2] == "and" and (self.lx.has("title", toks[j - 1][2])
                                                           or self.lx.has("role", toks[j - 1][2])
                                                           or self.office_of_fields(toks, start, j)) \
                and (c := next((c for c in range(j + 2, min(len(toks) - 1, j + 9)) if toks[c][2] == ","), None)) \
                and toks[c + 1][2][:1].isupper() \
                and all(t[2][:1].isalnum() and t[2] not in FINITE_VERBS and not is_aux(t[2]) for t in toks[j + 1:c]):
            j = c  # "said the partnership's chief medical officer and former Sandwell stroke lead, Dr Helen Marsh":
            # a second description, then the name
        elif j + 3 < len(toks) and toks[j][2] == "and" and self.lx.has("role", toks[j - 1][2]) \
                and toks[start][2].lower() not in DETERMINERS:  # (not "said the judge and defence barrister Tom
            # Reid": the judge named before, and another)
            d = j + 1  # "said club captain and retired marine engineer Gordon Noble": a second role in lower case,
            # then the name (two capitalised words or more) closing the source
            while d < len(toks) and d - j <= 4 and toks[d][2].isalpha() and toks[d][2].islower() \
                    and toks[d][2] not in FINITE_VERBS and not is_aux(toks[d][2]) and toks[d][2] not in DETERMINERS:
                d += 1
            m = d
            while m < len(toks) and m - d < 5 and toks[m][2][:1].isupper():
                m += 1
            if d > j + 1 and m - d >= 2 and (m == len(toks) or toks[m][2] in END_OR_COMMA) \
                    and (PERSON_NOUN.search(toks[d - 1][2])
                         or any(self.lx.has(kind, toks[d - 1][2]) for kind in ("role", "anonymous"))):
                j = m
        if j + 3 < len(toks) and toks[j][2] == "," and toks[j + 1][2].isalpha() and toks[j + 1][2].islower() \
                and toks[j + 1][2] not in DETERMINERS | CLAUSE_WORDS:
            d = j + 1  # "said the group's chair, retired paramedic Dilwyn Absalom": a description in lower case, then
            # the name (two capitalised words or more) closing the source
            while d < len(toks) and d - j <= 3 and toks[d][2].isalpha() and toks[d][2].islower():
                d += 1
            noun = toks[d - 1][2]
            m = d
            while m < len(toks) and m - d < 5 and toks[m][2][:1].isupper():
                m += 1
            if m - d >= 2 and (m == len(toks) or toks[m][2] in END_OR_COMMA) \
                    and not any(t[2] in FINITE_VERBS or is_aux(t[2]) for t in toks[j + 1:d]) \
                    and (PERSON_NOUN.search(noun) or any(self.lx.has(kind, noun)
                                                         for kind in ("role", "anonymous", "title"))):
                return toks[start][0], toks[m - 1][1]
        if j + 1 < len(toks) and toks[j][2] == "," and toks[j + 1][2][:1].isupper():
            m = j + 1  # said the prime minister, Boris Johnson
            while m < len(toks) and m - j < 6 and (toks[m][2][:1].isupper()
                                                   or toks[m][2].lower() in {"of", "de", "van"}):
                m += 1
            if m == len(toks) or toks[m][2] in END_OR_COMMA:
                j = m
        return toks[start][0], toks[j - 1][1]

    def office_of_fields(self, toks: list, start: int, j: int) -> bool:
        """``toks[start:j]`` is an office and ``of`` and the first of its fields in lower case, which ``and`` at
        ``j`` goes on: "the trust's director of primary (and community services, Dr Anil Mistry)"."""
        return any(toks[p + 1][2] == "of" and (self.lx.has("title", toks[p][2]) or self.lx.has("role", toks[p][2]))
                   for p in range(start, j - 1)) and all(t[2].islower() for t in toks[j - 1:j])

    def office_where_named(self, toks: list, start: int, j: int) -> int | None:
        """End offset of the name after ``in <place>,`` at ``j`` when ``toks[start:j]`` is an office (a title or role
        word, then ``of`` and a body): ``the Representative of the WHO in the DRC, Dr. Moussa Diallo-Keita``."""
        if not any(t[2] == "of" for t in toks[start:j]) \
                or not any(self.lx.has("title", t[2]) or self.lx.has("role", t[2]) for t in toks[start:j]):
            return None
        c = next((c for c in range(j + 1, min(len(toks) - 1, j + 6)) if toks[c][2] == ","), None)
        if c is None or not all(t[2][:1].isupper() or t[2] in {"the", "of"} for t in toks[j + 1:c]):
            return None
        m = c + 1
        while m < len(toks) and m - c < 7 and (toks[m][2][:1].isupper() or toks[m][2] in {".", "-"}):
            m += 1
        names = [t[2] for t in toks[c + 1:m] if t[2][:1].isupper() and not self.lx.has("title", t[2].rstrip("."))]
        return toks[m - 1][1] if len(names) >= 2 and (m == len(toks) or toks[m][2] in END_OR_COMMA) else None

    def inverted_source(self, toks: list, k: int) -> bool:
        """A source right after the cue at ``k``, ending at a comma or the sentence's point (``..., said the Tax
        Policy Center, a nonpartisan think tank``): the cue's subject, whatever stands before it."""
        if k == 0 or toks[k - 1][2] != ",":
            return False  # (an inverted cue follows its clause's comma: not "..., has long criticized CNN,")
        if k > 2 and toks[k - 2][2][:1].isupper() and all(t[2][:1].isupper() or t[2] in {",", ".", "-", "&"}
                                                          or t[2] in _NAME_LINKS for t in toks[:k - 1]):
            return False  # "Chairperson of the X Cooperative, Ruth Phiri, said many of her members ... had": a name and
            # its title before the cue, no clause a source could follow
        inverted = self.subject_after(toks, k)
        if inverted and self.document_made_by(toks, k, inverted):
            return True
        return bool(inverted) and self.looks_like_source(inverted) \
            and (self.text[inverted[1]:inverted[1] + 1] in {",", "."} or self.relative_to_end(toks, inverted[1])) \
            and toks[k + 1][2].lower() not in POSSESSIVE_DETERMINERS  # (not "X, who leads the team, said its
        # nominee, a ..., had")

    def as_name(self, toks: list, i: int) -> bool:
        """Token ``i`` is "as" before a name that opens its clause (``As Andrew Tabler, an expert on Syria, noted``),
        not before a role held (``As Secretary of State, Clinton said``)."""
        return i + 2 < len(toks) and toks[i][2] in {"As", "as"} and toks[i + 1][2][:1].isupper() \
            and not any(self.lx.has(kind, toks[i + 1][2]) for kind in ("title", "role", "anonymous")) \
            and toks[i + 1][2].lower() not in DETERMINERS | PRONOUNS

    def appositive_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """``Phil Lovas, the campaign's chairman, said``: the phrase from the name to the comma before ``k``."""
        j = k - 1
        while j >= 0 and is_aux(toks[j][2]):
            j -= 1
        j = _before_time_aside(toks, j)
        nickname = None  # the opening mark of a short quotation ending the aside: 'whom teammates call "Skyscraper,"'
        width = 2 if j > 3 and toks[j][2] == toks[j - 1][2] == "'" else 1  # (a doubled mark: ''...,'')
        if j > 2 and (toks[j][2] in {'"', "”"} or width == 2) and toks[j - width][2] == ",":
            nickname = next((m for m in range(j - 1 - width, max(0, j - 6), -1) if toks[m][2] in {'"', "“"}), None)
            if nickname is None and (aside := _aside_quotation_opening(toks, j - width + 1)) is not None \
                    and not ((inverted := self.subject_after(toks, k)) and self.looks_like_source(inverted)
                             and self.text[inverted[1]:inverted[1] + 1] in {",", "."}):
                nickname = aside  # (not before an inverted source: '... described its outlook as "...," said
                # analyst Ken Wu': the quotation is his)
            j = j - width if nickname is not None else j
        if j < 1 or toks[j][2] != "," or self.inverted_source(toks, k):
            return None
        end = j - 1
        if (described := self.description_then_name(toks, j)) is not None:
            return described
        if (titled_name := _titled_name_set_off(toks, j)) is not None:
            return titled_name
        i = end
        commas = 0
        titled = None  # the opening mark of a work's title set off in the subject
        # (a reason the source is not named makes the aside longer: "One of the four women in the group, a 26-year-old
        # from Abaiang who asked to be identified only by her first name, Rereati, because she feared she would not be
        # hired again, said")
        reach = 40 if any(toks[m][2] == "because" and anonymity_because(toks, m)
                          for m in range(max(0, end - 30), end)) else 30
        while i >= 0 and end - i < reach:
            tok = toks[i][2]
            if nickname is not None and i >= nickname:
                i = nickname  # (over the quotation, whatever marks it holds)
            elif tok in _CLOSING_TITLE and (opened := _title_opening(toks, i, after="of")) is not None:
                i = opened  # "X, author of “Feet on Fire”, said": a work's title ending the aside (not "The
                # charity's report “Left in Pain”, published ..., found": the work itself)
            elif tok in _CLOSING_TITLE and (opened := _title_opening(toks, i)) is not None:
                i = titled = opened  # "The charity's report, “Left in Pain”, published on Wednesday, found": a
                # work's title set off
            elif (toks[i + 1][2][:1].isalpha() or i == end) and (opened := _quoted_name_start(toks, i)) is not None \
                    and (i < end or toks[opened - 1][2].lower() not in NAMING_PARTICIPLES):
                i = opened  # "X, a storyteller whose show “Everything I Know About Bees” ran at the Undercroft, said":
                # a short quoted name inside the aside, the aside going on after it (or ending it, its comma after
                # the mark: 'X, known as the "Crawfish King", said', 'X, in an interview with NIAT “Khovar”, noted';
                # not a name or title given right before it: 'The club's captain, nicknamed "The Wall", said')
            elif tok == ",":
                commas += not _listed_field(toks, i)
                if commas > 4:
                    return None
            elif tok in DASHES and _after_dated_line(toks, i):
                break  # "May 22, 2025-- Residents of Jalacte, a Maya village ..., say": a dateline's date before
            elif not tok[0].isalnum() and tok not in {"(", ")", "'", "’", "-", "&", ".", "%"} | CURRENCIES:
                break  # ("." only inside abbreviations and numbers here: the tokens are one sentence's; "(D-N.Y.)";
                # a sum: "The fund, which manages about $4.1bn, said")
            elif tok.lower() in {"that", "but", "because", "although", "though", "while", "if", "when", "so"} \
                    and not self.relative_that(toks, i) and not (i == 0 and tok == "That") \
                    and not (tok == "that" and i > 1 and toks[i - 1][2][:1].isupper()
                             and toks[i - 2][2] in {"near", "in", "outside", "of", "at", "from"}
                             and toks[i + 1][2].islower() and toks[i + 1][2].isalpha() and toks[i + 1][2].endswith("s")
                             and toks[i + 1][2] not in DETERMINERS) \
                    and not (tok == "that" and i > 0 and toks[i - 1][2].lower() in PREPOSITIONS) \
                    and not (tok == "that" and toks[i + 1][2].lower() in TIME_WORDS | {"day", "time"}) \
                    and not anonymity_because(toks, i) \
                    and not (tok == "that" and toks[i - 1][2] == "asked"
                             and ANONYMITY_ASKED.match(self.text, toks[i][0])):
                break  # (but "The author of that report, X, said": a determiner after a preposition or before a time,
                # "X, a canner near Parma that buys beans, said": a relative clause after a place,
                # "X, a mother of two who had been due to fly that day, said"; "That farmer, Walter Huang, 81,
                # testified": opening the sentence, and "X, speaking on condition of anonymity because the talks are
                # confidential, said", "X, who asked that her surname not be published, said": why the source is not
                # named, and that it is not)
            i -= 1
        start = i + 1
        while start < end and toks[start][2] == ",":
            start += 1
        if commas >= 2 and not (toks[start][2][:1].isupper() or toks[start][2].lower() in DETERMINERS):
            # "... when water is warm, and Dr. Celeste Arceneaux, an epidemiologist, said": the clause joined last
            start = next((m + 2 for m in range(start, end - 2) if toks[m][2] == "," and toks[m + 1][2] in {"and", "but"}
                          and toks[m + 2][2][:1].isupper()), start)
        if not (toks[start][2][:1].isupper() or toks[start][2].lower() in DETERMINERS) and start > 0 \
                and toks[start - 1][2].lower() in {"if", "when", "while", "because", "although", "though"}:
            # "Asked if there had been fraud, Michael Briggs, the spokesman, suggested": the subordinate clause ends
            # at its comma, the name after it opens the subject
            start = next((m + 1 for m in range(start, end) if toks[m][2] == "," and toks[m + 1][2][:1].isupper()),
                         start)
        joined = start <= 1 and end > 2 and toks[0][2] in {"And", "But", "Yet"} and toks[1][2].islower()
        start = 1 if joined else start  # the conjunction that joins the sentence to the last is no part of the
        # subject: "But numerous veterans, including Mr. Jebens, said" (a plural noun in lower case), "And on Tuesday,
        # Kevin Brady, chairman of ..., said" (an opening adjunct, read below)
        if commas == 0 or not (toks[start][2][:1].isupper() or toks[start][2].lower() in DETERMINERS
                               or joined and (toks[start][2] in _OPENING_CLAUSE or self.plural_noun(toks[1][2])
                                              or self.plural_noun(toks[2][2]))):
            return None
        if titled is not None and start < titled - 1:
            if titled - 1 - start > 8 or any(t[2] == "," or t[2].lower() in _RELATIVE for t in toks[start:titled - 1]):
                return None  # (not a clause: "... in 2020, prompting a federal inquiry whose final report, "...",")
            return toks[start][0], toks[titled - 2][1]  # the work before its title: "The charity's report"
        timed = _after_time_adjunct(toks, start, end)
        if timed > start and toks[timed][2] != ",":
            start = timed  # In December the House of Lords, the UK's highest court, ruled: after a time adjunct
        start = _after_distance(toks, start, end)  # "Two doors down, a café owner, who ..., said"
        if self.as_name(toks, start):
            start += 1  # "As Andrew J. Tabler, an expert on Syria, noted, ...": the as-clause's own subject
        if toks[start][2].lower() in _OPENING_CLAUSE or start == 0 and toks[start + 1][2][:1].islower() \
                and _opens_with_participle(toks[start:end]) \
                or toks[start][2].lower() in _OPENING_ADVERBS and toks[start + 1][2] == ",":
            # (not a name in -ing: "Aisling Byrne, 29, ..."; an adverb and its comma: "Later, Michael Briggs,
            # Sanders's spokesman, suggested")
            # In a statement, one of the family's attorneys, Justin Bamberg, said: the phrase after the adjunct (or
            # after a participle's clause: "Speaking to Anadolu Agency, Yilmaz Demir, head of the chamber, said")
            start = next((m + 1 for m in range(start, end) if toks[m][2] == ","), end + 1)
            if start <= end and toks[start][2].lower() in _SEEN_BY and any(t[2] == "," for t in toks[start:end]):
                # "In a letter to the group, seen by the Warrington Guardian, the council's director ..., Paul
                # Whitfield, said": the document's participle aside ends at the next comma
                start = next((m + 1 for m in range(start, end) if toks[m][2] == ","), end + 1)
            if start <= end and toks[start][2].lower() in {"where", "when", "which"}:
                # "At the hospital, where a list was taped to a wall, Rosalinda Manalo, 61, said": the adjunct's own
                # relative clause ends at the next comma
                start = next((m + 1 for m in range(start, end) if toks[m][2] == ","), end + 1)
            if start <= end and toks[start][2].lower() in _OPENING_ADJUNCT and toks[start][2][:1].islower() \
                    and sum(t[2] == "," for t in toks[start:end]) >= 2:
                # "Speaking by video link from Odesa, through an interpreter, Olena Savchuk, the secretary of ...,
                # said": a second adjunct after the first, then the subject and its aside
                start = next((m + 1 for m in range(start, end) if toks[m][2] == ","), end + 1)
            if start > end or not (toks[start][2][:1].isupper() or toks[start][2].lower() in _PHRASE_START
                                   or self.role_before_name(toks, start, end)):
                return None
        c = next((m for m in range(start + 1, end) if toks[m][2] == ","), None)
        if c is not None and toks[c + 1][2].islower() and toks[c + 1][2].endswith("ing") \
                and toks[c + 1][2] not in ING_NOT_GERUND - {"being"} \
                and all(t[2][:1].isupper() or t[2] == "." for t in toks[start:c]):
            return toks[start][0], toks[c - 1][1]  # "Mr. Manafort, citing the polls, said": the name before what it
            # did as it spoke
        while True:
            rel = next((m for m in range(start, end + 1)
                        if toks[m][2].lower() in _RELATIVE or (toks[m][2] == "that" and self.relative_that(toks, m))),
                       end + 1)
            asked = next((m for m in range(start, rel) if toks[m][2] in WH_WORDS or anonymity_because(toks, m)), rel)
            # ("Stang, asked whether he would support the drive, said", "X, speaking on condition of anonymity because
            # the talks are confidential, said": the question's or the reason's verb is no verb of the subject's
            # phrase)
            state_title = toks[start][2] == "state" and toks[start + 1][2][:1].isupper()  # ("In Olympia, state Sen.
            # Lorraine Vickery-Pak, D-Anacortes, said": a state's office, not the verb "state")
            named_did = start + 2 < asked and toks[start][2][:1].isupper() and toks[start + 1][2] in IRREGULAR_PAST \
                and toks[start + 2][2] != "by"  # ("To give you the tenor ..., Trump went on to promote the show,
            # note that": a name and its verb, a clause; but "Protesters led by X")
            if not (self.is_verb(toks[start][2], "qcti") and not state_title or named_did
                    or any(t[2] in _FINITE_WORDS for t in toks[start:asked])):
                if any(toks[m][2] == "," and toks[m + 1][2] in FINITE_VERBS for m in range(rel, end)):
                    return None  # "The levy, which would apply to ..., is being discussed ...": a clause
                if start < rel - 1 <= end and toks[rel - 1][2] == "," and toks[rel][2] == "who":
                    return toks[start][0], toks[rel - 2][1]  # "Glenn Beck, who since ... has ..., on Friday declared"
                return toks[start][0], toks[end if nickname is None else end + 2][1]  # (to the closing mark)
            # "X did not go over well with Republicans, and ..., said one source": a clause; but after its comma,
            # "Delegates were deemed ineligible, Roberta Lange, the state party chairwoman, said": a name and its
            # appositive
            commas_ = [m for m in range(start, end) if toks[m][2] == ","]
            joined = len(commas_) >= 2 and toks[commas_[0] + 1][2] in _JOINING_SUBJECT \
                and (toks[commas_[0] + 2][2][:1].isupper() or toks[commas_[0] + 2][2] in DETERMINERS)
            # ("..., and Dr. Celeste Arceneaux, an epidemiologist, said": a clause joined to the one before; "... on the
            # island, where the chairman of Bute Community Council, Iain McFadyen, said": a place's relative clause)
            if len(commas_) < 2 or not (toks[commas_[0] + 1][2][:1].isupper() or joined):
                return None
            start = commas_[0] + 1 + joined

    @staticmethod
    def role_before_name(toks: list, start: int, end: int) -> bool:
        """One or two lower-case words, then a capitalised name, from ``start`` (``river pilot Celso Ramírez Ortiz``,
        ``shoe seller Fidy Rakotomalala``): an occupation before a name, with no article."""
        name = next((m for m in range(start + 1, min(end + 1, start + 3)) if toks[m][2][:1].isupper()), None)
        return name is not None and all(t[2].isalpha() and t[2].islower() for t in toks[start:name])

    @staticmethod
    def description_then_name(toks: list, comma: int) -> tuple[int, int] | None:
        """``..., his sister, Julie Gagnon-Roy, told``: a short description opened by ``his``/``her``/``their``/
        ``its``/``the`` (or ``a``/``an`` when it ends with a role or source noun: ``..., a spokeswoman, Anna White,
        said``) and a capitalised name, each set off by commas, ending at the comma at ``comma`` after a clause; their
        span, else None."""
        name = comma - 1
        while name > 0 and toks[name][2][:1].isupper() and comma - name <= 4:
            name -= 1
        if name == comma - 1 or toks[name][2] != ",":
            return None
        opener = name - 1
        while opener > 0 and toks[opener][2] not in {",", ";"} | END_PUNCT and name - opener <= 5:
            opener -= 1
        if opener <= 0 or toks[opener][2] != "," or toks[opener + 1][2] not in _OWNER_OPENERS \
                or any(t[2] in _FINITE_WORDS or not t[2][:1].isalpha() for t in toks[opener + 1:name]):
            return None
        if toks[opener + 1][2] in {"a", "an"} and not any(lexicon().has(kind, toks[name - 1][2].lower())
                                                         for kind in ("role", "anonymous")):
            return None  # "..., a spokeswoman, Anna White, said": a role noun before the name (not "Christopher
            # Harvey, an African-American delegate from Houston, Texas, said": where he is from)
        return toks[opener + 1][0], toks[comma - 1][1]

    @staticmethod
    def quoted_as(toks: list, k: int) -> tuple[int, int] | None:
        """``quoted Trump as saying``: the span of whom ``quoted`` names before ``as`` and the participle at ``k``,
        a name set off after a role allowed (``quoted the Commissioner General of the LRA, Mr. Kollie D. Barclay, as
        saying``)."""
        if k < 3 or toks[k - 1][2].lower() != "as":
            return None
        q = next((i for i in range(k - 2, max(-1, k - 18), -1) if toks[i][2].lower() in _QUOTING), None)
        if q is None or q + 1 > k - 2 \
                or not all(t[2][:1].isalnum() or t[2] in {",", "."} for t in toks[q + 1:k - 1]) \
                or not toks[q + 1][2][:1].isalnum():
            return None
        if toks[q + 1][2] == "by" and q > 0 and toks[q - 1][2].lower() in {"was", "were", "is", "are", "been"}:
            return None  # "X was quoted by the state news agency as saying": the agency reports, X says it
        end = k - 2 if toks[k - 2][2] != "," else k - 3  # (the comma that closes a name set off)
        return toks[q + 1][0], toks[end][1]

    @staticmethod
    def quoted_passive(toks: list, k: int, lo: int) -> int | None:
        """``was quoted as saying``, the participle at ``k``: the index of the auxiliary, after ``lo``; else None."""
        return k - 3 if k - 3 > lo and toks[k - 1][2] == "as" and toks[k - 2][2] in _QUOTING \
            and is_aux(toks[k - 3][2]) else None

    @staticmethod
    def with_subject(toks: list, k: int) -> tuple[int, int] | None:
        """``with X (adverb) shouting``, ``despite X calling``: the span of X (up to eight words: ``with the leader
        of the city council calling``; or twelve with a name set off in it: ``despite one of its longest-serving
        members, Cllr Dennis Armstrong, calling``), the subject of the participle at ``k`` after ``with`` or
        ``despite``."""
        j = k - 1
        while j >= 0 and is_aux(toks[j][2]):
            j -= 1
        set_off = j > 0 and toks[j][2] == ","  # (after "despite" only: "with his wife, Melania, saying" is his)
        j -= set_off
        i = j
        while i >= 0 and (toks[i][2][:1].isalnum() or set_off and toks[i][2] == ",") \
                and toks[i][2].lower() not in _GERUND_SUBJECT_OPENERS and j - i < (12 if set_off else 8):
            i -= 1
        if not (0 <= i < j and toks[i][2].lower() in _GERUND_SUBJECT_OPENERS) \
                or set_off and toks[i][2].lower() != "despite" \
                or toks[j][2].lower() in {"while", "when", "after", "before", "by", "since", "upon", "without"}:
            return None  # (a conjunction or preposition before the participle opens it: "their differences with
            # Trump while saying": not Trump who says it)
        comma = next((c for c in range(i + 1, j) if toks[c][2] == ","), None) if set_off else None
        if set_off and (comma is None or sum(t[2] == "," for t in toks[i + 1:j]) != 1 or j - comma > 5
                        or not all(t[2][:1].isupper() or t[2] == "." for t in toks[comma + 1:j + 1])):
            return None  # (a name alone set off by two commas, the second before the participle: not "with a series
            # of primary wins, will return the favor to Trump, saying")
        return toks[i + 1][0], toks[j][1]

    def joins_bodies(self, toks: list, j: int, end: int) -> bool:
        """``and`` at ``j`` joins two bodies in a subject that ends at ``end``: ``The U.N. refugee agency and the
        International Organization for Migration (said)``: a body's head or a capital before it, ``the`` and a
        capitalised name after it up to the subject's end."""
        if not (j + 2 <= end and toks[j + 1][2] == "the" and (toks[j - 1][2][:1].isupper()
                                                               or self.lx.has("org_head", toks[j - 1][2]))
                and all(t[2][:1].isupper() or t[2] in {"of", "for", "on", "and"} for t in toks[j + 2:end + 1])):
            return False
        first = next((i for i in range(j - 1, max(-1, j - 8), -1) if toks[i][2].lower() in PREPOSITIONS
                      or not toks[i][2][:1].isalnum()), -1)
        return first < 0 or toks[first][2].lower() not in PREPOSITIONS  # (not "A study by Vanderbilt University
        # and the Pennsylvania State University Graduate School of Education found": the study's makers)

    def joins_modifiers(self, toks: list, j: int, end: int) -> bool:
        """``and`` at ``j`` joins two words of tenure (``current and former``), or two lower-case nouns before a body's
        head that ends the subject, after ``of the`` or a possessive (``Det. Sgt. Carla Mendes of the service's drug
        and gun unit (said)``), or two nouns after an article before more nouns (``The owner of a paddleboard and
        canoe hire business (said)``), or a body's name and a lower-case noun before an unnamed source's noun (``Fed
        and government officials``), or two runs of a body's name in capitals before its kind (``The United Food and
        Commercial Workers union``); or a document's date and who saw it (``An internal memo dated 10 October and
        seen by ATPE (indicates)``)."""
        if j + 2 < end and toks[j + 1][2] in _HANDED and toks[j + 2][2] == "by" \
                and any(t[2] == "dated" for t in toks[max(0, j - 6):j]):
            return True
        if j + 1 < end and toks[j - 1][2] in MADE_BY and toks[j + 1][2] in MADE_BY \
                and any(toks[d][2].lower() in self.lx.lists["document"] and toks[d - 1][2].lower() in DETERMINERS
                        for d in range(max(1, j - 6), j - 2)):
            return True  # "An advisory she signed and sent to hospitals Monday (asks)": the maker's two verbs
        if j + 2 < end and toks[j + 1][2] in MADE_BY and toks[j + 2][2] == "by" \
                and any(toks[t][2] in MADE_BY and toks[t + 1][2] == "by" for t in range(max(1, j - 8), j - 1)) \
                and any(self.lx.has("document", t[2]) for t in toks[max(0, j - 10):j]):
            return True  # "A petition circulated by the group and signed by 412 residents (urged)": both its makers'
            # verbs
        if j + 2 == end and j > 0 and toks[j - 1][2][:1].isupper() and toks[j + 1][2].isalpha() \
                and toks[j + 1][2].islower() and self.lx.has("anonymous", toks[end][2]) \
                and (not toks[j - 1][2].endswith("s") or toks[j + 1][2] in POSSESSIVE_DETERMINERS):
            return True  # "Fed and government officials (said)": a body and a kind, both of one head; "Sanders and
            # his supporters" (but not "account both Democrats and independent voters": a plural group alone)
        if j > 1 and toks[j - 1][2][:1].isupper() and toks[end][2].isalpha() and toks[end][2].islower() \
                and self.lx.has("org_head", toks[end][2]) and all(t[2][:1].isupper() for t in toks[j + 1:end]):
            k = j - 1
            while k > 0 and toks[k][2][:1].isupper() and toks[k][2].lower() != "the":
                k -= 1
            return toks[k][2].lower() == "the" and k < j - 1  # "The United Food and Commercial Workers union (said)":
            # a body's name in capitals, "and" inside it, before its kind in lower case
        if not (j > 1 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower()
                and toks[j + 1][2].isalpha() and toks[j + 1][2].islower()):
            return False
        if toks[j - 1][2] in _TENURES and toks[j + 1][2] in _TENURES:
            return True  # "three current and former Podesta employees (said)"
        if j + 2 == end and self.lx.has("org_head", toks[end][2]) \
                and (toks[j - 2][2].endswith(("'s", "’s")) or toks[j - 2][2].lower() == "the"):
            return True
        return j + 2 <= end and toks[j - 2][2].lower() in {"a", "an"} \
            and all(t[2].isalpha() and t[2].islower() and t[2] not in DETERMINERS | PRONOUNS | CLAUSE_WORDS
                    for t in (toks[j - 1], toks[j + 1], toks[j + 2]))

    @staticmethod
    def negated(toks: list, k: int) -> bool:
        """``have not said``, ``haven't said``, ``never said``: a negation in the verb group before ``k``."""
        j = k - 1
        while j >= 0:
            low = toks[j][2].lower()
            if low in NEGATION or low.endswith(("n't", "n’t")):
                return True
            if not is_aux(low):
                return False
            j -= 1
        return False

    def relative_that(self, toks: list, i: int) -> bool:
        """``that`` at ``i`` opens a relative clause in an appositive: after a lower-case noun, before a present or
        past verb (``the agency that oversees the program``)."""
        if toks[i][2] != "that" or i == 0 or i + 1 >= len(toks):
            return False
        noun, verb = toks[i - 1][2], toks[i + 1][2]
        return noun.isalpha() and noun.islower() and noun not in DETERMINERS and not self.lx.verb(noun) \
            and verb.isalpha() and verb.islower() and (verb.endswith("s") or ED_END.search(verb) is not None
                                                       or verb in IRREGULAR_PAST
                                                       or noun.endswith("s") and not noun.endswith("ss")
                                                       and verb not in CLAUSE_WORDS | PREPOSITIONS | PRONOUNS
                                                       and i + 2 < len(toks) and toks[i + 2][2] in DETERMINERS) \
            and verb not in DETERMINERS  # (a plural's verb has no -s: "the two universities that share the aquifer";
        # not "told members that senior managers ... said")

    @staticmethod
    def _first_relative(toks: list, j: int) -> int:
        """The first of coordinated relative clauses whose last opens at ``j``: ``X, who has represented a ward since
        2018 and who once described``; restrictive too: ``a retired tugboat captain who has lived on Vashon for 31
        years and who said``."""
        if toks[j - 1][2].lower() not in {"and", "but"}:
            return j
        first = next((w for w in range(j - 2, max(0, j - 40), -1) if toks[w][2] in END_PUNCT
                      or toks[w][2].lower() == toks[j][2].lower()
                      and (toks[w - 1][2] == "," or toks[w - 1][2].isalpha())), None)
        return first if first is not None and toks[first][2] not in END_PUNCT else j

    def relative_joined(self, toks: list, k: int) -> tuple[int, int] | None:
        """For a verb at ``k`` joined to an earlier one: whom the relative clause ``, who <reporting verb>`` before it
        is about, when no comma, dash or stop comes between (``Councillor Hattie Warren, who said ... and warned``,
        ``were led by Cllr Martin Ackroyd, who accused ... and said``): the person named right before the comma, else
        the antecedent :meth:`relative_subject` reads; None without such a clause."""
        who = next((w for w in range(k - 2, 1, -1) if toks[w][2] == "who" and toks[w - 1][2] == ","), None)
        if who is None or not self.lx.verb(toks[who + 1][2]) \
                or any(t[2] in {",", ";", "."} or t[2] in DASHES for t in toks[who + 1:k]):
            return None
        named = next((mt for mt in self.people if mt.end == toks[who - 2][1]), None)
        return (named.start, named.end) if named else self.relative_subject(toks, who + 1)

    def relative_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """The antecedent of a relative clause whose verb is ``k``: ``a British man who said``, ``Mr Mubanga, who
        insists``, and the subject of the verb after it: ``Schiff, 56, who has served on the committee, told``."""
        j = k - 1
        while j >= 0 and is_aux(toks[j][2]):
            j -= 1
        if _time_after_relative(toks, j):
            j -= 2  # "other women who last year accused him": the clause's time before its verb
            while j >= 0 and is_aux(toks[j][2]):
                j -= 1
        if j >= 4 and toks[j][2].lower() in {"whom", "which"} and toks[j - 1][2].lower() == "of" \
                and toks[j - 2][2].lower() in _PART_OF and toks[j - 3][2] in SET_OFF:
            who = j - 2  # X, many of whom say ...: X
        elif j >= 1 and (toks[j][2].lower() in _RELATIVE or toks[j][2].lower() in {"who's", "who’s"}) \
                and toks[j][2] != "WHO":  # ("The WHO said": the World Health Organization's initials)
            who = self._first_relative(toks, j)  # X who said, X — who's called for
        elif j >= 3 and toks[j][2] == ",":
            if self.inverted_source(toks, k):
                return None  # "..., which would boost GDP by 0.7 percent, said the Tax Policy Center, ...": inverted
            who = next((w for w in range(j - 2, max(0, j - 40), -1)
                        if toks[w][2].lower() in _RELATIVE and toks[w - 1][2] == ","), None)
            if who is None and (last := next((w for w in range(j - 2, max(0, j - 40), -1) if toks[w][2] == "who"
                                              and toks[w - 1][2] in {"and", "but"} and toks[w - 2][2] == ","), None)):
                who = self._first_relative(toks, last)  # "A neighbour who lives on the lane, and who did not want
                # to be named, told": the first clause's
            if who is None or any(t[2] in END_PUNCT and not (t[2] == "." and toks[w - 1][2][-1:].isdigit())
                                  for w, t in enumerate(toks[who:j], who)) \
                    or any(toks[c][2] == "," and toks[c + 1][2] in FINITE_VERBS
                           and any(t[2] in FINITE_VERBS for t in toks[who + 1:c]) for c in range(who + 2, j - 1)):
                return None  # ("X, which would apply to ..., is being discussed ..., said the people": the main
                # clause went on before the cue; but "X, whose first book, "...", was shortlisted ..., said")
            earlier = next((w for w in range(who - 3, max(0, who - 30), -1) if toks[w][2] in {",", "which"}
                            or toks[w][2] == "who" and toks[w - 1][2] == ","), None)
            if toks[who][2] == "which" and earlier is not None and toks[earlier][2] == "who":
                who = earlier  # "Sofia Berg, who manages equities at Alvar Kapital, which holds 2%, said": Berg
            elif toks[who][2] == "which" and earlier is not None and toks[earlier][2] == "," \
                    and toks[earlier - 1][2][:1].isupper() and earlier + 1 < who \
                    and self.lx.has("role", toks[earlier + 1][2]) and toks[earlier + 1][2].islower():
                who = earlier  # "Farid Huseynov, chairman of the Public Union "Hope for Life" ..., which has helped
                # 300 families, welcomed": the person the role describes, not the body the clause is about
        elif (who := next((w for w in range(j - 3, max(0, j - 16), -1) if toks[w][2] == "who"), None)) is not None \
                and who >= 2 and toks[who - 1][2].isalpha() and toks[who - 1][2].islower() \
                and all(t[2].isalpha() for t in toks[who + 1:k]) \
                and any(t[2] in {"and", "but"} for t in toks[who + 2:j]) \
                and (toks[who + 1][2] in FINITE_VERBS or toks[who + 1][2] in _FINITE_WORDS
                     or past_form(toks[who + 1][2])
                     or toks[who + 1][2].endswith("s") and not toks[who + 1][2].endswith("ss")):
            pass  # "A neighbour who lives two doors down and did not want to be named said": a restrictive clause of
            # two verbs joined by "and", no comma
        else:
            return None
        end = who - 1 if toks[who - 1][2] in SET_OFF else who
        while end > 0 and toks[end - 1][2] in SET_OFF:
            end -= 1  # X -- most of whom ...
        of = next((p for p in range(end - 2, max(1, end - 7), -1) if toks[p][2] in {"of", "from"}), None)
        if of is not None and toks[of - 1][2] == "," and all(_NAME_TOKEN.fullmatch(t[2]) for t in toks[of + 1:end]
                                                              if t[2] != ",") \
                and sum(t[2] == "," for t in toks[of + 1:end]) <= 1:
            end = of - 1  # "Marge Pawlowski, 88, of White Oak, who ...": the person, not her hometown (nor its state:
            # "Tina Marchetti, from Columbus, Ohio, who said")
        if end >= 2 and toks[end - 1][2].isdigit() and toks[end - 2][2] == ",":
            end -= 2  # Schiff, 56, who ...
        tag = next((t for t in range(end - 1, max(0, end - 4), -1) if US_PARTY_TAG.match(toks[t][2])), None)
        if tag is not None and toks[tag - 1][2] == ",":
            end = tag - 1  # "Rep. Carla Whitfield, D-Austin, whose district ...": the name before its party tag
        # "listeners who said ...", "fishermen, many of whom say": a plural before them makes a lower-case noun phrase
        # a group of people
        found = self.noun_phrase_before(toks, end, any_case=toks[who][2].lower() in _PART_OF | {"who"})
        if found and toks[who][2].lower() == "who" \
                and (a := next((i for i in range(end - 1, 1, -1) if toks[i][0] == found[0]), None)) is not None \
                and toks[a - 1][2] == "and" and self.name_around(toks[a][0]) > 0 \
                and self.name_around(toks[a - 2][0]) > 0 \
                and (first := self.noun_phrase_before(toks, a - 1)) is not None:
            found = first[0], found[1]  # "Councillors Lorna Mowat and Jim Tait, who voted against refusal, said": the
            # two names joined by "and", not the second alone
        lists = self.lx.lists
        first = next((w for w in range(end - 1, max(0, end - 12), -1)
                      if toks[w][2] in SET_OFF or toks[w][2] in END_PUNCT or toks[w][2].lower() in {"who", "whose"}),
                     None)
        if toks[who][2].lower() == "who" and toks[who - 1][2] == "," and first is not None \
                and toks[first][2].lower() in {"who", "whose"} and toks[first - 1][2] not in SET_OFF \
                and (np := self.noun_phrase_before(toks, first)):
            return np[0], toks[end - 1][1]  # "A city employee who works at the facility, who asked not to be named,
            # told": the first relative clause's antecedent, with that clause (or "A farmer whose land borders theirs
            # to the north, who asked not to be named, said")
        if found and toks[who][2].lower() == "which" and end >= 3 and toks[end - 1][2].lower() in WHEN_WORDS \
                and toks[end - 2][2].lower() in {"on", "in", "at", "last", "this"}:
            # "published a consultation document on Tuesday which said": the document, not the day
            found = self.noun_phrase_before(toks, end - 2, any_case=True) or found
        f = next((i for i, t in enumerate(toks) if found and t[0] == found[0]), 0)
        if found and toks[who][2].lower() == "which" and who + 2 < k and toks[who + 1][2].islower() \
                and toks[who + 1][2] not in PRONOUNS and past_form(toks[who + 2][2]) \
                and toks[0][2].lower() in {"a", "an", "the"} \
                and (doc := next((i for i in range(1, min(f, 6)) if self.lx.has("document", toks[i][2])), None)) \
                and toks[doc + 1][2] in {"to", "from", "by", "sent", "signed", "written"}:
            # "A March 2023 letter to Odom from Capt. Reginald Sweeney of the ... division, which prosecutors
            # introduced as evidence, warned": what the clause's verb has as object is the document that opens the
            # sentence, not the last noun before it
            return toks[0][0], toks[end - 1][1]
        if found and toks[who][2].lower() == "which" and f > 2 and toks[f - 1][2].islower() \
                and ED_END.search(toks[f - 1][2]) and (made := self.noun_phrase_before(toks, f - 1)) \
                and self.lx.has("document", toks[f - 2][2]):
            # "a city staff report posted online late Thursday, which says": the report, not the time
            found = made[0], found[1]
            f = next(i for i, t in enumerate(toks) if t[0] == found[0])
        if found and toks[who][2].lower() == "which" and f > 2 and toks[f][2][:1].isupper() \
                and (j := self.places_listed_before(toks, f)) is not None \
                and (held := self.noun_phrase_before(toks, j, any_case=True)):
            # "a group of homeowners' associations in Texas, Arizona and North Carolina, which argued": the group,
            # not the last place
            f = next(i for i, t in enumerate(toks) if t[0] == held[0])
            if toks[f - 1][2] == "of" and (group := self.noun_phrase_before(toks, f - 1, any_case=True)):
                held = group[0], held[1]  # ("a group of homeowners' associations")
                f = next(i for i, t in enumerate(toks) if t[0] == held[0])
            found = held
        if found and toks[who][2].lower() == "which" and f > 2 and toks[f - 1][2] == "," \
                and toks[f][2].lower() in {"a", "an"} and toks[f - 2][2][:1].isupper() \
                and (name := self.noun_phrase_before(toks, f - 1)):
            return name  # "the Poultry Producers' Forum, an industry group, which has warned": the named body
        if found and toks[who][2].lower() == "which" and f > 1 and toks[f - 1][2].lower() in lists["document"] \
                and self.text[found[1] - 12:found[1]].rsplit(None, 1)[-1] in MADE_BY \
                and toks[f - 2][2].lower() in DETERMINERS:
            return toks[f - 2][0], found[1]  # "a lawsuit the Defense Fund filed in June, which claims": the lawsuit
        if f > 2 and toks[f - 1][2] in {"with", "to", "in", "on", "about"} and toks[f - 2][2] in _SOURCE_ADJECTIVES \
                and (people := self.noun_phrase_before(toks, f - 2, any_case=True)):
            return people[0], found[1]  # "A Treasury official familiar with the talks, who ...": the official

        def one_unnamed(i: int) -> bool:  # "One senior nurse at the hospice, who": a person no list names
            np = self.noun_phrase_before(toks, i, any_case=True)
            return toks[who - 1][2] == "," and np is not None \
                and next(t[2] for t in toks if t[0] == np[0]).lower() in {"a", "an", "one"}

        def person_before(i: int) -> bool:
            return toks[i - 1][2].lower() in lists["role"] | lists["anonymous"] or one_unnamed(i)
        if found and toks[who][2].lower() == "who" and (self.not_people(toks[end - 1][2]) or (
                toks[end - 1][2].lower() in lists["org_head"]
                and any(toks[i][2].lower() in {"from", "of", "at", "for", "with"} and person_before(i)
                        for i in range(end - 1, max(0, end - 9), -1) if toks[i][0] < found[0]))):
            # (and "A coach from a rival team, who asked ...": the coach, a person, not the team)
            # "black listeners to his radio program who said": who are people, the phrase the program belongs to
            i = next((i for i in range(end - 1, max(0, end - 9), -1) if toks[i][0] < found[0]), None)
            if i is not None and toks[i][2].lower() in {"to", "of", "from", "at", "in", "with", "for"} \
                    and (people := self.noun_phrase_before(toks, i, any_case=True)) \
                    and (not self.not_people(toks[i - 1][2]) or one_unnamed(i)) \
                    and not (toks[end - 1][2].lower() in _PEOPLE and toks[i - 1][2].lower() not in _PARTS_OF_PEOPLE):
                # (people themselves after another noun are who the clause is on: "the accounts of three women who
                # claim", but "dozens of women who")
                found = people[0], found[1]
            elif i is not None and toks[i][2].lower() in {"for", "of", "at", "with"} and person_before(i) \
                    and (named := self.name_before_role(toks, i)) is not None:
                found = named, found[1]  # "Jason Miller, communications director for Trump's transition team, who
                # ...": the person the role is set off after
        elif found and toks[who][2].lower() == "which" \
                and (i := next((i for i in range(end - 1, 0, -1) if toks[i][0] < found[0]), None)) is not None \
                and toks[i][2].lower() in {"for", "of", "at", "with", "from"} and person_before(i) \
                and ((people := self.noun_phrase_before(toks, i, any_case=True))
                     or (named := self.name_before_role(toks, i)) is not None):
            found = (people[0] if people else named), found[1]  # "A spokesperson for the League Managers
            # Association, which ...": the spokesperson, who speaks for the body the clause is on (or the name a
            # lower-case role is set off after: "Elaine Marchetti, volunteer coordinator for the Stewards, which")
        elif found and toks[who][2].lower() == "who" and f > 1 and toks[f - 1][2].lower() in {"from", "in"} \
                and toks[f][2][:1].isupper() and one_unnamed(f - 1):
            # "One woman from Stoke-on-Trent, who gave evidence anonymously, said": the woman, not the place
            found = self.noun_phrase_before(toks, f - 1, any_case=True)[0], found[1]
        if found and toks[who][2].lower() == "who" \
                and (g := next((i for i, t in enumerate(toks) if t[0] == found[0]), 0)) > 2 \
                and toks[g - 1][2] in {"of", "at", "with"} \
                and toks[g][2].lower() in {"the", "a", "an"} and toks[g - 2][2][:1].isupper() \
                and (named := self.noun_phrase_before(toks, g - 1)) is not None and named[0] == toks[0][0] \
                and any(named[0] <= mt.start and mt.end == toks[g - 2][1] and " " in mt.person.name
                        for mt in self.people):
            found = named[0], found[1]  # "Police attorney Marte Lindvik of the Governor's office, who prosecuted the
            # case, had asked": the person opening the sentence, not the office she works in (not "The widow of Det.
            # Const. Paul Smith of the Toronto Police Service, who ...": someone else speaks)
        if found and toks[who][2].lower() == "who" and toks[who - 1][2] == "," \
                and (opening := self.unnamed_opening(toks, f)) is not None:
            return toks[opening][0], found[1]  # "A pilot on one of the stranded towboats, who asked not to be named,
            # said": the one person the sentence opens with, described by where they are (not the towboats)
        if found and toks[who][2].lower() == "who" and toks[who - 1][2] == "," \
                and (self.not_people(toks[end - 1][2]) or toks[end - 1][2][:1].isupper()
                     or toks[end - 1][2].lower() in lists["org_head"]):
            found = self.unnamed_before_places(toks, found) or found
        if found and toks[who][2].lower() in {"who", "whose"} and toks[who - 1][2] == "," \
                and (name := self.name_before_hometown(toks, f, end)) is not None:
            return name
        found = self.appositive_before(toks, end) or found
        if found and toks[who][2].lower() == "who" \
                and (f := next((i for i, t in enumerate(toks) if t[0] == found[0]), 0)) >= 2 \
                and toks[f - 1][2] == "and" \
                and toks[f][2][:1].isupper() and toks[f - 2][2][:1].isupper() \
                and (other := self.noun_phrase_before(toks, f - 1)) \
                and all(t[2][:1].isupper() for t in toks if other[0] <= t[0] < other[1]) \
                and {other[0], found[0]} <= {mt.start for mt in self.people}:
            return other[0], found[1]  # "Lindsey Graham and David Perdue, who are both on the committee, said": both
            # people (not "in Glen Arbor and Empire, who say": places)
        return found

    @staticmethod
    def places_listed_before(toks: list, f: int) -> int | None:
        """The index of ``in`` before a list of capitalised places whose last one starts at token ``f`` (``in Texas,
        Arizona and North Carolina``); else None."""
        j, listed = f - 1, 1
        while j > 0:
            while j > 0 and toks[j][2][:1].isupper():
                j -= 1  # (a place of several words: "North Carolina")
            if toks[j][2] in {",", "and", "or"} and toks[j - 1][2][:1].isupper():
                j, listed = j - 1, listed + 1
                continue
            break
        return j if toks[j][2] == "in" and listed > 1 else None

    @staticmethod
    def name_before_hometown(toks: list, f: int, end: int) -> tuple[int, int] | None:
        """``Stephen Kallas of Swampscott, whose family trust ...``: the person's name (two to four capitalised words
        opened by a given name) before ``of``/``from`` and a place of one to three capitalised words (tokens ``f``
        to ``end``: ``of North Las Vegas``), not the place."""
        if not 1 <= end - f <= 3 or f < 3 or toks[f - 1][2] not in {"of", "from"} \
                or not all(_NAME_TOKEN.fullmatch(t[2]) or i == f < end - 1 and t[2] in COMPASS
                           for i, t in enumerate(toks[f:end], f)):  # ("of north Omaha")
            return None
        name = f - 1
        while name > 0 and _NAME_TOKEN.fullmatch(toks[name - 1][2]) and f - 1 - name < 4:
            name -= 1
        # (a title before the given name is left out: "State Sen. Renata Olmos of Omaha")
        name = next((n for n in range(name, f - 2) if given_name_gender(toks[n][2])), name)
        if not 2 <= f - 1 - name <= 4 or given_name_gender(toks[name][2]) == "" \
                and any(t[2].lower() in common_words() for t in toks[name:f - 1]):
            return None  # (a given name the census lacks, no ordinary word in the name: "Tesfaye Alemu of North Las
            # Vegas", not "Ecuadorean Association of Professional Football Referees")
        return toks[name][0], toks[f - 2][1]

    def source_head(self, word: str) -> bool:
        """A phrase's last word that may name a source: a capitalised word, a noun for people (``spectators``), or an
        unnamed-source, role or body noun (``judge``, ``council``), singular or plural."""
        lists, low = self.lx.lists, word.lower().rstrip(",")
        return word[:1].isupper() or PERSON_NOUN.search(low) is not None \
            or any(w in lists[kind] for w in (low, low.removesuffix("s")) for kind in ("anonymous", "role", "org_head"))

    def business_head(self, word: str) -> bool:
        """A head noun a gerund before it makes a business's: ``(trading) house``, ``(mining) company``."""
        return word in _GERUND_HEADS or word.lower() in self.lx.lists["org_head"]

    def unnamed_before_places(self, toks: list, found: tuple[int, int]) -> tuple[int, int] | None:
        """An unnamed person before a chain of prepositional phrases that ends with ``found`` (a body or a place):
        ``A buyer for a perfume house in Grasse, in southern France, who asked not to be named``: the buyer with the
        phrases up to the first comma (``A buyer for a perfume house in Grasse``); ``Two employees of the recorder’s
        office, who``. None unless the chain opens with an article, a number or a capital and its first phrase's
        head is a role, an unnamed-source noun or a noun for people (``buyer``, ``employees``)."""
        lists = self.lx.lists
        f = next((i for i, t in enumerate(toks) if t[0] == found[0]), None)
        if f is None:
            return None
        chain = [(f, found[1], False)]  # right to left: (first token, end offset, a comma between it and the next)
        for _ in range(5):
            p = chain[-1][0] - 1
            if p < 2 or toks[p][2].lower() not in _PLACE_LINKS:
                break
            e = p - 1 if toks[p - 1][2] == "," else p
            np = self.noun_phrase_before(toks, e, any_case=True)
            if np is None:
                break
            chain.append((next(i for i in range(e - 1, -1, -1) if toks[i][0] == np[0]), toks[e - 1][1], e < p))
        if len(chain) < 2:
            return None
        first, last = chain[-1][0], chain[-1][1]
        words_ = [t[2].lower() for t in toks[first:] if t[1] <= last]
        opens = words_[0] in _UNNAMED_START or words_[0] == "the" or words_[0].isdigit() or toks[first][2][:1].isupper()
        if not opens or not (words_[-1] in lists["role"] or words_[-1] in lists["anonymous"]
                             or PERSON_NOUN.search(words_[-1])):
            return None  # (not "a partial reversal for the Wisconsin Republican, who", "placate nervous Democrats")
        end = found[1]
        for _, np_end, comma in reversed(chain):  # left to right: the phrases up to the first comma
            if comma:
                end = np_end
                break
        return toks[first][0], end

    def unnamed_opening(self, toks: list, f: int) -> int | None:
        """The index of ``A``/``An``/``One`` opening the sentence when the noun phrase at ``f`` ends a description
        of one unnamed person by where they are or what they do (``A pilot on one of the stranded towboats``, ``A
        neighboring grower on the lower Hondo``): words and prepositions only between (no comma, no finite verb),
        the first noun a lower-case word; else None."""
        i = f - 1
        while i >= 0 and f - i <= 10 and toks[i][2][:1].isalpha() and not is_aux(toks[i][2]) \
                and toks[i][2] not in FINITE_VERBS \
                and not (toks[i][2].islower() and past_form(toks[i][2])
                         and not (i and toks[i - 1][2].lower() in DETERMINERS) and toks[i + 1][2] != "by"):
            i -= 1  # (no verb between: "A friend of the driver told police his neighbour, who ...": the neighbour;
            # a participle after a determiner or before its agent describes: "the stranded towboats", "An engineer
            # hired by the store's insurer")
        start = i + 1
        if start >= f or (i >= 0 and toks[i][2] not in END_PUNCT and toks[i][2] not in OPENING_MARKS) \
                or toks[start][2].lower() not in {"a", "an", "one"} \
                or not any(t[2].lower() in PREPOSITIONS for t in toks[start + 2:f]):
            return None
        head = next((k for k in range(start + 1, f) if toks[k][2].lower() in PREPOSITIONS), f) - 1
        word = toks[head][2]
        if head <= start or not word.isalpha() or not word.islower() \
                or word.endswith("s") and not word.endswith("ss") or self.not_people_noun(word):
            return None
        return start

    def not_people_noun(self, word: str) -> bool:
        """A lower-case noun that names a thing or body, not a person (an organisation head or a thing)."""
        low = word.lower()
        return low in _THINGS or (low in self.lx.lists["org_head"] and low not in self.lx.lists["role"])

    def not_people(self, head: str) -> bool:
        """A lower-case head noun that names no person or group (``program``, ``plan``): none of the shipped role,
        unnamed-source or organisation head words, and not a plural; or a decade of life (``in her 30s``)."""
        low = head.lower()
        lists = self.lx.lists
        if _AGE_DECADE.fullmatch(low):
            return True  # "One Huntsville woman in her 30s, who ...": an age, not the people the clause is about
        return head[:1].islower() and not low.endswith("s") and low not in lists["role"] \
            and low not in lists["anonymous"] and (low not in lists["org_head"] or low in _THINGS) and low != "head" \
            and low not in _PERCENT_HEADS  # ("23 percent who said": a share of people)

    def appositive_before(self, toks: list, end: int) -> tuple[int, int] | None:
        """``Tom Pickering, a paramedic based in Whitby, who ...``: the name and its description (``a``/``an``/``the``
        or a role word after a comma) that end before token ``end``; None when the phrase there is no such
        description."""
        c = end - 1
        while c > 0 and toks[c][2] != "," and toks[c][2] not in END_PUNCT and end - c < 12:
            c -= 1
        hometown = c + 2 < end and toks[c + 1][2] == "from" and all(t[2][:1].isupper() for t in toks[c + 2:end])
        # "Segundo Paucar, Luis Paucar’s father, who": a relative of someone named
        owned_kin = c + 2 < end and toks[end - 1][2].lower() in KIN_NOUNS \
            and any(t[2].endswith(("'s", "’s")) or t[2] in {"'", "’"} for t in toks[c + 1:end - 1])
        if c < 2 or toks[c][2] != "," or c + 1 >= end or not (toks[c + 1][2] in {"a", "an", "the"}
                                                            or self.lx.has("role", toks[c + 1][2])
                                                            or toks[c + 1][2].isalpha() and toks[c + 1][2].islower()
                                                            and toks[c + 2][2] == "of"
                                                            or hometown or owned_kin):
            return None  # (a description: "a paramedic", "the chair", "owner of Northern Lights Feed & Tack", a
            # hometown after a name and age: "Nicky Driscoll, 24, from Manchester, who")
        if any(t[2] in _FINITE_WORDS or (t[2].islower() and self.lx.verb(t[2])) for t in toks[c + 2:end]):
            return None  # a clause, not a description: "In New Hampshire, a woman asked about several women who"
        if c > 2 and toks[c - 1][2].isdigit() and toks[c - 2][2] == ",":
            c -= 2  # "Rosemary Dunleavy, 74, a retired school cafeteria worker who said": an age after the name
        name = c
        while name > 0 and _NAME_TOKEN.fullmatch(toks[name - 1][2]) and c - name < 4:
            name -= 1
        if c - name < 2 or (name > 0 and _NAME_TOKEN.fullmatch(toks[name - 1][2])):
            return None  # a name of two to four words
        return toks[name][0], toks[end - 1][1]

    def dashed_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """``Kall -- co-editor of a book on the debates -- said``: the subject before an aside set off by dashes."""
        j = k - 1
        while j >= 0 and is_aux(toks[j][2]):
            j -= 1
        if j < 2 or toks[j][2] not in DASHES:
            return None
        while j > 0 and toks[j - 1][2] in DASHES:
            j -= 1  # "--" is two tokens
        dash = next((d for d in range(j - 2, max(0, j - 30), -1) if toks[d][2] in DASHES), None)
        if dash is None or any(t[2] in END_PUNCT for t in toks[dash:j]):
            return None
        if _DASHED_NAME.fullmatch(self.text, toks[dash + 1][0], toks[j - 1][1]):
            return toks[dash + 1][0], toks[j - 1][1]  # "The greatest player never to win it - Jimmy "the Whirlwind"
            # White - has admitted": the name set off names the subject
        if (listed := DASHED_NAMES.fullmatch(self.text, toks[dash + 1][0], toks[j - 1][1])) \
                and listed_people(listed["names"]):
            return listed.span("names")  # "The three members who voted no — board chair Tobias Whitmore, Joan
            # Delacroix-Park and Ruth Abernathy — said": the people set off are the subject
        while dash > 0 and toks[dash - 1][2] in DASHES:
            dash -= 1
        subj = self.subject_before(toks, dash, 0)
        m = next((i for i, t in enumerate(toks) if subj and t[0] == subj[0]), 0)
        if subj and m > 1 and toks[m - 1][2] == "," and toks[m][2].lower() in {"a", "an"} \
                and (name := self.noun_phrase_before(toks, m - 1)) and self.text[name[0]:name[0] + 1].isupper():
            return name[0], subj[1]  # "Representative Lena Ostrander, a Colorado Democrat—no relation ...—has
            # said": the name the description is set off after
        return subj

    def name_before_role(self, toks: list, i: int) -> int | None:
        """Start of a capitalised name set off by a comma or a dash before a role in lower case that ends before token
        ``i`` (``Jason Miller, communications director (for ...)``, ``* Jason Miller - communications director``)."""
        s = i - 1
        while s > 0 and i - s <= 4 and toks[s][2].isalpha() and toks[s][2].islower():
            s -= 1
        if s == i - 1 or toks[s][2] != "," and toks[s][2] not in DASHES:
            return None
        name = self.noun_phrase_before(toks, s)
        return name[0] if name and self.text[name[0]:name[0] + 1].isupper() else None

    def noun_phrase_before(self, toks: list, end: int, any_case: bool = False) -> tuple[int, int] | None:
        """The noun phrase ending before token ``end`` (``questioned by [a British man] who``): back over nouns,
        adjectives and names to its determiner, stopping at a preposition, verb or punctuation; with a capital or
        a determiner, or any phrase whose head is a plural with ``any_case``."""
        i = end - 1
        while i >= 0 and end - i <= 8:
            tok = toks[i][2]
            low = tok.lower()
            if (opening := _quoted_name_start(toks, i)) is not None:
                i = opening - 1  # a quoted name inside the phrase: 'The "Twenty's Plenty for Walcot" group'
                continue
            if low == "and" and self.joins_modifiers(toks, i, end - 1):
                i -= 1  # "a paddleboard and canoe hire business": two nouns joined before the head
                continue
            if tok in NAME_PARTICLES and 0 < i < end - 1 and toks[i - 1][2][:1].isupper():
                i -= 1  # "Ana do Rosário Teixeira": a particle inside a name ("do", "da" as a word are no verb)
                continue
            if not (tok[:1].isalnum() or tok in {"'", "’"} or tok == "%" and i == end - 1) or low in PREP_OR_CLAUSE \
                    or is_aux(tok) \
                    or low in _SUBJECT_PRONOUNS and tok != "US" \
                    or i < end - 1 and i > 0 and tok.islower() and tok.endswith("s") \
                    and toks[i - 1][2].lower() in _VERB_ADVERBS \
                    or (i < end - 1 and tok[:1].islower() and (self.lx.verb(tok) or low.endswith(_PARTICIPLE_ENDS))
                        and not (i > 0 and toks[i - 1][2].lower() in DETERMINERS)
                        and not (i == end - 2 and low.endswith("ing") and self.business_head(toks[end - 1][2]))
                        and not (i == end - 2 and low.endswith("ing") and PERSON_NOUN.search(toks[end - 1][2])
                                 and not toks[end - 1][2].endswith("s")
                                 and i > 0 and toks[i - 1][2].lower().endswith(("al", "ic", "ive")))):
                break  # ("also includes individuals who": a verb after its adverb; the head noun may be a verb
                # form: "a Fox News report which said"; "a retired ... worker";
                # a gerund before a body's head is part of its name: "a rival Geneva trading house"; a singular
                # occupation's, after an adjective: "A medical imaging technologist", not "the capital striking
                # teachers")
            i -= 1
            if low in DETERMINERS:
                break
        start = i + 1
        if 0 < start < end - 1 and toks[start - 1][2].lower() in _NOMINATIVE and toks[start][2].islower():
            start += 1  # the pronoun's verb: "He met (other women) who said"
        if start >= end or not (toks[start][2][:1].isupper() or toks[start][2].lower() in _PHRASE_START
                                or any(t[2][:1].isupper() for t in toks[start:end])
                                or (any_case and toks[end - 1][2].isalpha() and (toks[end - 1][2].endswith("s")
                                                                                  or toks[end - 1][2] in _PEOPLE))
                                or (any_case and end >= 2 and toks[end - 1][2] in _PERCENT_HEADS
                                    and toks[end - 2][2].replace(".", "").isdigit())):
            # ("23 percent who said ...": a share of people polled)
            return None
        if start >= 2 and toks[start - 1][2] == "of" and toks[start][2].lower() in {"the", "its", "their"} \
                and (toks[start - 2][2].lower() in _ONE_OF or toks[start - 2][2].isdigit()):
            start -= 2  # "One of the remaining nurses, who ...": the one, not the group
            if start >= 3 and toks[start - 1][2] == "of" and toks[start - 3][2].lower() in {"the", "a", "an"} \
                    and toks[start - 2][2].isalpha() and toks[start - 2][2].islower():
                start -= 3  # "The daughter of one of the 11 patients, who ...": whose relative
        return toks[start][0], toks[end - 1][1]

    def inner_clause_subject(self, subj: tuple[int, int], conj: int, pos: int) -> tuple[int, int] | None:
        """For a verb at ``pos`` after ``and``/``but`` at ``conj``, whose sentence's subject is ``subj``: the subject
        of a clause set off inside the sentence that the verb goes on (``Maureen Hollis said ..., while Daniel Okafor
        ... called the idea "mad" and asked``, ``She has been shearing since she was 16, when her father, Wallace
        Pruitt, handed her a pair of blades and told her``); else None."""
        inner = _INNER_CLAUSE.search(self.text, subj[1], conj)
        found = self.sentence_subject(inner.end(), pos) if inner else None
        if found and inner.group().strip(" ,") in _ADVERBIAL_OPENERS:
            # the main clause's subject goes on unless the adverbial clause has a person by office or as a source
            # noun for its subject where the main one has no name nor office, and a verb after it: ", after a High
            # Court judge stayed the indictment and ruled", "Patients were moved, after a nurse raised the alarm and
            # said" (not "Pacheco resigned after the audit was released and said", "The judge adjourned the case
            # because the defendant fell ill and said", nor "She said her group had not been consulted before the
            # motion was tabled, and urged")
            head = self.text[found[0]:found[1]].split()[-1].lower()
            main = self.text[subj[0]:subj[1]].split()[-1].lower()
            verb = re.match(r"\s+(?:(?:also|then|later|[a-z]+ly)\s+)?([a-z]+)", self.text[found[1]:conj])
            if "," in self.text[inner.end():conj] \
                    or not any(self.lx.has(kind, head) for kind in ("title", "role", "anonymous")) \
                    or any(subj[0] <= mt.start < subj[1] for mt in self.people) \
                    or self.lx.has("title", main) or self.lx.has("role", main) \
                    or verb is None or not (past_form(verb.group(1))
                                            or verb.group(1) in FINITE_VERBS):
                return None
        return found

    def sentence_subject(self, sent_lo: int, pos: int) -> tuple[int, int] | None:
        """The subject of a sentence's first clause, for coordinated verbs (``X reinforced ..., but said ...``)."""
        if self.in_quote(sent_lo):
            return None  # a sentence opening inside a quotation ('"Finally. Maybe now ...," said X, ... who lives
            # nearby and testified'): its first word is the speaker's, no subject of the narration
        toks = self.tokens.between(sent_lo, pos)
        dash = next((i for i, t in enumerate(toks[:12]) if t[2] in DASHES), None)
        if dash is None:
            # "Jaipur, Apr 8 (PTI) The Rajasthan High Court ...": an agency's dateline with no dash
            dash = next((i for i, t in enumerate(toks[:10]) if t[2] == ")" and i > 2 and toks[i - 2][2] == "("
                         and toks[i - 1][2].isupper() and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()), None)
        place = next((i for i, t in enumerate(toks[:dash]) if t[2] == ","), dash) if dash is not None else 0
        if dash is not None and (all(t[2].isupper() or not t[2][:1].isalnum() for t in toks[:place]
                                     if t[2] not in {"Reuters", "AP", "AFP", "Agence"})
                                 and all(t[2][:1].isupper() or not t[2][:1].isalnum() or t[2].isdigit()
                                         for t in toks[place:dash])
                                 # "BUENA PARK, Calif. —"
                                 or (any(t[2] == "(" for t in toks[:dash])
                                     and all(t[2][:1].isupper() or t[2] in "(),." or t[2].isdigit()
                                             for t in toks[:dash]))
                                 # "SAINT-PIERRE (L'Écho des Caps) —": an outlet's name in brackets, its words
                                 # in any case
                                 or (dated_line := DATELINE.match(self.text, toks[0][0])) is not None
                                 and dated_line.end() >= toks[dash][1]
                                 # "(PUNTA GORDA, Thurs.) May 22, 2025--": a date alone after an abbreviated day
                                 or (dash > 1 and toks[0][2] in _MONTH_NAMES | _MONTH_STEMS
                                     and all(t[2].isdigit() or t[2] in {",", "."} for t in toks[1:dash]))):
            while dash + 1 < len(toks) and toks[dash + 1][2] in DASHES:
                dash += 1  # ("FUKUOKA, Feb. 26 (Kyodo) --")
            toks = toks[dash + 1:]  # dateline: WASHINGTON (Reuters) -, Washington (AFP) -
        dated = next((i for i, t in enumerate(toks[:12]) if t[2] == ":"), None)
        if dated is not None and dated > 3 and any(t[2] in _MONTH_NAMES for t in toks[:dated]) \
                and all(t[2][:1].isupper() or t[2].isdigit() or t[2] in {",", ".", "(", ")", "/"}
                        for t in toks[:dated]):
            toks = toks[dated + 1:]  # "Lilongwe, December 4, Mana: Chairperson of ...": a dateline and its agency
        label = next((i for i, t in enumerate(toks[:6]) if t[2] == ":"), None)
        if label is not None and label + 1 < len(toks) and toks[label + 1][2][:1].isupper() \
                and not any(t[2] == "," for t in toks[:label]) and toks[0][2].lower() not in DETERMINERS:
            toks = toks[label + 1:]  # "Kota coaching fire: HC raps Rajasthan govt, says": a headline's label
        # "But residents' group Save Our Mournes brought ..., arguing": a plural's possessive opens the subject
        owners = len(toks) > 3 and toks[1][2].islower() and toks[1][2].endswith("s") and toks[2][2] in {"'", "’"} \
            and toks[2][0] == toks[1][1]
        if len(toks) > 1 and toks[0][2] in {"But", "And", "Yet", "So"} \
                and (toks[1][2].lower() in _OPENING_CLAUSE or owners or toks[1][2] in {"the", "a", "an"}
                     or toks[1][2] in _BEFORE_OPENING or toks[1][2] == "even"):
            toks = toks[1:]  # "But in a call with reporters, Col. Ray Dunmore said", "But the mayor ... played down"
        elif len(toks) > 3 and toks[0][2] in {"But", "And", "Yet", "So"} and toks[1][2] == "," \
                and (close := next((i for i in range(3, min(len(toks), 10)) if toks[i][2] == ","), None)):
            toks = toks[close + 1:]  # "But, legal nuances aside, Republicans can ... campaign saying": an aside
        if len(toks) > 2 and _ly_adverb(toks[0][2].lower()) and toks[1][2] == ",":
            toks = toks[2:]  # "Publicly, the GOP nominee feuds ...", "Essentially, Clinton's lawyers looked ..."
        elif toks and _sentence_adverb(toks[0][2], self.text) \
                and (len(toks) == 1 or toks[1][2][:1].islower() and toks[1][2] not in PREP_OR_CLAUSE
                     and toks[1][2] not in DETERMINERS and not toks[1][2].endswith(_PARTICIPLE_ENDS)
                     and not any(t[2] == "," or t[2] in DASHES for t in toks[:12])):
            return None  # "Sadly comments such as his will make ...": a sentence adverb without its comma, no name
            # (but "Shortly after ..., Rubio's campaign", "Initially a Democrat, he", "Hastily politicizing the
            # tragedy ― ... ― Trump": an adjunct, then the subject)
        # "Less than 24 hours later, the council ...", "About two weeks later": a bound before the number
        bound = 2 if len(toks) > 1 and toks[0][2].lower() in {"less", "more", "fewer"} and toks[1][2] == "than" \
            else int(bool(toks) and toks[0][2].lower() in _SPAN_BOUNDS)
        spans = next((i for i in range(bound, min(len(toks), bound + 2))
                      if not (toks[i][2].isdigit() or toks[i][2].lower() in _SMALL_NUMBERS)), bound + 2)
        if len(toks) > spans + 3 and toks[spans][2].lower() in _TIME_SPANS and toks[spans + 1][2].lower() in _LATER:
            toks = toks[spans + 2 + (toks[spans + 2][2] == ","):]  # "Weeks later he returned and told her", "A few
            # weeks later, he": a span of time, then the subject
        k = next((i for i, t in enumerate(toks[:3]) if t[2].lower() not in _BEFORE_OPENING), 0)
        if k + 1 < len(toks) and toks[k][2] in {"Even", "even"} and toks[k + 1][2] in CLAUSE_WORDS:
            k += 1  # "(Even) if a Democrat wins, ..."
        if k and (toks[k][2].lower() in _OPENING_CLAUSE or toks[k][2].lower() in _OPENING_ADVERBS):
            toks = toks[k:]  # "Almost immediately after she did, David Axelrod, ..., tweeted": the clause's bound
        elif len(toks) > 1 and toks[0][2] in {"Even", "even"} \
                and (toks[1][2][:1].isupper() or toks[1][2] in DETERMINERS):
            toks = toks[1:]  # "(And) even Obama tried ..., noting": a focus word, no part of the subject
        if self.as_name(toks, 0):
            toks = toks[1:]  # "As Andrew J. Tabler, an expert on Syria, noted, '...'": the as-clause's subject
        elif toks and (toks[0][2].lower() in _OPENING_ADJUNCT or _opens_with_participle(toks)
                     or (toks[0][2].lower() in _OPENING_ADVERBS and any(t[2] == "," for t in toks[1:8]))
                     or (toks[0][2].lower() in _OPENING_CLAUSE and any(t[2] == "," for t in toks[2:20]))
                     or (len(toks) > 2 and toks[0][2].lower() in _TIME_SPANS and toks[1][2].lower() in _LATER)):
            # (After ..., / Speaking to ..., / Earlier in the day, X ... / When asked by Reuters if ..., X ... / Hours
            # later, X ...)
            toks = toks[_adjunct_end(toks):]
        if len(toks) > 3 and toks[0][2] in {"Last", "This", "Earlier", "Later", "Next"} \
                and (toks[1][2].lower() in TIME_WORDS or toks[1][2] in MONTHS) \
                and (toks[2][2] in {"the", "a", "an"} or toks[2][2][:1].isupper()):
            toks = toks[2:]  # "Last month the trust posted a video ..., writing:": a time before the subject, no comma
        elif len(toks) > 4 and toks[0][2] in {"Late", "Early"} and toks[1][2] in {"on", "in", "last", "this"} \
                and (toks[2][2].lower() in TIME_WORDS or toks[2][2].lower() in MONTHS):
            # "Late on Wednesday the panel chairman issued a statement saying": when, then the subject
            toks = toks[3 + (toks[3][2] == ","):]
        if len(toks) > 1 and AGE_WORD.fullmatch(toks[0][2]) and toks[1][2][:1].isupper():
            toks = toks[1:]  # "62-year-old Brenda Johnson railed ... and explained": the age before the name
        if toks and (contracted := CONTRACTED_PRONOUN.fullmatch(toks[0][2])) \
                and contracted.group(1).lower() in _THIRD_PERSON:
            return toks[0][0], toks[0][0] + contracted.end(1)  # "He’s comparing ... and says": he
        j = 2 if owners and toks[0][2].islower() else 0
        while j < len(toks) and (toks[j][2][:1].isupper() or toks[j][2].lower() in _SUBJECT_WORDS
                                 or toks[j][2].lower() in PRONOUNS or _lists_name_parts(toks, j)
                                 or toks[j][2] in {"'", "’"} and 0 < j and toks[j - 1][2].endswith("s")
                                 and toks[j - 1][1] == toks[j][0]  # "The Liberal Democrats' (health spokeswoman)"
                                 or _bracketed_acronym(toks, j)  # "Perikatan Nasional (PN) assemblyman X said"
                                 or (toks[j][2].isdigit() and 0 < j < len(toks) - 1  # "Ward 2 Coun. Tom Lalonde"
                                     and toks[j - 1][2][:1].isupper()
                                     and (toks[j + 1][2][:1].isupper() or toks[j - 1][2] in _NUMBERED_AREAS))
                                 or (toks[j][2] in {"and", "&", "for"} and 0 < j < len(toks) - 1
                                     and toks[j - 1][2][:1].isupper() and toks[j + 1][2][:1].isupper())
                                 or (toks[j][2] in {"and", "the"} and 0 < j < len(toks) - 2
                                     and toks[j - (toks[j][2] == "the")][2] == "and"
                                     and toks[j + 1 + (toks[j][2] == "and")][2][:1].isupper()
                                     and toks[j - 1 - (toks[j][2] == "the")][2][:1].isupper())):
            j += 1  # ("Minister of Northern Economic Development and Growth, Denise Beaulne-Carter, said"; "Labour and
            # the Liberal Democrats say ... and claim")
        if 1 < j < len(toks) and toks[j - 1][2].lower() not in DETERMINERS \
                and (toks[0][2].lower() in DETERMINERS or toks[0][2] in {"All", "Both"} and toks[1][2] == "of"):
            # "The Florida senator sought ...", "The White House spokesman": the head noun of a source after names
            lists = self.lx.lists

            def head(i: int) -> bool:
                word = toks[i][2]  # (or its plural: "All of the GOP candidates")
                return any(w in lists[n] for w in (word, word.removesuffix("s"))
                           for n in ("role", "anonymous", "org_head", "media_head")) \
                    or toks[i][2].islower() and PERSON_NOUN.search(toks[i][2]) is not None \
                    and i + 1 < len(toks) and toks[i + 1][2] == ","  # ("An Edmonton fur buyer, who ...")

            def modifier(i: int) -> bool:
                return toks[i][2].isalpha() and toks[i][2].islower() and toks[i][2] not in PREP_OR_CLAUSE \
                    and not is_aux(toks[i][2]) and not self.lx.verb(toks[i][2]) and toks[i][2] not in IRREGULAR_PAST \
                    and toks[i][2] not in DETERMINERS and not past_form(toks[i][2])  # ("the association released a
                # statement": a verb and its object, no nouns before a head)

            while j < len(toks) and j < 8 and (head(j) or self.heads_joined(toks, j)
                                               or j + 1 < len(toks) and modifier(j)
                                               and (head(j + 1) or j + 2 < len(toks) and modifier(j + 1)
                                                    and head(j + 2))):
                j += 1  # (a noun before the head too: "A Denver water judge has ordered", or two: "A Royal Navy bomb
                # disposal team ... confirmed"; and another head after "and": "The Wisconsin lawmaker and an aide
                # played down the report")
        elif 0 < j < len(toks) and (toks[j - 1][2].lower() in _PHRASE_OR_NUMBER_START or toks[j - 1][2].isdigit()
                                    or toks[j - 1][2].endswith(("’s", "'s")) or toks[j - 1][2] in {"'", "’"}):
            # "The head of ...", "Nine lawmakers had requested", "One senior backbencher said ... and warned",
            # "Trump’s lawyers argued": a determiner, number or
            # possessive and its nouns, up to a preposition, clause word or verb
            while j < len(toks) and (toks[j][2][:1].isalnum() or toks[j][2] in {"'", "’"}
                                     and toks[j - 1][2].endswith("s") and toks[j - 1][1] == toks[j][0]) \
                    and not is_aux(toks[j][2]) \
                    and (toks[j][2].lower() not in PREP_OR_CLAUSE or self.close_to(toks, j)
                         or self.role_joined(toks, j) or self.heads_joined(toks, j) or self.body_of(toks, j)
                         or self.document_from(toks, j)) \
                    and (not self.lx.verb(toks[j][2]) or toks[j - 1][2].lower() in DETERMINERS
                         or toks[j - 1][2].isdigit() or toks[j][2] in _NOUN_CUE_FORMS and toks[j - 1][2].islower()
                         or toks[j][2].endswith("ing") and j + 1 < len(toks) and toks[j + 1][2].isalpha()
                         and toks[j + 1][2].islower() and not self.lx.verb(toks[j + 1][2])) \
                    and (j < 6 or j < 12 and toks[j][2][:1].isupper() and toks[j - 1][2][:1].isupper()) \
                    and not (j == 1 and toks[0][2].lower() in PEOPLE_QUANTIFIERS and toks[1][2].isalpha()
                             and toks[1][2].islower() and not toks[1][2].endswith("s")
                             and not self.people_noun(toks[1][2])
                             and not (len(toks) > 2 and (self.plural_noun(toks[2][2])
                                                         or toks[0][2] == "One" and self.people_noun(toks[2][2])))) \
                    and not (toks[j][2].islower() and past_form(toks[j][2])
                             and not (j == 1 and toks[0][2].lower() in {"the", "a", "an"})
                             and not (j == 1 and toks[0][2] == "One" and len(toks) > 2
                                      and self.people_noun(toks[2][2]))) \
                    and not (toks[j][2].islower() and toks[j][2].endswith("s") and toks[j - 1][2].isalpha()
                             and not toks[j - 1][2].endswith("s") and j + 1 < len(toks)
                             and (toks[j + 1][2].lower() in DETERMINERS | {"that"}
                                  or self.lx.has("org_head", toks[j - 1][2]) and not self.source_head(toks[j][2]))):
                # ("A former Fed official"; "The retired Sudbury teacher, who ...": a participle right after the
                # article is an adjective, but an irregular past after the noun is the verb: "the council put the cost
                # at £1.9m and said"; a plural's possessive mark: "The hauliers' association"; a verb in -s
                # after a singular noun and before an article or "that", "association disputes that", or after a
                # body's head, "Nepal's top court reinstates sacked anti-graft chief, calls ...": a headline's verb;
                # after "Some" a word in lower case that is no plural or people's noun, nor an adjective before one, is
                # a verb: "Some seek to ..."; "One retired skipper": a participle before a person's noun is an
                # adjective after "One" too)
                j += 1
        held = False  # a role's holder named after a long possessive phrase
        if 2 < j < len(toks) and (any(t[2].endswith(("'s", "’s")) or t[2] in {"'", "’"} for t in toks[:j])
                                  or toks[j - 1][2].isdigit() and toks[j - 2][2] in _NUMBERED_AREAS):
            n = j
            while n < min(len(toks), j + 3) and toks[n][2].isalpha() and toks[n][2].islower() \
                    and not is_aux(toks[n][2]) and not self.lx.verb(toks[n][2]):
                n += 1
            if n < len(toks) and self.lx.has("role", toks[n - 1][2]) and toks[n][2][:1].isupper():
                j, held = _name_run_end(toks, n), True  # "Derbyshire Dales District Council's planning committee
                # chairman Coun Philippa Marsden said": the role's holder named after it, past the words a possessive's
                # phrase holds
        if j == 1 and toks[0][2].lower() in common_words() and toks[0][2].lower() not in PRONOUNS:
            # "Nuclear proliferation experts have speculated": a capital that only opens the sentence, then the
            # rest of a noun phrase whose head names a source, up to its verb
            n = j
            while n < min(len(toks), 5) and toks[n][2].isalpha() and toks[n][2].islower() \
                    and not is_aux(toks[n][2]) and (not self.lx.verb(toks[n][2]) or n > 1
                                                    and toks[n][2] in _NOUN_CUE_FORMS):
                n += 1
                if toks[n - 1][2] in _NOUN_CUE_FORMS:
                    break  # "A staff report released Friday recommends ...": a document's head
            relative = n + 1 < len(toks) and toks[n][2] == "," and toks[n + 1][2] in {"who", "which"}
            # ("several of whom": people)
            whom = n + 3 < len(toks) and toks[n][2] == "," and toks[n + 2][2] == "of" and toks[n + 3][2] == "whom"
            if 1 < n < len(toks) and (is_aux(toks[n][2]) or self.lx.verb(toks[n][2]) or ED_END.search(toks[n][2])
                                      or relative or whom) \
                    and (any(self.lx.has(kind, toks[n - 1][2]) for kind in ("anonymous", "role", "org_head",
                                                                             "media_head"))
                         or relative and PERSON_NOUN.search(toks[n - 1][2])
                         or whom and self.plural_noun(toks[n - 1][2])):
                j = n  # (or before a relative clause: "Private minibus operators, who had asked for 35 soms, called
                # ... and warned", "Carriage drivers, several of whom watched the debate, called")
        if 0 < j < len(toks) and toks[j - 1][2][:1].isupper() and toks[j][2].islower() \
                and not any(t[2].lower() in common_words() for t in toks[:j]):
            n = j
            while n < min(len(toks), j + 3) and any(self.lx.has(kind, toks[n][2]) for kind in ("role", "org_head")):
                n += 1
            if n == j and j + 2 < len(toks) and toks[j][2].isalpha() and not self.lx.verb(toks[j][2]) \
                    and not is_aux(toks[j][2]) and self.lx.has("role", toks[j + 1][2]):
                n = j + 2  # "Allonby parish councillor": a word for the role's place before it
            if n > j and self.lx.has("role", toks[n - 1][2]) and n < len(toks) \
                    and (toks[n][2].islower() and toks[n][2][:1].isalpha() or toks[n][2] == ","):
                j = n  # "Hastings council leader quits ..., saying": a place's role noun, not the place
            elif n > j and self.lx.has("role", toks[n - 1][2]) and n < len(toks) and toks[n][2][:1].isupper():
                j = _name_run_end(toks, n)  # "Allonby parish councillor Jean Carrick – Mr Carrick's sister-in-law –
                # said ... and questioned": the holder named after the role, not the place
        if 0 < j < len(toks) and toks[j][2] == "," and any(self.lx.has("title", t[2]) for t in toks[:j]) \
                and any(t[2] in {"of", "for"} for t in toks[:j]) \
                and (c := next((c for c in range(j + 2, min(len(toks), j + 9)) if toks[c][2] == ","), None)) \
                and any(t[2] == "and" for t in toks[j + 1:c]) \
                and all(t[2][:1].isupper() and t[2].lower() not in first_names() or t[2] in {"and", "of", "for", "&"}
                        for t in toks[j + 1:c]):
            j = c  # "Grenada's Minister of Foreign Affairs, Trade and Export Development, Kerwin Baptiste,": the
            # title's portfolios listed after a comma, then the name
        if j == 0 and toks and toks[0][2].islower():
            # "In Kayar, a fishing town ..., canoe owners welcomed the move but said": after an opening adjunct, a
            # plural noun phrase in lower case up to its verb
            n = 0
            while n < min(len(toks), 4) and toks[n][2].isalpha() and toks[n][2].islower() \
                    and toks[n][2] not in PREP_OR_CLAUSE and toks[n][2] not in DETERMINERS \
                    and not is_aux(toks[n][2]) and not self.lx.verb(toks[n][2]) \
                    and not past_form(toks[n][2]):
                n += 1
            if 0 < n < len(toks) and self.plural_noun(toks[n - 1][2]) and toks[n][2].islower() \
                    and (past_form(toks[n][2]) or self.lx.verb(toks[n][2])):
                j = n
        titled = all(t[2][:1].isupper() or t[2] in {"and", "of", "for", "&", "'s", "’s", ","} for t in toks[:j])
        if j == 0 or j > (16 if titled or held else 8):  # (a long title joined by "and" before a name)
            return None
        named = self._appositive_name(toks, j)
        if named is None:
            named = self._titled_name(toks, j)
        return toks[0][0], toks[named if named is not None else j - 1][1]

    def _role_words_end(self, toks: list, j: int) -> int:
        """The index after up to four lower-case words from ``j`` that may describe a person (no auxiliary,
        preposition, clause word or verb but ``state``: "Minnesota state delegate Mary Susan"; hyphenated ones too:
        "Conservative co-chairman Liam Fox")."""
        m = j
        while m < len(toks) and m - j < 4 and toks[m][2][:1].islower() and toks[m][2].replace("-", "").isalpha() \
                and not is_aux(toks[m][2]) and toks[m][2] not in PREP_OR_CLAUSE and toks[m][2] not in DETERMINERS \
                and (toks[m][2] == "state" or not self.lx.verb(toks[m][2])):
            m += 1  # (no determiner: "But she blamed the previous Progressive Conservative government" names no one)
        return m

    def _titled_name(self, toks: list, j: int) -> int | None:
        """``Democratic presidential candidate Bernie Sanders is ...``: the index of the last word of a name of
        two capitalised words or more after a few role nouns from ``j``, when a comma or a lower-case word other
        than a preposition or clause word (a verb) follows it, else None."""
        m = self._role_words_end(toks, j)
        if m == j or j > 1 and toks[j - 1][2][:1].isupper() and toks[j - 2][2][:1].isupper() \
                and any(past_form(t[2]) for t in toks[j:m]):
            return None  # (a name, then a verb in the past: "Bernie Sanders endorsed Hillary Clinton, saying": the
            # object named, not a role's holder)
        n = m
        while n < len(toks) and n - m <= 6 and (toks[n][2][:1].isupper() or toks[n][2] in NAME_PARTICLES and n > m
                                                 and n + 1 < len(toks) and toks[n + 1][2][:1].isupper()
                                                 or n > m and JOINED_PARTICLE.match(toks[n][2])):
            n += 1  # ("Dutch conservative lawmaker Pieter van Aalst, a member of ...,": a particle inside the name;
            # "Defence lawyer Hisham el-Sherbiny": one joined to it)
        if n - m < 2 or n >= len(toks):
            return None
        after = toks[n][2]
        if after == "," or is_aux(after) or (after.isalpha() and after.islower() and after not in PREP_OR_CLAUSE):
            return n - 1  # (a verb the lexicon need not know: "... nominee Hillary Clinton chimed in")
        return None

    def reduced_relative(self, toks: list, j: int) -> bool:
        """A past participle at ``j`` after an unnamed source's noun or a plural noun modifies it: ``People briefed on
        the situation say``, ``officials involved in the talks said``, ``veterans interviewed at rallies said``."""
        return j > 0 and toks[j][2] in _SOURCE_PARTICIPLES and (self.lx.has("anonymous", toks[j - 1][2].lower())
                                                                or self.plural_noun(toks[j - 1][2]))

    def participle_to(self, toks: list, j: int) -> bool:
        """``to`` at ``j`` after a present participle that follows the subject's plural noun: ``Democrats hoping to
        win the seat say``, the subject going on before it."""
        return toks[j][2] == "to" and j > 1 and self.people_doing([t[2] for t in toks[j - 2:j]], 1, opening=False)

    def document_to_name(self, toks: list, start: int, k: int) -> int | None:
        """The index of a document noun from ``start`` that ``to`` and a capitalised name (with ``the``) follow
        up to token ``k``: "A report to the U.S. Congress (released)"; else None."""
        for d in range(start, k - 2):
            if toks[d + 1][2] == "to" and self.document_noun(toks[d][2]) \
                    and all(map(_addressee_word, toks[d + 2:k])):
                return d
        return None

    def document_noun(self, word: str) -> bool:
        """A document's noun of the shipped list, or its plural (``papers``, ``filings``)."""
        low = word.lower()
        return self.lx.has("document", low) or low.endswith("s") and self.lx.has("document", low[:-1])

    def plural_noun(self, word: str) -> bool:
        """Whether ``word`` reads as a plural noun: a word in -s (not -ss) that is no verb, pronoun or function
        word."""
        low = word.lower()
        return low.endswith("s") and low.isalpha() and not low.endswith("ss") and not self.lx.verb(low) \
            and low not in CLAUSE_WORDS | PRONOUNS | DETERMINERS | AUXILIARIES

    def people_doing(self, words_: list[str], i: int, opening: bool = True) -> bool:
        """Whether the present participle ``words_[i]`` modifies the plural or unnamed-source noun right before it,
        which opens the phrase after determiners or numbers only (``opening``): ``Residents living near the plant``,
        ``Two officials speaking on condition of anonymity``."""
        word, low = words_[i], words_[i].lower()
        if i < 1 or not word.islower() or len(word) < 6 or not low.endswith("ing"):
            return False  # (not a past participle: "Democrats seized on Ryan's remarks, saying" is a finite verb)
        noun = words_[i - 1].lower()
        if not (self.lx.has("anonymous", noun) or self.plural_noun(noun)):
            return False
        return not opening or all(w.lower() in DETERMINERS or w.lower() in NUMBER_WORDS or w.isdigit()
                                  for w in words_[:i - 1]) \
            or i <= 3 and all(_modifier(w, self.lx) for w in words_[:i - 1])  # ("Republican activists clamoring
        # to block Donald Trump", "Some local doctors working at the hospital": an adjective or two before the noun)

    def document_sent_to(self, toks: list, j: int) -> bool:
        """``to`` at ``j`` after the verb of a document's maker: ``A memo the Fiscal Integrity Caucus circulated to
        members Monday described``, the subject going on before it."""
        return toks[j][2] == "to" and j > 3 and toks[j - 1][2].lower() in MADE_BY \
            and any(toks[d][2].lower() in self.lx.lists["document"] and toks[d - 1][2].lower() in DETERMINERS
                    for d in range(max(1, j - 8), j - 2))

    def document_addressed_to(self, toks: list, j: int) -> bool:
        """``to`` at ``j`` right after a document's noun and its determiner, its maker named after the addressee:
        ``A memo to staff signed by Warden Curtis Oyelaran said``, ``A letter to parents written by ...``: whom the
        document went to, the subject going on before it."""
        if toks[j][2] == "to" and j > 2 and toks[j - 1][2].lower() in MADE_BY \
                and toks[j - 2][2].lower() in self.lx.lists["document"] and toks[j - 3][2].lower() in DETERMINERS \
                and any(toks[t][2] == "by" for t in range(j + 2, min(len(toks) - 1, j + 5))):
            return True  # "A circular sent to patients by the Health Department (said)": its maker after the addressee
        if not (toks[j][2] == "to" and j > 1 and toks[j - 1][2].lower() in self.lx.lists["document"]
                and toks[j - 2][2].lower() in DETERMINERS):
            return False
        if any(toks[t][2].lower() in MADE_BY and toks[t + 1][2] == "by"
               for t in range(j + 2, min(len(toks) - 1, j + 6))):
            return True  # (its maker named after it)
        if j == 2:
            return True  # "A report to the council's cabinet says": the document opening the sentence, not whom it
            # went to
        made = next((t for t in range(j + 1, min(len(toks), j + 7)) if not _addressee_word(toks[t])), None)
        return made is not None and made > j + 1 and toks[made][2].lower() in MADE_BY  # "A report to the U.S.
        # Congress released on Wednesday (accused)": when it came out, after the addressee named

    def near_source(self, span: tuple[int, int]) -> bool:
        """A source noun, then ``close to`` or ``familiar with`` (``two people familiar with the matter``, ``a
        source close to the minister``)."""
        toks = self.tokens.between(*span)
        return any(self.close_to(toks, j) and j > 1 and self.lx.has("anonymous", toks[j - 2][2])
                   for j in range(2, len(toks)))

    def role_joined(self, toks: list, j: int) -> bool:
        """Whether token ``j`` is an ``and`` inside a role in lower case whose holder is set off after it (``The shadow
        work and pensions minister, Giles Penrose, called``): up to three lower-case words, the last a role noun, then
        a comma and a capital."""
        if toks[j][2] != "and":
            return False
        for k in range(j + 1, min(len(toks) - 2, j + 4)):
            if not (toks[k][2].isalpha() and toks[k][2].islower()):
                return False
            if self.lx.has("role", toks[k][2]) and toks[k + 1][2] == "," and toks[k + 2][2][:1].isupper():
                return True
        return False

    def heads_joined(self, toks: list, j: int) -> bool:
        """Whether token ``j`` is an ``and`` between two nouns of people, the second after an article (``the mayor
        and an aide said``), or between a role after ``the`` and a title before a name (``the prime minister and
        Chancellor Gordon Brown have called``)."""
        if toks[j][2] != "and" or not 0 < j < len(toks) - 2 or not self.person_head(toks[j - 1][2]):
            return False
        if toks[j + 1][2] in {"a", "an", "the"}:
            return self.person_head(toks[j + 2][2])
        return toks[j + 1][2].istitle() and self.lx.has("role", toks[j + 1][2].lower()) \
            and toks[j - 1][2].islower() and toks[j + 2][2].istitle() \
            and any(toks[t][2].lower() == "the" and (t == 0 or toks[t - 1][2].lower() == "both"
                                                     or not toks[t - 1][2][:1].isalnum())
                    for t in range(max(0, j - 3), j - 1))  # (the subject's first words: not "He met the ...")

    def plurals_joined(self, toks: list, j: int, end: int) -> bool:
        """Whether token ``j`` is an ``and`` between two plural nouns of people ending a subject at ``end``, with up to
        two modifiers before the second (``teachers and union officials (told)``)."""
        first, last = toks[j - 1][2], toks[end][2]
        if j > 2 and toks[j - 2][2] == "," and toks[j - 3][2].islower() and self.people_noun(toks[j - 3][2]):
            return False  # a list's last two ("lawyers, mayors and community leaders warn"): not the whole subject
        return toks[j][2] == "and" and 0 < j < end <= j + 3 \
            and all(t[2].isalpha() and t[2].islower() for t in toks[j - 1:end + 1]) \
            and first.endswith("s") and last.endswith("s") and self.people_noun(first) and self.people_noun(last)

    def people_noun(self, word: str) -> bool:
        """A noun of people, singular or plural: a role's or an unnamed person's head, or a word like ``teachers``."""
        return self.person_head(word) or self.person_head(word[:-1]) or bool(PERSON_NOUN.search(word))

    def person_head(self, word: str) -> bool:
        """A head noun of a person's role or of an unnamed person (``mayor``, ``aide``, ``official``)."""
        return self.lx.has("role", word) or self.lx.has("anonymous", word)

    def body_of(self, toks: list, j: int) -> bool:
        """``of`` at ``j`` joins a body's head noun to the capitalised name of its place, no given name: ``The
        government of Sonora, in a separate statement, ... said``."""
        return toks[j][2] == "of" and 0 < j < len(toks) - 1 and self.lx.has("org_head", toks[j - 1][2]) \
            and toks[j + 1][2][:1].isupper() and not given_name_gender(toks[j + 1][2])  # (not "The campaign of Roy
        # Moore": a person's campaign)

    def document_from(self, toks: list, j: int) -> bool:
        """``from`` at ``j`` joins a document's head noun to its maker's capitalised name: ``A statement from the
        Green Mountain Event Alliance, a trade group ..., called ... and urged``."""
        return toks[j][2] == "from" and 0 < j < len(toks) - 2 and self.lx.has("document", toks[j - 1][2]) \
            and (toks[j + 1][2][:1].isupper() or toks[j + 1][2] == "the" and toks[j + 2][2][:1].isupper())

    @staticmethod
    def close_to(toks: list, j: int) -> bool:
        """``to`` / ``with`` at ``j`` joins an unnamed source to whom it is near: ``A source close to Romney``,
        ``people familiar with the talks``."""
        return j > 0 and ((toks[j][2] == "to" and toks[j - 1][2].lower() in _CLOSE_TO)
                          or (toks[j][2] == "with" and toks[j - 1][2].lower() == "familiar"))

    def _appositive_name(self, toks: list, j: int) -> int | None:
        """``The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...``: the index of the last word of a
        capitalised name set off by commas after a few role nouns from ``j``, else None."""
        m = self._role_words_end(toks, j)
        if m < len(toks) and toks[m][2].lower() in PREPOSITIONS:
            # "Another delegate on the Cruz slate, Jim Poolman, said": a prepositional phrase after the role nouns (a
            # body's long name in it too: "The president of the Mallorca Vehicle Rental Business Association (AEVAM),
            # Bartomeu Riera, has described ... and has announced")
            m = next((c for c in range(m + 1, min(len(toks), m + 14)) if toks[c][2] == ","
                      or is_aux(toks[c][2]) or (toks[c][2].islower() and self.lx.verb(toks[c][2]))), len(toks))
        if m >= len(toks) or toks[m][2] != "," or m + 1 < len(toks) and US_PARTY_TAG.match(toks[m + 1][2]) \
                and toks[m - 1][2][:1].isupper():
            return None  # (a party tag set off after a name is no name: "Ebeling, D-Leland Township, accused ... and
            # warned"; but "The study's lead author, I-Chun Lin, said")
        if m + 1 < len(toks) and toks[m + 1][2] in {"the", "a", "an"}:
            # "the chair of the talks, the Ecuadorian diplomat Martín Quiroga Salas, suspended": a description, then
            # the name, set off by commas
            c = next((c for c in range(m + 2, min(len(toks), m + 12)) if not toks[c][2][:1].isalpha()), None)
            first = c
            while first is not None and first > m + 2 and toks[first - 1][2][:1].isupper():
                first -= 1
            closed = c is not None and (toks[c][2] == "," or toks[c][2] == "(" and c + 3 < len(toks)
                                        and toks[c + 2][2] == ")" and toks[c + 3][2] == ",")
            # ("Romania's junior ruling partner, the Civic Renewal Party (PRC), pulled": a body's name after "the")
            if closed and c - first >= 2 and (first > m + 2 and any(t[2].islower() for t in toks[m + 2:first])
                                              or first == m + 2 and toks[m + 1][2] == "the"):
                return c - 1
            return None
        n = m + 1
        while n < len(toks) and n - m <= 4 and toks[n][2][:1].isupper():
            n += 1
        if n - m >= 3 and n < len(toks) and toks[n][2] == "(":
            # "The panel’s top Democrat, Rep. Alicia Ferreira (D-Ore.), pushed back": a party tag after the name
            close = next((c for c in range(n + 1, min(len(toks), n + 8)) if toks[c][2] == ")"), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1][2] == ",":
                return close
        if n - m >= 3 and n + 2 < len(toks) and toks[n][2] in {"of", "from"}:
            # "The owner, Stephen Kallas of Swampscott, whose ...": a hometown after the name
            town = next((c for c in range(n + 2, min(len(toks), n + 5)) if not toks[c][2][:1].isupper()), None)
            if town is not None and toks[town][2] == "," and self.name_before_hometown(toks, n + 1, town):
                return n - 1
        if n < len(toks) and toks[n][2].islower() and (r := self._role_words_end(toks, n)) > n \
                and self.lx.has("role", toks[r - 1][2]):
            # "The committee chair, Sinn Féin councillor Niamh Donnelly, defended": a party or body, a role in lower
            # case, then the name, closed by a comma
            e = r
            while e < len(toks) and e - r <= 4 and toks[e][2][:1].isupper():
                e += 1
            if e - r >= 2 and e < len(toks) and toks[e][2] == ",":
                return e - 1
        acronym = n - m == 2 and toks[m + 1][2].isalpha() and toks[m + 1][2].isupper() and len(toks[m + 1][2]) > 2
        if n - m < 3 and not acronym or n >= len(toks) or toks[n][2] != ",":
            return None  # a name is two capitalised words or more, or a body's acronym ("The country’s disaster
            # agency, CONRED, has evacuated ... and warned"), closed by a comma
        return n - 1
