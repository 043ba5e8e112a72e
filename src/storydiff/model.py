"""The typed data model: the single source of storydiff's JSON output and its JSON Schema.

Every stage produces or consumes these records; renderers (text, JSON, Markdown, HTML,
TSV/TMX) only read them. ``schema/comparison.schema.json`` is generated from
:class:`Comparison` (``python -m storydiff.schema``) and a test checks it is current.

Layout of the output::

    Comparison
    ├── schema          "storydiff.comparison/1"
    ├── options         the options that produced it (for reproducibility)
    ├── documents[]     Document: metadata + cleaned ``text`` + segments[] (offsets into text)
    ├── units[]         Unit: one statement told by one or more documents
    │   ├── members     {document id: [segment ids]}
    │   ├── relation    same | reworded | partial | conflict | unique
    │   ├── differences[]  Difference: what differs, with per-document values
    │   └── nearest[]   Nearest (unique units): each other document's closest segment
    └── speakers[]      SpeakerSummary: per speaker, which units each document carries
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_ID = "storydiff.comparison/1"
DOCUMENT_SCHEMA_ID = "storydiff.document/1"


def _language_code(code: str | None) -> str | None:
    """"pt-BR", "pt_BR" and "PT" are all "pt": every stage looks languages up by this code."""
    return code.replace("_", "-").split("-")[0].lower() or None if code else None


LanguageCode = Annotated[str | None, AfterValidator(_language_code)]


class _Record(BaseModel):
    """Immutable record; unknown fields are rejected so the schema stays the contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SegmentKind(StrEnum):
    """What part of an account a segment is. Only ``body`` segments are compared."""

    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    CAPTION = "caption"
    DATELINE = "dateline"
    BYLINE = "byline"


class Segment(_Record):
    """A sentence (or clause) of a document, located by character offsets into ``Document.text``."""

    id: int = Field(description="0-based index of the segment within its document")
    start: int = Field(ge=0, description="offset of the first character in Document.text")
    end: int = Field(ge=0, description="offset one past the last character in Document.text")
    text: str = Field(description="exactly Document.text[start:end]")
    kind: SegmentKind = SegmentKind.BODY
    paragraph: int = Field(0, ge=0, description="0-based paragraph index within the document")
    lang: LanguageCode = Field(None, description="ISO 639-1 code where it differs from the document's")
    speaker: str | None = Field(
        None,
        description=(
            "who says it: a name ('Xi Jinping'), 'both sides', a side ('the Russian side'), a source"
            " the text describes but does not name, in lower case but for the names it gives ('police"
            " spokesman', 'officials', 'Pentagon officials'),"
            " or null for the narrator"
        ),
    )


class Document(_Record):
    """One account after ingest and segmentation."""

    id: str = Field(description="short id: A, B, C… in argument order, or the user's label")
    source: str = Field(description="where it came from: a path, a URL, '-' for stdin, or '<text>'")
    title: str | None = None
    lang: LanguageCode = Field(None, description="ISO 639-1 code of the main language")
    published: dt.date | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    speakers_read: bool = Field(
        True,
        description="whether storydiff reads who speaks in this language; where false, no segment has a "
        "speaker, and a speaker summary without units for this document means not read, not none",
    )
    text: str = Field(description="the cleaned text that all segment offsets point into")
    segments: list[Segment] = Field(default_factory=list)

    def body(self) -> list[Segment]:
        return [s for s in self.segments if s.kind is SegmentKind.BODY]


class Relation(StrEnum):
    """How the members of a unit relate.

    ``same``: identical or trivially different. ``reworded``: the same meaning in other words
    (or another language). ``partial``: one side adds or drops a clause or detail.
    ``conflict``: a fact differs (number, date, name, place, speaker). ``unique``: only one
    document carries the statement.
    """

    SAME = "same"
    REWORDED = "reworded"
    PARTIAL = "partial"
    CONFLICT = "conflict"
    UNIQUE = "unique"


