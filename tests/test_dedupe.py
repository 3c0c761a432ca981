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
