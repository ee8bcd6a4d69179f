// A minimal VS Code client for `jdlint lsp`: it starts the server over stdio and hands it the
// Markdown, plain-text and HTML documents; everything else (diagnostics, quick fixes, hover,
// config reloads) is the server's. Build: `npm install && npx @vscode/vsce package`.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("jdlint");
  const [command, ...args] = settings.get("command", ["jdlint", "lsp"]);
  const serverOptions = { command, args, transport: TransportKind.stdio };
  const languages = ["markdown", "plaintext", "html"];
  const clientOptions = {
    // files and unsaved buffers alike
    documentSelector: languages.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: { debounce: settings.get("debounce", 0.15) },
    synchronize: {
      // config files and rule packs: the server lints open postings again when they change
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.jdlint.yaml,.jdlint.yml,pyproject.toml,*.yaml,*.yml}"),
    },
  };
  client = new LanguageClient("jdlint", "jdlint", serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
