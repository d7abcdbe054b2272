"""extract_quotes gives the same rows in every mode: this process, local processes, a Dask cluster.

The rows of a partition of articles do not depend on the other partitions; the speakers are made canonical over
the whole corpus after the partitions are gathered, so every mode must give the one-process table exactly.
"""
import distributed
import pytest
from pandas.testing import assert_frame_equal

from analysis import load_corpus
from analysis.synthetic import make_corpus
from analysis.quotes import extract_quotes

from conftest import DATA


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as local, distributed.Client(local):
        yield local


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return load_corpus(make_corpus(tmp_path_factory.mktemp("generated"), 200, seed=3)).articles


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(DATA).articles


@pytest.mark.parametrize("corpus", ["seeds", "generated"])
def test_every_mode_gives_the_same_rows(corpus, request, cluster):
    articles = request.getfixturevalue(corpus)
    one = extract_quotes(articles, scheduler="sync")
    assert len(one) >= 20 and one["article_id"].nunique() >= 2  # rows in several partitions
    assert one["speaker"].ne("").any()
    assert_frame_equal(extract_quotes(articles, scheduler="processes", workers=2), one)
    assert_frame_equal(extract_quotes(articles, scheduler="local"), one)  # the cluster's client is the default


def test_a_corpus_without_rows_is_the_empty_table_in_every_mode(seeds, cluster):
    blank = seeds.assign(text="no quotation here at all", title=None)
    one = extract_quotes(blank, scheduler="sync")
    assert one.empty
    assert_frame_equal(extract_quotes(blank, scheduler="processes", workers=2), one)
    assert_frame_equal(extract_quotes(blank, scheduler="local"), one)
