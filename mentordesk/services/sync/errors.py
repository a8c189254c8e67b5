"""The ways a sync fails, each a one-line user error."""

from __future__ import annotations

from mentordesk.core.errors import UserError


class SyncError(UserError):
    """A sync could not go on; the message says why and what to do."""


class InsecureUrlError(SyncError):
    """Plain HTTP to a server that is not on this machine, without the explicit flag."""


class ServerUnreachableError(SyncError):
    """The server is down, too slow, or dropped the connection; the next sync retries."""


class PreconditionFailedError(SyncError):
    """HTTP 412: the resource changed on the server since we read it (ETag mismatch)."""


class AccountNotFoundError(SyncError):
    """No sync account has that name."""
