"""Two workspaces and one real Radicale server: they converge, edits and deletes travel."""

from __future__ import annotations

from tests.sync.helpers import exported, opened, sync, synced_view


def test_a_and_b_converge_on_every_synced_record(pair):
    a, b = pair
    view_a, view_b = synced_view(exported(a)), synced_view(exported(b))
    assert view_a["contacts"] and view_a["meetings"] and view_a["tasks"]
    assert view_a == view_b


def _contact(workspace, name):
    """A contact's fields by name (None when gone)."""
    from mentordesk.db import models as m

    with opened(workspace):
        record = m.ContactRecord.get_or_none(m.ContactRecord.name == name)
        return None if record is None else {"uid": record.uid, "role": record.role}


def test_a_second_sync_with_nothing_changed_moves_nothing(pair):
    a, b = pair
    assert "sent nothing; received nothing" in sync(a)
    assert "sent nothing; received nothing" in sync(b)


def test_an_edit_in_b_reaches_a(pair):
    from mentordesk.db import models as m

    a, b = pair
    with opened(b):
        m.ContactRecord.update(role="Staff engineer").where(
            m.ContactRecord.name == "Jordan Lee"
        ).execute()
    assert "sent 1 changed" in sync(b)
    assert "received 1 changed" in sync(a)
    assert _contact(a, "Jordan Lee")["role"] == "Staff engineer"


def test_a_delete_in_a_reaches_b(pair):
    from mentordesk.db import models as m
    from mentordesk.services.tombstones import delete_records

    a, b = pair
    with opened(a):
        meeting = m.MeetingRecord.get(m.MeetingRecord.title == "Coffee with Elena")
        uid = meeting.uid
        delete_records(m.MeetingRecord, [meeting.id])
    assert "sent 1 deleted" in sync(a)
    assert "received 1 deleted" in sync(b)
    with opened(b):
        assert not m.MeetingRecord.select().where(m.MeetingRecord.uid == uid).exists()
        assert m.MeetingRecord.select_with_tombstones().where(m.MeetingRecord.uid == uid).exists()


def test_a_conflicting_edit_on_both_keeps_both_versions(pair):
    from mentordesk.db import models as m

    a, b = pair
    for workspace, role in ((a, "Role from A"), (b, "Role from B")):
        with opened(workspace):
            m.ContactRecord.update(role=role).where(m.ContactRecord.name == "Jordan Lee").execute()
    sync(a)
    out = sync(b)
    assert "needs a look" in out
    assert _contact(b, "Jordan Lee")["role"] == "Role from B"
    with opened(b):
        conflict = m.SyncConflictRecord.get()
        assert "TITLE:Role from A" in conflict.remote_content
        assert conflict.fields == ["VCARD TITLE"]


def test_one_side_changes_merge_field_by_field(pair):
    from mentordesk.db import models as m

    a, b = pair
    with opened(a):
        m.ContactRecord.update(role="Lead").where(m.ContactRecord.name == "Jordan Lee").execute()
    with opened(b):
        m.ContactRecord.update(organisation="Acme").where(
            m.ContactRecord.name == "Jordan Lee"
        ).execute()
    sync(a)
    out = sync(b)
    assert "needs a look" not in out
    sync(a)
    for workspace in (a, b):
        with opened(workspace):
            record = m.ContactRecord.get(m.ContactRecord.name == "Jordan Lee")
            assert (record.role, record.organisation) == ("Lead", "Acme")


def test_the_caldav_library_lists_the_meetings_on_the_server(pair, radicale):
    import caldav

    from tests.sync.conftest import PASSWORD, USERNAME

    a, _ = pair
    client = caldav.DAVClient(url=radicale.url, username=USERNAME, password=PASSWORD)
    calendar = next(
        c for c in client.principal().calendars() if c.get_display_name() == "MentorDesk"
    )
    titles = {str(e.icalendar_component["summary"]) for e in calendar.events()}
    assert {"Coffee with Elena", "Weekly check-in with Priya"} <= titles
    with opened(a):
        from mentordesk.db import models as m

        masters = m.MeetingRecord.select().where(m.MeetingRecord.recurrence_of.is_null())
        assert len(calendar.events()) == masters.count()
