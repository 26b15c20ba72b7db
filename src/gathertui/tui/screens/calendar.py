"""The semester calendar: six months at a glance, with plans, public holidays, cuti
bersama and outside events marked on their days, the selected day in full below, and
whether the semester meets its targets.

The core (`gathertui.planning.calendar`) decides what is on each day; this screen only
draws it and moves the selection.
"""

from __future__ import annotations

import calendar as weeks
from datetime import date, timedelta
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import events, getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Select, Static

from gathertui.i18n import tr
from gathertui.i18n.dates import long_date, month_title
from gathertui.i18n.labels import word
from gathertui.model.enums import EventKind
from gathertui.planning.calendar import (
    Entry,
    EntryKind,
    Semester,
    TargetStatus,
    calendar_entries,
    target_status,
)
from gathertui.planning.calendar_checks import today
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.modals.pick import Pick
from gathertui.tui.text import t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter

# Plans colour a day's background, by kind; holidays and outside events its foreground,
# so a plan on a holiday shows both.
PLAN_STYLES = {
    EventKind.MEDIA_GATHERING.value: Style(color="white", bgcolor="#2e7d32", bold=True),
    EventKind.VISIT.value: Style(color="white", bgcolor="#7b1fa2", bold=True),
    EventKind.MEETING.value: Style(color="white", bgcolor="#00838f", bold=True),
}
OTHER_PLAN_STYLE = Style(color="white", bgcolor="#5d5d5d", bold=True)
ENTRY_STYLES = {
    EntryKind.HOLIDAY: Style(color="#ff5252", bold=True),
    EntryKind.CUTI_BERSAMA: Style(color="#ffb300", bold=True),
    EntryKind.OUTSIDE: Style(color="#64b5f6", underline=True),
}
TODAY_STYLE = Style(bold=True)
SELECTED_STYLE = Style(reverse=True)
# Applied last, weakest first: a holiday's red wins over an event's blue, as it is the
# stronger reason not to hold a gathering that day (the event keeps its underline).
MARK_ORDER = (EntryKind.OUTSIDE, EntryKind.CUTI_BERSAMA, EntryKind.HOLIDAY)

CELL = 3  # a day number's width; cells are one space apart
MONTH_WIDTH = 7 * CELL + 6  # a complete week, Monday to Sunday
MONTH_HEIGHT = 8  # its name, the weekday names and six weeks
GUTTER = 2  # columns between two months side by side
# Lines around the months: header and footer, the heading, the legend, and the fewest
# the selected day keeps (its date, an entry, a target, and the line above it).
AROUND_MONTHS = 2 + 2 + 3 + 1 + 6


