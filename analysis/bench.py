"""Benchmark: a generated corpus of realistic articles, each stage of the pipeline timed.

:func:`make_corpus` writes ``n`` article files of seed-like shape (rules below);
:func:`run_benchmark` loads them and times each stage on one process and, optionally,
on a Dask ``LocalCluster``, beside scikit-learn's ``TfidfVectorizer().fit_transform``
on the same texts as a reference.

Generated articles (deterministic for a given ``seed``):

* a headline line, a byline (``By First Last``), then paragraphs of 1-5 sentences separated by
  a blank line (about 14 paragraphs), at least 500 words (a target drawn from 500-900, the last
  paragraph may overshoot it: about 500-960 words, mean about 730), like the seeds;
* narrative sentences of 12-30 words drawn from an invented vocabulary (pronounceable
  words built from syllables) mixed with English function words, sampled with a Zipf
  law (p(rank r) ∝ 1 / r^1.1), so term frequencies have the long tail of real text;
* about a third of the paragraphs carry a direct quotation with a reporting cue
  (``“...,” Name Surname said.`` / ``Name Surname, the minister of X, told reporters:
  “...”`` / ``“...” the spokesman said.``), some an indirect statement (``X said that ...``,
  ``according to X, ...``); names are invented (a few hundred people, so speakers recur);
* a manifest ``articles.csv`` gives each file a source (4 outlets) and a publication date
  (2021-2024), so grouping by source or year works as on real data.
"""
from __future__ import annotations

import csv
import gc
import json
import random
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

SOURCES = ["Daily Ledger", "Evening Courier", "Morning Herald", "Wire Service"]
FUNCTION_WORDS = ("the of and to in a that for on with as by at from it is was has have been will "
                  "its their this which after over more than not but also into about after who new").split()
_ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr st sp sl pl bl ch sh th".split()
_VOWELS = "a e i o u ai ea ee io ou".split()
_CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk", "ng"]


def _words(rng: np.random.Generator, n: int, syllables=(1, 4)) -> list[str]:
    """``n`` distinct pronounceable invented words."""
    pick = random.Random(int(rng.integers(0, 2**31)))
    out, seen = [], set()
    while len(out) < n:
        k = pick.randrange(syllables[0], syllables[1])
        w = "".join(pick.choice(_ONSETS) + pick.choice(_VOWELS) for _ in range(k)) + pick.choice(_CODAS)
        if w not in seen and len(w) > 2:
            seen.add(w)
            out.append(w)
    return out


@dataclass
class _Lexicon:
    vocab: np.ndarray
    cdf: np.ndarray
    people: list[str]
    orgs: list[str]
    titles: list[str] = field(default_factory=lambda: ["minister", "spokesman", "spokeswoman", "director",
                                                        "secretary", "chairman", "analyst", "envoy"])
    cues: list[str] = field(default_factory=lambda: ["said", "told reporters", "added", "warned", "insisted",
                                                      "explained", "argued", "said on Tuesday"])


