#!/usr/bin/env node
function main(env) {
  const home = env.HOME;
  return home;
}
main(process.env);
