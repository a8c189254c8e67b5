"""vCard import, preview and export against real-world sample files and vobject."""

from __future__ import annotations

import base64
import codecs
import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import vobject
import vobject.base
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.core.errors import UserError
from mentordesk.core.progress import JobCancelledError
from mentordesk.db import models as m
from mentordesk.db.database import db, open_database
from mentordesk.services.contacts.records import add_contact
from mentordesk.services.interop.export_json import export_json_text
from mentordesk.services.interop.vcard.parse import (
    parse_vcards,
    split_escaped,
    unescape,
    unfold,
)
from mentordesk.services.interop.vcard.transfer import (
    NotAVCardError,
    PreviewAction,
    export_vcards,
    import_vcards,
    preview_vcards,
    read_vcard_file,
)
from mentordesk.services.interop.vcard.write import escape_text, fold_line

DATA = Path(__file__).resolve().parents[1] / "data" / "vcards"
SAMPLES = sorted(DATA.glob("*.vcf"))


def sample(name: str) -> str:
    """The text of a sample file."""
    return read_vcard_file(DATA / name)


def card(*lines: str, version: str = "3.0") -> str:
    """One vCard with the given content lines, CRLF-terminated."""
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def contact(name: str) -> m.ContactRecord:
    """The contact with that name."""
    return m.ContactRecord.get(m.ContactRecord.name == name)


def only_card(text: str):
    """The single card parsed from a text, with no problems."""
    parsed = parse_vcards(text)
    assert parsed.problems == []
    (result,) = parsed.cards
    return result


# ---- the sample files ------------------------------------------------------------------------


def test_google_contacts_sample(database):
    result = import_vcards(sample("google_contacts.vcf"))
    assert (result.created, result.updated, result.problems) == (2, 0, [])
    amara = contact("Amara Okafor")
    assert (amara.organisation, amara.role) == ("Example Labs", "Engineering Manager")
    assert amara.emails == [
        {"value": "amara.okafor@example.com", "label": "work"},
        {"value": "amara.mentoring@example.org", "label": "Mentoring"},
    ]
    assert amara.phones == [
        {"value": "+1 415-555-0134", "label": "cell"},
        {"value": "+1 415-555-0190", "label": "Studio"},
    ]
    assert amara.links == [
        {"value": "https://www.linkedin.com/in/amara-okafor-example", "label": "profile"}
    ]
    assert amara.notes == (
        "Met at the Women in Tech mentoring night. Happy to review my promotion case, "
        "monthly; prefers Tuesday mornings."
    )
    assert (amara.birthday, amara.tags) == ("1984-09-23", ["myContacts", "Mentors"])
    tomas = contact("Tomás Herrera")
    assert (tomas.organisation, tomas.birthday) == ("Northwind Traders", "--07-30")
    assert tomas.tags == ["myContacts", "starred"]


def test_iphone_sample(database):
    import_vcards(sample("iphone.vcf"))
    sofia = contact("Sofia Lindqvist")
    assert sofia.organisation == "Northwind Design"
    assert sofia.emails == [
        {"value": "sofia.lindqvist@example.com", "label": "other"},
        {"value": "s.lindqvist@northwind.example.org", "label": "work"},
    ]
    assert sofia.phones == [
        {"value": "+46 70 555 01 23", "label": "cell"},
        {"value": "+46 8 555 019 00", "label": "main"},
    ]
    assert sofia.links == [{"value": "https://sofia.example.com", "label": "homepage"}]
    assert sofia.birthday == "--04-12"
    assert sofia.notes == "Design critique partner.\nAsk about the accessibility audit."
    assert bytes(sofia.photo) == _embedded_photo(DATA / "iphone.vcf", "PHOTO;ENCODING=b")
    assert bytes(sofia.photo)[:3] == b"\xff\xd8\xff" and len(sofia.photo) == 713
    kwame = contact("Dr. Kwame Mensah")
    assert (kwame.birthday, kwame.role) == ("1979-02-28", "Associate Professor")
    assert kwame.phones == [{"value": "+233 30 255 5017", "label": "work"}]


def _embedded_photo(path: Path, prefix: str) -> bytes:
    """The photo bytes of a sample, decoded independently with vobject's line unfolding."""
    lines = vobject.base.getLogicalLines(io.StringIO(path.read_text(encoding="utf-8")))
    value = next(line.split(":", 1)[1] for line, _ in lines if line.startswith(prefix))
    return base64.b64decode("".join(value.split()))


