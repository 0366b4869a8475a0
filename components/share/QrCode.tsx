import { qrShape, qrViewBox, quietZone } from '@/lib/share/qr';

interface Props {
  /** The text (a URL) the code carries. */
  value: string;
  /** What the code opens, for screen readers. */
  label: string;
  className?: string;
}

/** A QR code drawn at build time as inline SVG: black on white in every colour scheme, sharp at any size. */
export function QrCode({ value, label, className }: Props) {
  const { size, path } = qrShape(value);
  const side = size + 2 * quietZone;
  return (
    <svg viewBox={qrViewBox(size)} role="img" aria-label={label} shapeRendering="crispEdges" className={className}>
      <rect x={-quietZone} y={-quietZone} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
