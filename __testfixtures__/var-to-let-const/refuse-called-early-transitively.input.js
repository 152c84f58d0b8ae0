export function main() {
  start();
  var config = { retries: 3 };
  return config;
  function start() {
    return attempt();
  }
  function attempt() {
    return config.retries;
  }
}
