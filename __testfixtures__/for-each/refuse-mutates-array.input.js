const queue = [start];
queue.forEach((node) => {
  queue.push(...node.children);
});
