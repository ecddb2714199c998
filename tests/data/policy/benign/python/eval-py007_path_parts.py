import posixpath

def task_path_parts(p):
    d, b = posixpath.split(posixpath.normpath(p))
    return [d, b, posixpath.splitext(b)[1]]

assert task_path_parts('/id/x/caa/') == ['/id/x', 'caa', '']
assert task_path_parts('/oeid.tar.gz/') == ['/', 'oeid.tar.gz', '.gz']
assert task_path_parts('/x/bo/') == ['/x', 'bo', '']
assert task_path_parts('/./././l.js/') == ['/', 'l.js', '.js']
print("py007_path_parts ok")
