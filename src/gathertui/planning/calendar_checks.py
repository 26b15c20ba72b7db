"""Calendar warnings: a plan on a holiday or beside a tourism-calendar event, two plans
on one day, and semesters short of their target."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from gathertui.i18n import msg
from gathertui.model.defaults import is_cancelled
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import (
    EntryKind,
    outside_events,
    public_holidays,
    semesters_to_check,
    target_status,
)
from gathertui.planning.context import FilePlan, PlanContext
from gathertui.problems import Problem, Severity
from gathertui.text import one_line
from gathertui.today import today

# Still found here by the calendar screens and the new-plan form; which semesters must
# have their gathering depends on it.
__all__ = ["today"]


def plan_on_holiday(context: PlanContext) -> Iterable[Problem]:
    if is_cancelled(context.plan.event):
        return  # as the other calendar checks: a cancelled plan occupies no day
    days = context.plan.event.days()
    years = {day.year for day in days}
    for entry in public_holidays(years, context.settings):
        if entry.day in days:
            key = (
                "check.on_cuti_bersama"
                if entry.kind is EntryKind.CUTI_BERSAMA
                else "check.on_holiday"
            )
            message = msg(key, day=entry.day.isoformat(), name=entry.title)
            yield context.warn("on-holiday", ("event", "start"), message)


def plan_beside_outside_event(context: PlanContext) -> Iterable[Problem]:
    """Information, not a warning: the tourism calendar may bring crowds, or media."""
    days = set(context.plan.event.days())
    for entry in outside_events(context.settings):
        if entry.day in days:
            message = msg("check.same_day_event", day=entry.day.isoformat(), name=entry.title)
            yield context.warn("same-day-event", ("event", "start"), message, Severity.INFO)


def plans_on_one_day(plans: Sequence[FilePlan]) -> Iterable[Problem]:
    """Two plans on the same day: the same staff cannot run both. The later file by name
    is warned, naming the first."""
    seen: dict[date, str] = {}
    for file, plan in sorted(plans, key=lambda pair: pair[0].name):
        if is_cancelled(plan.event):
            continue
        for day in plan.event.days():
            if day in seen:
                message = msg("check.same_day_plan", day=day.isoformat(), other=seen[day])
                about = msg(
                    "problem.about", entity=msg("entity.table", name="event"), problem=message
                )
                yield Problem("same-day-plan", Severity.WARNING, about, file, ("event", "start"))
            else:
                seen[day] = one_line(plan.event.title)


def semester_targets(
    settings_file: Path | None,
    settings: WorkspaceSettings,
    plans: Sequence[FilePlan],
    on: date | None = None,
) -> Iterable[Problem]:
    """A semester with fewer plans of a kind than the workspace's target, from the
    target's `since` up to the later of this semester and the last one with a plan.
    The warning is about the target, in the settings file."""
    for semester in semesters_to_check(settings, plans, on or today()):
        for status in target_status(semester, settings, plans):
            if status.met:
                continue
            message = msg(
                "check.semester_short",
                semester=f"{semester.roman} {semester.year}",
                kind=status.kind,
                wanted=status.wanted,
                count=len(status.planned),
            )
            yield Problem(
                "semester-target",
                Severity.WARNING,
                message,
                settings_file,
                ("targets", status.number),
            )
