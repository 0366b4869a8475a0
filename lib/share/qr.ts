import QRCode from 'qrcode';

/** Blank modules around the symbol: the quiet zone that scanners need to find the code. */
export const quietZone = 4;

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path (in module units) that draws every dark module. */
  path: string;
}

/**
 * The QR code of `text` as one SVG path, one horizontal run of dark modules per sub-path.
 * Error correction level M survives a smudged print or a glare on a projector screen.
 */
export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      runs.push(`M${start} ${row}h${col - start}v1H${start}z`);
    }
  }
  return { size, path: runs.join('') };
}

/** `viewBox` of a QR shape including its quiet zone. */
export function qrViewBox(size: number): string {
  return `${-quietZone} ${-quietZone} ${size + 2 * quietZone} ${size + 2 * quietZone}`;
}

/** A standalone SVG file of the QR code of `text`: black on white, whatever the page's colour scheme. */
export function qrSvgFile(text: string, title: string): string {
  const { size, path } = qrShape(text);
  const side = size + 2 * quietZone;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${qrViewBox(size)}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title>` +
    `<rect x="${-quietZone}" y="${-quietZone}" width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${path}"/></svg>\n`
  );
}
