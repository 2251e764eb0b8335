"""Danger signals in a message: a lexicon per language with negation, condition and past markers.

The lexicon alone does not decide (everyday idioms share its words: "this traffic is killing
me"); it gives the danger classifier (`bot/components/danger_detector.py`) features and a
second, lower bar for messages that name a concrete danger. Patterns run on normalised text:
Latin-typed Armenian and Russian are matched in their folded spelling (`fold_transliteration`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from bot.nlu import danger_context as ctx
from bot.nlu.danger_lexicon import HUNGER, NOBODY_RUNS, PAY_TO_RETURN, SIGNALS
from bot.nlu.normalise import fold_transliteration, light

# A threat is a condition by nature ("if you run away, we will hurt your mother"), and so is
# a wish to die ("if they send me back I will end it"): both stay affirmed under "if".
_UNCONDITIONAL = frozenset({"threats", "self_harm"})
# Not a danger on its own: unpaid wages are a labour dispute (the work-rights answer) unless
# another sign comes with them (no way home, documents taken, confinement, debt...); a minor's
# age is a teenager's question ("мне 17, как получить паспорт") unless the child is alone, at
# work or held, which `child` reads.
_WEAK = frozenset({"unpaid", "minor"})
# What a round of a video game does to a player ("PUBG-um mez pakel ein"), read as the game's.
_GAME_ACTS = frozenset({"confinement", "violence", "threats", "stranded"})
# Concrete on their own: a child alone, a person gone without contact, a hurt person kept from a
# doctor or turned away by a hospital, people out in a killing frost. No everyday message among
# the training negatives or the evaluation sets states one of them (planned trips and paperwork
# are hedged in danger_context), and the classifier, which learns from sentence shape, gave
# some of them almost nothing in Latin-typed Russian ("rebenok odin na granice": 0.006). The
# means at hand (a rope bought, pills saved up) likewise: "ya verevku kupil" after a question
# about a diploma got 0.04.
_CONCRETE = frozenset({"child", "missing", "care_denied", "exposure", "means", "farewell"})
# A wish to die or the means at hand is never laughed off or "over": people in crisis write
# "lol i want to die", and a sudden calm after giving things away is a warning sign.
_LIFE = frozenset({"self_harm", "means", "farewell"})
# Laughter makes a figure of speech of a threat or a beating ("he'll kill me lol"), not of a fact:
# a passport held, a child alone, a person gone silent, days stuck at a border with no food or a
# night in the frost stay what they are ("keeps my passport, says I'm his now lol", "stuck at Lars
# 2 days, no food left, -15 ... lol").
_FACTS = _LIFE | {"documents", "child", "missing", "care_denied", "stranded", "exposure"}
# Dangers that end when the person is heard from again or let through: silence, a night stranded.
_ORDEAL = frozenset({"missing", "stranded", "exposure"})
# A reassurance is not the writer's to give while someone listens to their calls or they may not
# say where they are: "all fine, mum, only I can't say where I am, they are listening".
_WATCHED = frozenset({"watched"})
_CLAUSE = re.compile(r"[.?!;]")
_HUNGER = "|".join(HUNGER.values())


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
    joking: bool = False  # laughter, and no self-harm or other fact of danger named
    hedged: frozenset[str] = frozenset()  # categories the sentence explains away (a plan, a dispute, a story, an idiom)
    explained: bool = False  # the message tells of stolen papers, a story or an expected silence, whether or not a danger word matched
    harmless: bool = False  # an everyday scene no danger message sets (a fire drill, cartoons), and no danger word
    cry: bool = False  # the whole message is a cry for help to several ("помогите!", "օգնեցեք", "ognecek xndrum em")

    @property
    def doubtful(self) -> bool:
        """True when the message's own words account for what sounds like danger."""
        return bool(self.hedged) or self.explained

    @property
    def over(self) -> bool:
        """True when the message itself says nobody is in danger now."""
        return self.resolved or self.joking or self.harmless

    @property
    def concrete(self) -> bool:
        """True when a danger that needs no second opinion is stated as happening, or the message is only a cry for help."""
        return (bool(self.affirmed & _CONCRETE) or self.cry) and not self.over

    @property
    def named(self) -> frozenset[str]:
        """The categories stated as happening that are a danger on their own (not unpaid wages alone)."""
        return self.affirmed - _WEAK

    @property
    def any(self) -> bool:
        """True when a danger is stated as happening and not said to be over."""
        return bool(self.named) and not self.over


CATEGORIES = tuple(SIGNALS)
_LETTERS = {"latn": re.compile("[a-z]"), "cyrl": re.compile("[а-яё]"), "armn": re.compile("[\u0531-\u0587]")}


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


