"""Sync in temporary repositories: a bare remote and two clones of it."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.vcs import git as git_module
from gathertui.vcs.sync import (
    commit_message,
    identity_known,
    set_identity,
    status_phrase,
    sync,
    sync_status,
)
from git_repos import (
    add_person,
    git,
    isolate_git,
    new_repository,
    remote_and_clones,
    set_minutes,
    use_merge_driver,
    with_example_plan,
)


@pytest.fixture(autouse=True)
def own_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(tmp_path, monkeypatch)


def test_a_folder_outside_git_has_no_status_and_runs_no_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(git_module, "git_executable", lambda: pytest.fail("git was run"))
    status = sync_status(tmp_path)
    assert not status.repository
    assert status_phrase(status, "id") == ""
    assert sync(tmp_path, "en").outcome == "not_repository"


def test_status_in_each_state(tmp_path: Path) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    assert status_phrase(sync_status(ani), "id") == "✓ tersimpan di git"

    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    (ani / "new.toml").write_text("", encoding="utf-8")
    status = sync_status(ani)
    assert set(status.changed) == {(ani / VISIT).resolve(), (ani / "new.toml").resolve()}
    assert status_phrase(status, "id") == "2 berkas belum dicatat"
    assert status_phrase(status, "en") == "2 files not yet recorded"

    (ani / "new.toml").unlink()
    git(ani, "commit", "-q", "-am", "Andi")
    assert status_phrase(sync_status(ani), "id") == "1 untuk dikirim"

    add_person(budi / VISIT, "siti", "Siti")
    git(budi, "commit", "-q", "-am", "Siti")
    git(budi, "push", "-q")
    git(ani, "fetch", "-q")
    assert status_phrase(sync_status(ani), "en") == "1 to send · 1 to receive"


def test_a_new_repository_without_commits(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    assert status_phrase(sync_status(folder), "en") == "not yet recorded in git"
    shutil.copyfile(PLANS / VISIT, folder / VISIT)
    status = sync_status(folder)
    assert not status.committed
    assert status_phrase(status, "en") == "1 file not yet recorded"


def test_only_the_workspace_files_count(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    with_example_plan(folder)
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder / "exports").mkdir()
    (folder / "exports" / "old.toml").write_text("", encoding="utf-8")
    assert sync_status(folder).changed == ()


def test_the_commit_message_tells_the_changes_in_words(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    plan = with_example_plan(folder)
    add_person(plan, "andi-pratama", "Andi Pratama")
    set_minutes(plan, "pembukaan", 10)
    message = commit_message(folder, [plan], "id")
    first, _, *body = message.splitlines()
    assert first.startswith("Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang: + Andi Pratama")
    assert any("Andi Pratama" in line for line in body)
    assert any("Pembukaan oleh pembawa acara" in line and "5 → 10" in line for line in body)


def test_the_message_says_new_and_deleted_plans(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    plan = with_example_plan(folder)
    copy = folder / "copy.toml"
    shutil.copyfile(plan, copy)
    plan.unlink()
    settings = folder / "gathertui.toml"
    message = commit_message(folder, [settings, copy, plan], "en")
    # Plans first, by file name: the deleted one comes before copy.toml.
    assert message.splitlines()[0].endswith(": plan deleted (and 2 more files)")
    assert ": new plan" in message
    assert message.splitlines()[-1] == "Workspace settings changed"


def test_sync_commits_with_a_message_in_words_and_no_remote_says_so(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    plan = with_example_plan(folder)
    add_person(plan, "andi-pratama", "Andi Pratama")
    (folder / "notes.txt").write_text("not a plan", encoding="utf-8")
    steps: list[str] = []
    result = sync(folder, "en", steps.append)
    assert result.outcome == "local"
    assert result.committed == 1
    assert steps == ["commit"]
    assert "No server set up" in result.sentence("en")
    subject = git(folder, "log", "-1", "--format=%s%n%an").splitlines()
    assert subject == ["Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang: + Andi Pratama", "Ani"]
    # Only the workspace's files: the note stays untracked.
    assert "?? notes.txt" in git(folder, "status", "--short")


def test_sync_sends_and_the_other_clone_receives_a_change_in_another_file(
    tmp_path: Path,
) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    sent = sync(ani, "en", None)
    assert (sent.outcome, sent.committed, sent.sent) == ("done", 1, True)
    assert sent.sentence("en") == "Recorded 1 file. Sent."

    settings = budi / "gathertui.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    received = sync(budi, "en")
    assert (received.outcome, received.committed, received.received) == ("done", 1, 1)
    assert received.sent
    assert "andi-pratama" in (budi / VISIT).read_text(encoding="utf-8")
    assert sync(ani, "en").received == 1
    assert status_phrase(sync_status(ani), "en") == "✓ saved in git"


def test_nothing_to_do_is_said(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    result = sync(ani, "id")
    assert (result.outcome, result.committed, result.sent) == ("done", 0, False)
    assert result.sentence("id") == "Semua sudah mutakhir."


def test_a_rejected_push_is_pulled_then_pushed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remote, ani, budi = remote_and_clones(tmp_path)
    # Budi sends first, after Ani's sync has read where things stand: her first push is
    # rejected, as when two people sync within the same seconds.
    settings = budi / "gathertui.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    real_run_git = git_module.run_git
    calls: list[list[str]] = []

    def run_git_budi_first(args: list[str], cwd: Path, **kwargs: object) -> object:
        calls.append(args)
        if args[0] == "push" and sum(call[0] == "push" for call in calls) == 1:
            git(budi, "commit", "-q", "-am", "Budi first")
            git(budi, "push", "-q")
        return real_run_git(args, cwd, **kwargs)  # type: ignore[arg-type]

    from gathertui.vcs import sync as sync_module

    monkeypatch.setattr(sync_module, "run_git", run_git_budi_first)
    result = sync(ani, "en")
    assert result.outcome == "done", result
    assert [call[0] for call in calls].count("push") == 2
    assert result.sent and result.received == 1
    log = git(remote, "log", "--format=%s", "main")
    assert "Budi first" in log and "Andi Pratama" in log


def test_no_network_is_a_clear_sentence_and_the_commit_stays(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    git(ani, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    result = sync(ani, "en")
    assert (result.outcome, result.problem, result.committed) == ("failed", "server", 1)
    sentence = result.sentence("en")
    assert sentence.startswith("Recorded 1 file. Could not reach the server")
    assert "kept in this computer's history" in sentence
    assert git(ani, "status", "--porcelain") == ""
    assert "Andi Pratama" in git(ani, "log", "-1", "--format=%s")


def test_a_cancelled_sync_keeps_the_commit(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    # A remote that never answers: an ext:: transport running sleep.
    git(ani, "config", "protocol.ext.allow", "always")
    git(ani, "remote", "set-url", "origin", "ext::sleep 30")
    cancel = threading.Event()
    result = sync(ani, "en", lambda step: cancel.set() if step == "pull" else None, cancel)
    assert (result.outcome, result.problem, result.committed) == ("failed", "cancelled", 1)


def test_no_name_and_email_asks_for_them_and_commits_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    shutil.copyfile(PLANS / VISIT, folder / VISIT)
    assert not identity_known(folder)
    result = sync(folder, "en")
    assert result.outcome == "identity"
    assert "name and email" in result.sentence("en")
    set_identity(folder, "Ani Lestari", "ani@example.org")
    assert identity_known(folder)
    assert "user.name=Ani Lestari" in git(folder, "config", "--local", "--list")
    assert sync(folder, "en").outcome == "local"
    assert git(folder, "log", "--format=%an <%ae>") == "Ani Lestari <ani@example.org>\n"


def _clash(ani: Path, budi: Path) -> None:
    """Both clones change the same line two ways; Budi's is sent first."""
    set_minutes(budi / VISIT, "pembukaan", 10)
    assert sync(budi, "en").sent
    set_minutes(ani / VISIT, "pembukaan", 20)


