// Legacy geometry helper (sloppy mode) using `with` on Math.
function area(r) {
  with (Math) {
    return PI * pow(r, 2);
  }
}
console.log(area(2).toFixed(2));
