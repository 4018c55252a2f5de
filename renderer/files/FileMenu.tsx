import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentFile } from '../../models/fileApi';
import type { FileCommands, FileNotice } from './useProjectFiles';
import './FileMenu.css';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface Item {
  id: string;
  label: string;
  shortcut?: string;
  run?: () => void;
  disabled?: boolean;
  /** Opens the recent-files submenu instead of running. */
  submenu?: boolean;
  separatorBefore?: boolean;
}

function items(commands: FileCommands, recentCount: number): Item[] {
  return [
    { id: 'new', label: 'New', shortcut: `${MOD}N`, run: () => void commands.newProject() },
    { id: 'open', label: 'Open…', shortcut: `${MOD}O`, run: () => void commands.open() },
    { id: 'recent', label: 'Open Recent', submenu: true, disabled: recentCount === 0 },
    { id: 'save', label: 'Save', shortcut: `${MOD}S`, run: () => void commands.save(), separatorBefore: true },
    { id: 'save-as', label: 'Save As…', shortcut: `${MOD}Shift+S`, run: () => void commands.saveAs() },
    { id: 'import-scenario', label: 'Import scenario (JSON)…', run: () => void commands.importScenario(), separatorBefore: true },
    { id: 'import-establishment', label: 'Import establishment (CSV)…', run: () => void commands.importCsv('establishment') },
    { id: 'import-demand', label: 'Import demand (CSV)…', run: () => void commands.importCsv('demand') },
    { id: 'export-scenario', label: 'Export scenario (JSON)…', run: () => void commands.exportScenario(), separatorBefore: true },
    { id: 'export-results', label: 'Export results (CSV)…', run: () => void commands.exportResults() },
    { id: 'close', label: 'Close', run: () => void commands.close(), separatorBefore: true },
  ];
}

/**
 * The File menu in the page header (the browser has no application menu, and the keyboard
 * reaches it here too): the ARIA menu-button pattern, arrows to move, Escape to close with
 * focus back on the button, and Open Recent as a submenu opened with → or Enter.
 */
export function FileMenu({ commands, recent, notice }: { commands: FileCommands; recent: RecentFile[]; notice: FileNotice }) {
  const [open, setOpen] = useState(false);
  const [recentOpen, setRecentOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const submenu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const list = items(commands, recent.length);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !button.current?.parentElement?.contains(event.target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  useEffect(() => {
    if (recentOpen) submenu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [recentOpen]);

  function close(returnFocus: boolean): void {
    setOpen(false);
    setRecentOpen(false);
    if (returnFocus) button.current?.focus();
  }

  function choose(run: () => void): void {
    close(true);
    run();
  }

  function moveFocus(container: HTMLElement | null, event: KeyboardEvent): boolean {
    const entries = [...(container?.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const to =
      event.key === 'ArrowDown' ? (at + 1) % entries.length
      : event.key === 'ArrowUp' ? (at - 1 + entries.length) % entries.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? entries.length - 1
      : null;
    if (to === null) return false;
    event.preventDefault();
    entries[to]?.focus();
    return true;
  }

  function menuKey(event: KeyboardEvent<HTMLUListElement>): void {
    if (moveFocus(menu.current, event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'ArrowRight' && (document.activeElement as HTMLElement | null)?.dataset['item'] === 'recent' && recent.length > 0) {
      event.preventDefault();
      setRecentOpen(true);
    }
  }

  function submenuKey(event: KeyboardEvent<HTMLUListElement>): void {
    event.stopPropagation();
    if (moveFocus(submenu.current, event)) return;
    if (event.key === 'Escape' || event.key === 'ArrowLeft') {
      event.preventDefault();
      setRecentOpen(false);
      menu.current?.querySelector<HTMLElement>('[data-item="recent"]')?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div className="file-menu">
      <button
        ref={button}
        type="button"
        className="button button--header file-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(true) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        File <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="file-menu__list" role="menu" aria-label="File" onKeyDown={menuKey}>
          {list.map((item) => (
            <li key={item.id} role="none" className={item.separatorBefore ? 'file-menu__entry file-menu__entry--separated' : 'file-menu__entry'}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-item={item.id}
                className="file-menu__item"
                aria-disabled={item.disabled || undefined}
                aria-haspopup={item.submenu ? 'menu' : undefined}
                aria-expanded={item.submenu ? recentOpen : undefined}
                aria-keyshortcuts={item.shortcut ? item.shortcut.replace('Ctrl+', 'Control+').replace('⌘', 'Meta+') : undefined}
                onClick={() => {
                  if (item.disabled) return;
                  if (item.submenu) setRecentOpen((v) => !v);
                  else if (item.run) choose(item.run);
                }}
              >
                <span>{item.label}</span>
                {item.shortcut && <kbd className="file-menu__shortcut">{item.shortcut}</kbd>}
                {item.submenu && <span aria-hidden="true">▸</span>}
              </button>
              {item.submenu && recentOpen && (
                <ul ref={submenu} className="file-menu__list file-menu__list--sub" role="menu" aria-label="Open Recent" onKeyDown={submenuKey}>
                  {recent.map((file) => (
                    <li key={file.path} role="none" className="file-menu__entry">
                      <button
                        type="button"
                        role="menuitem"
                        tabIndex={-1}
                        className="file-menu__item"
                        title={file.path}
                        aria-disabled={!file.exists || undefined}
                        onClick={() => file.exists && choose(() => void commands.open(file.path))}
                      >
                        <span>{file.name}</span>
                        {!file.exists && <span className="file-menu__missing">missing</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status" data-testid="file-notice">
        {notice}
      </span>
    </div>
  );
}
