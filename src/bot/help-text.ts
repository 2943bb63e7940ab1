import type { Lang } from '../types.js';

/** What the bot can do, in the user's language (used by /help and by DMs it does not understand). */
export function helpText(lang: Lang): { title: string; body: string } {
  if (lang === 'fr') {
    return {
      title: 'Ce que je sais faire',
      body: [
        'Je réponds aux questions sur les dépêches, en citant chaque fois le passage et sa dépêche.',
        '',
        '**/meetings** — qui a rencontré qui (personne, avec, lieu, rencontre ou appel, dates)',
        '**/topics** — les sujets abordés (dépêche, personne, lieu ou mots)',
        '**/positions** — les positions exprimées ou citées (orateur, sujet)',
        '**/ask** — une question en français ou en anglais',
        '**/dispatch** — le résumé d’une dépêche',
        '**/reindex** — recharger les dépêches (administrateurs)',
        '',
        'En message privé, écrivez simplement votre question : « Qui a rencontré Poutine ? », « Qu’a dit Poutine sur Israël ? », « Quels sujets ont été abordés à Moscou ? »',
      ].join('\n'),
    };
  }
  return {
    title: 'What I can do',
    body: [
      'I answer questions about news dispatches, always quoting the passage and naming its dispatch.',
      '',
      '**/meetings** — who met whom (person, with, place, in person or by phone, dates)',
      '**/topics** — which topics were covered (a dispatch, person, place or words)',
      '**/positions** — positions stated or quoted (speaker, about)',
      '**/ask** — a question in English or French',
      '**/dispatch** — one dispatch in brief',
      '**/reindex** — reload the dispatches (admins)',
      '',
      'In a direct message, just write your question: "Who did Putin meet?", "What did Putin say about Israel?", "Which topics were discussed in Moscow?"',
    ].join('\n'),
  };
}
