"""The texts sent on WhatsApp: the rundown for the committee's group and the media
invitation (Undangan Liputan), as plain text with WhatsApp's own formatting only:
`*bold*`, `_italic_` and `- ` lists; no headings, links or tables, which it shows as
written.

WhatsApp has no escape character, so the plan's text cannot turn into formatting only
if its marks are replaced with characters that look alike and mean nothing to it (see
LOOK_ALIKES). A message is kept within LIMIT characters: a longer rundown goes as
numbered messages, "(1/2)", each under the same heading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gathertui.exports.names import called
from gathertui.exports.printouts import agenda_document, document_fields
from gathertui.i18n import tr
from gathertui.i18n.dates import clock, long_date
from gathertui.model.plan import AgendaItem, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import days_of, running_order
from gathertui.text import one_line

# WhatsApp's practical length of one message: longer ones are cut or refused by some
# of its clients.
LIMIT = 4096
# A field of the plan longer than this (a title pasted twice) is cut with "…", so that
# a heading and any one item always fit in a message.
FIELD_MAX = 500
# The marks WhatsApp reads as formatting, in the plan's text, become look-alikes:
# * U+2217 ASTERISK OPERATOR, _ U+02CD MODIFIER LETTER LOW MACRON, ~ U+223C TILDE
# OPERATOR, ` U+02CB MODIFIER LETTER GRAVE ACCENT.
LOOK_ALIKES = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
# Between the messages of the file: each is copied and sent on its own.
SEPARATOR = "\n\n————————————\n\n"
# Room kept in a heading for " (12/12)".
NUMBER_ROOM = 10
RUNDOWN = "rundown"
MEDIA = "media"
MESSAGES = (RUNDOWN, MEDIA)


@dataclass(frozen=True)
class _Style:
    """How the marks are written: WhatsApp's, or Markdown's for pasting elsewhere."""

    bold: Callable[[str], str]
    italic: Callable[[str], str]
    # The plan's text made literal.
    text: Callable[[str], str]


def _cut(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= FIELD_MAX else text[: FIELD_MAX - 1] + "…"


def _whatsapp_literal(text: str) -> str:
    return _cut(text).translate(LOOK_ALIKES)


def _markdown_literal(text: str) -> str:
    from gathertui.exports.markdown import escape

    return escape(_cut(text))


WHATSAPP = _Style(lambda t: f"*{t}*", lambda t: f"_{t}_", _whatsapp_literal)
MARKDOWN = _Style(lambda t: f"**{t}**", lambda t: f"_{t}_", _markdown_literal)


def _item_line(
    plan: Plan, item: AgendaItem, people: dict[str, Person], lang: str, style: _Style
) -> str:
    """ "- 09.45–10.00 _Registrasi_ (PIC: Kartika Hedi Aji)"."""
    span = "–".join(clock(at.time(), lang) for at in item.span(plan.event))
    line = f"- {span} {style.italic(style.text(item.title))}"
    pic = people.get(item.pic or "")
    if pic is not None:
        line += " " + tr("print.wa.pic", lang, name=style.text(called(pic)))
    return line


def _body(plan: Plan, lang: str, style: _Style) -> list[str]:
    """The items in running order; a line for each day when there are several."""
    days = [(day, running_order(plan, day)) for day in days_of(plan)]
    days = [(day, items) for day, items in days if items]
    people = {person.id: person for person in plan.people}
    lines: list[str] = []
    for number, (day, items) in enumerate(days, start=1):
        if len(days) > 1:
            lines += [""] if lines else []
            lines.append(style.bold(f"{tr('print.day', lang, n=number)} · {long_date(day, lang)}"))
        lines += [_item_line(plan, item, people, lang, style) for item in items]
    return lines


def _split(body: list[str], room: int) -> list[list[str]]:
    """The body's lines in parts of at most `room` characters each, a day's line kept
    with the item after it."""
    parts: list[list[str]] = [[]]
    size = 0
    for line in body:
        if parts[-1] and size + len(line) + 1 > room:
            # A day's line (or the blank before it) does not end a part.
            carried: list[str] = []
            while parts[-1] and not parts[-1][-1].startswith("- "):
                carried.insert(0, parts[-1].pop())
            parts.append([line for line in carried if line])
            size = sum(len(line) + 1 for line in parts[-1])
        parts[-1].append(line)
        size += len(line) + 1
    return [part for part in parts if part] or [[]]


def rundown_messages(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, style: _Style = WHATSAPP
) -> list[str]:
    """The rundown for the committee's group: heading, event, day and date, hours,
    venue, then each item with its time and person in charge; numbered "(1/2)" when
    it takes more than one message."""
    document = agenda_document(plan, settings, lang)
    heading = style.bold(document.heading.upper())
    rest = [style.bold(style.text(document.title)), *(style.text(x) for x in document.lines)]
    room = LIMIT - len(heading) - NUMBER_ROOM - sum(len(x) + 1 for x in rest) - 2
    parts = _split(_body(plan, lang, style), room)
    messages = []
    for number, part in enumerate(parts, start=1):
        top = heading if len(parts) == 1 else f"{heading} ({number}/{len(parts)})"
        messages.append("\n".join([top, *rest, "", *part]).rstrip())
    return messages


def media_invitation(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, style: _Style = WHATSAPP
) -> str:
    """Undangan Liputan: the event, its day, hours, venue and dress, and the office to
    call when the workspace names one."""
    document = agenda_document(plan, settings, lang)
    facts = list(document.lines)
    if len(document.sections) > 1:
        # Several days say their venues day by day; the invitation names the main one.
        facts[1:1] = document_fields(plan, settings, "agenda", "print.agenda_heading", lang)[
            "lines"
        ][1:]
    if facts:
        facts[0] = tr("print.wa.day", lang, day=facts[0])
    lines = [
        style.bold(tr("print.wa.media_heading", lang)),
        "",
        tr("print.wa.to_media", lang),
        "",
        tr("print.wa.invite", lang),
        "",
        style.bold(style.text(plan.event.title)),
        *(f"- {style.text(fact)}" for fact in facts),
    ]
    contact = _contact(settings, lang, style)
    if contact:
        lines += ["", contact]
    lines += ["", tr("print.wa.thanks", lang)]
    return "\n".join(lines)


def _contact(settings: WorkspaceSettings | None, lang: str, style: _Style) -> str:
    """ "Narahubung: Dinas Komunikasi, ... · Telp. (024) 3549446 · Surel ...", or "" when
    the workspace gives no phone or e-mail."""
    office = settings.organization if settings else None
    if office is None or not (office.phone or office.email):
        return ""
    parts = [style.text(office.unit or office.name)]
    parts += [
        tr(key, lang, value=style.text(value))
        for key, value in (
            ("print.letterhead.phone", office.phone),
            ("print.letterhead.email", office.email),
        )
        if value
    ]
    return tr("print.wa.contact", lang, who=" · ".join(parts))


def message(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, which: str, markdown: bool = False
) -> str:
    """One of MESSAGES as text to paste: the rundown's messages one after another, or
    the media invitation."""
    style = MARKDOWN if markdown else WHATSAPP
    if which == RUNDOWN:
        return SEPARATOR.join(rundown_messages(plan, settings, lang, style))
    return media_invitation(plan, settings, lang, style)


def whatsapp_text(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, markdown: bool = False
) -> str:
    """Every message, the rundown first, apart from one another: `export --what whatsapp`."""
    texts = [message(plan, settings, lang, which, markdown) for which in MESSAGES]
    return SEPARATOR.join(texts) + "\n"
