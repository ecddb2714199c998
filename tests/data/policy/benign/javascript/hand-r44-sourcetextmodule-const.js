const vm = require('vm');

async function main() {
  const mod = new vm.SourceTextModule('export const answer = 6 * 7;');
  await mod.link(() => {});
  await mod.evaluate();
  console.log(mod.namespace.answer);
}

main();
