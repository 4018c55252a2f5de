import type { ReactNode } from 'react';
import { toCsv, type Cell } from './csv';
import { downloadText } from './download';

interface Props {
  id: string;
  title: string;
  /** One sentence on how to read it. */
  description?: string;
  chart: ReactNode;
  /** The same figures as a table: the chart's text alternative. */
  table: { header: string[]; rows: Cell[][]; numeric?: boolean[] };
  /** The download: its file name and contents (defaults to the table). */
  csv: { filename: string; text?: () => string };
}

/**
 * Every chart comes with its figures as a table and as a CSV file (WCAG: a text alternative,
 * and the numbers for those who want to work with them).
 */
export function ChartFigure({ id, title, description, chart, table, csv }: Props) {
  const download = () => downloadText(csv.filename, csv.text ? csv.text() : toCsv(table.header, table.rows));
  return (
    <figure className="figure" aria-labelledby={`${id}-title`}>
      <div className="figure__head">
        <h3 id={`${id}-title`} className="figure__title">
          {title}
        </h3>
        <button type="button" className="button button--secondary" onClick={download}>
          Download CSV<span className="visually-hidden"> of {title}</span>
        </button>
      </div>
      {description && <p className="figure__description">{description}</p>}
      {chart}
      <details className="figure__table">
        <summary>
          Show as table<span className="visually-hidden">: {title}</span>
        </summary>
        {/* Focusable so a keyboard can scroll a table wider than the view. */}
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}, as a table`}>
          <table className="data-table">
            <thead>
              <tr>
                {table.header.map((h, i) => (
                  <th key={h} scope="col" className={table.numeric?.[i] ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c} className={table.numeric?.[c] ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
