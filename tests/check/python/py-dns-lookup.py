#@ pos a computed name looked up
import socket
def look(label):
    return socket.getaddrinfo("%s.zone.example" % label, 443)
#@ pos the resolver handed to map
import socket
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as pool:
    list(pool.map(socket.gethostbyname, ["a.example", "b.example"]))
#@ neg a constant name
import socket
socket.getaddrinfo("pypi.org", 443)
#@ neg the machine's own name
import socket
socket.gethostbyname(socket.gethostname())
