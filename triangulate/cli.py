"""Command line: a thin layer over the Python API (`triangulate.analyze`)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__


def _progress():
    """A rich progress bar on stderr, returned as the pipeline's progress callback."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=_stderr(), transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(f"extracting {stage}", total=total)
            bar.start()
        bar.update(tasks[stage], completed=done, total=total)
        if done >= total:
            bar.stop()
    return update


def _stderr():
    from rich.console import Console
    return Console(stderr=True)


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Triangulate: many news reports in, one source-attributed account out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write the JSON report here.")
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False), help="Write the Markdown report here.")
@click.option("--db", default="triangulate.db", show_default=True, help="SQLite store.")
@click.option("--one-event", is_flag=True, help="Treat all PATHS as reports of one event (no clustering).")
@click.option("--quiet", is_flag=True, help="No terminal report, no progress bar.")
def analyze(paths: tuple[str, ...], json_path: str | None, md_path: str | None, db: str,
            one_event: bool, quiet: bool) -> None:
    """Analyse the news articles in PATHS (files or folders: .txt, .jsonl, .html, RSS/Atom).

    Articles are stored in the SQLite store, grouped into events (with the events already
    stored) and cross-checked; the report covers the events the given articles belong to.
    Running twice on the same input changes nothing.  Exit status is non-zero only when no
    article could be read.
    """
    from .pipeline import analyze as run

    report = run(list(paths), db=db, progress=None if quiet else _progress(), one_event=one_event)
    _errors(report.errors)
    _write(report, json_path, md_path, quiet)
    if not report.articles:
        click.echo("no article could be read", err=True)
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", default="triangulate.db", show_default=True, help="SQLite store.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, quiet: bool) -> None:
    """Add the articles in PATHS to the store and to their events (existing or new)."""
    from .pipeline import ingest as run

    result = run(list(paths), db=db, progress=None if quiet else _progress())
    _errors(result.errors)
    copies = sum(1 for a in result.articles if a.duplicate_of)
    click.echo(f"{len(result.articles)} articles read ({result.new} new, {copies} copies), "
               f"{len(result.events)} events updated, {len(result.errors)} errors")
    if not result.articles:
        sys.exit(1)


@main.command()
@click.option("--db", default="triangulate.db", show_default=True, help="SQLite store.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
def events(db: str, as_json: bool) -> None:
    """List the stored events: title, dates, number of sources and outlets."""
    import json

    from .store import Store

    store = Store(db)
    rows = store.event_rows()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table("event", "title", "first", "last", "sources", "outlets")
    for r in rows:  # (Text: a title or outlet is the article's own words, never rich markup)
        table.add_row(r["id"], Text(r["title"][:70]), r["first"] or "?", r["last"] or "?", str(r["sources"]),
                      Text(", ".join(r["outlets"])[:50]))
    Console().print(table)


@main.command()
@click.argument("event_id")
@click.option("--db", default="triangulate.db", show_default=True, help="SQLite store.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write the JSON report here.")
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False), help="Write the Markdown report here.")
def show(event_id: str, db: str, json_path: str | None, md_path: str | None) -> None:
    """Print one stored event: its comparison table and what each source alone adds."""
    from .store import Store

    store = Store(db)
    report = store.report([event_id])
    if not report.events:
        raise click.ClickException(f"no event {event_id!r} in {db}; `triangulate events` lists them")
    _write(report, json_path, md_path, quiet=False)


def _errors(errors) -> None:
    for error in errors:
        click.echo(f"error: {error.path}: {error.error}", err=True)


def _write(report, json_path: str | None, md_path: str | None, quiet: bool) -> None:
    from .report import to_json, to_markdown

    markdown = to_markdown(report)
    if json_path:
        Path(json_path).write_text(to_json(report), encoding="utf-8")
    if md_path:
        Path(md_path).write_text(markdown, encoding="utf-8")
    if not quiet:
        from rich.console import Console
        from rich.markdown import Markdown
        Console().print(Markdown(markdown.replace("<br>", " · ")))  # no line breaks in terminal cells


if __name__ == "__main__":
    main()
