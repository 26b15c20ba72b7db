"""A roster from a spreadsheet (CSV or .xlsx): rows in, people for one delegation out.

Nothing here writes a file or prints. `read_roster` turns the bytes into numbered
rows, each with its `Person` or the sentences saying why it is not valid; `import_change`
makes the valid ones one undoable change. The command line previews and saves with them,
and the TUI can do the same.

Row numbers are the spreadsheet's: the header is row 1, a blank row still counts, and a
cell with a line break inside stays one row.

Nothing is guessed: a CSV row whose quotes or separators do not add up is an invalid row
naming its line, a file that is not UTF-8 is read only in the encoding given or in one
detected for sure, and the apostrophe the app's own CSV export put before a cell is
taken off again.
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
from gathertui.planning.editing import Change, Insert, UniqueIds, slugify
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
# What exports/spreadsheet.py puts an apostrophe before so that a spreadsheet shows the
# cell as text instead of running it; an apostrophe before one of these is that export's,
# so it is dropped again. The full-width forms are formulas to some spreadsheets too.
_NEUTRALISED = frozenset("=+-@\t\r＝＋－＠")
# An encoding is taken from detection only when its best guess reads as text (a low
# "chaos") and no other guess nearly as good reads the bytes as other letters.
_MAX_CHAOS = 0.1
_RIVAL_MARGIN = 0.1


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


def _decode(data: bytes, encoding: str | None) -> tuple[str, list[Message]]:
    """The text of a CSV file: in `encoding` if given, else UTF-8 (or UTF-16 with a BOM),
    else in the encoding detected for sure; never a guess that may turn names into
    mojibake."""
    if data.startswith(_WORKBOOKS):
        raise RosterError(msg("import.workbook"))
    if encoding is not None:
        codec = codecs.lookup(encoding).name
        try:
            return data.decode("utf-8-sig" if codec == "utf-8" else codec), []
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise RosterError(msg("import.wrong_encoding", encoding=encoding, line=line)) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise RosterError(msg("import.binary")) from None
    if b"\x00" in data:
        raise RosterError(msg("import.binary"))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    detected = _detected(data)
    if detected is None:
        raise RosterError(msg("import.unknown_encoding"))
    text, name = detected
    return text, [msg("import.not_utf8", encoding=name)]


def _detected(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding charset-normalizer finds, when it is sure: Excel's ANSI
    CSV is cp1252 in Jakarta and GBK in Shanghai, and a short file may read as either."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    text = str(best)
    # One match already stands for every encoding that gives the same text.
    rivals = [m for m in matches if m is not best and m.chaos <= best.chaos + _RIVAL_MARGIN]
    if any(str(rival) != text for rival in rivals):
        return None
    return text, best.encoding


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


@dataclass(frozen=True)
class _Record:
    """One row as read: its number (the spreadsheet's), the line it starts on, its cells,
    its text in the file (CSV only, to tell which separator it uses), and why it cannot be
    read, if so."""

    number: int
    line: int
    cells: list[str]
    text: str | None = None
    problem: Message | None = None


def _records(text: str) -> tuple[list[_Record], str]:
    """The rows of the CSV and its separator. A row whose quotes do not add up is kept
    with its problem, and reading goes on from the line after the one it started on: an
    unclosed quote makes one bad row, not one person holding the rest of the file."""
    delimiter = _delimiter(text)
    lines = io.StringIO(text, newline="").readlines()
    records: list[_Record] = []
    position = 0  # the index in `lines` the reader reads next

    def feed() -> Iterable[str]:
        nonlocal position
        while position < len(lines):
            position += 1
            yield lines[position - 1]

    while position < len(lines):
        # strict: a quote that ends a value must be followed by the separator.
        reader = csv.reader(feed(), delimiter=delimiter, strict=True)
        while True:
            start = position
            number = len(records) + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                # Only a quote still open when the file ends reaches its end; any other
                # error is about a character on the way.
                if position >= len(lines) and "end of data" in str(error):
                    problem = msg("import.unclosed_quote", line=start + 1)
                else:
                    problem = msg("import.bad_quotes", line=start + 1, detail=one_line(str(error)))
                records.append(_Record(number, start + 1, [], None, problem))
                header = records[0].cells if records[0].problem is None else []
                position = _row_after(lines, start + 1, delimiter, header)
                break
            records.append(_Record(number, start + 1, cells, "".join(lines[start:position])))
    return records, delimiter


# How far past a malformed row the next whole row is looked for, and how many lines that
# row may span: finding it stays linear in the file's size.
_RESYNC_LINES = 50


def _row_after(lines: list[str], first: int, delimiter: str, header: list[str]) -> int:
    """The line after a malformed row where the next row starts: the first that reads as a
    whole row of the sheet (quotes that add up, the header's columns). The lines before it
    are the rest of a value whose quote went wrong, not people ("baris dua, lagi\" x" is
    the end of the notes above it). With no such line near, reading goes on at `first`."""
    for start in range(first, min(len(lines), first + _RESYNC_LINES)):
        window = lines[start : start + _RESYNC_LINES]
        try:
            cells = next(csv.reader(window, delimiter=delimiter, strict=True), None)
        except csv.Error:
            continue
        if cells is not None and _whole_row(cells, window[0], header):
            return start
    return first


def _whole_row(cells: list[str], line: str, header: list[str]) -> bool:
    """Cells that fill the header's titled columns and no more, with no quote left bare in
    a value (the sign of a value cut in the middle: a quote inside quotes is doubled)."""
    if not header:
        return True
    width = max((n for n, title in enumerate(header) if title.strip()), default=0) + 1
    if len(cells) < width or any(cell.strip() for cell in cells[len(header) :]):
        return False
    return '""' in line or not any('"' in cell for cell in cells)


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


def read_roster(data: bytes, encoding: str | None = None) -> RosterImport:
    """The rows of a roster as CSV or as an Excel workbook (.xlsx), told apart by their
    first bytes; both are read the same way from their cells on. `encoding` is the CSV's
    (`codecs` name; LookupError if unknown), when it is not UTF-8."""
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(msg("import.too_large", limit=MAX_ROSTER_BYTES // (1024 * 1024)))
    if data.startswith(_XLSX):
        return _roster(_xlsx_records(data), [], None)
    return read_roster_csv(data, encoding)


def read_roster_csv(data: bytes, encoding: str | None = None) -> RosterImport:
    """The rows of a CSV roster, each valid or saying why not; raises RosterError when the
    file as a whole is not a roster (not text in a known encoding, no header, no name
    column)."""
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(msg("import.too_large", limit=MAX_ROSTER_BYTES // (1024 * 1024)))
    text, notices = _decode(data, encoding)
    records, delimiter = _records(text)
    return _roster(records, notices, delimiter)


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


def _xlsx_records(data: bytes) -> list[_Record]:
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
            records.append(_Record(number, number, cells))
        return records
    finally:
        book.close()


def _shape_problem(record: _Record, header: list[str], delimiter: str) -> Message | None:
    """Why a CSV row's cells do not line up with the header's columns: another separator
    than the header's, or too few values (too many is told with the person's problems)."""
    text, cells = record.text, record.cells
    if text is None or len(cells) == len(header):
        return None
    # A header may end in empty cells ("nama;jabatan;"); rows need the titled columns.
    width = max(n for n, title in enumerate(header) if title.strip()) + 1
    short = len(cells) < width
    if not (short or any(cell.strip() for cell in cells[len(header) :])):
        return None
    for other in _DELIMITERS:
        if other != delimiter and len(next(csv.reader([text], delimiter=other), [])) == width:
            return msg("import.other_separator", line=record.line, found=other, expected=delimiter)
    if short:
        return msg("import.too_few_values", line=record.line, count=len(cells), columns=width)
    return None


def _restored(value: str) -> str:
    """ "'=Budi" → "=Budi": what the app's CSV export made text, as it was."""
    return value[1:] if value.startswith("'") and value[1:2] in _NEUTRALISED else value


def _roster(records: list[_Record], notices: list[Message], delimiter: str | None) -> RosterImport:
    records = [r for r in records if r.problem or any(c.strip() for c in r.cells)]
    if not records:
        raise RosterError(msg("import.empty"))
    first, *body = records
    if first.problem is not None:
        raise RosterError(first.problem)
    header = first.cells
    columns, titles, unknown = _columns(header)
    if unknown:
        notices.append(
            msg("import.unknown_columns", columns=", ".join(f'"{one_line(t)}"' for t in unknown))
        )
    rows = []
    for record in body:
        if record.problem is not None:
            rows.append(ImportRow(record.number, {}, None, [record.problem]))
            continue
        cells = record.cells
        fields = {}
        for index, name in columns.items():
            value = _restored(cells[index]) if index < len(cells) else ""
            # A line break inside a name or a phone number is a slip; in notes, it is text.
            value = value.strip() if name == "notes" else " ".join(value.split())
            if name == "phone" and value.startswith("'") and is_phone_number(value[1:]):
                # "'0812..." typed to keep the leading zero, or "'+62 812..." from a CSV
                # written before phones were left as they are.
                value = value[1:]
            if value:
                fields[name] = value
        # A numbered but unfilled row of a template ("12;;;") is as empty as a blank one.
        if not fields:
            continue
        shape = None if delimiter is None else _shape_problem(record, header, delimiter)
        if shape is not None:
            rows.append(ImportRow(record.number, fields, None, [shape]))
            continue
        person, problems = _person(fields, titles)
        extra = [cell for cell in cells[len(header) :] if cell.strip()]
        if extra:
            problems.insert(0, msg("import.extra_values", count=len(extra)))
            person = None
        rows.append(ImportRow(record.number, fields, person, problems))
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
    ids = UniqueIds(p.id for p in plan.people)
    steps = []
    for offset, person in enumerate(people):
        ident = ids.new(person.name)
        placed = person.model_copy(update={"id": ident, "delegation": delegation_id})
        steps.append(Insert("people", start + offset, placed))
    return Change(msg("op.import_people", count=len(people)), tuple(steps), ("people", start))
