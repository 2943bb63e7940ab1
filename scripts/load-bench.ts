/**
 * Load benchmark of the Discord bot: bursts of /ask interactions sent through the fake Discord's
 * gateway (tests/fake-discord) to the bot's real entry (startBot, the real discord.js client), and
 * per interaction the time from dispatch to the acknowledgement (the interaction callback reaching
 * the fake) and to the final answer (the callback, or the edit of a deferred reply, stored by the
 * fake). It prints figures; it asserts nothing and exits 0 whatever they are (2 for a wrong argument).
 *
 *   npm run bench:load -- [--quick] [--interactions N] [--duration S] [--users N] [--dispatches N]
 *                         [--dir DIR] [--reindex [--reindex-new N] | --reindex-full] [--production-limits] [--latency MS] [--seed N]
 *                         [--json] [--verbose] [--dump FILE]
 *
 * The bot runs in its own process (this file with --role bot, node --expose-gc --import tsx), as in
 * production, with production REST settings and LOG_LEVEL info: its memory, CPU and event-loop delay
 * are its own, not the fake's. The fake and the load generator run in this process; both processes
 * share the machine's cores, so figures on a small machine include that contention. To profile the
 * bot under load: LOAD_BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:load.
 *
 * Corpus: the dispatch files of tests/devset (not its gold annotations or README), copied to a
 * temporary folder; --dispatches N writes N dispatches there instead, cycling through the source
 * files, every copy after the first with its date moved back a week per round and a reference line
 * appended (so it gets its own id). The bot analyses them at its start, on worker threads (about
 * 5 ms of CPU a dispatch measured on 2 cores: 100,000 take several minutes before the burst).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpus, tmpdir, totalmem } from 'node:os';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { mulberry32 } from './bench-corpus.js';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SCRIPT), '..');
const TOKEN = 'load-bench.fake-token.not-a-secret';
const ADMIN = '123456789012345678';
/** Discord's acknowledgement deadline: acks later than this are counted as late. */
const ACK_DEADLINE_MS = 3_000;

// ---------------------------------------------------------------- options

interface Options {
  interactions: number;
  durationS: number;
  users: number;
  dispatches: number | null;
  dir: string;
  reindex: boolean;
  /** /reindex full instead of the default reindex of changed files. */
  reindexFull: boolean;
  /** New dispatch files written before the default /reindex, for it to find. */
  reindexNew: number;
  /** Keep the bot's own question limits (RATE_LIMIT_USER, RATE_LIMIT_GUILD) instead of lifting them. */
  productionLimits: boolean;
  latencyMs: number;
  seed: number;
  quick: boolean;
  json: boolean;
  verbose: boolean;
  /** Writes one JSON line per interaction (question, ack, answer, title) to this file. */
  dump: string | null;
}

const USAGE =
  'usage: load-bench.ts [--quick] [--interactions N] [--duration S] [--users N] [--dispatches N] [--dir DIR] [--reindex [--reindex-new N] | --reindex-full] [--production-limits] [--latency MS] [--seed N] [--json] [--verbose] [--dump FILE]';

class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      interactions: { type: 'string' },
      duration: { type: 'string' },
      users: { type: 'string', default: '200' },
      dispatches: { type: 'string' },
      dir: { type: 'string', default: join(ROOT, 'tests', 'devset') },
      reindex: { type: 'boolean', default: false },
      'reindex-full': { type: 'boolean', default: false },
      'reindex-new': { type: 'string' },
      'production-limits': { type: 'boolean', default: false },
      latency: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      dump: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (v: string | undefined, name: string, min: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v.replace(/[_,]/g, ''));
    if (!Number.isFinite(n) || n < min) throw new UsageError(`${name} must be a number >= ${min}, got "${v}"`);
    return n;
  };
  const quick = values.quick ?? false;
  const interactions = Math.round(num(values.interactions, '--interactions', 1) ?? (quick ? 200 : 1_000));
  // --quick keeps the default rate (100 a second) over a shorter burst.
  const durationS = num(values.duration, '--duration', 0.1) ?? (quick ? 2 : 10);
  return {
    interactions,
    durationS,
    users: Math.round(num(values.users, '--users', 1)!),
    dispatches: values.dispatches === undefined ? null : Math.round(num(values.dispatches, '--dispatches', 1)!),
    dir: values.dir!,
    reindex: values.reindex ?? false,
    reindexFull: values['reindex-full'] ?? false,
    reindexNew: values['reindex-new'] === undefined ? 1000 : Math.round(num(values['reindex-new'], '--reindex-new', 0)!),
    productionLimits: values['production-limits'] ?? false,
    latencyMs: num(values.latency, '--latency', 0)!,
    seed: Math.round(num(values.seed, '--seed', 0)!),
    quick,
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    dump: values.dump ?? null,
  };
}

