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

from bot.nlu.danger_lexicon import SIGNALS
from bot.nlu.normalise import fold_transliteration, light

# Category -> patterns per script: bot/nlu/danger_lexicon.py.
# A signal right after one of these (at most one word between) is denied: "they did not take my
# passport", "չեն ծեծում". Armenian and Russian negate each verb, so the window is short.
_NEGATORS = {
    "latn": r"not|never|no|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t|nobody|ne|net|nikto|nikogda|chen|chi|chem|chenk|chein|cher|voch|erbek",
    "cyrl": r"не|нет|никто|никогда|ни",
    "armn": r"չեն|չի|չեմ|չենք|չէին|չէր|ոչ|երբեք",
}
# At most one word between negator and signal, and only a pronoun or an adverb: in "уехать не
# можем, паспорта у него" the "не" belongs to "можем", not to the passport.
_BETWEEN = {
    "latn": r"me|us|him|her|them|it|my|our|his|their|really|actually|even|ever|yet|menya|nas|ego|ee|ih|mne|nam|indz|mez|nran|iran|irenc|el",
    "cyrl": r"меня|нас|его|ее|её|их|мне|нам|ему|ей|им|мой|мою|мои|наш|наши|уже|даже",
    "armn": r"ինձ|մեզ|նրան|իրեն|իրենց|էլ|մեկին|բան",
}
# "until": "пока не отработаю" is a condition of debt bondage, not a denial.
_UNTIL = r"(?<!пока )(?<!poka )(?<!until )"
_NEGATION = {script: rf"(^|\s){_UNTIL}({words})\s+(({_BETWEEN[script]})\s+)?$" for script, words in _NEGATORS.items()}
# "Nobody is holding me, I just want to quit": the person says no one coerces them.
_NOBODY = {
    "latn": r"\b(nobody|no one|noone|nikto|voch voq|voch mek|vochmek)\b(\s+\S+){0,2}\s+(is |are )?(holding|keeping|forcing|making me|pressur\w*|stopping|derzhit|zastavlya\w*|prinuzhda\w*|ne derzhit|ne zastavlya\w*|chi pahum|chi stipum|chi parta\w*)",
    "cyrl": r"(никто|ни кто)(\s+\S+){0,2}\s+(не )?(держит|заставляет|принуждает|удерживает|мешает уйти)",
    "armn": r"(ոչ ոք|ոչ մեկ|ոչ մեկը)(\s+\S+){0,2}\s+(չի|չեն) (պահում|ստիպում|պարտադրում|խանգարում)",
}
# "My employer did not take my passport": patterns that exclude the negated form do not match
# it, so it is named here as denied.
_KEPT_NOT = {
    "latn": r"\b(never|didn'?t|did not|haven'?t|has not|hasn'?t|won'?t|doesn'?t|does not) (\S+ )?(take|took|taken|hold|held|keep|kept|ask(ed)? for) (my|our|his|her|their|the|any) (passports?|documents?|papers|ids?)\b|\b(nobody|no one) (took|has|kept|keeps|holds|is holding) (my|our|his|her) (passports?|documents?|papers)\b|\b(pasport|dokument)\w*[^.?!]{0,25}\bne (zabiral|bral|otbiral|derzhit|zabrali)\b|\b(anznag|ancnag|pastatxt)\w*[^.?!]{0,25}\b(chi|chen) (vercrel|pahum|vercnum)\b",
    "cyrl": r"(паспорт|документ)\w*[^.?!]{0,25}не (забирал|брал|отбирал|держит|забрали|забирали)|не (забирал|брал|отбирал|забрали|забирали) (\S+ )?(мой |наш )?(паспорт|документ)",
    "armn": r"(անձնագ|փաստաթղթ)\S*[^.?!]{0,25}(չի|չեն) (վերցրել|պահում|վերցնում|պահել)",
}
# A question about what the law allows ("can an employer legally keep a passport?") is
# information, unless the message also says the danger is happening.
_RULES_QUESTION = r"\b(legal|legally|illegal|the law|by law|imeet li pravo|zakonno|po zakonu|orinakan|iravunq uni|orenqov|@st orenqi)\b|законн|имеет ли право|по закону|օրինակա|իրավունք ունի|օրենքով|ըստ օրենքի"
# A threat is coercion when it hangs on resisting: leaving, telling, the police, money, debt.
# "My boss will kill me if I'm late" hangs on nothing of the kind: a figure of speech.
_COERCION = {
    "latn": r"polic|migra|leav|walk out|go out|run|escap|tell|talk|report|complain|pay|money|debt|home|quit|go back|refus|divorc|kids|children|say|speak|call|send|nobody|anyone|trouble|mouth|polits|ostikan|po[xgh]+o|partq|gna|hera|pa[xgh]+ch|pa[xgh]+n|\btun|veradar|bo[xgh]+o[qk]|beran|uho|ukho|uyd|uid|uyt|uit|ube|sbe|skazh|rasskazh|bolta|zayav|zhal|plat|den|dolg|domo|otkaz|razvod|det|uvol",
    "cyrl": r"полиц|миграц|уйд|уйт|уход|сбе|убе|уед|расскаж|скаж|болта|рот|заяв|пожалу|плат|деньг|денег|долг|верн|домой|откаж|развод|дет|кому-то|никому|увол",
    "armn": r"ոստիկան|միգրաց|փախ|գնա|հեռան|ասես|ասեմ|պատմ|բողոք|բերան|վճար|փող|պարտք|տուն|հրաժար|բաժան|երեխ|մեկին",
}
_IF = {"latn": r"\b(if|esli|ete|yete)\b", "cyrl": r"\bесли\b", "armn": r"եթե"}
# A threat to go to court is a dispute, not danger.
# So is a landlord's threat to evict, and "what do I face if..." asks about a penalty.
_COURT = r"\b(sue|court|v sud|sudom|dataran|evict|vyselit|vyselen|vtarel)\w*|в суд|судом|դատարան|выселить|выселени|վտարել|վտարում"
_PENALTY_QUESTION = r"грозит ли|что (мне |нам )?грозит|чем грозит|\b(grozit li|chto (mne |nam )?grozit|chem grozit)\b|\bwhat (do i|would i|will i) face\b"
# Threatening to leave a chat or quit a job is a person's own protest, not a threat to them.
_WALKOUT = r"\bthreat\w* to (leave|quit|cancel|unfollow|unsubscribe|block|stop)\b|грозит\w* (уйти|уволиться|выйти из)"
# A child's planned trip is a paperwork question: "my son is 16 and wants to travel alone".
_PLAN = r"\b(wants?|vanc?|going|plans?|planning|would like) to (travel|trave|go|fly|visit|study|stud)|\b(flies|flying|fly|travels|travelling|traveling|travel) alone\b|\bmenak (a |e )?(trn|trch|gn|mekn)\w*|մենակ (ա |է )?(թռնում|թռնելու|թռչում|թռչելու|գնում|գնալու|մեկնում|մեկնելու)|(թռնում|թռչում|մեկնում|գնում) (ա|է) մենակ|\b(letit|poletit|edet|poedet) (odin|odna)\b|(летит|полетит|едет|поедет) (один|одна)|\b(xochet|hochet|sobiraetsya) (poehat|letet|uchit)|\buzum (a|e) (menak )?(gna|meknel|sovor)|\bmenak (piti|petq a|petk a|petq e|petk e) (trchi|trni|gna|mekni)\b|(хочет|собирается|планирует) (поехать|лететь|полететь|учиться|уехать)|(ուզում|պատրաստվում) (ա|է) (մենակ )?(գնա|մեկնի|սովորի|թռչի)|մենակ (պիտի|պետք ա|պետք է) (թռչի|թռնի|գնա|մեկնի)|\b(dolzhen|dolzhna) (letet|ehat|poehat) (odin|odna)|(должен|должна) (лететь|ехать|поехать) (один|одна)"
# Working out one's notice is a labour question, not debt bondage: "нужно ли отрабатывать две недели".
_NOTICE = r"notice period|(две|2|dve|dvuh) (недел|nedel)|дней отработки|dney otrabotki|отработк\w* по закону|otrabotk\w* po zakonu|при увольнении|pri uvolnenii"
# Vacation and sick leave are labour rights; feeling "trapped in this job" is a figure of speech.
_LABOUR_LEAVE = r"\b(vacation|holiday|sick leave|annual leave|bolnichn|ardzakurd)\w*|\botpusk(a|e|om|u)?\b|\bотпуск(а|е|ом|у|ные|ных)?\b|больничн|արձակուրդ|\bfeel(ing)? (so )?trapped in (this|my|a) (job|work|career|routine|life|marriage|relationship)\b"
# "I'll die in this queue": an everyday nuisance as the cause is hyperbole, not a wish to die.
_NUISANCE = r"\b(queue|line|boredom|laughing|laughter|ocher\w*|skuk\w*|smeh\w*|hert\w*)\b|очеред|скук|от смеха|հերթ|ձանձրույթ|ծիծաղ|\b(this|eta|eto|es) (job|work|rabota|ashxatanq\w*|boss level|heat|zhara|shog)\b|(эта|это) (работа|жара)|էս (աշխատանք|շոգ)"
# Being "stuck" in a spreadsheet, a level or a meeting is a figure of speech, not confinement.
_FIGURATIVE = r"\b(excel|formula|error|spreadsheet|level|meeting|zoom|traffic|loop|formul\w*|oshibk\w*|urovn\w*|levelum|probk\w*|tablic\w*)\b|формул|ошибк|таблиц|уровн|совещани|пробк|ֆորմուլ|լեվել|խցանում"
# Documents kept "so they don't get lost" by family are safekeeping, unless they are refused. An
# employer's "safekeeping" is not: keeping a worker's passport is a sign of forced labour whatever
# the reason given.
_SAFEKEEPING = r"\bso (that )?(they|it) (don'?t|doesn'?t|won'?t) get lost\b|\bfor safekeeping\b|чтобы не потерял|\bchtoby ne poteryal|որ չկորչ|\bvor chkorch"
_FAMILY = r"\b(husband|wife|mom|mum|mother|dad|father|parents|muzh|zhena|mama|mat|papa|otec|roditel\w*|amusin\w*|hayr\w*|cnox\w*)\b|муж\b|мужа\b|жена\b|мам|мать|пап|отец|родител|ամուսին|կինս|մայր|մամա|հայր|պապա|ծնող"
_EMPLOYER = r"\b(boss|employer|family i work for|owner|agent|agency|recruiter|manager|foreman|agentstv\w*|hozya\w*|rabotodatel\w*|nachalnik\w*|brigadir\w*|gorcatu\w*)\b|хозя|работодател|начальник|бригадир|գործատու"
_REFUSED = r"\b(refus|won'?t give|wont give|not give|ne otda|ne vozvrash|chi tal|chen tal)\w*|не отда|не возвраща|не верн|չի տալիս|չեն տալիս|չի տա|չեն տա"
# A book, a film or a game "where" or "about" it happens is a story, not the person's danger.
_FICTION = r"\bin (this|the|my|a) (video |computer |mobile )?game\b|\bv igre\b|в игре|\bxaxum\b|խաղում|\b(book|novel|film|movie|series|documentar\w*|game|episode|knig\w*|film\w*|serial\w*|dokumental\w*|igr[aeuy]|girq\w*|grq\w*)\b[^.?!]{0,40}\b(where|in which|about|gde|v kotor\w*|pro|vortex|vorum|masin)\b|(книг|фильм|сериал|документал|игр[аеуы]\b|сери[яию]\b)\w*[^.?!]{0,40}(где|в котор|про|о том)|(գիրք|գրք|ֆիլմ|սերիալ|վավերագր|խաղ)\S*[^.?!]{0,40}(որտեղ|որում|մասին)"
# Documents stolen or lost are a police report and a new passport, unless an employer holds them.
_THEFT = r"\b(stole|stolen|pickpocket\w*|robbed|ukral\w*|obokral\w*|vytashil\w*|(?<!ne )poteryal\w*|goxac\w*|goghac\w*|korcr\w*|korel)\b|\b(i|we|he|she|they) (have |had )?lost\b|\blost (my|our|his|her|their|the)\b|укра[лд]\w*|обокра\w*|вытащил\w*|(?<!не )потерял\w*|кража|գողաց\S*|կորցր\S*|կորել"
# Fear of a fine or of being late is about paperwork.
_ADMIN_FEAR = r"\b(fine[sd]?|be fined|late|deadline|expired|shtraf|opozd|tugan)\w*|штраф|опозд|просроч|տուգան|ուշան|ժամկետ"
# ... and after one of these in its clause it is a condition or a general question: "what if they take my passport".
_CONDITION = {
    "latn": r"\b(if|whether|in case|what happens when|esli|ete|yete|te|li)\b",
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
    "latn": r"\b(now (i'?m|we'?re|he'?s|she'?s|i am) (home|back|fine|safe|ok|okay)|(long|ages) since (home|back)|(been|was|got) (resolved|settled|sorted out)( in court| by (the )?court)?|moved out (long ago|years ago|already)|davno (uzhe )?(doma|pereehali)|vaxuc (tann|tun)|lucvec|(i'?m|i am|we'?re|he'?s|she'?s|he is|she is|they'?re|they are) (back )?(home|safe) now|(been|is|are) (back )?(home|safe) (since|for)|alive and well|safe and sound|vse ok|seichas doma|amen inch normal|zhiv(oy)? (i )?zdorov|got (it|them|my passport|my documents) back|everything is (fine|ok|okay) now|all (good|fine) now|already (home|back)|seychas (ya )?doma|uzhe doma|vse (normalno|horosho|norm)|hima (tann|lava?|hayastanum|yerevanum)|amen inch lava|(i'?m|i am|we'?re|we are) back (in|at|to) [^.?!]{0,25}\b(now )?(and )?(fine|safe|ok|okay)|arden (tann|yerevan|hayastan)|amen inch lav|got out\b[^.?!]{0,60}\b(fine|safe|ok|okay)|(is|are|am|'s|'re) (now )?safely (home|back)|safely (home|back) now|vs[eyo] vernuli|amen inch kargin|(totally|completely|perfectly) (fine|ok|okay|safe)( now)?|(i'?m|we'?re|i am|we are) (fine|ok|okay|safe) now|vernul(sya|as|is) domo[iy]|(gave|given|handed|returned) (it|them|my passport|the passport|my documents) back|gave (it|them) back)\b",
    "cyrl": r"(сейчас (я |мы |он |она )?дома|давно (уже )?(дома|переехали|вернул\w*)|(уже|давно) переехали|(всё|все) (решилось|уладилось|разрешилось)|(решилось|разрешилось|уладилось) (в суде|судом|мирно)|уже (\S+ )?дома|жив(ой|а)? (и )?здоров|вс[её] ок\b|вс[её] (нормально|хорошо|норм)|вернули паспорт|паспорт вернули|вернул(ся|ась|ись) домой|(утром|потом|сразу|на следующий день) вернул\w*|(я|мы) (сейчас |уже )?в безопасности|вс[её] вернули|(давно|уже|теперь) работаю (в другом месте|у другого))",
    "armn": r"(հիմա (տանն|լավ)|վաղուց (տանն|տուն|Հայաստանում|հայաստանում)|լուծվեց|լուծվել է|ողջ առողջ|ամեն ինչ նորմալ|(ես|մենք) (հիմա |արդեն )?(հանգիստ|ապահով) (եմ|ենք)|տուն (է|ա) վերադարձել|հետ (վերցրի|վերցրինք|տվեցին|տվին|տվեց)|արդեն (տանն|Երևանում|երևանում|Հայաստանում|հայաստանում)|ամեն ինչ լավ|ամեն ինչ կարգին|(?<!չ)վերադարձր(եց|ին))",
}
# ... unless the danger goes on: "i'm home now but my sister is still there".
_STILL = {
    "latn": r"\b(still (there|here|with (him|her|them)|has|have|holds?|keeps?|locked|trapped|missing|not|no|can'?t|cannot)|(is|are|am) still (there|here|with|in|at|locked|trapped|missing|held|kept|not|no|unable|afraid|scared|being)|do sih por|vse eshe|vs[eyo] eshche|po-prezhnemu|(der|derevs|hl@) (entegh|aytegh|nra mot|iranc mot|pahum|chi|chen|chka|chem|pak|korac|voch)|minchev hima)\b",
    "cyrl": r"(до сих пор|вс[её] ещ[её]|по-прежнему)",
    "armn": r"(դեռ|դեռևս|հլը) (այնտեղ|էնտեղ|էնտեղ|նրա մոտ|իրենց մոտ|պահում|չի|չեն|չկա|չեմ|փակ|մոտն|կորած|ոչ մի|գտնվում)|մինչև հիմա",
}
# Laughter marks hyperbole ("the boss will kill me if I'm late, haha"). Never for self-harm:
# people in crisis do write "lol i want to die".
_JOKING = r"(^|\s)(ха(-?ха)*|хах|ахах\w*|ha-ha(-ha)*|haha\w*|hah|ahah\w*|xa-?xa\w*|lol|lmao|xd+|\){3,}|հա-?հա\w*|խա-?խա\w*)([\s.,!)]|$)|[😂🤣😅😆😄😁]"
# A threat is a condition by nature ("if you run away, we will hurt your mother"), and so is
# a wish to die ("if they send me back I will end it"): both stay affirmed under "if".
_UNCONDITIONAL = frozenset({"threats", "self_harm"})
# Not a danger on its own: unpaid wages are a labour dispute (the work-rights answer) unless
# another sign comes with them (no way home, documents taken, confinement, debt...).
_WEAK = frozenset({"unpaid"})
# Concrete on their own: a child alone, a person gone without contact, a hurt person kept from a
# doctor. No everyday message among the training negatives or the evaluation sets states one of
# them (planned trips and paperwork are hedged above), and the classifier, which learns from
# sentence shape, gave some of them almost nothing in Latin-typed Russian ("rebenok odin na
# granice": 0.006).
_CONCRETE = frozenset({"child", "missing", "care_denied"})
_CLAUSE = re.compile(r"[.?!;]")


