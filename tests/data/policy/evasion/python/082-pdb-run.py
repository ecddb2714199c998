# evasion: pdb.run of code that starts a shell
# grade: hard; does: shell
import pdb
pdb.run("import subprocess; subprocess.run(['sh', '-c', 'id'])")
