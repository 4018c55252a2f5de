import { useRef, useState, type KeyboardEvent } from 'react';
import { ACTIVITY_KIND_LABELS } from '../../models/scenario';
import { toggleRoleActivity } from '../document/actions';
import { useScenarioScope } from '../document/context';

/**
 * Which activities each role may do: a grid of check boxes with one tab stop; the arrow keys,
 * Home and End move between cells and Space ticks or clears the focused one (the ARIA grid
 * pattern), so the whole grid is one stop on the way through the page.
 */
export function ActivityGrid() {
  const { store, scenario } = useScenarioScope();
  const roles = scenario.teams.flatMap((t) => t.roles);
  const activities = scenario.activities;
  const [active, setActive] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  const row = Math.min(active.row, activities.length - 1);
  const col = Math.min(active.col, roles.length - 1);

  function move(event: KeyboardEvent<HTMLTableElement>): void {
    const deltas: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next = { row, col };
    if (deltas[event.key]) {
      const [dr, dc] = deltas[event.key]!;
      next = { row: clamp(row + dr, activities.length), col: clamp(col + dc, roles.length) };
    } else if (event.key === 'Home') next = { row: event.ctrlKey ? 0 : row, col: 0 };
    else if (event.key === 'End') next = { row: event.ctrlKey ? activities.length - 1 : row, col: roles.length - 1 };
    else return;
    event.preventDefault();
    setActive(next);
    table.current?.querySelector<HTMLInputElement>(`input[data-cell="${next.row}-${next.col}"]`)?.focus();
  }

  return (
    <div className="table-wrap">
      <table ref={table} role="grid" className="grid-table" aria-labelledby="activity-grid-caption" onKeyDown={move}>
        <caption id="activity-grid-caption">
          Who may do what
          <span className="caption__hint">Arrow keys move between cells; Space ticks or clears one.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            {roles.map((role) => (
              <th key={role.id} scope="col" className="grid-table__role">
                {role.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {activities.map((activity, r) => (
            <tr key={activity.id}>
              <th scope="row">
                {activity.name}
                <span className="grid-table__kind">{ACTIVITY_KIND_LABELS[activity.kind]}</span>
              </th>
              {roles.map((role, c) => {
                const on = role.activities.some((a) => a.activityId === activity.id);
                return (
                  <td key={role.id} className="grid-table__cell">
                    <input
                      type="checkbox"
                      className="grid-table__check"
                      data-cell={`${r}-${c}`}
                      tabIndex={r === row && c === col ? 0 : -1}
                      checked={on}
                      aria-label={`${role.name} does ${activity.name}`}
                      onFocus={() => setActive({ row: r, col: c })}
                      onChange={() => toggleRoleActivity(store, scenario.id, role.id, activity.id)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(length - 1, value));
