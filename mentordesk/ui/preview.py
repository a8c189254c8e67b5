"""Open one view alone on a throwaway demo workspace (run a view module directly)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from mentordesk.db.database import open_database
from mentordesk.paths import Workspace
from mentordesk.services.demo import seed_demo
from mentordesk.ui.context import UiContext
from mentordesk.ui.jobs import JobRunner


def preview_view(view_class) -> None:
    """Show `view_class` on sample data and run the event loop."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace(Path(tempfile.mkdtemp(prefix="mentordesk-preview-"))).ensure()
    open_database(workspace.database)
    seed_demo()
    view = view_class(UiContext(workspace=workspace, jobs=JobRunner()))
    view.resize(1100, 700)
    view.reload()
    view.show()
    sys.exit(app.exec())
