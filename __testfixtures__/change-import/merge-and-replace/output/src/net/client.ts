export interface Options {
  retries: number;
}

export async function request(url: string, options: Options = { retries: 0 }): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await (await fetch(url)).json();
    } catch (error) {
      if (attempt >= options.retries) throw error;
    }
  }
}
