export function main() {
  const config = { retries: 3 };
  start();
  return config;
  function start() {
    return attempt();
  }
  function attempt() {
    return config.retries;
  }
}
