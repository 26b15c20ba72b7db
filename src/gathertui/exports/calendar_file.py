"""The rundown as iCalendar (.ics), one event per agenda item.

Exporting the same plan twice gives the same bytes: UIDs come from the plan's items and
DTSTAMP from the event's first day, not from the clock, so the file can live in git and
calendar apps update events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from gathertui.exports.printouts import venue_text
from gathertui.i18n import tr
from gathertui.model.defaults import effective_zone
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.editing import slugify
from gathertui.text import literal, one_line


def agenda_ics(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> bytes:
    zone_name = effective_zone(plan, settings)
    zone = ZoneInfo(zone_name)
    people = {p.id: p.name for p in plan.people}
    venues = {v.id: v for v in plan.venues}
    stamp = datetime.combine(plan.event.first_day, datetime.min.time(), UTC)
    plan_key = f"{plan.event.first_day.isoformat()}-{slugify(plan.event.title)}"
    calendar = Calendar()
    calendar.add("prodid", "-//gathertui//gathertui//ID")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(plan.event.title))
    calendar.add("x-wr-timezone", zone_name)
    for item in plan.rundown():
        begin, end = item.span(plan.event)
        event = Event()
        event.add("uid", f"{plan_key}-{item.id}@gathertui")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin.replace(tzinfo=zone))
        event.add("dtend", end.replace(tzinfo=zone))
        event.add("summary", one_line(item.title))
        if item.venue in venues:
            event.add("location", venue_text(venues[item.venue]))
        # What a guest's calendar shows: the speakers, then the person in charge if not
        # one of them, and the public remarks; the committee's notes stay out.
        details = []
        if item.speakers:
            names = ", ".join(one_line(people.get(s, s)) for s in item.speakers)
            details.append(f"{tr('print.col.speakers', lang)}: {names}")
        if item.pic and item.pic not in item.speakers:
            details.append(f"{tr('print.pic', lang)}: {one_line(people.get(item.pic, item.pic))}")
        if item.remarks:
            # Remarks keep their lines; a control character in them is spelled out.
            details.append(literal(item.remarks))
        if details:
            event.add("description", "\n".join(details))
        calendar.add_component(event)
    # The VTIMEZONE of the plan's zone, from the tz database, so any calendar app can
    # place the times without knowing "Asia/Jakarta".
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data
