#!/bin/bash
# Write the build date into the document and typeset it.
cat > /tmp/date.tex <<'X'
\newwrite\out
\immediate\openout\out=builddate.txt
\immediate\write\out{\today}
\immediate\closeout\out
X
pdflatex -interaction=nonstopmode /tmp/date.tex >/dev/null
