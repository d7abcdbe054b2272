"""Mentioned vs quoted: every person an article names, how often, and how often they get to speak.

One row per person and group, with the same canonical names as the quote speakers of
:func:`analysis.quotes.extract_quotes`:

* **name mentions**: the named-person mentions of :func:`analysis.quotes.speakers.find_people` in the article's
  body (``text``), inside quotations too (a person a speaker talks about is talked about). A surname or a titled
  surname (``Blinken``, ``Mr Blinken``, ``President Biden``) is a mention of the fullest name of the article that
  ends with it; a name used as a modifier counts (``the Biden administration`` mentions Biden). A one-word name
  (no full name in the article) counts only when one of its mentions has a personal title (``Mr Straw``,
  ``President Biden``): ``The British``, ``the Apprentice``, ``The United States`` are no one. Headlines are
  not read for mentions (title case makes many false names).
* **references**: pronouns and role nouns at an attribution cue (``he said``, ``the secretary continued``) that
  the quote extraction resolved to the person: body rows with ``speaker_type == "person"`` whose
  ``speaker_mention`` holds no word of the person's name. Each is counted once per place in the text: a follow-on
  quote that inherits ``he added`` adds none. Pronouns elsewhere (``he arrived``) are not resolved, so not counted.
* ``mentions = name mentions + references``.
* ``attributions``: the person's body rows of the quotes table (direct, partial, indirect); ``quoted_words``: the
  words inside quotation marks of those rows (``n_quoted_words``). Headline rows are left out, as in
  :mod:`analysis.quotes.summary`.
* ``voice = attributions / mentions`` (NaN with no mention): near 0 for people talked about and not heard, 1 or
  more for people heard as often as they are named.

Canonical names: the per-article names (the fullest name the article gives) go through the same alias rules
as the speakers (:func:`analysis.quotes.speaker_aliases`: titles dropped, middle names and initials, a surname
alone mapped when the corpus has one person with it, user aliases), together with the quote speakers; a person
who is a quote speaker keeps the quotes table's name. Two people of different articles who share a surname stay
apart, since each article resolves a surname to its own full name; a surname alone in an article that names no one
with it in full, when several people of the corpus have it, goes by :func:`lone_surnames`.

An optional lookup table (``person,attribute,...``: role, party, ...) is user data, read as text and never
trusted (:func:`read_lookup`); :func:`by_attribute` sums the counts per value. :func:`inferred_gender` adds a guess
from the shipped first-name list whose column and values say ``inferred``.
"""
from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from ..display import percent
from ..execute import is_dask
from ..groups import group_labels
from ..progress import track
from ..terminal import UNSAFE
from ..units import paragraph_spans
from .aliases import dominant, FEMALE_CUES, MALE_CUES, of_gender, personal_titles, speaker_aliases
from .extract import extract_quotes
from .lexicon import given_name_gender, JOINT, Tokens
from .speakers import find_people, names_no_one

log = logging.getLogger(__name__)

#: Columns of :func:`people`.
PEOPLE_COLUMNS = ["group", "person", "mentions", "name_mentions", "references", "attributions", "quoted_words",
                  "n_articles", "voice"]
#: Columns of :func:`person_mentions`.
MENTION_COLUMNS = ["article_id", "name", "start", "end", "mention"]
#: The value of an attribute for a person the lookup table does not list, and for one it lists without a value.
NOT_LISTED = "(not in lookup)"
NO_VALUE = "(no value)"
#: Limits of a lookup file: it is user data, read whole.
MAX_LOOKUP_BYTES = 20_000_000
MAX_LOOKUP_COLUMNS = 50
MAX_VALUE_CHARS = 200
#: Column and values of :func:`inferred_gender`.
INFERRED_GENDER = "gender (inferred)"
_GENDER_WORDS = {"f": "female (inferred)", "m": "male (inferred)", "": "unknown (not inferred)"}

_WORD = re.compile(r"[^\W_]+")


# -- mentions ----------------------------------------------------------------------------------------------------

