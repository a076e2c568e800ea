/**
 * Round twenty-five, the lead's corrections to older entries (sources read 2026-12-03): DFØ «Legg til rette for auka bruk
 * av lønstilskot i statlege verksemder» (22.06.2022), DFØ «Til deg som ønsker å bli ansatt gjennom traineeprogrammet»,
 * Oslo kommune «Rekrutteringsordningen» and «Rekrutteringsordning for mennesker med funksjonsnedsettelser».
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

describeFacts(
  'round twenty-five corrections say what their sources say',
  [
    // DFØ 22.06.2022: «Verksemdene må sjølv vurdere kvalifikasjonane …, men NAV må vurdere om personar fyller krava for å få lønstilskot»
    ['state-wage-subsidy-qualification', /virksomheten selv må vurdere kvalifikasjonene, mens NAV vurderer om kandidaten fyller vilkårene for lønnstilskudd/],
    // DFØ, traineeprogrammet: the post need not be full-time («må ikke være hundre prosent» read as a ban; it is not one)
    ['state-trainee-position', /trenger ikke være en heltidsstilling – den kan være deltid/],
    // Oslo kommune, Rekrutteringsordningen: «Elever i grunnskoleopplæring for voksne er i målgruppen»
    ['mun-oslo-cv-gap-adult-education', /\*\*elever i grunnskoleopplæring for voksne er i målgruppen\*\*/],
    // tiltaksforskriften kap. 3 / nav.no Arbeidstrening: the longest duration and the extension (parameters nav.work-trial.*);
    // the entry on who decides the length must also say how long it can be, or «hvor lenge da?» gets no figure
    ['nav-work-trial-duration-decided', /inntil 12 måneder \(ett år\), og for arbeidssøkere med nedsatt arbeidsevne kan den forlenges med inntil 6 måneder/],
    // Oslo kommune: «Siden prosjektets oppstart i 2014 har det blitt lyst ut 40 stillinger på denne måten»
    ['mun-oslo-recruitment-scheme', /siden oppstarten i 2014 er lyst ut \*\*40 stillinger\*\*/],
  ],
  '2026-12-03',
);

describeHouseStyle('round twenty-five lead entries keep the house style', ['applicant-list-extended-deadline'], {
  day: '2026-12-03',
  english: true,
});

describeFacts(
  'round twenty-five lead entries say what their sources say',
  [
    // Sivilombudet (Sortland): the duty to make the list arises when the original deadline expires, also when extended
    ['applicant-list-extended-deadline', /plikten til å sette opp søkerliste oppstår når den \*\*opprinnelige\*\* søknadsfristen går ut, også når dere har forlenget fristen/],
    // offentleglova § 25 andre ledd; SPH 2.4.1.3: as soon as the deadline has passed
    ['applicant-list-extended-deadline', /Offentleglova § 25 andre ledd sier at søkerlisten skal settes opp så snart søknadsfristen er ute/],
  ],
  '2026-12-03',
);

describeRoutedQuestions(
  'manager questions about the round twenty-five lead entries reach them',
  [['Vi har utsatt søknadsfristen – har pressen likevel rett på søkerlisten nå?', 'municipal', 'applicant-list-extended-deadline']],
  '2026-12-03',
);
