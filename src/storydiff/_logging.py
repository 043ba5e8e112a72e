"""The library never configures logging; only the CLI does (``-v``)."""

from __future__ import annotations

import logging

logger = logging.getLogger("storydiff")
logger.addHandler(logging.NullHandler())