@dataclass(frozen=True)
class Signals:
    """What the lexicon found in one message."""

    affirmed: frozenset[str]  # categories stated as happening
    denied: frozenset[str]  # categories negated ("did not take")
    conditional: frozenset[str]  # categories under a condition ("if they take")
    past: bool  # a past-time marker anywhere
    resolved: bool = False  # the message says it is over ("now i'm home and fine"), nothing goes on
    rules_question: bool = False  # asks what the law allows
    disclaimed: bool = False  # says nobody coerces the person ("nobody is holding me", "they never took my passport")
    joking: bool = False  # laughter, and no self-harm named
    hedged: frozenset[str] = frozenset()  # categories the sentence explains away (a plan, a dispute, a story, an idiom)

    @property
    def over(self) -> bool:
        """True when the message itself says nobody is in danger now."""
        return self.resolved or self.joking

    @property
    def concrete(self) -> bool:
        """True when a danger that needs no second opinion is stated as happening."""
        return bool(self.affirmed & _CONCRETE) and not self.over

    @property
    def any(self) -> bool:
        """True when a danger is stated as happening and not said to be over."""
        return bool(self.affirmed - _WEAK) and not self.over


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


def _same_sentence(base: str, form: str, position: int) -> str:
    """The sentence of the unfolded text that holds `position` of a folded form (folding keeps punctuation)."""
    sentences = _CLAUSE.split(base)
    index = len(_CLAUSE.findall(form[:position]))
    return sentences[index] if index < len(sentences) else ""


