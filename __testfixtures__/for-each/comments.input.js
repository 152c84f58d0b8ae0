const steps = ['fetch', 'parse', 'emit'];
// run each step in order
steps.forEach(function (step) {
  // the step logs itself
  run(step); /* inline */
});
