declare const input: unknown;
// the element
export const el = <HTMLElement> /* cast */ input;
export const kept = </* why */ string>input;
