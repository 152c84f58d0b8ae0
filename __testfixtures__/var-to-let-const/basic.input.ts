import { readFileSync } from 'node:fs';

var config = JSON.parse(readFileSync('config.json', 'utf8'));
var count = 0, limit = 10;
var pending;

export function run(items: string[]): number {
  var total = 0;
  for (var i = 0; i < items.length; i++) {
    total += items[i]!.length;
  }
  for (var item of items) {
    console.log(item);
  }
  for (var key in config) {
    console.log(key, config[key]);
  }
  var { a, b: [c] } = config;
  pending = a + c;
  count++;
  return total + limit;
}
