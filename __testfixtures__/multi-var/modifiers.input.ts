export const A = 'a', B: string = 'b';
declare let g1: number, g2: string;
namespace N {
  export var one = 1, two = 2
}
