"""Attribution rows of a headline: the body's rules on the headline as a one-paragraph text, a cue-less headline
quotation attributed to the body's attribution that holds its words, and the headline source convention
(``Lords wrong on detainees - Straw``)."""
from __future__ import annotations

import re

from ..units import count_words, STOP_WORDS
from .attribute import (Article, article_records, CUE_FIELD, END_FIELD, FIELD_KINDS, MENTION_FIELD, SPEAKER_FIELD,
                        START_FIELD, TYPE_FIELD)
from .lexicon import common_words, first_names, lexicon, OPENING_MARKS, PRONOUNS
from .marks import content_stems, holds_run, normal_words
from .speakers import (classify_source, find_people, holds_role, initials_of_one, PERSON_NOUN, role_holder, stands_for,
                       titled_surname)


_HEADLINE_MARKS = frozenset("“”\"‘’'«»:")
_SPACED_DASH = re.compile(r"\s[-–—―]\s")
_LETTERS = re.compile(r"[A-Za-z]+")
# a headline's own source convention, outside quotation marks: "Lords wrong on detainees - Straw",
# "Trump to visit Israel next week: Politico" (trailing); "Straw: detainees were wrong" (leading, people only)
_TRAILING_SOURCE = re.compile(r"^(?P<content>.*?\S)(?:\s+[-–—―]\s+|:\s+)(?P<source>[^-–—―:]+?)[.\s]*$")
_LEADING_SOURCE = re.compile(r"^(?P<source>[^-–—―:]+?):\s+(?P<content>\S.*?)[.\s]*$")
_HEADLINE_SOURCE_TYPES = {"media", "organization", "anonymous"}  # a person only when the body names them
#: A group that speaks in a headline: a plural noun ("islanders", "Fans").
_GROUP_END = re.compile(r"\b[A-Za-z][a-z]+(?<!s)s\Z")  # (not "boss", "press": a plural's -s)
#: Words a headline quotes: between double or single quotation marks (an apostrophe inside a word aside).
_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']*(?:\w['’]\w[^\"“”‘’']*)*)[\"”’'](?!\w)")
_HEADLINE_LABEL = re.compile(r"[A-Z][\w-]*:\s+")  # "Exclusive: ", "Factbox: " before a trailing source's content


def _body_speaker(quoted: str, body: list[tuple]) -> tuple | None:
    """``(speaker, speaker_type)`` of the body attribution that says what the headline quotes; None when none does.

    In order: the body's first attribution (in text order, any kind) whose content holds the headline's quoted
    words as a run of normalised words (verbatim); else the first whose content holds every content word of the
    quote, when it has two or more (stop words aside, words compared on their first five letters: the headline's
    ``'proud of economy record'`` in ``he was proud of his party's record on the economy``); else the first direct
    or partial row that holds all but one of four or more, the one the headline's first word, a name for a pronoun of
    the body's words, or another form of a body word; (a one-word quote such
    as ``'no Welsh'`` must be verbatim, and not between quotation marks in an indirect row: that is a title or term
    the row holds, as ``hit game "Lanternfall"``, not what its speaker said)."""
    part = normal_words(quoted)
    contents = [normal_words(row[2]) for row in body]
    for row, words in zip(body, contents):
        if holds_run(words, part) and not (len(part) == 1 and row[1] == "indirect" and any(
                normal_words(m.group(1)) == part for m in _QUOTED.finditer(row[2]))):
            return row[SPEAKER_FIELD], row[TYPE_FIELD]
    stems = content_stems(part)
    for row, words in zip(body, contents):
        if len(stems) >= 2 and stems <= content_stems(words, every=True):
            return row[SPEAKER_FIELD], row[TYPE_FIELD]
    first = content_stems(part[:1])
    for row, words in zip(body, contents):
        missing = stems - content_stems(words, every=True) if len(stems) >= 4 and row[1] != "indirect" else set()
        if len(missing) == 1 and (missing == first and quoted.strip()[:1].isupper() and PRONOUNS.intersection(words)
                                  or any(w[:3] == next(iter(missing))[:3] for w in words)):
            return row[SPEAKER_FIELD], row[TYPE_FIELD]  # "'Fly knows what I'm thinking before I do'" for "now she
            # knows what I'm thinking before I do": a headline puts a name for the quotation's pronoun, its first
            # word, or another form of a word the body has ("paying" for "pay"); not a denial that echoes other words
            # ("Our wards are not dangerously short of staff")
    return None


