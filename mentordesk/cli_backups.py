"""The backup commands: init-backups, backup, verify-backup, restore and backups."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import __version__
from mentordesk.paths import Workspace

if TYPE_CHECKING:
    from mentordesk.services.backup.listing import BackupFileRow

MAX_SECRET_FILE = 4096


def add_backup_commands(commands: argparse._SubParsersAction) -> None:
    """Register the backup commands and their options (cli.md)."""
    init = commands.add_parser("init-backups", help="create the backup key and the recovery key")
    init.add_argument("--recovery-key-out", metavar="FILE", help="save the recovery key to FILE")
    backup = commands.add_parser("backup", help="write an encrypted backup; prints its path")
    backup.add_argument("--out", metavar="FILE", help="write it here instead of backups/")
    verify = commands.add_parser("verify-backup", help="check a backup completely")
    verify.add_argument("file", metavar="FILE")
    restore = commands.add_parser("restore", help="replace the workspace with a backup")
    restore.add_argument("file", metavar="FILE")
    for parser in (verify, restore):
        parser.add_argument("--recovery-key-file", metavar="F", help="a saved recovery key")
    for parser in (init, backup, verify, restore):
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the backup passphrase (used when there is no keyring) from stdin",
        )
    commands.add_parser("backups", help="list the backups with date, size and state")


def _passphrase(args: argparse.Namespace, *, twice: bool = False) -> bytes:
    """The backup passphrase from stdin (--password-stdin) or a terminal prompt."""
    from mentordesk.services.backup.errors import BackupSetupError, KeyringUnavailableError

    if args.password_stdin:
        text = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        text = getpass.getpass("Backup passphrase: ")
        if twice and getpass.getpass("The same passphrase again: ") != text:
            raise KeyringUnavailableError("the two passphrases differ; nothing was set up")
    else:
        raise KeyringUnavailableError(
            "no usable keyring and no terminal to ask for the backup passphrase; "
            "run the command in a terminal, or give the passphrase with --password-stdin"
        )
    if len(text) < 8 and twice:
        raise BackupSetupError("choose a passphrase of at least 8 characters; nothing was set up")
    return text.encode()


def cmd_init_backups(args: argparse.Namespace, workspace: Workspace) -> int:
    """Create the keys; the recovery key is shown once, or saved to a file."""
    from mentordesk.services.backup.errors import KeyringUnavailableError
    from mentordesk.services.backup.setup import init_backups

    passphrase = _passphrase(args, twice=True) if args.password_stdin else None
    try:
        keys = init_backups(workspace.root, passphrase=passphrase)
    except KeyringUnavailableError as error:
        if not sys.stdin.isatty():
            raise KeyringUnavailableError(
                f"{error}: no terminal to ask for one; give it with --password-stdin"
            ) from error
        print(f"mentordesk: {error}.", file=sys.stderr)
        keys = init_backups(workspace.root, passphrase=_passphrase(args, twice=True))
    where = "the OS keyring" if keys.in_keyring else "the workspace, locked by your passphrase"
    print(f"Backups are set up: key {keys.key_id} is kept in {where}.")
    _show_recovery_key(keys.recovery_key, keys.key_id, args.recovery_key_out)
    return 0


def _show_recovery_key(raw: bytes, key_id: str, out: str | None) -> None:
    """Print the recovery key once, or write it to a private file."""
    from mentordesk.services.backup.keys import format_recovery_key, recovery_key_file_text
    from mentordesk.services.files import write_text_atomic

    if out:
        write_text_atomic(Path(out), recovery_key_file_text(raw, key_id))
        print(f"The recovery key is saved in {out}: keep it somewhere safe, off this computer.")
        return
    print("Your recovery key (shown only this once; write it down or store it safely):")
    print(f"\n    {format_recovery_key(raw)}\n")
    print("With it, and a backup, you can restore on any computer; without it, only here.")


def _master_key(args: argparse.Namespace, workspace: Workspace):
    """The workspace's master key and key file: keyring, else the passphrase."""
    from mentordesk.services.backup.setup import PassphraseNeededError, workspace_master_key

    if args.password_stdin:
        return workspace_master_key(workspace.root, passphrase=_passphrase(args))
    try:
        return workspace_master_key(workspace.root)
    except PassphraseNeededError as error:
        if not sys.stdin.isatty():
            raise
        print(f"mentordesk: {error}.", file=sys.stderr)
        return workspace_master_key(workspace.root, passphrase=_passphrase(args))


