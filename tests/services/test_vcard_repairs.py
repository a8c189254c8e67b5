"""vCard import keeps every readable card: one handwritten sample per real-world failure class."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.core.errors import UserError
from mentordesk.db import models as m
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.interop.vcard.encoding import decode_vcard_bytes
from mentordesk.services.interop.vcard.parse import parse_vcards
from mentordesk.services.interop.vcard.transfer import (
    export_vcards,
    import_vcards,
    read_vcard_file,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards" / "repairs"
SAMPLES = sorted(DATA.glob("*.vcf"))
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def imported(name: str):
    """Import a sample; the result and the contacts it left, by name."""
    result = import_vcards(read_vcard_file(DATA / name))
    return result, {c.name: c for c in m.ContactRecord.select()}


def warnings_of(result) -> list[tuple[int, str]]:
    """The warnings of an import as (line, message)."""
    return [(w.line, w.message) for w in result.warnings]


def test_an_impossible_birthday_is_dropped_and_named_by_line(database):
    result, contacts = imported("bad_bday.vcf")
    farid = contacts["Farid Haddad"]
    assert (result.created, result.problems) == (1, [])
    assert farid.birthday == "" and farid.phones[0]["value"] == "+44 20 7946 0011"
    assert farid.emails[0]["value"] == "farid.haddad@example.com"
    assert warnings_of(result) == [
        (5, "BDAY '1985-13-40' is not a date; kept the rest of the card")
    ]


def test_a_photo_that_is_not_base64_is_dropped_and_named_by_line(database):
    result, contacts = imported("bad_photo_base64.vcf")
    greta = contacts["Greta Lindholm"]
    assert greta.photo is None and greta.emails[0]["value"] == "greta.lindholm@example.com"
    assert warnings_of(result) == [(5, "PHOTO is not valid base64; kept the rest of the card")]


def test_a_stray_cr_in_a_value_keeps_the_card(database):
    result, contacts = imported("stray_cr.vcf")
    hamid = contacts["Hamid Karimi"]
    assert (hamid.emails[0]["value"], hamid.notes) == ("hamid.karimi@example.com", "Weekly calls")
    assert warnings_of(result) == [
        (5, "X-CUSTOM had control characters (CR); kept the text without them")
    ]


def test_2_1_base64_lines_without_indent_are_one_photo(database):
    result, contacts = imported("v21_base64_unindented.vcf")
    ines = contacts["Ines Duarte"]
    assert bytes(ines.photo).startswith(PNG_MAGIC)
    assert ines.phones[0]["value"] == "+351 21 000 0042"
    assert (result.problems, result.warnings) == ([], [])


def test_utf16_without_a_bom_is_read():
    text = read_vcard_file(DATA / "utf16le_no_bom.vcf")
    (card,) = parse_vcards(text).cards
    assert card.name == "Łucja Nowak" and card.emails[0]["value"] == "lucja.nowak@example.com"
    big_endian = (DATA / "utf16le_no_bom.vcf").read_bytes().decode("utf-16-le").encode("utf-16-be")
    assert decode_vcard_bytes(big_endian) == text


def test_8bit_text_uses_the_charset_declared_on_another_line(database):
    result, contacts = imported("cp1251_charset_elsewhere.vcf")
    assert list(contacts) == ["Олена Коваль"]
    assert warnings_of(result) == [
        (3, "text is not valid UTF-8; read it as Windows-1251"),
        (4, "text is not valid UTF-8; read it as Windows-1251"),
    ]


def test_a_base64_photo_without_encoding_is_kept(database):
    result, contacts = imported("photo_without_encoding.vcf")
    assert bytes(contacts["Kofi Boateng"].photo).startswith(PNG_MAGIC)
    assert result.warnings == []


def test_same_name_different_uids_stay_two_people(database):
    result, _ = imported("same_name_different_uid.vcf")
    records = list(m.ContactRecord.select().order_by(m.ContactRecord.id))
    assert (result.created, result.updated) == (2, 0)
    assert [(r.name, r.uid, r.notes) for r in records] == [
        ("Ms. Sample", "sample-uid-0001", "first of two"),
        ("Ms. Sample", "sample-uid-0002", "second of two"),
    ]


def test_one_latin1_byte_in_utf8_spoils_only_its_line(database):
    result, contacts = imported("utf8_stray_latin1.vcf")
    zoe = contacts["Zoë Müller"]
    assert zoe.notes == "Met at the café in Zürich"
    assert warnings_of(result) == [(4, "text is not valid UTF-8; read its other bytes as cp1252")]


def test_cr_only_line_ends_are_read(database):
    result, contacts = imported("cr_only.vcf")
    lars = contacts["Lars Holm"]
    assert (lars.emails[0]["value"], lars.notes) == (
        "lars.holm@example.com",
        "Long note that is folded",
    )
    assert (result.problems, result.warnings) == ([], [])


def test_a_nul_byte_is_taken_out_of_an_email(database):
    result, contacts = imported("nul_in_email.vcf")
    assert contacts["Mira Sol"].emails[0]["value"] == "mira.sol@example.com"
    assert warnings_of(result) == [
        (4, "EMAIL had control characters (NUL); kept the text without them")
    ]


def test_control_characters_in_quoted_printable_are_taken_out():
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ola\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=00b=0D=0Ac\r\nEND:VCARD\r\n"
    parsed = parse_vcards(text)
    assert parsed.cards[0].notes == "ab\nc"
    assert [(w.line, w.message) for w in parsed.warnings] == [
        (4, "NOTE had control characters (NUL); kept the text without them")
    ]


def test_utf16_with_an_odd_byte_count_is_a_clear_error():
    path = DATA / "damaged" / "utf16_odd_bytes.vcf"
    with pytest.raises(UserError) as raised:
        read_vcard_file(path)
    message = str(raised.value)
    assert "\n" not in message and "UTF-16" in message and "odd number of bytes (103)" in message


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_reimport_and_export_round_trip_change_nothing(database, path):
    first = import_vcards(read_vcard_file(path))
    before = export_json_text()
    again = import_vcards(read_vcard_file(path))
    assert (again.created, again.updated) == (0, 0)
    assert again.warnings == first.warnings
    back = import_vcards(export_vcards())
    assert (back.created, back.updated, back.warnings) == (0, 0, [])
    assert export_json_text() == before


def test_cli_prints_warnings_by_line(tmp_path):
    sample = DATA / "bad_bday.vcf"
    command = [sys.executable, "-m", "mentordesk", "--data-dir", str(tmp_path / "ws")]
    done = subprocess.run([*command, "import-vcf", str(sample)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{sample}:5: warning: BDAY '1985-13-40' is not a date" in done.stderr
    assert "1 created, 0 updated, 0 unchanged, 0 skipped." in done.stdout


def test_base64_fixture_is_a_real_image():
    text = (DATA / "photo_without_encoding.vcf").read_text()
    payload = "".join(text.split("PHOTO:", 1)[1].split("END:VCARD")[0].split())
    assert base64.b64decode(payload).startswith(PNG_MAGIC)


def test_a_long_photo_damaged_in_places_is_kept_with_a_warning(database):
    result, contacts = imported("damaged_long_photo.vcf")
    ada = contacts["Ada Okonkwo"]
    assert ada.photo is not None and bytes(ada.photo).startswith(b"\xff\xd8\xff")
    assert warnings_of(result) == [
        (5, "PHOTO is damaged base64; kept what could be read, it may not display")
    ]
