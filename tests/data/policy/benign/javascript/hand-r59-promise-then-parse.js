// JSON parsed in a promise chain, the parser handed to then().
Promise.resolve('{"a":1,"b":[2,3]}')
  .then(JSON.parse)
  .then((o) => console.log(o.b.length + o.a));
