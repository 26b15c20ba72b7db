"""The three-way merge of plans: every change kind, every conflict kind, the properties."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gathertui.i18n import Message, msg
from gathertui.model.enums import Attendance
from gathertui.model.plan import AgendaItem, Plan, Quotas, Signing, Venue
from gathertui.model.workspace import HolidayOverride, Signatory, WorkspaceSettings
from gathertui.planning.agenda import (
    add_item,
    change_minutes,
    delete_item,
    duplicate_item,
    edit_item,
    move_item,
    move_to_day,
    times_add_up,
    toggle_pinned,
)
from gathertui.planning.checks import plan_checks
from gathertui.planning.editing import (
    Change,
    Insert,
    PlanEditor,
    add_person,
    delete_person,
    edit_event,
    edit_person,
    edit_signing,
    move_person,
    set_attendance,
    set_quotas,
)
from gathertui.planning.merge import merge_order, merge_plans, merge_settings
from gathertui.planning.merge_conflicts import resolve
from gathertui.storage import canonical_text
from helpers import load_text

BASE = """\
schema_version = 1

[event]
title = "Media Gathering"
kind = "media-gathering"
start = 2024-03-14
end = 2024-03-15

[[venues]]
id = "lokakrida"
name = "Ruang Lokakrida"

[[venues]]
id = "moch-ichsan"
name = "Ruang Moch Ichsan"

[[delegations]]
id = "makassar"
name = "Rombongan Makassar"
quotas = { online = 3, print = 2 }

[[people]]
id = "siti"
name = "Siti Rahayu"
delegation = "makassar"

[[people]]
id = "andi"
name = "Andi Pratama"
delegation = "makassar"
position = "Kepala Dinas Kominfo"

[[people]]
id = "budi"
name = "Budi Santoso"

[[people]]
id = "wati"
name = "Wati Lestari"

[[agenda]]
id = "pembukaan"
start = 09:00:00
minutes = 10
title = "Pembukaan"
venue = "lokakrida"

[[agenda]]
id = "sambutan"
start = 09:10:00
minutes = 15
title = "Sambutan"
pic = "siti"

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

[[agenda]]
id = "kunjungan"
day = 2024-03-15
start = 08:00:00
minutes = 120
title = "Kunjungan lapangan"

[[agenda]]
id = "penutupan"
day = 2024-03-15
start = 10:00:00
minutes = 30
title = "Penutupan"
"""

Op = Callable[[Plan], Change | None]


def base() -> Plan:
    return load_text(BASE)


def edited(plan: Plan, *ops: Op) -> Plan:
    """A copy of `plan` with the core's own changes applied, as the app makes them."""
    copy = plan.model_copy(deep=True)
    editor = PlanEditor(copy)
    for op in ops:
        change = op(copy)
        if change is not None:
            editor.apply(change)
    return copy


def person_at(plan: Plan, ident: str) -> int:
    return next(n for n, person in enumerate(plan.people) if person.id == ident)


def attendance(ident: str, value: Attendance) -> Op:
    return lambda plan: set_attendance(plan, person_at(plan, ident), value)


def position(ident: str, value: str) -> Op:
    def op(plan: Plan) -> Change:
        index = person_at(plan, ident)
        return edit_person(plan, index, plan.people[index].model_copy(update={"position": value}))

    return op


def remove_person(ident: str) -> Op:
    return lambda plan: delete_person(plan, person_at(plan, ident))


def new_person(name: str) -> Op:
    return lambda plan: add_person(plan, name)


def longer(ident: str, minutes: int) -> Op:
    return lambda plan: change_minutes(plan, ident, minutes)


def new_item(ident: str, after: str, day: date = date(2024, 3, 14), minutes: int = 10) -> Op:
    item = AgendaItem(id=ident, start=time(9), minutes=minutes, title=ident.title())
    return lambda plan: add_item(plan, day, after, item)


def item_update(ident: str, **update: object) -> Op:
    def op(plan: Plan) -> Change:
        item = next(i for i in plan.agenda if i.id == ident)
        return edit_item(plan, ident, item.model_copy(update=update))

    return op


