import qrcode from 'qrcode-generator';

/** The quiet zone around a QR code, in modules: four, as the standard asks for. */
export const QUIET_ZONE = 4;

/** The modules of a QR code, row by row: true is dark. */
export type QrModules = boolean[][];

/**
 * The QR code of a link, made here (qrcode-generator, offline): the smallest version that holds it
 * at error correction level M (15 % of the code may be damaged or soiled and it still reads).
 * The library writes each character as one byte, so only printable ASCII is taken; a URL as the
 * browser serialises it (`URL.href`) always is.
 */
export function qrModules(text: string): QrModules {
  if (!/^[\x21-\x7e]+$/.test(text)) {
    throw new Error('a QR code here holds a URL: printable ASCII without spaces');
  }
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
}

/**
 * The dark modules as one SVG path, in module units with the quiet zone around them (the viewBox
 * is `0 0 n n`, n = size + 2 × QUIET_ZONE): each horizontal run of dark modules is one rectangle,
 * so the code stays crisp at any print resolution and the path stays short.
 */
export function qrPathData(modules: QrModules): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
