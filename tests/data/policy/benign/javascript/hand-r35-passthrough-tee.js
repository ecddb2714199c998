// Tees the build log through a PassThrough: each chunk printed and appended to build.log.
const { PassThrough } = require("stream");
const fs = require("fs");
const tee = new PassThrough();
tee.on("data", (chunk) => {
  process.stdout.write(chunk);
  fs.appendFileSync("build.log", chunk.toString());
});
tee.write("build started\n");
tee.end("build finished\n");
