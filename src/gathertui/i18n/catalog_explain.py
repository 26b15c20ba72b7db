"""What each problem code means, why it matters and how to fix it (`gathertui check
--explain CODE`), and the messages about silencing codes in gathertui.toml.

The codes and their severities are listed in `gathertui.planning.codes`; every code there
has its three parts here, in both languages (tests/planning/test_codes.py).
"""

from __future__ import annotations

_EXPLANATIONS: dict[str, dict[str, dict[str, str]]] = {
    "unreadable": {
        "means": {
            "en": "The file could not be read at all: the system refused it (no permission), "
            "a folder stands where the file should be, or it vanished while being read.",
            "id": "Berkas sama sekali tidak dapat dibaca: sistem menolaknya (tidak ada izin), "
            "ada folder di tempat berkas itu, atau berkas hilang saat dibaca.",
        },
        "matters": {
            "en": "Its plan is left out of the workspace: its warnings, its clashes with other "
            "plans and its place on the calendar are not known. The file itself is never "
            "written over.",
            "id": "Rencananya tidak ikut dalam workspace: peringatannya, bentroknya dengan "
            "rencana lain dan tempatnya di kalender tidak diketahui. Berkas itu sendiri tidak "
            "pernah ditimpa.",
        },
        "fix": {
            "en": "Give your user permission to read the file (on Windows: Properties, "
            "Security), or move away whatever stands in its place, then open the workspace "
            "again or press r.",
            "id": "Beri pengguna Anda izin membaca berkas itu (di Windows: Properties, "
            "Security), atau pindahkan apa pun yang ada di tempatnya, lalu buka lagi "
            "workspace atau tekan r.",
        },
    },
    "too-large": {
        "means": {
            "en": "The file is larger than gathertui reads (32 MB). No plan is ever that "
            "large: 5,000 people take about 1.5 MB.",
            "id": "Berkas lebih besar dari yang dibaca gathertui (32 MB). Tidak ada rencana "
            "sebesar itu: 5.000 peserta hanya sekitar 1,5 MB.",
        },
        "matters": {
            "en": "It is almost always the wrong file in the workspace folder, such as a PDF, "
            "a photo or a spreadsheet saved with a .toml name.",
            "id": "Hampir selalu ini berkas yang salah tempat di folder workspace, misalnya "
            "PDF, foto atau spreadsheet yang tersimpan dengan nama .toml.",
        },
        "fix": {
            "en": "Move the file out of the workspace folder or rename it. If it really is a "
            "plan, split it into one file per event.",
            "id": "Pindahkan berkas keluar dari folder workspace atau ganti namanya. Jika "
            "memang rencana, pecah menjadi satu berkas per kegiatan.",
        },
    },
    "encoding": {
        "means": {
            "en": "The file is not UTF-8 text: it holds a byte that is not UTF-8 (often a "
            "file saved as Windows-1252 or ANSI), or binary data such as a NUL byte.",
            "id": "Berkas bukan teks UTF-8: ada byte yang bukan UTF-8 (sering karena disimpan "
            "sebagai Windows-1252 atau ANSI), atau data biner seperti byte NUL.",
        },
        "matters": {
            "en": "Names with accents or curly quotes would be read and printed wrongly on the "
            "rundown and the sign-in sheet; binary data means it is not a plan at all.",
            "id": "Nama beraksen atau tanda kutip miring akan terbaca dan tercetak salah di "
            "susunan acara dan daftar hadir; data biner berarti ini sama sekali bukan rencana.",
        },
        "fix": {
            "en": "Open the file in a text editor and save it as UTF-8 (in Notepad: Save As, "
            "Encoding: UTF-8). A document or picture belongs outside the workspace.",
            "id": "Buka berkas di editor teks lalu simpan sebagai UTF-8 (di Notepad: Save As, "
            "Encoding: UTF-8). Dokumen atau gambar simpan di luar workspace.",
        },
    },
    "bom": {
        "means": {
            "en": "The file starts with an invisible byte-order mark (BOM), which some Windows "
            "editors add. gathertui reads the file anyway.",
            "id": "Berkas diawali byte-order mark (BOM) yang tidak terlihat, yang ditambahkan "
            "sebagian editor Windows. gathertui tetap membaca berkas ini.",
        },
        "matters": {
            "en": "Other tools and git diffs may show it as stray characters on the first "
            "line, and some TOML readers refuse it.",
            "id": "Alat lain dan git diff dapat menampilkannya sebagai karakter aneh di baris "
            "pertama, dan sebagian pembaca TOML menolaknya.",
        },
        "fix": {
            "en": "Run `gathertui fmt FILE`, which removes it, or save the file as UTF-8 "
            'rather than "UTF-8 with BOM".',
            "id": "Jalankan `gathertui fmt BERKAS` yang menghapusnya, atau simpan berkas "
            'sebagai UTF-8, bukan "UTF-8 with BOM".',
        },
    },
    "empty-file": {
        "means": {
            "en": "The file is empty, or holds only spaces and blank lines.",
            "id": "Berkas kosong, atau hanya berisi spasi dan baris kosong.",
        },
        "matters": {
            "en": "Every .toml file of the workspace but gathertui.toml is a plan, so an empty "
            "one is a plan without an event; often a save that went wrong.",
            "id": "Setiap berkas .toml di workspace selain gathertui.toml adalah rencana, jadi "
            "berkas kosong adalah rencana tanpa kegiatan; sering karena penyimpanan gagal.",
        },
        "fix": {
            "en": "Delete the file, restore it from git (`git restore FILE`), or start a plan "
            "with `gathertui new FILE`.",
            "id": "Hapus berkasnya, pulihkan dari git (`git restore BERKAS`), atau buat rencana "
            "dengan `gathertui new BERKAS`.",
        },
    },
    "syntax": {
        "means": {
            "en": "The file is not valid TOML: a quote or bracket is not closed, a key is "
            "written twice, a value is not written as TOML expects. The message and the line "
            "and column say what and where.",
            "id": "Berkas bukan TOML yang sah: tanda kutip atau kurung tidak ditutup, kunci "
            "ditulis dua kali, nilai tidak ditulis sesuai aturan TOML. Pesan serta baris dan "
            "kolomnya menunjukkan apa dan di mana.",
        },
        "matters": {
            "en": "Nothing in the file can be read until it is fixed, so the plan is missing "
            "from the workspace, the calendar and every printout.",
            "id": "Tidak ada isi berkas yang dapat dibaca sampai diperbaiki, jadi rencana ini "
            "hilang dari workspace, kalender dan semua cetakan.",
        },
        "fix": {
            "en": "Correct the line and column shown: text in double quotes, dates as "
            "2023-05-26, times as 09:45:00, one key = value per line. `git diff` shows what "
            "changed since the last good version.",
            "id": "Perbaiki baris dan kolom yang ditunjukkan: teks dalam tanda kutip ganda, "
            "tanggal seperti 2023-05-26, jam seperti 09:45:00, satu kunci = nilai per baris. "
            "`git diff` menunjukkan perubahan sejak versi terakhir yang benar.",
        },
    },
    "schema-version": {
        "means": {
            "en": "schema_version at the top of the file is missing, is not a whole number, or "
            "is a version this gathertui does not know, such as one of a newer gathertui.",
            "id": "schema_version di awal berkas tidak ada, bukan bilangan bulat, atau versi "
            "yang tidak dikenal gathertui ini, misalnya dari gathertui yang lebih baru.",
        },
        "matters": {
            "en": "The version says how to read the rest of the file; guessing could misread "
            "it, or damage a newer file when it is saved.",
            "id": "Versi menentukan cara membaca isi berkas; menebak dapat salah membaca, atau "
            "merusak berkas versi baru saat disimpan.",
        },
        "fix": {
            "en": "Add `schema_version = 1` as the first line when it is missing. When the file "
            "is newer than this gathertui, update gathertui rather than the number.",
            "id": "Tambahkan `schema_version = 1` di baris pertama bila belum ada. Bila berkas "
            "lebih baru dari gathertui ini, perbarui gathertui, bukan angkanya.",
        },
    },
    "missing-key": {
        "means": {
            "en": "A key that must be filled in is missing: an event's title or start, an "
            "agenda item's id or minutes, a person's name, or the new date (to) of a "
            "holiday that moves.",
            "id": "Kunci yang wajib diisi belum ada: judul atau tanggal mulai kegiatan, id atau "
            "durasi (minutes) mata acara, nama peserta, atau tanggal baru (to) hari libur "
            "yang dipindah.",
        },
        "matters": {
            "en": "The entity is incomplete: an item without a length cannot be placed on the "
            "rundown, a person without a name cannot be on the sign-in sheet.",
            "id": "Entitasnya tidak lengkap: mata acara tanpa durasi tidak dapat ditempatkan di "
            "susunan acara, peserta tanpa nama tidak dapat masuk daftar hadir.",
        },
        "fix": {
            "en": "Add the key the message names to the block at the line shown; "
            "`gathertui schema` lists every key and whether it is required.",
            "id": "Tambahkan kunci yang disebut pesan ke blok di baris yang ditunjukkan; "
            "`gathertui schema` memuat semua kunci dan mana yang wajib.",
        },
    },
    "unknown-key": {
        "means": {
            "en": "The file has a key gathertui does not know: often a typo (titel for title) "
            "or a key in the wrong table. The message suggests the closest known key.",
            "id": "Berkas memuat kunci yang tidak dikenal gathertui: sering salah ketik (titel "
            "untuk title) atau kunci di tabel yang salah. Pesan menyarankan kunci terdekat.",
        },
        "matters": {
            "en": "gathertui does not guess: the value would be lost without a word the next "
            "time the plan is saved.",
            "id": "gathertui tidak menebak: nilainya akan hilang diam-diam saat rencana "
            "disimpan berikutnya.",
        },
        "fix": {
            "en": "Correct the spelling as suggested, or move the key to its table. Remarks "
            "belong in the notes key every entity has.",
            "id": "Perbaiki ejaannya sesuai saran, atau pindahkan kunci ke tabelnya. Catatan "
            "tulis di kunci notes yang dimiliki setiap entitas.",
        },
    },
    "bad-value": {
        "means": {
            "en": "A value is of the wrong kind or out of range: text where a number belongs, "
            "a date not written like 2023-05-26, a word outside the allowed ones, an id with "
            "capitals or spaces, a time zone that is not an IANA name, an end before a start.",
            "id": "Nilai berjenis salah atau di luar batas: teks di tempat angka, tanggal yang "
            "tidak ditulis seperti 2023-05-26, kata di luar pilihan yang ada, id dengan huruf "
            "besar atau spasi, zona waktu bukan nama IANA, akhir sebelum mulai.",
        },
        "matters": {
            "en": "The value would be misread on the rundown and in the counts (a capacity "
            'of "seratus" cannot be compared with the guests), so the plan is not used until '
            "it is right.",
            "id": 'Nilai akan salah terbaca di susunan acara dan hitungan (kapasitas "seratus" '
            "tidak dapat dibandingkan dengan jumlah tamu), jadi rencana tidak dipakai sampai "
            "benar.",
        },
        "fix": {
            "en": "Write the value the message asks for. Where only some words are allowed, "
            "it lists them and the one closest to what was written.",
            "id": "Tulis nilai yang diminta pesan. Bila hanya kata tertentu yang boleh, pesan "
            "menyebutkannya beserta yang paling mirip dengan yang tertulis.",
        },
    },
    "duplicate-id": {
        "means": {
            "en": "Two entries of one list (venues, delegations, people or agenda items; "
            "calendar events in gathertui.toml) have the same id.",
            "id": "Dua isian dalam satu daftar (tempat, rombongan, peserta atau mata acara; "
            "agenda kalender di gathertui.toml) memakai id yang sama.",
        },
        "matters": {
            "en": "References by id (an item's venue, its person in charge, a speaker) could "
            "not tell which one is meant, and would point at the wrong person or room.",
            "id": "Rujukan dengan id (tempat mata acara, penanggung jawab, pembicara) tidak "
            "dapat membedakan yang dimaksud, sehingga dapat menunjuk orang atau ruang yang "
            "salah.",
        },
        "fix": {
            "en": "Give one of them another id (lowercase letters, digits and dashes, such "
            "as sambutan-walikota-2) and update the references meant for it.",
            "id": "Beri salah satunya id lain (huruf kecil, angka dan tanda hubung, seperti "
            "sambutan-walikota-2) dan sesuaikan rujukan yang dimaksudkan untuknya.",
        },
    },
    "unknown-reference": {
        "means": {
            "en": "An id points at nothing: an agenda item's venue, person in charge or "
            "speaker, a person's delegation or representative is not in the plan.",
            "id": "Sebuah id tidak menunjuk apa pun: tempat, penanggung jawab atau pembicara "
            "mata acara, rombongan peserta atau wakilnya tidak ada di rencana.",
        },
        "matters": {
            "en": "The rundown would print an empty room or person in charge, and the roster "
            "would lose people from their delegation.",
            "id": "Susunan acara akan mencetak tempat atau penanggung jawab kosong, dan daftar "
            "peserta kehilangan orang dari rombongannya.",
        },
        "fix": {
            "en": "Correct the id (often a typo, or an entity whose id changed), or add the "
            "missing venue, delegation or person.",
            "id": "Perbaiki id-nya (sering salah ketik, atau id entitas yang berubah), atau "
            "tambahkan tempat, rombongan atau peserta yang belum ada.",
        },
    },
    "day-outside-event": {
        "means": {
            "en": "An agenda item's day is before the event's start or after its end.",
            "id": "Hari sebuah mata acara sebelum tanggal mulai atau sesudah tanggal akhir "
            "kegiatan.",
        },
        "matters": {
            "en": "The item would be on no day of the printed rundown; usually the event's "
            "dates changed and the item was not moved with them.",
            "id": "Mata acara itu tidak masuk hari mana pun di susunan acara cetak; biasanya "
            "tanggal kegiatan berubah dan mata acaranya tidak ikut dipindah.",
        },
        "fix": {
            "en": "Set the item's day to a day of the event, or widen the event's start and end.",
            "id": "Ubah hari mata acara ke salah satu hari kegiatan, atau perluas tanggal mulai "
            "dan akhir kegiatan.",
        },
    },
    "no-pic": {
        "means": {
            "en": "An agenda item has no person in charge (pic).",
            "id": "Sebuah mata acara belum punya penanggung jawab (pic).",
        },
        "matters": {
            "en": "Every item of the rundown needs someone who makes it happen: the MC's cue, "
            "the microphone, the guests in their seats. Without a name, it is nobody's task "
            "on the day.",
            "id": "Setiap mata acara perlu orang yang memastikannya berjalan: aba-aba untuk "
            "MC, mikrofon, tamu di kursinya. Tanpa nama, pada harinya tugas itu bukan tugas "
            "siapa pun.",
        },
        "fix": {
            "en": "Set the item's pic to the id of a person of the plan (in the app: the "
            "agenda item's form).",
            "id": "Isi pic mata acara dengan id seorang peserta rencana (di aplikasi: formulir "
            "mata acara).",
        },
    },
    "past-midnight": {
        "means": {
            "en": "An agenda item starts on one day and ends after midnight.",
            "id": "Sebuah mata acara dimulai pada satu hari dan selesai lewat tengah malam.",
        },
        "matters": {
            "en": "The rundown is printed per day: an item running into the next day muddles "
            "the next morning's schedule, and its end looks earlier than its start.",
            "id": "Susunan acara dicetak per hari: mata acara yang melewati hari mengacaukan "
            "jadwal pagi berikutnya, dan jam selesainya tampak lebih awal dari jam mulainya.",
        },
        "fix": {
            "en": "Shorten the item, start it earlier, or split it into two items, one on each "
            "day.",
            "id": "Persingkat mata acara, mulai lebih awal, atau bagi menjadi dua mata acara, "
            "satu di setiap hari.",
        },
    },
    "agenda-overlap": {
        "means": {
            "en": "An agenda item starts before the item before it on the same day has ended.",
            "id": "Sebuah mata acara dimulai sebelum mata acara sebelumnya pada hari yang sama "
            "selesai.",
        },
        "matters": {
            "en": "The same guests cannot be in two items at once, and the printed times "
            "contradict each other; usually a length changed and what follows did not move.",
            "id": "Tamu yang sama tidak dapat mengikuti dua mata acara sekaligus, dan jam yang "
            "tercetak saling bertentangan; biasanya durasi berubah tanpa menggeser acara "
            "berikutnya.",
        },
        "fix": {
            "en": "Reflow the day in the app (later items follow on), shorten the earlier "
            "item, or change the start. Items meant to run side by side can stay.",
            "id": "Rapikan hari di aplikasi (mata acara berikutnya ikut bergeser), persingkat "
            "mata acara sebelumnya, atau ubah jam mulainya. Acara yang memang berjalan "
            "bersamaan boleh dibiarkan.",
        },
    },
    "over-capacity": {
        "means": {
            "en": "More people are expected in a venue than it holds: the people named in the "
            "plan, plus the places of quotas not yet named.",
            "id": "Orang yang diperkirakan hadir di suatu tempat melebihi kapasitasnya: peserta "
            "bernama di rencana, ditambah kuota yang belum bernama.",
        },
        "matters": {
            "en": "An overfull room means guests standing, media without space for their "
            "cameras, and a poor impression on the delegation.",
            "id": "Ruang yang terlalu penuh berarti tamu berdiri, media tanpa tempat untuk "
            "kameranya, dan kesan kurang baik bagi rombongan.",
        },
        "fix": {
            "en": "Choose a larger venue, correct the capacity if it is wrong, or lower the "
            "quotas. The Venues tab shows the expected headcount per room.",
            "id": "Pilih tempat yang lebih besar, perbaiki kapasitas bila salah, atau kurangi "
            "kuota. Tab Tempat menampilkan perkiraan jumlah orang per ruang.",
        },
    },
    "quotas-unfilled": {
        "means": {
            "en": "The event is confirmed, but a delegation has fewer confirmed people in a "
            "category than its quota (such as 12 of 30 online media).",
            "id": "Kegiatan sudah pasti, tetapi peserta terkonfirmasi suatu kategori dalam "
            "rombongan masih kurang dari kuotanya (misalnya 12 dari 30 media daring).",
        },
        "matters": {
            "en": "The sign-in sheet and name cards are printed from the names: missing names "
            "are blank lines, and invitations still unanswered close to the day.",
            "id": "Daftar hadir dan papan nama dicetak dari nama: nama yang belum ada menjadi "
            "baris kosong, dan undangan yang belum terjawab menjelang hari-H.",
        },
        "fix": {
            "en": "Add people as their names arrive (`gathertui import` reads a spreadsheet) "
            "and set their attendance to confirmed, or lower the quota when fewer will come.",
            "id": "Tambahkan peserta begitu namanya masuk (`gathertui import` membaca "
            "spreadsheet) dan ubah kehadirannya menjadi confirmed, atau kurangi kuota bila "
            "yang datang lebih sedikit.",
        },
    },
    "represented-unnamed": {
        "means": {
            "en": 'A person\'s attendance is "represented", but who comes in their place '
            "(represented_by) is not named.",
            "id": 'Kehadiran seorang peserta "represented" (diwakilkan), tetapi wakil yang '
            "hadir (represented_by) belum disebutkan.",
        },
        "matters": {
            "en": "Protocol seats, greets and announces a representative by their own name "
            "and position; without it the sign-in sheet and the order of precedence are wrong.",
            "id": "Protokol menempatkan, menyambut dan menyebut wakil dengan nama dan "
            "jabatannya sendiri; tanpa itu daftar hadir dan urutan tata tempat keliru.",
        },
        "fix": {
            "en": "Add the representative as a person of the plan and set represented_by to "
            "their id.",
            "id": "Tambahkan wakilnya sebagai peserta rencana dan isi represented_by dengan "
            "id-nya.",
        },
    },
    "on-holiday": {
        "means": {
            "en": "The event falls on a public holiday or a cuti bersama day (the national "
            "list, with the workspace's corrections in gathertui.toml).",
            "id": "Kegiatan jatuh pada hari libur nasional atau cuti bersama (daftar nasional, "
            "dengan koreksi workspace di gathertui.toml).",
        },
        "matters": {
            "en": "Officials, staff and media are off, offices and venues may be closed, and "
            "an invitation for a holiday is seldom welcome.",
            "id": "Pejabat, staf dan media sedang libur, kantor dan tempat mungkin tutup, dan "
            "undangan di hari libur jarang disambut baik.",
        },
        "fix": {
            "en": "Move the event to a working day. If the day is no longer a holiday (the "
            "government moved it), correct it under [[holidays]] in gathertui.toml.",
            "id": "Pindahkan kegiatan ke hari kerja. Bila hari itu ternyata bukan lagi hari "
            "libur (pemerintah memindahkannya), koreksi di [[holidays]] gathertui.toml.",
        },
    },
    "same-day-event": {
        "means": {
            "en": "The event is on the same day as an event of the workspace calendar, such "
            "as a festival of the tourism calendar (kalender wisata).",
            "id": "Kegiatan berlangsung pada hari yang sama dengan agenda di kalender "
            "workspace, misalnya festival kalender wisata.",
        },
        "matters": {
            "en": "It is only information: the city may be crowded, hotels full and roads closed, "
            "and the media busy with the festival, or glad of a story beside it.",
            "id": "Ini hanya informasi: kota mungkin ramai, hotel penuh dan jalan ditutup, dan "
            "media sibuk meliput festival, atau justru senang mendapat berita tambahan.",
        },
        "fix": {
            "en": "Nothing needs fixing. Check traffic, hotels and the media's schedule, or "
            "choose another day.",
            "id": "Tidak ada yang perlu diperbaiki. Periksa lalu lintas, hotel dan jadwal "
            "media, atau pilih hari lain.",
        },
    },
    "venue-double-booked": {
        "means": {
            "en": "One venue is used at overlapping times by two agenda items, in this plan "
            "or in another plan of the workspace.",
            "id": "Satu tempat dipakai pada jam yang bertumpang tindih oleh dua mata acara, di "
            "rencana ini atau rencana lain di workspace.",
        },
        "matters": {
            "en": "Two events cannot share one room; found late, a delegation is left "
            "without a place to sit.",
            "id": "Dua acara tidak dapat memakai satu ruang bersamaan; bila terlambat "
            "diketahui, satu rombongan tidak mendapat tempat.",
        },
        "fix": {
            "en": "Move one of the items to another time or venue, or mark a plan that will "
            'not happen as "cancelled".',
            "id": "Pindahkan salah satu mata acara ke jam atau tempat lain, atau tandai "
            'rencana yang batal sebagai "cancelled".',
        },
    },
    "person-double-booked": {
        "means": {
            "en": "One person is expected in two places at once: in charge of, or speaking "
            "in, items that overlap, in this plan or in another plan of the workspace.",
            "id": "Satu orang diharapkan berada di dua tempat sekaligus: penanggung jawab atau "
            "pembicara di mata acara yang bertumpang tindih, di rencana ini atau rencana lain "
            "di workspace.",
        },
        "matters": {
            "en": "An official cannot give two speeches at once; protocol must change the "
            "schedule or arrange a representative in good time.",
            "id": "Pejabat tidak dapat memberi dua sambutan sekaligus; protokol harus mengubah "
            "jadwal atau mengatur wakil jauh hari.",
        },
        "fix": {
            "en": "Change the time of one item, or give it another person in charge or speaker.",
            "id": "Ubah jam salah satu mata acara, atau ganti penanggung jawab atau pembicaranya.",
        },
    },
    "same-day-plan": {
        "means": {
            "en": "Two plans of the workspace are on the same day.",
            "id": "Dua rencana di workspace berlangsung pada hari yang sama.",
        },
        "matters": {
            "en": "The same protocol and communications staff would run both, and the head "
            "of the region cannot attend both.",
            "id": "Staf protokol dan komunikasi yang sama harus menangani keduanya, dan kepala "
            "daerah tidak dapat menghadiri keduanya.",
        },
        "fix": {
            "en": 'Move one plan to another day, or mark one that will not happen as "cancelled".',
            "id": "Pindahkan salah satu rencana ke hari lain, atau tandai yang batal sebagai "
            '"cancelled".',
        },
    },
    "semester-target": {
        "means": {
            "en": "A semester has fewer plans of a kind than a target in gathertui.toml asks "
            "for, such as one media gathering per semester.",
            "id": "Sebuah semester memiliki rencana suatu jenis lebih sedikit dari target di "
            "gathertui.toml, misalnya satu media gathering per semester.",
        },
        "matters": {
            "en": "A gathering with partner media every semester is a commitment; this shows "
            "in time that a semester still lacks its plan.",
            "id": "Media gathering dengan media mitra setiap semester adalah komitmen; "
            "peringatan ini menunjukkan sejak awal bahwa sebuah semester belum punya "
            "rencananya.",
        },
        "fix": {
            "en": "Create the plan (in the calendar, a new gathering from a day), or change the "
            "target in gathertui.toml if the commitment changed.",
            "id": "Buat rencananya (di kalender, gathering baru dari sebuah hari), atau ubah "
            "target di gathertui.toml bila komitmennya berubah.",
        },
    },
    "unknown-code": {
        "means": {
            "en": "An entry of silence in gathertui.toml is not a problem code gathertui "
            "knows; often a typo.",
            "id": "Sebuah isian silence di gathertui.toml bukan kode masalah yang dikenal "
            "gathertui; sering karena salah ketik.",
        },
        "matters": {
            "en": "It silences nothing, so the warnings meant to be hidden still show.",
            "id": "Isian itu tidak menyenyapkan apa pun, jadi peringatan yang ingin disembunyikan "
            "tetap muncul.",
        },
        "fix": {
            "en": "Write the code as `gathertui check` prints it in brackets at the end of a "
            "line; the message suggests the closest one.",
            "id": "Tulis kodenya seperti yang dicetak `gathertui check` dalam kurung siku di "
            "akhir baris; pesan menyarankan kode yang paling mirip.",
        },
    },
    "cannot-silence": {
        "means": {
            "en": "An entry of silence in gathertui.toml names an error, and errors cannot be "
            "silenced.",
            "id": "Sebuah isian silence di gathertui.toml menyebut kesalahan, dan kesalahan "
            "tidak dapat disenyapkan.",
        },
        "matters": {
            "en": "An error means gathertui cannot use the file: hiding it would leave a plan "
            "missing without a word.",
            "id": "Kesalahan berarti gathertui tidak dapat memakai berkasnya: menyembunyikannya "
            "membuat rencana hilang tanpa keterangan.",
        },
        "fix": {
            "en": "Remove the entry from silence, and fix the files the error is reported in.",
            "id": "Hapus isian itu dari silence, lalu perbaiki berkas tempat kesalahan itu "
            "dilaporkan.",
        },
    },
}

