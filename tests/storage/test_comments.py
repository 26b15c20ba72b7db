"""Comments a person wrote stay with what they are about through saves and `fmt`."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_roundtrip_property import plans

from conftest import PLANS
from gathertui import instances
from gathertui.model.enums import Attendance
from gathertui.model.plan import Plan
from gathertui.session import PlanSession
from gathertui.storage import canonical_text, load_plan, load_settings, save
from gathertui.storage.comments import (
    END,
    TOP,
    Anchor,
    Block,
    Comments,
    Spot,
    extract_comments,
    merged_comments,
)
from gathertui.storage.reader import decode_source
from helpers import MINIMAL, load_text

PEOPLE = MINIMAL + (
    '\n[[people]]\nid = "andi"\nname = "Andi"\n'
    '\n# dari Dinas Kominfo\n[[people]]\nid = "siti"\nname = "Siti"\n'
    '# dikonfirmasi\nattendance = "confirmed" # via WA 12/5\n'
)


def comments_of(text: str) -> Comments:
    return extract_comments(text, tomllib.loads(text))


def fmt(text: str) -> str:
    """What `fmt` writes for `text`."""
    source = decode_source(Path("plan.toml"), text.encode("utf-8"))
    return canonical_text(load_text(text), source.header, source.comments)


def test_comments_are_anchored_to_blocks_and_keys() -> None:
    assert comments_of(PEOPLE).notes == {
        Anchor(Spot.ABOVE, ("people", "siti")): ("# dari Dinas Kominfo",),
        Anchor(Spot.ABOVE, ("people", "siti"), "attendance"): ("# dikonfirmasi",),
        Anchor(Spot.AFTER, ("people", "siti"), "attendance"): ("# via WA 12/5",),
    }


def test_a_canonical_file_with_comments_is_written_as_it_is() -> None:
    assert fmt(PEOPLE) == PEOPLE


def test_a_comment_right_above_a_header_belongs_to_it_without_a_blank_line() -> None:
    text = MINIMAL + '# sementara\n[[people]]\nid = "andi"\nname = "Andi"\n'
    assert comments_of(text).notes == {Anchor(Spot.ABOVE, ("people", "andi")): ("# sementara",)}
    assert fmt(text) == MINIMAL + '\n# sementara\n[[people]]\nid = "andi"\nname = "Andi"\n'


def test_top_and_end_comments_stay_at_the_top_and_end() -> None:
    text = (
        "#:schema ./plan.schema.json\n# Disusun Bagian Protokol\n\n"
        "# versi format\n" + MINIMAL + "# selesai\n"
    )
    notes = comments_of(text).notes
    assert notes[TOP] == ("# Disusun Bagian Protokol",)
    assert notes[Anchor(Spot.ABOVE, (), "schema_version")] == ("# versi format",)
    assert notes[END] == ("# selesai",)
    assert fmt(text) == (
        "#:schema ./plan.schema.json\n# Disusun Bagian Protokol\n\n# versi format\n"
        + MINIMAL
        + "\n# selesai\n"
    )


@pytest.mark.parametrize(
    "value",
    [
        '"Ruang #2"',
        "'Ruang #2'",
        '"""\nRuang #2\n# bukan komentar\n"""',
        "'''\nRuang #2\n# bukan komentar\n'''",
        '"kutip \\" # masih teks"',
    ],
    ids=["basic", "literal", "multi-line", "multi-line literal", "escaped quote"],
)
def test_a_hash_inside_a_string_is_not_a_comment(value: str) -> None:
    text = MINIMAL + f"notes = {value}\n"
    assert comments_of(text) == Comments()
    after = MINIMAL + f"notes = {value} # ini komentar\n"
    assert comments_of(after).notes == {
        Anchor(Spot.AFTER, ("event",), "notes"): ("# ini komentar",)
    }


def test_comments_inside_a_list_spanning_lines_stay_with_its_key() -> None:
    text = MINIMAL + (
        '\n[[venues]]\nid = "aula"\nname = "Aula"\nfacilities = [\n'
        '    "proyektor", # pinjam dari Dinas\n    # yang rusak: layar\n'
        '    "mikrofon",\n] # cek H-1\n'
    )
    assert comments_of(text).notes == {
        Anchor(Spot.ABOVE, ("venues", "aula"), "facilities"): (
            "# pinjam dari Dinas",
            "# yang rusak: layar",
        ),
        Anchor(Spot.AFTER, ("venues", "aula"), "facilities"): ("# cek H-1",),
    }
    once = fmt(text)
    assert "# pinjam dari Dinas\n# yang rusak: layar\nfacilities = [\n" in once
    assert '    "mikrofon",\n] # cek H-1\n' in once
    assert fmt(once) == once


