"""The v1 format refuses every damaged, truncated, tampered, foreign or newer file by class."""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path

import pytest

from mentordesk.services.backup import crypto
from mentordesk.services.backup.errors import (
    BackupError,
    CorruptBackupError,
    NewerFormatError,
    NewerSchemaError,
    NotABackupError,
    TruncatedBackupError,
    WrongKeyError,
)
from mentordesk.services.backup.header import chunk_count, read_header
from mentordesk.services.backup.keys import format_recovery_key, parse_recovery_key
from mentordesk.services.backup.reader import Secrets
from mentordesk.services.backup.verify import verify_backup
from tests.services.backup.helpers import (
    OTHER_MASTER,
    TEST_MASTER,
    TEST_RECOVERY,
    edit_header,
    header_end,
)

KEY = Secrets(master_key=TEST_MASTER, use_keyring=False)


def check(path: Path, secrets: Secrets = KEY):
    """Verify a backup completely."""
    return verify_backup(path, secrets=secrets)


def variant(tmp_path: Path, data: bytes, name: str = "variant.mdbk") -> Path:
    """Write changed bytes to a new file."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def flipped(data: bytes, offset: int, bit: int = 0) -> bytes:
    """The bytes with one bit flipped."""
    changed = bytearray(data)
    changed[offset] ^= 1 << bit
    return bytes(changed)


def chunks(data: bytes) -> tuple[int, int, int]:
    """Payload start, sealed chunk size and chunk count of a backup's bytes."""
    with open_bytes(data) as stream:
        header = read_header(stream, file_size=len(data))
    return header_end(data), header.chunk_size + crypto.TAG_BYTES, chunk_count(header)


def open_bytes(data: bytes):
    """A binary stream over bytes."""
    import io

    return io.BytesIO(data)


def test_a_good_backup_verifies(made):
    result = check(made.path)
    assert result.summary["counts"]["contacts"] == 6 and result.summary["files"] == 2


def test_wrong_master_key_is_refused(made):
    with pytest.raises(WrongKeyError, match="another backup key"):
        check(made.path, Secrets(master_key=OTHER_MASTER, use_keyring=False))


def test_the_recovery_key_opens_it_and_a_wrong_one_is_refused(made):
    assert check(made.path, Secrets(recovery_key=TEST_RECOVERY, use_keyring=False))
    with pytest.raises(WrongKeyError, match="does not open"):
        check(made.path, Secrets(recovery_key=bytes(20), use_keyring=False))


def test_a_mistyped_recovery_key_is_named_a_typo():
    text = format_recovery_key(TEST_RECOVERY)
    assert parse_recovery_key(text.lower().replace("-", " ")) == TEST_RECOVERY
    typo = ("A" if text[5] != "A" else "B").join([text[:5], text[6:]])
    with pytest.raises(WrongKeyError, match="typo"):
        parse_recovery_key(typo)
    with pytest.raises(WrongKeyError, match="36 letters"):
        parse_recovery_key(text[:-4])


def test_no_key_in_the_keyring_points_to_the_recovery_key(made):
    with pytest.raises(WrongKeyError, match="--recovery-key-file"):
        check(made.path, Secrets())


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "empty"),
        (b"\x89MDB", "incomplete"),
        (b"hello, this is a text file\n" * 20, "not a MentorDesk backup"),
        (bytes(range(256)) * 8, "not a MentorDesk backup"),
    ],
    ids=["empty", "magic-prefix", "text", "random"],
)
def test_files_that_are_not_backups(tmp_path, content, error):
    with pytest.raises((NotABackupError, TruncatedBackupError), match=error):
        check(variant(tmp_path, content))


def test_a_sqlite_file_is_named_as_one(workspace):
    with pytest.raises(NotABackupError, match="SQLite database"):
        check(workspace.database)


def test_line_ending_damage_is_caught_by_the_magic(made, tmp_path):
    data = made.path.read_bytes().replace(b"\r\n", b"\n", 1)
    with pytest.raises(NotABackupError, match="copied as text"):
        check(variant(tmp_path, data))


