/**
 * `npm run suggest-links`: for each passage of an official text, the passages in another language that most likely
 * give its words, with the mark to paste after them. It never writes a mark: an editor reads both and decides.
 */
import { buildCorpus } from '../lib/corpus';
import { ContentError, formatProblem } from '../lib/content/errors';
import { formatLabel } from '../lib/content/labels';
import { excerpt } from '../lib/metadata';
import { suggestRenderings } from '../lib/links/suggest-renderings';
import { passageRef } from '../lib/urls';

try {
  for (const { target, candidates } of suggestRenderings(buildCorpus(process.argv[2] ?? process.cwd()))) {
    const ref = passageRef(target.source.slug, target.passage.id);
    console.log(`\n${ref} (${formatLabel(target.passage.label, 'en')}): ${excerpt(target.passage.text, 60)}`);
    if (candidates.length === 0) console.log('  no candidate');
    for (const { source, passage, score, marked } of candidates) {
      console.log(`  ${score.toFixed(2)}  ${source.file}:${passage.line}  ${excerpt(passage.text, 70)}`);
      console.log(marked ? '        already marked' : `        <!-- renders: ${ref} -->`);
    }
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  process.exitCode = 1;
}
