import sys
sys.exit('giving up')
