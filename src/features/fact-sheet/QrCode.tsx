import { useMemo } from 'react';
import { QUIET_ZONE, qrModules, qrPathData } from './qr';

/**
 * A QR code as SVG: black on white with its quiet zone, crisp at any print resolution, made in
 * the browser (no service, no inline script: it is markup like any other).
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = useMemo(() => qrModules(text), [text]);
  const side = modules.length + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="sheet-qr"
      data-text={text}
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={qrPathData(modules)} fill="#000000" />
    </svg>
  );
}
