"""The held-out sets are apart from the training data, and the committed report meets the targets."""

import json
from pathlib import Path

from bot.evaluation.overlap import overlaps, romanised_overlaps, scored_cases
from bot.kb.checks import read_catalogue
from bot.kb.loader import load

ROOT = Path(__file__).resolve().parents[2]


def test_an_evaluation_message_found_in_training_is_not_scored():
    scored, left_out = scored_cases(ROOT)
    written = {text for _, text in overlaps(ROOT)}
    assert not written & {case.text for case in scored}
    assert written <= {case.text for case in left_out} | {m["text"] for m in _langid()}


def _langid():
    import yaml

    return yaml.safe_load((ROOT / "tests/eval/langid.yml").read_text(encoding="utf-8"))["messages"]


def test_langid_set_is_apart_from_training():
    assert [text for name, text in overlaps(ROOT) if name == "langid.yml"] == []


def test_open_world_sets_are_large_enough():
    scored, _ = scored_cases(ROOT)
    everyday = [c for c in scored if c.source == "everyday"]
    danger = [c for c in scored if c.expect == "red_flag" and c.source != "questions"]
    assert len(everyday) >= 600 and {c.lang for c in everyday} == {"en", "ru", "hy", "ru_latn", "hy_latn"}
    assert len(danger) >= 120
    for group in ("en", "ru", "hy", "transliterated"):
        assert sum(c.group == group for c in danger) >= 30, group


def test_scored_cases_leave_out_what_a_romanised_copy_spells():
    scored, left_out = scored_cases(ROOT)
    assert romanised_overlaps(ROOT, scored) == []
    written = {text for _, text in overlaps(ROOT)}
    assert all(case.lang.endswith("_latn") or case.text in written for case in left_out)
    # A handful, not a gutted set. Everyday sets hold greetings and stock requests ("привет",
    # "tell me a joke") that the training data has too, so more of them fall out.
    everyday = [c for c in scored + left_out if c.source.startswith("everyday")]
    everyday_out = [c for c in left_out if c.source.startswith("everyday")]
    others_out = len(left_out) - len(everyday_out)
    assert others_out <= 0.02 * (len(scored) + len(left_out) - len(everyday))
    assert len(everyday_out) <= 0.10 * len(everyday)


def test_evaluation_set_covers_every_entry_and_special_label():
    scored, _ = scored_cases(ROOT)
    kb, _ = load(ROOT / "knowledge_base")
    counts = {}
    for case in scored:
        counts[case.expect] = counts.get(case.expect, 0) + 1
    for entry_id in kb.entries:
        assert counts.get(entry_id, 0) >= 5, entry_id
    assert counts["out_of_scope"] >= 60 and counts["red_flag"] >= 30 and counts["human"] >= 15
    assert set(counts) - {"out_of_scope", "red_flag", "human", "not_red_flag"} <= set(kb.entries)


def test_catalogue_is_complete():
    catalogue = ROOT.parent / "shared" / "kb-catalogue.yml"
    kb, _ = load(ROOT / "knowledge_base")
    if catalogue.exists():
        assert set(read_catalogue(catalogue)) <= set(kb.entries)


def test_committed_report_meets_the_gates():
    report = json.loads((ROOT / "docs/eval/report.json").read_text(encoding="utf-8"))
    production = report["systems"][report["production"]]
    for key, gate in report["gates"].items():
        if key.endswith("_max"):
            assert production[key.removesuffix("_max")] <= gate, key
        else:
            assert production[key] >= gate, key
    # Ahead of (or level with) every baseline on every gated row it was measured on.
    lower_is_better = ("oos_answered", "everyday_answered", "everyday_staff", "everyday_switched")
    for name, baseline in report["systems"].items():
        for key, figure in baseline.items():
            if key in report["ungated_rows"]:
                continue
            if key in lower_is_better:
                assert production[key] <= figure, f"{key}: behind {name}"
            elif key.startswith(("accuracy.", "red_flag")) or key in ("oos_declined", "human_recall", "everyday_declined"):
                assert production[key] >= figure, f"{key}: behind {name}"
    assert "Ahead or level on every gated row" in (ROOT / "docs/eval/report.md").read_text(encoding="utf-8")


def test_committed_language_figures_meet_the_targets():
    figures = json.loads((ROOT / "docs/eval/langid.json").read_text(encoding="utf-8"))
    assert figures["messages"] >= 300 and figures["latin_script"] >= 100
    assert figures["overall"] >= 0.98 and figures["transliterated"] >= 0.95
