/**
 * Runs before every build (`prebuild`): adds the current passage ids to content/published-ids.json, keeping every id
 * published before, so that links to passages that are later edited or removed keep resolving. Commit the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../lib/corpus';
import { ContentError, formatProblem } from '../lib/content/errors';
import { PUBLISHED_IDS_FILE } from '../lib/content/load';
import { recordIds } from '../lib/links/retired-ids';

const file = path.join(process.cwd(), PUBLISHED_IDS_FILE);
try {
  const corpus = buildCorpus(process.cwd());
  const next = JSON.stringify(recordIds(corpus.publishedIds, corpus.sources), null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== next) {
    writeFileSync(file, next);
    console.log(`Recorded new passage ids in ${PUBLISHED_IDS_FILE}: commit it so their links last.`);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exit(1);
}
