"""What around a danger word changes its meaning: negation, conditions, hedges, stories that are over.

Tables of patterns per script ("latn" covers English and folded Latin-typed Russian and Armenian)
or for all scripts at once, read by `bot.nlu.danger`; the danger words themselves are in
`bot.nlu.danger_lexicon`.
"""

from __future__ import annotations

# A signal right after one of these (at most one word between) is denied: "they did not take my
# passport", "չեն ծեծում". Armenian and Russian negate each verb, so the window is short.
NEGATORS = {
    "latn": r"not|never|no|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t|nobody|ne|net|nikto|nikogda|chen|chi|chem|chenk|chein|cher|voch|erbek",
    "cyrl": r"не|нет|никто|никогда|ни",
    "armn": r"չեն|չի|չեմ|չենք|չէին|չէր|ոչ|երբեք",
}
# At most one word between negator and signal, and only a pronoun or an adverb: in "уехать не
# можем, паспорта у него" the "не" belongs to "можем", not to the passport.
BETWEEN = {
    "latn": r"me|us|him|her|them|it|my|our|his|their|really|actually|even|ever|yet|menya|nas|ego|ee|ih|mne|nam|indz|mez|nran|iran|irenc|el",
    "cyrl": r"меня|нас|его|ее|её|их|мне|нам|ему|ей|им|мой|мою|мои|наш|наши|уже|даже",
    "armn": r"ինձ|մեզ|նրան|իրեն|իրենց|էլ|մեկին|բան",
}
# "until": "пока не отработаю" is a condition of debt bondage, not a denial.
UNTIL = r"(?<!пока )(?<!poka )(?<!until )"
NEGATION = {script: rf"(^|\s){UNTIL}({words})\s+(({BETWEEN[script]})\s+)?$" for script, words in NEGATORS.items()}
# "Nobody is holding me, I just want to quit": the person says no one coerces them.
NOBODY = {
    "latn": r"\b(nobody|no one|noone|nikto|voch voq|voch mek|vochmek)\b(\s+\S+){0,2}\s+(is |are )?(holding|keeping|forcing|making me|pressur\w*|stopping|derzhit|zastavlya\w*|prinuzhda\w*|ne derzhit|ne zastavlya\w*|chi pahum|chi stipum|chi parta\w*)",
    "cyrl": r"(никто|ни кто)(\s+\S+){0,2}\s+(не )?(держит|заставляет|принуждает|удерживает|мешает уйти)",
    "armn": r"(ոչ ոք|ոչ մեկ|ոչ մեկը)(\s+\S+){0,2}\s+(չի|չեն) (պահում|ստիպում|պարտադրում|խանգարում)",
}
# "My employer did not take my passport": patterns that exclude the negated form do not match
# it, so it is named here as denied.
KEPT_NOT = {
    "latn": r"\b(never|didn'?t|did not|haven'?t|has not|hasn'?t|won'?t|doesn'?t|does not) (\S+ )?(take|took|taken|hold|held|keep|kept|ask(ed)? for) (my|our|his|her|their|the|any) (passports?|documents?|papers|ids?)\b|\b(nobody|no one) (took|has|kept|keeps|holds|is holding) (my|our|his|her) (passports?|documents?|papers)\b|\b(pasport|dokument)\w*[^.?!]{0,25}\bne (zabiral|bral|otbiral|derzhit|zabrali)\b|\b(anznag|ancnag|pastatxt)\w*[^.?!]{0,25}\b(chi|chen) (vercrel|pahum|vercnum)\b",
    "cyrl": r"(паспорт|документ)\w*[^.?!]{0,25}не (забирал|брал|отбирал|держит|забрали|забирали)|не (забирал|брал|отбирал|забрали|забирали) (\S+ )?(мой |наш )?(паспорт|документ)",
    "armn": r"(անձնագ|փաստաթղթ)\S*[^.?!]{0,25}(չի|չեն) (վերցրել|պահում|վերցնում|պահել)",
}
# A question about what the law allows ("can an employer legally keep a passport?") is
# information, unless the message also says the danger is happening.
RULES_QUESTION = r"\b(legal|legally|illegal|the law|by law|liability|liable|otvetstvennost\w*|patasxanatvutyun\w*|imeet li pravo|zakonno|po zakonu|orinakan|iravunq uni|orenqov|@st orenqi)\b|законн|имеет ли право|по закону|օրինակա|իրավունք ունի|օրենքով|ըստ օրենքի|ответственност|պատասխանատվություն"
# A threat is coercion when it hangs on resisting: leaving, telling, the police, money, debt.
# "My boss will kill me if I'm late" hangs on nothing of the kind: a figure of speech.
COERCION = {
    "latn": r"euro|dollar|evro|rubl|dram|perev|return|come back|vern|vozvrash|verad|polic|migra|leav|walk out|go out|run|escap|tell|talk|report|complain|pay|money|debt|home|quit|go back|refus|divorc|kids|children|say|speak|call|send|nobody|anyone|trouble|mouth|polits|ostikan|po[xgh]+o|partq|\bgna|hera|pa[xgh]+ch|pa[xgh]+n|\btun|veradar|bo[xgh]+o[qk]|beran|uho|ukho|uyd|uid|uyt|uit|\bube[gzh]|\bsbe[gzh]|skazh|rasskazh|bolta|zayav|zhal|plat|\bden|dolg|domo|otkaz|razvod|\bdet|uvol",
    "cyrl": r"евро|доллар|рубл|драм|перевед|перевод|верн|возвращ|полиц|миграц|уйд|уйт|уход|сбе|убе|уед|расскаж|скаж|болта|рот|заяв|пожалу|плат|деньг|денег|долг|верн|домой|откаж|развод|дет|кому-то|никому|увол",
    "armn": r"եվրո|դոլար|ռուբլ|դրամ|փոխանց|վերադառն|ոստիկան|միգրաց|փախ|\bգնա|հեռան|ասես|ասեմ|պատմ|բողոք|բերան|վճար|\bփող(?!ոց)|պարտք|\bտուն|հրաժար|բաժան|երեխ|մեկին",
}
IF = {"latn": r"\b(if|esli|ete|yete)\b", "cyrl": r"\bесли\b", "armn": r"եթե"}
IF_ANY = "|".join(IF.values())
# A threat to go to court is a dispute, not danger.
# So is a landlord's threat to evict, and "what do I face if..." asks about a penalty.
COURT = r"(landlord|tanter\w*|arendodatel\w*|hozyai\w* kvartir\w*|տանտեր|арендодател|хозя\w* квартир)[^.?!]{0,60}(kick|evict|vygon|vysel|khani|kxani|durs kani|vtar|выгон|выселит|կհանի|դուրս կանի|վտար)|\b(sue|court|v sud|sudom|dataran|evict|vyselit|vyselen|vtarel)\w*|в суд|судом|դատարան|выселить|выселени|վտարել|վտարում"
PENALTY_QUESTION = r"\b(mne|nam) (eto |chto-to |chto )?grozit\b|(мне|нам) (это |что-то |что )?грозит|(депортируют|выдворят|deportiruyut|vydvoryat)\w* (сразу|ли|srazu|li)\b|\b(will|do|would) they deport (me|us|him|her) (right away|immediately|straight away)|\bdo they deport\b|կարտաքսեն (միանգամից|անմիջապես)|\bkartaksen (miangamic|anmijapes)|грозит ли|что (мне |нам )?грозит|чем грозит|\b(grozit li|chto (mne |nam )?grozit|chem grozit)\b|\bwhat (do i|would i|will i) face\b"
# Threatening to leave a chat or quit a job is a person's own protest, not a threat to them.
WALKOUT = r"\bthreat\w* to (leave|quit|cancel|unfollow|unsubscribe|block|stop)\b|грозит\w* (уйти|уволиться|выйти из)"
# A child's planned trip is a paperwork question: "my son is 16 and wants to travel alone".
PLAN = r"\bwith (our|my|his|her|their) (permission|consent)\b|\b(parents|we|mom|dad) (said|allowed|agreed)\b[^.?!]{0,20}\b(can|to) go\b|(родители|мы|мама|папа|отец|мать) (ему |ей )?разрешил\w*|\b(roditeli|my|mama|papa|otec|mat) (emu |ei )?razreshil\w*|թույլ (են |ենք )?(տվել|տվեցին)|թույլտվությամբ|\btuyl (en |enq )?tvel\b|\bu(g|gh)ekc\w*|\bwill (fly|travel|go)\b[^.?!]{0,25}\balone\b|\b(wants?|vanc?|going|plans?|planning|would like) to (travel|trave|go|fly|visit|study|stud)|\b(flies|flying|fly|travels|travelling|traveling|travel) alone\b|\bmenak (a |e )?(trn|trch|gn|mekn)\w*|մենակ (ա |է )?(թռնում|թռնելու|թռչում|թռչելու|գնում|գնալու|մեկնում|մեկնելու)|(թռնում|թռչում|մեկնում|գնում) (ա|է) մենակ|\b(letit|poletit|edet|poedet) (odin|odna)\b|(летит|полетит|едет|поедет) (один|одна)|\b(xochet|hochet|sobiraetsya) (poehat|letet|uchit)|\buzum (a|e) (menak )?(gna|meknel|sovor|trni|trchi)|\bmenak (piti|petq a|petk a|petq e|petk e) (trchi|trni|gna|mekni)\b|(хочет|собирается|планирует) (поехать|лететь|полететь|учиться|уехать)|(ուզում|պատրաստվում) (ա|է) (մենակ )?(գնա|մեկնի|սովորի|թռչի|թռնի)|մենակ (պիտի|պետք ա|պետք է) (թռչի|թռնի|գնա|մեկնի)|\b(dolzhen|dolzhna) (letet|ehat|poehat) (odin|odna)|(должен|должна) (лететь|ехать|поехать) (один|одна)|\b(letit|poletit|edet|poedet|flies|is flying|travels|is travelling|is traveling)\b[^.?!]{0,40}\b(odin|odna|alone)\b|(летит|полетит|едет|поедет)[^.?!]{0,40}\b(один|одна)\b|\b(escort|escorted|unaccompanied minor service|soprovozhden\w*)\b|сопровожден|ուղեկց"
# Working out one's notice is a labour question, not debt bondage: "нужно ли отрабатывать две недели".
NOTICE = r"notice period|(две|2|dve|dvuh) (недел|nedel)|дней отработки|dney otrabotki|отработк\w* по закону|otrabotk\w* po zakonu|при увольнении|pri uvolnenii"
# Vacation and sick leave are labour rights; feeling "trapped in this job" is a figure of speech.
LABOUR_LEAVE = r"\b(vacation|holiday|sick leave|annual leave|bolnichn|ardzakurd)\w*|\botpusk(a|e|om|u)?\b|\bотпуск(а|е|ом|у|ные|ных)?\b|больничн|արձակուրդ|\bfeel(ing)? (so )?trapped in (this|my|a) (job|work|career|routine|life|marriage|relationship)\b"
# "I'll die in this queue": an everyday nuisance as the cause is hyperbole, not a wish to die.
NUISANCE = r"\b(queue|line|boredom|laughing|laughter|ocher\w*|skuk\w*|smeh\w*|hert\w*|deadlines?|dedla[ij]n\w*|traffic|probk\w*|dorox\w*|dorogh\w*|xcan\w*)\b|очеред|скук|от смеха|дедлайн|пробк|հերթ|խցան|դոռոխ|ձանձրույթ|ծիծաղ|\b(this|eta|eto|es|ays|etot) (job|work|rabota|ashxatanq\w*|boss level|heat|zhara|shog|exam|test|ekzamen|session|sessiya|qnnutyun\w*)\b|(эта|это|этот) (работа|жара|экзамен|сессия)|(էս|այս) (աշխատանք|շոգ|քննություն)\S*|\b(exams?|homework|essay|teacher|ekzamen\w*|domashk\w*|qnnutyun\w*|uchilk\w*|sochineni\w*|dasatu\w*|usucich\w*|sharadrut\w*)\b|экзамен|домашк|сесси[яи]|контрольн|училк|учительниц|сочинени|քննություն|տնային|դասատու|ուսուցիչ|շարադրություն"
# Being "stuck" in a spreadsheet, a level or a meeting is a figure of speech, not confinement.
FIGURATIVE = r"\b(paperwork|bureaucra\w*|bumazhk\w*|byurokrat\w*)\b|бюрократ|бумажк|\blet (me|us) sleep\b|\b(ne da[eyoё]t|ne dayut) (mne |nam )?spat\b|\bspat (mne |nam )?ne da|\b(knel|qnel) chi (toxnum|toghnum)|не да[её]т (мне |нам )?спать|не дают (мне |нам )?спать|спать (мне |нам )?не да|քնել չի թողնում|\b(excel|formula|error|spreadsheet|level|meeting|zoom|traffic|loop|formul\w*|oshibk\w*|urovn\w*|levelum|probk\w*|tablic\w*)\b|формул|ошибк|таблиц|уровн|совещани|пробк|ֆորմուլ|լեվել|խցանում"
# Documents kept "so they don't get lost" by family are safekeeping, unless they are refused. An
# employer's "safekeeping" is not: keeping a worker's passport is a sign of forced labour whatever
# the reason given.
SAFEKEEPING = r"\bso (that )?(they|it) (don'?t|doesn'?t|won'?t) get lost\b|\bfor safekeeping\b|чтобы не потерял|\bchtoby ne poteryal|որ չկորչ|\bvor chkorch|\bbecause (i|he|she) (always )?(lose|loses|forget|forgets) (everything|things|stuff)\b|потому что (я |он |она )?(вс[её]|всегда) теря|\bpotomu chto (ya )?(vs[eyo]|vsegda) terya\w*|(ամեն ինչ|միշտ) կորցնում (եմ|ա|է)|\b(amen inch|misht) korcnum (em|a|e)\b"
FAMILY = r"\b(husband|wife|mom|mum|mother|dad|father|parents|muzh|zhena|mama|mat|papa|otec|roditel\w*|amusin\w*|hayr\w*|cnox\w*)\b|муж\b|мужа\b|жена\b|мам|мать|пап|отец|родител|ամուսին|կինս|մայր|մամա|հայր|պապա|ծնող"
EMPLOYER = r"\b(boss|employer|family i work for|owner|agent|agency|recruiter|manager|foreman|agentstv\w*|hozya\w*|rabotodatel\w*|nachalnik\w*|brigadir\w*|gorcatu\w*)\b|хозя|работодател|начальник|бригадир|գործատու"
REFUSED = r"\b(refus|won'?t give|wont give|not give|ne otda|ne vozvrash|chi tal|chen tal)\w*|не отда|не возвраща|не верн|չի տալիս|չեն տալիս|չի տա|չեն տա"
# A book, a film or a game "where" or "about" it happens is a story, not the person's danger.
FICTION = r"\b(i'?m|i am) writing a book\b|\bfor (a|my|the) book\b|(գրքի|գրքիս) համար (եմ )?գր|\b(grqi|grqis) hamar (em )?gr\w*|для (моей |своей )?книги|\bdlya (moei |svoei )?knigi\b|գիրք եմ գրում|\bgirq em grum\b|пишу книгу|\bpishu knigu\b|\b(staging|stage|putting on) a play\b|спектакл|\bspektakl\w*|ներկայացում (ենք )?բեմադր|(рассказ|историю) от лица|\brasskaz ot lica\b|պատմություն գրել|\bpatmutyun grem?\b|սցենար|\bscenar (em )?grum\b|\bwriting (course|class)\b|курс\w* писательск|\bkurse pisatel\w*|գրական դասընթաց|\bgrakan kurs\w*|\b(i'?m|i am) writing a (short )?story\b|\bpishu (rasskaz|povest|istori)\w*|пишу (рассказ|повесть|историю)|պատմվածք (եմ )?գր|\bpatmvac[qk]\w* (em )?gr\w*|\b(prevention|profilakti\w*|kanxargel\w*|kankhargel\w*)\b|\b(scenari[yi]\w*|screenplay|script for (a|my|our) (film|movie|short))\b|сценари|\bkorotkometrazh\w*|короткометраж|\b(pishu|gotovlyu|delayu) (doklad|referat|kursovu\w*|diplom\w*)|(пишу|готовлю|делаю) (доклад|реферат|курсов\w*|диплом\w*)|\b(writing|doing) (a|my) (report|paper|thesis|essay)\b|профилактик|կանխարգել|\bin (this|the|my|a) (video |computer |mobile )?game\b|\bv igre\b|в игре|\bxaxum\b|խաղում|\b(book|novel|film|movie|series|documentar\w*|game|episode|essay|thesis|course ?work|term paper|research|presentation|lecture|training|trening\w*|kursov\w*|referat\w*|diplom\w*|kursayin|referat|knig\w*|film\w*|serial\w*|dokumental\w*|igr[aeuy]|girq\w*|grq\w*)\b[^.?!]{0,40}\b(where|in which|about|gde|v kotor\w*|pro|vortex|vorum|masin)\b|(книг|роман|фильм|сериал|документал|игр[аеуы]\b|сери[яию]\b|курсов|реферат|диплом|доклад|лекци|тренинг|исследован)\w*[^.?!]{0,40}(где|в котор|про|о том)|(գիրք|գրք|վեպ|ֆիլմ|սերիալ|վավերագր|խաղ|կուրսային|ռեֆերատ|դիպլոմային|հետազոտ|դասախոսություն|թրեյնինգ|դասընթաց)\S*[^.?!]{0,40}(որտեղ|որում|մասին)"
# Documents stolen or lost are a police report and a new passport, unless an employer holds them.
THEFT = r"\b(left|forgot|forgotten)\b[^.?!]{0,30}\b(in|on|at) (a |the |my )?(taxi|cab|bus|train|metro|plane|hotel|cafe|restaurant)\b|\b(ostavil\w*|zabyl\w*) [^.?!]{0,20}\bv (taksi|avtobuse|poezde|metro|samolete)|(оставил\w*|забыл\w*)[^.?!]{0,20} в (такси|автобусе|поезде|метро|самол[её]те)|\bmnac\w* (taksi|avtobus|metro|gnacq)\w*|\bmorac\w*|մոռաց\S*|մնաց (տաքսի|ավտոբուս|մետրո|գնացք)\S*|\b((?<!i )(?<!we )stole|stolen|pickpocket\w*|robbed|(?:(?<=u menya )|(?<=u nas )|(?<!menya )(?<!nas ))ukral\w*|obokral\w*|vytashil\w*|(?<!ne )poteryal\w* (\w+ )?(pasport|dokument|sumk|koshel|bumazhnik|telefon|ryukzak|chemodan|kart|bagazh|vnzh|sertifikat|klyuch|udostoveren|spravk)\w*|(pasport|dokument|sumk|koshel|bumazhnik|telefon|ryukzak|chemodan|bagazh|vnzh|sertifikat|klyuch|udostoveren|spravk)\w* (\w+ )?poteryal\w*|goxac\w*|goghac\w*|gogac\w*|go(gh|g|x)er\w*)\b|\b(anznag|andznag|pasport|pastat|dokument|qart|k'art|payusak|dramapanak|herax|hexax|vkayakan|varordakan|champruk|banali|iravunq|teghekanq|texekanq|id)\w* (\w+ ){0,2}(korcr\w*|korel)\b|\b(korcrel|korcrecin|korcrec)\w* (\w+ ){0,2}(anznag|andznag|pasport|pastat|dokument|qart|payusak|dramapanak|herax|vkayakan|varordakan|champruk|banali|iravunq|id)\w*|\b(i|we|he|she|they) (have |had )?lost (it|them)\b|\blost (my|our|his|her|their|the) (\w+ )?(passports?|documents?|papers|bag|wallet|ids?|cards?|purse|backpack|suitcase|luggage)\b|(?:(?<=у меня )|(?<=у нас )|(?<!меня )(?<!нас )(?<!\bеё )(?<!\bее )(?<!\bего ))укра[лд]\w*|обокра\w*|вытащил\w*|(?<!не )потерял\w* (\S+ )?(паспорт|документ|сумк|кошел|бумажник|телефон|рюкзак|чемодан|карт|багаж|внж|сертификат|ключ|удостоверени|справк)|(паспорт|документ|сумк|кошел|бумажник|телефон|рюкзак|чемодан|багаж|внж|сертификат|ключ|удостоверени|справк)\S* (\S+ )?потерял|кража|գողաց\S*|(անձնագ|պասպորտ|փաստաթ|դոկումենտ|քարտ|պայուսակ|դրամապանակ|հեռախոս|վկայական|վարորդական|ճամպրուկ|բանալի|իրավունք|տեղեկանք)\S* (\S+ ){0,2}(կորցր|կորել)\S*|կորցր\S* (\S+ ){0,2}(անձնագ|պասպորտ|փաստաթ|դոկումենտ|քարտ|պայուսակ|դրամապանակ|հեռախոս|վկայական|վարորդական|ճամպրուկ|բանալի|իրավունք)"
# Fear of a fine or of being late is about paperwork.
ADMIN_FEAR = r"\b(fine[sd]?|be fined|late|deadline|expired|shtraf|opozd|tugan)\w*|штраф|опозд|просроч|տուգան|ուշան|ժամկետ"
# ... and after one of these in its clause it is a condition or a general question: "what if they take my passport".
CONDITION = {
    "latn": r"\bwhat (does|do) (the )?laws? say\b|\bzakon (govorit|glasit)\b|\boren(q|k)\w* inch (a|e) asum\b|\binch (a|e) asum\b[^.?!]{0,30}\boren(q|k)|\b(if|whether|in case|what happens when|esli|ete|yete|te|li|iravunq uni|iravunk uni|is it legal|(have|has) the right|imeet li pravo|vprave li)\b|\b(can|may|could) (an?|my|the) (employer|boss|agency|company|landlord)\b",
    "cyrl": r"(что (говорит|гласит) закон|\bесли\b|\bв случае\b|\bли\b|имеет ли право|вправе ли|законно ли)",
    "armn": r"(օրենքն? ինչ (է|ա) ասում|ինչ (է|ա) ասում[^.?!]{0,30}օրենք|եթե|\bթե\b|իրավունք ունի)",
}
PAST = {
    "latn": r"\b(ago|used to|last year|in the past|back then|nazad|ranshe|v proshlom|arach|araj|naxkinum)\b",
    "cyrl": r"(назад|раньше|в прошлом|когда-то)",
    "armn": r"(առաջ|նախկինում)",
}
# The story is over: the person is home, safe, or has the documents back.
RESOLVED = {
    "latn": r"\buzhe (vytashchili|vytashili|vypustili|osvobodili)\b|\b(vernul|zabral|poluchil)\w* (\w+ ){0,2}(cherez|s pomoshch\w*) (prokuratur|polici|politsi|posolstv|konsulstv|sud|advokat)\w*|\bteper\S?\s*(ya |my |on |ona )?(uzhe )?doma\s*([.,!?]|$)|\bgot (it|them|my passport|my documents|my papers) back (through|via|with the help of) (the )?(police|prosecutor|embassy|consulate|lawyer)\b|\b(inq@|inqy|inq|na) (hima |arden )?(\w+ )?apahov (a|e)\b|\b\d+ tari (a|e) (tun|tann|hayastanum) (em|enq|a|e)\b|\b(vernul\w*|poluchil\w*) (\w+ )?(cherez sud|po sudu|sudom)\b|\b(got|get) (it|them|my passport|my documents|my papers) back (through|in|via) (the )?court\b|\b(now (i'?m|we'?re|he'?s|she'?s|i am) (home|back|fine|safe|ok|okay)|(long|ages) since (home|back)|(been|was|got) (resolved|settled|sorted out)( in court| by (the )?court)?|moved out (long ago|years ago|already)|davno (uzhe )?(doma|pereehali)|vaxuc (tann|tun)|lucvec|(i'?m|i am|we'?re|he'?s|she'?s|he is|she is|they'?re|they are) (back )?(home|safe) now|(been|is|are) (back )?(home|safe)( and (safe|home|well|fine))? (since|for)|alive and well|safe and sound|vse ok|seichas doma|amen inch normal|zhiv(oy)? (i )?zdorov|got (it|them|my passport|my documents) back|everything is (fine|ok|okay) now|all (good|fine) now|already (home|back)|seychas (ya )?doma|uzhe doma|vse (normalno|horosho|norm)|hima (tann|lava?|hayastanum|yerevanum)|tun (a|e) hasel|(hima )?arden bac (en )?t[oa]xel( en)?|got home (safe|safely|fine|ok|okay)|amen inch lava|(i'?m|i am|we'?re|we are) back (in|at|to) [^.?!]{0,25}\b(now )?(and )?(fine|safe|ok|okay)|arden (tann|yerevan|hayastan)|amen inch lav|got out\b[^.?!]{0,60}\b(fine|safe|ok|okay)|(is|are|am|'s|'re) (now )?safely (home|back)|safely (home|back) now|vs[eyo] vernuli|amen inch kargin|(totally|completely|perfectly) (fine|ok|okay|safe)( now)?|(i'?m|we'?re|i am|we are) (fine|ok|okay|safe) now|vernul(sya|as|is) domo[iy]|(gave|given|handed|returned) (it|them|my passport|the passport|my documents) back|gave (it|them) back|heto (het |)veradardzr\w*|heto het tv\w*|(menq|es) (hima |arden )?(hangist|apahov) (enq|em)|(arden|hima) (urish|uri?sh) (tegh|tex) em ashxatum|(now|already) work(ing)? (somewhere else|elsewhere|for (another|a different) (company|employer)))\b",
    "cyrl": r"(уже (вытащили|выпустили|освободили)|(вернул|забрал|получил)\w* (\S+ ){0,2}(через|с помощью) (прокуратур|полици|посольств|консульств|суд|адвокат)\w*|(через|с помощью) (прокуратур|полици|посольств|консульств|адвокат)\S* (\S+ )?(вернул|забрал|получил)|теперь (я |мы |он |она )?(уже )?дома\s*([.,!?]|$)|(вернул\w*|получил\w*) (\S+ )?(через суд|по суду|судом)|сейчас (я |мы |он |она )?дома|давно (уже )?(дома|переехали|вернул\w*)|(уже|давно) переехали|(всё|все) (решилось|уладилось|разрешилось)|(решилось|разрешилось|уладилось) (в суде|судом|мирно)|уже (\S+ )?дома|жив(ой|а)? (и )?здоров|вс[её] ок\b|вс[её] (нормально|хорошо|норм)|вернули паспорт|паспорт вернули|вернул(ся|ась|ись) домой|(утром|потом|сразу|на следующий день) вернул\w*|(я|мы) (сейчас |уже )?в безопасности|вс[её] вернули|(уже|давно) отпустили|(добрался|добралась|доехал|доехала|добрались|доехали) (до дома|домой)|(давно|уже|теперь) работаю (в другом месте|у другого))",
    "armn": r"((արդեն|հիմա) ուրիշ տեղ եմ աշխատում|հիմա (տանն|լավ)|վաղուց (տանն|տուն|Հայաստանում|հայաստանում)|լուծվեց|լուծվել է|ողջ առողջ|ամեն ինչ նորմալ|(ես|մենք) (հիմա |արդեն )?(հանգիստ|ապահով) (եմ|ենք)|(նա|ինքը|ինքն) (հիմա |արդեն )?(\S+ )?ապահով (ա|է)|\d+ տարի (ա|է) (տանն|տանը|տուն|Հայաստանում|հայաստանում) (եմ|ենք|ա|է)|տուն (է|ա) վերադարձել|հետ (վերցրի|վերցրինք|տվեցին|տվին|տվեց)|արդեն (տանն|Երեվանում|երեվանում|Հայաստանում|հայաստանում)|ամեն ինչ լավ|տուն (ա|է) հասել|արդեն բաց (են )?թողել|ամեն ինչ կարգին|(?<!չ)վերադարձր(եց|ին))",
}
# ... unless the danger goes on: "i'm home now but my sister is still there", "he is home now, I can't call".
STILL = {
    "latn": r"\b(still (there|here|with (him|her|them)|has|have|holds?|keeps?|locked|trapped|missing|not|no|can'?t|cannot)|(is|are|am) still (there|here|with|in|at|locked|trapped|missing|held|kept|not|no|unable|afraid|scared|being)|do sih por|vse eshe|vs[eyo] eshche|po-prezhnemu|(der|derevs|hl@) (entegh|aytegh|nra mot|iranc mot|pahum|chi|chen|chka|chem|pak|korac|voch)|minchev hima|(zangel|xosel|khosel) chem karo[xgh]+|ne mogu (govorit|zvonit|pozvonit)|(can'?t|cannot) (talk|call|speak) (now|freely|right now))\b",
    "cyrl": r"(до сих пор|вс[её] ещ[её]|по-прежнему|не могу (говорить|звонить|позвонить))",
    "armn": r"(դեռ|դեռեվս|հլը) (այնտեղ|էնտեղ|էնտեղ|նրա մոտ|իրենց մոտ|պահում|չի|չեն|չկա|չեմ|փակ|մոտն|կորած|ոչ մի|գտնվում)|մինչեվ հիմա|(զանգել|խոսել) չեմ կարող|չեմ կարող (զանգել|խոսել)",
}
# Laughter marks hyperbole ("the boss will kill me if I'm late, haha"). Never for self-harm:
# people in crisis do write "lol i want to die".
JOKING = r"(^|\s)(ха(-?ха)*|хах|ахах\w*|ha-ha(-ha)*|haha\w*|hah|ahah\w*|xa-?xa\w*|lol|lmao|xd+|\){3,}|հա-?հա\w*|խա-?խա\w*)([\s.,!)]|$)|[😂🤣😅😆😄😁]"
# A relative out of touch because they said they would be (hiking, at sea, no signal), or who has
# since called: not a missing person.
EXPECTED_SILENCE = r"\bwarned (us|me|them)\b|\btold (us|me|them)\b[^.?!]{0,40}\b(no (signal|network|reception|internet|phone|connection|wi-?fi)|out of (reach|touch|range)|offline|unreachable|(won'?t|wouldn'?t|will not|would not) be (able to|reachable|online|in touch|available)|(can'?t|cannot|couldn'?t) (call|write|text)|(not|don'?t) (to )?(worry|call|write|text))|\bretreat\b|\bretrit\w*|ретрит|без телефона|\bbez telefona\b|сказала? не писать|\bskazala? ne pisat\b|\bdigital detox\b|\b(on a|on the) (tanker|cargo ship|voyage|expedition)\b|\bv re[ij]s[eu]\b|\bna (tankere|sudne)\b|\bsvyazi ne budet\b|в рейсе|на танкере|на судне|связи не будет|\bkap chi lini\b|կապ չի լինի|\bno (signal|network|reception|internet)\b|\b(hiking|camping|trekking|on a fishing boat|at sea|on a ship)\b|\b(just|finally) (called|wrote|texted|got in touch)\b|предупрежда\w*|\bpreduprezhda\w*|нет (сети|связи) в гор|в поход\w*|\bv pohod\w*|\bv gor(ah|y)\b|в горах|\bzgushacr\w*|զգուշացր\S*|\barshav\w*|\bարշավ\S*|\bsarer\w*|սարեր\S*|(только что|наконец) (позвонил|написал)\w*|\b(tolko chto|nakonec) (pozvonil|napisal)\w*|\bhenc nor zangec\b|հենց նոր զանգեց|\bnight shifts?\b|\bworks? nights\b|\bnochn\w* smen\w*|ночн\w* смен|\bgishernern? (a|e) ashxatum\b|գիշերներ(ն)? (ա|է) աշխատում|գիշերային հերթափոխ|\b(bad|poor|weak|patchy) (signal|reception|connection|internet)\b|плох\w* связ|\bplohaya svyaz|\bsvyaz plohaya|կապը վատ|\bkap@ vat"
# Papers handed over with the person's consent for an application are paperwork.
CONSENT = r"\b(receipt|raspisk\w*|stacakan|statsakan)\b|расписк|ստացական|\bi (agreed|consented|said yes)\b|\bwith my consent\b|\bс моего согласия\b|\bя (был |была )?(согласен|согласна|не против)\b|\bs moego soglasiya\b|\bya (soglasen|soglasna|ne protiv)\b|ես համաձայն (եմ|էի)|\bes hamadzayn (em|ei)\b|\bconsent form\b|\bsigned (a |the |my )?consent\b|\bsubmitt?\w* (it|them|my passport) (to|for|at) (the )?(embassy|consulate|migration|my (work permit|visa|residence))\b"
# What someone else says ("бригадир говорит «всё нормально»") or a quoted message does not make a story over.
REPORTED = r"(\b(says|said|say|tells|told|writes|wrote|texts|texted|claims?|claimed|govorit|govoryat|skazal\w*|pishet|napisal\w*|utverzhda\w*|asum (a|e|en)|asec|grum (a|e))\b|говорит|говорят|сказал\w*|пишет|написал\w*|утвержда\w*|ասում (է|ա|են)|ասաց|գրում (է|ա))[^.?!]{0,12}$"
# (an apostrophe inside a word, "don't", "i'm", opens no quote)
QUOTES = r"[«“\"][^«»“”\"]{1,60}[»”\"]|(?<!\w)'[^']{1,60}'(?!\w)"
# A rules word counts as a question about the law only in a question.
QUESTION = r"\?|՞|\b(can|may|is it|are they|does|do i|whether|li|mozhno|imeet|vprave|karox|karogh|ardyoq)\b|можно|имеет ли|вправе|ли\b|կարո՞?ղ|արդյոք|\bhow (do|can|should) i (check|know|find out|verify)\b|как (проверить|узнать)|\bkak (proverit|uznat)\b|\b(inchpes|vonc) stugem\b|(ինչպես|ոնց) ստուգեմ"
# "Otherwise all is fine", "the pay always comes on time": the person says nothing else is wrong,
# which settles a message whose only alarm is the classifier's (no danger word).
OTHERWISE_FINE = r"\botherwise (all|everything) (is )?(fine|ok|okay|good)\b|\binsurance (paid|covered)\b|\b(sent|took|drove) me to (the |a )?(clinic|doctor|hospital)\b|\b(paid|always paid) (everything|all) (before|until now)\b|\bmnacac\w* (misht|mishtt|misht el) vcharel en\b|остальное (всегда )?(платили|выплатили)|մնացածը (միշտ )?վճարել են|\bno other (problems?|issues?)\b|\b(the )?pay(ment)? (always )?(comes|arrives) on time\b|\bpaid on time\b|\bv ostalnom (vs[eyo] )?(normalno|horosho|ok)\b|\bdrugih problem net\b|\bplatyat vovremya\b|\b(ayl|urish|uri?sh) (xndir|khndir|problem) (chka|chunem)\b|\bzhamanakin (en|a|e) (vcharum|tal(is|um))\b|в остальном (вс[её] )?(нормально|хорошо)|других проблем нет|платят вовремя|(այլ|ուրիշ) (խնդիր|պրոբլեմ) (չկա|չունեմ)|ժամանակին (են|ա|է) (վճարում|տալիս)|\b(took|drove|sent|rushed) (him|her|them|us) to (the |a )?(clinic|doctor|hospital|er|emergency)\b|(отвезли|отвез|отвезла|доставили) (его |её |ее |меня |нас )?(в|к) (травмпункт|больниц\w*|врач\w*|поликлиник\w*)|\b(otvezli|otvez|otvezla) (ego |ee |menya |nas )?(v|k) (travmpunkt|bolnic\w*|vrach\w*|poliklinik\w*)|\bsrazu zashili\b|сразу зашили|(տարան|տարել են) (հիվանդանոց|բժշկի|տրավմատոլոգ)|\b(taran|tarel en) (hivandanoc|bzhshki)"
# A question about treating an illness, or a level of a game, frames the message as everyday.
EVERYDAY_FRAME = r"\bhelp me (plan|make a plan|organi[sz]e|come up with|write (a|an|my) (post|speech|toast|cv|resume|essay))\b|помоги(те)? (мне )?(составить|спланировать|распланировать|придумать|посчитать)|\bpomogi(te)? (mne )?(sostavit|splanirovat|raspla\w*|pridumat|poschitat)\b|\b(na bosse|boss fight|the boss (killed|kills) me)\b|на боссе|\bdark souls\b|\b(3[6-9]|4[01]) ?[.,] ?\d\b(?! ?(%|percent|процент|tys|тыс))|\b(chem|kak) lechit\b|чем лечить|как лечить|\bhow (do i|to|should i|can i) treat\b|\bwhat (medicine|medication|meds) (should|can|to|do)\b|\binchov (bujem|buzhem|bujel)\b|ինչով բուժ|\b(stuck on|on|beat|pass) (level|lvl) \d+\b|\buroven\w* \d+|уровень \d+|\bmakardak\w* \d+|\d+ ?(-րդ )?մակարդակ"
# Being made to redo a report or do chores is a workplace gripe, not forced labour.
CHORES = r"\b(report|homework|dishes|overtime|redo|rewrite|otch[eyo]t\w*|peredel\w*|perepis\w*|zashchit\w*|hashvetvutyun\w*)\b|отч[её]т|передел|переписыв|домашк|посуд|հաշվետվություն"
# A copy, a scan or a photo of a passport kept on file is not the passport, and a fee "for the documents" is
# a price, not papers taken.
COPY = r"\b(cop(y|ies)|scan(s|ned)?|photocop\w*|photo|picture|kopi\w*|kserokopi\w*|foto|patchen\w*|patshen\w*|nkar\w*)\b|копи[юяи]|ксерокопи|скан|фото|պատճեն|նկար"
FEE = r"(փաստաթղթ|անձնագր)\S*ի համար|\bfor (the |my |our )?(documents|papers|passport|paperwork)\b|за (документы|паспорт|оформлени)|\b(pastatxt|pastatght|anznagr)\w*i hamar\b|\bza (dokumenty|pasport|oformleni)"
# ... unless the original is held or the fee came with papers kept: "he keeps the original, I only
# have a copy", "paid 2000 for the documents and he keeps my passport".
ORIGINAL_HELD = r"\b(only|tolko|menak) (have |got )?(a |the )?(copy|photo|scan|kopi\w*|foto|patchen\w*|nkar\w*)|только (копия|фото|скан|ксерокопия)|միայն (պատճեն|նկար|լուսանկար)|\b(keeps|holds|has|kept|held|took) (the |my )?originals?\b|\boriginal\w*\b[^.?!]{0,30}\b(with (him|her|them|the (boss|employer|agent|agency|owner))|u (nego|nih|nee))\b|оригинал\w*[^.?!]{0,30}у (него|них|нее|неё|хозя|работодател)|բնօրինակ\S*[^.?!։]{0,30}(իր|իրենց|գործատուի) մոտ"
HELD = r"\b(keep|keeps|kept|keeping|hold|holds|held|won'?t (give|return)|refus\w*|derzh\w*|ne otda\w*|pahum|pahel|chi tal\w*|chen tal\w*)\b|держ|не отда|не верн|պահ|չի տալիս|չեն տալիս"
MONEY = r"\d|\b(euros?|dollars?|rubles?|drams?|evro|dollar\w*|rubl\w*|dram)\b|евро|доллар|рубл|драм|եվրո|դոլար|ռուբլ|դրամ"
# "Mom will kill me for coming home late again": a parent's scolding for lateness, not coercion.
LATE = r"\b(late (home|back)|(home|back) late|late)\b|опозда|опазд|\bopozda\w*|\bopazdyva\w*|ուշ (եմ |ենք )?(տուն|գալիս|եկա)|\bush (em |enq )?(tun|galis|eka)"

