import type { Mention, Principle } from '@/lib/content/schema';
import { principleUrl } from '@/lib/urls';

/** Links to the principles a passage supports. */
export function PrincipleChips({ mentions, principles }: { mentions: Mention[]; principles: Map<string, Principle> }) {
  if (mentions.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Principles stated">
      {mentions.map((mention) => {
        const principle = principles.get(mention.principle);
        if (!principle) return null;
        return (
          <li key={mention.principle}>
            <a
              href={principleUrl(principle.id)}
              className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline"
            >
              {principle.title}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
