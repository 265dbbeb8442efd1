/**
 * The small shapes of a principle and a source that pages hand to components and that the browser's data files carry
 * (lib/pages builds them on the server). Types only, outside the server's modules, so client code may name them.
 */
import type { Source } from './schema';

export interface PrincipleChip {
  id: string;
  title: string;
  titleZh: string;
}

/** What a component needs to name and cite a source, without its passages. */
export type SourceRef = Omit<Source, 'passages' | 'file'>;