def _lexicon(rng: np.random.Generator, n_vocab: int = 40_000) -> _Lexicon:
    content = _words(rng, n_vocab)
    vocab = np.array(FUNCTION_WORDS + content, dtype=object)
    ranks = np.arange(1, len(vocab) + 1, dtype=float)
    probs = 1 / ranks ** 1.1
    probs /= probs.sum()
    first = [w.capitalize() for w in _words(rng, 300, (1, 3))]
    last = [w.capitalize() for w in _words(rng, 400, (2, 4))]
    people = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(600)]
    orgs = [f"the {w.capitalize()} {rng.choice(['Ministry', 'Council', 'Agency', 'Institute', 'Party'])}"
            for w in _words(rng, 120, (2, 3))]
    return _Lexicon(vocab, np.cumsum(probs), people, orgs)


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def make_article(rng: np.random.Generator, lex: _Lexicon) -> tuple[str, str]:
    """``(headline, text file content)`` of one generated article (rules in the module docstring)."""
    target = int(rng.integers(500, 901))
    lengths = rng.integers(12, 31, size=80)
    draws = np.searchsorted(lex.cdf, rng.random(int(lengths.sum()) + 50))
    pool = iter(lex.vocab[np.minimum(draws, len(lex.vocab) - 1)].tolist())
    headline = _sentence([next(pool) for _ in range(8)])[:-1].title()
    people = rng.choice(lex.people, size=4).tolist()
    paragraphs, n_words, k = [], 0, 0
    while n_words < target:
        sentences = []
        for _ in range(int(rng.integers(1, 4))):
            words = [next(pool) for _ in range(int(lengths[k % 80]))]
            k += 1
            sentences.append(_sentence(words))
        roll = rng.random()
        who = people[int(rng.integers(0, len(people)))]
        if roll < 0.15:
            quote = _sentence([next(pool) for _ in range(int(rng.integers(8, 20)))])[:-1]
            sentences.append(f"“{quote},” {who} {rng.choice(lex.cues)}.")
        elif roll < 0.25:
            quote = _sentence([next(pool) for _ in range(int(rng.integers(8, 20)))])
            sentences.insert(0, f"{who}, the {rng.choice(lex.titles)} of {rng.choice(lex.orgs)}, "
                                f"told reporters: “{quote}”")
        elif roll < 0.33:
            quote = _sentence([next(pool) for _ in range(int(rng.integers(6, 14)))])
            sentences.append(f"“{quote}” the {rng.choice(lex.titles)} said.")
        elif roll < 0.43:
            clause = " ".join(next(pool) for _ in range(int(rng.integers(8, 16))))
            sentences.append(f"{who} said that {clause}.")
        elif roll < 0.5:
            clause = " ".join(next(pool) for _ in range(int(rng.integers(8, 16))))
            sentences.append(f"According to {rng.choice(lex.orgs)}, {clause}.")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        n_words += paragraph.count(" ") + 1
    byline = f"By {people[0]}"
    return headline, "\n\n".join([headline, byline, *paragraphs]) + "\n"


