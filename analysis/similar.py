"""Between articles: how alike two articles are, which share passages (wire copy, near-duplicates), which
quotations travel from article to article.

Three measures, each a tidy table:

* **TF-IDF cosine** (:func:`similarity_matrix`, :func:`similarity_pairs`, :func:`nearest_neighbours`,
  :func:`pair_cosines`): the package's term counts (:func:`analysis.terms.term_counts`: stop words out, the
  terms of notebook 01) weighted by scikit-learn's ``TfidfTransformer`` (smooth idf, l2 norm), so
  ``cosine(a, b) = Σ_t w_a[t] · w_b[t]`` with ``w = tf · idf / ‖tf · idf‖``. 1 = the same words in the same
  proportions; 0 = no term in common. It says "about the same thing", not "copied".
* **Shared passages** (:func:`near_duplicates`, :func:`shared_passages`): every article is cut into word
  :data:`SHINGLE`-grams (lower case, punctuation ignored); MinHash signatures (``datasketch``, :data:`NUM_PERM`
  permutations, fixed :data:`SEED`) and LSH at Jaccard :data:`LSH_THRESHOLD` propose candidate pairs without
  comparing every pair; each candidate is then checked exactly: a passage is a maximal run of consecutive
  shingles found in the same order in both articles, at least :data:`MIN_PASSAGE_WORDS` words long, mapped back
  to character offsets in each ``text``. ``shared_share_a = words of a inside shared passages / words of a``
  (same for b); a pair is reported when the larger share reaches ``min_shared`` (default
  :data:`MIN_SHARED`), so that a short story copied whole into a longer one is found.
* **Shared quotes** (:func:`shared_quotes`): the quoted words of :func:`analysis.extract_quotes` (direct quotes
  and the quoted fragments of partial ones), normalised (case, quote marks, punctuation, spacing), of at least
  :data:`MIN_QUOTE_WORDS` words, found in two articles or more: which groups carry each and its first and last date.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from itertools import chain

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .display import percent
from .groups import group_labels
from .terms import term_counts
from .tfidf import tfidf_weights

#: Words per shingle: five-word sequences rarely repeat by chance between two stories, and a copied paragraph
#: gives dozens of them; shorter shingles match stock phrases ("said in a statement").
SHINGLE = 5
#: MinHash permutations: the Jaccard estimate's standard error is about sqrt(J (1 - J) / NUM_PERM), 0.03 at 0.1.
NUM_PERM = 128
#: MinHash seed: the same corpus gives the same candidates on every run.
SEED = 1
#: Jaccard similarity of two articles' shingle sets at which LSH proposes them as a candidate pair (then checked
#: exactly, so a low threshold costs time, not precision). A story cut by a third and given a new ending has Jaccard
#: about 0.5 with its source; a short story copied whole into one ten times its length about 0.1; a pair sharing only
#: a quotation or a paragraph of a long story less, and may be missed (shared quotations: :func:`shared_quotes`).
LSH_THRESHOLD = 0.1
#: Shortest shared passage, in words: shorter runs are stock phrases and datelines.
MIN_PASSAGE_WORDS = 12
#: A pair is a near-duplicate when one article has at least this share of its words in shared passages.
MIN_SHARED = 0.2
#: Shortest quotation (after normalisation, in words) compared across articles: "a disaster" in two articles
#: is a common phrase, not a travelling quote.
MIN_QUOTE_WORDS = 5
#: Most articles a similarity matrix is built for (a dense n x n table); beyond, :func:`nearest_neighbours`.
MAX_MATRIX = 200
#: Rows of the cosine product computed at once in :func:`nearest_neighbours` (bounds its memory: rows x articles).
CHUNK = 256

PAIR_COLUMNS = ["article_a", "article_b", "cosine"]
NEIGHBOUR_COLUMNS = ["article_a", "rank", "article_b", "cosine"]
DUPLICATE_COLUMNS = ["article_a", "article_b", "cosine", "shared_share_a", "shared_share_b", "shared_passages",
                     "passage_words_a", "passage_words_b", "words_a", "words_b"]
PASSAGE_COLUMNS = ["article_a", "article_b", "passage", "start_a", "end_a", "start_b", "end_b", "n_words", "text"]
QUOTE_COLUMNS = ["quote", "text", "n_words", "articles", "groups", "n_groups", "first_date", "last_date",
                 "article_ids", "speakers"]


# --- TF-IDF cosine ------------------------------------------------------------------------------

def tfidf_vectors(articles: pd.DataFrame, *, counts=None) -> sp.csr_matrix:
    """The l2-normalised TF-IDF vector of each article (rows in the table's order).

    Parameters
    ----------
    articles : DataFrame
        The articles table.
    counts : TermCounts, optional
        :func:`analysis.terms.term_counts` of ``articles`` (made here when None).

    Returns
    -------
    csr_matrix
        ``w[d, t] = tf[d, t] · idf[t] / ‖tf[d] · idf‖`` with ``idf = ln((1 + n) / (1 + df)) + 1``
        (scikit-learn's ``TfidfTransformer``); an article without terms is a row of zeros.
    """
    counts = term_counts(articles) if counts is None else counts
    return tfidf_weights(counts.matrix)[0]


def similarity_matrix(articles: pd.DataFrame, *, counts=None) -> pd.DataFrame:
    """TF-IDF cosine of every pair of articles, as a square table for a heatmap.

    Parameters
    ----------
    articles : DataFrame
        The articles table, at most :data:`MAX_MATRIX` rows (use :func:`nearest_neighbours` beyond).
    counts : TermCounts, optional
        :func:`analysis.terms.term_counts` of ``articles``.

    Returns
    -------
    DataFrame
        Index and columns are the article ids; ``cosine(a, b) = w_a · w_b`` (:func:`tfidf_vectors`); the diagonal is
        1 (0 for an article without terms).
    """
    if len(articles) > MAX_MATRIX:
        raise ValueError(f"a similarity matrix of {len(articles):,} articles would have {len(articles) ** 2:,} cells; "
                         f"it is built for at most {MAX_MATRIX}: use nearest_neighbours() instead")
    vectors = tfidf_vectors(articles, counts=counts)
    dense = (vectors @ vectors.T).toarray()
    ids = articles["article_id"].astype(str).to_numpy()
    return pd.DataFrame(np.clip(dense, 0.0, 1.0), index=pd.Index(ids, name="article_a"),
                        columns=pd.Index(ids, name="article_b"))


def similarity_pairs(matrix: pd.DataFrame) -> pd.DataFrame:
    """Each pair of a similarity matrix once, as a tidy table.

    Parameters
    ----------
    matrix : DataFrame
        :func:`similarity_matrix`.

    Returns
    -------
    DataFrame
        Columns :data:`PAIR_COLUMNS`: ``article_a`` before ``article_b`` in the table's order, ``cosine``; most similar
        first.
    """
    values = matrix.to_numpy()
    i, j = np.triu_indices(len(values), k=1)
    ids = matrix.index.to_numpy()
    out = pd.DataFrame({"article_a": ids[i], "article_b": ids[j], "cosine": values[i, j]})
    return out.sort_values("cosine", ascending=False, kind="mergesort", ignore_index=True)


def nearest_neighbours(articles: pd.DataFrame, *, top: int = 5, counts=None) -> pd.DataFrame:
    """The ``top`` most similar articles to each article (TF-IDF cosine), without an n x n table.

    Parameters
    ----------
    articles : DataFrame
        The articles table.
    top : int
        Neighbours per article.
    counts : TermCounts, optional
        :func:`analysis.terms.term_counts` of ``articles``.

    Returns
    -------
    DataFrame
        Columns :data:`NEIGHBOUR_COLUMNS`: one row per article (``article_a``) and neighbour (``article_b``),
        ``rank`` 1 = most similar (ties: the earlier article); neighbours with cosine 0 are left out. The products are made :data:`CHUNK` articles at a
        time (memory: CHUNK x n floats).
    """
    vectors = tfidf_vectors(articles, counts=counts)
    ids = articles["article_id"].astype(str).to_numpy()
    n = len(ids)
    k = max(0, min(int(top), n - 1))
    rows = []
    for lo in range(0, n, CHUNK):
        block = (vectors[lo:lo + CHUNK] @ vectors.T).toarray()
        block[np.arange(len(block)), np.arange(lo, lo + len(block))] = -1.0  # not its own neighbour
        for r, scores in enumerate(block):
            order = np.argsort(-scores, kind="stable")[:k]
            for rank, j in enumerate(order, start=1):
                if scores[j] > 0:
                    rows.append((ids[lo + r], rank, ids[j], float(min(scores[j], 1.0))))
    return pd.DataFrame(rows, columns=NEIGHBOUR_COLUMNS)


def pair_cosines(vectors: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """TF-IDF cosine of chosen pairs of articles, without an n x n product.

    Parameters
    ----------
    vectors : csr_matrix
        :func:`tfidf_vectors`.
    a, b : ndarray
        Row positions: the pairs are ``(a[i], b[i])``.

    Returns
    -------
    ndarray
        ``Σ_t w[a[i], t] · w[b[i], t]`` for each pair, clipped to [0, 1] (rounding).
    """
    if len(a) == 0:
        return np.zeros(0)
    return np.clip(np.asarray(vectors[a].multiply(vectors[b]).sum(axis=1)).ravel(), 0.0, 1.0)


# --- shingles and MinHash --------------------------------------------------------------------------

#: A word for shingles: a run of letters and digits, an apostrophe inside it kept (``don't``); compared in lower
#: case. Hyphens, punctuation, quote marks and spacing separate words and are otherwise ignored, so that a copy
#: re-typeset with other quote marks or line breaks still matches.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Texts tokenised together when hashing shingles (bounds the token strings held at once).
TEXT_CHUNK = 2000


def words_of(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of each :data:`WORD` of ``text``, lower case: what shingles are made of."""
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


def _word_hash(word: str) -> int:
    # CRC-32 of the UTF-8 bytes: the same on every run (Python's str hash is salted per process)
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) + 1


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: spreads the bits of each 64-bit value."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _shingles_of(h: np.ndarray, size: int) -> np.ndarray:
    """Shingle hashes of one text from its word hashes ``h``."""
    if not len(h):
        return np.zeros(0, dtype=np.uint64)
    size = min(size, len(h))
    n = len(h) - size + 1
    out = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(size):  # a polynomial of the word hashes, mixed at each step: order matters
            out = _mix(out * np.uint64(0x100000001B3) + h[j:j + n])
    return out & np.uint64(0xFFFFFFFF)


def shingle_hashes(words: list[str], size: int = SHINGLE) -> np.ndarray:
    """A 32-bit hash of each run of ``size`` consecutive ``words``, in order (``len(words) - size + 1`` values; a
    text shorter than ``size`` words has one shingle, itself). The same words give the same hashes on every run."""
    return _shingles_of(np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words)), size)


