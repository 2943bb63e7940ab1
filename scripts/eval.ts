/**
 * Evaluation of the extractor on the development set (tests/devset/README.md): runs
 * analyseDispatch on every dispatch, compares with its gold annotation, prints precision, recall
 * and F1 per set and language, the worst misses, and PASS/FAIL against the targets.
 *
 *   tsx scripts/eval.ts [--set dev|heldout|all] [--lang fr|en|ar] [--json] [--misses N] [--root DIR]
 *
 * A report, not a test: it exits 0 whatever the figures (2 only for a wrong argument). The set is
 * written while the extractor is tuned, so a missing or broken gold is a warning, never a stop.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Lang } from '../src/types.js';
import { TOPIC_LABELS } from '../src/types.js';
import { parseDispatchFile } from '../src/load/parse.js';
import { analyseDispatch } from '../src/analyse/analyse.js';
import { defaultLexicon, type Lexicon } from '../src/lexicons/lexicon.js';
import {
  comparePairs, comparePositions, compareTopics, goldPairs, passagesMatch, predictedPairs,
  type Comparison, type GoldPosition, type PredictedPerson, type PredictedPosition,
} from './eval-match.js';

const SETS = ['dev', 'heldout'] as const;
const LANGS = ['fr', 'en', 'ar'] as const;
type SetName = (typeof SETS)[number];

interface Options {
  sets: SetName[];
  langs: Lang[];
  json: boolean;
  misses: number;
  root: string;
}

interface Counts { tp: number; fp: number; fn: number }
interface Ratio { right: number; total: number }

/** Raw counts of one dispatch, or summed over many (micro-averaged figures). */
interface Tally {
  docs: number;
  meetingPairs: Counts;
  callPairs: Counts;
  topics: Counts;
  positions: Counts;
  speaker: Ratio;
  quote: Ratio;
}

type MissKind = 'meeting' | 'call' | 'position' | 'quote' | 'topic';

/**
 * Wrong items of one kind in one dispatch, worded for the developer who fixes them. Pairs and
 * topics are grouped (a missed 5-person meeting is 10 pairs, one bug); positions come one by one.
 */
interface Miss {
  file: string;
  kind: MissKind;
  /** FN: in the gold, not found; FP: found, not in the gold; wrong: position right, quote wrong. */
  type: 'FN' | 'FP' | 'wrong';
  items: string[];
  note: string | null;
}

interface DispatchResult { set: SetName; lang: Lang; file: string; tally: Tally; misses: Miss[] }

interface Prf { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }

interface ScopeReport {
  set: SetName | 'all';
  lang: Lang | 'all';
  docs: number;
  meetingPairs: Prf;
  callPairs: Prf;
  topics: Prf;
  positions: Prf & { speakerPrecision: number | null; quoteAccuracy: number | null; speaker: Ratio; quote: Ratio };
}

interface TargetCheck { name: string; set: SetName | 'all'; lang: Lang | 'all'; value: number | null; min: number; pass: boolean | null }

interface Report { options: Options; dispatches: number; warnings: string[]; scopes: ScopeReport[]; targets: TargetCheck[]; misses: Miss[] }

const USAGE = 'usage: tsx scripts/eval.ts [--set dev|heldout|all] [--lang fr|en|ar] [--json] [--misses N] [--root DIR]';

// ---------------------------------------------------------------- arguments

