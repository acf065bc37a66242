import type { LegendModel } from '../../domain/metrics/legend';
import { cutText } from '../../domain/text';
import { LIGHT_THEME as theme } from '../../map/theme';

/** The map with its legend drawn in a corner, as one PNG: what the user sees, with its source. */
export async function renderMapPng(
  map: HTMLCanvasElement,
  legend: LegendModel,
  noDataLabel: string,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  const scale = Math.max(1, map.width / 1200);
  const line = 18 * scale;
  const rows = [
    ...legend.classes.map((c) => ({ colour: c.colour, label: c.label })),
    ...(legend.showNoData ? [{ colour: null, label: noDataLabel }] : []),
  ];
  const width = 360 * scale;
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
  ctx.fillText(
    'Integrationskartan · Lantmäteriet, SCB, Natural Earth',
    x + 10 * scale,
    sourceY + line * 0.8,
  );
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
