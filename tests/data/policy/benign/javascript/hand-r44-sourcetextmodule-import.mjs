import { SourceTextModule, createContext } from 'node:vm';
const m = new SourceTextModule('export const x = 1;', { context: createContext({}) });
await m.link(() => {});
await m.evaluate();
console.log(m.namespace.x);
