"""The rundown: pure reflow, and the agenda's named changes applied and undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.model import AgendaItem, Plan
from gathertui.planning.agenda import (
    AgendaError,
    DayTotal,
    Slot,
    add_item,
    change_minutes,
    day_total,
    delete_item,
    duplicate_item,
    move_item,
    move_to_day,
    reflow,
    reflow_day,
    set_day_venue,
    toggle_pinned,
)
from gathertui.planning.editing import Change, PlanEditor, Replace, SetList
from gathertui.state import plan_problems
from gathertui.storage import Loaded, canonical_text, load_plan
from gathertui.storage.reader import decode_source, plan_from_source
from helpers import MINIMAL, load_text

DAY1 = date(2024, 3, 14)  # MINIMAL's event start
DAY2 = date(2024, 3, 15)

# An item of a test plan: (id, "HH:MM", minutes) and optionally extra TOML lines.
Spec = tuple[str, str, int] | tuple[str, str, int, str]

PINNED = "pinned = true\n"
ON_DAY2 = "day = 2024-03-15\n"


def plan_of(*items: Spec, end: date | None = None) -> Plan:
    """A plan on MINIMAL's event; each item is titled "Item <id>"."""
    text = MINIMAL + (f"end = {end.isoformat()}\n" if end else "")
    for ident, start, minutes, *extra in items:
        text += (
            f'\n[[agenda]]\nid = "{ident}"\nstart = {start}:00\nminutes = {minutes}\n'
            f'title = "Item {ident}"\n{"".join(extra)}'
        )
    return load_text(text)


def new_item(ident: str, start: str = "13:00", minutes: int = 20) -> AgendaItem:
    hour, minute = map(int, start.split(":"))
    return AgendaItem(id=ident, start=time(hour, minute), minutes=minutes, title=f"Item {ident}")


def times(plan: Plan) -> list[tuple[str, str]]:
    """(id, "HH:MM") of the agenda as stored (a change stores it in running order)."""
    return [(item.id, item.start.strftime("%H:%M")) for item in plan.agenda]


def item(plan: Plan, ident: str) -> AgendaItem:
    (found,) = [i for i in plan.agenda if i.id == ident]
    return found


def applied(plan: Plan, change: Change | None) -> PlanEditor:
    assert change is not None
    editor = PlanEditor(plan)
    editor.apply(change)
    return editor


def loaded(plan: Plan) -> Loaded[Plan]:
    """The plan as written and read back, so problems point at lines of its own text."""
    source = decode_source(Path("plan.toml"), canonical_text(plan).encode("utf-8"))
    return Loaded(source, plan_from_source(source))


def base() -> Plan:
    """09:00 a (30), 09:30 b (15), 09:45 c (45), 10:30 d (10): ends 10:40."""
    return plan_of(("a", "09:00", 30), ("b", "09:30", 15), ("c", "09:45", 45), ("d", "10:30", 10))


# --- the pure reflow ----------------------------------------------------------------------


def test_slot_end() -> None:
    assert Slot(540, 30).end == 570
    assert Slot(1430, 10, pinned=True).end == 1440


def test_reflow_starts_each_slot_when_the_one_before_ends() -> None:
    slots = [Slot(540, 30), Slot(600, 15), Slot(700, 20), Slot(0, 5)]
    assert reflow(slots) == [540, 570, 585, 605]


def test_reflow_of_no_slots() -> None:
    assert reflow([]) == []
    assert reflow([], 0, 480) == []


def test_reflow_keeps_the_slots_before_first() -> None:
    slots = [Slot(540, 30), Slot(600, 15), Slot(700, 20), Slot(800, 5)]
    assert reflow(slots, first=2) == [540, 600, 615, 635]
    assert reflow(slots, first=4) == [540, 600, 700, 800]
    # A slot before `first` stays even where it overlaps the one before it.
    assert reflow([Slot(540, 60), Slot(560, 10), Slot(900, 5)], first=2) == [540, 560, 600]


def test_reflow_origin_moves_the_days_first_slot() -> None:
    slots = [Slot(540, 30), Slot(570, 15), Slot(585, 20)]
    assert reflow(slots, 0, 480) == [480, 510, 525]
    assert reflow(slots, 0, 600) == [600, 630, 645]
    # Only the day's first slot takes the origin.
    assert reflow(slots, 1, 480) == [540, 570, 585]


