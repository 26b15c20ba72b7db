"""Lines of a plain `key = value` are placed in one match (issue 18), and every other
kind of line as before: a `key = value` inside a multi-line string or list is no key."""

from __future__ import annotations

import pytest

from gathertui.storage.locate import SourceIndex

TEXT = """\
schema_version = 1
  "quoted = key" = "value"
"na\\u006de" = 'literal'
event.title = "Kunjungan"···
dotted . spaced = 2024-03-11T08:00:00
[[people]]
id = "a" # a comment
name = "Siti \\"Rahayu\\""
quotas = { official = 2, staff = 1 }
notes = \"\"\"
fake = "not a key"
[not.a.header]
\"\"\"
speakers = [
  "b",
  "c",
]
after = 3
[[people]]
id = "b"
""".replace("·", " ")  # trailing blanks after a plain value


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_plain_lines_and_the_others_are_placed(line_end: str) -> None:
    index = SourceIndex.of(TEXT.replace("\n", line_end))
    assert index.position(("schema_version",)) == (1, 1)
    assert index.position(("quoted = key",)) == (2, 3)
    assert index.position(("name",)) == (3, 1)
    assert index.position(("event", "title")) == (4, 1)
    assert index.position(("dotted", "spaced")) == (5, 1)
    assert index.position(("people", 0, "id")) == (7, 1)
    assert index.position(("people", 0, "name")) == (8, 1)
    assert index.position(("people", 0, "quotas", "staff")) == (9, 26)
    assert index.position(("people", 0, "notes")) == (10, 1)
    assert index.position(("people", 0, "speakers", 1)) == (16, 3)
    assert index.position(("people", 0, "after")) == (18, 1)
    assert index.position(("people", 1, "id")) == (20, 1)
    # Inside the multi-line string: text, not a key nor a table.
    assert ("people", 0, "fake") not in index.positions
    assert ("not", "a", "header") not in index.positions
    assert index.comment_lines == [7]
    assert [line for line, _ in index.statements] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 18, 19, 20]


@pytest.mark.parametrize(
    "text",
    [
        "a .\n b = 1\n",  # a dotted key is written on one line
        '"a\n" = 1\n',  # nor is a quoted key cut by a line end
        'a = "x"\r\r\nb = 2\n',  # a CR that is not the line end's
    ],
)
def test_a_key_is_never_read_across_a_line_end(text: str) -> None:
    index = SourceIndex.of(text)
    assert ("a", "b") not in index.positions
    assert ("a\n",) not in index.positions
