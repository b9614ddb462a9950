"""``kroscek serve``: the web app over a corpus database, on loopback unless told otherwise."""

from __future__ import annotations

import errno
import ipaddress
import socket

import click

from kroscek.cli._common import examples, friendly_errors

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: addresses other machines cannot reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``, or a ``UsageError`` saying what to change.

    Binding here, before uvicorn starts, turns "address already in use" into one line with
    advice instead of uvicorn's errno log after a "serving on ..." line that was not true.
    """
    from kroscek.errors import UsageError

    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror:
        raise UsageError(
            f"cannot serve on {host}: no such address",
            hint="use --host 127.0.0.1 (this machine only) or one of this machine's addresses",
        ) from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(
                f"{where} is already in use (another `kroscek serve` or another server?)",
                hint=f"stop it, or pick another port with --port {port + 1 if port else 8001}",
            ) from None
        if exc.errno == errno.EACCES:
            raise UsageError(
                f"no permission to serve on {where}",
                hint="pick a port above 1023 with --port, e.g. --port 8000",
            ) from None
        raise UsageError(
            f"cannot serve on {where} ({exc.strerror or exc})",
            hint="use --host 127.0.0.1 (this machine only) or one of this machine's addresses",
        ) from None
    return sock


@click.command(
    epilog=examples(
        "kroscek serve --db news.db                  # then open http://127.0.0.1:8000/",
        "kroscek serve --db news.db --port 0         # any free port, named on start",
    ),
)
@click.option(
    "--db",
    "db_path",
    default="kroscek.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Corpus database (made by `kroscek ingest`); opened read-only.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: a free one, named in the line the server prints).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"], case_sensitive=False),
    help="How much the web server (uvicorn) logs on stderr; info logs every request.",
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
    sock = bind(host, port)
    if not loopback:
        click.echo(
            f"kroscek: warning: serving on {host}: anyone who can reach this address can "
            "read the corpus",
            err=True,
        )
    port = sock.getsockname()[1]  # the port the system chose for --port 0
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"kroscek: serving {db_path} on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    config = uvicorn.Config(
        app,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        date_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])
