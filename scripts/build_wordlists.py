"""Build ``analysis/resources/first_names.tsv``, ``common_words.txt``, ``common_words_removed.tsv`` and
``countries.txt``.

A maintainer's tool: it never runs in tests or at run time (the project ships the files it writes).

    python scripts/build_wordlists.py --download            # pip download the three packages into a temporary folder
    python scripts/build_wordlists.py --names PATH --wordfreq PATH --pycountry PATH

``PATH`` is the package as pip downloads it (``names-0.3.0.tar.gz``, ``wordfreq-3.1.1-py3-none-any.whl``,
``pycountry-26.2.16-py3-none-any.whl``) or a folder it was unpacked into. Sources (``pip download --no-deps``, nothing
installed):

- ``names`` 0.3.0 (Trey Hunner, MIT): ``names/dist.male.first``, ``dist.female.first`` and ``dist.all.last``, the 1990
  US Census name files (public domain). Columns: NAME, per cent of the people of that sex (or of everyone, for
  surnames) with the name, cumulative per cent, rank. The files stop at 90 % cumulative coverage: the last male name
  has 0.004 %, the last female name 0.001 %.
- ``wordfreq`` 3.1.1 (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0): ``wordfreq/data/large_en.msgpack.gz``, read
  as ``wordfreq.read_cBpack`` reads it (gzip + msgpack: a header, then bands of words by frequency in centibels), so
  the order is that of ``wordfreq.top_n_list("en", n)``. Needs ``msgpack`` (installed with ``distributed``).

- ``pycountry`` 26.2.16: ``pycountry/databases/iso3166-1.json``, the ISO 3166-1 list of Debian's ``iso-codes``
  (LGPL-2.1-or-later): each entry's ``name`` (``Bolivia, Plurinational State of``) and, where it has one, its
  ``common_name`` (``Bolivia``). A country's name is a fact; the file records where the list came from.

Rules (the thresholds are the constants below):

1. A given name's ``female`` share is f / (f + m), f and m its per cent frequencies in the female and male files (0
   where it is missing); ``frequency`` is (f + m) / 2, the per cent of all people if the sexes are equally many.
2. ``common_words.txt``: the first ``N_WORDS`` entries of wordfreq's English list that are words (letters, with an
   inner apostrophe or hyphen allowed), minus names:
   a. a given name with frequency >= ``NAME_MIN`` (``bill``, ``mark``, ``may``, ``hillary``, ``will``, ``hope``);
   b. a surname with census share >= ``SURNAME_COMMON`` (``brown``, ``green``, ``white``, ``young``, ``little``);
   c. a rarer name (given name below ``NAME_MIN``, surname from ``SURNAME_MIN`` to ``SURNAME_COMMON``) that is not
      among the ``RANK_WORD`` most frequent words: out there, a word that is also a name is mostly the name
      (``fiona``, ``kamala``, ``holland``, ``nixon``, ``pence``, ``merkel``), while within the top ``RANK_WORD`` the
      shared words are mostly ordinary (``good``, ``best``, ``house``, ``case``, ``head``) and stay.
3. ``first_names.tsv``: every census given name, except those below ``NAME_MIN`` that are among the ``RANK_WORD`` most
   frequent words (``in``, ``my``, ``so``, ``see``, ``love``, ``season``, ``september``, ``china``): at that rarity
   they are more likely coding noise than names, and they stay ordinary words. So no word is in both files.
4. Accents: the census files are ASCII, so a wordfreq word with accents is compared by its letters without them
   (``maría`` as ``maria``, ``josé`` as ``jose``, ``garcía`` as ``garcia``); a given name found so is also written to
   ``first_names.tsv`` as spelt, with the plain name's figures (``maría`` is a given name as ``maria`` is).
5. ``countries.txt``: every ISO 3166-1 common name and official name, lower case (an official long form with a comma
   or brackets left out when the entry has a common name), less the given names of ``first_names.tsv`` with frequency
   >= ``COUNTRY_GIVEN_MIN`` (``chad``, ``georgia``: so that ``Chad Harris`` stays a person; rarer ones, ``kenya``,
   ``india``, ``dominica``, are the countries) that the hand-kept ``organization`` list of ``quote_sources.tsv`` does
   not already place (``jordan``).

Not used: ``gender-guesser`` 0.4.0's ``nam_dict.txt`` (Jörg Michael's international name dictionary, about 45,000
names, 41,000 of them not in the census files: Keir, Sajid, Priti, Sergei, Volodymyr, Imran). Its licence is the GNU
Free Documentation License 1.2 or later, and the file adds that any modified version must also be released under the
GFDL. That is not attribution only: a list merged from it would be a GFDL document as a whole (the census part is
public domain), would have to carry the full licence text (which the wheel does not ship) and meet the GFDL's
conditions for modified versions (distinct title, history, authors, notices). Its gender codes also carry no
frequency comparable to the census shares. A separate, opt-in GFDL file would be possible; it is not built here.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

NAMES_VERSION = "0.3.0"
WORDFREQ_VERSION = "3.1.1"
PYCOUNTRY_VERSION = "26.2.16"
COUNTRY_GIVEN_MIN = 0.02  # per cent of people: a given name at least this common is a person's before a country's
N_WORDS = 30_000         # words taken from wordfreq's English list
NAME_MIN = 0.002         # per cent of people: a given name at least this common is a name, not an ordinary word
SURNAME_COMMON = 0.02    # per cent of people: a "common surname" (about the 600 most common US surnames)
SURNAME_MIN = 0.002      # per cent of people: rarer surnames are not looked at (the tail is full of ordinary words)
RANK_WORD = 5_000        # wordfreq rank: above this, a word shared with a rarer name is taken for the name
WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

RESOURCES = Path(__file__).resolve().parent.parent / "analysis" / "resources"


def plain(word: str) -> str:
    """``word`` without its accents (``maría`` -> ``maria``): the letters the ASCII census files spell it with."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _member(package: Path, suffix: str) -> bytes:
    """Bytes of the file whose path ends with ``suffix`` in a folder, a wheel or an sdist."""
    if package.is_dir():
        found = [p for p in package.rglob("*") if p.as_posix().endswith(suffix)]
        if len(found) != 1:
            raise SystemExit(f"{package}: expected one file ending {suffix}, found {len(found)}")
        return found[0].read_bytes()
    if package.suffix == ".whl" or package.suffix == ".zip":
        with zipfile.ZipFile(package) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            if len(names) != 1:
                raise SystemExit(f"{package}: expected one member ending {suffix}, found {names}")
            return z.read(names[0])
    with tarfile.open(package) as t:
        members = [m for m in t.getmembers() if m.name.endswith(suffix)]
        if len(members) != 1:
            raise SystemExit(f"{package}: expected one member ending {suffix}, found {[m.name for m in members]}")
        return t.extractfile(members[0]).read()


