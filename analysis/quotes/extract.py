"""Quote and attribution extraction: one row per attribution.

Pipeline per article (rules, no model):

1. quotation spans (``marks.quote_spans``);
2. each span is **direct** if it opens a sentence (or follows a cue and a colon or
   comma: ``X said: "..."``) and ends one (or is followed by its cue); otherwise
   **partial** (a fragment inside the author's sentence);
3. the cue and source are looked for right after the closing mark
   (``"...," he said`` / ``said X`` / ``- Chirac``), then right before the
   opening mark (``X said: "..."``, ``According to X, "..."``, ``Mr Blair: "..."``);
   a partial quote also takes the nearest reporting verb of its sentence; a quote
   without a cue inherits the previous attribution of the same or previous paragraph
   (a follow-on quote); a partial quote without any cue is dropped (scare quotes);
4. **indirect** speech outside quotation marks: ``X <verb> (that) ...``,
   ``X vowed to ...``, ``..., X said.``, ``according to X, ...``, ``... according to X``,
   and statement nouns (``assurances from X that ...``, ``X reinforced the stance that ...``);
   content ends at the sentence end or before ``, but``/``, although``/``, while``;
   an indirect row whose cue already cues a quotation is dropped (no double count);
5. speakers are resolved and typed by :mod:`analysis.quotes.speakers`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache
from itertools import compress, count
from operator import itemgetter

import pandas as pd

from ..units import STOP_WORDS, count_words, paragraph_spans, sentence_spans
from .lexicon import (AUXILIARIES, CLAUSE_WORDS, DETERMINERS, MONTHS, PREPOSITIONS, PRONOUNS, TIME_WORDS, Tokens,
                      lexicon)
from .marks import QuoteSpan, _width as _mark_width, quote_spans
from ..engine import client_of, is_dask
from ..execute import SYNC, executor_for
from ..progress import track
from .aliases import canonical_speakers
from .roles import person_roles
from .speakers import UNRESOLVED, BodyNames, classify_source, find_people, only_titles

#: Fields of a record tuple, in order (the rules build tuples; the role is added per article at the end).
RECORD_COLUMNS = ["article_id", "kind", "text", "speaker", "speaker_mention", "speaker_type", "cue", "location",
                  "start", "end", "paragraph", "n_words"]
#: Columns of the quotes table.
COLUMNS = RECORD_COLUMNS[:6] + ["role"] + RECORD_COLUMNS[6:] + ["quoted_text", "n_quoted_words"]
_DASHES = {"-", "–", "—", "―"}
_OPENING_MARKS = frozenset("“\"‘'«")
_CLOSING_MARKS = frozenset("”\"’'»")
_END_PUNCT = {".", "!", "?", ";"}
_CONTENT_STOP = re.compile(r",\s+(?:but|although|though|while|whereas|even though|even as)\s+(?!that\b)", re.I)
_NOT_ADVERB = frozenset("family ally rally assembly supply reply italy only early july holy".split())


_CONJUNCTIONS = frozenset({"and", "but", "so"})
_WRITING = frozenset({"write", "post", "tweet"})  # verbs whose object may be the thing written, not what it says
_ADDING = frozenset({"adding", "saying", "noting", "arguing", "insisting", "warning", "explaining"})
_FINITE = frozenset("would will was were is are had has could should must can might did does shall".split())
_HEADLINE_MARKS = frozenset("“”\"‘’'«»:")
_SPACED_DASH = re.compile(r"\s[-–—―]\s")
_LETTERS = re.compile(r"[A-Za-z]+")
_ADJUNCT_START = frozenset({"on", "in", "at", "during"}) | TIME_WORDS  # "said on Friday", "said last week"
_QUOTED_WORD = re.compile(r"[@#]?[^\W_][\w'’.-]*")
_NAME_AUXILIARIES = frozenset({"may", "will", "can", "long", "still", "just", "even", "now"})


#: "Langhofer's letter", "Fusion's court document" / "Kory Langhofer ... wrote a letter", "X said in a court
#: filing": the name that owns or wrote a document (``{head}`` is the document's head noun).
_AUTHOR_PATTERN = (r"(?P<owner>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)['’]s?\s+(?:[\w-]+\s+){{0,2}}{head}\b"
                   r"|(?P<writer>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)(?:,[^,.]{{0,80}},)?\s+(?:wrote|sent|signed"
                   r"|filed|released|issued|said|argued)\s+(?:in\s+)?(?:a|an|the|his|her|its|their)\s+"
                   r"(?:[\w-]+\s+){{0,2}}{head}\b")


def _is_time_token(token: str) -> bool:
    """A word of a time adjunct: ``Friday``, ``July``, ``last``, ``week``, ``2016``."""
    low = token.lower()
    return low in TIME_WORDS or low in MONTHS or token.isdigit()


def _after_time_adjunct(toks: list, start: int, end: int) -> int:
    """Index of the first token after an opening time adjunct with no comma (``On Tuesday Prime Minister Tony
    Blair said``, ``Last week the minister said``), else ``start``."""
    i = start
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


def _is_name_of_a_work(quoted: str) -> bool:
    """A short quoted phrase in title case or a handle: the name of a show, a slogan, a nickname (``Morning Joe``,
    ``Contract with America``, ``Miss Piggy``, ``@realDonaldTrump``), not somebody's words."""
    words_ = _QUOTED_WORD.findall(quoted)
    if len(words_) == 1 and quoted.strip()[:1] in "@#":
        return True
    content = [w for w in words_ if w.lower() not in STOP_WORDS and not w.isdigit()]  # "60 Minutes", "Apollo 13"
    return 0 < len(words_) <= 7 and bool(content) and all(w[:1].isupper() for w in content) \
        and not all(w.isupper() for w in content)


def _is_noun_context(before: str) -> bool:
    """The token before a verb form makes it a noun: a determiner or possessive (``his comments``, ``the report``,
    ``Trump's claims``) or ``of``."""
    low = before.lower()
    return low in _NOUN_DETERMINERS or low.endswith(("'s", "’s"))


def _is_name_end(words_: list[str]) -> bool:
    """A phrase ending in a capitalised modal after a capitalised word is a name: ``Ms. May``, ``Theresa May``."""
    return len(words_) > 1 and words_[-1][:1].isupper() and words_[-2][:1].isupper() \
        and words_[-1].lower() in _NAME_AUXILIARIES


def _is_aux(token: str) -> bool:
    """Auxiliary or adverb inside a verb group: ``has also``, ``categorically``."""
    low = token.lower()
    if token[:1].isupper() and low in _NAME_AUXILIARIES:
        return False  # "Ms. May said", "Will Hutton said": a name, not the modal
    adverb = token[:1].islower() and low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERB
    return low in AUXILIARIES or adverb


_NOT_CLAUSE = frozenset("to so that yes no nothing something anything goodbye hello more less little much what how why "
                        "whether if when where who which as".split())
_PARTICIPLE_CUES = frozenset("say add tell note argue claim insist warn explain state write".split())
_ACCORDING = re.compile(r"\b(according to)\s+", re.I)
_TOKEN = itemgetter(2)
# word sets the rules test tokens against, built once rather than at every test
_NOT_SUBJECT_END = PREPOSITIONS | DETERMINERS | AUXILIARIES
_NOT_INVERTED = PREPOSITIONS | TIME_WORDS | {"that", "it", "so", "to"}
_INVERTED_END = CLAUSE_WORDS | PREPOSITIONS - {"of"}
_END_OR_COMMA = _END_PUNCT | {","}
_END_OR_COLON = _END_PUNCT | {":"}
_OPENING_ADJUNCT = PREPOSITIONS | {"according", "despite", "after", "as"}
_SUBJECT_WORDS = DETERMINERS | {"of", "."}
_PREP_OR_CLAUSE = PREPOSITIONS | CLAUSE_WORDS
_CLAUSE_OR_COPULA = CLAUSE_WORDS | {"is", "was", "are", "were"}
_PREP_OR_TIME = PREPOSITIONS | TIME_WORDS
_PRONOUN_OR_THERE = PRONOUNS | {"there"}
_NOT_CLAUSE_START = PREPOSITIONS | TIME_WORDS | _NOT_CLAUSE
_CLAUSE_SUBJECT = PRONOUNS | {"there", "this", "these", "those"}
_DETERMINERS_NOT_THAT = DETERMINERS - {"that"}
#: Before a verb form, these make it a noun ("his comments", "the report"); not quantifiers, which precede verbs
#: ("some said", "many claimed").
_NOUN_DETERMINERS = frozenset("the a an his her its their our my your this these those of".split())
_OBJECT_PRONOUNS = frozenset("him them it me us you himself herself themselves".split())  # "her": her_alone
_ASKED = re.compile(r"\b(?:to|whether|if|why|how|what|when|where|who)\b")
#: Present forms of cues that are more often nouns: a cue only before "that" or a clause's subject.
_AMBIGUOUS_CUES = frozenset("state states think show shows report reports claim claims".split())
_MODALS = frozenset("may might could would should will can must".split())  # "Hamas may welcome": no report
_COORDINATED_END = re.compile(r",?\s+(?:but|and|while)(?:\s+(?:also|later|then))?\s*$", re.I)
#: Cue forms that are also nouns ("a news report", "the court claim").
_NOUN_CUES = frozenset("report reports claim claims comment comments note notes answer answers reply replies "
                       "statement post posts tweet tweets warning warnings promise promises vow vows".split())
