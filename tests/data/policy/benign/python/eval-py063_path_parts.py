import posixpath

def task_path_parts(p):
    d, b = posixpath.split(posixpath.normpath(p))
    return [d, b, posixpath.splitext(b)[1]]

assert task_path_parts('/s/x/./bai.tar.gz/.') == ['/s/x', 'bai.tar.gz', '.gz']
assert task_path_parts('/x/././lc.py/.') == ['/x', 'lc.py', '.py']
assert task_path_parts('/x/x/./eisd.py/') == ['/x/x', 'eisd.py', '.py']
print("py063_path_parts ok")