def _personal_titles() -> frozenset:
    """Personal titles of the speakers' alias rules (``Mr``, ``President``, ``Lord``; not ``the`` or ``former``)."""
    return personal_titles()


def _titled(person) -> bool:
    """Whether a one-word person carries a personal title in one of its mentions (``Mr Straw``, ``Prince Harry``):
    the name finder also takes ``The British`` or ``the Apprentice`` for a titled name (``the`` is on its title
    list), and those are no one."""
    personal = _personal_titles()
    return any(role.replace(".", "") in personal for role in person.roles)


def person_mentions(articles: pd.DataFrame, *, progress: bool | None = None) -> pd.DataFrame:
    """Every named-person mention in the body of each article (see the module rules), before canonical names.

    Returns
    -------
    DataFrame
        Columns article_id, name (the fullest name the article gives the person), start, end (offsets of the
        mention in ``text``), mention (as written); in article and text order.
    """
    rows = []
    items = track(list(zip(articles["article_id"].astype(str).tolist(), articles["text"].tolist())), "finding people",
                  progress=progress)
    for aid, text in items:
        if not isinstance(text, str) or not text:
            continue
        for mt in find_people(text, tokens=Tokens(text).all):  # the extractor's one-pass tokens: faster
            name = mt.person.name
            if " " not in name and not _titled(mt.person) or names_no_one(name):
                continue
            rows.append((aid, name, mt.start, mt.end, text[mt.start:mt.end]))
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return out.astype({"start": "int64", "end": "int64"})


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(str(name).replace(".", "")))