// ---------------------------------------------------------------- messages between the two processes

interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

interface Person {
  key: string;
  mentions: number;
  fr: string;
  en: string;
}

interface BurstFigures {
  cpuPercentOfOneCore: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  peak: Memory;
}

type BotMessage =
  | { type: 'ready'; startMs: number; corpus: { dispatches: number; passages: number; meetings: number; positions: number; fromSnapshot: boolean; loadMs: number; skipped: number }; people: Person[] }
  | { type: 'memory'; memory: Memory; gc: boolean }
  | { type: 'burst'; figures: BurstFigures }
  | { type: 'stopped'; stopMs: number }
  | { type: 'failed'; message: string };

type ParentMessage = { type: 'memory' } | { type: 'burst-start' } | { type: 'burst-end' } | { type: 'stop' };

// ---------------------------------------------------------------- the bot process

function memoryNow(): Memory {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
}

async function botRole(): Promise<void> {
  const send = (m: BotMessage) => process.send?.(m);
  try {
    const { Events } = await import('discord.js');
    const { readConfig } = await import('../src/config.js');
    const logging = await import('../src/logger.js');
    const { startBot } = await import('../src/bot/start.js');
    const { deployCommands } = await import('../src/bot/deploy.js');

    const config = readConfig(JSON.parse(process.env.LOAD_BENCH_ENV ?? '{}') as NodeJS.ProcessEnv);
    // As src/main.ts does.
    logging.configureLogger(config.logLevel, config.logFormat);
    logging.registerSecret(config.discordToken);
    await deployCommands(config, logging.logger);
    const started = performance.now();
    const bot = await startBot(config, { noSignals: true });
    if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
    const startMs = performance.now() - started;

    const corpus = bot.context.library.corpus;
    const report = bot.context.library.lastReport;
    send({
      type: 'ready',
      startMs,
      corpus: { dispatches: report.dispatches, passages: report.passages, meetings: report.meetings, positions: report.positions, fromSnapshot: report.fromSnapshot, loadMs: report.millis, skipped: report.skipped.length },
      people: peopleOf(corpus),
    });

    const gc = (globalThis as { gc?: () => void }).gc;
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    let cpuAtStart = process.cpuUsage();
    let wallAtStart = performance.now();
    let peak = memoryNow();
    let sampler: NodeJS.Timeout | null = null;

    process.on('message', (raw) => {
      const m = raw as ParentMessage;
      void (async () => {
        switch (m.type) {
          case 'memory':
            if (gc) {
              gc();
              gc();
            }
            send({ type: 'memory', memory: memoryNow(), gc: Boolean(gc) });
            return;
          case 'burst-start':
            histogram.reset();
            histogram.enable();
            cpuAtStart = process.cpuUsage();
            wallAtStart = performance.now();
            peak = memoryNow();
            sampler = setInterval(() => {
              const now = memoryNow();
              peak = { rss: Math.max(peak.rss, now.rss), heapUsed: Math.max(peak.heapUsed, now.heapUsed), heapTotal: Math.max(peak.heapTotal, now.heapTotal), external: Math.max(peak.external, now.external) };
            }, 100);
            return;
          case 'burst-end': {
            histogram.disable();
            if (sampler) clearInterval(sampler);
            const cpu = process.cpuUsage(cpuAtStart);
            const wall = performance.now() - wallAtStart;
            const ms = (ns: number) => Math.round(ns / 1e4) / 100;
            send({
              type: 'burst',
              figures: {
                cpuPercentOfOneCore: Math.round(((cpu.user + cpu.system) / 1_000 / wall) * 100),
                eventLoopDelayMs: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
                peak,
              },
            });
            return;
          }
          case 'stop': {
            const t = performance.now();
            await bot.stop();
            send({ type: 'stopped', stopMs: performance.now() - t });
            process.disconnect();
            return;
          }
        }
      })().catch((err: unknown) => send({ type: 'failed', message: (err as Error).stack ?? String(err) }));
    });
  } catch (err) {
    send({ type: 'failed', message: (err as Error).stack ?? String(err) });
    process.disconnect?.();
    process.exitCode = 1;
  }
}

