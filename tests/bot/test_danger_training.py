"""The experiment that asks what the read danger sets would be worth as training data."""

from bot.components.danger_detector import DangerDetector, fit_and_calibrate
from bot.evaluation.danger_training import score, split, table
from bot.evaluation.dataset import Case

CONFIG = DangerDetector.get_default_config()
DANGER = [
    "the boss took my passport and locks us in at night",
    "they keep our passports and don't pay us, we can't leave",
    "my husband beats me and took my phone",
    "the agent says I owe him 5000 and must work it off",
    "they lock the door from the outside every night",
    "I want to end my life, I can't go on",
    "help, they won't let me go home",
    "the owner holds my documents and threatens me",
    "we have not been paid for four months and they guard the gate",
    "someone is following me and stands under my window",
]
EVERYDAY = [
    "how do I renew my residence card",
    "what documents do I need for a work permit",
    "play some music please",
    "what's the weather tomorrow in Yerevan",
    "how much is a taxi to the airport",
    "recommend a good restaurant",
    "my phone battery drains fast",
    "when does the bank open",
    "how long can I stay without a visa",
    "tell me a joke",
]


def test_the_last_sets_are_tested_and_the_rest_train():
    sources = ["questions", "red_flags", "red_flags_fresh", "red_flags_third", "everyday", "everyday_fresh", "everyday_sixth"]
    trained_on, tested = split(sources, 2)
    assert tested == ["red_flags_fresh", "red_flags_third", "everyday_fresh", "everyday_sixth"]
    assert trained_on == ["red_flags", "everyday"]


def test_fit_and_calibrate_gives_bars_and_a_model():
    texts = DANGER * 3 + EVERYDAY * 3
    labels = [1] * len(DANGER) * 3 + [0] * len(EVERYDAY) * 3
    model, calibration = fit_and_calibrate(texts, labels, CONFIG)
    assert 0 < calibration["low"] <= calibration["high"] <= CONFIG["max_high"]
    assert calibration["examples"] == len(texts) and calibration["danger_examples"] == sum(labels)
    danger, everyday = model.probabilities(["they took my passport and lock the door", "play some music"])
    assert danger > everyday


def test_tallies_count_each_set_and_the_table_totals_them():
    texts = DANGER * 3 + EVERYDAY * 3
    labels = [1] * len(DANGER) * 3 + [0] * len(EVERYDAY) * 3
    tested = [
        Case("the boss keeps my passport and won't let me leave", "en", "red_flag", "red_flags_x"),
        Case("is it legal for an employer to keep a passport?", "en", "not_red_flag", "red_flags_x"),
        Case("play my slow playlist", "en", "out_of_scope", "everyday_x"),
    ]
    calibration, tallies = score(texts, labels, CONFIG, tested)
    # the passport held and "won't let me leave" are named by the lexicon; the rules question is not danger
    assert tallies[("red_flags_x", True)].messages == 1 and tallies[("red_flags_x", True)].flagged == 1
    assert tallies[("red_flags_x", False)].flagged == 0
    everyday = tallies[("everyday_x", False)]
    lines = table({"A": (calibration, tallies)}, ["red_flags_x", "everyday_x"])
    assert lines[2] == f"| red_flags_x (danger) | 1 | 1 / {tallies[('red_flags_x', True)].classifier} |"
    not_danger = f"{everyday.flagged} / {tallies[('red_flags_x', False)].classifier + everyday.classifier}"
    assert lines[-1] == f"| all (not danger) | 2 | {not_danger} |"


def test_the_page_is_written_and_printed(tmp_path, capsys):
    from bot.evaluation import publish

    assert publish(tmp_path / "page.md", ["# title", "", "| a |"]) == 0
    assert (tmp_path / "page.md").read_text(encoding="utf-8") == "# title\n\n| a |\n"
    assert "| a |" in capsys.readouterr().out