def _reference_rows(rows: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """Person rows of the body whose source phrase is a pronoun or role noun, one per place in the text."""
    if rows.empty:
        return rows.assign(_place=pd.Series(dtype="int64"))
    keep, places = [], []
    spans_of: dict[str, list] = {}
    columns = [rows[c].tolist() for c in ("article_id", "speaker", "speaker_mention", "cue", "start", "end")]
    for i, (aid, speaker, mention, cue, start, end) in enumerate(zip(*columns)):  # lists: arrow strings iterate slowly
        mention = str(mention).strip() if isinstance(mention, str) else ""
        if not mention or _name_words(mention) & _name_words(speaker):
            continue  # a name at the cue: already a name mention
        text = texts.get(aid, "")
        if aid not in spans_of:
            spans_of[aid] = paragraph_spans(text)
        keep.append(i)
        places.append(_place(text, spans_of[aid], mention, str(cue) if isinstance(cue, str) else "",
                             int(start), int(end)))
    out = rows.iloc[keep].assign(_place=places)
    return out.drop_duplicates(["article_id", "_place"])


def _place(text: str, paragraphs: list, mention: str, cue: str, start: int, end: int) -> int:
    """Offset of the source phrase of a row in ``text``: next to its cue (``he added``, ``said the secretary``),
    else its nearest occurrence in the row's paragraph, else the row's start."""
    lo, hi = next(((s, e) for s, e in paragraphs if s <= start <= e), (0, len(text)))
    para = text[lo:hi]
    m = re.escape(mention)
    patterns = [rf"(?<!\w)({m})\W{{0,3}}\s*{re.escape(cue)}(?!\w)",
                rf"(?<!\w){re.escape(cue)}\W{{0,3}}\s*({m})(?!\w)"] if cue else []
    for pattern in patterns + [rf"(?<!\w)({m})(?!\w)"]:
        found = [lo + x.start(1) for x in re.finditer(pattern, para, flags=re.I)]
        if found:
            return min(found, key=lambda p: (p < end and p >= start, min(abs(p - start), abs(p - end)), p))
    return -1 - start  # not found: the row's own place (negative: never an offset found in the text)


# -- canonical names ---------------------------------------------------------------------------------------------

def _person_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    body = quotes[quotes["location"] == "text"] if "location" in quotes.columns else quotes
    named = body["speaker"].notna() & (body["speaker"].astype(str).str.strip() != "")
    return body[(body["speaker_type"] == "person") & named]


def _each_person(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with the rows of a joint source (``Paul Ryan & Mitch McConnell``) once for each of its people: a
    person of the table, not the pair, is credited with them."""
    joint = rows["speaker"].str.contains(JOINT, regex=False)
    if not joint.any():
        return rows
    return rows.assign(speaker=[s.split(JOINT) if j else s for s, j in zip(rows["speaker"].tolist(),
                                                                            joint.tolist())]
                       ).explode("speaker", ignore_index=True)


def canonical_people(mentions: pd.DataFrame, quotes: pd.DataFrame, *, aliases=None) -> dict[str, str]:
    """Per-article person name (or quote speaker) → canonical person, by the alias rules of the speakers.

    Parameters
    ----------
    mentions : DataFrame
        :func:`person_mentions`.
    quotes : DataFrame
        :func:`analysis.quotes.extract_quotes` of the same articles (speakers already canonical).
    aliases : path, DataFrame or mapping, optional
        User aliases (columns ``alias,speaker``), as for :func:`analysis.quotes.speaker_aliases`.

    Returns
    -------
    dict
        Every mention name and person speaker → its canonical name. A quote speaker maps to itself; the other
        names of its person map to it.
    """
    spoken = _person_rows(quotes)
    speakers = mentions["name"].tolist() + spoken["speaker"].astype(str).tolist()
    table = pd.DataFrame({  # object columns: the alias rules loop over them, and arrow strings iterate slowly
        "article_id": mentions["article_id"].tolist() + spoken["article_id"].astype(str).tolist(),
        "speaker": speakers,
        "speaker_mention": mentions["mention"].tolist() + spoken["speaker_mention"].tolist(),
        "speaker_type": "person"}, dtype=object)
    if table.empty:
        return {}
    full = frozenset(n for n in speakers if " " in n)
    found = speaker_aliases(table, aliases=aliases, mentioned=full)
    target = dict(zip(found["alias"].tolist(), found["speaker"].tolist()))
    members = defaultdict(set)
    for alias, person in target.items():
        members[person].add(alias)
    attributions = Counter(spoken["speaker"].astype(str).tolist())
    out = {}
    for person, names in members.items():
        voiced = sorted(({person} | names) & attributions.keys(), key=lambda s: (-attributions[s], s))
        name = person if person in attributions or not voiced else voiced[0]
        for alias in names:
            out[alias] = name
    for speaker in attributions:
        out[speaker] = speaker  # the quotes table's name is the person's name
    return out


#: The word right before a mention (a courtesy title: "Mr. ", "Mrs ").
_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")


def _title_gender(text: str, start: int) -> str:
    """``m``/``f`` when the mention at ``start`` follows a courtesy title that says so (``Mr. Obama``), else
    ``""``."""
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    word = before.group(1).lower() if before else ""
    return "m" if word in MALE_CUES else "f" if word in FEMALE_CUES else ""


def lone_surnames(mentions: pd.DataFrame, persons: list, quotes: pd.DataFrame, texts: Mapping[str, str]
                  ) -> list:
    """The person of each name mention, with a surname alone resolved in the article where the corpus-wide alias
    rules could not (the corpus has several people of that surname: ``Obama`` with Barack and Michelle Obama).

    An article that names no one with the surname in full (else :func:`~analysis.quotes.speakers.find_people`
    resolved it there), and whose quotes do not keep the surname alone as a speaker (the mentions then stay with
    those rows), gives the mention to, in turn:

    1. the one person with that surname the article's quotes give words to (``Obama`` in an article quoting Barack
       Obama, the quote rules having read ``he`` or ``Mr.`` at the cue);
    2. the one person with that surname named in full in far more articles than the others
       (:func:`~analysis.quotes.aliases.dominant`: at least 90% of the articles that name any of them in full, and
       at least 3); when the article writes the surname with a courtesy title (``Mr``, ``Mrs``), only the people
       whose given name the census gives that gender count, else those whose given name it gives no gender
       (``Mrs. Clinton`` is not Bill Clinton, ``Mrs. Obama`` not Barack Obama).

    The courtesy title read is the mention's own; a bare surname in an article that writes the surname with a
    courtesy title stays alone (``Mrs Johnson and the baby ... Johnson, who was at the birth``: her husband).
    It is a guess about whom a surname means, the one a reader of the corpus would make, and it can be wrong: a father
    and a son (George H. W. and George W. Bush), or a namesake the corpus names only by surname.

    Else it stays the surname alone, a person of its own in the table.

    Parameters
    ----------
    mentions : DataFrame
        :func:`person_mentions`.
    persons : list of str
        The canonical person of each row of ``mentions`` (:func:`canonical_people`).
    quotes : DataFrame
        The quotes table of the same articles (canonical speakers).
    texts : mapping
        Article id -> text (the courtesy titles are read there).

    Returns
    -------
    list of str
        ``persons`` with the surnames resolved.
    """
    aids = mentions["article_id"].tolist()
    articles_of = defaultdict(set)  # person named in full -> articles naming them so
    for aid, person in zip(aids, persons):
        if " " in person:
            articles_of[person].add(aid)
    holders = defaultdict(dict)  # surname -> {person: articles}
    for person, named in articles_of.items():
        holders[person.split()[-1]][person] = len(named)
    spoken = _person_rows(quotes)
    quoted_in = defaultdict(set)
    for aid, speaker in zip(spoken["article_id"].astype(str).tolist(), spoken["speaker"].astype(str).tolist()):
        quoted_in[aid].add(speaker)
    said = ["" if " " in person else _title_gender(texts.get(aid, ""), start)
            for aid, person, start in zip(aids, persons, mentions["start"].tolist())]
    titled = {(aid, person) for aid, person, gender in zip(aids, persons, said) if gender}  # (article, surname) with
    # a courtesy title somewhere
    out = list(persons)
    for i, (aid, name, person) in enumerate(zip(aids, mentions["name"].tolist(), persons)):
        if " " in name or " " in person or person not in holders or person in quoted_in[aid]:
            continue  # (a full name whose person the quotes table calls by the surname is no surname alone; a surname
            # the quotes table keeps as the speaker of this article's rows stays with them)
        if not said[i] and (aid, person) in titled:
            continue  # the article writes "Mrs Johnson": a bare "Johnson" there may be her or another (her husband)
        gender = said[i]  # (the mention's own title: "Mr. Obama" is not Michelle Obama in an article quoting her)
        named = of_gender(holders[person], gender)
        quoted = [p for p in named if p in quoted_in[aid]]
        if len(quoted) == 1:
            out[i] = quoted[0]
        elif (top := dominant(named)) is not None:
            out[i] = top
    return out


# -- the table ---------------------------------------------------------------------------------------------------

def _labels(articles: pd.DataFrame, by: str | None) -> dict[str, str]:
    ids = articles["article_id"].astype(str)
    if by is None:
        return dict.fromkeys(ids.tolist(), "all")
    return dict(zip(ids.tolist(), group_labels(articles, by=by).tolist()))


def people(articles: pd.DataFrame, quotes: pd.DataFrame | None = None, *, by: str | None = None, aliases=None,
           mentions: pd.DataFrame | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Every person named in the articles, per group: how often mentioned, how often attributed and quoted.

    Parameters
    ----------
    articles : DataFrame
        The articles table (pandas).
    quotes : DataFrame, optional
        :func:`analysis.quotes.extract_quotes` of ``articles`` (extracted here when None, with ``aliases``).
    by : str, optional
        Column to group by (``"article_id"``: per article); None: one group ``all``.
    aliases : path, DataFrame or mapping, optional
        User aliases (``alias,speaker``), as for :func:`analysis.quotes.extract_quotes`.
    mentions : DataFrame, optional
        :func:`person_mentions` of ``articles``, when the caller has it.
    progress : bool, optional
        Progress bars (None: only when the work lasts).

    Returns
    -------
    DataFrame
        Columns group, person, mentions (name_mentions + references), name_mentions, references, attributions,
        quoted_words, n_articles (articles of the group that mention or quote the person), voice (attributions /
        mentions; NaN when mentions is 0); see the module rules. Sorted by group, mentions (descending),
        attributions (descending), person. Speakers of type person with no mention are listed too.
    """
    if is_dask(articles):
        raise TypeError("people() reads the pandas articles table: pass the pandas table (the quotes may come from "
                        "the cluster: people(articles, extract_quotes(distribute(articles, scheduler))))")
    if quotes is None:
        quotes = extract_quotes(articles, progress=progress, aliases=aliases)
    if mentions is None:
        mentions = person_mentions(articles, progress=progress)
    names = canonical_people(mentions, quotes, aliases=aliases)
    group_of = _labels(articles, by)
    texts = dict(zip(articles["article_id"].astype(str).tolist(), articles["text"].tolist()))
    spoken = _person_rows(quotes)
    spoken = spoken.assign(article_id=spoken["article_id"].astype(str), speaker=spoken["speaker"].astype(str))
    refs = _each_person(_reference_rows(spoken, texts))
    spoken = _each_person(spoken)
    parts = [
        pd.DataFrame({"article_id": mentions["article_id"].tolist(),
                      "person": lone_surnames(mentions, [names.get(n, n) for n in mentions["name"].tolist()],
                                              quotes, texts),
                      "name_mentions": 1, "references": 0, "attributions": 0, "quoted_words": 0}),
        pd.DataFrame({"article_id": refs["article_id"], "person": refs["speaker"], "name_mentions": 0,
                      "references": 1, "attributions": 0, "quoted_words": 0}),
        pd.DataFrame({"article_id": spoken["article_id"], "person": spoken["speaker"], "name_mentions": 0,
                      "references": 0, "attributions": 1,
                      "quoted_words": spoken["n_quoted_words"].fillna(0).astype("int64")}),
    ]
    rows = pd.concat([p for p in parts if not p.empty], ignore_index=True) if any(not p.empty for p in parts) \
        else parts[0]
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object" if c in ("group", "person") else
                                          "float64" if c == "voice" else "int64") for c in PEOPLE_COLUMNS})
    rows["group"] = [group_of.get(a, "unknown") for a in rows["article_id"].tolist()]
    out = rows.groupby(["group", "person"], sort=False).agg(
        name_mentions=("name_mentions", "sum"), references=("references", "sum"),
        attributions=("attributions", "sum"), quoted_words=("quoted_words", "sum"),
        n_articles=("article_id", "nunique")).reset_index()
    out["mentions"] = out["name_mentions"] + out["references"]
    out["voice"] = out["attributions"] / out["mentions"].where(out["mentions"] > 0)
    out = out.sort_values(["group", "mentions", "attributions", "person"], ascending=[True, False, False, True],
                          kind="mergesort", ignore_index=True)
    for c in PEOPLE_COLUMNS[2:-1]:
        out[c] = out[c].astype("int64")
    out = out[PEOPLE_COLUMNS]
    out.attrs["names"] = names  # for the lookup table: a lookup row may name a person as any article does
    return out


