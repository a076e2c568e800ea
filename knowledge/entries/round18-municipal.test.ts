/**
 * Round eighteen (r18-municipal): hiring in municipalities where it differs from the state. New entries on the
 * part-time employee's priority for extra shifts and before hired-in staff (aml § 14-3 since 1 January 2023) with a
 * state counterpart (statsansatteloven § 13; Prop. 76 L (2024–2025) proposed the same — the entry says to check
 * whether it is in force), the public authorities' activity duty in services (ldl § 24, where Bufdir lists age,
 * unlike the employer duty in § 26), the qualification principle when a municipal school hires teachers (the former
 * opplæringslova § 10-5), and the history of the CV-gap definition (state rules from 1 January 2020; no regulation
 * for municipalities, KS 2022 and the ministry's letter of 3 November 2023). Existing entries got phrasings in other
 * words and a few cited facts (innleie in part-time-preferred-right, age under § 24 in duty-arp-age-not-covered, the
 * letter is not law in mun-ministry-letter-2023). The probe questions (72, about a third each state, municipal and
 * unknown asker) were written from public pages: KS (jus og ansettelser, KS-advokatene, webinar), Oslo kommune,
 * Bufdir, LDO, Compendia, Littler, Delta, Prop. 133 L (2021–2022), Prop. 76 L (2024–2025), Innst. 305 L, Norsk
 * Lektorlag, Raugland, Utdanningsforbundet, Sivilombudet, Proba, Fafo, Jobbnorge, Finansavisen — all read 2026-12-02.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = [
  'mun-part-time-extra-shifts',
  // state-part-time-extra-shifts: rewritten in round 22, house style checked in round22-state.test.ts
  'duty-arp-public-authority-services',
  'mun-teacher-qualification-principle',
  'cv-gap-definition-history',
] as const;

describeHouseStyle('round eighteen municipal entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen municipal entries say what their sources say',
  [
    // Compendia «Deltidsansatte får fortrinnsrett til ekstravakter»; Prop. 133 L (2021–2022) kap. 7: in force 1 January 2023
    ['mun-part-time-extra-shifts', /Fra 1\. januar 2023 har deltidsansatte fortrinnsrett til \*\*ekstravakter og lignende\*\*/],
    ['mun-part-time-extra-shifts', /fortrinnsretten til utvidet stilling gjelder også framfor \*\*innleie\*\*/],
    // Compendia: also temporary part-timers; not when an internal staffing pool covers the shifts; may be limited to smaller units
    ['mun-part-time-extra-shifts', /\*\*Også midlertidig ansatte\*\* i deltid har fortrinnsrett til ekstravakter/],
    ['mun-part-time-extra-shifts', /intern bemanningsenhet eller vikarpool/],
    ['mun-part-time-extra-shifts', /virkeområdet kan avgrenses til mindre enheter/],
    // Littler (27.02.2023): shifts summer substitutes would take must first be offered to part-timers
    ['mun-part-time-extra-shifts', /ledige vakter som sommervikarer ellers ville tatt, må først tilbys de deltidsansatte/],
    // Round 21 replaced the proposal with the enacted law (lov 20. juni 2025 nr. 43, in force 1 Jan 2026); its rows
    // are in round24-review.test.ts. Kept here: forskriften § 8 (temporary staff and an expanded post), the amending law
    ['state-part-time-extra-shifts', /statsansatteforskriften § 8/],
    ['state-part-time-extra-shifts', /endret ved lov 20\. juni 2025 nr\. 43/],
    // Bufdir (ARP for offentlige myndigheter): all activity, age among the grounds, principles/procedures/standards
    ['duty-arp-public-authority-services', /Bufdir lister alder blant grunnlagene myndigheten skal jobbe med/],
    ['duty-arp-public-authority-services', /etablere prinsipper, prosedyrer og standarder/],
    ['duty-arp-public-authority-services', /selv om dere ikke har avdekket at noen er diskriminert/],
    // LDO «Gjelder offentlige myndigheters aktivitets- og redegjørelsesplikt for deg?»
    ['duty-arp-public-authority-services', /LDO spør blant annet om dere fatter vedtak, forvalter offentlige midler eller gir tjenester/],
    // Norsk Lektorlag; Prop. 94 L (2016–2017) kap. 9: the principle written into the former opplæringslova § 10-5
    ['mun-teacher-qualification-principle', /tidligere opplæringslova § 10-5/],
    ['mun-teacher-qualification-principle', /hvilket undervisningsbehov ansettelsen skulle dekke/],
    // Utdanningsforbundet (Tilsetting og midlertidig tilsetting): minimum requirements, unsuitable only in special cases
    ['mun-teacher-qualification-principle', /bare ansettes midlertidig eller på vilkår – og bare når ingen søkere fyller kravene/],
    ['mun-teacher-qualification-principle', /klart har vist seg uegnet/],
    // domstol.no (HR-2016-2229-A, 31.10.2016; rv18-mun review): temporary hiring of formally unqualified applicants upheld
    // although a formally qualified applicant, judged personally unsuitable, had applied — the main rule has this exception
    ['mun-teacher-qualification-principle', /godtok Høyesterett at kommunen ansatte søkere uten formell kompetanse midlertidig/],
    // Finansavisen (NTB) 13.12.2019; Compendia; Lovdata (amendment list of forskrift 2017-06-21-838); KS jus og ansettelser
    ['cv-gap-definition-history', /vedtatt i statsråd 13\. desember 2019, med virkning for stillinger lyst ut fra 1\. januar 2020/],
    ['cv-gap-definition-history', /rus, soning eller sykdom, også psykisk sykdom, eller søkeren må ha vært aktivt arbeidssøkende/],
    ['cv-gap-definition-history', /bare én senere endring av forskriften, i kraft 1\. juli 2022/],
    ['cv-gap-definition-history', /KS' hovedstyre ble orientert om muligheten for å øremerke stillinger 5\. april 2022/],
    // Existing entries, facts added this round: Compendia (innleie from 2023); Bufdir (age under § 24); KS-advokatene
    ['part-time-preferred-right', /gjelder fortrinnsretten fra 1\. januar 2023 også framfor at arbeidsgiveren leier inn/],
    ['duty-arp-age-not-covered', /\(§ 24\) lister Bufdir alder blant grunnlagene/],
    ['mun-ministry-letter-2023', /unntakene står ikke i lov eller forskrift \(KS-advokatene\)/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round eighteen manager questions reach the entry that holds the fact',
  [
    ['Har deltidsansatte rett på ekstravakter før vi bruker vikarbyrå?', 'municipal', 'mun-part-time-extra-shifts'],
    ['Må vi tilby ledige vakter i sommerferien til de deltidsansatte før vi tar inn sommervikarer?', 'municipal', 'mun-part-time-extra-shifts'],
    ['Har en midlertidig deltidsansatt fortrinnsrett til ekstravakter?', undefined, 'mun-part-time-extra-shifts'],
    ['Gjelder fortrinnsretten til ekstravakter også i staten?', 'state', 'state-part-time-extra-shifts'],
    ['Kan vi leie inn fra bemanningsbyrå når en deltidsansatt vil ha større stilling?', 'municipal', 'part-time-preferred-right'],
    ['Heltid som hovedregel – gjelder det også for sykehjem med turnus?', 'municipal', 'mun-parttime-documentation'],
    ['Hva skjedde med heltidsreglene i arbeidsmiljøloven fra 2023?', 'municipal', 'mun-parttime-documentation'],
    ['Må kommunen ha aktivitetsplikt også for tjenestene vi gir innbyggerne, ikke bare som arbeidsgiver?', 'municipal', 'duty-arp-public-authority-services'],
    ['Gjelder aktivitetsplikten alder når kommunen ansetter?', 'municipal', 'duty-arp-age-not-covered'],
    ['Gjelder kvalifikasjonsprinsippet når skolen ansetter lærere?', 'municipal', 'mun-teacher-qualification-principle'],
    ['Når kom definisjonen av hull i CV-en inn i regelverket?', undefined, 'cv-gap-definition-history'],
    ['Har reglene om hull i CV-en i statsansatteforskriften blitt endret siden 2020?', 'state', 'cv-gap-definition-history'],
    ['Hvordan definerer kommunen hull i CV-en?', 'municipal', 'mun-cv-gap-definition'],
    ['Er hull i CV-en definert på samme måte i kommunen og staten?', 'municipal', 'mun-cv-gap-definition'],
    ['Kan vi droppe kravet om helsefagarbeiderutdanning når stillingen er øremerket for målgruppen?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Øremerket stilling i hjemmetjenesten – må søkeren ha autorisasjon som helsepersonell?', 'municipal', 'mun-target-group-competence-requirements'],
    ['Er departementets brev fra 2023 bindende for kommunene?', 'municipal', 'mun-ministry-letter-2023'],
    ['Hva fant analysen som ble laget da Inn i jobb startet?', 'municipal', 'mun-inn-i-jobb-start'],
    ['Hvor lenge har Oslo kommune hatt traineeordning for mennesker med funksjonsnedsettelser?', 'municipal', 'mun-oslo-recruitment-scheme'],
    ['Kan en trainee i kommunen ansettes fast uten utlysning etter traineeperioden?', 'municipal', 'mun-trainee-programme'],
    ['Må vi i staten gjøre noe spesielt etter den nye IA-avtalen?', 'state', 'ia-agreement-employer-role'],
    ['Står kvalifikasjonsprinsippet i kommuneloven?', 'municipal', 'mun-qualification-principle'],
    ['Går en intern deltidsansatt foran når vi lyser ut en stilling forbeholdt målgruppen?', 'municipal', 'mun-targeted-advert-preferred-rights'],
    ['Hva er den omforente forståelsen av kvalifikasjonsprinsippet mellom KS og partene?', 'municipal', 'mun-earmarking-union-discussion'],
    ['Kva gjer dei tillitsvalde i Inn i jobb?', 'municipal', 'mun-inn-i-jobb-union-role'],
    // routed since nynorsk forms are read as bokmål (2026-12-03)
    ['Kva reknar kommunen som hol i CV-en?', 'municipal', 'mun-cv-gap-definition'],
  ],
  DAY,
);

describe('round eighteen municipal known misses', () => {
  it.todo(
    '«Kan vi lyse ut en stilling bare for folk med hull i CV-en hos oss i direktoratet?» (state) — no state entry on reserving an ordinary post outside the trainee programme; no source read',
  );
  it.todo("Lørenskog kommune's trainee scheme: no public source found with the search tools; nothing written");
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [
    [
      'Hvor mange stillinger kan vi reservere for målgruppen i kommunen uten at det blir for mange?',
      'municipal',
      'mun-earmarked-positions-number',
      'goes to mun-target-group-only-advert, which also says the number should be low',
    ],
  ],
  DAY,
);
