"""The danger stage's calibrated bars and its decision rule."""

from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.danger_detector import DangerDetector, _examples, choose_thresholds, decide
from bot.components.language_identifier import VARIANT
from bot.nlu.danger import signals

CONFIG = DangerDetector.get_default_config()


def test_high_bar_keeps_false_alarms_within_the_rate():
    negatives = [i / 1000 for i in range(1000)]  # 0.000 .. 0.999, none names a danger
    positives = [0.97, 0.98, 0.99]
    probabilities, labels = negatives + positives, [0] * 1000 + [1] * 3
    bars = choose_thresholds(probabilities, labels, [False] * 1003, {**CONFIG, "max_false_alarm_rate": 0.01, "max_high": 0.99})
    alarms = sum(p >= bars["high"] for p in negatives)
    assert alarms <= 10 and bars["high"] <= 0.99


def test_low_bar_sits_under_the_weakest_named_danger():
    probabilities = [0.1, 0.2, 0.3, 0.9, 0.35]
    labels = [0, 0, 0, 1, 1]
    named = [False, False, False, True, True]
    bars = choose_thresholds(probabilities, labels, named, CONFIG)
    assert bars["low"] == round(0.35 * CONFIG["low_margin"], 4)
    assert bars["low"] <= bars["high"]


def test_a_named_danger_needs_only_the_low_bar():
    bars = {"high": 0.8, "low": 0.2}
    assert decide(0.3, signals("they took my passport"), bars)
    assert not decide(0.3, signals("my phone died"), bars)
    assert decide(0.85, signals("my phone died"), bars)
    assert not decide(0.3, signals("what if they take my passport"), bars)


def test_one_word_must_name_the_danger():
    bars = {"high": 0.8, "low": 0.2}
    assert not decide(0.95, signals("աաաա"), bars, words=1)
    assert decide(0.5, signals("помогите"), bars, words=1)


def test_extra_negatives_and_romanised_copies_join_the_training_set():
    example = Message(data={"text": "меня держат взаперти", "intent": "red_flag"})
    example.set(VARIANT, "ru")
    other = Message(data={"text": "как получить внж", "intent": "residence.temporary"})
    other.set(VARIANT, "ru")
    texts, labels, _ = _examples(TrainingData([example, other]), [{"text": "Если заберут паспорт?", "language": "ru"}])
    label = dict(zip(texts, labels, strict=True))
    assert label["меня держат взаперти"] == 1 and label["menya derzhat vzaperti"] == 1
    assert label["как получить внж"] == 0 and label["если заберут паспорт ?"] == 0


def test_denials_and_questions_about_the_law_are_not_danger_without_a_stated_one():
    bars = {"high": 0.5, "low": 0.1}
    assert not decide(0.95, signals("nobody is holding me, i just want to quit"), bars)
    assert not decide(0.95, signals("what does the law say about employers and workers' passports"), bars)
    assert decide(0.3, signals("my employer keeps my passport, is that legal"), bars)


def test_a_concrete_danger_needs_no_classifier():
    bars = {"high": 0.8, "low": 0.2}
    assert decide(0.001, signals("rebenok odin na vokzale, nikto ne prishel za nim"), bars)
    assert decide(0.001, signals("the boss won't call an ambulance for him"), bars)
    assert not decide(0.001, signals("my son, 15, wants to travel alone to his aunt, which consent"), bars)
    # ... but the classifier still has the last word for the others
    assert not decide(0.1, signals("they took my passport"), bars)


def test_family_safekeeping_is_no_danger_even_when_the_classifier_is_sure():
    bars = {"high": 0.5, "low": 0.1}
    assert not decide(0.95, signals("my husband keeps our passports in the cupboard so they don't get lost"), bars)
    assert decide(0.95, signals("my husband keeps our passports so they don't get lost and won't give mine back"), bars)