def _ordinary(mention: str) -> bool:
    """One word that is an ordinary word and no given name, read as a name at a headline's start (``Pilot``)."""
    return " " not in mention and mention.lower() in common_words() and mention.lower() not in first_names()


def _one_person(mention: str) -> bool:
    """A headline's source that is one unnamed person by a noun: up to four words, no function word, its last a noun
    for a person that is no role a holder is found for (``Elizabethtown farmer``, ``Fisherman``; not ``fishermen``,
    ``NB Power``, ``Tory council leader``)."""
    words = mention.split()
    head = words[-1].lower().strip("'’") if words else ""
    return 0 < len(words) <= 4 and not head.endswith(("s", "men")) and not any(w.lower() in STOP_WORDS for w in words) \
        and not (len(words) > 1 and all(w[:1].isupper() for w in words)) \
        and not lexicon().has("role", head) and bool(PERSON_NOUN.search(head) or lexicon().has("anonymous", head))


def _described_in_body(mention: str, body: list[tuple]) -> str | None:
    """The person the body's first source described with every word of a headline's unnamed source (``shadow
    minister`` in ``the shadow health minister``) stands for; None when no such source is a person."""
    words = set(normal_words(mention)) - STOP_WORDS
    if not words:
        return None
    for row in body:
        if words <= set(normal_words(row[MENTION_FIELD])):
            return row[SPEAKER_FIELD] if row[TYPE_FIELD] == "person" else None
    return None


def _quoted_in_body(text: str, body: list[tuple], whole: bool) -> tuple | None:
    """The body's first attribution whose content holds, verbatim, the words a headline row quotes (between
    quotation marks, or the whole of the row's text when it has none and ``whole``: a partial or direct row); one word
    only where a direct or partial body row holds it, alone or else inside its words; None when the row quotes
    nothing or no body attribution holds its words."""
    quoted = [m.group(1) for m in _QUOTED.finditer(text)] or ([text] if whole else [])
    part = normal_words(" ".join(quoted))
    if len(part) == 1:
        # one word ("'reckless'"): where the body quotes that word alone, else inside a longer quotation or the
        # clause holding it ("playwright calls decision 'cowardice'": "the cancellation "an act of institutional
        # cowardice", a partial row's text, its closing mark outside the span)
        said = [(row, [normal_words(m.group(1)) for m in _QUOTED.finditer(row[2])] + [normal_words(row[2])])
                for row in body if row[1] != "indirect"]
        found = next((row for row, runs in said if part in runs), None) \
            or next((row for row, runs in said if part[0] not in STOP_WORDS and any(part[0] in run for run in runs)),
                    None)
        return found
    if not part:
        return None
    return next((row for row in body if holds_run(normal_words(row[2]), part)), None)


#: A body a source is described as working for: "Raymond Osei, chief executive of the London Vision Alliance".
_WORKS_FOR = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?"
                        r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w'’&-]*)$")


def _speaker_for_kind(row: tuple, noun: str) -> tuple:
    """``(speaker, speaker_type)`` a headline's bare kind noun gives the body's row that says its words: the body
    the row's source works for (``..., says charity`` and ``Raymond Osei, chief executive of the London Vision
    Alliance, said``: the alliance), else the row's own speaker."""
    works = _WORKS_FOR.search(row[MENTION_FIELD]) if noun in lexicon().lists["org_head"] else None
    return (works.group(1), "organization") if works else (row[SPEAKER_FIELD], row[TYPE_FIELD])


