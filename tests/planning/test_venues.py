"""Venues: their named changes, reuse across plans, expected headcount and capacity."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.model import Attendance, Plan, Venue
from gathertui.planning.agenda import AgendaError
from gathertui.planning.editing import Change, Insert, PlanEditor, Remove, Replace
from gathertui.planning.venues import (
    VenueLoad,
    add_venue,
    delete_venue,
    edit_venue,
    expected_headcount,
    items_at,
    reuse_candidates,
    reuse_venue,
    venue_loads,
)
from gathertui.problems import Problem, Severity
from gathertui.state import open_workspace, plan_problems
from gathertui.storage import Loaded, load_plan
from gathertui.storage.reader import decode_source, plan_from_source
from helpers import MINIMAL, load_text

ZONE = "Asia/Jakarta"

VENUES = """
[[venues]]
id = "aula"
name = "Aula Utama"
building = "Gedung A"
floor = "Lantai 1"
capacity = 100

[[venues]]
id = "kecil"
name = "Ruang Kecil"
capacity = 5
"""

# Two agenda items in the small room, written out of running order.
AGENDA = """
[[agenda]]
id = "makan-siang"
start = 12:00:00
minutes = 60
title = "Makan siang"
venue = "kecil"

[[agenda]]
id = "pembukaan"
start = 09:45:00
minutes = 15
title = "Pembukaan"
venue = "kecil"

[[agenda]]
id = "pleno"
start = 10:00:00
minutes = 60
title = "Pleno"
venue = "aula"
"""

# 12 people expected: 1 named, 1 declined (its place open), and quotas of 4 + 2 + 3.
GUESTS = """
[[delegations]]
id = "tamu"
name = "Rombongan Tamu"
quotas = { print = 4, tv = 2 }

[[delegations]]
id = "tuan-rumah"
name = "Tuan Rumah"
side = "host"
quotas = { staff = 3 }

[[people]]
id = "budi"
name = "Budi"
delegation = "tamu"
category = "print"
attendance = "confirmed"

[[people]]
id = "citra"
name = "Citra"
delegation = "tamu"
category = "print"
attendance = "declined"

