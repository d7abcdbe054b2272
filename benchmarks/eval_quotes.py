"""Evaluate the quote extractor on PolNeAR (Newell, Margolin & Ruths, LREC 2018). Run by hand, not part of `make test`.

    .venv/bin/python benchmarks/eval_quotes.py [--corpus /work/shared/corpora/polnear] [--split dev|train|all]
                                               [--errors N] [--kind direct]

Gold: one PolNeAR annotation file per article (the annotator listed first in metadata.tsv). Each attribution's
Content may be discontinuous (``a b;c d``): fragments separated only by white space are merged, the others become
separate gold rows with the same source (a quote interrupted by its cue gives two rows, as in our output).
Kinds: a fragment that starts and ends with a quote mark (punctuation after the closing mark allowed) is ``direct``
(its text is taken inside the marks); a fragment with a quote mark inside is ``partial``; otherwise ``indirect``.

Matching (analysis.quotes.score): content spans overlap by ≥ 50 % of the shorter span, one-to-one.
Speaker: PolNeAR sources are written as they appear (pronouns unresolved), so a speaker counts as right when the
words of the gold Source (lower case, without the/a/an/of/'s) share a word with our speaker_mention or speaker.
The article text is read as is (offsets are the corpus's own); nothing from the corpus is written anywhere.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

from analysis.quotes import extract_article, quote_errors, score_quotes

QUOTE_CHARS = "“”\"‘’'«»"
_DROP = {"the", "a", "an", "of", "'s", "’s", "s"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*\.?", str(text).lower()) if w not in _DROP}


def read_ann(path: Path, text: str, article_id: str) -> list[dict]:
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = (line.split("\t") + ["", ""])[:3]
            label, _, offs = info.partition(" ")
            frags = [tuple(int(x) for x in part.split()) for part in offs.split(";")]
            spans[tid] = (label, frags)
        elif line.startswith("E"):
            events.append(dict(part.split(":", 1) for part in line.split("\t")[1].split()))
    rows = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        src = spans.get(ev.get("Source", ""), (None, []))[1]
        source = " ".join(text[a:b] for a, b in src)
        frags = sorted(spans[ev["Content"]][1])
        merged = []
        for a, b in frags:
            if merged and text[merged[-1][1]:a].strip() == "":
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            frag = text[a:b]
            lead = len(frag) - len(frag.lstrip())
            a, frag = a + lead, frag.strip()
            if not frag:
                continue
            if frag[0] in QUOTE_CHARS and frag.rstrip(" .,;:!?")[-1:] in QUOTE_CHARS:
                kind = "direct"
                inner_a = a + 1
                inner_b = a + len(frag.rstrip(QUOTE_CHARS + " "))
                a, b = inner_a, max(inner_b, inner_a + 1)
            elif any(c in frag for c in "“”\"«»") or re.search(r"(?<!\w)['‘]\w[^'’]*['’](?!\w)", frag):
                kind = "partial"
                b = a + len(frag)
            else:
                kind = "indirect"
                b = a + len(frag)
            rows.append({"article_id": article_id, "kind": kind, "start": a, "end": b, "text": text[a:b],
                         "speaker": source, "speaker_mention": source})
    return rows


def load(corpus: Path, split: str):
    meta = pd.read_csv(corpus / "metadata.tsv", sep="\t", dtype=str)
    splits = ["dev", "train"] if split == "all" else [split]
    gold, pred, texts = [], [], {}
    for sp in splits:
        for row in meta[meta["compartment"] == sp].sort_values("filename").itertuples():
            text_path = corpus / sp / "text" / f"{row.filename}.txt"
            if not text_path.exists():
                continue
            annotator = str(row.annotators).split(",")[0].strip()
            ann = corpus / sp / "attributions" / f"{row.filename}_{annotator}.ann"
            if not ann.exists():
                cands = sorted((corpus / sp / "attributions").glob(f"{row.filename}_*.ann"))
                if not cands:
                    continue
                ann = cands[0]
            text = text_path.read_text(encoding="utf-8")
            texts[row.filename] = text
            gold.extend(read_ann(ann, text, row.filename))
            pred.append(extract_article(text, row.filename))
    gold = pd.DataFrame(gold)
    pred = pd.concat(pred, ignore_index=True)
    return gold, pred, texts


def same_speaker(p, g) -> bool:
    gw = _words(g["speaker"])
    if not gw:
        return False
    return bool(gw & (_words(p["speaker_mention"]) | _words(p["speaker"])))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpora/polnear", type=Path)
    ap.add_argument("--split", default="dev", choices=["dev", "train", "all"])
    ap.add_argument("--errors", type=int, default=0, help="print N sampled errors of --kind")
    ap.add_argument("--kind", default="direct")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    gold, pred, _ = load(args.corpus, args.split)
    table = score_quotes(pred, gold, same_speaker=same_speaker)
    with pd.option_context("display.width", 200, "display.precision", 3):
        print(f"PolNeAR {args.split}: {gold['article_id'].nunique()} articles, {len(gold)} gold rows, "
              f"{len(pred)} predicted rows")
        print(table.to_string(index=False))
    from analysis.quotes.score import match_spans

    pronouns = {"he", "she", "they", "it", "we", "i", "you", "who"}
    for kind in ["direct", "all"]:
        p = (pred if kind == "all" else pred[pred["kind"] == kind]).reset_index(drop=True)
        g = (gold if kind == "all" else gold[gold["kind"] == kind]).reset_index(drop=True)
        pairs = match_spans(p, g)
        named = [(pi, gi) for pi, gi in pairs if g.loc[gi, "speaker"].strip().lower() not in pronouns | {""}]
        ok = sum(same_speaker(p.loc[pi], g.loc[gi]) for pi, gi in named)
        print(f"speaker accuracy, {kind}, gold source not a pronoun: {ok}/{len(named)} = "
              f"{ok / len(named) if named else float('nan'):.3f}")
    if args.errors:
        kind = args.kind
        p = pred if kind == "all" else pred[pred["kind"] == kind]
        g = gold if kind == "all" else gold[gold["kind"] == kind]
        errs = quote_errors(p, g)
        errs = errs[errs["error"] != "wrong speaker"]
        # speaker errors under the benchmark's own rule
        p2, g2 = p.reset_index(drop=True), g.reset_index(drop=True)
        bad = [(p2.loc[pi], g2.loc[gi]) for pi, gi in match_spans(p2, g2) if not same_speaker(p2.loc[pi], g2.loc[gi])]
        sample = errs.sample(min(args.errors, len(errs)), random_state=args.seed) if len(errs) else errs
        for r in sample.itertuples():
            print(f"--- {r.error} {r.article_id} @{r.start}\n  gold: {r.gold_text[:200]!r}\n"
                  f"  pred: {r.predicted_text[:200]!r}")
        print(f"=== {len(bad)} speaker errors; sample:")
        for pr, gr in bad[: args.errors]:
            print(f"  gold {gr['speaker']!r} vs pred {pr['speaker_mention']!r} -> {pr['speaker']!r} | "
                  f"{pr['text'][:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
