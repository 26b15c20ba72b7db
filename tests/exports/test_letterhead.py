"""The kop surat as Indonesian offices print it: the government and the unit in
capitals, the address, then each contact with its label, in the printout's language."""

from __future__ import annotations

from gathertui.exports.printouts import letterhead
from gathertui.model.workspace import Organization, WorkspaceSettings

ORGANIZATION = Organization(
    name="Pemerintah Kota Semarang",
    unit="Dinas Komunikasi, Informatika, Statistik dan Persandian",
    address="Jl. Pemuda No. 148, Semarang",
    postcode="50132",
    phone="(024) 3513366",
    email="diskominfo@semarangkota.go.id",
    website="https://diskominfo.semarangkota.go.id/",
)


def test_the_letterhead_in_capitals_with_labelled_contacts() -> None:
    head = letterhead(WorkspaceSettings(organization=ORGANIZATION), "id")
    assert head is not None
    assert head.lines == [
        "PEMERINTAH KOTA SEMARANG",
        "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
        # The street with its postcode and the telephone; then online, the website
        # without its scheme.
        "Jl. Pemuda No. 148, Semarang 50132 · Telp. (024) 3513366",
        "Surel diskominfo@semarangkota.go.id · Laman diskominfo.semarangkota.go.id",
    ]
    english = letterhead(WorkspaceSettings(organization=ORGANIZATION), "en")
    assert english is not None and english.lines[-2].endswith(" · Tel. (024) 3513366")
    assert english.lines[-1].startswith("Email ")


def test_a_letterhead_leaves_out_what_it_does_not_have() -> None:
    bare = Organization(name="Pemerintah Kota Semarang")
    head = letterhead(WorkspaceSettings(organization=bare), "id")
    assert head is not None and head.lines == ["PEMERINTAH KOTA SEMARANG"]
    assert letterhead(WorkspaceSettings(), "id") is None
