#!/usr/bin/env bash
# Set up everything the test suite needs, then run it. Used by the README and by .ci/run.
#   bash scripts/test.sh [pytest args...]
# - a virtual environment in .venv with storydiff and its test extras (editable);
# - Debian's chromium and a CJK font for the browser tests (apt-get, when missing and root);
# - lint (ruff) and type checks (mypy), then the whole suite, slow and browser tests included.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi'; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing chromium and fonts-wqy-zenhei for the browser tests" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
    else
        echo "test.sh: chromium missing and not root: browser tests will be skipped" >&2
    fi
fi

export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
