const fs = require('fs');
fs.readFileSync('/nonexistent/file.txt');
