import type { HoursKey } from '../../models/result';

/**
 * How each kind of time looks in every chart. Fills step in lightness so they part in
 * greyscale, and each has its own texture, so no kind is told apart by colour alone.
 */
export interface KindStyle {
  label: string;
  fill: string;
  /** Texture drawn over the fill; null for plain. */
  pattern: 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'back-diagonal' | 'grid' | null;
  /** Ink for text drawn on the fill (contrast ≥ 4.5:1). */
  ink: string;
}

export const KIND_STYLES: Record<HoursKey, KindStyle> = {
  direct: { label: 'Direct contact', fill: '#0b4f6c', pattern: null, ink: '#ffffff' },
  caseIndirect: { label: 'Case work', fill: '#3f7fa6', pattern: 'diagonal', ink: '#ffffff' },
  admin: { label: 'Administration', fill: '#c9812a', pattern: 'dots', ink: '#1d2329' },
  meeting: { label: 'Meetings', fill: '#8fb9d3', pattern: 'horizontal', ink: '#1d2329' },
  travel: { label: 'Travel', fill: '#6b5b95', pattern: 'vertical', ink: '#ffffff' },
  fixed: { label: 'Fixed commitments', fill: '#b8a9d9', pattern: 'cross', ink: '#1d2329' },
  absence: { label: 'Absence', fill: '#d9dde2', pattern: 'back-diagonal', ink: '#1d2329' },
  idle: { label: 'Free time', fill: '#f4f6f8', pattern: null, ink: '#1d2329' },
  overtime: { label: 'Overtime', fill: '#8b1e3f', pattern: 'grid', ink: '#ffffff' },
};

export const WEEK_KINDS: HoursKey[] = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'absence', 'idle', 'overtime'];
