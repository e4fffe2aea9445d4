import { useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row has this height in pixels: the window is worked out from the scroll offset alone. */
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  /** Rows rendered above and below the visible ones, so fast scrolling does not show blanks. */
  overscan?: number;
  label: string;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
}

/**
 * A windowed list: only the rows in view (plus `overscan`) are in the DOM, positioned inside a spacer as
 * tall as the whole list, so 10,000 rows cost what 20 do. Each row says where it sits in the full list
 * (aria-setsize, aria-posinset) because assistive technology only sees the rendered ones.
 */
export function VirtualList<T>({ items, rowHeight, height, overscan = 8, label, getKey, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const total = items.length;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i += 1) {
    const item = items[i] as T;
    rows.push(
      <li
        key={getKey(item)}
        aria-setsize={total}
        aria-posinset={i + 1}
        className="fd-virtual-row"
        style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {renderRow(item, i)}
      </li>,
    );
  }
  return (
    <div
      className="fd-virtual-list"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={label}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul className="govuk-list" style={{ height: total * rowHeight, position: 'relative', margin: 0 }} data-testid="queue-rows">
        {rows}
      </ul>
    </div>
  );
}
