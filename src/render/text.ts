import type { Answer } from '../types.js';
import type { LoadReport } from '../service/library.js';

/** Renders for a terminal. The answer's own text is already what a user reads. */
export function answerToText(answer: Answer): string {
  return answer.text;
}

export function reportToText(r: LoadReport): string {
  const lines = [
    `${r.dispatches} dispatch(es), ${r.passages} passages, ${r.meetings} meetings/calls, ${r.positions} positions` +
      ` — ${r.fromSnapshot ? 'loaded from snapshot' : `analysed and indexed${r.snapshotNote ? ` (${r.snapshotNote})` : ''}`} in ${r.millis} ms`,
  ];
  for (const f of r.added) lines.push(`  added    ${f}`);
  for (const f of r.changed) lines.push(`  changed  ${f}`);
  for (const f of r.removed) lines.push(`  removed  ${f}`);
  for (const s of r.skipped) lines.push(`  skipped  ${s.file}: ${s.reason}`);
  return lines.join('\n');
}
