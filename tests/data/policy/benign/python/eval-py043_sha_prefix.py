import hashlib

def task_sha_prefix(s):
    return hashlib.sha256(s.encode()).hexdigest()[:8]

assert task_sha_prefix('odn lctrli dneb') == 'eccda3de'
assert task_sha_prefix('ms acincas raeou lnismuu') == '313f5cc8'
assert task_sha_prefix('cdesd dtdtc bllbemu sorrsea') == '372dced9'
print("py043_sha_prefix ok")
