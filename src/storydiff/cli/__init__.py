"""The ``storydiff`` command line: thin click commands over the library.

Each command lives in its own module of this package and only parses input, calls the
library and renders. Errors: a :class:`~storydiff.errors.StorydiffError` becomes one line
on stderr (``storydiff: error: …``) and its ``exit_code``; anything unexpected becomes one
line and exit code 1, with the traceback only under ``--debug``.

Exit codes: 0 success · 1 internal error · 2 bad usage or input · 3 a URL could not be
fetched · 4 an encoder could not be loaded · 130 interrupted.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from .. import __version__
from ..errors import StorydiffError

EXIT_INTERNAL = 1
EXIT_INTERRUPTED = 130


class _Group(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StorydiffError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"storydiff: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("storydiff: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as exc:  # the system refused: a full disk, a closed terminal
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = f" ({exc.filename})" if exc.filename else ""
            click.echo(f"storydiff: error: {exc.strerror or exc}{where}.", err=True)
            ctx.exit(EXIT_INTERNAL)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"storydiff: internal error: {type(exc).__name__}: {exc} "
                "(run with --debug for the traceback)",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storydiff")
@click.option("-v", "--verbose", count=True, help="Log progress to stderr (-vv for debug).")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, debug: bool) -> None:
    """Compare accounts of the same event, statement by statement.

    \b
    storydiff compare A.txt B.html https://… [--format text|json|markdown|html|tsv|tmx]
    storydiff segment FILE|URL|-        clean and segment one account
    storydiff align SRC TGT             align two pre-segmented files (one sentence a line)
    storydiff serve                     local web app and JSON API
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if verbose:
        logging.basicConfig(
            stream=sys.stderr,
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="storydiff: %(message)s",
        )


# Commands register themselves on `main` when imported.
from . import align as _align  # noqa: E402,F401
from . import compare as _compare  # noqa: E402,F401
from . import segment as _segment  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
