"""The danger lexicon: signals per language, negation, conditions and stories that are over."""

import re

import pytest

from bot.nlu import danger_context as ctx
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
    found = signals("last year my boss kept my passport, now i'm home and fine")
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


@pytest.mark.parametrize(
    "text",
    [
        "my manager will kill me if i miss the train again, when is the next one",
        "бабушка меня убьёт, если я забуду ей позвонить в воскресенье",
        "տնօրենը ինձ կսպանի, եթե էլի ուշանամ ժողովից",
    ],
)
def test_a_threat_that_hangs_on_an_everyday_slip_is_a_figure_of_speech(text):
    assert "threats" not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "if you go to the police they will kill me",
        "сказал, что если я уйду, то убьёт маму",
        "ասում ա՝ եթե փախչես, կսպանեմ",
        "he threatens me every day",
    ],
)
def test_a_threat_that_hangs_on_resisting_is_a_threat(text):
    assert "threats" in signals(text).affirmed


def test_a_threat_to_go_to_court_is_a_dispute():
    assert not signals("the owner of the flat threatens to take me to court over the fridge").any


@pytest.mark.parametrize(
    "text",
    [
        "no one is forcing me, i just want to change jobs",
        "никто меня не держит, хочу просто сменить работу",
        "ոչ ոք ինձ չի ստիպում, ուղղակի ուզում եմ աշխատանքս փոխեմ",
        "my boss never took my passport, can i still ask for a copy of my contract",
    ],
)
def test_a_denial_of_coercion_is_a_disclaimer(text):
    found = signals(text)
    assert found.disclaimed and not found.affirmed


def test_a_negated_wish_to_live_is_never_a_denial():
    found = signals("i don't see a reason to live")
    assert not found.disclaimed


@pytest.mark.parametrize("text", ["is it legal for a hotel to keep guests' passports overnight", "имеет ли право хозяин квартиры забирать паспорт"])
def test_a_question_about_the_law_is_marked(text):
    assert signals(text).rules_question


def test_until_is_not_a_negation():
    assert "debt" in signals("хозяин сказал, домой не поеду, пока не отработаю долг").affirmed


def test_a_negation_belongs_to_the_next_word_only():
    assert "documents" in signals("уехать не можем, паспорта у бригадира").affirmed


@pytest.mark.parametrize("text", ["нужно ли отрабатывать две недели при увольнении", "my daughter is 15 and wants to travel alone to her aunt in lyon, which consent form"])
def test_notice_periods_and_planned_trips_are_paperwork(text):
    assert not signals(text).any


def test_a_child_alone_with_nobody_around_is_a_danger():
    assert "child" in signals("devochka let 7 odna v parke, nikogo ryadom net").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("a man makes the children from the shelter beg outside the supermarket", "exploitation"),
        ("there is a girl at the bus station, maybe 8, alone since the morning", "child"),
        ("the whole crew returned without him, nobody tells us anything", "missing"),
        ("бригада вернулась, а его нет, полиция не ищет", "missing"),
        ("i think my aunt is in danger, her boss took her phone", "plea"),
        ("they said the police will arrest us if we leave the farm", "threats"),
    ],
)
def test_danger_told_in_everyday_words(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the foreman punched my coworker when he asked about the money", "violence"),
        ("иногда кажется, что легче было бы уснуть и не проснуться", "self_harm"),
        ("брат уехал на стройку в Сочи, уже месяц ни слуху ни духу", "missing"),
        ("հորեղբորս երկու շաբաթ է չենք գտնում, Կրասնոդար էր գնացել", "missing"),
        ("գործատուն անձնագիրս չտվեց, ասեց՝ գնա", "documents"),
        ("no money no documents, the agency left me at the bus station", "stranded"),
        ("мальчик совсем один у перехода, плачет", "child"),
    ],
)
def test_more_danger_told_in_everyday_words(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "my son flies alone to his grandma in moscow, which form do i sign",
        "my sister keeps threatening to leave the group chat lol no but seriously how do i renew a visa",
        "the guesthouse kept my passport for the night and gave it back in the morning, is that normal",
        "начальник задолбал с отчетами, убью его xD",
    ],
)
def test_more_everyday_words_that_are_not_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my uncle went to work in Samara, four weeks no calls from him now", "missing"),
        ("muzh uehal na sever, 2 nedeli ni odnogo zvonka", "missing"),
        ("сестра уехала в Турцию, три недели ни одного звонка", "missing"),
        ("եղբայրս Մոսկվայում ա, 3 շաբաթ ոչ մի զանգ չկա", "missing"),
        ("they took my passport and wont let me out of the house", "confinement"),
        ("хозяин запер меня в подсобке", "confinement"),
        ("работодатель не дает уехать, говорит сначала отработай", "confinement"),
        ("nachalnik otobral bankovskie karty u vsei brigady", "documents"),
        ("бригадир забрал карты у всех рабочих", "documents"),
        ("he said he will burn down my mother's house if I go to the police", "threats"),
        ("сказал, если уйду, сожгут дом родителей", "threats"),
        ("ասեց, որ եթե փախչեմ, մեր տունը կվառեն", "threats"),
        ("the worker fell from the scaffolding and the boss won't call an ambulance", "care_denied"),
        ("он сломал руку, а хозяин не везёт в больницу, мы без документов", "care_denied"),
        ("dzerqs kotrel em, gorcatun@ hivandanoc chi tanum", "care_denied"),
        ("ընկերս վնասվել ա, բժշկի չեն թողնում գնալ", "care_denied"),
    ],
)
def test_silence_cards_fire_and_a_hurt_worker_kept_from_a_doctor(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "банкомат забрал карту, что делать",
        "լույսը կվառեմ, մութ ա",
        "грозит ли депортация, если я просрочил патент на день",
        "what would I face if I overstay by a week",
        "the landlord threatens to evict us because the rent is late, what are our rights",
        "не отпускают в отпуск второй год, законно ли это",
        "ashxatanqum chen toxnum ardzakurd gnam, orenqov karan?",
        "I feel trapped in this job, how do I change employer on my work permit",
        "I'll die in this queue, two hours at the passport office",
        "էս հերթից կմեռնեմ",
        "mama keeps our passports in the wardrobe so they don't get lost, do I need the original for the visa",
        "we had problems with threats at work before but it was resolved in court, can I claim compensation",
        "հայրս Ռուսաստանում աշխատում էր, անձնագիրը պահել էին, բայց վաղուց տանն է",
        "my daughter is 16 and will fly alone to her dad, she has the notarised consent",
        "axjiks 16 tarekan a, menak a trnum hor mot",
    ],
)
def test_idioms_leave_penalties_safekeeping_and_settled_stories_are_not_danger(text):
    assert not signals(text).any


def test_an_employers_safekeeping_is_no_excuse():
    assert "documents" in signals("the family I work for took my passport for safekeeping and hasn't paid me since july").affirmed
    assert not signals("the family I work for took my passport for safekeeping and hasn't paid me since july").disclaimed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i swallowed a whole box of sleeping pills", "self_harm"),
        ("проглотила всю упаковку снотворного", "self_harm"),
        ("vypil celuyu pachku tabletok", "self_harm"),
        ("ամբողջ դեղերը խմել եմ", "self_harm"),
        ("tell my mother I always loved her, I can't anymore", "self_harm"),
        ("передайте сестре, что я её очень любила", "self_harm"),
        ("ընտանիքիս ասեք, որ սիրում էի իրենց", "self_harm"),
        ("I'm sitting on the ledge now, it's quiet here", "self_harm"),
        ("стою на крыше девятиэтажки", "self_harm"),
        ("вчера опять побил, вся в синяках", "violence"),
        ("he came home drunk, now I have a black eye", "violence"),
        ("he's downstairs banging, I locked myself in the bathroom and turned off the lights", "violence"),
        ("муж под дверью, я выключила свет и молчу", "violence"),
        ("pryachus v vannoy, on u dveri", "violence"),
        ("նա դռան մոտ է, լույսը անջատել եմ, վախենում եմ", "violence"),
    ],
)
def test_an_overdose_a_farewell_a_ledge_injuries_and_hiding(text, category):
    assert category in signals(text).affirmed
    assert signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "он побил рекорд по подтягиваниям",
        "we watched a film where the hero's passport was taken by smugglers, is that realistic",
        "читаю книгу про девушку, которую держали взаперти, посоветуй похожую",
        "my wallet and passport were stolen on the metro, how do I get a new one",
        "у меня в автобусе украли паспорт и документы, куда идти",
        "ancnagirs korcrel em, vonc nor vercnem",
        "my cousin's boss had his papers, but she's safely home now and asks how to give feedback",
        "хозяин держал паспорт, после жалобы всё вернули, сейчас работаю у другого",
        "գործատուն պահում էր անձնագիրս, հետո վերադարձրեց, հիմա ամեն ինչ կարգին է",
        "we got locked in an escape room for an hour, ha-ha",
        "տղաս 15 տարեկան է, մենակ պիտի թռչի Փարիզ, ինչ թուղթ է պետք",
        "axjiks uzum a menak gna Batumi, liazorutyun petq a?",
    ],
)
def test_records_stories_thefts_returned_documents_and_planned_trips(text):
    assert not signals(text).any


def test_an_employer_who_steals_documents_is_still_a_danger():
    assert "documents" in signals("the agency stole our passports and we cannot leave").affirmed


def test_can_i_still_complain_does_not_reopen_a_settled_story():
    assert signals("անցյալ տարի գործատուն պահել էր անձնագիրս, հետ վերցրի, հիմա տանն եմ, կարո՞ղ եմ դեռ բողոքել").over
    assert not signals("ես հիմա տանն եմ, բայց քույրս դեռ այնտեղ է, անձնագիրը պահում են").over
    assert signals("eghbayrs mi shabat chi zangel, heto grec, hima amen inch lava").over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how do I leave without my passport? the owner of the farm refuses to give it back", "documents"),
        ("паспорт у меня был. а теперь бригадир не отдает его", "documents"),
        ("անձնագիրս իրենց մոտ ա։ հետ չեն տալիս", "documents"),
        ("asel en ete paxnem, mamayis kvnasen", "threats"),
    ],
)
def test_a_refusal_in_the_next_sentence_and_fleeing_typed_in_latin(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("goodbye everyone, sorry for everything", "self_harm"),
        ("proshchayte vse, prostite menya", "self_harm"),
        ("մնաք բարով, ներողություն ամեն ինչի համար", "self_harm"),
        ("I gave my guitar to my brother, later you'll understand why", "self_harm"),
        ("если однажды я не напишу, знайте, что вы были хорошими", "self_harm"),
        ("just asking what happens to my loans if im gone", "self_harm"),
        ("устала от жизни, ничего не хочу", "self_harm"),
        ("gorcatun anznagirs vercrel a u chi talis", "documents"),
        ("the police found his taxi abandoned on the highway, he isn't answering", "missing"),
        ("ehbayrs asec ete tun chgnam, qrojs kvnasi", "threats"),
    ],
)
def test_farewells_a_taken_passport_typed_anznag_a_car_found_empty(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "in the game my hero is locked in a cell and I can't escape, any walkthrough",
        "v igre menya derzhat v plenu, kak proyti uroven",
        "this visa queue will kill me, three hours already",
        "es ashxatanqy indz kspani, amen or 12 jam",
        "I can't escape this formula error in my spreadsheet",
        "inch pastatxt e petq, vor axjiks menak trni Hrom",
        "a year ago the boss held my passport, I'm back in Gyumri now and fine, can I complain",
    ],
)
def test_games_hyperbole_stuck_in_a_spreadsheet_and_settled_stories(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how many tablets would I need to take to never wake up", "self_harm"),
        ("сколько нужно таблеток, чтобы умереть", "self_harm"),
        ("skolko tabletok smertelno dlya cheloveka 60 kg, sprashivayu dlya sebya", "self_harm"),
        ("քանի հաբ պետք ա խմել, որ չզարթնեմ", "self_harm"),
        ("kupil verevku, zapisku uzhe napisal", "self_harm"),
        ("պարանը պատրաստ ա, նամակն էլ գրել եմ", "self_harm"),
        ("don't bother with my renewal, I won't be around much longer", "self_harm"),
        ("մի անհանգստացեք, շուտով ինձ պետք չի լինի", "self_harm"),
        ("the foreman said he knows where my parents live", "threats"),
        ("он знает, где живут мои дети", "threats"),
        ("my cousin texted me just \"help\" an hour ago and now her phone is off", "plea"),
        ("если я завтра не выйду на связь, это из-за хозяина", "plea"),
        ("ete indz het mi ban patahi, imaceq vor gorcatun@ er", "plea"),
        ("two weeks and no messages from my son in Sochi", "missing"),
        ("smoke everywhere in the hostel and the fire exit is locked", "confinement"),
        ("էլ չեմ կարող, հաբերը արդեն առել եմ", "self_harm"),
        ("ne znayu radi chego ya zhivu", "self_harm"),
        ("they said next time they'll break his arms", "threats"),
        ("коллекторы сказали, что сломают ему ноги", "threats"),
    ],
)
def test_a_lethal_dose_a_rope_a_relayed_cry_and_a_fire_behind_locked_doors(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "brigadir govorit 'vse normalno', a brata k telefonu ne zovet uzhe mesyac",
        "хозяин пишет «всё хорошо, она дома», но она не отвечает третью неделю",
    ],
)
def test_what_someone_else_says_does_not_end_a_story(text):
    assert not signals(text).resolved


def test_a_rules_word_outside_a_question_is_no_rules_question():
    assert not signals("boss says if i go to the police he will tell them i'm illegal").rules_question
    assert signals("is it illegal for an agency to keep my passport?").rules_question


@pytest.mark.parametrize(
    "text",
    [
        "my dad hasn't called for ten days but he warned us, he is on a ship with no signal",
        "քույրս մեկ շաբաթ կապ չկա, բայց արշավի ա, զգուշացրել էր",
        "Գործատուն անձնագիրս վերցրեց՝ վիզայի դիմումի համար, ես համաձայն եմ",
        "I left my bag with my passport in a taxi, how do I get a new one",
        "this exam will kill me",
        "էս շոգը ինձ կսպանի",
        "the neighbours' dog won't let me sleep",
        "will they deport me right away if my residence permit is refused?",
        "I'm writing a thesis about domestic violence law, any sources",
        "my son will fly to Rome alone for a school trip, which consent",
    ],
)
def test_expected_silence_consent_forgotten_bags_exams_and_papers_about_violence(text):
    assert not signals(text).any


def test_an_apostrophe_inside_a_word_opens_no_quote():
    assert signals("they kept me locked in but i'm home now and i'm fine").resolved


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I gave my phone to my cousin and my jacket to my neighbour, what happens to my bank account", "self_harm"),
        ("I won't be a burden to my family for much longer", "self_harm"),
        ("wrote letters to my children; how is a body sent home from Poland", "self_harm"),
        ("haberi hamarel em, vaghy arden karevor chi", "self_harm"),
        ("իրերս բաժանեցի, երբ ես չլինեմ՝ մայրիկիս կասեք", "self_harm"),
        ("завтра уже не важно, раздала все свои вещи", "self_harm"),
        ("угрожает выложить мои фото, если не переведу ему деньги", "threats"),
        ("grozitsya razoslat moi foto, esli ne vernus", "threats"),
        ("он знает, где учится моя дочь", "threats"),
    ],
)
def test_things_given_away_pills_counted_and_blackmail_that_hangs_on_money_or_return(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "can my employer keep my passport?",
        "գործատուն իրավունք ունի՞ անձնագիրս պահի",
        "the agency took my passport for the visa stamp, gave me a receipt, back on Monday",
        "I was exploited on a farm years ago but I've been home and safe since 2020",
    ],
)
def test_rules_questions_receipts_and_old_stories_are_not_danger_now(text):
    assert not signals(text).any


def test_a_rules_question_after_the_fact_is_still_a_danger():
    assert "documents" in signals("my employer keeps my passport, is that legal?").affirmed


@pytest.mark.parametrize(
    "text",
    ["I'm not allowed to leave the house and the boss took my passport", "I'm here legally but my boss took my passport and won't give it back"],
)
def test_a_statement_about_rights_is_not_a_question_about_them(text):
    assert "documents" in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("я уже купила верёвку, так что неважно", "means"),
        ("tabletki ya uzhe nakopil, ne volnuytes", "means"),
        ("sleeping pills are saved up in the drawer", "means"),
        ("պարան արդեն առել եմ", "means"),
        ("gave my guitar and my bike to my cousins, who closes my bank account after?", "self_harm"),
        ("honestly i'm done with all this, what happens to my residence card when i die", "self_harm"),
        ("I keep thinking about stepping off the balcony", "self_harm"),
        ("they feed us only if we finish the norm, and yesterday a woman collapsed in the greenhouse", "exploitation"),
        ("кормят только если выполним норму", "exploitation"),
        ("brat byl v seti tri nedeli nazad, s teh por tishina", "missing"),
        ("he said if i don't call in two days tell the police, that was a week ago", "missing"),
    ],
)
def test_means_at_hand_a_quiet_farewell_hunger_for_a_quota_and_last_seen_weeks_ago(text, category):
    assert category in signals(text).affirmed


def test_the_means_at_hand_decide_alone_and_a_calm_after_giving_things_away_is_not_an_ending():
    assert signals("kupil verevku. a tak vse normalno").concrete
    assert signals("ժամացույցս ընկերոջս տվեցի, մեքենաս էլ եղբորս։ հիմա ամեն ինչ լավ ա, վերջապես հանգիստ եմ").any


@pytest.mark.parametrize(
    "text",
    [
        "this deadline is killing me",
        "etot dedlain menya ubet",
        "es xcany indz kspani",
        "пишу доклад: какая ответственность работодателя за удержание паспорта работника?",
        "my wife is on a tanker, she said there will be no connection for a month",
        "gorcatun@ ancnagirs vercrec mi orov, heto veradardzrec",
        "last month's salary is late, but I already work somewhere else now",
    ],
)
def test_deadlines_traffic_school_reports_voyages_and_papers_given_back(text):
    assert not signals(text).any


def test_someone_waiting_at_the_door_every_night_is_stalking():
    assert "stalking" in signals("a man from my old job waits outside my building every night").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "the boss shouts a lot but the pay always comes on time",
        "зарплату задерживают на неделю, других проблем нет",
        "ashxatavardzy ush en talis, ayl xndir chka",
    ],
)
def test_otherwise_all_fine_settles_a_message_with_no_danger_word(text):
    found = signals(text)
    assert found.disclaimed and not found.affirmed


@pytest.mark.parametrize(
    "text", ["у ребёнка кашель, чем лечить?", "stuck on level 7 and the timer keeps killing me", "hertn indz kspani, arden 2 jam a kangnac em"]
)
def test_an_illness_a_game_level_and_a_queue_are_everyday(text):
    found = signals(text)
    assert not found.any and (found.doubtful or not found.affirmed)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i need a notary for my will, i won't need my stuff much longer anyway", "farewell"),
        ("left my phone and my jacket to my roommate, who do I tell at the consulate", "farewell"),
        ("verevku ya uzhe kupil, tak chto vse ravno", "means"),
        ("кто сбежит, тому семью найдут, так сказал бригадир", "threats"),
        ("ով փախչի, ընտանիքին կգտնեն, ասում է", "threats"),
    ],
)
def test_affairs_put_in_order_a_rope_and_whoever_flees(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "the shop still owes me my last wage, can I leave before it comes",
        "hurt my back at work, they drove me to the hospital and insurance covered it",
        "сестра на ретрите без телефона две недели",
        "we're writing a screenplay about a worker locked in a warehouse, what papers would he have",
        "мне это грозит запретом въезда?",
        "начальник заставляет переделывать отчёт",
        "u menya 38.2, idti na rabotu?",
    ],
)
def test_wages_owed_care_given_retreats_screenplays_penalties_reports_and_fevers(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the foreman has my passport and says I'm his property now lol", "documents"),
        ("a boy of 8 alone at the station since morning haha what do I even do", "child"),
        ("if the appeal fails I won't come back alive, I've decided how", "self_harm"),
        ("депортируют, так домой живым не вернусь", "self_harm"),
        ("skolko etih tabletok nado chtob ne prosnutsya", "means"),
        ("send my savings from the account to my brother, I won't need any of it.", "self_harm"),
        ("the recruiter said my kids in Vanadzor might have an accident if I talk", "threats"),
        ("бригадир намекнул, что у семьи может быть несчастный случай", "threats"),
        ("хозяин запрещает вызывать скорую, у парня температура и рука опухла", "care_denied"),
        ("some kid, maybe 9, at the station crying by the ticket office for an hour, says he has no one here", "child"),
        ("երեք ամիս աշխատավարձ չկա, տոմսի փող չունենք, ցուրտ է", "stranded"),
        ("we are sleeping in the park with my two kids since sunday", "stranded"),
        ("fire on our floor and the exit is locked from outside", "confinement"),
        ("они забрали его на границе, никто не говорит, где он", "missing"),
        ("the boss keeps my passport, I only have a photo of it on my phone", "documents"),
        ("paid the recruiter 2000 dollars for the documents and now he keeps my passport", "documents"),
        ("брата увезли, а в полиции говорят: не знаем такого", "missing"),
        ("he said if I don't call by Friday, tell someone. it's Monday now", "plea"),
        ("ասաց՝ եթե երկու օրից չզանգեմ, մեկին ասա", "plea"),
    ],
)
def test_facts_are_not_laughed_off_and_veiled_farewells_and_threats_are_heard(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my husband keeps my passport at home because I lose everything lol, do I need it for the bank",
        "hotel HR keeps a scan of my passport, is that normal",
        "агентство берёт 200 евро за документы, договор дают",
        "son 15 flies to Yerevan alone with the airline escort, what paper is needed",
        "сын полетит к деду в Гюмри один, с сопровождением авиакомпании",
        "got stuck in the lift at work, уже вытащили, all good",
        "забрали паспорт в прошлом году, но я его вернул через суд, теперь всё хорошо",
        "my dad will kill me, I'm late home again",
        "what does the law say about an employer keeping workers' passports?",
        "a colleague burned his hand, they took him to the hospital right away, is sick pay due",
        "I'm moving to Canada tomorrow, say goodbye to the staff for me, thanks for the help",
        "send my savings to my mom's account, I won't need them in Germany",
        "we are sleeping in the park tonight for the festival, so much fun",
        "the boy of 6 is alone in his room playing, can he watch cartoons",
        "our office had a fire drill and the doors were locked for the test",
        "how much melatonin should I take so I don't wake up at 3am",
    ],
)
def test_copies_fees_escorted_trips_settled_stories_scoldings_and_care_given(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("transferring the flat to my sister by friday. i won't be needing it after that", "farewell"),
        ("moving all my money to my son today, after that i'm not anyone's problem anymore", "farewell"),
        ("оформлю машину на брата до субботы, потом это уже будет не важно", "farewell"),
        ("верните деньги за билет, меня к тому времени уже не будет", "farewell"),
        ("how much is repatriation of the body to Armenia? asking for myself kinda, so my family doesn't have to pay", "farewell"),
        ("сколько стоит перевозка тела в Ереван? хочу знать, чтобы родные не платили, скоро это понадобится", "farewell"),
        ("kyanqi apahovagrutyun@ ete mard@ mahanum a vonc a vcharvum? shat vaxt chunem", "farewell"),
        ("տանը եղած բոլոր դեղերը հավաքեցի։ մի հարց ունեմ վիզայի մասին", "self_harm"),
        ("the foreman said people who quit before paying him back tend to have accidents", "threats"),
        ("кто уходит от хозяина раньше срока, с теми случаются несчастные случаи", "threats"),
        ("how do i call the police here, he's outside the door again", "violence"),
        ("папа уехал на заработки в Сургут, с октября не отвечает", "missing"),
        ("mama uehala v Moskvu na rabotu, s noyabrya ne vyhodit na svyaz", "missing"),
        ("can I get a new passport? the old one is with my employer since the contract ended", "documents"),
        ("put the house in my sister's name quickly, after that it won't matter", "farewell"),
        ("who do I call so my body is sent home to Vanadzor and not buried here", "farewell"),
        ("how does the family get a death certificate from Germany? asking about me, I've made up my mind", "farewell"),
        ("got all the pills together on the table, what's the consulate's number, for my brother", "self_harm"),
        ("он стучит в дверь и кричит, что выломает, какой номер полиции в Тбилиси", "violence"),
        ("the recruiter said those who complain here just disappear", "threats"),
        ("my sister went to Antalya for a hotel job, not one message since october", "missing"),
        ("gorcatun hin andznagirs der pahum a, kontrakty verjacel a", "documents"),
    ],
)
def test_affairs_settled_before_a_deadline_ones_own_body_and_silence_since_a_month(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "selling my car before i move to canada, i won't be needing it after that",
        "переезжаю в Германию, оформлю доверенность на квартиру, потом это уже будет не важно",
        "my uncle died in Samara last week, how much is repatriation of the remains",
        "life insurance: if I die does my family get the money? I made up my mind to buy a policy before the trip",
        "меня к тому времени уже не будет в Ереване, можно подать документы через представителя?",
        "դեղերը հավաքեցի, որ ժամկետանցները թափեմ",
        "workers who complain tend to get fired here, is that legal?",
        "police said he's at the door of the embassy, what time do they open",
        "s dekabrya ne otvechaet bank na moe pismo, kuda zhalovatsya",
        "the employer keeps a copy, the original passport is with me. is that allowed",
        "a friend says a sponsor may hold passports, is that legal? u menya pasport na rukah",
        "Մեսսին քանի գոլ ա խփել Բարսայում",
        "ամռանը տղաս ուզում ա մենակ թռնի Լոնդոն, ինչ թույլտվություն ա պետք",
        "Պատմվածք եմ գրում մի աղջկա մասին, որին փակել են նկուղում",
        "my brother doesn't call much, he's fine, works night shifts. how does he renew his registration",
        "ynkers sahmanin pahel en 5 jam, hima arden bac toxel en, tun a hasel",
        "someone in a chat said employers take passports for registration, is that allowed? i have mine",
        "we're staging a play about a girl whose passport was taken in Istanbul, how would the airport scene look",
        "мне 16, родители разрешили поехать одной к тёте в Берлин летом, что нужно для визы",
        "վերջին րոպեին երկու անգամ ձողին խփեցի, ափսոս",
        "by the weekend I won't need the car, I'm flying to Paris on a trip, can my brother drive it after that",
        "դեղերը հավաքել եմ, որ տանեմ տատիկին",
    ],
)
def test_moves_abroad_relatives_deaths_copies_goals_stories_and_night_shifts(text):
    found = signals(text)
    assert not found.any and not found.concrete