_NOT_NP_OBJECT = PREPOSITIONS | TIME_WORDS | {"that", "to"}
_PARTICIPLE_END = re.compile(r"(ed|ing)$")
_ED_END = re.compile(r"ed$")


@lru_cache(maxsize=1)
def _indirect_cues() -> frozenset:
    """The words (lower case) that can start an indirect row; nothing else can."""
    return frozenset(lexicon().verbs.keys() | {"according", "that"})


class _Article:
    def __init__(self, text: str):
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.sentences = sentence_spans(text)
        self.quotes = quote_spans(text, self.paragraphs)
        self.tokens = Tokens(text)
        self.people = find_people(text, exclude=[(q.start, q.end) for q in self.quotes], tokens=self.tokens.all)
        self.lx = lexicon()
        # sorted bounds for bisect: sentences and paragraphs are disjoint and in text order
        self._sentence_starts = [s for _, s, _ in self.sentences]
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._paragraph_ends = [e for _, e in self.paragraphs]
        # quotation stretches (opening mark to closing mark) by start, with the furthest end reached so far
        stretches = sorted((q.open_at, q.close_at if q.closed else q.end) for q in self.quotes)
        self._quote_starts = [lo for lo, _ in stretches]
        self._quote_reach = []
        for _, hi in stretches:
            self._quote_reach.append(max(hi, self._quote_reach[-1]) if self._quote_reach else hi)
        self._closes = sorted(q.close_at for q in self.quotes if q.closed)

    # -- helpers ---------------------------------------------------------------------------------------------
    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, clipped to its line (a single newline also ends a sentence)."""
        i = bisect_right(self._sentence_starts, pos) - 1  # the last sentence starting by pos: the only candidate
        if i >= 0 and pos < self.sentences[i][2]:
            _, s, e = self.sentences[i]
            nl = self.text.rfind("\n", s, pos)
            s = nl + 1 if nl >= 0 else s
            nl = self.text.find("\n", pos, e)
            return s, (nl if nl >= 0 else e)
        for s, e in self.paragraphs:
            if s <= pos <= e:
                return s, e
        return pos, pos

    def paragraph_of(self, pos: int) -> int:
        """The first paragraph ending after ``pos`` (else the last), or 0 when ``pos`` falls before it."""
        if not self.paragraphs:
            return 0
        p = min(bisect_right(self._paragraph_ends, pos), len(self.paragraphs) - 1)
        return p if pos >= self._paragraph_starts[p] else 0

    def close_before(self, pos: int) -> int:
        """The last closing mark before ``pos``, or -1."""
        i = bisect_left(self._closes, pos)
        return self._closes[i - 1] if i else -1

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies between a quotation's marks (both included; an unclosed one up to its end)."""
        i = bisect_right(self._quote_starts, pos) - 1  # stretches starting by pos: does any reach pos?
        return i >= 0 and self._quote_reach[i] >= pos

    def is_verb(self, token: str, flags: str) -> bool:
        v = self.lx.verb(token) if token[:1].islower() else None
        return bool(v) and not v[1].isdisjoint(flags)

    def subject_before(self, toks: list, k: int, lo: int) -> tuple[int, int] | None:
        """Span of the subject noun phrase ending before token ``k`` (auxiliaries skipped)."""
        j = k - 1
        while j >= 0 and _is_aux(toks[j][2]):
            j -= 1
        end = j
        while j >= 0:
            tok = toks[j][2]
            low = tok.lower()
            if tok == ")":  # Rep. John Mica (R-Fla.) said
                depth = j
                while depth >= 0 and toks[depth][2] != "(":
                    depth -= 1
                if depth > 0 and j - depth < 8:
                    j = depth - 1
                    continue
                break
            if not tok[0].isalnum() and tok not in {"&"}:
                break
            if low in CLAUSE_WORDS and not (low == "and" and j > 0 and toks[j - 1][2][:1].isupper()
                                            and j + 1 <= end and toks[j + 1][2][:1].isupper()):
                break
            if (self.lx.verb(tok) and tok[:1].islower() and j != end
                    and low not in {"report", "reports", "post", "statement"}) or low in {"to", "according"}:
                break
            j -= 1
            if low in PRONOUNS and j + 1 == end:
                break  # "angered, they threatened": a pronoun is a whole subject
        start = _after_time_adjunct(toks, j + 1, end)
        while end >= start and toks[end][2] in {")", "("}:
            end -= 1
        if start > end or end - start > 12:
            return None
        if not self.plausible_subject(toks[start:end + 1]):
            return None
        return toks[start][0], toks[end][1]

    def plausible_subject(self, toks: list) -> bool:
        """Reject phrases that are not noun phrases: a leading or trailing preposition, a bare verb form
        (``prompting claims``, ``also rejected claims``), long lower-case stretches."""
        words_ = [t[2] for t in toks if t[2][:1].isalnum()]
        if not words_:
            return False
        lows = [w.lower() for w in words_]
        if lows[0] in PREPOSITIONS or (lows[-1] in _NOT_SUBJECT_END and not _is_name_end(words_)):
            return False
        if all(w[:1].islower() for w in words_) and len(words_) > 6:
            return False
        for i, w in enumerate(words_):
            if w[:1].islower() and _PARTICIPLE_END.search(w) and len(w) > 4:
                if not any(x in DETERMINERS or x in {"most", "more", "less"} for x in lows[:i]):
                    return False
        return True

    def subject_after(self, toks: list, k: int) -> tuple[int, int] | None:
        """Span of an inverted subject (``said Mr Smith``) after token ``k``."""
        j = k + 1
        if j < len(toks) and toks[j][2].lower() in _NOT_INVERTED:
            return None
        start = j
        while j < len(toks) and (toks[j][2][0].isalnum() or toks[j][2] in {"'", "’"}) and j - start < 10:
            if toks[j][2].lower() in _INVERTED_END and j > start:
                break
            j += 1
        if j == start:
            return None
        if j + 1 < len(toks) and toks[j][2] == "," and toks[j + 1][2][:1].isupper():
            m = j + 1  # said the prime minister, Boris Johnson
            while m < len(toks) and m - j < 6 and (toks[m][2][:1].isupper()
                                                   or toks[m][2].lower() in {"of", "de", "van"}):
                m += 1
            if m == len(toks) or toks[m][2] in _END_OR_COMMA:
                j = m
        return toks[start][0], toks[j - 1][1]

    def appositive_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """``Phil Lovas, the campaign's chairman, said``: the phrase from the name to the comma before ``k``."""
        j = k - 1
        while j >= 0 and _is_aux(toks[j][2]):
            j -= 1
        if j < 1 or toks[j][2] != ",":
            return None
        end = j - 1
        i = end
        commas = 0
        while i >= 0 and end - i < 30:
            tok = toks[i][2]
            if tok == ",":
                commas += 1
                if commas > 4:
                    return None
            elif not tok[0].isalnum() and tok not in {"(", ")", "'", "’", "-", "&"}:
                break
            elif tok.lower() in {"that", "but", "because", "although", "while", "if", "when", "so"}:
                break
            i -= 1
        start = i + 1
        while start < end and toks[start][2] == ",":
            start += 1
        if commas == 0 or not (toks[start][2][:1].isupper() or toks[start][2].lower() in DETERMINERS):
            return None
        if toks[start][2].lower() in PREPOSITIONS or self.is_verb(toks[start][2], "qcti"):
            return None
        return toks[start][0], toks[end][1]

    def sentence_subject(self, sent_lo: int, pos: int) -> tuple[int, int] | None:
        """The subject of a sentence's first clause, for coordinated verbs (``X reinforced ..., but said ...``)."""
        toks = self.tokens.between(sent_lo, pos)
        dash = next((i for i, t in enumerate(toks[:8]) if t[2] in _DASHES), None)
        if dash is not None and all(t[2].isupper() or not t[2][:1].isalnum() for t in toks[:dash]
                                    if t[2] not in {"Reuters", "AP", "AFP", "Agence"}):
            toks = toks[dash + 1:]  # dateline: WASHINGTON (Reuters) -
        if toks and (toks[0][2].lower() in _OPENING_ADJUNCT):
            commas = [i for i, t in enumerate(toks) if t[2] == ","]
            toks = toks[commas[0] + 1:] if commas else []
        j = 0
        while j < len(toks) and (toks[j][2][:1].isupper() or toks[j][2].lower() in _SUBJECT_WORDS
                                 or toks[j][2].lower() in PRONOUNS):
            j += 1
        if 0 < j < len(toks) and toks[j - 1][2].lower() in DETERMINERS:
            # "The head of ...": a determiner and its nouns, up to a preposition, clause word or verb
            while j < len(toks) and toks[j][2][:1].isalnum() and not _is_aux(toks[j][2]) \
                    and toks[j][2].lower() not in _PREP_OR_CLAUSE and not self.lx.verb(toks[j][2]) \
                    and not _ED_END.search(toks[j][2]) and j < 6:
                j += 1
        if j == 0 or j > 8:
            return None
        named = self._appositive_name(toks, j)
        return toks[0][0], toks[named if named is not None else j - 1][1]

    def _appositive_name(self, toks: list, j: int) -> int | None:
        """``The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...``: the index of the last word of a
        capitalised name set off by commas after a few role nouns from ``j``, else None."""
        m = j
        while m < len(toks) and m - j < 4 and toks[m][2][:1].islower() and toks[m][2].isalpha() \
                and not _is_aux(toks[m][2]) and toks[m][2] not in _PREP_OR_CLAUSE and not self.lx.verb(toks[m][2]):
            m += 1
        if m >= len(toks) or toks[m][2] != ",":
            return None
        n = m + 1
        while n < len(toks) and n - m <= 4 and toks[n][2][:1].isupper():
            n += 1
        if n - m < 3 or n >= len(toks) or toks[n][2] != ",":
            return None  # a name is two capitalised words or more, closed by a comma
        return n - 1

    def is_document(self, mention: str) -> bool:
        """``the letter``, ``a court filing``: a source phrase whose head is a document."""
        words_ = mention.lower().split()
        return bool(words_) and words_[-1] in self.lx.lists["document"] and len(words_) <= 4

    def document_author(self, source: str, pos: int) -> tuple[str, str] | None:
        """Who wrote the document a source like ``the letter`` or ``the court filing`` names, from the text before
        ``pos``: ``X's letter``, ``X wrote a letter``, ``X said in a court filing``; the last such, as a person
        (resolved to the full name) or an organisation; None if the text does not say."""
        words_ = source.lower().split()
        if not self.is_document(source) or words_[0] not in {"the", "this", "that"} or len(words_) > 3:
            return None
        head = re.escape(words_[-1])
        found = None
        for m in re.finditer(_AUTHOR_PATTERN.format(head=head), self.text[:pos]):
            found = m.group("owner") or m.group("writer")
        if not found:
            return None
        speaker, stype = classify_source(found, pos, self.people)
        if stype == "unknown":
            return speaker, "organization"  # a capitalised name that is no person: "Fusion GPS"
        return (speaker, stype) if stype in {"person", "organization"} else None

    def narrative_subject(self, since: int, pos: int, pronoun: str):
        """The last person with a full name (of the pronoun's gender, if known) named at the start of a sentence
        between ``since`` and ``pos``, outside quotations, if that sentence is not the pronoun's own; else None."""
        if pronoun not in {"he", "she"}:
            return None
        gender = "m" if pronoun == "he" else "f"
        own = self.sentence_of(pos)[0]
        for mt in reversed(self.people):  # in text order
            if mt.start <= since:
                break
            if mt.start >= own or self.in_quote(mt.start) or (mt.person.gender and mt.person.gender != gender) \
                    or " " not in mt.person.name:
                continue  # (a one-word "name" may be a role word: "Home Affairs spokesman Mark Oaten")
            lo = self.sentence_of(mt.start)[0]
            if only_titles(self.text[lo:mt.start], _CONJUNCTIONS):
                return mt.person
        return None

    def comma_before(self, pos: int, lo: int = 0) -> int | None:
        """The offset of a comma that ends ``text[lo:pos]`` once white space is skipped, else None (a scan back over
        white space: slicing the article up to ``pos`` for every cue cost time in the square of its length)."""
        i = pos - 1
        while i >= lo and self.text[i].isspace():
            i -= 1
        return i if i >= lo and self.text[i] == "," else None

    def reported_before(self, pos: int, span: tuple[int, int]) -> tuple[int, int]:
        """What a source at ``pos`` reports: its row's ``span``, or with a trailing cue (``..., he claimed``) the
        stretch of the sentence before the comma, where the people named are not the speaker."""
        if self.comma_before(pos) is not None:
            lo, _ = self.sentence_of(pos)
            return min(lo, span[0]), max(pos, span[1])
        return span

    def looks_like_source(self, span) -> bool:
        """A phrase of capitalised words, determiners and source nouns only (``Mr Smith``, ``the minister``)."""
        lists = self.lx.lists
        for _, _, tok in self.tokens.between(*span):
            low = tok.lower()
            if not (tok[:1].isupper() or low in DETERMINERS or low in lists["anonymous"] or low in lists["role"]
                    or low in {"of", ",", "'", "’", "senior", "former", "chief", "deputy", "top"}):
                return False
        return True

    # -- quotations ------------------------------------------------------------------------------------------
    def cue_after(self, q: QuoteSpan, limit: int):
        """Cue right after the closing mark: ``, he said`` / ``said X`` / ``- Chirac``."""
        toks = self.tokens.between(q.close_at + _mark_width(self.text, q.close_at), limit)
        i = 0
        while i < len(toks) and toks[i][2] in {",", "'", "’"}:
            i += 1
        if i < len(toks) and toks[i][2] in _DASHES:
            j = i + 1
            stop = j
            while stop < len(toks) and (toks[stop][2][:1].isupper() or toks[stop][2].lower() in {"of", "the"}
                                        or toks[stop][2] in {"'", "’"}) and stop - j < 6:
                stop += 1
            if stop > j and toks[j][2][:1].isupper() and (stop == len(toks) or toks[stop][2] in _END_OR_COMMA):
                return (toks[j][0], toks[stop - 1][1]), (toks[i][0], toks[i][1])
            return None
        if i < len(toks) and toks[i][2] in _END_OR_COLON:
            return None
        for k in range(i, min(len(toks), i + 40)):
            tok = toks[k][2]
            if tok == "." and k + 1 < len(toks) and toks[k + 1][2] in {",", ")"}:
                continue  # R-Ky., / (D-Md.)
            if tok in _END_PUNCT or tok in {"“", '"', ":"}:
                return None
            if k - i >= 12 and tok.lower() in {"that", "which", "because", "but", "when", "if"}:
                return None
            if self.is_verb(tok, "q") and not tok.lower().endswith("ing"):
                rest = []
                for t in toks[k + 1:]:
                    if t[2] in _END_PUNCT:
                        break
                    rest.append(t)
                if self.text[q.start:q.end].rstrip()[-1:] == "." and len(rest) > 3:
                    return None  # "...weak." The QCA has also told the government ...: a new sentence
                if k == i or all(_is_aux(t[2]) for t in toks[i:k]):
                    subj = self.subject_after(toks, k)
                    cue_lo = toks[i][0]
                else:
                    subj = self.subject_before(toks, k, i)
                    gap = [t for t in toks[i:k] if subj and t[1] <= subj[0]]
                    if subj and self.text[subj[0]:subj[1]].lower() in PRONOUNS and subj[0] != toks[i][0] \
                            and len(gap) <= 5 and gap[-1][2] == "," \
                            and not any(t[2].lower() in _PREP_OR_CLAUSE for t in gap):
                        pass  # "The Tories, he said": the pronoun is the speaker
                    elif subj is None or subj[0] != toks[i][0]:
                        subj = self.appositive_stretch(q, toks, i, k)
                    cue_lo = toks[k][0]
                    j = k - 1
                    while j >= i and _is_aux(toks[j][2]):
                        cue_lo = toks[j][0]
                        j -= 1
                if subj:
                    return subj, (cue_lo, toks[k][1])
                return None
        return None

    def appositive_stretch(self, q: QuoteSpan, toks: list, i: int, k: int) -> tuple[int, int] | None:
        """``"...," Leonard Burman, director of X and a professor at Y, said``: the whole stretch from the
        closing mark to the verb is the source, if it opens with a short noun phrase and holds a comma."""
        j = k - 1
        while j > i and (_is_aux(toks[j][2]) or toks[j][2] == ","):
            j -= 1
        first_part = []
        for t in toks[i:j + 1]:
            if t[2] == ",":
                break
            first_part.append(t)
        stretch = (toks[i][0], toks[j][1])
        if self.text[q.start:q.end].rstrip()[-1:] == ".":
            return None  # the quote ended its sentence
        if not (toks[i][2][:1].isupper() or toks[i][2].lower() in DETERMINERS):
            return None
        if len(first_part) > 6 or not self.plausible_subject(first_part):
            return None
        if any(t[2].lower() in _CLAUSE_OR_COPULA for t in first_part):
            return None
        return stretch if "," in self.text[stretch[0]:stretch[1]] else None

    def cue_before(self, q: QuoteSpan, lo: int):
        """Cue right before the opening mark: ``X said: "``, ``X said, "``, ``According to X, "``, ``Mr Blair: "``."""
        return self.cue_ending_at(q.open_at, lo, self.sentence_of(q.open_at)[0])

    def cue_in_previous_paragraph(self, q: QuoteSpan):
        """The cue of a quotation that opens its paragraph after a paragraph ending with a colon: ``Caddell
        continued:`` / ``The New York Times reports:``, then the quotation as a paragraph of its own."""
        if q.paragraph == 0 or self.text[self.paragraphs[q.paragraph][0]:q.open_at].strip():
            return None
        p_lo, p_hi = self.paragraphs[q.paragraph - 1]
        tail = self.text[p_lo:p_hi].rstrip()
        if not tail.endswith(":") or self.in_quote(p_lo + len(tail) - 1):
            return None
        colon = p_lo + len(tail) - 1
        return self.cue_ending_at(colon + 1, p_lo, self.sentence_of(colon)[0])

    def cue_ending_at(self, open_at: int, lo: int, sent_lo: int):
        """:meth:`cue_before` of a quotation that opens at ``open_at``, in the sentence starting at ``sent_lo``."""
        lo = max(lo, sent_lo)
        toks = self.tokens.between(lo, open_at)
        if not toks:
            return None
        tail = toks[-1][2]
        body = toks[:-1] if tail in {":", ",", "-", "–", "—"} else toks
        for k in range(len(body) - 1, max(-1, len(body) - 9), -1):
            tok = body[k][2]
            if tok in _END_PUNCT:
                break
            if self.is_verb(tok, "q") and (not tok.lower().endswith("ing") or tail in {":", ","}):
                if k != len(body) - 1 and tail not in {":", ","}:
                    return None
                subj = self.subject_before(body, k, 0)
                if subj is None and tail in {":", ","}:
                    subj = self.subject_after(body, k)
                    if subj and (subj[1] != body[-1][1] or not self.looks_like_source(subj)):
                        subj = None
                if subj is None:
                    subj = self.sentence_subject(sent_lo, body[k][0])
                cue_lo = body[k][0]
                j = k - 1
                while j >= 0 and _is_aux(body[j][2]):
                    cue_lo = body[j][0]
                    j -= 1
                if subj:
                    return subj, (cue_lo, body[k][1])
                return None
        m = None
        for m in _ACCORDING.finditer(self.text, lo, open_at):
            pass
        if m and tail == ",":
            return (m.end(), toks[-1][0]), m.span(1)
        if tail == ":" and 1 <= len(body) <= 5 and all(t[2][:1].isupper() or t[2] in {".", "'"} for t in body):
            return (body[0][0], body[-1][1]), (toks[-1][0], toks[-1][1])
        return None

    def cue_in_sentence(self, q: QuoteSpan):
        """For a partial quote: the nearest verb of its sentence that cues quotations, before it, else after it;
        failing that the nearest reporting verb."""
        s_lo, s_hi = self.sentence_of(q.open_at)
        toks = self.tokens.between(s_lo, s_hi)
        before = [k for k, t in enumerate(toks) if t[1] <= q.open_at]
        after = [k for k, t in enumerate(toks) if t[0] > (q.close_at if q.closed else q.end)]
        # a verb that cues quotations (said, told, called) before one that only takes a clause: "Tillerson said his
        # visit showed 'X'" is Tillerson's, not "his visit"'s
        order = list(reversed(before)) + after
        quoting = [k for k in order if self.is_verb(toks[k][2], "q")]
        cues = set(quoting)
        for k in quoting + [k for k in order if k not in cues]:
            tok = toks[k][2]
            # the verb test first: most tokens are not verbs, and the quotation lookup is dearer
            if not self.is_verb(tok, "qcti") or tok.lower().endswith("ing") or self.in_quote(toks[k][0]):
                continue
            if k > 0 and _is_noun_context(toks[k - 1][2]):
                continue  # "his comments", "Republican claims", "Mr. King's show": a noun, not a verb
            if k > 0 and toks[k - 1][2].lower() in {"to", "be", "been", "being", "is", "was", "were", "are"}:
                continue
            subj = self.subject_before(toks, k, 0) or self.sentence_subject(s_lo, toks[k][0])
            if subj:
                cue_lo = toks[k][0]
                j = k - 1
                while j >= 0 and _is_aux(toks[j][2]):
                    cue_lo = toks[j][0]
                    j -= 1
                return subj, (cue_lo, toks[k][1])
            if any(_ACCORDING.finditer(self.text, s_lo, q.open_at)):
                break  # "according to X" before the quote is its cue
        for m in _ACCORDING.finditer(self.text, s_lo, s_hi):
            src = re.match(r"[^,.;]+", self.text[m.end():s_hi])
            if src:
                return (m.end(), m.end() + len(src.group().rstrip())), m.span(1)
        return None

    def is_direct(self, q: QuoteSpan, cued_after: bool, cue_before) -> bool:
        s_lo = self.sentence_of(q.open_at)[0]
        line_lo = self.text.rfind("\n", 0, q.open_at) + 1
        lead = self.text[max(s_lo, line_lo, self.paragraphs[q.paragraph][0]):q.open_at].strip()
        prev_close = self.close_before(q.open_at)
        if prev_close >= 0 and self.text[prev_close + 1:q.open_at].strip(" ,'") == "":
            lead = ""
        opens = (lead == "" or lead[-1] in ".!?" or (cue_before is not None and lead[-1] in ":,")
                 or self.text[s_lo:q.open_at].rstrip().endswith(":"))
        content = self.text[q.start:q.end].rstrip()
        ends = cued_after or (content[-1:] in {".", "!", "?", ","} if content else False)
        if not ends:
            para_hi = self.paragraphs[q.last_paragraph][1]
            after = self.text[q.end + _mark_width(self.text, q.end):para_hi].lstrip() if q.closed else ""
            ends = not after or after[:1] in {".", "!", "?"}
        first = content.lstrip(" .…")[:1]
        resumed = (prev_close >= self.paragraphs[q.paragraph][0] and cue_before is not None
                   and len(self.text[prev_close:q.open_at].split()) <= 10)  # "...," he said, "is that ..."
        return opens and ends and (first.isupper() or first.isdigit() or first in "“\"'‘[(" or lead == "" or resumed)

    # -- indirect speech -------------------------------------------------------------------------------------
    def indirect(self):
        rows = []
        cues = _indirect_cues()
        for _, s_lo, s_hi in self.sentences:
            toks = self.tokens.between(s_lo, s_hi)
            end = s_hi
            while end > s_lo and self.text[end - 1] in " .\n":
                end -= 1
            skip_to = -1
            # the indices of tokens whose lower case is a cue, with no Python step per token (most are not)
            for k in compress(count(), map(cues.__contains__, map(str.lower, map(_TOKEN, toks)))):
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
                v = self.lx.verb(tok) if tok[:1].islower() else None
                if not v or not ({"c", "t", "i", "n"} & v[1]):
                    continue
                if low.endswith("ing") and not (k > 0 and toks[k - 1][2] == "," and v[0] in _PARTICIPLE_CUES):
                    continue  # only a participle of saying counts: "..., saying (that) ..."
                if k > 0 and toks[k - 1][2].lower() in {"to", "be", "been", "being", "is", "was", "were", "are",
                                                         "the", "a", "an", "his", "her", "its", "their"}:
                    continue
                nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
                if low.endswith("s") and nxt and (_is_aux(nxt) or self.lx.verb(nxt)):
                    continue  # "local reports said": a plural noun, not a verb
                if low in _AMBIGUOUS_CUES and nxt.lower() not in _CLAUSE_SUBJECT | DETERMINERS:
                    continue  # "Democratic state attorneys general", "states like Iowa", "a think tank"
                if low in _NOUN_CUES and k > 1 and toks[k - 1][2].islower() and not _is_aux(toks[k - 1][2]) \
                        and toks[k - 2][2].lower() in {"a", "an", "the"} \
                        and nxt and (_is_aux(nxt) or _ED_END.search(nxt) or self.lx.verb(nxt)):
                    continue  # "A news report published Wednesday said": a noun after its determiner and modifier
                row = self._verb_clause(toks, k, v[1], s_lo, end)
                if row:
                    rows.append(row)
        return self.split_coordinated(rows)

    @staticmethod
    def her_alone(toks: list, i: int) -> bool:
        """``her`` at ``i`` is an object pronoun (``praised her on Friday``), not a possessive (``denied her faith
        meant ...``): no lower-case word other than a preposition or time word follows it."""
        if toks[i][2].lower() != "her":
            return False
        after = toks[i + 1][2] if i + 1 < len(toks) else ""
        return not (after.isalpha() and after.islower() and after not in _NOT_NP_OBJECT and after != "and")

    def split_coordinated(self, rows: list) -> list:
        """A content that runs into the next cue of its sentence ends before it: ``welcomed the move but added
        that ...`` gives ``the move``, and ``it came late`` to ``added``."""
        cues = sorted(row[3][0] for row in rows)
        out = []
        for kind, (lo, hi), subj, cue in rows:
            later = [c for c in cues if lo < c < hi]
            m = _COORDINATED_END.search(self.text, lo, later[0]) if later else None
            if m:  # a cue inside the content that is not coordinated is part of what is reported
                cut = self._content(lo, m.start())
                if cut is None:
                    continue
                lo, hi = cut
            out.append((kind, (lo, hi), subj, cue))
        return out

    def _content(self, lo: int, hi: int) -> tuple[int, int] | None:
        m = _CONTENT_STOP.search(self.text, lo, hi)
        if m:
            hi = m.start()
        while lo < hi and self.text[lo] in " ,":
            lo += 1
        while hi > lo and self.text[hi - 1] in " ,.;:":
            hi -= 1
        if count_words(self.text[lo:hi]) < 3:
            return None
        return lo, hi

    def _verb_clause(self, toks, k, flags, s_lo, s_end):
        cue_lo = toks[k][0]
        j = k - 1
        while j >= 0 and _is_aux(toks[j][2]):
            cue_lo = toks[j][0]
            j -= 1
        subj = self.subject_before(toks, k, 0)
        coordinated = j >= 0 and toks[j][2].lower() in {"but", "and"}
        participle = toks[k][2].lower().endswith("ing")
        if participle and k > 1 and toks[k - 1][2] == ",":
            subj = self.subject_of_previous_cue(toks, k - 2, s_lo) or subj
        if subj is None and (coordinated or participle):
            subj = self.sentence_subject(s_lo, toks[k][0])
        if subj is None and not participle:
            subj = self.appositive_subject(toks, k)
        nxt = k + 1
        if nxt < len(toks) and toks[nxt][2].lower() == "out" and toks[k][2].lower().startswith("point"):
            nxt += 1  # pointed out that
        # addressee or adjunct before the content: told reporters that / said on Tuesday that
        if nxt < len(toks) and toks[nxt][2].lower() != "that":
            for m in range(nxt, min(len(toks), nxt + 7)):
                if toks[m][2].lower() == "that":
                    if ("o" in flags or toks[nxt][2].lower() in _PREP_OR_TIME) and \
                            all(t[2][0].isalnum() or t[2] in {"'", "’"} for t in toks[nxt:m]):
                        nxt = m
                    break
        if nxt < len(toks) and toks[nxt][2] == ",":
            # contended, to no avail, that ...: an aside between commas before a that-clause
            close = next((m for m in range(nxt + 1, min(len(toks), nxt + 8)) if toks[m][2] == ","), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1][2].lower() == "that":
                nxt = close + 1
        if "c" in flags and nxt < len(toks) and toks[nxt][2].lower() in _ADJUNCT_START:
            # said on Friday it had begun ... / said in July the plan would ...: a time adjunct before the clause
            m = nxt + 1 if toks[nxt][2].lower() in PREPOSITIONS else nxt
            while m < len(toks) and m - nxt < 4 and _is_time_token(toks[m][2]):
                m += 1
            if m > nxt and m < len(toks) and m - nxt <= 4 and toks[m][2].lower() in _CLAUSE_SUBJECT | DETERMINERS:
                nxt = m
        content = None
        if "o" in flags and nxt < len(toks) and toks[nxt][2].lower() != "that":
            # told reporters he would ... : skip a short addressee, then a clause must start with a pronoun
            m = nxt
            while m < len(toks) and m - nxt < 4 and toks[m][2][:1].isalnum() and toks[m][2].lower() not in PRONOUNS:
                m += 1
            if m < len(toks) and m > nxt and toks[m][2].lower() in _PRONOUN_OR_THERE:
                content = self._content(toks[m][0], s_end)
            else:
                # told MPs the UK would ... / told researchers the scheme was failing: after a short addressee, a
                # noun phrase with a finite verb soon after it
                for c in range(nxt + 1, min(len(toks), nxt + 4)):
                    low = toks[c][2].lower()
                    if (low in _DETERMINERS_NOT_THAT or toks[c][2][:1].isupper()) and \
                            all(t[2][:1].isalnum() for t in toks[nxt:c]) and \
                            any(t[2].lower() in _FINITE for t in toks[c + 1:c + 6]):
                        content = self._content(toks[c][0], s_end)
                        break
            flags = flags - {"c"}
        if content is not None:
            pass
        elif nxt < len(toks) and toks[nxt][2].lower() == "that" and "t" in flags:
            content = self._content(toks[nxt][1], s_end)
        elif nxt < len(toks) and toks[nxt][2].lower() == "to" and "i" in flags:
            content = self._content(toks[nxt][0], s_end)
        elif nxt < len(toks) and "c" in flags and subj is not None:
            first = toks[nxt][2]
            low = first.lower()
            rest = [t for t in toks[nxt:] if t[0] < s_end]
            np_object = self.lx.verb(toks[k][2])[0] in {"report", "confirm", "announce", "estimate", "reveal"}
            clause_start = (first[:1].isalnum() and low not in _NOT_CLAUSE_START
                            and not low.endswith("ly") and not self.lx.verb(first))
            noun_phrase_only = low in _DETERMINERS_NOT_THAT and self.lx.verb(toks[k][2])[0] in _WRITING and not any(
                t[2].lower() in _FINITE or _ED_END.search(t[2]) for t in rest[1:9])  # "wrote a letter to X"
            if (low in _CLAUSE_SUBJECT or low in _DETERMINERS_NOT_THAT
                    or (first[:1].isupper() and low not in TIME_WORDS) or clause_start
                    or (np_object and low not in _NOT_NP_OBJECT)) and len(rest) > 2 and not noun_phrase_only:
                content = self._content(toks[nxt][0], s_end)
        if content is None and "n" in flags and subj is not None and nxt < len(toks) \
                and not (k > 0 and toks[k - 1][2].lower() in _MODALS) \
                and toks[nxt][2][:1].isalnum() and toks[nxt][2].lower() not in _NOT_NP_OBJECT | _OBJECT_PRONOUNS \
                and not self.lx.verb(toks[nxt][2]) and not self.her_alone(toks, nxt):
            # X denied the allegations / welcomed the move / accused Y of Z / urged Y to Z: a noun-phrase content
            # ("praised him": a person, not what was said; "asked X about Y": a question only with its words)
            content = self._content(toks[nxt][0], s_end)
            if content and self.lx.verb(toks[k][2])[0] == "ask" and not _ASKED.search(self.text, *content):
                content = None
        if content is None:
            # ..., X said (Wednesday).   /   ..., said X.   /   ..., X said, adding ...   /   X, he said, Y
            rest = [t for t in toks[k + 1:] if t[0] < s_end]
            short = len(rest) <= 5 and all(t[2][0].isalnum() or t[2] in {".", "'", "’"} for t in rest)
            adding = len(rest) > 1 and rest[0][2] == "," and rest[1][2].lower() in _ADDING
            comma = self.comma_before(cue_lo, s_lo)
            if (short or adding) and subj is not None and j + 1 <= k:
                if (before := self.comma_before(subj[0], s_lo)) is not None:
                    content = self._content(s_lo, before)
            elif (short or adding) and comma is not None:
                subj = self.subject_after(toks, k)
                content = self._content(s_lo, comma) if subj else None
            elif comma is not None and (subj := self.subject_after(toks, k)) \
                    and self.text[subj[1]:s_end].startswith(","):
                # ..., said John Smith, chief executive of Acme.
                content = self._content(s_lo, comma)
            elif subj is not None and j + 1 <= k and len(rest) > 3 and rest[0][2] == "," \
                    and self.comma_before(subj[0], s_lo) is not None and subj[1] - subj[0] < 40:
                # The Tories, he said, can cut crime ...: the words after the aside are the bulk of the clause
                content = self._content(rest[1][0], s_end)
        if content is not None and self.lx.verb(toks[k][2])[0] == "add" and self.text[content[0]].isdigit():
            return None  # "the CAC 40 added 0.3%": a market figure, not speech
        if content is None or subj is None:
            return None
        if content[0] < subj[1] <= content[1] and content[0] > subj[0]:
            return None
        return "indirect", content, subj, (cue_lo, toks[k][1])

    def subject_of_previous_cue(self, toks: list, last: int, s_lo: int) -> tuple[int, int] | None:
        """``..., the Red Cross said, adding that ...``: the source of the reporting verb before ``last`` in the
        sentence (its subject, or the inverted one of ``..., said X, adding``)."""
        for v in range(last, -1, -1):
            tok = toks[v][2]
            if tok[:1].islower() and self.is_verb(tok, "qct") and not tok.lower().endswith("ing"):
                if self.comma_before(toks[v][0], s_lo) is not None:
                    return self.subject_after(toks, v) or self.subject_before(toks, v, 0)
                return self.subject_before(toks, v, 0)
        return None

    def _according(self, toks, k, s_lo, s_end):
        cue = (toks[k][0], toks[k + 1][1])
        src_m = re.match(r"[^,.;:]+(?:\.[^\s,.;:][^,;:]*)?", self.text[cue[1]:s_end].lstrip())
        if not src_m:
            return []
        src_lo = cue[1] + (len(self.text[cue[1]:s_end]) - len(self.text[cue[1]:s_end].lstrip()))
        src = (src_lo, src_lo + len(src_m.group().rstrip()))
        before = self.text[s_lo:cue[0]].strip(" ,")
        if len(before.split()) >= 3:
            content = self._content(s_lo, cue[0])
        else:
            content = self._content(src[1], s_end)
        if content is None:
            return []
        return [("indirect", content, src, cue)]

    def _statement_noun(self, toks, k, s_lo, s_end):
        lx = self.lx
        for n in range(k - 1, max(-1, k - 6), -1):
            tok = toks[n][2]
            if not tok[0].isalnum():
                return []
            if tok.lower() not in lx.lists["statement_noun"]:
                continue
            content = self._content(toks[k][1], s_end)
            if content is None:
                return []
            if n >= 2 and toks[n - 1][2].lower() in DETERMINERS and toks[n - 2][2][:1].islower() \
                    and toks[n - 2][2].isalpha() and toks[n - 2][2].lower() not in _PREP_OR_CLAUSE:
                subj = self.subject_before(toks, n - 2, 0)
                if subj:
                    return [("indirect", content, subj, (toks[n - 2][0], toks[n][1]))]
            if n + 1 < k and toks[n + 1][2].lower() in {"from", "by", "of"}:
                src = (toks[n + 2][0], toks[k - 1][1]) if n + 2 < k else None
                return [("indirect", content, src, (toks[n][0], toks[n][1]))] if src else []
            return []
        return []

    @cached_property
    def bodies(self) -> BodyNames:
        return BodyNames(self.text)

    def by_paragraph(self, row: tuple) -> list[tuple]:
        """A quotation running over several paragraphs as one row per paragraph, sharing the speaker and cue; the
        mark that reopens the quote at a paragraph's start is not part of the text."""
        kind, (lo, hi) = row[0], row[1]
        if kind == "indirect":
            return [row]
        first, last = self.paragraph_of(lo), self.paragraph_of(max(lo, hi - 1))
        if first == last:
            return [row]
        pieces = []
        for p in range(first, last + 1):
            a, b = max(lo, self.paragraphs[p][0]), min(hi, self.paragraphs[p][1])
            while a < b and (self.text[a].isspace() or self.text[a] in _OPENING_MARKS):
                a += 1
            while b > a and (self.text[b - 1].isspace() or self.text[b - 1] in _CLOSING_MARKS):
                b -= 1
            if a < b:
                pieces.append((kind, (a, b)) + row[2:])
        return pieces

    # -- all rows --------------------------------------------------------------------------------------------
    def rows(self):
        """Every attribution row, speakers resolved in text order over quotes and indirect speech together."""
        items = []  # (anchor, kind, (lo, hi), mention span or None, cue span or None, paragraph, follow_on)
        quote_cues = set()
        indirect = self.indirect()
        clause_of = {cue[0]: content for _, content, _, cue in indirect}  # cue start -> its reported clause
        for idx, q in enumerate(self.quotes):
            next_open = self.quotes[idx + 1].open_at if idx + 1 < len(self.quotes) else len(self.text)
            para_hi = self.paragraphs[q.last_paragraph][1]
            last = self.quotes[idx - 1] if idx > 0 else None
            prev_close = last.close_at + _mark_width(self.text, last.close_at) if last and last.closed else 0
            para_lo = self.paragraphs[q.paragraph][0]
            after = self.cue_after(q, min(next_open, para_hi)) if q.closed else None
            before = None if after else (self.cue_before(q, max(prev_close, para_lo))
                                         or self.cue_in_previous_paragraph(q))
            direct = self.is_direct(q, after is not None, before)
            found = after or before
            if found is None and not direct:
                found = self.cue_in_sentence(q)
            if found and self.text[found[0][0]:found[0][1]].lower() in {"i", "we", "you"}:
                found = None  # a first- or second-person cue belongs to quoted speech, not to the article
            kind = "direct" if direct else "partial"
            if kind == "partial" and _is_name_of_a_work(self.text[q.start:q.end]):
                continue  # "Morning Joe", "Contract with America", "Miss Piggy", @handle: a name, not speech
            if found:
                quote_cues.add(found[1][0])
                span = (q.start, q.end)
                clause = clause_of.get(found[1][0]) if kind == "partial" else None
                if clause and clause[0] <= q.start and q.end <= clause[1]:
                    # She said police were "very committed" to ...: the attribution is the whole reported clause
                    # (its quoted words are marked in quoted_text)
                    span = clause
                items.append((min(span[0], found[0][0]), kind, span, found[0], found[1], q.last_paragraph, False))
            else:
                items.append((q.start, kind, (q.start, q.end), None, None, q.last_paragraph, True))
        quote_spans_ = [(q.start, q.end) for q in self.quotes]
        for kind, content, subj, cue in indirect:
            if cue[0] in quote_cues:
                continue
            lo, hi = content
            if any(min(hi, qe) - max(lo, qs) > 0.5 * min(hi - lo, qe - qs) for qs, qe in quote_spans_):
                continue
            if self.text[subj[0]:subj[1]].lower() in {"i", "we", "you"}:
                continue  # first or second person: speech inside a quotation, not the article's attribution
            items.append((min(lo, subj[0]), kind, content, subj, cue, self.paragraph_of(subj[0]), False))

        out = []
        previous = previous_quote = None  # (paragraph, speaker, mention, type, cue) of the last attribution/quote
        last_person = None  # (speaker, paragraph, end) of the last attribution to a person
        for _, kind, span, subj, cue, paragraph, follow_on in sorted(items, key=lambda it: (it[0], it[2])):
            if not follow_on:
                mention = self.text[subj[0]:subj[1]]
                at = self.paragraph_of(subj[0])
                context = None  # he/she look back to the last person speaker; they/it to the last speaker
                if last_person and mention.lower() not in {"they", "it"}:
                    context = (last_person[0], "person", at - last_person[1] <= 2, at == last_person[1])
                    subject = self.narrative_subject(last_person[2], subj[0], mention.lower())
                    if subject is not None:
                        # "Mr Mubanga is the first ... He told the Observer": a person who opens a sentence since
                        # the last speaker is who "he" is now
                        context = (subject.name, "person", True, True)
                elif previous:
                    context = (previous[1], previous[3], at - previous[0] <= 2, at == previous[0])
                if mention.lower() == "it" and previous and previous[0] >= at - 1 and self.is_document(previous[2]):
                    speaker, stype = previous[1], previous[3]  # "according to the letter ... It said": its writer
                else:
                    speaker, stype = classify_source(mention, subj[1], self.people, context,
                                                     self.paragraphs[at][0], content=self.reported_before(subj[0], span))
                if stype in {"media", "unknown"} and (author := self.document_author(speaker, subj[0])):
                    speaker, stype = author  # "the letter said" after "Kory Langhofer wrote a letter"
                if stype in {"organization", "media", "unknown"} and BodyNames.may_expand(speaker, listed=True):
                    speaker = self.bodies.expand(speaker, subj[0])
                elif stype == "organization" and speaker[:4].lower() == "the " and " " not in speaker[4:]:
                    speaker = self.bodies.expand_head(speaker, subj[0])  # "the committee": the Ethics Committee
                elif stype == "person" and " " not in speaker and BodyNames.may_expand(speaker) \
                        and (body := self.bodies.expand(speaker, subj[0], bodies_only=True)) != speaker:
                    # "Commerce said" after "the U.S. Commerce Department": a word of a body the article named,
                    # not a person called Commerce (no one in the article has that name)
                    speaker, stype = body, "organization"
                cue_text = self.text[cue[0]:cue[1]]
            elif (inherit := previous if kind == "direct" else previous_quote) and \
                    self.paragraph_of(span[0]) - inherit[0] <= 1:
                # a follow-on quote takes the previous speaker; a cue-less fragment only a quote's speaker
                speaker, mention, stype, cue_text = inherit[1:]
            elif kind == "direct":
                speaker, mention, stype, cue_text = UNRESOLVED, "", "unresolved", ""
            else:
                continue  # a partial quote with no cue: a scare quote
            out.append((kind, span, speaker, mention, stype, cue_text))
            previous = (paragraph, speaker, mention, stype, cue_text)
            if kind != "indirect":
                previous_quote = previous
            if stype == "person":
                last_person = (speaker, paragraph, span[1] if follow_on else max(span[1], subj[1]))
        out = [piece for row in out for piece in self.by_paragraph(row)]
        # one row per (content, cue): the same clause found twice is kept once
        seen, rows = set(), []
        for row in sorted(out, key=lambda r: (r[1][0], r[1][1], r[0], r[5])):
            key = (row[1], row[5])
            if key not in seen:
                seen.add(key)
                rows.append(row)
        return rows


