/**
 * Grunnbeløpet i folketrygden (G), adjusted each year from 1 May (folketrygdloven § 1-4).
 * Values from 2017 (the rule set's horizon) checked on 2026-11-30 against NAV's own G service (g.nav.no),
 * whose published table is navikt/g `grunnbeløp.json` (commit f2633256 of 2026-05-20, "Nytt grunnbeløp for
 * 2026": 136 549 kr from 2026-05-01), and again on 2026-12-02 against that table's newest snapshot (commit
 * aff03d3 of 2026-08-17: still 136 549 kr from 2026-05-01). The next regulation takes effect 1 May 2027:
 * check again then (checkBy stays on that day rather than a later one).
 */
import type { Parameter } from './types.js';

export const G: readonly Parameter[] = [
  {
    id: 'g',
    label: 'Grunnbeløpet i folketrygden (G)',
    unit: 'nok',
    values: [
      { value: 93634, from: '2017-05-01', to: '2018-04-30' },
      { value: 96883, from: '2018-05-01', to: '2019-04-30' },
      { value: 99858, from: '2019-05-01', to: '2020-04-30' },
      { value: 101351, from: '2020-05-01', to: '2021-04-30' },
      { value: 106399, from: '2021-05-01', to: '2022-04-30' },
      { value: 111477, from: '2022-05-01', to: '2023-04-30' },
      { value: 118620, from: '2023-05-01', to: '2024-04-30' },
      { value: 124028, from: '2024-05-01', to: '2025-04-30' },
      { value: 130160, from: '2025-05-01', to: '2026-04-30' },
      { value: 136549, from: '2026-05-01' },
    ],
    sources: [
      { title: 'nav.no: Grunnbeløpet i folketrygden', url: 'https://www.nav.no/grunnbelopet' },
      { title: 'NAV: G-tjenesten (g.nav.no), tabellen grunnbeløp.json', url: 'https://github.com/navikt/g/blob/main/grunnbel%C3%B8p.json' },
    ],
    checked: '2026-12-02',
    checkBy: '2027-05-01',
  },
];
