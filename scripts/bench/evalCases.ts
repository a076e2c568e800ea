/** Vacancy cases for the assess benchmark: the dev evaluation set when present, else a built-in few. */
import fs from 'node:fs';
import { sharedFile } from '../sharedDir.js';

const BUILT_IN: unknown[] = [
  { sector: 'state', position: { permanent: false, durationMonths: 3, ground: 'substitute' } },
  {
    sector: 'state',
    position: { permanent: false, durationMonths: 15, ground: 'temporary_work' },
    candidate: {
      disabilityNeedingAccommodation: true,
      temporaryWageSubsidy: true,
      reducedWorkCapacity: true,
      higherEducation: false,
      completedStateTraineeHere: false,
      qualified: true,
    },
  },
  { sector: 'municipal', position: { permanent: true } },
  { sector: 'municipal', position: { permanent: false, durationMonths: 12, ground: 'labour_market_measure' }, candidate: { temporaryWageSubsidy: true } },
];

export default function evalCases(): unknown[] {
  let file: string;
  try {
    file = sharedFile(import.meta.dirname, 'eval/assess.dev.jsonl');
  } catch {
    return BUILT_IN;
  }
  if (!fs.existsSync(file)) return BUILT_IN;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).case)
    .concat(BUILT_IN);
}
