/**
 * A glossary pair is only as good as the texts that use both its names for one thing: its `evidence` names them, and
 * this check holds it to that. Each passage named must exist and use one of the pair's names, and between them they
 * must use an English name and a Chinese one, by the site's one matching rule (lib/text).
 */
import { findPhrases } from '../text/match';
import type { ContentProblem } from './errors';
import { glossaryTermId } from './glossary';
import { GLOSSARY_FILE, type LoadedGlossaryPair } from './load';

interface EvidenceSource {
  slug: string;
  title: string;
  passages: readonly { id: string; text: string }[];
}

type EvidenceText = { text: string } | { problem: string };

/** The text an evidence entry names (`slug#p-…` a passage, `slug#title` a source's title), or why there is none. */
function evidenceText(ref: string, bySlug: ReadonlyMap<string, EvidenceSource>): EvidenceText {
  const [slug, id] = ref.split('#');
  const source = bySlug.get(slug);
  if (!source) return { problem: `evidence names "${ref}", but there is no source "${slug}": fix the slug` };
  if (id === 'title') return { text: source.title };
  const passage = source.passages.find((candidate) => candidate.id === id);
  if (!passage)
    return { problem: `evidence names "${ref}", which is no passage of ${slug}: copy the id from its page` };
  return { text: passage.text };
}

function checkPair(pair: LoadedGlossaryPair, bySlug: ReadonlyMap<string, EvidenceSource>, problems: ContentProblem[]) {
  const names = `${[...pair.en, ...pair.zh].join(', ')}`;
  const report = (message: string, severity?: 'warning') =>
    problems.push({ file: GLOSSARY_FILE, line: pair.line, message, ...(severity && { severity }) });
  if (!pair.evidence || pair.evidence.length === 0) {
    report(
      `the pair ${names} has no evidence: add "evidence: [<slug>#<passage id>, …]" naming passages that use both names`,
      'warning',
    );
    return;
  }
  let english = false;
  let chinese = false;
  for (const ref of pair.evidence) {
    const found = evidenceText(ref, bySlug);
    if ('problem' in found) {
      report(found.problem);
      continue;
    }
    const usesEnglish = findPhrases(found.text, pair.en).length > 0;
    const usesChinese = findPhrases(found.text, pair.zh).length > 0;
    if (!usesEnglish && !usesChinese) report(`evidence ${ref} uses none of ${names}: name a passage that uses them`);
    english ||= usesEnglish;
    chinese ||= usesChinese;
  }
  if (!english)
    report(`the evidence of ${names} uses no English name (${pair.en.join(', ')}): add a passage that does`);
  if (!chinese)
    report(`the evidence of ${names} uses no Chinese name (${pair.zh.join(', ')}): add a passage that does`);
}

export function checkGlossaryEvidence(
  pairs: readonly LoadedGlossaryPair[],
  sources: readonly EvidenceSource[],
  problems: ContentProblem[],
) {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  const ids = new Map<string, LoadedGlossaryPair>();
  for (const pair of pairs) {
    checkPair(pair, bySlug, problems);
    const id = glossaryTermId(pair);
    const earlier = ids.get(id);
    if (earlier)
      problems.push({
        file: GLOSSARY_FILE,
        line: pair.line,
        message: `the pair's first English name makes the page /terms/${id}/, as the pair at line ${earlier.line} does: put another name first`,
      });
    else ids.set(id, pair);
  }
}
