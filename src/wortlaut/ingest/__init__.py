"""Getting article text in: files, HTML, URLs, feeds, JSON Lines, web archives, stdin; and finding
the article's structure."""
from wortlaut.ingest.corpus import InputItem, discover, iter_inputs
from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions, read_input
from wortlaut.ingest.structure import segment_article

__all__ = ["InputError", "IngestedText", "InputItem", "ReadOptions", "discover", "iter_inputs", "read_input",
           "segment_article"]
