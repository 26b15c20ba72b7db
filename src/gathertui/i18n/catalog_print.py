"""The words of printouts and exports (`print.` keys): what leaves the office on paper."""

from __future__ import annotations

PRINT_CATALOG: dict[str, dict[str, str]] = {
    "print.agenda_heading": {"en": "PROGRAMME", "id": "SUSUNAN ACARA"},
    "print.attendance_heading": {"en": "ATTENDANCE LIST", "id": "DAFTAR HADIR"},
    "print.roster_heading": {"en": "LIST OF PARTICIPANTS", "id": "DAFTAR PESERTA"},
    "print.venue": {"en": "Venue", "id": "Tempat"},
    "print.day": {"en": "Day {n}", "id": "Hari {n}"},
    "print.pic": {"en": "In charge", "id": "PJ"},
    "print.page": {"en": "Page {page} of {pages}", "id": "Halaman {page} dari {pages}"},
    "print.col.time": {"en": "Time", "id": "Waktu"},
    "print.col.item": {"en": "Programme", "id": "Acara"},
    "print.col.speakers": {"en": "Speaker / In charge", "id": "Pengisi / Penanggung Jawab"},
    "print.col.remarks": {"en": "Remarks", "id": "Keterangan"},
    "print.col.no": {"en": "No.", "id": "No."},
    "print.col.name": {"en": "Name", "id": "Nama"},
    "print.col.position": {"en": "Position / Organisation", "id": "Jabatan / Instansi"},
    "print.col.position_only": {"en": "Position", "id": "Jabatan"},
    "print.col.organization": {"en": "Organisation", "id": "Instansi"},
    "print.col.category": {"en": "Category", "id": "Kategori"},
    "print.col.delegation": {"en": "Delegation", "id": "Rombongan"},
    "print.col.attendance": {"en": "Attendance", "id": "Kehadiran"},
    "print.col.phone": {"en": "Phone", "id": "Telepon"},
    "print.col.email": {"en": "Email", "id": "Email"},
    "print.col.signature": {"en": "Signature", "id": "Tanda Tangan"},
    "print.open_places": {
        "en": "{category}: {count} place(s) not yet named",
        "id": "{category}: {count} tempat belum bernama",
    },
    "print.no_delegation": {"en": "Without a delegation", "id": "Tanpa rombongan"},
    "export.unsupported": {
        "en": "{what} cannot be exported as {format}; it can be: {allowed}",
        "id": "{what} tidak dapat diekspor sebagai {format}; yang bisa: {allowed}",
    },
    "export.pdf_needs_file": {
        "en": "a PDF needs a file: add -o FILE.pdf",
        "id": "PDF memerlukan berkas: tambahkan -o BERKAS.pdf",
    },
    "export.calendar_not_yet": {
        "en": "the semester calendar cannot be exported yet; export agenda, attendance or roster",
        "id": "kalender semester belum dapat diekspor; ekspor agenda, attendance atau roster",
    },
    "export.written": {"en": "wrote {path} ({size} bytes)", "id": "ditulis: {path} ({size} bita)"},
}
