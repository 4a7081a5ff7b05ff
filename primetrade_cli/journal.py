"""All-or-nothing writes that survive a kill.

Before the first byte changes, every target's original content (or its absence) is saved in
`.primetrade/journal/`. The journal's removal is the commit point. A failure rolls back at once;
a kill leaves the journal behind and the next primetrade command rolls back before doing anything.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Mapping
from pathlib import Path

JOURNAL = Path(".primetrade") / "journal"
_TMP_SUFFIX = ".primetrade-tmp"
FAULT_ENV = "PRIMETRADE_FAULT_INJECT"  # "raise:N" or "pause:N": test hook, after N file writes


class InjectedFault(RuntimeError):
    """Raised by the fault-injection hook so tests can prove the rollback."""


def write_atomically(root: Path, changes: Mapping[str, str | None]) -> None:
    """Make every path in `changes` hold its text (None: deleted), or leave all as they were."""
    journal = root / JOURNAL
    _record(root, journal, changes)
    try:
        for count, (path, text) in enumerate(changes.items(), start=1):
            _write_one(root / path, text)
            _fault_hook(count)
    except BaseException:
        rollback(root)
        raise
    shutil.rmtree(journal)
    _remove_if_empty(journal.parent, root)


def recover(root: Path) -> bool:
    """Roll back a write interrupted by a kill. True when there was something to undo."""
    if not (root / JOURNAL / "entries.json").is_file():
        if (root / JOURNAL).is_dir():
            shutil.rmtree(root / JOURNAL)  # killed while the journal itself was being written
            _remove_if_empty((root / JOURNAL).parent, root)
        return False
    rollback(root)
    return True


def rollback(root: Path) -> None:
    journal = root / JOURNAL
    entries = json.loads((journal / "entries.json").read_text())
    for entry in entries["files"]:
        target = root / entry["path"]
        _discard(target.with_name(target.name + _TMP_SUFFIX))
        if entry["backup"] is None:
            _discard(target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(_copy(journal / entry["backup"], target), target)
    for directory in sorted(entries["created_dirs"], key=len, reverse=True):
        _remove_if_empty(root / directory, root)
    shutil.rmtree(journal)
    _remove_if_empty(journal.parent, root)


def _record(root: Path, journal: Path, changes: Mapping[str, str | None]) -> None:
    if journal.exists():
        rollback(root)
    created_dirs = _missing_dirs(root, [*changes, str(JOURNAL)])
    journal.mkdir(parents=True)
    files = []
    for index, path in enumerate(changes):
        source = root / path
        backup = None
        if source.exists():
            backup = f"{index}.bak"
            shutil.copyfile(source, journal / backup)
        files.append({"path": path, "backup": backup})
    manifest = json.dumps({"files": files, "created_dirs": created_dirs})
    _durable_write(journal / "entries.json", manifest.encode())


def _missing_dirs(root: Path, paths: list[str]) -> list[str]:
    missing: set[str] = set()
    for path in paths:
        for parent in Path(path).parents:
            if str(parent) != "." and not (root / parent).exists():
                missing.add(parent.as_posix())
    return sorted(missing)


def _write_one(target: Path, text: str | None) -> None:
    if text is None:
        _discard(target)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + _TMP_SUFFIX)
    _durable_write(tmp, text.encode())
    if target.exists():
        shutil.copymode(target, tmp)
    os.replace(tmp, target)


def _durable_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _copy(backup: Path, target: Path) -> Path:
    tmp = target.with_name(target.name + _TMP_SUFFIX)
    shutil.copy2(backup, tmp)
    return tmp


def _discard(path: Path) -> None:
    if path.is_file() or path.is_symlink():
        path.unlink()


def _remove_if_empty(directory: Path, root: Path) -> None:
    if directory != root and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()


def _fault_hook(count: int) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    kind, _, number = spec.partition(":")
    if count != int(number):
        return
    if kind == "raise":
        raise InjectedFault(f"injected failure after {count} writes")
    if kind == "pause":
        time.sleep(60)
