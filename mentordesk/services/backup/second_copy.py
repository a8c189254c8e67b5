"""The optional second copy of each backup, in another folder (a USB disk, a synced folder)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from mentordesk.services.backup.errors import BackupError, NoSpaceError
from mentordesk.services.backup.rotation import rotate
from mentordesk.services.backup.snapshot import fsync_dir

BLOCK = 1024 * 1024


def copy_to_folder(source: Path, folder: Path) -> Path:
    """Copy a finished backup all or nothing (NAME.partial, fsync, rename), compare, rotate."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(f"the second backup folder {folder} is not available (unplugged?)")
    target = folder / source.name
    partial = target.with_name(target.name + ".partial")
    try:
        digest = _copy(source, partial)
        os.replace(partial, target)
        fsync_dir(folder)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if error.errno in (28, 122, 27):  # ENOSPC, EDQUOT, EFBIG
            raise NoSpaceError(f"the second backup folder {folder} is full") from error
        raise BackupError(f"cannot write the second copy in {folder}: {error.strerror}") from error
    if _digest(target) != digest:
        target.unlink(missing_ok=True)
        raise BackupError(f"the second copy in {folder} did not read back the same; it was removed")
    rotate(folder, protect=target)
    return target


def _copy(source: Path, target: Path) -> str:
    """Copy and flush; the SHA-256 of what was read."""
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb", opener=_private) as writer:
        while block := reader.read(BLOCK):
            digest.update(block)
            writer.write(block)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest()


def _digest(path: Path) -> str:
    """The SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while block := reader.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _private(path: str, flags: int) -> int:
    """Open a new file readable by the user only."""
    return os.open(path, flags, 0o600)
