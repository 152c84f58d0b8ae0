const steps = ['fetch', 'parse', 'emit'];
// run each step in order
for (const step of steps) {
  // the step logs itself
  run(step); /* inline */
}