def test_reflow_origin_does_not_move_a_pinned_first_slot() -> None:
    slots = [Slot(540, 30, pinned=True), Slot(600, 10)]
    assert reflow(slots, 0, 480) == [540, 570]


def test_reflow_keeps_a_pinned_slot_and_its_gap() -> None:
    slots = [Slot(540, 30), Slot(560, 10), Slot(600, 30, pinned=True), Slot(0, 10), Slot(0, 5)]
    # 540-570, 570-580, gap, the pinned 600-630, then on from its end.
    assert reflow(slots) == [540, 570, 600, 630, 640]


def test_reflow_after_an_overlapped_pinned_slot_follows_the_latest_end() -> None:
    # The first runs 540-640, into the pinned 600-630; the next starts at 640, not 630.
    slots = [Slot(540, 100), Slot(600, 30, pinned=True), Slot(700, 10)]
    assert reflow(slots) == [540, 600, 640]
    # A pinned slot that ends later than everything before it sets the next start.
    assert reflow([Slot(540, 10), Slot(600, 30, pinned=True), Slot(0, 10)]) == [540, 600, 630]


def test_reflow_keeps_every_pinned_slot() -> None:
    slots = [Slot(700, 10, pinned=True), Slot(600, 10, pinned=True)]
    assert reflow(slots, 0, 0) == [700, 600]


def test_reflow_does_not_change_its_input() -> None:
    slots = [Slot(540, 30), Slot(700, 15)]
    copy = list(slots)
    assert reflow(slots, 0, 480) == [480, 510]
    assert slots == copy


# --- insert -------------------------------------------------------------------------------


def test_add_item_after_an_item_pushes_the_later_ones() -> None:
    plan = base()
    a, b = plan.agenda[0], plan.agenda[1]
    change = add_item(plan, DAY1, "b", new_item("x", "13:00", 20))
    assert change.label.render("en") == "Add Item x"
    assert change.focus == ("agenda", 2)
    applied(plan, change)
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:30"),
        ("x", "09:45"),
        ("c", "10:05"),
        ("d", "10:50"),
    ]
    assert item(plan, "x").minutes == 20
    assert item(plan, "x").day is None
    # The items before it are the very same objects.
    assert plan.agenda[0] is a
    assert plan.agenda[1] is b


def test_add_item_after_the_last_item() -> None:
    plan = base()
    applied(plan, add_item(plan, DAY1, "d", new_item("x", "07:00", 5)))
    assert times(plan)[-2:] == [("d", "10:30"), ("x", "10:40")]


def test_add_item_as_first_of_the_day_takes_the_days_start() -> None:
    plan = base()
    change = add_item(plan, DAY1, None, new_item("x", "13:00", 20))
    assert change.focus == ("agenda", 0)
    applied(plan, change)
    assert times(plan) == [
        ("x", "09:00"),
        ("a", "09:20"),
        ("b", "09:50"),
        ("c", "10:05"),
        ("d", "10:50"),
    ]


def test_add_item_on_an_empty_day_keeps_its_own_start() -> None:
    plan = load_text(MINIMAL)
    applied(plan, add_item(plan, DAY1, None, new_item("x", "13:15", 20)))
    assert times(plan) == [("x", "13:15")]
    assert plan.agenda[0].day is None


def test_add_item_on_an_empty_second_day_sets_the_day() -> None:
    plan = plan_of(("a", "09:00", 30), end=DAY2)
    applied(plan, add_item(plan, DAY2, None, new_item("x", "13:15", 20)))
    assert times(plan) == [("a", "09:00"), ("x", "13:15")]
    assert item(plan, "x").day == DAY2
    assert item(plan, "a").day is None
    assert 'id = "x"\nday = 2024-03-15\nstart = 13:15:00' in canonical_text(plan)


def test_add_item_undo_restores_the_agenda() -> None:
    plan = base()
    original = list(plan.agenda)
    editor = applied(plan, add_item(plan, DAY1, "a", new_item("x")))
    assert len(plan.agenda) == 5
    editor.undo()
    assert plan.agenda == original
    assert all(now is before for now, before in zip(plan.agenda, original, strict=True))


