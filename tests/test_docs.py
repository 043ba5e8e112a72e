"""Docs are a contract: every command has help and a README entry; the schema files are current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.schema import schemas

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_a_readme_entry(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"{name} lacks help text"
    assert f"storydiff {name}" in README, f"README does not mention `storydiff {name}`"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_has_help(name: str) -> None:
    for param in main.commands[name].params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            assert getattr(param, "help", None), f"storydiff {name} {param.opts} has no help"


def test_schema_files_match_the_data_model() -> None:
    for filename, schema in schemas().items():
        on_disk = json.loads((ROOT / "schema" / filename).read_text(encoding="utf-8"))
        assert on_disk == schema, (
            f"schema/{filename} is stale: regenerate it with `python -m storydiff.schema schema`"
        )


def test_readme_documents_every_exit_code() -> None:
    from storydiff import errors

    codes = {cls.exit_code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.StorydiffError)}
    for code in codes | {0, 130}:
        assert f"| {code} |" in README, f"exit code {code} is not documented in the README"
