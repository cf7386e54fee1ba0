import { describe, expect, it } from 'vitest';
import { dataDirFromEnv, defaultDataDir } from '../../../db/data-dir';

describe('where the store lives', () => {
  it("is Electron's userData folder for Workability on each platform", () => {
    expect(defaultDataDir('linux', {}, '/home/ehp')).toBe('/home/ehp/.config/Workability');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ehp')).toBe(
      '/cfg/Workability',
    );
    expect(defaultDataDir('darwin', {}, '/Users/ehp')).toBe(
      '/Users/ehp/Library/Application Support/Workability',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ehp\\AppData\\Roaming' }, 'C:\\Users\\ehp'),
    ).toMatch(/Roaming.Workability$/);
  });

  it('can be set with WORKABILITY_DATA_DIR', () => {
    expect(dataDirFromEnv({ WORKABILITY_DATA_DIR: '/tmp/demo' })).toBe('/tmp/demo');
  });
});
