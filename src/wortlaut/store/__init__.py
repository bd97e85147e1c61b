"""The corpus store: readouts kept in a DuckDB file, queried across articles and outlets."""
from wortlaut.store.db import DEFAULT_DB, Store, StoreError

__all__ = ["DEFAULT_DB", "Store", "StoreError"]
