function Group() {
  return <div>{Array.from(arguments).map((child) => <span>{child}</span>)}</div>;
}
