// Logs measures and their detail with a PerformanceObserver.
const { PerformanceObserver, performance } = require("perf_hooks");
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) console.log(e.name, e.duration, e.detail);
  obs.disconnect();
});
obs.observe({ entryTypes: ["measure"] });
performance.mark("a");
performance.measure("step", { start: "a", detail: { items: 3 } });