def _body_person(name: str, candidates: set, mentions: list | None = None) -> str | None:
    """The one person of the body that a headline's speaker names: the full name that is ``name`` or ends with it
    (``Straw`` → ``Jack Straw``) or, two words or more, opens it (``Wara Mamani`` → ``Wara Mamani Condori``, the
    given name and the first of two surnames), or for role words and a surname (``GOP Rep McCaul``) the person of
    ``mentions`` with that surname named with one of those roles or, after a title, with a title (``Former Mexico
    leader Calderon``: "former Mexican President Felipe Calderon"); None when none or several do."""
    words = name.split()
    hits = {c for c in candidates if c.split()[-len(words):] == words
            or len(words) >= 2 and c.split()[:len(words)] == words} if words else set()
    if not hits and mentions and (titled := titled_surname(name)):
        # "GOP Rep McCaul": the body's Michael McCaul, named with a title or role of the headline's (not "His
        # daughter, Caroline McCaul")
        titles = lexicon().lists["title"]
        wanted = titled[1] | (titles if titled[1] & titles else set())
        hits = {mt.person.name for mt in mentions if " " in mt.person.name and mt.person.surname == titled[0]
                and {r.rstrip(".") for r in mt.person.roles} & wanted}
    return hits.pop() if len(hits) == 1 else None


def _body_org(name: str, body: list[tuple]) -> str | None:
    """The one body speaker of the article's body whose name opens with the headline's short form (``Calder Point``
    → ``Calder Point Capital``), that its letters stand for (``FDA``), that a body row names by it (``BPJPH``) or
    whose field it names (``Waterways Ministry`` → ``Ministry of Agriculture and Waterways``); None when none or
    several do."""
    words = name.removeprefix("the ").split()
    if not words:
        return None
    hits = set()
    for row in body:
        longer = row[SPEAKER_FIELD].removeprefix("the ").split()
        if row[TYPE_FIELD] == "organization" and (len(longer) > len(words) and longer[:len(words)] == words
                                                  and "of" not in longer[len(words) + 1:]  # (not "Pima County"
                                                  # for the Pima County Office of the Medical Examiner, another
                                                  # body; but "Ministry" for the Ministry of Agriculture)
                                                  or len(words) == 1 and stands_for(words[0], row[SPEAKER_FIELD])
                                                  or len(words) >= 2 and words[-1] in FIELD_KINDS
                                                  and longer[:2] == [words[-1], "of"]
                                                  and set(words[:-1]) <= set(longer[2:])
                                                  or row[MENTION_FIELD].removeprefix("The ").removeprefix("the ")
                                                  .split()[:len(words)] == words
                                                  and row[SPEAKER_FIELD] != name):
            hits.add(row[SPEAKER_FIELD])  # (or its letters: "FDA says" for the U.S. Food and Drug Administration;
            # or the short form a body row wrote for it: "BPJPH data" for the Halal Product Assurance Agency)
    return hits.pop() if len(hits) == 1 else None


def _convention_source(title: str, pattern: re.Pattern, cue_at: str, candidates: set,
                       title_people: list) -> tuple | None:
    """``(speaker, speaker_type, match)`` of a headline that gives its source by the headline convention in
    ``pattern`` (``cue_at``: ``"content"`` for a trailing source, ``"source"`` for a leading one); None when it does
    not. The content has three words or more, the source at most four; the source is a person the body names, or
    (trailing only) a body, outlet or unnamed source."""
    m = pattern.match(title)
    source = m["source"] if m else ""
    if cue_at == "source" and source.count(",") == 1 and (described := source.partition(",")[2].split()) \
            and len(described) <= 5 and described[-1].islower():
        source = source.partition(",")[0]  # "Wara Mamani, South American racewalking champion: '...'": the person
        # before what she is
    if not m or count_words(m["content"]) < 3 or not 0 < count_words(source) <= 4 \
            or m["content"].rstrip().endswith("?") or "," in source:
        return None  # ("Yr Wyddfa cable car: Why has a £60m plan split Llanberis?": a question, no one's report;
        # "...: Buy Mines, Sell Coal": a source has no comma)
    speaker, stype = classify_source(source, m.start("source") + len(source), title_people)
    if stype == "person":
        speaker = _body_person(speaker, candidates)
    elif cue_at == "source" or stype not in _HEADLINE_SOURCE_TYPES:
        speaker = None  # "Exclusive: ...", "Brexit: ...": a leading label is not a source
    return (speaker, stype, m) if speaker is not None else None


