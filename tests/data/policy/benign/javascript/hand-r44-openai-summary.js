const OpenAI = require('openai');

async function summarise() {
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise: the build passed in 42 seconds.' }],
  });
  console.log(res.choices[0].message.content);
}

summarise();
