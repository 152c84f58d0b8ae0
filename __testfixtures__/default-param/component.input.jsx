function Avatar({ user }, size) {
  if (size === undefined) size = 32;
  return <img src={user.avatar} width={size} height={size} />;
}
