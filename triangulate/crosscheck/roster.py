"""Ages of the same person in two reports that do not both name them.

Each report's only age, of the same kind of unnamed person a year apart ("a 24-year-old man"
against "a 25-year-old man"), is one person's.

Reports of one shooting or crash often list the people involved by age ("a 46-year-old man, a
47-year-old woman and a 12-year-old girl" against "Steven Dolan, 46, ... his 11-year-old
stepdaughter"). Ages both reports state are taken as the same people; what is left on each side
pairs up when an age's only best near counterpart (a year apart, of the same sex where both
say) has it as its only best one too: the same person, told with a different age. A third
report carries such a person on to a report that shares too few ages with the first: "a
12-year-old girl" in one, "an 11-year-old girl" in a second that lists the same people, and
"his 11-year-old stepdaughter" in a third that lists the second's.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

from ..facts import people
from ..facts.people import same_person
from ..facts.quantities import ages_apart, is_age
from ..model import Fact

NEAR = 1  # years (or months, for ages in months) two reports' ages of one person may differ by (a birthday, a slip)
SHARED = 2  # ages two reports must share to be taken as listing the same people
MALE = {"man", "men", "boy", "son", "stepson", "grandson", "father", "stepfather", "husband", "brother",
        "male", "gentleman", "boyfriend", "uncle", "nephew", "grandfather", "dad", "he", "him"}
FEMALE = {"woman", "women", "girl", "daughter", "stepdaughter", "granddaughter", "mother", "stepmother",
          "wife", "sister", "female", "lady", "girlfriend", "aunt", "niece", "grandmother", "mom", "she", "her"}


def sex(f: Fact) -> str | None:
    """'male' or 'female' where the age's noun says ("a 12-year-old girl") or the named person's
    given name does ("Steven Dolan, 46"), else None."""
    return sex_of_words(f.keys[1:]) or (people.sex_of_name(f.anchors) if f.anchors else None)


def sex_of_words(words) -> str | None:
    """'male' or 'female' where the words say ("an unidentified woman"), else None."""
    words = set(words)
    if words & MALE and not words & FEMALE:
        return "male"
    if words & FEMALE and not words & MALE:
        return "female"
    return None


def counterparts(facts: list[Fact], aside: Callable[[Fact], bool]) -> set[tuple[str, str]]:
    """Pairs of age facts (ids, both orders) of different articles that are the same person's
    age told differently; `aside(f)` marks figures that are not of the happening. Two reports
    must share at least two ages (in years or months), and leave at most one more unshared, to
    be taken as listing the same people: one shared age is too often a coincidence of a long
    story (a trial, a roundup of the weekend's shootings)."""
    ages: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == "quantity" and is_age(f.value) and not aside(f):
            ages[f.article].append(f)
    pairs: set[tuple[str, str]] = set()
    person = _People()  # ages linked as one person's, across the report pairs that list the same people
    for (_, left), (_, right) in combinations(sorted(ages.items()), 2):
        if len(left) == len(right) == 1 and _only_person(left[0], right[0]):
            pairs |= {(left[0].id, right[0].id), (right[0].id, left[0].id)}
            continue
        common = {_age(f) for f in left} & {_age(f) for f in right}
        shared = [[f for f in left + right if _age(f) == age] for age in common]
        left = [f for f in left if _age(f) not in common]
        right = [f for f in right if _age(f) not in common]
        unshared = max(len({_age(f) for f in left}), len({_age(f) for f in right}))
        if len(common) < SHARED or unshared > len(common) + 1:
            continue
        for a, b in _matched(left, right):
            pairs |= {(a.id, b.id), (b.id, a.id)}
            shared.append([a, b])
        for same in shared:
            person.join(same)
    for group in person.groups():
        if all(len({_age(f) for f in group if f.article == art}) == 1 for art in {f.article for f in group}):
            pairs |= {(a.id, b.id) for a in group for b in group
                      if a.article != b.article and _age(a) != _age(b) and _strength(a, b)}
    return pairs


class _People:
    """Union-find over age facts: which ages are one person's."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.facts: dict[str, Fact] = {}

    def _root(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, same: list[Fact]) -> None:
        for f in same:
            self.facts[f.id] = f
            self.parent.setdefault(f.id, f.id)
        for f in same[1:]:
            self.parent[self._root(f.id)] = self._root(same[0].id)

    def groups(self) -> list[list[Fact]]:
        members: dict[str, list[Fact]] = defaultdict(list)
        for fid, f in self.facts.items():
            members[self._root(fid)].append(f)
        return list(members.values())


def _age(f: Fact) -> tuple:
    return f.value["unit"], f.value["low"], f.value["high"]


def _strength(a: Fact, b: Fact) -> int:
    """0 where two ages cannot be one person's (more than NEAR apart, of another sex, named as
    other people), 2 where their nouns give the same sex, else 1."""
    if a.value["unit"] == b.value["unit"] and "range" not in (a.value["qualifier"], b.value["qualifier"]):
        near = all(x is not None and y is not None and abs(x - y) <= NEAR
                   for x, y in ((a.value["low"], b.value["low"]), (a.value["high"], b.value["high"])))  # ("under 18")
    else:  # in years: "a 6-month-old" and "a 1-year-old", "in his 20s" and "a 25-year-old" are less than a year apart
        near = ages_apart(a.value, b.value) < NEAR
    sa, sb = sex(a), sex(b)
    if not near or sa and sb and sa != sb \
            or a.anchors and b.anchors and not same_person(a.anchors, b.anchors):
        return 0
    return 2 if sa and sa == sb else 1


def _only_person(a: Fact, b: Fact) -> bool:
    """Each report's only age, of the same kind of unnamed person a year apart ("a 24-year-old
    man" against "a 25-year-old man"): one person told with a different age."""
    return not (a.anchors or b.anchors) and _age(a) != _age(b) and _strength(a, b) > 0 \
        and bool(a.keys[1:]) and a.keys[1:] == b.keys[1:]


def _matched(left: list[Fact], right: list[Fact]):
    """Fact pairs whose ages are each other's only best near counterpart. Evidence ranks a pair
    whose nouns give the same sex above one where a side does not say."""
    def best(f: Fact, others: list[Fact]) -> set[tuple]:
        scored = [(_strength(f, o), _age(o)) for o in others]
        top = max((s for s, _ in scored), default=0)
        return {age for s, age in scored if s == top} if top else set()

    best_right = {_age(a): set() for a in left}
    for a in left:
        best_right[_age(a)] |= best(a, right)
    best_left = {_age(b): set() for b in right}
    for b in right:
        best_left[_age(b)] |= best(b, left)
    for a in left:
        for b in right:
            if best_right[_age(a)] == {_age(b)} and best_left[_age(b)] == {_age(a)} and _strength(a, b):
                yield a, b
