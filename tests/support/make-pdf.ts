/** Writes small synthetic PDFs for tests: text pages in a standard font, or pages that are only drawings (a "scan"). */

/** PDF string literal: backslashes and parentheses escaped; text limited to Latin-1 (WinAnsi). */
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A PDF whose pages show `pages` (one array of lines per page, "" for a paragraph break), with an
 * info dictionary; `scanned` draws rectangles instead of text.
 */
export function makePdf(pages: string[][], info: { title?: string; created?: string } = {}, scanned = false): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  void catalog;
  add("PAGES");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    let stream: string;
    if (scanned) stream = "0.5 g 72 72 450 650 re f";
    else {
      stream = `BT /F1 11 Tf 14 TL 72 760 Td\n${lines.map((l) => (l === "" ? "T*" : `${literal(l)} Tj T*`)).join("\n")}\nET`;
    }
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const infoParts = [info.title ? `/Title ${literal(info.title)}` : "", info.created ? `/CreationDate (D:${info.created})` : ""].join(" ");
  const infoRef = add(`<< ${infoParts} /Producer (synthetic test fixture) >>`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
