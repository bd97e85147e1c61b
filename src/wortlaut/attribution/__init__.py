"""Attribution: who said what, from a parsed document (see ``extract``)."""
from wortlaut.attribution.extract import attribute

__all__ = ["attribute"]
