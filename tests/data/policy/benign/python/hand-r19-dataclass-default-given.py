"""Clear the build directory the job was given (the home is only the default)."""
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Job:
    name: str = "nightly"
    workspace: Path = Path.home()


job = Job(workspace=Path("build") / "nightly")
shutil.rmtree(job.workspace, ignore_errors=True)