def _without_guards(source: str) -> str:
    """A pattern's source with its negative lookarounds, (?!...) and (?<!...), left out."""
    kept, depth, i = [], 0, 0
    while i < len(source):
        piece = re.match(r"\\.|\[\^?\]?(\\.|[^\]])*\]|\(\?<?!|.", source[i:], re.S).group(0)
        i += len(piece)
        if depth:
            depth += piece.count("(") if piece[0] == "(" else -(piece == ")")
        elif piece in ("(?!", "(?<!"):
            depth = 1
        else:
            kept.append(piece)
    return "".join(kept)


@cache
def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its guards, or None when it has none."""
    source = _without_guards(pattern.pattern)
    return re.compile(source) if source != pattern.pattern else None


def _guarded_as_written(pattern: re.Pattern[str], written: str) -> bool:
    """The pattern's words are in the text as written, and one of its guards holds there.

    Folding spells "which", "what", "when" as "vhich", "vhat", "vhen": an English guard of a Latin
    pattern ("pills in front of me", not "which one for a headache") reads only the text as
    written, so a match in a folded form that a guard stops as written does not count.
    """
    bare = _unguarded(pattern)
    return bare is not None and not pattern.search(written) and bool(bare.search(written))


def _same_sentence(base: str, form: str, position: int) -> str:
    """The sentence of the unfolded text that holds `position` of a folded form (folding keeps punctuation)."""
    sentences = _CLAUSE.split(base)
    index = len(_CLAUSE.findall(form[:position]))
    return sentences[index] if index < len(sentences) else ""


def _negated(match: re.Match[str], before: str, script: str) -> bool:
    """A negator just before the match, unless the match carries its own.

    Armenian and Russian stack negators ("ոչ մեկին դուրս չեն թողնում"): a signal that carries its
    own negator stays affirmed whatever precedes it.
    """
    own = re.search(rf"(^|\s)({ctx.NEGATORS[script]})(\s|$)", match.group(0))
    found = re.search(ctx.NEGATION[script], before)
    return not own and bool(found) and not _postposed(before[: found.start()], found.group(0))


def _postposed(head: str, negation: str) -> bool:
    """A "нет" after a word of its own clause closes that clause ("работы нет бьют каждый день"): it negates nothing after it."""
    words = head.split()
    return bool(re.match(r"\s*(нет|net)\s", negation)) and bool(words) and not re.fullmatch(ctx.NET_LEADS, words[-1])


def _conditional(category: str, before: str, script: str) -> bool:
    """A condition or a general question before the match ("what if they take my passport"); never for threats or a wish to die."""
    return category not in _UNCONDITIONAL and bool(re.search(ctx.CONDITION[script], re.split(ctx.OR_NOT, before)[-1]))


def _negation_and_condition(category: str, pattern: re.Pattern[str], match: re.Match[str], before: str, written: str, script: str, folded: bool) -> tuple[bool, bool]:
    """(negated, under a condition) for a match; in a folded Latin form, read in the sentence as written when the pattern matches it there.

    Folding spells "wasn't", "won't", "whether" as "vasnt", "vont", "vhether", which no negator or
    condition reads: "they weren't holding my passport" was denied as written and affirmed folded.
    """
    pairs = [(match, before)]
    if folded:
        pairs = [(m, written[: m.start()]) for m in pattern.finditer(written)] or pairs
    return all(_negated(m, b, script) for m, b in pairs), all(_conditional(category, b, script) for _, b in pairs)


def _veiled_farewell(text: str) -> bool:
    """Affairs put in order for after one's death, or thanks for having been there, with last words (not a story)."""
    affairs = re.search(ctx.FAREWELL_AFFAIRS, text) or re.search(ctx.FAREWELL_THANKS, text)
    return bool(affairs and re.search(ctx.FAREWELL_LAST, text)) and not re.search(ctx.FICTION, text)


def _kept_not(pattern: re.Pattern[str], sentence: str, script: str) -> bool:
    """Every match of a documents pattern in the sentence as written is a form KEPT_NOT denies ("won't take my passport").

    Read in the unfolded sentence: folding Latin letters ("won't" to "vont") hides the denial.
    """
    spans = [m.span() for m in re.finditer(ctx.KEPT_NOT[script], sentence)]
    matches = list(pattern.finditer(sentence))
    return bool(spans and matches) and all(any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans) for m in matches)


def _safekeeping(text: str) -> bool:
    """Family keeps the documents for safety, and nobody refuses them."""
    return bool(re.search(ctx.SAFEKEEPING, re.sub(ctx.QUOTED_SAFEKEEPING, " ", text)) and re.search(ctx.FAMILY, text)) and not re.search(ctx.REFUSED, text) and not re.search(ctx.EMPLOYER, text)


