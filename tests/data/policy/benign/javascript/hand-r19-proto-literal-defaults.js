// Options with defaults through a __proto__ literal; a method calls super.
const defaults = {
  retries: 2,
  timeout: 1000,
  describe() {
    return `retries=${this.retries} timeout=${this.timeout}`;
  },
};
const opts = {
  __proto__: defaults,
  timeout: 5000,
  describe() {
    return 'custom: ' + super.describe();
  },
};
console.log(opts.describe());
console.log(Object.keys(opts), opts.retries);
