"""Workspace settings: stored in the workspace, replaced in place, removed when emptied."""

from mentordesk.services.settings import MY_EMAIL, get_setting, set_setting


def test_a_setting_is_stored_replaced_and_removed(database):
    assert get_setting(MY_EMAIL, "none") == "none"
    set_setting(MY_EMAIL, "sam@example.org")
    set_setting(MY_EMAIL, "sam@example.net")
    assert get_setting(MY_EMAIL) == "sam@example.net"
    set_setting(MY_EMAIL, "")
    assert get_setting(MY_EMAIL, "gone") == "gone"