def test_outlook_2_1_sample(database):
    import_vcards(sample("outlook_2_1.vcf"))
    helene = contact("Hélène Dubois-Lefèvre")
    assert (helene.organisation, helene.role) == ("Contoso Ltd", "Research Director")
    assert helene.notes == (
        "Met at the Lyon data meetup (réunion mensuelle).\n"
        "She offered to review my portfolio before the été hiring round; prefers email."
    )
    assert helene.phones == [
        {"value": "+33 1 55 55 01 23", "label": "work"},
        {"value": "+33 6 55 55 01 24", "label": "cell"},
    ]
    assert [e["value"] for e in helene.emails] == [
        "helene.dubois@example.com",
        "h.dubois-lefevre@contoso.example.org",
    ]
    assert helene.links == [{"value": "http://www.example.org/helene", "label": "work"}]
    assert helene.birthday == "1979-06-23"
    assert bytes(helene.photo)[:3] == b"\xff\xd8\xff" and len(helene.photo) == 678
    jurgen = contact("Jürgen Müller")
    assert jurgen.tags == ["Mentors", "Volunteering"]
    assert jurgen.phones == [{"value": "+49 30 5555 0177", "label": "home"}]


def test_nextcloud_4_0_sample(database):
    import_vcards(sample("nextcloud_4_0.vcf"))
    kenji = contact("Kenji Watanabe")
    assert kenji.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert kenji.timezone == "Asia/Tokyo"
    assert kenji.emails == [
        {"value": "kenji.watanabe@example.com", "label": "work"},
        {"value": "kenji@example.org", "label": "home"},
    ]
    assert kenji.phones == [
        {"value": "+81-90-5555-0142", "label": "cell"},
        {"value": "+81 3 5555 0100", "label": "work"},
    ]
    assert (kenji.birthday, kenji.tags) == ("--04-12", ["Mentors", "Cloud, infra"])
    assert kenji.notes == (
        "Offered monthly calls, first Tuesday.\nPrefers written agendas; shares notes after."
    )
    assert bytes(kenji.photo)[:8] == b"\x89PNG\r\n\x1a\n"
    priya = contact("Priya Raman")
    assert priya.uid == "urn:uuid:9d1c0a52-77d4-4c2e-b1f4-2b8a9f3e6c10"
    assert (priya.timezone, priya.photo) == ("", None)
    assert priya.photo_url == "https://photos.example.org/priya-raman.jpg"
    assert priya.birthday == "1988-11-02"


def test_empty_n_with_fn_present(database):
    import_vcards(sample("empty_n.vcf"))
    rosa = contact("Rosa Delgado")
    assert rosa.organisation == "Volunteer Coders"
    assert rosa.emails == [{"value": "rosa.delgado@example.com", "label": ""}]


