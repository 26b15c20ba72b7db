"""`gathertui show PLAN`: the plan at a glance in the terminal.

Every value from the file goes into a rich `Text` (never a markup string) after
`literal()`, so `[bold]` or an escape code in a name prints as written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from gathertui.commands.common import open_plan_for_command
from gathertui.i18n import tr
from gathertui.i18n.dates import clock, long_date, zone_abbreviation
from gathertui.i18n.labels import label
from gathertui.model.defaults import effective_zone
from gathertui.model.plan import Plan
from gathertui.planning.agenda import event_period, item_time
from gathertui.planning.headcount import delegation_headcount
from gathertui.problems import Problem
from gathertui.state import WorkspaceState
from gathertui.text import literal


def _t(value: str | None) -> Text:
    return Text(literal(value or ""))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False)
    for column in columns:
        table.add_column(column)
    return table


def _event(plan: Plan, zone: str, lang: str) -> Table:
    event = plan.event
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    when = event_period(plan, zone, lang)
    if event.start_time is None and event.end_time is None:
        # Without the event's hours, the first item of the rundown says when to come.
        first = event.first_day
        starts = sorted(item.start for item in plan.agenda if item.day_in(event) == first)
        if starts:
            when += f", {clock(starts[0], lang)} {zone_abbreviation(zone)}"
    grid.add_row(tr("show.when", lang), when)
    grid.add_row(tr("show.kind", lang), label(event.kind, lang))
    grid.add_row(tr("show.status", lang), label(event.status, lang))
    if event.host:
        grid.add_row(tr("show.host", lang), _t(event.host))
    if event.notes:
        grid.add_row(tr("show.notes", lang), _t(event.notes))
    return grid


def _venues(plan: Plan, lang: str) -> Table:
    table = _table(
        tr("show.venues", lang),
        *(tr(f"show.{c}", lang) for c in ("name", "building", "floor", "address", "capacity")),
    )
    for venue in plan.venues:
        capacity = str(venue.capacity) if venue.capacity else ""
        table.add_row(
            _t(venue.name), _t(venue.building), _t(venue.floor), _t(venue.address), capacity
        )
    return table


def _delegations(plan: Plan, lang: str) -> Table:
    table = _table(
        tr("show.delegations", lang),
        *(
            tr(f"show.{c}", lang)
            for c in ("delegation", "side", "category", "planned", "named", "confirmed")
        ),
    )
    for delegation in plan.delegations:
        counts = delegation_headcount(plan, delegation)
        first = True
        for category, count in counts.items() or [(None, None)]:
            table.add_row(
                _t(delegation.name) if first else Text(""),
                label(delegation.side, lang) if first else "",
                label(category, lang) if category else "",
                str(count.planned) if count else "",
                str(count.named) if count else "",
                str(count.confirmed) if count else "",
            )
            first = False
    return table


def _people(plan: Plan, lang: str) -> Table:
    table = _table(
        tr("show.people", lang),
        *(
            tr(f"show.{c}", lang)
            for c in (
                "no",
                "name",
                "position",
                "organization",
                "category",
                "delegation",
                "attendance",
            )
        ),
    )
    delegations = {d.id: d.name for d in plan.delegations}
    for number, person in enumerate(plan.people, start=1):
        table.add_row(
            str(number),
            _t(person.name),
            _t(person.position),
            _t(person.organization),
            label(person.category, lang),
            _t(delegations.get(person.delegation or "", "")),
            label(person.attendance, lang),
        )
    return table


def _rundown(plan: Plan, zone: str, lang: str) -> Table:
    table = _table(
        tr("show.rundown", lang),
        *(tr(f"show.{c}", lang) for c in ("time", "item", "venue", "pic", "speakers")),
    )
    venues = {v.id: v.name for v in plan.venues}
    people = {p.id: p.name for p in plan.people}
    multi_day = len(plan.event.days()) > 1
    current_day = None
    for item in plan.rundown():
        day = item.day_in(plan.event)
        if multi_day and day != current_day:
            table.add_row(Text(long_date(day, lang), style="bold"), "", "", "", "")
            current_day = day
        table.add_row(
            item_time(item, plan, zone, lang),
            _t(item.title),
            _t(venues.get(item.venue or "", "")),
            _t(people.get(item.pic or "", "")),
            _t(", ".join(people.get(s, s) for s in item.speakers)),
        )
    return table


def _warnings(problems: list[Problem], lang: str) -> Group:
    heading = Text(tr("show.warnings", lang), style="bold")
    if not problems:
        return Group(heading, Text(tr("show.no_warnings", lang)))
    return Group(heading, *(Text(literal(p.render(lang))) for p in problems))


def run(args: argparse.Namespace) -> int:
    path = Path(args.plan)
    opened = open_plan_for_command(path, args.lang)
    if isinstance(opened, int):
        return opened
    loaded, lang = opened
    workspace = WorkspaceState.read(path.parent)
    if path not in workspace.files:
        workspace.added(path)
    settings = workspace.preferences
    plan = loaded.model
    zone = effective_zone(plan, settings)
    console = Console(highlight=False, emoji=False, markup=False)
    if not console.is_terminal:
        # To a pipe or a file each row stays on one line, whole, for grep and the like;
        # the 80 columns rich assumes there would cut names in two.
        console = Console(highlight=False, emoji=False, markup=False, width=100_000)
    console.print(Text(literal(plan.event.title), style="bold underline"))
    for part in (
        _event(plan, zone, lang),
        _venues(plan, lang),
        _delegations(plan, lang),
        _people(plan, lang),
        _rundown(plan, zone, lang),
        _warnings(workspace.located(path), lang),
    ):
        console.print()
        console.print(part)
    return 0
