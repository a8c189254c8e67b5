"""Opening a backup: header checks, the key (keyring, recovery key or passphrase), the payload."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.progress import NoProgress, Progress, check_cancelled
from mentordesk.services.backup import keystore
from mentordesk.services.backup.archive import Extracted, read_archive
from mentordesk.services.backup.errors import (
    CorruptBackupError,
    NotABackupError,
    WrongKeyError,
)
from mentordesk.services.backup.header import Header, OpenedHeader, open_header, read_header
from mentordesk.services.backup.keys import unwrap_master_key
from mentordesk.services.backup.stream import PlainReader, decrypt_chunks


@dataclass(frozen=True)
class Secrets:
    """Where a backup's master key comes from: given, a recovery key, a passphrase, the keyring."""

    master_key: bytes | None = None
    recovery_key: bytes | None = None
    passphrase: bytes | None = None
    use_keyring: bool = True


def master_key_for(header: Header, secrets: Secrets) -> bytes:
    """The master key that opens this backup, or WrongKeyError / KeyringUnavailableError."""
    for label, secret in (("recovery", secrets.recovery_key), ("passphrase", secrets.passphrase)):
        if secret is not None:
            slot = header.master_key_slot(label)
            if slot is None:
                raise WrongKeyError(f"this backup cannot be opened with a {label} key")
            return unwrap_master_key(slot, secret, key_id=header.key_id)
    if secrets.master_key is not None:
        return secrets.master_key
    if secrets.use_keyring:
        found = keystore.load_master_key(header.key_id)
        if found is not None:
            return found
    raise WrongKeyError(
        f"the key of this backup (id {header.key_id}) is not in this computer's keyring; "
        "give its recovery key with --recovery-key-file"
    )


def read_backup_header(path: Path) -> Header:
    """The checked header of a backup file (no key needed)."""
    path = Path(path)
    if path.is_dir():
        raise NotABackupError(f"{path} is a folder, not a backup file")
    with open(path, "rb") as stream:
        return read_header(stream, file_size=os.fstat(stream.fileno()).st_size)


def open_backup_header(path: Path, secrets: Secrets) -> OpenedHeader:
    """The authenticated header and summary of a backup (the payload is not read)."""
    header = read_backup_header(path)
    return open_header(header, master_key_for(header, secrets))


class _ProgressReader(PlainReader):
    """Plaintext reader that reports progress and honours cancel."""

    def __init__(self, chunks, total: int, progress: Progress, message: str) -> None:
        super().__init__(chunks)
        self._total, self._progress, self._message = total, progress, message

    def read(self, size: int = -1) -> bytes:
        """Read, then report how far."""
        data = super().read(size)
        check_cancelled(self._progress)
        self._progress.report(self.done, self._total, self._message)
        return data


def decrypt_backup(
    path: Path,
    secrets: Secrets,
    *,
    database_to: Path | None,
    files_to: Path | None,
    progress: Progress | None = None,
    message: str = "Checking the backup",
) -> tuple[OpenedHeader, Extracted]:
    """Authenticate and decrypt every chunk, unpacking the database and optionally files/."""
    progress = progress or NoProgress()
    with open(path, "rb") as stream:
        header = read_header(stream, file_size=os.fstat(stream.fileno()).st_size)
        opened = open_header(header, master_key_for(header, secrets))
        chunks = decrypt_chunks(stream, opened)
        reader = _ProgressReader(chunks, header.plaintext_bytes, progress, message)
        extracted = _read_archive(reader, database_to=database_to, files_to=files_to)
        while reader.read(1024 * 1024):  # authenticate the padding and the last chunk too
            pass
    _check_against_summary(opened.summary, extracted)
    return opened, extracted


def _read_archive(reader, *, database_to: Path | None, files_to: Path | None) -> Extracted:
    """Unpack, turning a malformed tar stream (authentic but wrong) into CorruptBackupError."""
    import tarfile

    try:
        return read_archive(reader, database_to=database_to, files_to=files_to)
    except tarfile.TarError as error:
        raise CorruptBackupError(f"the backup's contents cannot be unpacked ({error})") from error


def _check_against_summary(summary: dict, extracted: Extracted) -> None:
    """The files found must be the files the summary promised."""
    found = (extracted.files, extracted.files_bytes)
    if (summary.get("files"), summary.get("files_bytes")) != found:
        raise CorruptBackupError("the backup's files do not match its summary")
