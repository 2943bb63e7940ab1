import { isPlaceName, type Lexicon } from '../lexicons/lexicon.js';
import type { Mention } from '../types.js';
import type { Token } from '../text/tokens.js';

/**
 * Who is the subject of a verb, who is its object: wire sentences put the subject's names (with
 * their roles in apposition) before the verb, and the guests, counterparts and delegations after.
 * Names inside prepositional phrases ("avec Fidan", "a message from Erdogan") are neither.
 */

const PREPOSITIONS = new Set([
  'avec', 'with', 'de', "d'", 'du', 'des', 'of', 'par', 'by', 'a', 'au', 'aux', 'to', 'from', 'entre', 'between', 'pour', 'for',
  'chez', 'contre', 'against', 'sur', 'on', 'about', 'envers', 'towards', 'toward', 'aupres', 'vers', 'dans', 'in', 'at', 'en', 'into',
  'que', 'than', 'selon', 'according', 'after', 'apres', 'avant', 'before', 'since', 'depuis', 'under', 'sous', 'via', 'over',
]);
const PRESENCE = /(?:presence (?:de|d')|presence of|participation (?:de|d'|of)|attended by|en compagnie (?:de|d')|accompagne(?:e|s|es)? (?:de|du|des|d'|par)|accompanied by|entoure(?:e|s)? de|flanked by|aux cotes de|a (?:ses|son|leurs) cotes|alongside|along with|together with|ainsi que|as well as|in the company of|joined by|rejoint par|assiste(?:e)? de|assisted by|led by|headed by|conduite? par|dirigee? par|menee? par|presidee? par|chaired by|(?:which|that|who) (?:also )?included|comprising|composed of|qui comprenait|comprenant|composee de)\s*$/;
const ROLE_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the', 'un', 'une', 'a', 'an']);

/** The folded word that stands before a mention's noun phrase (skipping its title and article). */
/** Prepositions of place: "in Damascus", "à Lomé". */
const LOCATIVES = new Set(['in', 'at', 'a', 'au', 'en', 'dans']);

export function governingWord(tokens: Token[], mention: Mention, lex: Lexicon): { word: string; index: number } {
  let k = tokens.findIndex((t) => t.start >= mention.start) - 1;
  while (k >= 0) {
    const f = tokens[k].f;
    // "UAE President", "EU foreign policy chief": a country or body named inside the role.
    // "au complexe présidentiel d'Ankara le chancelier X": a place before an article closes a phrase of its own.
    // "received at the palace in Damascus Saudi Foreign Minister X": a place after a locative is where, not part of the role.
    // But "UNHCR Representative in Syria X": a place right before the name is part of the role.
    const where = k > 0 && LOCATIVES.has(tokens[k - 1].f) && isPlaceName(lex, f) && tokens[k + 1]?.start !== mention.start;
    if (where) break;
    const named = lex.names.has(f) && lex.entities.get(lex.names.get(f)!)?.kind !== 'person' && !(ROLE_ARTICLES.has(tokens[k + 1]?.f ?? '') && !/^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? ''));
    const roleWord = lex.titles.has(f) || lex.demonyms.has(f) || lex.portfolio.has(f) || lex.honorifics.has(f) || ROLE_ARTICLES.has(f) || named;
    // "Bank of Portugal governor X": "of" between two capitalised words names an institution inside the role.
    const linkInsideRole = ['de', 'des', 'du', "d'", 'of', 'for', 'la', "l'", 'et', 'and', 'in', 'to', 'en', 'au', 'aux'].includes(f) && k > 0 &&
      (lex.titles.has(tokens[k - 1].f) || lex.portfolio.has(tokens[k - 1].f) || lex.demonyms.has(tokens[k - 1].f) || (f === 'of' && tokens[k - 1].cap && tokens[k - 1].word && tokens[k + 1]?.cap === true && (k === 1 || !PREPOSITIONS.has(tokens[k - 2].f))) ||
        // "Ambassador of Japan to Pakistan X": a country to a country, inside an envoy's role.
        (/^(?:to|in|en|au|aux)$/.test(f) && isPlaceName(lex, tokens[k - 1].f) && isPlaceName(lex, tokens[k + 1]?.f ?? '') && tokens[k - 2]?.f === 'of'));
    // "un" is an article, "UN" the United Nations ("the statement by UN envoy X").
    const article = ROLE_ARTICLES.has(f) && !/^\p{Lu}{2,}$/u.test(tokens[k].text);
    // "a reçu au palais le ministre X": an article after a plain noun opens the name's own phrase; "au palais" is where.
    if (article && k > 0 && tokens[k - 1].word && !PREPOSITIONS.has(tokens[k - 1].f) && !ROLE_ARTICLES.has(tokens[k - 1].f) && afterVenue(tokens, k)) break;
    if (roleWord && !(article && k > 0 && PREPOSITIONS.has(tokens[k - 1].f))) {
      k--;
      continue;
    }
    // "Jordan's King Abdullah II": a possessive after a country is inside the role.
    const possessive = /^['’]s$/.test(f) && k > 0 && (lex.demonyms.has(tokens[k - 1].f) || (lex.names.has(tokens[k - 1].f) && lex.entities.get(lex.names.get(tokens[k - 1].f)!)?.kind !== 'person'));
    if (linkInsideRole || possessive) {
      k--;
      continue;
    }
    break;
  }
  return { word: k >= 0 ? tokens[k].f : '', index: k };
}

