"""Hash files concurrently with an executor."""
import asyncio
import hashlib
import sys

def digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()

async def main():
    loop = asyncio.get_running_loop()
    for name in sys.argv[1:]:
        print(name, await loop.run_in_executor(None, digest, name))

asyncio.run(main())
