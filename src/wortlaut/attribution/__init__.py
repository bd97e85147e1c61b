"""Attribution: who said what, from a parsed document (see ``extract``); registers the
``attribution`` stage."""
from wortlaut.attribution import stage  # noqa: F401
from wortlaut.attribution.extract import attribute

__all__ = ["attribute"]
