"""The benchmark's corpus generator and command (the benchmark itself is not a timed test)."""
import gc
import json
import re

import pytest

import analysis
from analysis import bench
from analysis.bench import parallel_scaling, run_benchmark
from analysis.synthetic import SOURCES, make_corpus
from analysis.cli import main


@pytest.fixture(autouse=True)
def frozen_heap():
    """The objects the test session made before a test out of the garbage collector's reach while it runs
    (``gc.freeze``): the benchmark calls ``gc.collect()`` before every stage and measurement, and each call walked
    the whole session's heap (0.1-0.25 s, some 50 calls a test). No test here asserts a time."""
    gc.freeze()
    yield
    gc.unfreeze()


def test_same_seed_same_bytes_other_seed_other_text(tmp_path):
    a, b, c = (make_corpus(tmp_path / name, 3, seed=seed) for name, seed in [("a", 1), ("b", 1), ("c", 2)])
    for name in ["a000000.txt", "a000002.txt", "articles.csv"]:
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert (a / "a000000.txt").read_bytes() != (c / "a000000.txt").read_bytes()


def test_articles_have_the_seeds_shape(tmp_path):
    folder = make_corpus(tmp_path, 12, seed=5)
    corpus = analysis.load_corpus(folder)
    assert corpus.problems.empty
    articles = corpus.articles
    assert len(articles) == 12
    for text in articles["text"]:
        words = re.findall(r"\w+", text)
        assert 480 <= len(words) <= 1100
        assert len(text.split("\n\n")) >= 5
    assert (articles["source"] == [SOURCES[i % 4] for i in range(12)]).all()
    assert articles["published"].notna().all() and set(articles["year"]) <= {2021, 2022, 2023, 2024}
    assert articles["author"].notna().all()  # the "By First Last" byline
    everything = "\n".join(articles["text"])
    assert everything.count("“") == everything.count("”") > 0
    quotes = analysis.extract_quotes(articles)
    assert {"direct", "indirect"} <= set(quotes["kind"])


def test_run_benchmark_reports_every_stage_in_every_mode(tmp_path):
    with open(tmp_path / "log.txt", "w") as log:
        result = run_benchmark(4, workdir=tmp_path, dask_workers=0, rounds=3, out=log)
    stages = ["load+clean", "term counts", "tf-idf", "keyness", "quotes"]
    assert sorted(result["modes"]) == ["default", "sync"]  # no Dask asked for
    assert result["default_kind"] == "sync"  # 4 articles: too small for more processes
    rounds = result["per_round"]
    assert len(rounds) == 3
    for mode in ("default", "sync"):
        assert [row["stage"] for row in result["modes"][mode]] == stages
        assert all(row["seconds"] > 0 and row["articles_per_s"] > 0 for row in result["modes"][mode])
        assert all([r["stage"] for r in one[mode]] == stages for one in rounds)
        for i, row in enumerate(result["modes"][mode]):  # each stage: the middle of its three times
            times = sorted(one[mode][i]["seconds"] for one in rounds)
            assert (row["min_seconds"], row["seconds"], row["max_seconds"]) == tuple(times)
        # the pipeline and the ratios: the middle of each round's own, every stage summed, paired within the round
        pipelines = [sum(r["seconds"] for r in one[mode]) for one in rounds]
        refs = [one["reference_seconds"] for one in rounds]
        syncs = [sum(r["seconds"] for r in one["sync"]) for one in rounds]
        assert abs(result["pipeline_seconds"][mode] - sorted(pipelines)[1]) < 1e-9
        assert abs(result["ratio_to_reference"][mode] - sorted(p / r for p, r in zip(pipelines, refs))[1]) < 1e-9
        assert abs(result["speedup_over_sync"][mode] - sorted(s / p for s, p in zip(syncs, pipelines))[1]) < 1e-9
    like = [sum(r["seconds"] for r in one["default"] if r["stage"] in ("term counts", "tf-idf")) for one in rounds]
    assert abs(result["like_for_like_seconds"] - sorted(like)[1]) < 1e-9
    assert result["peak_rss_mb"] > 10
    printed = (tmp_path / "log.txt").read_text()
    assert "full pipeline, default (sync)" in printed and "full pipeline, sync" in printed and "by round" in printed


def test_bench_command_writes_json(tmp_path, capsys):
    out = tmp_path / "result.json"
    assert main(["bench", "--articles", "3", "--workers", "0", "--workdir", str(tmp_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "load+clean" in printed and "TfidfVectorizer" in printed and "full pipeline, sync" in printed
    result = json.loads(out.read_text())
    assert result["articles"] == 3 and result["by"] == "source"


def test_parallel_scaling_times_the_same_slices_both_ways(tmp_path):
    """The machine's parallel ceiling: every round times the serial and the parallel run of the same work,
    and the scaling is the median of their ratios."""
    texts = [f"Sentence {i} ends here. Another one starts." for i in range(40)]
    result = parallel_scaling(texts, 2, rounds=3)
    assert result["workers"] == 2 and len(result["serial_seconds"]) == len(result["parallel_seconds"]) == 3
    ratios = sorted(s / p for s, p in zip(result["serial_seconds"], result["parallel_seconds"]))
    assert result["scaling"] == ratios[1] and result["scaling_range"] == [ratios[0], ratios[-1]]
    assert result["texts"] == 40 and parallel_scaling(texts, 2, rounds=1, max_texts=10)["texts"] == 10
    assert bench._SHARED_TEXTS == []  # the texts are not kept after the measurement


def test_run_benchmark_with_dask_reads_the_speed_up_against_the_machine_ceiling(tmp_path):
    with open(tmp_path / "log.txt", "w") as log:
        result = run_benchmark(6, workdir=tmp_path, dask_workers=2, rounds=2, out=log)
    assert [row["stage"] for row in result["modes"]["dask"]] == [row["stage"] for row in result["modes"]["sync"]]
    speedups, shares = [], []
    for one in result["per_round"]:  # paired within each round
        d_total = sum(row["seconds"] for row in one["dask"])
        assert abs(one["dask_pipeline_seconds"] - d_total) < 1e-9
        speedups.append(one["sync_pipeline_seconds"] / d_total)
        before, after = (c["scaling"] for c in one["machine_parallel_scaling"])
        shares.append(speedups[-1] / ((before + after) / 2))
    assert abs(result["speedup_over_sync"]["dask"] - sum(speedups) / 2) < 1e-9  # the median of two: their mean
    assert abs(result["dask_share_of_ceiling"] - sum(shares) / 2) < 1e-9
    assert len(result["machine_parallel_scaling"]) == 4
    assert "of that ceiling" in (tmp_path / "log.txt").read_text()


def test_every_stage_of_the_one_core_mode_runs_in_this_process(tmp_path, monkeypatch):
    """``sync`` means one core for every stage: loading too (``load_articles`` passes its options to
    ``load_corpus``; the one-core column once loaded files on every core)."""
    from analysis import load
    asked = []
    real = load.load_corpus
    monkeypatch.setattr(load, "load_corpus", lambda path, **options: asked.append(options.get("scheduler"))
                        or real(path, **options))
    folder = make_corpus(tmp_path / "corpus", 3, seed=1)
    bench.pipeline(folder, mode="sync")
    bench.pipeline(folder, mode="default")
    assert asked == ["sync", None]
