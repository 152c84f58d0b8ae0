export const lists = (values) => values.filter((value) => Array.isArray(value) || value === undefined);
