"""Laporan Kegiatan: the activity report after an event, what happened against the plan.

The event with its days and venues; attendance per delegation and category as planned
(the quotas), named (the roster) and attended; the rundown as held (the Susunan Acara's
table); the media coverage the plan records, and for each partner medium whether it
reported; the signature block.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from gathertui.exports.document import Cell, Document, Section, Table
from gathertui.exports.printouts import agenda_document, document_fields
from gathertui.i18n import tr
from gathertui.i18n.dates import letter_date
from gathertui.i18n.labels import label
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Delegation, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.coverage import partner_counts, partner_media
from gathertui.planning.headcount import Group, by_group
from gathertui.text import as_sentence, one_line


def attended(plan: Plan) -> Counter[Group]:
    """Who came, per delegation and category: those who attended, and those who sent a
    representative the roster does not list (a listed one is counted as themselves, so
    a seat is not counted twice)."""
    came = by_group(plan, {Attendance.ATTENDED})
    listed = {person.id for person in plan.people}
    for person in plan.people:
        if person.attendance is Attendance.REPRESENTED and person.represented_by not in listed:
            came[(person.delegation, person.category)] += 1
    return came


def _attendance_section(plan: Plan, lang: str) -> Section:
    """A heading row per delegation (then the people of none), a row per category with
    anything planned or named, and the totals."""
    named, came = by_group(plan), attended(plan)
    known = {entry.id for entry in plan.delegations}
    # People whose delegation the plan does not have are counted with those of none.
    for counter in (named, came):
        for (of, category), count in list(counter.items()):
            if of is not None and of not in known:
                counter[(None, category)] += count
                del counter[(of, category)]
    groups: list[Delegation | None] = [*plan.delegations]
    if any(of is None for of, _ in named):
        groups.append(None)
    rows: list[list[Cell]] = []
    headings: set[int] = set()
    totals = [0, 0, 0]
    for entry in groups:
        ident = entry.id if entry else None
        counts = [
            (category, entry.quotas.get(category) if entry else 0, named[(ident, category)])
            for category in Category
        ]
        counts = [(c, planned, n) for c, planned, n in counts if planned or n]
        if not counts:
            continue
        headings.add(len(rows))
        name = one_line(entry.name) if entry else tr("print.no_delegation", lang)
        rows.append([name, "", "", ""])
        for category, planned, count in counts:
            here = came[(ident, category)]
            group = as_sentence(label(category, lang))
            rows.append([group, str(planned), str(count), str(here)])
            totals = [totals[0] + planned, totals[1] + count, totals[2] + here]
    rows.append([tr("report.total", lang), *(str(n) for n in totals)])
    columns = [
        tr(f"report.col.{key}", lang) for key in ("category", "planned", "named", "attended")
    ]
    table = Table(columns, [0.46, 0.18, 0.18, 0.18], rows, frozenset(headings))
    return Section(tr("report.attendance", lang), [], table)


def _coverage_sections(plan: Plan, lang: str) -> list[Section]:
    """The reports in a table, and their links under it by number: a link is one long
    word, which in a column would take the width the titles need."""
    if not plan.coverage:
        return [Section(tr("report.coverage", lang), [tr("report.no_coverage", lang)])]
    columns = [tr(f"report.col.{key}", lang) for key in ("no", "outlet", "title", "date", "kind")]
    rows: list[list[Cell]] = []
    links: list[str] = []
    for n, entry in enumerate(plan.coverage, start=1):
        rows.append(
            [
                str(n),
                one_line(entry.outlet),
                one_line(entry.title),
                letter_date(entry.date, lang) if entry.date else "",
                label(entry.kind, lang) if entry.kind else "",
            ]
        )
        if entry.url:
            links.append(tr("report.link", lang, number=n, url=one_line(entry.url)))
    table = Table(columns, [0.06, 0.24, 0.40, 0.16, 0.14], rows)
    table_section = Section(tr("report.coverage", lang), [], table)
    if not links:
        return [table_section]
    return [table_section, Section("", [tr("report.links", lang), *links])]


def _partners_section(plan: Plan, others: Iterable[Plan], lang: str) -> Section:
    counts = partner_counts(plan, partner_media([plan, *others]))
    title = tr("report.partners", lang)
    if not counts:
        return Section(title, [tr("report.no_partners", lang)])
    reported = sum(1 for count in counts if count.reports)
    summary = tr("report.partners_summary", lang, reported=reported, count=len(counts))
    columns = [tr(f"report.col.{key}", lang) for key in ("no", "partner", "reports", "reported")]
    rows: list[list[Cell]] = [
        [
            str(n),
            count.outlet,
            str(count.reports),
            tr("report.reported" if count.reports else "report.not_reported", lang),
        ]
        for n, count in enumerate(counts, start=1)
    ]
    return Section(title, [summary], Table(columns, [0.07, 0.45, 0.15, 0.33], rows))


def report_document(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, others: Sequence[Plan] = ()
) -> Document:
    """The activity report of `plan`; `others`, the workspace's other plans, name more
    partner media (their press people's organisations)."""
    fields = document_fields(plan, settings, "report", "report.heading", lang)
    rundown = agenda_document(plan, settings, lang).sections
    sections = [
        _attendance_section(plan, lang),
        # The heading of the rundown, then its days as the Susunan Acara prints them.
        Section(tr("report.rundown", lang), [] if rundown else [tr("report.no_rundown", lang)]),
        *rundown,
        *_coverage_sections(plan, lang),
        _partners_section(plan, others, lang),
    ]
    return Document(sections=sections, **fields)
