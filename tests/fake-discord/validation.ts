/**
 * The documented size limits Discord enforces on what a bot sends. The fake
 * rejects violations with the same 400 responses Discord gives, so a bot that
 * quotes a long text verbatim fails in tests the way it would in production
 * instead of passing against a lenient fake.
 *
 * Limits: message content 2000; up to 10 embeds; embed title 256, description
 * 4096, up to 25 fields, field name 256 / value 1024, footer 2048, author name
 * 256, and 6000 characters over all embeds. Autocomplete: up to 25 choices,
 * names 1-100, string values up to 100. Commands: names 1-32 lowercase,
 * descriptions 1-100, up to 25 options and 25 choices.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, RESTJSONErrorCodes } from 'discord.js';

export interface FieldError {
  path: (string | number)[];
  code: string;
  message: string;
}

/** A Discord JSON error body: {code, message, errors?}. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

/** Discord nests field errors by path: {embeds: {0: {title: {_errors: [...]}}}}. */
export function invalidFormBody(errors: FieldError[]): DiscordErrorBody {
  const tree: Record<string, unknown> = {};
  for (const error of errors) {
    let node = tree;
    for (const key of error.path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: error.code, message: error.message });
  }
  return { code: RESTJSONErrorCodes.InvalidFormBodyOrContentType, message: 'Invalid Form Body', errors: tree };
}

export const EMPTY_MESSAGE: DiscordErrorBody = {
  code: RESTJSONErrorCodes.CannotSendAnEmptyMessage,
  message: 'Cannot send an empty message',
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

function maxLength(errors: FieldError[], path: FieldError['path'], value: unknown, max: number): void {
  if (len(value) > max) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
}

function lengthBetween(errors: FieldError[], path: FieldError['path'], value: unknown, min: number, max: number): void {
  const n = len(value);
  if (typeof value !== 'string' || n < min || n > max) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
}

/** Limits of message fields present in a create or edit body. */
export function messageBodyErrors(body: Json): FieldError[] {
  const errors: FieldError[] = [];
  maxLength(errors, ['content'], body.content, 2000);
  if (Array.isArray(body.embeds)) {
    if (body.embeds.length > 10) {
      errors.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
    }
    let total = 0;
    body.embeds.forEach((embed: unknown, i: number) => {
      if (!isObject(embed)) return;
      const footer = isObject(embed.footer) ? embed.footer : {};
      const author = isObject(embed.author) ? embed.author : {};
      const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : [];
      maxLength(errors, ['embeds', i, 'title'], embed.title, 256);
      maxLength(errors, ['embeds', i, 'description'], embed.description, 4096);
      maxLength(errors, ['embeds', i, 'footer', 'text'], footer.text, 2048);
      maxLength(errors, ['embeds', i, 'author', 'name'], author.name, 256);
      if (fields.length > 25) {
        errors.push({ path: ['embeds', i, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      }
      fields.forEach((field, j) => {
        lengthBetween(errors, ['embeds', i, 'fields', j, 'name'], field.name, 1, 256);
        lengthBetween(errors, ['embeds', i, 'fields', j, 'value'], field.value, 1, 1024);
        total += len(field.name) + len(field.value);
      });
      total += len(embed.title) + len(embed.description) + len(footer.text) + len(author.name);
    });
    if (total > 6000) {
      errors.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
    }
  }
  return errors;
}

/** Discord refuses a message with nothing to show. */
export function isEmptyMessage(message: { content?: unknown; embeds?: unknown; components?: unknown; attachments?: unknown; sticker_items?: unknown; poll?: unknown }): boolean {
  const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  return (
    (typeof message.content !== 'string' || message.content.trim() === '') &&
    !nonEmpty(message.embeds) &&
    !nonEmpty(message.components) &&
    !nonEmpty(message.attachments) &&
    !nonEmpty(message.sticker_items) &&
    !message.poll
  );
}

export function autocompleteErrors(data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const choices = isObject(data) && Array.isArray(data.choices) ? data.choices : null;
  if (!choices) {
    errors.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return errors;
  }
  if (choices.length > 25) {
    errors.push({ path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  }
  choices.forEach((choice: unknown, i: number) => {
    const c = isObject(choice) ? choice : {};
    lengthBetween(errors, ['data', 'choices', i, 'name'], c.name, 1, 100);
    if (typeof c.value === 'string') maxLength(errors, ['data', 'choices', i, 'value'], c.value, 100);
  });
  return errors;
}

// Command and option names: 1-32 letters, digits, - or _, lowercase where the script has case.
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function nameErrors(errors: FieldError[], path: FieldError['path'], name: unknown): void {
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase()) {
    errors.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid` });
  }
}

function optionErrors(errors: FieldError[], path: FieldError['path'], options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    errors.push({ path, code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  if (options.length > 25) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let seenOptional = false;
  options.forEach((option: unknown, i: number) => {
    const o = isObject(option) ? option : {};
    nameErrors(errors, [...path, i, 'name'], o.name);
    lengthBetween(errors, [...path, i, 'description'], o.description, 1, 100);
    if (Array.isArray(o.choices) && o.choices.length > 25) {
      errors.push({ path: [...path, i, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    }
    const nested =
      o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      optionErrors(errors, [...path, i, 'options'], o.options);
    } else if (o.required) {
      if (seenOptional) {
        errors.push({
          path: [...path, i],
          code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          message: 'Required options must be placed before non-required options',
        });
      }
    } else {
      seenOptional = true;
    }
  });
}

/** Checks one command of a create or bulk-overwrite body; `path` prefixes the error paths. */
export function commandErrors(command: unknown, path: FieldError['path'] = []): FieldError[] {
  const errors: FieldError[] = [];
  const c = isObject(command) ? command : {};
  const type = c.type ?? ApplicationCommandType.ChatInput;
  nameErrors(errors, [...path, 'name'], c.name);
  if (type === ApplicationCommandType.ChatInput) {
    lengthBetween(errors, [...path, 'description'], c.description, 1, 100);
    optionErrors(errors, [...path, 'options'], c.options);
  }
  return errors;
}

/** A bulk overwrite also needs unique names per command type. */
export function bulkCommandErrors(commands: unknown): FieldError[] {
  if (!Array.isArray(commands)) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const errors = commands.flatMap((c, i) => commandErrors(c, [i]));
  const seen = new Set<string>();
  commands.forEach((c: unknown, i: number) => {
    const o = isObject(c) ? c : {};
    const key = `${String(o.type ?? 1)}:${String(o.name)}`;
    if (seen.has(key)) {
      errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
    }
    seen.add(key);
  });
  return errors;
}
