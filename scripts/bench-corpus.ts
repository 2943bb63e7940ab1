/**
 * Synthetic wire dispatches for the benchmark (scripts/bench.ts): French and English SANA-style
 * texts of about 350 words ("Damas, (SANA) – Le ministre ... a reçu ..."), with meetings, calls,
 * topics, positions and quotes, dated over ten years, plus the questions and autocomplete inputs
 * a reader would type about them.
 *
 * Everything comes from a seeded PRNG, so a seed always gives the same corpus; dispatch i depends
 * only on (seed, i), so the first 1,000 dispatches of the 10,000 corpus are the 1,000 corpus.
 * Names are drawn from a Zipf law over a fixed population (the people of the alias table first,
 * then ~1,500 generated officials), as on a real wire: a few names recur, most are rare.
 */

export type BenchLang = 'fr' | 'en';
type Bi = Record<BenchLang, string>;

/** The fields handed to buildDispatch, and where the dispatch sits in the files written for cold start. */
export interface SyntheticDispatch {
  file: string;
  indexInFile: number;
  fields: { title: string; date: string; source: string; lang: BenchLang; text: string };
}

export interface BenchQuestion {
  text: string;
  lang: BenchLang;
  intent: 'meetings' | 'topics' | 'positions' | 'search';
  /** Which filters the question names (person, place, date, role) and whether it holds a typo. */
  tags: string[];
}

export interface AutocompleteInput {
  kind: 'person' | 'place' | 'any';
  typed: string;
  lang: BenchLang;
}

