/** Varied vacancy cases beyond the eval set, for counting the guide's questions and in its tests. */
import type { PartialCase } from '../../dialogs/guide/questions.js';

const cand = (c: NonNullable<PartialCase['candidate']>): PartialCase['candidate'] => c;

export const EXTRA_CASES: Array<{ name: string; case: PartialCase }> = [
  { name: 'state permanent, no candidate', case: { sector: 'state', position: { permanent: true } } },
  { name: 'state 6m temporary work, no candidate', case: { sector: 'state', position: { permanent: false, durationMonths: 6, ground: 'temporary_work' } } },
  {
    name: 'state 12m substitute, regulation allows one year',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 12, ground: 'substitute', absenceReason: 'parental_leave' },
      employer: { personnelRegulationAllowsOneYear: true },
    },
  },
  { name: 'state 9m practice, no candidate', case: { sector: 'state', position: { permanent: false, durationMonths: 9, ground: 'practice' } } },
  { name: 'state 5m no ground', case: { sector: 'state', position: { permanent: false, durationMonths: 5, ground: 'none' } } },
  { name: 'state 24m education position', case: { sector: 'state', position: { permanent: false, durationMonths: 24, ground: 'education_position' } } },
  { name: 'state 4m unforeseen need', case: { sector: 'state', position: { permanent: false, durationMonths: 4, ground: 'unforeseen_need' } } },
  {
    name: 'state 12m, CV gap (listed ground) with subsidy',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 12, ground: 'temporary_work' },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 3, causeListed: true, employedOverOneYearNow: false },
        temporaryWageSubsidy: true,
        reducedWorkCapacity: false,
        higherEducation: false,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  {
    name: 'state 24m, disability, subsidy, higher education',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 24, ground: 'temporary_work' },
      candidate: cand({
        disabilityNeedingAccommodation: true,
        temporaryWageSubsidy: true,
        reducedWorkCapacity: false,
        higherEducation: true,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  {
    name: 'state 30m, disability with subsidy (too long for exemption)',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 30, ground: 'temporary_work' },
      candidate: cand({
        disabilityNeedingAccommodation: true,
        temporaryWageSubsidy: true,
        reducedWorkCapacity: true,
        higherEducation: false,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  {
    name: 'state permanent, disability, higher education',
    case: {
      sector: 'state',
      position: { permanent: true },
      candidate: cand({ disabilityNeedingAccommodation: true, temporaryWageSubsidy: false, higherEducation: true, completedStateTraineeHere: false, qualified: true }),
    },
  },
  {
    name: 'state permanent, candidate outside the target group',
    case: {
      sector: 'state',
      position: { permanent: true },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 0, causeListed: false, employedOverOneYearNow: true },
        temporaryWageSubsidy: false,
        higherEducation: true,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  {
    name: 'state 6m sick-leave substitute, CV gap',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 6, ground: 'substitute', absenceReason: 'sick_leave' },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 2.5, causeListed: true, employedOverOneYearNow: false },
        temporaryWageSubsidy: true,
        reducedWorkCapacity: false,
        higherEducation: true,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  {
    name: 'state 12m, gap but employed now',
    case: {
      sector: 'state',
      position: { permanent: false, durationMonths: 12, ground: 'temporary_work' },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 4, causeListed: true, employedOverOneYearNow: true },
        temporaryWageSubsidy: false,
        higherEducation: false,
        completedStateTraineeHere: false,
        qualified: true,
      }),
    },
  },
  { name: 'state 18m, candidate facts unknown', case: { sector: 'state', position: { permanent: false, durationMonths: 18, ground: 'temporary_work' }, candidate: {} } },
  {
    name: 'municipal 12m substitute, no candidate',
    case: { sector: 'municipal', position: { permanent: false, durationMonths: 12, ground: 'substitute', absenceReason: 'sick_leave' } },
  },
  { name: 'municipal 12m labour-market measure', case: { sector: 'municipal', position: { permanent: false, durationMonths: 12, ground: 'labour_market_measure' } } },
  {
    name: 'municipal 12m temporary work, candidate with subsidy',
    case: {
      sector: 'municipal',
      position: { permanent: false, durationMonths: 12, ground: 'temporary_work' },
      candidate: cand({ disabilityNeedingAccommodation: true, temporaryWageSubsidy: true, reducedWorkCapacity: true, qualified: true }),
    },
  },
  {
    name: 'municipal permanent, CV gap candidate',
    case: {
      sector: 'municipal',
      position: { permanent: true },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 2, causeListed: true, employedOverOneYearNow: false },
        temporaryWageSubsidy: false,
        qualified: true,
      }),
    },
  },
  { name: 'municipal 8m, no ground', case: { sector: 'municipal', position: { permanent: false, durationMonths: 8, ground: 'none' } } },
  { name: 'municipal 6m unforeseen need (not a municipal ground)', case: { sector: 'municipal', position: { permanent: false, durationMonths: 6, ground: 'unforeseen_need' } } },
  { name: 'municipal 40m temporary work', case: { sector: 'municipal', position: { permanent: false, durationMonths: 40, ground: 'temporary_work' } } },
  {
    name: 'municipal 6m practice, candidate outside target group',
    case: {
      sector: 'municipal',
      position: { permanent: false, durationMonths: 6, ground: 'practice' },
      candidate: cand({
        disabilityNeedingAccommodation: false,
        cvGap: { yearsOutsideLastFive: 1, causeListed: false, employedOverOneYearNow: false },
        temporaryWageSubsidy: false,
        qualified: true,
      }),
    },
  },
];
