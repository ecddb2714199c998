// A money value formats itself through Symbol.toPrimitive.
const price = {
  cents: 1999,
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.cents / 100 : `$${(this.cents / 100).toFixed(2)}`;
  },
};
console.log(`${price}`, +price * 2);
