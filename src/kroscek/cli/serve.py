"""``kroscek serve``: the web app over a corpus database, on loopback unless told otherwise."""

from __future__ import annotations

import ipaddress

import click

from kroscek.cli._common import friendly_errors

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: addresses other machines cannot reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--db",
    "db_path",
    default="kroscek.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Corpus database (made by `kroscek ingest`); opened read-only.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"], case_sensitive=False),
)
@friendly_errors
def serve(db_path: str, host: str, port: int, log_level: str) -> None:
    """Serve the stories, cross-checks and search of a corpus in a browser.

    Binds to 127.0.0.1 unless --host says otherwise; the corpus is opened read-only, and
    a missing database or one of another schema version stops the server at start-up.
    """
    import uvicorn

    from kroscek.web import create_app

    loopback = is_loopback(host)
    allowed = [*LOOPBACK_NAMES, host] if loopback else None
    app = create_app(db_path, allowed_hosts=allowed)
    if not loopback:
        click.echo(
            f"kroscek: warning: serving on {host}: anyone who can reach this address can "
            "read the corpus",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"kroscek: serving {db_path} on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        date_header=False,
    )
