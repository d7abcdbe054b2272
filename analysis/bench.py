"""The speed benchmark: every stage of the pipeline on a generated corpus, in every mode, beside scikit-learn.

:func:`run_benchmark` generates (or reuses) a corpus (:func:`analysis.synthetic.make_corpus`), then times the full
pipeline (load+clean, term counts and term frequency, TF-IDF, keyness, quotes) through the public functions in each
mode, round after round: the default (:func:`analysis.execute.executor_for` decides), one core (``"sync"``), and a
Dask cluster; beside scikit-learn's ``TfidfVectorizer().fit_transform`` on the same texts (the reference) and this
machine's own parallel ceiling. Ratios are paired within each round (the machine's speed drifts between rounds).
"""
from __future__ import annotations

import gc
import inspect
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from .counts import term_counts
from .execute import SYNC, dask_client, executor_for
from .frequency import term_frequency
from .keyness import keyness
from .load import load_articles
from .quotes import extract_quotes
from .synthetic import make_corpus
from .tfidf import tfidf
from .units import WORD_PATTERN, sentence_spans

#: The modes timed, in the order of each round (``dask`` when workers or a scheduler are given).
MODES = ("default", "sync", "dask")
#: The stages of the full pipeline.
STAGES = ("load+clean", "term counts", "tf-idf", "keyness", "quotes")


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
    n = 0
    for text in texts:
        n += len(sentence_spans(text)) + len(WORD_PATTERN.findall(text))
    return n


def _stage(rows: list, name: str, n_articles: int, megabytes: float, func, *args, **kwargs):
    gc.collect()
    start = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"    {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
    rows.append({"stage": name, "seconds": seconds, "articles_per_s": n_articles / seconds if seconds else float("inf"),
                 "mb_per_s": megabytes / seconds if seconds else float("inf")})
    return result


def _with_scheduler(func, scheduler: str | None) -> dict:
    """``{"scheduler": scheduler}`` if ``func`` takes one (itself, or through ``**options`` as ``load_articles``
    passes them to ``load_corpus``) and a mode is asked for, else nothing (the default)."""
    params = inspect.signature(func).parameters
    takes = "scheduler" in params or any(p.kind is p.VAR_KEYWORD for p in params.values())
    return {"scheduler": scheduler} if scheduler and takes else {}


