import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrShape, qrSvgFile, quietZone } from './qr';

/** Paints a QR path into an RGBA bitmap (`scale` pixels per module), as a camera would see it. */
function paint(path: string, size: number, scale = 4) {
  const side = (size + 2 * quietZone) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(w) * scale; dx++) {
        const px = (Number(x) + quietZone) * scale + dx;
        const py = (Number(y) + quietZone) * scale + dy;
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
  }
  return { pixels, side };
}

describe('qrShape', () => {
  for (const url of ['https://netral.example.go.id/id/kuis/?ronde=pendek', 'http://localhost:3000/en/panduan/media-sosial/']) {
    it(`draws a code that decodes back to ${url}`, () => {
      const { size, path } = qrShape(url);
      const { pixels, side } = paint(path, size);
      expect(jsQR(pixels, side, side)?.data).toBe(url);
    });
  }

  it('has the size of a QR version (21 + 4n modules)', () => {
    const { size } = qrShape('https://netral.example.go.id/id/');
    expect((size - 21) % 4).toBe(0);
  });
});

describe('qrSvgFile', () => {
  it('is a titled SVG with a white quiet zone and escapes the title', () => {
    const svg = qrSvgFile('https://example.org/', 'Kode QR <a & b>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-4 -4 /);
    expect(svg).toContain('<title>Kode QR &lt;a &amp; b></title>');
    expect(svg).toContain('fill="#fff"');
  });
});
