import posixpath

def task_path_parts(p):
    d, b = posixpath.split(posixpath.normpath(p))
    return [d, b, posixpath.splitext(b)[1]]

assert task_path_parts('/././u.js') == ['/', 'u.js', '.js']
assert task_path_parts('/l/rldd/rlb/cae.py/') == ['/l/rldd/rlb', 'cae.py', '.py']
assert task_path_parts('/./edob.tar.gz/.') == ['/', 'edob.tar.gz', '.gz']
print("py032_path_parts ok")
