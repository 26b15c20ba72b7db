"""The seating plan's problems: a venue with fewer seats than people, and pins by hand
that cannot hold (a seat the layout does not have, a seat or a person pinned twice, a
pin of someone who is not coming)."""

from __future__ import annotations

from collections.abc import Iterable

from gathertui.i18n import msg
from gathertui.model.enums import Attendance, Category
from gathertui.planning.context import PlanContext
from gathertui.planning.seating import seat_plan, seated_people, seats_of
from gathertui.problems import Problem
from gathertui.text import one_line


def seating_problems(context: PlanContext) -> Iterable[Problem]:
    plan = context.plan
    venues = {venue.id: venue for venue in plan.venues}
    people = {person.id: person for person in plan.people}
    seen_seats: dict[tuple[str, str], int] = {}
    seen_people: dict[tuple[str, str], int] = {}
    for n, pin in enumerate(plan.seats):
        venue, person = venues.get(pin.venue), people.get(pin.person)
        if venue is None or person is None:
            continue  # an unknown id: an error of its own (model/references.py)
        name, hall = one_line(person.name), one_line(venue.name)
        codes = {seat.code for seat in seats_of(venue.layout)} if venue.layout else set()
        if pin.seat not in codes:
            message = msg("check.seat_not_in_layout", seat=pin.seat, venue=hall, person=name)
            yield context.warn("seat-not-in-layout", ("seats", n, "seat"), message)
            continue
        earlier = seen_seats.setdefault((pin.venue, pin.seat), n)
        if earlier != n:
            other = one_line(people[plan.seats[earlier].person].name)
            message = msg("check.seat_twice", seat=pin.seat, venue=hall, person=name, other=other)
            yield context.warn("seat-pinned-twice", ("seats", n, "seat"), message)
            continue
        first = seen_people.setdefault((pin.venue, pin.person), n)
        if first != n:
            message = msg("check.seated_twice", person=name, venue=hall)
            yield context.warn("seat-pinned-twice", ("seats", n, "person"), message)
            continue
        away = person.attendance in (Attendance.DECLINED, Attendance.REPRESENTED)
        if away or person.category is Category.STAFF:
            message = msg("check.seat_not_coming", person=name, seat=pin.seat, venue=hall)
            yield context.warn("seat-not-coming", ("seats", n, "person"), message)
    if not any(venue.layout for venue in plan.venues):
        return  # no venue is laid out in seats: the roster need not be ordered
    coming = len(seated_people(plan))
    for n, venue in enumerate(plan.venues):
        if venue.layout is None:
            continue
        seating = seat_plan(plan, venue, context.settings)
        if seating.unseated:
            message = msg(
                "check.seats_short",
                venue=one_line(venue.name),
                seats=len(seating.seats),
                people=coming,
                left=len(seating.unseated),
            )
            yield context.warn("seats-short", ("venues", n, "layout"), message)
