"""Load benchmark: concurrent comparisons against a local ``storydiff serve``.

Starts ``storydiff serve`` on a free 127.0.0.1 port in a subprocess, waits for
``/healthz``, then sends a bounded number of requests (``--requests``) from a thread pool
(``--concurrency``), never past ``--max-seconds``, and reports throughput, latency
percentiles of the comparisons, the server's resident memory (sampled from
``/proc/<pid>/status``) and every error. It stops by itself and always stops the server.

The mix includes requests *at the limits*, which must be refused cleanly while the
server keeps answering the others: every ``--limit-every``-th request is one of an
oversized body (expect 413), a single account (expect 422), or a URL to a private address
(expect 422, refused before any connection). A request "fails" when its status is not the
one expected or a 200 is not a valid ``storydiff.comparison/1`` with every account.

Caching: the server gets an empty embedding cache of its own (``XDG_CACHE_HOME`` in a
temporary folder). Repeated texts hit it after their first request, as they would in real
use; ``--fresh`` makes every sentence of every request unique, to measure full encoding.

Safety: traffic goes only to the server this script starts on 127.0.0.1; the client
ignores proxy settings (``trust_env=False``).

Usage::

    python benchmarks/load.py                         # 40 requests, 4 at a time, <= 180 s
    python benchmarks/load.py --requests 200 --concurrency 8 --json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "xi-putin-2023"
HOST = "127.0.0.1"


@dataclass
class Outcome:
    kind: str
    expected: int
    status: int | None
    seconds: float
    error: str | None = None


@dataclass
class MemorySampler:
    """Peak and last resident set size of one process, sampled every ``interval`` seconds."""

    pid: int
    interval: float = 0.2
    peak_kib: int = 0
    last_kib: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def _rss_kib(self) -> int:
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            rss = self._rss_kib()
            if rss:
                self.last_kib = rss
                self.peak_kib = max(self.peak_kib, rss)

    def stop(self) -> None:
        self._stop.set()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int, log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    # A fresh embedding cache: figures do not depend on (or fill) the user's own cache.
    cache_home = log.parent / "cache"
    return subprocess.Popen(
        [sys.executable, "-m", "storydiff", "serve", "--host", HOST, "--port", str(port)],
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # our own process group, so stopping it stops only it
        env={**os.environ, "XDG_CACHE_HOME": str(cache_home),
             "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")},
    )


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=15)


def wait_healthy(client: httpx.Client, proc: subprocess.Popen[bytes], *, seconds: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if proc.poll() is not None:
            raise SystemExit(f"storydiff serve exited with {proc.returncode} before answering")
        try:
            if client.get("/healthz", timeout=2).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"storydiff serve did not answer /healthz within {seconds:g} s")


def payloads(limit_every: int, max_body: int) -> list[tuple[str, int, dict[str, object] | bytes]]:
    """The request mix: (kind, expected status, JSON body or raw bytes)."""
    english = (EXAMPLES / "english-release.txt").read_text(encoding="utf-8")
    chinese = (EXAMPLES / "chinese-readout-translated.txt").read_text(encoding="utf-8")
    normal: list[tuple[str, int, dict[str, object] | bytes]] = [
        ("example-pair", 200, {"documents": [{"text": english}, {"text": chinese}]}),
        ("three-accounts", 200, {"documents": [{"text": english}, {"text": chinese}, {"text": english}]}),
    ]
    at_limits: list[tuple[str, int, dict[str, object] | bytes]] = [
        ("oversized-body", 413, b'{"documents": [{"text": "' + b"x" * (max_body + 1) + b'"}]}'),
        ("single-account", 422, {"documents": [{"text": english}]}),
        ("private-url", 422, {"documents": [{"text": english}, {"url": "http://169.254.169.254/"}]}),
    ]
    mix = []
    for i in range(max(limit_every, 1) * len(at_limits)):
        if limit_every and i % limit_every == limit_every - 1:
            mix.append(at_limits[(i // limit_every) % len(at_limits)])
        else:
            mix.append(normal[i % len(normal)])
    return mix


def freshen(body: dict[str, object] | bytes, n: int) -> dict[str, object] | bytes:
    """Make every sentence of a request unique, so no embedding comes from the server's cache."""
    if isinstance(body, bytes):
        return body
    docs = [dict(d, text=re.sub(r"([.!?。])(\s)", rf" r{n}\1\2", d["text"])) if "text" in d else d
            for d in body["documents"]]  # type: ignore[union-attr]
    return {**body, "documents": docs}


