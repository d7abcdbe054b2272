"""Quote extraction speed of this tree against an earlier commit, in paired rounds. Run by hand, not by `make test`.

    .venv/bin/python benchmarks/quote_speed.py [--base 8549082] [--corpus polnear|generated] [--rounds 5]
                                               [--scheduler sync|processes|local]

The articles are read once and handed to both versions as the same pickled table. Each round runs the base
commit's ``extract_quotes`` and this tree's in fresh processes, one after the other (the order alternates between
rounds), and times ``extract_quotes`` alone (after a warm-up on 20 articles). Reported: articles/s of each and the
ratio current time / base time per round, with its median and range: drift of a shared machine moves both runs
of a round alike, so the ratio is steadier than either speed. The base commit is checked out once as a detached
git worktree under ``/tmp``.

``--scheduler`` is passed to this tree's ``extract_quotes`` only (the base runs as it did); without it both run
with their defaults (this tree: every local core from :data:`analysis.execute.PARALLEL_MIN_CHARS` characters of
text, one process below).

Corpora: ``polnear`` = the 840 PolNeAR train texts (``../shared/corpora``, not in the repository); ``generated`` =
the speed benchmark's corpus of 1,000 articles (``analysis.synthetic.make_corpus``, seed 0).
"""
from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
TIMER = """
import json, pickle, sys, time
from analysis.quotes import extract_quotes
articles = pickle.load(open(sys.argv[1], "rb"))
options = json.loads(sys.argv[2])
extract_quotes(articles.head(20), progress=False, **options)
t = time.perf_counter()
extract_quotes(articles, progress=False, **options)
print(time.perf_counter() - t)
"""


def base_tree(rev: str) -> Path:
    tree = Path(tempfile.gettempdir()) / f"quote-speed-{rev}"
    if not tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True,
                       capture_output=True)
    return tree


def articles(corpus: str) -> pd.DataFrame:
    if corpus == "polnear":
        files = sorted((ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text").glob("*.txt"))
        return pd.DataFrame({"article_id": [f.stem for f in files],
                             "text": [f.read_text(encoding="utf-8") for f in files]})
    from analysis.synthetic import make_corpus
    from analysis import load_corpus
    folder = Path(tempfile.gettempdir()) / "quote-speed-generated"
    if not folder.exists():
        make_corpus(folder, 1000, seed=0)
    return load_corpus(folder).articles[["article_id", "title", "text"]]


def seconds(tree: Path, table: Path, options: dict) -> float:
    out = subprocess.run([sys.executable, "-c", TIMER, str(table), json.dumps(options)], cwd=tree, env={"PYTHONPATH": str(tree)},
                         check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="8549082")
    parser.add_argument("--corpus", choices=["polnear", "generated"], default="polnear")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scheduler", default=None, help="this tree's extract_quotes(scheduler=...)")
    args = parser.parse_args()
    table = articles(args.corpus)
    path = Path(tempfile.gettempdir()) / f"quote-speed-{args.corpus}.pkl"
    path.write_bytes(pickle.dumps(table))
    trees = {"base": base_tree(args.base), "current": ROOT}
    ratios = []
    for r in range(args.rounds):
        order = ["base", "current"] if r % 2 == 0 else ["current", "base"]
        options = {"base": {}, "current": {"scheduler": args.scheduler} if args.scheduler else {}}
        took = {name: seconds(trees[name], path, options[name]) for name in order}
        ratios.append(took["current"] / took["base"])
        print(f"round {r + 1}: base {len(table) / took['base']:.0f} articles/s, current "
              f"{len(table) / took['current']:.0f} articles/s, ratio {ratios[-1]:.2f}", flush=True)
    print(f"{args.corpus}, {len(table)} articles, scheduler {args.scheduler or 'default'}: time ratio current / base ({args.base}) median "
          f"{statistics.median(ratios):.2f}, range {min(ratios):.2f}-{max(ratios):.2f} over {args.rounds} rounds")


if __name__ == "__main__":
    main()
