"""Helpers shared by CLI commands: turning library errors into one clear line."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kroscek.errors import KroscekError

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Print any failure as one ``kroscek: error: ...`` line and exit with a code.

    A KroscekError carries its own message and exit code. An ``OSError`` that no reader
    caught (a report written into a missing folder, a full disk) is still the user's to
    fix, so it names the path and says what to check. Anything else is a bug: one line
    asking for a report, and ``KROSCEK_DEBUG=1`` brings the traceback back. click's own
    exceptions (usage errors, ``--help``) pass through untouched.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KroscekError as exc:
            click.echo(f"kroscek: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kroscek: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            quiet_broken_pipe()
        except OSError as exc:
            if os.environ.get("KROSCEK_DEBUG"):
                raise
            click.echo(f"kroscek: error: {os_error_line(exc)}", err=True)
            sys.exit(1)
        except Exception as exc:
            if os.environ.get("KROSCEK_DEBUG"):
                raise
            disk = _disk_line(exc, kwargs.get("db"))
            if disk is not None:
                click.echo(f"kroscek: error: {disk}", err=True)
                sys.exit(1)
            detail = str(exc).splitlines()[0][:200] if str(exc) else ""
            click.echo(
                f"kroscek: error: internal error ({type(exc).__name__}"
                f"{': ' + detail if detail else ''}) — please report it with the command "
                "you ran; KROSCEK_DEBUG=1 shows the traceback",
                err=True,
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def quiet_broken_pipe() -> None:
    """Exit quietly when the reader of stdout went away (``kroscek stories | head``).

    That is the shell working as meant, not an error to report; stdout is pointed at
    /dev/null so that Python's flush at exit does not print a second complaint.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (a test runner's)
        pass
    sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a program its pipe cut off


