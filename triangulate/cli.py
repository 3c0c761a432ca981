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
@click.option("--quiet", is_flag=True, help="No terminal report, no progress bar.")
def analyze(paths: tuple[str, ...], json_path: str | None, md_path: str | None, db: str, quiet: bool) -> None:
    """Analyse the news articles in PATHS (files or folders: .txt, .jsonl, .html, RSS/Atom).

    All articles given to one call are treated as reports of ONE event (event clustering
    comes later).  Everything is stored in the SQLite store; running twice on the same input
    changes nothing.  Exit status is non-zero only when no article could be read.
    """
    from .pipeline import analyze as run
    from .report import to_json, to_markdown

    report = run(list(paths), db=db, progress=None if quiet else _progress())
    for error in report.errors:
        click.echo(f"error: {error.path}: {error.error}", err=True)
    markdown = to_markdown(report)
    if json_path:
        Path(json_path).write_text(to_json(report), encoding="utf-8")
    if md_path:
        Path(md_path).write_text(markdown, encoding="utf-8")
    if not quiet:
        from rich.console import Console
        from rich.markdown import Markdown
        Console().print(Markdown(markdown))
    if not report.articles:
        click.echo("no article could be read", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