# --- delete -------------------------------------------------------------------------------


def test_delete_item_moves_the_later_items_earlier() -> None:
    plan = base()
    change = delete_item(plan, "b")
    assert change.label.render("en") == "Delete Item b"
    assert change.focus == ("agenda", 1)  # the item that took its place: c
    applied(plan, change)
    assert times(plan) == [("a", "09:00"), ("c", "09:30"), ("d", "10:15")]


def test_deleting_the_first_item_keeps_the_days_start() -> None:
    plan = base()
    applied(plan, delete_item(plan, "a"))
    assert times(plan) == [("b", "09:00"), ("c", "09:15"), ("d", "10:00")]


def test_deleting_the_last_item_moves_nothing() -> None:
    plan = base()
    kept = plan.agenda[:3]
    change = delete_item(plan, "d")
    assert change.focus == ("agenda", 2)
    applied(plan, change)
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("c", "09:45")]
    assert all(now is before for now, before in zip(plan.agenda, kept, strict=True))


def test_deleting_the_only_item() -> None:
    plan = plan_of(("a", "09:00", 30))
    change = delete_item(plan, "a")
    assert change.focus is None
    editor = applied(plan, change)
    assert plan.agenda == []
    editor.undo()
    assert times(plan) == [("a", "09:00")]


def test_delete_unknown_item_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        delete_item(base(), "nope")


# --- move up and down ---------------------------------------------------------------------


def test_move_item_up_swaps_with_the_one_before() -> None:
    plan = base()
    change = move_item(plan, "b", -1)
    assert change is not None
    assert change.label.render("en") == "Move Item b"
    assert change.focus == ("agenda", 0)
    applied(plan, change)
    assert times(plan) == [("b", "09:00"), ("a", "09:15"), ("c", "09:45"), ("d", "10:30")]


def test_move_item_down_swaps_with_the_one_after() -> None:
    plan = base()
    change = move_item(plan, "c", 1)
    assert change is not None
    assert change.focus == ("agenda", 3)
    applied(plan, change)
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("d", "09:45"), ("c", "09:55")]


def test_move_item_down_from_the_top_keeps_the_days_start() -> None:
    plan = base()
    applied(plan, move_item(plan, "a", 1))
    assert times(plan) == [("b", "09:00"), ("a", "09:15"), ("c", "09:45"), ("d", "10:30")]


@pytest.mark.parametrize(("ident", "offset"), [("a", -1), ("d", 1), ("b", 0), ("a", -5), ("c", 2)])
def test_move_item_beyond_the_day_or_nowhere_is_no_change(ident: str, offset: int) -> None:
    assert move_item(base(), ident, offset) is None


def test_move_item_refuses_a_pinned_item() -> None:
    plan = plan_of(("a", "09:00", 30), ("p", "09:30", 15, PINNED), ("c", "09:45", 45))
    before = list(plan.agenda)
    for ident, offset in [("p", -1), ("p", 1)]:
        with pytest.raises(AgendaError) as caught:
            move_item(plan, ident, offset)
        assert caught.value.message.key == "agenda.pinned_stays"
        assert caught.value.message.render("en") == (
            '"Item p" is pinned and keeps its time; unpin it (p) to move it'
        )
    assert plan.agenda == before


def test_move_item_refuses_to_swap_with_a_pinned_neighbour() -> None:
    plan = plan_of(("a", "09:00", 30), ("p", "09:30", 15, PINNED), ("c", "09:45", 45))
    for ident, offset in [("a", 1), ("c", -1)]:
        with pytest.raises(AgendaError) as caught:
            move_item(plan, ident, offset)
        assert '"Item p" is pinned' in caught.value.message.render("en")


# --- grow and shrink ----------------------------------------------------------------------


def test_growing_an_item_pushes_the_later_ones() -> None:
    plan = base()
    a = plan.agenda[0]
    change = change_minutes(plan, "b", 5)
    assert change is not None
    assert change.label.render("en") == "Length of Item b"
    assert change.focus == ("agenda", 1)
    applied(plan, change)
    assert item(plan, "b").minutes == 20
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("c", "09:50"), ("d", "10:35")]
    assert plan.agenda[0] is a


