export default function Button() {
  return <button type="button">ok</button>;
}
