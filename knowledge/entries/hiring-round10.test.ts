/**
 * Round ten (kb8state): the hiring process itself and the target group, as a state or municipal manager asks
 * about it — requirements and equivalent experience, the short-list, several rounds, diplomas and foreign
 * education, withdrawals, the job offer, feedback to rejected applicants, the self-declaration box, short CV
 * gaps and a disability that appears after hiring.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'hiring-requirements-vs-preferences',
  'hiring-equivalent-experience',
  'hiring-shortlist-document',
  'hiring-several-interview-rounds',
  'hiring-check-diplomas',
  'hiring-foreign-education',
  'hiring-applicant-withdraws',
  'state-job-offer',
  'hiring-withdraw-job-offer',
  'hiring-feedback-rejected-applicant',
  'tg-self-declaration-box',
  'tg-wrong-tick',
  'tg-cv-gap-shorter',
  'tg-disability-after-hire',
] as const;

describeHouseStyle('round ten entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round ten entries say what their sources say',
  [
    ['hiring-requirements-vs-preferences', /ønske.*teller i sammenligningen/s],
    ['hiring-requirements-vs-preferences', /11\/1272/],
    ['hiring-equivalent-experience', /bare når utlysningen åpner for det/],
    ['hiring-equivalent-experience', /lyse ut på nytt med endrede krav/],
    ['hiring-lawful-differential-treatment', /11\/1272/],
    ['hiring-shortlist-document', /mangler ved utredningen og dokumentasjonen/],
    ['hiring-several-interview-rounds', /speedintervju/],
    // Lovdata, statsansatteforskriften §§ 4 and 4a in force (read 2026-12-01): at least one qualified applicant from each
    // group is called to interview; the old «før innstillingen avgis» (2017 § 6) is no longer quoted.
    ['hiring-several-interview-rounds', /minst én kvalifisert søker fra hver målgruppe kalles inn til intervju \(statsansatteforskriften §§ 4 og 4a\)/],
    ['hiring-several-interview-rounds', /^(?![\s\S]*før innstillingen avgis)/],
    ['hiring-check-diplomas', /Vitnemålsportalen/],
    ['hiring-check-diplomas', /forvaltningsloven § 17/],
    ['hiring-foreign-education', /frivillig\*\* generell godkjenning/],
    ['hiring-foreign-education', /nivå og omfang/],
    ['hiring-foreign-education', /Lovregulerte yrker/],
    ['hiring-applicant-withdraws', /søknadsfristen går ut/],
    ['state-job-offer', /\*\*etter\*\* at ansettelsesrådet/],
    ['state-job-offer', /rimelig frist/],
    ['state-job-offer', /2\.4\.5\.5/],
    ['hiring-withdraw-job-offer', /avtaleloven § 7/],
    ['hiring-withdraw-job-offer', /muntlig tilbud binder like mye som et skriftlig/],
    ['hiring-feedback-rejected-applicant', /§ 3 andre ledd/],
    ['hiring-feedback-rejected-applicant', /§ 31/],
    ['tg-self-declaration-box', /før søknaden sendes/],
    ['tg-self-declaration-box', /minst 2 år .* siste 5 år/],
    ['tg-wrong-tick', /\*\*oppgir\*\*/],
    ['tg-cv-gap-shorter', /minst 2 år de siste 5 år/],
    ['tg-cv-gap-shorter', /§ 3a/],
    ['tg-disability-after-hire', /\*\*nyansettelser\*\*/],
    ['tg-disability-after-hire', /arbeidsmiljøloven § 4-6/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round ten: manager questions in other words reach the entries',
  [
    ['Hvilke punkter i annonsen bør være absolutte krav, og hvilke bare ønskelige?', 'state', 'hiring-requirements-vs-preferences'],
    ['Kan erfaring kompensere for manglende utdanning i kravene til stillingen?', 'municipal', 'hiring-equivalent-experience'],
    ['Hvordan velger vi ut kandidater til intervju blant mange søknader?', 'municipal', 'hiring-shortlist-document'],
    ['Hvordan gjør vi en ny intervjurunde med case for de beste kandidatene?', 'state', 'hiring-several-interview-rounds'],
    ['Hvordan kan vi være sikre på at søkerens vitnemål er ekte?', 'state', 'hiring-check-diplomas'],
    ['Må utdanningen fra utlandet være godkjent før vi kan ansette søkeren?', 'municipal', 'hiring-foreign-education'],
    ['Søkeren har trukket seg fra prosessen – hva gjør vi med saken?', 'state', 'hiring-applicant-withdraws'],
    ['Når kan vi gi jobbtilbudet til kandidaten i etaten, og må det skje skriftlig?', 'state', 'state-job-offer'],
    ['Kan kommunen ta tilbake jobbtilbudet etter at kandidaten har sagt ja?', 'municipal', 'hiring-withdraw-job-offer'],
    ['Hva sier vi til kandidaten som ikke ble valgt og vil ha tilbakemelding?', 'state', 'hiring-feedback-rejected-applicant'],
    ['Hvordan ser spørsmålet om målgruppen ut for søkeren i Jobbnorge?', 'state', 'tg-self-declaration-box'],
    ['Vi tror avkrysningen for hull i CV-en er feil – hva gjør vi?', 'state', 'tg-wrong-tick'],
    ['Hullet i CV-en er kortere enn kravet i forskriften – er søkeren i målgruppen?', 'state', 'tg-cv-gap-shorter'],
    ['Teller en ansatt som fikk en funksjonsnedsettelse etter ansettelsen med i målgruppen?', 'state', 'tg-disability-after-hire'],
    // general questions keep their entries
    ['Kan vi skrive i annonsen at vi ønsker søkere med funksjonsnedsettelse?', 'state', 'state-ad-diversity-text'],
    ['Førstevalget takket nei – kan vi ta neste på innstillingen?', 'state', 'state-offer-declined-next'],
  ],
  DAY,
);
