import type { PrincipleChip } from '@/lib/pages/view';
import { principleUrl } from '@/lib/urls';

/** Links to the principles a passage states (on reading pages and in search results alike). */
export function PrincipleChips({ principles }: { principles: readonly Pick<PrincipleChip, 'id' | 'title'>[] }) {
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
