function fmt(strings, ...values) {
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]).toUpperCase() : ''), '');
}

const name = 'world';
console.log(fmt`hello ${name}, it is ${new Date().getFullYear()}`);
