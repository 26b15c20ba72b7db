"""The conflict and roster warnings of issue 7: double-booked venues and people (in one plan
and across the plans of a workspace), rooms too small, items without a person in charge,
quotas not filled and representatives not named."""

from __future__ import annotations

from pathlib import Path

from conftest import PLANS
from gathertui.model import Plan
from gathertui.problems import Problem, Severity
from gathertui.state import open_workspace, plan_problems
from gathertui.storage import Loaded
from gathertui.storage.reader import decode_source, plan_from_source

NEW_CODES = {
    "venue-double-booked",
    "person-double-booked",
    "quotas-unfilled",
    "represented-unnamed",
}

HEAD = """schema_version = 1

[event]
title = "{title}"
start = 2024-03-14
status = "{status}"
"""

ROOMS = """
[[venues]]
id = "aula"
name = "Aula Utama"
building = "Balai Kota"

[[venues]]
id = "aula-lama"
name = "aula   UTAMA"
building = "balai kota"

[[venues]]
id = "aula-b"
name = "Aula Utama"
building = "Gedung B"
"""

PEOPLE = """
[[people]]
id = "budi"
name = "Budi Santoso"

[[people]]
id = "citra"
name = "Citra"
"""


def item(
    id: str,
    start: str,
    minutes: int,
    venue: str | None = None,
    pic: str | None = "citra",
    speakers: tuple[str, ...] = (),
) -> str:
    text = f'\n[[agenda]]\nid = "{id}"\nstart = {start}\nminutes = {minutes}\n'
    text += f'title = "{id.replace("-", " ").capitalize()}"\n'
    if venue:
        text += f'venue = "{venue}"\n'
    if pic:
        text += f'pic = "{pic}"\n'
    if speakers:
        text += "speakers = [" + ", ".join(f'"{s}"' for s in speakers) + "]\n"
    return text


def plan_text(*items: str, title: str = "Rapat Koordinasi", status: str = "draft") -> str:
    return HEAD.format(title=title, status=status) + ROOMS + PEOPLE + "".join(items)


def loaded(text: str, name: str = "rapat.toml") -> Loaded[Plan]:
    source = decode_source(Path(name), text.encode("utf-8"))
    return Loaded(source, plan_from_source(source))


def coded(problems: list[Problem], code: str) -> list[Problem]:
    return [p for p in problems if p.code == code]


def only(problems: list[Problem], code: str) -> Problem:
    found = coded(problems, code)
    assert len(found) == 1, [p.render("en") for p in problems]
    assert found[0].severity is Severity.WARNING
    return found[0]


def place(text: str, wanted: str, after: str) -> tuple[int, int]:
    """Line and column of the first line starting with `wanted` after the line `after`."""
    lines = text.split("\n")
    start = lines.index(after)
    number = next(n for n in range(start, len(lines)) if lines[n].startswith(wanted))
    return number + 1, 1


def where(problem: Problem) -> tuple[int, int]:
    return problem.line, problem.column


# --- a venue double-booked within one plan ------------------------------------------------


def test_a_venue_used_by_two_overlapping_items_warns_once_at_the_later() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula"), item("diskusi", "09:30:00", 60, "aula")
    )
    warning = only(plan_problems(loaded(text)), "venue-double-booked")
    assert where(warning) == place(text, "venue = ", 'id = "diskusi"')
    assert warning.path == ("agenda", 1, "venue")
    assert warning.message.render("en") == (
        'agenda item "diskusi": Aula Utama is booked twice at once: '
        '"Diskusi" (09.30–10.30 WIB) and "Pembukaan" (09.00–10.00 WIB)'
    )
    assert warning.message.render("id") == (
        'mata acara "diskusi": Aula Utama dipakai dua acara sekaligus: '
        '"Diskusi" (09.30–10.30 WIB) dan "Pembukaan" (09.00–10.00 WIB)'
    )


def test_the_later_starting_item_is_warned_whatever_the_file_order() -> None:
    text = plan_text(
        item("diskusi", "09:30:00", 60, "aula"), item("pembukaan", "09:00:00", 60, "aula")
    )
    warning = only(plan_problems(loaded(text)), "venue-double-booked")
    assert where(warning) == place(text, "venue = ", 'id = "diskusi"')