def _records(text: str, article_id: str, people: set | None = None, location: str = "text") -> list[tuple]:
    """Attribution rows of one text as tuples in :data:`RECORD_COLUMNS` order; the full names it mentions are added to
    ``people`` when given. ``location``: ``"text"`` (paragraph = the paragraph of ``start``) or ``"title"`` (the
    headline read as a one-paragraph text of its own; paragraph = -1)."""
    return _article_records(_Article(text), article_id, people, location)


def _article_records(art: _Article, article_id: str, people: set | None, location: str) -> list[tuple]:
    """:func:`_records` of a text already read."""
    text = art.text
    if people is not None:
        people.update(mt.person.name for mt in art.people if " " in mt.person.name)
    paragraph = art.paragraph_of if location == "text" else (lambda _: -1)
    return [(article_id, kind, text[lo:hi], speaker, mention, stype, cue, location, lo, hi, paragraph(lo),
             count_words(text[lo:hi]))
            for kind, (lo, hi), speaker, mention, stype, cue in art.rows()]


# -- headlines ---------------------------------------------------------------------------------------------------
# Tuple positions of a record (RECORD_COLUMNS order).
_SPEAKER, _MENTION, _TYPE, _CUE, _START, _END, _N_WORDS = 3, 4, 5, 6, 8, 9, 11
_NORMAL_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
# a headline's own source convention, outside quotation marks: "Lords wrong on detainees - Straw",
# "Trump to visit Israel next week: Politico" (trailing); "Straw: detainees were wrong" (leading, people only)
_TRAILING_SOURCE = re.compile(r"^(?P<content>.*?\S)(?:\s+[-–—―]\s+|:\s+)(?P<source>[^-–—―:]+?)[.\s]*$")
_LEADING_SOURCE = re.compile(r"^(?P<source>[^-–—―:]+?):\s+(?P<content>\S.*?)[.\s]*$")
_HEADLINE_SOURCE_TYPES = {"media", "organization", "anonymous"}  # a person only when the body names them
_HEADLINE_LABEL = re.compile(r"[A-Z][\w-]*:\s+")  # "Exclusive: ", "Factbox: " before a trailing source's content


