/**
 * Round twenty-one review (3 December 2026): a second reading of round twenty-one's entries by topic. Sources as
 * cited in each entry: Statens personalhåndbok kap. 3.1 and DFØ (åremål), Compendia «Krav til ansettelsestid»
 * (sykepenger), Compendia «Overtredelse av diskrimineringsforbudet» and Prop. 80 L (2016–2017) (the ombud tries
 * a voluntary correction and decides no cases; Diskrimineringsnemnda handles complaints from 1 January 2018),
 * likestillings- og diskrimineringsloven §§ 30 and 37. Fixed: a repeated paragraph in state-aremaal-extend, a
 * title that asked the opposite of its answer, the counting of the four weeks, the two bodies' roles, and that
 * Statens personalhåndbok 2017 was written under the law before 2018.
 */
import { describeFacts, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-one review corrections say what their sources say',
  [
    // Statens personalhåndbok kap. 3.1: the period cannot be extended; statsansatteloven § 10, forskriften § 5: repeated once
    ['state-aremaal-extend', /^Nei, selve åremålsperioden kan \*\*ikke forlenges\*\*/],
    ['state-aremaal-extend', /den kan \*\*gjentas én gang\*\* for samme person i samme stilling/],
    // likestillings- og diskrimineringsloven § 30: the question the title asks is answered «Nei» (no such questions)
    ['hiring-family-planning-question', /^Nei – arbeidsgiveren må ikke i ansettelsesprosessen/],
    // Compendia (Krav til ansettelsestid): four weeks from the date of employment, lawful absence counts
    ['sick-pay-new-hire', /\*\*Fire uker regnes fra ansettelsesdatoen\*\* i arbeidsavtalen, ikke fra første arbeidsdag, og lovlig fravær teller med \(Compendia\)/],
    // Compendia and Prop. 80 L (2016–2017): the ombud seeks a voluntary correction; the nemnd decides, since 2018
    ['ad-discriminatory-ad-consequences', /selv avgjør ombudet ikke saker/],
    ['ad-discriminatory-ad-consequences', /\*\*Diskrimineringsnemnda\*\*, som siden 2018 behandler klagesakene/],
    // SPH 2017 predates likestillings- og diskrimineringsloven 2018; § 37 keeps the shared burden of proof
    ['hiring-discrimination-claim-burden', /Statens personalhåndbok 2017, skrevet etter loven før 2018, som hadde samme regel/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-one review: manager questions reach the corrected entry',
  [
    ['Kan vi forlenge åremålet til direktøren uten ny utlysning?', 'state', 'state-aremaal-extend'],
    ['Kan vi spørre en mannlig søker om han planlegger pappapermisjon?', undefined, 'hiring-family-planning-question'],
    ['Vikariatet manglet lovlig grunnlag – hva risikerer kommunen?', 'municipal', 'mun-temp-invalid-ground'],
  ],
  DAY,
);
