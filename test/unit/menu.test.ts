import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../models/api';
import { AVAILABLE_COMMANDS, buildMenuTemplate, commandsIn, type MenuItemSpec } from '../../main/menu';

const linux = buildMenuTemplate({ isDev: false, platform: 'linux' });

function find(items: MenuItemSpec[], label: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = find(item.submenu ?? [], label);
    if (inner) return inner;
  }
  return undefined;
}

describe('application menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(linux.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('lists the File items, each enabled, with the shortcuts the page handles', () => {
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Close', 'Scenario (JSON)…', 'Establishment (CSV)…', 'Demand (CSV)…', 'Results (CSV)…']) {
      const item = find(linux, label);
      expect(item, label).toBeDefined();
      expect(item!.enabled, label).toBe(true);
    }
    for (const label of ['New', 'Open…', 'Save', 'Save As…']) expect(find(linux, label)!.registerAccelerator, label).toBe(false);
    expect(find(linux, 'Save As…')!.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(linux, 'Quit')?.role).toBe('quit');
  });

  it('builds Open Recent from the recent files, marking missing ones and leaving them unchosen', () => {
    expect(find(linux, 'Open Recent')!.enabled).toBe(false);
    const template = buildMenuTemplate({
      isDev: false,
      platform: 'linux',
      recent: [
        { path: '/p/plan.skillmix', name: 'plan.skillmix', openedAt: '2025-05-01T10:00:00Z', exists: true },
        { path: '/p/gone.skillmix', name: 'gone.skillmix', openedAt: '2025-04-01T10:00:00Z', exists: false },
      ],
    });
    const recent = find(template, 'Open Recent')!;
    expect(recent.enabled).toBe(true);
    expect(recent.submenu!.map((i) => [i.label, i.command, i.detail, i.enabled])).toEqual([
      ['plan.skillmix', 'file:open-recent', '/p/plan.skillmix', true],
      ['gone.skillmix (missing)', 'file:open-recent', '/p/gone.skillmix', false],
    ]);
  });

  it('enables exactly the commands that are built', () => {
    for (const cmd of commandsIn(linux)) {
      const item = linux.flatMap(function all(i): MenuItemSpec[] {
        return [i, ...(i.submenu ?? []).flatMap(all)];
      }).find((i) => i.command === cmd)!;
      expect(item.enabled, cmd).toBe(AVAILABLE_COMMANDS.has(cmd));
    }
    expect(find(linux, 'About SkillMix')?.enabled).toBe(true);
    expect(find(linux, 'Evidence and sources')?.enabled).toBe(false);
  });

  it('sends only commands the contract knows', () => {
    for (const cmd of commandsIn(linux)) expect(MENU_COMMANDS).toContain(cmd);
  });

  it('offers Reload and DevTools in development only', () => {
    const roles = (t: MenuItemSpec[]) => (t.find((m) => m.label === '&View')?.submenu ?? []).map((i) => i.role);
    expect(roles(linux)).not.toContain('reload');
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isDev: true, platform: 'linux' }))).toContain('reload');
  });

  it('has Edit roles for text fields and sends Undo/Redo to the document', () => {
    const edit = linux.find((m) => m.label === '&Edit')?.submenu ?? [];
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(edit.filter((i) => i.command).map((i) => [i.command, i.accelerator, i.registerAccelerator])).toEqual([
      ['edit:undo', 'CmdOrCtrl+Z', false],
      ['edit:redo', 'CmdOrCtrl+Shift+Z', false],
    ]);
  });
});
