// Removes build output folders before a build, so files of renamed or deleted modules never ship.
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
