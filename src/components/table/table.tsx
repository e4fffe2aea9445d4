import type { ReactNode } from 'react';

// A GOV.UK table from rows and column definitions: the caption names the table, the first column heads
// each row (th scope="row"), numeric columns are right-aligned as GOV.UK asks.

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** Extra classes on the column's cells, e.g. 'govuk-!-font-weight-regular' on a row header. */
  className?: string;
}

export interface TableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  testId?: string;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export function Table<T>({ caption, columns, rows, rowKey, testId }: TableProps<T>) {
  const [first, ...rest] = columns;
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th key={c.header} scope="col" className={classes('govuk-table__header', c.numeric && 'govuk-table__header--numeric')}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {first && (
              <th scope="row" className={classes('govuk-table__header', first.numeric && 'govuk-table__header--numeric', first.className)}>
                {first.cell(row)}
              </th>
            )}
            {rest.map((c) => (
              <td key={c.header} className={classes('govuk-table__cell', c.numeric && 'govuk-table__cell--numeric', c.className)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
