export class Timer {
  constructor(name: string, interval: number) {
    this.name = name;
    this.interval = interval;
    this.handle = null;
    this.ticks = 0;
    if (interval > 1000) this.slow = true;
  }

  start() {
    this.handle = setInterval(() => {
      this.ticks += 1;
      this.last = new Date();
    }, this.interval);
  }

  stop() {
    if (this.handle !== null) clearInterval(this.handle);
    this.handle = null;
  }

  get running() {
    return this.handle !== null;
  }

  set label(value: string) {
    this.name = value;
  }
}

declare function setInterval(callback: () => void, ms: number): number;
declare function clearInterval(handle: number): void;
