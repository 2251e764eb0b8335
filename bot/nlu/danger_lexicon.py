"""The danger lexicon: patterns per category and script, matched on normalised text.

Latin patterns cover English and the folded spellings of Latin-typed Russian and Armenian
(`bot.nlu.normalise.fold_transliteration`); Cyrillic and Armenian patterns their own script.
How a match counts (affirmed, denied, conditional, over) is decided in `bot/nlu/danger.py`.
"""

from __future__ import annotations

# Category -> patterns. One list serves a script: Latin patterns cover English and the folded
# spellings of Latin-typed Russian (ru) and Armenian (hy); Cyrillic and Armenian their own.
SIGNALS: dict[str, dict[str, tuple[str, ...]]] = {
    "documents": {
        "latn": (
            r"\bstill has my passport\b|\bcollected (everyone'?s|our|all the) passports\b|\bkeeps? our bank cards\b|\bvercrel a anznag|\banznagrer@? vercrel",
            r"\b(has|have) had (my|our|his|her|their) (passports?|documents?|papers|ids?)\b|\b(passports?|documents?|papers|ids?)\b[^.?!]{0,60}\b(refus\w*|won'?t|will not|doesn'?t want) (to )?(give|return|hand) (it|them) back\b",
            r"\b(documents|papers|passports?) (are )?with them\b|\bdokument\w* u nih\b|\bpasport\w*[^.?!]{0,20}\b(ira|iran|iranc) mot",
            r"\b(passports?|documents?|papers) (is |are )?with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager|foreman|broker)",
            r"\bpasport\w* u (?!menya|nas|tebya|sebya|vas)\w+",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b(chi tvel|chen tvel|takcr|girav)",
            r"\b(ancnag|anznag|pastatxt)\w*[^.?!]{0,25}\b\w+i mot (a|e|en)\b",
            r"\b(took|take[ns]?|taking|keep(s|ing)?|kept|hold(s|ing)?|held|confiscat\w*|stole|stolen|hid|hides|hiding|grabbed|won'?t (give|return)|refus\w* to (give|return)|not (give|giving|return\w*))\b[^.?!]{0,40}?\b(passports?|documents?|papers|ids?|id cards?)\b",
            r"\b(passports?|documents?|papers)\b[^.?!]{0,40}?\b(taken|kept|confiscated|with (the|my|our|his|her) (boss|employer|owner|agent|landlord|manager))\b",
            r"\b(zabral|otobral|otnyal|zabira|otbira|derzh|uderzh|spryat|ne otda|ne vozvrash)\w*[^.?!]{0,40}?(pasport|dokument)",
            r"(pasport|dokument)\w*[^.?!]{0,40}?(?<!ne )\b(zabral|otobral|ne otda|derzh|u (nego|nee|nih|hozyaina|nachalnika|brigadira|agenta|rabotodatelya))",
            r"\b(ancnag|pastatxt|dokument)\w*[^.?!]{0,40}?(?<!chi )(?<!chen )(?<!chem )\b(vercr|vercn|vercel|taran|tarel|pah|xl|chen tal|chi tal|chen veradardz|takc)\w*",
            r"\b(vercr|vercn|vercel|pahum|xlel|takcr)\w*[^.?!]{0,40}?\b(ancnag|pastatxt|dokument)",
        ),
        "cyrl": (
            r"карты у бригадира",
            r"документы у них|паспорт\w* у хозяина",
            r"(паспорт|документ)\w* у (?!меня|нас|тебя|себя|вас)\w+",
            r"(забрал|отобрал|отнял|забира|отбира|держ|удержива|спрят|не отда|не возвраща|не верну)\w*[^.?!]{0,40}?(паспорт|документ)",
            r"(паспорт|документ)\w*[^.?!]{0,40}?(?<!не )(забрал|отобрал|не отда|держ|у (него|нее|них|хозяина|начальника|бригадира|агента|работодателя))",
        ),
        "armn": (
            r"քարտեր\S*[^.?!]{0,30}մոտ են",
            r"պասպորտ\S*[^.?!]{0,25}(մոտ (են|ա|է)|վերցր|պահ|չեն տալիս)|ծննդյան վկայական\S*[^.?!]{0,20}(թաքցր|վերցր|պահ)",
            r"(անձնագ|փաստաթղթ)\S*[^.?!]{0,25}(չի տվել|չեն տվել|թաքցր|գրավ)",
            r"(անձնագ|փաստաթղթ|փաստաթուղթ)\S*[^.?!]{0,25}\S+ի մոտ (ա|է|են)",
            r"(անձնագ|փաստաթղթ|փաստաթուղթ)\S*[^.?!]{0,40}?(?<!չի )(?<!չեն )(?<!չեմ )(վերցր|վերցն|վերցել|տար(ան|ել|ավ|եց)|պահ|խլ|չեն տալիս|չի տալիս|չեն վերադարձն|չի վերադարձն|թաքց)",
            r"(վերցր|վերցն|վերցել|պահում|խլել|թաքցր)\S*[^.?!]{0,40}?(անձնագ|փաստաթղթ|փաստաթուղթ)",
        ),
    },
    "confinement": {
        "latn": (
            r"\bprotiv (ee|ego|moey|ih) voli|\bderzhat v\b|\bne razreshaet (mne )?vyhodit|\bzakryvayut vnutri|\bne dayut (nam )?zvonit|\bv vannoi zakrylas|\bpaki tak|\bkamkin hakarak|\bchem karum pa(x|k)chem|\bhskum en|\bnkuxum\b|\blogaranum pakvel",
            r"\b(locked|trapped) (in|inside|up)\b|\bbeing (held|kept)\b|\block the door\b|\bdoor is (always )?(locked|closed)|\bnot allowed (off|out)\b|\blet me step out\b|\bchain on the gate|\bnobody walks out|\b(watching|watch) (me|us) (all the time|on cameras|every)|\bi'?m trapped\b",
            r"\b\d+ ?km from (the )?(nearest )?(town|city|road)|\bno (car|bus),? no (car|bus)\b|\bv lesu\b|\bdo trassy\b|\bvorota\b[^.?!]{0,30}\bzakryva",
            r"\b(tun|durs) chen toxni|\bdurs ches ga|\bvaxenum (a|em) durs gal",
            r"\b(zakryli|zakryvayut|zapirayut)\w* (nas|menya|snaruzhi|v)\b|\b(uiti|uyti|vyiti|vyyti|uehat) ne da(yut|et)|\bne (otpustyat|vypustyat)\b",
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
            r"против (ее|его|моей|их) воли|держат в\b|не разрешает (мне )?выходить|закрывают внутри|не дают (нам |ей |ему )?звонить|в ванной закрыл",
            r"до трассы|ворота\w*[^.?!]{0,30}закрыва|в лесу[^.?!]{0,40}(хозяин|машина|работ)",
            r"(закрыли|закрывают|запирают)\w* (нас|меня|снаружи|в)\b|(уйти|выйти|уехать) не да(ют|ет)|не (отпустят|выпустят)\b|отсюда не выйду|боится выходить|боюсь выходить",
            r"(заперл|запира|взаперти|не отпуска|не выпуска|не пуска|не дают (уйти|выйти|уехать|позвонить)|нельзя (выходить|уйти|уехать)|не могу (уйти|выйти|уехать|сбежать|вернуться)|держат (нас|меня|ее|его)|в подвале)",
        ),
        "armn": (
            r"փակի տակ|կամքին հակառակ|լոգարանում փակվել|սենյակում (են )?պահ",
            r"դարպաս\S*[^.?!]{0,30}փակ",
            r"(տուն|դուրս) չեն թողնի|դուրս չես գա|վախենում (ա|եմ) դուրս գալ",
            r"(փակ(ել|ում|ված|եցին)|դուրս չեն թող|դուրս չի թող|չեն թողնում|չի թողնում|թույլ չեն տալիս|թույլ չի տալիս|չեմ կարող\S* (դուրս գալ|հեռանալ|գնալ|փախչել|վերադառնալ)|պահում են (մեզ|ինձ|նրան)|նկուղ)",
        ),
    },
    "debt": {
        "latn": (
            r"\b(number|debt) goes up\b|\bwork \w+ years? for free\b|\bkeep my (whole )?salary until\b|\bvychitayut za\b|\beshe dolzhen|\bchen ta minchev|\banvchar piti ashxatem",
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
            r"должн\w* вернуть|вычитают за|еще должен|бесплатно за визу|не дают уволиться",
            r"(долж(ен|на|ны)) (за|им)\b|долг\w* (только |все )?раст",
            r"(отрабат|отработ)\w*",
            r"(долж(ен|на|ны)|над?о) (заплатить|отдать|вернуть)[^.?!]{0,40}(тогда|потом|только|пока)[^.?!]{0,20}(домой|уехать|уйти)",
            r"(долг|должен|должн)\w*[^.?!]{0,40}(не отпуска|пока не|уйти|уехать)",
        ),
        "armn": (
            r"չեն տա մինչև|անվճար պիտի աշխատեմ",
            r"պարտք (եմ|ենք)\b|պարտք\S* մեծան",
            r"պարտք\S*[^.?!]{0,40}(չեն թող|չի թող|մինչև|հետո)",
            r"(պիտի|պետք ա|պետք է) տամ[^.?!]{0,30}(նոր|հետո|մինչև)[^.?!]{0,20}(տուն|հետ)",
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
            r"забира\w* (у \w+ )?вс[её] деньги|забира\w* (мою |нашу )?зарплату",
            r"(зарплат|денег)\w*[^.?!]{0,20}не (получа|получил|видел)|ни копейки",
            r"(не плат|не заплат|не выплач|без зарплат|зарплату не)\w*",
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
            r"\bsdelayut plo\w*|\bdeportiruyut\b|\bego lyudi\b|\bsezdyat\b|\bvnas ktan|\bkartaksen|\bostikanutyun kkanchi|\bsparnum|\bspaarnum|\bkgnan iranc mot",
            r"\b(call|tell) (the )?(police|migration)\b[^.?!]{0,40}\b(deport\w*|stole|steal|arrest\w*)|\bpay them a visit\b|\bwill suffer\b|\bgoes to jail\b|\bnobody will believe\b",
            r"\b(police|they) will arrest (us|me) if\b|\b(police|they)('ll| will) arrest (us|me)\b|\bposadyat\b|\btomu konec\b|\bhajord@ du es\b|\bdzend ktri\b|\b(video|nkar)\w*[^.?!]{0,30}\b(cnoxner|cnoghner|ynanik)\w*[^.?!]{0,20}\bcuyc",
            r"\b(videos?|photos?|pictures?)\b[^.?!]{0,40}\b(show|send|post)\w*\b[^.?!]{0,30}\b(parents|family|husband|everyone)|\b(show|send|post)\w* (the |my )?(videos?|photos?|pictures?)\b[^.?!]{0,30}\b(parents|family|husband|everyone)",
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
            r"сделают плохо|(вызовет|вызову) полицию|депортируют|никто не поверит|его люди|съездят",
            r"посадят|тому конец|(видео|фото)\w*[^.?!]{0,30}(родител|мужу|семье|всем)",
            r"что-?то случится|позвонит в миграцион|в следующий раз (будет )?лицо",
            r"(угрожа|угроз|убью|убьют|убьет|сдадут в полиц|грозятся|грозит|закопа|кислот)\w*",
        ),
        "armn": (
            r"վնաս կտան|կարտաքսեն|ոստիկանություն կկանչի|կգնան իրենց մոտ",
            r"հաջորդը դու ես|ձենդ կտրի|(տեսանյութ|նկար)\S*[^.?!]{0,30}(ծնողներ|ընտանիք)\S*[^.?!]{0,20}ցույց",
            r"բան կպատահի|կզանգի|դեմքդ կլինի",
            r"(սպառն|կսպան|կվնաս|կթաղ)\S*",
        ),
    },
    "violence": {
        "latn": (
            r"\bbreaking everything\b|\b(at|outside) the door right now\b|\btrying to get in\b|\bmuzh (menya )?byet|\bkroshit",
            r"\b(knife|nozh\w*|danak|palk\w*|bet nas|byut)\b|\bbreak(ing)? (down )?the door|\blomitsya\b|\bjardum a\b",
            r"\b(beat|beats|beating|hit|hits|hitting|punch\w*|kick(s|ed|ing)?|slap\w*|chok\w*|strangl\w*) (me|us|him|her|them|my (wife|kids?|children|mom|mother|sister|daughter|son|brother))\b",
            r"\b(beaten|rape[ds]?|raping|assault(ed)?|abus(e|es|ed|ing)|grop(e|es|ed|ing)|molest\w*)\b",
            r"\b(izbiva|izbil|udaril|iznasil|nasil|b(yet|yut) (menya|nas))\w*",
            r"\b(cec(um|el|ec|i)|xp(um|el|ec)|brnabar|brnut)\w*",
        ),
        "cyrl": (
            r"\b(бьет|бьют|побьет|избивает)\b",
            r"\bбьют\b|бьет нас|палк(ой|ами)|\bнож\w*|ломится в дверь|крушит",
            r"(избива|избил|ударил|изнасил|насил|бь(ет|ют) (меня|нас|ее|его|мою|моего)|домогает)\w*",
        ),
        "armn": (
            r"դանակ|ջարդում ա|դուռն ա ջարդ",
            r"(ծեծ(ում|ել|եց|ի)|խփ(ում|ել|եց)|բռնաբար|բռնությ)\S*",
        ),
    },
    "exploitation": {
        "latn": (
            r"\bbring(s)? (men|clients) to me|\bgo with (men|clients)|\bcarry packages across|\bprodali\b|\bprivodyat muzh|\bvacharel en|\bhasarakac tun|\btxamardkanc en ber",
            r"\b(comes?|came) into my room\b|\bsends? (me|us|her) to (men|clients)\b|\bforced? to beg|\bmake (me|us|them) beg|\bmakes? (the |our |my )?(kids|children|boys|girls)\b[^.?!]{0,40}\bbeg\b|\bprosit (dengi|milostynyu)|\botpravlyayut k muzh\w*|\bmtnum a senyak|\btxamardkanc mot\b|\bmural\b",
            r"\bmake (me|her|us|them) (go|sleep|be|dance) with (clients|men|customers)\b",
            r"\b(prostitut\w*|brothel|sex work|sleep with (clients|men|customers)|forc\w* (me|us|her|him|them|my \w+) (to|into)|forced to work|(was|were|been|being) trafficked|sold (me|her|him|us|them))\b",
            r"\b(prostitu|bordel|zastavlya|prinuzhd|prodal[iy]? (menya|ee|ego|nas)|kak raby|v rabstve)\w*",
            r"\b(marmnavachar|pornk|stip(um|el|ecin)|harkadr|vacharel en|struk)\w*",
        ),
        "cyrl": (
            r"(меня|ее|его|нас) продали|продали (меня|ее|его|нас)|приводят мужчин",
            r"заходит ко мне в комнату|отправляют к (мужчинам|мужикам|клиентам)|просить (деньги|милостыню)|попрошайнич",
            r"(проститу|бордел|заставля|принужда|продал[иа]? (меня|ее|его|нас)|как раб(ы|ов)|в рабстве)\w*",
        ),
        "armn": (
            r"վաճառել են|հասարակաց տուն|տղամարդկանց են բեր",
            r"մտնում ա սենյակ|տղամարդկանց մոտ|մուրալ",
            r"(մարմնավաճառ|պոռնկ|ստիպ(ում|ել|եցին)|հարկադր|վաճառ(ել|եցին) (ինձ|նրան|մեզ)|ստրուկ)\S*",
        ),
    },
    "self_harm": {
        "latn": (
            r"\bpokonch\w* s soboy|\bnezachem\b|\bischeznut|\bso vsem pokonchit|\bvse zakonchit|\bspryg\w* s mosta|\bporezal\w* sebya|\bproshaln|\bne stanet\b|\bverj ktam|\bhab em xmel|\bamen inch verjacnel|\baprelu patchar|\banhetanal|\bin(k|q)s indz ktr|\bktrel em indz|\bhrajeshti namak|\bete es chlinem|\baranc iren\b[^.?!]{0,20}\blav",
            r"\b(kill|killing) (himself|herself|themselves)\b|\bdisappear forever\b|\b(if|when) i (was|were|am) gone\b|\b(no|see a|see any) reason to live\b|\b(didn'?t|don'?t|never) wake up\b|\bup to the roof\b|\bcut again\b|\bthe point of anything|\bbetter off without (me|her|him)",
            r"\b(ne vyderzhu|tabletki (uzhe )?kupila|na mostu|bez menya (vsem )?budet legche|ne em (uzhe )?(\w+ )?dn)|\b(kamrj|aranc indz\b[^.?!]{0,30}\blav|ban chem utum|neroxutyun em xndrum|imast chka)",
            r"\b(tell|say to) my (mom|mum|mother|family|kids) (i'?m|that i'?m|i am) sorry\b|\bsorry for everything\b|\b(stood|standing) on (the|a) bridge|\bhaven'?t eaten (for|in) (a|\d+|two|three|several) (days?|weeks?)|\b(can'?t|cannot) (take|bear) (it|this) any ?more|\bbought (the )?pills|\b(everyone|they)('d| would) be better (off )?without me|\bi'?m a burden\b",
            r"\birers bajanum|\baveli lav a es chlinem|\bhaber\w* (\w+ )?(havak|xmel|kul)|\btanik em barcr|\bimast chem tesnum|\bdzerker\w* (em )?ktr|\bhognel em amen inch",
            r"\b(razdayu|razdal) (svoi )?veshi|\bluchshe by menya ne bylo|\b(koplyu|nakopil|kopit) tabletki|\btabletki\w* (koplyu|nakopil)|\bna kryshu\b|\bne vizhu smysla|\brezhu (sebe )?(ruki|veny)|\bustal ot vsego",
            r"\b(giving|give) (away )?(all )?my (things|stuff)|\bbetter if i (wasn'?t|weren'?t) here|\bbetter without me|\b(see|there'?s) no (point|sense|reason)\b|\bcut(ting)? my (arms|wrists)|\btired of (living|everything)\b|\broof tonight\b",
            r"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (my ?self|myself)\b",
            r"\b(started|start|been|keep|kept) cutting\b|\bcutting again\b",
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
            r"покончу с собой|покончит с собой|уйд\w* из жизни|незачем жить|жить (больше )?незачем|спрыгнуть с моста|вс[её] закончить|со всем покончить|исчезнуть|порезал\w* себя|прощальн|если меня не станет",
            r"не выдержу|таблетки (уже )?купил|на мосту|без меня (всем )?будет легче|не ем (уже )?(\w+ )?дн|прощайте|простите меня за вс[её]",
            r"(раздаю|раздала|раздал) (свои )?вещи|лучше бы меня не было|(коплю|накопил\w*|копить) таблетки|таблетки (коплю|накопил)|на крышу|не вижу смысла|режу (себе )?(руки|вены)|устал\w* от всего",
            r"(не хочу (больше |уже )?жить|лучше (бы )?(я )?умер|таблетк\w* (уже )?(есть|готов|собрал|накопил)|жить не хочу|покончить с собой|суицид|самоубий|убить себя|хочу умереть|нет смысла жить|смысла жить|режу себя|порезал себя|вскрыть вены|наглотал)",
        ),
        "armn": (
            r"վերջ կտամ կյանքիս|կյանքիս վերջ|հաբ եմ խմել|ամեն ինչ վերջացնել|ապրելու պատճառ|անհետանալ|կտրել եմ ինձ|ինքս ինձ կտր|հրաժեշտի նամակ|եթե ես չլինեմ|առանց իրեն[^.?!]{0,20}լավ",
            r"կամրջ|առանց ինձ[^.?!]{0,30}լավ|բան չեմ ուտում|ներողություն եմ խնդրում|իմաստ չկա",
            r"իրերս բաժանում|ավելի լավ ա ես չլինեմ|հաբեր\S* (\S+ )?(հավաք|խմ|կուլ)|տանիք եմ բարձր|իմաստը չեմ տեսնում|ձեռքեր\S* (եմ )?կտր|հոգնել եմ ամեն ինչից|(ամեն ինչ|ամենը)[^.?!]{0,20}վերջան",
            r"(չեմ ուզում (\S+ ){0,2}ապր|ինքնասպան|ուզում եմ մեռն|մեռնեմ|հաբեր\S* (հավաքել|հավաքում|խմել|կուլ)|ինձ սպանել|ապրելու իմաստ|վերջ տալ|ինձ վնաս)",
        ),
    },
    "stalking": {
        "latn": (
            r"\bstands? under my window|\bphoto of my (front )?door|\bfound my (new )?address|\bfrom new numbers|\bidet za mnoy|\bstoit pod oknami|\bnashel moy (novyy )?adres|\bhetevum (a|e) indz|\bpatuhanis tak|\bhascens gtel|\bdrans nkar",
            r"\b(waiting|waits|waited) for me (outside|at|near)|\bfound me again|\bchanged my number\b[^.?!]{0,30}\bstill|\bzhdal menya u|\bvse ravno nashel|\beli gtel a\b|\bmutki mot spasum",
            r"\b(stalk\w*|following me|follows me|follow me home|keeps? showing up at my)\b",
            r"\b(presledu|sledit za mnoy)\w*",
            r"\bhetapnd\w*",
        ),
        "cyrl": (
            r"ид[её]т за мной|стоит под окнами|фото моей двери|наш[её]л мой (новый )?адрес|с новых номеров",
            r"ждал меня у|вс[её] равно наш[её]л|опять нашел|номер сменила",
            r"(преследу|следит за мной|ходит за мной)",
        ),
        "armn": (
            r"հետևում (է|ա) ինձ|պատուհանիս տակ|դռանս նկար|հասցես գտել|նոր համարներից",
            r"մուտքի մոտ սպաս|էլի գտել ա|համարս փոխել",
            r"(հետապնդ|հետևում է ինձ)",
        ),
    },
    "isolation": {
        "latn": (
            r"\bgo(es)? through my phone|\bdon'?t give us phones|\bproveryayut telefon|\budalyayut perepisku",
            r"\b(took|take[ns]?|taking|smashed|broke|check(s|ed)?|read(s)?) (away )?(my|our|his|her) phones?\b",
            r"\b(someone else'?s|a stranger'?s|borrowed) phone\b",
            r"\b(telefon\w*) (otobral|zabral|otnyal|ne dayut|proveryayut)|\b(otobral|zabral|otnyal)\w* telefon|s chuzhogo (telefona|nomera)?\b|telefony? (tut |zdes )?ne dayut",
            r"\b(heraxos|herakhos)\w*[^.?!]{0,20}\b(xlel|vercr|stugum|chen tal|jard)|urishi heraxos",
        ),
        "cyrl": (
            r"проверяют телефон|удаляют переписку",
            r"(телефон\w*) (отобрал|забрал|отнял|не дают|проверяют|разбил)|(отобрал|забрал|отнял|разбил)\w* (мой |мне )?телефон|с чужого( телефона| номера)?\b|телефон\w* (тут |здесь )?не дают",
        ),
        "armn": (
            r"հեռախոս\S*[^.?!]{0,20}(խլել|վերցր|ստուգում|չեն տալիս|ջարդ)|ուրիշի հեռախոս",
        ),
    },
    "child": {
        "latn": (
            r"\b(he'?s|she'?s|is|i'?m|i am|aged?) (1[0-7]|[4-9])\b[^.?!]{0,80}\b(alone|works?|sells?|street|deliver\w*|for some (man|guy)|keeps|takes)\b|\b(mne|ey|emu) (1[0-7]|[4-9])\b",
            r"\b(maybe|about|around|like|approximately|roughly) (1[0-7]|[4-9])\b[^.?!]{0,30}\b(alone|on (his|her) own|by (him|her)self)\b",
            r"\b(1[0-7]|[4-9])[ -]?(year|yr)s?[ -]old\b[^.?!]{0,80}\b(alone|works?|working|sells?|selling|begs?|begging|kept|keeps?|don'?t let|doesn'?t let|not let|no one|nobody|took|takes)\b",
            r"\b(1[0-7]|[4-9]) (let|god)\w*[^.?!]{0,80}(odin|odna|rabota|torgu|prodae|ne otpuska|derzh)|\b(rebenok|rebyonok|malchik|devochka|malysh)\w* (let|godik\w*) (1[0-7]|[4-9])\b[^.?!]{0,80}(odin|odna|nikogo)",
            r"\b(1[0-7]|[4-9]) tarekan\w*[^.?!]{0,80}(menak|ashxat|cax|vachar|chen tox|pahum|taran)",
            r"\b(boy|girl|kid|child|baby|toddler|malchik|devochk\w*|rebenok|rebyonok|erexa|txa|axjik)\b[^.?!]{0,80}\b(nobody came|no one came|nobody is with|no one is with|no adults?|without (his |her |any )?(parents|adults)|nikto ne (prishel|zabral|vstretil)|bez (roditeley|vzroslyh)|voch voq chi ekel|aranc cnoxneri|nobody around|no one around|nikogo (ryadom )?net|mot@ voch voq chka)",
        ),
        "cyrl": (
            r"(мальчик|девочка) лет \d+[^.?!]{0,40}(один|одна|прода|работа)",
            r"\b(мне|ей|ему) (1[0-7]|[4-9])\b|одна дома[^.?!]{0,30}(недел|дн|месяц)",
            r"\b(1[0-7]|[4-9]) (лет|год)\w*[^.?!]{0,80}(один|одна|работа|торгу|прода|не отпуска|держ)",
            r"(мальчик|девочк|реб[её]н|малыш)\w*[^.?!]{0,80}(никто не (пришел|пришёл|забрал|встретил)|без (родителей|взрослых)|никого (рядом )?нет)",
            r"(реб[её]н\w*|мальчик|девочка|малыш) (лет|годик\w*) (1[0-7]|[4-9])\b[^.?!]{0,80}(один|одна|никого)",
        ),
        "armn": (
            r"\b(1[0-7]|[4-9]) տարեկան\S*[^.?!]{0,80}(մենակ|աշխատ|ծախ|վաճառ|չեն թող|պահում|տարան|տանում են)",
            r"(տղա|աղջիկ|երեխա)\S*[^.?!]{0,80}(ոչ ոք չի եկել|ոչ մեկը չի եկել|առանց ծնողների|առանց մեծերի|մոտը ոչ ոք չկա|կողքը ոչ ոք չկա)",
        ),
    },
    "missing": {
        "latn": (
            r"\b(and|i) propal[ai]?\b",
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
        ),
        "cyrl": (
            r"\bи пропал[аи]?\b",
            r"(бригада|остальные|все)[^.?!]{0,20}(вернул\w*|приехал\w*)[^.?!]{0,10}(а|но) (его|ее|её) (нет|не было)|полиция не ищет",
            r"последний раз (звонил|писал|выходил\w* на связь)\w*[^.?!]{0,30}(недел|месяц|\d+ дн)|телефон\w* (выключен|недоступен|вне зоны)[^.?!]{0,40}(дн|недел|месяц)|(дн|недел|месяц)\w*[^.?!]{0,30}телефон\w* (выключен|недоступен)",
            r"больше не (отвечает|берет трубку|берёт трубку|выходит на связь)|(перевести|прислать|отправить|заплатить)\w* (деньги|\d+)[^.?!]{0,30}(чтобы|тогда) (ее|её|его|их) (отпустили|отпустят)|выкуп",
            r"не отвечает\b[^.?!]{0,20}(дн|недел)|\d+ (недел|дн)\w* не отвечает",
            r"(не выходит на связь|не отвечает|связи нет)[^.?!]{0,40}(дн|недел|месяц)",
            r"(дн|недел|месяц)\w*[^.?!]{0,15}(не выходит на связь|связи нет|не отвечает)",
        ),
        "armn": (
            r"ձեն չկա|(շաբաթ|օր|ամիս) ա (ձեն|կապ) չկա",
            r"(մնացածը|բոլորը|բրիգադը)[^.?!]{0,20}(եկան|վերադարձան|վերադարձել)[^.?!]{0,10}(իսկ|բայց) (ինքը|նա) (չկա|չեկավ|չի եկել)|ոստիկանությունը չի (փնտրում|որոնում)",
            r"վերջին անգամ (զանգել|գրել)\S*[^.?!]{0,30}(շաբաթ|ամիս|օր)|հեռախոս\S* (անջատված|անհասանելի)[^.?!]{0,40}(օր|շաբաթ|ամիս)",
            r"(էլ|այլևս) չի (պատասխանում|վերցնում)|փող\S*[^.?!]{0,30}(որ|նոր) (իրեն|նրան|իրենց) (բաց թողնեն|թողնեն)",
            r"(կապ չկա|կապ չունենք)[^.?!]{0,40}(օր|շաբաթ|ամիս)",
            r"(օր|շաբաթ|ամիս)\S*[^.?!]{0,15}(կապ չկա|կապ չունենք)",
        ),
    },
    "plea": {
        "latn": (
            r"\b(they found me|i'?m hiding|they'?re (close|near|coming)|menya nashli|pryachus|oni (uzhe )?ryadom|gtel en indz|taknvel em|arden mot en)\b",
            r"\b(sos|save (me|us)|rescue (me|us)|pomogite|spasite|ognek|prkek|i'?m (so )?(scared|afraid)|mne strashno|vaxenum em)\b",
            r"\b(i think|i'?m sure|i fear|maybe) (she|he|they|my \w+) (is|are) in danger\b|\b(ona|on|oni) v opasnosti\b|\bvtangi mej (a|e|en)\b",
        ),
        "cyrl": (
            r"меня нашли|прячусь|они (уже )?рядом",
            r"(помогите|спасите|мне страшно)",
            r"(она|он|они|сестра|брат|мама|папа|сын|дочь) (сейчас |наверное |точно )?в опасности",
        ),
        "armn": (
            r"գտել են ինձ|թաքնվել եմ|արդեն մոտ են",
            r"(օգնեք|փրկեք|վախենում եմ)",
            r"վտանգի (մեջ|տակ) (է|ա|են)",
        ),
    },
    "stranded": {
        "latn": (
            r"\bno money and no passport",
            r"\bno (passport|documents?|papers)\b[^.?!]{0,30}\bno (money|phone)\b",
            r"\bni deneg,? ni (pasporta|bileta)|\bvoch (haci )?(pox|pogh) unem,? voch\b|\bno money,? no (passport|ticket)",
            r"\b(no|don'?t have|haven'?t got|without) (money|a ticket|ticket)\b[^.?!]{0,30}\b(home|back|return)",
            r"\bcan'?t (go|get|return) (back )?home\b",
            r"\b(net deneg na (bilet|dorogu)|deneg na (bilet|dorogu)( domoy)? net|ne na chto (vernutsya|uehat))",
        ),
        "cyrl": (
            r"ни денег,? ни (паспорта|билета)",
            r"(нет денег на (билет|дорогу)|денег на (билет|дорогу)( домой)? нет|не на что (вернуться|уехать))",
        ),
        "armn": (
            r"ոչ (հացի )?փող ունեմ,? ոչ",
            r"(տուն|հետ) (չեմ|չենք) կարող\S* (գնալ|վերադառնալ)",
        ),
    },
}
