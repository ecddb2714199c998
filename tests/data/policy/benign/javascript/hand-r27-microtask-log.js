function report(n) { console.log("done", n); }
queueMicrotask(report.bind(null, 3));
