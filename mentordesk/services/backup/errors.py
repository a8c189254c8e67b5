"""The backup failure classes: each its own one-line message and exit code (10 and up)."""

from __future__ import annotations

from mentordesk.core.errors import UserError


class BackupError(UserError):
    """Any backup failure the user can act on."""

    exit_code = 1


class WrongKeyError(BackupError):
    """The key or recovery key given does not open this backup."""

    exit_code = 10


class NotABackupError(BackupError):
    """The file is not a MentorDesk backup at all (empty, text, a database, noise)."""

    exit_code = 11


class CorruptBackupError(BackupError):
    """The backup is damaged or was changed: a header field or a named chunk fails its check."""

    exit_code = 12


class TruncatedBackupError(BackupError):
    """The backup ends early: the end of it is missing."""

    exit_code = 13


class NewerFormatError(BackupError):
    """The backup was written in a file format this MentorDesk does not know yet."""

    exit_code = 14


class NewerSchemaError(BackupError):
    """The database inside the backup is newer than this MentorDesk can open."""

    exit_code = 15


class KeyringUnavailableError(BackupError):
    """No usable OS keyring (headless, locked, prompt dismissed), or the key is not in it."""

    exit_code = 16


class NoSpaceError(BackupError):
    """Not enough free disk space to finish; nothing was changed."""

    exit_code = 17


class BackupSetupError(BackupError):
    """Backups are not set up yet, or already are."""

    exit_code = 18
