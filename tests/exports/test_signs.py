"""Door and welcome signs: a landscape page per venue of the rundown with its items and
times, then a welcome per guest delegation; both languages, the emblem when given,
hostile text literal; read back with pypdf."""

from __future__ import annotations

import io
from datetime import time
from pathlib import Path

import pypdf
import pytest

from gathertui.exports import export
from gathertui.model.plan import AgendaItem, Delegation, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"
LOGO = (PLANS / "logo.png").read_bytes()


def _visit() -> tuple[Plan, WorkspaceSettings]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


def _pages(data: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _text(page: pypdf.PageObject) -> str:
    return " ".join(page.extract_text().split())


@pytest.mark.parametrize(
    ("lang", "day", "welcome", "party"),
    [
        ("id", "Jumat, 26 Mei 2023", "SELAMAT DATANG", "Rombongan Pemerintah Kota Mojokerto"),
        ("en", "Friday, 26 May 2023", "WELCOME", "The delegation of Pemerintah Kota Mojokerto"),
    ],
)
def test_a_sign_per_venue_then_a_welcome_per_guest_delegation(
    lang: str, day: str, welcome: str, party: str
) -> None:
    plan, settings = _visit()
    pages = _pages(export(plan, settings, "signs", "pdf", lang))
    assert len(pages) == 2
    for page in pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            842,
            595,
        )
    venue = _text(pages[0])
    assert venue.startswith("Ruang Lokakrida")
    assert "Lantai 8, Balai Kota Semarang" in venue
    assert day in venue
    assert "09.45–10.00 Kedatangan rombongan dan registrasi" in venue
    assert "11.55–12.30 Ramah tamah" in venue
    greeting = _text(pages[1])
    assert greeting.startswith(welcome)
    assert party in greeting
    assert "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang" in greeting
    assert day in greeting


def test_each_venue_has_its_own_items_and_the_emblem_heads_every_sign() -> None:
    plan, settings = _visit()
    plan.venues.append(Venue(id="halaman", name="Halaman Belakang"))
    plan.agenda.append(
        AgendaItem(id="foto-luar", start=time(13, 0), minutes=30, title="Foto", venue="halaman")
    )
    plan.delegations.append(Delegation(id="solo", name="Rombongan DPRD Solo"))
    data = export(plan, settings, "signs", "pdf", "id", logo=LOGO)
    pages = _pages(data)
    assert len(pages) == 4
    texts = [_text(page) for page in pages]
    assert "13.00–13.30 Foto" in texts[1] and "13.00" not in texts[0]
    assert texts[1].startswith("Halaman Belakang")
    # A guest delegation without an organisation is welcomed by its own name.
    assert "Rombongan DPRD Solo" in texts[3]
    for page in pages:
        assert len(page.images) == 1
    without = _pages(export(plan, settings, "signs", "pdf", "id"))
    assert all(len(page.images) == 0 for page in without)


@pytest.mark.parametrize(("lang", "words"), [("id", "tidak ada papan"), ("en", "no sign")])
def test_nothing_to_sign_says_so(lang: str, words: str) -> None:
    plan, settings = _visit()
    plan.agenda = []
    plan.delegations = [d for d in plan.delegations if d.side.value == "host"]
    pages = _pages(export(plan, settings, "signs", "pdf", lang))
    assert len(pages) == 1
    assert words in _text(pages[0])


def _lowest_text(page: pypdf.PageObject) -> float:
    """The lowest baseline of the page's text, in points from the bottom edge."""
    found: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append(tm[5])

    page.extract_text(visitor_text=visit)
    return min(found)


def test_hostile_text_stays_literal_and_a_long_list_goes_on_over_the_next_page() -> None:
    plan, settings = _visit()
    plan.venues[0].name = "[bold]Ruang[/bold] <b>=1+1</b>"
    plan.delegations[1].organization = "<i>Pemkot</i> =SUM(A1)"
    first = plan.agenda[0]
    plan.agenda = [
        first.model_copy(update={"id": f"i{n}", "title": f"Acara {n:02d} " + "panjang " * 12})
        for n in range(60)
    ]
    pages = _pages(export(plan, settings, "signs", "pdf", "id"))
    assert len(pages) > 2
    venue = " ".join(_text(page) for page in pages[:-1])
    assert all(_text(page).startswith("[bold]Ruang[/bold] <b>=1+1</b>") for page in pages[:-1])
    for n in range(60):
        assert venue.count(f"Acara {n:02d}") == 1
    # Nothing runs into the bottom margin (15 mm), let alone off the paper.
    assert all(_lowest_text(page) > 40 for page in pages)
    assert "Rombongan <i>Pemkot</i> =SUM(A1)" in _text(pages[-1])