/** Dispatches per JSON file when the corpus is written to disk (one array per file). */
export const DISPATCHES_PER_FILE = 1000;

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: small, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for stream `i` of `seed` (splitmix-style mixing), so each dispatch has its own stream. */
function subSeed(seed: number, i: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(i + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

class Rng {
  constructor(private readonly next: () => number) {}
  static of(seed: number): Rng {
    return new Rng(mulberry32(seed));
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** k distinct items, in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  }
}

/** Draws indexes 0..n-1 with probability ∝ 1/(rank+1)^s: the first items recur, the tail is rare. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, s = 1) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, s);
    for (let r = 0; r < n; r++) this.cumulative[r] /= sum;
  }
  draw(rng: Rng): number {
    const u = rng.float();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- pools: countries, cities, people

interface Country {
  key: string;
  /** With its article, then after "de", then after "à/en": la Turquie, de la Turquie, en Turquie. */
  fr: { name: string; of: string; in: string; adj: string; adjF: string };
  en: { name: string; adj: string };
  capital: string;
  /** Where its generated officials' names come from. */
  names: NameOrigin;
}

type NameOrigin = 'arab' | 'russian' | 'turkish' | 'french' | 'german' | 'italian' | 'chinese' | 'iranian';

const COUNTRIES: Country[] = [
  { key: 'syria', fr: { name: 'la Syrie', of: 'de la Syrie', in: 'en Syrie', adj: 'syrien', adjF: 'syrienne' }, en: { name: 'Syria', adj: 'Syrian' }, capital: 'damascus', names: 'arab' },
  { key: 'russia', fr: { name: 'la Russie', of: 'de la Russie', in: 'en Russie', adj: 'russe', adjF: 'russe' }, en: { name: 'Russia', adj: 'Russian' }, capital: 'moscow', names: 'russian' },
  { key: 'turkey', fr: { name: 'la Turquie', of: 'de la Turquie', in: 'en Turquie', adj: 'turc', adjF: 'turque' }, en: { name: 'Turkey', adj: 'Turkish' }, capital: 'ankara', names: 'turkish' },
  { key: 'jordan', fr: { name: 'la Jordanie', of: 'de la Jordanie', in: 'en Jordanie', adj: 'jordanien', adjF: 'jordanienne' }, en: { name: 'Jordan', adj: 'Jordanian' }, capital: 'amman', names: 'arab' },
  { key: 'lebanon', fr: { name: 'le Liban', of: 'du Liban', in: 'au Liban', adj: 'libanais', adjF: 'libanaise' }, en: { name: 'Lebanon', adj: 'Lebanese' }, capital: 'beirut', names: 'arab' },
  { key: 'iraq', fr: { name: "l'Irak", of: "de l'Irak", in: 'en Irak', adj: 'irakien', adjF: 'irakienne' }, en: { name: 'Iraq', adj: 'Iraqi' }, capital: 'baghdad', names: 'arab' },
  { key: 'iran', fr: { name: "l'Iran", of: "de l'Iran", in: 'en Iran', adj: 'iranien', adjF: 'iranienne' }, en: { name: 'Iran', adj: 'Iranian' }, capital: 'tehran', names: 'iranian' },
  { key: 'saudi-arabia', fr: { name: "l'Arabie saoudite", of: "de l'Arabie saoudite", in: 'en Arabie saoudite', adj: 'saoudien', adjF: 'saoudienne' }, en: { name: 'Saudi Arabia', adj: 'Saudi' }, capital: 'riyadh', names: 'arab' },
  { key: 'qatar', fr: { name: 'le Qatar', of: 'du Qatar', in: 'au Qatar', adj: 'qatari', adjF: 'qatarie' }, en: { name: 'Qatar', adj: 'Qatari' }, capital: 'doha', names: 'arab' },
  { key: 'uae', fr: { name: 'les Émirats arabes unis', of: 'des Émirats arabes unis', in: 'aux Émirats arabes unis', adj: 'émirati', adjF: 'émiratie' }, en: { name: 'the United Arab Emirates', adj: 'Emirati' }, capital: 'abu-dhabi', names: 'arab' },
  { key: 'egypt', fr: { name: "l'Égypte", of: "de l'Égypte", in: 'en Égypte', adj: 'égyptien', adjF: 'égyptienne' }, en: { name: 'Egypt', adj: 'Egyptian' }, capital: 'cairo', names: 'arab' },
  { key: 'china', fr: { name: 'la Chine', of: 'de la Chine', in: 'en Chine', adj: 'chinois', adjF: 'chinoise' }, en: { name: 'China', adj: 'Chinese' }, capital: 'beijing', names: 'chinese' },
  { key: 'france', fr: { name: 'la France', of: 'de la France', in: 'en France', adj: 'français', adjF: 'française' }, en: { name: 'France', adj: 'French' }, capital: 'paris', names: 'french' },
  { key: 'germany', fr: { name: "l'Allemagne", of: "de l'Allemagne", in: 'en Allemagne', adj: 'allemand', adjF: 'allemande' }, en: { name: 'Germany', adj: 'German' }, capital: 'berlin', names: 'german' },
  { key: 'italy', fr: { name: "l'Italie", of: "de l'Italie", in: 'en Italie', adj: 'italien', adjF: 'italienne' }, en: { name: 'Italy', adj: 'Italian' }, capital: 'rome', names: 'italian' },
  { key: 'kuwait', fr: { name: 'le Koweït', of: 'du Koweït', in: 'au Koweït', adj: 'koweïtien', adjF: 'koweïtienne' }, en: { name: 'Kuwait', adj: 'Kuwaiti' }, capital: 'kuwait-city', names: 'arab' },
  { key: 'oman', fr: { name: "le Sultanat d'Oman", of: "du Sultanat d'Oman", in: 'à Oman', adj: 'omanais', adjF: 'omanaise' }, en: { name: 'Oman', adj: 'Omani' }, capital: 'muscat', names: 'arab' },
  { key: 'algeria', fr: { name: "l'Algérie", of: "de l'Algérie", in: 'en Algérie', adj: 'algérien', adjF: 'algérienne' }, en: { name: 'Algeria', adj: 'Algerian' }, capital: 'algiers', names: 'arab' },
];

interface City {
  key: string;
  fr: string;
  /** "à Damas", "au Caire". */
  frAt: string;
  en: string;
  syrian: boolean;
}

const city = (key: string, fr: string, en: string, syrian = false, frAt = `à ${fr}`): City => ({ key, fr, frAt, en, syrian });
const CITIES: City[] = [
  city('damascus', 'Damas', 'Damascus', true),
  city('aleppo', 'Alep', 'Aleppo', true),
  city('homs', 'Homs', 'Homs', true),
  city('hama', 'Hama', 'Hama', true),
  city('latakia', 'Lattaquié', 'Latakia', true),
  city('tartus', 'Tartous', 'Tartus', true),
  city('idlib', 'Idleb', 'Idlib', true),
  // SANA's spelling; the dateline reader takes the hyphen of "Deir ez-Zor," for the dateline's dash.
  city('deir-ez-zor', 'Deir Ezzor', 'Deir Ezzor', true),
  city('daraa', 'Deraa', 'Daraa', true),
  city('sweida', 'Soueida', 'Sweida', true),
  city('moscow', 'Moscou', 'Moscow'),
  city('sochi', 'Sotchi', 'Sochi'),
  city('ankara', 'Ankara', 'Ankara'),
  city('istanbul', 'Istanbul', 'Istanbul'),
  city('amman', 'Amman', 'Amman'),
  city('beirut', 'Beyrouth', 'Beirut'),
  city('baghdad', 'Bagdad', 'Baghdad'),
  city('tehran', 'Téhéran', 'Tehran'),
  city('riyadh', 'Riyad', 'Riyadh'),
  city('doha', 'Doha', 'Doha'),
  city('abu-dhabi', 'Abou Dhabi', 'Abu Dhabi'),
  city('cairo', 'Le Caire', 'Cairo', false, 'au Caire'),
  city('beijing', 'Pékin', 'Beijing'),
  city('paris', 'Paris', 'Paris'),
  city('berlin', 'Berlin', 'Berlin'),
  city('rome', 'Rome', 'Rome'),
  city('kuwait-city', 'Koweït City', 'Kuwait City'),
  city('muscat', 'Mascate', 'Muscat'),
  city('algiers', 'Alger', 'Algiers'),
  city('brussels', 'Bruxelles', 'Brussels'),
  city('geneva', 'Genève', 'Geneva'),
  city('new-york', 'New York', 'New York'),
  city('astana', 'Astana', 'Astana'),
];
const CITY = new Map(CITIES.map((c) => [c.key, c]));
const SYRIAN_CITIES = CITIES.filter((c) => c.syrian);

/** Where multilateral meetings happen: "en marge de ..." / "on the sidelines of ...". */
const CONFERENCES: Array<{ fr: string; en: string; city: string }> = [
  { fr: "de l'Assemblée générale des Nations unies", en: 'the UN General Assembly', city: 'new-york' },
  { fr: 'de la réunion ministérielle de la Ligue arabe', en: 'the Arab League ministerial meeting', city: 'cairo' },
  { fr: 'du Forum de Doha', en: 'the Doha Forum', city: 'doha' },
  { fr: 'de la conférence de Bruxelles sur la Syrie', en: 'the Brussels Conference on Syria', city: 'brussels' },
  { fr: "des pourparlers d'Astana", en: 'the Astana talks', city: 'astana' },
  { fr: 'de la conférence de Genève', en: 'the Geneva conference', city: 'geneva' },
];

/** A person with a spelling per language and a role as a wire writes it. */
export interface BenchPerson {
  key: string;
  name: Bi;
  /** How the text refers to them after the first mention ("Poutine", "al-Chaibani"). */
  short: Bi;
  /** Role without article: "ministre turc des Affaires étrangères" / "Turkish Foreign Minister". */
  role: Bi;
  female: boolean;
  country: string;
}

const known = (key: string, name: Bi, short: Bi, role: Bi, country: string, female = false): BenchPerson => ({ key, name, short, role, female, country });

/** The people of src/lexicons/entities.json, most frequent first (Zipf rank = order). */
const KNOWN_PEOPLE: BenchPerson[] = [
  known('asaad-al-shaibani', { fr: 'Assaad Hassan al-Chaibani', en: 'Asaad Hassan al-Shaibani' }, { fr: 'al-Chaibani', en: 'al-Shaibani' }, { fr: 'ministre syrien des Affaires étrangères et des Expatriés', en: 'Syrian Foreign and Expatriates Minister' }, 'syria'),
  known('ahmad-al-sharaa', { fr: 'Ahmad al-Charaa', en: 'Ahmad al-Sharaa' }, { fr: 'al-Charaa', en: 'al-Sharaa' }, { fr: 'président syrien', en: 'Syrian President' }, 'syria'),
  known('sergei-lavrov', { fr: 'Sergueï Lavrov', en: 'Sergei Lavrov' }, { fr: 'Lavrov', en: 'Lavrov' }, { fr: 'ministre russe des Affaires étrangères', en: 'Russian Foreign Minister' }, 'russia'),
  known('hakan-fidan', { fr: 'Hakan Fidan', en: 'Hakan Fidan' }, { fr: 'Fidan', en: 'Fidan' }, { fr: 'ministre turc des Affaires étrangères', en: 'Turkish Foreign Minister' }, 'turkey'),
  known('geir-pedersen', { fr: 'Geir Pedersen', en: 'Geir Pedersen' }, { fr: 'Pedersen', en: 'Pedersen' }, { fr: "envoyé spécial de l'ONU pour la Syrie", en: 'UN Special Envoy for Syria' }, 'un'),
  known('ayman-safadi', { fr: 'Ayman Safadi', en: 'Ayman Safadi' }, { fr: 'Safadi', en: 'Safadi' }, { fr: 'ministre jordanien des Affaires étrangères', en: 'Jordanian Foreign Minister' }, 'jordan'),
  known('murhaf-abu-qasra', { fr: 'Murhaf Abou Qasrah', en: 'Murhaf Abu Qasra' }, { fr: 'Abou Qasrah', en: 'Abu Qasra' }, { fr: 'ministre syrien de la Défense', en: 'Syrian Defense Minister' }, 'syria'),
  known('vladimir-putin', { fr: 'Vladimir Poutine', en: 'Vladimir Putin' }, { fr: 'Poutine', en: 'Putin' }, { fr: 'président russe', en: 'Russian President' }, 'russia'),
  known('recep-tayyip-erdogan', { fr: 'Recep Tayyip Erdogan', en: 'Recep Tayyip Erdogan' }, { fr: 'Erdogan', en: 'Erdogan' }, { fr: 'président turc', en: 'Turkish President' }, 'turkey'),
  known('anas-khattab', { fr: 'Anas Khattab', en: 'Anas Khattab' }, { fr: 'Khattab', en: 'Khattab' }, { fr: "ministre syrien de l'Intérieur", en: 'Syrian Interior Minister' }, 'syria'),
  known('fuad-hussein', { fr: 'Fouad Hussein', en: 'Fuad Hussein' }, { fr: 'Hussein', en: 'Hussein' }, { fr: 'ministre irakien des Affaires étrangères', en: 'Iraqi Foreign Minister' }, 'iraq'),
  known('jean-noel-barrot', { fr: 'Jean-Noël Barrot', en: 'Jean-Noël Barrot' }, { fr: 'Barrot', en: 'Barrot' }, { fr: 'ministre français des Affaires étrangères', en: 'French Foreign Minister' }, 'france'),
  known('wang-yi', { fr: 'Wang Yi', en: 'Wang Yi' }, { fr: 'Wang Yi', en: 'Wang Yi' }, { fr: 'ministre chinois des Affaires étrangères', en: 'Chinese Foreign Minister' }, 'china'),
  known('antonio-guterres', { fr: 'António Guterres', en: 'Antonio Guterres' }, { fr: 'Guterres', en: 'Guterres' }, { fr: "secrétaire général de l'ONU", en: 'UN Secretary-General' }, 'un'),
  known('emmanuel-macron', { fr: 'Emmanuel Macron', en: 'Emmanuel Macron' }, { fr: 'Macron', en: 'Macron' }, { fr: 'président français', en: 'French President' }, 'france'),
  known('mohammad-al-bashir', { fr: 'Mohammad al-Bachir', en: 'Mohammad al-Bashir' }, { fr: 'al-Bachir', en: 'al-Bashir' }, { fr: 'Premier ministre syrien', en: 'Syrian Prime Minister' }, 'syria'),
  known('joseph-aoun', { fr: 'Joseph Aoun', en: 'Joseph Aoun' }, { fr: 'Aoun', en: 'Aoun' }, { fr: 'président libanais', en: 'Lebanese President' }, 'lebanon'),
  known('abdullah-ii', { fr: 'Abdallah II', en: 'Abdullah II' }, { fr: 'le roi Abdallah II', en: 'King Abdullah II' }, { fr: 'roi de Jordanie', en: 'King of Jordan' }, 'jordan'),
  known('mohammed-bin-salman', { fr: 'Mohammed ben Salmane', en: 'Mohammed bin Salman' }, { fr: 'Mohammed ben Salmane', en: 'Mohammed bin Salman' }, { fr: 'prince héritier saoudien', en: 'Saudi Crown Prince' }, 'saudi-arabia'),
  known('tamim-bin-hamad', { fr: 'Tamim ben Hamad Al Thani', en: 'Tamim bin Hamad Al Thani' }, { fr: "l'émir Tamim", en: 'Emir Tamim' }, { fr: 'émir du Qatar', en: 'Emir of Qatar' }, 'qatar'),
  known('kaja-kallas', { fr: 'Kaja Kallas', en: 'Kaja Kallas' }, { fr: 'Kallas', en: 'Kallas' }, { fr: "haute représentante de l'UE", en: 'EU High Representative' }, 'eu', true),
];

/** [French spelling, English spelling, female?]: the FR/EN transliterations differ (Oussama/Osama). */
type FirstName = [string, string, boolean?];
const FIRST_NAMES: Record<NameOrigin, FirstName[]> = {
  arab: [
    ['Mohammed', 'Mohammad'], ['Youssef', 'Yousef'], ['Khaled', 'Khalid'], ['Oussama', 'Osama'], ['Hicham', 'Hisham'],
    ['Fayçal', 'Faisal'], ['Tarek', 'Tariq'], ['Moustafa', 'Mustafa'], ['Walid', 'Walid'], ['Bassam', 'Bassam'],
    ['Nizar', 'Nizar'], ['Riad', 'Riyad'], ['Maher', 'Maher'], ['Samir', 'Samir'], ['Hassan', 'Hassan'], ['Omar', 'Umar'],
    ['Abdallah', 'Abdullah'], ['Ibrahim', 'Ibrahim'], ['Mahmoud', 'Mahmud'], ['Adel', 'Adil'], ['Houssam', 'Husam'],
    ['Mounir', 'Munir'], ['Ziad', 'Ziyad'], ['Ghassan', 'Ghassan'], ['Marwan', 'Marwan'], ['Nabil', 'Nabeel'],
    ['Jamal', 'Jamal'], ['Fadi', 'Fadi'], ['Bilal', 'Bilal'], ['Hamza', 'Hamza'],
    ['Rania', 'Rania', true], ['Leila', 'Layla', true], ['Hala', 'Hala', true], ['Nour', 'Noor', true],
    ['Fatima', 'Fatima', true], ['Lina', 'Lina', true], ['Mariam', 'Maryam', true], ['Hiba', 'Hiba', true],
  ],
  russian: [['Dmitri', 'Dmitry'], ['Mikhaïl', 'Mikhail'], ['Alexeï', 'Alexei'], ['Andreï', 'Andrei'], ['Alexandre', 'Alexander'], ['Boris', 'Boris']],
  turkish: [['Mehmet', 'Mehmet'], ['Ahmet', 'Ahmet'], ['Fatih', 'Fatih'], ['Kemal', 'Kemal'], ['Ömer', 'Omer'], ['Numan', 'Numan']],
  french: [['Olivier', 'Olivier'], ['Nicolas', 'Nicolas'], ['Philippe', 'Philippe'], ['Laurent', 'Laurent'], ['Catherine', 'Catherine', true], ['Marie', 'Marie', true]],
  german: [['Friedrich', 'Friedrich'], ['Thomas', 'Thomas'], ['Daniel', 'Daniel'], ['Annalena', 'Annalena', true]],
  italian: [['Marco', 'Marco'], ['Antonio', 'Antonio'], ['Giorgia', 'Giorgia', true]],
  chinese: [['Wei', 'Wei'], ['Jun', 'Jun'], ['Ming', 'Ming'], ['Hua', 'Hua'], ['Lei', 'Lei'], ['Tao', 'Tao']],
  iranian: [['Hossein', 'Hossein'], ['Massoud', 'Masoud'], ['Ebrahim', 'Ebrahim'], ['Abbas', 'Abbas'], ['Mohsen', 'Mohsen'], ['Hamid', 'Hamid']],
};

const SURNAMES: Record<NameOrigin, Array<[string, string]>> = {
  arab: [
    ['al-Khatib', 'al-Khatib'], ['Haddad', 'Haddad'], ['al-Chami', 'al-Shami'], ['Mansour', 'Mansour'], ['al-Achkar', 'al-Ashkar'],
    ['Abou Zeid', 'Abu Zaid'], ['al-Qadi', 'al-Qadi'], ['Chahine', 'Shahin'], ['Darwiche', 'Darwish'], ['al-Hamoui', 'al-Hamwi'],
    ['Qassem', 'Qasim'], ['Ghazal', 'Ghazal'], ['al-Jaafari', 'al-Jaafari'], ['Barakat', 'Barakat'], ['Khoury', 'Khouri'],
    ['Sabbagh', 'Sabbagh'], ['al-Masri', 'al-Masri'], ['Obeid', 'Ubaid'], ['Hamdan', 'Hamdan'], ['Jaber', 'Jaber'],
    ['al-Zoubi', 'al-Zubi'], ['Chaker', 'Shaker'], ['Kassab', 'Qassab'], ['al-Halabi', 'al-Halabi'], ['Sleimane', 'Suleiman'],
    ['al-Rifaï', 'al-Rifai'], ['Allouche', 'Alloush'], ['al-Mouallem', 'al-Muallem'], ['al-Tayeb', 'al-Tayyib'], ['al-Omari', 'al-Omari'],
    ['Saadeh', 'Saadeh'], ['al-Daher', 'al-Dhaher'], ['Farhat', 'Farhat'], ['Hijazi', 'Hijazi'], ['Abou Chakra', 'Abu Shakra'],
  ],
  russian: [['Petrov', 'Petrov'], ['Ivanov', 'Ivanov'], ['Orlov', 'Orlov'], ['Volkov', 'Volkov'], ['Sokolov', 'Sokolov'], ['Lebedev', 'Lebedev'], ['Morozov', 'Morozov'], ['Kozlov', 'Kozlov']],
  turkish: [['Yilmaz', 'Yilmaz'], ['Demir', 'Demir'], ['Kaya', 'Kaya'], ['Çelik', 'Celik'], ['Aydin', 'Aydin'], ['Arslan', 'Arslan'], ['Dogan', 'Dogan']],
  french: [['Dubois', 'Dubois'], ['Lefèvre', 'Lefevre'], ['Moreau', 'Moreau'], ['Garnier', 'Garnier'], ['Rousseau', 'Rousseau'], ['Fontaine', 'Fontaine'], ['Mercier', 'Mercier']],
  german: [['Becker', 'Becker'], ['Hoffmann', 'Hoffmann'], ['Richter', 'Richter'], ['Wagner', 'Wagner'], ['Keller', 'Keller']],
  italian: [['Rossi', 'Rossi'], ['Bianchi', 'Bianchi'], ['Romano', 'Romano'], ['Conti', 'Conti'], ['Ricci', 'Ricci']],
  chinese: [['Zhang', 'Zhang'], ['Liu', 'Liu'], ['Chen', 'Chen'], ['Yang', 'Yang'], ['Zhao', 'Zhao'], ['Zhou', 'Zhou']],
  iranian: [['Rezaei', 'Rezaei'], ['Karimi', 'Karimi'], ['Hosseini', 'Hosseini'], ['Ahmadi', 'Ahmadi'], ['Moradi', 'Moradi'], ['Mousavi', 'Mousavi']],
};

/** Offices a generated official holds; the country's adjective is filled in. */
interface Office {
  fr: (adj: string) => string;
  en: (adj: string) => string;
}
const OFFICES: Office[] = [
  { fr: (a) => `ministre ${a} des Affaires étrangères`, en: (a) => `${a} Foreign Minister` },
  { fr: (a) => `vice-ministre ${a} des Affaires étrangères`, en: (a) => `${a} Deputy Foreign Minister` },
  { fr: (a) => `ministre ${a} de l'Économie`, en: (a) => `${a} Economy Minister` },
  { fr: (a) => `ministre ${a} de l'Énergie`, en: (a) => `${a} Energy Minister` },
  { fr: (a) => `ministre ${a} de la Santé`, en: (a) => `${a} Health Minister` },
  { fr: (a) => `ministre ${a} de l'Agriculture`, en: (a) => `${a} Agriculture Minister` },
  { fr: (a) => `ministre ${a} des Transports`, en: (a) => `${a} Transport Minister` },
  { fr: (a) => `ministre ${a} du Commerce`, en: (a) => `${a} Trade Minister` },
  { fr: (a) => `ministre ${a} de l'Enseignement supérieur`, en: (a) => `${a} Higher Education Minister` },
  { fr: (a) => `ambassadeur ${a} à Damas`, en: (a) => `${a} Ambassador to Damascus` },
  { fr: (a) => `envoyé spécial ${a} pour la Syrie`, en: (a) => `${a} Special Envoy for Syria` },
  { fr: (a) => `chef d'état-major de l'armée ${a}`, en: (a) => `${a} Army Chief of Staff` },
];

// ---------------------------------------------------------------- the world: a fixed population

/** Everything a seed fixes before any dispatch is written: who exists, and how often they appear. */
export interface BenchWorld {
  seed: number;
  people: BenchPerson[];
  syrians: BenchPerson[];
  foreigners: BenchPerson[];
  syrianZipf: Zipf;
  foreignZipf: Zipf;
  peopleZipf: Zipf;
}

const GENERATED_PEOPLE = 1500;

export function createWorld(seed = 1): BenchWorld {
  const rng = Rng.of(subSeed(seed, -1));
  const people = [...KNOWN_PEOPLE];
  const taken = new Set(people.map((p) => p.name.fr));
  while (people.length < KNOWN_PEOPLE.length + GENERATED_PEOPLE) {
    // About a third of the officials are Syrian: SANA mostly reports on Syrian hosts.
    const country = rng.chance(0.35) ? COUNTRIES[0] : rng.pick(COUNTRIES.slice(1));
    const person = generatedPerson(rng, country);
    if (taken.has(person.name.fr)) continue;
    taken.add(person.name.fr);
    people.push(person);
  }
  const syrians = people.filter((p) => p.country === 'syria');
  const foreigners = people.filter((p) => !syrians.includes(p));
  return {
    seed,
    people,
    syrians,
    foreigners,
    syrianZipf: new Zipf(syrians.length),
    foreignZipf: new Zipf(foreigners.length),
    peopleZipf: new Zipf(people.length),
  };
}

function generatedPerson(rng: Rng, country: Country): BenchPerson {
  const [firstFr, firstEn, female = false] = rng.pick(FIRST_NAMES[country.names]);
  const [lastFr, lastEn] = rng.pick(SURNAMES[country.names]);
  // Chinese names put the family name first.
  const chinese = country.names === 'chinese';
  const name = chinese ? { fr: `${lastFr} ${firstFr}`, en: `${lastEn} ${firstEn}` } : { fr: `${firstFr} ${lastFr}`, en: `${firstEn} ${lastEn}` };
  const office = rng.pick(OFFICES);
  const adj = female ? country.fr.adjF : country.fr.adj;
  let roleFr = office.fr(adj);
  if (female) roleFr = roleFr.replace(/^ambassadeur/, 'ambassadrice').replace(/^envoyé spécial/, 'envoyée spéciale');
  return {
    key: `gen:${name.en.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    name,
    short: chinese ? name : { fr: lastFr, en: lastEn },
    role: { fr: roleFr, en: office.en(country.en.adj) },
    female,
    country: country.key,
  };
}

/** Organisations whose officials visit like a country's: the UN envoy, the EU's foreign policy chief. */
const ORGANISATIONS: Country[] = [
  { key: 'un', fr: { name: "l'ONU", of: "de l'ONU", in: 'dans les pays donateurs', adj: 'onusien', adjF: 'onusienne' }, en: { name: 'the United Nations', adj: 'UN' }, capital: 'geneva', names: 'french' },
  { key: 'eu', fr: { name: "l'Union européenne", of: "de l'Union européenne", in: "dans l'Union européenne", adj: 'européen', adjF: 'européenne' }, en: { name: 'the European Union', adj: 'EU' }, capital: 'brussels', names: 'french' },
];
const COUNTRY = new Map([...COUNTRIES, ...ORGANISATIONS].map((c) => [c.key, c]));

// ---------------------------------------------------------------- sentence pools

type Topic = 'diplomacy' | 'economy' | 'trade' | 'reconstruction' | 'energy' | 'humanitarian' | 'refugees' | 'health'
  | 'security' | 'military' | 'sanctions' | 'sovereignty' | 'terrorism' | 'education' | 'agriculture' | 'transport' | 'culture';

/**
 * Placeholders: {h}/{g} host and guest as referred to after the first mention, {B} the guest's
 * country (with article in French), {ofB} "de la Turquie", {inB} "en Turquie", {capB} its capital,
 * {S} a Syrian city, {n} a number, {adjB} the guest country's adjective.
 */
const TOPIC_SENTENCES: Record<Topic, Record<BenchLang, string[]>> = {
  diplomacy: {
    fr: [
      'Les deux parties ont examiné les relations bilatérales et les moyens de les renforcer dans tous les domaines, conformément aux intérêts communs des deux peuples frères.',
      "Elles ont souligné l'importance de la coordination politique entre Damas et {capB} dans les instances internationales et régionales.",
      "La réouverture de l'ambassade {ofB} à Damas a été évoquée comme une étape importante sur la voie du rapprochement entre les deux pays.",
    ],
    en: [
      'The two sides reviewed bilateral relations and ways of strengthening them in all fields, in line with the common interests of the two brotherly peoples.',
      'They stressed the importance of political coordination between Damascus and {capB} in international and regional forums.',
      'The reopening of the embassy of {B} in Damascus was described as an important step towards closer ties between the two countries.',
    ],
  },
  economy: {
    fr: [
      "Sur le plan économique, les discussions ont porté sur les perspectives d'élargissement de la coopération économique et sur la promotion des investissements en Syrie.",
      "Les deux responsables ont évoqué la création d'un fonds d'investissement commun doté de {n} millions de dollars pour financer des projets de développement.",
      'Ils ont également abordé la situation du secteur bancaire et les moyens de faciliter les transferts financiers entre les deux pays.',
    ],
    en: [
      'On the economic front, the talks focused on prospects for expanding economic cooperation and on promoting investment in Syria.',
      'The two officials discussed setting up a joint investment fund of {n} million dollars to finance development projects.',
      'They also addressed the situation of the banking sector and ways of easing financial transfers between the two countries.',
    ],
  },
  trade: {
    fr: [
      "Les échanges commerciaux entre les deux pays, qui ont atteint {n} millions de dollars l'an dernier, pourraient doubler d'ici deux ans, selon les chiffres présentés lors de la réunion.",
      "Les deux parties ont convenu de faciliter l'exportation de produits agricoles et industriels syriens {inB} et de simplifier les procédures douanières.",
    ],
    en: [
      'Trade between the two countries, which reached {n} million dollars last year, could double within two years, according to figures presented at the meeting.',
      'The two sides agreed to facilitate exports of Syrian agricultural and industrial products to {B} and to simplify customs procedures.',
    ],
  },
  reconstruction: {
    fr: [
      "Le soutien aux projets de reconstruction et la réhabilitation des infrastructures endommagées par la guerre figuraient en tête de l'ordre du jour.",
      "Les besoins de la Syrie en matière de reconstruction ont été présentés, notamment la remise en état des réseaux d'eau et d'électricité à {S}.",
      'Des entreprises basées {inB} ont exprimé leur intérêt pour la reconstruction des quartiers détruits de {S}, où {n} logements doivent être rebâtis.',
    ],
    en: [
      'Support for reconstruction projects and the rehabilitation of infrastructure damaged by the war topped the agenda.',
      "Syria's reconstruction needs were presented, in particular the repair of water and electricity networks in {S}.",
      'Companies based in {B} expressed interest in rebuilding the destroyed neighbourhoods of {S}, where {n} homes are to be rebuilt.',
    ],
  },
  energy: {
    fr: [
      "Les deux parties ont discuté de la coopération dans le secteur de l'énergie, en particulier la remise en service des centrales électriques et l'approvisionnement en gaz.",
      "Un accord sur la fourniture de {n} mégawatts d'électricité à la Syrie a été évoqué lors de l'entretien.",
      "{H} a souligné l'importance de la prospection pétrolière et gazière au large des côtes syriennes.",
    ],
    en: [
      'The two sides discussed cooperation in the energy sector, in particular bringing power plants back into service and gas supplies.',
      'An agreement to supply Syria with {n} megawatts of electricity was discussed during the talks.',
      '{H} stressed the importance of oil and gas exploration off the Syrian coast.',
    ],
  },
  humanitarian: {
    fr: [
      "Les deux parties ont examiné l'acheminement de l'aide humanitaire vers les régions touchées, ainsi que la coordination avec les organisations internationales.",
      "Un convoi de {n} camions d'aide alimentaire d'urgence doit parvenir à {S} dans les prochains jours.",
      '{G} a assuré que son pays continuerait d\'apporter une assistance aux familles sinistrées.',
    ],
    en: [
      'The two sides reviewed the delivery of humanitarian aid to the affected areas and coordination with international organisations.',
      'A convoy of {n} trucks of emergency food aid is due to reach {S} in the coming days.',
      '{G} affirmed that {his} country would continue to provide assistance to the affected families.',
    ],
  },
  refugees: {
    fr: [
      'La question du retour des réfugiés syriens et des personnes déplacées a été au centre des discussions.',
      "{H} a appelé à créer les conditions d'un retour sûr et digne des réfugiés, rappelant que plus de {n} familles étaient rentrées depuis le début de l'année.",
    ],
    en: [
      'The return of Syrian refugees and displaced people was at the centre of the discussions.',
      '{H} called for conditions for a safe and dignified return of refugees, noting that more than {n} families had returned since the start of the year.',
    ],
  },
  health: {
    fr: [
      'Dans le domaine de la santé, les deux parties ont convenu de renforcer la coopération entre les hôpitaux et de fournir des médicaments et des vaccins.',
      'La réhabilitation de {n} centres de santé et hôpitaux dans la région de {S} a également été évoquée.',
    ],
    en: [
      'In the field of health, the two sides agreed to strengthen cooperation between hospitals and to supply medicines and vaccines.',
      'The rehabilitation of {n} health centres and hospitals in the {S} area was also discussed.',
    ],
  },
  security: {
    fr: [
      'Les deux parties ont abordé la sécurité des frontières communes et la lutte contre la contrebande et le trafic de drogue.',
      'Elles ont souligné que la stabilité de la Syrie était essentielle à la sécurité de toute la région.',
    ],
    en: [
      'The two sides addressed the security of the common borders and the fight against smuggling and drug trafficking.',
      "They stressed that Syria's stability was essential to the security of the whole region.",
    ],
  },
  military: {
    fr: [
      "Les discussions ont porté sur la coopération militaire et technique, notamment la formation des officiers et la modernisation des équipements de l'armée.",
      "Les deux parties ont examiné le renforcement des capacités défensives et l'échange d'expertise dans le domaine des industries militaires.",
    ],
    en: [
      'The talks focused on military and technical cooperation, including the training of officers and the modernisation of army equipment.',
      'The two sides discussed strengthening defence capabilities and exchanging expertise in the field of military industries.',
    ],
  },
  sanctions: {
    fr: [
      '{H} a dénoncé les sanctions unilatérales imposées à la Syrie, les qualifiant de mesures coercitives qui aggravent les souffrances du peuple syrien.',
      "La levée des sanctions économiques a été présentée comme une condition indispensable à la relance de l'économie.",
    ],
    en: [
      '{H} denounced the unilateral sanctions imposed on Syria, describing them as coercive measures that deepen the suffering of the Syrian people.',
      'The lifting of economic sanctions was presented as an essential condition for reviving the economy.',
    ],
  },
  sovereignty: {
    fr: [
      "Les deux parties ont réaffirmé leur attachement à la souveraineté, à l'indépendance et à l'intégrité territoriale de la Syrie.",
      '{G} a condamné les violations israéliennes répétées du territoire syrien, les qualifiant de violation flagrante du droit international.',
      'Ils ont rejeté toute ingérence étrangère dans les affaires intérieures des pays et souligné le respect de la Charte des Nations unies.',
    ],
    en: [
      "The two sides reaffirmed their commitment to Syria's sovereignty, independence and territorial integrity.",
      '{G} condemned the repeated Israeli violations of Syrian territory, describing them as a flagrant breach of international law.',
      'They rejected any foreign interference in the internal affairs of states and stressed respect for the UN Charter.',
    ],
  },
  terrorism: {
    fr: ['Les deux parties ont insisté sur la poursuite de la lutte contre le terrorisme et le démantèlement des cellules de Daech dans la Badia.'],
    en: ['The two sides insisted on continuing the fight against terrorism and dismantling ISIS cells in the Badia desert.'],
  },
  education: {
    fr: [
      "L'octroi de {n} bourses universitaires à des étudiants syriens a été examiné, de même que la coopération entre les universités des deux pays.",
      'La réhabilitation des écoles endommagées a aussi été évoquée.',
    ],
    en: [
      'The granting of {n} university scholarships to Syrian students was examined, as was cooperation between the universities of the two countries.',
      'The rehabilitation of damaged schools was also raised.',
    ],
  },
  agriculture: {
    fr: ["Les deux parties ont discuté de l'irrigation, de la sécurité alimentaire et de l'approvisionnement en blé avant la prochaine récolte."],
    en: ['The two sides discussed irrigation, food security and wheat supplies ahead of the next harvest.'],
  },
  transport: {
    fr: [
      'La réouverture de la route internationale reliant {S} à la frontière et la modernisation du port de Lattaquié ont été examinées.',
      'Les deux parties ont évoqué la reprise des vols directs entre Damas et {capB} ainsi que le développement du transport de marchandises.',
    ],
    en: [
      'The reopening of the international highway linking {S} to the border and the modernisation of Latakia port were examined.',
      'The two sides discussed resuming direct flights between Damascus and {capB} and developing freight transport.',
    ],
  },
  culture: {
    fr: ['Le volet culturel a porté sur la protection du patrimoine syrien et la restitution des antiquités sorties illégalement du pays.'],
    en: ['The cultural part of the talks dealt with protecting Syrian heritage and returning antiquities smuggled out of the country.'],
  },
};
const TOPICS = Object.keys(TOPIC_SENTENCES) as Topic[];

/** What a topic is called in a summary sentence ("La rencontre a porté sur ..."). */
const TOPIC_NOUNS: Record<Topic, Bi> = {
  diplomacy: { fr: 'les relations bilatérales', en: 'bilateral relations' },
  economy: { fr: 'la coopération économique', en: 'economic cooperation' },
  trade: { fr: 'les échanges commerciaux', en: 'trade' },
  reconstruction: { fr: 'la reconstruction', en: 'reconstruction' },
  energy: { fr: "l'énergie", en: 'energy' },
  humanitarian: { fr: "l'aide humanitaire", en: 'humanitarian aid' },
  refugees: { fr: 'le retour des réfugiés', en: 'the return of refugees' },
  health: { fr: 'la coopération sanitaire', en: 'health cooperation' },
  security: { fr: 'la sécurité des frontières', en: 'border security' },
  military: { fr: 'la coopération militaire', en: 'military cooperation' },
  sanctions: { fr: 'les sanctions', en: 'sanctions' },
  sovereignty: { fr: 'la souveraineté de la Syrie', en: "Syria's sovereignty" },
  terrorism: { fr: 'la lutte contre le terrorisme', en: 'the fight against terrorism' },
  education: { fr: "l'enseignement supérieur", en: 'higher education' },
  agriculture: { fr: "l'agriculture", en: 'agriculture' },
  transport: { fr: 'les transports', en: 'transport' },
  culture: { fr: 'la culture et le patrimoine', en: 'culture and heritage' },
};

const QUOTES: Record<BenchLang, string[]> = {
  fr: [
    'la Syrie ne renoncera jamais à un seul pouce de son territoire',
    'le peuple syrien mérite de vivre dans la sécurité et la dignité',
    'la reconstruction est une priorité nationale qui ne peut plus attendre',
    'les sanctions unilatérales sont une punition collective infligée aux Syriens',
    'notre pays restera aux côtés de la Syrie dans cette étape décisive',
    'la stabilité de la Syrie est la clé de la stabilité de toute la région',
    'le retour des réfugiés est un droit que rien ne saurait remettre en cause',
    'la coopération entre nos deux pays ouvre une nouvelle page',
    "aucune solution ne sera imposée de l'extérieur aux Syriens",
    'nous sommes déterminés à élargir nos échanges dans tous les domaines',
    'les violations israéliennes constituent une menace directe pour la paix régionale',
    "l'économie syrienne a besoin d'investissements et non de promesses",
    'le dialogue reste le seul chemin vers une solution durable',
  ],
  en: [
    'Syria will never give up a single inch of its territory',
    'the Syrian people deserve to live in security and dignity',
    'reconstruction is a national priority that can no longer wait',
    'unilateral sanctions are a collective punishment inflicted on Syrians',
    'our country will stand by Syria at this decisive stage',
    "Syria's stability is the key to the stability of the whole region",
    'the return of refugees is a right that nothing can call into question',
    'cooperation between our two countries opens a new page',
    'no solution will be imposed on Syrians from outside',
    'we are determined to expand our exchanges in all fields',
    'Israeli violations pose a direct threat to regional peace',
    'the Syrian economy needs investment, not promises',
    'dialogue remains the only path to a lasting solution',
  ],
};

/** Position sentences: {q} the quotation; the verb varies as on the wire. */
const POSITION_TEMPLATES: Record<BenchLang, string[]> = {
  fr: [
    '{H} a affirmé que « {q} ».',
    '« {Q} », a déclaré {h} à l\'issue de l\'entretien.',
    '{G} a, pour sa part, souligné que « {q} ».',
    'De son côté, {g} a estimé que « {q} ».',
    '{H} a réitéré que « {q} », selon le communiqué publié par la présidence.',
  ],
  en: [
    '{H} affirmed that “{q}.”',
    '“{Q},” {h} said after the talks.',
    '{G}, for {his} part, stressed that “{q}.”',
    'In turn, {g} said that "{q}."',
    '{H} reiterated that "{q}," according to a statement issued by the presidency.',
  ],
};

/** Context and closing sentences that pad a dispatch to its length without new facts. */
const FILLERS: Record<BenchLang, string[]> = {
  fr: [
    "Cette rencontre intervient dans le cadre d'une série de contacts diplomatiques menés par Damas avec les pays de la région depuis le début de l'année {year}.",
    'Les entretiens se sont déroulés dans une atmosphère positive et constructive, selon un communiqué publié à l\'issue de la réunion.',
    'Y ont assisté plusieurs membres du gouvernement ainsi que des responsables du ministère des Affaires étrangères et des Expatriés.',
    "Les deux parties sont convenues de poursuivre la coordination et de tenir une prochaine réunion à {capB} avant la fin de l'année.",
    "À l'issue de la réunion, un mémorandum d'entente a été signé pour encadrer la coopération dans les secteurs examinés.",
    'Les deux parties ont également passé en revue les derniers développements régionaux et internationaux.',
    'Les ministères concernés ont été chargés de suivre la mise en œuvre des décisions prises lors de la réunion.',
    "Un comité conjoint se réunira régulièrement pour évaluer l'avancement des projets convenus entre les deux parties.",
    'Les deux responsables ont exprimé leur satisfaction quant au niveau actuel de la coopération et leur volonté de la développer davantage.',
    'Les médias officiels ont largement couvert la réunion, qui a duré plus de deux heures.',
  ],
  en: [
    'The meeting is part of a series of diplomatic contacts conducted by Damascus with the countries of the region since the beginning of {year}.',
    'The talks took place in a positive and constructive atmosphere, according to a statement issued after the meeting.',
    'Several members of the government and officials of the Ministry of Foreign Affairs and Expatriates attended the meeting.',
    'The two sides agreed to continue coordination and to hold a next meeting in {capB} before the end of the year.',
    'At the end of the meeting, a memorandum of understanding was signed to frame cooperation in the sectors discussed.',
    'The two sides also reviewed the latest regional and international developments.',
    'The ministries concerned were tasked with following up on the implementation of the decisions taken at the meeting.',
    'A joint committee will meet regularly to assess progress on the projects agreed between the two sides.',
    'The two officials expressed satisfaction with the current level of cooperation and their will to develop it further.',
    'Official media widely covered the meeting, which lasted more than two hours.',
  ],
};

/** Fillers that only make sense when the guest came to Syria. */
const VISIT_FILLERS: Record<BenchLang, string[]> = {
  fr: [
    'La délégation {ofB} comprenait plusieurs hauts responsables et conseillers, ainsi que des représentants du secteur privé.',
    "Il s'agit de la {ordinal} visite d'un haut responsable {adjB} en Syrie depuis le début de l'année {year}.",
  ],
  en: [
    'The delegation of {B} included several senior officials and advisers, as well as representatives of the private sector.',
    'This is the {ordinal} visit by a senior {adjB} official to Syria since the beginning of {year}.',
  ],
};

const ORDINALS: Bi[] = [
  { fr: 'deuxième', en: 'second' }, { fr: 'troisième', en: 'third' }, { fr: 'quatrième', en: 'fourth' }, { fr: 'cinquième', en: 'fifth' },
];
const WEEKDAYS: Record<BenchLang, string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS: Record<BenchLang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const SIGN_OFFS = ['A.Ch.', 'R.H./M.A.', 'H.S.', 'M.N./L.A.', 'F.A.', 'S.Z./R.K.'];

/** Dates are spread over ten years: 2015-01-01 to 2024-12-31. */
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3653;
export const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

// ---------------------------------------------------------------- one dispatch

/** The cast and setting of one dispatch, chosen before any sentence is written. */
interface Scene {
  lang: BenchLang;
  date: Date;
  host: BenchPerson;
  guest: BenchPerson;
  third: BenchPerson | null;
  place: City;
  conference: (typeof CONFERENCES)[number] | null;
  kind: 'visit' | 'talks' | 'call' | 'sidelines' | 'abroad';
  topics: Topic[];
}

export function generateDispatch(world: BenchWorld, i: number): SyntheticDispatch {
  const rng = Rng.of(subSeed(world.seed, i));
  const scene = chooseScene(world, rng);
  const text = writeText(scene, rng);
  const file = `part-${String(Math.floor(i / DISPATCHES_PER_FILE)).padStart(5, '0')}.json`;
  return {
    file,
    indexInFile: i % DISPATCHES_PER_FILE,
    fields: { title: writeTitle(scene, rng), date: scene.date.toISOString().slice(0, 10), source: 'SANA', lang: scene.lang, text },
  };
}

/** Dispatches 0..count-1 of the seed's corpus. */
export function generateCorpus(count: number, seed = 1, world = createWorld(seed)): SyntheticDispatch[] {
  return Array.from({ length: count }, (_, i) => generateDispatch(world, i));
}

function chooseScene(world: BenchWorld, rng: Rng): Scene {
  const lang: BenchLang = rng.chance(0.5) ? 'fr' : 'en';
  const date = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * 86_400_000);
  const host = world.syrians[world.syrianZipf.draw(rng)];
  let guest = world.foreigners[world.foreignZipf.draw(rng)];
  // Now and then two Syrian officials meet (the President receives a minister).
  if (rng.chance(0.1)) guest = world.syrians[world.syrianZipf.draw(rng)];
  if (guest === host) guest = world.foreigners[0];
  const third = rng.chance(0.3) ? world.foreigners[world.foreignZipf.draw(rng)] : null;
  const kind = rng.pick(['visit', 'visit', 'talks', 'call', 'sidelines', 'abroad'] as const);
  const conference = kind === 'sidelines' ? rng.pick(CONFERENCES) : null;
  const guestCapital = CITY.get(COUNTRY.get(guest.country)!.capital)!;
  const place = conference ? CITY.get(conference.city)! : kind === 'abroad' && guest.country !== 'syria' ? guestCapital : rng.chance(0.8) ? CITY.get('damascus')! : rng.pick(SYRIAN_CITIES);
  return { lang, date, host, guest, third: third === host || third === guest ? null : third, place, conference, kind, topics: rng.sample(TOPICS, rng.int(2, 4)) };
}

function writeText(scene: Scene, rng: Rng): string {
  const { lang } = scene;
  const target = rng.int(320, 400);
  const fill = filler(scene, rng);
  const body: string[] = [lead(scene), overview(scene)];
  // Templates used so far: a template is written once per dispatch, whatever numbers fill it.
  const used = new Set<string>();
  const add = (template: string) => {
    if (used.has(template)) return;
    used.add(template);
    body.push(fill(template));
  };
  for (const topic of scene.topics) rng.sample(TOPIC_SENTENCES[topic][lang], rng.int(1, 2)).forEach(add);
  for (const template of rng.sample(POSITION_TEMPLATES[lang], 2)) body.push(fill(template.replaceAll('{q}', rng.pick(QUOTES[lang])).replaceAll('{Q}', capitalise(rng.pick(QUOTES[lang])))));
  if (scene.third) body.push(secondMeeting(scene, scene.third, rng));
  // Pad with context sentences, then with more topic sentences, up to the target length.
  const visited = scene.kind === 'visit' || scene.kind === 'talks';
  const fillers = visited ? [...FILLERS[lang], ...VISIT_FILLERS[lang]] : FILLERS[lang];
  for (const template of [...rng.sample(fillers, fillers.length), ...scene.topics.flatMap((t) => TOPIC_SENTENCES[t][lang])]) {
    if (wordCount(body) >= target) break;
    add(template);
  }
  const paragraphs = [body.slice(0, 2).join(' '), ...chunk(body.slice(2), 2).map((p) => p.join(' '))];
  return `${dateline(scene)}${paragraphs.join('\n')}\n${rng.pick(SIGN_OFFS)}\n`;
}

function dateline(scene: Scene): string {
  const where = scene.kind === 'call' ? CITY.get('damascus')! : scene.place;
  return scene.lang === 'fr' ? `${where.fr}, (SANA) – ` : `${where.en}, SANA – `;
}

/** "le ministre turc des Affaires étrangères, Hakan Fidan," / "Turkish Foreign Minister Hakan Fidan". */
function introduce(p: BenchPerson, lang: BenchLang): string {
  if (lang === 'en') return `${p.role.en} ${p.name.en}`;
  return `${p.female ? 'la' : 'le'} ${p.role.fr}, ${p.name.fr},`;
}

function lead(scene: Scene): string {
  const { lang, host, guest, place } = scene;
  const day = WEEKDAYS[lang][scene.date.getUTCDay()];
  const h = introduce(host, lang);
  const g = introduce(guest, lang);
  if (lang === 'fr') {
    const at = place.frAt;
    const e = host.female ? 'e' : '';
    switch (scene.kind) {
      case 'visit': return capitalise(`${h} a reçu ${day} ${at} ${g.replace(/,$/, '')} et la délégation qui l'accompagne.`);
      case 'talks': return capitalise(`${h} s'est entretenu${e} ${day} ${at} avec ${g.replace(/,$/, '')}.`);
      case 'call': return capitalise(`${h} a eu ${day} un entretien téléphonique avec ${g.replace(/,$/, '')}.`);
      case 'sidelines': return capitalise(`${h} et ${g} ont tenu ${day} des pourparlers ${at} en marge ${scene.conference!.fr}.`);
      default: return capitalise(`${h} a rencontré ${day} ${at} ${g.replace(/,$/, '')}, au cours d'une visite officielle.`);
    }
  }
  const at = `in ${place.en}`;
  switch (scene.kind) {
    case 'visit': return `${h} received on ${day} ${at} ${g} and the accompanying delegation.`;
    case 'talks': return `${h} held talks on ${day} ${at} with ${g}.`;
    case 'call': return `${h} received a phone call on ${day} from ${g}.`;
    case 'sidelines': return `${h} and ${g} held bilateral talks on ${day} ${at} on the sidelines of ${scene.conference!.en}.`;
    default: return `${h} met on ${day} ${at} with ${g} during an official visit.`;
  }
}

