import theme from './theme.json';
import { cx } from '../../util';

export interface ButtonProps {
  label: string;
  primary?: boolean;
}

export function Button(props: ButtonProps): string {
  return `<button class="${cx('btn', props.primary ? theme.primary : theme.plain)}">${props.label}</button>`;
}
