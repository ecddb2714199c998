# evasion: AWS credentials through Path.home().joinpath
# grade: medium; does: credentials
import pathlib
print(pathlib.Path.home().joinpath(".aws", "credentials").read_text())
