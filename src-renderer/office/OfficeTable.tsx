import type { ReactNode } from 'react';

/**
 * A back-office list: nothing while it loads, a sentence when it is empty, else a table whose
 * header cells are `headers` (an empty string for a column of buttons) and whose rows `row` draws.
 */
export function OfficeTable<T>({
  rows,
  empty,
  headers,
  row,
  testId,
}: Readonly<{
  rows: readonly T[] | null | undefined;
  empty: string;
  headers: readonly string[];
  row(item: T): ReactNode;
  testId?: string;
}>) {
  if (!rows) return null;
  if (rows.length === 0) return <p className="office-empty">{empty}</p>;
  return (
    <table className="office-table" data-testid={testId}>
      <thead>
        <tr>
          {headers.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the header row is fixed; a column's place is its identity.
            <th key={i}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
    </table>
  );
}