def test_a_merge_that_stops_is_left_for_the_person_and_the_next_sync_ends_it(
    tmp_path: Path,
) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    _clash(ani, budi)
    result = sync(ani, "en")
    assert result.outcome == "conflicts"
    assert result.conflicted == ((ani / VISIT).resolve(),)
    assert VISIT in result.sentence("en")
    assert (ani / ".git" / "MERGE_HEAD").exists()  # not aborted, not reset
    assert status_phrase(sync_status(ani), "id") == "konflik"

    # Not settled yet: the next sync says so again and commits nothing.
    again = sync(ani, "en")
    assert (again.outcome, again.committed) == ("conflicts", 0)

    # The person settles it (here: keeps their own side) and saves.
    set_minutes_text = (ani / VISIT).read_text(encoding="utf-8")
    settled = _keep_ours(set_minutes_text)
    (ani / VISIT).write_text(settled, encoding="utf-8")
    done = sync(ani, "en")
    assert (done.outcome, done.committed, done.sent) == ("done", 1, True), done
    assert not (ani / ".git" / "MERGE_HEAD").exists()
    assert len(git(ani, "log", "-1", "--format=%p").split()) == 2  # a merge commit
    merged = "Merged the changes received from the server\n"
    assert git(ani, "log", "-1", "--format=%s") == merged
    assert status_phrase(sync_status(ani), "en") == "✓ saved in git"


