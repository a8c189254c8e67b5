"""The payload's plaintext: a tar stream of the database snapshot and the files/ folder."""

from __future__ import annotations

import os
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from mentordesk.services.backup.errors import CorruptBackupError

DB_MEMBER = "mentordesk.sqlite3"
FILES_MEMBER = "files"
ENCODING = "utf-8"
COPY_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One entry of the archive: a file on disk (or a folder) and its name inside."""

    source: Path
    info: tarfile.TarInfo


def _info(name: str, path: Path) -> tarfile.TarInfo:
    """A tar entry for a regular file or folder, owner-free and with a whole-second mtime."""
    stat = path.stat()
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE if path.is_dir() else tarfile.REGTYPE
    info.size = 0 if path.is_dir() else stat.st_size
    info.mode = stat.st_mode & 0o777
    info.mtime = int(stat.st_mtime)
    return info


def collect_members(snapshot: Path, files_dir: Path) -> list[Member]:
    """The snapshot first, then files/ (folders and regular files only, sorted)."""
    members = [Member(snapshot, _info(DB_MEMBER, snapshot))]
    if files_dir.is_dir():
        members.append(Member(files_dir, _info(FILES_MEMBER, files_dir)))
        for path in sorted(files_dir.rglob("*")):
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                continue
            name = f"{FILES_MEMBER}/{path.relative_to(files_dir).as_posix()}"
            members.append(Member(path, _info(name, path)))
    return members


def archive_size(members: list[Member]) -> int:
    """The exact length of the tar stream `write_archive` produces."""
    total = 2 * tarfile.BLOCKSIZE  # the end-of-archive marker
    for member in members:
        total += len(member.info.tobuf(tarfile.PAX_FORMAT, ENCODING, "surrogateescape"))
        total += -(-member.info.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    return -(-total // tarfile.RECORDSIZE) * tarfile.RECORDSIZE


def write_archive(members: list[Member], out: BinaryIO, *, on_bytes=None) -> None:
    """Write the members as a tar stream into `out` (the chunk writer: write and tell only)."""
    with tarfile.open(  # "w" writes straight through (same bytes as the stream mode "w|")
        fileobj=out, mode="w", format=tarfile.PAX_FORMAT, encoding=ENCODING, copybufsize=COPY_BLOCK
    ) as tar:
        for member in members:
            if member.info.isdir():
                tar.addfile(member.info)
                continue
            with open(member.source, "rb") as handle:
                tar.addfile(member.info, _Counting(handle, on_bytes))


class _Counting:
    """A file reader that reports how many bytes went through."""

    def __init__(self, handle: BinaryIO, on_bytes) -> None:
        self._handle, self._on_bytes = handle, on_bytes

    def read(self, size: int = -1) -> bytes:
        """Read and report."""
        data = self._handle.read(size)
        if self._on_bytes:
            self._on_bytes(len(data))
        return data


@dataclass
class Extracted:
    """What an archive held."""

    database: bool = False
    files: int = 0
    files_bytes: int = 0


def read_archive(stream, *, database_to: Path | None, files_to: Path | None) -> Extracted:
    """Unpack the database and files/ where asked (else only read them), names checked."""
    found = Extracted()
    with tarfile.open(fileobj=stream, mode="r|", encoding=ENCODING, bufsize=COPY_BLOCK) as tar:
        for member in tar:
            _check_member(member, found)
            if member.name == DB_MEMBER:
                _copy_out(tar, member, database_to)
                found.database = True
            elif member.isfile():
                found.files += 1
                found.files_bytes += member.size
                target = files_to / _relative(member.name) if files_to else None
                _copy_out(tar, member, target)
            elif files_to is not None:
                (files_to / _relative(member.name)).mkdir(parents=True, exist_ok=True, mode=0o700)
    if not found.database:
        raise CorruptBackupError("the backup holds no database")
    return found


def _check_member(member: tarfile.TarInfo, found: Extracted) -> None:
    """Only the database (once) and plain files and folders below files/."""
    name = member.name
    if name == DB_MEMBER and member.isfile() and not found.database:
        return
    path = PurePosixPath(name)
    inside = path.parts[:1] == (FILES_MEMBER,) and ".." not in path.parts and not path.is_absolute()
    if inside and (member.isfile() or member.isdir()):
        return
    raise CorruptBackupError(f"the backup holds an unexpected entry {name!r}; it was not used")


def _relative(name: str) -> Path:
    """The path of a files/ entry relative to the files folder."""
    return Path(*PurePosixPath(name).parts[1:])


def _copy_out(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path | None) -> None:
    """Copy one member to `target` and flush it to disk (or just read it when no target)."""
    source = tar.extractfile(member)
    if target is None:
        while source.read(COPY_BLOCK):
            pass
        return
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(target, "wb") as out:
        while block := source.read(COPY_BLOCK):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(target, member.mode & 0o700 or 0o600)
    os.utime(target, (member.mtime, member.mtime))
