import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  /** Kept mounted when hidden, so a half-typed invalid value is never lost by switching tabs. */
  panel: ReactNode;
  /** Shown after the label, e.g. the number of problems in the tab. */
  badge?: string;
}

interface Props<Id extends string> {
  label: string;
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

/** The ARIA tabs pattern: one tab stop; arrows, Home and End move and select. */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: Props<Id>) {
  const list = useRef<HTMLDivElement>(null);
  function key(event: KeyboardEvent<HTMLDivElement>): void {
    const at = tabs.findIndex((t) => t.id === selected);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tabs[next]!.id}`)?.focus();
  }
  return (
    <>
      <div ref={list} role="tablist" aria-label={label} className="tabs" onKeyDown={key}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={t.id === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
            {t.badge && <span className="tabs__badge">{t.badge}</span>}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} id={`panel-${t.id}`} role="tabpanel" aria-labelledby={`tab-${t.id}`} tabIndex={0} hidden={t.id !== selected} className="tabs__panel">
          {t.panel}
        </div>
      ))}
    </>
  );
}
