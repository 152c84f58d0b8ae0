/**
 * @param [retries] how often
 */
export function start({ name, tags }: { name: string, tags: string[] }, retries: number | undefined, onError: (arg0: Error) => void) {
  if (retries === undefined) onError(new Error(name + tags.join(',')));
}

/**
 * @param options
 * @param options.url where
 */
export function fetchText(options: { url: string; timeout?: number }): string {
  return options.url + (options.timeout ?? 0);
}

export type Listener = (event: string, ...args: unknown[]) => void;

export const listeners: Listener[] = [];

export const listen = (listener: Listener): () => void => {
  listeners.push(listener);
  return () => void listeners.splice(listeners.indexOf(listener), 1);
};

export const twice = (n: number | null) => (n ?? 0) * 2;

declare const input: unknown;
export const words: string[] = (input as string).split(' ');
export const size = (words /* the list */ as { length: number }).length;
