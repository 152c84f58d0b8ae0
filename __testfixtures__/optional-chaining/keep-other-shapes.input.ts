interface Timer {
  id: number;
}

declare function clear(id: number): void;
declare function current(): Timer | undefined;

export function stop(timer: Timer | undefined, other: Timer | undefined): void {
  timer && clear(timer.id);
  timer && other!.id;
  current() && current()!.id;
}
