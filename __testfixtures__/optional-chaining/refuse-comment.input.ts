interface Job {
  run(): void;
}

export function start(job: Job | undefined): void {
  job /* queued? */ && job.run();
}
