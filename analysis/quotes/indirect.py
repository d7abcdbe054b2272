"""Reported speech outside quotation marks: ``X <verb> (that) ...``, ``X vowed to ...``, ``..., X said.``,
``according to X, ...``, statement nouns (``assurances from X that ...``); the content ends at the sentence end or
before ``, but``/``, although``/``, while``, and before the next coordinated cue of its sentence."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from ..units import count_words
from .clauses import Clauses, ED_END, is_aux, PREP_OR_CLAUSE
from .lexicon import DETERMINERS, lexicon, MONTHS, PREPOSITIONS, PRONOUNS, TIME_WORDS


_CONTENT_STOP = re.compile(r",\s+(?:but|although|though|while|whereas|even though|even as)\s+(?!that\b)", re.I)
_WRITING = frozenset({"write", "post", "tweet"})  # verbs whose object may be the thing written, not what it says
_ADDING = frozenset({"adding", "saying", "noting", "arguing", "insisting", "warning", "explaining"})
_FINITE = frozenset("would will was were is are had has could should must can might did does shall".split())
_ADJUNCT_START = frozenset({"on", "in", "at", "during"}) | TIME_WORDS  # "said on Friday", "said last week"


def _is_time_token(token: str) -> bool:
    """A word of a time adjunct: ``Friday``, ``July``, ``last``, ``week``, ``2016``."""
    low = token.lower()
    return low in TIME_WORDS or low in MONTHS or token.isdigit()


_NOT_CLAUSE = frozenset("to so that yes no nothing something anything goodbye hello more less little much what how why "
                        "whether if when where who which as".split())
_PARTICIPLE_CUES = frozenset("say add tell note argue claim insist warn explain state write".split())
_TOKEN = itemgetter(2)
_PREP_OR_TIME = PREPOSITIONS | TIME_WORDS
_PRONOUN_OR_THERE = PRONOUNS | {"there"}
_NOT_CLAUSE_START = PREPOSITIONS | TIME_WORDS | _NOT_CLAUSE
_CLAUSE_SUBJECT = PRONOUNS | {"there", "this", "these", "those"}
_DETERMINERS_NOT_THAT = DETERMINERS - {"that"}
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


@lru_cache(maxsize=1)
def _indirect_cues() -> frozenset:
    """The words (lower case) that can start an indirect row; nothing else can."""
    return frozenset(lexicon().verbs.keys() | {"according", "that"})


class ReportedSpeech(Clauses):
    """Rules of indirect speech, one sentence at a time."""

    def indirect(self):
        rows = []
        cues = _indirect_cues()
        tokens = self.tokens
        # prefilter: the rules below start only at a cue token, so a sentence with none yields nothing. The starts
        # of the whole text's cue tokens, found in one pass; a sentence holding none of them is skipped unless one of
        # its ends cuts a token (then its own tokens are read again and could differ from the whole text's)
        cue_starts = [t[0] for t in compress(tokens.all, map(cues.__contains__, map(str.lower, map(_TOKEN, tokens.all))))]
        for _, s_lo, s_hi in self.sentences:
            i = bisect_left(cue_starts, s_lo)
            if (i == len(cue_starts) or cue_starts[i] >= s_hi) and not tokens.inside_token(s_lo) \
                    and not tokens.inside_token(s_hi):
                continue
            toks = tokens.between(s_lo, s_hi)
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
                if low.endswith("s") and nxt and (is_aux(nxt) or self.lx.verb(nxt)):
                    continue  # "local reports said": a plural noun, not a verb
                if low in _AMBIGUOUS_CUES and nxt.lower() not in _CLAUSE_SUBJECT | DETERMINERS:
                    continue  # "Democratic state attorneys general", "states like Iowa", "a think tank"
                if low in _NOUN_CUES and k > 1 and toks[k - 1][2].islower() and not is_aux(toks[k - 1][2]) \
                        and toks[k - 2][2].lower() in {"a", "an", "the"} \
                        and nxt and (is_aux(nxt) or ED_END.search(nxt) or self.lx.verb(nxt)):
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
        while j >= 0 and is_aux(toks[j][2]):
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
                t[2].lower() in _FINITE or ED_END.search(t[2]) for t in rest[1:9])  # "wrote a letter to X"
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
                    and toks[n - 2][2].isalpha() and toks[n - 2][2].lower() not in PREP_OR_CLAUSE:
                subj = self.subject_before(toks, n - 2, 0)
                if subj:
                    return [("indirect", content, subj, (toks[n - 2][0], toks[n][1]))]
            if n + 1 < k and toks[n + 1][2].lower() in {"from", "by", "of"}:
                src = (toks[n + 2][0], toks[k - 1][1]) if n + 2 < k else None
                return [("indirect", content, src, (toks[n][0], toks[n][1]))] if src else []
            return []
        return []