def test_shrinking_an_item_pulls_the_later_ones() -> None:
    plan = base()
    applied(plan, change_minutes(plan, "b", -5))
    assert item(plan, "b").minutes == 10
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("c", "09:40"), ("d", "10:25")]


def test_shrinking_to_one_minute_is_allowed() -> None:
    plan = plan_of(("a", "09:00", 6), ("b", "09:06", 10))
    applied(plan, change_minutes(plan, "a", -5))
    assert item(plan, "a").minutes == 1
    assert times(plan) == [("a", "09:00"), ("b", "09:01")]


@pytest.mark.parametrize("minutes", [5, 3, 1])
def test_shrinking_below_one_minute_is_refused(minutes: int) -> None:
    plan = plan_of(("a", "09:00", minutes), ("b", "09:30", 10))
    before = list(plan.agenda)
    with pytest.raises(AgendaError) as caught:
        change_minutes(plan, "a", -5)
    assert caught.value.message.render("en") == '"Item a" cannot be shorter than 1 minute'
    assert caught.value.message.render("id") == '"Item a" tidak bisa kurang dari 1 menit'
    assert plan.agenda == before


# --- pinned items -------------------------------------------------------------------------


def pinned_middle() -> Plan:
    """09:00 a (30), 09:30 b (15), gap, 10:30 p (30, pinned), 11:00 c (20), 11:20 d (10)."""
    return plan_of(
        ("a", "09:00", 30),
        ("b", "09:30", 15),
        ("p", "10:30", 30, PINNED),
        ("c", "11:00", 20),
        ("d", "11:20", 10),
    )


def test_a_pinned_item_in_the_middle_keeps_its_time() -> None:
    plan = pinned_middle()
    p = item(plan, "p")
    applied(plan, change_minutes(plan, "a", 5))
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:35"),
        ("p", "10:30"),
        ("c", "11:00"),
        ("d", "11:20"),
    ]
    assert item(plan, "p") is p


def test_deleting_before_a_pinned_item_keeps_its_gap() -> None:
    plan = pinned_middle()
    applied(plan, delete_item(plan, "a"))
    assert times(plan) == [("b", "09:00"), ("p", "10:30"), ("c", "11:00"), ("d", "11:20")]


def test_items_after_a_pinned_item_follow_from_its_end() -> None:
    plan = pinned_middle()
    applied(plan, change_minutes(plan, "p", 10))
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:30"),
        ("p", "10:30"),
        ("c", "11:10"),
        ("d", "11:30"),
    ]
    plan = pinned_middle()
    applied(plan, change_minutes(plan, "p", -10))
    assert times(plan)[2:] == [("p", "10:30"), ("c", "10:50"), ("d", "11:10")]


def overlap_problems(plan: Plan) -> list[tuple[int, str]]:
    return [
        (problem.line, problem.message.render("en"))
        for problem in plan_problems(loaded(plan))
        if problem.code == "agenda-overlap"
    ]


def test_growing_into_a_pinned_item_overlaps_it_once() -> None:
    plan = plan_of(("a", "09:00", 60), ("p", "10:00", 30, PINNED), ("c", "10:30", 15))
    assert overlap_problems(plan) == []
    applied(plan, change_minutes(plan, "a", 5))
    assert times(plan) == [("a", "09:00"), ("p", "10:00"), ("c", "10:30")]
    assert item(plan, "a").minutes == 65
    found = overlap_problems(plan)
    assert len(found) == 1
    line, text = found[0]
    assert text == 'agenda item "p": starts before "Item a" ends at 10.05'
    # It points at the pinned item's start.
    assert canonical_text(plan).split("\n")[line - 1] == "start = 10:00:00"


def test_growing_past_a_pinned_item_the_next_follows_the_latest_end() -> None:
    plan = plan_of(("a", "09:00", 60), ("p", "10:00", 30, PINNED), ("c", "10:30", 15))
    applied(plan, change_minutes(plan, "a", 40))
    # a runs 09:00-10:40, past the pinned p (10:00-10:30); c starts when a ends.
    assert times(plan) == [("a", "09:00"), ("p", "10:00"), ("c", "10:40")]
    found = overlap_problems(plan)
    assert [text for _, text in found] == ['agenda item "p": starts before "Item a" ends at 10.40']