function parseArgs(argv: string[]): Options {
  const here = dirname(fileURLToPath(import.meta.url));
  const opts: Options = { sets: [...SETS], langs: [...LANGS], json: false, misses: 15, root: join(here, '..', 'tests', 'devset') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') opts.json = true;
    else if (arg === '--set') {
      const v = value();
      if (v === 'all') opts.sets = [...SETS];
      else if ((SETS as readonly string[]).includes(v)) opts.sets = [v as SetName];
      else fail(`--set must be dev, heldout or all, got "${v}"`);
    } else if (arg === '--lang') {
      const v = value();
      if (!(LANGS as readonly string[]).includes(v)) fail(`--lang must be fr, en or ar, got "${v}"`);
      opts.langs = [v as Lang];
    } else if (arg === '--misses') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) fail('--misses must be a whole number');
      opts.misses = n;
    } else if (arg === '--root') opts.root = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument "${arg}"`);
  }
  return opts;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------- gold

interface Gold {
  meetings: Array<{ kind: 'meeting' | 'call'; participants: string[] }>;
  topics: string[];
  positions: GoldPosition[];
}

/**
 * Reads a gold annotation against its dispatch text. Malformed entries are dropped with a
 * warning (the file is being written); only a file that is not a gold at all yields null.
 */
function readGold(content: string, text: string, warn: (m: string) => void): Gold | null {
  let raw: any;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    warn(`gold is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    warn('gold is not a JSON object');
    return null;
  }
  const list = (field: string): any[] => {
    if (Array.isArray(raw[field])) return raw[field];
    warn(`gold has no "${field}" array: counted as empty`);
    return [];
  };
  const isNameList = (x: unknown): x is string[] => Array.isArray(x) && x.every((n) => typeof n === 'string' && n.trim() !== '');
  const gold: Gold = { meetings: [], topics: [], positions: [] };
  for (const m of list('meetings')) {
    if ((m?.kind === 'meeting' || m?.kind === 'call') && isNameList(m.participants)) gold.meetings.push({ kind: m.kind, participants: m.participants });
    else warn(`gold meeting skipped (needs kind meeting|call and a list of names): ${JSON.stringify(m).slice(0, 100)}`);
  }
  for (const t of list('topics')) {
    if ((TOPIC_LABELS as readonly string[]).includes(t)) gold.topics.push(t);
    else warn(`gold topic "${t}" is not a label of the fixed list: skipped`);
  }
  for (const p of list('positions')) {
    if (typeof p?.speaker !== 'string' || typeof p?.passage !== 'string' || !p.passage.trim() || !(p.quote === null || typeof p.quote === 'string')) {
      warn(`gold position skipped (needs speaker, quote string|null, passage): ${JSON.stringify(p).slice(0, 100)}`);
      continue;
    }
    // The passage is a verbatim substring: its offsets let it meet a predicted sentence split differently.
    const at = text.indexOf(p.passage);
    if (at < 0) warn(`gold passage not found verbatim in the text (matched by containment only): "${snippet(p.passage)}"`);
    if (p.quote !== null && !p.passage.includes(p.quote.trim())) warn(`gold quote is not inside its passage: "${snippet(p.quote)}"`);
    gold.positions.push({
      speaker: p.speaker,
      quote: p.quote,
      passage: { text: p.passage, start: at < 0 ? null : at, end: at < 0 ? null : at + p.passage.length },
    });
  }
  return gold;
}

// ---------------------------------------------------------------- scoring one dispatch

function emptyTally(): Tally {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return { docs: 0, meetingPairs: c(), callPairs: c(), topics: c(), positions: c(), speaker: { right: 0, total: 0 }, quote: { right: 0, total: 0 } };
}

function counts<P, G>(c: Comparison<P, G>): Counts {
  return { tp: c.matched.length, fp: c.fp.length, fn: c.fn.length };
}

const who = (p: PredictedPerson) => `${p.name} [${p.key}]`;

