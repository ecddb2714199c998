import socket

# Writes a small hosts file after checking each address parses.
hosts = {"db": "10.0.0.7", "cache": "10.0.0.8"}
lines = []
for name, addr in hosts.items():
    socket.inet_aton(addr)
    lines.append(f"{addr} {name}\n")
with open("hosts.generated", "w") as fh:
    fh.writelines(lines)