def dropping(ident: str) -> Op:
    return lambda plan: delete_item(plan, ident)


def retitle(title: str) -> Op:
    return lambda plan: edit_event(plan, plan.event.model_copy(update={"title": title}))


def quotas(**values: int | None) -> Op:
    def op(plan: Plan) -> Change:
        now = plan.delegations[0].quotas
        return set_quotas(plan, 0, now.model_copy(update=values))

    return op


def clean(plan: Plan) -> None:
    """No conflict, valid as a file (references, ids), no check error."""
    assert plan.conflicts == []
    assert load_text(canonical_text(plan)) == plan
    assert not [p for p in plan_checks(plan) if p.severity.name == "ERROR"]


def starts(plan: Plan) -> list[tuple[str, str]]:
    return [(item.id, item.start.strftime("%H:%M")) for item in plan.rundown()]


# The two cases.


def test_a_longer_item_and_a_new_item_later_that_day_both_stay_and_times_add_up() -> None:
    b = base()
    ours = edited(b, longer("sambutan", 5))
    theirs = edited(b, new_item("tanya-jawab", "diskusi"))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert starts(merged)[:6] == [
        ("pembukaan", "09:00"),
        ("sambutan", "09:10"),
        ("diskusi", "09:30"),
        ("tanya-jawab", "10:30"),
        ("ramah-tamah", "10:40"),
        ("kunjungan", "08:00"),
    ]
    assert merged == edited(b, longer("sambutan", 5), new_item("tanya-jawab", "diskusi"))


def test_two_people_added_at_the_end_are_both_kept_ours_first() -> None:
    b = base()
    merged = merge_plans(b, edited(b, new_person("Rina")), edited(b, new_person("Yusuf")))
    clean(merged)
    assert [p.id for p in merged.people] == ["siti", "andi", "budi", "wati", "rina", "yusuf"]


# Every change kind, on one side or on both without a clash.


def test_different_fields_of_one_person_are_both_kept() -> None:
    b = base()
    ours = edited(b, attendance("andi", Attendance.CONFIRMED))
    theirs = edited(b, position("andi", "Sekretaris Dinas"))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    andi = merged.people[person_at(merged, "andi")]
    assert (andi.attendance, andi.position) == (Attendance.CONFIRMED, "Sekretaris Dinas")


def test_a_person_deleted_on_one_side_and_untouched_on_the_other_goes() -> None:
    b = base()
    merged = merge_plans(
        b, edited(b, attendance("siti", Attendance.CONFIRMED)), edited(b, remove_person("wati"))
    )
    clean(merged)
    assert "wati" not in [p.id for p in merged.people]


def test_a_person_deleted_with_references_takes_them_along() -> None:
    b = base()
    merged = merge_plans(b, edited(b, remove_person("siti")), edited(b, longer("diskusi", 10)))
    clean(merged)
    assert next(i for i in merged.agenda if i.id == "sambutan").pic is None


def test_a_move_on_one_side_is_kept() -> None:
    b = base()
    ours = edited(b, lambda plan: move_person(plan, 3, -2))
    theirs = edited(b, attendance("siti", Attendance.CONFIRMED), new_person("Rina"))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert [p.id for p in merged.people] == ["siti", "wati", "andi", "budi", "rina"]
    # The same with the sides the other way round.
    assert [p.id for p in merge_plans(b, theirs, ours).people] == [p.id for p in merged.people]


def test_an_item_moved_on_one_side_and_lengthened_on_the_other() -> None:
    b = base()
    ours = edited(b, lambda plan: move_item(plan, "diskusi", 1))
    theirs = edited(b, longer("pembukaan", 5))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert starts(merged)[:4] == [
        ("pembukaan", "09:00"),
        ("sambutan", "09:15"),
        ("ramah-tamah", "09:30"),
        ("diskusi", "10:00"),
    ]
    assert times_add_up(merged)


