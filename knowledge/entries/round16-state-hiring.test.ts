/**
 * Round sixteen (r16b-state-hiring): the state's hiring rules fact by fact — statsansatteloven §§ 3–7,
 * statsansatteforskriften §§ 3a, 4, 4a and 4b, offentleglova §§ 3 and 25, the ansettelsesråd and the
 * personalreglement, complaints to Sivilombudet, stopping a recruitment and offering the post to number two,
 * and where the municipal sector differs. Most facts were already in entries; this round added one entry
 * (complaints to Sivilombudet, with the one-year deadline as a parameter), a fact on who may see the public
 * applicant list, and phrasings. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

// mun-application-deadline is r16b-municipal-hiring's entry (both rounds wrote one; merged there).
const NEW = ['hiring-sivilombudet-appointment-complaint'] as const;

describeHouseStyle('round sixteen state hiring entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen state hiring entries say what their sources say',
  [
    // Sivilombudet: Ofte stilte spørsmål — the deadline is one year from the administration's final decision
    ['hiring-sivilombudet-appointment-complaint', /\*\*1 år\*\* fra forvaltningens endelige avgjørelse/],
    // Sivilombudet FAQ: a complaint cannot lead to the applicant getting the post; only larger or more systematic errors
    ['hiring-sivilombudet-appointment-complaint', /kan ikke føre til at søkeren får stillingen/],
    ['hiring-sivilombudet-appointment-complaint', /\*\*større eller mer gjennomgående feil\*\*/],
    // Statens personalhåndbok 2017 pkt. 2.4.6: no administrative appeal (fvl § 3 andre ledd); not binding.
    // Sivilombudet (underdirektør, 2020): no claim to the post, but the body «bør vurdere hvordan det kan bøtes på den urett»
    ['hiring-sivilombudet-appointment-complaint', /forvaltningsloven § 3 andre ledd/],
    ['hiring-sivilombudet-appointment-complaint', /vurdere hvordan uretten kan bøtes på, for eksempel med erstatning; uttalelsen er ikke bindende/],
    // Sivilombodet: Før du klagar — the complainant must be affected; others need a power of attorney
    ['hiring-sivilombudet-appointment-complaint', /den som selv er berørt/],
    // Midtre Gauldal kommune: Klage til Sivilombudet — the body is asked to explain, the complainant may comment
    ['hiring-sivilombudet-appointment-complaint', /bedt om å redegjøre, og søkeren får kommentere/],
    // offentleglova § 3 (lovkommentar.no, Lovdata text): anyone may request access, without giving a reason
    ['applicant-list-contents', /alle kan kreve innsyn i søkerlisten uten å si hvorfor/],
    // Statens personalhåndbok 2017 pkt. 2.3.4: the state's minimum application period is the state's rule
    ['mun-application-deadline', /gjelder staten, ikke kommunen/],
    // Sivilombudet (Sortland): the public applicant list is due when the original deadline runs out
    ['mun-application-deadline', /når den \*\*opprinnelige\*\* fristen går ut/],
  ],
  DAY,
);

