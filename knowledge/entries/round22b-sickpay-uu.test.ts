/**
 * Round 22b (r22b-sickpay-uu): review of the sick-pay and universal-design entries. Sources read 2026-12-03:
 * nav.no «Kronisk syk arbeidstaker» (the employer pays as normal and claims refund; the exemption covers all
 * absence regardless of diagnosis), uutilsynet.no «Om tilgjengelegheitserklæring» (deadline 1 Feb 2023 for
 * websites, 1 Feb 2024 for apps). Both claims were right; no text changed.
 */
import { describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round 22b re-reviewed claims say what their sources say',
  [
    // nav.no (Kronisk syk arbeidstaker): employer pays in the employer period as normal and claims refund
    ['sick-pay-exemption-first-16-days', /utbetaler sykepengene som vanlig, og \*\*får pengene refundert\*\*/],
    // uutilsynet.no (Om tilgjengelegheitserklæring): 1 Feb 2023 for websites, 1 Feb 2024 for apps
    ['hiring-uu-accessibility-statement', /1\. februar 2023 for nettsteder og 1\. februar 2024 for apper/],
  ],
  DAY,
);
