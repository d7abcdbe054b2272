"""The benchmark's corpus generator and command (the benchmark itself is not a timed test)."""
import json
import re

import analysis
from analysis import bench
from analysis.bench import SOURCES, make_corpus, parallel_scaling, run_benchmark
from analysis.cli import main


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


def test_run_benchmark_reports_every_stage(tmp_path):
    with open(tmp_path / "log.txt", "w") as log:
        result = run_benchmark(4, workdir=tmp_path, dask_workers=0, rounds=3, out=log)
    stages = [row["stage"] for row in result["single_process"]]
    assert stages == ["load+clean", "tokenise", "term counts", "tf-idf", "keyness", "quotes"]
    assert all(row["seconds"] > 0 and row["articles_per_s"] > 0 for row in result["single_process"])
    rounds = result["per_round"]
    assert len(rounds) == 3 and all([r["stage"] for r in one["single_process"]] == stages for one in rounds)
    # each stage: the middle of its three times
    for i, row in enumerate(result["single_process"]):
        times = sorted(one["single_process"][i]["seconds"] for one in rounds)
        assert (row["min_seconds"], row["seconds"], row["max_seconds"]) == tuple(times)
    # the pipeline and the ratios: the middle of each round's own, every stage but tokenise summed
    pipelines = [sum(r["seconds"] for r in one["single_process"] if r["stage"] != "tokenise") for one in rounds]
    refs = [one["reference_seconds"] for one in rounds]
    assert abs(result["pipeline_seconds"] - sorted(pipelines)[1]) < 1e-9
    assert abs(result["ratio_to_reference"] - sorted(p / r for p, r in zip(pipelines, refs))[1]) < 1e-9
    like = [sum(r["seconds"] for r in one["single_process"] if r["stage"] in ("term counts", "tf-idf")) for one in rounds]
    assert abs(result["like_for_like_seconds"] - sorted(like)[1]) < 1e-9
    assert abs(result["like_for_like_ratio"] - sorted(l / r for l, r in zip(like, refs))[1]) < 1e-9
    assert result["peak_rss_mb"] > 10
    assert "ratio by round" in (tmp_path / "log.txt").read_text()


def test_bench_command_writes_json(tmp_path, capsys):
    out = tmp_path / "result.json"
    assert main(["bench", "--articles", "3", "--workers", "0", "--workdir", str(tmp_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "load+clean" in printed and "TfidfVectorizer" in printed
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
    assert [row["stage"] for row in result["dask"]] == [row["stage"] for row in result["single_process"]]
    speedups, shares = [], []
    for one in result["per_round"]:  # paired within each round
        d_total = sum(row["seconds"] for row in one["dask"] if row["stage"] != "tokenise")
        assert abs(one["dask_pipeline_seconds"] - d_total) < 1e-9
        speedups.append(one["pipeline_seconds"] / d_total)
        before, after = (c["scaling"] for c in one["machine_parallel_scaling"])
        shares.append(speedups[-1] / ((before + after) / 2))
    assert abs(result["dask_speedup"] - sum(speedups) / 2) < 1e-9  # the median of two: their mean
    assert abs(result["dask_share_of_ceiling"] - sum(shares) / 2) < 1e-9
    assert len(result["machine_parallel_scaling"]) == 4
    assert "of that ceiling" in (tmp_path / "log.txt").read_text()
