/** The prefill a `guide.start` action may carry (e.g. from the vacancy checklist): a partial case. */
import { z } from 'zod';

const bool = z.boolean().optional();

export const PrefillSchema = z
  .object({
    sector: z.enum(['state', 'municipal']).optional(),
    position: z
      .object({
        permanent: bool,
        durationMonths: z.number().int().min(1).max(120).optional(),
        ground: z.enum(['temporary_work', 'substitute', 'practice', 'education_position', 'unforeseen_need', 'labour_market_measure', 'none']).optional(),
        absenceReason: z.enum(['sick_leave', 'parental_leave', 'other']).optional(),
      })
      .strict()
      .optional(),
    employer: z.object({ personnelRegulationAllowsOneYear: bool }).strict().optional(),
    candidate: z
      .object({
        disabilityNeedingAccommodation: bool,
        cvGap: z
          .object({
            yearsOutsideLastFive: z.number().min(0).max(5).optional(),
            causeListed: bool,
            employedOverOneYearNow: bool,
          })
          .strict()
          .optional(),
        temporaryWageSubsidy: bool,
        reducedWorkCapacity: bool,
        higherEducation: bool,
        completedStateTraineeHere: bool,
        qualified: bool,
      })
      .strict()
      .optional(),
  })
  .strict();

export type Prefill = z.infer<typeof PrefillSchema>;
