"""Generate a pytest fixture module for the generated tests."""
from pathlib import Path

FIXTURE = '''
import pytest

@pytest.fixture
def numbers():
    return [1, 2, 3]
'''

Path("tests").mkdir(exist_ok=True)
Path("tests/fixtures_generated.py").write_text(FIXTURE)
