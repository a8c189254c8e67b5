"""A review change's summary kept as a code and its values, for the UI to word in any language."""

from __future__ import annotations

import json
from typing import Any


def encode_summary(code: str, **values: Any) -> str:
    """A summary as stored: its code and values as JSON text."""
    return json.dumps({"code": code, **values}, ensure_ascii=False)


def decode_summary(summary: str) -> tuple[str, dict[str, Any]]:
    """(code, values) of a stored summary; ("", {}) for an older summary in plain English."""
    if not summary.startswith("{"):
        return "", {}
    try:
        values = json.loads(summary)
    except ValueError:
        return "", {}
    if not isinstance(values, dict) or not isinstance(values.get("code"), str):
        return "", {}
    return values.pop("code"), values
