import struct

header = struct.pack(">IH", 0x89504E47, 0x0D0A)
print(header.hex())
