/**
 * Round twenty-five, the lead's corrections to older entries (sources read 2026-12-03): DFØ «Legg til rette for auka bruk
 * av lønstilskot i statlege verksemder» (22.06.2022), DFØ «Til deg som ønsker å bli ansatt gjennom traineeprogrammet»,
 * Oslo kommune «Rekrutteringsordningen» and «Rekrutteringsordning for mennesker med funksjonsnedsettelser».
 */
import { describeFacts } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-five corrections say what their sources say',
  [
    // DFØ 22.06.2022: «Verksemdene må sjølv vurdere kvalifikasjonane …, men NAV må vurdere om personar fyller krava for å få lønstilskot»
    ['state-wage-subsidy-qualification', /virksomheten selv må vurdere kvalifikasjonene, mens NAV vurderer om kandidaten fyller vilkårene for lønnstilskudd/],
    // DFØ, traineeprogrammet: the post need not be full-time («må ikke være hundre prosent» read as a ban; it is not one)
    ['state-trainee-position', /trenger ikke være en heltidsstilling – den kan være deltid/],
    // Oslo kommune, Rekrutteringsordningen: «Elever i grunnskoleopplæring for voksne er i målgruppen»
    ['mun-oslo-cv-gap-adult-education', /\*\*elever i grunnskoleopplæring for voksne er i målgruppen\*\*/],
    // Oslo kommune: «Siden prosjektets oppstart i 2014 har det blitt lyst ut 40 stillinger på denne måten»
    ['mun-oslo-recruitment-scheme', /siden oppstarten i 2014 er lyst ut \*\*40 stillinger\*\*/],
  ],
  '2026-12-03',
);