def test_malformed_card_is_reported_with_its_line_and_skipped(database):
    result = import_vcards(sample("malformed_middle.vcf"))
    assert result.created == 2
    assert [(p.line, p.message) for p in result.problems] == [(6, "card has no END:VCARD line")]
    names = sorted(c.name for c in m.ContactRecord.select())
    assert names == ["Lena Fischer", "Mei Chen"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_importing_a_sample_twice_changes_nothing(database, path):
    first = import_vcards(read_vcard_file(path))
    before = export_json_text()
    second = import_vcards(read_vcard_file(path))
    assert export_json_text() == before
    assert (second.created, second.updated) == (0, 0)
    assert second.unchanged == first.created + first.updated
    assert second.problems == first.problems


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_created_contacts_get_a_mentorship_at_prospect(database, path):
    created = import_vcards(read_vcard_file(path)).created
    ships = list(m.MentorshipRecord.select())
    assert len(ships) == created == m.ContactRecord.select().count()
    assert {s.stage for s in ships} == {"prospect"}
    assert m.StageChangeRecord.select().count() == created


# ---- parsing details -------------------------------------------------------------------------


def test_name_is_built_from_n_when_fn_is_missing():
    parsed = only_card(card("N:García Márquez;Ana;María;Dr.;PhD"))
    assert parsed.name == "Dr. Ana María García Márquez PhD"


@pytest.mark.parametrize("lines", [("N:;;;;",), ("ORG:Example Org",), ("FN: ", "N:;;;;")])
def test_a_card_without_any_name_is_a_problem(lines):
    parsed = parse_vcards(card("EMAIL:nobody@example.com", *lines))
    assert parsed.cards == []
    assert [(p.line, p.message) for p in parsed.problems] == [
        (1, "card has no name (neither FN nor N)")
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("BDAY:1985-04-12", "1985-04-12"),
        ("BDAY:19850412", "1985-04-12"),
        ("BDAY;VALUE=date:1985-04-12T00:00:00Z", "1985-04-12"),
        ("BDAY:--0412", "--04-12"),
        ("BDAY:--04-12", "--04-12"),
        ("BDAY:--0229", "--02-29"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", "--04-12"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1990-04-12", "1990-04-12"),
        ("BDAY;VALUE=text:circa 1800", ""),
    ],
)
def test_birthday_forms(value, expected):
    assert only_card(card("FN:Ada Example", value)).birthday == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("TZ:Europe/Berlin", "Europe/Berlin"),
        ("TZ;VALUE=TEXT:America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("TZ:-05:00", ""),
        ("TZ;VALUE=utc-offset:-0500", ""),
        ("TZ:+0100", ""),
        ("TZ:Mars/Olympus_Mons", ""),
        ("TZ:W. Europe Standard Time", ""),
    ],
)
def test_timezone_only_from_iana_names(value, expected):
    assert only_card(card("FN:Ada Example", value)).timezone == expected


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("TEL;WORK;VOICE:+1 555 0100", "work"),
        ("TEL;TYPE=work,voice:+1 555 0100", "work"),
        ("TEL;TYPE=WORK;TYPE=FAX:+1 555 0100", "work,fax"),
        ('TEL;TYPE="work,voice";PREF=1:+1 555 0100', "work"),
        ("TEL;VOICE:+1 555 0100", "voice"),
        ("TEL:+1 555 0100", ""),
    ],
)
def test_phone_labels_from_2_1_3_0_and_4_0_params(line, label):
    assert only_card(card("FN:Ada Example", line)).phones == [
        {"value": "+1 555 0100", "label": label}
    ]


def test_preferred_values_come_first():
    parsed = only_card(
        card(
            "FN:Ada Example",
            "EMAIL;TYPE=home;PREF=2:two@example.com",
            "EMAIL:three@example.com",
            "EMAIL;TYPE=work;PREF=1:one@example.com",
        )
    )
    assert [e["value"] for e in parsed.emails] == [
        "one@example.com",
        "two@example.com",
        "three@example.com",
    ]


def test_value_escaping_and_folding_with_tabs_and_lf():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\\, the Example\n"
        "NOTE:back\\\\slash\\;\n\tsemi\\nnext\\,\n  line\nEND:VCARD\n"
    )
    parsed = only_card(text)
    assert parsed.name == "Ada, the Example"
    assert parsed.notes == "back\\slash;semi\nnext, line"


def test_quoted_printable_latin1_and_soft_breaks():
    text = card(
        "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Fran=E7oise Ren=E9e",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =",
        "au lait=0D=0Apuis th=C3=A9",
        version="2.1",
    )
    parsed = only_card(text)
    assert parsed.name == "Françoise Renée"
    assert parsed.notes == "Café au lait\npuis thé"


def test_a_dangling_soft_break_does_not_swallow_the_end_of_the_card():
    parsed = only_card(card("FN:Ada", "NOTE;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9=", version="2.1"))
    assert parsed.notes == "Café"


def test_bare_quoted_printable_param_in_2_1():
    parsed = only_card(card("FN;QUOTED-PRINTABLE:Jos=C3=A9 Example", version="2.1"))
    assert parsed.name == "José Example"


def test_photo_by_uri_forms():
    first = only_card(card("FN:Ada", "PHOTO;VALUE=uri:https://example.org/ada.png"))
    second = only_card(card("FN:Ada", "PHOTO;VALUE=URL:http://example.org/ada.jpg", version="2.1"))
    assert first.photo_url == "https://example.org/ada.png"
    assert second.photo_url == "http://example.org/ada.jpg"