def least_heard(table: pd.DataFrame, *, top: int = 5, min_mentions: int = 2) -> pd.DataFrame:
    """Per group, the people most talked about and least given a voice.

    People with at least ``min_mentions`` mentions and fewer attributions than mentions (``voice`` below 1), by
    ``voice`` (attributions / mentions, lowest first), then mentions (most first), then name; the first ``top`` of
    each group. Columns of :func:`people`.
    """
    rows = table[(table["mentions"] >= min_mentions) & (table["attributions"] < table["mentions"])]
    rows = rows.sort_values(["group", "voice", "mentions", "person"], ascending=[True, True, False, True],
                            kind="mergesort")
    return rows.groupby("group", sort=False).head(top).reset_index(drop=True)


def most_heard(table: pd.DataFrame, *, top: int = 5, min_mentions: int = 1) -> pd.DataFrame:
    """Per group, the people given the most voice for how often they are named: the reverse of
    :func:`least_heard`.

    People with at least one attribution and ``min_mentions`` mentions (a speaker the name finder never found is
    more often a body the attribution rules took for a person than a person), by ``voice`` (highest first), then
    quoted words and attributions (most first), then name; the first ``top`` of each group.
    """
    rows = table[(table["attributions"] > 0) & (table["mentions"] >= min_mentions)]
    rows = rows.sort_values(["group", "voice", "quoted_words", "attributions", "person"],
                            ascending=[True, False, False, False, True], kind="mergesort")
    return rows.groupby("group", sort=False).head(top).reset_index(drop=True)