def test_items_deleted_and_added_on_two_days() -> None:
    b = base()
    ours = edited(b, dropping("sambutan"), longer("kunjungan", 30))
    theirs = edited(
        b, new_item("foto", "ramah-tamah"), new_item("istirahat", "kunjungan", date(2024, 3, 15))
    )
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert starts(merged) == [
        ("pembukaan", "09:00"),
        ("diskusi", "09:10"),
        ("ramah-tamah", "10:10"),
        ("foto", "10:40"),
        ("kunjungan", "08:00"),
        ("istirahat", "10:30"),
        ("penutupan", "10:40"),
    ]


def test_the_first_item_keeps_the_days_start_and_a_pinned_item_its_time() -> None:
    b = base()
    ours = edited(
        b,
        item_update("pembukaan", start=time(8, 30)),
        lambda plan: toggle_pinned(plan, "ramah-tamah"),
    )
    theirs = edited(b, longer("sambutan", 10))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert starts(merged)[:4] == [
        ("pembukaan", "08:30"),
        ("sambutan", "08:40"),
        ("diskusi", "09:05"),
        # Pinned where ours' earlier start put it: an overlap now, said by the check.
        ("ramah-tamah", "09:55"),
    ]


def test_quotas_merge_key_by_key() -> None:
    b = base()
    merged = merge_plans(b, edited(b, quotas(print=5)), edited(b, quotas(tv=1, online=None)))
    clean(merged)
    assert merged.delegations[0].quotas == Quotas(print=5, tv=1)


def test_event_fields_and_signing_merge_field_by_field() -> None:
    b = base()
    ours = edited(
        b, retitle("Media Gathering 2024"), lambda p: edit_signing(p, Signing(place="Semarang"))
    )
    theirs = edited(
        b,
        lambda p: edit_event(p, p.event.model_copy(update={"dress": "Batik"})),
        lambda p: edit_signing(p, Signing(signed_by="kabag")),
    )
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert (merged.event.title, merged.event.dress) == ("Media Gathering 2024", "Batik")
    assert merged.signing == Signing(place="Semarang", signed_by="kabag")


def test_venues_added_and_edited() -> None:
    b = base()
    hall = Venue(id="aula", name="Aula Balai Kota")
    ours = edited(b, lambda p: Change(msg_label(), (Insert("venues", 2, hall),)))
    theirs = b.model_copy(deep=True)
    theirs.venues[1] = theirs.venues[1].model_copy(update={"capacity": 40})
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert [(v.id, v.capacity) for v in merged.venues] == [
        ("lokakrida", None),
        ("moch-ichsan", 40),
        ("aula", None),
    ]


def msg_label() -> Message:
    return msg("op.edit_event")


def test_workspace_settings_merge_by_id_and_row() -> None:
    b = WorkspaceSettings(signatories=[Signatory(id="kabag", name="Ani", office="Kabag")])
    ours = b.model_copy(deep=True)
    ours.signatories.append(Signatory(id="sekda", name="Iwan", office="Sekda"))
    ours.settings = ours.settings.model_copy(update={"signed_by": "kabag"})
    theirs = b.model_copy(deep=True)
    theirs.holidays.append(HolidayOverride(date=date(2024, 12, 26)))
    theirs.signatories[0] = theirs.signatories[0].model_copy(update={"rank": "IV/a"})
    merged = merge_settings(b, ours, theirs)
    assert merged.conflicts == []
    assert [(s.id, s.rank) for s in merged.signatories] == [("kabag", "IV/a"), ("sekda", None)]
    assert merged.holidays == theirs.holidays
    assert merged.settings.signed_by == "kabag"


def test_a_workspace_setting_changed_two_ways_is_a_conflict() -> None:
    b = WorkspaceSettings()
    ours = b.model_copy(
        update={"settings": b.settings.model_copy(update={"opening_greeting": "A"})}
    )
    theirs = b.model_copy(
        update={"settings": b.settings.model_copy(update={"opening_greeting": "B"})}
    )
    merged = merge_settings(b, ours, theirs)
    assert [(c.path, c.ours, c.theirs) for c in merged.conflicts] == [
        ("settings.opening_greeting", "A", "B")
    ]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    b = base()
    ours = edited(b, attendance("siti", Attendance.CONFIRMED), longer("diskusi", 5))
    merged = merge_plans(b, ours, ours.model_copy(deep=True))
    assert merged == ours


