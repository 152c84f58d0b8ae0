#!/usr/bin/env node
function main({ HOME: home }) {
  return home;
}
main(process.env);
