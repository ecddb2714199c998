"""Print the user's project notes."""
import getpass
import os

notes = os.path.expanduser(f"~{getpass.getuser()}/projects/notes.txt")
if os.path.exists(notes):
    print(open(notes).read())
