"""The role a named speaker is given in the article, as written: ``Secretary of State`` (Antony Blinken), ``Lib Dem
foreign affairs spokesman`` (Menzies Campbell), ``department spokeswoman`` (Lauren Ehrsam, a department spokeswoman).

Rules (no model):

* **before the name**: the words right before a mention of the person, back to punctuation or a word that is
  neither capitalised, a role or title word, nor a modifier of one (``foreign affairs``, ``shadow``) — so
  ``Tory shadow chancellor Oliver Letwin`` gives ``Tory shadow chancellor``; function words, days and months
  that open the sentence are dropped (``On Tuesday Secretary of State ...``); courtesy titles (``Mr``, ``Sir``,
  ``Dr``) are part of the name's form, not a role;
* **appositive**: ``Name, (the|a) PHRASE,`` where the phrase holds a role word and no reporting verb
  (``Lauren Ehrsam, a department spokeswoman, said``; ``Ed Balls, ex-chief economic adviser``);
* the first mention of the person that has either gives the role (articles introduce people once); a phrase
  without a role word (``Tuesday``, ``Democrat``) is no role. Limits: a role given only in a sentence of its own
  (``She is the party's treasurer.``) or after the cue is not found; a role word list decides what a role is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..units import STOP_WORDS
from .lexicon import MONTHS, TIME_WORDS, lexicon, words

#: Courtesy titles: part of how a name is written, not a role.
HONORIFICS = frozenset("mr mrs ms miss madam madame dr sir dame lord lady baron baroness rev reverend prof hon".split())
#: Words that qualify a role without being one: ``foreign affairs spokesman``, ``shadow chancellor``.
MODIFIERS = frozenset("""acting affairs assistant associate campaign chief communications crown culture defence
defense deputy economic education energy environment executive ex-chief federal finance first foreign former general
health home housing interim interior international junior justice local managing national party policy political
press prime principal regional security senior shadow state trade transport treasury vice white house department
ministry office committee council union""".split())
#: Party and place adjectives in the title list: they qualify a role (``Democratic Sen.``) but are none.
_QUALIFIERS = frozenset("democrat democratic republican labour tory conservative liberal independent incumbent u.s. "
                        "uk un us and of for the first".split())
_JOINERS = frozenset({"of", "for", "and", "the", "on"})
_APPOSITIVE_OPEN = re.compile(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?")
_APPOSITIVE_END = re.compile(r"[,;:)!?“”\"(\n]|\.(?=\s|$)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr))$")  # "adviser to Mr. Obama"
_RELATIVE = re.compile(r"\s+(?:who|whose|which|that|whom)\b")
_NOT_APPOSITIVE_START = frozenset("who whose which whom that said says told added who's where when as".split())
_WINDOW = 160  # characters looked at before a name: the longest role phrase fits
#: Mentions of a person read for a role: articles give it when they introduce someone.
MENTIONS_READ = 3


@lru_cache(maxsize=1)
def role_heads() -> frozenset:
    """Words that make a phrase a role: role and anonymous-source nouns and the titles that are not courtesy
    titles, parties or modifiers (``senator``, ``minister``, ``spokeswoman``, ``chair``).

    Returns
    -------
    frozenset of str
        The words, lower case.
    """
    lists = lexicon().lists
    titles = {t.rstrip(".") for t in lists["title"]}
    return frozenset(lists["role"] | lists["anonymous"] | (titles - HONORIFICS - MODIFIERS - _QUALIFIERS))


def _plain(word: str) -> str:
    word = word.lower().rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _may_be_role_word(word: str, heads: frozenset) -> bool:
    low = _plain(word)
    return word[:1].isupper() or low in heads or low in MODIFIERS or low in _QUALIFIERS


def _opens_sentence(word: str, heads: frozenset) -> bool:
    """A word before a role that is not part of it: ``But``, ``On``, ``Tuesday``, ``of`` (but ``former``)."""
    if word in heads or word in MODIFIERS:
        return False
    return word in STOP_WORDS or word in _JOINERS or word in TIME_WORDS or word in MONTHS


def role_before(text: str, start: int, floor: int = 0, tokens=None) -> str:
    """The role phrase written right before the name that starts at ``start`` (``""`` if none). ``floor``: the end
    of the article's previous name mention, where a phrase stops (``Secretary of State Hillary Clinton and former
    Maryland Gov. Martin O'Malley``: O'Malley's role is ``former Maryland Gov.``). ``tokens``: the text's
    :class:`~analysis.quotes.lexicon.Tokens`, when the caller has them.

    Parameters
    ----------
    text : str
    start : int
        Offset of the name.
    floor : int
        End of the previous name mention.
    tokens : Tokens, optional

    Returns
    -------
    str
        The role as written, or ``""``.
    """
    heads = role_heads()
    kept: list[tuple[int, int, str]] = []
    right = start
    lo = max(floor, start - _WINDOW, 0)
    for tok in reversed(tokens.between(lo, start) if tokens is not None else words(text, lo, start)):
        if text[tok[1]:right].strip() or "\n" in text[tok[1]:right]:
            break  # punctuation between (a comma, a dash, a quote mark) or a line break ends the phrase
        if not _may_be_role_word(tok[2], heads):
            break
        kept.append(tok)
        right = tok[0]
    kept.reverse()
    # drop what opens the sentence or joins nothing: "But", "On Tuesday", "Mr", "of"
    while kept and _opens_sentence(_plain(kept[0][2]), heads):
        kept.pop(0)
    while kept and _plain(kept[-1][2]) in HONORIFICS:
        kept.pop()
    if kept and _plain(kept[-1][2]) in _JOINERS:
        return ""  # "vice chairwoman for Clinton's campaign", "a spokesman for Mr. Clinton": someone else's role
    if not any(_plain(tok[2]) in heads for tok in kept):
        return ""
    return text[kept[0][0]:kept[-1][1]]


def _appositive_span(text: str, end: int) -> tuple[int, int] | None:
    """Span of the phrase of ``, (the|a) PHRASE,`` (or ``.``, ``;``, ``:``, ``)``) right after ``end``; a period
    after an abbreviation (``Mr.``, ``George W.``) does not end it."""
    m = _APPOSITIVE_OPEN.match(text, end)
    if not m:
        return None
    lo = m.end()
    for stop in _APPOSITIVE_END.finditer(text, lo, min(len(text), lo + 140)):
        if stop.group() == "." and _ABBREVIATION.search(text, lo, stop.start()):
            continue
        if stop.group() not in {",", ".", ";", ":", ")"} or stop.start() - lo < 2:
            return None
        return lo, stop.start()
    return None


def role_after(text: str, end: int, next_name: int = -1) -> str:
    """The role of an appositive right after the name that ends at ``end`` (``, a department spokeswoman,``); a
    relative clause is cut (``a lawyer in Orlando who specializes in ...``: ``lawyer in Orlando``); an
    appositive that opens with the next name mention (it starts at ``next_name``) is none (``Trump, Carson flop
    with ...``).

    Parameters
    ----------
    text : str
    end : int
        End offset of the name.
    next_name : int
        Start of the next name mention (-1: none).

    Returns
    -------
    str
        The role as written, or ``""``.
    """
    span = _appositive_span(text, end)
    if span is None or span[0] == next_name:
        return ""  # "Trump, Carson flop with ...": a list of names, not an appositive
    phrase = _RELATIVE.split(text[span[0]:span[1]], 1)[0]
    toks = [tok[2] for tok in words(phrase, 0, len(phrase))]
    if not toks or toks[0].lower() in _NOT_APPOSITIVE_START or len(toks) > 12:
        return ""
    lx = lexicon()
    if any(lx.verb(t) for t in toks):
        return ""  # "Jones, speaking on Tuesday, said": a clause, not a role
    heads = role_heads()
    phrase = phrase.strip()
    if phrase.endswith(".") and not _ABBREVIATION.search(phrase[:-1]):
        phrase = phrase[:-1]
    return phrase if any(_plain(t) in heads for t in toks) else ""


def person_roles(text: str, mentions, names=None, tokens=None) -> dict[str, str]:
    """The role each person is given in ``text``.

    Parameters
    ----------
    text : str
    mentions : list of Mention
        :func:`~analysis.quotes.speakers.find_people` of ``text``, in text order.
    names : set of str, optional
        Only these people.
    tokens : Tokens, optional
        The text's :class:`~analysis.quotes.lexicon.Tokens`.

    Returns
    -------
    dict
        ``{person name: role}`` for the people that have one: the first of a person's first
        :data:`MENTIONS_READ` mentions with a role before it or an appositive after it (articles give a role when
        they introduce someone).
    """
    roles: dict[str, str] = {}
    seen: dict[str, int] = {}
    for i, mt in enumerate(mentions):
        name = mt.person.name
        if name in roles or (names is not None and name not in names) or seen.get(name, 0) >= MENTIONS_READ:
            continue
        seen[name] = seen.get(name, 0) + 1
        floor = mentions[i - 1].end if i > 0 else 0
        next_name = mentions[i + 1].start if i + 1 < len(mentions) else -1
        role = role_before(text, mt.start, floor, tokens) or role_after(text, mt.end, next_name)
        if role:
            roles[name] = role
    return roles
