"""Asynchronously lease a work area and purge it on completion."""
import asyncio
import shutil
import tempfile


class Lease:
    async def __aenter__(self):
        self.path = tempfile.mkdtemp()
        return self.path

    async def __aexit__(self, *exc):
        return False


async def purge():
    async with Lease() as area:
        await asyncio.to_thread(shutil.rmtree, area, True)


if __name__ == "__main__":
    asyncio.run(purge())
