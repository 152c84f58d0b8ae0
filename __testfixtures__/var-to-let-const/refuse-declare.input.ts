declare var __DEV__: boolean;
declare global {
  var appName: string;
}
export const dev = __DEV__;
