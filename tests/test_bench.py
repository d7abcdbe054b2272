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
    result = run_benchmark(4, workdir=tmp_path, dask_workers=0, out=open(tmp_path / "log.txt", "w"))
    stages = [row["stage"] for row in result["single_process"]]
    assert stages == ["load+clean", "tokenise", "term counts", "tf-idf", "keyness", "quotes"]
    assert all(row["seconds"] > 0 and row["articles_per_s"] > 0 for row in result["single_process"])
    total = sum(row["seconds"] for row in result["single_process"] if row["stage"] != "tokenise")
    assert abs(result["pipeline_seconds"] - total) < 1e-9
    assert abs(result["ratio_to_reference"] - total / result["reference_seconds"]) < 1e-9
    seconds = {row["stage"]: row["seconds"] for row in result["single_process"]}
    like = seconds["term counts"] + seconds["tf-idf"]  # what TfidfVectorizer does: tokenise, count, weigh
    assert abs(result["like_for_like_seconds"] - like) < 1e-9
    assert abs(result["like_for_like_ratio"] - like / result["reference_seconds"]) < 1e-9
    assert result["peak_rss_mb"] > 10


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
        result = run_benchmark(6, workdir=tmp_path, dask_workers=2, out=log)
    assert [row["stage"] for row in result["dask"]] == [row["stage"] for row in result["single_process"]]
    d_total = sum(row["seconds"] for row in result["dask"] if row["stage"] != "tokenise")
    assert abs(result["dask_speedup"] - result["pipeline_seconds"] / d_total) < 1e-9
    before, after = (c["scaling"] for c in result["machine_parallel_scaling"])
    assert abs(result["dask_share_of_ceiling"] - result["dask_speedup"] / ((before + after) / 2)) < 1e-9
    assert "of that ceiling" in (tmp_path / "log.txt").read_text()
