/** The activity and reporting duty (likestillings- og diskrimineringsloven §§ 26, 26 a), strengthened from 1 January 2020. */
import type { Parameter } from './types.js';

export const EQUALITY: readonly Parameter[] = [
  {
    id: 'equality.arp.survey-interval-years',
    label: 'Aktivitetsplikten: kartlegging av lønn etter kjønn og ufrivillig deltid, så ofte',
    unit: 'years',
    values: [{ value: 2, from: '2020-01-01' }],
    sources: [
      { title: 'Difi 2020: Forsterket aktivitets- og redegjørelsesplikt', url: 'https://arbeidsgiver.difi.no/nyhet/2020/06/forsterket-aktivitets-og-redegjorelsesplikt' },
      { title: 'Likestillings- og diskrimineringsloven § 26', url: 'https://lovdata.no/lov/2017-06-16-51/%C2%A726' },
    ],
    checked: '2026-11-30',
    checkBy: '2027-06-30',
  },
  {
    id: 'equality.redress.typical-low',
    label: 'Oppreisning i arbeidslivssaker i Diskrimineringsnemnda: nedre ende av det vanlige nivået (ombudets beskrivelse, ikke en lovfestet grense)',
    unit: 'nok',
    values: [
      {
        value: 20000,
        from: '2018-01-01',
        note: 'Nemnda kan tilkjenne oppreisning fra 1. januar 2018; ombudets side er udatert, så nivået er bare bekreftet per lesedagen.',
      },
    ],
    sources: [{ title: 'LDO: Erstatning og oppreisning i arbeidslivet', url: 'https://ldo.no/en/diskriminert/pa-jobb/erstatning/' }],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
  {
    id: 'equality.redress.typical-high',
    label: 'Oppreisning i arbeidslivssaker i Diskrimineringsnemnda: øvre ende av det vanlige nivået (kan gå høyere i særlig graverende saker)',
    unit: 'nok',
    values: [
      {
        value: 80000,
        from: '2018-01-01',
        note: 'Nemnda kan tilkjenne oppreisning fra 1. januar 2018; ombudets side er udatert, så nivået er bare bekreftet per lesedagen.',
      },
    ],
    sources: [{ title: 'LDO: Erstatning og oppreisning i arbeidslivet', url: 'https://ldo.no/en/diskriminert/pa-jobb/erstatning/' }],
    checked: '2026-12-03',
    checkBy: '2027-12-01',
  },
];
