namespace Shapes {
  export namespace Polygons {
    export const sides = 3;
  }
}
import Polygons = Shapes.Polygons;
export const n = Polygons.sides;