def describe_people(table: pd.DataFrame, *, by: str | None = None, top: int = 3) -> list[str]:
    """Findings: per group, how many people are named, how many of them are heard, who is most mentioned, and who
    is talked about without being heard.

    Parameters
    ----------
    table : DataFrame
        :func:`people`.
    by : str, optional
        The grouping column, to name the groups (``source cnn``).
    top : int
        People named per sentence.

    Returns
    -------
    list of str
        Plain sentences (escape them for a page: :func:`analysis.show_findings`).
    """
    if table.empty:
        return ["No named person was found in the articles."]
    lines = []
    for group, rows in table.groupby("group", sort=True):
        name = "the corpus" if by is None else f"article {group}" if by == "article_id" else f"{by} {group}"
        heard = rows[rows["attributions"] > 0]
        lead = rows.head(top)
        most = ", ".join(f"{p} ({m} mention(s), {a} attribution(s))"
                         for p, m, a in zip(lead["person"], lead["mentions"], lead["attributions"]))
        silent = rows[(rows["attributions"] == 0)].head(top)
        named = f"{len(rows)} person is" if len(rows) == 1 else f"{len(rows)} people are"
        line = (f"In {name}, {named} named or quoted; {len(heard)} of them "
                f"{'is' if len(heard) == 1 else 'are'} quoted or paraphrased; most mentioned: {most}.")
        if not silent.empty:
            line += " Mentioned and never quoted: " + ", ".join(
                f"{p} ({m} mention(s))" for p, m in zip(silent["person"], silent["mentions"])) + "."
        if not heard.empty:
            voice = heard["quoted_words"].sort_values(ascending=False, kind="mergesort")
            first = heard.loc[voice.index[0]]
            total = int(rows["quoted_words"].sum())
            if total:
                line += (f" Most quoted: {first['person']}, with {first['quoted_words']} of the {total} words quoted "
                         f"from named people ({percent(first['quoted_words'] / total)}).")
        lines.append(line)
    return lines


