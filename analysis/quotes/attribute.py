"""One article's attribution rows: quotations and reported speech together, speakers resolved in text order
(pronouns, documents and bodies resolved; a follow-on quote inherits the previous speaker; a partial quote with no
cue is a scare quote and is dropped), a quotation over several paragraphs split into one row per paragraph.

Rows are record tuples in :data:`RECORD_COLUMNS` order (the ``*_FIELD`` constants index them)."""
from __future__ import annotations

import re
from functools import cached_property

from ..units import count_words
from .cues import is_name_of_a_work, QuoteCues
from .indirect import ReportedSpeech
from .marks import mark_width
from .speakers import BodyNames, classify_source, only_titles, UNRESOLVED


#: Fields of a record tuple, in order (the rules build tuples; the role is added per article at the end).
RECORD_COLUMNS = ["article_id", "kind", "text", "speaker", "speaker_mention", "speaker_type", "cue", "location",
                  "start", "end", "paragraph", "n_words"]
#: Positions in a record tuple (:data:`RECORD_COLUMNS` order) of the fields the later stages read.
SPEAKER_FIELD, MENTION_FIELD, TYPE_FIELD, CUE_FIELD, START_FIELD, END_FIELD, N_WORDS_FIELD = 3, 4, 5, 6, 8, 9, 11
_OPENING_MARKS = frozenset("“\"‘'«")
_CLOSING_MARKS = frozenset("”\"’'»")
_CONJUNCTIONS = frozenset({"and", "but", "so"})
#: "Langhofer's letter", "Fusion's court document" / "Kory Langhofer ... wrote a letter", "X said in a court
#: filing": the name that owns or wrote a document (``{head}`` is the document's head noun).
_AUTHOR_PATTERN = (r"(?P<owner>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)['’]s?\s+(?:[\w-]+\s+){{0,2}}{head}\b"
                   r"|(?P<writer>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)(?:,[^,.]{{0,80}},)?\s+(?:wrote|sent|signed"
                   r"|filed|released|issued|said|argued)\s+(?:in\s+)?(?:a|an|the|his|her|its|their)\s+"
                   r"(?:[\w-]+\s+){{0,2}}{head}\b")


def article_records(art: Article, article_id: str, people: set | None, location: str) -> list[tuple]:
    """Attribution rows of an article already read.

    Parameters
    ----------
    art : Article
        The text read (a body, or a headline read as a one-paragraph text of its own).
    article_id : str
        The first field of every record.
    people : set, optional
        When given, the full names the text mentions are added to it.
    location : str
        ``"text"`` (paragraph = the paragraph of ``start``) or ``"title"`` (paragraph = -1).

    Returns
    -------
    list of tuple
        Records in :data:`RECORD_COLUMNS` order, in the order of :meth:`Article.rows`.
    """
    text = art.text
    if people is not None:
        people.update(mt.person.name for mt in art.people if " " in mt.person.name)
    paragraph = art.paragraph_of if location == "text" else (lambda _: -1)
    return [(article_id, kind, text[lo:hi], speaker, mention, stype, cue, location, lo, hi, paragraph(lo),
             count_words(text[lo:hi]))
            for kind, (lo, hi), speaker, mention, stype, cue in art.rows()]


class Article(QuoteCues, ReportedSpeech):
    """An article with every attribution rule: :meth:`rows` gives its attributions."""

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

    def reported_before(self, pos: int, span: tuple[int, int]) -> tuple[int, int]:
        """What a source at ``pos`` reports: its row's ``span``, or with a trailing cue (``..., he claimed``) the
        stretch of the sentence before the comma, where the people named are not the speaker."""
        if self.comma_before(pos) is not None:
            lo, _ = self.sentence_of(pos)
            return min(lo, span[0]), max(pos, span[1])
        return span

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

    def rows(self):
        """Every attribution row, speakers resolved in text order over quotes and indirect speech together."""
        items = []  # (anchor, kind, (lo, hi), mention span or None, cue span or None, paragraph, follow_on)
        quote_cues = {}  # cue start -> the quotations it cues
        indirect = self.indirect()
        clause_of = {cue[0]: content for _, content, _, cue in indirect}  # cue start -> its reported clause
        clauses = list(clause_of.values())
        for idx, q in enumerate(self.quotes):
            next_open = self.quotes[idx + 1].open_at if idx + 1 < len(self.quotes) else len(self.text)
            para_hi = self.paragraphs[q.last_paragraph][1]
            last = self.quotes[idx - 1] if idx > 0 else None
            prev_close = last.close_at + mark_width(self.text, last.close_at) if last and last.closed else 0
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
            if kind == "partial" and (is_name_of_a_work(self.text[q.start:q.end]) or self.is_a_term(q, clauses)):
                continue  # "Morning Joe", "Contract with America", "Miss Piggy", @handle: a name, not speech
            if found:
                quote_cues.setdefault(found[1][0], []).append((q.open_at, q.end))
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
            lo, hi = content
            if any(a < hi and lo < b for a, b in quote_cues.get(cue[0], ())):
                continue  # the clause holding a quotation of the same cue is that quotation's row
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
