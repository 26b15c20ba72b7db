"""The plan as one line per fact, for git's textconv."""

from __future__ import annotations

from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.textconv import derived_starts, fact_lines
from helpers import load_text

PLAN = """schema_version = 1

[event]
title = "Rapat"
start = 2024-03-14

[[people]]
id = "siti-rahayu"
name = "Siti Rahayu"
attendance = "confirmed"
notes = "baris satu\\nbaris dua"

[[agenda]]
id = "sambutan"
start = 09:15:00
minutes = 10
title = "Sambutan"
speakers = ["siti-rahayu"]

[[agenda]]
id = "pembukaan"
start = 09:00:00
minutes = 15
title = "Pembukaan"

[[agenda]]
id = "makan"
start = 12:00:00
minutes = 60
pinned = true
title = "Makan siang"
"""


def test_each_fact_is_a_line_naming_its_list_and_entity() -> None:
    lines = fact_lines(load_text(PLAN))
    assert lines[:2] == ["schema_version = 1", "event › title = Rapat"]
    assert "people › siti-rahayu › name = Siti Rahayu" in lines
    assert "people › siti-rahayu › attendance = confirmed" in lines
    # A line break in a value stays on the fact's line.
    assert "people › siti-rahayu › notes = baris satu\\nbaris dua" in lines
    assert "agenda › sambutan › speakers = siti-rahayu" in lines
    # No id lines of their own, no defaults.
    assert not any(line.endswith("› id = siti-rahayu") for line in lines)
    assert not any("category" in line for line in lines)


def test_the_agenda_is_in_running_order_without_derived_starts() -> None:
    plan = load_text(PLAN)
    assert derived_starts(plan) == {"sambutan"}
    agenda = [line for line in fact_lines(plan) if line.startswith("agenda")]
    assert agenda == [
        "agenda › pembukaan › start = 09:00",
        "agenda › pembukaan › minutes = 15",
        "agenda › pembukaan › title = Pembukaan",
        "agenda › sambutan › minutes = 10",
        "agenda › sambutan › title = Sambutan",
        "agenda › sambutan › speakers = siti-rahayu",
        "agenda › makan › start = 12:00",
        "agenda › makan › minutes = 60",
        "agenda › makan › pinned = true",
        "agenda › makan › title = Makan siang",
    ]


def test_lengthening_an_item_changes_one_line() -> None:
    before = fact_lines(load_text(PLAN))
    longer = PLAN.replace("minutes = 15", "minutes = 20")
    longer = longer.replace("start = 09:15:00", "start = 09:20:00")
    after = fact_lines(load_text(longer))
    assert [line for line in after if line not in before] == ["agenda › pembukaan › minutes = 20"]


def test_a_gap_keeps_the_start_the_person_chose() -> None:
    plan = load_text(PLAN.replace("start = 09:15:00", "start = 09:30:00"))
    assert "agenda › sambutan › start = 09:30" in fact_lines(plan)


def test_the_settings_render_alike() -> None:
    assert fact_lines(WorkspaceSettings()) == ["schema_version = 1"]
