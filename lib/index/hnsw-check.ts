/** The hnswlib index file: its structure validated before the native addon reads it, and its vectors read without it. */
import { corruptIndex } from "./corrupt";

/**
 * hnswlib (a native addon) trusts its file: a bad entry point, level or neighbour id crashes the
 * whole process (segfault or abort) at the first search. Walk the file's structure first, so a
 * damaged index is an AppError; the manifest's checksums, when present, catch everything else.
 */
export function checkHnswFile(file: string, b: Buffer, count: number, dimensions: number): void {
  const corrupt = (why: string) => corruptIndex(`The vector index ${file} is corrupted (${why}).`);
  const HEADER = 96;
  if (b.length < HEADER) throw corrupt("truncated header");
  const u64 = (at: number) => Number(b.readBigUInt64LE(at));
  const [elements, sizePerElement, labelOffset, offsetData] = [u64(16), u64(24), u64(32), u64(40)];
  const [maxLevel, entryPoint, maxM, maxM0] = [b.readInt32LE(48), b.readUInt32LE(52), u64(56), u64(64)];
  if (elements !== count) throw corrupt(`${elements} vectors for ${count} chunks`);
  // Builds size the graph exactly; a huge capacity would make hnswlib allocate it all on load.
  if (u64(8) < count || u64(8) > 2 * count + 1024) throw corrupt("bad capacity");
  if (maxM < 1 || maxM > 10_000 || maxM0 < 1 || maxM0 > 20_000) throw corrupt("bad graph parameters");
  const linksLevel0 = maxM0 * 4 + 4;
  if (offsetData !== linksLevel0 || labelOffset !== linksLevel0 + dimensions * 4 || sizePerElement !== labelOffset + 8)
    throw corrupt("element layout does not match the manifest's dimensions");
  let pos = HEADER + count * sizePerElement;
  if (pos > b.length) throw corrupt("truncated");
  const checkLinks = (at: number, max: number) => {
    const n = b.readUInt16LE(at);
    if (n > max) throw corrupt("bad neighbour list");
    for (let j = 0; j < n; j++) if (b.readUInt32LE(at + 4 + 4 * j) >= count) throw corrupt("neighbour out of range");
  };
  for (let i = 0; i < count; i++) {
    const base = HEADER + i * sizePerElement;
    checkLinks(base, maxM0);
    if (u64(base + labelOffset) >= count) throw corrupt("label out of range");
  }
  const linksPerLevel = maxM * 4 + 4;
  const levels: number[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 4 > b.length) throw corrupt("truncated");
    const size = b.readUInt32LE(pos);
    pos += 4;
    if (size % linksPerLevel !== 0 || pos + size > b.length) throw corrupt("bad level list");
    levels.push(size / linksPerLevel);
    for (let l = 0; l < size / linksPerLevel; l++) checkLinks(pos + l * linksPerLevel, maxM);
    pos += size;
  }
  if (pos !== b.length) throw corrupt("unexpected trailing bytes");
  if (count > 0 && (entryPoint >= count || levels[entryPoint] !== maxLevel || levels.some((l) => l > maxLevel))) throw corrupt("bad entry point");
}

/**
 * Each stored element's label and vector, from a file `checkHnswFile` accepted (level-0 records:
 * links, then the vector, then the label). Vectors are views into `b` where it is 4-byte aligned.
 */
export function eachHnswVector(b: Buffer, dimensions: number, visit: (label: number, vector: Float32Array) => void): void {
  const HEADER = 96;
  const u64 = (at: number) => Number(b.readBigUInt64LE(at));
  const [count, sizePerElement, labelOffset, offsetData] = [u64(16), u64(24), u64(32), u64(40)];
  const aligned = (b.byteOffset + HEADER + offsetData) % 4 === 0 && sizePerElement % 4 === 0;
  const floats = aligned ? new Float32Array(b.buffer, b.byteOffset, Math.floor(b.length / 4)) : null;
  const copy: Float32Array<ArrayBufferLike> = new Float32Array(dimensions);
  for (let i = 0; i < count; i++) {
    const base = HEADER + i * sizePerElement;
    let vector = copy;
    if (floats) vector = floats.subarray((base + offsetData) / 4, (base + offsetData) / 4 + dimensions);
    else for (let d = 0; d < dimensions; d++) copy[d] = b.readFloatLE(base + offsetData + 4 * d);
    visit(u64(base + labelOffset), vector);
  }
}
