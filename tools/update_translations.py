"""Extract MentorDesk's strings into the .ts files and compile them, or check both are current.

    python tools/update_translations.py          # lupdate into resources/translations/, lrelease
    python tools/update_translations.py --check  # exit 1 naming every missing or unfinished string

After adding strings: run it, translate the new entries in resources/translations/mentordesk_de.ts
(`pyside6-linguist` or any editor: fill <translation>, drop type="unfinished"), run it again.
Module-level `_tr("...")` helpers are extracted as `tr` (context "") through -tr-function-alias.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "mentordesk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "mentordesk" / "resources"
LANGUAGES = ("de", "en")  # English holds only the plural forms ("%n task(s)" -> "2 tasks")
PLURAL_ONLY = {"en"}
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-tr-function-alias", "tr+=_tr"]


@dataclass(frozen=True, order=True)
class Message:
    """One source string as lupdate keys it."""

    context: str
    source: str
    comment: str
    plural: bool

    def describe(self) -> str:
        """The string as a translator looks it up: context, text and disambiguation."""
        note = f" [{self.comment}]" if self.comment else ""
        return f'{self.context or "(no context)"}: "{self.source}"{note}'


def ts_path(language: str) -> Path:
    """The committed translation source for a language."""
    return TS_DIR / f"mentordesk_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled catalog the app loads at run time."""
    return QM_DIR / f"mentordesk_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool next to this Python (the venv's pyside6-*), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def source_files() -> list[Path]:
    """Every Python file of the app, sorted so the output does not depend on the file system."""
    return sorted(SOURCE_DIR.rglob("*.py"))


def run_lupdate(ts_file: Path, language: str) -> None:
    """Merge the current source strings into `ts_file` (created if missing)."""
    options = [*LUPDATE_OPTIONS, *(["-pluralonly"] if language in PLURAL_ONLY else [])]
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in source_files()) + "\n")
        command = [_tool("pyside6-lupdate"), *options, f"@{listing}", "-ts", str(ts_file)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile `ts_file` into `qm_file`."""
    command = [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def read_messages(ts_file: Path) -> dict[Message, list[str]]:
    """Each message of a .ts file with its translations ([] while unfinished)."""
    messages = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                element.get("numerus") == "yes",
            )
            messages[message] = _translations(element.find("translation"))
    return messages


def _translations(element: ElementTree.Element | None) -> list[str]:
    """The finished translation texts (one, or one per plural form); [] when unfinished."""
    if element is None or element.get("type") in {"unfinished", "vanished", "obsolete"}:
        return []
    forms = [form.text or "" for form in element.iter("numerusform")] or [element.text or ""]
    return forms if all(forms) else []


def check_language(language: str) -> list[str]:
    """Problems with one language: strings missing or unfinished, stale entries, a stale .qm."""
    committed = ts_path(language)
    if not committed.is_file():
        return [f"{committed.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / committed.name
        shutil.copyfile(committed, fresh)
        run_lupdate(fresh, language)
        current, wanted = read_messages(committed), read_messages(fresh)
        compiled = Path(scratch) / "fresh.qm"
        run_lrelease(committed, compiled)
        qm_current = qm_path(language).is_file() and (
            qm_path(language).read_bytes() == compiled.read_bytes()
        )
    name = committed.relative_to(ROOT)
    problems = [f"{name}: missing {m.describe()}" for m in sorted(set(wanted) - set(current))]
    problems += [
        f"{name}: no longer in the code {m.describe()}" for m in sorted(set(current) - set(wanted))
    ]
    problems += [f"{name}: untranslated {m.describe()}" for m in sorted(current) if not current[m]]
    if not qm_current:
        problems.append(f"{qm_path(language).relative_to(ROOT)} is stale or missing")
    return problems


def check() -> list[str]:
    """Every problem in every language; empty when the translations are complete and compiled."""
    return [problem for language in LANGUAGES for problem in check_language(language)]


def update() -> None:
    """Extract the strings into every .ts file and compile each into the run-time folder."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not ts_path(language).exists():
            ts_path(language).write_text(_empty_ts(language))
        run_lupdate(ts_path(language), language)
        run_lrelease(ts_path(language), qm_path(language))


def _empty_ts(language: str) -> str:
    """A new, empty translation source for `language`."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n</TS>\n'
    )


def main(argv: list[str] | None = None) -> int:
    """Update (default) or check (--check) the translations; 1 when the check finds problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} translation problem(s): run `python tools/update_translations.py`, "
            "translate the entries named above in resources/translations/, then run it again.",
            file=sys.stderr,
        )
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
