// Upper-cases stdin line by line with a Transform stream.
const { Transform } = require("stream");
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
});
upper.on("data", (d) => process.stdout.write(d));
process.stdin.pipe(upper);