def _explained(text: str) -> bool:
    """A theft or loss of papers (no employer in it), a story's plot, a silence the person expected, an everyday scene, a trip not made yet, notice to quit."""
    if any(re.search(table, text) for table in (ctx.FICTION, ctx.EXPECTED_SILENCE, ctx.EVERYDAY_FRAME, ctx.EVERYDAY_SCENE, ctx.FIGURATIVE, ctx.FREE_TO_QUIT, ctx.NOT_YET_GONE, ctx.QUIT_NOTICE)):
        return True
    return _die_if(text) or _stolen(text)


def _die_if(text: str) -> bool:
    """A nuisance as the cause of death ("I'll die if they refuse my visa again"), not a refused asylum, where going back can mean death."""
    return bool(re.search(ctx.DIE_IF, text)) and not re.search(ctx.ASYLUM, text)


def _stolen(text: str) -> bool:
    """Papers stolen, lost or spoiled by accident, with no employer in the story."""
    return bool(re.search(ctx.THEFT, text) or re.search(ctx.DAMAGED, text)) and not re.search(ctx.EMPLOYER, text)


def _hedged(category: str, sentence: str, script: str) -> bool:
    """True when the sentence makes the signal a figure of speech, a dispute, a plan or a story."""
    if re.search(ctx.FICTION, sentence):
        # "I read a book about it and I want to die too" is the writer's own wish, not the book's
        return not (category in _LIFE and re.search(ctx.OWN_WISH, sentence))
    if category not in _LIFE and (re.search(ctx.NEWS, sentence) or _long_ago(sentence, script)):
        return True
    if category in _GAME_ACTS and re.search(ctx.GAME_TITLE, sentence):
        # locked in a base, killed or threatened in a round of a video game (not a child groomed through one)
        return True
    if category == "threats":
        anger = re.search(ctx.OWN_ANGER, sentence)
        if anger and not re.search(ctx.ADDRESSEE, sentence):
            # "I'll kill my boss": the writer's own anger, not a threat to them; "the boss yells:
            # I'll kill anyone who leaves" quotes the boss, who stands before the words
            before, after = sentence[: anger.start()], sentence[anger.end():]
            if re.search(ctx.EMPLOYER, after) and not re.search(ctx.EMPLOYER, before) or re.search(ctx.MY_BOSS, before):
                return True
            if re.search(ctx.NOISE, sentence):
                # "соседи сверлят с 8 утра, я их убью": anger at a noise
                return True
        if re.search(ctx.WEAPON, sentence):
            return False
        if any(re.search(table, sentence) for table in (ctx.COURT, ctx.PUBLIC_ORDER, ctx.WALKOUT, ctx.PENALTY_QUESTION, ctx.THING_KILLS, ctx.MISHAP, ctx.CASE_HARM)):
            return True
        if re.search(ctx.LAW_CHANGE, sentence) and not re.search(ctx.EMPLOYER, sentence) and not re.search(ctx.COERCION[script], sentence):
            # "a neighbour says we'll all be deported because of the new law": a policy, not a threat
            return True
        if (re.search(ctx.NUISANCE, sentence) or re.search(ctx.FINE_THREAT, sentence)) and not re.search(ctx.COERCION[script], sentence):
            return True
        if re.search(ctx.PENALTY_FOR, sentence) and not re.search(ctx.EMPLOYER, sentence) and not re.search(ctx.COERCION[script], sentence):
            # "в турции депортируют за просрочку визы, а в армении как?": a penalty asked about
            return True
        if re.search(ctx.DISMISSAL, sentence) and not re.search(ctx.DENOUNCE, sentence):
            return True
        if re.search(ctx.DATING_PARTNER, sentence) and re.search(ctx.QUARREL, sentence) and not re.search(ctx.COERCION[script], sentence):
            # "my girlfriend is upset I didn't call, she'll kill me"
            return True
        if re.search(ctx.LATE, sentence) and not re.search(ctx.COERCION[script], re.sub(ctx.LATE, " ", sentence)):
            return True
        conditions = [sentence[m.end():].split(",")[0] for m in re.finditer(ctx.IF[script], sentence)]
        if any(re.search(ctx.TRIVIAL_IF, c) for c in conditions):
            return True
        return bool(conditions) and not any(re.search(ctx.COERCION[script], c) or re.search(ctx.SEEK_HELP, c) for c in conditions)
    if category == "confinement":
        kept_home = bool(re.search(ctx.PARENTS_FORBID, sentence) and re.search(ctx.WORK_ABROAD, sentence))
        curfew = bool(re.search(ctx.CURFEW, sentence) and re.search(ctx.DORM, sentence)) and not re.search(ctx.OUTSIDE_LOCK, sentence)
        moving_out = bool(re.search(ctx.BASEMENT_HOME, sentence) and re.search(ctx.RENT_PRICE, sentence))
        road = bool(re.search(ctx.ROAD_CLOSED, sentence)) and not re.search(ctx.LOCKED_PERSON, sentence)
        return kept_home or curfew or moving_out or road or _pet_locked(sentence) or any(re.search(table, sentence) for table in (ctx.LABOUR_LEAVE, ctx.FIGURATIVE, ctx.ACCOUNT, ctx.EXIT_BAN, ctx.FLIGHT_DELAY, ctx.DEBT_CLOSED, ctx.PAID_OVERTIME, ctx.STUCK, ctx.QUARANTINE, ctx.DOOR_CHORE))
    if category == "means":
        # blood-pressure pills for half a year, to be carried through customs
        return bool(re.search(ctx.MEDICINE_SUPPLY, sentence))
    if category == "self_harm":
        # a pet on a roof, with no person in the sentence; cut oneself shaving or cooking; thoughts long past
        pet_up = bool(re.search(ctx.PET_CLIMBED, sentence)) and not re.search(ctx.PERSON_OBJECT, sentence) and not re.search(ctx.WRITER, sentence)
        # thoughts dated in the past, and now well and treated, not come back
        recovered = bool(re.search(ctx.PAST[script], sentence) and re.search(ctx.RECOVERED, sentence)) and not re.search(ctx.STILL[script], sentence) and not re.search(ctx.AGAIN, sentence)
        # "kinda down today, just tired of everything": a tiredness named as mild, and no wish of the writer's ("i want to die, kinda down")
        mild = bool(re.search(ctx.MILD_MOOD, sentence) and re.search(ctx.TIRED_OF_ALL, sentence)) and not re.search(ctx.OWN_WISH, sentence)
        return bool(re.search(ctx.NUISANCE, sentence) or re.search(ctx.ACCIDENTAL_CUT, sentence)) or mild or pet_up or recovered or _die_if(sentence)
    if category == "documents":
        stolen = _stolen(sentence)
        priced = bool(re.search(ctx.FEE, sentence) and re.search(ctx.MONEY, sentence)) and not re.search(ctx.HELD, sentence)
        copied = bool(re.search(ctx.COPY, sentence)) and not re.search(ctx.ORIGINAL_HELD, sentence)
        # not when "they" said it was for a visa and do not give it back: no application of one's own
        applied = bool(re.search(ctx.EMBASSY, sentence)) and not re.search(ctx.EMPLOYER, sentence) and not (re.search(ctx.CLAIMED_FOR_VISA, sentence) and re.search(ctx.REFUSED, sentence))
        disputed = bool(re.search(ctx.COURT, sentence) and re.search(ctx.CUSTODY, sentence) or re.search(ctx.PARENT_CONSENT, sentence)) and not re.search(ctx.EMPLOYER, sentence)
        general = bool(re.search(ctx.RULES_QUESTION, sentence) and re.search(ctx.GENERIC_WORKER, sentence)) and not re.search(ctx.OWN, sentence)
        checked = bool(re.search(ctx.BORDER_CHECK, sentence))
        return _safekeeping(sentence) or stolen or priced or copied or applied or disputed or general or checked or bool(re.search(ctx.EMPLOYER_ASKS, sentence))
    if category == "exploitation":
        return any(re.search(table, sentence) for table in (ctx.CHORES, ctx.JOKINGLY, ctx.WORK_RULES))
    if category == "debt":
        loan = re.search(ctx.BANK_LOAN, sentence) or re.search(ctx.FRIEND_LOAN, sentence)
        return bool(re.search(ctx.NOTICE, sentence) or re.search(ctx.EXIT_BAN, sentence)) or bool(loan) and not re.search(ctx.EMPLOYER, sentence)
    if category == "child":
        years_lived = bool(re.search(ctx.YEARS_LIVED, sentence)) and not re.search(ctx.CHILD_WORD, sentence)
        return years_lived or bool(re.search(ctx.PLAN, sentence) or re.search(ctx.TEEN_JOB, sentence) and re.search(ctx.RULES_QUESTION, sentence))
    if category == "plea":
        # "помогите решить задачу", "ноут не видит вайфай, помогите": help with a task, a device, a pet or locked-in keys, a ring stuck on a finger, a gift to choose; a fear of flying or of a scam; what to do so it does not happen
        return any(re.search(table, sentence) for table in (ctx.ADMIN_FEAR, ctx.TASK_HELP, ctx.GADGET, ctx.EVERYDAY_SCENE, ctx.EVERYDAY_FRAME, ctx.COOKING, ctx.PET, ctx.KEYS_MISHAP, ctx.BODY_MISHAP, ctx.PHOBIA, ctx.GIFT, ctx.SCAM_FEARED, ctx.PRECAUTION))
    if category == "violence":
        # a match; a drum; a knife that slipped in the kitchen; an attack whose wounds healed and that went to the police
        return bool(re.search(ctx.SPORT, sentence) or re.search(ctx.INSTRUMENT_BEAT, sentence) or re.search(ctx.KNIFE_CHOICE, sentence) or re.search(ctx.KITCHEN_CUT, sentence) or re.search(ctx.HEALED, sentence) and re.search(ctx.POLICE_REPORT, sentence) and not re.search(ctx.STILL[script], sentence))
    if category == "isolation":
        # a parent's rule, a phone taken from a child at school, or phones handed in at an exam or a concert
        return bool(re.search(ctx.PARENT_TOOK_PHONE, sentence) or re.search(ctx.SCHOOL, sentence) and re.search(ctx.CHILD_WORD, sentence) or re.search(ctx.PHONE_RULE, sentence))
    if category == "stalking":
        # "мой кот ходит за мной по пятам": a pet follows, and no person is named
        return bool(re.search(ctx.PET, sentence)) and not re.search(ctx.STALKER, sentence)
    if category in ("stranded", "exposure"):
        # a camping trip; a cancelled flight, for which the airline answers, unless days pass with nothing to eat
        return bool(re.search(ctx.LEISURE, sentence) or re.search(ctx.FLIGHT_DELAY, sentence) and not re.search(_HUNGER, sentence))
    return False


