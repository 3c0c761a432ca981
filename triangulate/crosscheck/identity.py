"""Whether two facts can be about the same thing: candidates for alignment, and the structure
a contradiction needs (the same measured outcome, the same named person, each report's only
figure for a kind of thing)."""
from __future__ import annotations

import itertools
import re
from collections import defaultdict

from ..facts import dates, manner, people
from ..facts.context import keys_match
from ..facts.people import same_person
from ..facts.quantities import OUTCOMES, PEOPLE, POPULATED, is_age
from ..facts.weapons import GENERIC as GENERIC_WEAPONS
from ..model import Fact
from . import roster

VAGUE_NOUNS = {"", "%", "percent", "per", "cent"}  # "90%" says nothing of what it is a share of
# Counted nouns that count everyone an outcome befell, not a part of them ("two women" of "three
# people"):
WHOLE = {"", "people", "person", "victim", "casualty", "suspect"} | OUTCOMES  # ("50 hurt", "two deaths")
CROWD_OF = {"", "people", "person", "crowd"}  # whoever makes up a crowd


def anchors_compatible(a: Fact, b: Fact) -> bool:
    if not a.anchors or not b.anchors:
        return True
    if is_age(a.value):
        return same_person(a.anchors, b.anchors)
    return any(keys_match(x, y) for x in a.anchors for y in b.anchors)


def same_unit(a: dict, b: dict) -> bool:
    """Values in one unit, or two ages in any units (a 6-month-old and a 1-year-old compare)."""
    return a["unit"] == b["unit"] or is_age(a) and is_age(b)


