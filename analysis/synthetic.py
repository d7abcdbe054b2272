"""A generated corpus of realistic articles: the benchmark's input and the tests' large corpora.

:func:`make_corpus` writes ``n`` article files of seed-like shape and a manifest; :func:`make_article` makes one.
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
import functools
import random
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


@functools.lru_cache(maxsize=8)
def _seeded_lexicon(seed: int) -> tuple[_Lexicon, dict]:
    """The lexicon drawn first from ``default_rng(seed)`` and the generator's state after it: drawn once per
    process and seed (its 40,000 words take about 1.5 s; the tests and the benchmark reuse a few seeds)."""
    rng = np.random.default_rng(seed)
    return _lexicon(rng), rng.bit_generator.state


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
    lex, state = _seeded_lexicon(seed)
    rng = np.random.default_rng(seed)
    rng.bit_generator.state = state  # where drawing the lexicon left it
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