def test_the_same_name_and_building_under_another_id_is_the_same_room() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula"), item("diskusi", "09:30:00", 60, "aula-lama")
    )
    warning = only(plan_problems(loaded(text)), "venue-double-booked")
    assert where(warning) == place(text, "venue = ", 'id = "diskusi"')
    assert warning.message.render("en").startswith('agenda item "diskusi": aula UTAMA is booked')


def test_the_same_name_in_another_building_is_another_room() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula"), item("diskusi", "09:30:00", 60, "aula-b")
    )
    assert coded(plan_problems(loaded(text)), "venue-double-booked") == []


def test_back_to_back_items_do_not_overlap() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula"), item("diskusi", "10:00:00", 60, "aula")
    )
    problems = plan_problems(loaded(text))
    assert coded(problems, "venue-double-booked") == []
    assert coded(problems, "person-double-booked") == []  # citra is in charge of both


def test_three_items_at_once_warn_for_each_pair_at_its_later_item() -> None:
    text = plan_text(
        item("a", "09:00:00", 120, "aula"),
        item("b", "09:30:00", 30, "aula"),
        item("c", "10:30:00", 30, "aula"),
    )
    warnings = coded(plan_problems(loaded(text)), "venue-double-booked")
    assert [(w.path[1], w.message.render("en").split(" and ")[-1]) for w in warnings] == [
        (1, '"A" (09.00–11.00 WIB)'),
        (2, '"A" (09.00–11.00 WIB)'),
    ]


def test_a_cancelled_plan_books_nothing() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula", pic="budi"),
        item("diskusi", "09:30:00", 60, "aula", pic="budi"),
        status="cancelled",
    )
    problems = plan_problems(loaded(text))
    assert coded(problems, "venue-double-booked") == []
    assert coded(problems, "person-double-booked") == []


def test_items_of_a_multi_day_plan_are_named_with_their_day() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula"), item("diskusi", "09:30:00", 60, "aula")
    ).replace("start = 2024-03-14\n", "start = 2024-03-14\nend = 2024-03-15\n", 1)
    warning = only(plan_problems(loaded(text)), "venue-double-booked")
    assert '"Diskusi" (2024-03-14 09.30–10.30 WIB)' in warning.message.render("en")


# --- a person double-booked within one plan -----------------------------------------------


def test_a_person_in_two_overlapping_items_warns_at_the_later_items_entry() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula", pic="budi"),
        item("kunjungan", "09:30:00", 60, "aula-b", pic="citra", speakers=("budi",)),
    )
    warning = only(plan_problems(loaded(text)), "person-double-booked")
    line, _ = place(text, "speakers = ", 'id = "kunjungan"')
    # At the speaker in the list, not at the key.
    assert where(warning) == (line, len('speakers = ["'))
    assert warning.path == ("agenda", 1, "speakers", 0)
    assert warning.message.render("en") == (
        'agenda item "kunjungan": Budi Santoso is in two places at once: '
        '"Kunjungan" (09.30–10.30 WIB) and "Pembukaan" (09.00–10.00 WIB)'
    )
    assert warning.message.render("id") == (
        'mata acara "kunjungan": Budi Santoso dijadwalkan di dua tempat sekaligus: '
        '"Kunjungan" (09.30–10.30 WIB) dan "Pembukaan" (09.00–10.00 WIB)'
    )


def test_a_person_in_charge_of_the_later_item_is_warned_at_its_pic() -> None:
    text = plan_text(
        item("pembukaan", "09:00:00", 60, "aula", pic="citra"),
        item("kunjungan", "09:30:00", 60, "aula-b", pic="citra"),
    )
    warning = only(plan_problems(loaded(text)), "person-double-booked")
    assert where(warning) == place(text, "pic = ", 'id = "kunjungan"')
    assert "Citra is in two places at once" in warning.message.render("en")


def test_in_charge_and_speaking_in_one_item_is_no_conflict() -> None:
    text = plan_text(item("sambutan", "09:00:00", 30, "aula", pic="budi", speakers=("budi",)))
    assert coded(plan_problems(loaded(text)), "person-double-booked") == []


