import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { WorkStatements } from '@/lib/pages/principles';

/** A work's statements of a principle, as InitiativeStatements and WorkStatementsSection take them. */
export interface StatementsProps {
  statements: WorkStatements;
  /** The principle's id, whose matched words the passages mark. */
  principle: string;
  locale: Locale;
}

/**
 * The section holding one work's statements of a principle on its page: `#<anchor>` lands on it, and so does each
 * alias (the anchors of the work's other versions), through an empty element that the reader's script follows.
 */
export function StatementsSection({
  statements,
  headingId,
  children,
}: {
  statements: Pick<WorkStatements, 'anchor' | 'aliases'>;
  headingId: string;
  children: ReactNode;
}) {
  const { anchor, aliases } = statements;
  return (
    <section id={anchor} tabIndex={-1} aria-labelledby={headingId} className="passage mb-10 max-w-[72ch] scroll-mt-6">
      {aliases.map((alias) => (
        <span key={alias} id={alias} data-alias-of={anchor} className="block scroll-mt-6" />
      ))}
      {children}
    </section>
  );
}
