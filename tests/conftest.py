"""Shared fixtures: the repository's data folder and the seed articles."""
from pathlib import Path

import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEEDS = ROOT.parent / "shared" / "seeds"
ID_2021 = "2021-05-12_us-envoy-hady-amr"
ID_2024 = "2024-05-13_biden-rafah-talks"


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
