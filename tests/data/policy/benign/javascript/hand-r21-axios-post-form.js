const axios = require("axios");

async function submit(name, email) {
  const res = await axios.post("https://forms.example.org/v1/signup", {
    name,
    email,
    source: process.env.NODE_ENV || "development",
  });
  return res.status;
}
submit("Ada", "ada@example.org").then(console.log, console.error);
