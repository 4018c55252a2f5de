import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../models/presets/index';
import { resultToCsv } from '../../models/resultCsv';
import { simulate } from '../../models/simulate';

/** A small RFC 4180 reader, enough to read back what the writer wrote. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('result CSV', () => {
  it('quotes names with commas and quotes, and reads back to the same figures', () => {
    const s = presetScenario('traditional');
    s.name = 'Team "North", pilot';
    const r = simulate(s, { engine: 'capacity' });
    const rows = parse(resultToCsv(r).slice(1));
    expect(rows[0]).toEqual(['section', 'team', 'role', 'kpi', 'stat', 'value', 'unit']);
    expect(rows.find((x) => x[3] === 'name')![5]).toBe('Team "North", pilot');
    expect(rows.every((x) => x.length === 7)).toBe(true);
    const direct = rows.find((x) => x[2] === 'social_worker' && x[3] === 'shares.direct')!;
    expect(Number(direct[5])).toBe(r.roles[0].shares.direct);
  });
});
