"""Assemble the two multi-outlet corpora used to look at reports on real articles. Run by hand.

    .venv/bin/python benchmarks/demo_corpora.py [--out /tmp/corpora] [--shared ../shared/corpora]

Writes, outside the project (the articles stay the publishers'; nothing is copied into the repository):

* ``OUT/polnear7/``: 200 PolNeAR train articles, the first ~29 per outlet in file-name order, with a manifest
  (``source`` = outlet, ``published``, ``author``, ``title`` from ``metadata.tsv``);
* ``OUT/bbc-reuters/``: 30 BBC politics stories (undated, ``source`` = BBC) and 30 Reuters 2017 articles
  (dated, ``source`` = Reuters), with a manifest.

The texts are copied byte for byte (the loader never follows links, so links would not do).
"""
from __future__ import annotations

import argparse
import csv
import shutil
from collections import defaultdict
from pathlib import Path

FIELDS = ["file", "title", "published", "author", "source"]


def write_manifest(folder: Path, rows: list[dict]) -> None:
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def polnear7(shared: Path, out: Path, n: int = 200) -> None:
    with open(shared / "polnear" / "metadata.tsv", newline="", encoding="utf-8") as f:
        meta = [r for r in csv.DictReader(f, delimiter="\t") if r["compartment"] == "train"]
    by_outlet = defaultdict(list)
    for row in sorted(meta, key=lambda r: r["filename"]):
        by_outlet[row["publisher"]].append(row)
    per_outlet = -(-n // len(by_outlet))
    chosen = [r for rows in by_outlet.values() for r in rows[:per_outlet]][:n]
    folder = out / "polnear7"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for r in chosen:
        name = r["filename"] + ".txt"
        shutil.copyfile(shared / "polnear" / "train" / "text" / name, folder / name)
        rows.append({"file": name, "title": r["title"], "published": r["publication_date"],
                     "author": r["author"], "source": r["publisher"]})
    write_manifest(folder, rows)


def bbc_reuters(shared: Path, out: Path, n: int = 30) -> None:
    folder = out / "bbc-reuters"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for path in sorted((shared / "bbc-politics").glob("*.txt"))[:n]:
        shutil.copyfile(path, folder / path.name)
        rows.append({"file": path.name, "source": "BBC"})
    with open(shared / "reuters-2017" / "articles.csv", newline="", encoding="utf-8") as f:
        reuters = sorted(csv.DictReader(f), key=lambda r: r["file"])[:n]
    for r in reuters:
        shutil.copyfile(shared / "reuters-2017" / r["file"], folder / r["file"])
        rows.append({"file": r["file"], "title": r["title"], "published": r["published"], "source": "Reuters"})
    write_manifest(folder, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/corpora"))
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    args = parser.parse_args()
    polnear7(args.shared, args.out)
    bbc_reuters(args.shared, args.out)
    print(f"wrote {args.out / 'polnear7'} and {args.out / 'bbc-reuters'}")


if __name__ == "__main__":
    main()
