import { describe, expect, it } from 'vitest';
import { findBrowser } from '@/scripts/browser/find';
import { decide, INSTALL_COMMAND, type Machine } from '@/scripts/browser/provision';

const FONTS = 'Noto Sans CJK SC,Noto Sans CJK\nWenQuanYi Zen Hei,文泉驿正黑\n';
const machine = (overrides: Partial<Machine>): Machine => ({
  browser: '/usr/bin/chromium',
  fontFamilies: FONTS,
  isRoot: false,
  hasAptGet: true,
  chromePath: undefined,
  ...overrides,
});

describe('provisioning the browser tests (decision table)', () => {
  it('goes ahead when the browser and both CJK families are there', () => {
    expect(decide(machine({}))).toEqual({ action: 'ready', browser: '/usr/bin/chromium' });
  });

  it('installs with apt-get as root when the browser is missing', () => {
    expect(decide(machine({ browser: undefined, isRoot: true }))).toEqual({
      action: 'install',
      missing: ['Chromium'],
    });
  });

  it('installs as root when only a font family is missing, naming it', () => {
    const decision = decide(machine({ fontFamilies: 'Noto Sans CJK SC\n', isRoot: true }));
    expect(decision).toEqual({ action: 'install', missing: ['CJK fonts (WenQuanYi Zen Hei)'] });
  });

  it('stops with the exact command when missing and not root', () => {
    const decision = decide(machine({ browser: undefined, fontFamilies: '' }));
    expect(decision.action).toBe('stop');
    if (decision.action !== 'stop') return;
    expect(decision.message).toContain(INSTALL_COMMAND);
    expect(decision.message).toContain('Chromium and CJK fonts (Noto Sans CJK, WenQuanYi Zen Hei)');
  });

  it('stops when root but without apt-get', () => {
    expect(decide(machine({ browser: undefined, isRoot: true, hasAptGet: false })).action).toBe('stop');
  });

  it('stops on a CHROME_PATH that is not an executable instead of installing another browser', () => {
    const decision = decide(machine({ browser: undefined, chromePath: '/opt/nothing', isRoot: true }));
    expect(decision).toEqual({ action: 'stop', message: expect.stringContaining('/opt/nothing') });
  });
});

describe('finding the browser', () => {
  const executables =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('prefers CHROME_PATH, then Debian, then PATH', () => {
    const all = executables('/opt/chrome', '/usr/bin/chromium', '/bin/x/chromium');
    expect(findBrowser({ env: { CHROME_PATH: '/opt/chrome', PATH: '/bin/x' }, isExecutable: all })).toBe('/opt/chrome');
    expect(findBrowser({ env: { PATH: '/bin/x' }, isExecutable: all })).toBe('/usr/bin/chromium');
    expect(findBrowser({ env: { PATH: '/a:/bin/x' }, isExecutable: executables('/bin/x/chromium') })).toBe(
      '/bin/x/chromium',
    );
  });

  it('finds Chrome under its own names on PATH', () => {
    const found = findBrowser({ env: { PATH: '/opt/google' }, isExecutable: executables('/opt/google/google-chrome') });
    expect(found).toBe('/opt/google/google-chrome');
  });

  it('finds nothing rather than a CHROME_PATH that does not run', () => {
    expect(findBrowser({ env: { CHROME_PATH: '/nope' }, isExecutable: executables('/usr/bin/chromium') })).toBe(
      undefined,
    );
  });
});
