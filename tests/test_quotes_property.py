"""Property: text with random quote marks never crashes and no quotation exceeds its paragraph,
unless the next paragraph re-opens it (the multi-paragraph convention)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import extract_article
from analysis.quotes.marks import quote_spans
from analysis.units import paragraph_spans

PIECES = ["“", "”", '"', "‘", "’", "'", "''", " ", "\n\n", "\n", ",", ".", " said ", " he ", "Mr Blair", "Israel’s",
          "’90s", "s’ ", "word", "We", " - ", ": ", "according to ", "officials"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_random_quote_marks(pieces):
    text = "".join(pieces)
    paras = paragraph_spans(text)
    spans = quote_spans(text, paras)
    for q in spans:
        assert 0 <= q.start <= q.end <= len(text)
        first, last = q.paragraph, q.last_paragraph
        assert paras[first][0] <= q.open_at and q.end <= paras[last][1]
        for p in range(first + 1, last + 1):  # every paragraph the quote enters re-opens with an opening mark
            lead = text[paras[p][0]:].lstrip()  # (a ” that starts a paragraph opens: marks.py)
            assert lead[:1] in "“\"‘'«”"
    out = extract_article(text, "x")
    multi = {(q.start, q.end) for q in spans if q.last_paragraph > q.paragraph}
    for s, e in zip(out["start"], out["end"]):
        assert 0 <= s <= e <= len(text)
        if (s, e) not in multi:  # every other row (quotes and reported speech) stays inside one paragraph
            assert any(ps <= s and e <= pe for ps, pe in paras)


def test_a_right_single_mark_opening_a_paragraph_does_not_reopen_a_quote():
    # found by the property above: "‘", a paragraph break, then "’“’"
    text = "‘\n\n’“’"
    for q in quote_spans(text, paragraph_spans(text)):
        assert q.last_paragraph == q.paragraph
