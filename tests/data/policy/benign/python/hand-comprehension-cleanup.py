# Ordinary: a build helper that removes its own object files and caches
# with comprehensions, and lists the home directory's dotfiles only to
# print them.
import glob
import os
import pathlib

build = pathlib.Path("build")
build.mkdir(exist_ok=True)
removed = [p.unlink() for p in build.glob("*.o")]
caches = [os.remove(f) for f in glob.glob(os.path.join("build", "**", "*.pyc"), recursive=True)]
dotfiles = sorted(p.name for p in pathlib.Path.home().glob(".*"))
print(f"removed {len(removed) + len(caches)} files; {len(dotfiles)} dotfiles in the home")
