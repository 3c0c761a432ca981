from triangulate.dedupe import Deduplicator
from triangulate.ingest.common import content_key
from triangulate.model import Article

STORY = ("The city council voted on Tuesday to close the old river bridge after engineers found deep "
         "cracks in two of its supports. Officials said repairs could take a year and would cost about "
         "four million dollars. Commuters will be sent across the northern bridge, which the transport "
         "department expects to carry twice its usual traffic. Shop owners near the closed crossing said "
         "they feared losing customers, and the mayor promised a fund to help them through the works. "
         "Engineers first noticed the damage during a routine inspection in the spring, the report said.")


def art(text, outlet):
    return Article(id=content_key(text + outlet), path=f"{outlet}.txt", title="t", text=text, outlet=outlet)


def test_syndicated_copies_point_to_the_first_and_keep_every_outlet():
    d = Deduplicator()
    first = d.add(art(STORY, "Wire"))
    copy = d.add(art(STORY.replace("Tuesday", "Tuesday night") + " Staff contributed.", "Local"))
    other = d.add(art("Engineers said on Tuesday that the northern bridge is safe and will stay open. " * 3, "Other"))
    assert first.duplicate_of is None and copy.duplicate_of == first.id
    assert other.duplicate_of is None
    assert first.outlets == ["Wire", "Local"]


def test_a_trimmed_copy_is_a_copy_of_the_full_story_whichever_comes_first():
    lead = STORY[:STORY.index(" Shop owners")]
    d = Deduplicator()
    trimmed = d.add(art(lead, "Metro"))
    full = d.add(art(STORY, "Wire"))
    shorter_again = d.add(art(lead, "Daily"))
    assert trimmed.duplicate_of == full.id and shorter_again.duplicate_of == full.id
    assert full.duplicate_of is None and full.outlets == ["Wire", "Metro", "Daily"] and trimmed.outlets == []


def test_a_quoted_sentence_is_no_copy_of_the_story_it_quotes():
    d = Deduplicator()
    story = d.add(art(STORY, "Wire"))
    quoting = d.add(art("The mayor defended the decision. " + STORY.split(". ")[1] + ". Residents of the east side "
                        "said the closure would add an hour to their commute, and several asked the council to "
                        "reconsider the timing before the winter, when the northern bridge is often icy.", "Blog"))
    assert story.duplicate_of is None and quoting.duplicate_of is None


def test_a_copy_of_a_story_stored_by_an_earlier_run_is_a_copy_and_stays_one(tmp_path):
    from triangulate.pipeline import ingest

    db = str(tmp_path / "t.db")
    lead = STORY[:STORY.index(" Shop owners")]
    (tmp_path / "wire.txt").write_text("Bridge closes\ndate 2024-03-12\nOutlet: Wire\n\n" + STORY + "\n")
    (tmp_path / "metro.txt").write_text("Old bridge shut\ndate 2024-03-12\nOutlet: Metro\n\n" + lead + "\n")
    (wire,) = ingest([str(tmp_path / "wire.txt")], db=db, embeddings=False).articles
    from triangulate.store import Store
    assert set(Store(db).signatures([wire.id])) == {wire.id}  # kept, so later runs need not hash it again
    second = ingest([str(tmp_path / "metro.txt")], db=db, embeddings=False)
    again = ingest([str(tmp_path / "metro.txt")], db=db, embeddings=False)
    for run in (second, again):
        (copy,) = run.articles
        (event,) = run.events
        assert copy.duplicate_of is not None and copy.duplicate_of in event.articles
        assert {f.article for f in event.facts} == {copy.duplicate_of}  # one source


def test_a_stored_signature_finds_the_same_copies_as_the_text():
    wire = art(STORY, "Wire")
    fresh = Deduplicator()
    fresh.known(wire)
    signed = art(STORY, "Wire")
    signed.signature = wire.signature  # (as the store gives it back)
    stored = Deduplicator()
    stored.known(signed)
    copy = art(STORY.replace("Tuesday", "Tuesday night"), "Local")
    assert wire.signature and fresh.copy_of(copy).id == stored.copy_of(art(copy.text, "Local")).id == wire.id
