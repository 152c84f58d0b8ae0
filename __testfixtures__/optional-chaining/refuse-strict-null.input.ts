interface Job {
  run(): void;
}

// undefined passes `!== null` and then throws on .run; job?.run() would not throw.
export function start(job: Job | null | undefined): void {
  job !== null && job.run();
}
