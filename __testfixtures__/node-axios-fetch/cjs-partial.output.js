const axios = require('axios');

async function main(url, payload) {
  const response = await axios.get(url);
  const { data } = await axios.get(url, { timeout: 1000 });
  const posted = await axios.post(url, payload);
  const list = await fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`Request failed with status code ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  });
  return [response.status, data, posted, list];
}

module.exports = main;
