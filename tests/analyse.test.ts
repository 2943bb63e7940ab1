import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDispatchFile } from '../src/load/parse.js';
import { loadDispatchFolder } from '../src/load/folder.js';
import { analyseDispatch } from '../src/analyse/analyse.js';
import type { Analysis, Dispatch } from '../src/types.js';
import { FIXTURES, SEED_FILE } from './helpers.js';

async function analyseFile(path: string): Promise<{ d: Dispatch; a: Analysis }> {
  const parsed = parseDispatchFile(path.split('/').pop()!, await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  const d = parsed.dispatches[0];
  return { d, a: analyseDispatch(d) };
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('the seed dispatch (SANA, French)', async () => {
  const { d, a } = await analyseFile(SEED_FILE);

  it('splits sentences with offsets into the original text', () => {
    expect(a.passages).toHaveLength(10);
    for (const p of a.passages) expect(d.text.slice(p.start, p.end)).toBe(p.text);
    expect(a.passages[0].text.startsWith('Le ministre syrien des Affaires étrangères')).toBe(true);
  });

  it('finds the people with their roles as written', () => {
    expect(a.people).toEqual([
      { key: 'asaad-al-shaibani', name: 'Assaad Hassan al‑Chaibani', role: 'ministre syrien des Affaires étrangères et des Expatriés' },
      { key: 'murhaf-abu-qasra', name: 'Murhaf Abou Qasrah', role: 'ministre de la Défense' },
      { key: 'vladimir-putin', name: 'Vladimir Poutine', role: 'président russe' },
    ]);
  });

  it('finds one meeting in Moscow between both Syrian ministers and Putin', () => {
    expect(a.meetings).toHaveLength(1);
    const m = a.meetings[0];
    expect(m.kind).toBe('meeting');
    expect(names(m.participants)).toEqual(['Assaad Hassan al‑Chaibani', 'Murhaf Abou Qasrah', 'Vladimir Poutine']);
    expect(m.place).toBe('Moscou');
    expect(m.placeKey).toBe('moscow');
    expect(m.passage.n).toBe(0);
    expect(m.topics).toEqual(expect.arrayContaining(['military', 'economy', 'reconstruction', 'sovereignty', 'international-law']));
  });

  it('attributes both positions to Putin, resolving "Il", and quotes « menace directe »', () => {
    expect(a.positions.map((p) => [p.speaker.name, p.quote, p.passage.n])).toEqual([
      ['Vladimir Poutine', null, 8],
      ['Vladimir Poutine', 'menace directe', 9],
    ]);
    expect(a.positions[1].passage.text.startsWith('Il a également réitéré')).toBe(true);
    expect(a.positions[1].about).toContain('israel');
  });

  it('labels the topics from the fixed list, each with a supporting passage', () => {
    const labels = a.topics.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['military', 'economy', 'reconstruction', 'sovereignty', 'international-law', 'diplomacy', 'trade', 'security']));
    const law = a.topics.find((t) => t.label === 'international-law')!;
    expect(law.passage.text).toContain('droit international');
  });
});

