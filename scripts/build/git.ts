import { execFileSync } from 'node:child_process';

/**
 * A file as committed: at HEAD, and at MERGE_HEAD while a merge is in progress. Nothing where git is not there to ask
 * (no git, not a repository, no commit yet) or where the file is not committed at that path (a fixture root inside
 * the repository, a new file).
 */
export function committedVersions(root: string, file: string): { ref: string; text: string }[] {
  return ['HEAD', 'MERGE_HEAD'].flatMap((ref) => {
    const text = git(root, ['show', `${ref}:./${file}`]);
    return text === undefined ? [] : [{ ref, text }];
  });
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
