/** Reading a question's shape: its asks, and whether it points back at the previous answer. */
import { describe, expect, it } from 'vitest';
import { refersBack, splitAsks } from './understand.js';

describe('splitAsks', () => {
  it.each([
    ['Hvem er i målgruppen? Må vi kalle dem inn til intervju?', ['Hvem er i målgruppen?', 'Må vi kalle dem inn til intervju?']],
    ['Kan vi ansette uten utlysning, og hvor mye dekker NAV?', ['Kan vi ansette uten utlysning', 'Hvor mye dekker NAV?']],
    // A sentence that asks nothing goes with the first ask; the second leans on the first's answer.
    ['kan vi ansette uten utlysning, og hvor mye dekker NAV? det gjelder en med hull i cv', ['kan vi ansette uten utlysning det gjelder en med hull i cv', 'Hvor mye dekker NAV?']],
    ['Må vi kalle inn noen med funksjonsnedsettelse til intervju? vi er et direktorat', undefined],
    ['Hvor ofte vurderer NAV saken – kan det falle bort? vi har en i bydelen', undefined],
    ['Kan vi ansette en vikar?', undefined],
    // «og får …» after a statement goes on telling the case; it is no second ask (2026-12-03).
    ['En søker ser dårlig og får ikke brukt det digitale rekrutteringssystemet – må vi ta imot søknad på papir?', undefined],
    ['Kandidaten får arbeidsavklaringspenger og har søkt uføretrygd – kan vi ta henne inn på VTA-O i kommunen?', undefined],
    // … while a question after a statement may still have two asks.
    [
      'En medarbeider klarer ikke lenger oppgavene sine. Går tilretteleggingsplikten så langt at vi må se etter andre oppgaver, og hvem velger tiltaket?',
      ['En medarbeider klarer ikke lenger oppgavene sine. Går tilretteleggingsplikten så langt at vi må se etter andre oppgaver', 'Hvem velger tiltaket?'],
    ],
  ])('%s', (question, asks) => {
    expect(splitAsks(question)).toEqual(asks);
  });
});

describe('refersBack', () => {
  it.each([
    ['koster det noe?', true],
    ['kan vi forlenge den?', true],
    ['får hun lønn da?', true],
    ['og hvis hun blir syk underveis?', true],
    ['men dersom kandidaten slutter?', true],
    // The "det" of "er det", "finnes det", "går det an" points at nothing.
    ['Er det lov å spørre om helse?', false],
    ['Finnes det unntak?', false],
    ['Går det an å ansette uten utlysning?', false],
    ['Hva er arbeidstrening?', false],
  ])('%s → %s', (question, expected) => {
    expect(refersBack(question)).toBe(expected);
  });
});
