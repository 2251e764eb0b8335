"""The danger lexicon: signals per language, negation, conditions and stories that are over."""

import pytest

from bot.nlu.danger import CATEGORIES, features, signals


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my boss took my passport and won't give it back", "documents"),
        ("паспорт у бригадира, не отдаёт", "documents"),
        ("անձնագիրս վերցրել են", "documents"),
        ("ancnagirs vercrel en", "documents"),
        ("хозяин не отпускает домой", "confinement"),
        ("դուրս չեն թողնում", "confinement"),
        ("durs chen toxnum", "confinement"),
        ("they lock us in at night", "confinement"),
        ("ne platyat uzhe tri mesyaca, deneg na bilet net", "unpaid"),
        ("աշխատավարձ չեն տալիս ու դուրս չեն թողնում", "unpaid"),
        ("my sister no longer answers her phone since she went to dubai", "missing"),
        ("they want me to send money so she can leave", "missing"),
        ("քույրս էլ չի պատասխանում", "missing"),
        ("dad last called four weeks ago and his phone is off since", "missing"),
        ("муж последний раз звонил две недели назад", "missing"),
        ("a small girl at the bus station all night, nobody came for her", "child"),
        ("мальчик сидит на вокзале, никто не пришел за ним", "child"),
        ("no passport no money no phone, farm near rostov", "stranded"),
        ("he threatens to hurt my kids", "threats"),
        ("муж бьёт меня", "violence"),
        ("i don't want to live anymore", "self_harm"),
        ("չեմ ուզում էլ ապրեմ", "self_harm"),
        ("chem uzum el aprem", "self_harm"),
        ("не хочу больше жить", "self_harm"),
        ("they make her sleep with clients", "exploitation"),
        ("the agent says i must pay 2000 before i can go home", "debt"),
        # someone gone silent, with the time first (as often typed in chats)
        ("brat uzhe tri nedeli ne otvechaet", "missing"),
        ("мама уже месяц не отвечает", "missing"),
        ("i started cutting again", "self_harm"),
    ],
)
def test_a_stated_danger_is_affirmed(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my employer did not take my passport",
        "գործատուն անձնագիրս չի վերցրել",
        "gorcatun ancnagirs chi vercrel",
        "паспорт не забрали, просто копию просят",
        "ինձ ոչ ոք չի ծեծում",
    ],
)
def test_a_negated_danger_is_not_affirmed(text):
    assert not signals(text).any


def test_a_condition_is_not_a_statement():
    found = signals("what should i do if my employer takes my passport")
    assert found.conditional == {"documents"} and not found.any


def test_a_story_that_is_over_is_not_a_danger_now():
    found = signals("two years ago my boss kept my passport, now i'm home and fine")
    assert found.affirmed == {"documents"} and found.past and found.resolved and not found.any


@pytest.mark.parametrize("text", ["this traffic is killing me", "my phone died", "the shop has not answered my email for a week", "lock the front door", "beat the final boss", "աաաա", "😂😂"])
def test_everyday_idioms_name_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize("text", ["ne platyat zarplatu, kuda zhalovatsya", "աշխատավարձ չեն տալիս, ուր դիմեմ", "my employer hasn't paid me for two months, where do i complain"])
def test_unpaid_wages_alone_are_a_labour_question(text):
    found = signals(text)
    assert found.affirmed == {"unpaid"} and not found.any


@pytest.mark.parametrize(
    "text",
    [
        "last year they kept my passport, i've been home since may, can i still claim my wages",
        "в прошлом году забрали паспорт, но уже полгода дома и всё хорошо",
        "ախպերս չէր պատասխանում, պարզվեց հեռախոսն ա կոտրվել, ամեն ինչ նորմալ ա",
    ],
)
def test_a_story_said_to_be_over_is_over(text):
    assert signals(text).over and not signals(text).any


def test_a_story_that_goes_on_is_not_over():
    found = signals("i'm home now but my sister is still there, they keep her passport")
    assert not found.over and found.any


@pytest.mark.parametrize("text", ["начальник меня убьет если опоздаю, ахах", "shefs kspani indz ete ushanam haha", "he'll kill me if i break his car lol 😂"])
def test_laughter_marks_hyperbole(text):
    assert signals(text).joking and not signals(text).any


def test_laughter_never_hides_self_harm():
    found = signals("lol i just want to die")
    assert not found.joking and found.any


def test_features_have_a_fixed_length():
    assert len(features(signals("anything"))) == len(CATEGORIES) + 5
    assert features(signals("they beat me"))[CATEGORIES.index("violence")] == 1.0
