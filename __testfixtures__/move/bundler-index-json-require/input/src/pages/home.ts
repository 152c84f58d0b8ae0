import { Button, type ButtonProps } from '../components/Button';
import theme from '../components/Button/theme.json';

const props: ButtonProps = { label: 'Start', primary: true };
export const home = (): string => Button(props) + theme.plain;
export const lazy = () => import('../components/Button/Button');
