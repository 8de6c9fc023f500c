"""Safe file writing: atomic, private (0600 files, 0700 new folders), never overwriting by default.

A run writes several files; ``Batch`` checks them all before writing any, and removes the ones it
wrote if a later one fails, so an interrupted or failed run leaves no partial result.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from letters.errors import UserError

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) private to the user; an existing folder is left as it is."""
    if folder.is_dir():
        return
    if folder.exists():
        raise UserError(f"{folder} exists and is not a folder")
    try:
        folder.mkdir(mode=DIR_MODE, parents=True)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is masked by the umask
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror}") from None


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file in the same folder, then a link
    (refuses an existing file) or, with ``overwrite``, a rename over it."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise UserError(f"{path} exists; use --force to replace it") from None
            tmp.unlink()
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


class Batch:
    """Writes a set of files into one folder as a unit."""

    def __init__(self, folder: Path, *, overwrite: bool) -> None:
        self.folder = folder
        self.overwrite = overwrite
        self.files: dict[str, bytes] = {}

    def add(self, name: str, data: bytes | str) -> None:
        self.files[name] = data.encode("utf-8") if isinstance(data, str) else data

    def commit(self) -> list[Path]:
        ensure_dir(self.folder)
        if not self.overwrite:
            existing = [n for n in self.files if (self.folder / n).exists()]
            if existing:
                raise UserError(
                    f"{self.folder / existing[0]} exists; use --force to replace it, "
                    "or --out to write elsewhere"
                )
        written: list[Path] = []
        try:
            for name, data in self.files.items():
                path = self.folder / name
                write_atomic(path, data, overwrite=self.overwrite)
                written.append(path)
        except BaseException:
            if not self.overwrite:
                for path in written:
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
            raise
        return written
