import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { Dispatch, Lang } from '../types.js';
import { detectLanguage } from '../text/language.js';
import { parseDateline } from './dateline.js';
import { dateFromText } from '../text/dates.js';
import { oneSpace } from '../text/fold.js';

/** What a file yields: its dispatches, or the reason it yields none. */
export type ParsedFile = { ok: true; dispatches: Dispatch[] } | { ok: false; reason: string };

export interface DispatchFields {
  title?: unknown;
  date?: unknown;
  source?: unknown;
  url?: unknown;
  lang?: unknown;
  text?: unknown;
}

export const DISPATCH_EXTENSIONS = ['.txt', '.md', '.json'] as const;

/** Parses one decoded file by its extension. Pure: the caller reads the bytes. */
export function parseDispatchFile(file: string, content: string): ParsedFile {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  try {
    if (ext === '.txt') return { ok: true, dispatches: [buildDispatch(file, 0, { text: content })] };
    if (ext === '.md') return parseMarkdown(file, content);
    if (ext === '.json') return parseJson(file, content);
    return { ok: false, reason: `unsupported extension "${ext}" (expected .txt, .md or .json)` };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

function parseMarkdown(file: string, content: string): ParsedFile {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(content);
  if (!m) {
    if (content.startsWith('---')) return { ok: false, reason: 'front matter is not closed by a "---" line' };
    return { ok: true, dispatches: [buildDispatch(file, 0, { text: content })] };
  }
  let meta: unknown;
  try {
    meta = parseYaml(m[1]);
  } catch (err) {
    return { ok: false, reason: `front matter is not valid YAML: ${firstLine((err as Error).message)}` };
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    return { ok: false, reason: 'front matter must be a mapping of fields (title, date, source, url, lang)' };
  }
  const fields = (meta ?? {}) as DispatchFields;
  return { ok: true, dispatches: [buildDispatch(file, 0, { ...fields, text: content.slice(m[0].length) })] };
}

function parseJson(file: string, content: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { ok: false, reason: `not valid JSON: ${firstLine((err as Error).message)}` };
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return { ok: false, reason: 'JSON array is empty' };
  const dispatches: Dispatch[] = [];
  for (const [i, item] of items.entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return { ok: false, reason: `item ${i} is not an object with a "text" field` };
    }
    dispatches.push(buildDispatch(file, i, item as DispatchFields));
  }
  return { ok: true, dispatches };
}

/** Validates the fields and derives id, language, dateline. Throws with a message naming the field. */
export function buildDispatch(file: string, indexInFile: number, fields: DispatchFields): Dispatch {
  const where = indexInFile > 0 ? ` (item ${indexInFile})` : '';
  if (typeof fields.text !== 'string') throw new Error(`missing "text" field${where}`);
  const text = fields.text;
  if (text.trim().length === 0) throw new Error(`dispatch text is empty${where}`);
  const optional = (name: keyof DispatchFields): string | null => {
    const v = fields[name];
    if (v === undefined || v === null || v === '') return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`field "${name}" must be text${where}`);
    return String(v).trim();
  };
  const date = optional('date');
  if (date !== null && !isIsoDate(date)) throw new Error(`field "date" must be YYYY-MM-DD, got "${date}"${where}`);
  const langField = optional('lang');
  let lang: Lang;
  let langDetected = false;
  if (langField) {
    const l = langField.toLowerCase().slice(0, 2);
    if (l !== 'fr' && l !== 'en' && l !== 'ar') throw new Error(`field "lang" must be fr, en or ar, got "${langField}"${where}`);
    lang = l;
  } else {
    lang = detectLanguage(text.slice(0, 4000));
    langDetected = true;
  }
  const dateline = parseDateline(text);
  const bodyStart = dateline?.end ?? text.search(/\S/);
  return {
    id: dispatchId(text),
    file,
    indexInFile,
    title: optional('title') ?? titleFromLead(text.slice(bodyStart)),
    date: date ?? (dateline?.dateText ? dateFromText(dateline.dateText, null) : null),
    source: optional('source') ?? dateline?.source ?? null,
    url: optional('url'),
    lang,
    langDetected,
    datelinePlace: dateline?.place ?? null,
    bodyStart,
    text,
  };
}

/** Content hash over the text with white space folded: re-saving a file does not change its id. */
export function dispatchId(text: string): string {
  const canonical = oneSpace(text.normalize('NFC')).trim();
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

function titleFromLead(body: string): string {
  const lead = body.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  if (lead.length <= 100) return lead;
  const cut = lead.slice(0, 100);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