def _headline_source(title: str, article_id: str, candidates: set, title_people: list,
                     body: list[tuple], body_mentions: list | None = None) -> list[tuple]:
    """One indirect row for a headline that gives its source by the headline convention (no quotation marks):
    ``content - Source`` or ``content: Source`` (the source a body, outlet or unnamed source, or a person the body
    names), or ``Person: content`` (a person the body names) (:func:`_convention_source`); a one-word label before
    a trailing source's content (``Exclusive: ``) is not part of it; a body's short form is the full name the body's
    rows (``body``) give it (:func:`_body_org`); a role (``- deputy minister``) is its one holder among the body's
    people (``body_mentions``: :func:`~analysis.quotes.speakers.role_holder`), an office's initials (``- DHO``) the one
    person whose role spells them."""
    for pattern, cue_at in ((_TRAILING_SOURCE, "content"), (_LEADING_SOURCE, "source")):
        found = _convention_source(title, pattern, cue_at, candidates, title_people)
        if found is None:
            continue
        speaker, stype, m = found
        if stype == "organization" and body_mentions and (holder := initials_of_one(m["source"], body_mentions)):
            speaker, stype = holder, "person"  # "Three dead in anthrax outbreak - DHO": an office's initials, the one
            # body person whose role spells them ("the Kiruhura District Health Officer"), read as a body's letters
        elif stype == "organization":
            speaker = _body_org(speaker, body) or speaker  # "...: BPJPH" and the body's Halal Product Assurance Agency
        elif stype in {"anonymous", "unknown"} and body_mentions \
                and (holder := role_holder(m["source"], body_mentions)):
            speaker, stype = holder, "person"  # "... - deputy minister": the body's Deputy Minister of Finance Nodar
            # Kvinikadze
        src_lo, src_hi = m.span("source")
        lo, hi = m.span("content")
        label = _HEADLINE_LABEL.match(title, lo) if cue_at == "content" else None
        if label and count_words(title[label.end():hi]) >= 3:
            lo = label.end()
        cue = (title[m.end("content"):src_lo] if cue_at == "content" else title[src_hi:lo]).strip()
        return [(article_id, "indirect", title[lo:hi], speaker, m["source"], stype, cue, "title", lo, hi, -1,
                 count_words(title[lo:hi]))]
    return []


def named_in_title(title: str, body: list[tuple]) -> list[tuple]:
    """The body's records with a person speaker written as a lone surname (``Richards``) given the full name the
    headline writes for it when the body writes none (``Cecile Richards: 'I'm sick of ...'``), one full name only."""
    lone = {row[SPEAKER_FIELD] for row in body if row[TYPE_FIELD] == "person" and " " not in row[SPEAKER_FIELD]}
    if not lone:
        return body
    full: dict[str, set] = {}
    given = first_names()
    for mt in find_people(title):  # (its names only: the headline's rows are read later, by title_records)
        if " " in mt.person.name and mt.person.name.split()[0].lower() in given:  # (not "Hacker Guccifer")
            full.setdefault(mt.person.name.split()[-1], set()).add(mt.person.name)
    named = {name: full[name].pop() for name in lone if len(full.get(name, ())) == 1}
    return [row[:SPEAKER_FIELD] + (named[row[SPEAKER_FIELD]],) + row[SPEAKER_FIELD + 1:]
            if row[TYPE_FIELD] == "person" and row[SPEAKER_FIELD] in named else row for row in body]


#: Adverbs a title-case headline writes between a name and its verb: "Donald Trump Just Revealed ...".
_HEADLINE_ADVERBS = frozenset("just now also still finally officially reportedly already actually quietly suddenly "
                              "really even never ever again".split())
#: Modals that are also given names ("Theresa May"), and the words after them that make them modals ("May Not").
_MODAL_NAMES = frozenset({"may", "will", "can"})
_AFTER_MODAL = frozenset({"not", "be", "have", "never", "soon", "now", "also", "still"})