/** The people of the corpus (meeting participants and speakers), most mentioned first, with a French and an English spelling. */
function peopleOf(corpus: import('../src/search/corpus.js').Corpus): Person[] {
  const byKey = new Map<string, { mentions: number; names: Record<string, Map<string, number>> }>();
  const add = (p: { key: string; name: string }, dispatchId: string) => {
    // Names as written: keep those that look like a name (two words, capitalised), not "le ministre".
    if (!/^\p{Lu}/u.test(p.name) || p.name.split(/\s+/).length < 2 || p.name.length > 40) return;
    const lang = corpus.dispatches.get(dispatchId)?.lang ?? 'en';
    const entry = byKey.get(p.key) ?? { mentions: 0, names: {} };
    entry.mentions += 1;
    const names = (entry.names[lang] ??= new Map());
    names.set(p.name, (names.get(p.name) ?? 0) + 1);
    byKey.set(p.key, entry);
  };
  for (const m of corpus.meetings) for (const p of m.participants) add(p, m.passage.dispatchId);
  for (const p of corpus.positions) add(p.speaker, p.passage.dispatchId);
  const commonest = (names: Map<string, number> | undefined) => (names ? [...names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined);
  return [...byKey.entries()]
    .map(([key, e]) => {
      const fr = commonest(e.names.fr);
      const en = commonest(e.names.en);
      const any = fr ?? en ?? commonest(e.names.ar) ?? key;
      return { key, mentions: e.mentions, fr: fr ?? any, en: en ?? any };
    })
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 40);
}

// ---------------------------------------------------------------- corpus preparation

const DISPATCH_EXT = new Set(['.txt', '.md', '.json']);

async function dispatchFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((err: Error) => {
    throw new UsageError(`cannot read the dispatch folder: ${err.message}`);
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const name = entry.name;
    // The development set's annotations and documentation are not dispatches.
    if (name.endsWith('.gold.json') || name.toLowerCase() === 'readme.md' || !DISPATCH_EXT.has(extname(name).toLowerCase())) continue;
    out.push(join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, name));
  }
  return out.sort();
}

interface Source {
  rel: string;
  meta: Record<string, unknown>;
  body: string;
}

async function readSources(dir: string, files: string[]): Promise<Source[]> {
  const { parse } = await import('yaml');
  const sources: Source[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    const rel = relative(dir, file);
    const langFromPath = /(?:^|\/)(fr|en|ar)(?:\/|$)/.exec(rel)?.[1];
    const withLang = (meta: Record<string, unknown>) => (meta.lang || !langFromPath ? meta : { ...meta, lang: langFromPath });
    if (file.endsWith('.json')) {
      const data = JSON.parse(content) as unknown;
      for (const [i, item] of (Array.isArray(data) ? data : [data]).entries()) {
        const { text, ...meta } = item as Record<string, unknown>;
        if (typeof text === 'string') sources.push({ rel: `${rel}#${i}`, meta: withLang(meta), body: text });
      }
      continue;
    }
    const fm = file.endsWith('.md') ? /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(content) : null;
    const meta = fm ? ((parse(fm[1]) as Record<string, unknown> | null) ?? {}) : {};
    sources.push({ rel, meta: withLang(meta), body: fm ? content.slice(fm[0].length) : content });
  }
  return sources;
}

