#@ pos os
from os import *
#@ pos subprocess
from subprocess import *
#@ neg harmless module
from math import *
#@ neg named imports
from os import path
