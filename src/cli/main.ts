import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { config, ConfigError } from '../config.js';
import { configureLogger, logger } from '../logger.js';
import { decodeText } from '../load/decode.js';
import { parseDispatchFile } from '../load/parse.js';
import { analyseDispatch } from '../analyse/analyse.js';
import { ask } from '../answer/answer.js';
import { openLibrary } from '../service/library.js';
import { answerToJson, extractionToJson } from '../render/json.js';
import { answerToText, reportToText } from '../render/text.js';

/**
 * Command line over the same code the bot uses:
 *   extract [--json] FILE...            what the analysis finds in each file
 *   ask [--json] [--dir DIR] QUESTION   answer a question over a dispatch folder
 *   ask [--json] [--dir DIR] --batch F  answer each line of F
 *   index [--dir DIR]                   rebuild and save the index, report what was loaded
 */
const USAGE = `Usage:
  npm run cli -- extract [--json] FILE...
  npm run cli -- ask [--json] [--dir DIR] "QUESTION"
  npm run cli -- ask [--json] [--dir DIR] --batch FILE
  npm run cli -- index [--dir DIR]`;

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Asked for, the usage is an answer, not an error.
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, dir: { type: 'string' }, batch: { type: 'string' } },
  });
  const cfg = config();
  configureLogger(cfg.logLevel, cfg.logFormat);
  const dir = values.dir ?? cfg.dispatchDir;
  const out = (s: string) => process.stdout.write(`${s}\n`);
  switch (command) {
    case 'extract': {
      if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
      const results: unknown[] = [];
      let failed = 0;
      for (const file of positionals) {
        const parsed = await readDispatchFile(file);
        if (!parsed.ok) {
          failed++;
          logger.error(`cannot extract ${file}: ${parsed.reason}`, { file });
          if (values.json) results.push({ file, error: parsed.reason });
          continue;
        }
        for (const d of parsed.dispatches) {
          const r = extractionToJson({ ...d, file }, analyseDispatch(d));
          results.push(r);
          if (!values.json) out(extractionText(r));
        }
      }
      if (values.json) out(JSON.stringify(results, null, 2));
      return failed === positionals.length ? 1 : 0;
    }
    case 'ask': {
      const questions = values.batch ? await batchQuestions(values.batch) : [positionals.join(' ')];
      if (!values.batch && !questions[0].trim()) throw new UsageError('ask needs a QUESTION (or --batch FILE)');
      const { corpus, report } = await openLibrary({ dispatchDir: dir, dataDir: cfg.dataDir, limits: cfg, workers: cfg.analysisWorkers ?? undefined });
      logger.info(reportToText(report).split('\n')[0], { dir });
      for (const s of report.skipped) logger.warn(`skipped ${s.file}: ${s.reason}`);
      const answers = questions.map((q) => ask(q, corpus));
      if (values.json) out(JSON.stringify(values.batch ? answers.map(answerToJson) : answerToJson(answers[0]), null, 2));
      else out(answers.map((a, i) => (values.batch ? `? ${questions[i]}\n` : '') + answerToText(a)).join('\n\n'));
      return 0;
    }
    case 'index': {
      const { report } = await openLibrary({ dispatchDir: dir, dataDir: cfg.dataDir, limits: cfg, workers: cfg.analysisWorkers ?? undefined, force: true });
      if (values.json) out(JSON.stringify(report, null, 2));
      else out(reportToText(report));
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

class UsageError extends Error {}

async function readDispatchFile(file: string) {
  try {
    const decoded = decodeText(await readFile(file));
    if (!decoded.ok) return decoded;
    return parseDispatchFile(basename(file), decoded.text);
  } catch (err) {
    return { ok: false as const, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
}

async function batchQuestions(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

function extractionText(r: ReturnType<typeof extractionToJson>): string {
  const lines = [`${r.file} (${r.lang}, ${r.id}) ${r.title}`];
  for (const m of r.meetings) lines.push(`  ${m.kind}: ${m.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')}${m.place ? ` @ ${m.place}` : ''}${m.date ? ` ${m.date}` : ''}`);
  for (const p of r.positions) lines.push(`  position: ${p.speaker.name}${p.quote ? ` « ${p.quote} »` : ''} — ${p.passage.slice(0, 100)}`);
  lines.push(`  topics: ${r.topics.map((t) => t.label).join(', ') || '(none)'}`);
  return lines.join('\n');
}

const isMain = process.argv[1] && /cli[\\/]main\.[tj]s$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err) => {
      if (err instanceof UsageError || err instanceof ConfigError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
        process.exit(2);
      }
      logger.error((err as Error).message, { stack: (err as Error).stack });
      process.exit(1);
    });
}
