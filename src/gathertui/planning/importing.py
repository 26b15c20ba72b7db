"""A roster from a spreadsheet (CSV or .xlsx): rows in, people for one delegation out.

Nothing here writes a file or prints. `read_roster` turns the bytes into numbered
rows, each with its `Person` or the sentences saying why it is not valid; `import_change`
makes the valid ones one undoable change. The command line previews and saves with them,
and the TUI can do the same.

Row numbers are the spreadsheet's: the header is row 1, a blank row still counts, and a
cell with a line break inside stays one row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from gathertui.describe import describe, show_value
from gathertui.i18n import LANGUAGES, Message, msg
from gathertui.i18n.labels import word
from gathertui.model.enums import Category
from gathertui.model.plan import Person, Plan
from gathertui.planning.editing import Change, Insert, slugify, unique_id
from gathertui.text import one_line

# A roster of 5,000 people is well under 1 MB; anything past this is not a roster.
MAX_ROSTER_BYTES = 32 * 1024 * 1024

# The words a header may use for each field, as `_header_key` folds them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "name", "nama lengkap"),
    "position": ("jabatan", "position"),
    "organization": ("instansi", "organisation", "organization", "organisasi"),
    "category": ("kategori", "category"),
    "phone": (
        "telepon",
        "phone",
        "hp",
        "no hp",
        "nomor hp",
        "telp",
        "no telp",
        "no telepon",
        "nomor telepon",
    ),
    "email": ("email", "e-mail", "surel"),
    # Pangkat/golongan: never plain "rank", which the roster export uses for the order of
    # precedence.
    "rank": ("pangkat", "golongan", "pangkat/golongan", "pangkat / golongan", "civil service rank"),
    "nip": ("nip",),
    "notes": ("catatan", "keterangan", "notes"),
}
_FIELD_OF_HEADER = {header: name for name, headers in COLUMNS.items() for header in headers}

# Comma is the CSV of English locales; semicolon is what a spreadsheet writes where the
# comma is the decimal mark (Indonesia); tab is Excel's "Unicode text".
_DELIMITERS = (";", ",", "\t")
_WORKBOOKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx/.ods (zip) and old .xls
_XLSX = b"PK\x03\x04"  # a zip: an .xlsx is read as a workbook, an .ods is refused there
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# What a spreadsheet shows for a long number in a General cell: the digits are gone.
_ROUNDED_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?[eE]\+?\d+$")
# "+62 812-3456-7890", "+6281234567890", "(024) 3513366", "0812.3456.7890": digits and
# the marks people group them with, at least 7 digits (a short "+1-1" is arithmetic).
_PHONE = re.compile(r"^\+?\(?\d[\d ().-]*$")
_PHONE_DIGITS = 7


def is_phone_number(text: str) -> bool:
    """ "+62 812-3456-7890" → True; "+SUM(A1)", "-1+1", "Sunarto" → False."""
    return bool(_PHONE.match(text)) and sum(c.isdigit() for c in text) >= _PHONE_DIGITS


class RosterError(Exception):
    """The file as a whole cannot be read as a roster; `message` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True)
class ImportRow:
    number: int
    # The row's non-empty values by model field ("name", "phone", ...), trimmed.
    fields: dict[str, str]
    # Valid rows only. Its id comes from the name alone; `import_change` makes it unique
    # in the plan and sets the delegation.
    person: Person | None
    problems: list[Message] = field(default_factory=list)


@dataclass(frozen=True)
class RosterImport:
    rows: list[ImportRow]
    notices: list[Message]
    unknown_columns: list[str]

    @property
    def valid(self) -> list[ImportRow]:
        return [row for row in self.rows if row.person is not None]

    @property
    def invalid(self) -> list[ImportRow]:
        return [row for row in self.rows if row.person is None]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _header_key(text: str) -> str:
    """ "No. HP " → "no hp", "E-Mail" → "e-mail", "nama_lengkap" → "nama lengkap"."""
    return _fold(re.sub(r"[._:]", " ", text))


def _category_words() -> dict[str, Category]:
    words: dict[str, Category] = {}
    for category in Category:
        for text in (category.value, *(word(category.value, lang) for lang in LANGUAGES)):
            words[_fold(text)] = category
    return words


_CATEGORY_WORDS = _category_words()