def test_photo_2_1_base64_and_data_uri_percent_encoded():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\nrest").decode()
    old = only_card(card("FN:Ada", f"PHOTO;PNG;BASE64:{png}", version="2.1"))
    plain = only_card(card("FN:Ada", "PHOTO:data:image/svg+xml,%3Csvg%2F%3E", version="4.0"))
    assert old.photo == b"\x89PNG\r\n\x1a\nrest"
    assert plain.photo == b"<svg/>"


def test_uid_and_categories_and_role_fallback():
    parsed = only_card(
        card(
            "UID:urn:uuid:0e6f2d4a-1111-4c2e-9f00-000000000001",
            "FN:Ada",
            "ROLE:Mentor",
            "CATEGORIES:Mentors,Mentors,Writing",
            "CATEGORIES:mentors,Career",
        )
    )
    assert parsed.uid == "urn:uuid:0e6f2d4a-1111-4c2e-9f00-000000000001"
    assert parsed.role == "Mentor"
    assert parsed.tags == ["Mentors", "Writing", "Career"]


@pytest.mark.parametrize(
    ("text", "problems", "names"),
    [
        pytest.param(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n" + card("FN:Bea"),
            [(1, "card has no END:VCARD line")],
            ["Bea"],
            id="missing-end",
        ),
        pytest.param(
            card("FN:Ada") + "FN:Stray\r\nEND:VCARD\r\n" + card("FN:Bea"),
            [(6, "END:VCARD without BEGIN:VCARD")],
            ["Ada", "Bea"],
            id="end-without-begin",
        ),
        pytest.param(
            card("FN:Ada") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea\r\n",
            [(5, "card has no END:VCARD line")],
            ["Ada"],
            id="truncated-file",
        ),
    ],
)
def test_malformed_cards(text, problems, names):
    parsed = parse_vcards(text)
    assert [(p.line, p.message) for p in parsed.problems] == problems
    assert [c.name for c in parsed.cards] == names


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        pytest.param(
            card("FN:Ada", "PHOTO;ENCODING=b;TYPE=JPEG:not*base64!") + card("FN:Bea"),
            (4, "PHOTO is not valid base64; kept the rest of the card"),
            id="bad-base64",
        ),
        pytest.param(
            card("FN:Ada") + card("FN:Bea", "BDAY:1985-13-40"),
            (8, "BDAY '1985-13-40' is not a date; kept the rest of the card"),
            id="bad-date",
        ),
        pytest.param(
            card("FN:Ada", "PHOTO:data:image/png;base64") + card("FN:Bea"),
            (4, "PHOTO data: URI has no ',' before its data; kept the rest of the card"),
            id="bad-data-uri",
        ),
        pytest.param(
            card("FN:Ada", "this line has no colon") + card("FN:Bea"),
            (
                4,
                "line has no 'NAME:value' form: 'this line has no colon'; kept the rest of the card",
            ),
            id="no-colon",
        ),
    ],
)
def test_a_bad_field_is_dropped_and_the_card_kept(text, warning):
    parsed = parse_vcards(text)
    assert parsed.problems == []
    assert [(w.line, w.message) for w in parsed.warnings] == [warning]
    assert [c.name for c in parsed.cards] == ["Ada", "Bea"]
    assert not parsed.cards[0].photo and not parsed.cards[1].birthday


def test_warning_lines_count_folded_physical_lines():
    text = card("FN:Ada", "NOTE:long", " er note") + card("FN:Bea", "BDAY:bad")
    assert [p.line for p in parse_vcards(text).warnings] == [10]


# ---- files and errors ------------------------------------------------------------------------


def test_a_file_that_is_not_a_vcard_is_a_user_error(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nAda,ada@example.com\n", encoding="utf-8")
    with pytest.raises(NotAVCardError) as raised:
        read_vcard_file(path)
    assert isinstance(raised.value, UserError)
    assert "\n" not in str(raised.value) and ".vcf" in str(raised.value)


def test_importing_text_without_a_vcard_raises(database):
    with pytest.raises(NotAVCardError):
        import_vcards("hello\n")


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="Cannot read"):
        read_vcard_file(tmp_path / "missing.vcf")


@pytest.mark.parametrize(
    ("encoding", "bom", "name"),
    [
        ("utf-8", codecs.BOM_UTF8, "Zoë Example"),
        ("latin-1", b"", "Zoë Example"),
        ("cp1252", b"", "Zoë Example – €"),
        ("utf-16", b"", "Zoë Example"),
    ],
)
def test_file_encodings(tmp_path, encoding, bom, name):
    path = tmp_path / "old.vcf"
    path.write_bytes(bom + card(f"FN:{name}", version="2.1").encode(encoding))
    assert only_card(read_vcard_file(path)).name == name


