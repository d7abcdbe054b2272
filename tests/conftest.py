"""Shared fixtures: the repository's data folder and the seed articles."""
from pathlib import Path

import pytest

import analysis
import report_runs

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEEDS = ROOT.parent / "shared" / "seeds"
ID_2021 = "2021-05-12_us-envoy-hady-amr"
ID_2024 = "2024-05-13_biden-rafah-talks"


@pytest.fixture(scope="session", autouse=True)
def reports_in_the_background(request, tmp_path_factory):
    """The shared reports the collected tests read start rendering with the session (``report_runs.py``)."""
    report_runs.start_session(tmp_path_factory, [(item.path.name, getattr(item, "originalname", item.name))
                                                 for item in request.session.items])
    yield
    report_runs.stop_session()


def pytest_collection_modifyitems(session, config, items):
    """The tests that read a shared report run after the others (in their own order): the reports render
    meanwhile."""
    items.sort(key=lambda item: report_runs.reads(item.path.name, getattr(item, "originalname", item.name)))


def pytest_runtest_logfinish(nodeid, location):
    report_runs.poll()  # the next shared report starts as soon as the one before it is done


@pytest.fixture(scope="session")
def corpus():
    return analysis.load_corpus(DATA)


@pytest.fixture(scope="session")
def articles(corpus):
    return corpus.articles.set_index("article_id", drop=False)


@pytest.fixture(scope="session")
def raw_2024():
    return (DATA / "articles" / f"{ID_2024}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def raw_2021():
    return (DATA / "articles" / f"{ID_2021}.txt").read_text(encoding="utf-8")