def months_per_row(width: int) -> int:
    """How many whole months fit side by side in a screen `width` wide: three at 120
    columns, two at 80, one on a narrower screen; never a week cut short."""
    # The screen's margins, and a scroll bar's two columns when the months scroll.
    room = width - 4 - 2
    return max(1, min(3, (room + GUTTER) // (MONTH_WIDTH + GUTTER)))


def semester_title(semester: Semester, lang: str) -> str:
    return tr("ui.cal_semester", lang, number=semester.roman, year=semester.year)


def day_style(entries: list[Entry], day: date, today_: date, selected: date) -> Style:
    style = Style()
    plan = next((e for e in entries if e.kind is EntryKind.PLAN), None)
    if plan is not None:
        style += PLAN_STYLES.get(plan.category, OTHER_PLAN_STYLE)
    for kind in MARK_ORDER:
        if any(e.kind is kind for e in entries):
            style += ENTRY_STYLES[kind]
    if day == today_:
        style += TODAY_STYLE
    if day == selected:
        style += SELECTED_STYLE
    return style


def weekday_names(lang: str) -> list[str]:
    """Monday first: "Mo" in English, "Sen" in Indonesian (babel's short names)."""
    from babel.dates import get_day_names

    names = get_day_names("short", locale=lang)
    return [names[n] for n in range(7)]  # babel numbers Monday 0, as `date.weekday` does


def month_block(
    year: int,
    month: int,
    days: dict[date, list[Entry]],
    lang: str,
    today_: date,
    selected: date,
) -> Text:
    """One month: its name, the weekday names and six week rows; short months get blank
    rows, so every block is as tall as the next and the grid stays aligned."""
    block = Text(no_wrap=True, overflow="crop")
    name = month_title(year, month, lang)
    block.append(name.center(MONTH_WIDTH).rstrip(), style="bold")
    block.append("\n")
    block.append(" ".join(name.rjust(CELL) for name in weekday_names(lang)), style="dim")
    rows = weeks.Calendar(firstweekday=0).monthdatescalendar(year, month)
    for week in rows + [[]] * (6 - len(rows)):
        block.append("\n")
        for column, day in enumerate(week):
            if column:
                block.append(" ")
            if day.month != month:
                block.append(" " * CELL)
            else:
                style = day_style(days.get(day, []), day, today_, selected)
                block.append(str(day.day).rjust(CELL), style)
    return block


def legend(lang: str) -> Text:
    """A sample day in each style and what it means: plan kinds on the first line, the
    marks of the day on the second (one line does not fit 120 columns in Indonesian)."""
    plans = [(style, word(kind, lang)) for kind, style in PLAN_STYLES.items()]
    marks = [
        *(
            (ENTRY_STYLES[kind], tr(f"ui.cal_legend_{kind.value.replace('-', '_')}", lang))
            for kind in reversed(MARK_ORDER)
        ),
        (TODAY_STYLE, tr("ui.cal_legend_today", lang)),
        (SELECTED_STYLE, tr("ui.cal_legend_selected", lang)),
    ]
    text = Text(no_wrap=True, overflow="ellipsis")
    for row, samples in enumerate((plans, marks)):
        if row:
            text.append("\n")
        for number, (style, meaning) in enumerate(samples):
            if number:
                text.append("   ")
            text.append(" 17", style)
            text.append(f" {meaning}")
    return text


def entry_line(entry: Entry, lang: str) -> str:
    if entry.kind is EntryKind.PLAN:
        return tr("ui.cal_plan", lang, title=entry.title, kind=word(entry.category, lang))
    if entry.kind is EntryKind.HOLIDAY:
        return tr("ui.cal_holiday", lang, title=entry.title)
    if entry.kind is EntryKind.CUTI_BERSAMA:
        return tr("ui.cal_cuti_bersama", lang, title=entry.title)
    if entry.category:
        return tr("ui.cal_outside_category", lang, title=entry.title, category=entry.category)
    return tr("ui.cal_outside", lang, title=entry.title)


def entry_style(entry: Entry) -> Style:
    if entry.kind is EntryKind.PLAN:
        return PLAN_STYLES.get(entry.category, OTHER_PLAN_STYLE)
    return ENTRY_STYLES[entry.kind]


def target_line(status: TargetStatus, lang: str) -> str:
    kind = word(status.kind, lang)
    wanted = (
        tr("ui.cal_target_one", lang, kind=kind)
        if status.wanted == 1
        else tr("ui.cal_target_many", lang, count=status.wanted, kind=kind)
    )
    if status.met:
        outcome = tr("ui.cal_met", lang, titles=", ".join(status.planned))
    else:
        outcome = tr("ui.cal_not_met", lang, planned=len(status.planned), wanted=status.wanted)
    return f"{wanted} — {outcome}"


def day_details(day: date, entries: list[Entry], targets: list[TargetStatus], lang: str) -> Text:
    """The selected day in full, then the semester's targets. Titles come from files, so
    every line is built as plain Text, never read as markup."""
    details = Text(long_date(day, lang), style="bold", no_wrap=True, overflow="ellipsis")
    for entry in entries:
        details.append("\n")
        details.append("   ", entry_style(entry))
        details.append(" " + entry_line(entry, lang))
    if not entries:
        details.append("\n" + tr("ui.cal_nothing", lang), style="dim")
    details.append("\n")
    for status in targets:
        details.append("\n")
        details.append(target_line(status, lang), style="green" if status.met else "yellow")
    if not targets:
        details.append("\n" + tr("ui.cal_no_target", lang), style="dim")
    return details


def moved_by_months(day: date, months: int) -> date:
    """The same day of the month `months` later; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = weeks.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class GatheringForm(NewPlanForm):
    """The new plan form with the media gathering template chosen: "g" on a day is the
    quick way to plan the semester's gathering."""

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#kind", Select).value = EventKind.MEDIA_GATHERING.value


class CalendarScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [
        Binding("enter", "open", "key.open", id="cal-open"),
        Binding("g", "gathering", "key.cal_gathering", id="cal-gathering"),
        Binding("p", "semester(-1)", "key.cal_previous_semester", id="cal-previous"),
        Binding("n", "semester(1)", "key.cal_next_semester", id="cal-next"),
        Binding("home", "today", "key.cal_today", show=False, id="cal-today"),
        Binding("escape", "back", "key.back", id="back"),
        Binding("left", "move(-1)", "key.cal_previous_day", show=False),
        Binding("right", "move(1)", "key.cal_next_day", show=False),
        Binding("up", "move(-7)", "key.cal_previous_week", show=False),
        Binding("down", "move(7)", "key.cal_next_week", show=False),
        Binding("pageup", "month(-1)", "key.cal_previous_month", show=False),
        Binding("pagedown", "month(1)", "key.cal_next_month", show=False),
        Binding("shift+pageup", "semester(-1)", "key.cal_previous_semester", show=False),
        Binding("shift+pagedown", "semester(1)", "key.cal_next_semester", show=False),
        # Short ways to the same, left out of help, which would name them by their
        # key names ("left_square_bracket").
        Binding("left_square_bracket", "month(-1)", show=False),
        Binding("right_square_bracket", "month(1)", show=False),
    ]
    # Kept here, not in app.tcss, so the screen is one module; it is used nowhere else.
    DEFAULT_CSS = """
    CalendarScreen #cal-heading { height: 1; margin: 1 2 0 2; text-style: bold; }
    CalendarScreen #cal-scroll { height: auto; margin: 1 2 0 2; }
    /* Columns, rows and heights follow the screen's size (`on_resize`). */
    CalendarScreen #cal-months {
        grid-size: 3 2;
        grid-columns: 1fr;
        grid-rows: 8;
        grid-gutter: 1 2;
        height: 17;
    }
    CalendarScreen .cal-month { width: 100%; content-align: center top; }
    CalendarScreen #cal-legend { height: 2; margin: 1 2 0 2; }
    CalendarScreen #cal-day {
        height: 1fr;
        margin: 1 2 0 2;
        padding: 0 1;
        border-top: solid $primary;
    }
    """

    selected: reactive[date] = reactive(date.min, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.today = today()
        self.semester = Semester.of(self.today)
        self.days: dict[date, list[Entry]] = {}
        self.targets: list[TargetStatus] = []
        translate_bindings(self, self.app.lang)

    @property
    def lang(self) -> str:
        return self.app.lang

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="cal-heading")
        # On a small screen the months scroll, to keep the selected day's details seen.
        with VerticalScroll(id="cal-scroll", can_focus=False), Grid(id="cal-months"):
            for number in range(6):
                yield Static(id=f"cal-month-{number}", classes="cal-month")
        yield Static(legend(self.lang), id="cal-legend")
        yield Static(id="cal-day")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t(self, "ui.cal_title")
        self.set_reactive(CalendarScreen.selected, self.today)
        self.read_entries()

    def on_screen_resume(self) -> None:
        # Back from a plan or a new plan: titles, dates and kinds may have changed.
        self.read_entries()

    def on_resize(self, event: events.Resize) -> None:
        columns = months_per_row(event.size.width)
        rows = -(-6 // columns)
        height = rows * MONTH_HEIGHT + rows - 1
        grid = self.query_one("#cal-months", Grid)
        grid.styles.grid_size_columns = columns
        grid.styles.grid_size_rows = rows
        grid.styles.height = height
        scroll = self.query_one("#cal-scroll", VerticalScroll)
        # Whole rows of months, so a scrolled row is never seen in part.
        shown = max(1, (event.size.height - AROUND_MONTHS + 1) // (MONTH_HEIGHT + 1))
        scroll.styles.max_height = shown * (MONTH_HEIGHT + 1) - 1
        self.call_after_refresh(self.show_selected_month)

    def show_selected_month(self) -> None:
        if self.selected.month in self.semester.months:
            number = self.semester.months.index(self.selected.month)
            month = self.query_one(f"#cal-month-{number}", Static)
            self.query_one("#cal-scroll", VerticalScroll).scroll_to_widget(
                month, animate=False, top=True
            )

    # What is on the calendar

    def read_entries(self) -> None:
        self.semester = Semester.of(self.selected)
        workspace = self.app.workspace
        settings = workspace.preferences
        # An open plan as it stands in its editor, saved or not.
        plans = workspace.effective_plans()
        self.days = calendar_entries(self.semester, settings, plans)
        self.targets = target_status(self.semester, settings, plans)
        self.draw()

    def draw(self) -> None:
        self.query_one("#cal-heading", Static).update(
            Text(semester_title(self.semester, self.lang))
        )
        for number, month in enumerate(self.semester.months):
            block = month_block(
                self.semester.year, month, self.days, self.lang, self.today, self.selected
            )
            self.query_one(f"#cal-month-{number}", Static).update(block)
        self.query_one("#cal-day", Static).update(
            day_details(self.selected, self.days.get(self.selected, []), self.targets, self.lang)
        )
        self.show_selected_month()

    def watch_selected(self) -> None:
        # A new semester needs its entries read; within one, redrawing is enough.
        if self.selected in self.semester:
            self.draw()
        else:
            self.read_entries()

    def plans_of_selected_day(self) -> list[Entry]:
        return [e for e in self.days.get(self.selected, []) if e.kind is EntryKind.PLAN]

    # Moving

    def action_move(self, days: int) -> None:
        self.selected += timedelta(days=days)

    def action_month(self, months: int) -> None:
        self.selected = moved_by_months(self.selected, months)

    def action_semester(self, semesters: int) -> None:
        self.selected = moved_by_months(self.selected, 6 * semesters)

    def action_today(self) -> None:
        self.selected = self.today

    def action_back(self) -> None:
        self.dismiss()

    # Plans

    def action_open(self) -> None:
        plans = self.plans_of_selected_day()
        if len(plans) == 1 and plans[0].path is not None:
            self.app.open_plan(plans[0].path)
        elif plans:
            choices = [(str(e.path), e.title) for e in plans]

            def chosen(path: str | None) -> None:
                if path:
                    self.app.open_plan(Path(path))

            self.app.push_screen(Pick(t(self, "ui.cal_which_plan"), choices, ""), chosen)

    def action_gathering(self) -> None:
        self._new_plan(GatheringForm(self.app.workspace, self.selected))

    def action_new(self) -> None:
        """The palette's "New plan", here on the selected day."""
        self._new_plan(NewPlanForm(self.app.workspace, self.selected))

    def _new_plan(self, form: NewPlanForm) -> None:
        # As on the workspace screen: read the folder again, then open the new plan.
        def created(path: Path | None) -> None:
            if path is not None:
                self.app.workspace.added(path)
                self.app.refresh_workspace()
                self.app.open_plan(path)

        self.app.push_screen(form, created)