describe('dispatches written for the tests', async () => {
  const { dispatches } = await loadDispatchFolder(FIXTURES);
  const byTitle = (start: string) => {
    const d = dispatches.find((x) => x.title.startsWith(start))!;
    return { d, a: analyseDispatch(d) };
  };

  it('English: host, guest and a minister "in the presence of" all take part; a phone call is a call', () => {
    const { a } = byTitle('President Ahmad al-Sharaa');
    expect(a.meetings.map((m) => [m.kind, names(m.participants), m.place])).toEqual([
      ['meeting', ['Ahmad al-Sharaa', 'Hakan Fidan', 'Asaad Hassan al-Shaibani'], 'Damascus'],
      ['call', ['Asaad Hassan al-Shaibani', 'Ayman Safadi'], null],
    ]);
    expect(a.people.find((p) => p.name === 'Hakan Fidan')?.role).toBe('Turkish Foreign Minister');
  });

  it('English: quotes with the speaker first, and "He" resolved', () => {
    const { a } = byTitle('President Ahmad al-Sharaa');
    expect(a.positions.map((p) => [p.speaker.name, p.quote])).toEqual([
      ['Hakan Fidan', 'a danger to the whole region.'],
      ['Hakan Fidan', null],
    ]);
    expect(a.topics.map((t) => t.label)).toEqual(expect.arrayContaining(['refugees', 'terrorism', 'sovereignty', 'reconstruction']));
  });

  it('French: a phone call is a call, and a meeting planned for next week is not a meeting', () => {
    const { a } = byTitle('Al-Chaibani et Safadi');
    expect(a.meetings).toHaveLength(1);
    expect(a.meetings[0]).toMatchObject({ kind: 'call', place: null, date: '2025-03-12' });
    expect(names(a.meetings[0].participants)).toEqual(['Assaad Hassan al‑Chaibani', 'Ayman Safadi']);
    expect(a.positions[0]).toMatchObject({ quote: 'la volonté de Damas de coopérer pleinement' });
  });

  it('a ministry statement has no meeting; the ministry is the speaker', () => {
    const { a } = byTitle('Foreign Ministry condemns');
    expect(a.meetings).toEqual([]);
    expect(a.positions[0].speaker.name).toBe('Ministry of Foreign Affairs and Expatriates');
    expect(a.topics.map((t) => t.label)).toContain('international-law');
    expect(a.topics.map((t) => t.label)).not.toContain('justice');
  });

  it('French: "a reçu ... son homologue" is a meeting with both, in the place named', () => {
    const { a } = byTitle('Lavrov reçoit');
    expect(a.meetings.map((m) => [names(m.participants), m.place, m.date])).toEqual([[['Sergueï Lavrov', 'Assaad Hassan al‑Chaibani'], 'Moscou', '2025-05-20']]);
    expect(a.positions[0]).toMatchObject({ quote: 'l’intégrité territoriale de la Syrie' });
    expect(a.positions[0].speaker.name).toBe('Sergueï Lavrov');
  });

  it('every passage, participant, speaker and quote appears verbatim in its dispatch', () => {
    for (const d of dispatches) {
      const a = analyseDispatch(d);
      for (const p of a.passages) expect(d.text.slice(p.start, p.end)).toBe(p.text);
      for (const m of a.meetings) for (const p of m.participants) expect(d.text).toContain(p.name);
      for (const p of a.positions) {
        expect(d.text.slice(p.passage.start, p.passage.end)).toBe(p.passage.text);
        if (p.quote) expect(p.passage.text).toContain(p.quote);
        expect(d.text).toContain(p.speaker.name);
      }
    }
  });
});

describe('analysis is pure', () => {
  it('gives the same result twice and does not touch the dispatch', async () => {
    const { d } = await analyseFile(join(FIXTURES, 'sana-en-sharaa-fidan-damascus.txt'));
    const copy = structuredClone(d);
    expect(analyseDispatch(d)).toEqual(analyseDispatch(d));
    expect(d).toEqual(copy);
  });
});

/** A dispatch from a few sentences written for one rule. */
function analyseText(text: string): Analysis {
  const parsed = parseDispatchFile('rule.txt', text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return analyseDispatch(parsed.dispatches[0]);
}

describe('Arabic names the alias table does not know', () => {
  const a = analyseText(
    'حلب-سانا\n\nاستقبل محافظ حلب عزام الغريب اليوم سفير اليابان لدى سوريا كينجي تاناكا، وبحث معه سبل دعم مشاريع المياه.\n\n' +
      'وأكد الغريب أهمية التعاون بين البلدين.\n\nوأدانت وزارة الداخلية الهجوم، وقالت الوزارة إن الأمن مسؤولية الجميع.',
  );

  it('a title and its complements, then the name up to its "ال" surname or two plain words', () => {
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['عزام الغريب', 'كينجي تاناكا']]);
    expect(a.people.find((p) => p.name === 'كينجي تاناكا')?.role).toBe('سفير اليابان لدى سوريا');
  });

  it('the surname alone afterwards is the same person', () => {
    expect(a.positions[0].speaker.name).toBe('عزام الغريب');
  });

  it('a ministry is an institution, and "الوزارة" refers back to it, even in the same sentence', () => {
    expect(a.positions.slice(1).map((p) => p.speaker.name)).toEqual(['وزارة الداخلية']);
  });
});

