#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle into dist/mentordesk/ and smoke-test it offscreen.
# Needs the project installed in the active Python plus PyInstaller: pip install -e . pyinstaller
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/mentordesk.spec
smoke="$(mktemp -d)"
trap 'rm -rf "$smoke"' EXIT
QT_QPA_PLATFORM=offscreen dist/mentordesk/mentordesk --data-dir "$smoke" --quit-after-show
echo "built dist/mentordesk ($(du -sh dist/mentordesk | cut -f1)); it starts and quits offscreen"
