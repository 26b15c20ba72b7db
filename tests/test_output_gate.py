"""Nothing from a file reaches a terminal raw: every command, run over plan files carrying
escape sequences, C1 controls and bidi overrides in every field, key and table name,
writes none of them (issue 17, "one output gate")."""

from __future__ import annotations

import contextlib
import csv
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from conftest import PLANS, VISIT
from gathertui.cli import main

ESC = "\x1b"
OSC_ST = "\x1b]52;c;aGVsbG8=\x1b\\"
OSC_BEL = "\x1b]52;c;aGVsbG8=\x07"
CSI = "\x1b[2J"
C1 = "".join(chr(code) for code in range(0x80, 0xA0))
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PAYLOAD = f"{CSI}{OSC_BEL}{OSC_ST}{ESC}\x07{C1}{BIDI}"

# What must never be written: the C0 controls a file could carry (tab and newline are the
# commands' own), DEL, the C1 controls and the bidi controls; and the raw byte 0x9b (the
# 8-bit CSI of a terminal that does not speak UTF-8).
FORBIDDEN = {chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
FORBIDDEN |= set(BIDI)


def assert_clean(output: bytes, what: str) -> None:
    assert b"\x9b" not in output.replace("\u009b".encode(), b""), what
    # The CRLF line ends of an .ics file are its format; a lone CR is still caught.
    text = output.decode("utf-8", errors="replace").replace("\r\n", "\n")
    found = [n for n, c in enumerate(text) if c in FORBIDDEN]
    around = text[max(0, found[0] - 200) : found[0] + 20] if found else ""
    assert not found, f"{what} wrote {text[found[0]]!r} after: {around!r}"


# The reproduction of the issue: a table declared twice whose quoted name holds an OSC 52
# clipboard write. The duplicate-table message un-escaped the key and printed it live.
DUPLICATE_TABLE = (
    '\n["\\u001b]52;c;aGVsbG8=\\u001b\\\\"]\nx = 1\n["\\u001b]52;c;aGVsbG8=\\u001b\\\\"]\ny = 1\n'
)


def run(capfdbinary: pytest.CaptureFixture[bytes], *args: str | Path) -> bytes:
    """`gathertui ARGS` in this process; what it wrote to stdout and stderr, as bytes."""
    capfdbinary.readouterr()
    # argparse exits on bad usage: what it said is still checked.
    with contextlib.suppress(SystemExit):
        main([str(arg) for arg in args])
    out, err = capfdbinary.readouterr()
    return out + err


@pytest.fixture
def duplicate_table(tmp_path: Path) -> Path:
    plan = tmp_path / "plans" / "dup.toml"
    plan.parent.mkdir()
    plan.write_text((PLANS / VISIT).read_text(encoding="utf-8") + DUPLICATE_TABLE, "utf-8")
    return plan


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["show"],
        ["fmt"],
        ["fmt", "--check"],
        ["export", "--what", "roster", "--format", "txt"],
        ["import", "{csv}", "--delegation", "x", "--dry-run"],
        ["diff", "{visit}"],
    ],
    ids=lambda command: command[0] + ("-check" if "--check" in command else ""),
)
def test_a_duplicate_table_named_with_an_escape_is_not_printed_live(
    duplicate_table: Path, command: list[str], capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    roster = duplicate_table.parent / "roster.csv"
    roster.write_text("name\nBudi\n", encoding="utf-8")
    fill = {"{csv}": str(roster), "{visit}": str(PLANS / VISIT)}
    name, *rest = command
    args = [name, "--lang", "en", str(duplicate_table), *(fill.get(a, a) for a in rest)]
    output = run(capfdbinary, *args)
    assert b"52;c;aGVsbG8=" in output  # the problem is told, spelled out
    assert_clean(output, " ".join(args))


# The corpus: the example visit with the payload in every string (valid TOML that loads),
# in every string and id (valid TOML that does not), in keys and table names, and broken.


# Text the format constrains: poisoned only in the variant that does not load.
CONSTRAINED = {"timezone", "url"}


def _poisoned(value: Any, everywhere: bool) -> Any:
    """`value` with the payload in every text; ids and references too if `everywhere`
    (text that is an id, an enum value or a reference is left as it is otherwise)."""
    if isinstance(value, dict):
        return {
            key: item if key in CONSTRAINED and not everywhere else _poisoned(item, everywhere)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_poisoned(item, everywhere) for item in value]
    if isinstance(value, str):
        slug = value.replace("-", "").replace("_", "").isalnum() and value == value.lower()
        return value if slug and not everywhere else f"{value}{PAYLOAD}"
    return value


def _document() -> dict[str, Any]:
    """The example visit, every agenda item with remarks and notes (the .ics prints the
    remarks; the rundown the notes)."""
    import tomllib

    document = tomllib.loads((PLANS / VISIT).read_text(encoding="utf-8"))
    for item in document["agenda"]:
        item.setdefault("remarks", "Keterangan\nbaris dua")
        item.setdefault("notes", "Catatan\nbaris dua")
    # What the activity report lists, and its outlet a partner medium of the roster.
    document["people"][0] |= {"category": "print", "organization": "Suara Merdeka"}
    document["coverage"] = [
        {
            "outlet": "Suara Merdeka",
            "title": "Judul berita",
            "url": "https://www.suaramerdeka.com/a",
            "kind": "print",
            "notes": "Halaman 5",
        }
    ]
    return document


def _fields() -> str:
    return tomli_w.dumps(_poisoned(_document(), everywhere=False))


def _ids() -> str:
    return tomli_w.dumps(_poisoned(_document(), everywhere=True))


def _keys() -> str:
    document = _document()
    document["event"][f"note{PAYLOAD}"] = f"x{PAYLOAD}"
    document[f"table{PAYLOAD}"] = {f"key{PAYLOAD}": 1}
    document["people"][0][f"honorific{PAYLOAD}"] = True
    return tomli_w.dumps(document)


def _broken_string() -> str:
    quoted = tomli_w.dumps({"x": PAYLOAD}).split("=", 1)[1].strip()
    return f'schema_version = 1\n[event]\ntitle = {quoted}\nstart = "2024-03-14\n'


def _broken_statement() -> str:
    return f"schema_version = 1\n[event]\n{PAYLOAD} = 1\n"


def _duplicate_key() -> str:
    quoted = tomli_w.dumps({"x": PAYLOAD}).split("=", 1)[1].strip()
    return f"schema_version = 1\n[event]\n{quoted} = 1\n{quoted} = 2\n"


def _duplicate_table() -> str:
    return (PLANS / VISIT).read_text(encoding="utf-8") + DUPLICATE_TABLE


def _raw_in_a_comment() -> str:
    # Raw control characters are not TOML: the reader must say so without echoing them.
    return (PLANS / VISIT).read_text(encoding="utf-8") + f"\n# {PAYLOAD}\n"


CORPUS: dict[str, Callable[[], str]] = {
    "fields": _fields,
    "ids": _ids,
    "keys": _keys,
    "broken-string": _broken_string,
    "broken-statement": _broken_statement,
    "duplicate-key": _duplicate_key,
    "duplicate-table": _duplicate_table,
    "raw-comment": _raw_in_a_comment,
}

WHAT = ("agenda", "rundown", "attendance", "roster", "salutation", "report", "press-release")
TEXT_FORMATS = ("txt", "md", "csv", "html", "ics")
SEMESTER = ("--year", "2023", "--semester", "1")  # the example visit's


def test_the_payload_loads_where_it_should(tmp_path: Path) -> None:
    """The corpus is what it says: the fields variant is a plan the commands show."""
    from gathertui.storage import load_plan

    plan = tmp_path / "fields.toml"
    plan.write_text(_fields(), encoding="utf-8")
    loaded = load_plan(plan)
    assert PAYLOAD in loaded.model.event.title


def _hostile_roster(tmp_path: Path, name: str = "roster.csv") -> Path:
    roster = tmp_path / name
    with roster.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["name", "position", "phone"])
        writer.writerow([f"Budi{PAYLOAD}", f"Kadis{PAYLOAD}", f"0812{PAYLOAD}"])
    return roster


