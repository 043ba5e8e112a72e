"""`storydiff compare` in-process: formats, labels, -o/--force, and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "xi-putin-2023"
A = str(EXAMPLES / "english-release.txt")
B = str(EXAMPLES / "chinese-readout-translated.txt")
C = str(Path(__file__).parent / "data" / "xi-putin-shortened.txt")


def run(*args: str) -> object:
    return CliRunner().invoke(main, ["compare", *args])


def test_the_brief_leads_with_what_each_account_lacks() -> None:
    result = run(A, B)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "\x1b[" not in out, "plain text when not a terminal"
    head = out.split("Aligned units")[0]
    assert "A: nothing" in head
    assert "[Vladimir Putin] Putin warmly welcomed" in head
    assert "Ukraine" in head
    assert head.index("What each account has") < head.index("Conflicts") < head.index("Speakers")


def test_an_account_whose_speakers_are_not_read_names_no_narrator(tmp_path: Path) -> None:
    """A Bengali statement only its account gives is attributed to no one, not to the
    narrator: its speakers are not read ("দাবি করেছেন" may follow anyone)."""
    (tmp_path / "en.txt").write_text("Rail crash\n\nFourteen passengers were killed near Kanpur on Tuesday.\n")
    (tmp_path / "bn.txt").write_text(
        "রেল দুর্ঘটনা\n\nমঙ্গলবার কানপুরের কাছে ১৪ জন যাত্রী নিহত হয়েছেন। "
        "কংগ্রেস সভাপতি মল্লিকার্জুন খাড়গে রেলমন্ত্রীর পদত্যাগ দাবি করেছেন।\n"
    )
    result = run(str(tmp_path / "en.txt"), str(tmp_path / "bn.txt"))
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.output.splitlines() if "খাড়গে" in ln and ln.startswith("    #")]
    assert "[narrator]" not in line


def test_json_is_the_schema_document_with_labels() -> None:
    result = run(
        A, B, C, "--format", "json", "--label", "Release", "--label", "Readout", "--label", "Short"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "storydiff.comparison/1"
    assert [d["id"] for d in data["documents"]] == ["Release", "Readout", "Short"]
    assert all(set(u["members"]) <= {"Release", "Readout", "Short"} for u in data["units"])
    assert any(u["relation"] == "conflict" for u in data["units"]), "the changed date"


def test_output_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me")
    result = run(A, B, "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    assert "already exists" in result.output and "--force" in result.output
    assert target.read_text() == "keep me"
    result = run(A, B, "--format", "json", "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["schema"] == "storydiff.comparison/1"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temporary file left behind"


def test_force_replaces_only_a_regular_file_keeping_links_and_permissions(tmp_path: Path) -> None:
    import os
    import stat

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = run(A, B, "-o", str(pipe), "--force")
    assert result.exit_code == 2 and "not a regular file" in result.output
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    report = tmp_path / "report.md"
    report.write_text("old")
    report.chmod(0o600)
    (tmp_path / "latest.md").symlink_to(report)
    result = run(A, B, "--format", "markdown", "-o", str(tmp_path / "latest.md"), "--force")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "latest.md").is_symlink() and report.read_text().startswith("# storydiff")
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


def test_output_to_standard_output_and_to_a_missing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(A, B, "--format", "json", "-o", "-")
    assert result.exit_code == 0 and json.loads(result.output)["schema"] == "storydiff.comparison/1"
    assert not (tmp_path / "-").exists()
    result = run("no-such-account.txt", B, "-o", str(tmp_path / "nowhere" / "report.md"))
    assert result.exit_code == 2 and "does not exist" in result.output and "nowhere" in result.output


def test_force_never_overwrites_an_account(tmp_path: Path) -> None:
    account = tmp_path / "a.txt"
    account.write_text(Path(A).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(account)
    for source in (account, tmp_path / "link.txt"):
        result = run(str(source), B, "-o", str(account), "--force")
        assert result.exit_code == 2 and "is one of the accounts" in result.output
        assert account.read_text(encoding="utf-8") == Path(A).read_text(encoding="utf-8")


def test_force_never_overwrites_the_file_standard_input_reads(tmp_path: Path) -> None:
    """"compare - B -o a.txt --force < a.txt" (or -o /dev/stdin) would replace the account
    read from standard input with the report: refused before anything runs."""
    account = tmp_path / "a.txt"
    original = Path(A).read_text(encoding="utf-8")
    account.write_text(original, encoding="utf-8")
    for target in (str(account), "/dev/stdin"):
        with account.open("rb") as stdin:
            proc = subprocess.run(
                [sys.executable, "-m", "storydiff", "compare", "-", B, "-o", target, "--force"],
                stdin=stdin, capture_output=True, text=True, timeout=120,
            )
        assert proc.returncode == 2 and "is one of the accounts" in proc.stderr, proc.stderr
        assert account.read_text(encoding="utf-8") == original


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from storydiff.cli.compare import write_atomically
    from storydiff.errors import InputError

    target = tmp_path / "report.html"
    target.write_text("old")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError, match="No space left"):
        write_atomically(target, "new", force=True)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"] and target.read_text() == "old"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((A,), "at least two accounts"),
        ((A, B, "--format", "pdf"), "Unknown format"),
        ((A, B, "--label", "X"), "one --label per account"),
        ((A, B, "--label", "", "--label", "X"), "cannot be empty"),
        ((A, B, "--label", "A\x1b[31m", "--label", "X"), "control characters"),
        ((A, "missing-file.txt"), "missing-file.txt"),
        (("-", "-"), "one account only"),
        ((A, B, "-o", ""), "needs a file name"),
    ],
)
def test_bad_usage_is_one_line_and_exit_code_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert result.output.count("\n") == 1


def test_a_format_whose_renderer_is_missing_is_a_clean_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storydiff import report

    monkeypatch.setitem(report.RENDERERS, "markdown", "storydiff.report.not_there:render")
    result = run(A, B, "--format", "markdown")
    assert result.exit_code == 2
    assert "markdown format is not available" in result.output


def test_a_long_comparison_says_it_has_started_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from storydiff.cli import compare as command

    monkeypatch.setattr(command, "LONG_RUN_SENTENCES", 10)
    monkeypatch.setattr(command, "_stderr_is_terminal", lambda: True)
    result = run(A, B, "--format", "json")
    assert result.exit_code == 0
    assert "storydiff: comparing 2 accounts, 49 sentences…" in result.stderr
    assert json.loads(result.stdout)["schema"] == "storydiff.comparison/1"


def test_verbose_says_what_was_read_and_compared(tmp_path: Path) -> None:
    """-v logs each account read (sentences, language) and the comparison, on standard
    error; a folder given to -o gets the one-line error, not a usage screen."""
    proc = subprocess.run(
        [sys.executable, "-m", "storydiff", "-v", "compare", A, B],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0
    assert "A: " in proc.stderr and "sentences, language en" in proc.stderr and "units" in proc.stderr
    result = run(A, B, "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a directory" in result.output and "Usage" not in result.output


def test_lang_gives_each_account_its_language(tmp_path: Path) -> None:
    """A Hausa account, a language the offline identifier does not know, read as no language:
    its "Najeriya" and "Talata" (Tuesday) were people in conflict with "Nigeria". With --lang
    it is read as Hausa ("auto" detects the other); a wrong count or code is a clear error."""
    ha = tmp_path / "ha.txt"
    ha.write_text(
        "Satar dalibai\n\n'Yan bindiga sun sace dalibai 24 a garin Kaura Namoda na Najeriya a daren ranar Talata.\n\n"
        "Maharan sun shiga makarantar da misalin karfe 11 na dare.\n\nIyayen yaran sun taru a harabar makarantar.\n",
        encoding="utf-8",
    )
    en = tmp_path / "en.txt"
    en.write_text(
        "Students abducted\n\nGunmen abducted 24 students in Kaura Namoda, Nigeria, on Tuesday night.\n\n"
        "The attackers stormed the school at about 11 p.m.\n\nParents gathered in the school compound.\n",
        encoding="utf-8",
    )
    result = run(str(ha), str(en), "--lang", "ha", "--lang", "auto", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["lang"] for d in data["documents"]] == ["ha", "en"]
    kinds = {diff["kind"] for unit in data["units"] for diff in unit["differences"]}
    assert "person" not in kinds
    wrong = run(str(ha), str(en), "--lang", "ha")
    assert wrong.exit_code != 0 and "one --lang per account" in wrong.output and "Traceback" not in wrong.output
    bad = run(str(ha), str(en), "--lang", "ha", "--lang", "x;y")
    assert bad.exit_code != 0 and "no language code" in bad.output