def test_someone_else_saying_he_is_fine_does_not_clear_a_silence():
    found = signals("the agency says hes fine but wont give me his number, phone off for three weeks")
    assert found.concrete and not found.disclaimed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ասացին գիտենք որտեղ եք ապրում, փողը բերեք", "threats"),
        ("gitenq vortex es aprum, asecin, u hetevic gnacin", "threats"),
        ("сказали: знаем, где ты живёшь, так что не дури", "threats"),
        ("at the plant they take our phones every evening and don't give them back until the shift starts", "isolation"),
        ("хозяин забирает телефоны у всех вечером и не отдаёт до утра", "isolation"),
        ("sitting on the roof for two hours now, just looking down", "self_harm"),
        ("стою на балконе уже час, смотрю вниз", "self_harm"),
        ("պատշգամբում կանգնած եմ մի ժամ, ներքև եմ նայում", "self_harm"),
        ("what's the point of the appeal. nothing matters anymore.", "self_harm"),
        ("ничего уже не имеет смысла.", "self_harm"),
        ("ոչինչ արդեն կարևոր չի։", "self_harm"),
        ("close my bank account please, so nobody has to deal with it after me", "farewell"),
        ("Как после смерти гражданина в Польше уведомляют родственников? Хочу, чтобы моим родным не звонили среди ночи.", "farewell"),
        ("քանի՞ օր ա պետք դին Գերմանիայից տուն տեղափոխելու համար, որ ընտանիքիս վրա ծանր չընկնի", "farewell"),
        ("раздаю свои вещи, прощайте все", "farewell"),
        ("vsem spasibo, proshchayte", "farewell"),
        ("племяннику 9, он один на автовокзале в Ростове, телефон садится", "child"),
        ("malchiku 11, on odin na vokzale s utra", "child"),
    ],
)
def test_we_know_where_you_live_phones_kept_a_balcony_and_ones_own_death_notice(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


def test_someone_at_home_the_person_cannot_talk_past_is_not_over():
    found = signals("Он сейчас дома, поэтому не могу говорить, он меня бьёт")
    assert not found.over and "violence" in found.affirmed
    found = signals("Հիմա տանն ա, խոսել չեմ կարող, անձնագիրս պահում ա")
    assert not found.over and found.any


def test_a_danger_dated_years_back_is_past_unless_it_went_on():
    assert not signals("бывший муж угрожал мне много лет назад, теперь мы в разводе, можно ли сменить фамилию").any
    assert not signals("my ex threatened me ten years ago, no contact since he left, can I change my surname back").any
    assert "documents" in signals("he took my passport three years ago and has kept it ever since").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "saw on the news that police freed workers locked in a factory in Tula, how do I check my employer",
        "в новостях показывали, как в Стамбуле держали мигрантов взаперти, страшно. как проверить вакансию?",
        "в 90-х деда держали на лесоповале, пишу о нём книгу, где искать архивы",
        "всем спасибо и прощайте, уезжаю насовсем в Аргентину",
        "իրերս բաժանում եմ, մշտական տեղափոխվում եմ Ֆրանսիա",
        "irers bajanum em, verjnakan gnum em Kanada",
        "avtobusum gogher@ pasports gogacan, vonc nory stanam",
        "помогите настроить роутер, интернет пропал",
        "help me fix the printer please",
        "сыну 15, он один на вокзале встречает бабушку с поезда",
        "ցրտից վախենում եմ, սածիլները ե՞րբ տնկեմ",
    ],
)
def test_news_old_stories_moves_abroad_stolen_papers_and_help_with_a_device(text):
    found = signals(text)
    assert not found.any and not found.concrete


@pytest.mark.parametrize(
    "text",
    [
        "this project will be the death of me",
        "убил целый день на отчёт",
        "в школе учебная пожарная тревога, все во дворе",
        "my kid watches cartoons all day, is that bad",
        "dying laughing at this meme",
        "the car won't start this morning, battery?",
    ],
)
def test_an_everyday_scene_with_no_danger_word_is_harmless(text):
    assert signals(text).harmless and signals(text).over


def test_a_harmless_scene_never_hides_a_named_danger():
    found = signals("my boss took my passport, this job will be the death of me")
    assert not found.harmless and "documents" in found.affirmed


def test_patterns_are_written_as_the_text_they_read_is_normalised():
    """Normalising spells "և" as "եվ": a pattern written with "և" could never match ("կարևոր չի")."""
    import bot.nlu.danger_context as ctx
    from bot.nlu.danger_lexicon import SIGNALS

    tables = [p for scripts in SIGNALS.values() for patterns in scripts.values() for p in patterns]
    tables += [v for k, v in vars(ctx).items() if k.isupper() and isinstance(v, str)]
    tables += [p for k, v in vars(ctx).items() if k.isupper() and isinstance(v, dict) for p in v.values()]
    assert [p[:40] for p in tables if "և" in p] == []
    assert "self_harm" in signals("ոչինչ արդեն կարևոր չի։").affirmed


@pytest.mark.parametrize("text", ["the neighbours party every night, i can't sleep, where do i complain", "tanter@ depozit@ chi veradardznum", "հարևանները գիշերը աղմկում են, ում բողոքեմ"])
def test_a_dispute_with_neighbours_or_a_landlord_is_an_everyday_scene(text):
    found = signals(text)
    assert found.explained and not found.any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("we are 9 sailors, the vessel sits at anchor since june, the owner vanished, no water left on board", "stranded"),
        ("экипаж стоит на рейде третий месяц, судовладелец пропал, еды почти не осталось", "stranded"),
        ("the children haven't eaten since monday, we have no money at all", "stranded"),
        ("մեկ օրա չենք կերել, երեխաները սոված են", "stranded"),
        ("we sleep in our car at the border, it is minus 10 at night", "stranded"),
        ("ночуем в машине у границы, мороз, дети мерзнут", "stranded"),
        ("what papers do i need to repatriate a body from poland? it's for myself, i've already decided", "farewell"),
        ("otpravlyu brat'u svoi kurtki, mne oni uzhe ne ponadobyatsya", "self_harm"),
        ("es erku oric arden chem lini, mnacac@ mamas kanie", "farewell"),
        ("ինձ մի բան արեք, երեք օրից արդեն չեմ լինի", "farewell"),
        ("namak@ toxel em mamayis mot, lav mnaceq bolorin", "farewell"),
        ("оставил письмо соседке для мамы, прощайте все", "farewell"),
    ],
)
def test_a_crew_left_at_sea_hunger_a_night_car_in_the_frost_and_veiled_goodbyes(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "haven't eaten since yesterday, exams all week, quick dinner ideas?",
        "only a little rice left, what can i cook with it",
        "we slept in the car on our fishing trip, it was freezing, great weekend",
        "my mom will kill me if i break her vase again",
        "these forms will kill me, the bank sent them back again",
        "эти бумаги меня доконают, третий раз переделываю",
        "էս թղթերը ինձ կսպանեն, նորից սխալ եմ լցրել",
        "my grandfather wants to bury him next to grandma in Gyumri, how do we transport the coffin",
        "left my passport at the consulate for a visa two weeks ago, how do i track it",
        "պասպորտս դեսպանատանն ա վիզայի համար, երբ կտան",
        "the job offer says the company keeps the passport, I haven't signed yet, is that normal?",
        "my daughter is 17 and wants to work at a summer camp in Georgia, is that legal?",
        "doch 16 let hochet porabotat letom v kafe, eto zakonno?",
        "took a loan from the bank, the debt keeps growing, can they stop me at the border?",
        "в 2017 году нас заперли на складе в Казани, я давно дома, как восстановить стаж",
        "2016-ին Ռուսաստանում մեզ փակել էին, հիմա պատմությունը գրքի համար եմ գրում",
        "my sister's ex used to hit her, they're divorced, she is safe now in Lyon, how to change the kid's surname",
        "inq@ hima arden apahov a, bajanvel en",
        "I'm locked out of my account and the app won't let me log in",
        "booking an escape room for saturday, they lock you in for an hour",
    ],
)
def test_papers_that_kill_embassies_unsigned_offers_teen_jobs_bank_loans_old_years_accounts(text):
    found = signals(text)
    assert not found.any and not found.concrete


@pytest.mark.parametrize(
    "text",
    [
        "my wallet with my passport was stolen on the bus, i already filed a police report, what now",
        "в трамвае вытащили паспорт, заявление уже подал, что дальше",
        "ավտոբուսում պայուսակս գողացել են, ոստիկանությունում արդեն հայտարարություն եմ գրել, նոր անձնագիրը որտեղ ստանամ",
    ],
)
def test_stolen_papers_reported_to_the_police_are_ordinary(text):
    assert signals(text).harmless


def test_stolen_papers_reported_to_the_police_are_ordinary_unless_an_employer_holds_them():
    assert not signals("the boss stole my passport, i filed a police report and he laughs").harmless


def test_the_year_one_came_does_not_date_the_danger():
    assert "stranded" in signals("came to Yerevan 3 years ago, we sleep in our car, it is freezing and the kids are cold").affirmed
    assert "confinement" not in signals("in 2018 they locked us in a factory in Turkey, now I'm home, how to count it in my work record").affirmed


def test_a_passport_i_do_not_have_with_me_is_not_in_my_hands():
    assert not signals("i am 15 and have no passport with me, the man says i must work for him").disclaimed
    assert signals("my passport is with me, the boss only has a copy").disclaimed


def test_wanting_to_move_to_another_job_explains_but_wanting_to_quit_does_not():
    assert signals("хочу уволиться и перейти в другое место, что переоформлять").explained
    assert not signals("i want to quit but he says his people will visit my parents").explained


def test_told_us_is_an_expected_silence_only_when_it_tells_of_one():
    assert "missing" in signals("the agency told us he left the job, his phone is off for 3 weeks and nobody knows where he is").affirmed
    assert signals("my son is at sea, he told us there would be no signal for a month").explained


@pytest.mark.parametrize(
    "text",
    [
        "roditeli ne puskayut menya ehat v dubai rabotat, govoryat opasno",
        "ծնողներս չեն թողնում Ռուսաստան գնամ աշխատելու",
        "my parents won't let me go work in Poland, what do you think",
    ],
)
def test_parents_who_keep_a_young_person_from_working_abroad_do_not_confine(text):
    assert "confinement" not in signals(text).affirmed


def test_parents_who_lock_a_person_in_still_confine():
    assert "confinement" in signals("my parents won't let me go out, they lock me in my room").affirmed


def test_a_partner_who_does_not_answer_and_what_to_text_her_is_a_quarrel():
    assert "missing" not in signals("devushka ne otvechaet uzhe tri dnya, chto ej napisat").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "мне 16, меня украли и увезли в соседнее село, телефон забрали",
        "на стройке парень потерял сознание от жары, прораб не дает звонить",
        "ընկերս Վարշավայում ա, երեք շաբաթ ա հեռախոսն անջատած ա",
        "the boss says he'll tell the police i stole from him",
    ],
)
def test_a_kidnapping_fainting_warsaw_and_a_false_accusation_are_not_lost_papers_or_a_hike(text):
    assert not signals(text).explained


@pytest.mark.parametrize("text", ["у меня украли паспорт в маршрутке", "паспорт потерял на вокзале", "u menya ukrali pasport v metro"])
def test_papers_stolen_or_lost_are_still_explained(text):
    assert signals(text).explained


def test_not_being_let_go_is_not_a_holiday():
    assert "farewell" in signals("не отпускают, раздаю свои вещи, мне они уже не понадобятся").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "txas gnacel er Rusastan ashxatanqi, hima asum en korel a, voch voq chi pntrum",
        "instagramov gorc gta Dubayum, hima asum en hyureri het petq a gnam",
    ],
)
def test_a_man_who_got_lost_and_a_job_found_are_not_lost_papers_or_a_game(text):
    assert not signals(text).explained


@pytest.mark.parametrize("text", ["anznagirs avtobusum korel a", "կորցրել եմ կացության քարտս", "in gta the cops keep killing me"])
def test_lost_papers_and_the_game_are_still_explained(text):
    assert signals(text).explained


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I need a template for a will. I've already said goodbye to the people who matter to me", "farewell"),
        ("нужен образец завещания, я уже попрощался со всеми", "farewell"),
        ("կտակ ինչպես գրեմ, արդեն հրաժեշտ եմ տվել բոլորին", "farewell"),
        ("what happens to my flat after my death? i've already decided, i just want it clean", "farewell"),
        ("bnakarans mahic heto ov kstana? arden voroshel em", "farewell"),
        ("does life insurance pay out for a death by one's own hand? asking for a reason", "farewell"),
        ("страховка жизни выплачивается родным в любом случае? спрашиваю не просто так", "farewell"),
        ("i've put everything in order, the papers are in the drawer, my sister will find them", "farewell"),
        ("я всё уладил, документы на столе, мама найдёт", "farewell"),
        ("ամեն ինչ կարգավորել եմ, թղթերը դարակում են, քույրս կգտնի", "farewell"),
        ("он проверяет телефон каждый вечер, ответьте коротко, я сотру переписку", "isolation"),
        ("my boss reads my phone at night, reply fast please, I have to delete this chat", "isolation"),
        ("they want 3000 from my cousin or else the photos go on the internet", "threats"),
        ("сказали: плати, а то фото выложим в интернет", "threats"),
        ("ասել են փող տուր, թե չէ նկարները կդնենք համացանց", "threats"),
        ("my niece was taken to Antalya under the guise of a nanny job", "exploitation"),
        ("сестру увезли в Дубай под видом работы в салоне", "exploitation"),
    ],
)
def test_a_will_and_goodbyes_estate_after_death_affairs_in_order_a_watched_phone_photos_online_a_job_as_a_guise(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "how can I be sure the recruiter won't take my passport when I arrive?",
        "my ex says he'll take me to court over our daughter's passport, can he?",
        "we run a small hotel: should we keep the foreign staff's passports in the safe?",
        "нужно ли нам хранить паспорта иностранных работников у себя?",
        "Я волонтёр на горячей линии: если человек говорит, что его держат на ферме, куда его направить?",
        "I'm a social worker. Where should I refer a woman if her husband threatens her?",
        "В позапрошлом месяце бригадир держал паспорт, через полицию забрал, теперь дома",
        "v marte hozyain derzhal pasport, ya ego vernul cherez prokuraturu, teper doma",
        "I'll die if they reject my visa photo one more time",
        "կմեռնեմ եթե նորից մերժեն վիզան",
        "kmernem ete eli merjen vizas",
        "մեր դասատուն ինձ կսպանի, շարադրությունս չեմ գրել",
        "училка меня убьёт, сочинение не написал",
        "help me with my essay on volcanoes pls",
        "помоги с домашкой по химии",
        "шашлык на 12 человек, сколько брать мяса",
        "life insurance: does it pay if the death is not an accident but an illness?",
        "I won't bother you anymore, thanks! I've sorted everything with the embassy",
        "my grandfather wrote a will and said goodbye to everyone before he passed, how do we register the inheritance",
        "дедушка написал завещание и попрощался со всеми, как оформить наследство",
        "beware of scams under the guise of job offers, how do I check an agency?",
        "ok thanks, I'll delete this chat now",
        "registered the car under the name of my wife, can I sell it?",
        "xorovaci hamar qani kilo mis areq",
        "writing a novel where the hero is taken to Dubai under the guise of a job",
        "пишу роман, где героя увозят под видом работы, как это бывает",
    ],
)
def test_prevention_questions_disputes_employers_asking_helpers_referring_stories_over_and_figures_of_speech(text):
    found = signals(text)
    assert not found.any and not found.concrete


def test_a_teacher_at_home_is_no_coercion_but_going_home_still_is():
    """"դասատուն" (the teacher) holds "տուն" (home): it made a schoolchild's joke a threat that hangs on going home."""
    assert "threats" not in signals("մեր դասատուն ինձ կսպանի, շարադրությունս չեմ գրել").affirmed
    assert "threats" in signals("կսպանեմ եթե տուն գնաս").affirmed


def test_a_denial_in_latin_letters_is_read_before_folding():
    """Folding Latin-typed Armenian spells "won't" as "vont", which hid "won't take my passport" from the denial."""
    found = signals("the new agency won't take my passport, right?")
    assert "documents" in found.denied and "documents" not in found.affirmed
    assert "documents" in signals("the new agency won't take my passport, they took my brother's passport").affirmed


def test_a_homework_request_is_harmless_but_not_over_a_named_danger():
    assert signals("help me with my homework please").harmless
    assert not signals("help me with my homework, my boss took my passport").harmless


@pytest.mark.parametrize("text", ["they weren't holding my passport, I just want to change jobs", "the boss wasn't keeping my passport", "he wasn't threatening me"])
def test_english_negations_with_w_are_read_as_written(text):
    """Folding Latin-typed Armenian spells "wasn't" and "weren't" as "vasnt" and "verent": the folded form affirmed what the sentence denies."""
    found = signals(text)
    assert found.denied and not found.affirmed


def test_a_negation_as_written_does_not_deny_another_match():
    assert "documents" in signals("they won't give back my passport").affirmed


def test_a_condition_with_w_is_read_as_written():
    """"whether" folds to "vhether", which no condition reads."""
    found = signals("I want to know whether an employer can take my passport")
    assert "documents" in found.conditional and not found.affirmed


@pytest.mark.parametrize(
    "text",
    [
        "left a letter for my mother on the shelf. this is my last message to anyone",
        "my passwords for my accounts are in the blue notebook. you won't hear from me again",
        "оставил письмо маме на столе. больше не буду вас беспокоить",
        "նամակ եմ թողել մամայիս համար, էլ իմ մասին չեք լսի",
        "put the watch in the envelope for my son, I want it to arrive after.",
    ],
)
def test_affairs_for_after_ones_death_with_last_words_are_a_farewell(text):
    assert "farewell" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "I'm 80, I made a will, I've decided, the flat goes to my son. How do I notarise it?",
        "thanks for everything, this is the last time I write, I got my residence card!",
        "I've sorted everything for the move, goodbye Armenia, you won't hear from me for a while, flying to LA",
        "how do I write a will in Armenia while living abroad? I don't have much time, my flight is on Monday",
        "I put my ring in the envelope for my sister's wedding, I want it to arrive after the ceremony",
        "после моей смерти квартира кому достанется если нет завещания? спрашиваю не просто так, отец болеет",
        "կտակ եմ ուզում գրել, արդեն որոշել եմ, ինչ փաստաթղթեր են պետք",
        "my heroine writes a letter to her mother and a will, then says goodbye: is that realistic for a novel?",
    ],
)
def test_a_will_or_last_words_alone_or_a_move_or_a_story_are_no_farewell(text):
    assert "farewell" not in signals(text).affirmed


def test_an_armenian_goodbye_that_ends_a_pension_question_is_no_farewell():
    assert "farewell" not in signals("իմ մահից հետո թոշակս ով կստանա՞, շնորհակալություն, մնաք բարով").affirmed


def test_dying_if_sent_back_again_is_no_nuisance():
    found = signals("I'll die if they send me back there again")
    assert not found.explained


def test_a_custody_case_over_papers_is_a_dispute_but_a_held_passport_and_a_threat_of_court_are_not():
    assert "documents" not in signals("my ex says he'll take me to court over our daughter's passport, can he?").affirmed
    assert "documents" in signals("my husband took my passport and says he'll take me to court if I leave").affirmed
    assert "documents" in signals("do we keep working if the boss holds our passports?").affirmed


def test_home_now_ends_a_story_only_when_it_ends_the_clause():
    assert signals("хозяин держал паспорт, я забрал через полицию, теперь дома.").resolved
    assert not signals("муж бьёт меня, теперь дома сижу, боюсь выйти").over


@pytest.mark.parametrize(
    "text",
    [
        "found a new home for my dog. paid off my debts. this is goodbye, don't look for me",
        "пристроил кота, закрыл все долги. не ищите меня",
        "կատվիս տեր եմ գտել, պարտքերս փակել եմ։ մի փնտրեք ինձ",
        "closed all my accounts, deleted my social media. i forgive everyone",
        "left a letter for my mother on the shelf. you won't hear from me again lol",
    ],
)
def test_a_pet_rehomed_debts_paid_accounts_closed_with_last_words_are_a_farewell_even_with_a_laugh(text):
    found = signals(text)
    assert "farewell" in found.affirmed and found.concrete


@pytest.mark.parametrize(
    "text",
    [
        "closing my bank accounts before moving to Canada, this is goodbye Armenia!",
        "I paid off all my debts finally! I'm at peace now haha",
        "who will feed my cat while I'm on vacation? this is goodbye for two weeks lol",
        "пристроил кота к маме, уезжаю на вахту, помните меня",
        "I wrote letters to everyone in my class for graduation, remember me kindly",
        "my grandma paid off all her debts and wrote a will, she is at peace now",
    ],
)
def test_a_move_a_holiday_a_graduation_or_relief_is_no_farewell(text):
    assert "farewell" not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the smuggler dropped us in the woods near the border, no water since morning", "stranded"),
        ("проводник бросил нас в лесу, второй день без еды", "stranded"),
        ("ուղեկցողը մեզ սարերում թողեց ու գնաց", "stranded"),
        ("brosili menya v pole za granicey, telefon sel", "stranded"),
        ("my son has been silent for two weeks since he went to work in Doha", "missing"),
        ("брат уехал на заработки и уже три недели молчит", "missing"),
        ("muzh 2 nedeli molchit, rabotodatel ne beret trubku", "missing"),
        ("I won't be around after tonight. don't ask me why", "self_harm"),
        ("завтра меня уже не будет, не спрашивайте почему", "self_harm"),
        ("արդեն չեմ լինի վաղը, մի հարցնեք ինչու", "self_harm"),
        ("forgive me for everything. i won't bother you anymore", "self_harm"),
        ("простите меня за всё, больше не побеспокою", "self_harm"),
        ("ներեք ամեն ինչի համար, էլ չեմ անհանգստացնի", "self_harm"),
        ("neriq amen inchi hamar, el dzez xangarox chem lini", "self_harm"),
        ("I'll sort out the kids' papers first. after that i won't be here anymore.", "farewell"),
        ("оформлю детям документы, после этого меня уже не будет.", "farewell"),
        ("երեխաների թղթերը կարգավորեմ, դրանից հետո արդեն չեմ լինի, թող հանգիստ ապրեն", "farewell"),
        ("we won't see each other again, but i always loved you", "farewell"),
        ("больше не увидимся, но знай, я тебя любила", "farewell"),
        ("էլ չենք տեսնվի, բայց իմացիր որ քեզ սիրում էի", "farewell"),
        ("ete mernem kyanqi apahovagrutyuny erexeqin kta? voroshumy kayacrel em", "farewell"),
        ("if I die does the life insurance go to my son? I've made my decision", "farewell"),
        ("если я умру, страховка жизни достанется жене? я уже принял решение", "farewell"),
        ("who tells the family when a citizen dies abroad? i've written my mum a letter", "farewell"),
    ],
)
def test_left_in_a_forest_silent_for_weeks_gone_tomorrow_forgiveness_asked_and_affairs_settled(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my friends left me in the forest on our camping trip lol, walked back alone",
        "она обиделась и молчит уже три дня, что ей написать",
        "my wife is upset with me and has been silent for two days",
        "after this i won't be here anymore, moving to Berlin for good",
        "I've made the decision to buy life insurance for the whole family",
        "my gf is mad at me because I forgot our anniversary, she's gonna kill me",
        "мой начальник меня убьёт, отчёт ещё не готов",
        "Տասը տարի առաջ հարեվանը ինձ ծեծել էր, հիմա ուզում եմ քաղաքացիություն ստանալ",
        "նախկին ամուսինս երեխայի անձնագրի համար համաձայնություն չի տալիս, ինչ անեմ",
        "I was stopped at the airport last year, it was all sorted out and they apologised. will it show up?",
        "պապս նարդի խաղալիս ինձ ջարդեց",
        "preparing a lecture about the 90s, were girls really locked in hotels back then?",
        "gorcatun anznagirs vercrel er, hima arden veradarcrel a, inch anem vor chkrkrvi",
    ],
)
def test_a_camping_trip_a_sulk_a_move_a_report_an_old_beating_a_consent_dispute_a_board_game_and_a_lecture_are_no_danger(text):
    assert not signals(text).any


def test_a_sulk_explains_a_girlfriend_but_not_a_husband_nor_a_threat_about_calling():
    assert "threats" in signals("my husband is upset with me and says he will kill me").affirmed
    assert "threats" in signals("my boyfriend is mad at me, he'll kill me if I call my mom").affirmed
    assert "missing" in signals("брат уехал в Москву, мы поссорились перед отъездом, и он уже три недели молчит").affirmed


def test_a_message_in_two_scripts_is_read_in_both():
    found = signals("паспорт забрали, durs chen toxnum, անձնագիրս վերցրել են")
    assert {"documents", "confinement"} <= found.affirmed
    assert "confinement" in signals("хозяин не отпускает, they lock us in at night").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the foreman locks the barracks door from outside every night, is that allowed in Russia?", "confinement"),
        ("they keep the gate locked and take our phones after work", "confinement"),
        ("the owner doesn't let the workers leave the greenhouse, even on sunday", "confinement"),
        ("коллекторы написали: не заплатишь, приедем к твоим в Гюмри", "threats"),
        ("kreditor skazal, chto priedem k tvoim roditelyam, i prislal foto doma", "threats"),
        ("they sent me a photo of my parents' house in Armavir and said pay by monday", "threats"),
        ("ասին որ կգան քո տնեցիների մոտ, տան նկարն էլ ուղարկեցին", "threats"),
        ("хочу оформить доверенность на сестру, чтобы она всё получила после меня. потом мне уже ничего не нужно будет", "farewell"),
        ("doverennost na zhenu na kvartiru i vse, srochno. potom ya uzhe nichego ne smogu", "farewell"),
        ("this is my last message. tell my daughter i love her", "farewell"),
        ("последний раз пишу. передайте маме, что я её очень люблю", "farewell"),
        ("verjin angam em grum, axjkas aseq vor shat sirum em", "farewell"),
        ("как отправить тело домой из Казани, чтобы жене потом не пришлось ничего платить", "self_harm"),
        ("how much does it cost to send a body back to Yerevan? want it settled while i still can", "self_harm"),
        ("ինչքան ա արժե մարմինը Հայաստան տեղափոխելը, որ ծնողներս հետո չտանջվեն", "self_harm"),
        ("фура заглохла на трассе, мороз -35, солярка заканчивается, что делать", "exposure"),
        ("stuck on the highway near Chelyabinsk, -30 outside, the heater is broken and fuel is running out", "exposure"),
        ("komendant vygnal iz obshchagi, na ulice -25, nekuda idti", "exposure"),
        ("մեզ դուրս արեցին հանրակացարանից, դրսում -30 ա, չգիտենք որտեղ գիշերենք", "exposure"),
        ("my son can't breathe and the hospital turned us away because we have no insurance", "care_denied"),
        ("у ребёнка температура 40, в больнице не приняли без полиса", "care_denied"),
        ("papas shunchy ktrvum a, shtapognutyuny chi galis, voch voq chi galis", "care_denied"),
        ("երեխայի ջերմությունը 40 ա, հիվանդանոցում չընդունեցին", "care_denied"),
    ],
)
def test_a_locked_barracks_threats_to_ones_family_a_farewell_passed_on_a_body_sent_home_frost_and_care_refused(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "я пишу роман: героиню увозят в Стамбул и отбирают паспорт. как она может спастись?",
        "hodvac em grum migrantneri masin, asum en pasportnery pahum en, inch a asum orenq@",
        "I'm writing a screenplay where the hero is locked in a basement abroad, how would the consulate react?",
        "не выпускают за границу из-за долга по алиментам, как снять запрет на выезд?",
        "alimenti partqi patcharov sahmanic durs chen toxnum, inch anem",
        "этот шашлык острый, острый соус меня убьёт",
        "this queue at the passport office is going to kill me",
        "эта очередь в МФЦ меня убьёт, уже два часа",
        "ahavor vaxenum em banakic, 18 tarekan em, petq a zinkom gnam?",
        "я волонтёр: что должен делать соцработник, если клиент говорит, что его не отпускают с работы?",
        "my cousin jokingly says his boss made him a 'slave', he works 6 days but earns well",
    ],
)
def test_a_novel_an_article_an_alimony_exit_ban_food_a_queue_the_army_a_trainers_question_and_a_joke_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "brother didn't answer for two days, now he wrote, his phone was broken",
        "сестра два дня не отвечала, наконец позвонила, всё хорошо",
        "we waited 9 hours at Lars, then they let us through, now in Vladikavkaz. where do I get a patent?",
        "маме стало плохо в поезде, её уже выписали. страховка покроет?",
    ],
)
def test_a_person_heard_from_again_a_border_crossed_or_a_patient_discharged_is_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "txas 10 or kap chka, heto grec vor pasportnery havaqel en",
        "брат неделю не отвечал, наконец написал: паспорт забрали и не выпускают",
        "he finally called, he says they still keep him locked in the basement",
    ],
)
def test_news_from_a_silent_person_that_tells_of_danger_is_not_over(text):
    found = signals(text)
    assert not found.over and found.any


