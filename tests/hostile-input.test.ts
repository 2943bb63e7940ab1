import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../src/service/library.js';
import { ask } from '../src/answer/answer.js';
import { LIMITS, renderAnswerPage, paginate } from '../src/render/discord.js';
import { RateLimiter, QuestionLimits } from '../src/bot/rate-limit.js';
import { SEED_FILE, tempDir } from './helpers.js';

/** A dispatch written to break layouts: Markdown, mentions, a very long sentence. */
const HOSTILE_DISPATCH = `Damas, (SANA) – Le ministre des Affaires étrangères, Assaad Hassan al-Chaibani, a reçu mardi à Damas l’envoyé spécial de l’ONU, Geir Pedersen, **gras** _souligné_ \`code\` @everyone <@&456> <@123456789012345678> ~~barré~~ ||spoiler||.
Al-Chaibani a souligné « ${'la souveraineté de la Syrie '.repeat(120)}».`;

const dispatchDir = await tempDir('hostile', SEED_FILE);
await writeFile(join(dispatchDir, 'hostile.txt'), HOSTILE_DISPATCH);
const { corpus } = await openLibrary({ dispatchDir, dataDir: await tempDir('hostile-data') });

const QUESTIONS = [
  '',
  'a',
  'x'.repeat(6000),
  `Qui a rencontré ${'Poutine '.repeat(700)}?`,
  '?!.,;:…«»“”',
  '+-*~^"():AND OR NOT',
  '.*(a+)+$[\\d]{2,}|(?=x)\\',
  '**Poutine** _said_ `code` > quote',
  '@everyone <@123456789012345678> <@&456> <#789> who met Putin?',
  'Qui\u200b a ren\u200dcontré \u202ePoutine\u202c ?',
  'من التقى بوتين؟',
  '🇸🇾🤝🇷🇺 Putin? 👍',
];

describe('odd and hostile questions', () => {
  it.each(QUESTIONS.map((q) => [q.slice(0, 40), q]))('never crashes and answers within Discord limits: %s', (_label, q) => {
    const answer = ask(q, corpus);
    expect(typeof answer.text).toBe('string');
    const pages = paginate(answer).length;
    for (let page = 0; page < pages; page++) {
      const { embeds, components } = renderAnswerPage(answer, page, '123456789012345678', `? ${q}`);
      expect(embeds).toHaveLength(1);
      const e = embeds[0];
      expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.embedFooter);
      expect((e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.embedTotal);
      const json = JSON.stringify(e);
      expect(json).not.toMatch(/@everyone|@here/);
      expect(json).not.toMatch(/<@&?\d+>|<#\d+>/);
      for (const row of components) for (const c of row.components as Array<{ custom_id?: string }>) expect((c.custom_id ?? '').length).toBeLessThanOrEqual(LIMITS.customId);
    }
  });

  it('strips invisible and direction characters before understanding the question', () => {
    const a = ask('Qui\u200b a ren\u200dcontré \u202ePoutine\u202c ?', corpus);
    expect(a.intent).toBe('meetings');
    expect(a.found).toBe(true);
  });

  it('escapes Markdown and mentions coming from dispatch text, and cuts long passages cleanly', () => {
    const answer = ask('Qui a rencontré Pedersen ?', corpus);
    expect(answer.found).toBe(true);
    const description = renderAnswerPage(answer, 0, '1', '? q').embeds[0].description ?? '';
    expect(description).toContain('\\*\\*gras\\*\\*');
    expect(description).toContain('\\_souligné\\_');
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('<@&\u200b456>');
    const positions = ask('Qu’a dit al-Chaibani ?', corpus);
    const long = renderAnswerPage(positions, 0, '1', '? q').embeds[0].description ?? '';
    expect(long.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(long).toContain('…');
  });
});

describe('rate limits', () => {
  it('refuses past the limit within the window and allows again after it', () => {
    const limiter = new RateLimiter(2, 1000);
    expect(limiter.take('u', 0)).toBe(true);
    expect(limiter.take('u', 10)).toBe(true);
    expect(limiter.take('u', 20)).toBe(false);
    expect(limiter.retryAfter('u', 20)).toBe(1);
    expect(limiter.take('other', 20)).toBe(true);
    expect(limiter.take('u', 1001)).toBe(true);
  });

  it('counts a question for its user and its server', () => {
    const limits = new QuestionLimits(2, 3);
    expect(limits.check('a', 'g', 0)).toBeNull();
    expect(limits.check('a', 'g', 1)).toBeNull();
    expect(limits.check('a', 'g', 2)).toBe(60);
    expect(limits.check('b', 'g', 3)).toBeNull();
    expect(limits.check('c', 'g', 4)).toBe(60);
    expect(limits.check('c', null, 5)).toBeNull();
  });
});