# The person's own passport is in their hands ("the original is with me", "u menya pasport na rukah").
WITH_ME = r"(բնօրինակ|անձնագր)\S* (մեզ|ինձ) մոտ (են|ա|է)|\b(original|bnorinak|andznagr|anznagr|ims|imy)\w* (mez|indz) mot (en|a|e)\b|мой дома у меня|\bmine('?s| is)? (still )?(with me|in my hands|on me|at home with me)\b|\bi have mine\b|мой (паспорт )?(у меня|при мне)( на руках)?\s*([.,!?]|$)|мой (паспорт )?на руках|իմը (ինձ մոտ|ձեռքիս|տանն) (ա|է)|\bimy (indz mot|dzerqis) (a|e)\b|\bmoi (pasport )?(pri mne|u menya|na rukah)\b|(?<!\bno )(?<!\bany )\b(passport|original)s? (is |are )?(still )?(with me|on me|in my hands)\b|\bi (still )?have my passport\b|\b(pasport|original)\w* (u menya )?na rukah\b|\bu menya (lichno )?pasport na rukah\b|(паспорт|оригинал)\w* (у меня )?на руках|(паспорт|оригинал)\w* у меня\s*([.,!?]|$)|(բնօրինակ|անձնագիր)\S* (ինձ մոտ|ձեռքիս) (ա|է)|\b(anznagirs|ancnagirs|bnorinak@|bnorinaky) (indz mot|dzerqis) (a|e)\b"