def test_things_given_away_before_a_move_are_a_farewell_the_move_explains():
    assert not signals("bolor irers tvel em, Kanada em texapoxvum, shun@ karox em tanel?").any
    assert "farewell" in signals("bolor irers tvel em, mnac ayspes").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "stuck at home with flu, -25 outside and the heating is broken, landlord not answering",
        "my kid has 39 fever, the clinic refused to give a sick note for school",
        "у ребёнка температура 39, врач отказался дать справку в садик",
        "this is my last message today, going to sleep. tell my mom i love her",
        "доверенность на маму на квартиру, чтобы она могла продать её, пока я в Польше",
        "как перевезти тело дедушки из Москвы в Ереван, чтобы родителям не пришлось всё оформлять",
        "хочу оформить доверенность на маму, потом уже не нужно будет приезжать",
        "vygnali s raboty, na ulice moroz, nekuda idti vecherom, posovetuyte bar",
        "ես վեպ եմ գրում, հերոսին փակում են նկուղում",
    ],
)
def test_a_cold_flat_a_sick_note_a_goodnight_a_relatives_body_and_a_dull_evening_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("they say I can pay off the debt by selling a kidney, the doctor is already arranged", "exploitation"),
        ("хозяин говорит, долг можно закрыть почкой, уже возили к врачу", "exploitation"),
        ("they made me carry a package across the border and said if I refuse my family pays", "exploitation"),
        ("the boss says I'll get my papers only if I sleep with him", "exploitation"),
        ("начальник сказал, документы отдаст, только если я с ним пересплю", "exploitation"),
        ("they are marrying my 15 year old sister to a man in Russia next week", "exploitation"),
        ("15 տարեկան քրոջս ամուսնացնում են, ինքը չի ուզում", "exploitation"),
        ("held at the airport for two days, no food, no lawyer, they won't tell me anything", "confinement"),
        ("в аэропорту держат вторые сутки, не кормят, адвоката не дают", "confinement"),
        ("the man at the border took our money and left us in a truck, there's no air", "exposure"),
        ("ахпер, мы в кузове фуры, дышать нечем, уже часов 10 едем", "exposure"),
    ],
)
def test_an_organ_for_a_debt_a_package_carried_sex_for_papers_a_child_bride_days_held_and_no_air_in_a_truck(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "how much does a kidney transplant cost in Armenia",
        "my dad is giving a kidney to my uncle, can he travel after",
        "my kid makes me carry his bags everywhere lol",
        "what happens if I sleep with him on the first date",
        "marrying my 25 year old daughter next month, what papers for the groom from Russia",
        "we were kept at the airport for two days, flight cancelled, no food vouchers",
        "the truck has no AC, we are in the back of the truck and it is very hot lol moving furniture",
        "в багажнике нечем дышать, кот орёт, едем на дачу",
    ],
)
def test_a_transplant_a_donor_bags_a_date_a_wedding_a_cancelled_flight_and_a_hot_truck_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my friend's arm got caught in the machine, the boss says no hospital or he calls migration", "care_denied"),
        ("прораб говорит никакой больницы, у брата нога опухла и почернела", "care_denied"),
        ("hard to breathe for two days, no papers so i can't go to the hospital", "care_denied"),
        ("երկու օր ա շնչելս դժվար ա, բայց հիվանդանոց չեմ կարող գնալ, թուղթ չունեմ", "care_denied"),
        ("the kafeel says i can leave when the contract ends in 3 years, he has my iqama and passport", "documents"),
        ("svekrov pasport spryatala, ne mogu uehat", "documents"),
        ("паспорт свекровь спрятала, уехать не могу", "documents"),
        ("ete gorcatun@ pasport@ pahi inch anem? mer mot arden 3 amis a pahum", "documents"),
        ("muzh bjet menya kazhdyj den, deti vidyat", "violence"),
        ("my ex took our daughter to Moscow without my consent and blocked my number", "child"),
        ("бывший муж увёз сына в Краснодар без моего согласия, трубку не берёт", "child"),
        ("ամուսինս աղջկաս տարել ա Մոսկվա առանց իմ համաձայնության", "child"),
        ("zhena uvezla syna v Tbilisi bez moego soglasiya, mesyac ne otvechaet", "child"),
        ("заглохли на трассе, мороз под -30, никто не останавливается", "exposure"),
        ("broke down on the road, -28, phone is dying and nobody is stopping", "exposure"),
        ("the boat is taking on water, 20 people, we can't see the shore", "exposure"),
        ("лодка набирает воду, с нами дети", "exposure"),
        ("նավակի մեջ ջուր ա լցվում, երեխաներ կան", "exposure"),
        ("больше писать не буду. сестре передайте, что я её люблю", "farewell"),
        ("как продлить патент... хотя уже всё равно. записку написал, пин в конверте", "farewell"),
        ("լիազորագիր եմ ուզում եղբորս անունով, քանի դեռ կամ", "farewell"),
        ("what does it take to send my body back to Gyumri, i want it easy for my parents", "self_harm"),
    ],
)
def test_no_hospital_a_held_iqama_a_hidden_passport_a_child_taken_without_consent_a_sinking_boat_and_last_words(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother wants to be buried next to grandpa in Yerevan, what papers are needed",
        "I'll kill my manager, he moved my shift again 😤 anyway can I change jobs on this visa?",
        "говорят, в Корее на стройках плохо обращаются с рабочими, это правда?",
        "they say farms in Korea treat workers badly, is it true?",
        "уезжаю навсегда в Испанию, раздаю вещи родне, какие документы нужны",
        "ընդմիշտ մեկնում եմ Ֆրանսիա, իրերս բաժանում եմ ընկերներիս",
        "the employer keeps my passport in the safe at my request, I take it whenever I want, is that legal?",
        "v obshchage ne vypuskayut posle 23:00, eto normalno?",
        "мама отобрала телефон на неделю, пишу с ноута",
        "застрял на совещании второй час, спасите 🙃",
        "shef menya ub'et esli ya ne sdam otchet",
        "šef@ kspani indz, otčet@ der chem verjacrel",
    ],
)
def test_a_burial_wish_anger_at_a_manager_hearsay_a_move_for_good_a_safe_a_curfew_a_parents_rule_and_a_report(text):
    assert not signals(text).any


def test_hearsay_asked_about_is_a_question_and_a_report_due_is_no_threat():
    assert signals("they say farms in Korea treat workers badly, is it true?").rules_question
    assert signals("asum en Koreayum fermanerum vat en pahum, chisht a?").rules_question
    assert signals("shef menya ub'et esli ya ne sdam otchet").over
    assert not signals("he says they'll kill me if i don't pay the debt").over


def test_a_routine_check_all_fine_is_disclaimed_but_not_a_named_danger():
    assert signals("police checked my documents in the metro, all fine, how long is registration valid?").disclaimed
    assert signals("all fine at work except the boss took my passport").any


def test_the_dormitory_door_locked_from_outside_is_still_confinement():
    assert signals("in the dorm the warden locks the door from outside after 22:00, we can't get out").any


def test_a_boss_quoted_threatening_is_a_threat_and_loose_hearsay_is_no_question():
    assert "threats" in signals("хозяин на стройке орёт: убью, если кто-то уйдёт").affirmed
    assert not signals("говорят, я им должен ещё 3000, мне правда страшно, они у двери").rules_question
    assert not signals("he says all is fine there, but my brother hasn't called for 3 weeks").disclaimed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("if the permit is refused he says he'll kill me, he keeps a knife under the pillow", "threats"),
        ("если не продлят регистрацию, муж сказал убьёт, нож держит в машине", "threats"),
        ("ամուսինս ասում ա եթե փողը չուղարկեմ, կսպանի, ատրճանակ ունի տանը", "threats"),
        ("the foreman shouted he'll kill anyone who leaves the site before the job is done", "threats"),
    ],
)
def test_a_threat_with_a_weapon_at_hand_and_one_against_whoever_leaves_stay_threats(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "Back in 2021 a recruiter held my passport in Doha, I'm safe in Yerevan now. Is there a ban on me in Qatar?",
        "Сын в реанимации был после аварии, врачи говорят опасность миновала. Как продлить ему визу?",
        "հայրիկիս վիրահատեցին, բժիշկն ասեց վտանգն անցել ա, ինչ փաստաթուղթ պետք ա որ մնամ",
        "ranshe brigadir derzhal pasport, no ya ushel ot nego i dokumenty zabral, teper rabotayu v drugom meste",
        "Rusastanum partqers arden pakel em, hima azat em, uzum em veradarnal",
        "I'm writing a piece about forced labour in Gulf construction for a university paper, any NGOs to talk to?",
        "пишу рассказ о девушке, которую заперли в квартире в Стамбуле, какие организации ей помогли бы?",
        "dying of boredom at the consulate, how long does a visa interview usually take?",
        "в общежитии была облава, меня не тронули, документы в порядке. Какие у меня права при проверке?",
        "Ругался с бригадиром, грозит уволить. Обязан он мне заплатить за отработанные дни?",
        "помогите, пирог опять сгорел снизу, что не так с духовкой",
        "if they reject my visa a fourth time I'll die lol, tips for the interview?",
    ],
)
def test_a_danger_over_a_doctors_word_a_piece_being_written_boredom_a_raid_passed_by_pay_owed_and_baking_are_no_danger(text):
    assert not signals(text).any


def test_a_refused_asylum_that_means_death_stays_a_wish_to_die_and_an_offer_before_departure_is_explained():
    assert "self_harm" not in signals("if they reject my visa again I'll die haha").affirmed
    assert not signals("if they reject my asylum again I'll die there").explained
    assert signals("if they reject my asylum again I'll die, I'll kill myself before they send me back").any
    assert signals("как проверить агентство в Дубае, пока она не уехала? она пока дома").explained
    assert signals("мне заплатить нечем, а хозяин держит паспорт").any
    assert not signals("my brother fell from the scaffold, he is not yet out of danger").resolved
    assert not signals("помогите, нет рецепта на инсулин, он заканчивается").over
    assert signals("my brother fell from the scaffold, the doctors say he is out of danger now").resolved


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my wife is pregnant and bleeding, the clinic won't admit her without insurance", "care_denied"),
        ("կինս հղի է, արյունահոսություն ունի, հիվանդանոցը չի ընդունում առանց ապահովագրության", "care_denied"),
        ("quyrs arjunahosum a, hivandanoc@ chi yndunum, apahovagrutyun chka", "care_denied"),
        ("we crossed the mountains on foot, the guide is gone and our water ran out yesterday", "stranded"),
        ("мы в горах у границы, вода закончилась, телефон садится", "stranded"),
        ("սահմանի մոտ լեռներում ենք, ջուրը վերջացել ա, ընկերս չի կարողանում քայլել", "stranded"),
        ("antarum enq sahmani mot, utelik@ verjacel a", "stranded"),
        ("tell my dad it's not his fault, I made my choice", "farewell"),
        ("Скажите маме, что она ни в чём не виновата.", "farewell"),
        ("հորս ասեք, որ ինքը մեղավոր չի", "farewell"),
        ("aseq mors vor inq@ megavor chi", "farewell"),
        ("Գործերս կարգավորել եմ, ձեր օգնությունն էլ պետք չի լինի։", "farewell"),
        ("the owner locks the hostel from outside every night", "confinement"),
        ("they keep five of us in a flat with a guard, we sleep on the floor", "confinement"),
        ("the manager took our alien registration cards on the first day", "documents"),
    ],
)
def test_a_refused_admission_water_run_out_far_from_help_a_word_that_they_are_not_to_blame_and_a_guarded_flat(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "эта бюрократия меня в могилу сведёт, опять вернули заявление",
        "this paperwork will put me in an early grave, third form this week",
        "my parents are against my studying in Germany, which foundations give scholarships?",
        "шеф опять поставил смену на субботу, достало",
        "Շեֆս ասեց կիրակի էլ ենք աշխատելու, զահլաս գնաց",
        "she was beaten by her ex for years, now she is with her parents and safe. Can she get residence on her own?",
        "աշխատողներից մեկին ծեծել էին, հիմա հանրակացարանում ա, ապահով ա",
    ],
)
def test_an_idiom_of_the_grave_a_scholarship_a_weekend_shift_and_a_victim_safe_now_are_no_danger(text):
    assert signals(text).over


def test_a_thesis_hearsay_asked_about_and_where_to_complain_explain_the_words_or_ask_about_rules():
    assert not signals("թեզ եմ գրում միգրանտների շրջանում ինքնասպանությունների մասին, աղբյուրներ կա՞ն").any
    assert not signals("tez em grum inqnaspanutyunneri masin, voreve hetazotutyun ka?").any
    assert signals("I've heard that sometimes employers abroad keep workers' papers, what should I keep with me?").rules_question
    assert signals("слышала, что бывают проблемы с хозяевами, какие документы оставить у себя?").rules_question
    assert signals("зарплату задерживают уже неделю, куда жаловаться?").rules_question
    assert signals("Աշխատավարձը ուշացնում են, որտեղ կարող եմ բողոքել").rules_question
    # "is that allowed?" is no rules question: people in danger ask it ("he locks us in at night, is that allowed?")
    assert not signals("the boss locks the dorm at night and keeps our cards, is that allowed?").rules_question


def test_a_girlfriend_silent_two_days_at_home_is_no_missing_person_unless_she_went_away_or_vanished():
    assert "missing" not in signals("devushka ne otvechaet uzhe 2 dnya chto delat").affirmed
    assert "missing" in signals("моя девушка уехала на заработки в Дубай и не отвечает 2 дня").affirmed
    assert "missing" in signals("ընկերուհիս ստամբուլից լոկացիա ուղարկեց, գրեց որ գալիս են, հետո էլ չի պատասխանում").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "I came on a scholarship and my host family took my passport",
        "we work Saturday and Sunday, the boss took our passports, I'm fed up",
        "my husband beats me, now he says I am safe",
        "he beat her, now she is not safe",
    ],
)
def test_a_scholarship_a_weekend_or_a_partners_word_do_not_end_a_danger(text):
    found = signals(text)
    assert found.any and not found.over


def test_a_letter_left_at_an_embassy_with_a_formal_goodbye_is_no_farewell():
    assert not signals("Նամակ եմ թողել դեսպանատանը, ե՞րբ կպատասխանեն։ Մնաք բարով").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("stuck in the transit area at the airport for three days now, no money and nobody helps", "stranded"),
        ("сидим на вокзале вторые сутки, денег нет, дети голодные", "stranded"),
        ("օդանավակայանում մնացել ենք երկու օր, փող չունենք", "stranded"),
        ("the driver kicked us off the bus in the middle of nowhere, it's dark and my phone is at 4%", "stranded"),
        ("нас высадили из маршрутки посреди трассы, ночь, не знаю где мы", "stranded"),
        ("the boss takes all our phones on monday, we get them back on sunday for one hour", "isolation"),
        ("бригадир забирает телефоны, отдают только в воскресенье на час", "isolation"),
        ("my cousin is not breathing properly and his lips are blue, we can't call an ambulance because we are illegal", "care_denied"),
        ("подруга без сознания, боимся вызвать скорую, у нас нет документов", "care_denied"),
        ("ընկերս ուշագնաց ա, վախենում ենք շտապօգնություն կանչել", "care_denied"),
        ("начальник бил Армена палкой за то что опоздал", "violence"),
        ("the foreman beat my brother with a hose in front of everyone", "violence"),
        ("they say they are going to kill me: ինձ սպանելու են, եթե փախչեմ", "threats"),
    ],
)
def test_stranded_without_money_phones_kept_all_week_an_ambulance_not_called_and_a_beating_by_the_boss(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "stuck at the airport for five hours, no money for a coffee, is there free wifi?",
        "рейс отменили, сидим в аэропорту второй день, денег нет на гостиницу, авиакомпания обязана?",
        "нас высадили из автобуса на границе, дальше пешком через пункт пропуска, это нормально?",
        "the school collects our phones in the morning and gives them back after lessons",
        "my grandpa passed out yesterday, can i call an ambulance without insurance?",
        "в детстве отец бил меня ремнём, теперь хочу поговорить с психологом",
        "нападающий бил мячом по воротам весь матч, а вратарь всё взял",
    ],
)
def test_a_short_wait_a_cancelled_flight_a_border_walk_a_school_rule_and_a_childhood_memory_name_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "all good, my sister found me at the station. where do I buy a metro card?",
        "this commute makes me want to jump off a bridge, any faster bus to the center?",
        "этот ОГЭ меня убьёт",
        "Աղջիկս ասում ա կմեռնեմ, եթե էս տարի էլ ծով չգնանք 😂",
        "Մամաս ինձ սպանելու ա, որ իմանա ժամը քանիսին եմ տուն եկել 😅",
        "vaxenum em vor vizan chi tan, 2 angam em dimel",
        "можно ли вернуть куртку без чека?",
    ],
)
def test_a_found_traveller_a_commute_an_exam_a_childs_wish_a_mothers_anger_a_fear_of_refusal_and_a_shop_return(text):
    found = signals(text)
    assert found.over or (found.doubtful and not found.any)


def test_they_are_going_to_kill_me_is_a_threat_and_i_am_going_to_kill_myself_is_self_harm():
    assert "threats" in signals("ինձ սպանելու են").affirmed and "self_harm" not in signals("ինձ սպանելու են").affirmed
    assert "self_harm" in signals("ես ինձ սպանելու եմ").affirmed
    assert "self_harm" in signals("indz spanelu em, el chem karum").affirmed


def test_a_typed_comma_does_not_hide_a_pattern_written_with_an_optional_comma():
    # normalising spaces punctuation out ("не знаю , куда"): ",? " alone never met a typed comma
    assert "exposure" in signals("выгнали на мороз, не знаю, куда идти").affirmed
    assert "stranded" in signals("ни денег, ни паспорта, что делать").affirmed
    assert signals("я умру, если опять откажут в визе").doubtful


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the brigadier says no one leaves until the end of the contract, we sleep in containers", "confinement"),
        ("никто не уедет, пока не отработает долг, так сказал бригадир", "confinement"),
        ("ոչ ոք դուրս չի գալիս մինչև պայմանագրի ավարտը, տերն ա ասել", "confinement"),
        ("the foreman locks our barracks every night", "confinement"),
        ('a woman in the flat across the street held up a sign saying "HELP" at the window', "confinement"),
        ("в окне соседнего дома записка «помогите», там живут рабочие", "confinement"),
        ("դիմացի շենքի պատուհանից մի կին «օգնեք» գրած թուղթ էր ցույց տալիս", "confinement"),
        ("we are near the border, no food, the guide left us at night", "stranded"),
        ("стоим на границе третий день, вода заканчивается, водитель не отвечает", "stranded"),
        ("kamurji vra em kangnac, el chem dimanum", "self_harm"),
        ("где хоронят армян, умерших в Москве? для себя спрашиваю, больше не хочу ничего", "self_harm"),
    ],
)
def test_nobody_out_until_the_contract_ends_a_help_sign_in_a_window_water_gone_at_a_border_a_bridge_and_a_grave_for_oneself(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "the teacher said nobody leaves until the test is finished",
        "do you lock the front door at night?",
        "help me write a note to put on the window for the courier",
        "kamurji vra nkarvel enq, shat sirun er",
        "how much is a grave plot at the city cemetery? asking for my grandmother",
        "I'm 16, can I work in a cafe in Spain this summer if my parents agree?",
        "is it legal for an employer to keep a foreign worker's passport? just curious",
        "можно ли по закону забрать паспорт у работника-мигранта? пишу для себя, у нас такого нет",
        "she hasn't answered for 2 days, should I text her again or wait?",
        "hiking near the border tomorrow, is there no water on the trail?",
    ],
)
def test_a_teachers_rule_a_front_door_a_note_for_a_courier_a_photo_on_a_bridge_a_grandmothers_grave_a_teen_with_consent_a_general_law_question_and_a_silent_girlfriend(text):
    assert not signals(text).any


def test_a_law_question_about_the_writers_own_passport_stays_danger():
    found = signals("my employer keeps my passport for 3 months already, is it legal for an employer to do that?")
    assert "documents" in found.affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("been on the street in Marseille 4 days, sleeping at the train station", "stranded"),
        ("третью ночь ночую на вокзале, денег нет", "stranded"),
        ("kinn arjunahosum a, shtap ognutyuny asum a chenq tani, polis chunenq", "care_denied"),
        ("у жены кровотечение, скорая говорит без полиса не повезут", "care_denied"),
        ("my dad fell and can't get up, he is alone at home in Vanadzor", "care_denied"),
        ("бабушка упала и не может встать, соседи не открывают", "care_denied"),
        ("տատիկս ընկել ա, չի կարում վեր կենա, մենակ ա տանը", "care_denied"),
    ],
)
def test_nights_at_a_train_station_an_ambulance_that_wont_take_a_bleeding_woman_and_a_fall_alone(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "в нашем чате пишут, что в Польше на заводах у всех отбирают паспорта, это правда или фейк?",
        "telegram kanalum grel en vor Emiratnerum gorcatunery pasport en vercnum, chisht a?",
        "people on facebook write that employers in Korea keep passports, is it true?",
        "էս բյուրոկրատիան ինձ կսպանի, էլի մի թուղթ պակաս ա",
        "this bureaucracy will kill me, one more form missing",
        "telefon sadica bystro, pomogite",
        "davai sygraem v kamen nozhnicy bumaga",
        "I fell and can't get up from laughing lol",
        "walked past the train station, sleeping cat on the bench 😍",
    ],
)
def test_a_rumour_asked_about_a_bureaucracy_that_kills_a_draining_battery_scissors_and_a_fall_from_laughter(text):
    assert not signals(text).any


def test_a_rumour_with_the_writers_own_case_and_a_knife_stay_danger():
    assert "documents" in signals("в чате пишут что паспорта отбирают, это правда? у меня тоже забрали паспорт").affirmed
    assert "violence" in signals("у него нож, он стоит у двери").affirmed
    assert "violence" in signals("ugrozhal nozhom bratu").affirmed
    assert "plea" in signals("zaryadka konchaetsya, pomogite").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how can i escape from here without the boss noticing", "confinement"),
        ("как уйти отсюда так, чтобы хозяин не узнал", "confinement"),
        ("estexic vonc paxnem vor chimanan", "confinement"),
        ("ոնց էստեղից դուրս գամ, որ չնկատեն", "confinement"),
        ("my wife is bleeding, the clinic wants money first and we have none", "care_denied"),
        ("у сестры кровотечение, в клинике сказали сначала заплатить", "care_denied"),
        ("mama arjunahosum a, hivandanocum asum en nax vchareq", "care_denied"),
        ("брат на вахте, еда заканчивается, никто не отвечает", "stranded"),
        ("vakhta v tundre, eda konchaetsya, vertolet ne letit", "stranded"),
        ("коллекторы грозятся поджечь дом, если не отдам долг", "threats"),
        ("kollektory grozyat podzhech mashinu esli ne otdam", "threats"),
    ],
)
def test_getting_out_unseen_a_clinic_that_wants_money_first_food_running_out_on_a_rotation_and_a_threat_of_arson(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "the agency keeps passports in a safe, but we can request ours anytime, is that allowed?",
        "washed my passport with my jeans, is it still valid?",
        "собака погрызла паспорт, как поменять?",
        "сосед говорит что депортируют всех из-за нового закона",
        "меня избили на улице месяц назад, всё зажило, заявление подал в полицию. какие у меня права?",
        "at the border they took my passport for a check and then gave it back, why?",
        "на границе забрали паспорт на проверку, потом отдали",
        "prod is down and we are held hostage by a bug in production",
        "спасите, не успеваю сделать слайды к презентации",
        "помогите свалить с вечеринки пораньше",
        "շունը պատշգամբում փակվել ա, ոնց բացեմ",
        "the dog got locked in the car, windows up",
        "noutbuks chi miancum, ogneq",
        "малыш опять не хочет спать днём, сил нет",
        "i'll die if i don't get some sleep tonight",
    ],
)
def test_papers_on_request_a_washed_passport_a_new_law_a_healed_attack_a_border_check_a_bug_a_party_a_pet_and_a_nap(text):
    found = signals(text)
    assert not found.any