def test_in_charge_and_speaking_in_both_items_is_one_warning() -> None:
    text = plan_text(
        item("a", "09:00:00", 60, "aula", pic="budi", speakers=("budi",)),
        item("b", "09:30:00", 60, "aula-b", pic="budi", speakers=("budi",)),
    )
    warning = only(plan_problems(loaded(text)), "person-double-booked")
    assert warning.path == ("agenda", 1, "pic")


# --- across the plans of a workspace ------------------------------------------------------

OTHER_PEOPLE = """
[[people]]
id = "pak-budi"
name = "budi  santoso"
"""


def other_plan(*items: str, start: str = "2024-03-14", status: str = "confirmed") -> str:
    head = HEAD.format(title="Kunjungan Pemkot Solo", status=status)
    head = head.replace("start = 2024-03-14", f"start = {start}")
    return head + ROOMS + OTHER_PEOPLE + "".join(items)


def test_a_hall_of_two_plans_at_once_warns_in_each_plan_at_its_own_item() -> None:
    mine = plan_text(item("pembukaan", "09:00:00", 60, "aula"))
    theirs = other_plan(item("audiensi", "09:30:00", 60, "aula-lama", pic=None))
    a, b = loaded(mine, "rapat.toml"), loaded(theirs, "kunjungan.toml")
    warning = only(plan_problems(a, neighbours=[b]), "venue-double-booked")
    assert where(warning) == place(mine, "venue = ", 'id = "pembukaan"')
    assert warning.message.render("en") == (
        'agenda item "pembukaan": Aula Utama is booked twice at once: '
        '"Pembukaan" (09.00–10.00 WIB) here and "Audiensi" (09.30–10.30 WIB) '
        'in "Kunjungan Pemkot Solo" (kunjungan.toml)'
    )
    assert warning.message.render("id") == (
        'mata acara "pembukaan": Aula Utama dipakai dua acara sekaligus: '
        '"Pembukaan" (09.00–10.00 WIB) di sini dan "Audiensi" (09.30–10.30 WIB) '
        'di "Kunjungan Pemkot Solo" (kunjungan.toml)'
    )
    other = only(plan_problems(b, neighbours=[a]), "venue-double-booked")
    assert where(other) == place(theirs, "venue = ", 'id = "audiensi"')
    assert 'in "Rapat Koordinasi" (rapat.toml)' in other.message.render("en")


def test_the_same_hall_id_in_another_building_is_another_hall() -> None:
    mine = plan_text(item("pembukaan", "09:00:00", 60, "aula"))
    theirs = other_plan(item("audiensi", "09:30:00", 60, "aula", pic=None)).replace(
        'building = "Balai Kota"', 'building = "Pendopo Solo"', 1
    )
    found = plan_problems(loaded(mine), neighbours=[loaded(theirs, "kunjungan.toml")])
    assert coded(found, "venue-double-booked") == []


def test_a_person_named_alike_in_two_plans_at_once_warns_in_each() -> None:
    mine = plan_text(item("pembukaan", "09:00:00", 60, "aula", pic="budi"))
    theirs = other_plan(item("audiensi", "09:30:00", 60, "aula-b", pic="pak-budi"))
    a, b = loaded(mine, "rapat.toml"), loaded(theirs, "kunjungan.toml")
    warning = only(plan_problems(a, neighbours=[b]), "person-double-booked")
    assert where(warning) == place(mine, "pic = ", 'id = "pembukaan"')
    assert warning.message.render("en") == (
        'agenda item "pembukaan": Budi Santoso is in two places at once: '
        '"Pembukaan" (09.00–10.00 WIB) here and "Audiensi" (09.30–10.30 WIB) '
        'in "Kunjungan Pemkot Solo" (kunjungan.toml)'
    )
    other = only(plan_problems(b, neighbours=[a]), "person-double-booked")
    assert where(other) == place(theirs, "pic = ", 'id = "audiensi"')
    assert other.message.render("en").startswith('agenda item "audiensi": budi santoso is in')