# --- midnight -----------------------------------------------------------------------------


def late() -> Plan:
    return plan_of(("a", "22:00", 60), ("b", "23:00", 50))


def test_pushing_the_last_item_past_midnight_is_refused() -> None:
    plan = late()
    before = list(plan.agenda)
    dumped = plan.model_dump()
    with pytest.raises(AgendaError) as caught:
        change_minutes(plan, "a", 15)
    text = caught.value.message.render("en")
    assert "midnight" in text
    assert '"Item b"' in text
    assert "tengah malam" in caught.value.message.render("id")
    assert plan.agenda == before
    assert all(now is was for now, was in zip(plan.agenda, before, strict=True))
    assert plan.model_dump() == dumped


@pytest.mark.parametrize(
    "make",
    [
        lambda plan: add_item(plan, DAY1, "b", new_item("x", "01:00", 20)),
        lambda plan: add_item(plan, DAY1, None, new_item("x", "01:00", 20)),
        lambda plan: change_minutes(plan, "b", 15),
        lambda plan: duplicate_item(plan, "a"),
    ],
)
def test_changes_that_run_past_midnight_are_refused(make: Callable[[Plan], Change]) -> None:
    plan = late()
    before = list(plan.agenda)
    with pytest.raises(AgendaError) as caught:
        make(plan)
    assert "midnight" in caught.value.message.render("en")
    assert plan.agenda == before


def test_ending_exactly_at_midnight_is_allowed() -> None:
    plan = late()
    applied(plan, change_minutes(plan, "a", 10))
    assert times(plan) == [("a", "22:00"), ("b", "23:10")]
    assert day_total(plan, DAY1) == DayTotal(DAY1, time(22, 0), time(0, 0), 120)


# --- several days -------------------------------------------------------------------------


def two_days() -> Plan:
    return plan_of(
        ("a", "09:00", 30),
        ("b", "09:30", 30),
        ("c", "10:00", 30),
        ("x", "08:00", 60, ON_DAY2),
        ("y", "09:00", 30, ON_DAY2),
        end=DAY2,
    )


def test_move_to_day_goes_to_the_end_of_the_other_day() -> None:
    plan = two_days()
    change = move_to_day(plan, "b", DAY2)
    assert change is not None
    assert change.label.render("en") == "Move Item b"
    assert change.focus == ("agenda", 4)
    applied(plan, change)
    # Day 1 closes up; b follows y on day 2.
    assert times(plan) == [
        ("a", "09:00"),
        ("c", "09:30"),
        ("x", "08:00"),
        ("y", "09:00"),
        ("b", "09:30"),
    ]
    assert item(plan, "b").day == DAY2
    assert item(plan, "b").minutes == 30
    assert item(plan, "c").day is None
    assert 'id = "b"\nday = 2024-03-15\nstart = 09:30:00' in canonical_text(plan)


def test_moving_back_to_the_first_day_leaves_day_unset() -> None:
    plan = two_days()
    editor = applied(plan, move_to_day(plan, "b", DAY2))
    back = move_to_day(plan, "b", DAY1)
    assert back is not None
    editor.apply(back)
    assert times(plan) == [
        ("a", "09:00"),
        ("c", "09:30"),
        ("b", "10:00"),
        ("x", "08:00"),
        ("y", "09:00"),
    ]
    assert item(plan, "b").day is None
    assert 'id = "b"\nstart = 10:00:00' in canonical_text(plan)


def test_move_to_an_empty_day_keeps_the_start() -> None:
    plan = plan_of(("a", "09:00", 30), ("b", "09:30", 30), end=DAY2)
    applied(plan, move_to_day(plan, "b", DAY2))
    assert times(plan) == [("a", "09:00"), ("b", "09:30")]
    assert item(plan, "b").day == DAY2


def test_move_to_the_same_day_is_no_change() -> None:
    plan = two_days()
    assert move_to_day(plan, "b", DAY1) is None
    assert move_to_day(plan, "x", DAY2) is None


def test_changes_on_one_day_leave_the_other_day_alone() -> None:
    plan = two_days()
    x, y = item(plan, "x"), item(plan, "y")
    applied(plan, change_minutes(plan, "a", 15))
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:45"),
        ("c", "10:15"),
        ("x", "08:00"),
        ("y", "09:00"),
    ]
    assert item(plan, "x") is x
    assert item(plan, "y") is y