# Conflicts.


def test_one_field_changed_two_ways_keeps_ours_in_place_and_both_in_the_entry() -> None:
    b = base()
    ours = edited(b, attendance("siti", Attendance.CONFIRMED))
    theirs = edited(b, attendance("siti", Attendance.DECLINED))
    merged = merge_plans(b, ours, theirs)
    assert merged.people[0].attendance is Attendance.CONFIRMED
    [conflict] = merged.conflicts
    assert (conflict.path, conflict.ours, conflict.theirs, conflict.base) == (
        "people.siti.attendance",
        "confirmed",
        "declined",
        None,
    )
    assert [p.code for p in plan_checks(merged) if p.severity.name == "ERROR"] == ["merge-conflict"]
    assert resolve(merged, 0, "theirs").people[0].attendance is Attendance.DECLINED


def test_deleted_on_one_side_and_edited_on_the_other_stays_as_edited() -> None:
    b = base()
    merged = merge_plans(b, edited(b, remove_person("budi")), edited(b, position("budi", "Staf")))
    budi = merged.people[person_at(merged, "budi")]
    assert budi.position == "Staf"
    [conflict] = merged.conflicts
    assert conflict.path == "people.budi"
    assert conflict.ours is None and conflict.theirs["position"] == "Staf"
    assert conflict.base == {"id": "budi", "name": "Budi Santoso"}
    assert resolve(merged, 0, "ours").people == edited(b, remove_person("budi")).people


def test_a_person_deleted_on_one_side_and_named_speaker_on_the_other_stays() -> None:
    b = base()
    ours = edited(b, item_update("diskusi", speakers=["wati"]))
    theirs = edited(b, remove_person("wati"))
    merged = merge_plans(b, ours, theirs)
    assert "wati" in [p.id for p in merged.people]
    [conflict] = merged.conflicts
    assert (conflict.path, conflict.theirs) == ("people.wati", None)
    assert conflict.ours == {"id": "wati", "name": "Wati Lestari"}
    # Valid as a file: no dangling id, only the conflict to settle.
    assert load_text(canonical_text(merged)) == merged
    settled = resolve(merged, 0, "theirs")
    assert settled.agenda[2].speakers == [] and "wati" not in [p.id for p in settled.people]


def test_a_venue_removed_on_one_side_and_used_on_the_other_is_a_conflict() -> None:
    b = base()
    ours = b.model_copy(update={"venues": b.venues[:1]})
    theirs = edited(b, item_update("diskusi", venue="moch-ichsan"))
    merged = merge_plans(b, ours, theirs)
    assert [c.path for c in merged.conflicts] == ["venues.moch-ichsan"]
    assert load_text(canonical_text(merged)) == merged


def test_two_new_people_with_one_id_keep_ours_and_theirs_waits() -> None:
    b = base()
    ours = edited(b, new_person("Rina"))
    theirs = edited(b, new_person("Rina"), position("rina", "Wartawan"))
    merged = merge_plans(b, ours, theirs)
    assert merged.people[-1] == ours.people[-1]
    [conflict] = merged.conflicts
    assert conflict.path == "people.rina" and conflict.base is None
    assert resolve(merged, 0, "both").people[-1].id == "rina-2"


def test_a_plan_new_on_both_sides_merges_without_a_base() -> None:
    b = base()
    merged = merge_plans(None, edited(b, new_person("Rina")), edited(b, new_person("Yusuf")))
    assert [p.id for p in merged.people][-2:] == ["rina", "yusuf"]
    assert merged.conflicts == []
    # With no ancestor, a value the sides set two ways is a conflict.
    merged = merge_plans(None, b, edited(b, retitle("Lain")))
    assert merged.event.title == "Media Gathering"
    assert [(c.path, c.theirs) for c in merged.conflicts] == [("event.title", "Lain")]


# Properties.

