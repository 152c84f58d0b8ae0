const queue = [first];
// drain the queue; pushing while looping is fine for both loop forms
for (const job of queue) {
  // run it
  queue.push(...job.run()); /* follow-ups */
}
