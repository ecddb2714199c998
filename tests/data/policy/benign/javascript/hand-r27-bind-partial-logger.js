const fs = require("fs");
function write(file, line) { fs.appendFileSync(file, line + "\n"); }
const log = write.bind(null, "./build.log");
log("started");
queueMicrotask(log.bind(null, "queued"));