# Someone said to be fine, in the writer's own words ("he's fine, works night shifts").
REASSURED = r"\b(he'?s|she'?s|he is|she is|they'?re|they are) (totally |perfectly |absolutely )?fine\b(?! with)|\bnothing to worry about\b|\bno reason to worry\b|\banhangstanalu (ban|patchar) chka\b|не о чем (беспокоиться|волноваться)|повод\w* (для беспокойства|волноваться) нет|անհանգստանալու (բան|պատճառ) չկա|\b(u nego|u nee) vs[eyo] (normalno|horosho)\b|у (него|неё|нее) вс[её] (нормально|хорошо)"

# A goal scored: "how many goals did he hit", "Մխիթարյանը քանի գոլ ա խփել".
SPORT = r"\b(hit|hits|hitting) the (post|crossbar|bar)\b|штанг|\bshtang\w*|ձող|\b(goals?|gol|gola|goly|penalt\w*)\b|\bгол(а|ы)?\b|пенальти|գոլ|պենալտի"

# A move abroad explains things given up ("selling my car before i move to canada, i wont be needing it after that").
RELOCATION = r"насовсем|\bnasovsem\b|на вахту|\bna vahtu\b|\bpmzh\b|пмж|\bgreen ?card\b|грин-?карт|(վերջնական|մշտական)\S* (տեղափոխ|գնում)|\b(verjnakan|mshtakan)\w* (gnum|texapox|tegh?apox)\w*|\b(trip|vacation|holiday|flying|otpusk(a|e|om|u)?|komandirovk\w*|uletayu)\b|\bотпуск(а|е|ом|у)?\b|командировк|улетаю|ճամփորդ|արձակուրդ|գործուղ|\b(move|moving|moved) (to|abroad|away|out)\b|\b(relocat|emigrat)\w*|\bthe move\b|\bleav(e|ing) for\b|\bpereezd\w*|\bpereezzha\w*|переезд|переезжа|эмигрир|\bemigrir\w*|տեղափոխվ|\bteg?hapoxv\w*|\btexapoxv\w*|արտագաղթ"

