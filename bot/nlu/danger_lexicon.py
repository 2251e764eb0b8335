"""The danger lexicon: patterns per category and script, matched on normalised text.

Latin patterns cover English and the folded spellings of Latin-typed Russian and Armenian
(`bot.nlu.normalise.fold_transliteration`); Cyrillic and Armenian patterns their own script.
How a match counts (affirmed, denied, conditional, over) is decided in `bot/nlu/danger.py`.
"""

from __future__ import annotations

# What an employer or an agent keeps from a worker, in English: a passport, an ID, a residence or
# alien card, an iqama. Read by the Latin documents patterns.
DOCUMENT_WORDS = r"passports?|documents?|papers|ids?|id cards?|(alien )?registration cards?|alien cards?|residence cards?|iqamas?|seam[ae]n'?s books?|seafarer'?s (books?|ids?)|discharge books?"

# Signs that someone cannot breathe, read by every care_denied pattern that pairs breathing with no
# way to a doctor (hard to breathe and can't get to a hospital; turned away; nobody dares call).
BREATHLESS = {
    "latn": (
        r"\b(isn'?t|is not|not|stopped|barely) breathing\b|\b(can'?t|cannot) breathe\b|\bhard to breathe\b"
        r"|\b(trudno|tyazhelo) dyshat\b|\bne (mozhet|mogu) dyshat\b|\bne dyshit\b|\bploho dyshit\b|\bzadyha\w*"
        r"|\bshnchel\w* (el )?(a |e )?(dzhvar|djvar|dvar)\w*|\bshunch\w* (ktrvum|chi herikum)\b|\bchi shnchum\b|\bshnchel chi kar\w*|\bchi kar\w* shnchel\b|\bshnchel\w* (\w+ )?chi stacvum\b|\bchi stacvum shnchel\b|\bshnchum (a|e) (dzhvar|djvar|dvar|duj|duzh)\b"
    ),
    "cyrl": r"трудно дышать|тяжело дышать|не (может|могу|можем) дышать|не дышит|плохо дышит|перестал\S* дышать|задыха",
    "armn": (
        r"շնչել\S* (էլ )?(ա |է )?դժվար|շունչ\S* (կտրվում|չի հերիքում|չի բավականացնում)|չ\S* կարողանում շնչել"
        r"|շնչել չի կարողանում|շնչահեղձ|չի շնչում|դժվար (ա|է) շնչում|շնչում (ա|է) դժվար|շնչել\S* (\S+ )?չի ստացվում|չի ստացվում շնչել"
    ),
}

# Illnesses that cannot wait, read by the care_denied patterns that pair them with a hospital,
# an ambulance or a maternity ward turning the person away, or by the patterns where nobody dares
# call one: a stroke, a heart attack, insulin run out, blood coughed up, pain in the heart or chest.
ACUTE = {
    "latn": (
        r"\bstroke\b|\bheart attack\b|(?<!an )(?<!the )\binsul'?t(a|om|e|i)?\b(?! (me|us|him|her|them|you))|\binsult (a|e|en|em|@) tarel\b|\binfarkt\w*"
        r"|\b(no|out of|ran out of|without) insulin\b|\binsulin\w*@? (konchil|zakonchil|net|ne ostal|verjac|prc|hat|chka|ran out|is finished|is gone|is over)\w*"
        r"|\bcough\w* (up )?blood\b|\bkashl\w* krov\w*|\b(aryun|arjun)\w* (a |e |em |enq )?(hazum|tkum|tqum)\b"
        r"|\bchest (pains?|pressure|tightness)\b|\b(pains?|pressure|tightness) in (his|her|my|the) chest\b|\bsirt(@|y|e|n)? (\w+ )?cav(um|el|ecnum)\w*|\bsrt(i|u) cav\w*|\bkrc?k\w* (\w+ )?cav\w*"
        r"|\bserdce (\w+ )?(bolit|prihvatil\w*|kolet)\b|\bbol\w* v grudi\b|\bdavit (\w+ )?(v )?grud\w*"
        # seizures, one side of the body gone (a stroke), an inhaler run out in an asthma attack
        r"|\bseizures?\b|\bconvuls\w*|\bsudorog\w*|\b(cncv|tsntsv)um (a|e)\b"
        r"|\b(one|left|right) side (of (his|her|the) (body|face) )?(is )?(not moving|won'?t move|doesn'?t move|can'?t move|numb|paralys\w*|drooping)\b|\bface (is )?drooping\b|\bhalf (of )?(his|her|the) face (is )?(drooping|droopy|dropped|drooped|numb|sagging)\b|\bpolovina lica (\w+ ){0,2}(opustilas|onemela|ne dvigaetsya|perekosilas)\b|\bruka (\w+ )?(ne slushaetsya|otnyalas)\b|\bslurred speech\b|\b(xosq|khosq|xosk)\w* (\w+ )?(xarnv|kharnv)\w*|\b(speech is|is) slurr\w*|\bslurring (his|her) words\b|\blico (\w+ )?perekosilo\b|\bperekosilo (\w+ )?lico\b|\bgovorit nevnyatno\b|\bmi (kox|kogh)(@|y)? chi sharjvum\b|\bodna storona (\w+ )?(ne dvigaetsya|otnyalas)\b"
        r"|\b(no|out of|ran out of|without) (his |her |my )?inhaler\b|\b(ingalyator|inhalyator|inhaler|inhalator)\w*@? (konchil|zakonchil|net|ne ostal|verjac|prc|hat|chka|ran out|is empty)\w*"
    ),
    "cyrl": (
        r"инсульт|инфаркт|сердечн\S* приступ|инсулин\S* (кончил|закончил|нет|не осталось)|(нет|без|кончился|закончился) инсулин"
        r"|кашля\S* кровью|сердце (\S+ )?(болит|прихватило|колет)|бол\S* в груди|давит (\S+ )?(в )?груд|давлени\S* в груди"
        r"|судорог|одна сторона (\S+ )?(не двигается|отнялась)|половина лица (\S+ ){0,2}(опустилась|онемела|не двигается|перекосилась)|(рука|нога) (\S+ )?(не слушается|отнялась)|лицо (\S+ )?перекосило|перекосило (\S+ )?лицо|говорит невнятно|невнятн\S* речь|речь (\S+ )?невнятн|ингалятор\S* (кончил|закончил|нет|не осталось)|(нет|без|кончился|закончился) ингалятор"
    ),
    "armn": (
        r"ինսուլտ|ինֆարկտ|սրտի (կաթված|նոպա|կաթ)|ինսուլին\S* (վերջացել|պրծել|հատել|չկա|չի մնացել)|առանց ինսուլինի"
        r"|արյուն (ա |է |եմ |ենք )?(հազում|թքում)|սիրտ\S* (\S+ )?ցավ(ում|եց|ել)|սրտի ցավ|կրծք\S* (\S+ )?ցավ"
        r"|խոսք\S* (\S+ )?խառնվ\S*|ցնցումներ|ցնցվում (ա|է)|մի կողմ(ը)? (\S+ )?չի շարժվում|դեմքի (մի )?կես(ը)? (\S+ )?(իջել|ծռվել|թմրել|չի շարժվում)|ձեռք(ը)? (\S+ )?(չի ենթարկվում|թմրել (ա|է) ու չի շարժվում)|ինհալատոր\S* (վերջացել|պրծել|հատել|չկա)|առանց ինհալատորի"
    ),
}

# Who hurts or holds the person: an employer or a landlord and their people, a man of the family,
# a pronoun. Read by the patterns that need a doer named (a bone broken or a burn done to the
# writer, strangling, someone walking into the bathroom while she showers, a boss who touches, beats,
# forbids a hospital, will not give the passport back, puts a camera in the room or leaves people
# without food).
EMPLOYER_WORDS = {
    "latn": r"boss|employer|owner|foreman|supervisor|manager|guard|landlord|landlady|madam|hozyai?n\w*|hozyaik\w*|nachalnik\w*|brigadir\w*|prorab\w*|rabotodatel\w*|ohrannik\w*|gorcatu\w*|tiruhi\w*|bos\w*|shef\w*|menejer\w*|menedzher\w*|ter@|tery|tern",
    "cyrl": r"хозяин|хозяйка|начальник|бригадир|прораб|работодател\S*|охранник|шеф",
    "armn": r"տեր|տերը|տերն|տիրուհի|գործատու|բոս|շեֆ|բրիգադիր|պրորաբ",
}
PERPETRATOR = {
    "latn": r"he|she|they|on|ona|oni|na|nra|nranq|husband|father|dad|stepfather|mother-in-law|muzh\w*|svekrov\w*|otchim\w*|amusin\w*|hayr\w*|hors|papas|txamard\w*|skesur\w*|" + EMPLOYER_WORDS["latn"],
    "cyrl": r"он|она|они|муж|отец|отчим|свекровь|свекор|свёкор|брат|" + EMPLOYER_WORDS["cyrl"],
    "armn": r"նա|նրանք|ամուսին|հայր|հերս|պապաս|տղամարդ|սկեսուր|սկեսրայր|" + EMPLOYER_WORDS["armn"],
}
# What a doer is told to have said, and threatened: read by the threats told as said and by the
# joke that an aggressor's words take back (`bot.nlu.danger_context.AGGRESSOR_SAID`).
SAID = {
    "latn": r"said|says|told|skazal\w*|govorit|asec|asel (a|e)|asum (a|e)|grec",
    "cyrl": r"сказал|говорит",
    "armn": r"ասեց|ասել (ա|է)|ասում (ա|է)",
}
THREATENED = {
    "latn": r"threaten\w*|promised|grozit\w*|prigrozil\w*|ugrozhaet|sparn\w*|spaarn\w*",
    "cyrl": r"пообещал|грозит|угрожает|пригрозил",
    "armn": r"սպառն\S*",
}
# A child named by the parent, or by age: read by the patterns of a child groomed or kept home to
# work, and by `bot.nlu.danger_context.CHILD_WORD`. Russian and Armenian words are stems.
CHILD = {
    "latn": r"son|daughter|kid|child|boy|girl|syn\w*|doch\w*|reb[eyo]n\w*|malchik\w*|devochk\w*|txas|tghas|txan|tghan|axjik\w*|aghjik\w*|erex\w*",
    "cyrl": r"(?<![а-яё])(сын|доч|реб[её]н|мальчик|девочк)",
    "armn": r"տղաս|աղջիկս|երեխա|աղջկաս|տղայիս",
}
CHILD_AGE = {
    "latn": r"([5-9]|1[0-7]) (years?|yo|y\.o\.|let|tarekan)",
    "cyrl": r"(?<!\d)([5-9]|1[0-7]) (лет|год)",
    "armn": r"(?<!\d)([5-9]|1[0-7]) տարեկան",
}

# Nothing to eat: with no money and days at an airport or a station, what makes travellers stranded
# rather than delayed (read also by the hedge of a cancelled flight, `bot/nlu/danger.py`).
HUNGER = {
    "latn": (
        r"\b(est|poest|kushat) nechego\b|\bnechego (est|poest|kushat)\b|\bnothing (left )?to eat\b|\bno food\b|\bhaven'?t eaten\b"
        r"|\bne eli\b|\bedy net\b|\bgoloda(em|yu)\b|\butelu (ban|inch) (chka|chunenq|chunem)\b|\butelik\w* (chka|chunenq|chunem)\b|\bsovac\w*"
    ),
    "cyrl": r"(есть|поесть|кушать) нечего|нечего (есть|поесть|кушать)|голода(ем|ю)|не ели|еды нет|нет еды|без еды",
    "armn": r"ուտելու (բան|ոչինչ) (չկա|չունենք|չունեմ)|ուտելիք\S* (չկա|չունենք|չունեմ)|սոված|(չենք|չեմ) կերել",
}

# No money at all: read by the patterns where it makes a night out, a transit zone or a child's hunger a danger.
NO_MONEY = {
    "latn": (
        r"\bno (money|cash)\b|\b(without|zero|0) money\b|\bdeneg (\w+ )?(nol|0)(?![\d.,])|\b(nol|0) deneg\b|\bout of money\b|\bbez deneg\b|\b(net deneg|deneg (\w+ )?net)\b|\bni kopei?ki\b"
        r"|\b(pox|pogh|poxs|poghs) (chunem|chunenq|chka)\b|\b(pox|pogh)(@|y|s)? (verjac|prc|hat)\w*"
    ),
    "cyrl": r"нет денег|без денег|денег (\S+ )?(ноль|0(?![\d.,])(?! (потратил|ушло|заплатил|стоил)))|(ноль|(?<![\d.,])0) денег|денег (\S+ )?нет|ни копейки|денег (\S+ )?не осталось|деньги (\S+ )?(кончил|закончил)|(кончил|закончил)\S* (\S+ )?деньги",
    "armn": r"փող (չունեմ|չունենք|չկա)|փող\S* (զրո|0(?![\d.,]))|զրո փող|առանց փողի|ոչ փող|փող\S* (վերջաց|պրծ|հատ)",
}

# What cannot wait for a doctor: breathlessness, an acute illness, a fever of 39 and over, bleeding,
# a person unconscious or who does not wake up.
# Read by the care_denied patterns where a hospital turns the person away or nobody dares call an ambulance.
SEVERE = {
    "latn": (
        BREATHLESS["latn"] + "|" + ACUTE["latn"]
        + r"|\b(barcr|bardzr) (jermutyun|jerm)\w*|\bhigh (fever|temperature)\b|\bvysok\w* temperatur\w*|\b(jermutyun|jerm|temperatur\w*|fever|temp)\D{0,12}\b(39|40|41)\b|\b(39|40|41)\D{0,4}\b(jermutyun|jerm|temperatur\w*|fever|degrees)"
        r"|\bbleeding\b|\bistekaet krovyu\b|\b(arjunahos|aryunahos|krovotechen)\w*"
        r"|\bunconscious\b|\bbez soznani\w*|\bne prosypaet\w*|\bchi (artnanum|zartnum)\b|\bushqi chi galis\b|\b(ushagnac|ushatap)\w*"
        r"|\b(barely|hardly) (responds?|responding)\b|\b(pochti|ele|edva) (ne )?otvechaet\b|\bne reagiruet\b|\bchi arcaganqum\b"
        # blood coming a lot or not stopping
        r"|\baryun(@|y)? (\w+ )?(galis|gnum|hosum) (a |e )?(shat|arat)\b|\b(shat|arat) aryun (a |e )?(galis|gnum|hosum)\b|\baryun(@|y)? (shat|arat) (a |e )?(galis|gnum|hosum)\b|\baryun(@|y)? (chi|chen) (kangnum|dadarum)\b"
        r"|\bkrov\w* (\w+ )?(idet|id[eyo]t|techet|tech[eyo]t) (silno|sil'no|ne ostanavlivaetsya)\b|\bkrov\w* ne ostanavlivaetsya\b"
    ),
    "cyrl": BREATHLESS["cyrl"] + "|" + ACUTE["cyrl"] + r"|высок\S* температур|температур\S*\D{0,12}(39|40|41)\b|\b(39|40|41)\D{0,4}(температур|градус)|истека\S* кровью|кровотечени|без сознания|потерял\S* сознание|не просыпается|почти не отвечает|едва отвечает|не реагирует|не приходит в себя|кров\S* (\S+ )?(идет|ид[её]т|течет|теч[её]т) (сильно|не останавливается)|кров\S* не останавливается",
    "armn": BREATHLESS["armn"] + "|" + ACUTE["armn"] + r"|բարձր ջերմ|(ջերմ\S*|ջերմություն)\D{0,12}(39|40|41)\b|\b(39|40|41)\D{0,4}ջերմ|արյունահոս|ուշագնաց|ուշաթափ|ուշքի չի գալիս|չի արձագանքում|հազիվ (ա|է) պատասխանում|չի արթնանում|արյուն\S*( (ա|է))? (գալիս|գնում|հոսում)( (ա|է))? (շատ|առատ)|(շատ|առատ) արյուն\S*( (ա|է))? (գալիս|գնում|հոսում)|արյուն\S* (շատ|առատ) (ա |է )?(գալիս|գնում|հոսում)|արյուն\S* (\S+ )?(չի|չեն) (կանգնում|դադարում)",
}

# No help within reach for someone severely ill: no doctor or pharmacy near, an ambulance that
# cannot get through or a road closed, the family afraid to go to a hospital, or how to call an
# ambulance at all. Read by the care_denied pattern that pairs it with a severe sign (or CARE_SIGNS).
NO_HELP = {
    "latn": (
        r"\bno (doctors?|pharmac(y|ies)|hospitals?|clinics?|medics?)\b(?! (appoint\w*|slots?|on duty|today|until|till)\b)|\b(nearest|closest) (hospital|doctor|pharmacy|clinic) (is )?\d+ ?km\b"
        r"|\bambulance (can'?t|cannot|couldn'?t|won'?t be able to) (get|reach|come|drive|make it)\b|\broads? (is |are )?(closed|blocked|snowed (in|up|over)|cut off)\b"
        r"|\b(afraid|scared) to (go|take (her|him|them|the baby|the child)) to (the |a )?(hospital|doctor|clinic)\b|\bhow (do i|can i|do we|can we|to) call (an |the )?ambulance\b"
        r"|\bnet (vracha|vrachej|vrachey|apteki|bolnicy)\b|\b(aptek|bolnic)\w* (ryadom|poblizosti) net\b|\bskor(aya|uyu)\w* ne (mozhet|smozhet|mogut) (proehat|doehat|priehat|dobratsya)\b"
        r"|\bdorog\w* (zamelo|zakryt\w*|perekryt\w*)\b|\bboimsya (idti|ehat|obrashchatsya) (v bolnic|k vrach)\w*|\bkak vyzvat skoruyu\b"
        r"|\b(bzhishk|bjishk|deghatun|degatun|hivandanoc)\w* chka\b|\bshtap\w* (ognutyun\w*@? )?chi (hasnum|karox\w* hasnel|karogh\w* hasnel)\b"
        r"|\b(chanaparh|chanapar)\w* (dzyunic )?pak\b|\bvaxenum (enq|em) (\w+ )?(hivandanoc|bzhishki|bjishki) (gnal|tanel)\b"
        # kept at work: the boss won't let the person go until the shift is over
        r"|\b(won'?t|wouldn'?t|doesn'?t|does not|will not|didn'?t) let (me|us|him|her) (go|leave)\b(?! (on|for) (a )?(holiday|vacation|trip))|\buntil (the |my |his |her )?shift (ends|is over|finishes)\b"
        r"|\b(ne otpuska|ne otpust)\w*|\bdo konca smeny\b|\bpoka ne (zakonchu|zakonchim|dorabotayu|otrabotayu) smenu\b"
        r"|\b(chverjacrac|chavartac)\w*[^.?!]{0,20}\b(ches|chenq|chem|cheq) (gna|gnum|gnalu)\b|\b(chen|chi) toxnum (gnam|gnanq|gna|gnas)\b"
    ),
    "cyrl": (
        r"нет (врача|врачей|аптеки|больницы)|(аптек|больниц)\S* (рядом|поблизости) нет|скор(ая|ую)\S* не (может|сможет|могут) (проехать|доехать|приехать|добраться)"
        r"|дорог\S* (замело|закрыт|перекрыт)|бои(мся|тся) (идти|ехать|обращаться) (в больниц|к врач)|как вызвать скорую"
        r"|не отпуска\S*|не отпуст\S*|до конца смены|пока не (закончу|закончим|доработаю|отработаю) смену"
    ),
    "armn": (
        r"(բժիշկ|դեղատուն|հիվանդանոց)\S* չկա|շտապ\S* (օգնություն\S* )?(չի հասնում|չի կարողանում հասնել|չի կարող հասնել)|ճանապարհ\S* (ձյունից )?փակ"
        r"|վախենում (ենք|եմ) (\S+ )?(հիվանդանոց|բժշկի) (գնալ|տանել)|ինչպես կանչել շտապ"
        r"|(չվերջացրած|չավարտած)[^.?!։]{0,20}(չես|չենք|չեմ|չեք) (գնա|գնում|գնալու)|(չեն|չի) թողնում (գնամ|գնանք|գնա|գնաս)"
    ),
}

# Kept from a doctor by fear, not by a person: someone severely ill (or fitting, foaming at the
# mouth, a child's fever of 40) whom the family dare not take to a hospital or call an ambulance
# for, because their papers are missing or expired or they fear arrest. Read by the care_denied
# pattern that pairs the three, and beside SEVERE by those of no help within reach and of a
# hospital that turns the person away ("a child's fever is 40 at Lars, no doctor").
CARE_SIGNS = {
    "latn": r"\bfoam\w* at the mouth\b|\bpena izo rta\b|\bberanic (prpur|prp?ur)\w*|\bsudorog\w*|\bseizures?\b(?! of)|\bconvulsi\w*|\b(cncv|tsntsv)(ec|um|el)\b|\bjxadzg\w*|\btaq(@|y|n)? (\w+ )?(39|40|41)\b",
    "cyrl": r"пена изо рта|изо рта пена|судорог|трясет всего|трясёт всего",
    "armn": r"բերանից (\S+ )?փրփուր|փրփուր\S* (\S+ )?բերան|ցնցվ(եց|ում|ել)|ջղաձգ|տաք\S* (\S+ )?(39|40|41)\b",
}
CARE_FEARED = {
    "latn": (
        r"\b(afraid|scared|fear|dare|boimsya|boyus|boyatsya|boitsya|strashno|opasaemsya|vaxenum|vakhenum)\b[^.?!]{0,25}\b(ambulance|hospital|doctor|pharmacy|skor\w*|bolnic\w*|vrach\w*|aptek\w*|shtap\w*|hivandanoc\w*|bjishk\w*|bzhishk\w*|deghatun\w*|degatun\w*)"
        r"|\b(ambulance|hospital|doctor|pharmacy|skor\w*|bolnic\w*|vrach\w*|aptek\w*|shtap\w*|hivandanoc\w*|bjishk\w*|bzhishk\w*|deghatun\w*|degatun\w*)\b[^.?!]{0,25}\b(afraid|scared|boimsya|boyus|boyatsya|boitsya|strashno|vaxenum|vakhenum)\b"
        # the sick person refuses the hospital (read with papers missing: "v bolnicu ne hochet, registracii net")
        r"|\b(v bolnic\w*|k vrach\w*) ne (hochet|hotyat|idet|id[eyo]t|poedet)\b|\bne (hochet|hotyat) (idti |ehat )?(v bolnic|k vrach)\w*|\b(won'?t|refuses to|doesn'?t want to|does not want to) go to (the |a )?(hospital|doctor)\b|\bhivandanoc\w* (\w+ )?(chi|chen) (uzum|gnum)\b|\b(chi|chen) (uzum (gnal )?|gnum )hivandanoc\b"
        r"|\b(hivandanoc|bjishk|bzhishk|shtap)\w* (chem|chenq) (tanum|tanelu|kanchum|kanchelu|gnum)\b|\bne (vezem|vezyom|povezem|povezyom|vedem|vyzyvaem|zovem)\b[^.?!]{0,15}\b(v bolnic|k vrach|skoruyu)"
        r"|\b(don'?t|won'?t|can'?t|cannot) (take|bring) (him|her|them|the (baby|child|kid)|my (son|daughter|baby|child|wife|husband)) to (the |a )?(hospital|doctor)\b"
        r"|\b(call|calling|take \w+ to|kanchenq|kanchem|tanenq|tanem|vyzovem|vyzovu|pozvonim|poedem)\b[^.?!]{0,30}\b(deport\w*|arrest\w*|catch us|kbrnen|kartaqsen|zaberut|poimayut|poymayut|vyshlyut|posadyat)\b"
    ),
    "cyrl": (
        r"(боюсь|боимся|боится|боятся|страшно|опасаемся|не решаемся)[^.?!]{0,25}(скор|больниц|врач|аптек|103|112)|(скор|больниц|врач|аптек)\S*[^.?!]{0,25}(боюсь|боимся|боится|боятся|страшно)"
        r"|(в больниц|к врач)\S* не (хочет|хотят|идет|идёт|поедет)|не (хочет|хотят) (идти |ехать )?(в больниц|к врач)"
        r"|не (везем|везём|повезем|повезём|ведем|ведём|вызываем|зовем|зовём)\S*[^.?!]{0,15}(в больниц|к врач|скорую)"
        r"|(вызовем|вызову|позвоним|поедем|пойдем|пойдём|повезем|повезём)[^.?!]{0,30}(заберут|поймают|арестуют|посадят|вышлют|депорт)"
    ),
    "armn": (
        r"(վախենում|չենք համարձակվում|չեմ համարձակվում)[^.?!։]{0,25}(շտապ|հիվանդանոց|բժիշկ|բժշկի|դեղատուն|դեղատան)|(շտապ|հիվանդանոց|բժիշկ|բժշկի|դեղատուն|դեղատուն)\S*[^.?!։]{0,25}վախենում"
        r"|հիվանդանոց (\S+ )?(չի|չեն) (ուզում|գնում)|(չի|չեն) ուզում (\S+ )?հիվանդանոց"
        r"|(հիվանդանոց|բժշկի|բժիշկ)\S* (չեմ|չենք) (տանում|կանչում|գնում)"
        r"|(շտապ|բժիշկ|հիվանդանոց)\S* (\S+ )?(կանչենք|կանչեմ|կանչի|տանենք|տանեմ|գնանք|գնամ)[^.?!։]{0,20}(կբռնեն|կարտաքսեն|կդեպորտ|կձերբակալ)"
    ),
}
# Papers missing or expired, or arrest and deportation feared: why the care is not sought.
PAPER_TROUBLE = {
    "latn": (
        r"\b(no|without|bez|don'?t have|do not have|have no|has no|chunenq|chunem|chuni)\b (\w+ )?(documents?|papers|passports?|dokument\w*|pasport\w*|pastatxt\w*|pastatght\w*|txter|tghter)\b"
        r"|\b(documents?|papers|passports?|dokument\w*|pasport\w*|pastatxt\w*|pastatght\w*|txter|tghter|anznagr\w*|viz\w*|visa|registraci\w*|registration|patent\w*)\b (\w+ )?(ancac|ancel|prosroch\w*|expired|chunenq|chunem|chuni|chka|net|jamketanc\w*|zhamketanc\w*)\b|\b(no|without|bez) registra(ci|ti)\w*"
        r"|\b(undocumented|illegal(ly)?|nelegal\w*|expired (passports?|visas?|documents|papers))\b|\b(deport\w*|arrest\w*|kbrnen|kartaqsen|zaberut|poimayut|poymayut|vyshlyut|posadyat)\b"
    ),
    "cyrl": r"(без|нет) (\S+ )?(документ|паспорт|бумаг|регистрац)|регистрац\S* (\S+ )?нет(?![а-яё])|нелегал|просроч\S* (\S+ )?(паспорт|виз|документ|регистрац|патент)|(паспорт|виз|документ|патент|регистрац)\S* (\S+ )?просроч|депорт|заберут|поймают|арестуют|посадят|вышлют",
    "armn": r"(փաստաթուղթ|փաստաթղթ|թղթեր|անձնագ|պասպորտ|գրանցում|ռեգիստրացիա)\S* (չունենք|չունեմ|չունի|չունեն|չկա|չկան)|առանց (փաստաթղթ|թղթ|անձնագ|պասպորտ|գրանցման)|(անձնագ|պասպորտ|վիզա|փաստաթղթ)\S* (\S+ )?(անցել|ժամկետանց)|ապօրինի|կբռնեն|կարտաքսեն|կդեպորտ|կձերբակալ",
}

# A place or advice asked for ("посоветуйте кафе", "recommend a restaurant"): read by the exposure
# patterns, where it makes a frost or a night out a plan rather than a danger.
ADVICE_SOUGHT = {
    "latn": r"\bposovetu\w*|\bsuggest\w*|\brecommend\w*|\bcafe\w*|\bkafe\w*|\brestoran\w*|\bxorhurd\w*",
    "cyrl": r"посовету|кафе|ресторан",
    "armn": r"խորհուրդ|սրճարան|ռեստորան",
}

# A frost of -10 or harder, not "- 15 minutes", "-15%" or "-12 km".
MINUS_TEN = r"(?<![\w-])[-−]\s?[1-5]\d\b(?!\s?(%|percent|min|km|hour|час|мин|км|ժամ|րոպե|կմ))"

# Kept somewhere "so that nobody runs": the purpose says the confinement is real, even when asked
# about under an "if" ("is it ok if the boss keeps us in a container with dogs so nobody runs?").
NOBODY_RUNS = {
    "latn": r"\bso (that )?(nobody|no one|noone|none of us|we (can'?t|cannot|don'?t|do not)) (can |could |would |will )?(run|runs|run away|runs away|escape|escapes)\b(?! (in|into|o?ut of|late|short|over|around)\b)|\bchtoby (nikto|my|nikto iz nas) ne (sbezhal|ubezhal|sbezhali|ubezhali)\b|\bvor (voch voq|vochmek|voch mek) (chpaxn|chpaxch)\w*|\bvor (chpaxnenq|chpaxchenq)\b",
    "cyrl": r"чтобы (никто|мы|никто из нас) не (сбежал|убежал|сбежали|убежали)(?![а-яё])",
    "armn": r"որ (ոչ ոք|ոչ մեկ|ոչ մեկը) (չփախն|չփախչ)|որ (չփախնենք|չփախչենք)(?!\S)",
}

# Papers given back only once a debt is paid: the terms say the holding is real, even when asked
# about under an "if" ("how do I renew my permit if the boss keeps my passport and says I get it
# back when I finish paying for the ticket").
PAY_TO_RETURN = {
    "latn": r"\b(get|getting|give|giving|return\w*) (it|them|my passport|the passport|my documents|my papers) back (only )?(when|after|once|until) (i|we) (finish |have )?(pay|paid|paying|repay\w*|work\w* (it )?off|pay\w* (it )?off)\b|\bvern\w* (\w+ ){0,2}(tolko )?(kogda|posle togo kak|kak tolko) (ya |my )?(vyplach|vyplat|otrabota|otdam|otdadim|zaplach|zaplat|pogash)\w*|\b(kveradarcnen|kveradardznen|ktan|kta)\b[^.?!]{0,30}\b(erb|vor|heto) (\w+ ){0,3}(partq|partk|gumar|pox|pogh)\w* (\w+ )?(tam|pakem|vcharem|marem)\b",
    "cyrl": r"(верн|отдад|отдаст)\S* (\S+ ){0,2}(только )?(когда|после того как|как только) (я |мы )?(выплачу|выплатим|отработаю|отработаем|отдам|отдадим|заплачу|заплатим|погашу)",
    "armn": r"(կվերադարձնեն|կվերադարձնի|կտան|կտա)[^.?!։]{0,30}(երբ|որ|հետո) (\S+ ){0,3}(պարտք|գումար|փող)\S* (\S+ )?(տամ|փակեմ|վճարեմ|մարեմ)",
}

# A relative gone missing ("пропал сын", "my son is missing", "տղաս կորել ա"): who, the verb, and where the
# absence is explained as brief or harmless (for a day or a week, into one's room, a game, the phone, the pub,
# out of a chat). The bounded spell is any span said with "на"/"for", not only the few days of FEW_DAYS
# (bot/nlu/danger_context.py), so it is its own table.
RELATIVES = {
    "ru_latn": r"syn|doch|dochka|brat|sestra|muzh|zhena|otec|papa|mat|mama|reb[eyo]nok|vnuk|vnuchka|plemyannik|plemyannica",
    "en": r"son|daughter|brother|sister|husband|wife|father|dad|mother|mum|mom|child|kid|grandson|granddaughter|nephew|niece",
    "hy_latn": r"txas|tghas|aghjiks|axjiks|exbayrs|eghbayrs|qurs|amusins|kins|hayrs|mayrs|erexas|vordis",
    "cyrl": r"сын|дочь|дочка|брат|сестра|муж|жена|отец|папа|мать|мама|ребенок|внук|внучка|племянник|племянница",
    "armn": r"տղաս|աղջիկս|եղբայրս|քույրս|ամուսինս|կինս|հայրս|մայրս|երեխաս|որդիս|թոռս",
}
GONE = {"ru_latn": r"propal|propala|ischez|ischezla", "hy_latn": r"korel|anhetacel|korav|anhetacav", "cyrl": r"пропал|пропала|исчез|исчезла", "armn": r"կորել|անհետացել|կորավ|անհետացավ"}
BRIEF_ABSENCE = {
    "latn": r"(?![^.?!]{0,30}\b(na (\w+ )?(nedel\w*|den|dnya|dnej|sutki|chas|mesyac)|na ves den|na celyj den|v (svoyu |svoej )?komnat\w*|v telefon\w*|v igr\w*|s radarov|v garazh\w*|(with|into|to|in) (my|the|our|his|her) (car|keys|phone|charger|remote|laptop|pub|bar|gym|garage|shop|store|kitchen|room|bedroom|bathroom|game|games)|from (the )?(chat|group)|for the (whole |entire )?day|all day)\b)",
    "cyrl": r"(?![^.?!]{0,30}(на (\S+ )?(недел|день|дня|дней|сутки|час|месяц)|на весь день|на целый день|в (свою |своей )?комнат|в телефон|в игр|с радаров|в гараж|на кухн|из чата|из группы|из сети))",
    "armn": r"(?![^.?!։]{0,30}(սենյակ|խաղ|հեռախոս|չատ))",
}

# Category -> patterns. One list serves a script: Latin patterns cover English and the folded
# spellings of Latin-typed Russian (ru) and Armenian (hy); Cyrillic and Armenian their own.
SIGNALS: dict[str, dict[str, tuple[str, ...]]] = {
    "documents": {
        "latn": (
            # the passport not to be had until a fee is paid ('the manager says I can't have it until I pay 1500 dollars')
            r"^(?![\s\S]*\b(hotel|hostel|reception|consulate|embassy|otel\w*|gostinic\w*|hyuranoc\w*)\b)[\s\S]*\b(can'?t|cannot|won'?t|will not) (have|get) (it|them|mine|my passport|my documents|my papers) (back )?(until|unless|before|till) (i|we) (pay|paid|repay|give (him|them))\b",
            # the boss took or keeps the passport, in Latin-typed Armenian ('ter@ pasport@ vercrel a'; not the past 'pahel er', nor a habit 'vercnum en')
            r"\b(" + EMPLOYER_WORDS["latn"] + r"|agent\w*)\b ((?!(chi|chen|chem|chenq|che|voch|erbeq)\b)\w+ )?(pasport|anznagr|ancnagr|anznagir|ancnagir|dokument|pastatxt)\w* ((?!(chi|chen|chem|chenq|che|voch|erbeq)\b)\w+ )?(vercrel|vercrec|pahum|pahel)\b(?! (er|ei|ein|eir)\b)",
            # the passport named first, then who keeps it ('pasports menejern a pahum')
            r"\b(pasport|anznagr|ancnagr|anznagir|ancnagir|andznag|anjnag|dokument|pastatxt)\w* (\w+ )?(" + EMPLOYER_WORDS["latn"] + r"|agent\w*)\b (a |e |en )?(vercrel|vercrec|pahum|pahel)\b(?! (er|ei|ein|eir)\b)",
            # papers held as a deposit or a pledge ('he keeps my passport as deposit', 'derzhit pasport v zalog')
            r"\b(keeps?|kept|keeping|holds?|held|holding|took|takes)\b (my|our|the|his|her|their|all (the |our )?)(passports?|documents|papers|ids?)\b (\w+ )?as (a |the )?(deposit|collateral|guarantee|security|pledge)\b|\b(derzhit|derzhat|zabral\w*|vzyal\w*|uderzhivaet|uderzhivayut)\b (\w+ ){0,2}(pasport|dokument)\w* (\w+ )?(v|pod) zalog\b",
            # the residence cards not given back until a sum is paid ('kartery chi veradardznelu minchev... chvcharenq')
            r"\b(kacutyan |katsutyan |gnahatman )?(karter|kartery|karter@|kart@|karty|kartn)\b (\w+ )?(chi|chen) (veradardznelu|veradardznum|talu|talis|tali)\b",
            # 'mine is with the foreman, he says he'll give it back when...'
            r"\b(mine|ours|his|hers|theirs) (is|are|has been|have been) (still )?with (the|my|our|his|her|their) (agent|broker|recruiter|captain|" + EMPLOYER_WORDS["latn"] + r")\b(?=[^.?!]{0,80}\b(give|giving|return|returning|hand|handing) (it|them) back (when|after|once|only|until)\b)",
            # the passport left with the employer ('paspors mnacel a gorcatui mot')
            r"\b(paspor|anznag|pastatxt|pastatght)\w* (\w+ )?(mnacel|mnac) (a |e )?(gorcatu|bos|shef|tiroj|brigadir|agent|gorcakal|hozyai?n)\w* mot\b",
            # the boss gone with the workers' passports ("shef uehal s pasportami", "left with our passports")
            r"\b(uehal|ush[eyo]l|skrylsya|ischez|propal|sbezhal)\w* s (nashimi |moimi |vsemi )?(pasport|zagran(?!ic)|dokument)\w*(?![^.?!]{0,40}\b(gostinic|otel|registraci|posolstv|konsulstv|viz)\w*)|\b(left|ran off|ran away|drove off|disappeared|vanished|took off) with (our|my|all (our|the)|the|everyone'?s|their) (passports?|documents|papers|ids)\b(?![^.?!]{0,40}\b(check\w* (us |me )?in|register\w*|hotel|reception|embassy|consulate|visas?|gostinic\w*|otel\w*|posolstv\w*|konsulstv\w*|registraci\w*)\b)",
            r"\bstill has my passport\b|\bcollected (everyone'?s|our|all the) passports\b|\bkeeps? our bank cards\b|\bvercrel a anznag|\banznagrer@? vercrel",
            # no passport until the fine or the debt is paid ("until then no passport", "minch ayd anznagir chka", "poka ne zaplachu pasport ne otdadut")
            r"\b(no|without) (my |our )?(passport|documents|papers) (until|till|untill) (then|(i|we) (pay|repay|work off))\b|\b(until|till) (then|(i|we) (pay|repay|work)\w*( it| off| the \w+)?),? (there'?s |there is )?no (passport|documents|papers)\b|\bminch(ev)? (ayd|ed|chvcharem|chvcharenq|chtam|chtanq)\b[^.?!]{0,20}\b(ancnag|anznag|andznag|pasport|pastatxt)\w* (chka|chen ta|chi ta|chen talu|chi talu)\b|\b(poka ne|do teh por,? poka ne) (zaplachu|zaplatim|otdam|otdadim|vernu|vern[eyo]m|vyplachu|otrabotayu)\b[^.?!]{0,40}\b(pasport|zagran(?!ic)|dokument)\w* (ne (otdadut|vernut|dadut|otdast|vernet|poluchu)|ne budet)\b",
            r"\b(has|have) had (my|our|his|her|their) (" + DOCUMENT_WORDS + r")\b|\b(" + DOCUMENT_WORDS + r"|originals)\b[^.?!]{0,60}\b(refus\w*|won'?t|wont|will not|doesn'?t want) (to )?(give|return|hand) (it|them) back\b",
            r"\b(documents|papers|passports?) (are )?with them\b|\bdokument\w* u nih\b|\bpasport\w*[^.?!]{0,20}\b(ira|iran|iranc) mot",
            r"\b(" + DOCUMENT_WORDS + r") (is |are |stay |remain |are kept |is kept )?with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager|foreman|broker|company|firm|sponsor|supervisor)\b",
            r"\bpasport\w* u (?!menya|nas|tebya|sebya|vas)\w+\b(?!\s?,?\s(\w+(sk|ck|ск|цк)(ij|iy|ii|aya|oe|ий|ая|ое|ие)|prosroch\w*|просроч\w*|dejstvit\w*|действит\w*)\b)",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b(chi tvel|chen tvel|takcr|girav)",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b\w+i mot (a|e|en)\b",
            r"\b(took|take[ns]?|taking|keep(s|ing)?|kept|hold(s|ing)?|held|confiscat\w*|stole|stolen|hid|hides|hiding|grabbed|won'?t (give|return)|refus\w* to (give|return)|not (give|giving|return\w*))\b[^.?!]{0,40}?\b(" + DOCUMENT_WORDS + r")\b",
            r"\b(" + DOCUMENT_WORDS + r")\b[^.?!]{0,40}?\b(taken|kept|confiscated|with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager))\b",
            # the passport named in one sentence, refused in the next: "...without my passport? the owner wont give it back"
            r"\b(" + DOCUMENT_WORDS + r")\b.{0,80}\b(won'?t|wont|will not|refus\w* to|doesn'?t want to) (give|return|hand) (it|them) back\b",
            r"\b(pasport|zagran(?!ic)|dokument)\w*.{0,80}\bne (otda(et|yot|yut|ut)|vozvrascha(et|yut)) (ego|ih)\b",
            r"\b(zabral|otobral|otnyal|zabira|otbira|derzh|uderzh|spryat|ne otda|ne vozvrash)\w*[^.?!]{0,40}?(pasport|zagran(?!ic)|dokument)",
            r"(pasport|zagran(?!ic)|dokument)\w*[^.?!]{0,40}?(?<!ne )\b(zabral|otobral|ne otda|derzh|u (nego|nee|nih|hozyaina|nachalnika|brigadira|agenta|rabotodatelya)\b(?!\s?,?\s(\w+(sk|ck|ск|цк)(ij|iy|ii|aya|oe|ий|ая|ое|ие)|prosroch\w*|просроч\w*|dejstvit\w*|действит\w*)\b))",
            r"\b(ancnag|anznag|pastatxt|dokument)\w*[^.?!]{0,40}?(?<!chi )(?<!chen )(?<!chem )\b(vercr|vercn(?!em\b|el\b|elu\b|enq\b)|vercel|taran|tarel|pah|xl|chen tal|chi tal|chen veradardz|takc)\w*",
            r"\b(vercr|vercn|vercel|pahum|xlel|takcr)\w*[^.?!]{0,40}?\b(ancnag|anznag|pastatxt|dokument)",
            r"(?<!bankomat )\b(zabral|otobral|otnyal|otbira|ne otda|ne vozvrash)\w*[^.?!]{0,30}?\b(kart[uy]|kartochk|karty)\b",
            # 'the foreman has my passport'
            r"\b(boss|employer|owner|agent|agency|recruiter|manager|foreman|landlord|broker|sponsor|kafeel|kafil|madam)\b[^.?!]{0,20}\b(has|holds|keeps|is holding|is keeping) (my|our|his|her|their|all (the|our)|everyone'?s) (\w+ and )?(" + DOCUMENT_WORDS + r")\b",
            # 'he has my iqama and passport', the employer named anywhere in the message
            r"^(?=[\s\S]*\b(boss|employer|owner|agent|agency|recruiter|manager|foreman|broker|sponsor|kafeel|kafil|madam|brigadir)\b)(?=[\s\S]*\b(he|she|they)\b (still )?(has|holds|keeps|is holding|is keeping) (my|our|all our) (\w+ and )?(" + DOCUMENT_WORDS + r")\b)",
            r"\b(pasport|zagran(?!ic)|dokument)\w*[^.?!]{0,20}?(?<!ne )\bspr[yj]atal\w*",
            # the passport named, then 'we have had it kept 5 months' (a question before it may carry an 'if')
            r"^(?=[\s\S]*\b(pasport|ancnag|anznag|andznag)\w*)(?=[\s\S]*\b(\d+|mi qani|mi kani) (amis|amsa|shabat|tari)\w* (a |e )?pah(um|el|ac)\w*)",
            # the passport named, then 'the old one is with my employer'
            r"\bpassport\b[\s\S]{0,80}\b(old|other|current|real) one (is |was )?(still )?with (my|the|our) (employer|boss|sponsor|agency|agent|recruiter|foreman|owner|company)\b",
            # "...passport renewal? mine is with the factory owner since march"
            r"\b(mine|ours) (is|are|was|has been|have been) (still )?with (my|the|our) (\w+ )?(employer|boss|sponsor|agency|agent|recruiter|foreman|owner|company)\b",
            # 'andznagir' spelled with a d
            r"\b(andznag|anjnag)\w*[^.?!]{0,40}\b(pahum|vercr\w*|chi tal\w*|chen tal\w*)\b|\b(pahum|vercrel)\b[^.?!]{0,40}\b(andznag|anjnag)\w*",
            # "they still have my passport", "pasport@ vercrel en", "pasportner@ chen talis"
            r"\b(they|employer|boss|owner|agency|agent|company|landlord|madam|sponsor|recruiter)( still)? (has|have) (still )?(my|our|his|her) (" + DOCUMENT_WORDS + r")\b(?! (number|details|copy|copies|scan|photo|data|on file))|\b(pasport|anznag|ancnag|andznag|pastatxt|dokument)\w*[^.?!]{0,10} (vercrel|xlel) en\b|\b(pasport|anznag|ancnag|andznag|pastatxt|dokument)\w*[^.?!]{0,25}\b(chen|chi) (talis|tali|talu|ta|veradardz\w*|veradarc\w*)\b",
            # the employer "lost" the passport, in the writer's scare quotes or "supposedly" (after wages were asked for, say)
            r"\b(employer|boss|owner|agent|agency|manager|foreman|sponsor|recruiter|hozya\w*|rabotodatel\w*|nachalnik\w*|brigadir\w*|prorab\w*|shef\w*|gorcatu\w*)\b[^.?!]{0,20}([\"«“']\s?(lost|misplaced|poteryal\w*|korcrel\w*|korcrec\w*)\s?[\"»”']|\b(supposedly|allegedly|yakoby|budto by|tipa|ibr) (lost|misplaced|poteryal\w*|korcrel\w*|korcrec\w*))[^.?!]{0,20}\b(passports?|documents|papers|ids?|pasport\w*|zagran(?!ic)\w*|dokument\w*|anznag\w*|pastatxt\w*|pastatght\w*)",
            # the boss will not give it back, the passport named in another sentence ('pasporta net? bos ne otdaet uzhe polgoda')
            r"^(?=[\s\S]*\b(pasport\w*|passports?|zagran(?!ic)\w*|anznag\w*|pastatxt\w*|dokument\w*|documents?)\b)(?:[\s\S]*[.?!,;:]\s*)?((the|my|our|a|nash|moj|moy|im|mer)\s+)?\b(bos|boss|hozyai?n\w*|xozyai?n\w*|rabotodatel\w*|nachalnik\w*|brigadir\w*|prorab\w*|employer|owner|foreman|gorcatu\w*|shef\w*|ter@|tery)\b\s+((uzhe|ego|ih|mne|nam|still|arden|eli|der)\s+)?(ne (otda[eyo]t|otdayut|vozvrashcha[eyo]t|vozvrashchayut)|won\'?t (give|return)|doesn\'?t (give|return)|refuses to (give|return)|(het )?chi (talis|tali|veradardznum))\b(?=\s*((it|them|back|ego|ih|uzhe|obratno|nazad|arden|het)\b|[.,!?;:)(]|$|\d|\W\s*$))",
            # he keeps everyone's (the card or passport named before)
            r"^(?=[\s\S]*\b(" + DOCUMENT_WORDS + r")\b)[\s\S]*\b(he|she|they|boss|employer|owner|manager|foreman)\b (keeps|holds|has|took|takes|collected|collects) (everyone\'?s|everybody\'?s)\s*([,.;!?]|$|and\b)",
        ),
        "cyrl": (
            # papers held as a pledge ('хозяин держит паспорт в залог')
            r"(держит|держат|забрал|забрали|взял|взяли|удерживает|удерживают)(?![а-яё]) (\S+ ){0,2}(паспорт|документ)\S* (\S+ )?(в залог|под залог)",
            # the boss gone with the workers' passports
            r"(уехал|ушел|ушёл|скрылся|исчез|пропал|сбежал)\S* с (нашими |моими |всеми )?(паспорт|загран(?!иц)|документ)\S*(?![^.?!]{0,40}(гостиниц|отел|регистрац|посольств|консульств|виз))",
            r"карты у бригадира",
            r"документы у них|паспорт\w* у хозяина",
            r"(паспорт|загран(?!иц)|документ)\w* у (?!меня|нас|тебя|себя|вас)\w+\b(?!\s?,?\s(\w+(sk|ck|ск|цк)(ij|iy|ii|aya|oe|ий|ая|ое|ие)|prosroch\w*|просроч\w*|dejstvit\w*|действит\w*)\b)",
            r"(забрал|отобрал|отнял|забира|отбира|(?<!за)(?<!про)держ|удержива|спрят|не отда|не возвраща|не верну)\w*[^.?!]{0,40}?(паспорт|загран(?!иц)|документ)",
            r"(паспорт|загран(?!иц)|документ)\S*[^.?!]{0,20}?(?<!не )спрятал",
            r"(паспорт|загран(?!иц)|документ)\w*[^.?!]{0,40}?(?<!не )(забрал|отобрал|не отда|(?<!за)(?<!про)держ|у (него|нее|них|хозяина|начальника|бригадира|агента|работодателя)\b(?!\s?,?\s(\w+(sk|ck|ск|цк)(ij|iy|ii|aya|oe|ий|ая|ое|ие)|prosroch\w*|просроч\w*|dejstvit\w*|действит\w*)\b))",
            r"(?<!банкомат )(забрал|отобрал|отнял|отбира|не отда|не возвраща)\w*[^.?!]{0,30}?(карт[уы]\b|карточк)",
            r"(паспорт|загран(?!иц)|документ)\w*.{0,80}не (отда(ет|ёт|ют)|возвраща(ет|ют)) (его|их)",
            # "...без загранника? хозяин держит его у себя": the passport named, then held "at his place"
            r"(паспорт|загран(?!иц)|документ)\w*.{0,80}(держ\S*|забрал\S*|оставил\S*|спрятал\S*) (его|их) у себя",
            # no passport until the fine or the debt is paid
            r"(пока не|до тех пор,? пока не) (заплачу|заплатим|отдам|отдадим|верну|вернём|вернем|выплачу|выплатим|отработаю|отработаем)[^.?!]{0,40}(паспорт|загран(?!иц)|документ)\S* (не (отдадут|вернут|дадут|отдаст|вернет|вернёт|получу|получим)|не будет)|(паспорт|загран(?!иц)|документ)\S* (не (отдадут|вернут|дадут|отдаст|вернет|вернёт)|не будет) (\S+ )?(пока не|до тех пор,? пока не) (заплачу|заплатим|отдам|отдадим|верну|вернём|вернем|выплачу|выплатим|отработаю|отработаем)|до тех пор (паспорт|загран(?!иц)|документ)\S* (не будет|не отдадут|не вернут)",
            # the employer "lost" the passport, in the writer's scare quotes or "supposedly"
            r"(хозя|работодател|начальник|бригадир|прораб|агент|шеф)\S*[^.?!]{0,20}([\"«“']\s?потерял\S*\s?[\"»”']|(якобы|будто бы|типа) потерял\S*)[^.?!]{0,20}(паспорт|загран(?!иц)|документ)",
            # the boss will not give it back, the passport named in another sentence
            r"^(?=[\s\S]*(паспорт|загран(?!иц)|документ))(?:[\s\S]*[.?!,;:]\s*)?((мой|наш|этот)\s+)?(бос|босс|хозяин|хозяйка|работодател\S*|начальник\S*|бригадир\S*|прораб\S*|шеф)\s+((уже|его|их|мне|нам|до сих пор|всё ещё|все еще)\s+)?не (отда[её]т|отдают|возвращает|возвращают)(?=\s*((его|их|уже|обратно|назад|паспорт|загран|документ)|[.,!?;:)(]|$|\d))",
        ),
        "armn": (
            # the residence cards not given back ('քարտերը չի վերադարձնելու')
            r"(կացության |բնակության )?քարտ\S* (\S+ )?(չի|չեն) (վերադարձնելու|վերադարձնում|տալու|տալիս|տա)(?!\S)",
            # the passport left with the employer ('պասպորտս մնացել ա գործատուի մոտ')
            r"(անձնագ|պասպորտ|փաստաթղթ|փաստաթուղթ)\S* (\S+ )?(մնացել|մնաց) (ա |է )?(գործատու|բոս|շեֆ|տիրոջ|բրիգադիր|գործակալ)\S* մոտ(?!\S)",
            r"քարտեր\S*[^.?!]{0,30}մոտ են",
            r"պասպորտ\S*[^.?!]{0,25}(մոտ (են|ա|է)|վերցր|պահ|չեն տալիս)|ծննդյան վկայական\S*[^.?!]{0,20}(թաքցր|վերցր|պահ)",
            r"(անձնագ|փաստաթղթ)\S*[^.?!]{0,25}(չի տվել|չեն տվել|չտվեցին|չտվեց|չվերադարձրին|չվերադարձրեց|թաքցր|գրավ)",
            r"(անձնագ|փաստաթղթ|փաստաթուղթ)\S*[^.?!]{0,25}\S+ի մոտ (ա|է|են)",
            r"(անձնագ|պասպորտ|փաստաթղթ|փաստաթուղթ)\S*[^.?!]{0,40}?(?<!չի )(?<!չեն )(?<!չեմ )(վերցր|վերցն(?!եմ|ել|ենք)|վերցել|տար(ան|ել|ավ|եց)|պահ|խլ|չեն տալիս|չի տալիս|չեն վերադարձն|չի վերադարձն|թաքց)",
            r"(վերցր|վերցն|վերցել|պահում|խլել|թաքցր)\S*[^.?!]{0,40}?(անձնագ|փաստաթղթ|փաստաթուղթ)",
            r"(անձնագ|պասպորտ|փաստաթղթ|փաստաթուղթ)\S*.{0,80}(հետ չի տալիս|հետ չեն տալիս|չի վերադարձնում|չեն վերադարձնում)",
            r"^(?=[\s\S]*(անձնագ|պասպորտ))(?=[\s\S]*\b(\d+|մի քանի) (ամիս|շաբաթ|տարի)\S* (ա |է )?պահ(ում|ել))",
            # no passport until the fine or the debt is paid ("տուգանք տուր ..., մինչ այդ անձնագիր չկա")
            r"մինչ(եվ)? (այդ|էդ|չվճարեմ|չվճարենք|չտամ|չտանք|չմուծեմ|փակեմ)[^.?!։]{0,20}(անձնագ|պասպորտ|փաստաթղթ)\S* (չկա|չեն տա|չի տա|չեն տալու|չի տալու)|(անձնագ|պասպորտ|փաստաթղթ)\S* (չկա|չեն տալու|չի տալու|չեն տա|չի տա) մինչ(եվ)? (այդ|էդ|չվճարեմ|չվճարենք|չտամ|չտանք|չմուծեմ)",
            # the employer "lost" the passport, in the writer's scare quotes or "supposedly"
            r"(գործատու|տեր|շեֆ|բրիգադիր|պրորաբ|գործակալ|նաչալնիկ)\S*[^.?!։]{0,20}([\"«“']\s?կորցր\S*\s?[\"»”']|իբր (թե )?կորցր)[^.?!։]{0,20}(անձնագ|պասպորտ|փաստաթղթ)",
            # the boss will not give it back, the passport named in another sentence ('պասպորտ չկա? բոսը չի տալիս')
            r"^(?=[\s\S]*(անձնագ|պասպորտ|փաստաթ))(?:[\s\S]*[.?!,;:։՞]\s*)?((իմ|մեր)\s+)?(բոս|տեր|գործատու|շեֆ|հոզյաին|խազյաին|բրիգադիր|պրորաբ)\S*\s+((արդեն|էլի|դեռ)\s+)?(հետ )?(չի|չեն) (տալիս|տա|վերադարձնում)(?=\s*((արդեն|էլի|հետ|պասպորտ|անձնագ)|[.,!?;:։՞)(]|$|\d))",
        ),
    },
    "confinement": {
        "latn": (
            # how to get out, and a guard always at the gate or the door ('kak mne otsuda vybratsya ... ohrannik vse vremya u vorot')
            r"^(?![\s\S]*\b(parking|car park|stadium|concert|airport|mall|parkovk\w*|stoyank\w*|stadion\w*|aeroport\w*|kayanatex\w*)\b)(?=[\s\S]*(\b(kak|how)\b[^.?!]{0,12}\b(otsyuda|otsuda|vybrat\w*|sbezhat|ubezhat|get out|escape|run away)\b|\b(vonc|inchpes)\b[^.?!]{0,12}\b(durs gam|paxnem|paxchem|pakhchem|pakhnem|prcnem)\b))(?=[\s\S]*\b(ohrann\w*|ohran\w*|storozh\w*|guards?|pahak\w*)\b[^.?!]{0,25}\b(u vorot|u dveri|u vyhoda|na vyhode|na prohodn\w*|at the (gate|door|exit|entrance)|by the (gate|door|exit)|outside (the|our|my) door|darpasi (mot|araj)|drann? (mot|araj)|elqi (mot|araj))\b)",
            # locked in by someone who locks the door as they leave, again or every time ('he locked the door again when he left'; not the writer's own 'I locked'); in Latin-typed Russian and Armenian only with 'again' or 'every time'
            r"\b(he|she|they|husband|boss|owner|landlord|landlady|madam|employer|the (boss|owner|landlord|landlady|madam|family|husband|employer)|my (husband|boss|employer|landlord|landlady|madam))\b (\w+ )?(always |again |still )?lock(s|ed)? (the |our |my )?(door|doors|gate|flat|apartment|house|room)( again| every time| always)?( behind (him|her|them))? (when|whenever|before|as|every time) (he|she|they) (leaves?|left|goes out|went out|goes to work|went to work)\b|(?<!\bya )\b(opyat|snova|vsegda|kazhdyj raz|kazhdiy raz|postoyanno) (\w+ )?(zaper|zapiraet|zapirayut|zaperli|zaperla|zakryl|zakryla|zakryli|zakryvaet|zakryvayut)\b (\w+ )?(dver\w*|kvartir\w*|komnat\w*)\b(?! (v |vo |na )?(podezd|podjezd|podyezd|garazh|saraj|sarai|mashin|kalitk)\w*)[^.?!]{0,20}\b(kogda|kak|pered tem kak|uhodya)\b ?(\w+ )?(ushel|ushla|ushli|uhodit|uhodyat|uhodil|uhodila|uezzha\w*|uehal\w*)\b|\b(eli|norits|noric|amen angam|misht)\b[^.?!]{0,20}\bdur(@|y|n)? (\w+ )?(kxp|koxp|kghp|koghp|pak)(ec|ecin|um a|um e|el a|um en)\b[^.?!]{0,25}\b(gnac|gnacin|gnum|durs ekav)",
            # locked in a house or a room, the object left out ('muzh zaper v dome'); not keys, a door or a phone, not 'ya zaper'
            r"(?<!\bya )\bzaper(la|li)? (?!(dver|klyuch|telefon|mashin|sumk|koshel)\w*)(\w+ )?v (dome|kvartir\w*|komnat\w*|podval\w*|sara\w*|garazh\w*|vagonchik\w*)\b",
            # shut in for the night or from outside ('nas zakryvayut na noch')
            r"\b(nas|menya|ih|vseh) (\w+ )?(zakryvayut|zapirayut|zakryli|zaperli) (\w+ ){0,3}(na noch|snaruzhi)\b",
            # let out only on set days or with a minder ('they let us out only on sundays with the manager')
            r"\blet (us|me|them|the workers|the girls) out only (on (sundays?|saturdays?|weekends?|days off|holidays)|once a (week|month)|with (the |a )?(manager|boss|guard|supervisor|foreman|owner|escort))\b|\bvypuska\w* (nas |menya |ih )?tolko (po (voskresenyam|vyhodnym|subbotam)|raz v (nedelyu|mesyac)|s (brigadirom|ohrannikom|nachalnikom|hozyainom|menedzherom))\b|\bmiayn (kiraki|shabat@ mek|tiroj het|brigadiri het|pahaki het)\w*[^.?!]{0,20}\bdurs (en )?(toxnum|toghnum)\b",
            # let out only to work ('vyhodit mozhno tolko na rabotu')
            r"\b(allowed|let|can|may) (to )?(go out|leave)( (of )?the (house|flat|apartment|dorm|building|room))? only (to|for) (go to )?work\b(?! (meetings?|calls?|trips?|events?|parties|party))|\bonly (allowed|let) out (to|for) work\b|\bvyhodit\w* (nam |mne )?(mozhno |razreshayut |razreshaetsya )?tolko (na rabotu|na smenu|s ohrannikom)\b|\b(durs )?(gal|galis) (enq |em )?miayn ashxatanqi (hamar|gnalu)\b",
            # not allowed to leave the building site or the room ('s obekta vyhodit nelzya', 'sheniqic durs chi kareli')
            r"\b(s obekta|s obyekta|so strojki|so stroyki|iz komnaty|iz zdaniya|iz doma) (vyhodit|vyjti|vyiti|uhodit) nelzya\b|\b(vyhodit|vyjti|vyiti|uhodit) (s|iz) (obekta|obyekta|strojki|stroyki|komnaty|zdaniya|doma) nelzya\b|\b(sheniq|senyak|obyekt|obekt|tn)\w*ic durs (gal )?chi kareli\b",
            # nobody goes ashore until the owner pays; not let off the ship
            r"\b(nobody|no one|none of us) (goes|can go|is allowed|gets to go) ashore\b|\b(not|never) (allowed|let) (to go )?ashore\b|\bne (puskayut|vypuskayut) na bereg\b",
            # shut in a truck, a container or a van, the door not opening
            r"\b(locked|left|shut|closed) (us|me|them) (\w+ )?in (a|the) (truck|lorry|container|van|trailer|cargo hold)\b|\b(we'?re|we are|i'?m|i am|they put us|stuck|sitting|hiding) (\w+ ){0,2}(in|inside) (a|the) (truck|lorry|container|van|trailer)\b[^.?!]{0,60}\b(can'?t|cannot|unable to) open (the |it |this )?(door|doors|it|from (the )?inside)\b|\b(zakryli|zaperli|ostavili) (nas|menya) v (fure|gruzovike|kontejnere|kuzove|furgone)\b",
            # taken somewhere unknown: 'nas vezut na mashine neizvestno kuda', 'they're driving us who knows where'
            r"\b(vezut|vezli|uvozyat|uvezli) (\w+ ){0,3}(neizvestno|neponyatno|ne znaem|ne govoryat) kuda\b|\b(taking|driving|drove|took) (us|me) (to an unknown place|who knows where)\b|\btanum (en|enq) (\w+ ){0,2}(chgitenq|chgitem|anhayt) (ur|vortex|vortegh)\b|\b(chgitenq|chgitem) (ur|vortex|vortegh) (en )?(\w+ )?tanum\b",
            # "ya zapert na sklade": the writer says they are locked in
            r"\b(ya|my) (\w+ )?zapert(a|y)?\b",
            # where we work, a guard with dogs and the gate locked ("rabotaem, vorota na zamke, ohrannik s sobakoy")
            r"^(?=[\s\S]*\b(rabotaem|we work|we'?re working|ashxatum enq)\b)(?=[\s\S]*\b(ohrann\w*|storozh\w*|guards?|pahak\w*)\b[^.?!]{0,20}\b(s sobak\w*|s ovchark\w*|with (a |the )?dogs?|shnerov|shnov)\b)(?=[\s\S]*(\bvorota (\w+ )?(na zamke|zakryt\w*|zapert\w*)|\bgates? (is |are )?(always )?(locked|chained)\b|\bdarpas\w* (pak|koxp|koghp)\w*))",
            # a guard with dogs where the person works, and no way out ("ohrannik s sobakoy, kak vybratsya")
            r"^(?=[\s\S]*\b(farm\w*|ferm\w*|sklad\w*|stro[iy]k\w*|zavod\w*|ceh\w*|barak\w*|obshchag\w*|rabot\w*|work\w*|site|camp|factory|warehouse|plantation|ashxat\w*|gorcaran\w*|pahest\w*)\b)(?=[\s\S]*(\b(ohrann\w*|storozh\w*|guards?|pahak\w*)\b[^.?!]{0,20}\b(s sobak\w*|s ovchark\w*|with (a |the )?dogs?|shnerov|shnov)\b))(?=[\s\S]*\b(kak (otsyuda )?(vybrat\w*|sbezhat|ujti|uiti|uyti|uehat|vyehat)|(vyehat|ujti|uiti|uyti|bezhat) nekuda|how (do i|can i|to) (get out|escape|leave)|can'?t leave|(inchpes|vonc) (durs gam|paxnem|pakhnem|paxchem)|(chenq|chem) (karox|karogh|kara) durs gal)\b)",
            r"\b(get out of here|get out of this (place|house|flat|apartment)|escape( from)? (here|this place|them|him|her)|run away from (here|them|him|her)|leave (here|this place)|flee( from)? (here|them|him|her))\b[^.?!]{0,30}\bwithout (them|him|her|anyone|anybody|the (boss|owner|family|guards?)) (knowing|noticing|seeing|finding out|hearing)\b|\b(uyti|uiti|vybrat'?sya|sbezhat|ubezhat|vyrvat'?sya|uehat|vyyti|vyiti) (\w+ )?otsyuda\b[^.?!]{0,30}\b(chtoby (\w+ )?(nikto|oni|on|ona|hozya\w*) (\w+ )?ne (uznal|zametil|uvidel)\w*|nezametno)\b|\bnezametno (uyti|uiti|vybrat'?sya|sbezhat|ubezhat|uehat|vyyti|vyiti) (\w+ )?otsyuda\b|\b(estexic|esteghic|aystexic|aysteghic) (\w+ )?(durs gam|paxnem|pakhnem|paxchem|pakhchem|heranam|gnam)\b[^.?!]{0,30}\b(vor (\w+ )?(chimanan|chnkaten|chtesnen|chimana|chnkati|chtesni)|annkat)\b",
            r"\bprotiv (ee|ego|moey|ih) voli|\bderzhat v\b|\bne razreshaet (mne )?vyhodit|\bzakryvayut vnutri|\bne dayut (nam )?zvonit|\bv vannoi zakrylas|\bpaki tak|\bkamkin hakarak|\bchem karum pa(x|k)chem|\bhskum en|\bnkuxum\b|\blogaranum pakvel",
            r"\b(locked|trapped) (in|inside|up)\b|\bbeing (held|kept)\b|\block the door\b|\bdoor is (always )?(locked|closed)|\bnot allowed (off|out|outside)\b|\blet me step out\b|\bchain on the gate|\bnobody walks out|\b(watching|watch) (me|us) (all the time|on cameras|every)|\bi'?m trapped\b",
            r"\b\d+ ?km from (the )?(nearest )?(town|city|road)|\bno (car|bus)\s?,? no (car|bus)\b|\bv lesu\b|\bdo trassy\b|\bvorota\b[^.?!]{0,30}\bzakryva",
            r"\b(tun|durs) chen toxni|\bdurs ches ga|\bvaxenum (a|em) durs gal",
            r"\b(zakryli|zakryvayut|zapirayut)\w* (nas|menya|snaruzhi|v(?! \d))\b|\b(uiti|uyti|vyiti|vyyti|uehat) ne da(yut|et)|\bne (otpustyat|vypustyat)\b|\b(zakryvaet|zakryl|zakryla) (nas|menya)\b",
            r"\b(locked? (us |me )?from (the )?outside|afraid to (go out|leave))\b",
            # locked in from outside for the night, with no way out; kept somewhere so that nobody runs
            r"\b(zakryva|zapira|zakryl|zaper)\w* (\w+ ){0,3}snaruzhi\b|\b(vyiti|vyyti|uiti|uyti|vybratsya|vybrat'sya) nikak\b|\bnikak ne (vyiti|vyyti|uiti|uyti|vybratsya|vybrat'sya)\b",
            NOBODY_RUNS["latn"],
            # a sponsor (kafala) who will not sign the exit visa: the worker cannot leave the country
            r"\b(kafil|kafeel|sponsor|employer|boss|madam|hozyain\w*|rabotodatel\w*)\b[^.?!]{0,20}\b(ne da[eyo]t|ne dayut|won'?t (give|sign)|doesn'?t (give|sign)|refus\w* to (give|sign)|not (giving|signing))\b[^.?!]{0,15}\b(exit|vyezdn\w*)\b|\bexit (visa|permit|vizu|viza)\b[^.?!]{0,30}\b(won'?t|doesn'?t|refus\w*|ne da[eyo]t|ne dayut)\b",
            r"\block(ed|s|ing)? (me|us|him|her|them|my \w+)( and [\w ]{1,20})? (in|inside|up)\b",
            r"\b(won'?t|wont|don'?t|dont|doesn'?t|doesnt|not) (let|allow) (me|us|him|her|them)( to)? (leave|go|come|get out|out|quit|call|see|return|phone|talk)",
            r"\b(can'?t|cannot|not allowed to) (leave|escape|get out|go out|go outside|go home|run away|quit)\b",
            r"\b(held|kept|keeping|holding|hold|keep) (me |us |him |her |them )?(against|captive|hostage|prisoner|locked|here|there|inside)\b",
            r"\bagainst (my|his|her|their|our) will\b",
            r"\b(zaperl|zaper (menya|nas|ee|ego|ih)|zapira|vzaperti|ne otpuska|ne vypuska|ne puska|ne da(yut|et|ot) (nam |mne |ey |emu )?(uyti|uiti|vyyti|vyiti|uehat|pozvonit)|nelzya (vyhodit|uyti|uehat)|ne mogu (uyti|vyyti|uehat|sbezhat|vernutsya))",
            r"\b(pak(el|um|vac|ecin)|durs chen tox|durs chi tox|(?<!hyur )(?<!hyurer )(?<!telefon )(?<!heraxos )chen toxnum|(?<!hyur )(?<!hyurer )(?<!telefon )(?<!heraxos )chi toxnum|tuyl chen tal|chem karox\w* (durs gal|heranal|gnal|paxchel|veradarnal)|pahum en (mez|indz|nran))",
            # a fire and the exit locked
            r"\b(fire|smoke|pozhar|dym|hrdeh|cux|tsukh)\b(?!\s*(drill|alarm test|safety training|detector))[^.?!]{0,60}\b(locked|zaperta?|zakryta?|pak (e|a))\b",
            # a fire behind a locked door
            r'\bfire\b(?!\s*(drill|alarm test|safety training))[^?]{0,80}\b(locked|lock)\b|\bpozhar\w*[^?]{0,80}\b(zakryt\w* na zamok|zapert\w*)|\bhrdeh\w*[^?]{0,80}\b(pak|koxp|koghp)\w*',
            # a door locked from outside at night; a gate kept locked; workers not let out
            r"\block(s|ed|ing)? (the |our |my |their )?(\w+ )?(doors?|gates?|rooms?|barracks?|containers?|dorm\w*|hostels?|apartments?|flats?|houses?|workshops?|basements?)( \w+){0,2} from (the )?outside\b",
            # 'they keep 6 of us in an apartment with a guard'
            r"\bkeep (\d+|two|three|four|five|six|seven|eight|ten|all|some) of us\b[^.?!]{0,50}\bwith (a |an )?(armed )?guards?\b",
            r"\bkeeps? (the |our )?(gates?|doors?) locked\b",
            # a note or a sign asking for help shown at a window
            r"^(?=[\s\S]*\b(windows?|okn\w*|okoshk\w*|patuhan\w*|lusamut\w*)\b)(?=[\s\S]*\b(note|sign|paper|piece of paper|card|written|wrote|zapisk\w*|bumazhk\w*|bumag\w*|listok|listk\w*|tablichk\w*|napisan\w*|napisal\w*|tuxt\w*|tught\w*|grac|grvac|grel)\b)(?=[\s\S]*(\"\s?(help|sos|pomogite|spasite|oknek|ognek|okneq|ogneq)\b|\b(saying|says|said|reading|with the word|written|wrote|napisano|napisal\w*|grac|grvac|grel)\W{1,4}(help|sos|pomogite|spasite|oknek|ognek|okneq|ogneq)\b|\b(help|sos|pomogite|spasite|oknek|ognek|okneq|ogneq)\W{1,4}(written|grac|grvac|napisano)\b))",
            # nobody goes out until the contract or the debt is over; the dorm locked on the workers every night
            r"\b(nobody|no one|noone|none of us) (goes|can go|gets|can get|leaves|can leave|is allowed (to go|to leave)|is let) (out )?(\w+ )?until (the )?(end of (the |our )?)?(contract|season|debt|loan|we (pay|repay|work off)|(it'?s|the debt is|we'?re) (paid|repaid))\b|\bnikto ne (vyhodit|vyjdet|vyydet|uhodit|uedet|uyd[eyo]t)\b[^.?!]{0,20}\b(do konca|poka ne) (kontrakt|sezon|dolg|otrabot|vypla)\w*|\bvoch (voq|mek)\b[^.?!]{0,10}\bdurs chi (galis|gnum|gal|gna)\b[^.?!]{0,30}\bminch(ev|@|e) (paymanagr|sezon|partq)\w*",
            r"\b(they|he|she|guards?|the guard|boss|owner|manager|foreman|employer|company)\b[^.?!]{0,20}\block(s|ed)? (the |our |my )?(dorm\w*|barracks?|rooms?|hostel|container)( doors?)? (at|every|each) night\b",
            r"\b(won'?t|wont|don'?t|dont|doesn'?t|doesnt|not) (let|allow) (the )?(workers|people|girls|guys|women|men|anyone|everyone)( to)? (leave|go out|get out)\b",
            # held at an airport, a border or a station for days with no lawyer or food
            r"\b(held|detained|kept|holding|keeping) (me |us |him |her |them )?(at|in) (the )?(airport|border|police station|station|precinct|deportation (centre|center)|detention (centre|center))\b[^.?!]{0,60}\b((\d+|two|three|four|several) days|no (food|lawyer|water|phone|call)|(won'?t|don'?t) (let (me|us|him|her) call|give (me|us|him|her) a lawyer))\b|\b(derzhat|zaderzhali|uderzhivayut)\w* (\w+ )?(v aeroportu|na granice|v otdelenii|v uchastke)\b[^.?!]{0,60}\b(sutki|sutok|dnya|dney|ne kormyat|advokat\w*)",
            # the boss's people "may not let" us go ("karoxa chtoxnen")
            r"\b(tir(oj|oj@|ojs|ojy|oji)|gorcatu\w*|shef\w*|xozyain\w*|hozyain\w*)\b[^.?!]{0,30}\b(chtox(nen|ni|nel|num)|chen toxni|chi toxni)\b",
            # not let off the ship, no land for months; locked in with a key
            r"\b(won'?t|wont|doesn'?t|doesnt|don'?t|dont|not allowed to|refuses? to) (let|allow) (us|me|them|him|her) (go ashore|ashore|off (the )?(ship|boat|vessel|trawler)|off\b(?=[^.?!]{0,40}\b(ship|boat|vessel|trawler|port|shore)\b))|\b(haven'?t|have not|hasn'?t|has not) (touched|set foot on|stepped on) (land|shore|dry land)\b|\b(zakryvayut|zapirayut) (nas|menya|ih) (\w+ )?na (klyuch|zamok)\b",
            # the gate locked on the workers; a friend or a relative kept in a house
            r"\b(they|he|she|boss|owner|guard|foreman|employer)\b[^.?!]{0,30}\block(s|ed)? (the |our )?gates?\b(?! (code|key|remote))(?![^.?!]{0,20}\bfor (an?|one|two|\d+|a few|half an) (hour|hours|minutes?|mins?)\b)|\b(she|he|they|friend|sister|daughter|cousin|niece|wife|son|brother)\b[^.?!]{0,20}\b(is|are) (being )?kept in (a|an|the|some) (house|flat|apartment|room|basement|villa|hotel)\b",
        ),
        "cyrl": (
            # how to get out, and a guard always at the gate or the door
            r"^(?![\s\S]*(паркинг|парковк|стоянк|стадион|аэропорт|концерт|торгов\S* центр))(?=[\s\S]*как (мне )?(\S+ )?(отсюда )?(выбраться|сбежать|убежать|уйти|вырваться|выйти))(?=[\s\S]*(охранник|охрана|сторож)\S*[^.?!]{0,25}(у ворот|у двери|у выхода|на выходе|на проходной))",
            # someone who locks the door again or every time as they leave ('опять запер дверь когда ушел'; not 'я запер')
            r"(?<!я )(?<![а-яё])(опять|снова|всегда|каждый раз|постоянно) (\S+ )?(запер|запирает|запирают|заперли|заперла|закрыл|закрыла|закрыли|закрывает|закрывают) (\S+ )?(двер\S*|квартир\S*|комнат\S*)(?!\S)(?! (в |во |на )?(подъезд|гараж|сара|машин|калитк)\S*)[^.?!]{0,20}(когда|как|перед тем как|уходя)\s?(\S+ )?(уш[её]л|ушла|ушли|уходит|уходят|уходил|уходила|уезжа\S*|уехал\S*)",
            # locked in a house or a room, the object left out ('муж запер в доме')
            r"(?<!я )(?<![а-яё])запер (?!(двер|ключ|телефон|машин|сумк|кошел)\S*)(\S+ )?в (доме|квартире|комнате|подвале|сарае|гараже|вагончике)(?![а-яё])",
            # shut in for the night or from outside ('нас закрывают на ночь в вагончике снаружи')
            r"(нас|меня|их|всех) (\S+ )?(закрывают|запирают|закрыли|заперли)(?![а-яё]) (\S+ ){0,3}(на ночь|снаружи)",
            # let out only on set days or with a minder ('выпускают только по воскресеньям с бригадиром')
            r"выпуска\S* (нас |меня |их )?только (по (воскресеньям|выходным|субботам)|раз в (неделю|месяц)|с (бригадиром|охранником|начальником|хозяином|менеджером))",
            # let out only to work
            r"выход(ить|им)\S* (нам |мне )?(можно |разрешают |разрешается )?только (на работу|на смену|с охранником)",
            # not allowed to leave the site or the room
            r"(?<![а-яё])(с объекта|со стройки|из комнаты|из здания|из дома) (выходить|выйти|уходить) нельзя|(выходить|выйти|уходить) (с|из) (объекта|стройки|комнаты|здания|дома) нельзя",
            # not let ashore
            r"не (пускают|выпускают|отпускают) на берег|на берег (\S+ )?не (пускают|выпускают)",
            # shut in a truck, a container or a van, the door not opening
            r"(закрыли|заперли|оставили) (нас|меня) (\S+ )?в (фуре|грузовике|контейнере|кузове|фургоне|трюме)|(мы|нас|меня|сидим|сижу) (\S+ ){0,2}в (фур|грузовик|контейнер|кузов|фургон)\S*[^.?!]{0,60}не (можем|могу) открыть (\S+ )?(двер|изнутри)",
            # taken somewhere unknown ('везут неизвестно куда')
            r"(везут|везли|увозят|увезли) (\S+ ){0,3}(неизвестно|непонятно|не знаем|не говорят) куда",
            # a guard with dogs where the person works, and no way out
            r"^(?=[\s\S]*(работаем|работаю))(?=[\s\S]*((охран|сторож)\S*[^.?!]{0,20}с (собак|овчарк)))(?=[\s\S]*ворота (\S+ )?(на замке|закрыт|заперт))",
            r"^(?=[\s\S]*(ферм|склад|стройк|завод|цех|барак|общаг|работ|плантаци|лагер))(?=[\s\S]*((охран|сторож)\S*[^.?!]{0,20}с (собак|овчарк)))(?=[\s\S]*(как (отсюда )?(выбраться|сбежать|уйти|уехать|выехать)|(выехать|уйти|бежать) некуда|не выпускают|не отпускают))",
            # a sponsor (kafala) who will not give the exit visa
            r"(кафил|кафеел|спонсор|работодател|хозя|начальник)\S*[^.?!]{0,20}не (да[её]т|дают|подписыва\S*) (\S+ )?выездн|выездн\S* виз\S*[^.?!]{0,20}не (да[её]т|дают)",
            r"(уйти|выбраться|сбежать|убежать|вырваться|уехать|выйти) (\S+ )?отсюда[^.?!]{0,30}(чтобы (\S+ )?(никто|они|он|она|хозя\S*) (\S+ )?не (узнал|заметил|увидел)|незаметно)|незаметно (уйти|выбраться|сбежать|убежать|уехать|выйти) (\S+ )?отсюда",
            r"против (ее|его|моей|их) воли|держат в\b|не разрешает (мне )?выходить|закрывают внутри|не дают (нам |ей |ему )?звонить|в ванной закрыл",
            r"до трассы|ворота\w*[^.?!]{0,30}закрыва|в лесу[^.?!]{0,40}(хозяин|машина|работ)",
            r"(закрыли|закрывают|запирают)\w* (нас|меня|снаружи|в(?! \d))\b|(уйти|выйти|уехать) не да(ют|ет)|не (отпустят|выпустят)\b|отсюда не выйду|боится выходить|боюсь выходить|(закрывает|закрыл|закрыла) (нас|меня)(?![а-яё])",
            r"(заперл(?!\S* (\S+ )?(ключ|телефон|кошел|сумк|вещ))|запер (меня|нас|ее|её|его|их)|запира|взаперти|не отпуска|не выпуска|не пуска|не да(ют|ет|ёт) (нам |мне |ей |ему )?(уйти|выйти|уехать|позвонить)|нельзя (выходить|уйти|уехать)|не могу (уйти|выйти|уехать|сбежать|вернуться)|держат (нас|меня|ее|его)|в подвале)",
            r"(пожар|дым)[^.?!]{0,60}(заперт|закрыт)",
            # "я заперт на складе": the writer says they are locked in
            r"(?<![а-яё])(я|мы) (\S+ )?заперт(а|ы)?(?![а-яё])",
            # locked in from outside for the night, with no way out; kept somewhere so that nobody runs
            r"(закрыва|запира|закрыл|запер)\S* (\S+ ){0,3}снаружи|(выйти|уйти|выбраться) никак|никак не (выйти|уйти|выбраться)",
            NOBODY_RUNS["cyrl"],
            # a note or a sign asking for help shown at a window
            r"^(?=[\s\S]*(окн|окош))(?=[\s\S]*(записк|бумажк|бумаг|листок|листк|табличк|надпис|написан|написал))(?=[\s\S]*(\"\s?(помогите|спасите|help|sos)|(написано|написал\S*|надпис\S*)\W{1,4}(помогите|спасите|help|sos)|(помогите|спасите|help|sos)\W{1,4}написано))",
            # nobody goes out until the contract or the debt is over
            r"(никто|никого) не (выходит|выйдет|уходит|уедет|уйд[её]т|выпускают|выпустят|отпускают|отпустят)[^.?!]{0,20}(до конца|пока не) (контракт|сезон|долг|отработ|выпла)",
            # a fire behind a locked door
            r'пожар[^?]{0,80}(закрыт\w* на замок|заперт)',
            # held at an airport, a border or a station for days with no lawyer or food
            r"(держат|задержали|удерживают)\S* (\S+ )?(в аэропорту|на границе|в отделении|в участке|в спецпри[её]мнике)[^.?!]{0,60}(сутки|суток|дня|дней|не кормят|адвокат)|(в аэропорту|на границе|в отделении|в участке|в спецпри[её]мнике) (\S+ )?(держат|удерживают)[^.?!]{0,60}(сутки|суток|дня|дней|не кормят|адвокат)",
            # not let off the ship; locked in a hostel or a room with a key
            r"не (выпускают|отпускают|пускают) (\S+ )?(с (судна|корабля|лодки)|на берег)|(закрывают|запирают) (нас|меня|их) (\S+ )?на (ключ|замок)|(в|на) (хостеле|общаге|общежитии|комнате|квартире|складе|подвале|бараке)\S*[^.?!]{0,20}(закрывают|запирают) (\S+ )?на (ключ|замок)|(закрывают|запирают) (\S+ )?на (ключ|замок)[^.?!]{0,20}(в|на) (хостеле|общаге|общежитии|комнате|складе|подвале|бараке)",
        ),
        "armn": (
            # how to get out, and a guard always at the gate or the door
            r"^(?![\s\S]*(կայանատեղ|ավտոկայան|մարզադաշտ|օդանավակայան|համերգ))(?=[\s\S]*(ոնց|ինչպես)[^.?!։]{0,12}(դուրս գամ|փախչեմ|փախնեմ|պրծնեմ))(?=[\s\S]*պահակ\S*[^.?!։]{0,25}(դարպասի|դռան|ելքի|մուտքի) (մոտ|առաջ))",
            # someone who locks the door again or every time as they leave ('էլի դուռը կողպեց գնաց'; not the writer's own 'փակեցի')
            r"(էլի|նորից|ամեն անգամ|միշտ)[^.?!։]{0,20}դուռ\S* (\S+ )?(կողպ|փակ)(եց|եցին|ում ա|ում է|ել ա|ել է|ում են)(?!\S)[^.?!։]{0,25}(գնաց|գնացին|գնում ա|գնում է|գնում են|դուրս եկավ|դուրս գալիս)",
            # let out only on set days or with a minder ('միայն կիրակի են դուրս թողնում')
            r"միայն (կիրակի|շաբաթը մեկ|հանգստյան օր|տիրոջ հետ|բրիգադիրի հետ|պահակի հետ)\S*[^.?!։]{0,20}(դուրս|բաց) (են )?թողնում",
            # let out only to work
            r"դուրս (գալ |ենք գալիս |եմ գալիս )?(\S+ )?միայն աշխատանքի (համար|գնալու)|միայն աշխատանքի (համար|գնալու) (են )?(դուրս|բաց) թողնում",
            # not allowed to leave the room or the building ('սենյակից դուրս գալ չի կարելի')
            r"(սենյակ|շենք|տն|օբյեկտ)\S*ից դուրս (գալ )?չի կարելի",
            # taken somewhere unknown ('տանում են, չգիտենք ուր')
            r"տանում (են|ենք) (\S+ ){0,2}(չգիտենք|չգիտեմ|անհայտ) (ուր|որտեղ)|(չգիտենք|չգիտեմ) (ուր|որտեղ) (են )?(\S+ )?տանում",
            # a guard with dogs where the person works, and no way out
            r"^(?=[\s\S]*(աշխատում (ենք|եմ)))(?=[\s\S]*(պահակ\S*[^.?!։]{0,20}(շնով|շներով)))(?=[\s\S]*դարպաս\S* (\S+ )?(փակ|կողպ))",
            r"^(?=[\s\S]*(ֆերմա|պահեստ|գործարան|շինարարությ|աշխատ|բարաք|հանրակացարան))(?=[\s\S]*(պահակ\S*[^.?!։]{0,20}(շնով|շներով)))(?=[\s\S]*((ինչպես|ոնց) (դուրս գամ|փախնեմ|փախչեմ)|դուրս (գալ )?(չենք|չեմ) (կարող|կարա|կարում)))",
            r"(էստեղից|այստեղից) (\S+ )?(դուրս գամ|փախնեմ|փախչեմ|հեռանամ|գնամ|դուրս պրծնեմ)[^.?!։]{0,30}(որ (\S+ )?(չիմանան|չնկատեն|չտեսնեն|չիմանա|չնկատի|չտեսնի)|աննկատ)",
            r"փակի տակ|կամքին հակառակ|լոգարանում փակվել|սենյակում (են )?պահ",
            r"դարպաս\S*[^.?!]{0,30}փակ",
            r"(տուն|դուրս) չեն թողնի|դուրս չես գա|վախենում (ա|եմ) դուրս գալ",
            r"(փակ(ել|ում|ված|եցին)|դուրս չեն թող|դուրս չի թող|(?<!հյուր )(?<!հյուրեր )(?<!հեռախոս )(?<!տելեֆոն )չեն թողնում|(?<!հյուր )(?<!հյուրեր )(?<!հեռախոս )(?<!տելեֆոն )չի թողնում|թույլ չեն տալիս|թույլ չի տալիս|չեմ կարող\S* (դուրս գալ|հեռանալ|գնալ|փախչել|վերադառնալ)|պահում են (մեզ|ինձ|նրան)|նկուղ)",
            r"(հրդեհ|ծուխ)\S*[^.?!]{0,60}(փակ|կողպ)",
            # kept somewhere so that nobody runs
            NOBODY_RUNS["armn"],
            # a note or a sign asking for help shown at a window
            r"^(?=[\s\S]*(պատուհան|լուսամուտ))(?=[\s\S]*(թուղթ|թղթ|գրած|գրված|գրություն|ցուցանակ))(?=[\s\S]*(\"\s?(օգնեք|փրկեք|help|sos)|(օգնեք|փրկեք|help|sos)\W{1,4}(գրած|գրված)|(գրել|գրած|գրված)\S*\W{1,4}(օգնեք|փրկեք|help|sos)))",
            # nobody goes out until the contract or the debt is over
            r"(ոչ ոք|ոչ մեկ|ոչ մեկը)[^.?!։]{0,10}(դուրս )?(չի|չեն) (գալիս|գնում|գա|գնա)[^.?!։]{0,30}մինչեվ (պայմանագր|սեզոն|պարտք)",
            # a fire behind a locked door
            r'հրդեհ[^?]{0,80}(փակ|կողպ)',
        ),
    },
    "debt": {
        "latn": (
            # a debt for the journey, the bed or the papers not yet worked off ('dolg za dorogu ne otrabotali'), though 'ne otrabotali' reads as a negation; work unpaid for a debt in Latin-typed Armenian
            r"\b(dolg|dolzh)\w*[^.?!]{0,15}\bza (dorog|bilet|zhil|viz|perel[eyo]t|proezd|obshchag|obshag|edu|dokument)\w*[^.?!]{0,30}\bne (otrabotal|vyplatil|vernul|pogasil|otdal)\w*|\bpart(q\w*|k\w*|i|u)\b[^.?!]{0,40}\b(anvchar|aranc vchar\w*|aranc pox\w*|aranc pogh\w*)\b[^.?!]{0,15}\bashxat\w*",
            # not to leave until the debt is paid ('minchev partq@ chtaq')
            r"\bmin(ch|c)ev (\w+ )?(partq|partk)\w* (chta|chvchar|chpak)\w*",
            # work given years to pay back the ticket or the visa
            r"\b(work|stay) (\w+ ){0,3}(years?|months?) (more )?to (pay|work) (back|off) (the|my|our|for the) (tickets?|flights?|visas?|fees?|recruitment fee|agency fee)\b",
            r"\b(number|debt) goes up\b|\bwork \w+ years? for free\b|\bkeep my (whole )?salary until\b|\bvychitayut za\b|\beshe dolzhen|\bchen ta minchev|\banvchar piti ashxatem",
            r"\b(dolzhn|dolzhen)\w* (za|im)\b|\bdolg\w* (tolko |vse )?rast|\bpartk (em|enk)\b|\bpartk\w* mecan",
            r"\b(i|we) owe (them|him|her|the (agent|boss|broker|owner))\b|\bdebt (keeps |only )?grow",
            r"\b(owe|owes|owed|debt)\b(?! (me|us)\b)[^.?!]{0,60}\b(until|before|can'?t|cannot|won'?t let|not let|work (it )?off|pay (it )?off)\b",
            r"\bwork (it |this |the debt )?off\b",
            r"\b(pay|owe)\b[^.?!]{0,40}\bbefore (i|we|he|she|they) (can|could|may) (go|leave|return|quit)\b",
            r"\b(otrabat|otrabot(?!ann))\w*|\b(dolg|dolzhen|dolzhn)\w*[^.?!]{0,40}(ne otpuska|poka ne|uyti|uehat)",
            r"\bpartk\w*[^.?!]{0,40}(chen tox|chi tox|minchev|heto)",
            r"\b(piti|petk e|petq a|petka) tam\b[^.?!]{0,30}\b(nor|heto|minchev)\b[^.?!]{0,20}\b(tun|het)\b",
            # free to leave only once a "penalty" is paid or worked off (not "can I quit if I pay back the course?")
            r"\b(leave|go home|quit)\b (only (after|if|when|once)|until|unless) (i |we )?(pay|paying|repay|repaying|work off|working off|cover|covering)\b|\bonly (after|if|when|once) (i |we )?(pay|repay|work off)\w*[^.?!]{0,30}\b(leave|go home|quit)\b",
            # cannot move from the spot until I pay (Latin-typed Armenian)
            r"\b(minchev|minch)\b (\S+ ){0,3}(chvcharem|chvcharenq|chtam|chtanq|chpakem|chashxatem)\b[^.?!]{0,40}\b(sharjvel|gnal|heranal|durs gal|tun gnal)\b",
            # told that the person owes for the visa, the ticket or the room
            r"\b(say|says|said|tell|tells|told (me|us)) (that )?(i|we) owe\b(?! (nothing|no\b|none|anything))",
        ),
        "cyrl": (
            # a debt for the journey, the bed or the papers not yet worked off, though 'не отработали' reads as a negation
            r"(долг|долж)\S*[^.?!]{0,15}за (дорог|билет|жиль|визу|перел[её]т|проезд|общаг|еду|документ)\S*[^.?!]{0,30}не (отработал|выплатил|вернул|погасил|отдал)\S*",
            r"должн\w* вернуть|вычитают за|еще должен|бесплатно за визу|не дают уволиться",
            r"(долж(ен|на|ны)) (за|им)\b|долг\w* (только |все )?раст",
            # "отработанные дни" are days worked (a pay question), not a debt worked off
            r"(отрабат|отработ(?!анн))\w*",
            r"(долж(ен|на|ны)|над?о) (заплатить|отдать|вернуть)[^.?!]{0,40}(тогда|потом|только|пока)[^.?!]{0,20}(домой|уехать|уйти)",
            r"(долг|должен|должн)\w*[^.?!]{0,40}(не отпуска|пока не|уйти|уехать)",
        ),
        "armn": (
            # work unpaid for a debt
            r"պարտք\S*[^.?!։]{0,40}(անվճար|առանց վարձ\S*|առանց փող\S*)[^.?!։]{0,15}աշխատ",
            # not to leave until the debt is paid
            r"մինչեվ (\S+ )?պարտք\S* (չտա|չվճար|չփակ)\S*",
            r"չեն տա մինչեվ|անվճար պիտի աշխատեմ",
            r"պարտք (եմ|ենք)\b|պարտք\S* մեծան",
            r"պարտք\S*[^.?!]{0,40}(չեն թող|չի թող|մինչեվ|հետո)",
            r"(պիտի|պետք ա|պետք է) տամ[^.?!]{0,30}(նոր|հետո|մինչեվ)[^.?!]{0,20}(տուն|հետ)",
            # cannot move from the spot until I pay
            r"մինչեվ (\S+ ){0,3}(չվճարեմ|չվճարենք|չտամ|չտանք|չփակեմ|չփակենք|չաշխատեմ)[^.?!։]{0,40}(շարժվել|գնալ|հեռանալ|դուրս գալ|տուն գնալ)",
        ),
    },
    "unpaid": {
        "latn": (
            r"\bnobody (has )?paid us\b|\bnobody pays us\b|\bworked for free\b|\banvchar ashxatum|\bvoch vok chi vcharum",
            r"\btakes? (all )?(our|my|his|her) (wages|salary|pay|money)\b|\bzabiraet (u \w+ )?vse dengi|\bpox chenk stanum|\bashxatavardz\w* vercnum",
            r"\bhaven'?t (received|got|been given) (my |any |a )?(salary|pay|wages?|money)\b",
            r"\b(ashxatavard|pox|pogh)\w*[^.?!]{0,20}\b(chem stacel|chi stanum|chenk stacel)|\bni kopeyki|\bmi kopek chen|\bzarplat\w* ne (poluch|vid)",
            r"\b(not|haven'?t|hasn'?t|never|didn'?t|don'?t|doesn'?t|won'?t|no) (been )?(paid|pay(ing)?)\b[^.?!]{0,40}\b(months?|weeks?|leave|home|quit)",
            r"\b(zero|no) (salary|pay|wages?)\b",
            r"\b(ne plat|ne zaplat|ne vyplach|bez zarplat|zarplatu ne)\w*",
            r"\b(ashxatavard|ashxatavarc|pox|gumar)\w*[^.?!]{0,30}\b(chen tal|chen tvel|chen vchar|chi tal|chi vchar)",
        ),
        "cyrl": (
            r"забира\w* (у \w+ )?вс[её] деньги|забира\w* (мою |нашу |всю |всю нашу )?зарплату",
            r"(зарплат|денег)\w*[^.?!]{0,20}не (получа|получил|видел)|ни копейки",
            r"(?<!\w)(не плат|не заплат|не выплач|без зарплат|зарплату не)\w*",
        ),
        "armn": (
            r"անվճար աշխատում|ոչ ոք չի վճարում",
            r"(վերցնում ա|վերցնում է) (իմ |մեր )?աշխատավարձ|փող չենք ստանում|(իմ |մեր )?աշխատավարձ\S* (վերցնում)",
            r"(աշխատավարձ|փող)\S*[^.?!]{0,20}(չեմ ստացել|չի ստանում|չենք ստացել)|մի կոպեկ չեն",
            r"(աշխատավարձ|փող|գումար)\S*[^.?!]{0,30}(չեն տալիս|չեն տվել|չեն վճար|չի տալիս|չի վճար)",
            r"չեն վճարում",
        ),
    },
    "threats": {
        "latn": (
            # sent back or deported unless the person pays or obeys ('otherwise he will send us back', 'te che kuxarki Hayastan')
            r"\b(or else|otherwise|te che|yete che|ete che|ete voch|inache|a to)\b[^.?!]{0,30}\b(deport\w*|send (me|us|her|him|them) (back|home)|hand (me|us) (over )?to (the )?police|kdeport\w*|kuxarki|kuxarken|kughark(i|en)|kartaqs(i|en)|otprav(it|yat) (\w+ )?(domoj|domoi|nazad|obratno)|deportir\w*|sdadut|sdast)\b",
            # a false accusation of theft held over the person ('if i complain he will tell them i stole')
            r"\b(will|'ll|would|going to) (tell|report|say to|inform) (them|the police|the cops|police|migration)\b[^.?!]{0,20}\b(i|we|that i|that we) (stole|steal|robbed|took)\b|\baccuse (me|us) of (theft|stealing)\b|\b(skazhet|zayavit|napishet|soobshchit) (\w+ )?(policii|mentam|v policiyu)\b[^.?!]{0,20}\b(chto )?(ya|my) (ukral\w*|vorova\w*)|\bobvinit (menya|nas) v krazhe\b|\b(kasi|kasen|khaytni) (\w+ )?ostikan\w*\b[^.?!]{0,20}\b(vor )?(es |menq )?(goxacel|goghacel|gohacel) (em|enq)\b",
            # a doer's men sent to the family ('he said if i go to the embassy his people in armenia will visit my family')
            r"(\b(" + THREATENED["latn"] + r")\b|\b(" + SAID["latn"] + r")\b[^.?!]{0,20}\b(if|unless|otherwise|or else)\b|\bif (i|we) (go|leave|tell|complain|call|run|quit|report)\w*\b)[^.?!]{0,80}\b(his|their|her) (people|men|guys|boys)\b[^.?!]{0,30}\b(will|'ll|gonna|going to) (visit|pay (a )?visit to|find|come (to|for|after)|go after|deal with) (my|your|our) (family|parents|mother|mom|mum|wife|kids|children|relatives)\b|(\b(" + THREATENED["latn"] + r")\b|\b(" + SAID["latn"] + r")\b[^.?!]{0,20}\b(esli|inache|a to)\b|\besli (ya )?(ujdu|uydu|pojdu|poydu|rasskazhu|pozhaluyus|sbegu)\b)[^.?!]{0,80}\b(ego|ih) (lyudi|rebyata|parni)\b[^.?!]{0,30}\b(navestyat|navedayutsya|pridut k|najdut|naydut|doberutsya do)\b (tvo|mo|vash|nash)\w* (sem|rodn|roditel|mam|mat|zhen|det)\w*",
            # a death threat told as said ('he said he'll make my life short', 'skazal dolgo ne prozhivesh')
            r"\b(" + PERPETRATOR["latn"] + r")\b[^.?!]{0,15}\b(" + SAID["latn"] + "|" + THREATENED["latn"] + r")\b[^.?!]{0,30}(\bmake (my|your|our|his|her) life short(er)?\b|\b(won'?t|will not|wouldn'?t|would not) live long\b|\bdolgo ne prozhiv\w*|\bukoroch\w* (\w+ )?zhizn\w*|\berkar (ches|chenq|chi|cheq) apri\b)",
            # pay, or the person will not be let go (a ransom)
            r"\bif (i|we|you|he|she|they) (don'?t|do not|doesn'?t|does not|can'?t|cannot) pay\b[^.?!]{0,60}\b(won'?t|will not|wouldn'?t|would not|can'?t|cannot) ((be )?['\"]?(released|let go|let out|freed|allowed to leave)['\"]?|(let|release|free) (him|her|them|us|me|my \w+|our \w+)(?!( go| leave| out)? (online|on|to|out to)\b)( go| leave| out)?\b)|\besli (ne zaplati\w*|ne zaplach\w*|ne otdad\w*|ne otdam)\b[^.?!]{0,60}\bne (otpust\w*|vypust\w*)\b|\b(ete|yete) (chvcharenq|chvcharem|chtanq|chtam)\b[^.?!]{0,60}\b(chen|chi) (bac toxni|bac toxnelu|azati|azatelu)\b",
            # money demanded, or else the tickets or the passport are not given back
            r"\binache (\w+ ){0,2}(bilet|pasport|dokument)\w* ne (otdast|vernet|otdadut|vernut|poluchim)\b|\bor (else )?(he|they|she) (won'?t|will not|will never) (give|return|hand) (us |me )?(back )?(the |our |my )?(tickets?|passports?|documents|papers)\b|\b(wants?|demands?|asks?( for)?) (\$ ?\d[\d,]*|\d[\d,]* ?(dollars|euros?|usd|eur|\$|€)|more money)[^.?!]{0,25}\bbefore (giving|handing|returning) (us |me )?(back )?(the |our |my )?(tickets?|passports?|documents|papers)\b",
            # the police called, or a theft made up, if the person runs ('ostikanutyun kzangem')
            r"\b(ostikan|migracion)\w* (kzangi|kkanchi|khaytni)\b|\b(asum (a|e)|asec|asel (a|e))\b[^.?!]{0,40}(\b(ostikan|migracion)\w* (kzangem|kkanchem|khaytnem|kzangenq|kkanchenq)\b|\b(kasem|kasenq) (vor )?(goxacel es|gox es|goghacel es|gogh es)\b)",
            # the boss says he will not give the passport back, or will hang a debt on the person
            r"\b(agent\w*|on|ona|oni|" + EMPLOYER_WORDS["latn"] + r")\b[^.?!]{0,60}\b(pasport|dokument)\w* (\w+ )?ne (vernet|vernut|otdast|otdadut)\b|\b(dolg|shtraf)\w* (na menya |na nas |na tebya |na vas )?(povesit|povesyat)\b",
            r"\bsdelayut plo\w*|\bdeportiruyut\b|\bego lyudi\b|\bsezdyat\b|\bvnas ktan|\bkartaksen|\bostikanutyun kkanchi|\bsparnum|\bspaarnum|\bkgnan iranc mot",
            # the police or migration called against the person: a theft put on them, their arrest or deportation (not 'I'll tell the police he stole my bike', 'to arrest him')
            r"\b(call|tell) (the )?(police|migration)\b[^.?!]{0,40}(\b(i|we|you) (stole|steal|robbed|took)\b|\b(deport|arrest)\w*\b(?! (him|her|them|the|that|this|his|their)\b)|\b(have|get) (me|us|you) (deported|arrested)\b)|\bpay them a visit\b|\bwill suffer\b|\bgoes to jail\b|\bnobody will believe\b",
            r"\b(police|they) will arrest (us|me) if\b|\b(police|they)('ll| will) arrest (us|me)\b|\bposadyat\b|\btomu konec\b|\bhajord@ du es\b|\bdzend ktri\b|\b(video|nkar)\w*[^.?!]{0,30}\b(cnoxner|cnoghner|ynanik)\w*[^.?!]{0,20}\bcuyc",
            r"\b(videos?|photos?|pictures?)\b[^.?!]{0,40}\b(show|send|post)\w*\b[^.?!]{0,30}\b(parents|family|husband|everyone)|\b(show|send|post)\w* (the |my )?(videos?|photos?|pictures?)\b[^.?!]{0,30}\b(parents|family|husband|everyone)",
            r"\b(ubyet|ubet|chto-?to sluchitsya|pozvonit v migracion\w*|(sdadut|sdast) (menya |nas |tebya )?v (migracion|mentovk|fms)\w*|(sdadut|sdast) (menya|nas|tebya) v polic\w*|ban kpatahi|kzangi|demkd klini|v sleduyushi\w* raz budet lico)\b",
            r"\bsomething (bad )?will happen to\b|\bnext time (it'?ll|it will) be (your|my) face|\bcall (the )?(police|migration) (on me|and say)\b",
            r"\bthreat\w*",
            r"\b(kill|hurt|harm|beat) (me|us|my (family|kids?|children|wife|husband|parents|mother|mom))\b",
            r"\b(they|he|she)('ll| will) (kill|hurt|harm|deport|report|find (me|us))\b",
            r"\b(ugrozh|ugroz|groz(it|yat|il)|ubyu|ubyut|sdadut v polic|zakopa)\w*",
            r"\bburn (down )?(your|my|our|his|her|their|the)( \w+'?s)? (house|home|flat|car)\b|\b(sozhg|sozhzh|podozhg|podozhzh)\w*[^.?!]{0,20}(dom|kvartir|mashin)|\btun\S* (kvar|kayr)\w*",
            r"\b(sparn|spaarn|kspan|kvnas|ktax|kt'ax)\w*",
            r"\b(acid|(?<!ant to )(?<!ants to )(?<!anc to )(?<!anted to )(?<!lan to )(?<!ope to )bury (me|us|you|him|her)|(?<!to be )(?<!ll be )buried|burn (me|us|my))\b",
            # "he knows where they live"
            r"\bknows? where (you|they|we|i|my \w+|our \w+|your \w+) (live|lives|stay|stays)\b|\bzna(et|em|yut)\s*,?\s*gde (ty |oni |my |ya |\w+ )?(zhiv\w*)|\bgit(i|en|enq) (vortegh|ortex|vortex|ur) (en |a |enq |es |eq )?(aprum|aproum)",
            # "they'll break his legs"
            r'\b(break|smash) (your|his|her|my|our|their) (legs|arms|hands|knees|face|bones)\b|\b(slomayut|slomaem|perelomayut)\b[^.?!]{0,10}\b(nogi|ruki)\b|\b(votq|votk|dzerq|dzerk)\w* (kkotr|kjard)\w*|\b(slomaet|slomayu|perelomaet|perelomayu)\b[^.?!]{0,10}\b(nogi|ruki)\b',
            # intimate pictures to be posted, "he knows where my son studies"
            r'\b(vylozh|opublik|razosl|otprav)\w* (vse |moi |moe |eti |tvoi )?(video|foto|photo|intim)\w*|\b(post|leak|send|share)\w* (my|the|our) (videos?|photos?|pictures?|nudes)\b|\bznaet\s*,?\s*gde (\w+ )?(uchit|rabota|zhiv)\w*|\bknows? where (my|our|your) \w+ (studies|works|goes to school|lives)\b',
            # whoever flees, their family will be found; "I'll kill anyone who leaves"
            r"\b(kill|hurt|shoot|beat) (anyone|anybody|whoever|everyone|any of (you|us)) (who |that )?(leaves?|runs?|tries|escapes?|talks?|complains?|calls?|tells?|goes to)\b|\b(whoever|anyone who|who ever) (runs?|escapes?|flees?|leaves?)\b[^.?!]{0,50}\b(find|hurt|kill|visit)\w*\b|\bkto (sbezhit|ubezhit|uydet)\b[^.?!]{0,50}\b(naydut|najdut|ub'?yut)\b|\bov (paxchi|pakhchi|paxni)\b[^.?!]{0,50}\b(kgtnen|kspanen)\b",
            # a veiled threat to family: 'your family will have an accident'
            r'\b(family|kids?|children|wife|husband|mother|mom|mum|father|parents|sister|brother|son|daughter)\b[^.?!]{0,40}\b(will|might|could|may|gonna|can) [\'\"]?(have|get into|meet with) (an |some )?accident|\b(semy\w*|det\w*|zhen\w*|mam\w*|roditel\w*|sestr\w*|brat\w*|syn\w*|doch\w*)\b[^.?!]{0,40}\bneschastn\w* sluch\w*|\b(yntaniq|ynt?anik|erexa|kin|mayr|mam|cnox|quyr|eghbayr|exbayr)\w*\b[^.?!]{0,40}\b(dzhbaxt|djbaxt) patahar',
            # whoever quits, complains or talks 'tends to have accidents', 'disappears'
            r"\b(quit|leave|leaves|run away|complain\w*|refus\w*|go to the police|don'?t pay|(who|that) (talk|run)\w*|ubegaet|uhodit|uydet|uezzhaet|zhaluetsya|ne platit|boxoqum|gnum a)\b[^.?!]{0,60}\b(accidents?|disappear\w*|neschastn\w*|propada\w*|ischeza\w*|pokalech\w*|dzhbaxt|anhetan\w*|korchum|(get|gets|got|end up) hurt)\b",
            # my photos put online if I leave or complain: 'gorcatun asuma nkarnerys internetum kdni ete heranam'
            r"^(?=[\s\S]*\b(ete|yete|if|unless|otherwise|or else|te che|esli|inache)\b)[\s\S]*(\b(nkarner|tesanyut|video)\w*[^.?!]{0,30}\b(kdni|kdnen|ktexadri|ktexadren|kuxarki|khraparaki|kcri|ktaraci|ktaracen)\b|\b(he|she|they|boss|employer|manager|owner)\b[^.?!]{0,30}\b(put|upload)\w* (my|our) (videos?|photos?|pictures?|pics|nudes)\b[^.?!]{0,15}\b(online|on the internet|on (facebook|instagram|tiktok))\b)",
            # pay or the photos go online: 'tur 5000 evro te che nkarner@ kdnenq internet'
            r"\b(or|or else|otherwise|unless|te che|yete che|ete che|inache|a to)\b[^.?!]{0,40}\b(photos?|pictures?|pics|videos?|foto\w*|video\w*|snimk\w*|nkar\w*|tesanyut\w*)\b[^.?!]{0,40}\b(online|internet|hamacanc\w*|facebook|instagram|to (your|her|his) (family|parents|husband)|rodnym|sem'?e|cnoxner\w*|ynt?anik\w*)\b",
            # 'we'll come to your folks', a photo of one's home sent
            r"\b(priedem|pridem|nagryanem|zaedem) (k|ko) (tvoim|vashim|tvoey materi|tvoim roditelyam)\b|\bprislal\w* (\w+ )?foto (tvoego |moego |nashego |ih )?doma\b|\b(ktan|kgnan|kgananq|kganq) (qo|dzer) (tnecinerin|tneri mot|hor mot|mor mot)\b|\b(tan|tneri) (nkar|foto)\w* (en )?(uxarkel|ugharkel|uxarkecin|ugharkecin)\b",
            r"\b(sent|texted) (me )?(a )?(photos?|pictures?) of (my|our|your|his|her|my parents'?|my mom'?s) (house|home|door|building)\b|\b(we'?ll|we will|they'?ll|they will) (come|go|pay a visit) to your (family|parents|mother|mom|folks|people)\b",
            # 'they are going to kill me', Latin-typed Armenian
            r"\bindz spanelu (en|a|e)\b|\bspanelu (en|a|e) indz\b",
            # detained and told: the front, or years in prison (the front named: not "a contract for 1 or 2 years")
            r"^(?=[^.?!]*\b(front\w*|voyn\w*|svo)\b)(?=[^.?!]*\b(kam|ili|libo|or)\b[^.?!]{0,20}\b\d+ (tari|let|god\w*|years)\b)",
            # there are people there waiting to kill me (Latin-typed Armenian)
            r"\b(indz|mez)\b[^.?!]{0,30}\b(vor )?spanen\b(?! el\b)",
            # naked pictures held over the person ('sfotografirovali goloj, inache otpravyat muzhu')
            r"\b(naked|nude|intimate) (photos?|pictures?|pics|videos?)\b[^.?!]{0,60}\b(send|show|post|share|leak|publish)\w*|\b(goloj|goloi|goluyu|golym|obnazhenn?\w*|intimn\w* (foto|video))\b[^.?!]{0,60}\b(otprav|pokazh|vylozh|razoshl|opublik|solyut|solju|sol'yut|slit)\w*|\bmerk\b[^.?!]{0,60}\b(kuxark|kughark|cuyc ktan|ktara?c|khraparak)\w*",
            # the family found or hurt if the person leaves or refuses; the mother's house known (Latin-typed Armenian)
            r"\bor (my|your|our|his|her) (\w+ )?(brother|sister|mother|mom|mum|father|dad|family|kids?|children|son|daughter|wife|husband|parents) (will|gets?|is going to|are going to) (get )?(hurt|pay|suffer|die|be killed|killed)\b|\b(mamayid|mord|yntaniqid|@ntaniqid|erexeqid|erexaneri?d|kinojd|cnoxnerid|cnoghnerid|qrojd|papayid|hord)\b[^.?!]{0,20}\bgitem\b|\bnayd[eyo]t (moyu |nashu |tvoyu )?(semyu|rodn\w*)\b",
        ),
        "cyrl": (
            # sent back or deported unless the person pays or obeys ('иначе отправит домой без денег')
            r"(иначе|а то)[^.?!]{0,30}(депортир\S*|отправ(ит|ят) (\S+ )?(домой|назад|обратно)|сдаст|сдадут)(?![а-яё])",
            # a false accusation of theft held over the person
            r"(скажет|заявит|напишет|сообщит) (\S+ )?(полиции|ментам|в полицию)[^.?!]{0,20}(что )?(я|мы) (украл|воровал)\S*|обвинит (меня|нас) в краже",
            # a doer's men sent to the family ('сказал, что его люди навестят мою семью')
            r"((" + THREATENED["cyrl"] + r")|(" + SAID["cyrl"] + r")[^.?!]{0,20}(если|иначе|а то)|если (я )?(уйду|пойду|расскажу|пожалуюсь|сбегу|позвоню))[^.?!]{0,80}(его|их) (люди|ребята|парни)[^.?!]{0,30}(навестят|наведаются|придут к|найдут|доберутся до) (твоих|моих|ваших|наших|твою|мою|вашу|нашу|твоей|моей|вашей|нашей) (семь|родн|родител|мам|матер|жен|дет)",
            # a death threat told as said ('сказал, что долго я не проживу')
            r"(?<![а-яё])(" + PERPETRATOR["cyrl"] + r")\S*[^.?!]{0,15}(" + SAID["cyrl"] + "|" + THREATENED["cyrl"] + r")\S*[^.?!]{0,30}(долго (\S+ )?не прожив|укороч\S* (\S+ )?жизнь)",
            # pay, or the person will not be let go (a ransom)
            r"если (не заплатим|не заплачу|не заплатишь|не заплатите|не заплатит|не отдадим|не отдам)[^.?!]{0,60}не (отпуст|выпуст)\S*",
            # money demanded, or else the tickets or the passport are not given back
            r"иначе (\S+ ){0,2}(билет|паспорт|документ)\S* не (отдаст|вернет|вернёт|отдадут|вернут|получим|получишь)(?![а-яё])",
            # the boss says he will not give the passport back, or will hang a debt on the person
            r"(?<![а-яё])(агент\S*|он|она|они|" + EMPLOYER_WORDS["cyrl"] + r")(?![а-яё])[^.?!]{0,60}(паспорт|документ)\S* (\S+ )?не (вернет|вернёт|вернут|отдаст|отдадут)(?![а-яё])|(долг|штраф)\S* (на меня |на нас |на тебя |на вас )?(повесит|повесят)",
            r"сделают плохо|(вызовет|вызову) полицию|депортируют|никто не поверит|его люди|съездят",
            r"посадят|тому конец|(видео|фото)\w*[^.?!]{0,30}(родител|мужу|семье|всем)",
            r"что-?то случится|позвонит в миграцион|в следующий раз (будет )?лицо",
            r"(угрожа|угроз|убью|убьют|убьет|сдадут в полиц|(сдадут|сдаст) (меня |нас |тебя )?в (миграцион|ментовк|фмс)|(сдадут|сдаст) (меня|нас|тебя) в полиц|грозятся|грозит|закопа|кислот)\w*",
            r"(сожг|сожж|подожг|подожж)\w*[^.?!]{0,20}(дом|квартир|машин)|(дом|квартир|машин)\w*[^.?!]{0,20}(сожг|сожж|подожг|подожж)",
            r"зна(ет|ем|ют)\s*,?\s*где (ты |вы |они |мы |я |\w+ )?(жив\w*)",
            r'(сломают|сломаем|переломают|сломает|сломаю|переломает|переломаю)\w*[^.?!]{0,10}(ноги|руки)',
            r'(выложить|выложит|опубликует|разошл[её]т|отправит)\w* (все |мои |мо[её] |эти )?(видео|фото|интим)|знает\s*,?\s*где (\S+ )?(учит|работа|жив)\w*',
            # whoever flees, their family will be found
            r"кто (сбежит|убежит|уйд[её]т)[^.?!]{0,50}(найдут|убьют)",
            # a veiled threat to family
            r'(семь|дет|жен|мам|мать|родител|сестр|брат|сын|доч)\w*[^.?!]{0,40}(несчастн\w* случа|попад\w* в аварию)',
            # whoever quits or complains 'has accidents', 'disappears'
            r"(уходит|убегает|уйд[её]т|уезжает|жалуется|не платит)[^.?!]{0,60}(несчастн|пропада|исчеза|покалеч)",
            r"(а то|иначе|или)\s[^.?!]{0,40}(фото|видео|снимк)\S*[^.?!]{0,40}(интернет|в сеть|родным|семье|мужу|выложат|выложим|опубликуют|опубликуем|разошл)",
            # 'we'll come to your folks', a photo of one's home sent
            r"(приедем|придём|придем|нагрянем|заедем) (к|ко) (твоим|вашим|твоей матери|твоим родителям)|прислал\S* (\S+ )?фото (твоего |моего |нашего |их )?дома",
            r"^(?=[^.?!]*(фронт|войн|(?<![а-яё])сво(?![а-яё])))(?=[^.?!]*(или|либо)[^.?!]{0,20}\d+ (лет|год))",
            # naked pictures held over the person
            r"(голой|голым|голую|обнаж[её]нн\S*|интимн\S* (фото|видео))[^.?!]{0,60}(отправ|покаж|выложат|выложу|разошл|опубликую|опубликуют|сольют|солью|слить)",
            # the family found or hurt if the person leaves or refuses
            r"найд[её]т (мою |нашу |твою )?(семью|родн)|иначе (\S+ )?(брату|сестре|маме|матери|отцу|семье|детям|сыну|дочери|жене|мужу|родителям) (будет плохо|не поздоровится|конец|достанется)",
        ),
        "armn": (
            # sent back or deported unless the person pays or obeys ('թե չէ կուղարկի Հայաստան')
            r"(թե չէ|եթե չէ|այլապես|հակառակ դեպքում)[^.?!։]{0,30}(կդեպորտ\S*|կուղարկի|կուղարկեն|կարտաքսի|կարտաքսեն|կհանձնի|կհանձնեն)(?!\S)",
            # a false accusation of theft held over the person
            r"(կասի|կասեն|կհայտնի) (\S+ )?ոստիկան\S*[^.?!։]{0,20}(որ )?(ես |մենք )?գողացել (եմ|ենք)|գողության (մեջ|համար) (կմեղադրի|կմեղադրեն)",
            # a doer's men sent to the family ('ասեց, որ իր մարդիկ կայցելեն ընտանիքիս')
            r"((" + THREATENED["armn"] + r")|(" + SAID["armn"] + r")[^.?!։]{0,20}(եթե|թե չէ|այլապես))[^.?!։]{0,80}(իր|իրենց) (մարդիկ|տղերք|տղաները)[^.?!։]{0,30}(կայցելեն|կգան|կգտնեն|կհասնեն) (ընտանիքիս|ընտանիքիդ|ծնողներիս|ծնողներիդ|տնեցիներիս|տնեցիներիդ|մորս|մորդ|կնոջս|կնոջդ|երեխաներիս|երեխաներիդ)",
            # a death threat told as said ('ասեց երկար չես ապրի')
            r"(" + PERPETRATOR["armn"] + r")\S*[^.?!։]{0,15}(" + SAID["armn"] + "|" + THREATENED["armn"] + r")[^.?!։]{0,30}երկար (չես|չենք|չի|չեք|չեմ) ապրի",
            # pay, or the person will not be let go (a ransom)
            r"եթե (\S+ )?(չվճարենք|չվճարեմ|չտանք|չտամ)[^.?!։]{0,60}((չեն|չի) (բաց թողնի|բաց թողնելու|ազատի|ազատելու)|բաց (չեն|չի) (թողնի|թողնելու))",
            # the police called, or a theft made up, if the person runs ('ոստիկանություն կզանգեմ ու կասեմ գողացել ես')
            r"(ոստիկանություն|ոստիկանների|միգրացիոն)\S* (կզանգի|կհայտնի)|(ասում (ա|է)|ասեց|ասել (ա|է))[^.?!։]{0,40}((ոստիկանություն|ոստիկանների|միգրացիոն)\S* (կզանգեմ|կկանչեմ|կհայտնեմ|կզանգենք|կկանչենք)|(կասեմ|կասենք) (որ )?(գողացել ես|գող ես))",
            r"վնաս կտան|կարտաքսեն|ոստիկանություն կկանչի|կգնան իրենց մոտ",
            r"հաջորդը դու ես|ձենդ կտրի|(տեսանյութ|նկար)\S*[^.?!]{0,30}(ծնողներ|ընտանիք)\S*[^.?!]{0,20}ցույց",
            r"բան կպատահի|կզանգի|դեմքդ կլինի",
            r"(սպառն|կսպան|կվնաս|կթաղ)\S*",
            r"(տուն|տունը|տանը|տները|մեքենա)\S*[^.?!]{0,10}(կվառ|կայր)\S*",
            r"գիտ(ի|են|ենք) (որտեղ|ուր) (են |ա |է |ենք |ես |եք )?ապրում",
            r'(ոտք|ձեռք)\S* (կկոտր|կջարդ)\S*',
            r'(նկարներ|տեսանյութ)\S*[^.?!]{0,30}(կտեղադրի|կուղարկի|կհրապարակի|կցրի)',
            # my photos put online if I leave or complain ('նկարներս ինտերնետում կդնի, եթե հեռանամ')
            r"^(?=[\s\S]*(եթե|թե չէ|այլապես))[\s\S]*(նկարներ|տեսանյութ)\S*[^.?!։]{0,30}(կդնի|կդնեն|կտարածի|կտարածեն)",
            # whoever flees, their family will be found
            r"ով (փախչի|փախնի|հեռանա|գնա)[^.?!]{0,50}(կգտնեն|կսպանեն|կվնասեն)",
            # a veiled threat to family
            r'(ընտանիք|երեխա|կին|մայր|մամա|ծնող|քույր|եղբայր|տղա|աղջիկ)\S*[^.?!։]{0,40}(դժբախտ պատահար|ավարիայի կենթարկվ)',
            # those who quit or complain 'have accidents', 'disappear'
            r"(գնում|բողոքում)[^.?!։]{0,60}(դժբախտ|կորչում|անհետան)",
            r"(թե չէ|եթե չէ|այլապես)[^.?!։]{0,40}(նկար|վիդեո|տեսանյութ)\S*[^.?!։]{0,40}(ինտերնետ|համացանց|կդն|ծնող|ընտանիք|ամուսն)",
            # 'we'll come to your folks', a photo of one's home sent
            r"(կգան|կգնանք|կգանք|կգնան) (քո|ձեր) (տնեցիներ|տան մոտ|հոր մոտ|մոր մոտ)|(տան|տների) (նկար|ֆոտո)\S* (են )?(ուղարկել|ուղարկեցին)",
            # 'they are going to kill me' (ինձ սպանելու են)
            r"ինձ սպանելու (են|ա|է)(?!\S)|սպանելու (են|ա|է) ինձ(?!\S)",
            r"^(?=[^.?!։]*(ֆրոնտ|պատերազմ))(?=[^.?!։]*կամ[^.?!։]{0,20}\d+ տարի)",
            # there are people there waiting to kill me
            r"(ինձ|մեզ)[^.?!։]{0,30}(որ )?սպանեն(?!\S)(?! էլ(?!\S))",
            # naked pictures held over the person
            r"(մերկ|ինտիմ)[^.?!։]{0,60}(կուղարկ|ցույց կտա|կտարած|կհրապարակ|կգցեն|կդնեն)",
            # the family's house known: 'your mum's house I know'
            r"(մամայիդ|մորդ|ընտանիքիդ|երեխեքիդ|երեխաներիդ|կնոջդ|ծնողներիդ|քրոջդ|հորդ|պապայիդ)\S*[^.?!։]{0,20}գիտեմ",
        ),
    },
    "violence": {
        "latn": (
            # a face bruised ('her face is bruised', 'dem@ kaptac a')
            r"^(?![\s\S]*\b(fell|fall|falling|bike|boxing|sparring|match|training|accident|surgery|ynkav|@nkav|enkav|hecaniv\w*|marzum\w*|vtar\w*|virahat\w*)\b)[\s\S]*(\b(her|his|my|the girl'?s|the woman'?s) face (is |was )?(all )?(bruised|black and blue|covered in bruises)\b|\bdem(@|y|q@|qy|qn|n)? (\w+ )?(kaptac|kaptel|kaptats)\w*)",
            # one or more of the workers hit ('he hit one of us yesterday', 'izbil odnogo iz nas')
            r"\b(hit|hits|beat|beats|punched|slapped|kicked|attacked|izbil\w*|udaril\w*|bil|b\'?yut|xpec|xpel|khpec|tsetsec|cecec|cecel)\b (\w+ )?(one|two|three|some|several|each|all|most|a few|one or two|odnogo|dvoih|troih|kogo-to|mekin|mekin@|erkusin) (of us|iz nas|mezanic|mezanits)\b(?![^.?!]{0,30}\b(at|in|during) (chess|cards|poker|backgammon|nardy|tennis|football|fifa|(the |a )?(game|match|round))\b|[^.?!]{0,30}\bwith (a|the) ball\b|[^.?!]{0,30}\bv (shahmaty|karty|nardy|futbol)\b)",
            # slapped or punched in the face, or hair cut off as a punishment
            r"\b(slapped|punched|kicked|scratched|spat in|spit in) (my|her|our) face\b|\b(cut|shaved|chopped) (off )?(my|her) hair\b[^.?!]{0,20}\bpunish\w*",
            # a boss or a man of the house who touches or gropes the person
            r"\b(madam's husband|host father|" + EMPLOYER_WORDS["latn"] + r")\b (\w+ )?(keeps |always |constantly )?(touch(es|ing)?|grab(s|bing)?|trogaet|lapaet|pristaet|pristayot|domogaetsya) (me|her|us|menya|ee|nas|ko mne|k nej|k ney|k nam)\b(?! (on|at) the (shoulder|arm))",
            # strangled, the object before the verb ('on menya dushil')
            r"\b(on|ona|oni|muzh\w*|hozyai?n\w*|hozyaik\w*|nachalnik\w*|brigadir\w*|prorab\w*|otchim\w*|otec|svekrov\w*|brat)\b (menya|nas|ee|ego) (\w+ )?(dushil\w*|pridushil\w*|dushit|dushat)\b",
            r"\bbreaking everything\b|\b(at|outside) the door right now\b|\btrying to get in\b|\bmuzh (menya )?(byet|bjet|bjot|byot|b'et|b'yot)\b|\bkroshit",
            r"\b(knife|nozh(a|om|u|i|ei|ey|ami|ah|ik\w*|ev\w*)?|danak|palk\w*|bet nas|byut)\b|\bbreak(ing)? (down )?the door|\blomitsya\b|\bjardum a\b",
            r"\b(beat|beats|beating|hit|hits|hitting|punch\w*|kick(s|ed|ing)?|slap\w*|chok\w*|strangl\w*) (me|us|him|her|them|my (wife|kids?|children|mom|mother|sister|daughter|son|brother))\b",
            r"\b(beat|hit|punched|kicked|attacked|stabbed) (my|our) (friend|coworker|co-worker|colleague|husband|father|dad|cousin|neighbou?r|uncle|aunt|roommate|fiancee?|girlfriend|boyfriend)\b",
            # 'the neighbour beats his son'
            r"\b(beat|beats|beating|punch\w*|slap\w*|whip|whips|whipped|kicks|kicking|hits|hitting) (his|her|their|our) (wife|kids?|children|child|son|daughter|mother|mom|sister|brother|husband|baby|boy|girl)\b",
            r"\b(beaten|rape[ds]?|raping|assault(ed)?|abus(e|es|ed|ing)|grop(e|es|ed|ing)|molest\w*)\b",
            # someone who keeps coming into the bathroom or the bedroom while she showers, changes or sleeps
            r"\b(" + PERPETRATOR["latn"] + r"|man|host father|host dad|son|brother|uncle)\b( (always|still|keeps|kept|just))? (comes?|coming|came|walks?|walking|walked|barges?|barging|barged) (\w+ )?in(to)? (the |my |her |our )?(bathroom|shower|bedroom|room)\b[^.?!]{0,10}\b(when|while|whenever) (i|she|we)( am| is| are|'m|'s|'re)? (showering|shower|showers|bathing|bathe|bathes|changing|change|changes|undress\w*|sleeping|sleep|sleeps)\b|\b(" + PERPETRATOR["latn"] + r"|muzhchina|syn|dyadya)\b (\w+ )?(zahodit|zahodil|vhodit|vryvaetsya|lezet) (\w+ )?v (vannu|dush|spaln)\w* (\w+ )?(kogda|poka) (ya|ona|my) (moyus|moetsya|moemsya|v dushe|pereodeva\w*|splyu|spit)\b|\b(" + PERPETRATOR["latn"] + r")\b[^.?!]{0,40}\b(loxaran|lvacaran|nnjaran)\w* (a |e )?(mtnum|mtnum a|mtnum e)\b[^.?!]{0,30}\b(erb|vor) (loxanum|lvacvum|pokhvum|poxvum|qnac)",
            r"\b(izbiva|izbil|udaril|iznasil|nasil|b(yet|yut) (menya|nas))\w*",
            # 'бьёт' typed with an apostrophe for the soft sign: "b'et kogda zhaluyus"
            r"\bb'(y?e|y?o|y?u)t\b",
            r"\b(cec(um|el|ec|i)|xp(um|el|ec)|brnabar|brnut)\w*",
            r"\b(pobil|pobila|pobili|pobyot|pobyet)\b(?! rekord)|\b(razbil\w*|razbita|razbit)\b[^.?!]{0,15}\b(gub|nos|lic|golov)\w*|\b(gub|nos|lic|golov)\w* razbit\w*|\bv (sinyakah|sinyakakh)\b",
            r"\b(split lip|black eye|bruises all over|covered in bruises)\b",
            r"\b(he'?s|he is|they'?re|they are) (already )?(outside|in the yard|at the door|downstairs|at the gate)\b[^?!]{0,60}\b(turned off the lights?|hiding|hid|locked (myself|us|the door)|not opening)\b|\b(vo dvore|u dveri|pod dveryu|za dveryu|pod oknami|u podezda)\b[^?!]{0,60}\b(vyklyuchil\w* svet|pogasil\w* svet|pryach\w*|spryatal\w*|ne otkryva\w*|zaperl\w*)|\b(vyklyuchil\w* svet|pogasil\w* svet|pryach\w*|spryatal\w*)\b[^?!]{0,60}\b(vo dvore|u dveri|pod dveryu|za dveryu|pod oknami|u podezda)\b",
            # someone at the door now, and the police asked for
            r"\b(police|polic\w*|politsi\w*|911|112|help|quick|hurry|scared|afraid)\b[^?]{0,60}\b(he'?s|hes|he is|they'?re|they are|someone'?s|someone is) (standing |banging |knocking )?(outside|at) (the|my|our) (door|window|gate)\b(?! of)|\b(he'?s|hes|he is|they'?re|they are|someone'?s|someone is) (standing |banging |knocking )?(outside|at) (the|my|our) (door|window|gate)\b(?! of)[^?]{0,60}\b(police|polic\w*|911|112|help|scared|afraid)\b",
            # someone at the door, and the police number asked for
            r"(banging|yelling|knocking|standing|stands|pulling|stoit|stuchit|lomitsa|lomitsya|krichit|oret|dergaet|tracum|gorum|kangnac|qashum)[^?]{0,60}(door|gate|podezd\w*|domofon\w*|dver\w*|pod dveryu|za dveryu|drann?|dur@?|mutq\w*)[\s\S]{0,100}(police|policiy\w*|politsi\w*|policia|ostikan\w*|112|102|911)|(door|gate|podezd\w*|domofon\w*|dver\w*|pod dveryu|za dveryu|drann?|dur@?|mutq\w*)[^?]{0,60}(banging|yelling|knocking|standing|stands|pulling|stoit|stuchit|lomitsa|lomitsya|krichit|oret|dergaet|tracum|gorum|kangnac|qashum)[\s\S]{0,100}(police|policiy\w*|politsi\w*|policia|ostikan\w*|112|102|911)",
            # a boss who beats someone; a beating with a hose, a stick or a belt
            r"\b(hozyain|nachalnik|brigadir|prorab|rabotodatel|ohrannik|boss|foreman|owner|supervisor|guard|manager)\w*( \w+){0,2} (bil|byet|bjet|bili|byut|izbil|izbivaet|udaril|lupit|lupil|beat|beats|whipped|whips)\b|\b(bil|bili|izbil|izbili|lupil|lupit|byet|byut|beat|beats|beating|hit|hits|whipped)( \w+){0,3} (shlangom|palkoj|palkoy|remnem|remnyami|kulakami|nogami|armaturoj|truboj|dubinkoj|provodom|kabelem|with (a|the) (hose|stick|belt|pipe|cable|wire|whip|rod|bat))\b",
            # the boss hits the workers, the men who complain: violence to the people around the writer
            r"\b(hozyain|nachalnik|brigadir|prorab|rabotodatel|ohrannik|boss|foreman|owner|supervisor|guard|manager)\w*( \w+){0,2} (hit|hits|hitting|punch\w*|kick(s|ed|ing)?|slap\w*) (the |his |our |all the )?(workers|guys|boys|men|lads|people|everyone|anyone|those|new (guys|ones)|migrants|women|girls)\b",
            # a bone broken or a burn done to the writer by someone else (not "I broke my arm")
            r"\b(" + PERPETRATOR["latn"] + r")\b( \w+){0,3} (broke|fractured|burned|burnt|scalded) (my|our) (arms?|hands?|legs?|ribs?|nose|jaw|fingers?|wrists?|face|back|skin)\b|\b(slomal|slomala|slomali|obozhgl\w*|obzh[eyo]g|prizhgl\w*|prizh[eyo]g) (mne|nam) (ruk\w*|nog\w*|rebr\w*|nos|chelyust\w*|pal[ae]c\w*|zapyast\w*|lic\w*|spin\w*)\b|\b(" + PERPETRATOR["latn"] + r")\b[^.?!]{0,60}\b(dzerq|dzerk|votq|votk|qit|kit|krtsq|krcq|cnot|tsnot|mat)s (\w+ )?(kotrec|kotrecin|varec|varecin|ayrec|ayrecin)\b|\b(kotrec|kotrecin|varec|varecin|ayrec|ayrecin) (dzerq|dzerk|votq|votk|qit|kit|mat)s\b",
            # strangled, pushed down the stairs, scalded with boiling water, slapped (Latin-typed Russian and Armenian too)
            r"\b(" + PERPETRATOR["latn"] + r")\b[^.?!]{0,30}\b(dushil\w*|dushit|dushat|pridushil\w*|xexd(um|ec|ecin|el)|xeghd(um|ec|ecin|el))\b (er |a |e )?(menya|nas|ee|ego|indz|inz|mez)\b|\b(pushed|shoved|threw) (me|us|her|him) (down|off|out of|from)\b[^.?!]{0,20}\b(stairs|balcony|window|car|roof|train|bus)\b|\b(tolknul\w*|stolknul\w*) (menya|nas|ee|ego) (s|so|iz) (lestnic|balkon|mashin|okn|krysh|poezd)\w*|\b(threw|poured|splashed|spilled) (boiling|hot) (water|oil|tea|soup)\b(?! (balloons?|guns?|bottles?|pistols?))[^.?!]{0,15}\b(at|on|over) (me|us|her|him|my)\b|\b(oblil\w*|plesnul\w*) (\w+ )?kipyatk\w*|\berman jur\w*|\bapt(ak|ag)(ec|ecin|um (a|e)|el (a|e)) (indz|inz|mez)\b",
        ),
        "cyrl": (
            # one or more of the workers hit ('избил одного из нас')
            r"(?<![а-яё])(избил\S*|ударил\S*|бь[её]т|бьют|побил\S*) (\S+ )?(одного|двоих|троих|кого-то|некоторых|каждого) из нас(?![а-яё])(?![^.?!]{0,30}(в шахматы|в карты|в нарды|в футбол|в игре|мячом))",
            # a boss or a man of the house who touches or gropes the person
            r"(?<![а-яё])(муж хозяйки|сын хозяина|хозяйский сын|" + EMPLOYER_WORDS["cyrl"] + r")(?![а-яё])(\S* )?(\S+ )?(постоянно |вс[её] время )?(трогает|лапает|щупает|пристает|пристаёт|домогается) (меня|её|ее|нас|ко мне|к ней|к нам)(?![а-яё])",
            # strangled, the object before the verb ('она меня душила')
            r"(?<![а-яё])(он|она|они|муж|хозяин|хозяйка|начальник|бригадир|прораб|отчим|отец|свекровь|брат) (меня|нас|её|ее|его) (\S+ )?(душил|душила|душили|душит|душат|придушил\S*)(?![а-яё])",
            r"\b(бьет|бьют|побьет|избивает)\b",
            r"\bбьют\b|бьет нас|палк(ой|ами)|\bнож(а|ом|у|и|ей|ами|ах|ик\S*|ев\S*)?(?![а-яё])|ломится в дверь|крушит",
            # someone who keeps coming into the bathroom or the bedroom while she showers, changes or sleeps
            r"(?<![а-яё])(" + PERPETRATOR["cyrl"] + r"|мужчина|сын|дядя)(?![а-яё])(\S* )?(\S+ )?(заходит|заходил|входит|врывается|лезет) (\S+ )?в (ванн|душ|спальн)\S* (\S+ )?(когда|пока) (я|она|мы) (моюсь|моется|моемся|в душе|переодева\S*|сплю|спит)(?![а-яё])",
            r"(избива|избил|ударил|изнасил|насил|бь(ет|ют) (меня|нас|ее|его|мою|моего)|домогает)\w*",
            r"\b(побил|побила|побили|побьет)\b(?! рекорд)|(разбил\w*|разбита|разбит)[^.?!]{0,15}(губ|нос|лиц|голов)|(губ\w*|нос|лицо|голов\w*) разбит|в синяках",
            r"(во дворе|у двери|под дверью|за дверью|под окнами|у подъезда)[^?!]{0,60}(выключил\w* свет|погасил\w* свет|пряч\w*|спрятал\w*|не открыва\w*|заперл\w*)|(выключил\w* свет|погасил\w* свет|пряч\w*|спрятал\w*)[^?!]{0,60}(во дворе|у двери|под дверью|за дверью|под окнами|у подъезда)",
            # someone at the door now, and the police asked for
            r"(полици|112|помогите|боюсь|страшно)[^?]{0,60}(он|они|кто-то) (стоит |стоят |ломится |стучит )?(за дверью|у двери|под дверью|у окна)|(он|они|кто-то) (стоит |стоят |ломится |стучит )?(за дверью|у двери|под дверью)[^?]{0,60}(полици|112|помогите|боюсь|страшно)",
            # someone at the door, and the police number asked for
            r"(стучит|ломится|кричит|ор[её]т|стоит|дергает|дёргает)[^?]{0,60}(двер|подъезд|домофон)[\s\S]{0,100}(полици|112|102)|(двер|подъезд|домофон)[^?]{0,60}(стучит|ломится|кричит|ор[её]т|стоит|дергает|дёргает)[\s\S]{0,100}(полици|112|102)",
            # a boss who beats someone; a beating with a hose, a stick or a belt
            r"(надсмотрщик|мастер|" + EMPLOYER_WORDS["cyrl"] + r")\S*( \S+){0,2} (бил|бьет|бьёт|били|бьют|избил|избивает|ударил|лупит|лупил)(?!\S)|(?<!\S)(бил|били|избил|избили|лупил|лупит|бьет|бьёт|бьют)( \S+){0,3} (шлангом|палкой|палками|ремнем|ремнём|ремнями|кулаками|ногами|арматурой|трубой|дубинкой|плеткой|плёткой|проводом|кабелем)(?!\S)",
            # a bone broken or a burn done to the writer by someone else ("сломал мне руку", not "я сломал руку")
            r"(?<![а-яё])(сломал|сломала|сломали|обжег|обжёг|обожгла|обожгли|прижгла|прижгли|прижег|прижёг) (мне|нам) (рук|ног|ребр|нос|челюст|палец|пальц|запясть|лиц|спин)",
            # strangled, pushed down the stairs, scalded with boiling water
            r"(?<![а-яё])(" + PERPETRATOR["cyrl"] + r")[^.?!]{0,30}(?<![а-яё])(душил|душила|душит|душат|душили|придушил\S*) (меня|нас|её|ее|его)|(?<![а-яё])(толкнул|толкнула|столкнул|столкнула|толкнули|столкнули) (меня|нас|её|ее|его) (с|со|из) (лестниц|балкон|машин|окн|крыш|поезд)|(облил|облила|облили|плеснул\S*) (\S+ )?кипятк",
        ),
        "armn": (
            # a face bruised ('դեմքը կապտած ա')
            r"^(?![\s\S]*(ընկ(ավ|ել)|հեծանիվ|բռնցքամարտ|մարզում|վթար|վիրահատ))[\s\S]*(?<!\S)դեմք\S* (\S+ )?(կապտած|կապտել)",
            # one or more of the workers hit ('մեզնից մեկին ծեծեց')
            r"(մեզնից|մեզանից) (մեկին|երկուսին|մի քանիսին) (\S+ )?(ծեծ|խփ)\S*|(ծեծ|խփ)\S* (\S+ )?(մեզնից|մեզանից) (մեկին|երկուսին|մի քանիսին)",
            # a boss or a man of the house who touches or gropes the person
            r"(?<!\S)(տան տղամարդ|" + EMPLOYER_WORDS["armn"] + r")\S*[^.?!։]{0,20}(կպնում|ձեռք (ա|է) տալիս|ձեռ (ա|է) տալիս) ((ա|է) )?(ինձ|մեզ|նրան)(?!\S)",
            r"դանակ|ջարդում ա|դուռն ա ջարդ",
            # someone who keeps coming into the bathroom or the bedroom while she showers, changes or sleeps
            r"(?<!\S)(" + PERPETRATOR["armn"] + r")\S*[^.?!։]{0,40}(լոգարան|լվացարան|ննջարան)\S* (ա |է )?(մտնում|ներս ընկնում)[^.?!։]{0,30}(երբ|որ) (լողանում|լվացվում|փոխվում|քնած)",
            r"(ծեծ(ում|ել|եց|ի)|խփ(ում|ել|եց)|բռնաբար|բռնությ)\S*",
            r"կապտուկ|(շրթունք|քիթ)\S* (ջարդ|պատռ)",
            r"(բակում|դռան մոտ|դռան տակ|դռան հետեվ|պատուհանի տակ)[^?!]{0,60}(լույս\S* անջատ|թաքն|թաքց|չեմ բացում|փակվել)|(լույս\S* անջատ|թաքնվել)[^?!]{0,60}(բակում|դռան մոտ|դռան տակ|դռան հետեվ)",
            # someone at the door, and the police number asked for
            r"(թակում|գոռում|կանգնած|քաշում)[^?]{0,60}(դռ|դուռ|մուտք)[\s\S]{0,100}(ոստիկան|102|911)|(դռ|դուռ|մուտք)[^?]{0,60}(թակում|գոռում|կանգնած|քաշում)[\s\S]{0,100}(ոստիկան|102|911)",
            # a bone broken or a burn done to the writer by someone else ('ձեռքս կոտրեց', not 'կոտրեցի')
            r"(?<!\S)(" + PERPETRATOR["armn"] + r")\S*[^.?!։]{0,60}(?<!\S)(ձեռք|ոտք|քիթ|կողոսկր|ծնոտ|մատ)ս (\S+ )?(կոտրեց|կոտրեցին|կոտրել (ա|է|են)|վառեց|վառեցին|վառել (ա|է|են)|այրեց|այրեցին|այրել (ա|է|են))(?!\S)|(?<!\S)(կոտրեց|կոտրեցին|վառեց|վառեցին|այրեց|այրեցին) (իմ )?(ձեռք|ոտք|քիթ|կողոսկր|ծնոտ|մատ)ս(?!\S)",
            # strangled, pushed down the stairs, scalded with boiling water, slapped
            r"(?<!\S)(" + PERPETRATOR["armn"] + r")\S*[^.?!։]{0,30}(խեղդում էր|խեղդեց|խեղդում (ա|է)|խեղդել (ա|է)) (ինձ|մեզ)(?!\S)|(հրեց|հրեցին) (ինձ|մեզ) (աստիճան|պատշգամբ|մեքենայ|պատուհան)|եռման ջուր|եռացրած ջուր\S* (\S+ )?(լցրեց|շպրտեց|թափեց)|(ապտակեց|ապտակեցին|ապտակում (ա|է)|ապտակել (ա|է)) (ինձ|մեզ)(?!\S)",
        ),
    },
    "exploitation": {
        "latn": (
            # made to go with clients, in Latin-typed Armenian ('ptsnum en klientneri het gnal')
            r"\b(stipv|ptsn|pcn)\w*[^.?!]{0,30}\b(klient|hachaxord|haxaxord|txamard|tghamard|hyur)\w* het (gnal|gnam|gnan|mnal|mnam|qnel|qnem)\b",
            # made to 'entertain' guests or clients
            r"\b(make|makes|made|making|force|forces|forced|forcing) (me|us|her|them|the girls) ['\"]?(entertain|keep company|accompany)['\"]? (the )?(guests|clients|customers|men|visitors)\b|\b(zastavlya\w*|zastavil\w*) (menya |nas |ee |ih )?['\"]?(razvlekat|soprovozhdat)['\"]? (gostej|gostey|klientov|muzhchin)\b",
            # a crowd of people kept in a room or a garage with no windows or toilet
            r"^(?=[\s\S]*\b([1-9]\d) (people|of us|chelovek|hogi|hogov)\b)(?=[\s\S]*\b(live|living|sleep|sleeping|kept|zhiv[eyo]m|spim|nochuem|aprum|qnum|knum)\b)(?=[\s\S]*\b(without windows|no windows?|no toilet|bez okon|bez tualeta|net tualeta|patuhan chka|zugaran chka|aranc patuhani)\b)",
            # pregnant women made to work
            r"\b(make|makes|made|force|forces|forced)\b (\w+ ){0,2}(women|us|her|girls)\b (to )?work\b[^.?!]{0,40}\bpregnant\b|\bpregnant\b[^.?!]{0,30}\b(made|forced|has|have) to work\b|\bzastavlyayut (\w+ )?rabotat (\w+ )?beremenn\w*",
            # work for food only, no pay
            r"\b(work|working|worked)\b (\w+ ){0,3}(only|just) for food\b|\bfor food only\b|\b(rabota\w*|pashem)\b (\w+ ){0,3}(tolko )?za edu\b(?![^.?!]{0,40}(zarplat|plyus|\+|oklad|\d\d))|\bashxatum (enq|em) (miayn )?utelu (hamar|dimac)\b|\bonly (get|getting|given|receive) food\b[^.?!]{0,20}\bno (salary|pay|wages|money)\b",
            # fourteen hours a day or more, with no day off
            r"^(?![\s\S]*\b(hackathon|hakaton|sprint|deadlines?|dedlajn\w*|exams?|this week|today|segodnya|na etoj nedele)\b)(?=[\s\S]*\b(1[4-9]|2[0-4]) ?(hours?|hrs?|h|chasov|chas|zham)\b)(?=[\s\S]*(\bno (days? off|rest days?|weekends?)\b|\bnever a day off\b|\bbez vyhodn\w*|\bvyhodn\w* (net|ne dayut)\b|\bhangstyan or (chka|chunem|chunenq|chen talis)\b))",
            # made to dance, drink or strip for men or clients
            r"\b(want|wants|wanted|make|makes|made|force|forces|forced|told|tell|tells|ask|asks|asked|expect|expects) (me|us|her|the girls|them) to (dance|strip|sit|drink|be nice|go out) (\w+ )?(for|with) (men|clients|customers|guests|rich men|the men)\b|\b(zastavlyayut|hotyat chtoby ya|trebuyut) (\w+ )?(tancevat|razdevatsya|sidet|pit) (\w+ )?(dlya|s) (muzhchin|klient|gost)\w*",
            # days without food in an employer's house
            r"^(?=[\s\S]*\b(host family|" + EMPLOYER_WORDS["latn"] + r")\b)[\s\S]*(\b(hasn'?t|haven'?t|has not|have not|hadn'?t) (eaten|had (any )?food) (in|for) (\d+|two|three|four|five|several|a few) days\b|\bne (ela|el|eli|est) (uzhe )?(\d+|dva|tri|neskolko) (dnya|dney|dnej|sutok)\b|\b(\d+|erku|ereq) or (a |e )?(chi|chen|chem) kerel\b)",
            r"\bbring(s)? (men|clients) to me|\bgo with (men|clients)|\bcarry packages across|\bprodali\b|\bprivodyat muzh|\bvacharel en|\bhasarakac tun|\btxamardkanc en ber",
            r"\b(comes?|came) into my room\b|\bsends? (me|us|her) to (men|clients)\b|\bforced? to beg|\bmake (me|us|them) beg|\bmakes? (the |our |my )?(kids|children|boys|girls)\b[^.?!]{0,40}\bbeg\b|\bprosit (dengi|milostynyu)|\botpravlyayut k muzh\w*|\bmtnum a senyak|\btxamardkanc mot\b|\bmural\b",
            r"\bmake (me|her|us|them) (go|sleep|be|dance) with (clients|men|customers)\b",
            r"\b(prostitut\w*|brothel|sex work|sleep with (clients|men|customers)|forc\w* (me|us|her|him|them|my \w+) (to|into)|forced to work|(was|were|been|being) trafficked|sold (me|her|him|us|them))\b",
            r"\b(prostitu|bordel|zastavlya|prinuzhd|prodal[iy]? (menya|ee|ego|nas)|kak raby|v rabstve)\w*",
            r"\b(marmnavachar|pornk|stip(um|el|ecin)|harkadr|vacharel en|struk)\w*",
            # food only when a quota is met, workers fainting
            r"\b(food|eat|meal|feed|kormyat|edim|eda|utel|hac)\w*\b[^.?!]{0,30}\bonly (if|when) (we |you )?(finish|meet|make|do)\b|\bone meal a day\b[^.?!]{0,40}\b(quota|norm|boss|work)|\b(fainted|collapsed|passed out)\b[^.?!]{0,30}\b(in the field|at work|on the site|from the heat|at the site|in the greenhouse)",
            r"\b(kormyat|edu dayut)\w* tolko (esli|kogda) (vypoln|sdel)\w*|\b(teryali soznanie|padali v obmorok)\b",
            # taken abroad under the guise of a job ('matucoxuhi ashxatanqi anvan tak en tarel')
            r"\b(taken|took|brought|lured|sent|trafficked|uvezli|vyvezli|zamanili|otpravili|privezli|tarel|tarav|taran|berel|beren)\b[^.?!]{0,60}\b(under the (guise|pretext|pretence|pretense) of|pod (vidom|predlogom)|(anvan|patrvak\w*) tak)\b|\b(under the (guise|pretext|pretence|pretense) of|pod (vidom|predlogom)|(anvan|patrvak\w*) tak)\b[^.?!]{0,60}\b(taken|took|brought|lured|sent|uvezli|vyvezli|zamanili|otpravili|privezli|tarel|tarav|taran|berel|beren)\b",
            # an organ to pay a debt; made to carry a package or drugs; sex demanded for papers; a girl married off by force
            r"\b(sell|selling|sold) (a |my |his |her |one |our )?(kidney|organ|liver)s?\b|\b(kidney|organ)s?\b[^.?!]{0,40}\b(pay (off|back)|the debt|to cover)\b|\b(prodat|prodam|vyrezat)\w* (\w+ )?(pochk|organ|pechen)\w*|\bdolg\w*[^.?!]{0,40}\bpochk\w*|\berikam\w*[^.?!]{0,30}\b(vacharel|vacharem|tal|hanel|hanen)\b",
            r"\b(made|make|makes|making|forc\w*) (me|us|him|her|them) (to )?(carry|transport|deliver|smuggle|take) (a |the |some )?(drugs\b|narcotics\b|(packages?|parcels?|bags?) (across|over|through) (the )?(border|customs))|\b(zastavlya|zastavil)\w* (\w+ )?(vozit|perevozit|nesti|peredat|raznosit|provezti) (zakladk\w*|narkot\w*|(paket|posylk|sumk)\w* cherez (granicu|tamozhnyu))",
            r"\bif (i|you) (sleep|have sex|spend the night) with (him|her|them|the boss)\b[^.?!]{0,40}\b(papers|passport|documents|job|visa|contract|salary|pay)\b|\b(papers|passport|documents|visa|contract|salary)\b[^.?!]{0,40}\bif (i|you) (sleep|have sex|spend the night) with (him|her|them|the boss)\b|\b(sleep|have sex) with (him|me|her) (for|to get) (my |the |your )?(papers|passport|documents|job|visa|contract)\b|\b(dokument\w*|pasport\w*|zarplat\w*)\b[^.?!]{0,40}\b(perespl\w*|perespat) s (nim|ney|nej)\b|\b(perespl\w*|perespat) s (nim|ney|nej)\b[^.?!]{0,40}\b(dokument\w*|pasport\w*|zarplat\w*)\b|\b(hety|het@|iran het) qnem\b",
            r"\b(marrying|marry|married) (off )?(my |our )?((1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?(year[- ]old |y\.?o\.? )?)(sister|daughter|niece|cousin)\b|\bforc\w* (me|her|my sister|my daughter) (to|into) (marry|marriage)\b|\bmarrying me off\b|\b(nasilno|protiv (ee|moei|moej) voli) (vydayut|vydat|vydadut) zamuzh\b|\bzorov (amusnacnum|amusnacnel)\w*",
            # sex demanded instead of the rent or the pay
            r"\b(sex|sleep with (him|her|them|me)|spat s (nim|ney|nej)|perespat s (nim|ney|nej)|intim)\b[^.?!]{0,25}\b(instead of|in exchange for|in place of|vmesto) (the |my )?(rent|payment|paying|money|oplat\w*|plat\w*|arend\w*|deneg|kvartplat\w*)\b|\b(instead of|vmesto) (the |my )?(rent|payment|paying|oplat\w*|plat\w*|arend\w*|deneg)\b[^.?!]{0,25}\b(sex|sleep with|spat s|perespat s|intim)\b|\b(trebuet|predlagaet|zastavlyaet)\b[^.?!]{0,10}\b(spat|perespat) s (nim|ney|nej)\b|\bwants (me|us|her) to (sleep|have sex) with (him|her|them)\b|\b(varc|vardz|poxi|poghi)\w* (poxaren|texy|tex@)\b[^.?!]{0,25}\b(qnem|knem|qnel|knel|seks)\b",
            # told to take a bag across a border; married off to a stranger for money
            r"\b(told|asked|want|wants|ordered) (me|us|him|her) to (deliver|carry|take|smuggle|bring) (a|the|some|this) (bag|package|parcel|suitcase|box)\b[^.?!]{0,20}\b(across|over|through) (the )?(border|customs)\b|\b(want|wants) me to marry\b[^.?!]{0,60}\b(took|taken|paid|money|never met|stranger)\b|\bvydayut (menya )?zamuzh\b[^.?!]{0,40}\b(neznakom\w*|deng\w*|vzyal|protiv)\b",
        ),
        "cyrl": (
            # made to 'entertain' guests or clients
            r"(заставля\S*|заставил\S*) (меня |нас |ее |их )?['\"]?(развлекать|сопровождать)['\"]? (гостей|клиентов|мужчин)",
            # a crowd of people kept in a room or a garage with no windows or toilet
            r"^(?=[\s\S]*(?<!\d)([1-9]\d) (человек|чел)(?![а-яё]))(?=[\s\S]*(живем|живём|спим|ночуем|живут|спят|держат))(?=[\s\S]*(без окон|без туалета|нет туалета|окон нет|туалета нет))",
            # pregnant women made to work
            r"заставля\S* (\S+ )?работать (\S+ ){0,2}беременн|беременн\S*[^.?!]{0,30}заставля\S* (\S+ )?работать",
            # work for food only, no pay
            r"(работа\S*|вкалыва\S*|пашем|пашу) (\S+ ){0,3}(только )?за еду(?![а-яё])(?![^.?!]{0,40}(зарплат|плюс|\+|оклад|\d\d))",
            # fourteen hours a day or more, with no day off
            r"^(?![\s\S]*(хакатон|дедлайн|экзамен|сесси|на этой неделе|сегодня))(?=[\s\S]*(?<!\d)(1[4-9]|2[0-4]) ?(час|ч\b))(?=[\s\S]*(без выходн|выходн\S* (нет|не дают)))",
            # made to dance, drink or strip for men or clients
            r"(заставляют|хотят,? чтобы я|требуют|велят|сказали) (\S+ )?(танцевать|раздеваться|сидеть|пить) (\S+ )?(для|с) (мужчин|клиент|гост)",
            # days without food in an employer's house
            r"^(?=[\s\S]*(хозяйк|мадам|" + EMPLOYER_WORDS["cyrl"] + r"))[\s\S]*(не (ела|ел|ели|ест|едят|кормят|кормили) (уже )?(\d+|два|три|четыре|пять|несколько) (дн|сут))",
            r"(меня|ее|его|нас) продали|продали (меня|ее|его|нас)|приводят мужчин",
            r"заходит ко мне в комнату|отправляют к (мужчинам|мужикам|клиентам)|просить (деньги|милостыню)|попрошайнич",
            r"(проститу|бордел|заставля|принужда|продал[иа]? (меня|ее|его|нас)|как раб(ы|ов)|в рабстве)\w*",
            # food only when a quota is met, workers fainting
            r"(кормят|еду дают)\w* только (если|когда) (выполн|сдел)\w*|(теряли сознание|падали в обморок)[^.?!]{0,30}(на работе|в поле|на жаре|в теплице)",
            r"(увезли|вывезли|заманили|отправили|привезли)[^.?!]{0,60}под (видом|предлогом)|под (видом|предлогом)[^.?!]{0,60}(увезли|вывезли|заманили|отправили|привезли)",
            # an organ to pay a debt; made to carry a package or drugs; sex demanded for papers; a girl married off by force
            r"(продать|продам|вырезать|вырежут)\S* (\S+ )?(почк|орган|печен)|долг\S*[^.?!]{0,40}почк|почк\S*[^.?!]{0,40}долг",
            r"(заставля|заставил)\S* (\S+ )?(возить|перевозить|нести|передать|разносить|провезти) (\S+ )?(закладк|наркот|(пакет|посылк|сумк)\S* через (границу|таможню))",
            r"(документ|паспорт|зарплат|визу|контракт)\S*[^.?!]{0,40}(пересплю|переспать|переспишь)|(пересплю|переспать|переспишь)[^.?!]{0,40}(документ|паспорт|зарплат|визу|контракт)|(требует|предлагает|намекает на) (интим|секс)",
            r"(насильно|против (её|ее|моей) воли) (выдают|выдать|выдадут) замуж|(выдают|выдать|выдадут) замуж (насильно|против)|1[0-7]-?летн\S* (сестру|дочь|дочку|племянниц)\S* (выдают|выдать|выдадут) замуж|(выдают|выдать|выдадут) замуж (мою |нашу )?(1[0-7]-?летн\S* )(сестру|дочь|дочку)",
            # sex demanded instead of the rent or the pay
            r"(спать|переспать|интим|секс)\S*[^.?!]{0,25}вместо (оплат|платы|аренд|денег|квартплат)|вместо (оплат|платы|аренд|денег|квартплат)\S*[^.?!]{0,25}(спать|переспать|интим|секс)|(требует|предлагает|заставляет)[^.?!]{0,10}(спать|переспать) с (ним|ней)",
            # told to take a bag across a border; married off to a stranger for money
            r"(сказали|велели|требуют|просят|заставили) (\S+ )?(перевезти|провезти|перенести|передать|отвезти) (\S+ )?(сумку|пакет|посылку|чемодан|коробку)[^.?!]{0,20}через (границу|таможню)|выдают (меня )?замуж[^.?!]{0,40}(незнаком|деньги|взял|против)",
        ),
        "armn": (
            # a crowd of people kept in a room or a garage with no windows or toilet
            r"^(?=[\s\S]*(?<!\d)([1-9]\d) (հոգի|հոգով|մարդ))(?=[\s\S]*(ապրում|քնում|պահում))(?=[\s\S]*(առանց պատուհանի|պատուհան չկա|զուգարան չկա|առանց զուգարանի))",
            # pregnant women made to work
            r"հղի[^.?!։]{0,30}(ստիպում|աշխատացնում)|(ստիպում|աշխատացնում)[^.?!։]{0,30}հղի",
            # work for food only, no pay
            r"(միայն )?ուտելու (համար|դիմաց) (ենք|եմ) աշխատում|աշխատում (ենք|եմ) (միայն )?ուտելու (համար|դիմաց)",
            # fourteen hours a day or more, with no day off
            r"^(?=[\s\S]*(?<!\d)(1[4-9]|2[0-4]) ?ժամ)(?=[\s\S]*(հանգստյան օր (չկա|չունեմ|չունենք|չեն տալիս)|առանց հանգստյան))",
            # made to dance, drink or strip for men or clients
            r"(ստիպում|ուզում են որ|պահանջում) (\S+ )?(պարեմ|պարել|խմեմ|խմել|նստեմ|նստել|մերկանամ) (\S+ )?(տղամարդկանց|հաճախորդների|հյուրերի) (համար|հետ)",
            # days without food in an employer's house
            r"^(?=[\s\S]*(" + EMPLOYER_WORDS["armn"] + r"))[\s\S]*((\d+|երկու|երեք|չորս) օր (ա |է )?(չի|չեն|չեմ|չենք) (կերել|ուտում)|(\d+|երկու|երեք|չորս) օր (ա |է )?ուտել չեն տալիս)",
            r"վաճառել են|հասարակաց տուն|տղամարդկանց են բեր",
            r"մտնում ա սենյակ|տղամարդկանց մոտ|մուրալ",
            r"(մարմնավաճառ|պոռնկ|ստիպ(ում|ել|եցին)|հարկադր|վաճառ(ել|եցին) (ինձ|նրան|մեզ)|ստրուկ)\S*",
            r"(տարել|տարան|բերել|բերին|ուղարկել)\S*[^.?!։]{0,60}(անվան|պատրվակ\S*) տակ|(անվան|պատրվակ\S*) տակ[^.?!։]{0,60}(տարել|տարան|բերել|բերին|ուղարկել)",
            # an organ to pay a debt; made to carry a package or drugs; sex demanded for papers; a girl married off by force
            r"երիկամ\S*[^.?!։]{0,30}(վաճառել|վաճառեմ|տալ|հանել|հանեն)|պարտք\S*[^.?!։]{0,40}երիկամ",
            r"ստիպում են (\S+ )?(տանեմ|տանել|փոխադրեմ|անցկացնեմ) (\S+ )?(ծանրոց|փաթեթ|թմրանյութ|պայուսակ)",
            r"(հետը|հետս|իր հետ) (քնեմ|քնի|քնել)[^.?!։]{0,30}(փաստաթղթ|անձնագ|թուղթ)|(փաստաթղթ|անձնագ|թուղթ)\S*[^.?!։]{0,30}(հետը|իր հետ) (քնեմ|քնել)",
            r"զոռով (ամուսնացնում|ամուսնացնել|մարդու տալ)|1[0-7] տարեկան[^.?!։]{0,20}(ամուսնացնում|մարդու են տալիս)|(ամուսնացնում|մարդու են տալիս)[^.?!։]{0,40}(չի ուզում|չեմ ուզում|ստիպ)",
            # sex demanded instead of the rent or the pay
            r"(քնեմ|քնել|քնենք|սեքս)\S*[^.?!։]{0,25}(վարձի|փողի|վճարի) (փոխարեն|տեղը)|(վարձի|փողի|վճարի) (փոխարեն|տեղը)[^.?!։]{0,25}(քնեմ|քնել|քնենք|սեքս)|(պահանջում|առաջարկում) (ա|է) (որ )?(հետը|իր հետ) քն",
            # married off to a stranger for money
            r"(ամուսնացնում|մարդու են տալիս|մարդու տալ)[^.?!։]{0,40}(փող|անծանոթ|չեմ ճանաչում)",
        ),
    },
    "self_harm": {
        "latn": (
            # thinking how to do it so it does not hurt, 'it' named by nothing else (not an injection, a piercing, a tooth or a birth)
            r"^(?![\s\S]*\b(ukol\w*|privivk\w*|pirsing\w*|tatu\w*|zub\w*|epilyac\w*|depilyac\w*|shugaring\w*|prokol\w*|ushi|rody|rozhat|injections?|shots?|vaccines?|piercing|tattoos?|tooth|teeth|wax\w*|birth|labou?r|surgery|operaci\w*|analiz\w*|nerark\w*|patvast\w*|atam\w*|dajvac\w*|daj\w*)\b)[\s\S]*\b(dumayu|dumala|dumal|reshayu|ishchu|ishu|thinking|figuring out|mtacum (em|ei))\b[^.?!]{0,15}\b(kak (eto |vs[eyo] )?sdelat|how (to|i'?d|i would|i will|i could) do it|vonc anem|inchpes anem)\b[^.?!]{0,25}\b(chtob(y)? ne (bylo )?bolno|bez boli|bezboleznenno|so (that )?it (doesn'?t|does not|won'?t|wouldn'?t) hurt|without (pain|it hurting)|painless\w*|vor cav chlini|vor chcavi|aranc cavi)",
            # never to wake up again, said in Latin-typed Armenian with the subjunctive ('el chem uzum arthnanam aravotyan'); not a time, school or work after it
            r"\b(el|aylevs) (erbeq )?chem (uzum|uzm) (ar(t|th)nan(al|am)|zar(t|th)n(el|em))\b(?![^.?!]{0,40}(\d|\b(dproc|ashxat|gorc|erkushabti|zartucich|jam|zham|vaxt|shut)\w*))",
            # tired of living in Latin-typed Armenian ('hognel em aprelu(c)')
            r"\b(hognel|hognac) (em )?(aprelu(c|ts)?|kyanqic|kyanqits)\b",
            # pills taken, or about to be, to harm oneself ('zhena pishet chto nap'etsya tabletok')
            r"\bnap'?(etsya|jetsya|yotsya|iotsya|ilas|ilsya|yus|jus) (\w+ )?(tabletok|tabletki|tabletkami)\b(?! (ot|protiv)\b)|\bnaglotal\w* (\w+ )?(tabletok|tabletki)\b",
            # ending it all tonight beside 'I can't any more' ('segodnya vs[eyo] zakonchu, bolshe ne mogu', 'aysor amen inch kverjacnem, el chem karox')
            r"^(?=[\s\S]*\b(segodnya|etoj nochyu|etoy nochyu)\b[^.?!]{0,10}\b(vs[eyo]|eto|s etim) (\w+ )?(zakonchu|prekrashchu|pokonchu)\s*([,.!;]|$)|[\s\S]*\b(aysor|ays gisher)\b[^.?!]{0,10}\b(amen inch|sa|ed) (\w+ )?(kverjacnem|kavartem)\s*([,.!;]|$))(?=[\s\S]*\b(bolshe ne mogu|ne mogu bolshe|sil (bolshe )?net|ne mogu tak|el chem kar\w*|uj chka|uzh chka)\b)",
            # ending it tonight, or nothing left to live for ('tonight I'll end it'; not 'end it with him')
            r"\b(tonight|this night)\b[^.?!]{0,20}\b(i'?ll|i will|i'?m going to|i am going to|gonna) end it\b(?! (with|between|for)\b)|\b(i'?ll|i will|i'?m going to|i am going to|gonna) end it (all )?(tonight|for good|once and for all)\b(?! (with|between)\b)|\bnothing (left )?to live for\b",
            # nobody would care or notice if the person disappeared
            r"\b(nobody|no one|noone) (would|will) (care|notice|miss me|even notice)\b[^.?!]{0,15}\bif i (disappeared|disappear|was gone|were gone|died|die|wasn'?t here|weren'?t here|vanished)\b(?! (from|off|out of|in|for) )|\bnikto ne (zametit|zametil by|rasstroitsya|budet skuchat)\b[^.?!]{0,10}\besli (ya )?(ischeznu|propadu|umru)\b|\bvoch voq chi (nkati|karoti)\b[^.?!]{0,10}\b(ete|yete) (es )?(korchem|anhetanam|mernem|chlinem)\b",
            # cut one's own hand or wrist again, or to calm down (not a kitchen accident)
            r"^(?![\s\S]*\b(cooking|chopping|kitchen|knife slipped|gotovil\w*|na kuhne|xohanoc\w*)\b)(?=[\s\S]*(\bcut (myself|my (wrists?|arms?|hands?)) again\b|\bcut (my )?(wrists?|arms?|hands?)\b[^.?!]{0,60}\bto (calm down|feel (something|better))\b|\b(porezal\w*|rezal\w*) (sebe )?(ruku|ruki|veny|zapyast\w*)\b[^.?!]{0,60}\b(opyat|snova|chtoby (\w+ )?(uspokoitsya|polegchalo))\b|\b(opyat|snova) (\w+ )?(porezal\w*|rezal\w*) (sebe )?(ruku|ruki|veny)\b|\b(dzerq|dzerk|dastak|erak)\w* (\w+ )?(ktreci|ktrel em|ktrum em)\b[^.?!]{0,60}\bvor (\w+ ){0,2}(hangstanam|tetevanam|tetevana)\b|\b(dzerq|dzerk|dastak|erak)\w* (noric|eli) (ktreci|ktrel em)\b|\bnoric (\w+ )?(dzerq|dzerk)\w* (ktreci|ktrel em)\b))",
            # "says he'll do something to himself"
            r"\bchto[- ]?(nibud|to) s sobo[ijy] (\w+ )?sdela\w*|\bs sobo[ijy] chto[- ]?(nibud|to) (\w+ )?sdela\w*|\bdo something to (himself|herself|myself|themselves)\b|\bin[qk]n (iren|irens|indz) (inch[- ]?or|mi) ban (k?ani|k?anem|anel)\b",
            r"\bpokonch\w* s soboy|\bnezachem\b|\bischeznut|\bso vsem pokonchit|\bvse (eto )?zakonchit|\beto vse zakonchit|\bspryg\w* s mosta|\bporezal\w* sebya|\bproshaln|\bne stanet\b|\bverj ktam|\bhab em xmel|\bamen inch verjacnel|\baprelu patchar|\banhetanal|\bin(k|q)s indz ktr|\bktrel em indz|\bhrajeshti namak|\bete es chlinem|\baranc iren\b[^.?!]{0,20}\blav",
            r"\b(kill|killing) (himself|herself|themselves)\b|\bdisappear forever\b|\b(if|when) i (was|were|am) gone\b|\b(no|see a|see any) reason to live\b|\b(didn'?t|don'?t|never) wake up\b(?!\s*(at|early|in the night|during|before|until|till|on time|for|when|because))|\bup to the roof\b|\bcut again\b|\bthe point of anything|\bbetter off without (me|her|him)",
            r"\b(ne vyderzhu|tabletki (uzhe )?kupila|na mostu|bez menya (vsem )?budet legche|ne em (uzhe )?(\w+ )?dn)|\b(kamrj|aranc indz\b[^.?!]{0,30}\blav|ban chem utum|neroxutyun em xndrum|imast chka)",
            r"\b(tell|say to) my (mom|mum|mother|family|kids) (i'?m|that i'?m|i am) sorry\b|\bsorry for everything\b|\b(stood|standing) on (the|a) bridge|\bhaven'?t eaten (for|in) (a|\d+|two|three|several) (days?|weeks?)|\b(can'?t|cannot) (take|bear) (it|this) any ?more|\bbought (the )?pills|\b(everyone|they)('d| would) be better (off )?without me|\bi'?m a burden\b",
            r"\baveli lav a es chlinem|\b(vonc|inchpes|inch) anem\s?,? vor (es )?(el|aylevs) chlinem\s*([.?!,]|$)|\b(bolorin|bolori hamar|yntanikis|ontanikis|miayn|uxaki|ughaki) (miayn )?ber em\b|\bhaber\w* (\w+ )?(havak|xmel|kul)|\btanik em barcr|\bimast chem tesnum|\bdzerker\w* (em )?ktr|\bhognel em amen inch",
            r"\bluchshe by menya ne bylo|\b(koplyu|nakopil|kopit) tabletki|\btabletki\w* (koplyu|nakopil)|\bna kryshu\b|\bne vizhu smysla|\brezhu (sebe )?(ruki|veny)|\bustal ot vsego",
            r"\bbetter if i (wasn'?t|weren'?t) here|\bbetter without me|\b(see|there'?s) no (point|sense|reason)\b|\bcut(ting)? my (arms|wrists)|\btired of (living|everything)\b|\broof tonight\b",
            r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (my ?self|myself)\b",
            r"\b(proshe|luchshe|legche)\b[^.?!]{0,25}\bne (prosnutsya|prosypatsya|zhit)\b|\busnut i ne prosnutsya\b",
            r"\b(started|start|been|keep|kept) cutting\b|\bcutting again\b",
            r"\bsuicid\w*",
            # to sleep and not wake up again; no point in waking up in the morning
            r"\b(sleep|fall asleep|go to sleep) and (never|not) wake up\b(?!\s*(at|early|until|till|before|for|on time))|\bno (point|reason|sense) (in )?waking up\b|\b(usnut|zasnut|spat|usnu|zasnu) i (bolshe |uzhe )?ne (prosnutsya|prosypatsya|prosnus)\b|\bne vizhu smysla\b[^.?!]{0,20}\bprosypat\w*|\b(el|aylevs) (chartnanam|chzartnem|chartnanal|chzartnel)\b|\bimast chem tesnum\b[^.?!]{0,30}\bartnanal\w*",
            r"\b(want|wanna|going|gonna|ready) to die\b",
            r"\b(end|ending) (my life|it all|everything)\b",
            r"\b(don'?t|do not|dont) want to (live|be alive|wake up|exist)\b",
            r"\bno (point|reason|sense) (in|to) (living|live|go on)\b",
            r"\b(collect\w*|sav(ed|ing) up|stockpil\w*|hoard\w*) (the |my |some )?(pills|tablets)\b|\b(pills|tablets) (are )?ready\b|\bbetter (off )?dead\b|\brather (be dead|die)\b|\bgoodbye (letters?|notes?)\b|\btook (a lot of|all the|many) pills\b|\bjump off\b",
            r"\b(ne hochu (bolshe |uzhe )?zhit|pokonchit s soboy|samoubiy|hochu umeret|net smysla zhit|rezhu sebya|vskryt veny|luchshe (by )?(ya )?umer|tabletki (uzhe )?(est|gotovy|sobral|nakopil|nakoplen))",
            r"\b(chem uzum (\w+ ){0,2}apr|inknas[pb]an|uzum em mern|indz spanel(?!u (en|a|e)\b)|aprelu imast|verj tal|aveli lav a mern|aveli lav e mern|mernem|haber\w* (havakel|havakum|xmel|kul))",
            # an overdose taken: "swallowed all the pills", "vypila vse chto bylo v aptechke"
            r"\b(swallowed|took|drank|downed) (all|every|the whole|a whole|a bottle of|a box of|a pack of|a handful of|a lot of)\b[^.?!]{0,20}\b(pills|tablets|meds|medicines?|medications?|painkillers|sleeping pills|first aid kit)\b|\boverdos\w*",
            r"\b(vypil|vypila|proglotil|proglotila|naglotal\w*|nahlotal\w*)\b[^.?!]{0,15}\b(vse|vsyu|celuyu|tseluyu|pachku|upakovku|gorst|mnogo)\b[^.?!]{0,25}\b(tablet|lekarstv|aptechk|snotvorn)\w*|\bvs[eyo]\s?,? chto bylo v aptechke\b|\bperedoz\w*",
            r"\b(bolor|amboxj|amboghj|amboxch)\w*\b[^.?!]{0,20}\b(hab|habe|deghe|dexe|degh|dex|deghahab|dexahab)\w*[^.?!]{0,20}\b(xmel|khmel|kul tvel)\b|\bdegh?atup\w*[^.?!]{0,30}\b(xmel|khmel)",
            # a farewell: "tell my mom I loved her", "peredayte mame chto ya ee lyubil"
            r"\b(tell|say to|let) (my )?(mom|mum|mother|dad|father|family|wife|husband|kids|children|everyone|them|her|him)\b[^.?!]{0,20}\bi (always )?loved (her|him|them|you|everyone)\b",
            # a goodbye with thanks or an apology for everything, "later you'll understand why", "if one day I don't write"
            r"\b(goodbye|farewell|bye everyone|proshch?ayte|proshayte|mnaq barov|mnak barov)\b[^?]{0,40}\b(sorry|forgive|thank you for everything|thanks for everything|spasibo za vs[eyo]|prostite|neroxutyun|nerecek|nereceq|shnorhakalutyun amen inchi)",
            r"\b(spasibo za vs[eyo]|thank you for everything|thanks for everything|amen inchi hamar (sorry|neroxutyun|shnorhakal\w*))\b[^?]{0,30}\b(goodbye|farewell|proshch?ayte|proshayte|mnaq barov|mnak barov)\b|\bamen inchi hamar (sorry|neroxutyun)\b",
            r"\b(later|one day|someday) you'?ll (understand|know) why\b|\bpotom poymete pochemu\b|\bheto (kimanaq|kimanak|khaskanaq|kjoqeq) inchu\b",
            r"\b(if|when) (one day|some day|someday) i (don'?t|do not|stop|no longer) (write|answer|reply|text)|\besli (odnazhdy |v odin den )?ya (ne napishu|ne otvechu|perestanu pisat)|\bete mi or (chgrem|chpatasxanem)",
            r"\b(if|when) (i'?m|im|i am) (gone|not here|no more)\b|\bustal\w* ot zhizni\b|\b(gave|giving) (away )?my \w+ to\b[^?]{0,60}\b(understand why|won'?t need)|\b(amen inch|amen inchs) (bajanel|tvel) em\b",
            r"\bpereda(y|i|yte|ite|jte)\b[^.?!]{0,20}\b(mame|mamе|materi|otcu|pape|rodnym|vsem|zhene|muzhu|detyam|sestre|bratu)\b[^.?!]{0,20}\b(lyubil|lyubila)\b",
            r"\b(mamayin|mayrikis|mers|hayrikis|yntanikis|ntanikis|ynt?anik\w*|bolorin|erexaner\w*|kinos|knojs)\b[^.?!]{0,15}\b(aseq|asek|asa|asek|poxanceq)\b[^.?!]{0,25}\bsir(um ei|el em|um eyi)\b",
            # on a roof, a ledge or a bridge, now: "im up on the roof of our building right now"
            r"\b(i'?m|i am|sitting|standing)( up)? on (the|a|our) (roof|ledge|edge|railing|parapet)\b[^.?!]{0,60}\b(now|tonight|alone|just wanted|goodbye)\b",
            r"\bon (the|my|a|our) (balcony|ledge|roof|window ?sill)\b[^.?!]{0,40}\b(for (an|one|two|three|\d+) hours?|all night|thinking about (it|jumping|ending)|looking down)\b|\bnothing matters( anymore| any more)?\s*([.,!]|$)",
            r"\b(ya|stoyu|sizhu) (sejchas |seychas )?na (kryshe|karnize|krayu kryshi|perilah)\b",
            r"\btaniq(um|i vra) (em|enq)\b[^.?!]{0,40}\b(hima|menak|mnaq barov|hrajesht)",
            r"\bkamurj\w* (vra|vray|ezrin) (em|kangnac|kangnel|nstac)\b|\b(kangnac|nstac) (em )?kamurj\w* (vra|vray|ezrin)\b",
            # a lethal dose asked about, a rope and a note, "soon I won't need it"
            r"\bhow many\b[^.?!]{0,30}\b(pills|tablets|sleeping pills)\b[^.?!]{0,40}\b(to die|not (to )?wake|never wake|lethal|fatal|kill)|\blethal dose\b|\bskolko\b[^.?!]{0,20}\btabl\w*[^.?!]{0,40}\b(smerteln\w*|ne prosnut\w*|umeret|umerla|umer)\b|\bsmerteln\w* doz\w*|\bqani\b[^.?!]{0,20}\b(hab|deghahab|dexahab)\w*[^.?!]{0,30}\b(mahacu|merne|merni|chartnanam|chzartnem|chartnam)",
            r"\b(rope|verevk\w*|verёvk\w*|paran\w*)\b[^.?!]{0,40}\b(note|letter|zapisk\w*|namak\w*)\b|\b(note|zapisk\w*|namak\w*)\b[^.?!]{0,40}\b(rope|verevk\w*|paran\w*)\b",
            r"\bi won'?t be (around|here|alive)\b[^.?!]{0,30}\b(by|next|much longer|long|soon|anyway)|\b(soon|shortly) i won'?t (need|be needing) (it|them|this|any)|\bskoro (menya )?ne budet\b|\bmne (eto |eti \w+ |oni |moi \w+ )?(uzhe |bolshe )?(skoro )?ne ponadob\w*|\bshutov (indz )?(petq|petk) chi lini|\bshutov chem lini",
            r"\bskoro menya (uzhe |vs[eyo] ?ravno |voobshche )+ne budet\s*([.?!,;)]|$)|\bmenya (uzhe |vs[eyo] ?ravno )*skoro ne budet\s*([.?!,;)]|$)",
            r"^(?=[\s\S]*\b(ustal\w* ot (vsego|zhizni)|(uzhe )?(vs[eyo] )?ne vazhno|net smysla|smysla net)\b)(?=[\s\S]*\bskoro (menya )?(uzhe )?(uidu|uydu|ne budet|ne stanet)\b(?! (s|iz|na|v|vo|domoj|domoi|ot|k|po)\b))",
            # pills bought, "what am I living for"
            r'\b(hab|haber|deghahab\w*|dexahab\w*)\w*\b[^.?!]{0,15}\b(arden )?(gnel|arel) em\b|\binchi hamar em (aprum|aproum)\b|\bradi chego (ya )?(zhivu|zhit)\b|\bwhat am i (even )?living for\b|\bwhy am i (even |still )?alive\b',
            # things given away, "won't be a burden much longer", pills counted, "tomorrow doesn't matter"
            r"\bgave (away )?my \w+ to (my |a )?\w+ and my \w+ to\b|\b(won'?t|will not) be a burden\b[^.?!]{0,25}\b(longer|soon)\b|\b(written|wrote) (goodbye )?letters? to (my |all my )?(kids|children|family|parents|mom|mum|wife|husband)\b[^?]{0,80}\bbody\b",
            r"\b(dexer|degher|haber|hab@|deghahab\w*|dexahab\w*)\w* (hamarel|havaqel|havakel) em\b|\b(vaxy|vaghy|vax@|vagh@) (arden )?(karevor|kapel) chi\b|\btomorrow (doesn'?t|won'?t|no longer) matter\b|\bzavtra (uzhe )?ne vazhno\b|\bshutov\b[^.?!]{0,20}\b(chem lini|xangarogh chem)",
            # things given away with 'after', pills put aside, 'done with all this', stepping off, a rope bought, calm at last
            r"\bgave (away )?my \w+ and my \w+ to\b|\bmy (stuff|things|belongings|card|residence card|account|bank account|documents|papers|body)\b[^.?!]{0,60}\bafter\s*([.?!]|$)",
            r"\b(pills|tablets|meds|sleeping pills)\b (\w+ )?(saved|stashed|collected|hoarded|stockpiled)( up)?\b|\bi'?m (so )?done with (all (of )?this|everything|it all|life|living)\b|\bwhen i die\b[^.?!]{0,30}\b(asking (seriously|for real)|seriously)\b",
            r"\b(thinking|think|thought) (about|of) (just )?(stepping|jumping|falling) off\b|\bstep(ping)? off (the|a) (roof|ledge|bridge|edge|balcony)\b",
            r"\b(bought|got|have) (a |the )?rope\b|\b(verevk|verёvk)\w* (kupil|kupila|kupit|est)\b|\b(kupil|kupila) verevk\w*|\bparan (em |)(gnel|arel)|\bparan\w* (arden )?(gnel|arel) em\b",
            r"\b(amen inch|amenh?inch)[^.?!]{0,20}(verjapes|verjaces) hangist em\b|\bverjapes hangist em\b",
            # a grave asked about "for myself", with nothing wanted any more
            r"^(?=[\s\S]*\b(cemeter\w*|graves?|graveyard|burial|bury|buried|kladbish\w*|mogil\w*|pohoron\w*|gerezman\w*|taxum|taghum|taxel|thaghel)\b)(?=[\s\S]*(\b(asking|ask) for myself\b|\bfor myself\b|\bdlya sebya\b|\b(indz|inz|inch) hamar (em )?(harcnum|hartsnum|em)\b))(?=[\s\S]*(\b(don'?t|do not) want (anything|to (live|come back|go back|return)|it) (any ?more|any longer)\b|\bno longer want\b|\b(bolshe|uzhe) ne hochu\b|\bne hochu (bolshe|uzhe)\b|\bel (chem|chenq) uzum\b|\barden (chem|chenq) uzum\b))",
            # possessions left to someone, 'I won't need my things much longer'
            r"\b(won'?t|will not|wont) need (my |these |this |the |any )?\w+ (much |any )?longer\b|\bleft my \w+ and (my )?\w+ to (my )?\w+",
            # 'not going back alive', 'so as not to wake up', money moved because 'I won't need any of it' (and nothing said of why)
            r"\b(not|never) (going|coming|gonna go|gonna come) back alive\b|\b(won'?t|will not|wont) (go|come|return) (back )?alive\b|\bne vernus\w* (\w+ )?zhiv\w*|\bvozvrashchat\w* ne budu ni zhiv\w*|\b(voxj|voghj|kendani) chem (veradarna|ga)\w*|\b(already |have |i'?ve )decided how\s*([.,!]|$)",
            r"\b(i )?(just )?(want|wanna) to (go to )?sleep forever\b|\b(usnut|zasnut) navsegda\b|\b(yndmisht|@ndmisht|endmisht) (qnel|knel|qnem|knem)\b|\b(chtob|chtoby|chto by)\s+(uzhe\s+|bolshe\s+)?ne prosnut\w*\s*([.?!,]|$)|\bso (that )?i (don'?t|do not|never) wake up\s*([.?!,]|$)|\bnever (to )?wake up again\b",
            r"\b(transfer|send|give|move)\w*\b[^.?!]{0,60}\b(money|savings|account)\b[^.?!]{0,80}\b(won'?t|wont|will not) need (any of )?(it|them)( anymore| any more)?( after (that|this|tonight|tomorrow|today))?\s*([.?!,]|$)",
            # all the pills, every medicine in the house gathered (not 'to take to grandma', 'to throw the expired ones out')
            r"\b(collected|gathered|got) all (the |my |mom'?s )?(sleeping )?(pills|tablets|meds)\b|\ball (the |my |mom'?s )?(sleeping )?pills\b[^.?!]{0,30}\b(on the table|in front of me)\b|\bsobral\w* vse tabletki\b|\bvse tabletki uzhe? u menya\b|\b(hab|haber|dexer|degher|kapl)\w*[^.?!]{0,30}\bhavaq(el em|eci)\b(?![^.?!]{0,5}\b(vor|orpeszi)\b)",
            # 'I won't be anymore, don't ask why'; 'forgive me for everything, I won't bother you any more'
            r"\b(el|aylevs|arden) chem lini\b[\s\S]{0,60}\b(mi harcreq|mi harcneq|chharcneq|mi harci) inchu\b|\bi won'?t be (here|around|alive)?\b[\s\S]{0,60}\bdon'?t ask (me )?why\b|\bmenya (uzhe |bolshe )?ne budet\b[\s\S]{0,60}\bne sprashivay(te)? (menya )?pochemu\b",
            r"\b(k?nereq|k?neriq|neroxutyun|prostite|forgive me)\b[^.?!]{0,10}\b(amen inchi hamar|za vs[eyo]|for everything)\b[\s\S]{0,80}\b(el (dzez |dzer |ko |qez )?(xangarox|khangarogh|xangarogh|anhangstacnox|ber|bex) chem lini|el chem (anhangstacni|xangari)|bolshe ne (budu (vas )?(bespokoit|meshat)|pobespokoyu)|(won'?t|will not) (bother|disturb|trouble) (you|anyone))",
            # one's own body carried home, arranged in advance so the family won't have to
            r"\b(perevoz|perevez|dostavk|dostav|transportirovk|otprav)\w* (\w+ )?tel[oa]\b(?! (\w+ )?(dedushk|babushk|otc|pap|mam|mater|brat|sestr|muzh|zhen|syn|doch|rodstvennik|drug|znakom|zemlyak|pokoyn|umersh)\w*)[\s\S]{0,160}\b(poka (ya )?(eshche |eshe )?mogu|(chtoby|chtob) (roditelyam|seme|zhene|mame|materi|detyam|muzhu) (potom )?ne (prishlos|nado bylo))\b|^(?![\s\S]*\b(pap|tat|hor|mor|exb|eghb|qroj|amusn|knoj|txay|tghay|axjka|aghjka|harazat|ynker|hanguc)\w* marmin)[\s\S]*?\bmarmin\w*[\s\S]{0,160}\b(shutov petq kga|vor (kins|mayrs|mamas|cnoxners|cnoghners|yntaniqs|erexeqs) heto ch\w+)\b",
            r"\b(transport\w*|repatriat\w*|send\w*|ship\w*|bring\w*) (my |a |the )?(own )?body\b(?! of\b)[\s\S]{0,160}\b(while i (still )?can|so (that )?(my )?(parents|family|wife|husband|mom|mum|mother|kids) (won'?t|don'?t|wouldn'?t|will not|do not) have to|(i )?want(ed)? it (to be )?easy for (them|my (parents|family|wife|husband|mom|mum|mother|kids)))\b",
            # so that mum knows she is not to blame; everything is over for me; tired of living
            r"\b(imana|imanan|imanaq|imanas)\b,? (\w+ )?(vor )?(inq@ |inqy |irenq |duq |du )?(meghavor|mexavor) (chi|che|chen|cheq|ches)\b|\b(so|want) (that )?(mom|mum|mother|dad|my \w+|she|he|they) (knows?) (that )?it'?s not (her|his|their) fault\b|\b(chtoby|chtob) (\w+ )?(znal|znala|znali)\w*,? (chto )?(\w+ )?(ne vinovat\w*|ni v chem ne vinovat\w*)|\b(amen inch|amen ban) (arden )?(verjacav|verjacel a|prcav|prcel a) (indz|inc) hamar\b|\bindz hamar (amen inch|amen ban) (arden )?(verjacav|verjacel a|prcav)\b|\bdlya menya vs[eyo] (uzhe )?(koncheno|konchilos)\b|\b(ustal\w*|ustala) (ot )?zhit\b|\bnadoelo zhit\b",
            # never to wake up again, said plainly ('ne hochu bolshe prosypatsya', 'aylevs chem uzum artnanal')
            r"\bne hochu (bolshe |voobshche )?prosypat\w* (bolshe|nikogda)\b|\bne hochu bolshe prosypat\w*|\b(don\'?t|do not) want to (ever )?wake up (again|anymore|any more|ever again)\b|\b(aylevs|el erbeq) chem uzum (artnanal|zartnel)\b|\bel (erbeq )?chartnanam\b",
        ),
        "cyrl": (
            # thinking how to do it so it does not hurt, 'it' named by nothing else
            r"^(?![\s\S]*(укол|прививк|пирсинг|тату|зуб|эпиляц|депиляц|шугаринг|прокол|уши|роды|рожать|операци|анализ))[\s\S]*(думаю|думала|думал|решаю|ищу)[^.?!]{0,15}как (это |вс[её] )?сделать[^.?!]{0,25}(чтоб\S* не (было )?больно|без боли|безболезненно)",
            # pills taken, or about to be, to harm oneself ('пишет, что напьётся таблеток')
            r"(?<![а-яё])нап(ь[её]тся|илась|ился|ьюсь) (\S+ )?таблет[а-яё]*(?![а-яё])(?! (от|против)(?![а-яё]))",
            # ending it all tonight beside 'I can't any more' ('сегодня ночью всё закончу, больше не могу'; not 'всё закончу с проектом')
            r"^(?=[\s\S]*(сегодня|этой ночью|сегодня ночью)[^.?!]{0,10}(вс[её]|это|с этим) (\S+ )?(закончу|прекращу|покончу)\s*([,.!;]|$))(?=[\s\S]*(больше не могу|не могу больше|сил (больше )?нет|не могу так))",
            # nobody would care or notice if the person disappeared
            r"никто (даже )?не (заметит|заметил бы|расстроится|будет скучать)[^.?!]{0,10}если (я )?(исчезну|пропаду|умру|меня не станет)(?! (из|с|на) )",
            # so as never to wake up; to fall asleep for ever
            r"чтоб\S*\s+(уже\s+|больше\s+)?не проснуться\s*([.?!,]|$)|(уснуть|заснуть) навсегда",
            # cut one's own hand or wrist again, or to calm down (not a kitchen accident)
            r"^(?![\s\S]*(готовил|на кухне|нож соскользнул))(?=[\s\S]*((порезал\S*|резал\S*) (себе )?(руку|руки|вены|запясть)[^.?!]{0,60}(опять|снова|чтобы (\S+ )?(успокоиться|полегчало))|(опять|снова) (\S+ )?(порезал\S*|резал\S*) (себе )?(руку|руки|вены)))",
            r"(что-нибудь|что-то|что нибудь|что то) с собой (\S+ )?сдела\S*|с собой (что-нибудь|что-то|что нибудь|что то) (\S+ )?сдела\S*",
            r"(проще|лучше|легче)[^.?!]{0,25}(не проснуться|не просыпаться|не жить|умереть|исчезнуть)|уснуть и не проснуться",
            r"(уснуть|заснуть|спать|усну|засну) и (больше |уже )?не (проснуться|просыпаться|проснусь)|не вижу смысла[^.?!]{0,20}просыпат",
            r"покончу с собой|покончит с собой|уйд\w* из жизни|незачем жить|жить (больше )?незачем|спрыгнуть с моста|вс[её] (это )?закончить|это вс[её] закончить|со всем покончить|исчезнуть|порезал\w* себя|прощальн|если меня не станет",
            r"не выдержу|таблетки (уже )?купил|на мосту|без меня (всем )?будет легче|не ем (уже )?(\w+ )?дн|простите меня за вс[её]",
            # 'скоро меня всё равно не будет'; tired of everything, or nothing matters, and 'soon I'll be gone' (not 'скоро уйду в отпуск')
            r"скоро меня (уже |(всё|все) равно |вообще )*не будет\s*([.?!,;)]|$)|меня (уже |(всё|все) равно )*скоро не будет\s*([.?!,;)]|$)",
            r"^(?=[\s\S]*(устал\S* от (всего|жизни)|(уже )?(вс[её] )?не важно|нет смысла|смысла нет))(?=[\s\S]*скоро (меня )?(уже )?(уйду|не будет|не станет)(?! (с|из|на|в|во|домой|от|к|по)(?![а-яё])))",
            r"лучше бы меня не было|(коплю|накопил\w*|копить) таблетки|таблетки (коплю|накопил)|на крышу|не вижу смысла|режу (себе )?(руки|вены)|устал\w* от всего",
            r"(не хочу (больше |уже )?жить|лучше (бы )?(я )?умер|таблетк\w* (уже )?(есть|готов|собрал|накопил|накоплен)|жить не хочу|покончить с собой|суицид|самоубий|убить себя|хочу умереть|нет смысла жить|смысла жить|режу себя|порезал себя|вскрыть вены|наглотал)",
            r"(выпил|выпила|проглотил|проглотила|наглотал\w*)[^.?!]{0,15}(вс[её]|всю|целую|пачку|упаковку|горсть|много)[^.?!]{0,25}(таблет|лекарств|аптечк|снотворн)|вс[её]\s?,? что было в аптечке|передоз",
            r"передай\w*[^.?!]{0,20}(маме|матери|отцу|папе|родным|всем|жене|мужу|детям|сестре|брату)[^.?!]{0,20}(любил|любила)",
            r"прощайте[^?]{0,40}(спасибо за вс|простите|прости)|(спасибо за вс[её]|простите за вс[её])[^?]{0,30}прощайте|потом поймете почему|потом поймёте почему|если (однажды |в один день )?я (не напишу|не отвечу|перестану писать)|устал\w* от жизни",
            r"(я|стою|сижу) (сейчас )?на (крыше|карнизе|краю крыши|перилах)",
            # a grave asked about "for myself", with nothing wanted any more
            r"^(?=[\s\S]*(кладбищ|могил|похорон|хорон))(?=[\s\S]*для себя)(?=[\s\S]*((больше|уже) не хочу|не хочу (больше|уже)))",
            r"на (балконе|подоконнике|крыше|карнизе)[^.?!]{0,40}(уже (час|два часа|\d+ час)|всю ночь|думаю об этом|смотрю вниз)|ничего (уже |больше )?не имеет (значения|смысла)\s*([.,!]|$)",
            r"сколько\b[^.?!]{0,20}таблет\w*[^.?!]{0,40}(смертельн\w*|не проснуться|умереть)|смертельн\w* доз\w*",
            r"(верёвк|веревк)\w*[^.?!]{0,40}записк|записк\w*[^.?!]{0,40}(верёвк|веревк)",
            r"скоро меня не (будет|станет)|меня скоро не (будет|станет)|(скоро )?мне (это |они )?(уже )?не понадоб\w*[^.?!]{0,20}(скоро|уже)",
            r'ради чего (я )?(живу|жить)',
            r'завтра (уже )?(не важно|неважно|не имеет значения)|(раздал|раздала) (все )?(свои )?вещи',
            # a rope bought, pills put aside
            r"(купил|купила) (\S+ )?(верёвку|веревку)|(верёвку|веревку) (уже )?(купил|купила)|таблетки (\S+ )?(отложил|отложила|припрятал|припрятала)|с меня хватит[^.?!]{0,20}(всего|жизни)|надоело жить",
            # 'not going back alive', a last message with a goodbye
            r'(не вернусь|возвращаться не буду|не вернуться)[^.?!]{0,15}жив(ым|ой|ая)|живым не вернусь|чтоб(ы)? (уже )?не (проснуться|просыпаться)\s*([.?!,]|$)',
            # all the pills gathered
            r"собрал\w* все таблетки|все (таблетки|снотворные)[^.?!]{0,30}(передо мной|у меня)|вс[её] (снотворное|таблетки) (уже )?у меня",
            # 'меня не будет, не спрашивайте почему'; 'простите за всё, больше не побеспокою'
            r"меня (уже |больше )?не будет[\s\S]{0,60}не спрашивайте (меня )?почему|простите (меня )?за вс[её][\s\S]{0,80}больше не (буду (вас )?(беспокоить|мешать)|побеспокою)",
            # one's own body carried home, arranged in advance so the family won't have to
            r"(перевоз|перевез|доставк|достав|транспортировк|отправ)\S* (\S+ )?тел[оа]\b(?! (\S+ )?(дедушк|бабушк|отц|пап|мам|матер|брат|сестр|муж|жен|сын|доч|родственник|друг|знаком|земляк|покойн|умерш)\S*)[\s\S]{0,160}(пока (я )?(ещё |еще )?могу|(чтобы|что б|чтоб) (родителям|семье|жене|маме|матери|детям|мужу|сестре|брату) (потом )?не (пришлось|надо было|нужно было))|(чтобы|что б|чтоб) (родителям|семье|жене|маме|матери|детям|мужу) (потом )?не (пришлось|надо было)[^.?!]{0,40}(перевоз|перевез|доставк|достав|транспортировк|отправ)\S* (\S+ )?тел[оа]\b",
            # so that mum knows she is not to blame; everything is over for me; tired of living
            r"(чтобы|чтоб) (\S+ )?(знал|знала|знали)\S*,? что (\S+ )?(не виноват|ни в ч[её]м не виноват)\S*|для меня (уже )?вс[её] (кончено|закончилось)|(устал\S*|надоело) (от )?жить",
            # never to wake up again, said plainly (not 'don't want to wake up' on a Monday)
            r"не хочу (больше |вообще )?просыпаться (больше|никогда)|не хочу больше просыпаться|больше никогда не проснуться",
        ),
        "armn": (
            # thinking how to do it so it does not hurt, 'it' named by nothing else
            r"^(?![\s\S]*(ներարկ|պատվաստ|դաջվածք|ատամ|ծննդաբեր|վիրահատ|անալիզ|ականջ))[\s\S]*մտածում (եմ|էի)[^.?!։]{0,15}(ոնց|ինչպես) անեմ[^.?!։]{0,25}(որ ցավ չլինի|որ չցավի|առանց ցավի)",
            # never to wake up again, with the subjunctive; not a time, school or work after it
            r"(?<!\S)(էլ|այլեվս) (երբեք )?չեմ ուզում (արթնանամ|զարթնեմ)(?!\S)(?![^.?!։]{0,40}(\d|դպրոց|աշխատ|գործ|երկուշաբթի|զարթուցիչ|ժամ))",
            # tired of living ('էսօր հոգնել եմ ապրելուց')
            r"(?<!\S)(հոգնել|հոգնած) (եմ )?(ապրելուց|կյանքից)",
            # ending it all tonight beside 'I can't any more' ('այսօր ամեն ինչ կվերջացնեմ, էլ չեմ կարող')
            r"^(?=[\s\S]*(այսօր|այս գիշեր)[^.?!։]{0,10}(ամեն ինչ|սա|էդ) (\S+ )?(կվերջացնեմ|կավարտեմ)\s*([,.!;։]|$))(?=[\s\S]*(էլ չեմ կարող|էլ չեմ դիմանում|ուժ չկա|ուժ չունեմ))",
            # nobody would care or notice if the person disappeared
            r"ոչ ոք (էլ )?չի (նկատի|կարոտի)[^.?!։]{0,10}եթե (ես )?(կորչեմ|անհետանամ|մեռնեմ|չլինեմ)",
            # cut one's own hand or wrist again, or to calm down (not a kitchen accident)
            r"^(?![\s\S]*(խոհանոց|ճաշ\S* (\S+ )?(պատրաստ|եփ)))(?=[\s\S]*((ձեռք|դաստակ|երակ)\S* (\S+ )?(կտրեցի|կտրել եմ|կտրում եմ)[^.?!։]{0,60}որ (\S+ ){0,2}(հանգստանամ|թեթեվանամ|թեթեվանա)|(ձեռք|դաստակ|երակ)\S* (նորից|էլի) (կտրեցի|կտրել եմ)|(նորից|էլի) (\S+ )?(ձեռք|դաստակ|երակ)\S* (կտրեցի|կտրել եմ)))",
            r"ինքն (իրեն|իրեն-իրեն|ինձ) (ինչ-որ|ինչ որ|մի) բան (կանի|անի|անել|կանեմ|անեմ)",
            r"վերջ կտամ կյանքիս|կյանքիս վերջ|հաբ եմ խմել|ամեն ինչ վերջացնել|ապրելու պատճառ|անհետանալ|կտրել եմ ինձ|ինքս ինձ կտր|հրաժեշտի նամակ|եթե ես չլինեմ|առանց իրեն[^.?!]{0,20}լավ",
            r"կամրջ|առանց ինձ[^.?!]{0,30}լավ|բան չեմ ուտում|ներողություն եմ խնդրում|իմաստ չկա",
            r"ընդմիշտ (քնել|քնեմ|քնի)|(էլ|այլեվս) (չարթնանամ|չզարթնեմ|չարթնանալ|չզարթնել)|իմաստ(ը)? չեմ տեսնում[^.?!։]{0,30}(արթնանալ|ապրել)",
            r"(պատշգամբ|տանիք|լուսամուտ)\S*[^.?!։]{0,40}(մի ժամ|ամբողջ գիշեր|ներքեվ եմ նայում)|ոչինչ (արդեն )?կարեվոր (չի|չէ)\s*([.,!։]|$)",
            r"ավելի լավ ա ես չլինեմ|հաբեր\S* (\S+ )?(հավաք|խմ|կուլ)|տանիք եմ բարձր|իմաստը չեմ տեսնում|ձեռքեր\S* (եմ )?կտր|հոգնել եմ ամեն ինչից|(ամեն ինչ|ամենը)[^.?!]{0,20}վերջան",
            r"(չեմ ուզում (\S+ ){0,2}ապր|ինքնասպան|ուզում եմ մեռն|մեռնեմ|հաբեր\S* (հավաքել|հավաքում|խմել|կուլ)|ինձ սպանել(?!\S* (են|ա|է)(?!\S))|ապրելու իմաստ|վերջ տալ|ինձ վնաս)",
            r"(բոլոր|ամբողջ)\S*[^.?!]{0,20}(հաբ|դեղ)\S*[^.?!]{0,20}(խմել|կուլ տվել)|դեղատուփ\S*[^.?!]{0,30}խմել",
            r"(մամային|մայրիկիս|մորս|հայրիկիս|ընտանիքիս|բոլորին|երեխաներիս|կնոջս)[^.?!]{0,15}(ասեք|ասա|փոխանցեք)[^.?!]{0,25}սիր(ում էի|ել եմ)",
            r"մնաք բարով[^?]{0,40}(ներող|շնորհակալ|սորի)|ամեն ինչի համար (ներող|սորի)|հետո (կիմանաք|կհասկանաք|կջոկեք) ինչու|եթե մի օր (չգրեմ|չպատասխանեմ)|ամեն ինչ[^.?!]{0,10}(բաժանել|տվել) եմ",
            r"տանիքում (եմ|ենք)[^.?!]{0,40}(հիմա|մենակ|մնաք բարով|հրաժեշտ)",
            # a grave asked about "for myself", with nothing wanted any more
            r"^(?=[\s\S]*(գերեզման|թաղ))(?=[\s\S]*ինձ համար (եմ )?(հարցնում|եմ))(?=[\s\S]*(էլ|արդեն) (չեմ|չենք) ուզում)",
            r"քանի\S*[^.?!]{0,20}(հաբ|դեղահաբ)\S*[^.?!]{0,30}(մահացու|մեռն|չարթնանամ|չզարթնեմ)|մահացու դոզա",
            r"պարան\S*[^.?!]{0,40}(նամակ|գրություն)|(նամակ|գրություն)\S*[^.?!]{0,40}պարան",
            r"շուտով (ինձ )?պետք չի (լինի|գա)|շուտով չեմ լինի",
            r'(հաբ|դեղահաբ)\S*[^.?!]{0,15}(արդեն )?(գնել|առել) եմ|ինչի համար եմ ապրում',
            r'(երբ|որ) ես (էլ )?չլինեմ|(ոնց|ինչպես|ինչ) անեմ\s?,? որ (ես )?(էլ|այլեվս) չլինեմ\s*([.?!,։՞]|$)|(բոլորին|բոլորի համար|ընտանիքիս|միայն|ուղղակի) (միայն )?բեռ եմ(?!\S)|շուտով[^.?!]{0,20}(չեմ լինի|խանգարող չեմ)|(դեղեր|հաբեր)\S* (հաշվել|հավաքել) եմ(?![^.?!։]{0,5}որ )|(?<!համար )(դեղեր|հաբեր|դեղահաբեր|քնաբեր)\S* (եմ|ենք) (հաշվել|հավաքել)(?![^.?!։]{0,30}(որ |համար|տանեմ|ուղարկ))|վաղը (արդեն )?կարեվոր չի|(մահ|մահան)\S*[^?]{0,80}(ինձ համար եմ հարցնում|շուտով պետք կգա)',
            # two of my things given away, calm at last, a rope bought
            r"\S+ս \S+ս տվեցի[^.?!։]{0,30}\S+ս էլ|վերջապես հանգիստ եմ|պարան\S* (արդեն )?(գնել|առել) եմ|պարան եմ (գնել|առել)",
            # 'not going back alive', a last message with a goodbye
            r'(ողջ|կենդանի) (չեմ|չենք) (վերադառնա|գա)',
            # the pills, every medicine in the house gathered (not 'to throw the expired ones out', 'to take them to')
            r"(դեղ|հաբ|քնաբեր)\S*[^.?!։]{0,30}հավաք(ել եմ|եցի)(?![^.?!։]{0,5}որ )",
            # 'I won't be anymore, don't ask why'; 'forgive me for everything, I won't bother you any more'
            r"(էլ|այլեվս|արդեն) չեմ լինի[\s\S]{0,60}(մի հարցրեք|մի հարցնեք|չհարցնեք) ինչու|ներեք (ինձ )?ամեն ինչի համար[\s\S]{0,80}(էլ (ձեզ )?(խանգարող|անհանգստացնող|բեռ) չեմ լինի|էլ չեմ անհանգստացնի)",
            # one's own body carried home, arranged in advance so the family won't have to
            r"^(?![\s\S]*(պապ|տատ|հոր|մոր|եղբ|քրոջ|ամուսն|կնոջ|տղայ|աղջկա|հարազատ|ընկեր|հանգուցյալ)\S* մարմին)[\s\S]*?մարմին\S*[\s\S]{0,160}(շուտով պետք կգա|որ (կինս|մայրս|մամաս|ծնողներս|ընտանիքս|երեխեքս|երեխաներս|ամուսինս) հետո չ\S+)",
            # so that mum knows she is not to blame; so as never to wake up again; everything is over for me
            r"(իմանա|իմանան|իմանաք|իմանաս|իմացեք|իմացիր),? (\S+ )?(որ )?(ինքը |իրենք |դուք |դու )?(մեղավոր|մեղք\S*) (չի|չէ|չեն|չեք|չես)(?!\S)|որ (էլ|այլեվս) (չարթնանա(մ|ս)|չզարթնե(մ|ս))(?!\S)(?![^.?!։]{0,20}գիշեր)|(ամեն ինչ|ամեն բան) (արդեն )?(վերջացավ|վերջացել (ա|է)|պրծավ) ինձ համար|ինձ համար (ամեն ինչ|ամեն բան) (արդեն )?(վերջացավ|վերջացել (ա|է)|պրծավ)",
            # never to wake up again, said plainly
            r"(այլեվս|էլ երբեք) չեմ ուզում (արթնանալ|զարթնել)|էլ (երբեք )?չարթնանամ(?!\S)|էլ չեմ ուզում արթնանալ(?![^.?!։]{0,30}(առավոտ|դպրոց|աշխատանք|երկուշաբթի|զարթուցիչ))",
        ),
    },
    # The means to end one's life at hand: a rope bought, pills saved up or counted, a lethal dose
    # asked about. Decided by the lexicon alone (`_CONCRETE`): the classifier gave a rope bought,
    # mentioned in passing after a paperwork question, almost nothing.
    "means": {
        "latn": (
            r"\b(bought|got|have) (a |the )?rope\b|\b(verevk|verёvk)\w* (\w+ ){0,2}(kupil|kupila|kupit)\b|\b(kupil|kupila) (\w+ )?verevk\w*|\bparan\w* (arden )?(gnel|arel) em\b|\bparan em (gnel|arel)\b",
            r"\b(pills|tablets|meds|sleeping pills)\b (\w+ )?(saved|stashed|collected|hoarded|stockpiled|counted)( up| out)?\b|\b(sav(ed|ing) up|stockpil\w*|hoard\w*) (the |my |some )?(pills|tablets)\b|\b(koplyu|nakopil\w*|otlozhil\w*|pripryatal\w*) tabletki|\btabletki (\w+ ){0,2}(koplyu|nakopil\w*|otlozhil\w*|pripryatal\w*)\b",
            r"\blethal dose\b|\bsmerteln\w* doz\w*|\bhow many\b[^.?!]{0,30}\b(pills|tablets|sleeping pills)\b[^.?!]{0,40}\b(to die|not (to )?wake|never wake|lethal|fatal)\b|\bskolko\b[^.?!]{0,20}\btabl\w*[^.?!]{0,40}\b(smerteln\w*|ne prosnut\w*|umeret)\b",
            # a whole bottle of pills at hand ('i have the whole bottle of pills in front of me')
            r"\b(bottle|pack|packet|box|jar|handful|strip|blister)s? of (pills|tablets|sleeping pills|painkillers|meds)\b[^.?!]{0,25}\b(in front of me|in my hands?|next to me|beside me)\b(?![^.?!]{0,40}\b(which (one|ones|pills?|tablets?)|what (pills?|tablets?|one) (to|should|do|for)|for (a |my |the )?(headache|fever|cold|flu|pain|migraine|allergy|toothache))\b)|\b(pills|tablets|sleeping pills)\b (are )?(right )?(in front of me|in my hands?)\b(?![^.?!]{0,40}\b(which (one|ones|pills?|tablets?)|what (pills?|tablets?|one) (to|should|do|for)|for (a |my |the )?(headache|fever|cold|flu|pain|migraine|allergy|toothache))\b)|\b(pachk|upakovk|bank|gorst)\w* (\w+ )?(tabletok|snotvornogo)\b[^.?!]{0,25}\b(peredo mnoj|peredo mnoy|v ruke|v rukah)\b|\b(haber|hab@|deger|dexer|degher)\w* (\w+ )?(dimacs|arjevs|dzerqis|dzerks|kox?qis|koghqis)\b",
            # how much to drink or take so as not to wake up
            r'\b(skolko|how much|how many)\b[^.?!]{0,40}\b(chtob\w*|chto by|to|so (that )?i)\s+(\w+\s+)?(ne prosnut\w*|not wake|never wake)( up)?\s*([.?!,]|$)',
            # how many pills is too many: the dose asked, with or without "not for me" (not "enough for a toothache")
            r"\bhow many (pills|tablets|sleeping pills|painkillers)\b[^.?!]{0,15}\b(is|are|would be|makes?) (too many|enough(?! (for|to (treat|help|stop|relieve|cure|get rid|take|sleep)\b))|lethal|fatal|an overdose)\b|\bskolko (\w+ )?(tabletok|tabletki)\b[^.?!]{0,15}\b(slishkom mnogo|smertel\w*|hvatit(?! (na|dlya|ot))|dostatochno(?! (dlya|ot)))\b",
            # how many paracetamol is too many; how many pills so as not to wake up (Latin-typed Armenian)
            r"\bhow (many|much) (\w+ )?(paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|advil|panadol|nurofen|xanax|valium|diazepam|antidepressants?|sleeping pills)\b[^.?!]{0,15}\b(is|are|would be|makes?) (too (many|much)|lethal|fatal|an overdose)\b(?![^.?!]{0,40}\b(for (a |an |my |the |our )?(child|kid|baby|toddler|son|daughter|adult|\d+)|a day|per day|in a day|daily|with (alcohol|coffee)|hangover|headaches?|migraines?|fever|cold|flu|toothache|cramps|pain)\b)|\bskolko (\w+ )?(paracetamol\w*|ibuprofen\w*|aspirin\w*|snotvorn\w*|fenazepam\w*|nurofen\w*)\b[^.?!]{0,15}\b(slishkom mnogo|smertel\w*)\b(?![^.?!]{0,30}\b(dlya|v den|v sutki|rebenk\w*|rebyonk\w*)\b)|\b(inchqan|inchkan|qani|kani)\b[^.?!]{0,30}\b(hab|haber|deghahab|dexahab|paracetamol|qnaber)\w*[^.?!]{0,40}\bvor (el |aylevs )?(chartnan|chzartn)\w*",
            # the pills gathered, in Latin-typed Armenian ('deger em havaqel'), not for someone or for the road
            r"(?<!hamar )\b(deger|degher|haber|deghahaber|degahaber|qnaber)\w* (em|enq) (havaqel|havakel|hashvel)\b(?![^.?!]{0,30}\b(vor|hamar|tanem|uxark\w*)\b)|\b(deger|degher|haber)\w* (havaqel|havakel|hashvel) (em|enq)\b(?![^.?!]{0,30}\b(vor|hamar|tanem|uxark\w*)\b)",
        ),
        "cyrl": (
            r"(купил|купила) (\S+ )?(верёвку|веревку)|(верёвку|веревку) (\S+ ){0,2}(купил|купила)|таблетки (\S+ ){0,2}(отложил|отложила|припрятал|припрятала|коплю|накопил\w*)|(коплю|накопил\w*) таблетки",
            r"смертельн\w* доз\w*|сколько\b[^.?!]{0,20}таблет\w*[^.?!]{0,40}(смертельн\w*|не проснуться|умереть)",
            # a whole pack of pills at hand ('вся пачка таблеток передо мной')
            r"(пачк|упаковк|банк|баночк|горсть|блистер|флакон)\S* (\S+ )?(таблеток|снотворного|лекарств)[^.?!]{0,25}(передо мной|в руке|в руках|рядом со мной)|(таблетки|снотворное) (\S+ )?(передо мной|в руке|в руках)(?![а-яё])",
            # how much to drink or take so as not to wake up
            r'сколько[^.?!]{0,40}чтоб\w* (\S+ )?не проснуться\s*([.?!,]|$)',
            r"сколько (\S+ )?(таблеток|таблетки)[^.?!]{0,15}(слишком много|смертел\S*|хватит(?! (на|для|от))|достаточно(?! (для|от)))",
            # how many paracetamol is too many
            r"сколько (\S+ )?(парацетамол|ибупрофен|аспирин|снотворн|феназепам|нурофен|анальгин)\S*[^.?!]{0,15}(слишком много|смертел)(?![^.?!]{0,30}(для|в день|в сутки|реб[её]нк))",
        ),
        "armn": (
            r"պարան\S* (արդեն )?(գնել|առել) եմ|պարան եմ (գնել|առել)|(դեղեր|հաբեր)\S* (հաշվել|հավաքել) եմ(?![^.?!։]{0,5}որ )|(?<!համար )(դեղեր|հաբեր|դեղահաբեր|քնաբեր)\S* (եմ|ենք) (հաշվել|հավաքել)(?![^.?!։]{0,30}(որ |համար|տանեմ|ուղարկ))|մահացու դոզա",
            # the pills at hand ('հաբերը դիմացս են')
            r"(հաբեր|դեղեր|դեղահաբեր)\S* (\S+ )?(դիմացս|առջեվս|ձեռքիս|ձեռքս|կողքիս)(?!\S)",
            # how many pills to drink so as not to wake up again
            r"(ինչքան|քանի)[^.?!։]{0,30}(դեղահաբ|հաբ|դեղ|պարացետամոլ|քնաբեր)\S*[^.?!։]{0,40}(որ (էլ |այլեվս )?(չարթնանա|չզարթն)\S*|մահացու)",
        ),
    },
    # Affairs put in order for after one is gone: things left or given to people, "I won't need my
    # things much longer", "won't be a burden much longer". Decided by the lexicon alone: the
    # classifier gave a will asked about "while I won't need my things much longer" 0.004.
    "farewell": {
        "latn": (
            # a last message with a pet or the keys seen to ("this is my last message. don't worry about the cat, the neighbour has a key")
            r"^(?=[\s\S]*(\b((this|it) is|it'?s|that'?s) my last (message|text)\b(?! (today|tonight|before|for (today|tonight|now|the day|this week))\b)|\bmy last message (here|to you)\b|\b(eto )?(moe|moyo) poslednee soobshchenie\b|\bverjin (haxordagrutyun|haghordagrutyun|namak)\w*))(?=[\s\S]*(\b(don'?t|dont|do not) worry about (the |my )?(cats?|dogs?|pets?|kids|children|plants|flowers|fish|parrot)\b|\b(the |my )?neighbou?r has (a |the |my )?(spare )?keys?\b|\b(take|look) after (my|the) (cats?|dogs?|kids|children|plants)\b|\bne volnujtes\w* (za|o) (kot|koshk|sobak|det)\w*|\bklyuch\w* (est )?u sosed\w*|\bbanali\w* (\w+ )?harevan\w*|\b(katv|shan)\w* (hamar )?mi (anhangstacek|anhangstacir)\b))",
            # a last word for the family that they are not to blame ("tell my mom it's not her fault")
            r"\b(tell|let) (my )?(mom|mum|mother|dad|father|parents|wife|husband|family|sister|brother|kids|children)\b[^.?!]{0,15}\b(it'?s|it is|it was) not (her|his|their|your) fault\b|\b(skazhite|peredaite|peredayte|skazhi|peredai) (moe[ij] |moemu |moim )?(mame|materi|pape|otcu|roditelyam|zhene|muzhu|seme|semye|sestre|bratu|detyam)\b[^.?!]{0,15}\b(ona|on|oni) (ni v ch[eyo]m )?ne vinovat\w*|\b(mors|mamayis|hors|papayis|kno[jzh]s|qrojs|exbors|cnoxneris|tsnoxneris|yntaniqis)\b[^.?!]{0,10}\b(aseq|asek|asa|hasckaceq)\b[^.?!]{0,20}\b(megavor|meghavor) (chi|che|chen)\b|\b(aseq|asek|asa) (mors|mamayis|hors|papayis|kno[jzh]s|qrojs|exbors|cnoxneris|tsnoxneris|yntaniqis)\b[^.?!]{0,20}\b(megavor|meghavor) (chi|che|chen)\b",
            r"\b(won'?t|will not|wont) need (my |these |this |the |any )?\w+ (much |any )?longer\b|\b(won'?t|will not|wont) be a burden\b[^.?!]{0,25}\b(longer|soon)\b",
            r"\b(left|gave) (away )?my \w+ and (my )?\w+ to\b|\bgave (away )?my \w+ to (my |a )?\w+ and my \w+ to\b",
            # things given away, a goodbye to all (a move abroad explains them: RELOCATION)
            r"\b(giving|give) (away )?(all )?my (things|stuff)|\birer(s|y|ov)? (bajan|bazhan)\w*|\birers\b[^.?!]{0,10}\btvel em\b|\b(razdayu|razdal\w*) (svoi )?veshi\b|\bprosh(ch)?a[ijy]te\b",
            # a letter left for one's child or family, after 'that's it' or 'it's all over' ('vse, ostavil pismo synu na stole'), not with an errand (keys, school, an exam, bread, a party)
            r"^(?![\s\S]*\b(klyuch\w*|keys?|banali\w*|shkol\w*|school|dproc\w*|magazin\w*|shop\w*|uzhin\w*|obed\w*|dinner|lunch|homework|urok\w*|hleb\w*|bread|kupi\w*|buy|groceries|pokupk\w*|produkt\w*|party|vecherink\w*|gnumner\w*|hac|exams?|ekzamen\w*|qnnuty\w*)\b)(?=\s*(vs[eyo]\s?[,.!]|amen (inch|ban)(@|y)? (verj|prcav)\w*|(that'?s it|it'?s (all )?over)\s?[,.!]))(?=[\s\S]*\b(namak|letter|note|zapisk\w*|pism\w*)\b)(?=[\s\S]*\b(toxel|toghel|left|ostavil\w*)\b)(?=[\s\S]*\b(txis|tghis|txayis|axjkas|aghjkas|erexeqis|erexaneris|knojs|amusnus|mors|mamayis|synu|synovyam|docheri|dochke|docheryam|detyam|zhene|muzhu|mame|rodnym|for (my|the) (son|daughter|kids|children|wife|husband|mom|mum|mother|family))\b)",
            # a letter left with someone and a goodbye ('namak@ toxel em harevanin, lav mnaceq'); 'in a few days I won't be (anymore)'
            r"\b(namak|letter|note|zapisk|pism)\w*\b[^.?!]{0,30}\b(toxel|toghel|left|ostavil\w*)\b[^.?!]{0,25}\b(harevan\w*|mama\w*|mor@|qrojs|exbors|neighbou?r\w*|(my|for|with|to) (mom|mum|mother|family|kids|children|wife|husband|sister|brother|parents)|sosed\w*|mame|rodnym)\b[\s\S]{0,120}\b(lav mnac\w*|goodbye|farewell|proshchay\w*|proshay\w*)\b",
            r"\b(\d+|mi qani|erku|ereq) (oric|shabatic) (es )?(arden )?chem lini\s*([.?!,]|$)",
            # 'so nobody has to deal with it after me'
            r"\b(nobody|no one|noone) (has|needs|will have|would have) to (deal with|clean up|sort out|handle|bother with) (it|anything|that|this|things|my \w+) after me\b",
            # affairs settled with a deadline and a final word: 'i wont be needing it after that', 'not anyone's problem anymore'
            r"\b(won'?t|will not|wont) be needing (it|them|this|that|any of (it|this|them)|anything)\b[^.?!]{0,15}\b(after (that|this|tonight|tomorrow|today|friday|the weekend)|any ?more)\s*([.?!,]|$)",
            r"\b(not|no longer) (anyone|anybody|any ?one)'?s problem\b|\b(won'?t|will not|wont) be (anyone|anybody)'?s problem\b",
            r"\bmenya (k tomu vremeni|k etomu vremeni|k tomu momentu|togda) (uzhe )?ne budet\s*([.?!,]|$)|\bpotom (eto )?(uzhe )?(budet )?(ne ?vazhno|ne imeet znacheniya)\s*([.?!,]|$)",
            # one's own body, death certificate or insurance payout, with a decision or deadline about oneself ('so my mom doesn't pay', 'not much time')
            r"(repatriat\w* (of )?(a |the |my )?(remains|body)|\bremains\b|transport\w* (of )?(a |the |my )?body|death certificate|life insurance|\bperevozk\w* tel\w*|\btel[oa] (perevez|perevoz)\w*|svidetelstv\w* o smerti|strahovk\w* zhizni|mahvan vkayakan\w*|\bdi(n|@|ak\w*)\b[^.?!]{0,40}\b(texapox|tegh?apox)\w*|kyanqi apahovagr\w*)[\s\S]{0,160}(made up my mind(?! to)|(i'?ve|i have) (already )?decided(?! to| on| which| where| what| how| when| if| whether)|it'?s for (me|myself)\b|(don'?t|do not) want my (mom|mum|mother|family|kids|wife|husband|parents|son|daughter) (to )?(pay|paying)|so (that )?my (family|mom|mum|mother|kids|wife|husband|parents) (don'?t|won'?t|doesn'?t|never) (have to )?pay|asking for myself|for myself kinda|chtob(y)? (rodnye|semya|mama|deti|zhena|muzh) ne (platili|platila|platil|tratil\w*)|skoro (eto )?(ponadob|budet nuzhn)\w*|shat vaxt chunem|(vor|chtoby) (kinos|kins|knojs|zhena|mama|deti|rodnye) (harcer|voprosov) (chunena|chunenan|ne bylo)|naxoroq amen inch kargavor\w*)|(made up my mind(?! to)|(i'?ve|i have) (already )?decided(?! to| on| which| where| what| how| when| if| whether)|it'?s for (me|myself)\b|(don'?t|do not) want my (mom|mum|mother|family|kids|wife|husband|parents|son|daughter) (to )?(pay|paying)|so (that )?my (family|mom|mum|mother|kids|wife|husband|parents) (don'?t|won'?t|doesn'?t|never) (have to )?pay|asking for myself|for myself kinda|chtob(y)? (rodnye|semya|mama|deti|zhena|muzh) ne (platili|platila|platil|tratil\w*)|skoro (eto )?(ponadob|budet nuzhn)\w*|shat vaxt chunem|(vor|chtoby) (kinos|kins|knojs|zhena|mama|deti|rodnye) (harcer|voprosov) (chunena|chunenan|ne bylo)|naxoroq amen inch kargavor\w*)[\s\S]{0,160}(repatriat\w* (of )?(a |the |my )?(remains|body)|\bremains\b|transport\w* (of )?(a |the |my )?body|death certificate|life insurance|\bperevozk\w* tel\w*|\btel[oa] (perevez|perevoz)\w*|svidetelstv\w* o smerti|strahovk\w* zhizni|mahvan vkayakan\w*|\bdi(n|@|ak\w*)\b[^.?!]{0,40}\b(texapox|tegh?apox)\w*|kyanqi apahovagr\w*)",
            # 'after that I won't need it', one's own body sent home
            r"\b(after (that|this|friday|the weekend|this month)|posle (etogo|pyatnicy|vyhodnyh)|dranic heto|urbatic heto)\b[^.?!]{0,30}\b(won'?t need (it|them|anything)|ne ponadob\w*|(indz |iran )?(arden )?petq chi|nichego ne ponadob\w*|emu uzhe vs[eyo] ravno|it won'?t matter|voch mekin xndir chem lini)",
            r"\b(my body|moe telo|marmins)\b[^.?!]{0,40}\b(home|domoy|domoi|tun|send|sent|otprav\w*|uxark\w*|ughark\w*)|\b(send|sent|otprav\w*|uxark\w*) (my body|moe telo|marmins)\b",
            # the same, in other words ('asking about me', 'if it happens soon')
            r"(death certificate|life insurance|send(ing)? a body|svidetelstv\w* o smerti|strahovk\w* (jizni|zhizni)|otpravk\w* tela|mahvan vkayakan\w*|kyanqi apahovagr\w*|marmin\w* (uxark|ughark))[\s\S]{0,160}(asking about me|about myself|eto pro menya|ya (uzhe )?(vs[eyo] )?reshil\w*|arden voroshel em|if it happens soon|esli skoro|ete shutov lini|(i )?(don'?t|do not) have much time|vremeni u menya malo|shat (jamanak|zhamanak|vaxt) chunem|indz hamar em harcnum|dlya sebya)|(asking about me|about myself|eto pro menya|ya (uzhe )?(vs[eyo] )?reshil\w*|arden voroshel em|if it happens soon|esli skoro|ete shutov lini|(i )?(don'?t|do not) have much time|vremeni u menya malo|shat (jamanak|zhamanak|vaxt) chunem|indz hamar em harcnum|dlya sebya)[\s\S]{0,160}(death certificate|life insurance|send(ing)? a body|svidetelstv\w* o smerti|strahovk\w* (jizni|zhizni)|otpravk\w* tela|mahvan vkayakan\w*|kyanqi apahovagr\w*|marmin\w* (uxark|ughark))",
            # a will and goodbyes already said ('I've already said goodbye to the people who matter'); one's estate after one's death with 'I've already decided'; a life insurance asked about 'for a reason'; affairs in order and papers a mother or sister 'will find'
            r"\b(a|my|the) (will|testament)\b[\s\S]{0,200}\b(i'?ve|i have|i) (already )?said (my )?goodbyes?\b|\b(zaveshchani\w*|ktak\w*)\b[\s\S]{0,200}\b(ya (uzhe )?(so vsemi )?(poproshchal\w*|poproshal\w*)|(arden )?hrajesht em tvel)\b|\b(said|'ve said|have said) (my )?goodbyes? to (the people|those|everyone|everybody|all) (who|that) (matter|mean|are important)",
            r"\b(after (my )?death|after i die|posle (moe[ij] )?smerti|mahic(s)? heto)\b[\s\S]{0,160}\b(i'?ve already decided|i have already decided|ya (uzhe )?vs[eyo] reshil\w*|arden voroshel em|voroshel em arden)\b(?! (to|on|which|where|what|how|when|if|whether))|\b(i'?ve already decided|i have already decided|ya (uzhe )?vs[eyo] reshil\w*|arden voroshel em)\b[\s\S]{0,160}\b(after (my )?death|after i die|posle (moe[ij] )?smerti|mahic(s)? heto)\b",
            r"\b(life insurance|strahovk\w* (jizni|zhizni)|kyanqi apahovagr\w*)\b[\s\S]{0,160}\b(asking for a reason|(i'?m )?not asking (for nothing|idly|just like that)|ne (prosto tak|sluchayno|sluchajno) sprashivayu|izur chem harcnum)\b",
            r"\b(amen inch(@|y)? kargavorel em|i'?ve (put|got) (everything|my affairs|all my affairs|my things) in order|i (have )?(arranged|sorted|settled) everything|ya vs[eyo] (uladil|ustroil|privel v poryadok|podgotovil))\b[\s\S]{0,150}\b(mama(s|m)? (kgtni|kgtnen)|(mom|mum|my (mother|wife|sister|brother|family|husband)|they) (will|'ll) find (it|them|everything|the (papers|documents|letters?|folders?|envelope|note))|(mama|zhena|sestra|rodnye) (naid[eyo]t|nayd[eyo]t|naidut|naydut))\b",
            # 'after that I won't be (anymore)'; 'we won't see each other again, know that I loved you'; one's life insurance with a
            # decision made and the family told of one's death with a letter written (either order; the 'if' of 'if I die' is the question)
            r"\b(dranic|aydtexic|aydteghic) heto (es )?(el|arden|aylevs) chem lini\s*([.?!,]|$)|\bafter (that|this) i (won'?t|will not) be (here |around |alive )?(any ?more)?\s*([.?!,]|$)|\bposle (etogo|togo) menya (uzhe |bolshe )?ne budet\s*([.?!,]|$)",
            r"\b(el|aylevs) (chenq|chenk) (tesnvi|tesnvelu)\b[\s\S]{0,80}\b(sirum ei|ei sirum|sirel em|em sirel)\b|\bwe (won'?t|will not|will never) see each other again\b[\s\S]{0,80}\bi (always |really )?loved you\b|\bbolshe ne uvidimsya\b[\s\S]{0,80}\b(lyubil|lyubila)\b",
            r"^(?=[\s\S]*\b(life insurance|kyanqi apahovagr\w*|strahovk\w* (jizni|zhizni)|death certificate|mahvan vkayakan\w*)\b)(?=[\s\S]*\b(voroshum[@y]? (arden )?kayacrel em|(i'?ve|i have) made (my|the|a) decision(?! to| about)|ya (uzhe )?prinyal reshenie)\b)",
            r"^(?=[\s\S]*(\b(dies|death)\b[^.?!]{0,60}\b(inform|tell|notif|contact)\w*|\b(inform|tell|notif|contact)\w* (the )?(family|relatives|next of kin|parents)\b[^.?!]{0,40}\b(dies|death)\b))(?=[\s\S]*(\beverything is (ready|prepared|arranged)\s*([.?!]|$)|\b(i'?ve|i have) (already )?written (her|him|them|my \w+) a (letter|note)\b))",
            # a last message to everyone: "guess this is my last message to anyone"
            r"\b(my|the) last (message|text|words?) (to anyone|to anybody|ever|to (you|everyone|all of you))\b|\bposledn\w* (soobshch\w*|slov\w*) (vsem|komu-?libo|v zhizni)\b|\bverjin (namak|grac|grutyun|haxordagrutyun)\w* (bolorin|dzez)\b",
            # it's too late anyway, I just wanted to tell someone
            r"^(?=[\s\S]*\b(too late anyway|(probably |already )?too late (anyway|now)|vse ?ravno (uzhe )?pozdno|mek a (\w+ )?(ush|uzh) a( arden)?)\s*([.,;!)]|$))(?=[\s\S]*\b(just wanted (to tell|to say it to) (someone|somebody|anyone)|wanted (someone|somebody|anyone) to know|hotel\w* (hot |hotya by )?komu[- ]?(to|nibud) (skazat|napisat|rasskazat)|uzum ei (\w+ )?meki?n (asel|grel|patmel))\s*([.,;!)]|$))",
        ),
        "cyrl": (
            # a last message with a pet or the keys seen to
            r"^(?=[\s\S]*(это (моё|мое) последнее сообщение|мо[её] последнее сообщение)(?! (на )?сегодня))(?=[\s\S]*(не волнуйтесь (за|о|об) (кот|кошк|собак|дет|цвет|попуга)|ключ\S* (есть )?у сосед|позаботьтесь о (моей |моем |моём |моих )?(кот|кошк|собак|дет)))",
            # a last word for the family that they are not to blame
            r"(скажите|передайте|скажи|передай) (моей |моему |моим )?(маме|матери|папе|отцу|родителям|жене|мужу|семье|сестре|брату|детям)[^.?!]{0,15}(она|он|они) (ни в ч[её]м )?не винова",
            r"мне (мои )?(вещи|они) (уже )?(скоро )?не понадобятся|(раздаю|раздал|раздала|отдал|отдала) (все )?(свои )?вещи|прощайте",
            # a letter left for one's child or family, after 'that's it' or 'it's all over'
            r"^(?![\s\S]*(ключ|школ|магазин|ужин|обед|урок|продукт|хлеб|купи|покупк|вечеринк|экзамен))(?=\s*(вс[её]\s?[,.!]|(это )?конец\s?[,.!]))(?=[\s\S]*(записк|письм))(?=[\s\S]*оставил)(?=[\s\S]*(сыну|сыновьям|дочери|дочке|дочерям|детям|жене|мужу|маме|родным))",
            # a letter left with someone and a goodbye; 'in a few days I won't be (anymore)'
            r"(записк|письм)\S*[^.?!]{0,30}оставил\S*[^.?!]{0,25}(сосед|мам|матер|сестр|брат|жен|муж|детям|родным)\S*[\s\S]{0,120}прощай|через (\d+|пару|несколько|два|три) (дн|недел)\S*[^.?!]{0,12}меня (уже )?не (будет|станет)\s*([.?!,]|$)",
            # affairs settled with a deadline and a final word: 'потом это уже будет не важно', 'меня к тому времени уже не будет'
            r"меня (к тому времени|к этому времени|к тому моменту|тогда) (уже )?не будет\s*([.?!,]|$)",
            r"(доверенност|квартир|машин|сбережени|деньги|счет|счёт|завещан)[\s\S]{0,120}потом (это )?(уже )?(будет )?(не ?важно|не имеет значения)\s*([.?!,]|$)",
            r"(больше )?не буду (никому )?(обузой|проблемой)\s*([.?!,]|$)|(ничьей|ничьёй) проблемой",
            # one's own body, death certificate or insurance payout, with a decision or deadline about oneself
            r"(перевозк\w* тел|тел[оа] (перевез|перевоз)|свидетельств\w* о смерти|страховк\w* жизни|останк|смерт\w*[^.?!]{0,60}(сообща|уведомля|извеща)\w* (\S+ )?(родным|родственник|семь))[\s\S]{0,160}(чтоб(ы)? (родные|семья|мама|дети|жена|муж) не (платили|платила|платил|тратил\w*)|чтоб(ы)? (моим|моих) (\S+ )?не (звонили|сообщали)|скоро (это )?(понадоб|будет нужн)\w*|я (уже )?(всё|все) решил\w*|для себя спрашиваю)|(чтоб(ы)? (родные|семья|мама|дети|жена|муж) не (платили|платила|платил|тратил\w*)|скоро (это )?(понадоб|будет нужн)\w*|я (уже )?(всё|все) решил\w*|для себя спрашиваю|чтоб(ы)? (моим|моих) (\S+ )?не (звонили|сообщали))[\s\S]{0,160}(перевозк\w* тел|тел[оа] (перевез|перевоз)|свидетельств\w* о смерти|страховк\w* жизни|останк|смерт\w*[^.?!]{0,60}(сообща|уведомля|извеща)\w* (\S+ )?(родным|родственник|семь))",
            # 'after that I won't need it', one's own body sent home
            r"(после этого|после пятницы|потом)[^.?!]{0,30}(мне )?(уже )?(не понадоб\w*|неважно что со мной|вс[её] равно)",
            r"(мо[её] тело|моё тело)[^.?!]{0,40}(домой|отправ\w*)|отправ\w* мо[её] тело",
            # the same, in other words
            r"(свидетельств\w* о смерти|страховк\w* жизни|отправ\w* тел)[\s\S]{0,160}(это про меня|я (уже )?(вс[её] )?решил\w*|если (это случится )?скоро|у меня мало времени|для себя)|(это про меня|у меня мало времени|для себя)[\s\S]{0,160}(свидетельств\w* о смерти|страховк\w* жизни|отправ\w* тел)",
            r"завещани[\s\S]{0,200}я (уже )?(со всеми )?попрощал|попрощал\S* с теми\s?,? кто (мне )?(дорог|важен|важны)",
            r"после (моей )?смерти[\s\S]{0,160}я (уже )?вс[её] решил|я (уже )?вс[её] решил\S*[\s\S]{0,160}после (моей )?смерти",
            r"страховк\S* жизни[\s\S]{0,160}(не просто так спрашиваю|спрашиваю не просто так|неслучайно спрашиваю|не случайно спрашиваю)",
            r"я (уже )?вс[её] (уладил|устроил|привёл в порядок|привел в порядок|подготовил)\S*[\s\S]{0,150}(мама|жена|сестра|родные|они) (найд[её]т|найдут)",
            # 'после этого меня не будет'; 'больше не увидимся, знай, я тебя любил'; one's life insurance with a decision made
            r"после (этого|того) меня (уже |больше )?не будет\s*([.?!,]|$)|больше не увидимся[\s\S]{0,80}(любил|любила)",
            r"^(?=[\s\S]*(страховк\S* жизни|свидетельств\S* о смерти))(?=[\s\S]*я (уже )?принял\S* решение(?! о| по))",
            r"последн\S* (сообщени|слов)\S* (всем|кому-?либо|в жизни)",
            # it's too late anyway, I just wanted to tell someone
            r"^(?=[\s\S]*вс[её] ?равно (уже )?поздно\s*([.,;!)]|$))(?=[\s\S]*хотел\S* (бы )?(хоть |хотя бы )?кому[- ]?(то|нибудь) (сказать|написать|рассказать)\s*([.,;!)]|$))",
        ),
        "armn": (
            # a last message with a pet or the keys seen to
            r"^(?=[\s\S]*(իմ վերջին (հաղորդագրություն|նամակ)|վերջին հաղորդագրությունս)(?![^.?!։]{0,15}այսօր))(?=[\s\S]*((կատվ|շան|երեխաների|ծաղիկների)\S* (համար )?մի (անհանգստացեք|անհանգստացիր|մտածեք)|բանալի\S* (\S+ )?հարեվան))",
            # a last word for the family that they are not to blame ("մորս ասեք, որ ինքը մեղավոր չի")
            r"(մորս|մամայիս|հորս|պապայիս|կնոջս|ամուսնուս|քրոջս|եղբորս|ծնողներիս|ընտանիքիս)[^.?!։]{0,10}(ասեք|ասա|հասկացրեք)[^.?!։]{0,20}մեղավոր (չի|չէ|չեն)|(ասեք|ասա) (մորս|մամայիս|հորս|պապայիս|կնոջս|ամուսնուս|քրոջս|եղբորս|ծնողներիս|ընտանիքիս)[^.?!։]{0,20}մեղավոր (չի|չէ|չեն)",
            r"\S+ս \S+ս տվեցի[^.?!։]{0,30}\S+ս էլ|իրերս (բաժանում|բաժանեցի|բաժանել եմ)|իրերս[^.?!։]{0,10}(բաժանել|տվել) եմ",
            # a letter left for one's child or family, after 'it's all over'
            r"^(?![\s\S]*(բանալ|դպրոց|խանութ|ընթրիք|ճաշ|դաս|հաց|գնումներ|գնի|խնջույք|քննությ))(?=\s*ամեն (ինչ|բան)(ը)? (վերջ|պրծավ)\S*)(?=[\s\S]*նամակ)(?=[\s\S]*թողել)(?=[\s\S]*(տղայիս|աղջկաս|երեխեքիս|երեխաներիս|կնոջս|ամուսնուս|մորս|մամայիս))",
            # a letter left with someone and a goodbye; 'in a few days I won't be (anymore)'
            r"նամակ\S*[^.?!։]{0,30}թողել[^.?!։]{0,25}(հարեվան|մամայի|մորս|քրոջս|եղբորս|կնոջս|ամուսն)\S*[\s\S]{0,120}լավ մնաց|(\d+|մի քանի|երկու|երեք) (օրից|շաբաթից) (ես )?(արդեն )?չեմ լինի\s*([.?!,։]|$)",
            # 'after that it won't matter', 'I won't be there by then'
            r"(դրանից|էդ) հետո (արդեն )?(կարեվոր|նշանակություն ունի) (չի|չէ|չի լինի)\s*([.?!,։]|$)|(էդ|այդ) ժամանակ (ես )?(արդեն )?չեմ լինի\s*([.?!,։]|$)",
            # one's own body, death certificate or insurance payout, with a decision or deadline about oneself
            r"(դի(ն|ակ)\S*[^.?!։]{0,40}տեղափոխ|մահվան վկայական|կյանքի ապահովագր)[\s\S]{0,160}(շատ ժամանակ չունեմ|նախօրոք ամեն ինչ կարգավոր|որ (կնոջս|երեխաներիս|տղաներիս|մամայիս|ընտանիքիս) (վրա )?(բեռ չլինեմ|հարցեր չունենա|չվճարի|ծանր չընկնի)|շուտով (պետք կգա|կավարտվի))|(շատ ժամանակ չունեմ|նախօրոք ամեն ինչ կարգավոր|որ (կնոջս|երեխաներիս|տղաներիս|մամայիս|ընտանիքիս) (վրա )?(բեռ չլինեմ|հարցեր չունենա|չվճարի|ծանր չընկնի)|շուտով (պետք կգա|կավարտվի))[\s\S]{0,160}(դի(ն|ակ)\S*[^.?!։]{0,40}տեղափոխ|մահվան վկայական|կյանքի ապահովագր)",
            # 'after that I won't need it', one's own body sent home
            r"դրանից հետո[^.?!։]{0,30}((ինձ )?պետք չի|ոչ մեկի (գլխացավանքը|խնդիրը) չեմ լինի|կարեվոր չի ինչ կլինի)",
            r"մարմինս[^.?!։]{0,40}(տուն|ուղարկ)",
            # the same, in other words
            r"(մահվան վկայական|կյանքի ապահովագր|մարմին\S* ուղարկ)[\s\S]{0,160}(իմ մասին եմ հարցնում|ինձ համար եմ հարցնում|արդեն որոշել եմ|եթե շուտով լինի|շատ ժամանակ չունեմ)|(իմ մասին եմ հարցնում|ինձ համար եմ հարցնում|շատ ժամանակ չունեմ)[\s\S]{0,160}(մահվան վկայական|կյանքի ապահովագր|մարմին\S* ուղարկ)",
            r"կտակ[\s\S]{0,200}(արդեն )?հրաժեշտ (եմ )?տվել",
            r"մահից(ս)? հետո[\s\S]{0,160}արդեն որոշել եմ|արդեն որոշել եմ[\s\S]{0,160}մահից(ս)? հետո",
            r"կյանքի ապահովագր[\s\S]{0,160}(իզուր չեմ հարցնում|ուղղակի չեմ հարցնում)",
            r"ամեն ինչ(ը)? կարգավորել եմ[\s\S]{0,150}(մամաս|մայրս|կինս|քույրս|ընտանիքս) (կգտնի|կգտնեն)",
            # 'after that I won't be (anymore)'; 'we won't see each other again, know that I loved you'; one's life insurance with a decision made
            r"դրանից հետո (ես )?(էլ|արդեն|այլեվս) չեմ լինի\s*([.?!,։]|$)|(էլ|այլեվս) չենք տեսնվի[\s\S]{0,80}(սիրում էի|սիրել եմ|էի սիրում)",
            r"^(?=[\s\S]*(կյանքի ապահովագր|մահվան վկայական))(?=[\s\S]*որոշում\S* (արդեն )?կայացրել եմ)",
            # it's too late anyway, I just wanted to tell someone
            r"^(?=[\s\S]*(մեկ ա|միեվնույն ա) (\S+ )?ուշ (ա|է)( արդեն)?\s*([.,;!)։]|$))(?=[\s\S]*ուզում էի (\S+ )?մեկին (ասել|գրել|պատմել)\s*([.,;!)։]|$))",
        ),
    },
    "stalking": {
        "latn": (
            r"\bstands? under my window|\bphoto of my (front )?door|\bfound my (new )?address|\bfrom new numbers|\bidet za mnoy|\bstoit pod oknami|\bnashel moy (novyy )?adres|\bhetevum (a|e) indz|\bpatuhanis tak|\bhascens gtel|\bdrans nkar",
            r"\b(waiting|waits|waited) for me (outside|at|near)|\bfound me again|\bchanged my number\b[^.?!]{0,30}\bstill|\bzhdal menya u|\bvse ravno nashel|\beli gtel a\b|\bmutki mot spasum",
            r"\b(stalk\w*|following me|follows me|follow me home|keeps? showing up at my)\b|\b(men|people|guys|guards?) (\w+ )?(follow|followed) (me|us) (everywhere|wherever|around|when (i|we)|to (the|work|school))\b",
            r"\b(presledu|sledit za mnoy)\w*|\b(sledyat|hodyat|hodit) za (mnoj|mnoy|mnoi)\b",
            r"\bhetapnd\w*",
            # someone waiting at the person's home every night, knowing which window is theirs
            r"\b(waits?|waiting|stands?|standing|parks?|parked)\b[^.?!]{0,25}\b(near|outside|by|at) (my|our) (building|house|home|door|entrance|work|flat|apartment)\b[^.?!]{0,25}\b(every (night|day|evening|morning)|each (night|day)|again)\b|\bknows which (window|flat|apartment|door|floor) is (mine|ours)\b|\bkazhd\w* (vecher|noch|den)\w*[^.?!]{0,20}\b(zhdet|stoit) (u|vozle|okolo) (moego|nashego) (doma|podezda)\b",
            # fled, and those fled from are looking for the writer, or where to hide ('paxel em bayc pntrum en'); not from an office, a lesson, a party or the rain
            r"^(?![\s\S]*\b(office|class|lessons?|school|party|meeting|wedding|birthday|lecture|ofis\w*|urok\w*|shkol\w*|vecherink\w*|korporativ\w*|svadb\w*|lekci\w*|dasic|dproc\w*|xnjuyq\w*|harsaniq\w*|rain|anjrev\w*|dozhd\w*|weather)\b)(?=[\s\S]*\b(paxel (em|enq)|(em|enq) paxel|paxa|paxanq|pakhel (em|enq)|ubezhal\w*|sbezhal\w*|i (ran away|escaped|fled)|i'?ve (run away|escaped|fled)|we (ran away|escaped|fled))\b)(?=[\s\S]*(\b((inz|indz|mez) )?(pntrum|pntrel) en\b|\b(inz|indz|mez) (man (a|e|en) galis|pntrum (a|e))\b|\b(man (a|e|en) galis|pntrum (a|e)) (inz|indz|mez)\b|\b(menya|nas) (\w+ )?ishch?(ut|et)\b|\bishch?(ut|et) (menya|nas)\b|\b(looking|searching|hunting) for (me|us)\b|\b(ur|vortex|vortegh) (karox|karogh|kara) (em|enq) taqnv\w*|\b(ur|vortex|vortegh) taqnv\w*|\bgde (\w+ )?(mozhno )?spryata\w*|\bwhere (can|could|should|do) (i|we) hide\b))",
        ),
        "cyrl": (
            r"ид[её]т за мной|стоит под окнами|фото моей двери|наш[её]л мой (новый )?адрес|с новых номеров",
            r"ждал меня у|вс[её] равно наш[её]л|опять нашел|номер сменила",
            r"(преследу|следит за мной|ходит за мной|следят за мной|ходят за мной)",
            # someone waiting at the person's home every night
            r"каждый (вечер|день|ночь)\S*[^.?!]{0,20}(ждёт|ждет|стоит) (у|возле|около) (моего|нашего) (дома|подъезда)|знает\s?,? (какое|где) (моё|мое) окно",
            # fled, and those fled from are looking for the writer, or where to hide ('paxel em bayc pntrum en'); not from an office, a lesson, a party or the rain
            r"^(?![\s\S]*(офис|урок|школ|пар[ыу]?(?![а-яё])|вечеринк|корпоратив|свадьб|лекци|совещани|дня рождения|днюх|свидани|дожд|погод))(?=[\s\S]*(убежал|сбежал))(?=[\s\S]*(меня (\S+ )?ищ(ут|ет)|ищ(ут|ет) меня|нас (\S+ )?ищ(ут|ет)|ищ(ут|ет) нас|где (\S+ )?(можно )?спрятаться))",
        ),
        "armn": (
            r"հետեվում (է|ա) ինձ|պատուհանիս տակ|դռանս նկար|հասցես գտել|նոր համարներից",
            r"մուտքի մոտ սպաս|էլի գտել ա|համարս փոխել",
            r"(հետապնդ|հետեվում է ինձ)",
            # someone waiting at the person's home every night
            r"ամեն (գիշեր|երեկո|օր)[^.?!]{0,25}(սպասում|կանգնում) (ա|է) (մեր|իմ) (շենքի|տան|մուտքի) (մոտ|դիմաց)|գիտի (որ|որն) (ա |է )?(իմ|մեր) պատուհան",
            # fled, and those fled from are looking for the writer, or where to hide ('paxel em bayc pntrum en'); not from an office, a lesson, a party or the rain
            r"^(?![\s\S]*(դասից|դպրոց|խնջույք|հարսանիք|ծնունդ|ժողով|գրասենյակ|անձրեվ|եղանակ))(?=[\s\S]*(փախել (եմ|ենք)|(եմ|ենք) փախել|փախա|փախանք))(?=[\s\S]*(((ինձ|մեզ) )?փնտրում են|(ինձ|մեզ) (ման (ա|է|են) գալիս|փնտրում (ա|է))|(ման (ա|է|են) գալիս|փնտրում (ա|է)) (ինձ|մեզ)|(որտեղ|ուր) (\S+ )?(կարող|կարամ) (\S+ )?(եմ|ենք) թաքնվել|(որտեղ|ուր) թաքնվեմ))",
        ),
    },
    "isolation": {
        "latn": (
            # everyone's phones collected, typed in Latin ('telefony sobrali', 'heraxosner@ havaqecin')
            r"\b(sobrali|zabrali|otobrali) (u (vseh|nas) )?(vse )?telefony\b|\btelefony (u (vseh|nas) )?(sobrali|zabrali|otobrali)\b|\bheraxosner\w* (\w+ )?(havaqecin|havakecin|vercrin|xlecin)\b|\b(havaqecin|havakecin|vercrin|xlecin) (bolori |mer )?heraxosner\w*",
            # everyone's phones collected by the boss
            r"\b(collected|took|confiscated) (away )?(everyone'?s |everybody'?s |all (the |our )?|the workers'? )phones\b",
            r"\bgo(es)? through my phone|\bdon'?t give us phones|\bproveryayut telefon|\budalyayut perepisku",
            r"\b(took|take[ns]?|taking|smashed|broke|check(s|ed)?|read(s)?) (away )?(my|our|his|her) phones?\b",
            r"\b(someone else'?s|a stranger'?s|borrowed) phone\b",
            # phones taken and kept: 'they take phones at the door and dont give back till morning'
            r"\b(take|took|collect\w*|zabira\w*|otbira\w*) (\w+ ){0,2}(phones|telefony)\b[^.?!]{0,40}\b((don'?t|do not|never|won'?t) (give|return)\w*|ne (otda|vozvrashcha|vozvrasha)\w*)",
            r"\b(telefon\w*) (otobral|zabral|otnyal|ne dayut|proveryayut)|\b(otobral|zabral|otnyal)\w* telefon|s chuzhogo (telefona|nomera)?\b|telefony? (tut |zdes )?ne dayut",
            r"\b(heraxos|herakhos)\w*[^.?!]{0,20}\b(xlel|vercr|stugum|chen tal|jard)|urishi heraxos",
            # a phone checked every evening, the chat deleted after ('he checks my phone every evening, write briefly, I'll delete it')
            r"\bproveryaet (moy |nash |moi )?telefon\w*",
            r"\b(check\w*|read\w*|go\w* through|proverya\w*|stugum)\b[^.?!]{0,30}\b(phone|telefon\w*|heraxos\w*)\b[\s\S]{0,80}\b((sotru|udalyu) (etu |vsyu |nashu )?(perepisk\w*|chat|soobshch\w*)|(i'?ll|i will|i have to|i must|have to) delete (this|the|our) (chat|conversation|messages)|(kjnjem|jnjelu em) (namakagrutyun\w*|chat\w*|grac\w*))\b",
            # phones collected and given back only on Sunday or for an hour
            r"\b(take|takes|took|collect\w*|zabira\w*|otbira\w*|sobira\w*|havaqum|havakum|havaqel)\b (\w+ ){0,3}(phones|telefon\w*|heraxos\w*)\b[\s\S]{0,80}\b((get|give|return)\w* (them|it|those) (back )?(only )?(on )?(sundays?|once a week|for (an|1|one) hour)|(only )?(on )?(sundays?|once a week) for (an|1|one|half an) hour|(otda|vozvrashcha|vozvrasha|dayut)\w* (ih |tolko |ikh )*(v voskresen\w*|raz v nedel\w*|na (chas|1 chas|odin chas|polchasa)))",
        ),
        "cyrl": (
            # everyone's phones collected ('телефоны собрали')
            r"(?<![а-яё])(собрали|забрали|отобрали) (у (всех|нас) )?(все )?телефоны|(?<![а-яё])телефоны (у (всех|нас) )?(собрали|забрали|отобрали)",
            r"проверяют телефон|удаляют переписку",
            r"(забира|отбира)\S* (\S+ ){0,2}телефоны[^.?!]{0,40}не (отда|возвраща)\S*",
            r"(телефон\w*) (отобрал|забрал|отнял|не дают|проверяют|разбил)|(отобрал|забрал|отнял|разбил)\w* (мой |мне )?телефон|с чужого( телефона| номера)?\b|телефон\w* (тут |здесь )?не дают",
            r"проверяет (мой |наш )?телефон|проверя\S*[^.?!]{0,30}телефон[\s\S]{0,80}(сотру|удалю) (эту |всю |нашу )?(переписк|чат|сообщени)",
            # phones collected and given back only on Sunday or for an hour
            r"(забира|отбира|собира)\S* (\S+ ){0,3}телефон\S*[\s\S]{0,80}(отда|возвраща|дают)\S* (их |только )*(в воскресенье|раз в неделю|на (час|1 час|один час|полчаса))",
        ),
        "armn": (
            # everyone's phones collected ('հեռախոսները հավաքեցին')
            r"(?<!\S)հեռախոսները (\S+ )?(հավաքեցին|վերցրին|խլեցին)|(հավաքեցին|վերցրին|խլեցին) (բոլորի |մեր )?հեռախոսները",
            r"հեռախոս\S*[^.?!]{0,20}(խլել|վերցր|ստուգում|չեն տալիս|ջարդ)|ուրիշի հեռախոս",
            r"(ստուգում|նայում)\S*[^.?!։]{0,30}հեռախոս[\s\S]{0,80}(կջնջեմ|ջնջելու եմ) (նամակագրություն|չատ|գրած|մեսիջ)|հեռախոս\S*[^.?!։]{0,30}(ստուգում|նայում)[\s\S]{0,80}(կջնջեմ|ջնջելու եմ) (նամակագրություն|չատ|գրած|մեսիջ)",
            # phones collected and given back only on Sunday or for an hour
            r"(հավաքում|վերցնում|խլում)\S* (\S+ ){0,2}հեռախոս[\s\S]{0,80}(կիրակի|շաբաթը մեկ|մի ժամով)|հեռախոս\S*[^.?!։]{0,40}(հավաքում|վերցնում|խլում)[\s\S]{0,80}(կիրակի|շաբաթը մեկ|մի ժամով)",
        ),
    },
    # Someone listens to or reads the person's calls and messages, or the person may not say where
    # they are. A reassurance in the same message ("all fine, only I can't say where I am, they
    # are listening") is not theirs to give (`bot/nlu/danger.py` does not read it as an ending).
    "watched": {
        "latn": (
            # help sought behind the back of the one in control ('how to contact the consulate without him knowing')
            r"\b(contact|call|reach|write to|message|text|tell|talk to|get to)\b[^.?!]{0,40}\b(consulate|embassy|police|hotline|lawyer|help|migration|you|someone|anyone|ngo)\b[^.?!]{0,30}\bwithout (him|her|them|the (boss|owner|landlord|guards?|family)|my (boss|husband|family)) (knowing|finding out|noticing|seeing)\b|\b(svyazat\w*|pozvonit|napisat|obratit\w*)\b[^.?!]{0,40}\b(konsul\w*|posolstv\w*|polici\w*|vam)\b[^.?!]{0,30}\b(chtoby|tak chtoby) (on|ona|oni|hozyain|nachalnik|muzh|brigadir) ne (uznal|uznala|uznali|uvidel)\b",
            # a guard with the people everywhere
            r"\b(guard|minder|ohrannik\w*|nadsmotrshchik\w*)\b (\w+ )?(is )?(everywhere|always|constantly|vezde|vsegda|postoyanno) with (us|me)\b|\b(ohrannik\w*|nadsmotrshchik\w*) (\w+ )?(vezde|vsegda|postoyanno) s nami\b",
            # a camera put in the worker's room
            r"\b(he|she|they|host|someone|somebody|" + EMPLOYER_WORDS["latn"] + r")\b (\w+ )?(has |had )?(put|installed|placed|hid|set up|mounted) (a |hidden |small |secret )?cameras? in (my|our|her|the girls'?|the maids?'?) (room|bedroom|bathroom|shower)\b|(?<!ya )(?<!my )\b(postavil|ustanovil|povesil)\w* (\w+ )?kamer\w* (u menya )?v (moej |moey |nashej )?(komnat|spaln|vann|dush)\w*",
            r"\b(can'?t|cannot|not allowed to|ne mogu|nelzya|chem kar\w*|chem karo[xgh]+)\b (\w+ )?(say|tell (you|anyone|anybody)|skazat|napisat|asem|asel|grel|grem) (\w+ )?(te )?(where|gde|vortex|vortegh|ur) (i am|i'?m|we are|we'?re|ya|my|nahozhus|nahodimsya|em|enq)\b",
            r"\b(they|he|she|oni|on|ona|irenq|nranq)('re| are| is|'s)? (are )?(listening|lsum en|slushayut|slyshat)\s*([.,!?]|$)",
            r"\b(they|he|she)('re| are| is|'s)? (listening to|reading|checking) (all |every one of )?(my|our) (calls|messages|chats|texts)\b|\b(slushayut|chitayut|proveryayut) (vse |vsyu )?(moi |nashi |moyu |nashu )?(zvonki|soobshcheniya|perepisk\w*)\b",
            # cannot speak freely because someone is always beside the person
            r"\b(can'?t|cannot|unable to|not able to) (talk|speak) freely\b[^.?!]{0,60}\b(someone|somebody|he|she|they|(the )?boss|(my )?husband)('s| is| are|'re)? (always|constantly) (next to|beside|around|with|near|listening)\b|\bne (mogu|mozhet|mozhem) (svobodno|spokojno) (govorit|razgovarivat)\b[^.?!]{0,60}\b(ryadom|slushaet|slushayut)\b|\b((chem|chi|chenq) (karox|karogh|kara|karum)\w* azat (xosel|khosel)|azat (xosel|khosel) (chem|chi|chenq) (karox|karogh|kara|karum)\w*)\b[^.?!]{0,60}\b(koxq|koghq|kokhq|mots|mot@)\w*",
            # cannot write now because he is here; afraid, and he will be back soon
            r"(\b(hima|now|seichas|sejchas|sechas)\b[^.?!]{0,10}\b(chi kareli|chem karox|nelzya|ne mogu|can'?t)\b|\bcan'?t (talk|write|text)( right)? now\b)[\s\S]{0,30}(\b(na|inq@|inqy|on|ona) (stex|aystex|ryadom|zdes|tut)\b|\b(he|she)('s| is) (here|next to me|around)\b)|\b(strashno|boyus|scared|afraid|vaxenum em)\b[^.?!]{0,40}(\b(on|ona|oni|na) (skoro|vot-vot) (pridet|pridut|vernetsya|kga|kgan)\b|\b(he|she|they)('ll| will) (soon )?be back( soon| any minute)?\b|\b(he|she|they)('s|'re| is| are) (coming back|back) (soon|any minute)\b)",
            # the phone taken in secret, and a plea to write back fast ('telefon vzyala tainno, pishite bystree'); not a prank, a surprise, homework, or a parent's or a sibling's phone
            r"^(?![\s\S]*\b(prank\w*|surprise|homework|game|zadach\w*|urok\w*|igr\w*|syurpriz\w*|razygr\w*|xndir\w*|tnayin|(mom|mum|dad|sister|brother)'?s|(u )?(brata|sestry|mamy|papy)|mamin\w*|papin\w*|mamayi\w*|papayi\w*|qroj\w*|exbor\w*)\b)(?=[\s\S]*(\b(vzyal\w*|took|grabbed|vercr\w*)\b[^.?!]{0,25}\b(tajno|tainno|tayno|tajkom|potihon\w*|secretly|in secret|gaxtni|gakhtni)\b|\b(tajno|tainno|tayno|tajkom|secretly|gaxtni|gakhtni)\b[^.?!]{0,25}\b(vzyal\w*|took|grabbed|vercr\w*)\b))(?=[\s\S]*\b(telefon\w*|phone|heraxos\w*)\b)(?=[\s\S]*\b((write|answer|reply|text) (back )?(fast|quick\w*|asap)|hurry|(pishite|otvet\w*|napishite) (\w+ )?(bystr\w*|skor\w*|srochno)|bystr\w* (pishite|otvet\w*)|arag (grek|grir|pataskhan\w*|pataxan\w*))\b)",
            # writing from someone else's phone because one's own was taken
            r"^(?![\s\S]*\b(mom|mum|mother|dad|father|parents|mama|mamas|mams|papa|papas|paps|roditeli|mayrs|hayrs|cnoxners|teacher|school|class|uchitel\w*|shkol\w*|dasatu\w*|usucich\w*|dproc\w*|repair\w*|fix\w*|service|charg\w*|security|check\w*|exam\w*|remont\w*|zaryad\w*|proverk\w*|dosmotr\w*|norog\w*|veranorog\w*)\b)(?=[\s\S]*\b(writing|texting|messaging|pishu|grum em|grum enq) (\w+ )?(from|on|s|with) (a |the |my )?(\w+'?s |\w+ )?(phone|telefon\w*|heraxos\w*|herakhos\w*)\b)(?=[\s\S]*(\b(my phone|mine|my own|moj|moy)\b (\w+ )?(was |got |has been |is )?(taken|confiscated|zabral\w*|otobral\w*|vercrel)\b|\b(took|taken|takes|confiscated|keeps?|kept|zabral\w*|otobral\w*) (away )?(my|moj|moy) (phone|telefon)\b|\b(heraxos|herakhos)\w* (\w+ )?vercrel (en|a|e)\b))",
        ),
        "cyrl": (
            # help sought behind the back of the one in control ('как позвонить в посольство, чтобы хозяин не узнал')
            r"(связаться|позвонить|написать|обратиться|сообщить)[^.?!]{0,40}(консульств|посольств|полици|вам|кому-то)[^.?!]{0,30}(чтобы|так чтобы|втайне от) (он|она|они|хозяин|начальник|муж|бригадир|работодатель|него|неё|нее|них|хозяина|мужа|начальника|бригадира)( не (узнал|узнала|узнали|увидел|заметил))?",
            # a guard with the people everywhere
            r"(охранник|надсмотрщик|бригадир|хозяин)\S* (\S+ )?(везде|всегда|постоянно|вс[её] время) с нами(?![а-яё])(?! (ходил|ездил|был на|гулял))",
            # a camera put in the worker's room
            r"(?<!я )(?<!мы )(поставил|установил|повесил|спрятал)\S* (\S+ )?камер\S* (у меня )?в (моей |нашей )?(комнат|спальн|ванн|душ)|в (моей |нашей )?(комнате|спальне|ванной) (\S+ )?(?<!я )(?<!мы )(поставил|установил|повесил|спрятал)\S* (\S+ )?камер",
            r"не (могу|можем|дают|разрешают) (\S+ )?(сказать|написать|говорить)\s?,? где (я|мы|нахожусь|находимся)",
            r"(они|он|она) (всё |все )?(слушают|слышат|слушает)\s*([.,!?»]|$)",
            # cannot speak freely because someone is always beside the person
            r"не (могу|может|можем) (свободно|спокойно) (говорить|разговаривать)[^.?!]{0,60}(рядом|слушает|слушают)",
            r"(слушают|читают|проверяют) (все |всю )?(мои |наши |мою |нашу )?(звонки|сообщения|переписк\S*)",
            r"сейчас[^.?!]{0,10}(нельзя|не могу)[\s\S]{0,30}(он|она) (здесь|рядом|тут)|(страшно|боюсь)[^.?!]{0,40}(он|она|они) (скоро|вот-вот) (придет|придёт|придут|вернется|вернётся)",
            # the phone taken in secret, and a plea to write back fast ('telefon vzyala tainno, pishite bystree'); not a prank, a surprise, homework, or a parent's or a sibling's phone
            r"^(?![\s\S]*(пранк|разыгр|сюрприз|задач|урок|игр|(у )?(брата|сестры|мамы|папы)(?![а-яё])|мамин|папин))(?=[\s\S]*((взял|взяла|взяли)\S*[^.?!]{0,25}(тайно|тайком|потихоньку)|(тайно|тайком|потихоньку)[^.?!]{0,25}(взял|взяла|взяли)))(?=[\s\S]*телефон)(?=[\s\S]*((пишите|ответьте|отвечайте|напишите) (\S+ )?(быстр|скор|срочно)|быстр\S* (пишите|ответьте|отвечайте)))",
            # writing from someone else's phone because one's own was taken
            r"^(?![\s\S]*(мама|мать|папа|отец|родители|учител|школ|ремонт|заряд|проверк|досмотр|экзамен))(?=[\s\S]*пишу (\S+ )?(с|со) (\S+ )?телефон)(?=[\s\S]*((мой|свой) (\S+ )?(телефон )?(забрали|отобрали|забрал|отобрал)|(забрали|отобрали|забрал|отобрал) (\S+ )?(мой|у меня) телефон))",
        ),
        "armn": (
            # help sought behind the back of the one in control ('ոնց զանգեմ հյուպատոսություն, որ տերը չիմանա')
            r"(զանգ|կապվ|գր|դիմ)\S*[^.?!։]{0,40}(հյուպատոս|դեսպան|ոստիկան|ձեզ)\S*[^.?!։]{0,30}որ (նա|ինքը|տերը|ամուսինս|բոսը|գործատուն) (չիմանա|չտեսնի|չիմանան)",
            # a camera put in the worker's room
            r"տեսախցիկ (ա |է |են )?(դրել|տեղադրել|թաքցրել) (իմ |մեր )?(սենյակ|ննջարան|լոգարան)|(իմ |մեր )?(սենյակում|ննջարանում|լոգարանում) (\S+ ){0,2}տեսախցիկ (ա |է |են )?(դրել|տեղադրել)",
            r"չեմ (կարա|կարող|կարում)\S* (\S+ )?(ասեմ|ասել|գրեմ|գրել) (թե )?(որտեղ|ուր) (եմ|ենք)",
            # cannot speak freely because someone is always beside the person
            r"((չեմ|չի|չենք) (կարող|կարա|կարում)\S* ազատ խոսել|ազատ խոսել (չեմ|չի|չենք) (կարող|կարա|կարում)\S*)[^.?!։]{0,60}(կողք\S*|մոտս|մոտը)",
            r"(իրենք|նրանք) (ամեն ինչ )?լսում են\s*([.,!?»։]|$)",
            r"(կարդում|լսում|ստուգում) (են )?(իմ |մեր )?(նամակներ|զանգեր|մեսիջներ|նամակագրություն)",
            # the phone taken in secret, and a plea to write back fast ('telefon vzyala tainno, pishite bystree'); not a prank, a surprise, homework, or a parent's or a sibling's phone
            r"^(?![\s\S]*(սյուրպրիզ|խնդիր|տնային|խաղ|մամայի|պապայի|քրոջ|եղբոր))(?=[\s\S]*(գաղտնի|թաքուն)[^.?!։]{0,25}(վերցր|վերցրել)|(վերցր|վերցրել)\S*[^.?!։]{0,25}(գաղտնի|թաքուն))(?=[\s\S]*հեռախոս)(?=[\s\S]*(արագ (գրեք|գրի|պատասխանեք|պատասխանի)|շուտ (գրեք|պատասխանեք)))",
            # writing from someone else's phone because one's own was taken
            r"^(?![\s\S]*(մամաս|մայրս|պապաս|հայրս|ծնողներս|մամայի|պապայի|ուսուցիչ|դասատու|դպրոց|նորոգ|վերանորոգ|լիցք|ստուգ|քննություն))(?=[\s\S]*(\S+ )?հեռախոսից (եմ |ենք )?(գրում|գրել))(?=[\s\S]*(հեռախոս(ս|ս էլ|ներս)|իմը) (\S+ )?(վերցրել|վերցրին|վերցրեց|խլել|խլեցին))",
        ),
    },
    "child": {
        "latn": (
            # an adult who tells a child to keep it from the parents ('a man on instagram offered my son a job in Turkey, says don't tell parents'); not a surprise
            r"^(?![\s\S]*\b(surprise|gift|present|party|birthday|syurpriz\w*|podar\w*|nver\w*|anakncak\w*)\b)(?=[\s\S]*\b(" + CHILD["latn"] + "|" + CHILD_AGE["latn"] + r")\b)(?=[\s\S]*\b(man|adult|stranger|guy|someone|somebody|recruiter|agent|vzrosl\w*|muzhchin\w*|neznakom\w*|mecahasak\w*|txamard\w*|ancanot\w*)\b[^.?!]{0,80}\b((don'?t|do not|not to|never) tell (your |his |her |the )?(parents|mom|mum|dad|mother|father|family)|ne (govori|rasskazyvaj|govorit) (\w+ )?roditelyam|cnoxnerin (mi |chasi|chpatmi))\b)",
            # a child made to marry ('I'm 15 and my uncle wants me to marry a man I don't know', 'mne 15, hotyat vydat zamuzh')
            r"^(?=[\s\S]*\b(" + CHILD_AGE["latn"] + r"|(i'?m|i am|she'?s|she is|he'?s|he is|mne|ej|ey|emu) ([5-9]|1[0-7])|([5-9]|1[0-7]) (tarekan )?(em|a|e))\b)(?=[\s\S]*(\b(wants?|want|forcing|forces|force|make|makes|making|made) (me|her|him|my (daughter|son|sister)) (to )?marry\b|\bmarry(ing)? (me|her) off\b|\b(vydat|vydayut|vydaut|otdat|otdayut) (\w+ )?zamuzh\b|\b(zastavlya\w*|zastavil\w*) (\w+ )?(vyjti|vyiti) zamuzh\b|\b(uzum|uzumen|stipum) (en |a |e )?(indz|iran|nran|axjkas|axjkan) (\w+ )?amusnac(nen|ni|nel)\b))",
            # an adult who asks a child to meet alone or in secret ('a man in roblox asks my son to meet him alone and not tell anyone')
            r"^(?=[\s\S]*\b(" + CHILD["latn"] + "|" + CHILD_AGE["latn"] + r")\b)(?=[\s\S]*\b(man|adult|stranger|guy|someone|somebody|grown-?up|vzrosl\w*|muzhchin\w*|neznakom\w*|dyad\w*|mecahasak\w*|txamard\w*|ancanot\w*)\b[^.?!]{0,60}\b(asks?|asking|wants?|persuad\w*|convinc\w*|tells?|pressur\w*|ugovarivaet|prosit|zov[eyo]t|predlagaet|xndrum|khndrum|hamozum|kanchum|asum)\b[^.?!]{0,40}\b(meet|come|prijti|priyti|prihodit|vstretit\w*|handipel|handipen|ga|gan)\b[^.?!]{0,60}\b(alone|in secret|secretly|not (to )?tell|don'?t tell|odn(ogo|u)|tajno|vtajne|nikomu ne (govorit|rasskazyvat)|menak|gaxtni|voch mekin chasi|cnoxnerin chasi)\b)",
            # a child kept at home to clean, cook or work ('they keep her home to clean and cook')
            r"^(?=[\s\S]*\b(" + CHILD["latn"] + "|" + CHILD_AGE["latn"] + r")\b|[\s\S]*\b(is|she'?s|he'?s) ([5-9]|1[0-7])\b)(?=[\s\S]*(\b(keep|keeps|kept|keeping)\b (her|him|my (daughter|son|child|kid|girl|boy)) (\w+ ){0,2}(home|at home|in the house) to (clean|cook|work|do (the )?(housework|chores)|babysit|look after)\b|\b(derzhat|derzhit)\b (\w+ ){0,2}doma\b[^.?!]{0,20}\b(ubirat|gotovit|rabotat|stirat)\b))",
            # a child taken abroad by a parent without the other's consent
            r"(\b(son|daughter|child|kids?|children|syn\w*|doch\w*|rebenk\w*|rebyonk\w*|detej|detey|txis|txayis|tghayis|axjkas|aghjkas|erexayis|erekhayis|erexais)\b[^.?!]{0,40}\b(took|taken|uvez\w*|vyvez\w*|zabral\w*|tarel|tarav|taran|hanel)\b|\b(took|taken|uvez\w*|vyvez\w*|zabral\w*|tarel|tarav|taran)\b[^.?!]{0,20}\b(my |our |the )?(son|daughter|child|kids|children|syn\w*|doch\w*|rebenk\w*|rebyonk\w*|detej|detey)\b)[^.?!]{0,60}\b(without (my )?(consent|permission|knowledge)|bez (moego )?(soglasiya|razresheniya|vedoma)|aranc (im )?(hamadzaynutyan|hamajnutyan|tuyltvutyan|gitutyan))\b",
            r"\b(he'?s|she'?s|is|i'?m|i am|aged?) (1[0-7]|[4-9])\b[^.?!]{0,80}\b(alone|works?|sells?|street|deliver\w*|for some (man|guy)|keeps|takes)\b",
            r"\b(maybe|about|around|like|approximately|roughly) (1[0-7]|[4-9])\b[^.?!]{0,30}\b(alone|on (his|her) own|by (him|her)self)\b",
            r"\b(1[0-7]|[4-9])([ -]?(year|yr)s?[ -]old| ?(yo|y/o))\b[^.?!]{0,80}\b(alone|works?|working|sells?|selling|begs?|begging|kept|keeps?|don'?t let|doesn'?t let|not let|no one|nobody|took|takes)\b",
            r"\b(1[0-7]|[4-9]) (let|god)\w*[^.?!]{0,80}\b(odin|odna|rabota|torgu|prodae|ne otpuska|derzh)|\b(rebenok|rebyonok|malchik|devochka|malysh)\w* (let|godik\w*) (1[0-7]|[4-9])\b[^.?!]{0,80}(odin|odna|nikogo)|\b(rebenok|rebyonok|malchik|devochka|malysh) (sovsem )?(odin|odna)\b",
            r"\b(1[0-7]|[4-9]) tarekan\w*[^.?!]{0,80}(menak|ashxat|cax|vachar|chen tox|pahum|taran)",
            r"\b(boy|girl|kid|child|baby|toddler|malchik|devochk\w*|rebenok|rebyonok|erexa|txa|axjik)\b[^.?!]{0,80}\b(nobody came|no one came|nobody is with|no one is with|no adults?|without (his |her |any )?(parents|adults)|nikto ne (prishel|zabral|vstretil)|bez (roditeley|vzroslyh)|voch voq chi ekel|aranc cnoxneri|nobody around|no one around|nikogo (ryadom )?net|mot@ voch voq chka|(cnoxner|tsnoghner|cnogner)\w* (chi|chen) (gtnum|karoxanum gtnel)|ne (mozhet|mogut) (najti|nayti) (roditel\w*|mam\w*|pap\w*)|can'?t find (his|her|their) (parents|mum|mom|mother|dad|family))",
            r"\b(malchik|devochk|rebenk|rebyonk|syn|doch|plemyanni)\w* (1[0-7]|[4-9])\b[^.?!]{0,40}\b(on|ona) (sovsem )?(odin|odna) (na|v) (vokzale|avtovokzale|aeroportu|ulice|granice|ostanovke|metro|rynke)\b(?![^.?!]{0,25}vstrecha)",
            # 'a boy of 8 alone at the station'
            r'\b(boy|girl|kid|child|toddler)\b (of|aged|about) (1[0-7]|[4-9])\b[^.?!]{0,60}\b(alone|on (his|her) own|by (him|her)self) (at|in|on|near|outside) (the |a )?(station|airport|border|street|bus stop|terminal|market|road|park|metro)\b',
            # 'a girl about 12 ... she has no one here'
            r'\b(maybe|about|around|like|approximately|roughly) (1[0-7]|[4-9])\b[^.?!]{0,30}\b(at|in|on|near) (the |a )?(station|airport|bus station|border|street|terminal|market|metro)\b[^.?!]{0,120}\b(has no one|no one (is )?here|nobody (is )?here|has nobody)\b',
            # 'a girl maybe 14 working nights in our kitchen'
            r"\b(boy|girl|kid|child|teen|teenager|minor)\b,? (maybe |about |around |like |approximately |roughly |probably |aged |of |only |just |barely )?(1[0-7]|[4-9])\b(?! (years? )?(ago|months?|weeks?|days?|hours?|times?|people|workers)\b)[^.?!]{0,60}\b(works?|working|sells?|selling|begs?|begging)\b(?! on (his|her|the|a|my) (homework|project|lessons?|essay))",
            # a child at home alone for days ("pacan tretiy den odin doma", "home alone for three days")
            r"\b(reb[eyo]n\w*|pacan\w*|malchik\w*|devochk\w*|malysh|syn|doch\w*|deti)\b[^.?!]{0,60}(\b(den|dnya|dney|sutki|nedel\w*) (\w+ )?(odin|odna|odni) doma\b|\b(odin|odna|odni) doma\b[^.?!]{0,30}\b(nedel\w*|dn\w*|sutk\w*|edy net|nechego est)\b)|\b(boy|girl|kid|child|son|daughter|kids|children)\b[^.?!]{0,60}\b(home alone|alone at home|alone in the (flat|house|apartment))\b[^.?!]{0,40}\b(days?|no food|nothing to eat|since)\b",
            # a baby's formula run out, or nothing to feed the children, and no money to buy more
            r"^(?![\s\S]*(\b(till|until|before) (pay ?day|salary|friday|monday|the weekend)\b|\b(brand|brands|cheap\w*|recommend\w*)\b|\bdo (zarplaty|avansa|poluchki)\b|\b(marka|marku|deshev\w*|podeshevle)\b|\bminch(ev)? (ashxatavardz|amsi)\w*))(?=[\s\S]*(\bformula\b[^.?!]{0,20}\b(ran out|run out|is (gone|finished|over)|finished)\b|\b(no|out of|ran out of) (baby )?formula\b|\bsmes\w* (\w+ )?(konchil|zakonchil)\w*|\bnothing to feed (the|my|our) (baby|babies|kids|children|son|daughter|child)\b|\bnechem (kormit|nakormit) (rebenka|rebyonka|detej|detei|malysha|syna|doch)\b|\b(kat(n|@n)?axarn|katnakharn)\w* (verjac|prc|hat)\w*))(?=[\s\S]*(" + NO_MONEY["latn"] + r"|\bcan'?t (afford|buy)\b))",
            # a neighbour's child screaming, and blood seen, bruises or beating ('harevani tnic amen gisher erexayi chich a galis, aysor astichannerin aryun tesa'); not a fall, a game, blood pressure or a carpet beaten
            r"^(?![\s\S]*\b(fell|fall|upal\w*|ynkav|enkav|@nkav|play\w*|game\w*|igra\w*|xaxum|fortnite|pressure|davlen\w*)\b)(?=[\s\S]*\b(neighbou?r'?s'? (\w+ ){0,2}(child|kid|baby|son|daughter|boy|girl)|next door|through the wall|harevan\w* (\w+ ){0,2}(erexa|txa|axjik|tn)\w*|sosedsk\w* (reb|malch|devoch|det|syn|doch)\w*|u sosed(ej|ey)|za sten(oj|oy)|iz sosedn\w* kvartir\w*)\b)(?=[\s\S]*(\b(erexa\w*|baby|child\w*|kids?|reb[eyo]n\w*|malchik\w*|devochk\w*)\b[^.?!]{0,20}\b(chich\w*|chxum|scream\w*|crying|cries|krik\w*|krich\w*|plach\w*)\b|\b(chich\w*|scream\w*|krik\w*)\b[^.?!]{0,20}\b(erexa\w*|baby|child\w*|kids?|reb[eyo]n\w*)\b))(?=[\s\S]*(\b(saw|seen|see|vidal\w*|vidno)\b (\w+ ){0,3}(blood|krov\w*)\b|\b(blood|krov\w*) (on|na)\b|\b(aryun|arjun)\w* (\w+ )?(tesa|tesel|tesnum)\b|\b(bruis\w*|sinyak\w*|kaptuk\w*)|\b(beat\w* (him|her|them|the (child|kid|boy|girl|baby))|beaten|hits? (him|her)|b'?yut (ego|ee|eyo|rebenk\w*)|b'?[eyo]t (ego|ee|eyo|rebenk\w*)|izbiva\w*|cecum|tsetsum|xpum)\b))",
        ),
        "cyrl": (
            # an adult who tells a child to keep it from the parents ('незнакомый предложил сыну работу в Турции, сказал родителям не говорить'); not a surprise
            r"^(?![\s\S]*(сюрприз|подар|праздник|день рождения))(?=[\s\S]*(" + CHILD["cyrl"] + "|" + CHILD_AGE["cyrl"] + r"))(?=[\s\S]*(взросл|мужчин|незнаком|какой-?то|вербовщик)[^.?!]{0,80}(родителям (\S+ )?не (говорить|говори|рассказывать|рассказывай)|не (говорить|говори|рассказывать|рассказывай) (\S+ )?родителям))",
            # a child made to marry ('мне 15, дядя хочет выдать меня замуж')
            r"^(?=[\s\S]*(" + CHILD_AGE["cyrl"] + r"|(?<![а-яё])(мне|ей|ему|дочке|дочери|сестре) ([5-9]|1[0-7])(?!\d)))(?=[\s\S]*((выдать|выдают|выдаёт|выдает|отдать|отдают) (\S+ )?замуж|(заставля\S*|заставил\S*) (\S+ )?выйти замуж|(женить|женят) (\S+ )?(на|против)))",
            # an adult who asks a child to meet alone or in secret ('взрослый в роблоксе уговаривает сына прийти в парк одного и никому не говорить')
            r"^(?=[\s\S]*(" + CHILD["cyrl"] + "|" + CHILD_AGE["cyrl"] + r"))(?=[\s\S]*(взросл|мужчин|незнаком|дядя|какой-?то)[^.?!]{0,60}(уговарива|просит|зов[её]т|предлага|пишет)[^.?!]{0,40}(прийти|приходить|встретиться|приехать)[^.?!]{0,60}(одн(ого|у)(?![а-яё])|никому не (говорить|рассказывать)|тайно|втайне))",
            # a child kept at home to clean, cook or work ('держат дома и заставляют убирать')
            r"^(?=[\s\S]*(" + CHILD["cyrl"] + "|" + CHILD_AGE["cyrl"] + r"))(?=[\s\S]*((держат|держит)(?![а-яё]) (\S+ ){0,2}дома[^.?!]{0,20}(убирать|готовить|работать|стирать|нянчить)))",
            # a child taken abroad by a parent without the other's consent
            r"((сын|доч|реб[её]н|дет)\S*[^.?!]{0,40}(увез|вывез|забрал|увёз)\S*|(увез|вывез|забрал|увёз)\S*[^.?!]{0,20}(сын|доч|реб[её]н|дет)\S*)[^.?!]{0,60}без (моего )?(согласия|разрешения|ведома)",
            r"(мальчик|девочка) лет \d+[^.?!]{0,40}(один|одна|прода|работа)",
            # 'мальчику 10, он один на вокзале': the child named by a pronoun, alone in a public place
            r"(мальчик|девочк|реб[её]нк|сын|доч|племянни)\w* (1[0-7]|[4-9])\b[^.?!]{0,40}(он|она) (совсем )?(один|одна) (на|в) (вокзале|автовокзале|аэропорту|улице|границе|остановке|метро|рынке)(?![^.?!]{0,25}встреча)",
            r"одна дома[^.?!]{0,30}(недел|дн|месяц)",
            r"\b(1[0-7]|[4-9]) (лет|год)\w*[^.?!]{0,80}(?<![а-яё])(один|одна|работа|торгу|прода|не отпуска|держ)",
            r"(мальчик|девочк|реб[её]н|малыш)\w*[^.?!]{0,80}(никто не (пришел|пришёл|забрал|встретил)|без (родителей|взрослых)|никого (рядом )?нет|не (может|могут) найти (родител|маму|папу))",
            r"(реб[её]н\w*|мальчик|девочка|малыш) (лет|годик\w*) (1[0-7]|[4-9])\b[^.?!]{0,80}(один|одна|никого)|(реб[её]нок|мальчик|девочка|малыш) (совсем )?(один|одна)\b",
            # a child at home alone for days ("пацан лет 10 третий день один дома")
            r"(реб[её]н|пацан|мальчи|девоч|малыш|малой|сын|доч|дет)\S*[^.?!]{0,60}((\S+ )?(день|дня|дней|сутки|суток|недел\S*) (\S+ )?(один|одна|одни) дома|(один|одна|одни) дома[^.?!]{0,30}(недел|дн|месяц|сутк|еды нет|нечего есть|без еды))",
            # a baby's formula run out, or nothing to feed the children, and no money to buy more
            r"^(?![\s\S]*(до (зарплаты|аванса|получки)|марк[аиу]|дешев|подешевле))(?=[\s\S]*(смес\S* (\S+ )?(кончил|закончил)\S*|нечем (кормить|накормить) (реб[её]нка|детей|малыша|сына|дочь)))(?=[\s\S]*(" + NO_MONEY["cyrl"] + r"|не на что купить))",
            # a neighbour's child screaming, and blood seen, bruises or beating ('harevani tnic amen gisher erexayi chich a galis, aysor astichannerin aryun tesa'); not a fall, a game, blood pressure or a carpet beaten
            r"^(?![\s\S]*(упал|упала|игра|давлен|пранк))(?=[\s\S]*(соседск\S* (реб|малыш|мальч|девоч|дет|сын|доч)|у соседей|за стеной|из соседней квартиры|от соседей))(?=[\s\S]*((реб[её]н|малыш|дет)\S*[^.?!]{0,20}(крич|крик|плач)|(крик|крич|плач)\S*[^.?!]{0,20}(реб[её]н|малыш|дет)))(?=[\s\S]*((видел|видела|видели|видно) (\S+ ){0,3}кровь|кров\S* на(?![а-яё])|синяк|(бьют|бь[её]т) (его|её|ее|реб[её]нка|мальчика|девочку)|избива))",
            # a minor of a given age taken to work ('15-летнего племянника увезли на стройку')
            r"(?<!\d)(1[0-7]|[4-9])-?летн\S*[^.?!]{0,80}(?<![а-яё])(увезли|вывезли|отправили|забрали|работа|стройк|торгу|прода|держ)",
        ),
        "armn": (
            # a child made to marry ('15 տարեկան եմ, ուզում են ինձ ամուսնացնեն')
            r"^(?=[\s\S]*(" + CHILD_AGE["armn"] + r"))(?=[\s\S]*((ուզում|ստիպում) (են|ա|է) (ինձ|իրեն|նրան|աղջկաս) (\S+ )?(ամուսնացնեն|ամուսնացնի|ամուսնացնել|մարդու տան|մարդու տա)))",
            # an adult who asks a child to meet alone or in secret ('մի տղամարդ խնդրում ա, որ տղաս մենակ գա հանդիպման ու ծնողներին չասի')
            r"^(?=[\s\S]*(" + CHILD["armn"] + "|" + CHILD_AGE["armn"] + r"))(?=[\s\S]*(մեծահասակ|տղամարդ|անծանոթ)[^.?!։]{0,60}(խնդրում|համոզում|ասում|կանչում)[^.?!։]{0,40}(գա|հանդիպ)[^.?!։]{0,60}(մենակ|գաղտնի|ոչ մեկին (չասի|չպատմի)|ծնողներին (չասի|չպատմի)))",
            # a child kept at home to clean, cook or work ('տանն են պահում, որ մաքրի ու ճաշ եփի')
            r"^(?=[\s\S]*(" + CHILD["armn"] + "|" + CHILD_AGE["armn"] + r"))(?=[\s\S]*((տանն|տանը) (են )?պահում[^.?!։]{0,30}(մաքր|ճաշ|եփ|աշխատ|լվա)))",
            # a child taken abroad by a parent without the other's consent
            r"(տղայիս|աղջկաս|երեխայիս|երեխաներիս|երեխեքիս|տղային|աղջկան|երեխային)[^.?!։]{0,40}(տարել|տարավ|տարան|հանել|հանեց)\S*[^.?!։]{0,60}առանց (իմ )?(համաձայնության|թույլտվության|գիտության)",
            r"\b(1[0-7]|[4-9]) տարեկան\S*[^.?!]{0,80}(մենակ|աշխատ|ծախ|վաճառ|չեն թող|պահում|տարան|տանում են)",
            r"(տղա|աղջիկ|երեխա)\S*[^.?!]{0,80}(ոչ ոք չի եկել|ոչ մեկը չի եկել|առանց ծնողների|առանց մեծերի|մոտը ոչ ոք չկա|կողքը ոչ ոք չկա|(ծնողներին|մորը|մամային|հորը|պապային) (չի|չեն) (գտնում|կարողանում գտնել))",
            # a baby's formula run out, or nothing to feed the children, and no money to buy more
            r"^(?![\s\S]*(մինչ(եվ)? (աշխատավարձ|ամսի)|էժան|մակնիշ|բրենդ))(?=[\s\S]*(կաթնախառնուրդ\S* (\S+ )?(վերջացել|վերջացավ|պրծել|հատել|չկա)|(երեխային|երեխեքին|բալիկին|տղայիս|աղջկաս) (կերակրելու|ուտացնելու|տալու) (բան|ոչինչ) (չկա|չունեմ|չունենք)))(?=[\s\S]*(" + NO_MONEY["armn"] + r"))",
            # a neighbour's child screaming, and blood seen, bruises or beating ('harevani tnic amen gisher erexayi chich a galis, aysor astichannerin aryun tesa'); not a fall, a game, blood pressure or a carpet beaten
            r"^(?![\s\S]*(ընկ(ավ|ել)|խաղ|ճնշում|գորգ))(?=[\s\S]*(հարեվան\S* (\S+ ){0,2}(երեխա|տղա|աղջիկ|տն)|կողքի (տն|բն)|պատի հետեվից))(?=[\s\S]*(երեխա\S*[^.?!։]{0,20}(ճիչ|ճչում|գոռում|լաց)|(ճիչ|ճչոց)\S*[^.?!։]{0,20}երեխա))(?=[\s\S]*(արյուն\S* (\S+ )?(տեսա|տեսել|տեսնում)|կապտուկ|ծեծում|խփում))",
        ),
    },
    # A minor's age said and nothing more ("мне 16, хочу поступить в колледж"): weak, like unpaid
    # wages; the classifier decides. Alone, at work, held or married off, it is `child` above.
    "minor": {
        "latn": (r"\b(mne|ey|emu) (1[0-7]|[4-9])\b",),
        "cyrl": (r"\b(мне|ей|ему) (1[0-7]|[4-9])\b",),
        "armn": (),
    },
    "missing": {
        "latn": (
            # the employer says the person ran away, and her things or passport are still there ('the employer says she ran away but her things are still there')
            r"^(?=[\s\S]*(\b(says?|said|claims?|claimed|told (me|us)|govorit|skazal\w*|utverzhda\w*|asum (a|e|en)|asac|asec) (that |chto |vor )?(she|he|ona|on) (ran away|ran off|escaped|disappeared|sbezhal\w*|ubezhal\w*|ischezl\w*)\b|\b(asum (a|e|en)|asac|asec) (vor )?(paxel|pakhel|paxac|anhetacel) (a|e)\b))(?=[\s\S]*\b(things|belongings|clothes|bags?|passport|phone|documents|veshchi|veshi|pasport|dokument\w*|telefon|irer\w*|anznag\w*|ancnag\w*|heraxos\w*)\b[^.?!]{0,25}\b(still there|still at|still in|are there|is there|left behind|ostal\w*|na meste|mnacel)\b)",
            # not answering for the third day or more ('mama ne otvechaet tretiy den')
            r"\bne otvechaet (uzhe )?(tretij|tretiy|tretii|chetvertyj|chetvertyy|pyatyj|pyatyy|[3-9]-?(j|y|i)|1\d-?(j|y|i)) (den|sutki)\b",
            # a child not home from school or run away from home, the phone off or not answering, late at night ('he ran away from home yesterday, he left his phone')
            r"^(?=[\s\S]*\b(" + CHILD["latn"] + "|" + CHILD_AGE["latn"] + r")\b)(?=[\s\S]*(\b(didn'?t|did not|hasn'?t|has not|haven'?t|never) (come|came|got|gotten|returned|come back) (back )?(home )?from (school|practice|training|the park|kindergarten)\b|\b(ran|has run|run) away from (home|the house|school)\b|\bne (vernul(sya|as)|prish[eyo]l|prishla) (domoj|domoi|iz shkoly|s trenirovki|s progulki)\b|\b(dprocic|dprocits) (tun )?(chi|chen) (ekel|veradarcel|veradardzel)\b|\btnic (pax|p@x|pakh)(el|av)\b))(?=[\s\S]*(\bphone\b[^.?!]{0,20}\b(off|dead|not answering|unreachable|switched off|at home)\b|\bleft (his|her) phone\b|\b(isn'?t|not|is not) answering\b|\b(doesn'?t|does not|won'?t) (answer|pick up)\b|\b([7-9]|1[0-2]) ?(pm|in the evening|at night)\b|\b(overnight|all night|last night|yesterday)\b|\btelefon\w* (\w+ )?(ne otvechaet|vyklyuchen|nedostupen|ne ber[eyo]t)\b|\bne ber[eyo]t trubku\b|\buzhe ([7-9]|1[0-2]) (vechera|chasov|nochi)\b|\bheraxos\w* (\w+ )?(anjatac|anjatel|chi patasxanum|chi vercnum)\w*|\barden (zhamy |zham@ )?([7-9]|1[0-2])\b|\bgisher\w*|\berek\b))",
            # a relative gone missing ('propal syn', 'my son disappeared', 'txas korel a')
            r"\b(" + GONE["ru_latn"] + r") (\w+ )?(" + RELATIVES["ru_latn"] + r")\b" + BRIEF_ABSENCE["latn"] + r"|\b(" + RELATIVES["ru_latn"] + r") (\w+ )?(" + GONE["ru_latn"] + r")\b" + BRIEF_ABSENCE["latn"]
            + r"|\bmy (" + RELATIVES["en"] + r") (\w+ ){0,2}((has )?(disappeared|went missing|has gone missing|vanished)\b(?! for (\d+|a|an|two|three|four|five|a few|several) (hours?|days?|weeks?|months?)\b)|(is|has been) missing(?=\s*([.,!?;]|$|(since|for|in|at|from|after|now|again|today|yesterday)\b)))" + BRIEF_ABSENCE["latn"]
            + r"|\b(" + RELATIVES["hy_latn"] + r") (arden |eli |hankarc )?(" + GONE["hy_latn"] + r")\b(?! er\b)(?! (a |e )?\w+@)",
            # days with no news of someone ('3 or a voch mi lur')
            r"^(?![\s\S]*\b(posyl\w*|posilk\w*|zakaz\w*|patver\w*|order\w*|dimum\w*|hayt\w*|viza\w*|vizay\w*|rezyume\w*|application|cv)\b)[\s\S]*\b(\d+|mek|mi|erku|ereq|chors) (or|shabat)\w* (a|e) (voch mi lur|lur chka|lur chunenq|lur chunem)\b",
            # not called for weeks and the phone off ('2 shabat a chi zangum, heraxos@ anjatvac a')
            r"^(?=[\s\S]*\b(\d+|mek|mi|erku|ereq) (shabat|or|amis)\w* (a|e) (chi|chen) (zangum|grum|patasxanum)\b)(?=[\s\S]*\b(heraxos|herakhos)\w* (anjatvac|anjat|chi patasxanum)\w*)",
            # a child taken and where they are not told
            r"\b(took|taken|took away) (my|our) (daughter|son|child|kid|baby|girl|boy)\b[^.?!]{0,30}\b(won'?t|don'?t|do not|will not|refuse to) (tell|say)( (me|us))? where\b|\b(zabrali|uvezli) (moyu|moego|nashu|nashego) (doch|syna|reb[eyo]nka)\b[^.?!]{0,30}\bne (govoryat|skazhut) gde\b",
            # men gone to work abroad, none of them heard from (not CVs sent nor children at a camp) ("tari a ... txeqic voch mekin chenq lsel")
            r"^(?=[\s\S]*\b(went|left|gone|gnacin|gnacel|gnac(el)? en|uehal\w*|poehal\w*|meknel\w*)\b)(?=[\s\S]*\b(rusastan\w*|russia|rossi\w*|moskv\w*|moscow|abroad|za ?granic\w*|artasahman\w*|shinarar\w*|stroyk\w*|construction|na zarabotki|work\w*|job|rabot\w*|ashxat\w*)\b)(?=[\s\S]*(\bvoch mek(ic|in|i) (\w+ )?(chenq|chem) (lsel|lsum)\b|\b(chenq|chem) (lsel|lsum) voch mek(ic|in|i)\b|\bvoch mekic lur chka\b|\b(haven'?t|have not|never) heard from (any|any one|anyone|a single one) of them\b|\bnone of them (has|have) (called|written|phoned|been heard from)\b|\bni ot kogo iz nih\b|\bnikto iz nih ne (zvonil|pisal|vyhodil na svyaz)\b))",
            r"\b(car|taxi|truck) (was )?found (empty|abandoned)|\bfound (his|her|their|the) (car|taxi|truck)\b[^.?!]{0,15}\b(empty|abandoned)|\b(mashin\w*|taksi) nashli (pust\w*|broshenn\w*)|\bmeqenan? gtel en datark",
            r"\b(and|i) propal[ai]?\b",
            r"\bni sluhu\s?,? ni duhu\b|\b(shabat|amis|or)\w* (e|a) (chenq|chen) (gtnum|karoxanum gtnel)\b|\b(can'?t|cannot|couldn'?t) (find|reach|locate) (him|her|them)\b[^.?!]{0,30}\b(days|weeks?|months?)\b|\b(days|weeks?|months?)\b[^.?!]{0,30}\b(can'?t|cannot) (find|reach) (him|her|them)\b",
            r"\b(brigada|crew|team|the others|everyone else|all the others|ostalnye|mnus@)\b[^.?!]{0,20}\b(came back|returned|vernul\w*|veradarcan|ekan)\b[^.?!]{0,10}\b(a|but|and|no|isk)? ?(ego|ee|him|her|inq@|inqy) (net|not|isn'?t|wasn'?t|che|chka)\b|\b(came back|returned|vernul\w*) (without|bez) (him|her|nego|nee)\b|\b(police|policiya|ostikanutyun)\w* (isn'?t|is not|aren'?t|ne|chi) (looking|ishchet|ishet|pntrum)",
            r"\blast (time )?(called|wrote|texted|heard from|spoke)\w*\b[^.?!]{0,30}\b(\d+|two|three|four|five|six|several|a few) (days|weeks|months) ago|\bphone (is |has been )?(off|switched off|unreachable)\b[^.?!]{0,40}\b(days|weeks|months|since)\b",
            r"\bposledn\w* raz (zvonil|pisal|vyhodil)\w*[^.?!]{0,30}(nedel|mesya|dn)|\btelefon\w* (vyklyuchen|nedostupen)\w*[^.?!]{0,40}(dn|nedel|mesya)|\bverjin angam (zangel|grel)\w*[^.?!]{0,30}(shabat|amis|or)|\bheraxos\w* (anjatvac|anhasaneli)[^.?!]{0,40}(or|shabat|amis)",
            r"\b(no longer|stopped|doesn'?t|won'?t) (answer|repl(y|ies)|pick(s|ing)? up)\w*\b[^.?!]{0,20}\b(anymore|any more|since)\b|\bno longer (answers|replies|picks up)\b|\b(el|aylevs) chi (patasxanum|verckum)\b|\bbolshe ne (otvechaet|beret trubku|vyhodit na svyaz)\b",
            r"\b(send|pay|transfer)\w* (money|\d+\w*)\b[^.?!]{0,30}\bso (she|he|they) (can|could|will be allowed to) (leave|go|come (back|home))\b|\b(ransom|vykup)\b",
            r"\bhasn'?t (answered|replied|called)\b[^.?!]{0,20}\b(in|for) \d+ (days|weeks)|\bstopped (replying|answering)\b|\bne otvechaet\b[^.?!]{0,20}\b(dn|nedel)|\b(dzen|zang) chka\b|\b\d+ (shabat|or|amis) a (dzen|kap) chka",
            r"\b(no contact|can'?t reach (her|him|them)|not answering|stopped answering|haven'?t heard from)\b[^.?!]{0,60}\b(days|weeks?|months?)\b",
            r"\b(days|weeks?|months?)\b[^.?!]{0,30}\b(no contact|not answering|no news)\b",
            r"\b(kap chka|kap chunenk|ne vyhodit na svyaz)\b[^.?!]{0,40}\b(or|shabat|amis|dn|nedel|mesya)\w*",
            r"\b(or|orer|shabat|amis|dney|dnya|nedel\w*|mesya\w*)\b[^.?!]{0,15}\b(kap chka|ne vyhodit na svyaz|ne otvechaet)\b",
            r"\b(\d+|two|three|four|five|six|several|a few) (days?|weeks?|months?) (now )?(no |without (a |any )?)(calls?|contact|(news|word) from (him|her|them|my))\b|\bno (calls?|contact) (for|in) (\d+|two|three|four|five|six|several|a few) (days|weeks|months)\b",
            r"\b(\d+|dve|tri|chetyre|pyat|neskolko) (dn\w*|nedel\w*|mesya\w*) ni (odnogo )?(zvonka|slova|soobshcheniya|vestochki)\b|\bni (odnogo )?(zvonka|slova)\b[^.?!]{0,20}\b(dn|nedel|mesya)\w*",
            # weeks without a message
            r"\b(\d+|mi|erku|ereq|chors|two|three|four|several) (shabat|amis|weeks?|months?)\w*\b[^.?!]{0,15}\b(voch mi|no) (haghordagrutyun|haxordagrutyun|zang|lur|messages?|word|news)\b",
            # last seen online weeks ago, a relayed 'if I don't write in N days' that has passed
            r"\blast (seen )?online\b[^.?!]{0,20}\b(\d+|two|three|four|several|a few) (weeks?|months?)|\b(verjin angam|posledn\w* raz)\b[^.?!]{0,40}\b(\d+|mi|erku|ereq|chors) (shabat|amis|nedel\w*|mesya\w*)\w* (araj|nazad)\b[^.?!]{0,20}\bonline|\bbyl\w* (v seti|onlayn|online)\b[^.?!]{0,10}\b(\d+|dve|tri) (nedel\w*|mesya\w*) nazad",
            r"\bif (i|we) (don'?t|do not|dont) (write|call|text|get in touch|answer)\b[^.?!]{0,20}\bin (\d+|two|three|a few) days\b[^.?!]{0,40}\b(that was|it'?s been|already) (\d+|four|five|six|seven|a week|two weeks)",
            # detained, and nobody says where; months without news
            r'\b(no one|nobody|noone) (tells|told|knows|will tell|says)\b[^.?!]{0,25}\bwhere (he|she|they|my \w+) (is|are)\b|\bnikto ne (govorit|znaet|soobshchaet|skazhet)\s*,?\s*gde (on|ona|oni)\b|\b(chen|chi) asum\s*,?\s*(te )?(vortegh|vortex|ur) (a|e|en)\b|\b\d+ (shabat|or|amis) a lur chka\b',
            # taken, and the police deny holding him
            r"\b(police|station|precinct)\b[^.?!]{0,40}\b(no record of (him|her|them)|never heard of (him|her|them)|don'?t know (him|her|them|such a (man|person)))\b|\b(v otdelenii|v policii|v milicii)\b[^.?!]{0,30}\b(ne znaem (takogo|takuyu|gde)|takogo net|ne chislitsya)\b",
            # gone to work, silent since a named month (either order)
            r"\b(went|left|moved|flew|uehal\w*|uekhal\w*|poehal\w*|uletel\w*|gnac\w*)\b[\s\S]{0,120}\b(since (january|february|march|april|may|june|july|august|september|october|november|december)|s (yanvar|fevral|mart|aprel|ma[iy]|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr)\w*|(hunvar|petrvar|mart|april|mayis|hunis|hulis|ogostos|septemb|hoktemb|noyemb|dektemb)\w*ic)\b[^.?!]{0,25}\b(no|nothing|not (one|a single)|ni odnogo|nichego|tishina|ni zvonka|voch mi|chi (patasxanum|zangum|grum)|mi namak el chka|ne (otvechaet|zvonit|pishet|vyhodit na svyaz)|(hasn'?t|has not|haven'?t|not) (answered|called|replied|written|been in touch))\b|\b(went|left|moved|flew|uehal\w*|uekhal\w*|poehal\w*|uletel\w*|gnac\w*)\b[\s\S]{0,120}\b(no|nothing|not (one|a single)|ni odnogo|nichego|tishina|ni zvonka|voch mi|chi (patasxanum|zangum|grum)|mi namak el chka|ne (otvechaet|zvonit|pishet|vyhodit na svyaz)|(hasn'?t|has not|haven'?t|not) (answered|called|replied|written|been in touch))\b[^.?!]{0,25}\b(since (january|february|march|april|may|june|july|august|september|october|november|december)|s (yanvar|fevral|mart|aprel|ma[iy]|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr)\w*|(hunvar|petrvar|mart|april|mayis|hunis|hulis|ogostos|septemb|hoktemb|noyemb|dektemb)\w*ic)\b",
            # silent for weeks
            r"\b(\d+|dve|tri|chetyre|pyat|neskolko) (dn\w*|nedel\w*|mesya\w*) (uzhe )?molch\w*|\bmolch\w* (uzhe )?(\d+|dve|tri|chetyre|pyat|neskolko) (dn\w*|nedel\w*|mesya\w*)|\b(silent|radio silence)\b (for )?(\d+|two|three|four|five|several) (days|weeks|months)\b|\b(\d+|two|three|four|five|several) (days|weeks|months) of (radio )?silence\b",
            # a child who got lost and is not found yet (not a lost toy, not a story of once)
            r"(?=[\s\S]*(\b(can'?t|cannot|couldn'?t) find\b|\b(haven'?t|have not|hasn'?t) (found|seen)\b|\bnowhere\b|\b(an|\d+|half an|one|two) (hours?|minutes?)\b|\bright now\b|\bhelp\b|\bpolice\b|\bwhere (is|do|can)\b|\b(chenq|chem|chen) (gtnum|gtnel)\b|\b(jam|zham|rope)\b|\bne (mozhem|mogu) (najti|nayti)\b|\bnigde\b|\b(chas|chasa|minut)\b|\bpomogite\b|\bostikan\w*|\bpolici\w*))(\b(txan|txas|tghan|tghas|axjik@|axjiky|axjiks|aghjiks|aghjik@|aghjiky|erexan|erexas|erekhan|erekhas)( \w+){0,3} (korav|korel a|korel e)\b|\b(son|daughter|kid|child|boy|girl|toddler)(?!'s)( \w+){0,2} (got lost|went missing|has gone missing|wandered off)\b|\b(rebenok|rebyonok|syn|doch|dochka|malchik|devochka|malysh)( \w+){0,2} poteryal(sya|as)\b)",
        ),
        "cyrl": (
            # the employer says the person ran away, and her things or passport are still there
            r"^(?=[\s\S]*(говорит|говорят|сказал\S*|утвержда\S*) (что )?(она|он) (сбежал\S*|убежал\S*|исчез\S*))(?=[\s\S]*(вещи|паспорт|документы|телефон|сумк)\S* (\S+ ){0,2}(остал\S*|на месте|там(?![а-яё])))",
            # not answering for the third day or more ('мама не отвечает третий день')
            r"не отвечает (уже )?(третий|четв[её]ртый|пятый|[3-9]-?й|1\d-?й) (день|сутки)",
            # a child not home from school or run away from home, the phone off or not answering, late at night ('сын, 12 лет, не вернулся из школы, уже 9 вечера, телефон не отвечает')
            r"^(?=[\s\S]*(" + CHILD["cyrl"] + "|" + CHILD_AGE["cyrl"] + r"))(?=[\s\S]*((?<![а-яё])не (вернул(ся|ась)|приш[её]л|пришла) (\S+ )?(из школы|домой|с тренировки|с прогулки|из садика|из сада)|(сбежал|убежал)\S* из дома))(?=[\s\S]*(телефон\S* (\S+ )?(не отвечает|выключен|недоступен|не бер[её]т)|не бер[её]т трубку|уже ([7-9]|1[0-2]) (вечера|часов|ночи)|всю ночь|ночью|вчера))",
            # a relative gone missing ('пропал сын в Сочи')
            r"(?<![а-яё])(" + GONE["cyrl"] + r") (\S+ )?(" + RELATIVES["cyrl"] + r")(?![а-яё])" + BRIEF_ABSENCE["cyrl"] + r"|(?<![а-яё])(" + RELATIVES["cyrl"] + r") (\S+ )?(" + GONE["cyrl"] + r")(?![а-яё])" + BRIEF_ABSENCE["cyrl"],
            # a relative gone to work abroad who has not answered for days
            r"^(?=[\s\S]*не (отвечает|выходит на связь|звонит|пишет) (уже )?(\S+ )?(\d+|втор|трет|четв[её]рт|пят|неск)\S* (день|дня|дней|недел|сут))(?=[\s\S]*(уехал|уехала|поехал|поехала|улетел|улетела)\S* (\S+ )?(работать|на заработки|на работу|через агентств))",
            # a child taken and where they are not told
            r'(?<![а-яё])(забрали|увезли|отобрали) (мою|моего|нашу|нашего) (дочь|сына|ребенка|ребёнка|девочку|мальчика)[^.?!]{0,30}не (говорят|скажут|говорит) где',
            # men gone to work abroad, none of them heard from (not CVs sent nor children at a camp)
            r"^(?=[\s\S]*(уехал|поехал|уехали|поехали))(?=[\s\S]*(росси|москв|за границ|стройк|на заработки|работ))(?=[\s\S]*(ни от кого из них|никто из них не (звонил|писал|выходил на связь|объявлялся)))",
            r"\bи пропал[аи]?\b",
            r"ни слуху\s?,? ни духу|(дн|недел|месяц)\w*[^.?!]{0,30}не можем (его |ее |её |их )?найти",
            r"(бригада|остальные|все)[^.?!]{0,20}(вернул\w*|приехал\w*)[^.?!]{0,10}(а|но) (его|ее|её) (нет|не было)|полиция не ищет",
            r"последний раз (звонил|писал|выходил\w* на связь)\w*[^.?!]{0,30}(недел|месяц|\d+ дн)|телефон\w* (выключен|недоступен|вне зоны)[^.?!]{0,40}(дн|недел|месяц)|(дн|недел|месяц)\w*[^.?!]{0,30}телефон\w* (выключен|недоступен)",
            r"больше не (отвечает|берет трубку|берёт трубку|выходит на связь)|(перевести|прислать|отправить|заплатить)\w* (деньги|\d+)[^.?!]{0,30}(чтобы|тогда) (ее|её|его|их) (отпустили|отпустят)|выкуп",
            r"не отвечает\b[^.?!]{0,20}(дн|недел)|\d+ (недел|дн)\w* не отвечает",
            r"(не выходит на связь|не отвечает|связи нет)[^.?!]{0,40}((?<!пол)дн|недел|месяц)",
            r"(дн|недел|месяц)\w*[^.?!]{0,15}(не выходит на связь|связи нет|не отвечает)",
            r"(\d+|две|три|четыре|пять|несколько) (дн|недел|месяц)\w* ни (одного )?(звонка|слова|сообщения|весточки)|ни (одного )?(звонка|слова)[^.?!]{0,20}(дн|недел|месяц)",
            # last seen online weeks ago
            r"(был\S*|заходил\S*) (в сети|онлайн)[^.?!]{0,10}(\d+|две|три) (недел|месяц)\S* назад|последний раз[^.?!]{0,40}(\d+|две|три) (недел|месяц)\S* назад[^.?!]{0,20}(в сети|онлайн)",
            # detained, and nobody says where
            r'никто не (говорит|знает|сообщает|скажет)\s*,?\s*где (он|она|они)',
            # taken, and the police deny holding him
            r'(в отделении|в полиции|в милиции)[^.?!]{0,30}(не знаем (такого|такую|где)|такого нет|не числится)',
            # gone to work, silent since a named month
            r"(уехал|уехала|поехал|поехала|улетел|улетела)[\s\S]{0,120}с (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)[^.?!]{0,25}(не (отвечает|звонит|пишет|выходит на связь)|ничего|ни одного|тишина|ни слова|ни звонка)",
            # silent for weeks
            r"(\d+|две|три|четыре|пять|несколько) (дн|недел|месяц)\S* (уже )?молч|молч\S* (уже )?(\d+|две|три|четыре|пять|несколько) (дн|недел|месяц)",
            # a child who got lost and is not found yet (not a lost toy, not a story of once)
            r"(?=[\s\S]*(не (можем|могу) (найти|отыскать)|нигде нет|не нашли|час|минут|помогите|полици|где (он|она|искать)))((реб[её]нок|сын|дочь|дочка|мальчик|девочка|малыш)( \S+){0,2} потерял(ся|ась)|потеряли (\S+ )?(реб[её]нка|сына|дочь|дочку|мальчика|девочку))",
        ),
        "armn": (
            # the employer says the person ran away, and her things or passport are still there
            r"^(?=[\s\S]*(ասում (ա|է|են)|ասաց|ասեց) (որ )?(փախել|անհետացել) (ա|է))(?=[\s\S]*(իրեր|անձնագ|փաստաթղթ|հեռախոս|պայուսակ)\S* (\S+ ){0,2}(մնացել|էնտեղ|այնտեղ))",
            # a child not home from school or run away from home, the phone off or not answering, late at night ('տղաս դպրոցից տուն չի եկել, հեռախոսը անջատած ա')
            r"^(?=[\s\S]*(" + CHILD["armn"] + "|" + CHILD_AGE["armn"] + r"))(?=[\s\S]*(դպրոցից (տուն )?(չի|չեն) (եկել|վերադարձել)|տնից (փախել|փախավ)))(?=[\s\S]*(հեռախոս\S* (\S+ )?(անջատած|անջատել|չի պատասխանում|չի վերցնում)|չի պատասխանում|արդեն (ժամը )?([7-9]|1[0-2])(?!\d)|գիշեր|երեկ))",
            # a relative gone missing ('տղաս կորել ա')
            r"(" + RELATIVES["armn"] + r") (արդեն |էլի |հանկարծ )?(" + GONE["armn"] + r")(?!\S)(?! էր)(?! (ա |է )?\S+ը(?!\S))" + BRIEF_ABSENCE["armn"],
            # days with no news of someone
            r"^(?![\s\S]*(ծանրոց|պատվեր|դիմում|հայտ|վիզա|ռեզյումե))[\s\S]*(\d+|մեկ|մի|երկու|երեք|չորս) (օր|շաբաթ)\S* (ա|է) (ոչ մի լուր|լուր չկա|լուր չունենք|լուր չունեմ)",
            # not called for weeks and the phone off
            r"^(?=[\s\S]*(\d+|մեկ|մի|երկու|երեք) (շաբաթ|օր|ամիս)\S* (ա|է) (չի|չեն) (զանգում|գրում|պատասխանում))(?=[\s\S]*հեռախոս\S* (անջատված|անջատ|չի պատասխանում))",
            # a child taken and where they are not told
            r'(տարել|տարան|վերցրել|վերցրին) (են )?(աղջկաս|տղայիս|երեխայիս|բալիկիս)[^.?!։]{0,30}(չեն|չի) (ասում|ասի) (որտեղ|ուր)',
            # men gone to work abroad, none of them heard from (not CVs sent nor children at a camp) ("տղերքից ոչ մեկին չենք լսել")
            r"^(?=[\s\S]*(գնացին|գնացել|մեկնել|մեկնեցին))(?=[\s\S]*(ռուսաստան|մոսկվա|արտասահման|շինարար|աշխատ))(?=[\s\S]*(ոչ մեկ(ից|ին|ի) (\S+ )?(չենք|չեմ) (լսել|լսում)|(չենք|չեմ) (լսել|լսում) ոչ մեկ(ից|ին|ի)|ոչ մեկից լուր չկա))",
            r"ձեն չկա|(շաբաթ|օր|ամիս) ա (ձեն|կապ) չկա",
            r"(օր|շաբաթ|ամիս)\S* (է|ա) (չենք|չեն) (գտնում|կարողանում գտնել)|(չենք|չեն) (գտնում|կարողանում գտնել)[^.?!]{0,30}(օր|շաբաթ|ամիս)",
            r"(մնացածը|բոլորը|բրիգադը)[^.?!]{0,20}(եկան|վերադարձան|վերադարձել)[^.?!]{0,10}(իսկ|բայց) (ինքը|նա) (չկա|չեկավ|չի եկել)|ոստիկանությունը չի (փնտրում|որոնում)",
            r"վերջին անգամ (զանգել|գրել)\S*[^.?!]{0,30}(շաբաթ|ամիս|օր)|հեռախոս\S* (անջատված|անհասանելի)[^.?!]{0,40}(օր|շաբաթ|ամիս)",
            r"(էլ|այլեվս) չի (պատասխանում|վերցնում)|փող\S*[^.?!]{0,30}(որ|նոր) (իրեն|նրան|իրենց) (բաց թողնեն|թողնեն)",
            r"(կապ չկա|կապ չունենք)[^.?!]{0,40}(օր|շաբաթ|ամիս)",
            r"(օր|շաբաթ|ամիս)\S*[^.?!]{0,15}(կապ չկա|կապ չունենք)",
            r"\d+ (օր|շաբաթ|ամիս)\S*[^.?!]{0,15}(ոչ մի )?(զանգ|լուր|ձայն)\S* (չկա|չի եղել)|ոչ մի (զանգ|լուր)[^.?!]{0,20}(օր|շաբաթ|ամիս)",
            r"(\d+|մի|երկու|երեք|չորս) (շաբաթ|ամիս)\S*[^.?!]{0,15}ոչ մի (հաղորդագրություն|զանգ|լուր)",
            # last seen online weeks ago
            r"վերջին անգամ[^.?!]{0,40}(\d+|մի|երկու|երեք|չորս) (շաբաթ|ամիս)\S* առաջ[^.?!]{0,20}(օնլայն|online|ցանցում)",
            # the others came back, he did not
            r"(մնացած|բոլոր)\S*[^.?!]{0,25}(եկան|վերադարձան|վերադարձել)[^.?!]{0,15}(իսկ|բայց) (ինքը|նա) (չէ|ոչ)",
            # detained, and nobody says where; months without news
            r'(չեն|չի) ասում\s*,?\s*(թե )?(որտեղ|ուր) (է|ա|են)|\d+ (օր|շաբաթ|ամիս)\S* (է|ա) լուր չկա',
            # gone to work, silent since a named month
            r"(գնաց|գնացել|մեկնեց|մեկնել)[\s\S]{0,120}(հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր)ից[^.?!։]{0,25}((չի|չեն) (պատասխանում|զանգում|գրում)|ոչ մի|մի նամակ էլ չկա)",
            # a child who got lost and is not found yet (not a lost toy, not a story of once)
            r"(?=[\s\S]*((չենք|չեմ|չեն) (գտնում|գտել|կարողանում)|ոչ մի տեղ|ժամ|րոպե|օգնեք|ոստիկան|որտեղ))(երեխան|երեխաս|տղան|տղաս|աղջիկը|աղջիկս|աղջիկն|որդիս)( \S+){0,3} (կորավ|կորել (ա|է))(?!\S)",
        ),
    },
    "plea": {
        "latn": (
            r"\b(they found me|i'?m hiding|they'?re (close|near|coming)|menya nashli|pryachus|oni (uzhe )?ryadom|gtel en indz|taknvel em|arden mot en)\b",
            r"\b(sos|save (me|us)|rescue (me|us)|pomogite|spasite|ognek|ognec(e|he)k|prkek|i'?m (so )?(scared|afraid)|mne strashno|vaxenum em)\b",
            r"\b(i think|i'?m sure|i fear|maybe) (she|he|they|my \w+) (is|are) in danger\b|\b(ona|on|oni) v opasnosti\b|\bvtangi mej (a|e|en)\b",
            # a cry relayed, "if I don't get in touch tomorrow"
            r"\b(texted|wrote|sent|messaged|napisal\w*|prislal\w*|grec|grel a)\b( me| us| mne| indz)? (just |only |tolko |menak )?\W{0,3}(help|sos|pomogite|pomogi|ognecek|ognir|ogni)\b",
            r"\bif (i|we) (don'?t|do not) (get in touch|call|write|answer|show up|come back)\b[^.?!]{0,20}\b(tomorrow|tonight|by)\b|\bif (anything|something) happens to me\b|\besli (ya )?(\w+ )?ne vyjdu na svyaz|\besli (so mnoy|s nami) (chto-?to|chto to) sluchitsya|\bete (indz|mez) het (mi )?ban patahi",
            # 'if I don't write by Sunday, tell someone'
            r"\bif i (don'?t|do not|dont) (write|call|text|get in touch)\b[^.?!]{0,30}\b(tell|call|inform) (someone|somebody|the police|my)\b|\besli (ya )?ne (napishu|pozvonyu)\b[^.?!]{0,30}\b(skazhi|soobshchi|zvoni)\w*|\bete[^.?!]{0,20}\b(chgrem|chzangem)\b[^.?!]{0,30}\b(asa|aseq|asek)\b",
        ),
        "cyrl": (
            r"меня нашли|прячусь|они (уже )?рядом",
            r"(помогите|спасите|мне страшно)",
            r"(она|он|они|сестра|брат|мама|папа|сын|дочь) (сейчас |наверное |точно )?в опасности",
            r"(написал\w*|прислал\w*)( мне| нам)? (только |просто )?\W{0,3}(помогите|помоги|sos)",
            r"если (я )?(\S+ )?не выйду на связь|если со мной (что-?то|что то) случится",
            # 'if I don't write by Sunday, tell someone'
            r'если (я )?(\S+ ){0,2}не (напишу|позвоню)[^.?!]{0,30}(скажи|сообщи|звони)',
        ),
        "armn": (
            r"գտել են ինձ|թաքնվել եմ|արդեն մոտ են",
            r"(օգնեք|օգնեցեք|փրկեք|վախենում եմ)",
            r"վտանգի (մեջ|տակ) (է|ա|են)",
            r"գրեց (միայն |ուղղակի )?\W{0,3}(օգնեք|օգնիր|sos)",
            r"եթե (ինձ|մեզ) հետ (մի )?բան պատահի|եթե (վաղը )?կապի (դուրս )?չգամ",
            # 'if I don't write by Sunday, tell someone'
            r'եթե[^.?!։]{0,20}(չգրեմ|չզանգեմ)[^.?!։]{0,30}(ասա|ասեք|հայտնի)',
        ),
    },
    "stranded": {
        "latn": (
            # no money at all and nowhere to sleep tonight ('mi kopek chunem, chgitem es gisher vortex qnem', 'ne znayu gde nochevat, deneg net')
            r"^(?=[\s\S]*(\bmi kopek (el )?(chunem|chunenq|chka)\b|\bpox(s|ners)? (el )?(chunem|chunenq|chka)\b|\bpogh(s|ners)? (el )?(chunem|chunenq|chka)\b|\b(ni kopejki|ni kopeiki|deneg (net|ne ostalos)|bez deneg)\b|\bno money\b|\bnot a (cent|penny|dollar)\b|\bstole (my|all my) (money|wallet)\b))(?=[\s\S]*(\b(chgitem|chgitenq) (es |ays |esor |aysor )?(gisher\w* )?(vortex|vorteg|ur) (qnem|knem|qnenq|mnam|mnanq|gisherem)\b|\bne znayu gde (nochevat|perenochevat|spat|nochuyu)\b|\b(don'?t|do not) know where (to|i will|i'?ll|we will|we'?ll|i can|we can) (sleep|stay|spend the night)( tonight)?\b))",
            # days without food, with children
            r"^(?=[\s\S]*(" + HUNGER["latn"] + r"))(?=[\s\S]*\b(erexeq\w*|erexa\w*|baler\w*|children|kids|deti|detej|reb[eyo]n\w*)\b)(?![\s\S]*\b(order|deliver\w*|zakaz\w*|dostavk\w*|patvir\w*)\b)(?=[\s\S]*\b((\d+|mi|mek|erku|ereq) (or|shabat) (a|e)|(\d+|two|three|a|several|neskolko) (days?|weeks?|dnya|dnej|dney|nedel\w*))\b)",
            r"\bno money and no passport",
            r"\bno money\b[^.?!]{0,30}\bno (passport|documents?|papers)\b|\bdeneg net\b[^.?!]{0,30}\bdokument\w* net\b|\bdokument\w* net\b[^.?!]{0,30}\bdeneg net\b",
            r"\bno (passport|documents?|papers)\b[^.?!]{0,30}\bno (money|phone)\b",
            r"\bni deneg\s?,? ni (pasporta|bileta)|\bvoch (haci )?(pox|pogh) unem\s?,? voch\b|\bno money\s?,? no (passport|ticket)",
            r"\b(no|don'?t have|haven'?t got|without) (money|a ticket|ticket)\b[^.?!]{0,30}\b(home|back|return)",
            r"\bcan'?t (go|get|return) (back )?home\b",
            r"\b(net deneg na (bilet|dorogu)|deneg na (bilet|dorogu)( domoy)? net|ne na chto (vernutsya|uehat))",
            # no money for the ticket (home), as in Russian; not for a concert or a match, nor asked from Armenia (the return programmes' question)
            r"^(?![\s\S]*\b(hamerg|kino|teatr|futbol|match|concert|hayastanic)\w*)(?=[\s\S]*\btoms\w* (arnelu |gnelu )?(pox|pogh|gumar)\w* (chunenq|chunem|chka|chi mnacel)\b)",
            # days without food; a crew left on a ship with no food or fuel; a night in a car in the cold
            r"\b(we|kids|children|family|baby|they) (haven'?t|have not|hasn'?t|has not|didn'?t|did not) (eaten|eat|had (any )?food)\b[^.?!]{0,20}\b(since (yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+ days)|for (\d+|two|three|four|several|a few) days|in (\d+|two|three) days)\b|\bne eli (uzhe |nichego )?(so? vchera|s (ponedelnika|vtornika|sredy|chetverga|pyatnicy|subboty|voskresenya)|\d+ (dnya|dney|sutok)|(dva|tri|neskolko) (dnya|dney))\b|\b(erekvanic|(\d+|mek|erku|ereq|chors|mi qani) or[ea]?)\b[^.?!]{0,20}\b(ban |hac |vochinch )?(chenq|chenk|chen) kerel\b",
            r"\b(ship|vessel|crew|sailors|seamen|seafarers)\b[\s\S]{0,120}\b(anchored|abandoned|stopped paying|not (been )?paid|owner)\b[\s\S]{0,120}\b(no (food|water|fuel)|only (a little|some|a bit of) (rice|bread|food|water) left)\b|\b(crew|sailors|seamen|seafarers)\b[^.?!]{0,40}\babandoned\b",
            r"\b(sleep\w*|slept|spend\w* (the )?nights?|nochuem|spim|qnum (em|enq)) (\w+ ){0,2}(in (my|our|the|a) car|v mashine|meqenayum)\b[^.?!]{0,40}(\b(cold|freezing|frost|minus|holod\w*|moroz\w*|cr?urt\w*)\b|-\d+)|(\b(cold|freezing|frost|minus|holod\w*|moroz\w*)\b|-\d+)[^.?!]{0,40}\b(sleep\w*|slept|nochuem|spim) (\w+ ){0,2}(in (my|our|the|a) car|v mashine)\b",
            # sleeping in a park or on the street
            r'\b(\d+|two|three|four|five|several|a few) (nights|days|weeks)\b[^.?!]{0,40}\b(sleep\w*|slept) (\w+ ){0,2}(in (a|the) park|on the streets?|(at|in) (the|a) (train |bus |railway )?station)\b|\b(been|living|live|am|i\'?m|we\'?re|we are|we\'?ve been) (\w+ )?on the streets?\b[^.?!]{0,25}\b(\d+|two|three|four|five|six|seven|several|a few) (days|nights|weeks)\b|\b(sleep\w*|slept) (\w+ ){0,2}(in (a|the) park|on the streets?|(at|in) (the|a) (train |bus |railway )?station)\b[^.?!]{0,40}\b((\d+|two|three|four|five|several|a few) (nights|days|weeks)|since|with (my |our |the )?(kids|children|baby|son|daughter))\b|\b(\d+|dve|tri|chetyre|pyat|neskolko|vtor\w*|tret\w*|chetvert\w*) (noch\w*|dn\w*|nedel\w*|sut\w*)\b[^.?!]{0,40}\b(nochuem|spim|nochuyu|splyu) (\w+ ){0,2}(v parke|na ulice|na vokzale)\b|\b(nochuem|spim|nochuyu|splyu|zhivu) (\w+ ){0,2}(v parke|na ulice|na vokzale)\b[^.?!]{0,40}\b((\d+|dve|tri|chetyre|pyat|neskolko|vtor\w*|tret\w*|chetvert\w*) (noch\w*|dn\w*|nedel\w*|sut\w*)|s (detmi|rebenkom))\b|\b(\d+|mi|erku|ereq|chors) (gisher|or|shabat)\w*\b[^.?!]{0,30}\b(parkum|poxocum|poghocum|kayaranum) (enq|em) (qnum|knum)\b',
            # left in a forest, a desert or the mountains by those who took them
            r"\b(left|dropped|abandoned|ditched|dumped|threw) (us|me|them)( \w+)? (in|at) (the |a )?(middle of (the |a )?)?(forest|woods|desert|mountains?|field|swamp|steppe|no man'?s land)\b|\b(brosil\w*|ostavil\w*|vysadil\w*) (nas|menya|ih) (\w+ )?v (lesu|pustyne|gorah|pole|bolote)\b|\b(antarum|anapatum|sarerum|dashtum|tapastanum)\b[^.?!]{0,20}\b(toxec|toghec|toxel|toghel|toxin|toghin|toxecin|toghecin)\b|\b(toxec|toghec|toxel|toghel|toxin|toghin|toxecin|toghecin) (\w+ ){0,2}(antarum|anapatum|sarerum|dashtum|tapastanum)\b",
            # water or food run out in the mountains, a desert or a forest, or crossing a border on foot
            r"^(?=[\s\S]*(\b(water|food|jur(@|y)?|utelik\w*|voda|vody|eda|edy)\b[^.?!,]{0,15}\b(ran out|run out|(is )?running out|is (finished|gone|over)|(has )?finished|verjac\w*|verjanum|hatel|hatav|hatnum|(za)?konchil\w*|konchaet\w*|zakanchiva\w*)\b|\b(ran out of|running out of|out of|no more|no|without|ne ostalos\w*) (\w+ )?(water|food|vody|edy)\b|\b(jur|utelik)\w* (chka|chunenq|chunem|chi mnacel|chmnac)\b|\b(net|bez) (vody|edy)\b))(?=[\s\S]*\b(mountains?|desert|forest|woods|jungle|border|lern\w*|sarer\w*|anapat\w*|antar\w*|sahman\w*|gor(ah|y)|pustyn\w*|lesu|tayg\w*|taig\w*|granic\w*|va(k)?ht(a|e|u|oi|oy|ovik\w*|ov\w*)|vertol[eyo]t\w*|tundr\w*|steppe|step(i|yah)|tapastan\w*|lars\w*)\b)",
            # stuck in a transit zone, an airport, a station or at a border with no money
            r"^(?=[\s\S]*\b(transit (zone|area)|airport|aeroport\w*|sheremetyev\w*|sheremetev\w*|vnukov\w*|domodedov\w*|pulkov\w*|zvartnoc\w*|zvartnots\w*|tranzitn\w* zon\w*|odanavakayan\w*|bus station|train station|vokzal\w*|border|granic\w*|sahman\w*|lars\w*|kpp|checkpoint|ne propustili|ancaket\w*)\b)(?=[\s\S]*(\b(stuck|stranded|zastryal\w*|zastryali|sidim|sizhu|mnacel (enq|em)|xrvel|living|sleeping|spim|nochuem|kangnac (enq|em)|(enq|em) kangnac|\d+(-?[iey])? sutki)\b|" + HUNGER["latn"] + r"))(?=[\s\S]*(" + NO_MONEY["latn"] + r"))(?=[\s\S]*(\b(\d+|two|three|four|five|several|a few) (days|nights)\b|\bsince yesterday\b|\b(second|third|fourth|fifth|2nd|3rd|4th|5th) (day|night)\b|\b(vtor|tret|chetvert|pyat)\w* (den|dnya|sutki|noch)\b|\b\d+ (dnya|dnej|dney|sutok|sutki|noch\w*)\b|\bs?o? ?vchera\w*\b|" + HUNGER["latn"] + r"|\b(\d+|erku|ereq|chors|mi qani) or\w*\b|\berekvanic\b))",
            r"\b(vysadil\w*|vygnal\w*|vykinul\w*|kicked|thrown|threw|put|dropped)\b (\w+ ){0,2}(iz|s|off|out of) (the |a )?(avtobus\w*|mashin\w*|marshrutk\w*|poezd\w*|bus|car|train|van|truck)\b[\s\S]{0,100}(\bv stepi\b|\bv pole\b|\bna trasse\b|\bposredi\b|\bmiddle of nowhere\b|\bsteppe\b|\bon the highway\b|\bdon'?t know where\b|\bne znayu\s?,? gde\b|\bdark\b|\btemno\b|(zaryadk\w*|battery|phone( is)?( at)?) \d+ ?%|\d+ ?% (zaryadk\w*|battery))|\b(avtobus|meqen|marshrutk|gnacq)\w* (\w+ )?(ijecrin|ijecrec|durs (arin|arecin|hanecin))\b[\s\S]{0,100}(\bdasht\w*|\btapastan\w*|\bchgitem\s?,? (vortex|vortegh|ur)\b|\bmut\b|\bgisher\w*|(licq\w*|zaryadk\w*) \d+ ?%)",
            # no food, and how do we get home
            r"^(?=[\s\S]*(" + HUNGER["latn"] + r"))(?=[\s\S]*\b(how (do|can|could|should) (we|i) (get|go|return|come|fly) (back )?(home|to (yerevan|armenia))|kak (nam |mne )?(vernutsya|uehat|dobratsya) (domoj|domoy|v armeniyu|v erevan)|(vonc|inchpes) (gnanq|gnam|veradarnanq|veradarnam|hasnenq|hasnem) (tun|hayastan|erevan))\b)",
            # the third night in a park or on the street, with no money, no food or nowhere to go, in the cold or with children
            r"^(?=[\s\S]*(\b(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|another) (night|day) (\w+ ){0,2}(in (a|the) park|on the streets?\b(?! of)|(at|in) (the|a) (train |bus |railway )?station)\b|\b(vtor|tret|chetvert|pyat)\w* (noch|sutk)\w* (\w+ ){0,2}(v parke|na ulice|na vokzale)\b|\b(erkrord|errord|chorrord|\d+-?rd) gisher\w* (a |e )?(\w+ )?(aygum|parkum|poxocum|poghocum|kayaranum) (em|enq)\b))(?=[\s\S]*(" + NO_MONEY["latn"] + "|" + HUNGER["latn"] + r"|\bno place\b|\bnowhere to (go|sleep|stay)\b|\b(threw|kicked|thrown|put) (me|us) out\b|\bevicted\b|\blast ate\b|\b(cold|freezing|frost)\b|\bwith (the |my |our )?(kids|children|baby|son|daughter)\b|\bvygnal\w*|\bnekuda\b|\bmoroz\w*|\bholod\w*|\bs (detmi|reb[eyo]nkom)\b|\b(durs|durs@) (arec|shprtec|hanec)\w*|\bcurt\b))",
        ),
        "cyrl": (
            # no money at all and nowhere to sleep tonight ('денег нет, не знаю, где ночевать')
            r"^(?=[\s\S]*(ни копейки|денег (нет|не осталось)|без денег|украли (\S+ )?(деньги|кошел[её]к)))(?=[\s\S]*не знаю[ ,]{0,3}где (ночевать|переночевать|спать|ночую))",
            # no money to leave ('уехать не на что')
            r"(вернуться|уехать|выбраться) (\S+ )?не на что|^(?=[\s\S]*(нечего (есть|кушать)|не ели|голода))(?=[\s\S]*(дет|реб[её]н))(?=[\s\S]*(\d+|два|три|несколько|неделю) (дн|недел|сут))",
            r"ни денег\s?,? ни (паспорта|билета)",
            r"денег нет[^.?!]{0,30}документ\w* нет|документ\w* нет[^.?!]{0,30}денег нет",
            r"(нет денег на (билет|дорогу)|денег на (билет|дорогу)( домой)? нет|не на что (вернуться|уехать))",
            # days without food; a night in a car in the cold
            r"не ели (уже |ничего )?(со? вчера|с (понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)|\d+ (дня|дней|суток)|(два|три|несколько) (дня|дней))|(ночуем|спим|ночую|сплю) (\S+ ){0,2}в машине[^.?!]{0,40}(холод|мороз|минус|-\d)|(холод|мороз|минус|-\d)[^.?!]{0,40}(ночуем|спим|ночую|сплю) (\S+ ){0,2}в машине|(экипаж|моряк|судно|судне)[\s\S]{0,120}(бросил|(хозяин|владел|судовладел)\S*[\s\S]{0,120}(без еды|без воды|без топлива|(еды|воды|топлива) (\S+ )?не осталось))",
            # sleeping in a park or on the street
            r'(\d+|две|три|четыре|пять|несколько|втор\S*|треть\S*|четв[её]рт\S*) (ноч|дн|недел|сут)\S*[^.?!]{0,40}(ночуем|спим|ночую|сплю) (\S+ ){0,2}(в парке|на улице|на вокзале)|(ночуем|спим|ночую|сплю|живу) (\S+ ){0,2}(в парке|на улице|на вокзале)[^.?!]{0,40}((\d+|две|три|четыре|пять|несколько|втор\S*|треть\S*|четв[её]рт\S*) (ноч|дн|недел|сут)|с детьми|с ребенком|с ребёнком)',
            # left in a forest, a desert or the mountains
            r"(бросил|оставил|высадил)\S* (нас|меня|их) (\S+ )?в (лесу|пустыне|горах|поле|болоте|степи)|в (лесу|пустыне|горах|степи) (\S+ )?(бросил|оставил|высадил)\S* (нас|меня|их)",
            # water or food run out in the mountains, a desert or a forest, or crossing a border on foot
            r"^(?=[\s\S]*((?<![а-яё])(вода|еда|воды|еды)[^.?!,]{0,15}(кончил|закончил|конча|заканчива|нет|не осталось)|(кончил|закончил)\S* (\S+ )?(вода|еда)|без (воды|еды)|нет (ни )?(воды|еды)))(?=[\s\S]*(в горах|в пустыне|в лесу|в тайге|границ|перевал|(?<![а-яё])вахт(а|е|у|ой|овик\S*|ов\S*)(?![а-яё])|вертол[её]т|тундр|степ(и|ях|ь)(?![а-яё])|ларс))",
            # stuck in a transit zone, an airport, a station or at a border with no money; put off a bus in the steppe
            r"^(?=[\s\S]*(транзитн\S* зон|аэропорт|шереметьев|внуков|домодедов|пулков|звартноц|вокзал|границ|ларс|кпп|пункт\S* пропуска|не пропустили|не пустили))(?=[\s\S]*(застрял|застряли|сидим|сижу|живем|живём|ночуем|сплю|(?<![\d.,])\d+(-?[иея])? сутки|(втор|трет|четв[её]рт|пят)\S* сутки|" + HUNGER["cyrl"] + r"))(?=[\s\S]*(" + NO_MONEY["cyrl"] + r"))(?=[\s\S]*((\d+|два|три|четыре|пять|несколько) (дн|суток|ноч)|(?<![\d.,])\d+(-?[иея])? сутки|(втор|трет|четверт|пят)\S* (день|сутки|ночь)|со? вчера|не ел|" + HUNGER["cyrl"] + r"))",
            r"(высадил\S*|выгнал\S*|выкинул\S*|ссадил\S*) (\S+ ){0,2}(из|с) (автобус|машин|маршрутк|поезд|электричк)\S*[\s\S]{0,100}(в степи|в поле|на трассе|посреди|в лесу|не знаю\s?,? где|темно|зарядк\S* \d+ ?%|батаре\S* \d+ ?%|\d+ ?% зарядк)",
            # no food, and how do we get home
            r"^(?=[\s\S]*(" + HUNGER["cyrl"] + r"))(?=[\s\S]*как (нам |мне )?(вернуться|уехать|добраться|попасть) (домой|в армению|в ереван))",
            # the third night in a park or on the street, with no money, no food or nowhere to go, in the cold or with children
            r"^(?=[\s\S]*(втор|треть|четв[её]рт|пят)\S* (ноч|сут)\S* (\S+ ){0,2}(в парке|на улице|на вокзале))(?=[\s\S]*(" + NO_MONEY["cyrl"] + "|" + HUNGER["cyrl"] + r"|выгнал|некуда|мороз|холод|с детьми|с реб[её]нком|не ел))",
        ),
        "armn": (
            # no money at all and nowhere to sleep tonight ('մի կոպեկ չունեմ, չգիտեմ էս գիշեր որտեղ քնեմ')
            r"^(?=[\s\S]*(մի կոպեկ (էլ )?(չունեմ|չունենք|չկա)|փող(ս|ներս)? (էլ )?(չունեմ|չունենք|չկա)|փող(ս|ներս)? (գողացան|գողացել|վերջացավ|վերջացել|պրծավ|պրծել)|առանց փողի))(?=[\s\S]*(չգիտեմ|չգիտենք) (էս |այս |էսօր |այսօր )?(գիշեր\S* )?(որտեղ|ուր) (քնեմ|քնենք|մնամ|մնանք|գիշերեմ|գիշերենք))",
            # days without food, with children
            r"^(?=[\s\S]*(" + HUNGER["armn"] + r"))(?![\s\S]*(պատվիր|առաքում|դոստավկա))(?=[\s\S]*(երեխ|բալիկ))(?=[\s\S]*(\d+|մի|մեկ|երկու|երեք) (օր|շաբաթ) (ա|է)(?!\S))",
            r"ոչ (հացի )?փող ունեմ\s?,? ոչ",
            r"(տուն|հետ) (չեմ|չենք) կարող\S* (գնալ|վերադառնալ)",
            # no money for the ticket (home), as in Russian; not for a concert or a match, nor asked from Armenia (the return programmes' question)
            r"^(?![\s\S]*(համերգ|կինո|թատրոն|ֆուտբոլ|մատչ|հայաստանից))(?=[\s\S]*տոմս\S* (առնելու |գնելու )?(փող|գումար)\S* (չունենք|չունեմ|չկա|չի մնացել))",
            # days without food; a night in a car in the cold
            r"(երեկվանից|(\d+|մեկ|երկու|երեք|չորս|մի քանի) օր(ա|է)?)[^.?!։]{0,20}(բան |հաց |ոչինչ )?(չենք|չեն) կերել|մեքենայում (ենք |եմ )?(քնում|գիշերում)[^.?!։]{0,40}(ցուրտ|սառն|մինուս|-\d)|(ցուրտ|սառն|մինուս|-\d)[^.?!։]{0,40}մեքենայում (ենք |եմ )?(քնում|գիշերում)",
            # sleeping in a park or on the street
            r'(\d+|մի|երկու|երեք|չորս) (գիշեր|օր|շաբաթ)\S*[^.?!]{0,30}(այգում|փողոցում|կայարանում) (ենք|եմ) քնում',
            # left in a forest, a desert or the mountains
            r"(անտառում|անապատում|սարերում|դաշտում|տափաստանում)[^.?!։]{0,20}(թողեց|թողել|թողին|թողեցին)|(թողեց|թողել|թողին|թողեցին) (\S+ ){0,2}(անտառում|անապատում|սարերում|դաշտում|տափաստանում)",
            # water or food run out in the mountains, a desert or a forest, or crossing a border on foot
            r"^(?=[\s\S]*((ջուր|ուտելիք)\S*[^.?!,։]{0,15}(վերջացել|վերջացավ|վերջանում|հատել|հատավ|հատնում|չկա|չունենք|չունեմ|չի մնացել|չմնաց)|առանց (ջրի|ուտելիքի)))(?=[\s\S]*(լեռներ|սարեր|անապատ|անտառ|սահման|տայգա|վախտա|ուղղաթիռ|տափաստան|լարս))",
            # stuck in a transit zone, an airport, a station or at a border with no money; put off a bus in the steppe
            r"^(?=[\s\S]*(տրանզիտ|օդանավակայան|կայարան|սահման|լարս|անցակետ))(?=[\s\S]*(մնացել (ենք|եմ)|խրվել|նստած (ենք|եմ)|կանգնած (ենք|եմ)|(ենք|եմ) կանգնած|քնում (ենք|եմ)|" + HUNGER["armn"] + r"))(?=[\s\S]*(" + NO_MONEY["armn"] + r"))(?=[\s\S]*((\d+|երկու|երեք|չորս|մի քանի) (օր|գիշեր)|երեկվանից|" + HUNGER["armn"] + r"))",
            r"(ավտոբուս|մեքենա|մարշրուտկա|գնացք)\S* (\S+ )?(իջեցրին|իջեցրեց|դուրս (արին|արեցին|հանեցին|շպրտեցին))[\s\S]{0,100}(դաշտ|տափաստան|ճանապարհի մեջտեղ|մայրուղ|չգիտեմ\s?,? որտեղ|մութ|գիշեր|լիցք\S* \d+ ?%|\d+ ?% լիցք)",
            # no food, and how do we get home
            r"^(?=[\s\S]*(" + HUNGER["armn"] + r"))(?=[\s\S]*(ոնց|ինչպես) (\S+ )?(գնանք|գնամ|վերադառնանք|վերադառնամ|հասնենք|հասնեմ) (տուն|հայաստան|երեվան))",
            # the third night in a park or on the street, for the writer
            r"(երկրորդ|երրորդ|չորրորդ|\d+-?րդ) գիշեր\S* (ա |է )?(\S+ )?(այգում|փողոցում|կայարանում) (\S+ )?(եմ|ենք)(?!\S)",
        ),
    },
    # Cold that kills: stuck on the road in a hard frost with the heater broken or the fuel running
    # out, thrown out with nowhere to go in the frost.
    "exposure": {
        "latn": (
            # people led on foot through a forest or across a border at night, in the frost or with small children
            r"^(?=[\s\S]*\b(through|across|into) (the |a )?(forest|woods|swamp|river|mountains)\b|\bcherez (les|boloto|reku|gory)\b|\b(antarov|antari mijov)\b)(?=[\s\S]*\b(at night|nochyu|gisherov|gisher@)\b)(?=[\s\S]*(\bbelow zero\b|\bfreezing\b|\bminus\b|\bmoroz\w*|" + MINUS_TEN + r"|\b(small |little )?(kids|children|baby|babies)\b|\bdet(i|ej|ey)\b|\berexa\w*))",
            # a night outside in a frost of -10 or harder (not a camping trip)
            r"^(?![\s\S]*\b(camp\w*|tents?|sleeping bags?|palatk\w*|pohod\w*|kemping\w*|vran\w*)\b)(?=[\s\S]*(" + MINUS_TEN + r"|\bmoroz\w*|\bfrost\b))(?=[\s\S]*(\bsleep(ing)? (outside|outdoors|on the street|in the street)\b|\b(spat|nochevat|nochuem|nochuyu|spim|splyu) na ulice\b|\bdrsum (em|enq) (qnelu|knelu|mnalu|gisherelu)\b|\bdrsum (enq|em) (qnum|knum|gisherum)\b))",
            # no heating in the cold, with someone barely responding
            r"^(?=[\s\S]*(\b(bez|net) (\w+ )?(sveta i )?otopleni\w*|\botopleni\w* (net|otklyuch\w*)\b|\bno heat(ing)?\b|\bheating (is )?(off|broken|cut)\b|\bjerucum\w* chka\b))(?=[\s\S]*(\b(ochen|silno|uzhasno) holodno\b|\bfreezing\b|\bvery cold\b|" + MINUS_TEN + r"|\bmoroz\w*|\bcurt (a|e)\b))(?=[\s\S]*(\b(barely|hardly) (responds?|responding)\b|\bnot responding\b|\b(pochti|ele|edva) (ne )?otvechaet\b|\bne reagiruet\b))",
            r"^(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|\bmoroz\w*|\bfrost\b))(?=[\s\S]*(\bpechk\w* ne (rabotaet|greet)|\b(solyark|benzin|topliv|dizel)\w* (koncha|zakanchiva|na ishode)|\bheat(er|ing)? (is )?(broken|not working|doesn'?t work|died)|\b(fuel|diesel|gas|petrol) (is )?(running out|almost (gone|out))|\bvarelik\w* (verjanum|prcnum)))(?=[\s\S]*(\bzastryal\w*|\bstuck (on|in) (the |a )?(road|highway|motorway|snow|car|truck|middle of nowhere)\b|\bstranded\b|\bbroke down\b|\bna trasse\b|\bmnacel (enq|em)\b))",
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["latn"] + r"|\bbars?\b|\bkuda shodit\w*))(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|\bmoroz\w*|\bvygnal\w*(?! s (raboty|ucheby|universiteta|shkoly))|\bviselil\w*|\bkicked (us |me )?out\b|\bthrown out\b|\bthrew (us|me) out\b|\bdurs (en )?(arel|arin|arecin|ereci|qcel|qcecin|shprtel)\w*))(?=[\s\S]*(\bnekuda (idti|poiti|pojti|detsya)\b|\bne znayu\s?,? kuda (idti|poiti|pojti|detsya)\b|\bnegde (nochevat|spat)\b|\bnowhere to (go|sleep|stay)\b|\bdon'?t know where (to|we can|i can) (go|sleep|stay)\b|\bchgite(m|nq) (\w+ ){0,2}(ur|vortex|vortegh) (gnam|gnanq|gisherem|gisherenq|qnem|qnenq)\b))",
            # a baby or small children, nowhere to go or the shelter full, and the cold outside
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["latn"] + r"|\bkuda (shodit|skhodit|pojti|poiti)\w*|\bskuchn\w*|\bbored\b|\bwhere (can|to|should) (we|i) (go|take)\b))(?=[\s\S]*(\b(baby|infant|newborn|toddler|babies|reb[eyo]n\w*|malysh\w*|mladen\w*|grudn\w*|erexa\w*|yerexa\w*|balik\w*|noracin\w*)\b|\b\d+[- ]months?[- ]old\b|\b\d+ amsakan\b))(?=[\s\S]*(\bnowhere to (go|sleep|stay)\b|\b(shelters? (is |are )?(full|have no (space|room|beds))|no (space|room|beds?|places?) (in|at) the shelters?)\b|\b(nekuda (idti|poiti|pojti|detsya)|(idti|poiti|pojti|detsya) nekuda|negde (nochevat|spat|zhit)|(nochevat|spat|zhit) negde)\b|\bv (priyute|shelter\w*) (\w+ )?(mest net|net mest|ne berut|ne prinimayut)\b|\b(gnalu|mnalu) tex(@|y)? chunenq\b|\bur gnanq chgitenq\b))(?=[\s\S]*(\b(freezing|frost|snow\w*|below zero|minus \d+|moroz\w*|holod\w*|sneg\w*|curt|tsurt|sarnamaniq\w*|dzyun\w*)\b|" + MINUS_TEN + r"))",
            # people shut in a truck, a container or a boot with no air (not a house move)
            r"^(?![\s\S]*\b(moving (house|flat|apartment|out)|furniture|mebel\w*|pereezd\w*|kahuyq\w*)\b)(?=[\s\S]*(\b(we|we'?re|us|people|kids|children)\b[^.?!]{0,40}\b(in|inside) (the |a )?(back of (the |a )?)?(truck|lorry|container|trunk|boot)\b[^.?!]{0,60}\b(no air|not enough air|can'?t breathe|hard to breathe|running out of air|suffocat\w*)\b|\b(my|nas|lyudi|lyudey|deti|detey)\b[^.?!]{0,40}\b(kuzov|fur|kontejner|konteiner|bagazhnik)\w*[^.?!]{0,60}\b(dyshat nechem|nechem dyshat|zadyha\w*|net vozduha|vozduh\w* ne hvata\w*|ne hvataet vozduh\w*)\b|\b(bernatar|kuzov|fur|konteyner|tapq)\w*[^.?!]{0,60}\b(od(@|y)? chi (bavakanacnum|heriqum|herikum)|od chka|shnchel chi linum)\b))",
            # stuck on the road in a frost of -10 or harder, and no help: nobody stopping, the phone or the signal dying (not a traffic jam, nor a tow truck asked for)
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["latn"] + r"|\bski(ing)?\b|\blyzh\w*|\btraffic\b|\bprobk\w*|\btow\w*|\bevakuator\w*))(?=[\s\S]*(" + MINUS_TEN + r"|\bmoroz\w*|\bfrost\b))(?=[\s\S]*(\bnikto ne ostanavliva\w*|\b(nobody|no one) (is )?stop(s|ping)\b|\bvoch voq chi kangnum\b|\btelefon\w* (sadit|sadyat|sel|razryazha)\w*|\bphone (is )?(dying|almost dead)\b|\b(signal|svyaz\w*|network|reception)\b[^.?!,]{0,15}\b(almost gone|gone|lost|dying|ele lovit|propada\w*|pochti net)\b|\bno (signal|network|reception)\b|\b(net|bez) (svyazi|seti)\b|\bkap(@|y)? (chka|hazi\w*)\b))(?=[\s\S]*(\bzastryal\w*|\bstuck (on|in) (the |a )?(road|highway|motorway|snow|car|truck|middle of nowhere)\b|\bstranded\b|\bbroke down\b|\bcar (broke|died|stalled|won'?t start|is dead)\b|\bzagloh\w*|\bna trasse\b|\bmnacel (enq|em)\b))",
            # a boat taking on water
            r"\b(boat|dinghy|raft|lodk\w*|navak\w*)\b[^.?!]{0,80}\b(water (is )?(coming|getting|pouring) in|taking (on )?water|(is )?sinking|tonet|tonem|nabira\w* vod\w*|jur a lcvum|xortakvum)\b",
            # people left in a desert by the smugglers who took them
            r"\b(toxel|toxecin|brosil\w*|ostavil\w*|left|abandoned|dumped)\b[^.?!]{0,40}\b(anapat\w*|pustyn\w*|desert)\b|\b(anapat\w*|pustyn\w*|desert)\b[^.?!]{0,40}\b(chur chunen|chur chka|bez vody|net vody|no water)\b",
        ),
        "cyrl": (
            # people led on foot through a forest or across a border at night, in the frost or with small children
            r"^(?=[\s\S]*через (лес|болото|реку|горы))(?=[\s\S]*ночью)(?=[\s\S]*(мороз|минус|ниже нуля|" + MINUS_TEN + r"|(?<![а-яё])дет(и|ей)(?![а-яё])|реб[её]н|малыш))",
            # a trailer or a room with no heating in a hard frost
            r"^(?=[\s\S]*(без отоплени|отоплени\S* (нет|отключ)|печк\S* не (работает|греет)))(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|мороз))",
            # a night outside in a frost of -10 or harder (not a camping trip)
            r"^(?![\s\S]*(палатк|поход|кемпинг|спальник))(?=[\s\S]*(" + MINUS_TEN + r"|мороз))(?=[\s\S]*((спать|ночевать|ночуем|ночую|спим|сплю) на улице))",
            # no heating in the cold, with someone barely responding
            r"^(?=[\s\S]*(без (\S+ )?(света и )?отоплени|нет отоплени|отоплени\S* (нет|отключ)))(?=[\s\S]*((очень|сильно|ужасно) холодно|мороз|" + MINUS_TEN + r"))(?=[\s\S]*(почти не отвечает|едва отвечает|не реагирует))",
            r"^(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|мороз))(?=[\s\S]*(печк\S* не (работает|греет)|(солярк|бензин|топлив|дизел|газ)\S* (конча|заканчива|на исходе|кончил)))(?=[\s\S]*(застрял|застряли|встал[аи]?\b|сломал\S*|заглох\S*|на трассе))",
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["cyrl"] + "|" + ADVICE_SOUGHT["armn"] + r"|\bбар\S*|куда сходить|\bբար\b))(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|мороз|выгнал\S*(?! с (работы|уч[её]бы|универа|школы))|выселил\S*|выкинул\S*))(?=[\s\S]*(некуда (идти|пойти|деться)|не знаю\s?,? куда (идти|пойти|деться)|негде (ночевать|спать)))",
            # a baby or small children, nowhere to go or the shelter full, and the cold outside
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["cyrl"] + r"|куда (сходить|пойти)|скучн))(?=[\s\S]*(реб[её]н|малыш|младен|грудн|новорожд|\d+-?месячн))(?=[\s\S]*(некуда (идти|пойти|деться)|(идти|пойти|деться) некуда|негде (ночевать|спать|жить)|(ночевать|спать|жить) негде|(в приюте|в приютах|в шелтере) (\S+ )?(мест нет|нет мест|не берут|не принимают)))(?=[\s\S]*(мороз|холод|снег|минус \d|" + MINUS_TEN + r"))",
            # people shut in a truck, a container or a boot with no air (not a house move)
            r"^(?![\s\S]*(мебел|переезд))(?=[\s\S]*((мы|нас|люди|людей|дети|детей)[^.?!]{0,40}(кузов|фур|контейнер|багажник)\S*[^.?!]{0,60}(дышать нечем|нечем дышать|задыха|нет воздуха|не хватает воздуха|воздуха не хватает)|(дышать нечем|нечем дышать|задыха|нет воздуха|не хватает воздуха|воздуха не хватает)[^.?!]{0,60}(кузов|фур|контейнер|багажник)\S*[^.?!]{0,40}(мы|нас|люди|людей|дети|детей)))",
            # stuck on the road in a frost of -10 or harder, and no help: nobody stopping, the phone or the signal dying (not a traffic jam, nor a tow truck asked for)
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["cyrl"] + r"|лыж|пробк|эвакуатор))(?=[\s\S]*(" + MINUS_TEN + r"|мороз))(?=[\s\S]*(никто не останавлива|телефон\S* (садится|сел|разряжа)|связ\S* (\S+ )?(еле|почти|пропада|не ловит|нет)|нет (связи|сети)|без связи))(?=[\s\S]*(застрял|застряли|сломал\S*|заглох\S*|на трассе))",
            # a boat taking on water
            r"(лодк|шлюпк|плот)\S*[^.?!]{0,80}(набира\S* вод|вода (набирается|поступает|заливает|прибывает)|тон[её]т|тонем|ид[её]м ко дну)",
            r"(бросили|оставили|выкинули|высадили)[^.?!]{0,40}пустын|пустын\S*[^.?!]{0,40}(без воды|нет воды)",
        ),
        "armn": (
            # people led on foot through a forest or across a border at night, in the frost or with small children
            r"^(?=[\s\S]*(անտառով|անտառի միջով|գետով|սարերով))(?=[\s\S]*գիշեր)(?=[\s\S]*(ցուրտ|սառնամանիք|մինուս|" + MINUS_TEN + r"|երեխ))",
            # a night outside in a frost of -10 or harder (not a camping trip)
            r"^(?![\s\S]*(վրան|քնապարկ|արշավ))(?=[\s\S]*(" + MINUS_TEN + r"|սառնամանիք|ցրտաշունչ))(?=[\s\S]*(դրսում (եմ|ենք) (քնելու|մնալու|գիշերելու)|դրսում (ենք|եմ) (քնում|գիշերում)|(քնելու|գիշերելու) (եմ|ենք) դրսում))",
            # no heating in the cold, with someone barely responding
            r"^(?=[\s\S]*(ջեռուցում\S* (չկա|անջատ)|առանց ջեռուցման))(?=[\s\S]*(ցուրտ (ա|է)|սառնամանիք|" + MINUS_TEN + r"))(?=[\s\S]*(չի արձագանքում|հազիվ (ա|է) (պատասխանում|խոսում)))",
            r"^(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|սառնամանիք|ցրտաշունչ))(?=[\s\S]*(վառելիք\S* (վերջանում|պրծնում)|տաքացուցիչ\S* չի (աշխատում|տաքացնում)|պեչկ\S* չի))(?=[\s\S]*(մնացել (ենք|եմ)|խրվել|փչացել|կանգնել))",
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["cyrl"] + "|" + ADVICE_SOUGHT["armn"] + r"|\bбар\S*|куда сходить|\bբար\b))(?=[\s\S]*((?<![\w-])[-−]\s?[2-5]\d\b|սառնամանիք|դուրս (են )?(արել|արին|արեցին|շպրտել|քցել|քցեցին)))(?=[\s\S]*((չգիտեմ|չգիտենք) (\S+ ){0,2}(ուր|որտեղ) (գնամ|գնանք|գիշերեմ|գիշերենք|քնեմ|քնենք)|գնալու տեղ (չունեմ|չունենք)))",
            # a baby or small children, nowhere to go or the shelter full, and the cold outside
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["armn"] + r"|ձանձր))(?=[\s\S]*(երեխա|բալիկ|նորածին|\d+ ամսական))(?=[\s\S]*((գնալու|մնալու|քնելու) տեղ (չունենք|չունեմ|չկա)|(ուր գնանք|ուր գնամ) չգիտենք|չգիտենք (ուր|որտեղ) գնանք|ապաստարան\S* (\S+ )?(տեղ չկա|չեն ընդունում)))(?=[\s\S]*(ցուրտ|սառնամանիք|ձյուն|մինուս \d|" + MINUS_TEN + r"))",
            # people shut in a truck, a container or a boot with no air (not a house move)
            r"(բեռնատար|կուզով|ֆուր|կոնտեյներ|բեռնախցիկ|թափք)\S*[^.?!։]{0,60}(շնչել չի լինում|շնչելու բան չկա|օդ\S* չկա|օդ\S* (\S+ )?(չի բավականացնում|չի հերիքում|պակասում)|շնչահեղձ)",
            # stuck on the road in a frost of -10 or harder, and no help: nobody stopping, the phone or the signal dying (not a traffic jam, nor a tow truck asked for)
            r"^(?![\s\S]*(" + ADVICE_SOUGHT["armn"] + r"|դահուկ|խցան|էվակուատոր))(?=[\s\S]*(" + MINUS_TEN + r"|սառնամանիք|ցրտաշունչ))(?=[\s\S]*(ոչ ոք (\S+ )?չի կանգնում|հեռախոս\S* (\S+ )?(նստում|լիցքաթափվում)|կապ\S* (չկա|հազիվ|կտրվում)))(?=[\s\S]*(մնացել (ենք|եմ)|խրվել|փչացել|կանգնել))",
            # a boat taking on water
            r"(նավակ|լաստ)\S*[^.?!։]{0,80}(ջուր (ա|է) (լցվում|մտնում)|խորտակվում|սուզվում|խեղդվում ենք)",
            r"(թողել|թողեցին|գցել)\S*[^.?!։]{0,40}անապատ|անապատ\S*[^.?!։]{0,40}ջուր (չունեն|չկա)",
        ),
    },
    # An injured or sick person kept from a doctor: "hozyain ne vezet v bolnicu potomu chto my nelegaly".
    "care_denied": {
        "latn": (
            # a severe sign and no help within reach: no doctor near, the road closed, afraid to go to a hospital
            r"^(?![\s\S]*\b(dogs?|cats?|pupp(y|ies)|kittens?|pets?|vets?|sobak\w*|koshk\w*|kot|shun|shan|katu\w*|katv\w*)\b)(?=[\s\S]*(" + SEVERE["latn"] + "|" + CARE_SIGNS["latn"] + r"))(?=[\s\S]*(" + NO_HELP["latn"] + r"))",
            # hard to breathe or another severe sign, and no way to a hospital
            r"^(?=[\s\S]*(" + SEVERE["latn"] + r"))(?=[\s\S]*(\bcan'?t (go|get) to (the |a )?(hospital|doctor)\b|\bne (mogu|mozhem) (pojti|poiti|poehat|obratitsya) (v bolnic|k vrach)|\b(hivandanoc|bzhishk|bjishk)\w* (chem|chenq) (kara|karox|karum|karogh)))",
            r"\b(won'?t|wont|doesn'?t|doesnt|don'?t|dont|refus\w* to|not allowed to) (take|let|bring|call|drive)( (me|us|him|her|them))? (to (the |a )?(hospital|doctor|clinic)|(an |the )?ambulance|see a doctor)\b",
            r"\bne (vezet|vezut|vezyot|puskayut|puskaet|otpuskaet|otpuskayut|vyzyvaet|vyzyvayut|dayut vyzvat)\w*[^.?!]{0,15}\b(v bolnic|k vrach|skoruyu|v travmpunkt)",
            r"\b(hivandanoc|bzhshk|bjshk|shtap)\w*[^.?!]{0,15}\b(chi|chen) (tanum|toxnum|kanchum|tali)",
            # 'the elder forbids calling an ambulance'
            r"\b(zapreshchaet|zapretil\w*|ne razreshaet|ne daet|nelzya)\b[^.?!]{0,10}\b(vyzyvat|vyzvat) (skoruyu|vracha)|\b(forbids|forbade|won'?t let|doesn'?t let) (us|me|anyone) (to )?call (an |the )?(ambulance|doctor)\b|\bshtap ?ognutyun\w* (kanchel )?(chi|chen) (toxnum|toghnum|tali)",
            # the boss or the foreman says no hospital, or not to call an ambulance ('prorab skazal skoruyu ne vyzyvat')
            r"\b(master|sponsor|kafeel|ter|" + EMPLOYER_WORDS["latn"] + r")\b[^.?!]{0,25}\b(says?|said|told (me|us|them|everyone)|ordered (me|us|them)|govorit|skazal|velel|prikazal|zapretil|asec|asac|asum a)\b([^.?!]{0,10}\bno (hospital|doctor|ambulance|clinic)\b|[^.?!]{0,15}(\bnot to call (an |the )?(ambulance|doctor|911|112)\b|\b(skoruyu|vracha) ne (vyzyvat|zvat|vyzyvaem)\b|\bne (vyzyvat|zvat) (skoruyu|vracha)\b|\bshtap\w* (ognutyun\w* )?(chkanchenq|chkancheq|chkanchel)\b))",
            # a person who cannot breathe or a child with a high fever, and the hospital or ambulance turned them away
            r"^(?=[\s\S]*(" + SEVERE["latn"] + "|" + CARE_SIGNS["latn"] + r"))(?=[\s\S]*\b(hivandanoc\w*|shtap\w*|hospital|ambulance|clinic|emergency room|maternity|bolnic\w*|\w*klinik\w*|roddom\w*|skor(aya|uyu|oy)|vrach\w*|bzhishk\w*|bjishk\w*|insurance|strahovk\w*|apahovag\w*|polis(a|om)?))(?=[\s\S]*(\bvoch voq chi galis\b|\b(chi|chen) (yndun|@ndun|endun)(um|el)\b|\bchen galis\b|\bchi galis\b|\bchn?ayecin\b|\bchendunecin\b|\bh?et uxarkecin\b|\bdurs (arecin|hanecin)\b|\bvrndecin\b|\bgo away\b|\bsaid no (insurance|papers|residence|documents)\b|\b(vygnali|razvernuli|otfutbolili)\b|\bmerjecin\b|\bno ?(one|body) (is )?com(es|ing)\b|\b(refused|rejected|turned away|sent away) (my (friend|brother|sister|son|daughter|mother|mom|mum|father|dad|wife|husband|child|kid|baby|uncle|aunt|cousin|grandma|grandpa|grandmother|grandfather)|him|her|them|us|me)\b|\b(refused to (see|treat|take|admit|help) (us|me|him|her|them)|turned (us|me|him|her|them|my \w+) away|sent (us|me|him|her|them|my \w+) away|wouldn'?t (see|treat|take|admit) (us|me|him|her|them))\b|\bnikto ne (prihodit|edet|priezzhaet)\b|\bskor(aya|uyu|oy)\b[^.?!]{0,20}\bne (edet|edut|priezzhaet|priezzhayut)\b|\b(potomu chto|tak kak) (net|bez) (polisa|strahovki)\b|\bne (priniali|prinyali|prinimayut|berut)\b|\botkazal\w* (prinyat|prinimat|lechit|vezti)\b|\botkazali v (prieme|gospitalizacii|pomoshchi|operacii|lechenii)\b|\botkazal\w* (operirovat|delat operaciyu)\b|\b(won'?t|will not|doesn'?t|don'?t|refuses? to) (see|treat|take|admit|accept) (us|me|him|her|them)\b|\b(chi|chen) (y|e)?ndun(um|el)\b|\b(chi|chen|chenq) (tani|tanelu|ga|galu|yndun(i|elu)|endun(i|elu))\b|\bne (povezut|povezem|povezyom|vozmut|primut|priedut|priedet)\b|\b(won'?t|will not) come\b|\bpay first\b|\b(want|wants|ask|asks|asked|demand\w*|need) (\w+ )?(money|payment|cash|to pay) (first|upfront|up front|in advance|before)\b|\bno free (care|treatment|help)\b|\bsnachala (zaplat|oplat|plat|den'?g)\w*|\bbez (deneg|oplaty|strahovki|polisa) ne (prinima|primut|lecha|berut|vozmut|kladut|polozhat|gospitaliz)\w*|\btrebuyut (den\w*|oplat\w*|predoplat\w*)|\bnax (vchar|pox|pogh)\w*|\barancs? (poxi|poghi|apahovag\w*|vchari) (chen|chi) (yndun|endun|buj|parkecn|parkacn)\w*))",
            # someone fallen who cannot get up, alone or with nobody answering, or an ambulance wanted
            r"^(?=[\s\S]*(\bfell( down)?( ,)? (and )?(can'?t|cannot|can not|couldn'?t) get up\b|\bupal\w*( ,)? (i )?ne (mozhet|mogu|mozhem) (vstat|podnyat\w*)\b|\b(enkel|ynkel|@nkel) (a|e|em)( ,)?( u)? (chi|chem) (karum|karox|karogh|karoxanum|karoghanum) (kangn\w*|kanqn\w*|kanq\w*|ver ken\w*|votqi\w*)))(?=[\s\S]*\b(alone|by (her|him)self|on (her|his) own|no ?one|nobody|neighbou?rs?|ambulance|emergency|911|112|103|odn(a|o)|odin|nikto|sosed\w*|skor\w*|menak|voch voq|harevan\w*|shtap\w*)\b)",
            # someone not breathing, unconscious or otherwise in need, and nobody can or dares call an ambulance; how to call one for someone with no papers
            r"^(?=[\s\S]*(" + SEVERE["latn"] + r"|\blips? (are |is |going |turning |gone )?(grey|gray|blue)\b|\bturning blue\b|\bunconscious\b|\bpassed out\b|\bwon'?t wake up\b|\bnot waking up\b|\bseizures?\b|\bbez soznani\w*|\bne prosypa\w*|\bushagnac\w*|\bushatap\w*))(?=[\s\S]*(\b(can'?t|cannot|can not|afraid to|scared to|too scared to|not allowed to|don'?t dare( to)?) (call|get|phone) (an |the )?(ambulance|doctor|911|112|103|paramedics)\b|\b(i'?d|i would|we'?d|we would|i|we) rather not (call|get|phone)( (an |the )?(ambulance|doctor|paramedics|911|112|103|them))?\s*([.,!?]|$)|\b(ne mozhem|ne mogu|boimsya|boyus|boitsya|boyatsya|nelzya) (vyzvat|vyzyvat|zvat|pozvat|pozvonit v) (skoruyu|vracha|103|112)\b|\b(skoruyu|vracha) (\w+ )?(vyzvat|vyzyvat) (\w+ )?(boimsya|boyus|boitsya|boyatsya)\b|\b(ne mozhem|ne mogu|boimsya|boyus|boitsya|boyatsya|nelzya) (skoruyu|vracha|103|112) (vyzvat|vyzyvat)\b|\b(afraid|scared) of calling (an |the )?(ambulance|doctor|paramedics|911|112|103)\b|\bshtap\w* (ognutyun\w* )?(chenq|chem) (karox|karogh|kara) (kanchel|kanchenq)\b|\bvaxenum (enq|em|a|e|en) (shtap\w* )?(ognutyun\w* )?kanchel\b|\bshtap\w* (ognutyun\w* )?kanchel(uc)? (\w+ )?vaxenum\b|\b(call|kanchel|kanchem|kanchenq|vyzvat|vyzyvat)\b[^.?!]{0,40}\b(ete|esli|if|when)\b[^.?!]{0,20}(\b(no|chuni|chunen|chunenq|chunem|net|bez|doesn'?t have|don'?t have|has no|have no)\b (\w+ )?(documents?|papers|dokument\w*|pastatxt\w*|pasport\w*|insurance|strahovk\w*|polis\w*)|\b(dokument\w*|pastatxt\w*|pasport\w*|papers|documents)\b (chuni|chunen|net)\b)))",
            # a severe sign, no doctor or ambulance sought for fear, and papers missing or expired or arrest feared
            r"^(?=[\s\S]*(" + SEVERE["latn"] + "|" + CARE_SIGNS["latn"] + r"))(?=[\s\S]*(" + CARE_FEARED["latn"] + r"))(?=[\s\S]*(" + PAPER_TROUBLE["latn"] + r"))",
            # a severe sign (not gums or a nose bleeding), and no way to reach an ambulance: its number unknown or asked for, or the operator does not understand the language
            r"^(?![\s\S]*\b(gums?|nose ?bleed\w*|nose|desn\w*|nos(a|om)|lind\w*|qt\w*)\b)(?=[\s\S]*(" + SEVERE["latn"] + r"))(?=[\s\S]*(\b(don'?t|do not) know (the |what'?s the |what the )?(ambulance|emergency) number\b|\bne znayu (\w+ )?nomer\w* (skor\w*|103|112)|\bnomer (skor\w*|103|112) (\w+ )?ne znayu\b|\b(shtap\w* )?(ognutyan )?hamar(@|y)? (chgitem|chem imanum)\b|\b((what|which) (\w+ )?number (do|should|can|must) (i|we) (call|dial|ring)|(what|which) number to (call|dial|ring)|(kakoi|kakoj|kakoy) nomer (zvonit|nabrat|nabirat)|po kakomu nomeru (zvonit|nabrat)|(inch|vor) hamar(ov|i)? (zangem|zangaharem))\b(?=\s*([?.!,]|$|(here|now|in armenia|v armenii|hayastanum)\b|for (an |the )?(ambulance|emergency|help)\b))|\b(ambulance|emergency|911|112|103|skor\w*|shtap\w*)\b[^.?!]{0,30}\b(chen haskanum|chi haskanum|ne ponima\w*|(don'?t|doesn'?t|can'?t|cannot) understand)\b))",
        ),
        "cyrl": (
            r"^(?![\s\S]*(собак|кошк|\bкот\b|котён|котен|щен|ветеринар))(?=[\s\S]*(" + SEVERE["cyrl"] + "|" + CARE_SIGNS["cyrl"] + r"))(?=[\s\S]*(" + NO_HELP["cyrl"] + r"))",
            # hard to breathe or another severe sign, and no way to a hospital
            r"^(?=[\s\S]*(" + BREATHLESS["cyrl"] + r"))(?=[\s\S]*не (могу|можем) (пойти|поехать|обратиться) (в больниц|к врач))",
            r"не (везет|везёт|везут|пускают|пускает|отпускает|отпускают|вызывает|вызывают|дают вызвать)\w*[^.?!]{0,15}(в больниц|к врач|скорую|в травмпункт)",
            # 'the elder forbids calling an ambulance'
            r'(запрещает|запретил\w*|не разрешает|не да[её]т|нельзя)[^.?!]{0,10}(вызывать|вызвать) (скорую|врача)',
            # the boss or the foreman says no hospital, or not to call an ambulance ('прораб сказал скорую не вызывать')
            r"(мастер|" + EMPLOYER_WORDS["cyrl"] + r")\S*[^.?!]{0,25}(говорит|сказал|велел|приказал|запретил)\S*([^.?!]{0,10}(никакой больниц|никаких врач|никакой скорой)|[^.?!]{0,15}((скорую|врача|103|112) не (вызывать|звать|вызываем|вызывай|вызывайте)|не (вызывать|звать|вызывай|вызывайте) (скорую|врача)))",
            # a person who cannot breathe or a child with a high fever, and the hospital or ambulance turned them away
            r"^(?=[\s\S]*(" + SEVERE["cyrl"] + "|" + CARE_SIGNS["cyrl"] + r"))(?=[\s\S]*(больниц|скор(ая|ую|ой)|врач|клиник|страховк|приемн|приёмн|роддом|родильн|полис))(?=[\s\S]*(никто не (приходит|едет|приезжает)|скор(ая|ую|ой)[^.?!]{0,20}не (едет|едут|приезжает|приезжают)|(потому что|так как) (нет|без) (полиса|страховки)|не (приняли|принимают|берут|приехал|повезут|повез[её]м|возьмут|примут|приедут|приедет)|отказал\S* (принять|принимать|лечить|везти)|отказали в (при[её]ме|госпитализации|помощи|операции|лечении)|отказал\S* (оперировать|делать операцию)|развернули|выгнали|сначала (заплат|оплат|плат|деньг)|без (денег|оплаты|страховки|полиса|документов|паспорта|прописки|регистрации) (\S+ )?не (принима|прим|леч|бер|возьм|клад|полож|госпитализ)|требуют (деньги|оплату|предоплату)))",
            # someone fallen who cannot get up, alone or with nobody answering, or an ambulance wanted
            r"^(?=[\s\S]*(упал\S*( ,)? (и )?не (может|могу|можем) (встать|подняться)))(?=[\s\S]*(одна|одно|один|никто|сосед|скор(ая|ую|ой)|\b(103|112|911)\b))",
            # someone not breathing, unconscious or otherwise in need, and nobody can or dares call an ambulance; how to call one for someone with no papers
            r"^(?=[\s\S]*(" + SEVERE["cyrl"] + r"|губы (\S+ )?(синеют|посинели|серые|посерели)|без сознания|потерял\S* сознание|не просыпается|судорог|пена изо рта|изо рта пена))(?=[\s\S]*((не можем|не могу|боимся|боюсь|боится|боятся|нельзя|запрещают|не дают|лучше не( буду)?) (\S+ )?(вызвать|вызывать|звать|позвать|позвонить в) (скорую|врача|103|112)|(скорую|врача) (\S+ )?(вызвать|вызывать) (\S+ )?(боимся|боюсь|боится|боятся)|(не можем|не могу|боимся|боюсь|боится|боятся|нельзя) (скорую|врача|103|112) (вызвать|вызывать)|(вызвать|вызывать|позвонить)[^.?!]{0,40}(если|когда)[^.?!]{0,20}(нет|без) (\S+ )?(документ|паспорт|полис|страховк)))",
            # a severe sign, no doctor or ambulance sought for fear, and papers missing or expired or arrest feared
            r"^(?=[\s\S]*(" + SEVERE["cyrl"] + "|" + CARE_SIGNS["cyrl"] + r"))(?=[\s\S]*(" + CARE_FEARED["cyrl"] + r"))(?=[\s\S]*(" + PAPER_TROUBLE["cyrl"] + r"))",
            # a severe sign (not gums or a nose bleeding), and no way to reach an ambulance: its number unknown or asked for, or the operator does not understand the language
            r"^(?![\s\S]*(десн|из носа|носом|носовое))(?=[\s\S]*(" + SEVERE["cyrl"] + r"))(?=[\s\S]*((какой номер|по какому номеру) (\S+ )?(звонить|набрать|набирать)(?=\s*([?.!,]|$|здесь|сейчас|в армении))|какой номер (скор|экстренн|помощ)|номер (скор\S*|103|112) (\S+ )?не знаю|не знаю (\S+ )?номер\S* (скор\S*|103|112)|(скор\S*|103|112|диспетчер)[^.?!]{0,30}не понима))",
        ),
        "armn": (
            r"^(?![\s\S]*(?<!\S)(շուն|շունը|շունս|շան|շանը|կատու|կատուն|կատուս|կատվի|կատվին|կատվիս|անասնաբույժ\S*)(?!\S))(?=[\s\S]*(" + SEVERE["armn"] + "|" + CARE_SIGNS["armn"] + r"))(?=[\s\S]*(" + NO_HELP["armn"] + r"))",
            # hard to breathe or a high fever, and no way to a hospital
            r"^(?=[\s\S]*(" + SEVERE["armn"] + r"))(?=[\s\S]*(հիվանդանոց|բժշկի|բժիշկ)\S* (չեմ|չենք) (կարա|կարող|կարում|կարողանում))",
            r"(հիվանդանոց|բժշկ|շտապ)\S*[^.?!]{0,15}(չի|չեն) (տանում|թողնում|կանչում|տալիս)",
            # 'the elder forbids calling an ambulance'
            r'շտապօգնություն (կանչել )?(չի|չեն) (թողնում|տալիս)|շտապօգնություն կանչել(ը)? (արգելում|արգելել)',
            # the boss or the foreman said not to call an ambulance ('տերն ասում ա շտապօգնություն չկանչենք')
            r"(տեր|գործատու|բրիգադիր|պրորաբ|շեֆ|նաչալնիկ|վարպետ)\S*[^.?!։]{0,25}(ասեց|ասաց|ասում (ա|է)|հրամայեց|արգելեց)[^.?!։]{0,15}շտապ\S* (օգնություն\S* )?(չկանչենք|չկանչեք|չկանչես|չկանչել|կանչել չի կարելի)|(տեր|գործատու|բրիգադիր|պրորաբ|շեֆ|նաչալնիկ|վարպետ)\S*[^.?!։]{0,25}(ասեց|ասաց|ասում (ա|է))[^.?!։]{0,15}(հիվանդանոց|բժշկի)\S* (\S+ )?(չենք|չեմ|չի|չեն) (տանի|տանելու|տանում)",
            # a person who cannot breathe or a child with a high fever, and the hospital or ambulance turned them away
            r"^(?=[\s\S]*(" + SEVERE["armn"] + "|" + CARE_SIGNS["armn"] + r"))(?=[\s\S]*(հիվանդանոց|շտապօգնություն|շտապ օգնություն|բժիշկ|կլինիկ|ապահովագր|ծննդատ|полис|պոլիս))(?=[\s\S]*(ոչ ոք չի գալիս|չեն գալիս|չի գալիս|չընդունեցին|(չի|չեն) ընդուն(ում|ել)|(չի|չեն|չենք) (տանի|տանելու|գա|գալու|ընդունի|ընդունելու)|չնայեցին|հետ ուղարկեցին|ետ ուղարկեցին|դուրս (արեցին|հանեցին)|վռնդեցին|մերժեցին|չի ծածկում|նախ (վճար|փող)|առանց (փողի|ապահովագր\S*|վճարի) (չեն|չի) (ընդուն|բուժ|պառկեցն)))",
            # someone fallen who cannot get up, alone or with nobody answering, or an ambulance wanted
            r"^(?=[\s\S]*(ընկել (ա|է|եմ)( ,)? (ու |եվ )?(չի|չեմ) (կարում|կարողանում|կարող) (վեր |կանգն|ոտքի)))(?=[\s\S]*(մենակ|ոչ ոք|հարեվան|շտապ|\b(103|112|911)\b))",
            # someone not breathing, unconscious or otherwise in need, and nobody can or dares call an ambulance; how to call one for someone with no papers
            r"^(?=[\s\S]*(" + SEVERE["armn"] + r"|շուրթ\S* (կապտ|մոխրագույն)|կապտում (ա|է)|ուշագնաց|ուշաթափ|ուշքի չի գալիս))(?=[\s\S]*(շտապ\S* (օգնություն\S* )?(չենք|չեմ) (կարող|կարա|կարում) (կանչել|կանչենք)|վախենում (ենք|եմ|ա|է|են) (շտապ\S* )?(օգնություն\S* )?կանչել|շտապ\S* (օգնություն\S* )?կանչել(ուց)? (\S+ )?վախենում|շտապ\S* (օգնություն\S* )?կանչել (չենք|չեմ) (կարող|կարա|կարում)|(կանչել|կանչեմ|կանչենք)[^.?!։]{0,40}(եթե|երբ)[^.?!։]{0,20}(փաստաթուղթ|փաստաթղթ|անձնագ|պասպորտ|ապահովագր)\S* (չունի|չունեն|չունենք|չունեմ|չկա)))",
            # a severe sign, no doctor or ambulance sought for fear, and papers missing or expired or arrest feared
            r"^(?=[\s\S]*(" + SEVERE["armn"] + "|" + CARE_SIGNS["armn"] + r"))(?=[\s\S]*(" + CARE_FEARED["armn"] + r"))(?=[\s\S]*(" + PAPER_TROUBLE["armn"] + r"))",
            # a severe sign (not gums or a nose bleeding), and no way to reach an ambulance: its number unknown or asked for, or the operator does not understand the language
            r"^(?![\s\S]*(լինդ|քթից))(?=[\s\S]*(" + SEVERE["armn"] + r"))(?=[\s\S]*((ինչ|որ) համար(ով|ի)? (զանգեմ|զանգահարեմ)(?=\s*([?.!,։]|$|այստեղ|հիմա|հայաստանում))|շտապ\S* (օգնության )?համար\S* (չգիտեմ|չեմ իմանում)|(շտապ\S*|103|112)[^.?!։]{0,30}(չեն|չի) հասկանում))",
        ),
    },
}
