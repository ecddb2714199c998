#!/bin/bash
# Render the report twice for references.
cd docs
pdflatex -interaction=nonstopmode report.tex >/dev/null
pdflatex -interaction=nonstopmode report.tex >/dev/null
