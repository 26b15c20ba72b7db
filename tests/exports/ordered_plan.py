"""A visit whose file lists people out of precedence: the Wali Kota added last to the
host delegation, a journalist before the guests' Kepala Dinas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import command_env

HOST = """
[[delegations]]
id = "semarang"
name = "Pemerintah Kota Semarang"
side = "host"
organization = "Pemerintah Kota Semarang"
quotas = { kim = 5 }

[[delegations]]
id = "mojokerto"
name = "Rombongan Pemkot Mojokerto"
side = "guest"
organization = "Pemerintah Kota Mojokerto"
quotas = { tv = 2 }
"""

OUT_OF_ORDER = (
    """schema_version = 1

[event]
title = "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang"
kind = "visit"
start = 2024-03-14
timezone = "Asia/Jakarta"
host = "Pemerintah Kota Semarang"
"""
    + HOST
    + """
[[people]]
id = "wahyu-setiawan"
name = "Wahyu Setiawan"
delegation = "semarang"
position = "Kepala Bagian Protokol dan Komunikasi Pimpinan"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "confirmed"

[[people]]
id = "iswar-aminuddin"
name = "Iswar Aminuddin"
delegation = "semarang"
position = "Sekretaris Daerah Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "confirmed"

[[people]]
id = "rina-kartika"
name = "Rina Kartika"
delegation = "mojokerto"
position = "Wartawan"
organization = "Radar Mojokerto"
category = "online"
attendance = "confirmed"

[[people]]
id = "ery-suhartono"
name = "Ery Suhartono"
delegation = "mojokerto"
position = "Kepala Dinas Komunikasi dan Informatika"
organization = "Pemerintah Kota Mojokerto"
category = "official"
attendance = "confirmed"

[[people]]
id = "hevearita-gunaryanti-rahayu"
name = "Hevearita Gunaryanti Rahayu"
delegation = "semarang"
position = "Wali Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "confirmed"
"""
)

# In order of precedence: each delegation's people as they must be listed.
HOST_ORDER = ["Hevearita Gunaryanti Rahayu", "Iswar Aminuddin", "Wahyu Setiawan"]
GUEST_ORDER = ["Ery Suhartono", "Rina Kartika"]


def write_plan(folder: Path, text: str = OUT_OF_ORDER) -> Path:
    path = folder / "kunjungan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def positions(text: str, names: list[str]) -> list[int]:
    """Where each name first appears in the text (all must)."""
    found = [text.find(name) for name in names]
    assert -1 not in found, list(zip(names, found, strict=True))
    return found


def gathertui(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """The command as a script runs it: its own environment, a fixed today."""
    result = subprocess.run(
        [sys.executable, "-m", "gathertui", *map(str, args)],
        capture_output=True,
        env=command_env(),
        timeout=60,
        check=False,
    )
    assert b"Traceback" not in result.stderr + result.stdout
    return result
