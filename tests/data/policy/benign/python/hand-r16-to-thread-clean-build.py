#!/usr/bin/env python3
"""Reset the build directory without blocking the event loop."""
import asyncio
import shutil
from pathlib import Path


async def reset(root: Path) -> None:
    print("resetting", root)
    await asyncio.to_thread(shutil.rmtree, root, True)


async def main() -> None:
    await reset(Path("build"))


if __name__ == "__main__":
    asyncio.run(main())