EXPLAIN_CATALOG: dict[str, dict[str, str]] = {
    **{
        f"explain.{code}.{part}": text
        for code, parts in _EXPLANATIONS.items()
        for part, text in parts.items()
    },
    "severity.error": {"en": "error", "id": "kesalahan"},
    "severity.warning": {"en": "warning", "id": "peringatan"},
    "severity.info": {"en": "information", "id": "informasi"},
    "explain.heading": {"en": "{code} ({severity})", "id": "{code} ({severity})"},
    "explain.part.means": {"en": "What it means: {text}", "id": "Artinya: {text}"},
    "explain.part.matters": {"en": "Why it matters: {text}", "id": "Mengapa penting: {text}"},
    "explain.part.fix": {"en": "How to fix it: {text}", "id": "Cara memperbaiki: {text}"},
    "explain.silenceable": {
        "en": 'Not an error, so a workspace can silence it: add "{code}" to silence under '
        "[settings] in its gathertui.toml, and check and the app no longer show it there:",
        "id": 'Bukan kesalahan, jadi workspace dapat menyenyapkannya: tambahkan "{code}" ke '
        "silence di bagian [settings] gathertui.toml-nya, maka check dan aplikasi tidak lagi "
        "menampilkannya di workspace itu:",
    },
    "explain.silence_example": {
        "en": '    [settings]\n    silence = ["{code}"]',
        "id": '    [settings]\n    silence = ["{code}"]',
    },
    "explain.not_silenceable": {
        "en": "An error cannot be silenced: gathertui cannot use the file until it is fixed.",
        "id": "Kesalahan tidak dapat disenyapkan: gathertui tidak dapat memakai berkasnya "
        "sampai diperbaiki.",
    },
    # The `silence` list of gathertui.toml.
    "check.unknown_code": {
        "en": 'silence: "{code}" is not a problem code gathertui knows{hint}',
        "id": 'silence: "{code}" bukan kode masalah yang dikenal gathertui{hint}',
    },
    "check.cannot_silence": {
        "en": 'silence: "{code}" is an error, and errors cannot be silenced',
        "id": 'silence: "{code}" adalah kesalahan, dan kesalahan tidak dapat disenyapkan',
    },
}