def test_a_bit_flip_anywhere_in_the_header_is_refused(made, tmp_path):
    data = made.path.read_bytes()
    end = header_end(data)
    body = range(14, end - 64, 5)  # every field of the JSON header is longer than 5 bytes
    for offset in [*range(14), *body, *range(end - 64, end)]:
        with pytest.raises(BackupError) as caught:
            check(variant(tmp_path, flipped(data, offset, bit=offset % 8)))
        expected = _expected_for_header_offset(offset)
        assert isinstance(caught.value, expected), (offset, caught.value)


def _expected_for_header_offset(offset: int):
    """Which class a flip at a header offset must give."""
    if offset < 8:
        return NotABackupError
    if offset < 10:
        return (NewerFormatError, CorruptBackupError)
    if offset < 14:
        return (CorruptBackupError, TruncatedBackupError)
    return CorruptBackupError  # JSON fields, checksum and MAC


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("part", ["body", "tag"])
def test_a_bit_flip_in_a_chunk_names_the_chunk(made, tmp_path, where, part):
    data = made.path.read_bytes()
    start, sealed, count = chunks(data)
    index = {"first": 0, "middle": count // 2, "last": count - 1}[where]
    last_size = len(data) - start - sealed * (count - 1)
    size = last_size if index == count - 1 else sealed
    offset = start + index * sealed + (3 if part == "body" else size - 5)
    with pytest.raises(CorruptBackupError, match=f"chunk {index + 1} of {count}"):
        check(variant(tmp_path, flipped(data, offset)))


def test_truncation_at_every_chunk_boundary_and_one_byte_short(made, tmp_path):
    data = made.path.read_bytes()
    start, sealed, count = chunks(data)
    cuts = [start + i * sealed for i in range(count)] + [len(data) - 1, start - 1, 20, 1]
    for cut in cuts:
        with pytest.raises(TruncatedBackupError):
            check(variant(tmp_path, data[:cut]))


def test_cuts_inside_the_header_like_borg(made, tmp_path):
    data = made.path.read_bytes()
    for cut in (0, 1, 14, header_end(data), header_end(data) + 15):
        with pytest.raises((TruncatedBackupError, NotABackupError)):
            check(variant(tmp_path, data[:cut]))


def test_appended_junk_is_refused(made, tmp_path):
    data = made.path.read_bytes()
    with pytest.raises(CorruptBackupError, match="unexpected data after its end"):
        check(variant(tmp_path, data + b"\x00" * 17))


def test_a_swapped_or_duplicated_chunk_is_refused(made, tmp_path):
    data = made.path.read_bytes()
    start, sealed, count = chunks(data)
    piece = [data[start + i * sealed : start + (i + 1) * sealed] for i in range(count - 1)]
    swapped = data[:start] + piece[1] + piece[0] + data[start + 2 * sealed :]
    with pytest.raises(CorruptBackupError, match="chunk 1 of .* out of place"):
        check(variant(tmp_path, swapped))
    duplicated = data[:start] + piece[0] + piece[0] + data[start + 2 * sealed :]
    with pytest.raises(CorruptBackupError, match="chunk 2 of .* out of place"):
        check(variant(tmp_path, duplicated))


def test_a_header_from_another_backup_spliced_on(made, filled, key_file, tmp_path):
    from mentordesk.services.backup.create import create_backup

    other = create_backup(
        filled, master_key=TEST_MASTER, key_file=key_file, out=tmp_path / "b.mdbk", chunk_size=4096
    )
    a, b = made.path.read_bytes(), other.path.read_bytes()
    assert len(a) == len(b)  # same data, same layout: only the keys and nonces differ
    spliced = b[: header_end(b)] + a[header_end(a) :]
    with pytest.raises(CorruptBackupError, match="chunk 1 of"):
        check(variant(tmp_path, spliced))


def test_a_newer_format_version_is_refused(made, tmp_path):
    data = bytearray(made.path.read_bytes())
    data[8:10] = struct.pack(">H", 2)
    with pytest.raises(NewerFormatError, match="newer MentorDesk"):
        check(variant(tmp_path, bytes(data)))


def test_an_unknown_mandatory_feature_is_refused(made, tmp_path):
    data = edit_header(made.path.read_bytes(), lambda f: f["features"].append("zstd"))
    with pytest.raises(NewerFormatError, match="zstd"):
        check(variant(tmp_path, data))


def test_a_newer_schema_is_refused_before_anything_is_written(made, tmp_path, workspace):
    from mentordesk.services.backup.restore import restore_backup

    data = edit_header(made.path.read_bytes(), lambda f: f.update(schema_version=999))
    before = workspace.database.read_bytes()
    with pytest.raises(CorruptBackupError, match="authentication"):
        restore_backup(workspace, variant(tmp_path, data), secrets=KEY)  # a forged header
    assert workspace.database.read_bytes() == before


def test_a_database_newer_than_this_code_is_refused(tmp_path):
    from mentordesk.services.backup.snapshot import check_database

    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA application_id = 1296321329")
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(NewerSchemaError, match="newer MentorDesk"):
        check_database(path, what="the backup")


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 4 * 1024 * 1024), ("iterations", 1000), ("lanes", 0), ("memory_kib", "big")],
)
def test_kdf_parameters_out_of_bounds_are_refused_before_the_kdf_runs(
    made, tmp_path, monkeypatch, field, value
):
    def change(fields):
        fields["master_key_slots"][0][field] = value

    data = edit_header(made.path.read_bytes(), change)
    monkeypatch.setattr(crypto, "derive", lambda *a: pytest.fail("the KDF ran"))
    with pytest.raises(CorruptBackupError, match="outside"):
        check(variant(tmp_path, data), Secrets(recovery_key=TEST_RECOVERY, use_keyring=False))