function shiftDate(date: unknown, days: number): string {
  const base = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '2025-06-01';
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes `count` more dispatches into the corpus folder, made like the others from the last
 * files written (each with its own reference line, so its own id), in a folder of their own.
 */
async function addDispatches(corpusDir: string, count: number): Promise<number> {
  const folder = join(corpusDir, 'new');
  await mkdir(folder, { recursive: true });
  const names = (await dispatchFiles(corpusDir)).filter((f) => !f.startsWith(folder)).slice(-count);
  let i = 0;
  for (const file of names) {
    const text = await readFile(file, 'utf8');
    await writeFile(join(folder, `new-${String(i).padStart(5, '0')}-${basename(file)}`), `${text.trimEnd()}\n\nNEW-${i}\n`);
    i++;
  }
  return i;
}

/** Copies the dispatch files of `source` into `target`, or writes `count` dispatches made from them. */
async function prepareCorpus(source: string, target: string, count: number | null): Promise<{ files: number; sourceFiles: number }> {
  const files = await dispatchFiles(source);
  if (files.length === 0) throw new UsageError(`no dispatch files (.txt, .md, .json) under ${source}`);
  if (count === null) {
    for (const file of files) {
      const to = join(target, relative(source, file));
      await mkdir(dirname(to), { recursive: true });
      await cp(file, to);
    }
    return { files: files.length, sourceFiles: files.length };
  }
  const { stringify } = await import('yaml');
  const sources = await readSources(source, files);
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const round = Math.floor(i / sources.length);
    const meta: Record<string, unknown> = { ...src.meta };
    let body = src.body;
    if (round > 0) {
      meta.date = shiftDate(meta.date, round * 7);
      if (typeof meta.title === 'string') meta.title = `${meta.title} (${round + 1})`;
      const ref = String(i).padStart(6, '0');
      body = `${body.trimEnd()}\n\n${meta.lang === 'fr' ? `Réf. : DEP-${ref}.` : `Ref.: DISP-${ref}.`}\n`;
    }
    const folder = join(target, String(Math.floor(i / 1_000)).padStart(3, '0'));
    if (i % 1_000 === 0) await mkdir(folder, { recursive: true });
    const name = `${String(i).padStart(6, '0')}-${basename(src.rel).replace(/#.*$/, '').replace(/\.(txt|md|json)$/, '')}.md`;
    const front = Object.keys(meta).length ? `---\n${stringify(meta).trimEnd()}\n---\n` : '';
    await writeFile(join(folder, name), `${front}${body}`);
  }
  return { files: count, sourceFiles: files.length };
}

// ---------------------------------------------------------------- questions

/** A seeded PRNG (the benchmark corpus's own), so a seed always asks the same questions in the same order. */
const rng = mulberry32;

const TEMPLATES = {
  fr: ['Qui a rencontré {n} ?', 'Qu’a déclaré {n} ?', 'Quels sujets ont été abordés avec {n} ?', 'Avec qui {n} s’est-il entretenu ?'],
  en: ['Who did {n} meet?', 'What did {n} say?', 'Which topics were discussed with {n}?', 'Who met {n}?'],
} as const;

interface Question {
  text: string;
  lang: 'fr' | 'en';
}

function questions(people: Person[], count: number, seed: number): Question[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const pool = people.length ? people : [{ key: 'vladimir-putin', mentions: 1, fr: 'Vladimir Poutine', en: 'Vladimir Putin' }];
  return Array.from({ length: count }, () => {
    const lang = random() < 0.5 ? 'fr' : 'en';
    // Popular people more often: the square of a uniform number favours the head of the list.
    const person = pool[Math.floor(random() ** 2 * pool.length)];
    return { text: pick(TEMPLATES[lang]).replace('{n}', person[lang]), lang };
  });
}

// ---------------------------------------------------------------- figures

interface Latency {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

function latency(values: number[]): Latency {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN);
  return { n: s.length, p50: at(50), p90: at(90), p99: at(99), max: s.length ? s[s.length - 1] : NaN };
}

