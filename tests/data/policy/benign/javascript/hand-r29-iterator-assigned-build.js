// An object made iterable afterwards yields build directories to clean.
const fs = require("fs");
const outputs = { name: "outputs" };
outputs[Symbol.iterator] = function* () {
  yield "build";
  yield "dist";
};
for (const d of outputs) fs.rmSync(d, { recursive: true, force: true });
