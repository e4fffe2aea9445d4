// Text widths for layout, estimated from Arial's advance widths (the app's font, see global.scss) so that
// the same graph gets the same layout in the browser, in a worker and in tests, without a canvas.

const NARROW = new Set([...'ijlI.,:;!|\'’[]()ft ']);
const WIDE = new Set([...'mwMW@%']);

/** Width in pixels of `text` in Arial at `size` px (bold adds ~7%). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.28;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else if (ch === '-' || ch === '.') em += 0.33;
    else em += 0.52;
  }
  return Math.ceil(em * size * (bold ? 1.07 : 1));
}