def test_a_bom_in_text_does_not_shift_line_numbers():
    parsed = parse_vcards("\ufeff" + card("FN:Ada", "BDAY:never"))
    assert [p.line for p in parsed.warnings] == [4]


# ---- matching --------------------------------------------------------------------------------


def test_match_by_uid_updates_instead_of_duplicating(database):
    import_vcards(sample("nextcloud_4_0.vcf"))
    text = card(
        "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        "FN:Kenji Watanabe-Sato",
        "EMAIL:kenji.new@example.net",
        "TITLE:Principal Engineer",
        version="4.0",
    )
    result = import_vcards(text)
    assert (result.created, result.updated) == (0, 1)
    kenji = contact("Kenji Watanabe-Sato")
    assert kenji.role == "Principal Engineer"
    assert kenji.organisation == "Fabrikam Cloud"  # not on the card: kept
    assert [e["value"] for e in kenji.emails] == [
        "kenji.watanabe@example.com",
        "kenji@example.org",
        "kenji.new@example.net",
    ]
    assert m.ContactRecord.select().count() == 2


def test_match_by_email_case_insensitively(database):
    import_vcards(sample("google_contacts.vcf"))
    text = card(
        "FN:Amara N. Okafor",
        "EMAIL:Amara.Mentoring@EXAMPLE.org",
        "TEL;TYPE=cell:+14155550134",
        "TEL;TYPE=home:+1 415 555 0111",
        "CATEGORIES:mentors,Leadership",
    )
    result = import_vcards(text)
    assert (result.created, result.updated) == (0, 1)
    amara = contact("Amara N. Okafor")
    assert len(amara.emails) == 2
    assert [p["value"] for p in amara.phones] == [
        "+1 415-555-0134",
        "+1 415-555-0190",
        "+1 415 555 0111",
    ]
    assert amara.tags == ["myContacts", "Mentors", "Leadership"]
    assert amara.uid.endswith("@mentordesk")  # the contact keeps its identity


def test_match_by_name_casefolded(database):
    contact_id = add_contact(name="Mei Chen", organisation="Example Health")
    result = import_vcards(card("FN:MEI CHEN", "TITLE:Chief Nurse"))
    assert (result.created, result.updated) == (0, 1)
    record = m.ContactRecord.get_by_id(contact_id)
    assert (record.name, record.role, record.organisation) == (
        "MEI CHEN",
        "Chief Nurse",
        "Example Health",
    )


def test_uid_beats_email_and_email_beats_name(database):
    a = add_contact(name="Ada Example")
    b = add_contact(name="Bea Example")
    m.ContactRecord.update(uid="uid-b").where(m.ContactRecord.id == b).execute()
    m.ContactRecord.update(emails=[{"value": "ada@example.com", "label": ""}]).where(
        m.ContactRecord.id == a
    ).execute()
    import_vcards(card("UID:uid-b", "FN:Ada Example", "EMAIL:ada@example.com", "NOTE:by uid"))
    import_vcards(card("FN:Bea Example", "EMAIL:ada@example.com", "TITLE:by email"))
    assert m.ContactRecord.get_by_id(b).notes == "by uid"
    assert m.ContactRecord.get_by_id(a).role == "by email"
    assert m.ContactRecord.select().count() == 2


def test_same_name_with_different_uids_stays_two_contacts(database):
    text = card("UID:uid-1", "FN:Ms. Test", "NOTE:first") + card(
        "UID:uid-2", "FN:Ms. Test", "NOTE:second"
    )
    result = import_vcards(text)
    assert (result.created, result.updated) == (2, 0)
    assert sorted(c.notes for c in m.ContactRecord.select()) == ["first", "second"]
    again = import_vcards(text)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_card_with_a_uid_still_matches_by_email_but_not_by_name(database):
    a = add_contact(name="Ada Example")
    m.ContactRecord.update(emails=[{"value": "ada@example.com", "label": ""}]).where(
        m.ContactRecord.id == a
    ).execute()
    add_contact(name="Bea Example")
    import_vcards(card("UID:new-1", "FN:Ada E.", "EMAIL:ADA@example.com", "NOTE:by email"))
    result = import_vcards(card("UID:new-2", "FN:Bea Example", "NOTE:not by name"))
    assert m.ContactRecord.get_by_id(a).notes == "by email"
    assert result.created == 1 and m.ContactRecord.select().count() == 3


