"""The change between two versions of a plan, entity by entity, and in words."""

from __future__ import annotations

from datetime import time

from gathertui.planning.diff import Change, plan_changes
from gathertui.planning.diff_words import describe_changes
from helpers import load_text

BASE = """\
schema_version = 1

[event]
title = "Media Gathering"
kind = "media-gathering"
start = 2024-03-14

[[delegations]]
id = "makassar"
name = "Rombongan Makassar"

[[people]]
id = "siti"
name = "Siti Rahayu"
delegation = "makassar"

[[agenda]]
id = "pembukaan"
start = 09:00:00
minutes = 10
title = "Pembukaan"

[[agenda]]
id = "sambutan"
start = 09:10:00
minutes = 15
title = "Sambutan"

[[agenda]]
id = "diskusi"
start = 09:25:00
minutes = 60
title = "Diskusi"

[[agenda]]
id = "ramah-tamah"
start = 10:25:00
minutes = 30
title = "Ramah tamah"
"""

ANDI = """
[[people]]
id = "andi"
name = "Andi Pratama"
delegation = "makassar"
position = "Kepala Dinas Kominfo"
"""


def _item(text: str, ident: str, start: str, new_start: str) -> str:
    block = f'id = "{ident}"\nstart = {start}'
    assert block in text
    return text.replace(block, f'id = "{ident}"\nstart = {new_start}')


def _confirmed(text: str) -> str:
    """Siti's attendance confirmed."""
    siti = 'delegation = "makassar"\n'
    return text.replace(siti, siti + 'attendance = "confirmed"\n', 1)


def _changes(old: str, new: str) -> list[Change]:
    return plan_changes(load_text(old), load_text(new))


def test_the_same_plan_has_no_changes() -> None:
    assert _changes(BASE, BASE) == []


def test_an_added_person() -> None:
    new = BASE.replace("[[agenda]]", ANDI + "\n[[agenda]]", 1)
    assert _changes(BASE, new) == [Change("people", "added", "andi")]


def test_a_removed_item_moves_the_later_ones_earlier() -> None:
    block = '[[agenda]]\nid = "diskusi"\nstart = 09:25:00\nminutes = 60\ntitle = "Diskusi"\n\n'
    new = _item(BASE.replace(block, ""), "ramah-tamah", "10:25:00", "09:25:00")
    assert _changes(BASE, new) == [Change("agenda", "removed", "diskusi", shift=-60)]


def test_a_changed_field_and_an_event_field() -> None:
    new = BASE.replace(
        'delegation = "makassar"\n', 'delegation = "makassar"\nattendance = "confirmed"\n', 1
    )
    new = new.replace('title = "Media Gathering"', 'title = "Media Gathering 2024"')
    assert _changes(BASE, new) == [
        Change("event", "changed", None, "title", "Media Gathering", "Media Gathering 2024"),
        Change("people", "changed", "siti", "attendance", "invited", "confirmed"),
    ]


def _longer_welcome() -> str:
    new = BASE.replace("minutes = 15", "minutes = 20")
    new = _item(new, "diskusi", "09:25:00", "09:30:00")
    return _item(new, "ramah-tamah", "10:25:00", "10:30:00")


def test_reflowed_starts_are_the_consequence_not_edits() -> None:
    assert _changes(BASE, _longer_welcome()) == [
        Change("agenda", "changed", "sambutan", "minutes", 15, 20, shift=5)
    ]


def test_a_pinned_items_start_is_reported() -> None:
    old = BASE.replace("minutes = 30\n", "minutes = 30\npinned = true\n")
    new = _item(old, "ramah-tamah", "10:25:00", "11:00:00")
    assert _changes(old, new) == [
        Change("agenda", "changed", "ramah-tamah", "start", time(10, 25), time(11, 0))
    ]


def test_a_start_against_the_reflow_is_reported() -> None:
    # Nothing before it changed: moving the last item by hand is an edit.
    new = _item(BASE, "ramah-tamah", "10:25:00", "10:40:00")
    assert _changes(BASE, new) == [
        Change("agenda", "changed", "ramah-tamah", "start", time(10, 25), time(10, 40))
    ]


