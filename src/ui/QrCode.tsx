import qrcode from 'qrcode-generator';

/** A QR code for `text`, drawn as SVG squares (no HTML strings). */
export function QrCode({ text, label, size = 128 }: { text: string; label: string; size?: number }) {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const cells: string[] = [];
  for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (code.isDark(row, col)) cells.push(`M${col} ${row}h1v1h-1z`);
  return (
    <svg className="qr" role="img" aria-label={label} width={size} height={size} viewBox={`-2 -2 ${count + 4} ${count + 4}`} shapeRendering="crispEdges">
      <rect x={-2} y={-2} width={count + 4} height={count + 4} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