def candidate(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.article == b.article:
        return False
    if a.kind == "quantity":
        money = {a.value.get("currency"), b.value.get("currency")} - {None}
        measures = {a.value.get("measure"), b.value.get("measure")} - {None, "shot"}  # (the shot are
        # the dead and the wounded together)
        populations = [a.value.get("measure") == "population", b.value.get("measure") == "population"]
        return same_unit(a.value, b.value) and anchors_compatible(a, b) and len(money) <= 1 \
            and len(measures) <= 1 and populations[0] == populations[1]  # dollars and euros are not
        # compared (the rate of the day is unknown), nor the dead with the injured, nor a place's
        # population with any other count ("at least 7" dead would hold its 1.8 million people)
    if a.kind == "date" and (a.value["start"] is None or b.value["start"] is None):
        return dates.days_meet(dates.day_keys(a.value), dates.day_keys(b.value))  # unresolved: comparable only as the same weekday,
        # holiday or day of a month ("on Tuesday" in two undated reports, or in one and "Sept. 9" in the other)
    if a.kind == "place":  # the same place words, or a side of a building each ("outside a lounge", "inside a
        return bool(set(a.value["keys"]) & set(b.value["keys"]) or a.value.get("position") and b.value.get("position"))
        # crowded nightclub")
    if a.kind == "actor":
        return any(keys_match(x, y) for x in a.anchors for y in b.anchors)
    if a.kind == "person":
        return people.related(a.value["keys"], b.value["keys"])
    if a.kind == "role":  # posts of one kind (two ranks, two ministries) given the same named person
        return a.value["kind"] == b.value["kind"] and same_person(a.anchors, b.anchors)
    if a.kind == "residence":  # the home of the same named person, or of "a man" in each report
        if a.anchors or b.anchors:
            return bool(a.anchors and b.anchors) and same_person(a.anchors, b.anchors)
        return a.value["noun"] == b.value["noun"]
    if a.kind in ("condition", "charge", "custody") and a.anchors and b.anchors:
        return same_person(a.anchors, b.anchors)  # of the same named person
    return True


def same_thing(a: Fact, b: Fact, sole: frozenset[str] = frozenset()) -> bool:
    """Structural identity needed before two values may be called a conflict: the same counted
    outcome, or noun and predicate, for counts; a named person for ages; day precision for
    dates (the similarity gate does the rest); `same_measure` for conditions, wounds, weapons,
    charges, manners and custody; quotations and times as they are.  Nothing told of an
    earlier happening (background) conflicts."""
    if a.value.get("background") or b.value.get("background"):
        return False  # a figure, death or arrest of an earlier happening, told for context
    if a.kind == "quantity":
        if is_age(a.value):  # only a named person's age can conflict
            return same_measure(a, b, sole)
        if a.value.get("part") or b.value.get("part"):
            return False  # "one of them": a part of a group, not its size
        if a.value.get("expected") or b.value.get("expected"):
            return False  # a forecast does not contradict what happened
        if a.value.get("previous") or b.value.get("previous"):
            return False  # "from 3.7%": the value before a change
        if a.value.get("statistics") or b.value.get("statistics"):
            return False  # a statistics line's count: of a game, a season...
        if any(bool(a.value.get(k)) != bool(b.value.get(k)) for k in ("increment", "whole_set")):
            return False  # "six more bodies" is not the toll of "60 bodies"; "two bills" may be some
            # of "all 12 bills"
        if a.value["unit"] == "magnitude" or "depth" in (a.value.get("measure"), b.value.get("measure")):
            return same_measure(a, b, sole)  # each report's only magnitude or depth, wherever it is told
        if bool(a.anchors) != bool(b.anchors):
            return False  # "32 Armenian soldiers" vs "two soldiers": whose soldiers is unknown
        if _narrower(a.anchors, b.anchors) or _narrower(b.anchors, a.anchors):
            return False  # "10 killed in Central Aceh district" is a part of "five died in Aceh"
        if a.value.get("measure") or b.value.get("measure"):
            return same_measure(a, b, sole)  # both count the dead, say
        same_words = a.keys[:2] == b.keys[:2] and (a.keys[0] not in VAGUE_NOUNS or _same_share(a, b)) \
            and f"{a.id}/several" not in sole and f"{b.id}/several" not in sole and _same_material(a, b)
        return same_words or same_measure(a, b, sole)  # the same counted noun and verb, or structure
    if a.kind in ("date", "time") and any(v.get(k) for v in (a.value, b.value)
                                          for k in ("stamp", "planned", "bound", "universal", "telling")):
        return False  # the date of a post or page, what is yet to happen, the end of a span, GMT, when it was told
    if a.kind == "date":  # two days for the same happening: the similarity gate decides
        return a.value["precision"] == b.value["precision"] == "day"
    if a.kind in ("condition", "wound", "weapon", "charge", "manner", "custody", "score", "identity", "place",
                  "relation", "residence"):
        return same_measure(a, b, sole)
    if a.kind == "time":  # "the first quake struck at 4:43 a.m." is one of several: not "the quake" of
        return _one_of(a) == _one_of(b)  # another report's "struck at 7:48 a.m.", but maybe its "first quake"
    return a.kind in ("quotation", "role")  # (roles: `candidate` asks for the same person)


PLACE_WORDS = {w[:6] for w in POPULATED | {"islands", "county", "republic", "valley", "mountains", "river", "lake",
                                            "bay", "coast"}}  # (entity keys are six letters at most)


def _narrower(a: list[str], b: list[str]) -> bool:
    """Names `a` holds all of `b`'s and more: a count of a place within the other's place
    ("Central Aceh" within "Aceh"; "Qeshm Island" is no more than "Qeshm")."""
    a, b = [k for k in a if k not in PLACE_WORDS], [k for k in b if k not in PLACE_WORDS]
    return len(a) > len(b) > 0 and all(any(keys_match(x, y) for x in a) for y in b)


def _same_material(a: Fact, b: Fact) -> bool:
    """Gallons of the same stuff, where both say: "5,000 gallons of water" are no count of "100,000
    gallons of petroleum products"."""
    held = a.value.get("material"), b.value.get("material")
    return None in held or held[0] == held[1]


def _share_of(f: Fact) -> bool:
    """A percentage that says what it is a share of by its verb ("was 10% contained", "won 52%
    of the vote"): two reports' figures with the same verb, holder and whole ("the unemployment
    rate rose to 3.6%" is not "wages rose 3%"), alike enough, are one share."""
    return f.value["unit"] == "percent" and len(f.keys) > 1 and bool(f.keys[1])


def _same_share(a: Fact, b: Fact) -> bool:
    wholes = {a.value.get("share"), b.value.get("share")} - {None}
    return _share_of(a) and len(wholes) <= 1


DEPARTURE = re.compile(r"\b(?:(?:left|leaving)(?!\s+(?:the\s+)?(?:tracks?|rails?|road|runway|lane)\b)"
                       r"|departed|departing|took off|taking off|set (?:off|out|sail)|boarded)\b", re.I)  # (not
# "left the tracks": that is the crash)


def _departure(time: Fact) -> bool:
    """A clock time of a journey's start ("the train had left Milan at 5:55 a.m.", "took off at
    10:05"): another report's only time may be of the crash itself, a different moment."""
    return bool(DEPARTURE.search(time.about))


def same_measure(a: Fact, b: Fact, sole: frozenset[str] = frozenset()) -> bool:
    """Both count the same outcome (deaths, injured, ...), are each report's only count of the
    same kind of thing, or give the age of the same named person: structure strong enough that
    a contradiction needs no extra similarity."""
    if a.kind == "wound":  # each report's only wound site, or only side of the same body part
        same_part = a.value["part"] == b.value["part"] and bool(a.value.get("side"))
        return a.id in sole and b.id in sole or same_part and f"{a.id}/side" in sole and f"{b.id}/side" in sole
    if a.kind == "residence":  # the same named person's home (two reports' unnamed "a Dallas man" may be
        return bool(a.anchors and b.anchors) and same_person(a.anchors, b.anchors)  # two men: only their
        # sentences' likeness aligns them, and two such descriptions never conflict)
    if a.kind == "charge":  # the charges against the same named person
        return bool(a.anchors and b.anchors) and same_person(a.anchors, b.anchors)
    if a.kind == "custody":  # the same named person, or each report's only word on custody
        return same_person(a.anchors, b.anchors) if a.anchors and b.anchors else a.id in sole and b.id in sole
    if a.kind == "time":  # each report's only clock time, unless one times the start of a journey
        return a.id in sole and b.id in sole and _departure(a) == _departure(b)
    if a.kind == "score":  # each report's only score, told with two names in common (of the same game)
        return a.id in sole and b.id in sole and len(set(a.anchors) & set(b.anchors)) >= 2
    if a.kind == "identity":  # the victim's (or suspect's) name withheld in one report, given in another, each
        sexes = {_sex_of(a), _sex_of(b)} - {None}  # (not "an unidentified man" against "Sarah Bonner")
        return a.value["role"] == b.value["role"] and a.id in sole and b.id in sole and len(sexes) < 2
    if a.kind == "place":  # each report's only side of a building the happening was on
        return f"{a.id}/position" in sole and f"{b.id}/position" in sole
    if a.kind in ("weapon", "manner", "relation"):  # each report's only kind of weapon, manner or relation
        return a.id in sole and b.id in sole
    if a.kind == "date":  # each report's only day of the happening, or of an arrest
        return any(f"{a.id}/{what}" in sole and f"{b.id}/{what}" in sole for what in ("day", "arrest"))
    if a.kind == "condition":  # the same named person, or each report's only person in a state
        if f"{a.id}/spared" in sole and _a_victims_death(b) or f"{b.id}/spared" in sole and _a_victims_death(a):
            return True  # "all five victims are expected to survive" and, in another report, "a man
            # wounded in the shooting has died"
        sa, sb = _subject(a), _subject(b)
        if isinstance(sa, str) and isinstance(sb, str) and sa and sb and sa != sb:
            return False  # "a woman" is not "a man"
        return bool(a.anchors and b.anchors) or (a.id in sole and b.id in sole) \
            or sa == sb and f"{a.id}/noun" in sole and f"{b.id}/noun" in sole
    if a.kind != "quantity" or not same_unit(a.value, b.value):
        return False
    if is_age(a.value):  # the same named person, or counterparts in two rosters
        return bool(a.anchors and b.anchors) or f"{a.id}/age:{b.id}" in sole
    if a.value["unit"] == "magnitude":  # each report's only magnitude: "a magnitude 6.1 earthquake"
        return a.id in sole and b.id in sole  # and "a 5.9-magnitude tremor" (not an aftershock's)
    if a.value.get("measure") == "depth" or b.value.get("measure") == "depth":  # each report's only depth:
        return f"{a.id}/depth" in sole and f"{b.id}/depth" in sole  # "at a depth of 1.2 miles", "12 miles deep"
    if f"{a.id}/bail" in sole and f"{b.id}/bail" in sole:  # each report's only bail: "his bond was set at
        return True  # $500,000" and "held on $750,000 bond"
    if a.id in sole and b.id in sole and a.keys[0] == b.keys[0] and _same_material(a, b):
        return True  # "four villages" and "seven villages", each report's only count of villages
    if a.value.get("measure") == b.value.get("measure") == "population":  # "home to 120,000 people" and
        return bool(a.anchors and b.anchors)  # "Qeshm has 200,000 residents": of the same named place
    crowd = a.value.get("measure") == "crowd" and bool({a.keys[0], b.keys[0]} & CROWD_OF)  # ("5,000 demonstrators"
    # and "a crowd of 12,000"; not "two dozen protesters" and "100 mourners", two groups)
    whole = {a.keys[0], b.keys[0]} <= WHOLE or a.keys[0] == b.keys[0] or crowd \
        or 0 in (a.value["high"], b.value["high"])
    # "two women" is part of "three people"; but "no injuries" leaves no one hurt, "two firefighters" neither
    return whole and a.value.get("measure") is not None and a.value.get("measure") == b.value.get("measure")


def sole(facts: list[Fact]) -> frozenset[str]:
    """Facts that are their article's only statement of a kind of thing, however often repeated:
    - a count of something other than people ("seven villages"): two reports' only figures for
      villages count the same villages (people are counted in too many roles for that, and so
      are unnamed people's ages: one report's "18-year-old man" may be the other's suspect; so
      are tallies of play, and figures that are no count of their noun: `_counts_its_noun`);
    - the condition of one person only ("a man has died", "he is in critical condition"; none
      in a report that tells of several people in a state: "two workers were killed"), and one
      state of the person a noun names, marked `id/noun` ("the woman is in serious condition"
      against another report's "a Georgia woman died", though it also tells of a man found dead);
    - one magnitude ("a magnitude 6.1 earthquake" against another report's "5.9-magnitude"), and
      one depth, marked `id/depth` ("at a depth of 1.2 miles" against "12 miles deep");
    - one clock time ("at 10:45 p.m." against another report's "just before 10:30 p.m."; not
      parts of the day, timestamps, the same moment in GMT, nor the time of one of several
      happenings: "the first quake struck at 4:43 a.m.");
    - one wound site ("in the hip" against another report's "in the lower abdomen");
    - one relation of the victim to the attacker ("shot his wife" against another report's "shot
      his girlfriend"; "his wife" and "his spouse" are one);
    - one manner ("the shooting was accidental" against another report's "it was no accident"),
      or several that can all be true ("an apparent self-inflicted wound", "a suicide");
    - one word on custody ("the shooter is on the loose" against "two suspects were arrested");
    - one kind of weapon ("a handgun" against another report's "a hunting rifle"; "the gun" or
      "a weapon" besides "a .45 handgun" is the same one);
    - one side of a body part, marked `id/side` ("behind her left ear" against another report's
      "behind her right ear", whatever other wounds both name);
    - one day of the happening, marked `id/day` (a day-precision date whose clause tells a
      shooting, a quake, a crash...: "striking their daughter on Saturday" against another
      report's "wounded on Sunday by her father"; in a report that tells no such day, the day police
      were called out: "police were called ... at 12:31 a.m. Wednesday"), and one day of an arrest,
      marked `id/arrest` ("was arrested Friday" against "Thursday afternoon's arrest");
    - one sum of bail, marked `id/bail` ("his bond was set at $500,000" against "held on $750,000 bond").
    Ages of one person in two reports that do not both name them are marked `id/age:other id`
    (`roster.counterparts`: "a 12-year-old girl" against "his 11-year-old stepdaughter").
    Counts whose article gives several figures for the same noun are marked `id/several`: one
    report's "200 million doses" (the whole order), "70 million" (delivered by June) and "400
    million" (an option) play roles another report's figures cannot be matched to by words."""
    crowded = {f.article for f in facts if f.kind == "condition" and f.value.get("group")}  # (several
    # people in a state: none is the report's only one)

    def kinds_of(f: Fact):  # [(what is stated, its value, mark)] for the rules that apply
        if f.value.get("background"):
            return []  # told of an earlier happening
        if f.kind == "quantity" and f.value["unit"] == "count" and f.keys[0] and f.keys[0] not in PEOPLE \
                and not (_aside(f) or f.value.get("increment") or f.value.get("text", "").lower() == "another"):
            # ("another bill" is one besides a bill told before, not all of them); a figure that is
            # no count of its noun is never sole, but still makes the noun's other figures several
            return [((f.article, "count", f.keys[0]), (f.value["low"], f.value["high"]),
                     f.id if _counts_its_noun(f) else None)]
        if f.kind == "quantity" and f.value["unit"] == "magnitude" and not _aside(f):
            return [((f.article, "magnitude"), (f.value["low"], f.value["high"]), f.id)]
        if f.kind == "quantity" and f.value.get("measure") == "depth" and not _aside(f):
            return [((f.article, "depth"), (f.value["low"], f.value["high"]), f"{f.id}/depth")]
        if f.kind == "quantity" and f.value["unit"] == "money" and set(f.keys) & BAIL:
            return [((f.article, "bail"), (f.value["low"], f.value["high"]), f"{f.id}/bail")]
        if f.kind == "condition":  # (the article's only person in a state; its only state of "the woman")
            noun = _subject(f) if not (f.value.get("group") or f.value.get("background")) else None
            return ([((f.article, "condition"), _subject(f) or None, f.id)] if f.article not in crowded else []) \
                + ([((f.article, "condition of", noun), f.value["state"], f"{f.id}/noun")]
                   if isinstance(noun, str) and noun else [])  # a pronoun could be anyone
        if f.kind == "time" and f.value["qualifier"] != "part of day" \
                and not any(f.value.get(k) for k in ("stamp", "planned", "bound", "universal")) \
                and not _one_of(f):  # (GMT: the same moment told again, "at 3 p.m. (1200 GMT)")
            return [((f.article, "time"), (f.value["start"], f.value["end"]), f.id)]
        if f.kind == "date" and f.value["precision"] == "day" \
                and not any(f.value.get(k) for k in ("stamp", "planned", "qualifier", "background", "in_time")):
            if set(f.keys) & HAPPENING:
                return [((f.article, "day"), f.value["start"], f"{f.id}/day")]
            if set(f.keys) & CALLED_OUT and set(f.keys) & RESPONDERS:
                return [((f.article, "callout"), f.value["start"], f"{f.id}/day")]
            if set(f.keys) & ARREST:
                return [((f.article, "arrest"), f.value["start"], f"{f.id}/arrest")]
        if f.kind == "manner":
            return [((f.article, "manner"), f.value["manner"], f.id)]
        if f.kind == "relation":  # (of one group: "his wife" and, later, "his spouse")
            return [((f.article, "relation"), f.value["group"], f.id)]
        if f.kind == "place" and f.value.get("position") and set(f.keys) & (HAPPENING | {"fire"}):
            return [((f.article, "position"), f.value["position"], f"{f.id}/position")]  # ("opened fire
            # inside a nightclub")
        if f.kind == "identity":  # (a report that names one victim and withholds another's name is neither)
            return [((f.article, "identity", f.value["role"]), f.value["state"], f.id)]
        if f.kind == "score":  # (its title's "3-1" and its body's "a 3-1 win" are one score)
            return [((f.article, "score"), tuple(sorted(f.value["pair"])), f.id)]
        if f.kind == "custody":
            return [((f.article, "custody"), f.value["status"], f.id)]
        if f.kind == "weapon":  # "the gun" does not make a second weapon of "a .45 handgun"
            return [((f.article, "weapon"), None if f.value["kind"] in GENERIC_WEAPONS else f.value["kind"], f.id)]
        if f.kind == "wound":
            part, side = f.value["part"], f.value.get("side")
            return [((f.article, "wound"), (part, side), f.id), ((f.article, "side", part), side, f"{f.id}/side")]
        return []

    stated = [k for f in facts for k in kinds_of(f)]
    dead = {f.article for f in facts if f.kind == "condition" and f.value["state"] == "dead"}
    spared = [f"{f.id}/spared" for f in facts if f.kind == "condition" and f.article not in dead and _spares_all(f)]
    stated += [((f.article, "figures", f.value["unit"], f.keys[0], bool(f.value.get("increment")),
                 tuple(f.anchors) if f.value["unit"] in ("distance (m)", "percent") else (),  # distances from
                 (f.keys[1], f.value.get("share")) if _share_of(f) else None),  # different places, shares
                # of different holders, verbs or wholes
                (f.value["low"], f.value["high"]), f"{f.id}/several") for f in facts if f.kind == "quantity"
               and f.keys and not (_aside(f) and not _planned_only(f))]  # (a plan's figure, "will supply 200
    # million doses", is no count of what happened, but still one more figure for doses)
    # the day police were called out is the happening's in a report that tells no other (past
    # midnight, the call may come on the next day)
    told_day = {what[0] for what, _, _ in stated if what[1:] == ("day",)}
    stated = [((what[0], "day"), value, mark) if what[1:] == ("callout",) else (what, value, mark)
              for what, value, mark in stated if what[1:] != ("callout",) or what[0] not in told_day]
    values: dict[tuple, set] = defaultdict(set)
    for what, value, _ in stated:
        if value is not None:
            values[what].add(value)

    def several(what: tuple) -> bool:  # (manners that can all be true are one account: "an apparent
        # self-inflicted wound" and "a suicide")
        told = values[what]
        return len(told) > 1 and not (what[1] == "manner" and all(
            manner.judge(x, y) != "conflict" for x, y in itertools.combinations(told, 2)))

    return frozenset([mark for what, _, mark in stated if mark and several(what) == mark.endswith("/several")]
                     + [f"{a}/age:{b}" for a, b in roster.counterparts(facts, _aside)] + spared)


def _sex_of(f: Fact) -> str | None:
    """The sex an identity fact tells: the withheld one's noun ("an unidentified woman"), the
    named one's given name ("Justin Malone")."""
    if f.value["state"] == "named":
        return people.sex_of_name(f.anchors)
    return roster.sex_of_words([f.value.get("who", ""), *re.findall(r"[a-z]+", f.value["text"].lower())])


def _spares_all(f: Fact) -> bool:
    """"All five victims are expected to survive", "the wounded will live": every victim alive,
    in a report that tells no death (else "the victims" may be those who lived)."""
    return f.value["state"] == "alive" and bool(f.value.get("group")) and not f.value.get("background") \
        and len(f.keys) > 1 and f.keys[-1] in ALL_HURT


ALL_HURT = {"victims", "victim", "wounded", "injured", "all", "everyone", "everybody"}  # (not "others":
# "five others are expected to survive" is said beside a death)
PERPETRATORS = {"suspect", "gunman", "shooter", "attacker", "assailant", "bomber", "killer", "perpetrator"}


def _a_victims_death(f: Fact) -> bool:
    """A death told of one person who is not said to be the one who did it."""
    return f.kind == "condition" and f.value["state"] == "dead" and not f.value.get("group") \
        and not f.value.get("background") and not set(f.keys[1:]) & PERPETRATORS


HAPPENING = {"shoot", "shooting", "kill", "strike", "hit", "wound", "injure", "attack", "explode", "explosion",
             "crash", "collapse", "erupt", "occur", "happen", "stab", "murder", "quake", "earthquake",
             "blast", "storm", "incident", "tragedy", "accident"}  # what the report is about, not what followed
# ("died on Monday", "was arrested on Tuesday"; "fire" is left out: "he was fired on Monday")
# a clause of responders called out: "police were called to a residence at 12:31 a.m. Wednesday" (not "he
# called his mother on Monday")
CALLED_OUT = {"call", "respond", "dispatch", "summon"}
RESPONDERS = {"police", "officer", "deputy", "trooper", "firefighter", "paramedic", "medic"}
BAIL = {"bail", "bond"}
ARREST = {"arrest", "apprehend", "detain"}  # each report's only day of an arrest is compared too


def _counts_its_noun(f: Fact) -> bool:
    """Whether a figure counts the things its noun names: not when joined to the noun by a
    hyphen (a modifier of another noun: "a 10-fight streak", "a four-by-four car", "a
    three-point play"), nor a decimal ("16.8 points" is an average, "a 3.0 quake" a magnitude;
    "16.7 million jobs" is a count), nor "two others" or "three other rifles" (counted besides
    those told of before), nor a tally of play ("52 games", "nine carries"): a game's report
    counts games, points and yards in too many roles (a season, a streak, one game) for its
    only such figure to be another report's; nor one ("one juror said", "one crewman"), which
    singles out one of them."""
    number = f.value.get("text") or ""
    if f.keys[0] in TALLIES or OTHER.search(f.quote) or DECIMAL.search(number) and not SCALE.search(number):
        return False
    if f.value.get("low") == f.value.get("high") == 1:
        return False
    return not (number and re.search(re.escape(number) + r"\s?-\s?[A-Za-z]", f.quote))


OTHER = re.compile(r"\bothers?\b", re.I)
TALLIES = {"game", "match", "season", "point", "goal", "assist", "rebound", "yard", "carry", "catch", "touchdown",
           "run", "rbi", "homer", "inning", "hit", "round", "win", "loss", "victory", "defeat", "fight", "ko",
           "knockout", "title", "medal", "start", "appearance", "lap", "stroke", "set", "seed"}
DECIMAL = re.compile(r"\d\s?\.\s?\d")
SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.I)  # "16.7 million jobs" is a count


