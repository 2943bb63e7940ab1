import type { Lexicon } from '../lexicons/lexicon.js';
import type { Mention, Participant, Person } from '../types.js';
import { fold } from '../text/fold.js';
import type { PersonMention } from './entities.js';

/**
 * The people of one dispatch: every mention of the same person (alias, surname, title) under
 * one key, with the fullest name and the first role written for them. Also answers "who is
 * 'le ministre turc'?" by matching a bare title against the roles already written.
 */
export class PeopleRegistry {
  private readonly byKey = new Map<string, { names: string[]; role: string | null; first: number; titleOnly: boolean; female: boolean }>();
  private order = 0;
  private readonly countries = new Map<string, Set<string>>();
  private readonly delegationHeads: Array<{ key: string; sentence: number }> = [];

  constructor(private readonly lex: Lexicon) {}

  add(m: Mention): void {
    if (m.kind === 'person') this.addPerson(m as PersonMention);
    else if (m.kind === 'org') this.ensure(m.key, m.text, null, false);
  }

  private addPerson(m: PersonMention): void {
    // "le ministre turc" resolved to Hakan Fidan is not one of his names.
    if (m.via === 'role' && !m.key.startsWith('t:') && this.byKey.has(m.key)) {
      if (m.female) this.byKey.get(m.key)!.female = true;
      return;
    }
    this.ensure(m.key, m.text, m.role, m.via === 'role');
    if (m.female) this.byKey.get(m.key)!.female = true;
  }

  /**
   * "a German government delegation headed by Minister X": X is of that country, though X's role
   * does not say so. Only titles use it ("the German minister"); the role shown stays as written.
   */
  noteCountry(key: string, country: string): void {
    const set = this.countries.get(key) ?? new Set<string>();
    set.add(country);
    this.countries.set(key, set);
  }

  /** The head of the delegation named last, of that country if it said: "the delegation was received by X" is theirs. */
  noteDelegationHead(key: string, country: string | null, sentence: number): void {
    this.delegationHeads.push({ key, sentence });
    if (country) this.noteCountry(key, country);
  }

  /** The head of the last delegation named up to this sentence. */
  delegationHead(sentence: number): string | null {
    return this.delegationHeads.filter((h) => h.sentence <= sentence).pop()?.key ?? null;
  }

  /** Drops a title-only person found to be someone named later (or, with `named`, a lone surname found to be a full name written later). */
  forget(key: string, named = false): void {
    if (key.startsWith('t:') || named) this.byKey.delete(key);
  }

  /** Whether any mention wrote this person as a woman. */
  isFemale(key: string): boolean {
    return this.byKey.get(key)?.female ?? false;
  }