# A news item about others ("read in the news that girls were freed in Dubai") tells of no danger to the writer.
NEWS = r"\b(in|on) the news\b|\bnews (report|article|story|item)\b|в новостях|по новостям|новост\w* (пишут|показ)|\bv novostyah\b|\bpo novostyam\b|լուրերում|\blurerum\b"
# A danger "seven years ago", "in the 90s" is a past story, unless it has gone on since.
YEARS_AGO = r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) years ago\b|\b(let|goda?) (\d+ )?nazad\b|\b\d+ (let|goda?) nazad\b|(лет|года?) (\d+ )?назад|\d+ (лет|года?) назад|\d+ տարի առաջ|տարիներ առաջ|\b\d+ tari araj\b|\bin the (19)?[5-9]0'?s\b|в (19)?[5-9]0-?(е|х|ые|ых)\b|\bv (19)?[5-9]0-?(e|h|ye|yh)\b|[5-9]0-ական"
SINCE = r"\bsince( then)?\s*([.,!?]|$)|\bever since\b|\bsince then\b|с тех пор|с того (времени|дня)|\bs teh por\b|էդ օրվանից|այդ օրվանից|\bed orvanic\b"
# "Help me solve / choose / set up", a laptop or the wifi: a request for assistance with a task or a device, not a plea.
GADGET = r"вайфай|\bwi-?fi\b|\bvaifai\b|ноутбук|\bноут\b|\bnout(buk)?\b|роутер|\brouter\b|\blaptop\b|принтер|\bprinter\b|обновлени\w* (винд|windows)"
TASK_HELP = r"\bhelp me (solve|choose|pick|find|understand|fix|set up|write|with (my |this |the )?(homework|math|maths|essay|task|problem))\b|помоги(те)? (мне )?(решить|выбрать|найти|понять|настроить|разобраться|сделать|перевести|составить)|помоги(те)? (мне )?с (домашк|домашн|уроками|задач)|\bpomogi(te)? (mne )?s (domashk|urokami|zadach)\w*|\bpomogite (mne )?(reshit|vybrat|naiti|nayti|ponyat|nastroit|razobratsya|sdelat|perevesti)\b|օգնեք (\S+ )?(լուծել|ընտրել|գտնել|հասկանալ|թարգմանել)|\boknek (\w+ )?(lucel|yntrel|gtnel|haskanal)\b"
# A garden, a holiday, a child's bedtime, a game, where to complain: everyday scenes
# that frame a message with no danger word (the classifier alone then needs the "explained" bar).
EVERYDAY_SCENE = r"рассад|\brassad\w*|\bseedlings?\b|սածիլ|\bsacil\w*|(какой|kakoy|kakoj) (отель|otel)|\bwhich hotel\b|бассейн\w* с горками|\bbasseyn\w* s gorkami|аквапарк|\bakvapark\b|\ball[- ]inclusive\b|вс[её] включено|\bvs[eyo] vklyucheno\b|\bwon'?t (go to )?sleep\b|не хочет спать|\bne hochet spat\b|չի ուզում քն|\bchi uzum qn\w*|\btantrums?\b|истерик|բոս\S*[^.?!։]{0,30}սպան|\bboss\w*\b[^.?!]{0,30}\bspan\w*|elden ring|էլդեն ռինգ|minecraft|майнкрафт|fortnite|\bdota\b|\b(in|v) gta\b|\bgta[- ]?(5|6|v|vi|online|um|i)\b|gta-?(ում|ի)|\bgrand theft auto\b|\bpubg\b|куда (мне )?(можно )?(пожаловаться|жаловаться)|\bkuda (mne )?(mozhno )?(pozhalovatsya|zhalovatsya)\b|(որ|ո՞ր|ինչ) (մարմնին|կառույցին|տեղ)[^.?!։]{0,20}բողոք|\b(vor|inch) (marmnin|karuyc\w*)\b[^.?!]{0,20}\bbo[xgh]+oq|\bwhere (can|do|should) i complain\b|\b(um|ur) bo[xgh]+oqem\b|(ում|ու՞մ|ուր) բողոքեմ|\b(deposit|depozit\w*|zalog)\b|залог\b"
# Scenes no danger message sets, which make a message with no danger word ordinary: time "killed"
# on a chore, "will be the death of me", "dying of laughter", a fire drill, a car that won't start, cartoons, a pay rise.
HARMLESS = r"\b(will|gonna|going to) be the death of me\b|убил\w* (весь|целый) (вечер|день)|убил\w* (полдня|пол дня|все выходные)|\bubil\w* (ves|celyj|celiy|tselyj) (vecher|den)\b|\bkilled (the|my) (whole |entire )?(evening|day|afternoon|weekend)\b|учебн\w* (\S+ )?(эвакуац|тревог)|\buchebn\w* (\w+ )?(evakuac|trevog)\w*|\bdying (of|from|with) laughter\b|\bdying laughing\b|умира\w* (со|от) смеха|ծիծաղից (մեռնում|մեռա)|\bcicaxic (mernum|mera)\w*|(машина|машину|авто) не заводится|\bmashina ne zavoditsya\b|\b(car|engine) (won'?t|doesn'?t|wouldn'?t) start\b|\b(fire|evacuation) drill\b|(выкинуло|выбросило|разлогинило) (меня )?из (аккаунт|приложени|игр)|\b(vykinulo|vybrosilo|razloginilo) (menya )?iz (akkaunt|prilozheni|igr)\w*|\b(locked|logged|kicked) (me )?out of (my |the )?(account|app|game|steam|instagram|gmail)\b|\bescape ?room\b|эскейп|квест-?комнат|\bkvest-?komnat\w*|էսքեյփ|ուսումնական (տագնապ|էվակուացիա)|мультик|\bmultik\w*|\bcartoons\b|մուլտ|(обещал\w*|даст|не да[её]т) (мне )?(прибавк|повышени)|\bavelacum (kta|ktan|chi tal\w*|chen tal\w*)|ավելացում (կտա|կտան|չի տալիս|չեն տալիս)|\b(promised|give|gives|get) (me )?a (pay )?raise\b|\bhelp (me )?with (my |this |the )?(homework|essay|maths?|assignment)\b|помоги(те)? (мне )?(с|сделать) (домашк|домашн\w* задани|уроками)|\bpomogi(te)? (mne )?(s|sdelat) (domashk|urokami)\w*|տնային\S*[^.?!։]{0,20}օգն|օգն\S*[^.?!։]{0,20}տնային|\b(ogn|okn)\w*[^.?!]{0,20}\btnayin\w*|\btnayin\w*[^.?!]{0,20}\b(ogn|okn)\w*|խորոված|\bxorovac\w*|\bkhorovats\w*|шашлык|\bshashl[iy]k\w*|\b(barbecue|bbq|picnic)\b|пикник|\bpiknik\w*"