// Probe questions of this round, written before the entries were changed and in other words than their phrasings.
describeRoutedQuestions(
  'round sixteen manager questions on state hiring reach the entry that holds the fact',
  [
    ['Må vurderingen ta utgangspunkt i kravene i utlysningen?', 'state', 'hiring-criteria-not-in-ad'],
    ['Gjelder kvalifikasjonsprinsippet for et vikariat på fire måneder?', 'state', 'state-administrative-appointment'],
    ['Kan lederen ansette alene uten ansettelsesråd?', 'state', 'state-appointing-authority'],
    ['Kven avgjer kven som blir tilsett i ei statleg verksemd?', 'state', 'state-appointing-authority'],
    ['Kan søkeren gå til Sivilombudet?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Hvor lang frist har man for å klage til Sivilombudet?', 'municipal', 'hiring-sivilombudet-appointment-complaint'],
    ['Kan sivilombudet omgjøre ansettelsen vår?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Har søkjaren rett til å klage på at ho ikkje fekk jobben?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Gjelder moderat kvotering for lederstillinger?', 'state', 'state-interview-duty-leader-posts'],
    ['Kva skal stå i innstillinga til tilsetjingsrådet?', 'state', 'state-recommendation-who-writes'],
    ['Kan vi stoppe tilsettinga når vi har gjort feil i utlysinga?', 'state', 'state-stop-hiring-process'],
    ['Hva står på den offentlige søkerlisten?', 'state', 'applicant-list-contents'],
    // moved from the known misses in round 29 (r29-municipal): a «passer bedre i teamet» phrasing now routes it
    ['Er det lov å velge den nest beste søkeren fordi hun passer bedre inn i teamet?', undefined, 'hiring-personal-suitability'],
    ['Når skal søkerlisten være klar?', 'state', 'applicant-list-contents'],
    ['Må vi ha med i annonsen at søkerlisten kan bli offentlig?', 'state', 'applicant-list-contents'],
    ['Kan den som ble forbigått få se papirene i ansettelsessaken?', 'state', 'applicant-extended-list'],
    ['Må vi dokumentere referansesamtalene?', 'state', 'hiring-reference-what-to-ask'],
    ['Nummer én sluttet etter to uker, kan vi ringe nummer to på innstillingen?', 'state', 'state-offer-declined-next'],
    ['Kan vi gi fortrinn til en kvinne i en mannsdominert stilling i staten?', 'state', 'state-diversity-weight-choice'],
    ['Hvem ansetter i kommunen, er det et ansettelsesråd?', 'municipal', 'mun-appointing-authority'],
    ['Hvor lang søknadsfrist må kommunen ha?', 'municipal', 'mun-application-deadline'],
    ['Kor lang søknadsfrist må staten ha?', 'state', 'state-application-deadline'],
    ['Kan et medlem av ansettelsesrådet være inhabil?', 'state', 'duty-impartiality-what-to-do'],
    ['Må søkeren ha oppgitt funksjonsnedsettelsen i søknaden for å få fortrinn?', 'state', 'state-moderate-preference'],
    ['Må ansettelsesrådet begrunne vedtaket sitt?', 'state', 'state-appointment-complaint'],
    ['Er kvalifikasjonsprinsippet lovfestet?', 'state', 'state-qualification-principle'],
    ['Er kvalifikasjonsprinsippet lovfestet?', 'municipal', 'mun-qualification-principle'],

    // Known misses of the round (it.todo notes), now answered.
    ['Må vi skrive ned hvorfor vi valgte den vi ansatte?', undefined, 'state-hiring-documentation'],
    ['Hvem forhandler personalreglementet?', undefined, 'state-union-role-in-hiring'],
    ['Kan vi ha en søknadsfrist på en uke i kommunen?', undefined, 'mun-application-deadline'],
    ['Hvor kort kan søknadsfristen være i en kommunal stilling?', undefined, 'mun-application-deadline'],
    ['Hvem bør sitte i intervjupanelet i en statlig stilling?', undefined, 'state-interview-who-invited'],
  ],
  DAY,
);

describe('round sixteen state hiring known misses', () => {
  it.todo('«Kan vi legge vekt på at en søker har vært lenge ute av arbeidslivet?» (0.36): no source read on how a CV gap itself may weigh in the qualification assessment');
  it.todo('«Hvem utnevner embetsmenn?» (0): embetsmenn are outside what the entries cover');
  it.todo('«Kan vi intervjue før søknadsfristen har gått ut?» and «Kan vi gi jobben til en som ikke var på intervju?» go to unrelated entries: no source read on either');
  it.todo(
    'composition of the ansettelsesråd under statsansatteloven 2017: only the old tjenestemannsloven rule (equal numbers) was found; state-union-role-in-hiring says to check the personalreglement',
  );
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen state-hiring known misses are still missed',
  [
    [
      'Hvem kan kreve innsyn i søkerlisten?',
      undefined,
      'applicant-list-contents',
      'goes to state-trainee-applicant-list / applicant-extended-list; the fact (offentleglova § 3) is in applicant-list-contents',
    ],
    ['Må vi vurdere søkere som ikke fyller alle kravene i annonsen?', undefined, 'hiring-criteria-not-in-ad', 'goes tentatively to state-no-qualified-applicants, 0.48'],
    [
      'Hvem kan klage til Diskrimineringsnemnda etter en ansettelse?',
      undefined,
      'duty-discrimination-tribunal-complaint',
      'goes to hiring-uu-supervision-complaints (0.72), not duty-discrimination-tribunal-complaint',
    ],
    ['Gjelder statsansatteforskriften for kommunene?', 'municipal', 'mun-state-vs-municipal', 'kommune, 0.28'],
    ['Kan vi bruke samme søkerliste om et halvt år?', undefined, 'state-reuse-applicant-list', 'score 0.45'],
    ['Kan vi ta hensyn til at en søker har hull i CV-en når vi rangerer?', undefined, 'state-moderate-preference', 'tentative (0.54)'],
    [
      'Kan vi ansette i staten uten at ansettelsesrådet har behandlet saken?',
      undefined,
      'state-appointing-authority',
      'goes to state-stop-hiring-process (0.68), not state-appointing-authority',
    ],
  ],
  DAY,
);
