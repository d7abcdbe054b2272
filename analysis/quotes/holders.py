"""Who holds an office an article names only by the office, read across the corpus.

A British story may write "the chancellor said" and "the prime minister told MPs" without ever writing "Chancellor
Gordon Brown"; its readers know who holds the office, and so does the rest of the corpus, where other stories name
him with the title. The article's own rules (:mod:`.speakers`) find a holder only among the people the article
itself names with the office, else fall back to someone named before; this step, run once over the whole corpus
before the speakers are made canonical, corrects that fallback.

Rule: a row whose speaker is written as ``the`` and lower-case office words only (``the chancellor``, ``the prime
minister``, ``the former president``; never a spokesman's or an official's noun, which stay unnamed sources) and
whose speaker holds that office in no article of the corpus (nor does any full name of a speaker written by
surname alone) goes to the one person **named in the same article**
whom the corpus names with it, by title or role, in at least :data:`MIN_ARTICLES` articles and in at least half
of the articles that name them with any office (the office they are known by: not Hillary Clinton, whom a few
articles call "president" among many "nominee" and "former secretary of state"); with no such person, or several,
the row is left as the article's rules gave it. Holding an office is :func:`~.speakers.holds_office`: all its
words and no rank it lacks (the deputy prime minister is not "the prime minister", the shadow chancellor not "the
chancellor", a former president not "the president").

A source that names the office and then another person (``Both the prime minister and Chancellor Gordon Brown``,
spoken for by the person named: ``Gordon Brown``) gets the office's holder, by the same rule, joined before that
person (``Tony Blair & Gordon Brown``).

Limits: an office changes hands; in a corpus that spans the change, two holders may both be named in one article
(then nothing changes) or the article may name only the other one. Only the people the article names in full are
candidates, and only rows whose own article gave the office no holder are changed.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from .lexicon import JOINT
from .speakers import holds_office, joined_office, office_of, office_words

#: Articles of the corpus that must name the person with the office.
MIN_ARTICLES = 2
#: Pronouns that carry a changed row's speaker on to the rows after it.
_CARRIED = frozenset({"he", "she"})


@dataclass
class CorpusNames:
    """What the map step of quote extraction tells the finish step about the people the articles name.

    Attributes
    ----------
    articles : Counter
        Full name → number of articles naming it.
    offices : Counter
        (full name, office words) → number of articles naming that person with those role words
        (:func:`~.speakers.office_words`).
    named : dict
        article_id → the full names its body names, for the articles with a row whose speaker is written as an
        office alone.
    """
    articles: Counter = field(default_factory=Counter)
    offices: Counter = field(default_factory=Counter)
    named: dict = field(default_factory=dict)

    def update(self, other: "CorpusNames") -> None:
        """Add ``other``'s counts and articles (the reduce step)."""
        self.articles.update(other.articles)
        self.offices.update(other.offices)
        self.named.update(other.named)


def article_offices(people, written) -> set[tuple[str, frozenset]]:
    """The offices an article names its people with: (full name as written, office words) for each person named
    in full with at least one office word.

    Parameters
    ----------
    people : list of Mention
        The article's mentions of people (:attr:`Article.people`).
    written : callable
        The article's ``as_written`` (a name as the source text spells it).

    Returns
    -------
    set of (str, frozenset)
    """
    out = set()
    for person in {id(mt.person): mt.person for mt in people}.values():  # (each person once, not each mention)
        if " " in person.name and (words := office_words(person.roles)):
            out.add((written(person.name), words))
    return out


def corpus_holders(rows: pd.DataFrame, names: CorpusNames) -> pd.DataFrame:
    """``rows`` with the speakers of office-only rows given to the office's holder, by the rule of this module.

    Parameters
    ----------
    rows : DataFrame
        The quotes table before the speakers are made canonical (speaker as each article writes the name).
    names : CorpusNames
        What the map step found (:func:`article_offices` of every article, summed).

    Returns
    -------
    DataFrame
        A copy of ``rows`` (``rows`` itself when nothing changes); changed rows get the holder as ``speaker``,
        ``speaker_type`` ``"person"`` and the role another row of their article gives the holder, else ``""``.
    """
    if not names.named or rows.empty:
        return rows
    held: dict[str, list] = defaultdict(list)
    for (name, words), n in names.offices.items():
        held[name].append((words, n))

    def articles_holding(name: str, office: frozenset) -> int:
        return sum(n for words, n in held.get(name, ()) if holds_office(words, office))

    def holder(name: str, office: frozenset) -> bool:
        n = articles_holding(name, office)
        return n >= MIN_ARTICLES and n * 2 >= sum(k for _, k in held[name])

    surnames = defaultdict(set)  # (a speaker written by surname alone holds an office one of its full names holds)
    for name in held:
        surnames[name.rsplit(None, 1)[-1]].add(name)

    col = {c: rows[c].tolist() for c in ("article_id", "location", "paragraph", "speaker", "speaker_mention",
                                         "speaker_type", "role")}  # (plain lists: one pass each, not a lookup a row)
    changes, joined = {}, {}  # position -> the holder; -> the holder and the person named after the office
    for i, (aid, speaker, mention, stype) in enumerate(zip(col["article_id"], col["speaker"], col["speaker_mention"],
                                                           col["speaker_type"])):
        if aid not in names.named:
            continue
        office = office_of(mention)
        both = not office and stype == "person" and JOINT not in speaker and bool(office := joined_office(mention))
        if not office:
            continue
        if stype == "person" and (JOINT in speaker or any(articles_holding(n, office)
                                                           for n in surnames.get(speaker, set()) | {speaker})):
            continue  # (a holder already: the article's own, or one the corpus knows)
        if stype != "person" and speaker != mention:
            continue
        found = [n for n in names.named[aid] if n != speaker and n in held and holder(n, office)]
        if len(found) == 1 and both:
            joined[i] = found[0] + JOINT + speaker  # "Both the prime minister and Chancellor Gordon Brown have called
            # for": the holder and the one named (he, after it, is not both)
        elif len(found) == 1:
            changes[i] = found[0]
    if not changes and not joined:
        return rows
    changes.update(_pronouns_after(col, changes))
    changes.update(joined)
    roles = {}  # (article, speaker) -> the first role a row gives the speaker there
    for aid, speaker, role in zip(col["article_id"], col["speaker"], col["role"]):
        if role:
            roles.setdefault((aid, speaker), role)
    for i, name in changes.items():
        col["speaker"][i], col["speaker_type"][i] = name, "person"
        col["role"][i] = roles.get((col["article_id"][i], name), "")
    out = rows.copy()
    for c in ("speaker", "speaker_type", "role"):
        out[c] = pd.Series(col[c], index=rows.index, dtype=rows[c].dtype)
    return out


def _pronouns_after(col: dict, changes: dict) -> dict:
    """The rows right after a changed row (``col``: the table's columns as lists), in its paragraph, whose speaker
    is written "he" or "she" and is the one the changed row had: the same speaker carried on ("The chancellor would
    not comment ... His only "motivation" was ..., he insisted"). Stops at the first row that is not one."""
    keys = list(zip(col["article_id"], col["location"], col["paragraph"], col["speaker"]))
    out = {}
    for i, name in changes.items():
        j = i + 1
        while j < len(keys) and keys[j] == keys[i] and col["speaker_mention"][j].lower() in _CARRIED:
            out[j] = name
            j += 1
    return out