def _normal_words(text: str) -> list[str]:
    """Words compared between a headline and its body: lower case, apostrophes removed, no punctuation."""
    return _NORMAL_WORD.findall(text.lower().translate(_APOSTROPHES))


def _contains(words: list[str], part: list[str]) -> bool:
    """``part`` is a run of consecutive words of ``words``."""
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _stem(word: str) -> str:
    """A word's first five letters: ``truanted`` and ``truant``, ``discriminated`` and ``discriminate`` agree."""
    return word[:5]


def _content_stems(words: list[str]) -> set[str]:
    return {_stem(w) for w in words if w not in STOP_WORDS and not w.isdigit()}


def _body_speaker(quoted: str, body: list[tuple]) -> tuple | None:
    """``(speaker, speaker_type)`` of the body attribution that says what the headline quotes; None when none does.

    In order: the body's first attribution (in text order, any kind) whose content holds the headline's quoted
    words as a run of normalised words (verbatim); else the first whose content holds every content word of the
    quote, when it has two or more (stop words aside, words compared on their first five letters: the headline's
    ``'proud of economy record'`` in ``he was proud of his party's record on the economy``; a one-word quote such
    as ``'no Welsh'`` must be verbatim)."""
    part = _normal_words(quoted)
    contents = [_normal_words(row[2]) for row in body]
    for row, words in zip(body, contents):
        if _contains(words, part):
            return row[_SPEAKER], row[_TYPE]
    stems = _content_stems(part)
    for row, words in zip(body, contents):
        if len(stems) >= 2 and stems <= {_stem(w) for w in words}:
            return row[_SPEAKER], row[_TYPE]
    return None


