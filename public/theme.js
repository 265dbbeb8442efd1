// Applies the reader's saved colour theme before the first paint, so dark mode never flashes light.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage unavailable: the system setting applies.
}