def _real_terms(category: str, sentence: str, script: str) -> bool:
    """Terms that make a holding real even under an "if": locked from outside, kept so nobody runs, papers back only once paid."""
    if category == "confinement":
        return bool(re.search(ctx.LOCK_OUTSIDE, sentence) or re.search(NOBODY_RUNS[script], sentence))
    return category == "documents" and bool(re.search(PAY_TO_RETURN[script], sentence))


def _pet_locked(text: str) -> bool:
    """A pet shut in somewhere, and no person: "the cat locked itself in the wardrobe"."""
    return bool(re.search(ctx.PET_LOCKED, text)) and not re.search(ctx.PERSON_OBJECT, text)


def _scam_check(text: str) -> bool:
    """Whether a job offer is a scam, asked by someone who has not gone yet."""
    return bool(re.search(ctx.NOT_YET_GONE, text) and re.search(ctx.SCAM_CHECK, text))


def _reported_theft(text: str) -> bool:
    """Papers stolen and already reported to the police, with no employer in the story."""
    return _stolen(text) and bool(re.search(ctx.POLICE_REPORT, text))


def _long_ago(sentence: str, script: str) -> bool:
    """The sentence dates its danger years back ("threatened me 7 years ago", "in 2019") and says nothing goes on since."""
    dating = re.sub(ctx.ARRIVAL, " ", sentence)
    dated = any(int(next(filter(None, m.groups()))) <= date.today().year - 2 for m in re.finditer(ctx.DATED_YEAR, dating))
    return bool(dated or re.search(ctx.YEARS_AGO, dating)) and not re.search(ctx.SINCE, sentence) and not re.search(ctx.STILL[script], sentence)