def category_of(text: str) -> Category | None:
    """ "Pejabat", "daring", "TV", "Media Cetak", "print" → the category; None if unknown."""
    folded = _fold(text)
    return _CATEGORY_WORDS.get(folded) or _CATEGORY_WORDS.get(folded.removeprefix("media "))


def _category_options() -> str:
    """ "official (pejabat), staff (staf), ...": both words are accepted."""
    options = []
    for category in Category:
        local = word(category.value, "id")
        same = _fold(local) == category.value
        options.append(category.value if same else f"{category.value} ({local})")
    return ", ".join(options)


def _decode(data: bytes) -> tuple[str, list[Message]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise RosterError(msg("import.binary")) from None
    if data.startswith(_WORKBOOKS):
        raise RosterError(msg("import.workbook"))
    if b"\x00" in data:
        raise RosterError(msg("import.binary"))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    # Excel on Windows saves "CSV" in the ANSI code page; cp1252 leaves five bytes
    # undefined, which latin-1 reads as anything.
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    return text, [msg("import.not_utf8", encoding=encoding)]


def _delimiter(text: str) -> str:
    """The separator the header row splits best on; the header holds no free text, so it
    says more than the rows, where a name may well contain a comma."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    widths = {d: len(next(csv.reader([header], delimiter=d), [])) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: widths[d])
    if widths[best] > 1:
        return best
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _records(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    records: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            records.append((len(records) + 1, cells))
    except csv.Error as error:
        detail = one_line(str(error))
        raise RosterError(msg("import.not_csv", row=len(records) + 1, detail=detail)) from None
    return records


def _columns(header: list[str]) -> tuple[dict[int, str], dict[str, str], list[str]]:
    """Which cell holds which field, the header each field was found under, and the
    headers not known."""
    columns: dict[int, str] = {}
    titles: dict[str, str] = {}
    unknown: list[str] = []
    for index, cell in enumerate(header):
        title = cell.strip()
        if not title:
            continue
        name = _FIELD_OF_HEADER.get(_header_key(title))
        if name is None:
            unknown.append(title)
        elif name in titles:
            raise RosterError(
                msg("import.duplicate_column", first=one_line(titles[name]), second=one_line(title))
            )
        else:
            columns[index] = name
            titles[name] = title
    if "name" not in titles:
        found = ", ".join(f'"{one_line(t)}"' for t in header if t.strip())
        raise RosterError(msg("import.no_name_column", found=found or "-"))
    return columns, titles, unknown


def _in_column(message: Message, titles: dict[str, str]) -> Message:
    """The sentence naming the column as the sheet does ("Nama"), not the file key."""
    name = message.params.get("field")
    if isinstance(name, str) and name in titles:
        return Message(message.key, {**message.params, "field": one_line(titles[name])})
    return message


def _person(fields: dict[str, str], titles: dict[str, str]) -> tuple[Person | None, list[Message]]:
    data: dict[str, Any] = {k: v for k, v in fields.items() if k != "category"}
    data.setdefault("name", "")
    data["id"] = slugify(data["name"])
    problems: list[Message] = []
    raw_category = fields.get("category")
    if raw_category:
        category = category_of(raw_category)
        if category is None:
            close = difflib.get_close_matches(_fold(raw_category), _CATEGORY_WORDS, n=1)
            problems.append(
                msg(
                    "import.bad_category",
                    column=one_line(titles["category"]),
                    value=show_value(raw_category),
                    options=_category_options(),
                    hint=msg("hint.did_you_mean", word=close[0]) if close else "",
                )
            )
        else:
            data["category"] = category
    try:
        person: Person | None = Person.model_validate(data)
    except ValidationError as error:
        person = None
        problems[:0] = [_in_column(describe(e, Person)[1], titles) for e in error.errors()]
    email = fields.get("email")
    if email and not _EMAIL.match(email):
        problems.append(
            msg("import.bad_email", column=one_line(titles["email"]), value=show_value(email))
        )
    phone = fields.get("phone")
    if phone and _ROUNDED_NUMBER.match(phone):
        problems.append(
            msg("import.rounded_phone", column=one_line(titles["phone"]), value=show_value(phone))
        )
    return (None if problems else person), problems


def read_roster(data: bytes) -> RosterImport:
    """The rows of a roster as CSV or as an Excel workbook (.xlsx), told apart by their
    first bytes; both are read the same way from their cells on."""
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(msg("import.too_large", limit=MAX_ROSTER_BYTES // (1024 * 1024)))
    if data.startswith(_XLSX):
        return _roster(_xlsx_records(data), [])
    return read_roster_csv(data)


def read_roster_csv(data: bytes) -> RosterImport:
    """The rows of a CSV roster, each valid or saying why not; raises RosterError when the
    file as a whole is not a roster (not text, no header, no name column)."""
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(msg("import.too_large", limit=MAX_ROSTER_BYTES // (1024 * 1024)))
    text, notices = _decode(data)
    return _roster(_records(text), notices)


def _cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        # A phone typed into a General cell is stored as 6281234567890.0.
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _xlsx_records(data: bytes) -> list[tuple[int, list[str]]]:
    """The first sheet's rows, numbered as Excel numbers them; formulas give the value
    Excel last computed."""
    from openpyxl import load_workbook

    try:
        # openpyxl warns of styles and extensions it drops; only the values matter here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a zip that is no workbook, or a broken one: openpyxl says no more
        raise RosterError(msg("import.workbook")) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        # Some programs write a wrong size into the sheet ("A1"); read every row there is.
        sheet.reset_dimensions()
        records = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            # Every row comes as wide as the sheet's widest; as in CSV, a row ends at its
            # last value, so a value past the header's last title is seen as extra.
            while cells and not cells[-1]:
                cells.pop()
            records.append((number, cells))
        return records
    finally:
        book.close()


def _roster(records: list[tuple[int, list[str]]], notices: list[Message]) -> RosterImport:
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise RosterError(msg("import.empty"))
    (_, header), *body = records
    columns, titles, unknown = _columns(header)
    if unknown:
        notices.append(
            msg("import.unknown_columns", columns=", ".join(f'"{one_line(t)}"' for t in unknown))
        )
    rows = []
    for number, cells in body:
        fields = {}
        for index, name in columns.items():
            value = cells[index] if index < len(cells) else ""
            # A line break inside a name or a phone number is a slip; in notes, it is text.
            value = value.strip() if name == "notes" else " ".join(value.split())
            if name == "phone" and value.startswith("'") and is_phone_number(value[1:]):
                # "'+62 812..." from a CSV written before phones were left as they are.
                value = value[1:]
            if value:
                fields[name] = value
        # A numbered but unfilled row of a template ("12;;;") is as empty as a blank one.
        if not fields:
            continue
        person, problems = _person(fields, titles)
        extra = [cell for cell in cells[len(header) :] if cell.strip()]
        if extra:
            problems.insert(0, msg("import.extra_values", count=len(extra)))
            person = None
        rows.append(ImportRow(number, fields, person, problems))
    return RosterImport(rows, notices, unknown)


def repeated_names(plan: Plan, rows: Iterable[ImportRow]) -> list[tuple[ImportRow, Message]]:
    """Valid rows naming someone already in the plan or on an earlier row: the same sheet
    imported twice, or a name typed twice. They are still imported; people may share a name."""
    in_plan = {_fold(person.name): person.id for person in plan.people}
    earlier: dict[str, int] = {}
    found = []
    for row in rows:
        if row.person is None:
            continue
        key = _fold(row.person.name)
        name = one_line(row.person.name)
        if key in in_plan:
            found.append((row, msg("import.name_in_plan", name=name, id=in_plan[key])))
        elif key in earlier:
            found.append((row, msg("import.name_twice", name=name, row=earlier[key])))
        else:
            earlier[key] = row.number
    return found


def import_change(plan: Plan, delegation_id: str, rows: Iterable[ImportRow]) -> Change | None:
    """The valid rows as people of the delegation, in one undoable change; None if no row
    is valid. They go after the delegation's last member, so the roster stays grouped."""
    if delegation_id not in {d.id for d in plan.delegations}:
        raise ValueError(f"no delegation {delegation_id!r} in the plan")
    people = [row.person for row in rows if row.person is not None]
    if not people:
        return None
    members = [n for n, p in enumerate(plan.people) if p.delegation == delegation_id]
    start = members[-1] + 1 if members else len(plan.people)
    taken = {p.id for p in plan.people}
    steps = []
    for offset, person in enumerate(people):
        ident = unique_id(person.name, taken)
        taken.add(ident)
        placed = person.model_copy(update={"id": ident, "delegation": delegation_id})
        steps.append(Insert("people", start + offset, placed))
    return Change(msg("op.import_people", count=len(people)), tuple(steps), ("people", start))
