const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function step(x) {
  await sleep(1);
  return x * 4;
}
(async () => {
  const out = await Promise.all([8, 7, 6, 4, 3, 4].map(step));
  console.log(out.join(" "));
})();
