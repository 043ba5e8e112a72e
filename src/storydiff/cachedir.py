"""Where storydiff keeps what it can rebuild: ``$STORYDIFF_CACHE_DIR`` or the user cache directory."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("STORYDIFF_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("storydiff"))
