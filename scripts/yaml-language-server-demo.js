// Runs the YAML language server headless over a spec with a misspelt key and asks for the completions of
// `activation: `, printing what an editor would show. Usage (from the repository root):
//   npm install yaml-language-server && node scripts/yaml-language-server-demo.js > docs/ide/language-server.txt
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const server = require.resolve('yaml-language-server/bin/yaml-language-server', { paths: [process.cwd(), root] });
const specPath = path.join(root, 'specs', 'misspelt-key-demo.yaml'); // never written: the text goes over LSP
const uri = 'file://' + specPath;
const text = [
  '# yaml-language-server: $schema=../src/main/resources/dev/redshift/spec/redshift-spec.schema.json',
  'spec: A misspelt key',
  'defaults:',
  '  with: { depth: 3, width: 64 }',
  'claims:',
  '  - claim: ReLU complexity is invariant to weight scale',
  '    with:',
  '      activation: ',
  '    vary: { weightScale: [1, 4, 16] }',
  '    measrue: lz',
  '    expect: invariant',
  '    margin: 10%',
  '',
].join('\n');

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let id = 0;
const pending = new Map();
function send(message) {
  const body = Buffer.from(JSON.stringify(Object.assign({ jsonrpc: '2.0' }, message)));
  child.stdin.write('Content-Length: ' + body.length + '\r\n\r\n');
  child.stdin.write(body);
}
function request(method, params) {
  return new Promise((resolve) => { pending.set(++id, resolve); send({ id, method, params }); });
}
let onDiagnostics;
const diagnostics = new Promise((resolve) => { onDiagnostics = resolve; });
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf('\r\n\r\n');
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/.exec(buffer.slice(0, head).toString())[1]);
    if (buffer.length < head + 4 + length) return;
    const message = JSON.parse(buffer.slice(head + 4, head + 4 + length).toString());
    buffer = buffer.slice(head + 4 + length);
    if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message.result); pending.delete(message.id);
    } else if (message.id !== undefined) {
      // the server asks for settings: a validating, completing editor's
      send({ id: message.id, result: (message.params && message.params.items || [])
        .map(() => ({ validate: true, completion: true, hover: true, schemaStore: { enable: false } })) });
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri
        && message.params.diagnostics.length > 0) {
      onDiagnostics(message.params.diagnostics);
    }
  }
});

(async () => {
  const version = require(require.resolve('yaml-language-server/package.json', { paths: [process.cwd(), root] })).version;
  await request('initialize', { processId: process.pid, rootUri: 'file://' + root,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } },
      workspace: { configuration: true } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: {
    validate: true, completion: true, hover: true, schemaStore: { enable: false } } } } });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  const timeout = new Promise((resolve) => setTimeout(() => resolve([]), 20000));
  const found = await Promise.race([diagnostics, timeout]);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('      activation:'));
  const completion = await request('textDocument/completion', { textDocument: { uri },
    position: { line, character: lines[line].length } });
  const items = (Array.isArray(completion) ? completion : (completion && completion.items) || []);
  const out = [];
  out.push('yaml-language-server ' + version + ', headless over stdio, on this spec:');
  out.push('');
  lines.forEach((l, i) => out.push(String(i + 1).padStart(3) + ' | ' + l));
  out.push('');
  out.push('textDocument/publishDiagnostics:');
  for (const d of found) {
    out.push('  line ' + (d.range.start.line + 1) + ', column ' + (d.range.start.character + 1) + ': '
      + d.message.replace(/\s+/g, ' ') + (d.source ? '  [' + d.source + ']' : ''));
  }
  out.push('');
  out.push('textDocument/completion at line ' + (line + 1) + ' after "activation: ":');
  out.push('  ' + items.map((i) => i.label).join(', '));
  console.log(out.join('\n'));
  await request('shutdown', null);
  send({ method: 'exit' });
  setTimeout(() => process.exit(0), 200);
})();