PAIRS: list[tuple[tuple[Op, ...], tuple[Op, ...]]] = [
    ((longer("sambutan", 5),), (new_item("tanya-jawab", "diskusi"),)),
    ((new_person("Rina"),), (new_person("Yusuf"), remove_person("budi"))),
    ((attendance("siti", Attendance.CONFIRMED),), (attendance("siti", Attendance.DECLINED),)),
    ((remove_person("budi"),), (position("budi", "Staf"),)),
    ((quotas(print=5),), (quotas(print=7, tv=1),)),
    ((lambda p: move_item(p, "diskusi", 1),), (dropping("pembukaan"),)),
    ((retitle("A"),), (retitle("B"), longer("kunjungan", 15))),
]


@pytest.mark.parametrize(("ops_x", "ops_y"), PAIRS)
def test_merge_properties(ops_x: tuple[Op, ...], ops_y: tuple[Op, ...]) -> None:
    b = base()
    x, y = edited(b, *ops_x), edited(b, *ops_y)
    assert merge_plans(b, x, b) == x
    assert merge_plans(b, b, y) == y
    one, other = merge_plans(b, x, y), merge_plans(b, y, x)
    assert len(one.conflicts) == len(other.conflicts)
    assert _unclashed(one) == _unclashed(other)


def _unclashed(plan: Plan) -> dict[str, object]:
    """Every entity's and table's fields but those a conflict names."""
    clashing = [c.path for c in plan.conflicts]

    def free(path: str) -> bool:
        return not any(c == path or c.startswith(f"{path}.") for c in clashing)

    found: dict[str, object] = {}
    for name in ("venues", "delegations", "people", "agenda"):
        for entity in getattr(plan, name):
            for key, value in entity.to_document().items():
                if free(f"{name}.{entity.id}.{key}") and free(f"{name}.{entity.id}"):
                    found[f"{name}.{entity.id}.{key}"] = value
    for key, value in plan.event.to_document().items():
        if free(f"event.{key}"):
            found[f"event.{key}"] = value
    return found


def test_merge_order_keeps_both_sides_additions_and_one_sides_moves() -> None:
    assert merge_order(["a", "b"], ["a", "b", "x"], ["a", "y", "b"], {"a", "b", "x", "y"}) == [
        "a",
        "y",
        "b",
        "x",
    ]
    assert merge_order(["a", "b", "c"], ["a", "b", "c"], ["c", "a", "b"], {"a", "b", "c"}) == [
        "c",
        "a",
        "b",
    ]


# Random non-clashing edit pairs, made with the core's own operations: the merge is the
# plan both edits make one after the other.

PEOPLE = ("siti", "andi", "budi", "wati")
DAY_ONE = ("pembukaan", "sambutan", "diskusi", "ramah-tamah")
DAY_TWO = ("kunjungan", "penutupan")


@st.composite
def edit_pairs(draw: st.DrawFn) -> tuple[list[Op], list[Op]]:
    """Two lists of operations that touch disjoint people, items and fields."""
    people = list(draw(st.permutations(PEOPLE)))
    items = list(draw(st.permutations(DAY_ONE + DAY_TWO)))
    sides: tuple[list[Op], list[Op]] = ([], [])
    for n, side in enumerate(sides):
        tag = "ab"[n]
        for number in range(draw(st.integers(0, 3))):
            kind = draw(
                st.sampled_from(
                    (
                        "attend",
                        "position",
                        "delete",
                        "add",
                        "longer",
                        "shorter",
                        "insert",
                        "drop",
                        "title",
                        "quota",
                    )
                )
            )
            if kind in ("attend", "position", "delete") and people:
                who = people.pop()
                if kind == "attend":
                    side.append(attendance(who, draw(st.sampled_from(list(Attendance)))))
                elif kind == "position":
                    side.append(position(who, f"Jabatan {tag}{number}"))
                else:
                    side.append(remove_person(who))
            elif kind == "add":
                side.append(new_person(f"Tamu {tag} {number}"))
            elif kind in ("longer", "shorter", "insert", "drop") and items:
                which = items.pop()
                if kind == "longer":
                    side.append(longer(which, 5))
                elif kind == "shorter":
                    side.append(longer(which, -5))
                elif kind == "insert":
                    day = date(2024, 3, 15) if which in DAY_TWO else date(2024, 3, 14)
                    side.append(new_item(f"acara-{tag}{number}", which, day))
                else:
                    side.append(dropping(which))
            elif kind == "title" and n == 0:
                side.append(retitle("Judul baru"))
            elif kind == "quota":
                side.append(quotas(**{("tv" if n else "radio"): number + 1}))
    return sides


