"""The signature block: who signs which printout, its lines in both languages, and the
block on every printout and format."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from conftest import PLANS, VISIT
from gathertui.exports import export, render
from gathertui.exports.calendar_view import calendar_document, semester_view
from gathertui.exports.document import (
    Document,
    Section,
    SignatureBlock,
    SigningOfficial,
    Table,
)
from gathertui.exports.signing import signature_block
from gathertui.model.plan import Plan, Signing
from gathertui.model.workspace import Organization, Preferences, Signatory, WorkspaceSettings
from gathertui.planning.calendar import Semester
from gathertui.storage import load_plan, load_settings

KADIS = Signatory(
    id="kadis",
    name="Dra. Ratna Wulandari, M.Si.",
    office="Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
    rank="Pembina Tingkat I (IV/b)",
    nip="19750312 200003 2 004",
)
SEKDA = Signatory(
    id="sekda",
    name="Dr. Ir. Bambang Suryanto, M.T.",
    office="Sekretaris Daerah Kota Semarang,",
    rank="Pembina Utama Madya (IV/d)",
    nip="19680521 199303 1 007",
)
KABAG = Signatory(id="kabag", name="Kartika Hedi Aji", office="Plt. Kepala Bagian Protokol")


def _settings(
    signed_by: str | None = "kadis", acknowledged_by: str | None = None
) -> WorkspaceSettings:
    return WorkspaceSettings(
        organization=Organization(name="Pemerintah Kota Semarang", city="Semarang"),
        settings=Preferences(signed_by=signed_by, acknowledged_by=acknowledged_by),
        signatories=[KADIS, SEKDA, KABAG],
    )


def _plan(signing: Signing | None = None) -> Plan:
    plan = load_plan(PLANS / VISIT).model
    return plan.model_copy(update={"signing": signing})


def _who(block: SignatureBlock | None) -> tuple[str, str | None] | None:
    if block is None:
        return None
    acknowledger = block.acknowledger.name if block.acknowledger else None
    return block.signer.name, acknowledger


def test_the_workspace_signs_when_the_plan_says_nothing() -> None:
    block = signature_block(_plan(), _settings(), "agenda", "id")
    assert _who(block) == (KADIS.name, None)
    assert block is not None
    # Dated the day the printout is made (tests fix it), in the organisation's city.
    assert block.place_date == "Semarang, 1 Desember 2024"


def test_the_plan_signer_wins_over_the_workspace_and_a_printout_over_the_plan() -> None:
    signing = Signing(signed_by="sekda", printouts={"attendance": "kabag"})
    plan = _plan(signing)
    assert _who(signature_block(plan, _settings(), "agenda", "id")) == (SEKDA.name, None)
    assert _who(signature_block(plan, _settings(), "attendance", "id")) == (KABAG.name, None)


def test_the_acknowledger_comes_from_the_plan_else_the_workspace() -> None:
    settings = _settings(acknowledged_by="sekda")
    assert _who(signature_block(_plan(), settings, "roster", "id")) == (KADIS.name, SEKDA.name)
    plan = _plan(Signing(acknowledged_by="kabag"))
    assert _who(signature_block(plan, settings, "roster", "id")) == (KADIS.name, KABAG.name)


def test_acknowledged_false_leaves_the_mengetahui_block_out() -> None:
    plan = _plan(Signing(acknowledged=False))
    settings = _settings(acknowledged_by="sekda")
    assert _who(signature_block(plan, settings, "salutation", "id")) == (KADIS.name, None)


def test_an_official_never_acknowledges_their_own_signature() -> None:
    plan = _plan(Signing(signed_by="sekda"))
    assert _who(signature_block(plan, _settings(acknowledged_by="sekda"), "agenda", "id")) == (
        SEKDA.name,
        None,
    )


def test_no_signer_no_block() -> None:
    assert signature_block(_plan(), _settings(signed_by=None), "agenda", "id") is None
    assert signature_block(_plan(), None, "agenda", "id") is None
    # An id the workspace does not know signs nothing (`check` says so).
    assert signature_block(_plan(Signing(signed_by="nobody")), _settings(), "agenda", "id") is None
    # An acknowledger alone is no signature.
    assert signature_block(_plan(), _settings(None, "sekda"), "agenda", "id") is None


def test_the_place_and_date_of_the_plan_in_both_languages() -> None:
    plan = _plan(Signing(place="Kota Semarang", dated=date(2023, 5, 26)))
    english = signature_block(plan, _settings(), "agenda", "en")
    indonesian = signature_block(plan, _settings(), "agenda", "id")
    assert english is not None and indonesian is not None
    assert english.place_date == "Kota Semarang, 26 May 2023"
    assert indonesian.place_date == "Kota Semarang, 26 Mei 2023"
    # Without a place anywhere, the date alone.
    bare = _settings().model_copy(update={"organization": None})
    block = signature_block(_plan(), bare, "agenda", "id")
    assert block is not None and block.place_date == "1 Desember 2024"


def test_the_lines_of_an_official() -> None:
    block = signature_block(_plan(), _settings(acknowledged_by="sekda"), "agenda", "id")
    assert block is not None
    assert block.signer == SigningOfficial(
        lead="",
        office="Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian,",
        name="Dra. Ratna Wulandari, M.Si.",
        rank="Pembina Tingkat I (IV/b)",
        nip="NIP. 19750312 200003 2 004",
    )
    assert block.acknowledger is not None
    assert block.acknowledger.lead == "Mengetahui,"
    # The comma the office already has is not doubled.
    assert block.acknowledger.office == "Sekretaris Daerah Kota Semarang,"
    english = signature_block(_plan(), _settings(acknowledged_by="sekda"), "agenda", "en")
    assert english is not None and english.acknowledger is not None
    assert english.acknowledger.lead == "Acknowledged by,"
    assert english.signer.nip == "NIP 19750312 200003 2 004"
    kabag = signature_block(_plan(Signing(signed_by="kabag")), _settings(), "agenda", "id")
    assert kabag is not None and (kabag.signer.rank, kabag.signer.nip) == ("", "")


BLOCK_ID = """\
                                                  Semarang, 22 Mei 2023
                                                  Sekretaris Dinas Komunikasi, Informatika,
                                                  Statistik dan Persandian Kota Semarang,



                                                  Dra. Ratna Wulandari, M.Si.
                                                  Pembina Tingkat I (IV/b)
                                                  NIP. 19750312 200003 2 004


                                                  Mengetahui,
                                                  Sekretaris Daerah Kota Semarang,



                                                  Dr. Ir. Bambang Suryanto, M.T.
                                                  Pembina Utama Madya (IV/d)
                                                  NIP. 19680521 199303 1 007
