interface Settings {
  theme: string;
}

declare function readSettings(path: string): Promise<string>;
declare const cached: Promise<Settings>;

const defaults: Settings = { theme: 'light' };

export function loadSettings(path: string): Promise<Settings> {
  return readSettings(path)
    .then((raw) => JSON.parse(raw) as Settings)
    .catch((error: unknown) => {
      console.warn('settings unreadable', error);
      return defaults;
    });
}

export function cachedTheme(): Promise<string> {
  return cached.then((settings) => settings.theme).catch(() => defaults.theme);
}
