"""The Coverage tab as a person uses it after the event: adding reports, undo, saving,
and which partner media reported; checked on the screen and in the saved file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flow_helpers import (
    SIZE,
    new_app,
    open_plan,
    plan_data,
    static_text,
    table,
    type_text,
)
from textual.pilot import Pilot
from textual.widgets import Input, Static, TabbedContent

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.coverage_form import CoverageForm
from gathertui.tui.modals.export_form import ExportForm
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.widgets.lists import Select

COVERAGE = "coverage-table"
S1 = "2024-s1-media-gathering.toml"
# A journalist of a partner medium, in another plan of the workspace.
PARTNER = """
[[people]]
id = "wartawan-suara-merdeka"
name = "Wartawan Suara Merdeka"
organization = "Suara Merdeka"
category = "print"
"""
LINKS = [
    (
        "suara merdeka",
        "Mojokerto Belajar ke Semarang",
        "https://www.suaramerdeka.com/a",
        "2023-05-27",
    ),
    ("JPNews.id", "Kunjungan Kerja Pemkot Mojokerto", "https://jpnews.id/b", "2023-05-26"),
    ("Tribun Jateng", "Kolaborasi Media", "https://jateng.tribunnews.com/c", "2023-05-28"),
]


async def open_coverage(pilot: Pilot[None], app: GathertuiApp) -> PlanScreen:
    screen = await open_plan(pilot, app)
    await pilot.press("6")
    await pilot.pause()
    assert screen.query_one("#tabs", TabbedContent).active == "coverage"
    return screen


async def add_link(pilot: Pilot[None], app: GathertuiApp, fields: tuple[str, ...]) -> None:
    await pilot.press("a")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, CoverageForm)
    assert app.focused is form.query_one("#outlet", Input)
    for n, text in enumerate(fields):
        if n:
            await pilot.press("tab")
        await type_text(pilot, text)
    await pilot.press("enter")
    await pilot.pause()
    assert not isinstance(app.screen, CoverageForm)


def partners(screen: PlanScreen) -> str:
    return static_text(screen.query_one("#coverage-partners", Static))


async def test_add_three_links_undo_save_and_reload(workspace: Path, visit: Path) -> None:
    s1 = workspace / S1
    s1.write_text(s1.read_text(encoding="utf-8") + PARTNER, encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot, app)
        assert table(app, COVERAGE).rows == []
        assert partners(screen) == ("Partner media, 0 of 1 reported: Suara Merdeka did not report")
        for link in LINKS:
            await add_link(pilot, app, link)
        assert [row[:3] for row in table(app, COVERAGE).rows] == [
            (outlet, title, day) for outlet, title, _, day in LINKS
        ]
        # Counted whatever the letter case the outlet was typed in.
        assert partners(screen) == "Partner media, 1 of 1 reported: Suara Merdeka reported (1)"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [row[0] for row in table(app, COVERAGE).rows] == ["suara merdeka", "JPNews.id"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.session.dirty
    saved = plan_data(visit)["coverage"]
    assert [entry["outlet"] for entry in saved] == ["suara merdeka", "JPNews.id"]
    assert saved[1] == {
        "outlet": "JPNews.id",
        "title": "Kunjungan Kerja Pemkot Mojokerto",
        "url": "https://jpnews.id/b",
        "date": date(2023, 5, 26),
    }
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_coverage(pilot, app)
        assert [row[0] for row in table(app, COVERAGE).rows] == ["suara merdeka", "JPNews.id"]
        # The activity report from the export dialog counts the partner of the other plan.
        await pilot.press("x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ExportForm)
        form.query_one("#what", Select).value = "report"
        await pilot.pause()
        form.query_one("#format", Select).value = "txt"
        await pilot.pause()
        path = form.query_one("#path", Input)
        assert path.value == visit.stem + "-laporan-kegiatan.txt"
        path.focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    report = visit.with_name(visit.stem + "-laporan-kegiatan.txt").read_text(encoding="utf-8")
    assert "1 of 1 partner medium reported." in report
    assert "JPNews.id" in report and "https://jpnews.id/b" in report


async def test_a_bad_link_keeps_the_form_open_and_says_why(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_coverage(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CoverageForm)
        await type_text(pilot, "Tribun")
        await pilot.press("tab")
        await type_text(pilot, "Judul")
        await pilot.press("tab")
        await type_text(pilot, "jateng.tribunnews.com")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert "http" in static_text(form.query_one("#errors", Static))


async def test_the_tab_is_there_only_once_the_event_is_done(workspace: Path, visit: Path) -> None:
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace('status = "done"', 'status = "confirmed"'), encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.press("6")
        await pilot.pause()
        tabs = screen.query_one("#tabs", TabbedContent)
        assert tabs.active == "overview"
        assert tabs.get_tab("coverage").display is False


async def test_the_tab_goes_when_the_event_is_no_longer_done_and_comes_back_on_undo(
    workspace: Path,
) -> None:
    from gathertui.model.enums import Status
    from gathertui.planning.editing import edit_event

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(pilot, app)
        tabs = screen.query_one("#tabs", TabbedContent)
        plan = screen.session.plan
        screen.apply(edit_event(plan, plan.event.model_copy(update={"status": Status.CONFIRMED})))
        await pilot.pause()
        assert tabs.active == "overview"
        assert tabs.get_tab("coverage").display is False
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert tabs.get_tab("coverage").display is True
        await pilot.press("6")
        await pilot.pause()
        assert tabs.active == "coverage"
