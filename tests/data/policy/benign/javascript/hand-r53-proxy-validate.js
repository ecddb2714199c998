// Validate assignments with a proxy.
const person = new Proxy(
  {},
  {
    set(target, key, value) {
      if (key === 'age' && !Number.isInteger(value)) throw new TypeError('age');
      target[key] = value;
      return true;
    },
  }
);
person.age = 42;
console.log(person.age);
