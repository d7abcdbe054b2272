"""Speakers: named persons of an article, typing of source phrases, rule-based coreference.

* A **named person** is a run of capitalised words with at least two name words
  (``Antony Blinken``) or one name word after a title (``Mr Blair``, ``President
  Biden``); title words before the name (``Secretary of State``, ``Israeli Prime
  Minister``) and an appositive after it (``Ed Balls, ex-chief economic adviser``)
  are kept as the person's roles. Words of organisations, outlets and places are
  never names.
* A surname or a titled surname resolves to the fullest name in the article that
  ends with it (the article's longest such name).
* ``he``/``she`` resolve to the most recent named person before the cue outside
  quotations (``Mr``/``Ms`` titles keep gender); a role noun (``the secretary``,
  ``the minister``) to the most recent person holding that role, else to the most
  recent person; ``they``/``it`` to the previous speaker if that was a group or
  an organisation.
* Types: ``person`` (a name, or a resolved pronoun/role), ``media`` (outlets and
  reports: ``the Washington Post``, ``local reports``), ``organization`` (states
  and bodies: ``Israel``, ``the U.S.``, ``the Biden administration``),
  ``anonymous`` (unnamed people: ``a senior administration official``,
  ``sources``), ``unresolved`` (a pronoun with no antecedent the rules accept:
  speaker ``(unresolved)``, never a person called "they"), else ``unknown``. ``a report by X`` is X's statement.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count, takewhile
from operator import attrgetter, itemgetter

from ..units import STOP_WORDS
from .aliases import STATE_ABBREVIATIONS, STATE_NAMES, US_STATES
from .roles import HONORIFICS, MODIFIERS, role_heads
from .lexicon import (DATELINE, DESCENT, JOINT, MADE_BY, MONTHS, OPENING_MARKS, POSSESSIVE_END, PREPOSITIONS,
                      PRONOUN_GENDER, PRONOUNS, CLAUSE_WORDS, TIME_WORDS, WORD,
                      census_rare, common_words, everyday_words, first_names, given_name_gender, lexicon, WHEN_WORDS,
                      words)

#: The speaker of a pronoun or follow-on quote the rules cannot resolve (type ``unresolved``): shown as such.
UNRESOLVED = "(unresolved)"
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
NAME_PARTICLES = frozenset("de da do das dos di del della der van von al la le du el ap".split()) | DESCENT
_PARTICLES_OF = NAME_PARTICLES | {"of"}
#: An Arabic article or kin word joined to a capitalised name: "al-Assad", "el-Sherbini" (a name word).
JOINED_PARTICLE = re.compile(r"\b(?:al|el|as|ash|ad|an|ar|at|az|abu|ibn|bin|bint|ul)-[A-Z]")
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")
#: An age as one hyphenated word, in figures or spelled out: "17-year-old", "Sixty-three-year-old".
AGE_WORD = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old", re.I)
#: The French "de" elided before a capitalised name: "d’Entremont", "d'Estaing".
_ELIDED_PARTICLE = re.compile(r"\bd['’][A-Z]")
#: Prepositions, conjunctions and adverbs that open sentences and are not stop words: never a given name.
_OPENERS = frozenset("""despite like unlike outside inside following including regarding amid amidst toward towards via
per maybe perhaps meanwhile later earlier asked speaking citing according instead still yet also only even just
now today yesterday tonight given beneath behind beyond beside besides throughout atop""".split())
_PARTICIPLE = re.compile(r"(?:ing|ed)$")
#: Prefixes a participle may carry before a verb's stem: "Understated" (stated), "Outspoken".
_VERB_PREFIX = re.compile(r"^(?:under|over|out|mis|dis|re|un|pre)(?=\w{4})")
#: A name joined to a lower-case participle or noun: an adjective ("Halifax-based", "Saudi-led", "Kenyan-born").
_ADJECTIVE_COMPOUND = re.compile(r"[A-Z][\w.'’]*-(?:based|led|owned|backed|born|run|funded|made|controlled|linked"
                                 r"|allied|aligned|bred|raised|educated|trained|registered|listed|headquartered)")
#: Stop words that are also given names or surnames: they may start a name ("Will Hutton", "Bill Clinton").
_NAME_STOP_WORDS = frozenset("may will bill mark fire mill con de s".split())
#: Words that, capitalised inside a run, show title case rather than a name.
_TITLE_CASE_WORDS = (STOP_WORDS - NAME_PARTICLES - _NAME_STOP_WORDS - {"of", "and", "the"}) \
    | {"are", "is", "was", "were", "why", "how", "what", "says", "said"}
_PEERS = frozenset("lord lady baron baroness earl duke viscount countess".split())
#: Heads of an assembly's name before "of" ("Swiss Conference of Cantonal Ministers of Education"), kept out of the
#: bodies' heads, where "the news conference" would become a body.
_ASSEMBLY_HEADS = frozenset("conference convention congress".split())
_MALE = frozenset("mr mr. sir lord king prince father baron ntate".split())
_FEMALE = frozenset("mrs mrs. ms ms. miss madam madame dame lady queen princess baroness m'e m’e".split())
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|ian|an|ese|ish|ch)$")
#: Words naming a variety of a language before its name: "Low German", "Old English", "Modern Greek".
_LANGUAGE_VARIETIES = frozenset("low high old middle modern plain standard classical ancient".split())
#: A place's dotted abbreviation before a title: "B.C. Premier", "N.W.T. Premier", "Ont. MPP" (not initials: a title
#: follows).
_DOTTED_PLACE = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z][a-z]{1,4}\.")
COURTESY_TITLES = frozenset("mr mrs ms miss dr".split())  # titles of anyone, not of an office
#: A councillor's titles before a name, a person's only: "Cr Sapon", "Cllr Dawn Haldane".
COUNCILLOR_TITLES = frozenset({"cr", "cllr", "councillor", "coun"})
#: Where both are used, "Mrs X" and "Ms X" (or "Miss X") are two women.
_WIFE_OR_NOT = frozenset("mrs ms miss".split())
#: Words that open a place's name, never a person's: "Lake Melville", "Mount Pearl", "Fort McMurray".
_PLACE_OPENERS = frozenset("Lake Mount Fort Cape Port San Santa Santo São".split())
#: Vietnamese family names, and the middle names that mark a woman's or a man's name after one ("Vu Thi Lan Huong",
#: "Le Van Tuan").
_VIETNAMESE_FAMILIES = frozenset("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Trinh
Truong Mai Lam Luong Ha Cao Chu Ta Doan Kieu Thach""".split())
_VIETNAMESE_MIDDLES = {"Thi": "f", "Van": "m"}
#: Common Chinese family names, and a given name of two pinyin syllables written as one word ("Xiuying"): a name
#: of those two words is written family name first, and says no gender ("Long Xiuying" is a woman, whatever the
#: census says of "Long").
_CHINESE_FAMILIES = frozenset("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding
Ren Shen Yao Fang Jin Qiu Xia Tan Zou Shi Xiong Meng Qin Yan Long Hou Bai Duan Lei Kong Mao Qian Wan Gu Xi""".split())
#: Common Cantonese family names as Hong Kong and Macau romanise them (not those also an English given name: Lee, Lou,
#: Man): a three-word name opening with one is written family name first.
_CANTONESE_FAMILIES = frozenset("""Chan Wong Cheung Lau Leung Ng Fong Chao Lam Kwok Mak Yip Tsang Chow Lo Choi Tang Au
Chu Siu Tse Yeung Kwan Lui Ieong Leong Chui Cheang Vong Chio Iao Ung Fung Hui Tsui Chiu Poon Yuen""".split())
#: One syllable of a given name written apart: "Wa", "Chong", "Sio".
_SHORT_SYLLABLE = re.compile(r"[A-Z][a-z]{1,5}")
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue"
                    r"|er|a|o|e|i|u)")
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}")
#: A given name of two syllables joined by a hyphen, the second in lower case: "Chih-wei", "Jae-in".
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
COMPASS = frozenset("north south east west northern southern eastern western central".split())
#: A party member's noun: after a place it describes someone ("an Iowa Democrat", "a South Carolina Republican").
_PARTY_MEMBER = frozenset("democrat democrats republican republicans tory tories".split())
#: A party as a qualifier of a role: "the Republican lawmaker", "the Labour MP".
_PARTY_WORDS = _PARTY_MEMBER | frozenset("democratic conservative labour liberal".split())


@dataclass
class Person:
    name: str
    surname: str
    roles: set = field(default_factory=set)
    gender: str = ""
    ages: set = field(default_factory=set)  # ages the text gives ("Rokeya Begum, 38,", "the 19-year-old Jane Doe")


@dataclass
class Mention:
    start: int
    end: int
    person: Person
    owner: bool = False  # an owner in a prepositional phrase: "(named in manager) Colin Fallaize's (squad)"
    subject: bool = False  # before a verb: "Sam Domaille (has watched)"
    governed: bool = False  # after a preposition and titles: "(in the courtroom of) Judge Marisa Ochoa-Lindgren"


#: Companies' legal forms, which end their names: "Northshield Gold Corp.", "Marula Holdings Ltd".
LEGAL_FORMS = frozenset("inc corp corporation co ltd limited llc llp plc ag gmbh sa spa nv bv ab se as asa oy "
                        "oyj".split())


@lru_cache(maxsize=1 << 16)
def _strip_possessive(token: str) -> str:
    if len(token) > 2 and token[-2:] in {"'s", "’s"}:
        return token[:-2]
    return token[:-1] if len(token) > 1 and token[-1] in "'’" else token


@lru_cache(maxsize=1 << 16)
def _is_cap(token: str) -> bool:
    if not token[:1].isupper():
        return False
    if token.isascii():
        has_lower = token != token.upper()  # the same test as below for ASCII, without a loop over characters
    else:
        has_lower = any(c.islower() for c in token)
    if has_lower:
        return True
    return len(token) > 1 and token[-1] == "."  # initials and abbreviations: E., Sen.


#: Two capitals that abbreviate a title or office, not a person's initials: "PM Modi", "CS Kindiki".
_TITLE_ABBREVIATIONS = frozenset("pm mp cm dg md vp gm cs ps dc sp ig hr pr dj mc ad tv".split())


def _unpointed_initials(name: list[str]) -> bool:
    """Two capitals without points opening a name of three words or more, then words of no acronym (``KP Sharma
    Oli``, ``MK Stalin Kumar``: South Asian initials), not a listed body or a title's abbreviation (``UN``, ``PM``)."""
    first = name[0]
    lists = lexicon().lists
    return len(first) == 2 and first.isalpha() and first.isupper() and len(name) >= 3 \
        and first.lower() not in _TITLE_ABBREVIATIONS \
        and not any(first.lower() in lists[k] for k in ("organization", "media", "title", "role", "anonymous")) \
        and all(w[1:].islower() for w in name[1:]) and name[-1].lower() not in common_words()


@lru_cache(maxsize=1 << 16)
def _lone_initial(word: str) -> bool:
    """A capital letter alone that may be an initial written without a point (``S Anthonysamy``): not the article
    ``A`` nor the pronoun ``I``."""
    return len(word) == 1 and word.isupper() and word not in "AI"


@lru_cache(maxsize=1 << 16)
def _name_word(token: str) -> tuple[str, bool]:
    """``token`` without a possessive, and whether that is capitalised (cached: names recur)."""
    word = _strip_possessive(token)
    return word, _is_cap(word)


def _is_place(tokens: list[str]) -> bool:
    return " ".join(tokens).lower() in lexicon().lists["organization"]


@lru_cache(maxsize=1)
def _country_stems() -> tuple:
    """Stems of countries' names a nationality begins with: ``kuwa`` (Kuwait: Kuwaiti), ``pakist`` (Pakistani):
    each name's first word without its last two letters, at least four."""
    return tuple({w[:max(4, len(w) - 2)] for c in lexicon().lists["country"] if len(w := c.split()[0]) >= 4})


def _country_demonym(word: str) -> bool:
    """Whether ``word``, shaped like a nationality, begins with the stem of a country's name (Kuwaiti, Iraqi)."""
    return word.lower().startswith(_country_stems())


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset:
    """Words of organisations, outlets and places (lower case): never a name word."""
    lists = lexicon().lists
    return lists["organization"] | lists["media"] | lists["org_head"] | lists["not_person"] | lists["media_head"]


_LEADING = frozenset({"the", "a", "an", "but", "and", "in", "on", "at", "as"})
#: Words opening a clause before a name, no part of it: "(When) Gary and Lois Jorgenson posted".
_CLAUSE_OPENERS = CLAUSE_WORDS | {"then", "once", "now"}
#: Relatives a married woman is named as, whom "Mrs" names first among holders of a surname.
_MARRIED_KIN = frozenset("mother wife grandmother widow stepmother mother-in-law".split())
#: Months that are also given names (women's, in the census list), before a surname: "June Tanabe".
_MONTH_GIVEN = frozenset({"april", "june"})
#: Words before a month in a date: "(in) June", "(last) April".
_BEFORE_MONTH = frozenset("in since until till by last next this early late from during through of mid before after "
                          "on past every each between".split())
_MONTH_DATE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_BEFORE_MONTH)) + r")\s+$"
                                r"|\b(?:" + "|".join(sorted({m[:3] for m in MONTHS})) + r")[a-z]*\.?"
                                r"\s+(?:and|to|through)\s+$", re.I)  # (or a range of months: "In May and June
# (Harris scored)", not "to June Tanabe")


def _ordinary(word: str, common: frozenset) -> bool:
    """Whether ``word`` is an ordinary word of ``common``, a compound of ordinary words included (``Opening-Up``)."""
    low = word.lower()
    return low in common or "-" in low and all(part in common for part in low.split("-"))


@lru_cache(maxsize=1)
def _role_lead_words() -> frozenset:
    """Words that are role words before a name on their own: titles, anonymous and role nouns, body words and
    :data:`_LEADING` (one set lookup per word, where a name's words are read up to six times)."""
    lists = lexicon().lists
    # a capitalised stop word opening a run starts a sentence or a clause, not a name: "Although Reynolds",
    # "When Clinton", "Meanwhile Trump", "And Menzies Campbell"
    stop = STOP_WORDS - _NAME_STOP_WORDS
    # (a role noun that is also a given name and no title leads no name: "Dean Bowyer" is a man, "the Dean" a role)
    roles = lists["role"] - (first_names().keys() - lists["title"])
    return lists["title"] | lists["anonymous"] | roles | _not_name_words() | _LEADING | stop


#: Balinese birth-order names and titles, after the gender marker "I" (male) or "Ni" (female): "I Made Suarjana".
_BALINESE_ORDER = frozenset("wayan gede putu made kadek nengah nyoman komang ketut luh gusti".split())
#: A family name written first, and a given name of two romanised syllables: "Park Yong-soo", "Lai Ching-te".
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,5}")
_SYLLABLE_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_INITIAL = re.compile(r"[A-Z]\.")
#: Initials written together: "J.J.", "H.W."; but places and bodies: "U.S.", "U.K.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "S.C.", "N.C.", "N.H.", "N.J.",
                             "U.S.A.", "P.E.I.", "B.C.", "N.W.T."})
_WORD = itemgetter(2)
_START = attrgetter("start")


_JOINING = frozenset({"of", "for", "the", "and"})
#: A byline: a short line that opens with "By" and a name.
_BYLINE = re.compile(r"By [A-Z][^\n]{0,60}(?:\n|$)")
#: Last words of a newspaper's name: "the Nottingham Post", "the Yorkshire Evening Post", "the Kent Messenger".
NEWSPAPER_ENDS = frozenset("""Press News Post Times Star Herald Journal Telegraph Globe Mail Gazette Tribune Sun
Citizen Record Spectator Province Chronicle Echo Mirror Express Observer Examiner Advertiser Bulletin Courier
Standard Inquirer Register Sentinel Dispatch Argus Enquirer Messenger Independent Guardian""".split())
#: A byline naming the writer and the outlet on a line of their own: "Tomás Villeneuve, The Canadian Press".
_OUTLET_BYLINE = re.compile(r"^(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*,[ \t]+(?:The[ \t]+)?"
                            r"(?:[A-Z][\w'’.&-]*[ \t]+){0,3}(?:" + "|".join(sorted(NEWSPAPER_ENDS))
                            + r"|Agency|Service|Wire|Reuters|AFP|AP)[ \t]*$", re.M)
#: The lower-case rest of a byline's beat after a name: " and farming correspondent", " editor".
_BYLINE_ROLE = re.compile(r"(?:\s+(?:and|&)\s+[a-z-]+)*\s+(?:[a-z-]+\s+)?(?:correspondent|editor|reporter|writer)\b")
#: What follows two people named together as a couple: ", from Swansea", " were".
_COUPLE_AFTER = re.compile(r",\s+(?:from|of|who|both)\b|\s+(?:were|are|have|had)\b")
#: Titles a text calls someone by instead of a courtesy title, so that "Mr"/"Ms" with the surname is someone else.
_TITLE_NOT_COURTESY = frozenset({"dr", "prof"}) | COUNCILLOR_TITLES
#: A couple's plural noun set off before their names: "Kacper's parents, (Agnieszka and Tomasz Nowicki)".
_COUPLE_BEFORE = re.compile(r"\b(?:(?:parents|owners|couple|grandparents|founders|co-founders|co-owners),"
                            r"|(husband\s+and\s+wife|wife\s+and\s+husband))\s+$")  # (a married couple's words:
# two given names, however common as words: "husband and wife Kirsty and Neil Carruthers")
#: A title in title case going on after a word: " and Estates", " for the Water Security Agency".
_TITLE_GOES_ON = re.compile(r" (and|for) (?:the )?[A-Z]")
#: A title's words after its "of"/"for", joined by "and" to the words before a name: "Minister of Trade and ", "in
#: charge of Ecology, Green Development and ".
_TITLE_AND = re.compile(r"\b(?:[A-Z][\w-]*|charge) (?:of|for) (?:the )?(?:[A-Z][\w-]*,? ){1,4}and $")
#: The capitalised words of a title after its "of"/"for", up to a name: "(Minister of State for) Defence ".
_TITLE_OF = re.compile(r"\b(?:of|for) (?:[A-Z][\w-]* ){1,3}$")
#: A title's first field after its "of"/"for", then a comma: "Minister of Infrastructure, ", "in charge of Ecology, ".
_TITLE_LIST_OF = re.compile(r"\b(?:[A-Z][a-z]+|charge) (?:of|for) (?:the )?(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*, $")
#: An office of a body named next, opening a sentence or after a comma: "Chairman of the (Association of ...)".
_OFFICE_OF_THE = re.compile(r"(?:^|[.,;:]\s+|\n)(?:[A-Z][a-z]+ ){1,2}of the $")


def _given_name_start(lows: list[str], lo: int, hi: int) -> int:
    """Index of the first word in ``lows[lo:hi - 1]`` that is a given name (and no common word), else ``hi``."""
    given, common = first_names(), common_words()
    found = next((k for k in range(lo, hi - 1) if lows[k] in given and lows[k] not in common), hi)
    if found == hi and 2 <= hi - lo:
        # a name the census lacks ("Superintendent of Police Ramesh Kumar Thapa"): its last two or three words
        # when none is an ordinary word or a body's
        not_name = _not_name_words()
        found = next((k for k in range(max(lo, hi - 3), hi - 1)
                      if all(w not in common and w not in not_name for w in lows[k:hi])), hi)
        if found == hi:
            # (a name word after the first may be an ordinary word too: "Minister for Foreign Affairs Ishaq Dar",
            # "Minister of Water Raed Abu Saud"; the first must not be, nor any a body's word)
            found = next((k for k in range(max(lo, hi - 3), hi - 1)
                          if lows[k] not in common and all(w not in not_name for w in lows[k:hi])), hi)
    return found


#: Legislators named with their seat: "MP for Bolton South East Yasmin Qureshi", "MLA for Lake Melville" (and
#: councillors with their ward: "councillor for North, West and Central Sutherland Fiona Lindsay").
_SEAT_HOLDERS = frozenset("mp mps msp msps mla mlas mep meps ms td mpp mna mha mhk councillor councilor cllr".split())


def _given_name_inside(run: list) -> int:
    """Index of a census given name (no common word) after a run's first word with a word after it (``Bolton South
    East Yasmin Qureshi``: 3), else of the last two words when neither is an ordinary word nor a place's or body's
    (``South Wales West Rhodri Bevan``: a given name the census lacks), else 0. A given name after a compass word
    is the place's (``North Devon Fiona Lindsay``: Fiona)."""
    given, common = first_names(), common_words()
    found = next((k for k in range(1, len(run) - 1) if (low := run[k][2].lower()) in given and low not in common
                  and run[k - 1][2].lower() not in COMPASS), 0)
    if not found and len(run) >= 4 and not any(w in common or w in _not_name_words() or w in US_STATES
                                               for w in (t[2].lower() for t in run[-2:])):
        return len(run) - 2
    return found


def _given_name_after_words(run: list) -> bool:
    """A run of ordinary words, then a given name and more (``... for Air Traffic Services Teresa Calloway``): the
    end of a title in title case, then a person; or then two last words that are no ordinary word
    (:func:`_uncommon_pair_after_words`)."""
    common = common_words()
    k = 0
    while k < len(run) - 2 and run[k][2].lower() in common:
        k += 1
    return k > 0 and (_given_name_first(run[k:]) or _uncommon_pair_after_words(run))


#: What goes on after a state's name and one word in an agency's name: " and Wildlife", ", Wildlife and Parks".
_STATE_BODY_GOES_ON = re.compile(r"(?:,\s+[A-Z][a-z]+)?\s+(?:and|&)\s+[A-Z][a-z]+")
#: An area's kind and "of" before its name: "the Governorate of (Al Dakhiliyah)", "the Township of (Melancthon)".
_AREA_KINDS = frozenset("Governorate Province Region Municipality Prefecture Oblast Township Borough Parish Village"
                         .split())
_AREA_OF = re.compile(r"\b(?:" + "|".join(sorted(_AREA_KINDS | {w.lower() for w in _AREA_KINDS})) + ") of $")
#: A lower-case noun, then a capitalised name of two words or more: "(Gedney Hill) farmer Margaret Ashby".
_OCCUPATION_THEN_NAME = re.compile(r"([a-z]{3,}) [A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+")
#: Spanish and Portuguese honorifics before a given name alone: "Don Eusebio", "Doña Rosa", "Dom Manuel".
_DON = frozenset({"Don", "Doña", "Dona", "Dom"})
#: The lower-case word right after a name's run: "(the Don Quixote) mural", "(Conservative Christian) activists".
_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")
#: Things named after someone or something: "the Don Quixote mural", "the Paul Revere statue".
_NAMED_THINGS = frozenset("mural statue painting portrait sculpture bust monument memorial plaque bridge stadium arena "
                          "building highway trophy award prize medal scholarship".split())
#: Nouns of a part of a town or country after its name: "(Seattle's Beacon Hill) neighborhood".
_AREA_NOUNS_AFTER = frozenset("neighborhood neighbourhood district area suburb estate village township county region "
                              "quarter".split())
#: A club or band named in the plural, then its kind in lower case (one word between, its sport or craft): "the
#: Lickey Hills Orienteers club", "the Gravelbourg Barracudas swim club".
_PLURAL_NAMED_CLUB = re.compile(r" (?:[a-z]+ )?(?:club|team|society|choir|band|squad|league|association)\b")
#: Nouns that end an area's name in title case: "the Lake Balaton Region".
_AREA_NOUNS = frozenset("region province county district municipality governorate prefecture territory oblast "
                        "valley".split())


def _name_after_area(run: list) -> bool:
    """A run that ends an area's name, then two words that are neither ordinary words, a body's or place's words nor an
    initial (``Commissioner for the Development of the Lake Balaton Region Bence Hollósi``: a given name the census
    lacks, after the end of a title); the run is then read as those two words only."""
    if len(run) < 3 or run[-3][2].lower() not in _AREA_NOUNS:
        return False  # (most runs: read for every run, twice)
    return not any(w in common_words() or w in _not_name_words() or w in US_STATES or w.endswith(".")
                   for w in (t[2].lower() for t in run[-2:]))


def _uncommon_pair_after_words(run: list) -> bool:
    """A run of ordinary words, then two words that are neither ordinary words, a body's or place's words nor an
    initial (``... for Natural Resources and Tourism Halima Mshana``: a given name the census lacks, after the end
    of a title); the run after ``for``/``and`` is then read as those two words only."""
    common, not_name = common_words(), _not_name_words()
    words_ = [t[2].lower() for t in run]
    return len(words_) >= 3 and all(w in common for w in words_[:-2]) and not any(
        w in common or w in not_name or w in US_STATES or w.endswith(".") for w in words_[-2:])


def _surname_of_given(raw: list, given: str) -> str | None:
    """The surname of the one person of ``raw`` (:func:`find_people`'s runs read) named in full with the given name
    ``given`` (``Mark`` after ``Mark Underhill``), else None."""
    found = {f.split()[-1] for _, _, f, _, _ in raw if f and " " in f and f.split()[0] == given}
    return found.pop() if len(found) == 1 else None


def _person_after_all(text: str, run: list) -> bool:
    """A run read as a place (after "to", "from", "in") that is a person no list knows: two or three words, no
    ordinary word, and "who" set off after it or its last word saying something or given an age alone elsewhere
    (``the inscription to Miho Gallagher, who teaches Japanese``, ``..., Gallagher said``, ``Gallagher, 17,``); or
    any two or three words with an age set off after them (``was awarded to Magnus Rendall, 35, a joiner``: a given
    name English text uses as a word). A run that goes on with "of" after two words is read to it."""
    if 4 <= len(run) <= 7 and run[2][2] == "of":
        run = run[:2]  # ("Aaluk Kilabuk of Team Nunavut": the name before where they are from)
    if not 2 <= len(run) <= 3:
        return False
    if (age := _AGE_AFTER.match(text, run[-1][1])) and 0 < int(age.group(1)) < 120:
        return True
    if any(w.lower() in common_words() for _, _, w in run):
        return False
    if text.startswith(", who ", run[-1][1]):
        return True
    surname = run[-1][2]
    if text.count(surname) < 2:  # (a scan first: most places are named once)
        return False
    return any(f"{surname} {verb}" in text for verb in ("said", "says", "told", "added", "wrote")) \
        or f"said {surname}" in text or f"says {surname}" in text \
        or f"{surname}, " in text and re.search(rf"\b{re.escape(surname)},\s+\d{{1,3}},", text) is not None
    # (plain searches: a pattern per name cost more; or the surname alone with an age: "(went to Aaluk Kilabuk of
    # Team Nunavut ...) Kilabuk, 17, speaking through an interpreter")


def _given_name_first(run: list) -> bool:
    """A run after ``from``/``to``/``in`` that is a person's name, not a place: two words or more, the first a
    census given name that is no common word and no US state (``comes from Kevin McKinley``, ``spoke to Jim Jordan``;
    but ``from Virginia Beach``, ``in Los Angeles``)."""
    first = run[0][2].lower()
    return len(run) >= 2 and first in first_names() and first not in common_words() and first not in US_STATES \
        and (run[1][2][:1].isupper() or len(run) >= 3 and run[1][2] in NAME_PARTICLES) and first != "al" \
        and run[-1][2].lower() not in _STREET_ENDS
    # ("in Al Dakhiliyah": the Arabic article of a place; "Fatima bint Saad Al Kuwari": a name of descent, "from
    # Maria da Luz Pacheco": a particle, inside a name; "on Long
    # Wharf", "at Gary Street": a street's or a waterfront's last word, which no surname is, unlike "Greg Lake")


#: Endings of occupations' nouns: "Harpist", "Auctioneer", "Librarian".
_OCCUPATION_END = re.compile(r"[a-z]{3}(?:ist|eer|ician|arian)$")
#: Occupations with other endings that may open a sentence before a name: "Farmer Bhim Bahadur Limbu".
_OCCUPATIONS = frozenset("""farmer teacher rancher lawyer baker builder driver grower miner trader shopkeeper nurse
fisherman carpenter plumber mechanic shepherd herder weaver potter tailor midwife welder skipper logger trucker roofer
bricklayer brewer butcher cleaner painter photographer gardener crofter beekeeper innkeeper publican trainer breeder
jockey boxer ghillie gillie gamekeeper ferryman boatman stonemason blacksmith farrier thatcher""".split())
#: One unnamed person qualified by a name: "A Delta Air Lines pilot", "One Chilkat Summit guide" (a person's noun:
#: not "A Japanese automaker", "A Kremlin readout").
_ONE_MEMBER = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w.&'’-]*\s+){1,4}([a-z][a-z-]+)")
#: Nouns of a person that :data:`PERSON_NOUN`'s endings miss.
_MEMBER_NOUNS = frozenset("""pilot guide official aide fan nurse chef coach veteran executive source insider attorney cop
diplomat delegate volunteer candidate mother father parent spouse wife husband son daughter cousin relative guard
soldier trooper staffer""".split())
#: Imperatives that open campaigns' names: "Save Dale View", "Keep Westville's Police in Westville", "Send Kalyna to
#: Ottawa!".
_CAMPAIGN_VERBS = frozenset("save stop keep protect defend reclaim restore send bring free elect re-elect".split())
#: Last words of a journalist's beat in title case: "Athletics Correspondent", "Political Editor".
_BEAT_ROLES = frozenset({"correspondent", "editor", "reporter", "columnist", "writer"})
#: Endings of adjectives the word list may lack, before a country's name: "Landlocked Paraguay", "Oil-rich Gabon".
_ADJECTIVE_ENDS = ("ed", "ing", "ly", "ful", "less", "ic", "ous", "al", "rich", "poor")


#: The second word of the honour "El Hadj" ("El Hadji") before a name.
_HADJ = frozenset({"hadj", "hadji", "hadj.", "hadji."})


@lru_cache(maxsize=1024)
def _compound_title(low: str) -> bool:
    """Whether a hyphenated word in lower case is titles or role nouns joined (``director-general``,
    ``commissioner-cum-chairperson``: "cum" joins two offices in Indian English)."""
    lists = lexicon().lists
    return all(part in lists["title"] or part in lists["role"] or part == "cum" for part in low.split("-"))


#: Words qualifying the role written after them, before a name: "Senior Prosecutor Nur Aqilah", "Public Prosecutor
#: ...".
_ROLE_MODIFIERS = MODIFIERS | {"public"}
#: Two words that lead a name together, neither alone: "Mayor Pro Tem Karen Oberholzer", "New Zealander Mereana
#: Tawhiri" (a nationality or regional name of two words).
_LEADING_PAIRS = frozenset([("pro", "tem"), ("pro", "tempore")] + [
    ("new", w) for w in "zealander yorker englander mexican jerseyan caledonian guinean".split()])
#: Role nouns that are no one's surname, so a run of capitals ending in one names no one.
_ROLE_NO_SURNAME = frozenset("spokesperson spokesman spokeswoman spokespeople official officials".split())


#: Bruneian courtesy titles before a name of descent ("Awang Haji Zulkifli bin Haji Tengah", "Dayang Rosnah binti
#: Ahmad"); elsewhere part of a name ("Abdul Hadi Awang", "Awang Tengah Ali Hasan", "Dayang Nurfaizah").
_MALAY_COURTESY = frozenset("awang awangku dayang dayangku".split())


#: Words after a name that tell people apart, not words of it ("World War II" is read as a name with a suffix).
_SUFFIX_WORDS = frozenset("ii iii iv jr sr".split())


@lru_cache(maxsize=1 << 14)
def names_no_one(name: str) -> bool:
    """Whether a name :func:`find_people` read from capitalised words names no one: everyday words that no given
    name opens (``National Convention`` of "the Republican National Convention", ``Social Security``, ``World War
    II``, ``African American``; :func:`~analysis.quotes.lexicon.everyday_words`), or a US state or a country alone
    (``Vermont`` of "The Vermont senators", read as a titled name)."""
    words = [w for w in WORD.findall(name.casefold()) if w not in _SUFFIX_WORDS]
    if len(words) == 1:
        return words[0] in US_STATES or lexicon().has("country", words[0])
    return bool(words) and words[0] not in first_names() and all(w in everyday_words() for w in words)


def _opening_adverb(low: str) -> bool:
    """A sentence adverb that may open a run without its comma (``Interestingly Blocher said``): seven letters or
    more in ``-ly``, an ordinary word and no given name (not ``Daily`` or ``Sully``, which are also surnames)."""
    return len(low) >= 7 and low.endswith("ly") and low in common_words() and low not in first_names()


def _scandinavian_per(name: tuple[str, ...]) -> bool:
    """``Per Lindahl``, ``Per Hedlund``: the Scandinavian given name, not the preposition, before one capitalised
    word that is no ordinary word nor letters (not ``Per Section``, ``Per NASA``)."""
    return len(name) == 2 and name[0] == "Per" and not name[1].isupper() and name[1].lower() not in common_words()


@lru_cache(maxsize=1 << 16)
def _read_run(words: tuple[str, ...]) -> tuple | None:
    """A run of capitalised words (possessives stripped) read as ``(first, last, full name or None, surname, role
    words)``, the name being ``words[first:last + 1]``; None if it names no one. Cached: runs recur (``The``)."""
    titles = lexicon().lists["title"]
    not_name = _not_name_words()
    n = len(words)
    while n and (words[n - 1].lower() in _PARTICLES_OF
                 or "-" in words[n - 1] and _ADJECTIVE_COMPOUND.fullmatch(words[n - 1])):
        n -= 1  # ("The Bismarck-based carrier", "a Saudi-led coalition": an adjective, no name)
    if not n:
        return None
    lows = [w.lower() for w in words[:n]]
    if lows[n - 1] in _ROLE_NO_SURNAME:
        return None  # "Opposition Spokesperson (on Education)": a role in title case, no one's surname
    if _DOTTED_NAME.fullmatch(words[n - 1]):
        # "Speaker of the State Great Khural D.Amarbayasgalan": a dotted name is the whole name, whatever comes before
        return n - 1, n - 1, words[n - 1], words[n - 1].split(".", 1)[1], tuple(lows[:n - 1])
    i = 0
    # role words: titles, anonymous and role nouns, body words, _LEADING, a demonym before a title ("Israeli
    # Prime Minister")
    leading = _role_lead_words()
    if n >= 2 and _FAMILY_FIRST.fullmatch(words[n - 2]) and _SYLLABLE_GIVEN.fullmatch(words[n - 1]) \
            and lows[n - 2] not in _LEADING and lows[n - 1] not in not_name and all(w in leading for w in lows[:n - 2]):
        # "Park Yong-soo", "judge Kim Min-ji", "Tsai Ing-wen": a family name first, then a given name of two
        # syllables joined by a hyphen (Korean, Taiwanese and Hong Kong romanisation); the family name is the surname
        # ("the elder Park"), whatever else the word means ("Park", "Song")
        return n - 2, n - 1, " ".join(words[n - 2:n]), words[n - 2], tuple(lows[:n - 2])
    if n >= 2 and _SYLLABLE_GIVEN.fullmatch(words[n - 2]) and _FAMILY_FIRST.fullmatch(words[n - 1]) \
            and lows[n - 2] not in common_words() and lows[n - 2] not in not_name \
            and all(w in leading for w in lows[:n - 2]):
        # "Hyun-joo Park", "Ji-won Kim": the same given name written first, then the family name, whatever else it
        # means ("Park")
        return n - 2, n - 1, " ".join(words[n - 2:n]), words[n - 1], tuple(lows[:n - 2])
    if n >= 3 and words[n - 3] in _CANTONESE_FAMILIES and all(_SHORT_SYLLABLE.fullmatch(w) for w in words[n - 2:n]) \
            and all(w in leading for w in lows[:n - 3]):
        # "Fong Wa Chong", "Chao Sio Fong": Cantonese romanisation (Hong Kong, Macau), family name first and a given
        # name of two short syllables written apart; "Fong said" is Fong Wa Chong
        return n - 3, n - 1, " ".join(words[n - 3:n]), words[n - 3], tuple(lows[:n - 3])
    marker = next((k for k in range(n - 2) if words[k] in {"I", "Ni"} and lows[k + 1] in _BALINESE_ORDER), -1)
    if marker >= 0 and all(w in leading for w in lows[:marker]) and lows[n - 1] not in common_words():
        # "I Made Suarjana", "Governor I Ketut Wirawan": a Balinese name opens with a gender marker and a birth-order
        # name, words read elsewhere as the pronoun and a verb; the last word is the one used alone ("Suarjana said")
        return marker, n - 1, " ".join(words[marker:n]), words[n - 1], tuple(lows[:marker])
    initial = next((k for k in range(1, n - 1) if _lone_initial(words[k])
                    and lows[k - 1] in common_words() and lows[k - 1] not in first_names()), -1)
    if initial > 0 and not any(w in not_name or w in titles for w in lows[initial + 1:n]):
        # "District Collector M Vasanthi Devi", "Fisheries Minister R Kavinilavan": a title in ordinary words, then an
        # initial without a point opening a name (South Indian), whatever the ordinary words are
        return initial, n - 1, " ".join(words[initial:n]), words[n - 1], tuple(lows[:initial])
    if n == 2 and lows[0] in lexicon().lists["organization"] and lows[0] in first_names() \
            and words[1][:1].isupper() and lows[1] not in not_name and lows[1] not in common_words():
        return 0, 1, " ".join(words[:2]), words[1], ()  # "Jordan Whitcombe", "Georgia Pryce": a country's name
        # that is also a given name, before a surname
    month_given = n >= 2 and lows[n - 2] in _MONTH_GIVEN and words[n - 1][:1].isupper() \
        and lows[n - 1] not in common_words() and lows[n - 1] not in not_name and lows[n - 1] not in titles \
        and (n == 2 or lows[n - 3] not in _BEFORE_MONTH)  # (not "In April Sanders won": a date)
    while i < n and (lows[i] in leading and not (month_given and i == n - 2)
                     and not (i == 0 and _scandinavian_per(words[:n])) or lows[i] in _KIN_PLURALS
                     or lows[i] in _ROLE_MODIFIERS and i + 2 < n and lows[i + 1] in leading
                     or i + 2 < n and (lows[i], lows[i + 1]) in _LEADING_PAIRS
                     or i > 0 and (lows[i - 1], lows[i]) in _LEADING_PAIRS
                     or i == 0 and n > 1 and _opening_adverb(lows[0])
                     or "-" in lows[i] and (_compound_title(lows[i]) or AGE_WORD.fullmatch(lows[i]))
                     or (_DEMONYM.match(words[i]) and i + 1 < n and lows[i + 1] in titles)
                     or (_DOTTED_PLACE.fullmatch(words[i]) and i + 1 < n and lows[i + 1] in leading)
                     or lows[i] in _MALAY_COURTESY and any(w in DESCENT for w in lows[i + 2:n])
                     or lows[i] in {"tan", "puan"} and i + 1 < n and lows[i + 1] == "sri"
                     or lows[i] == "sri" and i > 0 and lows[i - 1] in {"tan", "puan", "dato'", "dato", "datuk"}
                     or lows[i] == "el" and i + 1 < n and lows[i + 1] in _HADJ
                     or lows[i] in _HADJ and i > 0 and lows[i - 1] == "el"):
        i += 1  # ("Brothers Andrés and Rafael Galindo Pérez": relatives, then a given name; "Tan Sri Muhyiddin
        # Yassin": a Malaysian honour, not the Chinese family name Tan; "Director-General", "Commissioner-cum-Chairperson":
        # a title of two; "El Hadj
        # Hamadou Dicko": the West African honour of a pilgrim, not a name "El"; "Sixty-three-year-old Desmond
        # Edwards": an age spelled out)
    if i == n:
        return None
    role_words = tuple(lows[:i])
    named_of = lows.index("of", i + 2) if "of" in lows[i + 2:n] else -1
    if named_of > 0 and not _PEERS.intersection(role_words) \
            and not any(w in titles or w in not_name or w in _ASSEMBLY_HEADS for w in lows[i:named_of]):
        n = named_of  # "Nathan Greer of First Baptist Church": the name ends before "of" (see below), whatever
        # capitalised function word the body's name holds ("First")
    inner = [k for k in range(i + 1, n) if lows[k] in _TITLE_CASE_WORDS and lows[k - 1] not in DESCENT
             and not (lows[k] == "are" and k == n - 2 and lows[k - 1] not in common_words())]
    # (but "Ahmed bin Said Al Mashani": a father's name after "bin", not a verb in title case; "Trond Are Sandvik": a
    # Norwegian middle name between a given name and the surname)
    if inner and inner[-1] + 1 < n:
        # a capitalised function word inside a run is title case ("Progressives Are Celebrating Hillary Clinton"):
        # the name can only follow the last one
        role_words += tuple(lows[i:inner[-1] + 1])
        i = inner[-1] + 1
    of = lows.index("of", i + 1) if "of" in lows[i + 1:n] else -1
    if of == i + 1 and role_words and (role_words[-1].rstrip(".") in COURTESY_TITLES or role_words[-1] in titles
                                       or _PEERS.intersection(role_words)) \
            and not (lows[i] in lexicon().lists["role"] | {"head"} and role_words[-1].rstrip(".") not in COURTESY_TITLES
                     and i + 2 < n):  # (not "Deputy Head of Zhytomyr Regional Military Administration Natalia
        # Kovalchuk": a title of two words, "of" a body, then the name)
        n = of  # "Mr. Nevins of Showtime", "President Musharraf of Pakistan": a titled surname, then a workplace
        # or country; a peer's territorial designation too ("Lord Faulkner of Worcester": Lord Faulkner)
    elif of - i >= 2 and not _PEERS.intersection(role_words) \
            and not any(w in titles or w in not_name or w in _ASSEMBLY_HEADS for w in lows[i:of]):
        # "Bobby Scott of Virginia", "Charles B. Rangel of New York": after two name words the name ends before
        # "of" (only peers are "of" a place: "Lord Nicholls of Birkenhead"; "Archbishop of Canterbury Dr Rowan
        # Williams" is a title)
        n = of
    named_of = next((k for k in range(i + 3, n) if lows[k] == "of" and lows[k - 3] in titles), -1)
    if named_of > 0 and not _PEERS.intersection(lows[:named_of]) \
            and not any(w in titles or w in not_name for w in lows[named_of - 2:named_of]):
        n = named_of  # "Water Judge Harlan Voss of Water Division 2": a title's two name words end before "of" (as
        # a run's first two words do, above)
    blocked = [k for k in range(i, n) if (lows[k] in not_name or lows[k] in titles
                                          or "-" in lows[k] and _compound_title(lows[k]))  # ("Deputy Commissioner-cum-
               and not (k and lows[k - 1] in DESCENT)  # Chairperson"; but "Abdul Rahim bin Haji Bakar": a title after
               # "bin" is the father's, part of the name)
               and not (words[k] in NAME_PARTICLES and i < k < n - 1)]  # (a particle in lower case inside the run is
    # no outlet's initials: "Rhun ap Iorwerth", not "AP")
    if blocked and blocked[-1] == n - 1 and n - 2 >= i and n - 2 not in blocked and lows[n - 2] in first_names() \
            and (lows[n - 1] in titles or (lows[n - 1] in lexicon().lists["organization"]
                                           and lows[n - 1] not in lexicon().lists["anonymous"]
                                           or lows[n - 1] in lexicon().lists["media"]
                                           and any(w in titles and w != "the" for w in lows[:n - 2]))
                 and lows[n - 2] not in common_words()) and words[n - 1][:1].isupper():
        # "Charlie King", "Larry King": a title word after a given name is a surname; so is a country's name
        # ("Jim Jordan", "Chris Chad"; not a party's members: "Christian Democrats") and, after a title, an outlet's
        # ("Mayor Don Guardian", not "Charlotte Observer")
        blocked.pop()
    if blocked == [n - 2] and i == n - 2 and month_given:
        blocked.pop()  # "June Tanabe", "April Mellody": a month that is a woman's given name, before a surname
    if blocked and blocked[-1] == n - 1 and n >= 3 and n - 2 not in blocked and lows[n - 3].rstrip(".") in titles \
            and lows[n - 2] in first_names() and lows[n - 2] not in common_words() and words[n - 1][:1].isupper():
        blocked.pop()  # "Councillor Lisa Hall", "Sen. Jane Park": after a title, a given name and a place's word are a
        # name (not "the Royal Albert Hall": no title)
    if blocked:
        # "New Metropolitan Police Commissioner Sir Ian Blair": the name is what follows the last title or
        # body word, unless that word joins a body's name ("Office of National Statistics")
        cut = blocked[-1] + 1
        if cut < n and lows[blocked[-1]] in _JOINING:
            cut = _given_name_start(lows, cut, n)  # "Chairman of the Board of Trustees Jane Doe"
        if cut >= n or lows[cut - 1] in _JOINING:
            return None
        role_words += tuple(lows[i:cut])
        i = cut
    if role_words and (role_words[-1] in _JOINING and len(role_words) > 1 or role_words[-1] in not_name):
        # "Office of National Statistics": the name of a body (but "And Menzies Campbell"), unless a given name
        # follows the body: "Chairman of the Joint Chiefs Mark Milley"
        start = _given_name_start(lows, i, n)
        if start >= n:
            return None
        role_words += tuple(lows[i:start])
        i = start
    name = words[i:n]
    common, given = common_words(), first_names()
    if len(name) > 1 and name[0].lower() in _CAMPAIGN_VERBS:
        return None  # "Save Dale View", "Stop the Cuts": a campaign's name, no person
    while len(name) > 1 and (name[0].lower() in _OPENERS and not _scandinavian_per(name)
                             or _ADJECTIVE_COMPOUND.fullmatch(name[0])
                             or (_participle(name[0].lower()) or lexicon().verb(name[0]))
                             and name[0].lower() in common and name[0].lower() not in given):
        # a sentence opener before a name: "Despite Santilli", "Like Corker", "Citing Sanders", "Understated Perez";
        # an inverted cue: "Said Ellis: ..."; where a body is based: "Halifax-based Harbourline"
        if name[0].endswith("-based") and not any(w.lower() in given or w.lower().rstrip(".") in titles
                                                  for w in name[1:]):
            return None  # "the contractor, Humberside-based Ellerby Stone Restoration": a body's name after where it
            # is based, no one's, when no given name or title says otherwise ("Washington-based U.S. District Judge
            # Colleen Kollar-Kotelly")
        role_words += (name[0].lower(),)
        name = name[1:]
        i += 1
    k = 0
    while k < len(name) - 1 and (name[k].lower() in common or k == 0 and (_OCCUPATION_END.search(name[k])
                                                                       or name[k].lower() in _OCCUPATIONS)) \
            and name[k].lower() not in given and name[k + 1].lower() not in DESCENT \
            and not (name[k + 1] in {"Al", "El"} and k + 2 < len(name) and name[k].lower() not in _PARTY_MEMBER
                     and name[k].lower() not in _OCCUPATIONS
                     and not (_DEMONYM.match(name[k]) and _country_demonym(name[k]))):  # ("Palestinian Al Quds")
        k += 1  # (an occupation the word list lacks opening a sentence too: "Harpist Maisie Okafor"; but the word
        # before an Arabic article and a family name is a given name, however often English text uses it: "Hussain
        # Al Qassab", "Khalid Al Mannai")
    uncommon_rest = 2 <= len(name) - k <= 4 and k == 1 and PERSON_NOUN.search(name[0].lower()) \
        and not any(w.lower() in common or w.lower() in not_name or w.endswith(".") for w in name[k:])
    # ("Farmer Bhim Bahadur Limbu": an occupation, then a name the census lacks; not after two ordinary words, which
    # may be a name's: "Aung San Suu Kyi")
    if 0 < k and (name[k].lower() in given or not name[k].isascii() and given_name_gender(name[k].split("-")[0])
                  or uncommon_rest) \
            and k + 1 < len(name) and not _vietnamese_gender(" ".join(name)):  # (but "Le Van Tuan")
        # ordinary words before a given name: "Billionaire Donald Trump", "Rival Hillary Clinton", "Chief
        # Economist Mark Zandi", "Joint Chiefs Mark Milley" (but "Barack Obama": given names the census lacks are
        # common words too; and "Norm Coleman": a surname that is also a given name ends the name; "Sustainable
        # Mobility Geneviève Lalonde-Ouellet": a given name with an accent or a hyphen too)
        role_words += tuple(w.lower() for w in name[:k])
        name = name[k:]
        i += k
    elif 0 < k and len(name) >= 3 and name[0].lower() not in given \
            and (name[0].lower() in _OCCUPATIONS or _OCCUPATION_END.search(name[0])) \
            and not any(w.endswith(".") or w.lower() in not_name for w in name[1:]):
        # "Welder Conor Quinn", "Skipper Sigrid Haugland": an occupation opening a sentence before a full name whose
        # given name the census lacks (but "Baker Mayfield": two words, the name itself)
        role_words += (name[0].lower(),)
        name = name[1:]
        i += 1
    elif k == 0 and len(name) == 3 and name[0].lower() not in given \
            and PERSON_NOUN.search(name[0].lower().split("-of-")[0]) \
            and name[1].lower() in given and name[1].lower() not in common | NAME_PARTICLES:
        # "Pensioner Joan Smith", "Mother-of-two Kelly Brown": a word for a person, then a given name and a surname
        # (not a particle opening the surname: "Chandler Van Voorhis")
        role_words += (name[0].lower(),)
        name = name[1:]
        i += 1
    if _is_place(name):
        return None  # New York, Capitol Hill
    if len(name) > 1 and name[-1] in {"Elementary", "Secondary", "Collegiate"}:
        return None  # "Lincoln Elementary", "Christiana Secondary": a school, whatever given name opens it (not
        # "High": a surname too, "Gordon High")
    if len(name) == 1 and name[0].lower().endswith("shire") and set(role_words) <= {"the"}:
        return None  # "The Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board": a county (but
        # "Mr Cheshire", "Leonard Cheshire")
    if len(name) > 1 and name[-1].lower() in _BEAT_ROLES and name[0].lower() not in given:
        return None  # "Gareth Lyne, Athletics Correspondent": a byline's beat, no one's name
    if len(name) > 1 and name[-1].lower() in lexicon().lists["country"] \
            and all((w.lower() in common or w.lower().endswith(_ADJECTIVE_ENDS)) and w.lower() not in given
                    for w in name[:-1]) \
            or " ".join(name).lower().replace("’", "'") in lexicon().lists["country"]:
        return None  # "Saint Lucia", "Landlocked Paraguay": a country, ordinary words before it (but "Chris Chad")
    if _DEMONYM.match(name[-1]) and name[-1].lower() in common and not name[-1].lower() in given \
            and len(name) > 1 and all(w.lower() in COMPASS for w in name[:-1]):
        # "The South African archbishop", "North Korean": a nationality, no name (a lone word is a name only as the
        # surname of someone named in full, or after a title: "Pai" after "Ajit Pai")
        return None
    if len(name) == 2 and (name[0].lower() in COMPASS or name[0].lower() in _PLACE_FIRST_WORDS) \
            and name[0].lower() not in given and not any(w.rstrip(".") in titles for w in role_words):
        return None  # "North Carrick", "West Lothian", "Lough Neagh", "Port Talbot": a compass point or a kind of
        # place before a place's name, no person
    if len(name) == 2 and name[0].lower() in _LANGUAGE_VARIETIES and name[0].lower() not in given \
            and _DEMONYM.match(name[1]):
        return None  # "He still slips into Low German": a language, no person called German
    if len(name) == 1 and _DEMONYM.match(name[0]) and name[0].lower() not in given and _country_demonym(name[0]):
        return None  # "The Kuwaiti diplomat", "the Pakistani side": a nationality alone, no one's surname
    if len(name) == 1 and name[0].endswith("s") and _DEMONYM.match(name[0][:-1]) and _country_demonym(name[0][:-1]):
        return None  # "The Americans, he added, have promised": a nation's people, no one's surname
    if name[-1].lower() in _PARTY_MEMBER and (
            name[0].lower() not in given or " ".join((*role_words[-1:], *name[:-1])).lower() in STATE_NAMES
            or " ".join(name[:-1]).lower() in STATE_NAMES):
        # "an Iowa Democrat", "a New Hampshire Republican": a place and a party, not a name (but "John Tory"); also a
        # state whose name is a given name too ("a South Carolina Democrat", "a Florida Republican")
        return None
    if role_words == ("of",) and all(w.lower() in common and w.lower() not in given for w in name):
        return None  # "(Ministry) of Environmental Protection": a body's name after its "of", no person
    if len(name) > 2 and all(w.lower() in common and w.lower() not in given for w in name) \
            and not any(w.lower() in NAME_PARTICLES for w in name[1:-1]):
        return None  # "Fair Trials Abroad", "Human Rights Watch": ordinary words, no given name, a body (but a
        # particle inside makes a person's name: "Marine Le Pen")
    if len(name) > 1 and name[0].lower() not in given and name[-1].lower() in _IRREGULAR_PLURALS:
        return None  # "Birmingham Women('s and Children's Trust)", "Bethany Men": a plural of people, no surname
    if len(name) > 1 and name[-1].endswith("s") and name[-1].lower() in common and name[-1].lower() not in given \
            and name[0].lower() not in given and plural_of_common(name[-1].lower()):
        # "American Muslims", "Senate Republicans": a plural ordinary word names a group, not a person (but "Jeff
        # Sessions": a given name first; "Taha Idris": no plural of a word)
        return None
    if any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w)
           and not (_INITIALS.fullmatch(w) and w not in _PLACE_INITIALS)
           and not (k == 0 and _unpointed_initials(name)) for k, w in enumerate(name)):
        return None  # acronyms are bodies, not people (but "J.J. Goldberg": a person's initials; "KP Sharma Oli")
    if len(name) > 1 and name[-1] in _SHOW_ENDS:
        if len(name) < 3:
            return None  # "The Late Show": a programme, not a person
        name = name[:-1]  # "The Rachel Maddow Show": named after its host, Rachel Maddow
    if len(name) > 1 and name[0].lower() not in given and (name[-1] == "Day" or name[-1].lower() in _BODY_ENDS
                                                            or name[-1].lower() in _PLACE_ENDS):
        return None  # "Labor Day", "Election Day" are dates; "Federal Bureau (of Prisons)" a body; "the Cabot
        # Strait" a place (but "Doris Day", "Ricki Lake")
    if len(name) == 1 and role_words == ("first",) and name[0].lower() in common and name[0].lower() not in given:
        return None  # "the First Section of the court": an ordinal before an ordinary word, not "First Lady Bush"
    full = " ".join(name) if len(name) >= 2 else None
    # "al-Assad": Assad; "Al-Bayati", opening a sentence, is the "al-Bayati" of "Karim Jassim al-Bayati"
    surname = name[-1].split("-", 1)[1] if JOINED_PARTICLE.match(name[-1][:1].lower() + name[-1][1:]) else name[-1]
    return i, n - 1, full, surname, role_words


def titled_surname(name: str) -> tuple[str, frozenset] | None:
    """``(surname, title and role words)`` of a run read as role words and a surname alone (``GOP Rep McCaul``:
    McCaul, {rep}; ``Former Mexico leader Calderon``: Calderon, {former, leader}), else None."""
    read = _read_run(tuple(name.split())) if " " in name else None
    lists = lexicon().lists
    held = frozenset(w.rstrip(".") for w in read[4] if w.rstrip(".") in lists["title"] or w in lists["role"]) \
        if read else frozenset()
    return (read[3], held) if held and read[2] is None and read[3].lower() not in _not_name_words() else None


@lru_cache(maxsize=4096)
def _participle(low: str) -> bool:
    """A lower-case word that is an ordinary verb's ``-ed`` or ``-ing`` form: a stem, as spelt before the ending,
    is a common word (``asked``: ask; ``retired``: retire; ``worried``: worry; ``stopped``: stop; ``understated``:
    state), not a name that merely ends so (``Khaled``, ``Saeed``)."""
    if not _PARTICIPLE.search(low):
        return False
    common = common_words()
    for word in (low, _VERB_PREFIX.sub("", low)):
        if word.endswith("ing"):
            stem = word[:-3]
            stems = [stem, stem + "e"]
        else:
            stem = word[:-2]
            # "agreed", "freed": a stem ending in "e" takes only "d", so "Saeed" is no "sae" + "ed"
            stems = [word[:-1]] + ([stem] if not stem.endswith("e") else []) + ([stem[:-1] + "y"] if
                                                                                  stem.endswith("i") else [])
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])  # "stopped", "running"
        if any(len(s) > 1 and s in common for s in stems):
            return True
    return False


#: Plurals of people that end in no s: no one's surname.
_IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people"})


def plural_of_common(word: str) -> bool:
    """``word`` (lower case, ending in s) is the plural of a common word of three letters or more: ``muslims``,
    ``parties``, ``taxes`` (not ``lis``, the surname ``Lis``, for ``li``)."""
    common = common_words()
    return (len(word) > 3 and word[:-1] in common) or (word.endswith("ies") and word[:-3] + "y" in common) \
        or (word.endswith("es") and word[:-2] in common)


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case: at most 200 characters and 20 words, four in five of
    the words longer than three letters capitalised."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    hi = hi if hi >= 0 else len(text)
    if hi - lo > 200:
        return False  # (a paragraph: not split into words)
    line = text[lo:hi].split()
    long_ = [w for w in line if len(w) > 3 and w[:1].isalpha()]
    return len(line) <= 20 and len(long_) >= 2 and sum(w[:1].isupper() for w in long_) >= 0.8 * len(long_)


def _capitalised_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a run of headlines, every word longer than three letters capitalised, six or more
    (a list of related links: "— Here’s What We Know So Far About EgyptAir Flight MS804— ..."), at most 1,000
    characters."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    hi = hi if hi >= 0 else len(text)
    if hi - lo > 1000:
        return False
    long_ = [w for w in text[lo:hi].split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_) >= 6 and all(w[:1].isupper() for w in long_)


#: Words after "Miss" that name a beauty pageant, with countries and US states: "Miss Universe", "Miss Teen USA".
_PAGEANT_WORDS = frozenset("universe world earth international usa america teen grand supranational".split())


def _pageant_word(word: str) -> bool:
    """Whether ``Miss`` before ``word`` is a pageant's title: :data:`_PAGEANT_WORDS`, a country or a US state
    (``Miss Italy``, ``Miss Georgia``), never a given name of the census that is no place (``Miss Hope``)."""
    low = word.lower()
    return low in _PAGEANT_WORDS or low in US_STATES or low in lexicon().lists["country"]


def _subhead_run(text: str, run: list) -> bool:
    """``Gender Equality.``, ``An Ambitious, Divisive Legacy.``: a run on a subheading, a short paragraph of its own
    in title case (every word of four letters or more capitalised), that names no one: words the text also writes in
    lower case (``promoting gender equality``; not ``Keir Starmer.`` or ``Narendra Modi`` on a line of their own),
    no census given name or title, the last of them written capitalised nowhere else (not ``Starmer said`` later).
    The pronoun of the next paragraph is not this run."""
    lo = text.rfind("\n", 0, run[0][0]) + 1
    hi = text.find("\n", run[-1][1])
    hi = len(text) if hi < 0 else hi
    if hi - lo > 80 or not (lo == 0 or text[lo - 2:lo] == "\n\n") or not text.startswith("\n\n", hi):
        return False
    line = text[lo:hi].split()
    long_ = [w for w in line if len(w) > 3 and w[:1].isalpha()]
    if len(line) > 8 or not long_ or not all(w[:1].isupper() for w in long_):
        return False
    titles = lexicon().lists["title"]
    given = first_names()
    return text.count(run[-1][2]) == 1 and all(
        t[2].lower() not in given and t[2].lower().rstrip(".") not in titles
        and re.search(rf"\b{re.escape(t[2].lower())}\b", text) is not None for t in run)


def _headline_runs(text: str, runs: list) -> list:
    """``Derelict Obama and Clinton``: in a title-case headline an ordinary word before a name is capitalised by the
    style, not part of the name, unless the text writes the same words elsewhere (``Barack Obama``: not a census
    given name, but the body names him so). ``runs`` with such words dropped (in the text's first paragraph, where
    a headline is)."""
    common, given = common_words(), first_names()
    # a headline is a line of its own before the body: only runs before the first blank line are looked at
    head_end = text.find("\n\n")
    head_end = len(text) if head_end < 0 else head_end
    out = list(runs)
    for i, run in enumerate(runs):
        if run[0][0] >= head_end:
            break  # (runs are in text order)
        if len(run) > 1:
            first = run[0][2].lower()
            if first in common and first not in given and first not in _PARTICLES_OF \
                    and _title_case_line(text, run[0][0]) and text.count(text[run[0][0]:run[-1][1]]) == 1:
                out[i] = run[1:]
    return out


def _headline_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case or a run of headlines in capitals."""
    return _title_case_line(text, pos) or _capitalised_line(text, pos)


#: Prepositions a title-case line capitalises inside a run of capitals ("Debris From EgyptAir Jet Found").
_TITLE_PREPOSITIONS = frozenset("from about into with against after over at by".split())


def _title_line_runs(text: str, runs: list) -> list:
    """``Dascha Polanco Opened Up About Not Being A Size Zero``: on a line in title case (a headline or a
    listicle's subhead), a run of three words or more ends before its first ordinary word after two (one no census
    given name, and no plural nor organisation head), unless the text writes the longer run elsewhere too; and
    anywhere, a gerund opening a run before a given name is dropped (``Entrusting Donald Trump with ...``). ``runs``
    so cut."""
    out = list(runs)
    common, given = common_words(), first_names()
    for i, run in enumerate(runs):
        if len(run) >= 3 and (first := run[0][2].lower()).endswith("ing") and first not in given \
                and run[1][2].lower() in given:
            out[i] = run[1:]  # "Entrusting Donald Trump with ...": a gerund opening the sentence, then the name
            continue
        headline = None  # whether the run's line is a headline's, read once if a test needs it
        if len(run) >= 3 and (first := run[0][2].lower()) in common and first not in given \
                and (p := next((n for n in range(1, len(run) - 1) if run[n][2].lower() in _TITLE_PREPOSITIONS),
                               None)) is not None and (headline := _headline_line(text, run[0][0])):
            run = out[i] = run[p + 1:]  # "Debris From EgyptAir Jet Found": a preposition in capitals, the words
            # before it no name; the words after it may open one
        if len(run) < 3 or (first := run[0][2].lower()) in common and first not in given:
            continue  # (a run opening with an ordinary word is no name however it is cut: "Anchor Expressed Fear")
        cut = next((n for n in range(2, len(run)) if (low := run[n][2].lower()) in common and low not in given
                    and low not in _PARTICLES_OF and not lexicon().has("org_head", low)
                    and (low in STOP_WORDS or not low.endswith("s") or low.endswith("ss"))), None)  # (not a plural
        # noun that may end a body's name: "Siem Reap Tuk-Tuk Drivers")
        if cut is not None and (headline if headline is not None else _headline_line(text, run[0][0])) \
                and text.count(text[run[0][0]:run[cut][1]]) == 1:
            out[i] = run[:cut]
    return out


#: A US party tag's first word: ``D-Leland`` (Township), ``R-Ky.``, ``I-Vt.``.
US_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")
#: A name set off by a party tag after it: "Ebeling, (D-Leland Township)", "Sanders (I-Vt.)".
_NAME_BEFORE_TAG = re.compile(r"[A-Z][\w'’.-]*(?:, | \()$")
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’\n]{1,30}[\"”’']\s+")
#: What is told or given to an outlet before its capitalised article: "a statement to The Hill", "told The Hill".
_TOLD_THE = re.compile(r"\b(?:to|told|tells|tell)\s+The\s+$")
#: A company's kind right before its name, a kind no person's occupation shares ("developer", "builder" and "operator"
#: may be people): "Huddersfield firm (Whiteley Lal)", "the airline (Aer Arann)".
_FIRM_KIND_WORDS = ("firm", "company", "airline", "bank", "lender", "insurer", "retailer", "chain", "automaker",
                    "carmaker", "manufacturer", "consultancy", "startup", "start-up", "conglomerate")
_FIRM_KINDS = "(?:" + "|".join(_FIRM_KIND_WORDS) + ")"
_FIRM_BEFORE = re.compile(rf"\b{_FIRM_KINDS} $")
#: A company's kind and its name right after a word: "(Denver) law firm Ashby Kemp".
_FIRM_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_FIRM_KINDS}\s+[A-Z]")
#: Words of a firm's officers' titles that the title and role lists lack: "(law firm) Managing Partner (Jane Doe)".
_FIRM_TITLE_WORDS = frozenset("managing partner founder co-founder principal economist associate senior".split())
_FOUNDED_AFTER = re.compile(r" (?:founded|started|built|ran|runs|owns|owned|set up|co-founded)\b")
#: A nickname of one capitalised word inside a name: 'Clarence "Bo" Thibodeaux'.
_ONE_WORD_NICKNAME = re.compile(r" [\"“‘']([A-Z][a-z]+)[\"”’'] ")


#: Before a quotation that holds a name given to someone: 'Neighbours know her as "Umm Omar"', 'dubbed "Big Tom"'.
_GIVEN_AS = re.compile(r"(?:\bas|\bcalled|\bcalls?|\bdubbed|\bnicknamed) $")


def _thing_named_after_the(text: str, run: tuple) -> bool:
    """Whether a name of two words follows a lower-case "the" and opens with an ordinary word no census lists as a
    given name: a boat's, a house's or a band's name ("said the Harvest Hope was a good sea boat", "the Silver
    Dawn"), no person's (but "the Rev. Ann Lowe" has a title, "the Tony Blair Institute" a given name)."""
    start, _, full, _, role_words = run
    if not full or role_words or full.count(" ") != 1 or text[max(0, start - 4):start] != "the ":
        return False
    first = full.split()[0].lower()
    return first in common_words() and first not in first_names()


def _given_nickname(text: str, start: int) -> bool:
    """A run at ``start`` opens a nickname given in quotation marks, after any ``the``: 'known as "Umm Omar"', 'known
    around the fells as "the Caldbeck Hammer"'."""
    mark = start - 1 - 4 * (text[start - 4:start] in {"the ", "The "})
    return text[mark:mark + 1] in OPENING_MARKS and _GIVEN_AS.search(text, max(0, mark - 13), mark) is not None


#: Words one of which :data:`_NICKNAME_GIVEN` needs, looked for first (a scan of a whole text with the pattern cost
#: 2% of extraction).
_NICKNAME_GIVERS = ("known as", "call", "dubbed", "nicknamed")
#: A nickname of a few capitalised words given in quotation marks: 'the woman everyone here calls "Lola Connie"'.
_NICKNAME_GIVEN = re.compile(r"\b(?:known as|calls?|called|dubbed|nicknamed) [\"“‘']"
                             r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2})[,.]?[\"”’']")


def _census_lacks_given(run: list) -> bool:
    """A run that may end in a given name the census list lacks: one word that is no ordinary word, after nothing
    but title, role and occupation words (``Verlyn``, ``Councillor Ganesh``, ``Ghillie Alasdair``)."""
    last = run[-1][2].lower()
    if last in common_words() or (len(run) > 1 and last in _role_lead_words()):
        return False
    return all(w[2].lower().rstrip(".") in _role_lead_words() or w[2].lower() in _OCCUPATIONS for w in run[:-1])


def _nicknamed(text: str, runs: list) -> list:
    """``Jimmy "the Whirlwind" White``: a given name, a quoted nickname, a surname are one name (the nickname's
    own capitalised words dropped). ``runs`` with such given-name and surname runs joined."""
    given = first_names()
    out, i = [], 0
    while i < len(runs):
        run = runs[i]
        gap = _NICKNAME.match(text, run[-1][1])  # (read first: most runs have no quotation after them)
        if gap and not (run[-1][2].lower() in given and (
                len(run) <= 4 and all(w[2].lower() not in given for w in run[:-1])
                or len(run) == 2 and run[0][2].lower() in given and _ONE_WORD_NICKNAME.match(text, run[-1][1]))
                or _census_lacks_given(run)
                or (len(run) == 1 and _ONE_WORD_NICKNAME.match(text, run[-1][1]))):
            gap = None
        # ("Curtis Lee “Sonny” Wynn": two given names before a one-word nickname; "Verlyn “Dutch” Haugen",
        # "Councillor Ganesh ‘Ricky’ Ramlall": a given name the census lacks, after nothing
        # but role words; 'Everton "Cutter" Jacobs': a lone word that is also an ordinary one, before a one-word
        # capitalised nickname)
        if gap and run[-1][2].lower() not in given and not text[gap.start():gap.end()].strip()[1:2].isupper():
            gap = None  # (such a nickname is capitalised: not 'Trump "caused death." Sanders')
        # ("Saxophonist Trevor "Smoke" Haliburton", "Town Chair Robert “Bud” Meunier": capitalised role words may open
        # the run before the given name; not
        # 'Hillary Clinton "caused death." Bernie Sanders': two names)
        if gap:
            # the runs inside the nickname, then the surname's run right after its closing mark
            j = i + 1
            while j < len(runs) and runs[j][0][0] < gap.end():
                j += 1
            if j < len(runs) and runs[j][0][0] == gap.end():
                out.append(run + runs[j])
                i = j + 1
                continue
        out.append(run)
        i += 1
    return out


#: A body's initials right before a name's run ("NHS (Devon)") or right after it and before more of the body's name
#: ("(Northamptonshire Healthcare) NHS Foundation Trust").
_INITIALS_BEFORE = re.compile(r"\b([A-Z]{2,6}) $")
_INITIALS_AFTER = re.compile(r" ([A-Z]{2,6}) [A-Z][a-z]")


def body_initials(word: str) -> bool:
    """Whether ``word`` is a body's initials of the shipped organisation list (``NHS``, ``BBC``), in capitals."""
    return len(word) >= 2 and word.isupper() and word.lower() in lexicon().lists["organization"]


def _in_order(words_: list, longer: list) -> bool:
    """Whether ``words_`` appear in ``longer`` in the same order (others between them)."""
    rest = iter(longer)
    return all(w in rest for w in words_)


def _vietnamese_gender(name: str) -> str:
    """``f`` for ``Vu Thi Lan Huong``, ``m`` for ``Le Van Tuan`` (a family name, then Thi or Van, then a given name);
    else ``""``."""
    words_ = name.split()
    return _VIETNAMESE_MIDDLES.get(words_[1], "") if len(words_) >= 3 and words_[0] in _VIETNAMESE_FAMILIES else ""


#: Middle names that say a man's or a woman's name in South Asian naming: "Krishna Prasad Dahal", "Min Bahadur Shahi",
#: "Sita Kumari Rai".
_SOUTH_ASIAN_MIDDLES = {"Prasad": "m", "Bahadur": "m", "Kumar": "m", "Lal": "m", "Nath": "m", "Kumari": "f",
                        "Devi": "f"}


def _south_asian_gender(name: str) -> str:
    """``m`` for ``Krishna Prasad Dahal``, ``f`` for ``Sita Kumari Rai`` (a middle name of :data:`_SOUTH_ASIAN_MIDDLES`
    before a family name), when the census says nothing firm of the given name (a rare name's share is only its
    bound: ``Krishna`` is in the women's file alone, at 0.0005 %); else ``""``."""
    words_ = name.split()
    middle = _SOUTH_ASIAN_MIDDLES.get(words_[1], "") if len(words_) >= 3 else ""
    return middle if middle and not given_name_gender(words_[0], bounded=True) else ""


#: Surname endings that say a woman's (or a man's) name in Slavic, Baltic-free Central Asian and Caucasian naming:
#: "Aytan Karimova", "Elena Petrova", "Olga Sadovskaya"; "Ilham Karimov".
_FEMININE_SURNAME = re.compile(r"[a-z](?:ova|eva|yeva|ëva|skaya|tskaya|ckaya)$")
_MASCULINE_SURNAME = re.compile(r"[a-z](?:ov|ev|yev|skiy|sky)$")


def _surname_gender(name: str) -> str:
    """``f`` for a full name whose surname ends as a woman's does in Russian-style naming (``Aytan Karimova``), ``m``
    as a man's (``Elchin Gasimov``); else ``""``."""
    words_ = name.split()
    if len(words_) < 2:
        return ""
    return "f" if _FEMININE_SURNAME.search(words_[-1]) else "m" if _MASCULINE_SURNAME.search(words_[-1]) else ""


def _chinese_order(name: str) -> bool:
    """``Long Xiuying``, ``Wu Tingfang``: a Chinese family name, then a two-syllable pinyin given name; or any word,
    then a given name of two syllables joined by a hyphen, the second in lower case (``Lin Chih-wei``, ``Moon
    Jae-in``: Wade-Giles and Korean romanisation, family name first)."""
    words_ = name.split()
    return len(words_) == 2 and (words_[0] in _CHINESE_FAMILIES and bool(_PINYIN_GIVEN.fullmatch(words_[1].lower()))
                                 or bool(_HYPHENED_GIVEN.fullmatch(words_[1])))


def _name_after_country(run: list) -> list | None:
    """The words after a country's name that open a run after "in" or "from", when two or more follow: ``in France
    Vu Thi Lan Huong`` (a title's place, then the name); else None."""
    countries = lexicon().lists["country"]
    for k in (3, 2, 1):
        if len(run) - k >= 2 and " ".join(w for _, _, w in run[:k]).lower() in countries:
            return run[k:]
    return None


def _last_title(words_: list[str]) -> int:
    """Index of the last title word of ``words_`` (``Mayor``, ``Coun.``, titles or offices joined by a hyphen:
    ``Clerk-Treasurer``), else -1."""
    titles = lexicon().lists["title"]
    return max((i for i, w in enumerate(words_) if w.lower().rstrip(".") in titles or w.lower() in titles
                or "-" in w and _compound_title(w.lower())), default=-1)


def _name_after_title(run: list) -> list | None:
    """The words after the last title of a run that opens after "to", "in" or "from", when two or more follow: ``to
    Creighton Mayor Doreen Kachur`` (a town, its office, then the name); else None."""
    last = _last_title([w for _, _, w in run])
    return run[last + 1:] if last >= 1 and len(run) - last > 2 else None


def _place_opened(run: list) -> list:
    """A run of capitalised words that opens with a place's first word after any ``The``: the words after its last
    title (``Lake Country Mayor Trent Vosburgh``: Trent Vosburgh), or none (``The Lake Melville MHA``: a place and a
    role, no person); other runs as they are."""
    first = int(run[0][2] == "The")
    if len(run) - first < 2 or run[first][2] not in _PLACE_OPENERS:
        return run  # (most runs: the words are only listed for a place's)
    words_ = [w for _, _, w in run]
    last = _last_title(words_)
    if last > first and len(words_) - last > 2:
        return run[last + 1:]
    return run[-2:] if _name_after_area(run) else []  # ("the Lake Balaton Region Bence Hollósi": the person after it)


def _family_name_first(raw: list, text: str) -> set:
    """Full names of two words (of ``raw``, :func:`find_people`'s runs read) whose first word is a family name: the
    text writes it alone after someone is named in full with it, and never their last word (``Yang Zhengming ...
    said Yang``); not a census given name of settled gender (``Laura says``), an ordinary word, a state, another
    name's surname, nor a body's name (``Ford Motor``, ``Mournes Wild``, ``Trump Train``: its second word is an
    ordinary one)."""
    lone, named = {}, {}  # word written alone / first word of a full name -> where first
    for start, _, full, surname, _ in raw:
        if full:
            named.setdefault(full.split()[0], start)
        else:
            lone.setdefault(surname, start)
    alone = {word for word in lone if word in named and not given_name_gender(word, bounded=True)
             and (word.lower() not in common_words() or word in _CHINESE_FAMILIES)  # ("Xi": a numeral to wordfreq)
             and word.lower() not in US_STATES}  # ("American Navy"; only the first words of full names can be family
    # names first: the census is read for those alone)
    alone -= {full.split()[0] for _, _, full, surname, _ in raw if full and surname in lone} \
        | {surname for _, _, full, surname, _ in raw if full}  # ("Bundy Ranch" and "Ammon Bundy": Bundy is his)
    heads = lexicon().lists["org_head"]
    return {full for _, _, full, surname, _ in raw if full and full.count(" ") == 1 and full.split()[0] in alone
            and named[full.split()[0]] < lone[full.split()[0]] and surname.lower() not in heads
            and (surname.lower() not in common_words() or full.split()[0] in _CHINESE_FAMILIES)
            and _never_lower(surname, text)}


def find_people(text: str, exclude: list[tuple[int, int]] = (), tokens: list | None = None) -> list[Mention]:
    """Named-person mentions of ``text`` in order (see module rules).

    Parameters
    ----------
    text : str
    exclude : list of (int, int)
        Spans (quotations) whose mentions are skipped; the names there still count for resolving the others.
    tokens : list, optional
        ``words(text, 0, len(text))`` when the caller has it already (not read again).

    Returns
    -------
    list of Mention
        ``(start, end, person)`` of each mention; a surname or titled surname resolves to the full name the text
        gives, and mentions of one person share one :class:`Person`.
    """
    lx = lexicon()
    titles = lx.lists["title"]
    toks = words(text, 0, len(text)) if tokens is None else tokens
    runs, run = [], []
    place_runs = set()  # runs that name a place or the tail of a body: "MP for Hornsey and Wood Green"
    seat_runs = set()  # of them, a legislator's seat, maybe then the legislator's name
    near_runs = set()  # of them, those after "near"
    prev_place = False
    # only these can start a run (tokens are never empty; built-in functions only, it is a pass over every token)
    capitalised = list(compress(count(), map(str.isupper, map(itemgetter(0), map(itemgetter(2), toks)))))
    joined = set()
    if any(JOINED_PARTICLE.search(text, max(0, m.start() - 5), m.end()) for m in _HYPHEN_CAPITAL.finditer(text)):
        # "said al-Assad": a name word in lower case may start a run too (a hyphen before a capital is found first:
        # a scan for the particles themselves cost a pass over every word)
        joined = {k for k, tok in enumerate(toks) if "-" in tok[2] and JOINED_PARTICLE.match(tok[2])}
        capitalised = sorted(set(capitalised) | joined)
    if ("d'" in text or "d’" in text) and _ELIDED_PARTICLE.search(text):  # (a substring test first: the pattern's
        # scan of a whole text cost 1.5% of extraction)
        # "Lise d’Entremont", "Giscard d'Estaing": an elided "de" joined to a capitalised name is a name word too (a
        # scan of the text first: "d'" alone is in every "Ford's")
        elided = {k for k, tok in enumerate(toks) if _ELIDED_PARTICLE.match(tok[2])}
        joined |= elided
        capitalised = sorted(set(capitalised) | elided)
    n = 0
    while n < len(toks):
        if not run:
            # skip to the next capitalised token: the words before it start no run, and each but "and" resets
            # prev_place (most tokens are skipped here, rather than looked at one by one)
            k = bisect_left(capitalised, n)
            nxt = capitalised[k] if k < len(capitalised) else len(toks)
            if prev_place and any(toks[j][2].lower() != "and" for j in range(n, nxt)):
                prev_place = False
            if nxt == len(toks):
                break
            n = nxt
        tok = toks[n]
        word, cap = _name_word(tok[2])
        cap = cap or n in joined or word == "I" and n + 1 < len(toks) and toks[n + 1][2].lower() in _BALINESE_ORDER
        # ("I Made Suarjana": the marker opening a Balinese name, no pronoun)
        if not cap and _lone_initial(word) and n + 1 < len(toks) and toks[n + 1][0] == tok[1] + 1 \
                and text[tok[1]] == " " and text[tok[0] - 1:tok[0]] in {"", " ", "\n"} and _is_cap(toks[n + 1][2]):
            cap = True  # "S Anthonysamy", "P Maheswaran": an initial without a point before a name (South Indian)
        if not cap and run and len(word) == 1 and word.isupper() and text[tok[0] + 1:tok[0] + 2] == "." \
                and len(run) == 1 and (run[0][2].lower() in first_names() or run[0][2].lower() not in common_words()
                                       and text.count(f"{run[0][2]} {word}.") > 1):
            word, cap = word + ".", True  # "Markus S.": a given name and an initial, a surname withheld (a given name
            # the census lacks when the text writes the pair again: "Marek K.")
        if not cap and len(word) == 2 and word.isalpha() and word.isupper() and n + 2 < len(toks) \
                and _is_cap(toks[n + 1][2]) and _is_cap(toks[n + 2][2]) and _unpointed_initials(
                    [word, toks[n + 1][2], toks[n + 2][2]]):
            cap = True  # "KP Sharma Oli": initials without points (the name is read as a whole later)
        if len(word) <= 2 and n + 2 < len(toks) and toks[n + 1][2] == "." and toks[n + 1][0] == tok[1] \
                and toks[n + 2][0] == tok[1] + 1 and _DOTTED_NAME.fullmatch(text, tok[0], toks[n + 2][1]):
            # "L.Oyun-Erdene", "Ts.Bayarjargal": a patronymic initial joined to the given name by its point (Mongolian
            # style), one name word as written
            word, cap = text[tok[0]:toks[n + 2][1]], True
            tok = (tok[0], toks[n + 2][1], word)
            n += 2
        if run and "\n" in text[run[-1][1]:tok[0]]:
            # a line break ends a name: "... detainees - Straw" (a headline) / "Jack Straw has ..."
            prev_place = len(runs) in place_runs
            runs.append(run)
            run = []
        if cap or (run and word.lower() in _PARTICLES_OF):
            if not run:
                before = toks[n - 1][2].lower() if n > 0 else ""
                before2 = toks[n - 2][2] if n > 1 else ""
                listed_seat = before == "," and len(runs) - 1 in seat_runs and runs[-1][-1][1] == toks[n - 1][0]
                place = (before in {"in", "at", "from", "near", "to"} and before2.lower() != "according"
                         or before == "of" and _AGE_THEN_OF.search(text, max(0, tok[0] - 12), tok[0]) is not None
                         or before == "," and _PARTY_WARD.search(text, max(0, tok[0] - 30), tok[0]) is not None
                         or listed_seat
                         or (before in {"for", "on"} and before2[:1].isupper())
                         or before == "for" and before2.lower() in _SEAT_HOLDERS
                         or (before == "and" and prev_place and text[toks[n - 1][0] - 2:toks[n - 1][0]] != ", "))
                # ("according to Wei-Lin Chao": a source; "from Sheffield, and Rhys Gwilliam": the comma ends the place;
                # "Wynn, 56, of Ruidoso Downs": where someone of that age lives)
                if place and not (word.lower() in titles or word.lower().rstrip(".") in titles):
                    place_runs.add(len(runs))  # "from New York", but "from Judge Paul Niemeyer": a title names a person
                    if before == "near":
                        near_runs.add(len(runs))  # "homesteaded near Hazel Dell": a place, whatever given name opens it
                    if before == "for" and before2.lower() in _SEAT_HOLDERS \
                            or before == "and" and len(runs) - 1 in seat_runs or listed_seat:
                        seat_runs.add(len(runs))  # "Labour MP for Bolton South East Yasmin Qureshi", "MP for Hornsey
                        # and Wood Green Catherine West"
            run.append((tok[0], tok[0] + len(word), word))
            if word != tok[2]:
                prev_place = len(runs) in place_runs
                runs.append(run)
                run = []
        else:
            if run:
                prev_place = len(runs) in place_runs
                runs.append(run)
            elif tok[2].lower() != "and":
                prev_place = False
            run = []
        n += 1
    if run:
        runs.append(run)
    for i in seat_runs & set(range(len(runs))):
        if given := _given_name_inside(runs[i]):
            runs[i] = runs[i][given:]  # (from the given name after the seat; none keeps the run, a place)
            place_runs.discard(i)
    runs = [((r[-2:] if i in place_runs and _uncommon_pair_after_words(r) else r)
             if i not in place_runs or i not in near_runs and _given_name_first(r) or _given_name_after_words(r)
             or _person_after_all(text, r)
             else _name_after_country(r) or _name_after_title(r)) if r else r
            for i, r in enumerate(map(_place_opened, runs))]
    runs = [r[-2:] if _name_after_area(r) else r for r in runs if r]  # (a place's run with no name after a country:
    # none)
    # ("Minister Responsible for Seniors Harold Wiebe", "Councilor at Large Steven Kourkoulis": a title's last words,
    # then a name)
    runs = _nicknamed(text, _title_line_runs(text, _headline_runs(text, runs)))
    # a lone word that names no one ("The", "Tuesday"), not set off as a relative's given name may be: the tests below
    # only skip or shorten runs, and none shortens a lone word (two in five runs end here, before the tests that read
    # the text around each run)
    runs = [r for r in runs if len(r) > 1 or _read_run((r[0][2],)) is not None
            or text[r[0][0] - 2:r[0][0]] == ", " and text[r[0][1]:r[0][1] + 1] == ","]
    if "\n\n" in text:
        runs = [r for r in runs if not _subhead_run(text, r)]  # (a subheading's words name no one)
    if "Miss " in text:
        runs = [r for r in runs if not (len(r) == 2 and r[0][2] == "Miss" and _pageant_word(r[1][2]))]
        # ("a former Miss Universe", "Miss America": a pageant's title, no one's name; "Miss Gold", "Miss Temple"
        # stay people)
    runs = [r for r in runs if not (
        len(r) == 1 and text[r[0][0] - 2:r[0][0]].rstrip()[-1:].isupper()
        and (before := _INITIALS_BEFORE.search(text, max(0, r[0][0] - 8), r[0][0])) and body_initials(before.group(1))
        or text[r[-1][1]:r[-1][1] + 2].lstrip()[:1].isupper()
        and (after := _INITIALS_AFTER.match(text, r[-1][1])) and body_initials(after.group(1))
        and r[0][2].lower() not in first_names())]
    # ("NHS Devon", "BBC Scotland": a body's initials, then a place, no person called Devon; "Northamptonshire
    # Healthcare NHS Foundation Trust": the start of a body's name; each run looked at where it starts and ends, as
    # a search of the whole text for initials cost 2% of the extraction)
    org_heads = lexicon().lists["org_head"]
    its = " its" in text  # (what _BODY_AFTER_NAME needs: a plain search once, not the pattern at every run)
    # (plain tests before the patterns below, which run for every run: the "the", "of", "and" they end or open with)
    runs = [r for r in runs if not _given_nickname(text, r[0][0])
            and not (text[r[0][0] - 1:r[0][0]] == "(" and _AGENCY_CLOSE.match(text, r[-1][1])
                     and (dateline := DATELINE.match(text, text.rfind("\n", 0, r[0][0]) + 1))
                     and dateline.end() > r[-1][1])
            and not (_PLURAL_OWNER_BODY.match(text, r[-1][1]) and r[0][2].lower() not in first_names())
            and not (its and _BODY_AFTER_NAME.match(text, r[-1][1]) and r[0][2].lower() not in first_names()
                     and (r[0][2] == "The" or r[0][2].lower().rstrip(".") not in titles))
            and not ("the" in text[max(0, r[0][0] - 16):r[0][0]]
                     and _PLACE_THE_BEFORE.search(text, max(0, r[0][0] - 16), r[0][0])
                     and not any(t[2].lower().rstrip(".") in titles or t[2].lower() in first_names() for t in r))
            and not (len(r) <= 3 and "of" in text[max(0, r[0][0] - 16):r[0][0]]
                     and (head_of := _HEAD_OF_BEFORE.search(text, max(0, r[0][0] - 16), r[0][0]))
                     and head_of.group(1).lower() in org_heads | {"port"}
                     and not any(t[2].lower().rstrip(".") in titles or t[2].lower() in first_names() for t in r))
            and not (len(r) == 2 and r[0][2] in _SAINT and not _title_word_before(text, r[0][0], titles))
            and not (len(r) > 1 and any(u[2] in NAME_PARTICLES and t[2].lower() in org_heads for t, u in zip(r, r[1:])))
            and not (text.startswith((" and ", " & "), r[-1][1]) and (joint := _JOINT_BODY_AFTER.match(text, r[-1][1]))
                     and any(t[2] in _SAINT for t in r[1:])
                     and (r[0][2] == "The" or r[0][2].lower().rstrip(".") not in titles)
                     and (joint.group(3).lower() in org_heads
                          or joint.group(2) and joint.group(2).lower() in org_heads))]
    # (a nickname given: 'known as "Umm Omar"', 'known as "the Caldbeck Hammer"' names no one else; "The Bath
    # Buskers' Collective": the start of a body's name, no person called Bath Buskers, unless a given name opens it;
    # "Lieksan Pallo announced on its website": a body, "its" says so; "along the Rio Hondo": a place after a
    # preposition of place and "the" (not "past the Revd Canon Andrew Hay": a title or a given name in the run), and
    # so is one of up to three words after a body's head and "of" ("Port of Cromarty Firth"; not "Port of Felixstowe
    # Harbour Master Aidan Bell");
    # "Sint Maarten": a saint's place; "(the) Centrale Bank van Curaçao": a body's name going on after a particle;
    # "the Royal St Christopher and Nevis Police Force": the first words of a body's name joined by "and", its head
    # at the end)
    # (cheap tests first: no run can be a title without these; the character before a title's space is the comma or
    # the d of called/titled)
    if "called " in text or "titled " in text or ", The " in text or ", A " in text or ", An " in text:
        runs = [r for r in runs if text[r[0][0] - 2:r[0][0] - 1] not in {",", "d"} or not _work_title(text, r)]
    if "titled " in text or "headlined " in text:
        runs = [r for r in runs if not _TITLE_MARK_BEFORE.search(text, max(0, r[0][0] - 12), r[0][0])]
        # ('an online fundraising page titled "Paddle Ellie to Portugal"': a title, though it holds a name)
    runs = [r for r in runs if not (len(r) >= 2 and _MODEL_NUMBER.match(text, r[-1][1])
                                    and _THING_BEFORE.search(text, max(0, r[0][0] - 10), r[0][0]))]
    # ("a 1978 John Deere 4440": a make and its model, no person)
    runs = [r for r in runs if not (len(r) >= 3 and any(t[2] in _PLACE_PARTICLES for t in r[1:-1])
                                    and _THE_RIGHT_BEFORE.search(text, max(0, r[0][0] - 4), r[0][0]))]
    # ("a farewell concert at the Palais du Peuple", "the Maison de la Culture": a building or an institution after
    # "the", no person, though a name's particle is inside)
    people: dict[str, Person] = {}
    raw = []
    for run in runs:
        if len(run) == 2 and run[0][2].lower() in _MONTH_GIVEN \
                and _MONTH_DATE_BEFORE.search(text, max(0, run[0][0] - 8), run[0][0]):
            continue  # "in June Tanabe (said)": a date, not a woman named June
        if text[run[0][0] - 2:run[0][0]] == ", " and text.startswith(" and ", run[-1][1]) \
                and _TITLE_LIST_OF.search(text, max(0, run[0][0] - 60), run[0][0]) \
                and all(_ordinary(w, common_words()) and w.lower() not in first_names() for _, _, w in run):
            continue  # "Minister of Infrastructure, (Land Transport) and Opening-Up Aminata Diallo Sarr": a title's
            # fields listed, ordinary words, not a person between them
        if text[run[0][0] - 3:run[0][0]] in {"of ", "at "} \
                and (held := _HELD_AT.search(text, max(0, run[0][0] - 40), run[0][0])) \
                and held.group(1).lower() in _held_roles() and run[0][2].lower() not in first_names():
            continue  # "chief executive of Fair Checkout", "an analyst at Harbourfront": where a role is held
        if len(run) - (run[0][2] in {"The", "A", "An"}) == 2 and run[-1][2].lower() in _PLACE_LAST_WORDS \
                and not text.startswith((" said", " says", " told", ", who"), run[-1][1]) \
                and not _TITLE_RIGHT_BEFORE.search(text, max(0, run[0][0] - 6), run[0][0]) \
                and run[0][2].lower().rstrip(".") not in titles:
            continue  # "at Williams Lake auction", "An Alexis Creek rancher": a place named after someone, no person
            # (but "Ricki Lake said", "Ms. Ava Lake")
        if run[-1][2] == "No" and re.match(r"\.? ?\d", text[run[-1][1]:run[-1][1] + 3]) \
                and not any(PERSON_NOUN.search(w.lower()) for _, _, w in run[:-1]):
            continue  # "the Kotoshiro Maru No. 7": a vessel's name and number, no person (but "Juror No. 9")
        if text[run[0][0] - 3:run[0][0]] == "of " and _NAME_SET_OFF.match(text, run[-1][1]) \
                and _THE_TITLE_OF.search(text, max(0, run[0][0] - 30), run[0][0]) \
                and run[0][2].lower() not in first_names() \
                or 3 <= len(run) <= 4 and run[1][2] == "of" and text[run[0][0] - 4:run[0][0]].lower() == "the " \
                and run[2][2].lower() not in first_names() and not _given_name_inside(run[2:]) \
                and not _name_after_country(run[2:]):
            continue  # "the Wali of Dakhlet Nouadhibou(, Mr. Isselmou ...)": an office and where it is, no one's name
            # (its holder named next, if at all)
        if US_PARTY_TAG.match(run[0][2]) and _NAME_BEFORE_TAG.search(text, max(0, run[0][0] - 40), run[0][0]):
            continue  # "Ebeling, D-Leland Township, accused": a party and a place after a name, no one's name (but
            # "the lead author, I-Chun Lin,": a given name)
        if len(run) >= 2 and run[-1][2].lower() in lexicon().lists["role"] and _NAME_SET_OFF.match(text, run[-1][1]) \
                and not any(w.lower() in first_names() for _, _, w in run) \
                and all(_ordinary(w, common_words()) or w.lower() in _role_lead_words() for _, _, w in run[:-1]):
            continue  # "Acting Town Clerk, Mr Rawle Hinds, confirmed": an office, its holder set off after it (but
            # "Niamh Sheriff, Tom Lee and Ann Price": a given name the census lacks, no ordinary word)
        if run[-1][2] in NEWSPAPER_ENDS and len(run) > (run[0][2] == "The") \
                and (run[0][2] == "The" or text[run[0][0] - 4:run[0][0]].lower() == "the "):
            continue  # "Speaking to the Nottingham Post, she said": an outlet, no one a pronoun stands for
        if len(run) == 2 and run[0][2].lower() in US_STATES and run[0][2].lower() not in first_names() \
                and _STATE_BODY_GOES_ON.match(text, run[-1][1]):
            continue  # "Colorado Parks and Wildlife", "Montana Fish, Wildlife and Parks": a state's agency, no person
        if len(run) >= 2 and run[0][2] == "Sierra" and text[run[0][0] - 4:run[0][0]].lower() == "the ":
            continue  # "in the Sierra Tarahumara": a mountain range, not a woman named Sierra
        if len(run) == 2 and run[1][2] == "Live" and text[run[0][0] - 5:run[0][0]] in {"told ", " to "}:
            continue  # "Dr Sayce told Bristol Live": a local news site (Bristol Live, Kent Live), not a person
        pair = run[1:] if len(run) == 3 and run[0][2] == "The" else run
        if len(pair) == 2 and text[pair[0][0] - 4:pair[0][0]].lower() == "the " \
                and (pair[1][2].lower() in common_words() or pair[1][2].lower().removesuffix("s") in common_words()) \
                and pair[0][2].lower() not in first_names() and pair[1][2].lower() not in first_names():
            continue  # "on the Trump Train", "the Priory Fields ground", "The Portage Storm won": a thing named after
            # someone or somewhere, not a person
        if len(run) == 3 and run[1][2] in {"du", "de", "des"} and run[0][2].lower() in common_words() \
                and run[0][2].lower() not in first_names():
            continue  # "the Tour du Faso": a race, a road or a place, not a person
        if text[run[0][0] - 4:run[0][0]] in {"nan ", " na "} and _GAELIC_OF.search(text, max(0, run[0][0] - 40),
                                                                                   run[0][0]):
            continue  # "Comhairle nan Eilean Siar", "Bòrd na Gàidhlig": a Gaelic body's name ("of the"), no person
        if len(run) >= 2 and (len(run) > 2 and run[2][2] == "of" or text.startswith(" of ", run[-1][1])) \
                and all(w.lower() in common_words() and w.lower() not in first_names()
                        and w.lower() not in titles and not lexicon().has("role", w.lower()) for _, _, w in run[:2]):
            # "Excellent Worker of Health Care of the Republic of Tajikistan Saodat Nurova": an honorary title, then
            # the name (if this run holds it)
            if (named := _given_name_inside(run[2:])):
                run = run[2 + named:]
            elif len(run) == 4 and text.startswith(",", run[-1][1]) and all(_never_lower(w, text) for *_, w in run[:2]):
                run = run[:2]  # "Her lawyer, Ravi Anand of Calgary, said": a name no list knows, and where he is from
            else:
                continue
        if len(run) >= 4 and _OFFICE_OF_THE.search(text, max(0, run[0][0] - 30), run[0][0]) \
                and (of := max((i for i, t in enumerate(run) if t[2] == "of"), default=0)) \
                and (named := _given_name_inside(run[of:])) > 1:
            # "Chairman of the Association of Passenger Carriers of Bishkek Erkin Mamytov": a body's name, then the
            # person holding its office (a name after the last "of" and its place)
            run = run[of + named:]
        elif 2 <= len(run) <= 4 and text.startswith(" and ", run[-1][1]) and not _given_name_inside(run) \
                and run[0][2].lower() not in first_names() \
                and _OFFICE_OF_THE.search(text, max(0, run[0][0] - 30), run[0][0]):
            continue  # "Head of the Champasak Provincial Education (and Sports Department Mr. ...)": a body's name
        if 2 <= len(run) <= 3 and run[-1][2] == "of" and text.startswith(" the ", run[-1][1]) \
                and (_OCCUPATION_END.search(run[-2][2]) or run[-2][2].lower() in _OCCUPATIONS) \
                and run[0][2].lower() not in first_names():
            continue  # "Consultant Epidemiologist of the Epidemiology Unit Dr. ...": an office, its holder named next
        if len(run) >= 2 and text[run[0][0] - 4:run[0][0]].lower() == "the " \
                and (after := _NEXT_LOWER_WORD.match(text, run[-1][1])) and after.group(1) in _NAMED_THINGS:
            continue  # "the Don Quixote mural": a thing named after someone, not a person
        if len(run) >= 2 and text[run[0][0] - 3:run[0][0]] in {"'s ", "’s "} \
                and (after := _NEXT_LOWER_WORD.match(text, run[-1][1])) and after.group(1) in _AREA_NOUNS_AFTER:
            continue  # "Seattle's Beacon Hill neighborhood": a place of the place before it, not a person
        if len(run) >= 2 and text[run[0][0] - 4:run[0][0]].lower() == "the " and run[-1][2].endswith("s") \
                and run[0][2].lower() not in first_names() and _PLURAL_NAMED_CLUB.match(text, run[-1][1]):
            continue  # "a member of the Lickey Hills Orienteers club": a club's name, no person's
        if _affiliation_before_noun(text, run) or _title_before_of(text, run):
            continue  # "a former Air Force physician": whom a person works for; "The Head of the agency": a title
        if len(run) >= 3 and text.startswith(" (", run[-1][1]) and run[0][2].lower() not in first_names() \
                and (short := _BRACKETED_SHORT.match(text, run[-1][1])) \
                and stands_for(short.group(1), " ".join(t[2] for t in run)):
            continue  # "the club Espoir Cycliste de Kaya (ECK)": a body defining its acronym, not a person
        if text.startswith(" and ", run[-1][1]) and (joined := _AND_BODY_SHORT.match(text, run[-1][1])) \
                and stands_for(joined.group(2), " ".join(t[2] for t in run) + " and " + joined.group(1)):
            continue  # "Tobacco Industry (and Marketing Board (TIMB))": the first half of a body's name
        if text.startswith(" and ", run[-1][1]) and _body_name_before_and(text, run):
            continue  # "The (Nakusp) and Area Chamber of Commerce": the first half of a body's name
        if _named_body_after_the(text, run) \
                or text[run[0][0] - 5:run[0][0]] == " and " and _body_name_after_and(text, run) \
                or text[run[0][0] - 14:run[0][0]] == "Office of the " and len(run) <= 3:
            continue  # ("the Office of the Legislative Auditor": a body's name, no auditor named Legislative)
        if len(run) > 3 and (of := next((i for i, t in enumerate(run) if t[2] == "of"), 0)) \
                and run[-1][2].lower() in lexicon().lists["org_head"] \
                and all(t[2].lower() in common_words() and not given_name_gender(t[2]) for t in run[:of]):
            continue  # "East Riding of Yorkshire Council": a body's name of ordinary words, no person (but "Justice
            # Maribel Santoro-Pike of Washington County Superior Court", "Fatou Diagne of Cheikh Anta Diop University")
        # (here and below, a plain test of the words a pattern ends with comes first: it is searched at every run)
        if " of " in text[max(0, run[0][0] - 5):run[0][0]] \
                and _AREA_OF.search(text, max(0, run[0][0] - 16), run[0][0]) \
                or any(run[i][2] in _AREA_KINDS and run[i + 1][2] == "of" for i in range(len(run) - 1)):
            if not (len(run) >= 5 and (named := _given_name_inside(run)) >= 3
                    and run[named - 1][2][:1].isupper()
                    and (run[named - 1][2].lower().rstrip(".") in titles or len(run) - named in {2, 3})
                    and run[named - 1][2] not in _AREA_KINDS):
                continue  # "the Governorate of Al Dakhiliyah": a place (but "Municipality of Argyle Warden Norma
                # Amirault", "Township of Wall Administrator Jeff Bertrand": a place, a title, then the name)
        if len(run) >= 2 and text[run[-1][1]:run[-1][1] + 1] == " " \
                and (noun := _OCCUPATION_THEN_NAME.match(text, run[-1][1] + 1)) \
                and (PERSON_NOUN.search(noun.group(1)) or lexicon().has("role", noun.group(1))) \
                and not given_name_gender(run[0][2]):
            continue  # "Gedney Hill farmer Margaret Ashby": where the person named next is from, not a person
        if len(run) - (run[0][2] in {"The", "A", "An"}) == 1 and _FIRM_AFTER.match(text, run[-1][1]) \
                and run[-1][2].lower() not in titles:
            continue  # "The Denver (law firm Ashby Kemp)": where a firm is, no person named Denver
        if text[max(0, run[0][0] - 14):run[0][0]].rstrip().endswith(_FIRM_KIND_WORDS) \
                and _FIRM_BEFORE.search(text, max(0, run[0][0] - 14), run[0][0]) \
                and not any(w.lower().rstrip(".") in titles or lexicon().has("role", w.lower())
                            or w.lower() in _FIRM_TITLE_WORDS for _, _, w in run[:-1]) \
                and not _FOUNDED_AFTER.match(text, run[-1][1]):
            continue  # "of Huddersfield firm Whiteley Lal, said": a firm named after its partners, no person (but
            # "the firm Lal founded": who founded it; "said law firm Managing Partner Jane Doe": a title, then her)
        if len(run) >= 4 and run[0][2] == "The" and run[2][2] == "of" and run[1][2].lower() in common_words() \
                and run[1][2].lower() not in titles and not given_name_gender(run[1][2]):
            continue  # "The Town of Rosetown": a body of a place, no person called Town
        if len(run) == 1 and text[run[0][0] - 2:run[0][0]] == ", " and text[run[0][1]:run[0][1] + 1] == "," \
                and run[0][2].lower() not in common_words() \
                and _OWNED_KIN_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0]):
            raw.append((run[0][0], run[0][1], None, run[0][2], ()))
            continue  # "Her husband, Dimitri, added": a given name no list knows, set off after a relative
        read = _read_run(tuple(map(_WORD, run)))
        if read is not None:
            first, last, full, surname, role_words = read
            if full is None and first == 1 and last == 1 and len(role_words) == 1 \
                    and text[run[0][0] - 2:run[0][0]] == ", " and _KIN_BEFORE.search(text, max(0, run[0][0] - 40),
                                                                                     run[0][0]) \
                    and role_words[0] not in _LEADING and not _participle(role_words[0]) \
                    and not any(role_words[0] in lexicon().lists[k] for k in ("title", "anonymous", "role")) \
                    and role_words[0] not in _not_name_words():
                # "Her husband, Per Lindqvist,": after a relative set off, an ordinary word is the given name
                first, full, role_words = 0, f"{run[0][2]} {run[1][2]}", ()
            elif full and first == 0 and "and " in text[max(0, run[0][0] - 5):run[0][0]] \
                    and _TITLE_AND.search(text, max(0, run[0][0] - 80), run[0][0]):
                # "Minister of Environmental Protection and Green Transition Tomislav Brkic": a title's last words
                # after "and", then the name (two words at least)
                common, given = common_words(), first_names()
                # (through the last ordinary word before the name's two words: "Green Transition", whatever "Green"
                # is)
                k = next((k + 1 for k in range(last - 2, -1, -1) if _ordinary(run[k][2], common)), 0)
                if k and not any(w.lower() in given for _, _, w in run[:k]):
                    first, full = k, " ".join(w for _, _, w in run[k:last + 1])
                    role_words += tuple(w.lower() for _, _, w in run[:k])
            raw.append((run[first][0], run[last][1], full, surname, role_words))
    given = first_names()
    if "By " in text:
        # a byline's writer ("By Timur Nasriddinov", a line of its own) reports and is no one a pronoun stands for
        raw = [r for r in raw if not _BYLINE.match(text, text.rfind("\n", 0, r[0]) + 1)]
    bylines, line_start = set(), 0
    for line in text.split("\n"):
        # (the pattern matched line by line, only where a line opens with a capital and holds a comma: a scan of the
        # whole text tried it at every character)
        if line[:1].isupper() and "," in line and _OUTLET_BYLINE.match(text, line_start, line_start + len(line)):
            bylines.add(line_start)
        line_start += len(line) + 1
    if bylines:
        raw = [r for r in raw if text.rfind("\n", 0, r[0]) + 1 not in bylines]  # ("Tomás Villeneuve, The Canadian
        # Press": a line of its own, the writer's and the outlet's names)
    for n in range(len(raw) - 1):
        start, end, full, word, role_words = raw[n]
        after = raw[n + 1]
        kin = bool(role_words) and set(role_words) <= _KIN_PLURALS
        if not full and (kin or set(role_words) <= _CLAUSE_OPENERS) and after[0] == end + 5 and after[2] \
                and not after[4] \
                and text.startswith(" and ", end) and (after[2].count(" ") == 1 or kin) \
                and (kin or (after[2].split()[0].lower() in given or after[2].split()[0].lower() not in common_words()
                             and word.lower() in given and word.lower() not in common_words())
                     and (word.lower() in given and word.lower() not in common_words()
                          or _COUPLE_AFTER.match(text, after[1]) and word.lower() not in _not_name_words()
                          and _never_lower(word, text))
                     or (couple := _COUPLE_BEFORE.search(text, max(0, start - 30), start)) and text.count(word) == 1
                     and (couple.group(1) or not {word.lower(), after[2].split()[0].lower()} & common_words())
                     and _never_lower(word, text)
                     and (after[2].split()[0].lower() in given
                          or not re.search(rf"\b(?:Mr|Mrs|Ms|Miss)\.?\s+{re.escape(after[3])}\b", text))):
            # (not when courtesy titles tell the two apart later, their given names no census's: "the parents, Khizr
            # and Ghazala Khan ... Mr. Khan ... Ms. Khan")
            # "James and Olivia Tranter", "Bill and Hillary Clinton": the first given name shares the surname (one the
            # census lacks too, never written in lower case, when the two do something together: "Gareth and Ann
            # Pritchard, from Swansea, were"; a second given name the census lacks after one it has: "Tobias and
            # Fenella Marsh"; any two given names after a couple's plural noun, the first written nowhere else:
            # "Kacper's parents, Agnieszka and Tomasz Nowicki", not "The co-founders, Okonkwo and Priya Raman ...
            # Okonkwo said");
            # "Brothers Andrés and Rafael Galindo Pérez": the family names too
            family = " ".join(after[2].split()[1:]) if kin else after[3]
            raw[n] = (start, end, f"{word} {family}", after[3], ())
    common = common_words()
    for n, (start, end, full, word, role_words) in enumerate(raw):
        if full and full.count(" ") >= 2 and full.split()[-1].lower() in common and _BYLINE_ROLE.match(text, end):
            # "Tom Ainsworth Food and farming correspondent", "Chris Mason Political editor": a byline's name, then
            # its beat in title case
            names = full.split()
            while len(names) > 2 and names[-1].lower() in common and names[-1].lower() not in given:
                names.pop()
            raw[n] = (start, start + len(" ".join(names)), " ".join(names), names[-1], role_words)
    ended = set()  # lone words that end no name, but a title going on after "and"/"for"
    for n in range(len(raw) - 1):
        start, end, full, word, role_words = raw[n]
        if full or not role_words or word.lower() not in common or word.lower() in given \
                or not (more := _TITLE_GOES_ON.match(text, end)) \
                or not (_JOINING.intersection(role_words) or more.group(1) == "for"
                        or _TITLE_OF.search(text, max(0, start - 60), start)):
            continue
        # "Minister of State for Defence Procurement and Estates Gareth Lloyd-Ellis", "Minister Responsible for the
        # Water Security Agency Gordon Rempel": an ordinary word ends a title in title case that goes on
        ended.add(n)
        after_start, after_end, after_full, after_surname, after_roles = raw[n + 1]
        names = after_full.split() if after_full and after_start == more.end() - 1 and not after_roles else []
        if len(names) >= 3 and names[0].lower() in common and names[0].lower() not in given:
            # the title's last words, then the name: from a given name, else the last two words
            k = next((j for j, w in enumerate(names[:-1]) if w.lower() in given and w.lower() not in common),
                     len(names) - 2)
            raw[n + 1] = (after_start + len(" ".join(names[:k])) + 1, after_end, " ".join(names[k:]), after_surname,
                          tuple(w.lower() for w in names[:k]))
    raw = [r for n, r in enumerate(raw) if n not in ended and not (
        r[2] and r[2].split()[0] in {"Day", "Eve"} and _HOLIDAY_BEFORE.search(text, max(0, r[0] - 20), r[0]))
        and not _thing_named_after_the(text, r)]
    # ("the Christmas Day Ba'": a holiday's day and what is played on it, no person called Day)
    surnames = {f.split()[-1] for _, _, f, _, _ in raw if f}
    derived = set()  # full names the text never writes, made of a given name and a family name
    for n, (start, end, full, word, role_words) in enumerate(raw):
        if not full and not role_words and text[start - 1:start] == " " \
                and "s " in text[max(0, start - 40):start] \
                and (kin := OWNER_KIN.search(text, max(0, start - 40), start)) \
                and (family := kin.group(1) if kin.group(1) in surnames else _surname_of_given(raw[:n], kin.group(1))) \
                and (word.lower() in given or _never_lower(word, text)) \
                or not full and not role_words and text[start - 1:start] == " " \
                and (family := _plural_family_before(text, start, surnames)) \
                and (word.lower() in given or _never_lower(word, text)):
            # "Tulk's younger brother Aaron, who throws third stones", "Mark Barden's son, Daniel,": a given name after
            # the relative of someone named in full is that family's member (who keeps the surname alone, unless the
            # text writes the relative's full name too); "Mark's daughter, Brooke," after "Mark Underhill" too; a
            # given name the census lacks when the text never writes it in lower case ("Petrie's son Callum")
            raw[n] = (start, end, f"{word} {family}", family, ())
            if f"{word} {family}" not in text:
                derived.add(f"{word} {family}")
    for n, (start, end, full, word, role_words) in enumerate(raw):
        if not full and not role_words and _kin_word_before(text, start, 40) \
                and (kin := _KIN_BEFORE.search(text, max(0, start - 40), start)) and kin.group()[:1] in "HhT," \
                and not (word in surnames and word.lower() not in given) \
                and (word.lower() in given or word.lower() not in common
                     or text[end:end + 1] == "," and (kin.group().endswith(", ") or _never_lower(word, text))):
            # (not the surname of someone named in full, the subject after an adjunct: "Through his daughter,
            # Kjeldgaard told them" after "Anders Kjeldgaard")
            # "His widow, Claire, 42, wept", "Her husband Douglas, a retired sergeant": a given name after "his"/"her"
            # and a relative bears the family name of the last person of that gender named in full before (a name
            # the census lacks or set off too: "Her husband, Angus,"; or never written in lower case: "Their son
            # Alfie, 12,")
            gender = "m" if kin.group()[:2].lower() == "hi" else "f"
            relative = GENDERED_NOUNS.get(kin.group().rstrip(", ").rsplit(None, 1)[-1].lower()) \
                or given_name_gender(word) or "m"
            titles_ = r"Mrs|Ms|Miss|Mme" if relative == "f" else r"Mr|M"
            # (only when a title of the relative's gender names the family later: "Mrs Ellery"; a wife may keep her
            # own name)
            owners = [f for _, _, f, _, _ in reversed(raw[:n])
                      if f and (kin.group()[:1] in "T," or given_name_gender(f.split()[0]) in {gender, ""})]
            # (or a name the census lacks)
            if kin.group()[:1] == ",":
                # "Bernadette Foley, whose husband Michael": the person named right before "whose" (not "The victim,
                # whose husband, Mark,")
                owners = [f for s_, e_, f, _, _ in raw[:n] if f and e_ == kin.start()]
            elif kin.group()[:1] == "T":
                # "Their son Alfie": a couple's, the family name two of the people named in full share last (not the
                # fire chief named just before)
                surnames_ = [f.split()[-1] for f in owners]
                shared_ = next((w for i, w in enumerate(surnames_) if w in surnames_[i + 1:]), None)
                owners = [f for f in owners if f.split()[-1] == shared_][:1] if shared_ or len(set(owners)) > 1 \
                    else owners[:1]  # (or the one person named in full so far)
            # the last such person, or one before whom the title cannot name (the relative's gender is not theirs:
            # "her husband, David" and "Mr Marchant" for Helen Marchant; but "Her daughter Chloe" after "Lynne
            # Gardner" is no Whitfield, "Ms Whitfield" being Karen Whitfield)
            family = next((f.split()[-1] for i, f in enumerate(owners)
                           if (i == 0 or given_name_gender(f.split()[0]) != relative)
                           and re.search(rf"\b(?:{titles_})\.?\s+{re.escape(f.split()[-1])}\b", text[end:])), None)
            noun = kin.group().rstrip(", ").rsplit(None, 1)[-1].lower()
            if family is None and noun in _CHILDREN and kin.group()[:2].lower() == "hi" and owners \
                    and given_name_gender(owners[0].split()[0]) != "f" \
                    and re.search(_FATHER_SPOKE.format(re.escape(owners[0].split()[-1])),
                                  text[max(0, start - 400):start]):
                family = owners[0].split()[-1]  # "Jamie Kowalchuk ... Kowalchuk said. / His son Tyler, 16, said": a
                # father's child, right after he spoke, bears his family name (no title in Canadian copy)
            if family is None and owners and noun in _CHILDREN | _SPOUSES and " late " not in kin.group() \
                    and not re.search(rf"\b{re.escape(word)}\s+[A-Z][\w'’-]+", text):
                family = owners[0].split()[-1]  # "Her husband, Mark," after "Rachel Gooderham", "Her husband,
                # Rakesh," after "Priya Chauhan": a spouse or a child named by the given name alone bears the family
                # name of the person just named in full (unless the text names them in full anywhere; not "her late
                # husband, Ron", who speaks no more and would take the widow's words given by her age)
            if family:
                raw[n] = (start, end, f"{word} {family}", family, ())
                derived.add(f"{word} {family}")
    for n, (start, end, full, word, role_words) in enumerate(raw):
        if full and full.count(" ") == 1 and full.split()[0] in _DON:
            found = {(f, s) for _, _, f, s, _ in raw[:n] if f and " " in f and f.split()[0] == full.split()[1]}
            if len(found) == 1:
                # "recalled Don Eusebio" after "Her father, Eusebio Mamani Quispe,": Spanish and Portuguese honour
                # a man or woman by "Don"/"Doña" and the given name; the one person named in full with it
                raw[n] = (start, end, *found.pop(), role_words)
    # a capitalised particle opening a sentence is a surname's ("De Blasio said" after "Bill de Blasio"), not a given
    # name, when someone's full name ends with it
    endings = {" ".join(f.lower().split()[-2:]) for _, _, f, _, _ in raw if f and f.count(" ") > 1}
    if endings:
        raw = [(start, end, None, surname, role_words)
               if full and full.count(" ") == 1 and full.split()[0].lower() in NAME_PARTICLES and full.lower() in endings
               else (start, end, full, surname, role_words)
               for start, end, full, surname, role_words in raw]
    given_of = {}  # (given name, surname) -> the full names that open and end with them
    for _, _, full, surname, _ in raw:
        if full and " " in full:
            given_of.setdefault((full.split()[0].lower(), surname), set()).add(full)
    for n, (start, end, full, surname, role_words) in enumerate(raw):
        if full and " " in full and len(found := given_of[(full.split()[0].lower(), surname)]) == 2 \
                and full in found and _in_order(full.split(), (longer := max(found, key=len)).split()):
            # "Khalid Al Nuaimi" after "Khalid Obaid Al Nuaimi", "Salim Al Kathiri" after "Salim bin Musallam Al
            # Kathiri" (not his son "Musallam bin Salim Al Kathiri"): the one fuller name with that given name and
            # surname
            raw[n] = (start, end, longer, surname, role_words)
    before_descent = {}  # given names before "bin"/"binti" -> the full names, where each is first written
    for start, _, full, _, _ in raw:
        at = next((k for k, w in enumerate(full.split()) if w.lower() in DESCENT), 0) if full else 0
        if at >= 2:
            before_descent.setdefault(" ".join(full.split()[:at]), {}).setdefault(full, start)
    for n, (start, end, full, surname, role_words) in enumerate(raw):
        if full in before_descent and len(found := before_descent[full]) == 1 and min(found.values()) < start:
            # "Dr Nurul Izzati said" after "Dr Hajah Nurul Izzati binti Haji Metussin": a Malay or Arabic name has no
            # surname, and a second reference gives the given names before "binti"/"bin"
            raw[n] = (start, end, next(iter(found)), surname, role_words)
    for n, (start, end, full, surname, role_words) in enumerate(raw):
        found = given_of.get((role_words[-1], surname), ()) if role_words else ()
        before = start - len(role_words[-1]) - 1 if found else 0
        if len(found) == 1 and text[before:start - 1].lower() == role_words[-1] and text[start - 1] == " ":
            # "Khalid Al Nuaimi" after "Khalid Obaid Al Nuaimi": an ordinary word read as a role ("khalid" is
            # frequent English text, the census lacks it) is the given name of the one person named in full so
            raw[n] = (before, end, next(iter(found)), surname, role_words[:-1])
    nicknamed = {f"{nick.group(1)} {full.split()[-1]}": full for start, end, full, _, _ in raw
                 if full and (nick := _ONE_WORD_NICKNAME.search(text, start, end))}
    for given_as in _NICKNAME_GIVEN.finditer(text) if ("“" in text or '"' in text) \
            and any(w in text for w in _NICKNAME_GIVERS) else ():
        # 'Consolacion Agcaoili ... the woman everyone here calls "Lola Connie" ... For Lola Connie, ...': a nickname
        # given to the person named in full last, in the same paragraph
        owner = next(((start, full) for start, _, full, _, _ in reversed(raw) if full and start < given_as.start()),
                     None)
        if owner and "\n" not in text[owner[0]:given_as.start()] and owner[1] != given_as.group(1):
            nicknamed.setdefault(given_as.group(1), owner[1])
    if nicknamed:
        # 'Clarence "Bo" Thibodeaux ... Bo Thibodeaux said': the nickname and the surname name the same man
        raw = [(start, end, nicknamed.get(full, full), surname, role_words)
               for start, end, full, surname, role_words in raw]
    family_first = _family_name_first(raw, text)
    if family_first:
        # "Yang Zhengming ... said Yang": the first word is the surname
        raw = [(start, end, full, full.split()[0] if full in family_first else surname, role_words)
               for start, end, full, surname, role_words in raw]
    # full names first, so that surnames and titled surnames resolve to them (a family name's census share as a
    # given name is only a bound)
    excluded = _SpanSet(exclude)
    relatives = set()  # full names first written after a relative's noun ("his father, Adamou Tanko")
    for start, end, full, surname, role_words in raw:
        if full:
            if full not in people:
                if _kin_word_before(text, start):
                    relatives.add(full)
                first = full.split()[0]
                census = "" if _chinese_order(full) else given_name_gender(first, bounded=full in family_first)
                if full.count(" ") >= 2 and full not in family_first and not _chinese_order(full) \
                        and (compound := given_name_gender(f"{first}-{full.split()[1]}")):
                    census = compound  # "Jean Claude Kamanzi": a compound given name written without its hyphen, read
                    # as the hyphenated one is ("Jean-Claude": a man's)
                if census and not given_name_gender(first, bounded=True):
                    # a rare name's share is only its bound: a gendered noun introducing the name says more ("her
                    # grandfather, Tam Hannay": Tam is in the census women's file alone, at 0.001 %)
                    census = _gender_before(text, start) \
                        or (_cue_pronoun_after(text, start, end) or _report_pronoun_after(text, start, end)
                            if start not in excluded else "") or _next_sentence_pronoun(text, start, end, raw) or census
                    # (or the pronoun of the cue of the quotation that follows the person's first report: "Board chair
                    # Darcy Kowalchuk ... said ... / "We'll rebuild," he said": the census lists Darcy among women; or
                    # the pronoun opening the report itself: "Darcy Kowalchuk, a retired firefighter, said he went"; or
                    # the one opening the next sentence, its own the only name since: "... is Tam McCulloch, 67, a
                    # retired miner. / His kit arrived")
                else:
                    census = _gender_before(text, start) or census  # a kin noun introducing the name says more than
                    # the census share of a given name both sexes bear ("her granddaughter Jess Buffett")
                people[full] = Person(full, surname, gender=_south_asian_gender(full) or census
                                      or _vietnamese_gender(full) or _surname_gender(full))
            person = people[full]
            person.roles.update(role_words)
            if not person.gender:
                # known before surnames are linked: "Her husband, Saeed Abedini ... Mrs. Abedini" is not he
                person.gender = _gender_before(text, start)
    _merge_short_forms(people)
    _merge_family_names(people, relatives)
    by_surname: dict[str, Person] = {}
    for person in sorted(people.values(), key=lambda p: (p.name not in derived, len(p.name), p.name)):
        by_surname[person.surname] = person  # (a name the text never writes holds the surname last: "Trump's wife,
        # Melania" is no "Trump" in a headline before either is named)
    given = {p.name.split()[0] for p in people.values() if " " in p.name}
    for person in sorted(people.values(), key=lambda p: (len(p.name), p.name)):
        for word in person.name.split()[1:-1]:
            # a first surname of two ("Melba Acosta Febo" is "Ms. Acosta"), unless it is someone's last word or
            # another's first ("Ayaan Hassan Warsame ... Her father, Hassan Warsame Ali ... Mr. Hassan": a patronym)
            if _first_surname(word) and word not in given:
                by_surname.setdefault(word, person)
    # full-name mentions of each surname two people or more share, a first surname of two included ("Eusebio Quispe
    # Huamán" and "Rosa Quispe"): (start, person) in text order
    shared: dict[str, list] = {}
    first_full: dict[str, int] = {}  # where each full name is first written
    for start, end, full, surname, role_words in raw:
        if full:
            first_full.setdefault(full, start)
            for word in {surname} | {w for w in full.split()[1:-1] if _first_surname(w)}:
                shared.setdefault(word, []).append((start, people[full]))
    shared = {k: v for k, v in shared.items() if len({id(p) for _, p in v}) > 1}
    if shared:
        # names first written in full as the object of a preposition, someone's relative ("furthered the interests
        # of his brother, Luc Comeau"): the surname alone stays the other's (a relative as a subject, "Her son, Marc
        # Pelletier, was in court", becomes the topic)
        derived |= {full for full, start in first_full.items()
                    if (kin := _KIN_BEFORE.search(text, max(0, start - 40), start))
                    and (_PREPOSITION_BEFORE.search(text, max(0, kin.start() - 8), kin.start())
                         or _CUE_BEFORE_KIN.search(text, max(0, kin.start() - 10), kin.start())
                         and any(at < start and p is not people[full]
                                 for at, p in shared.get(people[full].surname, ())))}
        # (or after an inverted cue, once the other was named: "When Maya Ferris was four ... said her mother, Kerri
        # Ferris": "Ferris said" is still Maya)
    owner: dict[str, Person] = {}  # who a shared surname alone named first, once a holder had been named in full
    called: dict[int, set] = {}  # the title words a holder of a shared surname was named with
    by_given: dict[str, list] = {}  # the people named in full by their first word
    for person in people.values():
        if " " in person.name:
            by_given.setdefault(person.name.split()[0], []).append(person)
    by_given.update(_short_forms(by_given))
    named_at = {start for start, _, full, _, _ in raw if full and " " in full}
    mentions = []
    for start, end, full, surname, role_words in raw:
        if start in excluded:
            continue
        if not full and surname not in by_surname and surname[1:2] in {"'", "’"} and surname[:1] == "D":
            surname = "d" + surname[1:]  # "D’Eon said" opening a sentence after "Kirk d’Eon": the particle capitalised
        person = people.get(full) if full else by_surname.get(surname)
        said = _titles_gender(role_words)
        aside = None  # a relative clause between the surname and "said he" (_WHO_THEN_SAID_OWN_PRONOUN)
        if not full and surname in shared and not said \
                and (own := SAID_OWN_PRONOUN.match(text, end)
                     or (aside := _WHO_THEN_SAID_OWN_PRONOUN.match(text, end))) \
                and (holders := _written_holders(shared[surname], derived)) \
                and len({id(p) for p in holders if _named_gender(p) == _own_pronoun_gender(own.group(1))}) == 1 \
                and (all(_named_gender(p) for p in holders)
                     or aside and (last := _holder_named_last(shared[surname], start)) is not None
                     and _named_gender(last) == _own_pronoun_gender(own.group(1))):
            said = {_own_pronoun_gender(own.group(1))}  # "Pruden said he and his wife ...": the one man
            # sharing the surname with women (every holder's gender known; holders whose full name the text writes,
            # when any: "Kelsey Amato's son, Rowan ... Amato said he spent nine days in hospital" is Kelsey's); after
            # a relative clause that sets the holder apart, the one named in full last, if of the pronoun's gender
            # ("Dr. Noora Khalifa Al Marri ... Mohammed Saeed Al Marri ... Al Marri, who is not related to the MoPH
            # official, said he": not the holder of unknown gender named alone first)
        elif not full and surname in shared and not said and surname not in owner \
                and (start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] == ". ") \
                and (stop := _SENTENCE_END.search(text, end, end + 400)) \
                and (opens := _PRONOUN_OPENS.match(text, stop.end())) \
                and all(_named_gender(p) for at, p in shared[surname] if at < start) \
                and not any(end <= at < stop.start() for at, _, _, _, _ in raw):
            said = {"m" if opens.group(1) == "He" else "f"}  # "Okafor was named to the squad. She is one of four
            # juniors" after "Maya Okafor ... David Okafor": the surname's first use alone, opening a sentence whose
            # next one opens with a pronoun (no one else named in between), names the holder of that gender
        if not full and surname in shared:
            # a surname two people share: the holder it named alone first keeps it ("Jeff Halvorsen learned ... said
            # Halvorsen ... owner Patty Halvorsen ... Halvorsen said": Jeff), else the holder named in full so far,
            # of the title's gender if it has one; the default holder when no one is named before it
            fits = [(at, p) for at, p in shared[surname] if not (said and _named_gender(p) not in said | {""})
                    or _census_gender_overruled(text, p, mentions, said)]  # (a census gender the text overrules:
            # "Sea Lake farmer Jess McAlister, who is 31 weeks pregnant ... said she ... Ms McAlister": she)
            plain = [(at, p) for at, p in fits if p.name not in derived]
            if not (said and not any(_named_gender(p) in said for _, p in plain)
                    and any(_named_gender(p) in said for _, p in fits if p.name in derived)):
                fits = plain or fits  # ("Mr. Trump" is not "his brother, Freddy," when Donald Trump fits; but "Mr
                # Macleod" is "Her husband, Angus," when only he is known to be a man)
            # a title's gender picks the holder known to have it ("Ms Maskell" after "Dev Maskell ... his daughter,
            # Lucy Maskell": Lucy)
            # (or a holder of unknown gender named in full after every such one: "Ms Haldane" after "Cllr Dawn
            # Haldane ... Pat Haldane ... said": Pat)
            if said and not any(_named_gender(p) in said for at, p in fits if at < start):
                # no holder known to be of the title's gender yet: one a pronoun soon after its full name gives the
                # other gender is not it ("Gareth Pritchard, 46, ... admitted ... when he appeared ... Its founder,
                # Sian Pritchard ... Mrs Pritchard": Sian)
                fits = [(at, p) for at, p in fits if at >= start or _pronoun_gender_after(text, at) in said | {""}] \
                    or fits
            known = max((at for at, p in fits if _named_gender(p) in said and at < start), default=None)
            children = "mrs" in {w.rstrip(".") for w in role_words} \
                and all(p.roles & _CHILD_KIN for at, p in fits if _named_gender(p) in said)  # ("Nasreen Hussain ...
            # her daughter, Shabana Hussain, told the BBC. Mrs Hussain, who is now recovering": the mother, whose
            # given name the census lacks; a daughter who shares her parents' surname is seldom a Mrs)
            fits = [(at, p) for at, p in fits if at < start and (_named_gender(p) in said or not _named_gender(p)
                                                                  and (known is not None and at > known or children)
                                                                  and len(p.name.split()[0].rstrip(".")) > 1)] \
                or fits  # (not an initial: "S Beardall & Daughter", a firm)
            if title := {w.rstrip(".") for w in role_words} & _WIFE_OR_NOT:
                # "Mrs Haddad" after "Ms Haddad" (Amira): the holder never called Ms or Miss, her mother Leila
                other = {"ms", "miss"} if "mrs" in title else {"mrs"}
                fits = [(at, p) for at, p in fits if not called.get(id(p), set()) & other] or fits
            if courtesy := {w.rstrip(".") for w in role_words} & {"mr", "mrs", "ms", "miss"}:
                # "Mr. Pruitt" after "Dr. Aaron Pruitt" and "Dale Pruitt": the holder never called Dr. (nor a
                # councillor's title: "Ms Sapon" after "Cr Sapon" and "Nuraini Sapon")
                fits = [(at, p) for at, p in fits if not called.get(id(p), set()) & _TITLE_NOT_COURTESY] or fits
                # "Mrs Phillip" after "Keisha-Ann Phillip, 16, ... Her mother, Sharon Phillip": no child; "Mrs" a
                # mother or wife before anyone else (a grown son is "Mr" as often as his father: "His son, David
                # Clarke, told the inquest ... Mr Clarke said")
                fits = [(at, p) for at, p in fits if not (p.ages and max(p.ages) < 18)] or fits
                if "mrs" in courtesy:
                    fits = [(at, p) for at, p in fits if p.roles & _MARRIED_KIN] or fits
                    fits = [(at, p) for at, p in fits if not p.roles & _CHILD_KIN] or fits
                titled = {id(p): (at, p) for at, p in shared[surname] if called.get(id(p), set()) & courtesy}
                if len(titled) == 1:
                    fits = list(titled.values())  # "said Mr Stainsby" after "Mr Stainsby, 67," (Trevor) and "Their
                    # son, Dean Stainsby": the one holder the text called so before
            if office := {_role_word(w) for w in role_words if w in titles} - _MALE - _FEMALE - COURTESY_TITLES:
                # "Cllr Magennis" after "managing director Eamon Magennis" and "councillor Ciaran Magennis": the
                # holder named with that office
                fits = [(at, p) for at, p in fits if at < start and office & {_role_word(r) for r in p.roles}] or fits
            if (last := max((f for f in fits if f[0] < start), default=None, key=lambda f: f[0])) \
                    and (_KIN_OF_BEFORE_NAME.search(text, max(0, last[0] - 60), last[0])
                         and (head := next((p for at, p in fits if last[0] - 80 < at < last[0] and p is not last[1]),
                                           None))
                         or said and _owned_kin_before(text, last[0])
                         and (head := next((p for at, p in shared[surname] if at < last[0] and p is not last[1]
                                            and _named_gender(p) in said
                                            and not _SENTENCE_END.search(text, at, last[0])), None))):
                # "Patricia Smith, mother of Benghazi victim Sean Smith, rejected ... Smith said": the holder whose
                # relative the last one named is, not the relative (however often named before); so in one sentence:
                # "Jean Irving, of Lochside, who says ... is her grandmother, Margaret Irving. ... Mrs Irving told"
                # (a title the owner's known gender fits), however the title would choose
                fits = [(at, p) for at, p in shared[surname] if p is head]
            so_far = _holder_so_far(fits, start)
            if (ranked := RANK_BEFORE.search(text, max(0, start - 24), start)) \
                    and (aged := _by_age(mentions, start, surname, ranked.group(1).lower() != "younger")):
                so_far = aged  # "the younger Francis" after "Eli Francis ... Darren Francis, Eli's father": the son
                # owns the surname alone from here ("Francis said"), not the father named last
            if so_far is not None:
                first = owner.setdefault(surname, so_far)
                person = first if any(p is first for at, p in fits if at < start) else so_far
        if person is not None and not full and len(said) == 1 and person.gender and person.gender not in said \
                and " " in person.name and not _census_gender_overruled(text, person, mentions, said) \
                and not (_census_gender(person) and census_rare(person.name.split()[0])):
            # "Mr. Trump" where the article names only Ivanka Trump in full: another holder of the surname (but a
            # name at the census's cut-off gives a gender no title need yield to: "Tam Cowe, secretary
            # of the fishermen's association, said ... Mr Cowe said", Tam 0.001 % of women and no men listed)
            person = people.setdefault(surname, Person(surname, surname))
        if person is None and not full and any(w in titles for w in role_words):
            # Sir Digby -> Sir Digby Jones (a title with a given name)
            person = next((p for p in sorted(people.values(), key=lambda p: p.name)
                           if p.name.split()[0] == surname and " " in p.name), None)
        if person is None and not full and not role_words and text[end:end + 1] == "," \
                and text[start - 2:start] == ", " \
                and (_KIN_BEFORE.search(text, max(0, start - 40), start) and surname.lower() in first_names()
                     or surname.lower() not in common_words()
                     and (held := _ROLE_SET_OFF_BEFORE.search(text, max(0, start - 40), start))
                     and (lexicon().has("role", held.group(1)) or PERSON_NOUN.search(held.group(1)))
                     and not lexicon().has("organization", surname.lower())):
            # "His wife, Maureen, confirms", "the boat’s captain, Darmawan, said": someone named by one name, set off
            # after a relative (a given name) or after the office they hold (the one person named in full with it,
            # before or after: "Her brother, Marc, ... / Marc Laliberte said"; else the name as written)
            person = by_given[surname][0] if len(by_given.get(surname, ())) == 1 \
                else people.setdefault(surname, Person(surname, surname, gender=given_name_gender(surname)))
        elif person is None and not full and not role_words and (kin := _owned_kin_before(text, start)):
            # "His mother Aigul, who salts the catch": a relative named by a given name alone, of the relative's gender
            # (the one person named in full with it: "His brother Andrés" after "Andrés Galindo Pérez")
            person = by_given[surname][0] if len(by_given.get(surname, ())) == 1 \
                else people.setdefault(surname, Person(surname, surname, gender=_KIN[kin.group(1).lower()]))
        elif person is None and not full and not role_words and len(by_given.get(surname, ())) == 1 \
                and surname.lower() not in US_STATES \
                and _FIRST_NAME_USE.match(text, end) and not _MODIFIED_BEFORE.search(text, max(0, start - 12), start) \
                and by_given[surname][0].name.split()[-1].lower() not in lexicon().lists["org_head"] \
                and (surname.lower() not in common_words()
                     or sum(p.surname == by_given[surname][0].surname for p in people.values() if " " in p.name) > 1
                     and _never_lower(surname, text)):
            # "Back on shore, Serik pointed" after "Serik Zhaksylykov": a feature's first-name reference to the one
            # person named in full with that given name (not an ordinary word, unless the article never writes it in
            # lower case and names a relative by the surname too: "Karim, the elder of the two" after "Brothers Karim
            # and Youssef Ragab"; a state; a word after an article or preposition, "the Florida senator", "por
            # Villablanca")
            person = by_given[surname][0]

        if person is None:
            if not any(w in titles for w in role_words) \
                    or role_words == ("the",) and _TOLD_THE.search(text, max(0, start - 12), start) \
                    or (_DEMONYM.match(surname) and surname.lower() in common_words()) \
                    or (nxt := _NEXT_LOWER_WORD.match(text, end)) and nxt.group(1).endswith("s") \
                    and lexicon().has("anonymous", nxt.group(1)):
                continue  # (a nationality after a title word is no surname: "Chinese"; nor is a word after a
                # capitalised "The" that something is told or given to: "a statement to The Hill", an outlet; nor
                # a word before a plural noun of people it describes: "Conservative Christian activists")
            person = people.setdefault(surname, Person(surname, surname))
            by_surname.setdefault(surname, person)
        person.roles.update(role_words)
        if surname in shared:
            called.setdefault(id(person), set()).update(w.rstrip(".") for w in role_words)
        gender = _titles_gender(role_words)
        if len(gender) == 1:
            person.gender = next(iter(gender))  # a title says more than the given name's census share
        person.roles.update(_appositive_roles(text, end, named_at))
        if text.startswith(" (", end) and (tag := _BRACKETED_PARTY_TAG.match(text, end)):
            person.roles.add(tag.group(1).lower())  # "Paul Ryan (R-Wis.)": as ", R-Wis.," (a party and a state)
        person.roles.update(_preceding_roles(text, start) or _role_of_body_before(text, start))
        person.roles.update(_title_set_off_before(text, start))  # (with a title before the name too: "the Portfolio
        # Holder for Infrastructure and Transport, MLA Roger Ellerby")
        person.roles.update(_opened_the_case(text, start))
        person.roles.update(_named_by_copula(text, start))
        if text.startswith((" is the ", " was the ", ", is the ", ", was the "), end) \
                and (copula := _COPULA_ROLE_AFTER.match(text, end)) and lexicon().has("role", copula.group(1)):
            person.roles.add(copula.group(1))  # "whose cousin, Ian Johnstone, is the current captain of Annanside
            # Golf Club": the club captain (plain tests first: every mention)
        if text[max(0, start - 4):start] == " by " and (agent := _HELD_BY.search(text, max(0, start - 24), start)):
            person.roles.add(_OFFICE_OF_VERB[agent.group(1)])  # "Its grants panel is chaired by Robert Johnstone":
            # the chairman ("The panel chairman flatly denied"); a plain test first, as it runs for every mention
        lead = text[max(0, start - 100):start]  # (cut once, not once for each word looked for)
        if any(w in lead for w in _BEATEN_WORDS) \
                and _BEATEN.search(text, max(0, start - 100), start):  # (plain searches first: every mention)
            person.roles.add(_RIVAL)
        if text[max(0, start - 9):start].lower() == "the late " and (full and " " in full
                                                                     or _NAME_ENDS_PHRASE.match(text, end)):
            person.roles.add(_DEAD)  # "under the late Willie Ewen" (not "before the late Haaland header": a
            # surname alone before a noun)
        if full and text[start - 1:start] == " " \
                and (role_words or text[start - 2:start - 1].isalpha()
                     and text[max(0, start - 40):start].rsplit(None, 1)[-1][:1].isupper()):
            person.roles.update(_title_chain_roles(text, start))  # (or a title whose last word is a place's name,
            # which starts no run: "Deputy Minister for Development of Communities and Territories of Ukraine")
        if full and text[start - 1:start] == " ":
            person.roles.update(_described_before(text, start))  # (or ", Dr (Catherine Wragg)")
        elif text[max(0, start - 2):start] == ", " and text[end:end + 1] == "," and person.name == surname \
                and (described := _described_before(text, start)) and not described & _KIN.keys() \
                and text[max(0, start - 40):start - 2].rsplit(None, 1)[-1].lower() in described:
            person.roles.update(described)  # one name set off right after a role's noun: "the boat's captain,
            # Darmawan," (not a relative's given name, nor after a clause: "The president appeared ... with his wife,
            # Melania,")
        if text[end:end + 1] == ",":
            age = _AGE_AFTER.match(text, end) or _AGED_AFTER.match(text, end)
            if age:
                person.ages.add(int(age.group(1)))
        if (kin := _owned_kin_before(text, start)) or full and (
                _kin_word_before(text, start) and (kin := _KIN_BEFORE.search(text, max(0, start - 40), start))
                or text.startswith(", ", end) and (kin := _OWNERS_KIN_AFTER.match(text, end))):
            # "His father, Samuel Tavoa", "Segundo Paucar, Luis Paucar’s father", "whose son Tyler": the relation, a
            # role of theirs
            relation = kin.group(1) if kin.re is not _KIN_BEFORE else kin.group().split()[-1]
            person.roles.add(relation.strip(",").lower())
        if "-year-old" in text[max(0, start - 40):start]:
            age = _AGE_BEFORE.search(text, max(0, start - 40), start)
            if age:
                person.ages.add(int(age.group(1)))
        mentions.append(Mention(start, end, person))
    if "lder " in text or "ounger " in text:
        for k, mt in enumerate(mentions):
            ranked = RANK_BEFORE.search(text, max(0, mt.start - 24), mt.start)
            eldest = ranked is not None and ranked.group(1).lower() != "younger"
            if ranked and " " not in text[mt.start:mt.end] \
                    and (person := _by_age(mentions, mt.start, mt.person.surname, eldest)):
                mentions[k] = Mention(mt.start, mt.end, person)  # "The elder Hernández is less at peace": the father
    mentions = _without_body_short_forms(text, mentions)
    subjects = []  # starts of the mentions read so far as a sentence's subject
    for mt in mentions:
        mt.owner = text[mt.end:mt.end + 2] in _OWNER_ENDS \
            and _PREPOSITION_NEAR.search(text, max(0, mt.start - 40), mt.start) is not None
        mt.subject = _VERB_AFTER.match(text, mt.end) is not None \
            or text[mt.start - 2:mt.start] == ", " and _VERB_SET_OFF.match(text, mt.end) is not None
        mt.governed = bool(subjects) and subjects[-1] > max(text.rfind(". ", max(0, mt.start - 400), mt.start),
                                                            text.rfind("\n", max(0, mt.start - 400), mt.start),
                                                            mt.start - 400) \
            and not _INTRODUCED_AFTER.match(text, mt.end) \
            and _GOVERNED_BEFORE.search(text, max(0, mt.start - 80), mt.start) is not None  # (the pattern last: the
        # dearest test)
        # (only after a subject in its own sentence: "Arvizu's widow, Leticia Arvizu, covered her face ... in the
        # courtroom of Judge X"; not "Sarah Miles sued ... The lawsuit is now before U.S. District Judge Helen Cho",
        # nor "courtesy of Wes Nakagiri, a delegate from Michigan who ...": someone introduced, whom the next pronoun
        # may be)
        if mt.subject:
            subjects.append(mt.start)
    _gender_from_text(text, mentions)
    _census_gender_from_cues(text, mentions, excluded)
    if " wife" in text or " husband" in text:
        _relatives_as_mentions(text, mentions, excluded)
    if " only " in text:
        _named_only_as_mentions(text, mentions, excluded)
    return mentions


def _named_only_as_mentions(text: str, mentions: list[Mention], excluded) -> None:
    """Add a mention for the one name an unnamed source gives (:data:`NAMED_ONLY_AS`: ``One of the sand diggers, who
    gave his name only as Ferdinand, rejected the accusation``), of the gender its ``his``/``her`` says, else its
    census share, so that a pronoun after it may stand for them (``..., he argued``)."""
    for m in NAMED_ONLY_AS.finditer(text):
        if m.start(1) in excluded or any(mt.start <= m.start(1) < mt.end for mt in mentions):
            continue
        said = re.search(r"\b(his|her)\b", m.group())
        gender = ("m" if said.group(1) == "his" else "f") if said else given_name_gender(m.group(1))
        insort(mentions, Mention(m.start(1), m.end(1), Person(m.group(1), m.group(1), gender=gender)), key=_START)


#: What follows a person's name, not a body's: a reporting verb, an age or a description set off.
_SPOKE_OR_DESCRIBED = re.compile(r"\s+(?:said|says|told|added|asked|recalled|wrote)\b|,\s+(?:\d|who\b|a\b|an\b|the\b)")


def _without_body_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those of a two-word name with no title or role, never speaking or described as a person,
    that the text first wrote as the start of a longer capitalised name (``Clark Fork Recovery House`` ... ``a bed
    opened up at Clark Fork``): a body's short form, not a person."""
    first: dict[int, int] = {}
    personal = set()  # a cue or a description right after a mention: "John Smith said", "John Smith, 45,"
    for mt in mentions:
        first.setdefault(id(mt.person), mt.start)
        if _SPOKE_OR_DESCRIBED.match(text, mt.end):
            personal.add(id(mt.person))
    short = {id(mt.person) for mt in mentions
             if len(mt.person.name.split()) == 2 and not mt.person.roles and id(mt.person) not in personal
             and first[id(mt.person)] == mt.start and _written_longer_before(text, mt.person.name, mt.start)}
    return [mt for mt in mentions if id(mt.person) not in short] if short else mentions


#: Two capitalised words or more going on after a name: "(Clark Fork) Recovery House".
_CAPITALS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){2,}")


def _written_longer_before(text: str, name: str, end: int) -> bool:
    """Whether ``text`` writes ``name`` before ``end`` as the start of a longer capitalised name (a plain search
    first: this runs for names of every article)."""
    k = text.find(name, 0, end)
    while k >= 0:
        if (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "'’-")) \
                and _CAPITALS_AFTER.match(text, k + len(name)):
            return True
        k = text.find(name, k + 1, end)
    return False


def _is_office(words: str) -> bool:
    """Whether lower-case ``words`` are an office's name, every word (or part joined by a hyphen) a role:
    ``director-general``, ``attorney general``."""
    roles = lexicon().lists["role"]
    return all(w in roles for w in words.replace("-", " ").split())


#: "the elder" (older, younger) right before a surname, a courtesy title between: "The elder Hernández".
RANK_BEFORE = re.compile(r"\b[Tt]he\s+(elder|older|younger)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")


#: Relatives by their relation, with the gender the noun says ("" for none).
_KIN = {**{w: "m" for w in "husband widower son father brother nephew grandson grandfather uncle boyfriend".split()},
        **{w: "f" for w in "wife widow daughter mother sister niece granddaughter grandmother aunt girlfriend fiancée"
                           .split()},
        **{w: "" for w in "partner cousin fiancé".split()}}
#: The relatives' nouns.
KIN_NOUNS = frozenset(_KIN)
#: The relatives as one alternation of a pattern (longest first), and the words that may stand before them.
_KIN_WORDS = "|".join(sorted(_KIN, key=len, reverse=True))
_KIN_ADJECTIVE = r"(?:(?:late|former|estranged|eldest|youngest|older|younger|twin)\s+)?"
#: Role and kin nouns that say a person's gender: "his sister, Catherine Hartley", "spokeswoman Jane Doe".
GENDERED_NOUNS = {**{w: g for w, g in _KIN.items() if g},
                   **{w: "m" for w in "man boy spokesman congressman councilman businessman sportsman policeman "
                                      "headmaster schoolboy".split()},
                   **{w: "f" for w in "woman girl spokeswoman congresswoman councilwoman businesswoman sportswoman "
                                      "policewoman headmistress actress chairwoman lady schoolgirl".split()},
                   **{"awang": "m", "awangku": "m", "haji": "m", "dayang": "f", "dayangku": "f", "hajah": "f"}}
#: "bin" is "son of", "binti" "daughter of": "Rosnah binti Ahmad" is a woman, whatever the census says of "Rosnah".
_DESCENT_GENDER = {"bin": "m", "ibn": "m", "bint": "f", "binti": "f", "binte": "f"}
_SENTENCE_BREAK_BEFORE = re.compile(r"[.!?][\"”’']?\s|\n")
#: The end of a sentence (a capital or an opening mark next), and the pronoun that opens the next one.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])|\n")
_PRONOUN_OPENS = re.compile(r"(He|She)\s")
_KIN_NOUN = re.compile(r"\b([a-z]+),\s*$")
#: "and" right before a word (its prefix allowed): "(great-nephew) and great-(niece)".
_KIN_JOINED = re.compile(r"\band\s+(?:[a-z]+-)?\Z")
def _written_holders(holders: list, derived: set) -> list:
    """The people of ``holders`` (``(start, person)`` pairs) whose full name the text writes, else all of them."""
    return [p for _, p in holders if p.name not in derived] or [p for _, p in holders]


def _short_forms(by_given: dict[str, list]) -> dict[str, list]:
    """Given names of three letters or more that begin a longer given name of ``by_given`` and are given names in
    their own right, with the people of that longer name: ``Val`` for Valerie Buffett, ``Dan`` for Daniel Okafor
    (for a feature's first-name reference to the one person named in full so). Names of ``by_given`` are left out."""
    out: dict[str, list] = {}
    known = first_names()
    for given, holders in by_given.items():
        for n in range(3, len(given) - 1):
            short = given[:n]
            if short not in by_given and short.lower() in known:
                out.setdefault(short, []).extend(holders)
    return out


def _merge_short_forms(people: dict[str, Person]) -> None:
    """Let a two-word name whose given name begins the given name of one other person of the surname name that person
    (``Gwen Prosser`` ... ``Gwenllian Prosser``; ``Dan Okafor`` ... ``Daniel Okafor``), unless their genders differ."""
    two_words: dict[str, list] = {}  # surname -> (given name, person) of the two-word names
    for person in people.values():
        words_ = person.name.split()
        if len(words_) == 2:
            two_words.setdefault(words_[1], []).append((words_[0], person))
    for named in two_words.values():
        if len(named) < 2:
            continue  # (most surnames are one person's: nothing to look at)
        for given, short in named:
            if len(given) < 3:
                continue
            longer = [p for g, p in named if p is not short and g != given and g.startswith(given)]
            if len(longer) != 1 or {short.gender, longer[0].gender} - {""} == {"m", "f"}:
                continue
            longer[0].roles |= short.roles
            longer[0].gender = longer[0].gender or short.gender
            people[short.name] = longer[0]


def _merge_family_names(people: dict[str, Person], relatives: set) -> None:
    """Let a two-word name that is the last two words of one longer name of the text name that person (``López
    Obrador`` after ``Andrés Manuel López Obrador``, ``Suu Kyi`` after ``Aung San Suu Kyi``), or a three-word one
    with a particle second (``Rebelo de Sousa``, ``Von der Leyen``): a family name of two words, or a given name's
    last part, used alone; not a census given name and a surname (``Bernie Sanders`` is no part of a misread
    ``Vermonter Bernie Sanders``), nor a name of ``relatives``, first written after a relative's noun (``his father,
    Adamou Tanko``)."""
    longer = {}
    for person in people.values():
        words_ = person.name.split()
        for n in (2, 3):
            if len(words_) > n:
                longer.setdefault(" ".join(words_[-n:]).lower(), []).append(person)
    for name, person in list(people.items()):
        # (three words too, with a particle, its capital opening a sentence: "Rebelo de Sousa", "Von der Leyen")
        first, *rest = name.lower().split()
        held = longer.get(name.lower()) \
            if 1 <= len(rest) <= 2 and (first not in first_names() or first in NAME_PARTICLES) \
            and (len(rest) == 1 or rest[0] in NAME_PARTICLES) else None
        if held and len({id(p) for p in held}) == 1 and held[0] is not person and name not in relatives:
            # (not a relative named so: "Hamissou Adamou Tanko ... his father, Adamou Tanko", a son named after his
            # father)
            held[0].roles |= person.roles
            held[0].gender = held[0].gender or person.gender
            people[name] = held[0]


def _kin_word_before(text: str, start: int, width: int = 16) -> bool:
    """The word before ``start`` (a comma allowed) is a relation: a cheap test before :data:`_KIN_BEFORE` (read in the
    last ``width`` characters: 40, the pattern's own window, cuts no word the pattern could match)."""
    before = text[max(0, start - width):start].rsplit(None, 1)  # (the last word only)
    return bool(before) and before[-1].rstrip(",").lower() in _KIN


def _owned_kin_before(text: str, start: int):
    """The match of :data:`_OWNED_KIN_BEFORE` ending at ``start`` (``His mother Aigul``), else None; the word before
    is tested first, as most names follow no relative."""
    before = text[max(0, start - 16):start].rsplit(None, 1)  # (the last word only)
    if not before or before[-1].lower().rstrip(",") not in _KIN:
        return None
    return _OWNED_KIN_BEFORE.search(text, max(0, start - 40), start)


#: What may follow a given name used alone as a name: a verb or an auxiliary, an owner's "'s", punctuation.
_FIRST_NAME_USE = re.compile(r"['’]s\b|\s*[,.;:!?)\"”’]|\s+[a-z]+(?:ed|s)\b"
                             r"|\s+(?:said|told|says|was|is|had|has|would|will)\b"
                             r"|\s+and\s+(?:[a-z\d-]+\s+){0,4}?(?:his|her)\s")  # ("Mateo and three of his teammates")
#: An article or a preposition right before a word: it is then a modifier or a place, not a person's given name.
_MODIFIED_BEFORE = re.compile(r"\b(?:the|a|an|in|at|of|from|por|de|del|to|for|by|on|near)\s+$", re.I)
_OWNED_KIN_BEFORE = re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\bwhose|['’]s)\s+{_KIN_ADJECTIVE}({_KIN_WORDS}),?"
                               r"\s+$")
#: A person's office or occupation set off before a name: "the boat’s captain, (Darmawan,)", "the skipper, ".
_ROLE_SET_OFF_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|['’]s)\s+(?:[a-z-]+\s+){0,2}"
                                  r"([a-z]+),\s+$")
#: A pronoun of the person just named, before the sentence ends ("Siân Pritchard-Jones says she ...").
_OWN_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]imself|[Hh]erself"
                          rf"|[Hh]er(?=\s+{_KIN_ADJECTIVE}(?:{_KIN_WORDS})\b))"  # ("her husband": where "her" alone
                          r"\b|[.!?](?:\s|$)|\n")  # may be an object)
#: A relative of someone: "the wife of Republican U.S. Senate candidate Roy Moore".
_KIN_OF = re.compile(rf"(?:the|a|an|his|her)\s+{_KIN_ADJECTIVE}({_KIN_WORDS})\s+of\s+\S", re.I)
#: A relative of someone named before the possessive mark: "Mohammed Rafiq's son".
_KIN_OWNED = re.compile(rf"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['’]s?\s+{_KIN_ADJECTIVE}({_KIN_WORDS})")


#: An object pronoun: a "she" after it in the same clause is more likely its referent than the subject's.
_OBJECT_PRONOUN = re.compile(r"\b(?:her|him|them)\b")
#: A subordinate clause opening a sentence before a name: "When Harish Meena replied that ..., she remarked".
_SUBORDINATE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)(?:When|After|While|As|Before|Once|Although|Though|Because|If"
                                r"|Until|Since)\s+[^,.;\n]*$")
#: A "whether"/"if" clause opening between a name and a possessive, which may then be someone else's.
_CLAUSE_OPENS = re.compile(r"\b(?:whether|if)\b")


def _never_lower(word: str, text: str) -> bool:
    """Whether ``text`` never writes ``word`` in lower case: a frequent word (``Karim``, ``Gareth``) used as a name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is None


@lru_cache(maxsize=4096)
def _titles_gender(role_words: tuple[str, ...]) -> frozenset:
    """The genders the titles among a name's role words say (``mr``: m, ``lady``: f; both when they disagree).
    Cached: a few tuples recur at every mention."""
    return frozenset({"m" for w in role_words if w in _MALE} | {"f" for w in role_words if w in _FEMALE})


def _named_gender_words(person: Person) -> set:
    """The genders ``person``'s role words and name's particles of descent say (``spokeswoman``, ``bin``)."""
    said = {GENDERED_NOUNS[w] for w in person.roles if w in GENDERED_NOUNS}
    return said | {_DESCENT_GENDER[w] for w in person.name.lower().split() if w in _DESCENT_GENDER}


def _named_gender(person: Person) -> str:
    """The gender a person's name or the gendered nouns named with them give (``her grandson, Callum``), else ``""``
    (while names are being read, before :func:`_gender_from_text`)."""
    said = _named_gender_words(person)
    return person.gender or (said.pop() if len(said) == 1 else "")


def _census_gender(person: Person) -> bool:
    """Whether ``person`` has a gender and it is the one their given name's census share says (no title's)."""
    return bool(person.gender) and person.gender == given_name_gender(person.name.split()[0])


def _census_gender_overruled(text: str, person: Person, mentions: list[Mention], said: set) -> bool:
    """Whether the text gives ``person``, whose gender is their given name's census share, the gender in ``said`` (a
    title's): the first ``he``/``his``/``she`` after their first mention ("retired postman Gwyn Prosser, 61, ... his
    team-mates": "Mr Prosser" is he, though most Gwyns in the census are women)."""
    first = next((mt for mt in mentions if mt.person is person), None)
    if first is None or not _census_gender(person):
        return False
    pronoun = _OWN_PRONOUN.search(text, first.end, first.end + 160)
    if pronoun is None or not pronoun.group(1) or _pronoun_gender_after(text, first.start) not in said:
        return False
    if SAID_OWN_PRONOUN.match(text, text.rfind(" ", first.end, pronoun.start() - 1)) is not None \
            and re.search(r"\bher\b" if "f" in said else r"\bhis\b", text[first.end:pronoun.start()]) \
            and not any(GENDERED_NOUNS.get(r) not in said | {None, ""} for r in person.roles):
        return True  # the pronoun right after its cue is its subject's own when the aside before the cue says so too:
        # ", who is 31 weeks pregnant with her second child, said she" (not "Her father, Michael Grant, said she",
        # nor "Michael Grant, who drove through the night, said she": another's)
    lx = lexicon()
    return not any((v := lx.verb(w.lower())) and "q" in v[1] and v[0] != w.lower()
                   for w in WORD.findall(text, first.end, pronoun.start()))
    # (no reporting verb in between, an inflected form: "Lindsay Clarke said the minister had let down his
    # constituents" says nothing of her; "delivered the post to his team-mates" does)


#: An owner's noun set off before a name: "(Kittredge)’s host, (Dorj Batbayar)".
_OWNER_THEN_NAMED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")
#: Finite verbs that show a reported clause has a subject of its own before a possessive: "said members had".
_REPORTED_FINITE = frozenset("had has have was were is are would will could should".split())


def _owner_in_report(text: str, lo: int, hi: int) -> bool:
    """Whether a possessive at ``hi`` sits in a clause a reporting verb after ``lo`` reports, after that clause's own
    finite verb (``said members had organised ... his``; not ``said his team would``)."""
    words_ = WORD.findall(text, lo, hi)
    lx = lexicon()
    k = next((k for k, w in enumerate(words_) if (v := lx.verb(w.lower())) and "q" in v[1] and v[0] != w.lower()),
             None)
    return k is not None and any(w.lower() in _REPORTED_FINITE for w in words_[k + 1:])


#: A name's report right after it, an aside set off before the verb allowed: ", who farms north of the village, said".
_REPORTS_AFTER_NAME = re.compile(r"(?:,[^.,;:\n]{1,80},)?\s+(?:said|says|told|added|explained|recalled)\b")
#: A pronoun as the subject of a trailing cue: '," he said', '” she added'.
_CUE_PRONOUN = re.compile(r"[,”\"’?!]\s+(he|she)\s+(?:said|says|added|adds|told|explained|recalled)\b")


def _cue_pronoun_after(text: str, start: int, end: int) -> str:
    """``m`` or ``f`` for the pronoun of the first trailing cue in the paragraph after the one where the name at
    ``start``-``end`` reports, as the subject of the paragraph's last sentence (a few role words before it, an aside
    after it), when that paragraph opens with a quotation: ``Board chair Darcy Kowalchuk, who farms north of the
    village, said ... / "We'll rebuild," he said``; else ``""``."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    opening = text[max(line, max(text.rfind(". ", line, start), text.rfind("? ", line, start)) + 2):start]
    if len(opening.split()) > 3 or "," in opening or not _REPORTS_AFTER_NAME.match(text, end) \
            or re.search(r"[.?!][\"”’]?\s+[A-Z]", text[end:stop]):
        return ""  # (the name opens the paragraph's last sentence as the one who reports)
    nxt = text[stop:stop + 2]
    if nxt != "\n\n" or text[stop + 2:stop + 3] not in {'"', "“", "‘", "'"}:
        return ""
    para_end = text.find("\n", stop + 2)
    m = _CUE_PRONOUN.search(text, stop + 2, len(text) if para_end < 0 else para_end)
    return ("m" if m.group(1) == "he" else "f") if m else ""


#: Each personal pronoun's gender.
_PRONOUNS_OF_GENDER = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                       **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
#: A name's report right after it, opening with a pronoun: ", a retired Winnipeg firefighter, said he".
_REPORT_PRONOUN = re.compile(_REPORTS_AFTER_NAME.pattern + r"\s+(?:that\s+)?(he|she)\b")


def _report_pronoun_after(text: str, start: int, end: int) -> str:
    """``m`` or ``f`` for the pronoun that opens the report right after the name at ``start``-``end`` (``Darcy
    Kowalchuk, a retired firefighter, said he went``), when nothing else of that gender comes before it in the
    sentence; else ``""``."""
    m = _REPORT_PRONOUN.match(text, end)
    if m is None:
        return ""
    gender = "m" if m.group(1) == "he" else "f"
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    if any(GENDERED_NOUNS.get(w.lower()) == gender or _PRONOUNS_OF_GENDER.get(w.lower()) == gender
           for w in WORD.findall(text, lo, m.start(1))):
        return ""  # ("Sentencing him, Judge Miranda Ashcombe said he had", "Rosalind Teague, whose son is ..., said
        # he coughed": his)
    return gender


def _pronoun_gender_after(text: str, start: int) -> str:
    """``m`` or ``f`` for the first ``he``/``she``/``his``/``himself``/``herself`` (or ``her`` before a relative:
    ``her husband``) after the name starting at ``start`` in its sentence (at most 160 characters on), else ``""``:
    the subject's, for a name that opens a clause."""
    m = _OWN_PRONOUN.search(text, start, start + 160)
    if m is None or not m.group(1):
        return ""
    return _own_pronoun_gender(m.group(1))


def _own_pronoun_gender(pronoun: str) -> str:
    """``f`` for a woman's pronoun of :data:`_OWN_PRONOUN` (``she``, ``herself``, ``her``), else ``m``."""
    return "f" if pronoun.lower() in {"she", "herself", "her"} else "m"


def _gender_before(text: str, start: int) -> str:
    """``m`` or ``f`` when a gendered noun introduces the name starting at ``start`` (``Her husband, Saeed
    Abedini``; ``His mother Aigul``: no comma between relative and name), else ``""``."""
    if text[start - 2:start] == ", ":
        kin = _KIN_NOUN.search(text, max(0, start - 30), start)
        if kin and _KIN_JOINED.search(text, max(0, kin.start(1) - 20), kin.start(1)):
            return ""  # "His great-nephew and great-niece, Murray Boyd and Ellen Boyd": the nouns of two people
        return GENDERED_NOUNS.get(kin.group(1), "") if kin else ""
    kin = _owned_kin_before(text, start)
    return (_KIN[kin.group(1).lower()] or "") if kin else ""


#: A pronoun opening a sentence: "He", "She", "His", "Her" (group 1).
_PRONOUN_OPENING = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)(He|She|His|Her)\s")


def _next_sentence_pronoun(text: str, start: int, end: int, raw: list) -> str:
    """``m`` or ``f`` for the pronoun opening the sentence after the one naming someone at ``start``-``end`` (``...
    is Tam McCulloch, 67, a retired miner. / His kit arrived``), when no other name of ``raw``
    (:func:`find_people`'s runs read) is written in either sentence; else ``""``."""
    opening = _PRONOUN_OPENING.search(text, end, end + 400)
    if opening is None or _SENTENCE_END.search(text, end, opening.start()):
        return ""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    if any(lo < other < opening.start() and other != start for other, _, _, _, _ in raw):
        return ""
    return "m" if opening.group(1) in {"He", "His"} else "f"


def _gender_from_text(text: str, mentions: list[Mention]) -> None:
    """Give people whose given name and titles say no gender the one the text does: a gendered role or kin noun
    before or after the name (``his sister, Catherine Hartley``, ``Owain Hughes, an actress``), else the first
    ``he``/``she``/``his`` after the first mention in a sentence with no one else named in between (``Siân
    Pritchard-Jones says she has been told``), when all such evidence agrees."""
    todo = [(i, mt) for i, mt in enumerate(mentions) if not mt.person.gender]
    if not todo:
        return
    votes: dict[int, set] = {}
    last = len(mentions) - 1
    for i, mt in todo:
        person = mt.person
        found = votes.get(id(person))
        if found is None:
            found = votes[id(person)] = {GENDERED_NOUNS[w] for w in person.roles if w in GENDERED_NOUNS}
        elif len(found) > 1:
            continue  # (the evidence already disagrees)
        if said := _gender_before(text, mt.start):
            found.add(said)
        m = _OWN_PRONOUN.search(text, mt.end, min(mentions[i + 1].start if i < last else len(text), mt.end + 120))
        if m and m.group(1) and i and not _SENTENCE_BREAK_BEFORE.search(text, mentions[i - 1].end, mt.start) \
                and not (_OWNER_THEN_NAMED.fullmatch(text, mentions[i - 1].end, mt.start)
                         and (i == 1 or _SENTENCE_BREAK_BEFORE.search(text, mentions[i - 2].end, mentions[i - 1].start))
                         and mentions[i - 1].person.gender
                         and mentions[i - 1].person.gender != _own_pronoun_gender(m.group(1))):
            m = None  # (only the first person named in a sentence, or the one named after its owner's noun when the
            # pronoun cannot be the owner's: "(Marlys) Kittredge’s host, Dorj Batbayar, 34, lost 140 of his 220
            # animals"; not "Tom Hale's spouse, Robin Ashby, said his illness")
        if m and m.group(1) and _OBJECT_PRONOUN.search(text, mt.end, m.start()):
            m = None  # ("X, who has trained her since she was nine": she is the one X trained)
        if m and m.group(1) and "," in text[mt.end:m.start()] \
                and _SUBORDINATE_OPENS.search(text[max(0, mt.start - 60):mt.start]):
            m = None  # ("When Harish Meena replied that ..., she remarked": the main clause's subject, another)
        if m and m.group(1) and m.group(1).lower() == "his" and _CLAUSE_OPENS.search(text, mt.end, m.start()):
            m = None  # ("Mistry demanded an inquiry into whether others shared his views": another man's)
        if m and m.group(1) and m.group(1).lower() in {"his", "her"} and _owner_in_report(text, mt.end, m.start()):
            m = None  # ("Priya Chaudhary, said members had organised the ride after realising his climb was close":
            # the reported clause's own subject came first, the owner may be anyone)
        if m and m.group(1) and text[max(0, mt.start - 3):mt.start] == "by " and "," in text[mt.end:m.start()]:
            m = None  # ("In a letter translated by Gallagher, he wrote": the sentence's subject, not the agent)
        if m and m.group(1) and _KIN_BEFORE.search(text, max(0, mt.start - 40), mt.start):
            m = None  # ("Gwilliam's partner, Sian Morgan, said he had died doing what he loved": he is Gwilliam)
        if m and m.group(1):  # ("X, a supervisor for Y, said he": not Y)
            found.add(_own_pronoun_gender(m.group(1)))
        elif (i == 0 or _SENTENCE_BREAK_BEFORE.search(text, mentions[i - 1].end, mt.start)) \
                and (end := _SENTENCE_END.search(text, mt.end, mt.end + 400)) \
                and (opens := _PRONOUN_OPENS.match(text, end.end())):
            # "Imad Salameh, said Fakhoury had passed ... He revealed that she": the next sentence's pronoun is
            # the subject's when everyone else the sentence names is known to be of the other gender
            gender = "m" if opens.group(1) == "He" else "f"
            others = list(takewhile(lambda other: other.start < end.start(), mentions[i + 1:]))  # (in text order)
            if others and all(other.person.gender and other.person.gender != gender for other in others):
                found.add(gender)
    for mt in mentions:
        found = votes.get(id(mt.person))
        if not mt.person.gender and found and len(found) == 1:
            mt.person.gender = next(iter(found))


#: A pronoun as a reporting verb's subject: "he said", "(Smaller counties,) he said,", "She added".
_PRONOUN_CUE = re.compile(r"\b([Hh]e|[Ss]he)\s+([a-z]+)\b")


def _census_gender_from_cues(text: str, mentions: list[Mention], excluded) -> None:
    """Give people whose gender is only their given name's census share (``Darcy``, ``Dell``: women's names in the
    census) the other one when the text does so every time it can: a ``he``/``she`` that is a reporting verb's
    subject, outside the quotations ``excluded`` holds, in the sentence right after one whose cue they are the subject
    of (``..., Halvorson said. The latest increase ..., he said``), with no one else named in between and no one of
    the pronoun's gender named before."""
    lx = lexicon()
    votes: dict[int, set] = {}
    for i, mt in enumerate(mentions):
        # (the cue after the name first: a plain test, as this runs for every mention of every article)
        verb = WORD.match(text, mt.end + 1) if text[mt.end:mt.end + 1] == " " else None
        if verb is None or not ((v := lx.verb(verb.group().lower())) and "q" in v[1]) \
                or " " not in mt.person.name or not _census_gender(mt.person) or _named_gender_words(mt.person):
            continue
        end = _SENTENCE_END.search(text, verb.end(), verb.end() + 600)
        if end is None or "\n" in text[end.end():end.end() + 1]:
            continue
        after = _SENTENCE_END.search(text, end.end(), end.end() + 600)
        stop = min(after.start() if after else len(text), mentions[i + 1].start if i + 1 < len(mentions) else len(text))
        pronoun = next((m for m in _PRONOUN_CUE.finditer(text, end.end(), stop)
                        if (v := lx.verb(m.group(2))) and "q" in v[1]), None)
        if pronoun is None or pronoun.start() in excluded:
            continue
        gender = PRONOUN_GENDER[pronoun.group(1).lower()]
        if not any(other.person.gender == gender for other in mentions[:i]):
            votes.setdefault(id(mt.person), set()).add(gender)  # (only when no one named before could be the
            # pronoun)
    for mt in mentions:
        found = votes.pop(id(mt.person), None)
        if found and len(found) == 1 and (gender := next(iter(found))) != mt.person.gender:
            mt.person.gender = gender


#: Relatives older than the one they are named for.
_ELDER_KIN = frozenset("father mother grandfather grandmother uncle aunt".split())
_CHILD_KIN = frozenset("son daughter grandson granddaughter nephew niece".split())
#: A name's relation to someone named before it: "(Segundo Paucar), Luis Paucar’s father".
_OWNERS_KIN_AFTER = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:['’]s|s['’])\s+"
                               rf"{_KIN_ADJECTIVE}({_KIN_WORDS})\b")
#: An age given with a name: "Rokeya Begum, 38,", "Derek Oldfield, now 84," and "the 19-year-old Marie-Ève ...".
_AGE_AFTER = re.compile(r",\s*(?:now\s+|aged\s+)?(\d{1,3})\s*[,.;]")
#: An age in an appositive after a name: "Deibert Agege, the 63-year-old field umpire".
_AGED_AFTER = re.compile(r",\s+(?:now\s+)?(?:the|a|an)\s+(\d{1,3})-year-old\b")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+)*$")
#: A parent described by the number of their children (a British epithet for someone just named): "the
#: father-of-two", "The grandmother-of-five", "the mum-of-one".
_PARENT_GENDER = {"father": "m", "dad": "m", "mother": "f", "mum": "f", "mom": "f"}
_KIN_COUNT = re.compile(r"[Tt]he\s+(?:great-)*(?:grand)?(father|dad|mother|mum|mom)-of-(?:one|two|three|four|five|six"
                        r"|seven|eight|nine|ten|eleven|twelve|\d{1,2})")
#: "the" right before a capitalised run, and the lower-case particles that join the words of a Romance building's or
#: institution's name ("the Palais du Peuple", "the Casa de la Cultura").
_THE_RIGHT_BEFORE = re.compile(r"\b[Tt]he\s$")
_PLACE_PARTICLES = frozenset("du de des la le del della di da do dos das".split())
#: A person described by age alone: "the 38-year-old garment worker", "The 46-year-old".
_AGED = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)*))?")
#: A description set off after such an age: ", a former care assistant", ", a retired electrician at the Trostre
#: tinplate works".
_AGED_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,8},?")
#: The only name an unnamed source gives, after it: ", who asked to be named only as Rob,", ", who asked to be
#: identified only by her first name, Maria,", ", who gave his name only as Ferdinand,".
NAMED_ONLY_AS = re.compile(r",\s+who\s+(?:(?:asked|wanted|wished|agreed)\s+to\s+be\s+(?:named|identified|called|known)"
                           r"|gave\s+(?:his|her|their)\s+(?:first\s+)?name)"
                           r"\s+only\s+(?:as|by\s+(?:his|her|their)\s+(?:first|given)\s+name,?)"
                           r"\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’-]+),")  # (a title too: "as Mr Lim")


#: The gender a courtesy title says.
_TITLE_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def _by_age(people: list[Mention], position: int, surname: str, eldest: bool, gender: str = "") -> Person | None:
    """Of the people sharing ``surname`` named before ``position``, each with an age given, the oldest (or the
    youngest); None unless there are two or more and their ages differ. Without ages: the one introduced as someone's
    parent, uncle or aunt (``His father, Samuel Tavoa``; ``Segundo Paucar, Luis Paucar’s father``; ``the mayor's
    uncle``), or of two the other; of two, the one not introduced as someone's child (``whose son Tyler``), or that
    child (the youngest of more too). ``gender``: of that gender only (a courtesy title's), when known."""
    kin = {id(mt.person): mt.person for mt in people if mt.end <= position and mt.person.surname == surname
           and not (gender and mt.person.gender and mt.person.gender != gender)}
    if len(kin) < 2:
        return None
    if not all(p.ages for p in kin.values()):
        parents = [p for p in kin.values() if p.roles & _ELDER_KIN]
        children = [p for p in kin.values() if p.roles & _CHILD_KIN and not p.roles & _SPOUSES]  # (not "her
        # husband, Rick Huckaby, and their daughter, ...": the roles after a name run on to the next)
        if not parents and len(children) == 1 and (len(kin) == 2 or not eldest):
            # "Rick Bergeron, ... whose son Tyler": the one named as a child is the younger of two (of more, the
            # younger only: "her husband, Rick Huckaby, and their daughter, Megan Huckaby")
            return next(p for p in kin.values() if p is not children[0]) if eldest else children[0]
        if len(parents) != 1 or not eldest and len(kin) != 2:
            return None
        return parents[0] if eldest else next(p for p in kin.values() if p is not parents[0])
    ordered = sorted(kin.values(), key=lambda p: max(p.ages), reverse=eldest)
    return ordered[0] if max(ordered[0].ages) != max(ordered[1].ages) else None


#: A saint's title opening a place's or a team's name: "St George's", "Saint-Jérôme" (no one's given name).
_SAINT = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sint"})


def _aged(people: list[Mention], position: int, age: int, noun: str) -> Person | None:
    """Who ``the 38-year-old garment worker`` written at ``position`` is: the most recent person named before it
    whose given age is that age, else the most recent person with no age given, of the noun's gender if it has one
    (``the 46-year-old`` after Melania Trump is named); None when the noun is plural."""
    if noun.endswith("s") and not noun.endswith("ss"):
        return None  # "the 20-year-old students": a group
    gender = GENDERED_NOUNS.get(noun.split()[-1] if noun else "", "")
    before = [mt for mt in people if mt.end <= position and not (gender and mt.person.gender
                                                                  and mt.person.gender != gender)]
    aged = next((mt.person for mt in reversed(before) if age in mt.person.ages), None)
    return aged or next((mt.person for mt in reversed(before) if not mt.person.ages and " " in mt.person.name
                         and mt.person.name.split()[0] not in _SAINT), None)  # (not "the St George's wicketkeeper")


#: A work named before its title: "His novel, The Furnace Men,", "a documentary called Sweet Hour".
_WORK_BEFORE = re.compile(r"\b(?:novels?|books?|memoirs?|films?|movies?|albums?|songs?|documentar(?:y|ies)"
                          r"|poems?|plays?|collections?|paintings?|operas?|musicals?|podcasts?)"
                          r"(?:\s*,|\s+(?:called|titled|entitled))\s*$")


#: A cue and the pronoun that opens what the surname before it said, of that person's gender: "(Pruden) said he".
SAID_OWN_PRONOUN = re.compile(r"\s+(?:said|says|added|told\s+[A-Z]?[\w.]+)\s+(?:that\s+)?(he|she)\b")
#: The same after a relative clause set off after the name: "(Al Marri), who is not related to the official, said he".
_WHO_THEN_SAID_OWN_PRONOUN = re.compile(r",\s+who\s+[^,.;:\"“”]{1,80}," + SAID_OWN_PRONOUN.pattern)
#: A relative set off before a given name alone: "His wife, Maureen,", "Quispe's niece, Rosa,".
#: A relative of someone named by surname, before the relative's given name: "Tulk's younger brother ".
OWNER_KIN = re.compile(rf"\b([A-Z][\w-]+)['’]s\s+{_KIN_ADJECTIVE}({_KIN_WORDS}),?\s+$")
#: A family's plural possessive and a relative: "the Watkinses' son, (Rhodri)", "the Smiths’ daughter (Amy)".
_FAMILY_KIN = re.compile(rf"\b[Tt]he\s+([A-Z][\w-]+s)['’]\s+{_KIN_ADJECTIVE}(?:{_KIN_WORDS}),?\s+$")


def _plural_family_before(text: str, start: int, surnames: set) -> str | None:
    """The family name of a family's plural possessive and a relative right before ``start`` (``the Watkinses' son,
    Rhodri``: Watkins), when someone named in full bears it; else None."""
    before = text[max(0, start - 40):start]
    kin = _FAMILY_KIN.search(before) if "s'" in before or "s’" in before else None
    return next((f for f in (kin.group(1)[:-2], kin.group(1)[:-1]) if f in surnames), None) if kin else None


#: An inverted cue right before a relative's description: "said (her mother, Kerri Ferris)".
_CUE_BEFORE_KIN = re.compile(r"\b(?:said|says|added|recalled|explained)\s+\Z")
#: A preposition ending the text before a noun phrase: "of (his brother)".
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|for|with|by|from|about|on|against)\s+\Z")
_KIN_BEFORE = re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|['’]s|,\s+whose)\s+{_KIN_ADJECTIVE}(?:{_KIN_WORDS}),?\s*$")
#: A holiday's first word right before "Day" or "Eve": "(the) Christmas (Day Ba')", "New Year's (Day)".
_HOLIDAY_BEFORE = re.compile(r"\b(?:Christmas|Boxing|New\s+Year['’]s|Easter|Remembrance|Canada|Labour|Labor|Memorial"
                             r"|Independence|Anzac|Victoria|Family|Mother['’]s|Father['’]s|Valentine['’]s)\s+$")
#: A man's children, who bear his family name: "His son Tyler".
#: A father's words right before his child is named: "Chikowore said", "Obert Chikowore, 58, said", "he said".
_FATHER_SPOKE = r"\b{0}\b(?:,[^.,]{{1,30}},)?\s+(?:said|says)\b|\bsaid\s+{0}\b|\bhe\s+(?:said|says)\b"
_CHILDREN = frozenset({"son", "daughter", "sons", "daughters", "grandson", "granddaughter"})
#: A sentence's opening relative, set off or not, and the name's lower-case role words: "Tareen's cousin, fast bowler
#: (Usman Tareen)", "His sister (Ana)", "Her husband, (Per Lindqvist)", "Darnell Hayes' mother, (Gloria Hayes)".
KIN_OPENING = re.compile(r"(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:['’]s|s['’])|[Hh]is|[Hh]er|[Tt]heir)\s+"
                         rf"{_KIN_ADJECTIVE}(?:{_KIN_WORDS}),?\s+(?:[a-z][\w-]*\s+){{0,4}}")
#: A role noun and the "of"/"at" of where it is held, before a body's name: "chief executive of ", "analyst at ".
_HELD_AT = re.compile(r"\b([a-z]+)\s+(?:of|at)\s+$")
#: A courtesy title right before a name: "Ms. (Ava Lake)", "Dr (...)".
_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+$")
#: An office with "the" before a place: "the Wali of (Dakhlet Nouadhibou)", "The Governor of".
_THE_TITLE_OF = re.compile(r"\b[Tt]he [A-Z][a-z]+ of $")
#: A name set off after a place: ", Mr. Isselmou", ", Dr Amina", ", Fatou Diagne".
_NAME_SET_OFF = re.compile(r", (?:(?:Mr|Mrs|Ms|Dr|Mme|Prof)\.?\s|[A-Z][\w'’-]+ [A-Z])")
_HELD_ROLES = frozenset("head member analyst fellow researcher partner founder".split())


@lru_cache(maxsize=1)
def _held_roles() -> frozenset:
    """Role nouns whose ``of``/``at`` names where the role is held: the shipped roles and :data:`_HELD_ROLES` (one
    set for every article, not a union per text)."""
    return lexicon().lists["role"] | _HELD_ROLES

#: A relative as a whole source phrase: "His brother", "her uncle", "Her late mother".
OWNED_KIN = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_KIN_ADJECTIVE}({_KIN_WORDS})")
#: A relative as a whole source phrase with "the": "the son", "The widow".
_THE_KIN = re.compile(rf"[Tt]he\s+{_KIN_ADJECTIVE}({_KIN_WORDS})")
#: A relative the text does not name, as a whole source phrase: "His mother", "the boy's mother", "The father".
UNNAMED_KIN = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?:\s+[a-z]+){{1,2}}['’]s|[Tt]he)\s+{_KIN_ADJECTIVE}"
                         rf"({_KIN_WORDS})")
#: A relative and a name right after, no comma: "His mother Aigul", "her brother Andrés" (the name: group 2).
_KIN_THEN_NAME = re.compile(OWNED_KIN.pattern + r"\s+([A-Z][\w'’-]+)")
#: Two to four capitalised words on one line: a name set off after a relative, whatever its words ("Even Aasland").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}")
#: A child named by its parent's name: "Marisol Ibarra's daughter".
_PARENT_OF = re.compile(r"['’]s\s+(?:\d+-\w+-old\s+|baby\s+|infant\s+|young\s+)?"
                        r"(?:daughter|son|child|children|baby)\b")
_PARENTS = {"mother": "f", "father": "m"}


#: A name set off right after a relative's noun: ", (Margaret),".
_GIVEN_SET_OFF = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),")


def kin_named_before(text: str, people: list[Mention], mention: str, position: int,
                     set_off_only: bool = False) -> str | None:
    """The name of the person a relative named only as such (``His brother``, ``her mother``) at ``position`` is: the
    one the text set off after the same relative before (``his brother and assistant, Lee Haldane``, ``her uncle, Joe
    Kilabuk``), the last such; for a mother or father, the parent of that gender named as a child's in the same sentence
    (``Marisol Ibarra's daughter ... her mother said``); else the one other person named in full with the surname of
    the person ``his``/``her`` is (the last of that gender named before), of the relative's gender; else None.
    With ``set_off_only``, only the first: someone the text named as that relative."""
    kin = OWNED_KIN.fullmatch(mention.strip()) or _THE_KIN.fullmatch(mention.strip())
    if not kin:
        return None
    after = position + len(mention.strip()) if text.startswith(mention.strip(), position) else position
    if (named := _GIVEN_SET_OFF.match(text, after)) is not None:
        # "His late wife, Margaret, used to tell him": the relative named right after
        return next((mt.person.name for mt in people if mt.start == named.start(1)), named.group(1))
    word = kin.group(1).lower()
    found = None
    # "brother, ", "brother and assistant, ", "his brother Alastair Osman": the relative before a name
    set_off = rf"\b{_KIN_ADJECTIVE}{word}(?:\s+and\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?,?\s+(?=[A-Z])"
    for m in re.finditer(set_off, text[:position], re.I):
        person = next((mt.person.name for mt in people if mt.start == m.end()), None)
        run = _NAME_RUN.match(text, m.end())
        # (a name may open with a word no list knows as a name: "her older brother, Even Aasland")
        found = person or (run.group() if run else found)
    if found is not None or mention.strip()[:1] in "Tt" or set_off_only:
        return found  # ("the son": only one the text named so, "His son Khaled Sabbagh")
    if word in _PARENTS:
        lo = max((m.end() for m in _SENTENCE_BREAK_BEFORE.finditer(text, 0, position)), default=0)
        for child in _PARENT_OF.finditer(text, lo, position):
            parent = next((mt.person for mt in people if mt.end in {child.start(), child.start() + 2}), None)
            if parent is not None and parent.gender in {_PARENTS[word], ""}:
                return parent.name
    owner_gender = {"his": "m", "her": "f"}.get(mention.strip().split()[0].lower(), "")
    owner = _recent_person(people, position - len(mention.strip()), gender=owner_gender) if owner_gender else None
    if owner_gender and (last := _recent_person(people, position - len(mention.strip()))) is not None \
            and not last.gender and " " in last.name \
            and (owner is None or _last_named(people, last, position) > _last_named(people, owner, position)):
        # "Dana Vaillancourt said ... Her husband said": the one who spoke last, of no known gender, whose family
        # holds the relative ("Dana and Peter Vaillancourt"), before a woman named earlier
        family = {mt.person.name for mt in people if mt.person is not last and " " in mt.person.name
                  and mt.person.surname == last.surname and mt.person.gender in {_KIN[word], ""}
                  and not (mt.person.roles & _KIN.keys()) - {word}}
        if len(family) == 1 and _named_together(text, last.name, (relative := family.pop())):
            return relative  # (named as a pair: not "Chris Dunlop, who runs a garage with Kyle Dunlop")
    if owner is not None and " " in owner.name:
        # "When Laila Bennani installed her first panels, her father told her ...", "Abdelkrim Bennani, a retired
        # engineer": the one other person of the family named in full, before or after, of the relative's gender
        family = {mt.person.name for mt in people if mt.person is not owner and " " in mt.person.name
                  and mt.person.surname == owner.surname and mt.person.gender in {_KIN[word], ""}
                  and not (mt.person.roles & _KIN.keys()) - {word}}
        # (not one the text named as another relative: "Her cousin Dale Haskell" is no one's father)
        if len(family) == 1:
            return family.pop()
    return None


#: The nouns of a spouse.
_SPOUSES = frozenset("husband wife widow widower partner".split())
#: A spouse owned by a pronoun and not named right after: "His wife voted against it."
_OWNED_SPOUSE = re.compile(r"\b(?:[Hh]is\s+(wife)|[Hh]er\s+(husband))\b(?!,?\s+[A-Z]|['’])")


def _relatives_as_mentions(text: str, mentions: list[Mention], excluded) -> None:
    """Add a mention for each spouse named only as such whose person :func:`kin_named_before` finds, of the spouse's
    gender (``Ray Costa said he voted for it. His wife voted against it.``: Linda Costa), so that a pronoun after it
    may stand for them (``"We've been married 51 years," she said``). Only a spouse: "his father" of a man whose son
    the text names is someone else."""
    by_name = {mt.person.name: mt.person for mt in mentions}
    for m in _OWNED_SPOUSE.finditer(text):
        if m.start() in excluded:
            continue
        person = by_name.get(kin_named_before(text, mentions, m.group(), m.end()))
        if person is not None and person.gender == ("f" if m.group(1) else "m") \
                and not person.roles & (KIN_NOUNS - _SPOUSES):  # ("Her son, David Ellery" is not her husband)
            insort(mentions, Mention(m.start(), m.end(), person), key=_START)


#: What follows a body's name in title case and never a person's: its own words going on ("for Change"), an
#: appositive, a reporting verb.
_BODY_NAME_GOES_ON = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]|,\s+(?:an?|the|which|whose)\s|\s+([a-z]+)\b")
#: "The" and one lower-case word before a name: "The governing (Progressive Bloc for Development)".
_THE_ADJECTIVE_BEFORE = re.compile(r"\b[Tt]he [a-z]+ $")


def _body_name_after_and(text: str, run: list) -> bool:
    """Whether ``run`` ends a body's name joined by "and": ordinary words, none a given name, after a capitalised word
    and "and" ("U.S. Customs and Border Protection", "Department of Health and Social Care")."""
    if len(run) < 2 or text[run[0][0] - 5:run[0][0]] != " and " or not text[:run[0][0] - 5][-1:].isalpha() \
            or not text[text.rfind(" ", 0, run[0][0] - 5) + 1:][:1].isupper():
        return False
    common, given = common_words(), first_names()
    return all(w.lower() in common and w.lower() not in given for _, _, w in run)


#: The second half of a body's name after "and": " and Area Chamber of Commerce", " and District Council".
_AND_BODY_REST = re.compile(r" and ((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w'’-]*)")


def _body_name_before_and(text: str, run: list) -> bool:
    """Whether ``run``, after "the" and no given name, opens a body's name that goes on after "and" with ordinary
    words and a body's head noun: "The (Nakusp) and Area Chamber of Commerce", "the (Ribble Valley) and District
    Angling Association"."""
    names = run[1:] if run[0][2] == "The" else run if text[max(0, run[0][0] - 4):run[0][0]] in {"the ", "The "} \
        else ()
    if not names or names[0][2].lower() in first_names():
        return False
    rest = _AND_BODY_REST.match(text, run[-1][1])
    if rest is None:
        return False
    words_ = [w for w in rest.group(1).split() if w[:1].isupper()]
    common, heads = common_words(), lexicon().lists["org_head"]
    return all(w.lower() in common and w.lower() not in first_names() for w in words_) \
        and any(w.lower() in heads for w in words_)


def _named_body_after_the(text: str, run: list) -> bool:
    """Whether ``run`` (after "the") is a body's name of ordinary words: "the Patriotic Rally for Change said".

    No given name, title or uncommon word (a surname) is among its words before any "of" (the place it serves may
    follow: "the Southern District of Florida said"), and it is not a modifier ("the Bush administration"): its name
    goes on after "for", an appositive or a reporting verb follows. An adjective may stand between "the" and a name
    that goes on or is set off ("The governing Progressive Bloc for Development", not "the embattled Trump said")."""
    lead = text[max(0, run[0][0] - 24):run[0][0]]
    if run[0][2] != "The" and "he " not in lead:
        return False  # (no "the" near: most runs, tested on every capitalised run)
    names = run[1:] if run[0][2] == "The" else run if lead.endswith("the ") else ()
    described = not names and _THE_ADJECTIVE_BEFORE.search(lead) is not None
    names = names or (run if described else ())
    common, given, titles = common_words(), first_names(), lexicon().lists["title"]
    if len(names) > 4 and any(w == "of" for _, _, w in names[:-2]) \
            and not any(w.lower() in common for _, _, w in names[-2:]) and not _is_place([w for _, _, w in names[-2:]]):
        return False  # "the House of Representatives Nurul Hidayah": a title's body, then a person's name
    names = names[:next((k for k, (_, _, w) in enumerate(names) if w == "of" and k), len(names))]
    if not names:
        return False
    if not all(w.lower() in common and w.lower() not in given and w.lower().rstrip(".") not in titles
               for _, _, w in names):
        return False
    after = _BODY_NAME_GOES_ON.match(text, run[-1][1])
    return after is not None and (not after.group(1) and not (described and after.group().startswith(","))
                                  or not described and lexicon().verb(after.group(1) or "") is not None)


#: The second half of a body's name joined by "and", then its acronym in brackets: " and Marketing Board (TIMB)".
_AND_BODY_SHORT = re.compile(r" and ((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*) \(((?:[A-Z]\.?){2,6})\)")
#: An acronym in brackets right after a capitalised run: " (ECK)".
_BRACKETED_SHORT = re.compile(r" \(((?:[A-Z]\.?){2,6})\)")
#: An article (and "former") before a capitalised run, then a lower-case noun of a person after it.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Aa]n?\s+former|[Ff]ormer)\s+\Z")
_PERSON_AFTER = re.compile(r"\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\b")
_ARTICLE_ENDS = ("a ", "an ", "A ", "An ", "former ", "Former ")


def _affiliation_before_noun(text: str, run: list) -> bool:
    """``a former Air Force physician``, ``an Uber driver``: capitalised words between an article and a lower-case
    noun of a person are whom that person works for or belongs to, not a name (the first word no given name)."""
    if len(run) > 1 and run[0][2] in {"A", "An"}:
        run = run[1:]  # ("An Elizabethtown-Kitley Township dairy farmer says": the article opening the sentence)
    if not text.endswith(_ARTICLE_ENDS, 0, run[0][0]) or run[0][2].lower() in first_names() \
            or not _ARTICLE_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]):
        return False  # (a cheap test first: the run is read for every capitalised word of the text)
    after = _PERSON_AFTER.match(text, run[-1][1])
    if after is None:
        return False
    lx = lexicon()
    for noun in after.group(1).split():  # (the noun, maybe after one or two modifiers: "dairy farmer")
        if lx.has("anonymous", noun) or lx.has("role", noun) or PERSON_NOUN.search(noun):
            return True
        if noun in STOP_WORDS or lx.verb(noun):
            return False  # ("former Senator George J. Mitchell as special envoy", "... Bill Clinton told employees")
    return False


def _title_before_of(text: str, run: list) -> bool:
    """``The Head of the AFA ...``, ``the Bishop of Durham``: one capitalised word after "the" and before "of" is a
    title (no given name)."""
    core = run[:-1] if run[-1][2] == "of" else run  # (the run may hold the "of" of a name: "Bank of ...")
    if len(core) == 2 and core[0][2] == "The":
        core = core[1:]  # (opening its sentence: "The Head of ...")
    elif not (len(core) == 1 and text[core[0][0] - 4:core[0][0]].lower() == "the "):
        return False
    return text.startswith(" of ", core[0][1]) and core[0][2].lower() not in first_names()


#: A title's opening mark after the word that introduces it: 'titled "', 'headlined “'.
_TITLE_MARK_BEFORE = re.compile(r"\b(?:titled|entitled|headlined)\s+[\"“‘']$")
#: A model number after a make's name: "(John Deere) 4440"; and what opens a thing's name before it: "a 1978 ".
_MODEL_NUMBER = re.compile(r" [A-Z]?\d{3,}\b")
_THING_BEFORE = re.compile(r"\b(?:\d{4}|an?|the|his|her|their|its|old)\s+$", re.I)


def _work_title(text: str, run: list) -> bool:
    """Whether a capitalised run is the title of a work named before it: after ``called``/``titled`` or, opening
    with an article, set off by a comma (``His novel, The Furnace Men, follows``; but ``In his book, Clinton
    argues``)."""
    m = _WORK_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0])
    return bool(m) and (not m.group().rstrip().endswith(",") or run[0][2] in {"The", "A", "An"})


#: Where a noun phrase's head ends: "spokesman | for the Department".
_OF_SPLIT = re.compile(r"\s(?:for|of|at|with|from|to|in|on|behind)\s")
#: A body's name listing its parts: "for Environment, Food and Rural Affairs".
_LISTED_NAME = re.compile(r"(?:\b(?:for|of) (?:the )?|^[Tt]he )[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
                          r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)+,?"
                          r" and [A-Z]")


#: A body's name set off after a description, with "the" and where it is based: "the Vigo-based Pesquerías Atlántico
#: Sur", "the Syndicat des travailleurs du poisson".
_THE_NAMED_BODY = re.compile(r"the\s+(?:[A-Z][\w'’-]*-based\s+)?([A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,6})")
#: A description opening a source: "The vessel's operator", "The union that backed the case".
_DESCRIPTION = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[a-z]")


def _partition_comma(text: str) -> tuple[str, str, str]:
    """``text.partition(", ")`` at the first comma outside a listed name (``A spokesman for the Department for
    Environment, Food and Rural Affairs, who ...``)."""
    if ", " not in text:
        return text, "", ""
    at = 0
    for m in _LISTED_NAME.finditer(text):
        if text.find(", ", at) < m.start():
            break
        at = m.end()
    i = text.find(", ", at)
    return (text, "", "") if i < 0 else (text[:i], ", ", text[i + 2:])


def _first_surname(word: str) -> bool:
    """Whether a middle word of a full name may be a first surname of two (``Acosta`` in ``Melba Acosta Febo``)."""
    return len(word) > 2 and word[:1].isupper() and not word.endswith(".")


#: A relative's noun and "of", then at most a lower-case noun with capitalised words before it, right before a name:
#: "mother of Benghazi victim (Sean Smith)", "the son of (John Smith)"; not "the arrest of (Dylan Pesanti)".
_KIN_OF_BEFORE_NAME = re.compile(rf"\b(?:{_KIN_WORDS})\s+of\s+(?:(?:[A-Z][\w-]*\s+){{0,2}}[a-z][\w-]*\s+)?$")


def _holder_named_last(named: list, start: int) -> Person | None:
    """Of ``named`` (``(start, person)`` pairs in text order), the person named last before ``start``, else None."""
    return next((person for at, person in reversed(named) if at < start), None)


def _holder_so_far(named: list, start: int) -> Person | None:
    """Of the people sharing a surname, the one named in full most often before ``start``, the latest named on a
    tie; None when none is named before it."""
    counts: dict[int, list] = {}
    for at, person in named:
        if at >= start:
            break
        entry = counts.setdefault(id(person), [0, 0, person])
        entry[0] += 1
        entry[1] = at
    return max(counts.values(), key=lambda e: (e[0], e[1]))[2] if counts else None


class _SpanSet:
    """``pos in spans``: ``any(lo <= pos < hi for lo, hi in spans)`` by bisect (a scan per mention was quadratic)."""

    def __init__(self, spans):
        # spans by start, with the furthest end so far: pos lies in one if one starting by pos reaches past it
        spans = sorted(spans)
        self._starts = [lo for lo, _ in spans]
        self._reach = list(accumulate((hi for _, hi in spans), max))

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


def _preceding_roles(text: str, start: int) -> set:
    """Lower-case words of a role written right before a name in lower case (``Lib Dem spokesman Vince Cable``,
    ``shadow home secretary David Davis``): up to four words back to a line break or punctuation, when the word
    next to the name is a role noun. (String methods, not a regular expression: it runs for every mention.)"""
    chunk = text[max(0, start - 80):start]
    if not chunk.endswith((" ", "\t")):
        return set()
    lists = lexicon().lists
    last = chunk.rsplit(None, 1)[-1:]
    if last and not last[0][:1].isupper() and last[0].lower() not in lists["role"] \
            and last[0] not in lists["anonymous"]:
        return set()  # (most names: the word before is no title, so the test below reads it alone, and no role)
    words_ = chunk.rsplit("\n", 1)[-1].split()
    titles = lists["title"]
    while words_ and words_[-1][:1].isupper() and all(p.lower() + "." in titles or p.lower() in titles
                                                      for p in words_[-1].rstrip(".").split(".-")):
        words_.pop()  # a rank between the role and the name: "National Defence spokesperson Lt.-Cmdr. Julien Paquette"
    if not words_ or not (words_[-1].islower() and (words_[-1] in lists["role"] or words_[-1] in lists["anonymous"]
                                                    and not words_[-1].endswith("s"))
                          or words_[-1].isupper() and len(words_[-1]) > 1 and words_[-1].lower() in lists["role"]):
        return set()  # (a noun an unnamed source goes by too, "nurse Mirna Vera"; a role in capitals, "Tory MP")
    out = []
    for word in reversed(words_[-4:]):
        if not all(c.isalnum() or c in "'’-" for c in word):
            break
        out.append(word.lower())
    return {w for w in out if w not in STOP_WORDS}


#: A title in title case after "The", an owner ("Barbados’") or opening a sentence, maybe where it is held (its fields
#: maybe listed with commas), set off by a comma before a name (and a courtesy title): "The Deputy Prosecutor General
#: at the Special Criminal Court of Libreville, (Mr Hervé Ndong Essono)", "The Minister of Gender, Youth, Sports and
#: Culture, Honourable (Mpho ...)", its initials maybe bracketed after it: "Principal Secretary (PS) in the Ministry of
#: Finance, (Nonhlanhla Magagula)".
_TITLE_SET_OFF = re.compile(r"(?:\b[Tt]he\s+|(?<=\n)|(?<=[.!?]\s)|\b(?P<owner>[A-Z][a-z]+)(?:['’]s|(?<=s)['’])\s)"
                            r"((?:[A-Z][a-z-]+\s+){0,3}[A-Z][a-z-]+)(?:\s+\((?P<letters>[A-Z]{2,6})\))?"
                            r"(?:\s+(?:at|of|for|in)\s+(?P<body>[^,.;:\n]{1,80})"
                            r"(?:,\s+[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,4})*)?"
                            r",\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Honourable|Honorable|MLA|MHA|Cllr)\.?\s+)?$")


#: A preposition or a participle right before a set-off title's "the": whom the sentence's opening phrase is about
#: ("Responding to the", "Representing the").
_PREPOSITION_BEFORE_THE = re.compile(r"\b(?:to|from|with|by|for|of|against|about|on|[A-Za-z]+ing)\s+$")


def _title_set_off_before(text: str, start: int) -> set:
    """The role words of a title in title case set off before the name at ``start`` (``The Deputy Prosecutor
    General, Mr Hervé Ndong Essono``: deputy, prosecutor, general), when one of them is a role noun; else an empty
    set. (A cheap test first: it runs for every mention.)"""
    lead = text[max(0, start - 14):start]
    if ", " not in lead or not lead.rstrip().rstrip(".").endswith((",", "Mr", "Mrs", "Ms", "Dr", "Prof", "Hon",
                                                                   "Honourable", "Honorable", "MLA", "MHA", "Cllr")):
        return set()  # (", Honourable "; the pattern ends with the comma or a courtesy title)
    m = _TITLE_SET_OFF.search(text, max(0, start - 160), start)
    if m is None:
        return set()
    words_ = {w.lower() for w in m.group(2).split()}
    roles = lexicon().lists["role"]
    of = {w.lower() for w in (m["body"] or "").split()}  # ("Member of Parliament for Nanumaga")
    if "member" in words_ and (words_ | of) & _LEGISLATURES:
        words_.add("lawmaker")  # a member of a legislature holds an office: "The National Assembly Member for Jimara"
        if "parliament" in words_ | of:
            words_.add("mp")  # ("The Member of Parliament for Nanumaga, Hon. Fuimaono Talakatoa": "the MP")
    elif not words_ & roles:
        return set()
    if m["letters"]:
        if _PREPOSITION_BEFORE_THE.search(text, max(0, m.start() - 16), m.start()):
            return set()  # ("Responding to the Attorney General (AG), Jane Doe said": another's office)
        if m["letters"] != "".join(w[0] for w in m.group(2).split()):
            return set()  # the body's letters, not the office's: "The Chief Executive Officer (NHIF), Dr. Peter Kamau"
        words_.add(f"({m['letters'].lower()})")  # the office's own initials, bracketed as the text gives them (not
        # a body's letters before a role: "IMF chief economist"): "the CECM" is its holder
    if m["body"] and (head := m["body"].split()[-1].lower()) in lexicon().lists["org_head"]:
        words_.add(head)  # the kind of body the office is of: "Chairman of the Tonga Squash Exporters Council" is
        # "the council chairman"
    if m["owner"] and m["owner"].lower() in lexicon().lists["country"]:
        words_.add(m["owner"].lower())  # the office's owner qualifies it: "Barbados’ Minister of Tourism" is the
        # Barbados minister (a country's only: not "Trump's Chief of Staff", "the County Attorney's Office")
    return words_


def _role_of_body_before(text: str, start: int) -> set:
    """The role noun of a sentence opening ``Head coach of Azerbaijan's men's judo team (Farid Mammadli)``: a role,
    ``of`` and its body in lower case, then the name, else an empty set."""
    if " of " not in text[max(0, start - 90):start]:
        return set()  # (a cheap test first: it runs for every mention)
    m = _ROLE_OF_BODY_BEFORE.search(text, max(0, start - 90), start)
    return {m.group(1).lower()} if m and lexicon().has("role", m.group(1).lower()) else set()


#: "(Head) coach of Azerbaijan's men's judo team " opening a sentence before a name.
_ROLE_OF_BODY_BEFORE = re.compile(r"(?:^|\n|[.!?]\s+)(?:[A-Z][a-z]+\s+)?([A-Za-z]+)\s+of\s+[^,.;:\n“”\"]{2,70}\s$")


def _title_chain_roles(text: str, start: int) -> set:
    """Lower-case words of a title in title case joined by ``of``/``and``/``for`` right before a name whose run
    of capitals they break (``Minister of Transport and Sustainable Mobility Geneviève Lalonde-Ouellet``: minister,
    transport), when one of them is a title or role noun."""
    chain = []
    common, lists = common_words(), lexicon().lists
    words_ = text[max(0, start - 100):start].rsplit("\n", 1)[-1].split()
    for i in range(len(words_) - 1, -1, -1):
        word = words_[i]
        if not (word[:1].isupper() or word in {"of", "for", "and"} or word == "the" and i > 0
                and words_[i - 1] in {"of", "for"}) \
                or not all(c.isalnum() or c in "'’-" for c in word):
            break  # ("Chairperson of the Manali Planning and Development Authority": "the" after "of" goes on)
        low = word.lower()
        if chain and chain[-1] == "and" and (low not in common or low in lists["title"] or low in lists["role"]) \
                and not (i > 0 and words_[i - 1] in {"of", "for"}):
            break  # "Cormac Murphy-O'Connor and Archbishop ...", "the Cardinal and Archbishop of Canterbury Dr
            # Rowan Williams": another person before "and" (but "Minister of Trade and Integration": one title)
        if not chain and low in {"of", "for", "and"}:
            break  # ("the Minister of Finance and Sarah Kim": another person's title before "and")
        chain.append(low)
        if low.endswith(("'s", "’s")):
            break  # an owner opens the title: "Kazakhstan's Minister of Trade and Integration"
    chain += [part for w in chain if "-cum-" in w for part in w.split("-cum-")]  # "Commissioner-cum-Chairperson"
    if not any(w in lists["title"] or w in lists["role"] for w in chain):
        return set()
    return {w for w in chain if w not in STOP_WORDS}


#: A relative clause after a name whose verb says what the person does: ", who has coached the athlete since".
_DOES_AS_ROLE = re.compile(r",\s+who\s+(?:has\s+|had\s+|also\s+)?(?:long\s+)?"
                           r"(coach|coached|coaches|train|trained|trains|manage|managed|manages|chair|chaired|chairs)"
                           r"\s+(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\s")
_ROLE_OF_DOING = {"coach": "coach", "train": "trainer", "manag": "manager", "chair": "chair"}
# (a verb with its object: not "who managed to climb out", "who trained as a nurse"; not "owns shares", "found the
# body", "represents the ward": a role others hold)


def _appositive_roles(text: str, end: int, named_at: set) -> set:
    """Lower-case words of an appositive ``, the deputy secretary of State,`` right after a name; or the role a
    relative clause's verb gives (``, who has coached the athlete since``: coach). ``named_at``: where full names
    start (an appositive opening with one is someone else)."""
    if text[end:end + 1] != ",":
        return set()  # (a cheap test first: it runs for every mention, and every pattern below opens with the comma)
    if text.startswith(", who ", end) and (does := _DOES_AS_ROLE.match(text, end)) is not None:
        verb = does.group(1)
        return {next(role for stem, role in _ROLE_OF_DOING.items() if verb.startswith(stem))}
    m = _APPOSITIVE.match(text[end:end + 100])
    if not m and (long := _LONG_APPOSITIVE.match(text, end)) \
            and any(long.group(1).split()[-1] in lexicon().lists[kind] for kind in ("role", "anonymous")):
        return set(long.group(1).split())  # ("Sergio Maaz Coc, a researcher at the Northern University Centre
        # (CUNOR) of the University of San Carlos of Guatemala in Cobán, explained": too long to read to its comma)
    if not m or m.group(2).split()[0].lower() in _NOT_APPOSITIVE \
            or m.group(1) and m.group(1).lower().startswith("the") and _cue_in_appositive(m.group(2)):
        return set()  # (a relative clause, "who spoke alongside head coach Tore Myhre", or a cue: no role of hers;
        # nor the subject of a sentence after an opening phrase: "Led in evidence by State Counsel Kebba Secka, the
        # witness said his ...": the witness is not Secka)
    first = m.group(2).split()[0]
    roles = lexicon().lists["role"]
    if not m.group(1) and end + m.start(2) in named_at:
        return set()  # ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": someone
        # else's full name and description, no role of Cruz's)
    if not m.group(1) and (first.endswith("ed") or first in _PAST_VERBS
                           or first.endswith("s") and not first.endswith("ss") and first.islower()
                           and first not in roles and first[:-1] not in roles):
        return set()  # ("Her father, Albert Tsang, spent 71 days ... at Scarborough General Hospital", "Her husband,
        # Angus, drives one of the company's lorries": a verb)
    words_ = {w.lower() for w in _ROLE_WORD.findall(m.group(2))}
    if (owned := _ROLE_OWNER.search(m.group(2))) and owned.group(1).lower() in roles:
        # "Hattie Warren, the mayor's aunt,": a role that owns the one named is someone else's (but "the union's
        # leader" leads the union)
        words_ = {w.lower() for w in _ROLE_WORD.findall(m.group(2)[owned.end():])}
    return words_ | {"prosecutor"} if words_ == {"prosecuting"} else words_  # ("Philippa Dunne, prosecuting,")


def _named_by_copula(text: str, start: int) -> set:
    """The role a sentence gives the name at ``start`` with a copula: ``Her coach is her uncle, (Tiaon Kaiea)``,
    ``The club's chairman is (Tony Vickery)``: ``{"coach"}``, ``{"chairman"}``; else an empty set."""
    before = text[max(0, start - 50):start]
    if " is " not in before and " was " not in before:
        return set()  # (a cheap test first: it runs for every mention)
    m = _COPULA_ROLE.search(text, max(0, start - 80), start)
    return {m.group(1).lower()} if m and lexicon().has("role", m.group(1).lower()) else set()


#: A copula after a name, then the office held: "(Ian Johnstone), is the current captain of", " was the chair of".
_COPULA_ROLE_AFTER = re.compile(r",?\s+(?:is|was)\s+the\s+(?:(?:current|new|longtime|long-serving|acting|interim|club)"
                                r"\s+)?([a-z]+)\s+(?:of|at|for)\s")
#: Verbs that give the office of the person named after "by": "(a panel) chaired by", "(a crew) captained by".
_OFFICE_OF_VERB = {"chaired": "chairman", "captained": "captain", "coached": "coach", "managed": "manager",
                   "headed": "head", "directed": "director"}
_HELD_BY = re.compile(r"\b(chaired|captained|coached|managed|headed|directed)\s+by\s+$")
#: A role, a copula and maybe a relative set off, right before a name: "Her coach is her uncle, (Tiaon Kaiea)".
_COPULA_ROLE = re.compile(r"(?:^|[.\n]\s*)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w'’-]*['’]s)\s+(?:[a-z-]+\s+)?"
                          r"([a-z]+)\s+(?:is|was)\s+(?:(?:his|her|their)\s+[a-z-]+,\s+)?$")


#: A competitor a sports report names as beaten, right before the name: "ahead of the Colombian (Luisa Fernanda
#: Ortiz)", "beating the Brazilian (Caio Mendonça)".
_BEATEN = re.compile(r"\b(?:ahead\s+of|beating|defeating|edging(?:\s+out)?|outpacing|outscoring)\s+"
                     r"(?:[^.;:\n]{0,60}?(?:,|\sand)\s+)?"  # (the second of two: "ahead of X and the Colombian Y")
                     r"(?:(?:the|his|her)\s+(?:[A-Z][\w-]*\s+){0,2}|(?:[A-Z][\w-]*['’]s\s+))?$")
#: A nation's office: "the Angolan Minister of Health".
_NATIONAL_OFFICE = re.compile(r"[Tt]he\s+([A-Z][a-z]{4,})\s+([A-Z][a-z]+)\s+of\s+")
#: A nation's people read as a name: "(the first) Cabo Verdean", "Sri Lankan", "Burkinese".
_PEOPLE_OF_A_NATION = re.compile(r"\b[A-Z][a-z]+(?:ean|ian|ese)$")
#: The words _BEATEN opens with, for a cheap test before it.
_BEATEN_WORDS = ("ahead", "beating", "defeating", "edging", "outpacing", "outscoring")
#: The mark in a person's roles of someone named as beaten: no epithet ("the athlete") stands for them.
_RIVAL = "<beaten>"
#: The mark in a person's roles of someone named as dead ("under the late Willie Ewen"): no pronoun that speaks
#: stands for them.
_DEAD = "<late>"
#: What may end a phrase right after a name (not a noun it modifies: "the late Haaland header").
_NAME_ENDS_PHRASE = re.compile(r"\s*[,.;:)]|['’]s\b|\s+(?:at|in|on|of|for|from|who|and|with|to|until|before|after"
                               r"|when|while|every|fondly|[a-z]+(?:s|ed))\b")


def _opened_the_case(text: str, start: int) -> set:
    """``{"prosecutor"}`` for the name that a sentence opening ``Opening the case ...,`` or ``Prosecuting,`` leads to
    (British court copy: ``Opening the case at Worcester Crown Court on Monday, Rebecca Lyall KC said``;
    ``Prosecuting, Sian Buckley said``), ``{"defence", "lawyer"}`` after ``Defending,`` or ``Mitigating,``; else an
    empty set."""
    if "pening the" in text[max(0, start - 120):start]:  # (a cheap test first: it runs for every mention)
        return {"prosecutor"} if _OPENING_THE_CASE.search(text, max(0, start - 120), start) else set()
    if "ing, " in text[max(0, start - 8):start] and (side := _COURT_SIDE.search(text, max(0, start - 16), start)):
        return {"prosecutor"} if side.group(1) == "Prosecuting" else {"defence", "lawyer"}
    return set()


#: An opening phrase of British court copy before the prosecutor's name.
_OPENING_THE_CASE = re.compile(r"(?:^|[.\n]\s*)Opening the (?:[\w’']+\s+)?case\b[^.;\n]{0,90},\s+$")
#: The side a lawyer speaks for, opening British court copy's sentence before the name: "Prosecuting, ".
_COURT_SIDE = re.compile(r"(?:^|[.\n]\s*)(Prosecuting|Defending|Mitigating),\s+$")
#: Past tenses that open a clause after a name set off by commas, not a description of the person.
_PAST_VERBS = frozenset("spent was is has had went made took left won lost ran led became began got gave kept held sat "
                        "stood sent wrote came saw met paid".split())
#: First words of what follows a name and a comma that is no description of the person.
_SPEECH_IN_APPOSITIVE = frozenset("said says told added replied answered testified".split())


def _cue_in_appositive(words: str) -> bool:
    """A cue within the first three words of what reads as a definite appositive, before any relative clause: the
    subject of a sentence after an opening phrase (``, the witness said his ...``), no appositive."""
    for word in words.split()[1:4]:
        if word in {"who", "which", "that", "whose"}:
            return False
        if word in _SPEECH_IN_APPOSITIVE:
            return True
    return False
_NOT_APPOSITIVE = frozenset("who whose which that said says told added according and or but through via both all "
                            "each".split())
# ("Jorge Mendoza, and the president of Comcipo, Marco Choque": the next person's description; "Kelsey Marchuk, through
# her press secretary, said": whom she spoke through; "Murray Boyd and Ellen Boyd, both still live in ...": a quantifier
# floated after the subject, then its verb)


#: Words of a description that make a noun in it no head of it: a preposition, a possessive's "s".
_NOT_IN_A_HEADED_DESCRIPTION = frozenset({"of", "for", "to", "at", "with", "from", "by", "s"})


def _described_before(text: str, start: int) -> set:
    """Lower-case words of a definite description set off right before a name (``the senior coroner for Leicester
    City, Catherine Wragg,``), when its head is a role noun."""
    lists = lexicon().lists
    for _ in range(3):  # ("..., Detective Chief Inspector Omar Touray": up to three title words)
        titled = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        low = titled.group(1).lower() if titled else ""
        if not titled or not ({low, low.rstrip(".")} & (lists["title"] | lists["role"])) or low in _RANKS:
            break  # (a rank would bar the role: "rapporteur, Deputy X")
        start = titled.start(1)  # "..., Cllr Ian Marsden": the description before the title
    if text[max(0, start - 2):start] != ", ":
        return set()
    m = _DESCRIPTION_BEFORE.search(text, max(0, start - 90), start) \
        or _TITLE_CASE_BEFORE.search(text, max(0, start - 120), start) \
        or _LISTED_DESCRIPTION_BEFORE.search(text, max(0, start - 150), start)
    if not m:
        return set()
    described = m.group(1)
    if (inner := list(_INNER_DESCRIPTION.finditer(described))) and " " in described[:inner[-1].start()]:
        described = described[inner[-1].end():]  # "The document was signed by the Minister of Health, (Jorge
        # Mendoza)": the description after the clause's last preposition, not the clause
    words_ = [w.lower() for w in _ROLE_WORD.findall(described)]
    head = next((w for i, w in enumerate(words_) if w in lists["role"] and words_[i + 1:i + 2] != ["s"]), None)
    # (an owner's role noun is not the name's: "The prime minister's enthusiasm for the job remains undimmed, Alan
    # Milburn, ... told"; "the minister's spokesman, X" is a spokesman)
    if head is None and words_ and words_[-1] in lists["anonymous"] and not plural_of_common(words_[-1]) \
            and not set(words_) & _NOT_IN_A_HEADED_DESCRIPTION:
        head = words_[-1]  # a noun an unnamed source goes by heading the description: "the third prosecution
        # witness, (Detective Inspector Omar Touray)" (not "The mother of a witness", "A neighbour's daughter")
    if head and (signed := _SIGNED_FOR.search(text, max(0, m.start(1) - 50), m.start(1))):
        words_.insert(0, signed.group(1).lower())  # "signed for Mali by the Minister of Livestock, (Kadiatou
        # Diarra)": the country she holds office for
    if not head:
        return set()
    kept = words_[:words_.index(head) + 1]
    owners = {w for w, after in zip(kept, kept[1:])
              if after == "s" and (w in lists["anonymous"] or w in lists["role"])}
    return set(kept) - STOP_WORDS - owners  # (an unnamed source or a role that owns the role is not its holder: "a
    # witness's lawyer" is no witness, "the minister's spokesman" no minister)


#: "the senior coroner for Leicester City and South Leicestershire, " before a name (in title case too: "the Minister
#: of X, "; after a dateline's dash: "(AMI) - The Minister of X, "; after an opening "Testifying as": "the third
#: prosecution witness, ").
_DESCRIPTION_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n|,\s+|\s[-–—]\s+|\b(?:by|from|with|to|for|and)\s+"
                                 r"|(?:^|[\n.]\s*)[A-Z][a-z]+ing\s+as\s+)"
                                 r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)\s+"
                                 r"([a-zA-Z][^,.;:“”\"]{2,80}),\s+$")


#: A title in title case opening a sentence, set off before a name: "Scottish Fire and Rescue Service Group Commander
#: for Glasgow City South, (Stephen Rennie)".
_TITLE_CASE_BEFORE = re.compile(r"(?:^|\n|[.;:]\s+)((?:[A-Z][\w-]*\s+|(?:for|of|and|the)\s+){1,14}[A-Z][\w-]*),\s+$")
#: A description whose office lists its fields, set off before a name: "the Congolese Minister of Public Health,
#: Hygiene and Social Welfare, (Dr. Augustin Mwamba Kalala)".
_LISTED_DESCRIPTION_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n|\b(?:by|from|with|to|for|and)\s+)(?:[Tt]he|[Aa]n?)\s+"
                                        r"([a-zA-Z][^,.;:“”\"]{2,60}(?:,\s+[A-Z][^,.;:“”\"]{1,30}){1,3}"
                                        r"\s+and\s+[A-Z][^,.;:“”\"]{1,30}),\s+$")
#: The country one signs for, before the signer's description: "for (Mali) by the (Minister of ...)".
_SIGNED_FOR = re.compile(r"\bfor\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+by\s+(?:the|an?)\s+$")
#: A verb's preposition and an article inside a description read back to a sentence's start: "(The document was
#: signed) by the (Minister of Health)".
_INNER_DESCRIPTION = re.compile(r"\b(?:was|were|is|are|been)\s+[a-z]+\s+(?:by|to|with|from)\s+(?:the|an?)\s+")
#: One title word right before a name: ", Cllr (Ian Marsden)".
_TITLE_BEFORE = re.compile(r"([A-Z][a-z]+\.?)\s+$")
#: An appositive after a name, to its comma or point, or to "and no relation" (", president of the Southern Mendoza
#: Winegrowers' Association and no relation to Héctor Lucero,": her office).
_APPOSITIVE = re.compile(r",\s+((?:the|a|an|its|his|her|their)\s+)?([^,.;:“”\"]{2,80}?)"
                         r"(?:[,.]|\s+and\s+no\s+relation\b)")
#: An appositive's role noun and a body's capitalised name after it: ", a researcher at the (Northern ...)".
_LONG_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+"
                              r"(?:at|of|for|with|in|from)\s+(?:the\s+)?[A-Z]")
_ROLE_WORD = re.compile(r"[A-Za-z-]+")
#: The last possessive of an appositive and the word it ends: "(the) mayor's (aunt)".
_ROLE_OWNER = re.compile(r"([A-Za-z-]+)['’]s\s+(?!.*['’]s\s)")


def _head(tokens: list[str]) -> str:
    """Last word of a phrase, possessive and ``co-`` removed, lower case."""
    for tok in reversed(tokens):
        if tok[0].isalnum():
            low = _strip_possessive(tok).lower()
            return low[3:] if low.startswith("co-") and not low.startswith(("co-op", "co-ord")) else low
            # (a co-chairman is a chairman; a co-op, a co-operative or a co-ordinator is none of "op", "operative")
    return ""


#: Who made a commissioned document, after the body that commissioned it: " from Belfast consultancy Loughshore
#: Ecology", " and written by Juneau hydrologist Felix Marchetti".
COMMISSIONED_WRITER = re.compile(r"(?:,?[ \t]+and[ \t]+(?:written|prepared|carried[ \t]+out|conducted|compiled"
                                 r"|produced)[ \t]+by|[ \t]+from)[ \t]+(?:the[ \t]+)?"
                                 r"(?:(?:[A-Z][\w'’-]*[ \t]+)?[a-z-]+[ \t]+)?"
                                 r"(?P<name>(?:[A-Z][\w'’-]+[ \t]+(?:&[ \t]+)?){0,3}[A-Z][\w'’-]+)")
#: When a document came out, between its participle and its maker: "a report released this month by X".
MADE_WHEN = (r"(?:(?:this|last|on|in|earlier|late|early)\s+[\w.]+(?:\s+\d{1,4})?|yesterday|today|overnight"
             r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")  # ("released Wednesday by": US style)
#: A document and its maker, maybe after when it came out or where it went: "a report last year by X", "A fire audit
#: submitted to the court by X", "An engineer's report prepared for the county by X" (an owner only after "a"/"an":
#: what kind of document it is, not whose; or when it came out: "Last April's report by X").
_DOC = re.compile(r"^(?:(?:a|an)\s+[\w-]+['’]s\s+|(?:a|an|the|its|his|her|their)\s+"
                  r"|(?:[Ll]ast\s+|[Tt]his\s+)?(?:[A-Z][a-z]+day|January|February|March|April|June|July|August"
                  r"|September|October|November|December|week|month|year)['’]s\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)"
                  r"(?:,\s+(?:dated\s+[\w .]{1,25}?\s+and\s+)?"
                  r"(?=[a-z]+\s+(?:up\s+|out\s+)?(?:at\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+\s+request\s+)?by)"
                  r"|\s+)"
                  rf"(?:(?:{'|'.join(MADE_BY)})\s+(?:[a-z]+ly\s+(?=by\s)|{MADE_WHEN}\s+(?=by\s)"  # ("jointly by")
                  r"|(?:to|for)\s+(?:the\s+)?[\w-]+\s+(?=by\s)"
                  r"|at\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+\s+request\s+(?=by\s))?"  # ("at the board’s request by")
                  r"|(?:last|this)\s+(?:year|month|week)\s+"
                  r"(?=by\s))?(?:by|from|of|in)\s+(.+)$", re.I)  # ("A report last year by X")


#: Where a document's maker sent it, when or for what, after the maker: "(an engineer) to a manager in March 2023"
#: (not a name's own word: "Council on Foreign Relations", "Institute for the Study of War").
_MAKER_TAIL = re.compile(r",\s+(?:seen|obtained|reviewed|viewed)\s+by\s|,\s+a\s+copy\s+of\s+which\s"  # (who saw it)
                         r"|,\s+(?:a|an)\s+(?=[a-z])"  # ("by Clean Severn Worcester), a volunteer group that ...")
                         r"|\s+(?:under|through)\s+(?=[a-z])"  # ("by NHS Grampian) under freedom of information law")
                         r"|\s+(?:to\s+(?=[a-z\d])|(?:in|on|at)\s+(?=a\s|an\s|the\s|\d|[A-Z][a-z]+\.?\s+\d"
                         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"  # ("by King County Elections) on Wednesday"
                         r"|for\s+(?=an?\s|the\s+[a-z])"  # ("by the European Commission) for a meeting of ..."
                         # "(compiled by Bloomberg) from operators' published fares", "(by X) published last month"
                         r"|from\s+(?=[a-z])|(?:published|released|issued)$)"
                         # ("by environmental health officer Claire Stoddart) and lodged with the court", "(by Selkirk
                         # Ridge Engineering) and titled ..."; not "by Tom Lee and retired general Ann Cole")
                         r"|\s+and\s+(?=[a-z]+ed\s+(?:with|to|in|on|at|by|for|before)\b|(?:en)?titled\b)")
#: A maker named by its kind alone: "a Vancouver real-estate consultancy", "an outside firm".
_UNNAMED_MAKER = re.compile(r"an?\s+[^,]+")
#: What a document is about, after its maker: " on traditional crafts".
_ABOUT_TAIL = re.compile(r"\s+(?:on|about)\s+(?=[a-z])")
#: A body's meeting that a document records: "(minutes of) a Transport Scotland meeting held on June 12".
_BODY_MEETING = re.compile(r"(?:an?|the)\s+((?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s+(?:board\s+)?"
                           r"(?:meeting|hearing|session)s?\b")
#: A maker named after what a document is about: "(an analysis of NHS data) by the Pelvic Pain Alliance".
_NAMED_BY = re.compile(r"\sby\s+(?=(?:the\s+)?[A-Z])")
#: The same, not who saw it: "(submitted to the court) by the Kota Municipal Corporation", not "seen by The Times".
_MAKER_BY = re.compile(r"(?<!seen)(?<!viewed)(?<!obtained)(?<!reviewed)\sby\s+(?=(?:the\s+)?[A-Z])")
#: An official by another name: "civil servant", "public servants", "bureaucrat".
CIVIL_SERVANT = r"(?:civil|public)\s+servants?|bureaucrats?"
#: One unnamed: "A senior civil servant (in the department)" (not "... named David Boyd").
_CIVIL_SERVANT = re.compile(rf"(?:an?|one)\s+(?:[a-z]+\s+)?(?:{CIVIL_SERVANT})\b"
                            r"(?:\s+(?:in|at|from|with|on)\s+[a-z][\w'’ -]*)?", re.I)
#: The one writer of a document named after it: "(The county's letter,) signed by chief administrative officer X"
#: (not "signed by president X and secretary Y", "written by an aide to Minister X").
_SIGNED_TAIL = re.compile(r"(?:signed|written|authored|drafted)\s+by\s+(?:(?!(?:to|of|for|by|and|with)\b)[a-z][\w-]*\s+)"
                          r"{0,4}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}[\s,]*")
#: A relative clause after a document's maker: "(signed by Varghese) that went home to parents".
_WHICH_TAIL = re.compile(r",?\s+(?:that|which)\s+")


_TRAILING_TIME = re.compile(r"\s+(?:[a-z]+ed\s+(?:on\s+|last\s+|this\s+)?|(?:on|in|last|this|that)\s+)?(?:{})"
                            r"(?:\s+\d{{1,2}})?$".format(
    "|".join(sorted(TIME_WORDS | MONTHS - {"may", "march", "this", "last", "next", "early", "late", "later",
                                            "earlier"}))), re.I)
_RELATIVE_AFTER = re.compile(r"['’]?\s*,\s+who\s")
#: What a document is for or about, after its noun: "(travel advice) for the UAE", "(email) relating to Benghazi".
_DOCUMENT_TOPIC = re.compile(r"\s+(?:for|on|about|regarding|concerning|(?:relating|pertaining|referring)\s+to)\s+"
                             r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
#: A body's name in title case, its function words included: "House of Commons Library" (no possessive).
_CAPITALISED_NAME = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.&-]*)+")
#: A document named by the body that made it: "an internal Health Ministry list", "a Congressional Budget Office
#: estimate".
_BODY_DOC = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:new|recent|internal|draft|leaked|latest|annual|confidential|"
                       r"preliminary|final|updated|separate|official|private)\s+)*"
                       r"((?:[\w.&'’-]+\s+){0,4}?[\w.&'’-]+)\s+([a-z-]+)")
#: A body's name, then one or two lowercase words of what its document is about: "HM Revenue and Customs trade"
#: (figures), "DEQ monitoring" (data).
_MAKER_THEN_TOPIC = re.compile(r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|on|the)\s+)*)*[A-Z][\w.&-]*)"
                               r"(?:\s+[a-z][\w-]*){1,2}")
#: A capitalised word and the Gaelic "of the" before a name: "Comhairle nan (Eilean Siar)", "Bòrd na (Gàidhlig)".
_GAELIC_OF = re.compile(r"[A-Z][\w'’-]*\s+nan?\s+$")
#: An age description, then where the person is from: "(the 58-year-old farmer) from Bounkiling".
_AGED_FROM_PLACE = re.compile(r"((?i:the)\s+\d+-year-old(?:\s+[a-z-]+){0,3})\s+(?:from|in|of)\s+[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*){0,2}")
#: Plural people of a place: "fishermen from Kalpitiya", "Tamil traders in Jaffna".
_PEOPLE_FROM_PLACE = re.compile(r"(?:[A-Za-z-]+\s+){0,2}?([A-Za-z][a-z-]*(?:s|men))\s+(?:from|in|of|at)\s+[A-Z][\w'’-]*"
                                r"(?:\s+[A-Z][\w'’-]*){0,2}")
#: Someone's unnamed person of a place: "their physiotherapist in Rosetown", "his lawyer in Regina" (the noun checked
#: apart).
_OWNED_PERSON_IN_PLACE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+"
                                    r"(?:from|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
#: A role's body written with an indefinite article: "(The manager) of a Broadway hardware store", someone new.
_OF_A_BODY = re.compile(r"\s+(?:of|at|for|with|from)\s+an?\s")
#: A person's description, then their name set off by a comma: "The couple's lawyer, Made Astawa".
_DESCRIBED_THEN_NAMED = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:[\w'’.-]+\s+){0,4}?"
                                   r"[a-z][\w-]*[a-z],\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?")
#: A body's name made of its kind and what it is of or for: "The Ministry of Justice", "Department for Education".
#: (its words may be joined by "and", "of", "the": "the Office of the Conflict of Interest and Ethics Commissioner").
_BODY_OF = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}([A-Z][\w'’-]*)\s+(?:of|for|on)\s+(?:the\s+)?"
                      r"[A-Z][\w'’-]*(?:,?\s+(?:(?:and|&|of|for|on|the)\s+)*[A-Z][\w'’-]*)*")
#: A body named by capitalised words and its kind in lower case, then where it sits: "The Argentine embassy in London".
_SEATED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){1,4}([a-z]+)\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")
#: General nouns for a company: "the company", "the airline", "Supermarket chain (Penrose)" (one list for both).
COMPANY_KINDS = (r"(?:company|firm|airline|carrier|bank|lender|insurer|retailer|miner|automaker|carmaker|manufacturer"
                 r"|chain|developer|builder|supplier|distributor|grocer|brewer|exporter|importer|giant|startup"
                 r"|start-up|consultancy|operator|platform|processor|maker|steelmaker|refiner|packer|wholesaler"
                 r"|shipper)")
_COMPANY_KIND = re.compile(rf"\b{COMPANY_KINDS}\s+[A-Z]")
_COMPANY_KIND_WORD = re.compile(COMPANY_KINDS + r"|[a-z]+maker")
#: A company named after the kind of company it is: "Supermarket chain Penrose", "Danish shipping firm Nordlys", "The
#: San Francisco law firm Halvorsen Pike".
_KIND_THEN_COMPANY = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:[a-z][\w-]*\s+){{0,3}}{COMPANY_KINDS}"
                                r"\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")
#: A body named after the kind of body it is: "European farmers' lobby Copa-Cogeca", "rights group Amnesty".
_BODY_KINDS = (r"(?:lobby|union|charity|association|federation|coalition|alliance|watchdog|regulator|nonprofit|group"
               r"|collective)")
_BODY_KIND = re.compile(rf"\b{_BODY_KINDS}\s+[A-Z]")
_KIND_THEN_BODY = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?:[a-z][\w-]*['’]?\s+){{0,3}}{_BODY_KINDS}"
                             r"\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")
#: A body described by its making: "An organization established for ...", "a group founded by ...".
_BODY_MADE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:established|created|formed|founded"
                        r"|set\s+up|launched|organi[sz]ed|funded|backed)\s+(?:for|by|to)\b")
#: A source described, then named by the name it gave: "a street vendor who gave only her first name, Chileshe",
#: "a nurse identified only as Maria".
_GAVE_NAME = re.compile(r".*\b(?:(?:first|given) name|identified (?:only |herself |himself )?(?:as|by)"
                        r"|name (?:only )?as)(?:,\s*|\s+)([A-Z][\w'’-]+)\s*,?")
#: A relative clause on a source: "Musicians who study ...", "those who back her opponents".
WHO_CLAUSE = re.compile(r"\s+who\s+")
#: An owner's relative clause on a source: "The state officials whose laws have been invalidated".
_WHOSE_CLAUSE = re.compile(r"\s+whose\s+")
#: A relative clause set off after a source: ", which represents ...".
_WHICH_SET_OFF = re.compile(r",\s+which\s+")
#: One capitalised word: "Unite".
_NAME_WORD = re.compile(r"[A-Z][\w.&'’-]*")
#: A plural noun right after a name, which the name modifies: "(Sanders) supporters".
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
#: One of two relatives by age: "the elder Ms. Tolliver", "the younger Korir".
_ELDER = re.compile(r"(?i:the\s+(elder|older|younger))\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                    r"((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)(?:,\s*(?:now\s+)?\d{1,3})?")  # (", now 81": an age)
#: The same, after the surname: "Dowd senior, 61", "Okafor junior", "Mr Bowen senior".
_SENIOR = re.compile(r"(?:(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’-]+)\s+(senior|junior)(?:,\s*\d{1,3})?")
#: A document and its sender or recipients: "A letter from Cocobod to ...", "A draft options paper sent to ministers",
#: "A Feb. 12 memo from Provost Kenneth Oduya to ...".
_DOCUMENT_SENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w.-]+\s+){0,3}?([a-z]+)\s+(from|sent\s+to|addressed\s+to"
                            r"|submitted\s+to|delivered\s+to|presented\s+to|shown\s+to)\s+(.+)", re.S)
_TO_RECIPIENT = re.compile(r"\s+to\s+|,\s+")
#: "One" or "Another" of a group, set off before a description of its own: "One, (an engineer with 14 years)".
_ONE_SET_OFF = re.compile(r"(?i:one|another),\s+(?=an?\s)")
#: An unnamed source described, then described again after a comma: "The youngest craftsman on the street, a
#: 26-year-old law graduate ...".
_DESCRIBED_AGAIN = re.compile(r"((?i:the|an?|one)\s+[a-z][\w-]*(?:\s+[^,\s]+){2,8}),\s+an?\s+[\w-]+")  # (three words
# or more: "The woman, a 34-year-old from Leeds" keeps the rules for a bare noun)
#: A time after "from": "(a report from) October 2023", "(from) last year", "(from) 2019", "(from) the 1990s".
_FROM_WHEN = re.compile(rf"(?:(?:early|late|mid-?)\s*)?(?:(?i:{'|'.join(sorted(MONTHS))})\.?\s+\d|\d{{4}}s?\b"
                        r"|(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|the\s+\d{4}s\b)")
# (a month only with its day or year: "a letter from May Mahmoud" is hers)
#: A source who gave one name only: "a woman who gave her name only as Crystal", "a man identified only as Yusuf".
_KNOWN_ONLY_AS = re.compile(r"\b(?:(?:gave|giving|gives) (?:his|her|their) (?:first |last )?name (?:only )?"
                            r"|identified (?:only )?(?:by (?:his|her|their) (?:first |last )?name )?)"
                            r"as ([A-Z][\w'’-]+)\Z")
#: A document and the body that made it, in a relative clause without "that": "a map the department released".
DOC_MADE_BY = re.compile(r"(?:(?i:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?|(?=[a-z][\w-]*s\s))([\w-]+)\s+"
                          r"((?i:the|its|their)\s+[\w'’-]+(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]*){0,4}"
                          r"(?:\s+[\w'’-]+)?"
                          r"|(?i:he|she|they|it))\s+"
                          rf"(?:{'|'.join(MADE_BY)}|wrote|sent|provided|gave)\b")
# (a plural without an article too, and "it": "figures it released Monday", "figures the clinic provided to The Post";
# a body's name holding "of": "figures the Ministry of Finance tabled in Parliament")
#: A word DOC_MADE_BY's maker needs, searched first: most source phrases hold none.
_MAKER_WORD = re.compile(r" (?:the|its|their|he|she|they|it) ")
#: A document and its maker named in a relative clause without "that": "figures Alberta Education tabled".
_DOC_NAME_MADE = re.compile(r"(?:(?i:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s+"
                            r"(?:(?:his|her|their)\s+[a-z][\w-]*\s+)?"  # ("an interview his brother X gave")
                            r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                            rf"(?:{'|'.join(MADE_BY)}|wrote|sent|provided|gave)\b")
_NOT_BODY_WORDS = frozenset("of for by from in on at to with and".split())
#: Whom a document was commissioned from, after its commissioner: "(the town commissioned) from Coastal Systems Group".
_COMMISSIONED_FROM = re.compile(rf"(?<=commissioned)(?:\s+{MADE_WHEN})?\s+from\s+"  # (or "commissioned last year from")
                                r"((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
#: A document and whom it is about: "The indictment against Paul Manafort", "a lawsuit targeting the firm".
_DOC_ABOUT = re.compile(r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:against|targeting|concerning)\s",
                        re.I)
_REDUCED_RELATIVE = re.compile(r",?\s+(?:(?:(?:also|first|later|previously|exclusively)\s+)?(?:viewed|seen|obtained"
                               r"|reviewed)\s+by\s|being\s+[a-z]+\b|as\s+amended\b|,\s+a\s+copy\s+of\s+which\b)")
#: A document and when or where it came out, its maker not named after it: "an estimate released in June", "a list
#: dated Nov.", "an autopsy report entered into evidence", "an autopsy report released by his family's attorney"
#: (but "prepared by the CBO", "conducted by independent analyst Elena Sadovskaya" name the maker).
_DOC_PARTICIPLE = re.compile(r"\b([a-z-]+)(\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?,?\s+"
                             rf"(?:{'|'.join(MADE_BY)}|dated|circulated|drafted|entered|presented|posted|tabled"
                             r"|shared|leaked|submitted|distributed|unveiled|read|attached|appended|obtained|sent"
                             r"|handed|exhibited|cited|quoted)"
                             r"\b(?![^,]*\bby\s+(?:the\s|[^,]*[A-Z]))")
#: The request for anonymity that follows an unnamed source: ``who asked not to be named``, ``, who spoke on
#: condition of anonymity``, ``who spoke to KNA on condition of anonymity``, ``, granted anonymity to discuss ...``.
_ANONYMITY = re.compile(r",?\s+(?:(?:and\s+)?who\s+(?:asked\s+not|(?:requested|sought)\s+anonymity"
                        r"|spoke\s+(?:to\s+[^,]{1,60}?\s+)?on\s+(?:the\s+)?condition"
                        r"|declined\s+to\s+be|did\s+not\s+want|was\s+not\s+authori[sz]ed)"
                        r"|(?:who\s+(?:were|was|had\s+been)\s+)?(?:granted|given|speaking\s+on\s+(?:the\s+)?condition"
                        r"\s+of)\s+anonymity"
                        r"|(?<=,\s)(?:when\s+)?asked\s+(?:whether|if|about|why|how|what|when)\b)\b.*$", re.S)  # (and a
# question set off: "A Devonport-based officer, asked whether morale would suffer, (said)")
#: A document's title, then a description of it with its maker: "The Pacific Remittance Monitor, (a twice-yearly
#: survey compiled by the Oceania Payments Institute)".
_TITLE_THEN_MADE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+((?:an?|the)\s+.+\sby\s.+)",
                              re.S)
#: What someone was doing, set off after a description: ", sailing his own ketch single-handed".
_DOING_ASIDE = re.compile(r",\s+(?!including|excluding|according|regarding|concerning)[a-z]+ing\s.*$", re.S)
# (not a group's members: "Several fact checkers, including The Washington Post")
#: Where someone unnamed lives, after the noun: "(A retired schoolteacher) next door", "(a man) across the road".
WHERE_THEY_LIVE = (r"next\s+door|across\s+the\s+(?:street|road|way|hall)|down\s+the\s+(?:street|road|lane|hall)"
                   r"|upstairs|downstairs")
#: Someone unnamed, then where they live or a relative clause about what is theirs: "A retired schoolteacher (next
#: door)", "A farmer (whose land borders theirs)".
_UNNAMED_DESCRIBED = re.compile(r"((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
                                rf"\s+(?:whose\s+[^,]+|{WHERE_THEY_LIVE})")
#: A body a person has: ``His office``, ``her campaign``.
_OWNED_BODY = re.compile(r"([Hh]is|[Hh]er)\s+(office|campaign|team|family)")
#: Unnamed people of a named body or person: ``Officials for Iowa Senators Chuck Grassley and Joni Ernst``.
#: After a source and a comma, where or when it spoke: ``Fusion GPS, in a notice to a federal judge``.
_ADJUNCT_TAIL = re.compile(r"(?:in|on|at|during|after|before|through)\s+(?:a|an|the|his|her|its|their)\s"
                           r"|(?:like|unlike)\s")  # "Democratic economists, like their Republican counterparts,"
#: After a group and a comma, who is in it or leads it, or what it is doing or what was done to it: ``Trump’s
#: lawyers, led by Marc Kasowitz``, ``a senior official, speaking on background``, ``A former Fed official,
#: contacted over the summer``.
_GROUP_TAIL = re.compile(r"(?:led|headed|represented|joined)\s+by\s|including\s|such\s+as\s|[a-z]+ing\s"
                         r"|[a-z]{3,}ed\s+(?:over|by|on|in|at|for|as|after)\s")
#: Unnamed people near someone or something: ``A source close to Romney``, ``people familiar with his thinking``,
#: ``One official involved in the project`` (not the person or the thing named after it).
_NEAR_SOURCE = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+)?(?:[a-z-]+\s+){0,2}?([A-Za-z]+)"
                       r"\s+(?:close\s+to|familiar\s+with|near|with\s+knowledge\s+of"
                       r"|[a-z]+ed\s+(?:in|on|at|by|about|with|for))\s")
#: Someone described by whom they serve: "one longtime adviser to Bill Clinton", "an aide to the mayor", "Aides to
#: Clinton" (a plural with no determiner).
_SERVES = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}([a-z]+)|([A-Za-z][a-z]+s))\s+to\s+[^,]+")
#: A role held somewhere other than where anyone named holds it: "The mayor of another northern-shore village".
_OF_ANOTHER = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:of|at|in|for|from)\s+another\s+.+", re.S)
_GROUP_FOR = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Aa]n?)\s+(?:(?-i:[a-z][a-z-]*)\s+){0,2}?)?([a-z]+)\s+"
                        r"(?:for|at|from|of|in)\s+[A-Z].*", re.S | re.I)  # (after lower-case modifiers too: "The
# general director of a mid-sized hospital")
#: A role owned by a pronoun: ``her lawyer``, ``his chief of staff``.
_OWNED_ROLE = re.compile(r"(?:his|her|their)\s")  # (an organisation's "its president" is someone named before)
#: Whom an unnamed spokesman or aide speaks for: `` for Representative X``, `` to Senator X``.
_FOR_SOMEONE = re.compile(r"\s+(?:for|to)\s")
#: A definite role or party member from a place: ``The Democratic congressman from Michigan``.
_FROM_PLACE = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Za-z]+)\s+from\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")
#: A named outlet and the noun of what it publishes: ``the Virginian-Pilot newspaper``, ``a Fox News report``.
_OUTLET_NAME = r"(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)\s+"
_OUTLET_OF = re.compile(_OUTLET_NAME + r"(?:newspaper|paper|website|magazine|broadcaster|network|channel|report|article"
                        r"|story|editorial|investigation)")
_POLL = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(\S.*?)\s+(?:poll|polling|polls|survey)")
_CONTRACTED = re.compile(r"['’](?:s|re|d|ll|ve)$")
_OPENING_CONJUNCTION = re.compile(r"(?:and|but|so|yet|or|then|still|indeed|however|also|now|meanwhile|separately"
                                  r"|likewise|similarly|moreover|furthermore|additionally),?\s+", re.I)
_BRACKETS = re.compile(r"\s*\([^()]*\)?\s*$|\s*\([^()]*\)")
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Jr|Sr|St|Inc|Co)\.)$")
_THE = re.compile(r"^The\s")
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_INITIALISM = re.compile(r"(?:[A-Z]\.?){2,6}")
#: What a body is made of: "a unit of the bank" is a body, not someone at it.
_PART_OF_BODY = frozenset("unit arm division branch affiliate subsidiary department office wing".split())
_INDEFINITE = re.compile(r"^(a|an|one|another|some|two|three|several)\s")
#: A document, then the people it sampled: "(the union's own survey) of 3,100 (members)", "(a poll) of likely (voters)".
_DOCUMENT_OF_SAMPLE = re.compile(r"(.*?\b([a-z]+))\s+of\s+(?:[\d,.]+\s+|[a-z-]+\s+){0,3}([a-z]+)")
#: Endings of nouns for people: "buyer", "employees", "resident", "analyst", "technician", "servicemen".
PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|men|woman|women|person|people|staff|lady|ladies)s?$")


@lru_cache(maxsize=4096)
def _clean(mention: str) -> str:
    mention = _BRACKETS.sub("", mention)  # (QCA), (D-Md.), an unclosed "(QCA"
    mention = mention.strip(" ,;:\"“”'‘’")
    mention = _EXCELLENCY.sub("", mention)  # "HE the Minister of State": the minister (QNA, WAM, KUNA style)
    if mention.endswith(".") and not _ABBREVIATED_END.search(mention):
        mention = mention[:-1]
    if mention.endswith(_RELATIVE_ENDS):
        mention = _TRAILING_RELATIVE.sub("", mention)  # "The person who (died)": a relative clause cut at its verb
    if mention.endswith(_REFLEXIVES):
        mention = mention.rsplit(None, 1)[0]  # "The ministry itself (admits)": the ministry
    return _THE.sub("the ", mention)


#: "His (or Her) Excellency" before a role or a name, as Gulf news agencies write it: "HE the Minister of State".
_EXCELLENCY = re.compile(r"^(?:HE|H\.E\.|His Excellency|Her Excellency)\s+(?=the\s|[A-Z])")
#: How a source spoke, set off after it: ", speaking through an interpreter (in Inuktitut)", ", through a lawyer".
_HOW_SPOKEN = re.compile(r",\s+(?:speaking\s+)?(?:through|via|in\s+an?\s+(?:interview|statement))\b.*$")
_AGE_END = re.compile(r",\s+\d{1,3}$")
_RELATIVE_ENDS = (" who", " that", " which")
_REFLEXIVES = (" itself", " themselves", " himself", " herself")
_TRAILING_RELATIVE = re.compile(r"\s+(?:who|that|which)$")


#: ``A and B``, ``A, B and C``, ``Both A and B``: the parts of a source naming several people.
_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH = re.compile(r"^(?:[Bb]oth(\s+the)?|[Tt]he)\s+")
#: A part of such a source that names a role: "the prime minister", "the foreign secretary".
_THE_ROLE_PART = re.compile(r"the\s+((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)")
#: What a source phrase sets off between dashes at its end: "(the three members) — board chair Tobias Whitmore, Joan
#: Delacroix-Park and Ruth Abernathy —".
_DASH_SET = re.compile(r"[—–]\s*([^—–]+?)\s*[—–]?\s*$")
_LIST_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
#: Names listed between dashes after a description, a role in lower case allowed before the first: "board chair
#: Tobias Whitmore, Joan Delacroix-Park and Ruth Abernathy" (read as people by :func:`listed_people`).
DASHED_NAMES = re.compile(rf"(?:[a-z][\w-]*\s+){{0,3}}(?P<names>{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+and\s+"
                          rf"{_LIST_NAME})")


def listed_people(names: str) -> bool:
    """Whether every name of a list (``Tobias Whitmore, Joan Delacroix-Park and Ruth Abernathy``) opens with a
    census given name that is no common word: people, not places, teams or firms (``New York, Los Angeles and San
    Francisco``, ``General Motors and Ford Motor``, ``Tim Hortons, Burger King and ...``)."""
    return all((first := item.split()[0].lower()) in first_names() and first not in common_words()
               for item in _AND.split(names))
#: A named owner or a count opening a description: "Henry Clay's (biographers, David and Jeanne Heidler)", "Two
#: (military analysts, X and Y)".
_OWNER_LEAD = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s|(?:[Tt]wo|[Tt]hree)\s")
#: The rest of a short lower-case description and its comma: "(the) boy's grandparents, ", or one ending in a
#: party's members: "(The) city's two Labour MPs, ", maybe with a short relative clause: "(The) two island-elected
#: members who voted against the motion, ".
_DESCRIPTION_COMMA = re.compile(r"(?:[a-z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*|[A-Z][\w-]*\s+[A-Z]+s)"
                                r"(?:\s+(?:who|that)(?:\s+[a-z][\w'’-]*){1,6})?,\s+")


#: A name's possessive and a noun in lower case: "Alan's wife", "Kyle's mother".
_OWNED_NOUN = re.compile(r"[A-Z][\w'’-]*['’]s?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


#: An outlet or body owning the name after it, after "the": "(and) the Post's (Tom Reyes)".
_OWNER_THE = re.compile(r"\s*the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+[A-Z]")


def _role_part_holder(role: re.Match, people: list[Mention], position: int) -> str | None:
    """The full name of who holds the role a :data:`_THE_ROLE_PART` match names, named with it before
    ``position`` (``Prime Minister Tony Blair`` for ``the prime minister``); else None (an article that names the
    holder without the title is left to :mod:`.holders`, which reads the corpus)."""
    head = role.group(2)
    if head not in lexicon().lists["role"]:
        return None
    toks = ["the", *role.group(1).split(), head]
    holder = _recent_person(people, position, role=head, fallback=False, qualifiers=_role_qualifiers(toks, head))
    return holder.name if holder is not None and " " in holder.name else None


#: Lower-case words before the first name of a pair: "(deputies) Kyle Schaff and Brandon Rauk".
_LOWER_LEAD = re.compile(r"((?:[a-z][\w-]*\s+){1,3})[A-Z]")


def _plural_title_lead(part: str) -> bool:
    """Whether ``part`` opens with lower-case words ending in the plural of a role or title before a name:
    ``deputies Kyle Schaff`` (of ``deputies Kyle Schaff and Brandon Rauk``), as ``Deputies`` would be."""
    if not (lead := _LOWER_LEAD.match(part)):
        return False
    last = lead.group(1).split()[-1]
    lists = lexicon().lists
    return any(last.endswith(end) and _role_word(last[:len(last) - len(end)] + add) in lists["role"] | lists["title"]
               for end, add in (("ies", "y"), ("s", "")))


def _joint_people(mention: str, position: int, people: list[Mention]) -> str | None:
    """``Ryan and McConnell``, ``Justices Ruth Bader Ginsburg and Sonia Sotomayor``, ``Senators Bill Cassidy of
    Louisiana and James Lankford of Oklahoma``: the people a source names together, joined by :data:`JOINT` in
    the order written; None unless every part is one named person (a lower-case description after a comma ends
    the source: ``Gwen Ifill and Judy Woodruff, two PBS journalists``)."""
    if " and " not in mention:
        return None
    begin = position - len(mention)
    body = mention
    tail = re.search(r",\s+(?!and\b|or\b)(?:[a-z]|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+[a-z])", body)
    # (", visiting from Ohio", ", both", ", UMN Crookston's director of international programs")
    if tail:
        body = body[:tail.start()]
    if (lead := _DESCRIBED_LEAD.match(body) or _OWNER_LEAD.match(body)) \
            and (comma := _DESCRIPTION_COMMA.match(body, lead.end())):
        body = body[comma.end():]  # "His parents, Tonya and Marcus Pruitt": the names after the description
    if (dashed := _DASH_SET.search(body)) and (listed := DASHED_NAMES.fullmatch(dashed.group(1))) \
            and listed_people(listed["names"]):
        body = listed["names"]  # "the three members — board chair Tobias Whitmore, Joan Delacroix-Park and Ruth
        # Abernathy —": the names set off
    opened = _BOTH.match(body)
    body = _BOTH.sub("", body)
    offset = mention.find(body)  # (after "Both ")
    names, at, first_part = [], 0, ""
    for sep in list(_AND.finditer(body)) + [None]:
        lo, hi = at, (sep.start() if sep else len(body))
        part = body[lo:hi]
        at = sep.end() if sep else len(body)
        stripped = lo == 0 and opened is not None and (opened.group(1) or opened.group()[0] in "Tt")
        role = _THE_ROLE_PART.fullmatch(("the " if stripped else "") + part)  # ("The"/"Both the" taken off)
        if role and (holder := _role_part_holder(role, people, begin + offset + hi)):
            names.append(holder)  # "Both the prime minister and Chancellor Gordon Brown have called for": the role's
            continue  # holder named before, and the other
        if _OWNED_NOUN.fullmatch(part.strip()):
            continue  # a relation owned by a name describes, it names no one more: "Lorna Buchan, Alan's wife and
            # Kyle's mother" is one woman, "Maria Walsh and Dan Walsh, Maria's husband," two people
        if not part[:1].isupper() and not _OWNER_THE.match(part) and not (names and part.startswith(("his ", "her "))) \
                and not (lo == 0 and _plural_title_lead(part)):
            return None  # (but an owner after "the": "Maria Ortiz and the Post's Tom Reyes"; the first one's: "Tony
            # Blair and his campaign boss Alan Milburn")
        inside = _within(people, begin + offset + lo - 1, begin + offset + hi + 1)
        if len({mt.person.name for mt in inside}) != 1:
            return None
        name = inside[0].person.name
        if " " not in name and name.endswith("s") and name.lower() in common_words():
            return None  # a plural word read as a surname: "Scottish Conservative Highlands and Islands MSP Euan
            # Morrison" is one man, a title with "and" in it
        if names and re.search(r"\b[a-z]+\s+[A-Z]", part) and names[0].split()[0].lower() not in first_names() \
                and not re.search(r"\b[a-z]+\s+[A-Z]", first_part):
            return None  # "Egremont Crab Fair and Sports committee chairman Neil Bowness": a body's name with "and"
            # in it, then a role in lower case and the one person named (the first part names no one by a given name;
            # but "Arutanga representative Manu Ioane and Vaipae-Tautu representative Tina Heather": each part a
            # place, a role and a name)
        names.append(inside[0].person.name)
        first_part = first_part or part
    names = list(dict.fromkeys(names))
    return JOINT.join(names) if len(names) > 1 else None


#: A US party tag in brackets after a name, with its state or town: " (R-Wis.)", " (D-S.C.)".
_BRACKETED_PARTY_TAG = re.compile(r" \(([DRI]-[A-Z][A-Za-z. ]{0,20})\)")
#: A party tag after a name: ``Ed Rendell (D)``, ``Mitch McConnell (R-Ky.)``.
_PARTY_TAG = re.compile(r"\s*\([^()]{1,12}\)")


#: The opening of a short description before a name set off by commas: "His brother,", "The panel's top Democrat,",
#: "One of those daughters,".
_DESCRIBED_LEAD = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[A-Z][\w.-]*['’]s"
                             r"|(?:One|Another|Each) of)\s")
#: A role of a body opening a source phrase, capitalised and with no article: "Head of the Department of ...".
_ROLE_OF_BODY = re.compile(r"(?:The\s+)?(?:(?:Deputy|Acting|First|Vice)\s+)?([A-Z][a-z]+)\s+of\s")
#: The comma before a person's name and the occupation written before it: ", orthopedic surgeon ".
_OCCUPATION_BEFORE = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,3}")
#: An appositive after a comma: "the largest party in the coalition", "a former minister".
_APPOSITIVE_TAIL = re.compile(r"(?:the|a|an)\s")
#: A relative clause about a place or a time set off after a source: ", where ...", ", when ...".
_RELATIVE_TAIL = re.compile(r",\s+(?:where|when)\s")
_NOUN_AFTER_NAME = re.compile(r"(?: [a-z][a-z-]*){1,3}\s*")  # "(Podesta) employee", "(Clinton) campaign aide"
#: A lower-case description opening with an article or "One": "One tout", "The final declaration".
_UNNAMED_LEAD = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z]")
#: Who made or named it, in the words after a description: "lodged by their company, Marsh Occasions", "identified
#: only as Soldier B".
_NAMED_IN_TAIL = re.compile(r"\b(?:by|as)\s+(?:[a-z]+,?\s+){0,2}[A-Z]")
_ONE_OF_TAIL = re.compile(r"one\s+of\s+(?:the|its|their|[A-Z][\w.-]*['’]s)\s")  # "one of the largest (firms)"
#: A short description, then the name of a body set off after it: "Romania's junior ruling partner, the Civic Renewal
#: Party", "The players' union, the Women's Volleyball Players Association".
_DESCRIBED_THEN_BODY = re.compile(r"(?:[Tt]he\s+|[A-Z][\w.-]*['’]s\s+)(?:[a-z][\w-]*(?:s['’]|['’]s)?\s+){0,4}"
                                  r"[a-z][\w-]*,\s+"
                                  r"(the\s+[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on))*"
                                  r"|[A-Z][A-Z&.-]{1,9})")
#: A capitalised name, then an appositive after a comma: "Miller, a retired worker from a nuclear plant", "Bread for
#: Tomorrow, a coalition of food banks", "the Edhi Foundation, Pakistan's largest charity ambulance service".
_NAME_APPOSITIVE = re.compile(r"(?:the )?([A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&.-]*|of|for|and|the|on|in))*), "
                              r"(?:an?|the|[a-z][\w-]*|[A-Z][\w.-]*['’]s) .*", re.S)
#: A name, then an appositive describing it as a body: "Unite, the union that represents ...".
_NAME_THEN_BODY_KIND = re.compile(r"((?:[A-Z][\w&'’.-]*\s+){0,5}[A-Z][\w&'’.-]*),\s+(?:the|an?)\s+(.+)", re.S)
_BODY_KIND_NOUNS = frozenset(re.findall(r"[a-z-]+", COMPANY_KINDS)) | frozenset("""union group charity association
federation coalition alliance agency organisation organization nonprofit think-tank operator""".split())
#: Words after the head noun of an appositive: "a coalition of food banks", "a group that scores votes".
_APPOSITIVE_END = frozenset("of for that who which whose from in at on with based by to".split())
#: A group and how it is made up: "The protesters, most of them farmers and herders".
_GROUP_APPOSITIVE = re.compile(r"((?:the |The )?(?:[\w-]+ )?[\w-]+s), (?:(?:most|many|some|all|several|half|none|both"
                               r"|each|one|two|three|four|five) of (?:them|whom)|from|near|in) \b.*", re.S)


#: A phrase of people in lower case ending in a plural: "his relatives", "local farmers" (not "the press").
_PLURAL_GROUP = re.compile(r"(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w-]*[^s\W]s")
#: Heads that make a body only in a capitalised name: "Haojing Property Development", not "vice-president of
#: development".
_NAME_ONLY_HEADS = frozenset({"development"})
#: A name joined by "&": "Rydal & Crane", "Procter & Gamble".
_FIRM_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
                        r"\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


#: A body's capitalised name after its owner's possessive: "the city’s Office of Inspector General".
_OWNER_THEN_BODY = re.compile(r"(?:[Tt]he\s+)?[a-z][\w-]*['’]s\s+((?:Office|Department|Ministry|Agency|Board|Council"
                              r"|Commission|Authority|Bureau|Committee)\s+(?:of|for|on)\s+[A-Z].*)")
#: A body's website or page: "the Ministry of Energy's website".
_BODYS_SITE = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w.&-]*))*)['’]s?"
                         r"\s+(?:official\s+)?(?:website|web\s+site|site|web\s+page|Facebook\s+page)")
#: Cheap tests before the patterns below: a quote mark or "the" opens a quoted group's name; a saying noun.
_OPENING_OR_THE = frozenset("\"“‘'Tt")
_SAYING_NOUNS = ("verdict|answer|reply|response|retort|message|advice|reaction|assessment|explanation|conclusion"
                 "|warning|summary")
_SAYING_NOUN = re.compile(_SAYING_NOUNS)
#: A group named in quote marks before its kind: 'The "Twenty's Plenty for Walcot" group'.
_QUOTED_GROUP = re.compile(r"(?:[Tt]he\s+)?[\"“‘']([A-Z][^\"“”‘\n]{1,60}?)[\"”’']\s+(?:campaign\s+)?"
                           r"(?:group|campaign|organi[sz]ation|association|coalition|network|movement|alliance"
                           r"|initiative|collective)")
#: What someone gives as their words, after its owner: "The coach's verdict on his pupil", "His answer".
_OWNED_SAYING = re.compile(r"((?:[Tt]he\s+)?[\w.-]+(?:\s+[A-Z][\w.-]+){0,3}(?=['’]s\s)|[Hh]is|[Hh]er|[Tt]heir)"
                           rf"(?:['’]s)?\s+(?:{_SAYING_NOUNS})(?:\s+(?:on|to|for|about)\s+.{{1,40}})?")


#: An infinitive right before a name: "(Activists clamoring) to block (Donald Trump)".
_INFINITIVE_BEFORE = re.compile(r"[a-z]\s+to\s+[a-z]+\s+$")
#: Labels of a text that follows, which name no speaker: "Transcript as follows:", "Full text:".
_TEXT_LABELS = frozenset({"transcript", "full transcript", "text", "full text", "excerpt", "excerpts",
                          "prepared remarks", "remarks as prepared"})
#: One of a group just mentioned, then its name set off: "One of them, (UnitedHealth Group)", "Among them, ".
_ONE_OF_THEM_NAMED = re.compile(r"(?:(?:One|Another|Each)\s+of\s+(?:them|those|these)|Among\s+them),\s+(?=[A-Z])")
#: A possessive after a name, then its noun in lower case, maybe where it is: "('s) biggest boosters in New
#: Hampshire", "('s) campaign manager" (group 1: the noun's last word).
_POSSESSED_NOUN = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){0,3}\s+([a-z][\w-]*)"
                             r"(?:\s+(?:in|at|from|on)\s+[A-Z][^,]*)?\s*")
#: Nouns of what a person says or writes, which a possessive gives to its owner: "Trump's comments".
_UTTERANCE_NOUNS = frozenset("comments comment remarks statement statements account accounts".split())


#: An age or an indefinite description set off after a name: ", 47, a nurse at", ", a nurse at".
_PERSON_DESCRIBED_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:an?)\s+[a-z]")


#: A seat after a role noun: "(the MP) for Sittingbourne and Sheppey", "(the member) for Glasgow East".
_FOR_SEAT = re.compile(r" for (?!the\b)[A-Z][\w'’-]+(?: (?:and )?[A-Z][\w'’-]+)*$")
#: Roles of a seat's one holder.
_SEAT_ROLES = frozenset("mp member mla msp mep mpp td councillor senator representative congressman congresswoman "
                        "assemblyman assemblywoman".split())
#: Head nouns of unnamed people that no list of the lexicon holds: a source headed by one is anonymous.
_PEOPLE_NOUNS = frozenset("""man men woman women boy boys girl girls child children kid kids teenager teenagers crowd
crowds audience mother father mom dad parent parents son sons daughter daughters wife husband reporter reporters
journalist journalists narrator host moderator user users viewer viewers reader readers commenter commenters respondent
respondents protester protesters demonstrator demonstrators delegate delegates superdelegate superdelegates senators
representatives member farmer farmers fisherman fishermen grower growers patient patients player players rider riders
driver drivers skipper skippers trader traders volunteer volunteers organiser organisers organizer organizers
commentator commentators author authors writer writers student students teacher teachers schoolteacher schoolteachers
nurse nurses mogul tycoon speechwriter neurosurgeon defenders advocates families""".split())
#: Words after the noun that heads a source: "A man near the stage", "a summary distributed to reporters".
_AFTER_HEAD = PREPOSITIONS | {"near", "outside", "inside", "behind", "beside", "among"}
#: A share or a part of a group: "Some Democrats", "About 72 percent of Democrats", "Half of the voters".
_SHARE_OF = re.compile(r"(?:(?:about|nearly|almost|roughly|just|more than|fewer than|less than|over|under)\s+)?"
                       r"(?:\d[\d.,]*\s*(?:percent|per cent|%)(?:\s+of)?|half of|(?:a|one|two)[ -](?:third|quarter|"
                       r"thirds)s? of|(?:some|many|most|several|few|a few|a majority|a minority)(?:\s+of)?)\s+\S", re.I)
#: Social networks: a body when one speaks on its own account.
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok whatsapp linkedin snapchat reddit".split())
#: A name, then where the person is: "Andrew in Derby", "Sue from Leeds" (a reader's letter, a caller).
_NAME_IN_PLACE = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: One word with a capital inside that is no surname's prefix ("CalMac", "PolitiFact", "YouGov"): a body's name.
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+([A-Z][A-Za-z]*)")


def settled_type(speaker: str, speaker_type: str) -> str:
    """The type a row shows once its speaker is settled: a source of type unknown headed by a noun for people
    (``the man``, ``A man near the stage``, ``a reporter``), or a share of a group typed unknown or organization
    (``Some Democrats``, ``About 72 percent of Democrats``, ``Half of the voters surveyed``), is anonymous, someone
    unnamed. Only the type shown changes: the rules that resolve pronouns and roles have already read the source."""
    if speaker_type not in {"unknown", "organization"} or not speaker[:1].isalnum():
        return speaker_type
    toks = WORD.findall(speaker)
    placed = next((i for i, t in enumerate(toks) if i and (t.lower() in _AFTER_HEAD or t.endswith("ing"))), len(toks))
    head = _head(toks[:placed])  # ("A man near the stage": the man; "a summary distributed to reporters", "the union
    # representing correctional officers": none)
    people = head in _PEOPLE_NOUNS or lexicon().has("anonymous", head)
    if _SHARE_OF.match(speaker) and (people or PERSON_NOUN.search(head) or _is_cap(toks[-1]) and head.endswith("s")):
        return "anonymous"  # (a share of people, "Most dentists", "Some Democrats"; not "Some cities")
    made = next((i for i, t in enumerate(toks) if i > 1 and t.endswith("ed") and t.islower()), placed)
    if speaker_type == "unknown" and lexicon().has("document", _head(toks[:min(placed, made)])):
        return "media"  # "The indictment says", "a summary distributed to reporters": a document no maker was found
        # for
    if speaker_type == "unknown" and people and not _is_cap(toks[placed - 1]):
        return "anonymous"  # ("the Vermont senators", "Iowa voters"; but "the ferry operator", "the owners" may be a
        # firm: not listed)
    return speaker_type


#: A leader a body served under, after its name: "(the FCC) under Democratic President Barack Obama".
_UNDER_LEADER = re.compile(r"\s+under\s+(?:(?:former|then|new|previous)\s+)?(?!The\b|Government\b)[A-Z]")
# (not a body's parent in its name: "the Committee for Environmental Protection under the Government of ...")
#: A share of people polled, named by its number alone: "23 percent", "another 12 percent", "18%".
_SHARE_POLLED = re.compile(r"(?i:(?:another|the|some|about|nearly|almost|only|just|roughly)\s+)*"
                           r"\d[\d.,]*\s*(?:percent|%|per cent)")

#: A name, then a dash and a role in lower case: "Jason Miller - communications director (for ...)".
_DASHED_ROLE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’]*)\s+[-–—]\s+(?=[a-z])")


def _tail_head(tail: str) -> str:
    """The last word of a description's first phrase, as written (``association`` of ``a local fishers' association
    in ...``), or an empty string."""
    return "".join(re.split(r"\s(?:of|in|at|on|from|for|with|who|that)\s", tail)[0].split()[-1:])


def _legal_firm(mention: str) -> str | None:
    """The name of ``mention`` when it is a company's: two to six capitalised words, after "the" or where the company
    is based, the last a legal form of :data:`LEGAL_FORMS` as companies write it (``Hokuyo Feed GmbH``, ``Bergen-based
    Fjordline Tackle AS``: not the conjunction "as"); else None."""
    name = _BASED_BEFORE.sub("", _BODY_THE.sub("", mention.strip()))
    words_ = name.split()
    return name if 2 <= len(words_) <= 6 and all(w[:1].isupper() for w in words_) \
        and words_[-1].rstrip(".").lower() in LEGAL_FORMS else None


def classify_source(mention: str, position: int, people: list[Mention], previous: tuple | None = None,
                    paragraph_start: int = 0, content: tuple[int, int] | None = None):
    """``(speaker, speaker_type)`` of a source phrase written at ``position`` (see module rules).

    Parameters
    ----------
    mention : str
        The source phrase as written.
    position : int
        Its end offset in the text.
    people : list of Mention
        :func:`find_people` of the text.
    previous : tuple, optional
        The last attribution (below).
    paragraph_start : int
        Offset of the source's paragraph.
    content : (int, int), optional
        The reported words' span.

    Returns
    -------
    (str, str)
        The speaker (a person's full name, or the phrase) and its type: person, anonymous, organization, media,
        unresolved or unknown.

    ``previous`` describes the last attribution (to a person, if any): ``(speaker, speaker_type, recent,
    same_paragraph)``, and for a person where its words end and start. ``they``/``it`` may take a non-person previous
    speaker. ``he``/``she`` take, in order: the previous person speaker when it spoke earlier in the same paragraph (the
    subject of the story so far, not a person merely named as an object: "Mr Balls said Mr Brown's Budget ... 'quote,'
    he said"); a person named earlier in the same paragraph (from ``paragraph_start``); a recent (within two paragraphs)
    previous person speaker; the most recent person named before. People named inside ``content`` (the reported words)
    are not candidates for a pronoun.
    """
    lx = lexicon()
    if mention.removeprefix("the ").removeprefix("The ") == "WHO":
        return "WHO", "organization"  # the World Health Organization's initials, not the pronoun
    if " under " in mention and (under := _UNDER_LEADER.search(mention)) and under.start() > 0:
        # "the FCC under Democratic President Barack Obama": the body, not the leader it served under
        return classify_source(mention[:under.start()], position - len(mention) + under.start(), people, previous,
                               paragraph_start, content)
    if _SHARE_POLLED.fullmatch(mention):
        return mention, "anonymous"  # "23 percent (who said)", "another 12 percent": a share of people polled
    if (firm := _legal_firm(mention)) is not None:
        return firm, "organization"  # "Bergen-based Fjordline Tackle AS", "Hokuyo Feed GmbH": a company by its legal
        # form as written, never a person
    if "-based " in mention and (based := _BASED_LAST.search(mention)):
        # "Timmins-based Northline Air", "The contractor, Chemnitz-based Elbtal Datentechnik": the body after where
        # it is based (find_people reads no person there)
        speaker, stype = classify_source(mention[based.end():], position, people, previous, paragraph_start, content)
        return speaker, "organization" if stype == "unknown" else stype
    if " " in mention and (dashed := _DASHED_ROLE.match(mention)):
        # "Jason Miller - communications director for Trump's transition team": the role set off as by a comma (the
        # same length, offsets kept)
        mention = f"{dashed.group(1)},{' ' * (dashed.end() - dashed.end(1) - 1)}{mention[dashed.end():]}"
    if mention.strip().lower() in _TEXT_LABELS:
        return UNRESOLVED, "unresolved"  # "Transcript as follows:": a label of what follows, no one who speaks
    if " of " in mention and (sample := _DOCUMENT_OF_SAMPLE.fullmatch(mention)) \
            and lx.has("document", sample.group(2).lower()) \
            and lx.has("anonymous", sample.group(3).lower()):
        # "the union's own survey of 3,100 members": the survey, whose sample its "of" names, not the members
        return classify_source(sample.group(1), position - len(mention) + sample.end(1), people, previous,
                               paragraph_start, content)
    if (one_of := _ONE_OF_THEM_NAMED.match(mention)) is not None:
        # "One of them, UnitedHealth Group, has threatened": the one named, not "One of them"
        return classify_source(mention[one_of.end():], position, people, previous, paragraph_start, content)
    if (member := _ONE_MEMBER.fullmatch(mention)) and (noun := member.group(1)) not in STOP_WORDS \
            and (PERSON_NOUN.search(noun) or noun in _MEMBER_NOUNS) and not _COMPANY_KIND_WORD.fullmatch(noun) \
            and not lx.verb(noun) and not noun.endswith(("ed", "ing")) \
            and not any(lx.has(kind, noun) for kind in ("document", "media_head", "org_head")):
        return mention, "anonymous"  # "A Delta Air Lines pilot", "One Chilkat Summit guide", "a Sanders supporter":
        # someone unnamed whom a name qualifies, not its holder
    if mention[:1].isupper() and (dated := _AGENCY_DATED.match(mention)):
        # "Kano, Nov. 15, 2026 (NAN) The Tomato Growers Association", "Apr 8 (PTI) The Rajasthan High Court": an
        # agency's dateline with no dash is no part of the source
        return classify_source(mention[dated.end():], position, people, previous, paragraph_start, content)
    opening, _, rest = mention.partition(" ")
    if opening[:1].isupper() and rest[:1].isupper() and _opening_adverb(opening.lower()):
        # "Interestingly Blocher said": a sentence adverb without its comma is no part of the source
        return classify_source(rest, position, people, previous, paragraph_start, content)
    if (adverb := _LINKING_ADVERB.match(mention)) and "," in mention[adverb.end():]:
        # "However, farmers from Aselapura, where ...": the sentence's linking word is no part of the source (a
        # subject read back across the commas of its own aside)
        return classify_source(mention[adverb.end():], position, people, previous, paragraph_start, content)
    if "," in mention and (aside := _TRAILING_ADVERB.search(mention)) is not None:  # (a test first: the hot path)
        # "Farmers interviewed by AGP, however, questioned ...": the source before the aside
        return classify_source(mention[:aside.start()], position - len(mention) + aside.start(), people, previous,
                               paragraph_start, content)
    if "by " in mention and (stand_in := _STAND_IN.search(mention)) is not None:
        # "The Governor of Kasai, Mr. X, represented by the Provincial Minister of Health, Mrs. Y, welcomed": the
        # governor, whose words the minister delivered
        return classify_source(mention[:stand_in.start()], position - len(mention) + stand_in.start(), people,
                               previous, paragraph_start, content)
    if (", through " in mention or ", speaking " in mention) and (how := _HOW_SPOKEN.search(mention)) is not None \
            and how.start() > 0:
        # how the source spoke is no part of who it is, nor the age before it ("Kilabuk, 17, speaking through an
        # interpreter in Inuktitut"); a body that speaks through someone is the body ("Murindati Stone Works, through
        # its advocate Mr. Peter Kamau Njoroge, (argued)"), not whoever it spoke through
        source = _AGE_END.sub("", mention[:how.start()])
        speaker, kind = classify_source(source, position - len(mention) + len(source), people, previous,
                                        paragraph_start, content)
        return speaker, "organization" if kind == "unknown" and " its " in how.group() else kind  # (its: a body)
    text = _clean(mention)
    if previous and previous[2] and previous[0] and text.lower() in {"the same source", "the same official"}:
        return previous[:2]  # "According to the same source, APG has set up ...": who spoke just before (wire copy)
    if _FIRM_NAME.fullmatch(text):
        return _BODY_THE.sub("", text), "organization"  # "Rydal & Crane", "Marks & Spencer": a firm, never two people
    site = _BODYS_SITE.fullmatch(text) if "site" in text or "page" in text else None
    if site and (owner := classify_source(site.group(1), position, people, previous, paragraph_start,
                                          content))[1] == "organization":
        return owner  # "according to the Ministry of Energy's website": the ministry, who published it
    owned_body = _OWNER_THEN_BODY.fullmatch(text) if "s " in text else None
    if owned_body:
        # "the city's Office of Inspector General": the body by its name, not an unnamed inspector general
        return classify_source(owned_body.group(1), position, people, previous, paragraph_start, content)
    quoted = _QUOTED_GROUP.fullmatch(text) if text[:1] in _OPENING_OR_THE else None
    if quoted:
        return quoted.group(1), "organization"  # 'The "Twenty's Plenty for Walcot" group': the group, by its name
    owned = _OWNED_SAYING.fullmatch(text) if _SAYING_NOUN.search(text) else None
    if owned:
        # "The coach's verdict on his pupil was blunt: "..."", "His answer was short:": the owner says it
        owner = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(owned.group(1).lower(), owned.group(1))
        end = position - len(mention) + mention.find(owned.group(1)) + len(owned.group(1))
        return classify_source(owner, end, people, previous, paragraph_start, content)
    named_in = _within(people, position - len(mention), position)  # the people the phrase names, in text order
    described = _DESCRIBED_THEN_NAMED.fullmatch(text) if not named_in and ", " in text else None
    if described and not _not_name_words().intersection(w.lower() for w in described.group(1).split()):
        # "The couple's lawyer, Made Astawa": a name set off after its description, whatever its words ("Made")
        return described.group(1), "person"
    named_body = _NAME_THEN_BODY_KIND.fullmatch(text) if ", " in text and not named_in else None
    if named_body and {w.lower().strip(",") for w in named_body.group(2).split()[:6]} & _BODY_KIND_NOUNS:
        # "Unite, the union that represents most of Dunmore’s workforce", "Gulf Meridian Shipbuilding, the
        # Pascagoula, Miss., company building the ships": the body, by its name
        return named_body.group(1), "organization"
    body_named = _DESCRIBED_THEN_BODY.fullmatch(text) if ", " in text else None
    if body_named and (body_named.group(1).split()[-1].lower() in lx.lists["org_head"]
                       or body_named.group(1).isupper()):  # (or its initials: "The agency, CBSA")
        return body_named.group(1), "organization"  # "Romania's junior ruling partner, the Civic Renewal Party"
    about = _DOC_ABOUT.match(text)
    if about and about.group(1).lower() in lx.lists["document"]:
        return text[:about.end(1)], "media"  # "The indictment against Paul Manafort and Rick Gates": the indictment,
        # not the people it is about
    made = DOC_MADE_BY.match(text) if _MAKER_WORD.search(text) else None
    made = made or _DOC_NAME_MADE.match(text)  # (or a name: "figures Charbonneau provided to the committee")
    if made and made.group(1).lower() in lx.lists["document"]:
        if (hired := _COMMISSIONED_FROM.match(text, made.end())) is not None:
            # "An analysis the town commissioned from Coastal Systems Group, a Falmouth engineering firm": the firm
            return classify_source(hired.group(1), position - len(text) + hired.end(1), people, previous,
                                   paragraph_start)
        # "a map the department released Friday": the document's maker
        maker = classify_source(made.group(2), position - len(text) + made.end(2), people, previous, paragraph_start)
        if maker[1] != "unresolved":
            return maker  # (an "it" no earlier row resolves leaves the document, for the body the sentences are about)
    group = _GROUP_APPOSITIVE.fullmatch(text) if ", " in text else None
    if group:
        # "The protesters, most of them farmers and herders": the protesters, not someone named after them
        lead = len(mention) - len(mention.lstrip(" ,;:\"“”'‘’"))
        return classify_source(group.group(1), position - len(mention) + lead + group.end(1), people, previous,
                               paragraph_start)
    body_of = _BODY_OF.fullmatch(text) if " of " in text or " for " in text or " on " in text else None
    if body_of and body_of.group(1).lower() in lx.lists["org_head"] \
            and not _within(people, position - len(mention), position) \
            and text.rsplit(None, 1)[-1].lower() not in WHEN_WORDS:  # (not "... Broadcasters Friday")
        return text, "organization"  # "The Ministry of Justice", "Department for Education": a body, not a justice
    seated = _SEATED_BODY.fullmatch(text) if " in " in text else None
    if seated and seated.group(1) in lx.lists["org_head"]:
        return text, "organization"  # "The Argentine embassy in London": a body where it sits, not "Argentine"
    kind_named = _KIND_THEN_COMPANY.fullmatch(text) if " " in text and _COMPANY_KIND.search(text) else None
    if kind_named is None and " " in text and _BODY_KIND.search(text):
        kind_named = _KIND_THEN_BODY.fullmatch(text)  # "European farmers' lobby Copa-Cogeca"
    if kind_named and (not named_in or all(m.start == position - len(mention) + mention.rfind(kind_named.group(1))
                                           for m in named_in)
                       and not any(w in first_names() or w in lx.lists["role"]
                                   for w in kind_named.group(1).lower().split())):
        return kind_named.group(1), "organization"  # "Supermarket chain Penrose": the company, by its name (a name
        # read as a person's, but with no given name or role in it: "The activist group Solidarité Mayotte")
    made = _BODY_MADE.match(text) if " for " in text or " by " in text or " to " in text else None
    if made and made.group(1).lower() in lx.lists["org_head"]:
        return text, "organization"  # "An organization established for Donald Trump's transition": the body, not
        # whom it was made for or by
    gave = _GAVE_NAME.fullmatch(text) if "name" in text or "identified" in text else None
    if gave:
        return gave.group(1), "person"  # "a street vendor who gave only her first name, Chileshe": Chileshe
    kin_named = _KIN_THEN_NAME.fullmatch(text)
    if kin_named and not _within(people, position - len(mention), position):
        return kin_named.group(2), "person"  # "His mother Aigul": a relative named by a given name alone
    ranked = _ELDER.fullmatch(text)
    if ranked is None and ", the " in text.lower() and (late := _ELDER.search(text)) and late.end() == len(text) \
            and text[:late.start()].endswith(", "):
        ranked = late  # "Reached at his home in Red Deer, the elder Mr. Whitford, now 81": after an opening phrase
    if ranked and (person := _by_age(people, position, ranked.group(2).split()[-1],
                                     ranked.group(1).lower() != "younger")):
        return person.name, "person"  # "the elder Ms. Tolliver": of two Tollivers named with ages, the older (of
        # two surnames, the last: "The elder Cordeiro Lopes")
    ranked = _SENIOR.fullmatch(text) if "enior" in text or "unior" in text else None
    if ranked and (person := _by_age(people, position, ranked.group(2), ranked.group(3) == "senior",
                                     gender=_TITLE_GENDER.get(ranked["title"] or "", ""))):
        return person.name, "person"  # ("Mrs Dowd senior": the elder of the women)
    sent = _DOCUMENT_SENT.match(text)
    if sent and sent.group(2) == "from" and _FROM_WHEN.match(sent.group(3)):
        sent = None  # "A municipal engineering report from October 2023": when it dates from, not who sent it
    if sent and sent.group(2) != "from" and _MAKER_BY.search(text, sent.start(3)):
        sent = None  # "A fire audit submitted to the court by the Kota Municipal Corporation": its maker, below
    if sent and (sent.group(1) in lx.lists["document"] or sent.group(2) != "from" and sent.group(1) == "paper"):
        if sent.group(2) == "from":
            # "A letter from Cocobod to Ivory Coast's cocoa council": whoever it is from
            sender = _TO_RECIPIENT.split(sent.group(3), maxsplit=1)[0].rstrip(" ,")
            return classify_source(sender, position - len(text) + sent.start(3) + len(sender), people, previous,
                                   paragraph_start)
        return _clean(text[:sent.end(1)]), "media"  # "A draft options paper sent to ministers ...": the paper
    known_as = _KNOWN_ONLY_AS.search(text)
    if known_as:
        return known_as.group(1), "person"  # "a woman who gave her name only as Crystal": Crystal
    timed = _TRAILING_TIME.search(text)
    if timed and timed.start() > 0:
        text = text[:timed.start()].rstrip(" ,")  # "A court document filed Thursday": the document, not a person
        # "Thursday" (nor "The memo," of "The memo, dated April 2")
    anonymity = _ANONYMITY.search(text)
    if anonymity and anonymity.start() > 0:
        if (cut := _ANONYMITY.search(mention)) and cut.start() > 0 \
                and _within(people, position - len(mention) + cut.start(), position):
            # "A Banff photographer who asked not to be named because he still works alongside some of Westergaard’s
            # former clients": the photographer, not whoever the reason names
            return classify_source(mention[:cut.start()], position - len(mention) + cut.start(), people, previous,
                                   paragraph_start, content)
        text = text[:anonymity.start()]  # "a retired machinist from Brampton who asked not to be named": the machinist
    if ", " in text and (doing := _DOING_ASIDE.search(text)) and doing.start() > 0 \
            and settled_type(text[:doing.start()], "unknown") == "anonymous":
        text = text[:doing.start()]  # "A retired engineer from Falmouth, sailing his own ketch single-handed,": the
        # engineer, not what he was doing
    if ", " in text and " by " in text and (titled := _TITLE_THEN_MADE.fullmatch(text)) \
            and (doc := _DOC.match(titled.group(1))) and lx.has("document", doc.group(1)) \
            and (made := classify_source(titled.group(1), position, people))[1] in {"organization", "person"}:
        return made  # "The Pacific Remittance Monitor, a twice-yearly survey compiled by the Auckland-based Oceania
        # Payments Institute": a document by its title, then described with who made it (read as any such phrase)
    if (described := _UNNAMED_DESCRIBED.fullmatch(text)) and settled_type(described.group(1), "unknown") == "anonymous":
        return _clean(text), "anonymous"  # "A farmer whose land borders theirs to the north", "A retired schoolteacher
        # next door": someone unnamed, with what the clause or the place says of them
    if (one := _ONE_SET_OFF.match(text)) and one.end() < len(text):
        # "One, an engineer with 14 years at the company, said": one of a group named before, then who they are
        return classify_source(text[one.end():], position, people, previous, paragraph_start)
    if ", a" in text and (appositive := _DESCRIBED_AGAIN.match(text)) \
            and not _within(people, position - len(mention), position):
        # "The youngest craftsman on the street, a 26-year-old law graduate who works in his uncle's shop": the
        # description the source opens with, not the second one set off after it
        return classify_source(appositive.group(1), position - len(mention) + len(appositive.group(1)), people,
                               previous, paragraph_start)
    relative = WHO_CLAUSE.search(text) or ("," not in text and _WHOSE_CLAUSE.search(text))
    # (not "The World Polymers Council, an industry body whose members include ...": a body named, then described)
    begin = position - len(mention)
    if relative and relative.start() > 0 and "," not in text[relative.end():] \
            and not any(not _PLURAL_AFTER.match(mention, mt.end - begin)  # (but "Sanders supporters who ...")
                        for mt in _within(people, begin, begin + relative.start())):
        # "many diehard Sanders supporters who came to protest ...", "those who back her": the phrase, whoever its
        # clause names (but "the young woman who escorted her, Ms. Kostrzewa recalled": the name after it)
        head = text[:relative.start()].rstrip(" ,")
        speaker, kind = classify_source(head, position - len(mention) + len(head), people, previous, paragraph_start)
        if kind == "anonymous" and ", " in head:
            return speaker, kind  # "The woman, a 34-year-old from Leeds who was not named": the clause is the
            # description's, which the head set off
        if kind not in {"person", "media"}:
            return text, "anonymous" if kind == "unresolved" else kind
        return speaker, kind
    which = _WHICH_SET_OFF.search(text) if ", which " in text else None
    if which and (_CAPITALISED_NAME.fullmatch(text, 4 if text.startswith("The ") else 0, which.start())
                  or _NAME_WORD.fullmatch(text, 0, which.start())):
        # "Unite, which represents around 500 workers at the site": the body by its name, not the clause about it
        head = text[:which.start()]
        return classify_source(head, position - len(mention) + len(head), people, previous, paragraph_start)
    reduced = _REDUCED_RELATIVE.search(text)
    if reduced and reduced.start() > 0:
        # "a document viewed by Reuters", "a submission also seen by the Guardian", "the legal team for two suspects
        # being held without trial", "Article 47 of the constitution, as amended in 2004": the source is the noun
        # phrase, not who viewed it
        text = text[:reduced.start()].rstrip(" ,")  # ("The report, seen by Reuters,")
        if text.endswith(" and"):
            text = text[:-4].rstrip(" ,")  # ("The review, commissioned by the Cabinet Office and seen by The Times")
        viewer_at = begin + mention.find(reduced.group().strip(" ,"))  # (who viewed it names no one of the phrase)
    else:
        viewer_at = position + 2
    dated = _DOC_PARTICIPLE.search(text) if "ed " in text or "en " in text or text.endswith(("ed", "en")) else None
    if dated and dated.group(1) in lx.lists["document"]:
        # "a Congressional Budget Office estimate released in June": the estimate; "an agreed statement of facts
        # read to the jury": the statement of facts
        text = text[:dated.end(2) if dated.group(2) else dated.end(1)]
        if (at := mention.lower().find(text.lower())) >= 0 and " by " not in mention[at + len(text):].split(",")[0]:
            viewer_at = min(viewer_at, begin + at + len(text) + 1)  # (where it came out names no source: "The
            # resolution, published in the official gazette Kuwait Alyoum"; but its maker after "by" does: "a lawsuit
            # filed last week ... by her husband, Gregory Alcott")
    text_at = begin + max(mention.find(text), 0)  # (where what is left of the phrase starts: its end may be cut)
    poll = _POLL.fullmatch(text)
    pollster = re.sub(r"^(?:[a-z][\w-]*\s+)+", "", poll.group(1)) if poll else ""
    if pollster[:1].isupper() and pollster.lower() not in {"a", "an", "the"}:
        return pollster, "media"  # "Reuters/Ipsos polling", "a new Quinnipiac University poll": the pollster
    if not text:
        return UNRESOLVED, "unresolved"
    kin_of = _KIN_OF.match(text) if " of " in text else None
    if kin_of is None and "s " in text and (owned_kin := _KIN_OWNED.fullmatch(text)) \
            and (named_in and " " in named_in[-1].person.name and named_in[-1].end - named_in[-1].start
                 >= len(named_in[-1].person.name)):
        kin_of = owned_kin  # "Mohammed Rafiq's son": a relative of someone named in full (a surname alone may be
        # the relative's own: "Trump's son", after "Donald Trump Jr.")
    if kin_of:
        # "The wife of Republican U.S. Senate candidate Roy Moore": the relative, named elsewhere by the family's
        # surname (Kayla Moore), else an unnamed source; never the person she is the wife of
        gender = _KIN[kin_of.group(1).lower()]
        if named_in:
            owner = named_in[-1].person
            family = {mt.person.name for mt in people if mt.person is not owner and " " in mt.person.name
                      and mt.person.surname == owner.surname and mt.person.gender in {gender, ""}}
            if len(family) == 1:
                return family.pop(), "person"
        return text, "anonymous"
    lone = _NAME_APPOSITIVE.fullmatch(text) if ", " in text else None
    named_at = position - len(mention) + mention.find(lone.group(1)) if lone else -1
    if lone and lone.group(1).lower() not in common_words() \
            and not any(named_at <= mt.start < named_at + len(lone.group(1)) for mt in named_in):
        # "Xinhua, the official Chinese news agency", "Bread for Tomorrow, a coalition of food banks": the body's name;
        # "Miller, a retired worker from a nuclear plant": the one word before the appositive is a surname
        described = text[lone.end(1):].lower().replace(",", " ").split()
        at = next((i - 1 for i, w in enumerate(described) if w in _APPOSITIVE_END and i), len(described) - 1)
        if at > 0 and described[at].endswith("ed") and described[at + 1:at + 2] == ["by"]:
            at -= 1  # "a charity founded by former athletes": the noun before the participle
        head = described[at]
        if head in lx.lists["media_head"] or head in lx.lists["org_head"]:  # (the appositive's head noun)
            return text[:lone.end(1)], "media" if head in lx.lists["media_head"] else "organization"
        if " " not in lone.group(1):
            return classify_source(lone.group(1), text_at + lone.end(1), people, previous,
                                   paragraph_start)
        names = lone.group(1).split()
        if not any(mt.start < named_at + len(lone.group(1)) for mt in named_in) \
                and (head in lx.lists["role"] or head in lx.lists["anonymous"]) and len(names) <= 3 \
                and all(w[:1].isupper() and (w.lower() not in _not_name_words() | STOP_WORDS or i == 0
                                             and w.lower() in first_names())
                        and w.lower() not in lx.lists["org_head"] and w.lower().rstrip(".") not in lx.lists["title"]
                        for i, w in enumerate(names)):  # ("April", "June": a given name first)
            return lone.group(1), "person"  # "April Mellody, a spokeswoman for ...": a name the finder missed
    low = text.lower()
    low_nodet = _ARTICLE.sub("", low)
    topic = _DOCUMENT_TOPIC.search(text)
    if topic and text[:topic.start()].rsplit(None, 1)[-1].lower() in lx.lists["document"]:
        text = text[:topic.start()]  # "Global Affairs Canada’s travel advice for the UAE": the advice, of its owner
        people = [mt for mt in people if not position - len(topic.group()) <= mt.start < position]  # (no one named in
        # the topic speaks: "A newly released email relating to Tom Reyes")
    owned = _BODY_DOC.fullmatch(text) if text[text.rfind(" ") + 1:].lower() in lx.lists["document"] else None
    if owned and owned.group(2).lower() in lx.lists["document"] and owned.group(1)[:1].isalpha() \
            and (owned.group(1) != owned.group(1).lower() or " " in owned.group(1)) \
            and (not _NOT_BODY_WORDS.intersection(owned.group(1).lower().split())
                 or _CAPITALISED_NAME.fullmatch(owned.group(1)) is not None) \
            and not WHEN_WORDS.intersection(owned.group(1).lower().split()) \
            and (owned.start(1) > 0 or all(w[:1].isupper() and not w.endswith(("'s", "’s"))
                                           for w in owned.group(1).split())
                 or _CAPITALISED_NAME.fullmatch(owned.group(1)) is not None):
        # (not "a court filing", "a POLITICO analysis of FEC records"; with no article, only a name: "DGHS data",
        # "Reuters calculations", not "CNN exit poll data", "Pence's press release")
        speaker, kind = classify_source(owned.group(1).rstrip("’'"), text_at + owned.end(1), people)
        if kind in {"organization", "media"} and owned.group(1).lower() not in PLATFORMS:  # ("a Facebook post": by
            # someone on it)
            return speaker, kind  # "a Congressional Budget Office estimate", "an agriculture ministry report"
        if kind == "unknown" and owned.group(1)[-1:] in {"’", "'"}:
            return speaker, "organization"  # "Fusion GPS’ statement": a body's name before its possessive mark
        if kind == "unknown" and _CAPITALISED_NAME.fullmatch(owned.group(1)) \
                and _NOT_BODY_WORDS.intersection(owned.group(1).split()):
            return speaker, "organization"  # "House of Commons Library figures": a body's name in title case
    if owned and owned.group(2).lower() in lx.lists["document"] and owned.start(1) == 0 \
            and (topic := _MAKER_THEN_TOPIC.fullmatch(owned.group(1))):
        speaker, kind = classify_source(topic.group(1), text_at + topic.end(1), people)
        body_name = topic.group(1)  # (unknown: an acronym, or words joined by "and"/"of": "HM Revenue and Customs")
        if kind == "organization" or kind == "unknown" and (body_name.isupper() or " " in body_name
                                                            and not body_name.istitle()):
            return speaker, "organization"  # "HM Revenue and Customs trade figures", "DEQ monitoring data": the body
    m = _DOC.match(text)
    if m and m.group(1).lower() in lx.lists["document"] \
            and not (m.group(2).rsplit(None, 1)[-1].lower() in lx.lists["document"]
                     and text[:m.start(2)].rstrip().endswith(" of")):
        # (a document about other documents, "a POLITICO analysis of FEC records", is not by their makers)
        if "commissioned" in text[m.end(1):m.start(2)]:
            if writer := COMMISSIONED_WRITER.search(text, m.start(2)):
                speaker, kind = classify_source(writer.group("name"), text_at + writer.end("name"), people)
                return speaker, kind if kind == "person" else "organization"  # "An impact assessment commissioned
                # by the council from the Tromsø consultancy Nordlys Analyse": the consultancy wrote it
            return text[:m.end(1)], "media"  # "A workforce study commissioned by the Legislature": who asked for a
            # study did not write it
        about = m.start(2)
        if text[:about].rstrip().endswith(" of") and (by := _NAMED_BY.search(text, about)):
            about = by.end()  # "an analysis of NHS waiting list data by the Pelvic Pain Alliance": by its maker
        maker = _WHICH_TAIL.split(text[about:], 1)[0]  # "a letter signed by Varghese that went home to parents"
        maker = _MAKER_TAIL.split(maker, 1)[0]  # "One message, sent by an engineer to a manager in March 2023"
        if (about_what := _ABOUT_TAIL.search(maker)) and any(c.isupper() for c in maker[:about_what.start()]):
            maker = maker[:about_what.start()]  # "(by the Andalusian regional government) on traditional crafts" (but
            # "the all-party parliamentary group on financial inclusion" is a name)
        if meeting := _BODY_MEETING.match(maker):
            maker = meeting.group(1)  # "minutes of a Transport Scotland meeting held on June 12": the body's
            about += meeting.start(1)
        speaker, kind = classify_source(maker, text_at + about + len(maker), people, previous,
                                        paragraph_start)
        if kind != "unknown" and not (kind in {"organization", "anonymous"} and _UNNAMED_MAKER.fullmatch(maker)):
            return speaker, kind  # (not a maker the text does not name: "by a Vancouver real-estate consultancy")
        if kind == "unknown" and _CAPITALISED_NAME.fullmatch(maker) and " " in maker \
                and not _within(people, text_at + about, text_at + about + len(maker)):
            return maker, "organization"  # "results published by Clean Severn Worcester": a name no one bears, in
            # title case, that made a document: a body
        if unnamed_body(m.group(2)):
            return m.group(2), "organization"  # "a report published today by the all-party parliamentary group on
            # financial inclusion": the group
        return text, "media" if m.group(1).lower() in lx.lists["media_head"] else "unknown"
    close = _NEAR_SOURCE.match(text)
    if close and close.group(1).lower() in lx.lists["anonymous"]:
        return text, "anonymous"  # "A source close to Romney", "people familiar with the talks": not Romney
    aged = _AGED.fullmatch(text)
    if aged is None and (lead := _AGED.match(text)) and _AGED_APPOSITIVE.fullmatch(text, lead.end()):
        aged = lead  # "The 52-year-old, a former care assistant,": the age, then a description
    if aged and not named_in:
        person = _aged(people, position - len(mention), int(aged.group(1)), aged.group(2) or "")
        if person is not None:
            return person.name, "person"
    counted = _KIN_COUNT.fullmatch(text)
    if counted and not named_in and (person := _recent_person(people, position - len(mention),
                                                               gender=_PARENT_GENDER[counted.group(1).lower()],
                                                               epithet=True)) is not None:
        return person.name, "person"  # "said the grandfather-of-five": the man just named, not his grandfather
    party = _THE_PARTY_MEMBER.fullmatch(text)
    if party and not [mt for mt in named_in if not mt.person.name.endswith(("Democrat", "Republican"))] \
            and (holder := _party_member(people, position - len(mention), party.group(1).lower(),
                                                           {w.lower() for w in text.split()[1:-1] if w[:1].isupper()})):
        return holder.name, "person"  # "the first-term Democrat said" after "Rep. Angela Burris, D-Tulsa"; "the
        # Maryland Democrat" after "Ruth Calloway, a Maryland Democrat" (the finder may read "Virginia Democrat" as a
        # name: no one's)
    from_place = _FROM_PLACE.fullmatch(text)
    if from_place and (from_place.group(1).lower() in lx.lists["role"] | _PARTY_MEMBER) \
            and not named_in:
        # "The Democratic congressman from Michigan", "the Republican from Maine": someone named before, by the
        # role if someone holds it, else the last person named
        person = _recent_person(people, position - len(mention), role=from_place.group(1).lower(),
                                gender=GENDERED_NOUNS.get(from_place.group(1).lower(), ""))
        if person is not None:  # ("The congresswoman from Kentucky": no man)
            return person.name, "person"
    serving = _SERVES.fullmatch(text) if " to " in text else None
    if serving and ((noun := (serving.group(1) or serving.group(2)).lower()) in lx.lists["anonymous"]
                    or noun in lx.lists["role"] or noun[:-1] in lx.lists["role"]):
        return text, "anonymous"  # "the former top aide to President George W. Bush": the aide, not Bush
    if not named_in and (other := _OF_ANOTHER.fullmatch(text)) \
            and (lx.has("role", other.group(1).lower()) or lx.has("anonymous", other.group(1).lower())):
        return text, "anonymous"  # "The mayor of another northern-shore village": someone new, not the mayor named
    group = _GROUP_FOR.fullmatch(text)
    if group and low.startswith("the ") and group.group(1).lower() in _SEAT_ROLES and not named_in and previous \
            and previous[2] and previous[1] == "person" and JOINT not in previous[0] \
            and _FOR_SEAT.match(text, group.end(1)) \
            and _recent_person(people, position - len(mention), role=group.group(1).lower(), fallback=False) is None:
        return previous[0], "person"  # "Mr Wyatt predicted ... The MP for Sittingbourne and Sheppey said": a seat's
        # one holder, the recent speaker described again (a new member would be named), unless someone holds the role
    if group and group.group(1).lower() in _SEAT_HOLDERS | _SEAT_ROLES and "," not in text and named_in \
            and named_in[-1].end == position and " " in named_in[-1].person.name \
            and text.endswith(" " + (name := mention[named_in[-1].start - begin:])) \
            and _FOR_SEAT.match(text, group.end(1), len(text) - len(name) - 1):
        return named_in[-1].person.name, "person"  # "MP for North Devon Karen Hollis said": the seat, then its
        # holder's name (not a spokesman for her)
    if group and group.group(1).lower() in lx.lists["anonymous"] and (
            group.group(1).lower().endswith("s") or _FOR_SOMEONE.match(text, group.end(1))):
        # "Officials for Iowa Senators X and Y", "A spokesman for Representative X, chairman of ...": the officials
        # and the spokesman, not X (without the appositive on X); but "A spokesperson for the National Prosecuting
        # Authority, Sipho Mabaso": the name set off after the description is the spokesperson's
        named = _named_last(mention, position, people)
        return (named.name, "person") if named else (_partition_comma(text)[0], "anonymous")
    if group and low.startswith(("the ", "a ", "an ")) and group.group(1).lower() in lx.lists["role"] | {"head"} \
            and (not named_in
                 or ("," not in text and text[group.end(1):].lstrip().lower().startswith("for "))):
        # (no name in it, "..., Labour MP X", but one it is for: "The lawyer for former U.S. national security
        # adviser Michael Flynn" is not Flynn)
        # "the head of sovereign credit ratings at S&P Global", "a lawyer for the family": a role, held by someone
        # named before with it, else unnamed (never "Global")
        known = low.startswith("the ") and not _OF_A_BODY.match(text, group.end(1))  # ("A coach from a rival
        # team", "The manager of a Broadway hardware store": someone new, not the coach or manager named)
        holder = _recent_person(people, position - len(mention), role=group.group(1).lower(), fallback=False) \
            if known else None
        if holder is None and known and not named_in:
            # "The mayor of Pozzuoli on Wednesday accused ..." before "Mayor Raffaele Iovino told": the one holder
            # named later
            holder = _one_holder_after(people, position, group.group(1).lower(), frozenset())
        body, comma, tail = _partition_comma(text)
        aside = comma and (_APPOSITIVE_TAIL.match(tail) or _DOING_ASIDE.match(comma + tail))
        return (holder.name, "person") if holder else (body if aside else text, "anonymous")  # (without ", a Duquesne
        # bakery", ", sailing his own ketch single-handed")
    owned = _OWNED_BODY.fullmatch(text)
    if owned:
        # "His office said": the office of the last man named ("Senator John McCain's hospitalization")
        owner = _recent_person(people, position - len(mention), gender="m" if owned.group(1).lower() == "his" else "f")
        if owner is not None:
            return f"{owner.name}'s {owned.group(2).lower()}", "organization"
    outlet = _OUTLET_OF.fullmatch(text)
    if outlet and not WHEN_WORDS.intersection(outlet.group(1).lower().split()):
        # (but "a Wednesday editorial": when, not whose)
        # "the Virginian-Pilot newspaper", "a Fox News report": the outlet speaks (a body if the lists say so)
        name = outlet.group(1)
        owner = _strip_possessive(name)
        if owner != name:
            # "the BNP's website": the body (or person: "Trump's website") that owns it, not an outlet "BNP's"
            person = _by_name(people, owner, position)
            return (person.name, "person") if person else (owner, "organization")
        return name, "organization" if name.lower() in lx.lists["organization"] else "media"
    opener = _OPENING_CONJUNCTION.match(text)
    if opener and opener.end() < len(text):  # "But he", "And Mr Smith": the conjunction opens the sentence
        text = text[opener.end():]
        text_at += opener.end()
        low = text.lower()
        low_nodet = _ARTICLE.sub("", low)
    low = _POSSESSIVE_PRONOUNS.get(low, low)  # "Her comments have been described as ...": she
    uncontracted = _CONTRACTED.sub("", low)
    low = uncontracted if uncontracted in PRONOUNS else low  # "he’s", "they’re"
    if low.rstrip(".") in {"mr", "mrs", "ms", "dr"}:
        return UNRESOLVED, "unresolved"  # a title cut from its name
    if low not in PRONOUNS and (all(w in STOP_WORDS for w in low.split()) or low in TIME_WORDS or low in MONTHS
                                or (_participle(low) and low in common_words())):
        if text[:1].isupper() and " " not in text and (named := next(
                (mt.person for mt in reversed(people) if mt.end <= position - len(mention)
                 and mt.person.surname == text and " " in mt.person.name), None)) is not None:
            return named.name, "person"  # "Keeping said" after "Dawn Keeping, NL Health Services' director"
        return UNRESOLVED, "unresolved"  # "But", "One", "Thursday", "Speaking", "Citing": no source named
    if low in PRONOUNS:
        if content is not None and _within(people, content[0], content[1], by_start=True):
            # a person named inside what is reported is not who reports it: "Mr Blair has failed ..., he claimed"
            people = [mt for mt in people if not content[0] <= mt.start < content[1]]
        if low in {"he", "she", "i"}:
            gender = PRONOUN_GENDER.get(low, "")
            spoke = previous is not None and previous[1] == "person" and JOINT not in previous[0]  # (he is one)
            if spoke and any(mt.person.name == previous[0] and _DEAD in mt.person.roles for mt in people) \
                    and _someone_living([mt for mt in people if mt.end <= position], gender):
                spoke = False  # "the late Orvis Pederson, asked him to take over ... He said": the living man, not
                # the dead one who spoke last (as for any pronoun, below)
            if spoke and gender and len(previous) > 4 and not _gender_known(people, previous[0], gender):
                # the last speaker's gender is unknown: someone of the pronoun's known gender named since it spoke
                # ("Owain Hughes ... he said. Colleagues describe Pritchard-Jones ... 'Maybe,' she says")
                since = [mt for mt in people if previous[4] <= mt.start and mt.end <= position
                         and mt.person.gender == gender and mt.person.name != previous[0]]
                if since:
                    return since[-1].person.name, "person"
            if spoke and previous[3] and _gender_fits(people, previous[0], gender):
                return previous[:2]
            person = _subject_over_owner(people, position, gender, since=paragraph_start)
            if person is None and spoke and previous[2] and _gender_fits(people, previous[0], gender):
                return previous[:2]
            person = person or _subject_over_owner(people, position, gender)
            return (person.name, "person") if person else (UNRESOLVED, "unresolved")
        if previous and (previous[1] in {"anonymous", "organization", "media"}
                         or (previous[1] == "person" and JOINT in previous[0] and low == "they")
                         or (previous[1] == "unknown" and low == "they" and _PLURAL_GROUP.fullmatch(previous[0]))):
            return previous[:2]  # ("Ryan and McConnell pledged ... 'This will not happen,' they said"; "his
            # relatives said. They said": the group no list types)
        return UNRESOLVED, "unresolved"  # never a person called "they"
    joint = _joint_people(mention, position, people)
    if joint:
        return joint, "person"
    toks = WORD.findall(text)  # the tokens of words(text, 0, len(text)), without their offsets
    caps = [_strip_possessive(t) for t in toks if _is_cap(t)]
    head = _head(toks)
    unnamed_person = False
    if _INDEFINITE.match(low) and len(part := _OF_SPLIT.split(text, maxsplit=1)) > 1 \
            and len(WORD.findall(part[0])) > 1 and (noun := _head(WORD.findall(part[0])))[:1].islower() \
            and (noun not in lx.lists["org_head"] or noun in lx.lists["role"]) and noun not in _PART_OF_BODY:
        head = noun  # "A volunteer at the food bank": someone unnamed, not the bank
        # "A senior executive at a trading house", "Two employees of the office": a person no list types (not "the
        # Scottish Executive")
        unnamed_person = noun in lx.lists["org_head"] or noun not in lx.lists["anonymous"] and PERSON_NOUN.search(noun)
    elif text[:1].islower() and not low.startswith(("the ", "a ", "an ")) \
            and len(part := _OF_SPLIT.split(text, maxsplit=1)) > 1 and 1 <= len(WORD.findall(part[0])) <= 3 \
            and (noun := _head(WORD.findall(part[0]))).endswith("s") and WORD.findall(part[0])[-1].islower() \
            and (PERSON_NOUN.search(noun) or lx.has("anonymous", noun)):
        head, unnamed_person = noun, True  # "hydrologists for the State Engineer": people unnamed, not the engineer
    elif low.startswith("the ") and " of " not in low and len(part := _OF_SPLIT.split(text, maxsplit=1)) > 1 \
            and len(WORD.findall(part[0])) == 2 and (noun := _head(WORD.findall(part[0]))) in lx.lists["role"]:
        head = noun  # "the councillor behind the motion", "the minister in charge": the role, held by someone named
        # (not "the motion")
    elif toks[0].endswith(("'s", "’s")) and len(part := _OF_SPLIT.split(text, maxsplit=1)) > 1 \
            and (noun := _head(WORD.findall(part[0]))) in lx.lists["role"]:
        head = noun  # "Pakistan's High Commissioner to Britain", "Canada's ambassador to France": the owner's role
        # (not the place it is held in)
    elif low.startswith("one of ") and head.endswith("s") and PERSON_NOUN.search(head[:-1]):
        unnamed_person = True  # "one of the council's coastal engineers": one unnamed person
    # a named person anywhere in the phrase whose name ends the phrase or precedes an appositive
    inside = [mt for mt in _within(people, position - len(mention) - 2, viewer_at) if not names_no_one(mt.person.name)]
    aged = _AGED_EPITHET.fullmatch(text) if not inside else None
    if not inside and (epithet := _EPITHET.fullmatch(text)) \
            and (epithet.group(1).lower() in _EPITHET_NOUNS or aged) \
            and not (epithet.group(1).lower() == "international" and any(w[:1].isupper() for w in text.split()[1:])) \
            and (person := _recent_person(people, position - len(mention), epithet=True,
                                          gender=GENDERED_NOUNS[aged.group(1).lower()] if aged else "")) is not None \
            and " " in person.name:
        if aged and (ranked := _by_age(people, position - len(mention), person.surname,
                                       "young" not in aged.group(0).lower(), person.gender)) is not None:
            person = ranked  # "the older man" after a father and his son named with one surname: the father
        return person.name, "person"  # '"...," the athlete said' after "Gurbanli said ...", "the Georgian judoka"
        # after "Kapanadze, who won silver, ...": the person just named; "The older woman said" after "'...,' Ilona
        # Toth said with a laugh": the woman just named (an unnamed one is "an older woman")
    if not inside and (two := _THE_TWO.fullmatch(text)) and (pair := _two_holders(people, position - len(mention),
                                                                                   two.group(1).lower())):
        return pair, "person"  # "the two ministers said" after "Minister X ... Minister Y": both, joined
    if (family := _SURNAME_FAMILY.fullmatch(text)) and inside:
        return f"{family.group(1)} family", "organization"  # "the Tovey family said": the family, not the one named
    named_first = [mt for mt in inside if ((only_titles(prefix := mention[:max(0, mt.start - begin)])
                                            or role_phrase(prefix, lx) and mt is inside[0])
                                           and not prefix.endswith(" of ")  # (what the role is of: "The Chief of
                                           # Suco Bairro Pite, Agostinho Lemos Pereira")
                                           and mention[mt.end - begin:].lstrip().startswith((",", "of ")))
                   or _RELATIVE_AFTER.match(mention, mt.end - begin)]
    if named_first:
        # "Lauren Ehrsam, a department spokeswoman", "Mr. Morgan of X", "Conservative economist Aparna Mathur, who ..."
        return named_first[0].person.name, "person"
    body, comma, tail = _partition_comma(text)
    written = _partition_comma(mention.rstrip())[0]
    if _clean(written) == body:
        # the body as written, ending where it ends in the text ("Ed Rendell (D)", whose tag _clean drops)
        body, body_end = written, position - len(mention.rstrip()) + len(written)
    else:
        body_end = text_at + len(body)
    if (relative := _DOCUMENT_RELATIVE.match(text)) and lx.has("document", relative.group(1).lower()) \
            and (cut := mention.lower().find(f"{relative.group(1).lower()} {relative.group(2).lower()}")) > 0:
        cut += len(relative.group(1))  # (the first relative word after the noun, where the text has it)
        return classify_source(mention[:cut], position - len(mention) + cut, people, previous, paragraph_start,
                               content)  # "the report that went before cabinet": the report
    if (sent := _DOCUMENT_TO.match(text)) and lx.has("document", sent.group(1).lower()) \
            and " by " not in text and " from " not in text \
            and (cut := mention.find(sent.group(0))) >= 0:
        cut += len(sent.group(0)) - len(sent.group(2))  # "A report to the council’s education, children’s and
        # leisure services committee": the report, not whom it went to (but "a memo to councilors from X" is X's)
        return classify_source(mention[:cut].rstrip(), position - len(mention) + cut, people, previous,
                               paragraph_start, content)
    if comma and not inside and body[:1].isalpha() and (where := _RELATIVE_TAIL.search(mention)) is not None:
        cut = where.start()  # "farmers from Aselapura, where a farmer was killed in January", "Shopkeepers in Palace
        # Street, Sun Street and Northgate, where ...": the people, not where they are
        return classify_source(mention[:cut], position - len(mention) + cut, people, previous, paragraph_start,
                               content)
    if comma and not inside and (named_body := _THE_NAMED_BODY.fullmatch(tail)) and _DESCRIPTION.match(body) \
            and not lx.has("title", named_body.group(1).split()[0].lower().rstrip(".")):
        return named_body.group(1), "organization"  # "The vessel's operator, the Vigo-based Pesquerías Atlántico
        # Sur", "The union that backed the case, the Syndicat des travailleurs du poisson": the body the description
        # is, named with "the"
    if comma and _OF_WHICH.match(tail) and body[:1].isalpha():
        return classify_source(body, body_end, people, previous, paragraph_start, content)  # "The order, a copy of
        # which was reviewed by The Bee": the order
    if comma and _ADJUNCT_TAIL.match(tail) and body[:1].isalpha() \
            and not (tail.startswith(("like", "unlike")) and _within(people, body_end, position)):
        # "Fusion GPS, in a notice to a federal judge late on Tuesday": the source, then where it spoke ("Some
        # defenders of globalization, like Gary Hufbauer": the person named as an example speaks)
        return classify_source(body, body_end, people, previous, paragraph_start, content)
    if comma and inside and (_DESCRIBED_LEAD.match(mention.lstrip()) or mention.lstrip().startswith("One of ")) \
            and " " in inside[-1].person.name and ", " in (lead := mention[:inside[-1].start - begin]) \
            and only_titles(_THE_DEMONYM_TITLE.sub("", lead.rsplit(", ", 1)[1])) \
            and not _BRACKETS.sub("", mention[inside[-1].end - begin:]).strip(" ,"):
        # "Kenya’s cabinet secretary for investments, trade and industry, Grace Wanjiru Mbugua": a description with
        # commas of its own, then the name that ends the source ("One of the three Democrats who voted against it,
        # state Sen. Priya Natarajan (D-Henderson)": a party tag after it; ", the Burkinabè Mr Issoufou Boukary Zongo":
        # where the person is from, before the title)
        return inside[-1].person.name, "person"
    if comma and inside and (role := _ROLE_OF_BODY.match(mention.lstrip())) \
            and (role.group(1).lower() in lx.lists["role"] or role.group(1).lower() in lx.lists["title"]
                 or role.group(1).lower() == "head") \
            and " " in inside[-1].person.name and not mention[inside[-1].end - begin:].strip(" ,") \
            and _OCCUPATION_BEFORE.fullmatch(mention, mention.rfind(",", 0, inside[-1].start - begin),
                                             inside[-1].start - begin):
        # "Head of the Department of Traumatology of the Aragats University Hospital, orthopedic surgeon Gevorg
        # Martirosyan": a role of a body without its article, then the person who holds it
        return inside[-1].person.name, "person"
    if comma and tail[:1].islower() and body[:1].isalpha():
        # "The Joint Committee on Taxation and the Congressional Budget Office, both nonpartisan research units of
        # Congress": the body, not its description
        speaker, stype = classify_source(body, body_end, people)
        signed = stype == "media" and _SIGNED_TAIL.fullmatch(tail) and any(mt.start >= body_end for mt in inside)
        # ("The county's letter, signed by chief administrative officer Harold Venn": its signer's, read below as a
        # document's maker)
        if not signed and (stype in {"organization", "media"}
                           or stype == "person" and any(mt.person.name == speaker for mt in inside)) \
                or (stype == "anonymous" and (_GROUP_TAIL.match(tail) or _APPOSITIVE_TAIL.match(tail)
                                              and not _within(people, body_end, position))) \
                or stype == "unknown" and body[:1].isupper() and _ONE_OF_TAIL.match(tail):
            # (a group and who leads it: "Trump’s lawyers, led by Marc Kasowitz": the lawyers; an unnamed source
            # and more about its body, naming no one: "A senior official in the Liberal Democratic Alliance, the
            # largest party")
            # (a person named before the description: "House Speaker Paul Ryan, the top-ranking Republican in
            # Congress"; a name one of a kind: "Clearpath Minds, one of the largest")
            return speaker, stype
        if stype == "unknown" and body[:1].isupper() and _APPOSITIVE_TAIL.match(tail) \
                and (kind := _tail_head(tail)).islower() and kind in lx.lists["org_head"] \
                and not _within(people, body_end, position):
            # "Samahan ng Mangingisda ng Zambales, a local fishers' association": a name no list holds, which its
            # description in lower case calls a body (not a name set off: "Its owners, the Calder Pharmacy Group")
            return speaker, "organization"
        if stype == "unknown" and _UNNAMED_LEAD.match(body) and not _NAMED_IN_TAIL.search(tail) \
                and (_GROUP_TAIL.match(tail) or _APPOSITIVE_TAIL.match(tail)) \
                and not _within(people, body_end, position):
            # something unnamed and more about it, naming no one ("One tout, a 22-year-old student", "The final
            # declaration, adopted by consensus"): the phrase, someone unnamed when a noun for people heads it or
            # its description
            heads = [body.split()[-1], *_tail_head(tail).split()]
            person = any(PERSON_NOUN.search(w) and w not in lx.lists["media_head"] for w in heads if w.islower())
            return speaker, "anonymous" if person else stype
    if inside and _DESCRIBED_LEAD.match(mention.lstrip()):
        # "His brother, Kevin Thibodeaux, a member of the St. Mary Parish Council": a short description, then the
        # person's name set off by commas, then more about them: the person, not the body the tail names
        for mt in inside[:2]:  # (the first name set off, after an owner's: "Pawlak’s daughter, Kristen Pawlak, a")
            lead, comma_, titled = mention[:mt.start - begin].rpartition(", ")  # (a title may stand before the
            # name: "The trust's chairman, Cdr Gerald Tonkin, a retired Royal Navy officer")
            if comma_ and (not titled or only_titles(titled)) and len(lead.split()) <= 7 \
                    and mention[mt.end - begin:].startswith((",", " (", " of ", " at ", " from ")):
                return mt.person.name, "person"  # (or where they work: "His attorney, Miriam Castellanos of the
                # Delta Justice Initiative")
    if _is_or_ends_with(low_nodet, lx.lists["media"]):
        named = [mt.person for mt in inside if " " in mt.person.name and mt.end >= position - 1]
        if not named and " " not in text and (person := _by_name(people, text, position)) and " " in person.name:
            named = [person]  # "Guardian said" after "Atlantic City Mayor Don Guardian"
        if named and named[-1].name.split()[0].lower() in first_names():
            return named[-1].name, "person"  # "Atlantic City Mayor Don Guardian": a person an outlet's name ends
        return text, "media"
    if low_nodet in lx.lists["organization"] \
            or _INITIALISM.fullmatch(text.removeprefix("the ")) and low_nodet not in lx.lists["role"]:
        # (not a role's letters: "said the MP", "the CEO")
        person = _by_name(people, text, position) if " " not in text and text[:1].isupper() else None
        if person and " " in person.name:
            return person.name, "person"  # "Jordan said" after "Rep. Jim Jordan": the person, not the country
        if text[:4].lower() == "the " and (holder := _initials_holder(text[4:], people, position)):
            return holder, "person"  # "the DC" after "Kullu Deputy Commissioner Aditi Rana", "the PM"
        return text, "organization"
    if unnamed_person and not inside:
        return text, "anonymous"
    chief = head in lx.lists["role"] and len(toks) > 1 and toks[-2].lower() == "chief"
    if head in lx.lists["org_head"] and inside and " " in inside[-1].person.name \
            and (mention[inside[-1].end - begin:].startswith((", of ", ", at ", ", with "))
                 or mention[inside[-1].end - begin:].startswith((" of ", " at "))
                 and all(w[:1].isupper() or lx.has("role", w.rstrip(",").lower())
                         or PERSON_NOUN.search(w.rstrip(",").lower())
                         for w in mention[:inside[-1].start - begin].split())):
        # (or with no comma after a title, or a role's noun: "Detective Sergeant Paul Whitworth of Derbyshire
        # Constabulary's organised crime team", "Cultural historian Dr Sharmaine Weekes of the Montserrat National
        # Trust", "Her coach, Derek Oyelaran of the Muskoka Lakes Masters swim club")
        return inside[-1].person.name, "person"  # "..., Detective Constable Rachel Kenny, of Greater Manchester
        # Police's economic crime unit": where the person works
    if head in lx.lists["org_head"] and inside and " " in inside[0].person.name \
            and _PERSON_DESCRIBED_AFTER.match(mention, inside[0].end - begin) \
            and all(w[:1].isupper() for w in mention[:inside[0].start - begin].split()):
        # "Stroke Elaine Duthie, 47, a nurse at Fraserburgh Hospital": the person first named, then described, not
        # the body the description ends with
        return inside[0].person.name, "person"
    if head in lx.lists["org_head"] and not chief and not (head in _NAME_ONLY_HEADS and toks[-1][:1].islower()):
        return text, "organization"  # (but "the chief executive" is a person's role, not "the Scottish Executive")
    party_role = low.startswith("the ") and head in lx.lists["role"] and bool(caps) \
        and all(c.lower() in _PARTY_WORDS for c in caps)  # "the Republican lawmaker": the one named before
    if _CIVIL_SERVANT.fullmatch(text):
        return text, "anonymous"  # "A senior civil servant (in the department)": an unnamed official
    if low.startswith("the ") and len(toks) == 2 and previous and previous[1] == "anonymous" and previous[2] \
            and (_head(WORD.findall(_OF_SPLIT.split(_partition_comma(previous[0])[0], maxsplit=1)[0])) == head
                 or head == "official" and _CIVIL_SERVANT.match(previous[0])):
        return previous[:2]  # "A spokesman for Defra said ... the spokesman said": the same unnamed source ("A senior
        # civil servant ... the official said" too)
    if 2 < len(toks) <= 4 and low.startswith("the ") and head not in _UNNAMED_SOURCE_NOUNS \
            and (head in lx.lists["anonymous"] or head in lx.lists["role"]) \
            and (holder := _recent_person(people, position - len(mention), role=head, fallback=False,
                                          qualifiers=frozenset(w.lower() for w in toks[1:-1]))) is not None \
            and " " in holder.name:
        return holder.name, "person"  # "the Lib Dem spokesman" after "Lib Dem spokesman Vince Cable", "the Tory
        # spokesman" after "Tory spokesman Ann Widdecombe": the holder the text named with every word of the phrase
        # (not the last spokesman named)
    if toks and (toks[-1][:1].islower() or head in SPOKESPEOPLE) and head in lx.lists["anonymous"] and not party_role:
        # (in title case too: "The Foreign Office Spokesperson" is unnamed, as in lower case)
        if len(toks) == 2 and low.startswith("the ") and head not in _UNNAMED_SOURCE_NOUNS \
                and (holder := holder_of(people, head, position - len(mention))
                     or (_one_ranked_holder(people, position - len(mention), head) if head in _HELD_ONLY else None)) \
                is not None \
                and " " in holder.name:
            return holder.name, "person"  # "the spokesperson said" after "Senior Commissioner Ketut Wirawan, a
            # spokesperson for Bali police, said": the spokesperson the text named ("the doctor": Dr. Samer Haddad;
            # "the lawmaker": Sen. Yousif Al-Hammadi; "the nurse": nurse Mirna Vera)
        return text, "anonymous"  # "Mr Blair's official spokesman"
    if (head in lx.lists["media_head"] or head in lx.lists["document"] and len(toks) > 2
            and toks[-2].endswith(("'s", "’s")) and toks[-2][:1].islower()) \
            and not (caps and _strip_possessive(toks[-1]) in caps):
        return text, "media"  # (a body's document too: "The agency's decision states", its maker found later)
    if head in lx.lists["role"] and low.startswith("the ") and not inside \
            and any(t.endswith(("'s", "’s")) for t in toks[1:-1]):
        # "the Justice Department's inspector general", "The dealer's lawyer": someone's or a body's officer, held by
        # someone named with the role or unnamed; never the last person named
        holder = _recent_person(people, position - len(mention), role=head, fallback=False)
        if holder is None and len(toks) == 3 and _strip_possessive(toks[1]).lower() in lx.lists["org_head"] \
                and previous and previous[1] == "person" and previous[3] and JOINT not in previous[0] \
                and not any(mt.person.roles for mt in people if mt.person.name == previous[0]):
            return previous[0], "person"  # '"...," Oxfam's Barbara Stocking said. "...," the charity's director
            # added': a body's officer no one was named as, the person who spoke just before in the paragraph (named
            # with no role of their own: not "Barbara Stocking, a volunteer")
        return (holder.name, "person") if holder else (text, "anonymous")
    if head in lx.lists["role"] and low.startswith("the ") and len(toks) == 3 and toks[1].istitle() and len(toks[1]) >= 5 \
            and (holder := _national_holder(people, position - len(mention), head, toks[1])) is not None:
        return holder.name, "person"  # "The Kazakh minister" after "Kazakhstan's Minister of Trade ... Yerlan Sadykov"
    if toks == [head] and head in lx.lists["role"] and not inside \
            and (holder := _recent_person(people, position - len(mention), role=head, fallback=False)
                 or _one_holder_after(people, position, head, frozenset())):
        return holder.name, "person"  # a role alone, with no article, as a deck writes it: "mayor says city has run
        # out of options" before "Mayor Tanya Brandt"
    # (a role inside what the last person reports is someone else's: "Mary Jones said the minister announced")
    reporting = previous is not None and len(previous) > 5 and previous[5] <= position < previous[4]
    if head in lx.lists["role"] and low.startswith("the ") \
            and all(" " not in mt.person.name or mention[mt.end - begin:].strip() == toks[-1] for mt in inside):
        # (a name right before the role noun qualifies it: "The Croydon Central MP", a seat)
        # "the Salford MP", "The foreign secretary": a role held by someone named before (a lone capitalised word
        # in the phrase is no name: "Salford")
        # an unnamed role ("the spokesman") only goes to someone who holds it, unless a name qualifies it
        specific = head not in lx.lists["anonymous"] or bool(caps) \
            or any(t.isupper() and len(t) > 1 for t in toks[1:-1])  # (a party's letters too: "the DUP MLA")
        qualifiers = _role_qualifiers(toks, head)
        gender = GENDERED_NOUNS.get(head, "")  # ("the congresswoman": no man named, whoever was last)
        person = None
        if any(t.lower() == "former" for t in toks):
            person = _recent_person(people, position - len(mention), role=head, fallback=False, gender=gender,
                                    qualifiers=qualifiers | {"former"})  # "the former secretary" after "Former
            # Secretary of State Hillary Clinton": the holder named with the rank first
        person = person or _recent_person(people, position - len(mention), role=head, fallback=False,
                                          qualifiers=qualifiers, gender=gender)
        if person is None and head in _HELD_ONLY and not qualifiers:
            person = _one_ranked_holder(people, position - len(mention), head)  # "the coroner": the assistant
            # coroner, the only one named
            if person is None and head in _SOLE_OFFICES:
                person = _one_ranked_holder(people, max((mt.end for mt in people), default=0), head)
                # ("The coroner asked Dr Marchetti ..." paragraphs before "assistant coroner Rebecca Hadley-Moss":
                # the one holder the article names anywhere)
        if person is None and head in _LEADER_ROLES and not qualifiers:
            person = _most_named(people, position - len(mention))  # "The president argued": the article's leader
        if person is None and specific and qualifiers:
            # "The home secretary said ..." before "Home Secretary Charles Clarke told ...": the one holder named later
            # (of a qualified role only: "the senator" goes to whom the article is about)
            person = _one_holder_after(people, position, head, qualifiers)
        if person is None and specific and not qualifiers \
                and not any(mt.person.roles for mt in people if mt.end <= position - len(mention)):
            # "with the councillor behind the motion warning ..." in the lede, then "Coun. Darren Koslowski, who
            # chairs ..., said": the holder named right after, when no one titled came before
            person = next((mt.person for mt in people if position <= mt.start < position + 400
                           and _holds(mt.person, {_role_word(head)})), None)
        if person is None and specific and head not in _HELD_ONLY and previous and previous[1] == "person" \
                and previous[2] and not reporting \
                and not any(_holds(mt.person, {_role_word(head)}) or qualifiers and _holds_other_office(mt.person, head)
                            for mt in people if mt.person.name == previous[0]):
            return previous[0], "person"  # no one holds the role: the recent speaker, before the last person named
        person = person or (specific and _recent_person(people, position - len(mention), role=head,
                                                        fallback=head not in _HELD_ONLY and not reporting,
                                                        qualifiers=qualifiers, gender=gender))
        if person:
            return person.name, "person"
    if inside and head in lx.lists["role"] and toks[-1][:1].islower() and len(toks) >= 2 \
            and toks[-2].endswith(("'s", "’s")) and toks[-2][:1].isupper() \
            and inside[-1].end <= position - len(toks[-1]):
        # "Halloran's lawyer argued": who holds that role for the owner, never the owner
        holder = _recent_person(people, position - len(mention), role=head, fallback=False)
        return (holder.name, "person") if holder else (text, "anonymous")
    if inside and toks[-1][:1].islower() and (head in lx.lists["anonymous"] or head in lx.lists["role"]
                                              or low.startswith(("one ", "a ", "an ")) and PERSON_NOUN.search(head)) \
            and all(_NOUN_AFTER_NAME.fullmatch(mention, mt.end - begin) for mt in inside):
        return text, "anonymous"  # "One former Podesta employee", "a Clinton aide": a name as a modifier (of any
        # person's noun after "one" or "a": "One long-standing Sutton Mill member")
    if inside and _INFINITIVE_BEFORE.search(mention[:inside[-1].start - begin]) and not _within(
            people, position - len(mention), inside[-1].start - 1):
        # "Activists clamoring to block Donald Trump": the one name is the object of an infinitive, not the source
        return text, "anonymous" if toks[0].lower() in lx.lists["anonymous"] or toks[0].endswith("s") else "unknown"
    if len(inside) == 1 and (owned := _POSSESSED_NOUN.fullmatch(mention, inside[0].end - begin)) \
            and only_titles(mention[:max(0, inside[0].start - begin)]) \
            and (noun := owned.group(1)) not in _UTTERANCE_NOUNS and not lx.has("document", noun) \
            and (noun in KIN_NOUNS or lx.has("role", noun) or lx.has("anonymous", noun)
                 or PERSON_NOUN.search(noun) and not noun.endswith(("ment", "ments"))):  # (not "argument")
        holder = _recent_person(people, position - len(mention), role=noun, fallback=False)
        if holder is not None and holder is not inside[0].person:
            return holder.name, "person"  # "Trump's son" after "Donald Trump's son, Donald Trump Jr.,": the son named
        return text, "anonymous"  # "Schilling's son", "Clinton's biggest boosters", "Donald Trump's campaign manager":
        # people the owner has, unnamed, never the owner
    if len(inside) > 1 and " by " in text \
            and (joint := _joint_people(text[text.rfind(" by ") + 4:], position, people)):
        return joint, "person"  # "The complaint, filed Oct. 28 in the district court by Wade and Lorna Schillinger":
        # the people who made it, named together after "by"
    if inside:
        # "Leonard Burman, director of X," names first; "His partner, Lawrence Cummings," names last
        name_first = mention.lstrip()[:1].isupper() and not low.startswith(("the ", "a ", "an ", "his ", "her ",
                                                                            "one ", "another ", "their ", "its "))
        # ("One pastor supporting Mr. Cruz, Darran Whiting of Marion": the description names someone else first)
        if name_first and len(inside) > 1 and inside[-1].end >= position - 1:
            name_first = False  # "Lib Dem spokesman Ed Davey": the name that ends the phrase is the source
        first = inside[0] if name_first else inside[-1]
        if name_first and len(inside) > 1 and mention[first.end - begin:].startswith(("'s ", "’s ")):
            first = inside[1]  # "Quispe's niece, Rosa Quispe, 26, a nursing student": the niece
        elif name_first and len(inside) > 1:
            # "Former Pennsylvania governor Ed Rendell (D), a Clinton supporter": the name its description follows
            tagged = [mt for mt in inside if (tag := _PARTY_TAG.match(mention, mt.end - begin))
                      and mention[tag.end():].lstrip()[:1] in {",", ""}]
            first = tagged[0] if tagged else first
        return first.person.name, "person"
    # "an Iowa Democrat", "The New Hampshire Union Leader": a determiner before capitalised words names someone
    # unnamed or a body, never a person by surname ("Democrat", "Leader")
    determined = not inside and bool(_INDEFINITE.match(low) or low.startswith("the "))
    if not inside and len(toks) == 2 and body_initials(toks[0]) and toks[1][:1].isupper():
        return text, "organization"  # "NHS Highland", "NHS Devon", "BBC Scotland": a body's initials, then a place
        # (no person called Highland, whom "Highland Council" would then extend, nor "Healthwatch Devon")
    if caps and head and _strip_possessive(toks[-1]) in caps and head not in _not_name_words() and not determined:
        person = _by_name(people, caps[-1], position)
        if person:
            return person.name, "person"
    if head in lx.lists["media_head"] or head in {"media"}:
        return text, "media"
    if head in lx.lists["org_head"] or head in lx.lists["organization"]:
        return text, "organization"
    if head in lx.lists["role"] and (_OWNED_ROLE.match(low)
                                     or any(t[:1].isupper() and t.endswith(("'s", "’s")) for t in toks[:-1])):
        # "her lawyer", "his spokesman", "NATO's secretary general", "Western Province's acting health director":
        # someone who holds the role, never the owner nor the last person named
        holder = _recent_person(people, position - len(mention), role=head, fallback=False)
        if holder is None and not _OWNED_ROLE.match(low) and (qualifiers := _role_qualifiers(toks[1:], head)):
            # "Quebec's transport minister accused ..." before "Minister of Transport ... Geneviève
            # Lalonde-Ouellet told": the one holder of the qualified role named later
            holder = _one_holder_after(people, position, head, qualifiers)
        return (holder.name, "person") if holder else (text, "anonymous")
    if head in lx.lists["role"] and not _INDEFINITE.match(low):
        qualifiers = _role_qualifiers(toks, head)
        person = _recent_person(people, position, role=head,
                                fallback=head not in lx.lists["anonymous"] and head not in _HELD_ONLY and not reporting,
                                qualifiers=qualifiers) \
            or (qualifiers and _one_holder_after(people, position, head, qualifiers))
        if person:
            return person.name, "person"
    if low.startswith("the ") and 3 <= len(toks) <= 6 and not caps:
        # "The health officer urged" after "Dr. Farah Nasser, the district's health officer", "The medical officer
        # of health" after "Dr. Roshni Varghese, the medical officer of health for the South Zone": a role no list
        # has, qualified, held by someone named before with every word of it
        words_ = [w.lower() for w in toks[1:]]
        role_, tail = (words_[:words_.index("of")], words_[words_.index("of") + 1:]) if "of" in words_ \
            else (words_, [])
        head_ = role_[-1] if role_ else ""
        qualifiers = frozenset(w for w in role_[:-1] + tail if w not in STOP_WORDS and w.isalpha()) - {head_}
        if head_.isalpha() and head_ not in lx.lists["anonymous"] and head_ not in lx.lists["org_head"] \
                and 0 < len(qualifiers) <= 3 \
                and len(qualifiers) + 1 + ("of" in words_) + sum(w in STOP_WORDS for w in tail) == len(words_) \
                and (holder := _recent_person(people, position - len(mention), role=head_, fallback=False,
                                              qualifiers=qualifiers)):
            return holder.name, "person"
    if (office := _NATIONAL_OFFICE.match(text)) and lx.has("role", office.group(2).lower()) \
            and (holder := _national_holder(people, position - len(mention), office.group(2).lower(),
                                            office.group(1))) is not None:
        return holder.name, "person"  # "the Angolan Minister of Health" after "the Angolan Minister of Health, Dr.
        # Teresa Gaspar Neto": the one minister named under that country's name
    if head in lx.lists["anonymous"] or head in lx.lists["role"]:
        return text, "anonymous"
    if caps and (aged := _AGED_FROM_PLACE.fullmatch(text)):
        # "the 58-year-old farmer from Bounkiling": the person of that age, where they are from aside
        return classify_source(aged.group(1), text_at + aged.end(1), people, previous, paragraph_start)
    if caps and (group := _PEOPLE_FROM_PLACE.fullmatch(text)) and PERSON_NOUN.search(noun := group.group(1).lower()) \
            and (group.group(1)[0].islower() or noun in common_words() and noun not in first_names()) \
            and not any(noun.removesuffix("s") in lx.lists[k] for k in ("media_head", "org_head", "company_head")):
        return text, "anonymous"  # "fishermen from Kalpitiya": people of a place, not a person called Kalpitiya (but
        # "Rogers of Texas")
    if caps and (owned := _OWNED_PERSON_IN_PLACE.fullmatch(text)) \
            and (lx.has("role", noun := owned.group(1)) or lx.has("anonymous", noun) or PERSON_NOUN.search(noun)
                 or noun in KIN_NOUNS):
        return text, "anonymous"  # "their physiotherapist in Rosetown": someone unnamed, not a person called Rosetown
    if caps and _strip_possessive(toks[-1]) in caps:
        if len(caps) == 1 and low_nodet.split()[-1] in lx.lists["organization"]:
            return text, "organization"
        if determined and not _INDEFINITE.match(low) and " " not in low_nodet and _is_office(low_nodet):
            return text, "unknown"  # "the Director-General": an office written with capitals, as "the
            # director-general" (its holder is found as for a role)
        if determined:
            return text, "anonymous" if _INDEFINITE.match(low) else "organization"
        person = _by_name(people, caps[-1], position)
        if person:
            return person.name, "person"
        word = caps[0].lower()
        if len(caps) == 1 and word.endswith("s") and not word.endswith("us") \
                and (word in common_words() or len(word) > 6 and word.endswith(("ists", "ysts"))) \
                and word not in first_names():
            # a plural ordinary word names a group: "Pollsters", "Organizers", "Ecologists" (a Latin singular,
            # "Nexus", names one)
            return low_nodet, "anonymous"
        if not _name_like(caps):
            # "the Red Cross": a body; "Ask", "Compaq Computer", "Zoe Saldana Asked Men Everywhere To": no name
            return text, "organization" if low.startswith("the ") and len(caps) > 1 else "unknown"
        if len(caps) == 1 and caps[0].lower() in lx.lists["document"] and caps[0].lower() not in first_names():
            return caps[0], "media"  # "Transcript as follows:", "Statement:": a document's label, no one's name
        if len(caps) == 1 and caps[0].lower() in PLATFORMS:
            return caps[0], "organization"  # "Twitter said it would remove the posts" (but "a Facebook post" is no
            # statement of Facebook's: the platforms are not in the lexicon's bodies)
        if len(caps) == 1 and (camel := _CAMEL_CASE.fullmatch(caps[0])) and caps[0].lower() not in first_names() \
                and not (len(camel.group(1)) >= 4 and camel.group(1).lower() in first_names()):
            return caps[0], "organization"  # "CalMac", "PolitiFact", "YouGov": a capital inside a word no one is
            # named by (but "McCain", "DeSantis", "LaHood", and given names: "DeShawn", "JaMarcus")
        if where := _NAME_IN_PLACE.fullmatch(text):
            return where.group(1), "person"  # "Andrew in Derby complains": a reader and where he writes from
        written = text[text.find(caps[0]):text.rfind(caps[-1]) + len(caps[-1])].split()
        if len(written) > len(caps) and all(w in caps or w in NAME_PARTICLES for w in written):
            return " ".join(written), "person"  # "Maria da Luz Pacheco": the particles are the name's too
        return " ".join(caps), "person"
    return text, "unknown"


_OUTLET_NOUNS = frozenset("newspaper paper website magazine broadcaster network channel".split())
#: Nouns that name one outlet: "the paper" after "The Mirror newspaper".
_OUTLET_FAMILY = {"paper": {"paper", "newspaper"}, "newspaper": {"paper", "newspaper"},
                  "network": {"network", "channel", "broadcaster"}, "channel": {"network", "channel", "broadcaster"},
                  "broadcaster": {"network", "channel", "broadcaster"}}


def outlet_named_before(text: str, source: str, position: int) -> str | None:
    """For ``the website``, ``the newspaper``: the outlet the text named last before ``position`` with that noun
    or one of its family (``the AL.com website``: ``AL.com``; ``The Mirror newspaper`` for ``the paper``); None for
    another source or when none was named."""
    m = re.fullmatch(r"(?:[Tt]he)\s+([a-z]+)", source.strip())
    if not m or m.group(1) not in _OUTLET_NOUNS:
        return None
    found = None
    nouns = "|".join(_OUTLET_FAMILY.get(m.group(1), {m.group(1)}))
    for found in re.finditer(_OUTLET_NAME + rf"(?:{nouns})\b", text[:position]):
        pass
    return found.group(1) if found else None


def _name_like(caps: list[str]) -> bool:
    """Whether capitalised words no person of the article has could still be a person's name: one word that is no
    function word, reporting verb or date word (a surname: ``Cruz``; not ``Ask``), or two or three words starting with a given name or an initial,
    none of the later ones an ordinary word (``Ann Porter``, but not ``Compaq Computer`` or a title-case phrase)."""
    common, given = common_words(), first_names()
    lows = [w.lower().rstrip(".") for w in caps]
    if len(caps) == 1:  # (the shipped common words hold some surnames: "obama", "gingrich")
        return not (lows[0] in STOP_WORDS or lexicon().verb(lows[0]) or lows[0] in TIME_WORDS or lows[0] in MONTHS)
    return len(caps) <= 3 and (lows[0] in given or _INITIAL.fullmatch(caps[0]) is not None) \
        and not any(w in common and w not in given for w in lows[1:])


def _within(people: list[Mention], lo: int, hi: int, by_start: bool = False) -> list[Mention]:
    """Mentions (in text order) that start at ``lo`` or later and end by ``hi`` (``by_start``: that start before
    ``hi``), by bisect rather than a scan of all the article's mentions at every source."""
    first = bisect_left(people, lo, key=_START)
    out = []
    for mt in people[first:]:
        if mt.start >= hi:
            break
        if by_start or mt.end <= hi:
            out.append(mt)
    return out


#: Where someone named works, after the name: " of the Tulsa public relations firm ...", " at Redbud".
_WORKS_AT = re.compile(r" (?:of|at|from) [\w'’ .&-]+$")


#: "the" and where a titled person is from, before the title: " the Burkinabè (Mr)".
_THE_DEMONYM_TITLE = re.compile(r"^\s*the\s+[A-Z][\w'’-]*\s+(?=(?:Mr|Mrs|Ms|Dr|Mme|Mlle)\.?\s)")


def _named_last(mention: str, position: int, people: list[Mention]) -> Person | None:
    """The person whose full name closes ``mention`` (ending at ``position``) after its last comma: ``A spokesperson
    for X, Sipho Mabaso``, or is followed only by where they work: ``..., Jenna Morrow of the Tulsa public relations
    firm Redbud Strategies``; else None."""
    comma = mention.rfind(",")
    tail = mention[comma + 1:].strip()
    if comma < 0 or not tail:
        return None
    start = position - len(mention) + comma
    found = _within(people, start, position)
    mt = found[0] if found else None
    end = position - (len(mention) - len(mention.rstrip()))
    if mt is not None and mt.end != end and not _WORKS_AT.match(mention, mt.end - position + len(mention)):
        mt = None
    if mt is None or " " not in mt.person.name \
            or not only_titles(mention[comma + 1:mt.start - position + len(mention)], frozenset()):
        return None
    return mt.person


def role_phrase(prefix: str, lx) -> bool:
    """A few words ending in a role or a person's noun, no function word: ``Tenant organizer`` (Jess Amankwah of the
    Kingston Renters' Network), ``county human resources director``."""
    words_ = prefix.split()
    return 1 <= len(words_) <= 4 and all(w.isalpha() and w.lower() not in STOP_WORDS for w in words_) \
        and (lx.has("role", words_[-1].lower()) or PERSON_NOUN.search(words_[-1].lower()) is not None)


def only_titles(prefix: str, others: frozenset = STOP_WORDS) -> bool:
    """Nothing but titles and ``others`` (function words by default) before a name: ``Sir``, ``And``, ``Mr.``;
    quote marks are passed over.

    Parameters
    ----------
    prefix : str
        The text before the name.
    others : frozenset of str
        Lower-case words allowed besides titles.

    Returns
    -------
    bool
    """
    titles = lexicon().lists["title"]
    return all(w.lower() in titles or w.lower().rstrip(".") in titles or w.lower() in others
               for w in prefix.replace("“", " ").replace('"', " ").split())


def _is_or_ends_with(phrase: str, entries: frozenset) -> bool:
    """``phrase`` is one of ``entries`` or ends with a space and one of them (``the local media``)."""
    # one lookup per space in the phrase, rather than a test of every entry
    return phrase in entries or any(phrase[i + 1:] in entries for i, c in enumerate(phrase) if c == " ")


def _by_name(people: list[Mention], name: str, position: int | None = None) -> Person | None:
    """The person a surname (or a titled first name, ``Sir Digby``) refers to: the most recent such full name
    before ``position``, else the longest in the article."""
    def candidates(test):
        found = [mt for mt in people if test(mt.person)]
        before = [mt for mt in found if position is not None and mt.end <= position and " " in mt.person.name]
        if before:
            return before[-1].person
        return max((mt.person for mt in found), key=lambda p: (len(p.name), p.name), default=None)
    return (candidates(lambda p: p.surname == name or p.name == name)
            or candidates(lambda p: name in p.name.split()[1:-1])
            or candidates(lambda p: p.name.split()[0] == name and " " in p.name))


def _gender_known(people: list[Mention], name: str, gender: str) -> bool:
    """Whether the person called ``name`` is known to be of ``gender``."""
    return any(mt.person.name == name and mt.person.gender == gender for mt in people)


def _gender_fits(people: list[Mention], name: str, gender: str) -> bool:
    """False only when the person called ``name`` has a known gender other than ``gender``."""
    known = {mt.person.gender for mt in people if mt.person.name == name and mt.person.gender}
    return not gender or not known or gender in known


#: Abbreviated titles as the role nouns they stand for: ``Sen. X`` holds the role of ``the senator``.
_ROLE_SPELLING = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
                  "sec": "secretary", "amb": "ambassador", "supt": "superintendent", "cllr": "councillor",
                  "atty": "attorney", "lt": "lieutenant", "sgt": "sergeant", "det": "detective", "insp": "inspector",
                  "assemblymember": "assemblyman", "assemblywoman": "assemblyman", "dr": "doctor",
                  "chairwoman": "chairman", "chair": "chairman", "spokeswoman": "spokesman",
                  "spokesperson": "spokesman", "congresswoman": "congressman", "justice": "judge",
                  "coun": "councillor", "councilor": "councillor", "cst": "constable", "const": "constable",
                  "cpl": "corporal", "prof": "professor", "capt": "captain", "col": "colonel", "adm": "admiral",
                  "maj": "major", "brig": "brigadier", "cmdr": "commander", "cdr": "commander"}


def _role_word(word: str) -> str:
    word = _strip_possessive(word.lower()).rstrip(".")
    return _ROLE_SPELLING.get(word, word)


#: Words that make a role another one: the deputy prime minister is not "the prime minister", nor the shadow
#: chancellor "the chancellor", nor a former or vice president "the president".
_RANKS = frozenset("deputy vice shadow former ex assistant junior".split())


def source_gender(phrase: str) -> str:
    """The gender the head noun of an unnamed source says (``A spokeswoman for the council``: ``f``), else ``""``.

    Parameters
    ----------
    phrase : str

    Returns
    -------
    str
        ``"f"``, ``"m"`` or ``""``.
    """
    head = _OF_SPLIT.split(phrase.partition(",")[0], maxsplit=1)[0].split()  # (not an aside's: "His mother, a nurse")
    return GENDERED_NOUNS.get(head[-1].lower(), "") if head else ""


#: A party member named by the party alone, after a few words: "the first-term Democrat", "the Maryland Democrat".
_THE_PARTY_MEMBER = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,3}?(Democrat|Republican)")
#: A US party tag read as a role ("d-tulsa") and the party member it makes.
_PARTY_TAG_ROLE = re.compile(r"[dr]-[a-z][a-z. ]*")
_PARTY_OF_TAG = {"d": "democrat", "r": "republican"}


def _party_member(people: list[Mention], position: int, party: str, places: set) -> Person | None:
    """The last person named before ``position`` as a member of ``party`` (``democrat``), by the noun (``a Maryland
    Democrat``) or a US party tag (``Angela Burris, D-Tulsa``), and named with each of ``places`` (``the Wisconsin
    Republican``: someone named with Wisconsin, or tagged ``R-Wis.``)."""
    for mt in reversed([mt for mt in people if mt.end <= position]):
        tagged = {w for r in mt.person.roles if _PARTY_TAG_ROLE.fullmatch(r)
                  for w in STATE_ABBREVIATIONS.get(r[2:].strip(), r[2:]).split()}
        if not places <= mt.person.roles | tagged:
            continue  # (the place of a tag is named with them: "the Lewiston Republican" after "R-Lewiston")
        if party in mt.person.roles or any(_PARTY_TAG_ROLE.fullmatch(r) and _PARTY_OF_TAG[r[0]] == party
                                           for r in mt.person.roles):
            return mt.person
    return None


def _holds(person: Person, role_words: set) -> bool:
    return holds_office(person.roles, role_words)


def office_words(words) -> frozenset:
    """The words of a role as :func:`holds_office` compares them: lower case, possessive and point dropped,
    abbreviations spelled out (``Sen.`` → ``senator``), only role, title, rank and modifier words kept (``Tory shadow
    chancellor``: ``shadow``, ``chancellor``)."""
    kept = _offices() | _RANKS | MODIFIERS
    return frozenset(w for w in map(_role_word, words) if w in kept)


def holds_office(roles, role_words: set) -> bool:
    """Whether a person named with the role words ``roles`` holds the role ``role_words`` (words as
    :func:`office_words` gives them): all of them, and no rank the role lacks (the deputy prime minister is not "the
    prime minister", nor a former president "the president"); a body's president, head or chief is its leader, an
    ambassador or envoy a diplomat, an MP or senator a lawmaker."""
    held = {_role_word(w) for w in roles}
    if held & _LEADS:
        held.add("leader")  # "the union leader": the union's president, head or chief
    if held & _DIPLOMATS:
        held.add("diplomat")  # "the diplomat": the ambassador or envoy named
    if held & _LAWMAKERS:
        held.update(("lawmaker", "legislator"))  # "the lawmaker", "the legislator": the MP or senator named
    return role_words <= held and not (held & _RANKS) - role_words


#: Nouns an unnamed source goes by that "the" repeats for that source, not for someone named with the noun: "One
#: official involved in the project said ... The official said" (but "the nurse": nurse Mirna Vera).
_UNNAMED_SOURCE_NOUNS = frozenset("official officer source aide employee worker resident insider".split())
#: Roles that lead a body: their holder is its leader.
_LEADS = frozenset({"president", "head", "chief", "chairman", "leader"})
#: Roles of a diplomat.
_DIPLOMATS = frozenset({"ambassador", "envoy", "consul", "diplomat", "chargé"})
#: Legislatures whose Member, in a title set off before a name, is a lawmaker (not a council's, nor a senate's or a
#: house's: a faculty senate, an opera house).
_LEGISLATURES = frozenset({"assembly", "parliament", "congress", "legislature"})
#: Roles of a member of a legislature (spelled as :func:`_role_word` gives them).
_LAWMAKERS = frozenset({"mp", "mps", "senator", "representative", "legislator", "congressman", "congresswoman",
                        "assemblyman", "assemblywoman", "assemblymember", "mla", "mpp", "mna", "mep", "msp", "td",
                        "lawmaker"})  # (not "ms", a courtesy title too, nor "deputy", a rank)


def _holds_lower_rank(person: Person, role: str) -> bool:
    """``person`` was named with ``role`` under a rank word (``Deputy Prime Minister John Prescott`` for ``prime
    minister``)."""
    held = {_role_word(w) for w in person.roles}
    return _role_word(role) in held and bool(held & _RANKS)


def _holds_other_office(person: Person, role: str) -> bool:
    """``person`` was named with an office other than ``role`` (``Health Secretary John Reid`` for ``minister``)."""
    held = {_role_word(w) for w in person.roles}
    return _role_word(role) not in held and bool(held & _offices())


#: A speaker written as "the" and lower-case words only: "the chancellor", "The foreign secretary".
_OFFICE_PHRASE = re.compile(r"[Tt]he((?: [a-z][a-z-]*){1,4})")
#: Words inside an office's name that are neither role nor rank: "secretary of state".
_OFFICE_JOINERS = frozenset({"of", "for", "and", "the", "on"})


#: A source opening with an office and naming more people after ``and``: "(Both) the prime minister and (Chancellor
#: Gordon Brown)".
_JOINED_OFFICE = re.compile(r"(?:[Bb]oth\s+)?([Tt]he(?: [a-z][a-z-]*){1,4}) and [A-Za-z]")


def joined_office(mention: str) -> frozenset:
    """:func:`office_of` the first of the people a source names together (``Both the prime minister and Chancellor
    Gordon Brown``: ``{"prime", "minister"}``), else an empty set."""
    found = _JOINED_OFFICE.match(mention)
    return office_of(found.group(1)) if found else frozenset()


@lru_cache(maxsize=1 << 14)  # (the same few mentions recur: "the president", "the minister")
def office_of(mention: str) -> frozenset:
    """The office words of a speaker written as an office alone (``the prime minister``: ``{"prime",
    "minister"}``), else an empty set (a name, a capital, an unnamed source's noun such as ``the spokesman``).

    Parameters
    ----------
    mention : str
        The speaker as written at the cue.

    Returns
    -------
    frozenset of str
    """
    found = _OFFICE_PHRASE.fullmatch(mention)
    if not found:
        return frozenset()
    words = found.group(1).split()
    lists = lexicon().lists
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # ("the secretary of state")
    if head not in lists["role"] or head in lists["anonymous"]:
        return frozenset()
    kept = office_words(w for w in words if w not in _OFFICE_JOINERS)
    if len(kept) != len([w for w in words if w not in _OFFICE_JOINERS]):
        return frozenset()  # (a word that is no office's: "the first lady", "the boy")
    return kept


@lru_cache(maxsize=1)
def _offices() -> frozenset:
    return frozenset(map(_role_word, role_heads()))


def _one_holder_after(people: list[Mention], position: int, head: str, qualifiers) -> Person | None:
    """The one person named after ``position`` who holds the role ``head`` with all its ``qualifiers`` (``the home
    secretary`` before ``Home Secretary Charles Clarke``), else None."""
    wanted = {_role_word(head)} | {_role_word(w) for w in qualifiers}
    later = {mt.person.name: mt.person for mt in people if mt.start >= position and _holds(mt.person, wanted)}
    return next(iter(later.values())) if len(later) == 1 else None


def _one_ranked_holder(people: list[Mention], position: int, head: str) -> Person | None:
    """The one person named before ``position`` who holds the role ``head`` under a rank (``assistant coroner
    Rebecca Hadley-Moss`` for ``the coroner``), when no one holds it without one; else None."""
    word = _role_word(head)
    held = {mt.person.name: mt.person for mt in people if mt.end <= position
            and word in {_role_word(w) for w in mt.person.roles}}
    return next(iter(held.values())) if len(held) == 1 else None


#: A possessive's ending after a name.
_OWNER_ENDS = frozenset({"'s", "’s"})
#: A verb right after a name set off by commas: "(Arvizu's widow,) Leticia Arvizu, covered".
_VERB_SET_OFF = re.compile(r",\s+(?:has|had|have|is|was|will|would|could|said|says|[a-z]+ed)\b")
#: A description set off right after a name: ", a delegate", ", who".
_INTRODUCED_AFTER = re.compile(r",\s+(?:a|an|the|who|whose)\s")
#: A preposition, then capitalised title words right before a name: "of Santa Cruz County Superior Court Judge".
_GOVERNED_BEFORE = re.compile(r"\b(?:in|of|from|with|for|at|on|into|under|before)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w.'’-]*\s+){0,6}$")
#: A preposition and up to two lower-case words right before a name: "in manager (Colin Fallaize's squad)".
_PREPOSITION_NEAR = re.compile(r"\b(?:in|of|from|to|by|with|for|at|on|into|under)\s+(?:[a-z]+\s+){0,2}$")
#: A verb right after a name (its age between commas allowed): "(Sam Domaille) has watched", "(John Lee) moved".
_VERB_AFTER = re.compile(r"(?:,\s+\d+,)?\s+(?:has|had|have|is|was|will|would|could|said|says|[a-z]+ed|[a-z]{3,}s)\b")


def _subject_over_owner(people: list[Mention], position: int, gender: str, since: int = 0) -> Person | None:
    """The most recent person of ``gender`` named before ``position``, passing over one named only as an owner in a
    prepositional phrase for the one of that gender named before as a sentence's subject ("Sam Domaille has watched
    ... named in manager Colin Fallaize's squad ... 'Quote,' he said": Domaille; not "Police charged Mark Doe ... found
    in Dr. Alan Fry's clinic": Fry)."""
    person = _recent_person(people, position, gender=gender, since=since)
    if person is None:
        return None
    mine = [mt for mt in people if mt.person is person and since <= mt.start and mt.end <= position]
    if not all(mt.owner or mt.governed for mt in mine):
        return person  # (one named only after a preposition is passed over too: "Arvizu's widow, Leticia Arvizu,
        # covered her face ... in the courtroom of ... Judge Marisa Ochoa-Lindgren. ..., she said": the widow)
    earlier = next((mt.person for mt in reversed(people) if since <= mt.start and mt.end <= mine[0].start
                    and mt.person is not person
                    and mt.person.gender == gender and not mt.owner and mt.subject), None)
    return earlier or person


def _named_together(text: str, one: str, other: str) -> bool:
    """Whether the text names two people of one family as a pair: ``Dana and Peter Vaillancourt``, ``Dana
    Vaillancourt and Peter Vaillancourt`` (either first)."""
    (a, *_), (b, *_) = one.split(), other.split()
    surname = one.split()[-1]
    return any(pair in text for pair in (f"{a} and {b} {surname}", f"{b} and {a} {surname}", f"{one} and {other}",
                                         f"{other} and {one}"))


def _last_named(people: list[Mention], person: Person, before: int) -> int:
    """Where ``person`` is last named in ``people`` before ``before``, else -1."""
    return max((mt.start for mt in people if mt.person is person and mt.start < before), default=-1)


def _someone_living(people: list[Mention], gender: str) -> bool:
    """Whether ``people`` name in full someone not called "the late" who may be of ``gender``."""
    return any(_DEAD not in mt.person.roles and mt.person.gender in {gender, ""} and " " in mt.person.name
               for mt in people)


def _recent_person(people: list[Mention], position: int, gender: str = "", role: str = "",
                   fallback: bool = True, since: int = 0, qualifiers: frozenset = frozenset(),
                   epithet: bool = False) -> Person | None:
    """The most recent person named before ``position`` (from ``since``) of the gender, if given; with a ``role``,
    the most recent holder of it and of its ``qualifiers`` (``the foreign secretary``: a person introduced as
    ``Foreign Secretary``, not the last secretary named), then, with ``fallback``, the most recent person who does
    not hold the role under another qualifier. For an ``epithet`` (``the athlete``), no one named as beaten
    (``ahead of X``), no body and no people of a nation read as a name (``the first Cabo Verdean``)."""
    before = [mt for mt in people if since <= mt.start and mt.end <= position
              and not (epithet and (_RIVAL in mt.person.roles
                                    or mt.person.name.rsplit(None, 1)[-1].lower() in lexicon().lists["org_head"]
                                    or not mt.person.gender and not mt.person.roles
                                    and _PEOPLE_OF_A_NATION.search(mt.person.name)))]
    if gender and not role and any(_DEAD in mt.person.roles for mt in before) \
            and (since > 0 or _someone_living(before, gender)):
        # someone named "the late X" speaks through a pronoun only when no one else could ("Tom Briggs learned under
        # the late Bill Foster. ... he said": Briggs; "in honor of the late Bill Foster ... he told the Herald in
        # 2019": Foster); in a paragraph's own search, never (the whole text is searched next)
        before = [mt for mt in before if _DEAD not in mt.person.roles]
    want = {_role_word(role)} | {_role_word(w) for w in qualifiers} if role else set()
    if gender and not role:
        # someone whose gender is known to fit before someone whose gender is unknown ("she" after "Carly Fiorina
        # ... a deal with Compaq Computer": Fiorina)
        known = next((mt.person for mt in reversed(before) if mt.person.gender == gender), None)
        if known is not None:
            return known
    for wanted in ([want, set()] if role and fallback else [want]):
        for mt in reversed(before):
            if gender and mt.person.gender and mt.person.gender != gender:
                continue
            if wanted and not _holds(mt.person, wanted):
                continue
            if not wanted and qualifiers and _holds(mt.person, {_role_word(role)}):
                continue  # "the foreign secretary" is not the Home Secretary named last
            if not wanted and role and _holds_lower_rank(mt.person, role):
                continue  # "the prime minister" is not the deputy prime minister named last
            if not wanted and qualifiers and _holds_other_office(mt.person, role):
                continue  # "the prime minister" is not Health Secretary John Reid named last
            return mt.person
    return None


#: A document and a relative clause that says where it went: "the report that went before cabinet".
_DOCUMENT_RELATIVE = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(that|which)(?:\s+(?:was|were))?"
                                r"(?:\s+(?:[a-z]+ed|went|came|goes|go|[a-z]{3,}s)\b|$)", re.I)  # ("the ledger
# that hangs on a nail by the door")
#: A document and whom it went to: "A report to (the council’s committee)".
_DOCUMENT_TO = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?([a-z]+)(\s+to\s+)", re.I)
#: A relative clause set off after a document: "(The order), a copy of which was obtained by".
_OF_WHICH = re.compile(r"(?:an?|one|some|parts?|details|copies)\s+(?:copy\s+)?of\s+which\b")
#: "the (Georgian) judoka": a person's epithet, with up to two modifiers.
_EPITHET = re.compile(r"the\s+(?:[\w-]+\s+){0,2}?([a-z]+)")
#: Nouns of what someone is or does that an article calls a person it named by ("the athlete said"), never an
#: unnamed source's usual nouns ("a farmer", "a resident": those stay as written).
_EPITHET_NOUNS = frozenset("""athlete judoka wrestler boxer skier swimmer sprinter cyclist golfer jockey striker
goalkeeper midfielder champion veteran teenager youngster singer actor actress novelist poet musician rookie pensioner
centenarian nonagenarian octogenarian politician dancer drummer storyteller artist player technician scientist
widow widower survivor climber runner specialist researcher expert pediatrician paediatrician scholar archaeologist
academic economist international""".split())
#: A person named before, called by age and sex: "the older woman", "the old man".
_AGED_EPITHET = re.compile(r"[Tt]he\s+(?:old|older|elderly|elder|young|younger)\s+(man|woman)")
#: Two holders of one role together: "the two ministers", "both leaders".
_THE_TWO = re.compile(r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+([a-z]+)s")


def recent_office_holder(people: list[Mention], position: int, since: int = 0) -> Person | None:
    """The person mentioned last between ``since`` and ``position`` (a person known by a full name, whichever way the
    mention writes it), when named with an office (a title or a role's head noun: minister, chairman, deputy,
    director), else None."""
    offices = _offices() | {_role_word(w) for w in lexicon().lists["title"]}
    last = next((mt.person for mt in reversed(people) if since <= mt.start and mt.end <= position
                 and " " in mt.person.name), None)
    return last if last is not None and {_role_word(w) for w in last.roles} & offices else None


def _two_holders(people: list[Mention], position: int, role: str) -> str | None:
    """The last two people named before ``position`` who hold ``role``, joined in the order first named; None
    unless two do."""
    holders: list[Person] = []
    for mt in reversed([mt for mt in people if mt.end <= position]):
        if all(p is not mt.person for p in holders) and " " in mt.person.name \
                and _holds(mt.person, {_role_word(role)}):
            holders.append(mt.person)
            if len(holders) == 2:
                order = {id(mt.person): mt.start for mt in reversed(people)}
                return JOINT.join(p.name for p in sorted(holders, key=lambda p: order[id(p)]))
    return None


#: A family by its surname before the noun: "the Tovey family".
_SURNAME_FAMILY = re.compile(r"[Tt]he\s+([A-Z][\w'’-]+)\s+family")
#: A plural's possessive mark inside a body's name: "The Bath Buskers' Collective".
_PLURAL_OWNER_BODY = re.compile(r"(?<=s)['’]\s+[A-Z]")
#: What follows a body's name and never a person's: "Lieksan Pallo announced on its website".
_BODY_AFTER_NAME = re.compile(r" [a-z]+(?: [a-z]+){0,3} (?:on|in|via|through) its\b")
#: The close of a name in brackets before a dash: in a dateline an outlet's ("AUKI, Malaita Province (Solomon Star) –
#: Dengue ...": no person called Solomon Star).
_AGENCY_CLOSE = re.compile(r"\)\s*[-–—]\s")
#: An age set off after a name, then "of" and where that person lives: "(Wynn), 56, of (Ruidoso Downs)".
_AGE_THEN_OF = re.compile(r",\s*\d{1,3},\s+of\s+$")
def _title_word_before(text: str, start: int, titles) -> bool:
    """Whether the word right before ``start`` is a title of ``titles`` written as one (capitalised, not "the"):
    "Father (St John)", not "the first (St Helena) swimmer"."""
    words_ = text[max(0, start - 16):start].split()
    return bool(words_) and words_[-1][:1].isupper() and words_[-1].lower() != "the" \
        and words_[-1].lower().rstrip(".") in titles


#: A preposition of place and "the" before a run: "along the (Rio Hondo)", "across the (Firth of Clyde)".
_PLACE_THE_BEFORE = re.compile(r"\b(?:along|across|up|down|over|beyond|near|into|onto|around|past)\s+the\s+$")
#: A body's head word and "of" right before a run: "Port of (Cromarty Firth)", "the Bank of (Montreal)".
_HEAD_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+$")
#: The rest of a body's name after "and": "(Royal St Christopher) and Nevis Police Force", its head noun last or
#: before the last word.
_JOINT_BODY_AFTER = re.compile(r" (?:and|&) (?:[A-Z][\w'’-]* ){0,2}?(([A-Z][\w'’-]*) )?([A-Z][\w'’-]*)\b(?! [A-Z])")
#: A councillor's party before the ward, in British local copy: "Cllr Linda Ebbage (Lib Dem, Springfield North)".
_PARTY_WARD = re.compile(r"\((?:Con|Lab|Lib Dems?|LD|Green|Grn|Ind|SNP|Plaid(?: Cymru)?|Reform(?: UK)?|UKIP"
                         r"|Conservative|Labour|Liberal Democrats?|Independent|Residents?)\s*,\s*$")
#: Relatives named together before their given names: "Brothers Andrés and Rafael Galindo Pérez".
_KIN_PLURALS = frozenset({"brothers", "sisters", "twins", "cousins", "siblings"})
#: Last words of a programme's name after a person's: "The Rachel Maddow Show".
_SHOW_ENDS = frozenset({"Show", "Hour", "Podcast", "Program", "Programme"})
#: A patronymic initial joined by its point to a given name: "L.Oyun-Erdene", "Ts.Bayarjargal".
_DOTTED_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z][\w'’-]*")
#: Natural features that end places' names: "Cabot Strait", "Wasatch Front", "Lake Ontario" (a place, not a person's
#: name, unless a given name comes before: "Ricki Lake").
_FEATURES = frozenset({"river", "lake", "bay", "valley", "island", "islands", "sea", "ocean", "coast", "mountains"})
#: Words that open places' names and never a person's: "Lough Neagh", "Loch Ness", "Lake Tahoe", "Cape Breton".
_PLACE_FIRST_WORDS = frozenset("lough loch lake port fort cape isle".split())
_PLACE_ENDS = _FEATURES | {"strait", "straits", "gulf", "channel", "harbour", "harbor", "peninsula", "desert", "canyon",
                           "creek", "highlands", "front", "basin", "delta", "estuary", "fjord", "glacier"}
#: The last words of places' names that are hardly ever surnames, a place's ends and more: "Williams Lake", "Alexis
#: Creek", "Niagara Falls".
_PLACE_LAST_WORDS = _PLACE_ENDS | frozenset("""lakes falls springs cove beach rapids crossing junction heights landing
inlet lagoon mountain gulch reservoir drive avenue boulevard road crescent terrace street""".split())  # ("Residents of
# Matterson Drive say": a street)
#: Last words of streets and waterfronts, never a surname: "Gary Street", "Long Wharf" (but "Greg Lake", "Michael Bay").
_STREET_ENDS = frozenset("""street road avenue boulevard drive crescent terrace wharf quay pier marina plaza""".split())
#: Words that end or open places' names, streets and buildings too: "Sukhbaatar Square", "St Andrew's Road", "Plaza
#: Mayor" are no body (never a test of a person's name: "Harbor Lane Capital", "Roughwood Drive" hold them too).
PLACE_HEADS = _FEATURES | {"square", "street", "road", "avenue", "park", "city", "county", "district", "province", "state",
                           "bridge", "airport", "station", "port", "hill", "hills", "beach", "highway", "way", "lane",
                           "drive", "boulevard", "plaza", "region", "mount"}
#: Last words of bodies' names that no surname has: "Federal Bureau", "Interior Ministry".
_BODY_ENDS = frozenset({"bureau", "ministry", "department", "agency", "commission", "committee", "council",
                        "authority", "administration", "directorate", "inspectorate", "library", "museum", "gallery",
                        "archives", "university", "institute", "hospital", "foundation", "province", "region",
                        "prefecture", "territory", "division", "office", "service", "board", "unit", "tribunal",
                        "corporation", "association", "society", "union", "centre", "center", "college", "trust",
                        "mission", "embassy", "consulate", "delegation", "clinic", "academy", "laboratory"})
#: Unnamed-source nouns that "the X" may use for someone the text named with that role.
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: Roles "the X" gives only to someone named with it, never to the last person named ("the coach", "the coroner").
_HELD_ONLY = frozenset("coach coroner captain delegate prosecutor investigator organiser organizer ombud ombudsman"
                        " ombudsperson doctor diplomat commander".split())
#: Offices one person holds in a story (an inquest has one coroner): "the coroner" is the one named anywhere in it.
_SOLE_OFFICES = frozenset({"coroner"})
#: Roles a news article's central figure holds unnamed: "the president" with no one introduced as President.
_LEADER_ROLES = frozenset({"president", "premier"})


def _most_named(people: list[Mention], position: int) -> Person | None:
    """The person named most often before ``position``, if named at least three times and more often than anyone."""
    counts = Counter(mt.person.name for mt in people if mt.end <= position)
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return next(mt.person for mt in people if mt.person.name == top[0][0])


def _national_holder(people: list[Mention], position: int, head: str, demonym: str) -> Person | None:
    """The one person named before ``position`` who holds ``head`` under their country's name (``Kazakhstan's
    Minister of Trade`` for ``the Kazakh minister``: the country's first five letters), else None."""
    held = {mt.person.name: mt.person for mt in people if mt.end <= position and _holds(mt.person, {_role_word(head)})
            and any(names_country_of(_role_word(w), demonym) for w in mt.person.roles)}
    return next(iter(held.values())) if len(held) == 1 else None


def names_country_of(word: str, demonym: str) -> bool:
    """Whether ``word`` (lower case) is the country, or one of its words, a nation's adjective names: the adjective's
    first five letters open it (``kazakhstan`` for ``Kazakh``, ``kuwait's`` for ``Kuwaiti``), or it opens them, four
    letters or more (``mali`` for ``Malian``)."""
    stem = demonym.lower()[:5]
    return word.startswith(stem) or len(word) >= 4 and stem.startswith(word)


def holds_role(name: str, phrase: str, people: list[Mention]) -> bool:
    """Whether the person called ``name`` in ``people`` holds the role the noun ``phrase`` names (``councillor`` for
    ``Cllr Moira Strachan``)."""
    wanted = {_role_word(w) for w in WORD.findall(phrase)} - STOP_WORDS
    return bool(wanted) and any(mt.person.name == name and _holds(mt.person, wanted) for mt in people)


def role_holder(phrase: str, people: list[Mention]) -> str | None:
    """The one person of ``people`` who holds the role ``phrase`` names with its qualifiers (a headline's ``Maine
    governor`` is the body's ``Maine Governor Paul LePage``), else for a place's name and a role the one holder of
    the role; None for no role noun, or no or several holders."""
    words_ = [_role_word(w) for w in WORD.findall(phrase)]
    if not words_ or words_[-1] not in lexicon().lists["role"]:
        return None
    wanted = set(words_) - STOP_WORDS
    names = {mt.person.name for mt in people if " " in mt.person.name and _holds(mt.person, wanted)}
    place = WORD.findall(phrase)[0] if len(words_) == 2 else ""
    if not names and place[:1].isupper() and place.lower() not in common_words():
        # a place's name before the role, when no one holds the role with it: "Pozzuoli mayor" is "Mayor Raffaele
        # Iovino" (not "Tory council leader", "Air Force doctor")
        names = {mt.person.name for mt in people if " " in mt.person.name and _holds(mt.person, {words_[-1]})}
    field = WORD.findall(phrase)[:-1]
    if words_[-1] == "judge" and field and field[0].lower() in {"a", "an"}:
        field = field[1:]  # ("a High Court judge": an unnamed judge, the one named later; "the Finance Minister" is
        # no other minister)
    if not names and words_[-1] in {"minister", "secretary", "judge"} and field and all(w[:1].isupper() for w in field):
        # a portfolio in title case before the office, when no one holds both: "Local Government Minister" is the
        # body's one minister, "Minister of Local Government and Chieftainship Affairs, Motlatsi Ramakoae"; a court's
        # name before a judge: "a High Court judge" is "Justice Anjanie Seecharan-Boodoo"
        names = {mt.person.name for mt in people if " " in mt.person.name and _holds(mt.person, {words_[-1]})}
    return names.pop() if len(names) == 1 else None


def _spells(letters: str, words_: list[str], heads: frozenset) -> bool:
    """The initials of ``words_`` (role words, which hold no order) spell ``letters`` (lower case), the last
    letter a word of ``heads``'s."""
    rest = Counter(letters[:-1])
    for head in (w for w in words_ if w[0] == letters[-1] and w in heads):
        firsts = Counter(w[0] for w in words_ if w != head)
        if all(firsts[c] >= k for c, k in rest.items()):
            return True
    return False


def _initials_holder(letters: str, people: list[Mention], position: int) -> str | None:
    """The most recent person named in full before ``position`` whose office words' initials spell ``letters`` (two
    or three capitals: ``DC`` for a Deputy Commissioner, ``PM`` for a Prime Minister, ``CM`` for a Chief Minister),
    its last letter a role noun's; else None. Offices are read from the person's role words, which hold no order."""
    letters = letters.replace(".", "")
    if not 2 <= len(letters) <= 5 or not letters.isupper():
        return None
    lists = lexicon().lists
    office = lists["title"] | lists["role"]
    for mt in reversed(people):
        if mt.end > position or " " not in mt.person.name:
            continue
        if f"({letters.lower()})" in mt.person.roles and not _other_holders(letters, people, mt.person) \
                or len(letters) <= 3 and _spells(letters.lower(), [w for w in mt.person.roles if w in office],
                                                 lists["role"]):
            return mt.person.name  # (or initials the text gave the office: "The County Executive Committee Member
            # (CECM) for Finance, Mr. Daniel Mwangi Gachanja"; not when someone else is named with the letters:
            # "Health CECM Mary Wanjiru")
    return None


def _other_holders(letters: str, people: list[Mention], holder: Person) -> bool:
    """Someone other than ``holder`` is named with the office's initials ``letters`` (``Health CECM Mary Wanjiru``)."""
    return any(mt.person is not holder and letters.lower() in mt.person.roles for mt in people)


def initials_of_one(letters: str, people: list[Mention]) -> str | None:
    """The one person named in full among ``people`` whose role words, any of them, spell the initials ``letters``
    (``DHO``: ``the Kiruhura District Health Officer``), the last a role or title word's; None for none or several. For a
    headline, which names the office its article's body spells out."""
    if not 2 <= len(letters) <= 5 or not letters.isupper():
        return None
    heads = _office_heads()
    names = {mt.person.name for mt in people if " " in mt.person.name
             and (f"({letters.lower()})" in mt.person.roles and not _other_holders(letters, people, mt.person)
                  or len(letters) <= 3 and _spells(
                 letters.lower(), [w for w in mt.person.roles if w not in HONORIFICS], heads))}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=1)
def _office_heads() -> frozenset:
    """Words an office's initials may end with: role and title words (``officer`` is a title word), never a body's
    head (``police``: ``- OPP`` is the Ontario Provincial Police, not its constable)."""
    lists = lexicon().lists
    return frozenset((lists["role"] | lists["title"]) - lists["org_head"])


def holder_of(people: list[Mention], role: str, position: int, gender: str = "") -> Person | None:
    """The most recent person named before ``position`` who holds ``role`` (``Cardinal Cormac Murphy-O'Connor`` for
    ``the Cardinal``), of the gender if given and known; None if no one does. In a role of several words the last is
    the role's noun and the words before it narrow it (``prime minister``: not the health minister)."""
    *words_, head = role.lower().split()
    return _recent_person(people, position, gender=gender, role=head, fallback=False,
                          qualifiers=_role_qualifiers(words_ + [head], head))


def _role_qualifiers(words_: list[str], head: str) -> frozenset:
    """Words of a role phrase that narrow its head: ``foreign`` and ``home`` in ``the foreign/home secretary``,
    ``health`` in ``the party's health spokeswoman`` (not determiners, possessives or ``former``)."""
    out = set()
    for word in words_[:-1]:
        low = _strip_possessive(word.lower()).rstrip(".")
        if low in MODIFIERS and low not in {"former", "then", "acting", "interim"} and low != head:
            out.add(low)
    return frozenset(out)


#: Heads of public authorities and courts: never "the company" or "the group" ("Ministry of Industries" is no
#: company, whatever its name ends with).
AUTHORITY_HEADS = frozenset({"ministry", "department", "court", "council", "agency", "authority", "commission",
                             "police", "government", "office", "parliament", "assembly", "senate", "house",
                             "committee", "tribunal", "service", "bureau", "board", "administration",
                             "rcmp", "constabulary", "regulator"})  # (police forces named alone: "according to RCMP")
_BODY_RUN = re.compile(r"[A-Z](?<![\w.][A-Z])[\w.&'’-]*"  # the look-behind after the capital: tried at capitals only
                       r"(?:[ \t]+(?:(?:of|for|and|on|de|&)(?:[ \t]+(?:the|a|an))?[ \t]+)?[A-Z][\w.&'’-]*(?![$€£]))+"
                       r"(?:[ \t]*\(([A-Z][A-Za-z.&]{1,9})\))?")  # one line; "of the", "for a" may join words
# (a currency's letters are no word of a name: "Redbank Minerals A$9 million"; "&" joins a firm's names: "Rydal &
# Crane")
#: A department's or ministry's name whose fields are listed with commas: "Department for Environment, Food and Rural
#: Affairs", "Japan's Ministry of Agriculture, Forestry and Fisheries" (looked for only in a text that has the head).
LISTED_BODY = re.compile(r"(?<![\w.])(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:Department|Ministry|Committee|Commission|Office"
                          r"|Directorate|Agency|Authority|Institute|Bureau)"
                          r"[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                          r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)+,?"
                          r"[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
                          r"(?:[ \t]*\(([A-Z][A-Za-z.&]{1,9})\))?")  # ("Ministry of Health, Wellness and the
# Environment")
_FIELD_WORD = re.compile(r"\b[A-Z][\w'’-]*")
#: Head words of a body's own name, never a ministry's field ("Resources", "International" may be).
_BODY_HEADS_LISTED = frozenset("commission agency authority council office service board trust union association "
                               "foundation institute university college society".split())


def listed_fields_ordinary(text: str, listed: re.Match) -> bool:
    """The fields a :data:`LISTED_BODY` match lists after its first comma are no bodies' names ("(Ministry of Health,)
    Wellness and the Environment"; not "(Department of Health,) NHS England and the Care Quality Commission", three
    bodies): no initials, no head word of a body."""
    end = listed.start(1) - 2 if listed.group(1) else listed.end()
    return not any(map(names_a_body, _FIELD_WORD.findall(text, text.find(",", listed.start()), end)))


def names_a_body(word: str) -> bool:
    """A capitalised word that names a body of its own among a ministry's listed fields: initials ("NHS", "UK") or a
    body's head word ("Commission")."""
    return len(word) > 1 and word.isupper() or word.lower() in _BODY_HEADS_LISTED


_LISTED_HEADS = ("Department ", "Ministry ", "Committee ", "Commission ", "Office ", "Directorate ", "Agency ",
                 "Authority ", "Institute ", "Bureau ")
#: What every :data:`LISTED_BODY` match holds, its head to its first comma: searched for before the whole pattern,
#: which is tried at every capital of a text (one text in eighteen that has a head holds this too).
_LISTED_HEAD_FIELD = re.compile(r"(?:Department|Ministry|Committee|Commission|Office|Directorate|Agency|Authority"
                                r"|Institute|Bureau)[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*,")
#: The crown whose possessive is part of a court's or college's name: "Court of King's Bench", "Queen's University".
_CROWN = frozenset({"King", "Queen"})
_SENTENCE_BREAK = re.compile(r"(?:[a-z]{2}|[A-Z]{2})\.\s")  # "Gaza. The U.S.", "RCMP. The second man": two
# sentences, not one name
SENTENCE_POINT = re.compile(r"(?<=[a-z]{4})\.$")  # "United Technologies." ends a sentence; "Inc." keeps its point
_HEAD_ONLY = re.compile(r"(?:the|The)\s+(?:([a-z-]+)\s+)?([A-Za-z]+)")
#: Modifiers that describe a body named before rather than name it: "the cross-party committee" (the Joint Committee on
#: Human Rights), "the all-party group".
_DESCRIBING_MODIFIERS = frozenset("cross-party all-party influential powerful".split())
#: "the ethics panel" is the House Ethics Committee: a panel is a committee or a commission; "the hospital" may be
#: a medical center or an infirmary.
_HEAD_SYNONYMS = {"panel": {"panel", "committee", "subcommittee", "commission"}, "bench": {"court"},
                  "authority": {"authority", "council"},  # ("the authority": the local authority, the city council)
                  "hospital": {"hospital", "infirmary", "medical center", "medical centre"},
                  **{w: {w} for w in ("town", "city", "county", "borough", "village")}}
#: "Senator Rubio and the Republican Congress": "and the" between capitalised words joins two names, not one.
_AND_THE = re.compile(r"\s+and\s+the\s+")
#: "(Bramalea Memorial Hospital) and Dr. Leonard Szabo", "(Ontario Superior Court) Justice Marguerite
#: O'Hanlon-Baptiste": a titled person ends a body's name.
_TITLED_PERSON = re.compile(r"\s+(?:and\s+)?(?=(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Justice|Judge)\b\.?\s+[A-Z])")
#: "The U.S. Treasury Department on Monday": a date after "on" is not part of the body's name.
_DATE_TAIL = re.compile(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$")
_BODY_THE = re.compile(r"^(?:the|The)\s+")
#: An agency's dateline with no dash opening a source phrase: "Kano, Nov. 15, 2026 (NAN) ", "Apr 8 (PTI) ".
_AGENCY_DATED = re.compile(r"(?:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s)?[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?"
                           r"\s\([A-Z]{2,6}\)\s+(?=[A-Z])")
#: A linking adverb set off at a sentence's start: "However, (farmers from ...)".
_LINKING_ADVERB = re.compile(r"\s*(?:However|Meanwhile|Still|Instead|Nevertheless|Nonetheless|Separately|Elsewhere"
                             r"|Moreover|Indeed|Similarly|Likewise|Conversely|Besides"
                             r"|(?:North|South|East|West|Across|Outside|Inside|Back)\s+(?:of\s+)?the\s+[a-z]+)"
                             r",\s+(?=\S)")  # ("South of the border, the Northwest Lumber Producers Alliance")
#: A linking adverb set off after a source: "(Farmers interviewed by AGP), however".
_TRAILING_ADVERB = re.compile(r",\s+(?:however|though|meanwhile|too|also|instead|in turn|for (?:his|her|its|their) "
                              r"part),?\s*$")
#: Someone standing in for, or beside, a source, set off after it: "The Governor, represented by the minister, X,".
_STAND_IN = re.compile(r",\s+(?:represented|accompanied|flanked|assisted)\s+by\s")
#: A person's title and "of the" opening a run of capitals: "(President of the )Somali Athletics Federation".
_TITLE_OF_THE = re.compile(r"([A-Z][a-z]+) of the (?=[A-Z])")
#: A place a body is based in, written before its name: "Osaka-based ", "Halifax-based ".
_BASED_BEFORE = re.compile(r"^[A-Z][\w.'’]*-based\s+(?=[A-Z])")
#: The same opening a phrase, or its last part set off by a comma: "(The contractor, )Chemnitz-based ".
_BASED_LAST = re.compile(r"(?:^|,\s+)[A-Z][\w.'’]*-based\s+(?=[A-Z][^,]*$)")
#: A capitalised word that opens a sentence before a name: "As The Atlantic reported" names The Atlantic.
_BODY_OPENER = re.compile(r"^(?:As|But|And|In|At|On|If|When|While|After|Since|So|Yet|Or|Although|Though|Still|Now"
                          r"|Then|However|Meanwhile|Because|Unless|Until|An?)\s+(?=\S)")
# ("Yet Bloomberg says": Bloomberg; "A Home Ministry official": the ministry; "Because Twitter, Facebook and ...")


#: An owner's "'s" ending a word: "Ltd.'s" is "Ltd.".
_OWNER_S = re.compile(r"['’]s$")
#: An acronym as written: ``USDA``, ``FSB``, ``U.N.``, ``NHS``.
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
#: A short form with a link word's letter in lower case: "MoD" (Ministry of Defence), "DfE" (Department for Education).
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")
_LINK_WORDS = {"of", "for", "and", "on", "the", "in", "to", "de"}


def _abbreviates(letters: str, words_: list[str], loose: bool = False) -> bool:
    """Whether ``letters`` (upper case) are the initials of ``words_``: one per capitalised word or hyphenated part
    (``Trans-Pacific``: TP), ``U.S.`` counted whole, a link word's letter optional (``Freedom of Information Act``:
    FOIA or FIA). ``loose``, for a short form the article defines in brackets: capitalised words after the first and
    before the last may be skipped too (``England and Wales Cricket Board (ECB)``)."""
    pieces = []
    for w in words_:
        if _ACRONYM.fullmatch(w):
            piece, optional = w.replace(".", ""), False
        elif w[:1].isupper():
            piece, optional = "".join(p[0] for p in w.split("-") if p[:1].isupper()), False
        elif w in _LINK_WORDS:
            piece, optional = w[0], True
        else:
            return False
        pieces.append((piece.upper(), optional))
    if len(pieces) < 2 or not words_[0][:1].isupper():
        return False  # ("AFT and NEA": not "and NEA")
    last = len(pieces) - 1
    at = {0}  # how many letters the pieces so far can spell
    for i, (piece, optional) in enumerate(pieces):
        at = {n + len(piece) for n in at if letters.startswith(piece, n)} \
            | (at if optional or loose and 0 < i < last else set())
    return len(letters) in at


def stands_for(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of the body ``name`` (see :func:`_spelled_out`): ``FDA`` and ``U.S. Food and
    Drug Administration``.

    Parameters
    ----------
    short, name : str

    Returns
    -------
    bool
    """
    return bool(_ACRONYM.fullmatch(short)) and _spelled_out(short, name) is not None


#: A country's letters before a body's name: "U.S. Food and Drug Administration".
_COUNTRY_PREFIXES = frozenset({"U.S.", "US", "U.K.", "UK", "EU", "E.U."})


def _spelled_out(acronym: str, name: str, loose: bool = False) -> str | None:
    """The part of ``name`` that ``acronym`` abbreviates (see :func:`_abbreviates`): the whole name, the name after an
    owner (``Britain's Financial Conduct Authority``: FCA) or a country (``U.S. Centers for ...``), or the name
    before a last ``and ...`` (``Centers for Disease Control and Prevention``: CDC), or, ``loose`` (an acronym
    written in brackets right after the name), the name whose last words it abbreviates (``Pacific Islands Forum
    Fisheries Agency``: FFA); else None."""
    letters = acronym.replace(".", "").upper()
    words_ = name.split()
    owner = next((i + 1 for i, w in enumerate(words_[:-1]) if w.endswith(("'s", "’s", "'", "’"))), 0)
    if not owner and len(words_) > 2 and _ACRONYM.fullmatch(words_[0]) and words_[1][:1].isupper():
        owner = 1
    for part in (words_, words_[owner:]):
        if _abbreviates(letters, part, loose):
            return " ".join(part)
    if "and" in words_[:-1] and len(words_) >= 4:
        cut = len(words_) - 1 - words_[::-1].index("and")
        if len(letters) >= 3 and _abbreviates(letters, words_[owner:cut]):
            return name[name.index(words_[owner]):]
    if loose and len(letters) >= 3 and len(words_) > len(letters) + owner \
            and "".join(w[0] for w in words_[-len(letters):]) == letters:
        return " ".join(words_[owner:])  # "Pacific Islands Forum Fisheries Agency (FFA)": its letters the initials
        # of the last words, the acronym written right after the whole name
    return None


def unnamed_body(phrase: str) -> bool:
    """``the all-party parliamentary group on financial inclusion``: a body written in lower case after ``the``, its
    head noun (before ``of``/``on``/``for``...) a body's."""
    words_ = _OF_SPLIT.split(phrase, maxsplit=1)[0].split()
    return len(words_) >= 2 and words_[0].lower() == "the" and phrase == phrase.lower() \
        and words_[-1] in lexicon().lists["org_head"]


def _name_heads(name: str) -> set:
    """The words of a body's name that may be its head, lower case: its last word, and the word before its first
    ``of``/``on``/``for`` (``Joint Committee on Human Rights``: committee), and its last two words (``Arkalon Regional
    Medical Center``: medical center)."""
    words_ = name.split()
    link = next((i for i, w in enumerate(words_) if w in {"of", "on", "for"} and i > 0), len(words_))
    return {words_[-1].lower(), words_[link - 1].lower(), " ".join(words_[-2:]).lower()}


#: Last words of a political party's name.
_PARTY_HEADS = frozenset({"party", "movement", "alliance", "front", "league"})


def _before_named_person(name: str, titled: bool = False) -> str:
    """A body's name without the two last words, when they follow a body's last word (any word when a title of the
    body's head came before it: ``titled``) and neither is an ordinary word, a title or a body's word (a person's
    name, written with no comma after the body: ``Health Ministry Marko Gorjanc``); else the name."""
    words_ = name.split()
    listed = "," in name and " and " in name and len(name.rsplit(" and ", 1)[1].split()) >= 3  # ("Ministry of
    # Agriculture, Forestry and Water Management Radomir Bulatović": a listed name's last field, then a person)
    if len(words_) < 3 or words_[-3].lower() not in _BODY_ENDS and not listed and not (titled and len(words_) >= 4):
        return name
    lists, ordinary = lexicon().lists, common_words()
    if any(w.lower() in ordinary or w.lower() in lists["title"] or w.lower() in lists["org_head"] or not w.isalpha()
           for w in words_[-2:]):
        return name
    return " ".join(words_[:-2])


def _before_titled_holder(name: str) -> str:
    """A body's name ``<Head> of <Place>`` without the title and name that follow it in the same run of capitals
    (``Municipality of Kincardine Fire Chief and Community Emergency Management Co-ordinator Kyle Vandenberg``: the
    municipality); else the name."""
    words_ = name.split()
    lists, ordinary = lexicon().lists, common_words()
    if len(words_) < 6 or words_[1] != "of" \
            or words_[0].lower() not in lists["org_head"] | _BODY_ENDS | _LOCAL_GOVERNMENTS \
            or not any(w.lower() in lists["title"] and w.lower() not in STOP_WORDS for w in words_[3:-2]) \
            or any(w.lower() in ordinary or w.lower() in lists["title"] or not w.isalpha() for w in words_[-2:]):
        return name
    return " ".join(words_[:3])


#: First words of a local government's name before "of" and its place: "County of Stettler", "Town of Cochrane".
_LOCAL_GOVERNMENTS = frozenset({"county", "municipality", "city", "town", "township", "district", "village",
                                "region", "borough"})


#: Pronouns in title case, which no body's name holds after its first word: "Hydro Owes (Us)".
_CAPITAL_PRONOUNS = frozenset("Us We Our You Your My Me Him Them They".split())


#: A company's owner or head named after its name: "(Queen City Links)' owner", "(Brindley's)’s founder".
_COMPANY_ROLE_AFTER = re.compile(r"['’]s?\s+(?:owner|owners|founder|co-founder|chief\s+executive|CEO"
                                 r"|managing\s+director)\b")
#: Industries of :func:`lexicon` ``company_head`` that may stand second in a firm's name, before what it does:
#: "Greenlane Energy Recovery", "Northwind Steel Fabrication".
_INDUSTRIES = frozenset("""aerospace automotive brewing cement chemicals coal construction dairy drug energy engineering
foods gas insurance logistics lumber maritime metals milling mining oil paper petroleum pharmaceuticals plastics
shipping steel textiles timber""".split())
#: Words of a campaign's or residents' group, not a company's: "Woodhall Farm Clean Air Group".
_CAUSE_WORDS = frozenset("""action air campaign citizens clean community concerned friends heritage neighbours neighbors
opposition parents preservation protest residents save support tenants""".split())


#: Things a body runs and numbers, whose names are no body's: "Vireo Airlines Flight 842", "EgyptAir Flight MS804".
NUMBERED_THINGS = frozenset("flight route train bus gate platform terminal runway".split())


#: A body's kind in lower case, then the place it serves: "the municipality of Gjilan", "the prefecture of Haute-Corse".
_LOWER_BODY_OF = re.compile(r"\b[Tt]he ([a-z]+) of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}")


class BodyNames:
    """Full names of bodies an article writes out, to expand its short forms: an acronym it defines in brackets
    (``the Qualifications and Curriculum Authority (QCA)`` → ``the QCA``), or a short name that is the head word
    of one longer name written earlier, or one word of it (``the Committee for a Responsible Federal Budget`` →
    ``the Committee``; ``the U.S. Treasury Department`` → ``Treasury``). Two candidates: the short form is left as
    written."""

    def __init__(self, text: str):
        self.text = text
        self.acronyms: dict[str, str] = {}
        self.names: list[tuple[int, str]] = []  # (start, name) of runs of two capitalised words or more
        self.sentence_ends: list[tuple[int, str]] = []  # those that end a sentence
        runs = list(_BODY_RUN.finditer(text))
        if any(head in text for head in _LISTED_HEADS) and _LISTED_HEAD_FIELD.search(text) \
                and (listed := [m for m in LISTED_BODY.finditer(text) if listed_fields_ordinary(text, m)]):
            runs = sorted(listed + [m for m in runs if not any(lm.start() <= m.start() < lm.end() for lm in listed)],
                          key=lambda m: m.start())  # (the listed name whole, not its parts)
        for m in runs:
            name = _BODY_THE.sub("", _BODY_OPENER.sub("", text[m.start():m.end(1) - len(m.group(1)) - 2 if m.group(1)
                                                          else m.end()].rstrip(" (")))
            name = _BASED_BEFORE.sub("", name)  # ("Osaka-based Hokuyo Feed Co.": the company's name after its place)
            titled = " of the " in name and (held := _TITLE_OF_THE.match(name)) is not None \
                and held.group(1).lower() in lexicon().lists["title"]
            if titled:
                name = name[held.end():]  # ("The President of the Somali Athletics Federation, Ms. Faduma Ahmed
                # Yusuf": the federation; the title is the person's, and so may be the name after it: "President of
                # the National Chamber of Bakery Owners Hédi Ksouri said")
            if m.group(1) and (spelled := _spelled_out(m.group(1), name, loose=True)):
                self.acronyms.setdefault(m.group(1).lower(), _strip_possessive(spelled))  # ("the Ministry of Digital
                # Affairs' (MODA) Department": the ministry)
            name = _strip_possessive(_DATE_TAIL.sub("", name) if "day" in name else name)  # ("Fusion GPS’
            # statement", "Audit Scotland's report": the body is Fusion GPS, Audit Scotland; here and below a plain
            # test of a word the pattern needs first, as it runs for every capitalised run)
            name = _TITLED_PERSON.split(name, maxsplit=1)[0]  # ("Bramalea Memorial Hospital and Dr. Leonard Szabo")
            name = _before_titled_holder(_before_named_person(name, titled))  # ("the Health Ministry Marko Gorjanc
            # said": the ministry)
            if _CAPITAL_PRONOUNS & set(name.split()[1:]):
                continue  # ('a sign: "Hydro Owes Us a Straight Answer"': words in title case, no body's name
            owner, mark, owned = name.partition("'s ") if "'s " in name else name.partition("’s ")
            if mark and (len(owned.split()) == 1 and owned.lower() not in lexicon().lists["org_head"]
                         and owner.rsplit(None, 1)[-1] not in _CROWN  # ("Court of King's Bench")
                         or " " in owner and owner.rsplit(None, 1)[1].rstrip(".").lower() in LEGAL_FORMS):
                name = owner  # "workers at Bulkley Timber's Smithers sawmill": the owner, not its site's place
                # (but "Lincolnshire Police's Rural Crime Action Team", a unit); "Northshield Gold Corp.’s Bidgood
                # Ridge Mine": a company's legal form ends its name
            name, *more = _AND_THE.split(name) if m.re is not LISTED_BODY and "and" in name else (name,)  # ("Senator
            # Rubio and the Republican Congress": two names; not a ministry's listed fields, "Health, Wellness and the
            # Environment")
            for other in more:
                if len(other.split()) >= 2:
                    self.names.append((text.find(other, m.start()), other))
            stop = _SENTENCE_BREAK.search(name) if "." in name else None
            if stop:
                # "... by the Joint Committee on Human Rights. In": the name that ends its sentence, for a head word
                # only ("the committee"; "Cleveland" is not the Cleveland Police Patrolmen's Association)
                rest = name[stop.end():].removeprefix("The ")
                name = name[:stop.start() + 2]
                if len(name.split()) >= 2 and stop.group()[0].isupper():
                    self.names.append((m.start(), name))  # ("Brannock Hale LLP. A": a legal form or an acronym
                    # ends the name whole)
                elif len(name.split()) >= 2:
                    self.sentence_ends.append((m.start(), name))
                if len(rest.split()) >= 2 and not _SENTENCE_BREAK.search(rest) \
                        and name.split()[-1].rstrip(".").lower() in MONTHS | TIME_WORDS \
                        and rest.split()[0].lower() not in STOP_WORDS | TIME_WORDS | MONTHS \
                        and rest.split()[0].lower() not in first_names():
                    self.names.append((text.find(rest, m.start()), rest))  # ("as soon as December. The Utah
                    # Department of Transportation": the name opening the next sentence, after a month or a day; not
                    # after "Gov.", "Bros.", "Mass.", "Reuters.": a title's, a name's or a sentence's own end)
            elif len(name.split()) >= 2:
                self.names.append((m.start(), name))

    @cached_property
    def lower_case_bodies(self) -> list[tuple[int, str]]:
        """``(start, name)`` of bodies written by their kind in lower case and the place they serve (``The
        municipality of Gjilan, which owns ..., said``), for :meth:`expand_head` and :meth:`expand` only (``the
        municipality`` or ``Gjilan`` later), not for the searches of capitalised names; read when first asked for."""
        heads = lexicon().lists["org_head"]
        return [(m.start(1), "the " + m.group(0)[4:]) for m in _LOWER_BODY_OF.finditer(self.text)
                if m.group(1) in heads]

    def expand_head(self, speaker: str, position: int) -> str:
        """``the committee``, ``the agency``, ``the ethics panel``: the body named last before ``position`` whose name
        ends with that head word, or a committee or commission for a panel, and holds the modifier (``the House Ethics
        Committee``) unless the modifier only describes it (``the cross-party committee``), else ``speaker``."""
        m = _HEAD_ONLY.fullmatch(speaker)
        if not m or m.group(2).lower() not in lexicon().lists["org_head"] and m.group(2).lower() not in _HEAD_SYNONYMS:
            return speaker
        modifier, head = (m.group(1) or "").lower(), m.group(2).lower()
        heads = _HEAD_SYNONYMS.get(head, {head})
        found = [(start, name) for start, name in self.names + self.sentence_ends + self.lower_case_bodies
                 if start < position
                 and _name_heads(name) & heads and (not modifier or modifier in name.lower().split()
                                                    or modifier in _DESCRIBING_MODIFIERS)]
        if not found and (modifier, head) == ("health", "board"):
            found = [(start, name) for start, name in self.names + self.sentence_ends
                     if start < position and name.startswith("NHS ")]  # "the health board": NHS Grampian
        if not found:
            return speaker
        name = max(found)[1]  # the last named
        first = min(found)
        if first[1] != name and sum(1 for line in self.text[max(found)[0]:position].split("\n") if line.strip()) > 3 \
                and re.search(rf"\b[Tt]he {re.escape(head)}\b", self.text[first[0]:max(found)[0]]):
            name = first[1]  # "Angus Council has published plans ... the council's own budget ... Arbroath Community
            # Council posted ...", paragraphs before "the council says": the body "the council" already stood for,
            # not another named once in passing
        owner = re.split(r"['’]s ", name)[0]
        # "the bank" after "Bank of Thailand's Monetary Policy Committee": the owner the head word names
        return owner if owner != name and owner.rsplit(None, 1)[-1] not in _CROWN and _name_heads(owner) & heads \
            and not _name_heads(name) & heads - {
            w.lower() for w in owner.split()} else SENTENCE_POINT.sub("", name)  # (not the point of a name that
        # ends its sentence: "to the Hålogaland Court of Appeal.")

    def last_headed(self, heads: set, position: int) -> str | None:
        """The body named last before ``position`` whose head word is one of ``heads`` (``{"court"}``: ``B.C. Court
        of Appeal``, ``Nagoya District Court``), else None."""
        found = [(start, name) for start, name in self.names + self.sentence_ends
                 if start < position and _name_heads(name.rstrip(".")) & heads]
        return max(found)[1].rstrip(".") if found else None

    def first_headed(self, heads: set, position: int, within: int) -> str | None:
        """The body named first in the ``within`` characters after ``position`` whose head word is one of ``heads``
        (``A federal appeals court`` in a lead, then ``the 6th U.S. Circuit Court of Appeals``), else None."""
        found = [(start, name) for start, name in self.names + self.sentence_ends
                 if position <= start <= position + within and _name_heads(name.rstrip(".")) & heads]
        return min(found)[1].rstrip(".") if found else None

    def _companies(self) -> list[tuple[int, str]]:
        """``(start, name)`` of the names that end with a company's legal form or industry (``Kessler Housewares
        Inc.``, ``Nordvik Cell AB``, ``Marula Ridge Mining``), no public authority's."""
        heads = lexicon().lists["company_head"]
        return [(start, name) for start, name in self.names + self.sentence_ends
                if (name.split()[-1].rstrip(".,").lower() in heads
                    and not (name.split()[-1] == "Group" and {w.lower() for w in name.split()} & _CAUSE_WORDS)
                    or 2 < len(name.split()) <= 4 and name.split()[1].lower() in _INDUSTRIES and ". " not in name
                    and not any(w.rstrip(".,").lower() in lexicon().lists["org_head"] for w in name.split()[2:]))
                and not any(w.lower() in AUTHORITY_HEADS for w in name.split())]
        # ("Greenlane Energy Recovery": an industry after the firm's own name; "Woodhall Farm Clean Air Group": a
        # campaign, however its name ends)

    def last_owned(self, position: int) -> str | None:
        """The last name before ``position`` written right before its owner or head (``Queen City Links' owner,
        Derek Haaland``), no country's nor public authority's: a company that no legal form or industry names, for
        ``the company``; else None."""
        return next((name.rstrip("'’") for start, name in reversed(self.names) if start < position
                     and _COMPANY_ROLE_AFTER.match(self.text, start + len(name))
                     and POSSESSIVE_END.sub("", name).lower() not in lexicon().lists["country"]
                     and not any(w.lower() in AUTHORITY_HEADS for w in name.split())), None)

    def sole_company_after(self, position: int, within: int = 600) -> str | None:
        """The one company the whole text names (:meth:`_companies`), when it is first written within ``within``
        characters after ``position`` (``The developer says ...`` in a lead, ``Eryri Skyline Ltd wants ...`` two
        paragraphs on); else None."""
        found = self._companies()
        names = {SENTENCE_POINT.sub("", name.rstrip(",")) for _, name in found}
        return names.pop() if len(names) == 1 and position < min(found)[0] <= position + within \
            and _SENTENCE_BREAK_BEFORE.search(self.text, position, min(found)[0]) else None  # (in a later sentence:
        # "the company said Gwangan Steel will stop taking coal" names its customer)

    def sole_party(self) -> str | None:
        """The one political party the article names (a name ending with ``Party``, ``Movement``, ``Alliance``,
        ``Front`` or ``League``), for ``his party``, ``Kabwe's party``; else None."""
        parties = {SENTENCE_POINT.sub("", name).rstrip(",") for _, name in self.names
                   if name.split()[-1].lower() in _PARTY_HEADS}
        return parties.pop() if len(parties) == 1 else None

    def last_company(self, position: int) -> str | None:
        """The last company named before ``position`` (:meth:`_companies`), for ``the company``; else None."""
        found = [(start, name) for start, name in self._companies() if start < position]
        if any("and" in name.split() for _, name in found):
            # "Ministry of Industries, Mines and Energy" leaves "Mines and Energy": a company's name has no "and"
            # unless no other name is found
            found = [(start, name) for start, name in found if "and" not in name.split()] or found
        if len({name for _, name in found}) > 1:
            # the company the article is about, named most often by its first word, before one a source works for
            # ("Northshore Fibre Inc." ... "Northshore" ... "analysts at Harbourfront Securities": Northshore)
            found = [(self.text.count(name.split()[0], 0, position), -start, name) for start, name in found]
            # (of two named as often, the first: "Thornbury Group" before its unit "Thornbury Mission Systems")
            return SENTENCE_POINT.sub("", max(found)[2].rstrip(","))
        return SENTENCE_POINT.sub("", max(found)[1].rstrip(",")) if found else None

    def expand_listed(self, speaker: str, position: int) -> str:
        """A body of the shipped lists the article names in full as it plus a head word: ``Treasury`` after ``the
        U.S. Treasury Department`` (but ``Israel`` is not ``Israel Defence Forces``: the head must follow it)."""
        short = _BODY_THE.sub("", speaker).strip()
        words_ = short.split()
        if not words_ or short.lower() not in lexicon().lists["organization"]:
            return speaker
        heads = lexicon().lists["org_head"]
        found = {name for start, name in self.names if start < position and name.split()[-1].lower() in heads
                 and name.split()[:-1][-len(words_):] == words_}
        longest = max(found, key=len, default="")
        return longest if found and all(name in longest for name in found) else speaker

    @staticmethod
    def may_expand(speaker: str, listed: bool = False) -> bool:
        """Whether :meth:`expand` can change ``speaker``: one or two capitalised words that are not a body of the
        shipped lists by themselves ("Israel" is not short for "Israel Defence Forces"; ``listed``: those too, for
        :meth:`expand_listed`). A cheap test, so that the names of an article are only collected when a source may
        need them."""
        short = _BODY_THE.sub("", speaker).strip()
        words_ = short.split()
        # (an office is no short name of a body: "the Director-General" after "The Director-General of Health
        # Services, Dr. ...")
        return 0 < len(words_) <= 2 and all(w[:1].isupper() for w in words_) \
            and (listed or short.lower() not in lexicon().lists["organization"]) and not _is_office(short.lower())

    def expand(self, speaker: str, position: int, bodies_only: bool = False) -> str:
        """The full name of the body ``speaker`` (as classified) stands for, else ``speaker``. ``bodies_only``: only
        a name that ends with an organisation's head word (``Department``, ``Committee``)."""
        if not self.may_expand(speaker):
            return self.expand_listed(speaker, position)
        short = _BODY_THE.sub("", speaker).strip()
        low = short.lower()
        if low in self.acronyms:
            return self.acronyms[low]
        if _ACRONYM.fullmatch(short) or _MIXED_ACRONYM.fullmatch(short):
            # "the CDC" after "the Centers for Disease Control and Prevention", not defined in brackets: the one name
            # of the article it abbreviates
            spelled = {name if name.split(" ", 1) == [name.split(" ", 1)[0], found]
                       and name.split(" ", 1)[0] in _COUNTRY_PREFIXES else found
                       for _, name in self.names + self.sentence_ends if (found := _spelled_out(short, name))}
            # ("the FDA" after "the U.S. Food and Drug Administration": the name as written, the country's too)
            return spelled.pop() if len(spelled) == 1 else speaker
        words_ = short.split()
        heads = lexicon().lists["org_head"]
        companies = lexicon().lists["company_head"]
        extended = {name for start, name in self.names if name.split()[:len(words_)] == words_
                    and len(words_) < len(name.split()) <= len(words_) + 2 and name.split()[-1].lower() in companies}
        if len(extended) == 1 and len(words_) > 1:
            return extended.pop()  # "Marula Ridge" after "platinum producer Marula Ridge Mining", "Cobequid Bay" after
            # "Cobequid Bay Frozen Foods": the company
        found = {_OWNER_S.sub("", name) for start, name in self.names + self.lower_case_bodies
                 if start < position and name != short
                 and self.text[max(0, start - 1):start] not in OPENING_MARKS  # (not a quoted name:
                 # ''Wilayat Twitter,'' a nickname, for Twitter)
                 and (name.split()[-1] == words_[-1] or len(words_) == 1
                      or name.startswith((short + " of ", short + " for ")) and words_[-1].lower() in heads)
                 and all(w in name.split() for w in words_)
                 and not {w.lower() for w in name.split()} & NUMBERED_THINGS}  # ("Harbourline Foods Ltd.'s board": the
        # company; not a flight: "EgyptAir Flight MS804";
        # "Border Service" after "the Border Service of the State Committee for National Security": the whole name)
        bodies = {name for name in found if name.split()[-1].lower().rstrip(".") in heads
                  or name.startswith((short + " of ", short + " for ")) and words_[-1].lower() in heads}
        found = bodies if bodies or bodies_only else found  # "Treasury": the Treasury Department, not Treasury
        # Secretary Steven Mnuchin
        longest = max(found, key=len, default="")
        if found and all(name in longest for name in found):
            return SENTENCE_POINT.sub("", longest)  # "Treasury Department" and "U.S. Treasury Department": one body
        free = {name for start, name in self.names if name in bodies and start < position
                and not _GOVERNED_BEFORE.search(self.text, max(0, start - 16), start)} \
            if len(words_) == 1 and words_[0].lower() in heads else ()
        if len(free) == 1:
            return SENTENCE_POINT.sub("", free.pop())  # "The Ministry of Health and Medical Services has confirmed
            # ... raise the matter with the Ministry of Rural and Maritime Development ... The Ministry said": the
            # one body of them named other than after a preposition
        return speaker
