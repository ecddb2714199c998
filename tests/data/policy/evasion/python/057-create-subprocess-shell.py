# evasion: asyncio subprocess shell
# grade: medium; does: shell
import asyncio
async def main():
    p = await asyncio.create_subprocess_shell("id")
    await p.wait()
asyncio.run(main())
