declare function save(value: string): Promise<void>;
declare function read(): Promise<string>;
declare const ready: Promise<void>;

export class Store {
  private static last = '';

  public static persist(value: string): Promise<string> {
    return save(value)
      .then(() => {
        Store.last = value;
      })
      .then(() => value);
  }

  protected safeRead(): Promise<string> {
    return read().catch(() => '');
  }
}

export const api = {
  load: function (): Promise<number> {
    return ready.then(() => read()).then((text) => text.length || -1);
  },
};

export default function (): Promise<boolean> {
  return ready.catch((reason) => {
    console.error(reason);
  }).then(() => true);
}

export function logged(): Promise<string> {
  return read()
    .then((text) => ({ text }))
    .then(() => 'done');
}