# A threat that hangs on missing a day, being late or breaking something: "my boss will kill me if I miss another day".
TRIVIAL_IF = r"^\s*(i|we) (miss|skip|forget|break|spill|lose|fail|burn|scratch|don'?t finish|am late|'?m late|come (home )?late)\b|^\s*(ya |my )?(opozdayu|propushchu|propushu|zabudu|razob\w*|slomay\w*|ne sdam|provalyu)\b|^\s*(я |мы )?(опоздаю|пропущу|забуду|разобью|сломаю|не сдам|провалю)|^\s*(\S+ )?(ուշանամ|բաց թողնեմ|մոռանամ|կոտրեմ|չհանձնեմ)"
# Papers that "will kill me" are a figure of speech, whatever office they go to.
THING_KILLS = r"\b(these|this|those|eti|eta|eto|etot|es|ays|ayd) (papers?|paperwork|forms?|documents?|certificates?|spravk\w*|bumag\w*|bumazhk\w*|dokument\w*|t[xgh]+t\w*|pastat[xgh]+t\w*)\b[^.?!,]{0,15}\b(will |gonna |are gonna |are going to |is going to )?(kill|killing|ub'?yut|ubyut|ubivayut|dokonayut|ksapanen|sapanum)|(эти|эта|это) (справк|бумаг|бумажк|документ)\S*[^.?!,]{0,15}(убьют|убивают|доконают)|(էս|այս) (թղթ|փաստաթղթ)\S*[^.?!,։]{0,15}(կսպանեն|սպանում)"
# A clause of a job offer not signed yet ("the contract says they keep the passport; I haven't signed") is a question before the fact.
CONTRACT_TERMS = r"\b(offer|contract|dogovor\w*|kontrakt\w*|paymanagr\w*)\b[^.?!]{0,30}\b(says|states|say|govoritsya|napisano|ukazano|grac|grvac)\b|(договор|контракт|оффер)\S*[^.?!]{0,30}(говорится|написано|указано)|պայմանագր\S*[^.?!։]{0,30}(գրած|գրված)"
NOT_SIGNED = r"\b(haven'?t|have not|didn'?t|did not) (yet )?sign(ed)?\b|\bnot (yet )?signed\b|(ещ[её]|пока) не подписал|\b(eshch?e|poka) ne podpisal\w*|դեռ (չեմ|չենք|չի) ստորագր|\bder (chem|chenq|chi) storagr\w*"
# A passport left at an embassy or a visa centre is an application in progress, unless an employer holds it.
EMBASSY = r"\b(embass\w*|consulat\w*|visa (cent(er|re)|application)|vfs|posolstv\w*|konsulstv\w*|vizov\w* centr\w*|despanatan\w*|despanatun\w*|hyupatos\w*)\b|посольств|консульств|визов\w* центр|դեսպանատ|հյուպատոս"
# A parent asking whether their teenager's summer job is legal: "my son is 17 and wants to work as a waiter, is it legal?"
TEEN_JOB = r"\b(my (son|daughter|kid|boy|girl)|syn|doch\w*|txas|tghas|axjiks|aghjiks)\b[^.?!]{0,60}\b(wants?|hochet|uzum (a|e))\b[^.?!]{0,40}\b(work|job|rabot\w*|porabot\w*|ashxat\w*)|(сын|дочь|дочка)[^.?!]{0,60}хочет[^.?!]{0,40}работ|(տղաս|աղջիկս)[^.?!։]{0,60}ուզում (ա|է)[^.?!։]{0,40}աշխատ"
# A debt to a bank is a loan, not bondage.
BANK_LOAN = r"\b(bank\w*|kredit\w*|credit card|mortgage|ipotek\w*|microloan|mikrozaym\w*|vark\w*)\b|банк|кредит|ипотек|микрозайм|բանկ|վարկ"
# "Won't let me back into my account": a login, not a locked door.
ACCOUNT = r"\b(account|akkaunt\w*|log ?in|password|parol\w*|app|steam|instagram|telegram|gmail|icloud|website|sayt\w*|escape ?room|kvest\w*)\b|аккаунт|логин|парол|приложени|сайт|инстаграм|телеграм|эскейп|квест|ակաունտ|գաղտնաբառ|էսքեյփ"
# Stolen papers already reported to the police: a new passport to apply for.
POLICE_REPORT = r"заявлени\w* (\S+ )?(в|из) полици|(написал|подал)\w* заявлени|заявлени\w* (уже )?(написал|подал)|\bzayavleni\w* (\w+ )?(v|iz) polici\w*|\b(napisal|podal)\w* zayavleni\w*|\bzayavleni\w* (uzhe )?(napisal|podal)\w*|\b(filed|made|wrote) a (police )?report\b|\b(already )?reported (it|this|the theft)\b|\breported (it |this |the theft )?to (the )?police\b|\bpolice report\b|ոստիկանություն\S*[^.?!։]{0,15}(դիմում|հաղորդում|հայտարարություն)|(դիմում|հաղորդում|հայտարարություն) (եմ )?(տվել|գրել)[^.?!։]{0,20}ոստիկան|\bostikanutyun\w*[^.?!]{0,15}(dimum|haxordum|haghordum|haytararutyun)"
# A person who wants to quit and move to another job is free to leave: "хочу уволиться и перейти в другое место".
FREE_TO_QUIT = r"\b(want|wanna|going|plan) to (quit|resign)\b[^.?!]{0,15}\band (move|go|switch|find|get) (to )?(another|a new|a different|other)\b|хочу (уволиться|уйти)[^.?!]{0,15} и (перейти|устроиться|найти|уйти) (\S+ )?(на другую|в другое|в другую|к другому|новую)|\bhochu (uvolitsya|uiti|uyti)\b[^.?!]{0,15} i (pereiti|pereyti|ustroitsya|naiti|nayti) (\w+ )?(na druguyu|v drugoe|v druguyu|k drugomu|novuyu)\b|ուզում եմ (դուրս գալ|թողնել)[^.?!։]{0,25} (ու|եվ) (ուրիշ|այլ|նոր) (տեղ|աշխատանք)|\buzum em (durs gal|toxnel|toghnel)\b[^.?!]{0,25} (u|ev|yev) (urish|ayl|nor) (tegh|tex|ashxatanq)"
# A year at least two years back dates a story ("in 2019 they locked us in a farm"); "since 2019" does not.
DATED_YEAR = r"(?:\bin |\bв |\bv )((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:-ին|-in|-i\b| թվին| tvin)|\b((?:19|20)\d\d) (?:году|godu)\b"
# ... but not the year one came or moved: "came back 2 years ago, lost my job, sleeping in my car" dates the move, not the danger.
ARRIVAL = r"\b(came|come|moved|arrived|returned|relocated|priehal\w*|pereehal\w*|vernul\w*|ekel|ekanq|ekel enq|texapoxv\w*|veradarc\w*)\b[^.?!,]{0,25}(\b(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) (years ago|let nazad|goda? nazad|tari araj)\b|\b(in|v) (19|20)\d\d\b)|(приехал|переехал|вернул)\S*[^.?!,]{0,25}((\d+ )?(лет|года?) назад|в (19|20)\d\d)|(եկել|տեղափոխվել|վերադարձել)\S*[^.?!,։]{0,25}(\d+ տարի առաջ|(19|20)\d\d-ին)"
# A night in the car on a camping or fishing trip is a holiday, not a family stranded.
LEISURE = r"\b(camping|road ?trip|festival|ski(ing)?|fishing|hunting|hiking|kemping\w*|rybalk\w*|ohot\w*|pohod(?!u\b)\w*|arshav\w*|dzknors\w*)\b|\bкемпинг|\bрыбалк|\bохот|\bпоход(?!у\b)|\bфестивал|на лыжах|\bարշավ|\bձկնորս|\bորս(ի|ով)?\b"
# Parents who will not let a young person go abroad to work are keeping them home, not confining them.
PARENTS_FORBID = r"\b(my parents|parents|mom|mum|dad|cnox\w*|tsnox\w*|roditel\w*|mama|papa)\b[^.?!]{0,20}\b((don'?t|won'?t|do not|will not) (let|allow) (me )?(to )?(go|work|move)\b(?! out)|(chen|chi) (toxnum|toghnum|tuyl talis) (\w+ ){0,2}(gnam|gnal|gnalu|ashxatem|ashxatel)|ne (puskayut|puskaet|razreshayut|razreshaet|otpuskayut|otpuskaet) (menya )?(\w+ ){0,3}(ehat|poehat|uehat|rabotat|na zarabotki))\b|(ծնողներս|ծնողները|մամաս|պապաս)[^.?!։]{0,20}(չեն|չի) (թողնում|թույլ տալիս) (\S+ ){0,2}(գնամ|գնալ|աշխատեմ|աշխատել)|(родители|мама|папа)[^.?!]{0,20}не (пускают|пускает|разрешают|разрешает|отпускают|отпускает) (меня )?(\S+ ){0,3}(ехать|поехать|уехать|работать|на заработки)"
WORK_ABROAD = r"\b(work|job|abroad|rabot\w*|zarabot\w*|zagranic\w*|ashxat\w*|artasahman\w*)\b|работ|заработ|за границ|աշխատ|արտասահման"
# "She hasn't answered for two days, what should I text her": a quarrel, not a person missing.
WHAT_TO_WRITE = r"\bwhat (should|do|can|to) (i )?(write|text|say|send) (to )?(her|him)\b|\bwhat to (write|text) (her|him)\b|\bchto (ej|ei|emu) (napisat|skazat)\b|что (ей|ему) (написать|сказать)|(ինչ|ի՞նչ) գրեմ (իրեն|նրան)|\binch grem (iren|nran)\b"

