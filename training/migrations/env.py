"""Alembic environment of the label store.

Migrations run programmatically (``training.store.LabelStore.migrate``), inside the caller's
connection and transaction, so the writers' lock covers them. Running ``alembic`` by hand also
works: ``alembic -x url=sqlite:///var/labels.db upgrade head`` with ``script_location`` set
to this folder.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from training.store_tables import Base

target_metadata = Base.metadata
config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("the label store migrations run online only")
run_migrations()
