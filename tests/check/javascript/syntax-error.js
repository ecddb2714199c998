//@ pos an unclosed call
console.log(1 +
//@ pos a stray brace
function f() { return 1; }}
//@ pos an unterminated string
const s = 'abc
//@ neg modern syntax parses
const f = async ({ a, ...b } = {}) => a ?? b?.c;
class A { #x = 1; static { A.y = 2; } get x() { return this.#x; } }
for await (const x of gen()) console.log(x);
label: for (const [k, v] of Object.entries({ a: 1 })) { if (k) break label; }
export default f;
//@ neg a hashbang and regexes
#!/usr/bin/env node
const re = /[/]+\d{2,}/giu;
console.log(`a${1}b`, 10n ** 2n, 1_000);
//@ neg members read with bracket notation on a number and through an optional chain
const o = { a: { b: 1 } };
console.log(1['toString'](2), 1.5['toFixed'](1), o?.['a']?.['b'], o['a']['b']);
//@ neg a method named call of super, and f.call with a trailing comma
class A extends Array { m(f) { return super.call(this, 1) + f.call(this, 2,); } }
