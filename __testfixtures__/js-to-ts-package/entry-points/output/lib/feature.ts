export const feature = true;
