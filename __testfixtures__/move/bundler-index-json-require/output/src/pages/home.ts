import { Button, type ButtonProps } from '../ui/button';
import theme from '../ui/button/theme.json';

const props: ButtonProps = { label: 'Start', primary: true };
export const home = (): string => Button(props) + theme.plain;
export const lazy = () => import('../ui/button/Button');