def shingle_sets(texts, size: int = SHINGLE, *, progress: bool | None = None) -> list[np.ndarray]:
    """The distinct :func:`shingle_hashes` of each text, sorted (``uint32``: 4 bytes a shingle), the texts tokenised
    :data:`TEXT_CHUNK` at a time and each distinct word hashed once."""
    from .progress import bar

    texts = list(texts)
    out: list[np.ndarray] = []
    known: dict[str, int] = {}  # each distinct word hashed once per call
    with bar(len(texts), "shingling", progress=progress) as shown:
        for lo in range(0, len(texts), TEXT_CHUNK):
            tokens = [WORD.findall(str(t).lower()) for t in texts[lo:lo + TEXT_CHUNK]]
            flat = list(chain.from_iterable(tokens))
            codes, uniques = pd.factorize(pd.Index(flat, dtype=object)) if flat else (np.zeros(0, int), [])
            hashes = np.fromiter((known[u] if u in known else known.setdefault(u, _word_hash(u)) for u in uniques),
                                 dtype=np.uint64, count=len(uniques))[codes]
            bounds = np.concatenate([[0], np.cumsum([len(t) for t in tokens])])
            out.extend(np.unique(_shingles_of(hashes[bounds[k]:bounds[k + 1]], size)).astype(np.uint32)
                       for k in range(len(tokens)))
            shown.update(len(tokens))
    return out


