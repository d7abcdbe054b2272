"""Word lists shipped as data: reporting verbs and speaker-typing lists."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from operator import itemgetter, sub


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # form (lower case) -> (lemma, flags)
    lists: dict  # list name -> frozenset of lower-case entries

    def verb(self, word: str):
        """``(lemma, flags)`` if ``word`` is a reporting-verb form, else None."""
        return self.verbs.get(word.lower())

    def lemma(self, word: str) -> str:
        """The lemma of a reporting-verb form (``said``: ``say``), else ``""``."""
        found = self.verbs.get(word.lower())
        return found[0] if found else ""

    def has(self, name: str, entry: str) -> bool:
        return entry.lower() in self.lists.get(name, frozenset())


def _read(name: str) -> str:
    return resources.files("analysis.resources").joinpath(name).read_text(encoding="utf-8")


def _entries(name: str) -> frozenset:
    """The lines of a one-entry-a-line resource file, its ``#`` comment lines aside."""
    return frozenset(line for line in _read(name).splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``reporting_verbs.txt``, ``quote_sources.tsv`` and ``countries.txt`` (the ``country`` list) once.

    Returns
    -------
    Lexicon
        The reporting verbs (every form → lemma and flags) and the source word lists by name.
    """
    verbs = {}
    for line in _read("reporting_verbs.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, _, flags = line.partition("|")
        forms = forms.split()
        for form in forms:
            verbs.setdefault(form.lower(), (forms[0], frozenset(flags.split())))
    lists: dict[str, set] = {}
    for line in _read("quote_sources.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, entry = line.partition("\t")
        lists.setdefault(name.strip(), set()).add(entry.strip().lower())
    lists["org_head"] |= lists["company_head"]  # a company's last word makes a phrase an organisation
    lists["country"] = _entries("countries.txt")
    return Lexicon(verbs, {k: frozenset(v) for k, v in lists.items()})


@lru_cache(maxsize=1)
def first_names() -> dict[str, float]:
    """Given name (lower case) -> share of the people with that name who are female, from ``first_names.tsv``.

    1990 US Census names (public domain, via the ``names`` package); see the file's header and
    ``scripts/build_wordlists.py``. A share is about a name, not about a person. A name with accents is looked up
    without them by ``in`` (``"hélène" in first_names()``), not by ``get``: the census lists names in ASCII, and
    :func:`given_name_gender` reads accents itself.

    Returns
    -------
    dict
        ``{given name: female share}``, shares in [0, 1].
    """
    return _GivenNames({name: female for name, (female, _) in _census_names().items()})


class _GivenNames(dict):
    """The census names; ``in`` reads a name with or without its accents."""

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and not name.isascii()
                                                 and dict.__contains__(self, _unaccented(name)))


@lru_cache(maxsize=1)
def _census_names() -> dict[str, tuple[float, float]]:
    """Given name (lower case) -> (female share, per cent of all people), from ``first_names.tsv``."""
    out = {}
    for line in _read("first_names.tsv").splitlines():
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        name, female, frequency = line.split("\t")
        out[name] = (float(female), float(frequency))
    return out


def given_name_gender(given: str, bounded: bool = False) -> str:
    """``f`` or ``m`` when at least 90 % of the people with this given name in the 1990 US Census are female or male
    (:func:`first_names`), else ``""``: a share about a name, never a fact about one person.

    Parameters
    ----------
    given : str
    bounded : bool
        Count a name missing from one sex's file at that file's cut-off (0.004 % of men, 0.001 % of women) rather
        than at 0, so that a rare name's share of 1 or 0 is only its bound: ``Yang`` (0.002 % of women) says no
        gender, ``Mary`` still does. For a word that may be a family name (``Yang Zhengming ... said Yang``).

    Returns
    -------
    str
        ``"f"``, ``"m"`` or ``""``.
    """
    share = first_names().get(given.lower())
    if share is not None and bounded and share in (0.0, 1.0):
        # missing from one file: as if at that file's cut-off, the bound that favours the other sex
        frequency = 2 * _census_names()[given.lower()][1]  # f + m, per cent
        share = frequency / (frequency + _MALE_CUTOFF) if share else _FEMALE_CUTOFF / (_FEMALE_CUTOFF + frequency)
    if share is None:
        if given.isascii() and "-" not in given:
            return ""
        if "-" in given.strip("-"):
            return _compound_gender(given)
        plain = _unaccented(given)
        if plain == given:
            return ""
        return _FRENCH_MEN.get(plain.lower()) or given_name_gender(plain)  # "José", "Zoë", "Hélène"
    return "f" if share >= 0.9 else "m" if share <= 0.1 else ""


#: Where the 1990 US Census name files stop (per cent of men, of women): a name missing from one is rarer than this.
_MALE_CUTOFF, _FEMALE_CUTOFF = 0.004, 0.001

def census_rare(given: str) -> bool:
    """Whether ``given`` is in one sex's 1990 US Census file only, at no more than twice that file's cut-off (0.004 %
    of men, 0.001 % of women; :func:`given_name_gender`): the gender it gives is all but a guess (``Tam``, 0.002 % of
    women, no men; not ``Hillary``, 0.013 % of women)."""
    share, frequency = _census_names().get(given.lower(), (None, 0.0))  # (frequency: the mean of the two files')
    return share in (0.0, 1.0) and frequency <= (_MALE_CUTOFF if share == 0.0 else _FEMALE_CUTOFF)


#: French men's names the 1990 US Census counts as American women's (``Jean``, ``Stephane``): read so only where the
#: spelling is French, in a compound (``Jean-François``) or with its accent (``Stéphane``).
_FRENCH_MEN = {"jean": "m", "stephane": "m"}


def _unaccented(word: str) -> str:
    """``word`` without its accents: ``Hélène`` -> ``Helene``."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _compound_gender(given: str) -> str:
    """A hyphenated given name (``Marie-Ève``, ``Jean-François``): the gender its parts agree on, accents aside, the
    first part known; every part a census given name or accented."""
    if not all(p.lower() in first_names() or _unaccented(p) != p or p.lower() in _FRENCH_MEN
               for p in given.split("-") if p):
        return ""  # "Clinton-Sanders": not every part is a given name
    parts = [_unaccented(p).lower() for p in given.split("-") if p]
    genders = [_FRENCH_MEN.get(p) or given_name_gender(p) for p in parts]
    return genders[0] if genders[0] and set(genders) - {""} == {genders[0]} else ""


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    """Frequent lower-case English words that are not census given names or common surnames (``common_words.txt``,
    from ``wordfreq``, CC BY-SA 4.0): a capitalised one starting a run is an ordinary word, not part of a name.

    Returns
    -------
    frozenset of str
    """
    return _entries("common_words.txt")


#: How many of the most frequent common words :func:`everyday_words` keeps.
EVERYDAY_WORDS = 6000


@lru_cache(maxsize=1)
def everyday_words() -> frozenset:
    """The :data:`EVERYDAY_WORDS` most frequent words of ``common_words.txt`` (the file lists them by frequency):
    ``national``, ``security``, ``war``, ``american``; not the names of famous people that wordfreq's sources write
    often enough to be common words (``saddam``, rank 14,419; ``gorbachev``, 22,843).

    Returns
    -------
    frozenset of str
    """
    lines = (line for line in _read("common_words.txt").splitlines() if line and not line.startswith("#"))
    return frozenset(word for word, _ in zip(lines, range(EVERYDAY_WORDS)))


#: The abbreviated titles written with a point before a name ("Sen.", "Cmdr.", "Cllr.").
_TITLE_POINTS = ("Mr|Mrs|Ms|Dr|Sen|Rep|Reps|Sens|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Rev|St|Prof|Pres|Supt|Cllr|Del|Amb|Hon"
                 "|Fr|Det|Insp|Cmdr|Maj|Atty|Gens|Const|Cst|Cpl|Coun|Div")
#: The source after "according to": up to a comma, colon or the end of the sentence, through a title's point
#: ("according to Rep. Trey Gowdy,") and the points inside an abbreviation ("according to U.S. officials").
ACCORDING_SOURCE = re.compile(rf"(?:(?:{_TITLE_POINTS})\.\s+"
                              r"|(?<![\w.])[A-Z]\.\s+(?=[A-Z])|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+(?=\d)"
                              r"|(?<=\d)[,.](?=\d)|[^,.;:])+(?:\.[^\s,.;:][^,;:]*)?")  # (an initial, "E. J.
# Fleming's", and a month, "reports through Jan. 31", go on past their point; a number past its comma or point, "a
# survey of 3,100 members")
#: A body's name ending in its first field: "(the) Directorate of Water".
_OF_FIELD_END = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:of|for)\s+[A-Z][\w'’-]*"
                           r"|(?:spokes(?:man|woman|person)|official|officer)\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                           r"[A-Z][\w'’-]*)$")  # (or a body's speaker: "a spokeswoman for South Dakota Game")
#: The rest of the fields listed in a body's name: ", Forests, Hunting and Soil Conservation (DEFCCS)".
_LISTED_FIELDS = re.compile(r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)+,?[ \t]+and[ \t]+[A-Z][\w'’-]*"
                            r"(?:[ \t]+[A-Z][\w'’-]*)*(?:[ \t]*\([A-Z][A-Za-z.&]{1,9}\))?")
#: A relative clause after an "according to" source that reports itself: "a leaked memo that (also) warns ...".
_SOURCE_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:(?:also|further|previously|earlier)\s+)?([a-z]+)")


