"""Append a note to the project's log after an async check."""
import asyncio
import os


async def log_file():
    return os.path.join("logs", "notes.txt")


loop = asyncio.new_event_loop()
path = loop.run_until_complete(asyncio.wait_for(log_file(), 5))
loop.close()
os.makedirs("logs", exist_ok=True)
with open(path, "a") as fh:
    fh.write("checked\n")