[[people]]
id = "dodi"
name = "Dodi"
"""


def loaded_text(text: str) -> Loaded[Plan]:
    source = decode_source(Path("plan.toml"), text.encode("utf-8"))
    return Loaded(source, plan_from_source(source))


def line_of(text: str, wanted: str, after: str) -> int:
    """The 1-based number of the first line `wanted` after the line `after`."""
    lines = text.split("\n")
    return lines.index(wanted, lines.index(after)) + 1


def applied(plan: Plan, change: Change) -> PlanEditor:
    editor = PlanEditor(plan)
    editor.apply(change)
    return editor


def with_venues(agenda: str = AGENDA) -> Plan:
    return load_text(MINIMAL + VENUES + agenda)


def capacity_problems(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.code == "over-capacity"]


# --- add, edit, delete --------------------------------------------------------------------


def test_add_venue_appends_with_an_id_from_its_name() -> None:
    plan = with_venues()
    change = add_venue(plan, Venue(id="ignored", name="Ruang Rapat", capacity=20))
    assert change.label.render("en") == "Add Ruang Rapat"
    assert change.label.render("id") == "Tambah Ruang Rapat"
    assert change.focus == ("venues", 2)
    editor = applied(plan, change)
    assert [v.id for v in plan.venues] == ["aula", "kecil", "ruang-rapat"]
    added = plan.venues[2]
    assert (added.name, added.capacity) == ("Ruang Rapat", 20)
    assert change.steps == (Insert("venues", 2, added),)
    editor.undo()
    assert [v.id for v in plan.venues] == ["aula", "kecil"]


def test_add_venue_makes_the_id_unique() -> None:
    plan = with_venues()
    editor = PlanEditor(plan)
    for _ in range(3):
        editor.apply(add_venue(plan, Venue(id="x", name="Aula")))
    assert [v.id for v in plan.venues] == ["aula", "kecil", "aula-2", "aula-3", "aula-4"]
    assert [v.name for v in plan.venues[2:]] == ["Aula"] * 3


def test_add_venue_with_a_name_without_letters() -> None:
    plan = load_text(MINIMAL)
    applied(plan, add_venue(plan, Venue(id="x", name="???")))
    assert plan.venues[0].id == "item"


def test_edit_venue_replaces_it_and_undo_restores_it() -> None:
    plan = with_venues()
    old = plan.venues[1]
    new = old.model_copy(update={"name": "Ruang Kecil Baru", "capacity": 8})
    change = edit_venue(plan, 1, new)
    assert change.label.render("en") == "Edit Ruang Kecil Baru"
    assert change.focus == ("venues", 1)
    assert change.steps == (Replace("venues", 1, old, new),)
    editor = applied(plan, change)
    assert plan.venues[1] is new
    assert plan.venues[1].capacity == 8
    editor.undo()
    assert plan.venues[1] is old


def test_delete_venue_in_use_is_refused_naming_the_items() -> None:
    plan = with_venues()
    before = list(plan.venues)
    with pytest.raises(AgendaError) as caught:
        delete_venue(plan, 1, ZONE, "id")
    message = caught.value.message
    assert message.key == "venue.in_use"
    # In running order, with their times.
    assert message.render("id") == (
        'Ruang Kecil dipakai oleh "Pembukaan" (09.45–10.00 WIB), '
        '"Makan siang" (12.00–13.00 WIB); ganti dulu tempat mata acara tersebut'
    )
    assert plan.venues == before


def test_delete_venue_in_use_names_the_items_in_english_too() -> None:
    plan = with_venues()
    with pytest.raises(AgendaError) as caught:
        delete_venue(plan, 0, "Asia/Makassar", "en")
    assert caught.value.message.render("en") == (
        'Aula Utama is used by "Pleno" (10.00–11.00 WITA); give those items another venue first'
    )


def test_delete_venue_refusal_folds_a_title_onto_one_line() -> None:
    plan = with_venues(
        '\n[[agenda]]\nid = "a"\nstart = 08:00:00\nminutes = 30\n'
        'title = "Sesi\\npagi"\nvenue = "kecil"\n'
    )
    with pytest.raises(AgendaError) as caught:
        delete_venue(plan, 1, ZONE, "id")
    assert '"Sesi pagi" (08.00–08.30 WIB)' in caught.value.message.render("id")


def test_delete_unused_venue_is_allowed() -> None:
    plan = with_venues(agenda="")
    kecil = plan.venues[1]
    change = delete_venue(plan, 1, ZONE, "id")
    assert change.label.render("en") == "Delete Ruang Kecil"
    assert change.steps == (Remove("venues", 1, kecil),)
    assert change.focus == ("venues", 0)
    editor = applied(plan, change)
    assert [v.id for v in plan.venues] == ["aula"]
    editor.undo()
    assert [v.id for v in plan.venues] == ["aula", "kecil"]
    assert plan.venues[1] is kecil


def test_delete_venue_used_only_by_other_venues_items_is_allowed() -> None:
    plan = with_venues(agenda=AGENDA.replace('venue = "kecil"', 'venue = "aula"'))
    applied(plan, delete_venue(plan, 1, ZONE, "en"))
    assert [v.id for v in plan.venues] == ["aula"]


def test_deleting_the_last_venue_leaves_no_focus() -> None:
    plan = load_text(MINIMAL + '\n[[venues]]\nid = "aula"\nname = "Aula"\n')
    change = delete_venue(plan, 0, ZONE, "id")
    assert change.focus is None
    applied(plan, change)
    assert plan.venues == []


def test_items_at_lists_the_items_in_running_order() -> None:
    plan = with_venues()
    assert [i.id for i in items_at(plan, "kecil")] == ["pembukaan", "makan-siang"]
    assert [i.id for i in items_at(plan, "aula")] == ["pleno"]
    assert items_at(plan, "nowhere") == []


# --- reuse from other plans ---------------------------------------------------------------


def plan_with(title: str, *venues: Venue) -> Plan:
    plan = load_text(MINIMAL.replace('title = "Rapat"', f'title = "{title}"'))
    plan.venues.extend(venues)
    return plan


def test_reuse_candidates_dedupe_sort_and_leave_out_this_plans_rooms() -> None:
    current = plan_with(
        "Sekarang",
        Venue(id="aula", name="Aula Utama", building="Gedung A", floor="Lantai 1"),
    )
    other_b = plan_with(
        "Rapat B",
        Venue(id="aula-a", name="aula utama", building="GEDUNG A", floor="lantai 1"),
        Venue(id="kecil", name="Ruang Kecil", capacity=5),
        Venue(id="balkon", name="balkon"),
    )
    other_c = plan_with(
        "Rapat C",
        Venue(id="kecil-lagi", name="RUANG KECIL"),
        Venue(id="kecil-2", name="Ruang Kecil", floor="Lantai 2"),
        Venue(id="aula-b", name="Aula Utama", building="Gedung B"),
    )
    plans = [
        (Path("c.toml"), other_c),
        (Path("now.toml"), current),
        (Path("b.toml"), other_b),
    ]
    found = reuse_candidates(plans, current)
    assert [(c.venue.id, c.plan_title, c.path) for c in found] == [
        ("aula-b", "Rapat C", Path("c.toml")),
        ("balkon", "Rapat B", Path("b.toml")),
        # The same room twice (name differs only in case): the first plan's copy is kept.
        ("kecil-lagi", "Rapat C", Path("c.toml")),
        ("kecil-2", "Rapat C", Path("c.toml")),
    ]
    assert found[0].venue is other_c.venues[2]


def test_reuse_candidates_sort_by_name_then_plan() -> None:
    current = plan_with("Sekarang")
    plans = [
        (Path("z.toml"), plan_with("Zeta", Venue(id="a", name="Ruang", floor="2"))),
        (Path("a.toml"), plan_with("Alfa", Venue(id="b", name="ruang", floor="1"))),
        (Path("m.toml"), plan_with("Mu", Venue(id="c", name="Aula"))),
    ]
    found = reuse_candidates(plans, current)
    assert [(c.venue.name, c.plan_title) for c in found] == [
        ("Aula", "Mu"),
        ("ruang", "Alfa"),
        ("Ruang", "Zeta"),
    ]


def test_reuse_candidates_of_the_current_plan_alone_are_none() -> None:
    current = with_venues()
    assert reuse_candidates([(Path("now.toml"), current)], current) == []
    assert reuse_candidates([], current) == []


def test_reuse_candidates_in_the_example_workspace() -> None:
    workspace = open_workspace(PLANS)
    plans = workspace.effective_plans()
    current = next(plan for path, plan in plans if path.name == VISIT)
    found = reuse_candidates(plans, current)
    assert [c.venue.id for c in found] == ["halaman-balai-kota", "taman-indonesia-kaya"]
    assert all(c.path.name != VISIT for c in found)


def test_reuse_venue_gives_a_fresh_id_when_the_id_is_taken() -> None:
    plan = with_venues()
    venue = Venue(id="aula", name="Aula Utama", building="Gedung B", capacity=300)
    change = reuse_venue(plan, venue)
    assert change.label.render("en") == "Reuse Aula Utama"
    assert change.label.render("id") == "Pakai lagi Aula Utama"
    assert change.focus == ("venues", 2)
    applied(plan, change)
    reused = plan.venues[2]
    assert reused.id not in {"aula", "kecil"}
    assert len({v.id for v in plan.venues}) == 3
    # Only the id changes.
    assert reused.model_dump(exclude={"id"}) == venue.model_dump(exclude={"id"})
    assert venue.id == "aula"  # the other plan's venue is not touched


def test_reuse_venue_keeps_a_free_id() -> None:
    # reuse_venue: "only its id changes, if this plan has it already".
    plan = load_text(MINIMAL)
    venue = Venue(id="lokakrida", name="Ruang Lokakrida", capacity=150)
    applied(plan, reuse_venue(plan, venue))
    assert plan.venues[0].id == "lokakrida"
    assert plan.venues[0].model_dump() == venue.model_dump()


# --- expected headcount -------------------------------------------------------------------


def test_expected_headcount_named_and_unfilled_quotas() -> None:
    plan = load_text(MINIMAL + GUESTS)
    # Budi (print, tamu), Dodi (no delegation); unfilled: print 4-1, tv 2, staff 3.
    assert expected_headcount(plan) == 2 + 3 + 2 + 3


def test_a_declined_person_leaves_the_place_open() -> None:
    plan = load_text(MINIMAL + GUESTS)
    citra = [p.id for p in plan.people].index("citra")
    before = expected_headcount(plan)
    plan.people[citra] = plan.people[citra].model_copy(update={"attendance": Attendance.CONFIRMED})
    # Coming now, Citra fills one of the print places: the count stays.
    assert expected_headcount(plan) == before == 10
    del plan.people[citra]
    assert expected_headcount(plan) == 10


def test_people_without_a_delegation_count_unless_declined() -> None:
    text = MINIMAL + (
        '\n[[people]]\nid = "a"\nname = "A"\n'
        '\n[[people]]\nid = "b"\nname = "B"\nattendance = "declined"\n'
        '\n[[people]]\nid = "c"\nname = "C"\ncategory = "tv"\nattendance = "attended"\n'
    )
    assert expected_headcount(load_text(text)) == 2


def test_more_people_than_the_quota_all_count() -> None:
    text = MINIMAL + '\n[[delegations]]\nid = "d"\nname = "D"\nquotas = { print = 1 }\n'
    for n in range(3):
        text += f'\n[[people]]\nid = "p{n}"\nname = "P{n}"\ndelegation = "d"\ncategory = "print"\n'
    assert expected_headcount(load_text(text)) == 3


def test_quotas_are_filled_per_delegation_and_category() -> None:
    text = MINIMAL + (
        '\n[[delegations]]\nid = "d"\nname = "D"\nquotas = { print = 2 }\n'
        '\n[[delegations]]\nid = "e"\nname = "E"\nquotas = { print = 2 }\n'
        # Of another delegation: does not fill d's places.
        '\n[[people]]\nid = "e1"\nname = "E1"\ndelegation = "e"\ncategory = "print"\n'
        # Of another category: does not fill d's print places.
        '\n[[people]]\nid = "d1"\nname = "D1"\ndelegation = "d"\ncategory = "tv"\n'
    )
    # d: print 2 open + 1 tv named; e: 1 named + 1 open.
    assert expected_headcount(load_text(text)) == 2 + 1 + 1 + 1


def test_expected_headcount_of_an_empty_plan_is_zero() -> None:
    assert expected_headcount(load_text(MINIMAL)) == 0


def test_expected_headcount_of_the_example_visit() -> None:
    plan = load_plan(PLANS / VISIT).model
    # Seven named people, none declined; quotas of 10 (host) and 78 (guests), none named.
    assert expected_headcount(plan) == 7 + 10 + 78


# --- venue loads --------------------------------------------------------------------------


def test_venue_loads_count_the_items_and_flag_only_used_venues() -> None:
    plan = load_text(MINIMAL + VENUES + GUESTS + AGENDA)
    loads = venue_loads(plan)
    assert [(load.venue.id, load.items, load.expected, load.over) for load in loads] == [
        ("aula", 1, 10, False),
        ("kecil", 2, 10, True),
    ]
    unused = load_text(MINIMAL + VENUES + GUESTS)
    assert [(load.items, load.over) for load in venue_loads(unused)] == [(0, False), (0, False)]


def test_a_venue_load_is_over_only_past_its_capacity() -> None:
    venue = Venue(id="r", name="R", capacity=10)
    assert VenueLoad(venue, 1, 11).over is True
    assert VenueLoad(venue, 1, 10).over is False
    assert VenueLoad(venue, 0, 11).over is False
    assert VenueLoad(Venue(id="r", name="R"), 3, 1000).over is False


# --- the over-capacity check --------------------------------------------------------------


def test_a_too_small_venue_in_use_gives_one_warning_at_its_capacity_line() -> None:
    text = MINIMAL + VENUES + GUESTS + AGENDA
    found = capacity_problems(plan_problems(loaded_text(text)))
    assert len(found) == 1
    problem = found[0]
    assert problem.severity is Severity.WARNING
    assert problem.path == ("venues", 1, "capacity")
    assert problem.line == line_of(text, "capacity = 5", 'id = "kecil"')
    assert (problem.line, problem.column) == (17, 1)
    assert problem.file == Path("plan.toml")


def test_the_over_capacity_warning_reads_in_english_and_indonesian() -> None:
    text = MINIMAL + VENUES + GUESTS + AGENDA
    (problem,) = capacity_problems(plan_problems(loaded_text(text)))
    english = problem.message.render("en")
    assert english.startswith('venue "kecil": over capacity')
    assert "over capacity" in english
    assert "5" in english
    assert "10 people expected" in english
    indonesian = problem.message.render("id")
    assert indonesian.startswith('tempat "kecil": melebihi kapasitas')
    assert "diperkirakan 10 orang" in indonesian
    assert problem.render("en").endswith("[over-capacity]")


def test_an_unused_small_venue_gives_no_warning() -> None:
    text = MINIMAL + VENUES + GUESTS + AGENDA.replace('venue = "kecil"', 'venue = "aula"')
    assert capacity_problems(plan_problems(loaded_text(text))) == []


def test_a_venue_as_big_as_the_headcount_gives_no_warning() -> None:
    text = MINIMAL + VENUES.replace("capacity = 5", "capacity = 10") + GUESTS + AGENDA
    assert capacity_problems(plan_problems(loaded_text(text))) == []
    # One more expected person tips it over.
    text += '\n[[people]]\nid = "eka"\nname = "Eka"\n'
    assert len(capacity_problems(plan_problems(loaded_text(text)))) == 1


def test_the_example_workspace_has_no_over_capacity_warning() -> None:
    workspace = open_workspace(PLANS)
    assert len(workspace.files) == 3
    assert all(f.loaded for f in workspace.files.values())
    assert capacity_problems(workspace.all_problems()) == []
    for plan_file in workspace.files.values():
        assert plan_file.loaded is not None
        loads = venue_loads(plan_file.loaded.model)
        assert loads
        assert all(load.items and not load.over for load in loads)