def _safekeeping(text: str) -> bool:
    """Family keeps the documents for safety, and nobody refuses them."""
    return bool(re.search(_SAFEKEEPING, text) and re.search(_FAMILY, text)) and not re.search(_REFUSED, text) and not re.search(_EMPLOYER, text)


def _hedged(category: str, sentence: str, script: str) -> bool:
    """True when the sentence makes the signal a figure of speech, a dispute, a plan or a story."""
    if re.search(_FICTION, sentence):
        return True
    if category == "threats":
        if re.search(_COURT, sentence) or re.search(_WALKOUT, sentence) or re.search(_PENALTY_QUESTION, sentence):
            return True
        if re.search(_NUISANCE, sentence) and not re.search(_COERCION[script], sentence):
            return True
        conditions = [sentence[m.end():].split(",")[0] for m in re.finditer(_IF[script], sentence)]
        return bool(conditions) and not any(re.search(_COERCION[script], c) for c in conditions)
    if category == "confinement":
        return bool(re.search(_LABOUR_LEAVE, sentence) or re.search(_FIGURATIVE, sentence))
    if category == "self_harm":
        return bool(re.search(_NUISANCE, sentence))
    if category == "documents":
        stolen = bool(re.search(_THEFT, sentence)) and not re.search(_EMPLOYER, sentence)
        return _safekeeping(sentence) or stolen
    if category == "debt":
        return bool(re.search(_NOTICE, sentence))
    if category == "child":
        return bool(re.search(_PLAN, sentence))
    if category == "plea":
        return bool(re.search(_ADMIN_FEAR, sentence))
    return False