def read_census(package: Path, name: str) -> dict[str, float]:
    """``{name (lower case): per cent}`` of one census file."""
    out = {}
    for line in _member(package, "names/" + name).decode("ascii").splitlines():
        parts = line.split()
        if parts:
            out[parts[0].lower()] = float(parts[1])
    return out


def read_wordfreq(package: Path, n: int) -> list[str]:
    """The first ``n`` words of ``wordfreq.top_n_list("en", ...)`` (same file, same order), words only."""
    import msgpack

    data = msgpack.load(io.BytesIO(gzip.decompress(_member(package, "wordfreq/data/large_en.msgpack.gz"))), raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise SystemExit(f"unexpected wordfreq header {header!r}")
    out = []
    for band in data[1:]:
        for word in band:
            if WORD.fullmatch(word):
                out.append(word)
                if len(out) == n:
                    return out
    return out


def build(names_pkg: Path, wordfreq_pkg: Path, out: Path, date: str) -> dict:
    female = read_census(names_pkg, "dist.female.first")
    male = read_census(names_pkg, "dist.male.first")
    last = read_census(names_pkg, "dist.all.last")
    top = read_wordfreq(wordfreq_pkg, N_WORDS)
    rank = {w: i + 1 for i, w in enumerate(top)}

    given = {}
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        given[name] = (f / (f + m), (f + m) / 2)

    dropped_names = {n for n, (_, freq) in given.items() if freq < NAME_MIN and rank.get(n, N_WORDS + 1) <= RANK_WORD}
    removed = {}  # word -> reason
    accented = {}  # a given name as wordfreq spells it with accents -> the census's plain spelling (rule 4)
    for word in top:
        r = rank[word]
        key = plain(word)
        if key in given and key not in dropped_names:
            share = given[key][1]
            removed[word] = ("2a" if share >= NAME_MIN else "2c", "given", f"{share:.4f}")
            if key != word:
                accented[word] = key
        elif last.get(key, 0.0) >= SURNAME_COMMON:
            removed[word] = ("2b", "surname", f"{last[key]:.3f}")
        elif last.get(key, 0.0) >= SURNAME_MIN and r > RANK_WORD:
            removed[word] = ("2c", "surname", f"{last[key]:.3f}")
    common = [w for w in top if w not in removed]
    names = sorted([(n, *v) for n, v in given.items() if n not in dropped_names]
                   + [(w, *given[key]) for w, key in accented.items() if w not in given],
                   key=lambda t: (-t[2], t[0]))
    assert not {n for n, *_ in names} & set(common)

    names_header = f"""\
# Given names with gender evidence (used by analysis.quotes.lexicon.first_names). Built {date} by
# scripts/build_wordlists.py from the PyPI package names {NAMES_VERSION} (Trey Hunner, MIT), which ships the 1990 US
# Census files dist.female.first ({len(female)} names) and dist.male.first ({len(male)} names); the census data is
# public domain. Columns: name (lower case); female = f / (f + m), f and m the name's per cent frequency among US
# women and among US men in 1990 (0 where the name is missing from a file: the files stop at 90 % coverage, the
# male one at 0.004 %, the female one at 0.001 %, so a share of 0 or 1 for a rare name is a bound, not a count);
# frequency = (f + m) / 2, per cent of all people. US names of 1990 only; female is the share of the people with the
# name who are women, not a fact about any one person. Left out: {len(dropped_names)} names under {NAME_MIN} % that are
# among wordfreq {WORDFREQ_VERSION}'s {RANK_WORD} most frequent English words (in, my, so, season, china): more
# likely noise than names; they are in common_words.txt instead. Added: {len(accented)} spellings with accents of
# census names from wordfreq's list ({", ".join(sorted(accented)[:4])} ...), with the plain name's figures.
name\tfemale\tfrequency
"""
    (out / "first_names.tsv").write_text(
        names_header + "".join(f"{n}\t{fem:.3f}\t{freq:.4f}\n" for n, fem, freq in names), encoding="utf-8")

    n_given = sum(why[1] == "given" for why in removed.values())
    common_header = f"""\
# Frequent English words (used by analysis.quotes.lexicon.common_words) to tell an ordinary capitalised word
# (Although, Meanwhile, Billionaire) from a name. Built {date} by scripts/build_wordlists.py from the PyPI package
# wordfreq {WORDFREQ_VERSION} (Robyn Speer; code Apache-2.0; word frequency data CC BY-SA 4.0, from Wikipedia,
# subtitles, news, books, web text and Twitter; see wordfreq's README for its sources and their terms). This list
# is derived from that data and is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
# Taken: the {N_WORDS} most frequent entries of wordfreq.top_n_list("en", ...) that are words (letters, with inner
# ' or -); wordfreq folds case, so a word here may also be a name. Removed ({len(removed)}, listed with their reason
# in common_words_removed.tsv), using the 1990 US Census name files of the PyPI package names {NAMES_VERSION}: {n_given}
# given names of first_names.tsv with frequency >= {NAME_MIN} % (bill, mark, may), or rarer ones outside the top
# {RANK_WORD} words; {len(removed) - n_given} surnames of dist.all.last with share >= {SURNAME_COMMON} % (brown, green,
# young), or >= {SURNAME_MIN} % outside the top {RANK_WORD} words (holland, nixon, merkel). Names that are not
# in the census files stay (obama, putin, trump). In wordfreq's order, most frequent first; one word a line, lower case.
"""
    (out / "common_words.txt").write_text(common_header + "".join(w + "\n" for w in common), encoding="utf-8")

    removed_header = f"""\
# Words of wordfreq {WORDFREQ_VERSION}'s English list left out of common_words.txt because they are names. Built {date}
# by scripts/build_wordlists.py; CC BY-SA 4.0 like common_words.txt. Documentation only: nothing reads it. Columns:
# word; rank in the list; rule of the script's docstring (2a: given name >= {NAME_MIN} %; 2b: surname >=
# {SURNAME_COMMON} %; 2c: rarer given name, or surname >= {SURNAME_MIN} %, outside the top {RANK_WORD} words);
# name kind; its per cent of people in the 1990 US Census files of the names {NAMES_VERSION} package.
word\trank\trule\tkind\tpercent
"""
    (out / "common_words_removed.tsv").write_text(
        removed_header + "".join(f"{w}\t{rank[w]}\t" + "\t".join(why) + "\n" for w, why in removed.items()),
        encoding="utf-8")
    return {"first_names": len(names), "dropped_names": len(dropped_names), "common_words": len(common),
            "removed": len(removed), "removed_given": n_given, "top": top}


def build_countries(package: Path, out: Path, date: str) -> int:
    """Write ``countries.txt`` (rule 5) from a pycountry wheel or folder; reads ``first_names.tsv`` and
    ``quote_sources.tsv`` from ``out``. Returns the number of names."""
    given = {cols[0] for line in (out / "first_names.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "name\t"))
             and float((cols := line.split("\t"))[2]) >= COUNTRY_GIVEN_MIN}
    listed = {line.split("\t")[1].strip() for line in (out / "quote_sources.tsv").read_text(encoding="utf-8")
              .splitlines() if line.startswith("organization\t")}
    names = set()
    for entry in json.loads(_member(package, "pycountry/databases/iso3166-1.json"))["3166-1"]:
        for key in ("common_name", "name"):
            name = entry.get(key, "").lower()
            if not name or key == "name" and "common_name" in entry and any(c in name for c in ",()"):
                continue
            if name not in given or name in listed:
                names.add(name)
    header = f"""\
# Names of countries and territories, lower case (used by analysis.quotes.lexicon: a body or place, never a person's
# name). Built {date} by scripts/build_wordlists.py from ISO 3166-1 as the PyPI package pycountry {PYCOUNTRY_VERSION}
# ships it (pycountry/databases/iso3166-1.json, from Debian's iso-codes, LGPL-2.1-or-later): each entry's common
# name and official name (a long form with a comma or brackets left out when a common name exists); census given
# names of {COUNTRY_GIVEN_MIN} % of people or more not already placed by quote_sources.tsv left out (chad, georgia).
# One name a line, sorted.
"""
    (out / "countries.txt").write_text(header + "".join(n + "\n" for n in sorted(names)), encoding="utf-8")
    return len(names)


def download(folder: Path) -> tuple[Path, Path, Path]:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder),
                    f"names=={NAMES_VERSION}", f"wordfreq=={WORDFREQ_VERSION}", f"pycountry=={PYCOUNTRY_VERSION}"],
                   check=True)
    return (next(folder.glob(f"names-{NAMES_VERSION}*")), next(folder.glob(f"wordfreq-{WORDFREQ_VERSION}*")),
            next(folder.glob(f"pycountry-{PYCOUNTRY_VERSION}*")))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--names", type=Path, help=f"names-{NAMES_VERSION}.tar.gz or the folder it was unpacked into")
    p.add_argument("--wordfreq", type=Path, help=f"wordfreq-{WORDFREQ_VERSION} wheel or its unpacked folder")
    p.add_argument("--pycountry", type=Path, help=f"pycountry-{PYCOUNTRY_VERSION} wheel or its unpacked folder")
    p.add_argument("--download", action="store_true", help="pip download the three packages into a temporary folder")
    p.add_argument("--out", type=Path, default=RESOURCES)
    p.add_argument("--date", default=dt.date.today().isoformat(), help="date written in the headers")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.download:
            args.names, args.wordfreq, args.pycountry = download(Path(tmp))
        elif not (args.names and args.wordfreq and args.pycountry):
            p.error("give --names, --wordfreq and --pycountry, or --download")
        stats = build(args.names, args.wordfreq, args.out, args.date)
        stats["countries"] = build_countries(args.pycountry, args.out, args.date)
    stats.pop("top")
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