def _resolved(text: str, forms: list[tuple[str, str]]) -> bool:
    """The message says the story is over, in its own words: not in a quote, nor as what someone else says, nor taken back ("всё норм, только..."), nor negated ("не вернулся домой")."""
    # quotes go before folding, which reads a closing apostrophe as a Russian soft sign
    unquoted = re.sub(ctx.QUOTES, " ", text)
    return any(
        (not re.search(ctx.REPORTED, form[: m.start()]) or re.search(ctx.DOCTORS_SAY, form[: m.start()])) and not re.search(ctx.BUT_THEN, form[m.end():]) and not re.search(ctx.NOT_JUST_BEFORE[script], form[: m.start()])
        for script, form in (forms if unquoted == text else _forms(unquoted))
        if _LETTERS[script].search(form)
        for m in re.finditer(ctx.RESOLVED[script], form)
    )


def _joking(text: str) -> bool:
    """Laughter, or the writer's own "it's a joke": not "не шучу", nor a joke someone else claims ("she says it's a joke"), nor one taken back ("шутка. или нет").

    Never when the writer says they are serious ("😂 ... կատակ չի", "lol ... not joking"): then the laughter is how they cope.
    """
    if re.search(ctx.SERIOUS, text):
        return False
    return any(not re.search(ctx.JOKE_TAKEN_BACK, text[m.end():]) for m in re.finditer(ctx.JOKING, text)) or any(
        not re.search(ctx.REPORTED, text[: m.start() + 1]) and not re.search(ctx.JOKE_TAKEN_BACK, text[m.end():])
        for m in re.finditer(ctx.OWN_JOKE, text)
    )


