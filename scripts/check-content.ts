/**
 * `npm run check`: validates content/ and its ledger of published ids without building the site, and prints every
 * problem at once as `file:line: what is wrong and how to fix it`. Exit code 1 when there is any.
 */
import { buildCorpus } from '../lib/corpus';
import { ContentError, formatProblem } from '../lib/content/errors';
import { recordPublishedIds } from './build/record-ids';

const root = process.argv[2] ?? process.cwd();
try {
  const corpus = buildCorpus(root);
  const ledger = recordPublishedIds(root, { dryRun: true }, corpus);
  const { sources, principles } = corpus;
  const passages = sources.reduce((sum, source) => sum + source.passages.length, 0);
  const tagged = sources.reduce(
    (sum, source) => sum + source.passages.filter((passage) => passage.mentions.length > 0).length,
    0,
  );
  console.log(
    `content/ is valid: ${sources.length} sources, ${passages} passages (${tagged} stating a principle), ${principles.length} principles.`,
  );
  console.log(ledger);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in content/.`);
  process.exitCode = 1;
}
