interface Theme {
  color: string;
}

declare const userTheme: Theme | undefined;
declare const siteTheme: Theme | null;
declare const defaultTheme: Theme;
declare const enabled: boolean;
declare const count: number;

// Both operators convert: no parentheses needed.
export const theme = userTheme || siteTheme || defaultTheme;
// `??` next to `&&` needs parentheses on either side.
export const guarded = (enabled && userTheme) || defaultTheme;
export const unguarded = enabled && userTheme || defaultTheme;
export const fallbackWhenOn = userTheme || enabled && defaultTheme;
// The second || keeps its meaning (its left side may be a number), the first converts.
export const mixed = userTheme || count || defaultTheme;
