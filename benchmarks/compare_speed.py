"""Wall time of `storydiff compare` on the example pair: cold (empty embedding cache) and warm.

Each run is a fresh process (`python -m storydiff.cli`-style, through the installed
`storydiff` script), so start-up and imports are included, as a user sees them. The
cache directory is a temporary one (XDG_CACHE_HOME), emptied for the cold run. Python
bytecode is written and a first run discarded, as after a normal install (pip compiles
it); a shell with PYTHONDONTWRITEBYTECODE set would otherwise recompile storydiff's
sources on every run (about 0.4 s on our machines).

    python benchmarks/compare_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIR = [
    str(ROOT / "examples" / "xi-putin-2023" / "english-release.txt"),
    str(ROOT / "examples" / "xi-putin-2023" / "chinese-readout-translated.txt"),
]


def _run(env: dict[str, str]) -> float:
    exe = shutil.which("storydiff", path=str(Path(sys.executable).parent)) or "storydiff"
    start = time.perf_counter()
    subprocess.run(
        [exe, "compare", *PAIR, "--format", "json"], env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cold, warm = [], []
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "STORYDIFF_CACHE_DIR")}
    base["OMP_NUM_THREADS"] = os.environ.get("OMP_NUM_THREADS", "2")
    with tempfile.TemporaryDirectory() as cache:
        _run({**base, "XDG_CACHE_HOME": cache})  # writes bytecode; not counted
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as cache:
            env = {**base, "XDG_CACHE_HOME": cache}
            cold.append(_run(env))
            warm.append(_run(env))
    print(
        f"cold (empty cache): median {statistics.median(cold):.2f} s  runs {[round(t, 2) for t in cold]}"
    )
    print(
        f"warm cache:         median {statistics.median(warm):.2f} s  runs {[round(t, 2) for t in warm]}"
    )


if __name__ == "__main__":
    main()