function scoreDispatch(file: string, analysis: Analysis, gold: Gold, lex: Lexicon): { tally: Tally; misses: Miss[] } {
  const tally = emptyTally();
  tally.docs = 1;
  const misses: Miss[] = [];
  const miss = (kind: MissKind, type: Miss['type'], items: string[], note: string | null = null) => {
    if (items.length) misses.push({ file, kind, type, items, note });
  };

  for (const kind of ['meeting', 'call'] as const) {
    const pred = predictedPairs(
      analysis.meetings.filter((m) => m.kind === kind).map((m) => ({ participants: m.participants, passage: m.passage.text })),
    );
    const gp = goldPairs(gold.meetings.filter((m) => m.kind === kind).map((m) => m.participants), lex);
    const c = comparePairs(pred, gp, lex);
    tally[kind === 'meeting' ? 'meetingPairs' : 'callPairs'] = counts(c);
    miss(kind, 'FN', c.fn.map(([x, y]) => `${x} + ${y}`));
    // False pairs grouped by the sentence that produced them: that sentence is what to debug.
    for (const passage of new Set(c.fp.map((p) => p.passage))) {
      miss(kind, 'FP', c.fp.filter((p) => p.passage === passage).map((p) => `${who(p.a)} + ${who(p.b)}`), `from "${snippet(passage)}"`);
    }
  }

  const t = compareTopics(analysis.topics.map((x) => x.label), gold.topics);
  tally.topics = counts(t);
  miss('topic', 'FN', t.fn);
  for (const l of t.fp) miss('topic', 'FP', [l], `from "${snippet(analysis.topics.find((x) => x.label === l)?.passage.text ?? '')}"`);

  const predPositions: PredictedPosition[] = analysis.positions.map((p) => ({
    speaker: p.speaker,
    quote: p.quote,
    passage: { text: p.passage.text, start: p.passage.start, end: p.passage.end },
  }));
  const pc = comparePositions(predPositions, gold.positions, lex);
  tally.positions = counts(pc);
  tally.speaker = pc.speaker;
  tally.quote = { right: pc.quote.right, total: pc.quote.total };
  // Say who the other side put on the same sentence: a wrong speaker reads differently from a missed sentence.
  for (const g of pc.fn) {
    const others = predPositions.filter((p) => passagesMatch(p.passage, g.passage)).map((p) => who(p.speaker));
    miss('position', 'FN', [`${g.speaker}: "${snippet(g.passage.text)}"`], others.length ? `predicted speaker: ${others.join(', ')}` : 'no position predicted in this sentence');
  }
  for (const p of pc.fp) {
    const others = gold.positions.filter((g) => passagesMatch(p.passage, g.passage)).map((g) => g.speaker);
    miss('position', 'FP', [`${who(p.speaker)}: "${snippet(p.passage.text)}"`], others.length ? `gold speaker: ${others.join(', ')}` : 'no gold position in this sentence');
  }
  for (const [p, g] of pc.quote.wrong) {
    miss('quote', 'wrong', [`${g.speaker}: predicted ${p.quote === null ? 'no quote' : `"${snippet(p.quote, 50)}"`}, gold "${snippet(g.quote ?? '', 50)}"`]);
  }
  return { tally, misses };
}

// ---------------------------------------------------------------- loading the set

/** Every dispatch of the chosen sets and languages, scored; problems become warnings. */
function evaluate(opts: Options, lex: Lexicon, warn: (m: string) => void): DispatchResult[] {
  const results: DispatchResult[] = [];
  for (const set of opts.sets) {
    for (const lang of opts.langs) {
      const dir = join(opts.root, set, lang);
      if (!existsSync(dir)) {
        warn(`${set}/${lang}: folder missing`);
        continue;
      }
      const names = readdirSync(dir).sort();
      const texts = names.filter((n) => /\.(txt|md)$/.test(n));
      for (const g of names.filter((n) => n.endsWith('.gold.json'))) {
        const base = g.slice(0, -'.gold.json'.length);
        if (!texts.some((n) => n.replace(/\.(txt|md)$/, '') === base)) warn(`${set}/${lang}/${g}: gold without a dispatch file`);
      }
      for (const name of texts) {
        const file = `${set}/${lang}/${name}`;
        const fileWarn = (m: string) => warn(`${file}: ${m}`);
        const goldPath = join(dir, name.replace(/\.(txt|md)$/, '.gold.json'));
        if (!existsSync(goldPath)) {
          fileWarn('no gold file: skipped');
          continue;
        }
        const parsed = parseDispatchFile(file, readFileSync(join(dir, name), 'utf8'));
        if (!parsed.ok) {
          fileWarn(`cannot load: ${parsed.reason}`);
          continue;
        }
        const dispatch = parsed.dispatches[0];
        if (dispatch.lang !== lang) fileWarn(`language read as "${dispatch.lang}" (${dispatch.langDetected ? 'detected' : 'front matter'}), folder says "${lang}"`);
        const gold = readGold(readFileSync(goldPath, 'utf8'), dispatch.text, fileWarn);
        if (!gold) continue;
        let analysis: Analysis;
        try {
          analysis = analyseDispatch(dispatch, lex);
        } catch (err) {
          fileWarn(`analyseDispatch threw: ${(err as Error).message}`);
          continue;
        }
        results.push({ set, lang, file, ...scoreDispatch(file, analysis, gold, lex) });
      }
    }
  }
  return results;
}

// ---------------------------------------------------------------- figures

function add(a: Tally, b: Tally): Tally {
  const c = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  const r = (x: Ratio, y: Ratio): Ratio => ({ right: x.right + y.right, total: x.total + y.total });
  return {
    docs: a.docs + b.docs,
    meetingPairs: c(a.meetingPairs, b.meetingPairs),
    callPairs: c(a.callPairs, b.callPairs),
    topics: c(a.topics, b.topics),
    positions: c(a.positions, b.positions),
    speaker: r(a.speaker, b.speaker),
    quote: r(a.quote, b.quote),
  };
}

