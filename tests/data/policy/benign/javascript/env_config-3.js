const port = Number(process.env.PORT || 8080);
const mode = process.env.NODE_ENV === "production" ? "prod" : "dev";
const args = process.argv.slice(2);
console.log(`listening on ${port} in ${mode} mode with ${args.length} args`);
