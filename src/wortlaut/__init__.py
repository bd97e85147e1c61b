"""wortlaut: who said what, to whom, who claims what, and how the outlet frames it."""
from wortlaut.engine import AnalyzeOptions, analyze_input, analyze_text
from wortlaut.ingest.errors import InputError
from wortlaut.model import Readout, span_problems
from wortlaut.stages import StageError, register_stage

__version__ = "0.1.0"
__all__ = ["AnalyzeOptions", "InputError", "Readout", "StageError", "analyze_input", "analyze_text",
           "register_stage", "span_problems"]
