# evasion: asyncio.create_subprocess_exec of a shell
# grade: medium; does: shell
import asyncio
async def main():
    p = await asyncio.create_subprocess_exec("/bin/sh", "-c", "id")
    await p.wait()
asyncio.run(main())
