const axios = require('axios');

async function main(url, payload) {
  const response = await axios.get(url);
  const { data } = await axios.get(url, { timeout: 1000 });
  const posted = await axios.post(url, payload);
  const { data: list } = await axios.get(url);
  return [response.status, data, posted, list];
}

module.exports = main;
