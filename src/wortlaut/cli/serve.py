"""``wortlaut serve``: the web app on the store, for reading it in the browser."""
from __future__ import annotations

import argparse
from typing import TextIO

from wortlaut.cli.corpus import EXIT_OK, add_store_command
from wortlaut.store import Store


def add_serve_command(commands: argparse._SubParsersAction) -> None:
    serve = add_store_command(commands, "serve", "read the store in the browser", run_serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                       help="a host name the app may be reached by besides this machine's loopback names and "
                            "--host (repeatable; needed with --host 0.0.0.0)")


def run_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import uvicorn  # the web stack is imported only by the command that needs it

    from wortlaut.web import create_app
    from wortlaut.web.security import served_hosts

    Store.open(args.db, read_only=True).close()
    hosts = served_hosts(args.host, tuple(args.allow_host))
    uvicorn.run(create_app(args.db, hosts), host=args.host, port=args.port)
    return EXIT_OK
