export const cx = (...names: string[]): string => names.filter(Boolean).join(' ');