# -- the lookup table --------------------------------------------------------------------------------------------

def _clean_cell(value) -> str:
    """A lookup value as plain text: control and bidi characters removed, at most :data:`MAX_VALUE_CHARS`."""
    text = UNSAFE.sub("", str(value)).strip()
    return text[:MAX_VALUE_CHARS]


def read_lookup(lookup) -> pd.DataFrame:
    """A user lookup table ``person,attribute,...`` as text, never trusted.

    Parameters
    ----------
    lookup : path or DataFrame
        A CSV file (UTF-8, header first, a ``person`` column and up to :data:`MAX_LOOKUP_COLUMNS` attribute columns;
        at most :data:`MAX_LOOKUP_BYTES`), or a table with a ``person`` column.

    Returns
    -------
    DataFrame
        Column ``person`` and one column per attribute, every value a string: control and bidi characters
        removed, cut to :data:`MAX_VALUE_CHARS` characters, never evaluated (a value stays as written, ``=1+1``
        too). Rows without a person, with the wrong number of fields, or repeating a person already listed are
        skipped with a one-line warning naming the line. Raises ``ValueError`` for a file that is too large, not
        UTF-8, or whose header has no ``person`` column.
    """
    if isinstance(lookup, pd.DataFrame):
        if "person" not in lookup.columns:
            raise ValueError("the lookup table needs a column 'person'")
        header = [_clean_cell(c) for c in lookup.columns]
        records = [(f"row {i}", [_clean_cell("" if pd.isna(v) else v) for v in row])
                   for i, row in zip(lookup.index, lookup.itertuples(index=False))]
    else:
        path = os.fspath(lookup)
        size = os.stat(path).st_size
        if size > MAX_LOOKUP_BYTES:
            raise ValueError(f"{path}: lookup file too large ({size} bytes > {MAX_LOOKUP_BYTES})")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_LOOKUP_BYTES + 1)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ValueError(f"{path}: the lookup file is not UTF-8 (byte {err.start})") from None
        reader = csv.reader(io.StringIO(text, newline=""))
        header, records = None, []
        try:
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                if header is None:
                    header = [_clean_cell(c).casefold() for c in row]
                    continue
                records.append((f"line {reader.line_num}", [_clean_cell(c) for c in row]))
        except csv.Error as err:
            log.warning("%s line %d: %s; the rest of the file skipped", path, reader.line_num, err)
        if header is None or "person" not in header:
            raise ValueError(f"{path}: the lookup file's header must name a column 'person'")
    if len(header) > MAX_LOOKUP_COLUMNS + 1:
        raise ValueError(f"the lookup table has {len(header)} columns (at most {MAX_LOOKUP_COLUMNS + 1})")
    if len(set(header)) != len(header) or "" in header:
        raise ValueError("the lookup table's columns must have distinct, non-empty names")
    seen, kept = set(), []
    for where, cells in records:
        if len(cells) != len(header):
            log.warning("lookup %s: expected %d fields, got %d; skipped", where, len(header), len(cells))
            continue
        row = dict(zip(header, cells))
        if not row["person"]:
            log.warning("lookup %s: no person; skipped", where)
        elif row["person"] in seen:
            log.warning("lookup %s: %s is listed already; skipped", where, row["person"])
        else:
            seen.add(row["person"])
            kept.append(row)
    columns = ["person"] + [c for c in header if c != "person"]
    return pd.DataFrame(kept, columns=columns, dtype=object)


