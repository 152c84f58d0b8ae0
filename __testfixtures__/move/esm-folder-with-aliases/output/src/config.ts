export const PAD_CHAR = ' ';
