import json

from triangulate.ingest import read_paths
from triangulate.model import Article, IngestError

from conftest import SEEDS


def read(*paths):
    items = list(read_paths([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)]


def test_seed_with_date_prefix_on_first_line():
    (article,), errors = read(SEEDS / "001_020eef122d03244a.txt")
    assert not errors
    assert article.published == "2023-12-13"
    assert article.title.startswith("Azerbaijan releases 32 Armenians")
    assert article.outlet == "001_020eef122d03244a"  # from the file name: no metadata
    assert article.language == "en"
    assert article.text == (SEEDS / "001_020eef122d03244a.txt").read_text()  # offsets = file offsets


def test_metadata_lines(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Quake hits island\nPublished: 2005-11-27\nOutlet: Example News\n\nA quake struck.\n")
    (article,), _ = read(f)
    assert (article.title, article.published, article.outlet) == ("Quake hits island", "2005-11-27", "Example News")
    assert all(article.text[s:e].strip() for s, e in article.skip)


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path):
    f = tmp_path / "feed.jsonl"
    good = {"title": "T", "text": "Ten people were hurt in the blast on Monday.", "outlet": "Wire",
            "published": "2024-01-02", "url": "https://example.org/a"}
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    articles, errors = read(f)
    assert [a.outlet for a in articles] == ["Wire"] and articles[0].published == "2024-01-02"
    assert [e.path for e in errors] == [f"{f}:2", f"{f}:3"]
    assert "malformed JSON" in errors[0].error and "text" in errors[1].error


def test_html_drops_scripts(tmp_path):
    f = tmp_path / "page.html"
    body = " ".join(["Rescuers searched the rubble of the collapsed school for survivors."] * 4)
    f.write_text(f"<html><head><title>Quake</title><script>alert('x')</script></head>"
                 f"<body><article><h1>Quake</h1><p>{body}</p><script>steal()</script></article></body></html>")
    (article,), errors = read(f)
    assert not errors and "Rescuers searched" in article.text
    assert "alert" not in article.text and "steal" not in article.text


def test_bad_files_are_reported_one_by_one(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news\n\nbody".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text("Fire downtown\n\nA fire destroyed two shops on Main Street.\n")
    articles, errors = read(tmp_path)
    assert [a.title for a in articles] == ["Fire downtown"]
    reasons = {e.path.rsplit("/", 1)[-1]: e.error for e in errors}
    assert set(reasons) == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"] and "too large" in reasons["huge.txt"]


def test_non_english_is_kept_and_labelled(tmp_path):
    f = tmp_path / "fr.txt"
    f.write_text("Séisme en Iran\n\nUn puissant séisme a frappé le sud de l'Iran dimanche, "
                 "faisant au moins dix morts selon les autorités locales.\n")
    (article,), _ = read(f)
    assert article.language == "fr"


def test_a_language_is_read_from_the_title_and_words_not_from_links(tmp_path):
    f = tmp_path / "links.jsonl"
    f.write_text(json.dumps({"title": "Philadelphia 76ers fired Jim O'Brien as coach and named Maurice Cheeks",
                             "text": "http://query.nytimes.com/gst/fullpage.html?res=9402E6D71239F937A15756C0A9639C8B63"})
                 + "\n")
    (article,), _ = read(f)
    assert article.language == "en"  # the link alone was read as Lithuanian


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    articles, errors = read(tmp_path / "nope.txt")
    assert not articles and "cannot read" in errors[0].error


def test_feed_entries_become_articles(tmp_path):
    f = tmp_path / "news.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
      <item><title>Storm</title><link>https://example.org/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
      <description>A storm left 3,000 homes without power.</description></item></channel></rss>""")
    (article,), errors = read(f)
    assert not errors
    assert (article.outlet, article.published, article.kind) == ("Example Wire", "2024-01-02", "summary")


def test_an_aggregators_feed_entry_keeps_its_own_outlet(tmp_path):
    f = tmp_path / "news.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>News Aggregator</title>
      <item><title>Quake</title><source url="https://wire.example">Example Wire</source>
      <description>A quake struck on Friday night.</description></item>
      <item><title>Quake toll</title><description>The quake killed nine people.</description></item>
      </channel></rss>""")
    articles, _ = read(f)
    assert [a.outlet for a in articles] == ["Example Wire", "News Aggregator"]


def test_broken_feed_and_entries_without_links(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item><title>Half")
    atom = tmp_path / "wire.atom"
    atom.write_text("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title>Flood</title><updated>2024-02-01T08:00:00Z</updated>
      <content type="html">&lt;p&gt;Floods forced 2,000 people from their homes on Thursday.&lt;/p&gt;</content></entry>
      <entry><title>Empty</title></entry></feed>""")
    articles, errors = read(broken, atom)
    assert [a.title for a in articles] == ["Flood"]
    assert articles[0].url is None and articles[0].kind == "full" and articles[0].published == "2024-02-01"
    reasons = {e.path.rsplit("/", 1)[-1]: e.error for e in errors}
    assert set(reasons) == {"broken.rss#1", "wire.atom#2"}
    assert "malformed feed" in reasons["broken.rss#1"] and "no text" in reasons["wire.atom#2"]


def test_jsonl_dumps_are_streamed_and_bad_bytes_stay_on_their_line(tmp_path):
    f = tmp_path / "dump.jsonl"
    good = json.dumps({"title": "T", "text": "A storm cut power to 3,000 homes on Monday."}).encode()
    body = json.dumps({"title": "Pad", "text": "the river rose again " * 50_000}).encode()  # 1 MiB
    with f.open("wb") as out:
        out.write(good + b"\n" + b'{"title": "bad", "text": "caf\xe9"}\n')
        for _ in range(22 * 1024 * 1024 // len(body)):  # bigger than the cap for single files
            out.write(body + b"\n")
    articles, errors = read(f)
    assert articles[0].title == "T" and len(articles) == 1 + 22 * 1024 * 1024 // len(body)
    assert [e.path for e in errors] == [f"{f}:2"] and "UTF-8" in errors[0].error