/** "au palais du Peuple le ministre", "au siège le ministre": a venue after "au"/"à la" within the few words before token k. */
function afterVenue(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    if (/^(?:palais|siege|residence|cabinet|bureau)$/.test(tokens[j].f) && /^(?:au|a|son|sa)$/.test(tokens[j - 1].f)) return true;
  }
  return false;
}

/** True when the mention sits in a prepositional phrase that is not a presence ("with X" but not "in the presence of X"). */
export function isOblique(tokens: Token[], mention: Mention, lex: Lexicon, sentenceStart: number): boolean {
  const g = governingWord(tokens, mention, lex);
  if (!g.word || !PREPOSITIONS.has(g.word)) return false;
  // "after X and Y held talks": "after" opens a clause whose subject X is.
  if (CONJUNCTIONS.has(g.word) && opensClause(tokens, mention)) return false;
  // "tandis que X rencontrait", "a indiqué que X s'était entretenu": "que" opens a clause whose subject X is.
  if (g.word === 'que' && (/^(?:tandis|alors|bien|parce|pendant|ainsi|tant|des|apres|avant|lors)$/.test(tokens[g.index - 1]?.f ?? '') || opensClause(tokens, mention))) return false;
  const before = foldedBefore(tokens, g.index, sentenceStart);
  return !PRESENCE.test(before);
}

/** Words that are prepositions before a noun and conjunctions before a clause. */
const CONJUNCTIONS = new Set(['after', 'before', 'since', 'apres', 'avant', 'depuis']);
/** Finite verbs that show a clause follows the noun phrase. */
const CLAUSE_VERBS = new Set(['held', 'met', 'had', 'signed', 'visited', 'talked', 'spoke', 'agreed', 'was', 'were', 'received', 'hosted', 'conferred', 'called', 'ont', 'avaient', 'avait', 'a', 's\'est', 's\'etait', 's\'etaient', 'se', 'est', 'etait']);

function opensClause(tokens: Token[], mention: Mention): boolean {
  const from = tokens.findIndex((t) => t.start >= mention.end);
  if (from < 0) return false;
  // "after Fidan, Defence Minister X and intelligence chief Y held talks": a list of subjects runs over its commas.
  let listed = false;
  for (let k = from; k < tokens.length && k < from + (listed ? 16 : 10); k++) {
    if (tokens[k].text === ',') {
      if (listed || !tokens.slice(k + 1, k + 10).some((t) => t.f === 'and' || t.f === 'et')) return false;
      listed = true;
      continue;
    }
    if (CLAUSE_VERBS.has(tokens[k].f)) return true;
  }
  return false;
}

