function Avatar({ user }, size = 32) {
  return <img src={user.avatar} width={size} height={size} />;
}
