// Prints the current context of the kubeconfig $KUBECONFIG names (no cluster is contacted).
const fs = require("fs");
const file = process.env.KUBECONFIG;
if (!file) {
  console.error("KUBECONFIG is not set");
  process.exit(1);
}
const m = /^current-context:\s*(\S+)/m.exec(fs.readFileSync(file, "utf8"));
console.log(m ? m[1] : "(none)");
