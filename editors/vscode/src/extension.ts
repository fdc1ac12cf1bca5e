// The vmmig extension: starts `vmmig lsp` for .vmig files and adds the Simulate and Generate Report commands,
// which ask the server (custom requests) so that VS Code shows what the command line computes.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import {
  REPORT_REQUEST, ReportResult, SIMULATE_REQUEST, SimulateResult, serverCommand,
} from './config';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('vmmig');
  const server = serverCommand({ path: settings.get<string>('path'), javaHome: settings.get<string>('javaHome') },
    process.env);
  const serverOptions: ServerOptions = { command: server.command, args: server.args, options: { env: server.env } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'vmig' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.vmig') },
  };
  client = new LanguageClient('vmmig', 'vmmig language server', serverOptions, clientOptions);
  await client.start();
  const output = vscode.window.createOutputChannel('vmmig');

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('vmmig.simulate', async () => {
      const uri = await activeModel();
      if (!uri || !client) { return; }
      const result = await client.sendRequest<SimulateResult>(SIMULATE_REQUEST, { uri });
      output.clear();
      output.append(result.text);
      output.show(true);
    }),
    vscode.commands.registerCommand('vmmig.generateReport', async () => {
      const uri = await activeModel();
      if (!uri || !client) { return; }
      const result = await client.sendRequest<ReportResult>(REPORT_REQUEST, { uri });
      if (result.reports.length === 0) {
        void vscode.window.showInformationMessage('vmmig: the model has no scenario to report');
      }
      for (const report of result.reports) {
        const panel = vscode.window.createWebviewPanel('vmmigReport', report.title, vscode.ViewColumn.Beside,
          { enableScripts: true }); // the report's charts are inlined scripts
        panel.webview.html = report.html;
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The .vmig file of the active editor, saved first: the server runs vmmig on the file as saved. */
async function activeModel(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'vmig') {
    void vscode.window.showWarningMessage('vmmig: open a .vmig model first');
    return undefined;
  }
  await editor.document.save();
  return editor.document.uri.toString();
}
