/**
 * The vacancy records and their repo names. A vacancy is about a position, never a person: the manager
 * is identified only by their Entra object id, and nothing about a candidate is kept except, on
 * closing, whether the person hired is in the target group (yes / no / does not want to say).
 */

export type Sector = 'state' | 'municipal';
export const REASONS = ['sick_leave', 'parental_leave', 'resignation', 'new_position', 'project'] as const;
export type Reason = (typeof REASONS)[number];

export const CHECKLIST_ITEMS = [
  'temporary-need',
  'contact-nav',
  'clarify-expectations',
  'proportionate-requirements',
  'interview-duty',
  'inform-internally',
  'welcome-accommodation',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

/** Path ids from the assessment contract (shared/contracts/assessment-v1.md), by sector. */
export const PATH_IDS = {
  state: ['state.ordinary', 'state.administrative-appointment', 'state.wage-subsidy-exemption', 'state.trainee-programme', 'state.trainee-conversion'],
  municipal: ['municipal.ordinary', 'municipal.targeted-advertisement', 'municipal.labour-market-measure-temporary'],
} as const satisfies Record<Sector, readonly string[]>;
export type PathId = (typeof PATH_IDS)[Sector][number];
export const ALL_PATH_IDS: readonly PathId[] = [...PATH_IDS.state, ...PATH_IDS.municipal];

export const TARGET_GROUP_ANSWERS = ['yes', 'no', 'undisclosed'] as const;
export type TargetGroupAnswer = (typeof TARGET_GROUP_ANSWERS)[number];

export type Delivery = 'sent' | 'pending';

/** The facts of a position, as reported in chat or by an HR system. */
export interface PositionFacts {
  title: string;
  unit: string;
  reason: Reason;
  permanent: boolean;
  durationMonths?: number;
  startDate: string; // YYYY-MM-DD
  sector: Sector;
}

export interface Outcome {
  at: string; // ISO timestamp
  filled: boolean;
  pathId?: PathId;
  targetGroup?: TargetGroupAnswer;
}

/** repo "vacancies" */
export interface Vacancy extends PositionFacts {
  id: string;
  source: 'chat' | 'system';
  externalId?: string;
  /** The manager's Entra object id (or Teams user id when no object id was sent). */
  managerId: string;
  /** Set when the manager had no Entra object id (local mode): managerId is then a channel user id. */
  managerIsChannelUser?: true;
  reportedAt: string; // ISO timestamp
  /** The checklist to the manager, and the copy to the HR channel (absent when none is configured). */
  delivery: { manager: Delivery; hr?: Delivery };
  /** When the manager received the checklist; reminders count working days from here. */
  deliveredAt?: string;
  checked: ChecklistItemId[];
  /** Oslo calendar date (YYYY-MM-DD) of the last reminder, so at most one goes out a day. */
  lastReminderDate?: string;
  remindersSent: number;
  /** When the manager sent the checklist's status to HR with «Send til HR» (once). */
  sentToHrAt?: string;
  closed?: Outcome;
}
export const VACANCIES = 'vacancies';

/** repo "vacancyKeys": externalId → vacancy id, kept after retention so a late re-delivery stays a duplicate. */
export interface VacancyKey {
  id: string; // "ext:" + externalId
  vacancyId: string;
  /** When the key was claimed (absent on keys stored before 2026-12); retention removes old keys. */
  at?: string;
  /** A digest of the reported content (webhook only): a retry matches it, a changed report does not. */
  content?: string;
}
export const VACANCY_KEYS = 'vacancyKeys';

export interface PathCounts {
  hires: number;
  targetGroupHires: number;
}

/** repo "yearlyCounts": what is left of vacancies older than the retention period, per calendar year. */
export interface YearlyCounts {
  id: string; // the year, e.g. "2024"
  reported: number;
  navContacted: number;
  closed: number;
  filled: number;
  targetGroupHires: number;
  targetGroupUndisclosed: number;
  byPath: Partial<Record<PathId, PathCounts>>;
  /** Vacancies counted here but not yet removed: makes a retention run that stopped halfway safe to repeat. */
  pendingIds?: string[];
}
export const YEARLY_COUNTS = 'yearlyCounts';

/** repo "inclusionBaseline": the one record HR enters (the 2024 directive compares with 2020-2021). */
export interface Baseline {
  id: 'baseline';
  hires2020?: number;
  hires2021?: number;
  /** Entered directly; wins over the two years. */
  average?: number;
  setBy: string;
  setAt: string;
}
export const BASELINE = 'inclusionBaseline';