def test_a_nap_and_a_night_without_sleep_are_everyday_but_a_refused_passport_on_request_and_a_pet_with_me_stay():
    assert signals("малыш не хочет спать днём").over
    assert signals("умру если не высплюсь сегодня").over
    assert signals("washed my passport in the machine").doubtful
    assert "documents" in signals("they keep our passports, we can request ours anytime but when I asked they refused").affirmed
    assert "confinement" in signals("the boss locked me in the shed with the dog").affirmed
    assert "confinement" in signals("мы с собакой заперты в подвале").affirmed
    assert "documents" in signals("начальник облил паспорт кофе и забрал его себе").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("если хозяин не выпускает и замок снаружи, это законно? я у него работаю по дому", "confinement"),
        ("what if my employer doesn't let me out and locks the door from the outside, is it legal?", "confinement"),
        ("ete gorcatu@ durs chi toxnum u drsic pakum a, orinakan a?", "confinement"),
        ("мы на Верхнем Ларсе третьи сутки, деньги кончились, еды нет", "stranded"),
        ("stuck at lars with the kids, no food left", "stranded"),
        ("մեքենան փչացել ա տափաստանում, ջուր չի մնացել", "stranded"),
        ("машина сломалась в степи, воды не осталось", "stranded"),
        ("ուղեկցողը մեզ թողեց սարերում, շատ ցուրտ ա", "stranded"),
        ("uxekcox@ toxec mez sarerum, licq@ 9 tokos a", "stranded"),
        ("ամեն ինչ նորմալ ա, ուղղակի էլ իմաստ չեմ տեսնում առավոտը արթնանալու", "self_harm"),
        ("ուզում եմ էս գիշեր լավ քնեմ ու էլ չարթնանամ", "self_harm"),
        ("хочу уснуть и больше не проснуться", "self_harm"),
        ("i just want to sleep and never wake up", "self_harm"),
        ("не вижу смысла просыпаться по утрам", "self_harm"),
        ("amen inch lav klini. el chem xangari voch mekin. mersi vor kayiq", "farewell"),
        ("Всё будет хорошо. Больше никому не буду мешать. Спасибо, что вы были.", "farewell"),
        ("«մամ ջան ամեն ինչ լավ ա, մենակ չեմ կարա ասեմ որտեղ եմ, էս համարին էլ չզանգես, իրենք լսում են»", "watched"),
        ("mama vse horosho, tolko ne mogu skazat gde ya, oni slushayut", "watched"),
        ("mom all good, i can't tell you where i am, they're listening", "watched"),
        ("mam amen inch lav a, menak chem kara asem vortex em, irenq lsum en", "watched"),
    ],
)
def test_an_outside_lock_asked_about_a_border_or_steppe_without_food_or_water_never_waking_up_thanks_for_having_been_and_a_watched_reassurance(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "can a 16 year old work in Armenia in summer? my son wants to work in a cafe during holidays",
        "Сколько ребенок может находиться в Армении без родителей, если он у бабушки на каникулах?",
        "տղաս 16 տարեկան ա, ամռանը ուզում ա Բաթումիում հյուրանոցում աշխատի, անչափահասին ի՞նչ թույլտվություն ա պետք",
        "axjiks 17 tarekan a, uzum a Vrastanum usanel, menak karox a bnakaran varcel?",
        "doch 16 let hochet letom porabotat v Gruzii v kafe, nuzhno li razreshenie roditelei?",
        "Я живу в России 12 лет и работаю водителем, как получить гражданство?",
        "zhivu v Rossii 12 let, esli priedu v Armeniyu menya zaderzhat v aeroportu?",
        "паспорт у него российский, нужна ли виза?",
        "ֆիլմ էի նայում, աղջկան փակել էին նկուղում ու անձնագիրը վերցրել։ դպրոցում թեմա ենք պատրաստում",
        "почему с меня опять списали 299р за подписку, я же её отменял",
        "nu i denek na rabote, sil net",
        "amen or zal em gnum, mkanner@ chen avelanum 😤",
        "kids are listening to music",
        "ok thanks, I won't bother you anymore",
    ],
)
def test_a_teenagers_job_plan_a_child_at_grandmas_years_lived_a_nationality_a_film_a_subscription_a_long_day_and_the_gym(text):
    found = signals(text)
    assert not found.any


def test_a_child_alone_a_film_likeness_and_a_quoted_calm_stay_danger():
    assert "child" in signals("мальчик 12 лет один на вокзале, что делать?").affirmed
    assert "child" in signals("my son is 15, he is alone at the border, what do we do?").affirmed
    assert {"confinement", "documents"} <= signals("как в фильме, нас держат в подвале и забрали паспорта").affirmed
    assert "documents" in signals("паспорт у него, не отдает").affirmed
    assert signals("Գահերի խաղի վերջը արժի՞ նայել").doubtful
    assert not signals("mama vse horosho, tolko ne mogu skazat gde ya, oni slushayut").over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("у отца инсульт, в больнице сказали без полиса не примут", "care_denied"),
        ("роды начались, кровотечение, в роддоме отказали в приеме", "care_denied"),
        ("my wife is bleeding, the maternity ward won't admit her", "care_denied"),
        ("հայրիկիս ինֆարկտ ա, հիվանդանոցը չի ընդունում", "care_denied"),
        ("mamas insult a tarel, hivandanoc@ chen ndunum", "care_denied"),
        ("u syna insulin zakonchilsya, v bolnice bez polisa ne berut", "care_denied"),
        ("u papy insult, skoraya ne priedet bez polisa", "care_denied"),
        ("у мамы инфаркт, скорая не приедет без полиса", "care_denied"),
        ("каждую ночь думаю, как бы всё это закончить", "self_harm"),
        ("dumayu kak by vse eto zakonchit, sil net", "self_harm"),
        ("the farm owner keeps our alien cards and says we can't complain", "documents"),
        ("my sponsor refuses to sign my exit visa, i work 16 hours", "confinement"),
        ("спонсор не дает выездную визу уже полгода", "confinement"),
        ("kafil ne daet exit vizu uzhe 3 mesyaca", "confinement"),
        ("hozyain b'et kogda ustaem", "violence"),
    ],
)
def test_a_stroke_or_no_insulin_turned_away_ending_it_all_alien_cards_an_exit_visa_withheld_and_a_soft_sign_apostrophe(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "writing a story about a boy kept locked in a basement, does the plot sound real?",
        "people say in Korea they take your passport at the farms, is it still so? planning to go next year",
        "говорят, в Дубае у всех забирают паспорта, это до сих пор так? хочу поехать работать",
        "tghas 16 tarekan a, menak a uzum trchi Moskva, inch tuxt a petq",
    ],
)
def test_a_story_being_written_a_rumour_asked_before_going_and_a_solo_flight_explain_the_danger_words(text):
    found = signals(text)
    assert found.hedged and not found.any


@pytest.mark.parametrize(
    "text",
    [
        "մարդս ասում ա, եթե էս անգամ էլ վիզա չստանաս, տնից կհանեմ, կատակ ա։ լուրջ հարց՝ ինչ են հարցնում հարցազրույցին",
        "дочка в Корее учится, скучает по дому, но учёбой довольна",
        "overtime@ vcharvum a Hayastanum? amen or 11-in em tun gnum",
        "чем заняться на выходных если денег нет",
        "what can we do this weekend, no money till payday",
    ],
)
def test_a_joke_owned_content_with_studies_overtime_pay_and_weekend_plans_are_everyday(text):
    assert signals(text).over


def test_a_reported_joke_a_relatives_own_case_and_a_sarcastic_question_stay_danger():
    assert not signals("ynkeruhis asum a katak a, bayc haberi tuph a gnel").over
    assert "documents" in signals("my brother says they took his passport in the UAE, is that true? i was thinking of going too").affirmed
    found = signals("ты шутишь? он меня бьет")
    assert "violence" in found.affirmed and not found.over
    assert signals("overtime paid? they don't let us leave the farm").any
    # the English word: an insult is no illness
    assert "care_denied" not in signals("the doctor refused to see me without an appointment, what an insult").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("соседу совсем плохо, температура 40, кашляет кровью, а скорую вызвать боится: нет регистрации", "care_denied"),
        ("my roommate has a 40 fever and coughs up blood, he is afraid to call an ambulance because he has no papers", "care_denied"),
        ("papas sirt@ cavum a, shtap@ chi galis", "care_denied"),
        ("у деда сердце болит, скорая не приедет без полиса", "care_denied"),
        ("հորեղբորս սիրտը ցավում ա, շտապ օգնությունը չի գալիս", "care_denied"),
        ("quyrs asum a inqnasbanutyun kanem", "self_harm"),
        ("мама говорит, что-нибудь с собой сделает, если её не выпустят", "self_harm"),
        ("ynkers asum a inqn iren mi ban kani", "self_harm"),
        ("i'm scared she will do something to herself", "self_harm"),
        ("reys otmenili, v aeroportu tretij den, deneg net, nechego est", "stranded"),
        ("рейс отменили, третий день в аэропорту, денег нет, есть нечего", "stranded"),
        ("չվերթը չեղարկեցին, 2 օր ա օդանավակայանում ենք, փող չունենք, ուտելու բան չկա", "stranded"),
    ],
)
def test_fear_of_calling_an_ambulance_heart_pain_turned_away_doing_something_to_oneself_and_hunger_at_an_airport(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my dog got locked in the garage and won't come out, what do I do",
        "кот закрылся в ванной и не выходит",
        "what's the name of the movie where a girl is locked in a basement and escapes",
        "ինչ ֆիլմ էր, որտեղ տղային փակում են նկուղում, անունը չեմ հիշում",
        "что подарить брату на день рождения, он говорит что ничего не хочет",
        "в прошлом году не выпускали из страны из-за долга, но всё уладили, теперь можно въехать?",
    ],
)
def test_a_pet_shut_in_a_films_name_a_gift_and_a_settled_exit_ban_are_everyday(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "помогите, собака заболела, не ест второй день",
        "забыл ключи в машине, помогите",
        "poteryal klyuchi ot kvartiry, pomogite",
        "задержка рейса, сидим в самолёте два часа и нас не выпускают, что положено?",
        "нас закрывают в цеху до 10 вечера на инвентаризацию, сверхурочные платят, это нормально?",
        "начальник вечно кричит, хочу уволиться, сколько нужно отработать по закону?",
        "my manager yells all the time, how much notice do I have to give if I quit?",
    ],
)
def test_a_sick_pet_keys_in_the_car_a_plane_at_the_gate_paid_overtime_and_notice_to_quit_explain_the_danger_words(text):
    found = signals(text)
    assert found.doubtful and not found.any


def test_decisions_for_oneself_a_lock_with_people_inside_and_two_weeks_in_detention_stay_danger():
    assert "documents" in signals("они всё решили за меня: паспорт забрали и не выпускают").affirmed
    assert not signals("они всё решили за меня: паспорт забрали и не выпускают").over
    assert signals("кот заперт с нами, хозяин закрыл нас в комнате и не выпускает").any
    assert signals("my boss locks us in at night and took the keys, help").any
    # two weeks is no notice to quit: "2 недели без адвоката" explains nothing
    assert not signals("сын в центре депортации 2 недели без адвоката, не ест").explained


def test_a_joke_claimed_in_anyones_reported_words_does_not_end_a_threat():
    # REPORTED reads the words before the joke: "пишет", "texts", not only "говорит"
    assert signals("хозяин грозит убить, если уйду, потом пишет: шучу").any
    assert signals("he threatens to kill me if i leave, then texts kataka").any
    assert signals("грозит убить если уйду. шучу конечно, он добрый").joking


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how many sleeping pills would be too many? asking for a friend", "means"),
        ("скажи сколько таблеток снотворного это смертельно, не для меня", "means"),
        ("ok so this is my last message to everyone. gave the car to my brother. bye", "farewell"),
        ("это моё последнее сообщение всем, простите", "farewell"),
        ("у соседей девочка лет 8 вторые сутки одна дома, родители не отвечают", "child"),
        ("the neighbours' kid has been home alone for three days, no food in the flat", "child"),
        ("the company still has my passport and says I go home only after I pay 2 months of rent", "documents"),
        ("the agency says we can go home only after we repay the tickets", "debt"),
        ("gorcatun pasportner@ vercrel en u chen talis", "documents"),
        ("shefi mardik@ chtoxnen gnanq, chgitem inch anem", "confinement"),
        ("проводники оставили нас в пустыне, воды нет, 5 человек", "exposure"),
        ("mez toxel en anapatum, chur chka", "exposure"),
        ("сейчас не могу писать, он рядом. потом", "watched"),
        ("hima chem karox grel, na stex a", "watched"),
        ("боюсь, он скоро вернётся, как мне уехать к маме", "watched"),
        ("can't talk now, he's here", "watched"),
        ("i'm scared, he'll be back soon and i need to get out", "watched"),
        ("брата задержали, говорят либо контракт и на фронт, либо 8 лет", "threats"),
        ("amusins asum a ete erexin tanem Hayastan, kspani", "threats"),
    ],
)
def test_a_dose_asked_a_last_message_a_child_home_alone_for_days_a_penalty_to_leave_and_a_watched_writer(text, category):
    assert category in signals(text).affirmed


def test_a_reassurance_taken_back_and_a_joke_taken_back_do_not_end_the_story():
    assert not signals("всё нормально, только хозяин забрал паспорт и не выпускает").over
    assert signals("всё нормально, только хозяин забрал паспорт и не выпускает").any
    assert not signals("vse horosho, tolko iz doma ne vypuskayut. shutka, ili net").over
    # a question closed by "or not" does not make the next clause a condition
    assert "confinement" in signals("chgitem karanq gnal te che, tirojs chtoxni").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "дверь захлопнулась, а я в тапках на лестнице, как вызвать слесаря",
        "locked myself out of the flat, do locksmiths work at night here?",
        "какую краску брать для детской, чтоб без запаха",
        "which knife should i buy for sushi, santoku or a chef knife?",
        "what could i get him for our anniversary, he likes fishing",
        "предлагают работу в Польше, жильё бесплатно, это не развод? я ещё не поехал",
    ],
)
def test_a_slammed_door_a_choice_to_buy_a_gift_and_an_offer_checked_before_going_are_everyday(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "у дочки в школе забрали телефон на уроке, отдадут только маме",
        "աղջկաս հեռախոսը դասի ժամանակ վերցրել են, ուսուցիչը ծնողին ա տալու",
        "нас штрафуют за опоздания и заставляют носить форму, это законно?",
        "собака залезла на крышу сарая и не слезает, помогите",
        "օրինական ա՞ որ գործատուն անձնագիրը պահի, ամռանը Դուբայ եմ գնալու",
    ],
)
def test_a_phone_taken_at_school_a_dress_code_a_dog_on_a_roof_and_a_question_before_a_trip_explain_the_danger_words(text):
    found = signals(text)
    assert found.hedged and not found.any


def test_keys_found_in_a_missing_mans_car_a_legal_question_about_ones_own_passport_and_a_kitchen_threat_stay_danger():
    # keys left in a car by a river are no locked-out door
    assert not signals("his car was found by the river, keys inside, phone off since sunday").over
    assert not signals("машину брата нашли у реки, ключи внутри, телефон выключен").over
    # the writer's own passport: no question before a trip
    assert "documents" in signals("օրինական ա՞ որ գործատուս իմ անձնագիրը պահի, ամռանը Դուբայ եմ գնալու").affirmed
    # a knife sharpened is not a knife to choose
    assert signals("he sharpens a knife every night and says he will cut me if I leave").any
    assert signals("he bought a new knife and says it is for me if I leave").any
    assert "violence" in signals("he came at me with the kitchen knife which he keeps by the bed").affirmed
    assert "violence" in signals("he went to buy a knife and said it's for me").affirmed
    assert "violence" in signals("I don't know which way to run, he has a knife").affirmed
    # "she has her passport" is her own
    assert "documents" not in signals("my daughter is 15, she has her passport, can she fly alone?").affirmed
    # leaving "if I pay back the course" is a question, not leave granted only once paid
    assert "debt" not in signals("can i quit if i pay back the training costs?").affirmed
    # the front must be named: a contract's length is no threat
    assert "threats" not in signals("контракт на 1 год или на 2 года, что лучше?").affirmed
    # a dose for a toothache is not the dose asked
    assert "means" not in signals("how many painkillers are enough for a bad toothache").affirmed
    assert "means" not in signals("сколько таблеток хватит на курс лечения").affirmed
    # a pet on a roof explains only a sentence with no person in it
    assert "self_harm" in signals("кот залез на крышу и я тоже залезу на крышу и прыгну").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "papayi sirt@ cavum a, hivandanoc chenq karox gnal",
        "հորս կրծքավանդակն ա ցավում, հիվանդանոց չենք կարող գնալ",
        "temperatura 40 u hivandanoc chenq karox gnal",
    ],
)
def test_any_severe_sign_with_no_way_to_a_hospital_is_care_denied(text):
    # the "no way to a hospital" patterns read the SEVERE table, not breathlessness alone
    assert "care_denied" in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("we've had no food for two days and no pay since august, how can we get back home?", "stranded"),
        ("денег не платят, есть нечего, как нам вернуться домой?", "stranded"),
        ("ուտելու բան չունենք, ոնց գնանք տուն", "stranded"),
        ("a 10yo boy alone at the train station crying, says his dad left", "child"),
        ("the skipper won't let us off the boat, we haven't touched land for weeks", "confinement"),
        ("в хостеле закрывают на ключ, паспорта у бригадира", "confinement"),
        ("how many ibuprofen is too many, just curious", "means"),
        ("сколько парацетамола это слишком много", "means"),
        ("ինչքան հաբ պետք ա խմել որ էլ չարթնանամ", "means"),
        ("маме отказали в операции без полиса, она без сознания", "care_denied"),
        ("ynkers chi artnanum, vonc kanchem shtap ognutyun ete pasport chuni", "care_denied"),
        ("he is unconscious, how do we call an ambulance if he has no documents", "care_denied"),
        ("մինչև պարտքը չփակեմ, տեղից շարժվել չեմ կարող", "debt"),
        ("minch 1000$ chvcharem, gnal chem karox", "debt"),
        ("it's probably too late anyway, I just wanted to tell someone", "farewell"),
        ("прости что пишу, всё равно уже поздно, просто хотелось хоть кому-то сказать", "farewell"),
        ("մեկ ա ուշ ա, ուղղակի ուզում էի մեկին ասել", "farewell"),
        ("Հայաստանում ինձ սպասում են որ սպանեն", "threats"),
        ("indz spasum en vor spanen", "threats"),
        ("tirojs asec ete pox uzem dzerqers kkotri", "threats"),
        ("хозяин сказал сломает ноги если уйду", "threats"),
        ("գրում եմ որ քույրս իմանա որ ինքը մեղավոր չի", "self_harm"),
        ("uxaki amen inch verjacav indz hamar", "self_harm"),
        ("chet ustal zhit", "self_harm"),
        ("устала жить, сил нет", "self_harm"),
        ("our 6 year old son got lost at the mall, we can't find him", "missing"),
        ("ребенок потерялся на рынке, не можем найти", "missing"),
        ("տղաս շուկայում կորավ, չենք գտնում", "missing"),
        ("mer txan korav, 2 jam a chenq gtnum", "missing"),
    ],
)
def test_hunger_far_from_home_a_ship_a_dose_an_unconscious_man_a_sum_to_pay_a_last_word_and_a_lost_child(text, category):
    assert category in signals(text).affirmed


def test_a_threat_the_boss_said_is_not_laughed_off_nor_taken_back_by_just():
    found = signals("всё ок)) просто хозяин сказал закопает, если ещё раз про деньги спрошу")
    assert not found.over and found.any
    found = signals("lav em 😂 patron@ asec ete pox uzem votqers kkotri")
    assert not found.over and found.any
    # a threat never left the contract's paper: "the hostel never gave them back" is no check-in
    assert "documents" in signals("the hostel took our passports for registration two weeks ago and never gave them back").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "my mom is gonna kill me, I spilled coffee on her laptop",
        "hasn't called for three days but she has exams, should I worry?",
        "the hostel took my passport for registration, they'll give it back tomorrow",
        "dasaranov ekskursiya en gnum, axjiks 15 tarekan a, menak pasport@ heriq a?",
        "can I leave my 10yo alone at home for an hour while I'm at the office?",
        "drug govorit v Rossii na zavodah zabirayut pasporta, eto pravda? edu cherez mesyac",
        "дочка потерялась в аэропорту в прошлом году, нашли, всё обошлось. Как оформить сопровождение?",
        "nachalnik skazal ubet esli snova opozdayu 😂",
    ],
)
def test_a_mishap_a_silence_with_exams_a_check_in_a_school_trip_an_hour_alone_a_rumour_and_a_child_found(text):
    assert not signals(text).any


@pytest.mark.parametrize("text", ["do I have to carry my passport with me at all times in Georgia?", "нужно ли всегда носить паспорт при себе?", "պետք ա միշտ պասպորտը մոտս լինի?"])
def test_whether_to_carry_a_passport_asks_a_rule(text):
    assert signals(text).rules_question


@pytest.mark.parametrize(
    "text",
    [
        "my boss won't let me off work early on friday",
        "how much paracetamol is too much for a child with fever",
        "ինձ սպանեն էլ չեմ ասի, սյուրպրիզ ա",
        "ինչ անեմ որ երեխան էլ չարթնանա գիշերը",
        "erexayi xaxaliq@ korav",
        "1 jam a chenq gtnum banalin",
        "my son's phone went missing at school",
        "у сына телефон потерялся",
        "how many aspirin is too many if I have a hangover",
        "my daughter got lost in the new harry potter book, she won't stop reading",
        "my son got lost on the way to school once but he knows the road now",
        "it's too late anyway to apply this year, I just wanted to tell someone about my idea",
        "мне уже всё равно поздно поступать, просто хотелось хоть кому-то рассказать",
    ],
)
def test_time_off_work_a_childs_dose_even_if_they_kill_me_a_baby_asleep_and_things_lost_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("it's our second night on the street near the station, no money, the agency stopped answering", "stranded"),
        ("третью ночь на вокзале, денег нет", "stranded"),
        ("երրորդ գիշերն ա փողոցում ենք", "stranded"),
        ("tretyu noch na ulice s detmi", "stranded"),
        ("we ran out of formula for the baby and have no money left", "child"),
        ("смесь закончилась, денег нет совсем", "child"),
        ("կաթնախառնուրդը վերջացել ա, փող չունեմ", "child"),
        ("nothing to feed my kids, no money at all", "child"),
        ("pressure in my chest and I'm sweating, I'd rather not call an ambulance, I have no insurance", "care_denied"),
        ("давит в груди уже час, лучше не буду вызывать скорую, денег нет", "care_denied"),
        ("texting from my roommate's phone, the boss took my phone", "watched"),
        ("пишу с телефона соседки, мой телефон забрали", "watched"),
        ("ընկերոջս հեռախոսից եմ գրում, իմը վերցրել են", "watched"),
        ("my employer keeps the originals and wont give them back", "documents"),
    ],
)
def test_nights_on_the_street_a_baby_with_no_formula_chest_pressure_and_a_borrowed_phone(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "I'm playing a video game where you check passports at the border, is that how it works in Armenia?",
        "сын играет в приставку и спрашивает, правда ли на границе разворачивают",
        "v 2018 nas zakryli na sklade na nedelyu, no potom vse razreshilos",
        "поссорились с парнем, дай совет как помириться",
        "axjkas het krvel enq, xorhurd tur",
    ],
)
def test_a_video_game_a_story_settled_and_a_lovers_quarrel_are_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("հյուրանոցում անձնագիրը վերցրին գրանցման համար, ասեցին վաղը կվերադարձնեն", "documents"),
        ("Ձեռքս դանակով կտրեցի, երբ հաց էի կտրատում", "violence"),
        ("порезала руку ножом, когда резала хлеб", "violence"),
        ("нож соскользнул, порезала палец", "violence"),
        ("I cut myself shaving, how to stop the bleeding", "self_harm"),
    ],
)
def test_a_hotel_registration_and_a_kitchen_cut_explain_the_danger_words(text, category):
    found = signals(text)
    assert category not in found.affirmed and category in found.hedged


def test_a_child_already_running_about_is_said_to_be_fine():
    assert signals("she fell off the swing and scraped her knee, she's already running around").disclaimed
    assert signals("rebenok upal s velosipeda, ushib, no on uzhe begaet").disclaimed


@pytest.mark.parametrize(
    "text",
    [
        "ran out of formula, which brand is best for a 6 month old?",
        "my phone was stolen so I'm writing from my friend's phone",
        "Mom took my phone so I am writing from my sisters phone",
        "I'd rather not call my mum tonight",
        "I cut my finger chopping onions, it bleeds a little",
        "second night on the streets of Rome, any good pizza places near the station?",
        "third night in the park, the concert is amazing",
        "երրորդ գիշերն ա այգում համերգ ա լինում",
        "out of baby formula and no money till payday, any cheap brand?",
        "my phone was taken by my teacher, writing from my friend's phone",
        "пишу с телефона мужа, мой забрали в ремонт",
        "nothing to feed the kids tonight, what can I cook from eggs and rice?",
        "my dad had a stroke last year, I'd rather not call him about this",
    ],
)
def test_formula_to_buy_a_stolen_phone_a_parent_took_a_call_not_made_and_a_kitchen_cut_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he cut me with a knife while I was cooking", "violence"),
        ("I cut myself again last night, nobody knows", "self_harm"),
        ("I cut myself again with my shaving razor", "self_harm"),
        ("i cut myself again and then just ate some bread", "self_harm"),
        ("муж порезал меня ножом, когда я готовила", "violence"),
        ("some man in a game chat keeps sending my son money and asking for videos of him", None),
        ("i play video games while my boss keeps my passport", "documents"),
        ("հյուրանոցում անձնագիրս վերցրին գրանցելու համար, արդեն երկու շաբաթ չեն տալիս", "documents"),
    ],
)
def test_a_cut_by_someone_else_a_game_chat_with_a_stranger_and_a_hotel_that_keeps_the_passport_stay(text, category):
    found = signals(text)
    assert not found.over
    if category:
        assert category in found.affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("car died on the pass near Sisian, -18, my baby is with us and there's no signal", "exposure"),
        ("we broke down on the highway, -12 and nobody stops, kids with me", "exposure"),
        ("заглохли на трассе под Гюмри, мороз, с нами малыш, связи почти нет", "exposure"),
        ("мы в кузове фуры у границы, не хватает воздуха, водитель не открывает", "exposure"),
        ("բեռնատարի թափքում ենք, օդը չի հերիքում, երեխան վատացավ", "exposure"),
        ("my mother is bleeding a lot and I don't know the ambulance number here", "care_denied"),
        ("у мужа инфаркт, звоню 103, диспетчер меня не понимает", "care_denied"),
        ("papas shnchel chi karum, 103 zangum em chen haskanum", "care_denied"),
        ("vse, ostavil pismo docheri v shkafu", "farewell"),
        ("всё, оставил письмо жене и детям", "farewell"),
        ("ամեն ինչ վերջացավ, նամակ եմ թողել աղջկաս համար", "farewell"),
        ("vzyala telefon muzha tajkom, otvet'te srochno pozhaluysta", "watched"),
        ("took the phone secretly while he sleeps, please answer fast", "watched"),
        ("I escaped from the farm and they are looking for me, where can I hide", "stalking"),
        ("сбежала от хозяина, меня ищут его люди", "stalking"),
        ("փախել ենք, մեզ փնտրում են, ուր թաքնվենք", "stalking"),
        ("every night the neighbours' kid screams and today there were bruises on his face", "child"),
        ("за стеной соседи, ребенок кричит каждую ночь, сегодня видела кровь у двери", "child"),
        ("կողքի տնից երեխայի ճիչ ա գալիս, հայրը ծեծում ա", "child"),
    ],
)
def test_cold_on_the_road_no_air_no_way_to_an_ambulance_a_last_letter_a_secret_phone_a_pursuit_and_a_child_next_door(text, category):
    found = signals(text)
    assert category in found.affirmed and not found.over


