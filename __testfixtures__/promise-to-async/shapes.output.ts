declare function save(value: string): Promise<void>;
declare function read(): Promise<string>;
declare const ready: Promise<void>;

export class Store {
  private static last = '';

  public static async persist(value: string): Promise<string> {
    await save(value);
    Store.last = value;
    return value;
  }

  protected async safeRead(): Promise<string> {
    const promise = read();
    try {
      return await promise;
    } catch {
      return '';
    }
  }
}

export const api = {
  load: async function (): Promise<number> {
    await ready;
    const text = await read();
    return text.length || -1;
  },
};

export default function (): Promise<boolean> {
  return ready.catch((reason) => {
    console.error(reason);
  }).then(() => true);
}

export async function logged(): Promise<string> {
  const text = await read();
  ({ text });
  return 'done';
}
