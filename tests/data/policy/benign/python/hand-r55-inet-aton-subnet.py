import socket
import struct

# Checks whether an address is inside a subnet.
def inside(addr, net, bits):
    a = struct.unpack("!I", socket.inet_aton(addr))[0]
    n = struct.unpack("!I", socket.inet_aton(net))[0]
    mask = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF
    return a & mask == n & mask


print(inside("10.1.2.3", "10.0.0.0", 8))