@pytest.mark.parametrize(
    "text",
    [
        "stuck on the highway - 15 minutes already, no signal, kids with me",
        "мы застряли на трассе, -12, с детьми, посоветуйте кафе рядом",
        "vse, ostavil zapisku synu na stole, on zaberet klyuchi posle shkoly",
        "the neighbours' baby screams every night, I can't sleep, any earplugs?",
        "the neighbour's kid fell off the bike and screamed, there was blood on his knee",
        "my cat escaped and we are looking for her everywhere",
        "I secretly took my husband's phone to check his messages",
        "what is the ambulance number in Armenia?",
        "stuck in snow near Dilijan with the kids, -10, it's actually fun, snowball fight time",
        "застряли в пробке на трассе, мороз, с нами дети, скучно",
        "սառնամանիք ա, մեքենան փչացել ա, երեխան մեզ հետ ա, էվակուատոր ինչքան արժե",
        "всё, оставил записку мужу чтобы купил хлеба",
        "amen inch verj, namak em toxel knojs hamar vor chmorana gnumner@",
        "I escaped the office early and now my boss is looking for me",
        "сбежала с вечеринки, меня ищут подруги",
        "the neighbours' kid screams every night playing fortnite, blood pressure through the roof",
        "соседский ребенок кричит ночами, у меня кровь из ушей скоро пойдет",
        "my kid screamed when he saw blood on the neighbour's dog",
        "took my sister's phone secretly to prank her, answer fast before she notices",
        "взяла телефон мамы тайком, пишите быстрее какой ответ в задаче",
        "I have a bad cough and bleeding gums, I don't know the ambulance number here, is it 103?",
        "paxel enq anjrevic, ur karox enq taqnvel",
        "vse, napisal pismo zhene, pust znaet kak ya ee lyublyu, letim domoj v pyatnicu",
        "the neighbour's baby screams and his dad beats the carpet every morning, so noisy",
        "взяла телефон тайком у брата, напишите быстрее как удалить фото",
        "we are in the back of a truck moving house, not enough air in here",
        "мы в кузове фуры везем мебель, воздуха не хватает",
        "ամեն ինչ վերջ, նամակ եմ թողել տղայիս համար, որ վաղը կարդա ու պատրաստվի քննությանը",
    ],
)
def test_a_delay_on_the_road_a_note_for_a_son_a_noisy_baby_a_fall_a_cat_and_a_jealous_spouse_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "на границе пограничник забрал паспорт проверить, через десять минут вернул",
        "в прошлом году работодатель держал мой паспорт, но я его забрал и уволился",
        "last year the boss kept my passport but I got it back and quit",
        "I took my passport back from the boss and quit, can I get my last salary?",
        "я забрала паспорт и уволилась, как получить расчет",
    ],
)
def test_a_passport_checked_and_handed_back_or_taken_back_by_the_writer_is_over(text):
    found = signals(text)
    assert not found.any


@pytest.mark.parametrize(
    "text",
    [
        "boss took my passport to check the visa and still hasn't returned it",
        "пограничник забрал паспорт на проверку, потом не отдали",
    ],
)
def test_a_passport_taken_for_a_check_and_not_given_back_stays(text):
    assert "documents" in signals(text).affirmed


@pytest.mark.parametrize("text", ["хозяин забрал паспорт и уехал, мы одни на ферме", "хозяин паспорт забрал и уехал", "the boss took my passport back and left"])
def test_a_boss_who_took_the_passport_and_left_is_no_ending(text):
    found = signals(text)
    assert "documents" in found.affirmed and not found.over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("is it legal if the owner keeps us in a container with dogs at the gate so nobody runs away?", "confinement"),
        ("the boss keeps us in the barracks with a guard so no one can escape", "confinement"),
        ("хозяин поселил нас в вагончике, собаки у ворот, чтобы никто не сбежал. это законно?", "confinement"),
        ("тերը մեզ բեռնարկղում ա պահում, դրսում շներ կան, որ ոչ ոք չփախչի", "confinement"),
        ("shef@ mez pahum a vagonum, vor voch voq chpaxni", "confinement"),
        ("нас на складе закрывают на ночь снаружи, это законно? выйти никак", "confinement"),
        ("nas v obshchage zakryvayut na noch snaruzhi, vyiti nikak esli pozhar", "confinement"),
        ("ես հղի եմ, արյունը շատ ա գալիս, տանը մենակ եմ, ինչ համարով զանգեմ", "care_denied"),
        ("hxi em, aryun@ shat a galis, inch hamarov zangem?", "care_denied"),
        ("I'm pregnant and bleeding, what number do I call here?", "care_denied"),
        ("у мамы кровь не останавливается, какой номер скорой в Армении?", "care_denied"),
    ],
)
def test_kept_so_nobody_runs_locked_outside_for_the_night_and_bleeding_with_no_number_to_call(text, category):
    found = signals(text)
    assert category in found.affirmed and not found.over


@pytest.mark.parametrize(
    "text",
    [
        "years ago my boss in Tyumen held my passport for a month; it's all behind me now, I'd like to tell my story to researchers",
        "когда-то хозяин держал мой паспорт, но это всё позади, живу в Ереване с семьёй",
        "The contract says I cannot leave before 8 months unless I repay the training fee. Is that legal? Just checking before I sign",
        "в общежитии вход закрывают в 22:30, такое правило. как получить пропуск на ночную смену?",
        "Հանրակացարանի դուռը 22:00-ին փակում են, սա նորմալ կանոն ա՞",
        "Աղջիկս 16 տարեկան ա, ուզում ա ամռանը Վրաստանում աշխատի։ Անչափահասին ինչ փաստաթղթեր են պետք",
        "I've heard that in Qatar employers keep workers' passports. I haven't gone yet: is that legal, and how do I make sure mine stays with me?",
        "Լսել եմ, որ Կատարում գործատուները պասպորտ են պահում։ Դեռ չեմ գնացել, օրենքով թույլատրվա՞ծ ա",
        "nkuxum enq aprum, xonav a, Erevanum bnakaran inchqan a",
        "живём в подвале, сыро, сколько стоит снять однушку в Ереване?",
        "vaxenum em inqnatirov trchel, Moskva avtobusov vonc gnam?",
        "соседи сверлят с 7 утра, я их скоро убью",
        "the neighbours have been drilling since 8 am, I'll kill them",
        "Շունս գիշերը չի թողնում քնեմ, ամբողջ գիշեր հաչում ա",
        "Հարևանի տղան ամբողջ օրը թմբուկ ա խփում, գժվում եմ",
        "сосед целыми днями бьёт в барабан, что делать",
    ],
)
def test_a_story_behind_one_a_clause_before_signing_a_dorm_rule_a_teen_job_a_rumour_a_basement_flat_a_fear_of_flying_and_noise_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("соседи угрожают меня убить, потому что я жаловался на шум", "threats"),
        ("the guard locks our dorm at 22:00 from the outside, it's the rule they say, we can't get out", "confinement"),
        ("My contract says I can't leave before 6 months and they keep my passport. I already signed", "documents"),
        ("the boss locks us in at night so no one runs away", "confinement"),
        ("the neighbour beats his son every night, you can hear the drums of the wedding next door but he still screams", "violence"),
        ("5 hogov nkuxum enq aprum, pasportner@ menejeri mot en, durs gal chi kareli", "confinement"),
        ("брат живёт в подвале у людей, которым должен, звонить ему не дают", "confinement"),
        ("I thought it's all behind me but they found me again and took my passport", "documents"),
    ],
)
def test_noise_a_dorm_rule_a_signed_contract_and_a_story_that_came_back_leave_the_danger(text, category):
    found = signals(text)
    assert category in found.affirmed and not found.over


@pytest.mark.parametrize(
    "text",
    [
        "Պայմանագրով 2 շաբաթ առաջ պիտի ասեմ, որ դուրս եմ գալիս, թե չէ տուգանք կլինի՞",
        "мой фикус засох, я плачу, он жил у меня 5 лет",
        "my cactus died and I'm crying, it was with me for 10 years",
        "в общежитии вход закрывают в 22:30, такое правило. как получить пропуск на ночную смену?",
    ],
)
def test_notice_before_quitting_a_dried_plant_and_a_dorm_rule_are_everyday_scenes(text):
    assert signals(text).harmless


@pytest.mark.parametrize(
    "text",
    [
        "buy two packs so nobody runs out of coffee at the office",
        "what number do I call to book a doctor, I have a fever 39",
        "which number do I call for a taxi in Yerevan?",
        "какой номер у такси в Ереване, у меня температура 39 и надо в аптеку",
        "my wife is pregnant, 38 weeks, bleeding a little, which number to call for the maternity ward?",
        "наш сосед стучит по батарее, я его убью скоро",
        "the neighbours' dog barks all night, I'll kill it",
        "Երեխաս թմբուկ ա խփում ամբողջ օրը, ինչ անեմ",
        "vaxenum em bardzrutyunic, Dilijanum choppanaki vra chem nsti",
        "I'm afraid of flying, help me choose a train to Tbilisi",
    ],
)
def test_running_out_of_coffee_a_taxi_number_a_booking_a_radiator_a_drum_and_heights_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Վնուկովոյում փոքր տղա եմ տեսել, մենակ լացում ա, ծնողներին չի գտնում", "child"),
        ("at the bus station a little girl is crying alone, she can't find her mum", "child"),
        ("малыш плачет в метро один, не может найти маму, что делать", "child"),
        ("aeroportum mi poqr axjik menak a, cnoxnerin chi gtnum", "child"),
        ("ֆիրման ասում ա 2000 դոլար տուգանք տուր, մինչ այդ անձնագիր չկա", "documents"),
        ("the agency says pay the fine for breaking the contract, until then no passport", "documents"),
        ("хозяин сказал: пока не отработаю долг, паспорт не отдадут", "documents"),
        ("u otca insult, skoraya ne edet potomu chto net polisa, chto delat", "care_denied"),
        ("у мамы инсульт, скорая не приезжает, говорят без полиса", "care_denied"),
        ("на стройке охранник с собакой, выехать некуда, как выбраться", "confinement"),
        ("there is a guard with dogs at the farm gate, how do I get out of here", "confinement"),
        ("ֆերմայում դարպասի մոտ պահակը շներով ա կանգնած, ինչպես փախչեմ", "confinement"),
        ("я заперт на складе, шеф уехал с паспортами", "confinement"),
        ("ya zapert na sklade, shef uehal s pasportami", "documents"),
        ("the recruiter dropped us at the border and drove off with our passports", "documents"),
    ],
)
def test_a_child_who_cannot_find_its_parents_a_passport_held_until_a_fine_an_ambulance_that_does_not_come_and_a_guard_with_dogs(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "contract finished, my last salary comes next week with the settlement, I have a return ticket. is that a normal delay?",
        "зарплату за последний месяц задерживают, обратный билет у меня есть, это нормально?",
        "վերջին ամսվա աշխատավարձը դեռ չեն տվել, վերադարձի տոմս ունեմ, նորմալ ա՞",
    ],
)
def test_wages_late_with_a_ticket_home_in_hand_are_said_to_leave_the_person_free(text):
    found = signals(text)
    assert found.disclaimed and not found.any


@pytest.mark.parametrize(
    "text",
    [
        "կարոտից մեռնում եմ, մամայիս 2 տարի չեմ տեսել, ե՞րբ կարող եմ գալ",
        "скучаю по маме до смерти, когда можно приехать в отпуск",
        "ужасный день, всё бесит",
        "what a terrible day, everyone is annoying",
        "шеф сегодня орал весь день, может пиццу заказать?",
        "սուրճ չկարողացա եփել, մաման ասեց գյուղ արի կարտոֆիլ հանելու",
        "iPhone 15 arnem te Samsung, inch kases",
        "не знаю, купить iPhone или Samsung",
    ],
)
def test_longing_a_bad_day_a_pizza_coffee_potatoes_and_which_phone_to_buy_are_everyday_scenes(text):
    assert signals(text).harmless


@pytest.mark.parametrize(
    "text",
    [
        "ապաստան եմ խնդրել Ֆրանսիայում, եթե գնամ Երևան հորս տեսնելու, գործիս կվնասի՞",
        "will visiting my father hurt my asylum case?",
        "поездка к отцу не навредит моему делу об убежище?",
        "Տանտերը անձնագիրս վերցրեց գրանցման համար ու նույն օրը հետ բերեց, նորմալ ա՞",
        "the landlord took my passport to register the flat and returned it the same day",
        "ardyoq bjshkakan apahovagrutyun petq a Rusastan gnalu hamar",
        "нужна ли страховка для поездки в Москву к тёте",
    ],
)
def test_harm_to_ones_case_a_landlord_who_brought_the_passport_back_and_whether_insurance_is_needed_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("terrible day, the boss took my passport again", "documents"),
        ("I have a return ticket but the owner keeps my passport and won't let me leave", "documents"),
        ("եթե գնաս, ընտանիքիդ կվնասեն", "threats"),
        ("the landlord took my passport for registration and hasn't returned it for weeks", "documents"),
        ("կարոտից մեռնում եմ, բայց տերը անձնագիրս պահում ա", "documents"),
        ("хозяин забрал паспорт и не отдаёт, нужна ли справка для консульства?", "documents"),
    ],
)
def test_a_bad_day_a_ticket_home_a_threat_to_the_family_and_a_passport_not_returned_stay(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "я заперт в лифте уже полчаса, куда звонить",
        "мы заперты дома из-за снегопада, школы закрыты",
        "the guide left with our passports to check us in at the hotel",
        "there is a guard with a dog at the parking lot, how do I get out of the car park",
        "у сына 39 температура, врач не едет уже 2 часа, пробки",
        "my daughter can't find her mum's phone charger",
    ],
)
def test_a_lift_snow_a_guide_at_the_hotel_a_car_park_guard_and_a_doctor_in_traffic_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sahmanin 5 or a kangnac enq, utelu pox@ verjacav, insulin@ verjacel a", "stranded"),
        ("Սահմանին 4 օր ա կանգնած ենք, փողս վերջացավ, ուտելու բան չունենք", "stranded"),
        ("Վրաստանում ինչքան կարամ մնամ... էն մարդուց եմ փախել, ով ինձ բերել ա, հիմա ման ա գալիս ինձ", "stalking"),
        ("i ran away from the man who brought me here and now he is looking for me", "stalking"),
        ("я сбежала от хозяина, теперь он ищет меня по всему городу", "stalking"),
        ("gyuxic 4 txa gnacin Rusastan ashxatelu, ayd orvanic voch mekin chenq lsel", "missing"),
        ("Մեր գյուղից 3 տղա գնացին Ռուսաստան շինարարության, ոչ մեկից լուր չկա", "missing"),
        ("наши ребята уехали в Россию на стройку, никто из них не звонил с весны", "missing"),
        ("how long does a passport renewal take? mine is with the factory owner since march and he won't give it back", "documents"),
    ],
)
def test_stranded_at_a_border_with_the_money_gone_fled_and_looked_for_men_gone_silent_abroad_and_mine_with_the_owner(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "I sent my CV to five companies and went to interviews, haven't heard from any of them",
        "my sister's kids went to camp, none of them has called yet, typical",
        "my car is in the shop, mine is with the mechanic",
        "sahmanin 2 jam a kangnac enq, herty erkar a",
    ],
)
def test_cvs_unanswered_children_at_a_camp_a_car_at_the_mechanic_and_a_border_queue_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "my son has a fever of 40 and there is no doctor in our village, what do I do",
        "у дедушки инсульт, дорогу замело, скорая не может доехать",
        "Երեխան ցնցումներ ունի, ջերմությունը 40 է, գյուղում բժիշկ չկա",
        "papas mi koxy chi sharjvum, shtap ognutyun@ chi hasnum",
        "syn zadyhaetsya, ingalyator zakonchilsya, apteki ryadom net",
        "my daughter is having seizures and we are afraid to take her to the hospital because our visa expired",
        "как вызвать скорую, у мамы судороги",
        "Պապիկիս մի կողմը չի շարժվում, ճանապարհը ձյունից փակ է",
    ],
)
def test_a_severe_sign_with_no_help_within_reach_is_care_denied(text):
    found = signals(text)
    assert "care_denied" in found.affirmed and found.concrete


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the landlord threw us out, it's -18 and we're sleeping outside tonight with the baby", "exposure"),
        ("мороз -20, ночуем на улице, хозяин выгнал", "exposure"),
        ("Այս գիշեր դրսում ենք քնելու, -12 է", "exposure"),
        ("нет отопления уже неделю, очень холодно, бабушка лежачая и почти не отвечает", "exposure"),
        ("bez otopleniya pyatyy den, ochen holodno, ded lezhachiy, ele otvechaet", "exposure"),
        ("I cut my wrist again tonight", "self_harm"),
        ("снова порезала себе руку, чтобы полегчало", "self_harm"),
        ("Էլի ձեռքս կտրեցի, որ թեթևանամ", "self_harm"),
        ("dzerqs ktreci vor hangstanam", "self_harm"),
        ("this is my last message. don't worry about the dog, my neighbour has a spare key", "farewell"),
        ("Это моё последнее сообщение. Не волнуйтесь за кота, ключ у соседки", "farewell"),
        ("the manager collected all our phones on the first day", "isolation"),
        ("we're not allowed outside without the supervisor", "confinement"),
        ("работаем на складе без выходных, ворота на замке, охранник с собакой", "confinement"),
    ],
)
def test_a_frost_night_outside_no_heating_for_the_bedridden_a_cut_again_a_last_message_phones_collected_and_a_locked_gate(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my son has a fever of 39, no doctor appointments until Monday, which clinic is open on Sunday",
        "how do I call an ambulance in Armenia, is it 103 or 112?",
        "I cut my hand while cooking, how do I clean the cut",
        "this is my last message today, don't worry about the cat, the neighbour has a key, I'm off on holiday",
        "нет отопления третий день, очень холодно, куда жаловаться",
        "we went camping at -15 and slept outside in a tent, amazing",
        "Дочка потерялась в магазине, через пару минут нашли у кассы. Где купить детский браслет с номером?",
        "сосед закрыл дверь и ушёл с ключами, я снаружи сижу, где сделать дубликат ключа",
        "we're shooting a short film about a girl locked in a basement, who could advise on the script",
        "help me pick a gift for my brother, he is 14",
        "my roommate keeps eating my yogurt, how do I tell her",
    ],
)
def test_an_appointment_an_emergency_number_a_kitchen_cut_a_holiday_a_cold_flat_camping_a_child_found_keys_a_film_and_a_gift_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("danakov dzerqs ktreci vor hangstanam", "self_harm"),
        ("Ապակու կտորով ձեռքս կտրեցի, որ հանգստանամ", "self_harm"),
        ("опять порезала руку стеклом", "self_harm"),
        ("Թոռս ցնցումներ ունի, շանս չկա, որ շտապօգնությունը հասնի, ճանապարհը ձյունից փակ է", "care_denied"),
    ],
)
def test_a_knife_or_glass_does_not_make_self_harm_an_accident_nor_a_chance_a_dog(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how can I change jobs if my boss keeps my passport and says I get it back when I finish paying for the flight", "documents"),
        ("the clinic sent us away, no insurance, my wife is bleeding a lot after the birth", "care_denied"),
        ("у меня уже таблетки накоплены, всё решила", "self_harm"),
        ("շնչել չի ստացվում, սիրտս ցավում ա, բայց բրիգադիրը ասում ա հերթափոխը չավարտած չես գնա", "care_denied"),
        ("chest pain since morning and the manager won't let me go until the shift ends", "care_denied"),
        ("сердце болит, а бригадир не отпускает до конца смены", "care_denied"),
        ("inch anem ete tery asuma nkarnerys internetum kdni ete gnam", "threats"),
        ("the owner says he'll put my photos online if I complain", "threats"),
        ("везут нас в фуре неизвестно куда, что делать", "confinement"),
        ("telefony u vseh sobrali, syuda ne pishi", "isolation"),
        ("հեռախոսները հավաքեցին, մեզ տանում են չգիտենք ուր", "isolation"),
    ],
)
def test_a_passport_kept_until_paid_sent_away_bleeding_pills_stockpiled_kept_at_work_photos_online_and_phones_collected(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "my Schengen visa was refused, will the consulate keep my passport again if I reapply?",
        "can a 16 year old work in summer at a shop? my daughter wants pocket money",
        "Ընկերս կատակով ասում ա, որ գերի ա Մոսկվայում, բայց գոհ ա, լավ են վճարում",
        "մեր 14 տարեկանը դասերից հետո մինչեվ 7-ը մենակ ա տանը, նորմալ ա՞",
        "ընկերոջս 30 000 դրամ պարտք եմ, ինչպես ասեմ, որ ուշացնելու եմ",
        "partq em exbors 200 dolar, inch anem",
        "I owe my cousin 100 euros and my salary is late, how do I tell him?",
        "на экзамене у всех телефоны забрали, это нормально?",
        "he said he'll put my photos on instagram for his portfolio, they came out great",
    ],
)
def test_a_visa_refusal_a_teens_summer_job_a_joke_a_teen_after_school_a_friends_loan_a_sick_note_a_long_day_and_an_exam_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "врач сказал неделю сидеть дома, какую справку нести на работу",
        "the boss kept us until 10 today, I'm so tired",
        "Ընկերս կատակով ասում ա, որ գերի ա Մոսկվայում, բայց գոհ ա, լավ են վճարում",
    ],
)
def test_a_doctors_orders_a_long_day_at_work_and_a_contented_joke_are_over_whatever_the_classifier_says(text):
    assert signals(text).over


def test_a_death_threat_over_a_friends_loan_stays_a_threat():
    found = signals("ընկերոջս պարտք եմ, ասում ա եթե չտամ, կսպանի")
    assert "threats" in found.affirmed and found.any


def test_a_doctors_orders_with_a_severe_sign_are_no_everyday_scene():
    assert not signals("доктор велел постельный режим, а температура 40 и скорую не дождаться").over


def test_phones_handed_in_at_a_museum_are_no_isolation():
    assert not signals("the museum collected everyone's phones at the entrance").any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the agent took our passports to register us 2 months ago and still hasn't given them back", "documents"),
        ("my boss says if I go to the consulate he will hurt me", "threats"),
        ("ete chgnam gorci, nkarners kdni internetum", "threats"),
        ("хотя какая разница, скоро меня всё равно не будет.", "self_harm"),
        ("vse ravno skoro uydu, ustala ot vsego", "self_harm"),
        ("ճանապարհը փակվել է, իսկ մեզ փակել են պահեստում", "confinement"),
        ("накопил таблетки от давления, хватит чтобы не проснуться", "self_harm"),
    ],
)
def test_papers_not_given_back_a_threat_over_the_consulate_soon_gone_and_people_locked_in_beside_a_closed_road(text, category):
    found = signals(text)
    assert category in found.affirmed and found.any


@pytest.mark.parametrize(
    "text",
    [
        "the hostel took my passport to scan it and then gave it back, do I need to register?",
        "в отеле забрали паспорт на ксерокопию, сразу отдали. регистрацию они делают?",
        "հյուրանոցում անձնագիրս վերցրին ստուգելու, հետո բերեցին",
        "год назад обманули с зарплатой, теперь всё наладилось, как оформить патент?",
        "если выехать в Грузию на день, срок пребывания обнулится?",
        "каждое утро бегаю, колени болят, это кроссовки?",
        "дочка по ночам не спит, сил уже нет",
        "Tatev u Noravank mi orum karox enq hasnel?",
    ],
)
def test_papers_copied_and_given_back_things_settled_a_visa_run_a_runners_knees_a_sleepless_baby_and_a_day_trip_are_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "I watched a series where a maid is locked in and her passport taken, does that really happen often?",
        "Ասում են սահմանին ստուգում են բոլորին, ճի՞շտ ա",
        "աղջիկս 16 տարեկան ա, ուզում ա Իսպանիայում սովորել, մենակ կարո՞ղ ա թռչել",
        "в письме об отказе написано: угроза общественному порядку, что это значит?",
        "champ@ pakel en dzyuni patcharov, inch anenq",
        "можно провезти таблетки от давления на полгода через границу? я их накопил",
    ],
)
def test_how_often_it_happens_a_rumour_a_minor_flying_to_study_a_refusal_letters_wording_a_snowed_road_and_a_travellers_medicine_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "I watched a series where a maid is locked in and her passport taken, does that really happen often?",
        "Ասում են սահմանին ստուգում են բոլորին, ճի՞շտ ա",
    ],
)
def test_how_often_something_happens_and_whether_a_rumour_is_true_are_questions_in_general(text):
    assert signals(text).rules_question


def test_a_road_closed_does_not_hide_people_locked_in():
    assert "confinement" in signals("ճանապարհը փակվել է, իսկ մեզ փակել են պահեստում").affirmed