describe('general rules for meetings and names', () => {
  it('English: the verb\'s own preposition introduces the counterpart ("sat down with", "conferred with")', () => {
    const a = analyseText(
      'DAMASCUS, May 3 (SANA) -- Tom Smith, Minister of Investment, conferred with John Brown, Syrian Minister of Economy, on trade.\n\n' +
        'Earlier, Brown sat down with Agriculture Minister Ali Hassan to discuss wheat.',
    );
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Tom Smith', 'John Brown'], ['John Brown', 'Ali Hassan']]);
  });

  it('English: "in a meeting held in X with Y, Z discussed" names both sides', () => {
    const a = analyseText('AMMAN, May 3 (Petra) -- In a meeting held in Amman on Monday with Syrian Transport Minister Omar Haddad, Minister of Works Sami Nasser discussed the road network.');
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Omar Haddad', 'Sami Nasser']]);
  });

  it('part of a full name named before is that person ("Ben Touq", "le prince Khalid")', () => {
    const a = analyseText(
      'Riyad, 3 mai (SANA) – Le ministre syrien de l’Économie, Samir Haddad, a rencontré le ministre saoudien des Finances, Abdallah ben Touq Al Harbi.\n\n' +
        'Ben Touq a souligné « une relation solide » entre les deux pays.',
    );
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Abdallah ben Touq Al Harbi']);
  });

  it('French: "a ensuite été reçu par", and a nationality in any gender and number resolves "le ministre émirien"', () => {
    const a = analyseText(
      'Damas, 3 mai (SANA) – Le ministre émirien de l’Énergie, Salem Al Dhaheri, a rencontré son homologue syrien, Ali Haddad.\n\n' +
        'Le ministre émirien a ensuite été reçu au palais du Peuple par le président Ahmad al-Charaa.',
    );
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Salem Al Dhaheri', 'Ali Haddad'], ['Salem Al Dhaheri', 'Ahmad al-Charaa']]);
  });

  it('a capitalised word beside an institution word is part of its name, not a person ("Gulf Gateway Logistics")', () => {
    const a = analyseText('ABU DHABI, May 3 (WAM) -- Omar Saleh, Chief Executive Officer of Gulf Gateway Logistics, met Syrian Minister of Economy Samir Haddad.');
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Omar Saleh', 'Samir Haddad']]);
  });
});

describe('general rules for roles, presence and possessives', () => {
  it('a presence cue reaches the name however long the role between ("attended by ... chief X")', () => {
    const a = analyseText('ANKARA (AA) - Foreign Minister Omer Kaya hosted his Iraqi counterpart Sami Rashid in Ankara, in a meeting which was also attended by National Security Council (NSC) chief Ali Demir.');
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Omer Kaya', 'Sami Rashid', 'Ali Demir']]);
  });

  it('"Lavrov\'s Syrian counterpart said": the counterpart speaks, not its owner', () => {
    const a = analyseText(
      'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov held talks with Syrian Foreign Minister Omar Haddad on Monday.\n\n' +
        'Lavrov\'s Syrian counterpart said Damascus wanted "balanced relations" with Moscow.',
    );
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Omar Haddad']);
  });

  it('"le ministre irakien" is a foreign minister named before; "le responsable onusien" an official of the UN', () => {
    const a = analyseText(
      'Doha, 2 mai (QNA) – Le Premier ministre qatari, Ali Al Kuwari, a rencontré le vice-Premier ministre et ministre des Affaires étrangères de l’Irak, Sami Rashid.\n' +
        'Le ministre irakien a souligné « la solidité des liens » entre les deux pays.\n' +
        'Le secrétaire général adjoint des Nations unies, Paul Martin, a été reçu par le gouverneur de la province, Omar Haddad.\n' +
        'Le responsable onusien a appelé à « agir vite ».',
    );
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Sami Rashid', 'Paul Martin']);
  });
});