function overview(scene: Scene): string {
  const nouns = scene.topics.map((t) => TOPIC_NOUNS[t][scene.lang]);
  const list = nouns.slice(0, -1).join(', ') + (scene.lang === 'fr' ? ' et ' : ' and ') + nouns[nouns.length - 1];
  const what = scene.kind === 'call' ? { fr: "L'entretien", en: 'The call' } : { fr: 'La rencontre', en: 'The meeting' };
  return scene.lang === 'fr' ? `${what.fr} a porté sur ${list}.` : `${what.en} dealt with ${list}.`;
}

function secondMeeting(scene: Scene, third: BenchPerson, rng: Rng): string {
  const noun = TOPIC_NOUNS[rng.pick(scene.topics)][scene.lang];
  if (scene.lang === 'fr') {
    return `Plus tard dans la journée, ${scene.host.short.fr} a également reçu ${introduce(third, 'fr').replace(/,$/, '')}, avec qui ${scene.host.female ? 'elle' : 'il'} a examiné ${noun}.`;
  }
  return `Later in the day, ${scene.host.short.en} also received ${introduce(third, 'en')} and discussed ${noun}.`;
}

/** Fills the placeholders of a pool sentence for this scene. */
function filler(scene: Scene, rng: Rng): (template: string) => string {
  const { lang, host, guest } = scene;
  const country = COUNTRY.get(guest.country)!;
  const values: Record<string, () => string> = {
    '{h}': () => host.short[lang],
    '{H}': () => capitalise(host.short[lang]),
    '{g}': () => guest.short[lang],
    '{G}': () => capitalise(guest.short[lang]),
    '{his}': () => (guest.female ? 'her' : 'his'),
    '{B}': () => (lang === 'fr' ? country.fr.name : country.en.name),
    '{ofB}': () => country.fr.of,
    '{inB}': () => country.fr.in,
    '{adjB}': () => (lang === 'fr' ? country.fr.adj : country.en.adj),
    '{capB}': () => CITY.get(country.capital)![lang],
    '{S}': () => rng.pick(SYRIAN_CITIES)[lang],
    '{n}': () => String(rng.int(12, 950)),
    '{year}': () => String(scene.date.getUTCFullYear()),
    '{ordinal}': () => rng.pick(ORDINALS)[lang],
  };
  return (template) => template.replace(/\{[A-Za-z]+\}/g, (m) => values[m]?.() ?? m);
}

