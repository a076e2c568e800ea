/** Short Norwegian titles for every id of the contract, for cards and reports. */
export const TITLES: Record<string, string> = {
  'state.ordinary': 'Vanlig utlysning og kvalifikasjonsprinsippet',
  'state.administrative-appointment': 'Administrativ ansettelse uten utlysning (inntil 6 eller 12 måneder)',
  'state.wage-subsidy-exemption': 'Midlertidig stilling uten utlysning med lønnstilskudd fra NAV',
  'state.trainee-programme': 'Traineeprogrammet i staten',
  'state.trainee-conversion': 'Fast ansettelse av trainee uten utlysning',
  'municipal.ordinary': 'Vanlig utlysning og kvalifikasjonsprinsippet',
  'municipal.targeted-advertisement': 'Utlysning bare til målgruppen',
  'municipal.labour-market-measure-temporary': 'Midlertidig ansettelse av deltaker i NAV-tiltak',
  'interview-obligation': 'Plikt til å kalle inn søkere i målgruppen til intervju',
  'inform-internally': 'Gjør stillingen kjent internt',
  'union-discussion': 'Drøft midlertidige ansettelser med tillitsvalgte',
  'accommodation-duty': 'Plikt til individuell tilrettelegging',
  'three-year-rule': 'Lang midlertidig ansettelse kan gi rett til fast stilling',
  'unforeseen-need-max-six-months': 'Uforutsett behov: høyst seks måneder',
  'missing-temporary-ground': 'Mangler grunnlag for midlertidig ansettelse',
  'ground-not-valid-in-sector': 'Grunnlaget gjelder ikke i denne sektoren',
  'not-target-group': 'Kandidaten er ikke i målgruppen',
  'nav.temporary-wage-subsidy': 'Midlertidig lønnstilskudd',
  'nav.work-trial': 'Arbeidstrening',
  'nav.accommodation-grant': 'Inkluderingstilskudd',
  'nav.mentor-grant': 'Mentortilskudd',
  'nav.absence-refund': 'Refusjon for den som er borte (sykepenger/foreldrepenger)',
};

/** Plain Norwegian for the fields that can be missing, for "what it hangs on". */
export const FIELD_LABELS: Record<string, string> = {
  'candidate.disabilityNeedingAccommodation': 'om kandidaten har nedsatt funksjonsevne som krever tilrettelegging',
  'candidate.cvGap.yearsOutsideLastFive': 'hvor lenge kandidaten har vært utenfor arbeid, utdanning eller opplæring de siste fem årene',
  'candidate.cvGap.causeListed': 'om fraværet skyldtes en av grunnene forskriften § 4a lister opp',
  'candidate.cvGap.employedOverOneYearNow': 'om kandidaten nå har fast jobb eller midlertidig jobb over ett år',
  'candidate.temporaryWageSubsidy': 'om NAV gir midlertidig lønnstilskudd',
  'candidate.reducedWorkCapacity': 'om NAV har funnet nedsatt arbeidsevne',
  'candidate.higherEducation': 'om kandidaten har høyere utdanning',
  'candidate.completedStateTraineeHere': 'om kandidaten har fullført traineeprogrammet hos dere',
  'candidate.qualified': 'om kandidaten er kvalifisert for stillingen',
};
