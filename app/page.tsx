import { getCorpus } from '@/lib/corpus';
import { CORPUS_JSON_URL } from '@/lib/urls';

export default function HomePage() {
  const { sources, principles } = getCorpus();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Global AI Governance Initiative reader</h1>
      <p>
        {principles.length} principles across {sources.length} sources.{' '}
        <a href={CORPUS_JSON_URL}>Download the corpus (JSON)</a>
      </p>
    </main>
  );
}