"""

# Each line but the last ends with Markdown's hard break (two spaces); a blank line parts
# the two officials and stands for the room to sign.
_EN_LINES = [
    "Semarang, 22 May 2023",
    "Sekretaris Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Semarang,",
    "",
    "**Dra. Ratna Wulandari, M.Si.**",
    "Pembina Tingkat I (IV/b)",
    "NIP 19750312 200003 2 004",
    "",
    "Acknowledged by,",
    "Sekretaris Daerah Kota Semarang,",
    "",
    "**Dr. Ir. Bambang Suryanto, M.T.**",
    "Pembina Utama Madya (IV/d)",
    "NIP 19680521 199303 1 007",
]
BLOCK_EN = "\n".join(f"{line}  " if line else "" for line in _EN_LINES).removesuffix("  ") + "\n"


def _example() -> tuple[Plan, WorkspaceSettings]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


@pytest.mark.parametrize("what", ["agenda", "rundown", "attendance", "roster", "salutation"])
def test_every_printout_of_the_example_visit_ends_with_its_block(what: str) -> None:
    plan, settings = _example()
    assert export(plan, settings, what, "txt", "id").decode().endswith(BLOCK_ID)
    assert export(plan, settings, what, "md", "en").decode().endswith(BLOCK_EN)
    html = export(plan, settings, what, "html", "id").decode()
    assert '<table class="signature">' in html
    assert "NIP. 19750312 200003 2 004" in html


@pytest.mark.parametrize("paper", ["a4", "f4"])
@pytest.mark.parametrize("what", ["agenda", "rundown", "attendance", "roster", "salutation"])
def test_the_pdf_carries_the_block_on_its_last_page(what: str, paper: str) -> None:
    plan, settings = _example()
    reader = PdfReader(io.BytesIO(export(plan, settings, what, "pdf", "id", paper)))
    last = reader.pages[-1].extract_text()
    for text in ("Semarang, 22 Mei 2023", "Mengetahui,", "NIP. 19750312 200003 2 004"):
        assert text in last
    assert "NIP. 19680521 199303 1 007" in last
    earlier = "".join(page.extract_text() for page in reader.pages[:-1])
    assert "NIP." not in earlier


def test_the_calendar_is_signed_by_the_workspace() -> None:
    _, settings = _example()
    view = semester_view(Semester(2024, 1), settings, [])
    document = calendar_document(view, settings, "id")
    assert document.signature is not None
    assert document.signature.signer.name == "Dra. Ratna Wulandari, M.Si."
    assert document.signature.acknowledger is None
    assert document.signature.place_date == "Semarang, 1 Desember 2024"


def _long_table_document(rows: int, block: SignatureBlock) -> Document:
    table = Table(["No.", "Acara"], [0.2, 0.8], [[str(n), f"Acara {n}"] for n in range(rows)])
    return Document("SUSUNAN ACARA", "Judul", [], [Section("", [], table)], signature=block)


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_the_block_is_never_alone_on_its_page(paper: str) -> None:
    plan, settings = _example()
    block = signature_block(plan, settings, "agenda", "id")
    assert block is not None
    # From a table that leaves room for the block to one that fills its page and more.
    for rows in range(24, 44):
        reader = PdfReader(io.BytesIO(render(_long_table_document(rows, block), "pdf", paper)))
        last = reader.pages[-1].extract_text()
        assert "NIP. 19750312" in last
        # At least one row of the table comes with it.
        assert re.search(r"Acara \d+", last), rows
