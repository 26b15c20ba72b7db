"""Indonesia's holidays of a year as the holidays package gives them, kept on disk.

Importing the package loads every country it knows (about 0.15 s of CPU), more than
`gathertui check` spends on the rest of a plan but its parse. What it answers for a year
only changes with the package, so the answer is kept in the user's cache folder, under
the year and a stamp of the installed package (its path, size and time): an upgrade is
asked again. Where the cache cannot be read or written the package is asked, every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
from datetime import date
from pathlib import Path

from gathertui.i18n.catalogs import cache_folder

Holidays = list[tuple[date, str]]


def indonesian_holidays(year: int) -> Holidays:
    """Each public holiday and cuti bersama of `year`, one (day, name) per name."""
    path = _cache_path(year)
    if path is not None:
        with contextlib.suppress(OSError, ValueError, TypeError):
            return [(date.fromisoformat(day), str(name)) for day, name in _read(path)]
    found = _asked(year)
    if path is not None:
        _store(path, found)
    return found


def _asked(year: int) -> Holidays:
    import holidays

    found = holidays.country_holidays(
        "ID", years=year, language="id", categories=("public", "government")
    )
    return [(day, name) for day, names in found.items() for name in names.split("; ")]


def _cache_path(year: int) -> Path | None:
    """Where the holidays of `year` are kept for the installed package; None if it is
    not found as a file (then it is asked every time)."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    try:
        status = Path(spec.origin).stat()
    except OSError:
        return None
    stamp = f"{spec.origin}\0{status.st_size}\0{status.st_mtime_ns}".encode()
    digest = hashlib.sha256(stamp).hexdigest()[:20]
    # Beside the compiled catalogs, in the same cache folder.
    return cache_folder().parent / "holidays" / f"ID-{year}-{digest}.json"


def _read(path: Path) -> list[list[str]]:
    found = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(found, list):
        raise ValueError(path)
    return found


def _store(path: Path, found: Holidays) -> None:
    """Keep the answer for the next run; an unwritable cache only costs time."""
    text = json.dumps([[day.isoformat(), name] for day, name in found], ensure_ascii=False)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        # Atomic, so a second gathertui running at once reads no file or the whole of it.
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
