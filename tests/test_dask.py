"""The Dask path gives the pandas path's results: loading, term counts, TF-IDF, keyness, quotes.

One LocalCluster of 2 worker processes for the module; corpora: the seeds (data/) and a
generated corpus of 30 articles with cross-partition duplicates and clashing file names.
"""
import re
import shutil
from pathlib import Path

import distributed
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import analysis
from analysis import execute
from analysis.synthetic import make_corpus
from analysis.keyness import keyness
from analysis.quotes import extract_quotes
from analysis.report import DEFAULT_NOTEBOOKS
from analysis.terms import term_frequency, tfidf

import report_runs
from conftest import DATA



@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        yield client
        execute.close_clients()  # before the cluster goes


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """30 generated articles, plus: a byte copy and a text copy of earlier files (placed in later
    partitions), and a file in a sub-folder whose name clashes with an earlier file's id."""
    folder = make_corpus(tmp_path_factory.mktemp("generated"), 30, seed=7)
    shutil.copy(folder / "a000001.txt", folder / "z-copy.txt")
    (folder / "sub").mkdir()
    shutil.copy(folder / "a000002.txt", folder / "sub" / "a000003.txt")  # same bytes as a000002, same stem as a000003
    (folder / "sub" / "a000004.txt").write_text((folder / "a000004.txt").read_text(encoding="utf-8") + "\n\n",
                                                encoding="utf-8")  # same text, other bytes
    (folder / "sub" / "a000005.txt").write_text("Another Story\n\nSomething else entirely happened today. "
                                                "“We saw it,” Ana Lopez said.\n", encoding="utf-8")
    return folder


def _same_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing values as None, object dtype: a partition's dtypes depend on its own values."""
    return frame.astype(object).where(frame.notna(), None).reset_index(drop=True)


@pytest.fixture(scope="module", params=["seeds", "generated"])
def pair(request, client, generated):
    path = DATA if request.param == "seeds" else generated
    by = "year" if request.param == "seeds" else "source"
    return analysis.load_corpus(path), analysis.load_corpus(path, engine="dask", npartitions=3), by


def test_load_is_dask_partitioned_by_files(client, generated):
    corpus = analysis.load_corpus(generated, engine="dask", npartitions=4)
    assert execute.is_dask(corpus.articles) and not execute.is_dask(corpus.problems)
    assert corpus.articles.npartitions == 4
    assert not execute.is_dask(analysis.load_articles(generated))


def test_load_same_articles_problems_and_log(pair):
    single, dask, _ = pair
    assert_frame_equal(_same_values(dask.articles.compute()), _same_values(single.articles))
    assert_frame_equal(_same_values(dask.problems), _same_values(single.problems))
    assert_frame_equal(_same_values(dask.cleaning_log), _same_values(single.cleaning_log))


