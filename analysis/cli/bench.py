"""``python -m analysis bench``: time every stage on a generated corpus in every mode (default, one core, Dask),
beside scikit-learn."""
from __future__ import annotations

from ..bench import run_benchmark, write_json


def add_cli(subparsers) -> None:
    p = subparsers.add_parser("bench", help="benchmark the pipeline on a generated corpus (not a test)",
                              description=__doc__)
    p.add_argument("--articles", type=int, default=1000, help="number of generated articles (default 1000)")
    p.add_argument("--out", help="also write the results as JSON to this file")
    p.add_argument("--workdir", default="benchmarks/corpora",
                   help="where generated corpora are written and reused (default benchmarks/corpora)")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated corpus (default 0)")
    p.add_argument("--by", default="source", help="grouping column for term counts, TF-IDF and keyness (default source)")
    p.add_argument("--workers", type=int, default=2, help="Dask LocalCluster workers; 0 skips the Dask mode (default 2)")
    p.add_argument("--scheduler", help="address of an existing Dask scheduler instead of a LocalCluster")
    p.add_argument("--rounds", type=int, default=1,
                   help="time everything this many times, one mode after the other; medians and paired ratios "
                        "(default 1)")
    p.set_defaults(func=_run)


def _run(args) -> int:
    if args.articles < 1:
        raise SystemExit("error: --articles must be at least 1")
    if args.rounds < 1:
        raise SystemExit("error: --rounds must be at least 1")
    result = run_benchmark(args.articles, workdir=args.workdir, seed=args.seed, by=args.by,
                           dask_workers=args.workers, scheduler=args.scheduler, rounds=args.rounds)
    if args.out:
        write_json(result, args.out)
    return 0