def according_source_length(text: str) -> int | None:
    """The length of the source opening ``text`` (what follows ``according to``), up to the next punctuation or to a
    relative clause whose verb cues speech (``a leaked memo that warns ...``: the memo); None when there is none, as
    before a quotation in lower case (``paid according to "units of dental activity"``: a term, not a source)."""
    if text[:1] in OPENING_MARKS and not text[1:2].isupper():
        return None  # (but a work's title: according to "Perfect Enough: Carly Fiorina and ..." by George Anders)
    src = ACCORDING_SOURCE.match(text)
    if not src:
        return None
    found = src.group().rstrip()
    rel = _SOURCE_RELATIVE.search(found) if " that " in found or " which " in found else None
    if rel and lexicon().verb(rel.group(1)):
        return rel.start()
    if text.startswith(",", len(found)) and _OF_FIELD_END.search(found) \
            and (listed := _LISTED_FIELDS.match(text, len(found))):
        if not found[:1].islower() or not text[listed.end():listed.end() + 1].isalnum():
            return listed.end()  # "the Directorate of Water, Forests, Hunting and Soil Conservation (DEFCCS)": a body
            # whose fields are listed with commas (after a speaker of it, "a spokeswoman for South Dakota Game, Fish
            # and Parks", only where the list ends the phrase)
    head = found.split()[-1]
    if text.startswith(",", len(found)) and _OWNED_ROLE.fullmatch(found) \
            and any(lexicon().has(kind, head) for kind in ("role", "anonymous")) \
            and not lexicon().has("document", head) and (named := _NAME_SET_OFF.match(text, len(found))):
        return named.end()  # "her coach, the Norwegian ocean rower Lars Eriksen, (the hardest part ...)": the role and
        # the person named after it (a role's or a source's noun: not "the lawsuit, Dr. Karen Mills, (a surgeon)")
    return len(found)


