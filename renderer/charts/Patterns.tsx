import type { HoursKey } from '../../models/result';
import { KIND_STYLES, type KindStyle } from './kinds';

/** One SVG <pattern> per kind: the fill with its texture, for `fill="url(#…)"`. */
export function KindPatterns({ prefix, kinds }: { prefix: string; kinds: HoursKey[] }) {
  return (
    <defs>
      {kinds.map((kind) => {
        const style = KIND_STYLES[kind];
        return (
          <pattern key={kind} id={`${prefix}-${kind}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={style.fill} />
            <Texture style={style} />
          </pattern>
        );
      })}
    </defs>
  );
}

function Texture({ style }: { style: KindStyle }) {
  const stroke = style.ink === '#ffffff' ? 'rgba(255,255,255,0.55)' : 'rgba(29,35,41,0.45)';
  switch (style.pattern) {
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={stroke} strokeWidth="1.2" />;
    case 'back-diagonal':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke={stroke} strokeWidth="1.2" />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.4" fill={stroke} />;
    case 'horizontal':
      return <path d="M0,4 h8" stroke={stroke} strokeWidth="1.5" />;
    case 'vertical':
      return <path d="M4,0 v8" stroke={stroke} strokeWidth="1.5" />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" stroke={stroke} strokeWidth="1" />;
    case 'grid':
      return <path d="M0,4 h8 M4,0 v8" stroke={stroke} strokeWidth="1" />;
    default:
      return null;
  }
}

/** The legend swatch for a kind, drawn with the same pattern as the chart. */
export function Swatch({ prefix, kind }: { prefix: string; kind: HoursKey }) {
  return (
    <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="17" height="17" fill={`url(#${prefix}-${kind})`} stroke="#4a5560" />
    </svg>
  );
}
