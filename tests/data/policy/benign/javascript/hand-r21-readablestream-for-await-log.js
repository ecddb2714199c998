const lines = ["build", "test", "deploy"];
const stages = new ReadableStream({
  pull(controller) {
    const next = lines.shift();
    if (next) controller.enqueue(next);
    else controller.close();
  },
});

(async () => {
  for await (const stage of stages) console.log("stage:", stage);
})();
