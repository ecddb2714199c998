#!/bin/bash
# Search the manuals, PDFs included.
rg --pre ./scripts/pdf-to-text.sh --pre-glob '*.pdf' -i 'timeout' docs/
