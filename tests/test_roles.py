"""Ranks and posts of named people (facts.roles): found next to the name, compared within a kind."""
import pytest
from conftest import analyze_texts

from triangulate.facts import people, roles
from triangulate.nlp.models import spacy_pipeline


def _roles(text: str) -> list[tuple[str, str, str]]:
    doc = spacy_pipeline()(text)
    return [(r.role, r.kind, text[r.start:r.end]) for r in roles.extract(doc, people.mentions(doc))]


@pytest.mark.parametrize("text, found", [
    ("COO Larry Lucchino said the offer stands.", [("chief operating officer", "officer", "COO Larry Lucchino")]),
    ("Larry Lucchino, the team's chief executive officer, declined to comment.",
     [("chief executive", "officer", "Larry Lucchino, the team's chief executive officer")]),
    ("Interior Secretary Dirk Kempthorne announced the changes.",
     [("interior minister", "minister", "Interior Secretary Dirk Kempthorne")]),
    ("Police spokesman Capt. Mike Jones said two men were arrested.",
     [("captain", "rank", "Capt. Mike Jones")]),
    ("Mike Jones, 45, a sergeant with the Baytown police, said so.",
     [("sergeant", "rank", "Mike Jones, 45, a sergeant")]),
])
def test_a_title_next_to_a_name_is_that_persons_role(text, found):
    assert _roles(text) == found


@pytest.mark.parametrize("text", [
    "Former Gov. Rick Perry spoke at the rally on Monday.",  # a post no longer held
    "Tom Hill, the former mayor of Dallas, left the party.",
    "Her rep Steve Honig confirmed the news.",  # a publicist: titles before names are capitalised
    "John Smith, the son of Sen. Ted Cruz's aide, spoke.",  # the senator is someone else
    "Surgeon General David Satcher said the report was clear.",  # an office, not a military rank
])
def test_past_posts_and_other_peoples_titles_are_no_role(text):
    assert [r for r in _roles(text) if "Ted Cruz" not in r[2] and r[1] != "post"] == []  # (a description
    # is kept as a `post`, which never conflicts)


@pytest.mark.parametrize("text, found", [
    ("CIA Director Mike Pompeo met Kim Jong Un.", [("cia director", "CIA Director Mike Pompeo")]),
    ("Trump sent the C.I.A. director Mike Pompeo.", [("cia director", "C.I.A. director Mike Pompeo")]),
    ("Kate Allen, director of Amnesty International UK, said they would protest.",
     [("director of amnesty international uk", "Kate Allen, director of Amnesty International UK")]),
    ("Larry Kudlow, Trump's chief economic adviser, told reporters.",
     [("trump's chief economic adviser", "Larry Kudlow, Trump's chief economic adviser")]),
    ("Her publicist Jane Smith said so.", [("publicist", "publicist Jane Smith")]),
    ("Mr. John Smith said he saw the car.", []),  # an honorific says nothing of a post
    ("Kim Jong Un spoke. Later, North Korean leader Kim Jong Un left.",
     [("north korean leader", "North Korean leader Kim Jong Un")]),  # at any mention, not only the first
])
def test_any_other_description_next_to_a_name_is_a_post(text, found):
    assert [(role, quote) for role, kind, quote in _roles(text) if kind == "post"] == found


def test_two_descriptions_of_one_person_are_compatible_never_a_conflict(tmp_path):
    texts = ["CIA Director Mike Pompeo met Kim Jong Un. Kate Allen, director of Amnesty International UK, said so.",
             "Mike Pompeo, President Trump's nominee for secretary of state, met Kim Jong Un. Amnesty's Kate "
             "Allen said so.",
             "The C.I.A. director Mike Pompeo met Kim Jong Un in secret."]
    event = analyze_texts(tmp_path, texts, "Secret meeting", "2018-04-18").events[0]
    facts = {x.id: x for x in event.facts}
    told = [(c.status, sorted(facts[i].value["role"] for i in c.facts))
            for c in event.comparisons if facts[c.facts[0]].kind == "role"]
    assert ("compatible", ["cia director", "cia director", "president trump's nominee for secretary of state"]) \
        in told
    assert ("single", ["director of amnesty international uk"]) in told
    assert all(status != "conflict" for status, _ in told)


def test_two_posts_of_one_kind_conflict_and_a_shortened_one_does_not():
    assert roles.judge("chief executive", "chief operating officer") == "conflict"
    assert roles.judge("sergeant", "lieutenant") == "conflict"
    assert roles.judge("colonel", "lieutenant colonel") == "compatible"  # ("Col." for a lieutenant colonel)
    assert roles.judge("foreign minister", "deputy foreign minister") == "compatible"


def test_reports_giving_one_person_two_ranks_conflict(tmp_path):
    texts = ["Lt. Sheila Cole of the Anderson County Sheriff's Office said an autopsy will help. CEO Jim Ray "
             "of the range said it was an accident.",
             "Sgt. Sheila Cole said deputies took several guns from the range. Jim Ray, the range's chief "
             "executive officer, said it was safe."]
    event = analyze_texts(tmp_path, texts, "Range shooting", "2016-12-29").events[0]
    facts = {x.id: x for x in event.facts}
    told = sorted((c.status, sorted(facts[i].value["role"] for i in c.facts))
                  for c in event.comparisons if facts[c.facts[0]].kind == "role")
    assert told == [("agree", ["chief executive", "chief executive"]), ("conflict", ["lieutenant", "sergeant"])]


def test_a_post_named_more_fully_agrees_and_another_or_a_past_post_is_compatible():
    assert roles.judge("judiciary chairman", "house judiciary committee chairman", "post") == "agree"
    assert roles.judge("campaign manager", "trump's campaign manager", "post") == "agree"
    assert roles.judge("cia director", "cia director and secretary of state-designate", "post") == "compatible"
    assert roles.judge("campaign chairman", "former campaign chairman", "post") == "compatible"
    assert roles.judge("campaign chair", "chief strategist", "post") == "compatible"  # (posts never conflict)