interface Report {
  node: string;
  cpus: number;
  totalMemoryMb: number;
  options: Omit<Options, 'json' | 'verbose' | 'dump'>;
  corpus: { source: string; files: number; dispatches: number; passages: number; meetings: number; positions: number; skipped: number; loadMs: number; fromSnapshot: boolean; prepareMs: number };
  botStartMs: number;
  dispatched: { count: number; seconds: number; perSecond: number; maxScheduleLagMs: number };
  acknowledged: { count: number; withinDeadline: number; late: number; never: number };
  ackMs: Latency;
  answerMs: Latency;
  answers: { withResults: number; nothingFound: number; rateLimited: number; errorNotices: number };
  errors: { callbackStatuses: Record<string, number>; botErrorLines: number; botWarnLines: number; lastErrorLines: string[] };
  reindex: null | { ackMs: number | null; answerMs: number | null; title: string | null; asksDuring: number; ackMsDuring: Latency; answerMsDuring: Latency };
  bot: BurstFigures & { memoryBefore: Memory; memoryAfter: Memory; gc: boolean; stopMs: number };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function summary(r: Report): string {
  const ms = (l: Latency) => `p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  (n ${l.n})`;
  const mem = (m: Memory) => `rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}`;
  const o = r.options;
  const statuses = Object.entries(r.errors.callbackStatuses).map(([s, n]) => `${s}×${n}`).join(' ') || 'none';
  const lines = [
    `load bench: ${o.interactions} /ask over ${o.durationS} s from ${o.users} users (French and English), ${o.latencyMs ? `fake latency ${o.latencyMs} ms, ` : ''}${o.reindexFull ? 'with a /reindex full, ' : o.reindex ? 'with a /reindex, ' : ''}node ${r.node}, ${r.cpus} CPUs, ${Math.round(r.totalMemoryMb / 1024)} GB`,
    `  corpus        ${r.corpus.dispatches} dispatches (${r.corpus.files} files from ${r.corpus.source}), ${r.corpus.passages} passages, ${r.corpus.meetings} meetings, ${r.corpus.positions} positions; ${r.corpus.skipped} skipped`,
    `  bot start     ${Math.round(r.botStartMs)} ms to ready (library ${r.corpus.loadMs} ms, ${r.corpus.fromSnapshot ? 'from snapshot' : 'analysed'}); corpus written in ${r.corpus.prepareMs} ms`,
    `  dispatched    ${r.dispatched.count} in ${r.dispatched.seconds} s (${r.dispatched.perSecond}/s), schedule lag max ${r.dispatched.maxScheduleLagMs} ms`,
    `  acknowledged  ${r.acknowledged.count}/${r.dispatched.count}: within 3 s ${r.acknowledged.withinDeadline}, late ${r.acknowledged.late}, never ${r.acknowledged.never}`,
    `  ack ms        ${ms(r.ackMs)}`,
    `  answer ms     ${ms(r.answerMs)}   (/ask replies directly: the answer is the acknowledgement)`,
    `  answers       with results ${r.answers.withResults}, nothing found ${r.answers.nothingFound}, "slow down" ${r.answers.rateLimited}, error notices ${r.answers.errorNotices}${o.productionLimits ? ' (production question limits)' : ' (question limits lifted)'}`,
    `  errors        failed callbacks ${statuses}; bot log: ${r.errors.botErrorLines} error, ${r.errors.botWarnLines} warn lines`,
    ...r.errors.lastErrorLines.map((l) => `                  ${l.slice(0, 160)}`),
  ];
  if (r.reindex) {
    const x = r.reindex;
    lines.push(
      `  /reindex      deferred after ${x.ackMs ?? '—'} ms, report after ${x.answerMs ?? '—'} ms (${x.title ?? 'no report'})`,
      `                ${x.asksDuring} /ask dispatched meanwhile: ack ${ms(x.ackMsDuring)}`,
    );
  }
  const b = r.bot;
  lines.push(
    `  bot process   CPU ${b.cpuPercentOfOneCore}% of one core during the burst; event-loop delay p50 ${b.eventLoopDelayMs.p50} p99 ${b.eventLoopDelayMs.p99} max ${b.eventLoopDelayMs.max} ms`,
    `  bot memory MB before ${mem(b.memoryBefore)} → peak ${mem(b.peak)} → after ${mem(b.memoryAfter)}${b.gc ? ' (before/after after gc)' : ' (no gc: run with node --expose-gc)'}`,
    `  stop          ${Math.round(b.stopMs)} ms`,
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------- the driver

/** Starts the bot process and gives a way to ask it things. */
function startBotProcess(env: Record<string, string>, verbose: boolean, errorLines: string[], counts: { error: number; warn: number }) {
  const child: ChildProcess = fork(SCRIPT, ['--role', 'bot'], {
    cwd: ROOT,
    // LOAD_BENCH_BOT_NODE_ARGS adds node options for the bot process only, e.g. "--cpu-prof".
    execArgv: ['--expose-gc', '--import', 'tsx', ...(process.env.LOAD_BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, LOAD_BENCH_ENV: JSON.stringify(env) },
    stdio: ['ignore', verbose ? 'inherit' : 'ignore', 'pipe', 'ipc'],
  });
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const level = /^\S+ (error|warn) /.exec(line)?.[1];
      if (level === 'error') {
        counts.error += 1;
        errorLines.push(line);
        if (errorLines.length > 3) errorLines.shift();
      } else if (level === 'warn') counts.warn += 1;
      if (verbose) process.stderr.write(`[bot] ${line}\n`);
    }
  });
  const waiters: Array<{ type: BotMessage['type']; resolve: (m: BotMessage) => void }> = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    for (const w of waiters.splice(0)) w.resolve({ type: 'failed', message: error.message });
  };
  child.on('message', (raw) => {
    const m = raw as BotMessage;
    if (m.type === 'failed') return fail(new Error(`bot process failed: ${m.message}`));
    const i = waiters.findIndex((w) => w.type === m.type);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(m);
  });
  child.on('exit', (code, signal) => {
    if (waiters.length) fail(new Error(`bot process exited (${code ?? signal}) while waiting for ${waiters.map((w) => w.type).join(', ')}`));
  });
  async function next<T extends BotMessage['type']>(type: T, timeoutMs: number, send?: ParentMessage): Promise<Extract<BotMessage, { type: T }>> {
    if (failure) throw failure;
    const got = new Promise<BotMessage>((resolve) => waiters.push({ type, resolve }));
    if (send) child.send(send);
    const timer = sleep(timeoutMs, 'timeout' as const, { ref: false });
    const m = await Promise.race([got, timer]);
    if (m === 'timeout') {
      const stale = waiters.findIndex((w) => w.type === type);
      if (stale >= 0) waiters.splice(stale, 1);
      throw new Error(`bot process: no "${type}" within ${timeoutMs} ms`);
    }
    if (m.type === 'failed') throw new Error(m.message);
    return m as Extract<BotMessage, { type: T }>;
  }
  const send = (m: ParentMessage) => child.send(m);
  return { child, next, send };
}

