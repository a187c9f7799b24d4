/** The parts of the `dxf` package (no types of its own) that design file previews use. */
declare module 'dxf' {
  export class Helper {
    constructor(contents: string);
    /** The drawing's entities with their blocks and transforms applied. */
    readonly denormalised: readonly { type: string }[];
    toSVG(): string;
  }
}
