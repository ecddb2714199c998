import asyncio
import os


async def endpoint():
    region = os.environ.get("AWS_REGION", "us-east-1")
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(f"sts.{region}.amazonaws.com", 443)
    print(infos[0][4])
    print("token set:", bool(os.environ.get("AWS_SESSION_TOKEN")))


asyncio.run(endpoint())