@lru_cache(maxsize=65536)
def signals(text: str) -> Signals:
    """The danger signals in a message, each affirmed, denied or under a condition."""
    affirmed: set[str] = set()
    denied: set[str] = set()
    conditional: set[str] = set()
    hedged: set[str] = set()
    past = resolved = still = disclaimed = False
    base = light(text)
    for script, form in _forms(text):
        past = past or bool(re.search(_PAST[script], form))
        resolved = resolved or bool(re.search(_RESOLVED[script], form))
        still = still or bool(re.search(_STILL[script], form))
        disclaimed = disclaimed or bool(re.search(_NOBODY[script], form) or re.search(_KEPT_NOT[script], form))
        disclaimed = disclaimed or _safekeeping(form)
        for category, pattern in _compiled()[script]:
            for match in pattern.finditer(form):
                before = _CLAUSE.split(form[: match.start()])[-1]
                sentence = before + _CLAUSE.split(form[match.start():])[0]
                # Armenian and Russian stack negators ("ոչ մեկին դուրս չեն թողնում"): a signal that
                # carries its own negator stays affirmed whatever precedes it.
                own = re.search(rf"(^|\s)({_NEGATORS[script]})(\s|$)", match.group(0))
                if not own and re.search(_NEGATION[script], before):
                    denied.add(category)
                elif category not in _UNCONDITIONAL and re.search(_CONDITION[script], before):
                    conditional.add(category)
                elif _hedged(category, sentence, script) or _hedged(category, _same_sentence(base, form, match.start()), script):
                    conditional.add(category)
                    hedged.add(category)
                else:
                    affirmed.add(category)
    joking = bool(re.search(_JOKING, text.lower())) and "self_harm" not in affirmed
    rules_question = bool(re.search(_RULES_QUESTION, light(text)))
    return Signals(
        frozenset(affirmed), frozenset(denied), frozenset(conditional - affirmed), past,
        resolved=resolved and not still, joking=joking, rules_question=rules_question, disclaimed=disclaimed,
        hedged=frozenset(hedged - affirmed),
    )


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
