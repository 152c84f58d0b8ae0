export function Button(props: Props) {
  return <button style={{ ...baseStyle, ...props.style }}>{props.label}</button>;
}
