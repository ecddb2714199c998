const vm = require('vm');
const SRC = `
export default function add(a, b) { return a + b; }
`;
async function main() {
  const context = vm.createContext({ console });
  const mod = new vm.SourceTextModule(SRC, { context, identifier: 'add.mjs' });
  await mod.link(async () => { throw new Error('no imports'); });
  await mod.evaluate();
  console.log(mod.namespace.default(2, 3));
}
main();
