"""`storydiff compare`: read the accounts, call :func:`storydiff.compare.compare`, render.

Thin by design: reading, comparing and rendering live in the library; this module maps
flags to :class:`~storydiff.options.Options`, picks ids (A, B, C… or ``--label``) and
languages (``--lang``, where the identifier cannot tell), and
writes the result to stdout or, atomically, to ``-o FILE``.
"""

from __future__ import annotations

import os
import stat
import string
import sys
import tempfile
import time
from pathlib import Path

import click

from .._logging import logger
from ..errors import InputError, InputTooLarge, OutputExists
from ..limits import MAX_COMPARE_CHARS, MAX_DOCUMENTS
from ..options import Options
from . import main

LONG_RUN_SENTENCES = 400
"""From this many sentences, a comparison takes long enough (the first run encodes each)
that a terminal is told it has started."""


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _ids(count: int, labels: tuple[str, ...]) -> list[str]:
    if labels and len(labels) != count:
        raise InputError(f"Give one --label per account: {count} accounts, {len(labels)} labels.")
    if labels:
        if len(set(labels)) != len(labels):
            raise InputError("Each --label must be different.")
        if not all(label.strip() for label in labels):
            raise InputError("A --label cannot be empty.")
        if any(not ch.isprintable() for label in labels for ch in label):
            raise InputError("A --label cannot contain control characters.")
        return list(labels)
    letters = string.ascii_uppercase
    return [letters[i] if i < 26 else f"D{i + 1}" for i in range(count)]


def _languages(count: int, langs: tuple[str, ...]) -> list[str | None]:
    """Each account's language as given with ``--lang`` (None: detect it)."""
    from ..ingest.langid import given_language

    if not langs:
        return [None] * count
    if len(langs) != count:
        raise InputError(f"Give one --lang per account ('auto' to detect one): {count} accounts, {len(langs)} languages.")
    try:
        return [given_language(lang) for lang in langs]
    except ValueError as exc:
        raise InputError(f"--lang {exc}.") from None


def write_atomically(path: Path, text: str, *, force: bool) -> None:
    """Write ``text`` to ``path`` via a temporary file and rename: a reader never sees half a
    file. A link is followed (the file it points to is replaced, the link kept), and a file
    replaced keeps its permissions."""
    if path.exists() and not force:
        raise OutputExists(f"{path} already exists; use --force to overwrite it.")
    path = _write_target(path)
    directory = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if path.exists():
            mode = stat.S_IMODE(path.stat().st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # mkstemp makes 0600; a report is meant to be shared
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise InputError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


def _write_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: a link's file. Only a regular file is
    replaced, never a device, a pipe or a socket (``-o /dev/null`` as root would replace
    the machine's /dev/null with a file)."""
    target = path.resolve() if path.is_symlink() else path
    if target.exists() and not target.is_file():
        raise InputError(f"{target} is not a regular file; write the report to a file, or omit -o for standard output.")
    return target


def _check_output(output: Path, sources: tuple[str, ...]) -> None:
    """An output file must be a file in a folder that exists, and none of the accounts:
    --force overwrites a report, never what the user gave. Checked before the comparison
    runs, so a mistyped path costs nothing."""
    if not output.name or output.is_dir():
        raise InputError(f"-o needs a file name; {str(output) or '.'!r} is a directory.")
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"Cannot write {output}: the folder {str(directory)!r} does not exist.")
    _write_target(output)
    if not output.exists():
        return
    written = output.stat()
    for source in sources:
        if source == "-":
            # standard input redirected from a file ("- < a.txt", or -o /dev/stdin): that file
            try:
                given = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError):
                continue
        elif Path(source).exists():
            given = Path(source).stat()
        else:
            continue
        if (given.st_dev, given.st_ino) == (written.st_dev, written.st_ino):
            raise InputError(f"{output} is one of the accounts compared; write the report to another file.")


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="A B [C …]")
@click.option(
    "--format",
    "fmt",
    default="text",
    show_default=True,
    metavar="text|json|markdown|html|tsv|tmx",
    help="Output format: the terminal brief, the storydiff.comparison/1 JSON, or a report/bitext.",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="NAME",
    help="Name for each account, in order (default A, B, C…).",
)
@click.option(
    "--lang",
    "langs",
    multiple=True,
    metavar="CODE",
    help="Language of each account, in order (ISO 639-1: en, zh, ha…; 'auto' to detect it): for a "
    "language the identifier does not know or gets wrong.",
)
@click.option("--model", default=Options().model, show_default=True, help=Options.help("model"))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),  # a folder gets our one-line error (_check_output)
    help="Write to FILE instead of standard output.",
)
@click.option("--force", is_flag=True, help="Overwrite the -o file if it exists.")
@click.option("--allow-private", is_flag=True, help=Options.help("allow_private"))
@click.option("--no-cache", is_flag=True, help="Do not read or write the on-disk embedding cache.")
def compare(
    sources: tuple[str, ...],
    fmt: str,
    labels: tuple[str, ...],
    langs: tuple[str, ...],
    model: str,
    output: Path | None,
    force: bool,
    allow_private: bool,
    no_cache: bool,
) -> None:
    """Compare two or more accounts of one event, statement by statement.

    Each account is a file, a URL, or - for standard input. The brief lists what each
    account has that the others lack, conflicting facts, who said what, and every
    aligned unit with its relation and score.
    """
    from ..report import FORMATS, render

    if len(sources) < 2:
        raise InputError("Give at least two accounts to compare.")
    if len(sources) > MAX_DOCUMENTS:
        raise InputTooLarge(f"At most {MAX_DOCUMENTS} accounts can be compared at once; got {len(sources)}.")
    if fmt not in FORMATS:
        raise InputError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if sources.count("-") > 1:
        raise InputError("Standard input (-) can be given as one account only.")
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as "-" is standard input among the accounts
    if output is not None:
        _check_output(output, sources)
        if output.exists() and not force:
            raise OutputExists(f"{output} already exists; use --force to overwrite it.")
    options = Options(model=model, allow_private=allow_private, cache=not no_cache)
    ids = _ids(len(sources), labels)
    languages = _languages(len(sources), langs)

    from ..compare import compare as run_compare
    from ..segment import read_document

    documents = []
    for source, doc_id, lang in zip(sources, ids, languages, strict=True):
        document = read_document(
            source, doc_id=doc_id, allow_private=allow_private, max_body_chars=MAX_COMPARE_CHARS, lang=lang
        )
        logger.info("%s: %s, %d sentences, language %s", doc_id, source, len(document.body()), document.lang or "unknown")
        documents.append(document)
    sentences = sum(len(d.body()) for d in documents)
    if sentences >= LONG_RUN_SENTENCES and _stderr_is_terminal():
        # the encoder manages some 40 sentences a second on two cores: say why it is quiet
        click.echo(f"storydiff: comparing {len(documents)} accounts, {sentences:,} sentences…", err=True)
    started = time.perf_counter()
    comparison = run_compare(documents, options=options)
    logger.info(
        "compared %d sentences with %s in %.1f s: %d units",
        sentences, options.model, time.perf_counter() - started, len(comparison.units),
    )
    kwargs: dict[str, object] = {}
    if fmt == "text":
        kwargs["color"] = output is None and sys.stdout.isatty()
    try:
        text = render(comparison, fmt, **kwargs)
    except ImportError as exc:
        raise InputError(f"The {fmt} format is not available in this installation.") from exc
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomically(output, text, force=force)
