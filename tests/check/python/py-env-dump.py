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
#@ neg variables kept by a constant prefix
import os
settings = {k[4:]: v for k, v in os.environ.items() if k.startswith("APP_")}
#@ neg the environment bound to a name and tested, only a key read
import os
def get(name, env=None):
    env = os.environ if env is None else env
    return env[name]
#@ pos an empty prefix keeps every variable
import os
everything = {k: v for k, v in os.environ.items() if k.startswith("")}
#@ pos a filter on the values keeps every set variable
import os
kept = [k + "=" + v for k, v in os.environ.items() if v]
#@ pos os.environ._data
import os
print(os.environ._data)