async function drive(o: Options): Promise<Report> {
  const { FakeDiscord, chatInputInteraction, makeUser, opt } = await import('../tests/fake-discord/index.js');
  const { PermissionFlagsBits, MessageFlags } = await import('discord.js');
  const progress = (s: string) => {
    if (!o.json || o.verbose) process.stderr.write(`${s}\n`);
  };
  const work = await mkdtemp(join(tmpdir(), 'load-bench-'));
  const corpusDir = join(work, 'dispatches');
  const dataDir = join(work, 'data');
  await mkdir(corpusDir);
  await mkdir(dataDir);
  const fake = await new FakeDiscord({ token: TOKEN, interactionAckDeadlineMs: null }).start();
  let bot: ReturnType<typeof startBotProcess> | null = null;
  // Ctrl-C: do not leave the bot process behind.
  const interrupted = () => {
    bot?.child.kill('SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    if (o.dispatches !== null && o.dispatches > 20_000) progress(`note: analysing ${o.dispatches} dispatches takes several minutes (about ${Math.round((o.dispatches * 2.5) / 60_000)} min on 2 cores) before the burst`);
    const prepStarted = performance.now();
    const prepared = await prepareCorpus(o.dir, corpusDir, o.dispatches);
    const prepareMs = Math.round(performance.now() - prepStarted);
    progress(`corpus: ${prepared.files} file(s) in ${corpusDir} (${prepareMs} ms); starting the bot…`);
    if (o.latencyMs > 0) {
      fake.addLatency('POST', '/interactions/:id/:token/callback', o.latencyMs);
      fake.addLatency('PATCH', '/webhooks/:appId/:token/messages/:messageId', o.latencyMs);
    }

    const errorLines: string[] = [];
    const logCounts = { error: 0, warn: 0 };
    bot = startBotProcess(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: fake.world.application.id,
        DISCORD_GUILD_ID: fake.world.guild.id,
        DISCORD_API_BASE: fake.apiUrl,
        ADMIN_USER_IDS: ADMIN,
        DISPATCH_DIR: corpusDir,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'text',
        // The new files of --reindex are for /reindex to find, not for the folder watcher.
        WATCH_DISPATCHES: 'false',
        // The bot limits questions per user and per server (a minute); a burst of 1,000 in one
        // server is far over that, so the limits are lifted unless --production-limits.
        ...(o.productionLimits ? {} : { RATE_LIMIT_USER: '1000000', RATE_LIMIT_GUILD: '1000000' }),
      },
      o.verbose,
      errorLines,
      logCounts,
    );
    const ready = await bot.next('ready', 120_000 + 30 * (o.dispatches ?? 0));
    progress(`bot ready in ${Math.round(ready.startMs)} ms: ${ready.corpus.dispatches} dispatches, ${ready.people.length} people to ask about`);

    const users = Array.from({ length: o.users }, (_, i) => makeUser(`load-user-${i}`));
    const asked = questions(ready.people, o.interactions + 20, o.seed);
    const locale = (q: Question, i: number) => (q.lang === 'fr' ? 'fr' : i % 2 ? 'en-US' : 'en-GB');

    // Warm-up, not measured: the first answers pay for JIT compilation and lazy caches.
    for (let i = 0; i < 20; i++) {
      const q = asked[o.interactions + i];
      const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', q.text)], locale: locale(q, i), user: users[i % users.length] });
      fake.dispatchInteraction(interaction);
      await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, 10_000);
    }
    const before = await bot.next('memory', 30_000, { type: 'memory' });

    // ---- the burst
    interface Sent {
      question?: Question;
      token: string;
      id: string;
      record: { dispatchedAt: number; ackType: number | null };
    }
    const sent: Sent[] = [];
    const spacingMs = (o.durationS * 1_000) / o.interactions;
    let reindexSent: Sent | null = null;
    const reindexAt = o.reindex || o.reindexFull ? Math.floor(o.interactions * 0.3) : -1;
    // New dispatches for /reindex to find (a busy day on several wires): it reads the stamps of
    // every file, reads and analyses these, and updates the index while the questions go on.
    if (o.reindex && !o.reindexFull && o.reindexNew > 0) {
      const written = await addDispatches(corpusDir, o.reindexNew);
      progress(`${written} new dispatch files written for /reindex to find`);
    }
    bot.send({ type: 'burst-start' });
    await sleep(20);
    const t0 = performance.now();
    let maxLag = 0;
    for (let i = 0; i < o.interactions; ) {
      const now = performance.now();
      while (i < o.interactions && t0 + i * spacingMs <= now) {
        maxLag = Math.max(maxLag, now - (t0 + i * spacingMs));
        const q = asked[i];
        const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', q.text)], locale: locale(q, i), user: users[i % users.length] });
        sent.push({ question: q, token: interaction.token, id: interaction.id, record: fake.dispatchInteraction(interaction) });
        if (i === reindexAt) {
          // --reindex-full: a real rebuild (every file re-read and re-analysed, then swapped in), the heaviest a reindex gets.
          const reindex = chatInputInteraction(fake.world, { name: 'reindex', options: o.reindexFull ? [opt.boolean('full', true)] : [], permissions: PermissionFlagsBits.ManageGuild, locale: 'en-US' });
          reindexSent = { token: reindex.token, id: reindex.id, record: fake.dispatchInteraction(reindex) };
        }
        i++;
      }
      if (i < o.interactions) await sleep(Math.max(0, t0 + i * spacingMs - performance.now()));
    }
    const dispatchSeconds = (performance.now() - t0) / 1_000;

    // Wait for every answer (or give up 30 s after the last dispatch).
    const giveUpAt = Date.now() + 30_000;
    const reindexDone = () => {
      if (!reindexSent) return true;
      const token = reindexSent.token;
      return fake.rest.requests.find((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/`)) !== undefined;
    };
    while (Date.now() < giveUpAt && !(sent.every((s) => s.record.ackType !== null) && reindexDone())) await sleep(50);
    const burst = await bot.next('burst', 30_000, { type: 'burst-end' });
    const after = await bot.next('memory', 30_000, { type: 'memory' });
    progress('burst done; stopping the bot…');
    const stopped = await bot.next('stopped', 30_000, { type: 'stop' });

    // ---- figures, from what the fake received
    const callbacks = new Map<string, Array<{ status: number; receivedAt: number; respondedAt: number; body: unknown }>>();
    const edits = new Map<string, { status: number; respondedAt: number; body: unknown }>();
    for (const r of fake.requests) {
      const cb = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
      if (cb && r.method === 'POST') {
        const list = callbacks.get(cb[1]) ?? [];
        list.push(r);
        callbacks.set(cb[1], list);
      }
      const edit = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path);
      if (edit && r.method === 'PATCH' && r.status === 200) edits.set(edit[1], r);
    }
    const statuses: Record<string, number> = {};
    const acks: number[] = [];
    const answers: number[] = [];
    const perSent = new Map<Sent, { ack: number | null; answer: number | null }>();
    let withResults = 0;
    let nothingFound = 0;
    let errorNotices = 0;
    let rateLimited = 0;
    const dump: string[] = [];
    for (const s of sent) {
      const list = callbacks.get(s.token) ?? [];
      for (const r of list) if (r.status < 200 || r.status >= 300) statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
      const first = list[0];
      const ok = list.find((r) => r.status >= 200 && r.status < 300);
      const ack = first ? first.receivedAt - s.record.dispatchedAt : null;
      const answer = ok ? ok.respondedAt - s.record.dispatchedAt : null;
      if (ack !== null) acks.push(ack);
      if (answer !== null) answers.push(answer);
      perSent.set(s, { ack, answer });
      const data = (ok?.body as { data?: { flags?: number; embeds?: Array<{ title?: string }> } } | undefined)?.data;
      const title = data?.embeds?.[0]?.title ?? '';
      dump.push(JSON.stringify({ question: s.question?.text, lang: s.question?.lang, ack, answer, status: ok?.status ?? first?.status ?? null, title }));
      if (!ok) continue;
      const ephemeral = ((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
      if (ephemeral && /^(Error|Erreur)$/.test(title)) errorNotices += 1;
      else if (ephemeral && /^(One moment|Un instant)$/.test(title)) rateLimited += 1;
      else if (/^\d+ /.test(title)) withResults += 1;
      else nothingFound += 1;
    }

    if (o.dump) await writeFile(o.dump, dump.map((l) => `${l}\n`).join(''));
    let reindex: Report['reindex'] = null;
    if (reindexSent) {
      const rs: Sent = reindexSent;
      const defer = callbacks.get(rs.token)?.[0];
      const edit = edits.get(rs.token);
      const from = rs.record.dispatchedAt;
      const to = edit?.respondedAt ?? Date.now();
      const during = sent.filter((s) => s.record.dispatchedAt >= from && s.record.dispatchedAt <= to);
      reindex = {
        ackMs: defer ? defer.receivedAt - from : null,
        answerMs: edit ? edit.respondedAt - from : null,
        title: (edit?.body as { embeds?: Array<{ title?: string; description?: string }> } | undefined)?.embeds?.[0]?.title ?? null,
        asksDuring: during.length,
        ackMsDuring: latency(during.map((s) => perSent.get(s)?.ack).filter((v): v is number => v !== null && v !== undefined)),
        answerMsDuring: latency(during.map((s) => perSent.get(s)?.answer).filter((v): v is number => v !== null && v !== undefined)),
      };
    }

    const { json: _json, verbose: _verbose, dump: _dump, ...options } = o;
    return {
      node: process.version,
      cpus: cpus().length,
      totalMemoryMb: Math.round(totalmem() / 1024 / 1024),
      options,
      corpus: { source: relative(ROOT, o.dir) || o.dir, files: prepared.files, ...ready.corpus, prepareMs },
      botStartMs: ready.startMs,
      dispatched: { count: sent.length, seconds: Math.round(dispatchSeconds * 100) / 100, perSecond: Math.round(sent.length / dispatchSeconds), maxScheduleLagMs: Math.round(maxLag) },
      acknowledged: {
        count: acks.length,
        withinDeadline: acks.filter((a) => a <= ACK_DEADLINE_MS).length,
        late: acks.filter((a) => a > ACK_DEADLINE_MS).length,
        never: sent.length - acks.length,
      },
      ackMs: latency(acks),
      answerMs: latency(answers),
      answers: { withResults, nothingFound, rateLimited, errorNotices },
      errors: { callbackStatuses: statuses, botErrorLines: logCounts.error, botWarnLines: logCounts.warn, lastErrorLines: errorLines },
      reindex,
      bot: { ...burst.figures, memoryBefore: before.memory, memoryAfter: after.memory, gc: after.gc, stopMs: stopped.stopMs },
    };
  } finally {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      const exited = new Promise((resolve) => bot!.child.once('exit', resolve));
      // Give it a moment to finish on its own after "stop", then make sure.
      await Promise.race([exited, sleep(5_000, undefined, { ref: false })]);
      if (bot.child.exitCode === null && bot.child.signalCode === null) {
        bot.child.kill('SIGKILL');
        await exited;
      }
    }
    await fake.stop();
    await rm(work, { recursive: true, force: true });
    process.off('SIGINT', interrupted);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--role' && argv[1] === 'bot') return botRole();
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const report = await drive(options);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${summary(report)}\n`);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
}

await main();