def _reassured(form: str) -> bool:
    """The writer says someone is fine, not as what someone else says ("the agency says he's fine")."""
    return any(not re.search(ctx.REPORTED, form[: m.start()]) for m in re.finditer(ctx.REASSURED, form))


def _rules_question(text: str, asked: bool) -> bool:
    """A sentence that asks what the law allows ("is it legal to keep my passport?"), not "I'm illegal".

    ``asked``: the message as written has the Armenian question mark, which normalising takes out.
    """
    return any(
        re.search(ctx.RULES_QUESTION, s) and (asked or re.search(ctx.QUESTION, s)) for s in re.split(r"(?<=[.?!;\n])", text)
    )


def _paper_needed(text: str) -> bool:
    """A message of one sentence that asks whether a paper, an insurance or a visa is needed."""
    # a second sentence may tell what goes on: "...for a Canadian visa? and I'm locked in a warehouse"
    return len(_CLAUSE.split(text.strip(" .?!;"))) == 1 and bool(re.search(ctx.PAPER_NEEDED, text))


# Explained away by the whole message, wherever the explanation stands: a relative who said they
# would be out of reach, or who sulks after a quarrel and went nowhere, a girlfriend silent for a
# day or three who went nowhere, papers handed over with consent or in the person's own hands,
# things given up before a move abroad, knives packed for a flight.
_MESSAGE_HEDGES = {"violence": ctx.KNIFE_PACKED, "missing": rf"{ctx.EXPECTED_SILENCE}|{ctx.BUSY_REASON}|{ctx.WHAT_TO_WRITE}|^(?![\s\S]*({ctx.DEPARTED}))[\s\S]*({ctx.QUARREL})|^(?![\s\S]*({ctx.DEPARTED}|{ctx.WORK_ABROAD}|{ctx.VANISHED}))(?=[\s\S]*({ctx.FEW_DAYS}))[\s\S]*({ctx.PARTNER})", "documents": f"{ctx.CONSENT}|{ctx.WITH_ME}|{ctx.ON_REQUEST}|{ctx.HOTEL_STAY}", "farewell": ctx.RELOCATION}
# Explained by two things said anywhere in the message: a clause of an offer not signed yet.
_MESSAGE_PAIRS = {category: (ctx.CONTRACT_TERMS, ctx.NOT_SIGNED) for category in ("documents", "debt", "confinement")}