function writeTitle(scene: Scene, rng: Rng): string {
  const { lang, host, guest } = scene;
  const noun = TOPIC_NOUNS[scene.topics[0]][lang];
  const h = capitalise(host.short[lang]);
  const g = guest.short[lang];
  if (lang === 'fr') {
    if (scene.kind === 'call') return `Entretien téléphonique entre ${h} et ${g}`;
    return rng.pick([`${h} reçoit ${g} à ${scene.place.fr}`, `${h} et ${g} examinent ${noun}`, `${h} s'entretient avec ${g} de ${noun}`]);
  }
  if (scene.kind === 'call') return `${h}, ${g} discuss ${noun} in phone call`;
  return rng.pick([`${h} receives ${g} in ${scene.place.en}`, `${h}, ${g} discuss ${noun}`, `${h} and ${g} review ${noun}`]);
}

// ---------------------------------------------------------------- questions and autocomplete inputs

type QuestionTemplate = (w: QuestionParts) => string;

/** What a question template can name, in the question's language. */
interface QuestionParts {
  p: string;
  p2: string;
  /** "a-t-il" / "a-t-elle". */
  aT: string;
  city: string;
  syrianCity: string;
  year: string;
  month: string;
  country: string;
  adj: string;
}

const QUESTIONS: Record<BenchLang, Record<BenchQuestion['intent'], Array<[QuestionTemplate, string[]]>>> = {
  fr: {
    meetings: [
      [(w) => `Qui a rencontré ${w.p} ?`, ['person']],
      [(w) => `Qui ${w.p} ${w.aT} reçu à ${w.city} ?`, ['person', 'place']],
      [(w) => `Qui a rencontré ${w.p} en ${w.year} ?`, ['person', 'date']],
      [(w) => `Avec qui ${w.p} s'est-il entretenu en ${w.month} ${w.year} ?`, ['person', 'date']],
      [(w) => `Quelles rencontres ont eu lieu à ${w.city} ?`, ['place']],
      [(w) => `Qui le ministre ${w.adj} des Affaires étrangères a-t-il rencontré ?`, ['role']],
      [(w) => `Qui a rencontré ${w.p} à ${w.city} en ${w.year} ?`, ['person', 'place', 'date']],
    ],
    topics: [
      [(w) => `Quels sujets ${w.p} ${w.aT} abordés ?`, ['person']],
      [(w) => `De quoi ${w.p} et ${w.p2} ont-ils discuté ?`, ['person']],
      [(w) => `Quels sujets ont été abordés à ${w.city} en ${w.year} ?`, ['place', 'date']],
      [(w) => `Quels sujets ont été discutés en ${w.month} ${w.year} ?`, ['date']],
    ],
    positions: [
      [(w) => `Qu'a dit ${w.p} sur ${w.country} ?`, ['person', 'place']],
      [(w) => `Qu'a déclaré ${w.p} sur la reconstruction ?`, ['person']],
      [(w) => `Quelles positions ${w.p} ${w.aT} exprimées en ${w.year} ?`, ['person', 'date']],
      [(w) => `Qu'a dit ${w.p} sur les sanctions ?`, ['person']],
      [() => `Qu'a dit le ministre turc sur les réfugiés ?`, ['role']],
    ],
    search: [
      [(w) => `reconstruction des infrastructures à ${w.syrianCity}`, ['place']],
      [(w) => `aide humanitaire ${w.syrianCity}`, ['place']],
      [() => 'centrales électriques gaz', []],
      [() => 'bourses universitaires étudiants', []],
      [(w) => `${w.p} réfugiés`, ['person']],
      [(w) => `fonds d'investissement en ${w.year}`, ['date']],
      [() => 'contrebande trafic de drogue frontières', []],
    ],
  },
  en: {
    meetings: [
      [(w) => `Who did ${w.p} meet?`, ['person']],
      [(w) => `Who did ${w.p} meet in ${w.city}?`, ['person', 'place']],
      [(w) => `Who met ${w.p} in ${w.month} ${w.year}?`, ['person', 'date']],
      [(w) => `Which meetings took place in ${w.city} in ${w.year}?`, ['place', 'date']],
      [(w) => `Who did the ${w.adj} foreign minister meet?`, ['role']],
      [(w) => `Who received ${w.p} in ${w.year}?`, ['person', 'date']],
    ],
    topics: [
      [(w) => `What topics did ${w.p} discuss?`, ['person']],
      [(w) => `What did ${w.p} and ${w.p2} discuss in ${w.city}?`, ['person', 'place']],
      [(w) => `Which topics were covered in ${w.year}?`, ['date']],
    ],
    positions: [
      [(w) => `What did ${w.p} say about ${w.country}?`, ['person', 'place']],
      [(w) => `What did ${w.p} say about sanctions in ${w.year}?`, ['person', 'date']],
      [(w) => `What positions did ${w.p} state?`, ['person']],
      [() => 'What did the Turkish minister say about refugees?', ['role']],
    ],
    search: [
      [() => 'electricity power plants', []],
      [(w) => `humanitarian aid convoy ${w.syrianCity}`, ['place']],
      [(w) => `reconstruction infrastructure ${w.syrianCity} ${w.year}`, ['place', 'date']],
      [() => 'university scholarships students', []],
      [(w) => `${w.p} refugees return`, ['person']],
      [() => 'smuggling drug trafficking borders', []],
    ],
  },
};

