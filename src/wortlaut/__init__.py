"""wortlaut: who said what, to whom, who claims what, and how the outlet frames it."""
from wortlaut.engine import AnalyzeOptions, analyze_input, analyze_text
from wortlaut.ingest.errors import InputError
from wortlaut.model import Readout, span_problems

__version__ = "0.1.0"
__all__ = ["AnalyzeOptions", "InputError", "Readout", "analyze_input", "analyze_text", "span_problems"]