def test_plans_in_different_zones_compare_by_the_clock_on_the_wall() -> None:
    # 10.00 WITA is 09.00 WIB: Budi cannot be in Makassar and Semarang at once.
    mine = plan_text(item("pembukaan", "09:00:00", 60, "aula", pic="budi"))
    theirs = other_plan(item("audiensi", "10:30:00", 60, "aula-b", pic="pak-budi")).replace(
        'status = "confirmed"', 'status = "confirmed"\ntimezone = "Asia/Makassar"'
    )
    warning = only(
        plan_problems(loaded(mine), neighbours=[loaded(theirs, "k.toml")]), "person-double-booked"
    )
    assert '"Audiensi" (10.30–11.30 WITA)' in warning.message.render("en")
    later = theirs.replace("start = 10:30:00", "start = 11:00:00")
    found = plan_problems(loaded(mine), neighbours=[loaded(later, "k.toml")])
    assert coded(found, "person-double-booked") == []


def test_other_plans_on_other_days_or_cancelled_or_back_to_back_do_not_clash() -> None:
    mine = loaded(plan_text(item("pembukaan", "09:00:00", 60, "aula", pic="budi")))
    clash = item("audiensi", "09:30:00", 60, "aula", pic="pak-budi")
    others = [
        loaded(other_plan(clash, start="2024-03-15"), "besok.toml"),
        loaded(other_plan(clash, status="cancelled"), "batal.toml"),
        loaded(other_plan(item("audiensi", "10:00:00", 60, "aula", pic="pak-budi")), "lanjut.toml"),
    ]
    found = plan_problems(mine, neighbours=others)
    assert coded(found, "venue-double-booked") == []
    assert coded(found, "person-double-booked") == []


def test_a_cancelled_plan_is_not_warned_of_its_neighbours() -> None:
    mine = loaded(plan_text(item("pembukaan", "09:00:00", 60, "aula"), status="cancelled"))
    theirs = loaded(other_plan(item("audiensi", "09:30:00", 60, "aula", pic=None)), "k.toml")
    assert coded(plan_problems(mine, neighbours=[theirs]), "venue-double-booked") == []


def test_the_workspace_passes_each_plan_its_neighbours(tmp_path: Path) -> None:
    (tmp_path / "rapat.toml").write_text(
        plan_text(item("pembukaan", "09:00:00", 60, "aula")), encoding="utf-8"
    )
    (tmp_path / "kunjungan.toml").write_text(
        other_plan(item("audiensi", "09:30:00", 60, "aula", pic=None)), encoding="utf-8"
    )
    workspace = open_workspace(tmp_path)
    warnings = coded(workspace.all_problems(), "venue-double-booked")
    assert sorted(w.file.name for w in warnings if w.file) == ["kunjungan.toml", "rapat.toml"]
    counts = workspace.counts()
    # The visit's item has no person in charge too; the later file by name is on the same
    # day as the other plan, and the count says so as `check` does.
    assert counts == {tmp_path / "kunjungan.toml": 2, tmp_path / "rapat.toml": 2}


# --- many items at once: one warning per item and thing, not one per pair ----------------


def crowd(count: int, venue: str = "aula", first: int = 0) -> list[Loaded[Plan]]:
    """`count` plans on one day, each with one item at 09.00 in the hall with Citra in
    charge, numbered from `first`."""
    return [
        loaded(
            plan_text(item(f"acara-{n}", "09:00:00", 60, venue), title=f"Buka Puasa {n:03d}"),
            f"buka-puasa-{n:03d}.toml",
        )
        for n in range(first, first + count)
    ]