def sentence_cased(title: str) -> str:
    """A headline in title case (``Trump Says He Never Pledged To Kill Family Members Of Terrorists``) with its
    reporting verbs and stop words after the first word in lower case, as the body's rules read a sentence (``Trump
    says he Never Pledged to Kill Family Members of Terrorists``); the same length, so offsets hold; any other
    headline, or one that quotes, as it is. A given name keeps its capital (``Theresa May``, ``Will Hutton``)."""
    if _QUOTED.search(title):
        return title  # (a quotation keeps the reading the headline's own rules give it)
    words = list(_LETTERS.finditer(title))
    long = [m.group() for m in words if len(m.group()) > 3]
    if len(long) < 3 or sum(w[0].isupper() for w in long) < 0.8 * len(long):
        return title
    verbs, given = lexicon().verbs, first_names()
    chars = list(title)
    for i, m in enumerate(words[1:], 1):
        word = m.group()
        low = word.lower()
        following = words[i + 1].group().lower() if i + 1 < len(words) else ""
        if word[0].isupper() and not word.isupper() \
                and ((low in verbs or low in STOP_WORDS or low in _HEADLINE_ADVERBS) and low not in given
                     or low in _MODAL_NAMES and following in _AFTER_MODAL):
            chars[m.start()] = word[0].lower()  # ("Donald Trump Just Revealed", "Trump May Not Have Suggested":
            # no part of the name)
    return "".join(chars)


def may_attribute(title: str) -> bool:
    """Whether a headline can hold an attribution at all (a prefilter: most headlines have none, and reading them
    with every rule cost a tenth of the extraction).

    Parameters
    ----------
    title : str
        A headline.

    Returns
    -------
    bool
        True when it has a quote mark, a colon or spaced dash (``X - Straw``), or a reporting verb.
    """
    if any(c in title for c in _HEADLINE_MARKS) or _SPACED_DASH.search(title):
        return True
    verbs = lexicon().verbs
    return any(w.lower() in verbs for w in _LETTERS.findall(title))