def _identity(value):
    return value


def _minhash(shingles: np.ndarray):
    from datasketch import LeanMinHash, MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity)
    if len(shingles):
        m.update_batch(shingles.tolist())
    return LeanMinHash(m)


def candidate_pairs(shingles: list[np.ndarray], *, progress: bool | None = None) -> list[tuple[int, int]]:
    """Pairs of positions ``(i, j)``, ``i < j``, likely to share passages, sorted. ``shingles``: each article's
    distinct shingle hashes (:func:`shingle_sets`).

    Each set gets a MinHash (:data:`NUM_PERM` permutations, seed :data:`SEED`); ``datasketch.MinHashLSH`` at
    Jaccard :data:`LSH_THRESHOLD` (64 bands of 2 rows) returns the pairs whose estimated Jaccard similarity
    ``|a ∩ b| / |a ∪ b|`` is likely above it, without comparing every pair."""
    from datasketch import MinHashLSH

    from .progress import track

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    signatures = {}
    with lsh.insertion_session() as session:
        for i, s in enumerate(track(shingles, "hashing shingles", progress=progress)):
            if len(s):
                signatures[i] = _minhash(s)
                session.insert(i, signatures[i], check_duplication=False)
    pairs = set()
    for i, m in signatures.items():
        pairs.update((i, j) for j in lsh.query(m) if j > i)
    return sorted(pairs)


