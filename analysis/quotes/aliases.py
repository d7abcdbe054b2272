"""One name per person across the corpus: the canonical speaker of every person speaker string.

:mod:`analysis.quotes.extract` resolves speakers article by article (the fullest name the article gives), so
the same person can be ``Donald Trump`` in one article and ``Donald J. Trump`` or ``Obama`` in another. This
post-processing step over the quotes table maps every person speaker (``speaker_type == "person"``) to one
canonical string for the whole corpus. Rules, in this order:

1. **Name words.** A speaker is read as a list of words. Its title is dropped: the first run of title words
   that holds a personal title and has a word after it, and everything before it. Title words are
   ``nameparser``'s title constants (``Mr``, ``Mrs``, ``Dr``, ``President``, ``Secretary``, ``Senator``,
   ``Rep.``, ``Gov.``, ``Sir``, ``Lord``, ``Comedian``...), the speakers module's ``title`` list
   (``quote_sources.tsv``) and :data:`EXTRA_TITLES` (``Sen.``, ``Sens.``, ``candidate``, ``spokesman``...),
   compared without case and dots, hyphenated ones too (``then-Sen.``, ``Secretary-Treasurer``). Words of
   :data:`TITLE_MODIFIERS` (``Vice``, ``Foreign``, ``U.S.``, ``Republican``, ``National``, ``Air``, ``of``) only
   qualify a title: a run of them alone is none (``Air Force``, ``National Post`` stay). So
   ``Sens. Jeff Merkley`` → ``Jeff Merkley``, ``Republican Sen. Ted Cruz`` → ``Ted Cruz``, ``Secretary of State
   Rex Tillerson`` → ``Rex Tillerson``, ``White House press secretary Sean Spicer`` → ``Sean Spicer``. A title
   before a first name (nameparser's first-name titles: ``Pope``, ``King``, ``Sir``, ``Sheikh``) followed by one
   word keeps it (``Pope Francis``). Title words that are also given names (:data:`GIVEN_NAME_TITLES`) are not
   titles. A possessive (``Obama's``), text after a comma or parenthesis (``Adam Schiff, D-Calif.``) and degree
   or honour suffixes (``PhD``, ``MP``, ``QC``) are dropped. What is left must read as a name: every word
   capitalised, an initial, or a lowercase particle (``de``, ``van``, ``al-``); not opened by a function or
   time word (:data:`NOT_FIRST_NAMES`, ``Although Rubio``); no organisation head noun (``Department``) before
   its last word. Otherwise (``the secretary``, ``he``, ``President``, ``Pope Francis``) the speaker is left
   as it is and takes part in no rule.
2. **Generational suffixes** (``Jr.``, ``Sr.``, ``II``, ``III``) are not name words but tell people apart:
   ``Donald Trump Jr.`` never merges with ``Donald Trump``, and stays in the canonical form.
3. **Middle name or initial.** Two full names (two or more name words; particles such as ``von der`` belong to
   the surname) are the same person when their first words and last words agree and the middle words of one
   are missing, or are, word for word, the same or initials of the other's: ``Donald J. Trump`` =
   ``Donald John Trump`` = ``Donald Trump``; ``Hillary Rodham Clinton`` = ``Hillary Clinton``. ``George W. Bush``
   and ``George H. W. Bush`` differ (one middle word against two). A shorter form that fits two different
   people (``George Bush`` with both of them in the corpus) is ambiguous and stays as it is. First words that
   differ never merge (``Bill Clinton`` / ``Hillary Clinton``); nicknames are not merged (``Bernie`` /
   ``Bernard``) unless the user says so.
4. **Canonical form**: the most frequent full form (rows, titles dropped) among the person's speakers, ties
   to the longest, then alphabetical; so it is the same string in every article.
5. **Surname alone.** A one-word name (a surname left unresolved in its article: ``Obama``, ``President
   Obama``, ``de Blasio``) maps to the canonical form of the corpus's one person with that surname, only when
   exactly one person has it; with two (``Bill Clinton``, ``Hillary Clinton``) it stays as it is, titles
   dropped (``Mrs Clinton`` → ``Clinton``), unless the corpus names one of them far more than the others: when
   the articles that name any holder in full are known (``mentioned`` given as a mapping of full name → articles),
   the one named in full in at least :data:`DOMINANT_SHARE` of them and in at least :data:`DOMINANT_ARTICLES`
   (``Blair`` → ``Tony Blair`` in BBC politics copy that also names Cherie and Euan Blair). A gender that the rows'
   titles and pronouns give (``Mr``, ``he``) keeps only the holders whose given name the census gives that gender,
   else those it gives none; rows whose titles and pronouns point both ways are never mapped so. A one-word name
   that is a weekday, month, US state, place, body or outlet of the shipped lists is never mapped (name-boundary
   leftovers such as ``Oklahoma``).
6. **Several people.** A source naming several people is one speaker, their names joined by `` & ``
   (``Paul Ryan & Mitch McConnell`` for ``Ryan and McConnell said``): each name is mapped by the rules above
   (and counts as a name the corpus has) and the names are joined again in their order.
7. **Body names.** An organisation or outlet (``speaker_type`` organization or media) written in several forms
   that differ only in case, a leading "the" or a possessive mark, each form capitalised after any "the" (``the
   Associated Press``, ``Associated Press``; ``POLITICO``, ``Politico``; not ``the council``, ``Council``) is one
   speaker: the form its rows write most (ties: without "the", shorter, then alphabetical), of one type (media
   for an outlet of the shipped list or when most of its rows say media, else organization). No other words are
   compared: ``AP`` and ``Associated Press`` stay apart unless the user says.
8. **User aliases** win over the rules: a CSV (UTF-8) or table with columns ``alias,speaker``, matched against
   the speaker string exactly (any speaker type, not only persons). A user alias that is a canonical form
   renames that person everywhere (``Donald Trump,Donald J. Trump`` gives every alias of the person
   ``Donald J. Trump``). A bad row gives a one-line warning naming its line and is skipped; the rest applies.

The rule of each alias is one of :data:`RULES`: ``same name`` (the alias is the canonical form, up to case,
spacing and dots), ``title dropped`` (only titles, a possessive, a comma tail or a degree were dropped),
``middle name or initial`` (rule 3, titles maybe dropped as well), ``surname alone`` (rule 5), ``people joined``
(rule 6), ``body name`` (rule 7), ``user``.
The result depends only on the set of rows, never on their order.
"""
from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .lexicon import (CLAUSE_WORDS, DESCENT, DETERMINERS, given_name_gender, JOINT, lexicon, POSSESSIVE_END,
                      PREPOSITIONS, PRONOUNS, TIME_WORDS)

