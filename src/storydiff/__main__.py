"""``python -m storydiff`` runs the command line."""

from storydiff.cli import main

main(prog_name="storydiff")
