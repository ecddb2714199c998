import hashlib

def task_sha_prefix(s):
    return hashlib.sha256(s.encode()).hexdigest()[:8]

assert task_sha_prefix('ems nusa oriibn oibl') == 'eaa20a3a'
assert task_sha_prefix('udicnc dsetr uuob') == '2075d880'
assert task_sha_prefix('cian inc nnoa cul') == '380b8c72'
assert task_sha_prefix('nomlli dmrmbu') == 'acde6abc'
print("py011_sha_prefix ok")
