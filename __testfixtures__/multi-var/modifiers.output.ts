export const A = 'a';
export const B: string = 'b';
declare let g1: number;
declare let g2: string;
namespace N {
  export var one = 1
  export var two = 2
}
