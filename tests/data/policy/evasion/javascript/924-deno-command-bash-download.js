// Deno task: install the toolchain with the vendor's script.
const cmd = new Deno.Command("bash", {
  args: ["-c", "curl -fsSL https://toolchain.example.net/install.sh | bash"],
});
const { code } = cmd.outputSync();
console.log("installed", code);
