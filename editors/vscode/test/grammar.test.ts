// The TextMate grammar (colours before the server answers) against sample lines of the language.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');

async function grammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(
      fs.readFileSync(path.join(root, 'syntaxes', 'vmig.tmLanguage.json'), 'utf8'), 'vmig.tmLanguage.json'),
  });
  const loaded = await registry.loadGrammar('source.vmig');
  assert.ok(loaded, 'the grammar loads');
  return loaded;
}

/** Each token's text with its innermost scope, whitespace left out. */
async function scopes(line: string): Promise<[string, string][]> {
  const tokens = (await grammar()).tokenizeLine(line, textmate.INITIAL).tokens;
  return tokens
    .map((t): [string, string] => [line.substring(t.startIndex, t.endIndex).trim(), t.scopes[t.scopes.length - 1]])
    .filter(([text]) => text.trim() !== '');
}

test('a declaration colours its kind, its name, numbers and units', async () => {
  assert.deepEqual(await scopes('host h1 { memory 64 GiB  nic 10 Gbps }'), [
    ['host', 'storage.type.vmig'], ['h1', 'entity.name.type.vmig'], ['{', 'punctuation.section.block.begin.vmig'],
    ['memory', 'keyword.control.vmig'], ['64', 'constant.numeric.vmig'], ['GiB', 'keyword.other.unit.vmig'],
    ['nic', 'keyword.control.vmig'], ['10', 'constant.numeric.vmig'], ['Gbps', 'keyword.other.unit.vmig'],
    ['}', 'punctuation.section.block.end.vmig'],
  ]);
});

test('rates with a slash, decimals and references', async () => {
  const tokens = await scopes('vm db1 { dirty-rate 300 MiB/s  latency 0.2 ms  on h1 }');
  assert.deepEqual(tokens.find(([text]) => text === 'MiB/s'), ['MiB/s', 'keyword.other.unit.vmig']);
  assert.deepEqual(tokens.find(([text]) => text === '0.2'), ['0.2', 'constant.numeric.vmig']);
  assert.deepEqual(tokens.find(([text]) => text === 'h1'), ['h1', 'source.vmig'], 'a reference is left to the server');
});

test('comments and strings win over keywords inside them', async () => {
  assert.deepEqual(await scopes('// host h1 { memory 64 GiB }'),
    [['// host h1 { memory 64 GiB }', 'comment.line.double-slash.vmig']]);
  const tokens = await scopes('import "topology.vmig"');
  assert.deepEqual(tokens[0], ['import', 'keyword.control.vmig']);
  assert.ok(tokens.slice(1).every(([, scope]) => scope.startsWith('string.quoted.double.vmig')), JSON.stringify(tokens));
});

test('a name that starts like a keyword is not a keyword', async () => {
  const tokens = await scopes('scenario hostile { evacuate h1 using policy-a }');
  assert.deepEqual(tokens[1], ['hostile', 'entity.name.type.vmig']);
  assert.ok(!tokens.some(([text, scope]) => text === 'policy' && scope === 'keyword.control.vmig'));
});
