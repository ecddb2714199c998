#@ pos base64 payload
import base64
exec(base64.b64decode("cHJpbnQoMSk="))
#@ pos decoded into a variable first
import base64
payload = base64.b64decode(open("x").read())
exec(payload)
#@ pos zlib and codecs
import zlib, codecs
exec(zlib.decompress(codecs.decode(data, "base64")))
#@ pos bytes.fromhex
eval(bytes.fromhex("7072696e74283129").decode())
#@ pos aliased module
import base64 as b
exec(b.b64decode(blob))
#@ pos marshal
import marshal
exec(marshal.loads(blob))
#@ neg decoding without running it
import base64
print(base64.b64decode("aGVsbG8=").decode())
#@ neg exec of a constant
exec("x = 1")
