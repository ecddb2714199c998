import base64
import binascii


def count_upper_b64(encoded):
    """Decode standard base64 text and count its uppercase ASCII letters."""
    try:
        raw = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        return -1
    return sum(1 for b in raw if 65 <= b <= 90)


def hex_sum(h):
    return sum(bytes.fromhex(h))


assert count_upper_b64(base64.b64encode(b"Hello World").decode()) == 2
assert count_upper_b64("SGVsbG8=") == 1
assert count_upper_b64("not base64!") == -1
assert hex_sum("0102ff") == 258
assert hex_sum("") == 0
print("b64 ok")
