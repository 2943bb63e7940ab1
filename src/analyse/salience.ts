import type { Mention } from '../types.js';
import { foldPhrase } from '../lexicons/lexicon.js';

/**
 * Who "il", "he", "elle", "she", "ce dernier", "the two ministers" refer to: the last subject
 * (singular or plural) and the last person named, carried from sentence to sentence. A feminine
 * pronoun ("elle", "she", "la ministre", "cette dernière") takes the last woman among them, a
 * masculine one the last man, when the dispatch tells who is a woman.
 */
export class Salience {
  lastSingular: string | null = null;
  lastPlural: string[] | 'group' | null = null;
  /** The last people seen together: "the two leaders" are people even after "the two sides agreed". */
  lastPluralPeople: string[] | null = null;
  lastNamed: string | null = null;
  /** The last institution that was a subject: what "it" refers to ("The ministry condemned ... It called on"). */
  lastInstitution: string | null = null;
  private subjects: string[] = [];
  private named: string[] = [];
  private subjectsThisSentence: string[][] = [];

  constructor(
    private readonly isFemale: (key: string) => boolean = () => false,
    private readonly isInstitution: (key: string) => boolean = (key) => key.startsWith('o:'),
  ) {}

  /** After a meeting, "they", "the two presidents", "leur rencontre" mean its participants. */
  noteParticipants(keys: string[]): void {
    if (keys.length < 2) return;
    this.notePlural(keys);
    this.lastHost = keys[0];
    this.gatherings.push(keys);
  }

  private gatherings: string[][] = [];

  /** "X et son hôte", "X and his guest": the other side of X's latest meeting (its host, or its first guest). */
  counterpartOf(key: string): string | null {
    const last = [...this.gatherings].reverse().find((g) => g.includes(key));
    if (!last) return null;
    return last[0] === key ? last[1] : last[0];
  }

  /** Who received or met the others in the last meeting: "Il a ensuite reçu" goes on with the host. */
  lastHost: string | null = null;

  /** Every group seen together, latest last: "the two ministers" are the latest two. */
  private pairs: string[][] = [];

  private notePlural(keys: string[]): void {
    this.lastPlural = this.lastPluralPeople = keys;
    if (keys.length === 2) this.pairs.push(keys);
  }

  noteSubject(keys: string[] | 'group'): void {
    this.subjectsThisSentence.push(keys === 'group' ? [] : keys);
    if (keys === 'group') this.lastPlural = 'group';
    else if (keys.length === 1) this.setSingular(keys[0]);
    else if (keys.length > 1) this.notePlural(keys);
  }

  private setSingular(key: string): void {
    if (this.isInstitution(key)) this.lastInstitution = key;
    this.lastSingular = key;
    this.subjects.push(key);
  }

  endSentence(mentions: Mention[]): void {
    const people = mentions.filter((m) => m.kind === 'person');
    if (people.length) this.lastNamed = people[people.length - 1].key;
    this.named.push(...people.map((m) => m.key));
    // A sentence whose subject we did not see still makes its first person salient ("X a quitté Damas").
    if (this.subjectsThisSentence.length === 0 && people.length && !this.lastSingular) this.setSingular(people[0].key);
    this.subjectsThisSentence = [];
  }

  resolve(pronoun: string): string[] | 'group' | null {
    const p = foldPhrase(pronoun);
    // "the two leaders", "les deux ministres": people, whatever group spoke since.
    if ((/^(?:les deux|the two|both) (?:leaders|ministers|presidents|officials|heads|dirigeants|ministres|presidents|responsables|chefs)\b/.test(p) || ARABIC_PAIR.test(p)) && this.lastPlural === 'group') return this.lastPluralPeople ?? this.lastPlural;
    // "The two ministers held talks" after a meeting of three: the latest two seen together.
    if (/^(?:les deux|the two|both)\b/.test(p) && Array.isArray(this.lastPlural) && this.lastPlural.length > 2 && this.pairs.length) return this.pairs[this.pairs.length - 1];
    if (/^(ils|elles|they|ces derniers|les deux|the two|both)/.test(p) || ARABIC_PAIR.test(p)) return this.lastPlural;
    if (p === 'it') return this.lastInstitution ? [this.lastInstitution] : null;
    const latter = /^(ce dernier|cette derniere|celui-ci|celle-ci|the latter)$/.test(p);
    const last = latter ? this.lastNamed : this.lastSingular;
    const pools = latter ? [this.named] : [this.subjects, this.named];
    const gender = FEMININE.test(p) ? true : MASCULINE.test(p) ? false : null;
    // Only when someone in the dispatch is known to be a woman does gender choose: the last
    // subject of that gender, else the last person of that gender named.
    if (gender !== null && this.named.some((k) => this.isFemale(k))) {
      if (last && this.isFemale(last) === gender) return [last];
      for (const pool of pools) {
        const fit = [...pool].reverse().find((k) => this.isFemale(k) === gender);
        if (fit) return [fit];
      }
    }
    return last ? [last] : null;
  }
}

const FEMININE = /^(?:elle|she|her|cette derniere|celle-ci|la |l'ambassadrice|l'envoyee|l'emissaire)/;
const MASCULINE = /^(?:il|he|him|ce dernier|celui-ci|le |l'ambassadeur|l'envoye$)/;

/** "الوزيران", "الرئيسان" (the two ministers, the two presidents), with the hamza folded or not. */
const ARABIC_PAIR = /^(?:الوزيران|الرئيسان|الرييسان|الرئيسين|الرييسين|الزعيمان|الزعيمين)/u;