def stdout_console(**options: Any) -> Any:
    """A rich Console on stdout that ends a cut pipe (``kroscek stories | head``) as every
    other output does, with 141 and no message; rich's own exits 1, which a script with
    ``set -o pipefail`` reads as "something was skipped"."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            quiet_broken_pipe()

    return PipeConsole(**options)


def _disk_line(exc: Exception, db: object) -> str | None:
    """A full disk or a disk I/O error met by SQLite (``reports``, ``reindex``, ``story``
    writing its cache) is the machine's state, not a kroscek bug: one line saying so; so
    is a corpus another process keeps locked past the 30 s SQLite waits."""
    if type(exc).__module__ != "sqlite3":
        return None
    from kroscek.store.corpus import disk_error

    resume = "run the same command again (what is done is not redone)"
    if "database is locked" in str(exc) or "database is busy" in str(exc):
        where = str(db) if db else "the database"
        return (
            f"{where}: the corpus is locked by another process (an ingest, `kroscek reports` "
            f"or a script writing to it) — wait until it has finished, then {resume}"
        )
    error = disk_error(exc, str(db) if db else "the database", resume=resume)
    return str(error) if error is not None else None


NOTE_PREFIX = "kroscek: note: "


def note(message: str) -> None:
    """Say something the user should know but that is not an error, on stderr, in the one
    form every command uses (``kroscek: note: ...``): stdout stays the data a pipe or a
    file receives, and a script can filter notes by one prefix."""
    click.echo(f"{NOTE_PREFIX}{message}", err=True)


def examples(*lines: str) -> str:
    """The ``Examples:`` block at the foot of a command's ``--help``, one command a line.

    A newcomer copies a working line before reading the option list; click's ``\\b``
    marker keeps each example on its own line instead of rewrapping them into one.
    """
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def show_cluster_notes() -> None:
    """Show what the Dask runner notes during a run (a worker lost, its batches rerun) as
    ``kroscek: note:`` lines on the current stderr; from Python they are ordinary
    ``kroscek.scale`` warnings. (logging is imported here: the CLI's start stays quick.)"""
    import logging

    class NoteHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            note(record.getMessage())

    log = logging.getLogger("kroscek.scale")
    if not any(type(h).__name__ == "NoteHandler" for h in log.handlers):
        log.addHandler(NoteHandler())
        log.propagate = False
    log.setLevel(logging.INFO)  # and the cluster a run got, with its dashboard
    # its "Couldn't gather 1 keys, rescheduling" says the same in Dask's log format; set
    # after distributed is imported, whose own logging set-up would undo it
    try:
        import distributed  # noqa: F401
    except ImportError:  # said in one line when the run reaches for the cluster
        return
    logging.getLogger("distributed.client").setLevel(logging.ERROR)


def os_error_line(exc: OSError) -> str:
    """An operating-system failure as "PATH: what happened — what to check"."""
    where = exc.filename if exc.filename is not None else None
    what = (exc.strerror or str(exc)).lower() if (exc.strerror or str(exc)) else "failed"
    if isinstance(exc, FileNotFoundError) and where is not None:
        folder = os.path.dirname(os.fspath(where)) or "."
        hint = f"the folder {folder} does not exist; create it or choose another path"
    elif isinstance(exc, PermissionError):
        hint = "check the permissions of the file and its folder, or choose another path"
    elif isinstance(exc, IsADirectoryError):
        hint = "give a file name, not a folder"
    else:
        hint = "check the path, the free disk space and the permissions"
    head = f"{os.fspath(where)}: {what}" if where is not None else what
    return f"{head} — {hint}"


def write_output(path: str, text: str, *, spreadsheet: bool = False) -> None:
    """Write a report to ``path`` (UTF-8, ending in a newline) and say so on stderr.

    A ``spreadsheet`` file (CSV) starts with a UTF-8 byte-order mark and ends its last row
    as it ends the others (CRLF): double-clicked, Excel otherwise reads it as the local
    code page and garbles the curly quotes, «», "→" and accented names of the evidence;
    LibreOffice, pandas and Python's ``utf-8-sig`` skip the mark. The web app's CSV
    downloads carry it too. CSV on stdout (a pipe) has none: the next program reads it.
    Failing to write (a missing folder, no permission) raises ``OSError``, which
    ``friendly_errors`` turns into one line naming the path.
    """
    if spreadsheet:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(text.rstrip("\r\n") + "\r\n")
    else:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")
    click.echo(f"wrote {path}", err=True)


_UNITS = {
    "": 1,
    "B": 1,
    "K": 1024,
    "KB": 1024,
    "M": 1024**2,
    "MB": 1024**2,
    "G": 1024**3,
    "GB": 1024**3,
}


class ByteSize(click.ParamType):
    """A size like ``10MB``, ``512K`` or ``2000000`` (binary units), as a number of bytes."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().replace(" ", "")
        number = text.rstrip("KMGB")
        unit = text[len(number) :]
        try:
            size = float(number) * _UNITS[unit]
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size; write e.g. 10MB, 512K or 2000000", param, ctx)
        if size <= 0:
            self.fail("the size must be positive", param, ctx)
        return int(size)


def max_bytes_option(func: F) -> F:
    """The ``--max-bytes`` option every reading command shares (default: Settings)."""
    from kroscek.settings import DEFAULT

    return click.option(
        "--max-bytes",
        type=ByteSize(),
        default=DEFAULT.max_input_bytes,
        show_default=False,
        help="Skip any file, URL or record larger than this [default: 10MB].",
    )(func)


def refuse_html_on_a_terminal(fmt: str, output: str | None) -> None:
    """Raise a ``UsageError`` for an HTML report headed for a terminal: 25 KB of markup
    scrolls past unread, when the user wanted a page to open in a browser."""
    if fmt == "html" and output is None and sys.stdout.isatty():
        from kroscek.errors import UsageError

        raise UsageError(
            "an HTML report is a page for a browser, not for the terminal",
            hint="write it to a file with -o report.html (or redirect: > report.html)",
        )
