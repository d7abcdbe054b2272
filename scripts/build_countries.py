"""Build ``analysis/resources/countries.txt``: the names of the world's countries and territories, lower case.

A maintainer's tool: it never runs in tests or at run time (the project ships the file it writes).

    python scripts/build_countries.py --download           # pip download pycountry into a temporary folder
    python scripts/build_countries.py --pycountry PATH     # the wheel, or the folder it was unpacked into

Source (``pip download --no-deps``, nothing installed): ``pycountry`` 26.2.16, whose
``pycountry/databases/iso3166-1.json`` is the ISO 3166-1 list of Debian's ``iso-codes`` (LGPL-2.1-or-later): each
entry's ``name`` (``Bolivia, Plurinational State of``) and, where it has one, its ``common_name`` (``Bolivia``). A
country's name is a fact; the file records where the list came from.

Rules: a name with a comma or brackets (an official long form) is left out when the entry has a common name, else kept
as written; a name that is also a common census given name (``GIVEN_MIN`` per cent of people or more in
``first_names.tsv``: ``chad``, ``georgia``) is left out unless the speaker lists already place it (``jordan``), so that
``Chad Harris`` stays a person (rarer given names, ``kenya``, ``india``, ``dominica``, are the countries).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PYCOUNTRY_VERSION = "26.2.16"
GIVEN_MIN = 0.02  # per cent of people: a given name at least this common is a person's before a country's
RESOURCES = Path(__file__).resolve().parent.parent / "analysis" / "resources"


def read_iso3166(package: Path) -> list[dict]:
    """The entries of ``iso3166-1.json`` in a pycountry wheel or its unpacked folder."""
    member = "pycountry/databases/iso3166-1.json"
    if package.is_dir():
        return json.loads((package / member).read_text(encoding="utf-8"))["3166-1"]
    with zipfile.ZipFile(package) as z:
        return json.loads(z.read(member))["3166-1"]


def build(package: Path, out: Path, date: str) -> int:
    given = {cols[0] for line in (out / "first_names.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "name\t")) and float((cols := line.split("\t"))[2]) >= GIVEN_MIN}
    listed = {line.split("\t")[1].strip() for line in (out / "quote_sources.tsv").read_text(encoding="utf-8")
              .splitlines() if line.startswith("organization\t")}
    names = set()
    for entry in read_iso3166(package):
        for key in ("common_name", "name"):
            name = entry.get(key, "").lower()
            if not name or key == "name" and "common_name" in entry and any(c in name for c in ",()"):
                continue
            if name in given and name not in listed:
                continue  # ("chad", "georgia": given names first, unless the lists already place them)
            names.add(name)
    header = f"""\
# Names of countries and territories, lower case (used by analysis.quotes.lexicon: a body or place, never a person's
# name). Built {date} by scripts/build_countries.py from ISO 3166-1 as the PyPI package pycountry {PYCOUNTRY_VERSION}
# ships it (pycountry/databases/iso3166-1.json, from Debian's iso-codes, LGPL-2.1-or-later): each entry's common
# name and official name (a long form with a comma or brackets left out when a common name exists); census given
# names of {GIVEN_MIN} % of people or more not already placed by quote_sources.tsv left out (chad, georgia). One name a
# line, sorted.
"""
    (out / "countries.txt").write_text(header + "".join(n + "\n" for n in sorted(names)), encoding="utf-8")
    return len(names)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pycountry", type=Path, help=f"pycountry-{PYCOUNTRY_VERSION} wheel or its unpacked folder")
    p.add_argument("--download", action="store_true", help="pip download pycountry into a temporary folder")
    p.add_argument("--out", type=Path, default=RESOURCES)
    p.add_argument("--date", default=dt.date.today().isoformat(), help="date written in the header")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.download:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp,
                            f"pycountry=={PYCOUNTRY_VERSION}"], check=True)
            args.pycountry = next(Path(tmp).glob(f"pycountry-{PYCOUNTRY_VERSION}*"))
        elif not args.pycountry:
            p.error("give --pycountry, or --download")
        print(f"countries={build(args.pycountry, args.out, args.date)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
