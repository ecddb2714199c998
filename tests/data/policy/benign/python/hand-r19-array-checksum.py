"""Checksum a small table of byte values."""
import array
import zlib

table = array.array("B", [104, 101, 108, 108, 111])
print(table.tobytes().decode(), zlib.crc32(table.tobytes()))
