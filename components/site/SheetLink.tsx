'use client';

import { useSyncExternalStore } from 'react';
import { fill } from '@/lib/i18n/template';
import { loadSheet, subscribeSheet } from '@/lib/sheet/store';

/** The header's link to the quote sheet, with how many quotes it holds once it holds any. */
export function SheetLink({ href, label, labelWithCount }: { href: string; label: string; labelWithCount: string }) {
  const count = useSyncExternalStore(
    subscribeSheet,
    () => loadSheet().length,
    () => 0,
  );
  return <a href={href}>{count > 0 ? fill(labelWithCount, { count }) : label}</a>;
}