def test_a_passport_in_hand_or_a_relative_said_to_be_fine_is_no_danger_even_when_the_classifier_is_sure():
    bars = {"high": 0.5, "low": 0.1}
    assert not decide(0.95, signals("the employer took a copy of my passport, the original is with me"), bars)
    assert not decide(0.95, signals("my brother rarely calls, he's fine, works nights. how does he renew his card"), bars)
    # what someone else says is fine is not the writer's word
    assert decide(0.95, signals("the agency says he's fine, but he rarely calls"), bars)


def test_the_lexicon_reads_the_message_as_written_not_the_folded_form():
    from bot.components.danger_detector import _Model
    from bot.components.normaliser import ORIGINAL
    from bot.nlu.normalise import normalise

    model = _Model(CONFIG).fit(["they took my passport", "play some jazz", "menya derzhat", "kakaya pogoda"], [1, 0, 1, 0])
    # A classifier that is always sure: only the lexicon's "nobody holds me" can keep it quiet.
    detector = DangerDetector(CONFIG, None, None, model=model, calibration={"high": 0.0, "low": 0.0})
    raw = "indz voch voq chi pahum, uzum em ashxatanqic durs gam"
    folded = normalise(raw, "hy", latin=True)
    assert folded != raw and not signals(folded).disclaimed and signals(raw).disclaimed
    message = Message(data={"text": folded, ORIGINAL: raw})
    detector.process([message])
    assert message.get("danger")["flagged"] is False


def test_danger_words_explained_away_need_a_very_sure_classifier():
    bars = choose_thresholds([0.1, 0.9], [0, 1], [False, False], CONFIG)
    assert bars["hedged"] == max(bars["high"], CONFIG["hedged_bar"])
    bars = {"high": 0.6, "low": 0.05, "hedged": 0.8}
    trip = signals("my son is 17 and wants to travel alone to his friends in tbilisi, what consent does he need")
    assert trip.hedged and not trip.any
    assert not decide(0.7, trip, bars, words=15)
    assert decide(0.9, trip, bars, words=15)
    # with no danger words at all, the ordinary bar
    assert decide(0.7, signals("something strange happened to my cousin at work"), bars, words=7)


def test_an_everyday_scene_takes_the_explained_bar_and_a_harmless_one_is_never_urgent():
    bars = {"high": 0.6, "low": 0.05, "hedged": 0.8}
    holiday = signals("which hotel is good in Hurghada with the kids, all inclusive")
    assert holiday.explained and not holiday.any
    assert not decide(0.75, holiday, bars, words=9) and decide(0.85, holiday, bars, words=9)
    drill = signals("fire drill at the office, we're all standing outside freezing")
    assert not decide(0.99, drill, bars, words=9)
    # a named danger is decided as ever, whatever scene comes with it
    assert decide(0.3, signals("fire drill today, but the boss still keeps my passport and locks us in"), bars, words=12)


def test_late_wages_alone_do_not_stand_against_the_person_saying_all_else_is_fine():
    bars = {"high": 0.5, "low": 0.1}
    assert not decide(0.9, signals("последнюю зарплату не выплатили, обещают через неделю, остальное всегда платили. могу улететь домой?"), bars)
    assert decide(0.9, signals("последнюю зарплату не выплатили и паспорт у хозяина, остальное всегда платили"), bars)


def test_a_helper_asking_where_to_refer_someone_is_information_unless_a_danger_is_stated():
    bars = {"high": 0.6, "low": 0.05, "hedged": 0.8}
    question = signals("I volunteer on a helpline. If a caller says her husband threatens her, where do we refer her?")
    assert question.rules_question and not decide(0.99, question, bars, words=18)
    # the helper's own case, stated as happening, is decided as ever
    assert decide(0.3, signals("I volunteer on a helpline. A caller says her boss locks her in, where do we refer her?"), bars, words=18)


def test_dying_if_a_form_is_rejected_again_takes_the_explained_bar():
    bars = {"high": 0.6, "low": 0.05, "hedged": 0.8}
    form = signals("I'll die if the site rejects this form one more time")
    assert form.explained and not form.any
    assert not decide(0.75, form, bars, words=11)
    # being sent back is no nuisance: that message keeps the ordinary bar
    deported = signals("I'll die if they deport me back there")
    assert not deported.explained and decide(0.75, deported, bars, words=8)