# An employer or a company asking whether *they* may keep passports: "should we keep them", "нужно ли нам хранить".
EMPLOYER_ASKS = r"\b(should|can|may|must|do) we (\w+ ){0,2}(keep|hold|store) (the |their |our |all )?(foreign )?(workers'?|employees'?|staff'?s?|guests'?)? ?(passports?|documents|papers|ids)\b|(нужно|можно|должны|обязаны) (ли )?(мы |нам )?(\S+ )?(хранить|держать|оставлять) (у себя )?(паспорт|документ)|\b(nuzhno|mozhno|dolzhny) li (my |nam )?(hranit|derzhat) (u sebya )?(pasport|dokument)\w*|մեր մոտ պահենք|\bmer mot pahenq\b"
# A custody or divorce case in court over the children's papers: "my ex threatened to take me to court over the kids' passports".
CUSTODY = r"\b(ex|ex-husband|ex-wife|custody|divorce\w*|bivsh\w*|razvod\w*|opek\w*|amusnaluc\w*|xnamakal\w*)\b|бывш|развод|опек|ամուսնալուծ|խնամակալ"
# A volunteer, a social worker or a hotline asking where to refer someone: information, not the writer's danger.
HELPER_ROLE = r"\b(volunteer\w*|social worker|hotline|helpline|case worker|volont[eyo]r\w*|kamavor\w*)\b|волонт[её]р|социальн\w* работни|горяч\w* лини|кейс-?менеджер|կամավոր|սոցիալական աշխատող|թեժ գծ"
REFER = r"\bwhere (do|should|can|could|would) (i|we) (refer|send|direct|point)\b|\bwhere to (refer|send|direct)\b|\brefer (her|him|them|such people)\b|куда (\S+ ){0,3}(направить|направлять|отправить|перенаправить)|\bkuda (\w+ ){0,2}(napravit|napravlyat|otpravit)\b|(ուր|որտեղ|ում մոտ) (\S+ )?(ուղարկեմ|ուղղորդեմ|ուղղորդել)|\b(ur|vortex|um mot) (\w+ )?(uxarkem|ughark\w*|uxxordem|ughordem)\b"
# "I'll die if I have to fill this form one more time", "mernem ete 4rd@ el merjen": a nuisance, not a wish to die.
DIE_IF = r"\b(i'?ll|i will|i'?m gonna|i am going to|gonna) die if\b[^.?!]{0,60}\b(forms?|site|website|photo|visa|refus\w*|reject\w*|queue|exam)\b|(умру|сдохну),? если[^.?!]{0,60}(анкет|форм|сайт|фото|виз|отказ|очеред|экзамен)|\b(umru|sdohnu),? esli\b[^.?!]{0,60}(anket|form|sayt|foto|viz|otkaz|ochered|ekzamen)|(կմեռնեմ|մեռնեմ),? եթե[^.?!։]{0,60}(վիզա|մերժ|ձեվաթուղթ|հերթ|քննություն)|\b(kmernem|mernem),? (ete|yete)\b[^.?!]{0,60}(viz|merj|dzevatuxt|hert|qnnutyun)"

