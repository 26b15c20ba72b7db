"""Files: reading with error locations, the canonical writer, atomic saves."""

from gathertui.storage.reader import (
    Loaded,
    LoadError,
    Source,
    UnreadableFile,
    load_plan,
    load_settings,
    read_source,
)
from gathertui.storage.save import (
    ChangedOnDisk,
    canonical_text,
    save,
    write_new,
)

__all__ = [
    "ChangedOnDisk",
    "LoadError",
    "Loaded",
    "Source",
    "UnreadableFile",
    "canonical_text",
    "load_plan",
    "load_settings",
    "read_source",
    "save",
    "write_new",
]
