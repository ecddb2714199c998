#@ pos print the environment
import os
print(os.environ)
#@ pos items
import os
for k, v in os.environ.items():
    print(k, v)
#@ pos imported name
from os import environ
print(dict(environ))
#@ pos copy
import os
env = os.environ.copy()
#@ neg one variable
import os
print(os.environ.get("HOME"), os.environ["PATH"], os.getenv("USER"))
#@ neg setting one
import os
os.environ["LANG"] = "C"