def test_an_item_clashing_with_many_is_one_warning_naming_the_count_and_the_first_few() -> None:
    mine, *others = crowd(6)
    found = plan_problems(mine, neighbours=others)
    venue, person = only(found, "venue-double-booked"), only(found, "person-double-booked")
    assert venue.message.render("en") == (
        'agenda item "acara-0": Aula Utama is also booked by 5 other items at the time of '
        '"Acara 0" (09.00–10.00 WIB): '
        '"Acara 1" (09.00–10.00 WIB) in "Buka Puasa 001" (buka-puasa-001.toml), '
        '"Acara 2" (09.00–10.00 WIB) in "Buka Puasa 002" (buka-puasa-002.toml), '
        '"Acara 3" (09.00–10.00 WIB) in "Buka Puasa 003" (buka-puasa-003.toml) and 2 more'
    )
    assert venue.message.render("id") == (
        'mata acara "acara-0": Aula Utama juga dipakai 5 mata acara lain pada waktu '
        '"Acara 0" (09.00–10.00 WIB): '
        '"Acara 1" (09.00–10.00 WIB) di "Buka Puasa 001" (buka-puasa-001.toml), '
        '"Acara 2" (09.00–10.00 WIB) di "Buka Puasa 002" (buka-puasa-002.toml), '
        '"Acara 3" (09.00–10.00 WIB) di "Buka Puasa 003" (buka-puasa-003.toml) dan 2 lainnya'
    )
    assert person.message.render("en").startswith(
        'agenda item "acara-0": Citra is also in 5 other items at the time of "Acara 0"'
    )
    assert person.message.render("en").endswith(" and 2 more")
    assert "juga dijadwalkan di 5 mata acara lain" in person.message.render("id")


def test_two_or_three_others_are_all_named() -> None:
    mine, *others = crowd(3)
    warning = only(plan_problems(mine, neighbours=others), "venue-double-booked")
    assert warning.message.render("en").endswith(
        '"Acara 1" (09.00–10.00 WIB) in "Buka Puasa 001" (buka-puasa-001.toml), '
        '"Acara 2" (09.00–10.00 WIB) in "Buka Puasa 002" (buka-puasa-002.toml)'
    )


def test_the_others_are_named_by_start_then_plan_then_item_id() -> None:
    mine = loaded(plan_text(item("pembukaan", "09:00:00", 180, "aula", pic=None)))
    # In the file, "zz" comes before "aa".
    late = other_plan(
        item("zz", "10:00:00", 60, "aula", pic=None), item("aa", "10:00:00", 60, "aula", pic=None)
    )
    early = other_plan(item("siang", "09:30:00", 60, "aula", pic=None))
    others = [loaded(late, "a.toml"), loaded(early, "b.toml"), loaded(early, "c.toml")]
    others.reverse()  # whatever order the workspace gives them in
    text = only(plan_problems(mine, neighbours=others), "venue-double-booked").message.render("en")
    named = text.split(": ", 2)[2]
    assert named.startswith(
        '"Siang" (09.30–10.30 WIB) in "Kunjungan Pemkot Solo" (b.toml), '
        '"Siang" (09.30–10.30 WIB) in "Kunjungan Pemkot Solo" (c.toml), '
        '"Aa" (10.00–11.00 WIB) in "Kunjungan Pemkot Solo" (a.toml) and 1 more'
    )


def test_a_hall_matched_by_id_and_by_name_counts_once_among_many() -> None:
    # Three plans name the hall by its id and its name, two by its name under another id:
    # five other items, not eight.
    mine, *alike = crowd(4)
    renamed = crowd(2, venue="aula-lama", first=4)
    text = only(plan_problems(mine, neighbours=[*alike, *renamed]), "venue-double-booked")
    assert "also booked by 5 other items" in text.message.render("en")


def test_items_at_once_within_a_plan_are_one_warning_each_at_the_later_items() -> None:
    text = plan_text(*(item(name, "09:00:00", 60, "aula") for name in "abcd"))
    warnings = coded(plan_problems(loaded(text)), "venue-double-booked")
    said = {w.path[1]: w.message.render("en").split(": ", 1)[1] for w in warnings}
    assert sorted(said) == [1, 2, 3]
    assert (
        said[1]
        == 'Aula Utama is booked twice at once: "B" (09.00–10.00 WIB) and "A" (09.00–10.00 WIB)'
    )
    assert said[3] == (
        'Aula Utama is also booked by 3 other items at the time of "D" (09.00–10.00 WIB): '
        '"A" (09.00–10.00 WIB), "B" (09.00–10.00 WIB), "C" (09.00–10.00 WIB)'
    )