  private ensure(key: string, name: string, role: string | null, titleOnly: boolean): void {
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { names: [name], role, first: this.order++, titleOnly, female: false });
      return;
    }
    entry.names.push(name);
    // "Le Général Tiani" in the headline, then "Le Président de la République, Chef de l'Etat, le Général d'Armée X": the office says more than the rank.
    if (!entry.role && role) entry.role = role;
    else if (role && entry.role && RANK_OR_BARE_PRESIDENT.test(fold(entry.role).trim()) && role.length > entry.role.length) entry.role = role;
    // "le ministre X" in the headline, then "Le ministre des Affaires étrangères ..., X"; "son homologue X", then "son homologue de
    // la République de Sierra Leone, X": the same one-word title, said in full.
    else if (role && entry.role && !/\s/.test(fold(entry.role).trim()) && role.length > entry.role.length && fold(role).split(/[\s,]+/).includes(fold(entry.role).trim())) entry.role = role;
    if (entry.titleOnly && !titleOnly) entry.titleOnly = false;
  }

  participant(key: string): Participant {
    const e = this.byKey.get(key);
    if (!e) return { key, name: key, role: null };
    return { key, name: bestName(e.names), role: e.role };
  }

  people(): Person[] {
    return [...this.byKey.entries()]
      .filter(([key]) => !key.startsWith('o:'))
      .sort((a, b) => a[1].first - b[1].first)
      .map(([key]) => this.participant(key));
  }

  /** "les deux présidents", "the two presidents": the only two people whose written role holds that title. */
  holdersOf(word: string): string[] {
    const w = fold(word);
    // A company's or a parliament's president is not one of "the two presidents".
    return [...this.byKey.entries()].filter(([key, e]) => !e.titleOnly && !key.startsWith('o:') && e.role && contentWords(e.role).some((x) => stemEq(x, w) && x.length <= w.length + 2 && !OFFICE_NOT_HOLDER.test(x)) && !contentWords(e.role).some((x) => NOT_HEAD_OF_STATE.test(x) || /^(?:company|compagnie|societe|corporation|bank|banque|group|groupe|fund|fonds)$/.test(x))).map(([key]) => key);
  }

  /**
   * The person a bare title refers to: someone whose written role holds all its words, a
   * nationality matching its country ("turc" ~ "Turquie") and "homologue" standing for any title.
   */
  resolveTitle(title: string, context: string[] = [], female = false): string | null {
    const counterpart = this.resolveCounterpart(title, context);
    if (counterpart) return counterpart;
    let found = this.resolveAmong(title);
    // "la représentante", "the spokeswoman": a woman, when one fits.
    if (female && found.some((k) => this.isFemale(k))) found = found.filter((k) => this.isFemale(k));
    if (found.length === 1) return found[0];
    // "the President" among a head of state and a bank's or a parliament's president: the head of state.
    if (found.length > 1 && /^(?:president|presidente|the president|le president|la presidente|الرئيس|الرييس)$/u.test(fold(title).trim())) {
      // Of several heads of state, the dispatch's own: named first.
      // Nor a deputy: "نائب رئيس دولة فلسطين ... حسين الشيخ", then "سيادة الرئيس" is the president, not his deputy named first.
      const deputy = (r: string) => this.roleWords(r).some((x, i, all) => SUBORDINATE.has(x.replace(/^و(?=[\u0600-\u06FF]{3})/u, '')) && /^(?:president|presidente|رئيس|رييس)$/u.test(all[i + 1] ?? ''));
      const heads = found.filter((k) => { const r = this.byKey.get(k)?.role; return !r || (!contentWords(r).some((x) => NOT_HEAD_OF_STATE.test(x)) && !deputy(r)); });
      if (heads.length) return this.firstNamed(heads);
    }
    // "the Minister of Defense" between the minister and the assistant minister of defense: the minister.
    if (found.length > 1) {
      const titleWords = this.roleWords(title);
      const plain = found.filter((k) => { const r = this.byKey.get(k)?.role; return !r || !this.roleWords(r).some((x) => SUBORDINATE.has(x.replace(/^و(?=[\u0600-\u06FF]{3})/u, '')) && !titleWords.includes(x)); });
      if (plain.length === 1) return plain[0];
    }
    // "le responsable qatari" after the Qatari minister and the emir who sent him: an official, not the head of state.
    if (found.length > 1 && this.roleWords(title).some((w) => OFFICIAL_WORDS.includes(w))) {
      // Nor the spokesperson who speaks for them: "le responsable onusien" after "le porte-parole de l'ONU".
      const officials = found.filter((k) => !this.isHeadOfState(k) && !SPOKESPERSON.test(fold(this.byKey.get(k)?.role ?? '')));
      if (officials.length === 1) return officials[0];
      if (officials.length) found = officials;
    }
    // "رئيس الدولة" for the one whose role is that very title, not "نائب رئيس الدولة".
    if (found.length > 1) {
      const exact = found.filter((k) => { const r = this.byKey.get(k)?.role; return r !== null && r !== undefined && fold(r) === fold(title); });
      if (exact.length === 1) return exact[0];
    }
    // Several fit "le responsable russe": the one mentioned most so far, if one stands out.
    if (found.length > 1) {
      const counts = found.map((k) => this.byKey.get(k)?.names.length ?? 0);
      const top = Math.max(...counts);
      if (counts.filter((c) => c === top).length === 1 && !context.length) return found[counts.indexOf(top)];
    }
    // "le chef de l'Etat" among several presidents: the dispatch's own, named first; a president
    // quoted further on ("le président Trump tient à ...") is not who the dispatch calls so.
    if (found.length > 1 && this.roleWords(title).includes(HEAD_OF_STATE)) {
      return this.firstNamed(found);
    }
    // "وأكد جلالة الملك المعظم" after the greetings of another king: the dispatch's own king, named first.
    // (Kings by their own title: not "ممثل جلالة الملك", the king's representative.)
    const king = (x: string | undefined) => x === MONARCH || x === 'ملك';
    const kings = found.length > 1 && this.roleWords(title).some(king) ? found.filter((k) => king(this.roleWords(this.byKey.get(k)?.role ?? '').find((x) => this.lex.titles.has(x) || king(x)))) : [];
    if (kings.length) return this.firstNamed(kings);
    // "Attaf ... avec son homologue syrien": the one whose title is the same as someone's in the sentence.
    if (found.length > 1 && context.length) {
      // The others in the sentence: a candidate does not vouch for itself.
      const titlesNear = new Set(context.filter((k) => !found.includes(k)).flatMap((k) => this.titleWordsOf(k)));
      const same = found.filter((k) => this.titleWordsOf(k).some((w) => titlesNear.has(w)));
      if (same.length === 1) return same[0];
      // "Attaf ... avec son homologue italien" between Italy's foreign minister and another Italian minister: the same portfolio, not just "minister".
      const sameOffice = same.filter((k) => this.titleWordsOf(k).some((w) => titlesNear.has(w) && !GENERIC_MINISTER.has(w)));
      if (sameOffice.length === 1) return sameOffice[0];
    }
    return null;
  }

  /**
   * "الشيباني ونظيره التركي", "X et son homologue turc": of the people of that country, the one who holds the
   * same office as someone of the sentence (the Turkish foreign minister, not the Turkish president named before).
   */
  resolveCounterpart(title: string, context: string[]): string | null {
    const words = this.roleWords(title);
    if (!context.length || !words.some((w) => COUNTERPART.has(w))) return null;
    const wanted = words.filter((w) => this.isCountry(w));
    if (wanted.length !== 1) return null;
    const offices = new Set(context.flatMap((k) => this.titleWordsOf(k)).filter((w) => !GENERIC_MINISTER.has(w) && !this.isCountry(w)));
    if (!offices.size) return null;
    const ofCountry = (key: string) => {
      const e = this.byKey.get(key);
      const roleCountries = [e?.role ?? '', ...(this.lex.entities.get(key)?.roles ?? [])].flatMap((r) => this.roleWords(r)).filter((w) => this.isCountry(w));
      return roleCountries.includes(wanted[0]) || (this.countries.get(key)?.has(wanted[0]) ?? false);
    };
    const sameOffice = [...this.byKey.entries()].filter(([key, e]) => !e.titleOnly && !key.startsWith('o:') && !key.startsWith('t:') && !context.includes(key) && this.titleWordsOf(key).some((w) => offices.has(w))).map(([key]) => key);
    const fit = sameOffice.filter(ofCountry);
    if (fit.length === 1) return fit[0];
    // "وحضر اللقاء ... وزير الخارجية فؤاد حسين", then "فيدان ونظيره العراقي": the host's minister, whose role names no country,
    // when he alone holds that office and no one else is of that country. (A cabinet office only: a rank such as "général" is held by many.)
    const cabinet = (key: string) => this.titleWordsOf(key).some((w) => (w === FOREIGN_MINISTER || w === PRIME_MINISTER) && offices.has(w));
    const stateless = sameOffice.filter((key) => cabinet(key) && !this.countryOf(key).length);
    return !fit.length && stateless.length === 1 && ![...this.byKey.keys()].some((k) => this.countryOf(k).includes(wanted[0])) ? stateless[0] : null;
  }

  /** The countries a person's role, alias-table roles or delegation name. */
  private countryOf(key: string): string[] {
    const roles = [this.byKey.get(key)?.role ?? '', ...(this.lex.entities.get(key)?.roles ?? [])];
    return [...roles.flatMap((r) => this.roleWords(r)).filter((w) => this.isNation(w)), ...(this.countries.get(key) ?? [])];
  }

  /** "the Chinese ambassador" after "the Chinese Ambassador to Damascus", someone named only by that title: that person, when only one fits. */
  resolveTitleOnly(title: string): string | null {
    const words = this.roleWords(title);
    if (!words.length) return null;
    // "سفير ماليزيا لدى الدولة" is not "سفير الدولة لدى ماليزيا": the same words, but where each is posted differs.
    const post = postOf(title);
    const found = [...this.byKey.entries()].filter(([key, e]) => e.titleOnly && key.startsWith('t:') && e.role && this.fits(words, this.roleWords(e.role)) && (post === null || postOf(e.role) === null || postOf(e.role) === post)).map(([key]) => key);
    return found.length === 1 ? found[0] : null;
  }

  /** Of several people, the one the dispatch named first. */
  private firstNamed(keys: string[]): string {
    return keys.reduce((a, b) => (this.byKey.get(a)!.first <= this.byKey.get(b)!.first ? a : b));
  }

  private isHeadOfState(key: string): boolean {
    const role = this.byKey.get(key)?.role;
    return role !== null && role !== undefined && (this.fitsOtherwise(HEAD_OF_STATE, this.roleWords(role)) || this.roleWords(role).includes(MONARCH));
  }

  /** Everyone a title fits ("ministre belge": each Belgian minister named), not only when one alone does. */
  holdersOfTitle(title: string): string[] {
    return this.resolveAmong(title);
  }

  /** Whether someone is known by titles of which none is this one: "le président" cannot be the minister named before. */
  hasOtherTitle(key: string, title: string): boolean {
    return this.titleWordsOf(key).length > 0 && !this.resolveAmong(title).includes(key);
  }

  private titleWordsOf(key: string): string[] {
    const e = this.byKey.get(key);
    const roles = [...(e?.role ? [e.role] : []), ...(this.lex.entities.get(key)?.roles ?? [])];
    return roles.flatMap((r) => this.roleWords(r)).filter((w) => this.lex.titles.has(w) || w === FOREIGN_MINISTER || w === PRIME_MINISTER || w === MONARCH);
  }

  private resolveAmong(title: string): string[] {
    const words = this.roleWords(title);
    if (words.length === 0) return [];
    const wanted = words.filter((w) => this.isCountry(w));
    const strict: string[] = [];
    const written: string[] = [];
    const loose: string[] = [];
    for (const [key, e] of this.byKey) {
      if (e.titleOnly || key.startsWith('o:')) continue;
      // The role written in this dispatch, else the titles the alias table knows the person by.
      const roles = [...(e.role ? [e.role] : []), ...(this.lex.entities.get(key)?.roles ?? [])];
      // "the Lebanese leader" is not the "special envoy for Lebanon": a country the post is sent to is not its holder's.
      if (e.role && wanted.length && words.some((w) => ANY_TITLE.has(w)) && wanted.every((c) => this.onlyAsDestination(e.role!, c))) continue;
      // "le Président du Conseil" for "Président du Conseil des ministres": the words as written fit too, before the phrase became "prime minister".
      // Only for a word the phrase swallowed ("conseil"), not for "minister" inside "prime minister".
      const asWritten = e.role !== null && words.length >= 2 && words.some((w) => !GENERIC_MINISTER.has(w) && !this.isCountry(w) && !this.roleWords(e.role!).includes(w)) && this.fits(words, contentWords(fold(e.role)));
      if (e.role && (this.fits(words, this.roleWords(e.role)) || asWritten)) written.push(key);
      if (roles.some((r) => this.fits(words, this.roleWords(r))) || asWritten) strict.push(key);
      else if (e.role && wanted.length) {
        // "le ministre syrien" for a minister whose written role names no country.
        const role = this.roleWords(e.role);
        // The alias table may know the person's country when the dispatch's role does not say it.
        // Regions of a portfolio ("لشؤون الشرق الأوسط وشمال أفريقيا") are no nationality: only a place with a demonym is.
        const known = [...(this.lex.entities.get(key)?.roles ?? []).flatMap((r) => this.roleWords(r)).filter((w) => this.isNation(w)), ...(this.countries.get(key) ?? [])];
        if (known.length && !known.some((w) => wanted.includes(w))) continue;
        if (!role.some((w) => this.isNation(w)) && this.fits(words.filter((w) => !this.isCountry(w)), role.filter((w) => !this.isCountry(w) || this.isNation(w)))) loose.push(key);
        // "le diplomate mozambicain", "the Argentine diplomat": an organisation's envoy or chief, whose role names the body, not the country.
        // The places of such a role are where the post looks ("pour l'Afrique de l'Ouest"), not whose it is.
        // Only for the one official of an organisation in the dispatch, and when no one else in it is of that
        // country ("l'ambassadeur de France ... le diplomate français").
        else if (words.every((w) => this.isCountry(w) || w === 'diplomate' || w === 'diplomat') && this.isOrganisationOfficial(role) && this.soleOrganisationOfficial(key) && !this.countryClaimed(wanted, words, key)) loose.push(key);
      }
    }
    // "the EAM" after "External Affairs Minister S Jaishankar", not Lavrov whom only the alias table calls a foreign minister.
    if (written.length === 1 && strict.length > 1) return written;
    // Of several ministers whose roles name no country, the one whose delegation named it.
    const ofCountry = loose.filter((k) => [...(this.countries.get(k) ?? [])].some((w) => wanted.includes(w)));
    if (strict.length || loose.length) return strict.length ? strict : ofCountry.length ? ofCountry : loose;
    // "l'émissaire américain", "the Saudi envoy": an envoy is whoever of that country the dispatch sent, whatever their title.
    if (!words.some((w) => ENVOY.has(w)) || !wanted.length) return [];
    const rest = words.filter((w) => !ENVOY.has(w) && !this.isCountry(w));
    return [...this.byKey.entries()].filter(([key, e]) => {
      // "l'émissaire qatari" is the one Doha sent, not the emir who sent him.
      if (e.titleOnly || key.startsWith('o:') || !e.role || this.isHeadOfState(key)) return false;
      const role = this.roleWords(e.role);
      if (role.some((w) => w === 'homologue' || w === 'counterpart')) return false;
      return rest.every((w) => role.includes(w)) && role.some((w) => wanted.includes(w));
    }).map(([key]) => key);
  }

  private isOrganisationOfficial(role: readonly string[]): boolean {
    return role.some((w) => this.isOrganisation(w) || UN_AGENCIES.has(w));
  }

  /** No one else serves a body: one the alias table knows, or one its role's words name ("secrétaire général de l'Organisation des États américains"). */
  private soleOrganisationOfficial(key: string): boolean {
    for (const [k, e] of this.byKey) {
      if (k === key || e.titleOnly || !e.role || k.startsWith('o:')) continue;
      const role = this.roleWords(e.role);
      if (this.isOrganisationOfficial(role) || role.some((w) => BODY_WORDS.has(w))) return false;
    }
    return true;
  }

  /** Whether someone other than `key` has one of these countries in their role, a title made of these very words aside. */
  private countryClaimed(countries: readonly string[], words: readonly string[], key: string): boolean {
    for (const [k, e] of this.byKey) {
      if (k === key || !e.role) continue;
      const role = this.roleWords(e.role);
      if (role.every((w) => words.includes(w))) continue;
      if (role.some((w) => countries.includes(w)) || [...(this.countries.get(k) ?? [])].some((w) => countries.includes(w))) return true;
    }
    return false;
  }

  /** Every word of the title is in the role; "homologue"/"counterpart" stands for any title. */
  private fits(words: readonly string[], role: readonly string[]): boolean {
    // "son homologue syrien", "le responsable russe": any title, the nationality decides.
    if (words.some((w) => ANY_TITLE.has(w))) {
      // "le diplomate français" is France's minister, envoy or ambassador, not its president.
      if (words.some((w) => w === 'diplomate' || w === 'diplomat') && !role.some((x) => DIPLOMATIC.has(x))) return false;
      words = words.filter((w) => !ANY_TITLE.has(w));
      // "le responsable onusien": an organisation tells who as well as a country.
      // "the chief adviser": another title after "chief" tells who by itself.
      // "le responsable du Golfe": a proper word of the role ("Conseil de coopération du Golfe") tells who as well.
      // "le patron de la BAD" for "le président ... de développement (BAD)": an acronym the role holds tells who too.
      // "the defense chief" for the Defense Secretary: a portfolio the role holds tells who too.
      if (!words.some((w) => this.isCountry(w) || this.isOrganisation(w) || this.lex.titles.has(w) || (PROPER_QUALIFIER.test(w) && role.includes(w)) || (this.lex.portfolio.has(w) && role.includes(w)) || (/^[a-z]{2,8}$/.test(w) && role.includes(w) && !this.lex.portfolio.has(w) && !STOP.has(w)))) return false;
    }
    // "le chef du gouvernement fédéral": an adjective of the government, not a word of the title.
    // "le nouveau patron de la BAD": how recent the office is says nothing of who holds it.
    words = words.filter((w) => !GOVERNMENT_ADJECTIVES.has(w) && !NEWLY.has(w));
    if (words.length === 0) return false;
    // "homologue jordanien" holds any title, but only for a title that names the same country.
    const counterpart = role.some((x) => x === 'homologue' || x === 'counterpart') && words.some((w) => this.isCountry(w) && role.includes(w));
    // "l'émissaire angolais" is not "son homologue angolais": an envoy is sent by a counterpart, never is one.
    const national = words.some((w) => this.isCountry(w));
    return words.every((w) => role.some((x) => x === w || stemEq(x, w)) || this.fitsOtherwise(w, role, national) || (counterpart && ((this.lex.titles.has(w) && !ENVOY.has(w)) || w === FOREIGN_MINISTER)));
  }

  /** A title word the role does not hold as such but stands for (no closures here: this runs for every person on every title). */
  private fitsOtherwise(w: string, role: readonly string[], national = false): boolean {
    // A foreign minister is "le ministre" too, however the role names the portfolio.
    if ((w === 'ministre' || w === 'minister' || w === 'وزير') && role.includes(FOREIGN_MINISTER)) return true;
    // "le secrétaire mexicain à l'Économie", then "le ministre mexicain": a cabinet secretary with a portfolio is that country's minister
    // (not a secretary-general, a permanent secretary or a secretary of a ministry).
    // Only with the country said: a bare "le ministre" stays the dispatch's minister.
    if (national && (w === 'ministre' || w === 'minister') && role.some((x) => x === 'secretaire' || x === 'secretary') && role.some((x) => this.lex.portfolio.has(x)) && !role.some((x) => NOT_CABINET_SECRETARY.has(x) || SUBORDINATE.has(x))) return true;
    if (w === 'onu' && role.some((x) => UN_AGENCIES.has(x))) return true;
    // The head of state only when the role's own title is one: "l'envoyé personnel du président français" is an envoy.
    if (w === HEAD_OF_STATE) {
      // ("رييس" first: role words fold the hamza the title list keeps; "كبير مستشاري الرئيس" is an adviser.)
      const ownTitle = role.find((x, j) => this.lex.titles.has(x) || (x === 'رييس' && j === 0) || x === MONARCH || x === PRIME_MINISTER || x === FOREIGN_MINISTER);
      return /^(?:president|presidente|monarch|emir|sultan|رئيس|رييس)$/.test(ownTitle ?? '') && !role.some((x) => NOT_HEAD_OF_STATE.test(x));
    }
    // "la secrétaire générale de l'OIF" for "... de l'Organisation internationale de la Francophonie": an acronym of the role's words.
    // "du CCC" for "du Conseil du café-cacao": each part of a hyphenated word gives its initial too.
    return w.length >= 2 && /^[a-z]+$/.test(w) && !role.includes(w) && !STOP.has(w) && role.flatMap((x) => x.split('-')).map((x) => x[0]).join('').includes(w);
  }

  /** Whether a country appears in a role only after "for", "to", "pour", "auprès de", "au", "لدى": where the post looks. */
  private onlyAsDestination(role: string, country: string): boolean {
    const ws = fold(role).split(/[^\p{L}'-]+/u).filter(Boolean);
    let seen = false;
    for (let i = 0; i < ws.length; i++) {
      // A country of one word, else of two ("saudi arabia"), starting at this word.
      const here = this.roleWords(ws[i]).includes(country) || (i + 1 < ws.length && !this.roleWords(ws[i + 1]).includes(country) && this.roleWords(`${ws[i]} ${ws[i + 1]}`).includes(country));
      if (!here) continue;
      seen = true;
      if (!/^(?:for|to|pour|aupres|au|aux|لدى|لدي|الى|إلى)$/.test(ws[i - 1] ?? '') && !(ws[i - 1] === 'de' && ws[i - 2] === 'aupres')) return false;
    }
    return seen;
  }

  /** A country, which has a demonym, not a region or a city. */
  private isNation(w: string): boolean {
    return this.lex.countries.has(w);
  }

  private isOrganisation(w: string): boolean {
    return w === 'onu' || this.lex.entities.get(w)?.kind === 'org';
  }

  private isCountry(w: string): boolean {
    return this.lex.entities.get(w)?.kind === 'place';
  }

  /**
   * Role words with nationalities and places as entity keys, and every UN spelling as one. Read once per role:
   * title resolution asks for the same few roles over and over, and each reading scans the country names.
   */
  private roleWords(s: string): readonly string[] {
    let words = this.roleWordsOf.get(s);
    if (!words) this.roleWordsOf.set(s, (words = this.readRoleWords(s)));
    return words;
  }

  private readonly roleWordsOf = new Map<string, readonly string[]>();

  private readRoleWords(s: string): string[] {
    // "وزير خارجية اليونان المرافق لرئيس الوزراء", "accompanying the Prime Minister": whom he accompanies holds that office, not he.
    s = s.replace(/\s+(?:ال)?مرافق(?:ة|ه|ين)?\s+ل[\s\S]*$|,?\s+(?:accompanying|who accompanied|qui accompagne|accompagnant)\s[\s\S]*$/u, '');
    // "UN" in capitals is the organisation; folded, it would be the French article "un".
    // "the King’s Representative", "the President's envoy": a title that owns the office is not the person's.
    // "U.S." and "US" in capitals are the country; folded, the dots would split it.
    // "Director of the Office of His Majesty the King": the office's owner is not the holder; his title is not theirs.
    const phrase = fold((OFFICE_WORD.test(s) ? s.replace(OWNED_OFFICE, ' office ') : s).replace(/\bU\.?N\b\.?/g, 'ONU').replace(/\bU\.S\.(?=\s|$)|\bUS\b/g, 'USA').replace(/(\p{L}+)['’]s\b/gu, (owned, owner: string) => (this.lex.titles.has(fold(owner)) ? ' ' : owned))).replace(SWISS_FOREIGN_MINISTER, ' switzerland foreign-minister ').replace(SWISS_DEPARTMENT_HEAD, ' ministre ').replace(/\b(?:top|chief) (\S+) diplomat\b|\b(\S+) (?:top|chief) diplomat\b/g, (_, a: string | undefined, b: string | undefined) => ` ${a ?? b} ${FOREIGN_MINISTER} `).replace(NATIONAL_FOREIGN_MINISTER, (_, country: string | undefined) => ` ${country ?? ''} ${FOREIGN_MINISTER} `).replace(HEAD_OF_STATE_PHRASES, (m) => (/[\u0600-\u06FF]/u.test(m) ? ` ${m.replace(/\s+الدول[ةه]$/u, '')} ${HEAD_OF_STATE} ` : /^president/.test(m) ? ` president ${HEAD_OF_STATE} ` : ` ${HEAD_OF_STATE} `)).replace(FOREIGN_MINISTER_PHRASES, ` ${FOREIGN_MINISTER} `).replace(PRIME_MINISTER_PHRASES, ` ${PRIME_MINISTER} `).replace(MONARCH_PHRASES, ` ${MONARCH} `).replace(CHIEF_OF_STAFF_PHRASES, ' chief-of-staff ');
    // Arabic: "المحافظ" is the same title as "محافظ حمص" once the article is off.
    // Folding turned a final "ة" into "ه"; the tables keep "ة".
    // Arabic plural nationalities ("شؤون المصريين") name the country like the singular.
    const table = (w: string) => this.lex.demonyms.get(w) ?? this.lex.names.get(w) ?? this.lex.demonyms.get(w.replace(/ه$/u, 'ة')) ?? this.lex.names.get(w.replace(/ه$/u, 'ة')) ?? (/^(?:وال|ال)[\u0600-\u06FF]{3,}ي(?:ين|ون)$/u.test(w) ? this.lex.demonyms.get(w.replace(/^و/u, '').replace(/(?:ين|ون)$/u, '')) : undefined);
    const word = (w: string) => table(w) ?? SYNONYMS.get(w) ?? w.replace(/^(?:[وفب])?ال(?=[\u0600-\u06FF]{3})/u, '');
    // "présidente du Comité international de la Croix-Rouge", then "la présidente du CICR": the organisation, however spelled.
    const padded = ` ${phrase} `;
    const orgs = orgPhrases(this.lex).filter(([name]) => padded.includes(` ${name} `)).map(([, key]) => key);
    // "رئيس وزراء المملكة المتحدة", "ministre ... de la République d'Afrique du Sud": a country of two or more
    // words names its country as one word would ("le ministre sud-africain" is then that minister).
    const unelided = padded.replace(/(?<=\s)[dl]['’]/g, ' ');
    orgs.push(...countryPhrases(this.lex).filter(([name]) => unelided.includes(` ${name} `)).map(([, key]) => key));
    // "EU Commissioner X", then "the European Commissioner": the Union is the side its demonym names.
    return [...contentWords(phrase).filter((w) => !ARABIC_STYLE.test(w)).map((w) => (ONU.has(w) ? 'onu' : word(w))), ...orgs].map((w) => (w === 'eu' ? 'europe' : w)).filter((w, i, all) => all.indexOf(w) === i);
  }

}

/** Arabic styles ("سمو ولي العهد", "معالي الوزير"): how a holder is addressed, no word of the title. */
const ARABIC_STYLE = /^(?:و?(?:صاحب|حضره|سمو|السمو|معالي|فخامه|سعاده|جلاله|سياده))$/u;

const ORG_PHRASES = new WeakMap<Lexicon, Array<[string, string]>>();
const COUNTRY_PHRASES = new WeakMap<Lexicon, Array<[string, string]>>();

/** Countries whose Arabic name has several words ("المملكة المتحدة"), folded, with their keys. */
function countryPhrases(lex: Lexicon): Array<[string, string]> {
  let found = COUNTRY_PHRASES.get(lex);
  if (!found) {
    // Countries only (they have demonyms): a region ("الشرق الأوسط") in a role says where the post looks, not whose it is.
    found = [...lex.names].filter(([name, key]) => name.includes(' ') && lex.countries.has(key)).map(([name, key]) => [fold(name), key]);
    COUNTRY_PHRASES.set(lex, found);
  }
  return found;
}

/** Organisations' names of several words, folded, with their keys. */
function orgPhrases(lex: Lexicon): Array<[string, string]> {
  let found = ORG_PHRASES.get(lex);
  if (!found) {
    found = [...lex.names].filter(([name, key]) => name.includes(' ') && lex.entities.get(key)?.kind === 'org').map(([name, key]) => [fold(name), key]);
    ORG_PHRASES.set(lex, found);
  }
  return found;
}

/** Titles that name the same post: "l'émissaire américaine" is "l'envoyée américaine". */
// "نظيره السوري" is "son homologue syrien": any title of that country.
const SYNONYMS = new Map([['emissaire', 'envoye'], ['emissaires', 'envoye'], ['envoyee', 'envoye'], ['emissary', 'envoy'], ['representant', 'envoye'], ['representante', 'envoye'], ['representative', 'envoy'], ...['نظير', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'نظيريه', 'نظيرهم', 'ونظيره', 'ونظيرته'].map((w): [string, string] => [w, 'counterpart'])]);

/** One token for the foreign minister, however the title is written. */
const FOREIGN_MINISTER = 'foreign-minister';
/** Switzerland's foreign minister heads a department, the DFAE (FDFA): the office names the country. */
const SWISS_FOREIGN_MINISTER = /\bchef(?:fe)? du (?:departement federal des affaires etrangeres|dfae)\b|\bhead of the (?:federal department of foreign affairs|fdfa)\b/g;

/** "chef du Département fédéral de l'économie": a Swiss federal councillor heads a department, the minister of its portfolio. */
const SWISS_DEPARTMENT_HEAD = /\bchef(?:fe)? du departement federal (?:de l'|des |du |de la |de )?|\bhead of the federal department (?:of (?:the )?)?/g;

const FOREIGN_MINISTER_PHRASES = /ministre (?:de|du|d') [^,]{0,60}? et des affaires etrangeres|chef(?:fe)? de la diplomatie|secretaire du cabinet charge des affaires etrangeres|cabinet secretary for foreign (?:and diaspora )?affairs|foreign affairs (?:cabinet )?secretary|secretary (?:of|for) foreign affairs|head of (?:\S+ )?diplomacy|ministre des affaires etrangeres(?: et des expatries)?|ministre des relations exterieures|external affairs minister|minister of external affairs|foreign minister|minister of foreign affairs(?: and expatriates)?|foreign and expatriates minister|top diplomat|\bfm\b|\beam\b|ر[ئي]يس الدبلوماسي[ةه]|وزير (?:ال)?(?:ش[ؤو]ون )?(?:ال)?خارجي[ةه]/gu;
/** "ministre omanais des Affaires étrangères": the nationality stays, the title becomes one token. Also the names some countries give the post. */
const NATIONAL_FOREIGN_MINISTER = /\bministre (?:((?!de\b|et\b|d'|du\b)\S+) )?des (?:affaires (?:etrangeres|europeennes et internationales)|relations exterieures)(?: et des expatries)?|\bministre (?:((?!de\b|et\b|d'|du\b)\S+) )?de l'europe et des affaires etrangeres/g;
const OFFICE_WORD = /office|court|bureau|cabinet|diwan|مكتب|ديوان/i;
/** An office named after its owner: "Office of His Majesty the King", "cabinet du Premier ministre". */
const OWNED_OFFICE = /\b(?:office|court|bureau|cabinet|diwan) (?:of|du|de la|de l'|de l’) (?:(?:his|her|sa) (?:majesty|majest[ée]|highness|excellency) )?(?:the |le |la )?(?:crown prince|prime minister|premier ministre|king|roi|president|pr[ée]sident|emir|[ée]mir|sultan)\b|(?:مكتب|ديوان) (?:(?:صاحب )?(?:جلالة|سمو|فخامة|دولة|معالي) )?(?:ال)?(?:ملك|أمير|امير|رئيس|سلطان|ولي العهد)(?![\u0621-\u064A])/gi;

/** "le chef d'état-major" is one title, not "chef" (any title) of something: one token, however written. */
const CHIEF_OF_STAFF_PHRASES = /chef d'etat-major|chief of (?:the )?(?:general )?staff/g;
/** The head of state is "le chef de l'Etat", whatever the title: a president, a king, an emir. In Arabic the words stay
 * beside it ("رئيس الجمهورية" is still a "رئيس"), but for "الدولة", which would set "رئيس الدولة" apart from the republic's. */
const HEAD_OF_STATE = 'head-of-state';
const HEAD_OF_STATE_PHRASES = /chef de l'etat|head of state|president(?:e)? de la republique|president of the republic|ر[ئي]يس الدول[ةه]|ر[ئي]يس (?:ال)?جمهوري[ةه]/gu;
/** A military rank alone, folded ("le Général d'Armée", "Capitaine", "le colonel-major"): no office. */
export const MILITARY_RANK = /^(?:(?:le|la|l')\s*)?(?:general|generale|capitaine|colonel|colonel-major|commandant|lieutenant|lieutenant-colonel|marechal|amiral|vice-amiral|general de brigade|general de division|general d'armee|general de corps d'armee)(?: d'armee| de brigade| de division)?$/;
/** A rank, or "président" with nothing more: any later office written for the person replaces it as the role shown. */
const RANK_OR_BARE_PRESIDENT = new RegExp(`${MILITARY_RANK.source}|^(?:(?:le|la|l')\\s*)?presidente?$`);

/** "directeur de cabinet à la présidence": the office, not its holder's title. */
const OFFICE_NOT_HOLDER = /^(?:presidence|presidency|presidences)$/;
/** A "président" who is not a head of state: of a parliament, a council, a commission. */
const NOT_HEAD_OF_STATE = /^(?:parlement|parliament|assemblee|assembly|commission|conseil|council|chambre|chamber|senat|senate|comite|committee|cour|court|banque|bank|speaker|municipalite|croissant|crescent|croix|cross|federation|union|association|chamber|مفوضيه|مفوضية|برلمان|لجنه|لجنة|هييه|هيئة|هيئه|بنك|محكمه|محكمة|شركه|شركة|مجموعه|مجموعة|اتحاد|منظمه|منظمة|حزب|جمعيه|جمعية|بلديه|بلدية|غرفه|غرفة|صندوق|وفد|بعثه|بعثة)$/u;
const PRIME_MINISTER = 'prime-minister';
const PRIME_MINISTER_PHRASES = /president(?:e)? du conseil des ministres|president of the council of ministers|chef(?:fe)? du gouvernement|chef(?:fe)? de gouvernement|premier ministre|premiere ministre|prime minister|head of government|government leader|\bpremier\b|ر[ئي]يس[ةه]? (?:مجلس )?(?:ال)?وزراء|ر[ئي]يس[ةه]? (?:ال)?حكوم[ةه]/gu;
const MONARCH = 'monarch';
const MONARCH_PHRASES = /\b(?:souverain|monarque|roi|reine|king|queen|monarch)\b/g;
/** "le responsable russe", "the official", "المسؤول الكيني": any office but a head of state's (as role words fold them). */
const OFFICIAL_WORDS = ['responsable', 'official', 'مسوول', 'مسووله'];
const GENERIC_MINISTER = new Set(['ministre', 'minister', 'وزير']);
/** Titles that stand for any title: "son homologue syrien", "le responsable russe", "the official", "المسؤول الكيني". */
const ANY_TITLE = new Set(['homologue', 'counterpart', 'chef', 'cheffe', 'head', 'chief', 'patron', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'نظيرتة', ...OFFICIAL_WORDS, 'dirigeant', 'leader', 'diplomate', 'diplomat', 'visiteur', 'visitor', 'hote', 'host', 'invite', 'guest']);


/** "نظيره", "homologue", "counterpart": the same office in another country. */
const COUNTERPART = new Set(['homologue', 'counterpart', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'نظيرتة', 'نظير'].map((w) => fold(w)));

/** Words that make a title someone's second: "assistant minister", "vice-président", "نائب رئيس". */
const SUBORDINATE = new Set(['assistant', 'deputy', 'vice', 'adjoint', 'adjointe', 'under', 'junior', 'نائب', 'مساعد', 'معاون', 'مستشار', 'مستشارة', 'advisor', 'adviser', 'conseiller', 'conseillere'].map((w) => fold(w)));

/** A qualifier of "le responsable X" that is a name's word, not an adjective: "du Golfe", "of the Gulf". */
const PROPER_QUALIFIER = /^(?:golfe|gulf|sahel|maghreb|levant|caucase|caucasus|balkans|ocean|pacifique|pacific|atlantique|atlantic)$/;

const GOVERNMENT_ADJECTIVES = new Set(['federal', 'federale', 'federaux']);
/** Words that make a secretary no cabinet member: "secrétaire général", "Permanent Secretary of the Ministry of Trade". */
const NOT_CABINET_SECRETARY = new Set(['general', 'generale', 'executive', 'executif', 'permanent', 'permanente', 'ministere', 'ministry', 'etat', 'state', 'parlementaire', 'parliamentary', 'press', 'presse', 'party', 'parti']);

const NEWLY = new Set(['nouveau', 'nouvel', 'nouvelle', 'new', 'newly', 'newly-appointed', 'newly-elected', 'nouvellement']);

/** Roles a "diplomat" holds. */
const DIPLOMATIC = new Set([FOREIGN_MINISTER, 'homologue', 'counterpart', 'envoye', 'envoy', 'emissaire', 'emissary', 'ambassadeur', 'ambassadrice', 'ambassador', 'diplomate', 'diplomat', 'consul', 'charge', 'conseiller', 'conseillere', 'adviser', 'advisor']);

/** Words of a spokesperson's title (folded): the one who speaks for someone, not that someone. */
export const SPOKESPERSON = /spokes|porte-parole|press secretary|press officer|attache de presse|متحدث|ناطق/;

/** Words of an international body's name or its chief's title. */
const BODY_WORDS = new Set(['organisation', 'organization', 'agence', 'agency', 'commission', 'union', 'fonds', 'fund', 'programme', 'program', 'banque', 'bank', 'communaute', 'community', 'secretaire', 'secretary', 'conseil', 'council']);

/** Words for someone sent by a country, whatever their office. */
const ENVOY = new Set(['envoye', 'envoy', 'emissaire', 'emissary']);

const ONU = new Set(['onusien', 'onusienne', 'onu', 'un', 'u.n.', 'nations', 'unies', 'united']);
/** UN agencies: "le responsable onusien" may be UNICEF's or UNHCR's, but UNICEF's is not the WHO's. */
const UN_AGENCIES = new Set(['unicef', 'unhcr', 'hcr', 'pam', 'wfp', 'oms', 'who', 'ocha', 'undp', 'pnud', 'unrwa', 'unesco', 'fao', 'unfpa', 'iom', 'oim', 'un-security-council']);

const STOP = new Set(['le', 'la', 'les', "l'", 'the', 'de', 'des', 'du', "d'", 'of', 'for', 'and', 'et', 'a', 'an', 'un', 'une', "'s"]);

function contentWords(s: string): string[] {
  return fold(s)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}-]+/u)
    .map((w) => w)
    .filter((w) => w && !STOP.has(w));
}

/** "ministre" ~ "ministres", "turc" ~ "turque", "russe" ~ "russian": shared stem of 4+ letters. */
function stemEq(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 5);
  // A ministry is not a minister: "secrétaire général du ministère" holds no "ministre".
  return n >= 4 && a.slice(0, n) === b.slice(0, n) && MINISTRY.test(a) === MINISTRY.test(b);
}

const MINISTRY = /^(?:ministere|ministeres|ministry|ministries)$/;

/** Most complete spelling written in the dispatch: the most words, then the longest. */
function bestName(names: string[]): string {
  return [...names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
}

/** "سفير ماليزيا لدى الدولة" → "الدولة": the words after the preposition that says where an envoy is posted, if any. */
function postOf(title: string): string | null {
  const m = /\s(?:لدى|لدي|in|to|auprès de|aupres de|en|au)\s(.+)$/u.exec(fold(title));
  return m ? m[1].trim() : null;
}
