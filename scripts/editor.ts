import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../server/api/passwords.ts';
import { editorHash, listEditors, removeEditor, saveEditor } from '../server/api/store.ts';
import { openDatabase, type Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrations.ts';

/**
 * The editors who review suggestions at /redaktion, on the database the server uses (DATABASE_URL,
 * or the embedded one in DATA_DIR):
 *
 *   npm run editor -- add <name>      the password from EDITOR_PASSWORD, or asked for (not shown)
 *   npm run editor -- remove <name>
 *   npm run editor -- list
 *
 * Adding a name that exists sets a new password (and ends that editor's sessions).
 */

export const EDITOR_NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

const USAGE = 'usage: npm run editor -- add <name> | remove <name> | list';

/** Reads a line from the terminal without echoing it. */
export function askHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) {
    return Promise.reject(
      new Error('no terminal to ask for the password on: set EDITOR_PASSWORD instead'),
    );
  }
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.EDITOR_PASSWORD !== undefined) return env.EDITOR_PASSWORD;
  const first = await askHidden('Password: ');
  const again = await askHidden('Password again: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

export async function runEditorCommand(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = console.log,
): Promise<number> {
  const [command, name] = argv;
  if (command === 'add' || command === 'remove') {
    if (!name || !EDITOR_NAME.test(name)) {
      console.error(`editor: give a name of 2–40 letters, digits, ".", "_" or "-"\n${USAGE}`);
      return 2;
    }
  } else if (command !== 'list') {
    console.error(USAGE);
    return 2;
  }
  let password = '';
  if (command === 'add') {
    password = await readPassword(env);
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      console.error(`editor: the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      return 1;
    }
  }
  let db: Database;
  try {
    db = await openDatabase(env);
    await migrate(db);
  } catch (error) {
    console.error(`editor: cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  try {
    if (command === 'add') {
      const existed = (await editorHash(db, name!)) !== null;
      await saveEditor(db, name!, await hashPassword(password));
      out(existed ? `editor ${name}: new password set` : `editor ${name} added (${db.where})`);
    } else if (command === 'remove') {
      if (!(await removeEditor(db, name!))) {
        console.error(`editor: no editor "${name}"`);
        return 1;
      }
      out(`editor ${name} removed`);
    } else {
      const editors = await listEditors(db);
      if (editors.length === 0) out(`no editors yet (${db.where}): npm run editor -- add <name>`);
      for (const editor of editors) out(`${editor.name}\t(since ${editor.createdAt.slice(0, 10)})`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runEditorCommand(process.argv.slice(2)).catch((error: Error) => {
    console.error(`editor: ${error.message}`);
    return 1;
  });
}
