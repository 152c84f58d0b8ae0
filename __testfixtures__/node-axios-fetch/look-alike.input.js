const axios = require('./http-client');
async function f(url) {
  const { data } = await axios.get(url);
  return data;
}
