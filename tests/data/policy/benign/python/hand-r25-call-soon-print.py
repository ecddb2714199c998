"""Schedule a greeting on the event loop."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "warm-up done")
    await asyncio.sleep(0.1)


asyncio.run(main())