def _keep_ours(text: str) -> str:
    """The text with git's conflict markers resolved to the first side."""
    kept, side = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("<<<<<<< "):
            side = "ours"
        elif line.startswith("=======") and side == "ours":
            side = "theirs"
        elif line.startswith(">>>>>>> "):
            side = None
        elif side != "theirs":
            kept.append(line)
    return "".join(kept)


def test_concurrent_edits_merge_through_the_driver(tmp_path: Path) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    for clone in (ani, budi):
        use_merge_driver(clone)
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    set_minutes(ani / VISIT, "pembukaan", 10)
    assert sync(ani, "en").sent
    add_person(budi / VISIT, "siti-aminah", "Siti Aminah")
    result = sync(budi, "en")
    assert (result.outcome, result.received) == ("done", 1), result
    text = (budi / VISIT).read_text(encoding="utf-8")
    assert "andi-pratama" in text and "siti-aminah" in text


def test_a_deleted_plan_is_recorded_as_deleted(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    plan = with_example_plan(folder)
    plan.unlink()
    result = sync(folder, "en")
    assert (result.outcome, result.committed) == ("local", 1)
    assert git(folder, "log", "-1", "--format=%s").endswith(": plan deleted\n")
    assert git(folder, "ls-files") == "gathertui.toml\n"


def test_the_first_line_names_changes_without_their_details() -> None:
    from gathertui.vcs.message import brief

    assert brief("+ Andi Pratama (Kepala Dinas, Rombongan Makassar)") == "+ Andi Pratama"
    line = "+ Doa penutup (11.55, 5 menit) (acara berikutnya bergeser 5 menit)"
    assert brief(line) == "+ Doa penutup"
    assert brief("~ Sambutan 15 → 20 menit") == "~ Sambutan 15 → 20 menit"


def test_a_clash_through_the_driver_commits_the_side_chosen(tmp_path: Path) -> None:
    from gathertui.planning.merge_conflicts import resolve_all
    from gathertui.storage import canonical_text, load_plan

    _, ani, budi = remote_and_clones(tmp_path)
    for clone in (ani, budi):
        use_merge_driver(clone)
    _clash(ani, budi)
    result = sync(ani, "en")
    assert result.outcome == "conflicts", result
    plan = load_plan(ani / VISIT).model
    assert plan.conflicts
    # What the conflict screen does: Budi's 10 minutes chosen, then saved.
    (ani / VISIT).write_text(canonical_text(resolve_all(plan, "theirs")), encoding="utf-8")
    done = sync(ani, "en")
    assert (done.outcome, done.sent) == ("done", True), done
    shown = git(ani, "show", f"HEAD:{VISIT}")
    assert "[[conflicts]]" not in shown
    pembukaan = shown.split('id = "pembukaan"')[1].split("[[agenda]]")[0]
    assert "minutes = 10" in pembukaan


def test_a_message_that_cannot_be_made_does_not_stop_the_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gathertui.vcs import sync as sync_module

    def broken(*args: object) -> str:
        raise KeyError("no words")

    monkeypatch.setattr(sync_module, "commit_message", broken)
    folder = new_repository(tmp_path / "w")
    plan = with_example_plan(folder)
    add_person(plan, "andi-pratama", "Andi Pratama")
    assert sync(folder, "en").committed == 1
    subject = git(folder, "log", "-1", "--format=%s")
    assert subject == f"{VISIT}: changed (cannot be read as a plan)\n"


def test_the_setup_files_and_the_logo_are_recorded_with_the_plans(tmp_path: Path) -> None:
    folder = new_repository(tmp_path / "w")
    with_example_plan(folder)
    (folder / ".gitattributes").write_text("*.toml merge=gathertui\n", encoding="utf-8")
    (folder / ".gitignore").write_text("*.pdf\n", encoding="utf-8")
    shutil.copyfile(PLANS / "logo.png", folder / "logo.png")
    (folder / "other.png").write_bytes(b"not the logo")
    names = {path.name for path in sync_status(folder).changed}
    assert names == {".gitattributes", ".gitignore", "logo.png"}
    result = sync(folder, "en")
    assert result.committed == 3
    message = git(folder, "log", "-1", "--format=%B")
    assert message.startswith(".gitattributes: workspace file updated (and 2 more files)")
    assert "?? other.png" in git(folder, "status", "--short")
