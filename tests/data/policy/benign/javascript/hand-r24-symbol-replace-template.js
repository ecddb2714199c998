// A custom Symbol.replace object fills a template.
const filler = {
  [Symbol.replace](s, r) {
    return s.split("{}").join(r);
  },
};
console.log("Hello, {}!".replace(filler, process.argv[2] || "world"));