# A veiled farewell told in two kinds of words, neither of which is one on its own: affairs put in
# order for after one's death (a will, a life insurance, "after my death", a letter for one's mother,
# papers someone "will find") and last words ("this is the last time I write", "you won't hear from
# me", "I want it to arrive after"). Each alone is everyday: an elderly person's will, a thank-you
# that ends a chat. (A decision about oneself, "I've already decided", with a will was tried as the
# second kind: it also named an 80-year-old's question about notarising a will.)
FAREWELL_AFFAIRS = (
    r"\b(a|my) (will|testament)\b|\blife insurance\b|\bafter (my )?death\b|\bafter i die\b|\bwhen i'?m (gone|no more)\b"
    r"|\b(put|got) (my|all my) affairs in order\b|\b(gave|giving) away (all )?my (things|stuff|clothes|books)\b"
    r"|\b(letter|note) (for|to) (my )?(mom|mum|mother|family|wife|husband|kids|children|sister|brother)\b|\bpasswords? (to|for) (all )?my\b"
    r"|\b(found|finding) (a )?(new )?(home|owner) for my (cat|dog|pets?|parrot)\b|\bwho (will|would|is going to) (take care of|look after|feed|walk) my (cat|dog|pets?|kids|children)\b"
    r"|\b(closed|closing) (all )?my (bank )?accounts\b|\bpaid (off|back) (all )?my debts\b|\b(wrote|written) letters? to (everyone|all of them|each of them)\b|\bdeleted (all )?my (social media|profiles|pages)\b"
    r"|\b(ring|watch|savings|keys) in (the|an|this) envelope\b|\b(will|'ll) find (the )?(papers|documents|letter|envelope|note|folders?)\b"
    r"|\b(zaveshchani\w*|strahovk\w* (zhizni|jizni)|posle (moe[ij] )?smerti|kogda menya ne budet|razdal\w* (svoi )?veshchi|paroli ot)\b"
    r"|\b(ktak\w*|kyanqi apahovag\w*|mahic(s)? heto|irers (bajan|tvel)\w*|namak\w* (em )?(toxel|grel)|kgtni|kgtnen)\b"
    r"|завещани|страховк\S* жизни|после (моей )?смерти|когда меня не (будет|станет)|(привёл|привел) (свои )?дела в порядок|раздал\S* (свои )?вещи"
    r"|письм\S* (для |к )?(маме|матери|семье|жене|мужу|детям|сестре|брату)|пароли от|найд[её]т (документы|письмо|конверт|папк)"
    r"|пристроил\S* (кота|кошку|собаку|попугая)|кто (будет )?(кормить|выгуливать|присматривать за) (мо\S+ )?(кот|кошк|собак|дет)|закрыл\S* (все )?(свои )?(сч[её]та|карты)|(раздал|вернул|закрыл)\S* (все )?(свои )?долги|написал\S* письма (всем|родным|каждому)|удалил\S* (все )?(свои )?(страниц|соцсет|аккаунт)"
    r"|\b(pristroil\w* (kota|koshku|sobaku)|zakryl\w* (vse )?(svoi )?(scheta|karty)|(razdal|vernul|zakryl)\w* (vse )?(svoi )?dolgi|napisal\w* pisma (vsem|rodnym)|udalil\w* (vse )?(svoi )?(stranic|socset|akkaunt)\w*)\b"
    r"|կտակ|կյանքի ապահովագր|մահից(ս)? հետո|երբ (ես )?(էլ )?չլինեմ|իրերս (բաժան|տվել)|նամակ\S* (եմ )?(թողել|գրել)|կգտնի|կգտնեն"
    r"|(կատվիս|շանս|շանը|կատուն) (տեր|նոր տեր) (եմ )?(գտել|գտա)|(հաշիվներս|քարտերս) (եմ )?փակել|պարտքերս (եմ )?(փակել|տվել)|բոլորին նամակ (եմ )?գրել"
    r"|\b((katvis|shans) (nor )?ter (em )?(gtel|gta)|(hashivners|qartery?s) (em )?pakel|partqers (em )?(pakel|tvel)|bolorin namak (em )?grel)\b"
)
FAREWELL_LAST = (
    r"\b(last time (i'?ll|i will|i) (write|message|text|bother)|you won'?t hear from me|(won'?t|will not) (bother|disturb|trouble) (you|anyone) (any ?more|again)"
    r"|(say|tell) goodbye (to [\w ]{1,30} )?for me|this is my last message|no need to (answer|reply|write)\b[^.?!]{0,60}\bany ?more"
    r"|(i'?ve|i have) (already )?said (my )?goodbyes?|take care of (my )?(mom|mum|mother|kids|children|cat|dog) for me"
    r"|posledn\w* raz (pishu|napishu)|bolshe ne budu (vas )?bespokoit|vy (obo mne|ot menya) bolshe ne uslyshite|proshch?ayte|poproshch?aytes za menya"
    r"|verjin angam (em )?grum|el chem anhangstacni|hrajesht em tvel|el im masin cheq lsi"
    r"|this is goodbye|i (have )?forgiven everyone|i forgive everyone|(don'?t|do not) (look|search) for me"
    r"|ne ishch?ite menya|ya vseh prostil\w*|mi pntreq indz|bolorin nerel em)\b|\b(want|wants) it to arrive after\s*([.?!,]|$)"
    r"|последний раз (пишу|напишу)|больше не буду (вас )?беспокоить|вы (обо мне|от меня) больше не услышите|прощайте|попрощайтесь за меня|это (моё|мое) последнее сообщение|я уже (со всеми )?попрощал"
    r"|это прощание|не ищите меня|я всех простил"
    r"|մի փնտրեք ինձ|բոլորին ներել եմ"
    r"|վերջին անգամ (եմ )?գրում|էլ չեմ անհանգստացնի|հրաժեշտ եմ տվել|էլ իմ մասին չեք լսի|որ հետո հասնի\s*([.?!,։]|$)|чтобы (оно )?пришло после\s*([.?!,]|$)"
)
