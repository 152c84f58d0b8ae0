import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('config.json', 'utf8'));
let count = 0, limit = 10;
let pending;

export function run(items: string[]): number {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += items[i]!.length;
  }
  for (const item of items) {
    console.log(item);
  }
  for (const key in config) {
    console.log(key, config[key]);
  }
  const { a, b: [c] } = config;
  pending = a + c;
  count++;
  return total + limit;
}