#: A role's noun after an owner or an article: "her coach", "the family's lawyer".
_OWNED_ROLE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+")
#: A person's name set off after a role, maybe described first: ", the Norwegian ocean rower Lars Eriksen(,)".
_NAME_SET_OFF = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?=,)")


#: Words of a verb group that may sit between a subject and its reporting verb.
#: Marks that open a quotation.
OPENING_MARKS = frozenset("“\"‘'«")
#: Marks that close a quotation.
CLOSING_MARKS = frozenset("”\"’'»")
#: Joins the people of one source in its speaker: ``Paul Ryan & Mitch McConnell``.
JOINT = " & "
#: A wire dateline opening a sentence: ``WASHINGTON (Reuters) - ``, ``LONDON - ``, ``Washington (AFP) — ``,
#: ``SANTIAGO, Nov 25 - ``, ``EAST PEORIA, Ill. — ``, ``MODENA, Italy (AP) — ``, ``Modena, 3 Dec. (Adnkronos) - ``,
#: ``PUNTA GORDA, Thurs. May 22, 2025-- ``, ``SAINT-PIERRE (L'Écho des Caps) — ``.
DATELINE = re.compile(r"\([A-Z][A-Za-z ]{1,20}\)\s*[-–—]\s+"  # (the agency alone: "(Reuters) - ")
                      r"|(?:[A-Z][A-Z.'-]*(?:(?:,? |/)[A-Z][A-Z.'-]*)*|[A-Z][a-z]+(?= \())"  # ("WASHINGTON/NEW YORK")
                      r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"  # (a date: "SANTIAGO, Nov 25")
                      r"(?: \([A-Za-z ]{2,20}\))?\s*[-–—]\s+"
                      r"|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*(?:,\s[A-Z][\w.'’ -]{1,30}?)?(?:\s\([\w'’ ]{1,24}\))?"
                      r"\s[—–-]{1,2}\s"
                      # a place in mixed case, a date and the agency in brackets
                      r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s[\w. ]{1,20}?\s\([A-Z][\w ]{1,20}\)"
                      r"\s[—–-]{1,2}\s"
                      # a place in capitals and a date ending in its year, the dash maybe against it
                      r"|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*,\s[\w.,' ]{1,30}?\d{4}\s?[—–-]{1,2}\s"
                      # its date alone, a sentence of its own after an abbreviated day ("Thurs.")
                      r"|(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s?[—–-]{1,2}\s"
                      # a place, a date and an agency's initials in brackets, no dash: "Kano, Nov. 15, 2026 (NAN)"
                      r"|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s\([A-Z]{2,6}\)"
                      r"\s+(?=[A-Z])")