def title_records(title: str, article_id: str, body: list[tuple], body_people: set,
                   people: set | None = None, body_mentions: list | None = None) -> list[tuple]:
    """Attribution rows of a headline (``location = "title"``, offsets into the title, paragraph -1).

    Parameters
    ----------
    title : str
        The headline.
    article_id : str
        Its article's id.
    body : list of tuple
        The records of the article's body (:func:`~analysis.quotes.attribute.article_records`).
    body_people : set
        Full names the body mentions.
    people : set, optional
        When given, the full names the headline mentions are added to it.
    body_mentions : list of Mention, optional
        The body's named people with their roles (``Article.people``), for a headline's role noun.

    Returns
    -------
    list of tuple
        Records in :data:`~analysis.quotes.attribute.RECORD_COLUMNS` order.

    The headline is read by the body's rules as a one-paragraph text
    (:func:`~analysis.quotes.attribute.article_records`), then:

    * a quotation with no cue in the headline (``UK 'needs true immigration data'``) takes the speaker of the
      body's first attribution whose content holds the quoted words (:func:`_body_speaker`), with an empty cue and
      speaker_mention (nothing in the headline names the speaker); a cue-less fragment the body does not attribute
      is a scare quote and is dropped; a cue-less full-sentence quotation the body does not attribute stays
      ``unresolved``;
    * a person the headline names (``Straw``) takes the full name of the one person of the body with that name
      (``Jack Straw``), a body's short form the one body speaker of the body whose name opens with it
      (``Calder Point``: ``Calder Point Capital``), and a role it names (``Maine governor says ...``) the one person
      of the body who holds it;
    * a country, bare noun or body that is no body speaker before words the headline quotes takes the speaker of
      the body's first attribution holding them verbatim (:func:`_quoted_in_body`; ``Poland says ... 'dead on
      arrival'``), unless it is a plural group (``Islanders say``); for a kind of body (``says charity``), the body
      that attribution's source works for (:func:`_speaker_for_kind`);
    * a cue-less quotation after a leading person (``Pence: Trump Was 'Mocking' Clinton Camp``, the person one the
      body names) is that person's, whatever the body attributes;
    * a headline with no row so far may give its source by the headline convention (:func:`_headline_source`).
    """
    candidates = body_people | {r[SPEAKER_FIELD] for r in body if r[TYPE_FIELD] == "person"}
    reading = sentence_cased(title)
    art = Article(reading)  # read once: its rows, quotations and people serve every rule below
    rows = article_records(art, article_id, people, "title")
    if reading != title:  # (the words as the headline writes them)
        rows = [row[:2] + (title[row[START_FIELD]:row[END_FIELD]],) + row[3:] for row in rows]
    leading = _convention_source(title, _LEADING_SOURCE, "source", candidates, art.people)

    def named(lo: int, hi: int) -> tuple | None:
        """``(speaker, mention, type, cue)`` of a headline's leading person (``Pence: ... 'Mocking' ...``) for a
        quotation in its content: the headline says who speaks, ahead of what the body attributes."""
        if leading is None or not (leading[2].start("content") <= lo and hi <= leading[2].end("content")):
            return None
        return leading[0], leading[2]["source"], leading[1], ":"

    out = []
    for row in rows:
        if row[TYPE_FIELD] == "unresolved" and not row[CUE_FIELD] and not row[MENTION_FIELD]:
            if (lead := named(row[START_FIELD], row[END_FIELD])) is not None:
                row = row[:SPEAKER_FIELD] + lead + row[CUE_FIELD + 1:]
            elif found := _body_speaker(row[2], body):
                row = row[:SPEAKER_FIELD] + (found[0], "", found[1], "") + row[CUE_FIELD + 1:]
        elif row[TYPE_FIELD] == "unknown" and (lead := named(row[START_FIELD], row[END_FIELD])) is not None \
                and row[MENTION_FIELD] and row[MENTION_FIELD] in title[leading[2].start("content"):row[START_FIELD]]:
            # "Trey Gowdy: Benghazi Investigation Helped Reveal Clinton Email Scandal": what the label's person says,
            # not a phrase of it read as the subject of a cue
            row = row[:SPEAKER_FIELD] + lead[:3] + row[CUE_FIELD:]
        elif row[MENTION_FIELD].lower() in {"he", "she"} \
                and (said := _quoted_in_body(row[2], body, row[1] != "indirect")) and said[TYPE_FIELD] == "person":
            # "American Royal strips Olathe pitmaster of brisket title; he says he 'cooked every bite' himself": the
            # headline's pronoun is the person the body gives the quoted words, not a name the headline wrote before
            row = row[:SPEAKER_FIELD] + (said[SPEAKER_FIELD], row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        elif row[TYPE_FIELD] in {"organization", "unknown", "person"} \
                and _body_person(row[SPEAKER_FIELD], candidates) in {None, row[SPEAKER_FIELD]} \
                and (org := _body_org(row[SPEAKER_FIELD], body)):
            # ("Calder Point calls for ...": a body's short form read as a name; but "Trump": Donald Trump, a person
            # the body names, before the Trump Organization)
            row = row[:SPEAKER_FIELD] + (org, row[MENTION_FIELD], "organization") + row[TYPE_FIELD + 1:]
        elif row[TYPE_FIELD] in {"organization", "unknown"} and body_mentions \
                and (letters := row[MENTION_FIELD].split()[-1:]) and letters[0].isupper() \
                and (holder := initials_of_one(letters[0], body_mentions)):
            # "... as Finance CECM says ...": an office by its initials, the body's one holder of that office ("The
            # County Executive Committee Member (CECM) for Finance and Economic Planning, Mr. Daniel Mwangi Gachanja")
            row = row[:SPEAKER_FIELD] + (holder, row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        elif row[1] == "direct" and (row[TYPE_FIELD] != "person" or row[SPEAKER_FIELD] not in row[MENTION_FIELD]) \
                and (said := _quoted_in_body(row[2], body, True)) and said[TYPE_FIELD] == "person" \
                and said[SPEAKER_FIELD] != row[SPEAKER_FIELD] \
                and said[SPEAKER_FIELD].split()[-1] not in row[MENTION_FIELD]:
            # "Water judge orders gravel pit to stop pumping: 'The water was never theirs to take'": a whole quotation
            # the headline does not give by name is whose the body says it is, not the headline clause's subject's
            row = row[:SPEAKER_FIELD] + (said[SPEAKER_FIELD], "", "person", "") + row[CUE_FIELD + 1:]
        elif row[1] == "partial" and row[TYPE_FIELD] in {"person", "anonymous", "unknown"} \
                and row[MENTION_FIELD].islower() and " " not in row[MENTION_FIELD] \
                and (not row[MENTION_FIELD].endswith("s") or row[MENTION_FIELD].endswith("ss")) \
                and (said := _quoted_in_body(row[2], body,
                                             title[row[START_FIELD] - 1:row[START_FIELD]] in OPENING_MARKS)) \
                and said[TYPE_FIELD] == "person" \
                and said[SPEAKER_FIELD] != row[SPEAKER_FIELD] and " " in said[SPEAKER_FIELD] \
                and holds_role(said[SPEAKER_FIELD], row[MENTION_FIELD], body_mentions or []):
            # "Closing the course would 'take the game away from ordinary Perth folk', says councillor": the
            # councillor the body gives those words to, not the last one it named (a plural group stays one:
            # "hauliers say"); the words alone when the span is what the marks hold ("councillor calls 4-3 vote 'a
            # failure of nerve'")
            row = row[:SPEAKER_FIELD] + (said[SPEAKER_FIELD], row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        elif (row[TYPE_FIELD] in {"anonymous", "unknown"}
              or row[TYPE_FIELD] == "person" and row[SPEAKER_FIELD] not in row[MENTION_FIELD]) and body_mentions \
                and (holder := role_holder(row[MENTION_FIELD], body_mentions)):
            # "Maine governor says ...", "Campi Flegrei: Pozzuoli mayor says ...": a role the headline names is the
            # body's one holder (never a name the headline's label was read as)
            row = row[:SPEAKER_FIELD] + (holder, row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        elif (row[TYPE_FIELD] == "person" or row[TYPE_FIELD] == "unknown" and titled_surname(row[SPEAKER_FIELD])) \
                and (full := _body_person(row[SPEAKER_FIELD], candidates, body_mentions)):
            row = row[:SPEAKER_FIELD] + (full, row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]  # (a surname after
            # role words the headline reads as no name: "GOP Rep McCaul announces ...")
        elif (row[TYPE_FIELD] == "anonymous" or row[TYPE_FIELD] == "organization" and row[MENTION_FIELD].isupper()
              and lexicon().has("role", row[MENTION_FIELD].lower())) \
                and (source := _described_in_body(row[MENTION_FIELD], body)):
            # "..., says shadow minister" and the body's "by the shadow health minister", resolved there to the
            # frontbencher named next; "..., MHA warns" and "Joanne Rumbolt, the Progressive Conservative MHA for
            # Lake Melville, said" (a role in capitals, read as a body's letters)
            row = row[:SPEAKER_FIELD] + (source, row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        elif row[SPEAKER_FIELD] not in candidates and not _GROUP_END.search(row[MENTION_FIELD]) \
                and (said := _quoted_in_body(row[2], body, row[1] != "indirect")):
            said = _speaker_for_kind(said, row[MENTION_FIELD].lower())
            # "Poland says EU grain compromise 'dead on arrival'", "coach says he's a 'scapegoat'": a country or a
            # bare noun before the words the body gives, verbatim, to someone (but "islanders say": a group)
            row = row[:SPEAKER_FIELD] + (said[0], row[MENTION_FIELD], said[1]) + row[TYPE_FIELD + 1:]
        elif (row[TYPE_FIELD] in {"anonymous", "unknown"}
              or row[TYPE_FIELD] == "person" and _ordinary(row[MENTION_FIELD])) and _one_person(row[MENTION_FIELD]) \
                and (first := next((r for r in body if r[TYPE_FIELD] == "person" and " " in r[SPEAKER_FIELD]), None)):
            # "..., Elizabethtown farmer tells court", "Fisherman recalls ...": one unnamed person in a headline is
            # the first person the body quotes by full name, the story's first voice
            row = row[:SPEAKER_FIELD] + (first[SPEAKER_FIELD], row[MENTION_FIELD], "person") + row[TYPE_FIELD + 1:]
        out.append(row)
    # fragments the rules dropped for want of a cue (scare quotes in a body) are kept when the body quotes them
    taken = [(r[START_FIELD], r[END_FIELD]) for r in rows]
    for q in art.quotes:
        if q.end > q.start and not any(min(q.end, e) > max(q.start, s) for s, e in taken):
            lead = named(q.start, q.end)
            found = _body_speaker(title[q.start:q.end], body) if lead is None else (lead[0], lead[2])
            if found:
                mention, cue = (lead[1], lead[3]) if lead else ("", "")
                out.append((article_id, "partial", title[q.start:q.end], found[0], mention, found[1], cue, "title",
                            q.start, q.end, -1, count_words(title[q.start:q.end])))
    return out or _headline_source(title, article_id, candidates, art.people, body, body_mentions)
