"""Clean a scratch directory after an async job."""
import asyncio
import shutil
import tempfile


async def scratch():
    await asyncio.sleep(0)
    return tempfile.mkdtemp(prefix="job-")


shutil.rmtree(asyncio.run(scratch()), ignore_errors=True)
