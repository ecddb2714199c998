// Measures a step and removes the step's output dir named in the mark's detail.
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
performance.mark("step", { detail: { dir: path.join(__dirname, "out") } });
const [entry] = performance.getEntriesByName("step");
fs.rmSync(entry.detail.dir, { recursive: true, force: true });
console.log(entry.startTime);
