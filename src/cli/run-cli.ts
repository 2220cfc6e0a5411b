/** The CLI's dispatcher: argv (without node and script) -> exit code. No process access here. */
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { USAGE } from './usage';
import { validateCommand } from './commands/validate';
import { exportCommand } from './commands/export';
import { runCommand } from './commands/run';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: validateCommand,
  export: exportCommand,
  run: (args, io) => runCommand(args, io),
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    const what = command.startsWith('-') ? `unknown option '${command}' (give a command first)` : `unknown command '${command}'`;
    io.stderr(`flowpad: ${what}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  return run(rest, io);
}
