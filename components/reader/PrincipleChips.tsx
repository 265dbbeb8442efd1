import type { Mention, Principle } from '@/lib/content/schema';
import { principleUrl } from '@/lib/urls';

/** Links to the principles a passage states (on reading pages and in search results alike). */
export function PrincipleChips({ principles }: { principles: readonly Pick<Principle, 'id' | 'title'>[] }) {
  if (principles.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Principles stated">
      {principles.map((principle) => (
        <li key={principle.id}>
          <a
            href={principleUrl(principle.id)}
            className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline"
          >
            {principle.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The principles of a passage's mentions, in mention order. */
export function mentionedPrinciples(mentions: readonly Mention[], byId: Map<string, Principle>): Principle[] {
  return mentions.flatMap((mention) => byId.get(mention.principle) ?? []);
}