# --- duplicate ----------------------------------------------------------------------------


def test_duplicate_item_places_an_unpinned_copy_right_after() -> None:
    plan = base()
    change = duplicate_item(plan, "b")
    assert change.label.render("en") == "Duplicate Item b"
    assert change.focus == ("agenda", 2)
    applied(plan, change)
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:30"),
        ("item-b", "09:45"),
        ("c", "10:00"),
        ("d", "10:45"),
    ]
    copy = item(plan, "item-b")
    assert (copy.title, copy.minutes, copy.pinned, copy.day) == ("Item b", 15, False, None)


def test_duplicate_ids_stay_unique() -> None:
    plan = base()
    editor = applied(plan, duplicate_item(plan, "b"))
    editor.apply(duplicate_item(plan, "b"))
    ids = [i.id for i in plan.agenda]
    assert ids == ["a", "b", "item-b-2", "item-b", "c", "d"]
    assert len(set(ids)) == len(ids)


def test_duplicating_a_pinned_item_gives_an_unpinned_copy() -> None:
    plan = pinned_middle()
    applied(plan, duplicate_item(plan, "p"))
    assert times(plan) == [
        ("a", "09:00"),
        ("b", "09:30"),
        ("p", "10:30"),
        ("item-p", "11:00"),
        ("c", "11:30"),
        ("d", "11:50"),
    ]
    assert item(plan, "p").pinned is True
    assert item(plan, "item-p").pinned is False


# --- pin and unpin ------------------------------------------------------------------------


def test_unpinning_an_item_after_a_gap_makes_it_follow_the_one_before() -> None:
    plan = plan_of(("a", "09:00", 30), ("p", "10:00", 30, PINNED), ("c", "10:30", 10))
    change = toggle_pinned(plan, "p")
    assert change.label.render("en") == "Unpin Item p"
    assert change.focus == ("agenda", 1)
    editor = applied(plan, change)
    assert item(plan, "p").pinned is False
    assert times(plan) == [("a", "09:00"), ("p", "09:30"), ("c", "10:00")]
    editor.undo()
    assert item(plan, "p").pinned is True
    assert times(plan) == [("a", "09:00"), ("p", "10:00"), ("c", "10:30")]


def test_pinning_keeps_the_items_time() -> None:
    plan = base()
    change = toggle_pinned(plan, "c")
    assert change.label.render("en") == "Pin Item c"
    applied(plan, change)
    assert item(plan, "c").pinned is True
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("c", "09:45"), ("d", "10:30")]
    # Now it stays when the items before it grow.
    applied(plan, change_minutes(plan, "a", 5))
    assert times(plan) == [("a", "09:00"), ("b", "09:35"), ("c", "09:45"), ("d", "10:30")]


# --- reflow a day -------------------------------------------------------------------------


def test_reflow_day_closes_gaps_not_made_by_pinned_items() -> None:
    plan = plan_of(
        ("a", "09:00", 30),
        ("b", "10:00", 15),
        ("p", "11:00", 30, PINNED),
        ("c", "12:00", 10),
    )
    change = reflow_day(plan, DAY1)
    assert change is not None
    assert change.label.render("en") == "Reflow day"
    assert change.focus is None
    applied(plan, change)
    assert times(plan) == [("a", "09:00"), ("b", "09:30"), ("p", "11:00"), ("c", "11:30")]
    assert reflow_day(plan, DAY1) is None


def test_reflow_day_without_gaps_is_no_change() -> None:
    assert reflow_day(base(), DAY1) is None
    assert reflow_day(pinned_middle(), DAY1) is None
    assert reflow_day(load_text(MINIMAL), DAY1) is None
    assert reflow_day(two_days(), DAY2) is None


def test_reflow_day_touches_only_that_day() -> None:
    plan = plan_of(
        ("a", "09:00", 30),
        ("b", "10:00", 30),
        ("x", "08:00", 10, ON_DAY2),
        ("y", "09:00", 10, ON_DAY2),
        end=DAY2,
    )
    assert reflow_day(plan, DAY1) is not None
    change = reflow_day(plan, DAY2)
    assert change is not None
    applied(plan, change)
    assert times(plan) == [("a", "09:00"), ("b", "10:00"), ("x", "08:00"), ("y", "08:10")]


