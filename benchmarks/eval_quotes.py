"""Evaluate the quote extractor against gold attributions, strictly. Run by hand, not part of `make test`.

    .venv/bin/python benchmarks/eval_quotes.py [--corpus polnear|bbc-politics|reuters-2017|written]
                                               [--split dev|train|test|all] [--style canadian|british|us|wire] [--errors N] [--kind direct]
                                               [--shared ../shared/corpora] [--top-speakers 20]

Gold
  * PolNeAR (Newell, Margolin & Ruths, LREC 2018): one annotation file per article (the annotator listed first in
    metadata.tsv). An attribution's contents are its ``Content`` and any ``Content2``, ``Content3`` (``"A," he said.
    "B."``). A Content may be discontinuous (``a b;c d``): fragments separated only by white space are
    merged, the others become separate rows with the same source. Kind: a fragment that starts and ends with a
    quote mark is ``direct`` (taken inside the marks); one with a quote mark inside (the New York Times' doubled ``''``
    included) is ``partial``; otherwise
    ``indirect``. Sources are written as they appear: pronoun sources are not scored for the speaker, and a
    surname is expanded to the fullest name the article's gold sources give it (left unscored when two people
    share it).
  * ``benchmarks/gold/<corpus>/<stem>.tsv`` for the BBC and Reuters folders: written by reading the articles
    (``benchmarks/gold/README.md``), offsets and canonical speakers only, never the text. ``--heldout`` scores
    ``benchmarks/gold-heldout/<corpus>/`` instead: 12 more articles of each folder, annotated on 2026-11-30 after
    the rules were written; scored once as held out, then used for development (its README). ``--heldout 2``
    scores ``benchmarks/gold-heldout2/<corpus>/``: the 33rd to 44th files, annotated on 2026-11-30 (its README);
    ``--heldout 3`` the 45th to 56th (``benchmarks/gold-heldout3/``), ``--heldout 4`` the 57th to 68th, ``--heldout 5``
    the 69th to the last (9 BBC and 5 Reuters files).
  * ``benchmarks/written/<style>/``: articles written for the benchmark in four house styles (Canadian, British,
    US, wire), their gold beside them (that folder's README); ``--split dev`` files ``_01``-``_06`` and ``_13``
    on, ``--split test`` ``_07``-``_12`` (held out).

The articles are read as they are (``open(..., newline="")``, offsets are the corpus's own) and extracted together
with ``extract_quotes``, so speakers are the corpus-wide canonical ones. As the loader does, a first line that
``clean_article`` takes for the headline goes into ``title`` (headline rules, ``paragraph == -1``; its line blanked
in ``text`` so offsets do not move). Nothing from the corpus is written.

Scoring (``analysis.quotes.score.match_spans``): a predicted and a gold row match when their content spans overlap
by at least half the shorter span, one-to-one. Speaker accuracy uses the strict rules of ``benchmarks/strict.py``:
the predicted (canonical) speaker must name the gold person and nobody else. ``indirect (cued)`` keeps the gold
indirect rows whose cue is a reporting verb or ``according to``; its precision counts every predicted indirect row.
``junk`` counts predicted rows whose speaker is empty, a pronoun, or starts with a word that is not part of a name.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import strict  # noqa: E402  (the benchmark's own module, beside this file)

from analysis.clean import clean_article  # noqa: E402
from analysis.quotes import extract_quotes  # noqa: E402
from analysis.quotes.score import match_spans  # noqa: E402

HERE = Path(__file__).resolve().parent
QUOTE_CHARS = "“”\"‘’'«»"
#: Reporting verbs for the "indirect (cued)" subset: speech acts, not beliefs (the benchmark's list, not the lexicon's;
#: "call" since 2026-11-30: the gold guidelines list "called for" among the cues).
SPEECH_VERBS = frozenset("""say says said saying tell tells told telling add adds added adding claim claims claimed
argue argues argued insist insists insisted warn warns warned announce announces announced state states stated
explain explains explained admit admits admitted deny denies denied suggest suggests suggested confirm confirms
confirmed report reports reported write writes wrote written accuse accused urge urged urges predict predicted
promise promised promises pledge pledged vow vowed acknowledge acknowledged reveal revealed disclose disclosed
describe described criticise criticised criticize criticized welcome welcomed reject rejected tweet tweeted tweets
post posted note noted notes assert asserted contend contended complain complained ask asked asks respond responded
reply replied concede conceded allege alleged according declare declared maintain maintained repeat repeated
recall recalled indicate indicated point pointed testify testified call called calls calling""".split())


def read_ann(path: Path, text: str, article_id: str) -> list[dict]:
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = (line.split("\t") + ["", ""])[:3]
            label, _, offs = info.partition(" ")
            spans[tid] = (label, [tuple(int(x) for x in part.split()) for part in offs.split(";")])
        elif line.startswith("E"):
            events.append(dict(part.split(":", 1) for part in line.split("\t")[1].split()))
    rows = []
    for ev in events:
        # an attribution may have several contents: "Content", then "Content2", ... ("A," he said. "B.")
        contents = [ev[role] for role in sorted(ev) if re.fullmatch(r"Content\d*", role) and ev[role] in spans]
        source = " ".join(text[a:b] for a, b in spans.get(ev.get("Source", ""), (None, []))[1])
        cue = " ".join(text[a:b] for a, b in spans.get(ev.get("Cue", ""), (None, []))[1])
        merged = []
        for a, b in sorted(s for content in contents for s in spans[content][1]):
            if merged and text[merged[-1][1]:a].strip() == "":
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            frag = text[a:b]
            a, frag = a + len(frag) - len(frag.lstrip()), frag.strip()
            if not frag:
                continue
            if frag[0] in QUOTE_CHARS and frag.rstrip(" .,;:!?")[-1:] in QUOTE_CHARS:
                kind, b = "direct", a + len(frag.rstrip(QUOTE_CHARS + " "))
                a += 1
                b = max(b, a + 1)
            elif any(c in frag for c in "“”\"«»") or "''" in frag or re.search(r"(?<!\w)['‘]\w[^'’]*['’](?!\w)", frag):
                kind, b = "partial", a + len(frag)
            else:
                kind, b = "indirect", a + len(frag)
            rows.append({"article_id": article_id, "kind": kind, "start": a, "end": b, "source": source, "cue": cue})
    return rows


_CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*")
_PARTICLES = frozenset("bin al de del da di van von la le du".split())
#: A capitalised run that may hold name particles: "Osama bin Laden", "Bill de Blasio".
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+(?:(?:{})\s+)?)*[A-Z][\w'’.-]*".format("|".join(sorted(_PARTICLES))))
#: Words that open a capitalised run in a PolNeAR source without being part of the name: "State John Kerry".
_ROLE_CAPS = frozenset("""state house senate republican republicans democratic democrat democrats gop u.s. us white
defense foreign homeland security campaign trump clinton obama national committee party presidential press
department fbi cia nsa justice attorney general rnc dnc new york majority minority leader whip chairman""".split()) \
    | strict.TITLES


_BODY_HEADS = frozenset("""post times journal news committee center centre department office house senate congress
party campaign foundation association council commission network agency bureau institute university court
administration group union corporation company inc fund board service reuters cnn msnbc politifact club coalition
alliance organization project watch institution""".split())
#: Party members as a group (``Leading Democrats``, ``House Republicans``): a phrase, not a person's name.
_GROUP_HEADS = frozenset("democrats republicans conservatives liberals tories progressives independents".split())


def _name_words(run: str, profile: strict.CaseProfile) -> list[str]:
    """A capitalised run without the role words that open it (``Senate Majority Leader Mitch McConnell``)."""
    words = run.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in _ROLE_CAPS or profile.not_name(words[0])) \
            and words[0].lower() not in _PARTICLES:
        words = words[1:]
    return words


def _appositive_name(src: str, profile: strict.CaseProfile) -> str | None:
    """The full name (two words or more) of a source written with an appositive or a description around commas:
    ``Kenneth Baer, a former Obama administration official ...``, ``Apple's chief executive, Tim Cook``; the first
    comma-separated part that ends with one (``Secretary of State John F. Kerry``: the run after the role words)."""
    parts = [p.strip() for p in src.split(",")]
    if len(parts) > 1 and (titled := re.fullmatch(_PERSONAL_TITLE + r"([A-Z][\w’'-]+)", parts[0])) \
            and (parts[1][:1].islower() or parts[1][:1].isdigit()) and not parts[1].startswith("and "):
        # (an appositive, an age or a relative clause after it, not a list: "Ms. Toretti, Mrs. Rao and others")
        return titled.group(1)  # "Mr. Frum, a former speechwriter for George W. Bush": Frum (expanded by the caller)
    head = _AFTER_HEAD.split(parts[0], maxsplit=1)[0]
    runs = _NAME_RUN.findall(head)
    if runs and head.endswith(runs[-1]) and len(words := _name_words(runs[-1], profile)) >= 2 \
            and words[0].lower() in strict.GIVEN_NAMES and words[-1].lower() not in _BODY_HEADS | _GROUP_HEADS \
            and not any(w.endswith(("'s", "’s")) for w in words):
        return " ".join(words)  # "Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report": a person
        # named in full before where they work (not "Secretary of State John F. Kerry", read whole below)
    for i, part in enumerate(parts):
        if part.startswith(("who ", "whose ", "which ")):
            break  # a relative clause names whom the source did something with, not the source
            # ("Cordesman, who has also advised Arizona Sen. John McCain": not McCain)
        # the part whole, then, for the first of several, before a place or body it names after a preposition ("Gov.
        # Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz": Phil Bryant, not the appositive's Ted Cruz)
        cut = _AFTER_HEAD.split(part, maxsplit=1)[0] if i == 0 and len(parts) > 1 else part
        for head in dict.fromkeys((part, cut)):
            runs = _NAME_RUN.findall(head)
            if runs and head.endswith(runs[-1]):
                words = _name_words(runs[-1], profile)
                if len(words) >= 2 and words[-1].lower() not in _BODY_HEADS:
                    return " ".join(words)
    return None


#: Where a source's head noun phrase ends: a preposition, or a comma before a relative clause ("Mr. Reid, who
#: represents Nevada": Reid, not Nevada).
_AFTER_HEAD = re.compile(r"\s(?:of|for|at|with|from|to|in|on)\s|,\s+(?=(?:who|whose)\s)")


def _joint_source(src: str, text: str, profile: strict.CaseProfile, corpus_firsts: dict | None) -> str | None:
    """``Mark Blumenthal and Jon Cohen``, ``Bolton and Gorka``: the people of a source that names several, joined by
    `` & `` (the scorer's form of several people), when every part is a person whose name starts with a census given
    name (so ``Former Secretary of State and ... Hillary Clinton`` stays one person)."""
    if " and " not in src:
        return None
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.sub(r"^(?:[Bb]oth|[Tt]he)\s+", "", src))
    if not all(p[:1].isupper() for p in parts):
        return None
    named = [polnear_speaker(p, text, profile, corpus_firsts) for p in parts]
    if not all(t == "person" and n.split()[0].lower() in strict.GIVEN_NAMES for n, t in named):
        return None
    return " & ".join(dict.fromkeys(n for n, _ in named))


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def polnear_speaker(source: str, text: str, profile: strict.CaseProfile,
                    corpus_firsts: dict | None = None) -> tuple[str, str]:
    """``(speaker, type)`` of a PolNeAR source as written: ``pronoun``, ``person`` (a name; a lone surname expanded
    to the one full name the article text gives it, or failing that the split's texts: ``corpus_firsts``),
    ``ambiguous`` (a surname given two first names), or ``other`` (a phrase whose head word is not capitalised)."""
    src = re.sub(r"\([^()]*\)", " ", source).strip(" ,.")
    src = re.sub(r"['’]s?$", "", src)
    if not src or src.lower() in strict.PRONOUNS | {"which"}:
        return "", "pronoun"
    joint = _joint_source(src, text, profile, corpus_firsts)
    if joint:
        return joint, "person"
    named = _appositive_name(src, profile)
    if named and " " not in named:
        return expand_surname(named, text, profile, corpus_firsts)
    if named:
        return named, "person"  # "Senator Dianne Feinstein, Democrat of California": the name, not the appositive
    head_part = _AFTER_HEAD.split(src, maxsplit=1)[0]
    last = head_part.split()[-1] if head_part.split() else ""
    if not last[:1].isupper():
        return src, "other"  # a description ("the former president"): not scored, PolNeAR does not resolve it
    runs = _NAME_RUN.findall(head_part)
    words = runs[-1].split() if runs else []
    if any(w.lower() in _BODY_HEADS | _GROUP_HEADS for w in words[-1:]):
        return re.sub(r"^(?:the|The)\s+", "", src), "name"  # an organisation or outlet's name
    words = _name_words(" ".join(words), profile) if words else words
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        return re.sub(r"^(?:the|The)\s+", "", src), "name"  # "The AP", "F.B.I": a body's initials, not a surname
    if len(words) != 1:
        return " ".join(words), "person"
    return expand_surname(words[0].rstrip("."), text, profile, corpus_firsts)


def expand_surname(surname: str, text: str, profile: strict.CaseProfile,
                   corpus_firsts: dict | None) -> tuple[str, str]:
    """``(speaker, type)`` of a gold speaker written as a lone surname: the one full name its article gives it, or,
    when the article gives none but writes a personal title before it (``Mr. Obama`` throughout), the one the
    split's other articles give it (``corpus_firsts``); ``ambiguous`` when they give two first names."""
    written = (surname.title() if surname.isupper() else surname).replace("’", "'")
    firsts = set(first_names_by_surname([text], profile).get(written, ()))
    if not firsts and corpus_firsts is not None and re.search(_PERSONAL_TITLE + re.escape(written) + r"\b", text):
        # ("Republicans", "Police" are no surnames: a personal title must precede it)
        firsts = set(corpus_firsts.get(written, ()))
    if len(firsts) > 1:
        return surname, "ambiguous"
    if firsts:
        return f"{firsts.pop()} {written}", "person"
    return surname, "person"


_PERSONAL_TITLE = r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Secretary|Judge|Justice)\.?\s+"
#: A capitalised word and the one after it (an initial between them allowed), overlapping: "Hillary Rodham Clinton"
#: gives Hillary before Rodham and Rodham before Clinton.
_FIRST_AND_SURNAME = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:[A-Z]\.\s+)?(?=([A-Z][\w’'-]+)\b)")


def first_names_by_surname(texts, profile: strict.CaseProfile) -> dict[str, set]:
    """Surname → the first names the texts write before it (not titles or ordinary words): of one article, for a
    gold surname; of the split, for one its own article never gives a first name."""
    out = {}
    for text in texts:
        for m in _FIRST_AND_SURNAME.finditer(text):
            first = m.group(1)
            if not (first.lower().rstrip(".") in _ROLE_CAPS or profile.not_name(first)):
                # (Trump’s: Trump; O’Neill and O'Neill one key)
                out.setdefault(re.sub(r"['’]s?$", "", m.group(2)).replace("’", "'"), set()).add(first)
    return out


def load_polnear(shared: Path, split: str):
    corpus = shared / "polnear"
    meta = pd.read_csv(corpus / "metadata.tsv", sep="\t", dtype=str)
    gold, texts = [], {}
    for sp in (["dev", "train"] if split == "all" else [split]):
        for row in meta[meta["compartment"] == sp].sort_values("filename").itertuples():
            text_path = corpus / sp / "text" / f"{row.filename}.txt"
            annotator = str(row.annotators).split(",")[0].strip()
            ann = corpus / sp / "attributions" / f"{row.filename}_{annotator}.ann"
            if not ann.exists():
                cands = sorted((corpus / sp / "attributions").glob(f"{row.filename}_*.ann"))
                ann = cands[0] if cands else None
            if not text_path.exists() or ann is None:
                continue
            text = open(text_path, encoding="utf-8", newline="").read()
            texts[row.filename] = text
            gold.extend(read_ann(ann, text, row.filename))
    profile = strict.CaseProfile(texts.values())
    gold = pd.DataFrame(gold)
    firsts = first_names_by_surname(texts.values(), profile)
    named = [polnear_speaker(s, texts[a], profile, firsts) for a, s in zip(gold["article_id"], gold["source"])]
    gold["speaker"], gold["speaker_type"] = [n for n, _ in named], [t for _, t in named]
    return gold, texts


def load_tsv_gold(shared: Path, name: str, folder: str = "gold", corpus_wide: bool = True):
    """Gold rows and texts of one folder of ``.tsv`` gold; ``corpus_wide``: a gold surname with a title and no first
    name in its article takes the one first name the folder's other articles give it (a corpus of related news, as
    BBC and Reuters are), else only its own article's (the written articles are each about people of their own)."""
    gold, texts = [], {}
    for path in sorted((HERE / folder / name).glob("*.tsv")):
        text = open(shared / name / f"{path.stem}.txt", encoding="utf-8", newline="").read()
        texts[path.stem] = text
        frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
        for r in frame.itertuples():
            cue = text[int(r.cue_start):int(r.cue_end)] if r.cue_start and r.cue_end else ""
            gold.append({"article_id": path.stem, "kind": r.kind, "start": int(r.start), "end": int(r.end),
                         "speaker": r.speaker, "speaker_type": r.speaker_type or "person", "cue": cue,
                         "source": r.speaker})
    gold = pd.DataFrame(gold)
    # a person the annotator could only write as a surname (``Mr Howard`` throughout the article): the first name
    # the set's other articles give, by the rule PolNeAR's sources are read with
    profile = strict.CaseProfile(texts.values())
    firsts = first_names_by_surname(texts.values(), profile) if corpus_wide else None
    for i in gold.index[(gold["speaker_type"] == "person") & ~gold["speaker"].str.contains(r"\s|&", regex=True)]:
        text = texts[gold.at[i, "article_id"]]
        gold.loc[i, ["speaker", "speaker_type"]] = expand_surname(gold.at[i, "speaker"], text, profile, firsts)
    return gold, texts


#: House styles of ``benchmarks/written/`` (texts written for this benchmark, with their gold beside them).
WRITTEN_STYLES = ("canadian", "british", "us", "wire")


def load_written(style: str | None, split: str):
    """Gold and texts of ``benchmarks/written/<style>/``: ``dev`` = files ``_01``-``_06`` and ``_13``-``_18`` of each
    style, ``test`` = ``_07``-``_12``, ``test2`` = ``_19``-``_24``, ``test3`` = ``_25``-``_30``, ``test4`` =
    ``_31``-``_36``, ``test5`` = ``_37``-``_42``, ``test6`` = ``_43``-``_48``, ``test7`` = ``_49``-``_54``,
    ``test8`` = ``_55``-``_60``, ``test9`` = ``_61``-``_66``, ``test10`` = ``_67``-``_72``, ``test11`` =
    ``_73``-``_78``, ``test12`` = ``_79``-``_84``, ``test13`` = ``_85``-``_90``, ``test14`` = ``_91``-``_96``,
    ``test15`` = ``_97``-``_102``, ``test16`` = ``_103``-``_108``, ``test17`` = ``_109``-``_114``, ``test18`` =
    ``_115``-``_120``, ``test19`` = ``_121``-``_126``, ``test20`` = ``_127``-``_132``, ``test21`` =
    ``_133``-``_138``, ``test22`` = ``_139``-``_144``, ``test23`` = ``_145``-``_150``, ``test24`` =
    ``_151``-``_156``, ``test25`` = ``_157``-``_162``, ``test26`` = ``_163``-``_168``, ``test27`` =
    ``_169``-``_174``, ``test28`` = ``_175``-``_180``, ``test29`` = ``_181``-``_186``, ``test30`` =
    ``_187``-``_192``, ``test31`` = ``_193``-``_198``, ``test32`` = ``_199``-``_204``, ``test33`` =
    ``_205``-``_210``, ``test34`` = ``_211``-``_216``, ``test35`` = ``_217``-``_222``, ``test36`` =
    ``_223``-``_228``, ``test37`` = ``_229``-``_234``, ``test38`` = ``_235``-``_240``, ``test39`` =
    ``_241``-``_246``, ``test40`` = ``_247``-``_252``, ``test41`` = ``_253``-``_258``, ``test42`` =
    ``_259``-``_264``, ``test43`` = ``_265``-``_270``, ``test44`` = ``_271``-``_276``, ``test45`` =
    ``_277``-``_282``, ``test46`` = ``_283``-``_288``, ``test47`` = ``_289``-``_294``, ``test48`` =
    ``_295``-``_300``, ``test49`` = ``_301``-``_306``, ``test50`` = ``_307``-``_312``, ``test51`` =
    ``_313``-``_318``, ``test52`` = ``_319``-``_324``, ``test53`` = ``_325``-``_330``, ``test54`` = ``_331``-``_336``,
    ``test55`` = ``_337``-``_342``, ``test56`` = ``_343``-``_348``, ``test57`` = ``_349``-``_354``, ``test58`` =
    ``_355``-``_360``, ``test59`` = ``_361``-``_366``, ``test60`` = ``_367``-``_372``, ``test61`` =
    ``_373``-``_378``, ``test62`` = ``_379``-``_384``, ``test63`` = ``_385``-``_390``, ``test64`` = ``_391``-``_396``, ``test65`` =
    ``_397``-``_402``, ``test66`` = ``_403``-``_408``, ``test67`` = ``_409``-``_414``,
    ``test68`` = ``_415``-``_420``, ``test69`` = ``_421``-``_426``,
    ``test70`` = ``_427``-``_432``, ``test71`` = ``_433``-``_438``,
    ``test72`` = ``_439``-``_444``, ``test73`` = ``_445``-``_450``,
    ``test74`` = ``_451``-``_456``, ``test75`` = ``_457``-``_462``,
    ``test76`` = ``_463``-``_468``, ``test77`` = ``_469``-``_474``,
    ``test78`` = ``_475``-``_480``, ``test79`` = ``_481``-``_486``,
    ``test80`` = ``_487``-``_492``, ``test81`` = ``_493``-``_498``,
    ``test82`` = ``_499``-``_504``, ``test83`` = ``_505``-``_510``,
    ``test84`` = ``_511``-``_516``, ``test85`` = ``_517``-``_522``,
    ``test86`` = ``_523``-``_528``, ``test87`` = ``_529``-``_534``,
    ``test88`` = ``_535``-``_540``, ``test89`` = ``_541``-``_546``,
    ``test90`` = ``_547``-``_552``, ``test91`` = ``_553``-``_558``,
    ``test92`` = ``_559``-``_564`` and ``test93`` = ``_565``-``_570`` (held out: see that folder's README),
    ``all`` = every file."""
    parts = []
    for name in [style] if style else WRITTEN_STYLES:
        if (HERE / "written" / name).is_dir():
            parts.append(load_tsv_gold(HERE / "written", name, "written", corpus_wide=False))
    gold = pd.concat([g for g, _ in parts], ignore_index=True)
    texts = {k: v for _, t in parts for k, v in t.items()}
    if split != "all":
        number = {k: int(k.rsplit("_", 1)[1]) for k in texts}
        tests = {"test": range(7, 13), "test2": range(19, 25), "test3": range(25, 31), "test4": range(31, 37),
                 "test5": range(37, 43), "test6": range(43, 49), "test7": range(49, 55),
                 "test8": range(55, 61), "test9": range(61, 67), "test10": range(67, 73),
                 "test11": range(73, 79), "test12": range(79, 85), "test13": range(85, 91),
                 "test14": range(91, 97), "test15": range(97, 103), "test16": range(103, 109),
                 "test17": range(109, 115), "test18": range(115, 121), "test19": range(121, 127),
                 "test20": range(127, 133), "test21": range(133, 139),
                 "test22": range(139, 145),
                 "test23": range(145, 151), "test24": range(151, 157), "test25": range(157, 163),
                 "test26": range(163, 169), "test27": range(169, 175),
                 "test28": range(175, 181), "test29": range(181, 187), "test30": range(187, 193),
                 "test31": range(193, 199), "test32": range(199, 205),
                 "test33": range(205, 211), "test34": range(211, 217), "test35": range(217, 223),
                 "test36": range(223, 229), "test37": range(229, 235), "test38": range(235, 241),
                 "test39": range(241, 247), "test40": range(247, 253), "test41": range(253, 259),
                 "test42": range(259, 265), "test43": range(265, 271), "test44": range(271, 277),
                 "test45": range(277, 283), "test46": range(283, 289), "test47": range(289, 295),
                 "test48": range(295, 301), "test49": range(301, 307), "test50": range(307, 313),
                 "test51": range(313, 319), "test52": range(319, 325), "test53": range(325, 331),
                 "test54": range(331, 337), "test55": range(337, 343),
                 "test56": range(343, 349), "test57": range(349, 355),
                 "test58": range(355, 361), "test59": range(361, 367),
                 "test60": range(367, 373), "test61": range(373, 379),
                 "test62": range(379, 385), "test63": range(385, 391),
                 "test64": range(391, 397), "test65": range(397, 403),
                 "test66": range(403, 409), "test67": range(409, 415),
                 "test68": range(415, 421), "test69": range(421, 427),
                 "test70": range(427, 433), "test71": range(433, 439),
                 "test72": range(439, 445), "test73": range(445, 451),
                 "test74": range(451, 457), "test75": range(457, 463),
                 "test76": range(463, 469), "test77": range(469, 475),
                 "test78": range(475, 481), "test79": range(481, 487),
                 "test80": range(487, 493), "test81": range(493, 499),
                 "test82": range(499, 505), "test83": range(505, 511),
                 "test84": range(511, 517), "test85": range(517, 523),
                 "test86": range(523, 529), "test87": range(529, 535),
                 "test88": range(535, 541), "test89": range(541, 547),
                 "test90": range(547, 553), "test91": range(553, 559),
                 "test92": range(559, 565), "test93": range(565, 571)}
        keep = {k for k, n in number.items() if n in tests[split]} if split in tests \
            else {k for k, n in number.items() if not any(n in r for r in tests.values())}
        texts = {k: v for k, v in texts.items() if k in keep}
        gold = gold[gold["article_id"].isin(keep)].reset_index(drop=True)
    return gold, texts


#: PolNeAR gold speakers left out of speaker accuracy: unresolved pronouns, a surname two people share, descriptions.
UNSCORED = frozenset({"pronoun", "ambiguous", "other"})


def cued(cue: str) -> bool:
    return any(w in SPEECH_VERBS for w in re.findall(r"[a-z]+", cue.lower()))


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per kind: counts, P/R/F1 and strict speaker accuracy on matched rows whose gold speaker is scorable."""
    rows = []
    gold = gold.assign(cued=[cued(c) for c in gold["cue"]])
    subsets = [("direct", "direct"), ("partial", "partial"), ("direct+partial", None), ("indirect", "indirect"),
               ("indirect (cued)", "indirect"), ("all", None)]
    for label, kind in subsets:
        if label == "direct+partial":
            p, g = pred[pred["kind"] != "indirect"], gold[gold["kind"] != "indirect"]
        elif kind:
            p, g = pred[pred["kind"] == kind], gold[gold["kind"] == kind]
        else:
            p, g = pred, gold
        if label == "indirect (cued)":
            g = g[g["cued"]]
        p, g = p.reset_index(drop=True), g.reset_index(drop=True)
        pairs = match_spans(p, g)
        prec = len(pairs) / len(p) if len(p) else float("nan")
        if label == "indirect (cued)":  # predicted rows matching uncued gold rows are not errors
            other = gold[(gold["kind"] == "indirect") & ~gold["cued"]].reset_index(drop=True)
            matched_other = {pi for pi, _ in match_spans(p, other)} - {pi for pi, _ in pairs}
            prec = len(pairs) / (len(p) - len(matched_other)) if len(p) > len(matched_other) else float("nan")
        rec = len(pairs) / len(g) if len(g) else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if prec + rec > 0 else float("nan")
        scored = [(pi, gi) for pi, gi in pairs if g.loc[gi, "speaker_type"] not in UNSCORED]
        ok = sum(strict.same_speaker(p.loc[pi, "speaker"], g.loc[gi, "speaker"],
                                     g.loc[gi, "speaker_type"]) for pi, gi in scored)
        rows.append({"kind": label, "gold": len(g), "predicted": len(p), "matched": len(pairs),
                     "precision": prec, "recall": rec, "f1": f1, "speaker_scored": len(scored),
                     "speaker_right": ok, "speaker_accuracy": ok / len(scored) if scored else float("nan")})
    return pd.DataFrame(rows)


def speaker_errors(pred, gold, kind, n):
    p = (pred if kind == "all" else pred[pred["kind"] == kind]).reset_index(drop=True)
    g = (gold if kind == "all" else gold[gold["kind"] == kind]).reset_index(drop=True)
    out = []
    for pi, gi in match_spans(p, g):
        gt = g.loc[gi, "speaker_type"]
        if gt in UNSCORED:
            continue
        if not strict.same_speaker(p.loc[pi, "speaker"], g.loc[gi, "speaker"], gt):
            out.append((p.loc[pi, "article_id"], g.loc[gi, "source"], g.loc[gi, "speaker"], p.loc[pi, "speaker_mention"],
                        p.loc[pi, "speaker"], p.loc[pi, "text"][:70]))
    return out[:n], len(out)


def unmatched_rows(pred, gold, texts, kind, n):
    """Gold rows no prediction matches (missed) and predicted rows no gold row matches (spurious), of ``kind`` (or
    all): ``(article, kind, start, speaker, text)``, the first ``n`` of each, and their counts."""
    p = (pred if kind == "all" else pred[pred["kind"] == kind]).reset_index(drop=True)
    g = (gold if kind == "all" else gold[gold["kind"] == kind]).reset_index(drop=True)
    pairs = match_spans(p, g)
    hit_p, hit_g = {pi for pi, _ in pairs}, {gi for _, gi in pairs}
    missed = [(r.article_id, r.kind, r.start, r.speaker, texts[r.article_id][r.start:r.end][:70].replace("\n", " "))
              for i, r in enumerate(g.itertuples()) if i not in hit_g]
    spurious = [(r.article_id, r.kind, r.start, r.speaker, r.text[:70].replace("\n", " "))
                for i, r in enumerate(p.itertuples()) if i not in hit_p]
    return missed[:n], len(missed), spurious[:n], len(spurious)


def headline_split(raw: str) -> tuple[str | None, str, int]:
    """``(title, text, title_at)``: the headline the loader would move into ``title`` (``clean_article``), and the
    text with that line blanked (same length, so offsets stay the corpus's own); ``(None, raw, 0)`` without one."""
    title = clean_article(raw).title
    first = raw.lstrip()
    at = len(raw) - len(first)
    line_end = raw.find("\n", at)
    line_end = len(raw) if line_end < 0 else line_end
    if not title or raw[at:line_end].strip() != title:
        return None, raw, 0
    return title, raw[:at] + re.sub(r"[^\n]", " ", raw[at:line_end]) + raw[line_end:], at


def extract_with_headlines(texts: dict[str, str]) -> pd.DataFrame:
    """``extract_quotes`` as a user's loaded corpus gets it: the headline in ``title`` (its own rules, rows with
    ``paragraph == -1``), the rest in ``text``; title rows' offsets moved to where the title is in the file."""
    split = {aid: headline_split(raw) for aid, raw in texts.items()}
    articles = pd.DataFrame({"article_id": list(split), "text": [s[1] for s in split.values()],
                             "title": [s[0] for s in split.values()]})
    pred = extract_quotes(articles, progress=False)
    shift = pred["article_id"].map({aid: s[2] for aid, s in split.items()}).where(pred["paragraph"] == -1, 0)
    return pred.assign(start=pred["start"] + shift, end=pred["end"] + shift)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="polnear", choices=["polnear", "bbc-politics", "reuters-2017", "written"])
    ap.add_argument("--style", default=None, choices=WRITTEN_STYLES,
                    help="written: one house style only (default: every style)")
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared" / "corpora"), type=Path)
    ap.add_argument("--split", default="dev",
                    choices=["dev", "train", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8",
                             "test9", "test10", "test11", "test12", "test13", "test14", "test15",
                             "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23",
                             "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31",
                             "test32", "test33", "test34", "test35", "test36", "test37", "test38", "test39",
                             "test40", "test41", "test42", "test43", "test44", "test45", "test46", "test47",
                             "test48", "test49", "test50", "test51", "test52", "test53", "test54",
                             "test55", "test56", "test57", "test58", "test59", "test60", "test61",
                             "test62", "test63", "test64", "test65", "test66", "test67", "test68",
                             "test69", "test70", "test71", "test72", "test73", "test74",
                             "test75", "test76", "test77", "test78", "test79", "test80",
                             "test81", "test82", "test83", "test84", "test85", "test86", "test87",
                             "test88", "test89", "test90", "test91", "test92", "test93", "all"],
                    help="PolNeAR: dev, train or all; written: dev (files _01-_06, _13-_18), test (_07-_12), "
                         "test2 (_19-_24), test3 (_25-_30), test4 (_31-_36), test5 (_37-_42), test6 (_43-_48), "
                         "test7 (_49-_54), test8 (_55-_60), test9 (_61-_66), test10 (_67-_72), test11 (_73-_78) or "
                         "test12 (_79-_84), test13 (_85-_90), test14 (_91-_96), test15 (_97-_102), "
                         "test16 (_103-_108), test17 (_109-_114), test18 (_115-_120), test19 (_121-_126), "
                         "test20 (_127-_132), test21 (_133-_138), test22 (_139-_144), test23 (_145-_150), "
                         "test24 (_151-_156), test25 (_157-_162), test26 (_163-_168), test27 (_169-_174), "
                         "test28 (_175-_180), test29 (_181-_186), test30 (_187-_192), test31 (_193-_198), "
                         "test32 (_199-_204), test33 (_205-_210), test34 (_211-_216), test35 (_217-_222), "
                         "test36 (_223-_228), test37 (_229-_234), test38 (_235-_240), test39 (_241-_246), "
                         "test40 (_247-_252), test41 (_253-_258), test42 (_259-_264), test43 (_265-_270), "
                         "test44 (_271-_276), test45 (_277-_282), test46 (_283-_288), test47 (_289-_294), "
                         "test48 (_295-_300), test49 (_301-_306), test50 (_307-_312), test51 (_313-_318), "
                         "test52 (_319-_324), test53 (_325-_330), test54 (_331-_336), test55 (_337-_342), "
                         "test56 (_343-_348), test57 (_349-_354), test58 (_355-_360), test59 (_361-_366), test60 (_367-_372), "
                         "test61 (_373-_378), test62 (_379-_384), test63 (_385-_390), test64 (_391-_396), test65 (_397-_402), test66 (_403-_408), "
                         "test67 (_409-_414), test68 (_415-_420), test69 (_421-_426), test70 (_427-_432), "
                         "test71 (_433-_438), test72 (_439-_444), test73 (_445-_450), test74 (_451-_456), "
                         "test75 (_457-_462), test76 (_463-_468), test77 (_469-_474), test78 (_475-_480), "
                         "test79 (_481-_486), test80 (_487-_492), test81 (_493-_498), test82 (_499-_504), "
                         "test83 (_505-_510), test84 (_511-_516), test85 (_517-_522), test86 (_523-_528), "
                         "test87 (_529-_534), test88 (_535-_540), test89 (_541-_546), "
                         "test90 (_547-_552), test91 (_553-_558), test92 (_559-_564), test93 (_565-_570), held out, "
                         "or all")
    ap.add_argument("--errors", type=int, default=0, help="print N speaker errors and N missed/spurious rows")
    ap.add_argument("--kind", default="direct")
    ap.add_argument("--top-speakers", type=int, default=0, help="list the N most quoted speakers with their mentions")
    ap.add_argument("--heldout", nargs="?", type=int, const=1, default=0, choices=[1, 2, 3, 4, 5],
                    help="BBC/Reuters: score gold-heldout/ (--heldout or --heldout 1), or gold-heldout2/ to"
                         " gold-heldout5/ (--heldout 2 to 5), annotated after the rules (see their READMEs)")
    args = ap.parse_args(argv)
    if args.corpus == "polnear":
        if args.split == "test":
            ap.error("PolNeAR: --split dev, train or all")
        gold, texts = load_polnear(args.shared, args.split)
        label = f"PolNeAR {args.split}"
    elif args.corpus == "written":
        gold, texts = load_written(args.style, args.split)
        label = f"written {args.style or 'all styles'} {args.split}"
    else:
        folder = {0: "gold", 1: "gold-heldout"}.get(args.heldout, f"gold-heldout{args.heldout}")
        gold, texts = load_tsv_gold(args.shared, args.corpus, folder)
        label = args.corpus + (f" ({folder})" if args.heldout else "")
    pred = extract_with_headlines(texts)
    table = score(pred, gold)
    profile = strict.CaseProfile(texts.values())
    junk = [strict.is_junk(s, t, profile) for s, t in zip(pred["speaker"], pred["speaker_type"])]
    with pd.option_context("display.width", 200, "display.precision", 3):
        print(f"{label}: {len(texts)} articles, {len(gold)} gold rows, {len(pred)} predicted rows")
        print(table.to_string(index=False))
    print(f"junk speakers: {sum(junk)} of {len(pred)} rows = {sum(junk) / max(len(pred), 1):.2%}; "
          f"unresolved: {(pred['speaker_type'] == 'unresolved').sum()}")
    if args.errors:
        jp = pred[junk]
        print("junk sample:", jp["speaker"].value_counts().head(args.errors).to_dict())
        errs, n = speaker_errors(pred, gold, args.kind, args.errors)
        print(f"=== {n} speaker errors ({args.kind}); first {len(errs)}: article | gold source | gold | mention | pred")
        for e in errs:
            print("  ", " | ".join(map(str, e)))
        missed, n_missed, spurious, n_spurious = unmatched_rows(pred, gold, texts, args.kind, args.errors)
        for name, rows, count in (("missed", missed, n_missed), ("spurious", spurious, n_spurious)):
            print(f"=== {count} {name} rows ({args.kind}); first {len(rows)}: article | kind | start | speaker | text")
            for e in rows:
                print("  ", " | ".join(map(str, e)))
    if args.top_speakers:
        top = pred[pred["speaker_type"] == "person"].groupby("speaker").agg(
            rows=("kind", "size"), articles=("article_id", "nunique"),
            mentions=("speaker_mention", lambda s: "; ".join(s.value_counts().index[:6])))
        print(top.sort_values("rows", ascending=False).head(args.top_speakers).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
