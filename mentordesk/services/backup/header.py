"""The v1 file header: magic, version, bounded JSON header, its checksum and its MAC."""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from typing import BinaryIO

from mentordesk.services.backup import crypto
from mentordesk.services.backup.errors import (
    CorruptBackupError,
    NewerFormatError,
    NotABackupError,
    TruncatedBackupError,
    WrongKeyError,
)

MAGIC = b"\x89MDBK\r\n\x1a"  # high bit, CR LF, ^Z: catches text-mode and line-ending damage
VERSION = 1
PREAMBLE = struct.Struct(">8sHI")  # magic, version, header length
MAX_HEADER = 64 * 1024
MIN_HEADER = 2
DIGEST = 32
KNOWN_FEATURES: frozenset[str] = frozenset()  # mandatory features this reader understands
CHUNK_BOUNDS = (4 * 1024, 4 * 1024 * 1024)
MAX_PLAINTEXT = 2**50


@dataclass(frozen=True)
class Header:
    """A parsed, checksum-verified header (not yet authenticated: that needs the key)."""

    fields: dict
    block: bytes  # preamble + header + checksum + MAC: everything before the payload
    schema_version: int
    chunk_size: int
    plaintext_bytes: int
    key_id: str
    payload_nonce: bytes

    @property
    def payload_offset(self) -> int:
        """Where the first chunk starts."""
        return len(self.block)

    def payload_size(self) -> int:
        """The exact size of the encrypted payload the header promises."""
        return self.plaintext_bytes + crypto.TAG_BYTES * chunk_count(self)

    def master_key_slot(self, label: str) -> dict | None:
        """The slot opening the master key with a 'recovery' or 'passphrase' secret."""
        return next((s for s in self.fields["master_key_slots"] if s.get("label") == label), None)


