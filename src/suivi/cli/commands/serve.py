"""`suivi serve`: the web application under gunicorn, static files served by the app."""

from __future__ import annotations

import argparse
import os

from suivi.cli.arguments import add_data_dir_argument
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help=_("servir l'application web (gunicorn)"),
        description=_(
            "Applique les migrations en attente, puis sert l'interface web et l'API avec gunicorn."
        ),
    )
    add_server_arguments(parser)
    add_data_dir_argument(parser)
    parser.set_defaults(handler=run)


def add_server_arguments(parser: argparse.ArgumentParser, port: int = 8000) -> None:
    parser.add_argument("--host", default="127.0.0.1", help=_("adresse d'écoute (127.0.0.1)"))
    parser.add_argument(
        "--port", type=int, default=port, help=_("port d'écoute (%(port)s)") % {"port": port}
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=min(4, (os.cpu_count() or 1) + 1),
        help=_("processus gunicorn"),
    )


def run(args: argparse.Namespace) -> int:
    from suivi.cli import django_env

    django_env.setup(args.data_dir, initialised=False)
    django_env.migrate()
    serve(args.host, args.port, args.workers)
    return 0


def serve(host: str, port: int, workers: int) -> None:
    """Run gunicorn in this process until SIGINT or SIGTERM.

    Whatever ran before (migrations, the demo's seeding) leaves no database connection open:
    the workers are forked from this process and must each open their own.
    """
    from gunicorn.app.base import BaseApplication

    from suivi.conf import gunicorn_conf
    from suivi.conf.wsgi import application

    class Server(BaseApplication):
        def load_config(self) -> None:
            gunicorn_conf.configure(self.cfg)
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)

        def load(self):
            return application

    gunicorn_conf.close_connections()
    Server().run()
