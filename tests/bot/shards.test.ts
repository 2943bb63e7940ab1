/**
 * The sharded launcher end to end: `src/shards.ts` builds the snapshot, then discord.js's
 * ShardingManager starts two shard processes; both identify to the fake Discord as their own
 * shard, read the same snapshot without writing it, and a question gets its answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GatewayOpcodes } from 'discord.js';
import { FakeDiscord, chatInputInteraction, opt } from '../fake-discord/index.js';
import { snapshotName } from '../../src/search/snapshot.js';
import { FIXTURES, ROOT, SEED_FILE, tempDir } from '../helpers.js';

const TOKEN = 'fake-token-for-shard-tests';
let fake: FakeDiscord | null = null;
let launcher: ChildProcess | null = null;

afterAll(async () => {
  // The launcher and its shard processes form one process group: stop them all.
  if (launcher?.pid) {
    try {
      process.kill(-launcher.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await fake?.stop();
});

describe('the sharded launcher', () => {
  it('runs two shards on one snapshot, and they answer', async () => {
    fake = await new FakeDiscord({ token: TOKEN }).start();
    const dispatchDir = await tempDir('shard-dispatches', SEED_FILE);
    await cp(join(FIXTURES, 'sana-en-sharaa-fidan-damascus.txt'), join(dispatchDir, 'sana-en-sharaa-fidan-damascus.txt'));
    const dataDir = await tempDir('shard-data');
    launcher = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'shards.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.world.application.id, DISCORD_API_BASE: fake.apiUrl, SHARD_COUNT: '2', DISPATCH_DIR: dispatchDir, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
      detached: true,
    });
    const shardsIdentified = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const identify = await fake.waitForGatewayPayload((p) => p.direction === 'in' && p.op === GatewayOpcodes.Identify && !shardsIdentified.has(JSON.stringify((p.d as { shard?: number[] }).shard)), 60_000);
      shardsIdentified.add(JSON.stringify((identify.d as { shard?: number[] }).shard));
    }
    expect([...shardsIdentified].sort()).toEqual(['[0,2]', '[1,2]']);

    // The snapshot the launcher wrote is what the shards read: its files are not rewritten by them.
    const snapshotDir = join(dataDir, snapshotName(dispatchDir));
    const before = await Promise.all((await readdir(snapshotDir)).map(async (f) => `${f}:${(await stat(join(snapshotDir, f))).mtimeMs}`));

    // Give the last shard a moment to finish its READY handling, then ask.
    await new Promise((r) => setTimeout(r, 1_000));
    const interaction = chatInputInteraction(fake.world, { name: 'ask', options: [opt.string('question', 'Who did Putin meet?')] });
    fake.dispatchInteraction(interaction);
    const callback = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, 15_000);
    expect(JSON.stringify(callback.body)).toMatch(/Poutine|Putin/);
    const after = await Promise.all((await readdir(snapshotDir)).map(async (f) => `${f}:${(await stat(join(snapshotDir, f))).mtimeMs}`));
    expect(after.sort()).toEqual(before.sort());
  }, 90_000);
});
