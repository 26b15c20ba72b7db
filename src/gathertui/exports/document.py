"""A printout as plain data: what every format (PDF, HTML, Markdown, text) draws.

The builders in `printouts` decide the words (in the chosen language) and the order;
the renderers only lay them out. So a printout reads the same in every format, and a
renderer never sees a model or a catalog key. Every string here is text from the plan
or the catalog, to be shown literally: renderers escape it for their format.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Signature:
    """A signature cell of the sign-in sheet: odd numbers sign on the left half, even
    numbers on the right, so neighbours on the list do not write over each other."""

    number: int

    @property
    def left(self) -> bool:
        return self.number % 2 == 1


Cell = str | Signature


@dataclass(frozen=True)
class Table:
    columns: list[str]
    # Shares of the width, one per column.
    widths: list[float]
    rows: list[list[Cell]] = field(default_factory=list)
    # Rows that label what follows (a category of blank places, a delegation): drawn
    # across the table, in bold.
    headings: frozenset[int] = frozenset()
    # Taller rows with room to write in (the sign-in sheet).
    tall: bool = False


@dataclass(frozen=True)
class Section:
    """A part of the printout with its own heading: a day, a delegation. Without a title
    no heading is drawn; without a table the section is its lines (the MC's salutation)."""

    title: str
    lines: list[str]
    table: Table | None = None
    # Starts on a page of its own (each delegation's sign-in sheet), unless it is the
    # printout's first section.
    new_page: bool = False
    # Lines that are paragraphs of prose (a press release), set as text is, not as the
    # lines read aloud of the MC's salutation, each hanging under its start.
    prose: bool = False


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: the organisation's name, unit and address, a rule below; the
    emblem, when there is one, at the left of the lines."""

    lines: list[str]
    # The emblem as the bytes of a PNG or JPEG file, read by the caller (exports read no
    # files); the text formats leave it out.
    logo: bytes | None = None
    # What the emblem is, for a reader that cannot see it: "Lambang Pemerintah Kota ...".
    logo_text: str = ""


@dataclass(frozen=True)
class SigningOfficial:
    """One official's part of the signature block, line by line as it is printed; a
    line left empty is not drawn."""

    lead: str  # "Mengetahui," above an acknowledging official; empty for the signer
    office: str  # "Kepala Dinas Komunikasi, ...,": with the comma letters write
    name: str  # signed above, printed bold and underlined
    rank: str  # pangkat/golongan: "Pembina Tingkat I (IV/b)"
    nip: str  # "NIP. 19750312 200003 2 004"

    def above(self) -> list[str]:
        """The lines above the room to sign: the lead and the office."""
        return [line for line in (self.lead, self.office) if line]

    def below(self) -> list[str]:
        """The lines under the name: the rank and the NIP."""
        return [line for line in (self.rank, self.nip) if line]


@dataclass(frozen=True)
class SignatureBlock:
    """The foot of a printout: the signer on the right under the place and date, and
    optionally on the left the official who acknowledges it ("Mengetahui")."""

    place_date: str  # "Semarang, 22 Mei 2023"
    signer: SigningOfficial
    acknowledger: SigningOfficial | None = None

    def officials(self) -> list[SigningOfficial]:
        """The signer, then the acknowledging official: the order of formats that draw
        the blocks one after another."""
        return [self.signer, *([self.acknowledger] if self.acknowledger else [])]

    def rows(self) -> list[tuple[str, str, str]]:
        """(kind, left, right) line by line, for the formats that draw the two officials
        side by side; kind is "text", "space" (the room to sign) or "name". The left side
        is empty without an acknowledger."""
        signer = self.signer
        left = self.acknowledger or SigningOfficial("", "", "", "", "")
        rows = [("text", left.lead, self.place_date)]
        if signer.lead:
            rows.append(("text", "", signer.lead))
        rows += [
            ("text", left.office, signer.office),
            ("space", "", ""),
            ("name", left.name, signer.name),
            ("text", left.rank, signer.rank),
            ("text", left.nip, signer.nip),
        ]
        # A line neither official has (no rank, no NIP) is left out rather than left blank.
        return [row for row in rows if row[0] == "space" or row[1] or row[2]]


@dataclass(frozen=True)
class Letter:
    """An official letter's own parts (the surat undangan), drawn in place of a
    printout's heading block: under the letterhead, the place and date at the right,
    the reference block, the addressee, the body with its aligned details, the closing;
    the document's signature block follows."""

    place_date: str  # "Semarang, 15 Mei 2023"
    # (label, value), aligned on their colons: Nomor, Sifat, Lampiran, Perihal.
    references: list[tuple[str, str]]
    addressee: list[str]  # "Yth. Bapak Wali Kota Mojokerto", "di", "Tempat"
    opening: str
    # (label, value), aligned on their colons: hari/tanggal, pukul, tempat, acara...
    details: list[tuple[str, str]]
    closing: str


@dataclass(frozen=True)
class Document:
    heading: str  # "SUSUNAN ACARA"
    title: str  # the event
    lines: list[str]  # date, venue: what the heading block says under the title
    sections: list[Section]
    letterhead: Letterhead | None = None
    # "Halaman {page} dari {pages}" with the two numbers left as placeholders.
    page_label: str = "{page}/{pages}"
    language: str = "id"
    signature: SignatureBlock | None = None

    # Printed across every page (a plan still in draft): "DRAF"; empty for none.
    watermark: str = ""
    # Read aloud from a lectern (the MC's script): the PDF sets its sections in large
    # type; the other formats have no type size to change.
    large: bool = False
    # A letter: drawn in place of the heading, title and lines.
    letter: Letter | None = None
    # Documents that follow, each from a new page, in the same file: the other letters
    # of a mail merge, a letter's attachments. Their own letterhead and signature are
    # drawn; the page numbers and the watermark are this document's.
    following: tuple[Document, ...] = ()


def with_logo(document: Document, logo: bytes | None) -> Document:
    """The document with the emblem in its letterhead (none without a letterhead), and
    in those of the documents that follow it (each letter of a mail merge)."""
    if logo is None:
        return document
    following = tuple(with_logo(part, logo) for part in document.following)
    if document.letterhead is None:
        return replace(document, following=following) if following else document
    letterhead = replace(document.letterhead, logo=logo)
    return replace(document, letterhead=letterhead, following=following)
