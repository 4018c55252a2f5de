import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, writeCsv } from '../../models/csv';

const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.rows;
};

describe('CSV (RFC 4180)', () => {
  it('reads what Excel writes: a BOM, CRLF, quoted commas, doubled quotes and line breaks in quotes', () => {
    const text = `${BOM}team,role,posts\r\n"Locality, North","Social ""key"" worker",6\r\nEast,"Admin\r\nsupport",0.5\r\n`;
    expect(rowsOf(text)).toEqual([
      ['team', 'role', 'posts'],
      ['Locality, North', 'Social "key" worker', '6'],
      ['East', 'Admin\r\nsupport', '0.5'],
    ]);
  });

  it('reads LF files, a missing final line break, empty fields and skips blank lines', () => {
    expect(rowsOf('a,b\n\n1,\n,2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('tells which file line each row starts on, counting blank lines and line breaks in quotes', () => {
    const parsed = parseCsv('a,b\n\n"x\ny",1\n2,3\n');
    expect(parsed).toMatchObject({ ok: true, lines: [1, 3, 5] });
  });

  it('reports an unclosed quote at the row where it opened', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, error: { row: 2, message: expect.stringMatching(/never closed/) } });
  });

  it('reports a stray quote inside a field and text after a closing quote', () => {
    expect(parseCsv('a,b\nx"y,1')).toMatchObject({ ok: false, error: { row: 2 } });
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false, error: { row: 1 } });
  });

  it('writes with a BOM and CRLF, quoting only where needed', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 1.5, null]], { bom: true })).toBe(`${BOM}a,"b,c","say ""hi""",1.5,\r\n`);
  });

  it('reads back exactly what it writes, for any text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é', '£', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (rows) => {
        expect(rowsOf(writeCsv(rows, { bom: true }))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', BOM) }), (text) => {
        const parsed = parseCsv(text);
        expect(parsed.ok || parsed.error.message.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