log = logging.getLogger(__name__)

ALIAS_COLUMNS = ["alias", "speaker", "n_rows", "n_articles", "rule"]
RULES = ("same name", "title dropped", "middle name or initial", "surname alone", "people joined", "body name",
         "user")
#: A surname alone that several people bear goes to the one of them that at least this share of the articles
#: naming any of them in full name (:func:`dominant`)...
DOMINANT_SHARE = 0.9
#: ... and in at least this many articles.
DOMINANT_ARTICLES = 3


def dominant(named: Mapping[str, int]) -> str | None:
    """The key of ``named`` (a person → the articles naming them in full) with at least :data:`DOMINANT_ARTICLES`
    articles and :data:`DOMINANT_SHARE` of them all (ties to the first in alphabetical order), else None."""
    if not named:
        return None
    top = min(named, key=lambda p: (-named[p], p))
    total = sum(named.values())
    return top if named[top] >= DOMINANT_ARTICLES and named[top] >= DOMINANT_SHARE * total else None

#: Titles and roles written before US and UK names that nameparser's list lacks (compared lowercased, no dots).
EXTRA_TITLES = frozenset("""
sen sens reps govs gens drs messrs mmes atty supt insp det cmdr congressman congresswoman congressmember
chairman chairwoman spokesman spokeswoman spokesperson candidate nominee hopeful frontrunner front-runner
challenger rival aide advisor strategist pollster lawmaker legislator mp mep mps meps msp mla senators representatives
governors rabbi honour honor
""".split())
#: Title words that only qualify a title (``Vice``, ``Foreign``, ``U.S.``, ``Republican``, ``of``): part of a title
#: run, but a run of them alone is no title (``Air Force``, ``National Post``, ``United States ...``, ``Business
#: Insider`` stay as they are). Mostly entries of nameparser's title list that start multi-word titles.
TITLE_MODIFIERS = frozenset("""
of the and for & acting former late then ex interim incumbent shadow vice deputy assistant associate senior
1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th air analytics appellate army award-winning ballet banner baseball behavioral
bench biblical blessed blues british burlesque business civil classical computer corporate credit criminal customs
designated discovery district division docket english excellent family federal field film financial first flag
flying foreign grand group her hereditary high his information intelligence judicial kingdom knowledge law legal
literary marketing mathematics me military most municipal mystery national navy opera operating police political
presiding private pro radio rear revenue right risk rock royal security social soccer software special staff state
states strategy supreme tax technical television theater theatre travel uk united us un saint sainte st crown
defence defense finance health home interior trade treasury democrat democratic republican labour tory
conservative liberal independent voice warrant wing
""".split())
#: Titles that are also given names: never read as titles here ("Del Harris"; the speakers module reads "Del." only).
GIVEN_NAME_TITLES = frozenset("baron pastor del hon".split())  # ("Hon Lik"; "Hon." is read as a title)
#: Words that never open a person's name (leftovers of a sentence around it: ``Although Rubio``, ``Why Obama``).
NOT_FIRST_NAMES = frozenset("""
why how what where who whom despite like both either neither although though while whether if when then now also
even just only still yet more many much another every each year some any all most no not one two three after before
maybe perhaps
""".split())
#: US states: a one-word speaker that is one is a place left by a name boundary (``Sen. Tom Cole, Oklahoma``).
US_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""".split())
#: US states by the AP style abbreviation a party tag or a dateline writes them with ("R-Wis.", "D-S.C.", "Portsmouth,
#: N.H."), lower case.
STATE_ABBREVIATIONS = dict(pair.replace("_", " ").split("=") for pair in """ala.=alabama
ariz.=arizona ark.=arkansas calif.=california colo.=colorado conn.=connecticut del.=delaware fla.=florida ga.=georgia
ill.=illinois ind.=indiana kan.=kansas ky.=kentucky la.=louisiana md.=maryland mass.=massachusetts mich.=michigan
minn.=minnesota miss.=mississippi mo.=missouri mont.=montana neb.=nebraska nev.=nevada n.h.=new_hampshire
n.j.=new_jersey n.m.=new_mexico n.y.=new_york n.c.=north_carolina n.d.=north_dakota okla.=oklahoma ore.=oregon
pa.=pennsylvania r.i.=rhode_island s.c.=south_carolina s.d.=south_dakota tenn.=tennessee tex.=texas vt.=vermont
va.=virginia wash.=washington w.va.=west_virginia wis.=wisconsin wyo.=wyoming""".split())
#: Every US state's name, of one word or two ("south carolina"), lower case.
STATE_NAMES = US_STATES | frozenset(STATE_ABBREVIATIONS.values())
_GENERATIONAL = frozenset("jr jnr junior sr snr senior ii iii iv v".split())
_PUNCT = "\"'“”‘’«»()[]{},;:!?*"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True)
class _Words:
    titles: frozenset  # every title word, modifiers and linking words included (lowercase, no dots)
    personal: frozenset  # titles that make a run a title: ``Mr``, ``Sen``, ``Secretary``, ``Comedian``
    first_name_titles: frozenset  # titles followed by a first name: ``Pope``, ``King``, ``Sir``
    particles: frozenset  # surname particles: ``de``, ``von``, ``bin``, ``al``
    degrees: frozenset  # suffixes dropped: ``PhD``, ``MP``, ``Esq.``
    not_first: frozenset  # words that open no name
    not_name: frozenset  # body words: a name holding one (last word aside) is no name
    not_surname: frozenset  # one-word names never mapped by surname: weekdays, months, places, bodies


def personal_titles() -> frozenset:
    """The personal titles of the alias rules (``Mr``, ``President``, ``Lord``; not ``the`` or ``former``): words that
    make a run of capitalised words a titled name."""
    return _words().personal


@lru_cache(maxsize=1)
def _words() -> _Words:
    from nameparser.config import CONSTANTS  # imported when first needed


    lists = lexicon().lists
    shipped = {w.replace(".", "") for w in lists.get("title", ())}  # the speakers module's title words
    titles = (set(CONSTANTS.titles) | shipped | EXTRA_TITLES | TITLE_MODIFIERS) - GIVEN_NAME_TITLES
    org_head = lists.get("org_head", frozenset())
    return _Words(
        titles=frozenset(titles), personal=frozenset(titles - TITLE_MODIFIERS),
        first_name_titles=frozenset(CONSTANTS.first_name_titles),
        particles=frozenset(p.rstrip("-") for p in CONSTANTS.prefixes),
        degrees=frozenset(set(CONSTANTS.suffix_acronyms) | set(CONSTANTS.suffix_not_acronyms) - _GENERATIONAL),
        not_first=frozenset(NOT_FIRST_NAMES | CLAUSE_WORDS | DETERMINERS | PREPOSITIONS | PRONOUNS | TIME_WORDS),
        not_name=frozenset(org_head),
        not_surname=frozenset((TIME_WORDS | org_head | lists.get("not_person", frozenset())
                               | lists.get("organization", frozenset()) | lists.get("media", frozenset())
                               | US_STATES) - {"may"}))


@dataclass(frozen=True)
class _Name:
    """A person speaker read as a name: display form and comparison words (lowercase, no dots)."""

    display: str  # the name without titles, possessive, comma tail and degrees (generational suffix kept)
    first: str  # '' for a one-word name (a surname)
    middle: tuple  # middle words; initials are one letter
    last: str  # surname, particles included ('von der leyen')
    suffix: str  # generational suffix ('jr', 'iii') or ''
    changed: bool  # something was dropped from the speaker string

    @property
    def key(self):
        return self.first, self.middle, self.last, self.suffix


_SUFFIX_END = re.compile(r"\s(?:Jr|Sr|II|III|IV)\.?$", re.I)


@lru_cache(maxsize=1 << 16)
def _plain(word: str) -> str:
    return word.translate(_APOSTROPHES).replace(".", "").casefold()


def _is_title(word: str, titles) -> bool:
    """A title word, also hyphenated (``then-Sen.``, ``ex-President``, ``Secretary-Treasurer``)."""
    w = _plain(word)
    return w in titles or ("-" in w and all(part in titles for part in w.split("-")))


def _title_end(words: list[str], w: _Words) -> int:
    """Index after the first run of title words holding a personal title with a word left after it; 0 if none."""
    i, n = 0, len(words)
    while i < n - 1:
        if not _is_title(words[i], w.titles) or _plain(words[i]) in {"of", "and", "for", "&"} \
                or i and _plain(words[i - 1]) in DESCENT:  # ("Abdul Rahim bin Haji Bakar": the father's title)
            i += 1
            continue
        j, personal = i, False
        while j < n - 1 and _is_title(words[j], w.titles):
            personal = personal or _plain(words[j]) in w.personal or \
                ("-" in words[j] and any(p in w.personal for p in _plain(words[j]).split("-")))
            j += 1
        if personal:
            return j
        i = j
    return 0


def _initials(word: str) -> list[str] | None:
    """``J.`` → ['j'], ``H.W.`` → ['h', 'w'], ``J`` → ['j']; None for a word that is not initials."""
    parts = [p for p in word.split(".") if p]
    if parts and all(len(p) == 1 and p.isalpha() and p.isupper() for p in parts) and (len(parts) > 1 or
                                                                                         len(word) <= 2):
        return [p.casefold() for p in parts]
    return None


def _name_like(word: str, particles) -> bool:
    if _initials(word):
        return True
    if word[:1].isupper():
        return all(ch.isalpha() or ch in "-'." for ch in word.translate(_APOSTROPHES))
    return _plain(word).split("-")[0] in particles  # de, van, bin, al-Assad


@lru_cache(maxsize=65536)
def _parse(speaker: str) -> _Name | None:
    """The name in a person speaker string, or None when it does not read as a name (see the module rules)."""
    w = _words()
    text = speaker.strip()
    changed = False
    cut = re.search(r"\s*[,(;]", text)
    suffix = ""
    if cut:  # 'Trump, Jr.' keeps its suffix; 'Adam Schiff, D-Calif.' and 'X (R-Ky.)' lose the tail
        tail = [_plain(t.strip(_PUNCT)) for t in text[cut.end():].split()]
        if len(tail) == 1 and tail[0] in _GENERATIONAL:
            suffix = tail[0]
        text, changed = text[:cut.start()], True
    words = [t for t in (t.strip(_PUNCT) for t in text.split()) if t]
    if not words:
        return None
    # possessive and degrees at the end; a generational suffix is kept apart
    final = words[-1].translate(_APOSTROPHES)
    if final.endswith("'s") or (final.endswith("s'") and len(final) > 2):
        words[-1] = words[-1][:-2] if final.endswith("'s") else words[-1][:-1]
        changed = True
    while len(words) > 1 and not suffix and _plain(words[-1]) in _GENERATIONAL and words[-1][:1].isupper():
        suffix = _plain(words.pop())
    while len(words) > 1 and _plain(words[-1]) in w.degrees and (words[-1].isupper() or "." in words[-1]
                                                                 or _plain(words[-1]) in {"esq", "phd"}):
        words.pop()
        changed = True
    # the title: everything up to the end of the first run of title words that holds a personal title
    end = _title_end(words, w)
    if end:
        if _plain(words[end - 1]) in w.first_name_titles and len(words) - end == 1:
            return None  # 'Pope Francis', 'King Charles': a title before a first name, kept as written
        words, changed = words[end:], True
    if len(words) > 1 and words[-1].endswith(".") and not _initials(words[-1]):
        words[-1] = words[-1].rstrip(".")  # 'Trump.': a sentence's full stop
    if (not all(_name_like(t, w.particles) for t in words) or all(_is_title(t, w.titles) for t in words)
            or _plain(words[0]) in w.not_first or len(words) == 1 and words[0][:1].islower()
            or any(_plain(t) in w.not_name for t in words[:-1])):
        return None  # 'the secretary', 'President', 'The President', 'he', 'Although Rubio', 'Department Education'
    # surname = last word with the particles before it ('Ursula von der Leyen'; 'de Blasio' alone)
    lo = len(words) - 1
    while lo > 0 and _plain(words[lo - 1]) in w.particles and (lo - 1 > 0 or words[lo - 1][:1].islower()):
        lo -= 1
    surname = " ".join(_plain(t) for t in words[lo:])
    display = " ".join(words + ([_suffix_display(speaker, suffix)] if suffix else []))
    if lo == 0:
        return _Name(display, "", (), surname, suffix, changed)
    middle = []
    for t in words[1:lo]:
        middle.extend(_initials(t) or [_plain(t)])
    first = _initials(words[0])
    return _Name(display, first[0] if first and len(first) == 1 else _plain(words[0]), tuple(middle), surname,
                 suffix, changed)


def _suffix_display(speaker: str, suffix: str) -> str:
    """The suffix as the speaker writes it ('Jr.', 'III')."""
    for w in reversed(speaker.split()):
        if _plain(w.strip(_PUNCT)) == suffix:
            return w.strip(_PUNCT.replace(".", "")).rstrip(",")
    return suffix


def _fits(short: tuple, long: tuple) -> bool:
    """Middle words ``short`` fit ``long``: none, or word for word the same or initials of them."""
    if not short:
        return True
    return len(short) == len(long) and all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(short, long))


def _compatible(a: tuple, b: tuple) -> bool:
    """Middle words of two names of one person: one fits the other, or word for word one initial of the other."""
    if _fits(a, b) or _fits(b, a):
        return True
    return len(a) == len(b) and all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
                                    for x, y in zip(a, b))


# -- user aliases ------------------------------------------------------------------------------------------------

def read_aliases(aliases) -> dict[str, str]:
    """User aliases as ``{alias: speaker}`` from a CSV path, a DataFrame or a mapping (see module rules).

    Parameters
    ----------
    aliases : str, path, DataFrame, mapping or None

    Returns
    -------
    dict
        ``{alias: speaker}`` (empty for None).

    A CSV is read as UTF-8 with a header naming ``alias`` and ``speaker``; a row with another number of fields
    or an empty alias or speaker gives a one-line warning naming its line and is skipped, as is a later row
    giving an alias already given another speaker.
    """
    if aliases is None:
        return {}
    if isinstance(aliases, Mapping):
        pairs = [(f"entry {k!r}", k, v) for k, v in aliases.items()]
        return _collect(pairs, "aliases")
    if isinstance(aliases, pd.DataFrame):
        missing = {"alias", "speaker"} - set(aliases.columns)
        if missing:
            raise ValueError(f"aliases table needs columns alias and speaker (missing: {', '.join(sorted(missing))})")
        pairs = [(f"row {i!r}", a, s) for i, a, s in zip(aliases.index, aliases["alias"], aliases["speaker"])]
        return _collect(pairs, "aliases table")
    return _read_csv(os.fspath(aliases))


def _read_csv(path: str) -> dict[str, str]:
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        log.warning("%s: not UTF-8 (byte %d); no user aliases applied", path, err.start)
        return {}
    reader = csv.reader(io.StringIO(text, newline=""))
    pairs, header = [], None
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip().casefold() for cell in row]
                if "alias" not in header or "speaker" not in header:
                    log.warning("%s line %d: the header must name the columns alias,speaker (got %s); "
                                "no user aliases applied", path, reader.line_num, ",".join(row)[:80])
                    return {}
                continue
            if len(row) != len(header):
                log.warning("%s line %d: expected %d fields (%s), got %d; line skipped", path, reader.line_num,
                            len(header), ",".join(header), len(row))
                continue
            cells = dict(zip(header, row))
            pairs.append((f"line {reader.line_num}", cells["alias"], cells["speaker"]))
    except csv.Error as err:
        log.warning("%s line %d: %s; the rest of the file skipped", path, reader.line_num, err)
    return _collect(pairs, path)


def _collect(pairs, source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for where, alias, speaker in pairs:
        alias = alias.strip() if isinstance(alias, str) else ""
        speaker = speaker.strip() if isinstance(speaker, str) else ""
        if not alias or not speaker:
            log.warning("%s %s: empty alias or speaker; skipped", source, where)
        elif out.get(alias, speaker) != speaker:
            log.warning("%s %s: %r already maps to %r; skipped", source, where, alias, out[alias])
        else:
            out[alias] = speaker
    return out


# -- the mapping -------------------------------------------------------------------------------------------------

def _rule_mapping(counts: dict[str, int], mentioned=(), genders=None) -> dict[str, tuple[str, str]]:
    """Person speaker → (canonical speaker, rule) by the module rules; ``counts`` are rows per speaker,
    ``mentioned`` full names the corpus mentions (other holders of a surname, quoted or not), ``genders`` the gender
    the rows of a one-word speaker point to (``m``/``f``: titles and pronouns at the cue)."""
    genders = genders or {}
    # a source naming several people ("Paul Ryan & Mitch McConnell"): each of them counts as a speaker of its rows
    joint = {s: s.split(JOINT) for s in counts if JOINT in s}
    counts = {s: n for s, n in counts.items() if s not in joint}
    for s, parts in joint.items():
        for part in parts:
            counts.setdefault(part, 0)  # (listed for the rules; the rows stay the joint source's)
    names = {s: _parse(s) for s in sorted(counts)}
    out = {s: (s, "same name") for s, n in names.items() if n is None}
    full = {s: n for s, n in names.items() if n is not None and n.first}
    alone = {s: n for s, n in names.items() if n is not None and not n.first}

    # people among the full names: per (first, surname, suffix), the most specific middles, merged when compatible
    groups = defaultdict(set)
    for n in full.values():
        groups[(n.first, n.last, n.suffix)].add(n.middle)
    person_of = {}  # (first, middle, last, suffix) → person id (a sorted tuple of keys)
    for (first, last, suffix), middles in sorted(groups.items()):
        middles = sorted(middles)
        top = [m for m in middles if not any(o != m and _fits(m, o) for o in middles)]
        people: list[list] = []
        for m in top:
            fits = [p for p in people if all(_compatible(m, o) for o in p)]
            if len(fits) == 1:
                fits[0].append(m)
            else:
                people.append([m])
        for m in middles:
            homes = [p for p in people if m in p] or \
                    [p for p in people if any(_fits(m, o) for o in p) and all(_compatible(m, o) for o in p)]
            home = homes[0] if len(homes) == 1 else [m]  # fits two people: ambiguous, its own
            person_of[(first, m, last, suffix)] = (first, last, suffix, tuple(home))

    # canonical form: the most frequent display among the person's full names; ties longest, then alphabetical
    displays = defaultdict(lambda: defaultdict(int))
    for s, n in full.items():
        displays[person_of[n.key]][n.display] += counts[s]
    canonical = {p: _most_written(d) for p, d in displays.items()}
    key_of_display = {n.display: n.key for n in full.values()}
    key_of = {p: key_of_display[c] for p, c in canonical.items()}
    for s, n in full.items():
        person = person_of[n.key]
        target = canonical[person]
        if n.key != key_of[person]:
            rule = "middle name or initial"
        else:
            rule = "title dropped" if n.changed and s != target else "same name"
        out[s] = (target, rule)

    by_surname = defaultdict(set)
    for person in canonical:
        by_surname[(person[1], person[2])].add(person)
    # given names of everyone the corpus mentions by full name, per surname: "Obama" is not mapped to the one
    # quoted Obama (Michelle) when the articles also mention Barack Obama
    firsts = defaultdict(set)
    articles = mentioned if isinstance(mentioned, Mapping) else {}
    named = defaultdict(lambda: defaultdict(int))  # (surname, suffix) → given name → articles naming it in full
    shown = defaultdict(lambda: defaultdict(int))  # (given name, surname, suffix) → full name as written → articles
    lasts = {_plain(n.last.split()[-1]) for n in alone.values()}
    for name in mentioned:
        if _plain(name.split()[-1]) not in lasts and not _SUFFIX_END.search(name):
            continue  # only other holders of a lone surname matter (parsing every name mentioned cost a fifth)
        m = _parse(name)
        if m is not None and m.first:
            firsts[(m.last, m.suffix)].add(m.first)
            n_articles = articles.get(name, 0)  # (0 without counts: then no holder dominates)
            named[(m.last, m.suffix)][m.first] += n_articles
            shown[(m.first, m.last, m.suffix)][m.display] += n_articles
    for s, n in alone.items():
        people = by_surname.get((n.last, n.suffix), set())
        others = firsts.get((n.last, n.suffix), set()) - {p[0] for p in people}
        if genders.get(s) and n.last not in _words().not_surname:
            # "Obama" said by "Mr. Obama" and "he" is not Michelle Obama (a given name 90% female in the census)
            people = {p for p in people if given_name_gender(p[0]) != _OTHER_GENDER[genders[s]]}
            others = {f for f in others if given_name_gender(f) != _OTHER_GENDER[genders[s]]}
        target = None
        if n.last in _words().not_surname:
            pass
        elif len(people) == 1 and not others:
            target = canonical[next(iter(people))]
        elif genders.get(s, "?") \
                and (first := dominant(of_gender(named[(n.last, n.suffix)], genders.get(s)))) is not None:
            # "Blair" → "Tony Blair": the holder the corpus names far more than the others (never for rows whose
            # titles and pronouns point both ways, gender "")
            quoted = [p for p in by_surname.get((n.last, n.suffix), set()) if p[0] == first]
            if len(quoted) == 1:
                target = canonical[quoted[0]]
            elif not quoted:  # (named, never quoted in full: the form the articles write most)
                target = _most_written(shown[(first, n.last, n.suffix)])
            # (two people of that given name, "George W." and "George H. W. Bush": none)
        if target is not None:
            out[s] = (target, "surname alone")
        else:
            out[s] = (n.display, "title dropped" if n.changed and s != n.display else "same name")
    for s, parts in joint.items():
        target = JOINT.join(dict.fromkeys(out[part][0] for part in parts))
        out[s] = (target, "same name" if target == s else "people joined")
    return out


def _most_written(forms: Mapping[str, int]) -> str:
    """The most frequent of a person's written ``forms`` (form → count); ties to the longest, then alphabetical."""
    return min(forms.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def of_gender(named: Mapping[str, int], gender: str | None) -> Mapping[str, int]:
    """The holders of ``named`` (a full name or a given name → a count) whose given name the census gives ``gender``
    (``m``/``f``), else those whose given name it gives none ("Barack" is not in the census); all without one."""
    if not gender:
        return named
    genders_of = {f: given_name_gender(f.split()[0]) for f in named}
    return {f: n for f, n in named.items() if genders_of[f] == gender} \
        or {f: n for f, n in named.items() if not genders_of[f]}


_OTHER_GENDER = {"m": "f", "f": "m"}
#: First words of a mention that say a man or a woman (pronouns at a cue, courtesy titles).
MALE_CUES = frozenset("he him his mr mr. sir lord".split())
FEMALE_CUES = frozenset("she her mrs mrs. ms ms. miss madam madame dame lady".split())


def _mention_genders(quotes: pd.DataFrame) -> dict[str, str]:
    """Speaker → ``m``/``f`` when the gendered first words of its mentions (``he``, ``Mr.``, ``she``, ``Mrs``) point
    one way three times as often as the other (a pronoun resolved wrongly now and then does not hide it), ``""``
    when they point both ways, else no entry."""
    seen = defaultdict(lambda: {"m": 0, "f": 0})
    for speaker, mention in zip(quotes["speaker"], quotes["speaker_mention"]):
        first = str(mention).split()[:1]
        low = first[0].lower() if first else ""
        if low in MALE_CUES:
            seen[speaker]["m"] += 1
        elif low in FEMALE_CUES:
            seen[speaker]["f"] += 1
    return {s: "m" if n["m"] >= 3 * n["f"] else "f" if n["f"] >= 3 * n["m"] else "" for s, n in seen.items()}


def _tables(quotes: pd.DataFrame, aliases, mentioned=()):
    """(alias table, person speaker → speaker, user alias → speaker, body speaker → (speaker, type))."""
    user = read_aliases(aliases)
    if quotes.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c.startswith("n_") else "object")
                             for c in ALIAS_COLUMNS}), {}, user, {}
    speaker = quotes["speaker"]
    named = speaker.notna() & (speaker.astype(str).str.strip() != "")
    person = named & (quotes["speaker_type"] == "person")
    listed = person | (named & speaker.isin(list(user)))
    rows = pd.DataFrame({"alias": speaker[listed].astype(str).to_numpy(),
                         "article_id": quotes["article_id"][listed].astype(str).to_numpy(),
                         "person": person[listed].to_numpy()})
    stats = rows.groupby("alias", sort=True).agg(n_rows=("person", "size"), n_articles=("article_id", "nunique"),
                                                  n_person=("person", "sum"))
    rules = _rule_mapping({a: int(n) for a, n in stats["n_rows"][stats["n_person"] > 0].items()}, mentioned,
                          _mention_genders(quotes[person]))
    table = []
    for alias, n_rows, n_articles in zip(stats.index, stats["n_rows"], stats["n_articles"]):
        if alias in user:
            target, rule = user[alias], "user"
        else:
            target, rule = rules[alias]
            if target in user:  # the user renames the person
                target = user[target]
                rule = "same name" if target == alias else rule
        table.append((alias, target, int(n_rows), int(n_articles), rule))
    persons = set(stats.index[stats["n_person"] > 0])
    person_map = {alias: target for alias, target, *_ in table if alias in persons}
    body_map, body_rows = _body_names(quotes[named & quotes["speaker_type"].isin(_BODY_TYPES)])
    table += [row for row in body_rows if row[0] not in user]  # (a user's alias is listed once, as the user's)
    table = pd.DataFrame(table, columns=ALIAS_COLUMNS)
    table = table.sort_values(["speaker", "n_rows", "alias"], ascending=[True, False, True], kind="mergesort",
                              ignore_index=True)
    return table, person_map, user, body_map