def test_clashes_within_the_plan_and_across_plans_are_one_warning() -> None:
    mine = loaded(plan_text(item("a", "09:00:00", 60, "aula"), item("b", "09:30:00", 60, "aula")))
    theirs = loaded(other_plan(item("audiensi", "09:45:00", 30, "aula", pic=None)), "k.toml")
    warnings = coded(plan_problems(mine, neighbours=[theirs]), "venue-double-booked")
    said = {w.path[1]: w.message.render("en").split(": ", 1)[1] for w in warnings}
    assert said == {
        0: 'Aula Utama is booked twice at once: "A" (09.00–10.00 WIB) here and '
        '"Audiensi" (09.45–10.15 WIB) in "Kunjungan Pemkot Solo" (k.toml)',
        1: 'Aula Utama is also booked by 2 other items at the time of "B" (09.30–10.30 WIB): '
        '"A" (09.00–10.00 WIB), "Audiensi" (09.45–10.15 WIB) in "Kunjungan Pemkot Solo" '
        "(k.toml)",
    }


def test_items_ended_before_or_begun_after_are_not_counted() -> None:
    mine = loaded(plan_text(item("acara", "10:00:00", 60, "aula")))
    times = ["08:00:00", "09:00:00", "09:30:00", "10:30:00", "11:00:00", "12:00:00"]
    others = [
        loaded(other_plan(item(f"x{n}", start, 60, "aula", pic=None)), f"{n}.toml")
        for n, start in enumerate(times)
    ]
    text = only(plan_problems(mine, neighbours=others), "venue-double-booked")
    # 09.30–10.30 and 10.30–11.30 overlap 10.00–11.00; 09.00–10.00 and 11.00–12.00 touch it.
    assert "also booked by 2 other items" in text.message.render("en")
    assert '"X2" (09.30–10.30 WIB)' in text.message.render("en")
    assert '"X3" (10.30–11.30 WIB)' in text.message.render("en")


def test_300_plans_on_one_day_are_one_warning_per_item_and_thing(tmp_path: Path) -> None:
    for n, plan in enumerate(crowd(300)):
        (tmp_path / f"buka-puasa-{n:03d}.toml").write_text(plan.source.text, encoding="utf-8")
    problems = open_workspace(tmp_path).all_problems()
    venues, people = coded(problems, "venue-double-booked"), coded(problems, "person-double-booked")
    assert len(venues) == len(people) == 300
    first = venues[0].message.render("en")
    assert "Aula Utama is also booked by 299 other items at the time of" in first
    assert first.endswith('in "Buka Puasa 003" (buka-puasa-003.toml) and 296 more')
    assert all("Citra is also in 299 other items" in p.message.render("en") for p in people)


# --- over capacity, and no person in charge: the items are named --------------------------

SMALL = """
[[venues]]
id = "kecil"
name = "Ruang Kecil"
capacity = 1
"""


def test_over_capacity_names_the_first_item_and_how_many_more() -> None:
    text = plan_text(
        item("rapat", "13:00:00", 60, "kecil"), item("pembukaan", "09:00:00", 60, "kecil")
    ).replace(PEOPLE, PEOPLE + SMALL)
    warning = only(plan_problems(loaded(text)), "over-capacity")
    assert where(warning) == place(text, "capacity = 1", 'id = "kecil"')
    assert warning.message.render("en") == (
        'venue "kecil": over capacity: Ruang Kecil holds 1, 2 people expected at '
        '"Pembukaan" (09.00–10.00 WIB) and 1 more'
    )
    assert warning.message.render("id") == (
        'tempat "kecil": melebihi kapasitas: Ruang Kecil muat 1, diperkirakan 2 orang untuk '
        '"Pembukaan" (09.00–10.00 WIB) dan 1 lainnya'
    )


def test_over_capacity_of_a_room_used_once_names_that_item() -> None:
    text = plan_text(item("pembukaan", "09:00:00", 60, "kecil")).replace(PEOPLE, PEOPLE + SMALL)
    warning = only(plan_problems(loaded(text)), "over-capacity")
    assert warning.message.render("en").endswith('at "Pembukaan" (09.00–10.00 WIB)')


