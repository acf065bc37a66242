import type { LegendModel } from '../../domain/metrics/legend';
import { cutText } from '../../domain/text';
import type { Language } from '../../domain/language';
import { LIGHT_THEME as theme } from '../../map/theme';

/** What the PNG says beside the map's own pixels, in the interface's language. */
export interface MapPngText {
  /** The map's title (src/domain/map-title.ts); empty: none drawn. */
  title: string;
  noData: string;
  language: Language;
  /** When the image was made (today). */
  date: Date;
}

/** Words of `text` in lines no wider than `width`, at most `max` lines (the last one cut with …). */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number, max: number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && ctx.measureText(`${last} …`).width > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()} …`;
  return kept;
}

/**
 * The map with its title across the top and its legend in a corner, as one PNG: what the user
 * sees, with its source and the date. The map comes drawn at `scale` pixels per CSS pixel
 * (src/map/snapshot.ts: twice the screen's size), and so is everything drawn over it.
 */
export async function renderMapPng(
  map: HTMLCanvasElement,
  legend: LegendModel,
  text: MapPngText,
  scale = 2,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  const noDataLabel = text.noData;
  if (text.title) {
    // The title in a band at the top left, as on the screen, at most three lines.
    ctx.font = `600 ${16 * scale}px "Noto Sans", sans-serif`;
    const pad = 10 * scale;
    const lines = wrapText(ctx, text.title, canvas.width - 24 * scale - 2 * pad, 3);
    const lineHeight = 22 * scale;
    const width = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 2 * pad;
    ctx.fillStyle = theme.legendPaper;
    ctx.fillRect(12 * scale, 12 * scale, width, lines.length * lineHeight + pad);
    ctx.fillStyle = theme.ink;
    ctx.textBaseline = 'alphabetic';
    lines.forEach((l, i) =>
      ctx.fillText(l, 12 * scale + pad, 12 * scale + (i + 1) * lineHeight - 2 * scale),
    );
  }
  const line = 18 * scale;
  const rows = [
    ...legend.classes.map((c) => ({ colour: c.colour, label: c.label })),
    ...(legend.showNoData ? [{ colour: null, label: noDataLabel }] : []),
  ];
  ctx.font = `${10 * scale}px "Noto Sans", sans-serif`;
  const made = new Intl.DateTimeFormat(text.language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
  }).format(text.date);
  const footer = `Integrationskartan, ${made} · Lantmäteriet, SCB, Natural Earth`;
  const width = Math.max(360 * scale, ctx.measureText(footer).width + 20 * scale);
  const height = (rows.length + 3.2) * line + 12 * scale;
  const x = 12 * scale;
  const y = canvas.height - height - 12 * scale;
  ctx.fillStyle = theme.legendPaper;
  ctx.fillRect(x, y, width, height);
  ctx.fillStyle = theme.ink;
  ctx.font = `600 ${13 * scale}px "Noto Sans", sans-serif`;
  ctx.fillText(
    `${legend.title}${legend.unit ? ` (${legend.unit})` : ''}`,
    x + 10 * scale,
    y + line,
  );
  ctx.font = `${12 * scale}px "Noto Sans", sans-serif`;
  rows.forEach((row, i) => {
    const ry = y + line * (i + 1.6);
    if (row.colour) {
      ctx.fillStyle = row.colour;
      ctx.fillRect(x + 10 * scale, ry, 22 * scale, 12 * scale);
    } else {
      ctx.fillStyle = theme.noDataPaper;
      ctx.fillRect(x + 10 * scale, ry, 22 * scale, 12 * scale);
      ctx.strokeStyle = theme.noDataInk;
      for (let k = -12; k < 22; k += 4) {
        ctx.beginPath();
        ctx.moveTo(x + (10 + Math.max(0, k)) * scale, ry + (12 - Math.max(0, -k)) * scale);
        ctx.lineTo(x + (10 + Math.min(22, k + 12)) * scale, ry + Math.max(0, k + 12 - 22) * scale);
        ctx.stroke();
      }
    }
    ctx.strokeStyle = theme.swatchOutline;
    ctx.strokeRect(x + 10 * scale, ry, 22 * scale, 12 * scale);
    ctx.fillStyle = theme.ink;
    ctx.fillText(row.label, x + 40 * scale, ry + 11 * scale);
  });
  ctx.fillStyle = theme.inkMuted;
  ctx.font = `${10 * scale}px "Noto Sans", sans-serif`;
  const sourceY = y + line * (rows.length + 2.2);
  ctx.fillText(cutText(legend.source, 90), x + 10 * scale, sourceY);
  ctx.fillText(footer, x + 10 * scale, sourceY + line * 0.8);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
