/**
 * What `npm test` needs before it starts: a Chromium and the CJK fonts Chinese pages are rendered with. Decided
 * here as a pure function of what the machine has (unit-tested on its table), carried out by scripts/provision.ts.
 */
export const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'fonts-wqy-zenhei'] as const;

/** Font families the browser tests and screenshots rely on for Chinese glyphs (as `fc-list` names them). */
export const CJK_FAMILIES = ['Noto Sans CJK', 'WenQuanYi Zen Hei'] as const;

export const INSTALL_COMMAND = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;

export interface Machine {
  /** The browser findBrowser() found, if any. */
  browser: string | undefined;
  /** The font families `fc-list` lists (empty when fontconfig itself is missing). */
  fontFamilies: string;
  isRoot: boolean;
  hasAptGet: boolean;
  /** Set when CHROME_PATH names a file that is not an executable. */
  chromePath: string | undefined;
}

export type Decision =
  { action: 'ready'; browser: string } | { action: 'install'; missing: string[] } | { action: 'stop'; message: string };

/** What is missing, in words a person can act on. */
function missingParts(machine: Machine): string[] {
  const missing: string[] = [];
  if (!machine.browser) missing.push('Chromium');
  const absentFonts = CJK_FAMILIES.filter((family) => !machine.fontFamilies.includes(family));
  if (absentFonts.length > 0) missing.push(`CJK fonts (${absentFonts.join(', ')})`);
  return missing;
}

export function decide(machine: Machine): Decision {
  if (machine.chromePath && !machine.browser) {
    return {
      action: 'stop',
      message: `CHROME_PATH is ${machine.chromePath}, which is not an executable: point it at a Chromium or unset it.`,
    };
  }
  const missing = missingParts(machine);
  if (missing.length === 0 && machine.browser) return { action: 'ready', browser: machine.browser };
  if (machine.isRoot && machine.hasAptGet) return { action: 'install', missing };
  return {
    action: 'stop',
    message:
      `The browser tests need ${missing.join(' and ')}, which this machine lacks. Install them with\n` +
      `  sudo sh -c '${INSTALL_COMMAND}'\n` +
      'or set CHROME_PATH to a Chromium or Chrome, then run npm test again.',
  };
}
