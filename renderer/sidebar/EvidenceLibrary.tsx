import { describeSource } from '../../models/source';
import { openPreset } from '../document/actions';
import type { DocumentStore } from '../document/store';
import { LIBRARY, type Preset } from '../engine/presets';
import { formatNumber } from '../format';

/** The evidence presets, each with its citations, the figures it takes and those it computes. */
export function EvidenceLibrary({ store }: { store: DocumentStore }) {
  return (
    <section className="sidebar__section" aria-labelledby="library-heading">
      <h2 id="library-heading" className="sidebar__heading">
        Evidence library
      </h2>
      <ul className="library">
        {LIBRARY.map((preset) => (
          <li key={preset.id} className="library__item" data-preset-id={preset.id}>
            <h3 className="library__name">{preset.name}</h3>
            <p className="library__summary">{preset.summary}</p>
            <PresetDetails preset={preset} />
            <button type="button" className="button button--small" onClick={() => openPreset(store, preset.id)}>
              Open as new scenario<span className="visually-hidden">: {preset.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PresetDetails({ preset }: { preset: Preset }) {
  return (
    <details className="library__details">
      <summary>
        Evidence, inputs and outputs<span className="visually-hidden"> of {preset.name}</span>
      </summary>
      <h4>Sources</h4>
      <ul>
        {preset.citations.map((c) => (
          <li key={c.citation}>{describeSource(c)}</li>
        ))}
      </ul>
      <h4>Inputs (from the evidence)</h4>
      <ul>
        {preset.inputs.map((i) => (
          <li key={i.label}>
            {i.label}: {typeof i.value === 'number' ? formatNumber(i.value) : i.value} {i.unit}
          </li>
        ))}
      </ul>
      <h4>Outputs (computed)</h4>
      <ul>
        {preset.outputs.map((o) => (
          <li key={o.id}>
            {o.label}
            {o.target !== undefined && ` — evidence: ${o.unit === 'share' ? `${formatNumber(o.target * 100)} %` : formatNumber(o.target)}`}
            {o.range && ` — expected ${formatNumber(o.range[0])}–${formatNumber(o.range[1])} ${o.unit}`}
            {o.note && ` (${o.note})`}
          </li>
        ))}
      </ul>
      {preset.notes.map((n) => (
        <p key={n} className="library__note">
          {n}
        </p>
      ))}
    </details>
  );
}