describe('Arabic titles, lineages and joint statements', () => {
  const a = analyseText(
    'حماة-سانا\n\nالتقى محافظ حماة سليم الحسن اليوم رئيس غرفة صناعة حماة عادل بن خالد آل سعيد، وبحث معه واقع المعامل.\n\n' +
      'وكان المحافظ قد التقى أمس وزير الصناعة سامي الحلبي في دمشق.\n\n' +
      'وأكد الحسن والحلبي ضرورة دعم الصناعة المحلية.\n\n' +
      'وأجرى وزير الخارجية السوري أسعد حسن الشيباني محادثات مع نظيره الأردني أيمن الصفدي.',
  );

  it('a lineage with "بن" and "آل" is one name; "المحافظ" alone is the governor named before', () => {
    expect(a.meetings.map((m) => names(m.participants))).toEqual([
      ['سليم الحسن', 'عادل بن خالد آل سعيد'],
      ['سليم الحسن', 'سامي الحلبي'],
      ['أسعد حسن الشيباني', 'أيمن الصفدي'],
    ]);
  });

  it('"وأكد الحسن والحلبي": one position for each of the people joined by "و"', () => {
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['سليم الحسن', 'سامي الحلبي']);
  });
});

describe('delegations, passives and speakers after a meeting clause', () => {
  it('the head of a delegation "led by" someone takes part; "was met by" is a meeting', () => {
    const a = analyseText(
      'RIYADH, May 3 (SPA) -- Saudi Foreign Minister Faisal bin Farhan received a Syrian delegation led by Foreign Minister Omar Haddad in Riyadh.\n\n' +
        'Syrian Defence Minister Ali Kassem was met by Turkish Chief of Staff Selcuk Bayraktaroglu at the airport.',
    );
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Faisal bin Farhan', 'Omar Haddad'], ['Ali Kassem', 'Selcuk Bayraktaroglu']]);
  });

  it('"Following his meeting with X, Y said": Y met X and Y speaks', () => {
    const a = analyseText('AMMAN, May 3 (Petra) -- Following his meeting on Monday with Jordanian Prime Minister Sami Nasser, Foreign Minister Omar Haddad said ties were "excellent".');
    expect(a.meetings.map((m) => names(m.participants))).toEqual([['Sami Nasser', 'Omar Haddad']]);
    expect(a.positions.map((p) => [p.speaker.name, p.quote])).toEqual([['Omar Haddad', 'excellent']]);
  });

  it('Arabic: an agreement to hold a meeting soon is not a meeting, and an unknown title alone is no one', () => {
    const a = analyseText('دمشق-سانا\n\nواتفق وزير الخارجية أسعد حسن الشيباني ونظيره الأردني أيمن الصفدي على عقد لقاء قريب في عمّان.\n\nودعا الوزير الأهالي إلى التعاون.');
    expect(a.meetings).toEqual([]);
    expect(a.positions.map((p) => p.speaker.name)).not.toContain('الوزير');
  });
});

describe('topics: a word used in passing is not a topic', () => {
  it('one passing "security and stability" or "economic sanctions" gives no label; the subject of talks or a second mention does', () => {
    const passing = analyseText(
      'Damascus, SANA – President Ahmad al-Sharaa received the Omani Foreign Minister, who stressed the security and stability of the region.\n\n' +
        'The two sides discussed the reopening of the embassy.',
    );
    expect(passing.topics.map((t) => t.label)).not.toContain('security');
    const subject = analyseText('Damascus, SANA – The talks tackled border security and the reopening of the embassy.');
    expect(subject.topics.map((t) => t.label)).toContain('security');
    const twice = analyseText('Damascus, SANA – The minister spoke of security in the south.\n\nHe said security had improved in Daraa.');
    expect(twice.topics.map((t) => t.label)).toContain('security');
  });

  it('a question still finds a topic from any of its cue words', async () => {
    const { sentenceTopics } = await import('../src/analyse/topics.js');
    const { defaultLexicon } = await import('../src/lexicons/lexicon.js');
    expect(sentenceTopics('What was said about security?', 'en', defaultLexicon())).toContain('security');
  });
});

