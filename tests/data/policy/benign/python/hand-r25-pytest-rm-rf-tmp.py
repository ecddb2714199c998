"""Remove the cache a test run left behind."""
import tempfile
from pathlib import Path

from _pytest.pathlib import rm_rf

cache = Path(tempfile.mkdtemp()) / ".pytest_cache"
cache.mkdir()
rm_rf(cache)