def test_no_pic_names_the_item_and_its_time() -> None:
    text = plan_text(item("pembukaan", "09:00:00", 60, "aula", pic=None))
    warning = only(plan_problems(loaded(text)), "no-pic")
    assert where(warning) == place(text, "[[agenda]]", 'id = "citra"')
    assert warning.message.render("en") == (
        'agenda item "pembukaan": no person in charge (pic) for "Pembukaan" (09.00–10.00 WIB)'
    )
    assert warning.message.render("id") == (
        'mata acara "pembukaan": belum ada penanggung jawab (pic) untuk '
        '"Pembukaan" (09.00–10.00 WIB)'
    )


# --- quotas not filled --------------------------------------------------------------------

MEDIA = """
[[delegations]]
id = "lengkap"
name = "Humas"
quotas = { staff = 1 }

[[delegations]]
id = "mitra"
name = "Media Mitra"
quotas = { online = 3, tv = 2, radio = 1 }

[[people]]
id = "humas"
name = "Humas"
delegation = "lengkap"
category = "staff"
attendance = "attended"

[[people]]
id = "eka"
name = "Eka"
delegation = "mitra"
category = "online"
attendance = "confirmed"

[[people]]
id = "fajar"
name = "Fajar"
delegation = "mitra"
category = "online"

[[people]]
id = "gita"
name = "Gita"
delegation = "mitra"
category = "radio"
attendance = "attended"
"""


def test_a_confirmed_event_with_quotas_unfilled_warns_per_delegation() -> None:
    text = plan_text(status="confirmed") + MEDIA
    warning = only(plan_problems(loaded(text)), "quotas-unfilled")
    assert where(warning) == place(text, "quotas = ", 'id = "mitra"')
    assert warning.path == ("delegations", 1, "quotas")
    assert warning.message.render("en") == (
        'delegation "mitra": the event is confirmed, but the quotas of Media Mitra are not '
        "yet filled by confirmed people: 1/3 online, 0/2 TV"
    )
    assert warning.message.render("id") == (
        'rombongan "mitra": kegiatan sudah pasti, tetapi kuota Media Mitra belum terisi '
        "peserta yang terkonfirmasi: 1/3 daring, 0/2 TV"
    )


def test_a_draft_or_finished_event_with_quotas_unfilled_gives_nothing() -> None:
    for status in ("draft", "done", "cancelled"):
        text = plan_text(status=status) + MEDIA
        assert coded(plan_problems(loaded(text)), "quotas-unfilled") == []


def test_quotas_filled_by_confirmed_people_give_nothing() -> None:
    text = plan_text(status="confirmed") + MEDIA.replace(
        "quotas = { online = 3, tv = 2, radio = 1 }", "quotas = { online = 1, radio = 1 }"
    )
    assert coded(plan_problems(loaded(text)), "quotas-unfilled") == []


# --- represented, but by whom? ------------------------------------------------------------


def test_represented_without_represented_by_warns_at_the_attendance() -> None:
    text = plan_text().replace(
        'name = "Budi Santoso"\n', 'name = "Budi Santoso"\nattendance = "represented"\n'
    )
    warning = only(plan_problems(loaded(text)), "represented-unnamed")
    assert where(warning) == place(text, "attendance = ", 'id = "budi"')
    assert warning.path == ("people", 0, "attendance")
    assert warning.message.render("en") == (
        'person "budi": Budi Santoso is represented, but represented_by does not say by whom'
    )
    assert warning.message.render("id") == (
        'peserta "budi": Budi Santoso diwakili, tetapi represented_by belum menyebut siapa wakilnya'
    )


def test_represented_by_someone_or_confirmed_gives_nothing() -> None:
    named = 'name = "Budi Santoso"\nattendance = "represented"\nrepresented_by = "citra"\n'
    confirmed = 'name = "Budi Santoso"\nattendance = "confirmed"\n'
    for fields in (named, confirmed):
        text = plan_text().replace('name = "Budi Santoso"\n', fields)
        assert coded(plan_problems(loaded(text)), "represented-unnamed") == []


# --- the example workspace ----------------------------------------------------------------


def test_the_example_workspace_gives_none_of_these_warnings() -> None:
    problems = open_workspace(PLANS).all_problems()
    assert [p.render("en") for p in problems] == []
    assert not [p for p in problems if p.code in NEW_CODES]
