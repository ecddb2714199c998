// Prints yarn's registry server and whether strict SSL is on.
const { spawnSync } = require("child_process");
for (const key of ["npmRegistryServer", "enableStrictSsl"]) {
  const r = spawnSync("yarn", ["config", "get", key], { encoding: "utf8" });
  console.log(key, r.stdout.trim());
}