#: Participles of a document's making, before ``by`` and its maker: ``a report published by``, ``a lawsuit filed by``.
MADE_BY = ("published", "released", "issued", "written", "commissioned", "compiled", "prepared", "produced",
           "conducted", "filed", "signed", "brought", "drawn up", "sent", "carried out", "tabled", "submitted",
           "presented", "drafted", "authored", "circulated", "distributed", "posted")
#: Forms of "be" (a passive or a copula after them, never an active verb).
BE_FORMS = frozenset("is are was were be been being".split())
AUXILIARIES = frozenset("""has have had is was were are be been will would could can may might should shall must
did does do also later again previously repeatedly once then earlier recently further often already frequently
publicly privately not never always first reportedly just quickly flatly explicitly angrily simply now still
even instead initially ultimately openly repeatedly twice subsequently long meanwhile however too nonetheless
nevertheless therefore thus hence sometimes ever only cannot""".split()) \
    | {neg + apostrophe + "t" for neg in "didn doesn don hasn haven hadn isn wasn weren aren won wouldn couldn can"
       .split() for apostrophe in "'’"}  # "CNN didn't report"
#: Words that end a subject noun phrase when reading backwards from a verb.
CLAUSE_WORDS = frozenset("""that but although though while whereas because as when if which who whom whose after before
since so yet or where until unless than nor whether and why how""".split())
PRONOUNS = frozenset("he she they it we i you".split())
#: The gender a subject pronoun says.
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: A possessive ending a name: "Queen City Links'", "Kestrel's".
POSSESSIVE_END = re.compile(r"['’]s?$")
#: Particles of descent (Arabic, Malay): the word before one is a given name, the words after it the father's name,
#: titles included ("Khalid bin Ahmed Al Harthi", "Abdul Rahim bin Haji Bakar", "Rosnah binti Ahmad").
DESCENT = frozenset("bin bint binti binte ibn ben".split())
#: Quantifiers that stand alone for unnamed people as a sentence's subject: "Some said ...", "..., many said".
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "several"})
#: Possessive determiners: "its (central claim)", "his (nominee)".
POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my your some many most several no any"
                        .split())
PREPOSITIONS = frozenset("""in on at during to for of from with by about over after before since into onto upon
across against among between through under within without""".split())
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later
afterward afterwards last this next late early week month year morning afternoon evening night weekend""".split())
#: Words that only say when: a time word or a month ("a Wednesday editorial", "on Tuesday which said").
WHEN_WORDS = TIME_WORDS | MONTHS

WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:['’]s\b)?"  # (an abbreviation and its possessive: "B.C.’s")
                  rf"|(?:{_TITLE_POINTS}|Jr|Sr|Inc|Corp|Co|Cos|Ltd|Bros)\.|[A-Z]\.(?=\s+[A-Z])"
                  r"|[A-Z]{1,4}&[A-Z]{1,4}(?![^\W_])(?:['’]s\b)?"  # (capitals joined by "&": "R&A", "AT&T’s")
                  r"|\d{1,3}(?:,\d{3})+(?![\d,])(?:-[^\W_]+)*"  # (a number with thousands commas: "2,600", as in
                  # analysis.units, and what it counts joined by a hyphen: "38,000-pound", as "10-day" is one word)
                  r"|[^\W_]+(?:[-'’][^\W_]+)*|\S")


def words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of a stretch of text.

    Parameters
    ----------
    text : str
    lo, hi : int
        The stretch ``text[lo:hi]``.

    Returns
    -------
    list of (int, int, str)
        ``(start, end, token)`` of words and punctuation (``U.S.``, ``Mr.`` kept whole), offsets into ``text``.
    """
    return [(lo + m.start(), lo + m.end(), m.group()) for m in WORD.finditer(text[lo:hi])]


