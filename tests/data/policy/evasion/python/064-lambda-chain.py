# evasion: lambda builds the import
# grade: very-hard; does: shell
g = lambda n: __import__(n[::-1])
g("so").system("id")
