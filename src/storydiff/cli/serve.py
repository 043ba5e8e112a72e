"""`storydiff serve`: the local web app and JSON API, run with uvicorn.

The app itself lives in :mod:`storydiff.web`; this command only picks the address.
"""

from __future__ import annotations

import socket

import click

from ..errors import InputError
from ..limits import MAX_COMPARE_CHARS, MAX_DOCUMENTS, MAX_REQUEST_CHARS
from ..options import Options
from . import main


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1 keeps it local to this machine).",
)
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="TCP port to listen on.",
)
@click.option("--allow-private", is_flag=True, help=Options.help("allow_private"))
@click.option(
    "--max-chars",
    default=MAX_REQUEST_CHARS,
    show_default=True,
    type=click.IntRange(1_000, MAX_DOCUMENTS * MAX_COMPARE_CHARS),
    help="Most body characters one request may bring, all accounts together (bounds its run time).",
)
def serve(host: str, port: int, allow_private: bool, max_chars: int) -> None:
    """Start the local web app and JSON API.

    Open the printed address in a browser, paste, upload or link two or more accounts
    and get the HTML report. Programs can POST to /api/compare (schema at /openapi.json)
    and receive the storydiff.comparison/1 JSON.
    """
    import uvicorn

    from ..web import create_app

    _check_address(host, port)
    click.echo(f"storydiff: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(
        create_app(allow_private=allow_private, max_chars=max_chars), host=host, port=port, log_level="info"
    )


def _check_address(host: str, port: int) -> None:
    """Bind the address once before serving, so that a port in use or an address that is
    not this machine's gets one clear line, not uvicorn's log and a misleading exit code."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise InputError(f"Cannot serve on {host}:{port}: {exc.strerror or exc}.") from exc
