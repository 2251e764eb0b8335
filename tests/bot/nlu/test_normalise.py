"""Normalisation shared by training and run time."""

import pytest

from bot.nlu.normalise import dedup_key, light, normalise, script_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ինչպե՞ս ստանալ", "ինչպես ստանալ"),
        ("Բարև։Ինչպե՛ս եք", "բարեվ . ինչպես եք"),
        ("Երևան", "երեվան"),
        ("ВНЖ ещё", "внж еще"),
        ("heeeeelp", "help"),
        ("a\u200bb\u202ec", "a b c"),
    ],
)
def test_light(raw, expected):
    assert light(raw) == expected


def test_transliteration_variants_fold_to_one_form():
    assert normalise("kacutyan qart", "hy", latin=True) == normalise("katsoutyan k'art", "hy", latin=True)
    assert normalise("xndrum em", "hy", latin=True) == normalise("khndrum em", "hy", latin=True)
    assert normalise("pomoshch", "ru", latin=True) == normalise("pomosch", "ru", latin=True)
    assert normalise("hello world", "en", latin=True) == "hello world"


def test_script_and_dedup():
    assert script_of("ВНЖ для IT") == "cyrl"
    assert script_of("1234 🙂") is None
    assert dedup_key("How do I get a work permit?") == dedup_key("how do i get a work permit")
