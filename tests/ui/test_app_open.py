"""Opening the window on a workspace it cannot use explains why in a dialog."""

from __future__ import annotations

import pytest

from mentordesk import app as app_module
from mentordesk.core.errors import DatabaseUnreadableError
from mentordesk.paths import Workspace


def test_a_damaged_database_is_explained_in_a_dialog(tmp_path, qapp, monkeypatch):
    workspace = Workspace(tmp_path / "w").ensure()
    workspace.database.write_bytes(b"not a database at all\n" * 100)
    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", lambda *args: shown.append(args[2]) or 0
    )
    with pytest.raises(DatabaseUnreadableError):
        app_module.run_app(workspace=workspace)
    assert len(shown) == 1
    assert "cannot open this workspace" in shown[0] and "damaged" in shown[0]
    assert workspace.database.read_bytes() == b"not a database at all\n" * 100
