"""Armenian and Russian written in Latin letters, as people type them."""

import pytest

from bot.nlu.normalise import normalise
from bot.nlu.romanise import romanise


@pytest.mark.parametrize(
    ("native", "language", "typed"),
    [
        ("ինչպես ստանալ կացության քարտ", "hy", "inchpes stanal katsutyan qart"),
        ("որտեղ եմ դիմում", "hy", "vortegh em dimum"),
        ("երեվան", "hy", "yerevan"),
        ("как получить вид на жительство", "ru", "kak poluchit vid na zhitelstvo"),
        ("щедрый подъезд", "ru", "schedryy podezd"),
    ],
)
def test_romanise(native, language, typed):
    assert romanise(native, language) == typed


def test_romanised_text_meets_typed_variants_after_folding():
    # What training learns from and what a person types fold to the same form.
    assert normalise(romanise("կացության քարտ", "hy"), "hy", latin=True) == normalise("kacutyan k'art", "hy", latin=True)
    assert normalise(romanise("помощь", "ru"), "ru", latin=True) == normalise("pomoshch", "ru", latin=True)


def test_other_languages_and_other_letters_are_kept():
    assert romanise("work permit", "en") == "work permit"
    assert romanise("ВНЖ 2025 ✓", "ru") == "ВНЖ 2025 ✓"
