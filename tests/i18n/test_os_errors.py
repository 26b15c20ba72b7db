"""The system's reasons for refusing a file, in the reader's language."""

from __future__ import annotations

import errno

import pytest

from gathertui.i18n import tr
from gathertui.i18n.os_errors import os_reason


@pytest.mark.parametrize(
    ("number", "english", "indonesian"),
    [
        (errno.ENOENT, "no such file or folder", "berkas atau folder tidak ada"),
        (errno.EACCES, "permission denied", "tidak ada izin"),
        (errno.EPERM, "permission denied", "tidak ada izin"),
        (errno.EISDIR, "is a folder, not a file", "berupa folder, bukan berkas"),
        (errno.ENOSPC, "the disk is full", "disk penuh"),
        (errno.EEXIST, "a file of that name already exists", "sudah ada berkas dengan nama itu"),
        (errno.EROFS, "the disk is read-only", "disk hanya dapat dibaca"),
    ],
)
def test_common_reasons_are_sentences(number: int, english: str, indonesian: str) -> None:
    error = OSError(number, "the system's own words")
    assert os_reason(error).render("en") == english
    assert os_reason(error).render("id") == indonesian
    assert tr("ui.save_failed", "id", reason=os_reason(error)) == (
        f"Gagal menyimpan ({indonesian}); berkas tidak berubah."
    )


def test_other_reasons_keep_the_systems_words() -> None:
    error = OSError(errno.ENAMETOOLONG, "File name too long")
    assert os_reason(error).render("id") == "File name too long"
    assert os_reason(OSError("plain")).render("en") == "plain"
