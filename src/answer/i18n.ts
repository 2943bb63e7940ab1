import type { Lang } from '../types.js';

/** User-facing text in French and English, by identifier. Arabic questions get English for now. */
const MESSAGES = {
  'nothing-found': { fr: 'Aucune dépêche ne répond à cette question.', en: 'No dispatch answers this question.' },
  'unknown-name': { fr: 'Aucune dépêche ne mentionne {names}.', en: 'No dispatch mentions {names}.' },
  'empty-question': { fr: 'Posez une question, par exemple « Qui a rencontré Poutine ? »', en: 'Ask a question, for example "Who did Putin meet?"' },
  'meetings-found': { fr: '{n} rencontre(s) ou appel(s) trouvé(s)', en: '{n} meeting(s) or call(s) found' },
  'meetings-only-found': { fr: '{n} rencontre(s) trouvée(s)', en: '{n} meeting(s) found' },
  'calls-found': { fr: '{n} appel(s) trouvé(s)', en: '{n} call(s) found' },
  'positions-found': { fr: '{n} position(s) trouvée(s)', en: '{n} position(s) found' },
  'topics-found': { fr: '{n} sujet(s) trouvé(s)', en: '{n} topic(s) found' },
  'dispatch-summary': { fr: 'Résumé de la dépêche : {n} élément(s)', en: 'Dispatch summary: {n} item(s)' },
  'no-dispatch': { fr: 'Aucune dépêche ne porte l’identifiant « {id} ».', en: 'No dispatch has the id "{id}".' },
  'search-found': { fr: '{n} passage(s) trouvé(s)', en: '{n} passage(s) found' },
  met: { fr: 'a rencontré', en: 'met' },
  'met-plural': { fr: 'ont rencontré', en: 'met' },
  'spoke-by-phone': { fr: 's’est entretenu au téléphone avec', en: 'spoke by phone with' },
  'spoke-by-phone-plural': { fr: 'se sont entretenus au téléphone avec', en: 'spoke by phone with' },
  meeting: { fr: 'Rencontre', en: 'Meeting' },
  call: { fr: 'Appel téléphonique', en: 'Phone call' },
  and: { fr: 'et', en: 'and' },
  in: { fr: 'à', en: 'in' },
  on: { fr: 'le', en: 'on' },
  said: { fr: 'a déclaré', en: 'said' },
  topic: { fr: 'Sujet', en: 'Topic' },
  source: { fr: 'Source', en: 'Source' },
  'still-loading': { fr: 'chargement en cours : {loaded} dépêches sur {total} consultées', en: 'still loading: {loaded} of {total} dispatches searched' },
  'about-filter': { fr: 'à propos de', en: 'about' },
} as const satisfies Record<string, Record<'fr' | 'en', string>>;

export type MessageId = keyof typeof MESSAGES;

export function t(id: MessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  const l = lang === 'fr' ? 'fr' : 'en';
  return MESSAGES[id][l].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** "A, B et C" / "A, B and C". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('and', lang)} ${items[items.length - 1]}`;
}