def _lookup_table(lookup) -> pd.DataFrame:
    if isinstance(lookup, pd.DataFrame) and "person" in lookup.columns and all(
            lookup[c].map(lambda v: isinstance(v, str)).all() for c in lookup.columns):
        return lookup  # already read (read_lookup, inferred_gender)
    return read_lookup(lookup)


def match_lookup(persons, listed, names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each person a lookup lists → the canonical person of ``persons`` it names, by the speakers' alias rules.

    A listed name that is a person, or a name an article gives one (``names``), is that person; otherwise the
    listed name and the persons go through :func:`analysis.quotes.speaker_aliases` together, and a listed name that
    falls with exactly one person is that person (``Blinken``, ``Secretary Antony Blinken`` → ``Antony Blinken``;
    ``Clinton`` with two Clintons → no one). Unmatched names are left out.
    """
    persons = sorted(set(persons))
    known, names = set(persons), names or {}
    out = {p: p for p in listed if p in known}
    out.update({p: names[p] for p in listed if p not in out and names.get(p) in known})
    rest = sorted(set(listed) - out.keys())
    if not rest:
        return out
    rows = persons + rest
    table = pd.DataFrame({"article_id": "", "speaker": rows, "speaker_mention": rows, "speaker_type": "person"})
    found = speaker_aliases(table, mentioned=frozenset(p for p in rows if " " in p))
    target = dict(zip(found["alias"].tolist(), found["speaker"].tolist()))
    holders = defaultdict(list)
    for p in persons:
        holders[target.get(p, p)].append(p)
    for name in rest:
        match = holders.get(target.get(name, name), [])
        if len(match) == 1:
            out[name] = match[0]
    return out


def _values(lookup: pd.DataFrame, attribute: str, persons, names: Mapping[str, str] | None) -> dict[str, str]:
    """Canonical person → the lookup's value of ``attribute`` (the first row naming the person wins)."""
    listed = lookup["person"].tolist()
    matched = match_lookup(persons, listed, names)
    values: dict[str, str] = {}
    for person, value in zip(listed, lookup[attribute].tolist()):
        if person in matched:
            values.setdefault(matched[person], value or NO_VALUE)
    return values


def with_lookup(table: pd.DataFrame, lookup, *, names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``table`` with one more column per lookup attribute (:data:`NOT_LISTED` for people the lookup lacks).

    Parameters
    ----------
    table : DataFrame
        :func:`people`.
    lookup : path or DataFrame
        The user lookup table (:func:`read_lookup`).
    names : mapping, optional
        Name → canonical person (:func:`canonical_people`; default: ``table.attrs["names"]`` of :func:`people`),
        so that a lookup row may name a person as an article does (``Blinken``).

    Returns
    -------
    DataFrame
        The rows of ``table``; an attribute named like a column of ``table`` gets the prefix ``lookup:``; values
        :data:`NOT_LISTED` (a person the lookup lacks) and :data:`NO_VALUE` (listed with an empty value).
    """
    lookup = _lookup_table(lookup)
    names = table.attrs.get("names") if names is None else names
    out = table.copy()
    for attribute in lookup.columns.drop("person"):
        column = f"lookup:{attribute}" if attribute in out.columns else attribute
        values = _values(lookup, attribute, out["person"], names)
        out[column] = out["person"].map(values).fillna(NOT_LISTED)
    return out


def by_attribute(table: pd.DataFrame, lookup, attribute: str, *, names: Mapping[str, str] | None = None
                 ) -> pd.DataFrame:
    """Mentions, attributions and quoted words per value of a lookup attribute, per group.

    Parameters
    ----------
    table : DataFrame
        :func:`people`.
    lookup : path or DataFrame
        The user lookup table (:func:`read_lookup`), or a table with ``person`` and ``attribute`` (such as
        :func:`inferred_gender`'s).
    attribute : str
        The column to aggregate by.
    names : mapping, optional
        Name → canonical person (:func:`canonical_people`; default: ``table.attrs["names"]`` of :func:`people`),
        so that a lookup row may name a person as an article does (``Blinken``).

    Returns
    -------
    DataFrame
        Columns group, attribute (the column's name), value (:data:`NOT_LISTED` for people the lookup lacks,
        :data:`NO_VALUE` for an empty value), people, mentions, attributions, quoted_words, voice; sorted by group,
        mentions (descending), value.
    """
    lookup = _lookup_table(lookup)
    names = table.attrs.get("names") if names is None else names
    if attribute not in lookup.columns or attribute == "person":
        raise ValueError(f"no attribute {attribute!r} in the lookup table; it has: "
                         f"{', '.join(c for c in lookup.columns if c != 'person')}")
    value = table["person"].map(_values(lookup, attribute, table["person"], names)).fillna(NOT_LISTED)
    out = (table.assign(value=value).groupby(["group", "value"], sort=False)
           .agg(people=("person", "nunique"), mentions=("mentions", "sum"), attributions=("attributions", "sum"),
                quoted_words=("quoted_words", "sum")).reset_index())
    out.insert(1, "attribute", attribute)
    out["voice"] = out["attributions"] / out["mentions"].where(out["mentions"] > 0)
    return out.sort_values(["group", "mentions", "value"], ascending=[True, False, True], kind="mergesort",
                           ignore_index=True)


def inferred_gender(table: pd.DataFrame) -> pd.DataFrame:
    """A guess of each person's gender from the first word of the name, labelled as a guess.

    The shipped first-name list (1990 US Census given names: :func:`analysis.quotes.lexicon.given_name_gender`)
    gives ``female (inferred)`` or ``male (inferred)`` when at least 90 % of the people with that given name were
    one or the other; otherwise, and for one-word names, ``unknown (not inferred)``. It is about the name, not a
    fact about the person.

    Returns
    -------
    DataFrame
        Columns person and :data:`INFERRED_GENDER`, one row per person of ``table``; usable as ``lookup`` of
        :func:`by_attribute`.
    """
    persons = sorted(set(table["person"].astype(str)))
    guess = [_GENDER_WORDS[given_name_gender(p.split()[0]) if " " in p else ""] for p in persons]
    return pd.DataFrame({"person": persons, INFERRED_GENDER: guess})