#: Speaker types whose names :func:`_body_names` unifies.
_BODY_TYPES = ("organization", "media")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def _body_key(name: str) -> str:
    """A body's name compared without case, a leading "the", a possessive mark or extra spaces."""
    return " ".join(POSSESSIVE_END.sub("", _LEADING_THE.sub("", name.strip())).casefold().split())


def _body_names(rows: pd.DataFrame) -> tuple[dict, list]:
    """Organisation and outlet speakers written several ways, each a name (capitalised after any "the": ``the
    Associated Press``, ``Associated Press``; ``POLITICO``, ``Politico``; not ``the police``, ``Police``): each
    form → (the form the rows write most, ties to the one without "the", then the shorter, then alphabetical; the
    type: media when an outlet of the shipped list or when most rows say so, else organization), for names written
    in more than one form; and their alias-table rows (rule ``body name``, the canonical form ``same name``)."""
    if rows.empty:
        return {}, []
    forms = defaultdict(lambda: defaultdict(int))  # key → form → rows
    types = defaultdict(lambda: defaultdict(int))  # key → type → rows
    articles = defaultdict(set)  # form → articles
    for form, stype, aid in zip(rows["speaker"].astype(str).tolist(), rows["speaker_type"].tolist(),
                                rows["article_id"].astype(str).tolist()):
        key = _body_key(form)
        forms[key][form] += 1
        types[key][stype] += 1
        articles[form].add(aid)
    media = lexicon().lists["media"]
    out, table = {}, []
    for key, written in forms.items():
        if len(written) < 2 or not all(_LEADING_THE.sub("", f)[:1].isupper() for f in written):
            continue  # (a body's name in every form: not "the council" beside "Council", a sentence's first word)
        target = min(written, key=lambda f: (-written[f], bool(_LEADING_THE.match(f)), len(f), f))
        seen = types[key]
        stype = "media" if key in media or seen["media"] >= seen["organization"] else "organization"
        for form, n in written.items():
            out[form] = (target, stype)
            table.append((form, target, n, len(articles[form]), "same name" if form == target else "body name"))
    return out, table


