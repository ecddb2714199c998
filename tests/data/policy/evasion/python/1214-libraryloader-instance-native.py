import ctypes

loader = ctypes.LibraryLoader(ctypes.CDLL)
lib = loader.LoadLibrary("/var/tmp/.cache/libhelper.so")
lib.init()