def test_set_day_venue_moves_every_item_of_that_day_only_and_undoes() -> None:
    venues = '\n[[venues]]\nid = "aula"\nname = "Aula"\n'
    venues += '\n[[venues]]\nid = "balai"\nname = "Balai Kota"\n'
    plan = load_text(
        MINIMAL
        + f"end = {DAY2.isoformat()}\n"
        + venues
        + '\n[[agenda]]\nid = "a"\nstart = 09:00:00\nminutes = 30\ntitle = "A"\nvenue = "aula"\n'
        + '\n[[agenda]]\nid = "b"\nstart = 10:00:00\nminutes = 30\ntitle = "B"\n'
        + '\n[[agenda]]\nid = "x"\nstart = 08:00:00\nminutes = 10\ntitle = "X"\nvenue = "aula"\n'
        + ON_DAY2
    )
    before = list(plan.agenda)
    change = set_day_venue(plan, DAY1, "balai")
    assert change is not None
    assert change.label.render("id") == "Semua acara hari itu di Balai Kota"
    editor = applied(plan, change)
    assert [(i.id, i.venue) for i in plan.agenda] == [("a", "balai"), ("b", "balai"), ("x", "aula")]
    assert times(plan) == [("a", "09:00"), ("b", "10:00"), ("x", "08:00")]  # starts stay
    assert set_day_venue(plan, DAY1, "balai") is None  # nothing left to change
    editor.undo()
    assert plan.agenda == before


# --- day totals ---------------------------------------------------------------------------


def test_day_total() -> None:
    assert day_total(base(), DAY1) == DayTotal(DAY1, time(9, 0), time(10, 40), 100)
    plan = two_days()
    assert day_total(plan, DAY1) == DayTotal(DAY1, time(9, 0), time(10, 30), 90)
    assert day_total(plan, DAY2) == DayTotal(DAY2, time(8, 0), time(9, 30), 90)


def test_day_total_of_an_empty_day() -> None:
    assert day_total(base(), DAY2) == DayTotal(DAY2, None, None, 0)


def test_day_total_counts_gaps_and_the_latest_end() -> None:
    plan = plan_of(("a", "09:00", 120), ("p", "10:00", 30, PINNED))
    assert day_total(plan, DAY1) == DayTotal(DAY1, time(9, 0), time(11, 0), 120)
    plan = plan_of(("a", "09:00", 30), ("p", "13:00", 30, PINNED))
    assert day_total(plan, DAY1) == DayTotal(DAY1, time(9, 0), time(13, 30), 270)


# --- undo ---------------------------------------------------------------------------------


CHANGES: list[tuple[str, Callable[[Plan], Change | None]]] = [
    ("add", lambda plan: add_item(plan, DAY1, "a", new_item("x"))),
    ("add-first", lambda plan: add_item(plan, DAY1, None, new_item("x"))),
    ("add-day2", lambda plan: add_item(plan, DAY2, "x", new_item("z"))),
    ("delete", lambda plan: delete_item(plan, "a")),
    ("move", lambda plan: move_item(plan, "b", 1)),
    ("grow", lambda plan: change_minutes(plan, "b", 5)),
    ("shrink", lambda plan: change_minutes(plan, "a", -5)),
    ("duplicate", lambda plan: duplicate_item(plan, "c")),
    ("to-day2", lambda plan: move_to_day(plan, "a", DAY2)),
    ("to-day1", lambda plan: move_to_day(plan, "x", DAY1)),
    ("pin", lambda plan: toggle_pinned(plan, "b")),
    ("reflow", lambda plan: reflow_day(plan, DAY1)),
]


def scrambled() -> Plan:
    """Two days with a gap on day 1, written out of running order."""
    return plan_of(
        ("y", "09:00", 30, ON_DAY2),
        ("c", "10:30", 30),
        ("a", "09:00", 30),
        ("x", "08:00", 60, ON_DAY2),
        ("b", "09:30", 30),
        end=DAY2,
    )


