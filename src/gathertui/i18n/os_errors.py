"""Why the system refused to read or write a file, in the reader's language.

The system's own text ("No such file or directory") comes in the locale of the machine,
usually English, and would sit inside an Indonesian sentence; the common reasons are
catalog sentences instead, and the system's text stays for the rare others.
"""

from __future__ import annotations

import errno

from gathertui.i18n import Message, msg

_REASONS = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.EISDIR: "os.is_folder",
    errno.ENOSPC: "os.disk_full",
    errno.EEXIST: "os.exists",
    errno.EROFS: "os.read_only",
    errno.ENOTDIR: "os.not_a_folder",
}


def os_reason(error: OSError) -> Message:
    """The reason `error` gives, as a message to put in a sentence's `{reason}`."""
    # An error of ours may name its reason itself (storage.atomic.ReadOnlyFile).
    key = getattr(error, "reason_key", None)
    if key is None and error.errno is not None:
        key = _REASONS.get(error.errno)
    if key is not None:
        return msg(key)
    return msg("os.other", reason=error.strerror or str(error))
