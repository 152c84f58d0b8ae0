const queue = [first];
// drain the queue; pushing while looping is fine for both loop forms
for (let i = 0; i < queue.length; i++) {
  const job = queue[i];
  // run it
  queue.push(...job.run()); /* follow-ups */
}
