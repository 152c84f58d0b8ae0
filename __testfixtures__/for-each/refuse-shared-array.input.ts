function drain(queue) {
  const jobs = queue.slice();
  scheduler.track(jobs);
  jobs.forEach((job) => {
    job.run();
  });
}
function visitAll(nodes: Node[]) {
  nodes.forEach((node) => visit(node));
}
