"""A plan's history in words, as `gathertui log` prints it and the app's History shows it:
each version's date and what it changed from the one before."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from gathertui.i18n import tr
from gathertui.i18n.dates import clock, long_date, zone_abbreviation
from gathertui.model.plan import Plan
from gathertui.planning.diff import plan_changes
from gathertui.planning.diff_words import describe_changes
from gathertui.text import literal, one_line
from gathertui.vcs.history import VersionPlan

INDENT = "  "


def when(moment: datetime, zone: str | None, lang: str) -> str:
    """ "2024-05-22 14.03 WIB": a commit's time in the plan's zone (None: this computer's);
    the day as digits, so a list of versions stays in columns."""
    if zone is not None:
        try:
            local = moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    if zone is None:
        local = moment.astimezone()
        name = local.tzname() or ""
    else:
        name = zone_abbreviation(zone)
    return f"{local.date().isoformat()} {clock(local.time(), lang)} {name}".rstrip()


def summary(plan: Plan, lang: str) -> str:
    """A plan in one line: its title, first day, and how many people and items."""
    return tr(
        "history.summary",
        lang,
        title=one_line(plan.event.title),
        day=long_date(plan.event.first_day, lang),
        people=len(plan.people),
        items=len(plan.agenda),
    )


def unreadable(version: VersionPlan, lang: str) -> str:
    """Why a version is not shown as a plan: its first problem, or that it has no file."""
    if not version.problems:
        return tr("history.missing", lang)
    first = version.problems[0]
    return tr("history.unreadable", lang, line=first.line or 1, reason=first.message.render(lang))


def change_lines(before: VersionPlan | None, after: VersionPlan, lang: str) -> list[str]:
    """What `after` changed from `before` (None: it is the first version), in lines:
    a section's heading, then its changes indented."""
    if after.plan is None:
        return [unreadable(after, lang)]
    if before is None:
        return [tr("history.created", lang, summary=summary(after.plan, lang))]
    if before.plan is None:
        return [tr("history.readable_again", lang, summary=summary(after.plan, lang))]
    changes = plan_changes(before.plan, after.plan)
    if not changes:
        return [tr("history.no_change", lang)]
    lines: list[str] = []
    for heading, items in describe_changes(changes, before.plan, after.plan, lang):
        lines.append(f"{heading}:")
        lines.extend(f"{INDENT}{literal(item)}" for item in items)
    return lines