def test_an_oversized_header_length_is_refused_without_reading_it(made, tmp_path):
    data = bytearray(made.path.read_bytes())
    data[10:14] = struct.pack(">I", 2**31)
    with pytest.raises(CorruptBackupError, match="header length"):
        check(variant(tmp_path, bytes(data)))


def test_the_header_is_bounded_json_with_no_secrets_in_it(made):
    data = made.path.read_bytes()
    length = struct.unpack(">I", data[10:14])[0]
    fields = json.loads(data[14 : 14 + length])
    assert fields["aead"] == "chacha20-poly1305" and fields["chunk_size"] == 4096
    assert TEST_MASTER.hex() not in data.hex() and "contacts" not in json.dumps(fields)


WRONG_VALUES = [None, 0, -1, 2**70, "x", "", [], {}, [{}], [[1]], {"a": 1}, 1.5, True]


@pytest.mark.parametrize(
    "field",
    [
        "features",
        "aead",
        "schema_version",
        "chunk_size",
        "plaintext_bytes",
        "key_id",
        "payload_nonce",
        "file_key",
        "master_key_slots",
        "summary",
    ],
)
def test_a_forged_header_field_of_any_type_is_refused_never_a_crash(made, tmp_path, field):
    data = made.path.read_bytes()
    for value in WRONG_VALUES:
        forged = edit_header(data, lambda f, v=value: f.__setitem__(field, v))
        if forged == data:
            continue  # the value it already had
        for secrets in (KEY, Secrets(recovery_key=TEST_RECOVERY, use_keyring=False)):
            with pytest.raises(BackupError):
                check(variant(tmp_path, forged), secrets)


@pytest.mark.parametrize("key", ["nonce", "sealed", "salt", "label", "kdf", "memory_kib"])
def test_a_forged_key_slot_field_is_refused_never_a_crash(made, tmp_path, key):
    data = made.path.read_bytes()
    for value in WRONG_VALUES:

        def change(fields, v=value):
            fields["master_key_slots"][0][key] = v
            fields["file_key"][key] = v

        forged = edit_header(data, change)
        for secrets in (KEY, Secrets(recovery_key=TEST_RECOVERY, use_keyring=False)):
            with pytest.raises(BackupError):
                check(variant(tmp_path, forged), secrets)
