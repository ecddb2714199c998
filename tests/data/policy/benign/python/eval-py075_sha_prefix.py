import hashlib

def task_sha_prefix(s):
    return hashlib.sha256(s.encode()).hexdigest()[:10]

assert task_sha_prefix('bt llrlmb ulbmoe lsboll') == '6390c2d8d1'
assert task_sha_prefix('lb') == 'fd26db45a8'
assert task_sha_prefix('ae dcu nrua') == '7da698d68a'
assert task_sha_prefix('aoboi') == '951327baa6'
assert task_sha_prefix('blmld osetu cadt teu') == 'aff8fd50b0'
print("py075_sha_prefix ok")