def _body_person(name: str, candidates: set) -> str | None:
    """The one person of the body that a headline's speaker names: the full name that is ``name`` or ends with it
    (``Straw`` → ``Jack Straw``); None when none or several do."""
    words = name.split()
    hits = {c for c in candidates if c.split()[-len(words):] == words} if words else set()
    return hits.pop() if len(hits) == 1 else None


def _headline_source(title: str, article_id: str, candidates: set, title_people: list) -> list[tuple]:
    """One indirect row for a headline that gives its source by the headline convention (no quotation marks):
    ``content - Source`` or ``content: Source`` (the source a body, outlet or unnamed source, or a person the body
    names), or ``Person: content`` (a person the body names). The content has three words or more, the source at
    most four; a one-word label before a trailing source's content (``Exclusive: ``) is not part of it."""
    for pattern, cue_at in ((_TRAILING_SOURCE, "content"), (_LEADING_SOURCE, "source")):
        m = pattern.match(title)
        if not m or count_words(m["content"]) < 3 or not 0 < count_words(m["source"]) <= 4:
            continue
        src_lo, src_hi = m.span("source")
        speaker, stype = classify_source(m["source"], src_hi, title_people)
        if stype == "person":
            speaker = _body_person(speaker, candidates)
        elif cue_at == "source" or stype not in _HEADLINE_SOURCE_TYPES:
            speaker = None
        if speaker is None:
            continue
        lo, hi = m.span("content")
        label = _HEADLINE_LABEL.match(title, lo) if cue_at == "content" else None
        if label and count_words(title[label.end():hi]) >= 3:
            lo = label.end()
        cue = (title[m.end("content"):src_lo] if cue_at == "content" else title[src_hi:lo]).strip()
        return [(article_id, "indirect", title[lo:hi], speaker, m["source"], stype, cue, "title", lo, hi, -1,
                 count_words(title[lo:hi]))]
    return []


