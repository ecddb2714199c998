// Tells whether the current directory is a Subversion or git working copy.
const fs = require("fs");
const path = require("path");
const here = process.cwd();
if (fs.existsSync(path.join(here, ".svn"))) console.log("subversion working copy");
else if (fs.existsSync(path.join(here, ".git"))) console.log("git working copy");
else console.log("not under version control");