def test_a_card_without_uid_matches_a_contact_with_one_by_name(database):
    import_vcards(card("UID:uid-1", "FN:Ada Example"))
    result = import_vcards(card("FN:Ada Example", "TITLE:Mentor"))
    assert (result.created, result.updated) == (0, 1)


def test_repeated_cards_in_one_file_land_on_one_contact(database):
    text = card("FN:Ada Example", "EMAIL:ada@example.com") + card(
        "FN:Ada Example", "EMAIL:ADA@example.com", "EMAIL:ada@example.org"
    )
    result = import_vcards(text)
    assert (result.created, result.updated) == (1, 1)
    assert [e["value"] for e in contact("Ada Example").emails] == [
        "ada@example.com",
        "ada@example.org",
    ]


def test_a_card_without_uid_gets_a_new_one(database):
    import_vcards(card("FN:Ada Example") + card("FN:Bea Example"))
    uids = [c.uid for c in m.ContactRecord.select()]
    assert all(uid for uid in uids) and len(set(uids)) == 2


def test_updated_at_changes_only_when_something_changed(database):
    import_vcards(sample("google_contacts.vcf"))
    old = datetime(2020, 1, 1, tzinfo=UTC)
    m.ContactRecord.update(updated_at=old).execute()
    import_vcards(sample("google_contacts.vcf"))
    assert {c.updated_at for c in m.ContactRecord.select()} == {old}
    import_vcards(card("FN:Amara Okafor", "NOTE:New note"))
    assert contact("Amara Okafor").updated_at > old
    assert contact("Tomás Herrera").updated_at == old


def test_a_new_label_fills_in_a_missing_one(database):
    import_vcards(card("FN:Ada", "EMAIL:ada@example.com"))
    result = import_vcards(card("FN:Ada", "EMAIL;TYPE=work:ada@example.com"))
    assert result.updated == 1
    assert contact("Ada").emails == [{"value": "ada@example.com", "label": "work"}]


# ---- cancel and progress ---------------------------------------------------------------------


