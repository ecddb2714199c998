const { SourceTextModule, createContext } = require('node:vm');

(async () => {
  const m = new SourceTextModule('export const x = 1;', { context: createContext({}) });
  await m.link(() => {});
  await m.evaluate();
  console.log(m.namespace.x);
})();
