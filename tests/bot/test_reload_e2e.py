"""Editing an answer in YAML takes effect without retraining; a broken file keeps the last good one."""

import json
import time
import urllib.request
import uuid

from conftest import ENGINE_TOKEN
from engine_support import custom, text


def ask(engine, entry_id="work.permit"):
    return engine.send(uuid.uuid4().hex, '/entry{"entry_id":"%s"}' % entry_id, preferred_language="en")


def wait_for(predicate, seconds=15.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_answer_edit_is_served_and_broken_file_is_refused(engine):
    files = [p for p in engine.knowledge_base.glob("*.yml") if "id: work.permit" in p.read_text(encoding="utf-8")]
    assert files
    path = files[0]
    original = path.read_text(encoding="utf-8")
    marker = f"Edited by staff {uuid.uuid4().hex[:6]}."
    edited = original.replace("      en: |\n", f"      en: |\n        {marker}\n", 2)
    assert edited != original
    try:
        path.write_text(edited, encoding="utf-8")
        assert wait_for(lambda: marker in text(ask(engine))), "edited answer not served"
        path.write_text(edited + "\n  - id: [broken\n", encoding="utf-8")
        time.sleep(2.5)
        replies = ask(engine)
        assert custom(replies)["entry_id"] == "work.permit"
        assert marker in text(replies), "the last good knowledge base must keep serving"
        # Staff can see why (the gateway posts it to the staff group), with the file and line.
        request = urllib.request.Request(f"{engine.url}/webhooks/migrabot/kb", headers={"X-Engine-Token": ENGINE_TOKEN})
        with urllib.request.urlopen(request, timeout=10) as response:
            refusals = json.loads(response.read())["refusals"]
        assert any(f"{path}:" in r and "not reloaded" in r for r in refusals), refusals
        # A file cut short would drop entries: refused too.
        path.write_text(edited[: len(edited) // 3], encoding="utf-8")
        time.sleep(2.5)
        assert marker in text(ask(engine))
    finally:
        path.write_text(original, encoding="utf-8")
    assert wait_for(lambda: marker not in text(ask(engine)))


def test_an_engine_started_on_broken_files_serves_the_last_good_copy(fast_model, tmp_path):
    import shutil

    from conftest import ROOT, start_engine, stop_engine

    kb = tmp_path / "knowledge_base"
    shutil.copytree(ROOT / "knowledge_base", kb)
    first = start_engine(fast_model, kb, tmp_path / "engine.log")
    stop_engine(first)  # a good start left a copy in var/knowledge_base.last-good
    assert (tmp_path / "var" / "knowledge_base.last-good" / "work.yml").exists()
    broken = next(p for p in kb.glob("*.yml") if "id: work.permit\n" in p.read_text(encoding="utf-8"))
    broken.write_text("entries:\n  - id: [broken\n", encoding="utf-8")
    second = start_engine(fast_model, kb, tmp_path / "engine.log")
    try:
        assert custom(ask(second))["entry_id"] == "work.permit"
    finally:
        stop_engine(second)
    log = (tmp_path / "engine.log").read_text(encoding="utf-8")
    assert "IS BROKEN" in log and f"{broken}:" in log
