import path from 'path';
function g() {
  null.f();
}
g();