/** Folded text of the sentence up to and including token `index`. */
function foldedBefore(tokens: Token[], index: number, sentenceStart: number): string {
  if (index < 0) return '';
  const from = Math.max(sentenceStart, tokens[index].end - 60);
  return tokens
    .filter((t) => t.start >= from && t.end <= tokens[index].end)
    .map((t) => t.f)
    .join(' ')
    .replace(/ ' /g, "' ")
    .replace(/' /g, "'");
}

/** True when the mention is introduced as accompanying or present ("accompagné de X"). */
export function isPresence(tokens: Token[], mention: Mention, lex: Lexicon, sentenceStart: number): boolean {
  const g = governingWord(tokens, mention, lex);
  if (PRESENCE.test(foldedBefore(tokens, g.index, sentenceStart))) return true;
  // "with Trade Minister X also attending the talks", "avec X également présent": the presence told after the name.
  const after = tokens.filter((t) => t.start >= mention.end).slice(0, 5).map((t) => t.f).join(' ');
  if (/^(?:with|avec)$/.test(g.word) && /^(?:also |too |as well )?(?:attending|present|in attendance|sitting in)\b/.test(after)) return true;
  // "with foreign ministers A and B and defence ministers C and D also taking part": a list after "with" that ends on the presence.
  let k = tokens.findIndex((t) => t.start >= mention.start) - 1;
  while (k >= 0 && tokens[k].word && !/^(?:with|avec)$/.test(tokens[k].f) && mention.start - tokens[k].start < 120) k--;
  if (k < 0 || !/^(?:with|avec)$/.test(tokens[k].f)) return false;
  const rest: string[] = [];
  for (const t of tokens) {
    if (t.start < mention.end) continue;
    if (!t.word || rest.length > 24) break;
    rest.push(t.f);
  }
  return /(?:^|\b(?:and|et)\b.*\s)(?:also|too|as well|egalement|aussi) (?:taking part|attending|present|presents|in attendance|participating)$/.test(rest.join(' '));
}

/**
 * Stretches after a verb whose names are not the verb's objects: a purpose clause ("pour
 * discuter", "to discuss", "afin de") runs to the end of the clause; a relative clause ("qui
 * l'accompagnait", "who is visiting") or a message carried for someone ("un message du président
 * X") runs to the next comma. Names after it ("..., en présence de Y") count again.
 */
// "أطلعه خلاله على نتائج لقائه مع الوزير الإيراني": what someone is briefed on names no one met; nor does what
// "وجرى خلال الاستقبال بحث ..." or "وتم ..." says was discussed or done.
const TO_CLAUSE_END = /^(?:afin|apres|after|avant|before|lors|during|au cours|dans le cadre|as part|selon|according|et a|et ont|and discussed|and reviewed|where|ou|على ان|علي ان|قبل ان|[وف]?اطلع(?:ه|ها|هم|هما)|وجري|وتم)$/u;
const CONTRAST = /^(?:tandis|alors que|while|whereas|فيما|بينما)$/;
const CIRCUMSTANCE = /^(?:lors|au cours|during|apres|after|avant|before|dans le cadre|as part)$/;
const TO_COMMA = /^(?:depuis|since|qui|dont|lequel|laquelle|lesquels|who|whom|which|whose|on behalf|au nom|de la part|sur invitation|at the invitation|a l'invitation|nomme|nommee|designe|designee|appointed|الذي|التي|الذين|اللذين|اللتين)$/;
/** A message carried for someone (or several: "porteurs de messages des Généraux X et Y"): its sender is named after it, possibly in apposition, up to a presence. */
const MESSAGE = /^(?:messages?|lettre|letter|porteurs?|porteuses?|carrying|conveying|conveyed|greetings|salutations|transmis|transmettant|delivered|invitation|تحيات|رسالة|رساله|برسالة|برساله)$/;
const PRESENCE_START = /^(?:en presence|in the presence|accompagne|accompanied|along with|ainsi que|as well as|aux cotes)/;
/** "a message from X, delivered by Minister Y": the one who brought it was there. */
const COURIER_START = /^(?:delivered by|conveyed by|handed (?:over )?by|carried by|brought by|remise? par|apportee? par|porte par|portee par)/;

/** The first token from index `from` that opens a presence ("en présence de", "accompanied by") before `to`: where a message's range ends. */
function presenceAfter(tokens: Token[], from: number, to: number): Token | undefined {
  const rest = tokens.slice(from).filter((x) => x.start < to);
  return rest.find((_, j) => { const words = rest.slice(j, j + 3).map((y) => y.f).join(' '); return PRESENCE_START.test(words) || COURIER_START.test(words); });
}

/** Whether a comma closes the clause opened at token k before `to`, with no message ("delivered a message from X") inside it. */
function closesBeforeMessage(tokens: Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < tokens.length && tokens[j].start < to; j++) {
    if (tokens[j].text === ',') return true;
    if (MESSAGE.test(tokens[j].f)) return false;
  }
  return false;
}

/** "received the credentials of A, Ambassador of X; B, Ambassador of Y; and C": semicolons that end in "; and" part a list of names, not clauses. */
function semicolonList(tokens: Token[], k: number, to: number): boolean {
  return tokens.some((x, j) => j >= k && x.start < to && x.text === ';' && /^(?:and|et)$/.test(tokens[j + 1]?.f ?? ''));
}

/** Whether token k opens a purpose clause: "pour"/"to" followed by a verb, not "envoy to Syria". */
function purpose(tokens: Token[], k: number): boolean {
  const t = tokens[k]?.f;
  const next = tokens[k + 1];
  if (!next || next.cap) return false;
  if (t === 'pour' || t === 'to') return /^(?:discuter|examiner|evoquer|aborder|parler|debattre|renforcer|etudier|faire|preparer|signer|discuss|examine|review|explore|address|talk|strengthen|prepare|sign|follow|coordinate|coordonner|suivre|presenter|present|deliver|remettre|transmettre|convey|brief|informer|inform|exchange|echanger)\b/.test(next.f);
  return false;
}

/** Ranges [start, end) of the sentence whose names are not objects of the verb. */
export function nonObjectRanges(tokens: Token[], from: number, to: number, contrast = true): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start < from || t.start >= to) continue;
    const one = t.f;
    const two = `${one} ${tokens[k + 1]?.f ?? ''}`;
    // "tandis que", "while" open another event, except where the sentence lists who attended.
    const contrastive = CONTRAST.test(one) || CONTRAST.test(two);
    // ", au cours de sa visite en Turquie, le général X": a circumstance between commas ends at its comma.
    // So does one right after the verb: "avait rencontré lors de sa visite à Damas, en septembre, la ministre X".
    if ((CIRCUMSTANCE.test(one) || CIRCUMSTANCE.test(two)) && (tokens[k - 1]?.text === ',' || (tokens[k - 1] !== undefined && tokens[k - 1].start < from && /^(?:lors|au cours)$/.test(one)))) {
      const comma = tokens.find((x) => x.start > t.start && x.start < to && x.text === ',');
      if (comma) {
        ranges.push([t.start, comma.start]);
        k = tokens.indexOf(comma);
        continue;
      }
    }
    // A colon ends one too, but not "وهم:" nor "أوراق اعتماد كل من:", which open the list of those met.
    // A semicolon ends a clause, except in a list of who attended ("attended by X, role; Y, role; and Z").
    // "et à la Diaspora" inside a role is no "et a" (and has): the accent tells the preposition.
    const preposition = one === 'et' && /^[àÀ]$/.test(tokens[k + 1]?.text ?? '');
    // "a reçu à Port-Gentil, où il séjourne depuis samedi, le président de la BAD": a relative on a place between commas ends at its comma.
    const placeRelative = /^(?:ou|where)$/.test(one) && tokens[k - 1]?.text === ',' && /^(?:il|elle|he|she)$/.test(tokens[k + 1]?.f ?? '') && closesBeforeMessage(tokens, k, to);
    // "X and Y last met in Ankara in October, when the German minister accompanied Chancellor Z": the time's own clause names no one met.
    // (Not when that clause tells a meeting of its own: "..., when Cho accompanied President Lee to his summit with Ishiba".)
    if (/^(?:when|lorsque|quand)$/.test(one) && tokens[k - 1]?.text === ',' && !tokens.some((x) => x.start > t.start && x.start < to && /^(?:talks|summit|meeting|met|meet|joined|held|rencontre|sommet|entretien|entretiens|reunion)$/.test(x.f))) {
      ranges.push([t.start, to]);
      break;
    }
    if (!placeRelative && ((contrast && contrastive) || (!contrastive && !preposition && (TO_CLAUSE_END.test(one) || TO_CLAUSE_END.test(two))) || purpose(tokens, k) || (t.text === ';' && contrast && !semicolonList(tokens, k, to)) || (t.text === ':' && !/^و?هم$/u.test(tokens[k - 1]?.text ?? '') && !(tokens[k - 1]?.text === 'من' && tokens[k - 2]?.text === 'كل')))) {
      ranges.push([t.start, to]);
      break;
    }
    // ("delivered by Minister Y" names the courier, no message.)
    if (MESSAGE.test(one) && !COURIER_START.test(two)) {
      const presence = presenceAfter(tokens, k + 1, to);
      ranges.push([t.start, presence ? presence.start : to]);
      if (presence) k = tokens.indexOf(presence) - 1;
      else break;
      continue;
    }
    if (TO_COMMA.test(one) || TO_COMMA.test(two) || placeRelative) {
      const comma = tokens.find((x) => x.start > t.start && x.text === ',');
      // ", qui lui a remis un message écrit du prince héritier ..., Mohammed ben Salmane": the sender after the comma is no guest either.
      const carried = comma ? tokens.slice(k + 1, tokens.indexOf(comma)).find((x) => MESSAGE.test(x.f)) : undefined;
      if (carried) {
        const presence = presenceAfter(tokens, tokens.indexOf(comma!) + 1, to);
        ranges.push([t.start, presence ? presence.start : to]);
        if (presence) {
          k = tokens.indexOf(presence) - 1;
          continue;
        }
        break;
      }
      ranges.push([t.start, comma ? comma.start : to]);
      if (comma) k = tokens.indexOf(comma);
    }
  }
  return ranges;
}

/** "نيابة عن", "بتوجيهات من", "بتكليف من": on someone's behalf or orders; "المرافق للرئيس": accompanying someone. */
const ON_BEHALF_AR = /(?:نيابة|نيابه)[\u064B-\u0652]* عن|بتوجيه(?:ات)? من|بتكليف من|(?:ال)?مرافق(?:ة|ه)? ل/gu;

/**
 * "استقبل X نيابة عن صاحب السمو أمير البلاد Y", "وبتوجيهات من الرئيس Y، التقى X": the one on whose
 * behalf or orders someone acts is not there. The cue stands before the name with only a style
 * and a title between: no comma, no other person.
 */
export function onBehalfOf(text: string, mentions: Mention[], m: Mention, from: number): boolean {
  const start = Math.max(from, m.start - 90);
  const cues = [...text.slice(start, m.start).matchAll(ON_BEHALF_AR)];
  if (!cues.length) return false;
  const last = cues[cues.length - 1];
  const cueEnd = start + last.index! + last[0].length;
  return !/[،,]/.test(text.slice(cueEnd, m.start)) && !mentions.some((o) => o.kind === 'person' && o.start >= cueEnd && o.end <= m.start);
}
