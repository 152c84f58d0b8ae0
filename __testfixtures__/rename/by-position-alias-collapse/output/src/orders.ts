import { newId } from './ids.js';

export const orderId = (): string => newId('order');
