"""The optional sentence-transformers encoder where torch is installed (a GPU machine, say).

No model hub is reachable from our machines, so the models are built here with random
weights: a tiny one (2 layers) and one of BERT-base's size (12 layers of 768, LaBSE's
compute). Their vectors mean nothing; what is measured is the path an analyst's own model
takes through ``get_encoder`` and ``storydiff align --model FOLDER``:

- the device sentence-transformers picks (``cuda:0`` where a GPU is present);
- unit vectors, and the same vectors for the same texts on a second encoding;
- a model not on disk fails at once with storydiff's ModelError (no download is tried);
- throughput of the BERT-base-sized model, sentences/s;
- the align command on that device: every line in one bead, the same beads twice.

    python benchmarks/st_encoder.py [--json OUT.json]

Needs ``pip install 'storydiff[transformers]'`` (torch, sentence-transformers, transformers).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

VOCABULARY = (
    "the a of to in and is was said minister president talks meeting city water price rose fell "
    "percent million people police court two three four der die das und le la les et est des el "
    "los las que y"
)
WORDS = VOCABULARY.split()


def build_model(folder: Path, hidden: int, layers: int) -> str:
    """A sentence-transformers model (BERT + mean pooling) with random weights, saved to ``folder``."""
    import torch
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, BertTokenizerFast

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *"abcdefghijklmnopqrstuvwxyz0123456789.,", *WORDS]
    (folder / "hf").mkdir(parents=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n")
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=max(1, hidden // 64), intermediate_size=4 * hidden)
    BertModel(config).save_pretrained(folder / "hf")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder / "hf")
    transformer = models.Transformer(str(folder / "hf"), max_seq_length=128)
    pooling = models.Pooling(hidden, "mean")
    SentenceTransformer(modules=[transformer, pooling], device="cpu").save(str(folder / "st"))
    return str(folder / "st")


def align_twice(model: str, work: Path) -> dict[str, object]:
    """``storydiff align --model`` on two made-up files, twice, in fresh processes."""
    src = [f"the minister said the talks in city {i} were useful." for i in range(40)]
    tgt = [f"le ministre a dit {i} des talks et la city." for i in range(35)]
    (work / "src.txt").write_text("\n".join(src) + "\n")
    (work / "tgt.txt").write_text("\n".join(tgt) + "\n")
    env = dict(os.environ, STORYDIFF_CACHE_DIR=str(work / "cache"))
    command = [sys.executable, "-m", "storydiff", "align", str(work / "src.txt"), str(work / "tgt.txt"),
               "--model", model]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env, check=False) for _ in range(2)]
    src_ids: list[int] = []
    tgt_ids: list[int] = []
    for line in runs[0].stdout.split():
        left, right = line.split(":")
        src_ids += json.loads(left)
        tgt_ids += json.loads(right)
    return {
        "exit codes": [run.returncode for run in runs],
        "every line once": sorted(src_ids) == list(range(len(src))) and sorted(tgt_ids) == list(range(len(tgt))),
        "same beads twice": runs[0].stdout == runs[1].stdout,
        "stderr": runs[0].stderr[-300:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--sentences", type=int, default=4000)
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        sys.exit("st_encoder.py needs torch and sentence-transformers: pip install 'storydiff[transformers]'")

    from storydiff.encode import get_encoder
    from storydiff.errors import ModelError

    figures: dict[str, object] = {
        "torch": torch.__version__,
        "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tiny = build_model(work / "tiny", 64, 2)
        base = build_model(work / "base", 768, 12)
        encoder = get_encoder(tiny, cache=False)
        vecs = encoder.encode(["The minister said the talks were useful.", "Le ministre a dit.", "x"])
        figures["device"] = getattr(encoder.base, "device", "?")
        figures["unit vectors"] = bool(np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-4))
        started = time.perf_counter()
        try:
            get_encoder("sentence-transformers/LaBSE", cache=False)
            figures["model not on disk"] = "loaded (a model hub was reachable)"
        except ModelError as exc:
            figures["model not on disk"] = f"ModelError in {time.perf_counter() - started:.2f} s: {str(exc)[:120]}…"
        rng = np.random.default_rng(0)
        texts = [" ".join(rng.choice(WORDS, 25)) + f" {i}." for i in range(args.sentences)]
        big = get_encoder(base, cache=False)
        big.encode(texts[:64])  # warm-up: kernels, allocator
        started = time.perf_counter()
        first = big.encode(texts)
        seconds = time.perf_counter() - started
        figures["BERT-base-sized sentences/s"] = round(len(texts) / seconds, 1)
        again = big.base.encode(texts[:200])
        figures["same texts again, largest difference"] = float(np.abs(again - first[:200]).max())
        figures["align --model"] = align_twice(tiny, work)
    for name, value in figures.items():
        print(f"{name:>40}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
