"""Calendar warnings: plans on holidays or beside tourism-calendar events, two plans on one
day, and semesters short of their target."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import TODAY
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar_checks import semester_targets, today
from gathertui.problems import Problem, Severity
from gathertui.state import open_workspace, plan_problems
from gathertui.storage import load_plan, load_settings

S1 = "2024-s1-media-gathering.toml"
S2 = "2024-s2-media-gathering.toml"
SETTINGS = "gathertui.toml"


def line_of(path: Path, wanted: str) -> int:
    return path.read_text(encoding="utf-8").split("\n").index(wanted) + 1


def move_plan(path: Path, start: str, end: str | None = None) -> None:
    """Give the plan at `path` new dates (its end follows, if it has one)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines = [line for line in lines if not line.startswith("end = ")]
    at = lines.index(next(line for line in lines if line.startswith("start = ")))
    lines[at] = f"start = {start}"
    if end is not None:
        lines.insert(at + 1, f"end = {end}")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_plan(folder: Path, name: str, title: str, start: str, status: str = "draft") -> Path:
    path = folder / name
    path.write_text(
        f'schema_version = 1\n\n[event]\ntitle = "{title}"\nkind = "meeting"\n'
        f'start = {start}\nstatus = "{status}"\n',
        encoding="utf-8",
    )
    return path


def settings_in(folder: Path) -> WorkspaceSettings:
    return load_settings(folder / SETTINGS).model


def problems_of_plan(folder: Path, name: str) -> list[Problem]:
    return plan_problems(load_plan(folder / name), settings_in(folder))


def coded(problems: list[Problem], code: str) -> list[Problem]:
    return [p for p in problems if p.code == code]


# --- today --------------------------------------------------------------------------------


def test_today_is_fixed_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert today() == date.fromisoformat(TODAY)
    monkeypatch.setenv("GATHERTUI_TODAY", "2026-11-26")
    assert today() == date(2026, 11, 26)


def test_today_without_the_environment_is_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GATHERTUI_TODAY")
    assert today() == date.today()
    monkeypatch.setenv("GATHERTUI_TODAY", "")
    assert today() == date.today()


# --- the example workspace ----------------------------------------------------------------


def test_the_example_workspace_has_no_errors_and_meets_its_target(workspace: Path) -> None:
    problems = open_workspace(workspace).all_problems()
    assert not [p for p in problems if p.severity is Severity.ERROR]
    assert coded(problems, "semester-target") == []
    assert coded(problems, "on-holiday") == []
    assert coded(problems, "same-day-plan") == []


def test_a_missing_semester_plan_warns_at_the_target(workspace: Path) -> None:
    (workspace / S2).unlink()
    problems = open_workspace(workspace).all_problems()
    [warning] = coded(problems, "semester-target")
    assert warning.severity is Severity.WARNING
    assert warning.file == workspace / SETTINGS
    assert warning.line == line_of(workspace / SETTINGS, "[[targets]]")
    assert warning.path == ("targets", 0)
    assert warning.message.render("en") == (
        "semester II 2024 has 0 media-gathering plans of the 1 this target asks for"
    )
    assert warning.message.render("id") == (
        "semester II 2024 baru memiliki 0 rencana media-gathering dari 1 yang ditargetkan"
    )


def test_a_cancelled_semester_plan_does_not_meet_the_target(workspace: Path) -> None:
    path = workspace / S1
    path.write_text(
        path.read_text(encoding="utf-8").replace('status = "done"', 'status = "cancelled"'),
        encoding="utf-8",
    )
    [warning] = coded(open_workspace(workspace).all_problems(), "semester-target")
    assert "semester I 2024 has 0" in warning.message.render("en")