@pytest.mark.parametrize("make", [make for _, make in CHANGES], ids=[n for n, _ in CHANGES])
def test_undo_restores_the_exact_agenda_list(make: Callable[[Plan], Change | None]) -> None:
    plan = scrambled()
    original = list(plan.agenda)
    dumped = plan.model_dump()
    change = make(plan)
    assert change is not None
    (step,) = change.steps
    assert isinstance(step, SetList)
    assert step.list_name == "agenda"
    editor = applied(plan, change)
    changed = list(plan.agenda)
    assert changed != original
    # Every change leaves the agenda in running order.
    assert plan.agenda == plan.rundown()
    editor.undo()
    assert [i.id for i in plan.agenda] == ["y", "c", "a", "x", "b"]
    assert len(plan.agenda) == len(original)
    assert all(now is was for now, was in zip(plan.agenda, original, strict=True))
    assert plan.model_dump() == dumped
    editor.redo()
    assert all(now is was for now, was in zip(plan.agenda, changed, strict=True))


def test_a_series_of_changes_undoes_to_the_original() -> None:
    plan = base()
    original = list(plan.agenda)
    editor = PlanEditor(plan)
    make: Callable[[], Change | None]
    for make in (
        lambda: add_item(plan, DAY1, "b", new_item("x")),
        lambda: change_minutes(plan, "x", 5),
        lambda: move_item(plan, "x", -1),
        lambda: toggle_pinned(plan, "c"),
        lambda: delete_item(plan, "a"),
        lambda: duplicate_item(plan, "d"),
    ):
        change = make()
        assert change is not None
        editor.apply(change)
    assert [i.id for i in plan.agenda] == ["x", "b", "c", "d", "item-d"]
    for _ in range(6):
        assert editor.undo() is not None
    assert editor.undo() is None
    assert all(now is was for now, was in zip(plan.agenda, original, strict=True))
    assert len(plan.agenda) == len(original)


# --- the example visit --------------------------------------------------------------------


def test_growing_the_first_item_of_the_example_visit(visit: Path) -> None:
    plan = load_plan(visit).model
    rundown = plan.rundown()
    before = {i.id: (i.start.hour * 60 + i.start.minute) for i in rundown}
    first = rundown[0]
    assert first.id == "kedatangan-registrasi"
    editor = applied(plan, change_minutes(plan, first.id, 5))
    after = {i.id: (i.start.hour * 60 + i.start.minute) for i in plan.agenda}
    assert after[first.id] == before[first.id]
    assert item(plan, first.id).minutes == 20
    for later in rundown[1:]:
        assert after[later.id] == before[later.id] + 5, later.id
    text = canonical_text(plan)
    assert 'id = "kedatangan-registrasi"\nstart = 09:45:00\nminutes = 20\n' in text
    assert 'id = "pembukaan"\nstart = 10:05:00\n' in text
    assert 'id = "diskusi"\nstart = 11:10:00\n' in text
    assert 'id = "ramah-tamah"\nstart = 12:00:00\n' in text
    assert "start = 11:55:00" not in text
    # Written and read back, the times are the new ones.
    reread = load_text(text)
    assert [i.start for i in reread.agenda] == [i.start for i in plan.agenda]
    editor.undo()
    assert canonical_text(plan) == canonical_text(load_plan(PLANS / VISIT).model)


def test_a_change_that_keeps_the_running_order_replaces_only_the_items_it_made_anew() -> None:
    # Day 2 is left alone, and so is day 1 before the item made longer.
    plan = plan_of(*(("a", "09:00", 30), ("b", "09:30", 15), ("c", "09:45", 45)), end=DAY2)
    plan.agenda.append(new_item("z").model_copy(update={"day": DAY2}))
    original = list(plan.agenda)
    change = change_minutes(plan, "b", 5)
    assert change is not None
    assert all(isinstance(step, Replace) for step in change.steps)
    assert [step.index for step in change.steps if isinstance(step, Replace)] == [1, 2]
    editor = applied(plan, change)
    assert [(i.id, i.start.isoformat("minutes"), i.minutes) for i in plan.agenda[:3]] == [
        ("a", "09:00", 30),
        ("b", "09:30", 20),
        ("c", "09:50", 45),
    ]
    focused = change.focused_entity()
    assert focused is not None and focused.id == "b"
    editor.undo()
    assert all(now is was for now, was in zip(plan.agenda, original, strict=True))
