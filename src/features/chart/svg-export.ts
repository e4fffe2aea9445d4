import { stateTitle, type ChartModel } from './chart-model';
import { labelLines, ruleSummary, SIZES, type ChartLayout } from './layout';
import type { ChartView } from './view';

// A standalone SVG of the chart as it is shown (same layout, same marks), written from the layout rather
// than copied from the DOM: React Flow draws states as HTML, which an SVG file cannot hold. PNG is the
// same SVG rasterised on a canvas.

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLOURS = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  border: '#0b0c0c',
  grey: '#b1b4b6',
  greyFill: '#f3f2f1',
  active: '#1d70b8',
  activeFill: '#d2e2f1',
  taken: '#d4351c',
  visitedFill: '#e8f1f8',
  differs: '#ffdd00',
};

export function toSvg(model: ChartModel, layout: ChartLayout, view: ChartView, title: string): string {
  const out: string[] = [];
  const w = Math.ceil(layout.width);
  const h = Math.ceil(layout.height);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="fd-title" font-family="Arial, sans-serif">`,
    `<title id="fd-title">${escape(title)}</title>`,
    '<defs>',
    ...(['plain', 'taken', 'greyed'] as const).map(
      (kind) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${kind === 'taken' ? COLOURS.taken : kind === 'greyed' ? COLOURS.grey : COLOURS.border}"/></marker>`,
    ),
    '</defs>',
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
  );

  // Compound states first (behind), then atomic states, then edges and their labels on top.
  const nodes = [...layout.nodes].sort((a, b) => Number(b.open) - Number(a.open));
  for (const n of nodes) {
    const x = n.absX;
    const y = n.absY;
    if (n.kind === 'initial') {
      out.push(`<circle cx="${x + n.width / 2}" cy="${y + n.height / 2}" r="${n.width / 2}" fill="${COLOURS.text}"/>`);
      continue;
    }
    const state = model.byId.get(n.id);
    if (!state) continue;
    const active = view.active.has(n.id);
    const greyed = view.greyedStates.has(n.id);
    const stroke = active ? COLOURS.active : greyed ? COLOURS.grey : COLOURS.border;
    const fill = n.open ? 'none' : active ? COLOURS.activeFill : greyed ? COLOURS.greyFill : view.visited.has(n.id) ? COLOURS.visitedFill : '#ffffff';
    const strokeWidth = active ? 4 : 2;
    const dash = greyed || view.passed.has(n.id) ? ' stroke-dasharray="6 4"' : '';
    const data = `data-state-id="${escape(n.id)}"${active ? ' data-active="true"' : ''}${greyed ? ' data-greyed="true"' : ''}`;
    if (state.kind === 'choice') {
      const cx = x + n.width / 2;
      const cy = y + n.height / 2;
      out.push(
        `<g ${data}><polygon points="${cx},${y} ${x + n.width},${cy} ${cx},${y + n.height} ${x},${cy}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`,
        `<text x="${cx}" y="${cy + 5}" text-anchor="middle" font-size="${SIZES.titleFont}" font-weight="bold" fill="${greyed ? COLOURS.secondary : COLOURS.text}">${escape(stateTitle(state))}</text></g>`,
      );
      continue;
    }
    out.push(`<g ${data}><rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`);
    if (state.kind === 'final') {
      out.push(`<rect x="${x + 4}" y="${y + 4}" width="${n.width - 8}" height="${n.height - 8}" rx="5" fill="none" stroke="${stroke}" stroke-width="1.5"/>`);
    }
    const titleY = n.open ? y + 26 : y + 22;
    out.push(
      `<text x="${n.open ? x + 12 : x + n.width / 2}" y="${titleY}" text-anchor="${n.open ? 'start' : 'middle'}" font-size="${SIZES.titleFont}" font-weight="bold" fill="${greyed ? COLOURS.secondary : COLOURS.text}">${escape(stateTitle(state))}</text>`,
    );
    if (!n.open && state.rules.length > 0) {
      out.push(`<text x="${x + n.width / 2}" y="${y + 40}" text-anchor="middle" font-size="${SIZES.ruleFont}" fill="${COLOURS.secondary}">${escape(ruleSummary(state.rules))}</text>`);
    }
    out.push('</g>');
  }

  const byId = new Map(model.transitions.map((t) => [t.id, t]));
  for (const e of layout.edges) {
    const t = e.transition ? byId.get(e.transition) : undefined;
    const taken = t ? view.taken.has(t.id) : false;
    const greyed = t ? view.greyedTransitions.has(t.id) : false;
    const colour = taken ? COLOURS.taken : greyed ? COLOURS.grey : COLOURS.border;
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${taken ? 3 : 1.5}"${greyed ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#arrow-${taken ? 'taken' : greyed ? 'greyed' : 'plain'})"${t ? ` data-transition-id="${escape(t.id)}"` : ''}/>`,
    );
    if (t && e.label) {
      const { x, y, width, height } = e.label;
      out.push(`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="3" fill="#ffffff" stroke="${taken ? COLOURS.taken : 'none'}"/>`);
      labelLines(t).forEach((line, i) => {
        out.push(
          `<text x="${x + width / 2}" y="${y + 15 + i * SIZES.labelLine}" text-anchor="middle" font-size="${SIZES.labelFont}"${i === 0 ? ' font-weight="bold"' : ''} fill="${greyed ? COLOURS.secondary : COLOURS.text}">${escape(line)}</text>`,
        );
      });
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

/** Rasterises an SVG string to a PNG blob at `scale` times its size (browser only). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as an image');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to download without leaving the page. */
export function download(name: string, data: Blob | string, type = 'text/plain') {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
