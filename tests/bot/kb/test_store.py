"""The running knowledge base: good edits served, bad ones refused with file:line, last good kept."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from bot.errors import KnowledgeBaseError
from bot.kb.store import KnowledgeBaseStore

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge_base"
    shutil.copytree(ROOT / "knowledge_base", target)
    return target


def entry_file(kb_dir: Path, entry_id: str = "work.permit") -> Path:
    return next(p for p in kb_dir.glob("*.yml") if f"id: {entry_id}\n" in p.read_text(encoding="utf-8"))


def changed(store: KnowledgeBaseStore, path: Path, data: bytes | None) -> None:
    """Write (or delete, with None) a file and let the store look."""
    time.sleep(0.01)  # a new mtime even on coarse clocks
    if data is None:
        path.unlink()
    else:
        path.write_bytes(data)
    store._checked_at = 0.0  # look now, not in a second


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: b"", id="emptied"),
        pytest.param(lambda text: text[: len(text) // 2], id="cut-short"),
        pytest.param(lambda text: None, id="deleted"),
        pytest.param(lambda text: text.replace(b"url: https://", b"url: www.", 1), id="url-without-scheme"),
        pytest.param(lambda text: text.replace(b"reviewed: 2026-11-", b"reviewed: 2099-11-", 1), id="future-date"),
        pytest.param(lambda text: text + "\n  - id: café\n".encode("latin-1"), id="not-utf8"),
    ],
)
def test_a_bad_edit_is_refused_and_the_last_good_version_serves(kb_dir: Path, damage) -> None:
    store = KnowledgeBaseStore(kb_dir, check_every=0)
    before = store.get()
    path = entry_file(kb_dir)
    changed(store, path, damage(path.read_bytes()))
    after = store.get()
    assert after is before
    assert "work.permit" in after.entries
    assert len(store.refusals) == 1 and "not reloaded" in store.refusals[0]


def test_a_refusal_names_the_file_and_line(kb_dir: Path) -> None:
    store = KnowledgeBaseStore(kb_dir, check_every=0)
    path = entry_file(kb_dir)
    changed(store, path, path.read_bytes().replace(b"url: https://", b"url: www.", 1))
    store.get()
    assert f"{path}:" in store.refusals[0] and "must start with https://" in store.refusals[0]


def test_a_good_edit_is_served_and_kept_as_the_last_good_copy(kb_dir: Path) -> None:
    store = KnowledgeBaseStore(kb_dir, check_every=0)
    path = entry_file(kb_dir)
    changed(store, path, path.read_bytes().replace(b"      en: |\n", b"      en: |\n        Edited today.\n", 1))
    assert "Edited today." in "".join(store.get().entries["work.permit"].answer.values())
    assert store.refusals == []
    assert b"Edited today." in (store.last_good / path.name).read_bytes()


def test_started_on_broken_files_it_serves_the_last_good_copy_and_says_so(kb_dir: Path) -> None:
    KnowledgeBaseStore(kb_dir)  # a good start keeps a copy
    path = entry_file(kb_dir)
    path.write_text("entries:\n  - id: [broken\n", encoding="utf-8")
    store = KnowledgeBaseStore(kb_dir)
    assert "work.permit" in store.get().entries
    assert "IS BROKEN" in store.refusals[0] and "last good" in store.refusals[0]


def test_started_on_broken_files_with_no_good_copy_it_refuses_to_start(kb_dir: Path, tmp_path: Path) -> None:
    path = entry_file(kb_dir)
    path.write_text("entries:\n  - id: [broken\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=str(path)):
        KnowledgeBaseStore(kb_dir, last_good=tmp_path / "none")