def test_a_comment_on_a_header_line_stays_on_it() -> None:
    text = MINIMAL.replace("[event]", "[event] # rapat rutin")
    assert fmt(text) == text


def test_a_deleted_entity_takes_its_comments() -> None:
    plan = load_text(PEOPLE)
    del plan.people[1]
    comments = comments_of(PEOPLE)
    text = canonical_text(plan, comments=comments)
    assert "#" not in text
    assert text == MINIMAL + '\n[[people]]\nid = "andi"\nname = "Andi"\n'


def test_a_moved_entity_keeps_its_comments() -> None:
    plan = load_text(PEOPLE)
    plan.people.reverse()
    text = canonical_text(plan, comments=comments_of(PEOPLE))
    assert text == MINIMAL + (
        '\n# dari Dinas Kominfo\n[[people]]\nid = "siti"\nname = "Siti"\n'
        '# dikonfirmasi\nattendance = "confirmed" # via WA 12/5\n'
        '\n[[people]]\nid = "andi"\nname = "Andi"\n'
    )


def test_a_key_back_to_its_default_takes_its_comments() -> None:
    plan = load_text(PEOPLE)
    plan.people[1].attendance = Attendance.INVITED
    text = canonical_text(plan, comments=comments_of(PEOPLE))
    assert "WA" not in text and "dikonfirmasi" not in text
    assert text.endswith('# dari Dinas Kominfo\n[[people]]\nid = "siti"\nname = "Siti"\n')


def test_entities_without_an_id_are_anchored_by_place(tmp_path: Path) -> None:
    path = tmp_path / "gathertui.toml"
    text = (PLANS / "gathertui.toml").read_text(encoding="utf-8")
    text = text.replace("[[targets]]\n", "# janji Pemkot\n[[targets]]\n", 1)
    path.write_text(text, encoding="utf-8")
    loaded = load_settings(path)
    assert Anchor(Spot.ABOVE, ("targets", 0)) in loaded.source.comments.notes
    assert canonical_text(loaded.model, None, loaded.source.comments) == text


def _commented(text: str) -> str:
    """`text` with comments a person might write: top, above blocks, at the end of
    the id lines, above the notes, at the end."""
    text = re.sub(r"^(\[\[?\w+\]\]?)$", r"# tentang \1\n\1", text, flags=re.M)
    text = re.sub(r'^(id = "[^"]*")$', r"\1 # id tetap", text, flags=re.M)
    text = re.sub(r"^notes = ", "# catatan\nnotes = ", text, flags=re.M)
    return "# Rencana acara\n\n" + text + "\n# akhir berkas\n"


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.toml")), ids=lambda p: p.name)
def test_example_files_with_comments_are_stable(path: Path, tmp_path: Path) -> None:
    text = _commented(path.read_text(encoding="utf-8"))
    copy = tmp_path / path.name
    copy.write_text(text, encoding="utf-8")
    read = load_settings if path.name == "gathertui.toml" else load_plan
    loaded = read(copy)
    once = canonical_text(loaded.model, loaded.source.header, loaded.source.comments)
    assert len(re.findall(r"# ", once)) == len(re.findall(r"# ", text))
    copy.write_text(once, encoding="utf-8")
    again = read(copy)
    assert canonical_text(again.model, again.source.header, again.source.comments) == once


def test_without_comments_the_text_is_the_same(visit: Path) -> None:
    loaded = load_plan(visit)
    assert canonical_text(loaded.model, comments=Comments()) == canonical_text(loaded.model)


# Saving


def test_saving_an_untouched_commented_file_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    session = PlanSession.open(path)
    assert not session.dirty
    assert session.text() == PEOPLE
    session.save()
    assert path.stat().st_mtime == 1_000_000_000


