"""The WhatsApp texts (`--what whatsapp`): the example visit against reviewed golden text
in both languages; WhatsApp's formatting only; the plan's own `*_~` and backticks kept
literal; every message within the length limit, a long rundown numbered "(1/2)".

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
import re
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.exports.whatsapp import (
    LIMIT,
    LOOK_ALIKES,
    MEDIA,
    RUNDOWN,
    SEPARATOR,
    media_invitation,
    message,
    rundown_messages,
)
from gathertui.model.plan import Plan
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden")
MARKED = "Rapat *penting* _final_ ~batal~ `kode`"
LONG_NAME = "Raden " + "Wiryawan" * 37  # 302 characters


def _visit() -> tuple[Plan, Any]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


def _plan(title: str, items: int, item_title: str = "Acara", pic_name: str = "Ayu") -> Plan:
    return Plan.model_validate(
        {
            "schema_version": 1,
            "event": {"title": title, "start": date(2024, 11, 20), "dress": "Batik *resmi*"},
            "people": [{"id": "pic", "name": pic_name}],
            "venues": [{"id": "aula", "name": "Aula_Utama"}],
            "agenda": [
                {
                    "id": f"item-{n}",
                    "start": time(6 + n * 5 // 60 % 18, n * 5 % 60),
                    "minutes": 5,
                    "title": f"{item_title} {n}",
                    "pic": "pic",
                    "venue": "aula",
                }
                for n in range(items)
            ],
        }
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_visit_texts_match_their_golden_text(lang: str) -> None:
    plan, settings = _visit()
    data = export(plan, settings, "whatsapp", "txt", lang, "a4")
    golden = GOLDEN / f"visit-whatsapp-{lang}.txt"
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_the_rundown_lists_each_item_with_its_time_and_person_in_charge() -> None:
    plan, settings = _visit()
    [text] = rundown_messages(plan, settings, "id")
    assert text.startswith("*SUSUNAN ACARA*\n*Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang*")
    assert "- 09.45–10.00 _Kedatangan rombongan dan registrasi_ (PIC: Kartika Hedi Aji)" in text
    assert text.count("\n- ") == len(plan.agenda)


def test_the_media_invitation_says_when_where_and_whom_to_call() -> None:
    plan, settings = _visit()
    text = media_invitation(plan, settings, "id")
    assert text.startswith("*UNDANGAN LIPUTAN*")
    for line in (
        "- Hari/tanggal: Jumat, 26 Mei 2023",
        "- Pukul 09.45 WIB s.d. selesai",
        "- Tempat: Ruang Lokakrida, Lantai 8, Balai Kota Semarang",
        "Narahubung: Dinas Komunikasi, Informatika, Statistik dan Persandian · "
        "Telp. (024) 3549446 · Surel diskominfo@semarangkota.go.id",
    ):
        assert line in text.splitlines()
    # Without a workspace there is no office to call.
    assert "Narahubung" not in media_invitation(plan, None, "id")


def _formatting_only_whatsapps(text: str) -> None:
    """No Markdown headings, links, tables, code or strike; bold and italic in pairs."""
    for line in text.splitlines():
        assert not line.startswith(("#", ">", "|", "```", "* ")), line
        assert "](" not in line and "**" not in line and "~" not in line and "`" not in line
        assert line.count("*") % 2 == 0 and line.count("_") % 2 == 0, line


@pytest.mark.parametrize("lang", ["id", "en"])
def test_only_whatsapps_formatting_is_used(lang: str) -> None:
    plan, settings = _visit()
    _formatting_only_whatsapps(export(plan, settings, "whatsapp", "txt", lang).decode())


def test_marks_in_the_plan_stay_literal() -> None:
    plan = _plan(MARKED, 3, item_title="Sesi *inti* _A_", pic_name="Budi_Santoso*")
    text = export(plan, None, "whatsapp", "txt", "id").decode()
    _formatting_only_whatsapps(text)
    looks = MARKED.translate(LOOK_ALIKES)
    assert f"*{looks}*" in text
    assert "_Sesi \u2217inti\u2217 \u02cdA\u02cd 0_ (PIC: Budi\u02cdSantoso\u2217)" in text
    assert "Pakaian: Batik \u2217resmi\u2217" in text
    # Every mark left is one the texts put there: bold around headings and the title,
    # italics around the items' titles.
    stripped = re.sub(r"\*[^*\n]+\*|_[^_\n]+_", "", text)
    assert not set("*_~`") & set(stripped)


def test_hostile_text_stays_literal() -> None:
    plan = _plan("[bold]Rapat[/bold] =1+1 <b>x</b>", 2, pic_name=LONG_NAME)
    text = export(plan, None, "whatsapp", "txt", "id").decode()
    assert "*[bold]Rapat[/bold] =1+1 <b>x</b>*" in text
    assert f"(PIC: {LONG_NAME})" in text
    md = export(plan, None, "whatsapp", "md", "id").decode()
    assert r"**\[bold\]Rapat\[/bold\] =1+1 \<b\>x\</b\>**" in md


SHOW = "Penampilan kelompok seni tradisional dari kelurahan"


def test_a_long_rundown_is_split_into_numbered_messages_within_the_limit() -> None:
    plan = _plan("Festival", 200, item_title=SHOW)
    messages = rundown_messages(plan, None, "id")
    assert len(messages) > 1
    count = len(messages)
    for number, text in enumerate(messages, start=1):
        assert len(text) <= LIMIT
        assert text.startswith(f"*SUSUNAN ACARA (DRAF)* ({number}/{count})\n*Festival*\n")
    titles = [
        line.split("_")[1] for text in messages for line in text.splitlines() if line[:2] == "- "
    ]
    assert titles == [f"{SHOW} {n}" for n in range(200)]
    # The file holds them all, one after another, then the media invitation.
    whole = message(plan, None, "id", RUNDOWN)
    assert whole.split(SEPARATOR) == messages
    assert len(message(plan, None, "id", MEDIA)) <= LIMIT


def test_a_huge_title_is_cut_so_that_every_message_fits() -> None:
    plan = _plan("Rapat " * 2000, 120, pic_name="Nama " * 300)
    for text in [*rundown_messages(plan, None, "en"), media_invitation(plan, None, "en")]:
        assert len(text) <= LIMIT
        assert "…" in text


def test_markdown_is_for_pasting_elsewhere() -> None:
    plan, settings = _visit()
    md = export(plan, settings, "whatsapp", "md", "id").decode()
    assert md.startswith("**SUSUNAN ACARA**\n")
    assert "- 09.45–10.00 _Kedatangan rombongan dan registrasi_ (PIC: Kartika Hedi Aji)" in md


def test_the_command_line_prints_the_texts(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from gathertui.cli import main

    arguments = ["export", str(PLANS / VISIT), "--what", "whatsapp", "--format", "txt"]
    assert main(arguments) == 0
    plan, settings = _visit()
    assert capsysbinary.readouterr().out == export(plan, settings, "whatsapp", "txt", "id")
    assert main([*arguments[:-1], "pdf", "-o", "x.pdf"]) == 1
