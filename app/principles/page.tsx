import type { Metadata } from 'next';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { getCorpus } from '@/lib/corpus';
import { principlesUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Principles',
  description: 'The principles the Global AI Governance Initiative and the texts about it argue for, with every passage that states each.',
  alternates: { canonical: principlesUrl() },
};

export default function PrinciplesPage() {
  const { principles } = getCorpus();
  return (
    <>
      <PageHeading eyebrow="Browse" title="Principles">
        <p className="mt-3 text-muted">
          {principles.length} principles the texts argue for. Each page gathers every passage, in every source, that
          states it.
        </p>
      </PageHeading>
      <PrincipleList principles={principles} withSummary headingLevel={2} />
    </>
  );
}