def test_semesters_up_to_today_must_have_their_plan(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GATHERTUI_TODAY", "2026-11-26")
    warnings = coded(open_workspace(workspace).all_problems(), "semester-target")
    assert [w.message.render("en").split(" has ")[0] for w in warnings] == [
        "semester I 2025",
        "semester II 2025",
        "semester I 2026",
        "semester II 2026",
    ]
    assert all(w.severity is Severity.WARNING for w in warnings)
    assert {w.line for w in warnings} == {line_of(workspace / SETTINGS, "[[targets]]")}


def test_semester_targets_on_a_given_day(workspace: Path) -> None:
    opened = open_workspace(workspace)
    targets = (opened.settings.path, opened.preferences, opened.effective_plans())
    assert list(semester_targets(*targets, date(2024, 12, 1))) == []
    found = list(semester_targets(*targets, date(2025, 7, 1)))
    assert [p.message.render("en").split(" has ")[0] for p in found] == [
        "semester I 2025",
        "semester II 2025",
    ]


def test_a_later_plan_extends_the_semesters_checked(workspace: Path) -> None:
    # A meeting in 2025 II: its semester and the one before are now due.
    write_plan(workspace, "2025-rapat.toml", "Rapat Evaluasi", "2025-08-05")
    warnings = coded(open_workspace(workspace).all_problems(), "semester-target")
    assert [w.message.render("en").split(" has ")[0] for w in warnings] == [
        "semester I 2025",
        "semester II 2025",
    ]


def test_no_settings_no_semester_targets(workspace: Path) -> None:
    (workspace / SETTINGS).unlink()
    opened = open_workspace(workspace)
    assert list(semester_targets(None, opened.preferences, opened.effective_plans())) == []


def test_a_short_second_target_of_a_kind_is_located_at_it(workspace: Path) -> None:
    path = workspace / SETTINGS
    text = path.read_text(encoding="utf-8")
    raised = '[[targets]]\nkind = "media-gathering"\ncount = 2\nsince = 2024\nsince_semester = 2\n'
    text = text.replace("[[calendar]]", raised + "\n[[calendar]]", 1)
    path.write_text(text, encoding="utf-8")
    [warning] = coded(open_workspace(workspace).all_problems(), "semester-target")
    assert "of the 2 this target asks for" in warning.message.render("en")
    assert warning.path == ("targets", 1)
    lines = text.split("\n")
    assert warning.line == lines.index("[[targets]]", lines.index("[[targets]]") + 1) + 1


# --- a plan on a holiday ------------------------------------------------------------------


def test_a_plan_on_independence_day_warns(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-08-17")
    problems = problems_of_plan(workspace, S2)
    [warning] = coded(problems, "on-holiday")
    assert warning.severity is Severity.WARNING
    assert warning.file == workspace / S2
    assert warning.line == line_of(workspace / S2, "start = 2024-08-17")
    assert warning.path == ("event", "start")
    english, indonesian = warning.message.render("en"), warning.message.render("id")
    assert "public holiday" in english
    assert "2024-08-17" in english
    assert "Kemerdekaan" in english
    assert "libur" in indonesian
    assert "Kemerdekaan" in indonesian
    # The month-long Semarang Great Sale is on that day too.
    [info] = coded(problems, "same-day-event")
    assert info.severity is Severity.INFO


def test_a_plan_with_an_end_on_a_holiday_warns(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-08-16", end="2024-08-18")
    [warning] = coded(problems_of_plan(workspace, S2), "on-holiday")
    assert "Kemerdekaan" in warning.message.render("en")


def test_a_plan_on_a_cuti_bersama_day_says_so(workspace: Path) -> None:
    move_plan(workspace / S1, "2024-04-12")
    [warning] = coded(problems_of_plan(workspace, S1), "on-holiday")
    english = warning.message.render("en")
    assert "cuti bersama" in english
    assert "public holiday" not in english
    assert "Idul Fitri" in english
    assert "cuti bersama" in warning.message.render("id")


def test_a_plan_on_an_added_cuti_bersama_warns_once(workspace: Path) -> None:
    # 26 December 2024 is both in the package and added by the example workspace.
    move_plan(workspace / S2, "2024-12-26")
    [warning] = coded(problems_of_plan(workspace, S2), "on-holiday")
    assert "cuti bersama" in warning.message.render("en")


def test_a_plan_over_several_holidays_warns_for_each(workspace: Path) -> None:
    move_plan(workspace / S1, "2024-04-08", end="2024-04-12")
    warnings = coded(problems_of_plan(workspace, S1), "on-holiday")
    days = [w.message.render("en").split(": ")[-1].split()[0] for w in warnings]
    assert days == ["2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12"]
    cuti = ["cuti bersama" in w.message.render("en") for w in warnings]
    assert cuti == [True, True, False, False, True]


def test_a_removed_holiday_does_not_warn(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-11-27")
    assert len(coded(problems_of_plan(workspace, S2), "on-holiday")) == 1
    path = workspace / SETTINGS
    path.write_text(
        path.read_text(encoding="utf-8") + '\n[[holidays]]\ndate = 2024-11-27\naction = "remove"\n',
        encoding="utf-8",
    )
    assert coded(problems_of_plan(workspace, S2), "on-holiday") == []


def test_an_added_holiday_warns(workspace: Path) -> None:
    path = workspace / SETTINGS
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[holidays]]\ndate = 2024-10-17\nname = "Hari Jadi Kota"\n',
        encoding="utf-8",
    )
    [warning] = coded(problems_of_plan(workspace, S2), "on-holiday")
    assert "Hari Jadi Kota" in warning.message.render("en")


def test_holiday_check_without_settings_uses_the_package(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-08-17")
    [warning] = coded(plan_problems(load_plan(workspace / S2)), "on-holiday")
    assert "Kemerdekaan" in warning.message.render("en")


def test_the_holiday_warning_is_listed_by_workspace_problems(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-08-17")
    problems = open_workspace(workspace).all_problems()
    [warning] = coded(problems, "on-holiday")
    assert warning.file == workspace / S2


# --- a plan beside an outside event -------------------------------------------------------


def test_a_plan_on_a_calendar_event_day_is_information(workspace: Path) -> None:
    move_plan(workspace / S1, "2024-03-10")
    problems = problems_of_plan(workspace, S1)
    [info] = coded(problems, "same-day-event")
    assert info.severity is Severity.INFO
    assert info.path == ("event", "start")
    assert info.line == line_of(workspace / S1, "start = 2024-03-10")
    assert "Dugderan" in info.message.render("en")
    assert "2024-03-10" in info.message.render("en")
    assert "Dugderan" in info.message.render("id")
    assert coded(problems, "on-holiday") == []


def test_a_plan_within_a_multi_day_event_is_information(workspace: Path) -> None:
    move_plan(workspace / S2, "2024-09-14")
    [info] = coded(problems_of_plan(workspace, S2), "same-day-event")
    assert info.severity is Severity.INFO
    assert "Festival Kota Lama" in info.message.render("en")


def test_the_example_plans_are_beside_no_event(workspace: Path) -> None:
    for name in (S1, S2):
        assert coded(problems_of_plan(workspace, name), "same-day-event") == []


# --- two plans on one day -----------------------------------------------------------------


def test_two_plans_on_one_day_warn_on_the_second_file(workspace: Path) -> None:
    write_plan(workspace, "2024-s2-rapat.toml", "Rapat Redaksi", "2024-10-17")
    problems = open_workspace(workspace).all_problems()
    [warning] = coded(problems, "same-day-plan")
    assert warning.severity is Severity.WARNING
    assert warning.file == workspace / "2024-s2-rapat.toml"
    assert warning.path == ("event", "start")
    assert warning.line == line_of(workspace / "2024-s2-rapat.toml", "start = 2024-10-17")
    english = warning.message.render("en")
    assert "2024-10-17" in english
    assert "Media Gathering Semester II 2024" in english
    assert "Media Gathering Semester II 2024" in warning.message.render("id")


def test_the_first_file_by_name_is_not_warned(workspace: Path) -> None:
    write_plan(workspace, "2024-a-rapat.toml", "Rapat Redaksi", "2024-10-17")
    [warning] = coded(open_workspace(workspace).all_problems(), "same-day-plan")
    assert warning.file == workspace / S2
    assert "Rapat Redaksi" in warning.message.render("en")


def test_a_cancelled_plan_shares_its_day_freely(workspace: Path) -> None:
    write_plan(workspace, "2024-s2-rapat.toml", "Rapat Redaksi", "2024-10-17", "cancelled")
    assert coded(open_workspace(workspace).all_problems(), "same-day-plan") == []


def test_plans_on_different_days_do_not_warn(workspace: Path) -> None:
    write_plan(workspace, "2024-s2-rapat.toml", "Rapat Redaksi", "2024-10-18")
    assert coded(open_workspace(workspace).all_problems(), "same-day-plan") == []


def test_the_same_day_warning_folds_the_other_title(workspace: Path) -> None:
    write_plan(workspace, "2024-a-rapat.toml", "Rapat\\nRedaksi\\u001b", "2024-10-17")
    [warning] = coded(open_workspace(workspace).all_problems(), "same-day-plan")
    assert "Rapat Redaksi\\x1b" in warning.message.render("en")
