import { useEffect, useRef } from 'react';
import type { FileCommands } from './useProjectFiles';

/**
 * Ctrl+N, Ctrl+O, Ctrl+S and Ctrl+Shift+S in the page. The application menu shows the same keys
 * but leaves them to the page, so one press acts once, in Electron and in a plain browser alike.
 * While a dialog is open its own buttons answer, so the keys do nothing.
 */
export function useFileShortcuts(commands: FileCommands): void {
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    function key(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const k = event.key.toLowerCase();
      const c = latest.current;
      const run = k === 'n' && !event.shiftKey ? c.newProject : k === 'o' && !event.shiftKey ? () => c.open() : k === 's' ? (event.shiftKey ? c.saveAs : c.save) : null;
      if (!run) return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      void run();
    }
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, []);
}
