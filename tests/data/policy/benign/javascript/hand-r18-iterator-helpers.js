// Uses iterator helpers to sum squares.
function* nums() {
  for (let i = 1; i <= 5; i++) yield i;
}
const sq = Iterator.from(nums()).map((n) => n * n).toArray();
console.log(sq.reduce((a, b) => a + b, 0));
