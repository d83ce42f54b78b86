/**
 * A WebAssembly module of one exported function over an imported memory (`env.memory`), assembled
 * by hand: the exact scans need one tight loop each, and a loop needs no toolchain.
 */

/** Value types of the binary format. */
export const WASM_TYPE = { i32: 0x7f, f32: 0x7d, f64: 0x7c, v128: 0x7b } as const;

/** WebAssembly's page, and its 32-bit memory: 65,536 pages of 64 KiB. */
const WASM_PAGE = 65_536;
const WASM_MAX_PAGES = 65_536;

/** Unsigned LEB128, as the binary format writes sizes and immediates. */
function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const vector = (items: number[][]) => [...leb(items.length), ...items.flat()];
const name = (text: string) => [...leb(text.length), ...[...text].map((c) => c.charCodeAt(0))];

/** `local.get` of a parameter or local. */
export const localGet = (local: number) => [0x20, local];

/**
 * The module of one function `exported(params…)` returning nothing; `body` is its code from the
 * local declarations to the final `end`.
 */
export function oneFunctionModule(exported: string, params: number[], body: number[]): WebAssembly.Module {
  return new WebAssembly.Module(
    new Uint8Array([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, vector([[0x60, params.length, ...params, 0]])),
      ...section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 0x01]])), // memory imported, ≥ 1 page
      ...section(3, vector([[0]])),
      ...section(7, vector([[...name(exported), 0x00, 0]])),
      ...section(10, vector([[...leb(body.length), ...body]])),
    ]),
  );
}

/** A module assembled and compiled at its first use, then kept for the process. */
export function compiledOnce(assemble: () => WebAssembly.Module): () => WebAssembly.Module {
  let compiled: WebAssembly.Module | null = null;
  return () => (compiled ??= assemble());
}

/** A module's exports and the memory they work in. */
export type WasmInstance = { memory: WebAssembly.Memory; exports: WebAssembly.Exports };

/**
 * The exports of `module()` instantiated over a new memory of at least `bytes` bytes (one page at
 * the least), or null when WebAssembly's 32-bit memory cannot hold them or the host cannot reserve
 * the memory (a RangeError): each caller keeps a path without WebAssembly for that.
 */
export function instantiateOverMemory(module: () => WebAssembly.Module, bytes: number): WasmInstance | null {
  if (bytes > (WASM_MAX_PAGES - 1) * WASM_PAGE) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / WASM_PAGE)) });
    return { memory, exports: new WebAssembly.Instance(module(), { env: { memory } }).exports };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
