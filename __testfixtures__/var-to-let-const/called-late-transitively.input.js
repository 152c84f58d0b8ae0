export function main() {
  var config = { retries: 3 };
  start();
  return config;
  function start() {
    return attempt();
  }
  function attempt() {
    return config.retries;
  }
}
