/*
 * `npm run content:new -- --id <story-id> --title "…"`: creates a story's folder with a file
 * per language, every field ready to fill (see scaffold.ts).
 */
import { runNewStory } from './scaffold';

const { exitCode, stdout, stderr } = runNewStory(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
