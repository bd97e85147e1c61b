from pathlib import Path

import pytest

from tests.readouts import XSS_TEXT, berlin_readout, london_readout
from wortlaut.model import Readout
from wortlaut.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "fixtures" / "seed" / "article.txt"
    if not path.is_file():
        pytest.skip("the founding article (../shared/fixtures/seed) is not beside the repo")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_path() -> Path:
    return REPO / "examples" / "wikinews-rtl-stellenabbau.txt"


@pytest.fixture
def readouts() -> list[Readout]:
    return [berlin_readout(), london_readout()]


@pytest.fixture
def store_path(tmp_path: Path, readouts: list[Readout]) -> Path:
    """A closed store file holding the two hand-made readouts."""
    path = tmp_path / "corpus.duckdb"
    with Store.open(path) as store:
        for readout in readouts:
            store.add(readout, f"{readout.doc.outlet}.txt")
        store.record_failure("broken.txt", "empty text: nothing to analyse")
    return path


@pytest.fixture(scope="session")
def analysed_store(tmp_path_factory, seed_text) -> tuple[Path, dict[str, str]]:
    """A store with the founding article and a document full of script payloads, analysed for real;
    returns its path and the document ids by name."""
    from wortlaut.engine import analyze_text

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    ids = {}
    with Store.open(path) as store:
        for name, text, lang in (("seed", seed_text, "de"), ("xss", XSS_TEXT, "en")):
            readout = analyze_text(text, lang)
            store.add(readout, name)
            ids[name] = readout.doc.id
    return path, ids
