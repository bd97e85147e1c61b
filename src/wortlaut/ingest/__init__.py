"""Getting article text in: files, HTML, URLs, stdin; and finding the article's structure."""
from wortlaut.ingest.errors import InputError
from wortlaut.ingest.sources import IngestedText, ReadOptions, read_input
from wortlaut.ingest.structure import segment_article

__all__ = ["InputError", "IngestedText", "ReadOptions", "read_input", "segment_article"]