class CancelAfter:
    """A progress sink that asks to stop after a number of reports."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        """Record the report."""
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        """True once the limit is reached."""
        return len(self.reports) >= self.limit


def test_cancel_rolls_the_whole_import_back(database):
    add_contact(name="Already Here")
    before = export_json_text()
    progress = CancelAfter(2)
    with pytest.raises(JobCancelledError):
        import_vcards(sample("google_contacts.vcf") + sample("iphone.vcf"), progress=progress)
    assert export_json_text() == before
    assert [r[:2] for r in progress.reports] == [(1, 4), (2, 4)]


def test_progress_is_reported_for_every_card(database):
    progress = CancelAfter(limit=10**6)
    import_vcards(sample("outlook_2_1.vcf"), progress=progress)
    assert [r[:2] for r in progress.reports] == [(1, 2), (2, 2)]


# ---- preview ---------------------------------------------------------------------------------


def test_preview_lists_what_would_happen_without_writing(database):
    import_vcards(sample("google_contacts.vcf"))
    before = export_json_text()
    text = (
        sample("google_contacts.vcf")
        + card("FN:Tomás Herrera", "TITLE:Head of Data")
        + card("FN:Lena Fischer", "EMAIL:lena@example.com")
        + card("FN:Lena Fischer", "EMAIL:lena@example.org")
        + card("BDAY:bad")
    )
    preview = preview_vcards(text)
    assert export_json_text() == before
    actions = [(i.name, i.action, i.changed_fields) for i in preview.items]
    assert actions[:3] == [
        ("Amara Okafor", PreviewAction.UNCHANGED, ()),
        ("Tomás Herrera", PreviewAction.UNCHANGED, ()),
        ("Tomás Herrera", PreviewAction.UPDATE, ("role",)),
    ]
    assert actions[3][:2] == ("Lena Fischer", PreviewAction.CREATE)
    assert "emails" in actions[3][2] and "organisation" not in actions[3][2]
    assert actions[4] == ("Lena Fischer", PreviewAction.UPDATE, ("emails",))
    assert preview.items[2].contact_id == contact("Tomás Herrera").id
    assert preview.items[3].contact_id is None
    assert preview.count(PreviewAction.CREATE) == 1
    assert [(p.line, p.message) for p in preview.problems] == [
        (47, "card has no name (neither FN nor N)")
    ]
    assert [(w.line, w.message) for w in preview.warnings] == [
        (49, "BDAY 'bad' is not a date; kept the rest of the card")
    ]


def test_preview_matches_import(database):
    text = "".join(read_vcard_file(path) for path in SAMPLES)
    preview = preview_vcards(text)
    result = import_vcards(text)
    counts = [preview.count(a) for a in PreviewAction]
    assert counts == [result.created, result.updated, result.unchanged]
    assert preview.problems == result.problems
    assert preview.warnings == result.warnings


# ---- export ----------------------------------------------------------------------------------


def _import_all_samples() -> None:
    """Import every sample file and give one contact where-we-met details."""
    for path in SAMPLES:
        import_vcards(read_vcard_file(path))
    m.ContactRecord.update(
        met_channel="meetup_or_conference", met_detail="PyData Lyon; talk on dbt, 2023"
    ).where(m.ContactRecord.name == "Hélène Dubois-Lefèvre").execute()


def test_export_is_read_back_by_vobject_for_every_contact(database):
    _import_all_samples()
    text = export_vcards()
    components = {c.uid.value: c for c in vobject.readComponents(text)}
    raw_photos = _raw_photo_lines(text)
    records = list(m.ContactRecord.select())
    assert len(components) == len(records) == 11
    for record in records:
        _assert_same(components[record.uid], record, raw_photos.get(record.uid, []))


def _raw_photo_lines(text: str) -> dict[str, list[str]]:
    """PHOTO values by UID, unfolded but not decoded (vobject splits data URIs at the comma)."""
    photos: dict[str, list[str]] = {}
    uid = ""
    for line, _ in vobject.base.getLogicalLines(io.StringIO(text)):
        name, _params, value, _group = vobject.base.parseLine(line)
        uid = value if name == "UID" else uid
        if name == "PHOTO":
            photos.setdefault(uid, []).append(value)
    return photos


def _assert_same(component, record: m.ContactRecord, photos: list[str]) -> None:
    """Every exported field of the contact as vobject read it."""
    children = component.contents
    assert component.version.value == "4.0"
    assert component.fn.value == record.name
    assert component.n.value.family == (record.name.split()[-1] if " " in record.name else "")
    assert [e.value for e in children.get("email", [])] == [e["value"] for e in record.emails]
    assert [_label(e) for e in children.get("email", [])] == [e["label"] for e in record.emails]
    assert [t.value for t in children.get("tel", [])] == [p["value"] for p in record.phones]
    assert [u.value for u in children.get("url", [])] == [u["value"] for u in record.links]
    assert _value(children, "org") == ([record.organisation] if record.organisation else None)
    assert _value(children, "title") == (record.role or None)
    assert _value(children, "note") == (record.notes or None)
    assert _value(children, "categories") == (record.tags or None)
    assert _value(children, "tz") == (record.timezone or None)
    assert _value(children, "bday") == (_vcard_date(record.birthday) or None)
    met = f"{record.met_channel};{record.met_detail}" if record.met_channel else None
    assert _value(children, "x-mentordesk-met") == met
    assert photos == _expected_photos(record)


def _label(line) -> str:
    """The label a TYPE parameter carries."""
    return ",".join(line.params.get("TYPE", []))


def _value(children: dict, name: str):
    """The value of the only line with that name, or None."""
    lines = children.get(name, [])
    assert len(lines) <= 1
    return lines[0].value if lines else None


def _vcard_date(birthday: str) -> str:
    """A stored birthday as vCard 4.0 writes it."""
    return ("--" if birthday.startswith("--") else "") + birthday.replace("-", "")


def _expected_photos(record: m.ContactRecord) -> list[str]:
    """The PHOTO values a record should export."""
    photos = []
    if record.photo:
        kind = "png" if bytes(record.photo).startswith(b"\x89PNG") else "jpeg"
        photos.append(f"data:image/{kind};base64,{base64.b64encode(record.photo).decode()}")
    return photos + ([record.photo_url] if record.photo_url else [])


def test_export_then_import_changes_nothing(database):
    _import_all_samples()
    before = export_json_text()
    result = import_vcards(export_vcards())
    assert (result.created, result.updated, result.unchanged) == (0, 0, 11)
    assert export_json_text() == before


def test_export_into_a_fresh_workspace_keeps_every_field(database, tmp_path):
    _import_all_samples()
    text = export_vcards()
    fields = ("uid", "name", "emails", "phones", "links", "tags", "photo", "birthday", "met_detail")
    before = [[getattr(c, f) for f in fields] for c in m.ContactRecord.select()]
    db.close()
    open_database(tmp_path / "second.sqlite3")
    import_vcards(text)
    after = [[getattr(c, f) for f in fields] for c in m.ContactRecord.select()]
    assert sorted(after, key=str) == sorted(before, key=str)


def test_export_shape_order_and_line_endings(database):
    b = add_contact(name="bea Example")
    a = add_contact(name="Ada Example")
    a2 = add_contact(name="Ada Example")
    m.ContactRecord.update(birthday="--02-29", timezone="Europe/Berlin").where(
        m.ContactRecord.id == a
    ).execute()
    text = export_vcards()
    assert text == export_vcards()
    assert text.count("\r\n") == text.count("\n")
    uids = [line[4:] for line in text.split("\r\n") if line.startswith("UID:")]
    by_id = {c.id: c.uid for c in m.ContactRecord.select()}
    assert uids == [by_id[a], by_id[a2], by_id[b]]
    first = text.split("END:VCARD\r\n")[0].split("\r\n")
    assert first[:5] == [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"UID:{by_id[a]}",
        "FN:Ada Example",
        "N:Example;Ada;;;",
    ]
    assert "BDAY:--0229" in first and "TZ:Europe/Berlin" in first


def test_export_of_chosen_contacts(database):
    a = add_contact(name="Ada Example")
    add_contact(name="Bea Example")
    text = export_vcards([a])
    assert text.count("BEGIN:VCARD") == 1 and "FN:Ada Example" in text
    assert export_vcards([]) == ""


def test_export_escapes_values(database):
    contact_id = add_contact(name="Ada; the, Example")
    m.ContactRecord.update(notes="line one\nback\\slash; semi, comma", tags=["a,b", "c;d"]).where(
        m.ContactRecord.id == contact_id
    ).execute()
    text = export_vcards()
    assert "FN:Ada\\; the\\, Example" in text
    assert "NOTE:line one\\nback\\\\slash\\; semi\\, comma" in text
    assert "CATEGORIES:a\\,b,c\\;d" in text
    component = next(vobject.readComponents(text))
    assert component.note.value == "line one\nback\\slash; semi, comma"
    assert component.categories.value == ["a,b", "c;d"]


def test_long_utf8_note_is_folded_at_75_octets(database):
    note = "Zoë’s feedback on my talk: 👍 clarity, pacing, and the démo. " * 12
    contact_id = add_contact(name="Zoë Example")
    m.ContactRecord.update(notes=note.strip()).where(m.ContactRecord.id == contact_id).execute()
    data = export_vcards().encode("utf-8")
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    for line in physical:
        line.decode("utf-8")  # no UTF-8 sequence is split across lines
    assert sum(line.startswith(b" ") for line in physical) > 10
    assert next(vobject.readComponents(data.decode())).note.value == note.strip()
    result = import_vcards(data.decode())
    assert (result.unchanged, contact("Zoë Example").notes) == (1, note.strip())


# ---- text helpers ----------------------------------------------------------------------------


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_fold_then_unfold_gives_the_line_back(text):
    line = "NOTE:" + escape_text(text)
    folded = fold_line(line)
    assert all(len(p.encode()) <= 75 for p in folded.split("\r\n"))
    assert unfold(folded) == [(1, line)]
    assert unescape(line[5:]) == text.replace("\r\n", "\n").replace("\r", "\n")


@given(st.lists(st.text(max_size=20), min_size=1, max_size=5))
def test_split_escaped_undoes_escaped_joins(parts):
    assert split_escaped(",".join(escape_text(p) for p in parts), ",") == [
        p.replace("\r\n", "\n").replace("\r", "\n") for p in parts
    ]


def test_services_stay_qt_free():
    code = (
        "import sys; sys.modules['PySide6'] = None; "
        "import mentordesk.services.interop.vcard.transfer, mentordesk.services.interop.vcard.parse"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
