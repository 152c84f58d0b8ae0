function Group(...args) {
  return <div>{Array.from(args).map((child) => <span>{child}</span>)}</div>;
}
