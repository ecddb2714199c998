// primordials-style helpers for a hardened library.
const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);

const ArrayPrototypeMap = uncurryThis(Array.prototype.map);
const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase);
const ObjectHasOwn = uncurryThis(Object.prototype.hasOwnProperty);

const words = ['alpha', 'beta', 'gamma'];
console.log(ArrayPrototypeMap(words, (w) => StringPrototypeToUpperCase(w)));
console.log(ObjectHasOwn({ a: 1 }, 'a'));