def _may_attribute(title: str) -> bool:
    """Whether a headline can hold an attribution at all: a quote mark, a colon or spaced dash (``X - Straw``), or
    a reporting verb. Most headlines have none, and reading them with every rule cost a tenth of the extraction."""
    if any(c in title for c in _HEADLINE_MARKS) or _SPACED_DASH.search(title):
        return True
    verbs = lexicon().verbs
    return any(w.lower() in verbs for w in _LETTERS.findall(title))


def _title_records(title: str, article_id: str, body: list[tuple], body_people: set,
                   people: set | None = None) -> list[tuple]:
    """Attribution rows of a headline (``location = "title"``, offsets into the title, paragraph -1).

    The headline is read by the body's rules as a one-paragraph text (:func:`_records`), then:

    * a quotation with no cue in the headline (``UK 'needs true immigration data'``) takes the speaker of the
      body's first attribution whose content holds the quoted words (:func:`_body_speaker`), with an empty cue and
      speaker_mention (nothing in the headline names the speaker); a cue-less fragment the body does not attribute
      is a scare quote and is dropped; a cue-less full-sentence quotation the body does not attribute stays
      ``unresolved``;
    * a person the headline names (``Straw``) takes the full name of the one person of the body with that name
      (``Jack Straw``);
    * a headline with no row so far may give its source by the headline convention (:func:`_headline_source`).
    """
    candidates = body_people | {r[_SPEAKER] for r in body if r[_TYPE] == "person"}
    art = _Article(title)  # read once: its rows, quotations and people serve every rule below
    rows = _article_records(art, article_id, people, "title")
    out = []
    for row in rows:
        if row[_TYPE] == "unresolved" and not row[_CUE] and not row[_MENTION]:
            found = _body_speaker(row[2], body)
            if found:
                row = row[:_SPEAKER] + (found[0], "", found[1], "") + row[_CUE + 1:]
        elif row[_TYPE] == "person" and (full := _body_person(row[_SPEAKER], candidates)):
            row = row[:_SPEAKER] + (full,) + row[_SPEAKER + 1:]
        out.append(row)
    # fragments the rules dropped for want of a cue (scare quotes in a body) are kept when the body quotes them
    taken = [(r[_START], r[_END]) for r in rows]
    for q in art.quotes:
        if q.end > q.start and not any(min(q.end, e) > max(q.start, s) for s, e in taken):
            found = _body_speaker(title[q.start:q.end], body)
            if found:
                out.append((article_id, "partial", title[q.start:q.end], found[0], "", found[1], "", "title",
                            q.start, q.end, -1, count_words(title[q.start:q.end])))
    return out or _headline_source(title, article_id, candidates, art.people)