def _planned_only(f: Fact) -> bool:
    return bool(f.value.get("expected")) and not any(f.value.get(k) for k in ("part", "previous", "background"))


ONE_OF_SEVERAL = {"first", "second", "third", "fourth", "initial", "another", "latest", "subsequent", "previous"}


def _one_of(f: Fact) -> frozenset[str]:
    """The words that make what a fact is about one of several happenings ("the first quake")."""
    return frozenset(ONE_OF_SEVERAL & set(f.about.lower().split()))


def _aside(f: Fact) -> bool:
    """A figure that is not the count of what happened: a part, a forecast, an earlier value or
    an earlier happening's."""
    return any(f.value.get(k) for k in ("part", "expected", "previous", "background"))


def _subject(f: Fact) -> tuple | str:
    """Whose condition: the name keys, else the head noun ("man"); "" for a pronoun or a
    generic word, which could be anyone the report speaks of."""
    if f.anchors:
        return tuple(f.anchors)
    noun = f.keys[-1] if len(f.keys) > 1 else ""
    return "" if noun in ANYONE else SAME_PERSON_NOUN.get(noun, noun)


ANYONE = {"", "he", "she", "they", "him", "her", "victim", "victims", "person", "people", "who"}
SAME_PERSON_NOUN = {"male": "man", "female": "woman", "teenager": "teen", "gentleman": "man", "lady": "woman"}