#: :data:`WORD` with the white space before it. Every character :data:`WORD` skips is white space (``\S`` matches any
#: other), so the matches of this pattern follow each other without a gap and hold the tokens of :data:`WORD`.
#: Its first branch is a shortcut for the common token, a run of letters and digits followed by none of ``.-'’&``
#: (nor, after a digit, by a comma and three digits): then no branch of :data:`WORD` before its plain-word branch can
#: match (they need a ``.`` or ``&`` after one to four letters, or a thousands comma), and that branch takes exactly
#: the run. Anything else is left to :data:`WORD` as written.
#: No groups: ``findall`` then gives one string per token, not a tuple of two. A token never starts with white
#: space, so ``str.lstrip`` takes off exactly what ``\s*+`` matched (and backtracking into it could not help).
_SPACED_WORD = re.compile(r"\s*+(?:[^\W_]++(?![.\-'’&]|(?<=\d),\d{3})|" + WORD.pattern + ")")


#: A token's start, end and text (tokens are ``(start, end, text)`` tuples in text order: ``key=`` for bisection).
TOKEN_START, TOKEN_END, TOKEN_TEXT = itemgetter(0), itemgetter(1), itemgetter(2)


class Tokens:
    """:func:`words` of any stretch of one text, from a single pass of :data:`WORD` over the whole text.

    The extractor asks for the words of hundreds of stretches per article (every sentence, the text around
    every quotation); tokenising each again was a fifth of its time. ``between(lo, hi)`` returns exactly
    ``words(text, lo, hi)``: :data:`WORD` has no anchor or look-behind, so a match depends only on the text
    from where it starts, and the tokens between separators are the same in the stretch as in the whole
    text. Only the ends can differ, and are read again: a whole-text token cut by ``lo`` or ``hi``, and a last
    token that is an initial (``J.``, the only two-character token ending in ``.``), whose look-ahead for a
    capital may have seen past ``hi``. The other branches of :data:`WORD` have no look-ahead: a token of theirs
    that ends by ``hi`` stopped where the text stopped fitting, and the end of the stretch stops it there too.
    """

    def __init__(self, text: str):
        self.text = text
        # words(text, 0, len(text)) without a match object per token (a third of the time): findall gives each
        # token with the white space before it, and the running total of their lengths is each token's end
        spaced = _SPACED_WORD.findall(text, 0, len(text.rstrip()))  # (trailing white space: no token, slow failures)
        tokens = list(map(str.lstrip, spaced))
        self._ends = list(accumulate(map(len, spaced)))
        self._starts = list(map(sub, self._ends, map(len, tokens)))
        self.all = list(zip(self._starts, self._ends, tokens))

    def inside_token(self, pos: int) -> bool:
        """Whether ``pos`` falls strictly inside a token of the whole text (a stretch cut there is read again)."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._starts[i] < pos < self._ends[i]

    def between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """``words(text, lo, hi)``."""
        first = bisect_left(self._starts, lo)
        if first > 0 and self._ends[first - 1] > lo:
            return words(self.text, lo, hi)  # lo cuts a token: the stretch starts mid-word
        stop = bisect_right(self._ends, hi)  # tokens before ``stop`` end by ``hi``
        if stop <= first:
            return words(self.text, lo, hi)
        cut = stop < len(self.all) and self._starts[stop] < hi  # hi cuts a token
        final = self.all[stop - 1][2]
        if not cut and not (len(final) == 2 and final.endswith(".")):
            return self.all[first:stop]
        # tokens before the last one that ends by ``hi`` are settled; read the rest of the stretch again
        last = stop - 1
        return self.all[first:last] + words(self.text, self._starts[last], hi)
