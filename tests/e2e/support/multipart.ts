/** The file parts of a multipart/form-data body, as the fixture endpoint received them. */
export function fileParts(contentType: string, body: Buffer): { name: string; type: string; bytes: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: { name: string; type: string; bytes: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const filename = /filename="([^"]*)"/.exec(headers);
    if (filename) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? '';
      parts.push({ name: filename[1] ?? '', type, bytes: Buffer.from(part.subarray(headerEnd + 4)) });
    }
    start = next;
  }
  return parts;
}
