"""Each helper is named after the tool it drives."""
import subprocess


def git(*args):
    """Drive git."""
    return subprocess.run([git.__name__, *args], check=False)


git("status", "--short")
