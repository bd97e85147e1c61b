"""Getting article text in: files, HTML, URLs, feeds, JSON Lines, web archives, stdin."""
from wortlaut.ingest.corpus import InputItem, discover, iter_inputs
from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions, read_input

__all__ = ["InputError", "IngestedText", "InputItem", "ReadOptions", "discover", "iter_inputs", "read_input"]
