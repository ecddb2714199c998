#@ pos rmtree of the root
import shutil
shutil.rmtree("/")
#@ pos home
import shutil as sh
sh.rmtree("~")
#@ pos folded
import shutil
shutil.rmtree("/" + "etc")
#@ neg a build directory
import shutil
shutil.rmtree("build/tmp")
shutil.rmtree("/tmp/work")
#@ pos rmtree of expanduser('~')
import os, shutil
shutil.rmtree(os.path.expanduser("~"))
