import urllib.request

BANNER = "data:text/plain;base64,QnVpbGQgcmVwb3J0Cg=="
text = urllib.request.urlopen(BANNER).read().decode()
with open("report.txt", "w") as fh:
    fh.write(text)
    fh.write("ok\n")
