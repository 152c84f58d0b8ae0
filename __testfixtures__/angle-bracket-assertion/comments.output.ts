declare const input: unknown;
// the element
export const el = /* cast */ input as HTMLElement;
export const kept = </* why */ string>input;
