"""Crypto primitives of the backup format: HKDF subkeys, key slots, bounded KDFs, chunk nonces."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from mentordesk.services.backup.errors import CorruptBackupError

KEY_BYTES = 32
SALT_BYTES = 16
SLOT_NONCE_BYTES = 12
TAG_BYTES = 16
AEAD_ID = "chacha20-poly1305"
# Bounds on KDF parameters read from a file, checked before the KDF runs (age caps scrypt).
ARGON2_DEFAULT = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}
ARGON2_BOUNDS = {"memory_kib": (8 * 1024, 1024 * 1024), "iterations": (1, 10), "lanes": (1, 16)}
SCRYPT_BOUNDS = {"log_n": (14, 20), "r": (1, 16), "p": (1, 4)}


def random_bytes(count: int) -> bytes:
    """Bytes from the OS's cryptographic random source."""
    return os.urandom(count)


def subkey(key: bytes, *, salt: bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose, derived from `key` with HKDF-SHA256."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"mentordesk backup v1 {purpose}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key)


def key_id(master_key: bytes) -> str:
    """The public id of a master key (16 hex digits); it reveals nothing about the key."""
    digest = hmac.new(master_key, b"mentordesk backup key id", hashlib.sha256).digest()
    return digest[:8].hex()


def mac(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256 of `data`."""
    return hmac.new(key, data, hashlib.sha256).digest()


def aead(key: bytes):
    """The AEAD cipher of format v1."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    return ChaCha20Poly1305(key)


def seal(key: bytes, plaintext: bytes, *, aad: bytes) -> dict[str, bytes]:
    """Encrypt a small secret under `key` with a fresh nonce: a key slot's body."""
    nonce = random_bytes(SLOT_NONCE_BYTES)
    return {"nonce": nonce, "sealed": aead(key).encrypt(nonce, plaintext, aad)}


def open_sealed(key: bytes, slot: dict[str, bytes], *, aad: bytes) -> bytes | None:
    """The secret in a slot, or None when the key (or the slot) is wrong."""
    from cryptography.exceptions import InvalidTag

    try:
        return aead(key).decrypt(slot["nonce"], slot["sealed"], aad)
    except InvalidTag:
        return None


def chunk_nonce(index: int, *, last: bool) -> bytes:
    """The nonce of payload chunk `index`: an 11-byte counter and a last-chunk flag (age)."""
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


@dataclass(frozen=True)
class KdfParams:
    """A password KDF and its parameters, as stored in a key slot."""

    name: str
    salt: bytes
    values: dict[str, int]

    def to_json(self) -> dict:
        """The parameters as JSON-ready values (salt as hex)."""
        return {"kdf": self.name, "salt": self.salt.hex(), **self.values}


def new_kdf_params(**overrides: int) -> KdfParams:
    """Argon2id with the default cost and a fresh salt."""
    return KdfParams("argon2id", random_bytes(SALT_BYTES), {**ARGON2_DEFAULT, **overrides})


def kdf_params_from_json(data: dict) -> KdfParams:
    """Parameters read from a file, refused when out of bounds (before any KDF runs)."""
    name = data.get("kdf")
    bounds = {"argon2id": ARGON2_BOUNDS, "scrypt": SCRYPT_BOUNDS}.get(str(name))
    if bounds is None:
        raise CorruptBackupError(f"unknown key derivation function {name!r} in a key slot")
    values = {}
    for field, (low, high) in bounds.items():
        value = data.get(field)
        if type(value) is not int or not low <= value <= high:
            raise CorruptBackupError(
                f"key slot parameter {field}={value!r} is outside {low}..{high}: "
                "the file is damaged or was made to exhaust memory; it was not used"
            )
        values[field] = value
    return KdfParams(name, hex_field(data.get("salt"), SALT_BYTES, "salt"), values)


def derive(secret: bytes, params: KdfParams) -> bytes:
    """Run the KDF named in `params` (already bounds-checked) over a secret."""
    if params.name == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(
            salt=params.salt,
            length=KEY_BYTES,
            iterations=params.values["iterations"],
            lanes=params.values["lanes"],
            memory_cost=params.values["memory_kib"],
        )
        return kdf.derive(secret)
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    n, r, p = 2 ** params.values["log_n"], params.values["r"], params.values["p"]
    return Scrypt(salt=params.salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)


def hex_field(value: object, size: int, name: str) -> bytes:
    """Bytes from a hex field of a known size, or CorruptBackupError."""
    try:
        raw = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != size:
        raise CorruptBackupError(f"the {name} field of the backup header is damaged")
    return raw