def _secrets(args: argparse.Namespace, workspace: Workspace):
    """How to open the backup named on the command line."""
    from mentordesk.services.backup.keys import parse_recovery_key
    from mentordesk.services.backup.reader import Secrets

    if args.recovery_key_file:
        with open(args.recovery_key_file, encoding="utf-8", errors="replace") as handle:
            return Secrets(recovery_key=parse_recovery_key(handle.read(MAX_SECRET_FILE)))
    if args.password_stdin:
        return Secrets(master_key=_master_key(args, workspace)[0])
    return Secrets()


def cmd_backup(args: argparse.Namespace, workspace: Workspace) -> int:
    """Write an encrypted, verified backup and print its path."""
    from mentordesk.db.database import open_database
    from mentordesk.services.backup.create import create_backup
    from mentordesk.services.backup.overview import read_settings, with_second_copy

    master, key_file = _master_key(args, workspace)
    open_database(workspace.database, safety_dir=workspace.safety_dir)
    out = Path(args.out) if args.out else None
    result = create_backup(
        workspace, master_key=master, key_file=key_file, out=out, app_version=__version__
    )
    print(result.path)
    if out is None:
        result = with_second_copy(result, read_settings(workspace.root))
        if result.second_copy:
            print(result.second_copy)
        elif result.second_copy_problem:
            print(f"mentordesk: warning: {result.second_copy_problem}", file=sys.stderr)
    return 0


def cmd_verify_backup(args: argparse.Namespace, workspace: Workspace) -> int:
    """Check a backup completely, without touching the workspace."""
    from mentordesk.services.backup.verify import verify_backup

    result = verify_backup(Path(args.file), secrets=_secrets(args, workspace))
    print(f"{args.file}: ok, {describe(result.summary)}")
    return 0


def cmd_restore(args: argparse.Namespace, workspace: Workspace) -> int:
    """Replace the workspace with a backup, keeping a safety copy of what it replaces."""
    from mentordesk.services.backup.restore import restore_backup
    from mentordesk.workspace_lock import acquire_lock

    secrets = _secrets(args, workspace)
    lock = acquire_lock(workspace, doing="restore a backup")
    try:
        result = restore_backup(workspace, Path(args.file), secrets=secrets)
    finally:
        lock.unlock()
    print(f"Restored {args.file}: {describe(result.summary)}.")
    if result.safety_copy:
        print(f"The database it replaced is kept in {result.safety_copy}.")
    if result.key_stored is False:
        print("The OS keyring could not take the backup key: keep the recovery key at hand.")
    elif result.key_stored:
        print("The backup key is now in this computer's keyring.")
    return 0


def cmd_backups(args: argparse.Namespace, workspace: Workspace) -> int:
    """List the backups with date, size and state."""
    from mentordesk.services.backup.errors import BackupError
    from mentordesk.services.backup.listing import list_backup_files
    from mentordesk.services.backup.setup import workspace_master_key

    try:
        master = workspace_master_key(workspace.root)[0]
    except BackupError:
        master = None
    rows = list_backup_files(
        backups_dir=workspace.backups, safety_dir=workspace.safety_dir, master_key=master
    )
    for row in rows:
        state = state_text(row) or "-"
        size = f"{row.size_bytes / 2**20:.1f} MiB"
        print(f"{row.created:%Y-%m-%d %H:%M}Z  {size:>10}  {state:<20}  {row.path}")
    if not rows:
        print(f"No backups yet in {workspace.backups}; make one with 'mentordesk backup'.")
    return 0


STATE_TEXTS = {
    "ok": "ok",
    "unchecked": "not checked (no key)",
    "incomplete": "incomplete",
    "wrong_key": "made with another key",
}


def state_text(row: BackupFileRow) -> str:
    """A backup's state as the listing words it ("unusable: why")."""
    if row.state == "unusable":
        return f"unusable: {row.problem}"
    return STATE_TEXTS.get(row.state, row.state)


def describe(summary: dict) -> str:
    """'made 2026-11-28T08:13:45Z, 6 contacts, 10 meetings, 11 tasks, 1 file'."""
    counts = summary.get("counts", {})
    parts = [f"made {summary.get('created', '?')}"]
    parts += [f"{counts.get(k, 0)} {k}" for k in ("contacts", "meetings", "tasks", "goals")]
    parts.append(f"{summary.get('files', 0)} files")
    return ", ".join(parts)


BACKUP_COMMANDS: dict[str, Callable[[argparse.Namespace, Workspace], int]] = {
    "init-backups": cmd_init_backups,
    "backup": cmd_backup,
    "verify-backup": cmd_verify_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
}
