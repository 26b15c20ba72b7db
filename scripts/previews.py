"""Render the first page of each printout of the example workspace to a small PNG in
`docs/printouts/`, so a reader of the README sees what is printed.

    .venv/bin/python scripts/previews.py

Needs `pdftoppm` (poppler-utils) on the PATH. The PDFs are made by the `gathertui
export` command, as a user makes them, in Indonesian on A4.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
OUT = ROOT / "docs" / "printouts"
VISIT = PLANS / "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"
# (file name, the export's arguments): the visit's printouts, then the calendar.
PRINTOUTS = [
    ("susunan-acara", [str(VISIT), "--what", "agenda"]),
    ("rundown-teknis", [str(VISIT), "--what", "rundown"]),
    ("daftar-hadir", [str(VISIT), "--what", "attendance"]),
    ("daftar-peserta", [str(VISIT), "--what", "roster"]),
    ("sapaan-pembawa-acara", [str(VISIT), "--what", "salutation"]),
    ("naskah-pembawa-acara", [str(VISIT), "--what", "mc-script"]),
    ("laporan-kegiatan", [str(VISIT), "--what", "report"]),
    ("siaran-pers", [str(VISIT), "--what", "press-release"]),
    ("kartu-nama-meja", [str(VISIT), "--what", "name-cards"]),
    ("tanda-pengenal", [str(VISIT), "--what", "name-tags"]),
    ("papan-penunjuk", [str(VISIT), "--what", "signs"]),
    (
        "kalender-2024-semester-1",
        [str(PLANS), "--what", "calendar", "--year", "2024", "--semester", "1"],
    ),
]
# Pixels across: enough to read the letterhead and the signature, small in the repository.
WIDTH = 700


def _shrink(png: Path) -> None:
    """Sixteen colours are enough for black text, grey rules and red dates: a third of
    the bytes. (Pillow comes with reportlab.)"""
    from PIL import Image

    with Image.open(png) as image:
        fewer = image.convert("RGB").quantize(colors=16)
    fewer.save(png, "PNG", optimize=True)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("previews: pdftoppm (poppler-utils) is not on the PATH", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, arguments in PRINTOUTS:
            pdf = Path(folder) / f"{name}.pdf"
            command = [sys.executable, "-m", "gathertui", "export", *arguments]
            command += ["--format", "pdf", "--lang", "id", "--paper", "a4", "-o", str(pdf)]
            subprocess.run(command, check=True, cwd=ROOT)
            # -singlefile: the first page only, named exactly as asked.
            target = OUT / name
            scale = ["-scale-to-x", str(WIDTH), "-scale-to-y", "-1"]
            subprocess.run(
                ["pdftoppm", "-png", "-singlefile", *scale, str(pdf), str(target)], check=True
            )
            _shrink(target.with_suffix(".png"))
            print(f"{target.relative_to(ROOT)}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
