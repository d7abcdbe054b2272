"""The strict speaker rules of the quote benchmark (independent of the extractor's own rules).

* **Person names** are compared as word lists, lower case, without titles (``Mr``, ``Sen.``, ``President``),
  possessives and bracketed notes (``(R-Texas)``). A predicted speaker is right for a gold person when one
  name's words appear in the other in order, sharing the first word and a surname (``_same_name``):
  ``Donald J. Trump`` = ``Donald Trump``; ``Melba Acosta`` = ``Melba Acosta Febo``; ``Trump`` ≠ ``Donald Trump`` (the
  canonical speaker must be the full name); ``Bill Clinton`` ≠ ``Hillary Clinton``; ``Although Reynolds`` ≠
  ``Reynolds``. Several people (``A & B``, joined by `` & ``; not ``R&A``) must be the same set.
* **Other sources** (organisations, media, anonymous) are compared as phrases, lower case, without articles and
  possessives: right when equal, or when one's words are a subset of the other's and they end with the same
  head word (``senior official`` for ``a senior administration official``), or when they have the same words but
  ``of``/``for``/``on``/``and`` (``Justice Department`` = ``Department of Justice``), or one is the other's
  initials (``BNP`` = ``British National Party``, ``JCT`` = ``Joint Committee on Taxation``, ``AROS`` = ``Alliance
  to Reclaim Our Schools``).
* **Junk speaker**: empty, a pronoun, or a person whose first word is not part of a name (not a census given
  name and: a stop word (scikit-learn's list), a weekday or month, or a word the corpus itself uses in lower case more often
  than capitalised mid-sentence, by four to one: ``Although``, ``Earlier``, ``Billionaire``; not ``Bill``), or a
  phrase of another type made only of stop words and calendar words (``But``, ``One``, ``Thursday``).
  ``unresolved`` speakers are counted apart, not as junk.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

TITLES = frozenset("""mr mrs ms miss dr sir dame lord lady baroness baron president vice senator sen rep reps gov
governor secretary minister prime chancellor sheriff judge justice gen general col colonel lt sgt capt captain adm
admiral rev reverend prof professor mayor chairman chairwoman chair king queen prince princess pope st det detective
inspector supt superintendent cllr councillor amb ambassador hon honourable honorable atty attorney maj major cmdr
commissioner director deputy representative congressman congresswoman speaker leader candidate nominee
former late then sec ceo""".split())
PRONOUNS = frozenset("he she they it we i you who them him her us this that these those".split())
CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december""".split())
_ARTICLES = frozenset({"the", "a", "an"})


def _given_names() -> frozenset:
    """Given names of the 1990 US Census (the public list the workbook ships in analysis/resources), read directly."""
    path = Path(__file__).resolve().parent.parent / "analysis" / "resources" / "first_names.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith(("#", "name\t")))


GIVEN_NAMES = _given_names()
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_BRACKETS = re.compile(r"\([^()]*\)?")


def _tokens(text) -> list[str]:
    text = _BRACKETS.sub(" ", text if isinstance(text, str) else "")
    out = []
    for tok in _TOKEN.findall(text):
        tok = re.sub(r"['’]s?$", "", tok).rstrip(".").strip("-").replace("’", "'")  # O’Neill = O'Neill
        if tok:
            out.append(tok)
    return out


def person_words(name) -> list[str]:
    """Lower-case words of a person's name, without titles and possessives."""
    return [w for w in (t.lower() for t in _tokens(name)) if w not in TITLES and w not in _ARTICLES]


#: A gold peer written with his territory: ``Nicholls of Birkenhead``.
_PEER = re.compile(r"\s*([A-Z][\w'’-]+) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s*")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _same_name(a: list[str], b: list[str]) -> bool:
    """Same person: one name's words appear in the other in order, ending with a surname of the other (not its first
    word) and starting with its first word unless the shorter is a tail of the longer (``Donald J. Trump`` =
    ``Donald Trump``; ``Hillary Rodham Clinton`` = ``Hillary Clinton``; ``Melba Acosta`` = ``Melba Acosta Febo``;
    ``Kay Henry`` = ``Mary Kay Henry``). A suffix (``Jr.``) counts only when both names have one."""
    sa, sb = {w for w in a if w in _SUFFIXES}, {w for w in b if w in _SUFFIXES}
    if sa and sb and sa != sb:
        return False
    a, b = [w for w in a if w not in _SUFFIXES], [w for w in b if w not in _SUFFIXES]
    if len(a) == 1 or len(b) == 1:
        return a == b
    short, long_ = sorted((a, b), key=len)
    it = iter(long_)
    in_order = all(w in it or (len(w) == 1 and any(x.startswith(w) for x in long_)) for w in short)
    return in_order and short[-1] in long_[1:] and (short[0] == long_[0] or long_[-len(short):] == short)


