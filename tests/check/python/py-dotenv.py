#@ pos .env
open(".env").read()
#@ pos .env joined to the project's directory
import pathlib
text = (pathlib.Path(__file__).parent / ".env").read_text()
#@ pos .env built from pieces
open("." + "".join(["e", "n", "v"])).read()
#@ neg .env.example
open(".env.example").read()
#@ neg environment in a word
open("my.environment.json").read()
#@ pos another process's environment, its pid joined in
import os
open(os.path.join("/proc", str(os.getppid()), "environ"), "rb").read()
