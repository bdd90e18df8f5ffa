// The package and the test setup as a whole: what ships, and that no test depends on the machine's speed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { root } from './helpers/fixtures.js';

describe('tests free of wall-clock limits', () => {
  it('vitest gives every test and hook minutes, not the default 5 s', () => {
    expect(config.test?.testTimeout).toBeGreaterThanOrEqual(60_000);
    expect(config.test?.hookTimeout).toBeGreaterThanOrEqual(60_000);
  });

  it('no test file sets a shorter timeout of its own or measures elapsed time', () => {
    const offenders = readdirSync(`${root}tests`)
      .filter((name) => name.endsWith('.test.ts') && name !== 'project.test.ts')
      .filter((name) => /\btimeout\s*:|performance\.now\(|^\s*\}, \d+\);?\s*$/m.test(readFileSync(`${root}tests/${name}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the package', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

  it('ships an MIT LICENSE, as package.json says', () => {
    expect(pkg.license).toBe('MIT');
    expect(pkg.files).toContain('LICENSE');
    const license = readFileSync(`${root}LICENSE`, 'utf8');
    expect(license.startsWith('MIT License\n')).toBe(true);
    expect(license).toContain('Permission is hereby granted, free of charge');
  });
});