def phrase_words(phrase) -> list[str]:
    return [t.lower() for t in _tokens(phrase) if t.lower() not in _ARTICLES]


#: The join of a joint source, " & " (the gold guidelines'); an ampersand inside a name is no join: "The R&A".
_JOINT = re.compile(r"\s+&\s+")


def people(name) -> list[list[str]]:
    return sorted(person_words(part) for part in _JOINT.split(str(name)) if person_words(part))


def same_person(predicted, gold) -> bool:
    # a gold peer's territorial designation is no part of his name, as the gold guidelines name peers ("Lord
    # Falconer" -> Falconer): "Nicholls of Birkenhead" is Nicholls (gold side only)
    gold = " & ".join(m.group(1) if (m := _PEER.fullmatch(part)) else part for part in _JOINT.split(str(gold)))
    gold_people, pred_people = people(gold), people(predicted)
    if not gold_people or len(gold_people) != len(pred_people):
        return False
    return all(any(_same_name(p, g) for p in pred_people) for g in gold_people)


_LINKS = frozenset({"of", "for", "on", "and", "&", "to"})


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _LINKS)


def same_phrase(predicted, gold) -> bool:
    gold_parts = [part for part in _JOINT.split(str(gold)) if part.strip()]
    if len(gold_parts) > 1:
        # a joint gold source ("Labour & Liberal Democrats") is named only by naming each of its parts
        pred_parts = [part for part in re.split(r"\s&\s|\band\b|,", str(predicted)) if part.strip()]
        return len(pred_parts) == len(gold_parts) and all(
            any(same_phrase(pp, gp) or same_person(pp, gp) for pp in pred_parts) for gp in gold_parts)
    p, g = phrase_words(predicted), phrase_words(gold)
    if not p or not g:
        return False
    if (len(p) == 1 and len(g) >= 2 and p[0].replace(".", "") == _initials(g)) \
            or (len(g) == 1 and len(p) >= 2 and g[0].replace(".", "") == _initials(p)):
        return True  # BNP = British National Party; F.B.I = Federal Bureau of Investigation
    if set(p) - _LINKS == set(g) - _LINKS:
        return True  # Justice Department = Department of Justice
    return p == g or (p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p)))


def same_speaker(predicted: str, gold: str, gold_type: str) -> bool:
    """The strict rule of the module docstring; ``gold_type`` is ``person`` or another type."""
    if gold_type == "person":
        return same_person(predicted, gold)
    return same_phrase(predicted, gold)


class CaseProfile:
    """How a corpus writes each word: lower case vs capitalised in mid-sentence (not after ``.!?``, a quote mark,
    a colon or a line start)."""

    _WORD = re.compile(r"(?<![\w'’.-])[^\W\d_][\w'’-]*")

    def __init__(self, texts):
        self.lower, self.cap = Counter(), Counter()
        for text in texts:
            for m in self._WORD.finditer(text):
                word = m.group()
                if word.islower():
                    self.lower[word] += 1
                elif word[0].isupper():
                    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
                    if before and before[-1] not in ".!?\"“”‘’':\n—–-(":
                        self.cap[word.lower()] += 1

    def not_name(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        if low in ENGLISH_STOP_WORDS or low in CALENDAR or low in PRONOUNS:
            return low not in GIVEN_NAMES  # "Bill", "Will" are stop words and given names
        return self.lower[low] >= 2 and 4 * self.cap[low] < self.lower[low] and low not in GIVEN_NAMES


def is_junk(speaker, speaker_type: str, profile: CaseProfile) -> bool:
    """Empty, a pronoun, a person whose first word (after titles) is not part of a name, or a phrase of another
    type made only of stop words and calendar words (``But``, ``One``, ``Thursday``)."""
    text = speaker.strip() if isinstance(speaker, str) else ""
    if not text or text.lower() in PRONOUNS:
        return True
    if speaker_type == "unresolved":
        return False  # said to be unresolved: counted apart, not a junk name
    words = [t for t in _tokens(text) if t.lower().rstrip(".") not in TITLES]
    if speaker_type == "person":
        return not words or profile.not_name(words[0])
    lows = [t.lower() for t in _tokens(text)]
    return bool(lows) and all(w in ENGLISH_STOP_WORDS or w in CALENDAR for w in lows)
