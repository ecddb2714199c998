import posixpath

def task_path_parts(p):
    d, b = posixpath.split(posixpath.normpath(p))
    return [d, b, posixpath.splitext(b)[1]]

assert task_path_parts('/o.js') == ['/', 'o.js', '.js']
assert task_path_parts('/./rd.py/.') == ['/', 'rd.py', '.py']
assert task_path_parts('/eb') == ['/', 'eb', '']
assert task_path_parts('/o/nd/d.js/.') == ['/o/nd', 'd.js', '.js']
assert task_path_parts('/x/td.tar.gz') == ['/x', 'td.tar.gz', '.gz']
print("py099_path_parts ok")