def test_a_session_keeps_comments_through_edits_saves_and_save_as(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    session = PlanSession.open(path)
    session.plan.people[0].position = "Kepala Seksi"
    session.editor.mark_unsaved()
    session.save()
    saved = path.read_text(encoding="utf-8")
    assert 'name = "Andi"\nposition = "Kepala Seksi"\n' in saved
    assert comments_of(saved) == comments_of(PEOPLE)
    session.save_as(tmp_path / "salinan.toml")
    assert (tmp_path / "salinan.toml").read_text(encoding="utf-8") == saved


def test_the_recovery_copy_has_the_comments(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    session = PlanSession.open(path)
    session.plan.people[0].position = "Kepala Seksi"
    session.editor.mark_unsaved()
    session.keep_recovery_copy()
    instances.end()  # as the app does when it quits: its copies are then offered
    reopened = PlanSession.open(path)
    (copy,) = reopened.recovered
    assert comments_of(copy.text) == comments_of(PEOPLE)
    reopened.restore_recovered(copy)
    reopened.save()
    assert path.read_text(encoding="utf-8") == session.text()


def test_save_keeps_comments_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PEOPLE.replace('name = "Andi"', "name = 'Andi'  # ejaan?"), encoding="utf-8")
    loaded = load_plan(path)
    save(loaded.source, loaded.model)
    assert 'name = "Andi" # ejaan?\n' in path.read_text(encoding="utf-8")


# Merging


def _comments(**notes: str) -> Comments:
    return Comments({_ANCHORS[name]: (note,) for name, note in notes.items()})


_ANCHORS = {
    "siti": Anchor(Spot.ABOVE, ("people", "siti")),
    "andi": Anchor(Spot.AFTER, ("people", "andi"), "name"),
    "top": TOP,
}


def test_merge_takes_ours_and_adds_theirs() -> None:
    base = _comments(siti="# a")
    ours = _comments(siti="# a", top="# ours")
    theirs = _comments(siti="# a", andi="# theirs")
    assert merged_comments(base, ours, theirs) == _comments(
        siti="# a", top="# ours", andi="# theirs"
    )


def test_merge_takes_theirs_change_where_ours_kept_the_base() -> None:
    base = _comments(siti="# a", andi="# b")
    ours = _comments(siti="# a", andi="# b2")
    theirs = _comments(siti="# a2", andi="# b3")
    # Both changed andi's: ours wins; only theirs changed siti's.
    assert merged_comments(base, ours, theirs) == _comments(siti="# a2", andi="# b2")


def test_merge_keeps_a_removal_on_either_side() -> None:
    base = _comments(siti="# a", andi="# b")
    ours = _comments(andi="# b")
    theirs = _comments(siti="# a")
    assert merged_comments(base, ours, theirs) == Comments()


def test_merge_of_unchanged_sides_is_identity() -> None:
    one = _comments(siti="# a", top="# t")
    other = _comments(andi="# b")
    assert merged_comments(one, other, one) == other
    assert merged_comments(one, one, other) == other


# Any plan, any comments: what the writer writes, the reader finds in the same places.

_note = st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=20).map(
    lambda body: f"#{body}".rstrip()
)


@st.composite
def _plans_with_comments(draw: st.DrawFn) -> tuple[Plan, Comments]:
    plan = draw(plans())
    document = plan.to_document()
    tables: list[tuple[Block, dict[str, Any]]] = []
    scalars = {k: v for k, v in document.items() if not isinstance(v, dict | list)}
    tables.append(((), scalars))
    tables += [((k,), v) for k, v in document.items() if isinstance(v, dict)]
    for name in Plan.ENTITY_LISTS:
        # An entry without an id (coverage) is anchored by its place.
        entries = enumerate(document.get(name, ()))
        tables += [((name, entity.get("id", n)), entity) for n, entity in entries]
    notes: dict[Anchor, tuple[str, ...]] = {}
    for block, table in tables:
        for key in ([None] if block else []) + list(table):
            for spot in (Spot.ABOVE, Spot.AFTER):
                count = draw(st.integers(0, 2 if spot is Spot.ABOVE else 1))
                if count:
                    notes[Anchor(spot, block, key)] = tuple(draw(_note) for _ in range(count))
    for edge in (TOP, END):
        count = draw(st.integers(0, 2))
        if count:
            notes[edge] = tuple(draw(_note) for _ in range(count))
    return plan, Comments(notes)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plans_with_comments())
def test_written_comments_are_read_back_where_they_were(drawn: tuple[Plan, Comments]) -> None:
    plan, comments = drawn
    text = canonical_text(plan, comments=comments)
    assert load_text(text) == plan
    assert comments_of(text) == comments
    assert fmt(text) == text
