'use client';

import { useEffect } from 'react';
import { initMatrixGrid } from '@/client/matrix-grid';

/** Runs client/matrix-grid.ts on the page's coverage matrix, until the framework-free page module does it. */
export function MatrixGridInit() {
  useEffect(() => {
    const table = document.querySelector<HTMLTableElement>('table[data-matrix-grid]');
    return table ? initMatrixGrid(table) : undefined;
  }, []);
  return null;
}
