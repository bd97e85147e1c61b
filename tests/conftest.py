from pathlib import Path

import pytest

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
