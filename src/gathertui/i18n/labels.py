"""The words for the file format's closed vocabularies, in each language."""

from __future__ import annotations

from enum import StrEnum

LABELS: dict[str, dict[str, str]] = {
    # Category
    "official": {"id": "pejabat", "en": "official"},
    "staff": {"id": "staf", "en": "staff"},
    "online": {"id": "daring", "en": "online"},
    "print": {"id": "cetak", "en": "print"},
    "tv": {"id": "TV", "en": "TV"},
    "radio": {"id": "radio", "en": "radio"},
    "influencer": {"id": "influencer", "en": "influencer"},
    "kim": {"id": "KIM", "en": "KIM"},
    "other": {"id": "lainnya", "en": "other"},
    # Attendance
    "invited": {"id": "diundang", "en": "invited"},
    "confirmed": {"id": "konfirmasi", "en": "confirmed"},
    "attended": {"id": "hadir", "en": "attended"},
    "declined": {"id": "tidak hadir", "en": "declined"},
    "represented": {"id": "diwakilkan", "en": "represented"},
    # Event kind
    "visit": {"id": "kunjungan kerja", "en": "visit"},
    "media-gathering": {"id": "media gathering", "en": "media gathering"},
    "meeting": {"id": "rapat", "en": "meeting"},
    # Status
    "draft": {"id": "draf", "en": "draft"},
    "done": {"id": "selesai", "en": "done"},
    "cancelled": {"id": "batal", "en": "cancelled"},
    # Side
    "host": {"id": "tuan rumah", "en": "host"},
    "guest": {"id": "tamu", "en": "guest"},
}
# "confirmed" is both an attendance and a status; as a status it reads differently.
_STATUS_CONFIRMED = {"id": "pasti", "en": "confirmed"}


def label(value: StrEnum, lang: str) -> str:
    return word(value.value, lang, status=type(value).__name__ == "Status")


def word(value: str, lang: str, *, status: bool = False) -> str:
    """The word for a vocabulary value as written in a file; unknown values as they are."""
    if status and value == "confirmed":
        return _STATUS_CONFIRMED[lang]
    words = LABELS.get(value)
    return words[lang] if words else value
