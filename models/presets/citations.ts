import type { Source } from '../source';

/** The evidence the presets draw on, cited once. */
export const SEED_SUMMARY: Source = {
  kind: 'evidence',
  citation: 'DfE Children’s Social Care Innovation Programme, Implementing systemic models of social work (summary, Spring Consortium)',
  year: 2017,
};

export const HAMPSHIRE_PILOT: Source = {
  kind: 'evidence',
  citation: 'Community Care, 21 March 2017: Hampshire and the Isle of Wight pilot of personal assistants to social workers (one PA to three social workers; admin time 36 % → 14 %)',
  year: 2017,
};

export const HACKNEY_UNITS: Source = {
  kind: 'evidence',
  citation: 'Community Care, 2010: Hackney’s Reclaiming Social Work units (consultant social worker, social worker, children’s practitioner, clinician, unit co-ordinator; 30–60 cases per unit)',
  year: 2010,
};

export const SOCIAL_WORK_RECLAIMED: Source = {
  kind: 'publication',
  citation: 'Goodman and Trowler (eds), Social Work Reclaimed: Innovative Frameworks for Child and Family Social Work Practice, Jessica Kingsley',
  year: 2012,
};