def make_corpus(folder, n: int, *, seed: int = 0, progress: bool = False) -> Path:
    """Write ``n`` generated articles and a manifest ``articles.csv`` into ``folder``; returns the folder.

    File ``i`` is ``a{i:06d}.txt``; its source is ``SOURCES[i % 4]`` and its date is spread over
    2021-2024. The same ``seed`` gives the same bytes.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    lex = _lexicon(rng)
    days = pd.date_range("2021-01-01", "2024-12-31", freq="D")
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "source", "published"])
        for i in tqdm(range(n), desc="generating articles", unit="article", disable=not progress):
            headline, text = make_article(rng, lex)
            name = f"a{i:06d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([name, SOURCES[i % len(SOURCES)], days[int(rng.integers(0, len(days)))].date()])
    return folder


# --- timing ------------------------------------------------------------------------------------

def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children, in MB (``getrusage``)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # Linux reports KiB, macOS bytes
    return max(own, children) * scale / 1e6


def _tokenise_all(texts) -> int:
    """Sentence-split and tokenise every text as bulk work does (:func:`analysis.units.sentence_spans`, the
    compiled token pattern's ``findall``), keeping only the counts (no per-token objects)."""
    from .units import WORD_PATTERN, sentence_spans
    n = 0
    for text in texts:
        n += len(sentence_spans(text)) + len(WORD_PATTERN.findall(text))
    return n


def _stage(rows: list, name: str, n_articles: int, megabytes: float, func, *args, **kwargs):
    gc.collect()
    start = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"  {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
    rows.append({"stage": name, "seconds": seconds, "articles_per_s": n_articles / seconds if seconds else float("inf"),
                 "mb_per_s": megabytes / seconds if seconds else float("inf")})
    return result


def single_process(folder, *, by: str = "source", progress: bool = False) -> tuple[list[dict], pd.DataFrame]:
    """Time every stage on one process; returns ``(stage rows, articles)``."""
    from . import load_articles
    from .keyness import keyness
    from .quotes import extract_quotes
    from .terms import term_counts, term_frequency, tfidf
    rows: list[dict] = []
    size_mb = sum(p.stat().st_size for p in Path(folder).glob("*.txt")) / 1e6
    n_files = sum(1 for _ in Path(folder).glob("*.txt"))
    articles = _stage(rows, "load+clean", n_files, size_mb, load_articles, folder, progress=False)  # bars: the log
    n = len(articles)
    mb = articles["text"].str.len().sum() / 1e6
    _stage(rows, "tokenise", n, mb, _tokenise_all, articles["text"])
    # The corpus is tokenised once (term_counts); TF-IDF and keyness reuse the counts, as a notebook may.
    counts, _ = _stage(rows, "term counts", n, mb, lambda: (counts := term_counts(articles, progress=False),
                                                            term_frequency(articles, by=by, counts=counts)))
    _stage(rows, "tf-idf", n, mb, tfidf, articles, by=by, counts=counts)
    _stage(rows, "keyness", n, mb, keyness, articles, by=by, counts=counts)
    _stage(rows, "quotes", n, mb, extract_quotes, articles, progress=False)
    return rows, articles


def dask_process(folder, *, by: str = "source", client=None) -> list[dict]:
    """Time every stage on the Dask path (``client``: a ``distributed.Client``)."""
    from . import engine
    rows: list[dict] = []
    size_mb = sum(p.stat().st_size for p in Path(folder).glob("*.txt")) / 1e6
    n_files = sum(1 for _ in Path(folder).glob("*.txt"))

    if client is not None:  # a cluster is long-lived: import the package on every worker before timing
        client.run(lambda: __import__("analysis.quotes") and __import__("analysis.keyness") and None)
    # load_articles returns the frame once its partitions are on the workers (persisted): load+clean is all in it
    ddf = _stage(rows, "load+clean", n_files, size_mb, engine.load_articles, folder, progress=False)
    n = len(ddf)
    mb = float(ddf["text"].str.len().sum().compute()) / 1e6
    _stage(rows, "tokenise", n, mb, lambda: sum(ddf["text"].map_partitions(
        lambda s: pd.Series([_tokenise_all(s)]), meta=(None, "int64")).compute()))
    counts, _ = _stage(rows, "term counts", n, mb, lambda: (counts := engine.term_counts(ddf, progress=False),
                                                            engine.term_frequency(ddf, by=by, counts=counts)))
    _stage(rows, "tf-idf", n, mb, engine.tfidf, ddf, by=by, counts=counts)
    _stage(rows, "keyness", n, mb, engine.keyness, ddf, by=by, counts=counts)
    _stage(rows, "quotes", n, mb, engine.extract_quotes, ddf)
    return rows


#: The stages that do what the reference does: tokenise, count, weigh (``like_for_like_ratio``).
LIKE_FOR_LIKE = ("term counts", "tf-idf")

_SHARED_TEXTS: list[str] = []  # the texts forked worker processes read (inherited, never pickled)


def _tokenise_slice(bounds: tuple[int, int]) -> int:
    return _tokenise_all(_SHARED_TEXTS[bounds[0]:bounds[1]])


def parallel_scaling(texts: list[str], workers: int = 2, *, rounds: int = 5, max_texts: int = 1500) -> dict:
    """How much faster ``workers`` processes do pure CPU work than one, on this machine, now.

    The work is the tokenise stage (:func:`_tokenise_all`) on ``workers`` equal slices of (at most
    ``max_texts`` of) ``texts``. Each round times the slices one after the other in this process, then
    at once, one per forked process; ``scaling`` is the median over rounds of serial / parallel seconds.
    Without Dask or data transfer, it is the ceiling any parallel path can reach here; on a shared
    virtual machine it is often well under ``workers`` and varies from minute to minute.
    """
    import multiprocessing
    global _SHARED_TEXTS
    _SHARED_TEXTS = texts[:max_texts]
    step = -(-len(_SHARED_TEXTS) // workers)
    slices = [(i, min(i + step, len(_SHARED_TEXTS))) for i in range(0, len(_SHARED_TEXTS), step)]
    serial, parallel = [], []
    n = len(_SHARED_TEXTS)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(_tokenise_slice, [(0, 1)] * workers, chunksize=1)  # processes started and warm
            for _ in range(rounds):
                gc.collect()
                start = time.perf_counter()
                for bounds in slices:
                    _tokenise_slice(bounds)
                serial.append(time.perf_counter() - start)
                start = time.perf_counter()
                pool.map(_tokenise_slice, slices, chunksize=1)
                parallel.append(time.perf_counter() - start)
    finally:
        _SHARED_TEXTS = []
    ratios = sorted(s / p for s, p in zip(serial, parallel))
    return {"workers": workers, "texts": n, "rounds": rounds, "serial_seconds": serial, "parallel_seconds": parallel,
            "scaling": float(np.median(ratios)), "scaling_range": [ratios[0], ratios[-1]]}


def reference_seconds(texts) -> float:
    """Seconds of scikit-learn's ``TfidfVectorizer().fit_transform(texts)`` (default settings)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    texts = list(texts)
    gc.collect()
    start = time.perf_counter()
    TfidfVectorizer().fit_transform(texts)
    return time.perf_counter() - start


def _pipeline(stages: list[dict]) -> float:
    """The full pipeline: every stage but the separate tokenise (which the other stages repeat)."""
    return sum(r["seconds"] for r in stages if r["stage"] != "tokenise")


def _median_stages(rounds: list[list[dict]]) -> list[dict]:
    """Stage rows with each stage's median seconds over rounds (and the range), speeds from the median."""
    rows = []
    for i, first in enumerate(rounds[0]):
        seconds = [r[i]["seconds"] for r in rounds]
        median = float(np.median(seconds))
        rows.append({"stage": first["stage"], "seconds": median, "min_seconds": min(seconds), "max_seconds": max(seconds),
                     "articles_per_s": first["articles_per_s"] * first["seconds"] / median,
                     "mb_per_s": first["mb_per_s"] * first["seconds"] / median})
    return rows


def run_benchmark(n_articles: int, *, workdir=None, seed: int = 0, by: str = "source", dask_workers: int = 2,
                  scheduler: str | None = None, rounds: int = 1, out=None) -> dict:
    """Generate (or reuse) a corpus of ``n_articles`` and time it; returns the JSON-able result.

    ``dask_workers=0`` skips the Dask path; ``scheduler``: address of an existing scheduler instead
    of a ``LocalCluster``. ``rounds``: each round times one process, the reference and Dask one after
    the other; ratios and speed-ups are medians of each round's own (paired, so that the machine's drift
    between rounds cancels), stage times medians over rounds.
    """
    from contextlib import nullcontext
    out = out or sys.stdout
    workdir = Path(workdir or Path("benchmarks") / "corpora")
    folder = workdir / f"generated-{n_articles}-seed{seed}"
    start = time.perf_counter()
    if not (folder / "articles.csv").is_file() or sum(1 for _ in folder.glob("*.txt")) != n_articles:
        make_corpus(folder, n_articles, seed=seed, progress=out is sys.stdout and sys.stderr.isatty())
        generated = True
    else:
        generated = False
    build_seconds = time.perf_counter() - start
    size_mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    print(f"corpus: {n_articles} articles, {size_mb:.1f} MB in {folder} "
          f"({'built' if generated else 'reused'} in {build_seconds:.1f} s, not counted below); "
          f"{rounds} round{'s' if rounds > 1 else ''}", file=out)
    use_dask = bool(dask_workers or scheduler)
    per_round, peak, words = [], None, 0
    from .engine import dask_client
    # The cluster lives through every round, as a cluster does; its workers are idle while one process runs.
    with (dask_client(scheduler, n_workers=dask_workers) if use_dask else nullcontext()) as client:
        for k in range(rounds):
            print(f"round {k + 1}:", file=sys.stderr, flush=True)
            stages, articles = single_process(folder, by=by)
            if peak is None:  # before any forked child exists: this process's own peak
                peak, words = peak_rss_mb(), int(articles["n_words"].sum())
            ref = reference_seconds(articles["text"])
            # What the reference itself does (tokenise, count, weigh): term counts + TF-IDF, beside the whole pipeline
            like = sum(x["seconds"] for x in stages if x["stage"] in LIKE_FOR_LIKE)
            pipeline = _pipeline(stages)
            one = {"single_process": stages, "pipeline_seconds": pipeline, "reference_seconds": ref,
                   "ratio_to_reference": pipeline / ref, "like_for_like_seconds": like,
                   "like_for_like_ratio": like / ref}
            texts = articles["text"].tolist() if dask_workers else []  # for the parallel ceiling
            del articles
            gc.collect()
            if use_dask:
                # The machine's own parallel ceiling, measured just before and just after the Dask run: on a shared
                # virtual machine two processes are not always twice as fast as one, and it varies by the minute.
                ceiling = [parallel_scaling(texts, dask_workers)] if dask_workers else []
                one["dask"] = dask_process(folder, by=by, client=client)
                if dask_workers:
                    ceiling.append(parallel_scaling(texts, dask_workers))
                one["dask_pipeline_seconds"] = _pipeline(one["dask"])
                one["dask_speedup"] = one["pipeline_seconds"] / one["dask_pipeline_seconds"]
                one["machine_parallel_scaling"] = ceiling
                if ceiling:  # the share of the machine's ceiling (mean of before and after) the Dask path reached
                    one["dask_share_of_ceiling"] = one["dask_speedup"] / float(np.mean([c["scaling"] for c in ceiling]))
            per_round.append(one)
        workers_peak = _workers_peak_mb(client) if use_dask else None

    def median(key: str) -> float:
        """The median over rounds of each round's own ``key`` (ratios paired within their round)."""
        return float(np.median([r[key] for r in per_round]))

    stages = _median_stages([r["single_process"] for r in per_round])
    pipeline, ref = median("pipeline_seconds"), median("reference_seconds")
    result = {
        "articles": n_articles, "megabytes": size_mb, "words": words, "by": by, "rounds": rounds,
        "corpus_seconds": build_seconds, "single_process": stages, "pipeline_seconds": pipeline,
        "reference_seconds": ref, "ratio_to_reference": median("ratio_to_reference"),
        "like_for_like_seconds": median("like_for_like_seconds"), "like_for_like_ratio": median("like_for_like_ratio"),
        "peak_rss_mb": peak, "per_round": per_round,
    }
    _print_table("single process" + (f" (median of {rounds} rounds)" if rounds > 1 else ""), stages, out)
    print(f"full pipeline (every stage but the separate tokenise): {pipeline:.1f} s; "
          f"scikit-learn TfidfVectorizer().fit_transform: {ref:.2f} s; ratio {result['ratio_to_reference']:.1f}x",
          file=out)
    print(f"the reference's own work (term counts + tf-idf): {result['like_for_like_seconds']:.1f} s; "
          f"ratio {result['like_for_like_ratio']:.1f}x", file=out)
    print(f"peak RSS of this process: {peak:.0f} MB", file=out)
    if rounds > 1:
        print("ratio by round: " + ", ".join(f"{r['ratio_to_reference']:.1f}x" for r in per_round), file=out)
    if use_dask:
        d_stages = _median_stages([r["dask"] for r in per_round])
        ceiling = [c for r in per_round for c in r["machine_parallel_scaling"]]
        result.update({"dask_workers": dask_workers, "dask": d_stages,
                       "dask_pipeline_seconds": median("dask_pipeline_seconds"),
                       "dask_speedup": median("dask_speedup"), "dask_worker_peak_rss_mb": workers_peak,
                       "machine_parallel_scaling": ceiling})
        _print_table(f"dask, {dask_workers or 'remote'} workers" + (f" (median of {rounds} rounds)" if rounds > 1 else ""),
                     d_stages, out)
        print(f"dask pipeline: {result['dask_pipeline_seconds']:.1f} s; speed-up over one process: "
              f"{result['dask_speedup']:.2f}x; peak RSS per worker: {workers_peak:.0f} MB", file=out)
        if rounds > 1:
            print("speed-up by round: " + ", ".join(f"{r['dask_speedup']:.2f}x" for r in per_round), file=out)
        if ceiling:
            result["dask_share_of_ceiling"] = median("dask_share_of_ceiling")
            print("this machine's parallel scaling (tokenising on {} processes vs one, no Dask), before and after "
                  "each Dask run: {}".format(dask_workers, ", ".join(
                      f"{c['scaling']:.2f}x (range {c['scaling_range'][0]:.2f}-{c['scaling_range'][1]:.2f})"
                      for c in ceiling)), file=out)
            print(f"the Dask speed-up is {result['dask_share_of_ceiling']:.0%} of that ceiling (median over rounds; each "
                  "round's ceiling: the mean of its before and after)", file=out)
    return result


def _workers_peak_mb(client) -> float:
    """Largest resident memory any worker reached, from each worker's own memory monitor (sampled every
    0.5 s). ``getrusage`` would not do: a worker's peak counter starts at its parent's, kept across exec."""
    def peak(dask_worker):
        return max(dask_worker.monitor.range_query(start=0)["memory"]) / 1e6
    try:
        return max(client.run(peak).values())
    except Exception:  # a remote cluster may refuse client.run
        return float("nan")


def _print_table(title: str, stages: list[dict], out) -> None:
    frame = pd.DataFrame(stages).round({"seconds": 2, "min_seconds": 2, "max_seconds": 2, "articles_per_s": 0,
                                        "mb_per_s": 2})
    if (frame["min_seconds"] == frame["max_seconds"]).all():  # one round: no range to show
        frame = frame.drop(columns=["min_seconds", "max_seconds"])
    print(f"\n{title}:\n{frame.to_string(index=False)}", file=out)


def write_json(result: dict, path) -> None:
    Path(path).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