class DifferenceKind(StrEnum):
    NUMBER = "number"
    DATE = "date"
    QUANTITY = "quantity"
    MONEY = "money"
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    SPEAKER = "speaker"
    OUTCOME = "outcome"
    """which way a decision, a verdict, an appeal or a warning went ("passed" / "rejected",
    "convicted" / "acquitted", "upheld" / "overturned", "lifted" / "in force"), or who won a
    match ("Sevilla won, Valencia lost"): a conflict where accounts give the two ways."""
    BEARING = "bearing"
    """a compass bearing from a place after its distance ("48 km northwest of"), as one of
    the sixteen winds ("NW"): a conflict where two accounts give two 45 degrees apart."""
    CODE = "code"
    """a flight's, a model's or a document's designation written as one word ("KE787",
    "A321neo"): a conflict where two accounts give two of one prefix."""
    ADDED = "added"
    """words or a clause present in some members only (see ``values``)."""
    WORDING = "wording"
    """words one member has in place of another's in an otherwise identical statement
    ("rose" / "fell"): a rewording or a changed meaning, for the reader to judge."""


class Span(_Record):
    """A stretch of a document's text, for highlighting."""

    segment: int
    start: int = Field(description="offset into Document.text")
    end: int
    text: str


class Difference(_Record):
    """One way in which the members of a unit differ."""

    kind: DifferenceKind
    values: dict[str, list[str]] = Field(
        description="document id -> the values (normalised where possible) that document gives"
    )
    spans: dict[str, list[Span]] = Field(
        default_factory=dict, description="document id -> where those values sit in its text"
    )
    conflict: bool = Field(
        False,
        description="the accounts give this fact (or speaker) differently; false for a detail only some give",
    )
    note: str | None = None


class Nearest(_Record):
    """The closest body segment of another document to a unique unit, and how close.

    The evidence behind "only this account says it": nothing in the other document comes
    closer than this. A close one (``Unit.borderline``) is worth reading side by side."""

    document: str
    segment: int
    similarity: float = Field(description="cosine between the unit's text and this segment")


class Unit(_Record):
    """One statement and the segments of each document that tell it."""

    id: int
    relation: Relation
    score: float | None = Field(
        None, description="similarity behind the decision (cosine, 0..1); null for unique units"
    )
    borderline: bool = Field(
        False,
        description=(
            "the decision lies close to a threshold, or rests on what the rules cannot judge"
            " (words in place of others; a country against a name)"
        ),
    )
    members: dict[str, list[int]] = Field(description="document id -> segment ids")
    speaker: str | None = None
    differences: list[Difference] = Field(default_factory=list)
    nearest: list[Nearest] = Field(
        default_factory=list,
        description="unique units: each other document's closest body segment (empty otherwise)",
    )

    @property
    def documents(self) -> list[str]:
        return [doc_id for doc_id, ids in self.members.items() if ids]


class SpeakerSummary(_Record):
    """What each document reports one speaker said."""

    speaker: str
    units: dict[str, list[int]] = Field(
        description="document id -> ids of the units in which that document attributes words to this speaker"
    )
    only_in: list[str] = Field(
        default_factory=list, description="documents that alone carry some of this speaker's units"
    )


class Comparison(_Record):
    """The result of comparing two or more accounts. Its JSON is the public contract."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_id: str = Field(SCHEMA_ID, alias="schema")
    generator: str = Field(description="storydiff version that wrote it")
    options: dict[str, object] = Field(default_factory=dict)
    documents: list[Document]
    units: list[Unit]
    speakers: list[SpeakerSummary] = Field(default_factory=list)
    headlines: list[Difference] = Field(
        default_factory=list,
        description="facts (numbers, dates, money, quantities) the accounts' titles give "
        "differently, each title a value the other lacks; spans point at title segments",
    )

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)
