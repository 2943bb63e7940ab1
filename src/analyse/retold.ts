import type { Meeting, Passage } from '../types.js';
import { foldPhrase } from '../lexicons/lexicon.js';
import type { SentenceView } from './context.js';

/**
 * What the rest of a dispatch says about a meeting already told: that it was a phone call after all
 * ("... lors de cet appel"), or that the envoys whose credentials were received met the host one by
 * one ("كلا على حدة"). Both run once every sentence has been read.
 */

/** Credentials presented one envoy at a time: "les audiences", "separately", "tour à tour", "كلاً على حدة". */
export const SEPARATE_AUDIENCES = /\b(?:les audiences|ces audiences|des audiences separees|audiences separees|separate (?:audiences|ceremonies|meetings)|separately|tour a tour|successivement|chacun (?:d'entre eux )?separement)\b|كل[\u064B\u064C]?ا?\u064B? عل[ىي] حد[ةه]/u;

/** Whether the dispatch tells of audiences one at a time; "Separately," opening a sentence moves on to other news instead. */
export function tellsSeparateAudiences(text: string): boolean {
  return SEPARATE_AUDIENCES.test(foldPhrase(text).replace(/(^|[.\n]\s*)separately,/g, '$1'));
}

/** A sentence of credentials presented: "أوراق اعتماد", "lettres de créance", "credentials". */
const CREDENTIALS = /(?:اوراق اعتماد|أوراق اعتماد|\blettres de creance\b|\bcredentials\b|\bletters of credence\b)/u;

/**
 * "تسلم الأمير أوراق اعتماد كل من A، وB، وC ... وقد استقبل سموه السفراء الثلاثة كلا على حدة": envoys the dispatch
 * says were received one at a time met the host each in an audience of their own (with whoever attended).
 */
export function splitSeparateAudiences(meetings: Meeting[], sentences: SentenceView[], text: string): void {
  if (!tellsSeparateAudiences(text)) return;
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i];
    if (m.kind !== 'meeting' || m.participants.length < 3 || !CREDENTIALS.test(foldPhrase(m.passage.text))) continue;
    const [host, ...rest] = m.participants;
    const named = new Set(sentences.find((v) => v.passage.n === m.passage.n)?.mentions.map((x) => x.key) ?? []);
    const guests = rest.filter((p) => named.has(p.key));
    if (guests.length < 2) continue;
    const others = rest.filter((p) => !guests.includes(p));
    meetings.splice(i, 1, ...guests.map((g) => ({ ...m, participants: [host, g, ...others] })));
    i += guests.length - 1;
  }
}

/** A verb that tells of talks in person or on the phone alike: "s'est entretenu avec", "spoke with". */
const TALKED_WITH = /\b(?:s'est entretenue? |se sont entretenus |s'entretient |s'entretenait )(?:\S+ ){0,3}?avec\b|\b(?:spoke|talked|speaks|talks) (?:\S+ )?(?:with|to)\b/;
/** Words that put a meeting in a room: a host, a visit, a palace. */
const IN_PERSON_WORDS = /\b(?:recu|recoit|received|receives|hosted|visite|visit|visiting|rencontre|met|meets|palais|palace|siege|headquarters|en marge|on the sidelines|tete-a-tete|face-a-face)\b/;
/** "lors de cet appel", "during the call": a later sentence naming the talks just told as a call. */
const THAT_CALL = /\b(?:(?:lors|au cours|pendant|durant) (?:de )?(?:cet|l') ?(?:appel|echange telephonique|entretien telephonique)|cet appel|cet entretien telephonique|(?:during|on|in) (?:the|this) (?:phone |telephone )?(?:call|conversation)|this call)\b/;

/**
 * "X s'est entretenu jeudi avec Y. ... M. X a souligné lors de cet appel": talks told with a verb
 * that fits the phone as well, which the next sentences call a call, were a call.
 */
export function callsToldAfter(meetings: Meeting[], passages: Passage[]): void {
  for (const m of meetings) {
    if (m.kind !== 'meeting') continue;
    const stated = foldPhrase(m.passage.text);
    if (!TALKED_WITH.test(stated) || IN_PERSON_WORDS.test(stated)) continue;
    const next = passages.filter((p) => p.n > m.passage.n && p.n <= m.passage.n + 2);
    if (next.some((p) => THAT_CALL.test(foldPhrase(p.text))) && !meetings.some((o) => o !== m && next.some((p) => p.n === o.passage.n))) {
      m.kind = 'call';
      m.place = null;
      m.placeKey = null;
    }
  }
}
