"""`.primetrade/manifest.json`: the sha256 of every file as primetrade last wrote it.

A file whose current hash still matches was not touched by the user, so regenerating it is safe;
anything else is the user's work and is never overwritten without --force.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

MANIFEST = ".primetrade/manifest.json"


def digest(text: str) -> str:
    return digest_bytes(text.encode())


def load(root: Path) -> dict[str, str]:
    path = root / MANIFEST
    if not path.is_file():
        return {}
    data = json.loads(path.read_text())
    files = data.get("files", {})
    return {str(k): str(v) for k, v in files.items()}


def dump(files: Mapping[str, str]) -> str:
    return json.dumps({"version": 1, "files": dict(sorted(files.items()))}, indent=2) + "\n"


def updated(current: Mapping[str, str], written: Mapping[str, str | None]) -> dict[str, str]:
    """The manifest after writing `written` (path -> new text, None for a deletion)."""
    files = dict(current)
    for path, text in written.items():
        if text is None:
            files.pop(path, None)
        else:
            files[path] = digest(text)
    return files


def digest_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
