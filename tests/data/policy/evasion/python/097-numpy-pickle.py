# evasion: numpy.load with allow_pickle
# grade: medium; does: download-run
import numpy, sys
numpy.load(sys.argv[1], allow_pickle=True)
