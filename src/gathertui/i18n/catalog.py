"""Message catalog: every sentence in Indonesian (`id`) and English (`en`).

Keys group by where they are used: `load.` reading files, `error.` a bad value,
`ref.` references between entities, `check.` planning warnings, `cli.` the command line,
`show.` the summary printout.
"""

CATALOG: dict[str, dict[str, str]] = {
    # Who a problem is about.
    "problem.about": {"en": "{entity}: {problem}", "id": "{entity}: {problem}"},
    "entity.table": {"en": "table [{name}]", "id": "tabel [{name}]"},
    "entity.venues": {"en": 'venue "{id}"', "id": 'tempat "{id}"'},
    "entity.venues.number": {"en": "venue #{number}", "id": "tempat ke-{number}"},
    "entity.delegations": {"en": 'delegation "{id}"', "id": 'rombongan "{id}"'},
    "entity.delegations.number": {"en": "delegation #{number}", "id": "rombongan ke-{number}"},
    "entity.people": {"en": 'person "{id}"', "id": 'peserta "{id}"'},
    "entity.people.number": {"en": "person #{number}", "id": "peserta ke-{number}"},
    "entity.agenda": {"en": 'agenda item "{id}"', "id": 'mata acara "{id}"'},
    "entity.agenda.number": {"en": "agenda item #{number}", "id": "mata acara ke-{number}"},
    "entity.calendar": {"en": 'calendar event "{id}"', "id": 'agenda kalender "{id}"'},
    "entity.calendar.number": {
        "en": "calendar event #{number}",
        "id": "agenda kalender ke-{number}",
    },
    "entity.targets.number": {"en": "target #{number}", "id": "target ke-{number}"},
    "entity.holidays.number": {
        "en": "holiday override #{number}",
        "id": "koreksi hari libur ke-{number}",
    },
    "what.delegation": {"en": "delegation", "id": "rombongan"},
    "what.venue": {"en": "venue", "id": "tempat"},
    "what.pic": {"en": "person in charge", "id": "penanggung jawab"},
    "what.speaker": {"en": "speaker", "id": "pembicara"},
    "what.representative": {"en": "representative", "id": "wakil yang hadir"},
    # Reading a file.
    "load.unreadable": {
        "en": "the file cannot be read: {reason}",
        "id": "berkas tidak dapat dibaca: {reason}",
    },
    "load.too_large": {
        "en": "the file is larger than {limit} MB; a plan file is never this large",
        "id": "berkas lebih besar dari {limit} MB; berkas rencana tidak pernah sebesar ini",
    },
    "load.bom": {
        "en": "the file starts with a byte-order mark; `gathertui fmt` removes it",
        "id": "berkas diawali byte-order mark; `gathertui fmt` menghapusnya",
    },
    "load.not_utf8": {
        "en": "the file is not UTF-8 text (byte {byte} here); save it as UTF-8",
        "id": "berkas bukan teks UTF-8 (byte {byte} di sini); simpan sebagai UTF-8",
    },
    "load.binary": {
        "en": "the file holds binary data (a NUL byte here), not TOML text",
        "id": "berkas berisi data biner (byte NUL di sini), bukan teks TOML",
    },
    "load.empty": {
        "en": "the file is empty; a plan needs at least `schema_version = 1` and an [event]",
        "id": "berkas kosong; rencana paling tidak memerlukan `schema_version = 1` dan [event]",
    },
    "load.syntax": {
        "en": "this is not valid TOML: {detail}",
        "id": "TOML tidak sah: {detail}",
    },
    "syntax.other": {"en": "{detail}", "id": "{detail}"},
    "syntax.unterminated_string": {
        "en": "a string is not closed; the closing quote is missing on this line",
        "id": "teks tidak ditutup; tanda kutip penutup hilang di baris ini",
    },
    "syntax.duplicate_key": {
        "en": 'the key "{key}" is set twice in the same table',
        "id": 'kunci "{key}" diisi dua kali dalam tabel yang sama',
    },
    "syntax.duplicate_table": {
        "en": "[{table}] is declared twice; merge the two, or use [[{table}]] for a list",
        "id": "[{table}] dideklarasikan dua kali; gabungkan, atau pakai [[{table}]] untuk daftar",
    },
    "syntax.unclosed_array": {
        "en": "a list is not closed with ], or a comma is missing between its items",
        "id": "daftar tidak ditutup dengan ], atau koma hilang di antara isinya",
    },
    "syntax.unclosed_inline_table": {
        "en": "an inline table is not closed with }}, or a comma is missing between its keys",
        "id": "tabel sebaris tidak ditutup dengan }}, atau koma hilang di antara kuncinya",
    },
    "syntax.invalid_date": {
        "en": "not a valid date; dates are written 2023-05-26 (year-month-day)",
        "id": "tanggal tidak sah; tanggal ditulis 2023-05-26 (tahun-bulan-hari)",
    },
    "syntax.time_offset": {
        "en": "{value} has a UTC offset; write the local time without offset, such as "
        "09:45:00, and the zone in the event's timezone",
        "id": "{value} memakai offset UTC; tulis jam lokal tanpa offset, seperti 09:45:00, "
        "dan zonanya di timezone kegiatan",
    },
    "syntax.expected_equals": {
        "en": "a key must be followed by = and a value",
        "id": "kunci harus diikuti = dan nilainya",
    },
    "syntax.invalid_statement": {
        "en": "this line is neither key = value nor a [table] header",
        "id": "baris ini bukan kunci = nilai dan bukan judul [tabel]",
    },
    "syntax.invalid_value": {
        "en": 'not a valid value; text needs quotes ("..."), dates are written 2023-05-26 '
        "and times 09:45:00",
        "id": 'nilai tidak sah; teks perlu tanda kutip ("..."), tanggal ditulis 2023-05-26 '
        "dan jam 09:45:00",
    },
    "syntax.junk_after_value": {
        "en": "something follows the value on this line; write one key = value per line",
        "id": "ada sesuatu setelah nilai di baris ini; tulis satu kunci = nilai per baris",
    },
    "syntax.unexpected_end": {
        "en": "the file ends inside a value: a list, table or string is not closed",
        "id": "berkas berakhir di tengah nilai: daftar, tabel atau teks belum ditutup",
    },
    "load.version_missing": {
        "en": "schema_version is missing; add `schema_version = {current}` at the top",
        "id": "schema_version belum ada; tambahkan `schema_version = {current}` di awal berkas",
    },
    "load.version_not_a_number": {
        "en": "schema_version must be a whole number such as {current}, not {found}",
        "id": "schema_version harus bilangan bulat seperti {current}, bukan {found}",
    },
    "load.version_too_new": {
        "en": "schema_version {found} is newer than this gathertui reads ({current}); "
        "update gathertui",
        "id": "schema_version {found} lebih baru dari yang dapat dibaca gathertui ini "
        "({current}); perbarui gathertui",
    },
    "load.version_too_old": {
        "en": "schema_version {found} is not a version gathertui knows (current: {current})",
        "id": "schema_version {found} bukan versi yang dikenal gathertui (saat ini: {current})",
    },
    # A bad value.
    "hint.did_you_mean": {"en": '; did you mean "{word}"?', "id": '; maksudnya "{word}"?'},
    "hint.did_you_mean_one_of": {
        "en": "; did you mean one of {words}?",
        "id": "; maksudnya salah satu dari {words}?",
    },
    "error.missing": {"en": '"{field}" is missing', "id": '"{field}" belum diisi'},
    "error.unknown_key": {
        "en": 'unknown key "{key}"{hint}',
        "id": 'kunci "{key}" tidak dikenal{hint}',
    },
    "error.one_of": {
        "en": '"{field}" must be one of {options}, not {value}{hint}',
        "id": '"{field}" harus salah satu dari {options}, bukan {value}{hint}',
    },
    "bound.ge": {
        "en": '"{field}" must be at least {bound}, not {value}',
        "id": '"{field}" paling sedikit {bound}, bukan {value}',
    },
    "bound.gt": {
        "en": '"{field}" must be more than {bound}, not {value}',
        "id": '"{field}" harus lebih dari {bound}, bukan {value}',
    },
    "bound.le": {
        "en": '"{field}" must be at most {bound}, not {value}',
        "id": '"{field}" paling banyak {bound}, bukan {value}',
    },
    "bound.lt": {
        "en": '"{field}" must be less than {bound}, not {value}',
        "id": '"{field}" harus kurang dari {bound}, bukan {value}',
    },
    "error.table_not_list": {
        "en": "write each entry as its own [[{name}]] block, not one [{name}] table",
        "id": "tulis setiap isian sebagai blok [[{name}]] sendiri, bukan satu tabel [{name}]",
    },
    "error.empty": {"en": '"{field}" must not be empty', "id": '"{field}" tidak boleh kosong'},
    "error.too_long": {
        "en": '"{field}" is longer than {max} characters',
        "id": '"{field}" lebih panjang dari {max} karakter',
    },
    "error.slug": {
        "en": '"{field}" must be an id of lowercase letters, digits and dashes '
        "(like sambutan-walikota), not {value}",
        "id": '"{field}" harus id dari huruf kecil, angka dan tanda hubung '
        "(seperti sambutan-walikota), bukan {value}",
    },
    "error.timezone": {
        "en": '"{field}" must be an IANA time zone such as Asia/Jakarta (WIB), '
        "Asia/Makassar (WITA) or Asia/Jayapura (WIT), not {value}",
        "id": '"{field}" harus zona waktu IANA seperti Asia/Jakarta (WIB), '
        "Asia/Makassar (WITA) atau Asia/Jayapura (WIT), bukan {value}",
    },
    "error.local_time": {
        "en": '"{field}" must be a local time without offset, such as 09:45:00, not {value}',
        "id": '"{field}" harus jam lokal tanpa offset, seperti 09:45:00, bukan {value}',
    },
    "error.end_before_start": {
        "en": '"end" ({end}) is before "start" ({start})',
        "id": '"end" ({end}) lebih awal dari "start" ({start})',
    },
    "error.expected": {
        "en": '"{field}" must be {expected}, not {value}',
        "id": '"{field}" harus {expected}, bukan {value}',
    },
    "error.other": {"en": '"{field}": {detail}', "id": '"{field}": {detail}'},
    "expect.int": {"en": "a whole number", "id": "bilangan bulat"},
    "expect.number": {"en": "a number", "id": "angka"},
    "expect.text": {"en": 'text in quotes ("...")', "id": 'teks dalam tanda kutip ("...")'},
    "expect.date": {"en": "a date such as 2023-05-26", "id": "tanggal seperti 2023-05-26"},
    "expect.time": {"en": "a time such as 09:45:00", "id": "jam seperti 09:45:00"},
    "expect.datetime": {
        "en": "a date and time such as 2023-05-26T09:45:00",
        "id": "tanggal dan jam seperti 2023-05-26T09:45:00",
    },
    "expect.bool": {"en": "true or false", "id": "true atau false"},
    "expect.list": {"en": 'a list such as ["a", "b"]', "id": 'daftar seperti ["a", "b"]'},
    "expect.table": {"en": "a table", "id": "tabel"},
    # References between entities.
    "ref.duplicate_id": {
        "en": 'id "{id}" is used twice; ids must be unique',
        "id": 'id "{id}" dipakai dua kali; id harus unik',
    },
    "ref.unknown": {"en": '{what} "{id}" does not exist', "id": '{what} "{id}" tidak ada'},
    "ref.day_outside": {
        "en": "day {day} is outside the event ({first} to {last})",
        "id": "hari {day} di luar tanggal kegiatan ({first} s.d. {last})",
    },
    "ref.move_needs_to": {
        "en": 'action "move" needs "to", the new date',
        "id": 'action "move" memerlukan "to", tanggal barunya',
    },
    # Planning warnings.
    "check.no_pic": {
        "en": 'no person in charge (pic) for "{item}" ({when})',
        "id": 'belum ada penanggung jawab (pic) untuk "{item}" ({when})',
    },
    "check.past_midnight": {
        "en": "runs past midnight; split it over two days",
        "id": "melewati tengah malam; bagi menjadi dua hari",
    },
    "check.overlap": {
        "en": 'starts before "{other}" ends at {until}',
        "id": 'dimulai sebelum "{other}" selesai pukul {until}',
    },
    "check.on_holiday": {
        "en": "falls on a public holiday: {day} {name}",
        "id": "jatuh pada hari libur nasional: {day} {name}",
    },
    "check.on_cuti_bersama": {
        "en": "falls on a cuti bersama day: {day} {name}",
        "id": "jatuh pada hari cuti bersama: {day} {name}",
    },
    "check.same_day_event": {
        "en": "same day as {name} ({day}) on the workspace calendar",
        "id": "bersamaan dengan {name} ({day}) di kalender",
    },
    "check.same_day_plan": {
        "en": "on {day}, the same day as {other}",
        "id": "pada {day}, hari yang sama dengan {other}",
    },
    "check.semester_short": {
        "en": "semester {semester} has {found} {kind} plan(s) of the {wanted} this target asks for",
        "id": (
            "semester {semester} baru memiliki {found} rencana {kind} "
            "dari {wanted} yang ditargetkan"
        ),
    },
    "check.over_capacity": {
        "en": "over capacity: {name} holds {capacity}, {expected} people expected at {items}",
        "id": (
            "melebihi kapasitas: {name} muat {capacity}, diperkirakan {expected} orang "
            "untuk {items}"
        ),
    },
    # Importing a roster from a spreadsheet (`gathertui import`).
    "import.too_large": {
        "en": "the file is larger than {limit} MB; a roster is never this large",
        "id": "berkas lebih besar dari {limit} MB; daftar peserta tidak pernah sebesar ini",
    },
    "import.binary": {
        "en": "the file is not text; export the sheet as CSV",
        "id": "berkas bukan teks; ekspor lembar kerja sebagai CSV",
    },
    "import.workbook": {
        "en": "this is a spreadsheet workbook, not CSV; save the sheet as CSV "
        "(File → Save As → CSV) and import that",
        "id": "ini buku kerja spreadsheet, bukan CSV; simpan lembar kerjanya sebagai CSV "
        "(File → Save As → CSV) lalu impor berkas itu",
    },
    "import.not_utf8": {
        "en": "the file is not UTF-8; it was read as {encoding}: check accented letters "
        "in the preview",
        "id": "berkas bukan UTF-8; dibaca sebagai {encoding}: periksa huruf beraksen di pratinjau",
    },
    "import.not_csv": {
        "en": "row {row} cannot be read as CSV: {detail}",
        "id": "baris {row} tidak dapat dibaca sebagai CSV: {detail}",
    },
    "import.empty": {
        "en": "the file is empty; its first row must name the columns, such as "
        "nama;jabatan;instansi",
        "id": "berkas kosong; baris pertamanya harus berisi nama kolom, seperti "
        "nama;jabatan;instansi",
    },
    "import.duplicate_column": {
        "en": 'the columns "{first}" and "{second}" hold the same thing; keep one',
        "id": 'kolom "{first}" dan "{second}" berisi hal yang sama; sisakan satu',
    },
    "import.no_name_column": {
        "en": 'the first row has no "nama" or "name" column (it has {found}); '
        "every person needs a name",
        "id": 'baris pertama tidak punya kolom "nama" atau "name" (yang ada: {found}); '
        "setiap peserta perlu nama",
    },
    "import.unknown_columns": {
        "en": "these columns are ignored: {columns}",
        "id": "kolom berikut diabaikan: {columns}",
    },
    "import.bad_category": {
        "en": '"{column}" must be one of {options}, not {value}{hint}',
        "id": '"{column}" harus salah satu dari {options}, bukan {value}{hint}',
    },
    "import.bad_email": {
        "en": '"{column}" must be an email address like nama@contoh.go.id, not {value}',
        "id": '"{column}" harus alamat surel seperti nama@contoh.go.id, bukan {value}',
    },
    "import.rounded_phone": {
        "en": '"{column}" is {value}: the spreadsheet turned the phone number into a number '
        "and its digits are lost; format the column as text, retype it, and export again",
        "id": '"{column}" berisi {value}: spreadsheet mengubah nomor telepon menjadi angka '
        "dan digitnya hilang; format kolomnya sebagai teks, ketik ulang, lalu ekspor lagi",
    },
    "import.extra_values": {
        "en": "the row has {count} value(s) more than the first row has columns; "
        "put values containing the separator in double quotes",
        "id": "baris ini punya {count} nilai lebih banyak dari kolom di baris pertama; "
        "beri tanda kutip ganda pada nilai yang memuat pemisah",
    },
    "import.name_in_plan": {
        "en": '"{name}" is already in the plan (id {id}); this row adds another person',
        "id": '"{name}" sudah ada di rencana (id {id}); baris ini menambah orang lain lagi',
    },
    "import.name_twice": {
        "en": '"{name}" is also on row {row}; both rows are added',
        "id": '"{name}" juga ada di baris {row}; kedua baris ditambahkan',
    },
    "import.unknown_delegation": {
        "en": 'the plan has no delegation "{id}"; use one of: {ids}',
        "id": 'rencana tidak punya rombongan "{id}"; pakai salah satu dari: {ids}',
    },
    "import.no_delegations": {
        "en": 'the plan has no delegations, so there is none called "{id}"; add one first',
        "id": 'rencana belum punya rombongan, jadi "{id}" tidak ada; tambahkan dulu',
    },
    "import.preview": {
        "en": "{count} people for {delegation}",
        "id": "{count} peserta untuk {delegation}",
    },
    "import.a_folder": {"en": "a folder, not a file", "id": "folder, bukan berkas"},
    "import.row": {"en": "Row", "id": "Baris"},
    "import.phone": {"en": "Phone", "id": "Telepon"},
    "import.email": {"en": "Email", "id": "Surel"},
    "import.invalid_rows": {
        "en": "{invalid} row(s) not valid, so nothing was imported; fix them, or pass "
        "--skip-invalid to import the other {valid}",
        "id": "{invalid} baris tidak sah, jadi tidak ada yang diimpor; perbaiki, atau pakai "
        "--skip-invalid untuk mengimpor {valid} baris lainnya",
    },
    "import.skipped": {
        "en": "skipped {count} invalid row(s)",
        "id": "{count} baris tidak sah dilewati",
    },
    "import.no_rows": {
        "en": "{path}: has no rows below the header; nothing to import",
        "id": "{path}: tidak ada baris di bawah judul kolom; tidak ada yang diimpor",
    },
    "import.no_valid_rows": {
        "en": "no row is valid; nothing was imported",
        "id": "tidak ada baris yang sah; tidak ada yang diimpor",
    },
    "import.dry_run": {
        "en": "dry run: {count} people would be added to {delegation} in {path}; "
        "nothing was written",
        "id": "uji coba: {count} peserta akan ditambahkan ke {delegation} di {path}; "
        "tidak ada yang ditulis",
    },
    "import.imported": {
        "en": "{path}: added {count} people to {delegation}",
        "id": "{path}: {count} peserta ditambahkan ke {delegation}",
    },
    "import.has_comments": {
        "en": "{path}: nothing imported: the plan has comments (lines {lines}) that saving "
        "drops; move them into a notes field, or remove them with "
        "`gathertui fmt --drop-comments`, then import again",
        "id": "{path}: tidak ada yang diimpor: rencana berisi komentar (baris {lines}) yang "
        "hilang saat disimpan; pindahkan ke kolom notes, atau hapus dengan "
        "`gathertui fmt --drop-comments`, lalu impor lagi",
    },
    "import.changed_on_disk": {
        "en": "{path}: changed on disk during the import; nothing was written, import again",
        "id": "{path}: berubah di disk selama impor; tidak ada yang ditulis, impor lagi",
    },
    "op.import_people": {"en": "Import {count} people", "id": "Impor {count} peserta"},
    # The command line.
    "cli.no_such_path": {
        "en": "{path}: no such file or folder",
        "id": "{path}: berkas atau folder tidak ada",
    },
    "cli.unreadable": {
        "en": "{path}: cannot be read ({reason})",
        "id": "{path}: tidak dapat dibaca ({reason})",
    },
    "cli.summary": {
        "en": "{errors} error(s), {warnings} warning(s) in {files} file(s)",
        "id": "{errors} kesalahan, {warnings} peringatan dalam {files} berkas",
    },
    "cli.unknown_code": {
        "en": '"{code}" is not a problem code of gathertui (the word in brackets at the end '
        "of a line of `gathertui check`){hint}",
        "id": '"{code}" bukan kode masalah gathertui (kata dalam kurung siku di akhir baris '
        "`gathertui check`){hint}",
    },
    "cli.would_reformat": {"en": "would reformat {path}", "id": "akan diformat ulang: {path}"},
    "cli.reformatted": {"en": "reformatted {path}", "id": "diformat ulang: {path}"},
    "cli.has_comments": {
        "en": "{path}: not reformatted: it has comments (lines {lines}) that the canonical "
        "form drops; move them into a notes field, or pass --drop-comments",
        "id": "{path}: tidak diformat: ada komentar (baris {lines}) yang hilang dalam bentuk "
        "kanonik; pindahkan ke kolom notes, atau pakai --drop-comments",
    },
    "cli.changed_on_disk": {
        "en": "{path}: changed on disk while it was being formatted; nothing was written",
        "id": "{path}: berubah di disk saat diformat; tidak ada yang ditulis",
    },
    "cli.exists": {
        "en": "{path}: already exists; choose another file name",
        "id": "{path}: sudah ada; pilih nama berkas lain",
    },
    "cli.created": {"en": "created {path}", "id": "dibuat: {path}"},
    "cli.not_a_plan": {
        "en": "{path}: is the workspace settings file, not a plan",
        "id": "{path}: adalah berkas pengaturan workspace, bukan rencana",
    },
    "cli.write_failed": {
        "en": "{path}: could not be written ({reason}); the old file is unchanged",
        "id": "{path}: tidak dapat ditulis ({reason}); berkas lama tidak berubah",
    },
    # The summary printout of `gathertui show`.
    "show.when": {"en": "When", "id": "Waktu"},
    "show.host": {"en": "Host", "id": "Tuan rumah"},
    "show.kind": {"en": "Kind", "id": "Jenis"},
    "show.status": {"en": "Status", "id": "Status"},
    "show.notes": {"en": "Notes", "id": "Catatan"},
    "show.venues": {"en": "Venues", "id": "Tempat"},
    "show.name": {"en": "Name", "id": "Nama"},
    "show.building": {"en": "Building", "id": "Gedung"},
    "show.floor": {"en": "Floor", "id": "Lantai"},
    "show.address": {"en": "Address", "id": "Alamat"},
    "show.capacity": {"en": "Capacity", "id": "Kapasitas"},
    "show.delegations": {"en": "Delegations", "id": "Rombongan"},
    "show.side": {"en": "Side", "id": "Pihak"},
    "show.category": {"en": "Category", "id": "Kategori"},
    "show.planned": {"en": "Planned", "id": "Rencana"},
    "show.named": {"en": "Named", "id": "Bernama"},
    "show.confirmed": {"en": "Confirmed", "id": "Konfirmasi"},
    "show.people": {"en": "People", "id": "Peserta"},
    "show.no": {"en": "No.", "id": "No."},
    "show.position": {"en": "Position", "id": "Jabatan"},
    "show.organization": {"en": "Organisation", "id": "Instansi"},
    "show.delegation": {"en": "Delegation", "id": "Rombongan"},
    "show.attendance": {"en": "Attendance", "id": "Kehadiran"},
    "show.rundown": {"en": "Rundown", "id": "Susunan Acara"},
    "show.time": {"en": "Time", "id": "Waktu"},
    "show.item": {"en": "Item", "id": "Acara"},
    "show.venue": {"en": "Venue", "id": "Tempat"},
    "show.pic": {"en": "In charge", "id": "Penanggung jawab"},
    "show.speakers": {"en": "Speakers", "id": "Pembicara"},
    "show.minutes": {"en": "Min.", "id": "Menit"},
    "show.warnings": {"en": "Warnings", "id": "Peringatan"},
    "show.no_warnings": {"en": "No warnings.", "id": "Tidak ada peringatan."},
    "show.total": {"en": "Total", "id": "Jumlah"},
    # Named changes (undo / redo say what they undo).
    "op.add_person": {"en": "Add {name}", "id": "Tambah {name}"},
    "op.edit_person": {"en": "Edit {name}", "id": "Ubah {name}"},
    "op.delete_person": {"en": "Delete {name}", "id": "Hapus {name}"},
    "op.move_person": {"en": "Move {name}", "id": "Pindahkan {name}"},
    "op.set_attendance": {
        "en": "Attendance of {name}",
        "id": "Kehadiran {name}",
    },
    "op.set_quotas": {"en": "Quotas of {name}", "id": "Kuota {name}"},
    "op.edit_event": {"en": "Edit event", "id": "Ubah kegiatan"},
    "op.add_item": {"en": "Add {title}", "id": "Tambah {title}"},
    "op.edit_item": {"en": "Edit {title}", "id": "Ubah {title}"},
    "op.delete_item": {"en": "Delete {title}", "id": "Hapus {title}"},
    "op.move_item": {"en": "Move {title}", "id": "Pindahkan {title}"},
    "op.duplicate_item": {"en": "Duplicate {title}", "id": "Gandakan {title}"},
    "op.item_length": {"en": "Length of {title}", "id": "Durasi {title}"},
    "op.pin_item": {"en": "Pin {title}", "id": "Sematkan {title}"},
    "op.unpin_item": {"en": "Unpin {title}", "id": "Lepas sematan {title}"},
    "op.reflow_day": {"en": "Reflow day", "id": "Rapikan hari"},
    "op.add_venue": {"en": "Add {name}", "id": "Tambah {name}"},
    "op.edit_venue": {"en": "Edit {name}", "id": "Ubah {name}"},
    "op.delete_venue": {"en": "Delete {name}", "id": "Hapus {name}"},
    "op.reuse_venue": {"en": "Reuse {name}", "id": "Pakai lagi {name}"},
    # Changes that cannot be made.
    "agenda.past_midnight": {
        "en": (
            '"{title}" would end after midnight ({end}); shorten the day or split it over two days'
        ),
        "id": (
            '"{title}" akan selesai lewat tengah malam ({end}); '
            "persingkat hari itu atau bagi menjadi dua hari"
        ),
    },
    "agenda.pinned_stays": {
        "en": '"{title}" is pinned and keeps its time; unpin it (p) to move it',
        "id": (
            '"{title}" disematkan dan tetap pada waktunya; lepas sematan (p) untuk memindahkannya'
        ),
    },
    "agenda.too_short": {
        "en": '"{title}" cannot be shorter than 1 minute',
        "id": '"{title}" tidak bisa kurang dari 1 menit',
    },
    "venue.in_use": {
        "en": "{name} is used by {items}; give those items another venue first",
        "id": "{name} dipakai oleh {items}; ganti dulu tempat mata acara tersebut",
    },
}