/** Precision is null with nothing predicted, recall with nothing in the gold; F1 is null only when both sides are empty. */
function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = tp + fp + fn === 0 ? null : tp === 0 ? 0 : (2 * precision! * recall!) / (precision! + recall!);
  return { tp, fp, fn, precision, recall, f1 };
}

const ratio = (r: Ratio): number | null => (r.total ? r.right / r.total : null);

function scope(set: ScopeReport['set'], lang: ScopeReport['lang'], results: DispatchResult[]): ScopeReport {
  const t = results.reduce((acc, r) => add(acc, r.tally), emptyTally());
  return {
    set,
    lang,
    docs: t.docs,
    meetingPairs: prf(t.meetingPairs),
    callPairs: prf(t.callPairs),
    topics: prf(t.topics),
    positions: { ...prf(t.positions), speakerPrecision: ratio(t.speaker), quoteAccuracy: ratio(t.quote), speaker: t.speaker, quote: t.quote },
  };
}

const TARGETS: Array<{ name: string; min: number; get: (s: ScopeReport) => number | null }> = [
  { name: 'meeting pairs precision', min: 0.95, get: (s) => s.meetingPairs.precision },
  { name: 'meeting pairs F1', min: 0.9, get: (s) => s.meetingPairs.f1 },
  { name: 'call pairs F1', min: 0.85, get: (s) => s.callPairs.f1 },
  { name: 'positions F1', min: 0.85, get: (s) => s.positions.f1 },
  { name: 'positions speaker precision', min: 0.95, get: (s) => s.positions.speakerPrecision },
  { name: 'topics F1', min: 0.8, get: (s) => s.topics.f1 },
];

const KIND_ORDER: MissKind[] = ['meeting', 'call', 'position', 'quote', 'topic'];

function buildReport(opts: Options, results: DispatchResult[], warnings: string[]): Report {
  const scopes: ScopeReport[] = [];
  const sets: ScopeReport['set'][] = opts.sets.length > 1 ? [...opts.sets, 'all'] : [...opts.sets];
  for (const set of sets) {
    const inSet = results.filter((r) => set === 'all' || r.set === set);
    for (const lang of opts.langs) scopes.push(scope(set, lang, inSet.filter((r) => r.lang === lang)));
    if (opts.langs.length > 1) scopes.push(scope(set, 'all', inSet));
  }
  // Targets are judged on everything selected: the combined sets, overall and for fr and en.
  const targetSet = sets[sets.length - 1];
  const targetLangs = (['all', 'fr', 'en'] as const).filter((l) => l === 'all' ? opts.langs.length > 1 : opts.langs.includes(l));
  const targets: TargetCheck[] = [];
  for (const lang of targetLangs) {
    const s = scopes.find((x) => x.set === targetSet && x.lang === lang)!;
    for (const t of TARGETS) {
      const value = t.get(s);
      targets.push({ name: t.name, set: targetSet, lang, value, min: t.min, pass: value === null ? null : value >= t.min });
    }
  }
  // Held-out misses are listed only when the held-out set alone is asked for: whoever tunes on the
  // misses of a plain `npm run eval` must not be shown text nobody is meant to tune on.
  const listed = opts.sets.length === 1 && opts.sets[0] === 'heldout' ? results : results.filter((r) => r.set !== 'heldout');
  return { options: opts, dispatches: results.length, warnings, scopes, targets, misses: worstFirst(listed.flatMap((r) => r.misses)) };
}

/**
 * Worst first, and every kind early: groups of one kind by size (then by how much their
 * dispatch misses of that kind), kinds taken in turn, so the first lines touch every target.
 */
function worstFirst(misses: Miss[]): Miss[] {
  const perFileKind = new Map<string, number>();
  const fk = (m: Miss) => `${m.file}|${m.kind}`;
  for (const m of misses) perFileKind.set(fk(m), (perFileKind.get(fk(m)) ?? 0) + m.items.length);
  const byKind = KIND_ORDER.map((kind) =>
    misses
      .filter((m) => m.kind === kind)
      .sort((a, b) => b.items.length - a.items.length || perFileKind.get(fk(b))! - perFileKind.get(fk(a))! || a.file.localeCompare(b.file)),
  );
  const out: Miss[] = [];
  for (let i = 0; out.length < misses.length; i++) for (const list of byKind) if (list[i]) out.push(list[i]);
  return out;

}

// ---------------------------------------------------------------- printing

