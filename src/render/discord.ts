import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type APIEmbed } from 'discord.js';
import type { Answer, AnswerItem, Lang } from '../types.js';
import { citationLine } from '../answer/answer.js';
import type { LoadReport } from '../service/library.js';

/**
 * Answers as Discord messages: pages of one embed each, within Discord's limits, with buttons to
 * turn pages. Every Discord limit lives here as a named constant; handlers never build raw strings.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  fields: 25,
  fieldValue: 1024,
  customId: 100,
  choices: 25,
  choiceName: 100,
} as const;

/** Items per page and room left for the footer and title inside the 6,000 total. */
const ITEMS_PER_PAGE = 4;
const DESCRIPTION_BUDGET = 3800;
const PASSAGE_MAX = 700;

export const COLOURS = { found: 0x2b6cb0, empty: 0x718096, error: 0xc53030 } as const;

export interface RenderedPage {
  embeds: APIEmbed[];
  components: ReturnType<ActionRowBuilder<ButtonBuilder>['toJSON']>[];
}

/** Cuts at a sentence or word boundary and marks the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const sentence = cut.lastIndexOf('. ');
  const word = cut.lastIndexOf(' ');
  const at = sentence > max * 0.6 ? sentence + 1 : word > max * 0.5 ? word : max - 1;
  return `${cut.slice(0, at).trimEnd()}…`;
}

/**
 * Text from dispatches or users, made inert: no Markdown layout, no mention that could ping.
 * One pass over the text: discord.js's escapeMarkdown runs a dozen regular expressions and was
 * most of the cost of an answer under load (measured by scripts/load-bench.ts).
 */
export function safe(text: string): string {
  return inert(text.replace(MARKDOWN, '\\$&').replace(LINE_START, '\\$1'));
}

/** Characters that change the layout anywhere ([ opens a masked link), and those that do at a line's start. */
const MARKDOWN = /[\\*_`~|[\]]/g;
const LINE_START = /^([>#-])/gm;

/** Mentions made plain text (a zero-width space after "@"), for places where Markdown is not parsed. */
export function inert(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

function itemBlock(item: AnswerItem, lang: Lang): string {
  const c = item.citation;
  const where = c.url ? `[${safe(truncate(citationLine(c), 180))}](${c.url})` : safe(truncate(citationLine(c), 200));
  const quote = truncate(c.passage, PASSAGE_MAX)
    .split('\n')
    .map((l) => `> ${safe(l)}`)
    .join('\n');
  void lang;
  return `**${safe(truncate(item.text, 500))}**\n${quote}\n— ${where}`;
}

/** Splits an answer into pages; each page's description stays under the embed limits. */
export function paginate(answer: Answer): AnswerItem[][] {
  return pagesOf(answer).map((page) => page.map((i) => answer.items[i]));
}

/** Pages as lists of item indexes, with each item's block built once. */
function pagesOf(answer: Answer, blocks = answer.items.map((i) => itemBlock(i, answer.lang))): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let size = 0;
  blocks.forEach((block, i) => {
    if (current.length && (current.length >= ITEMS_PER_PAGE || size + block.length + 2 > DESCRIPTION_BUDGET)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += block.length + 2;
  });
  if (current.length) pages.push(current);
  return pages.length ? pages : [[]];
}

/**
 * One page of an answer. `footer` restates what was asked, so a page button still works after a
 * restart: the handler reads it back from the message.
 */
export function renderAnswerPage(answer: Answer, page: number, ownerId: string, footer: string): RenderedPage {
  const blocks = answer.items.map((i) => itemBlock(i, answer.lang));
  const pages = pagesOf(answer, blocks);
  const p = Math.max(0, Math.min(page, pages.length - 1));
  const description = pages[p].map((i) => blocks[i]).join('\n\n');
  const pageLabel = pages.length > 1 ? ` · ${p + 1}/${pages.length}` : '';
  const embed = new EmbedBuilder()
    .setTitle(truncate(answer.summary, LIMITS.embedTitle))
    .setColor(answer.found ? COLOURS.found : COLOURS.empty)
    .setFooter({ text: truncate(`${inert(footer)}${pageLabel}`, 300) });
  if (description) embed.setDescription(truncate(description, LIMITS.embedDescription));
  const components = pages.length > 1 ? [pageButtons(ownerId, p, pages.length, answer.lang).toJSON()] : [];
  return { embeds: [embed.toJSON()], components };
}

export const PAGE_PREFIX = 'pg';

/** custom_id: "pg:<owner>:<page>" — the owner so only the asker can turn pages. */
export function pageButtonId(ownerId: string, page: number, direction: 'prev' | 'next'): string {
  return `${PAGE_PREFIX}:${ownerId}:${page}:${direction}`.slice(0, LIMITS.customId);
}

export function parsePageButton(customId: string): { ownerId: string; page: number } | null {
  const m = /^pg:(\d+):(\d+):(prev|next)$/.exec(customId);
  return m ? { ownerId: m[1], page: Number(m[2]) } : null;
}

function pageButtons(ownerId: string, page: number, count: number, lang: Lang): ActionRowBuilder<ButtonBuilder> {
  const fr = lang === 'fr';
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(pageButtonId(ownerId, page - 1, 'prev')).setLabel(fr ? '◀ Précédent' : '◀ Previous').setStyle(ButtonStyle.Secondary).setDisabled(page <= 0),
    new ButtonBuilder().setCustomId(pageButtonId(ownerId, page + 1, 'next')).setLabel(fr ? 'Suivant ▶' : 'Next ▶').setStyle(ButtonStyle.Secondary).setDisabled(page >= count - 1),
  );
}

/** A short message in an embed: refusals, help, errors. */
export function notice(title: string, body: string, colour: number = COLOURS.empty): APIEmbed {
  return new EmbedBuilder().setTitle(truncate(title, LIMITS.embedTitle)).setDescription(truncate(body, LIMITS.embedDescription)).setColor(colour).toJSON();
}

export function reportEmbed(r: LoadReport, lang: Lang): APIEmbed {
  const fr = lang === 'fr';
  const lines = [
    fr
      ? `${r.dispatches} dépêche(s), ${r.passages} passages, ${r.meetings} rencontres/appels, ${r.positions} positions (${r.millis} ms)`
      : `${r.dispatches} dispatch(es), ${r.passages} passages, ${r.meetings} meetings/calls, ${r.positions} positions (${r.millis} ms)`,
  ];
  const list = (label: string, files: string[]) => files.length && lines.push(`**${label}** (${files.length}): ${safe(truncate(files.join(', '), 600))}`);
  list(fr ? 'Ajoutées' : 'Added', r.added);
  list(fr ? 'Modifiées' : 'Changed', r.changed);
  list(fr ? 'Retirées' : 'Removed', r.removed);
  if (r.skipped.length) {
    lines.push(`**${fr ? 'Ignorés' : 'Skipped'}** (${r.skipped.length}):`);
    for (const s of r.skipped.slice(0, 15)) lines.push(`• ${safe(s.file)}: ${safe(truncate(s.reason, 200))}`);
    if (r.skipped.length > 15) lines.push(`… +${r.skipped.length - 15}`);
  }
  return notice(fr ? 'Index reconstruit' : 'Index rebuilt', lines.join('\n'), COLOURS.found);
}
