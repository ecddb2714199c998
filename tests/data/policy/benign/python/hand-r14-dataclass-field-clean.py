# Ordinary: a build configuration as a dataclass whose fields use
# dataclasses.field (a default list through default_factory, the output
# directory next to the script through default=); clean() removes that
# output directory, then the sources are listed.
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class BuildConfig:
    name: str = "toolkit"
    out_dir: Path = field(default=HERE / "build")
    sources: list = field(default_factory=lambda: ["src", "tests"])
    verbose: bool = False


def clean(cfg):
    if cfg.out_dir.exists():
        shutil.rmtree(cfg.out_dir)
        print("removed", cfg.out_dir.relative_to(HERE))


def main():
    cfg = BuildConfig(verbose="-v" in sys.argv)
    clean(cfg)
    for src in cfg.sources:
        files = sorted((HERE / src).rglob("*.py")) if (HERE / src).is_dir() else []
        print(f"{src}: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