describe('who "elle", "she" and a title alone refer to; relayed statements', () => {
  it('"La ministre" and "elle" find the woman named before, not the last man', () => {
    const a = analyseText(
      'Damas, 3 mai (SANA) – Le représentant de l’OMS, Paul Martin, a été reçu par la ministre de la Santé, Rima Haddad, puis par le ministre des Finances, Omar Saleh.\n' +
        'Avec M. Saleh, il a évoqué le budget de la santé.\n' +
        'La ministre a appelé à « renforcer les hôpitaux ».\n' +
        'Elle a également souligné le manque de médecins.',
    );
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Rima Haddad', 'Rima Haddad']);
  });

  it('"le gouverneur" alone is the governor named before', () => {
    const a = analyseText('Alep, 3 mai (SANA) – Le gouverneur d’Alep, Samir Haddad, a reçu l’ambassadeur de Chine, Li Wei.\nLe gouverneur a souligné « l’importance des investissements ».');
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Samir Haddad']);
  });

  it('"X affirmed ..., spokesman Y said": the position is X\'s, and "He" next is X', () => {
    const a = analyseText(
      'CAIRO (MENA) - Foreign Minister Sami Nasser met Syrian Foreign Minister Omar Haddad in Cairo.\n\n' +
        'Nasser affirmed Egypt\'s support for "a Syrian-led process," ministry spokesman Ali Kamel said in a statement.\n\n' +
        'He also warned against "any foreign interference."',
    );
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Sami Nasser', 'Sami Nasser']);
  });

  it('a title after "X," is the subject of the verb that follows, not X\'s apposition', () => {
    const a = analyseText('CAIRO (MENA) - Minister Sami Nasser met UN envoy Anna Berg in Cairo.\n\nDuring her meeting with Nasser, the UN envoy said aid was "urgent."');
    expect(a.positions.map((p) => p.speaker.name)).toEqual(['Anna Berg']);
  });
});

describe('calls', () => {
  it('French: "a téléphoné à", "communication téléphonique" of two coordinated subjects, "appels de X et de Y" are one call each, "vidéoconférence"', () => {
    const a = analyseText(
      'Damas, 3 mai (SANA) – Le président Ahmad al-Charaa a téléphoné à son homologue libanais Joseph Aoun.\n' +
        'Le ministre des Affaires étrangères, Assaad Hassan al-Chaibani, et son homologue turc Hakan Fidan ont eu une communication téléphonique mardi.\n' +
        'Al-Chaibani a par ailleurs reçu des appels téléphoniques du ministre jordanien Ayman Safadi et du ministre irakien Fouad Hussein.\n' +
        'Plus tard, il s’est entretenu par vidéoconférence avec l’émissaire de l’ONU, Geir Pedersen.',
    );
    expect(a.meetings.map((m) => [m.kind, names(m.participants)])).toEqual([
      ['call', ['Ahmad al-Charaa', 'Joseph Aoun']],
      ['call', ['Assaad Hassan al-Chaibani', 'Hakan Fidan']],
      ['call', ['Assaad Hassan al-Chaibani', 'Ayman Safadi']],
      ['call', ['Assaad Hassan al-Chaibani', 'Fouad Hussein']],
      ['call', ['Assaad Hassan al-Chaibani', 'Geir Pedersen']],
    ]);
  });

  it('English: "called his counterpart", "spoke by phone", "phone calls from X and Y"', () => {
    const a = analyseText(
      'DAMASCUS, May 3 (SANA) -- President Ahmad al-Sharaa called his Lebanese counterpart Joseph Aoun on Monday.\n\n' +
        'Foreign Minister Asaad al-Shaibani and his Turkish counterpart Hakan Fidan spoke by phone on Tuesday.\n\n' +
        'Al-Shaibani also received phone calls from Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein.',
    );
    expect(a.meetings.map((m) => [m.kind, names(m.participants)])).toEqual([
      ['call', ['Ahmad al-Sharaa', 'Joseph Aoun']],
      ['call', ['Asaad al-Shaibani', 'Hakan Fidan']],
      ['call', ['Asaad al-Shaibani', 'Ayman Safadi']],
      ['call', ['Asaad al-Shaibani', 'Fuad Hussein']],
    ]);
  });
});
