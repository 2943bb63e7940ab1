import type { CommandOptions } from './types.js';

/**
 * What was asked, written in an answer's footer ("/meetings person: Poutine · place: Moscou",
 * "? Qui a rencontré Poutine ?") and read back when a page button is pressed, so pages still
 * turn after a restart without keeping state.
 */
const SEP = ' · ';
const MAX_VALUE = 80;

export function footerFor(command: string, options: CommandOptions): string {
  if (command === 'ask') return `? ${clean(options.question ?? '', 250)}`;
  const parts = Object.entries(options)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${clean(v, MAX_VALUE)}`);
  return [`/${command}`, ...parts].join(SEP);
}

export function parseFooter(text: string): { command: string; options: CommandOptions } | null {
  const body = text.replace(/ · \d+\/\d+$/, '');
  if (body.startsWith('? ')) return { command: 'ask', options: { question: body.slice(2) } };
  const m = /^\/([\w-]+)(.*)$/.exec(body);
  if (!m) return null;
  const options: CommandOptions = {};
  for (const part of m[2].split(SEP).filter(Boolean)) {
    const i = part.indexOf(': ');
    if (i > 0) options[part.slice(0, i)] = part.slice(i + 2);
  }
  return { command: m[1], options };
}

function clean(v: string, max: number): string {
  return v.replace(/\s*·\s*/g, ' - ').replace(/\s+/g, ' ').trim().slice(0, max);
}
