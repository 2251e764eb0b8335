"""Knowledge-base checks as staff meet them: `migrabot kb check` on a broken miniature."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BROKEN = Path(__file__).resolve().parent / "broken_kb"
CATALOGUE = Path(__file__).resolve().parent / "broken_catalogue.yml"


def run_check(kb: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"MIGRABOT_HOME": str(ROOT), "MIGRABOT_KNOWLEDGE_BASE": str(kb), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "kb", "check", "--today", "2026-11-30", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_every_problem_is_named_with_file_and_line():
    result = run_check(BROKEN, "--catalogue", str(CATALOGUE))
    assert result.returncode == 1
    out = result.stdout
    entries = str(BROKEN / "entries.yml")
    expected = [
        f"{entries}:32: question 'How do I get a work permit?' also stands under work.permit ({entries}:13)",
        f"{entries}:27: answer in ru is missing or empty",
        f"{entries}:45: work.rights: source url 'www.gov.am/work' must start with https:// or http://",
        f"{entries}:25: work.eaeu: reviewed date 2027-03-01 is in the future",
        f"{entries}:38: related names an unknown id 'work.nonexistent'",
        f"{CATALOGUE}:1: catalogue id 'visa.evisa' has no entry in knowledge_base/",
        f"{BROKEN / 'countries.yml'}:3: indented with a tab: use spaces only",
    ]
    for line in expected:
        assert line in out, f"missing: {line}\n--- got:\n{out}"


def test_stale_review_is_a_warning_only(tmp_path):
    good = tmp_path / "kb"
    good.mkdir()
    text = (BROKEN / "entries.yml").read_text(encoding="utf-8").split("  - id: work.eaeu")[0]
    (good / "entries.yml").write_text(text.replace("2026-11-01", "2024-01-01"), encoding="utf-8")
    result = run_check(good, "--catalogue", str(tmp_path / "none.yml"))
    assert result.returncode == 0, result.stdout
    assert "warning: work.permit: reviewed 1064 days ago (more than 365)" in result.stdout


def test_duplicate_id_is_an_error(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    first = (BROKEN / "entries.yml").read_text(encoding="utf-8").split("  - id: work.eaeu")[0]
    (kb / "a.yml").write_text(first, encoding="utf-8")
    (kb / "b.yml").write_text(first.replace("how do i get", "where to get"), encoding="utf-8")
    result = run_check(kb, "--catalogue", str(tmp_path / "none.yml"))
    assert result.returncode == 1
    assert f"{kb / 'b.yml'}:2: duplicate id 'work.permit' (first in {kb / 'a.yml'}:2)" in result.stdout


def test_the_real_knowledge_base_is_clean():
    result = run_check(ROOT / "knowledge_base")
    assert result.returncode == 0, result.stdout[-4000:]