# --- exact shared passages ------------------------------------------------------------------------

def _aligned_runs(sa: np.ndarray, sb: np.ndarray) -> list[tuple[int, int, int]]:
    """``(start_a, start_b, shingles)`` of the maximal runs of shingles of ``a`` found consecutively in ``b``."""
    first_b: dict[int, list[int]] = {}
    for pos, h in enumerate(sb.tolist()):
        first_b.setdefault(h, []).append(pos)
    la, lb = sa.tolist(), sb.tolist()
    runs, i = [], 0
    while i < len(la):
        starts = first_b.get(la[i])
        if not starts:
            i += 1
            continue
        best, best_start = 0, starts[0]
        for p in starts[:32]:  # the occurrence in b that continues longest (of the first 32: a text repeating one
            # phrase a thousand times must not cost a million comparisons)
            t = 0
            while i + t < len(la) and p + t < len(lb) and la[i + t] == lb[p + t]:
                t += 1
            if t > best:
                best, best_start = t, p
        runs.append((i, best_start, best))
        i += best
    return runs


def _covered(spans: list[tuple[int, int]], n: int) -> int:
    """Words of ``n`` covered by the word ranges ``spans`` (overlaps counted once)."""
    mask = np.zeros(n, dtype=bool)
    for lo, hi in spans:
        mask[lo:hi] = True
    return int(mask.sum())


def _passages(words_a, words_b, sa, sb, size):
    """Passages ``(word_start_a, word_end_a, word_start_b, word_end_b)`` shared by two articles (words, end excluded),
    at least :data:`MIN_PASSAGE_WORDS` long."""
    out = []
    for ia, ib, t in _aligned_runs(sa, sb):
        n_words = t + min(size, len(words_a)) - 1
        if n_words >= MIN_PASSAGE_WORDS:
            out.append((ia, ia + n_words, ib, ib + n_words))
    return out


def _may_share(ua: np.ndarray, ub: np.ndarray, min_shared: float) -> bool:
    """Whether two sorted sets of shingles share enough for a passage and for ``min_shared`` (exact counts; a
    word share is at most about 1.5 times the share of shingles, so half of ``min_shared`` is a safe floor)."""
    shared = len(np.intersect1d(ua, ub, assume_unique=True))
    if shared < MIN_PASSAGE_WORDS - SHINGLE + 1:
        return False
    return shared / max(min(len(ua), len(ub)), 1) >= min_shared / 2


def _pair(text_a: str, text_b: str):
    """Words (``(word, start, end)``), shingles and shared passages of two texts."""
    words_a, words_b = words_of(text_a), words_of(text_b)
    sa = shingle_hashes([w for w, _, _ in words_a])
    sb = shingle_hashes([w for w, _, _ in words_b])
    return words_a, words_b, _passages(words_a, words_b, sa, sb, SHINGLE)


def text_passages(text_a: str, text_b: str) -> pd.DataFrame:
    """The passages two texts share (any two, with no LSH step: for a pair chosen by hand).

    Returns
    -------
    DataFrame
        Columns ``passage, start_a, end_a, start_b, end_b, n_words, text``: each maximal run of :data:`SHINGLE`-word
        shingles found in the same order in both, at least :data:`MIN_PASSAGE_WORDS` words, with its character
        offsets in each text and its text as written in ``text_a``.
    """
    spans_a, spans_b, found = _pair(text_a, text_b)
    rows = [(k, spans_a[a0][1], spans_a[a1 - 1][2], spans_b[b0][1], spans_b[b1 - 1][2], a1 - a0,
             text_a[spans_a[a0][1]:spans_a[a1 - 1][2]]) for k, (a0, a1, b0, b1) in enumerate(found, start=1)]
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS[2:])


