import { describe, expect, it } from 'vitest';
import { readConfig, requireBotSettings } from '../src/config.js';
import { createLogger, redact, registerSecret } from '../src/logger.js';
import { Writable } from 'node:stream';
import winston from 'winston';

describe('configuration', () => {
  it('has defaults that work with no .env at all', () => {
    expect(readConfig({})).toMatchObject({ discordToken: null, dispatchDir: 'seeds', dataDir: 'data', adminUserIds: [], logFormat: 'text' });
  });

  it('names the setting in every error', () => {
    expect(() => readConfig({ DISCORD_CLIENT_ID: 'abc' })).toThrow('Config: DISCORD_CLIENT_ID must be a Discord id');
    expect(() => readConfig({ ADMIN_USER_IDS: '123456789012345678, nope' })).toThrow('ADMIN_USER_IDS');
    expect(() => readConfig({ DISCORD_API_BASE: 'ftp://x' })).toThrow('DISCORD_API_BASE');
    expect(() => readConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT');
    expect(() => requireBotSettings(readConfig({}))).toThrow('Config: DISCORD_TOKEN is missing');
    expect(() => requireBotSettings(readConfig({ DISCORD_TOKEN: 't' }))).toThrow('Config: DISCORD_CLIENT_ID is missing');
  });

  it('reads the admin list', () => {
    expect(readConfig({ ADMIN_USER_IDS: '123456789012345678, 223456789012345678' }).adminUserIds).toEqual(['123456789012345678', '223456789012345678']);
  });
});

describe('logging never prints the token', () => {
  it('masks the configured token and anything shaped like a Discord token', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
    registerSecret('a-very-secret-value');
    expect(redact(`login with ${token}`)).toBe('login with [redacted]');
    expect(redact('a-very-secret-value leaked')).toBe('[redacted] leaked');
  });

  it('masks secrets in messages and fields of real log lines', async () => {
    registerSecret('SECRET-TOKEN-123456');
    const lines: string[] = [];
    const logger = createLogger('info', 'json');
    logger.clear();
    logger.add(new winston.transports.Stream({ stream: new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } }) }));
    logger.info('connecting with SECRET-TOKEN-123456', { token: 'SECRET-TOKEN-123456', nested: 'x SECRET-TOKEN-123456' });
    await new Promise((r) => setTimeout(r, 10));
    expect(lines.join('')).not.toContain('SECRET-TOKEN-123456');
    expect(lines.join('')).toContain('[redacted]');
  });
});