def _every_command(plan: Path, folder: Path, tmp_path: Path) -> list[list[str | Path]]:
    """Each command over `plan` in the workspace `folder`, in every text format to stdout
    and the binary ones to a file (their stdout and stderr are checked)."""
    roster = _hostile_roster(tmp_path)
    delegation = "mojokerto"
    runs: list[list[str | Path]] = [
        ["check", plan],
        ["check", folder],
        ["check", folder / "gathertui.toml"],
        ["show", plan],
        ["fmt", "--check", plan],
        ["calendar", *SEMESTER, folder],
        ["diff", PLANS / VISIT, plan],
        ["diff", plan, PLANS / VISIT],
        ["diff", "--textconv", plan],
        ["import", plan, roster, "--delegation", delegation, "--dry-run"],
        ["import", plan, roster, "--delegation", f"x{CSI}"],
        ["export", plan, "--what", "calendar", "--format", "ics", *SEMESTER],
        ["export", plan, "--what", "calendar", "--format", "txt", *SEMESTER],
    ]
    runs += [
        ["export", plan, "--what", what, "--format", form] for what in WHAT for form in TEXT_FORMATS
    ]
    runs += [
        ["export", plan, "--what", what, "--format", form, "-o", tmp_path / f"out.{form}"]
        for what in ("roster", "attendance")
        for form in ("xlsx", "pdf")
    ]
    # The invitation letters: the poisoned people's offices as their addressees.
    runs += [["export", plan, "--what", "invitation", "--format", form] for form in ("txt", "md")]
    runs += [
        ["export", plan, "--what", "invitation", "--format", form, "-o", tmp_path / f"inv.{form}"]
        for form in ("pdf", "docx")
    ]
    # git's merge driver over it: each side poisoned in turn (OURS is written over).
    base, ours, theirs = (tmp_path / f"{side}.toml" for side in ("base", "ours", "theirs"))
    shutil.copy(PLANS / VISIT, base)
    shutil.copy(plan, ours)
    shutil.copy(plan, theirs)
    runs += [["merge", base, ours, theirs], ["merge", plan, base, theirs]]
    runs.append(["import", plan, roster, "--delegation", delegation])
    runs.append(["fmt", plan])
    runs.append(["show", plan])
    return runs