@settings(max_examples=50, deadline=None)
@given(edit_pairs())
def test_non_clashing_edits_merge_as_if_made_one_after_the_other(
    pair: tuple[list[Op], list[Op]],
) -> None:
    ops_a, ops_b = pair
    b = base()
    merged = merge_plans(b, edited(b, *ops_a), edited(b, *ops_b))
    clean(merged)
    assert times_add_up(merged)
    assert canonical_text(merged) == canonical_text(edited(b, *ops_a, *ops_b))


def test_an_item_deleted_on_one_side_and_shortened_on_the_other_stays_and_loads() -> None:
    b = base()
    ours = edited(b, item_update("diskusi", speakers=["siti", "andi"]))
    merged = merge_plans(
        ours, edited(ours, dropping("diskusi")), edited(ours, longer("diskusi", -5))
    )
    assert [c.path for c in merged.conflicts] == ["agenda.diskusi"]
    assert merged.conflicts[0].theirs["speakers"] == ["siti", "andi"]
    # The whole item, speakers and all, is written on one line and read back.
    assert load_text(canonical_text(merged)) == merged
    assert times_add_up(merged)


def test_a_start_set_by_hand_on_one_side_stays_where_it_was_put() -> None:
    b = base()
    # A gap left on purpose before the discussion, written in the file by hand.
    ours = b.model_copy(deep=True)
    ours.agenda[2] = ours.agenda[2].model_copy(update={"start": time(9, 40)})
    ours.agenda[3] = ours.agenda[3].model_copy(update={"start": time(10, 40)})
    theirs = edited(b, longer("pembukaan", 5))
    merged = merge_plans(b, ours, theirs)
    clean(merged)
    assert starts(merged)[:4] == [
        ("pembukaan", "09:00"),
        ("sambutan", "09:15"),
        ("diskusi", "09:40"),
        ("ramah-tamah", "10:40"),
    ]


def test_a_signatory_removed_on_one_side_and_named_on_the_other_stays() -> None:
    b = WorkspaceSettings(signatories=[Signatory(id="kabag", name="Ani", office="Kabag")])
    ours = b.model_copy(update={"signatories": []})
    theirs = b.model_copy(update={"settings": b.settings.model_copy(update={"signed_by": "kabag"})})
    merged = merge_settings(b, ours, theirs)
    assert [s.id for s in merged.signatories] == ["kabag"]
    assert merged.settings.signed_by == "kabag"
    [conflict] = merged.conflicts
    assert (conflict.path, conflict.ours) == ("signatories.kabag", None)


DAY_TWO_DATE = date(2024, 3, 15)
MORE_AGENDA = [
    (
        (lambda p: move_to_day(p, "sambutan", DAY_TWO_DATE),),
        (longer("pembukaan", 5), new_item("foto", "kunjungan", DAY_TWO_DATE)),
    ),
    ((lambda p: duplicate_item(p, "diskusi"),), (longer("sambutan", 5),)),
    ((lambda p: toggle_pinned(p, "diskusi"),), (longer("sambutan", 5),)),
]


@pytest.mark.parametrize(("ops_a", "ops_b"), MORE_AGENDA)
def test_more_agenda_operations_merge_as_made_one_after_the_other(
    ops_a: tuple[Op, ...], ops_b: tuple[Op, ...]
) -> None:
    b = base()
    merged = merge_plans(b, edited(b, *ops_a), edited(b, *ops_b))
    assert merged.conflicts == []
    assert merged == edited(b, *ops_a, *ops_b)
    assert times_add_up(merged)
