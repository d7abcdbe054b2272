"""Near-duplicates (analysis.similar.near_duplicates) measured: precision on real corpora, recall on planted copies,
time and memory at scale. Not run by ``make test``.

    .venv/bin/python benchmarks/near_duplicates.py precision          # pairs found in ../shared/corpora, with verdicts
    .venv/bin/python benchmarks/near_duplicates.py recall [--copies 150]
    .venv/bin/python benchmarks/near_duplicates.py scale 10000 30000  # generated corpora + 1% planted copies

The real corpora are read where they are (``../shared/corpora``) and never copied into the repository; planted copies
and generated corpora are written to a temporary folder. Verdicts below name pairs by article id only.

A planted copy (:func:`plant`) is an article given a new headline, with a cut (a block of sentences from its middle
removed) and a rewritten ending (its last sentences replaced by sentences of an unrelated article).
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import analysis
from analysis import similar
from analysis.bench import peak_rss_mb
from analysis.synthetic import make_corpus
from analysis.units import sentence_spans

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = {"polnear-train": SHARED / "polnear" / "train" / "text", "polnear-dev": SHARED / "polnear" / "dev" / "text",
           "bbc-politics": SHARED / "bbc-politics", "reuters-2017": SHARED / "reuters-2017"}

#: Verdicts on the pairs found in ../shared/corpora at min_shared 0.2, read by hand (ids only, never text):
#: True = the same story, its text reused (the same article filed twice, a story republished with edits, the same
#: wire copy, a statement reprinted); False = the passages are really shared but the pair is not the same story.
#: Every passage of every pair was checked at its offsets: all are the same words in both articles.
VERDICTS: dict[tuple[str, str], tuple[bool, str]] = {
    ("polnear-train/wash-post_2015-12-12_misinformation-enters-mainstream",
     "polnear-train/wash-post_2015-12-13_misinformation-enters-mainstream"): (True, "the same article filed twice"),
    ("polnear-train/nyt_2016-03-04_republicans-have-stake-in-a-deal",
     "polnear-train/nyt_2016-03-05_polls-suggest-possibility-of-dea"): (True, "republished next day, new headline"),
    ("polnear-train/nyt_2015-11-25_golf-courses-forced-to-reach-int",
     "polnear-train/nyt_2015-11-26_with-fewer-golfers-in-u-s-course"): (True, "republished next day, edited"),
    ("polnear-train/nyt_2016-03-15_sanders-advances-agenda-via-side",
     "polnear-train/nyt_2016-03-16_via-legislative-side-doors-sande"): (True, "republished next day, reordered"),
    ("polnear-train/breitbart_2016-03-15_the-latest-kasich-scores-all-del",
     "polnear-train/breitbart_2016-03-15_the-latest-sanders-declares-revo"): (True, "AP live blog, two versions"),
    ("polnear-train/usa-today_2016-04-06_sanders-says-he-s-riding-momentu",
     "polnear-train/usa-today_2016-04-06_sanders-winning-streak-continues"): (True, "same story updated, new top"),
    ("polnear-train/huff-post_2015-11-11_a-meaningful-exchange-actually-h",
     "polnear-train/huff-post_2015-11-11_watch-the-best-moments-from-the"): (False, "a shared 'related' links block"),
    ("bbc-politics/politics_225", "bbc-politics/politics_260"): (True, "same story, two versions of the day"),
    ("polnear-train/breitbart_2016-08-23_mike-pence-calls-for-special-pro",
     "polnear-train/breitbart_2016-08-24_report-half-clinton-s-state-meet"): (True, "the same statement reprinted"),
}


def load_real() -> pd.DataFrame:
    """Every article of ../shared/corpora, ids prefixed with the corpus name (ids repeat across corpora)."""
    frames = []
    for name, folder in CORPORA.items():
        articles = analysis.load_corpus(folder, progress=False).articles
        frames.append(articles.assign(article_id=name + "/" + articles["article_id"].astype(str), corpus=name))
    return pd.concat(frames, ignore_index=True)


def plant(text: str, other: str, rng: random.Random, *, cut: float = 0.2, ending: float = 0.2) -> str:
    """A copy of ``text`` with a new headline, a block of ``cut`` of its sentences removed from the middle, and its
    last ``ending`` of sentences replaced by as many sentences made of the words of ``other``'s last sentences in a
    shuffled order (text found nowhere in the corpus, of a news article's vocabulary)."""
    sentences = [text[s:e] for _, s, e in sentence_spans(text)]
    n = len(sentences)
    k_cut, k_end = max(1, round(cut * n)), max(1, round(ending * n))
    start = rng.randrange(max(1, n // 4), max(2, n // 2))
    kept = sentences[:start] + sentences[start + k_cut:n - k_end]
    replacement = []
    for _, s, e in sentence_spans(other)[-k_end:]:
        words = other[s:e].split()
        rng.shuffle(words)
        replacement.append(" ".join(words))
    return "Copy of a wire story under a headline of its own\n\n" + " ".join(kept + replacement) + "\n"


def precision(args) -> int:
    articles = load_real()
    t0 = time.perf_counter()
    pairs, passages = similar.near_duplicates(articles, min_shared=args.min_shared, passages=True)
    seconds = time.perf_counter() - t0
    print(f"{len(articles):,} articles ({', '.join(CORPORA)}); {len(pairs)} pair(s) at min_shared "
          f"{args.min_shared} in {seconds:.1f} s")
    checked = right = 0
    for row in pairs.itertuples(index=False):
        verdict = VERDICTS.get((row.article_a, row.article_b))
        mark = "unchecked" if verdict is None else ("correct" if verdict[0] else "WRONG")
        checked += verdict is not None
        right += bool(verdict and verdict[0])
        offsets = passages[(passages["article_a"] == row.article_a) & (passages["article_b"] == row.article_b)]
        spans = ", ".join(f"[{r.start_a}:{r.end_a}]=[{r.start_b}:{r.end_b}]" for r in offsets.itertuples())
        print(f"  {row.article_a} | {row.article_b} | shares {row.shared_share_a:.2f}/{row.shared_share_b:.2f} | "
              f"{row.shared_passages} passage(s) {spans} | cosine {row.cosine:.2f} | {mark}"
              + (f" ({verdict[1]})" if verdict else ""))
    if checked:
        print(f"precision: {right}/{checked} = {right / checked:.2f} of the pairs checked by reading")
    return 0


def planted_articles(articles: pd.DataFrame, n: int, seed: int, folder: Path, **kw) -> list[tuple[str, str]]:
    """Write ``n`` planted copies of articles of 150 words or more into ``folder``; the (original, copy) id pairs."""
    rng = random.Random(seed)
    pool = articles[articles["n_words"] >= 150].reset_index(drop=True)
    chosen = rng.sample(range(len(pool)), min(n, len(pool)))
    folder.mkdir(parents=True, exist_ok=True)
    planted = []
    for k, i in enumerate(chosen):
        j = (i + len(pool) // 2) % len(pool)  # an unrelated article for the new ending
        name = f"planted-{k:05d}"
        (folder / f"{name}.txt").write_text(plant(pool.at[i, "text"], pool.at[j, "text"], rng, **kw),
                                            encoding="utf-8")
        planted.append((str(pool.at[i, "article_id"]), name))
    return planted


def found_share(pairs: pd.DataFrame, planted: list[tuple[str, str]], prefix: str = "") -> tuple[int, int]:
    got = {frozenset(p) for p in pairs[["article_a", "article_b"]].astype(str).to_numpy().tolist()}
    hits = sum(frozenset((a, prefix + c)) in got for a, c in planted)
    return hits, len(planted)


def recall(args) -> int:
    articles = load_real()
    for cut, ending in ((0.2, 0.2), (0.3, 0.3), (0.4, 0.4)):
        with tempfile.TemporaryDirectory() as tmp:
            planted = planted_articles(articles, args.copies, args.seed, Path(tmp) / "planted", cut=cut, ending=ending)
            copies = analysis.load_corpus(Path(tmp) / "planted", progress=False).articles
            copies = copies.assign(article_id="planted/" + copies["article_id"].astype(str))
            both = pd.concat([articles, copies], ignore_index=True)
            t0 = time.perf_counter()
            pairs = similar.near_duplicates(both, min_shared=args.min_shared)
            seconds = time.perf_counter() - t0
            hits, n = found_share(pairs, planted, "planted/")
            known = {frozenset(p) for p in VERDICTS} | {frozenset((a, "planted/" + c)) for a, c in planted}
            other = [p for p in pairs[["article_a", "article_b"]].to_numpy().tolist() if frozenset(p) not in known]
            print(f"cut {cut:.0%} + new ending {ending:.0%} + new headline: {hits}/{n} planted copies found "
                  f"(recall {hits / n:.2f}) among {len(both):,} articles; {len(pairs)} pair(s) in all, "
                  f"{len(other)} neither planted nor among the verdicts; {seconds:.1f} s")
            for a, b in other:
                print(f"  other pair: {a} | {b}")
    return 0


def scale_one(n: int, workdir: Path) -> None:
    """Generate ``n`` articles plus 1% planted copies (of generated articles), load them, time near_duplicates."""
    folder = workdir / f"gen-{n}"
    if not (folder / "articles.csv").exists():
        make_corpus(folder, n)
    t0 = time.perf_counter()
    articles = analysis.load_corpus(folder, progress=False).articles
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        planted = planted_articles(articles, max(1, n // 100), 0, Path(tmp))
        copies = analysis.load_corpus(Path(tmp), progress=False).articles
    copies = copies.assign(article_id="planted/" + copies["article_id"].astype(str))
    both = pd.concat([articles, copies], ignore_index=True)
    del articles, copies
    loaded_mb = peak_rss_mb()
    t0 = time.perf_counter()
    pairs = similar.near_duplicates(both)
    seconds = time.perf_counter() - t0
    hits, total = found_share(pairs, planted, "planted/")
    print(f"{len(both):,} articles: load {load_s:.0f} s; near_duplicates {seconds:.0f} s; peak memory "
          f"{peak_rss_mb():,.0f} MB (after loading: {loaded_mb:,.0f} MB); {len(pairs)} pair(s); planted copies found "
          f"{hits}/{total}", flush=True)


def scale(args) -> int:
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="near-dup-"))
    for n in args.sizes:  # one process per size, so that each peak memory is its own
        subprocess.run([sys.executable, __file__, "_scale_one", str(n), str(workdir)], check=True)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("precision")
    p.add_argument("--min-shared", type=float, default=similar.MIN_SHARED)
    p.set_defaults(func=precision)
    p = sub.add_parser("recall")
    p.add_argument("--copies", type=int, default=150)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--min-shared", type=float, default=similar.MIN_SHARED)
    p.set_defaults(func=recall)
    p = sub.add_parser("scale")
    p.add_argument("sizes", type=int, nargs="+")
    p.add_argument("--workdir", help="where generated corpora are written and reused (default: a temporary folder)")
    p.set_defaults(func=scale)
    p = sub.add_parser("_scale_one")
    p.add_argument("n", type=int)
    p.add_argument("workdir")
    p.set_defaults(func=lambda a: scale_one(a.n, Path(a.workdir)) or 0)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
