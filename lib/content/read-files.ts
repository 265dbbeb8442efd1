import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './errors';
import { oversizedParagraphs } from './limits';

export interface ContentFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** File name without `.md`: must equal the slug or id inside. */
  name: string;
  text: string;
}

/**
 * Reads every `.md` file of a folder, sorted by name so that the build is deterministic; a file with a paragraph over
 * the limit (limits.ts) is reported and left out.
 */
export function readMarkdownFiles(rootDir: string, folder: string, problems: ContentProblem[]): ContentFile[] {
  const dir = path.join(rootDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch {
    problems.push({
      file: folder,
      line: 1,
      message: `folder is missing: create ${folder}/ with one .md file per entry`,
    });
    return [];
  }
  const files: ContentFile[] = [];
  for (const name of names) {
    const file = path.posix.join(folder, name);
    const text = decodeUtf8(readFileSync(path.join(dir, name)), file, problems);
    if (text === undefined) continue;
    // Checked before parsing, which would take seconds on such a paragraph, and the build minutes.
    const oversized = oversizedParagraphs(text, file);
    problems.push(...oversized);
    if (oversized.length === 0) files.push({ file, name: name.slice(0, -'.md'.length), text });
  }
  return files;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, reporting each line that holds invalid bytes instead of letting U+FFFD into the site. */
function decodeUtf8(bytes: Buffer, file: string, problems: ContentProblem[]): string | undefined {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          strictUtf8.decode(bytes.subarray(lineStart, i));
        } catch {
          problems.push({
            file,
            line,
            message:
              'this line is not valid UTF-8: re-save the file as UTF-8 (the text was probably pasted from another encoding)',
          });
        }
        lineStart = i + 1;
        line++;
      }
    }
    return undefined;
  }
}
