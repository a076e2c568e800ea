/** Grunnbeløpet i folketrygden (G), adjusted each year from 1 May. */
import type { Parameter } from './types.js';

export const G: readonly Parameter[] = [
  {
    id: 'g',
    label: 'Grunnbeløpet i folketrygden (G)',
    unit: 'nok',
    values: [
      { value: 124028, from: '2024-05-01', to: '2025-04-30' },
      { value: 130160, from: '2025-05-01' },
    ],
    sources: [{ title: 'nav.no: Grunnbeløpet i folketrygden', url: 'https://www.nav.no/grunnbelopet' }],
    checked: '2026-11-30',
    checkBy: '2026-05-01',
  },
];
