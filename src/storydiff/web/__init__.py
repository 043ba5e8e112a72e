"""The local web app and JSON API: a thin shell over :func:`storydiff.compare.compare`.

``create_app()`` returns a FastAPI application; ``storydiff serve`` runs it with uvicorn.
See :mod:`storydiff.web.app` for the routes, limits and error mapping.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