/** A mix of questions in both languages over the seed's population: meetings, topics, positions, search. */
export function benchQuestions(world: BenchWorld, count: number, seed = world.seed): BenchQuestion[] {
  const rng = Rng.of(subSeed(seed, -2));
  const intents: Array<BenchQuestion['intent']> = ['meetings', 'meetings', 'topics', 'positions', 'search'];
  const out: BenchQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const lang: BenchLang = i % 2 === 0 ? 'fr' : 'en';
    const intent = intents[i % intents.length];
    const [template, tags] = rng.pick(QUESTIONS[lang][intent]);
    let text = template(questionParts(world, lang, rng));
    const extra: string[] = [];
    // About one question in eight has a typo, as typed in a hurry.
    if (rng.chance(0.125)) {
      text = withTypo(text, rng);
      extra.push('typo');
    }
    out.push({ text, lang, intent, tags: [...tags, ...extra] });
  }
  return out;
}

function questionParts(world: BenchWorld, lang: BenchLang, rng: Rng): QuestionParts {
  // Readers ask mostly about the people who are in the news: the same Zipf law as the dispatches.
  const p = world.people[world.peopleZipf.draw(rng)];
  const p2 = world.people[world.peopleZipf.draw(rng)];
  const country = rng.pick(COUNTRIES.slice(1));
  const month = rng.int(0, 11);
  return {
    p: p.name[lang],
    p2: p2.name[lang],
    aT: p.female ? 'a-t-elle' : 'a-t-il',
    city: rng.pick(CITIES)[lang],
    syrianCity: rng.pick(SYRIAN_CITIES)[lang],
    year: String(rng.pick(YEARS)),
    month: MONTHS[lang][month],
    country: lang === 'fr' ? country.fr.name : country.en.name,
    adj: lang === 'fr' ? country.fr.adj : country.en.adj,
  };
}

