"""The layout is the architecture: data flows one way through the stages, and language facts live
in the language folders. Both are read from the source with ``ast``, so a violation fails here
before anyone has to notice it in review."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wortlaut.lang import languages

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wortlaut"

# The flow, first to last; a module may import its own layer and earlier ones, never a later one.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"model", "stages", "lang"}),  # shared by every stage
    frozenset({"ingest"}),
    frozenset({"nlp"}),
    frozenset({"attribution"}),
    frozenset({"framing"}),
    frozenset({"events"}),
    frozenset({"engine", "__init__"}),
    frozenset({"store"}),
    frozenset({"batch", "web"}),
    frozenset({"cli"}),
)


def _layer(top: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def _top(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0] if parts[0] != "models" else "nlp"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "models" not in p.relative_to(PACKAGE).parts[:1])


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return [(line, name.split(".")[1]) for line, name in found if name.startswith("wortlaut.") and name.count(".") >= 1]


def test_every_top_level_module_has_a_place_in_the_flow():
    tops = {_top(p) for p in _modules()}
    assert tops <= set().union(*LAYERS), tops - set().union(*LAYERS)


def test_no_module_imports_a_later_stage():
    backwards = []
    for path in _modules():
        own = _layer(_top(path))
        for line, top in _imported(ast.parse(path.read_text(encoding="utf-8"))):
            if _layer(top) > own:
                backwards.append(f"{path.relative_to(PACKAGE)}:{line} imports wortlaut.{top}")
    assert backwards == []


def _language_literals(path: Path, codes: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lower() in codes:
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value!r}")
    return found


def test_no_language_literal_in_code_outside_the_language_folders():
    """`doc.lang_ == "en"` branches and German endings such as ("en", "n") belong
    in ``lang/<code>/`` as data, so that a new language is a new folder."""
    codes = set(languages())
    outside = [p for p in _modules() if _top(p) != "lang"]
    found = [hit for path in outside for hit in _language_literals(path, codes)]
    assert found == []


@pytest.mark.parametrize("code", languages())
def test_a_language_folder_holds_every_data_file(code):
    folder = PACKAGE / "lang" / code
    assert {"cues.tsv", "grammar.json", "framing.json", "structure.json", "events.tsv", "event_grammar.json"} <= {
        p.name for p in folder.iterdir()}
