/** A report the renderer cannot draw, with the JSON Pointer of the offending value. */
export class RenderInputError extends Error {
  readonly code = "render/invalid-input";
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly reasonZh: string,
  ) {
    super(`无法渲染：${path || "/"} ${reasonZh}（cannot render: ${path || "/"} ${reason}）`);
    this.name = "RenderInputError";
  }
}
