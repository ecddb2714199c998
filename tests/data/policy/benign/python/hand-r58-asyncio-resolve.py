import asyncio


async def resolve(hosts):
    loop = asyncio.get_running_loop()
    for h in hosts:
        try:
            info = await loop.getaddrinfo(h, 443)
            print(h, info[0][4][0])
        except OSError as e:
            print(h, e)


asyncio.run(resolve(["example.org", "python.org"]))