def test_outlet_furniture_found_across_partitions_that_stay_on_the_workers(client, tmp_path):
    """A sign-off repeated in three articles of one outlet, each read by another partition, is that outlet's
    furniture on the cluster too: the same texts, counts and log rows as loading in one process."""
    body = "The council {} its budget on {}, after a debate that lasted most of the night in the town hall."
    rows = ["file,source"]
    for i, (verb, day) in enumerate([("passed", "Monday"), ("cut", "Tuesday"), ("raised", "Friday")]):
        (tmp_path / f"d{i}.txt").write_text(f"{body.format(verb, day)}\n\nFollow The Daily on Twitter.\n",
                                            encoding="utf-8")
        rows.append(f"d{i}.txt,daily")
    (tmp_path / "w0.txt").write_text(body.format("kept", "Sunday") + "\n\nFollow The Daily on Twitter.\n",
                                     encoding="utf-8")  # another outlet: its line stays
    rows.append("w0.txt,weekly")
    (tmp_path / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    single = analysis.load_corpus(tmp_path)
    dask = analysis.load_corpus(tmp_path, engine="dask", npartitions=4)
    assert dask.articles.npartitions == 4
    articles = dask.articles.compute().set_index("article_id")
    assert articles.loc["d1", "text"] == body.format("cut", "Tuesday")
    assert articles.loc["w0", "text"].endswith("Follow The Daily on Twitter.")
    assert articles.loc["d1", "n_words"] == 20 and articles.loc["w0", "n_words"] == 25
    furniture = dask.cleaning_log[dask.cleaning_log["reason"].str.startswith("outlet furniture")]
    assert sorted(furniture["article_id"]) == ["d0", "d1", "d2"]
    assert_frame_equal(_same_values(dask.articles.compute()), _same_values(single.articles))
    assert_frame_equal(dask.cleaning_log, single.cleaning_log)


def test_cross_partition_duplicates_and_ids(client, generated):
    corpus = analysis.load_corpus(generated, engine="dask", npartitions=3)
    problems = set(map(tuple, corpus.problems.to_numpy()))
    assert ("z-copy.txt", "skipped", "duplicate of a000001.txt (identical bytes)") in problems
    assert ("sub/a000003.txt", "skipped", "duplicate of a000002.txt (identical bytes)") in problems
    assert ("sub/a000004.txt", "skipped", "duplicate of a000004.txt (same article text)") in problems
    ids = corpus.articles["article_id"].compute()
    assert ids.is_unique and len(ids) == 31  # 30 + sub/a000005 (id a000005 taken: sub-a000005)
    assert "sub-a000005" in set(ids)


def test_load_articles_dask_logs_problems(client, generated, caplog):
    with caplog.at_level("WARNING", logger="analysis.load"):
        articles = analysis.load_articles(generated, engine="dask", npartitions=2)
    assert execute.is_dask(articles)
    assert "z-copy.txt: duplicate of a000001.txt (identical bytes) (skipped)" in caplog.messages


def test_term_frequency(pair):
    """The public functions take a Dask DataFrame and give the pandas path's table."""
    single, dask, by = pair
    assert_frame_equal(term_frequency(dask.articles, by=by), term_frequency(single.articles, by=by))
    assert_frame_equal(term_frequency(dask.articles, ngram_range=(1, 2)),
                       term_frequency(single.articles, ngram_range=(1, 2)))


@pytest.mark.parametrize("documents", ["article", "paragraph"])
def test_tfidf(pair, documents):
    single, dask, by = pair
    assert_frame_equal(tfidf(dask.articles, by=by, documents=documents),
                       tfidf(single.articles, by=by, documents=documents), check_exact=True)


def test_keyness(pair):
    single, dask, by = pair
    assert_frame_equal(keyness(dask.articles, by=by), keyness(single.articles, by=by), check_exact=True)


def test_keyness_two_chosen_groups(client, generated):
    single = analysis.load_articles(generated)
    dask = analysis.load_articles(generated, engine="dask", npartitions=3)
    chosen = ["Daily Ledger", "Wire Service"]
    assert_frame_equal(keyness(dask, by="source", groups=chosen), keyness(single, by="source", groups=chosen))


def test_quotes(pair):
    single, dask, _ = pair
    assert_frame_equal(extract_quotes(dask.articles), extract_quotes(single.articles))


def test_existing_scheduler_address(client):
    corpus = analysis.load_corpus(DATA, engine="dask", scheduler=client.scheduler.address)
    assert sorted(corpus.articles["article_id"].compute()) == sorted(analysis.load_articles(DATA)["article_id"])


def test_distribute_a_pandas_table_to_an_existing_scheduler(client, generated):
    """What the notebooks do with their ``scheduler`` parameter: a loaded (and filtered) pandas table is
    sent to the cluster, and every analysis on it equals the single-process one."""
    single = analysis.load_articles(generated)
    subset = single[single["source"] != "Wire Service"].reset_index(drop=True)
    work = execute.distribute(subset, client.scheduler.address, npartitions=3)
    assert execute.is_dask(work) and work.npartitions == 3
    assert execute.distribute(subset, None) is subset and execute.distribute(subset, "") is subset
    assert_frame_equal(term_frequency(work, by="source"), term_frequency(subset, by="source"))
    assert_frame_equal(tfidf(work, by="source"), tfidf(subset, by="source"), check_exact=True)
    assert_frame_equal(keyness(work, by="source"), keyness(subset, by="source"), check_exact=True)
    assert_frame_equal(extract_quotes(work), extract_quotes(subset))


def test_a_distributed_table_is_computed_where_its_data_is(client, generated):
    """The notebook case of a default client of its own (here the module's) and ``scheduler`` naming
    another cluster: every function computes on the cluster that holds the frame, not the default one."""
    single = analysis.load_articles(generated)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as other:
        try:
            assert distributed.default_client() is client
            work = execute.distribute(single, other.scheduler_address, npartitions=2)
            assert execute.client_of(work).scheduler.address == other.scheduler_address
            assert_frame_equal(term_frequency(work, by="source"), term_frequency(single, by="source"))
            assert_frame_equal(keyness(work, by="source"), keyness(single, by="source"), check_exact=True)
            assert_frame_equal(extract_quotes(work), extract_quotes(single))
            loaded = analysis.load_corpus(generated, engine="dask", scheduler=other.scheduler_address).articles
            assert execute.client_of(loaded).scheduler.address == other.scheduler_address
            assert_frame_equal(execute.client_of(loaded).compute(loaded).result(), single)
        finally:
            execute.close_clients(other.scheduler_address)


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_load_on_a_cluster_into_pandas(client, generated, which):
    """``load_corpus(path, scheduler=...)`` reads on the workers and gives the one-process tables exactly."""
    path = DATA if which == "seeds" else generated
    single = analysis.load_corpus(path)
    collected = analysis.load_corpus(path, scheduler=client.scheduler.address)
    assert not execute.is_dask(collected.articles)
    assert_frame_equal(collected.articles, single.articles)
    assert_frame_equal(collected.cleaning_log, single.cleaning_log)
    assert_frame_equal(collected.problems, single.problems)


#: A table's note names its CSV only when the report exports it: "(14 rows; download: x.csv)" / "14 rows" and the
#: same in HTML; the rows themselves must be the same.
_EXPORT_LINK = re.compile(r".*\(\d[\d,]* rows?\): \./tables/[\w.-]+\.csv$", re.S)
_EXPORT_NOTE = re.compile(r";? ?(?:download|full table): (?:<a [^>]*>)?[\w.-]+\.csv(?:</a>)?")


def _text_outputs(path):
    """Every text output of a notebook, cell by cell (images left out; a table's export link left out). Printed
    lines that follow each other are one output: the kernel sends what was printed every 0.2 s, so a cell that
    prints, works a while (longer on a loaded machine) and prints again may give one stream output or two."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                if out and out[-1][:2] == (cell.get("id"), o["name"]):
                    out[-1] = (*out[-1][:2], out[-1][2] + o["text"])
                else:
                    out.append((cell.get("id"), o["name"], o["text"]))
            if _EXPORT_LINK.match(o.get("data", {}).get("text/plain", "")):
                continue  # the link to a table exported whole: shown only when the report exports
            for kind in ("text/plain", "text/html"):
                if kind in o.get("data", {}):
                    out.append((cell.get("id"), kind, _EXPORT_NOTE.sub("", o["data"][kind])))
    return out


def prepare_cluster_report(base: Path) -> tuple[list[str], None]:
    """The arguments of ``report_on_a_cluster.py``: the report on the seeds typed as ``../data`` in the notebooks'
    folder (the committed notebooks' own ``data_path``) into ``base/dask``."""
    return [base / "address.txt", DEFAULT_NOTEBOOKS, "../data", "--out", base / "dask", "--jobs", "2",
            "--groups", *GROUPS], None


#: The seeds' years: every group, as in the committed run.
GROUPS = ["2021", "2024"]

report_runs.add("cluster", prepare_cluster_report,
                readers={"test_dask.py::test_report_on_an_existing_scheduler_gives_the_same_notebooks"},
                script=Path(__file__).with_name("report_on_a_cluster.py"))


def test_report_on_an_existing_scheduler_gives_the_same_notebooks(tmp_path_factory):
    """``report --scheduler ADDRESS`` on a LocalCluster already running (``report_on_a_cluster.py``, rendered
    while other tests run: ``report_runs.py``): every workbook notebook loads and analyses on the cluster and
    shows what the committed one-process run shows, table for table; the index names the scheduler.
    The two groups are named (``--groups 2021 2024``, the seeds' years: every group, as in the committed run):
    they reach every notebook that takes ``groups``, which then shows the same as with the default."""
    import nbformat

    run = report_runs.rendered("cluster", tmp_path_factory)
    assert run.returncode == 0, run.stderr  # every notebook ran
    address, out = (run.base / "address.txt").read_text(encoding="utf-8"), run.base / "dask"
    names = sorted(p.name for p in DEFAULT_NOTEBOOKS.glob("*.ipynb"))
    assert sorted(p.name for p in out.glob("*.ipynb")) == names
    parameters = {name: nbformat.read(out / name, as_version=4).metadata["papermill"]["parameters"] for name in names}
    assert sum("groups" in p for p in parameters.values()) >= 5
    for name in names:
        assert parameters[name]["scheduler"] == address
        if "groups" in parameters[name]:
            assert parameters[name]["groups"] == GROUPS and parameters[name]["by"] == "year"
        assert _text_outputs(out / name) == _text_outputs(DEFAULT_NOTEBOOKS / name), name
    assert address in (out / "index.html").read_text(encoding="utf-8")


def test_a_local_cluster_takes_the_clients_kept_for_its_address_with_it():
    """``report --scheduler local`` sends the articles to its LocalCluster by address: the client kept for
    that address must close with the cluster, not try to reconnect to it for 30 s after."""
    with execute.dask_client(None, n_workers=1) as client:
        address = client.scheduler.address
        kept = execute.get_client(address)
        assert kept is not client and execute.get_client(address) is kept
    assert kept.status == "closed"


def test_functions_without_a_dask_version_say_what_to_do(client):
    from analysis import terms, units
    articles = analysis.load_articles(DATA, engine="dask", npartitions=2)
    calls = [lambda: terms.concordance(articles, "rafah"), lambda: terms.dispersion(articles, ["rafah"]),
             lambda: terms.collocations(articles), lambda: terms.most_frequent(articles),
             lambda: terms.term_occurrences(articles),
             lambda: units.tokens(articles), lambda: units.sentences(articles), lambda: units.paragraphs(articles)]
    for call in calls:
        with pytest.raises(TypeError, match="needs a pandas articles table"):
            call()


def test_shared_counts_on_the_cluster(pair):
    """``term_counts`` of a Dask DataFrame, made on the workers, equals the pandas table's; the three analyses
    given it equal the pandas path, and counts of other articles or options are refused."""
    from analysis.terms import term_counts
    single, dask, by = pair
    counts = term_counts(dask.articles)
    expected = term_counts(single.articles, scheduler="sync")
    assert list(counts.ids) == list(single.articles["article_id"]) and list(counts.terms) == list(expected.terms)
    assert (counts.matrix != expected.matrix).nnz == 0 and list(counts.words) == list(expected.words)
    assert_frame_equal(term_frequency(dask.articles, by=by, counts=counts), term_frequency(single.articles, by=by))
    assert_frame_equal(tfidf(dask.articles, by=by, counts=counts), tfidf(single.articles, by=by), check_exact=True)
    assert_frame_equal(keyness(dask.articles, by=by, counts=counts), keyness(single.articles, by=by), check_exact=True)
    assert_frame_equal(keyness(dask.articles, by="article_id", counts=counts),
                       keyness(single.articles, by="article_id"), check_exact=True)
    with pytest.raises(ValueError, match="not made from these articles"):
        term_frequency(dask.articles.map_partitions(lambda p: p.iloc[1:], meta=dask.articles._meta), counts=counts)
    with pytest.raises(ValueError, match="same options"):
        tfidf(dask.articles, by=by, ngram_range=(1, 2), counts=counts)


# --- one code path: the same tables on one core, local processes and a LocalCluster -------------------------------

@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """The seeds and 200 generated articles, as pandas tables."""
    return {"seeds": (analysis.load_articles(DATA), "year"),
            "generated": (analysis.load_articles(make_corpus(tmp_path_factory.mktemp("g200"), 200, seed=11)),
                          "source")}


def _modes(client):
    return [{"scheduler": "processes", "workers": 2}, {"scheduler": client.scheduler.address}]


@pytest.mark.parametrize("name", ["seeds", "generated"])
def test_every_mode_gives_the_same_counts(client, corpora, name):
    from analysis.terms import term_counts
    articles, _ = corpora[name]
    for ngram_range in [(1, 1), (1, 2)]:
        one = term_counts(articles, ngram_range=ngram_range, scheduler="sync")
        assert one.matrix.shape[0] == len(articles) and len(one.terms) > 100
        for mode in _modes(client):
            other = term_counts(articles, ngram_range=ngram_range, **mode)
            assert list(other.terms) == list(one.terms) and list(other.ids) == list(one.ids), mode
            assert (other.matrix != one.matrix).nnz == 0 and list(other.words) == list(one.words), mode


@pytest.mark.parametrize("name", ["seeds", "generated"])
def test_every_mode_gives_the_same_tables_floats_included(client, corpora, name):
    from analysis.keyness import article_counts
    articles, by = corpora[name]
    calls = {
        "term_frequency": lambda **m: term_frequency(articles, by=by, **m),
        "tfidf": lambda **m: tfidf(articles, by=by, **m),
        "tfidf by paragraph": lambda **m: tfidf(articles, by=by, documents="paragraph", **m),
        "keyness": lambda **m: keyness(articles, by=by, **m),
        "keyness of two groups": lambda **m: keyness(articles, by=by, groups=sorted(set(articles[by].astype(str)))[:2],
                                                     **m),
        "article_counts": lambda **m: article_counts(articles, by=by, **m),
    }
    for what, call in calls.items():
        one = call(scheduler="sync")
        assert len(one) > 10, what
        for mode in _modes(client):
            assert_frame_equal(call(**mode), one, check_exact=True, obj=f"{what} {mode}")