def near_duplicates(articles: pd.DataFrame, *, min_shared: float = MIN_SHARED, counts=None,
                    progress: bool | None = None, passages: bool = False):
    """Pairs of articles that share long passages (wire copy, a story republished with edits).

    Parameters
    ----------
    articles : DataFrame
        The articles table.
    min_shared : float
        Keep a pair when ``max(shared_share_a, shared_share_b) >= min_shared``; 0 keeps every pair with a shared
        passage.
    counts : TermCounts, optional
        :func:`analysis.terms.term_counts` of ``articles``, for the ``cosine`` column.
    progress : bool, optional
        A progress bar while hashing (None: only if it lasts).
    passages : bool
        Also return the passages (then a tuple ``(pairs, passages)``).

    Returns
    -------
    DataFrame, or (DataFrame, DataFrame)
        Pairs, columns :data:`DUPLICATE_COLUMNS`, sorted by the larger share: ``shared_share_a =
        passage_words_a / words_a`` where ``passage_words_a`` counts the words of ``a`` inside its shared passages and
        ``words_a`` all its words (word tokens, as shingled); ``shared_passages`` is the number of passages;
        ``cosine`` the TF-IDF cosine of the pair. Passages (:data:`PASSAGE_COLUMNS`): one row per passage with its
        character offsets in each article's ``text`` and its text as written in ``a``.
    """
    texts = articles["text"].fillna("").astype(str).tolist()
    unique = shingle_sets(texts, progress=progress)
    ids = articles["article_id"].astype(str).to_numpy()
    rows, passage_rows = [], []
    for i, j in candidate_pairs(unique, progress=progress):
        if not _may_share(unique[i], unique[j], min_shared):
            continue
        spans_a, spans_b, found = _pair(texts[i], texts[j])
        if not found:
            continue
        share_a = _covered([(a0, a1) for a0, a1, _, _ in found], len(spans_a))
        share_b = _covered([(b0, b1) for _, _, b0, b1 in found], len(spans_b))
        sa, sb = share_a / max(len(spans_a), 1), share_b / max(len(spans_b), 1)
        if max(sa, sb) < min_shared:
            continue
        rows.append((i, j, sa, sb, len(found), share_a, share_b, len(spans_a), len(spans_b)))
        if passages:
            for k, (a0, a1, b0, b1) in enumerate(found, start=1):
                start_a, end_a = spans_a[a0][1], spans_a[a1 - 1][2]
                passage_rows.append((ids[i], ids[j], k, start_a, end_a, spans_b[b0][1], spans_b[b1 - 1][2],
                                     a1 - a0, texts[i][start_a:end_a]))
    frame = pd.DataFrame(rows, columns=["i", "j", "shared_share_a", "shared_share_b", "shared_passages",
                                        "passage_words_a", "passage_words_b", "words_a", "words_b"])
    if len(frame):
        vectors = tfidf_vectors(articles, counts=counts)
        frame["cosine"] = pair_cosines(vectors, frame["i"].to_numpy(), frame["j"].to_numpy())
    else:
        frame["cosine"] = pd.Series(dtype=float)
    frame["article_a"] = ids[frame["i"].to_numpy(dtype=int)]
    frame["article_b"] = ids[frame["j"].to_numpy(dtype=int)]
    frame["larger"] = frame[["shared_share_a", "shared_share_b"]].max(axis=1)
    frame = frame.sort_values(["larger", "article_a", "article_b"], ascending=[False, True, True],
                              kind="mergesort", ignore_index=True)[DUPLICATE_COLUMNS]
    if not passages:
        return frame
    return frame, pd.DataFrame(passage_rows, columns=PASSAGE_COLUMNS)


def shared_passages(articles: pd.DataFrame, *, min_shared: float = MIN_SHARED, progress: bool | None = None
                    ) -> pd.DataFrame:
    """The passages of the pairs :func:`near_duplicates` finds (columns :data:`PASSAGE_COLUMNS`)."""
    return near_duplicates(articles, min_shared=min_shared, progress=progress, passages=True)[1]


