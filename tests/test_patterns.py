"""The pattern cache gives back exactly what re.compile gives, from its file or without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storydiff import patterns
from storydiff.compare import speakers
from storydiff.patterns import PatternStore

SAMPLES = [
    (r"(?P<name>[A-Z]\w+)\s+(?:said|told)\b", 0),
    (r"(?<!\w)(?:minus|-)\s?(?P<value>\d+)\s?°\s?(?P<scale>[CF])(?!\w)", re.IGNORECASE),
    (r"""
        (?P<year>(?:19|20)\d\d) - (?P<month>[01]\d)   # an ISO date
    """, re.VERBOSE),
    (r"(?<![月\d])(?P<day>\d{1,2})日|(\w)\2", 0),
    (speakers._START_RE.pattern, speakers._START_RE.flags & ~re.UNICODE),
]


def test_patterns_equal_re_compile_before_and_after_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    first = PatternStore(path)
    made = [first.compiled(pattern, flags) for pattern, flags in SAMPLES]
    first.save()
    assert path.is_file()
    second = PatternStore(path)
    loaded = [second.compiled(pattern, flags) for pattern, flags in SAMPLES]
    for (pattern, flags), a, b in zip(SAMPLES, made, loaded, strict=True):
        expected = re.compile(pattern, flags)
        assert a == expected and b == expected  # patterns compare by flags and code
        assert b.groupindex == expected.groupindex and b.groups == expected.groups
    assert loaded[0].match("Smith said so")["name"] == "Smith"
    assert loaded[1].search("a low of MINUS 18 °c")["value"] == "18"
    assert not second._changed  # all served from the file


def test_the_file_serves_without_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.json"
    store = PatternStore(path)
    store.compiled(SAMPLES[0][0])
    store.save()

    def no_compiling(pattern: str, flags: int) -> list[object]:
        raise AssertionError("compiled again")

    monkeypatch.setattr(patterns, "_compile", no_compiling)
    assert PatternStore(path).compiled(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])


def _with_entries(data: dict, change) -> str:  # type: ignore[no-untyped-def,type-arg]
    return json.dumps({**data, "patterns": {key: change(entry) for key, entry in data["patterns"].items()}})


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: "not json{",
        lambda data: json.dumps(["a list"]),
        lambda data: json.dumps({**data, "patterns": ["a list"]}),
        lambda data: _with_entries(data, lambda entry: [0, 0, {}, "!!not base64", entry[4]]),
        # valid SRE code, but not this pattern's: the checksum differs
        lambda data: _with_entries(data, lambda entry: [32, 1, {"name": 1}, "AAAAAAEAAAA=", entry[4]]),
        lambda data: _with_entries(data, lambda entry: [32, 5, {"name": 9}, *entry[3:]]),
        lambda data: _with_entries(data, lambda entry: entry[:4]),
    ],
)
def test_a_damaged_file_is_compiled_again(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "patterns.json"
    store = PatternStore(path)
    store.compiled(SAMPLES[0][0])
    store.save()
    path.write_text(damage(json.loads(path.read_text())))
    again = PatternStore(path)
    assert again.compiled(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    again.save()
    assert PatternStore(path).compiled(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])


def test_another_python_s_file_is_not_read(tmp_path: Path) -> None:
    """A patch release may compile a pattern differently without a new SRE version."""
    path = tmp_path / "patterns.json"
    store = PatternStore(path)
    store.compiled(SAMPLES[0][0])
    store.save()
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "python": "3.11.0 (another build)"}))
    again = PatternStore(path)
    assert again.compiled(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    assert again._changed  # compiled, not read


def test_an_invalid_pattern_is_re_error(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        PatternStore(tmp_path / "patterns.json").compiled(r"(?P<open")


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = PatternStore(blocker / "patterns.json")  # its folder is a file
    assert store.compiled(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    store.save()
    assert blocker.read_text() == ""


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PatternStore(tmp_path / "patterns.json")
    store.compiled(SAMPLES[0][0])

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(patterns.json, "dump", disk_full)
    store.save()
    assert list(tmp_path.iterdir()) == []


def test_a_save_past_the_size_limit_keeps_only_what_its_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old versions of patterns an upgrade changed must not pile up: each run reads the whole file."""
    path = tmp_path / "patterns.json"
    old = PatternStore(path)
    for pattern, flags in SAMPLES:
        old.compiled(pattern, flags)
    old.save()
    data = json.loads(path.read_text())
    sizes = {key: len(entry[3]) for key, entry in data["patterns"].items()}
    data["patterns"]["0:damaged"] = 5  # counts as no code, and breaks nothing
    path.write_text(json.dumps(data))

    def run_compiling_one_new_pattern(new: str) -> set[str]:
        store = PatternStore(path)
        store.compiled(*SAMPLES[0])  # served from the file
        store.compiled(new)  # new: the file is written again
        store.save()
        return set(json.loads(path.read_text())["patterns"])

    monkeypatch.setattr(patterns, "MAX_CODE_CHARS", sum(sizes.values()) + 1000)
    assert run_compiling_one_new_pattern(r"\bupgraded\b") == set(sizes) | {"0:damaged", r"0:\bupgraded\b"}
    monkeypatch.setattr(patterns, "MAX_CODE_CHARS", 100)
    assert run_compiling_one_new_pattern(r"\bagain\b") == {f"{SAMPLES[0][1]}:{SAMPLES[0][0]}", r"0:\bagain\b"}
