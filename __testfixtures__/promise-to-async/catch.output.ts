interface Settings {
  theme: string;
}

declare function readSettings(path: string): Promise<string>;
declare const cached: Promise<Settings>;

const defaults: Settings = { theme: 'light' };

export async function loadSettings(path: string): Promise<Settings> {
  const promise = readSettings(path);
  try {
    const raw = await promise;
    return JSON.parse(raw) as Settings;
  } catch (error: unknown) {
    console.warn('settings unreadable', error);
    return defaults;
  }
}

export async function cachedTheme(): Promise<string> {
  try {
    const settings = await cached;
    return settings.theme;
  } catch {
    return defaults.theme;
  }
}
