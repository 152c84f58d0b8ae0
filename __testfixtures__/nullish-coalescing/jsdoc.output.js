/**
 * @typedef {{ retries: number }} Policy
 * @param {Policy | undefined} policy
 * @param {number | undefined} timeout
 */
export function request(policy, timeout) {
  const chosen = policy ?? { retries: 3 };
  const wait = timeout || 1000;
  return { chosen, wait };
}