def sort_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by article_id, location (title first), start, end, kind; index 0..n-1."""
    key = rows.assign(_body=rows["location"] != "title")
    return (key.sort_values(["article_id", "_body", "start", "end", "kind"], kind="mergesort")
            .drop(columns="_body").reset_index(drop=True))


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in {"start", "end", "paragraph", "n_words", "n_quoted_words"}
                                      else "object")
                         for c in COLUMNS})


def extract_article(text: str, article_id: str = "") -> pd.DataFrame:
    """Attribution rows of one text (see :func:`extract_quotes`; ``location`` is ``"text"``)."""
    art = _Article(text)
    records = _article_records(art, article_id, None, "text")
    return _frame(records, _extras(records, art, art.text, art.quotes))


def extract_quotes(articles: pd.DataFrame, *, scheduler: str | None = None, workers: int | None = None,
                   progress: bool | None = None, aliases=None) -> pd.DataFrame:
    """One row per attribution in every article, in its body (``text``) and in its headline (``title``).

    Columns: article_id, kind (direct, partial, indirect), text (the content, quote marks
    excluded), speaker (canonical: one name per person across the corpus, see
    :mod:`analysis.quotes.aliases`), speaker_mention (as written at the cue), speaker_type (person, anonymous,
    organization, media, unresolved, unknown), cue (reporting verb or phrase as written), location (``text``: the
    article's clean text; ``title``: its headline, when the table has a ``title`` column and the value is a
    non-empty string), start, end (offsets of ``text`` in the article's clean text, or in the title),
    paragraph (0-based; -1 in the title), n_words. Sorted by article_id, location (title first), start, end,
    kind. Headline rows follow the body's rules, plus those of :func:`_title_records` (a cue-less headline
    quotation takes the speaker of the body's attribution that holds its words). ``progress``: a progress bar
    (None: only if extraction lasts; :mod:`analysis.progress`). ``aliases``: user aliases (a CSV path or
    a table with columns ``alias,speaker``) for :func:`~analysis.quotes.aliases.canonical_speakers`.
    """
    if is_dask(articles):  # its partitions are on a cluster already: computed there, by default
        executor = executor_for(scheduler=scheduler or client_of(articles).scheduler.address, workers=workers)
        parts = executor.client.compute(list(articles.to_delayed()))
    else:
        executor = executor_for(articles, scheduler=scheduler, workers=workers)
        parts = executor.split(articles)
    # map: rows and mentioned names per partition (a bar only in this process: workers have no terminal)
    found = executor.map(extract_rows, parts, progress=progress if executor.kind == SYNC else False)
    rows, people = combine_rows(found)
    return canonical_speakers(rows, aliases=aliases, mentioned=people)  # finish: over the whole corpus


def combine_rows(found: list[tuple[pd.DataFrame, frozenset]]) -> tuple[pd.DataFrame, frozenset]:
    """The reduce step: the rows of every partition (in partition order) as one table sorted as
    :func:`extract_rows` sorts, and the union of the names they mention."""
    people = frozenset().union(*(names for _, names in found))
    frames = [rows for rows, _ in found if not rows.empty]
    if not frames:
        return _empty(), people
    return sort_rows(pd.concat(frames, ignore_index=True)), people


def extract_rows(articles: pd.DataFrame, *, progress: bool | None = None) -> tuple[pd.DataFrame, frozenset]:
    """:func:`extract_quotes` of a pandas table before the speakers are made canonical across the corpus, and the
    full names of the people the articles mention (quoted or not; headlines included)."""
    # one frame for the corpus: building a frame per article cost more than some of the extraction
    titles = articles["title"] if "title" in articles.columns else [None] * len(articles)
    items = track(list(zip(articles["article_id"], articles["text"], titles)), "extracting quotes", progress=progress)
    people: set = set()
    records, extras = [], []
    for aid, text, title in items:
        body_people: set = set()
        art = _Article(text)
        body = _article_records(art, aid, body_people, "text")
        people |= body_people
        if isinstance(title, str) and _may_attribute(title):
            head = _title_records(title, aid, body, body_people, people)
            records.extend(head)
            extras.extend(_extras(head, art, title, quote_spans(title, [(0, len(title))])))
        records.extend(body)
        extras.extend(_extras(body, art, art.text, art.quotes))
    if not records:
        return _empty(), frozenset(people)
    return sort_rows(_frame(records, extras)), frozenset(people)


def _extras(records: list[tuple], art: _Article, text: str, quotes) -> list[tuple[str, str, int]]:
    """``(role, quoted_text, n_quoted_words)`` of each record of ``text`` (the body or the headline; ``quotes``: its
    quotations).

    role: the speaker's role as the article's body gives it (:mod:`analysis.quotes.roles`; ``""`` for speakers that
    are not named people or have none). quoted_text: the words inside quote marks (a direct quote's text; the
    quoted fragments of a partial attribution's clause, joined by `` … ``; empty for indirect speech)."""
    names = {r[_SPEAKER] for r in records if r[_TYPE] == "person"}
    roles = person_roles(art.text, art.people, names, art.tokens) if names else {}
    out = []
    for r in records:
        role = roles.get(r[_SPEAKER], "") if r[_TYPE] == "person" else ""
        if r[1] == "direct":
            out.append((role, r[2], r[_N_WORDS]))
        elif r[1] == "partial":
            inside = [text[q.start:q.end] for q in quotes if r[_START] <= q.start and q.end <= r[_END]]
            out.append((role, " … ".join(inside), sum(map(count_words, inside))))
        else:
            out.append((role, "", 0))
    return out


def _frame(records: list[tuple], extras: list[tuple[str, str, int]]) -> pd.DataFrame:
    """The quotes table of record tuples and their :func:`_extras`, in :data:`COLUMNS` order."""
    frame = pd.DataFrame(records, columns=RECORD_COLUMNS)
    extra = pd.DataFrame(extras, columns=["role", "quoted_text", "n_quoted_words"], index=frame.index)
    return pd.concat([frame, extra], axis=1)[COLUMNS]
