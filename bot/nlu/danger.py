"""Danger signals in a message: a lexicon per language with negation, condition and past markers.

The lexicon alone does not decide (everyday idioms share its words: "this traffic is killing
me"); it gives the danger classifier (`bot/components/danger_detector.py`) features and a
second, lower bar for messages that name a concrete danger. Patterns run on normalised text:
Latin-typed Armenian and Russian are matched in their folded spelling (`fold_transliteration`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.nlu.normalise import fold_transliteration, light

# Category -> patterns. One list serves a script: Latin patterns cover English and the folded
# spellings of Latin-typed Russian (ru) and Armenian (hy); Cyrillic and Armenian their own.
_NEAR = r"[^.?!]{0,40}?"
SIGNALS: dict[str, dict[str, tuple[str, ...]]] = {
    "documents": {
        "latn": (
            r"\b(passports?|documents?|papers) (is |are )?with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager|foreman|broker)",
            r"\bpasport\w* u (?!menya|nas|tebya|sebya|vas)\w+",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b(chi tvel|chen tvel|takcr|girav)",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b\w+i mot (a|e|en)\b",
            rf"\b(took|take[ns]?|taking|keep(s|ing)?|kept|hold(s|ing)?|held|confiscat\w*|stole|stolen|hid|hides|hiding|grabbed|won'?t (give|return)|refus\w* to (give|return)|not (give|giving|return\w*))\b{_NEAR}\b(passports?|documents?|papers|ids?|id cards?)\b",
            rf"\b(passports?|documents?|papers)\b{_NEAR}\b(taken|kept|confiscated|with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager))\b",
            rf"\b(zabral|otobral|otnyal|zabira|otbira|derzh|uderzh|spryat|ne otda|ne vozvrash)\w*{_NEAR}(pasport|dokument)",
            rf"(pasport|dokument)\w*{_NEAR}(?<!ne )\b(zabral|otobral|ne otda|derzh|u (nego|nee|nih|hozyaina|nachalnika|brigadira|agenta|rabotodatelya))",
            rf"\b(ancnag|pastatxt|dokument)\w*{_NEAR}(?<!chi )(?<!chen )(?<!chem )\b(vercr|vercn|vercel|taran|tarel|pah|xl|chen tal|chi tal|chen veradardz|takc)\w*",
            rf"\b(vercr|vercn|vercel|pahum|xlel|takcr)\w*{_NEAR}\b(ancnag|pastatxt|dokument)",
        ),
        "cyrl": (
            r"(паспорт|документ)\w* у (?!меня|нас|тебя|себя|вас)\w+",
            rf"(забрал|отобрал|отнял|забира|отбира|держ|удержива|спрят|не отда|не возвраща|не верну)\w*{_NEAR}(паспорт|документ)",
            rf"(паспорт|документ)\w*{_NEAR}(?<!не )(забрал|отобрал|не отда|держ|у (него|нее|них|хозяина|начальника|бригадира|агента|работодателя))",
        ),
        "armn": (
            r"(անձնագ|փաստաթղթ)\S*[^.?!]{0,25}(չի տվել|չեն տվել|թաքցր|գրավ)",
            r"(անձնագ|փաստաթղթ|փաստաթուղթ)\S*[^.?!]{0,25}\S+ի մոտ (ա|է|են)",
            rf"(անձնագ|փաստաթղթ|փաստաթուղթ)\S*{_NEAR}(?<!չի )(?<!չեն )(?<!չեմ )(վերցր|վերցն|վերցել|տար(ան|ել|ավ|եց)|պահ|խլ|չեն տալիս|չի տալիս|չեն վերադարձն|չի վերադարձն|թաքց)",
            rf"(վերցր|վերցն|վերցել|պահում|խլել|թաքցր)\S*{_NEAR}(անձնագ|փաստաթղթ|փաստաթուղթ)",
        ),
    },
    "confinement": {
        "latn": (
            r"\b(tun|durs) chen toxni|\bdurs ches ga|\bvaxenum (a|em) durs gal",
            r"\b(zakryli|zakryvayut|zapirayut)\w* (nas|menya|snaruzhi|v)\b|\b(uiti|uyti|vyiti|vyyti|uehat) ne da(yut|et)|\bne (otpustyat|vypustyat|vyydu|vyidu)\b",
            r"\b(locked? (us |me )?from (the )?outside|afraid to (go out|leave))\b",
            r"\block(ed|s|ing)? (me|us|him|her|them|my \w+)( and [\w ]{1,20})? (in|inside|up)\b",
            r"\b(won'?t|don'?t|doesn'?t|not) (let|allow) (me|us|him|her|them)( to)? (leave|go|come|get out|quit|call|see|return|phone|talk)",
            r"\b(can'?t|cannot|not allowed to) (leave|escape|get out|go out|go outside|go home|run away|quit)\b",
            r"\b(held|kept|keeping|holding|hold|keep) (me |us |him |her |them )?(against|captive|hostage|prisoner|locked|here|there|inside)\b",
            r"\bagainst (my|his|her|their|our) will\b",
            r"\b(zaperl|zapira|vzaperti|ne otpuska|ne vypuska|ne puska|ne dayut (uyti|vyyti|uehat|pozvonit)|nelzya (vyhodit|uyti|uehat)|ne mogu (uyti|vyyti|uehat|sbezhat|vernutsya))",
            r"\b(pak(el|um|vac|ecin)|durs chen tox|durs chi tox|chen toxnum|chi toxnum|tuyl chen tal|chem karox\w* (durs gal|heranal|gnal|paxchel|veradarnal)|pahum en (mez|indz|nran))",
        ),
        "cyrl": (
            r"(закрыли|закрывают|запирают)\w* (нас|меня|снаружи|в)\b|(уйти|выйти|уехать) не да(ют|ет)|не (отпустят|выпустят|выйду)\b|боится выходить|боюсь выходить",
            r"(заперл|запира|взаперти|не отпуска|не выпуска|не пуска|не дают (уйти|выйти|уехать|позвонить)|нельзя (выходить|уйти|уехать)|не могу (уйти|выйти|уехать|сбежать|вернуться)|держат (нас|меня|ее|его)|в подвале)",
        ),
        "armn": (
            r"(տուն|դուրս) չեն թողնի|դուրս չես գա|վախենում (ա|եմ) դուրս գալ",
            r"(փակ(ել|ում|ված|եցին)|դուրս չեն թող|դուրս չի թող|չեն թողնում|չի թողնում|թույլ չեն տալիս|թույլ չի տալիս|չեմ կարող\S* (դուրս գալ|հեռանալ|գնալ|փախչել|վերադառնալ)|պահում են (մեզ|ինձ|նրան)|նկուղ)",
        ),
    },
    "debt": {
        "latn": (
            r"\b(dolzhn|dolzhen)\w* (za|im)\b|\bdolg\w* (tolko |vse )?rast|\bpartk (em|enk)\b|\bpartk\w* mecan",
            r"\b(i|we) owe (them|him|her|the (agent|boss|broker|owner))\b|\bdebt (keeps |only )?grow",
            r"\b(owe|owes|owed|debt)\b[^.?!]{0,60}\b(until|before|can'?t|cannot|won'?t let|not let|work (it )?off|pay (it )?off)\b",
            r"\bwork (it |this |the debt )?off\b",
            r"\b(pay|owe)\b[^.?!]{0,40}\bbefore (i|we|he|she|they) (can|could|may) (go|leave|return|quit)\b",
            r"\b(otrabat|otrabot)\w*|\b(dolg|dolzhen|dolzhn)\w*[^.?!]{0,40}(ne otpuska|poka ne|uyti|uehat)",
            r"\bpartk\w*[^.?!]{0,40}(chen tox|chi tox|minchev|heto)",
            r"\b(piti|petk e|petq a|petka) tam\b[^.?!]{0,30}\b(nor|heto|minchev)\b[^.?!]{0,20}\b(tun|het)\b",
        ),
        "cyrl": (
            r"(долж(ен|на|ны)) (за|им)\b|долг\w* (только |все )?раст",r"(отрабат|отработ)\w*", r"(долж(ен|на|ны)|над?о) (заплатить|отдать|вернуть)[^.?!]{0,40}(тогда|потом|только|пока)[^.?!]{0,20}(домой|уехать|уйти)", r"(долг|должен|должн)\w*[^.?!]{0,40}(не отпуска|пока не|уйти|уехать)"),
        "armn": (
            r"պարտք (եմ|ենք)\b|պարտք\S* մեծան",r"պարտք\S*[^.?!]{0,40}(չեն թող|չի թող|մինչև|հետո)", r"(պիտի|պետք ա|պետք է) տամ[^.?!]{0,30}(նոր|հետո|մինչև)[^.?!]{0,20}(տուն|հետ)"),
    },
    "unpaid": {
        "latn": (
            r"\bhaven'?t (received|got|been given) (my |any |a )?(salary|pay|wages?|money)\b",
            r"\b(ashxatavard|pox|pogh)\w*[^.?!]{0,20}\b(chem stacel|chi stanum|chenk stacel)|\bni kopeyki|\bmi kopek chen|\bzarplat\w* ne (poluch|vid)",
            r"\b(not|haven'?t|hasn'?t|never|didn'?t|don'?t|doesn'?t|won'?t|no) (been )?(paid|pay(ing)?)\b[^.?!]{0,40}\b(months?|weeks?|leave|home|quit)",
            r"\b(zero|no) (salary|pay|wages?)\b",
            r"\bno (passport|documents?|papers)\b[^.?!]{0,30}\bno (money|phone)\b",
            r"\b(ne plat|ne zaplat|ne vyplach|bez zarplat|zarplatu ne)\w*",
            r"\b(ashxatavard|ashxatavarc|pox|gumar)\w*[^.?!]{0,30}\b(chen tal|chen tvel|chen vchar|chi tal|chi vchar)",
        ),
        "cyrl": (
            r"(зарплат|денег)\w*[^.?!]{0,20}не (получа|получил|видел)|ни копейки",r"(не плат|не заплат|не выплач|без зарплат|зарплату не)\w*",),
        "armn": (
            r"(աշխատավարձ|փող)\S*[^.?!]{0,20}(չեմ ստացել|չի ստանում|չենք ստացել)|մի կոպեկ չեն",r"(աշխատավարձ|փող|գումար)\S*[^.?!]{0,30}(չեն տալիս|չեն տվել|չեն վճար|չի տալիս|չի վճար)", r"չեն վճարում"),
    },
    "threats": {
        "latn": (
            r"\b(ubyet|ubet|chto-?to sluchitsya|pozvonit v migracion\w*|ban kpatahi|kzangi|demkd klini|v sleduyushi\w* raz budet lico)\b",
            r"\bsomething (bad )?will happen to\b|\bnext time (it'?ll|it will) be (your|my) face|\bcall (the )?(police|migration) (on me|and say)\b",
            r"\bthreat\w*",
            r"\b(kill|hurt|harm|beat) (me|us|my (family|kids?|children|wife|husband|parents|mother|mom))\b",
            r"\b(they|he|she)('ll| will) (kill|hurt|harm|deport|report|find (me|us))\b",
            r"\b(ugrozh|ugroz|ubyu|ubyut|sdadut v polic|zakopa)\w*",
            r"\b(sparn|kspan|kvnas|ktax|kt'ax)\w*",
            r"\b(acid|bury (me|us|you|him|her)|buried|burn (me|us|my))\b",
        ),
        "cyrl": (
            r"что-?то случится|позвонит в миграцион|в следующий раз (будет )?лицо",r"(угрожа|угроз|убью|убьют|убьет|сдадут в полиц|грозятся|грозит|закопа|кислот)\w*",),
        "armn": (
            r"բան կպատահի|կզանգի|դեմքդ կլինի",r"(սպառն|կսպան|կվնաս|կթաղ)\S*",),
    },
    "violence": {
        "latn": (
            r"\b(knife|nozh\w*|danak|palk\w*|bet nas|byut)\b|\bbreak(ing)? (down )?the door|\blomitsya\b|\bjardum a\b",
            r"\b(beat|beats|beating|hit|hits|hitting|punch\w*|kick(s|ed|ing)?|slap\w*|chok\w*|strangl\w*) (me|us|him|her|them|my (wife|kids?|children|mom|mother|sister|daughter|son|brother))\b",
            r"\b(beaten|rape[ds]?|raping|assault(ed)?|abus(e|es|ed|ing)|grop(e|es|ed|ing)|molest\w*)\b",
            r"\b(izbiva|izbil|udaril|iznasil|nasil|b(yet|yut) (menya|nas))\w*",
            r"\b(cec(um|el|ec|i)|xp(um|el|ec)|brnabar|brnut)\w*",
        ),
        "cyrl": (
            r"\bбьют\b|бьет нас|палк(ой|ами)|\bнож\w*|ломится в дверь|крушит",r"(избива|избил|ударил|изнасил|насил|бь(ет|ют) (меня|нас|ее|его|мою|моего)|домогает)\w*",),
        "armn": (
            r"դանակ|ջարդում ա|դուռն ա ջարդ",r"(ծեծ(ում|ել|եց|ի)|խփ(ում|ել|եց)|բռնաբար|բռնությ)\S*",),
    },
    "exploitation": {
        "latn": (
            r"\b(comes?|came) into my room\b|\bsends? (me|us|her) to (men|clients)\b|\bforced? to beg|\bmake (me|us|them) beg|\bprosit (dengi|milostynyu)|\botpravlyayut k muzh\w*|\bmtnum a senyak|\btxamardkanc mot\b|\bmural\b",
            r"\bmake (me|her|us|them) (go|sleep|be|dance) with (clients|men|customers)\b",
            r"\b(prostitut\w*|brothel|sex work|sleep with (clients|men|customers)|forc\w* (me|us|her|him|them|my \w+) (to|into)|forced to work|(was|were|been|being) trafficked|sold (me|her|him|us|them))\b",
            r"\b(prostitu|bordel|zastavlya|prinuzhd|prodal[iy]? (menya|ee|ego|nas)|kak raby|v rabstve)\w*",
            r"\b(marmnavachar|pornk|stip(um|el|ecin)|harkadr|vacharel en|struk)\w*",
        ),
        "cyrl": (
            r"заходит ко мне в комнату|отправляют к (мужчинам|мужикам|клиентам)|просить (деньги|милостыню)|попрошайнич",r"(проститу|бордел|заставля|принужда|продал[иа]? (меня|ее|его|нас)|как раб(ы|ов)|в рабстве)\w*",),
        "armn": (
            r"մտնում ա սենյակ|տղամարդկանց մոտ|մուրալ",r"(մարմնավաճառ|պոռնկ|ստիպ(ում|ել|եցին)|հարկադր|վաճառ(ել|եցին) (ինձ|նրան|մեզ)|ստրուկ)\S*",),
    },
    "self_harm": {
        "latn": (
            r"\birers bajanum|\baveli lav a es chlinem|\bhaber\w* (\w+ )?(havak|xmel|kul)|\btanik em barcr|\bimast chem tesnum|\bdzerker\w* (em )?ktr|\bhognel em amen inch",
            r"\b(razdayu|razdal) (svoi )?veshi|\bluchshe by menya ne bylo|\b(koplyu|nakopil|kopit) tabletki|\btabletki\w* (koplyu|nakopil)|\bna kryshu\b|\bne vizhu smysla|\brezhu (sebe )?(ruki|veny)|\bustal ot vsego",
            r"\b(giving|give) (away )?(all )?my (things|stuff)|\bbetter if i (wasn'?t|weren'?t) here|\bbetter without me|\b(see|there'?s) no (point|sense|reason)\b|\bcut(ting)? my (arms|wrists)|\btired of (living|everything)\b|\broof tonight\b",
            r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (my ?self|myself)\b",
            r"\bsuicid\w*",
            r"\b(want|wanna|going|gonna|ready) to die\b",
            r"\b(end|ending) (my life|it all|everything)\b",
            r"\b(don'?t|do not|dont) want to (live|be alive|wake up|exist)\b",
            r"\bno (point|reason|sense) (in|to) (living|live|go on)\b",
            r"\b(collect\w*|sav(ed|ing) up|stockpil\w*|hoard\w*) (the |my |some )?(pills|tablets)\b|\b(pills|tablets) (are )?ready\b|\bbetter (off )?dead\b|\brather (be dead|die)\b|\bgoodbye (letters?|notes?)\b|\btook (a lot of|all the|many) pills\b|\bjump off\b",
            r"\b(ne hochu (bolshe |uzhe )?zhit|pokonchit s soboy|samoubiy|hochu umeret|net smysla zhit|rezhu sebya|vskryt veny|luchshe (by )?(ya )?umer|tabletki (uzhe )?(est|gotovy|sobral|nakopil))",
            r"\b(chem uzum (\w+ ){0,2}apr|inknaspan|uzum em mern|indz spanel|aprelu imast|verj tal|aveli lav a mern|aveli lav e mern|mernem|haber\w* (havakel|havakum|xmel|kul))",
        ),
        "cyrl": (
            r"(раздаю|раздала|раздал) (свои )?вещи|лучше бы меня не было|(коплю|накопил\w*|копить) таблетки|таблетки (коплю|накопил)|на крышу|не вижу смысла|режу (себе )?(руки|вены)|устал\w* от всего",r"(не хочу (больше |уже )?жить|лучше (бы )?(я )?умер|таблетк\w* (уже )?(есть|готов|собрал|накопил)|жить не хочу|покончить с собой|суицид|самоубий|убить себя|хочу умереть|нет смысла жить|смысла жить|режу себя|порезал себя|вскрыть вены|наглотал)",),
        "armn": (
            r"իրերս բաժանում|ավելի լավ ա ես չլինեմ|հաբեր\S* (\S+ )?(հավաք|խմ|կուլ)|տանիք եմ բարձր|իմաստը չեմ տեսնում|ձեռքեր\S* (եմ )?կտր|հոգնել եմ ամեն ինչից|(ամեն ինչ|ամենը)[^.?!]{0,20}վերջան",r"(չեմ ուզում (\S+ ){0,2}ապր|ինքնասպան|ուզում եմ մեռն|մեռնեմ|հաբեր\S* (հավաքել|հավաքում|խմել|կուլ)|ինձ սպանել|ապրելու իմաստ|վերջ տալ|ինձ վնաս)",),
    },
    "stalking": {
        "latn": (r"\b(stalk\w*|following me|follows me|follow me home|keeps? showing up at my)\b", r"\b(presledu|sledit za mnoy)\w*", r"\bhetapnd\w*"),
        "cyrl": (r"(преследу|следит за мной|ходит за мной)",),
        "armn": (r"(հետապնդ|հետևում է ինձ)",),
    },
    "isolation": {
        "latn": (
            r"\b(took|take[ns]?|taking|smashed|broke|check(s|ed)?|read(s)?) (away )?(my|our|his|her) phones?\b",
            r"\b(someone else'?s|a stranger'?s|borrowed) phone\b",
            r"\b(telefon\w*) (otobral|zabral|otnyal|ne dayut|proveryayut)|\b(otobral|zabral|otnyal)\w* telefon|s chuzhogo (telefona|nomera)?\b|telefony? (tut |zdes )?ne dayut",
            r"\b(heraxos|herakhos)\w*[^.?!]{0,20}\b(xlel|vercr|stugum|chen tal|jard)|urishi heraxos",
        ),
        "cyrl": (r"(телефон\w*) (отобрал|забрал|отнял|не дают|проверяют|разбил)|(отобрал|забрал|отнял|разбил)\w* (мой |мне )?телефон|с чужого( телефона| номера)?\b|телефон\w* (тут |здесь )?не дают",),
        "armn": (r"հեռախոս\S*[^.?!]{0,20}(խլել|վերցր|ստուգում|չեն տալիս|ջարդ)|ուրիշի հեռախոս",),
    },
    "child": {
        "latn": (
            r"\b(1[0-7]|[4-9])[ -]?(year|yr)s?[ -]old\b[^.?!]{0,80}\b(alone|works?|working|sells?|selling|begs?|begging|kept|keeps?|don'?t let|doesn'?t let|not let|no one|nobody|took|takes)\b",
            r"\b(1[0-7]|[4-9]) (let|god)\w*[^.?!]{0,80}(odin|odna|rabota|torgu|prodae|ne otpuska|derzh)",
            r"\b(1[0-7]|[4-9]) tarekan\w*[^.?!]{0,80}(menak|ashxat|cax|vachar|chen tox|pahum|taran)",
        ),
        "cyrl": (r"\b(1[0-7]|[4-9]) (лет|год)\w*[^.?!]{0,80}(один|одна|работа|торгу|прода|не отпуска|держ)",),
        "armn": (r"\b(1[0-7]|[4-9]) տարեկան\S*[^.?!]{0,80}(մենակ|աշխատ|ծախ|վաճառ|չեն թող|պահում|տարան)",),
    },
    "missing": {
        "latn": (
            r"\b(no contact|can'?t reach (her|him|them)|not answering|stopped answering|haven'?t heard from)\b[^.?!]{0,60}\b(days|weeks?|months?)\b",
            r"\b(days|weeks?|months?)\b[^.?!]{0,30}\b(no contact|not answering|no news)\b",
            r"\b(kap chka|kap chunenk|ne vyhodit na svyaz)\b[^.?!]{0,40}\b(or|shabat|amis|dn|nedel|mesya)\w*",
            r"\b(or|orer|shabat|amis|dney|dnya|nedel\w*|mesya\w*)\b[^.?!]{0,15}\b(kap chka|ne vyhodit na svyaz)\b",
        ),
        "cyrl": (r"(не выходит на связь|не отвечает|связи нет)[^.?!]{0,40}(дн|недел|месяц)", r"(дн|недел|месяц)\w*[^.?!]{0,15}(не выходит на связь|связи нет)"),
        "armn": (r"(կապ չկա|կապ չունենք)[^.?!]{0,40}(օր|շաբաթ|ամիս)", r"(օր|շաբաթ|ամիս)\S*[^.?!]{0,15}(կապ չկա|կապ չունենք)"),
    },
    "plea": {
        "latn": (
            r"\b(they found me|i'?m hiding|they'?re (close|near|coming)|menya nashli|pryachus|oni (uzhe )?ryadom|gtel en indz|taknvel em|arden mot en)\b",r"\b(sos|save (me|us)|rescue (me|us)|pomogite|spasite|ognek|prkek|i'?m (so )?(scared|afraid)|mne strashno|vaxenum em)\b",),
        "cyrl": (
            r"меня нашли|прячусь|они (уже )?рядом",r"(помогите|спасите|мне страшно)",),
        "armn": (
            r"գտել են ինձ|թաքնվել եմ|արդեն մոտ են",r"(օգնեք|փրկեք|վախենում եմ)",),
    },
    "stranded": {
        "latn": (
            r"\bni deneg,? ni (pasporta|bileta)|\bvoch (haci )?(pox|pogh) unem,? voch\b|\bno money,? no (passport|ticket)",
            r"\b(no|don'?t have|haven'?t got|without) (money|a ticket|ticket)\b[^.?!]{0,30}\b(home|back|return)",
            r"\bcan'?t (go|get|return) (back )?home\b",
            r"\b(net deneg na (bilet|dorogu)|ne na chto (vernutsya|uehat))",
        ),
        "cyrl": (
            r"ни денег,? ни (паспорта|билета)",r"(нет денег на (билет|дорогу)|не на что (вернуться|уехать))",),
        "armn": (
            r"ոչ (հացի )?փող ունեմ,? ոչ",r"(տուն|հետ) (չեմ|չենք) կարող\S* (գնալ|վերադառնալ)",),
    },
}
# A signal right after one of these (at most one word between) is denied: "they did not take my
# passport", "չեն ծեծում". Armenian and Russian negate each verb, so the window is short.
_NEGATORS = {
    "latn": r"not|never|no|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t|nobody|ne|net|nikto|nikogda|chen|chi|chem|chenk|chein|cher|voch|erbek",
    "cyrl": r"не|нет|никто|никогда|ни",
    "armn": r"չեն|չի|չեմ|չենք|չէին|չէր|ոչ|երբեք",
}
_NEGATION = {script: rf"(^|\s)({words})\s+(\S+\s+)?$" for script, words in _NEGATORS.items()}
# ... and after one of these in its clause it is a condition or a general question: "what if they take my passport".
_CONDITION = {
    "latn": r"\b(if|whether|in case|what happens when|esli|ete|yete|te)\b",
    "cyrl": r"(\bесли\b|\bв случае\b|\bли\b)",
    "armn": r"(եթե|\bթե\b)",
}
_PAST = {
    "latn": r"\b(ago|used to|last year|in the past|back then|nazad|ranshe|v proshlom|arach|araj|naxkinum)\b",
    "cyrl": r"(назад|раньше|в прошлом|когда-то)",
    "armn": r"(առաջ|նախկինում)",
}
# The story is over: the person is home, safe, or has the documents back.
_RESOLVED = {
    "latn": r"\b(now (i'?m|we'?re|he'?s|she'?s|i am) (home|back|fine|safe|ok|okay)|(i'?m|i am|we'?re) (home|back home|safe) now|got (it|them|my passport|my documents) back|everything is (fine|ok|okay) now|all (good|fine) now|already (home|back)|seychas (ya )?doma|uzhe doma|vse (normalno|horosho|norm)|hima (tann|lav)|arden (tann|yerevan|hayastan)|amen inch lav)\b",
    "cyrl": r"(сейчас (я |мы |он |она )?дома|уже дома|вс[её] (нормально|хорошо|норм)|вернули паспорт|паспорт вернули)",
    "armn": r"(հիմա (տանն|լավ)|արդեն (տանն|Երևանում|երևանում|Հայաստանում|հայաստանում)|ամեն ինչ լավ)",
}
# A threat is a condition by nature: "if you run away, we will hurt your mother".
_UNCONDITIONAL = frozenset({"threats"})
_CLAUSE = re.compile(r"[.?!;]")


@dataclass(frozen=True)
class Signals:
    """What the lexicon found in one message."""

    affirmed: frozenset[str]  # categories stated as happening
    denied: frozenset[str]  # categories negated ("did not take")
    conditional: frozenset[str]  # categories under a condition ("if they take")
    past: bool  # a past-time marker anywhere
    resolved: bool = False  # the message says it is over ("now i'm home and fine")

    @property
    def any(self) -> bool:
        """True when a danger is stated as happening and not said to be over."""
        return bool(self.affirmed) and not self.resolved


CATEGORIES = tuple(SIGNALS)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {"latn": [], "cyrl": [], "armn": []}
    for category, scripts in SIGNALS.items():
        for script, patterns in scripts.items():
            table[script] += [(category, re.compile(p)) for p in patterns]
    return table


def _forms(text: str) -> list[tuple[str, str]]:
    """(script, text) pairs to match: Latin text also in its Armenian and Russian foldings."""
    base = light(text)
    forms = [("cyrl", base), ("armn", base)]
    latin = {base, fold_transliteration(base, "hy"), fold_transliteration(base, "ru")}
    return forms + [("latn", form) for form in sorted(latin)]


@lru_cache(maxsize=65536)
def signals(text: str) -> Signals:
    """The danger signals in a message, each affirmed, denied or under a condition."""
    affirmed: set[str] = set()
    denied: set[str] = set()
    conditional: set[str] = set()
    past = resolved = False
    for script, form in _forms(text):
        past = past or bool(re.search(_PAST[script], form))
        resolved = resolved or bool(re.search(_RESOLVED[script], form))
        for category, pattern in _compiled()[script]:
            for match in pattern.finditer(form):
                before = _CLAUSE.split(form[: match.start()])[-1]
                # Armenian and Russian stack negators ("ոչ մեկին դուրս չեն թողնում"): a signal that
                # carries its own negator stays affirmed whatever precedes it.
                own = re.search(rf"(^|\s)({_NEGATORS[script]})(\s|$)", match.group(0))
                if not own and re.search(_NEGATION[script], before):
                    denied.add(category)
                elif category not in _UNCONDITIONAL and re.search(_CONDITION[script], before):
                    conditional.add(category)
                else:
                    affirmed.add(category)
    return Signals(frozenset(affirmed), frozenset(denied), frozenset(conditional - affirmed), past, resolved)


def features(found: Signals) -> list[float]:
    """A fixed-length vector for the classifier: per category affirmed, then the summary flags."""
    return [
        *(1.0 if c in found.affirmed else 0.0 for c in CATEGORIES),
        1.0 if found.affirmed else 0.0,
        1.0 if found.denied else 0.0,
        1.0 if found.conditional else 0.0,
        1.0 if found.past else 0.0,
        1.0 if found.resolved else 0.0,
    ]
