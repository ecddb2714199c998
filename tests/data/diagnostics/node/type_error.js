function f(o) {
  return o.x.y;
}
f({});
