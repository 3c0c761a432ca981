import json

from click.testing import CliRunner

from triangulate.cli import main

from conftest import SEEDS


def test_analyze_writes_json_and_markdown(tmp_path):
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    result = CliRunner().invoke(main, ["analyze", str(SEEDS), "--db", str(tmp_path / "t.db"),
                                       "--json", str(out_json), "--markdown", str(out_md), "--quiet"])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text())
    assert report["schema"] == "triangulate.report/1" and len(report["articles"]) == 2
    md = out_md.read_text()
    assert "### Across sources" in md and "### What each source alone adds" in md


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 1
    assert "empty file" in result.output


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = CliRunner().invoke(main, ["analyze", str(SEEDS), str(tmp_path / "bad.txt"),
                                       "--db", str(tmp_path / "t.db"), "--json", str(tmp_path / "r.json"), "--quiet"])
    assert result.exit_code == 0
    report = json.loads((tmp_path / "r.json").read_text())
    assert len(report["articles"]) == 2 and report["errors"][0]["path"].endswith("bad.txt")


def test_article_text_is_escaped_in_markdown(tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text("<script>alert(1)</script> Fire | downtown\n\nA fire destroyed 2 shops on Main Street on Monday.\n"
                 "Published: 2024-01-02\n")
    out = tmp_path / "r.md"
    result = CliRunner().invoke(main, ["analyze", str(f), "--db", str(tmp_path / "t.db"), "--markdown", str(out), "--quiet"])
    assert result.exit_code == 0
    assert "<script>" not in out.read_text()


def test_ingest_events_and_show(tmp_path):
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(SEEDS), "--db", db, "--quiet"])
    assert result.exit_code == 0 and "2 articles read (2 new, 0 copies), 1 events updated" in result.output
    listed = runner.invoke(main, ["events", "--db", db, "--json"])
    (row,) = [json.loads(line) for line in listed.output.splitlines()]
    assert row["sources"] == 2 and row["first"] == row["last"] == "2023-12-13"
    out = tmp_path / "e.json"
    shown = runner.invoke(main, ["show", row["id"], "--db", db, "--json", str(out)])
    assert shown.exit_code == 0 and "Across sources" in shown.output
    assert json.loads(out.read_text())["events"][0]["id"] == row["id"]
    missing = runner.invoke(main, ["show", "e000", "--db", db])
    assert missing.exit_code != 0 and "triangulate events" in missing.output


def test_an_articles_words_are_never_terminal_markup(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("[bold red]Evil[/] headline\ndate 2024-01-02\nOutlet: [blink]Bad[/blink]\n\n"
                   "A fire at a warehouse in Dover on Monday killed three people, police said.\n")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(src), "--db", db, "--quiet"]).exit_code == 0
    listed = runner.invoke(main, ["events", "--db", db], env={"COLUMNS": "200"})
    assert "[bold red]Evil[/]" in listed.output and "[blink]Bad" in listed.output
