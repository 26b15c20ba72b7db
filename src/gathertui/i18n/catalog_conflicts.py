"""The words of the conflict and roster warnings (`check.` keys of issue 7)."""

from __future__ import annotations

from gathertui.i18n.labels import LABELS

CONFLICTS_CATALOG: dict[str, dict[str, str]] = {
    "check.venue_double_booked": {
        "en": '{venue} is booked twice at once: "{item}" ({when}) and "{other}" ({other_when})',
        "id": (
            '{venue} dipakai dua acara sekaligus: "{item}" ({when}) dan "{other}" ({other_when})'
        ),
    },
    "check.venue_double_booked_elsewhere": {
        "en": (
            '{venue} is booked twice at once: "{item}" ({when}) here and "{other}" '
            '({other_when}) in "{plan}" ({file})'
        ),
        "id": (
            '{venue} dipakai dua acara sekaligus: "{item}" ({when}) di sini dan "{other}" '
            '({other_when}) di "{plan}" ({file})'
        ),
    },
    "check.person_double_booked": {
        "en": '{person} is in two places at once: "{item}" ({when}) and "{other}" ({other_when})',
        "id": (
            '{person} dijadwalkan di dua tempat sekaligus: "{item}" ({when}) '
            'dan "{other}" ({other_when})'
        ),
    },
    "check.person_double_booked_elsewhere": {
        "en": (
            '{person} is in two places at once: "{item}" ({when}) here and "{other}" '
            '({other_when}) in "{plan}" ({file})'
        ),
        "id": (
            '{person} dijadwalkan di dua tempat sekaligus: "{item}" ({when}) di sini dan '
            '"{other}" ({other_when}) di "{plan}" ({file})'
        ),
    },
    "check.quotas_unfilled": {
        "en": "the event is confirmed, but the quotas of {delegation} are not yet filled by "
        "confirmed people: {short}",
        "id": "kegiatan sudah pasti, tetapi kuota {delegation} belum terisi peserta yang "
        "terkonfirmasi: {short}",
    },
    # "12/30 online": confirmed people of a category against its quota.
    "check.quota_short": {
        "en": "{confirmed}/{planned} {category}",
        "id": "{confirmed}/{planned} {category}",
    },
    "check.represented_unnamed": {
        "en": "{person} is represented, but represented_by does not say by whom",
        "id": "{person} diwakilkan, tetapi represented_by belum menyebut siapa wakilnya",
    },
    # A list of any length, built as first + the rest, so each part keeps its language.
    "check.list": {"en": "{first}, {rest}", "id": "{first}, {rest}"},
    "check.items_more": {"en": "{first} and {more} more", "id": "{first} dan {more} lainnya"},
    # The file format's words (categories and the like) for use inside messages.
    **{f"word.{value}": dict(words) for value, words in LABELS.items()},
}
