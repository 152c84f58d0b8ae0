export function city(address) {
  return address && address.city;
}
