export const handler = async ({ body }) => {
  return JSON.parse(body);
};
