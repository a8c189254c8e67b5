"""The sync commands: sync-account add/list/remove and sync (see shared/design/cli.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from mentordesk.paths import Workspace


def add_sync_commands(commands) -> None:
    """Add `sync-account` (add, list, remove) and `sync` to the command parser."""
    account = commands.add_parser(
        "sync-account", help="add, list or remove a CalDAV/CardDAV account"
    )
    actions = account.add_subparsers(dest="account_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="store an account and find its calendar and address book")
    add.add_argument("url", metavar="URL", help="the server's address, https://...")
    add.add_argument("--username", required=True, metavar="NAME", help="the user name")
    add.add_argument("--name", default="", help="what to call the account (default user@host)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain HTTP to another machine (the password travels readably)",
    )
    add.add_argument(
        "--share-contact-notes", action="store_true", help="let contact notes go to the server"
    )
    actions.add_parser("list", help="list the accounts")
    remove = actions.add_parser("remove", help="forget an account (the data stays)")
    remove.add_argument("name", metavar="NAME")
    sync = commands.add_parser("sync", help="two-way sync of meetings, dated tasks and contacts")
    sync.add_argument("--account", metavar="NAME", help="the account (default: the first)")


def _password(args: argparse.Namespace) -> str:
    """The password from stdin (--password-stdin) or a terminal prompt, never an argument."""
    from mentordesk.services.sync.errors import SyncError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.username}: ")
    raise SyncError("no terminal to ask for the password; give it with --password-stdin")


def cmd_sync_account(args: argparse.Namespace, workspace: Workspace) -> int:
    """Add, list or remove an account."""
    from mentordesk.cli import _open

    _open(workspace)
    return ACCOUNT_ACTIONS[args.account_action](args)


def _add(args: argparse.Namespace) -> int:
    """Store an account after finding its collections."""
    from mentordesk.services.sync.accounts import CONTACT_NOTES, add_account

    added = add_account(
        url=args.url,
        username=args.username,
        password=_password(args),
        name=args.name,
        allow_insecure_http=args.allow_insecure_http,
        shared_private=(CONTACT_NOTES,) if args.share_contact_notes else (),
    )
    if added.warning:
        print(added.warning, file=sys.stderr)
    account = added.account
    print(f"Added {account.name}: calendar {account.calendar_url}")
    print(f"  address book {account.addressbook_url}")
    return 0


def _list(args: argparse.Namespace) -> int:
    """One line per account: name, URL, last good sync."""
    from mentordesk.services.sync.accounts import list_accounts

    for account in list_accounts():
        when = account.last_good_sync.isoformat() if account.last_good_sync else "never"
        shared = ", ".join(account.shared_private) or "no private data"
        print(f"{account.name}\t{account.url}\tlast good sync: {when}\tshares {shared}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    """Forget an account and its password."""
    from mentordesk.services.sync.accounts import remove_account

    remove_account(args.name)
    print(f"Removed {args.name} (the data here and on the server stays).")
    return 0


ACCOUNT_ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": _add,
    "list": _list,
    "remove": _remove,
}


def cmd_sync(args: argparse.Namespace, workspace: Workspace) -> int:
    """Sync one account both ways and print what moved."""
    from mentordesk.cli import _open
    from mentordesk.services.sync.engine import sync_account

    _open(workspace)
    print(sync_account(args.account).summary())
    return 0


SYNC_COMMANDS: dict[str, Callable[[argparse.Namespace, Workspace], int]] = {
    "sync-account": cmd_sync_account,
    "sync": cmd_sync,
}
