/**
 * `npm test`'s first step (npm's `pretest`): make sure the browser tests can run before anything else does. As root
 * with apt-get it installs what is missing, saying so in one line; otherwise it stops at once with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser } from './browser/find';
import { APT_PACKAGES, decide, type Machine } from './browser/provision';

function commandOutput(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

function readMachine(): Machine {
  return {
    browser: findBrowser(),
    fontFamilies: commandOutput('fc-list', [':lang=zh', 'family']) ?? '',
    isRoot: process.getuid?.() === 0,
    hasAptGet: commandOutput('sh', ['-c', 'command -v apt-get']) !== undefined,
    chromePath: process.env.CHROME_PATH,
  };
}

function aptGet(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`provision: apt-get ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}

const decision = decide(readMachine());
if (decision.action === 'stop') {
  console.error(decision.message);
  process.exit(1);
}
if (decision.action === 'install') {
  console.log(`provision: installing ${APT_PACKAGES.join(' ')} with apt-get (missing: ${decision.missing.join(', ')})`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', ...APT_PACKAGES]);
  const after = decide(readMachine());
  if (after.action !== 'ready') {
    console.error(
      `provision: still missing after apt-get: ${after.action === 'install' ? after.missing.join(', ') : after.message}`,
    );
    process.exit(1);
  }
}
