export const handler = async event => {
  const body = event.body;
  return JSON.parse(body);
};
