
/** Discord locales to the languages we answer in: French for every "fr" locale, English otherwise. */
export function langOf(locale: string | null | undefined): 'fr' | 'en' {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
