declare const headers: Record<string, string> | undefined;
declare const rows: string[][] | undefined;
declare const handlers: { [event: string]: (() => void) | undefined } | undefined;

export const contentType = headers?.['content-type'];
export const firstCell = rows?.[0]?.[0];
if (handlers?.['close']) handlers['close']();