/** Swaps two letters of one word of five letters or more (Poutine → Poutnie). */
function withTypo(text: string, rng: Rng): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (!candidates.length) return text;
  const [word, i] = rng.pick(candidates);
  const at = rng.int(1, word.length - 3);
  words[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

/** What users type into a person or place option: 1 to 4 letters of a name, in either spelling. */
export function autocompleteInputs(world: BenchWorld, count: number, seed = world.seed): AutocompleteInput[] {
  const rng = Rng.of(subSeed(seed, -3));
  const out: AutocompleteInput[] = [];
  for (let i = 0; i < count; i++) {
    const lang: BenchLang = rng.chance(0.5) ? 'fr' : 'en';
    const place = rng.chance(0.3);
    const name = place ? rng.pick(CITIES)[lang] : world.people[world.peopleZipf.draw(rng)].name[lang];
    // Typing starts at the first name or at the family name.
    const word = rng.pick(name.split(' ').filter((w) => /^\p{L}/u.test(w)));
    const kind = rng.chance(0.2) ? 'any' : place ? 'place' : 'person';
    out.push({ kind, typed: word.slice(0, rng.int(1, 4)), lang });
  }
  return out;
}

// ---------------------------------------------------------------- small text helpers

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function wordCount(sentences: string[]): number {
  let n = 0;
  for (const s of sentences) n += s.split(/\s+/).filter(Boolean).length;
  return n;
}

function chunk<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Words in a text, as the benchmark reports the corpus' size. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
