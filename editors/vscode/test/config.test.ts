// How the extension starts the server, and that its manifest, language configuration and code agree.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serverCommand } from '../src/config';

const root = path.join(__dirname, '..', '..');

test('the server is `vmmig lsp` unless vmmig.path says where vmmig is', () => {
  assert.deepEqual(serverCommand({}, { PATH: '/usr/bin' }), { command: 'vmmig', args: ['lsp'], env: { PATH: '/usr/bin' } });
  assert.equal(serverCommand({ path: ' /opt/vmmig/vmmig ' }, {}).command, '/opt/vmmig/vmmig');
  assert.equal(serverCommand({ path: '' }, {}).command, 'vmmig');
});

test('vmmig.javaHome becomes the server\'s JAVA_HOME and leaves the rest of the environment alone', () => {
  const env = serverCommand({ javaHome: '/usr/lib/jvm/temurin-25' }, { JAVA_HOME: '/old', HOME: '/home/me' }).env;
  assert.equal(env.JAVA_HOME, '/usr/lib/jvm/temurin-25');
  assert.equal(env.HOME, '/home/me');
  assert.equal(serverCommand({ javaHome: '' }, { JAVA_HOME: '/old' }).env.JAVA_HOME, '/old');
});

test('every command of the manifest is registered by the extension', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');
  const commands: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual(commands, ['vmmig.simulate', 'vmmig.generateReport']);
  for (const command of commands) {
    assert.ok(source.includes(`registerCommand('${command}'`), command);
  }
  assert.deepEqual(Object.keys(manifest.contributes.configuration.properties), ['vmmig.path', 'vmmig.javaHome']);
});

test('the language configuration knows the language\'s comments and brackets', () => {
  const configuration = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  assert.equal(configuration.comments.lineComment, '//');
  assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(configuration.brackets[0], ['{', '}']);
});
