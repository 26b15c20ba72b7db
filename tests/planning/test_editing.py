"""Named, undoable changes: ids from names, references kept whole, exact undo and redo."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLANS, VISIT
from gathertui.model import Attendance, Category, Event, EventKind, Plan, Quotas, Status
from gathertui.planning.editing import (
    Change,
    Insert,
    Move,
    PlanEditor,
    Remove,
    Replace,
    SetEvent,
    add_person,
    delete_person,
    edit_event,
    edit_person,
    move_person,
    set_attendance,
    set_quotas,
    slugify,
    unique_id,
)
from gathertui.storage import canonical_text, load_plan
from helpers import MINIMAL, load_text

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PROPERTY = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Any text a person could type or paste; only lone surrogates cannot be stored as UTF-8.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
# A name or a title: any text around at least one visible character, as the model asks.
some_text = st.builds(
    "".join,
    st.tuples(any_text, st.characters(categories=["L", "N", "P", "S"]), any_text),
)


def example_visit() -> Plan:
    return load_plan(PLANS / VISIT).model


@pytest.fixture
def plan(visit: Path) -> Plan:
    return load_plan(visit).model


def ids(plan: Plan) -> list[str]:
    return [person.id for person in plan.people]


def index_of(plan: Plan, ident: str) -> int:
    return ids(plan).index(ident)


def agenda(plan: Plan, ident: str) -> Any:
    (item,) = [item for item in plan.agenda if item.id == ident]
    return item


def assert_valid(plan: Plan) -> None:
    """The plan writes and loads back whole: every reference resolves, every id is unique."""
    assert load_text(canonical_text(plan)).model_dump() == plan.model_dump()


def applied(plan: Plan, change: Change | None) -> PlanEditor:
    assert change is not None
    editor = PlanEditor(plan)
    editor.apply(change)
    return editor


def with_people(*names: str) -> Plan:
    plan = load_text(MINIMAL)
    editor = PlanEditor(plan)
    for name in names:
        editor.apply(add_person(plan, name))
    return plan


# --- ids from names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Abd Rachman Tuwo", "abd-rachman-tuwo"),
        ("Sunarto", "sunarto"),
        ("  Dr. Ir. H. Budi, M.Si.  ", "dr-ir-h-budi-m-si"),
        ("Ségolène Éé", "segolene-ee"),
        ("Ñoño Çağlar", "nono-caglar"),
        ("KIM 07 — Tembalang", "kim-07-tembalang"),
        ("!!! ??? ***", "item"),
        ("---", "item"),
        ("王小明", "item"),
        ("", "item"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_keeps_ids_short_and_never_ends_with_a_dash() -> None:
    slug = slugify("a" * 59 + " " + "b" * 40)
    assert len(slug) <= 60
    assert slug == "a" * 59
    assert SLUG.match(slug)


def test_unique_id_counts_up_past_taken_ids() -> None:
    assert unique_id("Budi", []) == "budi"
    assert unique_id("Budi", ["budi"]) == "budi-2"
    assert unique_id("Budi", ["budi", "budi-2"]) == "budi-3"
    assert unique_id("Budi", ["budi", "budi-3"]) == "budi-2"
    assert unique_id("Budi", iter(["budi", "budi-2", "budi-3"])) == "budi-4"
    assert unique_id("???", ["item"]) == "item-2"


@PROPERTY
@given(name=any_text, suffixes=st.sets(st.integers(2, 8)), others=st.sets(any_text, max_size=5))
def test_unique_id_is_a_new_valid_slug(name: str, suffixes: set[int], others: set[str]) -> None:
    # Taken ids crowd around the name's own slug, so the counting is exercised.
    base = slugify(name)
    taken = {base, *(f"{base}-{n}" for n in suffixes), *(slugify(text) for text in others)}
    ident = unique_id(name, taken)
    assert SLUG.match(ident)
    assert len(ident) <= 100
    assert ident not in taken
    assert ident == base or ident.startswith(base + "-")


@PROPERTY
@given(name=any_text)
def test_slugify_always_gives_a_valid_slug(name: str) -> None:
    slug = slugify(name)
    assert SLUG.match(slug)
    assert len(slug) <= 60


# --- add_person ---------------------------------------------------------------------------


def test_add_person_appends_with_an_id_from_the_name(plan: Plan) -> None:
    before = len(plan.people)
    change = add_person(plan, "Budi Santoso")
    assert plan.people[-1].name != "Budi Santoso"  # building a change does not apply it
    applied(plan, change)
    person = plan.people[-1]
    assert len(plan.people) == before + 1
    assert (person.id, person.name) == ("budi-santoso", "Budi Santoso")
    assert person.attendance is Attendance.INVITED
    assert person.category is Category.OTHER
    assert change.focus == ("people", before)
    assert change.steps == (Insert("people", before, person),)
    assert_valid(plan)


def test_add_person_derives_the_id_of_a_known_name(plan: Plan) -> None:
    plan.people.clear()
    plan.agenda.clear()
    applied(plan, add_person(plan, "Abd Rachman Tuwo"))
    assert ids(plan) == ["abd-rachman-tuwo"]


def test_add_person_keeps_ids_unique(plan: Plan) -> None:
    editor = PlanEditor(plan)
    for _ in range(3):
        editor.apply(add_person(plan, "Sunarto"))
    assert ids(plan)[-3:] == ["sunarto-2", "sunarto-3", "sunarto-4"]
    assert [person.name for person in plan.people[-3:]] == ["Sunarto"] * 3
    assert len(set(ids(plan))) == len(plan.people)
    assert_valid(plan)


def test_add_person_with_accents_and_symbols() -> None:
    plan = with_people("Ségolène Éé", "!!!", "???", "王小明")
    assert ids(plan) == ["segolene-ee", "item", "item-2", "item-3"]
    assert [person.name for person in plan.people] == ["Ségolène Éé", "!!!", "???", "王小明"]
    assert all(SLUG.match(ident) for ident in ids(plan))
    assert_valid(plan)


@pytest.mark.parametrize("at", [0, 1, 2, 3])
def test_add_person_at_inserts_at_the_index(at: int) -> None:
    plan = with_people("A", "B", "C")
    change = add_person(plan, "New", at=at)
    applied(plan, change)
    expected = ["a", "b", "c"]
    expected.insert(at, "new")
    assert ids(plan) == expected
    assert plan.people[at].name == "New"
    assert change.focus == ("people", at)


def test_add_person_passes_extra_fields_through(plan: Plan) -> None:
    change = add_person(
        plan,
        "Dewi Lestari",
        at=1,
        delegation="semarang",
        category=Category.PRINT,
        attendance=Attendance.CONFIRMED,
        position="Wartawan",
        phone="+62 812 0000 0000",
    )
    applied(plan, change)
    person = plan.people[1]
    assert person.id == "dewi-lestari"
    assert person.delegation == "semarang"
    assert person.category is Category.PRINT
    assert person.attendance is Attendance.CONFIRMED
    assert person.position == "Wartawan"
    assert person.phone == "+62 812 0000 0000"
    assert_valid(plan)


def test_add_person_takes_the_file_words_for_enums() -> None:
    plan = load_text(MINIMAL)
    applied(plan, add_person(plan, "Rina", category="tv", attendance="declined"))
    assert plan.people[0].category is Category.TV
    assert plan.people[0].attendance is Attendance.DECLINED


def test_add_person_undo_removes_exactly_that_person(plan: Plan) -> None:
    before = plan.model_dump()
    editor = applied(plan, add_person(plan, "Sunarto", at=2))
    assert ids(plan)[2] == "sunarto-2"
    editor.undo()
    assert plan.model_dump() == before


@pytest.mark.parametrize("at", [-1, 99])
def test_add_person_outside_the_list_is_refused_or_undoes_exactly(at: int) -> None:
    plan = with_people("A", "B", "C")
    before = plan.model_dump()
    try:
        change = add_person(plan, "New", at=at)
    except (IndexError, ValueError):
        return
    editor = applied(plan, change)
    assert "new" in ids(plan)
    editor.undo()
    assert plan.model_dump() == before


# --- edit_person, set_attendance, set_quotas, edit_event ------------------------------------


def test_edit_person_replaces_the_row_and_undo_restores_it(plan: Plan) -> None:
    before = plan.model_dump()
    index = index_of(plan, "rahmat-hidayat")
    old = plan.people[index]
    new = old.model_copy(update={"name": "Rahmat H.", "phone": "024 123", "precedence": 3})
    change = edit_person(plan, index, new)
    assert change.steps == (Replace("people", index, old, new),)
    assert change.focus == ("people", index)
    editor = applied(plan, change)
    assert plan.people[index] is new
    assert len(plan.people) == len(before["people"])
    assert plan.model_dump()["people"][index]["phone"] == "024 123"
    assert_valid(plan)
    editor.undo()
    assert plan.model_dump() == before
    assert plan.people[index] is old
    editor.redo()
    assert plan.people[index] is new


def test_set_attendance_changes_only_the_attendance(plan: Plan) -> None:
    before = plan.model_dump()
    index = index_of(plan, "hevearita-gunaryanti-rahayu")
    assert plan.people[index].attendance is Attendance.REPRESENTED
    change = set_attendance(plan, index, Attendance.DECLINED)
    assert change is not None
    assert change.focus == ("people", index)
    editor = applied(plan, change)
    after = plan.model_dump()
    assert after["people"][index]["attendance"] is Attendance.DECLINED
    assert {**after["people"][index], "attendance": Attendance.REPRESENTED} == before["people"][
        index
    ]
    assert {k: v for k, v in after.items() if k != "people"} == {
        k: v for k, v in before.items() if k != "people"
    }
    editor.undo()
    assert plan.model_dump() == before


def test_set_attendance_to_the_same_value_is_no_change(plan: Plan) -> None:
    for index, person in enumerate(plan.people):
        assert set_attendance(plan, index, person.attendance) is None


def test_set_quotas_replaces_the_quotas_of_one_delegation(plan: Plan) -> None:
    before = plan.model_dump()
    index = [d.id for d in plan.delegations].index("mojokerto")
    old = plan.delegations[index]
    quotas = Quotas(official=2, staff=3, tv=0)
    change = set_quotas(plan, index, quotas)
    editor = applied(plan, change)
    delegation = plan.delegations[index]
    assert delegation.quotas == quotas
    assert delegation.quotas.total() == 5
    assert (delegation.id, delegation.name, delegation.notes) == (old.id, old.name, old.notes)
    # The other delegation is untouched.
    assert plan.model_dump()["delegations"][1 - index] == before["delegations"][1 - index]
    assert_valid(plan)
    editor.undo()
    assert plan.model_dump() == before
    assert plan.delegations[index] is old


def test_edit_event_replaces_the_event(plan: Plan) -> None:
    before = plan.model_dump()
    old = plan.event
    new = Event(
        title="Kunjungan balasan",
        kind=EventKind.MEETING,
        start=date(2023, 6, 1),
        end=date(2023, 6, 2),
        status=Status.CONFIRMED,
    )
    change = edit_event(plan, new)
    assert change.steps == (SetEvent(old, new),)
    assert change.focus is None
    editor = applied(plan, change)
    assert plan.event is new
    assert plan.model_dump()["people"] == before["people"]
    editor.undo()
    assert plan.event is old
    assert plan.model_dump() == before
    editor.redo()
    assert plan.event is new


# --- delete_person ------------------------------------------------------------------------


def test_delete_person_clears_their_references_in_the_same_change(plan: Plan) -> None:
    before = plan.model_dump()
    index = index_of(plan, "sunarto")
    change = delete_person(plan, index)
    editor = applied(plan, change)
    assert len(editor.undo_stack) == 1
    assert "sunarto" not in ids(plan)
    assert len(plan.people) == len(before["people"]) - 1
    for item in plan.agenda:
        assert item.pic != "sunarto"
        assert "sunarto" not in item.speakers
    # Only the references go; the rest of each item stays.
    assert agenda(plan, "sambutan-tuan-rumah").pic is None
    assert agenda(plan, "sambutan-tuan-rumah").speakers == []
    assert agenda(plan, "diskusi").pic is None
    assert agenda(plan, "diskusi").speakers == ["kartika-hedi-aji", "santi-ratnaningtias"]
    assert agenda(plan, "penyerahan-cenderamata").pic is None
    assert agenda(plan, "pembukaan").pic == "ayu-wulandari"
    assert [item.id for item in plan.agenda] == [item["id"] for item in before["agenda"]]
    assert [item.title for item in plan.agenda] == [item["title"] for item in before["agenda"]]
    assert_valid(plan)


def test_undoing_a_delete_restores_the_person_and_their_references(plan: Plan) -> None:
    before = plan.model_dump()
    index = index_of(plan, "sunarto")
    person = plan.people[index]
    editor = applied(plan, delete_person(plan, index))
    undone = editor.undo()
    assert undone is not None
    assert plan.model_dump() == before
    assert plan.people[index] is person
    assert agenda(plan, "diskusi").pic == "sunarto"
    assert agenda(plan, "diskusi").speakers == [
        "sunarto",
        "kartika-hedi-aji",
        "santi-ratnaningtias",
    ]
    assert agenda(plan, "sambutan-tuan-rumah").speakers == ["sunarto"]
    editor.redo()
    assert "sunarto" not in ids(plan)
    assert agenda(plan, "diskusi").speakers == ["kartika-hedi-aji", "santi-ratnaningtias"]
    assert_valid(plan)


def test_deleting_a_speaker_keeps_the_pic(plan: Plan) -> None:
    editor = applied(plan, delete_person(plan, index_of(plan, "santi-ratnaningtias")))
    assert agenda(plan, "diskusi").pic == "sunarto"
    assert agenda(plan, "diskusi").speakers == ["sunarto", "kartika-hedi-aji"]
    assert_valid(plan)
    editor.undo()
    assert agenda(plan, "diskusi").speakers[-1] == "santi-ratnaningtias"


def test_deleting_an_unreferenced_person_is_one_step(plan: Plan) -> None:
    before = plan.model_dump()
    index = index_of(plan, "hevearita-gunaryanti-rahayu")
    change = delete_person(plan, index)
    assert change.steps == (Remove("people", index, plan.people[index]),)
    assert change.focus == ("people", index)
    editor = applied(plan, change)
    assert plan.model_dump()["agenda"] == before["agenda"]
    editor.undo()
    assert plan.model_dump() == before


def test_delete_focus_stays_in_the_list() -> None:
    plan = with_people("A", "B", "C")
    assert delete_person(plan, 0).focus == ("people", 0)
    assert delete_person(plan, 2).focus == ("people", 1)
    only = with_people("A")
    change = delete_person(only, 0)
    assert change.focus is None
    applied(only, change)
    assert only.people == []


# --- move_person --------------------------------------------------------------------------


def test_move_person_up_and_down() -> None:
    plan = with_people("A", "B", "C", "D")
    editor = PlanEditor(plan)
    down = move_person(plan, 0, 2)
    assert down is not None
    assert down.steps == (Move("people", 0, 2),)
    assert down.focus == ("people", 2)
    editor.apply(down)
    assert ids(plan) == ["b", "c", "a", "d"]
    up = move_person(plan, 3, -1)
    assert up is not None
    editor.apply(up)
    assert ids(plan) == ["b", "c", "d", "a"]
    editor.undo()
    assert ids(plan) == ["b", "c", "a", "d"]
    editor.undo()
    assert ids(plan) == ["a", "b", "c", "d"]


@pytest.mark.parametrize(("index", "offset"), [(0, -1), (3, 1), (0, -5), (3, 4), (1, 0), (0, 0)])
def test_move_person_beyond_the_edges_or_nowhere_is_no_change(index: int, offset: int) -> None:
    plan = with_people("A", "B", "C", "D")
    assert move_person(plan, index, offset) is None


def test_move_person_to_the_edges() -> None:
    plan = with_people("A", "B", "C", "D")
    assert move_person(plan, 3, -3) is not None
    assert move_person(plan, 0, 3) is not None


# --- labels -------------------------------------------------------------------------------


def test_labels_render_in_both_languages(plan: Plan) -> None:
    sunarto = index_of(plan, "sunarto")
    mojokerto = [d.id for d in plan.delegations].index("mojokerto")
    cases: list[tuple[Change | None, str, str]] = [
        (add_person(plan, "Budi"), "Add Budi", "Tambah Budi"),
        (edit_person(plan, 0, plan.people[0]), "Edit Abd Rachman Tuwo", "Ubah Abd Rachman Tuwo"),
        (delete_person(plan, sunarto), "Delete Sunarto", "Hapus Sunarto"),
        (move_person(plan, sunarto, -1), "Move Sunarto", "Pindahkan Sunarto"),
        (
            set_attendance(plan, sunarto, Attendance.DECLINED),
            "Attendance of Sunarto",
            "Kehadiran Sunarto",
        ),
        (
            set_quotas(plan, mojokerto, Quotas()),
            "Quotas of Rombongan Pemkot Mojokerto",
            "Kuota Rombongan Pemkot Mojokerto",
        ),
        (edit_event(plan, plan.event), "Edit event", "Ubah kegiatan"),
    ]
    for change, english, indonesian in cases:
        assert change is not None
        assert change.label.render("en") == english
        assert change.label.render("id") == indonesian


def test_edit_person_label_names_the_new_name(plan: Plan) -> None:
    renamed = plan.people[0].model_copy(update={"name": "Pak Abd"})
    assert edit_person(plan, 0, renamed).label.render("en") == "Edit Pak Abd"


# --- PlanEditor ---------------------------------------------------------------------------


def test_undo_and_redo_on_empty_stacks_do_nothing(plan: Plan) -> None:
    before = plan.model_dump()
    editor = PlanEditor(plan)
    assert editor.undo() is None
    assert editor.redo() is None
    assert not editor.dirty
    assert plan.model_dump() == before


def test_apply_undo_redo_round_trips(plan: Plan) -> None:
    editor = PlanEditor(plan)
    states = [plan.model_dump()]
    # Each change is built from the plan as it is when it is applied.
    make: Callable[[], Change | None]
    for make in (
        lambda: add_person(plan, "Budi", at=0),
        lambda: delete_person(plan, index_of(plan, "kartika-hedi-aji")),
        lambda: move_person(plan, 0, 4),
        lambda: set_attendance(plan, 1, Attendance.DECLINED),
        lambda: set_quotas(plan, 0, Quotas(kim=1)),
        lambda: edit_event(plan, plan.event.model_copy(update={"title": "Baru"})),
    ):
        change = make()
        assert change is not None
        assert editor.apply(change) is change
        states.append(plan.model_dump())
    assert_valid(plan)
    done = list(editor.undo_stack)
    for state in reversed(states[:-1]):
        editor.undo()
        assert plan.model_dump() == state
    assert editor.undo() is None
    for change, state in zip(done, states[1:], strict=True):
        assert editor.redo() is change
        assert plan.model_dump() == state
    assert editor.redo() is None


def test_undo_and_redo_return_the_change(plan: Plan) -> None:
    editor = PlanEditor(plan)
    change = add_person(plan, "Budi")
    editor.apply(change)
    assert editor.undo() is change
    assert editor.redo_stack == [change]
    assert editor.redo() is change
    assert editor.undo_stack == [change]
    assert editor.redo_stack == []


def test_a_new_change_clears_the_redo_stack(plan: Plan) -> None:
    editor = PlanEditor(plan)
    editor.apply(add_person(plan, "Budi"))
    editor.apply(add_person(plan, "Citra"))
    editor.undo()
    editor.undo()
    assert len(editor.redo_stack) == 2
    editor.apply(add_person(plan, "Dodi"))
    assert editor.redo_stack == []
    assert editor.redo() is None
    assert ids(plan)[-1] == "dodi"
    assert "budi" not in ids(plan)


def test_dirty_follows_the_saved_point(plan: Plan) -> None:
    editor = PlanEditor(plan)
    assert not editor.dirty
    editor.apply(add_person(plan, "Budi"))
    assert editor.dirty
    editor.mark_saved()
    assert not editor.dirty
    editor.undo()
    assert editor.dirty  # undone past the saved point
    editor.redo()
    assert not editor.dirty  # back at it
    editor.apply(add_person(plan, "Citra"))
    editor.apply(add_person(plan, "Dodi"))
    assert editor.dirty
    editor.undo()
    editor.undo()
    assert not editor.dirty
    editor.undo()
    assert editor.dirty
    editor.redo()
    assert not editor.dirty
    editor.redo()
    assert editor.dirty


def test_a_fresh_editor_is_clean_after_undoing_everything(plan: Plan) -> None:
    editor = PlanEditor(plan)
    editor.apply(add_person(plan, "Budi"))
    editor.apply(add_person(plan, "Citra"))
    editor.undo()
    assert editor.dirty
    editor.undo()
    assert not editor.dirty


def test_a_different_change_after_undo_past_the_save_is_dirty(plan: Plan) -> None:
    editor = PlanEditor(plan)
    editor.apply(add_person(plan, "Budi"))
    editor.mark_saved()
    saved = plan.model_dump()
    editor.undo()
    editor.apply(add_person(plan, "Citra"))
    assert plan.model_dump() != saved
    assert editor.dirty


def test_at_least_150_steps_can_be_undone(plan: Plan) -> None:
    before = plan.model_dump()
    editor = PlanEditor(plan)
    for n in range(150):
        index = n % len(plan.people)
        person = plan.people[index]
        if n % 3 == 0:
            change: Change | None = add_person(plan, f"Tamu {n}", at=index)
        elif n % 3 == 1:
            other = (
                Attendance.DECLINED
                if person.attendance is not Attendance.DECLINED
                else Attendance.CONFIRMED
            )
            change = set_attendance(plan, index, other)
        else:
            change = move_person(plan, index, 1 if index + 1 < len(plan.people) else -1)
        assert change is not None
        editor.apply(change)
    assert len(editor.undo_stack) == 150
    assert_valid(plan)
    for _ in range(150):
        assert editor.undo() is not None
    assert editor.undo() is None
    assert plan.model_dump() == before
    assert not editor.dirty


def test_limit_caps_the_undo_stack() -> None:
    plan = load_text(MINIMAL)
    editor = PlanEditor(plan, limit=3)
    states = [plan.model_dump()]
    for name in "ABCDE":
        editor.apply(add_person(plan, name))
        states.append(plan.model_dump())
    assert len(editor.undo_stack) == 3
    for state in reversed(states[2:5]):
        assert editor.undo() is not None
        assert plan.model_dump() == state
    assert editor.undo() is None
    assert ids(plan) == ["a", "b"]
    assert editor.dirty  # the saved (empty) plan can no longer be reached
    for state in states[3:]:
        assert editor.redo() is not None
        assert plan.model_dump() == state


def test_the_default_limit_keeps_500_steps() -> None:
    plan = load_text(MINIMAL)
    editor = PlanEditor(plan)
    for n in range(510):
        editor.apply(add_person(plan, f"P {n}"))
    assert len(editor.undo_stack) == 500
    assert editor.undo_stack[0].label.render("en") == "Add P 10"


# --- random sequences on the example visit ----------------------------------------------


@PROPERTY
@given(data=st.data())
def test_random_changes_stay_valid_and_undo_to_the_original(data: st.DataObject) -> None:
    plan = example_visit()
    original = plan.model_dump()
    editor = PlanEditor(plan)
    delegations = [None, *(d.id for d in plan.delegations)]
    applied_count = 0
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        count = len(plan.people)
        operation = data.draw(
            st.sampled_from(["add", "delete", "move", "attendance"] if count else ["add"]),
            label="operation",
        )
        if operation == "add":
            change: Change | None = add_person(
                plan,
                data.draw(some_text, label="name"),
                at=data.draw(st.none() | st.integers(0, count), label="at"),
                delegation=data.draw(st.sampled_from(delegations), label="delegation"),
                category=data.draw(st.sampled_from(Category), label="category"),
            )
        elif operation == "delete":
            change = delete_person(plan, data.draw(st.integers(0, count - 1), label="index"))
        elif operation == "move":
            change = move_person(
                plan,
                data.draw(st.integers(0, count - 1), label="index"),
                data.draw(st.integers(-count, count), label="offset"),
            )
        else:
            change = set_attendance(
                plan,
                data.draw(st.integers(0, count - 1), label="index"),
                data.draw(st.sampled_from(Attendance), label="attendance"),
            )
        if change is None:
            continue
        editor.apply(change)
        applied_count += 1
        assert len(set(ids(plan))) == len(plan.people)

    changed = plan.model_dump()
    assert load_text(canonical_text(plan)).model_dump() == changed

    for _ in range(applied_count):
        assert editor.undo() is not None
    assert editor.undo() is None
    assert plan.model_dump() == original
    assert not editor.dirty

    for _ in range(applied_count):
        assert editor.redo() is not None
    assert plan.model_dump() == changed
