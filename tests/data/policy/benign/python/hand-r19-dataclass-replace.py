"""Reset a sandbox under the cache directory."""
import dataclasses
import shutil
from pathlib import Path


@dataclasses.dataclass(frozen=True)
class Config:
    name: str
    target: Path = Path("/tmp/sandbox")


base = Config("agent")
cfg = dataclasses.replace(base, target=Path.home() / ".cache" / "agent-sandbox")
shutil.rmtree(cfg.target, ignore_errors=True)
