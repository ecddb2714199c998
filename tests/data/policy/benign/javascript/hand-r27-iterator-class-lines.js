const fs = require("fs");
class Lines {
  constructor(file) { this.file = file; }
  *[Symbol.iterator]() { yield* fs.readFileSync(this.file, "utf8").split("\n"); }
}
for (const l of new Lines("./notes.txt")) console.log(l.length);
