import type { Metadata } from 'next';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { principleListData } from '@/lib/pages/principles';
import { principlesUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Principles',
  description: 'The principles the Global AI Governance Initiative and the texts about it argue for, with every passage that states each.',
  alternates: { canonical: principlesUrl() },
};

export default function PrinciplesPage() {
  const principles = principleListData();
  return (
    <>
      <PageHeading eyebrow="Browse" title="Principles">
        <p className="mt-3 text-muted">
          {principles.length} principles the texts argue for. Each page starts from the Initiative&apos;s own words, then
          gathers every passage, in every work, that states it.
        </p>
      </PageHeading>
      <PrincipleList principles={principles} withSummary headingLevel={2} />
    </>
  );
}
