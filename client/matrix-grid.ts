/**
 * The coverage matrix as one tab stop (the ARIA grid pattern): Tab enters the table at the last cell used (first: the
 * first count), arrow keys move between cells, Home and End go to the row's ends, Ctrl+Home and Ctrl+End to the
 * table's; Enter follows the cell's link as usual. Without this script the table stays a plain table of links. The
 * table is server-rendered with `data-matrix-grid`; a hidden hint (`#matrix-grid-hint`) names the keys.
 * Framework-free: call `initMatrixGrid(table)` once the page has loaded; it returns a function that undoes it.
 */

/** The element that takes focus in a cell: its link, or the cell itself when it has none. */
function focusTarget(cell: HTMLTableCellElement): HTMLElement {
  return cell.querySelector<HTMLElement>('a[href]') ?? cell;
}

function gridOf(table: HTMLTableElement): HTMLElement[][] {
  return [...table.rows].map((row) => [...row.cells].map(focusTarget));
}

/** Where a key moves from (row, column), or undefined for keys the grid leaves alone. */
function moveFor(
  event: KeyboardEvent,
  [row, column]: [number, number],
  grid: HTMLElement[][],
): [number, number] | undefined {
  const last = grid.length - 1;
  switch (event.key) {
    case 'ArrowRight':
      return [row, Math.min(column + 1, grid[row].length - 1)];
    case 'ArrowLeft':
      return [row, Math.max(column - 1, 0)];
    case 'ArrowDown':
      return [Math.min(row + 1, last), Math.min(column, grid[Math.min(row + 1, last)].length - 1)];
    case 'ArrowUp':
      return [Math.max(row - 1, 0), Math.min(column, grid[Math.max(row - 1, 0)].length - 1)];
    case 'Home':
      return event.ctrlKey ? [0, 0] : [row, 0];
    case 'End':
      return event.ctrlKey ? [last, grid[last].length - 1] : [row, grid[row].length - 1];
  }
  return undefined;
}

function positionOf(grid: HTMLElement[][], element: EventTarget | null): [number, number] | undefined {
  for (const [row, cells] of grid.entries()) {
    const column = cells.findIndex((cell) => cell === element);
    if (column >= 0) return [row, column];
  }
  return undefined;
}

export function initMatrixGrid(table: HTMLTableElement): () => void {
  const grid = gridOf(table);
  if (grid.length === 0) return () => {};
  const all = grid.flat();
  const start = grid[1]?.[1] ?? grid[0][0];
  table.setAttribute('role', 'grid');
  if (document.getElementById('matrix-grid-hint')) table.setAttribute('aria-describedby', 'matrix-grid-hint');
  for (const cell of all) cell.tabIndex = cell === start ? 0 : -1;

  function activate(target: HTMLElement, focus: boolean) {
    for (const cell of all) if (cell.tabIndex === 0 && cell !== target) cell.tabIndex = -1;
    target.tabIndex = 0;
    if (focus) target.focus();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.metaKey || event.shiftKey) return;
    const from = positionOf(grid, event.target);
    const to = from && moveFor(event, from, grid);
    if (!to) return;
    event.preventDefault();
    activate(grid[to[0]][to[1]], true);
  }
  function onFocusIn(event: FocusEvent) {
    const at = positionOf(grid, event.target);
    if (at) activate(grid[at[0]][at[1]], false);
  }
  table.addEventListener('keydown', onKeyDown);
  table.addEventListener('focusin', onFocusIn);
  return () => {
    table.removeEventListener('keydown', onKeyDown);
    table.removeEventListener('focusin', onFocusIn);
    table.removeAttribute('role');
    table.removeAttribute('aria-describedby');
    for (const cell of all) cell.removeAttribute('tabindex');
  };
}