def _run_all(
    runs: list[list[str | Path]], capfdbinary: pytest.CaptureFixture[bytes], variant: str
) -> None:
    for lang in ("en", "id"):
        for args in runs:
            command, *rest = args
            output = run(capfdbinary, command, "--lang", lang, *rest)
            assert_clean(output, f"{variant}: {command} {rest}")


@pytest.mark.parametrize("variant", list(CORPUS))
def test_no_command_writes_a_control_from_a_file(
    variant: str, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PLANS, folder)
    # A file whose very name carries the payload, beside the poisoned plan.
    plan = folder / f"{variant}{CSI}{BIDI}.toml"
    plan.write_text(CORPUS[variant](), encoding="utf-8")
    _run_all(_every_command(plan, folder, tmp_path), capfdbinary, variant)


def _settings(everywhere: bool) -> str:
    import tomllib

    settings = tomllib.loads((PLANS / "gathertui.toml").read_text(encoding="utf-8"))
    poisoned = _poisoned(settings, everywhere)
    if everywhere:
        poisoned[f"table{PAYLOAD}"] = {f"key{PAYLOAD}": 1}
    else:
        # What the format constrains stays valid, so the workspace still loads.
        for key in ("language", "timezone", "signed_by"):
            poisoned["settings"][key] = settings["settings"][key]
        poisoned["organization"]["logo"] = settings["organization"]["logo"]
    return tomli_w.dumps(poisoned)


@pytest.mark.parametrize("everywhere", [False, True], ids=["fields", "keys"])
def test_no_command_writes_a_control_from_the_settings(
    everywhere: bool, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PLANS, folder)
    (folder / "gathertui.toml").write_text(_settings(everywhere), encoding="utf-8")
    plan = folder / VISIT
    _run_all(_every_command(plan, folder, tmp_path), capfdbinary, "settings")


def test_import_spells_out_the_csv_path(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    plan = tmp_path / "plan.toml"
    shutil.copy(PLANS / VISIT, plan)
    roster = _hostile_roster(tmp_path, f"roster{OSC_BEL}.csv")
    with roster.open("a", encoding="utf-8", newline="") as stream:
        stream.write('"Budi tanpa tutup\n')  # a quote never closed: an error at its line
    output = run(capfdbinary, "import", "--lang", "en", plan, roster, "--delegation", "mojokerto")
    assert b"roster" in output
    assert_clean(output, "import")


def test_log_writes_no_control_from_a_plan(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    from git_history import git, plan_with_history

    plan = plan_with_history(tmp_path / "repo")
    plan.write_text(_fields(), encoding="utf-8")
    git(plan.parent, "commit", "-qam", f"Racun{PAYLOAD}")
    output = run(capfdbinary, "log", "--lang", "en", plan)
    assert b"Racun" in output
    assert_clean(output, "log")


def test_an_ics_export_spells_out_controls(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    plan = tmp_path / "fields.toml"
    plan.write_text(_fields(), encoding="utf-8")
    output = run(capfdbinary, "export", plan, "--what", "agenda", "--format", "ics")
    assert b"BEGIN:VCALENDAR" in output
    unfolded = output.replace(b"\r\n ", b"")
    # The remarks keep their lines; iCalendar writes the spelled-out backslash as `\\`.
    assert b"Keterangan\\nbaris dua\\\\x1b[2J" in unfolded
    assert_clean(output, "ics")
    output = run(capfdbinary, "export", plan, "--what", "calendar", "--format", "ics", *SEMESTER)
    output += run(capfdbinary, "calendar", *SEMESTER, plan.parent)
    assert b"SUMMARY:Kunjungan Kerja" in output.replace(b"\r\n ", b"")
    assert_clean(output, "ics")
