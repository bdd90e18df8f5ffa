import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../src/record/empty.js';
import { root } from './helpers/fixtures.js';

const readme = readFileSync(`${root}README.md`, 'utf8');

function expandBraces(path: string): string[] {
  const match = /\{([^}]+)\}/.exec(path);
  if (!match) return [path];
  return match[1].split(',').flatMap((part) => expandBraces(path.replace(match[0], part)));
}

function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || Array.isArray(value) || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('README', () => {
  it('starts with the install-and-run command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toMatch(/^npm ci && npx esr-parse fixtures\/seeds\/\*\.txt/);
    expect(firstBlock).toMatch(/\nnpm test\b/);
  });

  it('documents every record field', () => {
    const table = readme.slice(readme.indexOf('### Record fields'), readme.indexOf('## Diagnostics'));
    const documented = [...table.matchAll(/^\| `([^`]+)` \|/gm)].flatMap((m) => expandBraces(m[1])).map((p) => p.replace(/\[\].*$/, ''));
    const undocumented = leafPaths(emptyRecord('esr-2007-2013')).filter(
      (leaf) => !documented.some((d) => d === leaf || d.startsWith(`${leaf}.`)),
    );
    expect(undocumented).toEqual([]);
  });

  it('lists the exit codes', () => {
    for (const code of ['`0`', '`1`', '`2`']) expect(readme).toContain(`| ${code} |`);
  });
});