def speaker_aliases(quotes: pd.DataFrame, *, aliases=None, mentioned=()) -> pd.DataFrame:
    """Every person speaker of ``quotes`` with the canonical speaker it maps to across the corpus.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes` (``speaker``, ``speaker_type``, ``article_id``).
    aliases : str, path, DataFrame or mapping, optional
        User aliases: a UTF-8 CSV path or a table with columns ``alias,speaker`` (or a mapping), which win over
        the rules (module docstring).
    mentioned : iterable of str, or mapping of str to int
        Full names the articles mention; a surname alone is mapped only when none of them is another person
        with it, or, given as a mapping (full name → articles naming it), when the corpus names one of them far
        more than the others (module rule 5).

    Returns
    -------
    DataFrame
        Columns alias (the speaker string as in ``quotes``), speaker (canonical), n_rows (rows with that alias),
        n_articles, rule (one of :data:`RULES`); sorted by speaker, n_rows (descending), alias. Organisations and
        outlets are listed when written in more than one form (module rule 7), other speakers only when a user
        alias names them.
    """
    return _tables(quotes, aliases, mentioned)[0]


def canonical_speakers(quotes: pd.DataFrame, *, aliases=None, mentioned=()) -> pd.DataFrame:
    """``quotes`` with ``speaker`` replaced by the canonical speaker of :func:`speaker_aliases`.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes` (``speaker``, ``speaker_type``, ``article_id``).
    aliases : str, path, DataFrame or mapping, optional
        User aliases: a UTF-8 CSV path or a table with columns ``alias,speaker`` (or a mapping), which win over
        the rules (module docstring).
    mentioned : iterable of str, or mapping of str to int
        Full names the articles mention; a surname alone is mapped only when none of them is another person
        with it, or, given as a mapping (full name → articles naming it), when the corpus names one of them far
        more than the others (module rule 5).

    Returns
    -------
    DataFrame
        A copy of ``quotes``: same rows, order, index and other columns; person rows take the rule or user
        mapping, organisation and outlet rows their body name and its type (rule 7), rows of other types only a
        user alias.
    """
    _, person_map, user, body_map = _tables(quotes, aliases, mentioned)
    if not person_map and not user and not body_map:
        return quotes.copy()
    speaker = quotes["speaker"]
    stypes = quotes["speaker_type"].tolist()
    new, new_types = [], []
    for s, t in zip(speaker.to_numpy(dtype=object), stypes):
        if t == "person":
            s = person_map.get(s, s)
        elif t in _BODY_TYPES and s in body_map and s not in user:
            s, t = body_map[s]
            s = user.get(s, s)  # (the user renames the body)
        elif isinstance(s, str):
            s = user.get(s, s)
        new.append(s)
        new_types.append(t)
    out = quotes.copy()
    out["speaker"] = pd.Series(new, index=quotes.index, dtype=speaker.dtype)
    out["speaker_type"] = pd.Series(new_types, index=quotes.index, dtype=quotes["speaker_type"].dtype)
    return out
