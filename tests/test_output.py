import os
import stat
from pathlib import Path

import pytest

from letters.errors import UserError
from letters.output import Batch, ensure_dir, write_atomic


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_folder_is_private_and_files_are_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "out" / "deeper"
        batch = Batch(folder, overwrite=False)
        batch.add("a.txt", "hello\n")
        batch.add("b.pdf", b"%PDF")
        written = batch.commit()
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert [p.name for p in written] == ["a.txt", "b.pdf"]
    assert all(mode(p) == 0o600 for p in written)
    assert (folder / "a.txt").read_text() == "hello\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.pdf"]  # no temp files left


def test_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"original")
    batch = Batch(tmp_path, overwrite=False)
    batch.add("a.txt", "new")
    batch.add("b.pdf", b"new")
    with pytest.raises(UserError, match=r"b\.pdf exists; use --force"):
        batch.commit()
    assert (tmp_path / "b.pdf").read_bytes() == b"original"
    assert not (tmp_path / "a.txt").exists()  # checked before anything is written


def test_force_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    write_atomic(target, b"new", overwrite=True)
    assert target.read_text() == "new" and mode(target) == 0o600


def test_race_with_an_appearing_file_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("someone else's")
    with pytest.raises(UserError):
        write_atomic(target, b"mine", overwrite=False)
    assert target.read_text() == "someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_failure_midway_removes_what_the_batch_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import letters.output as output

    calls = {"n": 0}
    real = output.write_atomic

    def failing(path: Path, data: bytes, *, overwrite: bool = False) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real(path, data, overwrite=overwrite)

    monkeypatch.setattr(output, "write_atomic", failing)
    batch = Batch(tmp_path / "o", overwrite=False)
    batch.add("a.txt", "1")
    batch.add("b.txt", "2")
    with pytest.raises(KeyboardInterrupt):
        batch.commit()
    assert list((tmp_path / "o").iterdir()) == []


def test_an_interrupted_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "link", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.txt", b"x")
    assert list(tmp_path.iterdir()) == []


def test_out_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        ensure_dir(tmp_path / "f")
