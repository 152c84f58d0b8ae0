type UserId = string & { readonly brand: 'UserId' };

export function idOrGuest(id: UserId | null, guest: UserId): UserId {
  return id ? id : guest;
}
