import { DxfWriter, point2d, point3d } from '@tarikjabiri/dxf';

/** A flat part: its outline in mm and the holes cut through it. */
export interface FlatPart {
  width: number;
  height: number;
  holes: { x: number; y: number; diameter: number }[];
}

/** An ASCII DXF drawing (R2007) of a flat part: the outline as a closed polyline, each hole a circle. */
export function partDrawing(part: FlatPart): string {
  const dxf = new DxfWriter();
  dxf.addRectangle(point2d(0, part.height), point2d(part.width, 0));
  for (const hole of part.holes) dxf.addCircle(point3d(hole.x, hole.y), hole.diameter / 2);
  return dxf.stringify();
}