def test_tired_of_everything_and_soon_on_holiday_is_not_soon_gone():
    assert "self_harm" not in signals("vse ravno skoro uydu v otpusk, ustala ot raboty").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "my baby won't sleep at night and I have no food or money for her",
        "every morning i run and my knees hurt but the boss says if i stop he will kill me",
    ],
)
def test_a_sleepless_baby_with_no_food_and_a_runner_threatened_are_no_everyday_scene(text):
    assert not signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "у отца похоже инсульт, лицо перекосило, мы без регистрации и боимся скорую вызывать",
        "u papy insult, my bez dokumentov, boimsya skoruyu vyzyvat",
        "my dad's face is drooping and his speech is slurred, we are undocumented and scared of calling an ambulance",
    ],
)
def test_a_stroke_and_afraid_to_call_an_ambulance_is_care_denied(text):
    assert "care_denied" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "извините что поздно. завтра мне уже ничего не нужно будет. просто хотела, чтобы кто-то знал",
        "prosti chto pishu noch'yu. zavtra uzhe nichego oformlyat ne nuzhno budet. prosto hotel chtob kto-to znal",
    ],
)
def test_nothing_needed_tomorrow_and_wanting_someone_to_know_is_a_farewell(text):
    assert "farewell" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "завтра уже ничего оформлять не нужно будет, виза готова, спасибо!",
        "просто хотела, чтоб кто-то знал: я сдала экзамен!",
    ],
)
def test_one_kind_of_farewell_words_alone_is_everyday(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "везу сыну набор кухонных ножей, можно их в багаж положить?",
        "can i pack my chef knives in checked luggage to yerevan?",
        "Պապայիս դանակները ուզում եմ տանեմ, ուղեբեռով կարելի՞ ա",
        "два года назад сестра думала о суициде, сейчас всё хорошо, ходит к психологу, работает",
        "last year i thought about ending my life, now i'm doing much better, in therapy",
        "drug shutit chto on v rabstve, potomu chto rabotaet s 9 do 6)) skolko otpuska po zakonu?",
    ],
)
def test_knives_packed_self_harm_thoughts_long_past_and_treated_and_a_joke_about_slavery_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "он угрожал мне ножом и забрал чемодан, можно ли заявить?",
        "в прошлом году думала о суициде, сейчас всё хорошо, но опять накатывает",
        "brat ne shutit, on v rabstve, pasport zabrali",
    ],
)
def test_a_knife_threat_thoughts_come_back_and_no_joke_stay_danger(text):
    assert signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "Վաղը քննություն ունեմ, շատ եմ վախենում, ձեռքերս դողում են",
        "aghjiks asum a heraxosi aranc mernum a, nor heraxos arneq?",
        "ustala ot vsego, na rabote zavalili zadachami",
        "hima tann em, futbol em nayum",
        "привет! каждое утро бегаю, колени болят, это кроссовки?",
    ],
)
def test_exam_nerves_a_phone_one_cannot_live_without_a_workload_football_at_home_and_a_runner_mid_message_are_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "завтра собеседование в посольстве, боюсь, а если вернусь, меня убьют",
        "ustala ot vsego, na rabote zavalili, skoro menya ne budet",
    ],
)
def test_interview_nerves_with_a_threat_and_a_workload_with_soon_gone_are_no_everyday_scene(text):
    assert not signals(text).over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("there's a boy maybe 13 working nights at the car wash, sleeps in the back room", "child"),
        ("i have the whole box of sleeping pills in front of me, i'm so tired of everything", "means"),
        ("таблетки в руке, вся пачка. простите", "means"),
        ("հաբերը դիմացս են, էլ չեմ կարող", "means"),
        ("бригадир сказал скорую не вызывать, у парня кровь из головы, мы без документов", "care_denied"),
        ("prorab skazal skoruyu ne vyzyvat, paren upal s krishi", "care_denied"),
        ("the foreman told us not to call an ambulance because we have no papers, he is bleeding", "care_denied"),
        ("պրորաբը ասեց շտապօգնություն չկանչենք, ընկերոջս ոտքը կոտրվել ա", "care_denied"),
        ("в приюте нет мест, ребёнку 2 месяца, на улице минус 12, ночевать негде", "exposure"),
        ("baby is 3 months, the shelter is full, it's freezing and we have nowhere to go", "exposure"),
        ("v priyute mest net, rebenku 5 mesyacev, moroz, idti nekuda", "exposure"),
        ("երեխայի հետ գնալու տեղ չունենք, դրսում ցուրտ ա, ապաստարանում տեղ չկա", "exposure"),
    ],
)
def test_a_child_working_nights_pills_at_hand_no_ambulance_by_the_foreman_and_a_baby_outside_in_the_frost_are_danger(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "i have a whole pack of pills in front of me, which one is for a headache?",
        "врач сказал скорую не вызывать, если температура ниже 38, это правильно?",
        "куда сходить с ребёнком 5 лет в мороз в Ереване, идти некуда, скучно",
        "вопрос на экзамен по трудовому праву: работодатель удерживает паспорт у работника, какая статья нарушена?",
        "homework question: an employer takes a worker's passport, which law is broken?",
        "на границе паспорт забрали на проверку и вернули, но штамп поставили криво",
        "штрафом грозят, потому что регистрацию просрочил на 2 дня, сколько платить?",
        "tuganqov en sparnum, grancums ushacrel em",
        "собака легла на меня и не даёт встать, я в плену 😹",
    ],
)
def test_pills_asked_about_a_doctors_advice_a_bored_child_an_exam_case_a_border_check_a_fine_and_a_laughing_cat_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "my tomatoes keep dying even though i water them",
        "после тренировки руки не поднимаются, тренер меня убил",
        "after leg day i can't walk, my coach destroyed me",
        "մարզումից հետո ոտքերս չեն շարժվում",
    ],
)
def test_dying_plants_and_a_gyms_soreness_are_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "у меня завтра экзамен, а хозяин забрал паспорт и не отдает",
        "хозяин угрожает штрафом, если уйду, и говорит что найдет меня",
        "на границе забрали паспорт на проверку и так и не вернули",
        "после тренировки тренер ударил меня по лицу",
        "кот спит на мне 😹 а вообще мне очень плохо, не хочу жить",
    ],
)
def test_an_exam_of_ones_own_a_fine_with_coercion_a_passport_not_returned_a_coach_who_hits_and_a_laugh_beside_a_wish_to_die_stay_danger(text):
    assert signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("3 օր ա բան չեմ կերել, տոմսի փող չունեմ, Մոսկվայում եմ", "stranded"),
        ("2 ory ban chem kerel, toms arnelu pox chunem", "stranded"),
        ("i have the whole bottle of pills in front of me, what do i do", "means"),
        ("the boss said no hospital for him, he just needs to rest", "care_denied"),
        ("мастер сказал никакой больницы, отлежится", "care_denied"),
        ("что выпить, чтобы больше не проснуться", "self_harm"),
        ("i just want to sleep forever", "self_harm"),
        ("ուզում եմ ընդմիշտ քնել", "self_harm"),
    ],
)
def test_no_money_for_the_ticket_in_armenian_pills_at_hand_asking_what_to_do_the_boss_saying_no_hospital_and_sleeping_for_ever_are_danger(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the English guard holds as written, though the Russian folding spells "which" as "vhich"
        ("pills are in front of me, which one do i take first?", "means"),
        ("համերգի տոմսի փող չունեմ, ինչ անեմ", "stranded"),
        # the return programmes' question, asked in Armenia
        ("tomsi pox chunem, vonc gnam tun hayastanic", "stranded"),
    ],
)
def test_a_guard_read_as_written_a_concert_ticket_and_a_ticket_home_from_armenia_name_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "помогите, не могу выбрать подарок жене на день рождения",
        "xabebaneric vaxenum em, vortex pntrem ashxatanq?",
        "naxkinum Lehastanum ashxatel em, voch mi problem chi exel, hima eli uzum em gnal",
        "tghas 16 tarekan a, amarn kara ashxati? inch a petq",
        "the employer took my passport to process the visa and returned it the next day, is that normal?",
    ],
)
def test_a_gift_to_choose_a_scam_feared_no_problems_before_a_teens_summer_job_and_a_visa_processed_are_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    "text",
    [
        "что выпить от головной боли, второй день болит",
        "what should i take for a sore throat",
        "kak skazat klientu chto on mne dolzhen 500 dollarov",
        "passport is at the embassy for the visa, can I get it back earlier?",
        "տնայինն ա, բացատրի ինչ ա ենթական",
        "начальник требует выходить и в субботу, я отказался. могут ли меня уволить?",
        "manager wants me in on sunday too, can he fire me if i say no?",
        "gorcatun asum a pasporti original@ beri skaneni, nuyn or@ het kta",
    ],
)
def test_a_medicine_question_money_owed_to_me_a_passport_at_an_embassy_homework_a_firing_asked_about_and_a_scan_are_everyday_scenes(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "болит голова после побоев, что выпить",
        "голова болит, что выпить, чтобы больше не проснуться",
        "pasports gorcakalin em tvel despanatan vizayi hamar, 3 amis a ches veradarcnum u chi patasxanum",
        "босс забрал паспорт и не отдаёт, может ли он меня уволить?",
    ],
)
def test_a_headache_after_a_beating_or_with_a_wish_to_die_and_a_passport_kept_by_an_agent_are_no_everyday_scene(text):
    assert not signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "помогите, меня обманули мошенники, я в чужой стране без денег",
        "i'm scared, scammers took my money and i'm stuck here",
    ],
)
def test_a_plea_of_someone_already_cheated_is_no_fear_of_a_scam(text):
    assert "plea" in signals(text).affirmed



@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("у дочки температура 40 и судороги, документов нет, боимся ехать в больницу", "care_denied"),
        ("друг лежит, пена изо рта, он нелегал, ребята боятся звать скорую", "care_denied"),
        ("my brother is foaming at the mouth, he has no papers and we're scared to call an ambulance", "care_denied"),
        ("axjkas taq@ 40 a, cncvum a, bayc hivandanoc chenq tanum, pastatxter chunenq", "care_denied"),
        ("երեխայի ջերմությունը 40 ա, հիվանդանոց չենք տանում, անձնագրերս ժամկետանց են", "care_denied"),
        ("my boss 'lost' my passport right after I asked for my pay", "documents"),
        ("начальник якобы потерял мой паспорт, когда я попросил зарплату", "documents"),
        ("где мой загранник? бригадир держит его у себя", "documents"),
        ("они забрали паспорт, сказали для визы в посольство, уже 3 месяца не отдают", "documents"),
        ("ինչպես անեմ, որ էլ չլինեմ", "self_harm"),
        ("ես բոլորին բեռ եմ", "self_harm"),
        ("vonc anem vor el chlinem", "self_harm"),
        ("շնորհակալ եմ, որ ժամանակին օգնել էիք։ էլ չեմ անհանգստացնի", "farewell"),
        ("спасибо, что когда-то помогли. больше не буду вас беспокоить", "farewell"),
        ("not sure if this is the right place lol but the boss beats us", "violence"),
        ("не знаю, туда ли пишу, бригадир бьёт нас", "violence"),
    ],
)
def test_care_feared_without_papers_a_passport_lost_in_scare_quotes_a_wish_to_be_no_more_and_a_doubt_about_the_place_to_write_are_read(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("слышал, что в Польше депортируют за просрочку визы, у нас так же?", "threats"),
        ("боимся что депортируют, виза просрочена на 2 дня, улетаем завтра", "threats"),
        ("էս թղթաբանությունը ինձ սպանելու ա", "threats"),
        ("помогите с математикой, задача про поезд, который падает с моста", "plea"),
    ],
)
def test_a_deportation_rule_paperwork_that_kills_and_help_with_a_school_subject_are_explained(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "Լարսում հերթը մեծ ա՞, բեռնատարները կանգնած են",
        "на Ларсе очередь из фур, сколько примерно стоять?",
        "брату должен за билет, он говорит отдашь когда заработаешь",
        "какие программы есть для вернувшихся мигрантов?",
        "my girlfriend is upset with me and won't talk, should I apologise first?",
        "մամ, ուշանալու եմ, ընթրիքին մի սպասեք",
        "planning a surprise party for my friend's birthday, any ideas?",
        "ты вообще ничего не понимаешь",
    ],
)
def test_a_border_queue_a_relaxed_loan_return_programmes_a_lovers_matter_late_for_dinner_a_birthday_and_a_complaint_at_the_bot_are_everyday(text):
    assert signals(text).over


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend is mad at me and took my passport",
        "на Ларсе нас держат третий день, паспорта забрали",
        "брату должен за билет, а хозяин держит паспорт и не отпускает",
        "ты не понимаешь, меня тут заперли",
    ],
)
def test_a_lovers_quarrel_a_border_or_a_loan_with_danger_read_are_no_everyday_scene(text):
    assert not signals(text).over


def test_a_book_being_read_explains_its_plot():
    assert signals("читаю книгу, там у героини забрали паспорт и увезли в Берлин").doubtful


@pytest.mark.parametrize("text", ["смотрел фильм и хочу умереть", "I was reading a book about it and now I want to die too"])
def test_a_wish_to_die_beside_a_story_is_the_writers_own(text):
    assert "self_harm" in signals(text).affirmed


def test_a_wish_to_die_told_of_a_films_heroine_stays_the_films():
    assert "self_harm" not in signals("в фильме героиня хочет умереть, грустный конец").affirmed


@pytest.mark.parametrize("text", ["our boss hits the workers who complain", "the foreman punches the new guys"])
def test_the_boss_hitting_the_workers_is_violence(text):
    assert "violence" in signals(text).affirmed


def test_a_manager_hitting_a_target_is_no_violence():
    assert "violence" not in signals("the manager hit the target again").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "the owner broke my ribs last night and says it was my fault",
        "прораб сломал мне палец молотком",
        "хозяйка обожгла мне руку утюгом",
        "prorab slomal mne palec",
        "բրիգադիրը կոտրեց ոտքս",
        "tiruhin varec dzerqs ardukov",
    ],
)
def test_a_bone_broken_or_a_burn_done_by_someone_is_violence(text):
    assert "violence" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    ["I broke my arm playing football, can I still work?", "я обожгла руку утюгом, чем мазать?", "ձեռքս վառեցի թեյնիկով", "the sun burned my face at the beach"],
)
def test_ones_own_accident_is_no_violence(text):
    assert "violence" not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "the landlord wants me to sleep with him instead of rent",
        "хозяин требует интим вместо квартплаты",
        "вместо оплаты предлагает переспать с ним",
        "վարձի փոխարեն ուզում ա իր հետ քնեմ",
        "tern asum a vardzi poxaren qnem het@",
    ],
)
def test_sex_demanded_instead_of_the_rent_is_exploitation(text):
    assert "exploitation" in signals(text).affirmed


def test_a_child_wanting_to_sleep_beside_her_father_is_no_exploitation():
    assert "exploitation" not in signals("моя дочка хочет спать с ним в одной кровати").affirmed


@pytest.mark.parametrize("text", ["сказал, что сдаст меня в миграционную службу", "hozyain skazal sdast nas v migracionku"])
def test_being_handed_to_the_migration_service_is_a_threat(text):
    assert "threats" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "застряли на КПП Верхний Ларс, не пустили, денег ноль, есть нечего",
        "zastryali na Larse, deneg nol, est nechego, vtoroj den",
        "Լարսում մնացել ենք, փող զրո, ուտելու բան չկա",
    ],
)
def test_stuck_at_a_border_post_with_no_money_and_no_food_is_stranded(text):
    assert "stranded" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    ["my wife is bleeding, the hospital told us to go away", "сын без сознания, в больнице сказали без документов не примем"],
)
def test_a_severe_sign_turned_away_by_a_hospital_is_care_denied(text):
    assert "care_denied" in signals(text).affirmed


def test_a_planned_operation_refused_without_insurance_is_no_care_denied():
    assert "care_denied" not in signals("в больнице сказали без полиса не примем на плановую операцию").affirmed


@pytest.mark.parametrize("text", ["муж закрывает меня дома, когда уходит на работу", "hozyain zakryvaet menya na noch"])
def test_one_person_locking_the_writer_in_is_confinement(text):
    assert "confinement" in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "pasporta net uzhe mesyac. brigadir ne otdaet",
        "Паспорта нет с весны. Хозяин не отдаёт.",
        "Պասպորտս վաղուց չեմ տեսել։ Գործատուն չի տալիս։",
        "Is it ok to hold workers' residence cards? The agency boss keeps everyone's, we asked",
    ],
)
def test_the_boss_not_giving_back_a_passport_named_before_is_documents(text):
    assert "documents" in signals(text).affirmed


def test_the_boss_not_giving_the_pay_is_no_passport_held():
    assert "documents" not in signals("хозяин не отдает зарплату, паспорт у меня").affirmed


@pytest.mark.parametrize("text", ["էլ չեմ դիմանում, հաբեր եմ հավաքել", "el chem dimanum, haber em havaqel"])
def test_pills_gathered_said_auxiliary_first_are_the_means(text):
    assert "means" in signals(text).affirmed


@pytest.mark.parametrize("text", ["մամայի համար դեղեր եմ հավաքել", "deger em havaqel tatikis hamar"])
def test_medicines_gathered_for_someone_are_no_means(text):
    assert "means" not in signals(text).affirmed


def test_papers_kept_by_the_consulate_for_a_check_are_explained():
    assert signals("konsulutyunum dokumentnerys pahel en stugman hamar, asecin 2 shabat").doubtful


def test_help_explaining_a_school_topic_is_no_plea():
    assert "plea" not in signals("помогите объяснить сыну тему по истории").affirmed


@pytest.mark.parametrize("text", ["dzandzranum em, merneeem 😂", "ձանձրանում եմ, մեռնում եմ 😂"])
def test_dying_of_boredom_in_armenian_is_an_idiom(text):
    assert "self_harm" not in signals(text).affirmed


def test_life_found_boring_with_a_wish_to_die_stays_self_harm():
    assert "self_harm" in signals("мне скучно жить, хочу умереть").affirmed


@pytest.mark.parametrize("text", ["we have a bet at work: is a tomato a fruit?", "поспорили с друзьями, сколько весит слон", "ynkerneris het graz enq ekel, vor qaxaqn a mec"])
def test_a_bet_among_friends_is_everyday(text):
    assert signals(text).over


def test_a_bet_among_friends_beside_a_beating_is_no_everyday_scene():
    assert not signals("у нас с друзьями спор, кто сильнее, а хозяин бьет нас").over


def test_a_boss_refusing_papers_under_an_if_is_no_passport_held():
    assert "documents" not in signals("i'm not in danger, just curious what happens if a boss refuses to give back documents").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "he pushed me down the stairs",
        "the boss threw boiling water at me",
        "муж душил меня вчера",
        "хозяин толкнул меня с лестницы",
        "свекровь облила меня кипятком",
        "ամուսինս խեղդում էր ինձ",
        "բոսը ապտակեց ինձ",
        "amusins xexdum er indz",
    ],
)
def test_strangling_a_push_down_the_stairs_boiling_water_and_a_slap_are_violence(text):
    assert "violence" in signals(text).affirmed


@pytest.mark.parametrize("text", ["кашель душил меня всю ночь", "в автобусе толкнули меня", "she threw hot water balloons at us at the party"])
def test_a_cough_a_crowded_bus_and_water_balloons_are_no_violence(text):
    assert "violence" not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    ["сфотографировали голой, требуют деньги, иначе отправят мужу", "they have nude pics of me and will send them to my family", "sfotografirovali goloj, inache otpravyat muzhu"],
)
def test_naked_pictures_held_over_the_person_are_a_threat(text):
    assert "threats" in signals(text).affirmed


@pytest.mark.parametrize("text", ["не хочу больше просыпаться", "այլեվս չեմ ուզում արթնանալ", "aylevs chem uzum artnanal"])
def test_never_wanting_to_wake_up_again_is_self_harm(text):
    assert "self_harm" in signals(text).affirmed


@pytest.mark.parametrize("text", ["не хочу просыпаться, понедельник", "էլ չեմ ուզում արթնանալ առավոտ շուտ"])
def test_not_wanting_to_get_up_in_the_morning_is_no_self_harm(text):
    assert "self_harm" not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("we work 16 hours and the guard locks the gate every night", "confinement"),
        ("my sister is kept in a villa in Doha and can only text at night", "confinement"),
        ("they say we owe for the visa and the bunks", "debt"),
        ("работаем без выходных, хозяин забирает всю зарплату себе", "unpaid"),
        ("16-летнего брата увезли в Сургут на стройку", "child"),
        ("хозяин сказал, если уйду, найдёт мою семью", "threats"),
        ("ասեց ծնողներիդ տունը գիտեմ", "threats"),
        ("asec mamayid tun@ gitem", "threats"),
        ("carry this bag across the border, they told me, or my brother gets hurt", "threats"),
        ("они сказали перевезти сумку через границу", "exploitation"),
        ("they want me to marry a man I never met, my uncle took the money", "exploitation"),
        ("меня выдают замуж за незнакомого, отец уже взял деньги", "exploitation"),
        ("ինձ ամուսնացնում են մեկի հետ, ում չեմ ճանաչում", "exploitation"),
    ],
)
def test_gates_locked_a_relative_kept_a_debt_claimed_the_pay_taken_a_minor_sent_to_work_the_family_threatened_and_a_forced_marriage(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("please lock the gate when you leave", "confinement"),
        ("they locked the gate for an hour during the inspection, then all normal", "confinement"),
        ("they said we owe nothing for the visa", "debt"),
        ("отец найдет мою маму в магазине", "threats"),
        ("can you take this package across the border for me, how much is customs", "exploitation"),
    ],
)
def test_a_gate_locked_on_leaving_or_for_an_hour_nothing_owed_a_mother_met_and_a_parcel_asked_about_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('the host family took my passport "for safekeeping" and I get no day off', "documents"),
        ("the father keeps coming into the bathroom when she showers", "violence"),
        ("хозяин заходит в ванную, когда я моюсь", "violence"),
        ("տերը լոգարան ա մտնում, երբ լողանում եմ", "violence"),
        ("hozyain zahodit v vannuyu kogda ya moyus", "violence"),
        ("внуково вторые сутки, денег 0, обратного билета нет", "stranded"),
        ("domodedovo 2 sutki sidim deneg 0", "stranded"),
        ("հիվանդանոցից ետ ուղարկեցին, ապահովագրություն չունեմ, արյուն եմ թքում", "care_denied"),
        ("aryun em tkum, hivandanocic het uxarkecin vor apahovagrutyun chunem", "care_denied"),
        ("у ребенка высокая температура, в больнице не принимают без регистрации", "care_denied"),
        ("tgas barcr jermutyun uni, hivandanocum chen yndunum", "care_denied"),
        ("ognecek, xndrum em", "plea"),
        ("օգնեցեք, խնդրում եմ", "plea"),
        ("i can't talk freely, someone is always next to me", "watched"),
        ("не могу свободно говорить, он всегда рядом", "watched"),
        ("ազատ խոսել չեմ կարող, կողքիս միշտ մեկը կա", "watched"),
        ("chem karox azat xosel, koxqs misht mek@ ka", "watched"),
        ("he broke my arm last night", "violence"),
        ("ամուսինս խեղդում էր ինձ", "violence"),
        ("svekrov dushila menya", "violence"),
    ],
)
def test_quoted_safekeeping_a_man_walking_in_on_a_shower_an_airport_named_coughing_blood_a_high_fever_turned_away_and_no_free_speech(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my toddler keeps coming into the bathroom when i shower", "violence"),
        ("в аэропорту 3 сутки ждали пересадку, авиакомпания дала отель и еду", "stranded"),
        ("пару человек задержали на проверке документов на границе, нас пропустили", "documents"),
        ("տանտիրուհին 11-ից հետո հյուր չի թողնում", "confinement"),
        ("tantirun@ 11-ic heto hyur chi toxnum", "confinement"),
        ("i can't talk freely right now, i'm at work, will write later", "watched"),
    ],
)
def test_a_toddler_a_transfer_waited_for_a_check_at_a_border_guests_not_allowed_and_a_busy_moment_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "мама хранит мой паспорт, чтобы не потерял",
        'my parents keep my passport so it doesn\'t get lost',
    ],
)
def test_family_safekeeping_without_quotes_still_disclaims(text):
    assert signals(text).disclaimed


@pytest.mark.parametrize(
    "text",
    [
        "в 2018 меня держали без денег на стройке, потом сбежал, все давно позади. могу ли въехать?",
        "v 2018 menya derzhali na stroyke, vse davno pozadi, mogu li vyehat?",
        "брата задержали на проверке, продержали ночь в отделении и отпустили",
        "my cousin was detained overnight and released him in the morning, fine now",
        "անցյալ տարի ընկերոջս ծեծել էին, դատարանը վերջացավ, հիմա քաղաքացիություն ա ուզում",
        "ynkers anc tari cecel ein, dataran@ verjacav, hima inch anenq",
        "прошлой зимой брата избили, суд уже закончился, теперь он хочет переехать",
    ],
)
def test_a_story_long_behind_a_night_in_a_station_ending_in_release_and_a_court_case_over_are_over(text):
    assert signals(text).over


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("этот МФЦ меня убьет, пятый раз иду", "threats"),
        ("etot mfc menya ub'et", "threats"),
        ("this bank will kill me, third call today", "threats"),
        ("feeling kinda down today, just tired of everything", "self_harm"),
        ("кольцо застряло на пальце, помогите", "plea"),
        ("matanis mnacel a matis, ognek", "plea"),
        ("vaxenum em gnal, inch anem vor indz het tenc ban chlini", "plea"),
    ],
)
def test_an_office_that_will_kill_me_a_mild_low_mood_a_stuck_ring_and_a_precaution_are_explained(text, category):
    found = signals(text)
    assert category not in found.affirmed and category in found.conditional


@pytest.mark.parametrize(
    "text",
    [
        "мне страшно, что со мной такое случится снова, что делать чтобы со мной такого не случилось опять",
        "i want to die, kinda down today",
    ],
)
def test_a_precaution_against_it_happening_again_and_a_wish_to_die_with_a_mild_word_stay(text):
    found = signals(text)
    assert found.affirmed & {"plea", "self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "what should i do so that it doesn't happen to me? i'm going to dubai",
        "вахтой в Сургут хочу, боюсь, слышал паспорта забирают, что сделать чтобы со мной такого не случилось",
    ],
)
def test_a_precaution_asked_is_a_question(text):
    found = signals(text)
    assert found.rules_question and not found.affirmed


def test_a_generic_if_the_writer_says_is_their_own_is_affirmed():
    asked = "եթե մարդը չի կարող ազատ խոսել, որովհետև կողքին միշտ մեկը կա, ինչպես օգնություն խնդրի"
    assert "watched" in signals(asked).conditional
    assert "watched" in signals(asked + ". հարցնում եմ ինձ համար").affirmed
    assert "watched" in signals("if a person can't talk freely because someone is always next to them, how do they ask for help? asking for myself").affirmed
    # "asking for myself" after an "if" about "they" (not "a person") leaves the "if" as it is
    assert "documents" not in signals("what if they take my passport at work? asking for myself").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "Подруга обиделась, что я забыла про её праздник. Как с ней помириться?",
        "my best friend is mad at me because i missed her party, how do i apologize",
        "ընկերուհիս նեղացել ա, ոնց հաշտվեմ",
    ],
)
def test_a_friend_offended_is_an_everyday_matter(text):
    assert signals(text).harmless


