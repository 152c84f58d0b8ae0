import { Queue } from './queue.js';

const jobs = new Queue<string>();
jobs.push('build');

const { take } = jobs;
export const next = (): string | undefined => jobs.take() ?? take.call(jobs);

// An unrelated `take` on another type is not the same member.
const tap = { take: () => 'tap' };
export const other = tap.take();