def one_request(
    client: httpx.Client, kind: str, expected: int, body: dict[str, object] | bytes, timeout: float
) -> Outcome:
    started = time.monotonic()
    try:
        if isinstance(body, bytes):
            response = client.post("/api/compare", content=body, timeout=timeout,
                                   headers={"Content-Type": "application/json"})
        else:
            response = client.post("/api/compare", json=body, timeout=timeout)
    except httpx.HTTPError as exc:
        return Outcome(kind, expected, None, time.monotonic() - started, f"{type(exc).__name__}: {exc}")
    seconds = time.monotonic() - started
    error = None
    if response.status_code != expected:
        error = f"HTTP {response.status_code}: {response.text[:200]}"
    elif expected == 200:
        data = response.json()
        sent = len(body["documents"]) if isinstance(body, dict) else 0  # type: ignore[arg-type]
        if data.get("schema") != "storydiff.comparison/1" or len(data.get("documents", [])) != sent:
            error = "a 200 that is not a complete storydiff.comparison/1"
    else:
        try:
            if not response.json().get("error"):
                error = "an error answer without an 'error' message"
        except ValueError:
            error = "an error answer that is not JSON"
    return Outcome(kind, expected, response.status_code, seconds, error)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40, help="total requests (default 40)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
    parser.add_argument("--max-seconds", type=float, default=180.0,
                        help="stop sending after this long (default 180)")
    parser.add_argument("--request-timeout", type=float, default=120.0)
    parser.add_argument("--limit-every", type=int, default=5,
                        help="every Nth request is one at the limits (0: none; default 5)")
    parser.add_argument("--max-body", type=int, default=4 * 10 * 1024 * 1024,
                        help="the server's body limit, to build an oversized request")
    parser.add_argument("--fresh", action="store_true",
                        help="make every request's sentences unique (no embedding-cache hits); "
                        "by default repeated texts hit the server's cache after the first request")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    port = free_port()
    log = Path(tempfile.mkdtemp(prefix="storydiff-load-")) / "serve.log"
    proc = start_server(port, log)
    sampler = MemorySampler(proc.pid)
    threading.Thread(target=sampler.run, daemon=True).start()
    outcomes: list[Outcome] = []
    try:
        with httpx.Client(base_url=f"http://{HOST}:{port}", trust_env=False,
                          limits=httpx.Limits(max_connections=args.concurrency)) as client:
            startup_s = wait_healthy(client, proc, seconds=90)
            idle_kib = sampler._rss_kib()
            mix = payloads(args.limit_every, args.max_body)
            deadline = time.monotonic() + args.max_seconds
            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                pending = set()
                sent = 0
                while sent < args.requests or pending:
                    while (sent < args.requests and len(pending) < args.concurrency
                           and time.monotonic() < deadline):
                        kind, expected, body = mix[sent % len(mix)]
                        body = freshen(body, sent) if args.fresh else body
                        pending.add(pool.submit(one_request, client, kind, expected, body,
                                                args.request_timeout))
                        sent += 1
                    if not pending:
                        break
                    done = next(as_completed(pending))
                    pending.discard(done)
                    outcomes.append(done.result())
            elapsed = time.monotonic() - started
            alive = proc.poll() is None and client.get("/healthz", timeout=5).status_code == 200
    finally:
        sampler.stop()
        stop_server(proc)
        shutil.rmtree(log.parent / "cache", ignore_errors=True)  # keep only the server log

    compared = [o.seconds for o in outcomes if o.expected == 200 and o.error is None]
    errors = [o for o in outcomes if o.error]
    figures = {
        "requests": len(outcomes),
        "concurrency": args.concurrency,
        "fresh_texts": args.fresh,
        "elapsed_s": round(elapsed, 2),
        "throughput_rps": round(len(outcomes) / elapsed, 2) if elapsed else None,
        "comparisons_ok": len(compared),
        "limit_requests_refused_correctly": sum(1 for o in outcomes if o.expected != 200 and not o.error),
        "errors": len(errors),
        "latency_s": {f"p{q}": round(v, 3) if (v := percentile(compared, q)) is not None else None
                      for q in (50, 90, 99)},
        "server_startup_s": round(startup_s, 2),
        "server_rss_mib": {"idle": round(idle_kib / 1024, 1), "peak": round(sampler.peak_kib / 1024, 1),
                           "last": round(sampler.last_kib / 1024, 1)},
        "server_alive_after": alive,
        "server_log": str(log),
    }
    if args.json:
        print(json.dumps({**figures, "error_samples": [o.__dict__ for o in errors[:5]]}, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>34}: {value}")
        for o in errors[:5]:
            print(f"  error: {o.kind} expected {o.expected}, got {o.status}: {o.error}")
    return 0 if not errors and alive else 1


if __name__ == "__main__":
    sys.exit(main())