def with_groups(pairs: pd.DataFrame, articles: pd.DataFrame, *, by: str) -> pd.DataFrame:
    """A table of pairs with each article's group.

    Parameters
    ----------
    pairs : DataFrame
        Columns ``article_a`` and ``article_b`` (:func:`near_duplicates`, :func:`similarity_pairs`,
        :func:`nearest_neighbours`).
    articles : DataFrame
        The articles table.
    by : str
        Column of ``articles`` defining the groups (:func:`analysis.group_labels`).

    Returns
    -------
    DataFrame
        ``pairs`` with ``group_a`` after ``article_a`` and ``group_b`` after ``article_b``.
    """
    labels = dict(zip(articles["article_id"].astype(str), group_labels(articles, by=by)))
    out = pairs.copy()
    out.insert(out.columns.get_loc("article_a") + 1, "group_a", out["article_a"].map(labels))
    out.insert(out.columns.get_loc("article_b") + 1, "group_b", out["article_b"].map(labels))
    return out


# --- shared quotes ---------------------------------------------------------------------------------

_NOT_WORD = re.compile(r"[^\w\s]|_")


def normalise_quote(text: str) -> str:
    """``text`` compared across articles: Unicode compatibility forms (NFKC), lower case, every quote mark and
    punctuation sign removed (an apostrophe too: ``don’t`` = ``dont``), spacing collapsed."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return " ".join(_NOT_WORD.sub(" ", text.replace("’", "").replace("'", "")).split())


def shared_quotes(articles: pd.DataFrame, quotes: pd.DataFrame | None = None, *, by: str = "source") -> pd.DataFrame:
    """Quotations found in two articles or more.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``published`` gives the dates when present).
    quotes : DataFrame, optional
        :func:`analysis.extract_quotes` of ``articles`` (made here when None).
    by : str
        Column of the articles table whose groups are listed for each quote.

    Returns
    -------
    DataFrame
        Columns :data:`QUOTE_COLUMNS`, one row per normalised quotation (:func:`normalise_quote` of ``quoted_text``:
        a direct quote's text, a partial quote's quoted fragments) of at least :data:`MIN_QUOTE_WORDS` words, in at
        least two articles: ``text`` as the earliest article writes it, ``articles`` and ``n_groups`` the number of
        articles and groups, ``groups`` and ``article_ids`` (``; ``-separated, groups sorted, articles by date),
        ``first_date`` / ``last_date`` (empty when no article has a date), ``speakers`` as attributed. Most articles
        first.
    """
    if quotes is None:
        from .quotes import extract_quotes
        quotes = extract_quotes(articles)
    quoted = quotes[quotes["quoted_text"].fillna("").astype(str).str.len() > 0]
    pieces = quoted.assign(piece=quoted["quoted_text"].astype(str).str.split(" … ")).explode("piece")
    pieces = pieces.assign(quote=pieces["piece"].map(normalise_quote))
    pieces = pieces[pieces["quote"].str.count(" ") + 1 >= MIN_QUOTE_WORDS]
    if pieces.empty:
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    meta = pd.DataFrame({"article_id": articles["article_id"].to_numpy(),
                         "group": group_labels(articles, by=by).to_numpy(),
                         "date": pd.to_datetime(articles["published"], errors="coerce").to_numpy()
                         if "published" in articles.columns else pd.NaT})
    data = pieces.merge(meta, on="article_id", how="left")
    data = data.sort_values(["date", "article_id"], kind="mergesort", na_position="last")
    rows = []
    for quote, rows_q in data.groupby("quote", sort=False):
        ids = list(dict.fromkeys(rows_q["article_id"].astype(str)))
        if len(ids) < 2:
            continue
        groups = sorted(set(rows_q["group"].astype(str)))
        speakers = list(dict.fromkeys(s for s in rows_q["speaker"].astype(str) if s))
        dates = rows_q["date"].dropna()
        rows.append((quote, rows_q["piece"].iloc[0], quote.count(" ") + 1, len(ids), "; ".join(groups), len(groups),
                     dates.min() if len(dates) else pd.NaT, dates.max() if len(dates) else pd.NaT,
                     "; ".join(ids), "; ".join(speakers)))
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return out.sort_values(["articles", "n_groups", "n_words"], ascending=False, kind="mergesort", ignore_index=True)


# --- findings ----------------------------------------------------------------------------------------

def describe_near_duplicates(pairs: pd.DataFrame, articles: pd.DataFrame, *, min_shared: float = MIN_SHARED
                             ) -> list[str]:
    """Findings on near-duplicates, as sentences (true when there are none).

    Parameters
    ----------
    pairs : DataFrame
        :func:`near_duplicates`.
    articles : DataFrame
        The articles compared (their number).
    min_shared : float
        The threshold ``pairs`` was made with.

    Returns
    -------
    list of str
        How many pairs and articles; the pair with the largest shared share; the pairs sharing 80% or more of one
        article.
    """
    n = len(articles)
    if n < 2:
        return [f"Near-duplicates need two articles or more; there is {n}."]
    if pairs.empty:
        return [f"No pair of the {n:,} articles shares passages of {MIN_PASSAGE_WORDS}+ words covering "
                f"{percent(min_shared, 0)} of either article: no near-duplicate or wire copy was found."]
    involved = len(set(pairs["article_a"]) | set(pairs["article_b"]))
    top = pairs.iloc[0]
    out = [f"{len(pairs):,} pair(s) of articles share passages covering at least {percent(min_shared, 0)} of one "
           f"of the two; {involved:,} of the {n:,} articles are in at least one.",
           f"Most shared: {top['article_a']} and {top['article_b']}, {int(top['shared_passages'])} passage(s) covering "
           f"{percent(top['shared_share_a'])} of the first and {percent(top['shared_share_b'])} of the second "
           f"(TF-IDF cosine {top['cosine']:.2f})."]
    whole = pairs[(pairs[["shared_share_a", "shared_share_b"]].max(axis=1) >= 0.8)]
    if len(whole):
        out.append(f"{len(whole):,} pair(s) share 80% or more of one article: copies, lightly edited.")
    return out


def describe_similarity(pairs: pd.DataFrame, *, top: int = 3) -> list[str]:
    """Findings on TF-IDF cosine, as sentences.

    Parameters
    ----------
    pairs : DataFrame
        :func:`similarity_pairs` or :func:`nearest_neighbours` (a pair listed from both sides counts once).
    top : int
        Most similar pairs named.

    Returns
    -------
    list of str
        The ``top`` most similar pairs with their cosine; the median cosine.
    """
    if pairs.empty:
        return ["There is no pair of articles to compare."]
    key = pairs[["article_a", "article_b"]].apply(lambda r: tuple(sorted(map(str, r))), axis=1)
    pairs = pairs[~key.duplicated()].sort_values("cosine", ascending=False, kind="mergesort")
    best = pairs.head(top)
    listed = "; ".join(f"{r.article_a} and {r.article_b} ({r.cosine:.2f})" for r in best.itertuples())
    which = "pair" if len(pairs) == 1 else "pairs"
    if "rank" in pairs.columns:
        which += " of nearest neighbours"
    return [f"Most similar by TF-IDF cosine: {listed}.",
            f"Median cosine over {len(pairs):,} {which}: {float(pairs['cosine'].median()):.2f} (1 = the same words in "
            f"the same proportions, 0 = no term in common)."]


def describe_shared_quotes(quotes: pd.DataFrame, *, top: int = 3) -> list[str]:
    """Findings on shared quotations, as sentences (true when there are none).

    Parameters
    ----------
    quotes : DataFrame
        :func:`shared_quotes`.
    top : int
        Quotations quoted (those in most articles).

    Returns
    -------
    list of str
        How many quotations travel, how many across groups; the ``top`` ones with their articles, groups and dates.
    """
    if quotes.empty:
        return [f"No quotation of {MIN_QUOTE_WORDS}+ words appears in more than one article."]
    out = [f"{len(quotes):,} quotation(s) of {MIN_QUOTE_WORDS}+ words appear in two articles or more; "
           f"{int((quotes['n_groups'] > 1).sum()):,} of them in more than one group."]
    for r in quotes.head(top).itertuples():
        when = ""
        if pd.notna(r.first_date):
            when = f", from {r.first_date:%Y-%m-%d} to {r.last_date:%Y-%m-%d}"
        out.append(f"“{str(r.text).strip(' ,;:')}”: {r.articles} articles in {r.groups}{when}.")
    return out
