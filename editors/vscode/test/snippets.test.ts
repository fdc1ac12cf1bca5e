// The snippets: one per element kind, each a valid VS Code snippet whose default expansion is a whole element.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const snippets: Record<string, { prefix: string; body: string[]; description: string }> =
  JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'vmig.json'), 'utf8'));

/** The text a snippet inserts when the user accepts every default: ${1:x} → x, ${2|a,b|} → a, $0 → "". */
export function expand(body: string[]): string {
  return body.join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

test('every element kind of the language has a snippet', () => {
  const kinds = ['site', 'zone', 'storage-pool', 'host', 'network', 'vm', 'group', 'policy', 'scenario'];
  assert.deepEqual(Object.values(snippets).map((s) => s.prefix).sort(), [...kinds].sort());
});

test('each snippet expands to one element: its kind, a name, balanced braces, no placeholder left', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    const text = expand(snippet.body);
    assert.match(text, new RegExp(`^${snippet.prefix} [A-Za-z_][A-Za-z0-9_-]* \\{`), name);
    assert.equal((text.match(/\{/g) ?? []).length, (text.match(/\}/g) ?? []).length, `${name}: ${text}`);
    assert.ok(!/\$/.test(text), `${name} leaves a placeholder: ${text}`);
    assert.ok(snippet.description.length > 0, `${name} describes itself`);
  }
});

test('tab stops are numbered from 1 without gaps', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    const stops = [...snippet.body.join('\n').matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n > 0);
    const distinct = [...new Set(stops)].sort((a, b) => a - b);
    assert.deepEqual(distinct, distinct.map((_, i) => i + 1), name);
  }
});