@lru_cache(maxsize=65536)
def signals(text: str) -> Signals:
    """The danger signals in a message, each affirmed, denied or under a condition."""
    affirmed: set[str] = set()
    denied: set[str] = set()
    conditional: set[str] = set()
    hedged: set[str] = set()
    past = still = disclaimed = False
    # the doubt whether this is the place to write ends a sentence of its own (ctx.RIGHT_PLACE)
    text = re.sub(ctx.RIGHT_PLACE, ". ", text)
    base = light(text)
    forms = _forms(text)
    resolved = _resolved(text, forms)
    read: set[str] = set()
    for script, form in forms:
        if form not in read:
            # the tables of every script, once for each distinct form (the Russian and Armenian forms are one text)
            read.add(form)
            disclaimed = disclaimed or _safekeeping(form) or bool(re.search(ctx.OTHERWISE_FINE, form) or re.search(ctx.WITH_ME, form) or re.search(ctx.WAY_HOME, form))
            disclaimed = disclaimed or _reassured(form)
        if not _LETTERS[script].search(form):
            # a script's tables need its letters: an English message skips the Russian and Armenian ones
            continue
        past = past or bool(re.search(ctx.PAST[script], form))
        still = still or bool(re.search(ctx.STILL[script], form))
        disclaimed = disclaimed or bool(re.search(ctx.NOBODY[script], form) or re.search(ctx.KEPT_NOT[script], form))
        for category, pattern in _compiled()[script]:
            for match in pattern.finditer(form):
                before = _CLAUSE.split(form[: match.start()])[-1]
                sentence = before + _CLAUSE.split(form[match.start():])[0]
                written = _same_sentence(base, form, match.start())
                if form != base and _guarded_as_written(pattern, base if pattern.pattern.startswith("^") else written):
                    continue
                negated, condition = _negation_and_condition(category, pattern, match, before, written, script, form != base)
                if negated:
                    denied.add(category)
                elif category == "documents" and _kept_not(pattern, written, script):
                    denied.add(category)
                elif condition and not _real_terms(category, sentence, script):
                    conditional.add(category)
                elif _hedged(category, sentence, script) or _hedged(category, written, script):
                    conditional.add(category)
                    hedged.add(category)
                else:
                    affirmed.add(category)
    if _veiled_farewell(base):
        affirmed.add("farewell")
    # a threat the boss or the owner said is told as heard, whatever laughter goes with it
    joking = _joking(text.lower()) and not affirmed & _FACTS and not ("threats" in affirmed and re.search(ctx.AGGRESSOR_SAID, base))
    # days without food are counted, not a figure of speech ("2 օր ա չեմ կերել 😂 ու տերը ասում ա փող չկա")
    joking = joking and not (affirmed and re.search(_HUNGER, base) and re.search(ctx.DAYS_COUNT, base))
    # "a friend jokingly says they made him a slave there, but they pay well and he's happy"
    joking = joking or not affirmed and bool(re.search(ctx.JOKINGLY, base) and re.search(ctx.CONTENT, base))
    # a volunteer or a hotline asking where to refer someone asks for information
    referral = bool(re.search(ctx.HELPER_ROLE, base) and re.search(ctx.REFER, base))
    rumour = bool(re.search(ctx.RUMOUR, text.lower())) and not re.search(ctx.MINE, base)
    # "my friend says in the UAE they take your passport at work: still true? thinking of going"
    # the light form drops the Armenian question mark ("ճի՞շտ ա, գնալու եմ"): each table may match either form
    prospect = all(re.search(table, base) or re.search(table, text.lower()) for table in ctx.PROSPECT)
    rules_question = _rules_question(base, "\u055e" in text) or referral or rumour or prospect or bool(re.search(ctx.HEARSAY, text.lower()) or re.search(ctx.REALITY_QUESTION, base) or re.search(ctx.CARRY_RULE, base) or re.search(ctx.PRECAUTION, base) or _paper_needed(base))
    hedges = [(category, pattern) for category, pattern in _MESSAGE_HEDGES.items() if category in affirmed]
    hedges += [(category, second) for category, (first, second) in _MESSAGE_PAIRS.items() if category in affirmed and re.search(first, base)]
    if "child" in affirmed and (re.search(ctx.QUESTION, base) or "\u055e" in text or re.search(ctx.NEEDED, base)):
        # "my son is 16 and wants a summer job in a cafe: what permission does he need?", "how long
        # may a child stay without parents while at grandma's?": a plan or a relative's care, asked about
        hedges.append(("child", ctx.CHILD_IN_CARE))
    if referral and re.search(ctx.IF_ANY, base):
        # "I volunteer on a helpline: if a caller says her husband threatens her, where do we refer
        # her?" asks how to help; a case told as happening, or a wish to die, stays.
        hedges += [(category, ctx.HELPER_ROLE) for category in affirmed - _LIFE]
    if rumour:
        # "In our chat they write that in Poland all Armenians' passports are taken: true or fake?"
        # asks whether a rumour is true; what happens to the writer ("my", "меня") stays.
        hedges += [(category, ctx.MEDIUM_SAYS) for category in affirmed - _LIFE]
    if prospect:
        # what is said of a country, asked by someone about to go; a wish to die stays the writer's own
        hedges += [(category, ctx.GOING_THERE) for category in affirmed - _LIFE]
    if "documents" in affirmed and re.search(ctx.RULES_QUESTION, base) and re.search(ctx.GOING_TO, base) and not re.search(ctx.OWN, base):
        # "is it legal for the employer to keep the passport? just curious, I'm going in September":
        # a question before the trip, about no one's papers in particular
        hedges.append(("documents", ctx.GOING_TO))
    if "documents" in affirmed and re.search(ctx.RULES_QUESTION, base) and re.search(ctx.HEARD, base):
        # "I've heard employers there keep passports; I haven't gone yet: is it legal?": what is said, asked before the trip
        hedges.append(("documents", ctx.NOT_YET_GONE))
    if "documents" in affirmed and re.search(ctx.FUTURE_KEEP, base) and re.search(ctx.SHOULD_I_AGREE, base) and (re.search(ctx.GOING_TO, base) or re.search(ctx.NEXT_TRIP, base)) and not re.search(ctx.HELD_NOW, base):
        # "next month I go to Sochi, the employer says he will keep my passport: is it normal, should I agree?": terms before the fact
        hedges.append(("documents", ctx.FUTURE_KEEP))
    if all(re.search(table, base) for table in (ctx.HEARD_FROM, ctx.WORKERS_IN_GENERAL, ctx.SAFE_WAY)) and not re.search(ctx.MINE, base):
        # "they say domestic workers in Saudi Arabia are beaten: is there a safe agency?": what is said of others, and a safe way asked for
        hedges += [(category, ctx.SAFE_WAY) for category in affirmed - _LIFE]
    for premise in (ctx.FICTION, ctx.EXAM_QUESTION):
        # A story's premise (a screenplay, a book) or a case set on an exam ("вопрос на экзамен:
        # работодатель изъял паспорт у работника, какая статья нарушена?") explains every danger
        # word of the message but a wish to die: "I read a book about it and I want to die too" is
        # the person's own.
        if re.search(premise, base):
            hedges += [(category, premise) for category in affirmed - _LIFE]
    for category, pattern in hedges:
        if category in affirmed and re.search(pattern, base):
            affirmed.discard(category)
            hedged.add(category)
            conditional.add(category)
    if re.search(ctx.FOR_MYSELF, base) and re.search(ctx.GENERIC_PERSON_IF, base):
        # "if a person can't speak freely ..., how can they ask for help? I'm asking for myself": the "if" is the writer's own case
        mine = conditional - hedged - denied
        affirmed |= mine
        conditional -= mine
    # "My brother didn't answer for two days, now he wrote": an ordeal over, when nothing else is named
    came_through = bool(re.search(ctx.CAME_THROUGH, base)) and not affirmed - _ORDEAL
    return Signals(
        frozenset(affirmed), frozenset(denied), frozenset(conditional - affirmed), past,
        # "Now everything is fine, finally calm" after things given away is a warning sign, not an ending.
        resolved=(resolved and not affirmed & (_LIFE | _WATCHED) or came_through) and not still, joking=joking, rules_question=rules_question, disclaimed=disclaimed,
        hedged=frozenset(hedged - affirmed), explained=_explained(base), cry=bool(re.fullmatch(ctx.CRY, base)),
        harmless=not affirmed and bool(any(re.search(table, base) for table in (ctx.HARMLESS, ctx.COOKING, ctx.WRITING, ctx.EXIT_BAN, ctx.FILM_TITLE, ctx.GIFT, ctx.LOCKED_OUT, ctx.WHICH_TO_BUY, ctx.VIDEO_GAME, ctx.LOVERS_TIFF, ctx.PLANT_DIED, ctx.QUIT_NOTICE, ctx.DORM_RULE, ctx.DAILY_LIFE, ctx.FILM_SHOOT, ctx.SICK_LEAVE, ctx.OWED_TO_ME, ctx.MEDICINE_QUESTION, ctx.LOAN_RELAXED, ctx.QUARANTINE, ctx.DOOR_CHORE, ctx.NOISE_ANGER)) or _pet_locked(base) or _scam_check(base) or _reported_theft(base))
        # a visa run, a day trip, a runner's knees, interview nerves, football at home, a passport handed in for a visa, whether the boss may fire me, a passport scanned and given back the same day,
        # a border queue, return programmes asked about, a lovers' matter, late for dinner, a birthday planned, the bot told it understands nothing, a friends' bet, a friend offended,
        # a low now better with a therapist sought, a game round won or lost, a new home found, a fence argued over with neighbours,
        # a friend content with a job abroad who invites the writer too, a hangover, an errand at the dry cleaner's, a partner on a
        # business trip who calls every day:
        # scenes that leave no danger word read at all, not even under an "if"
        or not (affirmed or conditional or denied) and any(re.search(table, base) for table in (ctx.RECOVERED, ctx.STAY_COUNT, ctx.SIGHTSEEING, ctx.TIREDNESS, ctx.INTERVIEW_NERVES, ctx.CANT_LIVE_WITHOUT, ctx.MATCH_ON_SCREEN, ctx.VISA_HANDED_IN, ctx.FIRE_QUESTION, ctx.SCAN_SAME_DAY, ctx.BORDER_QUEUE, ctx.RETURN_PROGRAMMES, ctx.PARTNER_ADVICE, ctx.LATE_HOME, ctx.BIRTHDAY_PLANS, ctx.BOT_NOT_UNDERSTANDING, ctx.FRIENDS_BET, ctx.FRIEND_TIFF, ctx.GAME_PLAYED, ctx.NEW_HOME, ctx.NEIGHBOUR_FENCE, ctx.FRIEND_INVITES, ctx.HANGOVER, ctx.LAUNDRY, ctx.BUSINESS_TRIP)),
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
