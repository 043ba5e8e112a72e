"""`storydiff segment`: ingest one account and show its cleaned text and sentences."""

from __future__ import annotations

import click

from ..options import Options
from . import main


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable listing; json: one storydiff document object.")
@click.option("--allow-private", is_flag=True, help=Options.help("allow_private"))
def segment(source: str, fmt: str, allow_private: bool) -> None:
    """Clean and segment one account: SOURCE is a file, an http(s) URL, or - for stdin.

    Prints the metadata (title, date, outlet, byline, dateline, captions) apart from the
    body, and every sentence numbered with its kind and character offsets into the cleaned
    text.
    """
    from ..segment import read_document

    document = read_document(source, doc_id="A", allow_private=allow_private)
    if fmt == "json":
        click.echo(document.model_dump_json(indent=2))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    for label, value in (
        ("source", document.source),
        ("title", document.title),
        ("published", document.published.isoformat() if document.published else None),
        ("outlet", document.outlet),
        ("byline", document.byline),
        ("dateline", document.dateline),
        ("language", document.lang),
    ):
        console.print(f"[bold]{label:>9}[/bold]  {escape(value) if value else '[dim]–[/dim]'}")
    console.print()
    for seg in document.segments:
        kind = "" if seg.kind.value == "body" else f"[cyan]{seg.kind.value}[/cyan] "
        console.print(
            f"[dim]{seg.id:>4}  ¶{seg.paragraph:<3} {seg.start:>6}-{seg.end:<6}[/dim] {kind}{escape(seg.text)}"
        )
