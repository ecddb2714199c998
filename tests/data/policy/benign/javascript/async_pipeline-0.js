const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(x) {
  await sleep(1);
  return x * 5;
}
(async () => {
  const out = await Promise.all([1, 4, 2, 6, 9, 9, 7].map(step));
  console.log(out.join(" "));
})();