def chunk_count(header: Header) -> int:
    """How many chunks the payload has (an empty payload still has one, empty, last chunk)."""
    return max(1, -(-header.plaintext_bytes // header.chunk_size))


def build_header_block(fields: dict, file_key: bytes) -> bytes:
    """Preamble, JSON header, its SHA-256 and its HMAC under a key derived from the file key."""
    body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    if len(body) > MAX_HEADER:
        raise ValueError("backup header too large")
    head = PREAMBLE.pack(MAGIC, VERSION, len(body)) + body
    head += hashlib.sha256(head).digest()
    return head + crypto.mac(_mac_key(file_key, fields), head)


def _mac_key(file_key: bytes, fields: dict) -> bytes:
    """The header MAC key."""
    salt = bytes.fromhex(fields["payload_nonce"])
    return crypto.subkey(file_key, salt=salt, purpose="header mac")


def read_header(stream: BinaryIO, *, file_size: int) -> Header:
    """Parse the header with bounds checks; no key needed, no KDF run."""
    preamble = stream.read(PREAMBLE.size)
    magic, version, length = _check_preamble(preamble)
    rest = stream.read(length + 2 * DIGEST)
    if len(rest) < length + 2 * DIGEST:
        raise TruncatedBackupError("the backup ends inside its header: it is incomplete")
    body, digest = rest[:length], rest[length : length + DIGEST]
    if hashlib.sha256(preamble + body).digest() != digest:
        raise CorruptBackupError("the backup header is damaged (its checksum does not match)")
    header = _parse_fields(body, preamble + rest)
    _check_size(header, file_size)
    return header


def _check_preamble(preamble: bytes) -> tuple[bytes, int, int]:
    """Magic, version and header length, each checked."""
    if not preamble:
        raise NotABackupError("the file is empty: it is not a MentorDesk backup")
    if not preamble.startswith(MAGIC[: len(preamble)]) or preamble[:1] != MAGIC[:1]:
        raise NotABackupError(_what_it_is(preamble))
    if len(preamble) < PREAMBLE.size:
        raise TruncatedBackupError("the backup ends inside its first bytes: it is incomplete")
    magic, version, length = PREAMBLE.unpack(preamble)
    if magic != MAGIC:
        raise NotABackupError(_what_it_is(preamble))
    if version > VERSION:
        raise NewerFormatError(
            f"the backup was made by a newer MentorDesk (format {version}); update MentorDesk"
        )
    if version < 1 or not MIN_HEADER <= length <= MAX_HEADER:
        raise CorruptBackupError("the backup's version or header length field is damaged")
    return magic, version, length


def _what_it_is(start: bytes) -> str:
    """Why a file is not a backup, naming what it looks like."""
    if start.startswith(b"SQLite format 3"[: len(start)]) and len(start) >= 6:
        return "the file is a SQLite database, not a MentorDesk backup (.mdbk)"
    if start[:1] in (b"\x89",) and b"MDBK" in start:
        return "the backup's first bytes are damaged (it may have been copied as text)"
    return "the file is not a MentorDesk backup (.mdbk)"


def _parse_fields(body: bytes, block: bytes) -> Header:
    """The header's fields, type- and range-checked."""
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CorruptBackupError("the backup header cannot be read") from error
    if not isinstance(fields, dict):
        raise CorruptBackupError("the backup header cannot be read")
    unknown = set(map(str, _typed(fields, "features", list))) - KNOWN_FEATURES
    if unknown:
        raise NewerFormatError(
            "the backup needs features this MentorDesk lacks "
            f"({', '.join(sorted(map(str, unknown)))}); update MentorDesk"
        )
    if fields.get("aead") != crypto.AEAD_ID:
        cipher = fields.get("aead")
        raise NewerFormatError(f"the backup uses a cipher this MentorDesk lacks ({cipher!r})")
    slots = _typed(fields, "master_key_slots", list)
    if not all(isinstance(slot, dict) for slot in slots):
        raise CorruptBackupError("the master_key_slots field of the backup header is damaged")
    return Header(
        fields=fields,
        block=block,
        schema_version=_bounded(fields, "schema_version", 0, 2**31),
        chunk_size=_bounded(fields, "chunk_size", *CHUNK_BOUNDS),
        plaintext_bytes=_bounded(fields, "plaintext_bytes", 0, MAX_PLAINTEXT),
        key_id=crypto.hex_field(fields.get("key_id"), 8, "key id").hex(),
        payload_nonce=crypto.hex_field(fields.get("payload_nonce"), 16, "payload nonce"),
    )


def _typed(fields: dict, name: str, kind: type):
    """A field of a given JSON type, or CorruptBackupError."""
    value = fields.get(name)
    if type(value) is not kind:
        raise CorruptBackupError(f"the {name} field of the backup header is damaged")
    return value


def _bounded(fields: dict, name: str, low: int, high: int) -> int:
    """An integer field within bounds, or CorruptBackupError."""
    value = _typed(fields, name, int)
    if not low <= value <= high:
        raise CorruptBackupError(f"the {name} field of the backup header is out of bounds")
    return value


def _check_size(header: Header, file_size: int) -> None:
    """The file must be exactly as long as its header says: shorter is truncated."""
    expected = header.payload_offset + header.payload_size()
    if file_size < expected:
        raise TruncatedBackupError(
            f"the backup is incomplete: {expected - file_size} bytes of its end are missing"
        )
    if file_size > expected:
        raise CorruptBackupError(
            f"the backup has {file_size - expected} bytes of unexpected data after its end"
        )


@dataclass(frozen=True)
class OpenedHeader:
    """An authenticated header: the keys for the payload and the decrypted summary."""

    header: Header
    payload_key: bytes
    aad: bytes
    summary: dict


def open_header(header: Header, master: bytes) -> OpenedHeader:
    """Unwrap the file key with the master key, then verify the header MAC."""
    if crypto.key_id(master) != header.key_id:
        raise WrongKeyError(
            f"this backup was made with another backup key (id {header.key_id}); "
            "give its recovery key with --recovery-key-file"
        )
    file_key = _unwrap_file_key(header, master)
    head, tag = header.block[:-DIGEST], header.block[-DIGEST:]
    if not _equal(crypto.mac(_mac_key(file_key, header.fields), head), tag):
        raise CorruptBackupError("the backup header fails its authentication check: it was changed")
    return OpenedHeader(
        header=header,
        payload_key=crypto.subkey(file_key, salt=header.payload_nonce, purpose="payload"),
        aad=hashlib.sha256(header.block).digest(),
        summary=_open_summary(header, file_key),
    )


def file_key_aad(key_id: str, payload_nonce: bytes) -> bytes:
    """What the file-key slot is bound to."""
    return b"mentordesk backup v1 file key " + key_id.encode() + payload_nonce


def _unwrap_file_key(header: Header, master: bytes) -> bytes:
    """The per-file key from its slot under the master key."""
    slot = header.fields.get("file_key")
    slot = slot if isinstance(slot, dict) else {}
    body = {
        "nonce": crypto.hex_field(slot.get("nonce"), crypto.SLOT_NONCE_BYTES, "file key nonce"),
        "sealed": crypto.hex_field(slot.get("sealed"), 48, "file key"),
    }
    file_key = crypto.open_sealed(
        master, body, aad=file_key_aad(header.key_id, header.payload_nonce)
    )
    if file_key is None:
        raise CorruptBackupError("the backup's key slot fails its check: the header was changed")
    return file_key


def seal_summary(file_key: bytes, payload_nonce: bytes, summary: dict) -> str:
    """The summary (counts per entity, sizes) encrypted for the header, as hex."""
    key = crypto.subkey(file_key, salt=payload_nonce, purpose="summary")
    data = json.dumps(summary, sort_keys=True).encode()
    return crypto.aead(key).encrypt(bytes(12), data, b"summary").hex()


def _open_summary(header: Header, file_key: bytes) -> dict:
    """The decrypted summary."""
    from cryptography.exceptions import InvalidTag

    key = crypto.subkey(file_key, salt=header.payload_nonce, purpose="summary")
    try:
        sealed = bytes.fromhex(str(header.fields.get("summary", "")))
        summary = json.loads(crypto.aead(key).decrypt(bytes(12), sealed, b"summary"))
    except (ValueError, InvalidTag) as error:
        raise CorruptBackupError("the backup's summary is damaged") from error
    if not isinstance(summary, dict):
        raise CorruptBackupError("the backup's summary is damaged")
    return summary


def _equal(a: bytes, b: bytes) -> bool:
    """Constant-time comparison."""
    import hmac

    return hmac.compare_digest(a, b)