def pipeline(folder, *, by: str = "source", mode: str = "default") -> tuple[list[dict], pd.DataFrame | None]:
    """Time every stage of the full pipeline in one ``mode`` through the public functions: ``"default"`` (no
    ``scheduler``: each function decides), ``"sync"`` (one core) or ``"dask"`` (the default Dask client: the
    articles loaded as a Dask DataFrame). Returns ``(stage rows, the pandas articles table or None)``."""
    scheduler = SYNC if mode == "sync" else None
    rows: list[dict] = []
    size_mb = sum(p.stat().st_size for p in Path(folder).glob("*.txt")) / 1e6
    n_files = sum(1 for _ in Path(folder).glob("*.txt"))
    load = {"engine": "dask"} if mode == "dask" else _with_scheduler(load_articles, scheduler)
    articles = _stage(rows, "load+clean", n_files, size_mb, load_articles, folder, progress=False, **load)
    n = len(articles)
    mb = float(articles["text"].str.len().sum().compute() if mode == "dask" else articles["text"].str.len().sum()) / 1e6
    # The corpus is tokenised once (term_counts); TF-IDF and keyness reuse the counts, as a notebook may.
    counts, _ = _stage(rows, "term counts", n, mb, lambda: (
        counts := term_counts(articles, progress=False, **_with_scheduler(term_counts, scheduler)),
        term_frequency(articles, by=by, counts=counts)))
    _stage(rows, "tf-idf", n, mb, tfidf, articles, by=by, counts=counts)
    _stage(rows, "keyness", n, mb, keyness, articles, by=by, counts=counts)
    _stage(rows, "quotes", n, mb, extract_quotes, articles, progress=False,
           **_with_scheduler(extract_quotes, scheduler))
    return rows, None if mode == "dask" else articles


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
    """The full pipeline: the sum of every stage."""
    return sum(r["seconds"] for r in stages)


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
    """Generate (or reuse) a corpus of ``n_articles`` and time it in every mode; returns the JSON-able result.

    Parameters
    ----------
    n_articles : int
    workdir : path, optional
        Where generated corpora are written and reused (default ``benchmarks/corpora``).
    seed : int
        Seed of the generated corpus.
    by : str
        Grouping column of term frequency, TF-IDF and keyness.
    dask_workers : int
        LocalCluster workers; 0 (and no ``scheduler``) skips the Dask mode.
    scheduler : str, optional
        Address of an existing Dask scheduler instead of a LocalCluster.
    rounds : int
        Each round times the default mode, one core (the two swap places every other round), the reference and
        Dask one after the other; ratios and speed-ups are medians of each round's own (paired), stage times
        medians over rounds.
    out : file, optional
        Where the tables are printed (default stdout); progress goes to stderr.

    Returns
    -------
    dict
        ``modes`` (mode → median stage rows), ``per_round`` (every round's rows and ratios) and the medians:
        ``pipeline_seconds`` and ``ratio_to_reference`` per mode, ``speedup_over_sync`` per mode,
        ``dask_share_of_ceiling``, ``like_for_like_ratio`` (default mode), peak memory.
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
    modes = [m for m in MODES if m != "dask" or use_dask]
    per_round, peak, words, default_kind = [], None, 0, None
    # The cluster lives through every round, as a cluster does; its workers are idle while the other modes run.
    with (dask_client(scheduler, n_workers=dask_workers) if use_dask else nullcontext()) as client:
        if client is not None:  # a cluster is long-lived: import the package on every worker before timing
            client.run(lambda: __import__("analysis.quotes") and __import__("analysis.keyness") and None)
        for k in range(rounds):
            print(f"round {k + 1}:", file=sys.stderr, flush=True)
            one: dict = {}
            texts: list[str] = []
            # default and one core swap places every other round: the first mode of a round was measured up to 50%
            # slower on stages whose code is the same in both (load+clean, quotes) on a shared machine
            order = modes if k % 2 == 0 else [modes[1], modes[0], *modes[2:]]
            for mode in order:
                print(f"  {mode}:", file=sys.stderr, flush=True)
                if mode == "dask" and dask_workers:
                    # The machine's own parallel ceiling, just before and just after the Dask run: on a shared
                    # virtual machine two processes are not always twice as fast as one, and it varies by the minute.
                    one["machine_parallel_scaling"] = [parallel_scaling(texts, dask_workers)]
                stages, articles = pipeline(folder, by=by, mode=mode)
                one[mode] = stages
                one[f"{mode}_pipeline_seconds"] = _pipeline(stages)
                if mode == "dask" and dask_workers:
                    one["machine_parallel_scaling"].append(parallel_scaling(texts, dask_workers))
                if mode == "sync":
                    if peak is None:
                        peak, words = peak_rss_mb(), int(articles["n_words"].sum())
                        default_kind = executor_for(articles).kind
                    one["reference_seconds"] = reference_seconds(articles["text"])
                    texts = articles["text"].tolist() if dask_workers else []  # for the parallel ceiling
                del articles
                gc.collect()
            ref = one["reference_seconds"]
            for mode in modes:
                one[f"{mode}_ratio_to_reference"] = one[f"{mode}_pipeline_seconds"] / ref
                one[f"{mode}_speedup_over_sync"] = one["sync_pipeline_seconds"] / one[f"{mode}_pipeline_seconds"]
            one["like_for_like_seconds"] = sum(x["seconds"] for x in one["default"] if x["stage"] in LIKE_FOR_LIKE)
            one["like_for_like_ratio"] = one["like_for_like_seconds"] / ref
            if one.get("machine_parallel_scaling"):
                ceiling = float(np.mean([c["scaling"] for c in one["machine_parallel_scaling"]]))
                one["dask_share_of_ceiling"] = one["dask_speedup_over_sync"] / ceiling
                one["default_share_of_ceiling"] = one["default_speedup_over_sync"] / ceiling
            per_round.append(one)
        workers_peak = _workers_peak_mb(client) if use_dask else None

    def median(key: str) -> float:
        """The median over rounds of each round's own ``key`` (ratios paired within their round)."""
        return float(np.median([r[key] for r in per_round]))

    result = {
        "articles": n_articles, "megabytes": size_mb, "words": words, "by": by, "rounds": rounds,
        "corpus_seconds": build_seconds, "default_kind": default_kind,
        "modes": {m: _median_stages([r[m] for r in per_round]) for m in modes},
        "reference_seconds": median("reference_seconds"),
        "pipeline_seconds": {m: median(f"{m}_pipeline_seconds") for m in modes},
        "ratio_to_reference": {m: median(f"{m}_ratio_to_reference") for m in modes},
        "speedup_over_sync": {m: median(f"{m}_speedup_over_sync") for m in modes},
        "like_for_like_seconds": median("like_for_like_seconds"), "like_for_like_ratio": median("like_for_like_ratio"),
        "peak_rss_mb": peak, "per_round": per_round,
    }
    _print_modes(result, modes, out)
    print(f"\nscikit-learn TfidfVectorizer().fit_transform (the reference): {result['reference_seconds']:.2f} s",
          file=out)
    for m in modes:
        label = f"{m} ({default_kind})" if m == "default" else m
        print(f"full pipeline, {label}: {result['pipeline_seconds'][m]:.1f} s; ratio to the reference "
              f"{result['ratio_to_reference'][m]:.2f}x (by round: "
              + ", ".join(f"{r[f'{m}_ratio_to_reference']:.2f}x" for r in per_round)
              + f"); speed-up over one core {result['speedup_over_sync'][m]:.2f}x", file=out)
    print(f"the reference's own work (term counts + tf-idf, default mode): {result['like_for_like_seconds']:.1f} s; "
          f"ratio {result['like_for_like_ratio']:.2f}x", file=out)
    print(f"peak RSS of this process: {peak:.0f} MB", file=out)
    if use_dask:
        ceiling = [c for r in per_round for c in r.get("machine_parallel_scaling", [])]
        result.update({"dask_workers": dask_workers, "dask_worker_peak_rss_mb": workers_peak,
                       "machine_parallel_scaling": ceiling})
        print(f"peak RSS per Dask worker: {workers_peak:.0f} MB", file=out)
        if ceiling:
            result["dask_share_of_ceiling"] = median("dask_share_of_ceiling")
            result["default_share_of_ceiling"] = median("default_share_of_ceiling")
            print("this machine's parallel scaling (tokenising on {} processes vs one, no Dask), before and after "
                  "each Dask run: {}".format(dask_workers, ", ".join(
                      f"{c['scaling']:.2f}x (range {c['scaling_range'][0]:.2f}-{c['scaling_range'][1]:.2f})"
                      for c in ceiling)), file=out)
            print(f"share of that ceiling reached (median over rounds; each round's ceiling: the mean of its before "
                  f"and after): Dask {result['dask_share_of_ceiling']:.0%}, default "
                  f"{result['default_share_of_ceiling']:.0%}", file=out)
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


def _print_modes(result: dict, modes: list[str], out) -> None:
    """One table: a row per stage, a column per mode (median seconds, with the range over rounds)."""
    table = {}
    for m in modes:
        cells = []
        for row in result["modes"][m]:
            cell = f"{row['seconds']:.2f}"
            if row["min_seconds"] != row["max_seconds"]:
                cell += f" ({row['min_seconds']:.2f}-{row['max_seconds']:.2f})"
            cells.append(cell)
        cells.append(f"{result['pipeline_seconds'][m]:.2f}")
        table[f"{m} ({result['default_kind']})" if m == "default" else m] = cells
    frame = pd.DataFrame(table, index=[r["stage"] for r in result["modes"][modes[0]]] + ["full pipeline"])
    rounds = result["rounds"]
    print(f"\nseconds by stage" + (f" (median of {rounds} rounds, range)" if rounds > 1 else "") + ":\n"
          + frame.to_string(), file=out)


def write_json(result: dict, path) -> None:
    Path(path).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
