import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import type { FileKind } from '../../main/handlers/fileDialogs';
import { tempDir } from './helpers';

const PDF = new TextEncoder().encode('%PDF-1.7\n% a report\n%%EOF\n');

function setup(answer: string | null, bytes: Uint8Array = PDF) {
  const asked: { kind: FileKind; suggested: string }[] = [];
  let printed = 0;
  const handlers = createHandlers({
    userDataDir: tempDir('skillmix-userdata-'),
    dialogs: { chooseOpen: async () => null, chooseSave: async (kind, suggested) => (asked.push({ kind, suggested }), answer) },
    printToPdf: async () => (printed++, bytes),
  });
  return { handlers, asked, printed: () => printed };
}

describe('report:exportPdf', () => {
  it('asks where, with the title as a safe file name, and writes the printed bytes there', async () => {
    const path = join(tempDir('skillmix-report-'), 'case.pdf');
    const { handlers, asked } = setup(path);
    const result = await handlers['report:exportPdf']({ title: 'Skilled admin: business case / 2026' });
    expect(result).toEqual({ ok: true, value: { path, fileName: 'case.pdf' } });
    expect(asked).toEqual([{ kind: 'pdf', suggested: 'Skilled admin business case 2026.pdf' }]);
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));
  });

  it('prints nothing and writes nothing when the Save dialog is cancelled', async () => {
    const { handlers, printed } = setup(null);
    expect(await handlers['report:exportPdf']({ title: 'A report' })).toEqual({ ok: true, value: null });
    expect(printed()).toBe(0);
  });

  it('refuses what is not a PDF and leaves an earlier file of that name alone', async () => {
    const dir = tempDir('skillmix-report-');
    const path = join(dir, 'case.pdf');
    await setup(path).handlers['report:exportPdf']({ title: 'first' });
    const result = await setup(path, new TextEncoder().encode('<html>not a pdf</html>')).handlers['report:exportPdf']({ title: 'second' });
    expect(result).toMatchObject({ ok: false, error: { code: 'print_failed' } });
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));
    expect(readdirSync(dir)).toEqual(['case.pdf']);
  });

  it('answers with an error, not a throw, where the window cannot print or has no dialogs', async () => {
    const noPrinter = createHandlers({ userDataDir: tempDir('skillmix-userdata-'), dialogs: { chooseOpen: async () => null, chooseSave: async () => '/tmp/x.pdf' } });
    expect(await noPrinter['report:exportPdf']({ title: 'A report' })).toMatchObject({ ok: false, error: { code: 'no_printer' } });
    expect(existsSync('/tmp/x.pdf')).toBe(false);
    const noDialogs = createHandlers({ userDataDir: tempDir('skillmix-userdata-') });
    expect(await noDialogs['report:exportPdf']({ title: 'A report' })).toMatchObject({ ok: false, error: { code: 'no_dialog' } });
    expect(await noDialogs['report:exportPdf']({ title: '' })).toMatchObject({ ok: false, error: { code: 'invalid_args', path: 'title' } });
  });
});