def test_a_later_start_that_follows_the_reflow_but_has_no_cause_is_reported() -> None:
    # The gap before "diskusi" closes with nothing else changed: its own edit.
    old = _item(BASE, "diskusi", "09:25:00", "09:30:00")
    old = _item(old, "ramah-tamah", "10:25:00", "10:30:00")
    assert _changes(old, BASE) == [
        Change("agenda", "changed", "diskusi", "start", time(9, 30), time(9, 25)),
        Change("agenda", "changed", "ramah-tamah", "start", time(10, 30), time(10, 25)),
    ]


def _words(old: str, new: str, lang: str) -> list[tuple[str, list[str]]]:
    return describe_changes(_changes(old, new), load_text(old), load_text(new), lang)


def _several() -> str:
    new = _longer_welcome().replace("[[agenda]]", ANDI + "\n[[agenda]]", 1)
    new = new.replace(
        'delegation = "makassar"\n', 'delegation = "makassar"\nattendance = "confirmed"\n', 1
    )
    block = (
        '[[agenda]]\nid = "ramah-tamah"\nstart = 10:30:00\nminutes = 30\ntitle = "Ramah tamah"\n'
    )
    return new.replace(block, "")


def test_the_changes_in_indonesian() -> None:
    assert _words(BASE, _several(), "id") == [
        (
            "Peserta",
            [
                "~ Siti Rahayu: Kehadiran diundang → terkonfirmasi",
                "+ Andi Pratama (Kepala Dinas Kominfo, Rombongan Makassar)",
            ],
        ),
        (
            "Susunan Acara",
            [
                "~ Sambutan 15 → 20 menit (acara berikutnya bergeser 5 menit)",
                "- Ramah tamah",
            ],
        ),
    ]


def test_the_changes_in_english() -> None:
    assert _words(BASE, _several(), "en") == [
        (
            "People",
            [
                "~ Siti Rahayu: Attendance invited → confirmed",
                "+ Andi Pratama (Kepala Dinas Kominfo, Rombongan Makassar)",
            ],
        ),
        (
            "Rundown",
            [
                "~ Sambutan 15 → 20 min (later items move 5 minutes)",
                "- Ramah tamah",
            ],
        ),
    ]


def test_an_added_item_moves_the_later_ones() -> None:
    break_ = '[[agenda]]\nid = "jeda"\nstart = 09:25:00\nminutes = 10\ntitle = "Jeda"\n\n'
    new = BASE.replace('[[agenda]]\nid = "diskusi"', break_ + '[[agenda]]\nid = "diskusi"')
    new = _item(new, "diskusi", "09:25:00", "09:35:00")
    new = _item(new, "ramah-tamah", "10:25:00", "10:35:00")
    assert _changes(BASE, new) == [Change("agenda", "added", "jeda", shift=10)]


def test_each_cause_tells_its_own_part_of_the_shift() -> None:
    new = _longer_welcome().replace("minutes = 60", "minutes = 70")
    new = _item(new, "ramah-tamah", "10:30:00", "10:40:00")
    assert _changes(BASE, new) == [
        Change("agenda", "changed", "sambutan", "minutes", 15, 20, shift=5),
        Change("agenda", "changed", "diskusi", "minutes", 60, 70, shift=10),
    ]


def test_a_quota_is_named_by_its_category() -> None:
    new = BASE.replace(
        'name = "Rombongan Makassar"\n', 'name = "Rombongan Makassar"\nquotas = {staff = 3}\n'
    )
    assert _changes(BASE, new) == [
        Change("delegations", "changed", "makassar", "quotas.staff", None, 3)
    ]
    assert _words(BASE, new, "id") == [
        ("Rombongan", ["~ Rombongan Makassar: Kuota staf (kosong) → 3"])
    ]


def test_a_persons_pangkat_is_not_named_as_the_precedence_rank() -> None:
    new = BASE.replace(
        'delegation = "makassar"\n', 'delegation = "makassar"\nrank = "Pembina (IV/a)"\n', 1
    )
    assert _words(BASE, new, "id") == [
        ("Peserta", ["~ Siti Rahayu: Pangkat/golongan (kosong) → Pembina (IV/a)"])
    ]
