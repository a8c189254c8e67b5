"""The payload: a stream cut into chunks, each sealed with its index and a last-chunk flag."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from mentordesk.services.backup import crypto
from mentordesk.services.backup.errors import CorruptBackupError, TruncatedBackupError
from mentordesk.services.backup.header import OpenedHeader, chunk_count


class ChunkWriter:
    """A write-only file object that seals what it is given, chunk by chunk, into `out`."""

    def __init__(self, out: BinaryIO, *, key: bytes, aad: bytes, chunk_size: int, total: int):
        self._out, self._aead, self._aad = out, crypto.aead(key), aad
        self._chunk, self._total = chunk_size, total
        self._buffer = bytearray()
        self._index = self._done = 0

    def write(self, data: bytes) -> int:
        """Take plaintext; every full chunk but the last is sealed and written at once."""
        view = memoryview(data).cast("B")
        size = len(view)
        if self._buffer:
            room = self._chunk - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]
            if len(self._buffer) < self._chunk or not self._more_follows():
                self._buffer += view
                return size
            self._seal(self._buffer, last=False)
            self._buffer = bytearray()
        while len(view) >= self._chunk and self._more_follows():
            self._seal(view[: self._chunk], last=False)
            view = view[self._chunk :]
        self._buffer += view
        return size

    def tell(self) -> int:
        """Plaintext bytes taken so far (the tar writer asks once, at the start)."""
        return self._done + len(self._buffer)

    def _more_follows(self) -> bool:
        """True when a full chunk sealed now cannot be the last one."""
        return self._done + self._chunk < self._total

    def close(self) -> None:
        """Seal the last chunk; the plaintext must be exactly as long as the header says."""
        if self._done + len(self._buffer) != self._total or len(self._buffer) > self._chunk:
            given = self._done + len(self._buffer)
            raise ValueError(f"payload was {given} bytes, not {self._total}")
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _seal(self, plain: bytes | bytearray | memoryview, *, last: bool) -> None:
        """Encrypt one chunk and write it."""
        nonce = crypto.chunk_nonce(self._index, last=last)
        self._out.write(self._aead.encrypt(nonce, plain, self._aad))
        self._index += 1
        self._done += len(plain)


def decrypt_chunks(stream: BinaryIO, opened: OpenedHeader) -> Iterator[bytes]:
    """The plaintext chunks in order; a damaged, moved or missing chunk is named."""
    from cryptography.exceptions import InvalidTag

    header = opened.header
    cipher, count = crypto.aead(opened.payload_key), chunk_count(header)
    left = header.plaintext_bytes
    for index in range(count):
        size = min(header.chunk_size, left)
        sealed = stream.read(size + crypto.TAG_BYTES)
        if len(sealed) < size + crypto.TAG_BYTES:
            raise TruncatedBackupError(
                f"the backup is incomplete: it ends inside chunk {index + 1} of {count}"
            )
        last = index == count - 1
        try:
            plain = cipher.decrypt(crypto.chunk_nonce(index, last=last), sealed, opened.aad)
        except InvalidTag as error:
            raise _chunk_error(cipher, sealed, opened.aad, index, count) from error
        left -= size
        yield plain


def _chunk_error(cipher, sealed: bytes, aad: bytes, index: int, count: int) -> Exception:
    """Name what is wrong with a chunk that fails its check."""
    from cryptography.exceptions import InvalidTag

    for other in range(max(0, index - 2), min(count, index + 3)):
        for last in (False, True):
            try:
                cipher.decrypt(crypto.chunk_nonce(other, last=last), sealed, aad)
            except InvalidTag:
                continue
            return CorruptBackupError(
                f"chunk {index + 1} of {count} is out of place (it is chunk {other + 1}"
                f"{', the last' if last else ''}): the backup was rearranged"
            )
    return CorruptBackupError(f"chunk {index + 1} of {count} of the backup is damaged")


class PlainReader:
    """A read-only file object over decrypted chunks, for the tar reader."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all if negative)."""
        if not self._buffer and size >= 0:
            chunk = next(self._chunks, b"")
            if len(chunk) <= size:  # the tar reader asks a chunk at a time: no copy
                self.done += len(chunk)
                return chunk
            self._buffer += chunk
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.done += len(data)
        return data