function snippet(s: string, max = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** Columns padded to their widest cell; groups separated by a bar, numbers right-aligned. */
function printTable(scopes: ScopeReport[]): void {
  const block = (p: Prf) => [num(p.precision), num(p.recall), num(p.f1), `${p.tp}/${p.fp}/${p.fn}`];
  const groups: Array<{ title: string; heads: string[]; cells: (s: ScopeReport) => string[] }> = [
    { title: '', heads: ['set', 'lang', 'docs'], cells: (s) => [s.set, s.lang, String(s.docs)] },
    { title: 'meeting pairs', heads: ['P', 'R', 'F1', 'tp/fp/fn'], cells: (s) => block(s.meetingPairs) },
    { title: 'call pairs', heads: ['P', 'R', 'F1', 'tp/fp/fn'], cells: (s) => block(s.callPairs) },
    { title: 'topics', heads: ['P', 'R', 'F1', 'tp/fp/fn'], cells: (s) => block(s.topics) },
    {
      title: 'positions',
      heads: ['P', 'R', 'F1', 'tp/fp/fn', 'spkP', 'quote'],
      cells: (s) => [...block(s.positions), num(s.positions.speakerPrecision), num(s.positions.quoteAccuracy)],
    },
  ];
  const rows = scopes.map((s) => groups.map((g) => g.cells(s)));
  const widths = groups.map((g, gi) => g.heads.map((h, ci) => Math.max(h.length, ...rows.map((r) => r[gi][ci].length))));
  const line = (cells: string[][], left: boolean) =>
    cells.map((g, gi) => g.map((c, ci) => (left || gi === 0 ? c.padEnd(widths[gi][ci]) : c.padStart(widths[gi][ci]))).join(' ')).join(' │ ');
  const groupWidth = (gi: number) => widths[gi].reduce((a, b) => a + b, 0) + widths[gi].length - 1;
  console.log(groups.map((g, gi) => g.title.padEnd(groupWidth(gi))).join(' │ ').trimEnd());
  console.log(line(groups.map((g) => g.heads), false));
  let previousSet = scopes[0]?.set;
  for (const [i, s] of scopes.entries()) {
    if (s.set !== previousSet) console.log(groups.map((_, gi) => '─'.repeat(groupWidth(gi))).join('─┼─'));
    previousSet = s.set;
    console.log(line(rows[i], false));
  }
}

function printReport(r: Report): void {
  const files = new Set(r.misses.map((m) => m.file));
  console.log(`Extractor evaluation on ${r.options.root}: ${r.dispatches} dispatches scored, ${r.warnings.length} warnings`);
  for (const w of r.warnings) console.log(`  warning: ${w}`);
  console.log('');
  // A language with no dispatch yet says nothing: keep its set's overall row only.
  printTable(r.scopes.filter((s) => s.docs > 0 || s.lang === 'all' || r.options.langs.length === 1));
  const shown = r.misses.slice(0, r.options.misses);
  const items = r.misses.reduce((n, m) => n + m.items.length, 0);
  console.log(`\nWorst misses${r.options.sets.includes('heldout') && r.options.sets.length > 1 ? ' of the development part (held-out misses only with --set heldout)' : ''} (${shown.length} of ${r.misses.length} groups; ${items} items in ${files.size} dispatches):`);
  const fileWidth = Math.max(0, ...shown.map((m) => m.file.length));
  for (const m of shown) {
    const count = m.items.length > 1 ? `(${m.items.length}) ` : '';
    const list = m.items.length > 4 ? [...m.items.slice(0, 4), `… ${m.items.length - 4} more`] : m.items;
    console.log(`  ${m.type.padEnd(5)} ${m.kind.padEnd(8)} ${m.file.padEnd(fileWidth)}  ${count}${list.join('; ')}${m.note ? `  — ${m.note}` : ''}`);
  }
  console.log('\nTargets:');
  for (const t of r.targets) {
    const verdict = t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL';
    const value = t.value === null ? 'no items' : t.value.toFixed(3);
    console.log(`  ${verdict}  ${t.name.padEnd(28)} ${`${t.set}/${t.lang}`.padEnd(11)} ${value.padStart(8)}  (>= ${t.min.toFixed(2)})`);
  }
}

// ---------------------------------------------------------------- main

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  // Warnings are part of the report (printed with it, or in the JSON), never a reason to stop.
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const lex = defaultLexicon();
  const report = buildReport(opts, evaluate(opts, lex, warn), warnings);
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

main();
