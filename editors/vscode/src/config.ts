// How the extension starts vmmig's language server, from the user's settings: kept free of the vscode API so
// that it is unit-tested under plain Node.

export interface Settings {
  /** vmmig.path: the vmmig command (the script of a checkout); "vmmig" finds it on PATH. */
  path?: string;
  /** vmmig.javaHome: a JDK >= 21 for the server; empty leaves the choice to the vmmig script. */
  javaHome?: string;
}

export interface ServerCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** `<vmmig.path> lsp`, with JAVA_HOME set when vmmig.javaHome is. */
export function serverCommand(settings: Settings, environment: NodeJS.ProcessEnv): ServerCommand {
  const command = settings.path && settings.path.trim() !== '' ? settings.path.trim() : 'vmmig';
  const env: NodeJS.ProcessEnv = { ...environment };
  if (settings.javaHome && settings.javaHome.trim() !== '') {
    env.JAVA_HOME = settings.javaHome.trim();
  }
  return { command, args: ['lsp'], env };
}

/** The custom requests the server answers (VmigLanguageServer): one model file in, text or HTML out. */
export const SIMULATE_REQUEST = 'vmmig/simulate';
export const REPORT_REQUEST = 'vmmig/report';

export interface ModelParams {
  uri: string;
}

export interface SimulateResult {
  /** What `vmmig simulate` prints for the file. */
  text: string;
}

export interface ReportResult {
  /** One self-contained HTML page per scenario, as `vmmig report --format html` writes them. */
  reports: { title: string; html: string }[];
}