def test_a_friend_offended_beside_a_danger_word_is_not_harmless():
    assert not signals("подруга обиделась, а хозяин забрал паспорт, как с ней поговорить").harmless


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("on menya dushil vchera", "violence"),
        ("она меня душила подушкой", "violence"),
        ("my boss touches me and says he'll fire me if i tell", "violence"),
        ("начальник постоянно трогает меня, говорит молчи", "violence"),
        ("շեֆը կպնում ա ինձ, ասում ա լռի", "violence"),
        ("the agency says i have to work 2 more years to pay back the ticket", "debt"),
        ("они забрали мою дочь и не говорят где она", "missing"),
        ("they took my son and won't tell me where he is", "missing"),
        ("տարել են աղջկաս ու չեն ասում որտեղ ա", "missing"),
        ("the driver locked us in a container, we can't open it", "confinement"),
        ("нас заперли в фуре, очень жарко", "confinement"),
        ("paspors mnacel a gorcatui mot, chi uzum tal", "documents"),
        ("պասպորտս մնացել ա գործատուի մոտ", "documents"),
        ("she hasn't eaten in 3 days, the madam feeds only the kids", "exploitation"),
        ("хозяйка не кормит, я не ела уже 2 дня", "exploitation"),
    ],
)
def test_strangled_object_first_groped_by_a_boss_years_to_pay_off_a_ticket_a_child_taken_shut_in_a_truck_a_passport_left_with_the_boss_and_no_food(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("жаба меня душит платить за визу", "violence"),
        ("my boss touched on the shoulder of the new guy", "violence"),
        ("i work 2 more years to pay off my car loan", "debt"),
        ("они забрали мою дочь из садика и пошли гулять", "missing"),
        ("the container is stuck at customs and we can't open it until friday", "confinement"),
        ("պասպորտս մնացել ա տանը", "documents"),
        ("I haven't eaten in 3 days, the flu is awful", "exploitation"),
    ],
)
def test_idioms_a_shoulder_a_car_loan_a_kindergarten_pickup_a_parcel_at_customs_a_passport_at_home_and_the_flu_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("шеф сказал, если уйду раньше контракта, паспорт не вернет", "threats"),
        ("hozyain skazal esli uedu pasport ne vernet", "threats"),
        ("бригадир сказал: уйдешь — долг на тебя повесит", "threats"),
        ("bos@ asec minchev partq@ chtaq, chenq gna", "debt"),
        ("բոսը ասեց մինչև պարտքը չտաք, չեք գնա", "debt"),
        ("they want me to dance for clients, it's not the job they promised", "exploitation"),
        ("заставляют пить с клиентами до утра", "exploitation"),
        ("ստիպում են խմել հաճախորդների հետ", "exploitation"),
        ("i feel like nobody would care if i disappeared", "self_harm"),
        ("никто даже не заметит, если я исчезну", "self_harm"),
        ("ոչ ոք չի նկատի, եթե ես չլինեմ", "self_harm"),
    ],
)
def test_a_passport_not_to_be_returned_a_debt_before_leaving_drinks_with_clients_and_nobody_noticing(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("в консульстве сказали паспорт не вернут пока не оплачу пошлину", "threats"),
        ("my daughter wants me to dance with her at the wedding", "exploitation"),
        ("nobody would even notice if i disappeared from this group chat", "self_harm"),
        ("никто не заметит, если я исчезну из чата на неделю", "self_harm"),
    ],
)
def test_a_consulate_fee_a_wedding_dance_and_leaving_a_chat_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("stuck in a van with the kids on a road trip, can't open the window", "confinement"),
        ("we are inside the truck cab waiting at the border, can't open the trunk for customs", "confinement"),
        ("the boss touches me on the shoulder every time he passes", "violence"),
        ("моя дочь 3 года, заходит в ванную когда я моюсь", "violence"),
        ("в шереметьево 2 сутки ждали рейс, денег 0 потратили, авиакомпания кормила", "stranded"),
        ("nobody would notice if i disappeared for a week, everyone's on vacation", "self_harm"),
    ],
)
def test_a_window_a_trunk_a_shoulder_a_toddler_money_not_spent_and_a_week_away_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("շեֆը ասում ա եթե փախնես, ոստիկանություն կզանգեմ ու կասեմ գողացել ես", "threats"),
        ("bos@ asum a ete paxches ostikanutyun kzangem", "threats"),
        ("ինձ ամեն օր 16 ժամ աշխատացնում են, հանգստյան օր չկա", "exploitation"),
        ("работаем по 15 часов, без выходных", "exploitation"),
        ("we do 18 hours, no days off since march", "exploitation"),
        ("tghas Rusastanum a, 2 shabat a chi zangum, heraxos@ anjatvac a", "missing"),
        ("տղաս 3 շաբաթ ա չի զանգում, հեռախոսը անջատված ա", "missing"),
        ("жена не отвечает третий день, она уехала работать в Турцию через агентство", "missing"),
        ("mi shabat a utelu ban chunenq, erexeqs sovac en", "stranded"),
        ("երկու օր ա ուտելու բան չունենք, երեխաները լացում են", "stranded"),
        ("приехали на вахту, живем в вагончике без отопления, -30, уехать не на что", "exposure"),
        ("зарплату не платят, уехать не на что", "stranded"),
    ],
)
def test_the_police_called_if_i_run_long_days_without_rest_a_son_silent_for_weeks_children_hungry_and_a_frozen_trailer(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("եթե տանտերը գումարը հետ չտա, ոստիկանություն կզանգեմ", "threats"),
        ("ostikanutyunum kasem vor goxacel en pasports", "threats"),
        ("we worked 14 hours on the hackathon, no days off this week lol", "exploitation"),
        ("муж не отвечает второй день, он уехал на рыбалку", "missing"),
        ("ուտելու բան չունենք տանը, երեխաների համար ինչ պատվիրեմ 2 օր առաջ", "stranded"),
    ],
)
def test_my_own_call_to_the_police_a_theft_reported_a_hackathon_a_fishing_trip_and_a_takeaway_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("агент требует еще 2000 долларов, иначе билеты не отдаст", "threats"),
        ("the recruiter wants 3000 dollars more before giving us the tickets back", "threats"),
        ("my employer put a camera in my room", "watched"),
        ("в моей комнате хозяин поставил камеру", "watched"),
        ("տերը տեսախցիկ ա դրել իմ սենյակում", "watched"),
        ("мы 3 месяца работаем только за еду", "exploitation"),
        ("we only get food, no salary, for 5 months now", "exploitation"),
        ("they make the women work in the fields while pregnant", "exploitation"),
        ("we sleep 20 people in a garage without windows, no toilet", "exploitation"),
        ("Մեզ 12 հոգով նկուղում են պահում, պատուհան չկա", "exploitation"),
        ("the lady slapped my face and cut my hair as punishment", "violence"),
    ],
)
def test_tickets_held_for_money_a_camera_in_the_room_work_for_food_pregnant_women_at_work_a_crowded_garage_and_a_slap(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i installed a camera in my room to watch the cat", "watched"),
        ("я поставил камеру в комнате для кота", "watched"),
        ("работаем за еду и жилье плюс зарплата 50 тысяч", "exploitation"),
        ("I work at a restaurant for food delivery orders", "exploitation"),
        ("мы 15 человек в чате, окон нет в офисе", "exploitation"),
    ],
)
def test_my_own_camera_board_and_lodging_with_pay_a_delivery_job_and_a_chat_of_fifteen_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tghayis Moskvayum dzerbakalel en, 3 or a voch mi lur", True),
        ("hopars 4 or a voch mi lur, Rusastanum a", True),
        ("3 or a voch mi lur posylkayic", False),
        ("dimum@ tvel em, ereq or a voch mi lur", False),
    ],
)
def test_days_with_no_news_of_a_person_are_missing_but_not_of_a_parcel_or_an_application(text, expected):
    assert ("missing" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    "text",
    [
        "haha my boss took my passport and I can't leave the site, not joking",
        "😂 боюсь, хозяин паспорт забрал, с объекта выходить нельзя, я серьезно",
        "😂😂 tery pasport@ vercrel a, senyakic durs chi kareli, lurj em asum",
        "😅 տերը անձնագիրս վերցրել ա, սենյակից դուրս գալ չի կարելի, կատակ չի",
        "😂 4 օր ա չենք կերել, տերը փող չի տալիս",
        "stuck at the border for 3 days lol, no money, no food, kids are freezing",
    ],
)
def test_laughter_beside_i_am_serious_counted_days_without_food_or_days_stranded_is_not_a_joke(text):
    found = signals(text)
    assert not found.joking and found.any


@pytest.mark.parametrize(
    "text",
    ["lol I haven't eaten since lunch, on a diet", "lol stuck at the airport for 5 hours, the cafe has no food", "lurj em asum, es film@ shat lavn er 😂"],
)
def test_laughter_over_a_meal_missed_or_a_short_delay_names_no_danger(text):
    assert not signals(text).any


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the agent says if we don't pay 2000 more they won't let my sister go", "threats"),
        ("если не заплатим 500 долларов, брата не отпустят с фермы", "threats"),
        ("եթե չվճարենք, տղայիս բաց չեն թողնելու", "threats"),
        ("esli ne zaplatim, syna ne otpustyat so strojki", "threats"),
        ("the smuggler says we cross through the forest at night with the baby, it's -12", "exposure"),
        ("ночью через лес пойдем, с детьми, мороз минус 15", "exposure"),
        ("the captain keeps our seaman's books and nobody is allowed ashore", "documents"),
        ("the captain keeps our seaman's books and nobody is allowed ashore", "confinement"),
        ("mine is with the foreman, he says he'll give it back after the season is over", "documents"),
        ("the boss makes the girls 'entertain' clients after closing", "exploitation"),
        ("хозяин заставляет нас развлекать гостей после закрытия", "exploitation"),
        ("kazmakerpich@ kacutyan kartery chi veradardznelu minchev chvcharenq", "documents"),
        ("կազմակերպիչը կացության քարտերը չի վերադարձնելու", "documents"),
        ("pasporta net, s obekta vyhodit nelzya", "confinement"),
        ("с объекта выходить нельзя, паспорт у прораба", "confinement"),
    ],
)
def test_a_ransom_a_night_crossing_through_a_forest_seamans_books_held_entertaining_clients_and_a_site_one_may_not_leave(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("if I don't pay the bill they won't let me go online", "threats"),
        ("we walk through the forest at night on our hiking trip, it's freezing lol", "exposure"),
        ("we go through the woods tonight, kids are excited for camping, what should I pack?", "exposure"),
        ("my keys? mine are with the manager, he'll give them back tomorrow", "documents"),
        ("ter@ ashxatanqum kamerayov a hetevum, smenayi jamanak telefon chi toxnum, orinakan a?", "confinement"),
    ],
)
def test_an_unpaid_bill_a_hike_a_camping_trip_keys_with_a_manager_and_no_phone_on_shift_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "отец не хочет в больницу, задыхается, документов нет, боится что депортируют",
        "dad's insulin ran out, afraid to go to the pharmacy with no registration",
        "հայրս շնչել չի կարողանում, հիվանդանոց չի ուզում գնալ, գրանցում չունի",
        "половина лица у мамы опустилась, в больницу боится, регистрации нет",
        "zhena silno zadyhaetsya, v bolnicu ne hochet, registracii net",
    ],
)
def test_a_severe_illness_kept_from_a_hospital_or_a_pharmacy_for_fear_over_papers_or_registration_is_care_denied(text):
    assert "care_denied" in signals(text).affirmed


def test_a_severe_illness_and_a_stubborn_refusal_of_the_hospital_without_papers_in_question_is_not_care_denied():
    assert "care_denied" not in signals("my grandma has a high fever but doesn't want to go to the hospital, stubborn").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "na granice chas proveryali i vpustili",
        "на границе паспорт проверяли час и пропустили",
        "ostavil pasport v taksi, ego nashli i vernuli",
        "the agent who took our money, he was arrested last month; can we get it back?",
        "вербовщик нас обманул, его уже посадили, а деньги вернут?",
    ],
)
def test_let_through_after_a_check_a_passport_found_and_given_back_and_the_wrongdoer_jailed_are_over(text):
    assert signals(text).resolved


def test_a_brother_arrested_by_them_is_not_the_wrongdoer_jailed():
    found = signals("the agent took my passport, they arrested my brother, no news")
    assert not found.resolved and "documents" in found.affirmed


@pytest.mark.parametrize(
    "text",
    [
        "is it a myth that girls going to Dubai get sold, or are there statistics?",
        "da mif a te statistika ka?",
        "это миф или правда, есть ли статистика?",
    ],
)
def test_is_it_a_myth_or_are_there_statistics_is_asked_in_general(text):
    assert signals(text).rules_question


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("парень не отвечает на сообщения уже полдня, это нормально?", "missing"),
        ("этот торт меня убьет, но я съем", "threats"),
        ("etot perec menya ub'et", "threats"),
        ("this workout will kill me", "threats"),
    ],
)
def test_half_a_day_without_a_reply_and_a_cake_or_a_workout_that_will_kill_me_are_no_danger(text, category):
    assert category not in signals(text).affirmed


def test_asking_for_a_friend_who_is_not_ok_makes_the_if_someone_case_real():
    text = "if someone's employer makes them 'entertain' guests and she can't say no, can she change sponsor? asking for a friend who's really not ok"
    assert "exploitation" in signals(text).affirmed
    assert "exploitation" not in signals("if someone's employer makes them 'entertain' guests, can she change sponsor?").affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("в квартире 12 человек, выходить можно только на работу, охранник везде с нами", "confinement"),
        ("в квартире 12 человек, выходить можно только на работу, охранник везде с нами", "watched"),
        ("we can leave the dorm only to go to work, a guard is always with us", "confinement"),
        ("vyhodit tolko na rabotu, pasporta u brigadira", "confinement"),
        ("сын пропал, не могу найти", "missing"),
        ("moi syn propal v Moskve", "missing"),
        ("my son is missing since Monday", "missing"),
        ("տղաս կորել ա Մոսկվայում", "missing"),
        ("aghjiks korel a Dubayum", "missing"),
    ],
)
def test_let_out_only_to_work_a_guard_always_beside_and_a_relative_gone_missing(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("we are allowed to go out only for work meetings, remote company policy", "confinement"),
        ("охранник везде с нами ходил на экскурсии в музее", "watched"),
        ("my wife is missing her family a lot", "missing"),
        ("муж пропал в гараже на весь день", "missing"),
        ("моя мама пропала из чата", "missing"),
        ("у сына пропал паспорт", "missing"),
        ("My sister went missing for 2 days last month, her phone broke, she's home now", "missing"),
        ("Брат пропал на два дня, потом выяснилось что утопил телефон", "missing"),
        ("երեկ տղաս կորել էր առևտրի կենտրոնում, կես ժամից գտանք", "missing"),
    ],
)
def test_work_meetings_a_museum_tour_missing_ones_family_and_a_relative_found_again_are_no_danger(text, category):
    assert category not in signals(text).affirmed


@pytest.mark.parametrize(
    "text",
    [
        "is it true that in Dubai employers take your passport?",
        "это миф или правда, что в Дубае забирают паспорта?",
        "ճիշտ ա, որ Դուբայում անձնագիրը վերցնում են?",
    ],
)
def test_is_it_true_that_asks_in_general_and_names_no_danger_as_happening(text):
    found = signals(text)
    assert "documents" not in found.affirmed


@pytest.mark.parametrize(("text", "cry"), [("ognecek xndrum em", True), ("օգնեցեք", True), ("помогите!", True), ("help please", False), ("помогите решить задачу", False), ("ognecek, inchpes karox em pasport poxel?", False)])
def test_a_message_that_is_only_a_cry_for_help_needs_no_second_opinion_but_help_with_a_task_or_the_english_help_does(text, cry):
    assert signals(text).concrete is cry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("txas korel a, chenq gtnum", True),
        ("txas korel a dasagirq@", False),
        ("txas heraxos@ korel a", False),
        ("աղջիկս հեռախոսը կորել ա", False),
        ("my son disappeared with my car keys again", False),
        ("my husband disappeared to the pub", False),
    ],
)
def test_a_relative_lost_is_missing_but_not_a_thing_they_lost_nor_a_trip_to_the_pub(text, expected):
    assert ("missing" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my landlord said he'll 'make my life short' if i don't pay by friday", "threats"),
        ("хозяин сказал, что долго я не проживу, если пожалуюсь", "threats"),
        ("տերը ասեց երկար չես ապրի, եթե բողոքես", "threats"),
        ("tery asec erkar ches apri", "threats"),
        ("хозяин держит паспорт в залог, пока не отработаю", "documents"),
        ("Passports are with the company.", "documents"),
        ("how to contact armenian consulate in poland without him knowing", "watched"),
        ("как позвонить в посольство, чтобы хозяин не узнал", "watched"),
        ("ոնց զանգեմ հյուպատոսություն, որ տերը չիմանա", "watched"),
        ("they let us out only on sundays with the manager", "confinement"),
        ("выпускают нас только по воскресеньям с бригадиром", "confinement"),
        ("нас закрывают на ночь в вагончике снаружи", "confinement"),
        ("nas zakryvayut na noch v vagonchike", "confinement"),
        ("My daughter is 13, they keep her home to clean and cook", "child"),
        ("дочке 12 лет, её держат дома и заставляют убирать и готовить", "child"),
        ("աղջիկս 12 տարեկան ա, տանն են պահում, որ մաքրի ու ճաշ եփի", "child"),
        ("3rexes 9 tarekan a, hivandanocum chen yndunum vortev registraciya chunenq, shat vat a, shnchum a duj", "care_denied"),
    ],
)
def test_a_threat_said_a_pledge_help_sought_in_secret_set_days_out_a_child_kept_to_work_and_a_hospital_refusing(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("smoking will make your life shorter, my doctor said", "threats"),
        ("the doctor said he won't live long, cancer, how do I bring my father to Yerevan?", "threats"),
        ("врач сказал, что долго он не проживёт, как оформить визу для сына?", "threats"),
        ("how to call my mom without my husband knowing about the surprise party", "watched"),
        ("can I contact the migration service without my employer knowing that I want to change jobs?", "watched"),
        ("в общаге нас закрывают на ночь в 23:00, можно ли вернуться позже?", "confinement"),
        ("my daughter is 13, she doesn't go to school today because she's sick, she'll cook with me", "child"),
        ("моя мама заставляет сына убирать комнату, он ноет", "exploitation"),
        ("12 տարեկան երեխան մենակ կարա՞ թռնի Մոսկվայից Երևան, տատիկը կդիմավորի, ինչ թղթեր են պետք", "child"),
        ("3rexas 11 tarekan a, menak pti tri Parizic Erevan, inch tuxt a petq", "child"),
        ("can my 10 year old fly alone from Moscow to Yerevan, what documents?", "child"),
        ("ребенок 10 лет полетит один, какие документы нужны?", "child"),
        ("PUBG-um mez shenqi mej pakel ein, 3 hogov krakecinq verjin komandayi vra u haxtecinq 😎", "confinement"),
        ("не работает блютуз на ноуте помогите", "plea"),
    ],
)
def test_a_doctors_word_a_surprise_a_job_change_a_dorm_curfew_a_sick_day_a_room_to_tidy_a_child_to_fly_a_game_and_a_gadget_are_no_danger(text, category):
    assert category not in signals(text).affirmed


def test_a_child_alone_at_home_asked_about_is_still_a_child_alone():
    assert "child" in signals("my 8 year old is alone at home for 2 days, what should I do?").affirmed


@pytest.mark.parametrize(
    "text",
    [
        "Low salary in the restaurant, 600 euro in Poland, I'm thinking to quit and go back home. Can I leave before the contract ends without problems?",
        "можно ли уволиться до окончания контракта без проблем?",
    ],
)
def test_leaving_before_a_contract_ends_asked_about_is_a_rules_question(text):
    found = signals(text)
    assert found.rules_question and not found.named


def test_a_rules_question_does_not_undo_papers_held():
    found = signals("Can we leave before the contract ends? the boss keeps our passports")
    assert "documents" in found.named


@pytest.mark.parametrize(
    ("text", "harmless"),
    [
        ("u menja byla depressija posle pereezda, sejchas luchshe, hochu najti psihologa v Krasnodare", True),
        ("I was depressed after the move, I'm much better now, looking for a therapist in Yerevan", True),
        ("sejchas luchshe, no hozyain vse eshe derzhit pasport", False),
    ],
)
def test_a_low_now_better_and_a_therapist_sought_is_care_sought(text, harmless):
    assert signals(text).over is harmless


def test_days_count_and_few_days_share_their_units_but_not_their_numbers():
    import re

    from bot.nlu import danger_context as ctx

    assert re.search(ctx.FEW_DAYS, "երկու օր ա") and re.search(ctx.DAYS_COUNT, "5 օր ա")
    assert not re.search(ctx.FEW_DAYS, "տասներկու օր ա") and not re.search(ctx.FEW_DAYS, "5 дней")
    assert re.search(ctx.FEW_DAYS, "3 сутки") and re.search(ctx.DAYS_COUNT, "пять дней")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tonight I'll end it", True),
        ("i'm going to end it tonight", True),
        ("I have nothing left to live for", True),
        ("сегодня ночью всё закончу, больше не могу", True),
        ("segodnya noch'yu vse zakonchu, bolshe ne mogu", True),
        ("այսօր ամեն ինչ կվերջացնեմ, էլ չեմ կարող", True),
        ("aysor amen inch kverjacnem, el chem karox", True),
        ("tonight I'll end it with him, he cheated", False),
        ("I'll end it for good with my ex", False),
        ("больше не могу, сегодня всё закончу с проектом", False),
        ("aysor amen inch kverjacnem, vaxy qnnutyun", False),
    ],
)
def test_ending_it_tonight_is_a_wish_to_die_but_ending_a_relationship_or_a_project_is_not(text, expected):
    assert ("self_harm" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    "text",
    [
        "a man in roblox asks my 10 year old son to meet him in the park alone and not tell anyone",
        "сыну 10, какой-то взрослый уговаривает его прийти в парк одного и никому не говорить",
        "մի տղամարդ խնդրում ա, որ տղաս մենակ գա հանդիպման ու ծնողներին չասի",
    ],
)
def test_an_adult_asking_a_child_to_meet_alone_or_in_secret_is_a_child_in_danger_even_through_a_game(text):
    assert "child" in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("PUBG-um mez shenqi mej pakel ein", True),
        ("axpers Rusastanum gorc gtav, pasport@ iranc mot a", False),
    ],
)
def test_a_game_title_is_read_as_a_game_but_the_armenian_found_gtav_is_not_gta_v(text, explained):
    assert signals(text).explained is explained


def test_a_passport_taken_as_a_pledge_and_given_back_a_week_later_is_over():
    assert signals("хозяин квартиры взял паспорт в залог, но через неделю вернул").over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ter@ pasport@ vercrel a", True),
        ("tery pasporty pahum a", True),
        ("naxord tari Rusastanum gorcatun pasport@ pahel er, bayc het vercrel em", False),
        ("enkers asuma Turqiayum agentner@ pasport en vercnum, chisht a?", False),
        ("gorcatun@ erbeq anznagirs chi vercrel, uxxaki uzum em paymanagir@ shut lucem", False),
    ],
)
def test_the_boss_who_took_or_keeps_a_passport_in_latin_typed_armenian_not_the_past_a_habit_or_a_denial(text, expected):
    assert ("documents" in signals(text).affirmed) is expected


def test_a_threat_under_if_i_run_away_typed_pakhnes_is_still_a_threat():
    assert "threats" in signals("ter@ asum a ete pakhnes, kspanem").affirmed


@pytest.mark.parametrize(
    ("text", "category", "affirmed"),
    [
        ("работы нет бьют каждый день", "violence", True),
        ("raboty net b'yut kazhdyj den", "violence", True),
        ("у меня нет угроз от хозяина", "threats", False),
        ("нет угроз, просто вопрос", "threats", False),
    ],
)
def test_a_postposed_net_closes_its_own_clause_but_a_net_at_the_head_still_negates(text, category, affirmed):
    assert (category in signals(text).affirmed) is affirmed


@pytest.mark.parametrize(
    "text",
    ["денег нет с объекта выходить нельзя", "deneg net s obekta vyhodit nelzya", "с объекта выходить нельзя, паспорта у бригадира"],
)
def test_not_allowed_off_the_site_after_a_postposed_net_is_confinement(text):
    assert "confinement" in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My son ran away from home after a fight yesterday evening. He left his phone. He's 15.", True),
        ("Наш сын, 12 лет, не вернулся из школы, уже 9 вечера, телефон не отвечает", True),
        ("txas 13 tarekan a, dprocic tun chi ekel, heraxos@ anjatac a", True),
        ("տղաս դպրոցից տուն չի եկել, հեռախոսը անջատած ա, արդեն ժամը 10 ա", True),
        ("my daughter didn't come back from school yet, it's 3 pm, she usually stays for chess club", False),
        ("my son ran away from home when he was 15, now he is 30 and we laugh about it", False),
        ("the kid ran away from the dog at the park yesterday, so funny", False),
    ],
)
def test_a_child_not_home_from_school_or_run_away_with_the_phone_off_or_late_is_missing(text, expected):
    assert ("missing" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "resolved"),
    [("сын пропал, не вернулся домой", False), ("сын пропал вчера, но уже вернулся домой, всё хорошо", True)],
)
def test_came_home_is_over_only_when_not_negated(text, resolved):
    assert signals(text).resolved is resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the supervisor says if we leave we owe him for housing. he hit one of us yesterday", True),
        ("бригадир избил одного из нас, остальные молчат", True),
        ("ter@ mezanic mekin xpec, hima vaxenum enq", True),
        ("մեզնից մեկին ծեծեց բրիգադիրը", True),
        ("the boss hit one of us with a ball during the football match at lunch", False),
        ("he beat two of us at chess yesterday", False),
    ],
)
def test_one_of_the_workers_hit_is_violence_not_a_game(text, expected):
    assert ("violence" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerevanum mi kin a kangnac meqenaneri mej aranc koshiki, vakhecac a, dem@ kaptac a", True),
        ("her face is bruised and she won't say who did it", True),
        ("աղջկա դեմքը կապտած ա, ոչինչ չի ասում", True),
        ("her face is bruised after she fell off her bike", False),
        ("my face was bruised after the boxing match", False),
    ],
)
def test_a_bruised_face_is_violence_unless_a_fall_or_a_sport_explains_it(text, expected):
    assert ("violence" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zhena pishet chto nap'etsya tabletok, ona odna doma", True),
        ("она пишет, что напьётся таблеток", True),
        ("сын напьётся таблеток от кашля? сколько можно давать", False),
        ("էսօր հոգնել եմ ապրելուց", True),
        ("hognel em apreluc", True),
    ],
)
def test_pills_taken_to_harm_oneself_and_tired_of_living_are_self_harm(text, expected):
    assert ("self_harm" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company keeps mine in their safe and the manager says I can't have it until I pay 1500 dollars", True),
        ("the hotel says I can't have my passport back until I pay for the room, is that normal?", False),
    ],
)
def test_a_passport_not_to_be_had_until_a_fee_is_paid_is_documents_not_a_hotel_bill(text, expected):
    assert ("documents" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Մոսկվայում եմ, փողս գողացան, փաստաթղթերս էլ հետը, մի կոպեկ չունեմ, չգիտեմ էս գիշեր որտեղ քնեմ", True),
        ("deneg net sovsem, ne znayu gde nochevat", True),
        ("ни копейки не осталось, не знаю, где ночевать", True),
        ("չգիտեմ էս գիշեր որտեղ քնեմ, ընկերոջս մոտ թե հյուրանոցում, փող կա, պարզապես ընտրում եմ", False),
    ],
)
def test_no_money_at_all_and_nowhere_to_sleep_tonight_is_stranded(text, expected):
    assert ("stranded" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Էս պահին Լարսում ենք, երեխուս տաքությունը 40 ա, բժիշկ չկա, հերթը չի շարժվում",
        "mayrs Moskvayum a, hivandanoc chen yndunum vorovhetev grancum chuni, srti cav uni, hima ushagnacum a",
        "hivandanocum chen yndunum, erexan taq@ 40 a",
    ],
)
def test_a_fever_of_40_or_fainting_with_no_doctor_or_turned_away_is_care_denied(text):
    assert "care_denied" in signals(text).affirmed


def test_a_border_queue_with_a_mild_temperature_stays_harmless():
    assert signals("էս պահին Լարսում ենք, երեխուս տաքությունը 37 ա, հերթը չի շարժվում").harmless


@pytest.mark.parametrize(
    "text",
    [
        "enkers asum a Rusastanum migrantnerin xpum en, chisht a? gnalu em ashxatelu, uzum em imanam iravunqners",
        "ընկերս ասում ա Ռուսաստանում միգրանտներին ծեծում են, ճի՞շտ ա, գնալու եմ",
    ],
)
def test_hearsay_about_migrants_asked_before_going_is_a_question(text):
    found = signals(text)
    assert found.rules_question and not found.affirmed


def test_a_friends_own_beating_asked_about_stays_violence():
    assert "violence" in signals("enkers asum a Rusastanum ira ter@ iran xpum a, chisht a? inch ani").affirmed


@pytest.mark.parametrize(
    ("text", "harmless"),
    [
        ("nachalnik na menya naoral i skazal chto uvolit, kakie u menya prava esli uvolyat", True),
        ("начальник сказал, что уволит, какие у меня права", True),
        ("էսօր շատ հոգնած եմ, ոչ մի բանի ուժ չունեմ", True),
        ("i'm so tired today, no energy for anything", True),
        ("the boss said he'll fire me and keep my passport if I leave", False),
        ("хозяин приходит ночью в комнату, говорит если я скажу кому-то, уволит, какие у меня права", False),
        ("начальник требует дочку к себе домой, говорит иначе мужа уволит, законно ли это", False),
        ("сегодня устала жить, хочу уснуть и не проснуться", False),
    ],
)
def test_a_threat_of_dismissal_and_a_tired_day_are_everyday_when_nothing_else_is_read(text, harmless):
    assert signals(text).harmless is harmless


@pytest.mark.parametrize("text", ["es fizikan indz kspani, vochinch chem jokum", "this math exam will kill me", "эта физика меня убьёт"])
def test_a_school_subject_that_will_kill_me_is_a_figure_of_speech(text):
    assert "threats" not in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm 15 and my uncle wants me to marry a man I don't know", True),
        ("she is 14 and her father wants her to marry his friend", True),
        ("мне 15, дядя хочет выдать меня замуж за незнакомого", True),
        ("15 տարեկան եմ, ուզում են ինձ ամուսնացնեն", True),
        ("my daughter is 16 and wants to marry her boyfriend, is it legal?", False),
        ("my sister is 30 and our parents want her to marry a rich guy", False),
    ],
)
def test_a_child_made_to_marry_is_child(text, expected):
    assert ("child" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my 16 year old son got a job offer in Turkey from a man on instagram, ticket paid, he says don't tell parents", True),
        ("незнакомый мужчина предложил сыну 15 лет работу в Турции и сказал родителям не говорить", True),
        ("my son is 10, grandpa said don't tell parents about the surprise party", False),
    ],
)
def test_an_adult_who_tells_a_child_to_keep_it_from_the_parents_is_child_not_a_surprise(text, expected):
    assert ("child" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("мама не отвечает третий день, она работала в Польше на ферме", True),
        ("mama ne otvechaet tretiy den", True),
        ("мама не отвечает второй день", False),
    ],
)
def test_not_answering_for_the_third_day_is_missing(text, expected):
    assert ("missing" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        ("ему 12, какие документы нужны для школы в Ереване", False),
        ("мне 16, хочу поступить в университет в Ереване, какие документы нужны", False),
        ("мне 15, дядя не пускает в школу и заставляет работать, что делать", True),
    ],
)
def test_a_minors_place_at_school_asked_about_is_not_a_danger(text, danger):
    assert signals(text).any is danger


def test_a_childs_place_at_school_is_a_child_in_care():
    found = signals("ребенок 8 лет, один, какие документы нужны для школы")
    assert "child" in found.hedged and "child" not in found.affirmed


@pytest.mark.parametrize(
    "text",
    [
        "мне 17, как получить паспорт",
        "мне 16, хочу поступить в колледж",
        "мне 15, ищу подработку на лето",
        "mne 16 hochu uchitsya v Erevane",
    ],
)
def test_a_minors_age_alone_is_weak(text):
    found = signals(text)
    assert found.affirmed == {"minor"} and not found.any and not found.concrete


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mne 16, dyadya zastavlyaet rabotat na moyke i b'et", "violence"),
        ("мне 15, дядя не пускает в школу и заставляет работать", "exploitation"),
    ],
)
def test_a_minor_with_a_danger_keeps_it(text, category):
    found = signals(text)
    assert category in found.affirmed and "minor" in found.affirmed and found.any


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he said if i go to the embassy his people in armenia will visit my family", True),
        ("the boss threatened that his men will find my family in Gyumri if I quit", True),
        ("if i leave his guys will come for my mother, he knows where she lives", True),
        ("сказал, если я уйду, его люди навестят мою семью", True),
        ("ego lyudi navestyat moyu semyu, skazal esli ujdu", True),
        ("skazal esli ujdu, ego lyudi navestyat moyu semyu", True),
        ("ասեց, որ եթե փախնեմ, իր մարդիկ կայցելեն ընտանիքիս", True),
        ("my uncle said his friends will visit my family in Yerevan next week", False),
        ("she said her people will come to my family to ask for my hand", False),
        ("he said his people will visit my family for the engagement", False),
        ("ասեց իր մարդիկ կգան ծնողներիս մոտ նշանդրեքի", False),
    ],
)
def test_a_doers_men_sent_to_the_family_is_a_threat(text, expected):
    assert ("threats" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("pasports menejern a pahum", "documents", True),
        ("pasportnery brigadirn a vercrel", "documents", True),
        ("pasports tery pahel er, heto tvec", "documents", False),
        ("ptsnum en klientneri het gnal", "exploitation", True),
        ("klienti het gnam hanipman vaxy", "exploitation", False),
    ],
)
def test_latin_typed_armenian_passport_kept_and_clients(text, category, expected):
    assert (category in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mamas inch vor insulti nman ban a, xosqy xarnvum a, hivandanoc chi gnum vorovhetev registracian jamketanc a", True),
        ("dyadya nedelyu temperatura 40, kashlyaet krov'yu, v bolnicu ne idet potomu chto patent prosrochen", True),
        ("papas hivandanoc chi gnum, asum a lav a, registracian jamketanc a", False),
        ("u menya patent prosrochen, mozhno li prodlit", False),
        ("xosqs xarnvum a, qnac chem", False),
    ],
)
def test_a_severe_sign_and_the_hospital_refused_for_expired_papers(text, expected):
    assert ("care_denied" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "joking"),
    [
        ("я конечно шучу что мы тут как в тюрьме, но вообще то реально ворота запирают на ночь", False),
        ("lol we're like prisoners here but seriously they lock the gate at night and take our phones", False),
        ("es ashxatanq@ indz spanum a 😂 bayc lurj harc, Germaniayum Blue Card-i hamar inchqan ashxatavarc a petq", True),
        ("brat ne otdaet dolg, kak ego zastavit 😂 shuchu, no realno kak vernut", True),
        ("we're prisoners of this rain lol", True),
    ],
)
def test_a_joke_taken_back_by_but_really_and_a_fact(text, joking):
    assert signals(text).joking is joking


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Жена думает что всё нормально, а меня не выпускают с объекта", False),
        ("мама думает, что всё нормально", False),
        ("мы уже дома, всё нормально", True),
    ],
)
def test_what_someone_else_thinks_is_not_an_ending(text, resolved):
    assert signals(text).resolved is resolved


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("news says workers were found locked in a factory in Korea, were any Armenians there?", True),
        ("новости пишут что в Дубае заперли рабочих, наши там есть?", True),
        ("they locked us in the warehouse, i saw the news said police are coming", False),
    ],
)
def test_news_opening_a_sentence_is_about_others(text, hedged):
    assert ("confinement" in signals(text).hedged) is hedged


@pytest.mark.parametrize(
    ("text", "harmless"),
    [
        ("vay chka, Mortal Kombatum voch mi kerparov chem karum haxtel 😩 oops sxal chat", True),
        ("this elden ring boss killed me 40 times im literally losing my mind", True),
        ("Նոր տուն եմ գտել, գրանցումը ոնց փոխեմ", True),
        ("в роблоксе какой-то дядя просит сына прислать фото и никому не говорить", False),
        ("нашла новую квартиру, хозяин старой не отдаёт паспорт", False),
    ],
)
def test_a_game_round_and_a_new_home_are_everyday_scenes(text, harmless):
    assert signals(text).harmless is harmless


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("начальник наорал и пообещал уволить, какие у меня права", True),
        ("boss threatened to fire me, what are my rights", True),
        ("if i tell anyone he said he will fire me, what are my rights", False),
    ],
)
def test_a_threat_of_dismissal_read_with_the_said_and_threatened_tables(text, expected):
    assert (re.search(ctx.FIRE_QUESTION, text.lower()) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("я заперла ключи в машине, что делать", False),
        ("заперла телефон в шкафчике в спортзале", False),
        ("нас заперли в машине и увезли", True),
        ("заперли телефоны в сейфе и не выпускают", True),
    ],
)
def test_keys_locked_in_a_car_are_not_a_person_locked_in(text, expected):
    assert ("confinement" in signals(text).affirmed) is expected


def test_a_summer_job_asked_about_in_latin_typed_armenian_is_a_child_in_care():
    found = signals("erexas 14 tarekan a, uzum a amarvan ashxatanq gtni, orenqov karoxa?")
    assert "child" in found.hedged and not found.any


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tery asum a minchev 3000 dollar@ chtam pasports chi veradardzni", True),
        ("pasports chi ta minchev chvcharem", True),
        ("pasports tvel em konsulutyun, der chen veradardznum", False),
        ("es pasports chem ta iranc", False),
    ],
)
def test_a_passport_not_given_back_in_latin_typed_armenian(text, expected):
    assert ("documents" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("люди работодателя ходят за мной, когда я выхожу, и не дают ни с кем говорить", True),
        ("rabotodatelya lyudi hodyat za mnoj vsyudu, boyus vyjti", True),
        ("the boss's men follow me everywhere when i leave the house", True),
        ("kakoy to muzhik hodit za mnoy ot raboty do doma", True),
        ("мой кот ходит за мной по пятам весь день, это нормально?", False),
        ("my dog follows me everywhere", False),
        ("follow me on instagram for more recipes", False),
    ],
)
def test_being_followed_by_several_people_or_in_latin_letters_is_stalking_but_not_by_a_pet(text, expected):
    assert ("stalking" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm home now but they still call my mother every day and threaten her", True),
        ("вернулась домой, но и сюда приходят, требуют долг и угрожают", True),
        ("уже в армении, но каждый день звонят и угрожают маме", True),
        ("hayastan em ekel bayc iranq stex el en galis, sparnum en mamayis", True),
        ("I'm home now, all good, they stopped calling", False),
    ],
)
def test_threats_that_follow_the_person_home_are_not_over(text, expected):
    found = signals(text)
    assert ("threats" in found.affirmed and not found.over) is expected


def test_spaarni_is_a_threat_in_latin_typed_armenian():
    assert "threats" in signals("ter@ spaarnum a vor ete gnam, kspani").affirmed
    assert "threats" in signals("karox a gorcatu@ zangi mamayis u spaarni, amen or zangum en").affirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ter@ dokumentners chi talis arden 3 amis", True),
        ("dokumentnern vercrel en, chen talis", True),
        ("dokumentners der patrast chen, konsulutyunum en", False),
    ],
)
def test_documents_not_given_back_in_latin_typed_armenian(text, expected):
    assert ("documents" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "harmless"),
    [
        ("ches haskanum inch anem, vor@ hagnem, kapuyt te sev?", False),
        ("erevi ches el haskanum inch em asum, gnaci", True),
        ("կարծես չես հասկանում ինչ եմ ասում", True),
    ],
)
def test_not_knowing_what_to_do_is_not_the_bot_told_it_understands_nothing(text, harmless):
    assert (re.search(ctx.BOT_NOT_UNDERSTANDING, text) is not None) is harmless


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в больнице карантин по гриппу, посещения запрещены, когда откроют?", True),
        ("the hospital is under quarantine and they don't let anyone out, can I still visit my dad?", True),
        ("в общаге объявили карантин, неделю никого не выпускают, еду приносят", True),
        ("нас заперли якобы на карантин, хозяин забрал телефоны и паспорта", False),
        ("under the pretext of quarantine they locked us in the dorm for 3 weeks", False),
        ("Kazanum 'karantin' en asum, bayc mez pahum en, dur@ chen bacum", False),
    ],
)
def test_a_quarantine_declared_is_a_health_measure_not_one_given_as_a_pretext(text, expected):
    assert signals(text).harmless is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("obshagayum gisher@ 11-ic heto dur@ pakum en, kanon a?", True),
        ("в общаге после 23 не выпускают, это по правилам?", True),
        ("в общаге после 22 запирают снаружи и не выпускают даже в туалет", False),
    ],
)
def test_a_dormitory_curfew_in_latin_typed_russian_spelling(text, expected):
    assert signals(text).harmless is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Գիշերը միշտ մոռանում եմ դուռը փակել, կարա՞ս հիշեցնես", True),
        ("chmoranam dur@ pakel, hishecru 11-in", True),
        ("напомни закрыть дверь на ночь, я всегда забываю", True),
        ("I forgot to close the window, remind me at 10", True),
        ("մեզ փակել են սենյակում", False),
    ],
)
def test_a_door_the_writer_forgets_to_lock_is_a_chore(text, expected):
    found = signals(text)
    assert ("confinement" not in found.affirmed and found.harmless) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("կարո՞ղ ա գործատուն անձնագիր պահի, ընդհանուր եմ հարցնում, Ռուսաստան ենք գնալու", True),
        ("спрашиваю в общем: может ли работодатель держать паспорт у себя?", True),
        ("yndhanur em harcnum, gorcatun karox a pasport pahi?", True),
        ("ընդհանուր եմ հարցնում, բայց գործատուն անձնագիրս վերցրել ա ու չի տալիս", False),
    ],
)
def test_a_question_asked_in_general_before_the_trip(text, expected):
    found = signals(text)
    assert (found.rules_question and "documents" not in found.affirmed) is expected


def test_going_there_said_without_a_verb_of_travel_in_latin_typed_russian():
    found = signals("slyshal chto v dubae rabotodateli chasto zabirayut pasporta, eto zakonno? sobirayus tuda osenyu")
    assert "documents" in found.hedged and not found.any


@pytest.mark.parametrize(
    "text",
    [
        "mrsel em, qits pak a, gisher@ chem qnum, inch anem",
        "մրսել եմ, քիթս փակ ա, գիշերը չեմ քնում, ինչ խմեմ",
        "prostyla, nasmork, chto delat?",
        "caught a cold, can't sleep, what should i do",
        "у нас с соседями спор, чей забор и кто должен его красить",
        "harevanneri het vech unenq cankapati hamar, inch anenq",
    ],
)
def test_a_cold_and_a_neighbours_fence_are_everyday(text):
    assert signals(text).harmless


def test_a_cold_after_a_beating_is_not_a_pharmacists_question():
    assert not re.search(ctx.MEDICINE_QUESTION, "после побоев простыла, нос заложен, что делать")


@pytest.mark.parametrize(
    "text",
    [
        "раньше хозяин держал паспорт, теперь я дома, друзья каждый день пишут, всё хорошо",
        "last year my boss kept my passport, now i'm home and safe, they call me every day to check on me",
        "anca tari ter@ pasports pahum er, hima tun em, cnoxners amen or zangum en, amen inch lav a",
    ],
)
def test_friends_who_call_every_day_do_not_undo_an_ending(text):
    assert signals(text).resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the agent said if i complain to the police he will tell them i stole from him", True),
        ("хозяин сказал, если пойду в полицию, скажет ментам что я украл деньги", True),
        ("сын хозяйки сказал, если кому скажу, обвинит меня в краже", True),
        ("ter@ asec ete boxoqem kasi ostikanutyan@ vor goxacel em", True),
        ("տերը ասեց եթե բողոքեմ կասի ոստիկանությանը որ գողացել եմ", True),
        ("police will tell them if i stole anything? my bag was searched at the airport", False),
    ],
)
def test_a_false_accusation_of_theft_held_over_the_person_is_a_threat(text, expected):
    assert ("threats" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ընկերս շինհրապարակից ընկել ա, ոտքը կոտրվել ա, տերը ասում ա հիվանդանոց չենք տանի", True),
        ("տղաս մրսել ա, բժիշկն ասում ա հիվանդանոց չենք տանի, տանը բուժեք", False),
    ],
)
def test_the_boss_saying_we_will_not_take_him_to_hospital_in_armenian(text, expected):
    assert ("care_denied" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Լեհաստանում ենք, ագենտը ասում ա ամեն ամիս 500 եվրո պիտի տանք, թե չէ կուղարկի Հայաստան", True),
        ("otherwise he will send us back to armenia with nothing", True),
        ("иначе отправит домой без денег", True),
        ("убирай комнату, а то отправлю к бабушке", False),
        ("do your homework or else i will send you to your room", False),
    ],
)
def test_sent_back_unless_the_person_pays_or_obeys_is_a_threat(text, expected):
    assert ("threats" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("говорят долг за дорогу не отработали", True),
        ("ya na sklade, govoryat dolg za dorogu ne otrabotali", True),
        ("mez asum en parti hamar petq a 2 tari anvchar ashxatenq", True),
        ("долг другу не вернул ещё, стыдно", False),
    ],
)
def test_a_debt_for_the_journey_not_yet_worked_off_is_debt(text, expected):
    assert ("debt" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("podruga v gruzii, ee muzh zaper v dome i ne daet edu", True),
        ("муж запер в доме и не дает есть", True),
        ("ya zaper dver v komnate i leg spat", False),
        ("я запер дверь в комнате и лёг спать", False),
    ],
)
def test_locked_in_a_house_with_the_object_left_out(text, expected):
    assert ("confinement" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ya v depressii posle razvoda, hozhu k psihologu, stalo luchshe", True),
        ("после развода была депрессия, хожу к психологу, стало лучше", True),
        ("хожу к психологу, но стало только хуже, не хочу жить", False),
    ],
)
def test_a_low_now_better_with_a_psychologist_in_the_first_person(text, expected):
    assert signals(text).harmless is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hospital refused my friend bc no documents, hes coughing blood since 2 days, we dont know where to go", True),
        ("the hospital turned my brother away, he has a fever of 40 and no insurance", True),
        ("u nee insult, v bolnice trebuyut oplatu vpered, bez deneg ne kladut", True),
        ("у отца инфаркт, в больнице без денег не кладут", True),
        ("hivandanocum aranc poxi chen parkecnum, papas insult a tarel", True),
        ("մայրս ինսուլտ ա տարել, հիվանդանոցում առանց փողի չեն պառկեցնում", True),
        ("the hospital refused my friend a sick note, is that legal?", False),
        ("в больнице требуют оплату вперед за анализы, это нормально?", False),
    ],
)
def test_a_severe_illness_turned_away_or_not_admitted_without_money(text, expected):
    assert ("care_denied" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he locked the door again when he left", True),
        ("my boss locks the gate every time he leaves, we stay inside all day", True),
        ("опять запер дверь когда ушел", True),
        ("hozyain opyat zaper dver kogda uehal, my vnutri bez edy", True),
        ("misht dur@ kxpum a gnum, mez toxum a mej@", True),
        ("էլի դուռը կողպեց գնաց", True),
        ("I locked the door when I left for work, then realised the iron was on", False),
        ("я опять закрыл дверь когда ушел на работу?", False),
        ("мой сосед опять закрыл дверь в подъезд когда уходил, а у меня нет ключа", False),
    ],
)
def test_someone_who_locks_the_door_as_they_leave_again_is_confinement(text, expected):
    assert ("confinement" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kak mne otsuda vybratsya esli dokumentov net a ohrannik vse vremya u vorot", True),
        ("как отсюда сбежать, охрана круглые сутки у ворот", True),
        ("how can i escape, there is a guard at the gate day and night", True),
        ("ոնց փախչեմ, պահակը միշտ դարպասի մոտ ա կանգնած", True),
        ("how do i get out of the parking lot, the guard at the gate wants a ticket", False),
        ("как выехать со стоянки, охранник у ворот просит талон", False),
    ],
)
def test_how_to_get_out_with_a_guard_at_the_gate_is_confinement(text, expected):
    assert ("confinement" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el chem uzum arthnanam aravotyan", True),
        ("aylevs chem uzum zartnem", True),
        ("էլ չեմ ուզում արթնանամ, հոգնել եմ ամեն ինչից", True),
        ("uzhe dumayu kak eto sdelat chtoby ne bolno bylo", True),
        ("думаю как это сделать чтобы не больно, всё надоело", True),
        ("mtacum em vonc anem vor cav chlini, el chem dimanum", True),
        ("մտածում եմ ոնց անեմ, որ ցավ չլինի", True),
        ("i keep thinking how i would do it painlessly, im done", True),
        ("el chem uzum artnanal aravotyan 7-in, nor ashxatanq em pntrum", False),
        ("как это сделать чтобы не больно, ребенку нужно сделать укол", False),
        ("думаю как это сделать чтобы не больно, хочу проколоть уши", False),
    ],
)
def test_never_waking_up_and_how_to_do_it_painlessly_are_self_harm(text, expected):
    assert ("self_harm" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("экзамен на патент меня убьет, где бесплатно подготовиться по русскому?", "threats"),
        ("the finals are gonna kill me, need coffee", "threats"),
        ("լուր կարդացի որ Թուրքիայում հայ աշխատողների անձնագրեր են վերցրել, ճիշտ ա՞", "documents"),
        ("I read the news that workers' passports were taken in Qatar, is that true?", "documents"),
        ("երեխաս 17 տարեկան ա, ամռանը ուզում ա մատուցող աշխատի, օրենքով կարելի ա՞", "child"),
        ("tgas 16 tarekan a, ampan uzum a kafeum ashxati, orenqov karelia?", "child"),
        ("myus amis Sochi em gnum, gorcatun@ asum a pasports ira mot a pahelu, normal a? hamadzaynem te che", "documents"),
        ("next month I fly to Dubai, the agency says they will keep my passport, should I agree?", "documents"),
        ("ասում են Սաուդյան Արաբիայում տնային աշխատողներին ծեծում են, ապահով գործակալություն կա՞", "violence"),
        ("people say migrants in Russia get beaten, is there a safe agency to go through?", "violence"),
        ("tas tari araj mi angam mtacel em inqnaspanutyan masin, hima lav em u psixologi mot em gnum, harc unem", "self_harm"),
    ],
)
def test_an_exam_the_news_a_teenager_s_job_terms_before_the_trip_and_a_safe_agency_explain_the_words(text, category):
    found = signals(text)
    assert category not in found.affirmed and category in found.hedged


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my boss took my passport and says he will keep it until I pay, is it normal? should I agree? next month I go home", "documents"),
        ("people say migrants get beaten there, my brother is there now and they beat him, is there a safe agency?", "violence"),
    ],
)
def test_a_passport_already_taken_or_the_writer_s_own_case_stays_affirmed(text, category):
    assert category in signals(text).affirmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ընկերուհիս Դուբայում նանիա ա, շատ գոհ ա, ինձ էլ ա կանչում, ինչ վիզա ա պետք", True),
        ("my cousin works in Poland, he's very happy, he invites me too, what documents do I need?", True),
        ("я запер дверь в комнате и лёг спать", True),
        ("i locked my bedroom door and went to sleep early", True),
        ("դուռը կողպեցի ու քնեցի", True),
        ("подруга в Дубае очень довольна, зовет меня, но там паспорт забирают и не выпускают", False),
    ],
)
def test_a_friend_content_abroad_who_invites_and_a_door_locked_before_sleep_are_everyday(text, expected):
    assert signals(text).harmless is expected


def test_a_silence_explained_by_a_voyage_is_explained():
    assert signals("amusins 3 or a chi zangum, bayc gitem vor reysi mej a, tex@ internet chka, sovorakan a mer mot").explained


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("տղաս էլի ընկերների մոտ ա գիշերում, զանգեց ասեց վաղը կգա", True),
        ("brat ne otvechaet 2 dnya, potom pozvonil skazal chto zavtra pridet", True),
        ("брат в рейсе, связи нет, позвонил сказал что через неделю вернётся", True),
        ("he called to say he will come home tomorrow", True),
        ("сестра позвонила, сказала что вернется, но хозяин не отпускает её", False),
    ],
)
def test_someone_silent_who_called_to_say_they_will_come_is_an_ordeal_over(text, expected):
    assert signals(text).over is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he said he will call the police and say i stole", True),
        ("they will call migration and deport me", True),
        ("if i leave he will call the police and have me arrested", True),
        ("I'll tell the police he stole my bike", False),
        ("I want to call the police, my neighbour stole my car", False),
        ("i will call the police to arrest him", False),
    ],
)
def test_the_police_called_against_the_person_not_by_them_is_a_threat(text, expected):
    assert ("threats" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("мой сосед опять закрыл дверь в подъезд когда уходил, а у меня нет ключа", True),
        ("the neighbour shut the building door and i don't have a key", True),
        ("the front door is locked from outside, we don't have a key, the boss locks us in every night", False),
    ],
)
def test_an_entrance_door_shut_and_no_key_is_being_locked_out(text, expected):
    assert signals(text).harmless is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("соседи сверху опять шумят всю ночь, убил бы", True),
        ("sosedi opyat shumyat vsyu noch, ubil by", True),
        ("the neighbours are so loud every night, i could kill them", True),
        ("հարեվանները ամբողջ գիշեր աղմկում են, կսպանեի", True),
        ("начальник орёт что убил бы меня если уйду, шум на стройке", False),
    ],
)
def test_anger_at_a_noise_wished_not_meant_is_everyday(text, expected):
    assert signals(text).harmless is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she hasn't answered for a week, the employer says she ran away but her things are still there", True),
        ("хозяйка говорит что она сбежала, но все её вещи и паспорт остались там", True),
        ("hozyain govorit chto ona sbezhala, no veshchi ostalis", True),
        ("տերը ասում ա որ փախել ա, բայց իրերը ու անձնագիրը մնացել են", True),
        ("he said he left early, his bag is still there in the office", False),
    ],
)
def test_the_employer_saying_she_ran_away_with_her_things_left_is_missing(text, expected):
    assert ("missing" in signals(text).affirmed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("вчера напился и ничего не помню, голова болит", True),
        ("got so drunk last night, hungover now", True),
        ("вчера в баре мне что-то подсыпали, ничего не помню", False),
        ("они забрали мои вещи из химчистки не ту куртку", True),
        ("ամուսինս երկու օր ա գործուղման ա, զանգում ա ամեն երեկո", True),
        ("my husband is on a business trip and calls me every evening", True),
        ("my sister calls me every evening crying", False),
    ],
)
def test_a_hangover_an_errand_and_a_partner_who_calls_from_a_trip_are_everyday(text, expected):
    assert signals(text).harmless is expected
